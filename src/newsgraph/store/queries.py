"""Read the store: the functions behind the CLI (and the web API).

Every function takes an open :class:`~newsgraph.store.db.Store` plus keyword-only
filters and returns plain data (lists of dicts), ready for a table, JSON or CSV.
Names are matched the way ingest links them (``names.name_key``): "Mujahid" finds
"Zabihullah Mujahid", "ahmad massoud" finds "Ahmad Massoud".
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    func,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.orm import aliased

from newsgraph.store import schema as t
from newsgraph.store.db import Store
from newsgraph.store.names import fold, name_key

DEFAULT_LIMIT = 100

__all__ = [
    "articles",
    "entities",
    "entity_profile",
    "errors",
    "events",
    "find_entities",
    "find_places",
    "quotes",
    "search",
    "stats",
    "timeline",
]


# -- name lookups -----------------------------------------------------------------


def find_entities(
    conn: Connection, name: str, *, types: tuple[str, ...] | None = None
) -> list[int]:
    """Entity ids a user's name refers to, most mentioned first.

    An exact name, alias or surname wins; otherwise entities whose name contains it.
    """
    key = name_key(name)
    if not key:
        return []
    e, n = t.entities, t.entity_names
    query = (
        select(e.c.id)
        .join(n, n.c.entity_id == e.c.id)
        .where(n.c.norm == key)
        .group_by(e.c.id, e.c.n_mentions)
        .order_by(e.c.n_mentions.desc(), e.c.id)
    )
    if types:
        query = query.where(e.c.type.in_(types))
    ids = list(conn.execute(query).scalars())
    if not ids:
        query = (
            select(e.c.id)
            .where(e.c.norm.like(f"%{_escape_like(key)}%", escape="\\"))
            .order_by(e.c.n_mentions.desc(), e.c.id)
            .limit(50)
        )
        if types:
            query = query.where(e.c.type.in_(types))
        ids = list(conn.execute(query).scalars())
    return ids


def find_places(conn: Connection, name: str) -> list[int]:
    """Place ids named so, or lying in an admin1 region or country of that name."""
    key = name_key(name)
    p = t.places
    return list(
        conn.execute(
            select(p.c.id).where(
                or_(
                    p.c.norm == key,
                    func.lower(p.c.admin1) == fold(name),
                    func.lower(p.c.country) == fold(name),
                )
            )
        ).scalars()
    )


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def fts_match(conn: Connection, table: str, query: str) -> ColumnElement[bool]:
    """A WHERE clause: rows of ``table`` (articles or quotes) matching all query words."""
    if conn.dialect.name == "sqlite":
        words = re.findall(r"\w+", query)
        if not words:
            return literal_column("0") == 1
        fts_query = " ".join(f'"{w}"' for w in words)
        ids = text(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH :fts").bindparams(
            fts=fts_query
        )
        column = t.articles.c.id if table == "articles" else t.quotes.c.id
        return column.in_(ids.columns(rowid=column.type))  # type: ignore[arg-type]
    # The same expressions as the GIN indexes of migration 0002, so they are used.
    vector = (
        "to_tsvector('english', coalesce(articles.title, '') || ' ' || articles.text)"
        if table == "articles"
        else "to_tsvector('english', quotes.text)"
    )
    return text(f"{vector} @@ plainto_tsquery('english', :tsq)").bindparams(tsq=query)  # type: ignore[return-value]


# -- quotes -----------------------------------------------------------------------


def quotes(
    store: Store,
    *,
    speaker: str | None = None,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    channel: str | None = None,
    text: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[dict[str, Any]]:
    """Reported quotations, newest first; each row is one outlet's report.

    ``n_outlets`` says how many outlets reported the same quotation (``group``).
    """
    q, a, g, e = t.quotes, t.articles, t.quote_groups, t.entities
    with store.connect() as conn:
        # Pick the page of quote ids on the quotes table alone (its indexes serve the
        # filters and the order), then join the few rows shown.
        page = select(q.c.id)
        if speaker:
            ids = find_entities(conn, speaker, types=("PERSON", "ORG", "GROUP", "OTHER"))
            by_text = q.c.speaker_text.ilike(f"%{_escape_like(speaker)}%", escape="\\")
            page = page.where(q.c.speaker_entity_id.in_(ids) if ids else by_text)
        if since:
            page = page.where(q.c.published >= since)
        if until:
            page = page.where(q.c.published <= until)
        if outlet:
            page = page.where(func.lower(q.c.outlet) == outlet.lower())
        if channel:
            page = page.where(q.c.channel == channel)
        if text:
            page = page.where(fts_match(conn, "quotes", text))
        chosen = page.order_by(q.c.published.desc(), q.c.id.desc()).limit(limit).subquery()
        query = (
            select(
                q.c.id,
                q.c.group_id.label("group"),
                q.c.published,
                q.c.outlet,
                func.coalesce(e.c.name, q.c.speaker_text).label("speaker"),
                q.c.speaker_entity_id.label("speaker_id"),
                q.c.text,
                q.c.kind,
                q.c.channel,
                q.c.cue,
                q.c.addressee_text.label("addressee"),
                q.c.date,
                g.c.n_outlets,
                a.c.url,
                a.c.article_key.label("article"),
                q.c.start,
                q.c.end,
            )
            .join(chosen, chosen.c.id == q.c.id)
            .join(a, a.c.id == q.c.article_id)
            .join(g, g.c.id == q.c.group_id)
            .outerjoin(e, e.c.id == q.c.speaker_entity_id)
            .order_by(q.c.published.desc(), q.c.id.desc())
        )
        return [dict(row._mapping) for row in conn.execute(query)]


# -- events -----------------------------------------------------------------------


def events(
    store: Store,
    *,
    type: str | None = None,
    place: str | None = None,
    status: str | None = None,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[dict[str, Any]]:
    """Events (reports merged), newest first, with how many sources reported each."""
    ev, p = t.events, t.places
    actor_e, recipient_e = aliased(t.entities), aliased(t.entities)
    with store.connect() as conn:
        query = (
            select(
                ev.c.id,
                ev.c.date,
                ev.c.type,
                ev.c.status,
                actor_e.c.name.label("actor"),
                recipient_e.c.name.label("recipient"),
                p.c.name.label("place"),
                p.c.admin1,
                p.c.country,
                ev.c.n_reports,
                ev.c.n_sources,
            )
            .outerjoin(actor_e, actor_e.c.id == ev.c.actor_entity_id)
            .outerjoin(recipient_e, recipient_e.c.id == ev.c.recipient_entity_id)
            .outerjoin(p, p.c.id == ev.c.place_id)
        )
        if type:
            query = query.where(ev.c.type == type.upper())
        if status:
            query = query.where(ev.c.status == status)
        if place:
            query = query.where(ev.c.place_id.in_(find_places(conn, place)))
        if actor:
            ids = find_entities(conn, actor)
            query = query.where(
                or_(ev.c.actor_entity_id.in_(ids), ev.c.recipient_entity_id.in_(ids))
            )
        if since:
            query = query.where(ev.c.date >= since)
        if until:
            query = query.where(ev.c.date <= until)
        query = query.order_by(ev.c.date.desc(), ev.c.id.desc()).limit(limit)
        rows = [dict(row._mapping) for row in conn.execute(query)]
        _add_event_outlets(conn, rows)
        return rows


def _add_event_outlets(conn: Connection, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    r = t.event_reports
    outlets: dict[int, set[str]] = {}
    for event_id, outlet in conn.execute(
        select(r.c.event_id, r.c.outlet).where(r.c.event_id.in_([row["id"] for row in rows]))
    ):
        if outlet:
            outlets.setdefault(event_id, set()).add(outlet)
    for row in rows:
        row["outlets"] = sorted(outlets.get(row["id"], set()))


# -- entities ---------------------------------------------------------------------


def entity_profile(store: Store, name: str, *, limit: int = 20) -> dict[str, Any] | None:
    """Who an entity is across the store: names, roles, affiliations, quotes, events,
    and who they talk to (addressees of their quotes, people who address them, the
    other side of their events). None when no entity has that name.
    """
    with store.connect() as conn:
        ids = find_entities(conn, name)
        if not ids:
            return None
        eid = ids[0]
        e, m = t.entities, t.entity_mentions
        row = conn.execute(select(e).where(e.c.id == eid)).one()
        mentions = conn.execute(
            select(m.c.name, m.c.aliases, m.c.roles, t.articles.c.outlet)
            .join(t.articles, t.articles.c.id == m.c.article_id)
            .where(m.c.entity_id == eid)
        ).all()
        import json

        names: Counter[str] = Counter()
        roles: Counter[str] = Counter()
        outlets: Counter[str] = Counter()
        for mention in mentions:
            names[mention.name] += 1
            for alias in json.loads(mention.aliases):
                names[alias] += 0
            for role in json.loads(mention.roles):
                roles[role] += 1
            if mention.outlet:
                outlets[mention.outlet] += 1
        aff = t.entity_affiliations
        affiliations = [
            {"id": r.id, "name": r.name, "type": r.type, "articles": r.n}
            for r in conn.execute(
                select(
                    e.c.id,
                    e.c.name,
                    e.c.type,
                    func.count(func.distinct(aff.c.article_id)).label("n"),
                )
                .join(aff, aff.c.affiliation_id == e.c.id)
                .where(aff.c.entity_id == eid)
                .group_by(e.c.id, e.c.name, e.c.type)
                .order_by(func.count(func.distinct(aff.c.article_id)).desc())
            )
        ]
        profile: dict[str, Any] = {
            "id": row.id,
            "name": row.name,
            "type": row.type,
            "names": [n for n, _ in names.most_common()],
            "articles": row.n_articles,
            "mentions": row.n_mentions,
            "roles": [{"role": r, "articles": n} for r, n in roles.most_common()],
            "affiliations": affiliations,
            "outlets": [{"outlet": o, "articles": n} for o, n in outlets.most_common()],
            "talks_to": _talks_to(conn, eid),
            "other_matches": [
                {"id": i, "name": n}
                for i, n in conn.execute(select(e.c.id, e.c.name).where(e.c.id.in_(ids[1:6])))
            ],
        }
    profile["quotes"] = _quotes_by_id(store, eid, limit=limit)
    profile["events"] = _events_of(store, eid, limit=limit)
    return profile


def _quotes_by_id(store: Store, entity_id: int, *, limit: int) -> list[dict[str, Any]]:
    q, g = t.quotes, t.quote_groups
    with store.connect() as conn:
        rows = conn.execute(
            select(q.c.id, q.c.published, q.c.outlet, q.c.text, q.c.channel, g.c.n_outlets)
            .join(g, g.c.id == q.c.group_id)
            .where(q.c.speaker_entity_id == entity_id)
            .order_by(q.c.published.desc(), q.c.id.desc())
            .limit(limit)
        )
        return [dict(r._mapping) for r in rows]


def _event_lines() -> Select[Any]:
    """Events with their actor, recipient and place names: what profiles and timelines list."""
    ev, p = t.events, t.places
    actor_e, recipient_e = aliased(t.entities), aliased(t.entities)
    return (
        select(
            ev.c.id,
            ev.c.date,
            ev.c.type,
            ev.c.status,
            actor_e.c.name.label("actor"),
            recipient_e.c.name.label("recipient"),
            p.c.name.label("place"),
            ev.c.n_sources,
        )
        .outerjoin(actor_e, actor_e.c.id == ev.c.actor_entity_id)
        .outerjoin(recipient_e, recipient_e.c.id == ev.c.recipient_entity_id)
        .outerjoin(p, p.c.id == ev.c.place_id)
    )


def _events_of(store: Store, entity_id: int, *, limit: int) -> list[dict[str, Any]]:
    ev = t.events
    with store.connect() as conn:
        rows = conn.execute(
            _event_lines()
            .where(or_(ev.c.actor_entity_id == entity_id, ev.c.recipient_entity_id == entity_id))
            .order_by(ev.c.date.desc(), ev.c.id.desc())
            .limit(limit)
        )
        return [dict(r._mapping) for r in rows]


def _talks_to(conn: Connection, eid: int) -> list[dict[str, Any]]:
    q, r, e = t.quotes, t.event_reports, t.entities
    links: Counter[tuple[int, str]] = Counter()
    for (other,) in conn.execute(
        select(q.c.addressee_entity_id).where(
            q.c.speaker_entity_id == eid, q.c.addressee_entity_id.is_not(None)
        )
    ):
        links[(other, "addressed")] += 1
    for (other,) in conn.execute(
        select(q.c.speaker_entity_id).where(
            q.c.addressee_entity_id == eid, q.c.speaker_entity_id.is_not(None)
        )
    ):
        links[(other, "addressed by")] += 1
    for actor, recipient in conn.execute(
        select(r.c.actor_entity_id, r.c.recipient_entity_id).where(
            or_(r.c.actor_entity_id == eid, r.c.recipient_entity_id == eid)
        )
    ):
        if actor == eid and recipient is not None and recipient != eid:
            links[(recipient, "acted on")] += 1
        elif recipient == eid and actor is not None and actor != eid:
            links[(actor, "acted on by")] += 1
    links.pop((eid, "addressed"), None)
    links.pop((eid, "addressed by"), None)
    if not links:
        return []
    names = {
        row.id: row.name
        for row in conn.execute(select(e.c.id, e.c.name).where(e.c.id.in_({k[0] for k in links})))
    }
    return [
        {"id": other, "name": names.get(other), "relation": relation, "count": n}
        for (other, relation), n in links.most_common()
    ]


# -- timeline ---------------------------------------------------------------------


def timeline(store: Store, name: str, *, limit: int = 200) -> list[dict[str, Any]]:
    """Dated events and statements about an entity or a place, oldest first.

    Events count when the entity is actor or recipient or the event happened at the
    place; statements when the entity spoke or the quote is placed there. An item's
    date is its own date when known, else the publication date.
    """
    ev, q = t.events, t.quotes
    speaker_e = aliased(t.entities)
    items: list[dict[str, Any]] = []
    with store.connect() as conn:
        entity_ids = find_entities(conn, name)[:1]
        place_ids = find_places(conn, name)
        event_where = []
        quote_where = []
        if entity_ids:
            event_where.append(
                or_(ev.c.actor_entity_id.in_(entity_ids), ev.c.recipient_entity_id.in_(entity_ids))
            )
            quote_where.append(q.c.speaker_entity_id.in_(entity_ids))
        if place_ids:
            event_where.append(ev.c.place_id.in_(place_ids))
            quote_where.append(q.c.place_id.in_(place_ids))
        if not event_where:
            return []
        for row in conn.execute(_event_lines().where(or_(*event_where), ev.c.date.is_not(None))):
            who = " → ".join(x for x in (row.actor, row.recipient) if x)
            where = f" in {row.place}" if row.place else ""
            items.append(
                {
                    "date": row.date,
                    "kind": "event",
                    "id": row.id,
                    "summary": f"{row.type} ({row.status}) {who}{where}".replace("  ", " ").strip(),
                    "sources": row.n_sources,
                }
            )
        for qrow in conn.execute(
            select(
                q.c.id,
                func.coalesce(q.c.date, q.c.published).label("date"),
                func.coalesce(speaker_e.c.name, q.c.speaker_text).label("speaker"),
                q.c.text,
                q.c.outlet,
                q.c.group_id,
            )
            .outerjoin(speaker_e, speaker_e.c.id == q.c.speaker_entity_id)
            .where(or_(*quote_where) if quote_where else literal_column("0") == 1)
            .where(func.coalesce(q.c.date, q.c.published).is_not(None))
        ):
            items.append(
                {
                    "date": qrow.date,
                    "kind": "statement",
                    "id": qrow.id,
                    "summary": f"{qrow.speaker or 'unknown'}: “{qrow.text}”",
                    "sources": qrow.outlet,
                }
            )
    # One line per quotation group would hide the outlets; keep every report, in order.
    items.sort(key=lambda item: (str(item["date"]), item["kind"], item["id"]))
    return items[:limit]


# -- search -----------------------------------------------------------------------


def search(store: Store, query: str, *, limit: int = 50) -> list[dict[str, Any]]:
    """Full-text search over article titles/texts and quotes (all words must match)."""
    a, q = t.articles, t.quotes
    out: list[dict[str, Any]] = []
    words = [w.casefold() for w in re.findall(r"\w+", query)]
    with store.connect() as conn:
        for row in conn.execute(
            select(a.c.id, a.c.article_key, a.c.published, a.c.outlet, a.c.title, a.c.text, a.c.url)
            .where(fts_match(conn, "articles", query))
            .order_by(a.c.published.desc(), a.c.id.desc())
            .limit(limit)
        ):
            out.append(
                {
                    "kind": "article",
                    "id": row.article_key,
                    "published": row.published,
                    "outlet": row.outlet,
                    "title": row.title,
                    "snippet": snippet(row.text, words),
                    "url": row.url,
                }
            )
        for qrow in conn.execute(
            select(q.c.id, q.c.published, q.c.outlet, q.c.speaker_text, q.c.text, a.c.url)
            .join(a, a.c.id == q.c.article_id)
            .where(fts_match(conn, "quotes", query))
            .order_by(q.c.published.desc(), q.c.id.desc())
            .limit(limit)
        ):
            out.append(
                {
                    "kind": "quote",
                    "id": qrow.id,
                    "published": qrow.published,
                    "outlet": qrow.outlet,
                    "title": qrow.speaker_text,
                    "snippet": snippet(qrow.text, words),
                    "url": qrow.url,
                }
            )
    return out


def snippet(text_: str, words: list[str], *, width: int = 160) -> str:
    """A window of the text around the first query word found."""
    folded = text_.casefold()
    hits = [i for w in words if (i := folded.find(w)) >= 0]
    at = min(hits) if hits else 0
    start = max(0, at - width // 3)
    piece = text_[start : start + width].replace("\n", " ")
    return ("…" if start else "") + piece + ("…" if start + width < len(text_) else "")


# -- listings ---------------------------------------------------------------------


def articles(
    store: Store,
    *,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[dict[str, Any]]:
    """Stored articles, newest first, with how many quotes and events each holds."""
    a, q, r = t.articles, t.quotes, t.event_reports
    n_quotes = select(func.count()).where(q.c.article_id == a.c.id).scalar_subquery()
    n_events = select(func.count()).where(r.c.article_id == a.c.id).scalar_subquery()
    query = select(
        a.c.article_key.label("id"),
        a.c.published,
        a.c.outlet,
        a.c.title,
        n_quotes.label("quotes"),
        n_events.label("events"),
        a.c.url,
    )
    if outlet:
        query = query.where(func.lower(a.c.outlet) == outlet.lower())
    if since:
        query = query.where(a.c.published >= since)
    if until:
        query = query.where(a.c.published <= until)
    query = query.order_by(a.c.published.desc(), a.c.id.desc()).limit(limit)
    with store.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(query)]


def entities(
    store: Store, *, type: str | None = None, limit: int = DEFAULT_LIMIT
) -> list[dict[str, Any]]:
    """Global entities, most mentioned first."""
    e = t.entities
    query = select(e.c.id, e.c.name, e.c.type, e.c.n_articles.label("articles"), e.c.n_mentions)
    if type:
        query = query.where(e.c.type == type.upper())
    query = query.order_by(e.c.n_mentions.desc(), e.c.id).limit(limit)
    with store.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(query)]


# -- stats and errors -------------------------------------------------------------


def stats(store: Store) -> dict[str, int]:
    """How much the store holds: articles, distinct entities, quotations (each quote
    group once, however many outlets), events (merged), places."""
    with store.connect() as conn:
        counts = {
            name: conn.execute(select(func.count()).select_from(table)).scalar_one()
            for name, table in (
                ("articles", t.articles),
                ("entities", t.entities),
                ("quotes", t.quote_groups),
                ("events", t.events),
                ("places", t.places),
            )
        }
    return {k: int(v) for k, v in counts.items()}


def errors(store: Store, *, limit: int = DEFAULT_LIMIT) -> list[dict[str, Any]]:
    """Per-document errors, most recent first."""
    e, a = t.errors, t.articles
    with store.connect() as conn:
        rows = conn.execute(
            select(
                e.c.last_seen,
                func.coalesce(e.c.source, a.c.article_key).label("source"),
                e.c.stage,
                e.c.code,
                e.c.message,
                e.c.count,
            )
            .outerjoin(a, a.c.id == e.c.article_id)
            .order_by(e.c.last_seen.desc(), e.c.id.desc())
            .limit(limit)
        )
        return [dict(r._mapping) for r in rows]
