"""Did the event happen? asserted, negated, hypothetical, intended, reported or unconfirmed.

The decision walks from the trigger up the dependency tree and looks for cues (word
lists in ``lexicons/event_cues.json``). When several apply, the most cautious wins:
negated > unconfirmed > hypothetical > intended > reported > asserted — a denied or
threatened attack must never come out as an attack that happened.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Token

from newsgraph.extract.event_lexicons import cues
from newsgraph.extract.findings import Findings

__all__ = [
    "StatusReading",
    "condition_only",
    "future_in_past",
    "generic_head",
    "is_intended",
    "is_negated",
    "quote_at",
    "read_status",
    "statement_status",
]

# Dependencies that keep us inside the clause that owns the trigger ("did not want to attack").
CLAUSE_INTERNAL = ("xcomp", "dobj", "obj", "pobj", "prep", "prt", "pcomp", "acomp", "attr", "nsubjpass", "nsubj", "auxpass", "oprd")  # fmt: skip
STATUS_ORDER = ("negated", "unconfirmed", "hypothetical", "intended", "reported", "asserted")


@dataclass(frozen=True, slots=True)
class StatusReading:
    status: str
    negated: bool
    quote: str | None


def chain(token: Token, *, limit: int = 12) -> list[Token]:
    """The trigger and its ancestors up to the sentence root."""
    out = [token]
    current = token
    while current.head.i != current.i and len(out) < limit:
        current = current.head
        out.append(current)
    return out


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _verb_key(token: Token) -> str:
    """Lemma, joined with its particle when it has one ("call_off", "rule_out")."""
    prt = next((c.lower_ for c in token.children if c.dep_ == "prt"), None)
    return f"{_lemma(token)}_{prt}" if prt and _lemma(token) != "rule" else _lemma(token)


def is_negated(token: Token) -> bool:
    """Negation within the trigger's own clause, or a denial governing it."""
    c = cues()
    current = token
    for _ in range(8):
        if current.i != token.i and _lemma(current) in c["litotes_verbs"]:
            # "will not hesitate to use force": the double negative announces the act;
            # "hesitated to attack" alone holds it back
            return not any(x.dep_ == "neg" for x in current.children)
        if _negated_here(current, token):
            return True
        head = current.head
        if head.i == current.i:
            return False
        if current.dep_ == "pcomp" and head.lower_ == "of" and head.head.lower_ == "short":
            return True  # "stopped short of attacking"
        if current.dep_ in ("pcomp", "pobj") and any(
            x.dep_ == "advmod" and x.lower_ in c["alternative_marks"] for x in head.children
        ):
            return True  # "instead of attacking the city", "rather than retaliate"
        if current.dep_ == "prep" and current.lower_ in c["negating_preps"]:
            return True  # "without firing a shot"
        if current.dep_ == "pobj" and head.lower_ in c["negating_preps"]:
            return True
        if _verb_key(head) in c["deny_verbs"] and (
            # the active subject does the averting ("the deal avoids closures": a deal)
            (current.dep_ in (*CLAUSE_INTERNAL, "ccomp") and current.dep_ != "nsubj")
            or (_bare_gerund(current) and not any(x.dep_ in ("dobj", "obj") for x in head.children))
        ):
            if _lemma(head) == "rule" and not any(x.lower_ == "out" for x in head.children):
                return False
            return not _denial_refused(head)
        if (
            current.dep_ not in CLAUSE_INTERNAL
            and not (
                # "failed to adopt a resolution demanding a ceasefire": no resolution, no demand
                current.dep_ == "acl"
                and current.tag_ in ("VBG", "VBN")
                and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in current.children
                )
            )
            and not _controlled_infinitive(current, head)
        ):
            return False
        current = head
    return False


def _controlled_infinitive(clause: Token, head: Token) -> bool:
    """ "will not allow criminals to hijack the protests": the parser makes the object and
    its infinitive a clause of their own, but what the verb does not allow is no event."""
    return (
        clause.dep_ == "ccomp"
        and _lemma(head) in cues()["object_control_verbs"]
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    )


