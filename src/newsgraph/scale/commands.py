"""The scale options of ``newsgraph ingest`` (``--workers``, ``--cluster``, ``--parquet``).

The ingest command itself belongs to the store (``newsgraph.store.commands``); it takes
these options with :func:`scale_options` and hands over to :func:`run_scaled` when one
is given. No top-level commands of its own.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

import click

COMMANDS: list[click.Command] = []

log = logging.getLogger(__name__)


def scale_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--workers N``, ``--cluster URL`` and ``--parquet DIR`` for an ingest command."""
    for option in reversed(
        (
            click.option(
                "--workers",
                type=click.IntRange(min=1),
                default=None,
                metavar="N",
                help="Extract with N worker processes (the pipeline loads once in each; "
                "this process writes). Shows a progress bar; resumable.",
            ),
            click.option(
                "--cluster",
                default=None,
                metavar="URL",
                help="Extract on a Dask cluster, e.g. tcp://scheduler:8786.",
            ),
            click.option(
                "--parquet",
                "parquet_dir",
                default=None,
                metavar="DIR",
                help="Write Records as Parquet shards here (with --cluster, the workers "
                "write them: a path all of them see); the store too only if --db is given.",
            ),
        )
    ):
        func = option(func)
    return func


def run_scaled(
    paths: tuple[str, ...],
    *,
    db: str | None,
    meta: dict[str, Any],
    workers: int | None,
    cluster: str | None,
    parquet_dir: str | None,
) -> Any:
    """Run an ingest with the multiprocess or Dask runner; returns the store's IngestReport.

    Ctrl-C stops it cleanly (exit status 130): what was stored stays stored and the
    same command continues from there.
    """
    from newsgraph.scale.inputs import count_documents
    from newsgraph.scale.progress import reporter_for
    from newsgraph.store.ingest import IngestReport

    _log_to_stderr()
    total = count_documents(paths)
    reporter = reporter_for(sys.stderr)
    try:
        if cluster is not None:
            from newsgraph.scale.dask_runner import run_on_dask

            stats = run_on_dask(
                paths,
                address=cluster,
                db_url=db if (db is not None or parquet_dir is None) else None,
                parquet_dir=parquet_dir,
                defaults=meta,
                reporter=reporter,
                total=total,
            )
        else:
            stats = _run_local(paths, db=db, meta=meta, workers=workers or 1,
                               parquet_dir=parquet_dir, reporter=reporter, total=total)  # fmt: skip
    except KeyboardInterrupt:
        click.echo(
            "newsgraph: interrupted; what was stored is kept; run the same command to continue",
            err=True,
        )
        sys.exit(130)
    outcomes = stats.outcomes
    return IngestReport(
        added=outcomes.get("added", 0),
        updated=outcomes.get("updated", 0),
        unchanged=stats.skipped + outcomes.get("unchanged", 0),
        failed=stats.failed,
    )


def _run_local(
    paths: tuple[str, ...],
    *,
    db: str | None,
    meta: dict[str, Any],
    workers: int,
    parquet_dir: str | None,
    reporter: Any,
    total: int | None,
) -> Any:
    """The store, Parquet shards, or both; shards are flushed even on Ctrl-C."""
    from contextlib import ExitStack

    from newsgraph.article import iter_articles
    from newsgraph.scale.local import run_local
    from newsgraph.scale.sinks import ParquetSink, StoreSink, TeeSink
    from newsgraph.store.db import Store

    with ExitStack() as stack:
        sinks: list[Any] = []
        if db is not None or parquet_dir is None:
            sinks.append(StoreSink(stack.enter_context(Store(db))))
        if parquet_dir is not None:
            sinks.append(ParquetSink(parquet_dir))
            stack.callback(sinks[-1].close)
        sink = sinks[0] if len(sinks) == 1 else TeeSink(*sinks)
        return run_local(iter_articles(paths, defaults=meta), sink=sink, workers=workers,
                         reporter=reporter, total=total)  # fmt: skip


def _log_to_stderr() -> None:
    """Progress lines (when stderr is not a terminal) and warnings go to stderr."""
    logger = logging.getLogger("newsgraph.scale")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s newsgraph: %(message)s", "%H:%M:%S"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
