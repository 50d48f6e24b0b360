"""CLI commands of the store; ``newsgraph.cli`` registers ``COMMANDS``.

Each command opens the store, calls one library function (``ingest``, ``queries``,
``export``) and prints the result as a table, JSON or CSV.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable
from typing import Any

import click

from newsgraph.scale.commands import scale_options
from newsgraph.store.url import DEFAULT_URL


def db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db",
        "db",
        default=None,
        metavar="URL",
        help=f"Store: a SQLite path or postgresql://USER:PW@HOST/DB (default {DEFAULT_URL}).",
    )(func)


def output_options(func: Callable[..., Any]) -> Callable[..., Any]:
    func = click.option("--csv", "as_csv", is_flag=True, help="Print CSV.")(func)
    func = click.option("--json", "as_json", is_flag=True, help="Print JSON.")(func)
    return func


def limit_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--limit", default=100, show_default=True, help="At most this many rows.")(
        func
    )


def open_store(db: str | None) -> Any:
    from newsgraph.store.db import Store

    return Store(db)


def emit(rows: list[dict[str, Any]], *, as_json: bool, as_csv: bool, title: str = "") -> None:
    """Rows as JSON, CSV or a table (lists joined with commas)."""
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    if as_csv:
        buffer = io.StringIO()
        if rows:
            writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
        click.echo(buffer.getvalue(), nl=False)
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if not rows:
        console.print(f"[dim]no {title or 'rows'} found[/dim]")
        return
    table = Table(title=title or None, show_lines=False)
    for key in rows[0]:
        table.add_column(key, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(v) for v in row.values()))
    console.print(table)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--published", help="Publication date (YYYY-MM-DD) for articles that lack one.")
@click.option("--outlet", help="Outlet for articles that lack one.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@scale_options
def ingest(
    paths: tuple[str, ...],
    db: str | None,
    published: str | None,
    outlet: str | None,
    as_json: bool,
    workers: int | None,
    cluster: str | None,
    parquet_dir: str | None,
) -> None:
    """Extract articles and store them; re-running skips what is already stored.

    PATHS are what `newsgraph extract` reads (.txt, .html, .jsonl, directories, -).
    Each article is committed on its own, so an interrupted run can simply be run
    again. Unreadable documents are listed by `newsgraph errors`.

    With --workers N, N processes extract and this one writes (progress bar, resumable);
    with --cluster URL, a Dask cluster does (see docs/scale.md).

    Example: newsgraph ingest articles.jsonl --db news.db --workers 4
    """
    from newsgraph.cli import read_inputs
    from newsgraph.pipeline import Pipeline
    from newsgraph.store.ingest import ingest as run_ingest

    meta = {"published": published, "outlet": outlet}
    if workers is not None or cluster is not None:
        from newsgraph.scale.commands import run_scaled

        report = run_scaled(paths, db=db, meta=meta, workers=workers, cluster=cluster,
                            parquet_dir=parquet_dir)  # fmt: skip
    else:
        store = open_store(db)
        items = read_inputs(paths, meta)
        report = run_ingest(items, store=store, pipeline=Pipeline())
    if as_json:
        click.echo(json.dumps(report.as_dict()))
    else:
        click.echo(
            f"{report.added} added, {report.updated} re-extracted, "
            f"{report.unchanged} unchanged, {report.failed} failed"
        )
    if report.failed and not (report.added or report.updated or report.unchanged):
        sys.exit(2)


@click.command()
@db_option
@output_options
@limit_option
def errors(db: str | None, as_json: bool, as_csv: bool, limit: int) -> None:
    """List documents that could not be read or extracted, most recent first.

    Example: newsgraph errors --json
    """
    from newsgraph.store import queries

    emit(
        queries.errors(open_store(db), limit=limit), as_json=as_json, as_csv=as_csv, title="errors"
    )


@click.command()
@db_option
@click.option("--speaker", help='Who said it: a name, surname or alias ("Mujahid").')
@click.option("--since", help="Published on or after (YYYY-MM-DD).")
@click.option("--until", help="Published on or before (YYYY-MM-DD).")
@click.option("--outlet", help="Outlet name (case-insensitive).")
@click.option("--channel", help="interview, social_media, statement, press_conference, ...")
@click.option("--text", "text_", help="Words the quote must contain (full-text).")
@output_options
@limit_option
def quotes(
    db: str | None,
    speaker: str | None,
    since: str | None,
    until: str | None,
    outlet: str | None,
    channel: str | None,
    text_: str | None,
    as_json: bool,
    as_csv: bool,
    limit: int,
) -> None:
    """Who said what: reported quotations, newest first.

    Example: newsgraph quotes --speaker "Mujahid" --since 2021-08-01 --outlet CNN
    """
    from newsgraph.store import queries

    rows = queries.quotes(
        open_store(db),
        speaker=speaker,
        since=since,
        until=until,
        outlet=outlet,
        channel=channel,
        text=text_,
        limit=limit,
    )
    if not (as_json or as_csv):
        rows = [
            {k: r[k] for k in ("published", "outlet", "speaker", "text", "channel", "n_outlets")}
            for r in rows
        ]
    emit(rows, as_json=as_json, as_csv=as_csv, title="quotes")


@click.command()
@db_option
@click.option("--type", "type_", help="PLOVER event type (ASSAULT, PROTEST, ...).")
@click.option("--place", help="Place, admin1 region or country name.")
@click.option("--status", help="asserted, negated, hypothetical, intended, reported, unconfirmed.")
@click.option("--actor", help="An entity taking part (actor or recipient).")
@click.option("--since", help="Event date on or after (YYYY-MM-DD).")
@click.option("--until", help="Event date on or before (YYYY-MM-DD).")
@output_options
@limit_option
def events(
    db: str | None,
    type_: str | None,
    place: str | None,
    status: str | None,
    actor: str | None,
    since: str | None,
    until: str | None,
    as_json: bool,
    as_csv: bool,
    limit: int,
) -> None:
    """Who did what to whom, where and when: events merged across reports.

    Example: newsgraph events --type ASSAULT --place Panjshir --status asserted
    """
    from newsgraph.store import queries

    rows = queries.events(
        open_store(db),
        type=type_,
        place=place,
        status=status,
        actor=actor,
        since=since,
        until=until,
        limit=limit,
    )
    if not (as_json or as_csv):
        rows = [_event_line(r) for r in rows]
    emit(rows, as_json=as_json, as_csv=as_csv, title="events")


def _event_line(row: dict[str, Any]) -> dict[str, Any]:
    """The columns that fit a terminal; JSON and CSV carry them all."""
    return {
        "date": row["date"],
        "type": row["type"],
        "status": row["status"],
        "actor": row["actor"],
        "recipient": row["recipient"],
        "place": row["place"],
        "sources": row["n_sources"],
    }


@click.command()
@click.argument("name")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def entity(name: str, db: str | None, as_json: bool) -> None:
    """Profile of a person or organisation: names, roles, affiliations, quotes,
    events and who they talk to.

    Example: newsgraph entity "Ahmad Massoud"
    """
    from newsgraph.store import queries

    profile = queries.entity_profile(open_store(db), name)
    if profile is None:
        raise click.ClickException(
            f"no entity named {name!r}; try a surname or `newsgraph search {name!r}`"
        )
    if as_json:
        click.echo(json.dumps(profile, ensure_ascii=False, indent=2, default=str))
        return
    click.echo(f"{profile['name']} ({profile['type']}, id {profile['id']})")
    click.echo(
        f"  {profile['articles']} articles, {profile['mentions']} mentions; "
        f"also named: {', '.join(profile['names'][1:]) or '-'}"
    )
    click.echo(f"  roles: {', '.join(r['role'] for r in profile['roles']) or '-'}")
    click.echo(f"  affiliations: {', '.join(a['name'] for a in profile['affiliations']) or '-'}")
    talks = ", ".join(f"{x['name']} ({x['relation']})" for x in profile["talks_to"])
    click.echo(f"  talks to: {talks or '-'}")
    emit(profile["quotes"], as_json=False, as_csv=False, title="quotes")
    emit(profile["events"], as_json=False, as_csv=False, title="events")


@click.command()
@click.argument("name")
@db_option
@output_options
@limit_option
def timeline(name: str, db: str | None, as_json: bool, as_csv: bool, limit: int) -> None:
    """Dated events and statements about an entity or a place, in order.

    Example: newsgraph timeline "Panjshir"
    """
    from newsgraph.store import queries

    rows = queries.timeline(open_store(db), name, limit=limit)
    emit(rows, as_json=as_json, as_csv=as_csv, title=f"timeline of {name}")


@click.command()
@click.argument("query")
@db_option
@output_options
@limit_option
def search(query: str, db: str | None, as_json: bool, as_csv: bool, limit: int) -> None:
    """Full-text search over articles and quotes (every word must match).

    Example: newsgraph search "peace deal"
    """
    from newsgraph.store import queries

    rows = queries.search(open_store(db), query, limit=limit)
    emit(rows, as_json=as_json, as_csv=as_csv, title=f"matches for {query!r}")


@click.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def stats(db: str | None, as_json: bool) -> None:
    """How many articles, entities, quotations, events and places the store holds.

    Example: newsgraph stats --json
    """
    from newsgraph.store import queries

    counts = queries.stats(open_store(db))
    if as_json:
        click.echo(json.dumps(counts))
    else:
        emit([counts], as_json=False, as_csv=False, title="store")


@click.command()
@db_option
@click.option(
    "--what", type=click.Choice(["quotes", "events", "entities", "articles"]), required=True
)
@click.option(
    "--format", "format_", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl"
)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="File (default: stdout).")
def export(db: str | None, what: str, format_: str, output: str | None) -> None:
    """Export a table for analysis; events carry GDELT/ACLED-like columns.

    Example: newsgraph export --what events --format parquet --output events.parquet
    """
    from newsgraph.store import export as exporter

    store = open_store(db)
    if format_ == "parquet":
        if output is None:
            raise click.ClickException("parquet needs a file: add --output FILE.parquet")
        with open(output, "wb") as stream:
            n = exporter.write(store, what=what, format=format_, stream=stream)
    elif output is None:
        n = exporter.write(store, what=what, format=format_, stream=sys.stdout)
    else:
        with open(output, "w", encoding="utf-8", newline="") as stream:
            n = exporter.write(store, what=what, format=format_, stream=stream)
    if output is not None:
        click.echo(f"{n} {what} written to {output}", err=True)


@click.command()
@db_option
def demo(db: str | None) -> None:
    """Ingest the bundled sample articles into the store and show what it holds.

    Example: newsgraph demo
    """
    from newsgraph.cli import read_inputs, sample_dir
    from newsgraph.pipeline import Pipeline
    from newsgraph.store import queries
    from newsgraph.store.ingest import ingest as run_ingest

    store = open_store(db)
    paths = tuple(str(p) for p in sorted(sample_dir().glob("*.jsonl")))
    report = run_ingest(read_inputs(paths, {}), store=store, pipeline=Pipeline())
    click.echo(
        f"Store {store.display_url}: {report.added} added, {report.updated} re-extracted, "
        f"{report.unchanged} already stored, {report.failed} failed"
    )
    emit([queries.stats(store)], as_json=False, as_csv=False, title="store")
    listed = [
        {k: r[k] for k in ("published", "outlet", "title", "quotes", "events")}
        for r in queries.articles(store, limit=10)
    ]
    emit(listed, as_json=False, as_csv=False, title="articles")
    emit(queries.entities(store, limit=8), as_json=False, as_csv=False, title="most mentioned")
    sample_quotes = [
        {k: r[k] for k in ("published", "outlet", "speaker", "text")}
        for r in queries.quotes(store, limit=5)
    ]
    emit(sample_quotes, as_json=False, as_csv=False, title="quotes")
    sample_events = [_event_line(r) for r in queries.events(store, limit=5)]
    emit(sample_events, as_json=False, as_csv=False, title="events")
    click.echo('Try: newsgraph quotes --speaker NAME, newsgraph search "WORDS", newsgraph stats')


COMMANDS = [ingest, errors, quotes, events, entity, timeline, search, stats, export, demo]
