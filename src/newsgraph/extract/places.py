"""Places: toponyms found in the article, resolved against the offline gazetteer.

    toponyms.detect  →  one NameGroup per distinct name  →  place_rank.rank  →  Place

A name that matches nothing keeps ``precision="unknown"`` and no coordinates rather
than a guess. Mentions of the same resolved place ("U.S." and "America") share one
Place, with every mention span.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any
from urllib.parse import urlparse

from spacy.tokens import Doc

from newsgraph.extract import toponyms
from newsgraph.extract.findings import Findings, doc_text
from newsgraph.extract.place_rank import ORG_WEIGHT, OUTLET_WEIGHT, NameGroup, rank
from newsgraph.gazetteer import Candidate, Gazetteer, name_key, sources
from newsgraph.record import Place, Span

# Most-populous candidates kept per name: enough for "Alexandria" (25), bounded for speed.
MAX_CANDIDATES = 40
# Nationality words alone make no Place (see _named); flip to keep them, as geoparsing
# corpora that annotate demonyms as toponyms do.
DEMONYM_ONLY_PLACES = False
# The town in an outlet's host name: how big, how long a name, how much it counts.
OUTLET_TOWN_MIN = 100_000
OUTLET_TOWN_MIN_CHARS = 5
OUTLET_TOWN_WEIGHT = 1.0
_SAINT = frozenset({"St.", "St", "Ste.", "Mt.", "Ft."})
_QUALIFIER = re.compile(r",\s+([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)")
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
    for top in tops:
        key = name_key(top.core)
        if not key:
            continue
        group = groups.get(key)
        if group is None:
            cands, near_only = _candidates(top, gazetteer)
            group = groups[key] = NameGroup(
                key=key, candidates=cands, mentions=0, near_only=near_only
            )
            members[key] = []
        group.mentions += 1
        group.hint = group.hint or top.hint
        members[key].append(top)
        qualifier = _qualifier(doc_text(doc), top.end, gazetteer)
        if qualifier:
            group.qualifiers.append(qualifier)
    countries, admin1s = _org_context(found, gazetteer)
    for cc, w in _context_countries(found).items():
        countries[cc] = countries.get(cc, 0.0) + w
    town = outlet_town(found.article.url, gazetteer)
    if town is not None and town.country and town.admin1:
        countries[town.country] = countries.get(town.country, 0.0) + OUTLET_TOWN_WEIGHT
        region = (town.country, town.admin1)
        admin1s[region] = admin1s.get(region, 0.0) + OUTLET_TOWN_WEIGHT
    rank(list(groups.values()), extra_countries=countries, extra_admin1s=admin1s)
    return _places(groups, members)


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
    if direct:
        return direct, False
    cands, near_only = _partial_candidates(top.core, gazetteer)
    if not cands:
        cands, near_only = _feature_towns(top.core, gazetteer), True
    return cands, near_only and bool(cands)


def _direct_candidates(top: toponyms.Toponym, gazetteer: Gazetteer) -> tuple[Candidate, ...]:
    found = {c.id: c for c in gazetteer.lookup(top.core)[:MAX_CANDIDATES]}
    # A country's own name is not a town's foreign-language alternate: "Mexico" is the
    # country, not Mexico City (alternate name "México"), whatever the article's towns.
    if top.hint is None and any(
        c.kind == "country" and c.how in ("name", "alias") for c in found.values()
    ):
        found = {cid: c for cid, c in found.items() if c.how != "alt"}
    if top.text != top.core:
        for c in gazetteer.lookup(top.text)[:MAX_CANDIDATES]:
            found.setdefault(c.id, c)
    if top.hint == "country":
        return tuple(c for c in found.values() if c.kind == "country")
    return tuple(found.values())


def _partial_candidates(name: str, gazetteer: Gazetteer) -> tuple[tuple[Candidate, ...], bool]:
    """A place inside a longer name: "North Texas", "Henderson County Jail".

    A leading direction word is dropped, else the longest run of capitalised words that
    names a place by its name or an alias ("A Henderson County" → "Henderson County").
    """
    words = [re.sub(r"['’]s$", "", w) for w in name.split()]
    bare = toponyms.patterns()
    # A street or coast named after a place is not in it ("Falcon Street", "Gulf Coast"),
    # nor a river, lake or island the place is named after ("Mississippi River",
    # "Lake Vermont", "Fire Island"): those stay unknown rather than take the town's point.
    if len(words) > 1 and words[-1] in bare["street_words"]:
        return (), False
    if len(words) > 1 and (words[-1] in bare["feature_words"] or words[0] in bare["feature_words"]):
        return (), False
    directions = bare["directions"]
    generic = set(bare["facility_words"])
    for n in (2, 1):
        if len(words) > n and " ".join(words[:n]) in directions:
            return gazetteer.lookup(" ".join(words[n:]))[:MAX_CANDIDATES], False
    # Longest runs first; at equal length the leftmost ("Iran's Kermanshah province").
    for size in range(len(words) - 1, 0, -1):
        for start in range(len(words) - size + 1):
            run = words[start : start + size]
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
            if cands:
                # A town inside a building's or a landmark's name may be whom it is
                # named after ("Gateway Arch", "Rogers Centre"): it must lie near the
                # article's other places. Counties and regions ("Henderson County
                # Jail") are where such buildings are.
                named_after = any(w.strip(".,'’") in generic for w in words) and all(
                    c.kind == "city" for c in cands
                )
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


def _qualifier(text: str, end: int, gazetteer: Gazetteer) -> tuple[Candidate, ...]:
    """Regions and countries named right after a comma: "Paris, Texas", "Alexandria, La."."""
    match = _QUALIFIER.match(text, end)
    if match is None:
        return ()
    return tuple(
        c for c in gazetteer.lookup(match.group(1)) if c.kind in ("country", "admin1", "admin2")
    )


def _org_context(
    found: Findings, gazetteer: Gazetteer
) -> tuple[dict[str, float], dict[tuple[str, str], float]]:
    """Countries and regions that organisations' names point to: "Georgia Bureau of
    Investigation", "Nigeria Centre for Disease Control", "University of Alberta".

    Not places of the story, but where it is: weak evidence, shared out evenly when the
    name is ambiguous (Georgia the country or the state).
    """
    countries: dict[str, float] = {}
    admin1s: dict[tuple[str, str], float] = {}
    for ent in found.entities:
        if ent.type != "ORG":
            continue
        cands = _org_place(ent.name, gazetteer)
        if not cands:
            continue
        # "Washington Post", "New York Times": a city's name as much as a state's, and a
        # city's name ("Dublin City Council") says no more than the city's own mentions.
        city = any(c.kind == "city" for c in cands)
        cands = tuple(c for c in cands if c.kind != "city")
        if not cands:
            continue
        weight = ORG_WEIGHT * len(ent.mentions) / len(cands)
        for c in cands:
            if c.country is None:
                continue
            countries[c.country] = countries.get(c.country, 0.0) + weight
            if c.kind == "admin1" and c.admin1 and not city:
                key = (c.country, c.admin1)
                admin1s[key] = admin1s.get(key, 0.0) + weight
    return countries, admin1s


def _org_place(name: str, gazetteer: Gazetteer) -> tuple[Candidate, ...]:
    """The country or region an organisation's name opens or closes with."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    tries = [" ".join(words[:n]) for n in (3, 2, 1) if len(words) > n]
    if " of " in name:
        tries.insert(0, name.rsplit(" of ", 1)[1])
    for text in tries:
        cands = tuple(
            c
            for c in gazetteer.lookup(text)
            if (c.kind in ("country", "admin1") and c.how in ("name", "alias"))
            # Any big city of that name, "New York" for New York City too.
            or (c.kind == "city" and c.population >= toponyms.MISLABEL_MIN_POPULATION)
        )
        if cands:
            return cands
    return ()


