"""Acts the story tells as history are not today's news: a year on the act's noun ("the
2014 invasion") or an earlier calendar year on its verb ("arrested in 2023")."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-10"


def described(record):
    return [(e.type, e.trigger.text, e.status) for e in record.events]


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Officials recalled the 2014 invasion of Crimea by Russian troops.", "invasion"),
        ("Ministers discussed the invasion of 2014 by Russian troops on Monday.", "invasion"),
        ("The army arrested the rebel leader in 2023, officials said.", "arrested"),
        ("Rebels seized the border town during 2022 and held it for months.", "seized"),
    ],
)
def test_events_act_dated_to_an_earlier_year_is_background(extract, text, trigger):
    record = extract(text, published=PUBLISHED)
    assert not any(e.trigger.text == trigger for e in record.events), described(record)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Tuesday's invasion of the town by rebel fighters left 20 people dead.", "invasion"),
        ("The army arrested the rebel leader in March, officials said.", "arrested"),
        ("The army arrested the rebel leader in 2024, officials said.", "arrested"),
        # an act going on since last year is still news
        ("Farmers have protested against the pension reform since 2023.", "protested"),
    ],
)
def test_events_act_of_this_year_or_still_going_on_is_news(extract, text, trigger):
    record = extract(text, published=PUBLISHED)
    assert any(e.trigger.text == trigger for e in record.events), described(record)


def test_events_year_on_the_noun_needs_a_publication_date(extract):
    # without a publication date nothing says how long ago 2014 was
    record = extract("Officials recalled the 2014 invasion of Crimea by Russian troops.")
    assert any(e.trigger.text == "invasion" for e in record.events), described(record)
