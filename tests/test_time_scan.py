"""The grammar's trigger windows: scan() must find exactly what every rule finds over the whole text."""

from __future__ import annotations

import pytest

from newsgraph.extract.timex_normalise import iter_rules, scan, scan_everywhere

# Dense, messy wire copy written for this test: every rule fires somewhere, with odd
# spacing, glued tokens, tables and expressions at the very start and end of the text.
TEXTS = [
    "Monday, Oct. 26, 1998 -- Talks resumed Tuesday morning after a 10-day pause and "
    "will run until 9 a.m. EST Friday, the ministry said on 10/23/98. The offer expires "
    "at midnight Thursday; shares rose 3% in the year-earlier third quarter, in Q3 '97 "
    "and in fiscal 1989, FY'90 and the first half of next year.",
    "In the late 1990s and the '80s, in the twenties and the 21st century, prices fell "
    "each of the previous five months, twice a year and every other week. The daily "
    "paper said nineteen ninety-seven was worse than January nineteen ninety-six.",
    "MAY               15   1/2\n JUL7   877A          877\n OCT7    --           926\n"
    " DEC7    --     953  Q4  Q1 1988  1987/88",
    "Flights leave on Tuesdays and Saturdays and on Friday nights starting early June; "
    "the week of March 6 was calm. A minute and a half later, two and a half years "
    "after Christmas 1999, at mid-afternoon yesterday, recently and nowadays, in the "
    "near future, ahead of the weekend, the end of the month, year-end.",
    "It happened 20 years ago, some decades ago, a year earlier, the comparable year-ago "
    "period, the past few weeks, over the coming months, in recent years, overnight, "
    "at noon, at 14:30 GMT, at 1430 GMT, by end-June, June 15-July 15, Monday-Friday, the April-June quarter, earlier in the year, FY22, 25/08/2021, at 4 in the morning, Tues, Aug 24, Mon Aug 30, this past summer, last spring, Easter, New Year's Day.",
    "He left yesterday. It rained on 24 March 1999 and on 6 March. Sales in March this "
    "year beat those since February and H1 2014. The plant opened in June 1999. Prices rose last "
    "week; net income for the year rose. Rebels fought for weeks.",
    "2021-08-24",
    "now",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_scan_windows_find_what_the_whole_text_scan_finds(text):
    windowed = [(m.start, m.end, m.rule) for m in scan(text)]
    everywhere = [(m.start, m.end, m.rule) for m in scan_everywhere(text)]
    assert windowed == everywhere


def test_scan_texts_exercise_most_rules():
    fired = {m.rule for text in TEXTS for m in scan(text)}
    # A rule without any trigger words would silently stop matching: make sure the
    # texts above really exercise the grammar.
    assert len(fired) >= len(list(iter_rules())) - 2, sorted(set(iter_rules()) - fired)


def test_scan_windows_on_the_seed_article(shared):
    text = (shared / "spec" / "seed-article.txt").read_text("utf-8")
    assert [(m.start, m.end, m.rule) for m in scan(text)] == [
        (m.start, m.end, m.rule) for m in scan_everywhere(text)
    ]
