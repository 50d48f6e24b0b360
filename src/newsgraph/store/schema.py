"""The store's tables (SQLAlchemy Core). docs/store.md describes every column.

The Alembic migrations under ``migrations/versions`` create these tables; a test checks
that the migrated database and this metadata never drift apart. Dates are ISO strings
(``YYYY-MM-DD``, or shorter for coarser precision), which sort and compare correctly on
both backends.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_key", String(200), nullable=False),  # the Record's article.id
    # sha1 of content hash + URL: the same text at another URL (syndicated copy) is
    # another article; the same URL with new text is the same article, updated.
    Column("identity", String(40), nullable=False, unique=True),
    Column("content_hash", String(40), nullable=False),
    Column("url", Text),
    Column("outlet", String(300)),
    Column("published", String(10)),
    Column("title", Text),
    Column("language", String(10)),
    Column("text", Text, nullable=False),
    Column("pipeline_version", String(200), nullable=False),
    Column("record", Text, nullable=False),  # the Record as JSON, for re-export
    Column("ingested_at", String(32), nullable=False),
    Index("ix_articles_url", "url"),
    Index("ix_articles_content_hash", "content_hash"),
    Index("ix_articles_published", "published"),
    Index("ix_articles_outlet", "outlet"),
)

entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("type", String(10), nullable=False),
    Column("name", String(300), nullable=False),
    Column("norm", String(300), nullable=False),
    Column("n_mentions", Integer, nullable=False, default=0),
    Column("n_articles", Integer, nullable=False, default=0),
    Column("context", Text, nullable=False, default="{}"),  # roles/affiliations seen, JSON
    Index("ix_entities_norm", "norm"),
)

entity_names = Table(
    "entity_names",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("entity_id", Integer, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    Column("norm", String(300), nullable=False),
    Column("kind", String(10), nullable=False),  # full | alias | surname
    Index("ix_entity_names_norm", "norm"),
    Index("ix_entity_names_entity", "entity_id"),
)

entity_mentions = Table(
    "entity_mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False),
    Column("local_id", String(20), nullable=False),
    Column("type", String(10), nullable=False),
    Column("label", String(20)),
    Column("name", String(300), nullable=False),
    Column("aliases", Text, nullable=False),  # JSON list
    Column("roles", Text, nullable=False),  # JSON list
    Column("affiliations", Text, nullable=False),  # JSON list of names
    Column("spans", Text, nullable=False),  # JSON [[start, end], ...]
    Column("n_spans", Integer, nullable=False),
    Index("ix_entity_mentions_article", "article_id"),
    Index("ix_entity_mentions_entity", "entity_id"),
)

entity_affiliations = Table(
    "entity_affiliations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False),
    Column("affiliation_id", Integer, ForeignKey("entities.id"), nullable=False),
    Index("ix_entity_affiliations_entity", "entity_id"),
    Index("ix_entity_affiliations_article", "article_id"),
)

places = Table(
    "places",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(300), nullable=False, unique=True),
    Column("name", String(300), nullable=False),
    Column("norm", String(300), nullable=False),
    Column("resolved_name", String(300)),
    Column("country", String(100)),
    Column("admin1", String(200)),
    Column("lat", Float),
    Column("lon", Float),
    Column("precision", String(10), nullable=False),
    Column("geonameid", BigInteger),
    Index("ix_places_norm", "norm"),
)

place_mentions = Table(
    "place_mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("place_id", Integer, ForeignKey("places.id"), nullable=False),
    Column("local_id", String(20), nullable=False),
    Column("name", String(300), nullable=False),
    Column("spans", Text, nullable=False),
    Index("ix_place_mentions_article", "article_id"),
    Index("ix_place_mentions_place", "place_id"),
)

quote_groups = Table(
    "quote_groups",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("speaker_key", String(320), nullable=False),
    Column("speaker_entity_id", Integer, ForeignKey("entities.id")),
    Column("text", Text, nullable=False),  # the longest report's content
    Column("n_shingles", Integer, nullable=False),
    Column("n_reports", Integer, nullable=False, default=0),
    Column("n_outlets", Integer, nullable=False, default=0),
    Column("first_published", String(10)),
    Index("ix_quote_groups_speaker", "speaker_key"),
)

quote_shingles = Table(
    "quote_shingles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("group_id", Integer, ForeignKey("quote_groups.id", ondelete="CASCADE"), nullable=False),
    Column("speaker_key", String(320), nullable=False),
    Column("shingle", BigInteger, nullable=False),
    Index("ix_quote_shingles_lookup", "speaker_key", "shingle"),
    Index("ix_quote_shingles_group", "group_id"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("group_id", Integer, ForeignKey("quote_groups.id"), nullable=False),
    Column("local_id", String(20), nullable=False),
    Column("kind", String(10), nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("speaker_entity_id", Integer, ForeignKey("entities.id")),
    Column("speaker_text", String(500)),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("speaker_kind", String(20)),
    Column("cue", String(200)),
    Column("addressee_entity_id", Integer, ForeignKey("entities.id")),
    Column("addressee_text", String(500)),
    Column("channel", String(20)),
    Column("via_text", String(500)),
    Column("date", String(32)),
    Column("place_id", Integer, ForeignKey("places.id")),
    Column("published", String(10)),  # copied from the article: the index serves date filters
    Column("outlet", String(300)),
    Index("ix_quotes_speaker", "speaker_entity_id", "published"),
    Index("ix_quotes_article", "article_id"),
    Index("ix_quotes_group", "group_id"),
    Index("ix_quotes_published", "published"),
    Index("ix_quotes_addressee", "addressee_entity_id"),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("type", String(40), nullable=False),
    Column("actor_entity_id", Integer, ForeignKey("entities.id")),
    Column("recipient_entity_id", Integer, ForeignKey("entities.id")),
    Column("place_id", Integer, ForeignKey("places.id")),
    Column("date", String(32)),  # the earliest day-level date among the reports
    Column("date_min", String(10)),
    Column("date_max", String(10)),
    Column("status", String(20), nullable=False),
    Column("n_reports", Integer, nullable=False, default=0),
    Column("n_sources", Integer, nullable=False, default=0),
    Index("ix_events_key", "type", "actor_entity_id", "recipient_entity_id", "place_id"),
    Index("ix_events_place", "place_id"),
    Index("ix_events_actor", "actor_entity_id"),
    Index("ix_events_recipient", "recipient_entity_id"),
)

event_reports = Table(
    "event_reports",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("event_id", Integer, ForeignKey("events.id"), nullable=False),
    Column("local_id", String(20), nullable=False),
    Column("type", String(40), nullable=False),
    Column("mode", String(40)),
    Column("status", String(20), nullable=False),
    Column("trigger_text", String(300), nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("actor_entity_id", Integer, ForeignKey("entities.id")),
    Column("actor_text", String(500)),
    Column("actor_start", Integer),
    Column("actor_end", Integer),
    Column("actor_sector", String(40)),
    Column("recipient_entity_id", Integer, ForeignKey("entities.id")),
    Column("recipient_text", String(500)),
    Column("recipient_start", Integer),
    Column("recipient_end", Integer),
    Column("recipient_sector", String(40)),
    Column("place_id", Integer, ForeignKey("places.id")),
    Column("place_precision", String(10)),
    Column("date", String(32)),
    Column("date_precision", String(10)),
    Column("quote_id", Integer, ForeignKey("quotes.id")),
    Column("pattern", String(200)),
    Column("published", String(10)),
    Column("outlet", String(300)),
    Index("ix_event_reports_article", "article_id"),
    Index("ix_event_reports_event", "event_id"),
    Index("ix_event_reports_actor", "actor_entity_id"),
    Index("ix_event_reports_recipient", "recipient_entity_id"),
)

errors = Table(
    "errors",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source", Text),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE")),
    Column("stage", String(40)),
    Column("code", String(40), nullable=False),
    Column("message", Text, nullable=False),
    Column("count", Integer, nullable=False, default=1),
    Column("first_seen", String(32), nullable=False),
    Column("last_seen", String(32), nullable=False),
    Index("ix_errors_source", "source"),
)

# Tables whose rows belong to one article: removed before that article is re-extracted.
ARTICLE_CHILDREN = (
    event_reports,
    quotes,
    place_mentions,
    entity_affiliations,
    entity_mentions,
    errors,
)
