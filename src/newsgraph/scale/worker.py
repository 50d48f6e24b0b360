"""What runs inside a worker process: the pipeline loaded once, batches extracted.

Used by the multiprocessing runner (as the pool's initializer and task) and by the
Dask runner (from a worker plugin). Everything here is picklable and importable by
name, so it works with the ``spawn`` and ``forkserver`` start methods.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from newsgraph.article import Article
from newsgraph.record import Record

log = logging.getLogger(__name__)

# One per process: set by the initializer (pool) or on first use (Dask, tests).
_PIPELINE: Any = None
_LOCK = threading.Lock()

# Pin numeric libraries to one thread per worker: the runner parallelises by process.
SINGLE_THREAD_ENV = {
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
}


@dataclass(slots=True)
class Failure:
    """An article the worker could not extract (the batch went on without it)."""

    source: str
    code: str
    message: str


@dataclass(slots=True)
class BatchResult:
    """What a worker sends back for one batch: Records, failures, and its own memory."""

    records: list[Record] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    pid: int = 0
    rss: int = 0  # resident set size now, bytes
    peak_rss: int = 0  # the process's peak so far, bytes
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # this process's CPU time for the batch (load-independent)
    extracted: int = 0  # Records made (kept when the Records themselves are dropped)
    words: int = 0


def init_worker(model: str, *, watch_parent: bool = True) -> None:
    """Pool initializer: ignore Ctrl-C (the parent decides), load the pipeline once.

    ``watch_parent`` makes an orphaned worker exit: if the parent is killed (even with
    SIGKILL) nothing else would tell a worker blocked on its task queue.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if watch_parent:
        _watch_parent(os.getppid())
    pipeline(model)


def pipeline(model: str) -> Any:
    """This process's Pipeline, loaded on first use."""
    global _PIPELINE
    with _LOCK:
        if _PIPELINE is None:
            from newsgraph.pipeline import Pipeline

            started = time.perf_counter()
            _PIPELINE = Pipeline(model=model)
            log.info("pid %d loaded %s in %.1fs", os.getpid(), model, time.perf_counter() - started)
        return _PIPELINE


def pipeline_info(model: str) -> dict[str, Any]:
    """The loaded pipeline's identity (the store uses it to decide what is current)."""
    return dict(pipeline(model).info)


def warm_up(model: str) -> dict[str, Any]:
    """Extract one bundled sample article; returns the pipeline's identity.

    Resources a stage builds lazily on first use (the gazetteer's on-disk index is
    built once per machine, briefly using several hundred MB) are then made by this
    one worker, before the others start, rather than by all of them at once.
    """
    import json
    from importlib import resources

    nlp_pipeline = pipeline(model)
    sample = resources.files("newsgraph").joinpath("samples/articles.jsonl")
    with sample.open("r", encoding="utf-8") as lines:
        first = json.loads(next(line for line in lines if line.strip()))
    article = Article(text=first["text"], published=first.get("published"))
    with _LOCK:
        list(nlp_pipeline.pipe([article]))
    return dict(nlp_pipeline.info)


def expected_info(model: str) -> dict[str, Any] | None:
    """The pipeline identity read from the model's meta.json, without loading the model.

    Lets a resumed run skip stored articles before any worker has started (a run with
    nothing left to do starts none). None when the package's meta cannot be read.
    """
    from types import SimpleNamespace

    try:
        import spacy.util

        meta = spacy.util.load_meta(spacy.util.get_package_path(model) / "meta.json")
    except Exception:
        log.debug("no meta.json for %s; the first worker will say", model, exc_info=True)
        return None
    from newsgraph.pipeline import Pipeline

    # Pipeline.__init__ only reads nlp.meta: its own naming rule gives the identity.
    return dict(Pipeline(model=model, nlp=SimpleNamespace(meta=meta)).info)  # type: ignore[arg-type]


def extract_batch(articles: list[Article], model: str, batch_size: int = 16) -> BatchResult:
    """Records for a batch, parsed together; an article that fails is isolated.

    If the batch fails as a whole, each article is retried alone so that one bad
    document costs only itself. The lock keeps one extraction at a time per process
    (a spaCy memory zone is not thread-safe; Dask workers may run several threads).
    """
    started, cpu_started = time.perf_counter(), time.process_time()
    result = BatchResult(pid=os.getpid())
    nlp_pipeline = pipeline(model)
    with _LOCK:
        try:
            result.records = list(nlp_pipeline.pipe(articles, batch_size=batch_size))
        except Exception:
            log.warning("batch of %d failed; retrying one by one", len(articles), exc_info=True)
            for article in articles:
                try:
                    result.records.extend(nlp_pipeline.pipe([article], batch_size=1))
                except Exception as e:
                    log.exception("extraction failed on %s", article.source or article.id)
                    result.failures.append(
                        Failure(
                            source=article.source or article.id,
                            code="extract_failed",
                            message=f"{type(e).__name__}: {e}",
                        )
                    )
    result.extracted = len(result.records)
    result.words = sum(len(r.article.text.split()) for r in result.records)
    result.rss, result.peak_rss = memory()
    result.seconds = time.perf_counter() - started
    result.cpu_seconds = time.process_time() - cpu_started
    return result


def memory() -> tuple[int, int]:
    """(current, peak) resident set size of this process in bytes.

    On Linux both come from /proc/self/status (VmRSS, VmHWM): they belong to this
    address space. ``getrusage``'s ru_maxrss would not do for spawned workers: it
    survives exec, so a worker would report the parent's peak at the time it started.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            fields = dict(line.split(":", 1) for line in status if ":" in line)
        return _kib(fields["VmRSS"]), _kib(fields["VmHWM"])
    except (OSError, KeyError, ValueError):
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
        return peak, peak


def _kib(value: str) -> int:
    number, _, unit = value.strip().partition(" ")
    return int(number) * (1024 if unit.lower() == "kb" else 1)


def _watch_parent(parent: int) -> None:
    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="newsgraph-parent-watch", daemon=True).start()
