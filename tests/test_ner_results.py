"""Names in sports results and tables: score lines, scorers, standings."""

from __future__ import annotations

from tests.test_entities import named

RESULTS = (
    "SOCCER - DUTCH LEAGUE RESULTS\n"
    "AMSTERDAM (Reuters) - Results of Dutch first division matches on Sunday:\n"
    "Heerenveen 2 (Nygren 14th, Ferreira 77th penalty) Go Ahead Eagles 1 (Edvardsen 90th)\n"
    "Sparta Rotterdam 0 Utrecht 3 (Jensen 8th, 52nd, Ramselaar 61st)\n"
    "Scotland 1 (McTominay 33rd) Cyprus 0\n"
    "Standings after Aug 27 Aug 26\n"
)


def test_score_lines_type_teams_and_scorers(extract):
    record = extract(RESULTS)
    for team in ("Heerenveen", "Go Ahead Eagles", "Sparta Rotterdam", "Utrecht"):
        assert named(record, team).type == "ORG", team
    for scorer in ("Nygren", "Ferreira", "Edvardsen", "Jensen", "Ramselaar", "McTominay"):
        assert named(record, scorer).type == "PERSON", scorer
    # two national sides stay their countries
    assert named(record, "Scotland").type == "PLACE"
    assert named(record, "Cyprus").type == "PLACE"
    # a row of dates is no fixture
    assert not any(e.name == "Aug" and e.type == "ORG" for e in record.entities)


CRICKET = (
    "COLOMBO (Reuters) - Sanath Jayasuriya hit 120 as the hosts beat India in a one-day "
    "international on Sunday.\n"
    "Dashing Sri Lankan opener Jayasuriya faced 98 balls.\n"
    "Result: Sri Lanka won by 9 wickets\n"
    "Jordan Silk made 40 for the visitors.\n"
    "Irish director Neil Jordan watched from the stands. \u201cIt was a joy,\u201d Jordan said."
)


def test_a_country_typed_as_a_person_is_a_place(extract):
    record = extract(CRICKET)
    assert named(record, "Sri Lanka").type == "PLACE"
    assert named(record, "Jordan Silk").type == "PERSON"
    assert named(record, "Neil Jordan").type == "PERSON"  # and "Jordan" with him, no country
    assert not any(e.name == "Jordan" for e in record.entities)
    assert not any(e.name == "Sri Lankan" and e.type == "PLACE" for e in record.entities)


STAGE = (
    "CYCLING - VUELTA STAGE RESULT\n"
    "SANTANDER, Spain (Reuters) - Leading results of the 12th stage on Tuesday:\n"
    "1. Primoz Roglic (Slovenia) Visma 4 hours 12 minutes 3 seconds\n"
    "2. Enric Mas (Spain) Movistar 12 seconds behind\n"
    "3. Juan Ayuso (Spain) Emirates same time\n"
)

SCORERS = (
    "SOCCER - LEADING SCORERS IN FRENCH LEAGUE\n"
    "PARIS (Reuters) - Lille beat Nice 2-1 on Sunday. Leading scorers in the French first "
    "division:\n"
    "7 - Jonathan David (Lille), Wissam Ben Yedder (Monaco), Terem Moffi (Nice)\n"
)


def test_a_riders_team_and_a_players_club_in_results_are_organisations(extract):
    record = extract(STAGE)
    for team in ("Visma", "Movistar", "Emirates"):
        assert named(record, team).type == "ORG", team
    assert named(record, "Spain").type == "PLACE"
    record = extract(SCORERS)
    for club in ("Lille", "Monaco", "Nice"):
        assert named(record, club).type == "ORG", club


SCORECARD = (
    "CRICKET - ENGLAND V PAKISTAN SCOREBOARD\n"
    "LONDON (Reuters) - Scoreboard of the one-day match between England and Pakistan:\n"
    "Zak Crawley c Rizwan b Shaheen Afridi 31\n"
    "Harry Brook lbw b Naseem Shah 12\n"
    "Mohammad Nawaz not out 17\n"
    "Bowling: Woakes 10-1-44-2, Ata-ur-Rehman 9.4-0-51-1\n"
)


def test_scorecard_lines_name_people(extract):
    record = extract(SCORECARD)
    for player in ("Rizwan", "Shaheen Afridi", "Naseem Shah", "Mohammad Nawaz", "Woakes"):
        assert named(record, player).type == "PERSON", player
    assert named(record, "Ata-ur-Rehman").type == "PERSON"


