"""Toponym detection: which spans of the article name places.

Sources, in order of trust: the PLACE entities found earlier (their mentions), spaCy's
GPE/LOC/FAC spans, then "X Valley" / "X Province" / "X County" patterns that extend or
add spans, and finally bare repeats of a name already found ("Panjshir" after "the
Panjshir Valley"). Nationality words that name a country ("Afghan") are toponyms
too, marked with ``hint="country"``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from newsgraph.extract.dateline import dateline_places
from newsgraph.extract.doc_tokens import doc_ents, doc_tokens, token_index_at
from newsgraph.extract.entity_lexicons import lexicons as entity_lexicons
from newsgraph.extract.findings import Findings, doc_text
from newsgraph.extract.ner_context import words as ner_words
from newsgraph.extract.timex_lexicon import lexicon as timex_lexicon
from newsgraph.gazetteer import Gazetteer, name_key, sources

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels the small model often gives to well-known places ("Edmonton" as ORG).
MISLABELS = frozenset({"ORG", "PERSON", "NORP", "PRODUCT", "LANGUAGE", "WORK_OF_ART", "EVENT"})
# A mislabelled span counts as a place only when it names one this large (or a country
# or first-level region) exactly: "Jordan" the person stays a person in most articles.
MISLABEL_MIN_POPULATION = 100_000


@dataclass(slots=True)
class Toponym:
    start: int
    end: int
    text: str
    # The name to look up: the span without a leading "the" or a kind word ("Valley").
    core: str
    # The kind a kind word asks for ("admin1" for "Province"), else None.
    hint: str | None = None
    entity: str | None = None
    label: str | None = None
    # Followed by a lower-case site word ("the Abu Shouk camp"): a site inside a town.
    site: bool = False
    # Also a mention of an organisation, person or thing the entities stage typed so
    # ("Nvidia", "the BRP Suluan"): kept only if it resolves.
    other_entity: bool = False
    # Written as an abbreviation though its full stop is not in the span: the parser
    # left it to the sentence ("in Regina, Sask." ends on "Sask"), or a party tag
    # goes before ("Nancy Pelosi, D-Calif,").
    abbreviated: bool = False


# What may open a kind-word pattern without being part of the name: a function word
# that starts the sentence, a possessive ("In China's Guangdong province").
_LEAD = re.compile(
    r"(?:(?:In|At|On|From|For|And|But|Of|To|By|As|After|Near|Across|An|A)\s)?"
    r"(?:(?:[A-Z][\w.-]*\s){0,2}[A-Z][\w.-]*['’]s\s)?"
)


@lru_cache(maxsize=1)
def patterns() -> dict[str, Any]:
    return sources.lexicon("place_patterns.json")  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def _suffix_re() -> re.Pattern[str]:
    words = "|".join(sorted(patterns()["suffixes"], key=len, reverse=True))
    # One to three capitalised words, then a kind word: "Panjshir Valley", "Los Angeles County".
    # No full stops inside, except in "St.": a pattern must not run across sentences.
    return re.compile(rf"\b((?:(?:St|Ft|Mt)\.\s|[A-Z][\w'’-]*\s){{1,3}})({words})\b")


@lru_cache(maxsize=1)
def _disease_re() -> re.Pattern[str]:
    words = "|".join(patterns()["disease_words"])
    # Up to two lower-case words between ("respiratory", "hemorrhagic").
    return re.compile(rf"[\s-]+(?:[a-z]+\s+){{0,2}}(?:{words})\b")


def detect(doc: Doc, found: Findings, *, gazetteer: Gazetteer) -> list[Toponym]:
    """Place-name spans, non-overlapping, in text order.

    Nationality words ("Afghan") that name a country come back with ``hint="country"``.
    """
    text = doc_text(doc)
    spans: dict[tuple[int, int], Toponym] = {}
    place_ids = {e.id for e in found.entities if e.type == "PLACE"}
    named = _other_names(doc, found)
    clubs = _club_mentions(found, gazetteer)
    for ent in found.entities:
        if ent.type != "PLACE":
            continue
        for m in ent.mentions:
            # A common-noun mention joined to a place ("Health officials" for Kinshasa)
            # names no place.
            if _common_noun_phrase(m.text):
                continue
            # A place's name inside a longer name the gazetteer knows is that name's
            # ("Trafford" in the stadium "Old Trafford" is not the borough).
            if _inside_a_known_name(text, m.start, m.end, named, gazetteer):
                continue
            top = _make(text, m.start, m.end, entity=ent.id, label=ent.label)
            if top is not None and _names_a_club(text, top, clubs):
                continue  # "Manchester" of "Manchester City"
            _add(spans, top)
    # The entities stage has the last word: a span it made a person is not a place.
    people = {
        (m.start, m.end) for ent in found.entities if ent.type == "PERSON" for m in ent.mentions
    }
    countries = _country_names_tagged_as_places(doc, gazetteer)
    # Spans that name a place but are not trusted alone; a list of places takes them in.
    maybe: list[Toponym] = []
    for span in doc_ents(doc):
        if span.label_ in PLACE_LABELS and (
            (span.start_char, span.end_char) not in people or span.text in countries
        ):
            top = _make(text, span.start_char, span.end_char, label=span.label_)
            if top is not None and span.text not in countries and _names_a_club(text, top, clubs):
                continue
            _add(spans, top)
    # Surnames of people named in full: "Jordan" after "Michael Jordan" is the person.
    surnames = {
        words[-1]
        for ent in found.entities
        if ent.type == "PERSON"
        for words in [_without_suffix(ent.name.split())]
        if len(words) > 1
    } | {
        words[-1]
        for span in doc_ents(doc)
        if span.label_ == "PERSON"
        for words in [_without_suffix([t.text for t in span])]
        if len(words) > 1
    }
    # Where full names start: "Ruth Hollinger" after "Paul and" (not "Les Cayes" after
    # "Jeremie and": a place's name the parser took for a person's).
    person_starts = {
        span.start
        for span in doc_ents(doc)
        if span.label_ == "PERSON"
        and len(span) > 1
        and not any(c.how in ("name", "alias") for c in gazetteer.lookup(span.text))
    }
    for span in doc_ents(doc):
        if span.label_ == "PERSON" and (len(span) > 1 or span.text in surnames):
            # A multi-word span that is exactly the name of a country or region is the
            # place speaking as a party ("Tamil Nadu said"); no person is named so.
            if len(span) > 1:
                top = _make(text, span.start_char, span.end_char, label=span.label_)
                if top is not None and _names_region(top, gazetteer):
                    _add(spans, top)
                elif top is not None:
                    maybe.append(top)
            continue
        if span.label_ == "PERSON" and _couple_given_name(span, person_starts):
            continue  # "the late Paul and Ruth Hollinger": Paul is no Cape Verde region
        if span.label_ in MISLABELS:
            top = _make(text, span.start_char, span.end_char, label=span.label_)
            if top is not None and _names_place(top, gazetteer):
                _add(spans, top)
            elif top is not None:
                maybe.append(top)
                # A list or a possessive the parser took for one organisation:
                # "Lahore and Rawalpindi in Punjab", "Mozambique's Tete".
                for part in _parts(text, span.start_char, span.end_char):
                    if _names_place(part, gazetteer):
                        _add(spans, part)
        elif span.label_ == "DATE" and len(span) == 1 and span.text[:1].isupper():
            # "in Niger on Tuesday": a capitalised one-word "date" naming a country.
            top = _make(text, span.start_char, span.end_char, label=span.label_)
            if top is not None and any(
                c.kind == "country" and c.how in ("name", "alias")
                for c in gazetteer.lookup(top.core)
            ):
                _add(spans, top)
    _add_unlabelled(doc, spans, gazetteer, maybe)
    # A dateline names where the story is filed, whatever the parser made of it
    # ("TORRINGTON — City Council ...", "BEIRUT: The body of ...").
    for start, end, colon in dateline_places(text):
        top = _make(text, start, end, label="GPE")
        # A colon's must be a well-known place: a caption's label is a name ("JEWELL:").
        if top is not None and (
            _names_place(top, gazetteer) if colon else _names_any_place(top, gazetteer)
        ):
            _add(spans, top)
    for top in _towns_before_org_heads(text, gazetteer):
        _add(spans, top)
    for top in _dotted_before_hyphen(text, gazetteer):
        _add(spans, top)
    suffixes = patterns()["suffixes"]
    for match in _suffix_re().finditer(text):
        start, end = match.start(1), match.end(2)
        core = match.group(1).strip()
        if core.split()[0].lower() == "the" or core.endswith(("'s", "’s")):
            continue  # "Lebanon's state news agency": the state owns; it is no place
        if _title_follows(text, match.group(2), end):
            continue  # "U.S. District Judge": a title, no district
        # "In China's Guangdong province": the name is what follows a sentence-opening
        # function word and a possessive.
        lead = _LEAD.match(core)
        if lead and lead.end():
            start += lead.end()
            core = core[lead.end() :]
            if not core or not core[0].isupper():
                continue
        _add(spans, Toponym(start, end, text[start:end], core=core, hint=suffixes[match.group(2)]))
    # A building word alone ("the Centre", "Hall") names a building, not a place.
    # Streets and highways stay: "Highway" before its number is a route.
    # Nor is a news agency in a dateline ("(AP)") or a capitalised pronoun ("It").
    facility = set(patterns()["facility_words"]) - set(patterns()["street_words"])
    not_places = facility | set(patterns()["not_places"])
    toponyms = [
        t
        for t in _non_overlapping(spans.values())
        if not (t.hint is None and t.core in not_places)
        # A whole name on the list ("Islamic State", whose "State" asks for a region).
        and t.text not in not_places
        # "It", "Some State", but not "US" (lower-cased, a stop word too).
        and not (t.core == t.core.capitalize() and t.core.split()[0].lower() in _stop_words())
    ]
    # A place in a disease's name is not where the story is: "Middle East respiratory
    # syndrome", "West Nile virus", "Lassa fever", "Marburg virus".
    toponyms = [t for t in toponyms if not _disease_re().match(text, t.end)]
    # A saint's day is a holiday, not a place: "St. Patrick's Day", "St George's Day".
    toponyms = [
        t for t in toponyms if not _HOLIDAY.search(t.text) and not _HOLIDAY.match(text, t.end)
    ]
    # A name before a weapon or product noun names the thing: "Katyusha rockets",
    # "Apache helicopters". A country or region keeps its place ("Iranian drones").
    toponyms = [t for t in toponyms if not _names_a_product(text, t, gazetteer)]
    toponyms = _compass_points(text, toponyms, gazetteer)
    toponyms = _split_lists(text, toponyms, gazetteer)
    toponyms = _join_hyphenated(text, toponyms, gazetteer)
    toponyms = _extend_right(text, toponyms, gazetteer)
    toponyms = _extend_capitals_left(text, toponyms, gazetteer)
    maybe = [t for t in maybe if not _names_a_club(text, t, clubs)]
    toponyms = _list_mates(text, toponyms, maybe, gazetteer)
    toponyms = _named_again(toponyms, maybe, gazetteer)
    toponyms.extend(_repeats(text, toponyms))
    toponyms = [
        t
        for t in toponyms
        if not _stance(text, t)
        and not _bare_initials(t, gazetteer)
        and not _a_persons(t, found, countries, gazetteer)
    ]
    # "Member States", "155 States" are no United States; "in the States" is.
    after_the = set(patterns()["after_the_only"])
    toponyms = [
        t
        for t in toponyms
        if t.core not in after_the or _THE_BEFORE.search(text, max(0, t.start - 5), t.start)
    ]
    given = _given_names(found)
    toponyms = [t for t in toponyms if not _a_given_name(doc, text, t, given)]
    persons = {
        (m.start, m.end) for ent in found.entities if ent.type == "PERSON" for m in ent.mentions
    }
    toponyms = [
        t
        for t in toponyms
        if not _bare_abbreviation(doc, text, t, persons, gazetteer)
        and not _a_speaker(doc, text, t, gazetteer)
        and not _a_vehicle(text, t)
    ]
    toponyms.sort(key=lambda t: t.start)
    _kind_from_context(text, toponyms)
    index = found.mentions
    types = {e.id: e.type for e in found.entities}
    # A disease named after a place ("Marburg virus", "Ebola", "Zika") is the disease
    # wherever the entities stage saw it so, never the town or the river.
    diseases = ner_words().disease_names
    things = {e.id for e in found.entities if e.label == "PRODUCT" and e.name.lower() in diseases}
    kept: list[Toponym] = []
    for top in toponyms:
        eid = index.entity_at(top.start, top.end)
        if eid in things:
            continue
        kept.append(top)
        top.site = bool(_site_re().match(text, top.end)) or _saints_building(text, top)
        top.abbreviated = text[top.end : top.end + 1] == "." or bool(
            _PARTY_TAG.search(text, max(0, top.start - 3), top.start)
        )
        top.other_entity = types.get(eid or "") in _OTHER_TYPES
        if top.entity is None:
            top.entity = eid if eid in place_ids else None
    return kept


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_PARTY_TAG = re.compile(r"\b[DRI]-$")
_HOLIDAY = re.compile(r"['’]s\s+(?:Day|Eve)$|^['’]s\s+(?:Day|Eve)\b")

# Entity types that name no place: the stage decided the name is something else.
_OTHER_TYPES = frozenset({"ORG", "PERSON", "OTHER"})


@lru_cache(maxsize=1)
def _site_re() -> re.Pattern[str]:
    leads = "|".join(patterns()["site_leads"])
    words = "|".join(patterns()["site_words"])
    return re.compile(rf"[^\S\n]+(?:(?:{leads})[^\S\n]+)?(?:{words})\b")


@lru_cache(maxsize=1)
def _title_re() -> re.Pattern[str]:
    words = "|".join(patterns()["title_words"])
    return re.compile(rf"[^\S\n]+(?:{words})\b")


def _title_follows(text: str, kind: str, end: int) -> bool:
    """ "District" before "Judge" or "Attorney" is part of a title ("U.S. District Judge")."""
    return kind in patterns()["title_kinds"] and bool(_title_re().match(text, end))


@lru_cache(maxsize=1)
def _stance_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(patterns()['stance_prefixes'])})-$")


def _stance(text: str, top: Toponym) -> bool:
    """ "the pro-Western opposition": a compass adjective after "pro-" is a stance."""
    return top.core in patterns()["directions"] and bool(
        _stance_re().search(text, max(0, top.start - 6), top.start)
    )


# Two capitals ("AI"), or an initialism with a small word inside ("MoD", "DoJ", "DfE").
_INITIALS = re.compile(r"[A-Z]{2}|[A-Z][a-z]{1,2}[A-Z][A-Za-z]?")


def _bare_initials(top: Toponym, gazetteer: Gazetteer) -> bool:
    """Two capitals ("AI", "EV") or an initialism ("MoD": the Ministry of Defence) name
    a place only as a country's code or a known alias ("US", "UK"), never through a
    town's alternate name ("MoD" was Maud, Texas)."""
    return bool(_INITIALS.fullmatch(top.core)) and not any(
        c.how in ("name", "alias") for c in gazetteer.lookup(top.core)
    )


