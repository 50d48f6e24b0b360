"""Speaker entities on fresh news copy (issue 3, round 10): a "they" goes on with the
plural subject just before it, a possessed body is not its possessor, a body or place
that only modifies a person noun is not who spoke."""

from __future__ import annotations

from quote_helpers import by_content, speaker_name


def test_they_after_a_group_subject_is_not_a_body_named_earlier(extract):
    text = (
        "Jordan's transport agency said on Monday that 90 trucks had crossed the bridge "
        "on Sunday. The agency blamed the Red Crescent for failing to unload them.\n\n"
        "Aid officials disputed that account. They said heavy fog had closed the bridge "
        "for most of the day."
    )
    record = extract(text)
    quote = by_content(record, "heavy fog had closed")
    assert quote.speaker is not None and quote.speaker.text == "They"
    assert speaker_name(record, quote) is None  # the aid officials, an unnamed group


def test_they_in_a_clause_of_a_group_subject_is_that_group(extract):
    text = (
        "The State Assembly passed the bill in March. Critics said it would keep "
        "thousands of renters from voting, though they cited no studies to back "
        "the claim."
    )
    record = extract(text)
    quote = by_content(record, "no studies")
    assert quote.speaker is not None and quote.speaker.text == "they"
    assert speaker_name(record, quote) is None  # the critics, not the assembly


def test_they_after_a_named_plural_subject_is_that_group(extract):
    text = (
        "The Federal Highway Agency said 90 trucks had crossed on Sunday.\n\n"
        "Democrats disputed that figure. They said heavy fog had closed the bridge."
    )
    record = extract(text)
    quote = by_content(record, "heavy fog had closed")
    assert speaker_name(record, quote) != "Federal Highway Agency"


def test_the_companys_union_is_not_the_company(extract):
    text = (
        "Hanjin Steel faces its first strike. About 4,000 workers walked off the job on "
        "Tuesday, the company's biggest union said.\n\n"
        "The Korean Steelworkers Union said most of its members had joined the walkout."
    )
    record = extract(text)
    quote = by_content(record, "walked off the job")
    assert quote.speaker is not None and "union" in quote.speaker.text
    assert speaker_name(record, quote) == "Korean Steelworkers Union"


def test_a_companys_union_named_before_is_still_the_union(extract):
    text = (
        "The Korean Steelworkers Union called a strike at Hanjin Steel on Monday. "
        "About 4,000 workers walked off the job, the company's biggest union said."
    )
    record = extract(text)
    quote = by_content(record, "walked off the job")
    assert speaker_name(record, quote) == "Korean Steelworkers Union"


def test_a_company_that_only_modifies_an_engineer_is_not_the_speaker(extract):
    text = (
        "Tesla whistleblower says battery fires were covered up\n\n"
        "A Tesla battery engineer told lawmakers on Tuesday that the company ignored "
        "repeated warnings about overheating cells. Tesla has denied the claims."
    )
    record = extract(text)
    quote = by_content(record, "ignored repeated warnings")
    assert quote.speaker is not None and "engineer" in quote.speaker.text
    assert speaker_name(record, quote) != "Tesla"
    headline = by_content(record, "battery fires were covered up")
    assert speaker_name(record, headline) != "Tesla"


def test_a_company_spokesman_still_speaks_for_the_company(extract):
    text = (
        "Tesla recalled 40,000 cars on Monday. A Tesla spokesman said the fault "
        "had caused no injuries."
    )
    record = extract(text)
    quote = by_content(record, "caused no injuries")
    assert speaker_name(record, quote) == "Tesla"


def test_a_headline_role_noun_is_the_one_person_with_that_role(extract):
    text = (
        "Chipmaker shares fall; CEO says orders remain solid\n\n"
        "Shares of Arcline Semiconductor fell 7% on Thursday after the company cut its "
        "forecast. Chief executive Marta Lindqvist said orders from carmakers remained "
        "solid. Analyst Tom Berry said the cut was smaller than feared."
    )
    record = extract(text)
    quote = by_content(record, "orders remain solid")
    assert quote.speaker is not None and quote.speaker.text == "CEO"
    assert speaker_name(record, quote) == "Marta Lindqvist"


def test_a_country_before_a_player_role_is_not_the_speaker(extract):
    text = (
        "Antoine Griezmann missed two chances before the break. \u201cThat one is on "
        "me,\u201d the France forward told reporters afterwards."
    )
    record = extract(text)
    quote = by_content(record, "That one is on me")
    assert quote.speaker is not None and quote.speaker.text == "the France forward"
    assert speaker_name(record, quote) != "France"