def outlet_town(url: str | None, gazetteer: Gazetteer) -> Candidate | None:
    """The town an outlet's host name opens with: "columbuslocalnews.com" → Columbus,
    "toronto.ctvnews.ca" → Toronto (the most populous of that name in the domain's
    country, the US for .com and the like, a city of OUTLET_TOWN_MIN people or more;
    local papers are named after their town)."""
    if not url:
        return None
    host = urlparse(url if "//" in url else f"//{url}").hostname or ""
    skip = set(_outlets()["host_words"])
    # A country-code domain says which country the town is in ("gloucestershirelive.co.uk"
    # is not Gloucester, Ontario).
    country = _outlets()["tlds"].get(host.rsplit(".", 1)[-1])
    labels = [part for label in host.split(".")[:-1] for part in label.split("-")]
    for label in labels:
        if label in skip or len(label) < OUTLET_TOWN_MIN_CHARS:
            continue
        # The name opens the label ("columbuslocalnews"); endings mislead ("bradenton"
        # is not Denton).
        for size in range(len(label), OUTLET_TOWN_MIN_CHARS - 1, -1):
            town = _big_town(label[:size], gazetteer, country)
            if town is not None:
                return town
    return None


def _big_town(word: str, gazetteer: Gazetteer, country: str | None) -> Candidate | None:
    towns = [
        c
        for c in gazetteer.lookup(word)
        if c.kind == "city"
        and c.how == "name"
        and c.population >= OUTLET_TOWN_MIN
        # A generic domain (.com, .net) is an American paper's more often than not:
        # "parisbeacon.com" is in Paris, Tennessee, whose people are too few to tell.
        and c.country == (country or "US")
    ]
    return max(towns, key=lambda c: c.population) if towns else None


