"""Speaker spans: where the source phrase starts and ends (hand-written news text)."""

from __future__ import annotations

from quote_helpers import by_content, speaker_name


def test_party_and_state_label_ending_in_a_full_stop_stays_with_the_name(extract):
    # The tokenizer leaves "Vt" and "." apart; the label still closes on its bracket.
    text = "Sen. Ada Lindqvist (I-Vt.) said on Sunday that the farm bill would pass."
    record = extract(text)
    quote = by_content(record, "farm bill")
    assert quote.speaker is not None
    assert quote.speaker.text == "Sen. Ada Lindqvist (I-Vt.)"
    assert speaker_name(record, quote) == "Ada Lindqvist"


def test_a_title_joined_by_a_no_break_space_stays_in_the_speaker(extract):
    text = "Investigative reporter\u00a0Julia Brandt wrote that the contracts were never signed."
    record = extract(text)
    quote = by_content(record, "never signed")
    assert quote.speaker is not None
    assert quote.speaker.text == "Investigative reporter\u00a0Julia Brandt"
    assert speaker_name(record, quote) == "Julia Brandt"


def test_an_aside_in_brackets_is_still_cut_from_the_speaker(extract):
    text = (
        "Councillor Tom Reyes (who chaired the inquiry until last spring) said the "
        "report would be published in May."
    )
    record = extract(text)
    quote = by_content(record, "published in May")
    assert quote.speaker is not None
    assert quote.speaker.text == "Councillor Tom Reyes"


def test_a_title_case_dateline_is_not_part_of_the_speaker(extract):
    text = (
        "New York (AFP) – Oscar-winning actress Lena Moravec, star of the hit film, says "
        "she may not vote in November."
    )
    record = extract(text)
    quote = by_content(record, "may not vote")
    assert quote.speaker is not None
    assert quote.speaker.text.startswith("Oscar-winning actress Lena Moravec")


def test_a_film_named_in_the_speakers_phrase_is_no_quotation(extract):
    # "“Thelma and Louise,” says" looks like a short quote closing on a comma before a
    # cue; it is the title of a work inside the noun phrase.
    text = (
        "Actress Lena Moravec, star of cult classic “Harbour Lights,” says she may not "
        "vote in November."
    )
    record = extract(text)
    assert not [q for q in record.quotes if q.content.text.startswith("Harbour Lights")]
    quote = by_content(record, "may not vote")
    assert speaker_name(record, quote) == "Lena Moravec"