ATHLETICS = (
    "ATHLETICS - ZURICH DIAMOND LEAGUE RESULTS\n"
    "ZURICH (Reuters) - Leading results at the Diamond League meeting on Thursday:\n"
    "Men's 3,000 metres steeplechase\n"
    "1. Soufiane El Bakkali (Morocco) 8:05.34\n"
    "2. Lamecha Girma (Ethiopia) 8:06.21\n"
    "3. Abraham Kibiwot (Kenya) 8:09.11\n"
)


def test_a_placed_athlete_before_a_country_is_a_person(extract):
    record = extract(ATHLETICS)
    for athlete in ("Soufiane El Bakkali", "Lamecha Girma", "Abraham Kibiwot"):
        assert named(record, athlete).type == "PERSON", athlete


TEAMS = (
    "CRICKET - INDIA NAME SQUAD FOR SRI LANKA SERIES\n"
    "NEW DELHI (Reuters) - India named the following squad on Tuesday for the one-day "
    "series against Sri Lanka:\n"
    "Teams: India - Rohit Sharma (captain), Virat Kohli, Shubman Gill, Hashan Tillekeratne, "
    "Kuldeep Yadav, Jasprit Bumrah.\n"
)


def test_the_other_names_in_a_list_of_people_are_people(extract):
    record = extract(TEAMS)
    for player in ("Rohit Sharma", "Virat Kohli", "Hashan Tillekeratne", "Jasprit Bumrah"):
        assert named(record, player).type == "PERSON", player
    assert not any(e.name == "India" and e.type == "PERSON" for e in record.entities)


TABLE_ROWS = (
    "SOCCER - SCOTTISH PREMIER LEAGUE RESULTS\n"
    "GLASGOW (Reuters) - Result of a Scottish premier league match on Saturday:\n"
    "Celtic 3 (Kyogo 12th, Maeda 40th, O'Riley 77th) Hibernian 1 (Boyle 55th)\n"
    "Attendance 57,812\n"
    "Extras (lb-3 nb-3 w-2) 8\n"
    "RETAIL SALES (PCT) Jul +0.4 Aug -0.2\n"
)


def test_table_row_labels_and_month_abbreviations_are_no_names(extract):
    record = extract(TABLE_ROWS)
    names = {e.name for e in record.entities}
    assert not names & {"Attendance", "Extras", "Jul", "Aug"}, names
    assert named(record, "Celtic").type == "ORG"


COUNTY = (
    "CRICKET - ENGLISH COUNTY CHAMPIONSHIP SCORES\n"
    "LONDON (Reuters) - Close of play scores in English county championship matches on "
    "Friday, after Surrey beat Kent on Thursday:\n"
    "Hove: Sussex 285-6 (T. Haines 111)\n"
    "Leicester: Somerset 83 (D. Moriarty 4-35), Leicestershire 202-5\n"
    "Second match: August 31, Taunton\n"
)


def test_county_innings_lines_name_teams_and_players(extract):
    record = extract(COUNTY)
    for team in ("Sussex", "Somerset", "Leicestershire"):
        assert named(record, team).type == "ORG", team
    for player in ("T. Haines", "D. Moriarty"):
        assert named(record, player).type == "PERSON", player
    assert not any(e.name == "August" for e in record.entities)


RECORDS = (
    "ATHLETICS - WOMEN'S 1,000 METRES ALL-TIME LIST\n"
    "BRUSSELS (Reuters) - The fastest women's 1,000 metres times, with where they were run:\n"
    "1. Svetlana Masterkova (Russia) Brussels 23.8.96 2:28.98\n"
    "2. Maria Mutola (Mozambique) Berlin 25.8.95 2:29.34\n"
)


def test_a_city_and_date_after_an_athletes_country_is_where_a_record_fell(extract):
    record = extract(RECORDS)
    assert not any(e.name in ("Brussels", "Berlin") and e.type == "ORG" for e in record.entities)
    assert named(record, "Maria Mutola").type == "PERSON"


def test_a_bracket_ends_an_item_of_a_list_of_people():
    from newsgraph.extract.mentions import Mention
    from newsgraph.extract.ner_context import _lines, _people_lists
    from newsgraph.pipeline import load_nlp

    doc = load_nlp()(
        "Midfielders: Johann Vogel, Marco Grassi, Remo Freuler, Ciriaco Sforza (Inter) Murat Yakin."
    )
    words = [t.text for t in doc]
    people = [
        Mention(words.index(w), words.index(w) + 2, "name", "PERSON")
        for w in ("Johann", "Marco", "Remo")
    ]
    spans = {(m.start, m.end) for m in people}
    found = {doc[a:b].text for a, b in _people_lists(_lines(doc)[0], spans, spans)}
    # two people, not one name running over the bracket: "Ciriaco Sforza (Inter) Murat Yakin"
    assert found == {"Ciriaco Sforza", "Murat Yakin"}
