"""Sentences the small parser misreads: a main verb hung on the only noun as a participle."""

from __future__ import annotations

import pytest


def described(record):
    return [(e.type, e.trigger.text, e.status, e.actor and e.actor.text) for e in record.events]


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("More than 500 people protested outside the town hall on Saturday.", "protested"),
        (
            "Around 150 people protested in front of the courthouse on Friday, demanding the "
            "release of the journalist.",
            "protested",
        ),
    ],
)
def test_events_participle_on_the_only_noun_is_the_predicate(extract, text, trigger):
    record = extract(text, published="2024-05-10")
    event = next((e for e in record.events if e.trigger.text == trigger), None)
    assert event is not None and event.type == "PROTEST", described(record)
    assert event.actor is not None and "people" in event.actor.text


def test_events_demand_of_a_protest_is_its_topic(extract):
    text = (
        "Around 150 people protested in front of the courthouse on Friday, demanding the "
        "release of the journalist."
    )
    record = extract(text, published="2024-05-10")
    assert "REQUEST" not in [e.type for e in record.events], described(record)


def test_events_headline_passive_is_no_act_of_the_victims(extract):
    # "killed" takes an object: without one it is a passive, and the soldiers are victims
    record = extract("Dozens of soldiers killed in the ambush.", published="2024-05-10")
    assert all(e.actor is None or "soldiers" not in e.actor.text for e in record.events), described(
        record
    )


@pytest.mark.parametrize(
    "text, event_type, recipient",
    [
        (
            "The defence minister ordered the recruitment of 5,000 reservists to guard the border.",
            "MOBILIZE",
            None,
        ),
        ("The junta ordered the conscription of all men aged 18 to 35.", "MOBILIZE", "men"),
        (
            "The court ordered the eviction of 40 families from the settlement.",
            "COERCE",
            "families",
        ),
    ],
)
def test_events_ordered_act_is_coded_as_the_orderers(extract, text, event_type, recipient):
    record = extract(text, published="2024-05-10")
    kinds = [e.type for e in record.events]
    assert event_type in kinds and "REQUEST" not in kinds, described(record)
    event = next(e for e in record.events if e.type == event_type)
    assert event.actor is not None and event.actor.text in ("defence minister", "junta", "court")
    assert recipient is None or recipient in event.recipient.text


def test_events_act_in_a_temporal_clause_is_an_event_of_its_own(extract):
    text = (
        "The president called for calm on Friday after criticising the European Union for "
        "interfering in the election."
    )
    record = extract(text, published="2024-05-10")
    accuse = next((e for e in record.events if e.type == "ACCUSE"), None)
    assert accuse is not None and accuse.status == "asserted", described(record)
    assert accuse.actor.text == "president" and "European Union" in accuse.recipient.text
    assert "REQUEST" in [e.type for e in record.events]


def test_events_temporal_clause_under_a_vow_stays_the_vows(extract):
    record = extract("The rebels vowed to retaliate after being attacked by government troops.")
    threats = [e for e in record.events if e.type == "THREATEN"]
    assert len(threats) == 1, described(record)


def test_events_clause_after_a_noun_of_the_preposition_is_not_the_main_subjects(extract):
    text = (
        "After weeks of talk of Washington pulling out of the accord, the three governments "
        "renewed their climate pledges."
    )
    record = extract(text, published="2024-05-10")
    assert not any(
        e.actor is not None and "governments" in e.actor.text and e.trigger.text == "pulling"
        for e in record.events
    ), described(record)
