"""Progress for long runs: a rich bar on a terminal, periodic log lines otherwise.

A reporter is told the total (when known) once, then how many articles are done and
how many failed; it owns no counting of its own.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import IO, Any, Protocol

log = logging.getLogger(__name__)


class Reporter(Protocol):
    def start(self, *, total: int | None) -> None: ...
    def update(self, *, done: int, skipped: int, errors: int) -> None: ...
    def finish(self) -> None: ...


class NullReporter:
    def start(self, *, total: int | None) -> None:
        pass

    def update(self, *, done: int, skipped: int, errors: int) -> None:
        pass

    def finish(self) -> None:
        pass


class LogReporter:
    """One INFO line every ``interval`` seconds: done, rate, errors and ETA if known."""

    def __init__(self, *, interval: float = 10.0, logger: logging.Logger | None = None):
        self.interval = interval
        self.log = logger or log
        self.total: int | None = None
        self.started = self.last = 0.0
        self.state = (0, 0, 0)

    def start(self, *, total: int | None) -> None:
        self.total = total
        self.started = self.last = time.monotonic()
        self.log.info("ingest started%s", f": {total:,} documents" if total else "")

    def update(self, *, done: int, skipped: int, errors: int) -> None:
        self.state = (done, skipped, errors)
        now = time.monotonic()
        if now - self.last >= self.interval:
            self.last = now
            self.log.info("%s", self.line(now))

    def line(self, now: float) -> str:
        done, skipped, errors = self.state
        elapsed = max(now - self.started, 1e-9)
        rate = done / elapsed
        parts = [f"{done:,} articles", f"{rate:.1f}/s"]
        if skipped:
            parts.append(f"{skipped:,} already stored")
        parts.append(f"{errors:,} errors")
        if self.total and rate > 0:
            left = max(self.total - done - skipped - errors, 0)
            parts.append(f"ETA {_clock(left / rate)}")
        return ", ".join(parts)

    def finish(self) -> None:
        self.log.info("ingest finished: %s", self.line(time.monotonic()))


class RichReporter:
    """A rich progress bar: articles/s, ETA when the total is known, errors so far."""

    def __init__(self, *, stream: IO[str] | None = None):
        from rich.console import Console

        self.console = Console(file=stream or sys.stderr)
        self.progress: Any = None
        self.task: Any = None
        self.started = 0.0

    def start(self, *, total: int | None) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.started = time.monotonic()
        self.progress = Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} articles/s"),
            TextColumn("[red]{task.fields[errors]} errors"),
            TextColumn("{task.fields[skipped]}"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=self.console,
            transient=False,
        )
        self.progress.start()
        self.task = self.progress.add_task("ingest", total=total, rate="-", errors=0, skipped="")

    def update(self, *, done: int, skipped: int, errors: int) -> None:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        self.progress.update(
            self.task,
            completed=done + skipped + errors,
            rate=f"{done / elapsed:.1f}",
            errors=errors,
            skipped=f"{skipped:,} already stored" if skipped else "",
        )

    def finish(self) -> None:
        if self.progress is not None:
            self.progress.stop()


def reporter_for(stream: IO[str] | None = None, *, interval: float = 10.0) -> Reporter:
    """The bar on a terminal; log lines (to a handler the caller set up) otherwise."""
    stream = stream or sys.stderr
    if stream.isatty():
        return RichReporter(stream=stream)
    return LogReporter(interval=interval)


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
