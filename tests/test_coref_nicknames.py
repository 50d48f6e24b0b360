"""A nickname belongs to whom it is said of: the subject of "known as" / "nicknamed",
never the subject of a verb whose object it describes ("mocked her as 'Birdbrain'")."""

from __future__ import annotations


def _aliases(record, name):
    return next(e.aliases for e in record.entities if e.name == name)


def test_a_nickname_said_of_the_object_is_not_the_subjects(extract):
    record = extract(
        "Donald Trump beat Nikki Haley by 20 points on Saturday.\n\n"
        "Trump himself mocked her as \u201cBirdbrain\u201d at a victory party in Columbia, "
        "a nickname he has used for months."
    )
    assert "Birdbrain" not in _aliases(record, "Donald Trump")


def test_a_nickname_the_subject_is_known_by_stays_the_subjects(extract):
    record = extract("The boxer Mike Tyson was nicknamed \u201cIron Mike\u201d by fans.")
    assert "Iron Mike" in _aliases(record, "Mike Tyson")
    record = extract(
        "Ahmad Massoud, the son of the late commander, is known as the \u201cYoung Lion.\u201d "
        "He leads the resistance."
    )
    assert "Young Lion" in _aliases(record, "Ahmad Massoud")
