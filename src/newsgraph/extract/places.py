"""Places: toponyms found in the article, resolved against the offline gazetteer.

    toponyms.detect  →  one NameGroup per distinct name  →  place_rank.rank  →  Place
                                    place_context (outlet, organisations) ↗

A name that matches nothing keeps ``precision="unknown"`` and no coordinates rather
than a guess. Mentions of the same resolved place ("U.S." and "America") share one
Place, with every mention span.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from spacy.tokens import Doc

from newsgraph.extract import toponyms
from newsgraph.extract.dateline import dateline_end, dateline_places
from newsgraph.extract.findings import Findings, doc_text
from newsgraph.extract.place_context import article_context
from newsgraph.extract.place_rank import CURRENCY_WEIGHT, NameGroup, rank
from newsgraph.gazetteer import Candidate, Gazetteer, name_key
from newsgraph.record import Place, Span

# Most-populous candidates kept per name: enough for "Alexandria" (25), bounded for speed.
MAX_CANDIDATES = 40
# Nationality words alone make no Place (see _named); flip to keep them, as geoparsing
# corpora that annotate demonyms as toponyms do.
DEMONYM_ONLY_PLACES = False
# A name before a site word ("the Lahore market") is that city's site when the city is
# a capital or this large; a smaller town must lie near the article's other places.
SITE_CITY = 1_000_000
# A story names its own town at least this often and more than any other (or in its
# dateline); its unknown streets and buildings are placed in it (see _home_town).
HOME_TOWN_MIN_MENTIONS = 1
_SAINT = frozenset({"St.", "St", "Ste.", "Mt.", "Ft."})
# "Paris, Texas"; "Victoria, the capital of the Seychelles"; "Goma, a city in eastern Congo".
_QUALIFIER = re.compile(
    r",\s+(?:(?:the|a|an)\s+(?:[a-z]+\s+){0,3}(?:of|in)\s+(?:the\s+)?(?:[a-z]+\s+)?)?"
    r"([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)"
)
_PRECISION = {
    "country": "country",
    "admin1": "admin1",
    "admin2": "admin2",
    "city": "city",
    "feature": "feature",
}


def extract(doc: Doc, found: Findings) -> list[Place]:
    return resolve(doc, found, gazetteer=Gazetteer.default())


def resolve(doc: Doc, found: Findings, *, gazetteer: Gazetteer) -> list[Place]:
    """Places for one article, each with its resolution and every mention."""
    tops = toponyms.detect(doc, found, gazetteer=gazetteer)
    if not tops:
        return []
    groups: dict[str, NameGroup] = {}
    members: dict[str, list[toponyms.Toponym]] = {}
    text = doc_text(doc)
    datelines = _datelines(text)
    owners = _owners(text, tops, gazetteer)
    for top in tops:
        key = _group_key(top, gazetteer)
        if not key:
            continue
        owner = owners.get(id(top))
        if owner is not None:
            key = f"{key}@{owner[0]}"
        group = groups.get(key)
        if group is None:
            cands, near_only = _candidates(top, gazetteer)
            group = groups[key] = NameGroup(
                key=key, candidates=cands, mentions=0, near_only=near_only
            )
            members[key] = []
        group.mentions += 1
        group.hint = group.hint or top.hint
        group.dateline = group.dateline or any(a <= top.start < b for a, b in datelines)
        members[key].append(top)
        if _BORDER.match(text, top.end) and _region_and_town(group.candidates):
            # "near the New York border": the state's border, not the city's.
            group.hint = group.hint or "admin1"
        if _local_use(text, top.end):
            group.candidates = tuple(c for c in group.candidates if c.kind != "country")
        qualifier = _qualifier(text, top.end, gazetteer, group.candidates)
        if qualifier:
            group.qualifiers.append(qualifier)
        if owner is not None:
            group.qualifiers.append(owner[1])
    for prev, top in pairwise(tops):
        a, b = _group_key(prev, gazetteer), _group_key(top, gazetteer)
        if (
            a in groups
            and b in groups
            and a != b
            and toponyms.listed(text, prev, top)
            # "Tacoma, Washington" names where Tacoma is, not a list of two.
            and not (
                text[prev.end : top.start].strip() == "," and _qualifier(text, prev.end, gazetteer)
            )
        ):
            groups[a].mates.add(b)
            groups[b].mates.add(a)
    countries, admin1s = article_context(found, gazetteer, names=frozenset(groups))
    for cc, weight in currency_countries(text).items():
        countries[cc] = countries.get(cc, 0.0) + weight
    rank(list(groups.values()), extra_countries=countries, extra_admin1s=admin1s)
    for group in groups.values():
        _fall_back_to_qualifier(group)
    for key, group in groups.items():
        if group.best is None and not _place_evidence(text, group, members[key]):
            group.unsupported = True
    return _places(groups, members, home=_home_town(groups))


_PLACE_NOUNS = (
    r"(?:island|islands|village|villages|town|towns|city|cities|province|region|district"
    r"|county|municipality|suburb|neighbou?rhood|area|port|community|settlement|capital)"
)
# "the island of Tortola", "the villages of Foua and Kfraya".
_NOUN_OF = re.compile(rf"\b{_PLACE_NOUNS}\s+of\s+(?:[A-Z][\w'’.-]*,?\s+(?:and\s+)?)*$")
# "Kfraya in Idlib", "Tamarasheni, a Georgian town".
_AFTER = re.compile(rf"\s+in\s+[A-Z]|\s*,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}{_PLACE_NOUNS}\b")


def _place_evidence(text: str, group: NameGroup, tops: list[toponyms.Toponym]) -> bool:
    """A name the gazetteer does not know is a place only where the text says so: a kind
    word, a dateline, a qualifier ("Harwinton, Conn."), a feature, street or building
    word in the name, or a locative word before a mention ("in Prisi"). "Pawlenty
    figures", "Saakashvili said" and "Dropbox" are no unknown places."""
    if group.hint or group.dateline or group.qualifiers:
        return True
    words = set(toponyms.patterns()["feature_words"]) | set(toponyms.patterns()["street_words"])
    words |= set(toponyms.patterns()["town_sites"]) | set(toponyms.patterns()["suffixes"])
    for t in tops:
        if words.intersection(t.text.split()):
            return True
        if t.site or toponyms.LOCATIVE.search(text, max(0, t.start - 40), t.start):
            return True
        if _NOUN_OF.search(text, max(0, t.start - 80), t.start) or _AFTER.match(text, t.end):
            return True
    return False


