"""Reported speech that PolNeAR-style attribution counts and plain "X said that" rules
miss: habitual stances, asides before the reported clause, cues the tagger takes for
nouns. Hand-written news text."""

from __future__ import annotations

from quote_helpers import by_content, speaker_name


def test_used_to_support_is_a_stance_of_the_subject(extract):
    record = extract(
        "State Senator Karen Holloway used to support the pipeline expansion before the "
        "spill near Millbrook."
    )
    quote = by_content(record, "the pipeline expansion")
    assert quote.cue is not None and "support" in quote.cue.text
    assert speaker_name(record, quote) == "Karen Holloway"


def test_tended_to_back_is_the_voters_stance(extract):
    record = extract("Rural voters in the district tended to back Mayor Ortiz in past elections.")
    quote = by_content(record, "Mayor Ortiz")
    assert quote.cue is not None and "back" in quote.cue.text
    assert quote.speaker is not None and "Rural voters" in quote.speaker.text


def test_proceeded_to_criticize_reports_the_criticism(extract):
    record = extract("Judge Ellen Marsh then proceeded to criticize the prosecutors for the delay.")
    quote = by_content(record, "the prosecutors")
    assert quote.cue is not None and "criticize" in quote.cue.text
    assert speaker_name(record, quote) == "Ellen Marsh"


def test_went_on_to_win_is_no_statement(extract):
    # "go on to" only makes a statement of a cue; winning a state is no cue
    record = extract("Senator Alma Reyes went on to win the state by 20 points in March.")
    assert not [q for q in record.quotes if "the state" in q.content.text]


def test_used_as_a_tool_is_no_habit(extract):
    # "used the speech to attack X": an intention carried out with a tool, not "used to"
    record = extract("The senator used the speech to attack the governor's budget plan.")
    assert not [q for q in record.quotes if "budget plan" in q.content.text]


def test_citation_between_cue_and_that_is_not_content(extract):
    record = extract(
        "The defence ministry said, citing intelligence reports, that the town had fallen "
        "to rebel forces overnight."
    )
    quote = by_content(record, "the town had fallen")
    assert "citing" not in quote.content.text
    assert "intelligence reports" not in quote.content.text
    assert quote.content.text.startswith("that the town")


def test_citation_and_time_aside_before_that_leave_the_content(extract):
    record = extract(
        "Port officials said on Tuesday, citing satellite images, that the bridge over the "
        "estuary had been destroyed."
    )
    quote = by_content(record, "the bridge over the estuary")
    assert "satellite images" not in quote.content.text
    # the images are what the officials cite, not a statement of their own
    assert not [q for q in record.quotes if q.content.text == "satellite images"]


def test_if_clause_after_that_stays_in_the_content(extract):
    record = extract("Mayor Lin Okafor said that, if re-elected, she would repeal the parking tax.")
    quote = by_content(record, "she would repeal the parking tax")
    assert "if re-elected" in quote.content.text


def test_present_tense_cue_read_as_a_noun_after_a_name(extract):
    # the tagger reads "Trump predicts" as a compound noun (a name that is also a word);
    # the that-clause is still his
    record = extract(
        "Trump predicts that as the smaller parties drop out of the race, many of their "
        "voters will switch to his side."
    )
    quote = by_content(record, "many of their voters will switch")
    assert quote.cue is not None and quote.cue.text == "predicts"
    assert quote.speaker is not None and quote.speaker.text == "Trump"


def test_campaign_projects_that(extract):
    record = extract(
        "The Dutton campaign projects that the new toll would raise $40 million a year."
    )
    quote = by_content(record, "the new toll would raise")
    assert quote.speaker is not None and quote.speaker.text == "The Dutton campaign"


def test_plural_noun_with_relative_clause_is_no_cue(extract):
    record = extract("The market rallies that followed the report faded by noon.")
    assert record.quotes == []


def test_complaints_that_report_the_complaint(extract):
    record = extract(
        "Within a year the housing program was drawing complaints that it was underfunded "
        "and overly prescriptive."
    )
    quote = by_content(record, "it was underfunded")
    assert quote.cue is not None and "complaints" in quote.cue.text


