"""One list of Token objects per parsed Doc, shared by the passes over it.

spaCy builds a new ``Token`` object every time a Doc is iterated or indexed. The
extractors walk each document a few dozen times, so building the tokens once and
reusing them saves about a quarter of the entities stage (``bench/throughput.py
--profile``). The cache holds one document, the one being extracted: a pipeline works
through documents one at a time, and a reference to the last Doc keeps its identity
from being reused.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

__all__ = ["doc_tokens"]

_last: tuple[Doc, list[Token]] | None = None


def doc_tokens(doc: Doc) -> list[Token]:
    """``list(doc)``, built once per document."""
    global _last
    last = _last  # one read: another thread may replace it meanwhile
    if last is not None and last[0] is doc:
        return last[1]
    tokens = list(doc)
    _last = (doc, tokens)
    return tokens
