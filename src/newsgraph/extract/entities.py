"""Within-document entities: spaCy's names, repaired, clustered, with roles and pronouns.

The stages, each in its own module:
1. ``mentions``: name mentions from ``doc.ents`` with NER mistakes repaired;
   ``ner_context``: labels fixed (and missed names added) from the words around them;
2. ``name_clusters``: full name ↔ surname ↔ title + name, acronym ↔ expansion;
3. ``roles``: titles, appositives, kinship and role verbs give roles and affiliations;
   ``nationals``: "the Dutchman" is a person of that nationality named before;
4. ``resolve``: the lede description, nicknames, definite descriptions, pronouns.

First-person pronouns inside quotes belong to the quote's speaker: the quotes stage
adds them, since it knows who speaks.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.extract.findings import Findings
from newsgraph.extract.mentions import Mention, name_mentions
from newsgraph.extract.name_clusters import Cluster, Clusters, cluster_names, entity_type
from newsgraph.extract.nationals import attach_nationals
from newsgraph.extract.ner_context import repair_by_context
from newsgraph.extract.nominals import cluster_nominals
from newsgraph.extract.resolve import Resolver, attach_nicknames, mark_nicknames
from newsgraph.extract.roles import (
    attach_appositive_nicknames,
    attach_roles,
    split_leading_roles,
)
from newsgraph.record import Entity, Span

__all__ = ["build_clusters", "extract", "to_entities"]

# A cluster becomes a Record entity when it has a name, or is a country's institution
# named by a common noun ("Poland's border guard").
ENTITY_KINDS = frozenset({"name", "institution"})


def build_clusters(doc: Doc) -> Clusters:
    """Every step up to resolved pronouns; the clusters keep token spans."""
    mentions = repair_by_context(doc, name_mentions(doc))
    split_leading_roles(doc, mentions)
    mark_nicknames(doc, mentions)
    nicknames = [m for m in mentions if m.kind == "nickname"]
    clusters = cluster_names(doc, [m for m in mentions if m.kind == "name"])
    attach_roles(clusters)
    attach_nationals(clusters)
    attach_nicknames(clusters, nicknames)
    attach_appositive_nicknames(clusters, nicknames)
    resolver = Resolver(clusters)
    resolver.lede()
    resolver.descriptions()
    resolver.extend(cluster_nominals(clusters))
    resolver.pronouns()
    resolver.quote_speakers()
    return clusters


def extract(doc: Doc, found: Findings) -> list[Entity]:
    clusters = build_clusters(doc)
    return to_entities(doc, clusters)


def to_entities(doc: Doc, clusters: Clusters) -> list[Entity]:
    """Record entities in order of first mention; ids e1, e2, ..."""
    live = [c for c in clusters.items if any(m.kind in ENTITY_KINDS for m in c.mentions)]
    live.sort(key=lambda c: min(m.start for m in c.mentions))
    ids = {c.idx: f"e{n}" for n, c in enumerate(live, 1)}
    entities: list[Entity] = []
    for cluster in live:
        mentions = sorted(cluster.mentions, key=lambda m: (m.start, m.end))
        names = [m for m in mentions if m.kind == "name"]
        institution = [m for m in mentions if m.kind == "institution"]
        best = (
            _best_name(doc, cluster, names)
            if names
            else doc[institution[0].start : institution[0].end].text
        )
        aliases: list[str] = []
        for m in names + [m for m in mentions if m.kind == "nickname"]:
            text = doc[m.start : m.end].text
            if text != best and text not in aliases:
                aliases.append(text)
        entities.append(
            Entity(
                id=ids[cluster.idx],
                type=entity_type(cluster.label),
                name=best,
                aliases=aliases,
                roles=list(cluster.roles),
                affiliations=[ids[a] for a in cluster.affiliations if a in ids],
                mentions=_spans(doc, mentions),
                label=cluster.label,
            )
        )
    return entities


def _best_name(doc: Doc, cluster: Cluster, names: list[Mention]) -> str:
    def rank(m: Mention) -> tuple[int, int, int]:
        acronym = doc[m.start].is_upper and m.end - m.start == 1
        return (0 if acronym else 1, m.end - m.start, -m.start)

    best = max(names, key=rank)
    return doc[best.start : best.end].text


def _spans(doc: Doc, mentions: list[Mention]) -> list[Span]:
    out: list[Span] = []
    seen: set[tuple[int, int]] = set()
    for m in mentions:
        span = doc[m.start : m.end]
        key = (span.start_char, span.end_char)
        if key in seen:
            continue
        seen.add(key)
        out.append(Span(span.start_char, span.end_char, span.text))
    return out
