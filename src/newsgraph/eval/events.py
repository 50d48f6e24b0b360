"""Score PLOVER event coding against gold JSONL.

Gold format, one sentence or short text a line::

    {"id", "text", "published": "YYYY-MM-DD"|null,
     "events": [{"type", "mode", "actor", "recipient", "location", "status"?}],
     "doc_label"?: true}

``actor``/``recipient``/``location`` are the gold span texts (or null); ``status`` is
optional. Figures:

- ``type``: micro P/R/F1 over the multiset of event types per line (lines without
  ``doc_label``). Only events the text says happened count: predicted events whose
  status is in ``skip_statuses`` (default: negated, hypothetical, intended, unconfirmed)
  are skipped, except a promised retreat or concession (pattern ``promise>…``), which
  PLOVER codes as that type. The statement of intent ("wants to attack" → THREATEN) is
  an asserted event of its own and counts.
- ``actor`` / ``recipient``: accuracy over type-matched events whose gold value is not
  null: right when the predicted span overlaps an occurrence of the gold text.
- ``status``: accuracy over type-matched events whose gold carries a status, plus
  ``unsafe``: gold negated/hypothetical events predicted as asserted.
- ``doc_label`` lines (NGEC synthetic stories): ``label_recall`` (gold label among the
  predicted types) and ``top_type_accuracy`` (gold label is the most frequent type).

CLI: ``newsgraph eval events --gold FILE.jsonl [--json] [--limit N]``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import click

from newsgraph.eval.scoring import emit, prf
from newsgraph.record import Event, Record

__all__ = ["command", "dev_figures", "evaluate", "read_gold", "score"]

# Only events the text says happened count: asserted and reported ones. "wants to attack"
# is a THREATEN (an asserted event of its own), not an ASSAULT; "would be indicted" and
# "alleged that troops killed" are not a COERCE or an ASSAULT either.
DEFAULT_SKIP_STATUSES = ("negated", "hypothetical", "intended", "unconfirmed")
UNSAFE_GOLD = ("negated", "hypothetical")


def read_gold(path: str | Path, *, limit: int | None = None) -> list[dict[str, Any]]:
    lines = []
    with Path(path).open(encoding="utf-8") as fh:
        for raw in fh:
            if raw.strip():
                lines.append(json.loads(raw))
                if limit is not None and len(lines) >= limit:
                    break
    return lines


def counted(events: Iterable[Event], *, skip_statuses: tuple[str, ...]) -> list[Event]:
    """The events a user would count as having happened (or, PLOVER, been committed to)."""
    return [e for e in events if e.status not in skip_statuses or _promise(e)]


def _promise(event: Event) -> bool:
    # PLOVER codes a commitment to retreat or concede as that type ("agreed to lift the
    # sanctions" is RETREAT), so the promised act counts although it is only intended.
    return event.status == "intended" and (event.pattern or "").startswith("promise>")


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    if not needle:
        return []
    pattern = rf"(?<!\w){re.escape(needle)}(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, flags=re.I)]


def _overlaps(pred: Any, spans: list[tuple[int, int]]) -> bool:
    return pred is not None and any(pred.start < e and s < pred.end for s, e in spans)


def _pair(gold: list[dict[str, Any]], pred: list[Event]) -> list[tuple[dict[str, Any], Event]]:
    """Type-matched (gold, predicted) pairs, greedily in text order."""
    free = list(pred)
    pairs = []
    for g in gold:
        hit = next((p for p in free if p.type == g["type"]), None)
        if hit is not None:
            free.remove(hit)
            pairs.append((g, hit))
    return pairs


def score(
    gold_lines: list[dict[str, Any]],
    records: list[Record],
    *,
    skip_statuses: tuple[str, ...] = DEFAULT_SKIP_STATUSES,
) -> dict[str, Any]:
    """Figures for gold lines and the Records produced from their texts (same order)."""
    tp = fp = fn = 0
    arg_hits = {"actor": [0, 0], "recipient": [0, 0]}
    status_hits = [0, 0]
    unsafe = 0
    doc_lines = doc_hit = doc_top = 0
    for line, record in zip(gold_lines, records, strict=True):
        pred = counted(record.events, skip_statuses=skip_statuses)
        gold = line.get("events", [])
        if line.get("doc_label"):
            doc_lines += 1
            types = Counter(e.type for e in pred)
            label = gold[0]["type"] if gold else None
            doc_hit += label in types
            if types:
                top = max(types.items(), key=lambda kv: kv[1])[0]
                doc_top += top == label
            continue
        gold_types = Counter(g["type"] for g in gold)
        pred_types = Counter(e.type for e in pred)
        common = sum((gold_types & pred_types).values())
        tp += common
        fp += sum(pred_types.values()) - common
        fn += sum(gold_types.values()) - common
        text = line["text"]
        for g, p in _pair(gold, pred):
            for role in ("actor", "recipient"):
                if g.get(role):
                    arg_hits[role][1] += 1
                    arg_hits[role][0] += _overlaps(getattr(p, role), _occurrences(text, g[role]))
        for g, p in _pair(gold, list(record.events)):
            if g.get("status"):
                status_hits[1] += 1
                status_hits[0] += p.status == g["status"]
                unsafe += g["status"] in UNSAFE_GOLD and p.status == "asserted"
    result: dict[str, Any] = {
        "type": {**prf(tp, fp, fn), "tp": tp, "fp": fp, "fn": fn},
        "actor": _accuracy(*arg_hits["actor"]),
        "recipient": _accuracy(*arg_hits["recipient"]),
        "status": {**_accuracy(*status_hits), "unsafe": unsafe},
        "lines": len(gold_lines),
    }
    if doc_lines:
        result["doc_label"] = {
            "n": doc_lines,
            "label_recall": round(doc_hit / doc_lines, 4),
            "top_type_accuracy": round(doc_top / doc_lines, 4),
        }
    return result


def _accuracy(hits: int, n: int) -> dict[str, Any]:
    return {"accuracy": round(hits / n, 4) if n else None, "n": n}


def evaluate(
    path: str | Path,
    *,
    limit: int | None = None,
    skip_statuses: tuple[str, ...] = DEFAULT_SKIP_STATUSES,
    pipeline: Any = None,
) -> dict[str, Any]:
    """Run the pipeline over every gold line and score it."""
    from newsgraph.article import Article
    from newsgraph.pipeline import Pipeline

    lines = read_gold(path, limit=limit)
    pipeline = pipeline or Pipeline()
    articles = [
        Article(
            text=line["text"], id=str(line.get("id", "")) or "", published=line.get("published")
        )
        for line in lines
    ]
    records = list(pipeline.pipe(articles))
    return score(lines, records, skip_statuses=skip_statuses)


@click.command("events")
@click.option("--gold", "gold", required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--limit", type=int, default=None, help="Score only the first N lines.")
@click.option(
    "--skip-status",
    "skip_statuses",
    multiple=True,
    default=DEFAULT_SKIP_STATUSES,
    show_default=True,
    help="Predicted statuses that do not count as events (repeatable).",
)
def command(gold: str, as_json: bool, limit: int | None, skip_statuses: tuple[str, ...]) -> None:
    """Score PLOVER event coding against gold JSONL (type P/R/F1, actor/recipient, status).

    Example: newsgraph eval events --gold /tmp/petr-gsr.jsonl --json
    """
    emit(evaluate(gold, limit=limit, skip_statuses=tuple(skip_statuses)), as_json=as_json)


# The fixed development sets behind evals/events.json (paths under shared/data).
PETRARCH_SETS = {
    "petr2_gsr": "events/petrarch/PETR2_GSR_validation.xml",
    "petr_unit": "events/petrarch/PETR.UnitTest.records.xml",
}
MAPPING = "events/plover/CAMEO2PLOVER-2021.txt"
ACTORS = "events/petrarch/Phoenix.Countries.actors.txt"
NGEC_CSV = "events/ngec/gpt_synthetic_events_2023-10-19_19.csv"
NGEC_PER_LABEL = 15
# Lead sentences of the next 25 stories of each label (disjoint from the story subset):
# a sentence-level check against PLOVER labels given natively, not through CAMEO.
NGEC_LEAD_SKIP = 15
NGEC_LEAD_PER_LABEL = 25


def dev_figures(data_root: str | Path, *, pipeline: Any = None) -> dict[str, Any]:
    """Convert the development sets on the fly and score them (what the eval gate re-runs).

    ``data_root`` is the shared ``data`` folder. Nothing converted is written anywhere.
    """
    import tempfile

    from newsgraph.eval.convert_ngec import convert as convert_ngec
    from newsgraph.eval.convert_petrarch import convert as convert_petrarch
    from newsgraph.eval.convert_petrarch import read_actor_names
    from newsgraph.eval.plover_mapping import read_mapping
    from newsgraph.pipeline import Pipeline

    root = Path(data_root)
    pipeline = pipeline or Pipeline()
    table = read_mapping(root / MAPPING)
    sets: dict[str, list[dict[str, Any]]] = {}
    names = read_actor_names(root / ACTORS) if (root / ACTORS).is_file() else {}
    for name, rel in PETRARCH_SETS.items():
        xml = (root / rel).read_text("utf-8", errors="replace")
        sets[name] = list(convert_petrarch(xml, table, actor_names=names))
    sets["ngec"] = list(convert_ngec(root / NGEC_CSV, per_label=NGEC_PER_LABEL))
    sets["ngec_lead"] = list(
        convert_ngec(root / NGEC_CSV, per_label=NGEC_LEAD_PER_LABEL, skip=NGEC_LEAD_SKIP, lead=True)
    )
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, lines in sets.items():
            path = Path(tmp) / f"{name}.jsonl"
            path.write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
            out[name] = evaluate(path, pipeline=pipeline)
    return out


if __name__ == "__main__":  # python -m newsgraph.eval.events SHARED_DATA_DIR
    import sys

    click.echo(json.dumps(dev_figures(sys.argv[1]), indent=2, sort_keys=True))