def _context_countries(found: Findings) -> dict[str, float]:
    """Countries the article points to besides its place names: the outlet's."""
    counts: dict[str, float] = {}
    outlet = outlet_country(url=found.article.url, outlet=found.article.outlet)
    if outlet:
        counts[outlet] = OUTLET_WEIGHT
    return counts


@lru_cache(maxsize=1)
def _outlets() -> dict[str, Any]:
    return sources.lexicon("outlet_countries.json")  # type: ignore[no-any-return]


def outlet_country(*, url: str | None, outlet: str | None) -> str | None:
    """The outlet's country from its name or its URL's top-level domain, when known."""
    table = _outlets()
    if outlet:
        lowered = outlet.lower()
        for name, cc in table["outlets"].items():
            if name in lowered:
                return str(cc)
    if url:
        host = urlparse(url if "//" in url else f"//{url}").hostname or ""
        tld = host.rsplit(".", 1)[-1]
        cc = table["tlds"].get(tld)
        if cc:
            return str(cc)
    return None


def _named(tops: list[toponyms.Toponym]) -> bool:
    """Nationality words join a country the article names; alone ("British-educated")
    they describe people, not a place the story is about."""
    return DEMONYM_ONLY_PLACES or any(t.hint != "country" for t in tops)


def _places(
    groups: dict[str, NameGroup], members: dict[str, list[toponyms.Toponym]]
) -> list[Place]:
    by_target: dict[object, tuple[Candidate | None, list[toponyms.Toponym]]] = {}
    for key, group in groups.items():
        target: object = group.best.id if group.best is not None else ("unknown", key)
        slot = by_target.setdefault(target, (group.best, []))
        slot[1].extend(members[key])
    ordered = sorted(
        (item for item in by_target.values() if _named(item[1])),
        key=lambda item: min(t.start for t in item[1]),
    )
    places: list[Place] = []
    for n, (best, tops) in enumerate(ordered, start=1):
        tops.sort(key=lambda t: t.start)
        entity = next((t.entity for t in tops if t.entity), None)
        place = Place(
            id=f"p{n}",
            # Named as written, preferring a name over a nationality word ("Afghan").
            name=next((t.text for t in tops if t.hint != "country"), tops[0].text),
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
        places.append(place)
    return places
