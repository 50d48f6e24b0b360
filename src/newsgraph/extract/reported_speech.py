"""Indirect (reported) speech read from the dependency parse.

"X said (that) …", "X told Y …", "X believes / warned / denied …", "according to X, …",
"X's statement that …", and a cue set inside its content ("The talks, he said, failed").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.attribution import PRONOUNS, media_source, phrase, source_of
from newsgraph.extract.dateline import dateline_end
from newsgraph.extract.doc_tokens import doc_tokens, tokens_starting_in
from newsgraph.extract.entity_lexicons import lexicons as entity_lexicons
from newsgraph.extract.findings import doc_text
from newsgraph.extract.quote_lexicon import Cue, lexicon, particle_cue

__all__ = [
    "Reported",
    "coordinated_cue_source",
    "cue_span",
    "find_reported",
    "sets_the_scene",
    "vouches_for_clause",
]

# Verbs whose infinitive complement is what was said or wanted ("vowed to fight").
_XCOMP_CONTENT = lexicon().words["xcomp_content"]
_WRITER_STANCE = frozenset(lexicon().words["writer_stance"])
_SHARE_VERBS = frozenset(lexicon().words["share_stance_verbs"])
_SHARE_WORDS = frozenset(lexicon().words["share_words"])
_SURVEYS = frozenset(lexicon().words["survey_sources"])
_FIRST_PERSON_BELIEFS = frozenset(lexicon().words["first_person_not_cues"])
# Verbs whose object is never a thing but what was said: a long noun-phrase object is a
# misparsed clause.
_CLAUSE_VERBS = frozenset(lexicon().words["clause_verbs"])
_QUESTION_VERBS = frozenset(lexicon().words["question_verbs"])
_REFUSAL_VERBS = frozenset(lexicon().words["refusal_verbs"])
_MADE_ADJECTIVES = frozenset(lexicon().words["made_adjectives"])
_INFINITIVE_ADJECTIVES = frozenset(lexicon().words["infinitive_adjectives"])
_RECEIVED_NOUNS = frozenset(lexicon().words["received_stance_nouns"])
_RECEIVING_VERBS = frozenset(lexicon().words["receiving_verbs"])
_ASPECT_VERBS = frozenset(lexicon().words["aspect_verbs"])
_STANCE_ADJECTIVES = frozenset(lexicon().words["stance_adjectives"])
_COPULAR_NOUNS = frozenset(lexicon().words["copular_statement_nouns"])
_NOTE_OPENERS = tuple(lexicon().words["note_openers"])
_HEARSAY_ADVERBS = frozenset(lexicon().words["hearsay_adverbs"])
_HABIT_VERBS = frozenset(lexicon().words["habit_verbs"])
# Subordinators that make a clause a condition, time or reason, never what was said.
_ADVERBIAL_MARKS = frozenset(lexicon().words["adverbial_marks"])
_TRAILING_MARKS = frozenset(lexicon().words["subordinate_content_marks"])

# A wire dateline opening a paragraph: "KYIV, Ukraine —", "WASHINGTON (AP) --",
# "BRUSSELS, Nov. 23 -".


@dataclass
class Reported:
    """One reported-speech attribution, as tokens of ``doc``."""

    cue: Span
    cue_token: Token
    content: tuple[int, int]
    content_tokens: set[int] = field(default_factory=set)
    source: Span | None = None
    kind: str = "verb"  # verb | according_to | noun
    # "Kim said …, state media KCNA reported": the outlet that relays it.
    relay: Span | None = None


_SAYING_PARTICIPLES = lexicon().words["saying_participles"]


def _quoted_tokens(doc: Doc, spans: list[tuple[int, int]]) -> list[bool]:
    """For each token, whether it starts inside one of the character ``spans``."""
    flags = [False] * len(doc)
    for start, end in spans:
        for i in tokens_starting_in(doc, start, end):
            flags[i] = True
    return flags


def find_reported(doc: Doc, *, inside_quotes: list[tuple[int, int]]) -> list[Reported]:
    """Every indirect attribution outside the direct quotes in ``inside_quotes``."""
    out: list[Reported] = []
    verbs, nouns = lexicon().verbs, lexicon().nouns
    quoted = _quoted_tokens(doc, inside_quotes)

    for token in doc_tokens(doc):
        if quoted[token.i]:
            continue
        # each attribute read builds a new string: read the three tested here once
        lower, pos, lemma = token.lower_, token.pos_, token.lemma_.lower()
        found: Reported | None = None
        if lower == "according":
            found = _according_to(token)
        elif lower in _HEARSAY_ADVERBS and token.dep_ == "advmod":
            found = _hearsay(token)
        elif lower == "in" and token.dep_ == "prep":
            found = _in_survey(token)
        elif pos == "VERB" and lemma in verbs:
            found = _verb_cue(token)
        elif pos == "VERB" and (phrasal := particle_cue(token)) is not None:
            found = _verb_cue(token, entry=phrasal)
        elif _mistagged_verb(token):
            # "But Trump claims that he …" with "claims" tagged a plural noun
            found = _verb_cue(token, entry=verbs[lemma])
        elif _compound_headed_verb(token):
            found = _compound_headed_cue(token)
        elif pos == "ADJ" or _participle_adjective(token):
            found = _made_clear(token)
            if found is None and (_stance_word(token) or _stance_preposition(token) is not None):
                found = _adjective_cue(token)
        elif pos == "VERB" and _clausal_stance(token):
            found = _verb_cue(token, entry=_OTHER)
        elif pos == "NOUN" and lemma in _RECEIVED_NOUNS:
            found = _received_stance(token) or (_noun_cue(token) if lemma in nouns else None)
        elif pos == "NOUN" and lemma in nouns:
            found = _noun_cue(token) or _copular_statement(token)
        elif pos == "NOUN" and lemma in _COPULAR_NOUNS:
            found = _copular_statement(token)
        if found is not None and (
            _first_person_aside(found.cue_token)
            or _declined_comment(found.cue_token)
            or _anonymity_request(found.cue_token)
            or _comment_request(found)
            or _withheld_answer(doc, found)
            or _embedded_question(found.cue_token)
            or _naming_participle(found.cue_token)
            or _citing_source(found.cue_token)
        ):
            found = None
        if found is not None and _asked_participle(found.cue_token):
            # the question is the reporters'; the subject it was put to is the addressee
            found.source = None
            answer = _answer_clause(found.cue_token)
            if answer is not None:
                found = _narrowed(doc, found, {i for i in found.content_tokens if i < answer})
        if found is not None and _in_note(doc, found.cue_token):
            found = None
        if found is not None:
            found = _within_paragraph(doc, found)
        if found is not None:
            found = _after_dateline(doc, found)
        if found is not None and _declared_act(found):
            found = None
        if found is not None and found.content[1] > found.content[0]:
            out.append(found)
    return out


def _agentless_relative(token: Token, heads: list[Token]) -> bool:
    """ "delegates who are expected to support Clinton", "the final, which is expected
    to draw a large audience": an agentless passive cue in a relative clause, whose
    infinitive is the content (with the relative word, as PolNeAR marks it)."""
    return (
        token.dep_ == "relcl"
        and any(h.dep_ == "xcomp" for h in heads)
        and any(c.dep_ == "nsubjpass" and c.tag_ in ("WDT", "WP") for c in token.children)
    )


def _in_favour_of(token: Token) -> list[Token]:
    """The object of "in favor of" after a cue that takes "for" ("voted in favor of
    the bill"): what the cue is for."""
    return [
        pobj
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "in" and c.i > token.i
        for noun in c.children
        if noun.dep_ == "pobj" and noun.lemma_.lower() in ("favor", "favour")
        for of in noun.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for pobj in of.children
        if pobj.dep_ in ("pobj", "pcomp")
    ]


def _predicated_one(token: Token) -> Span | None:
    """ "Collins was the only Republican to vote against the bill": an infinitive on
    the noun predicated of a subject speaks for that subject."""
    head = token.head
    if not (
        token.dep_ == "relcl"
        and head.dep_ == "attr"
        and head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "aux" and c.lower_ == "to" and c.i < token.i for c in token.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    ):
        return None
    subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    return phrase(subject) if subject is not None else None


def _headline_future(token: Token) -> bool:
    """ "AFL-CIO to endorse Clinton", "Clinton to call for wider efforts …": a headline's
    "X to do" is what X will do; the infinitive heads the line and has its own subject."""
    return token.dep_ == "ROOT" and any(
        c.dep_ == "nsubj" and c.i < token.i - 1 for c in token.children
    )


def _clause_after_object(token: Token, clause: Token) -> bool:
    """ "At the moment Sanders announced his candidacy last spring, Mook was holding a
    meeting", "has claimed responsibility for the attack, leading police to …": a cue
    with its own object, and a comma between that object and a clause the parser hung
    on the cue with no "that" (after the object, or before the cue): the clause is the
    sentence's own, the object was said."""
    if _that_clause(clause) or any(m.dep_ == "mark" for m in clause.children):
        return False
    doc = token.doc
    for obj in token.children:
        if obj.dep_ != "dobj":
            continue
        if clause.i < token.i < obj.i:
            # "she has promised to push harder …, opposed his trade deal and …": a
            # series of verbs the parser hung on the cue; the cue's object was said.
            return any(t.text == "," for t in doc[clause.right_edge.i : token.i])
        if obj.i > clause.i:
            continue
        gap = doc[obj.right_edge.i + 1 : clause.i]
        if any(t.text == "," for t in gap):
            return True
    return False


def _reports_something(verb: Token) -> bool:
    """ "appeared to suggest that …", "seemed to call for …": the cue verb under
    appear/seem has a complement of its own; "appeared to push aides to …" has not
    ("push" is a cue only as "push for"), and the whole clause is the writer's reading."""
    entry = lexicon().verbs.get(verb.lemma_.lower())
    if entry is None:
        return False
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp"):
            return True
        if c.dep_ == "dobj" and entry.np:
            return True
        if c.dep_ == "prep" and c.lower_ in entry.preps:
            return True
    return False


def _relative_writer_stance(token: Token) -> bool:
    """ "those words, which appear to have harmed her": a relative clause read by the
    writer; PolNeAR's content is the clause with its relative word."""
    return (
        token.dep_ == "relcl"
        and token.lemma_.lower() in _WRITER_STANCE
        and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in token.children)
    )


