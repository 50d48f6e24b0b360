"""Toponym resolution on hand-written articles: context decides between same-named places."""

from __future__ import annotations


def _place(record, name):
    return next(p for p in record.places if any(m.text == name for m in p.mentions))


def test_places_paris_with_texas_qualifier(extract) -> None:
    r = extract("A fire destroyed three homes in Paris, Texas, on Sunday, the sheriff said.")
    paris = _place(r, "Paris")
    assert (paris.country, paris.admin1, paris.precision) == ("US", "Texas", "city")


def test_places_paris_with_texas_context_without_comma(extract) -> None:
    r = extract(
        "Police in Paris said the suspect fled toward Dallas on Friday. "
        "Texas authorities arrested him the next morning."
    )
    assert _place(r, "Paris").country == "US"


def test_places_paris_defaults_to_france(extract) -> None:
    r = extract("Tourists crowded the museums in Paris as officials announced new rules.")
    paris = _place(r, "Paris")
    assert paris.country == "FR"
    assert abs(paris.lat - 48.85) < 0.5 and paris.geonameid is not None


def test_places_georgia_the_country(extract) -> None:
    r = extract(
        "Russian troops moved closer to Tbilisi on Tuesday, and Georgia accused Moscow "
        "of aggression."
    )
    georgia = _place(r, "Georgia")
    assert (georgia.country, georgia.precision) == ("GE", "country")
    assert _place(r, "Tbilisi").country == "GE"


def test_places_georgia_the_us_state(extract) -> None:
    r = extract("The governor of Georgia toured storm damage in Atlanta and Savannah on Monday.")
    georgia = _place(r, "Georgia")
    assert (georgia.country, georgia.precision) == ("US", "admin1")
    assert _place(r, "Savannah").admin1 == "Georgia"


def test_places_demonyms_alone_make_no_place_but_steer_context(extract) -> None:
    r = extract("Afghan officials said the attack killed four people. Iraqi forces entered Mosul.")
    names = {m.text for p in r.places for m in p.mentions}
    assert "Afghan" not in names and "Iraqi" not in names
    assert _place(r, "Mosul").country == "IQ"


def test_places_demonym_tips_an_ambiguous_name(extract) -> None:
    r = extract("Georgian officials met in Tbilisi, and Georgia asked for more aid.")
    georgia = _place(r, "Georgia")
    assert (georgia.country, georgia.precision) == ("GE", "country")
    assert "Georgian" in {m.text for m in georgia.mentions}


def test_places_demonym_and_name_share_one_place(extract) -> None:
    r = extract("Afghanistan's neighbours met in Tehran, and Afghan diplomats attended.")
    afghanistan = _place(r, "Afghanistan")
    assert {m.text for m in afghanistan.mentions} == {"Afghanistan", "Afghan"}
    assert afghanistan.name == "Afghanistan"


def test_places_province_pattern_resolves_to_admin1(extract) -> None:
    r = extract("Fighting continued in Helmand Province, where Marines are based.")
    helmand = _place(r, "Helmand Province")
    assert (helmand.country, helmand.precision, helmand.resolved_name) == (
        "AF",
        "admin1",
        "Helmand",
    )


def test_places_valley_resolves_to_region_and_bare_repeats_join_it(extract) -> None:
    r = extract(
        "Rebels dug in across the Panjshir Valley this week. Commanders in Panjshir said "
        "supplies were short, and the Kapisa governor sent food."
    )
    valley = _place(r, "Panjshir Valley")
    assert (valley.country, valley.precision) == ("AF", "admin1")
    assert {m.text for m in valley.mentions} == {"Panjshir Valley", "Panjshir"}


def test_places_county_with_state(extract) -> None:
    r = extract("Heavy rain flooded roads in Wayne County, Michigan, near Detroit.")
    wayne = _place(r, "Wayne County")
    assert (wayne.country, wayne.admin1, wayne.precision) == ("US", "Michigan", "admin2")


def test_places_unknown_stays_unknown(extract) -> None:
    r = extract("Shepherds in the Qxorvian Valley reported the storm on Monday.")
    place = _place(r, "Qxorvian Valley")
    assert place.precision == "unknown"
    assert place.lat is None and place.lon is None and place.country is None


def test_places_one_sense_per_document_and_every_mention(extract) -> None:
    text = (
        "Flooding hit Alexandria on Monday. Rapides Parish officials said Alexandria "
        "shelters were full, and Alexandria schools closed."
    )
    r = extract(text)
    alexandria = _place(r, "Alexandria")
    assert alexandria.country == "US" and alexandria.admin1 == "Louisiana"
    assert [m.start for m in alexandria.mentions] == [
        i for i in range(len(text)) if text.startswith("Alexandria", i)
    ]
    assert all(text[m.start : m.end] == m.text for m in alexandria.mentions)


def test_places_link_to_place_entities(extract) -> None:
    r = extract("Officials in Kabul said the convoy reached Kabul by noon.")
    kabul = _place(r, "Kabul")
    entity = r.entity(kabul.entity)
    assert entity is not None and entity.type == "PLACE"
    assert kabul.country == "AF" and kabul.precision == "city"


def test_places_outlet_country_breaks_ties() -> None:
    from newsgraph.extract.place_context import outlet_country

    assert outlet_country(url="https://www.example.co.uk/news/1", outlet=None) == "GB"
    assert outlet_country(url=None, outlet="BBC News") == "GB"
    assert outlet_country(url="https://example.com/x", outlet="Example Wire") is None


def test_places_empty_text_has_no_places(extract) -> None:
    assert extract("It rained all day and nobody went anywhere.").places == []


def test_places_village_abroad_without_support_is_not_guessed(extract) -> None:
    r = extract(
        "Flights from Heathrow were cancelled on Friday as snow hit London, and British "
        "officials said Manchester and Edinburgh airports stayed open."
    )
    heathrow = _place(r, "Heathrow")
    assert heathrow.country in (None, "GB")
    assert _place(r, "Manchester").country == "GB"


def test_places_surname_of_a_person_is_not_a_country(extract) -> None:
    r = extract(
        "Michael Jordan scored 40 points on Sunday. Jordan said after the game that "
        "he was tired, and the crowd in Chicago cheered."
    )
    names = {m.text for p in r.places for m in p.mentions}
    assert "Jordan" not in names
    assert "Chicago" in names


def test_places_state_abbreviation_keeps_its_full_stop(extract) -> None:
    r = extract("The mayor of Springfield, Ill., met the governor in Chicago on Monday.")
    illinois = next(p for p in r.places if p.resolved_name == "Illinois")
    assert [m.text for m in illinois.mentions] == ["Ill."]
    assert _place(r, "Springfield").admin1 == "Illinois"


def test_places_coast_named_after_a_sea_is_not_the_sea(extract) -> None:
    r = extract(
        "Hurricane Laura pushed toward the Gulf Coast on Wednesday as Louisiana and Texas "
        "ordered evacuations."
    )
    assert all(p.resolved_name != "Persian Gulf" for p in r.places)
    assert _place(r, "Louisiana").precision == "admin1"


def test_places_region_tagged_as_a_person_is_still_a_place(extract) -> None:
    # The small model tags a state acting as a party to a dispute as a PERSON.
    r = extract(
        "Tamil Nadu said it had written to the Centre. Tamil Nadu accused Karnataka of "
        "delaying the release of water."
    )
    tamil_nadu = _place(r, "Tamil Nadu")
    assert (tamil_nadu.country, tamil_nadu.precision) == ("IN", "admin1")
    assert len(tamil_nadu.mentions) == 2


def test_places_a_person_named_like_a_region_word_stays_a_person(extract) -> None:
    r = extract("Jordan Henderson scored twice for Liverpool on Saturday.")
    assert not any(m.text.startswith("Jordan") for p in r.places for m in p.mentions)


def test_places_untagged_multiword_region_opening_a_sentence(extract) -> None:
    # The small model leaves a sentence-initial "New South Wales" untagged; its words
    # alone would make "South" and "Wales" (the UK nation) instead.
    r = extract("New South Wales said on Monday that schools in Sydney would reopen.")
    nsw = _place(r, "New South Wales")
    assert (nsw.country, nsw.precision) == ("AU", "admin1")
    assert not any(m.text in ("South", "Wales") for p in r.places for m in p.mentions)


def test_places_country_name_is_the_country_after_its_capital(extract) -> None:
    # Mexico City's GeoNames alternates include "Mexico"; the bare name is the country.
    r = extract(
        "MEXICO CITY (AP) — Senators criticised the deployment on Friday. Mexico will "
        "not pay for the wall, the foreign minister said, and Mexico recalled its envoy."
    )
    mexico = _place(r, "Mexico")
    assert (mexico.country, mexico.precision) == ("MX", "country")
    assert _place(r, "MEXICO CITY").precision == "city"


