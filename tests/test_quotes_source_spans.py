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