def _fall_back_to_qualifier(group: NameGroup) -> None:
    """A town qualified by its state that the gazetteer lacks there ("Grantville,
    Pennsylvania", "Thackerville, Okla.") is in that state: the state, at its precision,
    not a namesake town in another one."""
    quals = [q for qualifier in group.qualifiers for q in qualifier]
    best = group.best
    if not quals or (
        best is not None and (best.kind != "city" or any(_holds(q, best) for q in quals))
    ):
        return
    # A region of the towns' own country ("Kansas City, North ..." is no Cameroonian
    # province); a list of regions ("Guam, Louisiana, Nevada") is no qualifier.
    countries = {c.country for c in group.candidates}
    regions = [
        q
        for q in quals
        if q.kind == "admin1"
        and q.how in ("name", "alias")
        and (not countries or q.country in countries)
    ]
    if regions:
        group.best = max(regions, key=lambda c: c.population)


@lru_cache(maxsize=1)
def _local_re() -> re.Pattern[str]:
    heads = "|".join(
        re.escape(h) for h in sorted(toponyms.patterns()["local_heads"], key=len, reverse=True)
    )
    return re.compile(rf"\s+(?:{heads})\b")


_BORDER = re.compile(r"[^\S\n]+(?:border|state line)\b")


def _region_and_town(cands: Sequence[Candidate]) -> bool:
    """The name is a region's and a town's, and no country's ("New York", not
    "Georgia")."""
    named = [c for c in cands if c.how in ("name", "alias")]
    return (
        any(c.kind == "admin1" for c in named)
        and any(c.kind == "city" for c in cands)
        and not any(c.kind == "country" for c in named)
    )


def _local_use(text: str, end: int) -> bool:
    """The name is followed by a school's, a school team's or a town council's word
    ("the Jordan boys junior-varsity team"): a town's name, not a country's."""
    return _local_re().match(text, end) is not None


def _holds(outer: Candidate, inner: Candidate) -> bool:
    """``inner`` is ``outer`` or lies in it."""
    if outer.id == inner.id:
        return True
    if outer.country != inner.country or inner.kind == "country":
        return False
    if outer.kind == "country":
        return True
    if outer.kind == "admin1":
        return inner.admin1 == outer.admin1
    if outer.kind == "admin2":
        return (inner.admin1, inner.admin2) == (outer.admin1, outer.admin2)
    return False


