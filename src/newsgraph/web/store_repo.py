"""The Repository over the real store (``newsgraph.store``), read-only use of its tables.

Filters go through the store's own query functions or name lookups (``find_entities``,
``find_places``, ``fts_match``), so ``/api/quotes?speaker=Mujahid`` finds what
``newsgraph quotes --speaker Mujahid`` finds. Queries the store does not offer (an
article's Record with its entity links, lists of articles/entities/places, an entity
profile by id, events with coordinates and a source article) are written here on top of
the store's tables.
"""

from __future__ import annotations

import json
import logging
import threading
from collections import Counter
from functools import cache
from typing import Any

from sqlalchemy import Connection, bindparam, func, or_, select, union_all
from sqlalchemy.orm import aliased

from newsgraph.record import ArticleMeta, ErrorItem, Record
from newsgraph.store import Store, queries, store_record
from newsgraph.store import schema as t
from newsgraph.store.queries import find_entities, find_places, fts_match
from newsgraph.web.data import ArticleView, EventFilters, Item, QuoteFilters

__all__ = ["StoreRepository"]

log = logging.getLogger(__name__)

PROFILE_LIMIT = 50
MAP_POINTS = 2000


def _int_id(value: str) -> int | None:
    return int(value) if value.isascii() and value.isdigit() and len(value) < 18 else None


