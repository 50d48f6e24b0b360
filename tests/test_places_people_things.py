"""Words that look like places but name people and things: a state's abbreviation
used as a person's name, a lone given name that speaks, a car's make and model."""

from __future__ import annotations


def _names(record) -> set[str]:
    return {m.text for p in record.places for m in p.mentions}


def _starts(record, name: str) -> set[int]:
    return {m.start for p in record.places for m in p.mentions if m.text == name}


def test_abbreviation_without_its_full_stop_as_a_person_is_no_state(extract) -> None:
    text = (
        "LONDON (Reuters) - “Mo will be disappointed with the penalty,” the manager "
        "said after the match at Wembley. Mo’s brother watched from the stands."
    )
    r = extract(text)
    assert "Mo" not in _names(r)
    assert all(p.resolved_name != "Missouri" for p in r.places)
    assert "LONDON" in _names(r)


def test_abbreviation_after_its_town_stays_the_state(extract) -> None:
    text = (
        "KANSAS CITY, Mo. - Officials in Kansas City, Mo, said on Tuesday that the "
        "plant in Georgetown, Ky., would hire 200 workers."
    )
    r = extract(text)
    missouri = [p for p in r.places if p.resolved_name == "Missouri"]
    assert missouri
    mentions = {m.text for p in missouri for m in p.mentions}
    assert {"Mo.", "Mo"} <= mentions


def test_lone_given_name_that_speaks_is_the_person(extract) -> None:
    text = (
        "Vladimir told reporters in Kiev on Monday that he would stay. "
        "“We are not going anywhere,” said Logan, a 34-year-old mechanic from "
        "Dayton, Ohio."
    )
    r = extract(text)
    names = _names(r)
    assert "Vladimir" not in names
    assert "Logan" not in names
    assert {"Kiev", "Dayton", "Ohio"} <= names


def test_country_that_speaks_stays_a_place(extract) -> None:
    text = (
        "Georgia said on Friday it would close its border with Russia, officials in Tbilisi said."
    )
    r = extract(text)
    assert text.index("Georgia") in _starts(r, "Georgia")


def test_car_make_and_model_are_no_places(extract) -> None:
    text = (
        "Police said the suspect fled in a 1992 Toyota Corolla and was later seen "
        "in a white Dodge Durango near Fresno, California. His Chevrolet Tahoe was "
        "found in Durango, Colorado."
    )
    r = extract(text)
    assert "Toyota" not in _names(r)
    assert text.index("Durango near") not in _starts(r, "Durango")
    assert text.index("Durango, Colorado") in _starts(r, "Durango")
    assert {"Fresno", "California"} <= _names(r)
