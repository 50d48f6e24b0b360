"""The offline gazetteer: built from packaged data, queried by name and code."""

from __future__ import annotations

import time

import pytest

from newsgraph.gazetteer import GAZETTEER_VERSION, Gazetteer, default_path, name_key


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("St. Louis", "Saint Louis"),
        ("U.S.", "US"),
        ("the Netherlands", "Netherlands"),
        ("Québec", "Quebec"),
        ("Winston-Salem", "Winston Salem"),
        ("Ft. Worth", "Fort Worth"),
    ],
)
def test_name_key_spellings_meet(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_name_key_keeps_distinct_names_apart() -> None:
    assert name_key("Georgia") != name_key("Georgian")
    assert name_key("The Hague") == "hague"


def test_default_path_follows_env(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    assert default_path() == tmp_path / f"gazetteer-{GAZETTEER_VERSION}.sqlite"


def test_build_into_fresh_cache_is_fast_and_complete(tmp_path) -> None:
    started = time.perf_counter()
    gaz = Gazetteer(tmp_path / "g.sqlite")
    took = time.perf_counter() - started
    stats = gaz.stats()
    assert took < 60
    assert int(stats["kind.country"]) >= 240
    assert int(stats["kind.admin1"]) >= 3000
    assert int(stats["kind.admin2"]) >= 10000
    assert int(stats["kind.city"]) >= 200_000
    assert stats["version"] == GAZETTEER_VERSION
    # Opening again reuses the file instead of rebuilding it.
    mtime = (tmp_path / "g.sqlite").stat().st_mtime
    Gazetteer(tmp_path / "g.sqlite").close()
    assert (tmp_path / "g.sqlite").stat().st_mtime == mtime
    gaz.close()


def test_missing_index_without_build_raises(tmp_path) -> None:
    with pytest.raises(FileNotFoundError):
        Gazetteer(tmp_path / "none.sqlite", build=False)


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("U.S.", "US"),
        ("America", "US"),
        ("Britain", "GB"),
        ("UK", "GB"),
        ("Burma", "MM"),
        ("KSA", "SA"),
        ("NZ", "NZ"),
        ("BiH", "BA"),
        ("Lao PDR", "LA"),
    ],
)
def test_common_country_names(gaz: Gazetteer, name: str, country: str) -> None:
    first = gaz.lookup(name)[0]
    assert (first.kind, first.country) == ("country", country)


@pytest.mark.parametrize(("name", "country"), [("Afghan", "AF"), ("Iraqis", "IQ"), ("Dutch", "NL")])
def test_demonyms_point_to_their_country(gaz: Gazetteer, name: str, country: str) -> None:
    hits = [c for c in gaz.lookup(name) if c.how == "demonym"]
    assert [(c.kind, c.country) for c in hits] == [("country", country)]


def test_city_carries_the_admin_hierarchy(gaz: Gazetteer) -> None:
    kabul = next(c for c in gaz.lookup("Kabul") if c.kind == "city" and c.country == "AF")
    assert kabul.population > 1_000_000
    assert kabul.admin1_name == "Kabul"
    assert kabul.geonameid is not None
    assert kabul.capital
    region = gaz.admin1("AF", kabul.admin1 or "")
    assert region is not None and region.kind == "admin1"


def test_admin1_has_a_representative_point(gaz: Gazetteer) -> None:
    panjshir = [c for c in gaz.lookup("Panjshir") if c.kind == "admin1"]
    assert panjshir and panjshir[0].country == "AF"
    assert abs(panjshir[0].lat - 35.3) < 0.5 and abs(panjshir[0].lon - 69.5) < 0.5
    texas = next(c for c in gaz.lookup("Texas") if c.kind == "admin1")
    assert 29 < texas.lat < 33 and -101 < texas.lon < -96
    assert texas.population > 10_000_000


@pytest.mark.parametrize(
    ("name", "country", "lat", "lon"),
    [
        # Large, unevenly settled provinces: the point is their middle, not their settled
        # south (Brisbane, Vancouver, Winnipeg lie 400-550 km away).
        ("Queensland", "AU", (-23.0, -17.5), (141.5, 147.5)),
        ("British Columbia", "CA", (52.5, 56.0), (-128.5, -122.5)),
        ("Manitoba", "CA", (52.5, 57.0), (-99.0, -94.5)),
        # A few towns far away with the region's code must not drag its point west.
        ("Jiangsu", "CN", (31.0, 35.0), (117.5, 121.0)),
        # A larger group of towns (2-5%) coded to the region from another province, far
        # apart: Xinjiang's and Heilongjiang's points were 650 and 1,440 km off.
        ("Xinjiang", "CN", (40.0, 44.0), (82.0, 88.0)),
        ("Heilongjiang", "CN", (46.0, 50.0), (125.0, 131.0)),
    ],
)
def test_large_region_point_is_its_middle(
    gaz: Gazetteer,
    name: str,
    country: str,
    lat: tuple[float, float],
    lon: tuple[float, float],
) -> None:
    region = next(c for c in gaz.lookup(name) if c.kind == "admin1" and c.country == country)
    assert region.lat is not None and region.lon is not None
    assert lat[0] < region.lat < lat[1] and lon[0] < region.lon < lon[1]


