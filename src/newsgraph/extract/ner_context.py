"""Second-pass NER repairs from the words around a name, after ``mentions`` has voted.

spaCy's small model types a name from the name itself; the sentence often says more:
- a place: "the village of Kuźnica", "the Odesa region", "the capital Dushanbe",
  "Izmail, a Danube port town";
- an organisation: "the Tasnim news agency", "the charity Asylum Aid", "Cofinec shares",
  "Ericsson spokesman Per Zetterquist", the acronym in brackets after a name;
- a team: a city that beats, trails or plays *v* someone, has a coach or a striker, or
  "were" beaten (a singular name with a plural verb); a national side stays a place;
- a person: "Leah Pells (Canada)" in a list of such entries, a known given name opening
  a name typed as a facility;
- a storm ("Typhoon Doksuri") is an event; "… Broadcasting" an organisation.

A cue on one mention types every mention of the same name in the document (a datelined
"MADRID" or a venue keeps its own label), so one clear context fixes the whole article.
Names spaCy missed are added where the context is unambiguous ("the city of Mahabad",
"news agency BelTA", "v Somerset", "Kisumu and Eldoret"). The lexicon is the
``ner_context`` block of ``lexicons/entity_words.json``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.dateline import CAPITALS, dateline_end
from newsgraph.extract.doc_tokens import doc_ents, doc_tokens
from newsgraph.extract.entity_lexicons import _load, lexicons
from newsgraph.extract.findings import doc_text
from newsgraph.extract.mentions import (
    NAME_LABELS,
    PLACE_LABELS,
    SCORE,
    VERSUS,
    Mention,
    _demonyms,
    countries,
    is_acronym,
    known_places,
    name_key,
)
from newsgraph.extract.timex_lexicon import lexicon as timex_lexicon
from newsgraph.gazetteer.index import Gazetteer

__all__ = ["repair_by_context"]

# "TEHRAN/DUBAI (Reuters) -", "FRANKFURT, March 3 (Reuters)", "TOFTIR, Faroe Islands 1996-08-31"
_PLACE = rf"[{CAPITALS}][{CAPITALS}.'-]+(?: [{CAPITALS}][{CAPITALS}.'-]+){{0,2}}"
DATELINE = re.compile(
    rf"^\s*(?P<places>{_PLACE}(?:/{_PLACE})*)(?:, (?P<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){{0,2}}))?"
    r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"\s+(?:\d{4}-\d\d-\d\d|\((?P<agency>[A-Za-z ]+)\)|(?P<dash>(?:—|–|--?)\s))"
)


@dataclass(frozen=True)
class ContextWords:
    settlement_nouns: frozenset[str]
    settlement_after: frozenset[str]
    org_nouns: frozenset[str]
    staff_nouns: frozenset[str]
    site_after: frozenset[str]
    facility_after: frozenset[str]
    weapon_nouns: frozenset[str]
    product_nouns: frozenset[str]
    place_particles: frozenset[str]
    disease_names: frozenset[str]
    ship_prefixes: frozenset[str]
    place_plurals: frozenset[str]
    nature_plurals: frozenset[str]
    team_nouns: frozenset[str]
    team_verbs: frozenset[str]
    results_team_verbs: frozenset[str]
    transfer_verbs: frozenset[str]
    company_nouns: frozenset[str]
    event_openers: frozenset[str]
    facility_heads: frozenset[str]
    org_heads: frozenset[str]
    not_names: frozenset[str]
    row_labels: frozenset[str]
    demonyms: frozenset[str]
    event_adjectives: frozenset[str]
    event_heads: frozenset[str]
    team_prefixes: frozenset[str]
    place_verbs: frozenset[str]
    team_suffixes: frozenset[str]
    name_links: frozenset[str]
    honorifics: frozenset[str]


@lru_cache(maxsize=1)
def words() -> ContextWords:
    data = _load("entity_words.json")["ner_context"]

    def low(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in data[key])

    return ContextWords(
        settlement_nouns=low("settlement_nouns"),
        settlement_after=low("settlement_after"),
        org_nouns=low("org_nouns"),
        staff_nouns=low("staff_nouns"),
        site_after=low("site_after"),
        facility_after=low("facility_after"),
        weapon_nouns=low("weapon_nouns"),
        product_nouns=low("product_nouns"),
        place_particles=low("place_particles"),
        disease_names=low("disease_names"),
        ship_prefixes=frozenset(data["ship_prefixes"]),
        place_plurals=low("place_plurals"),
        nature_plurals=low("nature_plurals"),
        team_nouns=low("team_nouns"),
        team_verbs=low("team_verbs"),
        results_team_verbs=low("results_team_verbs"),
        transfer_verbs=low("transfer_verbs"),
        company_nouns=low("company_nouns"),
        event_openers=low("event_openers"),
        facility_heads=low("facility_heads"),
        org_heads=low("org_heads"),
        not_names=low("not_names"),
        row_labels=low("row_labels"),
        demonyms=low("demonyms") | _demonyms(),
        event_adjectives=low("event_adjectives"),
        event_heads=low("event_heads"),
        team_prefixes=low("team_prefixes"),
        place_verbs=low("place_verbs"),
        team_suffixes=low("team_suffixes"),
        name_links=low("name_links"),
        honorifics=low("honorifics"),
    )


@lru_cache(maxsize=4096)
def is_country(text: str) -> bool:
    """ "Kenya", "U.S.", "the Republic of Ireland": national sides keep the place label."""
    text = text.lower().removeprefix("the ")
    if text in countries() or lexicons().aliases.get(text, "") in countries():
        return True
    candidates = _gazetteer().lookup(text)
    return bool(candidates) and candidates[0].kind == "country"


def _key(doc: Doc, m: Mention) -> str:
    return name_key(doc_tokens(doc)[m.start : m.end])


def _tok(doc: Doc, i: int) -> Token | None:
    tokens = doc_tokens(doc)
    return tokens[i] if 0 <= i < len(tokens) else None


def repair_by_context(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions with labels fixed from context, plus names the context shows spaCy missed."""
    w = words()
    mentions = [
        m
        for m in mentions
        if not (m.end - m.start == 1 and doc[m.start].lower_ in w.not_names and m.label != "PERSON")
    ]
    mentions = [m for m in mentions if not _title_word(doc, m)]
    mentions = [m for m in mentions if not _row_label(doc, m, w.row_labels)]
    mentions = [m for m in mentions if not _time_zone(doc, m)]
    mentions = [m for m in mentions if not _label_after_noun(doc, m, w.demonyms)]
    lowered = _lowercase_nouns(doc)
    mentions = [m for m in mentions if not _common_word(doc, m, lowered)]
    mentions = _split_each(mentions, partial(_drop_opening_word, doc))
    mentions = _drop_opening_participles(doc, mentions)
    mentions = _split_each(mentions, partial(_drop_role_word, doc))
    for split in (_split_possessives, _split_of_country, _split_commas):
        mentions = _split_each(mentions, partial(split, doc))
    lex = lexicons()
    alone = {_key(doc, m) for m in mentions}
    given = lex.male_names | lex.female_names
    mentions = _split_each(mentions, partial(_split_coordinations, doc, alone=alone, given=given))
    _possessive_names(doc, mentions)
    _particle_surnames(doc, mentions)
    mentions = _particle_orgs(doc, mentions)
    mentions = _particle_places(doc, mentions)
    mentions = _capitalised_particles(doc, mentions)
    mentions = _hyphen_linked(doc, mentions)
    _club_names(doc, mentions)
    person_at = {i for m in mentions if m.label == "PERSON" for i in range(m.start, m.end)}
    for m in mentions:
        _mark_quoted(doc, m, person_at)
    mentions.extend(_missed_names(doc, mentions))
    mentions.extend(_dateline_places(doc, mentions))
    mentions.sort(key=lambda m: (m.start, m.end))
    mentions = _institutions_of_countries(doc, mentions)
    _given_names_before(doc, mentions)
    own: dict[int, str] = {}  # id(mention) -> label only that mention takes
    cues: dict[str, dict[str, float]] = {}
    sports = _sports_doc(doc, mentions)
    surnames = _person_words(doc, mentions)
    place_words = frozenset(
        t.lower_
        for m in mentions
        if m.label in PLACE_LABELS and m.end - m.start > 1
        for t in doc_tokens(doc)[m.start : m.end]
    )
    datelines = _datelines(doc)
    rare = Counter(_key(doc, m) for m in mentions)
    in_place_list = _place_lists(doc, mentions)
    for m in mentions:
        if _inside(doc, m, datelines):
            own[id(m)] = "GPE"  # a dateline opens with a place whatever the word means later
            _vote(cues, _key(doc, m), "GPE", 1.0)  # and the story's "Frankfurt" likely too
            continue
        if _workplace(doc, m):
            _vote(cues, _key(doc, m), "ORG", 2.0)
            continue
        if _prefixed_place(doc, m):
            own[id(m)] = "GPE"
            continue
        listed = id(m) in in_place_list
        if rare[_key(doc, m)] <= 2 and _gazetteer_place(doc, m, surnames | place_words, listed):
            own[id(m)] = "GPE"  # weak: this mention only, and only for a rarely used name
            continue
        for label, weight in _cues(
            doc, m, sports=sports, surnames=surnames | place_words, uses=rare[_key(doc, m)]
        ):
            _vote(cues, _key(doc, m), label, weight)
    _company_forms(doc, mentions, cues)
    _list_entries(doc, mentions, own)
    for m in mentions:
        if id(m) in own:
            m.label = own[id(m)]
            continue
        counts = cues.get(_key(doc, m))
        if counts:
            label, weight = max(counts.items(), key=lambda kv: kv[1])
            if (
                weight >= 1.0
                and not (label == "ORG" and _venue(doc, m))
                # "LIVERPOOL, England — Liverpool beat Real Madrid": the dateline's city
                # does not make the team spaCy saw a place
                and not (
                    label == "GPE"
                    and m.label == "ORG"
                    and sports
                    and _team_cue(doc, m, sports=True)
                )
            ):
                m.label = label
    _org_tails(doc, mentions, own)
    if sports:
        _club_short_forms(doc, mentions, own)
    _weapon_names(doc, mentions)
    for m in mentions:
        if (
            doc[m.start : m.end].text.lower() in w.disease_names
            and m.label != "PERSON"
            and not _bracketed_org_acronym(doc, m)
        ):
            m.label = "PRODUCT"  # "COVID-19", "Ebola": a disease, no organisation or place
    _ship_names(doc, mentions)
    mentions = _kind_lists(doc, mentions)
    tails = _person_tails(doc, mentions)
    people_words = {  # "Neil Jordan", but not "Sri Lanka" typed as a person
        t.lower_
        for m in mentions
        if m.label == "PERSON" and m.end - m.start > 1 and not is_country(doc[m.start : m.end].text)
        for t in doc_tokens(doc)[m.start : m.end]
    }
    for m in mentions:
        if m.label in {"ORG", "GPE", "NORP"} and _key(doc, m) in tails and id(m) not in own:
            m.label = "PERSON"  # "Bankman-Fried" after "Sam Bankman-Fried"
        elif m.label == "ORG" and is_country(doc[m.start : m.end].text):
            m.label = "GPE"  # "The Netherlands drew 2-2": a national side stays a place
        elif (
            m.label == "PERSON"
            and id(m) not in own
            and is_country(doc[m.start : m.end].text)
            and not people_words & {t.lower_ for t in doc[m.start : m.end]}
        ):
            # "Result: Sri Lanka won by 9 wickets" (not "Michael Jordan"'s), "Sri Lankan opener"
            m.label = "NORP" if doc[m.start : m.end].text.lower() in w.demonyms else "GPE"
    _honorific_surnames(doc, mentions)
    mentions = _split_each(mentions, partial(_split_nationality, doc))
    for m in mentions:
        _name_shape(doc, m, surnames)
        word = doc[m.start].lower_
        if m.end - m.start == 1 and m.label in {"PERSON", "ORG", "GPE", "LOC"}:
            if (
                word in w.demonyms
                and word not in surnames
                and id(m) not in own
                # "Myanmar junta" (but the gazetteer's "Angolan" for Angola is no country)
                and not (m.label in PLACE_LABELS and _country_name(word))
            ):
                m.label = "NORP"  # "Welsh referee Derek Bevan"
            elif word in w.event_adjectives:
                m.label = "EVENT"  # "former Olympic sprint champions"
    given_surnames = _given_name_surnames(doc, mentions)
    for m in mentions:
        if (
            m.end - m.start == 1
            and m.label in {"ORG", "GPE", "NORP"}
            and id(m) not in own
            and _key(doc, m) in given_surnames
        ):
            m.label = "PERSON"  # "Haley stays in race" over a story about "Nikki Haley"
    return _score_lines(doc, mentions, sports=sports)


