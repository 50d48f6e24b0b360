"""'according to X' set off after the clause it vouches for, when the parser makes a
second clause of a relative aside on the source."""

from __future__ import annotations


def _quote_with(record, words: str):
    hits = [q for q in record.quotes if words in q.content.text]
    assert hits, f"no quote holds {words!r}: {[q.content.text for q in record.quotes]}"
    return hits[0]


def test_according_to_before_a_where_aside_vouches_for_the_clause_before(extract):
    record = extract(
        "In the final round of state primaries next month, Clinton holds a 10-point lead in "
        "California, according to the RealClearPolitics average of polls, where 475 pledged "
        "delegates will be at stake."
    )
    quote = _quote_with(record, "Clinton holds a 10-point lead in California")
    assert quote.cue is not None and quote.cue.text.startswith("according")
    assert quote.speaker is not None or quote.via is not None
    ref = quote.speaker or quote.via
    assert "where" not in ref.text and "delegates" not in ref.text


def test_according_to_with_a_coordinated_clause_after_keeps_the_first(extract):
    record = extract(
        "Consumer prices rose 3 percent in May, according to the statistics bureau, and "
        "they are expected to rise again in June."
    )
    quote = _quote_with(record, "Consumer prices rose 3 percent in May")
    assert "rise again" not in quote.content.text
