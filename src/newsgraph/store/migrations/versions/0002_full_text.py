"""full-text search: FTS5 tables on SQLite, tsvector GIN indexes on PostgreSQL

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The same expressions are used by queries.py so PostgreSQL can use the indexes.
PG_ARTICLE_TSV = "to_tsvector('english', coalesce(title, '') || ' ' || text)"
PG_QUOTE_TSV = "to_tsvector('english', text)"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # Rows are kept in step by the ingest code (rowid = articles.id / quotes.id).
        op.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(title, text)")
        op.execute("CREATE VIRTUAL TABLE quotes_fts USING fts5(text)")
    else:
        op.execute(f"CREATE INDEX ix_articles_tsv ON articles USING gin ({PG_ARTICLE_TSV})")
        op.execute(f"CREATE INDEX ix_quotes_tsv ON quotes USING gin ({PG_QUOTE_TSV})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE quotes_fts")
        op.execute("DROP TABLE articles_fts")
    else:
        op.execute("DROP INDEX ix_quotes_tsv")
        op.execute("DROP INDEX ix_articles_tsv")
