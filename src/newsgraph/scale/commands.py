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

from newsgraph.errors import ConfigError

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
                help="With --cluster: workers write Parquet shards here (a path all of them "
                "see); the store is written only if --db is given too.",
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
    from newsgraph.article import iter_articles
    from newsgraph.scale.inputs import count_documents
    from newsgraph.scale.progress import reporter_for
    from newsgraph.store.ingest import IngestReport

    if parquet_dir is not None and cluster is None:
        raise ConfigError("--parquet needs --cluster (the local runner writes to the store)")
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
            from newsgraph.scale.local import run_local
            from newsgraph.scale.sinks import StoreSink
            from newsgraph.store.db import Store

            with Store(db) as store:
                stats = run_local(
                    iter_articles(paths, defaults=meta),
                    sink=StoreSink(store),
                    workers=workers or 1,
                    reporter=reporter,
                    total=total,
                )
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


def _log_to_stderr() -> None:
    """Progress lines (when stderr is not a terminal) and warnings go to stderr."""
    logger = logging.getLogger("newsgraph.scale")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s newsgraph: %(message)s", "%H:%M:%S"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
