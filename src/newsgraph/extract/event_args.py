"""Actor and recipient of an event trigger, read off the dependency parse.

Verbs: actor = subject (climbing through conjuncts, control verbs and relative clauses),
or the "by" agent of a passive; recipient = direct object, passive subject, or the object
of a preposition ("attack on", "meet with", "call upon"). Nominals: actor = possessor,
"by X", an entity modifier ("Taliban attack"), or the subject of a light verb ("held
talks"); recipient = "of X" / "on X" / "against X" / "with X".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.doc_tokens import titled_name
from newsgraph.extract.event_lexicons import cues, sectors, word_forms
from newsgraph.extract.event_patterns import Pattern
from newsgraph.extract.findings import Findings
from newsgraph.record import Entity, Ref

__all__ = [
    "arguments",
    "bare_means",
    "make_ref",
    "phrase_bounds",
    "possible_agent",
    "root_predicate",
    "sector_of",
    "speaker_conjunct",
    "subject",
]

SUBJECT_DEPS = ("nsubj", "csubj", "expl")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
# "attacked positions on the border", "talks with X", "sanctions against Y"
_RECIPIENT_PREPS = ("on", "upon", "against", "with", "to", "at", "toward", "towards", "into")
VERB_RECIPIENT_PREPS = (*_RECIPIENT_PREPS, "between")
NOUN_RECIPIENT_PREPS = ("of", *_RECIPIENT_PREPS)
NP_LEFT_DEPS = ("det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "case", "predet")
ENTITY_MODIFIER_LABELS = ("ORG", "GPE", "NORP", "PERSON")
# Where a party is from: "a court in Guyana", "dissidents from Egypt".
ORIGIN_LABELS = ("GPE", "NORP", "LOC")
# "fled on August 15": times and amounts are never the recipient.
NOT_PARTICIPANTS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")
CONTROL_DEPS = ("xcomp", "advcl", "conj", "pcomp", "acomp")
# "committed to working", "bent on attacking": the gerund's doer is the governor's subject
GERUND_CONTROL_PREPS = ("to", "on")


def arguments(token: Token, pattern: Pattern, found: Findings) -> tuple[Ref | None, Ref | None]:
    """(actor, recipient) Refs for a trigger token."""
    if pattern.pos == "VERB":
        actor_tok, recipient_tok = _verb_arguments(token, pattern)
    else:
        actor_tok, recipient_tok = _noun_arguments(token, pattern)
    c = cues()
    if (
        pattern.type in c["patient_is_actor_types"]
        and actor_tok is None
        and recipient_tok is not None
        and recipient_tok.dep_ in PASSIVE_SUBJECT_DEPS
    ):
        # "thousands of troops were deployed": the troops are the side that mobilises
        actor_tok, recipient_tok = recipient_tok, None
    if (
        recipient_tok is not None
        and pattern.type in c["cooperative_types"]
        and recipient_tok.dep_ == "pobj"
        and recipient_tok.head.lower_ in ("at", "on", "in", "into")
        and not recipient_tok.ent_type_
    ):
        recipient_tok = None  # "met on the sidelines", "shook hands at a summit": a setting
    if recipient_tok is not None and pattern.type not in c["cooperative_types"]:
        recipient_tok = _adversary(recipient_tok)  # a coalition against X is not with X
    if (
        recipient_tok is not None
        and recipient_tok.dep_ == "pobj"
        and recipient_tok.head.lower_ == "with"
        and any(c.dep_ == "acl" and c.tag_ == "VBG" for c in recipient_tok.children)
    ):
        recipient_tok = None  # "…, with residents reporting gunfire": a setting, no side
    if (
        recipient_tok is not None
        and recipient_tok.dep_ == "pobj"
        and recipient_tok.head.lower_ == "with"
        and recipient_tok.head.head.i == token.i
        and pattern.type in c["force_types"]
        and token.lemma_.lower() not in c["reciprocal_verbs"]
        and token.lemma_.lower() not in c["mutual_force_words"]
    ):
        recipient_tok = None  # "struck with full force", "attacked with heavy weapons": means
    if (
        recipient_tok is None
        and actor_tok is not None
        and pattern.pos == "VERB"
        and token.lemma_.lower() in c["reciprocal_verbs"]
    ):
        # "the army and the RSF battled", "rebels and soldiers clashed": each side fights
        # the other
        recipient_tok = _other_side(actor_tok)
    actor_tok = _antecedent(actor_tok)
    if actor_tok is not None and actor_tok.tag_ in ("WP", "WDT") and actor_tok.head.dep_ != "relcl":
        actor_tok = None  # "it is not clear who fired the rockets": nobody named
    if (
        recipient_tok is None
        and actor_tok is not None
        and pattern.type in cues()["mutual_types"]
        # "Egypt and Saudi Arabia have offered to host talks": an offer or pledge to act
        # is made side by side, not to each other
        and not (pattern.pos == "VERB" and any(c.dep_ == "xcomp" for c in token.children))
        # "Japan and South Korea pledged emergency aid": given side by side, too
        and not (pattern.pos == "VERB" and token.lemma_.lower() in cues()["side_by_side_verbs"])
    ):
        # "Brazil and the United States met": in a mutual act each side is the other's partner
        recipient_tok = _other_side(actor_tok)
    actor = make_ref(actor_tok, found) if actor_tok is not None else None
    recipient = make_ref(recipient_tok, found) if recipient_tok is not None else None
    if actor is not None and recipient is not None and actor.start == recipient.start:
        recipient = None
    return actor, recipient


def _verb_arguments(token: Token, pattern: Pattern) -> tuple[Token | None, Token | None]:
    passive = any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in token.children)
    if (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and _child(token, ("nsubj", "aux")) is None
        and not root_predicate(token)
    ):
        passive = True  # "fighters killed by ..." : the head noun is the patient
    if (
        not passive
        and token.dep_ == "conj"
        and token.tag_ == "VBN"
        and _child(token, ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "obj")) is None
        and any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in token.head.children)
    ):
        passive = True  # "were detained and tortured": the conjunct shares the passive
    participle = (
        token.dep_ == "advcl"
        and token.tag_ == "VBN"
        and token.i < token.head.i  # an opening clause: "Backed by Iran, the militia ..."
        and _child(token, ("nsubj", "nsubjpass", "aux", "auxpass", "mark")) is None
    )
    if participle:
        # "Backed by Iran, the militia attacked": Iran backs the militia
        undergoer = _nearest_subject(token.head) or _child(token.head, PASSIVE_SUBJECT_DEPS)
        return _resolve(_agent(token)), _resolve(undergoer)
    actor: Token | None = None
    recipient: Token | None = None
    if pattern.reverse and not passive:
        giver = _prep_object(token, ("from",))
        if giver is not None:
            return _resolve(giver), _resolve(subject(token))
        if pattern.type == "SANCTION":
            # "received a prison sentence": the subject is punished, the court unnamed
            return None, _resolve(subject(token))
    if passive:
        actor = _agent(token)
        if actor is None and token.dep_ == "conj":
            actor = _agent(token.head)  # "were beaten by police and detained"
        # The parser sometimes labels a passive subject plain nsubj ("he was assassinated").
        recipient = _child(token, PASSIVE_SUBJECT_DEPS) or _child(token, SUBJECT_DEPS)
        if recipient is None and token.dep_ == "acl":
            recipient = token.head
        if recipient is None and token.dep_ == "conj":
            # "were arrested and charged", "the journalists detained ... were freed": a
            # passive conjunct shares its first conjunct's subject
            recipient = _child(token.head, PASSIVE_SUBJECT_DEPS) or _child(token.head, SUBJECT_DEPS)
        if recipient is not None and _names_pattern_word(recipient, pattern):
            # "an attack was launched on the base": the named act's target, when it has one
            recipient = (
                _prep_object(recipient, _recipient_preps(pattern, NOUN_RECIPIENT_PREPS))
                or _prep_object(token, ("on", "against", "at"))
                or recipient
            )
        between = next(
            (
                g
                for c in token.children
                if c.dep_ == "agent" and c.lower_ == "between"
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )  # the parser can take "between" for the passive's agent
        # on the verb, on its subject, or hung on a place ("reached in Accra between ...")
        holders = [token, *([recipient] if recipient is not None else [])]
        holders += [g for c in token.children if c.dep_ == "prep" for g in c.children]
        between = between or next(
            (b for h in holders if (b := _prep_object(h, ("between",))) is not None), None
        )
        if actor is None and between is not None:
            # "an agreement was reached between China and Bhutan", "a deal between Ghana
            # and Togo was signed": the two sides, not the deal, are the parties
            actor, recipient = between, _child(between, ("conj",))
    else:
        actor = token.head if root_predicate(token) else subject(token)
        named = None  # the object the pattern names ("suspended Gabon's membership")
        for child in token.children:
            # "launched a wave of attacks", "expelled dozens of diplomats": the pattern's
            # word is the "of" object of a quantity
            inner = _of_object(child) if child.dep_ in ("dobj", "obj") else None
            if inner is not None and inner.lemma_.lower() in pattern.obj:
                child = inner
            if pattern.topic_obj or (
                _names_pattern_word(child, pattern) and not pattern.obj_participant
            ):
                if child.dep_ in ("dobj", "obj", "pobj") and not pattern.topic_obj:
                    named = child
                continue  # "discussed the crisis", "opened fire": not a participant
            candidate: Token | None = child
            if child.dep_ == "dative" and child.pos_ == "ADP":
                candidate = _child(child, ("pobj",))  # "providing weapons to Moscow"
            elif child.dep_ not in ("dobj", "obj", "dative"):
                continue
            if candidate is not None and _participant(candidate):
                recipient = candidate
                break
    if actor is None and recipient is None and token.dep_ in ("nsubj", "csubj"):
        # "Fighting between the army and the RSF intensified": a gerund names the two sides
        between = _prep_object(token, ("between",))
        if between is not None:
            return _resolve(between), _resolve(_child(between, ("conj",)))
    preps = _recipient_preps(pattern, VERB_RECIPIENT_PREPS)
    if recipient is not None and not recipient.ent_type_ and not passive:
        # "fired anti-aircraft batteries at Russia": the named target, not the thing fired
        aimed = _prep_object(token, tuple(cues()["aimed_preps"]))
        if aimed is not None and aimed.ent_type_ in ENTITY_MODIFIER_LABELS:
            recipient = aimed
    if recipient is None:
        # "put on alert", "agreed to a truce": the words the pattern names are no party
        recipient = _prep_object(token, preps, skip=pattern.prep_obj)
        if recipient is None and pattern.prep_obj:
            # "agreed to a truce with the army": the named act's partner is the recipient
            named_act = next(
                (
                    g
                    for c in token.children
                    if c.dep_ == "prep" and c.lower_ in preps
                    for g in c.children
                    if g.dep_ == "pobj" and g.lemma_.lower() in pattern.prep_obj
                ),
                None,
            )
            if named_act is not None:
                recipient = _prep_object(named_act, ("with",))
    if recipient is None and pattern.prep == "for":
        # "called for the government to act": the subject of the "for ... to" clause
        recipient = next(
            (
                g
                for c in token.children
                if c.dep_ in ("advcl", "ccomp", "xcomp")
                and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                for g in c.children
                if g.dep_ == "nsubj" and _participant(g)
            ),
            None,
        )
    if recipient is None and not passive and named is not None:
        # "suspended Gabon's membership", "banned imports of Georgian wine"
        owner = (
            _child(named, ("poss",))
            or _prep_object(named, ("of",))
            or next(  # "burned the US flag"
                (
                    c
                    for c in named.children
                    if c.dep_ in ("compound", "amod") and c.ent_type_ in ENTITY_MODIFIER_LABELS
                ),
                None,
            )
        )
        if owner is not None and owner.pos_ != "PRON":
            recipient = owner
    if recipient is None and not passive and pattern.type in cues()["source_recipient_types"]:
        # "recalled its ambassador from Germany", "pulled its staff out of Mali"
        recipient = _prep_object(token, ("from",)) or (
            _prep_object(named, ("from",)) if named is not None else None
        )
    if recipient is None:
        # "imposed sanctions on Belarus": the preposition hangs off the pattern's object.
        for child in token.children:
            if child.dep_ in ("dobj", "obj"):
                inner = _of_object(child)
                if inner is not None and inner.lemma_.lower() in pattern.obj:
                    child = inner  # "a wave of attacks on the grid"
                # the pattern's own object takes any recipient preposition; others only "to"/"on"
                allowed = preps if child.lemma_.lower() in pattern.obj else ("to", "on", "against")
                if (
                    pattern.type in cues()["cooperative_types"]
                    and child.lemma_.lower() not in cues()["measure_nouns"]
                ):
                    # a coalition against X is not with X; but lifting sanctions against X is
                    allowed = tuple(p for p in allowed if p != "against")
                recipient = _prep_object(child, allowed)
                break
    return _resolve(actor), _resolve(recipient)


def _names_pattern_word(child: Token, pattern: Pattern) -> bool:
    """The object is the word the pattern names ("signed a truce"; "a cease-fire", which
    the tokenizer splits, names it through its compound)."""
    return child.lemma_.lower() in pattern.obj or (
        child.dep_ in ("dobj", "obj")
        and any(g.dep_ == "compound" and g.lower_ == "cease" for g in child.children)
        and "cease" in pattern.obj
    )


def _noun_arguments(token: Token, pattern: Pattern) -> tuple[Token | None, Token | None]:
    actor = _child(token, ("poss",))
    if actor is not None and not _participant(actor):
        actor = None  # "last week's attacks": a date, not an attacker
    if actor is None:
        actor = _agent(token) or next(
            (a for c in token.children if c.dep_ == "acl" and (a := _agent(c)) is not None), None
        )
    if actor is None:
        actor = next(
            (
                c
                for c in token.children
                if c.dep_ in ("compound", "amod") and c.ent_type_ in ENTITY_MODIFIER_LABELS
            ),
            None,
        )
    if actor is None:
        # "fighting between the army and rebels": the two sides
        between = _prep_object(token, ("between",))
        if between is None and token.dep_ == "nsubj":
            between = _prep_object(token.head, ("between",))  # "fighting erupted between"
        if between is not None:
            other = _child(between, ("conj",))
            return _resolve(between), _resolve(other)
    governor = token.head if token.dep_ in ("dobj", "obj", "nsubjpass", "attr") else None
    if token.dep_ == "pobj" and token.head.dep_ == "prt":
        governor = token.head.head  # "called off the attack"
    if (
        actor is None
        and token.dep_ == "pobj"
        and token.head.lower_ in ("in", "through")
        and token.head.head.pos_ == "VERB"
        and any(c.dep_ == "amod" and c.lower_ in cues()["joint_words"] for c in token.children)
    ):
        actor = subject(token.head.head)  # "police dismantled the ring in a joint operation"
    measured = _measured_by(token)
    if measured is not None:
        # "transferred 10 tons of aid to X", "held a round of talks": the verb that takes
        # the quantity carries the roles
        governor = measured
    if (
        actor is None
        and governor is not None
        and (measured is not None or word_forms(governor) & cues()["light_verbs"])
    ):
        actor = subject(governor)
    if actor is None and pattern.reverse:
        actor = _prep_object(token, ("from",))  # "drew condemnation from the United States"
    owner = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "for" else None
    if (
        actor is None
        and owner is not None
        and owner.lemma_.lower() in cues()["responsibility_words"]
    ):
        # "al-Shabab claimed responsibility for the attack": the claimant is the attacker
        actor = subject(owner.head) if owner.dep_ in ("dobj", "obj") else None
    if (
        actor is None
        and token.dep_ == "pobj"
        and token.head.lower_ in cues()["trip_preps"]
        and pattern.type in cues()["visit_types"]
        and (verb := next((a for a in token.head.ancestors if a.pos_ in ("VERB", "AUX")), None))
        is not None
    ):
        actor = subject(verb)  # "X appealed for arms during a visit to Y": X
    state = (
        state_verb(token.head.head) if token.dep_ == "pobj" and token.head.lower_ == "on" else None
    )
    if actor is None and state is not None:
        actor = subject(state)  # "the doctors are on strike", "teachers are out on strike"
    trip = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "for" else None
    # (the nominal's recipient prepositions include "into": "an investigation into X")
    if actor is None and trip is not None and word_forms(trip) & cues()["travel_verbs"]:
        actor = subject(trip)  # "the minister arrived for talks with X": the traveller
    engage = token.head.head if token.dep_ == "pobj" else None
    if engage is not None and word_forms(engage) & cues()["engage_verbs"]:
        # "rebels engaged peacekeepers in a firefight": the engaging verb carries the roles
        actor = actor or subject(engage)
        other = _child(engage, ("dobj", "obj"))
        if other is not None:
            return _resolve(actor), _resolve(other)
    preps = _recipient_preps(pattern, NOUN_RECIPIENT_PREPS)
    if pattern.type in cues()["beneficiary_types"]:
        preps = (*preps, "for")  # "a loan for Egypt", "aid for Sudan"
    recipient = _prep_object(token, preps, skip=pattern.obj)
    if (
        recipient is not None
        and pattern.type in cues()["mutual_types"]
        and recipient.head.lower_ == "on"
        and not recipient.ent_type_
    ):
        recipient = None  # "negotiations on a trade agreement": the topic, not a partner
    if (
        recipient is None
        and token.dep_ == "nsubj"
        and token.head.pos_ == "VERB"
        and pattern.type not in cues()["settlement_types"]
    ):
        # "the bombing killed 30 people": the victims are the object of the verb it drives
        obj = _child(token.head, ("dobj", "obj"))
        if obj is not None and _participant(obj):
            recipient = obj
    if recipient is None and pattern.obj:
        # "the suspension of talks with Tajikistan": the partner of the named object
        named = _prep_object(token, ("of",))
        if named is None:
            named = next(
                (
                    g
                    for c in token.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children
                    if g.dep_ == "pobj" and {g.lemma_.lower(), g.lower_} & pattern.obj
                ),
                None,
            )
        if named is not None and {named.lemma_.lower(), named.lower_} & pattern.obj:
            recipient = _prep_object(named, ("with", "to", "on", "against"))
    if recipient is None and governor is not None:
        recipient = _prep_object(governor, tuple(p for p in preps if p != "of"))
    if recipient is None and pattern.reverse and governor is not None:
        recipient = subject(governor)  # "Obama faces pressure from Congress": Obama
    return _resolve(actor), _resolve(recipient)


def _measured_by(token: Token) -> Token | None:
    """The verb of "sent 10 tons of aid" / "announced $5 million in aid" for "aid"."""
    c = cues()
    if token.dep_ != "pobj" or token.head.lower_ not in ("of", "in"):
        return None
    quantity = token.head.head
    words = c["amount_words"] | c["partitive_words"]
    if quantity.lower_ not in words or quantity.dep_ not in ("dobj", "obj", "nsubjpass"):
        return None
    if token.head.lower_ == "in" and quantity.lower_ not in c["amount_words"]:
        return None
    return quantity.head if quantity.head.pos_ in ("VERB", "AUX") else None


def state_verb(token: Token) -> Token | None:
    """The state verb ("be", "remain") an "on strike" phrase hangs from, also through
    "out" ("teachers are out on strike"), or None."""
    if token.lower_ == "out" and token.dep_ in ("advmod", "prt"):
        token = token.head
    return token if token.lemma_.lower() in cues()["state_verbs"] else None


def root_predicate(token: Token) -> bool:
    """ "Thousands of rebel fighters handed over their weapons": the parser made the verb a
    participle on the subject; with its own object and no other verb it is the predicate."""
    if not (
        token.dep_ == "acl" and token.head.dep_ == "ROOT" and token.head.pos_ in ("NOUN", "PROPN")
    ):
        return False
    if any(c.dep_ in ("dobj", "obj") for c in token.children):
        return True
    # "More than 200 people protested in front of the ministry": no other verb can be the
    # predicate, and a verb that takes no object is no passive ("soldiers killed in an
    # ambush" is a headline's passive)
    own = {t.i for t in token.subtree}
    return token.lemma_.lower() in cues()["intransitive_act_verbs"] and not any(
        t.pos_ in ("VERB", "AUX") and t.i not in own for t in token.sent
    )


def _antecedent(token: Token | None) -> Token | None:
    """ "Iran warned it would respond": a subject pronoun of a reported clause stands for
    the one who reports (the speaker's own commitment or claim)."""
    if token is None or token.lower_ not in cues()["reported_pronouns"]:
        return token
    current = token.head
    for _ in range(4):
        if current.dep_ == "ccomp" and current.head.i != current.i:
            speaker = subject(current.head)
            if (
                speaker is not None
                and speaker.lower_ in cues()["statement_nouns"]
                and speaker.dep_ in ("dobj", "obj")
            ):
                # "issued a statement saying it would ...": the one who issued it
                speaker = subject(speaker.head)
            if speaker is not None and speaker.pos_ != "PRON" and speaker.i < token.i:
                return speaker
            return token
        if current.dep_ not in ("xcomp", "conj", "aux") or current.head.i == current.i:
            return token
        current = current.head
    return token


def _other_side(token: Token) -> Token | None:
    """The next member of a coordinated subject ("A and B", "A, B, and C")."""
    other = _child(token, ("conj",))
    if other is None:
        listed = _child(token, ("appos",))  # "The US, Russia, and Switzerland": parsed as appos
        if listed is not None and _child(listed, ("conj",)) is not None:
            other = listed
    return other


def _adversary(token: Token) -> Token:
    """ "ordered an investigation against Iran", "evidence against Russia": the one it is against."""
    if token.ent_type_:
        return token
    preps = tuple(cues()["adversative_preps"])
    if token.lemma_.lower() in cues()["measure_nouns"]:
        preps = (*preps, "on")  # "imposed visa restrictions on Ugandan officials"
    against = _prep_object(token, preps)
    return against if against is not None else token


def _recipient_preps(pattern: Pattern, default: tuple[str, ...]) -> tuple[str, ...]:
    if pattern.prep and pattern.prep in default:
        return (pattern.prep,)
    return default


def subject(token: Token) -> Token | None:
    """The subject of a verb, climbing through conjuncts, control and relative clauses."""
    seen = 0
    current = token
    while seen < 6:
        seen += 1
        subj = _nearest_subject(current)
        if subj is not None:
            return _resolve(subj)
        if (reporter := speaker_conjunct(current)) is not None:
            return _resolve(_nearest_subject(reporter))
        if _child(current, PASSIVE_SUBJECT_DEPS) is not None:
            if current.i != token.i:
                # raising: "the militants are believed to have killed ..."
                return _resolve(_child(current, PASSIVE_SUBJECT_DEPS))
            return _agent(current)
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
        if current.dep_ in ("relcl", "acl") and current.head.pos_ in ("NOUN", "PROPN"):
            if not infinitive:
                return current.head  # "fighters holed up", "the group, which attacked"
            # "the will to battle": the subject of the verb that governs the noun
            current = current.head
            owner = _child(current, ("poss",))
            if owner is not None:
                return _resolve(owner)  # "Russia's plan to deploy troops": Russia
            if current.dep_ in ("dobj", "obj", "pobj", "attr") and current.head.i != current.i:
                current = current.head
                if current.dep_ == "prep":
                    current = current.head
                if current.lemma_.lower() in cues()["foiling_verbs"]:
                    return None  # "police foiled a plot to bomb the embassy": not the police
                continue
            return None
        if (
            current.dep_ == "advcl"
            and current.tag_ == "VBN"
            and not any(c.dep_ in ("aux", "auxpass", "mark") for c in current.children)
        ):
            # "Asked whether ..., he said", "Backed by Russia, the rebels ...": a passive
            # participle; the main clause's subject undergoes it, the doer is its agent
            return _agent(current)
        if (
            current.dep_ == "prep"
            and current.lower_ in GERUND_CONTROL_PREPS
            and current.i != token.i
            and current.head.i != current.i
            and _child(current.head, ("dobj", "obj")) is None
            and current.head.dep_ not in ("acl", "relcl")  # "a tour focused on improving ties"
        ):
            current = current.head  # "committed to working together", "bent on attacking"
            continue
        if current.dep_ in CONTROL_DEPS and current.head.i != current.i:
            if (
                current.dep_ == "xcomp"
                and current.head.lemma_.lower() in cues()["object_control_verbs"]
            ):
                controller = _child(current.head, ("dobj", "obj"))
                if controller is not None:
                    return _resolve(controller)  # "forced the president to resign": he resigns
            current = current.head
            continue
        return None
    return None


def speaker_conjunct(token: Token) -> Token | None:
    """The reporting verb whose second act the parser hung inside the reported clause.

    "Kim said the repairs would take a week and urged residents to save water": "urged"
    is Kim's, though the parser makes it a conjunct of "take". A speech act ("urged",
    "accused") with no subject of its own belongs to the speaker when the reported
    clause's subject cannot do it (no name, person or role word) or when its tense parts
    from the reported verb's ("would take" vs "urged").
    """
    head = token.head
    if (
        token.dep_ != "conj"
        or token.pos_ != "VERB"
        or head.dep_ != "ccomp"
        or any(c.dep_ in (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS) for c in token.children)
    ):
        return None
    c = cues()
    reporter = head.head
    if reporter.lemma_.lower() not in c["reporting_verbs"] or _nearest_subject(reporter) is None:
        return None
    if token.lemma_.lower() not in c["speech_act_verbs"]:
        return None
    inner = _nearest_subject(head)
    own_aux = any(x.dep_ == "aux" for x in token.children)
    tense_parts = (
        not own_aux
        and token.tag_ in ("VBD", "VBN")  # the parser tags "would ... and urged" VBN too
        and any(x.dep_ == "aux" and x.lower_ in c["modal_words"] for x in head.children)
        and not any(x.dep_ == "aux" and x.lemma_.lower() == "have" for x in head.children)
    )
    # "said police had abducted activists and urged the government to free them": the
    # pluperfect sets the reported act before the report; a plain past speech act beside
    # it ("urged", tagged VBD, not a participle under "had") is the report's own time
    backshifted = (
        not own_aux
        and token.tag_ == "VBD"
        and head.tag_ == "VBN"
        and any(x.dep_ == "aux" and x.lower_ == "had" for x in head.children)
    )
    return reporter if tense_parts or backshifted or not possible_agent(inner) else None


def possible_agent(token: Token | None) -> bool:
    """Whether a subject can speak or act: a name, a personal pronoun or a role word."""
    if token is None:
        return False
    if token.ent_type_ in ENTITY_MODIFIER_LABELS or token.tag_ == "PRP":
        return True
    return bool(sectors().by_word.get(token.lemma_.lower()))


def _of_object(token: Token) -> Token | None:
    """ "a wave of attacks" -> "attacks"."""
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return _child(prep, ("pobj",)) if prep is not None else None


def _nearest_subject(token: Token) -> Token | None:
    """The subject closest before the verb: a dateline the parser also hung on the verb as a
    subject ("LAGOS, Nigeria — Nigerian police fired …") is further away than the real one."""
    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) < 2:
        return subjects[0] if subjects else None
    before = [c for c in subjects if c.i < token.i]
    return before[-1] if before else subjects[0]


