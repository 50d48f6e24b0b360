"""newsgraph: who said what, and who did what to whom, where and when — with provenance."""

from __future__ import annotations

__version__ = "0.1.0"

from newsgraph.article import Article
from newsgraph.errors import ConfigError, InputError, NewsgraphError
from newsgraph.record import Record

__all__ = [
    "Article",
    "ConfigError",
    "InputError",
    "NewsgraphError",
    "Pipeline",
    "Record",
    "__version__",
    "extract",
]


def __getattr__(name: str):
    if name in ("Pipeline", "extract"):
        from newsgraph import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