def _a_persons(top: Toponym, found: Findings, countries: set[str], gazetteer: Gazetteer) -> bool:
    """The span is a person's full name, its last word, or the surname said alone:
    "said Banda" after "Esther Banda" is no town. A kind word ("Banda
    District") still makes a place, and so does a country the parser tags as a place
    again and again, or a region's whole name ("Tamil Nadu said") the entities stage
    took for a person."""
    if top.hint is not None or top.core in countries:
        return False
    if any(c.how == "name" and c.kind in ("country", "admin1") for c in gazetteer.lookup(top.core)):
        return False
    for ent in found.entities:
        # Only a full name tells a surname: a one-word "person" is often a town the
        # stage misread ("Gainesville"), and "Huntsville Fire" names no surname.
        words = _without_suffix(ent.name.split())
        if ent.type != "PERSON" or len(words) < 2:
            continue
        if top.core == words[-1]:
            return True
        # A two-word "person" the gazetteer knows whole is a town ("Sioux Falls").
        if top.core == ent.name and not any(
            c.how in ("name", "alias") for c in gazetteer.lookup(ent.name)
        ):
            return True
        for m in ent.mentions:
            # The last word of the person's name as written ("Esther Banda").
            if (
                m.start < top.start
                and top.end == m.end
                and all(w[:1].isupper() for w in m.text.split())
            ):
                return True
    return False


