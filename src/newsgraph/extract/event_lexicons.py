"""The event stage's data files, loaded once: PLOVER patterns, status cues, sector words."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Token

__all__ = ["PLOVER_TYPES", "Cues", "SectorTable", "cues", "pattern_rows", "sectors", "word_forms"]

PATTERNS_FILE = "plover_patterns.jsonl"
CUES_FILE = "event_cues.json"
SECTORS_FILE = "event_sectors.json"

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip


def word_forms(token: Token) -> set[str]:
    """Lemma, form and a crude de-inflection, for small closed word lists.

    The small model sometimes lemmatises wrongly ("staged" -> "stag"); for closed lists
    of light or cue verbs a stripped suffix is a safe second guess.
    """
    lower = token.lower_
    forms = {token.lemma_.lower(), lower}
    for suffix, repl in (("ied", "y"), ("ed", "e"), ("ed", ""), ("d", ""), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e")):  # fmt: skip
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            forms.add(lower[: -len(suffix)] + repl)
    return forms


def _read(name: str) -> str:
    return resources.files("newsgraph").joinpath(f"lexicons/{name}").read_text("utf-8")


@dataclass(frozen=True, slots=True)
class Cues:
    """Status and argument cue words (lemmas, lower case) from ``event_cues.json``."""

    words: dict[str, frozenset[str]]
    # word -> word tables ("future_types": the type PLOVER codes a future-tense act as)
    maps: dict[str, dict[str, str]] = field(default_factory=dict)

    def __getitem__(self, key: str) -> frozenset[str]:
        return self.words[key]


@lru_cache(maxsize=1)
def cues() -> Cues:
    data: dict[str, Any] = json.loads(_read(CUES_FILE))
    return Cues(
        {k: frozenset(v) for k, v in data.items() if not k.startswith("_") and isinstance(v, list)},
        {k: dict(v) for k, v in data.items() if not k.startswith("_") and isinstance(v, dict)},
    )


@dataclass(frozen=True, slots=True)
class SectorTable:
    by_word: dict[str, list[str]]
    by_label: dict[str, str]
    priority: tuple[str, ...]


@lru_cache(maxsize=1)
def sectors() -> SectorTable:
    data: dict[str, Any] = json.loads(_read(SECTORS_FILE))
    by_word: dict[str, list[str]] = {}
    for sector, words in data["words"].items():
        for word in words:
            by_word.setdefault(word, []).append(sector)
    return SectorTable(by_word, dict(data["entity_labels"]), tuple(data["priority"]))


def pattern_rows() -> list[dict[str, Any]]:
    """The raw rows of ``plover_patterns.jsonl`` (blank lines and ``#`` comments skipped)."""
    rows = []
    for line in _read(PATTERNS_FILE).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            rows.append(json.loads(line))
    return rows
