"""Ingest cost over extraction alone (target: at most 10 % more time).

Runs, interleaved, ``--reps`` times each: (a) the pipeline over the articles
(Records built, nothing stored) and (b) ``newsgraph.store.ingest`` of the same
articles into a fresh SQLite store (extraction + storing + linking, one
transaction per article). Reports the medians and the overhead (b - a) / a, on the process's CPU time (the
machine may be shared) and on wall time.

    PYTHONPATH=src python bench/ingest_overhead.py                      # BBC politics, 100 articles
    PYTHONPATH=src python bench/ingest_overhead.py --input FILE_OR_DIR --limit 200 --json

The default input is ../shared/data/corpora/bbc/politics (read in place, never
copied); without ../shared the bundled samples are used.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from newsgraph.article import Article, iter_articles
from newsgraph.pipeline import Pipeline
from newsgraph.store import Store, ingest

REPO = Path(__file__).resolve().parent.parent
SHARED = next(
    (p for p in (REPO.parent / "shared", REPO.parent.parent / "shared") if (p / "data").is_dir()),
    REPO.parent / "shared",
)
DEFAULT_INPUT = SHARED / "data" / "corpora" / "bbc" / "politics"
SAMPLES = REPO / "src" / "newsgraph" / "samples" / "articles.jsonl"


def load(path: Path, limit: int) -> list[Article]:
    out = []
    for item in iter_articles([path]):
        if isinstance(item, Article):
            out.append(item)
        if len(out) >= limit:
            break
    return out


def extract_only(pipeline: Pipeline, articles: list[Article]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    for _record in pipeline.pipe(articles):
        pass
    return time.perf_counter() - wall, time.process_time() - cpu


def extract_and_store(
    pipeline: Pipeline, articles: list[Article], folder: Path, rep: int
) -> tuple[float, float]:
    with Store(f"sqlite:///{folder / f'bench-{rep}.db'}") as store:  # migrated before timing
        wall, cpu = time.perf_counter(), time.process_time()
        report = ingest(iter(articles), store=store, pipeline=pipeline)
        elapsed = time.perf_counter() - wall, time.process_time() - cpu
    assert report.added == len(articles), report
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    source = args.input or (DEFAULT_INPUT if DEFAULT_INPUT.is_dir() else SAMPLES)
    articles = load(source, args.limit)
    pipeline = Pipeline()
    extract_only(pipeline, articles[:5])  # warm up the model
    alone, stored = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for rep in range(args.reps):
            alone.append(extract_only(pipeline, articles))
            stored.append(extract_and_store(pipeline, articles, Path(tmp), rep))
    n = len(articles)
    a_wall, b_wall = (statistics.median(x[0] for x in runs) for runs in (alone, stored))
    a_cpu, b_cpu = (statistics.median(x[1] for x in runs) for runs in (alone, stored))
    # CPU time of this process is the figure judged: on a shared machine wall time also
    # counts other processes' work. Both are reported.
    result = {
        "input": str(source),
        "articles": n,
        "reps": args.reps,
        "extract_cpu_s_median": round(a_cpu, 3),
        "ingest_cpu_s_median": round(b_cpu, 3),
        "extract_wall_s_median": round(a_wall, 3),
        "ingest_wall_s_median": round(b_wall, 3),
        "extract_cpu_ms_per_article": round(1000 * a_cpu / n, 2),
        "store_cpu_ms_per_article": round(1000 * (b_cpu - a_cpu) / n, 2),
        "overhead": round((b_cpu - a_cpu) / a_cpu, 4),
        "overhead_wall": round((b_wall - a_wall) / a_wall, 4),
        "target": 0.10,
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>24}: {value}")
    return 0 if result["overhead"] <= result["target"] else 1


if __name__ == "__main__":
    sys.exit(main())
