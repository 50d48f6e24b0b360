"""Entity typing from context, institutions and role phrases on hand-written wire copy."""

from __future__ import annotations

from tests.test_entities import named, owner

from newsgraph.record import Entity, Record

BORDER = (
    "Poland's border guard said on Tuesday it had detained 41 migrants near the village of "
    "Kuźnica after they crossed from Belarus.\n"
    '"The pressure has not eased," border guard spokeswoman Anna Michalska told reporters. '
    "The Polish Defence Ministry denied firing warning shots.\n"
    "Lithuania's interior ministry said it would extend its state of emergency."
)


def affiliated(record: Record, ent: Entity) -> list[str]:
    names = {e.id: e.name for e in record.entities}
    return [names[a] for a in ent.affiliations]


def test_a_countrys_institution_is_an_organisation_affiliated_with_it(extract):
    record = extract(BORDER)
    guard = named(record, "Poland's border guard")
    assert guard.type == "ORG"
    assert affiliated(record, guard) == ["Poland"]
    assert named(record, "Poland").type == "PLACE"
    # the same phrase later is the same body, and the spokeswoman works for it
    assert owner(record, BORDER, "border guard", 1) is guard
    assert "Poland's border guard" in affiliated(record, named(record, "Anna Michalska"))
    ministry = named(record, "Lithuania's interior ministry")
    assert affiliated(record, ministry) == ["Lithuania"]
    # a nationality before a named body points to its country
    ministry = next(e for e in record.entities if e.name.endswith("Defence Ministry"))
    assert affiliated(record, ministry) == ["Poland"]
    assert named(record, "Kuźnica").type == "PLACE"


AIR = (
    "KYIV (Reuters) - Ukraine's air force said it shot down 14 of 17 drones launched overnight, "
    "as the city of Odesa and the town of Bilhorod-Dnistrovskyi reported damage.\n"
    "Air force spokesman Yuriy Ihnat said the drones were fired from the Kursk region. "
    "Two people were injured in Izmail, a Danube port town.\n"
    "The Kremlin's spokesman, Dmitry Peskov, declined to comment. NATO Secretary-General "
    "Jens Stoltenberg is expected in Brussels on Friday."
)


def test_air_force_spokesman_and_towns(extract):
    record = extract(AIR)
    force = named(record, "Ukraine's air force")
    assert force.type == "ORG" and affiliated(record, force) == ["Ukraine"]
    ihnat = named(record, "Yuriy Ihnat")
    assert "spokesman" in ihnat.roles and affiliated(record, ihnat) == ["Ukraine's air force"]
    for town in ("Odesa", "Bilhorod-Dnistrovskyi", "Kursk", "Izmail"):
        assert named(record, town).type == "PLACE", town
    assert named(record, "KYIV").type == "PLACE"


def test_role_phrase_before_the_name_and_hyphenated_titles(extract):
    record = extract(AIR)
    peskov = named(record, "Dmitry Peskov")
    assert peskov.roles == ["spokesman"]
    assert affiliated(record, peskov) == ["Kremlin"]
    stoltenberg = named(record, "Jens Stoltenberg")
    assert stoltenberg.roles == ["Secretary-General"]
    assert affiliated(record, stoltenberg) == ["NATO"]


PRESS = (
    "TEHRAN/DUBAI (Reuters) - The semi-official Tasnim news agency said rioters had set fire "
    "to a governor's office in the Kurdish city of Mahabad, the Hengaw rights group said.\n"
    "Supreme Leader Ayatollah Ali Khamenei blamed the enemy. Lawyers for the charity Asylum Aid "
    "said the Islamic Republic of Iran Broadcasting (IRIB) had lied."
)


def test_organisations_from_the_nouns_around_them(extract):
    record = extract(PRESS)
    assert named(record, "TEHRAN").type == "PLACE"
    assert named(record, "DUBAI").type == "PLACE"
    tasnim = named(record, "Tasnim")
    assert tasnim.type == "ORG" and tasnim.roles == []  # "semi-official" is no role
    assert named(record, "Hengaw").type == "ORG"
    assert named(record, "Mahabad").type == "PLACE"  # spaCy misses it: "the city of X"
    assert named(record, "Asylum Aid").type == "ORG"
    assert named(record, "Islamic Republic of Iran Broadcasting").type == "ORG"
    khamenei = next(e for e in record.entities if "Khamenei" in e.name)
    assert khamenei.roles == ["Supreme Leader"]
    assert not [e for e in record.entities if e.name == "Supreme"]


def test_dateline_with_a_date_and_an_agency_that_is_no_acronym(extract):
    text = (
        "FRANKFURT, March 3 (Reuters) - Shares in Volkswagen fell 2.3% in Frankfurt, while "
        "rival BMW gained.\n"
        "LONDON (AP) - Britain's Supreme Court ruled on Wednesday that the plan was unlawful."
    )
    record = extract(text)
    assert named(record, "Frankfurt").type == "PLACE"
    london = named(record, "LONDON")
    assert "AP" not in london.aliases
    assert affiliated(record, named(record, "Supreme Court")) == ["Britain"]