# Words before a name that say it is where something is or happens ("in Georgia",
# "near Prisi", "from Harwinton", "north of Kabul").
LOCATIVE = re.compile(
    r"\b(?:in|at|near|from|to|into|outside|across|around|through|throughout|toward|towards"
    r"|within|between|along|via|visit|visited|visiting|beyond|off|inside|nearby|above|below"
    r"|beside|(?:north|south|east|west)\w*\s+of)"
    r"\s+(?:the\s+)?(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)


def _given_names(found: Findings) -> dict[str, list[tuple[int, int]]]:
    """First words of the article's persons named in full, with the spans of those
    persons' mentions ("Georgia" for "Georgia Stevens")."""
    lex = entity_lexicons()
    first = lex.male_names | lex.female_names
    given: dict[str, list[tuple[int, int]]] = {}
    for ent in found.entities:
        words = _without_suffix(ent.name.split())
        if ent.type == "PERSON" and len(words) >= 2 and words[0].lower() in first:
            given.setdefault(words[0], []).extend((m.start, m.end) for m in ent.mentions)
    return given


def _a_given_name(
    doc: Doc, text: str, top: Toponym, given: dict[str, list[tuple[int, int]]]
) -> bool:
    """A bare name that is the common first name of a person the article names in
    full, and that is a subject or a possessor where nothing says it is a place, is
    that person: "Nine-year-old Georgia Stevens ... Georgia began skating at four",
    "Georgia's father" (not the country). "She moved to Georgia" and "Georgia cities"
    stay places."""
    if top.hint is not None or top.core != top.text or top.core not in given:
        return False
    if any(a <= top.start and top.end <= b for a, b in given[top.core]):
        # Inside the full name itself: the surname rule and the parser decide.
        return False
    if LOCATIVE.search(text, max(0, top.start - 40), top.start):
        return False
    i = token_index_at(doc, top.start)
    if i >= len(doc) or doc[i].idx != top.start:
        return False
    return doc[i].dep_ in _PERSON_ROLES


# Dependency roles a person's first name has in "Georgia began skating", "Georgia's
# father", "Georgia was named".
_PERSON_ROLES = frozenset({"nsubj", "nsubjpass", "poss"})


def _bare_abbreviation(
    doc: Doc, text: str, top: Toponym, persons: set[tuple[int, int]], gazetteer: Gazetteer
) -> bool:
    """A short word that names a place only as an abbreviation ("Mo" for Missouri, "Ga"
    for Georgia), written without its full stop and used as a person (tagged one, or a
    subject or a possessor): "'Mo will be disappointed with the penalty,' the manager
    said" is no state. "Kansas City, Mo." keeps its full stop and its state."""
    core = top.core
    if (
        not core.istitle()
        or top.hint is not None
        or core != top.text
        or len(core) > 4
        or not core.isalpha()
    ):
        return False
    if text[top.end : top.end + 1] == "." or text[max(0, top.start - 2) : top.start] == ", ":
        return False  # "Kansas City, Mo, said": after its town it is the state
    if any(
        c.how == "name"
        and (c.kind in ("country", "admin1") or c.population >= MISLABEL_MIN_POPULATION)
        for c in gazetteer.lookup(core)
    ):
        return False
    if (top.start, top.end) in persons:
        return True
    i = token_index_at(doc, top.start)
    return i < len(doc) and doc[i].idx == top.start and doc[i].dep_ in _PERSON_ROLES


# "said Logan, a 34-year-old mechanic": an age in the apposition makes a person.
_AGE_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?:\w+[\s-]+){0,2}?\d+-year-old\b")


