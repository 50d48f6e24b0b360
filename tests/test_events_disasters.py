"""Fires, floods and storms kill and burn without anybody attacking anybody."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        # a headline the tagger misreads ("wildfires" as an auxiliary)
        "Chile wildfires kill 46 as heat wave grips region\n\n"
        "Rescuers searched the hills above the city on Saturday.",
        "Some 92 forest fires were burning across the country on Sunday, officials said.",
        "Bushfires destroyed 300 homes in New South Wales, the fire service said.",
    ],
)
def test_events_fires_attack_nobody(extract, text):
    record = extract(text)
    assert [e for e in record.events if e.type == "ASSAULT"] == []


def test_events_arson_by_a_militia_is_still_an_assault(extract):
    record = extract("Militiamen burned dozens of homes in the village on Tuesday, residents said.")
    assert any(e.type == "ASSAULT" for e in record.events)
