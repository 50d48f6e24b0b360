"""Throughput of newsgraph against bare spaCy, 1 vs 2 workers, textacy for reference.

    PYTHONPATH=src python bench/throughput.py --docs 1000 --repeat 3 --json out.json

All in one process tree, on the first ``--docs`` non-empty Reuters-21578 bodies:

- bare spaCy ``nlp.pipe`` with the same model and components newsgraph loads: the floor;
- newsgraph full extraction in this process (``Pipeline.pipe``): words/s, ratio to bare;
  bare and full runs alternate, so drifting load on a shared machine hits both alike;
- where the time goes: each extract stage timed over already-parsed Docs;
- textacy ``direct_quotations`` over the same parsed Docs (reference);
- the multiprocess runner (``run_local``, no store) with 1 and 2 worker processes:
  steady-state words/s (after the first batch, so start-up is excluded), the ratio,
  peak RSS per worker, and RSS at checkpoints through the run (memory must stay flat).

Figures are medians over ``--repeat`` runs. ``--profile`` adds a cProfile of the
extract stages (top functions by cumulative time).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import html
import io
import json
import logging
import os
import platform
import pstats
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CORPUS = Path("data", "corpora", "reuters21578")


def default_corpus() -> Path:
    """$NEWSGRAPH_SHARED, else the nearest ``shared/`` beside the repo or above it."""
    env = os.environ.get("NEWSGRAPH_SHARED")
    roots = [Path(env)] if env else [p / "shared" for p in REPO.parents]
    for root in roots:
        if (root / CORPUS).is_dir():
            return root / CORPUS
    return roots[0] / CORPUS


BATCH = 16


def reuters_bodies(corpus: Path, limit: int) -> Iterator[str]:
    """Non-empty bodies in file order, HTML entities unescaped (as a reader would)."""
    count = 0
    for path in sorted(corpus.glob("reut2-*.json")):
        for doc in json.loads(path.read_text("utf-8", errors="replace")):
            body = (doc.get("body") or "").strip()
            if body:
                yield html.unescape(body)
                count += 1
                if count >= limit:
                    return


def timed(func: Callable[[], Any]) -> float:
    started = time.perf_counter()
    func()
    return time.perf_counter() - started


def timed_both(func: Callable[[], Any]) -> tuple[float, float]:
    """(wall, CPU) seconds: CPU time is what other processes' load does not inflate."""
    wall, cpu = time.perf_counter(), time.process_time()
    func()
    return time.perf_counter() - wall, time.process_time() - cpu


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def bare_spacy(nlp: Any, texts: list[str]) -> None:
    with nlp.memory_zone():
        for _doc in nlp.pipe(texts, batch_size=BATCH):
            pass


def full_extraction(pipeline: Any, articles: list[Any]) -> int:
    return sum(len(r.quotes) for r in pipeline.pipe(articles, batch_size=BATCH))


def stage_times(pipeline: Any, docs: list[Any], articles: list[Any]) -> dict[str, float]:
    """CPU seconds per stage over parsed Docs, in pipeline order like Pipeline.record.

    CPU time, not wall-clock: on a shared machine it is what other load leaves alone
    (and cProfile is no guide here: its per-call overhead inflates cheap, frequent calls
    such as Doc.text several-fold).
    """
    from newsgraph.extract.findings import Findings
    from newsgraph.pipeline import STAGES

    seconds = dict.fromkeys((name for name, _, _ in STAGES), 0.0)
    seconds["record"] = 0.0
    for doc, article in zip(docs, articles):
        found = Findings(article=article)
        for name, stage, attr in STAGES:
            started = time.process_time()
            try:
                setattr(found, attr, stage(doc, found))
            except Exception:
                logging.exception("stage %s failed", name)
            seconds[name] += time.process_time() - started
    seconds["record"] = timed_both(lambda: [pipeline.record(d, a) for d, a in zip(docs, articles)])[
        1
    ]
    return seconds


def profile_stages(pipeline: Any, docs: list[Any], articles: list[Any], top: int) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    for doc, article in zip(docs, articles):
        pipeline.record(doc, article)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def textacy_quotes(docs: list[Any]) -> int:
    from textacy.extract.triples import direct_quotations

    found = 0
    for doc in docs:
        with contextlib.suppress(Exception):  # textacy raises on some unbalanced quotes
            found += sum(1 for _ in direct_quotations(doc))
    return found


def workers_run(articles: list[Any], workers: int) -> Any:
    from newsgraph.scale import NullSink, run_local

    return run_local(iter(articles), sink=NullSink(), workers=workers, batch_size=BATCH)


