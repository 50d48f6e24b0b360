"""A real ``kill -9`` of ``newsgraph ingest`` leaves no half-written article, and
running the same command again finishes the job without duplicates."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from newsgraph.article import iter_articles
from newsgraph.store import Store, ingest
from newsgraph.store import schema as t
from newsgraph.store.queries import stats

REPO = Path(__file__).resolve().parent.parent
FIRST = ["Amina", "Omar", "Leila", "Hassan", "Sofia", "Pieter", "Grace", "Tomas", "Nadia", "Karim"]
LAST = ["Haddad", "Okafor", "Lindqvist", "Rahimi", "Moreau", "Kowalski", "Mensah", "Duarte"]
ORGS = ["Red Crescent", "Harbour Authority", "Ministry of Health", "Teachers Union", "City Council"]
CITIES = ["Tripoli", "Lagos", "Gdansk", "Herat", "Porto", "Accra", "Malmo"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def articles(n: int) -> list[dict]:
    out = []
    for i in range(n):
        first, last = FIRST[i % len(FIRST)], LAST[(i // 3) % len(LAST)]
        org, city, day = ORGS[i % len(ORGS)], CITIES[(i // 2) % len(CITIES)], DAYS[i % len(DAYS)]
        text = (
            f"{first} {last}, a spokesperson for the {org}, said on {day} that {20 + i} families "
            f"had been moved out of low-lying parts of {city} after heavy rain. "
            f"“We are doing everything we can, but the water is still rising,” {last} told "
            f"reporters. The {org} said it would ask the national government for more money "
            f"before the end of the month, and that schools in {city} would stay closed."
        )
        out.append(
            {
                "id": f"kill-{i}",
                "text": text,
                "outlet": ["Coast Times", "Daily Ledger", "Metro Wire"][i % 3],
                "published": f"2024-02-{1 + i % 28:02d}",
            }
        )
    return out


def run_ingest(path: Path, url: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    return subprocess.Popen(
        [sys.executable, "-m", "newsgraph", "ingest", str(path), "--db", url],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def stored(store: Store) -> int:
    with store.connect() as conn:
        return conn.execute(select(func.count()).select_from(t.articles)).scalar_one()


def kill_when(proc: subprocess.Popen, store: Store, *, at_least: int) -> int:
    """SIGKILL the ingest once ``at_least`` articles are committed; the count seen then."""
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        n = stored(store)
        if n >= at_least or proc.poll() is not None:
            break
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    if proc.returncode != -signal.SIGKILL:
        raise AssertionError(
            f"the ingest ended before it was killed: {proc.stderr.read().decode()}"
        )
    return n


def assert_whole(store: Store) -> None:
    """Every stored article has exactly the rows its Record calls for."""
    with store.connect() as conn:
        rows = conn.execute(select(t.articles.c.id, t.articles.c.record)).all()
        for article_id, record_json in rows:
            record = json.loads(record_json)
            for table, key in (
                (t.entity_mentions, "entities"),
                (t.place_mentions, "places"),
                (t.quotes, "quotes"),
                (t.event_reports, "events"),
            ):
                n = conn.execute(
                    select(func.count()).select_from(table).where(table.c.article_id == article_id)
                ).scalar_one()
                assert n == len(record[key]), (article_id, key)
        identities = conn.execute(
            select(func.count(func.distinct(t.articles.c.identity)))
        ).scalar_one()
        assert identities == len(rows)
        orphans = conn.execute(
            select(func.count()).select_from(t.entities).where(t.entities.c.n_mentions == 0)
        ).scalar_one()
        assert orphans == 0


def test_store_kill_9_and_rerun_finishes_without_duplicates(store_url, tmp_path, pipeline):
    data = articles(40)
    path = tmp_path / "batch.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in data), "utf-8")
    with Store(store_url) as store:
        first = kill_when(run_ingest(path, store_url), store, at_least=3)
        assert 3 <= stored(store) < len(data)
        assert_whole(store)
        # Kill the rerun too, later on, then let a third run finish.
        kill_when(run_ingest(path, store_url), store, at_least=first + 10)
        assert_whole(store)
        proc = run_ingest(path, store_url)
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()
        assert "0 failed" in out.decode()
        assert stored(store) == len(data)
        assert_whole(store)
        result = stats(store)
    # The interrupted store ends up just like one built in a single uninterrupted run.
    with Store(f"sqlite:///{tmp_path / 'reference.db'}") as reference:
        ingest(iter_articles([path]), store=reference, pipeline=pipeline)
        assert stats(reference) == result
