"""Open a store: engine, connection settings, and Alembic migrations on open."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from newsgraph.errors import ConfigError
from newsgraph.store.url import normalise_url

log = logging.getLogger(__name__)


def migrations_dir() -> str:
    return str(resources.files("newsgraph.store").joinpath("migrations"))


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # WAL: readers never block the writer, and a killed process leaves the last
    # committed transaction intact; NORMAL sync is crash-safe in WAL mode.
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    # Bigger page cache and memory-mapped reads: queries on a large store hop between
    # quotes, articles and groups, and each hop is a page read.
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.execute("PRAGMA mmap_size=268435456")
    cursor.close()


class Store:
    """One database: SQLite (default ``./newsgraph.db``) or PostgreSQL.

    Opening runs any pending migration. Writes go through :meth:`transaction`, one per
    article; reads through :meth:`connect`.
    """

    def __init__(self, url: str | None = None, *, migrate: bool = True):
        self.url = normalise_url(url)
        # For messages: never print a password.
        self.display_url = make_url(self.url).render_as_string(hide_password=True)
        try:
            self.engine: Engine = create_engine(self.url, future=True)
        except (SQLAlchemyError, ImportError) as e:
            raise ConfigError(f"cannot open the store {self.display_url}: {e}") from e
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
            # pysqlite's legacy transaction handling skips BEGIN before DDL; take over
            # so migrations and writes are atomic too (SQLAlchemy's documented recipe).
            event.listen(self.engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))

            @event.listens_for(self.engine, "connect")
            def _no_autobegin(dbapi_conn: Any, _record: Any) -> None:
                dbapi_conn.isolation_level = None

        if migrate:
            self.migrate()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def migrate(self) -> None:
        """Bring the schema to the newest revision (a no-op when it is already there)."""
        from alembic import command
        from alembic.config import Config
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory

        cfg = Config()
        cfg.set_main_option("script_location", migrations_dir())
        head = ScriptDirectory.from_config(cfg).get_current_head()
        try:
            with self.engine.connect() as conn:
                current = MigrationContext.configure(conn).get_current_revision()
                if current == head:
                    return
            with self.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                log.info("migrating the store from %s to %s", current, head)
                command.upgrade(cfg, "head")
        except OperationalError as e:
            raise ConfigError(f"cannot open the store {self.display_url}: {e.orig}".strip()) from e

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One atomic unit of work: all of it is committed, or none of it."""
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
