"""Who spoke: speaker spans and the entity they resolve to, on hand-written news text."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.extract.attribution import source_of
from quote_helpers import by_content as _by_content
from quote_helpers import speaker_name as _speaker_name


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
        "Mayor Dana Whitfield toured Tulsa on Saturday and spoke to a crowd of 5,000 at the "
        "fairground. The outspoken former schoolteacher said she expected to carry the "
        "county if young voters turned out."
    )
    record = extract(text)
    quote = _by_content(record, "carry the")
    assert quote.speaker is not None
    assert quote.speaker.text == "The outspoken former schoolteacher"
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
        "At a town hall on Monday, Senator Carl Brandt declined to criticise his opponents, "
        "notably Governor Tom Hale and Mayor Jim Ortiz, who argue the senator is too young "
        "for the job.\n\n"
        "He brushed aside questions about his fundraising, saying that the campaign had "
        "never been stronger."
    )
    record = extract(text)
    quote = _by_content(record, "never been stronger")
    assert _speaker_name(record, quote) == "Carl Brandt"


def test_he_after_the_speakers_own_relative_clause_stays_with_the_speaker(extract):
    # Guard for the rule above: the relative clause here is the speaker's own.
    text = (
        "“We argue, we shout, we make up,” said Dale Harvey, a delegate from Ohio, who "
        "admitted that Governor Tom Hale had not been his first pick.\n\n"
        "“We are still one family,” he said."
    )
    record = extract(text)
    quote = _by_content(record, "still one family")
    assert _speaker_name(record, quote) == "Dale Harvey"


def test_joint_speakers_take_the_first_person_not_the_body_in_their_title(extract):
    text = (
        "Former U.N. Ambassador Joan Okafor and defence editor Dr. Paul Reyes both said that "
        "the treaty was a mistake."
    )
    record = extract(text)
    quote = _by_content(record, "the treaty was a mistake")
    assert _speaker_name(record, quote) == "Joan Okafor"


def test_speakers_when_the_parser_runs_a_paragraph_into_the_next(extract):
    # "Jr." ends the paragraph without a sentence break: the parser hangs "said" and
    # "Mertz" on "insists" in the next paragraph.
    text = (
        "Seeking the support of dock workers, she has tried to separate herself from the "
        "harbour closures and budget cuts of the last decade.\n\n"
        "''Can her husband's patchy record on housing still help her this autumn? That's the "
        "open question,'' said Daniel Mertz, a senior fellow at the Institute for Fiscal "
        "Studies and a former budget adviser to Governor Thomas R. Hale Jr.\n\n"
        "Mrs. Okafor often insists she is not seeking her husband's old job, though she has "
        "also praised his record on schools.\n"
    )
    record = extract(text)
    question = _by_content(record, "patchy record")
    assert question.speaker is not None and question.speaker.text == "Daniel Mertz"
    job = _by_content(record, "old job")
    assert job.speaker is not None and job.speaker.text == "Mrs. Okafor"


def test_inverted_speaker_keeps_the_possessor_with_its_outlet(extract):
    text = (
        "The council voted to close the bridge on Monday. “Drivers should leave their cars "
        "at home,” wrote Denver's Evening Ledger."
    )
    record = extract(text)
    quote = _by_content(record, "leave their cars")
    source = quote.speaker or quote.via
    assert source is not None and source.text == "Denver's Evening Ledger"


def test_speaker_between_two_halves_of_a_quote(extract):
    # The parser makes "Kessler" the subject of "is" inside the second half.
    text = (
        '"The worry," said Martin Kessler, a planner who is the head of the Lakeshore '
        'Growth Project, "is that the ferry routes will close for good."'
    )
    record = extract(text)
    first = _by_content(record, "The worry")
    assert first.speaker is not None and first.speaker.text == "Martin Kessler"
    assert _speaker_name(record, _by_content(record, "close for good")) == "Martin Kessler"


_POS = {
    "CC": "CCONJ",
    "PRP": "PRON",
    "PRP$": "PRON",
    "VBD": "VERB",
    "VBN": "VERB",
    "VBG": "VERB",
    "VB": "VERB",
    "RB": "ADV",
    "DT": "DET",
    "NN": "NOUN",
    "NNS": "NOUN",
    "NNP": "PROPN",
    "JJ": "ADJ",
    "IN": "ADP",
    ":": "PUNCT",
    ",": "PUNCT",
    ".": "PUNCT",
    "``": "PUNCT",
    "''": "PUNCT",
    "_SP": "SPACE",
}


def _parsed(pipeline, rows) -> Doc:
    """A Doc with the parse given as (word, head, dep, tag[, space after]) rows: the
    tagger's own reading of such sentences depends on every word around them."""
    return Doc(
        pipeline.nlp.vocab,
        words=[r[0] for r in rows],
        spaces=[r[4] if len(r) > 4 else True for r in rows],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        pos=[_POS[r[3]] for r in rows],
    )


