"""A description speaker ("the union") is the one body named earlier whose name its
noun fits: unions are named "… Association", "… Workers", "Brotherhood of …" too."""

from __future__ import annotations

from quote_helpers import by_content, speaker_name


def test_the_union_is_the_association_named_before(extract):
    text = (
        "A union representing school bus drivers endorsed the mayor on Thursday.\n\n"
        "In a statement, the Regional Bus Drivers Association called the mayor a "
        "\u201cchampion\u201d for its members.\n\n"
        "\u201cOur members have waited long enough for a fair contract,\u201d the union wrote."
    )
    record = extract(text)
    quote = by_content(record, "waited long enough")
    assert quote.speaker is not None and quote.speaker.text == "the union"
    assert speaker_name(record, quote) == "Regional Bus Drivers Association"


def test_the_union_is_the_workers_union_named_before(extract):
    text = (
        "Thousands of autoworkers walked off the job on Monday.\n\n"
        "The United Auto Workers said talks with the three carmakers had broken down.\n\n"
        "\u201cWe are ready to stay out as long as it takes,\u201d the union said."
    )
    record = extract(text)
    quote = by_content(record, "ready to stay out")
    assert speaker_name(record, quote) == "United Auto Workers"