def _habitual_stance(token: Token) -> bool:
    """ "Massie used to support Paul", "voters tended to back Clinton", "he went on to
    praise the judge": the infinitive is the subject's own stance, not an intention."""
    head = token.head
    if token.dep_ != "xcomp" or head.pos_ != "VERB" or head.lemma_.lower() not in _HABIT_VERBS:
        return False
    kids = [c for c in head.children]
    if head.lemma_.lower() == "go":
        return any(c.dep_ == "prt" and c.lower_ == "on" for c in kids)
    if head.lemma_.lower() == "use":
        # "used X to describe …" is a tool, not a habit
        return head.lower_ == "used" and not any(c.dep_ in ("dobj", "auxpass") for c in kids)
    return True


def _purpose_statement(token: Token, entry: Cue) -> bool:
    """ "took to the steps of City Hall to assail Sanders' record", "appeared on Fox to
    defend her": a speech act that the sentence's subject went somewhere to make."""
    return (
        token.dep_ == "advcl"
        and entry.kind in ("speech", "writing")
        # "background checks are expanded to add …": a process, not a speaker
        and source_of(token) is not None
    )


def _embedded_question(token: Token) -> bool:
    """ "declined to say how much the company expected to save", "asked what voters
    think": a cue inside an indirect question is what was asked, not what anyone said."""
    if token.dep_ not in ("ccomp", "xcomp", "pcomp") or token.pos_ != "VERB":
        return False
    asker = token.head
    withheld = any(c.dep_ == "neg" for c in asker.children) or (
        asker.dep_ == "xcomp" and asker.head.lemma_.lower() in _REFUSAL_VERBS
    )
    if asker.lemma_.lower() not in _QUESTION_VERBS and not withheld:
        # "explained how the company expected to save …" may still report the company
        return False
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or _answer_clause(asker) is not None:
        return False
    before = [t for t in token.subtree if t.i < subject.left_edge.i]
    return bool(before) and (
        before[0].tag_ in ("WRB", "WP", "WDT") or before[0].lower_ in ("whether", "if")
    )


def _without_question_put(cue: Token, content: set[int]) -> set[int]:
    """ "Asked by a reporter whether she had practised, she said, “I read it once”": the
    question put to the speaker opens the clause the parser gives the cue, but it is the
    reporter's, an attribution of its own; what she said starts after it."""
    tokens = doc_tokens(cue.doc)
    cut = -1
    for i in content:
        token = tokens[i]
        if i < cue.i and token.dep_ == "advcl" and _asked_participle(token):
            cut = max(cut, token.right_edge.i)
    if cut < 0:
        return content
    kept = {i for i in content if i > cut}
    return kept or content


def _naming_participle(token: Token) -> bool:
    """ "a group called Voters First", "a consulting firm called Gavekal": the participle
    names the noun it hangs on; nobody says anything."""
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and token.lemma_.lower() in lexicon().words["naming_participles"]
    )


def _citing_source(token: Token) -> bool:
    """ "…, the ministry said, citing intelligence reports", "…, Reuters reported, citing
    two officials": what a speaker cites as the origin of the claim is the speaker's
    source, not a statement of its own ("citing falling demand", a reason, still is)."""
    if token.lemma_.lower() != "cite" or token.tag_ != "VBG" or token.dep_ != "advcl":
        return False
    head = token.head
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in lexicon().verbs:
        head = head.head  # "said the town had fallen, citing reports": hung on the content
    if head.lemma_.lower() not in lexicon().verbs or head.i > token.i:
        return False
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if obj.ent_type_ in ("PERSON", "ORG", "NORP") or lexicon().is_outlet(obj.text):
        return True
    return obj.lemma_.lower() in lexicon().words["cited_sources"]


def _asked_participle(token: Token) -> bool:
    """ "Asked whether the administration had been involved, he said …": a passive
    participle of a question verb reports the question put to the subject, by someone
    else."""
    return (
        token.tag_ == "VBN"
        and token.dep_ in ("advcl", "ROOT")
        and token.lemma_.lower() in _QUESTION_VERBS
        and not any(c.dep_.startswith("nsubj") or c.dep_ == "auxpass" for c in token.children)
    )


def _answer_clause(asked: Token) -> int | None:
    """ "When asked why, Kim responded: …": the parser may hang the answer on the question
    participle as its clause; a clause with a subject of its own after a comma is the
    answer, not the question. Returns the index of that comma (the question ends there)."""
    if not _asked_participle(asked):
        return None
    doc = asked.doc
    for clause in asked.children:
        if clause.dep_ != "ccomp" or clause.i < asked.i:
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.i > clause.i:
            continue
        comma = next(
            (t.i for t in doc[asked.i + 1 : subject.left_edge.i] if t.text in (",", ";")), None
        )
        if comma is not None:
            return comma
    return None


def _mistagged_verb(token: Token) -> bool:
    """A "noun" with a subject and a clause of its own is a verb ("Trump claims that")."""
    return (
        token.pos_ == "NOUN"
        and token.tag_ == "NNS"
        and token.lemma_.lower() in lexicon().verbs
        and any(c.dep_ == "nsubj" for c in token.children)
        and any(c.dep_ == "ccomp" for c in token.children)
    )


def _compound_headed_verb(token: Token) -> bool:
    """ "Trump predicts that …", "The Sanders campaign projects that …": a cue in the
    present tense read as a plural noun heading a compound of the name before it, with
    a that-clause after it."""
    return (
        token.pos_ == "NOUN"
        and token.tag_ == "NNS"
        and token.dep_ == "ROOT"
        and token.lemma_.lower() in lexicon().verbs
        and not any(c.dep_ == "nsubj" for c in token.children)
        and any(c.dep_ == "compound" and c.i == token.i - 1 for c in token.children)
        and _that_clause_child(token) is not None
    )


