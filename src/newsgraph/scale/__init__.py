"""Batch runners: many articles on many cores (``local``) or many machines (``dask_runner``).

Both stream their inputs, load the pipeline once per worker process, skip articles the
store already holds, and record per-document errors instead of stopping.
"""

from newsgraph.scale.local import RunStats, run_local
from newsgraph.scale.sinks import NullSink, Sink, StoreSink

__all__ = ["NullSink", "RunStats", "Sink", "StoreSink", "run_local"]