def _a_speaker(doc: Doc, text: str, top: Toponym, gazetteer: Gazetteer) -> bool:
    """A one-word name that speaks ("Vladimir told reporters", "said Logan, a
    34-year-old mechanic") is a person when it is a common given name or an age stands
    beside it, and nothing before it says it is a place. A country speaks for its
    government ("Georgia said") and keeps its place, and so does a town that is no
    given name ("Moscow said")."""
    if top.hint is not None or top.core != top.text or " " in top.core:
        return False
    i = token_index_at(doc, top.start)
    if i >= len(doc) or doc[i].idx != top.start or doc[i].dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = doc[i].head
    if head.lemma_.lower() not in entity_lexicons().speech_verbs:
        return False
    lex = entity_lexicons()
    given = top.core.lower() in lex.male_names | lex.female_names
    if not given and not _AGE_APPOSITION.match(text, top.end):
        return False
    if LOCATIVE.search(text, max(0, top.start - 40), top.start):
        return False
    return not any(c.kind == "country" for c in gazetteer.lookup(top.core))


@lru_cache(maxsize=1)
def _vehicle_re() -> re.Pattern[str]:
    makes = "|".join(re.escape(m) for m in patterns()["vehicle_makes"])
    colours = "|".join(patterns()["vehicle_leads"])
    return re.compile(
        rf"(?:\b(?:a|an|his|her|their|its|my|our|your)\s+|\b(?:19|20)\d\d\s+)"
        rf"(?:(?:{colours})\s+)?(?:(?:19|20)\d\d\s+)?(?:{makes})\s+"
        rf"(?:[A-Z][\w-]*|\d[\w-]*)$"
    )


def _a_vehicle(text: str, top: Toponym) -> bool:
    """A car's make and model after an article or a model year ("a 1992 Toyota
    Corolla", "a white Dodge Durango"): neither the make nor the model is a place."""
    if top.hint is not None:
        return False
    makes = patterns()["vehicle_makes"]
    end = top.end
    if top.core in makes:
        nxt = re.match(r"\s+([A-Z][\w-]*|\d[\w-]*)", text[end : end + 40])
        if nxt is None or nxt.group(1) in patterns()["feature_words"]:
            return False
        end += nxt.end()
    elif not any(text[: top.start].endswith(m + " ") for m in makes):
        return False
    return bool(_vehicle_re().search(text, max(0, top.start - 60), end))


def _other_names(doc: Doc, found: Findings) -> list[tuple[int, int]]:
    """Spans of the names that are not places: organisations, venues, people."""
    spans = {
        (m.start, m.end) for ent in found.entities if ent.type != "PLACE" for m in ent.mentions
    }
    spans |= {
        (span.start_char, span.end_char)
        for span in doc_ents(doc)
        if span.label_ in MISLABELS or span.label_ == "FAC"
    }
    return sorted(spans)


def _names_a_club(text: str, top: Toponym, clubs: list[tuple[int, int]]) -> bool:
    """A place's name inside a mention of a sports club ("Real Madrid", "Manchester
    City 4-3", "Madrid" for the club). Other organisations named after a town keep it
    as a place ("the Gainesville Police Department", "the Gainesville Sun"): LGL marks
    those towns."""
    at = text.find(top.core, top.start, top.end)
    core_start = at if at >= 0 else top.start
    return any(start <= core_start < end for start, end in clubs)