def _bare_gerund(token: Token) -> bool:
    """ "ruled out sending troops": the parser hangs the gerund object as a clause."""
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in token.children)
    )


def _possibility_not_excluded(token: Token) -> bool:
    """ "did not rule out that some fires were set deliberately": a that-clause a speaker
    will not exclude is a possibility, not a fact (nor a threat: no option is kept open)."""
    head = token.head
    return (
        token.dep_ == "ccomp"
        and head.i != token.i
        and _verb_key(head) in cues()["exclude_verbs"]
        and (_lemma(head) != "rule" or any(x.lower_ == "out" for x in head.children))
        and _denial_refused(head)
    )


def _denial_refused(verb: Token) -> bool:
    """ "did not rule out", "refused to rule out": the denial itself is withheld."""
    if any(x.dep_ == "neg" for x in verb.children):
        return True
    return verb.dep_ == "xcomp" and _lemma(verb.head) in cues()["refusal_verbs"]


def not_ruled_out(token: Token) -> Token | None:
    """The "rule out" verb when the trigger is what someone would not rule out ("did not
    rule out military strikes", "refused to rule out an attack"): an open possibility."""
    c = cues()
    current = token
    for _ in range(6):
        head = current.head
        if head.i == current.i:
            return None
        if _verb_key(head) in c["exclude_verbs"] and (
            current.dep_ in CLAUSE_INTERNAL or _bare_gerund(current)
        ):
            if _lemma(head) == "rule" and not any(x.lower_ == "out" for x in head.children):
                return None
            return head if _denial_refused(head) else None
        if current.dep_ not in CLAUSE_INTERNAL:
            return None
        current = head
    return None


def _negated_here(node: Token, trigger: Token) -> bool:
    c = cues()
    for child in node.children:
        if child.dep_ == "neg" and child.lower_ in c["negators"] | {"not", "n't", "never"}:
            return True
        if child.dep_ == "det" and child.lower_ in c["negating_dets"] and node.pos_ != "VERB":
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and child.i != trigger.i:
            if any(g.dep_ == "det" and g.lower_ in c["negating_dets"] for g in child.children):
                return True  # "no one was killed", "no embassy should feel any threat"
            if child.lower_ in ("nobody", "none", "noone"):
                return True
        if _lemma(node) in ("have", "be") and child.dep_ == "advmod" and child.lower_ == "yet":
            # "has yet to attack", "is yet to launch its offensive"
            return any(x.dep_ == "xcomp" for x in node.children)
    return False


def _in_condition(token: Token) -> bool:
    """Inside an if-clause, or in the main clause of a conditional (up to a reporting boundary)."""
    marks = cues()["condition_marks"]
    crossed_ccomp = False
    for node in chain(token):
        if node.dep_ in ("advcl", "ccomp", "csubj") and any(
            m.dep_ == "mark" and m.lower_ in marks for m in node.children
        ):
            return True  # inside "if talks fail", "whether the army shelled the town"
        if (
            node.dep_ == "advcl"
            and node.tag_ in ("VBZ", "VBP", "VB")
            and any(m.dep_ == "mark" and m.lower_ in cues()["until_marks"] for m in node.children)
        ):
            return True  # "will fight until the president steps down": not yet, maybe never
        if not crossed_ccomp and any(
            ch.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in ch.children)
            for ch in node.children
        ):
            return True
        if node.dep_ == "ccomp":
            crossed_ccomp = True
    return False


def condition_only(token: Token) -> bool:
    """Hypothetical only because a condition frames it ("warned of consequences if the
    visit went ahead"): no modal, no likelihood word. A threat so framed is still made."""
    c = cues()
    if any(
        x.lower_ in c["modals_hypothetical"] and not future_in_past(node)
        for node in _clause_nodes(token)
        for x in auxiliaries(node)
    ):
        return False
    return _in_condition(token) and not _inside_condition(token)


