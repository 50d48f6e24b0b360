"""Outbreak reports (the GeoVirus kind of news): every town, province and country of
a short report resolves to the right country and region. A regression guard: these
passed when written, no rule was changed for them."""

from __future__ import annotations

import pytest

CASES = [
    (
        "SANAA (Reuters) - A cholera outbreak in Yemen has killed 115 people in the port "
        "city of Hodeidah and the capital Sanaa, the World Health Organization said on "
        "Monday. Cases have also been reported in Taiz and Aden.",
        {"Hodeidah": "YE", "Taiz": "YE", "Aden": "YE", "Yemen": "YE"},
    ),
    (
        "Ebola has killed at least 59 people in Guinea, the health ministry said on "
        "Sunday. Most of the deaths were in Nzérékoré and Gueckedou, near the borders "
        "with Liberia and Sierra Leone. In Sierra Leone, officials in Kenema and "
        "Kailahun districts said they were monitoring suspected cases.",
        {"Nzérékoré": "GN", "Gueckedou": "GN", "Kenema": "SL", "Liberia": "LR"},
    ),
    (
        "PHNOM PENH — A 46-year-old man from Prey Veng province has died of H5N1 bird "
        "flu, Cambodia’s Ministry of Health said on Thursday. Cases were also found in "
        "Takeo and Kampot.",
        {"Prey Veng province": "KH", "Takeo": "KH", "Kampot": "KH"},
    ),
    (
        "Yellow fever has spread to Santa Cruz in eastern Bolivia, health officials "
        "said, and Peru reported cases in Cusco and Junin.",
        {"Santa Cruz": "BO", "Cusco": "PE", "Junin": "PE"},
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_outbreak_places_resolve_to_their_countries(extract, text, want) -> None:
    r = extract(text)
    got = {m.text: p.country for p in r.places for m in p.mentions}
    for name, country in want.items():
        assert got.get(name) == country, (name, got.get(name))