def test_teams_named_after_cities_and_venues(extract):
    text = (
        "Barcelona, who lost 2-1 at Girona on Friday, are four points behind. "
        "Atletico coach Diego Simeone blamed the referee.\n"
        "Pep Guardiola, a former Barcelona coach, watched from the stands. "
        "Police beat Wang Dan after the protest, and Wang was taken to hospital."
    )
    record = extract(text)
    assert named(record, "Barcelona").type == "ORG"
    assert named(record, "Atletico").type == "ORG"
    assert affiliated(record, named(record, "Diego Simeone")) == ["Atletico"]
    # no game here: a person that police beat stays a person
    assert owner(record, text, "Wang", 1) is named(record, "Wang Dan")


def test_storms_lists_and_nested_places(extract):
    text = (
        "Typhoon Doksuri killed 23 people in the coastal town of Aparri. Analysts said "
        "investors could grab Mercantile or Commerce next.\n"
        "Cricket Australia chief executive Nick Hockley said crowds had topped 200,000. "
        "Mitchell Marsh, the Western Australia all-rounder, was named player of the match."
    )
    record = extract(text)
    assert named(record, "Typhoon Doksuri").type == "OTHER"
    assert named(record, "Aparri").type == "PLACE"
    assert named(record, "Mercantile").type == "ORG"
    assert named(record, "Commerce").type == "ORG"
    hockley = named(record, "Nick Hockley")
    assert affiliated(record, hockley) == ["Cricket Australia"]
    assert "all-rounder" in named(record, "Mitchell Marsh").roles


def test_places_before_organisation_nouns_stay_places(extract):
    text = (
        "Shares were offered on the Warsaw stock exchange on Friday. Warsaw officials said "
        "trading was calm, and U.S. avocado growers protested in Washington."
    )
    record = extract(text)
    assert named(record, "Warsaw").type == "PLACE"
    assert owner(record, text, "U.S.").type == "PLACE"


def test_nationalities_and_olympic_are_no_people_or_teams(extract):
    text = (
        "Welsh referee Derek Bevan allowed the try. Australia will play nine matches "
        "against English county sides, and former Olympic champion Kenny Harrison watched."
    )
    record = extract(text)
    assert owner(record, text, "Welsh").type == "GROUP"
    assert owner(record, text, "English").type == "GROUP"
    assert owner(record, text, "Olympic").type == "OTHER"
    assert named(record, "Derek Bevan").type == "PERSON"


def test_nicknames_particles_trophies_and_cities_in_lists(extract):
    text = (
        "RSF commander Mohamed Hamdan Dagalo, known as Hemedti, said his forces held the city. "
        'President Ferdinand Marcos Jr., known as "Bongbong", flew over the province.\n'
        "Springboks flanker Pieter-Steph du Toit was named man of the match as South Africa lifted the "
        "Webb Ellis Cup. Lula's chief of staff, Rui Costa, spoke to reporters in Belo Horizonte. "
        "The tournament drew crowds to venues including Marseille and Lyon."
    )
    record = extract(text)
    assert "Hemedti" in named(record, "Mohamed Hamdan Dagalo").aliases
    assert "Bongbong" in named(record, "Ferdinand Marcos Jr.").aliases
    assert named(record, "Pieter-Steph du Toit").type == "PERSON"
    assert named(record, "Webb Ellis Cup").type == "OTHER"
    assert named(record, "Rui Costa").roles == ["chief of staff"]
    assert named(record, "Belo Horizonte").type == "PLACE"
    assert named(record, "Marseille").type == "PLACE"


def test_a_region_known_as_a_name_keeps_its_name(extract):
    text = "Fighting spread to the eastern region known as Donbas, officials in Kyiv said."
    record = extract(text)
    assert named(record, "Donbas").type == "PLACE"


def test_places_in_a_list_and_a_named_institution_again(extract):
    text = (
        "Chief Justice D.Y. Chandrachud said authorities in Delhi, Punjab and Haryana had failed "
        "to curb crop burning.\n"
        "Sudan's army said it had repelled an attack. Army spokesman Brigadier Nabil Abdallah "
        "denied the claim."
    )
    record = extract(text)
    assert named(record, "Punjab").type == "PLACE"
    assert named(record, "Haryana").type == "PLACE"
    army = named(record, "Sudan's army")
    assert owner(record, text, "Army") is army
    assert "Sudan's army" in affiliated(record, named(record, "Nabil Abdallah"))


