"""Calendar arithmetic and TIMEX3 value strings.

Values follow TimeML's TIMEX3 ``value`` attribute: ``2021-08-24``, ``2021-W34``,
``2021-08``, ``2021-Q3``, ``2021-SU``, ``2021``, ``198X`` (decade), ``19XX`` (century),
``P40Y`` (duration), ``2021-08-24T06:00``, ``PRESENT_REF`` / ``PAST_REF`` / ``FUTURE_REF``.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = [
    "add_months",
    "day",
    "easter",
    "iso_week",
    "month",
    "nearest_month",
    "nearest_month_day",
    "nearest_weekday",
    "precision_of",
    "quarter",
    "quarter_of",
    "thanksgiving",
]

# Tense preference when a date leaves its year (or week) open.
PAST, FUTURE = "past", "future"


def day(d: dt.date) -> str:
    return d.isoformat()


def month(year: int, month_no: int) -> str:
    return f"{year:04d}-{month_no:02d}"


def quarter(year: int, q: int) -> str:
    return f"{year:04d}-Q{q}"


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def iso_week(d: dt.date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def add_months(year: int, month_no: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month_no - 1) + delta
    return index // 12, index % 12 + 1


def nearest_weekday(anchor: dt.date, weekday: int, tense: str | None) -> dt.date:
    """The ``weekday`` (1 = Monday) nearest ``anchor`` in the direction the tense points.

    Past: the most recent such day, the anchor day itself included ("the bombs exploded
    Friday" in a Friday report); future: the next one (the anchor day included);
    no tense cue: whichever is closer, the past one on a tie.
    """
    ahead = anchor + dt.timedelta(days=(weekday - anchor.isoweekday()) % 7)
    back = anchor - dt.timedelta(days=(anchor.isoweekday() - weekday) % 7)
    if tense == FUTURE:
        return ahead
    if tense == PAST:
        return back
    return back if (anchor - back) <= (ahead - anchor) else ahead


# A past-tense clause may still name a date this many days ahead of the anchor
# ("the offer expired Nov. 20" in a report dated Nov. 2 is mostly a tense-detection
# slip); beyond it the past reading wins. Mirrored for the future tense.
TENSE_WINDOW = 60


def nearest_month_day(anchor: dt.date, month_no: int, day_no: int, tense: str | None) -> dt.date:
    """A month-day with the year left open, resolved against ``anchor``.

    The reading nearest the anchor wins ("December 28" in a January 3 report is last
    year's), unless it lies on the other side of the anchor from where the tense
    points and further than ``TENSE_WINDOW`` days away.
    """
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(dt.date(year, month_no, day_no))
        except ValueError:
            continue
    if not options:
        raise ValueError(f"no such day: {month_no}-{day_no}")
    best = min(options, key=lambda d: (abs((d - anchor).days), d > anchor))
    if tense == PAST and (best - anchor).days > TENSE_WINDOW:
        return max(d for d in options if d <= anchor)
    if tense == FUTURE and (anchor - best).days > TENSE_WINDOW:
        return min(d for d in options if d >= anchor)
    return best


def nearest_month(anchor: dt.date, month_no: int, tense: str | None) -> tuple[int, int]:
    """A month with the year left open: same rule as :func:`nearest_month_day` (in months)."""
    here = anchor.year * 12 + anchor.month - 1
    options = [(y * 12 + month_no - 1, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    best = min(options, key=lambda o: (abs(o[0] - here), o[0] > here))
    window = TENSE_WINDOW // 30
    if tense == PAST and best[0] - here > window:
        return max(o for o in options if o[0] <= here)[1], month_no
    if tense == FUTURE and here - best[0] > window:
        return min(o for o in options if o[0] >= here)[1], month_no
    return best[1], month_no


def thanksgiving(year: int) -> dt.date:
    """US Thanksgiving: the fourth Thursday of November."""
    first = dt.date(year, 11, 1)
    offset = (3 - first.weekday()) % 7
    return first + dt.timedelta(days=offset + 21)


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month_no = (h + l_ - 7 * m + 114) // 31
    day_no = (h + l_ - 7 * m + 114) % 31 + 1
    return dt.date(year, month_no, day_no)


_PRECISION = (
    (re.compile(r"P(?:\d|X|T).*"), "duration"),
    (re.compile(r"[\dX]{4}-[\dX]{2}-[\dX]{2}T.*"), "time"),
    (re.compile(r"[\dX]{4}-[\dX]{2}-[\dX]{2}"), "day"),
    (re.compile(r"[\dX]{4}-W[\dX]{2}(-WE|-\d)?"), "week"),
    (re.compile(r"[\dX]{4}-([\dX]{2}|Q[\dX]|H[\dX]|SP|SU|FA|WI)"), "month"),
    (re.compile(r"\d{2}XX|\d{2}"), "century"),
    (re.compile(r"\d{3}X|\d{3}"), "decade"),
    (re.compile(r"[\dX]{4}"), "year"),
)


def precision_of(value: str | None) -> str:
    """The Record's precision for a TIMEX3 value (quarters, halves and seasons count as month)."""
    if not value:
        return "unknown"
    for pattern, name in _PRECISION:
        if pattern.fullmatch(value):
            return name
    return "unknown"
