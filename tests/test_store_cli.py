"""The store's commands through the CLI, on both backends, plus schema migrations."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from newsgraph.cli import main, sample_dir
from newsgraph.store import Store, store_record
from newsgraph.store.export import EVENT_COLUMNS, QUOTE_COLUMNS
from test_store import bbc_record, cnn_record, massoud_record

SAMPLES = str(sample_dir() / "articles.jsonl")


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def filled(store_url):
    """A store holding three hand-built reports about the same events."""
    with Store(store_url) as store:
        for record in (cnn_record(), bbc_record(), massoud_record()):
            store_record(store, record)
    return store_url


def test_store_cli_ingest_samples_is_idempotent_and_lists_errors(store_url, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": ""}\n{not json\n', "utf-8")
    first = run("ingest", SAMPLES, str(bad), "--db", store_url, "--json")
    assert json.loads(first.output) == {"added": 4, "updated": 0, "unchanged": 0, "failed": 2}
    again = run("ingest", SAMPLES, str(bad), "--db", store_url)
    assert "0 added, 0 re-extracted, 4 unchanged, 2 failed" in again.output
    stats = json.loads(run("stats", "--db", store_url, "--json").output)
    assert set(stats) == {"articles", "entities", "quotes", "events", "places"}
    assert stats["articles"] == 4 and stats["entities"] > 10
    errors = json.loads(run("errors", "--db", store_url, "--json").output)
    assert {(e["source"], e["code"], e["count"]) for e in errors} == {
        (f"{bad}:1", "empty", 2),
        (f"{bad}:2", "bad_json", 2),
    }


def test_store_cli_only_bad_input_exits_2(store_url, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", "utf-8")
    result = CliRunner().invoke(main, ["ingest", str(bad), "--db", store_url])
    assert result.exit_code == 2


def test_store_cli_quotes_filters_and_formats(filled):
    rows = json.loads(
        run(
            "quotes",
            "--speaker",
            "Mujahid",
            "--since",
            "2021-08-01",
            "--outlet",
            "CNN",
            "--db",
            filled,
            "--json",
        ).output
    )
    assert [(r["outlet"], r["speaker"], r["n_outlets"]) for r in rows] == [
        ("CNN", "Zabihullah Mujahid", 2)
    ]
    table = run("quotes", "--speaker", "Mujahid", "--db", filled).output
    assert "Mujahid" in table and "BBC" in table and "CNN" in table
    parsed = list(csv.DictReader(io.StringIO(run("quotes", "--db", filled, "--csv").output)))
    assert len(parsed) == 3 and {"speaker", "text", "outlet"} <= set(parsed[0])


def test_store_cli_events_entity_timeline_search(filled):
    events = json.loads(
        run(
            "events",
            "--type",
            "ASSAULT",
            "--place",
            "Panjshir",
            "--status",
            "asserted",
            "--db",
            filled,
            "--json",
        ).output
    )
    assert [(e["actor"], e["n_sources"]) for e in events] == [("Taliban", 2)]
    profile = json.loads(run("entity", "Ahmad Massoud", "--db", filled, "--json").output)
    assert profile["affiliations"][0]["name"] == "National Resistance Front"
    text = run("entity", "Ahmad Massoud", "--db", filled).output
    assert "talks to: Taliban (addressed)" in text
    missing = CliRunner().invoke(main, ["entity", "Nobody Atall", "--db", filled])
    assert missing.exit_code == 1 and "no entity named" in missing.output
    items = json.loads(run("timeline", "Panjshir", "--db", filled, "--json").output)
    assert [i["kind"] for i in items] == ["event"]
    hits = json.loads(run("search", "solve the problem", "--db", filled, "--json").output)
    assert {h["outlet"] for h in hits} == {"CNN", "BBC"}


def test_store_cli_export_events_in_three_formats(filled, tmp_path):
    out = run("export", "--what", "events", "--format", "csv", "--db", filled).output
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == list(EVENT_COLUMNS)
    assert {r["source_outlet"] for r in rows} == {"CNN", "BBC"}
    assert {r["n_sources"] for r in rows} == {"2"}
    cnn = next(r for r in rows if r["source_outlet"] == "CNN")
    assert cnn["place_country"] == "Afghanistan" and cnn["event_date"] == "2021-08-30"
    record = cnn_record()
    start, end = int(cnn["trigger_start"]), int(cnn["trigger_end"])
    assert record.article.text[start:end] == cnn["trigger"] == "attacked"

    lines = run("export", "--what", "quotes", "--format", "jsonl", "--db", filled).output
    quotes = [json.loads(line) for line in lines.splitlines()]
    assert len(quotes) == 3 and set(quotes[0]) == set(QUOTE_COLUMNS)

    import pyarrow.parquet as pq

    target = tmp_path / "events.parquet"
    run("export", "--what", "events", "--format", "parquet", "--output", str(target), "--db", filled)  # fmt: skip
    table = pq.read_table(target)
    assert table.num_rows == 2 and table.column("n_sources").to_pylist() == [2, 2]
    refused = CliRunner().invoke(
        main, ["export", "--what", "events", "--format", "parquet", "--db", filled]
    )
    assert refused.exit_code == 1 and "--output" in refused.output


def test_store_cli_export_entities_and_articles(filled):
    entities = [
        json.loads(line)
        for line in run("export", "--what", "entities", "--db", filled).output.splitlines()
    ]
    mujahid = next(e for e in entities if e["name"] == "Zabihullah Mujahid")
    assert mujahid["n_articles"] == 2 and "spokesman" in mujahid["roles"]
    articles = run("export", "--what", "articles", "--format", "csv", "--db", filled).output
    assert len(list(csv.DictReader(io.StringIO(articles)))) == 3


def test_store_cli_demo_ingests_the_samples(tmp_path):
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    result = run("demo", "--db", url)
    assert "4 added" in result.output and "articles" in result.output
    assert "4 already stored" in run("demo", "--db", url).output


def test_store_cli_bad_store_url_is_one_line(tmp_path):
    result = CliRunner().invoke(main, ["stats", "--db", "mysql://x@y/z"])
    assert result.exit_code == 2
    assert "unsupported store URL" in result.output and "Traceback" not in result.output


def test_store_migrations_match_the_schema(store_url):
    """The migrated database is exactly what store/schema.py declares."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from newsgraph.store.schema import metadata

    with Store(store_url) as store, store.connect() as conn:
        context = MigrationContext.configure(conn)
        diff = compare_metadata(context, metadata)
        # Full-text tables (SQLite) and tsvector indexes (PostgreSQL) live outside the metadata.
        full_text = [d for d in diff if "_fts" in str(d) or "_tsv" in str(d)]
        assert [d for d in diff if d not in full_text] == []
        assert context.get_current_revision() == "0003"