def _club_mentions(found: Findings, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Mentions of organisations named as sports clubs are ("Real Madrid", "Manchester
    City", and their short forms), by the club words of the entities' lexicon; never a
    place's own name the tagger took for a body ("Salt Lake City")."""
    club = ner_words()
    out: list[tuple[int, int]] = []
    for ent in found.entities:
        if ent.type != "ORG" or any(c.how in ("name", "alias") for c in gazetteer.lookup(ent.name)):
            continue
        names = [ent.name, *ent.aliases]
        if any(
            len(words) > 1
            and (words[0].lower() in club.team_prefixes or words[-1].lower() in club.team_suffixes)
            for words in (n.split() for n in names)
        ):
            out.extend((m.start, m.end) for m in ent.mentions)
    return out


def _inside_a_known_name(
    text: str, start: int, end: int, named: list[tuple[int, int]], gazetteer: Gazetteer
) -> bool:
    for o_start, o_end in named:
        if o_start <= start and end <= o_end and (o_start, o_end) != (start, end):
            outer = _make(text, o_start, o_end)
            if (
                outer is not None
                and (outer.start, outer.end) != (start, end)
                and any(c.how in ("name", "alias") for c in gazetteer.lookup(outer.core))
            ):
                return True
    return False


_COMPASS = frozenset(
    {"North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest"}
)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _compass_points(text: str, toponyms: list[Toponym], gazetteer: Gazetteer) -> list[Toponym]:
    """A bare compass word after "the" ("the North") is no place by itself; it stands
    for the one country the article names with it ("North Korea", "South Sudan"),
    else it is left out (a region of opinion, "the West", is not on the map)."""
    named: dict[str, set[str]] = {}
    for top in toponyms:
        first, _, rest = top.core.partition(" ")
        if first in _COMPASS and rest and _names_country_itself(top.core, gazetteer):
            named.setdefault(first, set()).add(top.core)
    out: list[Toponym] = []
    for top in toponyms:
        if top.core in _COMPASS and _THE_BEFORE.search(text, max(0, top.start - 8), top.start):
            countries = named.get(top.core, set())
            if len(countries) != 1:
                continue
            top.core, top.hint = next(iter(countries)), "country"
        out.append(top)
    return out


def _names_country_itself(name: str, gazetteer: Gazetteer) -> bool:
    return any(c.kind == "country" and c.how in ("name", "alias") for c in gazetteer.lookup(name))


_NEXT_NOUN = re.compile(r"[^\S\n]+([a-z]+)\b")
# A town this large before "car bomb", "rocket attack" is where it happened.
PRODUCT_EVENT_TOWN = 10_000


def _names_a_product(text: str, top: Toponym, gazetteer: Gazetteer) -> bool:
    match = _NEXT_NOUN.match(text, top.end)
    if not match or match.group(1) not in patterns()["product_words"]:
        return False
    if top.hint is not None:
        return False
    cands = gazetteer.lookup(top.core)
    if any(
        c.kind in ("country", "admin1") and c.how in ("name", "alias", "demonym") for c in cands
    ):
        return False
    event = _NEXT_NOUN.match(text, match.end())
    return not (
        event
        and event.group(1) in patterns()["product_events"]
        and any(c.how in ("name", "alias") and c.population >= PRODUCT_EVENT_TOWN for c in cands)
    )


def _couple_given_name(span: Any, person_starts: set[int]) -> bool:
    """A one-word name joined by "and" to a full name is a given name the two share a
    surname with: "Paul and Ruth Hollinger"."""
    doc = span.doc
    nxt = span.end
    return (
        len(span) == 1
        and nxt + 1 < len(doc)
        and doc[nxt].lower_ == "and"
        and nxt + 1 in person_starts
    )


# Also a spaced dash: a dateline the parser ran into the story ("BEIRUT - Lebanon reported").
_PART_BREAK = re.compile(r",\s+(?:and\s+)?|\s+(?:and|in|or)\s+|['’]s\s+|\s+[-–—]\s+")


def _parts(text: str, start: int, end: int) -> list[Toponym]:
    """The pieces of a span between list commas, "and", "in" and possessives."""
    out: list[Toponym] = []
    pos = start
    for match in [*_PART_BREAK.finditer(text, start, end), None]:
        stop = match.start() if match else end
        if match is None and pos == start:
            return []  # nothing to split
        piece = _make(text, pos, stop, label="ORG")
        if piece is not None:
            out.append(piece)
        if match:
            pos = match.end()
    return out


_NAME_JOINERS = frozenset({"of", "and", "de", "del", "da", "do", "du", "la", "le", "upon", "on"})


def _common_noun_phrase(span_text: str) -> bool:
    """Words after the first that are lower case and no joiner or kind word: a phrase,
    not a name ("Health officials"; but "Isle of Man", "Panjshir valley")."""
    kinds = patterns()["suffixes"]
    return any(
        w[:1].islower() and w not in _NAME_JOINERS and w not in kinds for w in span_text.split()[1:]
    )


def _join_hyphenated(text: str, toponyms: list[Toponym], gazetteer: Gazetteer) -> list[Toponym]:
    """Two names the parser split at a hyphen that together name a place are that
    place: "Guinea-Bissau" is neither Guinea nor Bissau."""
    toponyms = sorted(toponyms, key=lambda t: t.start)
    out: list[Toponym] = []
    for top in toponyms:
        prev = out[-1] if out else None
        if prev is not None and text[prev.end : top.start] == "-":
            joined = text[prev.start : top.end]
            if any(c.how in ("name", "alias") for c in gazetteer.lookup(joined)):
                out[-1] = Toponym(
                    prev.start, top.end, joined, core=joined, entity=prev.entity, label=prev.label
                )
                continue
        out.append(top)
    return out


_ORG_GOES_ON = re.compile(r"\s+(?:for|of|[A-Z][\w'’-]*)\b")
# Never across a line break ("Congo" + "KINSHASA" on the next line is no
# "Congo-Kinshasa"); lower-case joiners go on ("Rio Grande" + "do Norte").
_NEXT_WORD = re.compile(r"[^\S\n]+(?:and|of|the|do|da|de|del|dos|das|du|[A-Z][\w.'’-]*)\b")


_CAPS_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“]))([A-Z][A-Z'’.-]*)[^\S\n]+$")


def _extend_capitals_left(
    text: str, toponyms: list[Toponym], gazetteer: Gazetteer
) -> list[Toponym]:
    """A dateline in capitals the parser cut short at its front: "BOWLING GREEN --"
    tagged "GREEN", "ST. PARIS --" tagged "PARIS". Up to two more capitalised words
    before it, the longest that names a town or region by its name or an alias."""
    out: list[Toponym] = []
    for top in toponyms:
        if not (top.text.isupper() and len(top.text) >= 3) or top.hint is not None:
            out.append(top)
            continue
        start, best = top.start, None
        for _ in range(2):
            match = _CAPS_WORD_BEFORE.search(text, max(0, start - 40), start)
            if match is None:
                break
            start = match.start(1)
            longer = text[start : top.end]
            if any(
                c.how in ("name", "alias") and c.kind in ("country", "admin1", "admin2", "city")
                for c in gazetteer.lookup(longer)
            ):
                best = start
        if best is None or any(t.start < top.start and t.end > best for t in toponyms):
            out.append(top)
            continue
        longer = text[best : top.end]
        out.append(Toponym(best, top.end, longer, core=longer, entity=top.entity, label=top.label))
    return out


def _extend_right(text: str, toponyms: list[Toponym], gazetteer: Gazetteer) -> list[Toponym]:
    """A name the parser cut short that goes on into a longer place name: "US" +
    "Virgin Islands", "St Kitts" + "and Nevis". Up to three more words, the longest
    that names a place by its name or an alias."""
    out: list[Toponym] = []
    for top in sorted(toponyms, key=lambda t: t.start):
        if out and top.start < out[-1].end:
            continue  # swallowed by the previous name's extension
        end, best = top.end, None
        # "ST. JOHN'S" the parser cut at the full stop: the saint goes on.
        saint = top.text.rstrip(".").upper() in _ABBREVIATED_LEADS
        if saint and text[end : end + 1] == ".":
            end += 1
        for _ in range(3):
            match = _NEXT_WORD.match(text, end)
            if match is None:
                break
            end = match.end()
            if not match.group().strip()[:1].isupper():
                continue
            longer = text[top.start : end].rstrip(".,;:")
            # A name that goes on is an organisation's ("Michigan Center for ...").
            if _ORG_GOES_ON.match(text, top.start + len(longer)):
                continue
            if any(
                c.how in ("name", "alias") and c.kind in ("country", "admin1", "city")
                for c in gazetteer.lookup(longer)
            ):
                best = longer
        if best is not None and top.hint is None:
            top = Toponym(
                top.start,
                top.start + len(best),
                best,
                core=best,
                entity=top.entity,
                label=top.label,
            )
        elif saint:
            continue  # "ST" alone is no place (it was Sète)
        out.append(top)
    return out


_ABBREVIATED_LEADS = frozenset({"ST", "MT", "FT"})


def _split_lists(text: str, toponyms: list[Toponym], gazetteer: Gazetteer) -> list[Toponym]:
    """A list the parser took for one place ("Recife and Salvador") is the places it
    names, when the whole names nothing and every part names a place ("Trinidad and
    Tobago" and "Bosnia and Herzegovina" are names)."""
    out: list[Toponym] = []
    for top in toponyms:
        parts = _parts(text, top.start, top.end) if top.hint is None else []
        if (
            len(parts) > 1
            and not gazetteer.lookup(top.core)
            and all(_names_town(p, gazetteer) for p in parts)
        ):
            for n, part in enumerate(parts):
                part.label = top.label
                part.entity = top.entity if n == 0 else None
            out.extend(parts)
        else:
            out.append(top)
    return out


def _list_mates(
    text: str, toponyms: list[Toponym], maybe: list[Toponym], gazetteer: Gazetteer
) -> list[Toponym]:
    """Names the parser left untagged or called a person that stand in a list with
    places and name a place themselves: "Kano, Lagos and Plateau states", "the towns
    of Jeremie and Les Cayes", "Thiruvananthapuram, Kollam and Kozhikode districts"."""
    pending = sorted(
        (m for m in maybe if all(m.end <= t.start or m.start >= t.end for t in toponyms)),
        key=lambda t: t.start,
    )
    found = sorted(toponyms, key=lambda t: t.start)
    added = True
    while added and pending:
        added = False
        for cand in list(pending):
            beside = any(listed(text, cand, t) or listed(text, t, cand) for t in found)
            if beside and not _modifies(text, cand) and _names_town(cand, gazetteer):
                pending.remove(cand)
                found.append(cand)
                found.sort(key=lambda t: t.start)
                added = True
            elif any(not (cand.end <= t.start or cand.start >= t.end) for t in found):
                pending.remove(cand)
    return found


def _named_again(
    toponyms: list[Toponym], maybe: list[Toponym], gazetteer: Gazetteer
) -> list[Toponym]:
    """A name the article uses as a place is that place where the parser called it an
    organisation or a person, or left it untagged: "Torrington" after "TORRINGTON —"
    and "the Torrington Fire Department" (one sense per article). Nationality words
    and kind-word names lend nothing ("Georgian" is no "Georgia")."""
    # A parser's building tag lends nothing: "Olympic" tagged once as a facility is
    # no town in "the Olympic champion".
    names = {
        name_key(t.core)
        for t in toponyms
        if t.hint is None and t.label not in ("NORP", "FAC") and _names_any_place(t, gazetteer)
    }
    found = sorted(toponyms, key=lambda t: t.start)
    for cand in sorted(maybe, key=lambda t: t.start):
        if (
            cand.hint is None
            and cand.label != "NORP"
            and name_key(cand.core) in names
            and all(cand.end <= t.start or cand.start >= t.end for t in found)
        ):
            found.append(cand)
    return found


_NEXT_LOWER = re.compile(r"\s+([a-z]+)\b")


def _modifies(text: str, top: Toponym) -> bool:
    """A name before a common noun qualifies it ("Arab leaders", "Becker residents"),
    unless the noun is a plural kind word ("Kano and Plateau states")."""
    match = _NEXT_LOWER.match(text, top.end)
    return bool(
        match
        and match.group(1) not in _LIST_WORDS
        and match.group(1) not in patterns()["kind_phrases"]["plural"]
    )


_LIST_WORDS = frozenset({"and", "or", "in", "on", "at", "of", "to", "from", "near", "is", "was"})


def _names_town(top: Toponym, gazetteer: Gazetteer) -> bool:
    """The span is a place's own name or alias, however small ("Jeremie"), or another
    name of a region or a big city ("Hodeidah" for Al Hudaydah)."""
    return any(
        c.how in ("name", "alias")
        or (c.how == "alt" and (c.kind == "admin1" or c.population >= MISLABEL_MIN_POPULATION))
        for c in gazetteer.lookup(top.core)
    )


def _kind_from_context(text: str, toponyms: list[Toponym]) -> None:
    """A kind word around a bare name asks for that kind: "the city of Valencia",
    "the department of Santa Cruz", "Huambo and Benguela provinces"."""
    kinds = patterns()["kind_phrases"]
    before = _kind_before_re()
    run: list[Toponym] = []
    listed_kind: str | None = None  # "the states of A, B and C": asked of the list
    for i, top in enumerate(toponyms):
        match = before.search(text, max(0, top.start - 40), top.start)
        if match:
            word = match.group(1).lower()
            listed_kind = kinds["before"][word] if word.endswith("s") else None
            top.hint = top.hint or kinds["before"][word]
        elif listed_kind and run:
            top.hint = top.hint or listed_kind
        run.append(top)
        following = toponyms[i + 1] if i + 1 < len(toponyms) else None
        gap = text[top.end : following.start] if following else ""
        if following is not None and _LIST_GAP.fullmatch(gap):
            continue
        plural = _PLURAL_KIND.match(text, top.end)
        kind = kinds["plural"].get(plural.group(1)) if plural else None
        if kind and len(run) > 1:
            for member in run:
                member.hint = member.hint or kind
        run = []
        listed_kind = None


def listed(text: str, first: Toponym, second: Toponym) -> bool:
    """The two names stand side by side in a list: "Hamilton and Wellington"."""
    return first.end <= second.start and bool(_LIST_GAP.fullmatch(text, first.end, second.start))


# ", ", " and ", ", and ", " or " between the names of a list.
_LIST_GAP = re.compile(r",\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
_PLURAL_KIND = re.compile(r"\s+([a-z]+)\b")


@lru_cache(maxsize=1)
def _kind_before_re() -> re.Pattern[str]:
    words = "|".join(sorted(patterns()["kind_phrases"]["before"], key=len, reverse=True))
    # Lower-case kind word only: "City of London" is a name, not a kind.
    # "states such as California or Washington", "provinces like Helmand": the plural
    # asks it of the list that follows.
    return re.compile(rf"\b({words})\s+(?:of|such\s+as|like|including)\s+(?:the\s+)?$")


_NAME_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})


def _without_suffix(words: list[str]) -> list[str]:
    """ "George Bush Jr" → ["George", "Bush"]: the surname is the word before a suffix."""
    while words and words[-1].rstrip(",") in _NAME_SUFFIXES:
        words = words[:-1]
    return words


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _country_names_tagged_as_places(doc: Doc, gazetteer: Gazetteer) -> set[str]:
    """Country names the parser tags as places at least twice and never as a person.

    The entities stage may fold such a name into a person it misread ("Rethinking
    Egypt" in a headline, then every "Egypt"); a name repeated as a place and never
    as a person is the country. "Jordan" the player is tagged PERSON somewhere.
    """
    labels: dict[str, set[str]] = {}
    counts: dict[str, int] = {}
    for span in doc_ents(doc):
        labels.setdefault(span.text, set()).add(span.label_)
        if span.label_ in PLACE_LABELS:
            counts[span.text] = counts.get(span.text, 0) + 1
    return {
        name
        for name, n in counts.items()
        if n >= 2
        and "PERSON" not in labels[name]
        and any(c.kind == "country" and c.how in ("name", "alias") for c in gazetteer.lookup(name))
    }


def _month_before_day(token: Token) -> bool:
    """A month's name or abbreviation before a day number ("Nov 2", "Sept. 14")."""
    if (
        token.lower_ not in timex_lexicon().months
        and token.lower_ + "." not in timex_lexicon().months
    ):
        return False
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.text == ".":
        nxt = nxt.nbor(1) if nxt.i + 1 < len(token.doc) else None
    return nxt is not None and nxt.is_digit and len(nxt.text) <= 2


def _add_unlabelled(
    doc: Doc, spans: dict[tuple[int, int], Toponym], gazetteer: Gazetteer, maybe: list[Toponym]
) -> None:
    """Capitalised words outside any entity that name a country, a region or a big city.

    The small model leaves some of these untagged ("US" in a headline, "Aleppo" in a
    list); requiring a proper-noun or adjective tag and an exact, well-known match keeps
    "Jordan" the player or "Turkey" the dinner out most of the time. Other untagged
    proper nouns, and those opening a sentence, go to ``maybe``: a list of places takes
    them in ("Kano, Lagos and Plateau states", "Hodeidah, Sanaa and Hajjah").
    """
    text = doc_text(doc)
    for token in doc_tokens(doc):
        if token.ent_type_ or not token.text[:1].isupper():
            continue
        if token.tag_ not in ("NNP", "NNPS", "JJ") or len(token.text) < 2:
            continue
        if _month_before_day(token):
            continue  # "LONDON, Nov 2 (Reuters)": Nov is no town in Tajikistan
        if token.is_sent_start:
            if token.tag_ != "JJ" and "." not in token.text:
                top = _make(text, token.idx, token.idx + len(token.text))
                if top is not None:
                    maybe.append(top)
            continue
        # Initialisms are titles and degrees more often than places ("M.D."), bar
        # countries ("U.S.").
        if token.text.count(".") > 1 and not any(
            c.kind == "country" for c in gazetteer.lookup(token.text)
        ):
            continue
        top = _make(text, token.idx, token.idx + len(token.text))
        if top is not None and _names_place(top, gazetteer):
            _add(spans, top)
        elif top is not None and token.tag_ != "JJ":
            maybe.append(top)
    # Runs of untagged proper nouns that together name a place ("New South Wales" opening
    # a sentence), checked whole: the longest span wins over its words later.
    run: list[Any] = []
    ends: list[Token | None] = [*doc_tokens(doc), None]
    for tok in ends:
        proper = tok is not None and not tok.ent_type_ and tok.tag_ in ("NNP", "NNPS")
        if proper and tok is not None and (not run or tok.i == run[-1].i + 1):
            run.append(tok)
            continue
        if 2 <= len(run) <= 4:
            top = _make(text, run[0].idx, run[-1].idx + len(run[-1].text))
            if top is not None and _names_place(top, gazetteer):
                _add(spans, top)
        run = [tok] if proper else []


def _names_any_place(top: Toponym, gazetteer: Gazetteer) -> bool:
    """The span is a country's, a region's or a town's own name or alias, however small."""
    return any(
        c.how in ("name", "alias") and c.kind in ("country", "admin1", "admin2", "city")
        for c in gazetteer.lookup(top.core)
    )


@lru_cache(maxsize=1)
def _org_head_re() -> re.Pattern[str]:
    heads = "|".join(
        re.escape(h) for h in sorted(patterns()["org_town_heads"], key=len, reverse=True)
    )
    # One to three capitalised words right before the head, on one line.
    return re.compile(rf"((?:[A-Z][\w'’.-]*[^\S\n]){{1,3}})(?:{heads})\b")


_ABBREVIATED_NAME_WORDS = frozenset({"St.", "Ste.", "Ft.", "Mt."})


def _towns_before_org_heads(text: str, gazetteer: Gazetteer) -> list[Toponym]:
    """The town an organisation of it is named after: "the Gainesville Police
    Department", "Huntsville Fire Chief", which the parser tags as an organisation or
    a person. The longest run of the words before the head that names a town, a county
    or a region ("Metro Nashville Police" → Nashville)."""
    out: list[Toponym] = []
    generic = set(patterns()["facility_words"]) | set(patterns()["not_places"])
    for match in _org_head_re().finditer(text):
        words = match.group(1).split()
        for n in range(len(words)):
            start = match.start(1) + match.group(1).index(words[n])
            end = start + len(" ".join(words[n:]))
            # "Gainesville Police. Police said": a sentence's last word opens no name.
            if any(w.endswith(".") and w not in _ABBREVIATED_NAME_WORDS for w in words[n:]):
                continue
            if words[n] in generic or words[n].lower() in _stop_words():
                continue
            top = _make(text, start, end, label="ORG")
            if top is not None and _names_any_place(top, gazetteer):
                out.append(top)
                break
    return out


# "U.S.-led", "U.K.-based": a dotted abbreviation the tokenizer keeps in one token
# with the hyphenated word after it.
_DOTTED_HYPHEN = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,3})-[a-z]")


