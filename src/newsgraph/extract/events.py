"""PLOVER event coding: who did what to whom, where and when, and whether it happened.

One pass over the parsed Doc: every token that matches a pattern in
``lexicons/plover_patterns.jsonl`` is a candidate trigger; candidates nested inside
another trigger ("called for an attack", "threatened to attack", "killings and
vendettas") are folded into it; each survivor gets actor and recipient
(:mod:`event_args`), status (:mod:`event_status`) and place/date (:mod:`event_setting`).
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from itertools import pairwise

from spacy.tokens import Doc, Token

from newsgraph.extract.dateline import dateline_end
from newsgraph.extract.doc_tokens import doc_tokens
from newsgraph.extract.event_args import (
    ENTITY_MODIFIER_LABELS,
    arguments,
    bare_means,
    make_ref,
    possible_agent,
    root_predicate,
    sector_of,
    speaker_conjunct,
    state_verb,
    subject,
)
from newsgraph.extract.event_derived import (
    claim_head,
    derived_intent_type,
    future_type,
    intent_head,
    is_refusal,
    warned_act,
)
from newsgraph.extract.event_filters import (
    asyndetic_noun,
    backstory,
    blames_no_party,
    civil_emergency,
    disaster_driven,
    figurative_target,
    market_party,
)
from newsgraph.extract.event_lexicons import cues, sectors, word_forms
from newsgraph.extract.event_patterns import Pattern, match, pattern_index
from newsgraph.extract.event_setting import setting
from newsgraph.extract.event_status import (
    StatusReading,
    chain,
    condition_only,
    generic_head,
    is_intended,
    is_negated,
    not_ruled_out,
    read_status,
    statement_status,
    wished_of,
)
from newsgraph.extract.findings import Findings, doc_text
from newsgraph.record import Event, Ref, Span

__all__ = ["extract", "triggers"]

log = logging.getLogger(__name__)

# "2-1", "3–0": a match score
SCORE = re.compile(r"(?<![\w-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\w-])")

# Entity labels that are never a recipient ("agreed to pay 5 million dollars").
NOT_ARGUMENTS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")
# Named-entity labels whose tokens are names, not event words ("Peace Corps", "Desert Storm").
NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT")
# Types whose complement is the act they are about ("threatened to attack X").
FRAMING_TYPES = ("THREATEN", "REQUEST", "AGREE", "REJECT", "ACCUSE")
# Where a clause of its own begins: a same-type trigger above it is a different event.
CLAUSE_BOUNDARIES = ("ccomp", "relcl", "acl", "parataxis", "csubj")
# Pattern-id prefix of a promised retreat/concession ("agreed to lift the sanctions").
PROMISE_PREFIX = "promise>"
# Pattern ids of orders to leave ("ordered all foreigners to leave the country").
LEAVE_ORDER_PREFIXES = ("coerce-order-v-leave", "coerce-tell-v-leave", "coerce-instruct-v-leave", "coerce-direct-v-leave")  # fmt: skip
# Pattern-id prefix of gathering verbs that are a protest only when protesters gather.
CROWD_PREFIX = "crowd-"

# How a nested trigger hangs off the one that absorbs it.
NESTING_DEPS = ("agent", "xcomp", "ccomp", "dobj", "obj", "pobj", "prep", "pcomp", "acl", "attr", "oprd", "compound", "nsubjpass", "advcl")  # fmt: skip


def triggers(doc: Doc) -> list[tuple[Token, Pattern]]:
    """Candidate triggers that are not folded into another trigger, in text order."""
    found = {t.i: p for t in doc_tokens(doc) if (p := _candidate(t)) is not None}
    # PLOVER: a promise to retreat or concede stays RETREAT/CONCEDE ("agreed to lift the
    # sanctions"), so such an AGREE gives way to the act it promises.
    stay = cues()["promise_keeps_types"]
    for i, pattern in list(found.items()):
        first = _first_conjunct(doc[i])
        head = first.head
        if (
            (pattern.type in stay or pattern.id in cues()["promise_keeps_patterns"])
            and first.dep_ == "xcomp"
            and (governor := found.get(head.i)) is not None
            and governor.type == "AGREE"
            # "agreed to stop the protests and suspend the strike": every promised act is
            # the concession; "agreed to hold talks and lift sanctions" keeps its AGREE
            and not _other_promise(first, doc[i], found, stay)
        ):
            del found[head.i]
            # the pattern id says so: PLOVER counts the commitment itself as this type (the
            # AGREE note: future RETREAT/CONCEDE "should be left as they are"; the GSR gold
            # codes "agreed to lift the sanctions" RETREAT). An announcement in the future
            # tense ("would withdraw") is CONCEDE instead, the RETREAT note's own example.
            found[i] = replace(pattern, id=f"{PROMISE_PREFIX}{pattern.id}")
    for i, pattern in list(found.items()):
        promiser = _promised_concession(doc[i], pattern, found)
        if promiser is not None:
            # "promised concessions to the opposition", "pledged a ceasefire", "agreed to a
            # truce": PLOVER's CONCEDE covers promised concessions and declared ceasefires,
            # so the commitment verb is coded as the concession it makes
            del found[i]
            mode = None if _ceasefire(doc[i]) else pattern.mode
            found[promiser.i] = replace(
                pattern,
                id=f"{PROMISE_PREFIX}{pattern.id}",
                type="CONCEDE",
                mode=mode,
                pos="VERB",
                topic_obj=True,  # the object is what is conceded; "to X" is the recipient
                prep_obj=pattern.prep_obj | {doc[i].lemma_.lower(), doc[i].lower_},
            )
    for i, pattern in list(found.items()):
        if _trip_abroad(doc[i], pattern) and any(
            p.type == pattern.type and j != i and doc[j].sent == doc[i].sent
            for j, p in found.items()
        ):
            del found[i]  # "held talks with X during a visit to Beirut": one consultation
    return [
        (doc[i], p)
        for i, p in found.items()
        if not _nested(doc[i], p, found) or _condemned_act(doc[i], p, found)
    ]


def _first_conjunct(token: Token) -> Token:
    """ "agreed to withdraw troops and lift sanctions": "lift" hangs on "withdraw"."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _other_promise(
    first: Token, token: Token, found: dict[int, Pattern], stay: frozenset[str]
) -> bool:
    """Whether an earlier conjunct promises a cooperative act of another type ("agreed to
    hold talks and lift the blockade": the talks keep the AGREE)."""
    if first.i == token.i:
        return False
    own = {t.i for t in token.subtree}
    return any(
        t.i in found
        and t.i not in own
        and found[t.i].type is not None
        and found[t.i].type not in stay
        and not is_negated(t)  # "agreed to stop holding protests and ...": no promise
        for t in first.subtree
    )


def _promised_concession(token: Token, pattern: Pattern, found: dict[int, Pattern]) -> Token | None:
    """The commitment verb whose object is a concession or a ceasefire ("promised
    concessions", "agreed to a truce"), or None."""
    if pattern.pos != "NOUN" or not (pattern.type == "CONCEDE" or _ceasefire(token)):
        return None
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "to":
        head = head.head  # "agreed to a ceasefire"
    elif token.dep_ not in ("dobj", "obj"):
        return None
    governor = found.get(head.i)
    if (
        governor is None
        or governor.type != "AGREE"
        or head.pos_ != "VERB"
        or not word_forms(head) & cues()["concession_commitment_verbs"]
        or is_negated(head)
    ):
        return None
    return head


def _ceasefire(token: Token) -> bool:
    """ "ceasefire", "truce", "cease-fire" (which the tokenizer splits)."""
    return bool(word_forms(token) & cues()["declared_concession_nouns"]) or (
        token.lower_ == "fire" and any(c.lower_ == "cease" for c in token.children)
    )


def _condemned_act(token: Token, pattern: Pattern, found: dict[int, Pattern]) -> bool:
    """ "condemned the Israeli strike on the consulate": the strike is news of its own.

    A nominal act that a disapproval takes as its object stays an event when the text
    names who did it; "condemned the attack" (nobody named) stays one ACCUSE.
    """
    governor = found.get(token.head.i)
    if (
        pattern.pos != "NOUN"
        or token.dep_ not in ("dobj", "obj")
        or governor is None
        or governor.type != "ACCUSE"
        or governor.mode != "disapprove"
    ):
        return False
    return any(
        (c.dep_ in ("poss", "compound", "amod") and c.ent_type_ in ENTITY_MODIFIER_LABELS)
        or (c.dep_ in ("prep", "agent") and c.lower_ == "by")
        for c in token.children
    )


def _candidate(token: Token) -> Pattern | None:
    if token.ent_type_ in NAME_LABELS:
        return None
    pattern = match(token)
    if pattern is None:
        return None
    if pattern.pos == "NOUN" and token.dep_ in ("compound", "amod", "poss"):
        return None  # "aid workers", "protest leaders"
    if pattern.id.startswith(CROWD_PREFIX) and not _protesters_gather(token):
        return None  # "protesters gathered in the square" protest; "leaders gathered" do not
    if (
        pattern.type == "PROTEST"
        and pattern.mode == "strike"
        and token.dep_ == "nsubj"
        and token.head.lemma_.lower() in cues()["harm_verbs"]
    ):
        # "the strikes killed 12 militants": strikes that kill are attacks, not walkouts
        pattern = replace(pattern, type="ASSAULT", mode=None, id=f"harm>{pattern.id}")
    if (
        pattern.pos == "VERB"
        and token.dep_ in ("acl", "amod")
        and token.tag_ == "VBN"
        and not any(c.dep_ in ("agent", "aux", "auxpass", "nsubj") for c in token.children)
        and not _existential(token.head)
        and not root_predicate(token)
    ):
        return None  # "a report released Tuesday", "a member jailed a year ago": background
    if (
        pattern.pos == "VERB"
        and token.dep_ == "acl"
        and token.tag_ == "VBG"
        and token.head.dep_ in ("nsubj", "nsubjpass")
        and token.head.head.pos_ in ("VERB", "AUX")
        and not _existential(token.head.head)
    ):
        return None  # "the coalition battling Houthi rebels called for a truce": a description
    if pattern.pos == "NOUN" and pattern.type == "REQUEST" and _answered_request(token):
        # "approved a request from the force", "after receiving a request", "had their
        # requests approved": the answer is the news, the request was made before
        return None
    if _within_reduced_relative(token):
        # "the journalists detained during the protests were freed", "the activist jailed
        # for insulting the king": background, and so is what it holds
        return None
    if pattern.pos == "VERB" and token.dep_ == "advcl" and _time_anchor(token):
        return None  # "two weeks after rebels kidnapped 40 peacekeepers": an earlier event
    if pattern.pos == "VERB" and token.dep_ == "relcl" and _pluperfect(token):
        return None  # "the mayor, who had been arrested a year ago": backstory
    if (
        pattern.pos == "NOUN"
        and token.dep_ == "pobj"
        and not _framed(token)
        and not (pattern.type == "PROTEST" and token.head.lower_ in cues()["setting_preps"])
    ):
        # "sorrow for the shootings", "during a visit to Beirut": a reference; but protests
        # named as the setting ("killed during protests against tax increases") took place
        return None
    return pattern


def _answered_request(token: Token) -> bool:
    """A request noun that something answers: the object of approve/grant/receive ..., or
    told with its answer ("had their requests approved")."""
    answers = cues()["request_answer_verbs"]
    if token.dep_ in ("dobj", "obj", "nsubjpass") and word_forms(token.head) & answers:
        return True
    return any(
        c.dep_ in ("acl", "amod", "oprd", "ccomp", "xcomp")
        and c.tag_ == "VBN"
        and word_forms(c) & answers
        for c in (*token.children, *(token.head.children if token.dep_ in ("dobj", "obj") else ()))
    )


def _within_reduced_relative(token: Token) -> bool:
    current = token
    for _ in range(6):
        if current.pos_ == "VERB" and _reduced_relative(current):
            return True
        if current.dep_ not in NESTING_DEPS or current.head.i == current.i:
            return False
        current = current.head
    return False


def _reduced_relative(token: Token) -> bool:
    """ "The civilians imprisoned for acting against Moscow were released": the parser reads
    "imprisoned" as the main verb and "were released" as its conjunct with no "and" and no
    subject; the participle only describes the civilians."""
    return (
        token.tag_ in ("VBD", "VBN")
        and any(c.dep_ == "nsubj" for c in token.children)
        and not any(c.dep_ in ("aux", "auxpass", "cc") for c in token.children)
        and any(
            c.dep_ == "conj"
            and any(g.dep_ == "auxpass" for g in c.children)
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            for c in token.children
        )
    )


def _time_anchor(token: Token) -> bool:
    """A clause dated by a measured distance ("days after", "a year since") only anchors
    the main event in time; the anchoring event was reported before."""
    c = cues()
    marks = [m for m in token.children if m.dep_ == "mark" and m.lower_ in c["anchor_marks"]]
    # the parser hangs "two weeks" on the mark or on the verb
    measures = [m for x in (token, *marks) for m in x.children if m.dep_ == "npadvmod"]
    return bool(marks) and any(m.lemma_.lower() in c["time_units"] for m in measures)


