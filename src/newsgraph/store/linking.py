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
    bindparam,
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


@dataclass
class _Known:
    type: str
    norm: str
    context: dict[str, list[str]]
    names: set[tuple[str, str]] = field(default_factory=set)
    dirty: dict[str, object] = field(default_factory=dict)


class EntityResolver:
    """Links one article's entities to global ones with one lookup query.

    ``resolve`` is the rule; ``flush`` writes the new names and context. Entities
    created for this article are visible to its later entities.
    """

    def __init__(self, conn: Connection, names: Iterable[str]):
        self.conn = conn
        keys: set[str] = set()
        for name in names:
            key = name_key(name)
            if key:
                keys.add(key)
                if surname := surname_key(key):
                    keys.add(surname)
        self.by_name: dict[tuple[str, str], set[int]] = {}
        self.known: dict[int, _Known] = {}
        self.new_names: list[dict[str, object]] = []
        if keys:
            n, e = t.entity_names, t.entities
            rows = conn.execute(
                select(n.c.norm, n.c.kind, e.c.id, e.c.type, e.c.norm.label("enorm"), e.c.context)
                .join(e, e.c.id == n.c.entity_id)
                .where(n.c.norm.in_(sorted(keys)))
            ).all()
            ids = {row.id for row in rows}
            for row in rows:
                if row.id not in self.known:
                    self.known[row.id] = _Known(row.type, row.enorm, json.loads(row.context))
            # Every name of those entities, so new variants are not inserted twice.
            if ids:
                for norm, kind, eid in conn.execute(
                    select(n.c.norm, n.c.kind, n.c.entity_id).where(n.c.entity_id.in_(sorted(ids)))
                ):
                    self._index(eid, norm, kind)

    def _index(self, eid: int, norm: str, kind: str) -> None:
        self.by_name.setdefault((norm, kind), set()).add(eid)
        self.known[eid].names.add((norm, kind))

    def _candidates(
        self, keys: Iterable[str], types: tuple[str, ...], kinds: tuple[str, ...]
    ) -> dict[int, dict[str, list[str]]]:
        found = {eid for key in keys for kind in kinds for eid in self.by_name.get((key, kind), ())}
        return {eid: self.known[eid].context for eid in found if self.known[eid].type in types}

    def resolve(
        self, *, type: str, name: str, aliases: Iterable[str], context: EntityContext
    ) -> int:
        """The global id for an article's entity, creating the entity when it is new.

        A name (or alias) matches a known name of a compatible type; a surname alone
        matches a known full name only when exactly one person fits (or the article's
        roles/affiliations single one out); a full name adopts a surname-only entity
        when no other person has that surname. Among equal names, context decides.
        """
        key = name_key(name) or fold(name).strip()
        types = COMPATIBLE_TYPES.get(type, (type,))
        alias_keys = {k for k in (name_key(a) for a in aliases) if k}
        exact = self._candidates({key} | alias_keys, types, ("full", "alias"))
        chosen: int | None = None
        if type == "PERSON" and len(key.split()) == 1:
            pool = {**exact, **self._candidates({key}, types, ("surname",))}
            if len(pool) == 1:
                chosen = next(iter(pool))
            elif pool:
                chosen = _best_by_context(pool, context)
                if chosen is None and exact:
                    chosen = min(exact)  # the surname is ambiguous: keep it on its own entity
        elif exact:
            chosen = next(iter(exact)) if len(exact) == 1 else _best_by_context(exact, context)
            if chosen is None:
                chosen = min(exact)
        elif type == "PERSON" and (surname := surname_key(key)):
            single = self._candidates({surname}, types, ("full",))
            others = self._candidates({surname}, types, ("surname",))
            if len(single) == 1 and not others:
                chosen = next(iter(single))
        if chosen is None:
            chosen = self._create(type=type, name=name, key=key)
        self._remember(
            chosen, type=type, name=name, key=key, alias_keys=alias_keys, context=context
        )
        return chosen

    def _create(self, *, type: str, name: str, key: str) -> int:
        result = self.conn.execute(
            _INSERT_ENTITY,
            {
                "type": type,
                "name": name,
                "norm": key,
                "n_mentions": 0,
                "n_articles": 0,
                "context": "{}",
            },
        )
        eid = int(result.inserted_primary_key[0])  # type: ignore[index]
        self.known[eid] = _Known(type, key, {})
        return eid

    def _remember(
        self,
        eid: int,
        *,
        type: str,
        name: str,
        key: str,
        alias_keys: set[str],
        context: EntityContext,
    ) -> None:
        """Index new name variants and context; a full name replaces a surname-only one."""
        known = self.known[eid]
        wanted = {(key, "full")} | {(k, "alias") for k in alias_keys if k != key}
        if type == "PERSON":
            wanted |= {(s, "surname") for k, _ in list(wanted) if (s := surname_key(k))}
        for norm, kind in sorted(wanted - known.names):
            self._index(eid, norm, kind)
            self.new_names.append({"entity_id": eid, "norm": norm, "kind": kind})
        merged = {
            "roles": _capped(known.context.get("roles", []), context.roles),
            "affiliations": _capped(known.context.get("affiliations", []), context.affiliations),
        }
        if merged != known.context:
            known.context = merged
            known.dirty["context"] = json.dumps(merged, ensure_ascii=False)
        if known.type == "PERSON" and len(key.split()) > len(known.norm.split()):
            known.norm = key
            known.dirty.update(name=name, norm=key)

    def flush(self) -> None:
        if self.new_names:
            self.conn.execute(insert(t.entity_names), self.new_names)
            self.new_names = []
        for eid, known in self.known.items():
            if known.dirty:
                # Prebuilt statements: building one per row costs more than running it.
                params: dict[str, object] = {
                    "eid": eid,
                    "new_context": json.dumps(known.context, ensure_ascii=False),
                }
                if set(known.dirty) != {"context"}:
                    params.update(new_name=known.dirty["name"], new_norm=known.norm)
                self.conn.execute(
                    _UPDATE_NAMED if "new_name" in params else _UPDATE_CONTEXT, params
                )
                known.dirty = {}


