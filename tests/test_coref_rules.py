"""Coreference rules added for OntoNotes-style chains (issue 2), on hand-written texts."""

from __future__ import annotations

import re

from newsgraph.extract.entities import build_clusters
from newsgraph.extract.name_clusters import Clusters


def find(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    hits = list(re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text))
    return hits[nth].start(), hits[nth].end()


def cluster_at(clusters: Clusters, text: str, phrase: str, nth: int = 0) -> int:
    """The cluster of the mention that starts at the nth ``phrase`` (-1: none)."""
    start, _ = find(text, phrase, nth)
    for c in clusters.items:
        for m in c.mentions:
            if clusters.doc[m.start].idx == start and m.kind != "nested":
                return c.idx
    return -1


def test_coref_unresolved_pronouns_of_one_kind_hang_together(pipeline):
    # Two women named in the first sentence: "she" cannot be told apart, yet the
    # pronouns that follow are one person.
    text = (
        "Maria Lopez and Susan Clark waited at the station on Monday. She said the trains were "
        "late. She added that she would complain to the operator."
    )
    doc = pipeline.nlp(text)
    clusters = build_clusters(doc)
    first = cluster_at(clusters, text, "She")
    assert first >= 0
    assert cluster_at(clusters, text, "She", 1) == first
    assert cluster_at(clusters, text, "she") == first
    named = {cluster_at(clusters, text, "Maria Lopez"), cluster_at(clusters, text, "Susan Clark")}
    assert first not in named


def test_coref_unresolved_pronouns_far_apart_stay_apart(pipeline):
    text = (
        "Ana Ruiz met Carla Diaz at the station on Monday. She said the trains were late. "
        "The operator blamed the weather. Engineers inspected the lines. Repairs took a week. "
        "Passengers waited for hours. She later wrote to the minister."
    )
    doc = pipeline.nlp(text)
    clusters = build_clusters(doc)
    first, last = cluster_at(clusters, text, "She"), cluster_at(clusters, text, "She", 1)
    assert first < 0 or first != last


def test_coref_person_named_like_a_city(extract):
    text = (
        "Valeska Paris, an Australian woman, said she was held on the ship for two years. "
        "Paris said her passport was taken. She left in 2007."
    )
    record = extract(text)
    people = [e for e in record.entities if e.type == "PERSON"]
    assert [e.name for e in people] == ["Valeska Paris"]
    texts = {m.text for m in people[0].mentions}
    assert {"Paris", "she", "her", "She"} <= texts
    assert not any(e.type == "PLACE" and "Paris" in e.name for e in record.entities)