def _pluperfect(token: Token) -> bool:
    """ "had been arrested": before the story's time. Present perfect ("which has sent its
    fighters") still reports news, and so does the progressive ("which had been firing
    water cannon at the boat"): an act going on up to the story's time."""
    if token.tag_ == "VBG":
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in token.children)


def _existential(token: Token) -> bool:
    """ "There were ten soldiers killed": the noun is what the sentence asserts exists."""
    return token.dep_ == "attr" and any(c.dep_ == "expl" for c in token.head.children)


def _framed(token: Token) -> bool:
    """A nominal inside a prepositional phrase that still reports an event of its own."""
    cue = cues()
    if any(c.dep_ == "prep" and c.lower_ == "by" for c in token.children):
        return True  # "killed in an air strike by government forces"
    if _main_clause_agent(token):
        return True  # "the plant was disabled by a cyber attack": the cause took place
    if (
        (pattern := match(token)) is not None
        and pattern.type in cue["visit_types"]
        and any(c.dep_ == "poss" and c.ent_type_ in ENTITY_MODIFIER_LABELS for c in token.children)
    ):
        return True  # "during Biden's visit to Hanoi": the visit took place
    if _trip_abroad(token, pattern):
        return True  # "appealed for weapons during a visit to Washington"
    if token.head.lower_ == "on" and state_verb(token.head.head) is not None:
        return True  # "has been on hunger strike since May", "remain (out) on strike"
    if (
        pattern is not None
        and pattern.type == "COOPERATE"
        and any(c.dep_ == "amod" and c.lower_ in cue["joint_words"] for c in token.children)
    ):
        return True  # "dismantled the network in a joint operation": the joint act took place
    if any(c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children) for c in token.children):
        return True  # "reports of killings carried out by its fighters"
    prep = token.head
    if prep.dep_ == "prt":
        return True  # "called off the attack": the object of a phrasal verb
    governor = prep.head  # token -> prep -> governor
    if governor.lower_ in cue["reporting_nouns"] and governor.pos_ in ("NOUN", "PROPN"):
        return True  # "reports of killings" (but "sign" the verb is no "sign of")
    if governor.lemma_.lower() in cue["responsibility_words"]:
        return True  # "claimed responsibility for the attack": the attack happened
    if word_forms(governor) & cue["engage_verbs"]:
        return True  # "engaged in a firefight"
    if prep.lower_ == "in" and governor.lower_ in cue["amount_words"]:
        return True  # "announced 50 million euros in humanitarian aid"
    if (
        prep.lower_ == "of"
        and governor.lower_ in cue["amount_words"] | cue["partitive_words"]
        and governor.dep_ in ("dobj", "obj", "nsubjpass")
    ):
        return True  # "sent 10 tons of aid", "held a fresh round of talks": the act itself
    if prep.lower_ == "for" and word_forms(governor) & cue["travel_verbs"]:
        return True  # "arrived in Kabul for talks with the Taliban": the purpose of the trip
    if prep.lower_ == "to" and _ceasefire(token) and governor.lemma_.lower() == "agree":
        return True  # "agreed to a truce": the truce is what is agreed (a CONCEDE)
    # "took part in the killing", "called for talks"; not adjuncts ("held talks during a visit")
    return prep.lower_ in ("in", "for", "of") and bool(word_forms(governor) & cue["light_verbs"])


def _actor_of_means(token: Token, event_type: str, found: Findings) -> Ref | None:
    """ "three people were killed in an Israeli air strike": the doer of the same act
    named as its means."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "by"):
            continue
        for means in prep.children:
            pattern = match(means) if means.dep_ == "pobj" else None
            if pattern is not None and pattern.type == event_type and pattern.pos == "NOUN":
                actor, _ = arguments(means, pattern, found)
                if actor is not None:
                    return actor
            if means.dep_ == "pcomp" and (agent := _by_agent(means)) is not None:
                pattern = match(means)
                if pattern is not None and pattern.type == event_type:
                    return make_ref(agent, found)  # "wounded in shelling by government forces"
    for gerund in token.children:
        doer = _misparsed_means(gerund)
        pattern = match(gerund) if doer is not None else None
        if doer is not None and pattern is not None and pattern.type == event_type:
            return make_ref(doer, found)  # "killed in Israeli tank shelling"
    return None


def _judged_act(token: Token, actor: Ref) -> bool:
    """ "called the protests 'treasonous'", "declared the strike illegal", "described the
    raid as brutal": a nominal act that a verb's object predicate judges; the verb's
    subject is its judge, not its doer."""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ not in ("dobj", "obj"):
        return False
    judge = token.head
    if not any(
        c.dep_ == "oprd"
        or (c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" for g in c.children))
        for c in judge.children
        if c.i > token.i  # "As part of an effort, the government announced a curfew"
    ):
        return False
    doer = subject(judge)
    return doer is not None and actor.start <= doer.idx < actor.end


def _force_agent(token: Token) -> bool:
    """ "were met by riot police", "met by a heavy police presence": force, not a host."""
    agent = _by_agent(token)
    return agent is not None and any(
        t.lemma_.lower() in cues()["force_presence_words"] for t in agent.subtree
    )


def _by_agent(token: Token) -> Token | None:
    by = next((c for c in token.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None)
    return next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None


def _misparsed_means(token: Token) -> Token | None:
    """ "killed in Israeli tank shelling": the parser reads the nominal "shelling" as a
    verb after the object of "in" ("in Israeli tank"); that object names the doer."""
    if (
        token.tag_ != "VBG"
        or token.dep_ != "advcl"
        or token.i == 0
        # only a word that is also an act's noun ("shelling", "bombing"); "turn up in the
        # UK asking for help" is a verb
        or (token.lower_, "NOUN") not in pattern_index()
    ):
        return None
    before = token.doc[token.i - 1]
    if (
        before.dep_ != "pobj"
        or before.head.lower_ != "in"
        or before.head.head.i != token.head.i
        or any(c.dep_ in ("nsubj", "dobj", "obj", "aux", "mark") for c in token.children)
        or not any(
            t.ent_type_ in ENTITY_MODIFIER_LABELS or t.lemma_.lower() in cues()["armed_party_words"]
            for t in before.subtree
        )
    ):
        return None
    return before


def _trip_abroad(token: Token, pattern: Pattern | None) -> bool:
    """ "during a visit to Washington": a trip with a destination, told as the setting of
    what the traveller did there."""
    cue = cues()
    return (
        pattern is not None
        and pattern.type in cue["visit_types"]
        and token.dep_ == "pobj"
        and token.head.lower_ in cue["trip_preps"]
        and any(a.pos_ in ("VERB", "AUX") for a in token.head.ancestors)
        and any(
            c.dep_ == "prep"
            # "during a visit to Washington", "during talks with the Jordanian king"
            and (
                c.lower_ == "to"
                if token.lemma_.lower() in cue["trip_nouns"]
                else c.lower_ == "with"
            )
            and any(g.ent_type_ in ENTITY_MODIFIER_LABELS for g in c.subtree)
            for c in token.children
        )
    )


def _nested(token: Token, pattern: Pattern, found: dict[int, Pattern]) -> bool:
    if speaker_conjunct(token) is not None:
        return False  # "said the strikes killed 12 and called on residents to": the speaker's
    if _same_type_above(token, pattern, found):
        return True
    if pattern.pos == "VERB" and any(
        # a passive subject is the verb's own patient ("a ceasefire was agreed between the
        # army and the rebels"), and nests under the verb: one of the two must stay
        c.dep_ == "nsubj" and (p := found.get(c.i)) is not None and p.type == pattern.type
        for c in token.children
    ):
        return True  # "an attack on the base wounded three soldiers": the attack is the event
    if (
        pattern.pos == "VERB"
        and token.dep_ == "advcl"
        # "vowed retaliation after warplanes bombed its bases": a clause of its own
        and not any(c.dep_ == "mark" for c in token.children)
        and any(
            c.dep_ in ("dobj", "obj")
            and (p := found.get(c.i)) is not None
            and p.type == pattern.type
            for c in token.head.children
        )
    ):
        return True  # "carried out raids in three towns, killing two": one operation
    if (
        pattern.pos == "VERB"
        and token.dep_ in ("advcl", "xcomp")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        and any(
            g.dep_ == "pobj" and (p := found.get(g.i)) is not None and p.type == pattern.type
            for c in token.head.children
            if c.dep_ == "prep"
            for g in c.children
        )
    ):
        return True  # "went on strike to protest against the cuts": one protest
    if (
        pattern.pos == "VERB"
        and token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and any(
            c.dep_ == "nsubj" and (p := found.get(c.i)) is not None and p.type == pattern.type
            for c in token.head.children
        )
    ):
        return True  # "fighting flared in the north, killing 12 soldiers": one fight
    if pattern.type == "REQUEST" and _protest_topic(token, found):
        return True
    if token.dep_ == "acl" and any(c.dep_ == "agent" for c in token.children):
        return False  # "a deal brokered by the UAE": an act with its own doer
    if (
        pattern.type == "PROTEST"
        and token.dep_ == "acl"
        and token.tag_ == "VBG"
        and token.head.i not in found
        and (token.head.ent_type_ or token.head.lemma_.lower() in cues()["protester_words"])
    ):
        return False  # "detained dozens of demonstrators protesting against the law": theirs
    if token.dep_ == "pobj" and token.head.lower_ in cues()["setting_preps"]:
        return False  # "shot five people during protests": the protests are news too
    if (
        token.dep_ == "pobj"
        and pattern.type == "COOPERATE"
        and any(c.dep_ == "amod" and c.lower_ in cues()["joint_words"] for c in token.children)
    ):
        return False  # "seized the drugs in a joint operation": the co-operation is news too
    current = token
    for _ in range(6):
        if current.dep_ not in NESTING_DEPS or current.head.i == current.i:
            return False
        if (
            current.dep_ == "pcomp"
            and current.head.lower_ in cues()["clause_preps"]
            and (
                any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children)
                or (_bare_clause(current) and _main_clause(current.head.head))
            )
        ):
            # "investigating after a man was shot dead", "called for calm after criticising
            # the EU": a clause of its own; without a subject only on the main clause ("vowed
            # to retaliate after being attacked" stays the vow's own story)
            return False
        if current.dep_ == "advcl" and not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in current.children
        ):
            return False  # only purpose clauses ("met to discuss") fold in
        head = current.head
        if head.i in found and head.i != token.i and found[head.i].type is not None:
            return True
        current = head
    return False


def _main_clause(verb: Token) -> bool:
    """The sentence's main verb or a conjunct of it."""
    first = _first_conjunct(verb)
    return first.dep_ == "ROOT" and verb.pos_ in ("VERB", "AUX")


def _bare_clause(pcomp: Token) -> bool:
    """ "after criticising the EU": the clause follows the preposition at once, which takes
    no noun of its own ("after months of threats of the U.S. pulling out" is no such clause)."""
    prep = pcomp.head
    return pcomp.left_edge.i == prep.i + 1 and not any(c.dep_ == "pobj" for c in prep.children)


def _temporal_clause_subject(token: Token) -> Token | None:
    """ "called for calm after criticising the EU": the main clause's subject does it."""
    if (
        token.dep_ != "pcomp"
        or token.head.lower_ not in cues()["clause_preps"]
        or not _bare_clause(token)
        or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in token.children)
        or not _main_clause(token.head.head)
    ):
        return None
    return subject(token.head.head)


def _protest_topic(token: Token, found: dict[int, Pattern]) -> bool:
    """PLOVER: the demand a protest makes is its topic, not a REQUEST of its own
    ("went on strike demanding higher pay", "walked off the job to demand better pay")."""
    current = token
    for _ in range(3):
        if current.head.i == current.i or current.dep_ in ("ccomp", "parataxis"):
            return False
        current = current.head
        if any(
            (p := found.get(t.i)) is not None and p.type == "PROTEST" and t.i != token.i
            for t in (
                current,
                *current.children,
                *(g for c in current.children for g in c.children),
                # "are out on strike, demanding more pay": the strike hangs from "out"
                *(
                    h
                    for c in current.children
                    if c.lower_ == "out"
                    for g in c.children
                    for h in g.children
                ),
            )
        ):
            return True
    return False


