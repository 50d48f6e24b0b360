"""Toponym detection on hand-written local stories: datelines after a headline run into
the story, towns named by their police or fire service, and a town named again where
the parser called it an organisation."""

from __future__ import annotations

from newsgraph.extract.dateline import dateline_places


def _mentions(record) -> set[str]:
    return {m.text for p in record.places for m in p.mentions}


def _place(record, text):
    return next(p for p in record.places if any(m.text == text for m in p.mentions))


def test_dateline_after_a_headline_on_the_same_line() -> None:
    text = "Crash victim's condition upgraded. MIDDLETOWN — Police said the driver was hurt."
    assert [text[a:b] for a, b, _ in dateline_places(text)] == ["MIDDLETOWN"]


def test_dateline_after_a_headline_with_an_abbreviation_in_it() -> None:
    text = "Missing Ill. man found in stolen car. HUDSON -- Officials say a man missing since May"
    assert [text[a:b] for a, b, _ in dateline_places(text)] == ["HUDSON"]


def test_dateline_with_a_colon_and_two_places() -> None:
    text = "Family feud leaves two dead in camp.\nMIEH MIEH/BEIRUT: Rival families clashed."
    found = [(text[a:b], colon) for a, b, colon in dateline_places(text)]
    assert found == [("MIEH MIEH", True), ("BEIRUT", True)]


def test_no_dateline_in_an_ordinary_sentence() -> None:
    text = "The council met on Monday. It voted to raise the fee - again - by a dollar."
    assert dateline_places(text) == []


def test_places_dateline_town_after_a_headline_is_a_place(extract) -> None:
    r = extract(
        "Bus fares to rise next month. SAVANNAH — The transit board voted 5-2 on Tuesday "
        "to raise fares by 25 cents, the first increase in six years."
    )
    savannah = _place(r, "SAVANNAH")
    assert savannah.country == "US" and savannah.precision == "city"


def test_places_colon_dateline_of_a_capital_is_a_place(extract) -> None:
    r = extract(
        "Vandals desecrate graves near church . BEIRUT: Unknown assailants removed the "
        "doors of several tombs overnight, the parish priest told reporters on Sunday."
    )
    assert _place(r, "BEIRUT").country == "LB"


def test_places_caption_label_with_a_colon_is_no_place(extract) -> None:
    r = extract(
        "JEWELL: Boyd Carney and Kate Harrison on the shore of the lagoon. Picture: staff.\n\n"
        "In a fast-growing city, the conservation area is a much-needed escape."
    )
    assert "JEWELL" not in _mentions(r)


def test_places_town_named_by_its_police_department(extract) -> None:
    r = extract(
        "A 33-year-old man was arrested Monday after a robbery at a convenience store, "
        "according to the Huntsville Police Department. Officers found the stolen cash "
        "in his car, the Walker County Sheriff's Office said."
    )
    huntsville = _place(r, "Huntsville")
    assert huntsville.country == "US" and huntsville.precision == "city"


def test_places_band_named_fire_is_no_town(extract) -> None:
    r = extract(
        "The lineup features more than 40 acts, including Arcade Fire, Chris Stapleton "
        "and Jason Isbell, on two stages at the old furnace site in Birmingham."
    )
    assert "Arcade" not in _mentions(r)


def test_places_town_named_again_where_the_parser_saw_an_organisation(extract) -> None:
    r = extract(
        "18 residents left homeless after blaze. TORRINGTON — A fire destroyed the roof "
        "of a multi-family home Tuesday. The Torrington Fire Department responded to the "
        "call shortly after 2 p.m. Torrington firefighters called in several other "
        "companies, including crews from nearby towns."
    )
    torrington = _place(r, "TORRINGTON")
    texts = [m.text for m in torrington.mentions]
    assert texts.count("Torrington") == 2


def test_places_river_named_like_a_county_is_not_the_county(extract) -> None:
    r = extract(
        "Volunteers join flood fight in Fargo. The National Weather Service stuck to its "
        "prediction that the Red River will crest at 39 to 41 feet in Fargo on Friday, and "
        "sandbagging hit high gear in Moorhead."
    )
    river = _place(r, "Red River")
    assert river.admin1 != "Texas" and river.resolved_name != "Red River County"


