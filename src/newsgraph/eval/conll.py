"""Readers for CoNLL-style gold files: CoNLL-2003 NER and CoNLL-2012 (OntoGUM) coreference.

Both are turned into plain text plus token character offsets, so our pipeline runs on
text exactly as it would on an article and its character spans are mapped back onto
the gold tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

NO_SPACE_BEFORE = frozenset(
    {
        ",",
        ".",
        ";",
        ":",
        "!",
        "?",
        ")",
        "]",
        "}",
        "%",
        "'s",
        "'",
        "n't",
        "'re",
        "'ve",
        "'ll",
        "'d",
        "'m",
    }
)
NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "#"})
_COREF_PART = re.compile(r"\(\d+\)|\(\d+|\d+\)")


@dataclass
class GoldDoc:
    """One gold document: text, token offsets and sentence starts (token indices)."""

    name: str
    tokens: list[str] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)
    ner_tags: list[str] = field(default_factory=list)  # CoNLL-2003 IOB1 tags
    coref: list[str] = field(default_factory=list)  # CoNLL-2012 coreference column
    text: str = ""
    offsets: list[tuple[int, int]] = field(default_factory=list)

    def detokenise(self) -> None:
        """Join tokens into text (one sentence a line), keeping token char offsets."""
        parts: list[str] = []
        offsets: list[tuple[int, int]] = []
        pos = 0
        starts = set(self.sentence_starts)
        prev = ""
        for i, tok in enumerate(self.tokens):
            if i in starts and i:
                sep = "\n"
            elif not i or tok in NO_SPACE_BEFORE or prev in NO_SPACE_AFTER:
                sep = ""
            else:
                sep = " "
            parts.append(sep)
            pos += len(sep)
            offsets.append((pos, pos + len(tok)))
            parts.append(tok)
            pos += len(tok)
            prev = tok
        self.text = "".join(parts)
        self.offsets = offsets


def sniff(path: Path) -> str:
    """'conll2003' or 'conll2012' from the first lines of the first file."""
    first = next(iter(gold_files(path)), None)
    if first is None:
        raise ValueError(f"no gold files found under {path}")
    with first.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#begin document") or line.startswith("# begin document"):
                return "conll2012"
            parts = line.split()
            if len(parts) == 4 and re.fullmatch(r"[IBO](-\w+)?", parts[3]):
                return "conll2003"
            if len(parts) == 3 and parts[0].isdigit():
                return "conll2012"
    raise ValueError(f"cannot tell the format of {first}")


def gold_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))


def read_conll2003(path: Path) -> Iterator[GoldDoc]:
    """Documents of a CoNLL-2003 file; ``-DOCSTART-`` may come before or after its document."""
    for file in gold_files(path):
        doc = GoldDoc(name=f"{file.name}#0")
        count = 0
        new_sentence = True
        with file.open(encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if not parts:
                    new_sentence = True
                    continue
                if parts[0] == "-DOCSTART-":
                    if doc.tokens:
                        yield _ready(doc)
                        count += 1
                    doc = GoldDoc(name=f"{file.name}#{count}")
                    new_sentence = True
                    continue
                if new_sentence:
                    doc.sentence_starts.append(len(doc.tokens))
                    new_sentence = False
                doc.tokens.append(parts[0])
                doc.ner_tags.append(parts[-1])
        if doc.tokens:
            yield _ready(doc)


def read_conll2012(path: Path) -> Iterator[GoldDoc]:
    """Documents of CoNLL-2012 coreference files (``index token coref`` columns)."""
    for file in gold_files(path):
        doc: GoldDoc | None = None
        with file.open(encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#begin") or line.startswith("# begin"):
                    doc = GoldDoc(name=file.stem)
                    continue
                if line.startswith("#end") or line.startswith("# end"):
                    if doc is not None and doc.tokens:
                        yield _ready(doc)
                    doc = None
                    continue
                parts = line.rstrip("\n").split("\t")
                if doc is None or len(parts) < 3:
                    continue
                if parts[0] == "0" or not doc.tokens:
                    doc.sentence_starts.append(len(doc.tokens))
                doc.tokens.append(parts[1])
                doc.coref.append(parts[-1])


def _ready(doc: GoldDoc) -> GoldDoc:
    doc.detokenise()
    return doc


def iob_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """(start, end, type) token spans of IOB1 or IOB2 tags."""
    spans: set[tuple[int, int, str]] = set()
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        if start >= 0 and (prefix in {"O", "B"} or label != kind):
            spans.add((start, i, kind))
            start, kind = -1, ""
        if prefix in {"I", "B"} and start < 0:
            start, kind = i, label
    return spans


def coref_clusters(column: list[str]) -> list[set[tuple[int, int]]]:
    """Gold clusters (sets of (start, end) token spans) from the coreference column."""
    open_at: dict[str, list[int]] = {}
    clusters: dict[str, set[tuple[int, int]]] = {}
    for i, cell in enumerate(column):
        if cell in {"_", "-"}:
            continue
        # Parts may be joined by "|" or written back to back: "(23(21)".
        for part in _COREF_PART.findall(cell):
            key = part.strip("()")
            if part.startswith("(") and part.endswith(")"):
                clusters.setdefault(key, set()).add((i, i + 1))
            elif part.startswith("("):
                open_at.setdefault(key, []).append(i)
            elif part.endswith(")") and open_at.get(key):
                clusters.setdefault(key, set()).add((open_at[key].pop(), i + 1))
    return list(clusters.values())