def _given_name_surnames(doc: Doc, mentions: list[Mention]) -> frozenset[str]:
    """Keys of the surnames of two-word people whose first word is a listed given name
    ("Nikki Haley"), unless the surname is also a company or a place ("Michael Dell",
    "Michael Jordan")."""
    lex = lexicons()
    out: set[str] = set()
    for m in mentions:
        if m.label != "PERSON" or m.end - m.start != 2:
            continue
        first, last = doc[m.start], doc[m.start + 1]
        if (
            (first.lower_ in lex.male_names or first.lower_ in lex.female_names)
            and last.is_title
            and last.is_alpha
            and last.lower_ not in lex.companies
            and last.lower_ not in known_places()
        ):
            out.add(name_key([last]))
    return frozenset(out)


def _bracketed_org_acronym(doc: Doc, m: Mention) -> bool:
    """ "the Budapest Stock Exchange (BSE)": an acronym in brackets after an organisation's
    name is that organisation's, whatever disease it also spells."""
    bracket, word = _tok(doc, m.start - 1), _tok(doc, m.start - 2)
    return (
        bracket is not None
        and word is not None
        and bracket.text == "("
        and word.is_title
        and (word.lower_ in words().org_heads or word.lower_ in lexicons().org_suffixes)
    )


def _time_zone(doc: Doc, m: Mention) -> bool:
    """ "at 0130 GMT", "9:30 a.m. EST": a time zone after a clock time is no organisation
    ("Hartford, CT" keeps its state)."""
    before = _tok(doc, m.start - 1)
    return (
        m.end - m.start == 1
        and doc[m.start].lower_ in timex_lexicon().timezones
        and before is not None
        and (any(c.isdigit() for c in before.text) or before.lower_ in {"a.m.", "p.m.", "am", "pm"})
    )


def _title_word(doc: Doc, m: Mention) -> bool:
    """ "Supreme" in "Supreme Leader Ayatollah Ali Khamenei": a title's word, no name."""
    lex = lexicons()
    after = _tok(doc, m.end)
    before, before2 = _tok(doc, m.start - 1), _tok(doc, m.start - 2)
    if (
        m.end - m.start == 1
        and m.label != "PERSON"
        and before is not None
        and before2 is not None
        and before.lower_ == "of"
        and before2.is_title
        and before2.lower_ in lex.role_heads
        and after is not None
        and after.ent_type_ == "PERSON"
    ):
        return True  # "Secretary of State Antony Blinken"
    if (
        m.end - m.start == 1
        and m.label != "PERSON"
        and doc[m.start].is_title
        and doc[m.start].lower_ in lex.role_heads
        and after is not None
        and after.ent_type_ == "PERSON"
        and after.ent_iob_ == "B"
    ):
        return True  # "Magistrate Eunice Nyutu": a role word before the name
    return (
        m.end - m.start == 1
        and m.label != "PERSON"
        and doc[m.start].is_title
        and doc[m.start].is_alpha
        and doc[m.start].lower_ in lex.role_modifiers
        and after is not None
        and after.is_title
        and after.lower_ in lex.role_heads
    )


def _lowercase_nouns(doc: Doc) -> frozenset[str]:
    """Words the article itself writes in lower case, mid-sentence, as nouns."""
    return frozenset(
        t.lower_ for t in doc_tokens(doc) if t.is_lower and t.pos_ == "NOUN" and not t.is_sent_start
    )


def _common_word(doc: Doc, m: Mention, lowered: frozenset[str]) -> bool:
    """ "Cholera outbreak spreads" or "Turnout was high" opening a sentence: a common
    noun the article also writes in lower case ("a cholera outbreak"), no name. A given
    name ("Rose said ...") or a word also capitalised mid-sentence stays a name."""
    if m.end - m.start != 1 or not doc[m.start].is_title:
        return False
    token = doc[m.start]
    if not _opening(token) or token.lower_ not in lowered:
        return False
    lex = lexicons()
    if token.lower_ in lex.male_names | lex.female_names:
        return False
    return not any(
        t.text == token.text and not _opening(t) and t.i != token.i for t in doc_tokens(doc)
    )


def _opening(token: Token) -> bool:
    """A word written with a capital for its place: a sentence's or a quotation's first
    ('"Cassava does not make you rich," he said')."""
    if token.i == 0 or token.is_sent_start:
        return True
    before = token.doc[token.i - 1]
    if not before.is_quote or before.whitespace_:
        return False
    prev = token.doc[before.i - 1] if before.i > 0 else None
    return prev is None or prev.is_space or bool(prev.whitespace_)  # an opening mark


def _drop_opening_word(doc: Doc, m: Mention) -> tuple[Mention, ...] | None:
    """ "Neighbouring Malawi, which ..." tagged as a person: a sentence's capitalised
    opening adjective or participle is no part of the place after it."""
    first = doc[m.start]
    rest = doc[m.start + 1 : m.end]
    if (
        m.end - m.start >= 2
        and (first.i == 0 or first.is_sent_start)
        and first.lower_ not in lexicons().male_names | lexicons().female_names
        and rest.text.lower() in known_places()
        # spaCy tags such a word NNP at times; a person's "surname" that is a country
        # after no given name is the same mistake
        and (
            first.tag_ in {"JJ", "VBG", "VBN", "RB"}
            or (m.label == "PERSON" and is_country(rest.text))
        )
    ):
        label = "GPE" if is_country(rest.text) or m.label not in PLACE_LABELS else m.label
        return (Mention(m.start + 1, m.end, m.kind, label),)
    return None