class StoreRepository:
    """A Repository reading (and, for extract-and-store, writing) a ``Store``."""

    writable = True

    def __init__(self, db_url: str | None = None, *, store: Store | None = None):
        self.store = store if store is not None else Store(db_url)
        self._version_lock = threading.Lock()
        self._version_conn: Any = None

    def version(self) -> int | None:
        """Changes whenever any connection or process commits to the database; None when
        the backend cannot tell cheaply (then nothing is cached).

        SQLite's ``PRAGMA data_version`` on a connection kept for this alone: it moves with
        every commit made through any other connection.
        """
        if self.store.dialect != "sqlite":
            return None
        with self._version_lock:
            if self._version_conn is None:
                self._version_conn = self.store.engine.raw_connection()
            cursor = self._version_conn.cursor()
            try:
                cursor.execute("PRAGMA data_version")
                return int(cursor.fetchone()[0])
            finally:
                cursor.close()

    def add(self, record: Record) -> str:
        store_record(self.store, record)
        return record.article.id

    def stats(self) -> dict[str, int]:
        return queries.stats(self.store)

    # -- articles ------------------------------------------------------------------------
    def articles(
        self, *, q: str | None = None, outlet: str | None = None, since: str | None = None,
        until: str | None = None, offset: int = 0, limit: int = 50,
    ) -> list[Item]:  # fmt: skip
        a = t.articles
        counts = {
            name: select(func.count()).select_from(table).where(table.c.article_id == a.c.id).scalar_subquery()
            for name, table in (("entities", t.entity_mentions), ("quotes", t.quotes),
                                ("events", t.event_reports), ("places", t.place_mentions))
        }  # fmt: skip
        with self.store.connect() as conn:
            query = select(
                a.c.article_key.label("id"), a.c.title, a.c.outlet, a.c.published, a.c.url,
                *(c.label(name) for name, c in counts.items()),
            )  # fmt: skip
            if q:
                query = query.where(fts_match(conn, "articles", q))
            if outlet:
                query = query.where(func.lower(a.c.outlet) == outlet.lower())
            if since:
                query = query.where(a.c.published >= since)
            if until:
                query = query.where(a.c.published <= until)
            query = query.order_by(a.c.published.desc(), a.c.id.desc()).offset(offset).limit(limit)
            return [dict(row._mapping) for row in conn.execute(query)]

    def article(self, article_id: str) -> ArticleView | None:
        with self.store.connect() as conn:
            row = conn.execute(_stmt("article"), {"key": article_id}).first()
            if row is None:
                return None
            links = {
                local: str(gid) for local, gid in conn.execute(_stmt("links"), {"aid": row.id})
            }
        return ArticleView(_record_of(row), links)

    # -- entities ------------------------------------------------------------------------
    def entities(
        self, *, q: str | None = None, type: str | None = None, offset: int = 0, limit: int = 50
    ) -> list[Item]:
        e = t.entities
        with self.store.connect() as conn:
            query = select(
                e.c.id,
                e.c.type,
                e.c.name,
                e.c.n_articles.label("articles"),
                e.c.n_mentions.label("mentions"),
            )
            if q:
                ids = find_entities(conn, q, types=(type.upper(),) if type else None)
                query = query.where(e.c.id.in_(ids))
            elif type:
                query = query.where(e.c.type == type.upper())
            query = query.order_by(e.c.n_mentions.desc(), e.c.id).offset(offset).limit(limit)
            return [dict(row._mapping) for row in conn.execute(query)]

    def entity(self, entity_id: str) -> Item | None:
        eid = _int_id(entity_id)
        if eid is None:
            return None
        args = {"eid": eid}
        with self.store.connect() as conn:
            row = conn.execute(_stmt("entity"), args).first()
            if row is None:
                return None
            names: Counter[str] = Counter()
            roles: Counter[str] = Counter()
            mention_spans: dict[int, list[tuple[int, int]]] = {}
            for mention in conn.execute(_stmt("mentions"), args):
                names[mention.name] += 1
                for alias in json.loads(mention.aliases):
                    names[alias] += 0
                for role in json.loads(mention.roles):
                    roles[role] += 1
                mention_spans.setdefault(mention.article_id, []).extend(
                    (int(s), int(x)) for s, x in json.loads(mention.spans)
                )
            affiliations = [
                {"id": r.id, "name": r.name, "type": r.type}
                for r in conn.execute(_stmt("affiliations"), args)
            ]
            quotes_by = self._quotes(conn, "quotes_by", args)
            in_articles = {"ids": list(mention_spans)[:PROFILE_LIMIT], "limit": 500}
            quotes_about = [
                q for q in self._quotes(conn, "quotes_in_articles", in_articles)
                if q["speaker"]["entity"] != row.id
                and any(q["start"] <= s and x <= q["end"] for s, x in mention_spans.get(q["_article"], ()))
            ][:PROFILE_LIMIT]  # fmt: skip
            as_actor = self._events(conn, _stmt("events_as_actor"), args)
            as_recipient = self._events(conn, _stmt("events_as_recipient"), args)
            interacts = self._interactions(conn, eid)
            quoted_by = [
                {"outlet": outlet, "quotes": n}
                for outlet, n in conn.execute(_stmt("quoted_by"), args)
            ]
        return {
            "id": row.id, "type": row.type, "name": row.name,
            "aliases": [n for n, _ in names.most_common() if n != row.name],
            "roles": [r for r, _ in roles.most_common()],
            "articles": row.n_articles, "mentions": row.n_mentions,
            "affiliations": affiliations,
            "quotes_by": [_public(q) for q in quotes_by], "quotes_about": [_public(q) for q in quotes_about],
            "events_as_actor": as_actor, "events_as_recipient": as_recipient,
            "interacts_with": interacts,
            "outlets": quoted_by,
        }  # fmt: skip

    def _interactions(self, conn: Connection, eid: int) -> list[Item]:
        """Addressees of their quotes, who addressed them, the other side of their events."""
        partners: Counter[int] = Counter()
        for (other,) in conn.execute(_stmt("partners"), {"eid": eid}):
            if other is not None and other != eid:
                partners[other] += 1
        if not partners:
            return []
        info = {r.id: r for r in conn.execute(_stmt("entity_names"), {"ids": list(partners)})}
        return [
            {"id": other, "name": info[other].name, "type": info[other].type, "count": n}
            for other, n in partners.most_common(PROFILE_LIMIT)
            if other in info
        ]

    # -- quotes --------------------------------------------------------------------------
    def _quotes(self, conn: Connection, name: str, args: dict[str, Any]) -> list[Item]:
        return [_quote_item(r) for r in conn.execute(_stmt(name), {"limit": PROFILE_LIMIT, **args})]

    def quotes(self, filters: QuoteFilters, *, offset: int = 0, limit: int = 50) -> list[Item]:
        # The store's own function, so the filters mean what they mean on the CLI.
        rows = queries.quotes(
            self.store, speaker=filters.speaker, since=filters.since, until=filters.until,
            outlet=filters.outlet, channel=filters.channel, text=filters.q, limit=offset + limit,
        )[offset:]  # fmt: skip
        if not rows:
            return []
        with self.store.connect() as conn:
            ids = [r["id"] for r in rows]
            full = {
                q["id"]: q
                for q in self._quotes(conn, "quotes_by_id", {"ids": ids, "limit": len(ids)})
            }
        return [_public(full[r["id"]]) for r in rows if r["id"] in full]

    # -- events --------------------------------------------------------------------------
    def events(self, filters: EventFilters, *, offset: int = 0, limit: int = 50) -> list[Item]:
        with self.store.connect() as conn:
            query = (
                _stmt("event_ids")
                .where(*self._event_where(conn, filters))
                .offset(offset)
                .limit(limit)
            )
            return self._events(conn, query, {})

    def event_overview(self, filters: EventFilters) -> Item:
        """Every matching event counted, not just a page: events per month (dated events)
        and per place with coordinates, aggregated in the database."""
        ev, p = t.events, t.places
        month = func.substr(ev.c.date, 1, 7)
        with self.store.connect() as conn:
            where = self._event_where(conn, filters)
            months = {
                m: n
                for m, n in conn.execute(
                    select(month, func.count())
                    .where(*where, ev.c.date.is_not(None))
                    .group_by(month)
                )
                if m
            }
            points = [
                {"lat": r.lat, "lon": r.lon, "label": r.resolved_name or r.name, "count": r.n}
                for r in conn.execute(
                    select(p.c.name, p.c.resolved_name, p.c.lat, p.c.lon, func.count().label("n"))
                    .select_from(ev)
                    .join(p, p.c.id == ev.c.place_id)
                    .where(*where, p.c.lat.is_not(None), p.c.lon.is_not(None))
                    .group_by(p.c.id, p.c.name, p.c.resolved_name, p.c.lat, p.c.lon)
                    .order_by(func.count().desc(), p.c.id)
                    .limit(MAP_POINTS)
                )
            ]
        return {"months": months, "points": points}

    def _event_where(self, conn: Connection, filters: EventFilters) -> list[Any]:
        """The CLI's event filters as WHERE clauses on ``events``."""
        ev = t.events
        where: list[Any] = []
        if filters.type:
            where.append(ev.c.type == filters.type.upper())
        if filters.status:
            where.append(ev.c.status == filters.status)
        if filters.place:
            where.append(ev.c.place_id.in_(find_places(conn, filters.place)))
        if filters.actor:
            ids = find_entities(conn, filters.actor)
            where.append(or_(ev.c.actor_entity_id.in_(ids), ev.c.recipient_entity_id.in_(ids)))
        if filters.since:
            where.append(ev.c.date >= filters.since)
        if filters.until:
            where.append(ev.c.date <= filters.until)
        return where

    def _events(self, conn: Connection, id_query: Any, args: dict[str, Any]) -> list[Item]:
        """Events whose ids ``id_query`` selects, in its order, with their first report."""
        ids = list(conn.execute(id_query, {"limit": PROFILE_LIMIT, **args}).scalars())
        if not ids:
            return []
        by_id = {row.id: row for row in conn.execute(_stmt("events"), {"ids": ids})}
        rows = [by_id[i] for i in ids if i in by_id]
        # The first report of each event stands for it (trigger, mode, article link).
        reports: dict[int, Any] = {}
        outlets: dict[int, set[str]] = {}
        for rep in conn.execute(_stmt("reports"), {"ids": [row.id for row in rows]}):  # fmt: skip
            reports.setdefault(rep.event_id, rep)
            if rep.outlet:
                outlets.setdefault(rep.event_id, set()).add(rep.outlet)
        out = []
        for row in rows:
            first = reports.get(row.id)
            out.append(
                {
                    "id": row.id, "type": row.type, "mode": first.mode if first else None, "status": row.status,
                    "date": row.date, "date_precision": None,
                    "trigger": {"text": first.trigger_text, "start": first.trigger_start, "end": first.trigger_end} if first else None,
                    "actor": _who(row.actor_name, first.actor_text if first else None, row.actor_entity_id),
                    "recipient": _who(row.recipient_name, first.recipient_text if first else None, row.recipient_entity_id),
                    "place": None if row.place_name is None else {
                        "name": row.resolved_name or row.place_name, "lat": row.lat, "lon": row.lon,
                        "country": row.country, "admin1": row.admin1,
                    },
                    "article_id": first.article_key if first else None, "title": first.title if first else None,
                    "outlet": first.outlet if first else None, "published": first.published if first else None,
                    "outlets": sorted(outlets.get(row.id, ())), "sources": row.n_sources, "reports": row.n_reports,
                }
            )  # fmt: skip
        return out

    # -- places and search ---------------------------------------------------------------
    def places(
        self, *, q: str | None = None, country: str | None = None, offset: int = 0, limit: int = 50
    ) -> list[Item]:
        p, pm = t.places, t.place_mentions
        n_articles = (
            select(func.count(func.distinct(pm.c.article_id)))
            .where(pm.c.place_id == p.c.id)
            .scalar_subquery()
        )
        with self.store.connect() as conn:
            query = select(
                p.c.id, p.c.name, p.c.resolved_name, p.c.country, p.c.admin1, p.c.lat, p.c.lon,
                p.c.precision, n_articles.label("articles"),
            )  # fmt: skip
            if q:
                query = query.where(p.c.id.in_(find_places(conn, q)))
            if country:
                query = query.where(func.lower(p.c.country) == country.lower())
            query = query.order_by(n_articles.desc(), p.c.id).offset(offset).limit(limit)
            return [dict(row._mapping) for row in conn.execute(query)]

    def search(self, q: str, *, offset: int = 0, limit: int = 50) -> list[Item]:
        rows = queries.search(self.store, q, limit=offset + limit)
        quote_ids = [r["id"] for r in rows if r["kind"] == "quote"]
        article_of: dict[int, str] = {}
        if quote_ids:
            with self.store.connect() as conn:
                found = conn.execute(
                    select(t.quotes.c.id, t.articles.c.article_key)
                    .join(t.articles, t.articles.c.id == t.quotes.c.article_id)
                    .where(t.quotes.c.id.in_(quote_ids))
                )
                article_of = {qid: key for qid, key in found}
        out = []
        for row in rows:
            item = dict(row)
            item["article_id"] = (
                row["id"] if row["kind"] == "article" else article_of.get(row["id"])
            )
            out.append(item)
        return out[offset : offset + limit]