@lru_cache(maxsize=1)
def _currency_re() -> tuple[re.Pattern[str], dict[str, str]]:
    marks: dict[str, str] = toponyms.patterns()["currency_marks"]
    signs = "|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True))
    # The sign opens a word ("$4.2 million", "C$ 300"), not "A$AP" or "R2$".
    return re.compile(rf"(?<![\w$])({signs})\s?\d"), marks


def currency_countries(text: str) -> dict[str, float]:
    """Countries whose money the article counts in ("$4.2 million" → the US, "£300" →
    Britain): weak evidence of where a story is, like an outlet's country, so that a
    local story naming only "Mansfield" and dollars is not about Mansfield, England."""
    pattern, marks = _currency_re()
    found = {marks[m.group(1)] for m in pattern.finditer(text)}
    return {cc: CURRENCY_WEIGHT for cc in found}


_POSSESSOR = re.compile(r"\b([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s\s+$")


def _owners(
    text: str, tops: list[toponyms.Toponym], gazetteer: Gazetteer
) -> dict[int, tuple[str, tuple[Candidate, ...]]]:
    """The country each mention is qualified by, for names qualified by more than one:
    "Pakistan's Punjab province" and "India's Punjab state" are two places. A bare
    mention goes with the last qualified one before it (the first one, at the start)."""
    said: dict[str, list[tuple[int, str, tuple[Candidate, ...]]]] = {}
    for top in tops:
        match = _POSSESSOR.search(text, max(0, top.start - 40), top.start)
        if match is None:
            continue
        country = tuple(
            c
            for c in gazetteer.lookup(match.group(1))
            if c.kind == "country" and c.how in ("name", "alias")
        )
        if country and country[0].country:
            said.setdefault(name_key(top.core), []).append((top.start, country[0].country, country))
    out: dict[int, tuple[str, tuple[Candidate, ...]]] = {}
    for top in tops:
        marks = said.get(name_key(top.core))
        if not marks or len({cc for _, cc, _ in marks}) < 2:
            continue
        before = [m for m in marks if m[0] <= top.start]
        _, cc, country = before[-1] if before else marks[0]
        out[id(top)] = (cc, country)
    return out


def _datelines(text: str) -> list[tuple[int, int]]:
    """Spans of the datelines paragraphs open with ("FRANKFURT, Dec 12 (Reuters) - "),
    and of the place words of those that follow a headline run into the story
    ("Crash victim upgraded. MIDDLETOWN — ...")."""
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        end = dateline_end(text, line.start())
        if end is not None and end <= line.end():
            spans.append((line.start(), end))
    spans.extend((start, end) for start, end, _ in dateline_places(text))
    return spans


def _group_key(top: toponyms.Toponym, gazetteer: Gazetteer) -> str:
    """Mentions of one name share one resolution, except that a country's name asked
    for as a region ("the states of Mexico and San Luis Potosí") does not make every
    other "Mexico" of the article the state."""
    key = name_key(top.core)
    if key and top.hint in ("admin1", "admin2", "city") and _names_country(top.core, gazetteer):
        return f"{key}|{top.hint}"
    return key


def _names_country(name: str, gazetteer: Gazetteer) -> bool:
    return any(c.kind == "country" and c.how in ("name", "alias") for c in gazetteer.lookup(name))


def _candidates(top: toponyms.Toponym, gazetteer: Gazetteer) -> tuple[tuple[Candidate, ...], bool]:
    """Matches of the whole span ("Metcalfe County") and of its core name ("Metcalfe"),
    and whether they only count near the article's other places.

    A bare direction or kind word ("West", "Valley") names no place by itself. A place
    inside a longer name ("Henderson County Jail", "Lake Manassas") may be what the
    name is about or only what it is named after ("Gateway Arch", "Kish River"): such
    candidates stand only near the article's other places.
    """
    bare = toponyms.patterns()
    if top.core in bare["directions"] or top.core in bare["suffixes"]:
        return (), False
    # A building word alone is a building ("the Centre", "City Hall" minus the city).
    if top.hint is None and top.core in bare["facility_words"]:
        return (), False
    direct = _direct_candidates(top, gazetteer)
    if top.site and top.hint != "country" and not _names_country(top.core, gazetteer):
        # "The San Martin square" is inside a town: not a region, and a town only near
        # the article's other places ("the U.S. market" is still the country).
        # A capital or a city of millions is where the site is ("a Kabul market").
        towns = tuple(c for c in direct if c.kind == "city")
        if not towns:
            # A site in a region that has no town of its name is in the region ("a West
            # Bank refugee camp", "a Darfur camp").
            regions = tuple(
                c for c in direct if c.kind in ("admin1", "admin2") and c.how in ("name", "alias")
            )
            return regions, False
        big = any(c.how == "name" and (c.capital or c.population >= SITE_CITY) for c in towns)
        return towns, not big
    if direct:
        return direct, _landmark_town(top, direct, bare)
    cands, near_only = _kind_tail(top, gazetteer), False
    if not cands:
        cands, near_only = _partial_candidates(top.core, gazetteer)
    if not cands:
        cands, near_only = _feature_towns(top.core, gazetteer), True
    return cands, near_only and bool(cands)


