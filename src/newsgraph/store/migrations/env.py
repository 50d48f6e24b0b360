"""Alembic environment: the store passes its open connection in ``config.attributes``."""

from __future__ import annotations

from alembic import context

from newsgraph.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for ``alembic`` run by hand
    from sqlalchemy import create_engine

    from newsgraph.store.url import normalise_url

    url = context.config.get_main_option("sqlalchemy.url")
    connection = create_engine(normalise_url(url)).connect()

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
