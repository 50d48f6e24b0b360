"""Every entity row of ../shared/spec/seed-expected.md ("People and organisations").

The seed article is read from ../shared at run time (skips without it); these tests check
behaviour the rules produce, nothing here is special-cased in the code.
"""

from __future__ import annotations

import re

import pytest

from newsgraph.extract.findings import MentionIndex
from newsgraph.record import Entity, Record


def spans(text: str, pattern: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def at(record: Record, start: int, end: int) -> Entity | None:
    for ent in record.entities:
        if any(m.start == start and m.end == end for m in ent.mentions):
            return ent
    return None


def by_name(record: Record, name: str) -> Entity:
    hits = [e for e in record.entities if e.name == name or name in e.aliases]
    assert len(hits) == 1, (name, [(e.name, e.aliases) for e in record.entities])
    return hits[0]


@pytest.fixture(scope="module")
def seed(seed_record: Record) -> tuple[Record, str]:
    return seed_record, seed_record.article.text


def test_seed_ahmad_massoud(seed):
    record, text = seed
    son = by_name(record, "Ahmad Massoud")
    assert son.type == "PERSON"
    assert at(record, *spans(text, r"Ahmad Massoud")[0]) is son
    # The opening description clusters with the name that opens the next sentence.
    assert any(m.start == 0 and m.text.startswith("The British-educated son") for m in son.mentions)
    # Every bare "Massoud" is the son, never the father.
    bare = [s for s in spans(text, r"(?<!Shah )(?<!Ahmad )\bMassoud\b")]
    assert len(bare) == 4
    for s in bare:
        assert at(record, *s) is son
    assert at(record, *spans(text, r"the 32-year-old resistance leader")[0]) is son
    # "In an op-ed he penned ..., the 32-year-old resistance leader wrote": points forward.
    assert at(record, *spans(text, r"(?<=op-ed )he")[0]) is son
    last = text.rindex("\n")
    pronouns = [s for s in spans(text, r"\b[Hh]e\b") if s[0] > last]
    assert pronouns and all(at(record, *s) is son for s in pronouns)
    assert any("founder" in r or "leader" in r for r in son.roles)
    nrf = by_name(record, "National Resistance Front of Afghanistan")
    assert nrf.id in son.affiliations


def test_seed_ahmad_shah_massoud_is_a_different_person(seed):
    record, text = seed
    father = by_name(record, "Ahmad Shah Massoud")
    son = by_name(record, "Ahmad Massoud")
    assert father is not son
    assert at(record, *spans(text, r"Massoud’s father")[0]) is father
    lion = spans(text, r"Lion of Panjshir")[0]
    assert MentionIndex(record.entities).entity_at(lion[0] - 1, lion[1] + 1) == father.id
    assert not any(e.name.startswith("“") or "Lion" in e.name for e in record.entities)


def test_seed_amrullah_saleh(seed):
    record, text = seed
    saleh = by_name(record, "Amrullah Salehl")  # the typo is kept as written
    assert at(record, *spans(text, r"Afghanistan’s former vice president")[0]) is saleh
    assert any("former vice president" in r for r in saleh.roles)


def test_seed_ghani_and_nazary(seed):
    record, _ = seed
    assert by_name(record, "Ashraf Ghani").type == "PERSON"
    nazary = by_name(record, "Ali Nazary")
    assert any(
        r.lower().startswith("head") and "foreign relations" in r.lower() for r in nazary.roles
    )
    nrf = by_name(record, "National Resistance Front of Afghanistan")
    assert nrf.id in nazary.affiliations


def test_seed_zabihullah_mujahid(seed):
    record, text = seed
    mujahid = by_name(record, "Zabihullah Mujahid")
    taliban = by_name(record, "Taliban")
    phrase = spans(text, r"Taliban spokesman Zabihullah Mujahid")[0]
    assert MentionIndex(record.entities).entity_at(*phrase) == mujahid.id
    for s in spans(text, r"(?<!Zabihullah )\bMujahid\b"):
        assert at(record, *s) is mujahid
    first = text.index("Taliban spokesman")
    end = text.index("Massoud, in his Washington Post")
    pronouns = [s for s in spans(text, r"\b[Hh]e\b") if first < s[0] < end]
    assert len(pronouns) == 3
    assert all(at(record, *s) is mujahid for s in pronouns)
    assert "spokesman" in mujahid.roles
    assert taliban.id in mujahid.affiliations


def test_seed_nrf_and_taliban(seed):
    record, text = seed
    nrf = by_name(record, "National Resistance Front of Afghanistan")
    assert nrf.type == "ORG"
    for s in spans(text, r"\bNRF\b"):
        assert at(record, *s) is nrf
    assert at(record, *spans(text, r"The group")[0]) is nrf
    taliban = by_name(record, "Taliban")
    for s in spans(text, r"(?<=the )Taliban\b"):
        assert at(record, *s) is taliban
    for s in spans(text, r"\bits(?= fighters)"):
        assert at(record, *s) is taliban


@pytest.mark.parametrize(
    "name", ["BBC", "CNN", "Washington Post", "al-Qaeda", "CIA", "United Nations"]
)
def test_seed_organisations(seed, name):
    record, _ = seed
    assert by_name(record, name).type == "ORG"


def test_seed_us_and_america_are_one_place(seed):
    record, text = seed
    america = at(record, *spans(text, r"\bAmerica\b")[0])
    assert america is not None and america.type == "PLACE"
    for s in spans(text, r"U\.S\."):
        assert at(record, *s) is america


def test_seed_must_nots(seed):
    record, _ = seed
    for ent in record.entities:
        for m in ent.mentions:
            if m.text == "Panjshir":
                assert ent.type == "PLACE"
            assert m.text != "32-year-old"
    father = by_name(record, "Ahmad Shah Massoud")
    assert not any(m.text == "Massoud" for m in father.mentions)
