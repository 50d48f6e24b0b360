"""Match tokens against the PLOVER verb and noun patterns in ``lexicons/plover_patterns.jsonl``.

A row is ``{"id", "lemma", "pos": "VERB"|"NOUN", "type", "mode"}`` plus optional constraints
on the trigger's dependents: ``prt`` (particle: "call up"), ``prep`` (a preposition child:
"meet with"), ``obj`` (lemmas of the direct object, or of the "of" object for nouns:
"open fire", "exchange of gunfire"), ``compound`` / ``amod`` (modifier words: "air strike"),
``no_obj`` (intransitive only), ``no_clause`` (no clausal complement), ``clause`` (only
with one: "pressed X to release"), ``topic_obj`` (the object is a topic, not a participant: "discuss the crisis"),
``reverse`` (the object of "from" acts: "received aid
from X"), ``prep_obj`` (object words of the ``prep`` phrase: "put on alert"),
``obj_participant`` (the named object is the recipient: "summoned the ambassador"),
``xcomp`` (lemmas of the clausal complement: "declined to comment"), ``xcomp_obj``
(lemmas of that complement's object: "warned it would trigger a war"), ``under`` (lemmas
of the verb the trigger's clause complements: "warned it would respond"), ``if_negated`` (the type when the trigger is negated:
"not accept" is REJECT). A row whose ``type`` is null blocks a reading ("meet a deadline").
The most specific matching row wins; ties go to the earlier row.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from newsgraph.extract.event_lexicons import PLOVER_TYPES, pattern_rows, word_forms

__all__ = ["Pattern", "coarse_pos", "match", "pattern_index"]

OBJECT_DEPS = ("dobj", "obj", "attr", "nsubjpass", "oprd")
PREP_DEPS = ("prep", "agent", "dative", "prt")


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str
    lemma: str
    pos: str
    type: str | None
    mode: str | None = None
    prt: str | None = None
    prep: str | None = None
    obj: frozenset[str] = frozenset()
    compound: frozenset[str] = frozenset()
    amod: frozenset[str] = frozenset()
    no_obj: bool = False
    # "helped to plan": with a clausal complement the verb only frames another action.
    no_clause: bool = False
    # "pressed the government to release": only with a clausal complement
    clause: bool = False
    if_negated: str | None = None
    # "discussed the crisis": the object is a topic, the partner comes with "with".
    topic_obj: bool = False
    # "received weapons from X": the giver (object of "from") is the actor.
    reverse: bool = False
    # "summoned Iran's ambassador": the object the pattern names is still the recipient
    obj_participant: bool = False
    # object words of the ``prep`` phrase ("put on alert", "warned of retaliation")
    prep_obj: frozenset[str] = frozenset()
    # lemmas of the clausal complement ("declined to comment")
    xcomp: frozenset[str] = frozenset()
    # lemmas of the complement's object ("warned the move would trigger a trade war")
    xcomp_obj: frozenset[str] = frozenset()
    # lemmas of the verb whose complement the trigger's clause is: "warned it would
    # respond" is a threat where "responded to the criticism" is no event
    under: frozenset[str] = frozenset()

    @property
    def specificity(self) -> int:
        return sum(
            bool(x)
            for x in (
                self.prt,
                self.prep,
                self.obj,
                self.compound,
                self.amod,
                self.no_obj,
                self.no_clause,
                self.clause,
                self.prep_obj,
                self.xcomp,
                self.xcomp_obj,
                self.under,
            )
        )

    def matches(self, token: Token) -> bool:
        if self.under and not (token.dep_ == "ccomp" and token.head.lemma_.lower() in self.under):
            return False
        if (
            self.type
            and self.obj
            and any(c.dep_ == "oprd" and c.lemma_.lower() not in self.obj for c in token.children)
        ):
            # "called the protests an attempt to ...": naming, not calling one ("was found
            # guilty" names the verdict the pattern asks for)
            return False
        if self.prt and not any(_particle(token, c, self.prt) for c in token.children):
            return False
        # "take decisive action against X", "send weapons to X": with an object
        # constraint the phrase may hang on the object
        if (
            self.prep
            and self.prep not in _preps(token)
            and not (self.obj and any(self.prep in _preps(o) for o in _direct_objects(token)))
        ):
            return False
        if self.prep_obj and not (_prep_objects(token, self.prep) & self.prep_obj):
            return False
        if self.xcomp and not any(
            (c.dep_ in ("xcomp", "ccomp") or _infinitive_advcl(c))
            and c.lemma_.lower() in self.xcomp
            for c in token.children
        ):
            return False
        if self.xcomp_obj and not any(
            c.dep_ in ("xcomp", "ccomp")
            and c.lemma_.lower() in self.xcomp
            and any(
                g.dep_ in ("dobj", "obj") and g.lemma_.lower() in self.xcomp_obj for g in c.children
            )
            for c in token.children
        ):
            return False
        if self.obj and not (_objects(token) & self.obj):
            return False
        if self.no_obj and any(c.dep_ in ("dobj", "obj") for c in token.children):
            return False
        has_clause = any(c.dep_ in ("xcomp", "ccomp") for c in token.children)
        if (self.no_clause and has_clause) or (self.clause and not has_clause):
            return False
        if self.compound and not any(
            # "test-fired": the parser hangs "test" on the verb as npadvmod
            c.dep_ in ("compound", "amod", "nmod", "npadvmod") and c.lower_ in self.compound
            for c in token.children
        ):
            return False
        return not (self.amod and not (_modifiers(token) & self.amod))


def _infinitive_advcl(token: Token) -> bool:
    # "fought to save lives": the parser hangs some to-infinitives as advcl
    return token.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )


def _modifiers(token: Token) -> set[str]:
    """Forms of the amod/compound modifiers, also those the parser hung on a compound
    ("joint air force drills": "joint" on "force")."""
    mods = [c for c in token.children if c.dep_ in ("amod", "compound")]
    mods += [g for c in mods if c.dep_ == "compound" for g in c.subtree if g.dep_ == "amod"]
    return {m.lower_ for m in mods}


def _preps(token: Token) -> set[str]:
    # "called a strike on Friday": a date phrase is no "call on X"
    preps = {
        c.lower_
        for c in token.children
        if c.dep_ in PREP_DEPS and not any(_date_only(g) for g in c.children if g.dep_ == "pobj")
    }
    # "calling for the government to act": the parser makes "for" the clause's marker
    preps.update(
        m.lower_
        for c in token.children
        if c.dep_ in ("advcl", "ccomp", "xcomp")
        for m in c.children
        if m.dep_ == "mark" and m.lower_ == "for" and m.i < c.i
    )
    return preps


def _direct_objects(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in ("dobj", "obj")]


def _particle(verb: Token, child: Token, prt: str) -> bool:
    """Whether ``child`` is the verb's particle ``prt``. The parser labels some particles
    advmod ("stepped down") or prep ("called off the strike"); a date phrase is no particle
    ("took countermeasures on Thursday" is no "take on"), nor is a preposition with its own
    object away from the verb ("gave the visitors the lead in the 12th minute" is no
    "give in")."""
    if child.dep_ not in ("prt", "prep", "advmod") or child.lower_ != prt:
        return False
    objects = [g for g in child.children if g.dep_ == "pobj"]
    if any(_date_only(g) for g in objects):
        return False
    return not objects or child.i == verb.i + 1


def _date_only(token: Token) -> bool:
    # "met with President Bashar Assad Tuesday": the parser can hang the name on the date
    return token.ent_type_ in ("DATE", "TIME") and not any(
        c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for c in token.subtree
    )


def _prep_objects(token: Token, prep: str | None) -> set[str]:
    """Lemmas and forms of the objects of the trigger's ``prep`` phrases."""
    objects = [
        g
        for c in token.children
        if c.dep_ in PREP_DEPS and c.lower_ == prep
        for g in c.children
        if g.dep_ == "pobj"
    ]
    # "on the highest level of readiness": the "of" object counts too
    objects += [g for o in objects for p in o.children if p.lower_ == "of" for g in p.children]
    return {x for g in objects for x in (g.lemma_.lower(), g.lower_)}