def test_clubs_named_after_cities(extract):
    text = (
        "MADRID (Reuters) - Real Madrid came from behind to beat Atletico Madrid 3-1 on "
        "Saturday. Madrid levelled before halftime.\n"
        "Manchester City's Pep Guardiola watched from the stands, and Mexico City police "
        "said the crowd was calm."
    )
    record = extract(text)
    assert named(record, "MADRID").type == "PLACE"  # the dateline keeps the city
    assert named(record, "Real Madrid").type == "ORG"
    assert named(record, "Atletico Madrid").type == "ORG"
    assert owner(record, text, "Madrid", 2).type == "ORG"  # "Madrid levelled": the team
    assert named(record, "Manchester City").type == "ORG"
    assert named(record, "Mexico City").type == "PLACE"


def test_counties_and_clubs_in_a_cricket_report(extract):
    text = (
        "Leicestershire beat Somerset by an innings on Friday. Kent made up for lost time "
        "against Nottinghamshire, and Spanish first division team Deportivo Coruna drew.\n"
        "Scores: Hampshire 232 and 109-5, Kent 108-3. Fixtures: Gloucestershire v Sussex, "
        "St Johnstone v Airdrieonians. Pirelli SpA said Pirelli shares rose."
    )
    record = extract(text)
    for club in ("Kent", "Hampshire", "Deportivo Coruna", "St Johnstone", "Somerset"):
        assert named(record, club).type == "ORG", club
    pirelli = next(e for e in record.entities if e.name.startswith("Pirelli"))
    assert pirelli.type == "ORG"


def test_a_ranked_results_list_names_people(extract):
    text = (
        "Women's 400 metres 1. Falilat Ogunkoya ( Nigeria ) 50.31 seconds 2. Tegla Loroupe "
        "( Kenya ) 50.88 3. Natalya Shikolen ( Belarus ) 51.02 4. Irina Privalova ( Russia ) "
        "51.40 Men's 800 metres"
    )
    record = extract(text)
    for athlete in ("Falilat Ogunkoya", "Tegla Loroupe", "Irina Privalova"):
        assert named(record, athlete).type == "PERSON", athlete
    assert named(record, "Kenya").type == "PLACE"


def test_titles_with_of_party_membership_and_hyphenated_surnames(extract):
    text = (
        "Lai Ching-te of the ruling Democratic Progressive Party won the election, and U.S. "
        "Secretary of State Antony Blinken congratulated him.\n"
        "A jury found Sam Bankman-Fried, the founder of the collapsed cryptocurrency exchange "
        "FTX, guilty. Bankman-Fried, 31, faces prison. His lawyer, Mark Cohen, said his client "
        "would appeal. Aryna Sabalenka of Belarus retained the women's Grand Slam title."
    )
    record = extract(text)
    assert affiliated(record, named(record, "Lai Ching-te")) == ["Democratic Progressive Party"]
    blinken = named(record, "Antony Blinken")
    assert blinken.roles == ["Secretary of State"] and affiliated(record, blinken) == ["U.S."]
    assert not [e for e in record.entities if e.name == "State"]
    sbf = named(record, "Sam Bankman-Fried")
    assert owner(record, text, "Bankman-Fried", 1) is sbf
    assert affiliated(record, sbf) == ["FTX"]
    assert named(record, "Mark Cohen").roles == ["lawyer"]
    assert named(record, "Aryna Sabalenka").type == "PERSON"
    assert named(record, "Belarus").type == "PLACE"
    assert owner(record, text, "Grand Slam").type == "OTHER"


def test_standings_rows_in_capitals_name_teams(extract):
    text = (
        "Atlanta beat Pittsburgh 5-1 on Thursday.\n"
        "NATIONAL LEAGUE EASTERN DIVISION W L PCT GB ATLANTA 83 49 .629 - MONTREAL 71 61 .538 "
        "12 FLORIDA 64 70 .478 20"
    )
    record = extract(text)
    for team in ("MONTREAL", "FLORIDA"):
        assert owner(record, text, team).type == "ORG", team


def test_nationality_before_a_person_and_comma_lists_of_companies(extract):
    text = (
        "Donovan Bailey was outclassed by American Dennis Mitchell in the final. "
        '"It focuses more attention on Mercantile, Commerce and Roosevelt," said James Weber.'
    )
    record = extract(text)
    assert named(record, "Dennis Mitchell").type == "PERSON"
    assert owner(record, text, "American").type == "GROUP"
    assert not [e for e in record.entities if "," in e.name]


def test_an_acronym_found_in_brackets_recurs(extract):
    text = (
        "The Independent Electoral and Boundaries Commission (IEBC) said results would be "
        "posted online. IEBC chairman Wafula Chebukati appealed for calm."
    )
    record = extract(text)
    commission = named(record, "Independent Electoral and Boundaries Commission")
    assert owner(record, text, "IEBC", 1) is commission
    assert affiliated(record, named(record, "Wafula Chebukati")) == [commission.name]


