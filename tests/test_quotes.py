"""Quotation extraction on hand-written news text: typography, layouts, attribution."""

from __future__ import annotations

import pytest

from newsgraph.extract.quote_marks import find_quote_spans
from quote_helpers import by_content as _by_content
from quote_helpers import speaker_name as _speaker_name

# --- quotation marks ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        (
            'He said "we will rebuild the bridge by May" on Monday.',
            "we will rebuild the bridge by May",
        ),
        (
            "He said “we will rebuild the bridge by May” on Monday.",
            "we will rebuild the bridge by May",
        ),
        (
            "He said ‘we will rebuild the bridge by May’ on Monday.",
            "we will rebuild the bridge by May",
        ),
        ("Il a dit « nous reconstruirons le pont » lundi.", "nous reconstruirons le pont"),
        ("— We will rebuild the bridge, — said the mayor.", "We will rebuild the bridge,"),
    ],
)
def test_quote_marks_every_typography(text, inner):
    spans = find_quote_spans(text)
    assert len(spans) == 1
    start, end = spans[0].inner(text)
    assert text[start:end] == inner


def test_quote_marks_apostrophes_are_not_quotes():
    text = "The players’ union said the club’s offer wasn’t enough, and we’ve heard it before."
    assert find_quote_spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        '"Unclosed at the very end',
        "“Unclosed curly\nNext paragraph without marks.",
        '” stray closer " and " more " marks "',
        "‘",
        "",
        "He said: «",
    ],
)
def test_quote_marks_unbalanced_never_raise(text):
    for span in find_quote_spans(text):
        assert 0 <= span.start < span.end <= len(text)


def test_quote_marks_unclosed_quote_ends_at_paragraph_end():
    text = "“We will not leave,” she said. “The town is ours\nThe council met on Friday."
    spans = find_quote_spans(text)
    assert len(spans) == 2
    assert spans[1].closed is False
    assert text[spans[1].start : spans[1].end] == "“The town is ours"


def test_quote_marks_run_on_paragraphs_are_chained_spans():
    text = "“The first paragraph ends without a mark.\n“The second one closes it,” he said."
    spans = find_quote_spans(text)
    assert len(spans) == 2
    assert text[spans[0].start : spans[0].end] == "“The first paragraph ends without a mark."
    assert (spans[0].closed, spans[0].runs_on) == (False, False)
    assert text[spans[1].start : spans[1].end] == "“The second one closes it,”"
    assert (spans[1].closed, spans[1].runs_on) == (True, True)


# --- direct quotes and layouts --------------------------------------------------------

REPORT = (
    "The mayor of Riverton, Jane Holloway, faced angry residents on Monday.\n"
    "“We will rebuild the bridge before the winter,” Holloway told reporters at city hall. "
    "“Nobody will be left stranded.”\n"
    "She later defended the plan. “The money is already in the budget,” she said, "
    "according to the Riverton Gazette.\n"
    "Local businesses were skeptical. Tom Baxter, who runs a bakery near the river, said "
    "the repairs would come too late for the summer season.\n"
    "“I have heard these promises before,” said Baxter, the chairman of the Riverton "
    "Chamber of Commerce. “My customers cannot wait another year.”\n"
)


@pytest.fixture(scope="module")
def report(extract):
    return extract(REPORT, published="2023-05-02")


def test_direct_quote_with_name_after_and_addressee(report):
    quote = _by_content(report, "We will rebuild the bridge")
    assert quote.kind == "direct"
    assert quote.cue.text == "told"
    assert "Holloway" in _speaker_name(report, quote)
    assert quote.addressee is not None and quote.addressee.text.startswith("reporters")


def test_continuation_inherits_speaker(report):
    first = _by_content(report, "We will rebuild the bridge")
    second = _by_content(report, "Nobody will be left stranded")
    assert second.continues == first.id
    assert second.speaker.entity == first.speaker.entity


def test_said_name_role_of_org_layout(report):
    quote = _by_content(report, "I have heard these promises before")
    assert quote.cue.text == "said"
    assert "Baxter" in _speaker_name(report, quote)
    assert quote.speaker.text.startswith("Baxter")


def test_indirect_speech_with_that_less_clause(report):
    quote = _by_content(report, "the repairs would come too late")
    assert quote.kind == "indirect"
    assert quote.cue.text == "said"
    assert "Baxter" in _speaker_name(report, quote)


def test_pronoun_speaker_resolves_to_last_speaker(report):
    # Known limit of the fallback: no gender agreement, so "she" takes the most recent
    # person speaker; the entities stage resolves pronouns properly when it can.
    quote = _by_content(report, "The money is already in the budget")
    assert quote.speaker.text == "she"
    assert "Holloway" in _speaker_name(report, quote)


def test_according_to_outlet_is_relay_not_speaker(report):
    quote = _by_content(report, "The money is already in the budget")
    assert quote.via is not None and "Gazette" in quote.via.text
    assert "Gazette" not in (quote.speaker.text if quote.speaker else "")


def test_first_person_in_quote_joins_speaker(report):
    quote = _by_content(report, "My customers cannot wait")
    entity = report.entity(quote.speaker.entity)
    texts = {(m.start, m.text) for m in entity.mentions}
    i_pos = REPORT.index("I have heard")
    my_pos = REPORT.index("My customers")
    assert (i_pos, "I") in texts
    assert (my_pos, "My") in texts


def test_contents_are_article_slices(report):
    for quote in report.quotes:
        assert REPORT[quote.content.start : quote.content.end] == quote.content.text


# --- what is not a quote -------------------------------------------------------------


def test_nickname_is_not_a_quote(extract):
    text = (
        "The general, dubbed the “Desert Fox” by his troops, was promoted in 1941. "
        "He was later known as the 'Old Man of the Mountains' after retiring to the Alps."
    )
    record = extract(text)
    assert not any("Desert Fox" in q.content.text for q in record.quotes)
    assert not any("Old Man" in q.content.text for q in record.quotes)


def test_title_of_work_and_scare_quotes_are_not_quotes(extract):
    text = (
        "Critics praised the film “A Long Way Home Again” at the festival. "
        "The so-called “reform” changed little, and the “experts” were silent."
    )
    record = extract(text)
    assert record.quotes == [] or all(q.kind != "direct" for q in record.quotes)


# --- unnamed groups, layouts ----------------------------------------------------------


def test_group_speakers_have_no_entity(extract):
    text = (
        "Officials said the border crossing would reopen on Thursday. "
        "Some believe the delay was political, while others argue the checks were needed."
    )
    record = extract(text)
    officials = _by_content(record, "the border crossing would reopen")
    assert officials.speaker.text == "Officials"
    assert officials.speaker_kind == "group"
    assert officials.speaker.entity is None
    some = _by_content(record, "the delay was political")
    assert some.speaker.text == "Some"
    assert some.speaker_kind == "group"


def test_dash_layout_names_speaker_after_quote(extract):
    text = (
        "Protesters gathered outside the ministry on Sunday.\n"
        "“We are not going anywhere until the law is withdrawn.” — Maria Lopez, a nurse\n"
    )
    record = extract(text)
    quote = _by_content(record, "We are not going anywhere")
    assert quote.speaker is not None and quote.speaker.text.startswith("Maria Lopez")


def test_colon_layout_names_speaker_before_quote(extract):
    text = "Prime Minister Sara Lindqvist: “Our country will not bow to threats from anyone.”\n"
    record = extract(text)
    quote = _by_content(record, "Our country will not bow")
    assert quote.speaker.text == "Prime Minister Sara Lindqvist"
    assert quote.cue.text == ":"


def test_multi_paragraph_quote_is_one_quote(extract):
    text = (
        "The chief executive spoke at length. “We made mistakes last year and we own them.\n"
        "“This year we will do better, and our workers will see it first,” said Daniel Okafor.\n"
    )
    record = extract(text)
    first = _by_content(record, "We made mistakes")
    second = _by_content(record, "our workers will see it first")
    assert "\n" not in first.content.text
    assert second.continues == first.id
    assert _speaker_name(record, first) == _speaker_name(record, second) == "Daniel Okafor"


def test_short_first_paragraph_of_a_run_on_quote_is_kept(extract):
    text = (
        "The union leader was asked whether the strike would end.\n"
        "“Never.\n"
        "“We will stay out until the last contract is signed,” said Maria Lopes.\n"
    )
    record = extract(text)
    first = _by_content(record, "Never.")
    second = _by_content(record, "We will stay out")
    assert second.continues == first.id
    assert _speaker_name(record, first) == "Maria Lopes"


def test_run_on_paragraphs_continue_the_speaker_named_before(extract):
    text = (
        "KINGSTON, Jamaica — Heavy rain flooded the coastal road on Sunday, police said.\n\n"
        "“The water came up to the windows in minutes,” fisherman Desmond Clarke said "
        "from his porch.\n\n"
        "“We lost two boats and all our nets. Nobody warned us.\n\n"
        "“We will need help to start again.”\n\n"
        "The government did not comment on the damage.\n"
    )
    record = extract(text)
    first = _by_content(record, "The water came up")
    middle = _by_content(record, "We lost two boats")
    last = _by_content(record, "We will need help to start again.")
    assert middle.continues == first.id and last.continues == middle.id
    assert last.kind == "direct"
    assert "We will need" not in middle.content.text
    assert {_speaker_name(record, q) for q in (first, middle, last)} == {"Desmond Clarke"}


def test_unbalanced_quote_does_not_break_extraction(extract):
    text = (
        "“We will appeal the ruling, the lawyer said on Tuesday.\n"
        "The court had rejected the claim that the contract was void.\n"
    )
    record = extract(text)
    assert record.errors == []


def test_tweet_is_social_media_and_told_outlet_is_interview(extract):
    text = (
        "Senator Mark Ellison tweeted that the vote would be delayed until next week. "
        "He later told CNN that he expected the bill to pass."
    )
    record = extract(text)
    tweet = _by_content(record, "the vote would be delayed")
    assert tweet.channel == "social_media"
    told = _by_content(record, "he expected the bill to pass")
    assert told.addressee is not None and told.addressee.text == "CNN"
    assert told.channel == "interview"
    assert told.speaker.text == "He"
    assert "Ellison" in _speaker_name(record, told)


def test_outlet_reporting_is_relay(extract):
    text = "Reuters reported that the central bank would raise interest rates in March."
    record = extract(text)
    quote = _by_content(record, "the central bank would raise")
    assert quote.speaker is None
    assert quote.via is not None and quote.via.text == "Reuters"


def test_mixed_quote_keeps_partial_quote(extract):
    text = (
        "The minister insisted the talks were aimed at a “lasting settlement” between the two "
        "sides."
    )
    record = extract(text)
    quote = _by_content(record, "lasting settlement")
    assert quote.kind == "mixed"
    assert quote.cue.text == "insisted"


def test_embedded_post_signed_below(extract):
    text = (
        "Reaction online was swift.\n\n"
        "The council vote tonight was a disgrace and residents deserve better\n\n"
        "— Maria Alvarez (@malvarez) March 3, 2022\n\n"
        "The council did not respond."
    )
    record = extract(text)
    quote = _by_content(record, "The council vote tonight was a disgrace")
    assert quote.speaker.text == "Maria Alvarez"
    assert quote.channel == "social_media"
    assert not any("@malvarez" in q.content.text for q in record.quotes)


def test_possessor_of_a_stance_noun_speaks(extract):
    text = "The governor’s sharp criticism of the pipeline project surprised her own party."
    record = extract(text)
    quote = _by_content(record, "the pipeline project")
    assert quote.speaker.text == "The governor"
    assert quote.cue.text == "criticism"


def test_headline_verb_read_as_name_still_attributes(extract):
    text = "Mayor Demands Council Resign Over Budget Scandal\n\nThe mayor spoke on Monday."
    record = extract(text)
    quote = _by_content(record, "Council Resign Over Budget Scandal")
    assert quote.speaker.text == "Mayor"
    assert quote.cue.text == "Demands"


def test_speaker_never_crosses_a_paragraph(extract):
    text = "Senate Passes Farm Bill\n\nThe bill was called a victory by farmers."
    record = extract(text)
    for quote in record.quotes:
        if quote.speaker is not None:
            assert "\n" not in quote.speaker.text


# --- speaker resolution and dates said on another day --------------------------------


def test_she_resolves_to_the_woman_not_the_last_named_man(extract):
    record = extract(
        "Governor Alice Barton met the union leaders on Monday in Springfield. "
        "Mr. Daniel Ortiz, the union's lawyer, had asked for the meeting weeks ago.\n\n"
        '"We are not going to close the plant," she said after the talks.',
        published="2023-05-02",
    )
    quote = _by_content(record, "close the plant")
    assert quote.speaker is not None and quote.speaker.text == "she"
    assert _speaker_name(record, quote) == "Alice Barton"