def test_speaker_the_parser_made_an_object_of_the_paragraph_before(pipeline):
    # "Okafor" hung on the first paragraph's "said" as its object, the second "said"
    # joined to that verb: the name is the subject, never "Hale a showman".
    doc = _parsed(
        pipeline,
        [
            ("Mayor", 2, "compound", "NNP"),
            ("Joan", 2, "compound", "NNP"),
            ("Okafor", 3, "nsubj", "NNP"),
            ("said", 3, "ROOT", "VBD", False),
            (",", 3, "punct", ","),
            ("“", 6, "punct", "``", False),
            ("Trust", 3, "ccomp", "VB"),
            ("us", 6, "dobj", "PRP", False),
            ("!", 6, "punct", ".", False),
            ("”", 3, "punct", "''", False),
            ("\n\n", 9, "dep", "_SP", False),
            ("Okafor", 3, "dobj", "NNP", False),
            (",", 11, "punct", ","),
            ("speaking", 11, "acl", "VBG"),
            ("on", 13, "prep", "IN"),
            ("radio", 14, "pobj", "NN", False),
            (",", 11, "punct", ","),
            ("called", 11, "acl", "VBN"),
            ("Hale", 17, "oprd", "NNP"),
            ("a", 20, "det", "DT"),
            ("showman", 18, "dobj", "NN", False),
            (",", 3, "punct", ","),
            ("and", 3, "cc", "CC"),
            ("said", 3, "conj", "VBD"),
            ("his", 25, "poss", "PRP$"),
            ("claims", 26, "nsubj", "NNS"),
            ("were", 23, "ccomp", "VBD"),
            ("wrong", 26, "acomp", "JJ", False),
            (".", 3, "punct", ".", False),
        ],
    )
    source = source_of(doc[23])
    assert source is not None and source.text == "Okafor"


def test_speaker_set_off_after_a_dash_the_parser_joined_to_the_clause_before(pipeline):
    # "told" parsed as a conjunct of "was" (whose subject is "it"), the name as an
    # apposition of "plan".
    doc = _parsed(
        pipeline,
        [
            ("And", 2, "cc", "CC"),
            ("it", 2, "nsubj", "PRP"),
            ("was", 2, "ROOT", "VBD"),
            ("not", 2, "neg", "RB"),
            ("a", 5, "det", "DT"),
            ("plan", 2, "attr", "NN"),
            ("or", 5, "cc", "CC"),
            ("an", 8, "det", "DT"),
            ("accident", 5, "conj", "NN"),
            ("—", 5, "punct", ":"),
            ("Dana", 11, "compound", "NNP"),
            ("Whitfield", 5, "appos", "NNP", False),
            (",", 11, "punct", ","),
            ("a", 14, "det", "DT"),
            ("spokeswoman", 11, "appos", "NN"),
            ("for", 14, "prep", "IN"),
            ("Okafor", 15, "pobj", "NNP", False),
            (",", 11, "punct", ","),
            ("told", 2, "conj", "VBD"),
            ("WRN", 18, "dobj", "NNP"),
            ("that", 23, "mark", "IN"),
            ("the", 22, "det", "DT"),
            ("mayor", 23, "nsubj", "NN"),
            ("warned", 18, "ccomp", "VBD"),
            ("the", 25, "det", "DT"),
            ("council", 23, "dobj", "NN", False),
            (".", 2, "punct", ".", False),
        ],
    )
    source = source_of(doc[18])
    assert source is not None and source.text == "Dana Whitfield"


def test_name_after_a_closing_quote_the_parser_took_for_an_object(pipeline):
    # "added Walsh": the parser reads "Walsh" as the object and leaves "added" without
    # a subject.
    doc = _parsed(
        pipeline,
        [
            ("“", 6, "punct", "``", False),
            ("Nobody", 2, "nsubj", "NN"),
            ("expected", 6, "ccomp", "VBD"),
            ("it", 2, "dobj", "PRP", False),
            (",", 6, "punct", ",", False),
            ("”", 6, "punct", "''"),
            ("added", 6, "ROOT", "VBD"),
            ("Walsh", 6, "dobj", "NNP", False),
            (",", 6, "punct", ","),
            ("referring", 6, "advcl", "VBG"),
            ("to", 9, "prep", "IN"),
            ("the", 12, "det", "DT"),
            ("floods", 10, "pobj", "NNS", False),
            (".", 6, "punct", ".", False),
        ],
    )
    source = source_of(doc[6])
    assert source is not None and source.text == "Walsh"


def test_document_speaks_for_the_subject_of_its_relative_clause(extract):
    record = extract(
        "The plant will close in May, according to a statement Holt Steel released on Friday."
    )
    quote = next(q for q in record.quotes if "close in May" in q.content.text)
    assert quote.speaker is not None and quote.speaker.entity is not None
    assert record.entity(quote.speaker.entity).name == "Holt Steel"


def test_interview_speaks_for_the_person_who_gave_it(extract):
    record = extract(
        "Osman is believed to have been on the flight, according to an interview "
        "his brother Karim Osman gave to the BBC."
    )
    quote = next(q for q in record.quotes if "on the flight" in q.content.text)
    assert quote.speaker is not None and quote.speaker.entity is not None
    assert record.entity(quote.speaker.entity).name == "Karim Osman"


def test_a_description_takes_the_whole_name_not_the_adjective_inside_it(extract):
    record = extract(
        "Ukrainian forces had withdrawn from the village, the ministry said. "
        "The army said the town had fallen."
    )
    fallen = _by_content(record, "the town had fallen")
    assert _speaker_name(record, fallen) == "Ukrainian forces"


def test_an_outlet_the_speaker_cites_relays_the_statement(extract):
    record = extract(
        "Ukrainian forces had withdrawn from the village, the ministry said, citing Interfax."
    )
    quote = _by_content(record, "had withdrawn from the village")
    assert quote.via is not None and quote.via.text == "Interfax"


def test_a_source_cited_after_the_content_is_no_quote_and_no_channel(extract):
    record = extract(
        "The army said the town had fallen, citing intelligence reports. "
        "The firm said profits fell, citing falling demand."
    )
    fallen = _by_content(record, "the town had fallen")
    assert fallen.content.text == "the town had fallen"
    assert fallen.channel is None  # the reports are cited, not where it was said
    assert not [q for q in record.quotes if "intelligence reports" in q.content.text]
    # a reason cited stays a statement of its own, as before
    assert [q for q in record.quotes if q.content.text == "falling demand"]