def _agent(token: Token) -> Token | None:
    for child in token.children:
        if (child.dep_ == "agent" and child.lower_ != "between") or (
            child.dep_ == "prep" and child.lower_ == "by"
        ):
            obj = _child(child, ("pobj",))
            # "extended by another week", "cut by 10 percent": a measure, not a doer
            if obj is not None and not (
                obj.ent_type_ in NOT_PARTICIPANTS
                or obj.lemma_.lower() in cues()["time_units"]
                or bare_means(obj)
            ):
                return obj
    return None


def bare_means(token: Token) -> bool:
    """ "wounded by gunfire", "hit by shrapnel": a weapon with no party named on it
    ("by police gunfire", "by Israeli shelling" name the doer)."""
    c = cues()
    if token.lower_ not in c["means_words"] and token.lemma_.lower() not in c["means_words"]:
        return False
    return not any(
        t.ent_type_ in ENTITY_MODIFIER_LABELS
        or t.lemma_.lower() in c["armed_party_words"]
        or t.dep_ == "poss"
        for t in token.subtree
        if t.i != token.i
    )


def _child(token: Token, deps: tuple[str, ...]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _prep_object(
    token: Token, preps: tuple[str, ...], *, skip: frozenset[str] = frozenset()
) -> Token | None:
    """The object of the first matching preposition; ``skip``: words the pattern itself named."""
    for child in token.children:
        if child.dep_ in ("prep", "prt", "dative") and child.lower_ in preps:
            obj = _child(child, ("pobj", "dobj"))
            if obj is None or obj.lemma_.lower() in skip or obj.lower_ in skip:
                continue
            if _participant(obj):
                return obj
            # "met with President Bashar Assad Tuesday": a name parsed as the date's compound
            name = next(
                (c for c in obj.children if c.dep_ == "compound" and c.ent_type_ == "PERSON"),
                None,
            )
            if name is not None:
                return name
    return None


def _participant(token: Token) -> bool:
    """Dates, amounts and quantities ("fled on August 15", "pledged 50 million euros") are not."""
    if token.lower_ in cues()["quantity_heads"] and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token.children
    ):
        return True  # "thousands of reservists"
    return token.ent_type_ not in NOT_PARTICIPANTS and token.lower_ not in cues()["amount_words"]


