"""Readings that look like a PLOVER event but are none, told by the words around the trigger.

Kept apart from the orchestrator (:mod:`events`) so each check can be read on its own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.event_lexicons import cues
from newsgraph.record import Ref

__all__ = ["civil_emergency", "disaster_driven", "market_party"]

# How the declared thing or the cause hangs off the trigger or the emergency noun.
_EMERGENCY_DEPS = ("dobj", "obj", "oprd", "attr", "nsubj", "ccomp", "xcomp")


def civil_emergency(token: Token, mode: str | None) -> bool:
    """A health, disaster or economic emergency is no martial law.

    PLOVER's COERCE 'martial-law' restricts civil liberties; "the WHO declared the
    outbreak a public health emergency", "declared a national emergency over the
    drought" or "a state of emergency after the floods" mobilise help, they coerce no one.
    The emergency's modifiers, the thing declared and the phrase giving the cause
    (over/for/after/amid/following/due to/because of) are read."""
    if mode != "martial-law":
        return False
    c = cues()
    words = c["accident_words"] | c["trend_nouns"] | c["civil_emergency_words"]
    seen = _context(token)
    return any(t.lemma_.lower() in words or t.lower_ in words for t in seen)


def _context(token: Token) -> list[Token]:
    c = cues()
    heads = [token]
    heads += [x for x in token.children if x.dep_ in _EMERGENCY_DEPS]
    # "a state of emergency": the "of" object is the emergency itself
    heads += [g for h in list(heads[1:]) for p in h.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]  # fmt: skip
    out = [m for h in heads[1:] for m in h.children if m.dep_ in ("amod", "compound", "nmod", "nsubj")]  # fmt: skip
    out += heads[1:]
    for h in heads:
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ in c["emergency_cause_preps"]:
                objs = [g for g in p.subtree if g.dep_ == "pobj"]
                out += objs
                out += [m for g in objs for m in g.children if m.dep_ in ("compound", "amod")]
    # "after the floods swept away two bridges", "as wildfires spread": a cause clause
    out += [
        s
        for v in token.children
        if v.dep_ == "advcl"
        and any(
            m.dep_ == "mark" and m.lower_ in c["emergency_cause_preps"] | {"as"} for m in v.children
        )
        for s in v.children
        if s.dep_ in ("nsubj", "nsubjpass")
    ]
    return out


def market_party(ref: Ref | None, doc: Doc) -> bool:
    """A price, a currency or a market is no party: "oil prices retreated", "the currency
    had been rallying", "sales will hit 200,000", "shares hit by the drug suspension",
    "upward pressure on interest rates" report figures, not acts."""
    if ref is None:
        return False
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None or span.root.ent_type_:
        return False  # a name ("the Dow Jones"); a possessor name is fine ("Samsung's share")
    words = cues()["market_nouns"]
    return span.root.lemma_.lower() in words or span.root.lower_ in words


def disaster_driven(token: Token) -> bool:
    """The clause that makes people flee or leave is driven by a disaster: "the storm
    battered the coast, forcing 10,000 people to evacuate"."""
    words = cues()["accident_words"]
    current = token
    for _ in range(3):
        if current.head.i == current.i:
            break
        current = current.head
        if any(
            c.dep_ in ("nsubj", "nsubjpass") and (c.lemma_.lower() in words or c.lower_ in words)
            for c in current.children
        ):
            return True
    return False
