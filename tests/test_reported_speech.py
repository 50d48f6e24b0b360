"""Indirect (reported) speech on hand-written news text: the constructions PolNeAR-style
attribution needs beyond "X said that …"."""

from __future__ import annotations


def _quote_with(record, words: str):
    """The quote whose content holds ``words``."""
    hits = [q for q in record.quotes if words in q.content.text]
    assert hits, f"no quote holds {words!r}: {[q.content.text for q in record.quotes]}"
    return hits[0]


def _no_quote_with(record, words: str) -> None:
    assert not any(words in q.content.text for q in record.quotes), [
        q.content.text for q in record.quotes
    ]


# --- "as X noted, …" -----------------------------------------------------------------


def test_as_aside_before_the_clause_reports_the_clause(extract):
    record = extract(
        "The council met on Monday. And as the mayor pointed out, the new bridge will "
        "cut the commute by half."
    )
    quote = _quote_with(record, "the new bridge will cut the commute by half")
    assert quote.speaker is not None and quote.speaker.text == "the mayor"
    assert quote.cue is not None and "pointed out" in quote.cue.text
    # the aside itself is not part of what was pointed out
    assert not quote.content.text.startswith("And")
    assert "pointed" not in quote.content.text


def test_as_aside_after_the_clause_reports_the_clause(extract):
    record = extract(
        "Union membership has fallen for a decade, as the Labour Department reported on Friday."
    )
    quote = _quote_with(record, "Union membership has fallen for a decade")
    assert quote.speaker is not None and "Labour Department" in quote.speaker.text
    assert "reported" not in quote.content.text


def test_as_clause_of_time_or_manner_is_no_aside(extract):
    # "as it was written" has no speaker; "as he spoke" is when, not who vouches
    record = extract(
        "The bill was passed as it was written. The crowd cheered as he spoke to "
        "reporters outside the court."
    )
    _no_quote_with(record, "The bill was passed")
    _no_quote_with(record, "The crowd cheered")


# --- "went to … to assail X" ------------------------------------------------------------


def test_speech_act_in_a_purpose_clause(extract):
    record = extract(
        "Council Speaker Maria Lopez took to the steps of City Hall on Wednesday to "
        "assail the governor's housing record."
    )
    quote = _quote_with(record, "the governor's housing record")
    assert quote.speaker is not None and "Maria Lopez" in quote.speaker.text
    assert quote.cue is not None and "assail" in quote.cue.text


def test_meeting_held_to_discuss_a_topic(extract):
    record = extract(
        "The party chairman is calling a meeting of state leaders to discuss options for "
        "blocking the front-runner's path to the nomination."
    )
    quote = _quote_with(record, "options for blocking the front-runner's path")
    assert quote.speaker is not None and "chairman" in quote.speaker.text


def test_intention_in_an_infinitive_is_no_statement(extract):
    # an infinitive that is only a plan or a need, with no one set to speak
    record = extract(
        "Background checks will be expanded to add new categories of buyers next year."
    )
    _no_quote_with(record, "new categories of buyers")


# --- stance nouns with no holder named -------------------------------------------------


def test_stance_noun_without_holder_is_an_attribution(extract):
    record = extract(
        "Opposition to the new tariffs has united farmers and manufacturers across the "
        "state this year."
    )
    quote = _quote_with(record, "the new tariffs")
    assert quote.speaker is None
    assert quote.cue is not None and quote.cue.text.startswith("Opposition")


def test_request_for_comment_and_a_speech_day_are_no_content(extract):
    record = extract(
        "The senator spoke about jobs during a speech on Friday. Her office did not "
        "respond to a request for comment."
    )
    _no_quote_with(record, "Friday")
    _no_quote_with(record, "comment")


# --- "X has been a critic of Y" -----------------------------------------------------------


def test_holder_noun_as_what_the_subject_is(extract):
    record = extract(
        "Governor Ellen Marsh has long been an outspoken critic of the pipeline project."
    )
    quote = _quote_with(record, "the pipeline project")
    assert quote.speaker is not None and "Ellen Marsh" in quote.speaker.text
    assert quote.cue is not None and "critic" in quote.cue.text


def test_holder_noun_elsewhere_is_no_cue(extract):
    # a supporter named as a person, not as what the subject is, states nothing
    record = extract("Supporters of the pipeline project gathered outside the statehouse.")
    _no_quote_with(record, "the pipeline project")


# --- "X's response was that …" --------------------------------------------------------


def test_statement_noun_with_a_that_clause_after_be(extract):
    record = extract(
        "Asked about the tax plan, Senator Dana Whitfield's response was that families "
        "with children deserve a larger credit."
    )
    quote = _quote_with(record, "families with children deserve a larger credit")
    assert quote.speaker is not None and "Whitfield" in quote.speaker.text
    assert quote.cue is not None and "response was" in quote.cue.text
    # the cue and its owner are not part of what was said
    assert "response" not in quote.content.text


def test_unowned_statement_noun_has_no_speaker(extract):
    record = extract(
        "The idea is that donors who dislike the nominee can still give to the party's "
        "Senate candidates."
    )
    quote = _quote_with(record, "donors who dislike the nominee can still give")
    assert quote.speaker is None
    assert quote.cue is not None and quote.cue.text.startswith("The idea")