def _resolve(token: Token | None) -> Token | None:
    """A relative pronoun stands for the noun its clause modifies."""
    if token is None:
        return None
    if token.lower_ in cues()["relative_pronouns"] and token.head.dep_ in ("relcl", "acl"):
        return token.head.head
    if token.dep_ == "csubj" and token.tag_ == "VBG":
        # "Premier Cho, visiting the centre, urged people to ...": the parser makes the
        # aside the subject and the name its subject; the name is the one who urged
        named = next((c for c in token.lefts if c.dep_ == "nsubj"), None)
        if named is not None and any(t.lower_ == "," for t in token.doc[named.i + 1 : token.i]):
            return named
    if token.lower_ == "whose":  # "a campaigner, whose complaint started ...": the campaigner
        for anc in token.ancestors:
            if anc.dep_ == "relcl":
                return anc.head
    return token


def phrase_bounds(token: Token) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by ``token`` (no clauses, no "the")."""
    start = token.i
    for child in token.lefts:
        if child.dep_ in NP_LEFT_DEPS:
            start = min(start, child.left_edge.i)
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in ("compound", "flat") and child.i == end:
            end = child.i + 1
    if token.lemma_.lower() in cues()["role_heads"]:
        # "the leaders of Rwanda and Congo", "the prime minister of Poland": whose role
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ == "of" and child.i == end:
                obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if obj is not None and obj.ent_type_:
                    end = max([obj.i + 1] + [c.i + 1 for c in obj.children if c.dep_ == "conj"])
                break
    if token.lower_ in cues()["quantity_heads"] or token.pos_ == "NUM":
        # "thousands of nurses": the people are in the "of" phrase
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ == "of" and child.i == end:
                obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    end = obj.i + 1
                break
    doc = token.doc
    # Never reach back across a line break (a headline) or a dash: start after the last one.
    for i in range(token.i - 1, start - 1, -1):
        spaced_dash = doc[i].lower_ in ("-", "–", "—") and (
            bool(doc[i].whitespace_) or bool(doc[i - 1].whitespace_)
        )  # not the hyphen inside "Lee Jae-myung"
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_ or spaced_dash:
            start = i + 1
            break
    while start < token.i and (
        doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct or doc[start].is_space
    ):
        start += 1
    return start, end


def make_ref(token: Token, found: Findings) -> Ref:
    doc: Doc = token.doc
    start, end = phrase_bounds(token)
    named = titled_name(token)
    if named is not None:
        # "Senate Majority Leader Chuck Schumer": the title and the name, and the
        # name's entity rather than the body inside the title
        token, end = named, phrase_bounds(named)[1]
    span = doc[start:end]
    entity = found.mentions.entity_at(span.start_char, span.end_char)
    if entity is None:
        entity = found.mentions.entity_at(token.idx, token.idx + len(token.text))
    if entity is not None and _pronoun_possessor_only(token, span.start_char, span.end_char, found):
        entity = None  # "my children", "their lawyers": the possessor is not the party
    # "a court in Guyana", "dissidents from Egypt": the phrase names where the party is
    # from; the entity stays the head's own ("dissidents from Egypt" are not Egypt)
    span = doc[start : _origin_end(token, end)]
    return Ref(span.start_char, span.end_char, span.text, entity=entity)


def _pronoun_possessor_only(token: Token, start: int, end: int, found: Findings) -> bool:
    """Whether every mention inside a common-noun phrase is its personal possessive
    pronoun ("My children ask me for bread": the children, not the speaker "My" refers
    to; "his side" is not the coach)."""
    if token.pos_ != "NOUN":
        return False
    # "its fighters", "its army": an organisation's own people are the organisation
    owners = [
        c for c in token.children if c.dep_ == "poss" and c.tag_ == "PRP$" and c.lower_ != "its"
    ]
    if not owners:
        return False
    spans = {(o.idx, o.idx + len(o.text)) for o in owners}
    inside = found.mentions.mentions_between(start, end)
    return all((s, e) in spans for s, e, _ in inside)


def _origin_end(token: Token, end: int) -> int:
    """The end of an "in/from/of <place or people>" phrase right after a common-noun head."""
    if token.pos_ != "NOUN" or token.ent_type_:
        return end
    for child in token.rights:
        if child.i != end or child.dep_ != "prep" or child.lower_ not in cues()["origin_preps"]:
            continue
        obj = next((g for g in child.children if g.dep_ == "pobj"), None)
        if obj is not None and obj.ent_type_ in ORIGIN_LABELS:
            return _entity_end(obj)
        break
    return end


def _entity_end(token: Token) -> int:
    doc = token.doc
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    # "the Democratic Republic of the | Congo": a name the tagger split after "of the"
    if end < len(doc) and doc[end - 1].lower_ in ("of", "the") and doc[end].ent_iob_ == "B":
        return _entity_end(doc[end])
    return end


def sector_of(ref: Ref | None, doc: Doc, found: Findings) -> str | None:
    """The sector the text gives an actor: role words in the phrase, then the entity's roles."""
    if ref is None:
        return None
    table = sectors()
    words = [
        t.lemma_.lower() for t in doc.char_span(ref.start, ref.end, alignment_mode="expand") or []
    ]
    words += [t.lower_ for t in doc.char_span(ref.start, ref.end, alignment_mode="expand") or []]
    entity = found_entity(found, ref.entity)
    label_sector = None
    if entity is not None:
        for role in entity.roles:
            words.extend(role.lower().split())
        words.extend(entity.name.lower().split())
        label_sector = table.by_label.get(entity.label or "")
    hits = {s for w in words for s in table.by_word.get(w, ())}
    for sector in table.priority:
        if sector in hits:
            return sector
    return label_sector


def found_entity(found: Findings, entity_id: str | None) -> Entity | None:
    if entity_id is None:
        return None
    return next((e for e in found.entities if e.id == entity_id), None)
