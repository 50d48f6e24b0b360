"""Where a runner puts results: the store, or nowhere (benchmarks).

The runner's parent process is the only writer; a sink is called from it alone.
"""

from __future__ import annotations

from pathlib import Path
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


class ParquetSink:
    """Records as Parquet shards in ``directory`` (see :mod:`newsgraph.scale.parquet`).

    The parent buffers ``shard_size`` Records and writes them as one shard (atomically),
    so an interruption loses at most the unwritten buffer, which a rerun re-extracts:
    articles (id and pipeline version) found in existing shards are skipped. Errors go
    to ``directory/errors/``. Call :meth:`close` at the end to write the last shard.
    """

    def __init__(self, directory: str | Path, *, shard_size: int = 1000):
        from newsgraph.scale import parquet

        self.directory = Path(directory)
        self.shard_size = shard_size
        self.version: str | None = None
        self.records: list[Record] = []
        self.errors: list[tuple[str | None, str, str]] = []
        self.done = parquet.stored_ids(self.directory)

    def set_pipeline(self, info: dict[str, Any]) -> None:
        from newsgraph.scale.parquet import version_of

        self.version = version_of(info)

    def is_current(self, article: Article) -> bool:
        return (article.id, self.version) in self.done

    def write(self, record: Record) -> str:
        self.records.append(record)
        if len(self.records) >= self.shard_size:
            self.flush()
        return "added"

    def error(self, *, source: str | None, code: str, message: str) -> None:
        self.errors.append((source, code, message))
        if len(self.errors) >= self.shard_size:
            self.flush()

    def flush(self) -> None:
        from newsgraph.scale import parquet

        if self.records:
            parquet.write_records(self.records, self.directory / parquet.shard_name(self.records))
            self.records = []
        if self.errors:
            parquet.write_errors(self.errors, self.directory / "errors" / parquet.shard_name())
            self.errors = []

    def close(self) -> None:
        self.flush()


class TeeSink:
    """Several sinks at once (the store and Parquet): skip only what all of them hold."""

    def __init__(self, *sinks: Any):
        self.sinks = sinks

    def set_pipeline(self, info: dict[str, Any]) -> None:
        for sink in self.sinks:
            sink.set_pipeline(info)

    def is_current(self, article: Article) -> bool:
        return all(sink.is_current(article) for sink in self.sinks)

    def write(self, record: Record) -> str:
        outcomes = [sink.write(record) for sink in self.sinks]
        return outcomes[0]

    def error(self, *, source: str | None, code: str, message: str) -> None:
        for sink in self.sinks:
            sink.error(source=source, code=code, message=message)

    def close(self) -> None:
        for sink in self.sinks:
            close = getattr(sink, "close", None)
            if close is not None:
                close()
