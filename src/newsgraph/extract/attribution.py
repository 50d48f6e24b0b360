"""Who said it, to whom, through which channel and relay: read off the parse around a cue.

Every function takes the cue token (the reporting verb or noun) and returns token spans;
``quotes.py`` turns them into Record items.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.dateline import dateline_end
from newsgraph.extract.entity_lexicons import lexicons as entity_lexicons
from newsgraph.extract.findings import doc_text
from newsgraph.extract.quote_lexicon import lexicon

__all__ = [
    "Attribution",
    "addressee_of",
    "channel_of",
    "clause_tokens",
    "media_source",
    "phrase",
    "plural_antecedent",
    "relay_participle",
    "shown_speaking",
    "source_of",
]

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_SEEM = lexicon().words["writer_stance"]
_RECORDINGS = frozenset(
    line.strip()
    for line in resources.files("newsgraph")
    .joinpath("lexicons/recording_nouns.txt")
    .read_text("utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
)
_PERCEPTION = frozenset(lexicon().words["perception_verbs"])
PRONOUNS = lexicon().words["pronouns"]
_RELAY_PARTICIPLES = lexicon().words["relay_participles"]


@dataclass
class Attribution:
    """What the parse says about one cue, as token spans (None where absent)."""

    cue: Span
    source: Span | None = None
    addressee: Span | None = None
    via: Span | None = None
    channel: str | None = None


def phrase(token: Token, *, cut_clauses: bool = False) -> Span:
    """The noun phrase headed by ``token``: its subtree without edge punctuation.

    With ``cut_clauses`` the phrase stops before a relative clause or a comma-set
    apposition, which keeps a speaker span to the name and role.
    """
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i
    # Never across a paragraph break (the parser sometimes joins a headline to the text).
    for i in range(token.i + 1, right + 1):
        if "\n" in doc[i].text:
            right = i - 1
            break
    if cut_clauses:
        for child in token.rights:
            if child.dep_ in ("relcl", "acl", "advcl"):
                right = min(right, child.left_edge.i - 1)  # from its "who"/"that" on
                break
            if child.dep_ == "punct" and child.text in ",(—–-" and child.i > token.i:
                right = min(right, child.i - 1)
                break
    # A dateline glued to the subject ("WASHINGTON (AP) — Ryan said") is not part of it.
    for i in range(left, token.i):
        # a line break, not a no-break space inside the name ("Gov.\xa0John Kasich")
        if doc[i].text in ("—", "--", "–") or (doc[i].is_space and "\n" in doc[i].text):
            left = i + 1
    # The parser may instead make the dateline the head and the subject its apposition
    # ("GENEVA (Newswire) — The World Health Organization declared …").
    after = dateline_end(doc_text(doc), doc[left].idx) if doc[left].is_upper else None
    if after is not None:
        while left < right and doc[left].idx < after:
            left += 1
    left = _past_title_case_dateline(doc, left, right)
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    while right > left and (
        doc[right].is_punct or doc[right].is_space or doc[right].dep_ == "case"
    ):
        right -= 1  # no edge punctuation, no possessive "'s"
    return doc[left : _balanced_end(doc, left, right) + 1]


def _past_title_case_dateline(doc: Doc, left: int, right: int) -> int:
    """ "New York (AFP) – Oscar-winning actress Susan Sarandon …": a dateline in title
    case the parser made the head of the subject; the phrase starts after its dash."""
    for i in range(left + 2, min(right, left + 10)):
        if doc[i].text in ("—", "--", "–") and doc[i - 1].text == ")":
            lead = doc[left : i - 1]
            if all(t.pos_ == "PROPN" or t.text in ("(", ",") for t in lead):
                return i + 1
            return left
    return left


_CLOSING = {"(": ")", "[": "]", "{": "}"}


def _balanced_end(doc: Doc, left: int, right: int) -> int:
    """``right``, moved so that no bracket opened in the phrase is left open: onto the
    closing bracket right after a short label ("… Service (Senapred)"), else back
    before the opening one."""
    open_at: list[int] = []
    for i in range(left, right + 1):
        text = doc[i].text
        if text in _CLOSING:
            open_at.append(i)
        elif open_at and text == _CLOSING[doc[open_at[-1]].text]:
            open_at.pop()
    if not open_at:
        return right
    opening = open_at[0]
    # the closing bracket, past a full stop the phrase lost as edge punctuation
    # ("(I-Vt.)")
    closing = right + 1
    while closing < len(doc) and closing <= right + 2 and doc[closing].text == ".":
        closing += 1
    inner = doc[opening + 1 : closing]
    # A short label ("(Senapred)", "(R-S.C.)", "(I-Vt.)") belongs to the name; an aside
    # ("(a view echoed by everyone I interviewed)") does not.
    label = len(inner) <= 5 and not any(t.pos_ in ("VERB", "AUX") for t in inner)
    if (
        len(open_at) == 1
        and label
        and closing < len(doc)
        and doc[closing].text == _CLOSING[doc[opening].text]
    ):
        return closing
    cut = open_at[0] - 1
    while cut > left and (doc[cut].is_punct or doc[cut].is_space):
        cut -= 1
    return max(cut, left)


def source_of(cue: Token) -> Span | None:
    """The subject of the cue, climbing through participles and coordination.

    "Mujahid later told ..., insisting they ..." gives "insisting" the subject of "told";
    a passive "it was reported by X" gives X.
    """
    doc = cue.doc
    shown = shown_speaking(cue)
    if shown is not None:
        return shown
    if any(c.dep_ == "nsubjpass" for c in cue.children) and not any(
        c.dep_ == "agent" for c in cue.children
    ):
        # "She is expected to …", "He was asked about …": a passive cue with no agent
        # names no source; its subject is what the statement is about.
        return None
    token: Token | None = cue
    for _ in range(6):
        if token is None:
            return None
        modified = _participle_subject(token)
        if modified is not None:
            return modified
        # A passive's agent speaks ("it was reported by X"), not its subject.
        for child in token.children:
            if child.dep_ == "agent":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return phrase(pobj)
        subjects = [
            c
            for c in token.children
            if (
                c.dep_ in SUBJECT_DEPS
                and c.lower_ != "there"
                # "it" is a real subject of an active cue ("It also said …"), not of a
                # passive, a seeming or a copula ("it was reported", "it seems", "it's
                # not clear").
                and (
                    c.lower_ != "it"
                    or (c.dep_ == "nsubj" and token.pos_ == "VERB" and token.lemma_ not in _SEEM)
                )
            )
            # "About 4 in 10 say …": the parser hangs the share on the verb as a number.
            or (c.dep_ == "nummod" and c.i < token.i)
        ]
        if subjects:
            # A subject in another paragraph is a misparse; a second subject in the
            # cue's own paragraph (a headline run into the sentence) is the real one.
            near = [
                c
                for c in subjects
                if "\n" not in doc_text(doc)[min(c.idx, cue.idx) : max(c.idx, cue.idx)]
            ]
            if not near:
                # the parser's subject is a word of another paragraph: the verb's own
                # is the name right before it ("…\n\nMrs. Okafor often insists …")
                return _stray_subject(token)
            return _without_set_off_clause(phrase(min(near, key=lambda c: abs(c.i - cue.i))))
        if _hung_across_paragraph(token):
            return _inverted_subject_after(token) or _stray_subject(token)
        if token.dep_ == "conj" and token.tag_ in ("VBD", "VBZ", "VBP"):
            # "… no accident — Dana Whitfield, a spokeswoman for the mayor, told WRN": the
            # parser joined the verb to the clause before; the name set off right
            # before it is its subject.
            apposed = _apposed_name_before(token)
            if apposed is not None:
                return apposed
        if (
            token.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep")
            # "Trump gestured …, then leaned in and boomed:" with "leaned" left as "dep"
            or (token.dep_ == "dep" and token.pos_ == "VERB" and token.head.pos_ == "VERB")
            # "voters were more likely to support …": through the adjective to its verb.
            or (token.dep_ == "acomp" and token.pos_ == "ADJ" and cue.dep_ == "xcomp")
        ) and token.head.i != token.i:
            # "began by saying …": climb through the preposition to the verb.
            token = token.head
            continue
        if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN", "PRON"):
            # "a spokesman, speaking on condition of anonymity, said" / "officials saying"
            return phrase(token.head, cut_clauses=True)
        if token.dep_ == "ROOT":
            # "“…,” added Walsh, referring to …" with "Walsh" parsed as the object
            return _inverted_subject_after(token) or _stray_subject(token)
        if token.dep_ == "parataxis":
            # '"The worry," said Martin Kessler, a planner …, "is that …"': the
            # parser gives the name to the quoted clause's verb
            return _inverted_subject_after(token)
        return None
    return None


def _hung_across_paragraph(token: Token) -> bool:
    """A verb the parser hung on a word in another paragraph (a headline run into the
    first sentence: "Okafor Says She Will Close … Bridge\nMaria Okafor said …", or
    "'…,' said Mertz, a fellow …" hung on "says" in the next paragraph) heads its
    own clause: a paragraph break lies between it and its head."""
    head = token.head
    low, high = min(head.i, token.i), max(head.i, token.i)
    return head.i != token.i and any("\n" in t.text for t in token.doc[low + 1 : high])


def _inverted_subject_after(verb: Token) -> Span | None:
    """ "'…,' said Daniel Mertz, a fellow …": right after a closing quote, the name
    that follows the verb is its subject, whatever the parser hung it on."""
    doc = verb.doc
    if verb.i < 2 or verb.i + 1 >= len(doc) or not _after_closing_quote(verb):
        return None
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    noun = doc[verb.i + 1]
    if noun.pos_ != "PROPN" or noun.ent_type_ in ("DATE", "TIME"):
        return None
    while noun.dep_ in ("compound", "flat", "poss") and noun.head.i > noun.i:
        noun = noun.head
    if any("\n" in t.text for t in doc[verb.i : noun.i]):
        return None
    return phrase(noun, cut_clauses=True)


def relay_participle(*heads: Token, after: int = -1) -> Span | None:
    """ "Lavrov, quoted by the state news agency RIA, said …" / "…, he said, cited by
    Interfax": the agent of a relay participle on the speaker or the cue relays what
    the speaker said (only a participle after token ``after``, where given)."""
    for head in heads:
        for child in head.children:
            if child.dep_ not in ("acl", "advcl") or child.tag_ != "VBN" or child.i <= after:
                continue
            if child.lemma_.lower() not in _RELAY_PARTICIPLES:
                continue
            for agent in child.children:
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                if agent.dep_ == "agent" and pobj is not None:
                    return phrase(pobj)
    for head in heads:
        carried = _carried_by_outlet(head) or _citing_outlet(head)
        if carried is not None:
            return carried
    return None


def _citing_outlet(cue: Token) -> Span | None:
    """ "…, the ministry said, citing Interfax": a news outlet the speaker cites relays
    the statement (a report or an official cited is the speaker's source, no relay)."""
    for child in cue.children:
        if (
            child.dep_ != "advcl"
            or child.tag_ != "VBG"
            or child.lemma_.lower() != "cite"
            or child.i < cue.i
        ):
            continue
        obj = next((c for c in child.children if c.dep_ == "dobj"), None)
        if obj is not None:
            outlet = phrase(obj)
            if media_source(outlet):
                return outlet
    return None


def media_source(span: Span) -> bool:
    """A news outlet by name ("Xinhua") or by description ("state media KCNA")."""
    media = lexicon().words["media_nouns"]
    return any(t.lower_ in media for t in span) or lexicon().is_outlet(span.text)


def _carried_by_outlet(cue: Token) -> Span | None:
    """ "said in a statement carried by the state news agency KCNA": the outlet that
    carried the statement the speaker made relays it."""
    words = lexicon().words
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "through", "via"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            for child in noun.children:
                if child.dep_ != "acl" or child.tag_ != "VBN":
                    continue
                if child.lemma_.lower() not in words["carrying_participles"]:
                    continue
                for agent in child.children:
                    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                    if agent.dep_ == "agent" and pobj is not None:
                        outlet = phrase(pobj)
                        if media_source(outlet):
                            return outlet
    return None


def shown_speaking(cue: Token) -> Span | None:
    """ "The ad uses footage of Hillary Clinton asking, “…”", "reporters heard Trump
    saying …": a participle right after someone shown or heard speaking is theirs,
    not the subject of the verb it hangs on."""
    if cue.tag_ != "VBG" or cue.i == 0:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    noun = cue.doc[cue.i - 1]
    if noun.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    # The head of a name ("Hillary Clinton") may sit a few words before the cue.
    while noun.dep_ in ("compound", "flat") and noun.head.i > noun.i:
        noun = noun.head
    heard = noun.dep_ == "dobj" and noun.head.lemma_.lower() in _PERCEPTION
    shown = (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lemma_.lower() in _RECORDINGS
    )
    return phrase(noun, cut_clauses=True) if heard or shown else None


def _participle_subject(cue: Token) -> Span | None:
    """ "Protesters waving Georgian and EU flags chanted …": the parser makes "waving"
    the main verb and "flags" the subject of "chanted". A participle with no auxiliary
    is no finite clause: it modifies the noun before it, and that noun with the whole
    participle phrase is the subject."""
    head = cue.head
    if not (
        cue.dep_ in ("ccomp", "dep")
        and head.dep_ == "ROOT"
        and head.tag_ == "VBG"
        and head.i < cue.i
        and not any(c.dep_ in ("aux", "auxpass") for c in head.children)
    ):
        return None
    noun = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
    own = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if noun is None or (own is not None and not head.i < own.i < cue.i):
        return None
    if any(t.text in (",", ";", "—", "–") for t in cue.doc[head.i : cue.i]):
        return None  # "Looking ahead, analysts said …" is another shape
    # "Majorities of Democrats … going to the polls Tuesday say …": no subject of its
    # own, the whole phrase before the cue
    end = own.right_edge.i + 1 if own is not None else cue.i
    return cue.doc[noun.left_edge.i : end]


def _without_set_off_clause(span: Span) -> Span:
    """ "A senior diplomat, who spoke on condition of anonymity, said": the speaker is
    the diplomat; a clause set off by a comma only says how or why it spoke."""
    for token in span:
        before = token.left_edge.i - 1
        if (
            token.dep_ in ("relcl", "acl")
            and token.head.i < token.i
            and before > span.start
            and span.doc[before].text == ","
        ):
            # "Saudi Arabia and the United States, which mediated them": also on the
            # last of a coordination.
            return span.doc[span.start : before]
    return span


_NOMINATIVE = frozenset(["he", "she", "they", "we", "i"])
_OBJECT_DEPS = frozenset(["dobj", "pobj", "poss", "compound", "dative", "oprd", "attr"])


def _stray_subject(verb: Token) -> Span | None:
    """A finite main verb the parser left without a subject ("Speaking in Harlem,
    Clinton, without naming him, also accused …" hangs Clinton on Harlem): the
    nearest person, organisation or subject pronoun before it in the sentence."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    start = _clause_start(verb)
    right_before = _noun_right_before(verb, start)
    if right_before is not None:
        return right_before
    for token in reversed(verb.doc[start : verb.i]):
        # An object is no subject, unless the parser hung it on a verb in the paragraph
        # before ("…?”\n\nOkafor, speaking on radio, called …" as its object).
        if token.dep_ in _OBJECT_DEPS and token.head.i >= start:
            continue
        orphan = token.head.i < start and token.pos_ == "PROPN"
        if token.ent_type_ in ("PERSON", "ORG") or token.lower_ in _NOMINATIVE or orphan:
            return phrase(token, cut_clauses=True)
    return None


def _after_closing_quote(verb: Token) -> bool:
    """The verb follows a closing quotation mark (and a comma): "'…,' said X"."""
    doc = verb.doc
    before = doc[verb.i - 1]
    if before.text == "," and verb.i >= 2:
        before = doc[verb.i - 2]
    return before.is_quote or before.text in ("''", "”", "’")


def _apposed_name_before(verb: Token) -> Span | None:
    """ "Dana Whitfield, a spokeswoman for the mayor, told": the comma right before the verb
    closes an apposition on a name, which is the verb's subject."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    name = doc[verb.i - 1].head
    if name.i >= verb.i - 1 or name.pos_ != "PROPN" or name.dep_ in ("pobj", "dobj", "poss"):
        return None
    if not any(c.dep_ == "appos" for c in name.children):
        return None
    return phrase(name, cut_clauses=True)


def _clause_start(verb: Token) -> int:
    """The start of the verb's sentence, or of its paragraph where the sentence runs
    across a paragraph break."""
    doc = verb.doc
    for i in range(verb.i - 1, verb.sent.start - 1, -1):
        if "\n" in doc[i].text:
            return i + 1
    return verb.sent.start


def _noun_right_before(verb: Token, start: int) -> Span | None:
    """The noun phrase right before a subjectless finite verb (its adverbs and
    auxiliaries aside) is its subject, whatever the parser hung it on: "At a rally in
    Ohio, 62-year-old Brenda Johnson also railed …", "Less than a third agreed …"."""
    doc = verb.doc
    i = verb.i - 1
    while (
        i >= start
        and doc[i].head.i == verb.i
        and doc[i].dep_ in _VERB_MODIFIERS
        and not _person_noun_as_adverb(doc[i])
    ):
        i -= 1
    if i < start:
        return None
    noun = doc[i]
    if (
        noun.pos_ not in ("PROPN", "NOUN", "NUM") and not _person_noun_as_adverb(noun)
    ) or noun.lower_ in ("it", "there"):
        return None
    left = noun.left_edge.i
    for j in range(noun.i - 1, max(left, start) - 1, -1):
        if doc[j].text in (",", ";", "—", "–", "(", ")") or doc[j].dep_ in ("prep", "mark"):
            left = j + 1
            break
    left = max(left, start)
    if any(doc[j].head.i > noun.i for j in range(left, noun.i)):
        return None  # a word in between belongs to something after the noun
    return doc[left : noun.i + 1]


_VERB_MODIFIERS = frozenset(["advmod", "neg", "aux", "auxpass"])


def _person_noun_as_adverb(token: Token) -> bool:
    """ "the France forward told reporters" with "forward" tagged an adverb: a role noun
    after a determiner is the head of the subject, not an adverb of the verb."""
    lex = entity_lexicons()
    return (
        token.pos_ == "ADV"
        and (token.lower_ in lex.role_heads or token.lower_ in lex.person_nouns)
        and any(c.dep_ == "det" and c.i < token.i for c in token.children)
    )


_QUESTION_VERBS = frozenset(lexicon().words["question_verbs"])


def addressee_of(cue: Token, *, content: set[int]) -> Span | None:
    """Whom it was said to: "told the BBC", "said to reporters", "told a gathering of ..."."""
    entry = lexicon().verbs.get(cue.lemma_)
    if cue.tag_ == "VBN" and cue.dep_ == "advcl" and cue.lemma_.lower() in _QUESTION_VERBS:
        # "Asked whether …, he said": the question was put to the main clause's subject
        subject = next((c for c in cue.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and not any(c.dep_.startswith("nsubj") for c in cue.children):
            return phrase(subject, cut_clauses=True)
    for child in cue.children:
        if child.i in content:
            continue
        if child.dep_ == "dative" and child.pos_ != "ADP":
            return phrase(child, cut_clauses=True)
        if child.dep_ == "dative" or (child.dep_ == "prep" and child.lower_ == "to"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            # "pointed to a court opinion": the object is what was said, not a hearer
            if pobj is not None and cue.lower_ != "according" and pobj.i not in content:
                return phrase(pobj)
        if child.dep_ == "dobj" and entry is not None and entry.addressee_object:
            return phrase(child, cut_clauses=True)
    return None


def clause_tokens(cue: Token, *, content: set[int]) -> list[Token]:
    """The attribution clause: the cue's own subtree (up through "continued to press")
    minus the content and minus other clauses coordinated with it."""
    top = cue
    while top.dep_ == "xcomp" and top.head.i != top.i and top.head.i not in content:
        top = top.head
    skip: set[int] = set(content)
    for token in top.subtree:
        if token.lower_ == "according" and token.i != cue.i:
            skip |= {t.i for t in token.subtree}  # the relay, not the channel
        elif token.i in content and token.dep_ == "ccomp" and token.head.i == top.i:
            # "said the town had fallen, citing intelligence reports": hung on the content
            for child in token.children:
                if child.i not in content and _cited_aside(child, top):
                    skip |= {t.i for t in child.subtree}
    for child in top.children:
        if child.dep_ in ("conj", "parataxis") and child.i not in content:
            skip |= {t.i for t in child.subtree}
        elif _cited_aside(child, top):
            skip |= {t.i for t in child.subtree}  # "citing intelligence reports"
    return [t for t in top.subtree if t.i not in skip]


def _cited_aside(child: Token, top: Token) -> bool:
    """ "…, the ministry said, citing intelligence reports": what the speaker cites is
    not the channel of the statement."""
    return (
        child.dep_ == "advcl"
        and child.tag_ == "VBG"
        and child.i > top.i
        and child.lemma_.lower() in _RELAY_PARTICIPLES
    )


def channel_of(cue: Token, clause: list[Token]) -> str | None:
    """The channel: a word in the attribution clause ("in an op-ed", "at a press
    conference", "in a statement") or the cue itself ("tweeted")."""
    lex = lexicon()
    lowers = {t.lower_ for t in clause}
    joined = "".join(t.text_with_ws for t in clause).lower()
    for word, (channel, _needs) in lex.channels.items():
        if "-" in word and re.search(rf"\b{re.escape(word)}\b", joined):
            return channel
    for token in clause:
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        # The tokenizer keeps a sentence's full stop on a one-letter name ("on X.").
        word = token.lower_.rstrip(".") if len(token.text) == 2 else token.lower_
        hit = lex.channels.get(token.lemma_.lower()) or lex.channels.get(word)
        if hit is None:
            continue
        channel, needs = hit
        if needs and not (lowers & set(needs)):
            continue
        if word in lex.platforms and not _platform_name(token):
            continue
        if token.ent_type_ in ("ORG", "NORP", "PERSON", "GPE") and _inside_longer_name(token):
            continue  # "whose National Rally abstained": a party's name, not a rally
        return channel
    entry = lex.verbs.get(cue.lemma_) or lex.nouns.get(cue.lemma_)
    if entry is not None and entry.channel:
        return entry.channel
    return None


def _inside_longer_name(token: Token) -> bool:
    """The token is one word of a name of several ("National Rally"), not a name alone
    ("Bluesky")."""
    doc = token.doc

    def word_of_name(t: Token) -> bool:
        return t.is_alpha and t.text[:1].isupper()

    return (token.ent_iob_ == "I" and word_of_name(doc[token.i - 1])) or (
        token.i + 1 < len(doc)
        and doc[token.i + 1].ent_iob_ == "I"
        and word_of_name(doc[token.i + 1])
    )


def _platform_name(token: Token) -> bool:
    """ "on X", "on Truth Social": a capitalised platform name right after "on"."""
    return token.text[:1].isupper() and token.i > 0 and token.doc[token.i - 1].lower_ == "on"


_PLURAL_TAGS = frozenset(["NNS", "NNPS"])
_CLAUSE_DEPS = frozenset(["advcl", "conj", "ccomp", "xcomp"])


def plural_antecedent(pronoun: Token, animate: Callable[[Token], bool]) -> Token | None:
    """The plural subject a subject "they" goes on with, read off the parse.

    In its own sentence: the nearest plural subject of a clause the pronoun's clause
    hangs under ("Supporters said it was needed, though they cited few cases": the
    supporters, not the law). Else, for the main-clause subject of a sentence: the
    plural main-clause subject of the sentence before in the same paragraph ("U.N.
    officials disputed that account. They said …"). A noun head, never a pronoun;
    a common noun only where ``animate`` says it names people.
    """
    if pronoun.lower_ != "they" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = pronoun.head
    seen = 0
    # up through clauses that go on with the sentence, never out of a parenthetical
    # frame ("Such efforts, they believe, will …") or a relative clause
    while verb.dep_ in _CLAUSE_DEPS and verb.head.i != verb.i and seen < 8:
        seen += 1
        verb = verb.head
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i < pronoun.i:
                if child.tag_ in _PLURAL_TAGS:
                    return _plain_group(child, pronoun, animate)
                if child.pos_ != "PRON":
                    # "fishermen rescued 700, and the Navy saved 200 more after they
                    # were found": a nearer noun subject ends the search
                    return None
    if pronoun.head.dep_ != "ROOT" or any(
        t.dep_ in ("nsubj", "nsubjpass") for t in pronoun.sent[: pronoun.i - pronoun.sent.start]
    ):
        return None
    start = pronoun.sent.start
    if start == 0 or "\n" in pronoun.doc[start - 1].text_with_ws or pronoun.doc[start - 1].is_space:
        return None
    before = pronoun.doc[start - 1].sent
    subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) == 1 and subjects[0].tag_ in _PLURAL_TAGS:
        return _plain_group(subjects[0], pronoun, animate)
    return None


def _plain_group(subject: Token, pronoun: Token, animate: Callable[[Token], bool]) -> Token | None:
    """The subject, unless a name follows its head ("Proponents, including the
    Conference of Mayors", "the members of the Security Council", "candidates Hillary
    Clinton and Bernie Sanders": the names are the likelier referents, left to the
    resolver) or a quotation lies between it and the pronoun."""
    if any(t.pos_ == "PROPN" and t.i > subject.i for t in subject.subtree):
        return None
    if subject.pos_ != "PROPN" and not animate(subject):
        return None  # "Several scenarios were considered. They estimated …": people speak
    doc = subject.doc
    if any(t.is_quote for t in doc[subject.i : pronoun.i]):
        return None
    return subject
