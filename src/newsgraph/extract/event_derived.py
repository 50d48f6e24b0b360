"""Events that PLOVER reads off another event's framing.

- Intent: "wants to attack X" is a THREATEN by the one who wants; "is seeking to deepen a
  partnership" an AGREE (PLOVER: AGREE = indicate willingness to cooperate; THREATEN =
  signal intent to take conflictual action). The embedded event stays, status "intended".
- Refusal: "would not provide support" is a REJECT (a refused cooperation, not a denial).
- Claim: "Israel said a mortar was fired at it" — a speaker who first names the claim
  and then another party's attack ACCUSEs that party (PLOVER ACCUSE, mode "allege").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_args import subject
from newsgraph.extract.event_lexicons import cues
from newsgraph.extract.event_status import auxiliaries, future_in_past

__all__ = [
    "claim_head",
    "derived_intent_type",
    "future_type",
    "intent_head",
    "is_refusal",
    "warned_act",
]

# How far up the trigger's governors the framing word may sit ("wants to start to attack").
INTENT_DEPS = ("xcomp", "dobj", "obj", "acomp", "pcomp", "prep", "pobj")


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def intent_head(token: Token) -> Token | None:
    """The intention word governing a trigger ("wants", "ready", "a plan to"), if any."""
    c = cues()
    current = token
    for _ in range(5):
        if current.dep_ == "conj" and current.head.dep_ == "xcomp":
            current = current.head  # "pledged to keep up pressure and to support Ukraine"
            continue
        if (
            current.dep_ == "acl"
            and current.head.pos_ == "NOUN"
            and _lemma(current.head) in c["intent_derive_nouns"]
            and any(x.dep_ == "aux" and x.lower_ == "to" for x in current.children)
        ):
            return current.head  # "announced a plan to invade Fiji", "its offer to mediate"
        if current.dep_ not in INTENT_DEPS or current.head.i == current.i:
            return None
        current = current.head
        if (
            current.pos_ in ("VERB", "AUX")
            and _lemma(current) in c["intent_derive_verbs"]
            and not any(x.dep_ == "prt" and x.lower_ == "up" for x in current.children)
        ):  # "is set to meet", but "set up a joint team" is the act itself
            return current
        if current.pos_ == "ADJ" and _lemma(current) in c["intent_derive_adjs"]:
            return current
    return None


def future_type(token: Token, event_type: str) -> str | None:
    """PLOVER's reading of an act in the future tense: "will meet" is AGREE, "will
    withdraw" CONCEDE, "will attack" THREATEN (manual, AGREE/CONCEDE notes)."""
    c = cues()
    # "will hold joint drills": a nominal act takes the tense of its light verb
    verb = token.head if token.pos_ != "VERB" and token.dep_ in ("dobj", "obj") else token
    if token.pos_ != "VERB" and token.dep_ == "pobj" and _lemma(token.head.head) == "go":
        verb = token.head.head  # "will go on strike": the tense of "go"
    verbs = [verb]
    while verbs[-1].dep_ == "xcomp" and _lemma(verbs[-1].head) in c["litotes_verbs"]:
        verbs.append(verbs[-1].head)  # "would not hesitate to use force": the tense of "hesitate"
    if not any(
        any(x.lower_ in c["modals_future"] for x in auxiliaries(v))
        or future_in_past(v)  # "announced it would withdraw troops"
        for v in verbs
    ):
        return None
    derived: str | None = c.maps["future_types"].get(event_type)
    return derived


def warned_act(token: Token) -> bool:
    """ "warned it would block the bill": the act announced in a warning's complement."""
    current = token
    for _ in range(4):
        if current.dep_ == "ccomp":
            return _lemma(current.head) in cues()["threat_report_verbs"]
        if current.dep_ not in ("conj", "xcomp") or current.head.i == current.i:
            return False
        current = current.head
    return False


def derived_intent_type(event_type: str) -> str | None:
    c = cues()
    if event_type in c["cooperative_types"]:
        return "AGREE"
    if event_type in c["threat_types"]:
        return "THREATEN"
    return None


def is_refusal(token: Token, event_type: str) -> bool:
    """A negated cooperative event in the future or conditional: "will not meet", "won't sign"."""
    c = cues()
    if event_type not in c["cooperative_types"]:
        return False
    current = token
    for _ in range(4):
        if any(x.lower_ in c["refusal_modals"] for x in auxiliaries(current)):
            return True
        if _lemma(current) == "go" and current.tag_ == "VBG":
            return True  # "not going to accept"
        if current.dep_ not in ("xcomp", "dobj", "obj", "attr") or current.head.i == current.i:
            return False
        current = current.head
    return False


def claim_head(token: Token) -> Token | None:
    """The reporting verb of a speaker-first claim ("X said Y attacked Z"), else None."""
    c = cues()
    current = token
    for _ in range(6):
        if current.head.i == current.i:
            return None
        if current.dep_ == "ccomp":
            head = current.head
            speaker = subject(head)
            if (
                _lemma(head) in c["claim_verbs"]
                and speaker is not None
                and head.i < token.i
                and speaker.i < head.i
            ):
                return head
            return None
        if current.dep_ not in ("xcomp", "conj", "dobj", "obj", "pobj", "prep", "advcl", "aux"):
            return None
        current = current.head
    return None
