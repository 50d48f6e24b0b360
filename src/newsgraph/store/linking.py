"""Cross-article linking: one global entity per person/organisation, one group per
quotation however many outlets reported it, one event per happening however many
reports described it.

Every function works inside the caller's transaction, so a killed ingest leaves no
half-linked article behind.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import (
    Connection,
    String,
    and_,
    cast,
    delete,
    func,
    insert,
    literal,
    select,
    update,
)

from newsgraph.store import schema as t
from newsgraph.store.names import fold, name_key, surname_key

# Types that may name the same thing: extractors disagree on ORG vs GROUP.
COMPATIBLE_TYPES: dict[str, tuple[str, ...]] = {
    "PERSON": ("PERSON",),
    "ORG": ("ORG", "GROUP"),
    "GROUP": ("ORG", "GROUP"),
    "PLACE": ("PLACE",),
    "OTHER": ("OTHER",),
}
CONTEXT_CAP = 50  # roles/affiliations remembered per entity

# Quote grouping (docs/store.md, "Linking").
SHINGLE_SIZE = 3
JACCARD_MIN = 0.5
CONTAINMENT_MIN = 0.7
# Event merging: reports whose dates lie this many days apart can be the same event.
EVENT_WINDOW_DAYS = 3


# -- entities -------------------------------------------------------------------


@dataclass
class EntityContext:
    """What an article says about an entity besides its name."""

    roles: set[str] = field(default_factory=set)
    affiliations: set[str] = field(default_factory=set)

    def score(self, known: dict[str, list[str]]) -> int:
        return len(self.roles & set(known.get("roles", []))) + 2 * len(
            self.affiliations & set(known.get("affiliations", []))
        )


def resolve_entity(
    conn: Connection, *, type: str, name: str, aliases: Iterable[str], context: EntityContext
) -> int:
    """The global id for an article's entity, creating the entity when it is new.

    A name (or alias) matches a known name of a compatible type; a surname alone
    matches a known full name only when exactly one person fits (or the article's
    roles/affiliations single one out); a full name adopts a surname-only entity when
    no other person has that surname. Among several equal names, context decides.
    """
    key = name_key(name) or fold(name).strip()
    types = COMPATIBLE_TYPES.get(type, (type,))
    keys = {key} | {k for k in (name_key(a) for a in aliases) if k}
    exact = _candidates(conn, keys, types, kinds=("full", "alias"))
    chosen: int | None = None
    if type == "PERSON" and len(key.split()) == 1:
        by_surname = _candidates(conn, {key}, types, kinds=("surname",))
        pool = {**exact, **by_surname}
        if len(pool) == 1:
            chosen = next(iter(pool))
        elif pool:
            chosen = _best_by_context(pool, context)
            if chosen is None and exact:
                chosen = min(exact)  # stay on the surname-only entity: the surname is ambiguous
    elif exact:
        chosen = next(iter(exact)) if len(exact) == 1 else _best_by_context(exact, context)
        if chosen is None:
            chosen = min(exact)
    elif type == "PERSON" and (surname := surname_key(key)):
        single = _candidates(conn, {surname}, types, kinds=("full",))
        others = _candidates(conn, {surname}, types, kinds=("surname",))
        if len(single) == 1 and not others:
            chosen = next(iter(single))
    if chosen is None:
        chosen = _create_entity(conn, type=type, name=name, key=key)
    _remember(conn, chosen, type=type, name=name, key=key, aliases=aliases, context=context)
    return chosen


def _candidates(
    conn: Connection, keys: set[str], types: tuple[str, ...], *, kinds: tuple[str, ...]
) -> dict[int, dict[str, list[str]]]:
    if not keys:
        return {}
    rows = conn.execute(
        select(t.entities.c.id, t.entities.c.context)
        .join(t.entity_names, t.entity_names.c.entity_id == t.entities.c.id)
        .where(
            t.entity_names.c.norm.in_(sorted(keys)),
            t.entity_names.c.kind.in_(kinds),
            t.entities.c.type.in_(types),
        )
        .distinct()
    ).all()
    return {row.id: json.loads(row.context) for row in rows}


def _best_by_context(pool: dict[int, dict[str, list[str]]], context: EntityContext) -> int | None:
    scored = sorted(((context.score(known), -eid) for eid, known in pool.items()), reverse=True)
    if scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return -scored[0][1]
    return None


def _create_entity(conn: Connection, *, type: str, name: str, key: str) -> int:
    result = conn.execute(
        insert(t.entities).values(
            type=type, name=name, norm=key, n_mentions=0, n_articles=0, context="{}"
        )
    )
    return int(result.inserted_primary_key[0])  # type: ignore[index]


def _remember(
    conn: Connection,
    entity_id: int,
    *,
    type: str,
    name: str,
    key: str,
    aliases: Iterable[str],
    context: EntityContext,
) -> None:
    """Index the new name variants and context; a full name replaces a surname-only name."""
    row = conn.execute(
        select(t.entities.c.name, t.entities.c.norm, t.entities.c.context).where(
            t.entities.c.id == entity_id
        )
    ).one()
    wanted = {(key, "full")}
    wanted |= {(k, "alias") for k in (name_key(a) for a in aliases) if k and k != key}
    if type == "PERSON":
        wanted |= {(s, "surname") for k, _ in list(wanted) if (s := surname_key(k))}
    known = set(
        conn.execute(
            select(t.entity_names.c.norm, t.entity_names.c.kind).where(
                t.entity_names.c.entity_id == entity_id
            )
        ).all()
    )
    new = [{"entity_id": entity_id, "norm": n, "kind": k} for n, k in sorted(wanted - known)]
    if new:
        conn.execute(insert(t.entity_names), new)
    stored = json.loads(row.context)
    merged = {
        "roles": _capped(stored.get("roles", []), context.roles),
        "affiliations": _capped(stored.get("affiliations", []), context.affiliations),
    }
    values: dict[str, object] = {}
    if merged != stored:
        values["context"] = json.dumps(merged, ensure_ascii=False)
    if type == "PERSON" and len(key.split()) > len(row.norm.split()):
        values.update(name=name, norm=key)
    if values:
        conn.execute(update(t.entities).where(t.entities.c.id == entity_id).values(**values))


def _capped(old: list[str], new: set[str]) -> list[str]:
    return (old + sorted(new - set(old)))[:CONTEXT_CAP]


def refresh_entities(conn: Connection, entity_ids: Iterable[int]) -> None:
    """Recount mentions; drop entities no article mentions any more."""
    ids = sorted(set(entity_ids))
    if not ids:
        return
    m = t.entity_mentions
    counts = {
        row.entity_id: (int(row.spans or 0), int(row.articles))
        for row in conn.execute(
            select(
                m.c.entity_id,
                func.sum(m.c.n_spans).label("spans"),
                func.count(func.distinct(m.c.article_id)).label("articles"),
            )
            .where(m.c.entity_id.in_(ids))
            .group_by(m.c.entity_id)
        )
    }
    for eid in ids:
        if eid in counts:
            spans, articles = counts[eid]
            conn.execute(
                update(t.entities)
                .where(t.entities.c.id == eid)
                .values(n_mentions=spans, n_articles=articles)
            )
        else:
            conn.execute(delete(t.entity_names).where(t.entity_names.c.entity_id == eid))
            conn.execute(delete(t.entities).where(t.entities.c.id == eid))


# -- places ---------------------------------------------------------------------


def resolve_place(
    conn: Connection,
    *,
    name: str,
    resolved_name: str | None,
    country: str | None,
    admin1: str | None,
    lat: float | None,
    lon: float | None,
    precision: str,
    geonameid: int | None,
) -> int:
    """Get or create the global place: by GeoNames id, else by name and country."""
    display = resolved_name or name
    key = (
        f"geonames:{geonameid}" if geonameid else f"name:{name_key(display)}|{fold(country or '')}"
    )
    found = conn.execute(select(t.places.c.id).where(t.places.c.key == key)).scalar()
    if found is not None:
        return int(found)
    result = conn.execute(
        insert(t.places).values(
            key=key,
            name=display,
            norm=name_key(display),
            resolved_name=resolved_name,
            country=country,
            admin1=admin1,
            lat=lat,
            lon=lon,
            precision=precision,
            geonameid=geonameid,
        )
    )
    return int(result.inserted_primary_key[0])  # type: ignore[index]


def drop_unused_places(conn: Connection, place_ids: Iterable[int]) -> None:
    for pid in sorted(set(place_ids)):
        used = conn.execute(
            select(t.place_mentions.c.id).where(t.place_mentions.c.place_id == pid).limit(1)
        ).first()
        if used is None:
            conn.execute(update(t.events).where(t.events.c.place_id == pid).values(place_id=None))
            conn.execute(delete(t.places).where(t.places.c.id == pid))


# -- quotes ---------------------------------------------------------------------

_TOKEN = re.compile(r"\w+")


def shingles(text: str) -> set[int]:
    """Hashed word n-grams of the folded text (a short quote: its words)."""
    words = _TOKEN.findall(fold(text))
    if len(words) < SHINGLE_SIZE:
        grams = words
    else:
        grams = [
            " ".join(words[i : i + SHINGLE_SIZE]) for i in range(len(words) - SHINGLE_SIZE + 1)
        ]
    return {_hash64(g) for g in grams}


def _hash64(text: str) -> int:
    return int.from_bytes(
        hashlib.blake2b(text.encode(), digest_size=8).digest(), "big", signed=True
    )


def similar(common: int, size_a: int, size_b: int) -> bool:
    """Near-duplicates: Jaccard ≥ 0.5, or one (≥ 3 shingles) is mostly inside the other."""
    if not common:
        return False
    if common / (size_a + size_b - common) >= JACCARD_MIN:
        return True
    return min(size_a, size_b) >= 3 and common / min(size_a, size_b) >= CONTAINMENT_MIN


def speaker_key(entity_id: int | None, speaker_text: str | None) -> str:
    """Quotes group only under the same speaker: a global entity, else the speaker phrase."""
    if entity_id is not None:
        return f"entity:{entity_id}"
    if speaker_text:
        return f"text:{name_key(speaker_text)}"
    return "none"


def group_quote(conn: Connection, *, key: str, entity_id: int | None, text: str) -> int:
    """The group of the same quotation by the same speaker, created when there is none."""
    grams = shingles(text) or {_hash64(fold(text))}
    s = t.quote_shingles
    rows = conn.execute(
        select(s.c.group_id, func.count().label("common"), t.quote_groups.c.n_shingles)
        .join(t.quote_groups, t.quote_groups.c.id == s.c.group_id)
        .where(s.c.speaker_key == key, s.c.shingle.in_(sorted(grams)))
        .group_by(s.c.group_id, t.quote_groups.c.n_shingles)
    ).all()
    matches = [
        (row.common / (row.n_shingles + len(grams) - row.common), row.group_id)
        for row in rows
        if similar(row.common, row.n_shingles, len(grams))
    ]
    if matches:
        group_id = int(max(matches)[1])
        known = set(
            conn.execute(select(s.c.shingle).where(s.c.group_id == group_id)).scalars().all()
        )
        fresh = grams - known
        if fresh:
            conn.execute(
                insert(s),
                [{"group_id": group_id, "speaker_key": key, "shingle": h} for h in sorted(fresh)],
            )
        longer = conn.execute(
            select(func.length(t.quote_groups.c.text)).where(t.quote_groups.c.id == group_id)
        ).scalar_one()
        values: dict[str, object] = {"n_shingles": len(known | grams)}
        if len(text) > longer:
            values["text"] = text
        conn.execute(update(t.quote_groups).where(t.quote_groups.c.id == group_id).values(**values))
        return group_id
    result = conn.execute(
        insert(t.quote_groups).values(
            speaker_key=key,
            speaker_entity_id=entity_id,
            text=text,
            n_shingles=len(grams),
            n_reports=0,
            n_outlets=0,
        )
    )
    group_id = int(result.inserted_primary_key[0])  # type: ignore[index]
    conn.execute(
        insert(s), [{"group_id": group_id, "speaker_key": key, "shingle": h} for h in sorted(grams)]
    )
    return group_id


def refresh_groups(conn: Connection, group_ids: Iterable[int]) -> None:
    """Recount reports and outlets; drop groups with no report left."""
    q = t.quotes
    for gid in sorted(set(group_ids)):
        row = conn.execute(
            select(
                func.count().label("n"),
                # An article without an outlet counts as a source of its own.
                func.count(
                    func.distinct(
                        func.coalesce(
                            q.c.outlet, literal("article:") + cast(q.c.article_id, String)
                        )
                    )
                ).label("outlets"),
                func.min(q.c.published).label("first"),
            ).where(q.c.group_id == gid)
        ).one()
        if row.n:
            conn.execute(
                update(t.quote_groups)
                .where(t.quote_groups.c.id == gid)
                .values(n_reports=row.n, n_outlets=row.outlets, first_published=row.first)
            )
        else:
            conn.execute(delete(t.quote_shingles).where(t.quote_shingles.c.group_id == gid))
            conn.execute(delete(t.quote_groups).where(t.quote_groups.c.id == gid))


# -- events ---------------------------------------------------------------------


def event_day(date_value: str | None, published: str | None) -> str | None:
    """The day a report puts its event on: its own day-level date, else publication."""
    if date_value and re.match(r"^\d{4}-\d{2}-\d{2}", date_value):
        return date_value[:10]
    return published


def merge_event(
    conn: Connection,
    *,
    type: str,
    actor_id: int | None,
    recipient_id: int | None,
    place_id: int | None,
    day: str | None,
    status: str,
) -> int:
    """The event this report describes: same type, actor, recipient, place and a date
    within the window. A report naming no actor, recipient or place stays on its own.
    """
    e = t.events
    if day is not None and (actor_id, recipient_id, place_id) != (None, None, None):
        lo = (date.fromisoformat(day) - timedelta(days=EVENT_WINDOW_DAYS)).isoformat()
        hi = (date.fromisoformat(day) + timedelta(days=EVENT_WINDOW_DAYS)).isoformat()
        found = conn.execute(
            select(e.c.id)
            .where(
                e.c.type == type,
                _same(e.c.actor_entity_id, actor_id),
                _same(e.c.recipient_entity_id, recipient_id),
                _same(e.c.place_id, place_id),
                and_(e.c.date_min <= hi, e.c.date_max >= lo),
            )
            .order_by(e.c.id)
            .limit(1)
        ).scalar()
        if found is not None:
            conn.execute(
                update(e)
                .where(e.c.id == found)
                .values(
                    date_min=func.min(e.c.date_min, day)
                    if conn.dialect.name == "sqlite"
                    else func.least(e.c.date_min, day),
                    date_max=func.max(e.c.date_max, day)
                    if conn.dialect.name == "sqlite"
                    else func.greatest(e.c.date_max, day),
                )
            )
            return int(found)
    result = conn.execute(
        insert(e).values(
            type=type,
            actor_entity_id=actor_id,
            recipient_entity_id=recipient_id,
            place_id=place_id,
            date=day,
            date_min=day,
            date_max=day,
            status=status,
            n_reports=0,
            n_sources=0,
        )
    )
    return int(result.inserted_primary_key[0])  # type: ignore[index]


def _same(column, value):  # type: ignore[no-untyped-def]
    return column.is_(None) if value is None else column == value


def refresh_events(conn: Connection, event_ids: Iterable[int]) -> None:
    """Recount reports and sources, recompute date and status; drop empty events."""
    r = t.event_reports
    for eid in sorted(set(event_ids)):
        rows = conn.execute(
            select(r.c.status, r.c.outlet, r.c.article_id, r.c.date, r.c.published).where(
                r.c.event_id == eid
            )
        ).all()
        if not rows:
            conn.execute(delete(t.events).where(t.events.c.id == eid))
            continue
        days = sorted(d for row in rows if (d := event_day(row.date, row.published)))
        statuses = Counter(row.status for row in rows)
        conn.execute(
            update(t.events)
            .where(t.events.c.id == eid)
            .values(
                n_reports=len(rows),
                n_sources=len({row.outlet or f"article:{row.article_id}" for row in rows}),
                status=statuses.most_common(1)[0][0],
                date=days[0] if days else None,
                date_min=days[0] if days else None,
                date_max=days[-1] if days else None,
            )
        )