def _that_clause_child(token: Token) -> Token | None:
    return next(
        (
            c
            for c in token.children
            if c.i > token.i
            and c.dep_ in ("ccomp", "acl", "relcl")
            and c.pos_ in ("VERB", "AUX")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )


def _compound_headed_cue(token: Token) -> Reported | None:
    """The cue, the that-clause after it, and the compound before it as the source."""
    clause = _that_clause_child(token)
    if clause is None:
        return None
    doc = token.doc
    content = _subtree(clause)
    span = _tokens_span(doc, content)
    if span is None:
        return None
    start = min(
        t.i for c in token.children if c.i < token.i and c.dep_ != "punct" for t in c.subtree
    )
    return Reported(
        cue=doc[token.i : token.i + 1],
        cue_token=token,
        content=span,
        content_tokens=content,
        source=doc[start : token.i],
    )


def _first_person_aside(token: Token) -> bool:
    """ "I believe …", "we feel …": under a first- or second-person subject these
    belief verbs are the writer's aside (first_person_not_cues). A third person's "he
    thinks …" is an attribution (PolNeAR train 0-300: 25 of 33 such were annotated)."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in _FIRST_PERSON_BELIEFS:
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in ("i", "we", "you")


def _declined_comment(token: Token) -> bool:
    """ "did not comment on the strikes", "declined to comment on the report", "refused
    comment": no statement was made, and what follows is only its topic."""
    words = lexicon().words
    lemma = token.lemma_.lower()
    if lemma in words["no_comment_verbs"]:
        negated = any(c.dep_ == "neg" for c in token.children)
        refused = token.dep_ == "xcomp" and token.head.lemma_.lower() in words["refusal_verbs"]
        return negated or refused
    if lemma in words["refusal_verbs"]:
        return any(
            c.lemma_.lower() in words["no_comment_verbs"] and c.dep_ in ("xcomp", "dobj")
            for c in token.children
        )
    return False


def _withheld_answer(doc: Doc, found: Reported) -> bool:
    """ "would not say whether", "has not said what it would do", "declined to say
    how": an open question nobody answered is no statement, nor is what someone did
    not say ("did not say that …")."""
    token = found.cue_token
    words = lexicon().words
    if token.lemma_.lower() in words["refusal_verbs"]:
        # "declined to say how …": the cue may be the refusal itself.
        token = next((c for c in token.children if c.dep_ == "xcomp"), token)
        refused = token is not found.cue_token
    else:
        refused = token.dep_ == "xcomp" and token.head.lemma_.lower() in words["refusal_verbs"]
    if token.lemma_.lower() not in words["withheld_speech_verbs"]:
        return False
    negated = any(c.dep_ == "neg" for c in token.children)
    after = [i for i in found.content_tokens if i > token.i]
    # "She did not say that the deal was off" states nothing either.
    openers = words["question_words"] | {"that"}
    return (negated or refused) and bool(after) and doc[min(after)].lower_ in openers


def _anonymity_request(token: Token) -> bool:
    """ "who asked not to be named", "requested anonymity": a source's terms for
    speaking, not something it said."""
    words = lexicon().words
    if token.lemma_.lower() not in words["anonymity_request_verbs"]:
        return False
    return any(
        c.dep_ in ("xcomp", "dobj", "ccomp") and c.lemma_.lower() in words["anonymity_words"]
        for c in token.children
    )


def _comment_request(found: Reported) -> bool:
    """ "did not respond to calls seeking comment", "did not return requests for
    comment": a bare "comment" asked for, as the cue or as the whole content, is the
    writer's request for a statement, never one."""
    words = lexicon().words
    doc = found.cue_token.doc
    content = found.content_tokens
    roots = [doc[i] for i in content if doc[i].head.i not in content or doc[i].head.i == i]
    for noun in [found.cue_token, *roots[:1]]:
        if noun.lower_ not in words["comment_nouns"] or noun.pos_ != "NOUN":
            continue
        if any(c.dep_ in ("det", "poss", "amod", "nummod") for c in noun.children):
            continue  # "his comments", "the response"
        head = noun.head
        if head.dep_ == "prep" and head.lower_ == "for":
            head = head.head
        if head.i != noun.i and head.lemma_.lower() in words["comment_requests"]:
            return True
    return False


def _within_paragraph(doc: Doc, found: Reported) -> Reported | None:
    """Reported content never runs past the cue's paragraph (the parser sometimes
    joins a paragraph to the next one)."""
    text = doc_text(doc)
    cue_at = found.cue_token.idx
    start = text.rfind("\n", 0, cue_at) + 1
    end = text.find("\n", cue_at)
    end = len(text) if end < 0 else end
    if start <= found.content[0] and found.content[1] <= end:
        return found
    tokens = doc_tokens(doc)
    return _narrowed(doc, found, {i for i in found.content_tokens if start <= tokens[i].idx < end})


def _after_dateline(doc: Doc, found: Reported) -> Reported | None:
    """Content that starts a paragraph starts after its dateline, if it has one."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, found.content[0]) + 1
    if text[start : found.content[0]].strip():
        return found
    end = dateline_end(text, start)
    if end is None or end <= found.content[0]:
        return found
    return _narrowed(doc, found, {i for i in found.content_tokens if doc[i].idx >= end})


def _narrowed(doc: Doc, found: Reported, kept: set[int]) -> Reported | None:
    """The attribution with only ``kept`` of its content tokens (None if none are left)."""
    span = _tokens_span(doc, kept)
    if span is None:
        return None
    found.content_tokens = kept
    found.content = span
    return found


def _tokens_span(doc: Doc, tokens: set[int]) -> tuple[int, int] | None:
    """Character span of the outermost tokens, without edge punctuation."""
    if not tokens:
        return None
    ordered = sorted(tokens)
    lo, hi = 0, len(ordered) - 1
    while lo < hi and (doc[ordered[lo]].is_punct and doc[ordered[lo]].text not in "“\"‘'"):
        lo += 1
    # "fallen to 2%": a closing mark or a percent sign ends the content
    while hi > lo and (doc[ordered[hi]].is_punct and doc[ordered[hi]].text not in "”\"’'%"):
        hi -= 1
    first, last = doc[ordered[lo]], doc[ordered[hi]]
    if first.is_punct and last.is_punct:
        return None
    last = _closing_bracket(doc, [ordered[k] for k in range(lo, hi + 1)]) or last
    return first.idx, last.idx + len(last.text)


_BRACKETS = {"(": ")", "[": "]"}


def _closing_bracket(doc: Doc, kept: list[int]) -> Token | None:
    """ "… the Rapid Support Forces (RSF)": content that opens a bracket it does not
    close ends with the bracket's closing mark right after it."""
    depth = 0
    opening = ""
    for i in kept:
        text = doc[i].text
        if text in _BRACKETS:
            depth, opening = depth + 1, text
        elif text in (")", "]") and depth:
            depth -= 1
    after = kept[-1] + 1
    if depth == 1 and after < len(doc) and doc[after].text == _BRACKETS[opening]:
        return doc[after]
    return None


def _subtree(token: Token) -> set[int]:
    return {t.i for t in token.subtree}


def cue_span(token: Token) -> Span:
    """The cue with its auxiliaries and negation ("has not endorsed", "was asked") and
    its particle ("lashed out")."""
    doc = token.doc
    start, end = token.i, token.i + 1
    for child in token.children:
        particle = child.dep_ == "prt" or (child.dep_ == "advmod" and particle_cue(token))
        if child.i == end and particle:
            end += 1
        if (
            child.dep_ in ("aux", "auxpass", "neg")
            and 0 < token.i - child.i <= 3
            and child.lower_ != "to"
        ):
            start = min(start, child.i)
    return doc[start:end]


# Any verb with a that-clause and a speaker-like subject ("Trump hinted that …").
_OTHER = Cue(lemma="", pos="VERB", kind="other")


def _speaker_subject(token: Token) -> bool:
    """The subject is a named person or organisation, or a personal pronoun."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and (
        subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or subject.lower_ in ("he", "she", "they", "we", "i")
    )


def _share_subject(token: Token) -> bool:
    """The subject is a poll share: "About three-quarters", "6 in 10 white men", "most"."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        subject = next((c for c in token.children if c.dep_ == "nummod" and c.i < token.i), None)
    if subject is None:
        return False
    return any(t.like_num or t.lower_ in _SHARE_WORDS for t in subject.subtree)


def _clausal_stance(token: Token) -> bool:
    has_that = any(c.dep_ == "ccomp" and _that_clause(c) for c in token.children)
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return (
        has_that
        and subject is not None
        and (
            subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            or subject.lower_ in ("he", "she", "they", "we", "i")
        )
    )


def _that_clause(head: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children)


def _verb_cue(token: Token, *, entry: Cue | None = None) -> Reported | None:
    entry = entry or lexicon().verbs[token.lemma_.lower()]
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if (
        infinitive
        and not any(c.dep_ == "ccomp" for c in token.children)
        # "continued to call for …", "began to argue that …": the statement itself
        # "appeared to blame …": the statement behind the writer's reading
        and not (
            token.dep_ == "xcomp" and token.head.lemma_.lower() in _ASPECT_VERBS | _WRITER_STANCE
        )
        and not _habitual_stance(token)
        # "voters were more likely to support Clinton": a share's stance.
        and not (
            token.dep_ == "xcomp"
            and token.head.dep_ == "acomp"
            and token.head.lemma_.lower() in _INFINITIVE_ADJECTIVES
        )
        and not _purpose_statement(token, entry)
        and _predicated_one(token) is None
        and not _headline_future(token)
    ):
        return None  # "to get Massoud to pledge …": an intention, not a statement
    if particle_cue(token) is None and any(
        c.dep_ == "prt" and c.lower_ in ("up", "off", "in", "down") for c in token.children
    ):
        return None  # "called up fighters", "backed off" (but "weighed in on")
    heads = [c for c in token.children if c.dep_ == "ccomp" and not _semicolon_clause(c, token)]
    if entry.np and not entry.addressee_object:
        heads = [c for c in heads if not _clause_after_object(token, c)]
    if any(c.dep_ == "mark" and c.lower_ in _ADVERBIAL_MARKS for c in token.children):
        # "Viguerie is upbeat …, in part because he sees Cruz as a uniter": the cue's
        # clause is the subordinate one; the clause before it is the sentence's own.
        heads = [c for c in heads if c.i > token.i]
    speaker_clause = _verbless_speaker_clause(token, heads)
    if speaker_clause is not None:
        heads = [c for c in heads if c.i != speaker_clause.i]
    relay_clause = next((c for c in heads if _trailing_report(c, token)), None)
    if relay_clause is not None and len(heads) > 1:
        heads = [c for c in heads if c.i != relay_clause.i]
    else:
        relay_clause = None
    if any(c.i > token.i and _that_clause(c) for c in heads):
        # "Haddad defended the plan, a day after the bank warned that it could …": a
        # that-clause after the cue is what it reports; a clause before it is the
        # sentence the parser hung on it.
        heads = [c for c in heads if c.i > token.i]
    if len(heads) > 1 and any(_that_clause(c) for c in heads):
        # "said in a statement carried by the news agency KCNA that …": a lone name the
        # parser took for a clause of its own is no part of what was said
        heads = [c for c in heads if c.pos_ in ("VERB", "AUX") or any(True for _ in c.children)]
    if not heads and entry.addressee_object:
        # "told a regular briefing that China would …": the parser hangs the clause on
        # the addressee.
        heads = [
            c
            for obj in token.children
            if obj.dep_ in ("dobj", "dative")
            for c in obj.children
            if c.dep_ in ("acl", "relcl", "ccomp") and _that_clause(c)
        ][:1]
    if (
        not heads
        and entry.kind in ("speech", "writing")
        and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)
    ):
        # "pointed out the progress", "laid out his plan": what was set out.
        heads = [c for c in token.children if c.dep_ == "dobj"][:1]
    if not heads and token.lemma_.lower() in _QUESTION_VERBS:
        # "asked Clinton if Trump benefits …": the parser reads the question as an
        # adverbial clause.
        heads = [
            c
            for c in token.children
            if c.dep_ == "advcl"
            and c.i > token.i
            and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)
        ][:1]
    if not heads and token.lemma_ in _XCOMP_CONTENT:
        heads = [c for c in token.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    if not heads and (entry.np or token.lemma_.lower() in _XCOMP_CONTENT):
        # "calling Trump a fascist" parsed with "Trump" as a clause holding "a fascist"
        heads = [
            c
            for c in token.children
            if c.dep_ == "xcomp"
            and c.pos_ in ("PROPN", "NOUN", "PRON")
            and any(g.dep_ == "dobj" for g in c.children)
        ][:1]
    if not heads and any(c.dep_ == "oprd" for c in token.children):
        # "called him a political opportunist": the object and what it was called
        heads = [c for c in token.children if c.dep_ in ("dobj", "oprd")]
    object_ok = entry.np or (
        entry.kind in ("speech", "writing")
        and entry.lemma not in lexicon().words["object_not_content"]
        and _speaker_subject(token)
        and (entry.lemma not in lexicon().words["speech_object_verbs"] or _said_object(token))
    )
    if not heads and token.lemma_.lower() in _SHARE_VERBS and _share_subject(token):
        object_ok = True
    if not heads and object_ok and not _armed_attack(token):
        heads = _object_with_complement(token, pronoun_ok=entry.np)
    if not heads and entry.kind == "belief":
        # "voters see Sanders as electable": a belief about an object, with what it is
        # taken for.
        heads = _object_with_complement(token)
        if not any(h.dep_ == "prep" and h.lower_ == "as" for h in heads):
            heads = []
    if not heads and entry.lemma in _CLAUSE_VERBS:
        # "the candidate said families of people killed by police file lawsuits": a
        # long "object" of say/tell/claim is a clause the parser read as a noun phrase.
        heads = [
            c
            for c in token.children
            if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and len(list(c.subtree)) >= 5
        ][:1]
    if not heads and entry.kind == "speech":
        # "55 percent said so", "a third said that of Cruz", "Democrats said yes"
        heads = [
            c
            for c in token.children
            if (
                c.dep_ in ("advmod", "dobj", "intj")
                and c.lower_ in ("so", "yes", "no", "that", "this")
            )
            or (c.dep_ == "dobj" and c.lemma_ == "same")
        ]
    deps = {c.dep_ for c in token.children}
    if not heads and entry.np and "dobj" not in deps and "agent" in deps:
        # "it was not mentioned by …": the passive subject is what was said
        heads = [c for c in token.children if c.dep_ == "nsubjpass"]
    if not heads and "nsubjpass" in deps and "agent" not in deps:
        # "Roof is accused of killing …", "Reagan was criticized for …", "he was asked
        # about …": the passive subject and what it is charged with or asked about.
        heads = [
            c
            for c in token.children
            if c.dep_ == "nsubjpass"
            or (
                c.dep_ == "prep"
                and c.lower_ in _PASSIVE_PREPS
                and c.i > token.i
                # "known as the 'Old Man of the Mountains'": a nickname, not a charge
                and not (c.lower_ == "as" and any(t.is_quote for t in c.subtree))
            )
        ]
        if len(heads) < 2:
            heads = []
    if not heads and entry.kind in ("speech", "writing", "belief"):
        # "said after the convention he would not accept …", "tweeted in the early
        # morning hours that Machado was …": the parser reads the reported clause as an
        # adverbial one; a finite clause with its own subject and no adverbial
        # subordinator ("if", "because", "when") is what was said.
        heads = [c for c in token.children if _reported_advcl(c, token)][:1]
    if not heads and entry.kind in ("speech", "writing"):
        # "said earlier on Friday during a news conference that …": a that-clause the
        # parser hung lower down in the cue's phrase.
        heads = [
            t
            for t in token.subtree
            if t.i > token.i
            and t.dep_ in ("acl", "advcl", "relcl", "ccomp")
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in t.children)
            and t.i - token.i <= 12
        ][:1]
    if not heads and entry.preps:
        # "called for a ceasefire", "talked about the economy"
        heads = [
            pobj
            for c in token.children
            if c.dep_ == "prep" and c.lower_ in entry.preps
            for pobj in c.children
            if pobj.dep_ in ("pobj", "pcomp")
            # "agreed on Wednesday": a day is when, not what
            and not (pobj.ent_type_ in ("DATE", "TIME") and len(list(pobj.subtree)) <= 3)
        ]
        heads += _trailing_as(token, heads)
    if not heads and "for" in entry.preps:
        # "voted in favor of the bill", "argued in favour of a ban"
        heads = _in_favour_of(token)
    marked: Token | None = None
    if not heads and entry.preps:
        # "is calling for the United States to step up …": the parser reads the
        # preposition as the mark of an infinitive clause.
        marked = next(
            (
                m
                for c in token.children
                if c.dep_ == "advcl" and c.i > token.i
                for m in c.children
                if m.dep_ == "mark" and m.lower_ in entry.preps and m.i == token.i + 1
            ),
            None,
        )
        heads = [marked.head] if marked is not None else []
    content: set[int] = set()
    if heads:
        heads = heads + _addressee_with_infinitive(token, entry, heads)
        for head in heads:
            content |= _subtree(head)
        if marked is not None:
            content.discard(marked.i)
        content = _last_conjunct(token, heads, content)
        content = _without_other_attributions(token, heads, content)
        content = _without_trailing_aside(token.doc, content)
        content = _from_complementizer(token, heads, content)
        content = _without_leading_time(token, heads, content)
        if token.dep_ == "relcl":
            content = _relative_clause_content(token, content)
        pronoun = [token.doc[i] for i in content if i < token.i]
        if (
            len(pronoun) == 1
            and pronoun[0].lower_ in ("which", "who", "that")
            and pronoun[0].dep_ in ("nsubj", "nsubjpass")
            and pronoun[0].head.i > token.i
        ):
            # "…, which he said could cause cracks" parsed with the cue as an adverbial
            # clause: the relative pronoun only stands for the noun; the content
            # starts after the cue.
            content = {i for i in content if i > token.i}
    elif (wh := _wh_object(token)) is not None:
        # "in what some believe is a signal": the content is the clause around the cue.
        branch = token
        while branch.head.i != wh.i:
            branch = branch.head
        content = _subtree(wh) - _subtree(branch)
        content -= {c.i for c in wh.children if c.dep_ in ("nsubj", "nsubjpass") for c in c.subtree}
    elif (as_clause := _as_aside(token, entry)) is not None:
        # "As Menendez pointed out, the rulings have real impact": the clause the aside
        # is set in is what was pointed out.
        content = _subtree(as_clause) - _subtree(token)
        doc = token.doc
        before = [i for i in content if i < token.left_edge.i]
        if all(doc[i].is_punct or doc[i].dep_ == "cc" for i in before):
            content = {i for i in content if i > token.right_edge.i}  # "And as X noted, …"
    elif _parenthetical(token):
        # "The talks, he said, have failed": the content is the clause the cue sits in.
        clause = token.head
        if clause.dep_ in ("aux", "auxpass") and clause.head.i > clause.i:
            # "Republicans, he said, had “bent to …”": the parser hangs the cue on the
            # auxiliary when a quotation mark splits it from its verb.
            clause = clause.head
        content = _subtree(clause) - _subtree(token)
        # "…, the group said, according to Reuters": the relay after the aside is no
        # part of what was said
        content -= {
            t.i
            for c in clause.children
            if c.lower_ == "according" and c.i > token.i
            for t in c.subtree
        }
        if clause.i < token.i:
            # "North Korea fired a missile, the military said, hours after Pyongyang
            # warned …": a time clause after an aside closing the clause is the writer's
            content -= {
                t.i
                for c in clause.children
                if c.dep_ == "advcl"
                and c.left_edge.i > token.right_edge.i
                and any(m.dep_ == "mark" and m.lower_ in _TIME_MARKS for m in c.children)
                for t in c.subtree
            }
    else:
        return None
    if _says_nothing(token, heads):
        return None
    source = coordinated_cue_source(token) or source_of(token) or _predicated_one(token)
    if source is None and speaker_clause is not None:
        source = phrase(speaker_clause)
    if source is None and any(h.dep_ == "xcomp" for h in heads):
        # "Obama is expected to join Clinton": PolNeAR's content takes in the subject.
        content |= {t.i for c in token.children if c.dep_ == "nsubjpass" for t in c.subtree}
    if token.lemma_.lower() in _WRITER_STANCE and any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" and _reports_something(c) for c in token.children
    ):
        # "he appeared to suggest that …", "seemed to think …": the inner cue is the
        # attribution, with the subject as its source.
        return None
    if token.lemma_.lower() in _WRITER_STANCE:
        # "Smith appeared to lose his temper": the writer's reading; the whole clause.
        content |= {t.i for c in token.children if c.dep_ == "nsubj" for t in c.subtree}
        source = None
    content = _without_question_put(token, content)
    span = _tokens_span(token.doc, content)
    if span is None:
        return None
    if (
        source is None
        and token.dep_
        not in (
            "ROOT",
            "pcomp",
            "conj",
            "advcl",
            "xcomp",
            "parataxis",
            "ccomp",
        )
        and not _agentless_relative(token, heads)
        and not _relative_writer_stance(token)
    ):
        return None
    cue = cue_span(token)
    preps = [h.head for h in heads if h.dep_ in ("pobj", "pcomp") and h.head.head.i == token.i]
    if preps and 0 <= preps[0].i - cue.end < 3:
        cue = token.doc[cue.start : preps[0].i + 1]  # "called for", "talked about"
    elif marked is not None:
        cue = token.doc[cue.start : marked.i + 1]
    relay = None
    if relay_clause is not None:
        subject = next(c for c in relay_clause.children if c.dep_ == "nsubj")
        relay = phrase(subject) if media_source(phrase(subject)) else None
    return Reported(
        cue=cue, cue_token=token, content=span, content_tokens=content, source=source, relay=relay
    )


