"""Parquet shards of Records: one flat row per article, the whole Record as JSON.

Key columns (ids, metadata, item counts, pipeline version) make shards filterable
without parsing JSON; ``record`` holds the full Record (``Record.from_json`` reads it
back). Each shard is written to a temporary name and renamed, so a reader (or a
resumed run checking what exists) never sees half a file.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsgraph.record import Record

__all__ = [
    "ERROR_SCHEMA",
    "RECORD_SCHEMA",
    "read_records",
    "shard_name",
    "stored_ids",
    "version_of",
    "write_errors",
    "write_records",
]


def _schemas() -> tuple[Any, Any]:
    import pyarrow as pa

    records = pa.schema(
        [
            ("article_id", pa.string()),
            ("url", pa.string()),
            ("outlet", pa.string()),
            ("published", pa.string()),
            ("title", pa.string()),
            ("n_chars", pa.int64()),
            ("n_words", pa.int64()),
            ("n_entities", pa.int32()),
            ("n_dates", pa.int32()),
            ("n_places", pa.int32()),
            ("n_quotes", pa.int32()),
            ("n_events", pa.int32()),
            ("n_errors", pa.int32()),
            ("pipeline_version", pa.string()),
            ("record", pa.string()),
        ]
    )
    errors = pa.schema([("source", pa.string()), ("code", pa.string()), ("message", pa.string())])
    return records, errors


RECORD_SCHEMA, ERROR_SCHEMA = _schemas()


def record_row(record: Record) -> dict[str, Any]:
    art = record.article
    info = record.pipeline or {}
    return {
        "article_id": art.id,
        "url": art.url,
        "outlet": art.outlet,
        "published": art.published,
        "title": art.title,
        "n_chars": len(art.text),
        "n_words": len(art.text.split()),
        "n_entities": len(record.entities),
        "n_dates": len(record.dates),
        "n_places": len(record.places),
        "n_quotes": len(record.quotes),
        "n_events": len(record.events),
        "n_errors": len(record.errors),
        "pipeline_version": version_of(info),
        "record": record.to_json(),
    }


def version_of(info: dict[str, Any]) -> str:
    """The pipeline identity as one string (the store's rule: name, versions, model)."""
    return " ".join(
        str(info[k]) for k in ("name", "version", "model", "model_version") if info.get(k)
    )


def shard_name(records: list[Record] | None = None) -> str:
    """``part-<hash>.parquet``: from the articles' ids, else unique (errors)."""
    import hashlib

    if records:
        digest = hashlib.sha1("\n".join(r.article.id for r in records).encode()).hexdigest()
    else:
        digest = uuid.uuid4().hex
    return f"part-{digest[:20]}.parquet"


def stored_ids(directory: str | Path) -> set[tuple[str, str]]:
    """(article_id, pipeline_version) of every row in the shards under ``directory``."""
    import pyarrow.parquet as pq

    found: set[tuple[str, str]] = set()
    for shard in sorted(Path(directory).glob("part-*.parquet")):
        table = pq.read_table(shard, columns=["article_id", "pipeline_version"])
        found.update(
            zip(
                table.column("article_id").to_pylist(), table.column("pipeline_version").to_pylist()
            )
        )
    return found


def write_records(records: Iterable[Record], path: str | Path) -> int:
    """Write one shard atomically; returns the number of rows."""
    rows = [record_row(r) for r in records]
    _write(rows, RECORD_SCHEMA, Path(path))
    return len(rows)


def write_errors(errors: Iterable[tuple[str | None, str, str]], path: str | Path) -> int:
    rows = [{"source": s, "code": c, "message": m} for s, c, m in errors]
    _write(rows, ERROR_SCHEMA, Path(path))
    return len(rows)


def read_records(directory: str | Path) -> list[Record]:
    """Every Record in the shards under ``directory`` (small outputs, tests)."""
    import pyarrow.parquet as pq

    out: list[Record] = []
    for shard in sorted(Path(directory).glob("part-*.parquet")):
        for text in pq.read_table(shard, columns=["record"]).column("record").to_pylist():
            out.append(Record.from_json(text))
    return out


def _write(rows: list[dict[str, Any]], schema: Any, path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp, compression="zstd")
    os.replace(tmp, path)
