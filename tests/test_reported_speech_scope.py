"""Where reported content starts and stops, and cue words PolNeAR-style attribution
counts that plain speech verbs miss; hand-written news text."""

from __future__ import annotations


def _quote_with(record, words: str):
    """The quote whose content holds ``words``."""
    hits = [q for q in record.quotes if words in q.content.text]
    assert hits, f"no quote holds {words!r}: {[q.content.text for q in record.quotes]}"
    return hits[0]


def test_trailing_relative_clause_with_a_cue_is_not_the_first_content(extract):
    record = extract(
        "Senator Jane Ortiz said the tariff would hurt the soybean farmers, who have "
        "complained about falling prices for two years."
    )
    quote = _quote_with(record, "the tariff would hurt the soybean farmers")
    assert quote.cue is not None and quote.cue.text == "said"
    assert "complained" not in quote.content.text
    assert "falling prices" not in quote.content.text


def test_relative_clause_without_a_cue_stays_in_the_content(extract):
    # "who grow most of the state's corn" says nothing anyone else said
    record = extract(
        "Senator Jane Ortiz said the tariff would hurt the soybean farmers, who grow most "
        "of the state's corn."
    )
    quote = _quote_with(record, "the tariff would hurt the soybean farmers")
    assert "most of the state's corn" in quote.content.text


def test_recalling_an_event_reports_it(extract):
    # "recalling" has no subject of its own: the object is what the speaker recalled
    record = extract(
        "The mayor spoke for an hour at the town hall, recalling the flood of 1997 that "
        "destroyed the old bridge."
    )
    quote = _quote_with(record, "the flood of 1997")
    assert quote.cue is not None and "recalling" in quote.cue.text


def test_a_description_subject_stressing_a_point(extract):
    # "The senator" is no named entity, yet what she stressed is still her statement
    record = extract("The senator stressed the need for a new water plant in the valley.")
    quote = _quote_with(record, "the need for a new water plant")
    assert quote.cue is not None and "stressed" in quote.cue.text
    assert quote.speaker is not None and quote.speaker.text == "The senator"


def test_cast_as_is_a_portrayal(extract):
    record = extract(
        "The governor has cast the new pipeline as a threat to the state's drinking water."
    )
    quote = _quote_with(record, "a threat to the state's drinking water")
    assert quote.cue is not None and "cast" in quote.cue.text
    assert "the new pipeline" in quote.content.text


def test_cast_a_vote_is_no_attribution(extract):
    record = extract("Residents of the county cast their votes at the school on Tuesday.")
    assert not record.quotes, [q.content.text for q in record.quotes]


def test_according_to_a_survey_vouches_for_a_stance_in_its_clause(extract):
    # "has support from" is no statement of the governor's: the survey says it
    record = extract(
        "According to a new Gallup survey, the governor has support from 61 percent of "
        "voters in the state."
    )
    quote = _quote_with(record, "the governor has support from 61 percent")
    assert quote.cue is not None and quote.cue.text == "According to"
    assert quote.speaker is not None and "Gallup survey" in quote.speaker.text


def test_according_to_a_person_vouches_for_the_whole_clause(extract):
    record = extract(
        "According to a county official familiar with the talks, the developer told "
        "investors that it had dropped its plan for a second tower."
    )
    quote = _quote_with(record, "the developer told investors")
    assert quote.cue is not None and quote.cue.text == "According to"
    assert quote.speaker is not None and "county official" in quote.speaker.text
    assert "second tower" in quote.content.text


def test_according_to_an_outlet_only_relays_the_statement(extract):
    record = extract("According to Reuters, the minister said the border would reopen on Monday.")
    quote = _quote_with(record, "the border would reopen on Monday")
    assert quote.speaker is not None and quote.speaker.text == "the minister"
    assert quote.via is not None and quote.via.text == "Reuters"
    assert not any(q.speaker is not None and q.speaker.text == "Reuters" for q in record.quotes)


def test_according_to_reports_only_relays_the_statement(extract):
    record = extract(
        "The union leader told a meeting of shop stewards that the strike would go ahead, "
        "according to reports from the plant."
    )
    quote = _quote_with(record, "the strike would go ahead")
    assert quote.speaker is not None and quote.speaker.text == "The union leader"
    assert quote.via is not None and "reports" in quote.via.text


def test_a_naming_participle_is_no_attribution(extract):
    record = extract(
        "A new group called Voters First is running ads in Ohio, and a consulting firm "
        "named Blue Harbor Partners is paying for them."
    )
    assert not any(q.content.text == "Voters First" for q in record.quotes), [
        q.content.text for q in record.quotes
    ]
    assert not any("Blue Harbor" in q.content.text for q in record.quotes)


def test_calling_something_a_name_is_still_a_characterisation(extract):
    record = extract("The mayor called the stadium plan a disaster for taxpayers.")
    quote = _quote_with(record, "a disaster for taxpayers")
    assert quote.cue is not None and quote.cue.text == "called"


def test_verbal_blame_of_an_actor_is_a_stance(extract):
    # PolNeAR marks "criticized X" as an attribution whose content is X; "attacked X"
    # stays out, as it is as often force ("Russia attacked Ukraine").
    record = extract("Finance Minister Fernando Haddad criticized the central bank on Tuesday.")
    quote = _quote_with(record, "the central bank")
    assert quote.cue is not None and quote.cue.text == "criticized"
    assert quote.speaker is not None and "Haddad" in quote.speaker.text
    assert "Tuesday" not in quote.content.text


def test_a_question_put_to_the_speaker_is_not_her_answer(extract):
    record = extract(
        "Asked by a reporter whether she had rehearsed her speech, she said, "
        '"I read it once over, and that is all."'
    )
    answer = _quote_with(record, "I read it once over")
    assert answer.speaker is not None and answer.speaker.text == "she"
    assert "Asked" not in answer.content.text
    assert "rehearsed" not in answer.content.text
    question = _quote_with(record, "whether she had rehearsed her speech")
    assert question.cue is not None and question.cue.text.startswith("Asked")


def test_saying_participle_after_that_clause_is_a_statement_of_its_own(extract):
    record = extract(
        'Holt argued that a new registry would stop fraud, saying it is "all about accountability."'
    )
    contents = [q.content.text for q in record.quotes]
    assert any(c.startswith("that a new registry would stop fraud") for c in contents)
    assert not any("saying" in c for c in contents)
    saying = [q for q in record.quotes if "accountability" in q.content.text]
    assert saying and saying[0].speaker is not None and saying[0].speaker.text == "Holt"


def test_as_aside_with_its_own_comma_vouches_for_the_clause(extract):
    record = extract(
        "As the Holt campaign noted, the governor raised more than $2 million "
        "from oil companies in 2019."
    )
    quote = _quote_with(record, "the governor raised more than $2 million")
    assert quote.cue is not None and quote.cue.text == "noted"
    assert quote.speaker is not None and "Holt campaign" in quote.speaker.text
