"""'States' is the United States only as 'the States', not in 'Member States' or '155
States' (international bodies' members, as outbreak and treaty news names them)."""

from __future__ import annotations


def _texts(record) -> list[str]:
    return [m.text for p in record.places for m in p.mentions]


def test_member_states_are_not_the_united_states(extract) -> None:
    r = extract(
        "The World Health Organization urged Member States to report new cholera cases "
        "within 24 hours, and 155 States have signed the regulations."
    )
    assert "States" not in _texts(r)
    assert all(p.country != "US" for p in r.places)


def test_the_states_is_the_united_states(extract) -> None:
    r = extract(
        "After two years in Kenya, she moved back to the States in March and now lives in Ohio."
    )
    states = next(p for p in r.places if any(m.text == "States" for m in p.mentions))
    assert (states.country, states.precision) == ("US", "country")