@cache
def _stmt(name: str) -> Any:
    """The statements the pages run most, built once with bound parameters: building a
    SQLAlchemy statement costs more than running it on a small SQLite store."""
    a, m, e, q, g = t.articles, t.entity_mentions, t.entities, t.quotes, t.quote_groups
    ev, p, r, aff = t.events, t.places, t.event_reports, t.entity_affiliations
    eid: Any = bindparam("eid")
    ids: Any = bindparam("ids", expanding=True)
    limit: Any = bindparam("limit")
    if name == "article":
        return (
            select(
                a.c.id,
                a.c.record,
                a.c.article_key,
                a.c.text,
                a.c.url,
                a.c.outlet,
                a.c.published,
                a.c.title,
                a.c.language,
            )
            .where(a.c.article_key == bindparam("key"))
            .order_by(a.c.id.desc())
            .limit(1)
        )
    if name == "links":
        return select(m.c.local_id, m.c.entity_id).where(m.c.article_id == bindparam("aid"))
    if name == "entity":
        return select(e).where(e.c.id == eid)
    if name == "entity_names":
        return select(e.c.id, e.c.name, e.c.type).where(e.c.id.in_(ids))
    if name == "mentions":
        return select(m.c.article_id, m.c.name, m.c.aliases, m.c.roles, m.c.spans).where(
            m.c.entity_id == eid
        )
    if name == "affiliations":
        return (
            select(e.c.id, e.c.name, e.c.type).join(aff, aff.c.affiliation_id == e.c.id)
            .where(aff.c.entity_id == eid).group_by(e.c.id, e.c.name, e.c.type)
        )  # fmt: skip
    if name == "quoted_by":
        return (
            select(q.c.outlet, func.count().label("n"))
            .where(q.c.speaker_entity_id == eid, q.c.outlet.is_not(None))
            .group_by(q.c.outlet).order_by(func.count().desc(), q.c.outlet)
        )  # fmt: skip
    if name == "partners":
        return union_all(
            select(q.c.addressee_entity_id.label("other")).where(q.c.speaker_entity_id == eid),
            select(q.c.speaker_entity_id).where(q.c.addressee_entity_id == eid),
            select(r.c.recipient_entity_id).where(r.c.actor_entity_id == eid),
            select(r.c.actor_entity_id).where(r.c.recipient_entity_id == eid),
        )
    if name == "quotes":
        speaker, addressee = aliased(e), aliased(e)
        return (
            select(
                q.c.id, q.c.article_id, a.c.article_key, a.c.title, a.c.url, q.c.kind, q.c.text, q.c.start,
                q.c.end, q.c.channel, q.c.cue, q.c.date, q.c.published, q.c.outlet, q.c.group_id,
                g.c.n_outlets, q.c.speaker_entity_id, q.c.speaker_text, speaker.c.name.label("speaker_name"),
                q.c.addressee_entity_id, q.c.addressee_text, addressee.c.name.label("addressee_name"),
            )
            .join(a, a.c.id == q.c.article_id)
            .join(g, g.c.id == q.c.group_id)
            .outerjoin(speaker, speaker.c.id == q.c.speaker_entity_id)
            .outerjoin(addressee, addressee.c.id == q.c.addressee_entity_id)
            .order_by(q.c.published.desc(), q.c.id.desc())
            .limit(limit)
        )  # fmt: skip
    if name == "quotes_by":
        return _stmt("quotes").where(q.c.speaker_entity_id == eid)
    if name == "quotes_in_articles":
        return _stmt("quotes").where(q.c.article_id.in_(ids))
    if name == "quotes_by_id":
        return _stmt("quotes").where(q.c.id.in_(ids))
    if name == "events":
        actor, recipient = aliased(e), aliased(e)
        return (
            select(
                ev.c.id, ev.c.type, ev.c.status, ev.c.date, ev.c.n_reports, ev.c.n_sources,
                ev.c.actor_entity_id, actor.c.name.label("actor_name"),
                ev.c.recipient_entity_id, recipient.c.name.label("recipient_name"),
                p.c.name.label("place_name"), p.c.resolved_name, p.c.lat, p.c.lon, p.c.country, p.c.admin1,
            )
            .outerjoin(actor, actor.c.id == ev.c.actor_entity_id)
            .outerjoin(recipient, recipient.c.id == ev.c.recipient_entity_id)
            .outerjoin(p, p.c.id == ev.c.place_id)
            .where(ev.c.id.in_(ids))
        )  # fmt: skip
    if name == "event_ids":
        # Order and cut on the narrow table first, then join: 6x faster on 100k events.
        return select(ev.c.id).order_by(ev.c.date.desc(), ev.c.id.desc())
    if name == "events_as_actor":
        return _stmt("event_ids").where(ev.c.actor_entity_id == eid).limit(limit)
    if name == "events_as_recipient":
        return _stmt("event_ids").where(ev.c.recipient_entity_id == eid).limit(limit)
    if name == "reports":
        return (
            select(r.c.event_id, r.c.id, r.c.mode, r.c.trigger_text, r.c.trigger_start, r.c.trigger_end,
                   r.c.actor_text, r.c.recipient_text, r.c.outlet, r.c.published, a.c.article_key, a.c.title)
            .join(a, a.c.id == r.c.article_id)
            .where(r.c.event_id.in_(ids))
            .order_by(r.c.id)
        )  # fmt: skip
    raise KeyError(name)