def test_a_town_a_leader_visits_is_a_place(extract):
    text = (
        "President Tayyip Erdogan, visiting Kahramanmaras on Wednesday, acknowledged "
        "shortcomings in the response to the earthquake."
    )
    record = extract(text)
    assert named(record, "Kahramanmaras").type == "PLACE"


def test_a_name_after_a_role_word_is_a_person_whatever_the_tagger_said(extract):
    text = (
        "In an op-ed published on Sunday, former central bank chief Henrique Meirelles "
        "wrote that the tax would drive capital abroad."
    )
    record = extract(text)
    person = next(e for e in record.entities if e.name == "Henrique Meirelles")
    assert person.type == "PERSON"


def test_a_foundation_named_after_a_person_stays_an_organisation(extract):
    text = (
        "The Andy Warhol Foundation for the Visual Arts made two donations to the museum "
        "last year. Andy Warhol was born in 1928. The foundation said the gifts were its "
        "largest."
    )
    record = extract(text)
    foundation = next(e for e in record.entities if e.name.startswith("Andy Warhol Foundation"))
    assert foundation.type == "ORG"
    assert any(m.text == "The foundation" for m in foundation.mentions)


def test_a_weekday_opening_a_date_is_no_club_word(extract):
    record = extract(
        "The festival opened in Toronto Wednesday, September 7, and runs until Sunday."
    )
    assert [(e.name, e.type) for e in record.entities] == [("Toronto", "PLACE")]


OUTBREAK = (
    "Cholera outbreak spreads to three provinces\n\n"
    "MAPUTO (Reuters) - A cholera outbreak that began in the north has spread south, the "
    "health ministry said on Friday.\n"
    "Turnout at vaccination sites was low, officials said, and turnout in rural districts "
    "was lower still.\n"
    "Neighbouring Malawi, which is battling its worst cholera outbreak in two decades, "
    "closed schools in Blantyre last month. Rose said the rains were not helping."
)


def test_a_common_noun_opening_a_sentence_is_no_name(extract):
    record = extract(OUTBREAK)
    names = {e.name for e in record.entities}
    # the article writes both words in lower case too: neither is a name
    assert "Cholera" not in names and "Turnout" not in names
    # a given name opening a sentence stays a person even beside the verb "rose"
    assert named(record, "Rose").type == "PERSON"


def test_an_opening_adjective_is_no_part_of_the_country_after_it(extract):
    record = extract(OUTBREAK)
    malawi = named(record, "Malawi")
    assert malawi.type == "PLACE"
    assert [m.text for m in malawi.mentions][:2] == ["Malawi", "its"]
    assert not any(e.name.startswith("Neighbouring") for e in record.entities)


def test_a_small_town_where_a_place_is_asked_for_is_a_place(extract):
    text = (
        "Hezbollah said it fired dozens of rockets at an Israeli army base in Safed in "
        "response, and the Israeli military said a soldier was killed."
    )
    record = extract(text)
    assert named(record, "Safed").type == "PLACE"


CLUB = (
    "Aston Rovers dismiss coach after derby rout\n\n"
    "BIRMINGHAM (Reuters) - Aston Rovers dismissed head coach Pieter van der Berg on "
    "Sunday, a day after a 4-1 home defeat by Wolverhampton left them bottom of the table.\n"
    '"We thank Pieter for his work," Rovers said in a statement.\n'
    "Van der Berg, who joined from Ajax in 2022, had won only two games this season.\n"
    "Rovers host Everton on Saturday."
)


def test_a_club_beaten_in_a_score_line_is_a_team(extract):
    record = extract(CLUB)
    assert named(record, "Wolverhampton").type == "ORG"


def test_the_last_word_of_a_clubs_name_alone_is_the_club(extract):
    record = extract(CLUB)
    rovers = named(record, "Aston Rovers")
    assert rovers.type == "ORG"
    assert all(e.type != "PERSON" for e in record.entities if e.name == "Rovers")


def test_a_capitalised_particle_opening_a_sentence_is_still_the_surname(extract):
    record = extract(
        "Ajax dismissed coach Pieter ten Brink on Monday. Ten Brink, who won the league in "
        "May, had been under pressure since the start of the season."
    )
    coach = named(record, "Pieter ten Brink")
    assert coach.type == "PERSON"
    assert "Ten Brink" in [m.text for m in coach.mentions]


def test_a_role_word_before_a_name_is_no_part_of_it(extract):
    record = extract(
        "Justice Minister Aaron Mwangi said on Monday that Magistrate Grace Wanjiru would "
        "hear the case against the former governor."
    )
    assert sorted((e.name, e.type) for e in record.entities) == [
        ("Aaron Mwangi", "PERSON"),
        ("Grace Wanjiru", "PERSON"),
    ]


def test_an_organisations_name_runs_over_a_lower_case_particle(extract):
    record = extract(
        "The builder CMC di Ravenna said on Monday it had won a contract to extend the "
        "port, its third in the region this year."
    )
    assert [(e.name, e.type) for e in record.entities if e.type == "ORG"] == [
        ("CMC di Ravenna", "ORG")
    ]


