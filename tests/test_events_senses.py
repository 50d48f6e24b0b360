"""Word senses and parties the event coder must not be fooled by: sport, metaphors, a
document as the actor, a protest ended by someone other than the protesters."""

from __future__ import annotations

import pytest


def types(record):
    return [e.type for e in record.events]


def only(record, event_type):
    found = [e for e in record.events if e.type == event_type]
    assert len(found) == 1, [(e.type, e.trigger.text, e.status) for e in record.events]
    return found[0]


# --- sport: "beat", "attack" in a game -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Uruguay beat Portugal in the cup final on Sunday night in front of 60,000 fans.",
        "The young midfielder attacked the ball and curled it into the net before halftime.",
        "The visitors launched attack after attack down the right wing in overtime.",
        "The two sides clashed in the cup final on Saturday night.",
        "The winger shot the ball past the goalkeeper in stoppage-time.",
    ],
)
def test_events_a_game_is_no_assault(extract, text):
    record = extract(text)
    assert "ASSAULT" not in types(record) and "PROTEST" not in types(record), [
        (e.type, e.trigger.text) for e in record.events
    ]


@pytest.mark.parametrize(
    "text, recipient",
    [
        ("Riot police beat supporters outside the stadium after the cup final.", "supporters"),
        ("Masked men attacked the referee after the final whistle of the league match.", "referee"),
        ("Gunmen attacked buses carrying fans home from the match, killing three people.", "buses"),
        ("Supporters clashed with riot police after the cup final in Split.", "riot police"),
        ("Soldiers shot two supporters outside the ground after the match.", "two supporters"),
    ],
)
def test_events_violence_around_a_game_is_still_an_assault(extract, text, recipient):
    event = next(e for e in extract(text).events if e.type == "ASSAULT")
    assert event.recipient is not None and recipient in event.recipient.text


# --- metaphor: "hijacked the protests" ---------------------------------------------------------


def test_events_hijacking_a_cause_is_no_assault(extract):
    record = extract("The opposition leader said radicals had hijacked the peaceful protests.")
    assert "ASSAULT" not in types(record)


def test_events_hijacking_a_ferry_is_an_assault(extract):
    event = only(extract("Pirates hijacked a ferry off the coast of Somalia on Friday."), "ASSAULT")
    assert event.actor is not None and event.actor.text == "Pirates"
    assert event.recipient is not None and "ferry" in event.recipient.text


# --- a document is not the actor: its author is ---------------------------------------------


def test_events_a_report_acts_through_its_author(extract):
    text = "A report by the Lisbon Bar Association accused prison guards of beating inmates."
    event = only(extract(text), "ACCUSE")
    assert event.actor is not None and event.actor.text == "Lisbon Bar Association"


def test_events_an_authorless_letter_is_no_actor(extract):
    event = only(
        extract("The anonymous letter demanded the release of the two engineers."), "REQUEST"
    )
    assert event.actor is None


def test_events_a_named_sources_statement_is_its_own(extract):
    text = "A Greenpeace statement condemned the seizure of the ship by the navy."
    event = only(extract(text), "ACCUSE")
    assert event.actor is not None and event.actor.text == "Greenpeace"


# --- ending a protest concedes only for those protesting -------------------------------------


def test_events_a_deal_ending_strikes_concedes_nothing_itself(extract):
    assert "CONCEDE" not in types(extract("The pay deal ended months of strikes in May."))
    record = extract(
        "The pay deal, which ended months of strikes by bus drivers, took effect in May."
    )
    assert only(record, "CONCEDE").actor.text == "bus drivers"  # the strikers, not the deal


def test_events_the_state_ending_a_protest_is_coercion(extract):
    record = extract("The interior minister vowed on Monday to end the student protests by force.")
    assert "CONCEDE" not in types(record)
    assert only(record, "THREATEN").status == "asserted"


def test_events_strikers_ending_their_strike_concede(extract):
    record = extract("Bus drivers ended their strike on Friday after the city raised wages.")
    assert only(record, "CONCEDE").actor.text == "Bus drivers"


def test_events_a_government_ending_its_own_boycott_concedes(extract):
    record = extract("The government ended its boycott of the budget talks on Monday.")
    assert only(record, "CONCEDE").status == "asserted"


# --- words the lexicon lacked ------------------------------------------------------------------


def test_events_agreeing_to_stop_fighting_is_a_promised_ceasefire(extract):
    event = only(extract("The two militias agreed on Sunday to stop fighting."), "RETREAT")
    assert event.mode == "ceasefire" and event.pattern.startswith("promise>")


@pytest.mark.parametrize(
    "text",
    [
        "The junta prohibited foreign reporters from entering the border province.",
        "The regional governor forbade opposition parties from holding rallies.",
    ],
)
def test_events_prohibiting_is_coercion(extract, text):
    assert only(extract(text), "COERCE").mode == "restrict"