def rss_mb() -> float:
    from newsgraph.scale.worker import memory

    return memory()[0] / 2**20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=1000, help="Reuters bodies to use")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument("--workers", type=int, default=2, help="the many-worker run")
    parser.add_argument("--corpus", type=Path, default=None, help="reuters21578 folder")
    parser.add_argument("--skip-workers", action="store_true", help="in-process figures only")
    parser.add_argument("--workers-only", action="store_true", help="the run_local figures only")
    parser.add_argument(
        "--memory-only",
        action="store_true",
        help="one 1-worker run: worker RSS at checkpoints through the docs (flat memory)",
    )
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="cProfile top N")
    parser.add_argument("--json", type=Path, help="write the figures here as JSON")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    from newsgraph.article import Article
    from newsgraph.pipeline import Pipeline, load_nlp

    args.corpus = args.corpus or default_corpus()
    texts = list(reuters_bodies(args.corpus, args.docs))
    if not texts:
        print(f"no Reuters bodies under {args.corpus}", file=sys.stderr)
        return 2
    words = sum(len(t.split()) for t in texts)
    articles = [Article(text=t, source=f"reuters#{i}") for i, t in enumerate(texts)]
    if args.memory_only:
        return memory_run(articles, words, args.json)
    nlp = load_nlp()
    pipeline = Pipeline(nlp=nlp)
    out: dict[str, Any] = {
        "docs": len(texts),
        "words": words,
        "repeat": args.repeat,
        "cpu_count": os.cpu_count(),
        "load_average_start": list(os.getloadavg()),
        "python": platform.python_version(),
        "model": pipeline.info["model"],
        "components": list(nlp.pipe_names),
    }
    print(f"{len(texts):,} docs, {words:,} words; components {nlp.pipe_names}", flush=True)
    if args.workers_only:
        out.update(worker_figures(articles, words, args.workers, args.repeat))
        out["load_average_end"] = list(os.getloadavg())
        print(json.dumps(out, indent=2))
        if args.json:
            args.json.write_text(json.dumps(out, indent=2) + "\n", "utf-8")
        return 0
    bare_spacy(nlp, texts[:50])  # warm-up: lazily built tables, caches
    full_extraction(pipeline, articles[:50])

    bare, full, bare_cpu, full_cpu = [], [], [], []
    for run in range(args.repeat):
        wall, cpu = timed_both(lambda: bare_spacy(nlp, texts))
        bare.append(words / wall)
        bare_cpu.append(words / cpu)
        wall, cpu = timed_both(lambda: full_extraction(pipeline, articles))
        full.append(words / wall)
        full_cpu.append(words / cpu)
        print(f"  run {run + 1}: bare {bare[-1]:,.0f} w/s ({bare_cpu[-1]:,.0f} per CPU s), "
              f"full {full[-1]:,.0f} w/s ({full_cpu[-1]:,.0f} per CPU s)", flush=True)  # fmt: skip
    out["bare_spacy_words_per_s"] = median(bare)
    out["full_words_per_s"] = median(full)
    out["full_over_bare"] = out["full_words_per_s"] / out["bare_spacy_words_per_s"]
    out["bare_spacy_words_per_cpu_s"] = median(bare_cpu)
    out["full_words_per_cpu_s"] = median(full_cpu)
    out["full_over_bare_cpu"] = out["full_words_per_cpu_s"] / out["bare_spacy_words_per_cpu_s"]
    out["runs"] = {"bare": bare, "full": full, "bare_cpu": bare_cpu, "full_cpu": full_cpu}

    docs = list(nlp.pipe(texts, batch_size=BATCH))
    stages = stage_times(pipeline, docs, articles)
    parse_seconds = words / out["bare_spacy_words_per_cpu_s"]
    out["stage_seconds"] = stages
    out["stage_ms_per_doc"] = {k: 1000 * v / len(texts) for k, v in stages.items()}
    out["parse_ms_per_doc"] = 1000 * parse_seconds / len(texts)
    if args.profile:
        out["profile"] = profile_stages(pipeline, docs, articles, args.profile)

    try:
        # Once: textacy's direct_quotations is slow and only a reference point.
        found: list[int] = []
        quotes_seconds = [timed_both(lambda: found.append(textacy_quotes(docs)))[1]]
        out["textacy_quotes_found"] = found[0]
        out["newsgraph_quotes_found"] = full_extraction(pipeline, articles)
        out["textacy_direct_quotations_seconds"] = median(quotes_seconds)
        out["textacy_words_per_s_with_parse"] = words / (parse_seconds + median(quotes_seconds))
    except ImportError:
        out["textacy"] = "not installed (pip install textacy)"
    docs.clear()  # free the parsed Docs before the worker runs

    if not args.skip_workers:
        out.update(worker_figures(articles, words, args.workers, args.repeat))
    out["parent_rss_mb"] = rss_mb()
    out["load_average_end"] = list(os.getloadavg())
    report(out, args.workers)
    if args.json:
        args.json.write_text(json.dumps(out, indent=2) + "\n", "utf-8")
    return 0


