"""NGEC synthetic stories (CSV, one PLOVER label per story) → newsgraph events gold JSONL.

    python -m newsgraph.eval.convert_ngec gpt_synthetic_events_2023-10-19_19.csv \
        --per-label 25 > /tmp/ngec.jsonl

Each story becomes ``{"id", "text", "published": null, "events": [{"type", "mode",
"actor": null, "recipient": null, "location": null}], "doc_label": true}``: the label says
what the story is about, not every event in it, so the scorer reports document-label
figures for these lines (is the label among the predicted types; is it the most frequent
one). ``--per-label N`` keeps the first N stories of each label in file order: a fixed,
balanced subset.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = ["convert", "main"]


def convert(path: Path, *, per_label: int | None = None) -> Iterator[dict[str, Any]]:
    seen: Counter[str] = Counter()
    with path.open(newline="", encoding="utf-8") as fh:
        for row_number, row in enumerate(csv.DictReader(fh), start=1):
            label = (row.get("label") or "").strip().upper()
            text = (row.get("text") or "").strip()
            if not label or not text:
                continue
            if per_label is not None and seen[label] >= per_label:
                continue
            seen[label] += 1
            mode = (row.get("mode") or "").strip().lower() or None
            yield {
                "id": f"ngec-{row_number}",
                "text": text,
                "published": None,
                "doc_label": True,
                "events": [
                    {
                        "type": label,
                        "mode": mode,
                        "actor": None,
                        "recipient": None,
                        "location": None,
                    }
                ],
            }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("csv", type=Path, help="NGEC synthetic events CSV")
    parser.add_argument("--per-label", type=int, default=None, help="first N stories per label")
    args = parser.parse_args(argv)
    for line in convert(args.csv, per_label=args.per_label):
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
