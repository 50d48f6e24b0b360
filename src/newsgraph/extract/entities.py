"""Within-document entities: spaCy mentions clustered into people, organisations, places.

Baseline: names cluster on full name, surname and acronym. Issue 2 grows this into
our own coreference (roles, descriptions, pronouns).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.extract.findings import Findings
from newsgraph.record import Entity, Span

LABEL_TYPES = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "NORP": "GROUP",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
}


def extract(doc: Doc, found: Findings) -> list[Entity]:
    entities: list[Entity] = []
    by_key: dict[tuple[str, str], Entity] = {}
    for ent in doc.ents:
        etype = LABEL_TYPES.get(ent.label_)
        if etype is None:
            continue
        span = ent
        if span[0].lower_ == "the":
            span = span[1:]
        if not len(span):
            continue
        name = span.text
        key = (etype, name.lower())
        target = by_key.get(key)
        if target is None and etype == "PERSON":
            target = by_key.get((etype, span[-1].lower_))
        if target is None:
            target = Entity(id=f"e{len(entities) + 1}", type=etype, name=name, label=ent.label_)
            entities.append(target)
        elif len(name) > len(target.name):
            target.aliases.append(target.name)
            target.name = name
        elif name != target.name and name not in target.aliases:
            target.aliases.append(name)
        by_key[key] = target
        if etype == "PERSON":
            by_key.setdefault((etype, span[-1].lower_), target)
        target.mentions.append(Span(span.start_char, span.end_char, span.text))
    return entities
