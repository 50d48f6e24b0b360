"""Every row of the seed article's Dates table (../shared/spec/seed-expected.md)."""

from __future__ import annotations

import pytest

from newsgraph.extract.time import reanchor

pytestmark = pytest.mark.shared


def _item(record, text, occurrence=0):
    items = [d for d in record.dates if d.text == text]
    assert len(items) > occurrence, f"{text!r} not found among {[d.text for d in record.dates]}"
    return items[occurrence]


@pytest.mark.parametrize(
    ("text", "value", "precision", "mod"),
    [
        ("August 15", "2021-08-15", "day", None),
        ("this week", "2021-W34", "week", None),
        ("September 9, 2001", "2001-09-09", "day", None),
        ("August 18", "2021-08-18", "day", None),
        ("Tuesday", "2021-08-24", "day", None),
        ("the 1980s", "198X", "decade", None),
        ("the late 1990s", "199X", "decade", "END"),
        ("the past 40 years", "P40Y", "duration", None),
    ],
)
def test_seed_dates_table(seed_record, text, value, precision, mod):
    item = _item(seed_record, text)
    assert (item.value, item.precision, item.mod) == (value, precision, mod)
    assert seed_record.article.text[item.start : item.end] == text


def test_seed_two_days_before_is_a_duration_not_a_date(seed_record):
    text = seed_record.article.text
    phrase = "two days before the Twin Towers fell"
    start = text.index(phrase)
    inside = [d for d in seed_record.dates if start <= d.start < start + len(phrase)]
    assert [(d.text, d.value, d.timex_type) for d in inside] == [("two days", "P2D", "DURATION")]
    assert all(d.value != "2021-08-23" for d in seed_record.dates)


def test_seed_age_is_not_a_date(seed_record):
    text = seed_record.article.text
    start = text.index("32-year-old")
    assert [d for d in seed_record.dates if d.start < start + 11 and start < d.end] == []


def test_seed_today_in_the_op_ed_reanchors_to_its_date(seed_record):
    # The quotes stage calls reanchor() with the op-ed's date; here we call it directly.
    op_ed = _item(seed_record, "August 18")
    today = next(d for d in seed_record.dates if d.text == "today" and d.start > op_ed.start)
    moved = reanchor(today, op_ed.value)
    assert (moved.value, moved.precision, moved.anchor) == ("2021-08-18", "day", "2021-08-18")
    assert (moved.start, moved.end) == (today.start, today.end)


def test_seed_dates_are_in_text_order_with_valid_ids(seed_record):
    starts = [d.start for d in seed_record.dates]
    assert starts == sorted(starts)
    assert [d.id for d in seed_record.dates] == [f"d{i + 1}" for i in range(len(starts))]