def test_places_county_named_like_a_country_stays_the_county(extract) -> None:
    r = extract("Deputies in Guernsey County, Ohio, closed the road after the crash.")
    county = _place(r, "Guernsey County")
    assert (county.country, county.precision) == ("US", "admin2")


def test_places_river_named_after_a_nearby_town_takes_its_point(extract) -> None:
    r = extract(
        "Volunteers cleared trash from the Naugatuck River on Saturday. The cleanup "
        "started in Waterbury, Connecticut, and ended in Naugatuck."
    )
    river = _place(r, "Naugatuck River")
    assert (river.country, river.admin1) == ("US", "Connecticut")


def test_places_feature_named_like_a_distant_place_stays_unknown(extract) -> None:
    r = extract(
        "Tourists stranded on Fire Island were ferried to Long Island on Sunday, and the "
        "Mississippi River flooded farms in Missouri."
    )
    assert _place(r, "Fire Island").precision == "unknown"  # not Iceland ("Island")
    assert _place(r, "Mississippi River").precision == "unknown"  # not the state


def test_places_saint_names_inside_longer_names(extract) -> None:
    r = extract(
        "A fire broke out near the St. Louis Police headquarters, officials in Missouri said."
    )
    assert _place(r, "St. Louis Police").resolved_name == "St. Louis"


def test_places_landmark_named_after_a_distant_town_is_no_evidence(extract) -> None:
    # "Rogers" is a town in Arkansas; the Rogers Centre must not pull Toronto to Ohio.
    r = extract("The mayor spoke at the Rogers Centre in Toronto after the parade.")
    toronto = _place(r, "Toronto")
    assert toronto.country == "CA"
    # The building is placed in the story's town, not in its namesake.
    centre = _place(r, "Rogers Centre")
    assert (centre.lat, centre.country, centre.precision) == (toronto.lat, "CA", "city")
    r = extract("Crowds gathered at the Gateway Arch in Missouri on Monday.")
    assert _place(r, "Gateway Arch").precision == "unknown"  # not Gateway, Florida


def test_places_regions_of_countries_resolve_between_their_members(extract) -> None:
    r = extract(
        "Ebola spread across West Africa in 2014, and health officials in East Africa "
        "and Southeast Asia prepared for cases."
    )
    west = _place(r, "West Africa")
    assert west.precision == "feature" and west.country is None
    assert 4 < west.lat < 20 and -17 < west.lon < 10  # between Senegal and Nigeria
    east = _place(r, "East Africa")
    assert -5 < east.lat < 12 and 28 < east.lon < 45
    assert _place(r, "Southeast Asia").resolved_name == "Southeast Asia"


def test_places_bare_name_prefers_the_town_over_a_county(extract) -> None:
    r = extract("Students from Cambridge and Oxford rowed on the Thames in England.")
    assert _place(r, "Cambridge").country == "GB"


def test_places_country_repeated_as_a_place_survives_a_misread_person(extract) -> None:
    # The small model reads "Reconsidering Egypt" as a person, and the entities stage
    # folds every later "Egypt" into it; the parser tags those GPE and never PERSON.
    r = extract(
        "Reconsidering Egypt-US ties. After the summit, hopes grew. Egypt, long at odds "
        "with Washington, now expects better relations. Officials in Cairo said Egypt "
        "would sign."
    )
    egypt = _place(r, "Egypt")
    assert (egypt.country, egypt.precision) == ("EG", "country")
    assert len(egypt.mentions) >= 2


def test_places_surname_before_a_suffix_is_not_a_town(extract) -> None:
    r = extract(
        "Former president George Bush Jr. spoke on Monday. Bush said the war in Iraq was "
        "hard. Bush later flew to Texas."
    )
    names = {m.text for p in r.places for m in p.mentions}
    assert "Bush" not in names
    assert _place(r, "Texas").precision == "admin1"


def test_places_outbreak_regions_islands_and_seas(extract) -> None:
    r = extract(
        "Bird flu spread from Java to Sumatra, while cases in Xinjiang and Tibet rose. "
        "Ebola returned to North Kivu, and ships in the South China Sea were checked. "
        "Korea reported two cases, and Niger closed its borders."
    )
    assert _place(r, "Java").country == "ID" and _place(r, "Java").precision == "feature"
    assert (_place(r, "Xinjiang").country, _place(r, "Xinjiang").precision) == ("CN", "admin1")
    assert _place(r, "Tibet").country == "CN"
    kivu = _place(r, "North Kivu")
    assert (kivu.country, kivu.precision) == ("CD", "admin1")
    assert _place(r, "South China Sea").precision == "feature"
    assert _place(r, "Korea").country == "KR"
    assert _place(r, "Niger").country == "NE"


def test_places_organisations_named_after_a_state_point_to_it(extract) -> None:
    r = extract(
        "Police in Albany arrested a man on Friday. Agents of the Georgia Bureau of "
        "Investigation said he had been sought for weeks."
    )
    assert (_place(r, "Albany").country, _place(r, "Albany").admin1) == ("US", "Georgia")


def test_places_newspaper_named_after_a_city_is_no_state_evidence(extract) -> None:
    r = extract(
        "Friends of a New York Daily News reporter met in Augusta. New York Daily News "
        "editors and New York Daily News readers sent flowers to Augusta."
    )
    assert _place(r, "Augusta").admin1 == "Georgia"


def test_places_philippine_province_in_a_philippine_story(extract) -> None:
    r = extract(
        "Floods hit Laguna and Batangas on Monday, officials in Manila said, as the "
        "storm crossed Luzon."
    )
    assert _place(r, "Laguna").country == "PH"


def test_places_a_capital_is_no_neighbour(extract) -> None:
    # Cambridge, Maryland lies near Washington; a national story means neither it nor a
    # neighbour of the capital.
    r = extract(
        "Lawmakers in Washington questioned the founders, who started the company in "
        "Cambridge years ago."
    )
    assert _place(r, "Cambridge").admin1 != "Maryland"


def test_places_a_building_word_alone_is_no_place(extract) -> None:
    r = extract(
        "Detainees at the Centre were moved on Monday. The Centre said new rules would "
        "apply in Kerala from June."
    )
    names = {m.text for p in r.places for m in p.mentions}
    assert "Centre" not in names  # not Centre, Burkina Faso
    assert _place(r, "Kerala").country == "IN"


def test_places_datelines_and_pronouns_are_no_places(extract) -> None:
    r = extract(
        "KABUL, Afghanistan (AP) — It was the worst attack in months, officials said. "
        "It came as US envoys met in Doha."
    )
    names = {m.text for p in r.places for m in p.mentions}
    assert "AP" not in names and "It" not in names
    assert {"Afghanistan", "US", "Doha"} <= names


def test_places_congo_is_the_larger_congo_unless_brazzaville_says_otherwise(extract) -> None:
    r = extract("Ebola cases rose in Congo, where health workers in Beni were attacked.")
    assert _place(r, "Congo").country == "CD"
    r = extract("Officials in Brazzaville said Congo had closed its border.")
    assert _place(r, "Congo").country == "CG"


def test_places_in_disease_names_are_not_where_the_story_is(extract) -> None:
    r = extract(
        "The outbreak of Middle East respiratory syndrome in Saudi Arabia spread to "
        "Jordan. West Nile virus was found in Texas, and the Marburg virus outbreak in "
        "Uganda grew."
    )
    names = {m.text for p in r.places for m in p.mentions}
    assert {"Saudi Arabia", "Jordan", "Texas", "Uganda"} <= names
    assert not names & {"Middle East", "West Nile", "Marburg"}


def test_places_province_after_a_possessive_country(extract) -> None:
    r = extract("In China's Guangdong province, poultry markets were closed on Monday.")
    guangdong = _place(r, "Guangdong province")
    assert (guangdong.country, guangdong.precision) == ("CN", "admin1")
    assert _place(r, "China").precision == "country"


def test_places_small_district_abroad_without_support_is_not_guessed(extract) -> None:
    # Haram is a Norwegian municipality; a Haram district in a Cairo story is not it.
    r = extract("Two bombs killed six police officers in Giza's Haram district near Cairo.")
    assert _place(r, "Haram district").country != "NO"


def test_places_outlet_town_from_the_host_name() -> None:
    from newsgraph.extract.place_context import outlet_town
    from newsgraph.gazetteer import Gazetteer

    gaz = Gazetteer.default()

    def town(url: str) -> tuple[str | None, str | None] | None:
        t = outlet_town(url, gaz)
        return (t.name, t.admin1_name) if t else None

    assert town("http://columbuslocalnews.com/articles/2009/x.txt") == ("Columbus", "Ohio")
    assert town("https://toronto.ctvnews.ca/x") == ("Toronto", "Ontario")
    # A country-code domain keeps the town in its country; endings do not count.
    assert town("https://www.gloucestershirelive.co.uk/x") == ("Gloucester", "England")
    assert town("https://www.bradenton.com/x") is None
    # A generic domain is taken for an American paper: not Paris, France.
    assert town("http://www.parisbeacon.com/news/x") is None
    assert town("https://en.wikinews.org/wiki/x") is None


