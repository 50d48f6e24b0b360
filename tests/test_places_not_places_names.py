"""Whole names on the not-places list are organisations even where a kind word in them
('State', 'Highway') would make a place."""

from __future__ import annotations


def _texts(record) -> list[str]:
    return [m.text for p in record.places for m in p.mentions]


def test_islamic_state_is_no_place(extract) -> None:
    r = extract(
        "He had expressed support for the Islamic State on Twitter before he travelled "
        "to Syria, prosecutors in Munich said."
    )
    texts = _texts(r)
    assert "Islamic State" not in texts
    assert {"Syria", "Munich"} <= set(texts)


def test_highway_patrol_is_no_place(extract) -> None:
    r = extract(
        "Two passengers were ejected from the vehicle, according to the Highway Patrol. "
        "The crash happened near Sedalia on Friday."
    )
    assert "Highway Patrol" not in _texts(r)
    assert "Sedalia" in _texts(r)
