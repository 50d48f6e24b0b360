"""The paragraph-break count the speaker searches use, read off a cached index, must
agree with counting by regex on every window (it replaced a regex scan per quote that
made long one-paragraph texts quadratic)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsgraph.extract.quotes import _BREAK, _LEAD_IN_AND_BLOCK, _breaks

TEXTS = st.text(alphabet="ab:“ \n\t", max_size=60)


@given(TEXTS, st.integers(0, 70), st.integers(0, 70))
def test_breaks_counts_as_the_regex_does(text, start, end):
    start, end = min(start, len(text)), min(end, len(text))
    expected = len(_BREAK.findall(text, start, end)) if end > start else 0
    assert _breaks(text, start, end) == expected


@given(TEXTS)
def test_block_lead_ins_match_as_the_unanchored_pattern_does(text):
    unanchored = re.compile(r"[^\n]*:[ \t]*\n\s*\n?([^\n]+)")
    assert [m.span(1) for m in _LEAD_IN_AND_BLOCK.finditer(text)] == [
        m.span(1) for m in unanchored.finditer(text)
    ]


def test_a_blank_line_counts_once_and_a_window_inside_it_still_counts():
    text = "First paragraph.\n\n  Second paragraph.\nThird."
    assert _breaks(text, 0, len(text)) == 2
    assert _breaks(text, text.index("\n") + 1, len(text)) == 2
    assert _breaks(text, text.index("Second"), len(text)) == 1
