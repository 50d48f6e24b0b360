"""The timex word lists (``lexicons/timex.json``), loaded once, plus regex pieces built from them."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["TimexLexicon", "lexicon", "number_value"]


def _alternation(words: object) -> str:
    """Longest first, so "sept." wins over "sep" and "a few" over "a"."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


@dataclass(frozen=True)
class TimexLexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    day_parts: dict[str, str]
    numbers: dict[str, int]
    vague_numbers: tuple[str, ...]
    ordinals: dict[str, int]
    units: dict[str, str]
    decade_words: dict[str, int]
    part_mods: dict[str, str]
    hyphen_part_mods: dict[str, str]
    approx_mods: dict[str, str]
    approx_outside: frozenset[str]
    strip_leading: tuple[str, ...]
    present_ref: tuple[str, ...]
    past_ref: tuple[str, ...]
    future_ref: tuple[str, ...]
    sets: dict[str, str]
    timezones: tuple[str, ...]
    holidays: dict[str, str]
    reject_spans: frozenset[str]
    weekday_name_before: tuple[str, ...]
    weekday_name_after: tuple[str, ...]
    intention_verbs: frozenset[str]
    deferral_verbs: frozenset[str]
    schedule_verbs: frozenset[str]

    # Regex alternations (no groups) over each list.
    def alt(self, name: str) -> str:
        return _ALT_CACHE[name]


_ALT_CACHE: dict[str, str] = {}


@lru_cache(maxsize=1)
def lexicon() -> TimexLexicon:
    raw: dict[str, Any] = json.loads(
        resources.files("newsgraph").joinpath("lexicons/timex.json").read_text("utf-8")
    )
    lex = TimexLexicon(
        months=raw["months"],
        weekdays=raw["weekdays"],
        seasons=raw["seasons"],
        day_parts=raw["day_parts"],
        numbers=raw["numbers"],
        vague_numbers=tuple(raw["vague_numbers"]),
        ordinals=raw["ordinals"],
        units=raw["units"],
        decade_words=raw["decade_words"],
        part_mods=raw["part_mods"],
        hyphen_part_mods=raw["hyphen_part_mods"],
        approx_mods=raw["approx_mods"],
        approx_outside=frozenset(raw["approx_outside"]),
        strip_leading=tuple(raw["strip_leading"]),
        present_ref=tuple(raw["present_ref"]),
        past_ref=tuple(raw["past_ref"]),
        future_ref=tuple(raw["future_ref"]),
        sets=raw["sets"],
        timezones=tuple(raw["timezones"]),
        holidays=raw["holidays"],
        reject_spans=frozenset(raw["reject_spans"]),
        weekday_name_before=tuple(raw["weekday_name_before"]),
        weekday_name_after=tuple(raw["weekday_name_after"]),
        intention_verbs=frozenset(raw["intention_verbs"]),
        deferral_verbs=frozenset(raw["deferral_verbs"]),
        schedule_verbs=frozenset(raw["schedule_verbs"]),
    )
    for name in (
        "months",
        "weekdays",
        "seasons",
        "day_parts",
        "ordinals",
        "units",
        "decade_words",
        "part_mods",
        "hyphen_part_mods",
        "approx_mods",
        "strip_leading",
        "sets",
        "timezones",
        "holidays",
        "vague_numbers",
        "weekday_name_before",
        "weekday_name_after",
    ):
        _ALT_CACHE[name] = _alternation(getattr(lex, name))
    _ALT_CACHE["refs"] = _alternation(lex.present_ref + lex.past_ref + lex.future_ref)
    # Word numbers: "twenty four", "twenty-four", "a dozen", digits, "5 1/2".
    simple = _alternation(lex.numbers)
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    units = "one|two|three|four|five|six|seven|eight|nine"
    _ALT_CACHE["number"] = (
        rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?(?:\s+1/2|\s*½)?|(?:{tens})[\s-](?:{units})|{simple})"
    )
    return lex


def number_value(text: str) -> float | None:
    """The value of a number phrase the ``number`` pattern matched; None when vague."""
    lex = lexicon()
    t = re.sub(r"\s+", " ", text.lower().strip())
    half = 0.0
    if t.endswith(" 1/2") or t.endswith("½"):
        half = 0.5
        t = t.replace(" 1/2", "").replace("½", "").strip()
    if re.fullmatch(r"\d+(?:,\d{3})*(?:\.\d+)?", t):
        return float(t.replace(",", "")) + half
    if t in lex.numbers:
        return float(lex.numbers[t]) + half
    parts = re.split(r"[\s-]", t)
    if len(parts) == 2 and parts[0] in lex.numbers and parts[1] in lex.numbers:
        return float(lex.numbers[parts[0]] + lex.numbers[parts[1]]) + half
    return None
