"""Attributions PolNeAR marks that reported speech used to miss: a vote "in favor of"
something, a stance infinitive on a predicated noun, and the writer's reading with
appear/seem where the verb under it reports nothing itself."""

from __future__ import annotations


def _quote_with(record, words: str):
    hits = [q for q in record.quotes if words in q.content.text]
    assert hits, f"no quote holds {words!r}: {[q.content.text for q in record.quotes]}"
    return hits[0]


def test_voted_in_favor_of_reports_what_was_voted_for(extract):
    record = extract(
        "After a two-day debate, the county’s Democratic majority voted in favor of the "
        "new housing levy on Thursday evening."
    )
    quote = _quote_with(record, "the new housing levy")
    assert quote.cue is not None and quote.cue.text.startswith("voted")
    assert quote.speaker is not None and "majority" in quote.speaker.text


def test_argued_in_favour_of_a_ban(extract):
    record = extract("The health minister argued in favour of a ban on disposable vapes.")
    _quote_with(record, "a ban on disposable vapes")


def test_infinitive_on_a_predicated_noun_speaks_for_the_subject(extract):
    record = extract(
        "Murkowski was the only senator to vote against the spending package, which passed 68-31."
    )
    quote = _quote_with(record, "the spending package")
    assert quote.speaker is not None and quote.speaker.text == "Murkowski"


def test_infinitive_of_purpose_on_a_predicated_noun_is_no_attribution(extract):
    record = extract("She is the right person to lead the party into the next election.")
    assert not record.quotes, [q.content.text for q in record.quotes]


def test_appeared_with_a_non_reporting_verb_is_the_writers_reading(extract):
    record = extract(
        "In another message, the charity appeared to push aides to the governor to find "
        "a job for one of its donors."
    )
    quote = _quote_with(record, "the charity appeared to push aides")
    assert quote.speaker is None


def test_appeared_to_suggest_keeps_the_inner_statement(extract):
    record = extract("The governor appeared to suggest that the budget talks had collapsed.")
    quote = _quote_with(record, "that the budget talks had collapsed")
    assert quote.speaker is not None and quote.speaker.text == "The governor"
    assert "appeared" not in quote.content.text


def test_relative_clause_with_seem_keeps_the_relative_word(extract):
    record = extract(
        "Her rivals seized on the remarks, which seem to have cost her support among older voters."
    )
    _quote_with(record, "which seem to have cost her support")


def test_object_before_a_comma_is_what_was_announced(extract):
    record = extract(
        "At the moment Ms. Delgado announced her candidacy last winter, her rival was "
        "holding a fundraiser in his office downtown."
    )
    quote = _quote_with(record, "her candidacy")
    assert "fundraiser" not in quote.content.text
    assert quote.speaker is not None and quote.speaker.text == "Ms. Delgado"


def test_claimed_responsibility_before_a_participle_clause(extract):
    record = extract(
        "So far, no extremist organization has claimed responsibility for the deadly "
        "shooting, leading law enforcement officials to question whether the gunman acted alone."
    )
    quote = _quote_with(record, "responsibility for the deadly shooting")
    assert "officials" not in quote.content.text


def test_told_reporters_comma_clause_still_reports_the_clause(extract):
    record = extract("The mayor told reporters, the bridge will reopen on Monday.")
    _quote_with(record, "the bridge will reopen on Monday")


def test_a_person_being_clear_that_still_reports(extract):
    record = extract("The governor was clear that the tax would not rise this year.")
    _quote_with(record, "the tax would not rise this year")


def test_series_of_verbs_cue_reports_its_own_object(extract):
    record = extract(
        "But she has also promised to push harder than Mr. Obama in extending health "
        "coverage to undocumented workers, opposed his signature Pacific fishing treaty and "
        "outstripped his plans to defeat the rebels."
    )
    quote = _quote_with(record, "his signature Pacific fishing treaty")
    assert "coverage" not in quote.content.text


def test_clause_before_a_cue_without_object_is_still_reported(extract):
    record = extract("The plan will fail, the senator warned the president on Monday.")
    _quote_with(record, "The plan will fail")