def _objects(token: Token) -> set[str]:
    """Lemmas (and forms) of the words that fill an ``obj`` constraint."""
    out: set[str] = set()
    for child in token.children:
        if child.dep_ == "acomp" and token.pos_ == "VERB":
            out.update((child.lemma_.lower(), child.lower_))  # "pleaded guilty"
        elif child.dep_ in OBJECT_DEPS or (token.pos_ != "VERB" and child.dep_ == "compound"):
            out.update((child.lemma_.lower(), child.lower_))
            mods = [g for g in child.children if g.dep_ in ("compound", "nmod", "amod")]
            mods += [
                c for g in mods for c in g.children if c.dep_ == "conj"
            ]  # "search and rescue teams"
            out.update(g.lower_ for g in mods)
            if token.pos_ == "VERB":
                # "declared a state of emergency", "expelled dozens of diplomats"
                out.update(
                    x
                    for p in child.children
                    if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children
                    if g.dep_ == "pobj"
                    for x in (g.lemma_.lower(), g.lower_)
                )
        elif child.dep_ == "prep" and child.lower_ in ("from", "out") and token.pos_ == "VERB":
            # "withdrew from the treaty", "pulled out of the talks"
            out.update(
                x for g in child.subtree if g.dep_ == "pobj" for x in (g.lemma_.lower(), g.lower_)
            )
        elif (
            child.dep_ == "prep" and child.lower_ == "of" and token.pos_ != "VERB"
        ) or child.dep_ == "prt":
            out.update(
                x for g in child.children if g.dep_ == "pobj" for x in (g.lemma_.lower(), g.lower_)
            )
        elif child.dep_ in ("xcomp", "ccomp") and token.pos_ == "VERB":
            # "allowed the inspectors to visit": the subject of the complement is the object;
            # "found the president guilty": the small clause's adjective
            if child.pos_ == "ADJ":
                out.update((child.lemma_.lower(), child.lower_))
            out.update(
                x
                for g in child.children
                if g.dep_ in ("nsubj", "nsubjpass")
                for x in (g.lemma_.lower(), g.lower_)
            )
    # "sanctions were imposed on X": the object is the passive subject of the trigger.
    if token.pos_ == "VERB" and token.dep_ in ("acl", "relcl") and token.tag_ == "VBN":
        out.update((token.head.lemma_.lower(), token.head.lower_))
    return out