def test_extent_middle_drops_a_stray_group_but_keeps_a_sparse_chain() -> None:
    from newsgraph.gazetteer.build import _extent_middle

    settled = [30.0 + i * 0.01 for i in range(300)]  # 30.0 .. 32.99
    # Two towns 15 degrees off with the region's code: dropped.
    assert _extent_middle([15.0, 15.4, *settled]) == pytest.approx(31.495)
    # Remote towns strung out every 2 degrees up to 40: they mark the region's reach.
    chain = [34.5, 36.5, 38.5, 40.0]
    assert _extent_middle([*settled, *chain]) == pytest.approx(35.0)
    # A group of 4% of the towns is trimmed only when more than 5 degrees apart.
    assert _extent_middle([*settled, *[50.0] * 12]) == pytest.approx(31.495)
    assert _extent_middle([*settled, *[37.0] * 12]) == pytest.approx(33.5)
    # Nothing to trim in a two-town region.
    assert _extent_middle([1.0, 10.0]) == pytest.approx(5.5)


def test_admin2_and_state_abbreviations(gaz: Gazetteer) -> None:
    wayne = [c for c in gaz.lookup("Wayne County") if c.kind == "admin2"]
    assert {c.admin1_name for c in wayne} >= {"Michigan", "Ohio"}
    assert gaz.lookup("Calif.")[0].name == "California"


def test_country_by_code(gaz: Gazetteer) -> None:
    af = gaz.country("AF")
    assert af is not None and af.name == "Afghanistan" and af.lat is not None
    assert gaz.country("ZZ") is None


def test_unknown_name_has_no_candidates(gaz: Gazetteer) -> None:
    assert gaz.lookup("Qxorvia") == ()
    assert gaz.lookup("") == ()


def test_lookup_is_fast(gaz: Gazetteer) -> None:
    names = [f"Springfield{n}" for n in range(500)] + ["Springfield"] * 10
    started = time.perf_counter()
    for name in names:
        gaz._lookup(name)
    assert (time.perf_counter() - started) / len(names) < 0.005


def test_default_falls_back_to_temp_when_cache_is_read_only(
    gaz: Gazetteer, monkeypatch, tmp_path
) -> None:
    import shutil
    import tempfile

    # A copy of the session's index stands in for a build in the fallback folder.
    fallback = tmp_path / "tmp" / "newsgraph"
    fallback.mkdir(parents=True)
    shutil.copy(gaz.path, fallback / gaz.path.name)
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("x")
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(blocked / "sub"))
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    Gazetteer.default.cache_clear()
    try:
        other = Gazetteer.default()
        assert other.path == fallback / gaz.path.name
        assert other.lookup("Kabul")
    finally:
        Gazetteer.default.cache_clear()


def test_gazetteer_public_surface() -> None:
    import newsgraph.gazetteer as module

    assert sorted(module.__all__) == [
        "Candidate",
        "GAZETTEER_VERSION",
        "Gazetteer",
        "default_path",
        "name_key",
    ]


def test_admin1_keeps_merged_region_names_but_not_stray_codes(gaz: Gazetteer) -> None:
    # "Oaxaca" names the state of Oaxaca only, not Puebla (a town or two coded apart).
    oaxaca = [c for c in gaz.lookup("Oaxaca") if c.kind == "admin1"]
    assert [c.name for c in oaxaca] == ["Oaxaca"]


def test_regions_of_countries_and_their_adjectives(gaz: Gazetteer) -> None:
    for name, region in (
        ("Sub-Saharan Africa", "Sub-Saharan Africa"),
        ("Central Asian", "Central Asia"),
        ("Baltics", "Baltic states"),
        ("Far East", "East Asia"),
    ):
        top = gaz.lookup(name)[0]
        assert (top.name, top.kind) == (region, "feature")
        assert top.lat is not None and top.lon is not None


def test_admin2_named_apart_from_its_metropolis_does_not_take_its_people() -> None:
    from newsgraph.gazetteer.build import _admin2_population

    # A council area GeoNames files a metropolis under: its name means a town elsewhere.
    assert _admin2_population("Cambridge", 2_400_000, [(2_380_000, "Perth"), (6_000, "X")]) == (
        20_000
    )
    # A rural county whose seat holds most of its towns' people keeps them.
    assert _admin2_population("Walker County", 60_000, [(40_000, "Huntsville")]) == 60_000
    assert _admin2_population("City of Sydney", 5_700_000, [(5_600_000, "Sydney")]) == 5_700_000