def _drop_opening_participles(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Striking Samsung workers walk out": a headline's or sentence's opening participle
    or adjective ("Striking", "Embattled") glued to a name the article also uses without
    it ("Samsung Electronics", "Samsung") is no part of the name ("United Nations",
    "Sporting Lisbon", or a word the article capitalises mid-sentence too, stay whole)."""
    tokens = doc_tokens(doc)
    starts: dict[str, int] = {}
    for m in mentions:
        starts[tokens[m.start].lower_] = starts.get(tokens[m.start].lower_, 0) + 1
    lex = lexicons()
    out: list[Mention] = []
    for m in mentions:
        first = tokens[m.start]
        word = first.lower_
        if (
            m.end - m.start >= 2
            and (first.i == 0 or first.is_sent_start)
            and first.is_title
            and first.is_alpha
            and len(word) >= 5
            and (word.endswith("ing") or word.endswith("ed"))
            and word not in lex.male_names | lex.female_names
            and tokens[m.start + 1].is_title
            and starts.get(tokens[m.start + 1].lower_, 0) > 0
            and doc[m.start + 1 : m.end].text.lower() not in known_places()
            and not any(t.text == first.text and t.i != first.i and not _opening(t) for t in tokens)
        ):
            m = Mention(m.start + 1, m.end, m.kind, m.label)
        out.append(m)
    return out


def _given_names_before(doc: Doc, mentions: list[Mention]) -> None:
    """ "Billionaire Bidzina Ivanishvili said": a one-word person's name takes in the
    untagged proper noun right before it (a given name the lists do not know) when a
    common noun or nothing comes before that."""
    lex = lexicons()
    blocked = lex.role_heads | words().not_names | words().demonyms
    starts = {m.start for m in mentions}
    ends = {m.end for m in mentions}
    for m in mentions:
        if m.label != "PERSON" or m.end - m.start != 1 or m.start == 0:
            continue
        first = doc[m.start - 1]
        if (
            first.pos_ != "PROPN"
            or first.tag_ != "NNP"
            or not first.is_title
            or not first.is_alpha
            or first.ent_iob_ != "O"
            or first.i + 1 in starts - {m.start}
            or first.i + 1 in ends
            or first.lower_ in blocked
        ):
            continue
        before = doc[first.i - 1] if first.i > 0 else None
        if (
            before is None
            or first.is_sent_start  # "Imran Khan's party said" opening a paragraph
            or (before.is_sent_start and before.pos_ == "NOUN")
            or before.is_lower
        ):
            m.start -= 1


def _hyphen_linked(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Pakistan Tehreek-e-Insaf", "Hizb-ut-Tahrir": spaCy splits a name at its hyphens
    and tags only the part before the first; the name runs on over "-e-" and the capitalised
    word after it, written solid. A mention it runs into is taken in."""
    links = words().name_links
    tokens = doc_tokens(doc)

    def linked(end: int) -> bool:
        """Whether tokens[end:end + 4] read "-link-Word" stuck to the name before them."""
        if end + 3 >= len(tokens):
            return False
        dash, link, dash2, word = tokens[end : end + 4]
        return (
            not any(t.whitespace_ for t in (tokens[end - 1], dash, link, dash2))
            and dash.text == "-"
            and dash2.text == "-"
            and link.is_lower
            and link.lower_ in links
            and word.is_title
        )

    by_start = {m.start: m for m in mentions}
    dropped: set[int] = set()
    for m in mentions:
        word = tokens[m.end] if m.end < len(tokens) else None
        if word is not None and word.is_title and m.end not in by_start and linked(m.end + 1):
            m.end += 1  # "Pakistan Tehreek-e-Insaf" tagged "Pakistan" alone: a party, no place
            if m.label in PLACE_LABELS | {"NORP"}:
                m.label = "ORG"
        while id(m) not in dropped and linked(m.end):
            m.end += 4
            swallowed = by_start.get(m.end - 1)
            if swallowed is not None and swallowed is not m and id(swallowed) not in dropped:
                dropped.add(id(swallowed))
                m.end = max(m.end, swallowed.end)
    return [m for m in mentions if id(m) not in dropped]


def _drop_role_word(doc: Doc, m: Mention) -> tuple[Mention, ...] | None:
    """ "Magistrate Grace Wanjiru" tagged as one organisation: a capitalised role word
    before a given name and a surname is the person's title, not part of a name."""
    lex = lexicons()
    first = doc[m.start]
    if (
        m.end - m.start >= 3
        and m.label != "PERSON"
        and first.is_title
        and first.lower_ in lex.role_heads
        and doc[m.start + 1].lower_ in lex.male_names | lex.female_names
        and all(t.is_title for t in doc_tokens(doc)[m.start + 1 : m.end])
    ):
        return (Mention(m.start + 1, m.end, m.kind, "PERSON"),)
    return None


def _mark_quoted(doc: Doc, m: Mention, person_at: set[int]) -> None:
    """'known as "Bongbong"' where spaCy tagged the word without its quote marks, and
    "Mohamed Hamdan Dagalo, known as Hemedti": a person's nickname even unquoted (not
    "a region known as Donbas")."""
    marks = lexicons().quote_marks
    before, after = _tok(doc, m.start - 1), _tok(doc, m.end)
    if before is not None and after is not None and before.text in marks and after.text in marks:
        m.quoted = True
        return
    if before is None or before.lower_ != "as" or m.end - m.start > 1:
        return
    verb = before.head
    if (
        verb.lemma_.lower() in {"know", "nickname", "dub", "call"}
        and verb.dep_ == "acl"
        and verb.head.i in person_at
    ):
        m.quoted = True


def _vote(cues: dict[str, dict[str, float]], key: str, label: str, weight: float) -> None:
    counts = cues.setdefault(key, {})
    counts[label] = counts.get(label, 0.0) + weight


def _venue(doc: Doc, m: Mention) -> bool:
    """ "In Montreal, Scott Sanders allowed one hit": a place where a game is played stays a
    place even where the same city's team is named elsewhere in the story."""
    before = _tok(doc, m.start - 1)
    return (
        m.label in PLACE_LABELS
        and before is not None
        and before.lower_ in {"in", "at", "near", "outside"}
        and not _team_cue(doc, m, sports=True)
        and not _workplace(doc, m)
    )


def _person_words(doc: Doc, mentions: list[Mention]) -> frozenset[str]:
    """Words of multi-word person names: "Jones" after "Tom Jones" is no company."""
    return frozenset(
        t.lower_
        for m in mentions
        if m.label == "PERSON" and m.end - m.start > 1 and not _city_person(doc, m)
        for t in doc_tokens(doc)[m.start : m.end]
    )


def _kind_lists(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "The Ravi, Sutlej and Chenab rivers", "Kano, Lagos and Plateau states": names
    listed before a plural kind of place are each such a place, whatever spaCy made of
    them (a group, an organisation, nothing)."""
    w = words()
    kinds = w.place_plurals | w.nature_plurals
    lowered = doc_text(doc).lower()
    if not any(k in lowered for k in kinds):
        return mentions  # the common case, without a walk over every token
    out = list(mentions)
    for t in doc_tokens(doc):
        if not t.is_lower or t.lower_ not in kinds:
            continue
        label = "GPE" if t.lower_ in w.place_plurals else "LOC"
        chunks: list[tuple[int, int]] = []
        i = t.i - 1
        while i >= 0:
            end = i + 1
            while i >= 0 and doc[i].is_title and doc[i].lower_ not in {"the", "and", "or"}:
                i -= 1
            if i + 1 == end:
                break
            chunks.append((i + 1, end))
            if i >= 1 and doc[i].lower_ in {"and", "or"} and doc[i - 1].text == ",":
                i -= 2  # an Oxford comma
            elif i >= 0 and (doc[i].text == "," or doc[i].lower_ in {"and", "or"}):
                i -= 1
            else:
                break
        if len(chunks) < 2 or any(_descriptive(doc[end - 1]) for _, end in chunks):
            continue  # "19 Northern and Northeastern states", "Arab and African states"
        for start, end in chunks:
            inside = [m for m in out if m.start < end and start < m.end]
            if not inside:
                out.append(Mention(start, end, "name", label))
            elif len(inside) == 1 and inside[0].start >= start and inside[0].end <= end:
                inside[0].start, inside[0].end, inside[0].label = start, end, label
    return sorted(out, key=lambda m: (m.start, m.end))


def _descriptive(word: Token) -> bool:
    low = word.lower_
    return low in words().demonyms or bool(re.match(r"(?:north|south|east|west|central)", low))


def _ship_names(doc: Doc, mentions: list[Mention]) -> None:
    """ "the BRP Suluan", "USS Carl Vinson", "HMS Dauntless": a ship's prefix makes the
    name a vessel (OTHER), not a place, person or organisation."""
    prefixes = words().ship_prefixes
    for m in mentions:
        first = doc[m.start]
        if first.text in prefixes and m.end - m.start >= 2:
            m.label = "PRODUCT"
        elif m.start > 0 and doc[m.start - 1].text in prefixes and doc[m.start - 1].is_upper:
            m.start -= 1  # "USS" left out of the tagged name
            m.label = "PRODUCT"


def _weapon_names(doc: Doc, mentions: list[Mention]) -> None:
    """ "more Patriot systems", "Katyusha rockets": a name every mention of which is
    followed by a kind of weapon is the weapon's make, no person, group or place ("Hamas
    rockets" keeps Hamas, named alone elsewhere)."""
    weapons = words().weapon_nouns
    by_key: dict[str, list[Mention]] = {}
    for m in mentions:
        by_key.setdefault(_key(doc, m), []).append(m)
    for group in by_key.values():
        if all(
            (after := _tok(doc, m.end)) is not None
            and after.is_lower
            and after.lower_ in weapons
            and m.label in {"PERSON", "ORG", "GPE", "LOC", "NORP"}
            and not is_country(doc[m.start : m.end].text)
            and doc[m.start : m.end].text.lower() not in words().demonyms
            for m in group
        ) or _product_code(doc, group):
            for m in group:
                m.label = "PRODUCT"


def _product_code(doc: Doc, group: list[Mention]) -> bool:
    """ "its H20 chips ... H20 sales", "the A350 airliner": a one-word code of letters and
    digits that is once followed by a kind of product names the product, no firm or place."""
    nouns = words().product_nouns | words().weapon_nouns
    first = group[0]
    code = doc[first.start]
    return (
        first.end - first.start == 1
        and any(c.isdigit() for c in code.text)
        and any(c.isalpha() for c in code.text)
        and all(m.label in {"PERSON", "ORG", "GPE", "LOC", "NORP"} for m in group)
        and any(
            (after := _tok(doc, m.end)) is not None and after.is_lower and after.lower_ in nouns
            for m in group
        )
    )


def _club_short_forms(doc: Doc, mentions: list[Mention], own: dict[int, str]) -> None:
    """ "Newcastle are a tough side" in a results story that names "Newcastle United": a
    town that opens a club's longer name, written alone, is the club (not where a game
    is played: "in Newcastle", "at Newcastle")."""
    club_words = words().team_suffixes
    towns = {
        doc[m.start].lower_
        for m in mentions
        if m.label == "ORG"
        and m.end - m.start >= 2
        and doc[m.start].lower_ in known_places()
        # "Newcastle United", "Boston Red Sox", "Philadelphia Phillies"
        and (doc[m.end - 1].lower_ in club_words or doc[m.end - 1].text.endswith("s"))
    }
    for m in mentions:
        if (
            m.end - m.start == 1
            and m.label in PLACE_LABELS
            and id(m) not in own
            and doc[m.start].lower_ in towns
            and not _venue(doc, m)
            and not is_country(doc[m.start].text)
        ):
            m.label = "ORG"


def _org_tails(doc: Doc, mentions: list[Mention], own: dict[int, str]) -> None:
    """ "United said" after "Manchester United": a club word ending an organisation's
    longer name, written alone, is that organisation, not a person (unless it is a
    given name or someone's surname in the article). Only club words: spaCy often
    folds a player's surname into a team ("Sri Lanka Jayasuriya")."""
    lex = lexicons()
    club_words = words().team_suffixes
    tails = {
        doc[m.end - 1].lower_
        for m in mentions
        if m.label == "ORG"
        and m.end - m.start >= 2
        and doc[m.end - 1].is_title
        and doc[m.end - 1].lower_ in club_words
    }
    people = {
        t.lower_
        for m in mentions
        if m.label == "PERSON" and m.end - m.start >= 2
        for t in doc_tokens(doc)[m.start : m.end]
    }
    for m in mentions:
        word = doc[m.start].lower_
        if (
            m.end - m.start == 1
            and m.label == "PERSON"
            and id(m) not in own
            and word in tails
            and word not in people | lex.male_names | lex.female_names
        ):
            m.label = "ORG"


def _honorific_surnames(doc: Doc, mentions: list[Mention]) -> None:
    """ "Mr Sunak", "Dr Tedros": a name a courtesy title stands before is a person's,
    and so is every name ending in it that no gazetteer place has ("Rishi Sunak" tagged
    as a place; "Mr Jordan" does not make "Jordan" a person where the country is meant,
    since only the mentions with the title and full names ending in it change)."""
    titles = words().honorifics
    tokens = doc_tokens(doc)
    titled: set[str] = set()
    for m in mentions:
        if m.start > 0 and tokens[m.start - 1].lower_ in titles and tokens[m.start - 1].is_title:
            titled.add(tokens[m.end - 1].lower_)
            m.label = "PERSON"
    if not titled:
        return
    for m in mentions:
        if (
            m.label in PLACE_LABELS
            and m.end - m.start > 1
            and tokens[m.end - 1].lower_ in titled
            and all(t.is_title for t in tokens[m.start : m.end])
            and not _gazetteer().lookup(doc[m.start : m.end].text)
        ):
            m.label = "PERSON"


def _person_tails(doc: Doc, mentions: list[Mention]) -> frozenset[str]:
    """Keys of the multi-token surnames of full-name people ("bankman - fried")."""
    out: set[str] = set()
    for m in mentions:
        if m.label != "PERSON" or m.end - m.start < 3 or _city_person(doc, m):
            continue
        for k in range(m.start + 1, m.end - 1):
            if doc[k].is_title:
                out.add(name_key(list(doc[k : m.end])))
    return frozenset(out)


def _city_person(doc: Doc, m: Mention) -> bool:
    """ "Atletico Madrid" typed as a person: a "name" holding a big city's name."""
    if m.label != "PERSON":
        return False
    words = doc_tokens(doc)[m.start : m.end]
    if _initialled_name(words):
        return False  # "Vladimir V. Putin", "Florence K. Adams": a given name, then an initial
    return any(t.is_title and t.lower_ in known_places() for t in words)


def _initialled_name(words: list[Token]) -> bool:
    """Given name, middle initial(s), surname: the shape of a person's name, never a team's."""
    given = lexicons().male_names | lexicons().female_names
    if len(words) < 3 or words[0].lower_ not in given or not words[-1].is_title:
        return False
    middle = words[1:-1]
    return all(len(t.text) == 2 and t.text[0].isupper() and t.text[1] == "." for t in middle)


def _datelines(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the places a dateline opens with ("TEHRAN/DUBAI (Reuters) -")."""
    lex = lexicons()
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in doc_text(doc).split("\n"):
        match = DATELINE.match(line)
        agency = match.group("agency") if match is not None else None
        # an agency we do not list still makes a dateline when a dash follows it
        # ("MOMBASA, Kenya (Example Wire) — Heavy rain ...")
        if (
            match is not None
            and match.group("dash")
            and (
                line[match.end() :].upper() == line[match.end() :]
                or not _named_place(match.group("places"))
            )
        ):
            match = None  # "GREENVILLE — A man ...", not "BREAKING — ..." nor "GOLF - WOODS WINS"
        if match is not None and (
            agency is None or agency.lower() in lex.media_outlets or dateline_end(line) is not None
        ):
            pos = offset + match.start("places")
            for place in match.group("places").split("/"):
                spans.append((pos, pos + len(place)))
                pos += len(place) + 1
            if match.group("region"):
                spans.append((offset + match.start("region"), offset + match.end("region")))
        offset += len(line) + 1
    return spans


def _institutions_of_countries(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "the Electoral Commission of Zambia" tagged as "Electoral Commission" and "Zambia":
    a capitalised institution ending in its kind of body, "of" and a country are one name
    (spaCy gets "Central Bank of Nigeria" whole, but not always)."""
    lex = lexicons()
    # public bodies, not firms ("Kia Motor Corp of South Korea" is a firm and a country)
    heads = (
        (lex.org_name_heads | lex.institution_heads)
        - lex.org_suffixes
        - {
            "company",
            "corporation",
            "group",
        }
    )
    tokens = doc_tokens(doc)
    out: list[Mention] = []
    skip: set[int] = set()
    for k, m in enumerate(mentions):
        if k in skip:
            continue
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if (
            nxt is not None
            and m.label == "ORG"
            and nxt.label in PLACE_LABELS
            and nxt.start == m.end + 1
            and tokens[m.end].lower_ == "of"
            and tokens[m.end - 1].is_title
            and tokens[m.end - 1].lower_ in heads
            and is_country(doc[nxt.start : nxt.end].text)
        ):
            m.end = nxt.end
            skip.add(k + 1)
        out.append(m)
    return out


def _named_place(text: str, *, min_population: int = 0) -> bool:
    """Whether some place in the gazetteer is called this (any of the "/" names)."""
    return any(
        c.how == "name" and c.population >= min_population
        for name in text.split("/")
        for c in _gazetteer().lookup(name.title())
    )


def _label_after_noun(doc: Doc, m: Mention, demonyms: frozenset[str]) -> bool:
    """ "the new clade Ib", "the strain BA": a short code after a lower-case common noun
    that spaCy calls a nationality or group is the noun's label, no group of people."""
    if m.label != "NORP" or m.end - m.start != 1 or m.start == 0:
        return False
    token, before = doc[m.start], doc[m.start - 1]
    return (
        len(token.text) <= 3
        and token.lower_ not in demonyms
        and before.pos_ == "NOUN"
        and before.is_lower
    )


def _inside(doc: Doc, m: Mention, spans: list[tuple[int, int]]) -> bool:
    a, b = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text)
    return any(s <= a and b <= e for s, e in spans)


def _dateline_places(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Dateline places spaCy did not tag ("TEHRAN/DUBAI (Reuters)"); the mentions inside
    one dateline place become that one place (``mentions`` is changed in place)."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for a, b in _datelines(doc):
        span = doc.char_span(a, b, alignment_mode="strict")
        if span is None:
            continue
        inside = [m for m in mentions if span.start <= m.start and m.end <= span.end]
        crossing = any(m.start < span.start < m.end or m.start < span.end < m.end for m in mentions)
        if inside and not crossing:
            # "LA CORUNA", not "CORUNA"; "ST. PARIS" tagged as "ST" and "PARIS": one place
            inside[0].start, inside[0].end = span.start, span.end
            for extra in inside[1:]:
                mentions.remove(extra)
        elif not any(i in covered for i in range(span.start, span.end)):
            found.append(Mention(span.start, span.end, "name", "GPE"))
    return found


def _person_noun(word: Token) -> bool:
    """ "climatologist", "activist", "historian": a singular noun for what a person does."""
    return word.tag_ == "NN" and word.lower_.endswith(("ologist", "ist", "ian"))


def _apposed_org_noun(name: Span) -> bool:
    """Whether a name is set off by a comma before an appositive headed by the singular
    noun of a kind of organisation ("Al-Shabaab, the militant group that ...")."""
    doc = name.doc
    if name.end >= len(doc) or doc[name.end].text != ",":
        return False
    org_nouns = words().org_nouns
    lex = lexicons()

    def person_word(token: Token) -> bool:  # "a developer" may be one
        return token.lower_ in lex.person_nouns or token.lower_ in lex.role_heads

    return any(
        c.dep_ == "appos"
        and c.left_edge.i
        == name.end + 1  # the first appositive, not "…, a founder of X, a company"
        and c.is_lower  # "group", whichever singular tag the parser gave it
        and c.tag_ not in {"NNS", "NNPS"}
        and c.lower_ in org_nouns
        and not person_word(c)
        # "a developer and spokeswoman for …": one person with two callings
        and not any(k.dep_ == "conj" and person_word(k) for k in c.children)
        # "Trump, the developer who came to epitomize wealth": "who" is said of a person
        and not any(
            k.dep_ == "relcl" and any(w.lower_ == "who" for w in k.children) for k in c.children
        )
        for c in name.root.children
    )


def _workplace(doc: Doc, m: Mention) -> bool:
    """ "analysts at Jefferies", "economists at Berenberg": where people work is a firm,
    even when a hamlet somewhere bears its name (not a country)."""
    before, before2 = _tok(doc, m.start - 1), _tok(doc, m.start - 2)
    return (
        before is not None
        and before.lower_ == "at"
        and before2 is not None
        and before2.lower_ in words().staff_nouns
        and not is_country(doc[m.start : m.end].text)
    )


def _cues(
    doc: Doc, m: Mention, *, sports: bool, surnames: frozenset[str], uses: int = 1
) -> list[tuple[str, float]]:
    """(label, weight) that the words around this mention give its name (used ``uses``
    times in the article)."""
    w = words()
    out: list[tuple[str, float]] = []
    name = doc[m.start : m.end]
    text = name.text.lower()
    before = _tok(doc, m.start - 1)
    before2 = _tok(doc, m.start - 2)
    after = _tok(doc, m.end)
    after2 = _tok(doc, m.end + 1)
    country = is_country(text)
    lone = m.end - m.start == 1
    demonym = text in w.demonyms
    # places: "the city of X", "X region", "the capital X", "X, a port town"
    if (
        before is not None
        and before.lower_ == "of"
        and before2 is not None
        and before2.lower_ in w.settlement_nouns
        and before2.is_lower
        # "the province of Twitter" (a figure of speech): a name spaCy calls an
        # organisation again and again, that no place bears, stays one
        and not (
            m.label == "ORG"
            and uses >= 3
            and text not in known_places()
            and not _named_place(name.text)
        )
    ):
        out.append(("GPE", 2.0))
    if before is not None and before.lower_ == "capital" and before.is_lower:
        out.append(("GPE", 2.0))
    if after is not None and after.lower_ in w.settlement_after and after.is_lower and not demonym:
        out.append(("GPE", 2.0))
    if _site_after(doc, m) and m.label in PLACE_LABELS and not demonym:
        out.append(("GPE", 3.0))  # "the Abu Shouk camp" (but "the Trump camp" is no place)
    if _appositive_settlement(doc, m):
        out.append(("GPE", 2.0))
    if _facility_after(doc, m, surnames) and not demonym:
        out.append(("FAC", 3.0))  # "the Halfaya bridge", "the Kerem Shalom crossing"
    if sports and _ground(doc, m, surnames):
        out.append(("FAC", 2.0))  # "beat Real Madrid 2-0 at Anfield": a ground, no person
    if (
        lone
        and m.label in PLACE_LABELS
        and before is not None
        and before.lower_ == "of"
        and before2 is not None
        and before2.ent_type_ == "PERSON"
        and not country
        and not _named_place(name.text, min_population=5_000)
    ):
        out.append(("ORG", 2.0))  # "Stacy Rasgon of Bernstein": an employer, not a hamlet
    # organisations: "the Tasnim news agency", "the charity Asylum Aid"
    # (a place before an organisation noun only says where it is: "the Warsaw stock exchange")
    place = m.label in PLACE_LABELS or text in known_places()
    if (
        after is not None
        and after.is_lower
        and _org_noun_at(doc, m.end)
        and not demonym
        and not place
        # "the Trump foundation" names a body after a person met in full elsewhere
        and not (m.label == "PERSON" and (not lone or text in surnames))
    ):
        out.append(("ORG", 2.0))
    if (
        before is not None
        and before.is_lower
        and before.lower_ in w.org_nouns
        and (
            m.label != "PERSON"
            or (before2 is not None and before2.lower_ == "the")
            or before.lower_ in {"club", "team", "side", "franchise"}  # "Belgian club X"
            or (m.end - m.start == 1 and before.tag_ == "NN")  # "according to pollster Ipsos"
            # "Danish drugmaker Bavarian Nordic": a nationality before the kind of firm
            or (before2 is not None and before2.lower_ in w.demonyms)
        )
    ):
        out.append(("ORG", 2.0 if m.label == "PERSON" else 1.0))  # "the charity Asylum Aid"
    if m.label in PLACE_LABELS | {"PERSON", "NORP"} and not country and _apposed_org_noun(name):
        out.append(("ORG", 2.0))  # "Al-Shabaab, the al-Qaeda-linked militant group"
    # people: "former central bank chief Henrique Meirelles", a two- or three-word name
    # right after a lower-case role word, whatever the tagger called it
    roles = lexicons().role_heads
    if (
        m.label != "PERSON"
        # a place's name stays a place ("the governor Texas" is no way to write), unless no
        # place has it: "Central Bank of Kenya governor Kamau Thugge" tagged a facility
        and (m.label not in PLACE_LABELS or not _gazetteer().lookup(name.text))
        and 2 <= m.end - m.start <= 3
        and before is not None
        and before.is_lower
        and (before.lower_ in roles or _person_noun(before))
        and all(t.is_title and t.is_alpha for t in name)
        and not any(t.lower_ in w.org_nouns or t.lower_ in roles for t in name)
    ):
        out.append(("PERSON", 2.0))
    person_like = m.label == "PERSON" and lone and text not in surnames
    if person_like or (m.label in PLACE_LABELS and not country):
        if after is not None and after.lower_ in w.company_nouns and person_like:
            out.append(("ORG", 2.0))  # "Cofinec shares", "Jones stock" (not "Tokyo shares")
        if (
            m.label in PLACE_LABELS
            and after is not None
            and (after.lower_ in w.company_nouns or after.lower_ in lexicons().role_heads)
            and text not in known_places()
            and not _gazetteer().lookup(name.text)
        ):
            out.append(("ORG", 2.0))  # "Nvidia Chief Executive Jensen Huang": no place at all
        if (
            after is not None
            and after.lower_ in lexicons().role_heads
            and after.lower_ not in w.team_nouns
            and after2 is not None
            and after2.ent_type_ == "PERSON"
            and person_like
            and not demonym
        ):
            out.append(("ORG", 2.0))  # "Ericsson spokesman Per Zetterquist"
        unplaced = text not in known_places() and not _gazetteer().lookup(name.text)
        given_name = doc[m.start].lower_ in lexicons().male_names or (
            doc[m.start].lower_ in lexicons().female_names
        )
        if (
            lone
            and (person_like or unplaced)
            and not given_name
            and not demonym
            and after is not None
            and after.lower_ in ("'s", "’s")
            and after2 is not None
            and after2.ent_type_ == "PERSON"
            and after2.is_title
        ):
            out.append(("ORG", 2.0))  # "Morningstar's Brian Colello": a firm's analyst
    # teams: places (not countries) and lone "people" that play
    if (lone or m.label in PLACE_LABELS or _city_person(doc, m)) and not country:
        if m.label not in PLACE_LABELS | {"PERSON"}:
            return out
        if text in surnames:
            return out  # a surname here, or "Korea" after "South Korea"
        if _team_cue(doc, m, sports=sports):
            out.append(("ORG", 1.5))
        elif sports and lone and m.label == "PERSON" and _gazetteer_region(text):
            out.append(("ORG", 1.0))  # "Kent", "Derbyshire" in a cricket report
        return out
    # fixtures: "St Johnstone v Airdrieonians" whatever the tagger guessed
    if sports and not country and m.label in {"PERSON", "FAC", "NORP"} and _versus(doc, m):
        given = lexicons().male_names | lexicons().female_names
        if doc[m.start].lower_ not in given:
            out.append(("ORG", 1.5))
    return out


def _versus(doc: Doc, m: Mention) -> bool:
    after, before = _tok(doc, m.end), _tok(doc, m.start - 1)
    return (after is not None and after.lower_ in VERSUS) or (
        before is not None and before.lower_ in VERSUS
    )


def _gazetteer_region(text: str) -> bool:
    """A county, province or city of over 150,000 people (not a country): in a sports
    report such a "person" is its team."""
    candidates = _gazetteer().lookup(text)
    if not candidates or candidates[0].how != "name":
        return False
    top = candidates[0]
    return top.kind in {"admin1", "admin2", "city"} and top.population >= 150_000


def _place_lists(doc: Doc, mentions: list[Mention]) -> set[int]:
    """ids of mentions listed next to a place ("Delhi, Punjab and Haryana"), however the
    parser attached them."""
    ordered = sorted(mentions, key=lambda m: m.start)
    found: set[int] = set()

    def place(m: Mention) -> bool:
        return m.label in {"GPE", "LOC"} or id(m) in found

    for seq in (ordered, ordered[::-1]):
        for a, b in pairwise(seq):
            first, second = (a, b) if a.start < b.start else (b, a)
            joined = second.start == first.end + 1 and doc[first.end].lower_ in {",", "and", "or"}
            if joined and place(a):
                found.add(id(b))
    return found


def _gazetteer_place(doc: Doc, m: Mention, surnames: frozenset[str], in_list: bool = False) -> bool:
    """ "a warning for Okinawa", "Delhi, Punjab and Haryana", "reporters in Belo Horizonte":
    a "person" (or, after "in", an "organisation") that the gazetteer knows as a country,
    a province or a big city, where a place fits the sentence."""
    lex = lexicons()
    size = m.end - m.start
    if size > 3 or m.label not in {"PERSON", "NORP", "ORG"}:
        return False
    token = doc[m.start]
    if not token.is_title or token.lower_ in words().demonyms:
        return False
    if size == 1 and token.lower_ in surnames:
        return False
    before = _tok(doc, m.start - 1)
    preps = {"in", "at", "near", "from", "across", "outside", "to", "for", "around", "into"}
    org_preps = {"in", "to", "from", "across", "around"}
    placed = before is not None and before.lower_ in (preps if m.label != "ORG" else org_preps)
    root = doc[m.start : m.end].root
    if root.dep_ == "dobj" and root.head.lemma_.lower() in words().place_verbs:
        placed = True  # "visiting Kahramanmaras", "shelled Kharkiv"
    beside_place = any(
        c.ent_type_ in {"GPE", "LOC"} or c.text.lower() in known_places() for c in root.conjuncts
    )
    listed = size == 1 and (in_list or beside_place)
    if not (placed or listed):
        return False
    if (
        size > 1
        and (m.label != "PERSON" or token.lower_ in lex.male_names | lex.female_names)
        and not beside_place
    ):
        return False  # "in Jordan Henderson's absence" (but "in Khan Younis and Gaza City")
    candidates = _gazetteer().lookup(doc[m.start : m.end].text)
    if not candidates:
        return False
    top = candidates[0]
    big = top.population >= 100_000
    if top.how != "name" and not (top.how == "alt" and big and beside_place):
        return False  # a spelling of a big town listed with other places is that town
    after = _tok(doc, m.end)
    located = (
        size == 1
        and before is not None
        and before.lower_ in {"in", "near", "outside"}
        and (after is None or after.tag_ != "POS")
        and token.lower_ not in lex.male_names | lex.female_names
    )  # "an army base in Safed": a town, however small, where a place is asked for
    return (
        top.kind in {"country", "admin1"}
        or (top.kind == "city" and (big or (located and top.population >= 15_000)))
        or (top.kind == "admin2" and big and placed)
    )


# "el-Fasher", "al-Hasakah": an Arabic article written lower case before a place name
ARTICLE_PREFIX = re.compile(r"(?:al|el|ad|ar|as|ash|az|an)-[A-Z]")


def _prefixed_place(doc: Doc, m: Mention) -> bool:
    """ "the edge of el-Fasher": a one-word name opening with a lower-case Arabic article
    that the gazetteer knows as a town or province is that place, however often it
    recurs (organisations so written, "al-Shabaab", are no towns)."""
    text = doc[m.start : m.end].text
    if m.end - m.start > 3 or " " in text or not ARTICLE_PREFIX.match(text):
        return False  # spaCy splits "el-Fasher" into three tokens
    candidates = _gazetteer().lookup(text)
    return bool(candidates) and candidates[0].how == "name" and candidates[0].kind != "country"


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    return Gazetteer.default()


def _org_noun_at(doc: Doc, i: int) -> bool:
    """ "news agency", "rights group", "union" right after a name (a lower-case head)."""
    w = words()
    for j in range(i, min(i + 3, len(doc))):
        t = doc[j]
        if not t.is_lower:
            return False
        if t.lower_ in w.org_nouns:
            nxt = _tok(doc, j + 1)
            return nxt is None or not (nxt.is_lower and nxt.pos_ == "NOUN")
        if t.pos_ not in {"NOUN", "ADJ"}:
            return False
    return False


def _appositive_settlement(doc: Doc, m: Mention) -> bool:
    """ "Izmail, a Danube port town", "Anand Vihar, an eastern suburb", "X, his home province"
    (not "X, a former state GOP chair")."""
    w = words()
    i = m.end
    if i >= len(doc) or doc[i].text != ",":
        return False
    j = i + 1
    if j < len(doc) and doc[j].lower_ in {"a", "an", "the", "his", "her", "their", "its"}:
        j += 1
    else:
        return False
    for k in range(j, min(j + 5, len(doc))):
        t = doc[k]
        if t.lower_ in w.settlement_nouns and t.is_lower:
            nxt = _tok(doc, k + 1)
            # "Murray Clark, a former state GOP chair": the noun only modifies the head
            return nxt is None or nxt.pos_ not in {"NOUN", "PROPN"}
        if t.is_punct or t.pos_ in {"VERB", "AUX", "ADP", "CCONJ"}:
            return False
    return False


def _team_cue(doc: Doc, m: Mention, *, sports: bool) -> bool:
    w = words()
    lex = lexicons()
    if m.label == "PERSON" and not sports:
        return False  # "Police beat Wang": no game, no team
    root = doc[m.start : m.end].root
    after = _tok(doc, m.end)
    before = _tok(doc, m.start - 1)
    if (after is not None and after.lower_ in VERSUS) or (
        before is not None and before.lower_ in VERSUS
    ):
        return True
    if after is not None and after.is_lower and after.lower_ in w.team_nouns:
        return True  # "Atletico coach Diego Simeone", "Norwich striker"
    if (
        sports
        and after is not None
        and SCORE.fullmatch(after.text)
        and (before is None or before.text in {",", ";", ":", "\n"} or "\n" in before.text_with_ws)
        and (m.label != "PERSON" or _gazetteer_region(doc[m.start : m.end].text))
    ):
        return True  # "..., Kent 108-3 ." in a scorecard
    after2 = _tok(doc, m.end + 1)
    if (
        sports
        and after is not None
        and after2 is not None
        and after.is_digit
        and (after2.is_digit or re.fullmatch(r"\.\d{3}", after2.text) is not None)
        and (m.label != "PERSON" or _gazetteer_region(doc[m.start : m.end].text))
    ):
        return True  # a standings row: "SAN DIEGO 75 60 .556 -"
    if after is not None and after.tag_ == "POS":
        nxt = _tok(doc, m.end + 1)
        if nxt is not None and nxt.lower_ in w.team_nouns | {"home", "away"}:
            return True  # "Nice 's home defeat", "Shearer 's Newcastle team mate"
    verb = root.head
    lemma = verb.lemma_.lower()
    if (
        root.dep_ in {"nsubj", "dobj", "nsubjpass"}
        and verb.pos_ == "VERB"
        and (
            lemma in w.team_verbs
            or lemma in lex.sports_verbs
            or (sports and lemma in w.results_team_verbs)
        )
    ):
        return True
    if sports and any(
        c.dep_ == "relcl"
        and c.lemma_.lower() in w.team_verbs | w.results_team_verbs | lex.sports_verbs
        and any(s.dep_ == "nsubj" and s.lower_ in {"who", "which", "that"} for s in c.children)
        for c in root.children
    ):
        return True  # "Liverpool, who beat Aston Villa 3-1 on Friday, are second"
    plural_verb = verb.tag_ == "VBP" or verb.lower_ in {"were", "are"}
    if (
        root.dep_ == "nsubj"
        and plural_verb
        and root.tag_ == "NNP"
        and sports
        and not any(c.dep_ == "conj" for c in root.children)
        and doc[m.start : m.end].text.lower() not in known_places()
    ):
        return True  # "Deportivo were unable", "Rotor are well placed"
    if (
        sports
        and root.dep_ == "pobj"
        and root.head.lower_ in {"by", "against", "to", "over"}
        and root.head.head.lower_ in _RESULT_NOUNS
    ):
        return True  # "a 3-0 home defeat by Liverpool", "their win over Leeds"
    if sports and root.dep_ in {"pobj", "dobj"}:
        head = root.head if root.dep_ == "dobj" else root.head.head
        if head.pos_ == "VERB" and head.lemma_.lower() in w.transfer_verbs:
            return True  # "joined Newcastle", "played for Nice", "loaned to Atalanta"
    return False


def _sports_doc(doc: Doc, mentions: list[Mention]) -> bool:
    """A results story: a score, a "v" or a result verb between two names."""
    lex = lexicons()
    for t in doc_tokens(doc):
        if t.lower_ in VERSUS and t.i and doc[t.i - 1].pos_ == "PROPN":
            return True
        if t.lemma_.lower() in lex.sports_verbs and t.pos_ == "VERB":
            deps = {c.dep_ for c in t.children if c.pos_ == "PROPN"}
            if {"nsubj", "dobj"} <= deps:
                return True  # "Leicestershire beat Somerset", not "Police beat Wang"
        if (
            t.text in {"-", "–"}
            and not t.whitespace_
            and 0 < t.i < len(doc) - 1
            and doc[t.i - 1].is_digit
            and doc[t.i + 1].is_digit
            and not doc[t.i - 1].whitespace_
            and t.i > 1
            and doc[t.i - 2].pos_ in {"VERB", "PROPN"}
        ):
            return True  # "lost 2-1" split into three tokens
        text = t.text
        if "-" in text and SCORE.fullmatch(text):
            if t.i and doc[t.i - 1].pos_ in {"VERB", "PROPN"}:
                return True
            after = _tok(doc, t.i + 1)
            if after is not None and after.lower_ in _RESULT_NOUNS:
                return True  # "their 2-1 win"
        if t.is_digit and t.i >= 2 and doc[t.i - 1].text in {"-", "–"} and doc[t.i - 2].is_digit:
            after = _tok(doc, t.i + 1)
            if after is not None and after.lower_ in _RESULT_NOUNS:
                return True  # "a 3-0 home defeat" split into three tokens
    return False


_RESULT_NOUNS = frozenset(
    {"win", "victory", "defeat", "loss", "draw", "home", "away", "thrashing", "rout", "lead"}
)


def _company_forms(doc: Doc, mentions: list[Mention], cues: dict[str, dict[str, float]]) -> None:
    """ "Pirelli" where the article also writes "Pirelli SpA": a company, not a person."""
    suffixes = lexicons().org_suffixes
    for m in mentions:
        if m.end - m.start < 2 or doc[m.end - 1].lower_.rstrip(".") not in {
            s.rstrip(".") for s in suffixes
        }:
            continue
        head = name_key(list(doc[m.start : m.end - 1]))
        _vote(cues, head, "ORG", 2.0)


def _list_entries(doc: Doc, mentions: list[Mention], own: dict[int, str]) -> None:
    """ "5. Leah Pells ( Canada ) 4:09.95": in a sentence listing several "Name ( Country )"
    entries, the entries share the type most of them got (usually people)."""
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        a, b = _tok(doc, m.end), _tok(doc, m.end + 1)
        if a is None or b is None or a.text != "(":
            continue
        if not is_country(b.text.lower()) and b.ent_type_ not in {"GPE", "LOC"}:
            continue
        if m.end - m.start < 2 and m.label != "PERSON":
            continue
        by_sent.setdefault(doc[m.start].sent.start, []).append(m)
    for group in by_sent.values():
        for m in group:
            if _ranked(doc, m):
                own[id(m)] = "PERSON"  # "7. Natalya Shikolen ( Belarus ) 60.74"
        if len(group) < 3:
            continue
        votes = Counter(m.label for m in group)
        label, count = votes.most_common(1)[0]
        if label == "PERSON" and count * 2 > len(group):
            for m in group:
                if m.end - m.start > 1:
                    own[id(m)] = "PERSON"


def _ranked(doc: Doc, m: Mention) -> bool:
    """A placing in a results list: "7. Name Name ( Country )"."""
    words = doc[m.start : m.end]
    if not 2 <= len(words) <= 4 or not all(t.is_title or t.text == "-" for t in words):
        return False
    before = _tok(doc, m.start - 1)
    if before is None:
        return False
    if re.fullmatch(r"\d{1,2}=?\.", before.text):
        return True
    prev = _tok(doc, m.start - 2)
    return before.text == "." and prev is not None and prev.is_digit and len(prev.text) <= 2


def _name_shape(doc: Doc, m: Mention, surnames: frozenset[str]) -> None:
    """The words of the name itself: "Typhoon X" is an event, "X Broadcasting" an
    organisation, "X Stadium" a facility, "Antoine X" typed as a facility a person."""
    w = words()
    first, last = doc[m.start], doc[m.end - 1]
    lex = lexicons()
    if m.end - m.start > 1 and first.lower_ in w.event_openers and m.label != "EVENT":
        m.label = "EVENT"
        return
    if m.end - m.start < 2:
        return
    if (
        m.label in {"ORG", "PERSON", "FAC", "PRODUCT"}
        and last.lower_ in w.event_heads
        and last.is_title
    ):
        m.label = "EVENT"  # "the Webb Ellis Cup", "the U.S. Open"
    elif m.label in {"GPE", "LOC", "PERSON", "NORP"} and (
        (last.lower_ in w.org_heads and last.is_title) or last.lower_ in lex.org_suffixes
    ):
        m.label = "ORG"  # "Islamic Republic of Iran Broadcasting", "Pirelli SpA"
    elif m.label in {"ORG", "GPE", "PERSON"} and last.lower_ in w.facility_heads and last.is_title:
        m.label = "FAC"
    elif (
        m.label in {"FAC", "ORG", "GPE", "LOC", "PRODUCT", "WORK_OF_ART"}
        and _given_name(first.lower_)
        and first.is_title
        and all(t.is_title and t.is_alpha for t in doc_tokens(doc)[m.start : m.end])
        and m.end - m.start <= 3
        and last.lower_
        not in w.org_heads | lex.org_suffixes | lex.place_generics | w.facility_heads
        and doc[m.start : m.end].text.lower() not in known_places()
        and not _site_after(doc, m)
    ):
        m.label = "PERSON"


def _ground(doc: Doc, m: Mention, surnames: frozenset[str]) -> bool:
    """In a sports story, "at X" after a one-word "person" ("won at Anfield"), or after a
    verb whose object is the opponent ("beat Real Madrid 2-0 at Old Trafford"), is where the
    game was played (but "won 2-1 at Tottenham", with no opponent named, is a team)."""
    before = _tok(doc, m.start - 1)
    if (
        before is None
        or before.lower_ != "at"
        or m.label not in {"PERSON", "ORG"}
        or doc[m.start : m.end].text.lower() in surnames
        or doc[m.start].lower_ in lexicons().male_names | lexicons().female_names
        or not all(t.is_title for t in doc[m.start : m.end])
    ):
        return False
    if m.label == "PERSON":
        return m.end - m.start == 1 and not _team_cue(doc, m, sports=True)
    verb = before.head
    return (
        before.dep_ == "prep"
        and verb.pos_ == "VERB"
        and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children)
    )


def _facility_after(doc: Doc, m: Mention, surnames: frozenset[str]) -> bool:
    """ "the Halfaya bridge", "Khartoum's Halfaya bridge": a name spaCy did not call a place
    between "the" (or a possessive) and a lower-case kind of facility names the facility
    (not a person met in full elsewhere: "the Mansour bridge" after "Ali Mansour" stays)."""
    after, before = _tok(doc, m.end), _tok(doc, m.start - 1)
    return (
        m.label not in PLACE_LABELS | {"NORP"}  # "the Republican stadium", "the Sunni mosque"
        and not (m.end - m.start == 1 and doc[m.start].pos_ == "ADJ")
        and after is not None
        and after.is_lower
        and after.lower_ in words().facility_after
        and before is not None
        and (before.lower_ == "the" or before.tag_ == "POS")
        and not (m.label == "PERSON" and doc[m.start : m.end].text.lower() in surnames)
    )


@lru_cache(maxsize=4096)
def _given_name(word: str) -> bool:
    """A known given name, also when written with accents the lists lack ("Vinícius")."""
    lex = lexicons()
    given = lex.male_names | lex.female_names
    if word in given:
        return True
    plain = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return plain != word and plain in given


def _site_after(doc: Doc, m: Mention) -> bool:
    """ "the Abu Shouk camp", "Tahrir square": a lower-case kind of site after the name."""
    after = _tok(doc, m.end)
    return after is not None and after.is_lower and after.lower_ in words().site_after


def _split_nationality(doc: Doc, m: Mention) -> tuple[Mention, ...] | None:
    """ "Australian Rodney Eyles" tagged as one name: a nationality and a person."""
    lex = lexicons()
    given = lex.male_names | lex.female_names
    blocked = words().org_heads | lex.org_suffixes | lex.org_name_heads | lex.place_generics
    rest = doc[m.start + 1 : m.end]
    if (
        m.end - m.start >= 3
        and m.label in {"PERSON", "ORG"}
        and doc[m.start].lower_ in words().demonyms
        and (m.label == "PERSON" or rest[0].lower_ in given)
        and all(t.is_title and t.lower_ not in blocked for t in rest)
    ):
        return Mention(m.start, m.start + 1, m.kind, "NORP"), Mention(
            m.start + 1, m.end, m.kind, "PERSON"
        )
    return None


def _split_of_country(doc: Doc, m: Mention) -> tuple[Mention, ...] | None:
    """ "Aryna Sabalenka of Belarus" tagged as one person, "Rebecca Lyles of Columbia" as
    one organisation: the person and the place."""
    cut = next((i for i in range(m.start + 2, m.end - 1) if doc[i].lower_ == "of"), -1)
    if cut < 0:
        return None
    right = doc[cut + 1 : m.end].text
    lex = lexicons()
    person = m.label == "PERSON" or (
        cut - m.start in (2, 3)
        and (doc[m.start].lower_ in lex.male_names or doc[m.start].lower_ in lex.female_names)
        and all(t.is_title and t.is_alpha for t in doc_tokens(doc)[m.start : cut])
    )
    # a town of some size: "Stacy Rasgon of Bernstein" works for a firm, not a hamlet
    if person and (is_country(right) or _named_place(right, min_population=20_000)):
        return Mention(m.start, cut, m.kind, "PERSON"), Mention(cut + 1, m.end, m.kind, "GPE")
    return None


def _split_possessives(doc: Doc, m: Mention) -> tuple[Mention, ...] | None:
    """ "World Health Organization's Europe": an organisation and the place after its
    possessive are two names (not "Republican People's Party": the part after it is no
    place)."""
    cut = next((i for i in range(m.start + 1, m.end - 1) if doc[i].tag_ == "POS"), -1)
    right = doc[cut + 1 : m.end].text.lower() if cut > 0 else ""
    if cut > 0 and m.label == "ORG" and right in known_places():
        label = "LOC" if right not in countries() else "GPE"
        return Mention(m.start, cut, m.kind, "ORG"), Mention(cut + 1, m.end, m.kind, label)
    return None


def _split_each(
    mentions: list[Mention], split: Callable[[Mention], tuple[Mention, ...] | None]
) -> list[Mention]:
    """Every mention, with those `split` cuts replaced by their parts."""
    out: list[Mention] = []
    for m in mentions:
        out.extend(split(m) or (m,))
    return out


def _club_names(doc: Doc, mentions: list[Mention]) -> None:
    """ "Real Madrid" (spaCy tags only "Madrid"), "Manchester City", "Norwich City": a
    place with a club word before or after it is a club, unless the gazetteer knows the
    whole name as a place ("Mexico City", "Cape Town", "Orange County")."""
    w = words()
    starts = {m.start for m in mentions}
    ends = {m.end for m in mentions}
    for m in mentions:
        if m.label not in PLACE_LABELS | {"PERSON", "ORG"}:
            continue
        start, end = m.start, m.end
        inner_text = doc[start:end].text.lower()
        before, after = _tok(doc, start - 1), _tok(doc, end)
        if (
            before is not None
            and before.text.lower() in w.team_prefixes
            and before.i not in ends
            and (before.is_title or (before.is_upper and not doc[m.start].is_upper))
            and not is_country(inner_text)  # "NAMED AS ENGLAND CAPTAIN"
        ):
            start -= 1
        if (
            after is not None
            and after.text.lower() in w.team_suffixes
            and after.i not in starts
            and after.is_title
            and doc[end - 1].whitespace_
            and not _longer_date(doc, after)
        ):
            end += 1
        first = doc[m.start]
        if (
            (start, end) == (m.start, m.end)
            and m.end - m.start > 1
            and first.text.lower() in w.team_prefixes
            and first.is_title
            and m.label in PLACE_LABELS | {"PERSON"}
        ):
            m.label = "ORG"  # "Deportivo Coruna", "Standard Liege" typed as people
            continue
        inner = doc[m.start : m.end]
        if (start, end) == (m.start, m.end):
            last = doc[end - 1]
            if end - start < 2 or last.text.lower() not in w.team_suffixes:
                continue
            inner = doc[start : end - 1]
        if inner.text.lower() not in known_places() and not _gazetteer_names(inner.text):
            continue  # the club word sits next to no town
        if _gazetteer_names(doc[start:end].text, spellings=True):
            continue  # "Mexico City", "Gaza City" are places
        m.start, m.end, m.label = start, end, "ORG"


def _longer_date(doc: Doc, token: Token) -> bool:
    """ "in Toronto Wednesday, September 7": a weekday that opens a longer date is no
    club word ("Sheffield Wednesday" is)."""
    if token.ent_type_ != "DATE":
        return False
    ent = next((e for e in doc_ents(doc) if e.start <= token.i < e.end), None)
    return ent is not None and len(ent) > 1


def _gazetteer_names(text: str, *, spellings: bool = False) -> bool:
    """Whether the gazetteer's best match for the text is a place's name (or, with
    ``spellings``, one of its other spellings: "Gaza City" for Gaza)."""
    candidates = _gazetteer().lookup(text)
    return bool(candidates) and candidates[0].how in (("name", "alt") if spellings else ("name",))


def _particle_surnames(doc: Doc, mentions: list[Mention]) -> None:
    """ "Pieter-Steph du Toit" cut before "du": a lower-case particle and a capitalised
    word after a person's name finish it."""
    particles = lexicons().surname_particles
    starts = {m.start for m in mentions}
    for m in mentions:
        if m.label != "PERSON" or m.end + 1 >= len(doc):
            continue
        particle, surname = doc[m.end], doc[m.end + 1]
        if (
            particle.lower_ in particles
            and particle.is_lower
            and doc[m.end - 1].whitespace_
            and surname.is_title
            and surname.pos_ == "PROPN"
            and m.end + 1 not in starts
            and m.end not in starts
        ):
            m.end += 2


def _particle_places(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "the city of Viña del Mar" tagged "Viña", "Bergen op Zoom" tagged "Bergen": a name
    runs on over lower-case particles and one or two capitalised words when the whole is
    a place the gazetteer knows; a person's given name opening it stays a person's
    ("Luis de Guindos"). A "person" so written after "in" or "from" that the gazetteer
    knows as a town is that town ("from Ponte da Barca", "Chester-le-Street"; but "Vasco
    da Gama sailed")."""
    particles = words().place_particles
    tokens = doc_tokens(doc)
    given = lexicons().male_names | lexicons().female_names
    by_start = {m.start: m for m in mentions}
    dropped: set[int] = set()
    for m in mentions:
        if m.label == "PERSON" and tokens[m.start].lower_ in given:
            continue
        inner = tokens[m.start + 1 : m.end - 1]
        before = tokens[m.start - 1] if m.start > 0 else None
        if (
            m.label == "PERSON"
            and any(
                t.is_lower
                and t.lower_ in particles
                # written into one word ("Chester-le-Street"), or after "in", "from"
                and (
                    tokens[t.i - 1].text == "-"
                    or (before is not None and before.lower_ in {"in", "from", "to", "near"})
                )
                for t in inner
            )
            and any(
                c.how == "name" and c.population >= 1000
                for c in _gazetteer().lookup(doc[m.start : m.end].text)
            )
        ):
            m.label = "GPE"  # "Ponte da Barca" tagged as a person
            continue
        if id(m) in dropped or m.end >= len(tokens) or tokens[m.end].lower_ not in particles:
            continue
        j = m.end
        while (
            j < len(tokens)
            and j < m.end + 2
            and tokens[j].is_lower
            and tokens[j].lower_ in particles
        ):
            j += 1
        for end in (j + 2, j + 1):
            if end > len(tokens) or j == m.end or not all(t.is_title for t in tokens[j:end]):
                continue
            text = doc[m.start : end].text
            if not any(c.how == "name" for c in _gazetteer().lookup(text)):
                continue
            for k in range(m.end, end):
                swallowed = by_start.get(k)
                if swallowed is not None and swallowed is not m:
                    dropped.add(id(swallowed))
                    end = max(end, swallowed.end)
            m.end = end
            if m.label not in PLACE_LABELS:
                m.label = "GPE"
            break
    return [m for m in mentions if id(m) not in dropped]


def _particle_orgs(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "CMC di Ravenna", "Banca Monte dei Paschi": an organisation's name runs on over a
    lower-case particle and the capitalised words after it, whatever spaCy made of them."""
    particles = lexicons().surname_particles | {"dei", "delle", "des", "do"}
    by_start = {m.start: m for m in mentions}
    dropped: set[int] = set()
    for m in mentions:
        if m.label != "ORG" or id(m) in dropped or m.end + 1 >= len(doc):
            continue
        particle, word = doc[m.end], doc[m.end + 1]
        if not (particle.is_lower and particle.lower_ in particles and word.is_title):
            continue
        end = m.end + 2
        swallowed = by_start.get(m.end + 1)
        if swallowed is not None:
            if swallowed.label == "PERSON" and swallowed.end - swallowed.start > 1:
                continue  # "the Dutch club PSV de Jong"? a person after it stays one
            end = swallowed.end
            dropped.add(id(swallowed))
        m.end = end
    return [m for m in mentions if id(m) not in dropped]


def _capitalised_particles(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Ten Hag, who won the cup": a surname with a particle ("Erik ten Hag") opening a
    sentence writes the particle with a capital; it is still the person's name."""
    particles = lexicons().surname_particles
    surnames: set[tuple[str, ...]] = set()
    for m in mentions:
        words = [t.lower_ for t in doc_tokens(doc)[m.start : m.end]]
        at = next((k for k, w in enumerate(words) if w in particles), -1)
        if m.label == "PERSON" and at > 0 and doc[m.start + at].is_lower:
            surnames.add(tuple(words[at:]))
    if not surnames:
        return mentions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out = list(mentions)
    for t in doc_tokens(doc):
        if not (t.is_title and t.lower_ in particles and (t.i == 0 or t.is_sent_start)):
            continue
        for surname in surnames:
            end = t.i + len(surname)
            if end <= len(doc) and tuple(x.lower_ for x in doc_tokens(doc)[t.i : end]) == surname:
                if not taken & set(range(t.i, end)):
                    out.append(Mention(t.i, end, "name", "PERSON"))
                break
    return sorted(out, key=lambda m: (m.start, m.end))


def _split_commas(doc: Doc, m: Mention) -> tuple[Mention, ...] | None:
    """ "Mercantile , Commerce" tagged as one organisation: two names (not "X, Inc")."""
    suffixes = {x.rstrip(".") for x in lexicons().org_suffixes}
    cut = next((i for i in range(m.start + 1, m.end - 1) if doc[i].text == ","), -1)
    if (
        cut > 0
        and m.label == "ORG"
        and doc[cut + 1].is_title
        and not any(t.text in {"&", "and"} for t in doc_tokens(doc)[m.start : m.end])  # law firms
        and doc[cut + 1].lower_.rstrip(".") not in suffixes
    ):
        return Mention(m.start, cut, m.kind, "ORG"), Mention(cut + 1, m.end, m.kind, "ORG")
    return None


def _split_coordinations(
    doc: Doc, m: Mention, *, alone: set[str], given: frozenset[str]
) -> tuple[Mention, ...] | None:
    """ "Mercantile or Commerce", "Laurent Cabannes and Laurent Benezech": two names.
    An "and" splits only when either half is written alone elsewhere in the article
    (`alone`) or both halves open with a given name; "or" always splits."""
    cut = next(
        (
            i
            for i in range(m.start + 1, m.end - 1)
            if doc[i].lower_ in {"and", "or", "&"} | VERSUS and doc[i].is_lower
        ),
        -1,
    )
    if cut < 0 or m.label in {"WORK_OF_ART", "LAW", "EVENT"}:
        return None
    left = Mention(m.start, cut, m.kind, m.label)
    right = Mention(cut + 1, m.end, m.kind, m.label)
    split = doc[cut].lower_ in VERSUS | {"or"} or any(_key(doc, h) in alone for h in (left, right))
    if not split and doc[cut].lower_ == "and":
        split = doc[m.start].lower_ in given and doc[cut + 1].lower_ in given
        split = split and cut - m.start >= 2 and m.end - cut - 1 >= 2
    if split and all(doc[h.start].is_title or doc[h.start].is_upper for h in (left, right)):
        return left, right
    return None


def _missed_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Names spaCy left untagged where the words around them leave no doubt."""
    w = words()
    taken = [False] * len(doc)
    for m in mentions:
        for i in range(m.start, m.end):
            taken[i] = True
    for ent in doc_ents(doc):
        # "English county sides": a language before a noun is a nationality
        adjective = (
            ent.label_ == "LANGUAGE"
            and len(ent) == 1
            and ent.end < len(doc)
            and doc[ent.end].pos_ == "NOUN"
            and doc[ent.end].is_lower
        )
        if ent.label_ not in NAME_LABELS and not adjective:
            for i in range(ent.start, ent.end):
                taken[i] = True
    months = timex_lexicon().months
    for t in doc_tokens(doc)[:-1]:
        if t.lower_ in months and doc[t.i + 1].like_num:
            taken[t.i] = True  # "BEIJING, Aug 8 (Reuters)": a date, not a second place
    found: list[Mention] = []

    def name_run(i: int) -> int:
        """End of a run of capitalised proper nouns starting at ``i`` (``i`` if none)."""
        j = i
        while (
            j < len(doc)
            and not taken[j]
            and (doc[j].is_title or doc[j].is_upper or _mixed(doc[j]))
            and doc[j].pos_ in {"PROPN", "NOUN", "ADJ", "X"}
            and doc[j].is_alpha | _mixed(doc[j])
            and doc[j].lower_ not in w.not_names
            and j - i < 4
        ):
            j += 1
            if j < len(doc) and "\n" in doc[j - 1].text_with_ws:
                break
            if (
                j + 1 < len(doc)
                and doc[j].lower_ in {"of", "in", "for"}
                and doc[j + 1].is_title
                and doc[j + 1].pos_ == "PROPN"
                and not taken[j + 1]
            ):
                j += 1  # "Human Rights in China", "Duke of Norfolk"
        return j

    def add(start: int, end: int, label: str) -> None:
        if end > start and not any(taken[start:end]):
            found.append(Mention(start, end, "name", label))
            for k in range(start, end):
                taken[k] = True

    # the acronym in brackets after a name: "Kurdistan Democratic Party ( KDP )"
    for m in mentions:
        a, b, c = _tok(doc, m.end), _tok(doc, m.end + 1), _tok(doc, m.end + 2)
        if (
            a is not None
            and b is not None
            and c is not None
            and a.text == "("
            and c.text == ")"
            and is_acronym(b.text)
            and m.label in {"ORG", "NORP"}
            and m.end - m.start > 1
        ):
            add(b.i, b.i + 1, "ORG")
    for t in doc_tokens(doc):
        if taken[t.i] or not (t.is_title or t.is_upper or _mixed(t)):
            continue
        prev, prev2 = _tok(doc, t.i - 1), _tok(doc, t.i - 2)
        if prev is None or "\n" in prev.text_with_ws:
            if t.lower_ in w.demonyms and t.pos_ in {"ADJ", "PROPN"} and name_run(t.i) == t.i + 1:
                add(t.i, t.i + 1, "NORP")  # "Welsh referee Derek Bevan ..." opening a line
            continue
        end = name_run(t.i)
        if end == t.i:
            continue
        if (
            prev.lower_ == "of"
            and prev2 is not None
            and prev2.is_lower
            and prev2.lower_ in w.settlement_nouns
            and t.pos_ == "PROPN"
        ):
            add(t.i, end, "GPE")  # "the Kurdish city of Mahabad"
            continue
        if (
            prev.is_lower
            and prev.lower_ in w.org_nouns
            and prev.pos_ == "NOUN"
            and t.pos_ == "PROPN"
        ):
            add(t.i, end, "ORG")  # "the charity Asylum Aid", "news agency BelTA"
            continue
        if prev.lower_ in VERSUS and prev2 is not None and t.pos_ == "PROPN":
            name = doc[t.i : end].text.lower()
            add(t.i, end, "GPE" if is_country(name) else "ORG")  # "v Somerset"
            continue
        if t.i + 1 == end and t.is_title and t.lower_ in w.event_adjectives:
            add(t.i, end, "EVENT")  # "Olympic champion"
            continue
        if _apposed_to_role(doc, t.i, end):
            add(t.i, end, "PERSON")  # "The UN envoy for Sudan, Ramtane Lamamra, urged"
            continue
        if (
            t.i + 1 == end
            and t.is_title
            and t.lower_ in w.demonyms
            and t.pos_ in {"ADJ", "PROPN"}
            and not (prev.is_title and prev.pos_ == "PROPN")  # "Viorel Moldovan" is a name
        ):
            add(t.i, end, "NORP")  # "English county sides", "little-known Mexican"
            continue
    found.extend(_conjoined_places(doc, mentions, taken))
    found.extend(_standings_rows(doc, taken))
    # an acronym found here recurs where spaCy missed it too ("IEBC chairman X")
    acronyms = {doc[m.start].text: m.label for m in found if m.end - m.start == 1}
    acronyms = {k: v for k, v in acronyms.items() if is_acronym(k) and "." not in k}
    for t in doc_tokens(doc):
        if t.text in acronyms and not taken[t.i]:
            add(t.i, t.i + 1, acronyms[t.text])
    return found


def _apposed_to_role(doc: Doc, start: int, end: int) -> bool:
    """Two or three untagged proper nouns set off by commas right after a phrase with a
    lower-case role word ("the UN envoy for Sudan, Ramtane Lamamra, urged"): a person."""
    tokens = doc_tokens(doc)
    if not 2 <= end - start <= 3 or start < 2 or tokens[start - 1].text != ",":
        return False
    if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in tokens[start:end]):
        return False
    after = tokens[end] if end < len(tokens) else None
    if after is None or not (after.text == "," or after.pos_ in ("VERB", "AUX")):
        return False
    roles = lexicons().role_heads
    sent_start = tokens[start].sent.start
    return any(
        t.is_lower and t.lower_ in roles and t.pos_ == "NOUN"
        for t in tokens[max(sent_start, start - 7) : start - 1]
    )


def _standings_rows(doc: Doc, taken: list[bool]) -> list[Mention]:
    """ "SAN DIEGO 75 60 .556 - LOS ANGELES 72 61 .541 2": a town before its won, lost and
    percentage figures is its team, also in a table set in capitals (which the headline
    filter drops)."""
    found: list[Mention] = []
    tokens = doc_tokens(doc)
    i = 0
    while i < len(doc):
        j = i
        while (
            j < len(doc)
            and j - i < 3
            and tokens[j].is_alpha
            and tokens[j].is_upper
            and not taken[j]
        ):
            j += 1
        if (
            j > i
            and j + 2 < len(doc)
            and tokens[j].is_digit
            and tokens[j + 1].is_digit
            and re.fullmatch(r"\.\d{3}", tokens[j + 2].text)
        ):
            name = doc[i:j].text
            if not is_country(name) and (name.lower() in known_places() or _gazetteer_names(name)):
                found.append(Mention(i, j, "name", "ORG"))
                for k in range(i, j):
                    taken[k] = True
        i = max(j, i + 1)
    return found


def _mixed(t: Token) -> bool:
    """ "BelTA", "TVN24", "iPhone"-like mixed-case words."""
    s = t.text
    return len(s) > 2 and s[0].isupper() and any(c.isupper() for c in s[1:]) and not s.isupper()


def _conjoined_places(doc: Doc, mentions: list[Mention], taken: list[bool]) -> list[Mention]:
    """ "Kisumu and Eldoret": an untagged proper noun coordinated with a place is one."""
    found: list[Mention] = []
    for m in mentions:
        if m.label not in {"GPE", "LOC"}:
            continue
        root = doc[m.start : m.end].root
        for conj in root.children:
            if conj.dep_ != "conj" or taken[conj.i] or conj.pos_ != "PROPN" or not conj.is_title:
                continue
            if conj.i <= m.end or doc[conj.i - 1].lower_ not in {"and", "or", ","}:
                continue
            if any(c.dep_ == "compound" for c in conj.children) or (
                conj.i + 1 < len(doc) and doc[conj.i + 1].pos_ == "PROPN"
            ):
                continue
            found.append(Mention(conj.i, conj.i + 1, "name", m.label))
            taken[conj.i] = True
    return found


_MINUTE = re.compile(r"\d{1,3}(?:st|nd|rd|th)")  # "26th": the minute of a goal


def _score_lines(doc: Doc, mentions: list[Mention], *, sports: bool) -> list[Mention]:
    """A results line, "Cannes 0 Monaco 2 ( Henry 26th , 71st )", "San Diego 3 NEW YORK 2":
    the names before the scores are teams (two countries' sides stay places), and the names
    in brackets before a minute ("Henry 26th") are the scorers, people. A rider's or
    player's team in a results list is an organisation (see ``_entrants_teams``)."""
    found: list[tuple[int, int, str]] = []
    people = {(m.start, m.end) for m in mentions if m.label == "PERSON"}
    person_ends = {end for _, end in people}
    spans = {(m.start, m.end) for m in mentions}
    for line in _lines(doc):
        teams = _score_line_teams(line)
        # national sides play national sides: "Monaco" beside "Cannes" is the club
        nations = all(is_country(doc[a:b].text) for a, b in teams)
        found.extend((a, b, "GPE" if nations else "ORG") for a, b in teams)
        if teams or sports:
            found.extend((a, b, "PERSON") for a, b in _scorers(line))
        found.extend(_entrants_teams(doc, line, person_ends, sports=sports))
        found.extend((a, b, "PERSON") for a, b in _scorecard_names(line))
        found.extend((a, b, "PERSON") for a, b in _ranked_entrants(doc, line, mentions))
        found.extend((a, b, "PERSON") for a, b in _people_lists(line, people, spans))
        if sports:
            found.extend(_innings(doc, line))
    if not found:
        return mentions
    out = list(mentions)
    for start, end, label in found:
        same = [m for m in out if m.start == start and m.end == end]
        if same:
            for m in same:
                m.label = label
            continue
        out = [m for m in out if m.end <= start or m.start >= end]
        out.append(Mention(start, end, "name", label))
    out.sort(key=lambda m: (m.start, m.end))
    return out


def _lines(doc: Doc) -> list[list[Token]]:
    """The doc's tokens line by line, without the whitespace tokens."""
    lines: list[list[Token]] = [[]]
    for t in doc_tokens(doc):
        if t.is_space:
            if "\n" in t.text and lines[-1]:
                lines.append([])
            continue
        lines[-1].append(t)
        if "\n" in t.whitespace_:
            lines.append([])
    return [line for line in lines if line]


def _name_end(line: list[Token], i: int) -> int:
    """End of a run of up to four capitalised words (a "de" inside one) from ``i``."""
    particles = lexicons().surname_particles
    j = i
    while j < len(line) and j - i < 4:
        t = line[j]
        if t.is_alpha and (t.is_title or t.is_upper or _mixed(t)):
            j += 1
        elif t.text == "." and j > i and len(line[j - 1].text) <= 2 and line[j - 1].is_title:
            j += 1  # "St. Louis"
        elif (
            j > i
            and t.is_lower
            and t.lower_ in particles
            and j + 1 < len(line)
            and line[j + 1].is_title
        ):
            j += 1  # "Frank de Boer"
        else:
            break
    return j


def _score_line_teams(line: list[Token]) -> list[tuple[int, int]]:
    """The (start, end) of each team in a line of two "Name score ( … )" entries, else none."""
    teams: list[tuple[int, int]] = []
    timex = timex_lexicon()
    dates = timex.months | timex.weekdays
    i = 0
    while i < len(line):
        end = _name_end(line, i)
        if end == i or end >= len(line) or not re.fullmatch(r"\d{1,3}", line[end].text):
            break
        if any(t.lower_ in dates for t in line[i:end]):
            return []  # "Aug 27 Aug 26": the heads of a table of dates
        teams.append((line[i].i, line[end - 1].i + 1))
        i = end + 1
        if i < len(line) and line[i].text == "(":
            close = next((k for k in range(i, len(line)) if line[k].text == ")"), -1)
            if close < 0:
                break
            i = close + 1
    rest = line[i:]
    if len(teams) != 2 or any(not t.is_punct for t in rest):
        return []
    return teams


def _scorers(line: list[Token]) -> list[tuple[int, int]]:
    """Names in a bracket that holds only "Name minute , minute , Name minute" entries."""
    marks = {",", "and", "pen", "penalty", "og", "o.g."}
    out: list[tuple[int, int]] = []
    for k, t in enumerate(line):
        if t.text != "(":
            continue
        close = next((c for c in range(k + 1, len(line)) if line[c].text == ")"), len(line))
        names: list[tuple[int, int]] = []
        i = k + 1
        while i < close:
            end = _name_end(line, i)
            if end > i and end < close and _MINUTE.fullmatch(line[end].text):
                names.append((line[i].i, line[end - 1].i + 1))
                i = end + 1
            elif (
                end == i and names and (_MINUTE.fullmatch(line[i].text) or line[i].lower_ in marks)
            ):
                i += 1
            else:
                break
        if i >= close and names:
            out.extend(names)
    return out


def _entrants_teams(
    doc: Doc, line: list[Token], person_ends: set[int], *, sports: bool
) -> list[tuple[int, int, str]]:
    """Teams of the people in a results line: "Rolf Sorensen ( Denmark ) Rabobank 22:40"
    (a capitalised name after the rider's country, before a time, a lower-case word or the
    end of the line),
    and in a sports story "Christopher Wreh ( Guingamp ) , Thierry Henry ( Monaco )": the
    names in brackets after players are their clubs when two or more are no countries."""
    found: list[tuple[int, int, str]] = []
    bracketed: list[tuple[int, int]] = []
    for k, t in enumerate(line):
        if t.text != "(" or not k or line[k - 1].i + 1 not in person_ends:
            continue
        end = _name_end(line, k + 1)
        if end == k + 1 or end >= len(line) or line[end].text != ")":
            continue
        inside = (line[k + 1].i, line[end - 1].i + 1)
        timed = end + 1 < len(line) and any(c.isdigit() for c in line[end + 1].text)
        if not timed:  # "Joakim Haeggman ( Swe ) 71 77": a golfer's country and scores
            bracketed.append(inside)
        if not is_country(doc[inside[0] : inside[1]].text):
            continue
        after = _name_end(line, end + 1)
        if (
            after > end + 1
            and after - end - 1 <= 3
            and (
                after == len(line)
                or line[after].is_lower
                or any(c.isdigit() for c in line[after].text)
            )
        ):  # "Movistar 12 seconds behind", "Emirates same time"
            dated = after < len(line) and re.fullmatch(
                r"\d{1,2}\.\d{1,2}\.\d{2,4}", line[after].text
            )
            if not dated:  # "Maria Mutola ( Mozambique ) Brussels 25.8.95": where a record fell
                found.append((line[end + 1].i, line[after - 1].i + 1, "ORG"))
    clubs = [(a, b) for a, b in bracketed if not is_country(doc[a:b].text)]
    if sports and len(clubs) >= 2:  # a list of players and their clubs
        found.extend((a, b, "ORG") for a, b in bracketed)
    return found


_BOWLING = re.compile(r"\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}")  # "10-0-44-1"
_DISMISSALS = frozenset({"c", "b", "st", "lbw", "c&b"})


def _figures_end(line: list[Token], k: int) -> int:
    """End of bowling figures ("10-0-44-1", however tokenised) starting at ``k``, else ``k``."""
    text = ""
    for j in range(k, min(len(line), k + 7)):
        text += line[j].text
        if _BOWLING.fullmatch(text):
            return j + 1
        if line[j].whitespace_:
            break
    return k


def _scorecard_names(line: list[Token]) -> list[tuple[int, int]]:
    """People in a cricket scorecard line: "Saeed Anwar c Mullally b Irani 57",
    "Inzamam-ul-Haq not out 37", "Bowling : Gough 10-0-44-1 , Mullally 10-3-31-1"."""
    out: list[tuple[int, int]] = []
    for k in range(1, len(line)):
        if not line[k - 1].is_title or _figures_end(line, k) == k:
            continue
        starts = [
            p
            for p in range(k - 1, max(-1, k - 7), -1)
            if _scorecard_name_end(line, p, upto=k) == k
            and line[p].lower_ not in {"bowling", "bowler"}
            and (not line[p].is_lower or (p and line[p - 1].is_punct))  # ", de Silva 4-0-25-0"
        ]
        if starts:
            out.append((line[min(starts)].i, line[k - 1].i + 1))
    if not line[-1].is_digit:
        return out
    names: list[tuple[int, int]] = []
    i = 0
    marked = False
    while i < len(line) - 1:
        end = _scorecard_name_end(line, i)
        if end > i:
            names.append((line[i].i, line[end - 1].i + 1))
            i = end
        elif line[i].text in _DISMISSALS and names:
            marked = True
            i += 1
        elif [x.lower_ for x in line[i : i + 2]] in (["not", "out"], ["run", "out"]):
            marked = True
            i += 2
        else:
            return out
    return out + names if marked else out


def _scorecard_name_end(line: list[Token], i: int, upto: int = -1) -> int:
    """ "S. Ganguly", "Inzamam-ul-Haq", "de Silva": a name in a scorecard (ending before
    the last token, or at ``upto``)."""
    particles = lexicons().surname_particles
    stop = upto if upto >= 0 else len(line) - 1
    j = i
    while j < stop and j - i < 6:
        t = line[j]
        if t.text in _DISMISSALS:
            break
        if (t.is_title and len(t.text) > 1) or re.fullmatch(r"[A-Z]\.", t.text):
            j += 1
        elif t.lower_ in particles and j + 1 < len(line) and line[j + 1].is_title:
            j += 1  # "de Silva"
        elif j > i and t.text == "-" and not line[j - 1].whitespace_ and not t.whitespace_:
            j += 1  # "Inzamam-ul-Haq"
        elif j > i and t.is_lower and line[j - 1].text == "-" and not t.whitespace_:
            j += 1
        else:
            break
    return j


def _ranked_entrants(doc: Doc, line: list[Token], mentions: list[Mention]) -> list[tuple[int, int]]:
    """ "2. Alessandro Lambruschini ( Italy ) 7:47.78": two to four capitalised words after
    a placing and before a country in brackets are an athlete spaCy missed or cut short
    ("El Bakkali" of "Soufiane El Bakkali")."""
    out: list[tuple[int, int]] = []
    k = 0
    if k < len(line) and re.fullmatch(r"\d{1,3}\.?", line[k].text):
        k += 1
        if k < len(line) and line[k].text == "." and not line[k - 1].text.endswith("."):
            k += 1  # "2 ." split from its number
    if k == 0:
        return out
    end = _name_end(line, k)
    if not 2 <= end - k <= 4 or end + 2 >= len(line) or line[end].text != "(":
        return out
    close = _name_end(line, end + 1)
    if close >= len(line) or line[close].text != ")" or close == end + 1:
        return out
    if not is_country(doc[line[end + 1].i : line[close - 1].i + 1].text):
        return out
    a, b = line[k].i, line[end - 1].i + 1
    if any(m.start < b and a < m.end and (m.start < a or m.end > b) for m in mentions):
        return out  # a name running past these words
    out.append((a, b))
    return out


def _people_lists(
    line: list[Token], people: set[tuple[int, int]], spans: set[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A line listing names, most of them people ("Did not bat : R. Croft , D. Gough ,
    D. Headley", "India - Sachin Tendulkar ( captain ) , Anil Kumble , Venkatesh Prasad"):
    the other names of the list are people too."""
    if sum(t.text in {",", ";"} or t.lower_ == "and" for t in line) < 2:
        return []  # no list of three
    chunks: list[list[Token]] = [[]]
    heads: set[int] = set()  # chunks that head a list: "Teams : India -"
    depth = 0
    closed = False  # a bracket just closed: "Sforza ( Inter Milan ) Murat Yakin" are two
    for t in line:
        depth += (t.text == "(") - (t.text == ")")
        spaced = t.text == "-" and bool(t.whitespace_ or (t.i and t.doc[t.i - 1].whitespace_))
        if depth == 0 and (t.text in {",", ";", ":"} or t.lower_ == "and" or spaced):
            if t.text == ":" or spaced:
                heads.add(len(chunks) - 1)
            chunks.append([])
            closed = False
        elif depth == 0 and t.text == ")":
            closed = True
        elif depth == 0:
            if closed:
                chunks.append([])
                closed = False
            chunks[-1].append(t)
    items: list[tuple[int, int] | None] = []
    for n, chunk in enumerate(chunks):
        if chunk and chunk[-1].text == ".":
            chunk = chunk[:-1]
        ok = (
            n not in heads
            and 1 <= len(chunk) <= 6
            and _scorecard_name_end(chunk, 0, upto=len(chunk)) == len(chunk)
            and not is_country(" ".join(t.text for t in chunk))
        )
        items.append((chunk[0].i, chunk[-1].i + 1) if ok else None)
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for item in [*items, None]:
        if item is not None:
            run.append(item)
            continue
        known = sum(span in people for span in run)
        if len(run) >= 3 and known >= 2 and known * 2 > len(run):
            for a, b in run:
                if (
                    (b - a > 1 or (a, b) in spans)
                    and (a, b) not in people
                    and not any(s < b and a < e and (s < a or e > b) for s, e in spans)
                ):
                    out.append((a, b))
        run = []
    return out


def _possessive_names(doc: Doc, mentions: list[Mention]) -> None:
    """ "Lloyd's", "Moody's", "McDonald's": a listed company whose name ends in a
    possessive keeps it ("Lloyd" is no firm), unless a person of the article bears the
    name ("Chris Christie ... Christie's remarks")."""
    companies = lexicons().companies
    people = {
        t.lower_
        for m in mentions
        if m.label == "PERSON" and m.end - m.start > 1
        for t in doc_tokens(doc)[m.start : m.end]
    }
    taken = {m.start for m in mentions}
    for m in mentions:
        after = _tok(doc, m.end)
        if after is None or after.tag_ != "POS" or after.lower_ not in {"'s", "’s"}:
            continue
        name = doc[m.start : m.end]
        if m.end in taken or name[-1].lower_ in people:
            continue
        if f"{name.text}'s".lower() in companies or f"{name.text}’s".lower() in companies:
            m.end += 1
            m.label = "ORG"


def _row_label(doc: Doc, m: Mention, labels: frozenset[str]) -> bool:
    """ "Attendance 22,434", "Extras ( lb-3 nb-3 ) 8", "Jul +0.1 -0.1": the label of a
    table row before its figures, or a month's short form, is no name."""
    if m.end - m.start != 1:
        return False
    word = doc[m.start].lower_.rstrip(".")
    lex = lexicons()
    if (
        len(word) <= 4
        and word in _short_months()
        and word not in lex.male_names
        and word not in lex.female_names
    ):
        return True  # "Jul", "Aug", "Sept" ("Jan" may be a man)
    if word not in labels:
        return False
    before, after = _tok(doc, m.start - 1), _tok(doc, m.end)
    opens = before is None or "\n" in before.text_with_ws
    return opens and (
        after is None
        or "\n" in doc[m.start].text_with_ws
        or after.text in {":", "("}
        or after.like_num
    )


@lru_cache(maxsize=1)
def _short_months() -> frozenset[str]:
    full = {"may", "june", "july", "march", "april"}
    return frozenset(w.rstrip(".") for w in timex_lexicon().months if w.rstrip(".") not in full)


def _country_name(word: str) -> bool:
    """A country's own name or alias ("myanmar", "burma"), not a demonym the gazetteer
    also files under it ("angolan")."""
    return word in countries() or lexicons().aliases.get(word, "") in countries()


def _innings(doc: Doc, line: list[Token]) -> list[tuple[int, int, str]]:
    """A cricket summary line, "Leicester : Somerset 83 ( D. Millns 4-35 ) , Leicestershire
    202-5": after the venue's colon, the names before a total are the teams, and the
    initialled names before figures in brackets are the players."""
    colon = next((k for k, t in enumerate(line) if t.text == ":"), -1)
    if colon < 1:
        return []
    found: list[tuple[int, int, str]] = []
    timex = timex_lexicon()
    dates = timex.months | timex.weekdays
    depth = 0
    k = colon + 1
    while k < len(line):
        t = line[k]
        if t.text in {"(", ")"}:
            depth += 1 if t.text == "(" else -1
            k += 1
            continue
        starts_item = line[k - 1].text in {":", ",", ";", "(", "and"}
        end = _scorecard_name_end(line, k, upto=len(line)) if starts_item else k
        if (
            end > k
            and end < len(line)
            and line[end].is_digit
            and _figures_end(line, end) == end  # "Bowling : Gough 10-0-44-1"
            and not any(w.lower_ in dates for w in line[k:end])  # ": August 31"
        ):
            name = doc[line[k].i : line[end - 1].i + 1]
            if (
                depth == 0
                and len(line[end].text) >= 2
                and not re.fullmatch(r"[A-Z]\.", line[k].text)
            ):
                found.append((name.start, name.end, "GPE" if is_country(name.text) else "ORG"))
            elif depth > 0 and re.fullmatch(r"[A-Z]\.", line[k].text):
                found.append((name.start, name.end, "PERSON"))  # "D. Millns 4-35"
            k = end
            continue
        k += 1
    return found