def test_fears_sparked_are_not_the_subjects(extract):
    record = extract(
        "The plant closure sparked fears that the town would lose another 2,000 jobs "
        "before the winter."
    )
    quote = by_content(record, "the town would lose another 2,000 jobs")
    assert quote.cue is not None and "fears" in quote.cue.text
    assert quote.speaker is None


def test_despite_complaints_are_not_the_subjects(extract):
    # the complaints are other people's: the senator is what they are about
    record = extract(
        "Despite complaints that he is a quixotic crusader, Senator Paul Dorsey has found "
        "ways to push his agenda through the committee."
    )
    quote = by_content(record, "he is a quixotic crusader")
    assert quote.speaker is None


def test_amid_fears_names_no_speaker(extract):
    record = extract(
        "Amid fears that the old bridge would collapse, Mayor Lin Okafor closed it to all "
        "traffic on Sunday."
    )
    quote = by_content(record, "the old bridge would collapse")
    assert quote.speaker is None


def test_brushed_off_reports_what_was_dismissed(extract):
    record = extract(
        "Governor Alma Reyes brushed off the auditors' findings on Thursday and went on "
        "the offensive against her critics."
    )
    quote = by_content(record, "the auditors' findings")
    assert quote.cue is not None and "brushed off" in quote.cue.text
    assert speaker_name(record, quote) == "Alma Reyes"


def test_walked_back_the_remarks_is_a_retraction(extract):
    record = extract(
        "A spokesman for the mayor later walked back the remarks about the police union."
    )
    quote = by_content(record, "the remarks about the police union")
    assert quote.cue is not None and "walked back" in quote.cue.text


def test_walked_back_to_a_place_is_no_cue(extract):
    record = extract("Mayor Lin Okafor walked back to City Hall after the rally on Main Street.")
    assert record.quotes == []


def test_took_swipes_at_names_the_target(extract):
    # the parser hangs "at" on "took"; the swipes are still aimed at the rival
    record = extract("Senator Alma Reyes also took multiple swipes at her rival Tom Baker.")
    quote = by_content(record, "her rival Tom Baker")
    assert quote.cue is not None and "swipes" in quote.cue.text
    assert speaker_name(record, quote) == "Alma Reyes"


def test_a_dig_at_the_budget(extract):
    record = extract(
        "Mayor Lin Okafor's speech was a thinly veiled dig at the county's budget office."
    )
    quote = by_content(record, "the county's budget office")
    assert quote.cue is not None and "dig" in quote.cue.text


def test_making_the_case_for_weeks_is_no_target(extract):
    # "for weeks" is how long, not what the case was made for
    record = extract(
        "The governor has been making the case for weeks in town halls across the state."
    )
    assert not [q for q in record.quotes if q.content.text == "weeks"]


def test_chants_for_the_candidates(extract):
    record = extract("The hall filled with chants for the two candidates as the band played.")
    quote = by_content(record, "the two candidates")
    assert quote.cue is not None and "chants" in quote.cue.text
    assert quote.speaker is None


def test_in_hopes_of_is_the_subjects_aim(extract):
    record = extract(
        "Governor Ray Dutton is holding three rallies a day in hopes of reaching rural "
        "voters before the primary."
    )
    quote = by_content(record, "reaching rural voters")
    assert quote.cue is not None and "hopes" in quote.cue.text
    assert speaker_name(record, quote) == "Ray Dutton"


def test_cling_to_the_hope_that(extract):
    record = extract("His rivals cling to the hope that the front-runner lacks a ground game.")
    quote = by_content(record, "the front-runner lacks a ground game")
    assert quote.speaker is not None and quote.speaker.text == "His rivals"


def test_hope_for_the_economy_is_no_statement(extract):
    record = extract("There is new hope for the local economy after the plant reopened.")
    assert record.quotes == []


def test_conversations_about_report_the_topic(extract):
    record = extract(
        "Aides to Senator Paul Dorsey have started conversations about his role on the "
        "budget committee next year."
    )
    quote = by_content(record, "his role on the budget committee")
    assert quote.cue is not None and "conversations" in quote.cue.text


def test_consensus_on_is_a_shared_view(extract):
    record = extract(
        "Young voters have reached a consensus on several issues that divide their parents."
    )
    quote = by_content(record, "several issues that divide their parents")
    assert quote.cue is not None and "consensus" in quote.cue.text
