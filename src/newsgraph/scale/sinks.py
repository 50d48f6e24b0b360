"""Where a runner puts results: the store, or nowhere (benchmarks).

The runner's parent process is the only writer; a sink is called from it alone.
"""

from __future__ import annotations

from typing import Any, Protocol

from newsgraph.article import Article
from newsgraph.record import Record


class Sink(Protocol):
    def set_pipeline(self, info: dict[str, Any]) -> None:
        """The workers' pipeline identity, known once the first worker has loaded."""

    def is_current(self, article: Article) -> bool:
        """True when this article is already stored by this pipeline (skip it)."""

    def write(self, record: Record) -> str:
        """Store one Record in its own transaction; returns added/updated/unchanged."""

    def error(self, *, source: str | None, code: str, message: str) -> None:
        """Remember a document that could not be read, extracted or stored."""


class NullSink:
    """Keeps nothing; counts what it was given (benchmarks, dry runs)."""

    def __init__(self) -> None:
        self.written = 0
        self.errors: list[tuple[str | None, str, str]] = []

    def set_pipeline(self, info: dict[str, Any]) -> None:
        pass

    def is_current(self, article: Article) -> bool:
        return False

    def write(self, record: Record) -> str:
        self.written += 1
        return "added"

    def error(self, *, source: str | None, code: str, message: str) -> None:
        self.errors.append((source, code, message))


class StoreSink:
    """The newsgraph store (SQLite or PostgreSQL) through its own ingest functions."""

    def __init__(self, store: Any):
        self.store = store
        self.version: str | None = None

    def set_pipeline(self, info: dict[str, Any]) -> None:
        from newsgraph.store.ingest import pipeline_version

        self.version = pipeline_version(info)

    def is_current(self, article: Article) -> bool:
        from newsgraph.store.ingest import is_current

        if self.version is None:
            return False
        return is_current(self.store, text_=article.text, url=article.url, version=self.version)

    def write(self, record: Record) -> str:
        from newsgraph.store.ingest import store_record

        return str(store_record(self.store, record))

    def error(self, *, source: str | None, code: str, message: str) -> None:
        from newsgraph.store.ingest import record_input_error

        record_input_error(self.store, source=source, code=code, message=message)
