import pytest

from newsgraph.extract.dateline import dateline_end, dateline_places


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("MANILA (Newswire) — China fired", "MANILA (Newswire) — "),
        ("NAIROBI, March 3 (Newswire) - Kenya's", "NAIROBI, March 3 (Newswire) - "),
        ("SAN JOSE, Costa Rica -- The vote", "SAN JOSE, Costa Rica -- "),
        ("TEHRAN/DUBAI (Reuters) - Iran said", "TEHRAN/DUBAI (Reuters) - "),
        ("GENEVA — The agency said", "GENEVA — "),
        ("VIÑA DEL MAR, Chile (AP) — Wildfires", "VIÑA DEL MAR, Chile (AP) — "),
        ("SÃO PAULO (Reuters) - Brazil's", "SÃO PAULO (Reuters) - "),
        ("ŁÓDŹ, Poland — Police said", "ŁÓDŹ, Poland — "),
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


def test_accented_capitals_are_a_datelines_place_words():
    text = "Chile fires spread\nVIÑA DEL MAR, Chile (AP) — Wildfires tearing through the hills"
    (start, end, colon), *_ = dateline_places(text)
    assert text[start:end] == "VIÑA DEL MAR" and not colon


def test_an_accented_dateline_place_is_a_place_not_an_org(extract):
    record = extract(
        "VIÑA DEL MAR, Chile (AP) — Wildfires tearing through central Chile have killed "
        "at least 46 people, officials said on Saturday."
    )
    names = {e.name: e.type for e in record.entities}
    assert names.get("VIÑA DEL MAR") == "PLACE"
    assert "MAR" not in names
