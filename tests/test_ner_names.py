"""The words of names themselves: possessive company names."""

from __future__ import annotations

from tests.test_entities import named

LLOYDS = (
    "LONDON (Reuters) - Lloyd's said on Tuesday it would appeal against the ruling. "
    "Lloyd's chairman David Rowland told reporters the market would pay its investors.\n"
    "Former governor Chris Christie criticised the deal. Christie's remarks drew no reply."
)


def test_a_company_named_in_the_possessive_keeps_it(extract):
    record = extract(LLOYDS)
    lloyds = named(record, "Lloyd's")
    assert lloyds.type == "ORG"
    assert [m.text for m in lloyds.mentions].count("Lloyd's") == 2  # and "it" with them
    assert not any(e.name == "Lloyd" for e in record.entities)
    # a curly apostrophe is the same possessive
    assert named(extract("Shares in McDonald’s rose on Monday."), "McDonald’s").type == "ORG"
    assert named(record, "Chris Christie").type == "PERSON"
    assert not any(e.name == "Christie's" for e in record.entities)


def test_a_demonym_typed_as_a_place_is_a_nationality(extract):
    text = (
        "LUANDA (Reuters) - These are the leading stories in the Angolan press on Wednesday. "
        "The Myanmar junta was not mentioned."
    )
    record = extract(text)
    assert named(record, "Angolan").type != "PLACE"
    assert named(record, "Myanmar").type == "PLACE"


def test_a_list_item_ending_in_a_particle_word_does_not_break_the_stage(extract):
    # "scenes in" before "and": the list reader must not look past the item's last word
    text = (
        "TAIPEI (Reuters) - Mayor Hau Lung-bin and other dignitaries flipped the switch to "
        "light lantern scenes in and around the park."
    )
    assert named(extract(text), "Hau Lung-bin").type == "PERSON"
