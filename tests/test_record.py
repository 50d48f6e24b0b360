import json

import jsonschema
import pytest

from newsgraph.record import (
    ArticleMeta,
    DateItem,
    Entity,
    Event,
    Quote,
    Record,
    Ref,
    Span,
    json_schema,
    validate,
)

TEXT = "Ali Nazary told the BBC: “We prefer peace.”"


def make_record() -> Record:
    ent = Entity(id="e1", type="PERSON", name="Ali Nazary", mentions=[Span(0, 10, "Ali Nazary")])
    bbc = Entity(id="e2", type="ORG", name="BBC", mentions=[Span(20, 23, "BBC")])
    quote = Quote(
        id="q1",
        kind="direct",
        content=Span(26, 42, "We prefer peace."),
        speaker=Ref(0, 10, "Ali Nazary", "e1"),
        cue=Span(11, 15, "told"),
        addressee=Ref(16, 23, "the BBC", "e2"),
        channel="interview",
    )
    event = Event(
        id="v1", type="CONSULT", trigger=Span(11, 15, "told"), actor=Ref(0, 10, "Ali Nazary", "e1")
    )
    return Record(
        article=ArticleMeta(id="a1", text=TEXT, published="2021-08-25"),
        entities=[ent, bbc],
        dates=[],
        quotes=[quote],
        events=[event],
    )


def test_record_round_trips_through_json():
    record = make_record()
    again = Record.from_json(record.to_json())
    assert again == record
    assert isinstance(again.quotes[0].speaker, Ref)
    assert again.quotes[0].speaker.entity == "e1"


def test_record_validates_against_schema():
    validate(make_record().as_dict())


def test_schema_rejects_unknown_entity_type():
    data = make_record().as_dict()
    data["entities"][0]["type"] = "ALIEN"
    with pytest.raises(jsonschema.ValidationError):
        validate(data)


def test_validate_catches_span_text_that_is_not_the_article():
    data = make_record().as_dict()
    data["quotes"][0]["content"]["start"] += 1
    with pytest.raises(jsonschema.ValidationError, match="does not match"):
        validate(data)


def test_validate_catches_dangling_ids():
    data = make_record().as_dict()
    data["quotes"][0]["date"] = "d9"
    with pytest.raises(jsonschema.ValidationError, match="unknown date"):
        validate(data)


def test_schema_is_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(json_schema())
    assert json_schema()["properties"]["schema_version"]["const"] == "1"


def test_date_precisions_in_schema_match_contract():
    enum = json_schema()["properties"]["dates"]["items"]["properties"]["precision"]["enum"]
    assert set(enum) == {
        "day",
        "week",
        "month",
        "year",
        "decade",
        "century",
        "duration",
        "time",
        "unknown",
    }
    DateItem(id="d1", start=0, end=1, text="x", value=None, precision="unknown")


def test_as_dict_is_plain_json():
    assert json.loads(json.dumps(make_record().as_dict()))["quotes"][0]["kind"] == "direct"
