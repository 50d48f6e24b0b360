"""newsgraph quotes vs textacy's ``direct_quotations`` on PolNeAR, scored side by side.

Both read the same spaCy parse of each article (parsed once) and are scored by the same
scorer (``newsgraph.eval.quotes``). textacy leaves speakers unresolved, so its
"resolution" counts a speaker whose own words carry the gold name. Where textacy
bails out of a document (an odd number of quotation marks), it gets each paragraph
on its own.

    PYTHONPATH=src python bench/quotes_vs_textacy.py --gold ../shared/data/quotes/polnear/dev
    PYTHONPATH=src python bench/quotes_vs_textacy.py --gold DIR --limit 20 --json

Needs the ``bench`` extra (textacy 0.13).
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import time
from pathlib import Path
from typing import Any

from newsgraph.eval.brat import GoldDocument, read_corpus
from newsgraph.eval.quotes import (
    PredictedAttribution,
    _article,
    name_spans,
    predictions_from_record,
    score,
)
from newsgraph.pipeline import Pipeline

log = logging.getLogger("bench.quotes_vs_textacy")

ROWS = (
    ("content overlap F1", ("content", "overlap", "f1")),
    ("content exact F1", ("content", "exact", "f1")),
    ("source overlap F1", ("source", "overlap", "f1")),
    ("cue overlap F1", ("cue", "overlap", "f1")),
    ("attribution F1", ("attribution", "f1")),
    ("resolution rate", ("resolution", "rate")),
)


def _fragments(tokens: Any, offset: int) -> tuple[tuple[int, int], ...] | None:
    spans = [(offset + t.idx, offset + t.idx + len(t.text)) for t in tokens]
    return tuple(sorted(spans)) or None


def _triples(doc: Any) -> list[tuple[int, Any]]:
    """(character offset, triple) pairs. textacy bails out of a whole document with an
    odd number of quotation marks; then it is given each paragraph on its own, which
    is fairer to it than an empty answer."""
    from textacy.extract.triples import direct_quotations

    try:
        return [(0, t) for t in direct_quotations(doc)]
    except ValueError as e:
        log.info("textacy bailed out on the whole document (%s); trying paragraphs", e)
    out: list[tuple[int, Any]] = []
    for m in re.finditer(r"[^\n]+", doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or not len(span):
            continue
        try:
            out.extend((span.start_char, t) for t in direct_quotations(span.as_doc()))
        except ValueError:
            continue
    return out


def textacy_predictions(doc: Any) -> list[PredictedAttribution]:
    out: list[PredictedAttribution] = []
    for offset, (speaker, cue, content) in _triples(doc):
        out.append(
            PredictedAttribution(
                content=((offset + content.start_char, offset + content.end_char),),
                source=_fragments(speaker, offset),
                cue=_fragments(cue, offset),
                speaker_names=(" ".join(t.text for t in speaker),),
            )
        )
    return out


def run(gold_dir: Path, *, limit: int | None) -> dict[str, Any]:
    pipeline = Pipeline()
    docs: list[GoldDocument] = read_corpus(gold_dir, limit=limit)
    ours: list[tuple[GoldDocument, list[PredictedAttribution], list[tuple[int, int]]]] = []
    theirs: list[tuple[GoldDocument, list[PredictedAttribution], list[tuple[int, int]]]] = []
    seconds = {"parse": 0.0, "newsgraph": 0.0, "textacy": 0.0}
    for gold in docs:
        t0 = time.perf_counter()
        doc = pipeline.nlp(gold.text)
        t1 = time.perf_counter()
        record = pipeline.record(doc, _article(gold))
        t2 = time.perf_counter()
        their = textacy_predictions(doc)
        t3 = time.perf_counter()
        seconds["parse"] += t1 - t0
        seconds["newsgraph"] += t2 - t1
        seconds["textacy"] += t3 - t2
        names = name_spans(doc)
        ours.append((gold, predictions_from_record(record), names))
        theirs.append((gold, their, names))
    return {
        "documents": len(docs),
        "newsgraph": score(ours),
        "textacy": score(theirs),
        "seconds": {k: round(v, 2) for k, v in seconds.items()},
    }


def _get(result: dict[str, Any], path: tuple[str, ...]) -> float:
    value: Any = result
    for key in path:
        value = value[key]
    return float(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, required=True, help="PolNeAR split folder")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    result = run(args.gold, limit=args.limit)
    if args.json:
        sys.stdout.write(json.dumps(result, indent=2, sort_keys=True) + "\n")
        return 0
    lines = [f"PolNeAR {args.gold.name}: {result['documents']} articles", ""]
    lines.append(f"{'':24}{'newsgraph':>12}{'textacy':>12}")
    for label, path in ROWS:
        lines.append(
            f"{label:24}{_get(result['newsgraph'], path):>12.3f}{_get(result['textacy'], path):>12.3f}"
        )
    lines.append("")
    lines.append(f"seconds: {result['seconds']}")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