def test_today_inside_an_op_ed_quote_is_read_against_the_op_ed_date(extract):
    text = (
        "Maria Lopez, the mayor of Springfield, wrote in an op-ed for the Boston Globe "
        'on March 3: "Today the city council failed the people who elected it."\n\n'
        "The council has not replied. It meets again today."
    )
    record = extract(text, published="2021-03-10")
    quote = _by_content(record, "city council failed")
    assert quote.date is not None
    inside = next(d for d in record.dates if d.start == text.index("Today"))
    assert inside.value == "2021-03-03" and inside.anchor == "2021-03-03"
    # The article's own "today" keeps the publication date; ids stay unique.
    outside = next(d for d in record.dates if d.start == text.rindex("today"))
    assert outside.value == "2021-03-10"
    assert len({d.id for d in record.dates}) == len(record.dates)


# --- stances PolNeAR counts as attributions ---------------------------------------


def test_stance_constructions_are_attributions(extract):
    text = (
        "In a Quinnipiac poll released on Monday, Governor Ray Dunlop held a narrow lead "
        "over his challenger.\n\n"
        "Senator Helen Price raised questions about the budget office's forecasts. "
        "Mr. Dunlop defended his record on school funding at a town hall in Dover.\n\n"
        "He thinks the race is close, aides said."
    )
    record = extract(text, published="2023-10-03")
    poll = _by_content(record, "held a narrow lead")
    assert poll.speaker is not None and "poll" in poll.speaker.text
    questions = _by_content(record, "the budget office's forecasts")
    assert _speaker_name(record, questions) == "Helen Price"
    assert "questions" in questions.cue.text
    record_quote = _by_content(record, "his record on school funding")
    assert record_quote.cue.text == "defended"
    # "He thinks …" under a pronoun is an aside; the attribution is to the aides.
    assert not any(q.cue is not None and q.cue.text == "thinks" for q in record.quotes)


def test_seemed_to_is_the_writers_reading_with_no_speaker(extract):
    record = extract(
        "The mayor, Tom Alvarez, appeared to lose his temper while answering questions "
        "about the stadium deal on Thursday night.",
        published="2023-06-09",
    )
    quote = _by_content(record, "lose his temper")
    assert quote.cue is not None and quote.cue.text == "appeared"
    assert quote.speaker is None
    assert "Tom Alvarez" in quote.content.text


def test_poll_share_is_the_speaker(extract):
    record = extract(
        "The poll was conducted by telephone last week. About 4 in 10 say they want the "
        "next president to have more liberal policies.",
        published="2016-02-21",
    )
    quote = _by_content(record, "the next president")
    assert quote.speaker is not None and "4 in 10" in quote.speaker.text


def test_poll_shares_and_trailing_poll_sources(extract):
    record = extract(
        "Mayor Ruth Okafor led her challenger by nine points in a Marist poll.\n\n"
        "About three-quarters of likely voters support a ban on new casinos.",
        published="2023-09-14",
    )
    lead = _by_content(record, "led her challenger")
    assert lead.speaker is not None and "poll" in lead.speaker.text
    ban = _by_content(record, "a ban on new casinos")
    assert ban.cue.text == "support" and "three-quarters" in ban.speaker.text


def test_quotes_speaker_in_apposition_is_the_named_person_not_the_nationality(extract):
    record = extract(
        "The foreign ministers of Armenia and Azerbaijan met in Brussels on Thursday. "
        "Armenian Foreign Minister Ararat Mirzoyan said the meeting had been useful. "
        "His Azerbaijani counterpart, Jeyhun Bayramov, told journalists that Baku was ready "
        "to sign a peace treaty.",
        published="2022-11-18",
    )
    quote = next(q for q in record.quotes if "Baku was ready" in q.content.text)
    assert record.entity(quote.speaker.entity).name == "Jeyhun Bayramov"
    assert not any(e.type == "PERSON" and e.name == "Azerbaijani" for e in record.entities)


def test_attribution_inside_reported_content_is_not_a_second_quote(extract):
    record = extract(
        "Senator Dana Whitfield said the governor wants to close three rural hospitals "
        "before the winter.",
        published="2023-03-02",
    )
    assert len(record.quotes) == 1
    quote = record.quotes[0]
    assert quote.cue.text == "said"
    assert quote.content.text.startswith("the governor wants")
    assert _speaker_name(record, quote) == "Dana Whitfield"


def test_continuation_skips_a_side_remark_in_the_attribution_sentence(extract):
    record = extract(
        "“We have won ten states. He has won three,” Mayor Lena Ortiz said, referring to "
        "her rival. “Last week I was a million votes ahead of him.”",
        published="2023-03-02",
    )
    first = _by_content(record, "won ten states")
    second = _by_content(record, "a million votes ahead")
    assert second.continues == first.id
    assert _speaker_name(record, second) == "Lena Ortiz"


def test_a_second_attribution_coordinated_onto_reported_content_stands_alone(extract):
    record = extract(
        "Senator Maria Lopez said the tax plan would hurt small farms, and she accused "
        "the governor of hiding its cost.",
        published="2023-03-02",
    )
    said = _by_content(record, "the tax plan would hurt")
    assert "accused" not in said.content.text
    assert said.content.text.endswith("small farms")


def test_passive_cue_without_agent_names_no_source(extract):
    record = extract(
        "Governor Alan Brooks is expected to sign the budget before the end of the week.",
        published="2023-03-02",
    )
    quote = _by_content(record, "to sign the budget")
    assert quote.speaker is None
    assert quote.content.text.startswith("Governor Alan Brooks")


def test_charge_and_object_are_one_content(extract):
    record = extract(
        "Senator Ruth Adler accused the mayor of hiding the cost of the stadium.",
        published="2023-03-02",
    )
    quote = _by_content(record, "the mayor")
    assert quote.content.text == "the mayor of hiding the cost of the stadium"
    assert _speaker_name(record, quote) == "Ruth Adler"


def test_quote_after_a_lead_in_sentence_ending_in_a_colon(extract):
    record = extract(
        "When the session ended, Mayor Lena Ortiz released the following statement:\n\n"
        "“We will rebuild every school that the flood destroyed, and we will start "
        "this summer.”",
        published="2023-03-02",
    )
    quote = _by_content(record, "rebuild every school")
    assert quote.cue is not None and quote.cue.text == "released"
    assert _speaker_name(record, quote) == "Lena Ortiz"


def test_a_shortened_year_is_not_an_opening_quote():
    text = "Johnson said in ‘08 that the early vote threw old assumptions into doubt."
    assert find_quote_spans(text) == []


def test_short_quote_after_he_said_continues_the_speech(extract):
    record = extract(
        "Asked about the lawsuits, the mayor shrugged. “They sue,” Mayor Lena Ortiz said. "
        "“Everybody sues, right?”",
        published="2023-03-02",
    )
    second = _by_content(record, "Everybody sues")
    first = _by_content(record, "They sue")
    assert second.continues == first.id
    assert _speaker_name(record, second) == "Lena Ortiz"


def test_long_noun_phrase_after_said_is_the_content(extract):
    record = extract(
        "When the moderator pressed him, the candidate said families of people hurt by "
        "the floods file lawsuits.",
        published="2023-03-02",
    )
    quote = _by_content(record, "families of people")
    assert quote.cue.text == "said"
    assert quote.speaker is not None and quote.speaker.text == "the candidate"


def test_an_unclosed_quote_stops_before_its_attribution():
    text = (
        "“There was not a lot of help for parents in those years, said Kessel, whose "
        "group backs the bill.\n\nOther families found their own way."
    )
    spans = find_quote_spans(text)
    assert len(spans) == 1
    start, end = spans[0].inner(text)
    assert text[start:end] == "There was not a lot of help for parents in those years,"


def test_stance_verbs_take_their_object_but_never_a_direct_quote(extract):
    record = extract(
        "Governor Alan Brooks unveiled a plan to rebuild the northern bridges. "
        "“We will finish by May,” said Mark Stevens, a spokesman, after he invoked "
        "the memory of the 1998 flood.",
        published="2023-03-02",
    )
    plan = _by_content(record, "a plan to rebuild")
    assert plan.cue.text == "unveiled" and _speaker_name(record, plan) == "Alan Brooks"
    quote = _by_content(record, "We will finish by May")
    assert quote.cue.text == "said"
    assert _speaker_name(record, quote) == "Mark Stevens"


def test_a_possessive_inside_the_speaker_phrase_is_not_the_speaker(extract):
    record = extract(
        "Governor Alan Brooks unveiled a plan on Monday. “We will finish by May,” said "
        "his spokeswoman.",
        published="2023-03-02",
    )
    quote = _by_content(record, "We will finish by May")
    assert quote.speaker is not None and quote.speaker.text == "his spokeswoman"
    assert quote.speaker.entity is None


def test_possessor_of_a_vow_to_act_is_the_source(extract):
    record = extract(
        "Mayor Lena Ortiz spoke on Monday. Her vow to close the landfill angered residents.",
        published="2023-03-02",
    )
    quote = _by_content(record, "to close the landfill")
    assert quote.content.text.startswith("to close the landfill")
    assert quote.cue.text == "vow"
    assert _speaker_name(record, quote) == "Lena Ortiz"


def test_the_poll_is_the_poll_named_before(extract):
    record = extract(
        "A Quinnipiac University poll found that most voters oppose the new stadium.\n\n"
        "The poll also found that a third of voters want a referendum on the tax.",
        published="2023-03-02",
    )
    first = _by_content(record, "most voters oppose")
    second = _by_content(record, "a third of voters")
    assert first.speaker.entity is not None
    assert second.speaker.entity == first.speaker.entity


def test_they_after_an_organisation_speaker(extract):
    record = extract(
        "The Ohio Education Association rejected the offer on Monday.\n\n"
        "They said the raise was too small to keep young teachers.",
        published="2023-03-02",
    )
    quote = _by_content(record, "the raise was too small")
    assert "Ohio Education Association" in (_speaker_name(record, quote) or "")


def test_passive_charge_names_no_source_and_keeps_the_subject(extract):
    record = extract(
        "The former treasurer was accused of moving city funds into a private account.",
        published="2023-03-02",
    )
    quote = _by_content(record, "moving city funds")
    assert quote.speaker is None
    assert quote.cue.text == "was accused"
    assert quote.content.text.startswith("The former treasurer")


def test_two_apostrophes_are_a_double_quote(extract):
    text = (
        "''Humility is something I love about the family,'' said Gregory Slayton, "
        "a former ambassador. ''I'm bilingual, I'm bicultural,'' he added."
    )
    spans = find_quote_spans(text)
    inner = [text[slice(*s.inner(text))] for s in spans]
    assert inner == [
        "Humility is something I love about the family,",
        "I'm bilingual, I'm bicultural,",
    ]
    record = extract(text, published="2016-01-19")
    quote = _by_content(record, "Humility is something")
    assert quote.kind == "direct" and _speaker_name(record, quote) == "Gregory Slayton"


def test_a_relative_clause_on_a_closing_name_is_the_writers_aside(extract):
    record = extract(
        "The candidates say they are not avoiding Governor Ruth Adler, who has been "
        "battered in recent weeks by the budget scandal.",
        published="2023-03-02",
    )
    quote = _by_content(record, "they are not avoiding")
    assert quote.content.text == "they are not avoiding Governor Ruth Adler"


def test_cue_keeps_auxiliaries_negation_and_its_preposition(extract):
    record = extract(
        "Senator Ruth Adler has not endorsed the plan. Mayor Lena Ortiz has called for "
        "a new vote on the stadium.",
        published="2023-03-02",
    )
    assert _by_content(record, "the plan").cue.text == "has not endorsed"
    assert _by_content(record, "a new vote").cue.text == "has called for"


def test_a_second_cue_sharing_the_subject_is_its_own_statement(extract):
    record = extract(
        "Governor Alan Brooks said he found the proposal interesting and predicted that "
        "the council would pass it in June.",
        published="2023-03-02",
    )
    said = _by_content(record, "he found the proposal")
    assert "predicted" not in said.content.text
    predicted = _by_content(record, "the council would pass it")
    assert predicted.cue.text == "predicted"
    assert _speaker_name(record, predicted) == "Alan Brooks"


def test_it_is_the_subject_of_an_active_cue(extract):
    record = extract(
        "Twitter suspended 125,000 accounts last year.\n\n"
        "It also said it had expanded the teams that review reports of extremism.",
        published="2016-02-08",
    )
    quote = _by_content(record, "it had expanded the teams")
    assert quote.speaker is not None and quote.speaker.text == "It"


def test_a_verb_in_a_relative_clause_does_not_introduce_the_quote(extract):
    record = extract(
        "Colonel Dana Ruiz, who has spoken with dozens of officers, warned that “we do "
        "not have a strategy for the border.”",
        published="2023-03-02",
    )
    quote = _by_content(record, "we do not have a strategy")
    assert quote.cue.text == "warned"
    assert _speaker_name(record, quote) == "Dana Ruiz"


def test_belief_about_an_object_taken_as_something(extract):
    record = extract(
        "Many voters see Governor Alan Brooks as the stronger candidate in November.",
        published="2023-03-02",
    )
    quote = _by_content(record, "Alan Brooks as the stronger candidate")
    assert quote.cue.text == "see"
    assert quote.speaker is not None and quote.speaker.text == "Many voters"


