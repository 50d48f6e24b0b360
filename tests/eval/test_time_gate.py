"""Eval gate: TIMEX3 scores on TimeBank and AQUAINT must not fall below evals/time.json.

Re-runs ``newsgraph eval time`` on each dev corpus (about a minute each on 2 cores) and
fails if a recorded figure drops by more than 0.01. The gold-timex count is the corpus
fingerprint: if it changes, the recorded figures are for other data.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.shared

RECORDED = json.loads((Path(__file__).resolve().parents[2] / "evals" / "time.json").read_text())
TOLERANCE = 0.01


@pytest.mark.parametrize("corpus", ["TimeBank", "AQUAINT"])
def test_time_gate(shared, pipeline, corpus):
    from newsgraph.eval.time import evaluate
    from newsgraph.eval.timeml import iter_docs

    recorded = RECORDED[corpus]
    docs = iter_docs(shared / "data" / "time" / "TBAQ-cleaned" / corpus)
    result = evaluate(docs, nlp=pipeline.nlp).as_dict()
    assert (len(docs), result["counts"]["gold"]) == (
        recorded["documents"],
        recorded["counts"]["gold"],
    )
    for section, key in (
        ("strict", "f1"),
        ("relaxed", "f1"),
        ("value", "accuracy"),
        ("type", "accuracy"),
    ):
        got, floor = result[section][key], recorded[section][key] - TOLERANCE
        assert got >= floor, (
            f"{corpus} {section}.{key} fell to {got} (recorded {recorded[section][key]})"
        )