def _inside_condition(token: Token) -> bool:
    marks = cues()["condition_marks"]
    return any(
        node.dep_ in ("advcl", "ccomp", "csubj")
        and any(m.dep_ == "mark" and m.lower_ in marks for m in node.children)
        for node in chain(token)
    )


def _climbs(token: Token) -> bool:
    """Whether the governor of ``token`` still belongs to the trigger's clause.

    Purpose clauses count ("can do to aid the cause"): their modality is the governor's.
    """
    if token.head.i == token.i:
        return False
    if token.dep_ == "advcl":
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if token.dep_ == "acl" and token.tag_ == "VBG" and _consequence_of(token.head):
        # "could lead to (hundreds of) teachers resigning": the outcome has the modality
        # of its cause
        return True
    if token.dep_ == "conj" and (
        token.head.dep_ == "xcomp"
        or (
            token.head.dep_ == "ccomp"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.head.children)
        )
    ):
        # "pledged to keep up pressure and to support Ukraine", "wants Israel to release
        # the prisoners and end the blockade": both under the same governor
        return True
    return token.dep_ in CLAUSE_INTERNAL


def _consequence_of(noun: Token) -> bool:
    """Whether ``noun`` is the object of "lead to", "result in" ... (through "hundreds of")."""
    for _ in range(3):
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return False
        prep = noun.head
        if prep.lower_ != "of":
            return _lemma(prep.head) in cues()["consequence_verbs"]
        noun = prep.head
    return False


def _clause_nodes(token: Token) -> list[Token]:
    """Trigger plus governors reachable without leaving its clause."""
    out = [token]
    current = token
    while _climbs(current):
        current = current.head
        out.append(current)
    return out


def auxiliaries(node: Token) -> list[Token]:
    """A verb's auxiliaries; a conjunct with no subject or auxiliary of its own shares its
    first conjunct's ("could invade and annex Bulgaria": both acts are only possible)."""
    own = [x for x in node.children if x.dep_ == "aux"]
    current = node
    while (
        not own
        and current.dep_ == "conj"
        and current.head.i != current.i
        and current.pos_ in ("VERB", "AUX")
        and not any(x.dep_ in ("nsubj", "nsubjpass") for x in current.children)
    ):
        current = current.head
        own = [x for x in current.children if x.dep_ == "aux"]
    return own


def future_in_past(node: Token) -> bool:
    """ "announced it would withdraw": "would" in a past report is the future of then.

    True when ``node`` carries "would" and its clause is the complement of a reporting or
    commitment verb in the past tense ("said", "warned", "had promised"); a condition
    ("would withdraw if ...") is caught separately and stays hypothetical. A warning's
    "could" about the speaker's own act counts too (see ``_own_threatened_possibility``).
    """
    if not any(x.lower_ in ("would", "'d") for x in auxiliaries(node)):
        return _own_threatened_possibility(node)
    top = _clause_nodes(node)[-1]
    if top.dep_ != "ccomp" or _lemma(top.head) not in cues()["future_report_verbs"]:
        return False
    if top.head.tag_ in ("VBD", "VBN"):
        return True
    # "says it would cut ties", "a statement saying it would detain": in the present the
    # speaker's own "would" is still a commitment; another party's ("analysts say a deal
    # would help") stays hypothetical
    return top.head.tag_ in ("VBZ", "VBP", "VBG") and any(
        x.dep_ in ("nsubj", "nsubjpass") and x.lower_ in cues()["reported_pronouns"]
        for x in top.children
    )