def test_first_and_third_person_beliefs_are_attributions(extract):
    record = extract(
        "I think the council made a serious mistake when it closed the library.",
        published="2023-03-02",
    )
    quote = _by_content(record, "the council made a serious mistake")
    assert quote.speaker is not None and quote.speaker.text == "I"
    record = extract(
        "Mayor Lena Ortiz spoke on Monday. She thinks the council made a serious mistake.",
        published="2023-03-02",
    )
    quote = _by_content(record, "the council made a serious mistake")
    assert _speaker_name(record, quote) == "Lena Ortiz"


def test_i_believe_is_the_writers_aside(extract):
    record = extract("I believe the council made a serious mistake.", published="2023-03-02")
    assert not any("serious mistake" in q.content.text for q in record.quotes)


def test_a_speaker_nervous_about_something_is_a_stance(extract):
    record = extract(
        "Senator Ruth Adler is nervous about the new tariffs on steel.",
        published="2023-03-02",
    )
    quote = _by_content(record, "the new tariffs on steel")
    assert "nervous" in quote.cue.text
    assert _speaker_name(record, quote) == "Ruth Adler"


def test_it_of_a_copula_is_no_source(extract):
    record = extract(
        "It is not clear whether the mayor knew about the contract.",
        published="2023-03-02",
    )
    quote = _by_content(record, "whether the mayor knew")
    assert quote.speaker is None


def test_he_after_a_speaker_stays_with_that_speaker_not_the_man_he_spoke_of(extract):
    # The most recent man named is the one Daniels spoke about; "He says" continues
    # Daniels (the entities stage alone reads "he" as Harris).
    record = extract(
        "Mitch Daniels, the former governor, says Mayor Tom Harris has failed the city.\n\n"
        "Daniels says Harris is hiding his budget from the council. He says voters will "
        "remember it in November.",
        published="2016-01-05",
    )
    quote = _by_content(record, "voters will remember")
    assert quote.speaker is not None and quote.speaker.text == "He"
    assert _speaker_name(record, quote).endswith("Daniels")


def test_he_after_another_named_subject_is_not_the_earlier_speaker(extract):
    # A new person made the subject between the two quotes takes the pronoun.
    record = extract(
        'Donald Trump said on Monday that the plan "will never work for the middle class."'
        "\n\nRepeating his speech from last week, Joe Biden mocked the plan at a rally. "
        '"It is a bunch of malarkey," he said.',
        published="2016-08-15",
    )
    quote = _by_content(record, "bunch of malarkey")
    assert _speaker_name(record, quote) == "Joe Biden"


def test_document_speaker_takes_the_organisation_that_made_it(extract):
    record = extract(
        "The Pew Research Center conducted a poll of 1,500 adults in March.\n\n"
        "The poll shows that most voters distrust both parties.",
        published="2016-04-01",
    )
    quote = _by_content(record, "distrust both parties")
    assert quote.speaker is not None and quote.speaker.text == "The poll"
    assert _speaker_name(record, quote) == "Pew Research Center"


def test_document_speaker_is_not_the_candidate_it_measures(extract):
    # The candidate leading in the poll did not write it.
    record = extract(
        "Hillary Clinton leads Donald Trump by four points in a poll released on Friday.\n\n"
        "The poll shows that most voters distrust both parties.",
        published="2016-09-30",
    )
    quote = _by_content(record, "distrust both parties")
    assert _speaker_name(record, quote) not in ("Hillary Clinton", "Donald Trump")


def test_ad_speaker_is_the_committee_that_made_the_video(extract):
    record = extract(
        "A web video by the National Farmers Union attacks the senator's record on trade. "
        "The senator has not replied.\n\n"
        "The clip says the senator “has forgotten the people who elected him.”",
        published="2016-10-03",
    )
    quote = _by_content(record, "forgotten the people")
    assert quote.speaker is not None and quote.speaker.text == "The clip"
    assert _speaker_name(record, quote) == "National Farmers Union"


def test_second_quote_with_its_own_cue_after_it_is_a_second_attribution(extract):
    # '“A,” she said, but “B,” X said': “B” is Reyes's, not a continuation of Holt.
    text = (
        "Mayor Jane Holt met the council on Monday.\n\n"
        "“We will fix the roads this year,” she said, but “the money is not there yet,” "
        "Councilman Tom Reyes told reporters."
    )
    record = extract(text, published="2016-01-05")
    first = _by_content(record, "fix the roads")
    second = _by_content(record, "money is not there")
    assert second.continues is None
    assert _speaker_name(record, first) == "Jane Holt"
    assert _speaker_name(record, second) == "Tom Reyes"
    assert second.cue is not None and second.cue.text == "told"


def test_interrupted_quote_without_a_second_cue_still_continues(extract):
    text = "“We will fix the roads,” she said, “and we will do it this year.”"
    record = extract("Mayor Jane Holt spoke on Monday.\n\n" + text, published="2016-01-05")
    second = _by_content(record, "do it this year")
    assert second.continues is not None


def test_horizontal_bar_signature_on_each_line_names_each_speaker(extract):
    text = (
        "Readers sent us their views of the debate.\n\n"
        "“He is ignorant of our culture and our lives, and he does not care.” ― Maria Lopez\n"
        "“I am ashamed of what this campaign has become in our country.” ― Carlos Ruiz.\n\n"
        "The campaign did not respond."
    )
    record = extract(text, published="2016-09-27")
    assert _speaker_name(record, _by_content(record, "ignorant of our culture")) == "Maria Lopez"
    assert _speaker_name(record, _by_content(record, "ashamed of what")) == "Carlos Ruiz"


def test_name_and_cue_after_the_quote_whatever_the_parse(extract):
    # The small parser reads "answers" as a noun and "Trump" as a compound here.
    record = extract(
        "The band spent the winter in the studio.\n\n"
        "“Besides that, not a single accomplishment,” Bozell answers.\n\n"
        "“Go back to Univision,” Trump barked and a security guard escorted Ramos out.",
        published="2016-01-19",
    )
    first = _by_content(record, "single accomplishment")
    assert first.speaker is not None and first.speaker.text == "Bozell"
    assert first.cue is not None and first.cue.text == "answers"
    second = _by_content(record, "Go back to Univision")
    assert second.speaker is not None and second.speaker.text == "Trump"


def test_participle_cue_speaks_for_the_verb_it_hangs_on(extract):
    record = extract(
        "“We had written two dozen songs before we got with the producer,” Kiedis said, "
        "mentioning the long-awaited album is “in the home stretch.”",
        published="2016-02-02",
    )
    quote = _by_content(record, "home stretch")
    assert quote.speaker is not None and quote.speaker.text == "Kiedis"


def test_participle_after_a_comma_takes_the_subject_before_it(extract):
    record = extract(
        "Guitarist Ray Dalton shared the news on social media last week, writing "
        "“Feels great to support someone I believe in.”",
        published="2016-02-02",
    )
    quote = _by_content(record, "support someone I believe in")
    assert quote.speaker is not None and "Ray Dalton" in quote.speaker.text


def test_document_with_no_named_maker_is_the_organisation_that_just_spoke(extract):
    record = extract(
        "The Refugee Processing Center said on Monday that 11,000 refugees had arrived "
        "since October.\n\nAccording to the data, most of them settled in Texas.",
        published="2016-09-30",
    )
    quote = _by_content(record, "settled in Texas")
    assert _speaker_name(record, quote) == "Refugee Processing Center"


def test_quote_that_ends_its_sentence_leaves_the_next_cue_to_the_next_quote(extract):
    text = (
        "Readers answered at once.\n\n"
        "Another reader, Roland Ziegler, wrote of the mayor: “Your office keeps ignoring "
        "the flooding.” Eva Schultheis posted: “The mayor promised us dikes and built "
        "nothing at all.”"
    )
    record = extract(text, published="2016-03-23")
    second = _by_content(record, "promised us dikes")
    assert second.speaker is not None and second.speaker.text == "Eva Schultheis"
    first = _by_content(record, "keeps ignoring")
    assert first.speaker is not None and "Roland Ziegler" in first.speaker.text


def test_cue_opening_the_sentence_then_name_and_colon(extract):
    record = extract(
        "The tax plan drew fire on Monday from the analyst Roger Stone.\n\n"
        "Continued Stone: “So I think it’s a very real problem for the campaign.”",
        published="2016-02-20",
    )
    quote = _by_content(record, "very real problem")
    assert quote.speaker is not None and quote.speaker.text == "Stone"
    assert quote.cue is not None and quote.cue.text == "Continued"


def test_poll_speaks_for_its_pollster_not_its_client_or_topic(extract):
    record = extract(
        "The race tightened in September.\n\n"
        "A Marist College poll for NBC News found that Clinton leads by four points.\n\n"
        "The Associated Press' investigation into Clinton's meetings found that many "
        "visitors were donors.",
        published="2016-09-25",
    )
    poll = _by_content(record, "leads by four points")
    assert _speaker_name(record, poll) == "Marist College"
    probe = _by_content(record, "visitors were donors")
    assert _speaker_name(record, probe) != "Clinton"


# --- unnamed groups and datelines ---------------------------------------------------

GROUPS = (
    "VILNIUS, Lithuania — Belarus moved troops towards the border overnight, "
    "Lithuanian officials said on Sunday.\n\n"
    "Officials in Warsaw said they were watching the situation closely. Residents of "
    "Grodno said the convoys ran all night. A source close to the Polish government said "
    "talks with NATO were under way.\n\n"
    "The Kremlin said the exercises were routine. Poland's border guard said it had "
    "stopped 40 migrants.\n"
)


@pytest.mark.parametrize(
    "words",
    [
        "Belarus moved troops",
        "they were watching",
        "the convoys ran all night",
        "talks with NATO were under way",
    ],
)
def test_unnamed_group_speaker_has_no_entity(extract, words):
    quote = _by_content(extract(GROUPS), words)
    assert quote.speaker is not None
    assert quote.speaker.entity is None
    assert quote.speaker_kind == "group"


@pytest.mark.parametrize(
    ("words", "name"),
    # The entities stage may read "Poland's border guard" as Poland itself.
    [("the exercises were routine", "Kremlin"), ("it had stopped 40 migrants", "Poland")],
)
def test_named_body_speaker_keeps_its_entity(extract, words, name):
    record = extract(GROUPS)
    quote = _by_content(record, words)
    assert name in (_speaker_name(record, quote) or "")
    assert quote.speaker_kind == "org"


def test_dateline_is_not_reported_content(extract):
    record = extract(GROUPS)
    quote = _by_content(record, "Belarus moved troops")
    assert quote.content.text.startswith("Belarus moved troops")
    assert "VILNIUS" not in quote.content.text


# --- declined comments and channels -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry did not comment on the arrests.",
        "The ministry has not commented on the arrests.",
        "A ministry spokeswoman declined to comment on the arrests.",
        "The ministry refused to comment on the arrests.",
        "The ministry did not respond to requests for comment on the arrests.",
        "The ministry could not be reached for comment about the arrests.",
    ],
)
def test_a_declined_comment_is_no_quote(extract, sentence):
    text = f"Police detained six activists in the capital on Monday. {sentence}"
    record = extract(text)
    assert [q.content.text for q in record.quotes if "arrests" in q.content.text] == []


def test_a_comment_that_was_made_is_a_quote(extract):
    record = extract("The ministry commented that the arrests were lawful.")
    assert _by_content(record, "the arrests were lawful").cue is not None


@pytest.mark.parametrize(
    ("sentence", "words", "channel"),
    [
        ("The senator wrote on X that the bill was dead.", "the bill was dead", "social_media"),
        ("“The bill is dead,” the senator wrote on X.", "The bill is dead", "social_media"),
        ("The senator posted on Truth Social that the bill was dead.", "the bill", "social_media"),
        ("The senator said on Threads that the bill was dead.", "the bill", "social_media"),
        ("The senator wrote on Bluesky that the bill was dead.", "the bill", "social_media"),
        ("The judge wrote in a 40-page ruling that the bill was void.", "the bill", "report"),
        ("Malcolm X said the bill was dead.", "the bill was dead", None),
    ],
)
def test_platform_and_ruling_channels(extract, sentence, words, channel):
    quote = _by_content(extract(sentence), words)
    assert quote.channel == channel


def test_shared_cue_quotes_take_the_channel_of_the_cue_not_of_each_other(extract):
    text = (
        "“This ruling is a disgrace and we will appeal,” the governor wrote on X. "
        "“Families deserve better than this.”"
    )
    record = extract(text)
    first = _by_content(record, "This ruling is a disgrace")
    second = _by_content(record, "Families deserve better")
    assert first.channel == second.channel == "social_media"


def test_quote_date_is_never_a_duration(extract):
    record = extract(
        "Government troops did not shell the northern suburbs overnight, the defence "
        "ministry said, the first quiet night in a week.",
        published="2022-11-18",
    )
    [quote] = record.quotes
    dates = {d.id: d for d in record.dates}
    assert quote.date is None or dates[quote.date].precision != "duration"


