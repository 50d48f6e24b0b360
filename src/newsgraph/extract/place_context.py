"""Where the article is, besides its place names: evidence for the ranking.

- the outlet's country, from its name or its URL's country-code domain;
- the town the outlet's host name opens with ("columbuslocalnews.com" → Columbus, Ohio);
- organisations named after a country or region ("Georgia Bureau of Investigation").

Each gives weight to countries and first-level regions (``place_rank.rank``'s
``extra_countries`` and ``extra_admin1s``); none is a place of the story.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from urllib.parse import urlparse

from newsgraph.extract import toponyms
from newsgraph.extract.findings import Findings
from newsgraph.extract.place_rank import ORG_WEIGHT, OUTLET_WEIGHT
from newsgraph.gazetteer import Candidate, Gazetteer, name_key, sources

# The town in an outlet's host name: how big, how long a name, how much it counts.
OUTLET_TOWN_MIN = 100_000
OUTLET_TOWN_MIN_CHARS = 5
OUTLET_TOWN_WEIGHT = 1.0


def article_context(
    found: Findings, gazetteer: Gazetteer, *, names: frozenset[str] = frozenset()
) -> tuple[dict[str, float], dict[tuple[str, str], float]]:
    """Weights for countries and (country, admin1) regions the article points to.

    ``names``: the name keys of the article's own toponyms. A host-name town the story
    names itself is left to the story's other places to place: "Columbus" in a
    columbus-named paper's story on Nebraska schools is Columbus, Nebraska, not the
    biggest Columbus the host name was read as.
    """
    countries, admin1s = _org_context(found, gazetteer, names=names)
    for cc, w in _context_countries(found).items():
        countries[cc] = countries.get(cc, 0.0) + w
    town = outlet_town(found.article.url, gazetteer)
    if town is not None and town.country and town.admin1:
        countries[town.country] = countries.get(town.country, 0.0) + OUTLET_TOWN_WEIGHT
    if town is not None and town.country and town.admin1 and name_key(town.name) not in names:
        region = (town.country, town.admin1)
        admin1s[region] = admin1s.get(region, 0.0) + OUTLET_TOWN_WEIGHT
    return countries, admin1s


def _org_context(
    found: Findings, gazetteer: Gazetteer, *, names: frozenset[str] = frozenset()
) -> tuple[dict[str, float], dict[tuple[str, str], float]]:
    """Countries and regions that organisations' names point to: "Georgia Bureau of
    Investigation", "Nigeria Centre for Disease Control", "University of Alberta".

    Not places of the story, but where it is: weak evidence, shared out evenly when the
    name is ambiguous (Georgia the country or the state). An organisation named after
    a town the story names as a place ("Berea Police Department" beside "Berea") only
    says that name again: it is no evidence for a region that shares it (Berea, Lesotho).
    """
    countries: dict[str, float] = {}
    admin1s: dict[tuple[str, str], float] = {}
    for ent in found.entities:
        if ent.type != "ORG":
            continue
        text, cands = _org_place(ent.name, gazetteer)
        if not cands:
            continue
        if name_key(text) in names and any(
            c.kind == "city" and c.how == "name" for c in gazetteer.lookup(text)
        ):
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


def _org_place(name: str, gazetteer: Gazetteer) -> tuple[str, tuple[Candidate, ...]]:
    """The country or region an organisation's name opens or closes with, and the
    words that name it."""
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
            return text, cands
    return "", ()


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
