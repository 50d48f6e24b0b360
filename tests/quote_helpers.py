"""Lookups the quotation tests share: the quote holding some words, its speaker's name."""

from __future__ import annotations


def by_content(record, words: str):
    """The quote whose content holds ``words``."""
    hits = [q for q in record.quotes if words in q.content.text]
    assert hits, f"no quote holds {words!r}: {[q.content.text for q in record.quotes]}"
    return hits[0]


def speaker_name(record, quote) -> str | None:
    """The name of the entity the quote's speaker resolves to, if any."""
    if quote.speaker is None or quote.speaker.entity is None:
        return None
    return record.entity(quote.speaker.entity).name
