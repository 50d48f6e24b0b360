"""Reactions to another party's act: warnings of what a move will set off, revenge vowed
for an attack, a move that a third party condemns, countermeasures and tariffs."""

from __future__ import annotations

import pytest


def of_type(record, event_type):
    found = [e for e in record.events if e.type == event_type]
    assert found, [(e.type, e.trigger.text, e.status) for e in record.events]
    return found[0]


def described(record):
    return [(e.type, e.trigger.text, e.status, e.actor and e.actor.text) for e in record.events]


# --- a warning of what a move will set off ---------------------------------------------------


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Beijing warned that the new tariffs would trigger a trade war.", "Beijing"),
        ("Moscow warned the deployment would provoke a tough military response.", "Moscow"),
        (
            "Tehran has warned that any strike on its nuclear sites would spark a wider war.",
            "Tehran",
        ),
    ],
)
def test_events_warning_of_a_conflict_a_move_sets_off_threatens(extract, text, actor):
    record = extract(text, published="2024-05-10")
    threat = of_type(record, "THREATEN")
    assert threat.status == "asserted"
    assert threat.actor is not None and threat.actor.text == actor


def test_events_warned_move_threatens_the_mover(extract):
    text = (
        "Washington raised tariffs on Chinese steel on Monday, a move Beijing warned would "
        "trigger a trade war."
    )
    record = extract(text, published="2024-05-10")
    threat = of_type(record, "THREATEN")
    assert threat.actor.text == "Beijing"
    assert threat.recipient is not None and threat.recipient.text == "Washington"


@pytest.mark.parametrize(
    "text",
    [
        "Forecasters warned that the heavy rain would trigger landslides in the hills.",
        "Doctors warned the heatwave could spark a surge in hospital admissions.",
        "Analysts warned that the rate rise would trigger a slowdown in lending.",
    ],
)
def test_events_warning_of_a_natural_or_market_effect_is_no_threat(extract, text):
    assert "THREATEN" not in [e.type for e in extract(text).events], described(extract(text))


# --- a move a third party reacts to ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, event_type, actor, recipient",
    [
        (
            "Russia expelled ten British diplomats on Monday, a move London condemned as "
            "unjustified.",
            "ACCUSE",
            "London",
            "Russia",
        ),
        (
            "Israel freed 30 Palestinian prisoners overnight, a step the Palestinian "
            "Authority welcomed.",
            "SUPPORT",
            "Palestinian Authority",
            "Israel",
        ),
        (
            "The junta dissolved the main opposition party, a decision the European Union "
            "criticised on Friday.",
            "ACCUSE",
            "European Union",
            "junta",
        ),
    ],
)
def test_events_reaction_to_a_move_has_the_mover_as_recipient(
    extract, text, event_type, actor, recipient
):
    event = of_type(extract(text, published="2024-05-10"), event_type)
    assert event.actor is not None and actor in event.actor.text
    assert event.recipient is not None and recipient in event.recipient.text


# --- revenge for an attack -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, recipient",
    [
        (
            "Hamas vowed revenge after an Israeli air strike killed one of its commanders.",
            "Israeli",
        ),
        (
            "The militia vowed retaliation on Sunday after US warplanes bombed its bases "
            "near the border.",
            "US warplanes",
        ),
    ],
)
def test_events_revenge_is_vowed_against_the_attacker(extract, text, recipient):
    threat = of_type(extract(text, published="2024-05-10"), "THREATEN")
    assert threat.recipient is not None and recipient in threat.recipient.text


def test_events_revenge_for_an_act_named_by_its_doer(extract):
    text = "Hamas vowed revenge for the killing of its military commander by Israeli forces."
    threat = of_type(extract(text, published="2024-05-10"), "THREATEN")
    assert threat.recipient is not None and "Israeli forces" in threat.recipient.text


def test_events_revenge_for_the_attack_told_just_before(extract):
    text = (
        "An Israeli air strike killed a senior Hamas commander in Gaza City on Monday. "
        "Hamas vowed revenge."
    )
    threat = of_type(extract(text, published="2024-05-10"), "THREATEN")
    assert threat.recipient is not None and "Israeli" in threat.recipient.text


@pytest.mark.parametrize(
    "text, recipient",
    [
        (
            "An Israeli air strike killed a senior Hezbollah commander in Beirut on Tuesday. "
            "Hezbollah vowed to avenge his death.",
            "Israeli",
        ),
        ("The group swore revenge for the assassination of its leader by Israel.", "Israel"),
        ("Iran vowed a harsh response to the United States.", "United States"),
    ],
)
def test_events_avenging_threatens_the_culprit(extract, text, recipient):
    threat = of_type(extract(text, published="2024-05-10"), "THREATEN")
    assert threat.recipient is not None and recipient in threat.recipient.text


def test_events_the_victim_avenged_is_no_recipient(extract):
    text = "Hezbollah vowed a response to the killing of its commander."
    record = extract(text, published="2024-05-10")
    threat = of_type(record, "THREATEN")
    assert threat.recipient is None or "commander" not in threat.recipient.text
    assert "AGREE" not in [e.type for e in record.events], described(record)