def _own_threatened_possibility(node: Token) -> bool:
    """ "Eritrea warned that it could invade": the speaker's own possible act, named in a
    warning, is what it threatens to do; so is a possible measure with no doer ("warned
    the groups that they could be banned"). Another party's "could" stays hypothetical."""
    c = cues()
    if not any(x.lower_ in c["threat_modals"] for x in auxiliaries(node)):
        return False
    clause = _clause_nodes(node)[-1]
    warning = clause.head
    if (
        clause.dep_ == "relcl"
        and warning.dep_ in ("dobj", "obj")
        and any(x.dep_ == "mark" and x.lower_ == "that" for x in clause.children)
    ):
        warning = warning.head  # "warned six groups that ...": the parser reads a relative clause
    elif clause.dep_ != "ccomp":
        return False
    if warning.i == clause.i or _lemma(warning) not in c["threat_report_verbs"]:
        return False
    if any(x.dep_ == "nsubjpass" for x in clause.children):
        return not any(x.dep_ == "agent" for x in clause.children)
    return any(x.dep_ == "nsubj" and x.lower_ in c["reported_pronouns"] for x in clause.children)


def _generic_relative(token: Token) -> bool:
    """ "protesters who block roads would be arrested": a present-tense relative clause on a
    participant of a future or conditional act describes whoever might do it."""
    if token.dep_ != "relcl" or token.tag_ not in ("VBP", "VBZ", "VBD"):
        return False
    if token.tag_ == "VBD" and not generic_head(token.head):
        # "warned that anyone who attacked the country would face …": the past of
        # reported speech, on "anyone" or "any country" only
        return False
    governor = token.head.head
    if governor.i == token.head.i:
        return False
    c = cues()
    modals = c["modals_hypothetical"] | c["modals_future"]
    return any(x.dep_ == "aux" and x.lower_ in modals for x in governor.children)


def generic_head(noun: Token) -> bool:
    """Whoever might do an act: "anyone", "any country"."""
    return noun.lower_ in cues()["generic_heads"] or any(
        d.dep_ == "det" and d.lower_ == "any" for d in noun.children
    )


def _hypothetical(token: Token) -> bool:
    c = cues()
    if _generic_relative(token):
        return True
    if not_ruled_out(token) is not None:
        return True  # "has not ruled out military strikes": a possibility
    if _possibility_not_excluded(token):
        return True  # "had not ruled out that the fires were set": maybe, maybe not
    nodes = _clause_nodes(token)
    for node in nodes:
        if any(
            x.lower_ in c["modals_hypothetical"] for x in auxiliaries(node)
        ) and not future_in_past(node):
            return True
    for node in nodes[1:]:
        if node.pos_ == "ADJ" and _lemma(node) in c["hypothetical_adjs"]:
            return True  # "unlikely to attack", "expected to meet"
        if node.dep_ == "prep" and node.lower_ in c["warning_preps"]:
            return True  # "warned against providing weapons"
    return _anticipated(token) or _in_condition(token)


def _anticipated(token: Token) -> bool:
    """An act feared, predicted or braced for ("residents feared an attack on the town",
    "analysts predict airstrikes", "the prospect of an invasion") has not happened."""
    c = cues()
    path = chain(token, limit=4)
    for below, node in pairwise(path):
        if below.dep_ not in ("dobj", "obj", "prep", "pobj"):
            return False  # only the act named as the object of the fear
        if node.pos_ in ("VERB", "AUX") and _lemma(node) in c["anticipation_verbs"]:
            return True
        if node.pos_ == "NOUN" and node.lower_ in c["anticipation_nouns"] and below.dep_ == "prep":
            return True
    return False


def is_intended(token: Token) -> bool:
    return _intended(token)


def wished_of(token: Token) -> Token | None:
    """The desire or demand verb when the trigger's clause is what someone wants another
    party to do ("the US wants Israel to release the prisoners"): not done yet."""
    c = cues()
    top = _clause_nodes(token)[-1]
    if (
        top.dep_ in ("ccomp", "xcomp")
        and top.head.i != top.i
        and any(x.dep_ == "aux" and x.lower_ == "to" for x in top.children)
        and any(x.dep_ in ("nsubj", "nsubjpass") for x in top.children)
        and _lemma(top.head) in c["desire_verbs"]
    ):
        return top.head
    return None