def test_quote_date_is_not_a_date_inside_what_was_reported(extract):
    record = extract(
        'Foreign Minister Sara Lind said the talks had been "tough but useful" and that '
        "both sides had agreed to meet again before the end of the year.",
        published="2022-11-18",
    )
    dates = {d.id: d for d in record.dates}
    assert record.quotes
    for quote in record.quotes:
        assert quote.date is None or "end of the year" not in dates[quote.date].text


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("Both of the state's Republican senators strongly supported him.", "supported", "him"),
        ("More black state lawmakers have endorsed her than her rival.", "endorsed", "her"),
        (
            "Governor Ana Ruiz offered a bleak assessment of the state budget on Tuesday.",
            "offered",
            "a bleak assessment of the state budget",
        ),
        ("The mayor shared his doubts about the stadium deal.", "shared", "his doubts"),
    ],
)
def test_a_stance_verb_object_is_what_was_stated(extract, sentence, cue, content):
    quote = _by_content(extract(sentence), content)
    assert quote.cue is not None and cue in quote.cue.text


@pytest.mark.parametrize(
    "sentence",
    [
        "The two men supported it with their own money.",
        "Voters who support it turned out in large numbers.",
    ],
)
def test_it_is_no_stance_content(extract, sentence):
    assert [q.content.text for q in extract(sentence).quotes if q.content.text == "it"] == []


def test_called_for_with_an_infinitive_clause(extract):
    record = extract(
        "Senator Dana Cole is calling for the state to double its spending on flood defences."
    )
    quote = _by_content(record, "the state to double its spending")
    assert quote.cue.text == "is calling for"
    assert not quote.content.text.startswith("for")
    assert _speaker_name(record, quote) == "Dana Cole"


def test_a_post_embedded_as_markup_is_what_its_signer_posted(extract):
    text = (
        "Reporters at the rally posted pictures of the hats.\n"
        '<tweet id="7711569" author="@janereporter" datetime="2016-09-01">Two senators '
        "briefly wore the red hats at the rally tonight. — Jane Porter (@janereporter) "
        "September 1, 2016</tweet>."
    )
    record = extract(text)
    quote = _by_content(record, "Two senators briefly wore the red hats")
    assert "Jane Porter" not in quote.content.text
    assert quote.speaker is not None and quote.speaker.text == "Jane Porter"
    assert quote.channel == "social_media"
    # The tag's attributes are markup, never a cue or what was said.
    assert not [q for q in record.quotes if "author=" in q.content.text]


def test_a_clause_before_a_semicolon_is_not_what_the_next_verb_reports(extract):
    record = extract(
        "Senator Ruth Abel proposes a tax on stock trades; Governor Tom Reyes backs tougher "
        "rules for banks."
    )
    quote = _by_content(record, "tougher rules for banks")
    assert "stock trades" not in quote.content.text
    assert _speaker_name(record, quote) == "Tom Reyes"


def test_a_subject_the_parser_hung_on_a_place_still_speaks(extract):
    record = extract(
        "At a campaign event in Marietta, Ohio, 62-year-old Brenda Olsen also railed "
        "against the trade deal."
    )
    quote = _by_content(record, "the trade deal")
    assert quote.speaker is not None and "Brenda Olsen" in quote.speaker.text


@pytest.mark.parametrize(
    ("text", "words", "cue", "speaker"),
    [
        (
            "Paul Dorn said the crowd was young. “They are all here for the free concert,” "
            "Lena Hart shot back with a laugh.",
            "They are all here for the free concert",
            "shot",
            "Lena Hart",
        ),
        (
            "“The plan is dead,” Mayor Ana Reyes wrote in a letter to the council.",
            "The plan is dead",
            "wrote",
            "Ana Reyes",
        ),
    ],
)
def test_the_verb_right_after_a_quote_is_its_cue_whatever_the_verb(
    extract, text, words, cue, speaker
):
    record = extract(text)
    quote = _by_content(record, words)
    assert quote.cue is not None and quote.cue.text.startswith(cue)
    assert quote.speaker is not None and speaker in quote.speaker.text


def test_a_question_clause_after_asked_is_what_was_asked(extract):
    record = extract("The moderator also asked Senator Cole if the tax plan would survive.")
    quote = _by_content(record, "if the tax plan would survive")
    assert quote.cue is not None and "asked" in quote.cue.text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Palm Beach County Supervisor of Elections Susan Bucher said the count would "
            "finish on Friday.",
            "Susan Bucher",
        ),
        (
            "Meanwhile Rihanna, who was honored with the Video Vanguard Award, said she was "
            "grateful.",
            "Rihanna",
        ),
    ],
)
def test_the_speaker_is_the_person_named_not_a_body_or_a_name_in_a_clause(extract, text, speaker):
    record = extract(text)
    quote = _by_content(record, "the count" if "count" in text else "grateful")
    assert _speaker_name(record, quote) == speaker


def test_a_name_in_a_relative_clause_on_a_group_is_not_the_speaker(extract):
    record = extract(
        "Some Democrats, who cringe as they recall his words about Barack Obama in 2008, "
        "said the senator should apologize."
    )
    quote = _by_content(record, "the senator should apologize")
    assert _speaker_name(record, quote) != "Barack Obama"


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "The governor's refusal to raise the minimum wage angered the unions.",
            "to raise the minimum wage",
            "The governor",
        ),
        (
            "Senator Maria Lopez has made several controversial statements about the border wall.",
            "the border wall",
            "Senator Maria Lopez",
        ),
    ],
)
def test_a_possessor_or_maker_of_a_stance_noun_speaks(extract, sentence, content, speaker):
    quote = _by_content(extract(sentence), content)
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_find_a_way_is_no_statement(extract):
    record = extract("Young graduates can't find jobs that pay well in the region.")
    assert [q for q in record.quotes if "jobs" in q.content.text] == []


def test_made_it_clear_that_is_a_statement(extract):
    record = extract("Governor Ana Ruiz made it clear that she would veto the bill.")
    quote = _by_content(record, "she would veto the bill")
    assert "made it clear" in quote.cue.text
    assert quote.speaker is not None and quote.speaker.text == "Governor Ana Ruiz"


def test_a_share_more_likely_to_support_speaks(extract):
    record = extract("Older voters were more likely to support the incumbent mayor.")
    quote = _by_content(record, "the incumbent mayor")
    assert quote.speaker is not None and quote.speaker.text == "Older voters"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Senator Ruth Abel will make the case that the tariff hurts farmers.", "the tariff"),
        ("Senator Ruth Abel made the point that the tariff hurts farmers.", "the tariff"),
    ],
)
def test_made_the_case_or_the_point_that(extract, sentence, content):
    record = extract(sentence)
    quote = _by_content(record, content)
    assert quote.speaker is not None and quote.speaker.text == "Senator Ruth Abel"


def test_in_any_case_is_no_cue(extract):
    assert extract("In any case, the court will rule on the appeal in May.").quotes == []


def test_a_quote_that_is_most_of_a_reported_content_takes_that_cue(extract):
    record = extract(
        "Senator Ruth Abel insisted that she had “never taken a dime from the company,” "
        "claiming the charges were invented by her rivals."
    )
    quote = _by_content(record, "never taken a dime")
    assert quote.cue is not None and quote.cue.text == "insisted"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Mayor Tom Reyes pointed out the drop in crime since January.", "the drop in crime"),
        ("Prime Minister Lena Holt also spoke out sharply against the tariffs.", "the tariffs"),
    ],
)
def test_particle_and_preposition_cues(extract, sentence, content):
    quote = _by_content(extract(sentence), content)
    assert quote.speaker is not None


def test_spoke_on_a_day_is_no_content(extract):
    record = extract("Prime Minister Lena Holt spoke on Monday at the harbour.")
    assert [q for q in record.quotes if "Monday" in q.content.text] == []


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        (
            "The tax plan has drawn harsh criticism from several county mayors.",
            "The tax plan",
            "several county mayors",
        ),
        ("Governor Ana Ruiz has the support of most rural voters.", "Governor Ana Ruiz", "most"),
    ],
)
def test_received_criticism_or_support_comes_from_its_givers(extract, sentence, content, source):
    quote = _by_content(extract(sentence), content)
    assert quote.speaker is not None and quote.speaker.text.startswith(source)


def test_a_speech_or_comments_about_a_topic(extract):
    record = extract("The governor's speech on immigration drew a large crowd in Tucson.")
    quote = _by_content(record, "immigration")
    assert quote.speaker is not None and quote.speaker.text == "The governor"
    record = extract("Senator Ruth Abel has made favorable comments about the new dam.")
    assert _by_content(record, "the new dam").speaker is not None


def test_a_headline_ending_in_its_attribution(extract):
    record = extract(
        "Dams Are ‘The Biggest Risk To The Valley,’ Governor Ana Ruiz Tells Farmers.\n"
        "The governor spoke in Fresno on Monday."
    )
    quote = _by_content(record, "Dams Are")
    assert quote.cue.text == "Tells"
    assert quote.speaker is not None and quote.speaker.text == "Governor Ana Ruiz"
    assert "Tells" not in quote.content.text


def test_a_court_ruled_that_but_a_ruler_ruled_nothing_said(extract):
    record = extract("The state supreme court ruled that the new district map was unlawful.")
    quote = _by_content(record, "the new district map was unlawful")
    assert quote.speaker is not None and quote.speaker.text == "The state supreme court"
    assert extract("King Harald ruled the country for a decade.").quotes == []


@pytest.mark.parametrize(
    "line",
    [
        "Nevada: Adam Kern, Andrea Ruiz, Bob Calder, Dana Whitfield, Eli Moss.",
        "LOOK: Shocking Photos Of The Rally Are Going Viral.",
        "The Latest: Governor says she is with the voters.",
    ],
)
def test_colon_labels_and_rosters_are_no_speakers(extract, line):
    record = extract(line + "\nThe campaign released the list on Monday.")
    assert not [q for q in record.quotes if q.cue is not None and q.cue.text == ":"]


def test_a_short_sentence_starting_with_a_capital_is_no_title(extract):
    record = extract("The mayor thanked the crowd. She says to voters: “This one is for you.”")
    quote = _by_content(record, "This one is for you")
    assert quote.speaker is not None and quote.speaker.text == "She"
    assert extract("He starred in “Bridge of Spies” last year.").quotes == []


def test_terms_of_anonymity_are_not_quotes_and_leave_the_speaker_span_bare(extract):
    text = (
        "One official, who asked not to be identified, said the shipment had been "
        "delayed. A second source, speaking on condition of anonymity, said the minister "
        "would resign. The source requested anonymity to discuss internal deliberations."
    )
    record = extract(text)
    contents = [q.content.text for q in record.quotes]
    assert not any("identified" in c or c == "anonymity" for c in contents), contents
    speakers = sorted(q.speaker.text for q in record.quotes if q.speaker)
    assert speakers == ["A second source", "One official"], speakers


def test_a_dateline_the_parser_made_the_subject_is_not_part_of_the_speaker(extract):
    text = (
        "GENEVA (Newswire) — The World Health Organization said on Wednesday the "
        "outbreak had spread to three more provinces."
    )
    (quote,) = extract(text).quotes
    assert quote.speaker is not None and quote.speaker.text == "The World Health Organization"


def test_a_described_body_never_takes_another_kind_of_body(extract):
    text = (
        "Opposition leaders said they would take their case to the Supreme Court.\n\n"
        "The interior ministry said 14 people had been arrested since Thursday, and the "
        "Congolese government said the protests were unlawful."
    )
    record = extract(text)
    names = {e.id: e.name for e in record.entities}
    by_text = {q.speaker.text: q.speaker.entity for q in record.quotes if q.speaker}
    assert by_text.get("The interior ministry") is None, names
    # the government is a body of its own (affiliated with Congo), never the court
    government = by_text.get("the Congolese government")
    assert government is None or names[government] == "Congolese government", names


def test_according_to_a_described_body_is_its_source_not_its_addressee(extract):
    text = (
        "Kenya's electoral commission said on Monday it would announce the results by "
        "Friday.\n\nPolice fired tear gas at protesters in Kisumu.\n\nOpposition "
        "supporters gathered in Nairobi.\n\nTurnout was about 65 percent, according to "
        "the commission."
    )
    record = extract(text)
    quote = next(q for q in record.quotes if q.content.text.startswith("Turnout"))
    commission = next(e for e in record.entities if "commission" in e.name)
    assert quote.addressee is None
    assert quote.speaker is not None and quote.speaker.entity == commission.id


def test_a_that_clause_after_the_cue_wins_over_the_sentence_hung_on_it(extract):
    text = (
        "Brazil's finance minister Fernando Haddad on Tuesday defended the government's "
        "plan to tax large fortunes, a day after the central bank warned that the measure "
        "could unsettle markets."
    )
    record = extract(text)
    warned = next(q for q in record.quotes if q.cue and q.cue.text == "warned")
    assert warned.content.text.endswith("the measure could unsettle markets")
    assert "Haddad" not in warned.content.text


def test_an_op_ed_runs_in_the_outlet_named_even_one_the_list_lacks(extract):
    text = (
        "In an op-ed published in the Diario de Cordoba on Sunday, former central bank "
        "chief Marta Quiroga wrote that the tax would drive capital abroad."
    )
    (quote,) = extract(text).quotes
    assert quote.channel == "op_ed"
    assert quote.via is not None and "Diario de Cordoba" in quote.via.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Washington has not said what it would do.",
        "The minister would not say whether troops would be sent.",
        "A spokesman declined to say how many people had been detained.",
        "She did not say that the deal was off.",
    ],
)
def test_an_unanswered_question_is_no_statement(extract, sentence):
    assert extract(sentence).quotes == []


