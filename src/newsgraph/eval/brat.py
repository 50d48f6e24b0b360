"""BRAT standoff reader for PolNeAR attribution annotations.

``DIR/text/NAME.txt`` holds the article, ``DIR/attributions/NAME_<annotator>.ann`` its
annotation. ``T`` lines are typed spans (Source, Cue, Content; fragments of a
discontinuous span are separated by ``;``), ``E`` lines tie one Source, Cue and Content
into an attribution. Annotator notes (``#``), Discard/Discuss spans and other types are
ignored. Where an article has several annotation files the alphabetically first is used.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["GoldAttribution", "GoldDocument", "read_brat", "read_corpus"]

Fragments = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldAttribution:
    content: Fragments
    source: Fragments | None = None
    cue: Fragments | None = None


@dataclass
class GoldDocument:
    name: str
    text: str
    attributions: list[GoldAttribution] = field(default_factory=list)


def _fragments(offsets: str) -> Fragments:
    out = []
    for part in offsets.split(";"):
        start, end = part.split()
        out.append((int(start), int(end)))
    return tuple(out)


def read_brat(text: str, ann: str, *, name: str = "") -> GoldDocument:
    """One document from its text and the content of its ``.ann`` file."""
    spans: dict[str, tuple[str, Fragments]] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, offsets = parts[1].partition(" ")
            try:
                spans[parts[0]] = (kind, _fragments(offsets))
            except ValueError:
                continue
        elif line.startswith("E") and len(parts) >= 2:
            roles: dict[str, str] = {}
            for arg in parts[1].split():
                role, _, ref = arg.partition(":")
                roles[role.rstrip("0123456789")] = ref
            events.append(roles)
    doc = GoldDocument(name=name, text=text)
    for roles in events:
        content = spans.get(roles.get("Content", ""))
        if content is None or content[0] != "Content":
            continue
        source = spans.get(roles.get("Source", ""))
        cue = spans.get(roles.get("Cue", ""))
        doc.attributions.append(
            GoldAttribution(
                content=content[1],
                source=source[1] if source and source[0] == "Source" else None,
                cue=cue[1] if cue and cue[0] == "Cue" else None,
            )
        )
    return doc


def read_corpus(root: Path, *, limit: int | None = None) -> list[GoldDocument]:
    """Every annotated article under ``root`` (``text/`` and ``attributions/``), by name."""
    texts = sorted((root / "text").glob("*.txt"))
    anns = sorted((root / "attributions").glob("*.ann"))
    by_article: dict[str, Path] = {}
    for ann in anns:
        by_article.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    docs: list[GoldDocument] = []
    for path in texts:
        ann_path = by_article.get(path.stem)
        if ann_path is None:
            continue
        docs.append(read_brat(path.read_text("utf-8"), ann_path.read_text("utf-8"), name=path.stem))
        if limit is not None and len(docs) >= limit:
            break
    return docs
