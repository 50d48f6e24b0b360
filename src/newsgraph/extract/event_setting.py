"""Where and when: the place and date syntactically linked to an event trigger.

Linked means the place/date hangs off the trigger (or the verb that governs a nominal
trigger) through a locative/temporal preposition or a bare temporal modifier, within a
few dependency steps. Fallbacks carry an explicit lower precision: a place named
elsewhere in the sentence ("sentence"), the dateline place ("dateline"); for dates, the
article's publication date (``date`` stays None, ``date_precision`` = "published").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.extract.dateline import dateline_end
from newsgraph.extract.event_lexicons import cues
from newsgraph.extract.findings import Findings

__all__ = ["Setting", "setting"]

MAX_PATH = 5
# "KABUL, Aug 25 (Reuters) -" / "LONDON — ": an upper-case place before a dash near the start.
TEMPORAL_DEPS = ("npadvmod", "tmod", "obl:tmod", "nmod:tmod")


@dataclass(frozen=True, slots=True)
class Setting:
    place: str | None
    place_precision: str | None
    date: str | None
    date_precision: str | None


def _anchor(token: Token) -> Token:
    """The verb a nominal trigger leans on ("held talks", "no exchange ... had been")."""
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
        return token.head
    return token


def _path_up(token: Token, top: Token) -> list[Token] | None:
    """Tokens from ``token`` up to (excluding) ``top``; None when ``top`` is not an ancestor."""
    path = []
    current = token
    while current.i != top.i:
        path.append(current)
        if current.head.i == current.i or len(path) > MAX_PATH:
            return None
        current = current.head
    return path


def _linked(target: Token, trigger: Token, preps: frozenset[str], *, temporal: bool) -> int | None:
    """Path length when ``target`` is linked to the trigger, else None."""
    for top in dict.fromkeys((trigger, _anchor(trigger))):
        path = _path_up(target, top)
        if not path:
            continue
        if any(t.dep_ in ("ccomp", "relcl", "conj") for t in path[1:]):
            continue
        if any(t.dep_ == "prep" and t.lower_ in preps for t in path):
            return len(path)
        if temporal and path[-1].dep_ in TEMPORAL_DEPS:
            return len(path)
    return None


def _token_for(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def setting(trigger: Token, found: Findings) -> Setting:
    place, place_precision = _place(trigger, found)
    date, date_precision = _date(trigger, found)
    return Setting(place, place_precision, date, date_precision)


def _place(trigger: Token, found: Findings) -> tuple[str | None, str | None]:
    doc = trigger.doc
    preps = cues()["location_preps"]
    sent = trigger.sent
    best: tuple[int, str, str] | None = None
    nearest: tuple[int, str, str] | None = None
    # "talks mediated by the European Union": a body the gazetteer can also map is a
    # place only where a location word links it ("in the EU"), never as the nearest name.
    bodies = [(m.start, m.end) for e in found.entities if e.type == "ORG" for m in e.mentions]
    for place in found.places:
        for mention in place.mentions:
            if not (sent.start_char <= mention.start < sent.end_char):
                continue
            token = _token_for(doc, mention.start, mention.end)
            if token is None:
                continue
            steps = _linked(token, trigger, preps, temporal=False)
            if steps is not None and (best is None or steps < best[0]):
                best = (steps, place.id, place.precision)
            distance = abs(mention.start - trigger.idx)
            if any(lo < mention.end and mention.start < hi for lo, hi in bodies):
                continue
            if nearest is None or distance < nearest[0]:
                nearest = (distance, place.id, "sentence")
    if best is not None:
        return best[1], best[2]
    if nearest is not None:
        return nearest[1], nearest[2]
    dateline = _dateline_place(found)
    if dateline is not None:
        return dateline, "dateline"
    return None, None


def _dateline_place(found: Findings) -> str | None:
    end = dateline_end(found.article.text[:200])
    if end is None:
        return None
    for place in found.places:
        if any(m.start < end for m in place.mentions):
            return place.id
    return None


def _date(trigger: Token, found: Findings) -> tuple[str | None, str | None]:
    doc = trigger.doc
    preps = cues()["date_preps"]
    sent = trigger.sent
    best: tuple[int, str, str] | None = None
    for item in found.dates:
        if not (sent.start_char <= item.start < sent.end_char):
            continue
        token = _token_for(doc, item.start, item.end)
        if token is None:
            continue
        steps = _linked(token, trigger, preps, temporal=True)
        if steps is not None and (best is None or steps < best[0]):
            best = (steps, item.id, item.precision)
    if best is not None:
        return best[1], best[2]
    if found.article.published:
        return None, "published"
    return None, None
