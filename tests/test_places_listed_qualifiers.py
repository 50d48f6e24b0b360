"""In a list of towns each followed by its state ("Nashville and Cordova, Tennessee,
Richmond, Indiana, Fort Lauderdale and Orlando, Florida"), the state after a town's
comma is where that town is, though the list goes on."""

from __future__ import annotations


def _place(record, name: str):
    return next(p for p in record.places if any(m.text == name for m in p.mentions))


def test_state_after_a_listed_town_qualifies_it(extract) -> None:
    text = (
        "The company owns apartments in Louisville and Lexington, Kentucky, Nashville "
        "and Cordova, Tennessee, Richmond, Indiana, Fort Lauderdale and Orlando, Florida."
    )
    r = extract(text)
    assert _place(r, "Richmond").admin1 == "Indiana"
    assert _place(r, "Cordova").admin1 == "Tennessee"


def test_list_of_cities_is_no_qualifier(extract) -> None:
    text = "The band will play in Washington, New York and Boston next month."
    r = extract(text)
    assert _place(r, "Washington").admin1 == "District of Columbia"
    assert _place(r, "Boston").admin1 == "Massachusetts"
