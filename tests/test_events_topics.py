"""Round 10 (NGEC confusion matrix): which PLOVER type a story's acts get when a cue word
has two senses or the parser misreads the frame."""

from __future__ import annotations

import pytest


def events_of(record, event_type):
    return [e for e in record.events if e.type == event_type]


def show(record):
    return [(e.type, e.mode, e.trigger.text, e.status) for e in record.events]


# --- "launched a strike": a walkout or a hunger strike, not an air strike -------------------


@pytest.mark.parametrize(
    "text, mode",
    [
        (
            "Teachers in the capital launched a wildcat general strike on Tuesday, demanding "
            "an end to layoffs.",
            "strike",
        ),
        (
            "Miners at the state-owned pits launched an indefinite strike over unpaid wages.",
            "strike",
        ),
        ("Four jailed activists launched a hunger strike on Monday, their lawyer said.", "hunger"),
    ],
)
def test_events_a_launched_walkout_is_a_protest(extract, text, mode):
    record = extract(text)
    assert not events_of(record, "ASSAULT"), show(record)
    protests = events_of(record, "PROTEST")
    assert len(protests) == 1 and protests[0].mode == mode, show(record)


@pytest.mark.parametrize(
    "text",
    [
        "The army launched a strike on rebel positions near the border early on Friday.",
        "Israel launched a retaliatory strike on Gaza after rockets hit Sderot.",
    ],
)
def test_events_a_launched_air_strike_stays_an_assault(extract, text):
    record = extract(text)
    assert events_of(record, "ASSAULT") and not events_of(record, "PROTEST"), show(record)