def test_places_local_outlet_decides_a_same_named_town(extract) -> None:
    text = (
        "Dublin City Council members approved the budget on Monday. Dublin will repave "
        "three streets this summer, the city manager said."
    )
    r = extract(text, url="http://columbuslocalnews.com/articles/dublin_news/council.txt")
    assert (_place(r, "Dublin").country, _place(r, "Dublin").admin1) == ("US", "Ohio")
    r = extract(text)
    assert _place(r, "Dublin").country == "IE"


def test_places_a_company_named_like_a_foreign_region_is_no_place(extract) -> None:
    # spaCy calls "Meta" an organisation here; it is also a Colombian department.
    record = extract(
        "NetChoice, an industry group whose members include Meta and Google, had argued "
        "that the Texas law forced websites to collect sensitive personal data."
    )
    names = {p.name for p in record.places}
    assert "Meta" not in names
    assert "Texas" in names


def test_places_a_region_of_a_country_the_article_names_stays(extract) -> None:
    record = extract(
        "Floods in Colombia displaced thousands of families in Meta and Casanare, the "
        "disaster agency said on Monday."
    )
    meta = [p for p in record.places if p.name == "Meta"]
    assert meta and meta[0].country == "CO"


def test_places_disease_names_the_parser_calls_places_are_no_places(extract) -> None:
    r = extract(
        "Ebola survivors in Sierra Leone still face stigma. Zika has reached Singapore, "
        "and MERS cases were confirmed in Riyadh."
    )
    names = {m.text for p in r.places for m in p.mentions}
    assert {"Sierra Leone", "Singapore", "Riyadh"} <= names
    assert not names & {"Ebola", "Zika", "MERS"}


def test_places_a_place_joined_by_a_hyphen_is_found(extract) -> None:
    r = extract(
        "A Pennsylvania-based company said it would test the vaccine in Liberia, "
        "and the Asia-Pacific region is on alert."
    )
    where = {p.resolved_name: p for p in r.places}
    assert where["Pennsylvania"].precision == "admin1"
    assert where["Asia"].precision == "feature"
    assert where["Liberia"].country == "LR"


def test_places_a_region_keeps_its_name_from_a_city_that_once_bore_it(extract) -> None:
    r = extract(
        "The Zika virus spread to 18 states of Brazil, with Pernambuco, Bahia and "
        "Paraíba the worst hit."
    )
    paraiba = _place(r, "Paraíba")
    assert (paraiba.country, paraiba.precision) == ("BR", "admin1")


def test_places_a_kind_word_around_a_bare_name_asks_for_that_kind(extract) -> None:
    r = extract(
        "Dengue cases rose in Venezuela's Zulia state and in the city of Valencia. "
        "In Bolivia, the department of Santa Cruz declared an emergency. "
        "Yellow fever spread from Luanda to Huambo and Benguela provinces in Angola."
    )
    valencia = _place(r, "Valencia")
    assert (valencia.country, valencia.precision) == ("VE", "city")
    santa_cruz = _place(r, "Santa Cruz")
    assert (santa_cruz.country, santa_cruz.precision) == ("BO", "admin1")
    assert {_place(r, n).precision for n in ("Huambo", "Benguela")} == {"admin1"}
    # A list with no kind word after it keeps its towns.
    assert _place(r, "Luanda").precision == "city"


def test_places_a_big_city_the_parser_calls_a_person_is_a_place(extract) -> None:
    r = extract(
        "Honduras declared a national emergency over dengue. San Pedro Sula and "
        "Tegucigalpa were the worst hit, and Jorge Luis Borges was not."
    )
    assert _place(r, "San Pedro Sula").country == "HN"
    assert not any(m.text.startswith("Jorge") for p in r.places for m in p.mentions)


def test_places_names_listed_together_share_a_country(extract) -> None:
    r = extract(
        "Measles outbreak in New Zealand spreads to Australia\n\n"
        "Health officials in Auckland said the measles outbreak had grown, with new "
        "infections in Hamilton and Wellington. Travellers carried the virus to Sydney "
        "and Perth, Australian officials said, and to Brisbane in Queensland."
    )
    assert _place(r, "Hamilton").country == "NZ"
    assert _place(r, "Perth").country == "AU"
    r = extract(
        "Iraq and Jordan began vaccinating children near the border. Lebanon reported "
        "no cases, but officials in Beirut and Tripoli were on alert."
    )
    assert _place(r, "Tripoli").country == "LB"


def test_places_a_listed_country_stays_the_country(extract) -> None:
    r = extract(
        "Farmers in Paris, Texas, and Tyler, Texas, sold cotton to buyers in China and "
        "Mexico, the Texas agriculture department said."
    )
    assert _place(r, "China").precision == "country"


def test_places_an_apposition_qualifies_a_name(extract) -> None:
    r = extract(
        "Health officials in Victoria, the capital of the Seychelles, announced a "
        "measles drive. In Melbourne, doctors watched closely."
    )
    victoria = _place(r, "Victoria")
    assert (victoria.country, victoria.precision) == ("SC", "city")


def test_places_a_town_and_the_county_that_holds_it_explain_each_other(extract) -> None:
    r = extract(
        "The Leadership Henry County class toured the old academy building on "
        "Wednesday. Paris and Henry County are rich in history, and the arts council "
        "hopes to bring more visitors to Paris this summer."
    )
    paris, county = _place(r, "Paris"), _place(r, "Henry County")
    assert (paris.country, paris.admin1) == ("US", "Tennessee")
    assert (county.admin1, county.precision) == ("Tennessee", "admin2")


def test_places_a_list_is_no_qualifier(extract) -> None:
    r = extract(
        "WASHINGTON (AP) - The crown prince met the president on Tuesday. After stops "
        "in Washington, New York and Boston, he flew to Houston. A fire destroyed a barn "
        "in Paris, Texas, and Tyler, Texas, on the same day."
    )
    washington = _place(r, "Washington")
    assert (washington.admin1, washington.precision) == ("District of Columbia", "city")
    assert _place(r, "Paris").admin1 == "Texas"


def test_places_a_name_split_at_a_hyphen_is_one_place(extract) -> None:
    r = extract(
        "Cholera cases were reported in Guinea-Bissau and Senegal, and the health "
        "ministry in Bissau asked for vaccines."
    )
    country = _place(r, "Guinea-Bissau")
    assert (country.country, country.precision) == ("GW", "country")
    assert not any(m.text == "Guinea" for p in r.places for m in p.mentions)


def test_places_a_common_noun_phrase_joined_to_a_place_is_no_mention(extract) -> None:
    r = extract(
        "KINSHASA, Congo (AP) — Health officials in DR Congo said on Monday that the "
        "outbreak had spread. The government in Kinshasa thanked Rwanda."
    )
    mentions = {m.text for p in r.places for m in p.mentions}
    assert "Kinshasa" in mentions
    assert not any(" " in m and m.split()[1].islower() for m in mentions)


def test_places_a_small_town_that_once_bore_the_name_does_not_take_it(extract) -> None:
    r = extract(
        "Voice of experience speaks in Maryville. It began like an ordinary Sunday "
        "service at First Baptist Church Maryville, a week after the shooting. "
        "Members drove in from Fort Worth, Texas, to pray."
    )
    assert _place(r, "Maryville").resolved_name == "Maryville"


def test_places_the_capital_of_a_country_the_article_names(extract) -> None:
    r = extract(
        "A Kentucky doctor is safe after the attack in France. Dr. Angela Maggard was "
        "in Paris with her family, she told WKYT from her hotel. The family flies home "
        "to Louisville on Sunday."
    )
    assert _place(r, "Paris").country == "FR"
    assert _place(r, "Louisville").admin1 == "Kentucky"


def test_places_a_demonym_does_not_move_a_local_town_to_a_capital(extract) -> None:
    r = extract(
        "The annual Greek festival returns to Athens this weekend, organisers said. "
        "Visitors from Atlanta and Gainesville are expected, and Clarke County deputies "
        "will direct traffic."
    )
    assert _place(r, "Athens").admin1 == "Georgia"