def _verbless_speaker_clause(token: Token, heads: list[Token]) -> Token | None:
    """ "Officials in Polk County, the state's largest, said they …": the parser reads
    the speaker and its comma-set appositive as a verbless clause ("officials … largest")
    before a subjectless cue. A "clause" headed by an adjective or noun with no verb,
    copula or auxiliary, set off by a comma right before the cue, while the cue has a
    clause of its own after it, is the speaker."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return None
    if not any(c.i > token.i for c in heads):
        return None
    for c in heads:
        if (
            c.i < token.i
            and c.pos_ in ("ADJ", "NOUN", "PROPN")
            and c.right_edge.i + 1 == token.i - 1
            and token.doc[token.i - 1].text == ","
            and not any(g.dep_ in ("aux", "auxpass", "cop", "mark") for g in c.children)
            and any(
                g.dep_ == "nsubj" and g.left_edge.i == c.left_edge.i and g.pos_ in ("NOUN", "PROPN")
                for g in c.children
            )
        ):
            return c
    return None


def _trailing_report(clause: Token, cue: Token) -> bool:
    """ "Kim said the country would …, state media KCNA reported": a reporting verb
    after a comma, with a subject and nothing reported of its own, that the parser
    made a second clause of the cue; it reports the whole sentence."""
    doc = cue.doc
    return (
        clause.i > cue.i
        and clause.pos_ == "VERB"
        and clause.lemma_.lower() in lexicon().verbs
        and any(c.dep_ == "nsubj" for c in clause.children)
        and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in clause.children)
        and clause.left_edge.i > cue.i + 1
        # the comma opens the clause or the parser hung it on the clause
        and "," in (clause.left_edge.text, doc[clause.left_edge.i - 1].text)
    )


def vouches_for_clause(relay: Reported, cues: list[Token | None]) -> bool:
    """ "According to a person in attendance, Mook told aides that …", "according to the
    survey, Clinton has support from 52 percent": an "according to" whose source is no
    news outlet, or whose clause holds no speech of its own, vouches for the whole clause
    itself; an outlet or a report relaying a statement ("according to CNN, Kim said …",
    "according to reports, he told …") only relays."""
    if relay.source is None:
        return False
    relays_only = media_source(relay.source) or (
        relay.source.root.lemma_.lower() in lexicon().words["relay_documents"]
    )
    if not relays_only:
        return True
    verbs = lexicon().verbs
    return not any(
        c is not None
        and c.pos_ == "VERB"
        and c.lemma_.lower() in verbs
        and verbs[c.lemma_.lower()].kind in ("speech", "writing")
        for c in cues
    )


def _addressee_with_infinitive(token: Token, entry: Cue, heads: list[Token]) -> list[Token]:
    """ "called on FEMA to conduct a review", "called for a prosecutor to investigate":
    whom the call is for and what they are to do are one content."""
    if not entry.preps:
        return []
    infinitives = [
        c
        for c in token.children
        if c.dep_ in ("xcomp", "advcl")
        and c.i > token.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    pobjs = [
        p
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in entry.preps and c.i == token.i + 1
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if len(infinitives) != 1 or len(pobjs) != 1:
        return []
    pobj, infinitive = pobjs[0], infinitives[0]
    if infinitive.left_edge.i != pobj.right_edge.i + 1:
        return []
    present = {h.i for h in heads}
    return [t for t in (pobj, infinitive) if t.i not in present]


def _reported_advcl(clause: Token, cue: Token) -> bool:
    if clause.dep_ != "advcl" or clause.i < cue.i or clause.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in _ADVERBIAL_MARKS for c in clause.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _ADVERBIAL_MARKS for c in clause.children):
        return False  # "when he was asked", "as he spoke"
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False  # "calling for him to be named": the parser's reading of "for"
    finite = clause.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") for c in clause.children
    )
    # the clause follows the cue closely, past only adverbials ("after the convention")
    return finite and clause.left_edge.i - cue.i <= 8


def _says_nothing(token: Token, heads: list[Token]) -> bool:
    """Readings of a cue word that report no statement: blame aimed at an actor with no
    charge ("criticized the central bank", "has not attacked Israel"); seeing as
    causation ("a deal that would see troops withdraw") or as a wish to learn ("wanted
    to see more good data")."""
    words = lexicon().words
    lemma = token.lemma_.lower()
    objects_only = bool(heads) and all(h.dep_ == "dobj" for h in heads)
    if objects_only and lemma in words["target_verbs"] and _names_an_actor(heads[0]):
        return True
    if lemma in words["perception_verbs"] and any(
        h.dep_ == "ccomp"
        and h.tag_ == "VB"
        and not any(c.dep_ in ("aux", "mark") for c in h.children)
        for h in heads
    ):
        return True
    return bool(heads) and all(
        h.dep_ == "xcomp" and h.lemma_.lower() in words["perception_verbs"] for h in heads
    )


def _declared_act(found: Reported) -> bool:
    """ "president declares emergency", "declared a state of emergency", "declared
    martial law": what a declaring verb reports is an act put in force when its content
    is a noun phrase (no verb) naming one ("a state of emergency", "a day of mourning"
    name it after "of")."""
    words = lexicon().words
    if found.cue_token.lemma_.lower() not in words["declaring_verbs"]:
        return False
    doc = found.cue_token.doc
    tokens = [doc[i] for i in sorted(found.content_tokens) if not doc[i].is_punct]
    if not tokens or any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return False
    nouns = [t for t in tokens if t.pos_ in ("NOUN", "PROPN")]
    first_noun = next((t for t in nouns if t.lower_ not in ("state", "day", "period")), None)
    return first_noun is not None and first_noun.lemma_.lower() in words["declared_acts"]


def _said_object(token: Token) -> bool:
    """ "added a note of caution", "added a warning": the object, or what it is "of",
    is a thing said; "added a second with a header" adds no statement."""
    words = lexicon().words["speech_objects"]
    nouns = lexicon().nouns
    for obj in token.children:
        if obj.dep_ != "dobj":
            continue
        inner = [
            p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
        ]
        if any(n.lemma_.lower() in nouns or n.lower_ in words for n in [obj, *inner]):
            return True
    return False


def _armed_attack(token: Token) -> bool:
    """ "Gunmen attacked the army base, killing 12", "drones struck the port": a verb
    that can be criticism is force when armed actors do it or it kills or wounds."""
    words = lexicon().words
    if token.lemma_.lower() not in words["force_verbs"]:
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lemma_.lower() in words["armed_actors"]:
        return True
    harm = set(words["harm_verbs"])
    return any(
        t.lemma_.lower() in harm and t.pos_ == "VERB"
        for c in token.children
        if c.dep_ in ("advcl", "conj")
        for t in (c, *(g for g in c.children if g.dep_ == "conj"))
    )


def _names_an_actor(obj: Token) -> bool:
    """The object is a person, body or place: a name, a pronoun, "the central bank"."""
    if any(c.dep_ in ("acl", "relcl") for c in obj.children):
        return False  # "the bank's decision to …", "the people who …": more than who
    return (
        obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "LOC")
        or obj.lower_ in PRONOUNS
        or obj.lemma_.lower() in lexicon().words["org_descriptions"]
        or obj.lower_ in lexicon().groups
    )


