"""What the web layer reads: one ``Repository`` interface, JSON-ready dicts out.

Pages and the API only call the methods below, so the backend can change under them.
``store_repo.StoreRepository`` reads the real store; tests may pass any object with
these methods.

Item shapes (documented in docs/web.md; keys are stable, new keys may appear):

- article: ``{id, title, outlet, published, url, entities, quotes, events, places}``
  (the last four are counts)
- quote: ``{id, article_id, kind, text, start, end, speaker: {name, text, entity},
  addressee, channel, cue, date, outlet, published, title, url, group, n_outlets}``
- event: ``{id, type, mode, status, date, trigger: {text, start, end}, actor: {name,
  text, entity}|null, recipient, place: {name, lat, lon, country, admin1}|null,
  article_id, title, outlet, published, outlets, sources, reports}`` (one merged event;
  trigger and article are its first report's)
- place: ``{id, name, resolved_name, country, admin1, lat, lon, precision, articles}``
- entity: ``{id, type, name, articles, mentions}``; the profile adds ``aliases, roles,
  affiliations, quotes_by, quotes_about, events_as_actor, events_as_recipient,
  interacts_with, outlets``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from newsgraph.record import Record

__all__ = [
    "ArticleView",
    "EventFilters",
    "Item",
    "QuoteFilters",
    "Repository",
]

Item = dict[str, Any]


@dataclass(frozen=True, slots=True)
class QuoteFilters:
    speaker: str | None = None
    outlet: str | None = None
    channel: str | None = None
    since: str | None = None
    until: str | None = None
    q: str | None = None

    def __post_init__(self) -> None:
        _blanks_to_none(self)


@dataclass(frozen=True, slots=True)
class EventFilters:
    type: str | None = None
    status: str | None = None
    actor: str | None = None
    place: str | None = None
    since: str | None = None
    until: str | None = None

    def __post_init__(self) -> None:
        _blanks_to_none(self)


def _blanks_to_none(filters: Any) -> None:
    """An empty form field means "no filter"."""
    for name in filters.__slots__:
        value = getattr(filters, name)
        if isinstance(value, str) and not value.strip():
            object.__setattr__(filters, name, None)


@dataclass(frozen=True, slots=True)
class ArticleView:
    """A stored Record plus the store's global ids for its local entity ids."""

    record: Record
    links: dict[str, str]


class Repository(Protocol):
    """Read (and optionally write) access to stored articles."""

    writable: bool

    def stats(self) -> dict[str, int]: ...

    def articles(
        self, *, q: str | None, outlet: str | None, since: str | None, until: str | None,
        offset: int, limit: int,
    ) -> list[Item]: ...  # fmt: skip

    def article(self, article_id: str) -> ArticleView | None: ...

    def entities(
        self, *, q: str | None, type: str | None, offset: int, limit: int
    ) -> list[Item]: ...

    def entity(self, entity_id: str) -> Item | None: ...

    def quotes(self, filters: QuoteFilters, *, offset: int, limit: int) -> list[Item]: ...

    def events(self, filters: EventFilters, *, offset: int, limit: int) -> list[Item]: ...

    def event_overview(self, filters: EventFilters) -> Item:
        """``{"months": {"YYYY-MM": n}, "points": [{lat, lon, label, count}]}`` over every
        event matching ``filters`` (the events page's chart and map)."""
        ...

    def places(
        self, *, q: str | None, country: str | None, offset: int, limit: int
    ) -> list[Item]: ...

    def search(self, q: str, *, offset: int, limit: int) -> list[Item]: ...

    def add(self, record: Record) -> str:
        """Store ``record``; return its article id."""
        ...
