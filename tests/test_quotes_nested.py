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