def test_content_before_a_trailing_cue_starts_after_the_dateline(extract):
    text = (
        "MANILA (Newswire) — A coast guard ship fired water cannon at a supply boat on "
        "Saturday, the Philippine military said."
    )
    (quote,) = extract(text).quotes
    assert quote.content.text.startswith("A coast guard ship fired")


def test_an_addressee_stops_before_the_clause_the_parser_hung_on_it(extract):
    text = (
        "Foreign ministry spokesman Lin Wei told a regular briefing that Beijing would "
        '"take all necessary measures" if the provocations continued.'
    )
    (quote,) = extract(text).quotes
    assert quote.addressee is not None and quote.addressee.text == "a regular briefing"


def test_described_and_owned_speakers_of_a_court_story(extract):
    text = (
        "LONDON (Newswire) - A British court on Wednesday ordered the former chief "
        "executive of a collapsed lender to pay damages.\n\n"
        "Okafor's lawyers said they would appeal.\n\n"
        "The Financial Conduct Authority welcomed the ruling. The regulator said it was "
        "considering further action against two other former directors but declined to "
        "name them."
    )
    record = extract(text)
    names = {e.id: e.name for e in record.entities}
    by_speaker = {
        q.speaker.text: names.get(q.speaker.entity or "") for q in record.quotes if q.speaker
    }
    # not London, not "British": a court of its own, or none
    assert by_speaker.get("A British court") in (None, "British court")
    assert by_speaker.get("Okafor's lawyers") is None  # the lawyers, not Okafor
    assert by_speaker["The regulator"] == "Financial Conduct Authority"
    assert not any(q.content.text == "to name them" for q in record.quotes)


def test_a_participle_after_the_content_is_the_speakers_next_statement(extract):
    text = (
        "Senator Maria Delgado said she did not think the ads had cost her party the "
        "election, arguing that it was the split over trade that did the real damage."
    )
    record = extract(text)
    first = _by_content(record, "the ads had cost her party")
    assert "arguing" not in first.content.text
    second = _by_content(record, "the split over trade")
    assert second.cue.text.startswith("arguing")
    assert second.speaker is not None and "Delgado" in second.speaker.text


def test_a_body_described_by_its_head_noun_never_resolves_to_a_person(extract):
    text = (
        "BEIRUT (Newswire) - Lebanese Prime Minister Najib Mikati condemned the strikes "
        "on Sunday. The Israeli military said it had struck dozens of Hezbollah targets "
        "in southern Lebanon overnight. The prime minister said the attacks were a "
        "violation of the country's sovereignty."
    )
    record = extract(text)
    military = _by_content(record, "struck dozens of Hezbollah targets")
    assert military.speaker is not None and military.speaker.text == "The Israeli military"
    assert _speaker_name(record, military) != "Najib Mikati"
    premier = _by_content(record, "a violation of the country's sovereignty")
    assert _speaker_name(record, premier) == "Najib Mikati"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hezbollah has fired rockets into northern Israel, but Iran has not attacked Israel "
        "directly since April.",
        "Negotiators are close to a deal that would see Israeli troops withdraw from the "
        "border area within 60 days.",
        'Markets expect a cut in September, but policymakers wanted to see "more good data" first.',
        "Russian forces attacked the port city of Odesa overnight.",
        "Russia attacked Ukraine in February.",
    ],
)
def test_cue_words_that_report_no_statement(extract, sentence):
    record = extract(sentence)
    cues = [q.cue.text for q in record.quotes if q.cue]
    assert not any(w in c for c in cues for w in ("attacked", "see", "wanted")), cues


def test_praise_or_blame_with_a_charge_is_content(extract):
    text = (
        "Finance Minister Fernando Haddad criticized the central bank for keeping "
        "interest rates at their highest level in seven years."
    )
    (quote,) = extract(text).quotes
    assert quote.cue.text == "criticized"
    assert quote.content.text.startswith("the central bank for keeping")


@pytest.mark.parametrize(
    "text",
    [
        'Protesters waving Georgian and EU flags chanted "No to the Russian law!" outside '
        "parliament.",
        "Protesters waving Georgian and EU flags chanted slogans against the ruling party, "
        "saying the bill would drag the country back into Moscow's orbit.",
    ],
)
def test_the_speaker_is_the_subject_not_an_object_in_its_participle(extract, text):
    record = extract(text)
    assert record.quotes
    for quote in record.quotes:
        assert quote.speaker is not None
        assert quote.speaker.text.startswith("Protesters waving")
        assert _speaker_name(record, quote) is None  # an unnamed group, not the EU


def test_content_in_a_relative_clause_stops_before_the_sentences_aside(extract):
    text = (
        "Tens of thousands rallied in Tbilisi against a bill that critics say mirrors a "
        "Russian law, the largest demonstration since the country regained independence."
    )
    (quote,) = extract(text).quotes
    assert quote.speaker is not None and quote.speaker.text == "critics"
    assert quote.content.text == "mirrors a Russian law"


def test_a_name_set_off_in_a_relative_clause_content_stays(extract):
    text = (
        "The exhibit grew out of talks which the first lady says she held with the "
        "museum's director, Lonnie Bunch."
    )
    record = extract(text)
    quote = _by_content(record, "she held with")
    assert quote.content.text.endswith("Lonnie Bunch")


@pytest.mark.parametrize(
    ("text", "relay"),
    [
        (
            "SEOUL (Newswire) - North Korean leader Kim Jong Un said the country would "
            "expand its nuclear arsenal without limit, state media KCNA reported on Friday.",
            "state media KCNA",
        ),
        (
            "Kim Jong Un said the country would expand its nuclear arsenal, KCNA reported.",
            "KCNA",
        ),
        (
            "President Xi Jinping told visiting officials that China would open its markets "
            "further, the official Xinhua news agency said.",
            "the official Xinhua news agency",
        ),
    ],
)
def test_an_outlet_reporting_a_statement_relays_it(extract, text, relay):
    record = extract(text)
    (quote,) = record.quotes
    assert quote.speaker is not None and quote.speaker.text in text
    assert _speaker_name(record, quote) in ("Kim Jong Un", "Xi Jinping")
    assert quote.via is not None and quote.via.text == relay
    assert relay not in quote.content.text and not quote.content.text.startswith(("Kim", "Pres"))


def test_a_spokesman_after_a_statement_is_no_relay(extract):
    text = "The prime minister said the talks had failed, his spokesman told reporters."
    record = extract(text)
    assert all(q.via is None for q in record.quotes)


def test_reader_comments_opened_with_a_closing_mark_and_nested_quotes(extract):
    text = (
        "We asked readers what they thought of the debate.\n"
        "”He has empowered bigots to be open with their prejudice. He represents our "
        "greatest shame.” ― Rosa Delgado\n"
        "“I’d rather live in what he calls “hell” than live in a country he runs.” ― "
        "Marta Ibarra"
    )
    record = extract(text)
    first = _by_content(record, "He has empowered bigots")
    assert first.speaker is not None and first.speaker.text == "Rosa Delgado"
    second = _by_content(record, "I’d rather live in what he calls")
    assert second.content.text.endswith("a country he runs.")
    assert second.speaker is not None and second.speaker.text == "Marta Ibarra"


def test_quote_marks_a_quote_inside_a_quote_does_not_split_it():
    text = "“I’d rather live in what he calls “hell” than under him,” she said."
    (span,) = [s for s in find_quote_spans(text) if s.style == "double"]
    assert span.closed and text[span.start : span.end].endswith("under him,”")


def test_each_quoted_transcript_turn_has_its_own_speaker(extract):
    text = (
        "Partial transcript as follows:\n\n"
        "\"WALLACE: Let's start with the debate. Will the former aide be there?\n\n"
        '"PENCE: Well, look, she will not be attending the debate tomorrow night.\n\n'
        '"But the truth is that our campaign has a unique way of talking to voters.\n\n'
        '"WALLACE: Do you really see those two as equivalent?'
    )
    record = extract(text)
    speakers = [(q.speaker.text if q.speaker else None, q.content.text[:12]) for q in record.quotes]
    assert speakers == [
        ("WALLACE", "Let's start "),
        ("PENCE", "Well, look, "),
        ("PENCE", "But the trut"),
        ("WALLACE", "Do you reall"),
    ]
    assert record.quotes[2].continues == record.quotes[1].id
    assert record.quotes[1].continues is None and record.quotes[3].continues is None


def test_a_paragraph_after_a_cue_and_colon_is_a_block_quote(extract):
    text = (
        "New Jersey Gov. Chris Christie spoke to a radio host on Wednesday. Christie "
        "added:\n\n"
        "It is typical of her. She knows nothing about policing, and the mouth never "
        "stops.\n\n"
        "The report covered three topics:\n\n"
        "Taxes, spending and the deficit took up most of the hearing."
    )
    record = extract(text)
    quote = _by_content(record, "It is typical of her.")
    assert quote.cue.text == "added"
    assert quote.content.text.endswith("never stops.")
    assert _speaker_name(record, quote) == "Chris Christie"
    assert not any("Taxes, spending" in q.content.text for q in record.quotes)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Mayor Dana Whitfield said after the vote she would not accept the council's "
            "budget if it were passed again.",
            "said",
            "she would not accept the council's budget",
        ),
        (
            "Senator Paul Greer tweeted in the early morning hours that the deal was "
            "“a disgrace” and a gift to the banks.",
            "tweeted",
            "that the deal was “a disgrace”",
        ),
        (
            "Small groups of protesters continued to call for more information about the "
            "shooting of a teenager by a police officer.",
            "call for",
            "more information about the shooting",
        ),
    ],
)
def test_reported_clauses_the_parser_reads_as_adverbial_or_infinitive(extract, text, cue, content):
    record = extract(text)
    quote = _by_content(record, content)
    assert quote.cue.text.endswith(cue)


def test_a_condition_or_time_clause_after_a_cue_is_no_content(extract):
    text = "The senator spoke briefly after the mayor had left the room."
    assert extract(text).quotes == []


def test_according_to_a_described_name_opening_the_sentence(extract):
    text = (
        "According to conservative talk radio host Rush Limbaugh, the move reeks of "
        "“fear” and desperation."
    )
    (quote,) = extract(text).quotes
    assert quote.content.text == "the move reeks of “fear” and desperation"
    assert quote.speaker is not None
    assert quote.speaker.text == "conservative talk radio host Rush Limbaugh"


def test_a_short_quote_with_a_described_speaker_after_it(extract):
    text = (
        '"We need change," the New York businessman said, arguing that he would bring '
        "common sense to the job."
    )
    record = extract(text)
    quote = _by_content(record, "We need change")
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.text == "the New York businessman"


def test_a_short_quote_is_not_speech_because_of_a_cue_in_the_next_sentence(extract):
    text = "The flag bears the words “the Wolves”. Its leader said it would disband in May."
    record = extract(text)
    assert not any("the Wolves" in q.content.text for q in record.quotes)


def test_a_participle_cue_between_two_quotes_leads_into_the_second(extract):
    text = (
        '"I think what she has got to do is contrast. Voters do not agree with him," '
        'Sanders said, suggesting a few questions, including, "Mr. Trump, do you really '
        'think that billionaires need a massive tax break?"'
    )
    record = extract(text)
    second = _by_content(record, "do you really think")
    assert second.cue.text == "suggesting"
    assert second.continues is None
    assert _speaker_name(record, second) == "Sanders"


def test_a_sentence_broken_by_cue_and_aside_stays_one_quote(extract):
    text = (
        '"Every time you say that," Senator Jon Tester said, referring to the bank\'s '
        'chief, "you give ammunition to the people who want to break up the big banks."'
    )
    record = extract(text)
    second = _by_content(record, "you give ammunition")
    first = _by_content(record, "Every time you say that")
    assert second.continues == first.id or second.cue.text == "said"


def test_a_clause_before_a_colon_is_not_what_the_cue_after_it_reports(extract):
    text = (
        "The ruling set off another round of partisan fireworks on Friday: Republicans "
        "said they were increasingly convinced the court had erred."
    )
    record = extract(text)
    quote = _by_content(record, "they were increasingly convinced")
    assert not quote.content.text.startswith("The ruling")


def test_a_second_cue_with_its_own_preposition_is_a_further_statement(extract):
    text = (
        "The president said he would order a thorough review of the nation's computer "
        "defenses and warned against hackers from abroad."
    )
    record = extract(text)
    first = _by_content(record, "a thorough review")
    assert "warned" not in first.content.text
    second = _by_content(record, "hackers from abroad")
    assert second.cue.text == "warned against"