def test_a_one_word_name_after_a_kind_of_firm_is_the_firm(extract):
    record = extract(
        "The governor's approval rating has fallen to 9%, according to pollster Datafolha, "
        "and the regulator Anatel said it would review the auction."
    )
    assert named(record, "Datafolha").type == "ORG"
    assert named(record, "Anatel").type == "ORG"


def test_a_name_where_analysts_work_is_a_firm(extract):
    record = extract(
        "Analysts at Berenberg estimated the savings at 2 billion euros, while economists "
        "at Jefferies expect a slower recovery in Germany."
    )
    assert named(record, "Berenberg").type == "ORG"
    assert named(record, "Jefferies").type == "ORG"
    assert named(record, "Germany").type == "PLACE"


CAMP = (
    "KHARTOUM (Reuters) - Paramilitary fighters shelled the Abu Naji camp on the edge of "
    "el-Obeid on Sunday, medics said. Thousands have fled el-Obeid since the siege began, "
    "and aid has not reached el-Obeid since May. The Trump camp said nothing."
)


def test_a_place_written_with_a_lower_case_article_is_a_place(extract):
    record = extract(CAMP)
    assert named(record, "el-Obeid").type == "PLACE"
    assert len(named(record, "el-Obeid").mentions) >= 3


def test_a_name_before_a_kind_of_site_is_a_place_not_a_person(extract):
    record = extract(CAMP)
    assert named(record, "Abu Naji").type == "PLACE"
    # a political "camp" names no site
    assert named(record, "Trump").type == "PERSON"


def test_a_make_of_weapon_is_no_person_group_or_place(extract):
    record = extract(
        "Kyiv asked for more Patriot systems after militants fired Katyusha rockets at the "
        "border town. Hamas rockets hit Ashkelon, and Hamas said it would fire more."
    )
    types = {e.name: e.type for e in record.entities}
    assert types["Patriot"] == "OTHER"
    assert types["Katyusha"] == "OTHER"
    assert types["Hamas"] == "ORG"  # also named alone


def test_names_listed_before_a_plural_kind_of_place_are_such_places(extract):
    record = extract(
        "The Ravi, Sutlej and Chenab rivers overflowed after days of rain, and gunmen "
        "attacked villages in Kano, Lagos and Plateau states. Trade was opened to 19 "
        "Northern and Northeastern states."
    )
    types = {e.name: e.type for e in record.entities}
    for river in ("Ravi", "Sutlej", "Chenab"):
        assert types[river] == "PLACE"
    assert types["Plateau"] == "PLACE"
    assert "Northern" not in types and "Northeastern" not in types


def test_a_street_spacy_left_untagged_is_a_place(extract):
    record = extract(
        "Stocks fell on Wall Street on Monday as traders weighed the rate outlook. "
        "Wall Street analysts still expect a rebound."
    )
    street = named(record, "Wall Street")
    assert street.type == "PLACE"
    assert len(street.mentions) == 2


def test_a_town_listed_with_another_town_is_a_place(extract):
    record = extract(
        "Crowds in Khan Younis and Gaza City celebrated in the streets after the "
        "announcement, witnesses said."
    )
    types = {e.name: e.type for e in record.entities}
    # a given name opening the town's name and a club word ending the other's
    assert types["Khan Younis"] == "PLACE"
    assert types["Gaza City"] == "PLACE"


FARM = (
    "Her neighbour has switched half his land to cassava, a root crop that survives "
    "months without rain.\n"
    '"Cassava does not make you rich," he said, "but it keeps you alive."\n'
    '"This is not a one-off," said climatologist Mwila Chileshe.'
)


def test_a_common_noun_opening_a_quotation_is_no_name(extract):
    record = extract(FARM)
    assert not any(e.name.lower() == "cassava" for e in record.entities)


def test_a_name_after_a_word_for_what_a_person_does_is_a_person(extract):
    record = extract(FARM)
    assert named(record, "Mwila Chileshe").type == "PERSON"


def test_a_name_no_gazetteer_knows_before_a_company_role_is_a_company(extract):
    record = extract(
        'The deal makes Nvidia one of the largest shareholders. "This collaboration couples '
        "Nvidia's AI stack with our chips,\" Nvidia Chief Executive Jensen Huang said."
    )
    types = {e.name: e.type for e in record.entities}
    # spaCy tags every "Nvidia" here a place, and "AI" one too
    assert types["Nvidia"] == "ORG"
    assert types["Jensen Huang"] == "PERSON"
    assert "AI" not in types


def test_a_dateline_with_an_agency_we_do_not_list_is_still_a_dateline(extract):
    record = extract(
        "Floods hit the coast\n"
        "MALINDI, Kenya (Coast Wire) — Heavy rain flooded parts of Malindi on Wednesday, "
        "killing four people, the Kenya Red Cross said."
    )
    assert named(record, "Malindi").type == "PLACE"


