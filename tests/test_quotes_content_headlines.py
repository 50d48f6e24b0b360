"""Headline and colon layouts: a title-case noun is no reporting verb, a clause before
a colon is no speaker's name, and a headline's "X to do Y" is what X will do."""

from __future__ import annotations


def _contents(record) -> list[str]:
    return [q.content.text for q in record.quotes]


def test_title_case_noun_after_a_preposition_is_no_cue(extract):
    record = extract(
        "Democrats Pour Money Into Swing States To Defend Senate Majority.\n\n"
        "The party’s campaign arm moved $20 million into four races on Monday."
    )
    assert not any("Defend Senate Majority" in c for c in _contents(record)), _contents(record)


def test_title_case_participle_modifier_is_no_cue(extract):
    record = extract(
        "This Little-Known Governor Is Quietly Building A National Network.\n\n"
        "He has visited 14 states since January."
    )
    assert not any(q.cue is not None and q.cue.text == "Known" for q in record.quotes), [
        (q.cue.text if q.cue else None) for q in record.quotes
    ]


def test_title_case_headline_verb_still_reports(extract):
    record = extract(
        "Warren Slams Bank Regulators Over Merger Rules\n\nThe senator wrote to the Fed."
    )
    assert any("Bank Regulators Over Merger Rules" in c for c in _contents(record))


def test_clause_before_a_colon_is_no_speaker(extract):
    record = extract(
        "The mayor has one more advantage: the city council is firmly behind her budget "
        "for next year.\n\nShe will present it on Monday."
    )
    assert not any(q.cue is not None and q.cue.text == ":" for q in record.quotes), _contents(
        record
    )


def test_name_before_a_colon_still_speaks(extract):
    record = extract(
        "Senator Elena Ruiz: We will not vote for a budget that cuts school meals.\n\n"
        "The vote is expected on Thursday."
    )
    assert any("We will not vote for a budget" in c for c in _contents(record))


def test_headline_infinitive_is_what_the_subject_will_do(extract):
    record = extract(
        "Teachers union to endorse Garcia in mayoral race.\n\n"
        "The union's board meets on Friday to ratify the decision."
    )
    hits = [q for q in record.quotes if q.content.text.startswith("Garcia")]
    assert hits, _contents(record)
    assert hits[0].speaker is not None and "union" in hits[0].speaker.text


def test_infinitive_of_purpose_in_body_text_is_no_statement(extract):
    record = extract(
        "To win the county, the campaign needs volunteers to endorse the plan door to door."
    )
    assert not any("the plan" in c for c in _contents(record)), _contents(record)