def test_content_stops_at_a_dash_aside_attributed_anew(extract):
    text = (
        "Rep. Adam Schiff called on President Obama to retaliate against Russia for "
        "interference in the election -- meddling the California congressman said is "
        'designed to "sow discord" in American politics.'
    )
    record = extract(text)
    called = _by_content(record, "to retaliate against Russia")
    assert called.content.text.endswith("interference in the election")
    said = _by_content(record, "is designed to")
    assert said.speaker is not None and said.speaker.text == "the California congressman"


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "The senator drew criticism after he appeared to suggest that veterans who "
            "suffer from trauma are weak.",
            "suggest",
            "he",
        ),
        (
            "Last week the chief executive appeared to blame low-level workers for the fraud.",
            "blame",
            "the chief executive",
        ),
        ("But Governor Ray Holt claims that he should be the exception.", "claims", None),
    ],
)
def test_the_speaker_of_a_cue_behind_a_seeming_or_a_mistagged_verb(extract, text, cue, speaker):
    record = extract(text)
    (quote,) = [q for q in record.quotes if q.cue and q.cue.text.endswith(cue)]
    assert quote.speaker is not None
    if speaker is not None:
        assert quote.speaker.text == speaker
    else:
        assert _speaker_name(record, quote) == "Ray Holt"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The governor also called on the Federal Emergency Management Agency to "
            "conduct a review of the request.",
            "the Federal Emergency Management Agency to conduct a review of the request",
        ),
        (
            "Several Republicans called for a special prosecutor to investigate the "
            "mayor's use of a private email server.",
            "a special prosecutor to investigate the mayor's use of a private email server",
        ),
    ],
)
def test_a_call_on_someone_to_act_is_one_content(extract, text, content):
    (quote,) = extract(text).quotes
    assert quote.content.text == content


def test_content_stops_before_the_writers_contrast_and_a_dash_participle(extract):
    record = extract(
        "The senator says the emails were personal and not work-related, but for her "
        "opponents, it is a smoking gun.\n\n"
        "The mayor says the fund accepted about $200,000 from developers — asserting "
        "that the donations never changed his votes."
    )
    first = _by_content(record, "the emails were personal")
    assert first.content.text.endswith("not work-related")
    second = _by_content(record, "the fund accepted")
    assert "asserting" not in second.content.text


def test_a_share_modified_by_a_participle_speaks(extract):
    text = (
        "Majorities of Democrats in five states going to the polls Tuesday say they would "
        "be satisfied with both candidates as the nominee."
    )
    (quote,) = extract(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.text.startswith("Majorities of Democrats")
    assert quote.content.text.startswith("they would be satisfied")


def test_calling_someone_a_name_in_an_absolute_clause(extract):
    text = (
        "Democratic candidates went further, with former Maryland Gov. Martin O'Malley "
        "calling the developer a fraud."
    )
    (quote,) = extract(text).quotes
    assert quote.content.text == "the developer a fraud"
    assert quote.speaker is not None and quote.speaker.text.endswith("Martin O'Malley")


def test_a_cue_in_a_because_clause_does_not_report_the_main_clause(extract):
    text = (
        "Viguerie is upbeat about the senator's chances in November, in part because he "
        "sees the senator as a uniter."
    )
    record = extract(text)
    quote = _by_content(record, "as a uniter")
    assert quote.cue.text == "sees"
    assert not quote.content.text.startswith("Viguerie")


def test_a_coordinated_question_after_a_told_clause_is_the_same_speakers(extract):
    text = (
        "The actress escalated her criticism on Tuesday, telling CNN that the developer is "
        "a “faker” and questioning how he has “gotten away with paying no taxes.”"
    )
    record = extract(text)
    told = _by_content(record, "the developer is a")
    assert "questioning" not in told.content.text
    question = _by_content(record, "gotten away with paying no taxes")
    assert question.speaker is not None and question.speaker.text in ("The actress", "her")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Most Democratic voters are unhappy with the direction of the federal government.",
            "the direction of the federal government",
        ),
        (
            "The senator was reluctant to give up after a grueling primary fight.",
            "to give up after a grueling primary fight",
        ),
    ],
)
def test_stance_adjectives_with_a_preposition_or_an_infinitive(extract, text, content):
    (quote,) = extract(text).quotes
    assert quote.content.text == content


def test_an_adjective_about_a_thing_is_no_stance(extract):
    assert extract("The road was full of potholes after the storm.").quotes == []


# --- described bodies ---------------------------------------------------------------


def test_a_possessed_body_is_the_body_not_its_owner(extract):
    text = (
        "The ruling Georgian Alliance party won the vote, officials said. Its founder, "
        "the tycoon Levan Mikeladze, said the result was fair. His party says it wants "
        "to join the European Union."
    )
    record = extract(text)
    quote = _by_content(record, "wants to join")
    assert quote.speaker.text == "His party"
    assert _speaker_name(record, quote) == "Georgian Alliance"


@pytest.mark.parametrize(
    ("text", "words", "wanted"),
    [
        (
            # the noun itself beats a name head it merely fits ("forces")
            "Fighting between the Malian army and the Azawad Liberation Forces spread "
            "north, the U.N. said. The rebels said they had seized a base near the Niger "
            "river. The army said it had repelled the attack.",
            "repelled the attack",
            "Malian army",
        ),
        (
            # a body that only carries no name stays unresolved
            "Moscow's defence ministry said it downed 40 drones overnight. Kyiv's energy "
            "minister said repairs were under way. The government expects more attacks "
            "on the grid this winter.",
            "more attacks on the grid",
            None,
        ),
        (
            "Stellantis said on Monday it would cut 9,000 jobs after talks with the "
            "FIOM union. The union had warned of strikes if plants were closed.",
            "strikes",
            "FIOM",
        ),
    ],
)
def test_a_described_body_takes_only_a_body_carrying_its_noun(extract, text, words, wanted):
    record = extract(text)
    quote = _by_content(record, words)
    assert _speaker_name(record, quote) == wanted


# --- what is not a quotation ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Boeing and the machinists agree new four-year contract",
        "The spokeswoman declined to say how much the airline expected to save.",
        "He refused to say whether the ministry believed the figures.",
    ],
)
def test_no_quote_in_an_agreed_deal_or_an_unanswered_question(extract, text):
    assert extract(text).quotes == []


def test_a_question_put_to_the_speaker_is_not_his_statement(extract):
    text = (
        "Asked whether the White House had been involved, the spokesman said: "
        "\u201cWe had nothing to do with it.\u201d"
    )
    record = extract(text)
    answer = _by_content(record, "We had nothing to do with it.")
    assert answer.speaker.text == "the spokesman"
    question = _by_content(record, "whether the White House had been involved")
    # the reporters asked; the spokesman is whom it was put to
    assert question.speaker is None
    assert question.addressee is not None and question.addressee.text == "the spokesman"


def test_a_day_after_agreed_on_is_no_content(extract):
    record = extract("The two parties agreed on Wednesday to extend the truce.")
    assert all(q.content.text != "Wednesday" for q in record.quotes)


# --- "according to" on a clause ---------------------------------------------------------


def test_according_to_inside_a_relative_clause_vouches_for_that_clause(extract):
    text = (
        "Parliament voted 101-4 to remove Premier Halvorsen, whose approval rating had "
        "dropped to 3% according to the polling firm Norstat."
    )
    record = extract(text)
    quote = _by_content(record, "approval rating")
    assert quote.cue.text == "according to"
    assert quote.content.text == "whose approval rating had dropped to 3%"
    assert quote.speaker.text == "the polling firm Norstat"
    assert all(q.via is None for q in record.quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a police post and two villages on Sunday, killing 14 people, "
        "according to local officials.",
        "Militants attacked the convoy near the border, according to the governor.",
    ],
)
def test_an_armed_attack_is_no_cue(extract, text):
    (quote,) = extract(text).quotes
    assert quote.cue.text == "according to"
    assert "attacked" in quote.content.text


def test_attacking_a_plan_is_still_criticism(extract):
    (quote,) = extract("The senator attacked the budget plan as a giveaway to donors.").quotes
    assert quote.cue.text.startswith("attacked")


# --- where reported content ends ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Riot police fired tear gas at marchers outside the parliament, and a "
            "24-year-old student was shot dead near the station, the ombudsman's office said.",
            "a 24-year-old student was shot dead near the station",
        ),
        (
            "Residents danced in the streets of the capital, but shelling killed at least "
            "seven people in the north, the agency said.",
            "shelling killed at least seven people in the north",
        ),
    ],
)
def test_an_institution_after_joined_clauses_vouches_for_the_last(extract, text, content):
    (quote,) = extract(text).quotes
    assert quote.content.text == content


def test_a_witness_after_joined_clauses_tells_them_all(extract):
    text = (
        "The minister refused to answer, and the meeting went downhill from there, "
        "said one lawmaker who was in the room."
    )
    (quote,) = extract(text).quotes
    assert quote.content.text.startswith("The minister refused to answer, and")


def test_content_stops_before_the_speakers_next_verb(extract):
    text = (
        "Press secretary Dana Whitfield told reporters the tariff would raise $9 billion "
        "and accused “rogue judges” of obstructing the plan."
    )
    record = extract(text)
    told = _by_content(record, "the tariff would raise")
    assert told.content.text == "the tariff would raise $9 billion"


def test_an_owners_campaign_speaks_for_the_owner_but_his_company_does_not(extract):
    text = (
        "Senator Maria Delgado toured a steel plant in Ohio on Monday. Her campaign said "
        "the visit had been planned for weeks.\n\n"
        "Businessman Tom Reyes bought the Ridgeline mine from Apex Coal last year. The "
        "company said the mine would close. Mr. Reyes's new company said it would "
        "reopen the shafts."
    )
    record = extract(text)
    campaign = _by_content(record, "had been planned for weeks")
    assert _speaker_name(record, campaign) == "Maria Delgado"
    owned = _by_content(record, "reopen the shafts")
    assert _speaker_name(record, owned) not in ("Tom Reyes", "Apex Coal", "Ridgeline")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The defence ministry had accused Armenia on Monday of firing rockets at "
            "farms near the border, a charge Yerevan rejected.",
            "Armenia on Monday of firing rockets at farms near the border",
        ),
        (
            "The mayor blamed the contractor last week for delaying the repairs to the pier.",
            "the contractor last week for delaying the repairs to the pier",
        ),
    ],
)
def test_charge_after_a_time_adverbial_stays_with_the_accused(extract, text, content):
    record = extract(text)
    quote = _by_content(record, content.split()[0])
    assert quote.content.text == content


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        ('Democrats, she said, had "given up on the rural vote entirely."', "given up on"),
        ('The budget, she said, was "a betrayal of every farmer in this state."', "a betrayal"),
    ],
)
def test_interrupting_cue_before_a_quoted_tail_is_one_mixed_quote(extract, sentence, quoted):
    # One statement in two parts either side of "she said" (PolNeAR's discontinuous
    # content): the quoted tail continues the subject before the cue, with its speaker.
    record = extract("Senator Anna Holt spoke in Des Moines on Monday. " + sentence)
    (quote,) = [q for q in record.quotes if quoted in q.content.text]
    assert quote.kind == "mixed"
    head = sentence.split(",")[0]
    assert quote.content.text == sentence[sentence.index("she said, ") + 10 :]
    (first,) = [q for q in record.quotes if q.id == quote.continues]
    assert first.content.text == head
    assert quote.speaker.text == first.speaker.text == "she"
    assert _speaker_name(record, quote) == "Anna Holt"
    assert len(record.quotes) == 2


def test_relative_pronoun_after_according_to_is_the_organisation_not_a_relay(extract):
    text = (
        "Nearly 4,000 people have been treated for cholera since June, according to the "
        "West African Health Organisation (WAHO), which announced a vaccination drive "
        "on Friday."
    )
    record = extract(text)
    treated = _by_content(record, "have been treated for cholera")
    assert treated.content.text == "Nearly 4,000 people have been treated for cholera since June"
    assert treated.speaker.text.endswith("(WAHO)")
    drive = _by_content(record, "a vaccination drive")
    assert drive.speaker.text == "which"
    assert _speaker_name(record, drive) == _speaker_name(record, treated)
    assert "West African Health Organisation" in _speaker_name(record, drive)
    for quote in record.quotes:
        assert quote.via is None or "which" not in quote.via.text


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # The parser makes the quote's verb the root and its "That" the subject of the
        # participle cues; the speaker is the subject of the sentence's own verb.
        (
            "Mr. Lutz hardly clarified the matter, treating the remark first as a "
            "compliment -- ''That makes me smart'' -- and, when questioned after the "
            "debate, asserting, ''Of course, I pay federal taxes.''",
            "Of course, I pay",
            "Lutz",
        ),
        # "as X, doing Y, said": the speaker follows the closing mark and an "as".
        (
            "Protest is patriotic, she said, whether it was wearing a shirt with the words "
            "''I can't breathe,'' as Eric Garner, gasping facedown on a sidewalk in Staten "
            "Island, said before he died.",
            "I can't breathe",
            "Eric Garner",
        ),
    ],
)
def test_speaker_is_never_inside_a_quotation(extract, text, words, speaker):
    record = extract(text)
    quote = _by_content(record, words)
    assert quote.speaker is not None
    assert speaker in quote.speaker.text
    marks = [(m.start, m.end) for m in find_quote_spans(text)]
    assert not any(s <= quote.speaker.start < e for s, e in marks)