def test_events_revenge_reaches_back_only_a_little(extract):
    text = (
        "Rebels shelled the port city of Hodeidah on Monday. "
        "Aid agencies said food stocks were running low. "
        "The ministry said the harbour would stay closed for a week. "
        "Fishermen said their boats had not left the port for days. "
        "The army vowed revenge."
    )
    threat = of_type(extract(text, published="2024-05-10"), "THREATEN")
    assert threat.recipient is None, threat.recipient


def test_events_revenge_is_not_vowed_against_oneself(extract):
    # the party that vows revenge is also the subject of the other act: no recipient from it
    text = "The rebels vowed revenge after they lost the town to the army."
    threat = of_type(extract(text, published="2024-05-10"), "THREATEN")
    assert threat.recipient is None or "rebels" not in threat.recipient.text


# --- countermeasures and tariffs --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Moscow took countermeasures against the Baltic states on Thursday.",
        "The ministry said Beijing had taken countermeasures against Lithuania.",
    ],
)
def test_events_countermeasures_are_sanctions(extract, text):
    record = extract(text, published="2024-05-10")
    kinds = [e.type for e in record.events]
    assert "SANCTION" in kinds and "COERCE" not in kinds, described(record)
    assert "ASSAULT" not in kinds, described(record)


def test_events_countermeasures_announced_threaten_a_sanction(extract):
    text = "The ministry said Beijing would take resolute countermeasures against Lithuania."
    record = extract(text, published="2024-05-10")
    threat = of_type(record, "THREATEN")
    assert "sanction" in threat.pattern and threat.recipient.text == "Lithuania"
    assert "COERCE" not in [e.type for e in record.events], described(record)


@pytest.mark.parametrize(
    "text, recipient",
    [
        ("Washington raised tariffs on Chinese steel and aluminium on Monday.", "Chinese steel"),
        ("The European Union slapped new duties on Chinese electric cars.", "Chinese electric"),
    ],
)
def test_events_tariffs_raised_on_another_country_sanction(extract, text, recipient):
    event = of_type(extract(text, published="2024-05-10"), "SANCTION")
    assert event.status == "asserted"
    assert event.recipient is not None and recipient in event.recipient.text


def test_events_raising_money_is_no_sanction(extract):
    record = extract("The charity raised funds on behalf of the flood victims.")
    assert "SANCTION" not in [e.type for e in record.events]


# --- where a party is from -------------------------------------------------------------------


def test_events_party_phrase_runs_to_where_it_is_from(extract):
    record = extract(
        "A court in Kenya ordered the arrest of two opposition lawmakers on Tuesday.",
        published="2024-05-10",
    )
    event = of_type(record, "COERCE")
    assert event.actor is not None and event.actor.text == "court in Kenya"
    kenya = next(e for e in record.entities if e.name == "Kenya")
    assert event.actor.entity != kenya.id  # the court is not the country


def test_events_recipient_from_a_country_keeps_the_country_in_its_phrase(extract):
    record = extract(
        "Lithuania granted asylum to three dissidents from Belarus on Friday.",
        published="2024-05-10",
    )
    event = next(e for e in record.events if e.recipient is not None)
    assert event.recipient.text == "three dissidents from Belarus", described(record)


def test_events_named_party_takes_no_origin_phrase(extract):
    # a named head keeps its own name: "Reuters in London" is not a party phrase
    record = extract("Police in Kabul arrested Ahmad Karimi in Kandahar on Monday.")
    event = of_type(record, "COERCE")
    assert event.recipient is not None and event.recipient.text == "Ahmad Karimi"


# --- the doer named in the means of a killing ------------------------------------------------


@pytest.mark.parametrize(
    "text, actor",
    [
        (
            "Three teenagers were killed in Israeli artillery shelling near the border fence on "
            "Saturday, local health officials said.",
            "Israeli",
        ),
        ("Two civilians died in Syrian government shelling of the town.", "Syrian government"),
        ("Five people were wounded in shelling by government forces.", "government forces"),
    ],
)
def test_events_doer_of_the_means_is_the_actor(extract, text, actor):
    record = extract(text, published="2024-05-10")
    event = of_type(record, "ASSAULT")
    assert event.actor is not None and actor in event.actor.text, described(record)
    assert "civilians" not in event.actor.text


def test_events_unnamed_shelling_has_no_actor(extract):
    record = extract("Residents were woken in the night by heavy shelling.")
    assert all(e.actor is None for e in record.events if e.type == "ASSAULT"), described(record)


# --- met by force is no meeting ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The students were met by a wall of riot police at the university gates.",
        "Hundreds of marchers were met by riot police at the bridge on Sunday.",
    ],
)
def test_events_crowd_met_by_police_is_no_consultation(extract, text):
    record = extract(text, published="2024-05-10")
    assert "CONSULT" not in [e.type for e in record.events], described(record)


def test_events_delegation_met_by_a_minister_is_a_consultation(extract):
    text = "The Iranian delegation was met by the Turkish foreign minister at Ankara airport."
    event = of_type(extract(text, published="2024-05-10"), "CONSULT")
    assert "foreign minister" in event.actor.text and "delegation" in event.recipient.text