def _from_complementizer(cue: Token, heads: list[Token], content: set[int]) -> set[int]:
    """ "said, citing intelligence reports, that the town had fallen", "said on Tuesday,
    in a statement, that …": an aside between the cue and the "that" opening its clause
    tells how it was said, not what; the content starts at "that"."""
    marks = [
        m.i
        for h in heads
        if h.dep_ == "ccomp" and h.i > cue.i
        for m in h.children
        if m.dep_ == "mark" and m.lower_ == "that" and m.i > cue.i
    ]
    if len(marks) != 1:
        return content
    before = [i for i in content if cue.i < i < marks[0]]
    if not before or not any(cue.doc[i].text == "," for i in before):
        return content
    return {i for i in content if i >= marks[0] or i < cue.i}


def _without_leading_time(cue: Token, heads: list[Token], content: set[int]) -> set[int]:
    """ "said on Thursday it had recaptured …", "said last week it would …": with no
    "that", the parser hangs the cue's time adverbial on the reported clause; it tells
    when it was said, and the content starts at the clause's subject."""
    after = [h for h in heads if h.i > cue.i]
    if not after:
        return content
    head = min(after, key=lambda h: h.left_edge.i)
    if head.dep_ != "ccomp":
        return content
    start = min((i for i in content if i > cue.i), default=None)
    if start is None or start != head.left_edge.i:
        return content
    i = start
    while True:
        adverbial = next((c for c in head.children if c.left_edge.i == i and c.i < head.i), None)
        if adverbial is None or not _time_adverbial(adverbial):
            break
        i = adverbial.right_edge.i + 1
    if i == start or not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") and c.left_edge.i == i for c in head.children
    ):
        return content
    return {j for j in content if j >= i}


def _without_trailing_aside(doc: Doc, content: set[int]) -> set[int]:
    """Content ends before a comma-set relative clause on a name that closes it
    ("… beside Hillary Clinton, who has been battered by …"): the writer's aside, not
    part of what was said; and before a closing "according to X" (the relay)."""
    tokens = doc_tokens(doc)
    for i in sorted(content):
        token = tokens[i]
        if (
            token.dep_ == "relcl"
            and token.head.pos_ == "PROPN"
            and token.left_edge.i > 0
            and doc[token.left_edge.i - 1].text == ","
            and token.right_edge.i >= max(content) - 1
        ):
            cut = token.left_edge.i - 1
            return {j for j in content if j < cut}
        if (
            token.lower_ == "according"
            and token.dep_ == "prep"
            and token.right_edge.i >= max(content) - 1
            and token.i > min(content)
        ):
            # "she said she would oppose him, according to a statement": the relay that
            # closes the content is no part of what was said
            return {j for j in content if j < token.i}
    return content


def _relative_clause_content(cue: Token, content: set[int]) -> set[int]:
    """A cue inside a relative clause ("a bill that critics say mirrors a Russian law,
    the largest demonstration since …"): what it reports follows the cue (the relative
    pronoun only stands for the noun), and the clause ends where a comma-set apposition
    begins and runs to its end; the parser hangs the sentence's own aside on the
    content. A name set off by commas ("the director, Lonnie Bunch") stays."""
    kept = {i for i in content if i > cue.i}
    doc = cue.doc
    for i in sorted(kept):
        token = doc[i]
        if (
            token.dep_ == "appos"
            and token.pos_ == "NOUN"
            and token.right_edge.i >= max(kept)
            and token.left_edge.i > 0
            and doc[token.left_edge.i - 1].text == ","
        ):
            kept = {j for j in kept if j < token.left_edge.i - 1}
            break
    return kept or content


# Words that join a further clause to reported content ("…, and he railed against …").
_JOINERS = frozenset(["and", "but", "while", "whereas", "as", ",", ";", "—", "–", "-"])


def _without_other_attributions(cue: Token, heads: list[Token], content: set[int]) -> set[int]:
    """Reported content stops where a further attribution is coordinated onto it:
    "Rubio said the extremist is Clinton, and he railed against the moderators", "said
    he plans to …, insisting that …", "one says A, while another says B". The parser
    hangs the second cue inside the first content; it is a statement of its own."""
    verbs = lexicon().verbs
    cut = len(cue.doc)
    for head in heads:
        for t in head.subtree:
            if (
                t.i > head.i
                and t.dep_ in ("conj", "advcl")
                and t.pos_ == "VERB"
                and t.lemma_.lower() in verbs
                and t.head.i in content
                and not _second_that_clause(t)
                and not _subordinate_clause(t)
                and not _reported_belief(t)
                and (
                    # "…, and more than 4 in 10 said …": a share as subject too
                    any(c.dep_ == "nsubj" or (c.dep_ == "nummod" and c.i < t.i) for c in t.children)
                    # "said he found Trump charming and called his standing …": the
                    # parser coordinates the second cue inside the first content.
                    or (
                        t.dep_ == "conj"
                        and t.tag_ in ("VBD", "VBZ", "VBP")
                        # "… and warned against potential hackers": also a cue's own
                        # preposition
                        and any(
                            c.dep_ in ("ccomp", "dobj", "xcomp")
                            or (c.dep_ == "prep" and c.lower_ in verbs[t.lemma_.lower()].preps)
                            for c in t.children
                        )
                    )
                    or _further_statement(t)
                )
            ):
                cut = min(cut, t.left_edge.i)
            elif t.i > head.i and t.text in ("--", "—", "–") and _dash_aside_attributed(t, content):
                cut = min(cut, t.i)
            elif t.i > head.i and (
                _writers_contrast(t, head) or _trailing_relative_attribution(t, content)
            ):
                cut = min(cut, t.left_edge.i)
    if cut == len(cue.doc):
        return content
    kept = {i for i in content if i < cut}
    while kept and (cue.doc[max(kept)].lower_ in _JOINERS or cue.doc[max(kept)].is_space):
        kept.discard(max(kept))
    return kept or content


