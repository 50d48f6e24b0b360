"""Eval gate for PLOVER event coding: re-run the dev sets, fail on a drop > 0.01.

The sets are converted on the fly from ../shared (never stored): the PETR-2 GSR and
PETRARCH unit-test records through CAMEO2PLOVER-2021, a fixed NGEC subset (the first
15 stories of each label, 240 stories) for document-label checks, and the lead sentences
of the next 25 stories of each label (400) scored as PLOVER-labelled sentences. See
docs/events.md.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = [pytest.mark.shared, pytest.mark.slow]

RECORDED = Path(__file__).resolve().parents[2] / "evals" / "events.json"
TOLERANCE = 0.01


@pytest.fixture(scope="module")
def figures(shared, pipeline):
    from newsgraph.eval.events import dev_figures

    return dev_figures(shared / "data", pipeline=pipeline)


def recorded():
    return json.loads(RECORDED.read_text("utf-8"))["sets"]


@pytest.mark.parametrize("name", ["petr2_gsr", "petr_unit", "ngec_lead"])
def test_events_gate_type_f1(figures, name):
    want = recorded()[name]
    got = figures[name]
    assert got["lines"] == want["lines"], "the converted set changed: re-record evals/events.json"
    assert got["type"]["f1"] >= want["type"]["f1"] - TOLERANCE, got["type"]


@pytest.mark.parametrize("figure", ["label_recall", "top_type_accuracy"])
def test_events_gate_ngec(figures, figure):
    want = recorded()["ngec"]["doc_label"]
    got = figures["ngec"]["doc_label"]
    assert got["n"] == want["n"]
    assert got[figure] >= want[figure] - TOLERANCE, got


@pytest.mark.parametrize("role", ["actor", "recipient"])
def test_events_gate_arguments(figures, role):
    want = recorded()["petr2_gsr"][role]
    got = figures["petr2_gsr"][role]
    assert got["accuracy"] >= want["accuracy"] - TOLERANCE, got