def test_next_sentence_with_its_own_quotation_keeps_its_cue(extract):
    # "Peru insisted that Lima “…”" is short, but its cue is its own quotation's.
    record = extract(
        "Chile branded the junta a “rogue regime on our doorstep.” "
        "Peru insisted that Lima “end its reckless provocations.”"
    )
    first = _by_content(record, "rogue regime")
    assert first.speaker is not None and first.speaker.text == "Chile"
    assert first.cue is not None and first.cue.text == "branded"
    second = _by_content(record, "end its reckless")
    assert second.speaker is not None and second.speaker.text == "Peru"
    assert second.continues is None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # The finite "did" is an auxiliary; its verb "moved" holds the subject.
        (
            "Okafor didn't seem particularly moved by the governor's apology Tuesday, "
            "telling reporters, “A lot of people said the governor should resign.”",
            "A lot of people said",
            "Okafor",
        ),
    ],
)
def test_participle_cue_takes_the_subject_behind_an_auxiliary(extract, text, words, speaker):
    quote = _by_content(extract(text), words)
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Quill also spoke on “Nightline,” saying the vote was close.",
        "Quill told Fox News’s “Weekend Ledger,” that the vote was close.",
    ],
)
def test_programme_title_after_on_is_not_a_quote(extract, text):
    record = extract(text)
    assert not any(q.kind == "direct" for q in record.quotes), [
        q.content.text for q in record.quotes
    ]
    assert any("the vote was close" in q.content.text for q in record.quotes)


def test_short_quote_with_a_cue_is_still_speech(extract):
    record = extract("“Never,” Quill said on Tuesday.")
    quote = _by_content(record, "Never")
    assert quote.kind == "direct" and quote.speaker is not None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "A number of senators echo her worries, because the main test for the visa is "
            "a “lawful source of investment income,” as a Treasury memo put it.",
            "lawful source of investment income",
            "a Treasury memo",
        ),
        (
            "His medical degree has not kept him from being seen, as The Atlantic put it "
            "in a long profile, “the fixer.”",
            "the fixer",
            "The Atlantic",
        ),
    ],
)
def test_as_x_put_it_names_the_speaker(extract, text, words, speaker):
    quote = _by_content(extract(text), words)
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert quote.cue is not None and quote.cue.text == "put it"
    assert quote.continues is None


def test_writers_hedge_is_not_a_quotes_cue(extract):
    # "seems" is the writer's (or the reported clause's) hedge, not a reporting verb.
    record = extract(
        "She added that most of the rural vote in Ohio seems more anti-Smith than "
        "pro-Jones, which is a problem because, “In the end, we don’t vote against "
        "somebody. We vote for somebody.”"
    )
    quote = _by_content(record, "In the end")
    assert quote.cue is not None and quote.cue.text != "seems"
    assert quote.speaker is not None and quote.speaker.text == "She"


# --- h7: speakers between the closing mark and a trailing cue -----------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "“There's a severe disconnect between this White House and our military,” "
            "Giuliani, a Trump surrogate, said Thursday on Fox News’s “Fox and Friends.”",
            "severe disconnect",
            "Giuliani",
        ),
        (
            "“The ferry will not sail until the storm has passed,” Ingrid Solheim, the "
            "harbour master, said Friday on CNN’s “New Day.”",
            "ferry will not sail",
            "Ingrid Solheim",
        ),
    ],
)
def test_name_and_appositive_before_trailing_cue_speak(extract, text, words, speaker):
    # The parser makes the programme title after the cue its subject; the words
    # between the closing mark and the cue are the speaker.
    record = extract(text)
    quote = _by_content(record, words)
    assert quote.speaker is not None
    assert speaker.split()[-1] in quote.speaker.text
    assert _speaker_name(record, quote) == speaker


def test_short_exclamation_running_into_its_speaker_is_speech(extract):
    text = (
        "Hundreds of supporters waved flags as the results came in.\n\n"
        "“We did it!” beamed Marta Quispe of El Alto, who had queued since dawn."
    )
    record = extract(text)
    quote = _by_content(record, "We did it!")
    assert quote.kind == "direct"
    assert _speaker_name(record, quote) == "Marta Quispe"


def test_short_title_before_a_relative_clause_is_not_speech(extract):
    text = (
        "The policy known as the “Open Roads,” which came into force in 2019, cut "
        "tolls on every highway in the province."
    )
    record = extract(text)
    assert not any("Open Roads" in q.content.text for q in record.quotes)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Opposition leader Raila Odinga is doubling down on his support for a "
            "referendum on the new constitution.",
            "referendum on the new constitution",
            "Raila Odinga",
        ),
        (
            "Governor Maria Alvarez also offered her early assessment of the "
            "flood damage in the northern districts.",
            "flood damage",
            "Maria Alvarez",
        ),
    ],
)
def test_statement_noun_owned_by_a_pronoun_is_the_clause_subjects(extract, text, words, speaker):
    # "his support for …" as the object of a verb: the verb's subject holds the view.
    record = extract(text)
    quote = _by_content(record, words)
    assert quote.speaker is not None and quote.speaker.text.endswith(speaker)


def test_its_does_not_point_back_to_a_person_subject(extract):
    text = (
        "Senator Paul Whitfield blasted the Federal Election Commission on Tuesday "
        "for its decision not to fine the campaign."
    )
    record = extract(text)
    for quote in record.quotes:
        if "not to fine" in quote.content.text and quote.speaker is not None:
            assert "Whitfield" not in quote.speaker.text


def test_unowned_statement_noun_after_a_preposition_is_the_named_subjects(extract):
    text = (
        "The bishops have accused the government of silencing critics. Daniel Ortega "
        "has responded with attacks on the bishops, including Sunday’s broadcasts."
    )
    record = extract(text)
    quote = _by_content(record, "the bishops, including")
    assert quote.speaker is not None and "Ortega" in quote.speaker.text


def test_unowned_statement_noun_needs_someone_named(extract):
    text = "The old mine has struggled with falling demand for thermal coal used to make steel."
    record = extract(text)
    for quote in record.quotes:
        assert quote.speaker is None or "mine" not in quote.speaker.text


def test_appositive_speaker_hung_on_the_statements_last_noun(extract):
    # The parser makes "a police spokeswoman, Rae Hamoonga" an appositive of "leader"
    # and leaves "said" without a subject.
    text = (
        "Police in Ndola fired tear gas at opposition supporters who had gathered to "
        "protest the arrest of their leader, a police spokeswoman, Rae Hamoonga, said."
    )
    record = extract(text)
    quote = _by_content(record, "fired tear gas")
    assert quote.content.text.endswith("arrest of their leader")
    assert quote.speaker is not None and quote.speaker.text == "a police spokeswoman, Rae Hamoonga"
    assert _speaker_name(record, quote) == "Rae Hamoonga"


def test_appositive_in_the_statement_stays_when_the_cue_has_a_subject(extract):
    text = "The company sold its stake to Acme, a British engineering firm, analysts said."
    record = extract(text)
    quote = _by_content(record, "sold its stake")
    assert "a British engineering firm" in quote.content.text
    assert quote.speaker is not None and quote.speaker.text == "analysts"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Senator Claire Whitfield has been steadily pounding the governor as a "
            "“reckless gambler” since the budget vote.",
            "the governor as a “reckless gambler”",
            "Claire Whitfield",
        ),
        (
            "In recent weeks, Okonjo has gone after the minister as a “tired bureaucrat "
            "who ran out of ideas.”",
            "the minister as a “tired bureaucrat",
            "Okonjo",
        ),
    ],
)
def test_object_as_quoted_phrase_is_a_mixed_quote(extract, text, words, speaker):
    # Whatever the verb, "OBJECT as a “…”" sums up what its subject says of the object.
    record = extract(text)
    quote = _by_content(record, words)
    assert quote.kind == "mixed"
    assert quote.speaker is not None and quote.speaker.text.endswith(speaker)


@pytest.mark.parametrize(
    "text",
    [
        "The commander was tapped as the “Lion of the Valley” by his own fighters.",
        "The choice was between going after the mayor as “utterly unfit” or ignoring him.",
    ],
)
def test_nickname_or_gerund_as_phrase_is_no_mixed_quote(extract, text):
    record = extract(text)
    assert not any(q.kind == "mixed" for q in record.quotes)


def test_long_bare_attribution_sentence_after_the_quote(extract):
    # The sentence splitter ends the quote's sentence at "!”"; the next sentence only
    # says who spoke, with a long name and title.
    text = (
        "“This is a great day for every farmer in the valley, and for our future "
        "senator, Grace Wanjiru!” Wanjiru's aunt, county councillor Esther Njeri "
        "Kamau of the Nakuru assembly, shouted to the crowd outside the hall."
    )
    record = extract(text)
    quote = _by_content(record, "great day for every farmer")
    assert quote.cue is not None and quote.cue.text == "shouted"
    assert quote.speaker is not None and "Esther Njeri" in quote.speaker.text
    assert _speaker_name(record, quote) == "Esther Njeri Kamau"


def test_quote_after_a_remark_about_he_continues_the_earlier_quote(extract):
    text = (
        "“We have had problems with cyber intrusions from abroad in the past,” Peter "
        "Mwangi said after meeting the minister. He did not suggest retaliation. “Our "
        "goal is not to start a cycle of escalation.”"
    )
    record = extract(text)
    first = _by_content(record, "cyber intrusions")
    second = _by_content(record, "Our goal")
    assert second.continues == first.id


def test_quote_after_someone_elses_remark_does_not_skip_to_mine(extract):
    text = (
        "“I was sorry for what I did,” I said. He told me that I was wasting his "
        "time. “Explain to me why you are here and why you did what you did.”"
    )
    record = extract(text)
    first = _by_content(record, "I was sorry")
    second = _by_content(record, "Explain to me")
    assert second.continues != first.id
    assert second.speaker is not None and second.speaker.text == "He"


@pytest.mark.parametrize(
    "text",
    [
        "Okoro spoke to the station on Friday.\n\nStated Okoro:\n\n“I think the stakes "
        "are so high that they would do anything necessary to win this count.”",
        "The big city machines are adept at this. Continued Okoro: “So I think it is a "
        "very real problem, and the best thing we can do is register new voters.”",
    ],
)
def test_inverted_cue_and_name_before_a_colon(extract, text):
    record = extract(text)
    quote = _by_content(record, "I think")
    assert quote.speaker is not None and quote.speaker.text == "Okoro"


def test_sentence_opened_by_a_participle_goes_on_from_the_last_speaker(extract):
    text = (
        "Later in the show, Mbeki said of the audit that the report “was not good.” "
        "Adding, “Now, as with all of these scandals, what they actually do is never "
        "that bad. It is always how they handle it.”"
    )
    record = extract(text)
    quote = _by_content(record, "as with all of these scandals")
    assert quote.speaker is not None and quote.speaker.text == "Mbeki"


def test_colon_lead_after_a_chain_of_verbs(extract):
    text = (
        "Odinga gestured as if to stop the ruckus, then leaned in and boomed: “Let’s "
        "defeat them in November.”"
    )
    record = extract(text)
    quote = _by_content(record, "defeat them in November")
    assert quote.cue is not None and quote.cue.text == "boomed"
    assert quote.speaker is not None and quote.speaker.text == "Odinga"


def test_relative_clause_on_a_quoted_chant_is_no_attribution(extract):
    text = (
        "At one point the crowd loudly reprised the chant “Send them home! Send them "
        "home!” that echoed through the hall all week."
    )
    record = extract(text)
    for quote in record.quotes:
        assert quote.speaker is None or quote.speaker.text != "that"


def test_set_off_participle_after_a_mixed_quote_is_a_second_statement(extract):
    text = (
        "Speaking in Mombasa on Tuesday, Ruto insisted that he has “expanded the "
        "party’s base,” claiming that he is responsible for the higher turnout in the "
        "coastal counties."
    )
    record = extract(text)
    first = _by_content(record, "expanded the")
    assert "claiming" not in first.content.text
    assert first.content.text.endswith("base,”")
    second = _by_content(record, "responsible for the higher turnout")
    assert second.cue is not None and second.cue.text == "claiming"
    assert second.speaker is not None and second.speaker.text == "Ruto"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The ad uses footage of Hillary Clinton asking, “Why are we not fifty "
            "points ahead, you might ask?”",
            "Hillary Clinton",
        ),
        (
            "Reporters at the rally heard Governor Sanwo-Olu saying, “We will rebuild "
            "every market that burned before the rains come.”",
            "Governor Sanwo-Olu",
        ),
    ],
)
def test_someone_shown_or_heard_speaking_is_the_speaker(extract, text, speaker):
    record = extract(text)
    quote = record.quotes[0]
    assert quote.speaker is not None and quote.speaker.text == speaker


# --- speaker attribution defects (dateline relays, joint speakers, relays, brackets) ---


def test_unresolved_it_never_falls_back_to_the_dateline_agency(extract):
    # Nobody in the story is an organisation that could say it: the fallback must not
    # take the agency that filed the story ("LONDON (Reuters) -") nor the dateline place.
    text = (
        "LONDON (Reuters) - Britain's biggest bank cut its profit forecast on Tuesday.\n\n"
        "It said profits would fall in the second half of the year."
    )
    record = extract(text)
    quote = _by_content(record, "profits would fall")
    assert quote.speaker is not None and quote.speaker.text == "It"
    assert _speaker_name(record, quote) not in ("Reuters", "LONDON")
    # Reuters only filed the story: it is not this statement's relay either.
    assert quote.via is None or record.entity(quote.via.entity).name != "Reuters"


