"""Many articles on one machine: N worker processes extract, the parent writes.

    stats = run_local(iter_articles(paths), sink=StoreSink(store), workers=4)

The parent streams the inputs, skips what the sink already holds (before any parsing,
so a rerun after an interruption only does the missing work), hands batches to a
process pool with a bounded number in flight (reading never runs ahead of the
workers), and writes each returned Record through the sink, one transaction each.
Being the single writer keeps SQLite happy and cross-article linking race-free.

Failures are per document: unreadable input, an article that breaks extraction, a
Record the store refuses, even a worker process that dies: each becomes an error
entry and the run goes on. A pool that keeps dying (``max_crashes``) stops the run;
what was stored stays stored.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

from newsgraph.article import Article
from newsgraph.errors import NewsgraphError
from newsgraph.pipeline import DEFAULT_MODEL
from newsgraph.scale import worker
from newsgraph.scale.progress import NullReporter, Reporter
from newsgraph.scale.sinks import Sink

log = logging.getLogger(__name__)

__all__ = ["RunStats", "WorkerCrashed", "run_local"]


class WorkerCrashed(NewsgraphError):
    code = "worker_crashed"


@dataclass
class RunStats:
    """What a run did; ``outcomes`` counts the sink's answers (added/updated/unchanged)."""

    read: int = 0
    skipped: int = 0
    extracted: int = 0
    failed: int = 0
    words: int = 0
    seconds: float = 0.0
    outcomes: dict[str, int] = field(default_factory=dict)
    peak_rss: dict[int, int] = field(default_factory=dict)  # worker pid -> bytes
    rss_samples: list[tuple[int, int, int]] = field(default_factory=list)  # (done, pid, rss)
    crashes: int = 0  # times the pool lost a worker and was restarted
    worker_cpu_seconds: float = 0.0  # CPU time the workers spent extracting
    # perf_counter() when the first batch was written, and the words by then: the rate
    # after that excludes start-up (spawning workers, loading models).
    first_result_at: float | None = None
    words_at_first: int = 0
    ended_at: float = 0.0

    @property
    def steady_words_per_s(self) -> float | None:
        """Words per second after the first batch came back (None with too few batches)."""
        if self.first_result_at is None or self.words <= self.words_at_first:
            return None
        return (self.words - self.words_at_first) / max(self.ended_at - self.first_result_at, 1e-9)

    @property
    def done(self) -> int:
        return self.extracted

    def as_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "skipped": self.skipped,
            "extracted": self.extracted,
            "failed": self.failed,
            "words": self.words,
            "seconds": round(self.seconds, 3),
            "outcomes": dict(self.outcomes),
            "worker_peak_rss_mb": {
                str(pid): round(rss / 2**20, 1) for pid, rss in self.peak_rss.items()
            },
            "crashes": self.crashes,
            "worker_cpu_seconds": round(self.worker_cpu_seconds, 3),
        }


