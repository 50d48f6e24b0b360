"""Names the gazetteer does not know: kept as unknown places only where the text says
they are places (a locative word, a place noun, an apposition), not a person's given
name or a firm the parser tagged as a place."""

from __future__ import annotations


def _names(record) -> set[str]:
    return {m.text for p in record.places for m in p.mentions}


def test_unknown_given_name_is_no_place(extract) -> None:
    r = extract(
        "Yulia Skripal, 33, said in a statement that she was getting better. Yulia had "
        "phoned her cousin Viktoria in Moscow, Russian state TV reported."
    )
    assert "Yulia" not in _names(r)
    assert "Moscow" in _names(r)


def test_unknown_villages_with_place_evidence_stay(extract) -> None:
    r = extract(
        "Georgian artillery fired from the heights above Prisi. Tamarasheni, a Georgian "
        "town near Tskhinvali, was hit hard."
    )
    names = _names(r)
    assert {"Prisi", "Tamarasheni"} <= names
    prisi = next(p for p in r.places if p.name == "Prisi")
    assert prisi.precision == "unknown" and prisi.lat is None


def test_unknown_village_listed_after_a_place_noun_stays(extract) -> None:
    r = extract(
        "Rebels shelled the villages of Foua and Kfraya in Idlib province on Monday, "
        "killing four people, a monitoring group said."
    )
    assert "Kfraya" in _names(r)
