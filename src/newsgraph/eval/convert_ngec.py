"""NGEC synthetic stories (CSV, one PLOVER label per story) → newsgraph events gold JSONL.

    python -m newsgraph.eval.convert_ngec gpt_synthetic_events_2023-10-19_19.csv \
        --per-label 25 > /tmp/ngec.jsonl

Each story becomes ``{"id", "text", "published": null, "events": [{"type", "mode",
"actor": null, "recipient": null, "location": null}], "doc_label": true}``: the label says
what the story is about, not every event in it, so the scorer reports document-label
figures for these lines (is the label among the predicted types; is it the most frequent
one). ``--per-label N`` keeps the first N stories of each label in file order: a fixed,
balanced subset; ``--skip N`` first passes over N stories of each label (a disjoint subset).

``--lead`` writes the story's first sentence instead, as an ordinary scored line whose
one gold event is the label: a sentence-level PLOVER check (noisy: a synthetic story's
lead does not always state the labelled event, and may state others).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = ["convert", "lead_sentence", "main"]

# A sentence ends at . ! ? before a capital or a quote, unless the dot closes an
# abbreviation ("U.S. Navy", "Gen. Smith", "St. Louis").
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[A-Z\"'(])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|Gen|Gov|Sen|Rep|St|Lt|Col|Capt|Sgt|Prof|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Inc|Co|Corp|Ltd|vs)\.)$"
)


def lead_sentence(text: str) -> str:
    """The first sentence of the first paragraph."""
    paragraph = text.strip().split("\n", 1)[0].strip()
    for match in _SENTENCE_END.finditer(paragraph):
        head = paragraph[: match.start()].rstrip("\"')]")
        if not _ABBREVIATION.search(head):
            return paragraph[: match.start()].strip()
    return paragraph


def convert(
    path: Path, *, per_label: int | None = None, skip: int = 0, lead: bool = False
) -> Iterator[dict[str, Any]]:
    seen: Counter[str] = Counter()
    with path.open(newline="", encoding="utf-8") as fh:
        for row_number, row in enumerate(csv.DictReader(fh), start=1):
            label = (row.get("label") or "").strip().upper()
            text = (row.get("text") or "").strip()
            if not label or not text:
                continue
            seen[label] += 1
            if seen[label] <= skip:
                continue
            if per_label is not None and seen[label] > skip + per_label:
                continue
            mode = (row.get("mode") or "").strip().lower() or None
            line: dict[str, Any] = {
                "id": f"ngec-{row_number}",
                "text": lead_sentence(text) if lead else text,
                "published": None,
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
            if not lead:
                line["doc_label"] = True
            yield line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("csv", type=Path, help="NGEC synthetic events CSV")
    parser.add_argument("--per-label", type=int, default=None, help="first N stories per label")
    parser.add_argument("--skip", type=int, default=0, help="pass over N stories per label first")
    parser.add_argument("--lead", action="store_true", help="first sentences as scored lines")
    args = parser.parse_args(argv)
    for line in convert(args.csv, per_label=args.per_label, skip=args.skip, lead=args.lead):
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