def test_places_a_headline_name_ends_at_the_line_break(extract) -> None:
    r = extract(
        "New Ebola outbreak declared in Equateur\n\nThe Democratic Republic of the "
        "Congo's health ministry declared a new outbreak in Equateur province, with "
        "cases in Mbandaka. Neighbouring Republic of Congo was put on alert."
    )
    assert all("\n" not in m.text for p in r.places for m in p.mentions)
    equateur = _place(r, "Equateur")
    assert (equateur.country, equateur.precision) == ("CD", "admin1")
    neighbour = next(p for p in r.places if any("Republic of Congo" in m.text for m in p.mentions))
    assert neighbour.country == "CG"


def test_places_a_named_country_does_not_move_a_state_to_its_capital(extract) -> None:
    r = extract(
        "The U.S. has recorded 127 measles cases this year. In Washington, the outbreak "
        "centred on Clark County has reached 53 cases, state officials in Olympia said."
    )
    washington = _place(r, "Washington")
    assert (washington.admin1, washington.precision) == ("Washington", "admin1")


def test_places_a_list_or_possessive_taken_for_an_organisation(extract) -> None:
    r = extract(
        "Dengue cases rose in Sindh, with Karachi worst hit, Pakistani officials said. "
        "Lahore and Rawalpindi in Punjab also reported cases. South Africa's Limpopo "
        "province was on alert, as were Mozambique's Tete and Beira."
    )
    assert {_place(r, n).country for n in ("Lahore", "Rawalpindi")} == {"PK"}
    limpopo = next(p for p in r.places if any("Limpopo" in m.text for m in p.mentions))
    assert (limpopo.country, limpopo.precision) == ("ZA", "admin1")
    assert _place(r, "Tete").country == "MZ"


def test_places_a_plural_kind_before_a_list_asks_it_of_every_name(extract) -> None:
    r = extract(
        "Yellow fever cases have been confirmed in the Brazilian states of Minas Gerais, "
        "São Paulo and Rio de Janeiro. The ministry in Brasília said vaccination would "
        "be extended to Bahia."
    )
    assert {_place(r, n).precision for n in ("São Paulo", "Rio de Janeiro")} == {"admin1"}
    assert _place(r, "Brasília").precision == "city"


def test_places_the_city_of_a_region_s_name_is_its_own_city(extract) -> None:
    r = extract("Dengue cases rose in the city of Valencia, the regional health office said.")
    valencia = _place(r, "Valencia")
    assert (valencia.country, valencia.precision) == ("ES", "city")


def test_places_a_name_cut_short_goes_on_into_the_longer_place(extract) -> None:
    r = extract(
        "Zika cases were confirmed in Puerto Rico. The US Virgin Islands and American "
        "Samoa also reported cases. The Michigan Center for Rural Health said Michigan "
        "had none."
    )
    islands = next(p for p in r.places if any("Virgin Islands" in m.text for m in p.mentions))
    assert (islands.country, islands.precision) == ("VI", "country")
    assert not any("Center" in m.text for p in r.places for m in p.mentions)


def test_places_a_list_of_places_takes_in_names_the_parser_missed(extract) -> None:
    # "Kano" opens its sentence untagged; "Jeremie" is tagged a person: both stand in a
    # list with places the parser did find.
    r = extract(
        "ABUJA - Lassa fever has killed 41 people in Nigeria this year, officials said. "
        "Cases were confirmed in Edo and Ondo. Kano, Lagos and Plateau states have also "
        "reported deaths.\n\nIn Haiti, the departments of Grand'Anse and Sud, including the "
        "towns of Jeremie and Les Cayes, are worst hit."
    )
    kano = _place(r, "Kano")
    assert (kano.country, kano.precision) == ("NG", "admin1")
    jeremie = _place(r, "Jeremie")
    assert (jeremie.country, jeremie.precision) == ("HT", "city")


def test_places_a_name_before_a_common_noun_in_a_list_is_no_list_mate(extract) -> None:
    r = extract(
        "Iran is a beneficiary of the power vacuum in Syria, as are Israel, Arab leaders "
        "and other nations in the coalition."
    )
    assert all(m.text != "Arab" for p in r.places for m in p.mentions)
    assert _place(r, "Israel").country == "IL"


def test_places_a_list_taken_for_one_place_is_split(extract) -> None:
    r = extract(
        "Cases have also been reported in the cities of Recife and Salvador, in "
        "northeastern Brazil, and in Trinidad and Tobago."
    )
    assert _place(r, "Recife").admin1 == "Pernambuco"
    assert _place(r, "Salvador").admin1 == "Bahia"
    # A country named with "and" stays one place.
    assert _place(r, "Trinidad and Tobago").precision == "country"


def test_places_a_name_goes_on_over_a_lower_case_joiner_not_a_line_break(extract) -> None:
    r = extract(
        "Ebola reaches the city of Goma in eastern Congo\n\nKINSHASA (Reuters) - Health "
        "officials said on Sunday that the virus had spread.\n\nIn Brazil, microcephaly "
        "cases were also reported in Bahia and Rio Grande do Norte."
    )
    assert _place(r, "KINSHASA").precision == "city"
    assert _place(r, "Congo").precision == "country"
    rgn = _place(r, "Rio Grande do Norte")
    assert (rgn.country, rgn.precision) == ("BR", "admin1")


def test_places_the_eu_is_its_territory_and_brussels_a_city(extract) -> None:
    r = extract("The EU health commissioner said in Brussels that Europe was well prepared.")
    eu, brussels = _place(r, "EU"), _place(r, "Brussels")
    # the union's point is its territory's middle (as the geoparsing corpora have it)
    assert 47 < eu.lat < 51 and 6 < eu.lon < 12
    assert (brussels.country, brussels.precision) == ("BE", "city")


def test_places_a_country_named_as_a_state_keeps_the_country_elsewhere(extract) -> None:
    r = extract(
        "Floods hit the states of Mexico and San Luis Potosí on Monday, officials in "
        "Mexico said. Mexico has seen heavy rain since June."
    )
    mexicos = [p for p in r.places if p.name == "Mexico"]
    assert sorted((p.precision, len(p.mentions)) for p in mexicos) == [
        ("admin1", 1),
        ("country", 2),
    ]
    state = next(p for p in mexicos if p.precision == "admin1")
    assert state.mentions[0].start == r.article.text.index("Mexico")


def test_a_countrys_state_owned_body_is_no_state(extract):
    record = extract(
        "An air strike on the southern city of Nabatieh killed 12 people, Lebanon's state "
        "news agency NNA reported. In Nigeria's Borno state, officials said the road was open."
    )
    places = {p.name: p for p in record.places}
    assert "Lebanon's state" not in places
    assert places["Lebanon"].precision == "country"
    assert places["Borno state"].precision == "admin1"


def test_places_a_venue_is_not_the_borough_inside_its_name(extract) -> None:
    text = (
        "Manchester United beat Chelsea 2-1 at Old Trafford on Sunday. Fans in Trafford "
        "celebrated late into the night."
    )
    r = extract(text)
    venue = text.index("Old Trafford")
    assert not any(
        venue <= m.start < venue + len("Old Trafford") for p in r.places for m in p.mentions
    )
    borough = _place(r, "Trafford")
    assert (borough.country, borough.precision) == ("GB", "admin2")
    assert [m.start for m in borough.mentions] == [text.rindex("Trafford")]


def test_places_a_name_before_a_weapon_or_product_is_no_place(extract) -> None:
    r = extract(
        "Militants fired Katyusha rockets into northern Israel on Monday, the army said. "
        "Apache helicopters flew over Tyre, and Lebanon rockets were not involved."
    )
    names = {m.text for p in r.places for m in p.mentions}
    assert "Katyusha" not in names and "Apache" not in names
    # A country before such a noun keeps its place; so do the others.
    assert {"Israel", "Lebanon", "Tyre"} <= names


def test_places_a_town_where_a_weapon_struck_stays_a_place(extract) -> None:
    r = extract(
        "Police said a Mosul car bomb killed 12 people on Monday. The Ashkelon rocket "
        "attack wounded three. Tomahawk missiles were fired from a destroyer."
    )
    names = {m.text for p in r.places for m in p.mentions}
    assert {"Mosul", "Ashkelon"} <= names
    assert "Tomahawk" not in names


def test_places_the_north_is_the_country_the_article_names(extract) -> None:
    r = extract(
        "SEOUL - North Korea fired two missiles on Tuesday, South Korea's military said. "
        "The North has tested more than 20 missiles this year, and the South has stepped "
        "up drills with the United States."
    )
    assert all(p.name not in ("North", "South") for p in r.places)
    north = _place(r, "North Korea")
    assert north.country == "KP" and "North" in [m.text for m in north.mentions]
    assert "South" in [m.text for m in _place(r, "South Korea").mentions]


def test_places_a_bare_compass_word_is_no_place(extract) -> None:
    r = extract("Leaders of the West met in Paris on Monday. Rain is forecast for the South.")
    assert [p.name for p in r.places] == ["Paris"]


