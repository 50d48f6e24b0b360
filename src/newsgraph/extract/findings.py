"""What earlier stages found, handed to later ones."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from newsgraph.record import ArticleMeta, DateItem, Entity, Event, Place, Quote

if TYPE_CHECKING:
    from newsgraph.article import Article


_TEXT_KEY = "newsgraph.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc.

    spaCy rebuilds ``Doc.text`` from every token on each access; the stages read it in
    loops, which cost more than some whole stages.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text  # type: ignore[no-any-return]


@dataclass
class Findings:
    article: Article
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateItem] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    _index: MentionIndex | None = field(default=None, repr=False)

    @property
    def meta(self) -> ArticleMeta:
        return ArticleMeta(**self.article.meta())

    @property
    def mentions(self) -> MentionIndex:
        """Char span → entity id over every entity mention (pronouns included)."""
        if self._index is None or self._index.size != sum(len(e.mentions) for e in self.entities):
            self._index = MentionIndex(self.entities)
        return self._index


class MentionIndex:
    """Find the entity a character span refers to.

    ``entity_at`` prefers an exact mention, then the longest mention inside the span
    (a speaker phrase "Taliban spokesman Zabihullah Mujahid" holds the mention
    "Zabihullah Mujahid"), then a mention that contains the span.
    """

    def __init__(self, entities: list[Entity]):
        rows = sorted((m.start, m.end, ent.id) for ent in entities for m in ent.mentions)
        self.size = len(rows)
        self._starts = [r[0] for r in rows]
        self._rows = rows
        self._exact = {(r[0], r[1]): r[2] for r in rows}

    def entity_at(self, start: int, end: int) -> str | None:
        exact = self._exact.get((start, end))
        if exact is not None:
            return exact
        inside = [r for r in self._between(start, end) if r[1] <= end]
        if inside:
            # Longest first; at equal length the later one (the head of "X's Y" is Y).
            best = max(inside, key=lambda r: (r[1] - r[0], r[0]))
            return best[2]
        lo = bisect.bisect_right(self._starts, start)
        for row in reversed(self._rows[max(0, lo - 50) : lo]):
            if row[0] <= start and row[1] >= end:
                return row[2]
        return None

    def mentions_between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        return [r for r in self._between(start, end) if r[1] <= end]

    def _between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return self._rows[lo:hi]