def test_a_ships_prefix_makes_the_name_a_vessel(extract):
    record = extract(
        "A coast guard ship fired water cannon at the BRP Suluan near the shoal, and HMS "
        "Dauntless docked in Portsmouth on Tuesday."
    )
    types = {e.name: e.type for e in record.entities}
    assert types["BRP Suluan"] == "OTHER"
    assert types["HMS Dauntless"] == "OTHER"
    assert types["Portsmouth"] == "PLACE"


def test_footballers_with_common_foreign_given_names_are_people(extract):
    record = extract(
        "At the Amex Stadium, Erling Haaland put City ahead in the 30th minute but the "
        "hosts equalised from the penalty spot after Ruben Dias brought down Kaoru Mitoma."
    )
    types = {e.name: e.type for e in record.entities}
    for name in ("Erling Haaland", "Ruben Dias", "Kaoru Mitoma"):
        assert types[name] == "PERSON", name


def test_in_a_results_story_a_clubs_town_alone_is_the_club(extract):
    record = extract(
        'Arsenal won 2-0 at Sunderland Albion on Saturday. "Sunderland are a tough side," '
        "the Arsenal manager said. Leeds, who beat Everton 3-1 on Friday, are second."
    )
    types = {e.name: e.type for e in record.entities}
    assert types["Sunderland"] == "ORG"
    assert types["Leeds"] == "ORG"


def test_a_firm_introduced_by_nationality_and_kind_is_a_firm_and_a_disease_no_body(extract):
    record = extract(
        "Danish drugmaker Bavarian Nordic said it could supply 2 million doses, and poor "
        "countries must not be left behind again, as they were during COVID-19."
    )
    types = {e.name: e.type for e in record.entities}
    assert types["Bavarian Nordic"] == "ORG"
    assert types["COVID-19"] == "OTHER"


def test_an_honour_is_no_organisation(extract):
    record = extract(
        "The former chief executive has been stripped of her CBE, the palace said, and "
        "her deputy will lose his OBE."
    )
    assert not any(e.name in ("CBE", "OBE") for e in record.entities)


def test_an_untagged_given_name_before_a_surname_is_part_of_the_name(extract):
    record = extract(
        "Billionaire Bidzina Ivanishvili said the result showed that Georgians had chosen "
        "peace. Former Prime Minister Ivanishvili founded the party."
    )
    person = next(e for e in record.entities if e.type == "PERSON")
    assert person.name == "Bidzina Ivanishvili"
    assert [m.text for m in person.mentions][:2] == ["Bidzina Ivanishvili", "Ivanishvili"]


def test_a_given_name_opening_a_paragraph_is_part_of_the_name(extract):
    record = extract(
        "The vote was postponed on Thursday.\n\nImran Khan's party said it would challenge "
        "the ruling in court. Khan told supporters the delay was illegal."
    )
    person = next(e for e in record.entities if e.type == "PERSON")
    assert person.name == "Imran Khan"
    assert [m.text for m in person.mentions][:2] == ["Imran Khan", "Khan"]


def test_a_courtesy_title_makes_a_misread_name_a_person(extract):
    record = extract(
        "Labour has pulled ahead in three marginal seats, piling pressure on Rishi Sunak "
        "days before local elections.\n\nMr Sunak, who has been prime minister since "
        "October, is under pressure from his own MPs. Jordan said it would send aid."
    )
    person = next(e for e in record.entities if "Sunak" in e.name)
    assert person.type == "PERSON"
    assert person.name == "Rishi Sunak"
    assert [m.text for m in person.mentions][:2] == ["Rishi Sunak", "Sunak"]
    assert next(e for e in record.entities if e.name == "Jordan").type == "PLACE"


def test_a_name_apposed_to_a_kind_of_organisation_is_one(extract):
    record = extract(
        "Not everyone agrees that the weather is the only problem. Al-Shabaab, the "
        "al-Qaeda-linked militant group that controls large parts of the countryside, has "
        "blocked aid convoys and taxes farmers heavily, residents said. The group did not "
        "respond. Boko Haram, the jihadist group, has attacked schools, officials said. "
        "John Smith, the charity's founder, said he was pleased."
    )
    types = {e.name: e.type for e in record.entities}
    assert types["Al-Shabaab"] == "ORG"
    assert types["Boko Haram"] == "ORG"
    assert types["John Smith"] == "PERSON"


def test_a_person_apposed_to_a_word_for_a_firm_stays_a_person(extract):
    record = extract(
        "Tom Harding said he had no regrets. Harding, the developer who came to epitomize "
        "opulent wealth during the 80s before tumbling into deep financial trouble, has "
        "managed to erase much of his debt, the paper said."
    )
    types = {e.name: e.type for e in record.entities}
    assert types["Tom Harding"] == "PERSON"
    assert "Harding" not in types  # one person, named in full and by surname