def test_it_after_a_dateline_still_takes_the_body_named_in_the_story(extract):
    text = (
        "FRANKFURT (Reuters) - Volkswagen's quarterly sales beat forecasts, sending "
        "its shares higher in early trade.\n\n"
        "It said deliveries would rise further in the fourth quarter."
    )
    record = extract(text)
    quote = _by_content(record, "deliveries would rise")
    assert _speaker_name(record, quote) == "Volkswagen"


@pytest.mark.parametrize(
    "text",
    [
        "SANTIAGO (Reuters) - Forest fires in central Chile have killed at least 46 "
        "people.\n\nChile's National Disaster Prevention and Response Service (Senapred) "
        "said more than 1,100 homes had been destroyed.",
        "The U.N. Office for the Coordination of Humanitarian Affairs (OCHA) said aid "
        "convoys had been stopped at the border for a third day.",
    ],
)
def test_speaker_span_never_ends_in_an_open_bracket(extract, text):
    record = extract(text)
    quote = record.quotes[-1]
    assert quote.speaker is not None
    spoken = quote.speaker.text
    assert spoken.count("(") == spoken.count(")"), spoken
    assert spoken == text[quote.speaker.start : quote.speaker.end]
    # The acronym in brackets is the body's own name: the span keeps it, closed.
    assert spoken.endswith(")")


def test_joint_speakers_keep_both_names_and_resolve_to_the_first(extract):
    # Two people announcing together: the span names both; the single entity slot
    # takes the first named, as a reader would list them, never only the second (the
    # parser makes "Ryan" the head of the whole phrase here).
    text = (
        "WASHINGTON (Reuters) - Donald Trump and House Speaker Paul Ryan said on "
        "Thursday they had agreed on a plan to cut taxes for the middle class."
    )
    record = extract(text)
    quote = _by_content(record, "agreed on a plan")
    assert quote.speaker is not None
    assert quote.speaker.text == "Donald Trump and House Speaker Paul Ryan"
    assert _speaker_name(record, quote) == "Donald Trump"


def test_and_inside_one_name_is_no_joint_speaker(extract):
    text = (
        "The Food and Drug Administration and drugmaker Pfizer said on Friday the "
        "recall covered two batches."
    )
    record = extract(text)
    quote = _by_content(record, "recall covered")
    assert _speaker_name(record, quote) == "Food and Drug Administration"


@pytest.mark.parametrize(
    ("text", "speaker", "agency"),
    [
        (
            "MOSCOW (Reuters) - Russia will not pull its troops back from the border, "
            "Foreign Minister Sergei Lavrov, quoted by the state news agency RIA, said "
            "on Monday.",
            "Sergei Lavrov",
            "RIA",
        ),
        (
            "BEIJING (Reuters) - China's foreign ministry spokesman Wang Wenbin, cited "
            "by the state news agency Xinhua, said the visit was a provocation.",
            "Wang Wenbin",
            "Xinhua",
        ),
    ],
)
def test_quoted_by_an_agency_is_the_relay_not_the_speaker(extract, text, speaker, agency):
    record = extract(text)
    quote = record.quotes[0]
    assert _speaker_name(record, quote) == speaker
    assert quote.via is not None and agency in quote.via.text
    assert quote.via.entity is not None and agency in record.entity(quote.via.entity).name


def test_quoted_by_after_a_trailing_cue_is_the_relay(extract):
    text = (
        "Russia will respond to any attack, Foreign Minister Sergei Lavrov said, "
        "quoted by Interfax news agency."
    )
    record = extract(text)
    quote = record.quotes[0]
    assert _speaker_name(record, quote) == "Sergei Lavrov"
    assert quote.via is not None and "Interfax" in quote.via.text


def test_speaker_span_stops_before_an_aside_in_brackets(extract):
    text = (
        "Ms. Okafor (a point several economists I spoke with made as well) said the "
        "new levy would fall hardest on small farms."
    )
    record = extract(text)
    quote = _by_content(record, "fall hardest")
    assert quote.speaker is not None and quote.speaker.text == "Ms. Okafor"


def test_a_name_set_off_at_the_end_of_the_speaker_phrase_is_who_spoke(extract):
    record = extract(
        "The United Nations envoy for Sudan, Ramtane Lamamra, urged both sides to return "
        "to talks in Jeddah."
    )
    envoy = next(e for e in record.entities if e.name == "Ramtane Lamamra")
    quote = next(q for q in record.quotes if q.cue and q.cue.text == "urged")
    assert quote.speaker.text.endswith("Ramtane Lamamra")
    assert quote.speaker.entity == envoy.id


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The ministry's spokesman, Li Wen, told a regular briefing that the bloc was "
            "\u201cpoliticising economic and trade issues\u201d.",
            "that the bloc was \u201cpoliticising economic and trade issues\u201d",
        ),
        (
            'The governor insisted that she had "rebuilt every bridge in the state," '
            "pointing to the new span over the river.",
            'that she had "rebuilt every bridge in the state,"',
        ),
    ],
)
def test_subject_outside_the_marks_makes_one_mixed_quote(extract, text, content):
    # the writer's words name who or what the quoted predicate is about: one mixed quote
    # with the whole clause, not a direct quote of the quoted words alone
    record = extract(text)
    (quote,) = [q for q in record.quotes if "\u201c" in q.content.text or '"' in q.content.text]
    assert quote.kind == "mixed"
    assert quote.content.text == content


def test_according_to_set_off_before_a_quotation_ends_at_the_mark(extract):
    # the parser hangs the quotation on the source's relative clause: the source must
    # stop at the comma, and the quoted words stay one mixed quote with the clause
    text = (
        "The company's latest offer was, according to a driver who asked not to be "
        'named, "nowhere near what it costs to live in this city."'
    )
    # one statement in two parts either side of the relay, the second continuing the first
    first, quote = extract(text).quotes
    assert quote.continues == first.id
    assert quote.kind == "mixed"
    assert quote.speaker.text == "a driver who asked not to be named"
    assert quote.cue.text == "according to"
    assert first.content.text == "The company's latest offer was"
    assert quote.content.text.startswith('"nowhere near')
    assert quote.content.text.endswith('city."') or quote.content.text.endswith("city.")


def test_what_a_speaker_points_to_is_no_addressee(extract):
    text = (
        "The clinic's director pointed to a 2019 state audit that found the program "
        "underfunded. The mayor said to reporters that the road would reopen."
    )
    record = extract(text)
    pointed = _by_content(record, "a 2019 state audit")
    assert pointed.addressee is None
    said = _by_content(record, "the road would reopen")
    assert said.addressee is not None and said.addressee.text == "reporters"


def test_an_unclosed_mark_opened_inside_a_sentence_stops_at_its_end(extract):
    # the closing mark was lost; a phrase quoted mid-sentence does not swallow the next
    # sentence, which has a quote and a speaker of its own
    text = (
        "Opposition lawmakers said the government had ignored “the anger of the "
        "country. Union leader Paul Moreau called the budget ‘a declaration of war on "
        "the poor’."
    )
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == [
        "“the anger of the country.",
        "‘a declaration of war on the poor’",
    ]
    record = extract(text)
    assert any(q.speaker and q.speaker.text == "Union leader Paul Moreau" for q in record.quotes)
    # a mark that opens its sentence may still run on over several sentences
    whole = "“We will win. We always do.\nThe count went on."
    assert [whole[s.start : s.end] for s in find_quote_spans(whole)] == [
        "“We will win. We always do."
    ]


def test_dialogue_dash_quote_resumes_after_its_attribution(extract):
    text = (
        "— We have done everything to find a compromise, said Claire Dubois, whose "
        "National Rally group abstained. — But our patience has limits."
    )
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == [
        "— We have done everything to find a compromise,",
        "— But our patience has limits.",
    ]
    record = extract(text)
    assert len(record.quotes) == 2
    assert all(_speaker_name(record, q) == "Claire Dubois" for q in record.quotes)
    # a party's name is no channel: "National Rally" is not a rally
    assert all(q.channel is None for q in record.quotes)


def test_a_description_never_takes_a_speaker_of_another_office(extract):
    # "the mayor" is not the justice quoted before; "the minister" is the foreign minister
    record = extract(
        "Justice Clara Whitford wrote that the court should reconsider the rule. "
        "The mayor told reporters that the road would reopen on Monday. "
        "Foreign Minister Ana Ruiz said the talks had failed. The minister added that "
        "she would travel to Paris."
    )
    mayor = _by_content(record, "the road would reopen")
    assert _speaker_name(record, mayor) != "Clara Whitford"
    minister = _by_content(record, "she would travel to Paris")
    assert _speaker_name(record, minister) == "Ana Ruiz"


def test_a_statement_carried_by_an_outlet_names_the_relay(extract):
    record = extract(
        "Kim Yo Jong, the sister of leader Kim Jong Un, said in a statement carried by "
        'the state news agency KCNA that the drills were "a rehearsal for invasion." '
        "In a statement published by the ministry, the minister said talks had failed."
    )
    drills = _by_content(record, "the drills were")
    assert drills.content.text.startswith("that the drills were")  # not "KCNA that …"
    assert drills.via is not None and "news agency" in drills.via.text
    assert drills.channel == "statement"
    # an office releasing its own statement relays nothing
    talks = _by_content(record, "talks had failed")
    assert talks.via is None


# --- session 8b: questions put, particle cues ------------------------------------------


def test_answer_after_when_asked_is_the_speakers_quote(extract):
    record = extract(
        "The council met on Tuesday. When asked why, Marta Delgado responded: "
        "“We simply ran out of money.”"
    )
    quote = _by_content(record, "We simply ran out of money")
    assert quote.speaker is not None and "Delgado" in quote.speaker.text
    assert quote.cue is not None and quote.cue.text == "responded"
    # the reported question stops at its comma; it never swallows the answer
    assert not any("Delgado" in q.content.text for q in record.quotes)


def test_shot_back_takes_its_own_subject(extract):
    record = extract(
        "Officials in Ohio said the plant would close. Governor Ben Holt shot back, "
        "“That is a lie and they know it.”"
    )
    quote = _by_content(record, "That is a lie")
    assert quote.speaker is not None and "Holt" in quote.speaker.text
    assert quote.cue is not None and quote.cue.text == "shot back"


def test_fired_back_that_is_reported_speech(extract):
    record = extract("The finance minister fired back that the figures were wrong.")
    quote = _by_content(record, "the figures were wrong")
    assert quote.speaker is not None and "minister" in quote.speaker.text


def test_title_after_called_ending_in_comma_is_no_speech(extract):
    record = extract(
        "Lowe's break came in 2009, when she joined the cast of a show called "
        '"Brokers," which ran for two seasons.'
    )
    assert not any("Brokers" in q.content.text for q in record.quotes)


def test_citing_a_source_is_no_statement_of_its_own(extract):
    record = extract(
        "Rebels have seized the airport, the ministry said, citing intelligence reports."
    )
    assert [q.content.text for q in record.quotes] == ["Rebels have seized the airport"]
    # what is cited is not the channel of the statement
    assert record.quotes[0].channel != "report"


def test_citing_a_reason_is_still_reported(extract):
    record = extract(
        "The company will cut 300 jobs, the chief executive said on Monday, "
        "citing falling demand in Asia."
    )
    assert any("falling demand" in q.content.text for q in record.quotes)


def test_according_to_a_statement_sets_the_channel(extract):
    record = extract("The mayor will not run again, according to a statement from her office.")
    quote = _by_content(record, "will not run again")
    assert quote.channel == "statement"


def test_weighed_in_on_reports_a_stance(extract):
    record = extract("Senator Ana Ruiz weighed in on the allegations against the campaign manager.")
    quote = _by_content(record, "the allegations against the campaign manager")
    assert quote.speaker is not None and "Ruiz" in quote.speaker.text
    assert quote.cue is not None and quote.cue.text.startswith("weighed in")


def test_played_down_takes_its_object_as_content(extract):
    record = extract("The finance minister played down the risk of a recession on Monday.")
    quote = _by_content(record, "the risk of a recession")
    assert quote.speaker is not None and "minister" in quote.speaker.text
    assert quote.cue is not None and quote.cue.text == "played down"


def test_short_quote_after_a_colon_lead_in_is_speech(extract):
    record = extract("Mayor Ana Ruiz replied on Twitter: “Nobody asked them.”")
    quote = _by_content(record, "Nobody asked them")
    assert quote.speaker is not None and "Ruiz" in quote.speaker.text
    assert quote.cue is not None and quote.cue.text == "replied"


def test_hit_back_on_a_platform_is_not_content(extract):
    record = extract("Mayor Ana Ruiz hit back on Twitter: “Nobody asked them.”")
    assert [q.content.text for q in record.quotes] == ["Nobody asked them."]
    assert record.quotes[0].channel == "social_media"


def test_closing_pair_of_apostrophes_is_one_mark():
    text = "The ministry dismissed the claims as ''lies''. Army chief Ben Okafor said so."
    spans = find_quote_spans(text)
    assert len(spans) == 1
    assert text[spans[0].start : spans[0].end] == "''lies''"
    start, end = spans[0].inner(text)
    assert text[start:end] == "lies"
