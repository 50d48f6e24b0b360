"""Readings that look like events but are figures of speech, causes, a misread noun or a
misread particle: none of them is an act by one party on another."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.extract.event_patterns import match
from newsgraph.pipeline import load_nlp

PUBLISHED = "2024-03-14"


def described(record):
    return [(e.type, e.trigger.text, e.actor and e.actor.text, e.recipient and e.recipient.text) for e in record.events]  # fmt: skip


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Critics said the new emergency law was an assault on democracy.", "assault"),
        ("The senator said the budget cuts would kill the economy.", "kill"),
        ('Lawyers called the verdict "the murder of justice" on Monday.', "murder"),
    ],
)
def test_events_violence_against_an_idea_is_no_assault(extract, text, trigger):
    record = extract(text, published=PUBLISHED)
    assert not any(e.type == "ASSAULT" and e.trigger.text == trigger for e in record.events), (
        described(record)
    )


def test_events_assault_on_a_town_stays(extract):
    record = extract(
        "Rebels killed 12 soldiers in an assault on the town of Bama on Friday.",
        published=PUBLISHED,
    )
    assert ("ASSAULT", "killed", "Rebels", "12 soldiers") in described(record)


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan's finance minister blamed inflation for the fall in exports.",
        "The farmers' union blamed the weather for the poor harvest.",
        "Kenya's government blames global warming for the failed rains.",
    ],
)
def test_events_blaming_a_cause_accuses_nobody(extract, text):
    record = extract(text, published=PUBLISHED)
    assert not any(e.type == "ACCUSE" for e in record.events), described(record)


def test_events_blaming_a_country_is_an_accusation(extract):
    record = extract(
        "Pakistan's finance minister blamed India for the attack.", published=PUBLISHED
    )
    assert [(e.type, e.recipient and e.recipient.text) for e in record.events] == [
        ("ACCUSE", "India")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The former mayor was jailed for bribery last year, charges his lawyers insist "
        "were politically motivated.",
        "The editor was convicted of sedition and tax evasion, charges her colleagues say "
        "were invented, and is serving a ten-year sentence.",
    ],
)
def test_events_charges_as_a_noun_is_no_accusation(extract, text):
    record = extract(text, published=PUBLISHED)
    assert not any(e.trigger.text == "charges" for e in record.events), described(record)


def test_events_charges_as_a_verb_stays(extract):
    record = extract(
        "The prosecutor charges that the minister took bribes from a construction firm.",
        published=PUBLISHED,
    )
    assert any(e.type == "ACCUSE" and e.trigger.text == "charges" for e in record.events)


def _parsed(words, heads, deps, tags, lemmas):
    nlp = load_nlp()
    ud = {"NNP": "PROPN", "VBD": "VERB", "DT": "DET", "NNS": "NOUN", "NN": "NOUN", "IN": "ADP", "JJ": "ADJ", "RP": "ADP"}  # fmt: skip
    pos = [ud[t] for t in tags]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


def test_events_preposition_after_the_object_is_no_particle():
    # "Sancho gave the visitors the lead in the opening spell": "in" heads its own object
    # away from the verb, so this is no "give in" (a concession)
    words = ["Sancho", "gave", "the", "visitors", "the", "lead", "in", "the", "opening", "spell"]
    doc = _parsed(
        words,
        heads=[1, 1, 3, 1, 5, 1, 1, 9, 9, 6],
        deps=["nsubj", "ROOT", "det", "dative", "det", "dobj", "prep", "det", "amod", "pobj"],
        tags=["NNP", "VBD", "DT", "NNS", "DT", "NN", "IN", "DT", "JJ", "NN"],
        lemmas=["Sancho", "give", "the", "visitor", "the", "lead", "in", "the", "opening", "spell"],
    )
    assert match(doc[1]) is None


def test_events_particle_next_to_the_verb_still_counts():
    words = ["The", "government", "gave", "in", "to", "the", "unions"]
    doc = _parsed(
        words,
        heads=[1, 2, 2, 2, 2, 6, 4],
        deps=["det", "nsubj", "ROOT", "prt", "prep", "det", "pobj"],
        tags=["DT", "NN", "VBD", "RP", "IN", "DT", "NNS"],
        lemmas=["the", "government", "give", "in", "to", "the", "union"],
    )
    pattern = match(doc[2])
    assert pattern is not None and pattern.type == "CONCEDE"


MATCH_REPORT = (
    "Inter beat Napoli 2-1 at San Siro on Sunday. Lautaro fired in from close range to put "
    "the hosts ahead, and Napoli hit back through Osimhen before Barella restored the lead."
)


def test_events_match_report_has_no_assault(extract):
    record = extract(MATCH_REPORT, published=PUBLISHED)
    assert not any(e.type == "ASSAULT" for e in record.events), described(record)


def test_events_violence_in_a_match_report_stays(extract):
    text = (
        "Inter beat Napoli 2-1 at San Siro on Sunday. Police fired tear gas at supporters "
        "outside the stadium. A gunman fired at the team bus."
    )
    record = extract(text, published=PUBLISHED)
    fired = [e.recipient and e.recipient.text for e in record.events if e.type == "ASSAULT"]
    assert "supporters" in fired and "team bus" in fired, described(record)


def test_demand_in_a_market_is_no_request(extract):
    record = extract(
        "China's exports slump as global demand cools\n\nBEIJING, Aug 8 (Reuters) - "
        "China's exports fell 14.5% in July, customs data showed on Tuesday. Protesters "
        "in Shanghai repeated their demand for the mayor to resign.",
        published="2023-08-08",
    )
    requests = [e for e in record.events if e.type == "REQUEST"]
    assert [e.trigger.text for e in requests] == ["demand"]
    assert requests[0].trigger.start > record.article.text.index("Protesters")


def test_what_an_attack_is_made_with_is_no_recipient(extract):
    record = extract(
        "The defence minister said the army would continue to strike with full force. "
        "Rebels attacked with heavy weapons on Monday. Troops fought with rebels near the "
        "border.",
        published="2024-11-12",
    )
    by_trigger = {e.trigger.text: e for e in record.events}
    assert by_trigger["strike"].recipient is None
    assert by_trigger["attacked"].recipient is None
    assert by_trigger["fought"].recipient.text == "rebels"