def _same_type_above(token: Token, pattern: Pattern, found: dict[int, Pattern]) -> bool:
    """A same-type trigger governs this one: "killings and vendettas", "shelled X, killing Y"."""
    current = token
    for step in range(8):
        if current.head.i == current.i or current.dep_ in CLAUSE_BOUNDARIES:
            return False
        if step == 0 and any(c.dep_ == "agent" for c in current.children):
            return False  # "attacked a station ... before being killed by security forces"
        if current.dep_ == "conj" and (
            step > 0
            or (
                # "protesters blocked the road, but police blocked the bridge": two acts;
                # "25 people were killed and dozens wounded": one
                any(c.dep_ == "nsubj" for c in current.children)
                and not any(c.dep_ in ("auxpass", "nsubjpass") for c in current.head.children)
            )
        ):
            return False  # "protesters blocked the road, but police blocked the bridge": two acts
        if current.dep_ in ("nsubj", "nsubjpass") and not (
            # "four were killed when fighting erupted": the fighting is the killing's
            # setting, one attack told twice (the "when" clause is checked next)
            step == 0
            and (
                current.pos_ != "VERB"
                # "when fighting erupted": the parser may tag the gerund a verb
                or (
                    current.tag_ == "VBG"
                    and not any(c.dep_ in ("nsubj", "aux", "dobj") for c in current.children)
                )
            )
            and current.head.lemma_.lower() in cues()["onset_verbs"]
            and current.head.i not in found
        ):
            return False
        if (
            current.dep_ == "advcl"
            and any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in current.children)
            and not any(
                c.dep_ in ("mark", "advmod") and c.lower_ in cues()["same_act_marks"]
                for c in current.children
            )
        ):
            # "fought them until he was assassinated": a clause of its own; but "were
            # killed when missiles hit the block" tells one attack twice
            return False
        current = current.head
        other = found.get(current.i)
        if other is not None and other.type == pattern.type:
            return True
    return False


def _main_clause_agent(token: Token) -> bool:
    """The doer of a main-clause passive ("the plant was disabled by a cyber attack"); not
    background ("civilians who were displaced by fighting", "a continent marked by ...")."""
    return token.head.dep_ == "agent" and token.head.head.dep_ not in ("acl", "relcl", "amod")


def _introduced(token: Token) -> bool:
    """Whether a nominal trigger reports an event rather than refers back to one.

    "held talks", "there was no exchange of gunfire", "the attack took place" introduce an
    event; "sorrow for the shootings" only mentions one. Nominals with an argument of their
    own ("talks with X", "the assassination of Y", "Taliban attack") are accepted by the caller.
    """
    cue = cues()
    head = token.head
    if token.dep_ in ("dobj", "obj", "nsubjpass") and word_forms(head) & cue["light_verbs"]:
        return True
    if token.dep_ == "pobj" and word_forms(head.head) & cue["engage_verbs"]:
        return True  # "engaged peacekeepers in a firefight"
    if token.dep_ == "attr" and any(c.dep_ == "expl" for c in head.children):
        return True  # "there was an attack"
    if _main_clause_agent(token):
        return True  # "was disabled by a cyber attack"
    if (
        token.dep_ == "pobj"
        and head.lower_ in cue["setting_preps"]
        and (pattern := match(token)) is not None
        and pattern.type == "PROTEST"
    ):
        return True  # "killed during violent protests": the protests took place
    return token.dep_ in ("nsubj",) and head.lemma_.lower() in cue["occurrence_verbs"]


def extract(doc: Doc, found: Findings) -> list[Event]:
    """Every event the article reports, denies, plans or imagines, in text order."""
    coder = _Coder(doc, found)
    coded = triggers(doc)
    taken = {t.i for t, _ in coded}
    for token, pattern in coded:
        if pattern.type is None and not pattern.if_negated:
            continue
        if pattern.pos == "VERB" and asyndetic_noun(token):
            continue  # "was jailed for fraud, charges his lawyers deny": a noun, no act
        reading = read_status(token, found)
        if not reading.negated and (reporter := speaker_conjunct(token)) is not None:
            # "said the repairs would take a week and urged residents to ...": the urging
            # is the speaker's own statement, not part of what the speaker reported
            reading = read_status(reporter, found)
        if pattern.type is None and not reading.negated:
            continue  # a refusal-only pattern that is not refused
        event_type, pattern_id = pattern.type or "REJECT", pattern.id
        if reading.negated and (pattern.if_negated or is_refusal(token, event_type)):
            # "not going to accept", "would not provide support": a rejection; its status
            # ignores the negation the rejection consumed.
            event_type = pattern.if_negated or "REJECT"
            pattern_id = f"refuse>{pattern.id}"
            reading = read_status(token, found, ignore_negation=True)
            if reading.status == "intended":
                # "will not meet", "said it would not sign": the refusal is stated now
                reading = statement_status(reading, token)
        if event_type == "THREATEN" and reading.status == "hypothetical" and condition_only(token):
            # "warned of consequences if the visit went ahead": the condition belongs to the
            # threatened act; the threat itself was made (or, "will threaten", is intended)
            reading = (
                StatusReading("intended", reading.negated, reading.quote)
                if is_intended(token)
                else statement_status(reading, token)
            )
        actor, recipient = arguments(token, pattern, found)
        if _a_time_of_day(recipient, doc):
            recipient = None  # "will attack at dawn": when, not whom
        if pattern.id in cues()["warned_party_patterns"]:
            # "warned that Kyiv would pay a heavy price": a threat to the one who would pay;
            # "warned that consumers would pay a higher price" names no party threatened
            warned = _warned_party(token, found)
            if warned is None:
                continue
            recipient = warned
        if recipient is None and (mover := _mover(token)) is not None:
            recipient = make_ref(mover, found)  # "..., a move London condemned": the mover
        if (doer := _misparsed_means(token)) is not None:
            actor = make_ref(doer, found)  # "died in Syrian government shelling": the shellers
        if actor is not None and _judged_act(token, actor):
            actor = None  # "Ruto called the protests treasonous": the judge staged nothing
        if actor is None and pattern.pos == "VERB":
            actor = _actor_of_means(token, event_type, found)
        if actor is None and (doer := _temporal_clause_subject(token)) is not None:
            actor = make_ref(doer, found)
        if event_type == "ACCUSE" and blames_no_party(token, recipient, doc):
            continue  # "blamed climate change for the drought": a cause, nobody accused
        if event_type == "ACCUSE" and (accused := _accused(token, found)) is not None:
            recipient = accused  # "alleged that French troops killed civilians": the troops
        elif event_type == "ACCUSE" and _an_ill(recipient, doc):
            recipient = None  # "the opposition alleges fraud": the charge, not the accused
        if recipient is None:
            # "threatened to attack X"; for other acts only a purpose clause: "used tear gas
            # to disperse the protesters"
            recipient = _folded_recipient(
                token,
                found,
                purpose_only=event_type not in FRAMING_TYPES,
                party_only=event_type in cues()["cooperative_types"],
            )
        elif recipient is not None and event_type in FRAMING_TYPES:
            recipient = _through_act(recipient, event_type, doc, found)
        # a refusal takes none of the refused type's modes (PLOVER's REJECT modes differ)
        mode = pattern.mode if event_type == pattern.type else None
        if (
            event_type == "ASSAULT"
            and word_forms(token) & cues()["labour_strike_verbs"]
            and _actor_root_in(actor, doc, "striker_words")
        ):
            # "workers will strike on Monday": a labour strike, not an air strike (nor words:
            # "teachers decided to strike against the legislation")
            event_type, mode, pattern_id = "PROTEST", "strike", f"labour>{pattern.id}"
            recipient = None
        elif event_type == "ASSAULT" and _verbal(token, pattern, recipient):
            # "attacked the government's record", "clashed over the budget": words, not force
            event_type, mode, pattern_id = "ACCUSE", "disapprove", f"verbal>{pattern.id}"
        elif (
            event_type == "ASSAULT"
            and mode not in cues()["weapon_modes"]
            and _by_protesters(actor, doc)
        ):
            # PLOVER: violence by demonstrators is PROTEST 'riot', not ASSAULT
            event_type, mode, pattern_id = "PROTEST", "riot", f"riot>{pattern.id}"
        elif event_type == "ASSAULT" and (walkout := _walkout_launched(token, actor, doc)):
            # "launched a hunger strike", "miners launched an indefinite strike": a walkout
            event_type, mode, pattern_id = "PROTEST", walkout, f"labour>{pattern.id}"
            recipient = None
        elif event_type == "ASSAULT" and _law_enforcement(token, actor, doc, found):
            # PLOVER COERCE 'seize': a police or judicial raid or search is not an assault
            event_type, mode, pattern_id = "COERCE", "seize", f"search>{pattern.id}"
        elif (
            event_type == "PROTEST"
            and mode == "obstruct"
            and _sector_in(actor, doc, found, "state_sectors")
        ):
            # roads or sites blocked by the state restrict movement: COERCE, not a protest
            event_type, mode, pattern_id = "COERCE", "restrict", f"state>{pattern.id}"
        elif event_type == "PROTEST" and _diplomatic(token, actor, doc, found):
            # PLOVER: a government's protest is words (ACCUSE 'disapprove'), not a street protest
            event_type, mode, pattern_id = "ACCUSE", "disapprove", f"diplomatic>{pattern.id}"
        elif (
            event_type == "REQUEST"
            and _sector_in(actor, doc, found, "court_sectors")
            and any(
                c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in cues()["payment_verbs"]
                for c in token.children
            )
        ):
            # PLOVER: court-ordered payments are SANCTION, the court acting on the payer
            event_type, mode, pattern_id = "SANCTION", "convict", f"court>{pattern.id}"
        elif (
            event_type == "COERCE"
            and mode == "deport"
            and _sector_in(actor, doc, found, "organisation_sectors")
        ):
            # a party or organisation expelling a member: SANCTION 'expel' (PLOVER)
            event_type, mode, pattern_id = "SANCTION", "expel", f"member>{pattern.id}"
        elif (
            event_type == "COERCE"
            and word_forms(token) & cues()["civil_obstruction_verbs"]
            and _sector_in(actor, doc, found, "occupier_sectors")
        ):
            # "students occupied the campus", "farmers blockaded the crossings": a protest
            event_type, mode, pattern_id = "PROTEST", "obstruct", f"sit-in>{pattern.id}"
        elif (
            event_type == "COERCE"
            and word_forms(token) & cues()["territory_capture_verbs"]
            and _takes_a_place(token, found)
        ):
            # "the Taliban captured Kabul": taking a named town is ASSAULT (the manual);
            # capturing people stays COERCE 'arrest'
            event_type, mode, pattern_id = "ASSAULT", None, f"territory>{pattern.id}"
        elif event_type == "AGREE" and _ceasefire(token) and _in_effect(token):
            # "the ceasefire took hold / came into force / held": implemented (RETREAT
            # 'ceasefire'; declaring one is CONCEDE, agreeing to one is coded above)
            event_type, mode, pattern_id = "RETREAT", "ceasefire", f"in-effect>{pattern.id}"
        elif event_type == "AGREE" and _agrees_on_a_view(token):
            # "the presidents agreed that a united Europe was the only option": a shared
            # position is diplomatic cooperation (CAMEO 050, PLOVER SUPPORT), no commitment
            event_type, pattern_id = "SUPPORT", f"view>{pattern.id}"
        elif event_type == "MOBILIZE" and _exercise_with_others(token):
            # PLOVER: joint exercises are COOPERATE, single-country ones MOBILIZE: "held
            # drills with the Austrian army", "jointly held a military exercise"
            event_type, mode, pattern_id = "COOPERATE", None, f"joint>{pattern.id}"
        elif event_type == "RETREAT" and _presence_withdrawn(token, actor, doc, found):
            # PLOVER: an NGO, newspaper or company pulling out reduces relations (SANCTION
            # withdraw); RETREAT is a military or territorial retreat.
            event_type, pattern_id = "SANCTION", f"presence>{pattern.id}"
        if (
            event_type == "RETREAT"
            and word_forms(token) & cues()["displacement_verbs"]
            and _sector_in(actor, doc, found, "displaced_sectors")
        ):
            # PLOVER: civilians who flee are expelled (SANCTION 'expel') by whoever made
            # them flee ("residents fled the town as rebels advanced": the rebels), not
            # retreating themselves
            causer = _causer(token)
            if (causer is None and disaster_driven(token)) or (
                causer is not None and causer.lemma_.lower() in cues()["accident_words"]
            ):
                continue  # "the storm battered the coast, forcing thousands to evacuate"
            event_type, mode, pattern_id = "SANCTION", "expel", f"displaced>{pattern.id}"
            actor, recipient = (make_ref(causer, found) if causer is not None else None), actor
        if (
            event_type == "RETREAT"
            and word_forms(token) & cues()["displacement_verbs"]
            and _fled_a_disaster(token)
        ):
            continue  # "the typhoon forced 100,000 to flee their homes": nobody's act
        if pattern.id.startswith(LEAVE_ORDER_PREFIXES) and _own_forces_ordered(token):
            # "ordered the army to leave the city": a command to its forces, not an expulsion
            event_type, mode, pattern_id = "REQUEST", None, f"command>{pattern.id}"
        elif event_type == "COERCE" and mode == "deport" and _ordered_out_of_a_place(token):
            # "ordered the protesters to leave the square": a dispersal restricts movement;
            # leaving the country ("ordered all Armenians to leave the country") is expulsion
            mode = "restrict"
        if backstory(token, found.article.published):
            continue  # "has fought three wars since the 1970s", "was previously banned"
        if event_type == "ASSAULT" and _control_of_no_place(token, found):
            continue  # "took control of the currency reserves", "of the investigation"
        if pattern.type == "ASSAULT" and _reaches_a_measure(token):
            continue  # "hit its 2% inflation target", "hit a record high": a figure reached
        if (
            actor is None
            and event_type not in cues()["force_types"]
            and _bare_passive_participle(token)
        ):
            continue  # "Armed with knives, the attackers ...", "Asked about it, he said": a state
        if event_type == "REQUEST" and _asks_a_question(token):
            continue  # "asked how the study was funded": a question, not a demand
        if event_type == "AID" and _functional(token, actor, recipient):
            continue  # "the pipelines supplying them", "how the research was funded"
        if pattern.type == "ASSAULT" and (_match_score(token) or _in_a_game(token)):
            continue  # "beat Chelsea 2-1", "attacked down the wing before half-time": sport
        if event_type == "ASSAULT" and _figurative_fight(token, actor, recipient, doc, found):
            continue  # "the senator vowed to keep fighting for the reform": a campaign
        if event_type == "ASSAULT" and figurative_target(recipient, doc):
            continue  # "a murder of the constitution", "killed democracy": a figure of speech
        if event_type == "ASSAULT" and _fights_an_ill(token):
            continue  # "battling a cholera outbreak", "to fight graft": nobody is attacked
        if pattern.type in ("AGREE", "COOPERATE") and _standing_agreement(token, pattern):
            continue  # "has a mutual defence treaty with the US": no act, an existing pact
        if event_type == "AGREE" and _empty_promise(token, recipient):
            continue  # "promised to fight graft": a promise to no one of no codable act
        if event_type == "ASSAULT" and _struck_by_protests(token):
            continue  # "Jamaica has been hit by a series of protests": the protests are the news
        if event_type in ("THREATEN", "COERCE") and _a_disaster(recipient, doc):
            continue  # "vowed a tough response to the floods", "to crack down on corruption"
        if (
            event_type == "ASSAULT"
            and recipient is None
            and reading.status in ("intended", "hypothetical")
            and actor is not None
            and actor.entity is None
            and not _pronoun_at(doc, actor.start)  # "before they attack": whoever they are
            and not _sector_in(actor, doc, found, "armed_or_state_sectors")
        ):
            continue  # "the coach vowed to attack from the first minute": no one to attack
        if event_type == "THREATEN" and _impersonal_threat(token, actor, doc):
            continue  # "a storm threatens the coast", "inflation threatens the recovery"
        if event_type == "CONSULT" and _body_meets_alone(token, actor, recipient, doc):
            continue  # "the emergency committee would meet to decide": its own session
        if _extraposed_infinitive(token):
            continue  # "a law that makes it a crime to help voters": a kind of act, no act
        if (
            event_type == "ASSAULT"
            and word_forms(token) & cues()["reprisal_verbs"]
            and _sector_in(actor, doc, found, "nonviolent_reprisal_sectors")
        ):
            continue  # "the company retaliated against him": a punished employee, no force
        if (
            event_type == "SANCTION"
            and pattern_id.startswith("displaced>")
            and actor is None
            and _adnominal_infinitive(token)
        ):
            continue  # "had only minutes to flee": nobody named drove them out
        if event_type == "COOPERATE" and _body_of_one(token, actor, doc):
            continue  # "the government formed a committee to investigate the crash"
        if _remembered(token, event_type):
            continue  # "marked the anniversary of the massacre", "after the end of hostilities"
        if event_type == "CONSULT" and mode == "visit" and _visits_a_facility(recipient, doc):
            continue  # "visiting the flood control centre": a site, no host party
        if _disaster_actor(actor, doc):
            continue  # "Typhoon Gaemi slams Taiwan": a storm neither attacks nor criticises
        if event_type == "ASSAULT" and _accidental(token):
            continue  # "killed in a bus crash", "the earthquake killed 300": nobody's act
        if market_party(actor, doc) or (
            event_type in cues()["market_recipient_types"] and market_party(recipient, doc)
        ):
            continue  # "oil prices retreated", "pressure on interest rates": figures, not parties
        if (
            event_type == "ASSAULT"
            and word_forms(token) & cues()["aiming_verbs"]
            and _actor_root_in(actor, doc, "program_nouns")
            and not _violent_programme(actor, doc)
        ):
            continue  # "a vaccination campaign targeting two million children": aimed at them
        if event_type == "COERCE" and civil_emergency(token, mode):
            continue  # "declared the outbreak a public health emergency": no martial law
        if event_type == "ASSAULT" and _casualties_of_another(token, coded):
            continue  # "killed 44 people and wounded 110": the wounded are the same attack's
        if (
            event_type == "CONSULT"
            and _passive(token)
            and word_forms(token) & cues()["response_verbs"]
            and (
                not any(c.dep_ == "agent" for c in token.children)
                or _force_agent(token)
                or _actor_root_in(recipient, doc, "protester_words")
            )
        ):
            # "the protests were met with tear gas", "the marchers were met by riot police":
            # a response, not a meeting
            continue
        if (
            event_type == "CONSULT"
            and word_forms(token) & cues()["official_visit_verbs"]
            and not _sector_in(actor, doc, found, "diplomatic_sectors")
        ):
            continue  # "the minister arrived in Kabul" is a visit; "refugees arrived" is not
        if event_type == "CONCEDE" and (ender := _ends_anothers_protest(token, actor, doc, found)):
            if ender[0] == "state":
                # "vowed to end the protests", "police ended the sit-in": the state stops
                # someone else's protest, PLOVER COERCE (and a vow of it THREATEN)
                event_type, mode, pattern_id = "COERCE", None, f"state>{pattern_id}"
            elif ender[1] is None:
                continue  # "the deal ended months of strikes": the deal concedes nothing
            else:
                actor = make_ref(ender[1], found)  # "a deal that suspends their protests"
        if (
            actor is None
            and recipient is None
            and (pattern.pos == "VERB" or not _introduced(token))
        ):
            continue  # nobody does anything to anybody: not a codable event
        if event_type == "SANCTION" and mode == "convict" and _imprisoning(token):
            # one sentence, one event: PLOVER gives a prison sentence a second code (COERCE
            # 'arrest') on the same record; one type per event here, the id keeps the note
            pattern_id = f"prison>{pattern_id}"
        coder.add(token, event_type, mode, actor, recipient, reading, pattern_id)
        if (
            event_type == "ASSAULT"
            and word_forms(token) & cues()["mutual_force_words"]
            and _by_protesters(recipient, doc)
            and not _protesting_crowd(recipient, doc)
        ):
            # "troops clashed with rioters": a clash takes two; the crowd's side is PROTEST
            # 'riot' (PLOVER), as when the crowd is the subject
            coder.add(token, "PROTEST", "riot", recipient, actor, reading, f"clash>{pattern_id}")
        if reading.status != "negated":
            coder.frame(token, pattern, event_type, actor, recipient, taken, reading.status)
        elif _ceased(token):
            # "said Russia must stop attacking civilians", "wants Y to stop the shelling": the
            # act is denied, the demand to end it is made
            coder.request(token, pattern, event_type, actor, taken)
    _avenged(coder.events, doc, found)
    log.debug("%d events", len(coder.events))
    return coder.events


