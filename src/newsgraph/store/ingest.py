"""Write Records into the store, one article per transaction.

``store_record`` is the whole unit of work for one article: the article row, its
entity/place mentions, quotes, event reports, full-text rows and the cross-article
links they create. It either commits completely or not at all.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import Connection, delete, insert, select, text, update

from newsgraph.record import Record
from newsgraph.store import linking
from newsgraph.store import schema as t
from newsgraph.store.db import Store
from newsgraph.store.names import looks_like_name, name_key

log = logging.getLogger(__name__)

Outcome = Literal["added", "updated", "unchanged"]


def pipeline_version(info: dict[str, Any]) -> str:
    """What decides whether a stored article must be re-extracted."""
    if not info:
        return "unknown"
    parts = (info.get("name"), info.get("version"), info.get("model"), info.get("model_version"))
    return " ".join(str(p) for p in parts if p)


def content_hash(text_: str) -> str:
    return hashlib.sha1(text_.encode("utf-8")).hexdigest()


def identity(text_: str, url: str | None) -> str:
    return hashlib.sha1(f"{content_hash(text_)}\n{url or ''}".encode()).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def find_article(conn: Connection, *, text_: str, url: str | None) -> tuple[int, str, str] | None:
    """(row id, identity, pipeline version) of the stored copy of an article.

    Same text and URL: the same article. Same URL with other text: the article was
    updated and is replaced in place.
    """
    a = t.articles
    row = conn.execute(
        select(a.c.id, a.c.identity, a.c.pipeline_version).where(
            a.c.identity == identity(text_, url)
        )
    ).first()
    if row is None and url:
        row = conn.execute(
            select(a.c.id, a.c.identity, a.c.pipeline_version)
            .where(a.c.url == url)
            .order_by(a.c.id.desc())
            .limit(1)
        ).first()
    return (row.id, row.identity, row.pipeline_version) if row is not None else None


def is_current(store: Store, *, text_: str, url: str | None, version: str) -> bool:
    """True when this exact article is stored by this pipeline version (nothing to do)."""
    with store.connect() as conn:
        found = find_article(conn, text_=text_, url=url)
    return found is not None and found[1] == identity(text_, url) and found[2] == version


def store_record(store: Store, record: Record) -> Outcome:
    """Store one Record in its own transaction; re-storing an unchanged one is a no-op."""
    with store.transaction() as conn:
        return write_record(conn, record)


def write_record(conn: Connection, record: Record) -> Outcome:
    art = record.article
    version = pipeline_version(record.pipeline)
    found = find_article(conn, text_=art.text, url=art.url)
    if found is not None and found[1] == identity(art.text, art.url) and found[2] == version:
        return "unchanged"
    values = {
        "article_key": art.id,
        "identity": identity(art.text, art.url),
        "content_hash": content_hash(art.text),
        "url": art.url,
        "outlet": art.outlet,
        "published": art.published,
        "title": art.title,
        "language": art.language,
        "text": art.text,
        "pipeline_version": version,
        "record": record.to_json(),
        "ingested_at": _now(),
    }
    stale = _Stale()
    if found is not None:
        article_id = found[0]
        stale = _clear_article(conn, article_id)
        conn.execute(update(t.articles).where(t.articles.c.id == article_id).values(**values))
        outcome: Outcome = "updated"
    else:
        result = conn.execute(insert(t.articles), values)
        article_id = int(result.inserted_primary_key[0])  # type: ignore[index]
        outcome = "added"
    _Writer(conn, record, article_id).write(stale)
    return outcome


@dataclass
class _Stale:
    """Global rows an article pointed at before it was cleared: recounted afterwards."""

    entities: set[int] = field(default_factory=set)
    groups: set[int] = field(default_factory=set)
    events: set[int] = field(default_factory=set)
    places: set[int] = field(default_factory=set)


def _clear_article(conn: Connection, article_id: int) -> _Stale:
    stale = _Stale(
        entities=set(
            conn.execute(
                select(t.entity_mentions.c.entity_id).where(
                    t.entity_mentions.c.article_id == article_id
                )
            ).scalars()
        ),
        groups=set(
            conn.execute(
                select(t.quotes.c.group_id).where(t.quotes.c.article_id == article_id)
            ).scalars()
        ),
        events=set(
            conn.execute(
                select(t.event_reports.c.event_id).where(t.event_reports.c.article_id == article_id)
            ).scalars()
        ),
        places=set(
            conn.execute(
                select(t.place_mentions.c.place_id).where(
                    t.place_mentions.c.article_id == article_id
                )
            ).scalars()
        ),
    )
    if conn.dialect.name == "sqlite":
        quote_ids = list(
            conn.execute(select(t.quotes.c.id).where(t.quotes.c.article_id == article_id)).scalars()
        )
        conn.execute(text("DELETE FROM articles_fts WHERE rowid = :id"), {"id": article_id})
        for qid in quote_ids:
            conn.execute(text("DELETE FROM quotes_fts WHERE rowid = :id"), {"id": qid})
    for table in t.ARTICLE_CHILDREN:
        conn.execute(delete(table).where(table.c.article_id == article_id))
    return stale


class _Writer:
    """Writes one Record's items, mapping its local ids (e1, p1, q1) to global rows."""

    def __init__(self, conn: Connection, record: Record, article_id: int):
        self.conn = conn
        self.record = record
        self.article_id = article_id
        self.entity_ids: dict[str, int] = {}
        self.place_ids: dict[str, int] = {}
        self.quote_ids: dict[str, int] = {}
        self.dates = {d.id: (d.value, d.precision) for d in record.dates}

    def write(self, stale: _Stale) -> None:
        self.entities()
        self.places()
        groups = self.quotes()
        events = self.events()
        self.errors()
        if self.conn.dialect.name == "sqlite":
            art = self.record.article
            self.conn.execute(
                text("INSERT INTO articles_fts (rowid, title, text) VALUES (:id, :title, :text)"),
                {"id": self.article_id, "title": art.title or "", "text": art.text},
            )
        linking.refresh_groups(self.conn, stale.groups | groups)
        linking.refresh_events(self.conn, stale.events | events)
        linking.refresh_entities(self.conn, set(self.entity_ids.values()), stale=stale.entities)
        linking.drop_unused_places(self.conn, stale.places - set(self.place_ids.values()))

    def entities(self) -> None:
        rec = self.record
        by_id = {e.id: e for e in rec.entities}
        # Full names first, so a surname-only entity of the same article finds them.
        order = sorted(rec.entities, key=lambda e: -len(name_key(e.name).split()))
        resolver = linking.EntityResolver(
            self.conn, [e.name for e in rec.entities] + [a for e in rec.entities for a in e.aliases]
        )
        rows = []
        for ent in order:
            context = linking.EntityContext(
                roles={r.casefold().strip() for r in ent.roles if r.strip()},
                affiliations={name_key(by_id[a].name) for a in ent.affiliations if a in by_id},
            )
            aliases = [a for a in ent.aliases if looks_like_name(a)]
            gid = resolver.resolve(type=ent.type, name=ent.name, aliases=aliases, context=context)
            self.entity_ids[ent.id] = gid
            rows.append(
                {
                    "article_id": self.article_id,
                    "entity_id": gid,
                    "local_id": ent.id,
                    "type": ent.type,
                    "label": ent.label,
                    "name": ent.name,
                    "aliases": _json(ent.aliases),
                    "roles": _json(ent.roles),
                    "affiliations": _json([by_id[a].name for a in ent.affiliations if a in by_id]),
                    "spans": _json([[m.start, m.end] for m in ent.mentions]),
                    "n_spans": len(ent.mentions),
                }
            )
        resolver.flush()
        if rows:
            self.conn.execute(insert(t.entity_mentions), rows)
        affiliations = [
            {
                "article_id": self.article_id,
                "entity_id": self.entity_ids[ent.id],
                "affiliation_id": self.entity_ids[a],
            }
            for ent in rec.entities
            for a in ent.affiliations
            if a in self.entity_ids and self.entity_ids[a] != self.entity_ids[ent.id]
        ]
        if affiliations:
            self.conn.execute(insert(t.entity_affiliations), affiliations)

    def places(self) -> None:
        rows = []
        for place in self.record.places:
            pid = linking.resolve_place(
                self.conn,
                name=place.name,
                resolved_name=place.resolved_name,
                country=place.country,
                admin1=place.admin1,
                lat=place.lat,
                lon=place.lon,
                precision=place.precision,
                geonameid=place.geonameid,
            )
            self.place_ids[place.id] = pid
            rows.append(
                {
                    "article_id": self.article_id,
                    "place_id": pid,
                    "local_id": place.id,
                    "name": place.name,
                    "spans": _json([[m.start, m.end] for m in place.mentions]),
                }
            )
        if rows:
            self.conn.execute(insert(t.place_mentions), rows)

    def _entity(self, local: str | None) -> int | None:
        return self.entity_ids.get(local) if local else None

    def _date(self, local: str | None) -> tuple[str | None, str | None]:
        return self.dates.get(local, (None, None)) if local else (None, None)

    def quotes(self) -> set[int]:
        """Store the quotes; returns the groups that gained a report and need a recount."""
        art = self.record.article
        groups: set[int] = set()
        rows: list[dict[str, Any]] = []
        speakers = [
            (q, self._entity(q.speaker.entity if q.speaker else None)) for q in self.record.quotes
        ]
        grouper = linking.QuoteGrouper(
            self.conn,
            [
                (linking.speaker_key(sid, q.speaker.text if q.speaker else None), q.content.text)
                for q, sid in speakers
            ],
        )
        for quote in self.record.quotes:
            speaker = quote.speaker
            speaker_id = self._entity(speaker.entity if speaker else None)
            key = linking.speaker_key(speaker_id, speaker.text if speaker else None)
            group_id, created = grouper.group(
                key=key,
                entity_id=speaker_id,
                text=quote.content.text,
                published=art.published,
            )
            if not created:
                groups.add(group_id)
            rows.append(
                dict(
                    article_id=self.article_id,
                    group_id=group_id,
                    local_id=quote.id,
                    kind=quote.kind,
                    text=quote.content.text,
                    start=quote.content.start,
                    end=quote.content.end,
                    speaker_entity_id=speaker_id,
                    speaker_text=speaker.text if speaker else None,
                    speaker_start=speaker.start if speaker else None,
                    speaker_end=speaker.end if speaker else None,
                    speaker_kind=quote.speaker_kind,
                    cue=quote.cue.text if quote.cue else None,
                    addressee_entity_id=self._entity(
                        quote.addressee.entity if quote.addressee else None
                    ),
                    addressee_text=quote.addressee.text if quote.addressee else None,
                    channel=quote.channel,
                    via_text=quote.via.text if quote.via else None,
                    date=self._date(quote.date)[0],
                    place_id=self.place_ids.get(quote.place) if quote.place else None,
                    published=art.published,
                    outlet=art.outlet,
                )
            )
        real = grouper.flush()
        for row in rows:
            row["group_id"] = real.get(row["group_id"], row["group_id"])
        groups = {real.get(gid, gid) for gid in groups}
        if not rows:
            return groups
        # One multi-row INSERT … RETURNING; the ids come back in the rows' order.
        ids = self.conn.execute(
            insert(t.quotes).returning(t.quotes.c.id, sort_by_parameter_order=True), rows
        ).scalars()
        for row, qid in zip(rows, ids, strict=True):
            self.quote_ids[str(row["local_id"])] = qid
        if self.conn.dialect.name == "sqlite":
            self.conn.execute(
                text("INSERT INTO quotes_fts (rowid, text) VALUES (:id, :text)"),
                [{"id": self.quote_ids[str(r["local_id"])], "text": r["text"]} for r in rows],
            )
        return groups

    def events(self) -> set[int]:
        art = self.record.article
        places = {p.id: p for p in self.record.places}
        touched: set[int] = set()
        rows = []
        for ev in self.record.events:
            actor_id = self._entity(ev.actor.entity if ev.actor else None)
            recipient_id = self._entity(ev.recipient.entity if ev.recipient else None)
            place_id = self.place_ids.get(ev.place) if ev.place else None
            date_value, date_precision = self._date(ev.date)
            event_id, created = linking.merge_event(
                self.conn,
                type=ev.type,
                actor_id=actor_id,
                recipient_id=recipient_id,
                place_id=place_id,
                day=linking.event_day(date_value, art.published),
                status=ev.status,
            )
            if not created:
                touched.add(event_id)
            place = places.get(ev.place) if ev.place else None
            rows.append(
                {
                    "article_id": self.article_id,
                    "event_id": event_id,
                    "local_id": ev.id,
                    "type": ev.type,
                    "mode": ev.mode,
                    "status": ev.status,
                    "trigger_text": ev.trigger.text,
                    "trigger_start": ev.trigger.start,
                    "trigger_end": ev.trigger.end,
                    "actor_entity_id": actor_id,
                    "actor_text": ev.actor.text if ev.actor else None,
                    "actor_start": ev.actor.start if ev.actor else None,
                    "actor_end": ev.actor.end if ev.actor else None,
                    "actor_sector": ev.actor_sector,
                    "recipient_entity_id": recipient_id,
                    "recipient_text": ev.recipient.text if ev.recipient else None,
                    "recipient_start": ev.recipient.start if ev.recipient else None,
                    "recipient_end": ev.recipient.end if ev.recipient else None,
                    "recipient_sector": ev.recipient_sector,
                    "place_id": place_id,
                    "place_precision": ev.place_precision or (place.precision if place else None),
                    "date": date_value,
                    "date_precision": ev.date_precision or date_precision,
                    "quote_id": self.quote_ids.get(ev.quote) if ev.quote else None,
                    "pattern": ev.pattern,
                    "published": art.published,
                    "outlet": art.outlet,
                }
            )
        if rows:
            # Merging reads the events table (updated as we go), so reports can wait.
            self.conn.execute(insert(t.event_reports), rows)
        return touched

    def errors(self) -> None:
        now = _now()
        rows = [
            {
                "source": self.record.article.id,
                "article_id": self.article_id,
                "stage": err.stage,
                "code": err.code,
                "message": err.message,
                "count": 1,
                "first_seen": now,
                "last_seen": now,
            }
            for err in self.record.errors
        ]
        if rows:
            self.conn.execute(insert(t.errors), rows)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def record_input_error(store: Store, *, source: str | None, code: str, message: str) -> None:
    """Remember a document that could not be read or stored; a repeat bumps its count."""
    e = t.errors
    with store.transaction() as conn:
        found = conn.execute(
            select(e.c.id).where(
                e.c.source == source,
                e.c.code == code,
                e.c.message == message,
                e.c.article_id.is_(None),
            )
        ).scalar()
        if found is not None:
            conn.execute(
                update(e).where(e.c.id == found).values(count=e.c.count + 1, last_seen=_now())
            )
        else:
            now = _now()
            conn.execute(
                insert(e).values(
                    source=source,
                    code=code,
                    message=message,
                    count=1,
                    first_seen=now,
                    last_seen=now,
                )
            )


