"""Round 10 NER repairs, on hand-written modern news copy."""

from __future__ import annotations

from tests.test_entities import named, owner

PLATFORM = (
    "Members of the group sometimes refer to the site as “the province of Zorblat.” "
    "Zorblat said on Friday it had suspended 10,000 accounts. Zorblat has struggled to "
    "police its platform, and Zorblat shares fell 3 percent."
)


def test_a_figure_of_speech_does_not_make_a_company_a_place(extract):
    record = extract(PLATFORM)
    assert named(record, "Zorblat").type == "ORG"
    assert owner(record, PLATFORM, "Zorblat", 0).type == "ORG"