def _second_that_clause(verb: Token) -> bool:
    """ "said that the bill would pass and that he expected support for it": a clause
    opened by its own "that" after "and" is a second complement of the outer cue, not
    a statement of its own (PolNeAR keeps both in one content)."""
    return verb.dep_ == "conj" and any(
        c.dep_ == "mark" and c.lower_ == "that" and c.i < verb.i for c in verb.children
    )


def _subordinate_clause(verb: Token) -> bool:
    """ "said the unions would not back him because he did not want their money": a
    clause of reason, condition or time under the reported clause is part of what was
    said, even with a cue verb of its own (PolNeAR keeps it in the content)."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _TRAILING_MARKS and c.i < verb.i for c in verb.children
    )


def _reported_belief(verb: Token) -> bool:
    """ "said voters were angry and they wanted a change": a belief or stance verb
    coordinated inside reported content is part of what was said."""
    return lexicon().verbs[verb.lemma_.lower()].kind in ("belief", "stance")


def _last_conjunct(cue: Token, heads: list[Token], content: set[int]) -> set[int]:
    """ "Protesters clashed with police, and a man was shot dead near the square, the
    ombudsman's office said": a cue after clauses joined by ", and"/", but", each with
    its own subject, vouches for the last one; the writer tells the first."""
    if len(heads) != 1 or heads[0].dep_ != "ccomp" or heads[0].i > cue.i:
        return content
    head = heads[0]
    doc = cue.doc
    if any(t.is_quote or t.text in ("''", "``") for t in doc[cue.sent.start : cue.i]):
        return content  # a quotation is the speaker's words, every clause of them
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None or not _institution(subject):
        # "…, and the meeting deteriorated from there, said a person in the room": a
        # witness tells the whole story (PolNeAR marks it so).
        return content
    clauses = [
        c
        for c in head.children
        if c.dep_ == "conj"
        and c.i < cue.i
        and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
        and any(
            b.dep_ == "cc" and b.lower_ in ("and", "but") and b.i > 0 and doc[b.i - 1].text == ","
            for b in head.children
            if b.i < c.i
        )
    ]
    if not clauses:
        return content
    last = max(clauses, key=lambda c: c.i)
    kept = {i for i in content if i >= last.left_edge.i}
    return kept or content


def _institution(subject: Token) -> bool:
    """ "the agency", "the ombudsman's office", "the ministry", "police": a body that
    issues figures, by a common noun that is no person or group of people."""
    ent_lex = entity_lexicons()
    people = ent_lex.role_heads | ent_lex.person_nouns | lexicon().groups
    noun = subject.lemma_.lower()
    return (
        subject.pos_ == "NOUN"
        and noun not in people
        and (noun in ent_lex.org_nouns or noun in lexicon().words["org_descriptions"])
    )


def _writers_contrast(verb: Token, head: Token) -> bool:
    """ "Clinton says the mails were personal, but for Republicans, it is a smoking gun":
    a clause coordinated by ", but" onto the content's own verb, with a subject of its
    own opened by a fronted phrase, is the writer's contrast."""
    if verb.dep_ != "conj" or verb.head.i != head.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    doc = verb.doc
    but = next((c for c in head.children if c.dep_ == "cc" and c.lower_ == "but"), None)
    if but is None or but.i == 0 or doc[but.i - 1].text != "," or but.i > verb.i:
        return False
    # "but for Republicans, it is …": a fronted phrase and comma before the subject
    return any(doc[j].text == "," for j in range(but.i + 1, verb.i))


def _trailing_relative_attribution(verb: Token, content: set[int]) -> bool:
    """ "is hostile to Donald Trump, who has mused about abandoning …": a comma-set
    relative clause closing the content whose verb is a cue is the writer's aside
    attributing something else to the noun; it is no part of the first content."""
    doc = verb.doc
    return (
        verb.dep_ == "relcl"
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in lexicon().verbs
        and verb.left_edge.i > 0
        and doc[verb.left_edge.i - 1].text == ","
        and doc[verb.left_edge.i].tag_ in ("WP", "WDT")
        and verb.right_edge.i >= max(content) - 1
    )


def _dash_aside_attributed(dash: Token, content: set[int]) -> bool:
    """ "… for interference in the election -- meddling the congressman said is designed
    to …": what follows the dash is attributed anew, so it is no part of the content."""
    doc = dash.doc
    rest = [doc[i] for i in sorted(content) if i > dash.i]
    return any(
        t.pos_ == "VERB"
        and t.lemma_.lower() in lexicon().verbs
        and any(c.dep_ == "nsubj" for c in t.children)
        for t in rest
    )


def _further_statement(verb: Token) -> bool:
    """A subjectless second cue that is the speaker's next statement, not part of the
    first: "but did not suggest it would be Trump", "and has expressed support for …"
    (an auxiliary carries the tense), ", citing the risk …", "but warning that …" (a
    participle after a comma or a conjunction that opens its own that-clause or
    object). A participle with a bare clause ("told them that A, insisting they were
    B") goes on with the same statement."""
    if not any(c.dep_ in ("ccomp", "dobj", "xcomp", "prep") for c in verb.children):
        return False
    if (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and verb.head.tag_ == "VB"
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.head.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    ):
        # "told reporters the cap would save $4 billion and accused judges of …": a
        # past tense the tagger read as a participle cannot share "would"; it is the
        # speaker's next act.
        return True
    if verb.dep_ == "conj" and verb.tag_ in ("VB", "VBN"):
        return any(c.dep_ == "aux" and c.lower_ != "to" for c in verb.children)
    if verb.tag_ == "VBG" and verb.i > 0:
        before = verb.doc[verb.i - 1]
        if before.dep_ == "advmod" and verb.i > 1:
            before = verb.doc[verb.i - 2]
        own_frame = any(
            c.dep_ == "dobj"
            or (
                c.dep_ == "ccomp"
                and any(
                    (m.dep_ == "mark" and m.lower_ in ("that", "whether", "if"))
                    # "and questioning how he has …": a question of its own
                    or (m.tag_ in ("WRB", "WP", "WDT") and m.i < c.i)
                    for m in c.children
                )
            )
            for c in verb.children
        ) or _saying_clause(verb)
        return own_frame and (
            before.text in (",", "—", "–", "--") or before.lower_ in ("and", "but", "while")
        )
    return False


def _saying_clause(verb: Token) -> bool:
    """ "argued that a registry would stop fraud, saying it is …": a participle of saying
    with a clause of its own is the speaker's next statement (the parser hangs it on the
    first content's verb, whose subject says nothing)."""
    if verb.lemma_.lower() not in _SAYING_PARTICIPLES or verb.dep_ != "advcl":
        return False
    return any(
        c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        for c in verb.children
    )


# "accused Sanders of …", "dismissed Walker as …", "praised her for …", "likened him
# to …", "blamed it on …": the object and
# what it is charged with or taken for are one content.
_OBJECT_PREPS = frozenset(lexicon().words["object_preps"])
_PASSIVE_PREPS = frozenset(["of", "for", "about", "as"])
# "endorsed him", "opposed them": a person or group as the object of a stance verb.
_OBJECT_PRONOUNS = frozenset(["him", "her", "them", "us", "me"])


def _object_with_complement(token: Token, *, pronoun_ok: bool = False) -> list[Token]:
    # "called Friday for …": a day read as the object is when, not what
    objects = [
        c
        for c in token.children
        if c.dep_ == "dobj" and not (c.ent_type_ in ("DATE", "TIME") and len(list(c.subtree)) <= 2)
    ]
    if not objects:
        return []
    obj = objects[0]
    time_gap = _time_adverbial_gap(token, obj)
    preps = [
        c
        for c in token.children
        if c.dep_ == "prep"
        and c.lower_ in _OBJECT_PREPS
        and (
            obj.i < c.i <= obj.right_edge.i + 1
            # "accused Azerbaijan on Tuesday of shelling villages": the charge after a
            # time adverbial still belongs with the accused
            or (c.i == time_gap and c.lower_ in _CHARGE_PREPS and _gerund_object(c))
        )
        # "criticized the bank on Tuesday": when, not what it is charged with
        and not any(p.ent_type_ in ("DATE", "TIME") for p in c.children if p.dep_ == "pobj")
        # "defended the strike in an interview", "on Twitter": how it was said, not what
        and not any(p.lemma_.lower() in lexicon().channels for p in c.children if p.dep_ == "pobj")
    ]
    if obj.lower_ in PRONOUNS and not preps and not (pronoun_ok and obj.lower_ in _OBJECT_PRONOUNS):
        return []
    return [obj, *preps, *_object_infinitive(token, [obj, *preps])]


def _trailing_as(token: Token, heads: list[Token]) -> list[Token]:
    """ "seized on immigration as his signature issue": an "as" phrase straight after
    the object of the cue's preposition says what the object was taken for."""
    if not heads:
        return []
    end = max(h.right_edge.i for h in heads)
    return [c for c in token.children if c.dep_ == "prep" and c.lower_ == "as" and c.i == end + 1]


def _object_infinitive(token: Token, parts: list[Token]) -> list[Token]:
    """ "criticized the president's executive actions to tighten gun rules", "rejected
    calls from party leaders to drop out": the parser hangs the infinitive that says
    what the object is for on the verb; it belongs with the object."""
    end = max(p.right_edge.i for p in parts)
    return [
        c
        for c in token.children
        if c.dep_ in ("xcomp", "advcl")
        and c.tag_ == "VB"
        and c.left_edge.i == end + 1
        and c.left_edge.lower_ == "to"
    ][:1]


_CHARGE_PREPS = frozenset(["of", "for"])


