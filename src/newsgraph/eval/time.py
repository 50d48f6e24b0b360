"""``newsgraph eval time``: TIMEX3 extents and values against TimeML gold (TempEval-3 style).

Each ``.tml`` document's text is run through the time stage with the document creation
time as publication date; the DCT timex itself is not scored.

- strict: a prediction counts when its extent equals a gold extent;
- relaxed: when it overlaps one (one-to-one, greatest overlap first);
- value / type accuracy: over relaxed matches, the share whose TIMEX3 value (type)
  equals the gold one after trivial normalisation (case, ``199X`` = ``199``,
  ``19XX`` = ``19``, ``2000-W06`` = ``2000-W6``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from newsgraph.eval.scoring import emit, prf
from newsgraph.eval.timeml import TimeMLDoc, Timex, iter_docs

__all__ = ["Scores", "command", "evaluate", "normalise_value", "score_doc"]

log = logging.getLogger(__name__)


@dataclass
class Scores:
    gold: int = 0
    predicted: int = 0
    strict_tp: int = 0
    relaxed_tp: int = 0
    value_ok: int = 0
    type_ok: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, other: Scores) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.strict_tp += other.strict_tp
        self.relaxed_tp += other.relaxed_tp
        self.value_ok += other.value_ok
        self.type_ok += other.type_ok
        self.errors.extend(other.errors)

    def as_dict(self) -> dict[str, Any]:
        strict = prf(self.strict_tp, self.predicted - self.strict_tp, self.gold - self.strict_tp)
        relaxed = prf(
            self.relaxed_tp, self.predicted - self.relaxed_tp, self.gold - self.relaxed_tp
        )
        matched = self.relaxed_tp
        value_acc = self.value_ok / matched if matched else 0.0
        type_acc = self.type_ok / matched if matched else 0.0
        value_f1 = round(relaxed["f1"] * value_acc, 4)
        return {
            "strict": strict,
            "relaxed": relaxed,
            "value": {"accuracy": round(value_acc, 4), "f1": value_f1},
            "type": {"accuracy": round(type_acc, 4)},
            "counts": {"gold": self.gold, "predicted": self.predicted, "matched": matched},
        }


def normalise_value(value: str | None) -> str:
    """Trivial normalisation before comparing values: case, spaces, decade/century X's."""
    v = (value or "").strip().upper()
    v = re.sub(r"-W0(\d)\b", r"-W\1", v)
    m = re.fullmatch(r"(\d{3})X", v)
    if m:
        return m.group(1)
    m = re.fullmatch(r"(\d{2})XX", v)
    if m:
        return m.group(1)
    return v


@dataclass(frozen=True, slots=True)
class Predicted:
    start: int
    end: int
    value: str | None
    type: str


def score_doc(
    gold: Sequence[Timex], predicted: Sequence[Predicted], *, name: str = "", text: str = ""
) -> Scores:
    """Strict, relaxed, value and type counts for one document."""
    scores = Scores(gold=len(gold), predicted=len(predicted))
    exact = {(p.start, p.end) for p in predicted}
    scores.strict_tp = sum(1 for g in gold if (g.start, g.end) in exact)
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                pairs.append((overlap, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, gi, pi in sorted(pairs, key=lambda t: -t[0]):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g, p = gold[gi], predicted[pi]
        scores.relaxed_tp += 1
        value_ok = normalise_value(g.value) == normalise_value(p.value)
        scores.value_ok += value_ok
        scores.type_ok += g.type == p.type
        if not value_ok:
            scores.errors.append(
                {"doc": name, "text": g.text, "gold": g.value, "pred": p.value, "kind": "value"}
            )
        if (g.start, g.end) != (p.start, p.end):
            scores.errors.append(
                {"doc": name, "text": g.text, "pred": text[p.start : p.end], "kind": "extent"}
            )
    for gi, g in enumerate(gold):
        if gi not in used_g:
            scores.errors.append({"doc": name, "text": g.text, "gold": g.value, "kind": "missed"})
    for pi, p in enumerate(predicted):
        if pi not in used_p:
            scores.errors.append(
                {"doc": name, "text": text[p.start : p.end], "pred": p.value, "kind": "spurious"}
            )
    return scores


def evaluate(
    docs: Iterable[TimeMLDoc], *, nlp: Any = None, parsed: Iterable[Any] | None = None
) -> Scores:
    """Run the time stage over TimeML documents and score it.

    ``parsed`` may hold the spaCy Docs for ``docs`` (same order) to skip parsing.
    """
    from newsgraph.article import Article
    from newsgraph.extract import time as time_stage
    from newsgraph.extract.findings import Findings

    docs = list(docs)
    if parsed is None:
        if nlp is None:
            from newsgraph.pipeline import load_nlp

            nlp = load_nlp()
        parsed = nlp.pipe((d.text for d in docs), batch_size=16)
    total = Scores()
    for tml, doc in zip(docs, parsed):
        article = Article(text=tml.text, id=tml.name, published=tml.dct)
        items = time_stage.extract(doc, Findings(article=article))
        predicted = [Predicted(i.start, i.end, i.value, i.timex_type) for i in items]
        total.add(score_doc(tml.timexes, predicted, name=tml.name, text=tml.text))
    return total


@click.command(name="time")
@click.option(
    "--gold",
    "gold",
    required=True,
    type=click.Path(exists=True, path_type=Path),
    help="A .tml file or a folder of them (TimeBank / AQUAINT / TempEval-3 layout).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option(
    "--errors", "show_errors", type=int, default=0, help="Also print the first N mistakes."
)
def command(gold: Path, as_json: bool, show_errors: int) -> None:
    """Score time expressions (extent, TIMEX3 value, type) against TimeML gold.

    Example: newsgraph eval time --gold ../shared/data/time/TBAQ-cleaned/TimeBank --json
    """
    docs = iter_docs(gold)
    if not docs:
        raise click.ClickException(f"no .tml files under {gold}")
    scores = evaluate(docs)
    result = scores.as_dict()
    if show_errors:
        result["errors"] = scores.errors[:show_errors]
    emit(result, as_json=as_json)