def test_a_hyphen_linked_name_is_one_name(extract):
    record = extract(
        "The opposition Pakistan Tehreek-e-Insaf (PTI) said on Monday it would boycott the "
        "vote. Pakistan banned "
        "Hizb-ut-Tahrir in 2003, the Interior Ministry said, while Iranian-made drones were "
        "seen near the border."
    )
    names = {e.name for e in record.entities}
    assert "Pakistan Tehreek-e-Insaf" in names
    party = next(e for e in record.entities if e.name == "Pakistan Tehreek-e-Insaf")
    assert "PTI" in [m.text for m in party.mentions]
    assert "Hizb-ut-Tahrir" in names
    assert "Pakistan Tehreek" not in names
    assert "Iranian-made" not in names  # a lower-case word after a hyphen is no link


def test_a_one_word_name_owning_an_analyst_is_a_firm(extract):
    record = extract(
        "Analysts were split. The problem was temporary, one said, while Morningstar's "
        "Brian Colello cut his fair value estimate to $140 from $165."
    )
    types = {e.name: e.type for e in record.entities}
    assert types["Morningstar"] == "ORG"
    assert types["Brian Colello"] == "PERSON"


def test_a_surname_the_tagger_calls_a_title_is_the_person(extract):
    record = extract(
        "The party said its candidate, Mutale Chanda, had been denied victory. "
        '"We will not accept a stolen election," Chanda told supporters in Kitwe.'
    )
    people = [e for e in record.entities if e.type == "PERSON"]
    assert [e.name for e in people] == ["Mutale Chanda"]
    assert len(people[0].mentions) >= 2
    assert not any(e.name == "Chanda" for e in record.entities)


def test_a_dash_dateline_names_a_known_place_and_a_street_keeps_its_full_name(extract):
    text = (
        "GREENVILLE — A man was killed early Sunday in a crash on Wade Hampton Boulevard, "
        "police said. Rebecca Lyles of Columbia said the road had been dangerous for years."
    )
    record = extract(text)
    assert named(record, "GREENVILLE").type == "PLACE"
    assert named(record, "Wade Hampton Boulevard").type == "PLACE"
    assert named(record, "Rebecca Lyles").type == "PERSON"
    assert named(record, "Columbia").type == "PLACE"
    assert not [e for e in record.entities if e.name.startswith("Rebecca Lyles of")]


def test_a_capitalised_kicker_before_a_dash_is_no_dateline(extract):
    record = extract("BREAKING — Lawmakers in Ohio passed the budget bill on Friday.")
    assert not [e for e in record.entities if e.name == "BREAKING"]
    assert named(record, "Ohio").type == "PLACE"


def test_a_country_after_a_capitals_dateline_and_dash_is_a_place_of_its_own(extract):
    # spaCy tags "BEIRUT - Lebanon" as one organisation
    record = extract(
        "BEIRUT - Lebanon reported 12 new cases on Sunday, the health ministry said.\n"
        "GERMANY - Bunds extended losses on Friday."
    )
    assert named(record, "BEIRUT").type == "PLACE"
    assert named(record, "Lebanon").type == "PLACE"
    assert not [e for e in record.entities if "Bunds" in e.name]


def test_a_body_named_after_a_person_met_in_full_leaves_the_person_a_person(extract):
    record = extract(
        "Donald Trump has long denied wrongdoing. The Trump foundation agreed to dissolve "
        "last year under the supervision of a judge. Trump said he would appeal the ruling."
    )
    trump = named(record, "Donald Trump")
    assert trump.type == "PERSON"
    assert not [e for e in record.entities if e.name == "Trump" and e.type == "ORG"]


def test_a_hamlet_named_after_a_person_and_of_is_the_persons_firm(extract):
    # spaCy tags "Bernstein" a place (there are villages of that name)
    record = extract(
        "Analysts were split. Stacy Rasgon of Bernstein wrote in a note to clients that the "
        "problem was temporary, while Daniel Ortiz of Houston said it was not."
    )
    assert named(record, "Stacy Rasgon").type == "PERSON"
    assert named(record, "Bernstein").type == "ORG"
    assert named(record, "Houston").type == "PLACE"


def test_a_first_name_alone_stands_for_the_one_person_who_has_it(extract):
    text = (
        "WHO Director-General Tedros Adhanom Ghebreyesus said the spread was worrying.\n"
        '"A coordinated response is essential," Tedros told a news conference in Geneva. '
        "The victim's mother, Denise Peterson, and his uncle, Paul Peterson, spoke at the "
        'vigil. "He was a gentle boy," Denise said.'
    )
    record = extract(text)
    tedros = named(record, "Tedros Adhanom Ghebreyesus")
    assert owner(record, text, "Tedros", 1) is tedros
    assert owner(record, text, "Denise", 1) is named(record, "Denise Peterson")
    speakers = {q.speaker.text: q.speaker.entity for q in record.quotes if q.speaker}
    assert speakers["Tedros"] == tedros.id