def test_places_longer_names_that_repeat_a_town_are_no_evidence_for_it(extract) -> None:
    # "Dublin Singers" and "Dublin Art Stroll" only say "Dublin" again: they must not
    # vote for Ireland against the Ohio outlet's context.
    r = extract(
        "The Dublin Art League received $2,000 for the Dublin Art Stroll and Paint Out. "
        "The Dublin Singers received a grant of $2,340 for advertising. The Dublin "
        "Singers is Dublin's community chorus and performs at the Dublin Community "
        "Recreation Center, 5600 Post Road.",
        url="http://columbuslocalnews.com/articles/2009/03/25/dublin_news/grants.txt",
    )
    dublin = _place(r, "Dublin")
    assert (dublin.country, dublin.admin1) == ("US", "Ohio")


def test_places_a_country_nothing_points_to_yields_to_a_town_among_towns(extract) -> None:
    r = extract(
        "Mary K. Hollinger, 81, died Friday at the Good Shepherd Home. Surviving are a son "
        "Mark of Lebanon; a sister Joan of Grantville; a brother Ray of Toms River; and a "
        "cousin in Frederick. A service will be held Tuesday at the Kreider Funeral Home "
        "in Lebanon."
    )
    lebanon = _place(r, "Lebanon")
    assert (lebanon.country, lebanon.precision) == ("US", "city")


def test_places_a_country_the_story_is_about_stays_the_country(extract) -> None:
    r = extract(
        "Sgt. Mark Hollinger of Toms River returned from Lebanon on Friday after a year "
        "with the peacekeeping force. He spent most of it near the Israeli border, south "
        "of Beirut."
    )
    assert _place(r, "Lebanon").country == "LB"


def test_places_a_given_name_shared_with_a_spouse_is_no_place(extract) -> None:
    r = extract(
        "Mary K. Hollinger, 81, died Friday in Lancaster. She was a daughter of the late "
        "Paul and Ruth Hollinger and worked for 30 years in Harrisburg."
    )
    names = {m.text for p in r.places for m in p.mentions}
    assert "Paul" not in names
    assert {"Lancaster", "Harrisburg"} <= names


def test_a_dateline_city_is_the_big_city_whatever_country_the_story_names(extract):
    # a U.S. body named in the story once pulled every dateline to a U.S. namesake
    for city, country in (("FRANKFURT", "DE"), ("PARIS", "FR"), ("MANCHESTER", "GB")):
        record = extract(
            f"{city}, Dec 12 (Reuters) - The central bank kept rates unchanged on "
            "Thursday. The U.S. Federal Reserve meets next week, and markets in the "
            "United States rose."
        )
        place = next(p for p in record.places if p.name == city)
        assert place.country == country, city


def test_a_dateline_with_its_state_stays_in_that_state(extract):
    record = extract(
        "PARIS, Texas (AP) — Lamar County commissioners met on Tuesday to discuss the budget."
    )
    place = next(p for p in record.places if p.name == "PARIS")
    assert (place.country, place.admin1) == ("US", "Texas")


def test_places_a_city_named_again_after_a_comma_is_that_city(extract) -> None:
    r = extract(
        "Morris County officials said the measles case was the third in New Jersey this "
        "year. The patient, who lives in Washington Township, had flown home from "
        "Washington, D.C., on Friday, according to NJ health officials."
    )
    washington = _place(r, "Washington")
    assert (washington.country, washington.admin1) == ("US", "District of Columbia")


def test_places_an_abbreviated_saint_in_capitals_goes_on_into_the_name(extract) -> None:
    r = extract(
        "ST. JOHN'S, Newfoundland - The fishing fleet stayed in port on Monday as a storm "
        "moved up the coast."
    )
    city = _place(r, "ST. JOHN'S")
    assert (city.country, city.precision) == ("CA", "city")
    assert all(m.text != "ST" for p in r.places for m in p.mentions)


def test_places_metro_before_a_city_is_the_city(extract) -> None:
    r = extract("Metro Nashville police said the shooting happened late on Saturday.")
    city = _place(r, "Metro Nashville")
    assert (city.country, city.admin1, city.precision) == ("US", "Tennessee", "city")


def _resolve_with_people(pipeline, text: str, person: str, gpe: str):
    """Places for a text whose parser took the lone surname ``gpe`` for a place while
    the entities stage has it as a mention of ``person``."""
    from spacy.tokens import Span as SpacySpan

    from newsgraph.article import Article
    from newsgraph.extract import places
    from newsgraph.extract.findings import Findings
    from newsgraph.gazetteer import Gazetteer
    from newsgraph.record import Entity, Span

    doc = pipeline.nlp(text)
    start = text.rindex(gpe)
    lone = doc.char_span(start, start + len(gpe))
    doc.set_ents([SpacySpan(doc, lone.start, lone.end, label="GPE")], default="unmodified")
    full = text.index(person)
    found = Findings(article=Article(text=text))
    found.entities = [
        Entity(
            id="e1",
            type="PERSON",
            name=person,
            mentions=[
                Span(full, full + len(person), person),
                Span(start, start + len(gpe), gpe),
            ],
        )
    ]
    return places.resolve(doc, found, gazetteer=Gazetteer.default())


def test_places_a_persons_surname_said_alone_is_no_town(pipeline) -> None:
    text = (
        "Esther Banda sells tomatoes at a stall in Lilongwe, Malawi. Prices have doubled "
        "since the floods, said Banda."
    )
    found = _resolve_with_people(pipeline, text, "Esther Banda", "Banda")
    names = {m.text for p in found for m in p.mentions}
    assert "Banda" not in names
    assert "Lilongwe" in names


def test_places_a_two_capital_word_is_no_town_alternate_name(extract) -> None:
    r = extract(
        "Nvidia said on Wednesday that Nvidia's AI and accelerated computing stack now runs "
        "in data centres across the United States and Europe."
    )
    names = {m.text for p in r.places for m in p.mentions}
    assert "AI" not in names
    assert "Nvidia" not in names  # an organisation, not an unknown place
    assert "United States" in names


def test_places_a_country_code_in_capitals_stays_the_country(extract) -> None:
    r = extract("Officials in the UK said the new rules would take effect in May.")
    assert _place(r, "UK").country == "GB"


def test_places_a_shoal_is_no_town_named_by_its_first_word(extract) -> None:
    r = extract(
        "China's coast guard said it drove Philippine boats away from Scarborough Shoal, "
        "which Beijing calls Huangyan Island. Manila rejected the claim on Sunday."
    )
    shoals = [p for p in r.places if any("Scarborough" in m.text for m in p.mentions)]
    assert all(p.country is None and p.precision in ("unknown", "feature") for p in shoals)
    assert _place(r, "Manila").country == "PH"


def test_places_a_name_before_a_site_word_is_no_region(extract) -> None:
    r = extract(
        "Hundreds of students marched near the San Martin square in central Lima on "
        "Thursday, and Peru's police fired tear gas."
    )
    square = _place(r, "San Martin")
    assert square.precision == "unknown"
    assert _place(r, "Lima").country == "PE"


def test_places_a_camp_is_no_town_far_from_the_story(extract) -> None:
    r = extract(
        "Shells hit the Abu Shouk camp outside El Fasher on Monday, aid workers in Sudan "
        "said, and dozens of families fled toward Tawila."
    )
    camp = _place(r, "Abu Shouk")
    assert camp.country in (None, "SD")
    assert _place(r, "El Fasher").country == "SD"


def test_places_a_district_judge_is_a_title(extract) -> None:
    r = extract(
        "A U.S. District Judge in Boston blocked the rule on Friday, and the Suffolk "
        "County District Attorney said she would appeal."
    )
    names = {m.text for p in r.places for m in p.mentions}
    assert not any("District" in n for n in names)
    assert "Boston" in names


def test_places_a_compass_stance_is_no_place(extract) -> None:
    r = extract(
        "In Tbilisi, the pro-Western opposition called for new protests, while anti-Western "
        "parties rallied in Chisinau."
    )
    names = {m.text for p in r.places for m in p.mentions}
    assert "Western" not in names
    assert "Tbilisi" in names


def test_places_one_name_in_two_countries_is_two_places(extract) -> None:
    r = extract(
        "Floods swept villages in Pakistan's Punjab province on Tuesday. Across the border, "
        "India's Punjab state also reported flooding, and Punjab officials in Amritsar "
        "opened shelters."
    )
    punjabs = [p for p in r.places if p.name.startswith("Punjab")]
    assert sorted(p.country for p in punjabs) == ["IN", "PK"]
    india = next(p for p in punjabs if p.country == "IN")
    assert {m.text for m in india.mentions} == {"Punjab state", "Punjab"}


