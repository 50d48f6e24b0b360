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


def test_attribution_set_inside_reported_content_splits_it_in_two(extract):
    # PolNeAR joins the two parts as one discontinuous content, as with “A,” he said, “B.”
    text = "The trouble, Okonkwo writes in the new book, began with the 1998 budget cuts."
    record = extract(text)
    first = by_content(record, "The trouble")
    second = by_content(record, "began with the 1998")
    assert first.content.text == "The trouble"
    assert second.content.text == "began with the 1998 budget cuts"
    assert second.continues == first.id
    assert speaker_name(record, second) == speaker_name(record, first)


def test_a_bare_but_before_the_attribution_stays_out(extract):
    text = (
        "Mayor Ines Carvalho backed the new stadium plan. But, Carvalho added, she did not "
        "support raising the hotel tax to pay for it."
    )
    record = extract(text)
    quote = by_content(record, "raising the hotel tax")
    assert quote.content.text.startswith("she did not support")


def test_the_writers_clause_after_a_closing_relay_is_not_relayed(extract):
    text = (
        "Harlan has won 758 delegates so far, compared with 538 for Ortiz, according to a "
        "CNN tally, but his path to the nomination is narrowing."
    )
    record = extract(text)
    quote = by_content(record, "758 delegates")
    assert "narrowing" not in quote.content.text
    assert quote.content.text.endswith("538 for Ortiz")


def test_reported_content_starts_after_its_own_attribution(extract):
    # The parser runs the quotation's last sentence into the next paragraph and makes the
    # whole paragraph the reported clause; what Pruitt said starts after "said".
    text = (
        '"If you noticed, he didn\'t answer the question," Pruitt said of Ames. "That\'s '
        "what I like and that's what the voters like.\"\n"
        "Moments earlier, in his opening remarks, Pruitt said he was ideally suited for the "
        "governorship."
    )
    record = extract(text)
    quote = by_content(record, "ideally")
    assert quote.content.text == "he was ideally suited for the governorship"
