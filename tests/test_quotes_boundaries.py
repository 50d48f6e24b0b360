"""Where a quote's content starts and ends (PolNeAR's exact spans), on hand-written
news text."""

from __future__ import annotations

from quote_helpers import by_content, speaker_name


def test_that_clause_framing_a_quotation_is_one_mixed_quote(extract):
    text = (
        "Senator Ruth Akande spoke briefly on Tuesday. She told reporters that “nobody in "
        "this building wants a shutdown.”"
    )
    record = extract(text)
    quote = by_content(record, "nobody in this building")
    assert quote.kind == "mixed"
    assert quote.content.text.startswith("that “nobody")
    assert speaker_name(record, quote) == "Ruth Akande"


def test_writers_words_before_the_marks_belong_to_the_content(extract):
    # "he has put together" is the writer's wording of what Blackmore claimed.
    text = (
        "Blackmore, the campaign’s national chairman, said he has put together “what is "
        "probably the best ground game in the state.”"
    )
    record = extract(text)
    quote = by_content(record, "best ground game")
    assert quote.content.text.startswith("he has put together “what")
    assert quote.kind == "mixed"


def test_a_quotation_set_off_by_a_comma_stays_direct(extract):
    text = "Later, Governor Ellis was asked, “What would you cut first if the levy fails?”"
    record = extract(text)
    quote = by_content(record, "cut first")
    assert quote.content.text.startswith("What would you cut")


def test_that_before_a_whole_quoted_sentence_stays_out(extract):
    # A capitalised quotation after a bare "that" is the sentence as it was said.
    text = (
        "Police spokesman Daniel Osei tweeted that “The suspect is in custody and the "
        "bridge will reopen at noon,” but gave no further details."
    )
    record = extract(text)
    quote = by_content(record, "suspect is in custody")
    assert quote.content.text.startswith("The suspect")
    assert quote.kind == "direct"