def test_writers_own_copular_framing_is_no_attribution(extract):
    # "the truth is", "the danger is", "the story is": the writer speaks, no one is cited
    record = extract(
        "The truth is that the county has never voted for a Republican. The danger is "
        "that turnout will fall in the spring."
    )
    _no_quote_with(record, "the county has never voted")
    _no_quote_with(record, "turnout will fall")


# --- stance adjectives with any holder ----------------------------------------------------


def test_stance_participle_with_a_common_noun_subject(extract):
    # "concerned" is tagged as a participle; neither subject is a named entity
    record = extract(
        "Several member states are concerned about the new border agreement. Some "
        "longtime fans were not fond of the decision to move the team to the suburbs."
    )
    concerned = _quote_with(record, "the new border agreement")
    assert concerned.speaker is not None and "member states" in concerned.speaker.text
    fond = _quote_with(record, "the decision to move the team")
    assert fond.speaker is not None and "longtime fans" in fond.speaker.text
    assert fond.cue is not None and "not fond" in fond.cue.text


def test_stance_word_in_a_passive_or_with_a_dummy_subject_is_no_cue(extract):
    record = extract(
        "The valley is divided by a narrow river. It is concerned with drainage rather "
        "than with anything anyone said."
    )
    _no_quote_with(record, "a narrow river")
    _no_quote_with(record, "drainage")


# --- publisher's notes ------------------------------------------------------------------


def test_editors_note_is_no_reporting(extract):
    record = extract(
        "The mayor said on Monday that the bridge would reopen in May.\n\n"
        "Editor's note: This article has been updated; the council said earlier that "
        "the bridge would reopen in April."
    )
    _quote_with(record, "the bridge would reopen in May")
    _no_quote_with(record, "the bridge would reopen in April")


# --- hearsay adverbs -----------------------------------------------------------------------


def test_reportedly_attributes_its_clause_to_unnamed_reports(extract):
    record = extract(
        "The carmaker Velto Motors is reportedly moving its headquarters from Detroit "
        "to Dallas next year."
    )
    quote = _quote_with(record, "moving its headquarters from Detroit to Dallas")
    assert quote.speaker is None
    assert quote.cue is not None and quote.cue.text == "reportedly"


def test_allegedly_is_no_attribution(extract):
    # the writer hedges a charge; PolNeAR does not treat it as reported speech
    record = extract("The driver allegedly ran a red light before the crash on Main Street.")
    _no_quote_with(record, "ran a red light")


# --- "who is expected to …" ---------------------------------------------------------------


def test_agentless_passive_cue_in_a_relative_clause(extract):
    record = extract(
        "The county will choose 40 delegates, who are expected to back the governor at "
        "the state convention in June."
    )
    quote = _quote_with(record, "to back the governor at the state convention")
    assert quote.speaker is None
    assert quote.cue is not None and "expected" in quote.cue.text


def test_relative_passive_cue_without_an_infinitive_reports_nothing(extract):
    record = extract(
        "The tax plan, which was announced on Monday, cuts rates for small firms by two points."
    )
    _no_quote_with(record, "on Monday")


def test_a_denial_or_admission_of_doing_something_reports_the_act(extract):
    record = extract(
        "The RSF denied targeting civilians and accused the army of bombing markets. "
        "The company admitted misleading investors."
    )
    denial = _quote_with(record, "targeting civilians")
    assert denial.cue.text == "denied" and denial.speaker.text == "The RSF"
    assert _quote_with(record, "misleading investors").cue.text == "admitted"


def test_a_relay_after_a_parenthetical_cue_stays_out_of_the_content(extract):
    record = extract(
        "The rebels have withdrawn from the town, the group said, according to Reuters."
    )
    quote = _quote_with(record, "withdrawn from the town")
    assert quote.content.text == "The rebels have withdrawn from the town"
    assert quote.speaker.text == "the group"
    assert quote.via is not None and quote.via.text == "Reuters"


def test_a_closing_according_to_is_no_part_of_the_content(extract):
    record = extract(
        'Senator Maria Delgado, the Democrat nicknamed the "Iron Lady of Tucson," said '
        "Tuesday that she would oppose the nominee for defense secretary, according to "
        "Reuters."
    )
    quote = _quote_with(record, "would oppose")
    assert quote.content.text.endswith("defense secretary")
    _no_quote_with(record, "Iron Lady")


def test_a_time_clause_after_an_aside_closing_the_clause_is_the_writers(extract):
    record = extract(
        "The coast guard fired warning shots at two fishing boats on Thursday, the "
        "navy said, hours after the neighbouring government warned it would respond "
        "to any incursion."
    )
    navy = next(q for q in record.quotes if q.cue and q.cue.text == "said")
    assert navy.content.text == (
        "The coast guard fired warning shots at two fishing boats on Thursday"
    )
    warned = next(q for q in record.quotes if q.cue and q.cue.text == "warned")
    assert warned.content.text == "it would respond to any incursion"