_INSERT_ENTITY = insert(t.entities)
_UPDATE_CONTEXT = (
    update(t.entities)
    .where(t.entities.c.id == bindparam("eid"))
    .values(context=bindparam("new_context"))
)
_UPDATE_NAMED = (
    update(t.entities)
    .where(t.entities.c.id == bindparam("eid"))
    .values(
        context=bindparam("new_context"), name=bindparam("new_name"), norm=bindparam("new_norm")
    )
)


def _best_by_context(pool: dict[int, dict[str, list[str]]], context: EntityContext) -> int | None:
    scored = sorted(((context.score(known), -eid) for eid, known in pool.items()), reverse=True)
    if scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return -scored[0][1]
    return None


def _capped(old: list[str], new: set[str]) -> list[str]:
    return (old + sorted(new - set(old)))[:CONTEXT_CAP]


def refresh_entities(
    conn: Connection, entity_ids: Iterable[int], *, stale: Iterable[int] = ()
) -> None:
    """Recount mentions of ``entity_ids``; drop ``stale`` entities no article mentions now."""
    ids = sorted(set(entity_ids))
    m, e = t.entity_mentions, t.entities
    if ids:
        conn.execute(
            update(e)
            .where(e.c.id.in_(ids))
            .values(
                n_mentions=select(func.coalesce(func.sum(m.c.n_spans), 0))
                .where(m.c.entity_id == e.c.id)
                .scalar_subquery(),
                n_articles=select(func.count(func.distinct(m.c.article_id)))
                .where(m.c.entity_id == e.c.id)
                .scalar_subquery(),
            )
        )
    gone = sorted(set(stale) - set(ids))
    if gone:
        unused = list(
            conn.execute(
                select(e.c.id).where(
                    e.c.id.in_(gone), ~select(m.c.id).where(m.c.entity_id == e.c.id).exists()
                )
            ).scalars()
        )
        if unused:
            conn.execute(delete(t.entity_names).where(t.entity_names.c.entity_id.in_(unused)))
            conn.execute(delete(e).where(e.c.id.in_(unused)))


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
        insert(t.places),
        dict(
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
        ),
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


