"""Round 10: defects found on fresh news articles (a speaker's second act after a
pluperfect report, casualty reports, judged acts, a body's own session, extraposed
infinitives, workplace retaliation, possessed nouns, flight with no one named)."""

from __future__ import annotations

import pytest


def described(record):
    return [
        (
            e.type,
            e.trigger.text,
            e.status,
            e.actor and e.actor.text,
            e.recipient and e.recipient.text,
        )
        for e in record.events
    ]


def test_events_speech_act_after_a_pluperfect_report_is_the_speakers(extract):
    text = (
        "The rights commission said soldiers had detained three journalists before the "
        "election and called on the army to free them."
    )
    record = extract(text)
    (request,) = [e for e in record.events if e.type == "REQUEST"]
    assert request.actor is not None and "commission" in request.actor.text, described(record)
    assert request.status == "asserted"


def test_events_pluperfect_conjunct_without_a_speech_act_stays_reported(extract):
    # not a speech act: the soldiers did both
    record = extract("The mayor said soldiers had stormed the village and burned houses.")
    assaults = [e for e in record.events if e.type == "ASSAULT" and e.trigger.text == "stormed"]
    assert assaults and "soldiers" in assaults[0].actor.text, described(record)


@pytest.mark.parametrize(
    "text",
    [
        "Hospital staff said at least 14 people were wounded by gunfire in the capital.",
        "Paramedics said two children were injured by shrapnel near the market.",
    ],
)
def test_events_casualty_report_by_a_bare_weapon_accuses_nobody(extract, text):
    record = extract(text)
    assert "ACCUSE" not in [e.type for e in record.events], described(record)
    assault = [e for e in record.events if e.type == "ASSAULT"]
    assert assault and assault[0].actor is None, described(record)


def test_events_weapon_with_a_party_on_it_still_names_the_doer(extract):
    record = extract("Two protesters were wounded by police gunfire on Friday.")
    (assault,) = [e for e in record.events if e.type == "ASSAULT"]
    assert assault.actor is not None and "police" in assault.actor.text, described(record)


@pytest.mark.parametrize(
    "text",
    [
        "Premier Okafor called the strikes \u201creckless\u201d on Thursday.",
    ],
)
def test_events_a_judged_act_is_not_the_judges(extract, text):
    record = extract(text)
    for event in record.events:
        assert event.trigger.text not in ("strikes", "protests") or event.actor is None, described(
            record
        )
        assert event.type != "ACCUSE" or event.trigger.text not in ("strikes", "protests")


@pytest.mark.parametrize(
    "text",
    [
        "Officials said a crisis committee would meet on Sunday to review the damage.",
        "The national security council met on Monday night.",
    ],
)
def test_events_one_body_in_session_consults_nobody(extract, text):
    record = extract(text)
    assert not [e for e in record.events if e.type in ("CONSULT", "AGREE")], described(record)


def test_events_two_bodies_meeting_still_consult(extract):
    record = extract("The two committees met on Monday to discuss the budget.")
    assert "CONSULT" in [e.type for e in record.events], described(record)


@pytest.mark.parametrize(
    "text",
    [
        "Activists challenged a statute that makes it a felony to assist migrants at the border.",
        "It is a crime to assist migrants at the border, the judge said.",
    ],
)
def test_events_extraposed_infinitive_is_no_act(extract, text):
    record = extract(text)
    assert "AID" not in [e.type for e in record.events], described(record)


def test_events_it_took_police_hours_is_still_an_act(extract):
    record = extract("It took police three hours to disperse the protesters in the square.")
    assert [e for e in record.events if e.trigger.text == "disperse"], described(record)


def test_events_employer_retaliation_is_no_assault(extract):
    text = "The nurse said the hospital retaliated against her after she reported the errors."
    record = extract(text)
    assert "ASSAULT" not in [e.type for e in record.events], described(record)
    assert "ACCUSE" not in [e.type for e in record.events], described(record)


def test_events_armed_retaliation_is_still_an_assault(extract):
    record = extract("Government troops retaliated against the rebels on Monday.")
    assert "ASSAULT" in [e.type for e in record.events], described(record)


def test_events_possessed_noun_is_not_its_possessor(extract):
    text = (
        "Amina Diallo, a mother of four, waited outside the depot. "
        "\u201cMy sons beg me for water every night,\u201d she said."
    )
    record = extract(text)
    (request,) = [e for e in record.events if e.type == "REQUEST"]
    assert request.actor is not None and request.actor.text.lower() == "my sons"
    speaker = next(e.id for e in record.entities if e.name == "Amina Diallo")
    assert request.actor.entity != speaker, described(record)


def test_events_flight_with_no_one_named_is_no_expulsion(extract):
    record = extract("Villagers said they had barely an hour to flee.")
    assert "SANCTION" not in [e.type for e in record.events], described(record)


def test_events_an_organisations_own_fighters_keep_its_entity(extract):
    text = (
        "The Northern Liberation Front said on Monday its fighters had attacked an army "
        "base near the border."
    )
    record = extract(text)
    attacks = [e for e in record.events if e.type == "ASSAULT" and e.actor is not None]
    front = next(e.id for e in record.entities if "Liberation Front" in e.name)
    assert attacks and attacks[0].actor.entity == front, described(record)


@pytest.mark.parametrize(
    "text",
    [
        "Hurricane Milton slams Florida, killing 10 before heading out to sea",
        "The floods slammed the capital on Monday, officials said.",
    ],
)
def test_events_a_disaster_neither_attacks_nor_criticises(extract, text):
    record = extract(text)
    assert not [e for e in record.events if e.type in ("ACCUSE", "ASSAULT")], described(record)


def test_events_an_aside_is_not_the_subject(extract):
    text = (
        "Premier Lin Wen-chao, visiting the national flood control centre, urged residents "
        "to stay indoors."
    )
    record = extract(text)
    (request,) = [e for e in record.events if e.type == "REQUEST"]
    assert request.actor is not None and "Lin Wen-chao" in request.actor.text, described(record)


def test_events_a_visit_to_a_site_consults_nobody(extract):
    text = (
        "Premier Lin Wen-chao, visiting the national flood control centre, urged residents "
        "to stay indoors."
    )
    record = extract(text)
    assert "CONSULT" not in [e.type for e in record.events], described(record)


def test_events_a_visit_to_a_party_still_consults(extract):
    record = extract("Foreign Minister Ana Costa visited Beijing on Monday for talks.")
    assert "CONSULT" in [e.type for e in record.events], described(record)


def test_events_a_possibility_not_ruled_out_is_hypothetical(extract):
    record = extract("Police did not rule out that the gunmen had killed the hostages.")
    kills = [e for e in record.events if e.trigger.text == "killed"]
    assert kills and kills[0].status == "hypothetical", described(record)
    assert "THREATEN" not in [e.type for e in record.events], described(record)


def test_events_a_possibility_ruled_out_stays_negated(extract):
    record = extract("Police ruled out that the gunmen had killed the hostages.")
    kills = [e for e in record.events if e.trigger.text == "killed"]
    assert kills and kills[0].status == "negated", described(record)
