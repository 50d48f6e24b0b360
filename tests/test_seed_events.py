"""The Events table of shared/spec/seed-expected.md, row by row, on the seed article.

Every row runs on the full pipeline (entities, dates, places, quotes, events). The
negated and conditional rows must never come out as asserted.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.shared


def event_at(record, phrase, trigger):
    """The event whose trigger word lies inside the first occurrence of ``phrase``."""
    text = record.article.text
    start = text.index(phrase)
    end = start + len(phrase)
    hits = [
        e
        for e in record.events
        if start <= e.trigger.start < end and e.trigger.text.lower() == trigger.lower()
    ]
    assert hits, f"no event for {trigger!r} in {phrase!r}: " + repr(
        [(e.type, e.trigger.text, e.status) for e in record.events]
    )
    return hits[0]


def entity_name(record, ref):
    assert ref is not None
    entity = record.entity(ref.entity)
    return entity.name if entity is not None else ref.text


def place_name(record, place_id):
    place = next((p for p in record.places if p.id == place_id), None)
    return place.name if place is not None else None


def date_value(record, date_id):
    item = next((d for d in record.dates if d.id == date_id), None)
    return item.value if item is not None else None


# --- Ghani fled --------------------------------------------------------------------------------


def test_seed_ghani_fled(seed_record):
    event = event_at(seed_record, "after Ashraf Ghani fled on August 15", "fled")
    assert (event.type, event.status) == ("RETREAT", "asserted")
    assert "Ghani" in entity_name(seed_record, event.actor)
    assert date_value(seed_record, event.date) == "2021-08-15"


def test_seed_ghani_fled_place(seed_record):
    event = event_at(seed_record, "after Ashraf Ghani fled on August 15", "fled")
    assert place_name(seed_record, event.place) == "Afghanistan"


# --- the assassination ---------------------------------------------------------------------------


def test_seed_assassination(seed_record):
    event = event_at(seed_record, "assassinated by al-Qaeda", "assassinated")
    assert (event.type, event.mode, event.status) == ("ASSAULT", "targeted", "asserted")
    assert "Qaeda" in entity_name(seed_record, event.actor)
    assert date_value(seed_record, event.date) == "2001-09-09"


def test_seed_assassination_recipient(seed_record):
    event = event_at(seed_record, "assassinated by al-Qaeda", "assassinated")
    assert entity_name(seed_record, event.recipient) == "Ahmad Shah Massoud"


# --- Taliban massing, not (yet) attacking --------------------------------------------------------


def test_seed_taliban_mobilize(seed_record):
    event = event_at(seed_record, "has sent its fighters to mass", "sent")
    assert (event.type, event.status) == ("MOBILIZE", "asserted")
    assert "Taliban" in entity_name(seed_record, event.actor)


def test_seed_taliban_mobilize_place(seed_record):
    event = event_at(seed_record, "has sent its fighters to mass", "sent")
    assert "Panjshir" in (place_name(seed_record, event.place) or "")


def test_seed_not_yet_attacked_is_negated(seed_record):
    event = event_at(seed_record, "has not yet attacked the fighters", "attacked")
    assert (event.type, event.status) == ("ASSAULT", "negated")
    assert "Taliban" in entity_name(seed_record, event.actor)
    assert "fighters" in event.recipient.text


def test_seed_no_exchange_of_gunfire_is_negated(seed_record):
    event = event_at(seed_record, "no exchange of gunfire yet", "exchange")
    assert (event.type, event.status) == ("ASSAULT", "negated")


def test_seed_nothing_in_the_negated_sentences_is_an_asserted_attack(seed_record):
    text = seed_record.article.text
    for phrase in ("has not yet attacked the fighters", "no exchange of gunfire yet"):
        start = text.index(phrase)
        sentence_start = text.rfind(".", 0, start)
        sentence_end = text.find(".", start)
        assert not [
            e
            for e in seed_record.events
            if e.type == "ASSAULT"
            and e.status == "asserted"
            and sentence_start < e.trigger.start < sentence_end
        ]


# --- meetings --------------------------------------------------------------------------------------


def test_seed_taliban_met_embassies(seed_record):
    event = event_at(seed_record, "the Taliban had met with all embassies", "met")
    assert event.type == "CONSULT"
    assert event.status in ("asserted", "reported")  # Mujahid's claim, told as such
    assert "Taliban" in entity_name(seed_record, event.actor)
    assert "embassies" in event.recipient.text


def test_seed_taliban_met_embassies_place(seed_record):
    event = event_at(seed_record, "the Taliban had met with all embassies", "met")
    assert place_name(seed_record, event.place) == "Kabul"


def test_seed_commander_met_cia_is_unconfirmed(seed_record):
    event = event_at(seed_record, "a commander met with the CIA", "met")
    assert (event.type, event.status) == ("CONSULT", "unconfirmed")
    assert "commander" in event.actor.text
    assert "CIA" in entity_name(seed_record, event.recipient)


# --- requests ---------------------------------------------------------------------------------------


def test_seed_invitation_to_stay(seed_record):
    event = event_at(seed_record, "He also invited all international entities", "invited")
    assert (event.type, event.status) == ("REQUEST", "asserted")
    assert "international entities" in event.recipient.text
    assert event.recipient_sector == "international"


def test_seed_invitation_actor(seed_record):
    event = event_at(seed_record, "He also invited all international entities", "invited")
    assert entity_name(seed_record, event.actor) == "Zabihullah Mujahid"


def test_seed_call_for_weapons(seed_record):
    event = event_at(seed_record, "He then called upon the U.S.", "called")
    assert (event.type, event.status) == ("REQUEST", "asserted")
    assert "U.S." in event.recipient.text


def test_seed_call_for_weapons_actor(seed_record):
    event = event_at(seed_record, "He then called upon the U.S.", "called")
    assert entity_name(seed_record, event.actor) == "Ahmad Massoud"


# --- intended and conditional -----------------------------------------------------------------------


def test_seed_peace_deal_is_intended(seed_record):
    event = event_at(seed_record, "they are pursuing a peace deal with the Taliban", "deal")
    assert (event.type, event.status) == ("CONSULT", "intended")
    assert "Taliban" in entity_name(seed_record, event.recipient)


def test_seed_conditional_refusal_is_hypothetical(seed_record):
    event = event_at(seed_record, "we're not going to accept any sort of aggression", "accept")
    assert event.type in ("REJECT", "THREATEN")
    assert event.status == "hypothetical"


def test_seed_conditional_refusal_links_quote(seed_record):
    event = event_at(seed_record, "we're not going to accept any sort of aggression", "accept")
    assert event.quote is not None


def test_seed_reported_killings(seed_record):
    event = event_at(seed_record, "widespread reports of killings", "killings")
    assert (event.type, event.status) == ("ASSAULT", "reported")
    assert "fighters" in event.actor.text


def test_seed_every_event_names_its_pattern(seed_record):
    assert seed_record.events
    assert all(e.pattern for e in seed_record.events)
