"""A dotted country abbreviation glued to a hyphenated word ('U.S.-led') is a place,
like 'Pennsylvania-based' already is."""

from __future__ import annotations


def test_us_led_campaign_names_the_united_states(extract) -> None:
    text = (
        "Nigeria, a partner in the U.S.-led campaign against polio, said on Monday it "
        "would vaccinate 20 million children in Kano."
    )
    r = extract(text)
    us = next(p for p in r.places if any(m.text == "U.S." for m in p.mentions))
    assert (us.country, us.precision) == ("US", "country")
    assert us.mentions[0].start == text.index("U.S.-led")


def test_dotted_initials_of_no_place_stay_out(extract) -> None:
    r = extract("The drug, made by a Q.X.-licensed firm, was recalled in Ghana on Friday.")
    assert [m.text for p in r.places for m in p.mentions] == ["Ghana"]