class QuoteGrouper:
    """Groups one article's quotes with one lookup query.

    ``group`` is the rule (same speaker key, near-duplicate shingles); ``flush`` writes
    the new shingles and group sizes. Groups made for this article's earlier quotes
    are candidates for its later ones.
    """

    def __init__(self, conn: Connection, items: Iterable[tuple[str, str]]):
        self.conn = conn
        self.index: dict[tuple[str, int], set[int]] = {}
        self.size: dict[int, int] = {}
        self.text_len: dict[int, int] = {}
        self.pending: list[dict[str, object]] = []
        self.updates: dict[int, dict[str, object]] = {}
        self.new_groups: list[dict[str, object]] = []
        pairs = list(items)
        keys = sorted({key for key, _ in pairs})
        grams = sorted({h for _, text in pairs for h in quote_shingles(text)})
        if not keys or not grams:
            return
        s, g = t.quote_shingles, t.quote_groups
        for group_id, key, shingle in conn.execute(
            select(s.c.group_id, s.c.speaker_key, s.c.shingle).where(
                s.c.speaker_key.in_(keys), s.c.shingle.in_(grams)
            )
        ):
            self.index.setdefault((key, shingle), set()).add(group_id)
        found = sorted({gid for ids in self.index.values() for gid in ids})
        if found:
            for gid, n, length in conn.execute(
                select(g.c.id, g.c.n_shingles, func.length(g.c.text)).where(g.c.id.in_(found))
            ):
                self.size[gid], self.text_len[gid] = n, length

    def group(
        self, *, key: str, entity_id: int | None, text: str, published: str | None
    ) -> tuple[int, bool]:
        """The group of the same quotation by the same speaker, and whether it is new.

        A new group is written already counted (one report, one outlet), so only groups
        that gained a report need :func:`refresh_groups`.
        """
        grams = quote_shingles(text)
        common = Counter(gid for h in grams for gid in self.index.get((key, h), ()))
        matches = [
            (n / (self.size[gid] + len(grams) - n), gid)
            for gid, n in common.items()
            if similar(n, self.size[gid], len(grams))
        ]
        if matches:
            gid = max(matches)[1]
            fresh = sorted(h for h in grams if gid not in self.index.get((key, h), ()))
            self._add(gid, key, fresh)
            self.size[gid] += len(fresh)
            update_ = self.updates.setdefault(gid, {})
            update_["new_n"] = self.size[gid]
            if len(text) > self.text_len[gid]:
                self.text_len[gid] = len(text)
                update_["new_text"] = text
            return gid, False
        # A new group gets a temporary negative id until flush() inserts them all at once.
        gid = -(len(self.new_groups) + 1)
        self.new_groups.append(
            {
                "speaker_key": key,
                "speaker_entity_id": entity_id,
                "text": text,
                "n_shingles": len(grams),
                "n_reports": 1,
                "n_outlets": 1,
                "first_published": published,
            }
        )
        self.size[gid], self.text_len[gid] = len(grams), len(text)
        self._add(gid, key, sorted(grams))
        return gid, True

    def _add(self, gid: int, key: str, grams: list[int]) -> None:
        for h in grams:
            self.index.setdefault((key, h), set()).add(gid)
            self.pending.append({"group_id": gid, "speaker_key": key, "shingle": h})

    def flush(self) -> dict[int, int]:
        """Write new groups, shingles and sizes; returns temporary id → group id."""
        real: dict[int, int] = {}
        if self.new_groups:
            g = t.quote_groups
            ids = self.conn.execute(
                insert(g).returning(g.c.id, sort_by_parameter_order=True), self.new_groups
            ).scalars()
            real = {-(i + 1): int(gid) for i, gid in enumerate(ids)}
            self.new_groups = []
        if self.pending:
            for row in self.pending:
                row["group_id"] = real.get(row["group_id"], row["group_id"])  # type: ignore[call-overload]
            self.conn.execute(insert(t.quote_shingles), self.pending)
            self.pending = []
        for gid, values in self.updates.items():
            stmt = _UPDATE_GROUP_TEXT if "new_text" in values else _UPDATE_GROUP_SIZE
            self.conn.execute(stmt, {"gid": real.get(gid, gid), **values})
        self.updates = {}
        return real


def quote_shingles(text: str) -> set[int]:
    """Shingles of a quote; a quote without words is keyed by its whole folded text."""
    return shingles(text) or {_hash64(fold(text))}


_UPDATE_GROUP_SIZE = (
    update(t.quote_groups)
    .where(t.quote_groups.c.id == bindparam("gid"))
    .values(n_shingles=bindparam("new_n"))
)
_UPDATE_GROUP_TEXT = (
    update(t.quote_groups)
    .where(t.quote_groups.c.id == bindparam("gid"))
    .values(n_shingles=bindparam("new_n"), text=bindparam("new_text"))
)


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
) -> tuple[int, bool]:
    """The event this report describes, and whether it is new: same type, actor,
    recipient, place and a date within the window. A report naming no actor,
    recipient or place stays on its own. A new event is written already counted.
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
            return int(found), False
    result = conn.execute(
        insert(e),
        {
            "type": type,
            "actor_entity_id": actor_id,
            "recipient_entity_id": recipient_id,
            "place_id": place_id,
            "date": day,
            "date_min": day,
            "date_max": day,
            "status": status,
            "n_reports": 1,
            "n_sources": 1,
        },
    )
    return int(result.inserted_primary_key[0]), True  # type: ignore[index]


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
