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
