"""Batch runners: many articles on many cores (``local``) or many machines (``dask_runner``).

Both stream their inputs, load the pipeline once per worker process, skip articles the
store already holds, and record per-document errors instead of stopping. Names load
lazily so that the CLI (which imports ``newsgraph.scale.commands``) stays quick.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["NullSink", "RunStats", "Sink", "StoreSink", "run_local", "run_on_dask"]

_WHERE = {
    "NullSink": "newsgraph.scale.sinks",
    "Sink": "newsgraph.scale.sinks",
    "StoreSink": "newsgraph.scale.sinks",
    "RunStats": "newsgraph.scale.local",
    "run_local": "newsgraph.scale.local",
    "run_on_dask": "newsgraph.scale.dask_runner",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'newsgraph.scale' has no attribute {name!r}")