def test_a_short_code_after_a_common_noun_is_no_group_of_people(extract):
    record = extract(
        "The emergence of clade Ib in Congo worried officials, and Iraqi Kurds and fellow "
        "Democrats were consulted."
    )
    assert not [e for e in record.entities if e.name == "Ib"]
    assert named(record, "Kurds").type == "GROUP"


def test_a_bracketed_short_name_after_an_organisation_is_its_alias(extract):
    text = (
        "Chile's National Disaster Prevention and Response Service (Senapred) said 300 "
        "people were evacuated. Senapred said later that the roads were closed."
    )
    record = extract(text)
    service = named(record, "National Disaster Prevention and Response Service")
    assert "Senapred" in service.aliases
    assert owner(record, text, "Senapred", 1) is service


def test_a_dateline_place_tagged_in_pieces_is_one_place(extract):
    record = extract("ST. PARIS, Ohio (AP) - A fire destroyed a barn on Tuesday, officials said.")
    assert named(record, "ST. PARIS").type == "PLACE"
    assert not [e for e in record.entities if e.name in ("ST", "PARIS")]


def test_listed_companies_are_organisations_unless_a_persons_surname(extract):
    text = (
        "LONDON (Reuters) - Pfizer said on Tuesday its vaccine worked. Nvidia shares rose 3% "
        "after Foxconn said it would build a plant. Barclays also cut jobs.\n"
        "Harrison Ford starred in the film. Ford said he liked the script."
    )
    record = extract(text)
    for company in ("Pfizer", "Foxconn", "Barclays"):
        assert named(record, company).type == "ORG", company
    assert owner(record, text, "Ford", 1) is named(record, "Harrison Ford")


def test_a_body_of_a_country_is_one_name_and_its_governor_a_person(extract):
    text = (
        "Central Bank of Kenya governor Kamau Thugge told Reuters the bank would keep rates "
        "unchanged. The Electoral Commission of Zambia said turnout was high. Kia Motor Corp "
        "of South Korea said sales rose."
    )
    record = extract(text)
    assert named(record, "Kamau Thugge").type == "PERSON"
    assert named(record, "Central Bank of Kenya").type == "ORG"
    assert named(record, "Electoral Commission of Zambia").type == "ORG"
    assert named(record, "South Korea").type == "PLACE"  # a firm keeps its country apart


def test_untagged_name_set_off_after_a_role_phrase_is_a_person(extract):
    text = (
        "The United Nations envoy for Sudan, Ramtane Lamamra, urged both sides to return to "
        'talks. "There is no military solution," he said in a statement.'
    )
    record = extract(text)
    envoy = named(record, "Ramtane Lamamra")
    assert envoy.type == "PERSON"
    speakers = {q.speaker.text: q.speaker.entity for q in record.quotes if q.speaker}
    assert speakers["he"] == envoy.id


def test_a_given_name_that_is_also_a_city_with_an_initial_is_a_person(extract):
    # "Vladimir" is a city too: given name + middle initial + surname is a person's name,
    # never a team named after a city, even where a verb ("hosted") sounds like sport.
    text = (
        "MOSCOW — Russian President Vladimir V. Putin hosted a visiting envoy from Kenya on "
        "Tuesday, the Kremlin said.\n"
        "Putin told reporters that the talks had gone well. The envoy, Grace Wanjiru, said "
        "she had delivered a letter.\n"
        "Putin's spokesman declined to comment."
    )
    record = extract(text)
    putin = named(record, "Vladimir V. Putin")
    assert putin.type == "PERSON"
    assert owner(record, text, "Putin", 1) is putin
    assert not any(e.name == "Vladimir" for e in record.entities)


def test_common_initialisms_are_no_names(extract):
    # "EV", "GDP", "CEO" are things and titles, not organisations
    record = extract(
        "Analysts at Rhodium Group said the tariffs could cut Chinese EV imports by a "
        "quarter. The EV maker BYD said GDP growth would slow, its CEO told reporters."
    )
    names = {e.name for e in record.entities}
    assert {"Rhodium Group", "BYD"} <= names
    assert not names & {"EV", "GDP", "CEO"}


def test_a_dateline_date_and_a_clock_time_zone_are_no_names(extract):
    record = extract(
        "BEIJING, Aug 8 (Reuters) - China's exports fell 14.5% in July, customs data "
        "showed on Tuesday. The figures will be released at 9:30 a.m. local time (0130 GMT)."
    )
    names = {e.name for e in record.entities}
    assert "Aug" not in names
    assert "GMT" not in names
    assert {"BEIJING", "China", "Reuters"} <= names
