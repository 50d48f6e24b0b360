"""One list of Token objects per parsed Doc, shared by the passes over it.

spaCy builds a new ``Token`` object every time a Doc is iterated or indexed. The
extractors walk each document a few dozen times, so building the tokens once and
reusing them saves about a quarter of the entities stage (``bench/throughput.py
--profile``). The cache holds one document, the one being extracted: a pipeline works
through documents one at a time, and a reference to the last Doc keeps its identity
from being reused.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

__all__ = ["doc_ents", "doc_tokens", "titled_name", "token_index_at", "tokens_starting_in"]

_last: tuple[Doc, list[Token], list[int]] | None = None
_last_ents: tuple[Doc, tuple[Span, ...]] | None = None


def _cached(doc: Doc) -> tuple[Doc, list[Token], list[int]]:
    global _last
    last = _last  # one read: another thread may replace it meanwhile
    if last is not None and last[0] is doc:
        return last
    tokens = list(doc)
    last = (doc, tokens, [t.idx for t in tokens])
    _last = last
    return last


def doc_tokens(doc: Doc) -> list[Token]:
    """``list(doc)``, built once per document."""
    return _cached(doc)[1]


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per document: the property makes a new Span for every
    entity on each read, and the stages read it a dozen times per document."""
    global _last_ents
    last = _last_ents
    if last is not None and last[0] is doc:
        return last[1]
    ents = tuple(doc.ents)
    _last_ents = (doc, ents)
    return ents


def token_index_at(doc: Doc, char: int) -> int:
    """The index of the first token starting at or after character ``char`` (len(doc)
    if none): ``next((t.i for t in doc if t.idx >= char), len(doc))`` without the walk."""
    return bisect_left(_cached(doc)[2], char)


def tokens_starting_in(doc: Doc, start: int, end: int) -> range:
    """Indices of the tokens that start in characters ``[start, end)``."""
    starts = _cached(doc)[2]
    return range(bisect_left(starts, start), bisect_left(starts, end))


def titled_name(token: Token) -> Token | None:
    """The name a title runs into with no comma between ("Senate Majority Leader Chuck
    Schumer", which the parser reads as the title "Leader" with the name in apposition)."""
    named = next(
        (c for c in token.rights if c.dep_ == "appos" and c.left_edge.i == token.i + 1), None
    )
    return named if named is not None and named.pos_ == "PROPN" else None