def _record_of(row: Any) -> Record:
    """The stored Record; if it cannot be read, the article alone (the page then shows
    the text without highlights instead of failing)."""
    try:
        return Record.from_json(row.record)
    except (ValueError, KeyError, TypeError) as e:
        log.warning(
            "article %s: stored Record unreadable (%s); showing the text only", row.article_key, e
        )
        meta = ArticleMeta(
            id=row.article_key, text=row.text, url=row.url, outlet=row.outlet,
            published=row.published, title=row.title, language=row.language,
        )  # fmt: skip
        return Record(article=meta, errors=[ErrorItem(code="record_unreadable", message=str(e))])


def _who(name: str | None, text: str | None, entity_id: int | None) -> Item | None:
    if name is None and text is None:
        return None
    return {"name": name or text, "text": text, "entity": entity_id}


def _quote_item(r: Any) -> Item:
    return {
        "id": r.id, "article_id": r.article_key, "kind": r.kind, "text": r.text, "start": r.start, "end": r.end,
        "speaker": _who(r.speaker_name, r.speaker_text, r.speaker_entity_id) or {"name": None, "text": None, "entity": None},
        "addressee": _who(r.addressee_name, r.addressee_text, r.addressee_entity_id),
        "channel": r.channel, "cue": r.cue, "date": r.date, "outlet": r.outlet, "published": r.published,
        "title": r.title, "url": r.url, "group": r.group_id, "n_outlets": r.n_outlets, "_article": r.article_id,
    }  # fmt: skip


def _public(item: Item) -> Item:
    return {k: v for k, v in item.items() if not k.startswith("_")}