def _time_adverbial_gap(token: Token, obj: Token) -> int | None:
    """Index of the first token after ``obj`` and any time adverbials hung on ``token``.

    None when nothing but time adverbials ("on Tuesday", "last week") lies between.
    """
    i = obj.right_edge.i + 1
    moved = False
    while i < len(token.doc):
        adverbial = next((c for c in token.children if c.left_edge.i == i), None)
        if adverbial is None or not _time_adverbial(adverbial):
            break
        i = adverbial.right_edge.i + 1
        moved = True
    return i if moved else None


def _time_adverbial(token: Token) -> bool:
    if token.dep_ == "prep":
        return any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in token.children)
    return token.dep_ in ("npadvmod", "advmod") and token.ent_type_ in ("DATE", "TIME")


def _gerund_object(prep: Token) -> bool:
    """ "of shelling villages": a preposition whose object is a gerund clause."""
    return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)


def _semicolon_clause(clause: Token, cue: Token) -> bool:
    """ "He advocates A; she backs B", "The news set off fireworks: Republicans said …":
    the parser hangs the clause before a semicolon or colon on the verb after it, but it
    is a sentence of its own, not what the verb reports."""
    doc = cue.doc
    return clause.i < cue.i and any(
        doc[j].text in (";", ":") for j in range(clause.right_edge.i + 1, cue.i)
    )


def coordinated_cue_source(token: Token) -> Span | None:
    """The subject of the cue a subjectless conjunct really coordinates with: in "Kasich
    said he found Trump charming and called his standing unheard of" the parser hangs
    "called" on "found" (inside the content); Kasich called it, not "he". So with a
    participle: "analysts said the factors have contributed …, citing …"."""
    if not (token.dep_ == "conj" or (token.dep_ == "advcl" and token.tag_ == "VBG")) or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children
    ):
        return None
    head = token.head
    for _ in range(4):
        if head.dep_ == "ccomp" or (head.dep_ == "advcl" and _reported_advcl(head, head.head)):
            cue = head.head
            if cue.pos_ == "VERB" and cue.lemma_.lower() in lexicon().verbs:
                return source_of(cue)
            return None
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def _wh_object(token: Token) -> Token | None:
    """The verb a "what X believe" clause hangs from, if the cue has a wh-object."""
    if not any(c.dep_ == "dobj" and c.lower_ in ("what", "which") for c in token.children):
        return None
    head = token.head
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX") and head.i != token.i:
            return head
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def _as_aside(token: Token, entry: Cue) -> Token | None:
    """The clause an "as X noted" aside vouches for: "as Clyburn noted, those voters
    will …", "…, as the Post reported." The aside has its own subject, nothing said of
    its own, and a comma between it and the clause."""
    if entry.kind not in ("speech", "writing", "belief", "report"):
        return None
    mark = next((c for c in token.children if c.dep_ == "mark"), None)
    if mark is None or mark.lower_ != "as" or mark.i != token.left_edge.i:
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in ("it", "this", "that"):
        return None  # "as it is currently written"
    if any(c.dep_ in ("ccomp", "dobj", "xcomp", "advcl") for c in token.children):
        return None  # "as he spoke to reporters"
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i
    # the parser may hang the comma that sets the aside off on the cue itself
    set_off = (
        (left > 0 and doc[left - 1].text == ",")
        or (right + 1 < len(doc) and doc[right + 1].text == ",")
        or (right > token.i and doc[right].text == ",")
    )
    clause = token.head
    if clause.dep_ in ("aux", "auxpass") and clause.head.i != clause.i:
        clause = clause.head
    if not set_off or clause.i == token.i or clause.pos_ not in ("VERB", "AUX"):
        return None
    return clause


_TIME_MARKS = frozenset({"after", "before", "as", "while", "since", "when", "until"})


def _parenthetical(token: Token) -> bool:
    if token.head.i == token.i or not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    if token.dep_ == "parataxis":
        return True
    # "the talks, officials said, have failed" is often parsed with the cue as a
    # comma-set ccomp/advcl of the main verb that follows it.
    doc = token.doc
    left = token.left_edge.i
    if any(c.dep_ == "mark" for c in token.children):
        return False  # "after 55 percent said so": a subordinate clause, not an aside
    if (
        any(c.dep_ == "auxpass" for c in token.children)
        and any(
            c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN", "NUM") for c in token.children
        )
        and not any(c.lower_ == "as" for c in token.children)
    ):
        # "…, where 300 cases have been reported": a passive report verb with a noun
        # subject tells of an occurrence, not of the clause around it ("…, officials
        # were quoted as saying, …" stays).
        return False
    return (
        token.dep_ in ("ccomp", "advcl")
        and left > 0
        and doc[left - 1].text == ","
        and token.i < len(doc) - 1
        and token.head.pos_ in ("VERB", "AUX")
    )


def _stance_preposition(token: Token) -> Token | None:
    """ "Republicans are nervous about Trump", "she was critical of the deal": with a
    speaker as subject, what an adjective is about is a stance (PolNeAR train, outside
    direct quotes: about 0.55, of 0.49)."""
    if token.dep_ != "acomp" or not (
        _speaker_subject(token.head)
        # "EU member states are concerned about …", "fans who were fond of …": a stance
        # adjective speaks for any subject but a dummy one ("it is clear of …")
        or (_stance_word(token) and _holder_subject(token.head))
    ):
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in ("about", "of"):
            return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    return None


# What a stance adjective is about ("unhappy with", "reluctant to", "divided on"); a
# participle ("concerned", "divided") is about its object only after these ("concerned
# with drainage" is a topic).
_ADJECTIVE_PREPS = ("with", "to", "in", "on", "over", "by")
_PARTICIPLE_PREPS = ("on", "over", "by")


def _participle_adjective(token: Token) -> bool:
    """ "are concerned about", "were divided on": a participle the tagger calls a verb
    that is a stance adjective after "be"."""
    return token.tag_ == "VBN" and token.dep_ == "acomp" and token.lower_ in _STANCE_ADJECTIVES


def _stance_word(token: Token) -> bool:
    return token.lemma_.lower() in _STANCE_ADJECTIVES or token.lower_ in _STANCE_ADJECTIVES


def _holder_subject(verb: Token) -> bool:
    """The verb has a subject that can hold a view: not "it", "this", "that", "there"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ not in ("it", "this", "that", "there", "what")


def _in_note(doc: Doc, token: Token) -> bool:
    """ "Editor's note: X … has repeatedly pledged to …": a publisher's note on the
    article is no reporting (PolNeAR leaves all 4 such notes in dev unannotated and
    annotates 9 attributions in the 19 of train)."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, token.idx) + 1
    head = text[start : start + 20].lstrip(" \t\u00a0").lower()
    return head.startswith(_NOTE_OPENERS)


