"""A pronoun speaker after an unnamed person's quote is that person, not the last named."""


def _speakers(record):
    names = {e.id: e.name for e in record.entities}
    return [
        (
            q.content.text,
            q.speaker.text if q.speaker else None,
            names.get(q.speaker.entity) if q.speaker and q.speaker.entity else None,
        )
        for q in record.quotes
    ]


def test_he_after_an_unnamed_spokesman_is_not_the_last_named_speaker(extract):
    record = extract(
        "Sir Keir Starmer, the Labour leader, said the figures showed that voters “have had "
        "enough”. Speaking on a visit to Stockport, he added: “People want change.”\n\n"
        "But a Conservative Party spokesman dismissed the poll. “The only poll that matters "
        "is the one on polling day,” he said. “Labour still has no plan.”"
    )
    by_content = {c: (s, e) for c, s, e in _speakers(record)}
    speaker, entity = by_content["The only poll that matters is the one on polling day,"]
    assert speaker == "he"
    assert entity != "Keir Starmer"
    assert entity == "Conservative Party"  # the body its spokesman speaks for


def test_he_after_a_named_speaker_is_still_that_speaker(extract):
    record = extract(
        "Sir Keir Starmer, the Labour leader, said voters wanted change. “People have had "
        "enough,” he said on a visit to Stockport."
    )
    by_content = {c: (s, e) for c, s, e in _speakers(record)}
    assert by_content["People have had enough,"] == ("he", "Keir Starmer")


def test_of_two_cues_on_one_content_the_one_with_a_source_stays(extract):
    record = extract(
        "U.S. envoy Amos Hochstein is expected to travel to Beirut this week, a Lebanese "
        "official said, speaking on condition of anonymity."
    )
    assert [(q.cue.text, q.speaker.text if q.speaker else None) for q in record.quotes] == [
        ("said", "a Lebanese official")
    ]