def test_places_capitalised_word_cut_from_a_province_is_no_province(extract) -> None:
    r = extract(
        "Rusty Rutledge was honored as Man of the Year at the chamber banquet, and Hannah "
        "Smalls of Oxford won the Little Miss title at the county pageant."
    )
    assert all(p.resolved_name not in ("Manitoba", "Mississippi") for p in r.places)


def test_places_province_shortening_keeps_its_full_stop_at_a_sentence_end(extract) -> None:
    r = extract("The company said it would close its grain terminal in Regina, Sask.")
    assert any(p.resolved_name == "Saskatchewan" for p in r.places)


def test_places_state_after_a_party_tag_without_full_stop(extract) -> None:
    r = extract(
        "House Speaker Nancy Pelosi, D-Calif, told colleagues the bonuses would be taxed "
        "before the weekend."
    )
    assert any(p.resolved_name == "California" for p in r.places)


def test_places_saints_day_is_no_place(extract) -> None:
    r = extract(
        "Police will set up checkpoints on St. Patrick's Day, when drinking and driving "
        "peaks, the Madison County sheriff said on Monday."
    )
    assert all("Patrick" not in m.text for p in r.places for m in p.mentions)


def test_places_hotel_named_after_a_word_is_not_a_foreign_town(extract) -> None:
    r = extract("A wedding reception was held at the Best Western DeKalb Inn & Suites in DeKalb.")
    hotel = _place(r, "Best Western DeKalb Inn & Suites")
    # Not Best in the Netherlands: the story's own town, named as such.
    assert (hotel.country, hotel.resolved_name, hotel.geonameid) == ("US", "DeKalb", None)


def test_places_sentence_end_before_police_names_no_town(extract) -> None:
    r = extract(
        "Two women were hurt crossing the road, according to a release from Gainesville "
        "Police. Police say the women were crossing against the light."
    )
    assert "Police" not in {p.resolved_name for p in r.places}


def test_places_adjective_tagged_once_as_a_building_is_no_town(extract) -> None:
    r = extract(
        "The list includes third-ranked tennis player Milos Raonic and the Olympic high "
        "jump champion Derek Drouin, who won gold with a stress fracture in his back.\n"
        "Add Olympic gold-medallists Erica Wiebe and Rosie MacLennan, and Evan Dunfee, the "
        "Olympic race walker. She won four medals at the Olympic Games and became the "
        "Olympic champion in Olympic record time."
    )
    # The one the parser tagged may stay; its other uses do not follow it.
    olympic = [m for p in r.places for m in p.mentions if "Olympic" in m.text]
    assert len(olympic) <= 1


def test_places_street_is_placed_in_the_dateline_town_after_a_headline(extract) -> None:
    r = extract(
        "Fire guts downtown store. TORRINGTON — A fire destroyed a store on Water Street "
        "early Tuesday. Crews from Winsted and Litchfield helped put it out."
    )
    street = _place(r, "Water Street")
    assert (street.resolved_name, street.precision, street.geonameid) == (
        "Torrington",
        "city",
        None,
    )


def test_a_club_named_after_its_city_is_no_place(extract):
    r = extract(
        "Real Madrid beat Manchester City 4-3 on penalties\n\n"
        "MANCHESTER, England (AP) — Real Madrid knocked holders Manchester City out of the "
        'Champions League on Wednesday, winning 4-3 in a penalty shootout. "We suffered a '
        'lot," Madrid coach Carlo Ancelotti said. Madrid will face Bayern Munich in the '
        "semi-finals, "
        "with the first leg in Germany. The Manchester City Council closed roads near the "
        "stadium."
    )
    names = [p.name for p in r.places]
    assert not any("Madrid" in n for n in names)
    assert not any("City" in n and "Council" not in n for n in names)
    assert any(p.resolved_name == "Manchester" for p in r.places)  # the dateline's city
    assert "Germany" in names


def test_a_disease_named_after_a_town_is_no_place(extract):
    r = extract(
        "Marburg outbreak in Rwanda kills 11, WHO says\n\nGENEVA, Oct 2 (Reuters) - An "
        "outbreak of Marburg virus in Rwanda has killed 11 people and infected at least 36, "
        "the World Health Organization said on Wednesday.\n\nMarburg, a close relative of "
        "Ebola, causes severe bleeding and has a fatality rate of up to 88%, according to "
        "the WHO. Neighbouring Uganda and Tanzania have reported Marburg outbreaks in "
        "recent years."
    )
    names = [p.name for p in r.places]
    assert "Marburg" not in names
    assert "Rwanda" in names