def _intended(token: Token) -> bool:
    c = cues()
    if wished_of(token) is not None:
        return True
    top = _clause_nodes(token)[-1]
    if (
        top.dep_ in ("acl", "relcl")
        and top.head.pos_ in ("NOUN", "PROPN", "PRON")
        and any(x.dep_ == "aux" and x.lower_ == "to" for x in top.children)
        # "the first nation to join the EU" did join
        and not any(x.lower_ in c["factual_ordinals"] or x.tag_ == "JJS" for x in top.head.children)
    ):
        return True  # "gave him 72 hours to leave the country", "the right to protest"
    if _purpose(token):
        return True  # "flew to Beijing to discuss trade": the aim of the trip, not yet done
    nodes = _clause_nodes(token)
    for node in nodes:
        if any(x.lower_ in c["modals_future"] for x in auxiliaries(node)):
            return True
        if future_in_past(node):
            return True
    for below, node in pairwise(nodes):
        lemma = _lemma(node)
        if (
            node.pos_ in ("VERB", "AUX")
            and lemma in c["intent_verbs"]
            and not any(x.dep_ == "prt" and x.lower_ == "up" for x in node.children)
        ):  # "set up a joint team" is done, not intended
            return True
        if lemma == "go" and node.tag_ == "VBG" and below.dep_ == "xcomp":
            return True  # "going to attack" (but not "went on strike", "are going on strike")
        if node.pos_ == "ADJ" and lemma in c["intent_adjs"]:
            return True
    # "the will to battle", "plans for an attack": an intention noun governs the trigger.
    for node in chain(token)[1:4]:
        if node.pos_ == "NOUN" and node.lower_ in c["intent_nouns"]:
            return True
    return False