def _landmark_town(
    top: toponyms.Toponym, direct: tuple[Candidate, ...], bare: dict[str, object]
) -> bool:
    """A name that ends in a park or square word and matches only towns ("Hampton Park",
    "Victoria Park", "Washington Square") is as often the park or square of the story's
    own town as a town of that name elsewhere: the town stands only near the article's
    other places."""
    words = top.core.split()
    tails = bare["landmark_tails"]
    assert isinstance(tails, list)
    return (
        len(words) > 1
        and words[-1] in tails
        and top.hint is None
        and all(c.kind == "city" for c in direct)
    )


def _direct_candidates(top: toponyms.Toponym, gazetteer: Gazetteer) -> tuple[Candidate, ...]:
    found = {c.id: c for c in gazetteer.lookup(top.core)[:MAX_CANDIDATES]}
    # A country's own name is not a town's foreign-language alternate: "Mexico" is the
    # country, not Mexico City (alternate name "México"), whatever the article's towns.
    if top.hint is None and any(
        c.kind == "country" and c.how in ("name", "alias") for c in found.values()
    ):
        found = {cid: c for cid, c in found.items() if c.how != "alt"}
    # A small town that only once bore the name is not preferred to a bigger town that
    # bears it now ("Maryville" is not Beeville, Texas); a city's short or foreign name
    # stays ("New York" for New York City, "Newcastle" for Newcastle upon Tyne).
    named = max(
        (c.population for c in found.values() if c.how == "name" and c.kind == "city"), default=-1
    )
    found = {
        cid: c
        for cid, c in found.items()
        if not (
            c.how == "alt"
            and c.kind == "city"
            and c.population < min(named, toponyms.MISLABEL_MIN_POPULATION)
        )
    }
    # A state's or province's shortening is one only with its full stop ("Man." is
    # Manitoba): "Man charged", "Miss America" and "car wash" name none.
    if "." not in top.core and not top.abbreviated:
        found = {cid: c for cid, c in found.items() if not _bare_shortening(top.core, c)}
    # "Red River" matches Red River County only through the county's bare name: a
    # river, lake or island named so is the feature the county is named after.
    if top.core.split()[-1] in toponyms.patterns()["feature_words"]:
        found = {cid: c for cid, c in found.items() if not (c.kind == "admin2" and c.how == "alt")}
    if top.text != top.core:
        for c in gazetteer.lookup(top.text)[:MAX_CANDIDATES]:
            found.setdefault(c.id, c)
    # "San Fernando City" matched only as another town's alternate name: the town that
    # bears "San Fernando" is as likely ("Quezon City", named so, is kept as it is).
    head, _, last = top.core.rpartition(" ")
    if head and last == "City" and all(c.how == "alt" for c in found.values()):
        for c in gazetteer.lookup(head)[:MAX_CANDIDATES]:
            if c.kind == "city" and c.how == "name":
                found.setdefault(c.id, c)
    if top.hint == "country":
        return tuple(c for c in found.values() if c.kind == "country")
    if top.hint == "city":
        # "The city of Turkey" (Texas), "the city of Djibouti": no country is a city.
        towns = tuple(c for c in found.values() if c.kind != "country")
        if towns:
            return towns
    return tuple(found.values())


def _bare_shortening(name: str, cand: Candidate) -> bool:
    """The name is a region's alias that only cuts its name short ("Man" for Manitoba,
    "Miss" for Mississippi), written without its full stop."""
    key, first = name_key(name), name_key(cand.name).split(" ")[0]
    return (
        cand.kind == "admin1"
        and cand.how == "alias"
        and len(key) < len(first)
        and first.startswith(key)
    )