def _dotted_before_hyphen(text: str, gazetteer: Gazetteer) -> list[Toponym]:
    """A country's or region's dotted abbreviation before a hyphenated word ("the
    U.S.-led campaign", "a U.K.-based charity"), which the parser leaves inside one
    token and untagged: the abbreviation is a place, like "Pennsylvania-based"."""
    out: list[Toponym] = []
    for match in _DOTTED_HYPHEN.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        if any(
            c.how in ("name", "alias") and c.kind in ("country", "admin1")
            for c in gazetteer.lookup(name)
        ):
            out.append(Toponym(start, end, name, core=name, label="GPE"))
    return out


def _names_region(top: Toponym, gazetteer: Gazetteer) -> bool:
    """The span is exactly the name of a country, a first-level region or a city of
    MISLABEL_MIN_POPULATION people ("San Pedro Sula and Tegucigalpa were hit")."""
    return any(
        cand.how == "name"
        and (
            cand.kind in ("country", "admin1")
            or (cand.kind == "city" and cand.population >= MISLABEL_MIN_POPULATION)
        )
        for cand in gazetteer.lookup(top.core)
    )


def _names_place(top: Toponym, gazetteer: Gazetteer) -> bool:
    if top.core in _seats():
        # "The White House said": the institution, a place only where the parser
        # tags it as one.
        return False
    for cand in gazetteer.lookup(top.core):
        if cand.how == "demonym" and cand.kind == "country":
            top.hint = "country"
            return True
        if cand.how in ("name", "alias") and (
            cand.kind in ("country", "admin1") or cand.population >= MISLABEL_MIN_POPULATION
        ):
            return True
    return False


