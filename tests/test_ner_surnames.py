"""A lone surname is the person named in full in the same story, even where spaCy typed
it (and the full name) as an organisation: in a headline, after a dateline."""

from __future__ import annotations


def test_a_headline_surname_joins_the_person_named_after_a_dateline(extract):
    record = extract(
        "Haley stays in race, vows to fight on\n\n"
        "CHARLESTON, S.C. \u2014 Nikki Haley said Sunday she would remain in the race.\n\n"
        "Some Haley donors are wavering, aides said."
    )
    people = {e.name: e for e in record.entities if e.type == "PERSON"}
    assert "Nikki Haley" in people
    assert not [e for e in record.entities if e.name == "Haley"]
    assert sum(m.text == "Haley" for m in people["Nikki Haley"].mentions) == 2


def test_a_surname_that_is_also_a_country_stays_the_country(extract):
    record = extract(
        "Michael Jordan visited Amman on Tuesday. Jordan has hosted many stars, "
        "the tourism ministry said."
    )
    assert any(e.name == "Michael Jordan" and e.type == "PERSON" for e in record.entities)
