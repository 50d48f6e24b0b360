"""How many documents the inputs hold, when that is cheap to know (for an ETA).

Text and HTML files count one each, JSONL files count their non-blank lines (gzip
included). Archives and feeds would need parsing, and stdin cannot be read twice:
with any of those, or past the time budget, the total is unknown (None).
"""

from __future__ import annotations

import gzip
import time
from collections.abc import Iterable
from pathlib import Path

from newsgraph.article import HTML_SUFFIXES, JSONL_SUFFIXES, READ_SUFFIXES, TEXT_SUFFIXES, _suffix


def count_documents(paths: Iterable[str | Path], *, budget: float = 3.0) -> int | None:
    """Number of documents under ``paths``; None when unknown or not cheap to know."""
    deadline = time.monotonic() + budget
    total = 0
    for path in paths:
        if str(path) == "-":
            return None
        p = Path(path)
        files = (
            (c for c in sorted(p.rglob("*")) if c.is_file() and _suffix(c) in READ_SUFFIXES)
            if p.is_dir()
            else [p]
        )
        for file in files:
            if time.monotonic() > deadline:
                return None
            suffix = _suffix(file)
            if suffix in TEXT_SUFFIXES + HTML_SUFFIXES or not file.exists():
                total += 1
            elif suffix in JSONL_SUFFIXES:
                lines = _count_lines(file, deadline=deadline)
                if lines is None:
                    return None
                total += lines
            else:
                return None
    return total


def _count_lines(path: Path, *, deadline: float) -> int | None:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    count = 0
    try:
        with opener(path, "rb") as stream:
            for number, line in enumerate(stream):
                if line.strip():
                    count += 1
                if number % 65536 == 0 and time.monotonic() > deadline:
                    return None
    except (OSError, EOFError):
        return count + 1  # the reader will report it as one error
    return count
