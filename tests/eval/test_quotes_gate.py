"""Eval gate (issue 3): quotation figures on PolNeAR dev (all 84 articles) must not fall
more than 0.01 below those recorded in ``evals/quotes.json``.

Re-run and re-record with:
    newsgraph eval quotes --gold ../shared/data/quotes/polnear/dev --json
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.eval.quotes import evaluate

RECORDED = json.loads(
    (Path(__file__).resolve().parents[2] / "evals" / "quotes.json").read_text("utf-8")
)
TOLERANCE = 0.01

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def result(shared, pipeline):
    return evaluate(shared / "data" / "quotes" / "polnear" / "dev", pipeline=pipeline)


def test_quotes_gate_corpus(result):
    assert result["documents"] == RECORDED["dev"]["documents"]


@pytest.mark.parametrize("part", ["content", "source", "cue"])
@pytest.mark.parametrize("match", ["exact", "overlap"])
def test_quotes_gate_spans(result, part, match):
    recorded = RECORDED["dev"]["scores"][part][match]["f1"]
    assert result[part][match]["f1"] >= recorded - TOLERANCE, result[part]


def test_quotes_gate_attribution(result):
    recorded = RECORDED["dev"]["scores"]["attribution"]["f1"]
    assert result["attribution"]["f1"] >= recorded - TOLERANCE, result["attribution"]


def test_quotes_gate_resolution(result):
    recorded = RECORDED["dev"]["scores"]["resolution"]["rate"]
    assert result["resolution"]["rate"] >= recorded - TOLERANCE, result["resolution"]