def test_provinces_filed_as_second_level_regions_go_by_their_bare_name(gaz: Gazetteer) -> None:
    laguna = [c for c in gaz.lookup("Laguna") if c.country == "PH" and c.kind == "admin2"]
    assert laguna and laguna[0].how == "alias"
    belluno = [c for c in gaz.lookup("Belluno") if c.kind == "admin2"]
    assert belluno and belluno[0].country == "IT"


def test_initialism_without_its_last_stop_meets_the_full_one(gaz: Gazetteer) -> None:
    assert name_key("N.Y") == name_key("N.Y.") == "ny"
    assert name_key("J.R. Smith") == "jr smith"
    for abbreviation, province in (
        ("Sask.", "Saskatchewan"),
        ("N.L.", "Newfoundland and Labrador"),
    ):
        assert gaz.lookup(abbreviation)[0].name == province


def test_only_the_capital_itself_is_the_capital(gaz: Gazetteer) -> None:
    washingtons = [c for c in gaz.lookup("Washington") if c.kind == "city" and c.country == "US"]
    capitals = [c for c in washingtons if c.capital]
    assert len(washingtons) > 5
    assert [c.admin1_name for c in capitals] == ["District of Columbia"]


@pytest.mark.parametrize(
    ("name", "country", "region"),
    [
        ("Lazio", "IT", "Latium"),
        ("Puglia", "IT", "Apulia"),
        ("Baden-Württemberg", "DE", "Baden-Wuerttemberg"),
        ("Jammu and Kashmir", "IN", "Jammu and Kashmir"),
        ("Gyeonggi", "KR", "Gyeonggi-do"),
        ("Nineveh", "IQ", "Ninawa"),
        ("North Darfur", "SD", "Northern Darfur"),
        ("State of Mexico", "MX", "Mexico"),
        # Parts of a split region, named by the lexicon (all were "Eastern Province").
        ("Ituri", "CD", "Ituri"),
        ("Tshopo", "CD", "Tshopo"),
        # The old name stays with the largest part.
        ("Kashmir", "IN", "Jammu and Kashmir"),
        # Version 26: English names GeoNames spells otherwise.
        ("Rhineland-Palatinate", "DE", "Rheinland-Pfalz"),
        ("Burgundy", "FR", "Bourgogne"),
        ("Sistan-Baluchestan", "IR", "Sistan and Baluchestan"),
        ("Hadramout", "YE", "Muhafazat Hadramawt"),
        # Version 27.
        ("Bekaa", "LB", "Beqaa"),
        ("Xizang", "CN", "Tibet Autonomous Region"),
        ("Banadir", "SO", "Banaadir"),
        ("South Kordofan", "SD", "Southern Kordofan"),
    ],
)
def test_regions_by_the_names_the_news_uses(
    gaz: Gazetteer, name: str, country: str, region: str
) -> None:
    top = gaz.lookup(name)[0]
    assert (top.kind, top.country, top.name) == ("admin1", country, region)


@pytest.mark.parametrize(
    "name", ["Saint Martin", "Curacao", "British Virgin Islands", "Sint Maarten"]
)
def test_every_inhabited_country_has_a_point(gaz: Gazetteer, name: str) -> None:
    # countryinfo has no point for these; the middle of their towns stands in.
    country = next(c for c in gaz.lookup(name) if c.kind == "country")
    assert country.lat is not None and country.lon is not None
    assert 10 < country.lat < 20 and -72 < country.lon < -62


@pytest.mark.parametrize(
    ("name", "country", "town"),
    [
        ("Hodeidah", "YE", "Al Ḩudaydah"),
        ("Hafr al-Batin", "SA", "Hafar Al-Batin"),
        ("Sulaimaniyah", "IQ", "Sulaymaniyah"),
    ],
)
def test_towns_by_the_english_spelling_the_news_uses(
    gaz: Gazetteer, name: str, country: str, town: str
) -> None:
    towns = [c for c in gaz.lookup(name) if c.kind == "city"]
    assert [(c.country, c.name, c.how) for c in towns] == [(country, town, "alias")]


def test_named_features_abroad_outrank_same_named_villages(gaz: Gazetteer) -> None:
    # Heathrow, Florida and Yorkshire, Virginia are villages; the news means the airport
    # and the English region.
    for name, country in (("Heathrow", "GB"), ("Yorkshire", "GB"), ("Eastern Ghouta", "SY")):
        top = gaz.lookup(name)[0]
        assert (top.kind, top.country) == ("feature", country)