def worker_figures(articles: list[Any], words: int, workers: int, repeat: int) -> dict[str, Any]:
    """run_local (no store) with 1 and ``workers`` processes: rates, RSS, CPU per word."""
    out: dict[str, Any] = {}
    for count in (1, workers):
        rates, peaks, per_cpu = [], [], []
        samples: list[tuple[int, int, int]] = []
        for _ in range(repeat):
            stats = workers_run(articles, count)
            rate = stats.steady_words_per_s
            rates.append(rate if rate is not None else words / stats.seconds)
            per_cpu.append(words / max(stats.worker_cpu_seconds, 1e-9))
            peaks.append(max(stats.peak_rss.values(), default=0) / 2**20)
            samples = stats.rss_samples
            print(f"  {count} worker(s): {rates[-1]:,.0f} w/s (steady), "
                  f"{stats.seconds:.1f}s total, peak RSS {peaks[-1]:.0f} MB", flush=True)  # fmt: skip
        out[f"workers_{count}_words_per_s"] = median(rates)
        out[f"workers_{count}_peak_rss_mb"] = max(peaks)
        out[f"workers_{count}_runs"] = rates
        out[f"workers_{count}_words_per_worker_cpu_s"] = median(per_cpu)
        out[f"workers_{count}_rss_checkpoints_mb"] = checkpoints(samples, len(articles))
    out["workers_ratio"] = out[f"workers_{workers}_words_per_s"] / out["workers_1_words_per_s"]
    return out


def memory_run(articles: list[Any], words: int, json_path: Path | None) -> int:
    stats = workers_run(articles, 1)
    out = {
        "docs": len(articles),
        "words": words,
        "seconds": stats.seconds,
        "steady_words_per_s": stats.steady_words_per_s,
        "worker_peak_rss_mb": max(stats.peak_rss.values(), default=0) / 2**20,
        "worker_rss_checkpoints_mb": checkpoints(stats.rss_samples, len(articles)),
        "parent_rss_mb": rss_mb(),
        "load_average_end": list(os.getloadavg()),
    }
    print(json.dumps(out, indent=2))
    if json_path:
        json_path.write_text(json.dumps(out, indent=2) + "\n", "utf-8")
    return 0


def checkpoints(samples: list[tuple[int, int, int]], total: int) -> dict[str, dict[str, float]]:
    """Each worker's RSS (MB) at the first sample past each eighth of the run."""
    marks = sorted({max(1, total * k // 8) for k in range(1, 9)})
    out: dict[str, dict[str, float]] = {}
    for pid in sorted({pid for _, pid, _ in samples}):
        mine = [(done, rss) for done, p, rss in samples if p == pid]
        row: dict[str, float] = {}
        for mark in marks:
            later = [rss for done, rss in mine if done >= mark]
            if later:
                row[str(mark)] = round(later[0] / 2**20, 1)
        out[str(pid)] = row
    return out


def report(out: dict[str, Any], workers: int) -> None:
    lines = [
        "",
        f"docs {out['docs']:,}, words {out['words']:,}, cpus {out['cpu_count']}, "
        f"load {out['load_average_start'][0]:.1f} -> {out['load_average_end'][0]:.1f}",
        f"bare spaCy nlp.pipe      {out['bare_spacy_words_per_s']:>10,.0f} words/s",
        f"newsgraph full (1 proc)  {out['full_words_per_s']:>10,.0f} words/s  "
        f"= {out['full_over_bare']:.2f} x bare (target >= 0.80)",
        f"per CPU second: bare {out['bare_spacy_words_per_cpu_s']:,.0f}, full "
        f"{out['full_words_per_cpu_s']:,.0f} words = {out['full_over_bare_cpu']:.2f} x bare",
        "where the time goes (CPU ms/doc): parse "
        f"{out['parse_ms_per_doc']:.2f}, "
        + ", ".join(f"{k} {v:.2f}" for k, v in out["stage_ms_per_doc"].items()),
    ]
    if "textacy_direct_quotations_seconds" in out:
        lines.append(
            f"textacy direct_quotations {out['textacy_direct_quotations_seconds']:.2f}s over the "
            f"parsed docs ({out['textacy_words_per_s_with_parse']:,.0f} words per CPU s with parsing); "
            f"quotes found: textacy {out['textacy_quotes_found']}, "
            f"newsgraph {out['newsgraph_quotes_found']}"
        )
    if "workers_ratio" in out:
        lines += [
            f"run_local 1 worker       {out['workers_1_words_per_s']:>10,.0f} words/s (steady)",
            f"run_local {workers} workers      {out[f'workers_{workers}_words_per_s']:>10,.0f} "
            f"words/s = {out['workers_ratio']:.2f} x 1 worker (target >= 1.7)",
            "words per worker CPU second: 1 worker "
            f"{out['workers_1_words_per_worker_cpu_s']:,.0f}, {workers} workers "
            f"{out[f'workers_{workers}_words_per_worker_cpu_s']:,.0f}",
            f"peak RSS per worker      {out[f'workers_{workers}_peak_rss_mb']:>10,.0f} MB "
            "(target < 1024)",
            f"worker RSS checkpoints (articles done: MB) {out['workers_1_rss_checkpoints_mb']}",
        ]
    if "profile" in out:
        lines += ["", out["profile"]]
    print("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