def _mover(token: Token) -> Token | None:
    """Who made the move a relative clause reacts to: "Russia expelled ten diplomats, a
    move London condemned" (the clause hangs on "move", which sums up Russia's act)."""
    if token.dep_ != "relcl" or token.head.lemma_.lower() not in cues()["move_nouns"]:
        return None
    current = token.head
    # the noun stands beside the clause ("…, a move …"), or beside its object; "reverse a
    # decision that …" is an object of its own
    deps: tuple[str, ...] = ("npadvmod", "appos")
    for _ in range(3):
        if current.head.i == current.i:
            return None
        if current.dep_ not in deps and not _second_object(current):
            return None
        deps = ("dobj", "obj", "appos")
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            doer = subject(current)
            return doer if doer is not None and doer.i < token.head.i else None
    return None


def _warned_party(token: Token, found: Findings) -> Ref | None:
    """The named or generic party a warning says would pay ("Kyiv", "anyone who …")."""
    for clause in token.children:
        if clause.dep_ not in ("ccomp", "xcomp"):
            continue
        party = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if party is None or (party.pos_ == "PRON" and party.lower_ not in cues()["generic_heads"]):
            continue
        named = party.ent_type_ in ENTITY_MODIFIER_LABELS or any(
            c.ent_type_ in ENTITY_MODIFIER_LABELS
            for c in party.children
            if c.dep_ in ("compound", "amod", "poss")
        )
        if named or generic_head(party):
            return make_ref(party, found)
    return None


def _second_object(noun: Token) -> bool:
    """ "raised tariffs on steel on Monday, a move ...": the parser can make the summing
    noun a second object of the verb, set off by a comma after the first one."""
    left = noun.left_edge.i
    return (
        noun.dep_ in ("dobj", "obj")
        and left > 0
        and noun.doc[left - 1].text == ","
        and any(c.dep_ in ("dobj", "obj") and c.i < noun.i for c in noun.head.children)
    )


def _avenged(events: list[Event], doc: Doc, found: Findings) -> None:
    """Revenge vowed with no one named is vowed against the culprit the text names:
    "vowed revenge for the killing of its commander by Israeli forces", "vowed revenge
    after an Israeli strike killed its commander", or the attack told just before
    ("An Israeli strike killed a commander. Hamas vowed revenge."): PLOVER THREATEN with
    the attacker as recipient. The act avenged ("a response to the killing of its
    commander") names the victim, never the recipient."""
    c = cues()
    for k, event in enumerate(events):
        if event.type != "THREATEN" or event.actor is None:
            continue
        token = doc[_token_at(doc, event.trigger.start)]
        noun = next(
            (
                x
                for x in token.children
                if (x.dep_ in ("dobj", "obj") and x.lemma_.lower() in c["revenge_nouns"])
                or (x.dep_ == "xcomp" and x.lemma_.lower() in c["revenge_verbs"])
            ),
            None,
        )
        if noun is None:
            continue
        # the act avenged ("to the killing of …"); "a response to Washington" names a party
        avenged = [
            g
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ in c["revenge_preps"]
            for act in p.children
            if act.dep_ == "pobj" and act.ent_type_ not in ENTITY_MODIFIER_LABELS
            for g in act.subtree
        ]
        recipient = event.recipient
        if recipient is not None and any(recipient.start <= g.idx < recipient.end for g in avenged):
            recipient = None  # "a response to the killing of its commander": the victim
        if recipient is None:
            recipient = _culprit_named(noun, found)
        if recipient is None and (attack := _last_attack(events, event, token)) is not None:
            recipient = attack.actor
        if recipient is not None and _same_party(recipient, event.actor):
            recipient = None
        if recipient != event.recipient:
            events[k] = replace(
                event, recipient=recipient, recipient_sector=sector_of(recipient, doc, found)
            )


