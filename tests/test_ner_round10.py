"""Round 10 NER repairs, on hand-written modern news copy."""

from __future__ import annotations

from tests.test_entities import named, owner

PLATFORM = (
    "Members of the group sometimes refer to the site as “the province of Zorblat.” "
    "Zorblat said on Friday it had suspended 10,000 accounts. Zorblat has struggled to "
    "police its platform, and Zorblat shares fell 3 percent."
)


def test_a_figure_of_speech_does_not_make_a_company_a_place(extract):
    record = extract(PLATFORM)
    assert named(record, "Zorblat").type == "ORG"
    assert owner(record, PLATFORM, "Zorblat", 0).type == "ORG"


FRONT = (
    "Rebels seized the Mansour bridge on Monday and pushed into the Al Zuhour neighbourhood, "
    "residents said. Troops later retook the Karama crossing near the Tishreen dam."
)


def test_a_name_before_a_kind_of_facility_or_district_is_a_place(extract):
    record = extract(FRONT)
    assert named(record, "Mansour").type == "PLACE"  # spaCy: a person
    assert named(record, "Al Zuhour").type == "PLACE"  # spaCy: an organisation


MATCH = (
    "Napoli beat Bayern Munich 2-0 as Osimhen misses penalty\n\n"
    "NAPLES, Italy — Napoli beat Bayern Munich 2-0 at Fuorigrotta on Tuesday to stay top of "
    "their Champions League group, despite Victor Osimhen missing a penalty in the second "
    "half.\n\n"
    "Piotr Zielinski headed in the opener in the 40th minute and Khvicha Kvaratskhelia added "
    "a second ten minutes from time."
)


def test_where_a_game_was_played_is_a_ground(extract):
    record = extract(MATCH)
    assert named(record, "Fuorigrotta").type == "PLACE"  # spaCy: an organisation
    assert named(record, "Victor Osimhen").type == "PERSON"


def test_a_ground_after_at_is_no_person(extract):
    text = (
        "Everton beat Real Madrid 2-0 at Goodison on Wednesday to stay top of the Champions "
        "League table, despite Dwight McNeil missing a penalty in the second half. Sean Dyche "
        "praised his side."
    )
    record = extract(text)
    assert owner(record, text, "Goodison").type == "PLACE"  # spaCy: a person
    assert named(record, "Dwight McNeil").type == "PERSON"


def test_a_code_before_a_kind_of_product_is_the_product(extract):
    text = (
        "The company said it would stop selling its X90 chips to the region. Analysts said "
        "the X90 had been its best seller there."
    )
    record = extract(text)
    assert owner(record, text, "X90").type != "ORG"  # spaCy: an organisation


def test_a_headlines_opening_participle_is_no_part_of_the_name(extract):
    text = (
        "Striking Samsung nurses walk out over pay\n\n"
        "SEOUL (Reuters) - Hundreds of nurses at Samsung Medical Center began a two-day "
        "strike on Monday, their union said. Samsung said patient care was not affected."
    )
    record = extract(text)
    assert owner(record, text, "Samsung").name.startswith("Samsung")
    assert not any(e.name.startswith("Striking") for e in record.entities)


def test_a_place_name_runs_on_over_its_lower_case_particles(extract):
    text = (
        "Rescue teams reached the hills above the port on Friday. Others flew in from Ponte "
        "da Barca and Bergen op Zoom. Vasco da Gama sailed past the coast in 1497."
    )
    record = extract(text)
    assert named(record, "Bergen op Zoom").type == "PLACE"  # spaCy: "Bergen" alone
    assert named(record, "Ponte da Barca").type == "PLACE"  # spaCy: a person
    assert named(record, "Vasco da Gama").type == "PERSON"


def test_an_accented_given_name_opens_a_persons_name(extract):
    text = (
        "Benfica, who were without the injured Vinícius Souza, have now lost three of their "
        "five group games."
    )
    record = extract(text)
    assert named(record, "Vinícius Souza").type == "PERSON"  # spaCy: an organisation


def test_a_name_ending_in_an_organisation_word_is_an_organisation(extract):
    text = (
        "A spokesman for Virginia Modular Systems said the company would cooperate with the "
        "Charlotte Police in the investigation."
    )
    record = extract(text)
    assert named(record, "Virginia Modular Systems").type == "ORG"  # spaCy: a person
    assert named(record, "Charlotte Police").type == "ORG"  # spaCy: a person


def test_a_disease_acronym_is_no_organisation(extract):
    text = (
        "Health officials said the patient had CJD. Tests on the herd found BSE, and exports "
        "were halted. Shares on the Bombay Stock Exchange (BSE) fell."
    )
    record = extract(text)
    assert owner(record, text, "CJD") is None or owner(record, text, "CJD").type != "ORG"
    assert owner(record, text, "BSE") is None or owner(record, text, "BSE").type != "ORG"


DERBY = (
    "Newcastle beat Chelsea 2-0 as Bamford scores twice\n\n"
    "NEWCASTLE, England — Newcastle beat Chelsea 2-0 at Elland Road on Saturday to climb to "
    "third in the Premier League table.\n\n"
    "Patrick Bamford headed in the opener in the 30th minute. Newcastle manager Daniel Farke "
    "said his side deserved it."
)


def test_a_datelines_city_does_not_make_its_team_a_place(extract):
    record = extract(DERBY)
    assert owner(record, DERBY, "Newcastle", 1).type == "ORG"  # the team that won
    assert owner(record, DERBY, "NEWCASTLE").type == "PLACE"  # the dateline


def test_a_state_party_chair_is_no_town(extract):
    text = (
        "Indiana Republicans will pick a new nominee next week. “She is ready,” said Murray "
        "Palmer, a former state GOP chair who is supporting Brooks and has been in touch "
        "with her."
    )
    record = extract(text)
    assert named(record, "Murray Palmer").type == "PERSON"