def run_local(
    items: Iterable[Article | NewsgraphError],
    *,
    sink: Sink,
    workers: int = 1,
    model: str = DEFAULT_MODEL,
    batch_size: int = 16,
    max_in_flight: int | None = None,
    reporter: Reporter | None = None,
    total: int | None = None,
    start_method: str | None = None,
    max_crashes: int | None = None,
) -> RunStats:
    """Extract ``items`` with ``workers`` processes and write the Records to ``sink``.

    Args:
        items: Articles or per-document errors, as :func:`newsgraph.article.iter_articles`
            yields them (streamed: only the batches in flight are held).
        sink: where Records and errors go (the parent is its only caller).
        workers: worker processes; 0 runs extraction in this process (debugging).
        batch_size: articles per task (one ``nlp.pipe`` call in a worker); with a known
            ``total`` it shrinks so that every worker gets work on small inputs.
        max_in_flight: batches submitted but not yet written (default 2 per worker + 1).
        reporter: progress display (see :mod:`newsgraph.scale.progress`).
        total: number of documents, if known, for the progress ETA.
        start_method: ``spawn`` (default; safe everywhere) or ``forkserver``/``fork``.
        max_crashes: worker deaths tolerated before giving up (default 3 + workers).

    Returns:
        RunStats: counts, words, seconds, and each worker's peak memory.
    """
    reporter = reporter or NullReporter()
    stats = RunStats()
    if total is not None and workers > 1:
        batch_size = max(1, min(batch_size, -(-total // (workers * 2))))
    started = time.perf_counter()
    reporter.start(total=total)
    try:
        if workers <= 0:
            _run_inline(items, sink=sink, model=model, batch_size=batch_size, stats=stats,
                        reporter=reporter)  # fmt: skip
        else:
            runner = _PoolRunner(
                sink=sink,
                workers=workers,
                model=model,
                batch_size=batch_size,
                max_in_flight=max_in_flight or 2 * workers + 1,
                start_method=start_method or "spawn",
                max_crashes=3 + workers if max_crashes is None else max_crashes,
                stats=stats,
                reporter=reporter,
            )
            runner.run(items)
    finally:
        stats.ended_at = time.perf_counter()
        stats.seconds = stats.ended_at - started
        reporter.finish()
    return stats


# -- shared steps ---------------------------------------------------------------------


def _todo(
    items: Iterable[Article | NewsgraphError], *, sink: Sink, stats: RunStats, reporter: Reporter
) -> Iterator[Article]:
    """Articles still to extract: input errors are recorded, stored articles skipped."""
    for item in items:
        stats.read += 1
        if isinstance(item, NewsgraphError):
            _fail(sink, stats, source=item.source, code=item.code, message=item.message)
        elif sink.is_current(item):
            stats.skipped += 1
        else:
            yield item
            continue
        _report(reporter, stats)


def _batches(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _write(result: worker.BatchResult, *, sink: Sink, stats: RunStats) -> None:
    for record in result.records:
        try:
            outcome = sink.write(record)
        except Exception as e:  # one record the store refuses never stops the run
            log.exception("cannot store %s", record.article.id)
            _fail(sink, stats, source=record.article.id, code="store_failed",
                  message=f"{type(e).__name__}: {e}")  # fmt: skip
            continue
        stats.extracted += 1
        stats.words += len(record.article.text.split())
        stats.outcomes[outcome] = stats.outcomes.get(outcome, 0) + 1
    for failure in result.failures:
        _fail(sink, stats, source=failure.source, code=failure.code, message=failure.message)
    if stats.first_result_at is None and stats.extracted:
        stats.first_result_at, stats.words_at_first = time.perf_counter(), stats.words
    stats.worker_cpu_seconds += result.cpu_seconds
    if result.pid:
        stats.peak_rss[result.pid] = max(stats.peak_rss.get(result.pid, 0), result.peak_rss)
        stats.rss_samples.append((stats.extracted, result.pid, result.rss))


def _fail(sink: Sink, stats: RunStats, *, source: str | None, code: str, message: str) -> None:
    stats.failed += 1
    try:
        sink.error(source=source, code=code, message=message)
    except Exception:
        log.exception("cannot record the error for %s", source)


def _report(reporter: Reporter, stats: RunStats) -> None:
    reporter.update(done=stats.extracted, skipped=stats.skipped, errors=stats.failed)


# -- in-process -------------------------------------------------------------------------


def _run_inline(
    items: Iterable[Article | NewsgraphError],
    *,
    sink: Sink,
    model: str,
    batch_size: int,
    stats: RunStats,
    reporter: Reporter,
) -> None:
    sink.set_pipeline(worker.pipeline_info(model))
    for batch in _batches(_todo(items, sink=sink, stats=stats, reporter=reporter), batch_size):
        _write(worker.extract_batch(batch, model, batch_size), sink=sink, stats=stats)
        _report(reporter, stats)


# -- the pool -----------------------------------------------------------------------------


@contextlib.contextmanager
def _single_threaded_children() -> Iterator[None]:
    """Spawned workers inherit these; one BLAS thread each, as the pool is the parallelism."""
    saved = {key: os.environ.get(key) for key in worker.SINGLE_THREAD_ENV}
    for key, value in worker.SINGLE_THREAD_ENV.items():
        os.environ.setdefault(key, value)
    try:
        yield
    finally:
        for key, old in saved.items():
            if old is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = old


class _PoolRunner:
    def __init__(
        self,
        *,
        sink: Sink,
        workers: int,
        model: str,
        batch_size: int,
        max_in_flight: int,
        start_method: str,
        max_crashes: int,
        stats: RunStats,
        reporter: Reporter,
    ):
        self.sink, self.workers, self.model = sink, workers, model
        self.batch_size, self.max_in_flight = batch_size, max_in_flight
        self.context = multiprocessing.get_context(start_method)
        self.max_crashes, self.stats, self.reporter = max_crashes, stats, reporter
        # Batches to resubmit one article at a time after a worker died mid-batch.
        self.suspects: deque[list[Article]] = deque()
        self.pool: ProcessPoolExecutor | None = None
        self.info: dict[str, Any] | None = None

    def _start_pool(self) -> ProcessPoolExecutor:
        with _single_threaded_children():
            pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=self.context,
                initializer=worker.init_worker,
                initargs=(self.model,),
            )
            # One worker runs first: it makes lazily built resources alone, and gives
            # the pipeline's real identity.
            info = pool.submit(worker.warm_up, self.model).result()
        if info != self.info:
            if self.info is not None:
                log.warning("the loaded pipeline is %s, not %s as its meta said", info, self.info)
            self.info = info
            self.sink.set_pipeline(info)
        return pool

    def run(self, items: Iterable[Article | NewsgraphError]) -> None:
        batches = _batches(
            _todo(items, sink=self.sink, stats=self.stats, reporter=self.reporter),
            self.batch_size,
        )
        # Skipping needs the pipeline's identity; the model's meta gives it without a
        # worker, so the pool starts only when something is left to extract.
        self.info = worker.expected_info(self.model)
        if self.info is not None:
            self.sink.set_pipeline(self.info)
        else:
            self.pool = self._start_pool()
        pending: dict[Future[worker.BatchResult], list[Article]] = {}
        exhausted = False
        try:
            while True:
                # After a crash the suspects go one at a time, so a death names its article.
                limit = 1 if self.suspects else self.max_in_flight
                while len(pending) < limit:
                    batch = self._next_batch(batches, exhausted=exhausted)
                    if batch is None:
                        exhausted = True
                        break
                    if self.pool is None:
                        self.pool = self._start_pool()
                    pending[self.pool.submit(worker.extract_batch, batch, self.model,
                                             self.batch_size)] = batch  # fmt: skip
                if not pending:
                    break
                done, _ = wait(list(pending), return_when=FIRST_COMPLETED)
                lost: list[list[Article]] = []
                for future in done:
                    batch = pending.pop(future)
                    try:
                        result = future.result()
                    except BrokenProcessPool:
                        lost.append(batch)
                        continue
                    _write(result, sink=self.sink, stats=self.stats)
                    _report(self.reporter, self.stats)
                if lost or _broken(self.pool):
                    # Every batch still out died with the pool too.
                    lost.extend(pending.values())
                    pending.clear()
                    self._crashed(lost)
                    self._restart()
        except BaseException:
            for future in pending:
                future.cancel()
            raise
        finally:
            self._shutdown()

    def _next_batch(
        self, batches: Iterator[list[Article]], *, exhausted: bool
    ) -> list[Article] | None:
        if self.suspects:
            return self.suspects.popleft()
        if exhausted:
            return None
        return next(batches, None)

    def _crashed(self, lost: list[list[Article]]) -> None:
        """The pool died with ``lost`` out: a lone article is to blame, else retry singly."""
        if len(lost) == 1 and len(lost[0]) == 1:
            [[article]] = lost
            log.error("a worker died while extracting %s", article.source or article.id)
            _fail(self.sink, self.stats, source=article.source or article.id,
                  code="worker_crashed",
                  message="the worker process died while extracting this article")  # fmt: skip
            _report(self.reporter, self.stats)
            return
        self.suspects.extend([article] for batch in lost for article in batch)

    def _restart(self) -> None:
        self.stats.crashes += 1
        if self.stats.crashes > self.max_crashes:
            raise WorkerCrashed(
                f"worker processes died {self.stats.crashes} times; stopping "
                "(what was stored is kept; rerun the same command to continue)"
            )
        log.warning("a worker process died; a fresh pool takes over")
        self._shutdown()  # the loop starts the next pool when there is work for it

    def _shutdown(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


def _broken(pool: ProcessPoolExecutor | None) -> bool:
    return bool(pool is not None and getattr(pool, "_broken", False))
