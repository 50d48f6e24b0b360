"""Readings that look like a PLOVER event but are none, told by the words around the trigger.

Kept apart from the orchestrator (:mod:`events`) so each check can be read on its own.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsgraph.extract.event_lexicons import cues
from newsgraph.record import Ref

__all__ = [
    "asyndetic_noun",
    "backstory",
    "blames_no_party",
    "civil_emergency",
    "disaster_driven",
    "figurative_target",
    "market_party",
]

# "in 2014", "since the 1970s", "in the '90s"
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_DECADE = re.compile(r"^(1[89]\d0|20\d0)s$")
# An act dated to an earlier calendar year ("in 2023", "the 2014 invasion") is history,
# not the story's news: news acts are dated by the day, the weekday or the month. An act
# going on "since" a year is still news unless that year lies this many years back.
_SINCE_YEARS = 2


def backstory(token: Token, published: str | None) -> bool:
    """A past act told as background: "has fought three wars since the 1970s", "was
    previously banned", "the group, which seized the town in 2014, ...".

    The Record has no status for an act that happened long before the story (asserted
    would count it as today's news), so such an act is not coded. Read on the verb and its
    own auxiliaries and phrases: "previously"/"formerly", "in the past", "years ago", or an explicit
    earlier year (two years back for "since": "have protested since 2023" is still going on)
    or a decade that ended at least two years before publication (a decade when there is no
    date). A nominal act counts as background when a year names it ("the 2014 invasion").
    """
    c = cues()
    pub_year = int(published[:4]) if published and published[:4].isdigit() else None
    if token.pos_ in ("NOUN", "PROPN"):
        return _dated_nominal(token, pub_year)
    if token.pos_ != "VERB":
        return False
    for child in token.children:
        if child.dep_ == "advmod" and child.lower_ in c["backstory_adverbs"]:
            return True
        if (
            child.dep_ == "advmod"
            and child.lower_ == "ago"
            # "seized the town a decade ago", "years ago"; not "two weeks ago"
            and any(g.lemma_.lower() in c["backstory_units"] for g in child.children)
        ):
            return True
        if child.dep_ != "prep" or child.lower_ not in c["backstory_preps"]:
            continue
        for obj in child.children:
            if obj.dep_ != "pobj":
                continue
            if obj.lower_ == "past" and any(d.lower_ == "the" for d in obj.children):
                return True
            if _long_ago(obj, pub_year, since=child.lower_ == "since"):
                return True
    return False


def _dated_nominal(token: Token, pub_year: int | None) -> bool:
    """ "the 2014 invasion", "the 1994 genocide", "the invasion of 2014", "the wars of the
    1990s": a nominal act named by an earlier year is history."""
    for child in token.children:
        if child.dep_ in ("nummod", "compound", "amod", "nmod") and _long_ago(child, pub_year):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in ("of", "in", "during")
            and any(g.dep_ == "pobj" and _long_ago(g, pub_year) for g in child.children)
        ):
            return True
    return False


def _long_ago(obj: Token, pub_year: int | None, *, since: bool = False) -> bool:
    if (match := _DECADE.match(obj.lower_)) is not None:
        return pub_year is None or int(match.group(1)) + 10 <= pub_year - _SINCE_YEARS
    if _YEAR.match(obj.text) is not None and obj.ent_type_ == "DATE":
        # "since 2023" in 2024 runs up to the story's time; "in 2023" is done
        return pub_year is not None and int(obj.text) <= pub_year - (_SINCE_YEARS if since else 1)
    return False


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


def _thing_head(ref: Ref | None, doc: Doc) -> Token | None:
    """The head word of a Ref that names no party (a law named "the Constitution" is still
    a thing), else None."""
    if ref is None:
        return None
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None or span.root.ent_type_ not in ("", "LAW"):
        return None
    return span.root


def _forms(token: Token) -> set[str]:
    return {token.lemma_.lower(), token.lower_}


def figurative_target(ref: Ref | None, doc: Doc) -> bool:
    """A violent act done to an idea: "a murder of the constitution", "they killed
    democracy", "an assault on justice". Its head word names no party and nothing that
    can be hurt, so the act is a figure of speech, not an ASSAULT."""
    head = _thing_head(ref, doc)
    return head is not None and bool(_forms(head) & cues()["figurative_targets"])


def blames_no_party(token: Token, ref: Ref | None, doc: Doc) -> bool:
    """ "blames climate change for the drought", "blamed inflation", "blamed the weather":
    the one blamed is a cause, not a person, group or country, so nobody is accused."""
    c = cues()
    head = _thing_head(ref, doc)
    if head is None or token.lemma_.lower() not in c["blame_verbs"]:
        return False
    causes = c["impersonal_causes"] | c["accident_words"] | c["abstract_ills"] | c["trend_nouns"]
    return bool(_forms(head) & causes)


def asyndetic_noun(token: Token) -> bool:
    """A plural noun after a comma that the parser read as a verb: "was convicted of
    fraud, charges his lawyers call baseless", "was jailed last year, charges her family
    insist were invented". The word has no subject or object of its own and no "and"/"or"
    joins it to the clause before; what follows is a clause with its own subject ("his
    lawyers call ...") that describes it, as a relative clause would. So it is a noun in
    apposition and nobody acts ("..., charges the opposition" keeps its speaker)."""
    doc = token.doc
    if token.tag_ != "VBZ" or token.i == 0 or doc[token.i - 1].text != ",":
        return False
    if token.dep_ not in ("conj", "ROOT"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "dobj", "obj") for c in token.children):
        return False
    if not any(
        c.dep_ == "ccomp" and c.i > token.i and any(s.dep_ == "nsubj" for s in c.children)
        for c in token.children
    ):
        return False
    if token.dep_ == "conj":
        between = doc[token.head.i + 1 : token.i]
        return not any(t.dep_ in ("cc", "preconj") and t.head.i == token.head.i for t in between)
    # "X was jailed, charges ...": the clause before hangs off it as if it were reported
    return any(c.dep_ == "ccomp" and c.i < token.i for c in token.children)
