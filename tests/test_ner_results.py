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