def _kind_tail(top: toponyms.Toponym, gazetteer: Gazetteer) -> tuple[Candidate, ...]:
    """A word that names nothing before a county ("Only Jefferson County", "Small
    Hitchcock County"): the county by its name with its kind word, not towns of its
    core name."""
    words = top.text.split()
    if top.hint is None or top.text == top.core:
        return ()
    for n in range(1, len(words) - 1):
        found = tuple(
            c
            for c in gazetteer.lookup(" ".join(words[n:]))[:MAX_CANDIDATES]
            if c.how in ("name", "alias") and c.kind == top.hint
        )
        if found:
            return found
    return ()


def _partial_candidates(name: str, gazetteer: Gazetteer) -> tuple[tuple[Candidate, ...], bool]:
    """A place inside a longer name: "North Texas", "Henderson County Jail".

    A leading direction word is dropped, else the longest run of capitalised words that
    names a place by its name or an alias ("A Henderson County" → "Henderson County").
    """
    # Hyphens join a place to what is said of it ("Pennsylvania-based", "Asia-Pacific",
    # "Paris-Henry County"); a hyphenated name of its own matched before we get here.
    raw = [w for w in re.split(r"\s+|(?<=\w)-(?=\w)", name) if w]
    words = [re.sub(r"['’]s$", "", w) for w in raw]
    bare = toponyms.patterns()
    # A street or coast named after a place is not in it ("Falcon Street", "Gulf Coast"),
    # nor a river, lake or island the place is named after ("Mississippi River",
    # "Lake Vermont", "Fire Island"): those stay unknown rather than take the town's point.
    if len(words) > 1 and words[-1] in bare["street_words"]:
        # ... but a county road is in its county ("Otter Tail County Road 1").
        if len(words) > 2 and bare["suffixes"].get(words[-2]) == "admin2":
            county = tuple(
                c
                for c in gazetteer.lookup(" ".join(words[:-1]))[:MAX_CANDIDATES]
                if c.kind == "admin2" and c.how in ("name", "alias")
            )
            return county, False
        return (), False
    if len(words) > 1 and (words[-1] in bare["feature_words"] or words[0] in bare["feature_words"]):
        return (), False
    directions = bare["directions"]
    generic = set(bare["facility_words"])
    # A capitalised word that names nothing before a country's whole name
    # ("Neighbouring Republic of Congo"; not "Greece Italy", not "Columbus East").
    for n in range(1, min(len(words), 3)):
        lead = words[:n]
        if (
            words[n][:1].isupper()
            and all(w[:1].isupper() for w in lead)
            and not gazetteer.lookup(" ".join(lead))
        ):
            rest = tuple(
                c
                for c in gazetteer.lookup(" ".join(words[n:]))[:MAX_CANDIDATES]
                if c.how in ("name", "alias") and c.kind == "country"
            )
            if rest:
                return rest, False
    for n in (2, 1):
        if len(words) > n and " ".join(words[:n]) in directions:
            return gazetteer.lookup(" ".join(words[n:]))[:MAX_CANDIDATES], False
    # Longest runs first; at equal length the leftmost ("Iran's Kermanshah province").
    for size in range(len(words) - 1, 0, -1):
        for start in range(len(words) - size + 1):
            run = words[start : start + size]
            # "Fort Benning" is not Benning, nor "Port Arthur" Arthur.
            if start > 0 and words[start - 1] in bare["name_leads"]:
                continue
            # "Press Street" is not the town of Street, nor "Dulles Airport" one of Airport;
            # a leading "St." is a saint ("St. Louis Police").
            if not run[0][:1].isupper() or any(
                w.strip(".,'’") in generic and not (i == 0 and size > 1 and w in _SAINT)
                for i, w in enumerate(run)
            ):
                continue
            cands = tuple(
                c
                for c in gazetteer.lookup(" ".join(run))[:MAX_CANDIDATES]
                if c.how in ("name", "alias", "demonym")
            )
            # A short word that matches only as a region's abbreviation is that only
            # with its full stop: "Easter Sunday Mass" is not in Massachusetts, nor
            # "Penn Station" in Pennsylvania.
            if (
                size == 1
                and len(run[0]) <= 5
                and not run[0].endswith(".")
                and cands
                and all(c.how == "alias" and c.kind == "admin1" for c in cands)
            ):
                continue
            if cands:
                # A town inside a building's or a landmark's name may be whom it is
                # named after ("Gateway Arch", "Rogers Centre"): it must lie near the
                # article's other places. Counties and regions ("Henderson County
                # Jail") are where such buildings are.
                # A county or district named without its kind word is as likely a
                # person's name ("Sri Krishna Medical College" is not in Krishna
                # district, "Jefferson Memorial Hospital" not in a Jefferson County).
                kind_word = any(w in bare["suffixes"] for w in run)
                named_after = any(w.strip(".,'’") in generic for w in words) and all(
                    c.kind == "city" or (c.kind == "admin2" and not kind_word) for c in cands
                )
                # A building named for someone's own ("St George's Chapel", "Macy's
                # Store") is named after a saint or a person, whatever shares the name.
                end = start + size
                if end < len(words) and raw[end - 1] != words[end - 1] and words[end] in generic:
                    named_after = True
                # ... but a town's own council, hall or airport ("Mount Pleasant City
                # Council", "Vancouver International Airport") is in the town; not one
                # named after a person ("Carl Perkins Civic Center").
                elif start == 0 and end < len(words) and raw[end] in bare["civic_heads"]:
                    named_after = False
                return cands, named_after
    return (), False