def test_places_a_countrys_market_stays_the_country(extract) -> None:
    r = extract(
        "Growers in Mexico City want back into the U.S. market, and exporters in Texas "
        "say the lucrative American market is reopening."
    )
    us = _place(r, "U.S.")
    assert (us.country, us.precision) == ("US", "country")
    assert "American" in {m.text for m in us.mentions}


def test_a_month_before_a_day_in_a_dateline_is_no_town(extract):
    record = extract(
        "LONDON, Nov 2 (Reuters) - Arsenal moved to the top of the league. On Sept. 14 "
        "they had lost at home."
    )
    assert [p.name for p in record.places] == ["LONDON"]


def test_a_dateline_city_follows_its_region_and_neighbours() -> None:
    """The countries a story names barely move a dateline city, but a town of the
    story close by and in the same region does: two namesakes, one beside
    the article's other town, the other ten times bigger."""
    from newsgraph.extract.place_rank import NameGroup, rank
    from newsgraph.gazetteer import Candidate

    def city(cid, country, admin1, lat, lon, population):
        return Candidate(
            cid, "city", f"c{cid}", country, admin1, admin1, None, lat, lon, population,
            cid, None, False,
        )  # fmt: skip

    home = city(1, "US", "MO", 38.63, -90.2, 280_000)
    abroad = city(2, "SN", "SL", 16.03, -16.5, 3_000_000)
    dateline = NameGroup(key="saint louis", candidates=(home, abroad), dateline=True)
    suburb = NameGroup(key="lemay", candidates=(city(3, "US", "MO", 38.53, -90.28, 16_000),))
    rank([dateline, suburb], extra_countries={"ES": 1.0})
    assert dateline.best is home


def test_places_a_big_citys_market_is_in_that_city(extract) -> None:
    r = extract("A bomb exploded in a crowded Kabul market on Friday, Afghan officials said.")
    kabul = _place(r, "Kabul")
    assert (kabul.country, kabul.precision) == ("AF", "city")


def test_places_park_named_like_a_distant_town_does_not_pull_the_city_abroad(extract) -> None:
    # Hampton Park and Victoria Park are towns in Australia and Hong Kong; in a story
    # about Charleston they are parks, and must not make Charleston the Australian one.
    r = extract(
        "A body was found Sunday morning in a parked car on Francis Street in Charleston. "
        "Francis Street runs between King Street and Rutledge Avenue east of Hampton Park. "
        "Charleston police and the coroner's office are investigating."
    )
    charleston = _place(r, "Charleston")
    assert (charleston.country, charleston.admin1) == ("US", "South Carolina")
    # The park is placed in the story's town, at the town's precision.
    park = _place(r, "Hampton Park")
    assert (park.lat, park.precision, park.geonameid) == (charleston.lat, "city", None)


def test_places_park_town_near_the_story_keeps_its_point(extract) -> None:
    # A town called "... Park" near the article's other places is that town.
    r = extract(
        "Shoppers in Overland Park and Olathe lined up on Friday as stores in Kansas "
        "reopened, and traffic backed up towards Kansas City."
    )
    park = _place(r, "Overland Park")
    assert (park.country, park.admin1, park.precision) == ("US", "Kansas", "city")


def test_places_city_suffix_falls_back_to_the_town_that_bears_the_name(extract) -> None:
    # "San Fernando City" is only an alternate name of Philippine towns; the Los Angeles
    # story means San Fernando, California, and Los Angeles stays in California.
    r = extract(
        "San Fernando City Councilwoman Nury Martinez won a school board seat as Los "
        "Angeles election officials finished their count of the remaining ballots."
    )
    la = _place(r, "Los Angeles")
    assert (la.country, la.admin1) == ("US", "California")
    assert _place(r, "San Fernando City").country == "US"


def test_places_yemeni_port_and_province_by_their_english_names(extract) -> None:
    r = extract(
        "A cholera outbreak in Yemen has killed 115 people, most of them in the capital "
        "Sanaa and the port city of Hodeidah. Cases were also reported in Hadramout "
        "province, and in Hodeidah the main hospital ran out of beds."
    )
    port = _place(r, "Hodeidah")
    assert (port.country, port.precision) == ("YE", "city")
    assert abs(port.lat - 14.8) < 0.3 and abs(port.lon - 42.95) < 0.3
    assert (_place(r, "Hadramout province").country, _place(r, "Hadramout province").precision) == (
        "YE",
        "admin1",
    )


def test_places_airport_in_a_british_story_is_not_the_florida_village(extract) -> None:
    r = extract(
        "Passengers arriving at Heathrow from Lagos were screened for fever, Public Health "
        "England said, after a case was confirmed in London."
    )
    heathrow = _place(r, "Heathrow")
    assert (heathrow.country, heathrow.precision) == ("GB", "feature")


def test_places_the_city_of_a_country_name_is_a_town(extract) -> None:
    r = extract("The city of Lebanon approved a new water budget on Tuesday, the mayor said.")
    lebanon = _place(r, "Lebanon")
    assert (lebanon.country, lebanon.precision) == ("US", "city")


def test_places_local_government_area_is_a_kind_word(extract) -> None:
    # Nigerian outbreak reports name local government areas; the kind word belongs to
    # the name, and an area the index does not hold is not a same-named town in China.
    r = extract(
        "Two people died of Lassa fever in Guma Local Government Area of Benue State, "
        "and three more in Ohaukwu LGA of Ebonyi State, health officials said."
    )
    assert all(p.country in (None, "NG") for p in r.places)
    ohaukwu = _place(r, "Ohaukwu LGA")
    assert ohaukwu.precision == "unknown"
    assert _place(r, "Ebonyi State").country == "NG"


def test_places_listed_beside_states_is_the_state(extract) -> None:
    r = extract(
        "Quill, a professor of medicine, supports the Oregon and Washington laws that let "
        "doctors help terminally ill people end their lives, the newspaper reported."
    )
    washington = _place(r, "Washington")
    assert (washington.country, washington.precision) == ("US", "admin1")


def test_places_town_comma_state_is_no_list(extract) -> None:
    # "Tacoma, Washington" says where Tacoma is: the city Tacoma must not pull
    # Washington to the capital as a list-mate would.
    r = extract(
        "Mary Ann Quitugua from a cake studio in Tacoma, Washington shares tips for "
        "decorating Christmas cookies, and a baker in Fresno, Calif., shows her icing."
    )
    washington = _place(r, "Washington")
    assert (washington.country, washington.precision) == ("US", "admin1")


def test_places_mixed_case_initialism_is_no_place(extract) -> None:
    # "MoD" (the Ministry of Defence) matched Maud, Texas through an alternate name.
    r = extract(
        "A spokesman for the MoD said British troops in Syria were safe, and US forces "
        "in Texas were not involved."
    )
    assert not any(m.text == "MoD" for p in r.places for m in p.mentions)
    assert _place(r, "Texas").precision == "admin1"


def test_places_hospital_named_after_a_person_is_not_in_a_same_named_district(extract) -> None:
    r = extract(
        "Most of the children died at the Sri Krishna Medical College and Hospital, "
        "officials in Muzaffarpur in Bihar said on Monday."
    )
    assert all(p.admin1 != "Andhra Pradesh" for p in r.places)


def test_places_capital_abroad_gives_way_to_the_storys_country(extract) -> None:
    # Tripoli, Libya is a capital, but this story is about Lebanon and never names Libya.
    r = extract(
        "BEIRUT - Lebanon reported its first cholera case since 1993 in the northern "
        "region of Akkar, near the border with Syria. Cases were later found in Tripoli. "
        "In Syria, the outbreak began in Aleppo and spread to Raqqa."
    )
    tripoli = _place(r, "Tripoli")
    assert (tripoli.country, tripoli.precision) == ("LB", "city")


def test_places_capital_of_a_named_country_keeps_its_bonus(extract) -> None:
    r = extract(
        "Fighting near Tripoli forced thousands to flee, the UN said, as rival "
        "governments in Libya traded blame. Lebanon offered to host talks in Beirut."
    )
    assert _place(r, "Tripoli").country == "LY"


def test_places_regions_the_gazetteer_lacked_are_named_features(extract) -> None:
    r = extract(
        "South Sudan reported cholera cases in Unity State and Jonglei, and Lebanon "
        "found cases in the Bekaa Valley."
    )
    unity, jonglei = _place(r, "Unity State"), _place(r, "Jonglei")
    assert (unity.country, unity.precision) == ("SS", "admin1")
    assert (jonglei.country, jonglei.precision) == ("SS", "admin1")
    bekaa = _place(r, "Bekaa Valley")
    assert (bekaa.country, bekaa.precision) == ("LB", "admin1")