def _culprit_named(noun: Token, found: Findings) -> Ref | None:
    """ "revenge for the killing of its leader by Israeli forces", "for Israel's raid": the
    doer of the act the revenge is for."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in cues()["revenge_preps"]:
            continue
        for act in (g for g in prep.children if g.dep_ == "pobj"):
            poss = next((c for c in act.children if c.dep_ == "poss"), None)
            if poss is not None and poss.pos_ != "PRON":
                return make_ref(poss, found)
            # "by" may hang on the act or on its "of" object ("of its leader by Israel")
            for by in (t for t in act.subtree if t.dep_ in ("prep", "agent") and t.lower_ == "by"):
                doer = next((g for g in by.children if g.dep_ == "pobj"), None)
                if doer is not None:
                    return make_ref(doer, found)
    return None


# How many sentences back an attack may be told before the revenge vowed for it.
REVENGE_REACH = 2


def _last_attack(events: list[Event], threat: Event, token: Token) -> Event | None:
    """The attack by another party in the threat's sentence (the nearest), else the last
    one told in the sentences just before."""
    sents = list(token.doc.sents)
    here = next(n for n, s in enumerate(sents) if s.start <= token.i < s.end)
    assert threat.actor is not None
    attacks = [
        e
        for e in events
        if e.type in cues()["avenged_types"]
        and e.status not in ("negated", "hypothetical", "intended")
        and e.actor is not None
        and not _same_party(e.actor, threat.actor)
    ]
    sent = sents[here]
    same = [e for e in attacks if sent.start_char <= e.trigger.start < sent.end_char]
    if same:
        return min(same, key=lambda e: abs(e.trigger.start - threat.trigger.start))
    start = sents[max(0, here - REVENGE_REACH)].start_char
    before = [e for e in attacks if start <= e.trigger.start < sent.start_char]
    return max(before, key=lambda e: e.trigger.start) if before else None


def _token_at(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _same_party(a: Ref, b: Ref) -> bool:
    if a.entity is not None and a.entity == b.entity:
        return True
    return a.start < b.end and b.start < a.end


class _Coder:
    """Collects the events of one Doc; numbering and setting are done here."""

    def __init__(self, doc: Doc, found: Findings):
        self.doc = doc
        self.found = found
        self.events: list[Event] = []
        # (framing token, type) of derived events already coded: one demand per "wants"
        self.framed: set[tuple[int, str]] = set()
        self.datelines = _datelines(doc_text(doc))

    def add(
        self,
        token: Token,
        event_type: str,
        mode: str | None,
        actor: Ref | None,
        recipient: Ref | None,
        reading: StatusReading,
        pattern_id: str,
    ) -> None:
        # a dateline ("KYIV, Ukraine (AP) —") the parser hung on the verb is never a party
        if actor is not None and self._in_dateline(actor):
            actor = None
        # "the report accused the army": the report's author acts, or nobody named
        actor = _author(actor, self.doc, self.found)
        if recipient is not None and self._in_dateline(recipient):
            recipient = None
        where = setting(token, self.found)
        self.events.append(
            Event(
                id=f"v{len(self.events) + 1}",
                type=event_type,
                trigger=Span(token.idx, token.idx + len(token.text), token.text),
                mode=mode,
                actor=actor,
                recipient=recipient,
                place=where.place,
                date=where.date,
                status=reading.status,
                quote=reading.quote,
                pattern=pattern_id,
                actor_sector=sector_of(actor, self.doc, self.found),
                recipient_sector=sector_of(recipient, self.doc, self.found),
                date_precision=where.date_precision,
                place_precision=where.place_precision,
            )
        )

    def _in_dateline(self, ref: Ref) -> bool:
        return any(start <= ref.start and ref.end <= end for start, end in self.datelines)

    def request(
        self,
        token: Token,
        pattern: Pattern,
        event_type: str,
        actor: Ref | None,
        taken: set[int],
    ) -> bool:
        """ "wants Y to leave", "said Y must leave": a REQUEST of Y; True when coded."""
        found = self.found
        wisher = wished_of(token)
        if (
            wisher is not None
            and wisher.i not in taken
            and wisher.lemma_.lower() in cues()["wish_verbs"]
            and (speaker := subject(wisher)) is not None
        ):
            if (wisher.i, "REQUEST") in self.framed:
                return True
            self.framed.add((wisher.i, "REQUEST"))
            # "Lebanon wants Pakistan to stop the sanctions": a demand (REQUEST) of the one
            # who is to act
            self.add(
                wisher,
                "REQUEST",
                None,
                make_ref(speaker, found),
                actor,
                read_status(wisher, found),
                f"wish>{pattern.id}",
            )
            return True
        demand = _demand_of(token) if event_type != "REQUEST" else None
        if demand is not None and demand[1] is None and event_type in cues()["evaluation_types"]:
            demand = None  # "said Ankara should be praised": the praise itself, no demand
        if demand is not None and demand[0].i not in taken:
            reporter, demanded = demand
            speaker = subject(reporter)
            if speaker is not None and (reporter.i, "REQUEST") not in self.framed:
                self.framed.add((reporter.i, "REQUEST"))
                # "Karimov said all foreign militants should leave the country": a demand
                # (REQUEST) of the one who is to act
                self.add(
                    reporter,
                    "REQUEST",
                    None,
                    make_ref(speaker, found),
                    make_ref(demanded, found) if demanded is not None else None,
                    read_status(reporter, found),
                    f"demand>{pattern.id}",
                )
                return True
        return False

    def frame(
        self,
        token: Token,
        pattern: Pattern,
        event_type: str,
        actor: Ref | None,
        recipient: Ref | None,
        taken: set[int],
        status: str,
    ) -> None:
        """Events PLOVER reads off the frame around this one (see :mod:`event_derived`)."""
        found = self.found
        if self.request(token, pattern, event_type, actor, taken):
            return
        rule = not_ruled_out(token)
        if (
            rule is not None
            and event_type in cues()["threat_types"]
            and (speaker := subject(rule)) is not None
        ):
            if (rule.i, "THREATEN") in self.framed:
                return
            self.framed.add((rule.i, "THREATEN"))
            # "has not ruled out military strikes against Iran": PLOVER's THREATEN
            reading = read_status(rule, found, ignore_negation=True)
            if reading.status in ("hypothetical", "intended"):
                reading = statement_status(reading, rule)  # "would not rule out": said now
            self.add(
                rule,
                "THREATEN",
                None,
                make_ref(speaker, found),
                recipient,
                reading,
                f"possible>{pattern.id}",
            )
            return
        head = intent_head(token)
        derived = derived_intent_type(event_type)
        if (
            head is not None
            and head.lemma_.lower() in cues()["expectation_verbs"]
            and (
                derived != "AGREE"
                or recipient is None
                or recipient.entity is None
                or _first_conjunct(head).dep_ == "relcl"
            )
        ):
            # "is expected to visit Moscow": a planned visit (AGREE), but an expected attack
            # is nobody's threat; nor is an expected trip to no party ("travel to the
            # region") or one told of the actor in passing ("X, who is expected to ...")
            derived = None
        if (
            head is not None
            and derived == "AGREE"
            and head.lemma_.lower() in cues()["wish_verbs"]
            and event_type not in cues()["giving_types"]
        ):
            # "wants to join the EU": wishing for a joint act is an aspiration, not a
            # commitment; "wants to help Israel" offers help (CAMEO 033, PLOVER AGREE)
            derived = None
        if pattern.id.startswith(PROMISE_PREFIX):
            # "offered to resign": the promised retreat is the commitment's code already
            derived = None
        if (
            head is not None
            and derived == "THREATEN"
            and event_type == "PROTEST"
            and head.lemma_.lower() in cues()["protest_call_verbs"]
        ):
            # "teachers voted to strike", "decided to strike on Wednesday": the protest is
            # called, as "will strike" is (PLOVER PROTEST), not threatened
            derived = "PROTEST"
        if (
            head is not None
            and derived == "THREATEN"
            and event_type == "MOBILIZE"
            and head.lemma_.lower() in cues()["posture_intent_words"]
        ):
            # "plans to deploy a missile system", "troops are poised to move": announcing or
            # readying a deployment is the posturing PLOVER codes MOBILIZE
            derived = "MOBILIZE"
        if (
            head is not None
            and derived == "AGREE"
            and event_type in cues()["promise_keeps_types"]
            and event_type in cues()["cooperative_types"]
            and head.lemma_.lower() in cues()["concession_promise_words"]
        ):
            # "vowed to end the curfew", "pledged to free the prisoners", "announced its
            # intention to lay down arms": PLOVER's CONCEDE is the promise of a concession
            # and the announcement of a future retreat (not AGREE, the AGREE note)
            derived = "CONCEDE"
        if head is not None and derived is not None and head.i not in taken:
            speaker = subject(head) or next(
                # "Obama is scheduled to attend a summit": the one scheduled
                (c for c in head.children if c.dep_ == "nsubjpass"),
                None,
            )
            if head.pos_ == "NOUN":
                # "announced a plan to invade", "Russia's plan to deploy": the planner acts
                speaker = next((c for c in head.children if c.dep_ == "poss"), None)
            speaker_ref = make_ref(speaker, found) if speaker is not None else actor
            if speaker_ref is not None:
                reading = read_status(head, found)
                if reading.status == "hypothetical" and condition_only(head):
                    # "is willing to cooperate if the council agrees": the offer is made;
                    # the condition belongs to the act offered
                    reading = statement_status(reading, head)
                last = self.events[-1] if self.events else None
                if (
                    last is not None
                    and last.type == derived
                    and last.trigger.start == token.idx
                    and last.status == "intended"
                ):
                    # "was ready to offer help", "is willing to accept": the stated
                    # readiness is the one commitment, not a second intended one
                    self.events.pop()
                mode = pattern.mode if derived == event_type else None  # a readied deployment
                self.add(
                    head, derived, mode, speaker_ref, recipient, reading, f"intent>{pattern.id}"
                )
        elif (
            # "said they would kill the hostages unless ...": a conditional announcement is
            # still made (an ultimatum is a THREATEN)
            (status == "intended" or (status == "hypothetical" and condition_only(token)))
            # "said he would resign": one event, the resignation (intended); quitting one's
            # own post concedes nothing to a party, so no CONCEDE beside it
            and pattern.mode not in cues()["single_reading_modes"]
            and (actor := actor or _announcer(token, found)) is not None
            and (
                (future := future_type(token, event_type)) is not None
                or (
                    # "would block its NATO bid unless ...": a conditional refusal threatens;
                    # so does one announced in a warning ("warned it would block the bill")
                    event_type in cues()["conditional_threat_types"]
                    and ((status == "hypothetical" and not _concessive(token)) or warned_act(token))
                    and (future := future_type(token, "ASSAULT")) is not None
                )
            )
        ):
            # PLOVER: an act "reported in future tense" ("will meet", "will supply arms")
            # is an AGREE (or, for force, a THREATEN) now; the act itself stays intended.
            if future == "PROTEST" and status == "hypothetical":
                future = "THREATEN"  # "if talks fail, workers will strike": a conditional threat
            reading = statement_status(read_status(token, found), token)
            if (recipient is None or recipient.entity is None) and (
                warned := _addressee(token)
            ) is not None:
                recipient = make_ref(warned, found)  # "warned Sweden that it would block ..."
            if (
                recipient is None
                and future == "THREATEN"
                and (provoker := _condition_party(token)) is not None
            ):
                recipient = make_ref(provoker, found)  # "would retaliate if Israel attacked"
            mode, fired = None, pattern.id
            last = self.events[-1] if self.events else None
            if (
                last is not None
                and (
                    last.type == future
                    or future != "THREATEN"
                    # "will impose tariffs", "warned it would block the bill": the threat
                    # is the one event; only an attack or coercion keeps its intended act
                    or last.type not in cues()["threat_kept_act_types"]
                )
                and last.trigger.start == token.idx
                and last.status in ("intended", "hypothetical")
            ):
                # "workers will strike on Monday": the announced strike is the one event,
                # not a second PROTEST beside the intended one
                # "will visit Tbilisi", "will free the hostages": PLOVER codes the announced
                # act once, as the commitment (AGREE, CONCEDE); the id names the act. An
                # announced attack or coercion keeps its intended act beside the THREATEN.
                self.events.pop()
                fired = last.pattern or pattern.id
                mode = last.mode if last.type == future else None
            self.add(token, future, mode, actor, recipient, reading, f"future>{fired}")
        claim = None
        if event_type in cues()["accusable_types"] and status in (
            "asserted",
            "reported",
            "unconfirmed",
        ):
            claim = claim_head(token)  # only a claim that something happened accuses
        if (
            claim is not None
            and status == "unconfirmed"
            and claim.lemma_.lower() not in cues()["allegation_verbs"]
        ):
            claim = None  # unconfirmed for another reason ("it is unclear whether ...")
        if claim is not None and _headline(claim):
            claim = None  # "Ukraine says Russian drones hit power grid": the story's title
        if claim is not None and claim.i in taken:
            claim = None  # "alleged that ..." is already the accusation
        if actor is None and not (pattern.pos == "VERB" and _passive(token) and _blames(token)):
            # an actorless nominal's announcer is its actor, not its accuser; "the army said
            # 15 soldiers were killed" reports losses, it blames nobody
            claim = None
        if claim is None or (actor is not None and _pronoun_at(token.doc, actor.start)):
            return
        speaker = subject(claim)
        if speaker is not None and (
            speaker.lemma_.lower() in cues()["witness_speakers"] or _same_side(speaker, actor)
        ):
            return  # "witnesses said soldiers beat them", "Ukraine's army said Ukrainian forces ...": a report
        if speaker is not None and (actor is None or not actor.start <= speaker.idx < actor.end):
            reading = read_status(claim, found)
            self.add(
                claim,
                "ACCUSE",
                "allege",
                make_ref(speaker, found),
                actor,
                reading,
                f"claim>{pattern.id}",
            )


def _datelines(text: str) -> list[tuple[int, int]]:
    """Character ranges of the datelines that open the text or one of its paragraphs."""
    starts = [0, *(i + 1 for i, ch in enumerate(text) if ch == "\n")]
    return [
        (p, end)
        for p in starts
        if (end := dateline_end(text, p) or _title_case_dateline_end(text, p)) is not None
    ]


# "Nairobi, Kenya -- ", "Sao Paulo, Brazil — ": a place in title case, a comma, a region,
# then a spaced dash (the wire style in capitals is extract/dateline.py's)
TITLE_DATELINE = re.compile(
    r"[ \t]*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}, [A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}\s(?:—|–|--)\s*"
)


def _title_case_dateline_end(text: str, start: int) -> int | None:
    match = TITLE_DATELINE.match(text, start)
    return match.end() if match is not None else None


def _headline(token: Token) -> bool:
    """Whether the token sits in a title line: the text's first line, ended by a line break
    and no sentence punctuation ("Ukraine says Russian drones hit power grid")."""
    text = doc_text(token.doc)
    first_break = text.find("\n")
    if first_break < 0 or token.idx >= first_break:
        return False
    line = text[:first_break].rstrip()
    return bool(line) and line[-1] not in ".!?\"'”’:"


def _takes_a_place(token: Token, found: Findings) -> bool:
    """The active verb's object is a named place ("captured Kabul", "seized Mariupol"):
    tagged as one, or a mention of a Place the places stage found."""
    for obj in token.children:
        if obj.dep_ not in ("dobj", "obj"):
            continue
        if obj.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
        if any(m.start <= obj.idx < m.end for p in found.places for m in p.mentions):
            return True
    return False


def _object_listed(token: Token, key: str) -> Token | None:
    """The verb's direct object when its lemma is on the cue list ``key``."""
    return next(
        (
            c
            for c in token.children
            if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in cues()[key]
        ),
        None,
    )


