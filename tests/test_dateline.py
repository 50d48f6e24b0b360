import pytest

from newsgraph.extract.dateline import dateline_end


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("MANILA (Newswire) — China fired", "MANILA (Newswire) — "),
        ("NAIROBI, March 3 (Newswire) - Kenya's", "NAIROBI, March 3 (Newswire) - "),
        ("SAN JOSE, Costa Rica -- The vote", "SAN JOSE, Costa Rica -- "),
        ("TEHRAN/DUBAI (Reuters) - Iran said", "TEHRAN/DUBAI (Reuters) - "),
        ("GENEVA — The agency said", "GENEVA — "),
    ],
)
def test_a_dateline_runs_through_its_dash(text, dateline):
    assert text[: dateline_end(text)] == dateline


@pytest.mark.parametrize(
    "text",
    ["U.S. officials said - no more", "The U.N. said on Monday", "NATO allies met - again"],
)
def test_a_sentence_opening_with_capitals_has_no_dateline(text):
    assert dateline_end(text) is None