def test_places_dateline_run_into_the_story_is_split_at_its_dash(extract) -> None:
    # The parser reads "BEIRUT - Lebanon" as one organisation; both are places.
    r = extract(
        "BEIRUT - Lebanon reported its first cholera case since 1993 in the northern "
        "region of Akkar, near the border with Syria."
    )
    assert _place(r, "BEIRUT").country == "LB"
    lebanon = _place(r, "Lebanon")
    assert (lebanon.country, lebanon.precision) == ("LB", "country")


def test_places_the_storys_continent_decides_a_name_shared_across_oceans(extract) -> None:
    # San Fernando, Philippines is bigger, but the story is about the Caribbean.
    r = extract(
        "Chikungunya has spread across the Caribbean, with Jamaica reporting cases in "
        "Kingston. In Guyana, officials in Georgetown confirmed local transmission. "
        "Barbados, Trinidad and Tobago and St Lucia have also reported cases; in "
        "Trinidad, San Fernando hospital set up a fever unit. The Bahamas confirmed a "
        "case in Nassau."
    )
    assert _place(r, "San Fernando").country == "TT"


def test_places_names_sharing_a_place_do_not_vouch_for_each_other() -> None:
    # "St. Louis Police" and "St. Louis Hills" both name St. Louis: neither is evidence
    # for the other (they had made each other Saint-Louis, Senegal); "New York" and
    # "New Jersey" share only a word and stay two names.
    from newsgraph.extract.place_rank import _same_name

    assert _same_name("saint louis police", "saint louis hills")
    assert _same_name("dublin city", "dublin")
    assert not _same_name("new york", "new jersey")
    assert not _same_name("south sudan", "south africa")


def test_places_a_governors_place_is_the_state(extract) -> None:
    r = extract(
        "The couple had five children, including current New York Gov. Andrew Cuomo, who "
        "was sworn in for his second term on Thursday."
    )
    new_york = _place(r, "New York")
    assert (new_york.country, new_york.precision) == ("US", "admin1")


def test_places_a_city_named_without_a_governor_stays_the_city(extract) -> None:
    r = extract("Reporting by Jonathan Stempel in New York; editing by Bernard Orr.")
    assert _place(r, "New York").precision == "city"


def test_places_seats_of_power_are_where_they_stand(extract) -> None:
    # "White House" matched White House, Tennessee, and Casablanca's alternate name.
    r = extract(
        "Trump spoke at the White House on Monday before flying to Camp David, and "
        "Russian officials in the Kremlin said they had not been told."
    )
    white_house = _place(r, "White House")
    assert (white_house.country, white_house.precision) == ("US", "feature")
    assert abs(white_house.lat - 38.9) < 0.1 and abs(white_house.lon + 77.04) < 0.1


def test_places_seats_of_power_speaking_are_institutions(extract) -> None:
    # Tagged as organisations, they speak for a government: no place of the story.
    r = extract(
        "The White House said on Monday that the Kremlin had denied the report, and the "
        "Pentagon declined to comment."
    )
    assert r.places == []


def test_places_a_county_road_is_in_its_county(extract) -> None:
    r = extract(
        "The crash happened on Otter Tail County Road 1 near Battle Lake, Minnesota, the "
        "sheriff's office said."
    )
    road = next(p for p in r.places if any("County Road" in m.text for m in p.mentions))
    assert (road.country, road.admin1, road.precision) == ("US", "Minnesota", "admin2")


def test_places_a_street_named_after_a_town_is_in_the_story_town(extract) -> None:
    r = extract("Police closed Falcon Street after the fire, officials in Denver said.")
    street, denver = _place(r, "Falcon Street"), _place(r, "Denver")
    assert street.id != denver.id and street.resolved_name == "Denver"
    assert (street.lat, street.precision) == (denver.lat, "city")
    # Without a town of the story it stays unknown rather than become Falcon, Colorado.
    r = extract("Police closed Falcon Street after the fire on Sunday.")
    assert _place(r, "Falcon Street").precision == "unknown"


def test_places_qualifier_at_the_end_of_a_sentence(extract) -> None:
    # "Illinois." ran on into the next sentence's first word ("Illinois. The").
    r = extract(
        "Deputies received information about a similar auction theft in Paris, Illinois.\n"
        "The suspect was identified as Paul Block Jr., 49, of Waterloo, and items were "
        "also taken in Dallas, Texas, last year."
    )
    paris = _place(r, "Paris")
    assert (paris.country, paris.admin1) == ("US", "Illinois")


def test_places_an_article_opening_a_sentence_is_no_part_of_the_name(extract) -> None:
    r = extract("A Metcalfe County man was arrested on Tuesday, Kentucky State Police said.")
    county = next(p for p in r.places if p.precision == "admin2")
    assert county.mentions[0].text == "Metcalfe County"
    assert (county.country, county.admin1) == ("US", "Kentucky")


def test_places_a_saints_building_is_not_the_saints_town(extract) -> None:
    r = extract(
        "Pope Francis celebrated Easter Mass in St. Peter's Basilica on Sunday, and "
        "pilgrims filled the square in Rome."
    )
    assert all(p.country in (None, "IT", "VA") for p in r.places)
    assert _place(r, "Rome").country == "IT"


def test_places_an_abbreviation_needs_its_full_stop_inside_a_longer_name(extract) -> None:
    r = extract("He will attend Easter Sunday Mass in Boston, Mass., before taking a train home.")
    assert all(
        p.precision == "unknown" for p in r.places if any("Easter" in m.text for m in p.mentions)
    )
    assert _place(r, "Mass.").admin1 == "Massachusetts"


def test_places_dollar_amounts_point_a_lone_town_to_the_us(extract) -> None:
    text = (
        "Mansfield council to vote on $765,000 financing package. The City Council will "
        "decide tonight whether to spend $85,000 on repairs to the police building."
    )
    mansfield = _place(extract(text), "Mansfield")
    assert mansfield.country == "US"
    # Pounds point the same name to England; the sign alone decides nothing else.
    pounds = text.replace("$765,000", "£765,000").replace("$85,000", "£85,000")
    assert _place(extract(pounds), "Mansfield").country == "GB"


def test_places_currency_sign_is_outweighed_by_the_places_named(extract) -> None:
    r = extract(
        "Egypt will spend $2 billion on a new port at Alexandria, officials in Cairo said, "
        "and another $500 million on roads along the Nile delta."
    )
    assert _place(r, "Alexandria").country == "EG"


def test_places_a_direction_part_of_a_town_is_no_second_witness(extract) -> None:
    # "South Arlington" is Arlington again: its county namesake (Arlington County,
    # Virginia) must not vote for Virginia as if it were another place of the story.
    r = extract(
        "An 80-year-old woman was killed this morning in Arlington when a neighbor backed "
        "out of a driveway. She was walking on Silkwood Trail in South Arlington about "
        "7 a.m., police said."
    )
    arlington = _place(r, "Arlington")
    assert (arlington.country, arlington.admin1) == ("US", "Texas")


def test_places_north_and_south_of_a_name_stay_two_places(extract) -> None:
    r = extract("South Korea and North Korea agreed to reopen a border office, Seoul said.")
    assert _place(r, "South Korea").country == "KR"
    assert _place(r, "North Korea").country == "KP"


def test_places_streets_and_buildings_of_the_story_town_sit_in_it(extract) -> None:
    r = extract(
        "NEW ORLEANS — Crews repaved Desire Street on Monday, and the work moves to "
        "Frenchmen Street next week, New Orleans officials said. Residents complained "
        "at City Hall that the detour sends trucks past Holy Cross School. New Orleans "
        "expects the work to end in May."
    )
    town = _place(r, "New Orleans")
    for name in ("Desire Street", "Frenchmen Street", "City Hall"):
        site = _place(r, name)
        assert site.id != town.id and site.name == name
        assert (site.lat, site.lon, site.precision) == (town.lat, town.lon, "city")
        assert site.geonameid is None and site.country == "US"


def test_places_a_site_without_a_story_town_stays_unknown(extract) -> None:
    # Two towns named as often as each other: no one town the story is about; and a
    # national park is no site of a town.
    r = extract(
        "Hikers from Provo and Ogden reached Angels Landing Trail in Zion National Park "
        "before the Virgin River flooded, and rangers closed Canyon Junction Bridge."
    )
    for name in ("Zion National Park", "Canyon Junction Bridge"):
        site = _place(r, name)
        assert (site.precision, site.lat) == ("unknown", None)


def test_places_a_camp_in_a_region_is_in_the_region(extract) -> None:
    # "West Bank" names no town: its camp is in the region, and the region then
    # places the Jenin camp's town.
    r = extract(
        "The head of a youth orchestra was blocked on Tuesday from entering a West Bank "
        "refugee camp. She had played in the Jenin refugee camp last week, and officials "
        "in Israel said the West Bank visit was cancelled for her safety."
    )
    bank = _place(r, "West Bank")
    assert (bank.country, bank.precision) == ("PS", "admin1")
    assert _place(r, "Jenin").country == "PS"