def test_events_rushing_relief_supplies_is_aid(extract):
    text = "The army rushed tents and relief supplies to the villages cut off by the floods."
    assert only(extract(text), "AID").actor.text == "army"


# --- passive conjuncts, pleas, approval, impersonal threats -----------------------------------


def test_events_a_passive_conjunct_keeps_its_patient(extract):
    text = "Dozens of monks were arrested and tortured by the border guards last year."
    event = only(extract(text), "ASSAULT")
    assert event.recipient is not None and "monks" in event.recipient.text
    assert event.actor is not None and event.actor.text == "border guards"


@pytest.mark.parametrize(
    "text",
    [
        "The former harbour master pleaded guilty to fraud on Tuesday.",
        "Both defendants pleaded not guilty to the smuggling charges.",
    ],
)
def test_events_a_plea_in_court_is_no_request(extract, text):
    assert "REQUEST" not in types(extract(text))


def test_events_pleading_for_help_is_still_a_request(extract):
    event = only(
        extract("The mayor of Tarno pleaded for outside help after the floods."), "REQUEST"
    )
    assert event.actor is not None and "mayor" in event.actor.text


def test_events_sanctioning_an_act_approves_it(extract):
    record = extract("The cabinet sanctioned the use of drones along the northern border.")
    assert "SANCTION" not in types(record)
    assert only(record, "SUPPORT").actor.text == "cabinet"


def test_events_sanctioning_a_party_is_still_a_sanction(extract):
    event = only(
        extract("The European Union sanctioned four Belarusian banks on Friday."), "SANCTION"
    )
    assert "banks" in event.recipient.text


@pytest.mark.parametrize(
    "text",
    [
        "A tropical storm threatens to flood the low-lying islands this weekend.",
        "The drought threatens the harvest of two million farmers in the south.",
        "Rampant inflation threatens the fragile recovery, the central bank warned.",
    ],
)
def test_events_an_impersonal_threat_is_no_threaten(extract, text):
    assert "THREATEN" not in types(extract(text))


def test_events_a_party_threatening_is_still_threaten(extract):
    event = only(extract("The rebels threatened to shell the airport on Sunday."), "THREATEN")
    assert event.actor is not None and event.actor.text == "rebels"


# --- an attack feared or predicted has not happened ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Villagers in the valley feared a new attack on their market.",
        "The border town braced for an assault by the militia.",
        "Military analysts predict airstrikes on the rebel-held districts.",
    ],
)
def test_events_an_anticipated_attack_is_not_counted(extract, text):
    event = next(e for e in extract(text).events if e.type == "ASSAULT")
    assert event.status == "hypothetical"


def test_events_an_attack_that_was_feared_and_came_is_counted(extract):
    text = "Militiamen attacked the market on Monday, as villagers had feared for weeks."
    # "as villagers had feared" reads like "as villagers said": counted either way
    assert only(extract(text), "ASSAULT").status in ("asserted", "reported")


# --- history named in passing -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Survivors marked the tenth anniversary of the massacre of 80 miners by the police.",
        "Hundreds gathered in Dresden to commemorate the bombing of the city.",
        "After the end of hostilities, the militia returned to the hills.",
    ],
)
def test_events_a_remembered_or_ended_attack_is_no_assault(extract, text):
    assert "ASSAULT" not in types(extract(text))


def test_events_an_attack_on_a_memorial_is_an_assault(extract):
    event = only(extract("Gunmen attacked a memorial service in Kano on Sunday."), "ASSAULT")
    assert "memorial service" in event.recipient.text


# --- COOPERATE takes two sides ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The provincial government formed a committee to investigate the mine collapse.",
        "The health ministry set up a commission to review hospital budgets.",
    ],
)
def test_events_a_body_set_up_by_one_party_is_no_cooperation(extract, text):
    assert "COOPERATE" not in types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru formed a joint committee on fishing rights.",
        "Customs officers set up a task force with the coast guard to fight smuggling.",
        "The two governments formed a working group on migration.",
    ],
)
def test_events_a_body_set_up_by_two_sides_is_cooperation(extract, text):
    assert "COOPERATE" in types(extract(text))


# --- "called for X to act": the parser's "for" marker -------------------------------------------


def test_events_calling_for_a_party_to_act_is_a_request_of_that_party(extract):
    text = "The farmers' union was calling for the ministry to cut fuel taxes."
    event = only(extract(text), "REQUEST")
    assert event.actor is not None and "union" in event.actor.text
    assert event.recipient is not None and event.recipient.text == "ministry"


def test_events_waiting_for_something_to_happen_is_no_request(extract):
    assert types(extract("The villagers waited for the water to recede.")) == []


# --- passive acts whose subject is the act itself -------------------------------------------------


