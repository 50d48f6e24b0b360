"""Export the store as flat tables (JSONL, CSV, Parquet); columns in docs/store.md.

Events are exported one row per report, GDELT-Mentions style: each row carries the
merged event's id and number of sources plus its own outlet, URL and offsets.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO, Any

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from newsgraph.errors import ConfigError
from newsgraph.store import schema as t
from newsgraph.store.db import Store

WHAT = ("quotes", "events", "entities", "articles")
FORMATS = ("jsonl", "csv", "parquet")

EVENT_COLUMNS = (
    "event_id", "report_id", "article", "event_date", "event_date_precision",
    "actor_name", "actor_id", "actor_type", "actor_sector",
    "recipient_name", "recipient_id", "recipient_type", "recipient_sector",
    "plover_type", "plover_mode", "plover_status", "trigger",
    "place_name", "place_admin1", "place_country", "place_lat", "place_lon", "place_precision",
    "source_outlet", "source_url", "published", "n_sources", "n_reports",
    "trigger_start", "trigger_end", "actor_start", "actor_end", "recipient_start", "recipient_end",
)  # fmt: skip
QUOTE_COLUMNS = (
    "quote_id", "group_id", "n_outlets", "article", "published", "outlet", "url",
    "speaker", "speaker_id", "speaker_text", "speaker_kind", "kind", "text", "cue",
    "addressee", "addressee_id", "channel", "via", "date", "place", "start", "end",
)  # fmt: skip
ENTITY_COLUMNS = ("entity_id", "type", "name", "names", "n_mentions", "n_articles", "roles")
ARTICLE_COLUMNS = (
    "article", "url", "outlet", "published", "title", "language", "pipeline_version",
    "ingested_at", "text",
)  # fmt: skip
COLUMNS = {
    "events": EVENT_COLUMNS,
    "quotes": QUOTE_COLUMNS,
    "entities": ENTITY_COLUMNS,
    "articles": ARTICLE_COLUMNS,
}


def rows(store: Store, what: str) -> Iterator[dict[str, Any]]:
    """Every row of one export table, as dicts keyed by ``COLUMNS[what]``."""
    if what not in WHAT:
        raise ConfigError(f"unknown export {what!r}; choose one of {', '.join(WHAT)}")
    yield from {
        "events": _events,
        "quotes": _quotes,
        "entities": _entities,
        "articles": _articles,
    }[what](store)


def _events(store: Store) -> Iterator[dict[str, Any]]:
    r, ev, p, a = t.event_reports, t.events, t.places, t.articles
    actor, recipient = aliased(t.entities), aliased(t.entities)
    query = (
        select(
            ev.c.id.label("event_id"),
            r.c.id.label("report_id"),
            a.c.article_key.label("article"),
            func.coalesce(r.c.date, ev.c.date).label("event_date"),
            r.c.date_precision.label("event_date_precision"),
            func.coalesce(actor.c.name, r.c.actor_text).label("actor_name"),
            r.c.actor_entity_id.label("actor_id"),
            actor.c.type.label("actor_type"),
            r.c.actor_sector,
            func.coalesce(recipient.c.name, r.c.recipient_text).label("recipient_name"),
            r.c.recipient_entity_id.label("recipient_id"),
            recipient.c.type.label("recipient_type"),
            r.c.recipient_sector,
            r.c.type.label("plover_type"),
            r.c.mode.label("plover_mode"),
            r.c.status.label("plover_status"),
            r.c.trigger_text.label("trigger"),
            p.c.name.label("place_name"),
            p.c.admin1.label("place_admin1"),
            p.c.country.label("place_country"),
            p.c.lat.label("place_lat"),
            p.c.lon.label("place_lon"),
            func.coalesce(r.c.place_precision, p.c.precision).label("place_precision"),
            r.c.outlet.label("source_outlet"),
            a.c.url.label("source_url"),
            r.c.published,
            ev.c.n_sources,
            ev.c.n_reports,
            r.c.trigger_start,
            r.c.trigger_end,
            r.c.actor_start,
            r.c.actor_end,
            r.c.recipient_start,
            r.c.recipient_end,
        )
        .join(ev, ev.c.id == r.c.event_id)
        .join(a, a.c.id == r.c.article_id)
        .outerjoin(p, p.c.id == r.c.place_id)
        .outerjoin(actor, actor.c.id == r.c.actor_entity_id)
        .outerjoin(recipient, recipient.c.id == r.c.recipient_entity_id)
        .order_by(ev.c.id, r.c.id)
    )
    yield from _stream(store, query)


def _quotes(store: Store) -> Iterator[dict[str, Any]]:
    q, g, a, p = t.quotes, t.quote_groups, t.articles, t.places
    speaker, addressee = aliased(t.entities), aliased(t.entities)
    query = (
        select(
            q.c.id.label("quote_id"),
            q.c.group_id,
            g.c.n_outlets,
            a.c.article_key.label("article"),
            q.c.published,
            q.c.outlet,
            a.c.url,
            func.coalesce(speaker.c.name, q.c.speaker_text).label("speaker"),
            q.c.speaker_entity_id.label("speaker_id"),
            q.c.speaker_text,
            q.c.speaker_kind,
            q.c.kind,
            q.c.text,
            q.c.cue,
            func.coalesce(addressee.c.name, q.c.addressee_text).label("addressee"),
            q.c.addressee_entity_id.label("addressee_id"),
            q.c.channel,
            q.c.via_text.label("via"),
            q.c.date,
            p.c.name.label("place"),
            q.c.start,
            q.c.end,
        )
        .join(g, g.c.id == q.c.group_id)
        .join(a, a.c.id == q.c.article_id)
        .outerjoin(speaker, speaker.c.id == q.c.speaker_entity_id)
        .outerjoin(addressee, addressee.c.id == q.c.addressee_entity_id)
        .outerjoin(p, p.c.id == q.c.place_id)
        .order_by(q.c.id)
    )
    yield from _stream(store, query)


def _entities(store: Store) -> Iterator[dict[str, Any]]:
    e, m = t.entities, t.entity_mentions
    with store.connect() as conn:
        variants: dict[int, list[str]] = {}
        roles: dict[int, list[str]] = {}
        for entity_id, name, role_json in conn.execute(
            select(m.c.entity_id, m.c.name, m.c.roles).order_by(m.c.id)
        ):
            names = variants.setdefault(entity_id, [])
            if name not in names:
                names.append(name)
            for role in json.loads(role_json):
                if role not in roles.setdefault(entity_id, []):
                    roles[entity_id].append(role)
        for row in conn.execute(select(e).order_by(e.c.id)):
            yield {
                "entity_id": row.id,
                "type": row.type,
                "name": row.name,
                "names": "; ".join(variants.get(row.id, [])),
                "n_mentions": row.n_mentions,
                "n_articles": row.n_articles,
                "roles": "; ".join(roles.get(row.id, [])),
            }


def _articles(store: Store) -> Iterator[dict[str, Any]]:
    a = t.articles
    query = select(
        a.c.article_key.label("article"),
        a.c.url,
        a.c.outlet,
        a.c.published,
        a.c.title,
        a.c.language,
        a.c.pipeline_version,
        a.c.ingested_at,
        a.c.text,
    ).order_by(a.c.id)
    yield from _stream(store, query)


def _stream(store: Store, query: Any) -> Iterator[dict[str, Any]]:
    with store.connect() as conn:
        for row in conn.execution_options(yield_per=1000).execute(query):
            yield dict(row._mapping)


def write(store: Store, *, what: str, format: str, stream: IO[Any]) -> int:
    """Write one export table to ``stream`` (binary for parquet); returns the row count."""
    if format not in FORMATS:
        raise ConfigError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    columns = COLUMNS.get(what, ())
    count = 0
    if format == "jsonl":
        for row in rows(store, what):
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    elif format == "csv":
        writer = csv.DictWriter(stream, fieldnames=list(columns))
        writer.writeheader()
        for row in rows(store, what):
            writer.writerow(row)
            count += 1
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        data = list(rows(store, what))
        count = len(data)
        table = (
            pa.Table.from_pylist(data)
            if data
            else pa.table({c: pa.array([], pa.string()) for c in columns})
        )
        pq.write_table(table, stream)
    return count
