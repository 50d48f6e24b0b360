"""Past one machine: a Dask distributed runner.

    from newsgraph.scale.dask_runner import run_on_dask
    stats = run_on_dask(["archive/"], address="tcp://scheduler:8786", parquet_dir="out/")

The client streams the inputs and cuts them into partitions of ``partition_size``
articles; each partition is one task. Every worker process loads the pipeline once
(:class:`PipelinePlugin`, run when the worker joins) and extracts partitions in turn.
Results go to Parquet shards written by the workers (``parquet_dir`` must be a path
every worker and the client see: a shared or network file system) and/or to the
store (``db_url``): Records come back to the client, the single writer, like the
multiprocessing runner. The number of partitions in flight is bounded, so neither
the client nor the cluster holds more than a few partitions per worker thread.

Resuming: with a store, stored articles are skipped before partitioning. Without one,
a shard is named by a hash of its articles' ids, so a partition whose shard already
exists is not submitted again. Per-document failures go to the store's errors table, or to
``parquet_dir/errors/`` shards when there is no store.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from distributed import WorkerPlugin

from newsgraph.article import Article, iter_articles
from newsgraph.errors import ConfigError, NewsgraphError
from newsgraph.pipeline import DEFAULT_MODEL
from newsgraph.scale import parquet
from newsgraph.scale import worker as _worker
from newsgraph.scale.local import RunStats, _batches, _fail, _report, _todo, _write
from newsgraph.scale.progress import NullReporter, Reporter
from newsgraph.scale.sinks import NullSink, Sink, StoreSink

log = logging.getLogger(__name__)

__all__ = ["PipelinePlugin", "run_on_dask"]

ERROR_FLUSH = 10_000


class PipelinePlugin(WorkerPlugin):
    """Dask worker plugin: load the pipeline when the worker starts, once per process."""

    name = "newsgraph-pipeline"

    def __init__(self, model: str = DEFAULT_MODEL):
        self.model = model

    def setup(self, worker: Any) -> None:
        import os

        for key, value in _worker.SINGLE_THREAD_ENV.items():
            os.environ.setdefault(key, value)
        _worker.pipeline(self.model)


def extract_partition(
    articles: list[Article], *, model: str, shard: str | None, return_records: bool
) -> _worker.BatchResult:
    """One task: extract a partition; write its shard; send Records back if asked."""
    result = _worker.extract_batch(articles, model)
    if shard is not None:
        parquet.write_records(result.records, shard)
    if not return_records:
        result.records = []  # the client only needs the counts: keep Records off the wire
    return result


def run_on_dask(
    paths: Iterable[str | Path],
    *,
    client: Any = None,
    address: str | None = None,
    db_url: str | None = None,
    parquet_dir: str | Path | None = None,
    partition_size: int = 256,
    model: str = DEFAULT_MODEL,
    defaults: dict[str, Any] | None = None,
    max_in_flight: int | None = None,
    reporter: Reporter | None = None,
    total: int | None = None,
) -> RunStats:
    """Extract every article under ``paths`` on a Dask cluster.

    Args:
        paths: files and directories, as ``newsgraph ingest`` takes them.
        client: a ``distributed.Client``; else one is opened to ``address`` (and closed).
        address: the scheduler, e.g. ``tcp://scheduler:8786``.
        db_url: the store to write to (``sqlite:///…``, ``postgresql://…``).
        parquet_dir: where workers write ``part-*.parquet`` shards (shared storage).
        partition_size: articles per task.
        model: the spaCy model each worker loads.
        defaults: metadata for sources that lack it (outlet, published, …).
        max_in_flight: partitions out at once (default: 2 per worker thread + 1).
        reporter: progress display; ``total`` the number of documents, if known.

    Returns:
        RunStats (words and outcomes count what was extracted in this run).
    """
    if db_url is None and parquet_dir is None:
        raise ConfigError("run_on_dask needs somewhere to put results: db_url and/or parquet_dir")
    own_client = client is None
    if own_client:
        if address is None:
            raise ConfigError("run_on_dask needs a client or a scheduler address")
        from distributed import Client

        try:
            client = Client(address, timeout="30s")
        except OSError as e:
            raise ConfigError(f"cannot reach the Dask scheduler at {address}: {e}") from e
    store = None
    try:
        sink: Sink
        if db_url is not None:
            from newsgraph.store.db import Store

            store = Store(db_url)
            sink = StoreSink(store)
        else:
            sink = NullSink()
        return _run(
            iter_articles(paths, defaults=defaults),
            client=client,
            sink=sink,
            has_store=store is not None,
            parquet_dir=Path(parquet_dir) if parquet_dir is not None else None,
            partition_size=partition_size,
            model=model,
            max_in_flight=max_in_flight,
            reporter=reporter or NullReporter(),
            total=total,
        )
    finally:
        if store is not None:
            store.close()
        if own_client:
            client.close()


def _run(
    items: Iterable[Article | NewsgraphError],
    *,
    client: Any,
    sink: Sink,
    has_store: bool,
    parquet_dir: Path | None,
    partition_size: int,
    model: str,
    max_in_flight: int | None,
    reporter: Reporter,
    total: int | None,
) -> RunStats:
    from distributed import as_completed

    stats = RunStats()
    started = time.perf_counter()
    reporter.start(total=total)
    client.register_plugin(PipelinePlugin(model))
    sink.set_pipeline(client.submit(_worker.warm_up, model, pure=False).result())
    threads = sum(client.nthreads().values()) or 1
    limit = max_in_flight or 2 * threads + 1
    errors = _ErrorShards(parquet_dir / "errors" if parquet_dir and not has_store else None)
    error_sink = _Tee(sink, errors)
    partitions = _partitions(
        _todo(items, sink=error_sink, stats=stats, reporter=reporter), partition_size, parquet_dir
    )
    futures = as_completed()
    out = 0
    try:
        for articles, shard in partitions:
            # Without a store, an existing shard means done; with one, the store decides.
            if shard is not None and not has_store and Path(shard).exists():
                stats.skipped += len(articles)
                _report(reporter, stats)
                continue
            futures.add(
                client.submit(
                    extract_partition,
                    articles,
                    model=model,
                    shard=shard,
                    return_records=has_store,
                    pure=False,
                )
            )
            out += 1
            while out >= limit:
                out -= _collect(next(futures), sink=error_sink, stats=stats, reporter=reporter)
        for future in futures:
            _collect(future, sink=error_sink, stats=stats, reporter=reporter)
    finally:
        errors.flush()
        stats.ended_at = time.perf_counter()
        stats.seconds = stats.ended_at - started
        reporter.finish()
    return stats


def _collect(future: Any, *, sink: Any, stats: RunStats, reporter: Reporter) -> int:
    """Account for one finished partition; with a store, write its Records."""
    result: _worker.BatchResult = future.result()
    if result.records:
        _write(result, sink=sink, stats=stats)
    else:
        stats.extracted += result.extracted
        stats.words += result.words
        stats.worker_cpu_seconds += result.cpu_seconds
        stats.outcomes["added"] = stats.outcomes.get("added", 0) + result.extracted
        for failure in result.failures:
            _fail(sink, stats, source=failure.source, code=failure.code, message=failure.message)
        stats.peak_rss[result.pid] = max(stats.peak_rss.get(result.pid, 0), result.peak_rss)
        if stats.first_result_at is None and stats.extracted:
            stats.first_result_at, stats.words_at_first = time.perf_counter(), stats.words
    _report(reporter, stats)
    return 1


def _partitions(
    articles: Iterator[Article], size: int, parquet_dir: Path | None
) -> Iterator[tuple[list[Article], str | None]]:
    for batch in _batches(articles, size):
        shard = None
        if parquet_dir is not None:
            digest = hashlib.sha1("\n".join(a.id for a in batch).encode()).hexdigest()[:20]
            shard = str(parquet_dir / f"part-{digest}.parquet")
        yield batch, shard


class _ErrorShards:
    """Per-document errors as Parquet shards, for runs without a store."""

    def __init__(self, directory: Path | None):
        self.directory = directory
        self.buffer: list[tuple[str | None, str, str]] = []

    def add(self, source: str | None, code: str, message: str) -> None:
        if self.directory is None:
            return
        self.buffer.append((source, code, message))
        if len(self.buffer) >= ERROR_FLUSH:
            self.flush()

    def flush(self) -> None:
        if self.directory is None or not self.buffer:
            return
        digest = hashlib.sha1(repr(self.buffer).encode()).hexdigest()[:12]
        name = f"part-{time.strftime('%Y%m%dT%H%M%S')}-{digest}.parquet"
        parquet.write_errors(self.buffer, self.directory / name)
        self.buffer = []


class _Tee:
    """The sink, with errors also kept as Parquet shards when there is no store."""

    def __init__(self, sink: Sink, errors: _ErrorShards):
        self.sink, self.errors = sink, errors

    def set_pipeline(self, info: dict[str, Any]) -> None:
        self.sink.set_pipeline(info)

    def is_current(self, article: Article) -> bool:
        return self.sink.is_current(article)

    def write(self, record: Any) -> str:
        return self.sink.write(record)

    def error(self, *, source: str | None, code: str, message: str) -> None:
        self.sink.error(source=source, code=code, message=message)
        self.errors.add(source, code, message)