def _from_row(row: dict[str, Any]) -> Pattern:
    lemma = str(row["lemma"]).lower()
    prt = row.get("prt")
    if " " in lemma and prt is None:
        lemma, prt = lemma.split(" ", 1)
    type_ = row.get("type")
    if type_ is not None and type_ not in PLOVER_TYPES:
        raise ValueError(f"pattern {row['id']!r}: unknown PLOVER type {type_!r}")
    return Pattern(
        id=str(row["id"]),
        lemma=lemma,
        pos=str(row["pos"]),
        type=type_ if isinstance(type_, str) else None,
        mode=row.get("mode") or None,
        prt=prt or None,
        prep=row.get("prep") or None,
        obj=frozenset(row.get("obj") or ()),
        compound=frozenset(row.get("compound") or ()),
        amod=frozenset(row.get("amod") or ()),
        no_obj=bool(row.get("no_obj", False)),
        no_clause=bool(row.get("no_clause", False)),
        clause=bool(row.get("clause", False)),
        if_negated=row.get("if_negated") or None,
        reverse=bool(row.get("reverse", False)),
        topic_obj=bool(row.get("topic_obj", False)),
        obj_participant=bool(row.get("obj_participant", False)),
        prep_obj=frozenset(row.get("prep_obj") or ()),
        xcomp=frozenset(row.get("xcomp") or ()),
        xcomp_obj=frozenset(row.get("xcomp_obj") or ()),
        under=frozenset(row.get("under") or ()),
    )


@lru_cache(maxsize=1)
def pattern_index() -> dict[tuple[str, str], tuple[Pattern, ...]]:
    """(lemma, POS) → patterns, most specific first."""
    index: dict[tuple[str, str], list[Pattern]] = {}
    for row in pattern_rows():
        pattern = _from_row(row)
        index.setdefault((pattern.lemma, pattern.pos), []).append(pattern)
    return {key: tuple(sorted(rows, key=lambda p: -p.specificity)) for key, rows in index.items()}


# Dependencies only a noun phrase fills: a "VERB" there is a mistagged plural noun.
NOMINAL_DEPS = ("dobj", "obj", "pobj", "nsubj", "nsubjpass")
# Children only a verb takes.
VERBAL_CHILD_DEPS = ("nsubj", "nsubjpass", "dobj", "obj", "aux", "auxpass", "ccomp", "xcomp", "mark", "prt")  # fmt: skip


def coarse_pos(token: Token) -> str | None:
    if token.pos_ == "VERB" and _mistagged_plural(token):
        # "conducted joint air force drills": the small model tags "drills" VBZ
        return "NOUN"
    if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "ROOT"):
        return "VERB"
    if token.pos_ in ("NOUN", "PROPN"):
        return "NOUN"
    return None


def _mistagged_plural(token: Token) -> bool:
    """A "VERB" in -s that fills a noun's slot, takes a determiner or modifier and no
    verb's dependents ("held joint drills", "the talks")."""
    return (
        token.tag_ == "VBZ"
        and token.dep_ in NOMINAL_DEPS
        and not any(c.dep_ in VERBAL_CHILD_DEPS for c in token.children)
    )


def match(token: Token) -> Pattern | None:
    """The pattern this token triggers, or None (no pattern, or a blocking row matched)."""
    pos = coarse_pos(token)
    if pos is None:
        return None
    seen: set[tuple[str, str]] = set()
    lemmas = [token.lemma_.lower(), token.lower_]
    if pos == "VERB" and not any((x, pos) in pattern_index() for x in lemmas):
        # The small model mislemmatises some verbs ("fined" -> "fin"): try de-inflected forms.
        lemmas += sorted(word_forms(token) - set(lemmas))
    for lemma in lemmas:
        key = (lemma, pos)
        if key in seen:
            continue
        seen.add(key)
        for pattern in pattern_index().get(key, ()):
            if pattern.matches(token):
                # a null row blocks the reading, unless it only codes a refusal ("would
                # not allow": REJECT; "allowed" alone is no event)
                return pattern if pattern.type is not None or pattern.if_negated else None
    return None