def _purpose(token: Token) -> bool:
    """An infinitive adverbial clause without a subject of its own ("flew to Beijing to
    discuss trade", "in order to negotiate") says what the act was for, not what was done."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "to discuss trade and sign deals"
    if token.dep_ == "acl" and token.head.lower_ == "order" and token.head.head.lower_ == "in":
        return True  # "in order to negotiate"
    return (
        token.dep_ == "advcl"
        and any(x.dep_ == "aux" and x.lower_ == "to" for x in token.children)
        and not any(x.dep_ in ("nsubj", "nsubjpass") for x in token.children)
        # "became the latest country to downgrade ties": one of those that did
        and not _superlative_attribute(token.head)
        # "thousands gathered to protest", "took to the streets to protest": the gathering
        # is the act itself
        and _lemma(token.head) not in cues()["assembly_verbs"]
    )


def _superlative_attribute(verb: Token) -> bool:
    c = cues()
    return any(
        a.dep_ == "attr"
        and any(x.lower_ in c["factual_ordinals"] or x.tag_ == "JJS" for x in a.children)
        for a in verb.children
    )


def _report_noun(token: Token) -> Token | None:
    nouns = cues()["reporting_nouns"]
    for node in chain(token)[1:6]:
        if node.pos_ in ("NOUN", "PROPN") and node.lower_ in nouns:
            return node
        if node.dep_ == "ccomp":
            return None
    return None


def _unconfirmed(token: Token) -> bool:
    c = cues()
    for node in _clause_nodes(token)[1:] + chain(token)[1:4]:
        if node.pos_ == "ADJ" and _lemma(node) in c["uncertain_adjs"]:
            return True  # "it is unclear whether the army shelled the town"
        if _lemma(node) in c["epistemic_passives"] and any(
            x.dep_ == "auxpass" for x in node.children
        ):
            return True  # "the militants are believed to have killed 12 hostages"
    if any(
        x.dep_ in ("amod", "advmod") and x.lower_ in c["unconfirmed_adjs"] for x in token.children
    ):
        return True
    if any(x.dep_ == "advmod" and x.lower_ in ("allegedly", "purportedly") for x in token.children):
        return True
    for node in chain(token)[:6]:
        if node.dep_ == "ccomp" and _lemma(node.head) in c["allegation_verbs"]:
            return True  # "Rwanda alleged that French troops took part in the killings"
        if (
            node.dep_ == "ccomp"
            and _lemma(node.head) in c["confirm_verbs"]
            and (any(x.dep_ == "neg" for x in node.head.children) or _refused(node.head))
        ):
            return True  # "the army did not confirm that it had attacked the convoy"
        if node.dep_ in ("ccomp", "relcl", "advcl"):
            break  # only the nearest frame counts
    for node in chain(token)[1:6]:
        # "Unconfirmed reports said troops killed ...": the source itself is unconfirmed.
        if _lemma(node) in c["reporting_verbs"] and any(
            x.dep_ == "nsubj"
            and x.lower_ in c["reporting_nouns"]
            and any(a.lower_ in c["unconfirmed_adjs"] for a in x.children)
            for x in node.children
        ):
            return True
    noun = _report_noun(token)
    if noun is None:
        return False
    if any(x.dep_ == "amod" and x.lower_ in c["unconfirmed_adjs"] for x in noun.children):
        return True
    if noun.lower_ in c["hearsay_nouns"]:
        return True  # "rumours of her resignation", "speculation that troops had crossed"
    if any(x.dep_ == "det" and x.lower_ in c["negating_dets"] for x in noun.children):
        return True  # "there was no evidence that the army had used chemical weapons"
    for node in chain(noun)[1:6]:
        lemma = _lemma(node)
        if lemma in c["confirm_verbs"] and (
            any(x.dep_ == "neg" for x in node.children) or _refused(node)
        ):
            return True
        if lemma in c["deny_verbs"]:
            return True
    return False


def _refused(node: Token) -> bool:
    """ "declined to confirm", "stopped short of confirming", "could not confirm"."""
    c = cues()
    for anc in chain(node)[1:5]:
        if _lemma(anc) in c["refusal_verbs"] or anc.lower_ == "short":
            return True
        if any(x.dep_ == "neg" for x in anc.children):
            return True
    return False


def _reported(token: Token) -> bool:
    c = cues()
    if any(x.lower_ in ("reportedly", "allegedly") for x in token.children):
        return True
    if _report_noun(token) is not None:
        return True
    for node in chain(token):
        if any(
            x.dep_ == "prep" and x.lower_ == "according" for x in node.children
        ):  # "according to officials"
            return True
        if node.dep_ == "ccomp" and _lemma(node.head) in c["reporting_verbs"]:
            return True
    return False


def quote_at(token: Token, found: Findings) -> str | None:
    """The innermost quote whose content span holds the trigger."""
    best = None
    for quote in found.quotes:
        if quote.content.start <= token.idx < quote.content.end and (
            best is None or quote.content.end - quote.content.start < best[0]
        ):
            best = (quote.content.end - quote.content.start, quote.id)
    return best[1] if best else None


def read_status(token: Token, found: Findings, *, ignore_negation: bool = False) -> StatusReading:
    """The status of the event the trigger names, and the quote it sits in."""
    negated = is_negated(token)
    quote = quote_at(token, found)
    if negated and not ignore_negation:
        return StatusReading("negated", True, quote)
    if _unconfirmed(token):
        status = "unconfirmed"
    elif _hypothetical(token):
        status = "hypothetical"
    elif _intended(token):
        status = "intended"
    elif quote is not None or _reported(token):
        status = "reported"
    else:
        status = "asserted"
    return StatusReading(status, negated, quote)


def statement_status(reading: StatusReading, token: Token) -> StatusReading:
    """The status of saying one will do something (the act itself is only intended)."""
    status = "reported" if reading.quote is not None or _reported(token) else "asserted"
    return StatusReading(status, reading.negated, reading.quote)