def _control_of_no_place(token: Token, found: Findings) -> bool:
    """ "took control of the reserves": control of no town, territory or named place is no
    capture (PLOVER ASSAULT takes territory by force)."""
    control = _object_listed(token, "control_nouns")
    if control is None:
        return False
    held = [
        g
        for x in (control, token)  # the parser may hang "of ..." on the verb
        for p in x.children
        if p.dep_ == "prep" and p.lower_ in ("of", "over")
        for g in p.children
        if g.dep_ == "pobj"
    ]
    # the held thing's head, its name words and its "of" name ("the town of Kidal"); not
    # its owner or its setting ("the country's reserves", "a rally in the capital")
    words = [
        t
        for g in held
        for t in (
            g,
            *(c for c in g.children if c.dep_ in ("compound", "amod", "nmod")),
            *(x for p in g.children if p.lower_ == "of" for x in p.children if x.dep_ == "pobj"),
        )
    ]
    return not any(
        t.ent_type_ in ("GPE", "LOC", "FAC")
        or t.lemma_.lower() in cues()["territory_words"]
        or any(m.start <= t.idx < m.end for p in found.places for m in p.mentions)
        for t in words
    )


def _concessive(token: Token) -> bool:
    """ "would not apologise even if Mr Blair asked": a refusal whatever happens, no
    condition put to anyone, so no threat."""
    return any(
        clause.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ == "if" for m in clause.children)
        and any(a.lower_ == "even" for a in clause.children if a.dep_ == "advmod")
        for clause in token.children
    )


def _condition_party(token: Token) -> Token | None:
    """The named subject of a threat's "if"/"unless" clause: "warned it would retaliate if
    Israel attacked the mosque" threatens Israel."""
    for clause in token.children:
        if clause.dep_ != "advcl" or not any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children
        ):
            continue
        party = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if party is not None and party.ent_type_ in ("GPE", "ORG", "PERSON", "NORP"):
            return party
    return None


def _addressee(token: Token) -> Token | None:
    """The one told: "warned Sweden that it would ..." for the act in the complement."""
    current = token
    for _ in range(4):
        if current.head.i == current.i:
            return None
        if current.dep_ == "ccomp":
            told = next((c for c in current.head.children if c.dep_ in ("dobj", "obj")), None)
            return told if told is not None and told.ent_type_ else None
        if current.dep_ not in ("xcomp", "conj", "aux"):
            return None
        current = current.head
    return None


def _same_side(speaker: Token, actor: Ref | None) -> bool:
    """The speaker's phrase and the actor's name the same country or group ("Ukraine's
    military said Ukrainian troops ..."): one side reporting its own act."""
    if actor is None:
        return False
    doc = speaker.doc
    own = {
        t.lemma_.lower()
        for t in doc[speaker.left_edge.i : speaker.i + 1]
        if t.ent_type_ in ("GPE", "NORP", "ORG")
    }
    acting = {
        t.lemma_.lower()
        for t in doc.char_span(actor.start, actor.end, alignment_mode="expand") or ()
        if t.ent_type_ in ("GPE", "NORP", "ORG")
    }
    return any(_same_name(a, b) for a in own for b in acting)


def _same_name(a: str, b: str) -> bool:
    """ "ukraine" / "ukrainian", "china" / "chinese": a name and its demonym."""
    common = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return a == b or (common >= 4 and common >= 0.6 * min(len(a), len(b)))


def _announcer(token: Token, found: Findings) -> Ref | None:
    """ "The government warned that protesters would be arrested": with no doer named,
    the one who announces a future passive act is the one who commits to it."""
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
        return None
    current = token
    for _ in range(4):
        if current.dep_ == "ccomp" and current.head.i != current.i:
            speaker = subject(current.head)
            return make_ref(speaker, found) if speaker is not None else None
        if (
            current.dep_ == "relcl"
            and current.head.dep_ in ("dobj", "obj")
            and any(x.dep_ == "mark" and x.lower_ == "that" for x in current.children)
        ):
            # "warned six groups that they could be banned", parsed as a relative clause
            speaker = subject(current.head.head)
            return make_ref(speaker, found) if speaker is not None else None
        if current.dep_ not in ("xcomp", "conj") or current.head.i == current.i:
            return None
        current = current.head
    return None


def _accused(token: Token, found: Findings) -> Ref | None:
    """The actor of the act an accusation's clause reports (the one accused)."""
    for child in token.children:
        if child.dep_ != "ccomp":
            continue
        for act in (child, *(c for c in child.children if c.dep_ == "conj")):
            pattern = match(act)
            if pattern is not None and pattern.type is not None:
                actor = arguments(act, pattern, found)[0]
                if actor is not None:
                    return actor
    return None


def _through_act(recipient: Ref, event_type: str, doc: Doc, found: Findings) -> Ref:
    """A framing event whose object is itself an act is aimed at that act's party:
    "condemned the Israeli strike" (ACCUSE the one who struck), "rejected talks with
    Moscow", "called for talks with the rebels" (the other side of the talks)."""
    span = doc.char_span(recipient.start, recipient.end, alignment_mode="expand")
    if span is None:
        return recipient
    pattern = match(span.root)
    if pattern is None or pattern.type is None or pattern.pos != "NOUN":
        return recipient
    actor, other = arguments(span.root, pattern, found)
    first, second = (actor, other) if event_type == "ACCUSE" else (other, actor)
    return first or second or recipient


def _co_subject(token: Token, ref: Ref) -> bool:
    """``ref`` starts on a conjunct of ``token``'s own subject ("Egypt and Saudi Arabia")."""
    subj = subject(token)
    if subj is None:
        return False
    return any(c.idx == ref.start or c.left_edge.idx == ref.start for c in subj.conjuncts)


def _folded_recipient(
    token: Token, found: Findings, *, purpose_only: bool = False, party_only: bool = False
) -> Ref | None:
    """ "threatened to launch an offensive against X": the folded act names the recipient;
    never the act's own co-subject ("Egypt and Saudi Arabia offered to mediate": the
    partner a mutual act finds is the offer's other maker, not its recipient)."""
    folded = _folded_act_recipient(token, found, purpose_only=purpose_only, party_only=party_only)
    if (
        folded is not None
        and token.lemma_.lower() in cues()["side_by_side_verbs"]
        and _co_subject(token, folded)
    ):
        return None  # but "Israel and Hamas agreed to resume talks": with each other
    return folded


def _folded_act_recipient(
    token: Token, found: Findings, *, purpose_only: bool, party_only: bool
) -> Ref | None:
    for child in token.children:
        purpose = child.dep_ in ("advcl", "xcomp") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        )
        if purpose or (not purpose_only and child.dep_ in ("xcomp", "ccomp")):
            pattern = match(child)
            if pattern is not None and pattern.type is not None:  # not a refusal-only row
                return arguments(child, pattern, found)[1]
            for grandchild in child.children:
                if grandchild.dep_ in ("dobj", "obj") and (p := match(grandchild)) is not None:
                    return arguments(grandchild, p, found)[1]
            if not purpose_only:
                # "refused to sign the bill", "agreed to let Sweden join": the object of the
                # refused or agreed act
                obj = next((g for g in child.children if g.dep_ in ("dobj", "obj")), None)
                if (
                    obj is not None
                    and obj.pos_ in ("NOUN", "PROPN")
                    and obj.ent_type_ not in NOT_ARGUMENTS
                    # "agreed to raise the minimum wage": a thing is no partner (what was
                    # refused may be: "refused to sign the bill")
                    and (possible_agent(obj) or not party_only)
                ):
                    return make_ref(obj, found)
    return None


def _verbal(token: Token, pattern: Pattern, recipient: Ref | None) -> bool:
    """An ASSAULT verb used for words: its target (or what it is "over") is an argument."""
    cue = cues()
    if pattern.pos != "VERB" or not (word_forms(token) & cue["verbal_assault_verbs"]):
        return False
    if any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
        return True  # "hit out at", "lashed out"
    targets = []
    if recipient is not None:
        span = token.doc.char_span(recipient.start, recipient.end, alignment_mode="expand")
        if span is not None:
            targets.append(span.root)
    targets += [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in ("over", "on")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(
        t.lemma_.lower() in cue["verbal_targets"] or t.lower_ in cue["verbal_targets"]
        for t in targets
    )


def _imprisoning(token: Token) -> bool:
    """ "sentenced him to ten years in prison", "to life imprisonment": a prison term."""
    words = cues()["prison_words"]
    return any(
        t.lemma_.lower() in words or t.lower_ in words
        for c in token.children
        if c.dep_ == "prep"
        for t in c.subtree
    )


def _causer(token: Token) -> Token | None:
    """Who made people flee: the subject of an "as/after/when/because" clause ("as rebels
    advanced") or a party they fled from ("fled from the militia")."""
    for c in token.children:
        if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in cues()["cause_marks"] for m in c.children
        ):
            subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
                return subj
        if c.dep_ == "prep" and c.lower_ == "from":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ not in ("GPE", "LOC", "FAC"):
                return obj if match(obj) is None else None  # "fled from the fighting"
    return None


def _match_score(token: Token) -> bool:
    """A score next to the verb or its object ("beat Chelsea 2-1", "won 3-0"): sport."""
    if not word_forms(token) & cues()["game_verbs"]:
        return False  # "killed 2-3 people" is no game
    doc = token.doc
    end = min(token.sent.end, token.i + 8)
    for start in range(token.i + 1, end):
        for width in (1, 3):  # "2-1" or "2", "-", "1"
            if start + width > end or not SCORE.fullmatch(doc[start : start + width].text):
                continue
            after = doc[start + width] if start + width < len(doc) else None
            # "beat 2-3 protesters": a count, not a score
            return after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")
    return False


