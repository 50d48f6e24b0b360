"""Candidate ranking for toponyms: population and kind, then the article's context.

Each distinct name in an article (one sense per document) gets a score per candidate:

- a prior: log10 of population (a region's is the sum of its towns'), a bonus for
  countries and capitals, a penalty for matches through alternate names only, and a
  bonus when a kind word asked for that kind ("Province" → admin1);
- context: the share of the article's other places (and nationality words, and the
  outlet's country) that point to the candidate's country and first-level region,
  recomputed for a few rounds as the other names settle;
- a town and a county of the article that hold each other ("Paris" and "Henry
  County") explain each other;
- proximity: towns and counties near the other towns the article names;
- list-mates: names listed side by side ("Hamilton and Wellington") share a country;
- a qualifier: "Paris, Texas", "Victoria, the capital of the Seychelles" — the name
  right after a comma contains the candidate.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from newsgraph.gazetteer import Candidate, name_key, sources

# Weights, tuned on the LGL / TR-News / GeoWebNews dev sets (docs/places.md).
COUNTRY_BONUS = 2.0
CAPITAL_BONUS = 1.0
ALT_PENALTY = 1.5
HINT_BONUS = 3.0
HINT_MISS = 1.0
ADMIN2_BARE_PENALTY = 1.0
CONTEXT_COUNTRY = 3.0
CONTEXT_ADMIN1 = 3.0
QUALIFIER_BONUS = 6.0
OUTLET_WEIGHT = 1.0
ORG_WEIGHT = 0.5
# A money amount in a country's currency sign ('$4.2 million'): see places.currency_countries.
CURRENCY_WEIGHT = 1.0
# A money amount in a country's currency sign ('$4.2 million'): see places.currency_countries.
CURRENCY_WEIGHT = 1.0
PROXIMITY = 2.0
NEAR_KM = 150.0
ROUNDS = 3
CITY_SHARE = 0.2
IMPLAUSIBLE_POPULATION = 10_000
IMPLAUSIBLE_SUPPORT = 0.1
SOFTMAX_SCALE = 1.0
LIST_MATE = 1.5
LIST_KIND = 1.0
NAMED_CAPITAL = 3.0
PAIR_BONUS = 1.5
LONE_COUNTRY = 1.0
# The share of the article's evidence on the candidate's continent: "San Fernando" in a
# story on Trinidad, Jamaica and Guyana is not the Philippine one.
CONTEXT_CONTINENT = 0.75
# A dateline names where the correspondent files from, nearly always a big city: the
# countries the rest of the story names say little about it ("PARIS (Reuters)" in a
# story on the U.S.). Its region and neighbours do ("ST. LOUIS" before "Lemay,
# Missouri"), so they keep their full weight.
DATELINE_CONTEXT = 0.15


@dataclass
class NameGroup:
    """All mentions of one name in an article, and the candidates the name may mean."""

    key: str
    candidates: Sequence[Candidate]
    mentions: int = 1
    hint: str | None = None
    qualifiers: list[Sequence[Candidate]] = field(default_factory=list)
    best: Candidate | None = None
    # Share of the article's other evidence that points to best's country (None: none).
    support: float | None = None
    scores: dict[int, float] = field(default_factory=dict)
    # Candidates are towns a feature is named after ("Lake Manassas"): kept only near
    # the article's other places.
    near_only: bool = False
    # Keys of the names listed right beside this one ("Hamilton and Wellington").
    mates: set[str] = field(default_factory=set)
    # Named in a dateline ("FRANKFURT, Dec 12 (Reuters) -").
    dateline: bool = False
    # Resolves to nothing and nothing in the text says it is a place ("Pawlenty said").
    unsupported: bool = False


def prior(cand: Candidate, group: NameGroup) -> float:
    score = math.log10(cand.population + 10)
    if cand.kind == "country":
        score += COUNTRY_BONUS
    if cand.capital:
        score += CAPITAL_BONUS
    if cand.how == "alt":
        score -= ALT_PENALTY
    if group.hint is not None:
        score += HINT_BONUS if cand.kind == group.hint else -HINT_MISS
    elif cand.kind == "admin2":
        # News names a county with its kind word ("Boone County"); a bare name is a town.
        score -= ADMIN2_BARE_PENALTY
    for qualifier in group.qualifiers:
        # "Paris, Texas": the next name holds the candidate; "Washington, D.C.": it
        # names the candidate itself.
        if any(_contains(q, cand) or q.id == cand.id for q in qualifier):
            score += QUALIFIER_BONUS
            break
    return score


def _capital_of_region(g: NameGroup, scores: dict[int, float]) -> dict[int, float]:
    """A bare name shared by a region and its main city means the city ("Kabul",
    "New York", "Manchester").

    The city must hold a good part of the region's people (Quebec City does not, so
    "Quebec" stays the province), and no kind word may ask for the region.
    """
    if g.hint in ("admin1", "admin2"):
        return scores
    regions = [c for c in g.candidates if c.kind in ("admin1", "admin2")]
    for city in g.candidates:
        # The city goes by the name ("New York City" for "New York"); a city that only
        # once bore it (João Pessoa, once "Paraíba") does not take it from its region.
        if city.kind != "city" or (city.how == "alt" and not name_key(city.name).startswith(g.key)):
            continue
        for region in regions:
            inside = (city.country, city.admin1) == (region.country, region.admin1) and (
                region.kind == "admin1" or city.admin2 == region.admin2
            )
            if not inside:
                continue
            if g.hint == "city":
                # "The city of Valencia" is the region's own city, however small: it
                # takes the region's weight as if it were the kind asked for.
                lifted = scores[region.id] + HINT_MISS + HINT_BONUS + 0.1
                scores[city.id] = max(scores[city.id], lifted)
            elif city.population >= CITY_SHARE * region.population:
                scores[city.id] = max(scores[city.id], scores[region.id] + 0.1)
    return scores


def _contains(outer: Candidate, inner: Candidate) -> bool:
    if outer.id == inner.id or outer.country is None or outer.country != inner.country:
        return False
    if outer.kind == "country":
        return inner.kind != "country"
    if outer.kind == "admin1":
        return inner.kind in ("admin2", "city") and inner.admin1 == outer.admin1
    if outer.kind == "admin2":
        return inner.kind == "city" and inner.admin2 == outer.admin2
    return False


def rank(
    groups: list[NameGroup],
    *,
    extra_countries: dict[str, float] | None = None,
    extra_admin1s: dict[tuple[str, str], float] | None = None,
) -> None:
    """Set ``best`` on every group that has candidates."""
    priors = {
        id(g): _capital_of_region(g, {c.id: prior(c, g) for c in g.candidates}) for g in groups
    }
    _pair_bonus(groups, priors)
    dists = {id(g): _distribution(g, priors[id(g)]) for g in groups}
    for _ in range(ROUNDS):
        named = {
            top.country
            for o in groups
            if o.candidates
            for top in [max(o.candidates, key=lambda c: (o.scores or priors[id(o)])[c.id])]
            if top.kind == "country"
        }
        # A name's town that only counts near the others ("Lake Manassas") is evidence
        # once it is near them, not before.
        mute = {id(g) for g in groups if g.near_only and not _near_others(g, groups)}
        for g in groups:
            if not g.candidates:
                continue
            countries: defaultdict[str, float] = defaultdict(float, extra_countries or {})
            admin1s: defaultdict[tuple[str, str], float] = defaultdict(float, extra_admin1s or {})
            for other in groups:
                if other is g or _echoes(other, g) or id(other) in mute:
                    continue
                for (cc, a1), mass in dists[id(other)].items():
                    countries[cc] += mass * other.mentions
                    if a1:
                        admin1s[(cc, a1)] += mass * other.mentions
            near: list[tuple[float, float, int]] = [
                (o.best.lat, o.best.lon, o.mentions)
                for o in groups
                if o is not g
                and not _echoes(o, g)
                and id(o) not in mute
                and o.best is not None
                and o.best.kind in ("city", "admin2")
                # A capital is named for its government, not as a neighbour: Washington
                # in a national story says nothing about which Cambridge.
                and not o.best.capital
                and o.best.lat is not None
                and o.best.lon is not None
            ]
            near_total = sum(n[2] for n in near) or 1
            total_c = sum(countries.values()) or 1.0
            continents: defaultdict[str, float] = defaultdict(float)
            for cc, mass in countries.items():
                continents[_continent(cc)] += mass
            total_a = sum(admin1s.values()) or 1.0
            # A country the article names makes its capital's name likely to mean a
            # place in it: "Paris" in a Kentucky paper's story that names France. The
            # country's other candidates share the bonus, so it only decides between
            # countries (Washington the state against D.C. stays the context's call).
            capital_of = {c.country for c in g.candidates if c.capital and c.country in named}
            weight = DATELINE_CONTEXT if g.dateline else 1.0
            scores = {}
            for c in g.candidates:
                s = priors[id(g)][c.id]
                # A sea or a region of countries lies on no one continent: it scores as
                # if on the article's main one.
                on = (
                    continents[_continent(c.country)]
                    if c.country
                    else max(continents.values(), default=0.0)
                )
                s += weight * CONTEXT_CONTINENT * on / total_c
                if c.country:
                    s += weight * CONTEXT_COUNTRY * countries.get(c.country, 0.0) / total_c
                    if c.admin1 and c.kind != "country":
                        s += CONTEXT_ADMIN1 * admin1s.get((c.country, c.admin1), 0.0) / total_a
                if (
                    near
                    and c.lat is not None
                    and c.lon is not None
                    and c.kind in ("city", "admin2")
                ):
                    close = sum(m for lat, lon, m in near if _km(c.lat, c.lon, lat, lon) < NEAR_KM)
                    s += PROXIMITY * close / near_total
                if c.country in capital_of:
                    s += NAMED_CAPITAL
                # A capital's bonus is for a bare name in a story that says nothing of
                # its country; where the story points elsewhere and never to the
                # capital's country ("Tripoli" in a story on Lebanon's Akkar and Beirut),
                # it is only another town of that name.
                if c.capital and countries and not countries.get(c.country or ""):
                    s -= CAPITAL_BONUS
                # A country nothing else in the article points to, beside towns of
                # another, is less likely than a town of theirs ("Lebanon" in an
                # obituary that names Myerstown and Jackson Township, Pennsylvania).
                if c.kind == "country" and countries and not countries.get(c.country or ""):
                    s -= LONE_COUNTRY
                scores[c.id] = s
            # Names listed together ("Hamilton and Wellington") are mostly in one country.
            # A country's own name stays the country ("China" beside Texas towns).
            mate_bests = [o.best for o in groups if o.key in g.mates and o.best is not None]
            if mate_bests and not any(
                c.kind == "country" and c.how in ("name", "alias") for c in g.candidates
            ):
                mates = [b.country for b in mate_bests]
                # ... and are mostly of one kind: "Oregon and Washington laws", "states
                # such as California or Washington" name the state, not the capital.
                kinds = [b.kind for b in mate_bests]
                for c in g.candidates:
                    if c.country:
                        scores[c.id] += LIST_MATE * mates.count(c.country) / len(mates)
                    scores[c.id] += LIST_KIND * kinds.count(c.kind) / len(kinds)
            g.scores = scores
            g.best = max(g.candidates, key=lambda c: (scores[c.id], c.population))
            g.support = countries.get(g.best.country or "", 0.0) / total_c if countries else None
        dists = {id(g): _distribution(g, g.scores or priors[id(g)]) for g in groups}
    for g in groups:
        if _implausible(g) or (g.near_only and not _near_others(g, groups)):
            g.best = None


def _pair_bonus(groups: list[NameGroup], priors: dict[int, dict[int, float]]) -> None:
    """A town and a county of the article that hold each other ("Paris" and "Henry
    County": Paris, Tennessee lies in Henry County, Tennessee) explain each other."""
    counties: dict[tuple[str | None, str | None, str | None], set[int]] = defaultdict(set)
    towns: dict[tuple[str | None, str | None, str | None], set[int]] = defaultdict(set)
    by_id = {id(g): g for g in groups}
    # A district named after its city ("Brisbane", the city's council area) is the
    # city when the bare name is said: its suburbs are no town-county pair with it
    # ("Lexington County", with its kind word, is the county).
    seats = {
        (id(g), c.country, c.admin1, c.admin2)
        for g in groups
        if g.hint != "admin2"
        for c in g.candidates
        if c.kind == "city" and c.how == "name" and c.admin2
    }
    for g in groups:
        for c in g.candidates:
            if c.how == "alt" and c.kind == "city":
                continue  # a town's former or foreign name is no evidence of its own
            if c.kind == "admin2" and (id(g), c.country, c.admin1, c.admin2) not in seats:
                counties[(c.country, c.admin1, c.admin2)].add(id(g))
            elif c.kind == "city" and c.admin2:
                towns[(c.country, c.admin1, c.admin2)].add(id(g))
    for g in groups:
        for c in g.candidates:
            if c.how == "alt" and c.kind == "city":
                continue
            if c.kind == "admin2" and (id(g), c.country, c.admin1, c.admin2) in seats:
                continue
            key = (c.country, c.admin1, c.admin2)
            other = counties if c.kind == "city" else towns if c.kind == "admin2" else None
            if other is not None and any(
                oid != id(g) and not _echoes(by_id[oid], g) for oid in other.get(key, ())
            ):
                priors[id(g)][c.id] += PAIR_BONUS


def _echoes(a: NameGroup, b: NameGroup) -> bool:
    """One name says the other again: the same name ("Dublin", "Dublin City"), or a
    part of it named by direction ("South Arlington", looked up as Arlington): neither
    is evidence for the other."""
    if _same_name(a.key, b.key):
        return True
    if _undirected(a.key) != b.key and _undirected(b.key) != a.key:
        return False
    # ... but "West Virginia" and "South Africa" are names of their own.
    ids_a, ids_b = {c.id for c in a.candidates}, {c.id for c in b.candidates}
    return 2 * len(ids_a & ids_b) > min(len(ids_a), len(ids_b))


def _same_name(a: str, b: str) -> bool:
    """ "Dublin" and "Dublin City" are one name, and "Dublin Singers" or "Dublin Art
    Stroll" (a longer name that opens with it) only say it again: neither is evidence
    for the other."""
    if a == b or a.startswith(f"{b} ") or b.startswith(f"{a} "):
        return True
    # "St. Louis Police" and "St. Louis Hills" name the same St. Louis twice.
    wa, wb = a.split(), b.split()
    return len(wa) > 2 and len(wb) > 2 and wa[:2] == wb[:2]


@lru_cache(maxsize=1)
def _direction_keys() -> frozenset[str]:
    directions = sources.lexicon("place_patterns.json")["directions"]
    return frozenset(name_key(d) for d in directions)


def _undirected(key: str) -> str:
    """A name key without its leading direction words ("south arlington" → "arlington")."""
    words = key.split()
    lead = 0
    while lead < len(words) - 1 and words[lead] in _direction_keys():
        lead += 1
    return " ".join(words[lead:])


def _near_others(g: NameGroup, groups: list[NameGroup]) -> bool:
    """Another place of the article lies in the same region or within ``NEAR_KM``."""
    best = g.best
    if best is None or best.lat is None or best.lon is None:
        return False
    for o in groups:
        other = o.best
        if o is g or o.near_only or other is None or other.kind not in ("city", "admin2", "admin1"):
            continue
        # A region or country holds the others; towns share a region with them.
        if other.country == best.country and (
            best.kind == "country" or other.admin1 == best.admin1
        ):
            return True
        if (
            other.lat is not None
            and other.lon is not None
            and _km(best.lat, best.lon, other.lat, other.lon) < NEAR_KM
        ):
            return True
    return False


def _implausible(g: NameGroup) -> bool:
    """A village abroad that nothing else in the article points to is a guess, not a
    resolution: "Heathrow" in a story about London is not Heathrow, Florida."""
    best = g.best
    return (
        best is not None
        and best.kind in ("city", "admin2")
        and best.population < IMPLAUSIBLE_POPULATION
        and g.support is not None
        and g.support < IMPLAUSIBLE_SUPPORT
    )


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: exact enough under a few hundred kilometres."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371.0 * math.hypot(x, math.radians(lat2 - lat1))


def _distribution(g: NameGroup, scores: dict[int, float]) -> dict[tuple[str, str | None], float]:
    """Soft belief over (country, admin1) for this name, from its candidates' scores."""
    if not g.candidates:
        return {}
    top = max(scores.values())
    weights: dict[tuple[str, str | None], float] = defaultdict(float)
    total = 0.0
    for c in g.candidates:
        if not c.country:
            continue
        w = math.exp(SOFTMAX_SCALE * (scores[c.id] - top))
        admin1 = c.admin1 if c.kind != "country" else None
        weights[(c.country, admin1)] += w
        total += w
    return {k: v / total for k, v in weights.items()} if total else {}


@lru_cache(maxsize=1)
def _continents() -> dict[str, str]:
    return {
        cc: str(info.get("continentcode") or "")
        for cc, info in sources.geonames_countries().items()
    }


def _continent(country: str) -> str:
    """GeoNames' continent code of a country ("" when unknown)."""
    return _continents().get(country, "")