def test_events_an_agreement_reached_between_two_sides(extract):
    text = "A border agreement was reached in Accra between Ghana and Togo on Friday."
    event = only(extract(text), "AGREE")
    assert event.actor is not None and event.actor.text == "Ghana"
    assert event.recipient is not None and event.recipient.text == "Togo"


def test_events_a_truce_agreed_between_two_sides(extract):
    text = "A truce was agreed between the army and the rebels on Monday."
    event = next(e for e in extract(text).events if e.type in ("AGREE", "CONCEDE"))
    assert event.actor is not None and event.actor.text == "army"
    assert event.recipient is not None and event.recipient.text == "rebels"


def test_events_an_attack_launched_keeps_its_target(extract):
    event = only(extract("An attack was launched on the depot by the militants."), "ASSAULT")
    assert event.actor is not None and event.actor.text == "militants"
    assert event.recipient is not None and event.recipient.text == "depot"


def test_events_a_deal_suspending_the_strikers_protest_is_their_concession(extract):
    text = "Nurses in Leeds signed a deal that suspends their strike until March."
    event = only(extract(text), "CONCEDE")
    assert event.actor is not None and event.actor.text in ("their", "Nurses")


@pytest.mark.parametrize(
    "text",
    [
        "The ruling party agreed on Monday to suspend its protests in the capital.",
        # only ending or stopping a protest is forcible; suspending one is a concession
        "The government of Lesotho said it had suspended the protests in the capital.",
    ],
)
def test_events_suspending_protests_concedes(extract, text):
    assert "COERCE" not in types(extract(text))
    assert "CONCEDE" in types(extract(text))


# --- "X said Y should / must ...": a demand of Y -------------------------------------------------


def test_events_saying_another_party_must_act_is_a_request(extract):
    text = "The foreign minister said Armenia must withdraw its troops from the border villages."
    event = only(extract(text), "REQUEST")
    assert event.actor is not None and "foreign minister" in event.actor.text
    assert event.recipient is not None and event.recipient.text == "Armenia"
    assert event.pattern.startswith("demand>")


@pytest.mark.parametrize(
    "text",
    [
        "The rebel commander said they must withdraw from the town before winter.",
        "Doctors said the blast must have killed dozens of people.",
        "A senior diplomat said Jordan should be praised for its restraint.",
        "The militia said its fighters must withdraw from the bridge.",
    ],
)
def test_events_own_duties_guesses_and_praise_are_no_demands(extract, text):
    assert "REQUEST" not in types(extract(text))


def test_events_a_title_case_dateline_is_never_a_party(extract):
    text = "Kisumu, Kenya -- The main rebel group in Somalia agreed Wednesday to stop warfare."
    event = next(e for e in extract(text).events if e.type in ("RETREAT", "AGREE", "CONCEDE"))
    assert event.actor is None or "Kisumu" not in event.actor.text


@pytest.mark.parametrize(
    "text",
    [
        "Sweden granted refugee status to 40 Eritrean journalists last month.",
        "Ecuador gave refuge to the whistleblower in its London embassy.",
    ],
)
def test_events_refuge_is_aid(extract, text):
    assert only(extract(text), "AID").recipient is not None


def test_events_signing_a_cooperation_agreement_is_cooperation(extract):
    event = only(extract("Chile and Peru signed a cooperation agreement on Tuesday."), "COOPERATE")
    assert event.actor.text == "Chile" and event.recipient.text == "Peru"


def test_events_signing_a_trade_deal_stays_support(extract):
    # PLOVER SUPPORT: "ratify, sign, or finalize an agreement" (NGEC codes trade deals so too)
    record = extract("Chile and Peru signed a free trade agreement on Tuesday.")
    assert only(record, "SUPPORT").actor.text == "Chile"


def test_events_who_foils_a_plot_is_not_its_plotter(extract):
    text = "Police in Lagos uncovered a plot to kidnap the state governor."
    event = only(extract(text), "ASSAULT")
    assert event.status != "asserted" and event.actor is None
    text = "The cell hatched a plot to kidnap the state governor."
    assert only(extract(text), "ASSAULT").actor.text == "cell"


def test_events_a_measure_after_by_is_no_agent(extract):
    event = only(extract("The curfew in Goma was extended by another week on Monday."), "COERCE")
    assert event.actor is None
    event = only(extract("The curfew in Goma was extended by two weeks by the army."), "COERCE")
    assert event.actor is not None and event.actor.text == "army"


# --- dismissing one's own staff is no rejection ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The army dismissed 40 officers over the failed coup.",
        "The president dismissed his interior minister on Sunday.",
    ],
)
def test_events_dismissing_staff_is_no_rejection(extract, text):
    assert "REJECT" not in types(extract(text)), [
        (e.type, e.trigger.text) for e in extract(text).events
    ]


def test_events_dismissing_allegations_is_a_rejection(extract):
    event = only(extract("The government dismissed the allegations as baseless."), "REJECT")
    assert event.actor.text == "government"