def test_places_a_town_lake_sits_in_the_story_town_but_a_river_does_not(extract) -> None:
    r = extract(
        "Minneapolis park officials closed the beach at Lake Harriet on Friday after "
        "tests found bacteria, and swimmers were sent to Lake Nokomis. Minneapolis will "
        "test the water again Monday; the Mississippi River was not affected."
    )
    town = _place(r, "Minneapolis")
    for name in ("Lake Harriet", "Lake Nokomis"):
        lake = _place(r, name)
        assert (lake.lat, lake.precision) == (town.lat, "city")
    assert _place(r, "Mississippi River").precision == "unknown"


def test_places_a_township_of_the_story_sits_in_its_town(extract) -> None:
    r = extract(
        "Hunterdon County deputies said a truck overturned on Route 22 in Readington "
        "Township on Monday. The driver was taken to a hospital in Flemington, New Jersey, "
        "and Flemington police closed the road for an hour."
    )
    town = _place(r, "Flemington")
    assert town.admin1 == "New Jersey"
    township = _place(r, "Readington Township")
    assert (township.lat, township.precision) == (town.lat, "city")


def test_places_kind_word_before_such_as_asks_it_of_the_list(extract) -> None:
    r = extract(
        "Hawaii has had little success luring tech jobs from western states such as "
        "California or Washington, because of high housing costs, economists said."
    )
    washington = _place(r, "Washington")
    assert (washington.admin1, washington.precision) == ("Washington", "admin1")
    r = extract("Fighting spread to provinces like Helmand and Kandahar, officials in Kabul said.")
    assert _place(r, "Kandahar").precision == "admin1"


def test_places_manitoba_abbreviated_after_a_town(extract) -> None:
    r = extract("The crash happened near Brandon, Man., on Tuesday, RCMP said.")
    man = _place(r, "Man.")
    assert (man.country, man.admin1, man.precision) == ("CA", "Manitoba", "admin1")
    assert _place(r, "Brandon").admin1 == "Manitoba"
    # The town of Man keeps its name in a story on Ivory Coast.
    r = extract("Fighting broke out in Man, in western Ivory Coast, and refugees fled to Danane.")
    assert _place(r, "Man").country == "CI"


def test_places_a_town_the_gazetteer_lacks_in_its_named_state_is_that_state(extract) -> None:
    # Grantville, Pennsylvania is too small for the gazetteer; Grantville, Georgia is
    # not. The state the text names is the honest answer, at its precision.
    r = extract(
        "Martha was born in Grantville, Pennsylvania, on November 4, 1913, and attended "
        "school there before she became a registered nurse."
    )
    town = _place(r, "Grantville")
    assert (town.country, town.admin1, town.precision) == ("US", "Pennsylvania", "admin1")
    # A list of regions after a comma is no qualifier.
    r = extract("The team has deployed to Guam, Louisiana, Nevada and Florida since 2016.")
    assert _place(r, "Louisiana").admin1 == "Louisiana"
    assert _place(r, "Guam").country == "GU"


def test_places_a_host_town_the_story_names_is_placed_by_the_story(extract) -> None:
    # The host name reads as the biggest Columbus (Ohio); the story names Columbus
    # itself beside Colfax County, which only Columbus, Nebraska lies near.
    r = extract(
        "COLUMBUS -- The school board in Columbus voted on Monday to share a bus route "
        "with the Colfax County district next fall, the superintendent said.",
        url="http://www.columbusweekly.com/news/local/board.txt",
    )
    columbus = _place(r, "Columbus")
    assert (columbus.country, columbus.admin1) == ("US", "Nebraska")


def test_places_a_word_before_a_county_that_names_nothing_keeps_the_county(extract) -> None:
    # "Only" and "Small" name no place: the county is looked up with its kind word,
    # not as towns called Jefferson or Hitchcock.
    r = extract(
        "Only Jefferson County reported more cases than Madison County in Kentucky "
        "last week. Small Hitchcock County schools in Nebraska face cuts too."
    )
    jefferson = _place(r, "Only Jefferson County")
    assert (jefferson.precision, jefferson.admin1) == ("admin2", "Kentucky")
    hitchcock = _place(r, "Small Hitchcock County")
    assert (hitchcock.precision, hitchcock.admin1) == ("admin2", "Nebraska")


def test_places_an_organisation_named_after_the_town_is_no_evidence_for_a_region(extract) -> None:
    # "Berea Police Department" says the town's name again; it must not vote for the
    # Lesotho district of that name against the story's dollars.
    r = extract(
        "The Berea Police Department said on Friday that two men stole a $900 bicycle "
        "outside a store in Berea. Berea Police Department officers found the bicycle "
        "a day later."
    )
    berea = _place(r, "Berea")
    assert (berea.country, berea.precision) == ("US", "city")


def test_places_a_building_named_for_a_saint_is_not_the_saints_town(extract) -> None:
    # "St George's Chapel" is named after the saint: not St. George, Utah, nor a
    # Caribbean parish of that name.
    r = extract(
        "Crowds gathered outside St George's Chapel on Saturday for the wedding, and "
        "the choir sang for an hour."
    )
    chapel = _place(r, "St George's Chapel")
    assert chapel.country is None and chapel.precision == "unknown"


def test_places_a_towns_own_airport_or_council_is_in_the_town(extract) -> None:
    # A town that opens a civic name is where the thing is; a person's name before the
    # same words is whom it is named after.
    r = extract(
        "Flights resumed at Vancouver International Airport on Sunday after the snowstorm, "
        "officials said."
    )
    airport = _place(r, "Vancouver International Airport")
    assert (airport.country, airport.admin1) == ("CA", "British Columbia")
    r = extract("Fans packed the Carl Perkins Civic Center on Saturday for the ballet.")
    assert _place(r, "Carl Perkins Civic Center").precision == "unknown"


def test_places_a_country_name_on_a_school_team_is_a_town(extract) -> None:
    # "The Jordan boys varsity team" is a town's school team, not the kingdom's.
    r = extract(
        "The Jordan boys varsity team beat Shakopee 54-40 on Friday, and tickets for the "
        "next Jordan game cost $5."
    )
    jordan = _place(r, "Jordan")
    assert (jordan.country, jordan.precision) == ("US", "city")
    # A country named as one keeps its reading.
    r = extract("Jordan closed its border with Syria on Friday, officials in Amman said.")
    assert _place(r, "Jordan").precision == "country"


def test_places_a_capitals_dateline_cut_short_is_made_whole(extract) -> None:
    # The parser tags only "PARIS" in "ST. PARIS --": the village in Ohio, not Paris.
    r = extract(
        "Council members said on Monday that the budget was tight. ST. PARIS -- The "
        "village will repave Main Street."
    )
    village = _place(r, "ST. PARIS")
    assert (village.country, village.admin1, village.precision) == ("US", "Ohio", "city")


def test_places_an_abbreviated_compass_point_is_a_direction(extract) -> None:
    # "S.E." is south-east of the town, not Sé in Macau.
    r = extract("Flooding closed two roads in S.E. Paris on Tuesday, the mayor's office said.")
    assert _place(r, "S.E. Paris").country == "FR"


def test_places_a_fort_is_not_the_place_after_its_lead_word(extract) -> None:
    # The gazetteer lacks the base; "Benning" alone is a Washington neighbourhood.
    r = extract("Two hundred soldiers returned to Fort Benning on Friday after a year overseas.")
    fort = _place(r, "Fort Benning")
    assert fort.precision == "unknown" and fort.admin1 is None
    # A fort town the gazetteer has stays that town.
    r = extract("Police in Fort Worth arrested two men on Friday.")
    assert _place(r, "Fort Worth").admin1 == "Texas"


def test_places_a_border_is_the_states_not_the_citys(extract) -> None:
    # "the New York border" is the state's; a bare "New York" stays the city.
    r = extract(
        "Tolls were lifted on the stretch from the New York border to Route 128, officials said."
    )
    assert _place(r, "New York").precision == "admin1"
    r = extract("Police in New York arrested two men on Friday.")
    assert _place(r, "New York").precision == "city"


def test_places_a_place_is_named_by_its_name_not_its_adjective(extract):
    record = extract(
        "The tariffs would hurt European consumers, the minister said. Europe cannot be "
        "the only open market in the world."
    )
    (europe,) = [p for p in record.places if p.resolved_name == "Europe"]
    assert europe.name == "Europe"
    assert [m.text for m in europe.mentions] == ["European", "Europe"]