def _in_a_game(token: Token) -> bool:
    """A win or an attack told with game words ("beat Argentina in the World Cup final",
    "the midfielder attacked down the wing before half-time"): sport, not force. Only
    words with a game sense, only against a team, the ball or nobody, and never beside
    harm: "fans attacked the referee after the match" and "gunmen killed four at the
    stadium after the match" stay attacks."""
    words = word_forms(token)
    game_verb = bool(words & cues()["game_verbs"])
    if not game_verb and not words & cues()["sport_attack_words"]:
        return False
    opponents = cues()["sport_opponent_words"] | cues()["sport_attack_words"]
    # a shot is aimed "at" its target: "fired at the team bus" is no shot on goal
    aims = ("with", "against", "at", "on") if words & cues()["shooting_words"] else ("with", "against")  # fmt: skip
    against = [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in aims
        for g in c.children
        if g.dep_ == "pobj"
    ]
    for child in (*(c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")), *against):
        if (
            child.lower_ not in opponents
            # a team by name ("beat Argentina", "clashed with Chelsea"), never a person or
            # a crowd ("beat fans", "clashed with police")
            and child.pos_ != "PROPN"
        ):
            return False
    sport, harm = cues()["sport_words"], cues()["sport_harm_words"]
    # a match report ("Madrid beat City 3-1") sets every such line in the game
    in_game = _match_report(token.doc)
    for t in token.sent:
        if t.lower_ in harm and t.i != token.i:
            return False
        in_game = in_game or (
            t.i != token.i and t.pos_ in ("NOUN", "PROPN", "VERB") and t.lower_ in sport
        )
    return in_game


def _match_report(doc: Doc) -> bool:
    """A story that gives a result: a win verb with a score ("Madrid beat City 3-1")."""
    words = cues()["game_verbs"]
    return any(t.pos_ == "VERB" and word_forms(t) & words and _match_score(t) for t in doc)


def _reaches_a_measure(token: Token) -> bool:
    """ "hit its 2% inflation target", "hit a five-year high": the object is a figure or
    goal (a measure word; a target only with an amount on it: "hit targets in Gaza" is
    force)."""
    c = cues()
    if not word_forms(token) & c["measure_verbs"]:
        return False
    for obj in token.children:
        if obj.dep_ not in ("dobj", "obj"):
            continue
        amount = any(t.ent_type_ in c["measure_labels"] for t in obj.subtree if t.i < obj.i) or any(
            t.lower_ == "%" for t in obj.subtree
        )
        word = obj.lower_
        if word in c["measure_objects"] and (amount or word not in ("target", "targets")):
            return True
    return False


def _an_ill(ref: Ref | None, doc: Doc) -> bool:
    """Whether a Ref names a wrong rather than a party ("fraud", "widespread corruption")."""
    if ref is None or ref.entity is not None:
        return False
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    return span is not None and span.root.lemma_.lower() in cues()["abstract_ills"]


def _a_time_of_day(ref: Ref | None, doc: Doc) -> bool:
    """A time word the parser left untagged ("at dawn", "overnight") is no party."""
    if ref is None or ref.entity is not None:
        return False
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    return span is not None and span.root.lower_ in cues()["time_of_day_words"]


def _a_disaster(ref: Ref | None, doc: Doc) -> bool:
    """Whether a Ref names a disaster or an ill, not a party ("the floods", "the outbreak")."""
    if ref is None or ref.entity is not None:
        return False
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return False
    c = cues()
    root = span.root
    return bool({root.lemma_.lower(), root.lower_} & (c["accident_words"] | c["abstract_ills"]))


def _visits_a_facility(recipient: Ref | None, doc: Doc) -> bool:
    """ "visiting the national flood control centre", "toured the plant": a visit's
    object that is a common-noun site, no name, person, role or party word."""
    if recipient is None or recipient.entity is not None:
        return False
    span = doc.char_span(recipient.start, recipient.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.pos_ != "NOUN" or any(t.ent_type_ for t in span) or possible_agent(root):
        return False
    return root.lemma_.lower() in cues()["facility_words"]


def _disaster_actor(ref: Ref | None, doc: Doc) -> bool:
    """Whether an actor is a disaster, named or not ("the floods", "Typhoon Gaemi",
    "Hurricane Ian"): a name whose leading compound is a disaster word."""
    if ref is None:
        return False
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return False
    words = cues()["accident_words"]
    root = span.root
    if root.lower_ in words or root.lemma_.lower() in words:
        return True
    return root.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lower_ in words and c.i == span.start for c in root.lefts
    )


def _bare_passive_participle(token: Token) -> bool:
    """ "Armed with knives, ...", "Asked whether ..., he said": a participle clause with no
    auxiliary, marker or subject that describes what the main clause's subject underwent."""
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBN"
        and not any(
            c.dep_ in ("aux", "auxpass", "mark", "nsubj", "nsubjpass") for c in token.children
        )
    )


def _asks_a_question(token: Token) -> bool:
    """ "asked how the research was funded", "asked whether the talks had stalled": an
    indirect question (a wh-word or "whether" opens the asked clause)."""
    if token.lemma_.lower() not in cues()["question_verbs"]:
        return False
    return any(
        c.dep_ in ("ccomp", "xcomp")
        and any(
            g.lower_ in cues()["question_words"] and g.i < c.i
            for g in c.children
            if g.dep_ in ("mark", "advmod", "nsubj", "nsubjpass", "dobj", "attr")
        )
        for c in token.children
    )


def _functional(token: Token, actor: Ref | None, recipient: Ref | None) -> bool:
    """Aid that is a thing's function or nobody's gift: "the pipelines supplying them"
    (a participle describing a thing), "how the research has been funded" (no giver, in
    an indirect question)."""
    if token.dep_ == "acl" and token.tag_ == "VBG" and not possible_agent(token.head):
        return True
    return actor is None and _in_question(token)


def _in_question(token: Token) -> bool:
    """Whether the trigger's clause is an indirect question ("asked how the research was
    funded", "wondered whether aid was sent"): its act is what is asked about."""
    clause = _first_conjunct(token)
    return clause.dep_ == "ccomp" and any(
        c.lower_ in cues()["question_words"] and c.i < clause.i
        for c in clause.children
        if c.dep_ in ("mark", "advmod")
    )


def _figurative_fight(
    token: Token, actor: Ref | None, recipient: Ref | None, doc: Doc, found: Findings
) -> bool:
    """Fighting with no one fought: "vowed to keep fighting for the reform", "the union
    will battle on". A cause after "for" that is no contested ground ("fought for control
    of the town" stays), or a civic actor (a legislator, party, union) with no cause."""
    c = cues()
    if recipient is not None or not word_forms(token) & c["figurative_fight_verbs"]:
        return False
    causes = [
        g
        for p in token.children
        if p.lower_ == "for"
        for g in p.children
        if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")  # "fought for days"
    ]
    if causes:
        return not any(
            g.lemma_.lower() in c["contested_grounds"] or g.ent_type_ in ("GPE", "LOC", "FAC")
            for g in causes
        )
    return actor is not None and _sector_in(actor, doc, found, "civic_sectors")


def _fights_an_ill(token: Token) -> bool:
    """ "battling its worst cholera outbreak", "fight graft", "combat a surge in malaria
    cases", "battling a lawsuit": the object fought is a disease, a disaster, a social ill
    or a legal or personal struggle, not a party."""
    c = cues()
    ills = c["accident_words"] | c["abstract_ills"] | c["legal_foes"]
    foes = [x for x in token.children if x.dep_ in ("dobj", "obj")]
    foes += [
        g
        for x in token.children
        if x.dep_ == "prep" and x.lower_ in ("against", "with", "on")
        for g in x.children
        if g.dep_ == "pobj"
    ]
    # "a surge in malaria cases", "the spread of the disease": the trend's subject is fought
    foes += [
        g
        for f in foes
        if f.lemma_.lower() in c["trend_nouns"]
        for p in f.children
        if p.dep_ == "prep" and p.lower_ in ("of", "in")
        for g in p.children
        if g.dep_ == "pobj"
    ]
    foes += [  # "malaria cases"
        m
        for f in foes
        if f.lemma_.lower() in c["trend_nouns"]
        for m in f.children
        if m.dep_ == "compound"
    ]
    return any(f.lemma_.lower() in ills or f.lower_ in ills for f in foes)


def _standing_agreement(token: Token, pattern: Pattern) -> bool:
    """A treaty, pact or accord named without anything that makes it ("has a mutual
    defence treaty with the US", "the peace agreement collapsed") is an existing agreement,
    not news of one; "signed a pact", "reached a deal", "the accord brokered by Qatar",
    "a deal was struck" are the making."""
    c = cues()
    if pattern.pos != "NOUN" or token.lemma_.lower() not in c["agreement_nouns"]:
        return False
    makers = c["agreement_making_verbs"]  # not "have", "end" or "continue"
    if (token.dep_ in ("dobj", "obj", "nsubjpass") and word_forms(token.head) & makers) or (
        token.dep_ == "pobj" and word_forms(token.head.head) & makers
    ):
        return False  # "signed a treaty", "a deal was struck", "agreed on a deal"
    return not any(
        c.dep_ in ("acl", "relcl")
        and (word_forms(c) & makers or any(g.dep_ == "agent" for g in c.children))
        for c in token.children
    )  # "a deal reached on Friday", "the accord brokered by Qatar"


def _empty_promise(token: Token, recipient: Ref | None) -> bool:
    """ "promised to fight graft and root out corruption": PLOVER's AGREE is an intent to
    cooperate with someone; a promise whose act is no codable event ("fight graft" is no
    attack) and which names no party is a policy pledge, not an agreement."""
    if token.pos_ != "VERB" or not word_forms(token) & cues()["promise_verbs"]:
        return False
    acts = [c for c in token.children if c.dep_ == "xcomp"]
    if not acts:
        return False  # "promised aid to Haiti": the object is what is promised
    acts += [c for a in acts for c in a.conjuncts]
    for act in acts:
        pattern = match(act)
        if (
            pattern is not None
            and pattern.type is not None
            and not (pattern.type == "ASSAULT" and _fights_an_ill(act))
        ):
            return False  # "promised to provide aid", "to meet again": a promised act
    return recipient is None or recipient.entity is None


def _casualties_of_another(token: Token, coded: list[tuple[Token, Pattern]]) -> bool:
    """A wounding verb in a sentence that codes another assault ("a bomb killed 44 and
    wounded 110", "five others were wounded") counts that assault's casualties: PLOVER
    codes the attack once."""
    if not word_forms(token) & cues()["casualty_verbs"]:
        return False
    return any(
        other.i != token.i
        and pattern.type == "ASSAULT"
        and other.sent == token.sent
        and not word_forms(other) & cues()["casualty_verbs"]
        for other, pattern in coded
    )


def _own_forces_ordered(token: Token) -> bool:
    ordered = next((c for c in token.children if c.dep_ in ("dobj", "obj")), None)
    return ordered is not None and bool(
        set(sectors().by_word.get(ordered.lemma_.lower(), ())) & cues()["state_force_sectors"]
    )


def _exercise_with_others(token: Token) -> bool:
    c = cues()
    if token.lemma_.lower() not in c["exercise_words"] and token.lower_ not in c["exercise_words"]:
        return False
    light = token.head if token.dep_ in ("dobj", "obj", "nsubjpass") else None
    holders = [token] if light is None else [token, light]
    if any(
        p.dep_ == "prep" and p.lower_ == "with" and any(g.dep_ == "pobj" for g in p.children)
        for h in holders
        for p in h.children
    ):
        return True  # "(held) military drills with troops from the Austrian army"
    return light is not None and any(
        a.dep_ == "advmod" and a.lower_ in c["jointly_words"] for a in light.children
    )


def _ordered_out_of_a_place(token: Token) -> bool:
    """An order to leave somewhere that is not a country ("the square", "their homes")."""
    leave = next((c for c in token.children if c.dep_ in ("xcomp", "ccomp")), None)
    if leave is None:
        return False
    place = next((c for c in leave.children if c.dep_ in ("dobj", "obj")), None)
    if place is None:
        return False  # "ordered them to leave": out of wherever the orderer rules
    # a named place ("leave Mali"; the small model may not type it) is taken for a country
    return place.pos_ != "PROPN" and place.lemma_.lower() not in cues()["country_words"]


def _in_effect(token: Token) -> bool:
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    lemma = verb.lemma_.lower()
    if lemma == "hold":
        return True  # "the truce held"
    words = cues()["in_effect_words"]
    return lemma in ("take", "come", "go") and any(
        (c.dep_ in ("dobj", "obj") and c.lower_ in words)
        or (c.dep_ == "prep" and any(g.lower_ in words for g in c.children))
        for c in verb.children
    )


def _agrees_on_a_view(token: Token) -> bool:
    if token.pos_ != "VERB" or token.lemma_.lower() != "agree":
        return False
    views = [c for c in token.children if c.dep_ == "ccomp"]
    c = cues()
    return (
        bool(views)
        and not any(x.dep_ == "xcomp" for x in token.children)
        # "agreed that talks would resume": what is to be done is a commitment (AGREE)
        and not any(
            a.dep_ == "aux"
            and a.lower_ in c["modals_future"] | c["modals_hypothetical"] | c["obligation_modals"]
            for v in views
            for a in v.children
        )
    )


def _struck_by_protests(token: Token) -> bool:
    if not word_forms(token) & cues()["impact_verbs"]:
        return False
    causes = [c for c in token.children if c.dep_ in ("nsubj", "csubj")]
    causes += [
        g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
    ]
    # "a series of protests": the "of" object of a quantity
    causes += [g for c in causes for p in c.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]  # fmt: skip
    return any((p := match(c)) is not None and p.type == "PROTEST" for c in causes)


def _accidental(token: Token) -> bool:
    """The cause named by the subject, "by X" or "in X" is an accident, a disaster or an
    economic blow ("hit by a slump in sales")."""
    disasters = cues()["accident_words"]
    words = disasters | cues()["economic_causes"]
    # "Chile wildfires kill 46": a headline's noun the tagger took for an auxiliary
    causes = [c for c in token.children if c.dep_ in ("nsubj", "csubj", "aux")]
    if (shared := subject(token)) is not None:
        causes.append(shared)  # "has left thousands sick and killed 160", "floods that killed"
    for prep in token.children:
        if prep.dep_ in ("agent", "prep") and prep.lower_ in ("by", "in"):
            causes += [c for c in prep.children if c.dep_ == "pobj"]
    causes += [m for c in causes for m in c.children if m.dep_ == "compound"]  # "Typhoon Haiyan"
    # "the tidal wave"; not "a rising tide of violence"
    tidal = [m for c in causes for m in c.children if m.dep_ == "amod" and m.lower_ in disasters]
    return bool(tidal) or any(c.lemma_.lower() in words or c.lower_ in words for c in causes)


def _presence_withdrawn(token: Token, actor: Ref | None, doc: Doc, found: Findings) -> bool:
    c = cues()
    if actor is None or not (word_forms(token) & c["withdraw_words"]):
        return False
    if _actor_root_in(actor, doc, "troop_words"):
        return False  # "UN troops withdrew from the buffer zone": a military retreat
    return sector_of(actor, doc, found) in c["civil_presence_sectors"]


def _law_enforcement(token: Token, actor: Ref | None, doc: Doc, found: Findings) -> bool:
    c = cues()
    if actor is None or not (word_forms(token) & c["search_words"]):
        return False
    return sector_of(actor, doc, found) in c["law_enforcement_sectors"]


def _sector_in(actor: Ref | None, doc: Doc, found: Findings, key: str) -> bool:
    return actor is not None and sector_of(actor, doc, found) in cues()[key]


def _diplomatic(token: Token, actor: Ref | None, doc: Doc, found: Findings) -> bool:
    if actor is None or token.lemma_.lower() != "protest":
        return False
    return sector_of(actor, doc, found) in cues()["diplomatic_sectors"]


def _walkout_launched(token: Token, actor: Ref | None, doc: Doc) -> str | None:
    """The mode of a labour or hunger strike that an attack verb launched ("launched a
    wildcat general strike", "unions launched a strike"), or None for an air strike."""
    strike = _object_listed(token, "labour_strike_verbs")
    if strike is None:
        return None
    words = {t.lower_ for t in doc[strike.left_edge.i : strike.i]}
    if "hunger" in words:
        return "hunger"
    if words & cues()["labour_strike_modifiers"] or _actor_root_in(actor, doc, "striker_words"):
        return "strike"
    return None


def _actor_root_in(actor: Ref | None, doc: Doc, key: str) -> bool:
    if actor is None:
        return False
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.pos_ == "NUM" or root.lower_ in cues()["crowd_counts"]:
        # "hundreds of UN troops", "dozens of workers": the counted noun says who they are
        root = next(
            (g for p in root.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"),
            root,
        )
    if root.lower_ in cues()["quantity_heads"]:
        # "union members", "PCS members": the modifier says who they are
        return root.lemma_.lower() in cues()[key] or any(
            c.dep_ == "compound" and c.lemma_.lower() in cues()[key] for c in root.children
        )
    return root.lemma_.lower() in cues()[key]


def _ends_anothers_protest(
    token: Token, actor: Ref | None, doc: Doc, found: Findings
) -> tuple[str, Token | None] | None:
    """Ending a protest concedes only for those protesting. ``("thing", owner)`` when a
    deal or a ruling ends strikes: the strikers named with the protest ("a deal that
    suspends their protests", "ended months of strikes by dockers") concede, else nobody
    does; ``("state", None)`` when a government or the police end or stop someone else's
    protest ("would use the army to end the protests"); None otherwise ("the government
    ended its boycott of the talks", "agreed to suspend the rallies" are concessions)."""
    protests = [
        o
        for c in token.children
        if c.dep_ in ("dobj", "obj", "nsubjpass")
        # "ended months of strikes"
        for o in (c, *(g for p in c.children if p.lower_ == "of" for g in p.children))
        if o.lower_ in cues()["protest_nouns"]
    ]
    if actor is None or not protests:
        return None
    owner = next(
        (
            g
            for o in protests
            for c in o.children
            for g in ((c,) if c.dep_ == "poss" else c.children if c.lower_ == "by" else ())
            # "their protests", "strikes by dockers" (not "by force")
            if g.dep_ == "poss"
            or (
                g.dep_ == "pobj"
                and (
                    g.ent_type_ in ENTITY_MODIFIER_LABELS
                    or g.lemma_.lower() in cues()["striker_words"] | cues()["protester_words"]
                )
            )
        ),
        None,
    )
    if _actor_root_in(actor, doc, "settlement_nouns") or _actor_root_in(
        actor, doc, "document_nouns"
    ):
        return "thing", owner
    if (
        owner is not None
        or not word_forms(token) & cues()["forcible_ending_verbs"]
        or not _sector_in(actor, doc, found, "state_sectors")
    ):
        return None
    return "state", None


def _ceased(token: Token) -> bool:
    """ "stop attacking", "cease the shelling": the act is the object of a cessation verb."""
    head = token.head
    return (
        head.i != token.i
        and token.dep_ in ("xcomp", "dobj", "obj")
        and head.lemma_.lower() in cues()["cessation_verbs"]
    )


def _demand_of(token: Token) -> tuple[Token, Token | None] | None:
    """ "X said Y should / must leave the country": the saying verb and Y, the party told
    what to do (not the speaker's own side: "we must withdraw" is no demand)."""
    c = cues()
    node = token
    while node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
        node = node.head
    if node.dep_ != "ccomp" or node.head.lemma_.lower() not in c["demand_report_verbs"]:
        return None
    aux = [a for a in node.children if a.dep_ in ("aux", "auxpass")]
    if not any(a.lower_ in c["demand_modals"] for a in aux) or any(
        a.lemma_.lower() == "have"
        for a in aux  # "must have been killed": a guess
    ):
        return None
    if any(a.dep_ == "neg" for a in node.children):
        return None
    demanded = next((a for a in node.children if a.dep_ in ("nsubj", "nsubjpass")), None)
    if (
        demanded is None
        or demanded.lower_ in c["demand_excluded_subjects"]
        # "Hamas said its fighters should attack": the speaker's own side
        or any(g.dep_ == "poss" and g.pos_ == "PRON" for g in demanded.children)
    ):
        return None
    # "said the sanctions should be lifted": a demand of whoever holds them, not named
    return node.head, (demanded if demanded.dep_ == "nsubj" else None)


def _body_of_one(token: Token, actor: Ref | None, doc: Doc) -> bool:
    """A committee, commission or working group set up by one party is its own affair:
    COOPERATE takes two sides ("the two countries formed a joint committee", "France and
    Germany set up a commission", "formed a task force with the police")."""
    c = cues()
    bodies = [
        o
        for o in token.children
        if o.dep_ in ("dobj", "obj", "nsubjpass") and o.lower_ in c["solo_bodies"]
    ]
    if token.pos_ != "VERB" or not bodies:
        return False
    mutual = c["joint_words"] | c["mutual_modifiers"]
    if any(m.lower_ in mutual for o in bodies for m in o.children):
        return False
    if any(
        (ch.dep_ == "prep" and ch.lower_ in ("with", "between", "among"))
        or ch.lower_ in c["jointly_words"]
        for ch in (*token.children, *(m for o in bodies for m in o.children))
    ):
        return False
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand") if actor else None
    if span is None:
        return True
    root = span.root
    return not (any(ch.dep_ == "conj" for ch in root.children) or root.lower_ in c["party_plurals"])


def _body_meets_alone(token: Token, actor: Ref | None, recipient: Ref | None, doc: Doc) -> bool:
    """ "an emergency committee would meet to decide", "the council convened on Monday":
    one body's own session, no consultation between parties."""
    c = cues()
    if recipient is not None or actor is None or token.pos_ != "VERB":
        return False
    if not word_forms(token) & c["body_meeting_verbs"]:
        return False
    if any(
        (ch.dep_ == "prep" and ch.lower_ in ("with", "between", "among"))
        or ch.lower_ in c["jointly_words"]
        for ch in token.children
    ):
        return False
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if (
        root.lower_ not in c["solo_bodies"]
        or root.tag_ != "NN"  # "the two committees met": two bodies
        or any(ch.dep_ == "conj" for ch in root.children)
    ):
        return False
    mutual = c["joint_words"] | c["mutual_modifiers"]
    return not any(m.lower_ in mutual for m in root.children)


def _extraposed_infinitive(token: Token) -> bool:
    """ "makes it a crime to help voters", "it is illegal to help them": the infinitive is
    what an extraposed "it" stands for, a kind of act; "it took police hours to ..." is not."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children):
        return False  # "it is time for Kyiv to negotiate": a party named
    governors = [token.head, *(c for c in token.children if c.dep_ in ("nsubj", "nsubjpass"))]
    for gov in governors:
        if gov.i == token.i:
            continue
        its = [
            c
            for c in gov.children
            if c.lower_ == "it"
            and c.dep_ in ("nsubj", "expl", "dobj", "nsubjpass")
            and c.i < token.i
        ]
        if not its:
            continue
        if gov.pos_ in ("NOUN", "ADJ") or gov.lemma_.lower() in cues()["extraposing_verbs"]:
            return True
    return False


def _adnominal_infinitive(token: Token) -> bool:
    """ "had only minutes to flee", "no chance to escape": an infinitive on a noun."""
    return (
        token.dep_ in ("acl", "relcl")
        and token.head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


def _remembered(token: Token, event_type: str) -> bool:
    """An act named only as what is commemorated ("the anniversary of the massacre",
    "to commemorate the bombing of the city") or, for fighting, as what has ended ("the
    end of hostilities", "in the wake of the war") is history, not news of the act."""
    if token.pos_ != "NOUN":
        return False
    remembering = cues()["commemoration_words"]
    ending = cues()["ending_nouns"] if event_type == "ASSAULT" else frozenset()
    for below, node in pairwise(chain(token, limit=5)):
        if below.dep_ not in ("pobj", "prep", "dobj", "obj"):
            return False
        if node.lemma_.lower() in remembering:
            return True
        if below.dep_ == "prep" and below.lower_ == "of" and node.lower_ in ending:
            return True
    return False


def _impersonal_threat(token: Token, actor: Ref | None, doc: Doc) -> bool:
    """A storm, a disease or a slump "threatens" without anybody threatening anybody."""
    keys = ("accident_words", "abstract_ills", "economic_causes")
    if any(_actor_root_in(actor, doc, key) for key in keys):
        return True
    words = cues()["accident_words"] | cues()["abstract_ills"] | cues()["economic_causes"]
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in words for c in token.children)


def _author(actor: Ref | None, doc: Doc, found: Findings) -> Ref | None:
    """A document as actor ("a report by Amnesty accused", "a Hamas statement demanded")
    stands for whoever wrote it; with no author named, no actor."""
    if actor is None:
        return None
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or span.root.lower_ not in cues()["document_nouns"]:
        return actor
    for child in span.root.children:
        if child.dep_ == "poss" or (
            child.dep_ in ("compound", "amod")
            and (child.ent_type_ in ENTITY_MODIFIER_LABELS or child.pos_ == "PROPN")
        ):
            return make_ref(child, found)
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            author = next((g for g in child.children if g.dep_ == "pobj"), None)
            if author is not None:
                return make_ref(author, found)
    return None


def _fled_a_disaster(token: Token) -> bool:
    causer = _causer(token)
    if causer is not None:
        return causer.lemma_.lower() in cues()["accident_words"]
    return disaster_driven(token)


def _violent_programme(actor: Ref | None, doc: Doc) -> bool:
    """ "a brutal campaign", "a campaign of intimidation", "a bombing campaign": the
    campaign is itself force."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand") if actor else None
    if span is None:
        return False
    words = cues()["violent_modifiers"]
    mods = [c for c in span.root.children if c.dep_ in ("amod", "compound", "nmod")]
    mods += [
        g for p in span.root.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
    ]
    return any(m.lemma_.lower() in words or m.lower_ in words for m in mods)


def _protesting_crowd(crowd: Ref | None, doc: Doc) -> bool:
    """ "demonstrators protesting against the law": the crowd's protest is coded already."""
    span = doc.char_span(crowd.start, crowd.end, alignment_mode="expand") if crowd else None
    return span is not None and any(
        c.dep_ in ("acl", "relcl") and (p := match(c)) is not None and p.type == "PROTEST"
        for c in span.root.children
    )


def _protesters_gather(token: Token) -> bool:
    crowd = subject(token)
    return crowd is not None and _protester_head(crowd)


def _protester_head(head: Token) -> bool:
    """ "protesters", "thousands of demonstrators", "protesting youths"."""
    c = cues()
    if head.lower_ in c["quantity_heads"]:
        # "thousands of demonstrators"
        inner = next(
            (g for p in head.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"),
            None,
        )
        if inner is None:
            return False
        head = inner
    return head.lower_ in c["protester_words"] or any(
        m.dep_ == "amod" and m.lower_ in c["protesting_modifiers"] for m in head.children
    )


def _by_protesters(actor: Ref | None, doc: Doc) -> bool:
    if actor is None:
        return False
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and _protester_head(span.root)


def _blames(token: Token) -> bool:
    """A passive act that names a doer somewhere ("killed in an air strike by government
    forces") or is aimed at the speaker ("a mortar bomb was fired at it")."""
    if any(
        (t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "by"))
        # "wounded by gunfire": a bare weapon names no doer, so blames nobody
        and not any(g.dep_ == "pobj" and bare_means(g) for g in t.children)
        for t in token.subtree
    ):
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ in cues()["aimed_preps"] | {"on"}
        and any(g.dep_ == "pobj" and g.pos_ == "PRON" for g in c.children)
        for c in token.children
    )


def _passive(token: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)


def _pronoun_at(doc: Doc, start: int) -> bool:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span[0].pos_ == "PRON"
