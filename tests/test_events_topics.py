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


# --- "out on strike": the strike is the event, the demand its topic -------------------------


def test_events_out_on_strike_is_a_protest_and_its_demand_no_request(extract):
    record = extract(
        "About 70 percent of the country’s public school teachers are out on strike, "
        "demanding more pay and better working conditions, their union said on Thursday."
    )
    protests = events_of(record, "PROTEST")
    assert len(protests) == 1 and protests[0].mode == "strike", show(record)
    assert protests[0].actor is not None and "teachers" in protests[0].actor.text
    assert not events_of(record, "REQUEST"), show(record)


# --- a sentence received: SANCTION on the one sentenced --------------------------------------


@pytest.mark.parametrize(
    "text, punished",
    [
        (
            "The former governor received a prison sentence of 12 years on Monday for taking "
            "bribes, the court said.",
            "former governor",
        ),
        ("Opposition leader Ali Musa got a five-year sentence for inciting unrest.", "Ali Musa"),
    ],
)
def test_events_a_received_sentence_is_a_sanction_of_the_subject(extract, text, punished):
    record = extract(text)
    sanctions = events_of(record, "SANCTION")
    assert len(sanctions) == 1 and sanctions[0].mode == "convict", show(record)
    assert sanctions[0].recipient is not None and punished in sanctions[0].recipient.text
    assert sanctions[0].actor is None


def test_events_a_warm_reception_is_no_sanction(extract):
    record = extract("The peace plan received a warm welcome in the capital.")
    assert not events_of(record, "SANCTION"), show(record)


# --- violence told with an idiom ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, recipient",
    [
        (
            "The mutineers turned their guns on their own officers, killing two, a spokesman said.",
            "officers",
        ),
        ("Hundreds of armed youths went on a rampage through the northern town on Friday.", None),
        ("Militiamen rampaged through the village, burning dozens of homes.", None),
    ],
)
def test_events_violence_idioms_are_assaults(extract, text, recipient):
    record = extract(text)
    assaults = events_of(record, "ASSAULT")
    assert assaults, show(record)
    if recipient:
        assert any(e.recipient is not None and recipient in e.recipient.text for e in assaults)


# --- a trip abroad told with "fly", "head", "depart for": CONSULT visit ------------------------


@pytest.mark.parametrize(
    "text, host",
    [
        (
            "Japan’s foreign minister flew to Beijing on Monday to discuss the dispute over the "
            "islands with his Chinese counterpart.",
            "Beijing",
        ),
        (
            "Secretary of State Antony Blinken headed to Cairo on Sunday, the State Department "
            "said.",
            "Cairo",
        ),
        (
            "The Malian foreign minister has departed for Addis Ababa to take part in a series "
            "of meetings.",
            None,
        ),
    ],
)
def test_events_an_official_trip_is_a_visit(extract, text, host):
    record = extract(text)
    visits = events_of(record, "CONSULT")
    assert (
        len(visits) == 1
        and visits[0].mode == "visit"
        and visits[0].status in ("asserted", "reported")
    ), show(record)
    if host:
        assert visits[0].recipient is not None and host in visits[0].recipient.text


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of refugees headed to the border on Monday as the fighting spread.",
        "The national team flew to Madrid on Friday for the final.",
    ],
)
def test_events_a_trip_by_no_official_is_no_visit(extract, text):
    record = extract(text)
    assert not events_of(record, "CONSULT"), show(record)


# --- a request told with its answer: the answer is the news -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council on Sunday approved a request from the observer force to extend "
        "its mandate until 2020.",
        "Three Syrian activists had their asylum requests approved on Friday, two weeks after "
        "they entered the country.",
        "The court granted the defence’s request for bail on Tuesday.",
    ],
)
def test_events_an_answered_request_is_no_request(extract, text):
    record = extract(text)
    assert not events_of(record, "REQUEST"), show(record)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine made a formal request for more air defence systems on Monday.",
        "Germany received a formal request from Poland for tanks on Tuesday.",
    ],
)
def test_events_a_request_made_or_received_is_a_request(extract, text):
    record = extract(text)
    assert len(events_of(record, "REQUEST")) == 1, show(record)


# --- "returned fire": an exchange of fire ------------------------------------------------------


def test_events_returning_fire_is_an_assault(extract):
    record = extract("Soldiers at the checkpoint returned fire on the gunmen, killing two of them.")
    assaults = events_of(record, "ASSAULT")
    assert assaults and assaults[0].trigger.text == "returned", show(record)
    assert assaults[0].recipient is not None and "gunmen" in assaults[0].recipient.text


def test_events_returning_a_fire_engine_is_no_assault(extract):
    record = extract("The volunteers returned the fire engine to the depot on Monday.")
    assert not events_of(record, "ASSAULT"), show(record)


# --- workers who strike "over" or "against" a law strike; they do not speak -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nurses will strike on Monday over the new pay law, their union said.",
        "Teachers struck on Wednesday against the controversial education bill.",
    ],
)
def test_events_a_labour_strike_over_a_law_is_no_accusation(extract, text):
    record = extract(text)
    assert not events_of(record, "ACCUSE"), show(record)
    assert any(e.mode == "strike" for e in events_of(record, "PROTEST")), show(record)


def test_events_striking_at_a_plan_is_still_words(extract):
    record = extract("The opposition struck at the government’s budget plans in parliament.")
    assert events_of(record, "ACCUSE") and not events_of(record, "PROTEST"), show(record)


# --- a strike decided or voted is called: PROTEST, not a threat --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Teachers in the capital decided on Monday to strike on Wednesday against the new "
        "education law.",
        "The dock workers’ union voted to strike next week over pay.",
    ],
)
def test_events_a_called_strike_is_a_protest(extract, text):
    record = extract(text)
    counted = [e for e in record.events if e.status in ("asserted", "reported")]
    assert [e.type for e in counted] == ["PROTEST"], show(record)


def test_events_a_strike_threatened_stays_a_threat(extract):
    record = extract("The union threatened to strike if the pay offer was not improved.")
    counted = [e for e in record.events if e.status in ("asserted", "reported")]
    assert [e.type for e in counted] == ["THREATEN"], show(record)


# --- the outcome of a possible cause is only possible -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The new law could lead to hundreds of teachers resigning, the union warned.",
        "Officials said the move might result in troops withdrawing from the border region.",
    ],
)
def test_events_an_outcome_that_could_follow_has_not_happened(extract, text):
    record = extract(text)
    retreats = events_of(record, "RETREAT")
    assert retreats and all(e.status == "hypothetical" for e in retreats), show(record)


def test_events_an_outcome_that_followed_happened(extract):
    record = extract("The crackdown led to hundreds of opposition officials resigning last week.")
    retreats = events_of(record, "RETREAT")
    assert retreats and retreats[0].status == "asserted", show(record)


# --- "killed when fighting erupted": one attack, also when the gerund is tagged a verb ---------


def test_events_killed_when_fighting_erupted_is_one_assault(extract):
    record = extract(
        "Four people were killed in the village on Saturday when fighting between rival "
        "tribes erupted between two villages, an official said."
    )
    assert [e.type for e in record.events] == ["ASSAULT"], show(record)


def test_events_fighting_that_erupted_alone_is_an_assault(extract):
    record = extract("Fighting erupted between rival tribes in the north on Saturday.")
    assert [e.type for e in record.events] == ["ASSAULT"], show(record)
