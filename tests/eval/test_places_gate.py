"""Eval gate for places: re-score the dev corpora; fail when a figure drops > 0.01.

The recorded figures (evals/places.json) are for the same articles: LGL's first 300
articles (of 588, to stay under ~3 minutes here), all of TR-News and GeoWebNews.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.eval.places import evaluate

REPO = Path(__file__).resolve().parents[2]
RECORDED = json.loads((REPO / "evals" / "places.json").read_text("utf-8"))
TOLERANCE = 0.01


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize("corpus", sorted(RECORDED["corpora"]))
def test_places_gate(shared: Path, corpus: str) -> None:
    recorded = RECORDED["corpora"][corpus]
    result = evaluate(
        shared / "data" / "places" / corpus, limit=recorded.get("limit"), baseline=False
    )
    assert result["articles"] == recorded["articles"]
    assert result["resolution"]["acc161"] >= recorded["resolution"]["acc161"] - TOLERANCE
    assert result["detection"]["f1"] >= recorded["detection"]["f1"] - TOLERANCE
    assert result["resolution"]["n"] >= recorded["resolution"]["n"] * 0.95