def _make(
    text: str, start: int, end: int, *, entity: str | None = None, label: str | None = None
) -> Toponym | None:
    surface = text[start:end]
    # A name never runs across a line break (a headline's last word and the next
    # paragraph's first: "Equateur\n\nThe Democratic Republic of the").
    if "\n" in surface.strip():
        first = surface.strip().split("\n", 1)[0]
        start += surface.index(first)
        end = start + len(first)
        surface = first
    if surface.lower().startswith("the "):
        start += 4
        surface = text[start:end]
    # "A Metcalfe County man": the article opening a sentence is no part of the name.
    article = re.match(r"An?\s+(?=[A-Z])", surface)
    if article and len(surface.split()) > 2:
        start += article.end()
        surface = text[start:end]
    # Possessives and trailing punctuation are not part of the name.
    # A final full stop stays: it belongs to abbreviations ("Ill.", "D.C.").
    while surface and surface[-1] in ",;:'’":
        end -= 1
        surface = surface[:-1]
    for tail in ("'s", "’s"):
        if surface.endswith(tail):
            end -= 2
            surface = surface[:-2]
    if not surface.strip() or not any(ch.isupper() for ch in surface):
        return None
    words = surface.split()
    if len(words) > 1 and _title_follows(text, words[-1], end):
        # "the Suffolk County District Attorney": the county, not a district.
        surface = surface[: surface.rindex(words[-1])].rstrip()
        end = start + len(surface)
        words = words[:-1]
    core, hint = surface, None
    suffixes = patterns()["suffixes"]
    if len(words) > 1 and words[-1] in suffixes:
        core, hint = " ".join(words[:-1]), suffixes[words[-1]]
    else:
        # Kind words of several words: "Guma Local Government Area".
        for kind in (k for k in suffixes if " " in k):
            if surface.endswith(f" {kind}") and len(surface) > len(kind) + 1:
                core, hint = surface[: -len(kind) - 1].rstrip(), suffixes[kind]
                break
    # A kind word right after the span belongs to it ("Panjshir" + " Valley").
    after = re.match(r"\s([A-Z][a-z]+)\b", text[end : end + 20])
    if (
        hint is None
        and after
        and after.group(1) in suffixes
        and not _title_follows(text, after.group(1), end + after.end())
    ):
        end += after.end()
        surface = text[start:end]
        hint = suffixes[after.group(1)]
    if hint is None and _GOVERNOR.match(text, end):
        # "New York Gov. Andrew Cuomo", "Kano Governor": a governor runs a state or
        # province, not its city of the same name.
        hint = "admin1"
    return Toponym(start, end, surface, core=core, hint=hint, entity=entity, label=label)


