"""A "he"/"she" who speaks is the person the story was just about: the main subject of
the sentence before, not whoever was named last (hand-written news text)."""

from __future__ import annotations

from quote_helpers import by_content, speaker_name


def test_he_after_an_op_ed_sentence_is_its_author_not_the_man_he_criticised(extract):
    text = (
        "Former Governor Jeb Tolliver says President Mark Halvorsen is acting unlawfully "
        "on water rights.\n\n"
        "Tolliver is panning Halvorsen’s set of measures in an op-ed in the Fresno Bee. "
        "He’s comparing the order to Halvorsen’s earlier action on grazing permits and "
        "says the president is flouting the law."
    )
    record = extract(text)
    quote = by_content(record, "flouting the law")
    assert quote.speaker is not None and quote.speaker.text == "He"
    assert speaker_name(record, quote) == "Jeb Tolliver"


def test_he_after_a_sentence_about_him_is_not_the_man_in_his_if_clause(extract):
    # "If Kramer doesn't become the nominee": a subject inside a conditional clause is
    # not who the story is about; Bennett is.
    text = (
        "“I wouldn’t vote for her,” Paradis explained.\n\n"
        "Tom Bennett does not feel the same way about Senator Walsh. If Kramer doesn’t "
        "become the nominee, he said he would settle for one of the reality TV star’s rivals."
    )
    record = extract(text)
    quote = by_content(record, "settle for one")
    assert quote.speaker is not None and quote.speaker.text == "he"
    assert speaker_name(record, quote) == "Tom Bennett"


def test_a_subject_inside_what_someone_said_is_not_the_antecedent(extract):
    # "Kessler is the best debater" is what Moreau argues; the next "he" is Moreau.
    text = (
        "“The party needs a fighter now,” veteran organiser Paul Moreau says.\n\n"
        "Kessler is not only right on the issues, he is also the ablest candidate, "
        "Moreau argues.\n\n"
        "“Kessler is our best debater, our most articulate fighter,” he says."
    )
    record = extract(text)
    quote = by_content(record, "our best debater")
    assert speaker_name(record, quote) == "Paul Moreau"
