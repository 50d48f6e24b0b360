"""Who spoke: speaker spans and the entity they resolve to, on hand-written news text."""

from __future__ import annotations


def _by_content(record, words: str):
    hits = [q for q in record.quotes if words in q.content.text]
    assert hits, f"no quote holds {words!r}: {[q.content.text for q in record.quotes]}"
    return hits[0]


def _speaker_name(record, quote) -> str | None:
    if quote.speaker is None or quote.speaker.entity is None:
        return None
    return record.entity(quote.speaker.entity).name


def test_speaker_of_a_sentence_the_parser_ran_into_the_headline_above(extract):
    # A live-blog headline with no full stop: the parser hangs "said" on the headline
    # and loses the subject of the sentence under it.
    text = (
        "Okafor Says She Will Close The Harbour Bridge For Repairs\n"
        "Maria Okafor said she would close the harbour bridge for six weeks of repairs, "
        "which angered commuters."
    )
    record = extract(text)
    quote = _by_content(record, "six weeks of repairs")
    assert quote.speaker is not None
    assert quote.speaker.text == "Maria Okafor"
    assert _speaker_name(record, quote) == "Maria Okafor"


def test_speaker_of_a_second_verb_run_into_the_headline_above(extract):
    text = (
        "March 3, 2024 9:15AMOkafor Says She Will Close The Harbour Bridge For Repairs\n"
        "Maria Okafor said she would close the harbour bridge for six weeks of repairs, "
        "and noted that the ferries would run every hour."
    )
    record = extract(text)
    quote = _by_content(record, "six weeks of repairs")
    assert quote.speaker is not None and quote.speaker.text == "Maria Okafor"
