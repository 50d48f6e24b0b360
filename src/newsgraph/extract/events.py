"""Events: filled in by issue 5."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.extract.findings import Findings


def extract(doc: Doc, found: Findings) -> list:
    return []
