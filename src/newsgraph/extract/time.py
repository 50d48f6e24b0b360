"""Time expressions: detection and TIMEX3 normalisation against the publication date.

Baseline: spaCy DATE spans read with dateparser. Issue 2 replaces this with our own
timex grammar.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from newsgraph.extract.findings import Findings
from newsgraph.record import DateItem


def extract(doc: Doc, found: Findings) -> list[DateItem]:
    import dateparser

    base = _base(found)
    out: list[DateItem] = []
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        parsed = dateparser.parse(
            ent.text,
            languages=["en"],
            settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"},
        )
        value = parsed.date().isoformat() if parsed else None
        out.append(
            DateItem(
                id=f"d{len(out) + 1}",
                start=ent.start_char,
                end=ent.end_char,
                text=ent.text,
                value=value,
                precision="day" if value else "unknown",
            )
        )
    return out


def _base(found: Findings) -> dt.datetime:
    if found.article.published:
        return dt.datetime.fromisoformat(found.article.published)
    return dt.datetime.now()
