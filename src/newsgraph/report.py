"""A readable report of one Record: rich tables, nothing computed that the Record lacks."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from newsgraph.record import Record, Ref


def render(record: Record, console: Console) -> None:
    art = record.article
    head = art.title or art.id
    bits = [b for b in (art.outlet, art.published, art.url) if b]
    console.rule(f"[bold]{head}[/bold]" + (f"  ({', '.join(bits)})" if bits else ""))
    names = {e.id: e.name for e in record.entities}
    dates = {d.id: d for d in record.dates}
    places = {p.id: p for p in record.places}

    if record.entities:
        table = Table(title="Entities", show_lines=False)
        for col in ("id", "type", "name", "aliases", "roles", "affiliations", "mentions"):
            table.add_column(col)
        for e in record.entities:
            table.add_row(
                e.id,
                e.type,
                e.name,
                ", ".join(e.aliases),
                ", ".join(e.roles),
                ", ".join(names.get(a, a) for a in e.affiliations),
                str(len(e.mentions)),
            )
        console.print(table)

    if record.dates:
        table = Table(title="Dates (in time order)")
        for col in ("text", "value", "precision", "at"):
            table.add_column(col)
        for d in sorted(record.dates, key=lambda d: (d.value is None, d.value or "", d.start)):
            table.add_row(d.text, d.value or "?", d.precision, str(d.start))
        console.print(table)

    if record.places:
        table = Table(title="Places")
        for col in ("name", "resolved", "country", "admin1", "lat, lon", "precision", "mentions"):
            table.add_column(col)
        for p in record.places:
            where = f"{p.lat:.3f}, {p.lon:.3f}" if p.lat is not None and p.lon is not None else ""
            table.add_row(
                p.name,
                p.resolved_name or "",
                p.country or "",
                p.admin1 or "",
                where,
                p.precision,
                str(len(p.mentions)),
            )
        console.print(table)

    if record.quotes:
        table = Table(title="Quotes", show_lines=True)
        for col in ("kind", "speaker", "cue", "content", "to / channel / via / when"):
            table.add_column(col, overflow="fold")
        for q in record.quotes:
            context = [
                f"to {_ref(q.addressee, names)}" if q.addressee else "",
                q.channel or "",
                f"via {_ref(q.via, names)}" if q.via else "",
                (dates[q.date].value or dates[q.date].text) if q.date in dates else "",
            ]
            table.add_row(
                q.kind,
                _ref(q.speaker, names),
                q.cue.text if q.cue else "",
                _clip(q.content.text),
                "; ".join(c for c in context if c),
            )
        console.print(table)

    if record.events:
        table = Table(title="Events", show_lines=True)
        for col in ("type", "mode", "actor", "trigger", "recipient", "where", "when", "status"):
            table.add_column(col, overflow="fold")
        for v in record.events:
            where = places[v.place].name if v.place in places else ""
            when = (dates[v.date].value or dates[v.date].text) if v.date in dates else ""
            table.add_row(
                v.type,
                v.mode or "",
                _ref(v.actor, names),
                v.trigger.text,
                _ref(v.recipient, names),
                where,
                when or "",
                v.status,
            )
        console.print(table)

    for err in record.errors:
        console.print(f"[red]error[/red] {err.stage or ''} {err.code}: {err.message}")


def _ref(ref: Ref | None, names: dict[str, str]) -> str:
    if ref is None:
        return ""
    if ref.entity and names.get(ref.entity) and names[ref.entity] != ref.text:
        return f"{names[ref.entity]} ({ref.text})"
    return ref.text


def _clip(text: str, limit: int = 240) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
