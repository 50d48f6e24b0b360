"""Query latency on a large SQLite store: "quotes by speaker" p95 must stay under 50 ms.

Synthesises a store of ``--articles`` articles (default 100,000) by bulk-inserting
rows shaped exactly as ``store.ingest`` writes them (articles with full-text rows,
global entities with their name index, entity mentions, quotes in quote groups,
events with their reports); nothing is parsed. Then times the library query
functions (``newsgraph.store.queries``) as the CLI calls them.

    PYTHONPATH=src python bench/query_latency.py                 # builds /tmp/ng-bench/store-100000.db once
    PYTHONPATH=src python bench/query_latency.py --articles 20000 --runs 200 --json
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

from sqlalchemy import insert, text

from newsgraph.store import Store
from newsgraph.store import schema as t
from newsgraph.store.names import name_key
from newsgraph.store.queries import entity_profile, events, quotes, search

FIRST = [
    "Amina", "Omar", "Leila", "Hassan", "Sofia", "Pieter", "Grace", "Tomas", "Nadia", "Karim",
    "Jon", "Maria", "Yusuf", "Elena", "Kwame", "Ingrid", "Ravi", "Chen", "Fatima", "Diego",
]  # fmt: skip
LAST_STEMS = [
    "Haddad", "Okafor", "Lindqvist", "Rahimi", "Moreau", "Kowalski", "Mensah", "Duarte",
    "Nakamura", "Petrov", "Osei", "Bianchi", "Farouk", "Novak", "Adeyemi", "Sato",
]  # fmt: skip
WORDS = [
    "talks",
    "ceasefire",
    "budget",
    "election",
    "protest",
    "strike",
    "flood",
    "aid",
    "border",
    "troops",
    "reform",
    "court",
    "vote",
    "inflation",
    "harbour",
    "minister",
    "union",
    "deal",
    "peace",
    "sanctions",
    "refugees",
]
QUOTES_PER_ARTICLE = 3
BATCH = 20_000


def speakers(n: int) -> list[str]:
    lasts = [f"{stem}{suffix}" for suffix in ("", "i", "o", "a", "an", "er", "son", "el") for stem in LAST_STEMS]  # fmt: skip
    names = [f"{f} {last}" for last in lasts for f in FIRST]
    return names[:n]


def build(path: Path, *, articles: int, n_speakers: int, seed: int = 7) -> float:
    """Create the store at ``path``; returns the seconds it took."""
    rng = random.Random(seed)
    start = time.perf_counter()
    store = Store(f"sqlite:///{path}")
    people = speakers(n_speakers)
    outlets = [f"Outlet {i}" for i in range(200)]
    with store.transaction() as conn:
        conn.execute(
            insert(t.entities),
            [
                {"id": i + 1, "type": "PERSON", "name": name, "norm": name_key(name),
                 "n_mentions": 0, "n_articles": 0, "context": "{}"}
                for i, name in enumerate(people)
            ],
        )  # fmt: skip
        names = []
        for i, name in enumerate(people):
            key = name_key(name)
            names.append({"entity_id": i + 1, "norm": key, "kind": "full"})
            names.append({"entity_id": i + 1, "norm": key.split()[-1], "kind": "surname"})
        conn.execute(insert(t.entity_names), names)
    quote_id = 0
    for lo in range(0, articles, BATCH):
        rows_a, rows_m, rows_g, rows_q, rows_e, rows_r, fts_a, fts_q = ([] for _ in range(8))
        for aid in range(lo + 1, min(lo + BATCH, articles) + 1):
            day = 1 + rng.randrange(730)
            published = f"{2021 + day // 365}-{1 + (day % 365) // 31:02d}-{1 + day % 28:02d}"
            outlet = rng.choice(outlets)
            said = [rng.randrange(n_speakers) for _ in range(QUOTES_PER_ARTICLE)]
            contents = [" ".join(rng.choices(WORDS, k=12)) for _ in said]
            body = " ".join(
                f"{people[s]} said: “{c}.”" for s, c in zip(said, contents)
            )  # offsets below point into this text
            rows_a.append(
                {"id": aid, "article_key": f"a{aid}", "identity": f"{aid:040d}",
                 "content_hash": f"{aid:040d}", "url": f"https://example.org/{aid}",
                 "outlet": outlet, "published": published, "title": f"Article {aid}",
                 "language": "en", "text": body, "pipeline_version": "bench",
                 "record": "{}", "ingested_at": "2024-01-01T00:00:00+00:00"}
            )  # fmt: skip
            fts_a.append({"id": aid, "title": f"Article {aid}", "text": body})
            at = 0
            for s, content in zip(said, contents):
                quote_id += 1
                speaker = people[s]
                c_start = body.index(content, at)
                at = c_start + len(content)
                rows_m.append(
                    {"article_id": aid, "entity_id": s + 1, "local_id": f"e{quote_id}",
                     "type": "PERSON", "label": "PERSON", "name": speaker, "aliases": "[]",
                     "roles": "[]", "affiliations": "[]",
                     "spans": json.dumps([[c_start - len(speaker) - 8, c_start - 8]]), "n_spans": 1}
                )  # fmt: skip
                rows_g.append(
                    {"id": quote_id, "speaker_key": f"entity:{s + 1}", "speaker_entity_id": s + 1,
                     "text": content, "n_shingles": 10, "n_reports": 1, "n_outlets": 1,
                     "first_published": published}
                )  # fmt: skip
                rows_q.append(
                    {"id": quote_id, "article_id": aid, "group_id": quote_id,
                     "local_id": f"q{quote_id}", "kind": "direct", "text": content,
                     "start": c_start, "end": c_start + len(content), "speaker_entity_id": s + 1,
                     "speaker_text": speaker, "speaker_start": None, "speaker_end": None,
                     "speaker_kind": None, "cue": "said", "addressee_entity_id": None,
                     "addressee_text": None, "channel": rng.choice(["statement", "interview", None]),
                     "via_text": None, "date": None, "place_id": None,
                     "published": published, "outlet": outlet}
                )  # fmt: skip
                fts_q.append({"id": quote_id, "text": content})
            rows_e.append(
                {"id": aid, "type": rng.choice(["ASSAULT", "PROTEST", "CONSULT", "AID"]),
                 "actor_entity_id": said[0] + 1, "recipient_entity_id": said[1] + 1,
                 "place_id": None, "date": published, "date_min": published,
                 "date_max": published, "status": "asserted", "n_reports": 1, "n_sources": 1}
            )  # fmt: skip
            rows_r.append(
                {"article_id": aid, "event_id": aid, "local_id": "v1", "type": rows_e[-1]["type"],
                 "mode": None, "status": "asserted", "trigger_text": "said", "trigger_start": 0,
                 "trigger_end": 4, "actor_entity_id": said[0] + 1, "actor_text": None,
                 "actor_start": None, "actor_end": None, "actor_sector": None,
                 "recipient_entity_id": said[1] + 1, "recipient_text": None,
                 "recipient_start": None, "recipient_end": None, "recipient_sector": None,
                 "place_id": None, "place_precision": None, "date": published,
                 "date_precision": "day", "quote_id": None, "pattern": None,
                 "published": published, "outlet": outlet}
            )  # fmt: skip
        with store.transaction() as conn:
            conn.execute(insert(t.articles), rows_a)
            conn.execute(insert(t.entity_mentions), rows_m)
            conn.execute(insert(t.quote_groups), rows_g)
            conn.execute(insert(t.quotes), rows_q)
            conn.execute(insert(t.events), rows_e)
            conn.execute(insert(t.event_reports), rows_r)
            conn.execute(
                text("INSERT INTO articles_fts (rowid, title, text) VALUES (:id, :title, :text)"),
                fts_a,
            )
            conn.execute(text("INSERT INTO quotes_fts (rowid, text) VALUES (:id, :text)"), fts_q)
    with store.transaction() as conn:
        conn.exec_driver_sql(
            "UPDATE entities SET n_mentions = (SELECT count(*) FROM entity_mentions m "
            "WHERE m.entity_id = entities.id), n_articles = (SELECT count(DISTINCT article_id) "
            "FROM entity_mentions m WHERE m.entity_id = entities.id)"
        )
    with store.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    store.close()
    return time.perf_counter() - start


def timed(func, arguments: list[dict], store: Store) -> dict[str, float]:
    times = []
    for kwargs in arguments:
        start = time.perf_counter()
        func(store, **kwargs)
        times.append(1000 * (time.perf_counter() - start))
    times.sort()
    return {
        "runs": len(times),
        "p50_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2),
        "max_ms": round(times[-1], 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--speakers", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--db", type=Path, default=None, help="Store path (reused if present).")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    path = args.db or Path("/tmp/ng-bench") / f"store-{args.articles}.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    build_s = None
    if not path.exists():
        build_s = round(build(path, articles=args.articles, n_speakers=args.speakers), 1)
    rng = random.Random(11)
    people = speakers(args.speakers)
    full = [{"speaker": rng.choice(people)} for _ in range(args.runs)]
    surname = [{"speaker": rng.choice(people).split()[-1]} for _ in range(args.runs)]
    filtered = [
        {"speaker": rng.choice(people), "since": "2022-01-01", "outlet": f"Outlet {rng.randrange(200)}"}
        for _ in range(args.runs)
    ]  # fmt: skip
    small = max(20, args.runs // 5)
    with Store(f"sqlite:///{path}") as store:
        quotes(store, speaker=people[0])  # warm the page cache
        result = {
            "articles": args.articles,
            "store": str(path),
            "build_s": build_s,
            "quotes_by_speaker": timed(quotes, full, store),
            "quotes_by_surname": timed(quotes, surname, store),
            "quotes_by_speaker_since_outlet": timed(quotes, filtered, store),
            "events_by_type_actor": timed(
                events,
                [{"type": "ASSAULT", "actor": rng.choice(people)} for _ in range(small)],
                store,
            ),
            "entity_profile": timed(
                entity_profile, [{"name": rng.choice(people)} for _ in range(small)], store
            ),
            "search_two_words": timed(
                search,
                [{"query": " ".join(rng.sample(WORDS, 2)), "limit": 20} for _ in range(small)],
                store,
            ),
            "target_p95_ms": 50,
        }
    if args.json:
        print(json.dumps(result))
    else:
        print(json.dumps(result, indent=2))
    return 0 if result["quotes_by_speaker"]["p95_ms"] < 50 else 1  # type: ignore[index]


if __name__ == "__main__":
    sys.exit(main())