def _feature_towns(name: str, gazetteer: Gazetteer) -> tuple[Candidate, ...]:
    """Towns a river, lake or park may be named after: "Lake Manassas", "Naugatuck
    River". The ranking keeps one only when the article's other places lie near it."""
    words = name.split()
    feature = toponyms.patterns()["feature_words"]
    if len(words) < 2:
        return ()
    if words[-1] in feature:
        town = " ".join(words[:-1])
    elif words[0] in feature:
        town = " ".join(words[1:])
    else:
        return ()
    return tuple(
        c for c in gazetteer.lookup(town)[:MAX_CANDIDATES] if c.kind == "city" and c.how == "name"
    )


_LIST_GOES_ON = re.compile(r"(?:,\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)*,?\s+(?:and|or)\s+[A-Z]")


def _qualifier(
    text: str, end: int, gazetteer: Gazetteer, cands: Sequence[Candidate] = ()
) -> tuple[Candidate, ...]:
    """Places named right after a comma: "Paris, Texas", "Alexandria, La.", "Washington,
    D.C."."""
    match = _QUALIFIER.match(text, end)
    if match is None:
        return ()
    # A city after the comma only counts as the same place: "Washington, D.C.".
    name = match.group(1)
    found = gazetteer.lookup(name)
    # "Washington, New York and Boston" is a list, not Washington in New York; but in
    # "Nashville and Cordova, Tennessee, Richmond, Virginia, Fort Lauderdale and
    # Orlando, Florida" each town has its state: a state that holds a town of the name,
    # where the name is no state or country itself.
    if _LIST_GOES_ON.match(text, match.end()):
        if not _state_of_listed_town(found, cands):
            return ()
        return tuple(c for c in found if c.kind == "admin1" and c.how in ("name", "alias"))
    head = re.split(r"\.\s", name, maxsplit=1)[0]
    if not found and head != name:
        # The sentence ended after the qualifier: "Paris, Illinois. The suspect ...".
        found = gazetteer.lookup(head) or gazetteer.lookup(f"{head}.")
    return tuple(c for c in found if c.kind in ("country", "admin1", "admin2", "city"))


def _state_of_listed_town(found: Sequence[Candidate], cands: Sequence[Candidate]) -> bool:
    """A first-level region after a comma in a list holds one of the name's towns, and
    the name itself names no region or country ("Washington, New York and Boston")."""
    if any(c.kind in ("country", "admin1") and c.how in ("name", "alias") for c in cands):
        return False
    states = [c for c in found if c.kind == "admin1" and c.how in ("name", "alias")]
    return any(_holds(state, town) for state in states for town in cands if town.kind == "city")


def _named(tops: list[toponyms.Toponym]) -> bool:
    """Nationality words join a country the article names; alone ("British-educated")
    they describe people, not a place the story is about."""
    return DEMONYM_ONLY_PLACES or any(t.hint != "country" for t in tops)


