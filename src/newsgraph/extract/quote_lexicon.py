"""The word lists quotation extraction reads, loaded once from ``newsgraph/lexicons``.

Files: ``cues.jsonl`` (reporting verbs and nouns), ``channels.jsonl`` (words that name
the channel of a statement), ``outlets.txt`` (media outlets), ``group_speakers.txt``
(heads of unnamed-group speakers), ``nicknames.txt`` (words that introduce a quoted name),
``quote_words.json`` (closed word classes: pronouns, descriptions, infinitive cues),
``colon_labels.txt`` (labels such as "UPDATE:" that are not speakers),
``reported_words.json`` (word classes only reported speech reads; a class that
``quote_words.json`` also has gains its words).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["Cue", "QuoteLexicon", "lexicon", "particle_cue"]


@dataclass(frozen=True)
class Cue:
    """One reporting word: ``kind`` is speech, writing, belief, report or stance."""

    lemma: str
    pos: str
    kind: str
    np: bool = False
    addressee_object: bool = False
    channel: str | None = None
    # Prepositions whose object is the content: "called for X", "talked about X".
    preps: tuple[str, ...] = ()
    # False for stance verbs ("invoked", "unveiled") that never introduce a direct quote.
    direct: bool = True
    # A noun for whoever holds a stance ("supporter", "critic"): a cue only as what the
    # subject is ("Kasich has been a pointed critic of his style").
    holder: bool = False


@dataclass(frozen=True)
class QuoteLexicon:
    verbs: dict[str, Cue]
    nouns: dict[str, Cue]
    channels: dict[str, tuple[str, tuple[str, ...]]]
    # Channel words that name a platform only as a capitalised name right after "on"
    # ("wrote on X", "posted on Truth Social"; not "Malcolm X", "the truth").
    platforms: frozenset[str]
    outlets: frozenset[str]
    outlet_suffixes: tuple[str, ...]
    groups: frozenset[str]
    name_words: frozenset[str] = field(default_factory=frozenset)
    # Closed classes from quote_words.json: pronouns, first_singular, first_plural,
    # person_pronouns, org_descriptions, xcomp_content.
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    colon_labels: frozenset[str] = field(default_factory=frozenset)

    def is_outlet(self, name: str) -> bool:
        """True when ``name`` reads as a media outlet ("CNN", "the Washington Post")."""
        clean = name.strip().removeprefix("the ").removeprefix("The ")
        clean = re.sub(r"['’]s?$", "", clean.strip(" ,.")).strip()
        if clean.lower() in self.outlets:
            return True
        words = clean.split()
        return len(words) >= 2 and words[0][:1].isupper() and words[-1] in self.outlet_suffixes


def _lines(name: str) -> list[str]:
    text = resources.files("newsgraph").joinpath(f"lexicons/{name}").read_text("utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _jsonl(name: str) -> list[dict[str, Any]]:
    return [json.loads(ln) for ln in _lines(name)]


@lru_cache(maxsize=1)
def lexicon() -> QuoteLexicon:
    verbs: dict[str, Cue] = {}
    nouns: dict[str, Cue] = {}
    for row in _jsonl("cues.jsonl"):
        cue = Cue(
            lemma=row["lemma"],
            pos=row["pos"],
            kind=row["kind"],
            np=bool(row.get("np", False)),
            addressee_object=bool(row.get("addressee_object", False)),
            channel=row.get("channel"),
            preps=tuple(row.get("preps", ())),
            direct=bool(row.get("direct", True)),
            holder=bool(row.get("holder", False)),
        )
        (verbs if cue.pos == "VERB" else nouns)[cue.lemma] = cue
    channels = {
        row["lemma"]: (row["channel"], tuple(row.get("needs", ())))
        for row in _jsonl("channels.jsonl")
    }
    outlets: set[str] = set()
    suffixes: list[str] = []
    for line in _lines("outlets.txt"):
        if line.startswith("suffix:"):
            suffixes.append(line.split(":", 1)[1].strip())
        else:
            outlets.add(line.lower())
    return QuoteLexicon(
        verbs=verbs,
        nouns=nouns,
        channels=channels,
        platforms=frozenset(
            row["lemma"] for row in _jsonl("channels.jsonl") if row.get("platform", False)
        ),
        outlets=frozenset(outlets),
        outlet_suffixes=tuple(suffixes),
        groups=frozenset(w.lower() for w in _lines("group_speakers.txt")),
        name_words=frozenset(w.lower() for w in _lines("nicknames.txt")),
        colon_labels=frozenset(w.lower() for w in _lines("colon_labels.txt")),
        words=_word_classes("quote_words.json", "reported_words.json"),
    )


def _word_classes(*names: str) -> dict[str, frozenset[str]]:
    """The closed word classes of the JSON files ``names``, a class in several files
    holding the words of all (keys starting with "_" are comments)."""
    words: dict[str, set[str]] = {}
    for name in names:
        text = resources.files("newsgraph").joinpath(f"lexicons/{name}").read_text("utf-8")
        for key, values in json.loads(text).items():
            if not key.startswith("_"):
                words.setdefault(key, set()).update(values)
    return {key: frozenset(values) for key, values in words.items()}


def particle_cue(token: Any) -> Cue | None:
    """ "shot back, “…”", "fired back that …": a verb that reports speech only with its
    particle (``particle_cues`` in quote_words.json)."""
    phrases = lexicon().words.get("particle_cues", frozenset())
    lemma = token.lemma_.lower()
    for child in token.children:
        next_word = child.dep_ in ("prt", "advmod") and child.i == token.i + 1
        if next_word and f"{lemma} {child.lower_}" in phrases:
            # "weighed in on the allegations", "pushed back against the plan" (but "hit
            # back on Twitter": after "back", "on" is where)
            preps = ("on", "about") if child.lower_ == "in" else ("against",)
            return Cue(lemma=lemma, pos="VERB", kind="speech", np=True, preps=preps)
    return None
