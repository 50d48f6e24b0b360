"""A common first name of a person the article names in full is that person where it is
a subject or a possessor, not the place that shares it."""

from __future__ import annotations


def _starts(record, name: str) -> set[int]:
    return {m.start for p in record.places for m in p.mentions if m.text == name}


def test_given_name_as_subject_or_possessor_is_the_person(extract) -> None:
    text = (
        "RED DEER - Ten-year-old Georgia Stevens has spent the winter on the ice. "
        "Georgia began skating at the age of four in Calgary. Her coach said "
        "Georgia's jumps are the best in the club."
    )
    r = extract(text)
    starts = _starts(r, "Georgia")
    assert text.index("Georgia began") not in starts
    assert text.index("Georgia's jumps") not in starts
    assert _starts(r, "Calgary")


def test_given_name_story_keeps_the_place_after_a_locative(extract) -> None:
    text = (
        "Georgia Stevens, a nurse, flew home on Monday. Georgia said the clinic in "
        "Atlanta was full, and she will stay in Georgia until the outbreak ends."
    )
    r = extract(text)
    starts = _starts(r, "Georgia")
    assert text.index("Georgia said") not in starts
    assert text.index("Georgia until") in starts
    place = next(
        p for p in r.places if text.index("Georgia until") in {m.start for m in p.mentions}
    )
    assert place.country == "US"
