"""The store: Records from many articles in SQLite (default) or PostgreSQL, linked
across articles and queryable.

    from newsgraph.store import Store, store_record, queries
    with Store("newsgraph.db") as store:
        store_record(store, record)
        queries.quotes(store, speaker="Mujahid")
"""

from __future__ import annotations

from newsgraph.store.db import Store
from newsgraph.store.ingest import IngestReport, ingest, store_record
from newsgraph.store.url import DEFAULT_URL, normalise_url

__all__ = ["DEFAULT_URL", "IngestReport", "Store", "ingest", "normalise_url", "store_record"]