def _stray_region(
    best: Candidate | None, tops: list[toponyms.Toponym], supported: set[str | None]
) -> bool:
    """A name spaCy called an organisation or a person that only matches a first-level
    region of a country nothing else in the article points to ("members include Meta
    and Google": Meta, Colombia) is that organisation, not a place. A kind word ("Enugu
    State") still makes it a place."""
    return (
        best is not None
        and best.kind == "admin1"
        and best.country not in supported
        and all(t.label in toponyms.MISLABELS and t.hint is None for t in tops)
    )


def _home_town(groups: dict[str, NameGroup]) -> Candidate | None:
    """The town the story is about: its dateline's, else the town it names most often
    (at least HOME_TOWN_MIN_MENTIONS times, and more often than any other town)."""
    towns = [
        g
        for g in groups.values()
        if g.best is not None and g.best.kind == "city" and not g.near_only
    ]
    dated = {g.best.id: g.best for g in towns if g.dateline and g.best is not None}
    if len(dated) == 1:
        return next(iter(dated.values()))
    counts: dict[int, int] = {}
    for g in towns:
        assert g.best is not None
        counts[g.best.id] = counts.get(g.best.id, 0) + g.mentions
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < HOME_TOWN_MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[1][1] >= ranked[0][1]:
        return None
    return next(g.best for g in towns if g.best is not None and g.best.id == ranked[0][0])


def _town_site(tops: list[toponyms.Toponym]) -> bool:
    """A street, a building or a town's lake by its name ("Desire Street", "Alder Hey
    Children's Hospital", "Lake Harriet"), not a river, a coast or a national park."""
    tails = set(toponyms.patterns()["town_sites"])
    heads = set(toponyms.patterns()["town_site_heads"])
    wide = set(toponyms.patterns()["town_site_wide"])
    return all(
        len(words) > 1
        and (words[-1] in tails or words[0] in heads)
        and not wide.intersection(words)
        for words in (t.text.split() for t in tops)
    )


def _places(
    groups: dict[str, NameGroup],
    members: dict[str, list[toponyms.Toponym]],
    *,
    home: Candidate | None = None,
) -> list[Place]:
    by_target: dict[object, tuple[Candidate | None, list[toponyms.Toponym]]] = {}
    for key, group in groups.items():
        target: object = group.best.id if group.best is not None else ("unknown", key)
        slot = by_target.setdefault(target, (group.best, []))
        slot[1].extend(members[key])
    # A name the entities stage typed as an organisation, person or thing that resolves
    # to nothing is that thing, not an unknown place ("Nvidia", "the BRP Suluan").
    by_target = {
        target: item
        for target, item in by_target.items()
        if item[0] is not None or not all(t.other_entity for t in item[1])
    }
    unsupported = {("unknown", key) for key, g in groups.items() if g.unsupported}
    by_target = {t: item for t, item in by_target.items() if t not in unsupported}
    supported = {
        best.country
        for best, tops in by_target.values()
        if best is not None and any(t.label not in toponyms.MISLABELS for t in tops)
    }
    ordered = sorted(
        (
            item
            for item in by_target.values()
            if _named(item[1]) and not _stray_region(item[0], item[1], supported)
        ),
        key=lambda item: min(t.start for t in item[1]),
    )
    places: list[Place] = []
    for n, (best, tops) in enumerate(ordered, start=1):
        tops.sort(key=lambda t: t.start)
        entity = next((t.entity for t in tops if t.entity), None)
        place = Place(
            id=f"p{n}",
            # Named as written, preferring a name over a nationality word ("Afghan",
            # "European").
            name=next(
                (t.text for t in tops if t.hint != "country" and t.label != "NORP"),
                next((t.text for t in tops if t.hint != "country"), tops[0].text),
            ),
            entity=entity,
            mentions=[Span(t.start, t.end, t.text) for t in tops],
        )
        if best is not None:
            place.resolved_name = best.name
            place.country = best.country
            place.admin1 = best.admin1_name if best.kind != "country" else None
            place.lat = best.lat
            place.lon = best.lon
            place.precision = _PRECISION.get(best.kind, "feature")
            place.geonameid = best.geonameid
        elif home is not None and _town_site(tops):
            # A street or building of the story's town, placed in the town: the town's
            # point and precision, not a GeoNames id of its own.
            place.resolved_name = home.name
            place.country = home.country
            place.admin1 = home.admin1_name
            place.lat = home.lat
            place.lon = home.lon
            place.precision = "city"
        places.append(place)
    return places
