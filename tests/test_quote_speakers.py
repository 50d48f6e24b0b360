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


def test_description_speaker_whose_own_clause_has_a_pronoun_for_her(extract):
    # "she" in the reported clause is linked to the mayor: that is no other person
    # named in the sentence, so the description still resolves to her.
    text = (
        "Mayor Dana Whitfield visited Tulsa on Saturday, holding a rally that drew 5,000 "
        "people. The self-described democratic socialist said she would win the county "
        "if turnout were high."
    )
    record = extract(text)
    quote = _by_content(record, "win the county")
    assert quote.speaker is not None
    assert quote.speaker.text == "The self-described democratic socialist"
    assert _speaker_name(record, quote) == "Dana Whitfield"


def test_description_speaker_skips_a_person_named_in_its_own_sentence(extract):
    # The guard the pronoun change keeps: a name in the same sentence is not who spoke.
    text = (
        "Mayor Dana Whitfield visited Tulsa on Saturday, holding a rally that drew 5,000 "
        "people. The veteran organiser said Governor Paul Reyes would lose the county."
    )
    record = extract(text)
    quote = _by_content(record, "lose the county")
    assert _speaker_name(record, quote) != "Paul Reyes"


def test_a_publication_description_speaks_for_the_publication_not_a_person(extract):
    text = (
        "The Harbour Review ran a long profile of Governor Paul Reyes last month. "
        "Reyes called the profile unfair. The conservative publication said on Monday "
        "that it stood by every word."
    )
    record = extract(text)
    quote = _by_content(record, "stood by every word")
    assert _speaker_name(record, quote) == "Harbour Review"


def test_he_after_a_relative_clause_speaker_goes_on_with_the_main_subject(extract):
    text = (
        "Speaking to reporters on Monday, Senator Carl Brandt refrained from attacking his "
        "rivals, particularly Governor Tom Hale and Mayor Jim Ortiz, who say the senator "
        "lacks the experience to be governor.\n\n"
        "He dismissed criticism of his debate performance, saying that the campaign had "
        "raised record sums."
    )
    record = extract(text)
    quote = _by_content(record, "record sums")
    assert _speaker_name(record, quote) == "Carl Brandt"


def test_he_after_the_speakers_own_relative_clause_stays_with_the_speaker(extract):
    # Guard for the rule above: the relative clause here is the speaker's own.
    text = (
        "“We show anger, we show emotion,” said Dale Harvey, a delegate from Ohio, who "
        "admitted that Governor Tom Hale was his fourth choice.\n\n"
        "“We are alive and we are loud,” he said."
    )
    record = extract(text)
    quote = _by_content(record, "alive and we are loud")
    assert _speaker_name(record, quote) == "Dale Harvey"


def test_joint_speakers_take_the_first_person_not_the_body_in_their_title(extract):
    text = (
        "Former U.N. Ambassador Joan Okafor and defence editor Dr. Paul Reyes both said that "
        "the treaty was a mistake."
    )
    record = extract(text)
    quote = _by_content(record, "the treaty was a mistake")
    assert _speaker_name(record, quote) == "Joan Okafor"


def test_speaker_the_parser_made_an_object_of_the_paragraph_before(extract):
    # The parser hangs "Okafor" on "said" in the first paragraph as its object and
    # "called" on her; the second "said" is hers, not the object "Hale".
    text = (
        "Mayor Joan Okafor said the move was made by the police chief and said, “Who are "
        "you going to trust on security?”\n\n"
        "Okafor, speaking on WRN radio, called Hale a “blowhard,” and said his remarks were "
        "priceless “propaganda” for gangs."
    )
    record = extract(text)
    quote = _by_content(record, "his remarks were")
    assert quote.speaker is not None
    assert quote.speaker.text == "Okafor"
    assert _speaker_name(record, quote) == "Joan Okafor"


def test_speakers_when_the_parser_runs_a_paragraph_into_the_next(extract):
    # "Jr." ends the paragraph without a sentence break: the parser hangs "said" and
    # "Mertz" on "says" in the next paragraph, and "Okafor" on a word before it.
    text = (
        "Courting union voters, she has sought to distance herself from the port closures "
        "and tax policies associated with the 1990s.\n\n"
        "''To what extent does Paul Okafor's mixed policy record map out to the current "
        "campaign? That's the challenge,'' said Daniel Mertz, a senior fellow at the "
        "Institute for Fiscal Studies and a former economic adviser to Governor Thomas R. "
        "Hale Jr.\n\n"
        "Mrs. Okafor often says she is not running for her husband's third term, but she has "
        "also cited his economic record.\n"
    )
    record = extract(text)
    challenge = _by_content(record, "That's the challenge")
    assert challenge.speaker is not None and challenge.speaker.text == "Daniel Mertz"
    term = _by_content(record, "third term")
    assert term.speaker is not None and term.speaker.text == "Mrs. Okafor"


def test_speaker_set_off_after_a_dash_the_parser_joined_to_the_clause_before(extract):
    text = (
        "And it wasn’t a one-off or an accident — Dana Whitfield, a spokeswoman for Okafor, "
        "told WRN that the mayor gave the council a heads up about her decision."
    )
    record = extract(text)
    quote = _by_content(record, "heads up")
    assert quote.speaker is not None and quote.speaker.text == "Dana Whitfield"


def test_name_after_a_closing_quote_the_parser_took_for_an_object(extract):
    # "added Walsh": the parser reads "Walsh" as the object of "added" and leaves the
    # verb without a subject.
    text = (
        "“A lot of people predicted that this issue was going to disappear for her once the "
        "primary was done, and it hasn't because she is personally connected to it, and "
        "because it now has general election relevance,” added Walsh, referring to the "
        "recent spate of floods."
    )
    record = extract(text)
    quote = _by_content(record, "A lot of people predicted")
    assert quote.speaker is not None and quote.speaker.text == "Walsh"


def test_inverted_speaker_keeps_the_possessor_with_its_outlet(extract):
    text = (
        "The council voted to close the range on Monday. “Gun owners should leave their "
        "weapons at home,” opined Cleveland's Plain Dealer."
    )
    record = extract(text)
    quote = _by_content(record, "leave their weapons")
    source = quote.speaker or quote.via
    assert source is not None and source.text == "Cleveland's Plain Dealer"


def test_speaker_between_two_halves_of_a_quote(extract):
    # The parser makes "Kessler" the subject of "is" inside the second half.
    text = (
        '"The danger," said Martin Kessler, an economist who is the director of the '
        'Lakeshore Growth Project, "is that the mill jobs will never come back."'
    )
    record = extract(text)
    first = _by_content(record, "The danger")
    assert first.speaker is not None and first.speaker.text == "Martin Kessler"
    assert _speaker_name(record, _by_content(record, "never come back")) == "Martin Kessler"