@dataclass
class IngestReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "failed": self.failed,
        }


def ingest(
    items: Iterable[Any],
    *,
    store: Store,
    pipeline: Any,
    batch_size: int = 16,
) -> IngestReport:
    """Extract and store articles; ``items`` are Articles or per-document errors.

    Articles already stored by this pipeline version are skipped before parsing, so
    re-running an interrupted ingest only does the missing work. Per-document errors
    (unreadable input, a failing write) go to the ``errors`` table; the batch goes on.
    """
    from newsgraph.article import Article
    from newsgraph.errors import NewsgraphError

    report = IngestReport()
    version = pipeline_version(pipeline.info)

    def todo() -> Iterator[Article]:
        for item in items:
            if isinstance(item, NewsgraphError):
                report.failed += 1
                record_input_error(store, source=item.source, code=item.code, message=item.message)
                continue
            if is_current(store, text_=item.text, url=item.url, version=version):
                report.unchanged += 1
                continue
            yield item

    for record in pipeline.pipe(todo(), batch_size=batch_size):
        try:
            outcome = store_record(store, record)
        except Exception as e:  # one bad document never stops the batch
            log.exception("cannot store %s", record.article.id)
            report.failed += 1
            record_input_error(
                store,
                source=record.article.id,
                code="store_failed",
                message=f"{type(e).__name__}: {e}",
            )
            continue
        setattr(report, outcome, getattr(report, outcome) + 1)
    return report
