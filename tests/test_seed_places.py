"""The seed article's Places table (spec/seed-expected.md, "Places")."""

from __future__ import annotations

import math


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371 * math.asin(math.sqrt(a))


def _by_mention(record, text):
    return [p for p in record.places if any(m.text == text for m in p.mentions)]


def test_seed_panjshir_within_50_km(seed_record) -> None:
    places = _by_mention(seed_record, "Panjshir Valley")
    assert len(places) == 1
    panjshir = places[0]
    assert panjshir.country == "AF"
    assert panjshir.precision in ("admin1", "feature")
    assert _km(panjshir.lat, panjshir.lon, 35.3, 69.5) <= 50
    # The bare "Panjshir" mentions are the same place.
    assert _by_mention(seed_record, "Panjshir") == [panjshir]


def test_seed_kabul_is_in_afghanistan(seed_record) -> None:
    places = _by_mention(seed_record, "Kabul")
    assert len(places) == 1
    kabul = places[0]
    assert (kabul.country, kabul.precision) == ("AF", "city")
    assert _km(kabul.lat, kabul.lon, 34.53, 69.17) <= 25
    assert len(kabul.mentions) == seed_record.article.text.count("Kabul")


def test_seed_countries_at_country_precision(seed_record) -> None:
    (afghanistan,) = _by_mention(seed_record, "Afghanistan")
    assert (afghanistan.country, afghanistan.precision) == ("AF", "country")
    (us,) = _by_mention(seed_record, "U.S.")
    assert (us.country, us.precision) == ("US", "country")
    assert _by_mention(seed_record, "America") == [us]


def test_seed_no_place_resolves_outside_the_story(seed_record) -> None:
    resolved = [p for p in seed_record.places if p.precision != "unknown"]
    assert {p.country for p in resolved} <= {"AF", "US", "GB"}
