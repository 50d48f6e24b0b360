"""Eval gate (issue 2): entity figures on the shared dev data must not fall more than
0.01 below those recorded in ``evals/entities.json``.

- NER: CoNLL-2003 ``eng.testa`` (all 216 documents), PER/ORG/LOC micro F1;
- coreference: the 22 GUM news OntoGUM files, MUC / B³ / CEAF-e F1 and their average.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.eval.conll import read_conll2003, read_conll2012
from newsgraph.eval.entities import evaluate_coref, evaluate_ner

RECORDED = json.loads(
    (Path(__file__).resolve().parents[2] / "evals" / "entities.json").read_text("utf-8")
)
TOLERANCE = 0.01

pytestmark = pytest.mark.shared


def test_entities_gate_ner(shared, pipeline):
    gold = shared / "data" / "ner" / "conll2003" / "eng.testa"
    result = evaluate_ner(read_conll2003(gold), pipeline.nlp)
    assert result["documents"] == RECORDED["ner"]["documents"]
    for key in ("p", "r", "f1"):
        assert result["ner"][key] >= RECORDED["ner"]["scores"][key] - TOLERANCE, result["ner"]
    # each type on its own too: a gain on places must not hide a loss on organisations
    for kind, recorded in RECORDED["ner"]["by_type"].items():
        got = result["ner_by_type"][kind]["f1"]
        assert got >= recorded["f1"] - TOLERANCE, (kind, result["ner_by_type"])


def test_entities_gate_coref(shared, pipeline):
    gold = shared / "data" / "ner" / "gum-news" / "coref-ontogum-conll"
    result = evaluate_coref(read_conll2012(gold), pipeline.nlp)
    assert result["documents"] == RECORDED["coref"]["documents"]
    for key in ("muc", "b3", "ceafe", "avg"):
        assert result["coref"][key] >= RECORDED["coref"]["scores"][key] - TOLERANCE, result["coref"]