_SAINT_OWNER = re.compile(r"(?:St\.?|Saint|Ste\.?)\s")
_POSSESSIVE_WORD = re.compile(r"['’]s\s+([A-Z][\w'’]*)")


def _saints_building(text: str, top: Toponym) -> bool:
    """A saint's name before a building word ("St. Peter's Basilica", "St George's
    Chapel", "St. Michael's Hospital") names the building, not the town of that saint:
    like a site, it is a place only near the article's others."""
    if not _SAINT_OWNER.match(top.core):
        return False
    after = _POSSESSIVE_WORD.match(text, top.end)
    return after is not None and after.group(1) in patterns()["facility_words"]


@lru_cache(maxsize=1)
def _seats() -> frozenset[str]:
    return frozenset(patterns()["seat_names"])


_GOVERNOR = re.compile(r"\s+(?:Lt\.\s+)?(?:Gov\.|Governor\b|Lieutenant\s+Governor\b)")


def _add(spans: dict[tuple[int, int], Toponym], top: Toponym | None) -> None:
    if top is None:
        return
    old = spans.get((top.start, top.end))
    if old is None:
        spans[(top.start, top.end)] = top
    elif old.entity is None and top.entity is not None:
        old.entity = top.entity


def _non_overlapping(items: Any) -> list[Toponym]:
    """Longest spans win; an entity-backed span wins ties."""
    ordered = sorted(items, key=lambda t: (-(t.end - t.start), t.entity is None, t.start))
    taken: list[Toponym] = []
    for top in ordered:
        if all(top.end <= t.start or top.start >= t.end for t in taken):
            taken.append(top)
    return taken


def _repeats(text: str, toponyms: list[Toponym]) -> list[Toponym]:
    """Bare repeats of a name found with a kind word: "Panjshir" after "Panjshir Valley"."""
    out: list[Toponym] = []
    cores = {t.core: t for t in toponyms if t.hint in ("admin1", "admin2")}
    for core, first in cores.items():
        for match in re.finditer(rf"\b{re.escape(core)}\b", text):
            start, end = match.span()
            if any(not (end <= t.start or start >= t.end) for t in (*toponyms, *out)):
                continue
            out.append(Toponym(start, end, core, core=core, hint=first.hint, label=first.label))
    return out
