"""A direct quote broken by its attribution and a side remark in the same sentence
goes on with the statement before it; PolNeAR joins the two parts into one content."""

from __future__ import annotations


def _quote_with(record, words: str):
    hits = [q for q in record.quotes if words in q.content.text]
    assert hits, f"no quote holds {words!r}: {[q.content.text for q in record.quotes]}"
    return hits[0]


def test_quote_after_a_participle_remark_continues_the_first(extract):
    record = extract(
        "“We have never been closer to a deal,” Ortega wrote in a message to members "
        "explaining why she is speaking at the rally, “and I will not walk away from it now. "
        "We owe it to the workers.”"
    )
    first = _quote_with(record, "We have never been closer to a deal")
    second = _quote_with(record, "I will not walk away from it")
    assert second.continues == first.id
    assert second.cue is not None and second.cue.text == "wrote"
    assert second.speaker is not None and second.speaker.text == "Ortega"


def test_quote_after_when_asked_continues_the_first(extract):
    record = extract(
        "''Patience, patience, patience,'' Mrs. Okafor said on ''The Morning Show'' last week "
        "when asked what the council would do in the new year. ''Nobody wins a budget fight "
        "in a month. We will get there.''"
    )
    first = _quote_with(record, "Patience, patience, patience")
    second = _quote_with(record, "Nobody wins a budget fight in a month")
    assert second.continues == first.id
    assert second.cue is not None and second.cue.text == "said"


def test_quote_after_a_referring_remark_continues_the_answer(extract):
    record = extract(
        "''It's the treasurer,'' Ms. Vance answered, referring to Paul Ode, a city official "
        "overseeing the budget. ''I'm sure he knows him. I'll call him.''"
    )
    first = _quote_with(record, "It's the treasurer")
    second = _quote_with(record, "I'm sure he knows him")
    assert second.continues == first.id