# --- taking control of something that is no place ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The finance minister took control of the central bank's foreign reserves.",
        "Police took control of the rally outside the stadium on Saturday.",
        "The FBI has taken control of the investigation into the shooting.",
    ],
)
def test_events_control_of_no_place_is_no_capture(extract, text):
    record = extract(text, published="2024-05-10")
    assert "ASSAULT" not in [e.type for e in record.events], described(record)


@pytest.mark.parametrize(
    "text, held",
    [
        ("Rebels took control of the town of Kidal on Sunday.", "Kidal"),
        ("The army took control of the presidential palace after a night of fighting.", "palace"),
        ("Government troops took control of the border crossing on Friday.", "crossing"),
    ],
)
def test_events_control_of_a_place_is_a_capture(extract, text, held):
    event = of_type(extract(text, published="2024-05-10"), "ASSAULT")
    assert held is None or held in event.recipient.text


@pytest.mark.parametrize(
    "text, recipient",
    [
        ("Beijing announced retaliatory measures against three US defence firms.", "firms"),
        ("Ottawa took retaliatory action against US steel producers on Monday.", "producers"),
        ("The government adopted reciprocal measures against Moscow.", "Moscow"),
    ],
)
def test_events_retaliatory_measures_are_sanctions(extract, text, recipient):
    record = extract(text, published="2024-05-10")
    event = of_type(record, "SANCTION")
    assert "COERCE" not in [e.type for e in record.events], described(record)
    assert event.recipient is not None and recipient in event.recipient.text


def test_events_warning_of_retaliatory_action_threatens_the_one_warned(extract):
    text = "Canada has warned Brussels that it will take retaliatory action if the tariffs stay."
    threat = of_type(extract(text, published="2024-05-10"), "THREATEN")
    assert threat.actor.text == "Canada" and threat.recipient.text == "Brussels"


def test_events_measures_against_inflation_are_no_sanction(extract):
    record = extract("The central bank announced new measures to curb inflation.")
    assert "SANCTION" not in [e.type for e in record.events], described(record)


# --- the new readings keep their status ------------------------------------------------------


@pytest.mark.parametrize(
    "text, status",
    [
        ("Washington has not yet raised tariffs on Chinese steel.", "negated"),
        ("If Washington raises tariffs on Chinese goods, Beijing will retaliate.", "hypothetical"),
        ("The EU is considering whether to slap duties on Chinese cars.", "intended"),
    ],
)
def test_events_tariffs_not_yet_raised_are_never_asserted(extract, text, status):
    record = extract(text, published="2024-05-10")
    tariffs = [e for e in record.events if e.type == "SANCTION"]
    assert tariffs and all(e.status == status for e in tariffs), described(record)


def test_events_place_before_a_gerund_is_no_doer(extract):
    # "asking" is a verb here, not a misread nominal act: the asylum seekers ask
    text = "Hundreds of migrants arrived in Italy asking for protection on Sunday."
    record = extract(text, published="2024-05-10")
    assert not any(e.actor is not None and e.actor.text == "Italy" for e in record.events), (
        described(record)
    )


def test_events_promised_response_to_a_petition_is_no_threat(extract):
    record = extract("The ministry promised a response to the petition by Friday.")
    assert "THREATEN" not in [e.type for e in record.events], described(record)


# --- a warning that a party would pay ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        ("Moscow warned that Kyiv would pay a heavy price for the attack.", "Moscow", "Kyiv"),
        (
            "Tehran warned that Israeli leaders would face a crushing response.",
            "Tehran",
            "Israeli leaders",
        ),
    ],
)
def test_events_warning_that_a_party_would_pay_threatens_it(extract, text, actor, recipient):
    threat = of_type(extract(text, published="2024-05-10"), "THREATEN")
    assert threat.actor.text == actor and recipient in threat.recipient.text


@pytest.mark.parametrize(
    "text",
    [
        "Economists warned that consumers would pay a higher price for petrol.",
        "Doctors warned that smokers would face serious health consequences.",
    ],
)
def test_events_warning_that_people_would_pay_is_no_threat(extract, text):
    record = extract(text, published="2024-05-10")
    assert "THREATEN" not in [e.type for e in record.events], described(record)


def test_events_act_of_whoever_might_do_it_is_hypothetical(extract):
    # the worst error: a warned-of attack coded as one that happened
    text = (
        "The president warned that anyone who attacked the country would face severe consequences."
    )
    record = extract(text, published="2024-05-10")
    attacks = [e for e in record.events if e.type == "ASSAULT"]
    assert attacks and all(e.status == "hypothetical" for e in attacks), described(record)
    threat = of_type(record, "THREATEN")
    assert threat.recipient is not None and threat.recipient.text.startswith("anyone")


def test_events_origin_phrase_takes_a_name_the_tagger_split(extract):
    text = "Soldiers of the Democratic Republic of the Congo's army shelled a rebel camp near Goma."
    event = of_type(extract(text, published="2024-05-10"), "ASSAULT")
    assert event.actor.text.endswith("Republic of the Congo"), event.actor