def _copular_statement(token: Token) -> Reported | None:
    """ "Rubio's response was that it's unfair …", "The idea is that donors can …",
    "the key question is whether …": a noun of saying or thinking whose predicate is a
    that- or whether-clause; its owner, if named, is the source."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_ != "be" or token.lemma_.lower() not in _COPULAR_NOUNS:
        return None
    clause = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("ccomp", "attr", "xcomp", "advcl")
            and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ in ("that", "whether") for m in c.children)
        ),
        None,
    )
    if clause is None:
        return None
    content = _subtree(clause)
    span = _tokens_span(token.doc, content)
    if span is None:
        return None
    poss = next((c for c in token.children if c.dep_ == "poss"), None)
    first = min([token.i, *(c.i for c in token.children if c.dep_ in ("amod", "compound", "det"))])
    return Reported(
        cue=token.doc[first : verb.i + 1],
        cue_token=token,
        content=span,
        content_tokens=content,
        source=phrase(poss) if poss is not None else None,
        kind="noun",
    )


def _made_clear(token: Token) -> Reported | None:
    """ "Trump made it clear that …", "she has made plain that …": the maker states
    the that-clause (the parser hangs it on the adjective or on "made")."""
    verb = token.head
    if (
        token.lemma_.lower() not in _MADE_ADJECTIVES
        or verb.lemma_.lower() != "make"
        or token.dep_ not in ("ccomp", "oprd", "acomp")
    ):
        return None
    clause = next(
        (
            c
            for c in [*token.children, *verb.children]
            if c.dep_ in ("advcl", "ccomp")
            and c.i > token.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )
    if clause is None:
        return None
    content = _subtree(clause)
    span = _tokens_span(token.doc, content)
    if span is None:
        return None
    return Reported(
        cue=token.doc[cue_span(verb).start : token.i + 1],
        cue_token=verb,
        content=span,
        content_tokens=content,
        source=source_of(verb),
        kind="adjective",
    )


def _adjective_cue(token: Token) -> Reported | None:
    """ "X is confident (that) …", "X was not sure she could …"."""
    if token.dep_ != "acomp":
        return None
    verb = token.head
    heads = [c for c in token.children if c.dep_ == "ccomp"] or [
        c for c in verb.children if c.dep_ == "ccomp" and c.i > token.i
    ]
    if not heads:
        pobj = _stance_preposition(token)
        heads = [pobj] if pobj is not None else []
    if not heads and _stance_word(token):
        # "are unhappy with the direction of …", "was reluctant to give up …"
        heads = [
            c
            for prep in token.children
            if prep.dep_ == "prep"
            and prep.lower_ in (_PARTICIPLE_PREPS if token.pos_ == "VERB" else _ADJECTIVE_PREPS)
            for c in prep.children
            if c.dep_ in ("pobj", "pcomp")
        ][:1] or [
            c
            for c in token.children
            if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ][:1]
    if not heads:
        return None
    content: set[int] = set()
    for head in heads:
        content |= _subtree(head)
    span = _tokens_span(token.doc, content)
    if span is None:
        return None
    return Reported(
        cue=token.doc[verb.i : token.i + 1]
        if verb.i < token.i
        else token.doc[token.i : token.i + 1],
        cue_token=token,
        content=span,
        content_tokens=content,
        source=source_of(verb),
        kind="adjective",
    )


def _according_to(token: Token) -> Reported | None:
    to = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    if to is None:
        return None
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    head = token.head
    # "…, whose approval rating had fallen to 2% according to pollster Ipsos": a
    # relative clause is what the source vouches for, not the sentence it hangs on.
    while head.dep_ not in ("ROOT", "ccomp", "conj", "relcl") and head.head.i != head.i:
        head = head.head
    own = _subtree(token)
    doc = token.doc
    before: int | None = None
    if (
        head.dep_ == "conj"
        and head.i > token.i
        and head.head.i < token.i
        and token.i > 0
        and doc[token.i - 1].text == ","
    ):
        # "Clinton holds a lead in California, according to the average of polls, where
        # 475 delegates will be at stake": the parser made a second clause of the
        # source's aside; what the source vouches for is the clause before the comma.
        before = token.i - 1
        head = head.head
    # "… was, according to an official who asked not to be named, “far below …”": the
    # parser may hang the quotation on the source's relative clause; the source ends
    # where a quotation opens.
    quote_at = next(
        (i for i in sorted(own) if i > pobj.i and doc[i].is_quote and doc[i - 1].text == ","),
        None,
    )
    if quote_at is not None:
        own = {i for i in own if i < quote_at - 1}
    content = (
        {t.i for t in head.sent if t.i not in own} if head.dep_ == "ROOT" else _subtree(head) - own
    )
    if before is not None:
        content = {i for i in content if i < before}
    source = phrase(pobj)
    if quote_at is not None and source.end > max(own) + 1:
        source = doc[source.start : max(own) + 1]
    aside = next(
        (
            c
            for c in pobj.subtree
            if c.dep_ == "relcl"
            and c.i > pobj.i
            and c.left_edge.i > 0
            and doc[c.left_edge.i - 1].text == ","
        ),
        None,
    )
    if aside is not None and aside.left_edge.i - 1 > source.start:
        # "according to the Africa CDC, which declared …": the relay is the
        # organisation, never the clause about it.
        source = doc[source.start : aside.left_edge.i - 1]
    if source.end < len(doc) and doc[source.end].text == ")" and "(" in source.text:
        source = doc[source.start : source.end + 1]  # "the Health Organisation (WAHO)"
    # "…, according to the WHO, which announced …" with the relative clause hung on the
    # main verb: the organisation's own statement, not what it vouches for.
    content -= {
        t.i
        for c in head.children
        if c.dep_ in ("advcl", "relcl", "ccomp")
        and any(s.dep_ == "nsubj" and s.lower_ in ("who", "which") for s in c.children)
        and all(t.is_punct for t in doc[source.end : c.left_edge.i])
        for t in c.subtree
    }
    sent = token.sent
    if not content and token.i == sent.start:
        # "According to X, the move reeks of fear": the parser made "According" the
        # root and hung the clause on X; the source ends at the comma.
        comma = next((t for t in doc[to.i + 1 : sent.end] if t.text == ","), None)
        rest = doc[comma.i + 1 : sent.end] if comma is not None else doc[0:0]
        if comma is not None and comma.i > to.i + 1 and len([t for t in rest if t.is_alpha]) > 2:
            source = doc[to.i + 1 : comma.i]
            content = {t.i for t in rest}
    span = _tokens_span(doc, content)
    if span is None:
        return None
    return Reported(
        cue=doc[token.i : to.i + 1],
        cue_token=token,
        content=span,
        content_tokens=content,
        source=source,
        kind="according_to",
    )


def _hearsay(token: Token) -> Reported | None:
    """ "Bloomberg is reportedly considering a run": the clause the adverb sits in is
    attributed to reports nobody names (no source)."""
    head = token.head
    if head.pos_ not in ("VERB", "AUX") or head.i == token.i:
        return None
    content = _subtree(head) - {token.i}
    # "…, which reportedly …": the clause, not the noun it describes
    span = _tokens_span(token.doc, content)
    if span is None:
        return None
    return Reported(
        cue=token.doc[token.i : token.i + 1],
        cue_token=token,
        content=span,
        content_tokens=content,
        source=None,
        kind="according_to",
    )


def _in_survey(token: Token) -> Reported | None:
    """ "In a CNN poll, Clinton led by 24 points" (or "… led in a CNN poll"): the
    survey is the source."""
    pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
    head = token.head
    if (
        pobj is None
        or pobj.lower_ not in _SURVEYS
        or head.dep_ != "ROOT"
        or any(c.dep_ == "prep" for c in pobj.children if c.lower_ == "in")
    ):
        return None
    own = _subtree(token)
    content = {t.i for t in head.sent if t.i not in own}
    span = _tokens_span(token.doc, content)
    if span is None:
        return None
    return Reported(
        cue=token.doc[token.i : token.i + 1],
        cue_token=token,
        content=span,
        content_tokens=content,
        source=phrase(pobj),
        kind="according_to",
    )


def _noun_with_prep(token: Token) -> Reported | None:
    """ "Kaine's full embrace of the pro-choice position": a possessor speaks."""
    entry = lexicon().nouns[token.lemma_.lower()]
    poss = next((c for c in token.children if c.dep_ == "poss"), None)
    if not entry.preps:
        return None
    source: Span | None = phrase(poss) if poss is not None else None
    cue = token.doc[token.i : token.i + 1]
    if entry.holder:
        # "Mrs. Clinton has been a dogged defender of the Affordable Care Act"
        if token.dep_ != "attr" or token.head.lemma_ != "be" or token.head.i > token.i:
            return None
        source = source_of(token.head)
        if source is None:
            return None
        cue = token.doc[cue_span(token.head).start : token.i + 1]
    elif poss is None and token.dep_ == "dobj" and 0 < token.i - token.head.i <= 4:
        # "raised questions about …", "made no mention of …": the verb's subject speaks.
        source = source_of(token.head)
        if source is None:
            return None
        cue = token.doc[token.head.i : token.i + 1]
    elif poss is None and not _unowned_stance(token):
        return None
    heads = [
        pobj
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in entry.preps
        for pobj in c.children
        if pobj.dep_ in ("pobj", "pcomp")
    ]
    if not heads and cue.start < token.i and token.dep_ == "dobj":
        # "took multiple swipes at Bush": the parser hangs the noun's "at" on the verb;
        # right after the noun it still names the target ("made the case for X" is left
        # to the parse: "for", "on" are as often the verb's).
        heads = [
            pobj
            for c in token.head.children
            if c.dep_ == "prep"
            and c.lower_ in entry.preps
            and c.lower_ in ("at", "against")
            and c.i == token.right_edge.i + 1
            for pobj in c.children
            if pobj.dep_ in ("pobj", "pcomp")
        ]
    if not heads:
        return None
    content: set[int] = set()
    for head in heads:
        content |= _subtree(head)
    span = _tokens_span(token.doc, content)
    if span is None:
        return None
    return Reported(
        cue=cue,
        cue_token=token,
        content=span,
        content_tokens=content,
        source=source,
        kind="noun",
    )


def _unowned_stance(token: Token) -> bool:
    """ "Opposition to trade deals has galvanized …", "the criticism of his approach":
    a stance noun with no holder named is still an attribution (with no source). Not
    "a request for comment": none was made."""
    objects = [
        p
        for prep in token.children
        if prep.dep_ == "prep"
        for p in prep.children
        if p.dep_ in ("pobj", "pcomp")
    ]
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "for"
        and not any(c.dep_ in ("det", "poss") for c in token.children)
    ):
        return False  # "reached for comment on the arrests": a comment sought, not made
    # "a speech … on Friday": a day is when, not what
    return bool(objects) and not any(
        p.lemma_.lower() == "comment" or p.ent_type_ in ("DATE", "TIME") for p in objects
    )


def _received_stance(token: Token) -> Reported | None:
    """ "The proposal has drawn harsh criticism from fellow hopefuls", "Clinton has the
    support of older voters": the givers of the support or criticism are the source,
    the verb's subject what they hold it about."""
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.lower() not in _RECEIVING_VERBS:
        return None
    giver = next(
        (
            pobj
            for prep in [*token.children, *verb.children]
            if prep.dep_ == "prep" and prep.lower_ in ("from", "of", "among") and prep.i > token.i
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ),
        None,
    )
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if giver is None or subject is None:
        return None
    content = _subtree(subject)
    span = _tokens_span(token.doc, content)
    if span is None:
        return None
    return Reported(
        cue=token.doc[min(cue_span(verb).start, token.i) : token.i + 1],
        cue_token=token,
        content=span,
        content_tokens=content,
        source=phrase(giver),
        kind="noun",
    )


_CIRCUMSTANCE_PREPS = frozenset(lexicon().words["circumstance_prepositions"])


_CAUSING_VERBS = frozenset(lexicon().words["causing_verbs"])


def sets_the_scene(noun: Token) -> bool:
    """ "Despite complaints that …", "amid fears that …", "the closure sparked fears
    that …": the noun sets the scene or is stirred in others; the sentence's subject is
    not who complained or feared."""
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in _CAUSING_VERBS
    return noun.dep_ == "pobj" and noun.head.lower_ in _CIRCUMSTANCE_PREPS


def _noun_cue(token: Token) -> Reported | None:
    clause = next(
        (
            c
            for c in token.children
            if c.dep_ in ("acl", "ccomp", "relcl")
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        ),
        None,
    )
    if clause is None and any(c.dep_ == "poss" for c in token.children):
        # "his decision not to participate", "her vow to fight": a possessor's intention.
        clause = next(
            (
                c
                for c in token.children
                if c.dep_ == "acl"
                and c.i > token.i
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            ),
            None,
        )
    if clause is None:
        return _noun_with_prep(token)
    content = _subtree(clause)
    span = _tokens_span(token.doc, content)
    if span is None:
        return None
    poss = next((c for c in token.children if c.dep_ == "poss"), None)
    source = phrase(poss) if poss is not None else None
    cue = token.doc[token.i : token.i + 1]
    cue_token = token
    if source is None and token.dep_ in ("dobj", "pobj") and not sets_the_scene(token):
        governor = token.head if token.dep_ == "dobj" else token.head.head
        source = source_of(governor)
        if source is not None and 0 < token.i - governor.i <= 4:
            # "continued to press the idea": the cue reads from the verb to the noun.
            top = governor
            while top.dep_ == "xcomp" and top.head.i < top.i and token.i - top.head.i <= 6:
                top = top.head
            cue = token.doc[top.i : token.i + 1]
            cue_token = top
    return Reported(
        cue=cue,
        cue_token=cue_token,
        content=span,
        content_tokens=content,
        source=source,
        kind="noun",
    )
