"""What the web layer reads: one ``Repository`` interface, JSON-ready dicts out.

Pages and the API only call the methods below, so the backend can change under them.
``RecordsRepository`` keeps Records in memory (tests, ``/extract`` previews, a store
that is not there yet); ``store_repo.StoreRepository`` reads the real store.

Item shapes (documented in docs/web.md; keys are stable, new keys may appear):

- article: ``{id, title, outlet, published, url, quotes, events, entities}``
- quote: ``{id, article_id, quote_id, kind, text, start, end, speaker: {name, entity},
  channel, cue, date, outlet, published, title, url}``
- event: ``{id, article_id, event_id, type, mode, status, trigger: {text, start, end},
  actor: {name, entity}|null, recipient: ..., place: {name, lat, lon, country}|null,
  date, date_precision, outlet, published, title, sources}``
- place: ``{id, name, resolved_name, country, admin1, lat, lon, precision, articles}``
- entity: ``{id, type, name, aliases, roles, articles, mentions}``; the profile adds
  ``affiliations, quotes_by, quotes_about, events_as_actor, events_as_recipient,
  interacts_with, outlets``.
"""

from __future__ import annotations

import hashlib
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from newsgraph.record import Record

__all__ = [
    "ArticleView",
    "EventFilters",
    "QuoteFilters",
    "RecordsRepository",
    "Repository",
    "global_entity_id",
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


@dataclass(frozen=True, slots=True)
class EventFilters:
    type: str | None = None
    status: str | None = None
    actor: str | None = None
    place: str | None = None
    since: str | None = None
    until: str | None = None


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

    def places(
        self, *, q: str | None, country: str | None, offset: int, limit: int
    ) -> list[Item]: ...

    def search(self, q: str, *, offset: int, limit: int) -> list[Item]: ...

    def add(self, record: Record) -> str:
        """Store ``record``; return its article id."""
        ...


def global_entity_id(type_: str, name: str) -> str:
    """A stable id for an entity known only by type and name (the in-memory linker)."""
    key = f"{type_}\x1f{' '.join(name.casefold().split())}"
    return "E" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _contains(hay: str | None, needle: str | None) -> bool:
    return needle is None or (hay is not None and needle.casefold() in hay.casefold())


def _in_range(day: str | None, since: str | None, until: str | None) -> bool:
    if since is None and until is None:
        return True
    if not day:
        return False
    day = day[:10]
    return (since is None or day >= since[:10]) and (until is None or day <= until[:10])


class RecordsRepository:
    """Records held in memory, linked across articles by entity type and name."""

    writable = True

    def __init__(self, records: Iterable[Record] = ()):
        self._lock = threading.Lock()
        self._records: dict[str, Record] = {}
        self._links: dict[str, dict[str, str]] = {}
        for record in records:
            self.add(record)

    # -- writing -------------------------------------------------------------------------
    def add(self, record: Record) -> str:
        links = {e.id: global_entity_id(e.type, e.name) for e in record.entities}
        with self._lock:
            self._records[record.article.id] = record
            self._links[record.article.id] = links
        return record.article.id

    # -- reading -------------------------------------------------------------------------
    def _all(self) -> list[tuple[Record, dict[str, str]]]:
        with self._lock:
            pairs = [(r, self._links[aid]) for aid, r in self._records.items()]
        # Newest first, then by id, so pages are stable.
        pairs.sort(key=lambda p: (p[0].article.published or "", p[0].article.id), reverse=True)
        return pairs

    def stats(self) -> dict[str, int]:
        pairs = self._all()
        return {
            "articles": len(pairs),
            "entities": len({g for _, links in pairs for g in links.values()}),
            "quotes": sum(len(r.quotes) for r, _ in pairs),
            "events": sum(len(r.events) for r, _ in pairs),
            "places": len({_place_key(p) for r, _ in pairs for p in r.places}),
        }

    def articles(self, *, q=None, outlet=None, since=None, until=None, offset=0, limit=50):  # type: ignore[no-untyped-def]
        rows = [
            _article_item(r)
            for r, _ in self._all()
            if _contains(r.article.outlet, outlet)
            and _in_range(r.article.published, since, until)
            and (q is None or _contains(r.article.text, q) or _contains(r.article.title, q))
        ]
        return rows[offset : offset + limit]

    def article(self, article_id: str) -> ArticleView | None:
        with self._lock:
            record = self._records.get(article_id)
            links = dict(self._links.get(article_id, {}))
        return None if record is None else ArticleView(record, links)

    def _entity_index(self) -> dict[str, Item]:
        index: dict[str, Item] = {}
        for record, links in self._all():
            for ent in record.entities:
                gid = links[ent.id]
                item = index.setdefault(
                    gid,
                    {"id": gid, "type": ent.type, "name": ent.name, "aliases": [], "roles": [],
                     "articles": 0, "mentions": 0, "_affiliations": set()},
                )  # fmt: skip
                item["articles"] += 1
                item["mentions"] += len(ent.mentions)
                for alias in ent.aliases:
                    if alias not in item["aliases"] and alias != item["name"]:
                        item["aliases"].append(alias)
                for role in ent.roles:
                    if role not in item["roles"]:
                        item["roles"].append(role)
                item["_affiliations"].update(links[a] for a in ent.affiliations if a in links)
        return index

    def entities(self, *, q=None, type=None, offset=0, limit=50):  # type: ignore[no-untyped-def]
        rows = [
            {k: v for k, v in item.items() if not k.startswith("_")}
            for item in self._entity_index().values()
            if (type is None or item["type"] == type)
            and (
                q is None
                or _contains(item["name"], q)
                or any(_contains(a, q) for a in item["aliases"])
            )
        ]
        rows.sort(key=lambda i: (-i["mentions"], i["name"]))
        return rows[offset : offset + limit]

    def entity(self, entity_id: str) -> Item | None:
        index = self._entity_index()
        item = index.get(entity_id)
        if item is None:
            return None
        profile = {k: v for k, v in item.items() if not k.startswith("_")}
        profile["affiliations"] = [
            {"id": a, "name": index[a]["name"], "type": index[a]["type"]}
            for a in sorted(item["_affiliations"])
            if a in index
        ]
        quotes_by, quotes_about, as_actor, as_recipient = [], [], [], []
        partners: Counter[str] = Counter()
        outlets: Counter[str] = Counter()
        for record, links in self._all():
            local = {lid for lid, gid in links.items() if gid == entity_id}
            if not local:
                continue
            for quote in _quote_items(record, links):
                if quote["speaker"]["entity"] == entity_id:
                    quotes_by.append(quote)
                    outlets[record.article.outlet or "unknown"] += 1
                    if quote["addressee"] and quote["addressee"]["entity"]:
                        partners[quote["addressee"]["entity"]] += 1
                elif quote["_mentions"] & local:
                    quotes_about.append(quote)
            for event in _event_items(record, links):
                actor = (event["actor"] or {}).get("entity")
                recipient = (event["recipient"] or {}).get("entity")
                if actor == entity_id:
                    as_actor.append(event)
                    if recipient:
                        partners[recipient] += 1
                if recipient == entity_id:
                    as_recipient.append(event)
                    if actor:
                        partners[actor] += 1
        partners.pop(entity_id, None)
        profile.update(
            quotes_by=[_public(q) for q in quotes_by],
            quotes_about=[_public(q) for q in quotes_about],
            events_as_actor=as_actor,
            events_as_recipient=as_recipient,
            interacts_with=[
                {"id": gid, "name": index[gid]["name"], "type": index[gid]["type"], "count": n}
                for gid, n in partners.most_common()
                if gid in index
            ],
            outlets=[{"outlet": o, "quotes": n} for o, n in outlets.most_common()],
        )
        return profile

    def quotes(self, filters: QuoteFilters, *, offset: int = 0, limit: int = 50) -> list[Item]:
        rows = []
        for record, links in self._all():
            for quote in _quote_items(record, links):
                speaker = quote["speaker"]
                if (
                    _contains(speaker["name"], filters.speaker)
                    and _contains(quote["outlet"], filters.outlet)
                    and (filters.channel is None or quote["channel"] == filters.channel)
                    and _in_range(quote["date"] or quote["published"], filters.since, filters.until)
                    and _contains(quote["text"], filters.q)
                ):
                    rows.append(_public(quote))
        return rows[offset : offset + limit]

    def events(self, filters: EventFilters, *, offset: int = 0, limit: int = 50) -> list[Item]:
        rows = []
        for record, links in self._all():
            for event in _event_items(record, links):
                if (
                    (filters.type is None or event["type"].casefold() == filters.type.casefold())
                    and (filters.status is None or event["status"] == filters.status)
                    and (
                        filters.actor is None
                        or _contains((event["actor"] or {}).get("name"), filters.actor)
                    )
                    and (
                        filters.place is None
                        or _contains((event["place"] or {}).get("name"), filters.place)
                    )
                    and _in_range(event["date"] or event["published"], filters.since, filters.until)
                ):
                    rows.append(event)
        return rows[offset : offset + limit]

    def places(self, *, q=None, country=None, offset=0, limit=50):  # type: ignore[no-untyped-def]
        merged: dict[str, Item] = {}
        for record, _ in self._all():
            for place in record.places:
                key = _place_key(place)
                item = merged.get(key)
                if item is None:
                    item = merged[key] = {
                        "id": key, "name": place.resolved_name or place.name,
                        "resolved_name": place.resolved_name, "country": place.country,
                        "admin1": place.admin1, "lat": place.lat, "lon": place.lon,
                        "precision": place.precision, "articles": 0, "mentions": 0,
                    }  # fmt: skip
                item["articles"] += 1
                item["mentions"] += len(place.mentions)
        rows = [
            i
            for i in merged.values()
            if _contains(i["name"], q) and (country is None or i["country"] == country)
        ]
        rows.sort(key=lambda i: (-i["mentions"], i["name"]))
        return rows[offset : offset + limit]

    def search(self, q: str, *, offset: int = 0, limit: int = 50) -> list[Item]:
        rows: list[Item] = []
        for record, links in self._all():
            art = record.article
            if _contains(art.text, q) or _contains(art.title, q):
                at = art.text.casefold().find(q.casefold())
                rows.append(
                    {"kind": "article", "article_id": art.id, "title": art.title,
                     "outlet": art.outlet, "published": art.published,
                     "snippet": _snippet(art.text, at, len(q))}
                )  # fmt: skip
            for quote in _quote_items(record, links):
                if _contains(quote["text"], q):
                    rows.append({"kind": "quote", **_public(quote)})
        return rows[offset : offset + limit]


def _place_key(place: Any) -> str:
    if place.geonameid is not None:
        return f"G{place.geonameid}"
    name = place.resolved_name or place.name
    return "P" + hashlib.sha1(f"{name}\x1f{place.country}".casefold().encode()).hexdigest()[:12]


def _snippet(text: str, at: int, size: int, *, width: int = 80) -> str:
    if at < 0:
        return text[: 2 * width]
    lo, hi = max(0, at - width), min(len(text), at + size + width)
    return ("…" if lo else "") + text[lo:hi] + ("…" if hi < len(text) else "")


def _article_item(record: Record) -> Item:
    art = record.article
    return {
        "id": art.id, "title": art.title, "outlet": art.outlet, "published": art.published,
        "url": art.url, "entities": len(record.entities), "quotes": len(record.quotes),
        "events": len(record.events), "places": len(record.places),
    }  # fmt: skip


def _ref(ref: Any, record: Record, links: dict[str, str]) -> Item | None:
    if ref is None:
        return None
    ent = record.entity(ref.entity)
    return {
        "name": ent.name if ent else ref.text,
        "text": ref.text,
        "entity": links.get(ref.entity) if ref.entity else None,
    }


def _quote_items(record: Record, links: dict[str, str]) -> list[Item]:
    art = record.article
    dates = {d.id: d for d in record.dates}
    mentions_in: dict[str, set[str]] = defaultdict(set)
    for q in record.quotes:
        for ent in record.entities:
            if any(q.content.start <= m.start and m.end <= q.content.end for m in ent.mentions):
                mentions_in[q.id].add(ent.id)
    out = []
    for q in record.quotes:
        speaker = _ref(q.speaker, record, links) or {"name": None, "text": None, "entity": None}
        date = dates.get(q.date or "")
        out.append(
            {
                "id": f"{art.id}:{q.id}", "article_id": art.id, "quote_id": q.id,
                "kind": q.kind, "text": q.content.text, "start": q.content.start,
                "end": q.content.end, "speaker": speaker,
                "addressee": _ref(q.addressee, record, links), "channel": q.channel,
                "cue": q.cue.text if q.cue else None, "date": date.value if date else None,
                "outlet": art.outlet, "published": art.published, "title": art.title,
                "url": art.url, "_mentions": mentions_in[q.id],
            }
        )  # fmt: skip
    return out


def _public(item: Item) -> Item:
    return {k: v for k, v in item.items() if not k.startswith("_")}


def _event_items(record: Record, links: dict[str, str]) -> list[Item]:
    art = record.article
    dates = {d.id: d for d in record.dates}
    places = {p.id: p for p in record.places}
    out = []
    for ev in record.events:
        place = places.get(ev.place or "")
        date = dates.get(ev.date or "")
        out.append(
            {
                "id": f"{art.id}:{ev.id}", "article_id": art.id, "event_id": ev.id,
                "type": ev.type, "mode": ev.mode, "status": ev.status,
                "trigger": {"text": ev.trigger.text, "start": ev.trigger.start, "end": ev.trigger.end},
                "actor": _ref(ev.actor, record, links),
                "recipient": _ref(ev.recipient, record, links),
                "place": None if place is None else {
                    "name": place.resolved_name or place.name, "lat": place.lat,
                    "lon": place.lon, "country": place.country,
                },
                "date": date.value if date else None,
                "date_precision": ev.date_precision or (date.precision if date else None),
                "outlet": art.outlet, "published": art.published, "title": art.title,
                "sources": 1,
            }
        )  # fmt: skip
    return out
