"""Finding a phrase's cluster in hand-written coreference tests."""

from __future__ import annotations

import re

from newsgraph.extract.name_clusters import Cluster, Clusters


def span(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    """Character offsets of the nth whole-word ``phrase`` in ``text``."""
    hits = list(re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text))
    return hits[nth].start(), hits[nth].end()


def cluster_at(clusters: Clusters, text: str, phrase: str, nth: int = 0) -> Cluster | None:
    """The cluster of the mention that covers exactly the nth ``phrase``, if any."""
    start, end = span(text, phrase, nth)
    doc = clusters.doc
    for c in clusters.items:
        for m in c.mentions:
            if m.kind == "nested":
                continue
            if doc[m.start].idx == start and doc[m.end - 1].idx + len(doc[m.end - 1]) == end:
                return c
    return None
