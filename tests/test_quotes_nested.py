"""Reported content that holds a second clause or a further attribution: where one
statement ends and whether the inner one stands; hand-written news text."""

from __future__ import annotations


def _quote_with(record, words: str):
    """The quote whose content holds ``words``."""
    hits = [q for q in record.quotes if words in q.content.text]
    assert hits, f"no quote holds {words!r}: {[q.content.text for q in record.quotes]}"
    return hits[0]


def test_said_that_a_and_that_b_is_one_content(extract):
    # "and that he expected …" is the second thing the senator said, not the
    # senator's expectation reported on its own
    record = extract(
        "Senator Maria Delgado said that the farm bill would pass the chamber this week "
        "and that she expected bipartisan support for the drought relief in it."
    )
    quote = _quote_with(record, "the farm bill would pass")
    assert quote.cue is not None and quote.cue.text == "said"
    assert "bipartisan support for the drought relief" in quote.content.text
    assert not any(q.cue is not None and q.cue.text == "expected" for q in record.quotes)


def test_coordinated_statement_without_that_stays_apart(extract):
    # no second "that": the spokesman's own further statement, cut from the first
    record = extract(
        "The union said the strike would go ahead on Monday, and its spokesman warned "
        "that the ports would be closed for a week."
    )
    first = _quote_with(record, "the strike would go ahead")
    assert "ports would be closed" not in first.content.text


def test_object_keeps_the_phrase_after_it(extract):
    # the parser hangs "in the flooded villages" on the verb; it is part of what was
    # praised, the day is not
    record = extract(
        "The minister praised the volunteers' work in the flooded villages on Tuesday."
    )
    quote = _quote_with(record, "the volunteers' work")
    assert quote.cue is not None and quote.cue.text == "praised"
    assert quote.content.text == "the volunteers' work in the flooded villages"


def test_object_then_attack_over_a_record(extract):
    record = extract("The candidate attacked his rival over his record on immigration.")
    quote = _quote_with(record, "his rival")
    assert quote.content.text == "his rival over his record on immigration"


def test_channel_after_the_object_is_not_content(extract):
    # "in a letter", "in an interview": how it was said
    record = extract(
        "Critics blasted the company's decision in a letter to shareholders. The union "
        "leader defended the strike in an interview with local radio."
    )
    assert _quote_with(record, "the company's decision").content.text == ("the company's decision")
    assert _quote_with(record, "the strike").content.text == "the strike"


def test_object_keeps_the_infinitive_that_says_what_it_is_for(extract):
    # the parser hangs "to tighten …" and "to drop out …" on the verb
    record = extract(
        "Republicans criticized the president's executive actions to tighten gun rules. "
        "The governor rejected calls from party leaders to drop out of the race."
    )
    assert _quote_with(record, "executive actions").content.text == (
        "the president's executive actions to tighten gun rules"
    )
    assert _quote_with(record, "calls from party leaders").content.text == (
        "calls from party leaders to drop out of the race"
    )


def test_clause_of_reason_stays_in_the_content(extract):
    # "want" is a cue verb, but the because-clause is part of what the mayor said
    record = extract(
        "Mayor Tom Reilly said the unions would not back him because he did not want their money."
    )
    quote = _quote_with(record, "the unions would not back him")
    assert quote.content.text == (
        "the unions would not back him because he did not want their money"
    )
    assert not any(q.cue is not None and "want" in q.cue.text for q in record.quotes)


def test_contrasting_while_clause_is_a_statement_of_its_own(extract):
    record = extract("Ortiz says the tax will fall, while her rival says it will rise.")
    assert _quote_with(record, "the tax will fall").content.text == "the tax will fall"
    assert _quote_with(record, "it will rise").speaker.text == "her rival"


def test_coordinated_belief_inside_the_content_stays(extract):
    # "expected" is a belief the union reports of its members, not a new attribution
    record = extract(
        "The farmers' union said prices had fallen for a third year and most members "
        "expected further losses."
    )
    quote = _quote_with(record, "prices had fallen")
    assert quote.content.text == (
        "prices had fallen for a third year and most members expected further losses"
    )


def test_prepositional_object_keeps_what_it_was_taken_for(extract):
    record = extract(
        "The mayor referred to the stadium as a waste of public money. Critics spoke "
        "of the dam as a disaster for the valley."
    )
    assert _quote_with(record, "the stadium").content.text == (
        "the stadium as a waste of public money"
    )
    assert _quote_with(record, "the dam").content.text == "the dam as a disaster for the valley"
