"""The Record: the one thing that crosses layers.

A Record is plain data: every item carries character offsets into ``article.text``
and items refer to each other by id (``e1``, ``d1``, ``p1``, ``q1``, ``v1``). The
JSON form is documented by ``schema/record.schema.json`` (``schema_version`` "1");
the store, the CLI and the web layer read Records and never know how they were made.

Dataclasses here are value objects with ``as_dict``/``from_dict``; extractors build
them, nothing else mutates them after the pipeline returns.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from functools import lru_cache
from importlib import resources
from typing import Any, Literal, TypeVar

SCHEMA_VERSION = "1"

EntityType = Literal["PERSON", "ORG", "GROUP", "PLACE", "OTHER"]
DatePrecision = Literal[
    "day", "week", "month", "year", "decade", "century", "duration", "time", "unknown"
]
PlacePrecision = Literal["country", "admin1", "admin2", "city", "feature", "unknown"]
QuoteKind = Literal["direct", "indirect", "mixed"]
Channel = Literal[
    "interview",
    "social_media",
    "op_ed",
    "press_conference",
    "statement",
    "speech",
    "testimony",
    "report",
    "other",
]
EventStatus = Literal["asserted", "negated", "hypothetical", "intended", "reported", "unconfirmed"]

ENTITY_TYPES: tuple[str, ...] = ("PERSON", "ORG", "GROUP", "PLACE", "OTHER")
DATE_PRECISIONS: tuple[str, ...] = (
    "day", "week", "month", "year", "decade", "century", "duration", "time", "unknown",
)  # fmt: skip
PLACE_PRECISIONS: tuple[str, ...] = ("country", "admin1", "admin2", "city", "feature", "unknown")
CHANNELS: tuple[str, ...] = (
    "interview", "social_media", "op_ed", "press_conference", "statement", "speech",
    "testimony", "report", "other",
)  # fmt: skip
EVENT_STATUSES: tuple[str, ...] = (
    "asserted", "negated", "hypothetical", "intended", "reported", "unconfirmed",
)  # fmt: skip

T = TypeVar("T", bound="_Value")


class _Value:
    """Shared (de)serialisation for the dataclasses below.

    Nested values are rebuilt from the field's declared type name, which keeps
    ``from_dict`` free of per-class boilerplate.
    """

    __slots__ = ()

    def as_dict(self) -> dict[str, Any]:
        return {f.name: _dump(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        kwargs: dict[str, Any] = {}
        for f in fields(cls):  # type: ignore[arg-type]
            if f.name not in data:
                continue
            kwargs[f.name] = _load(str(f.type), data[f.name])
        return cls(**kwargs)


def _dump(value: Any) -> Any:
    if isinstance(value, _Value):
        return value.as_dict()
    if isinstance(value, list):
        return [_dump(v) for v in value]
    if isinstance(value, dict):
        return {k: _dump(v) for k, v in value.items()}
    return value


def _load(type_name: str, value: Any) -> Any:
    if value is None:
        return None
    for name, cls in _NESTED.items():
        if type_name.startswith(f"list[{name}]"):
            return [cls.from_dict(v) for v in value]
        if type_name == name or type_name.startswith(f"{name} |"):
            return cls.from_dict(value)
    return value


@dataclass(slots=True)
class Span(_Value):
    """A stretch of ``article.text``: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Ref(_Value):
    """A span that may point to an entity (speaker, addressee, actor, ...)."""

    start: int
    end: int
    text: str
    entity: str | None = None


@dataclass(slots=True)
class ArticleMeta(_Value):
    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    language: str | None = "en"


@dataclass(slots=True)
class Entity(_Value):
    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    # spaCy's label for the mention the name came from (PERSON, ORG, GPE, NORP, ...).
    label: str | None = None


@dataclass(slots=True)
class DateItem(_Value):
    id: str
    start: int
    end: int
    text: str
    value: str | None
    precision: str
    # TIMEX3 type (DATE, TIME, DURATION, SET) and modifier (EARLY, MID, LATE, ...).
    timex_type: str = "DATE"
    mod: str | None = None
    # The date the value was computed against, when it is not the publication date.
    anchor: str | None = None


@dataclass(slots=True)
class Place(_Value):
    id: str
    name: str
    entity: str | None = None
    resolved_name: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str = "unknown"
    geonameid: int | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Quote(_Value):
    id: str
    kind: str
    content: Span
    speaker: Ref | None = None
    cue: Span | None = None
    addressee: Ref | None = None
    channel: str | None = None
    via: Ref | None = None
    date: str | None = None
    # Group speakers ("officials", "some") are kept as spans without an entity.
    speaker_kind: str | None = None
    continues: str | None = None
    place: str | None = None


@dataclass(slots=True)
class Event(_Value):
    id: str
    type: str
    trigger: Span
    mode: str | None = None
    actor: Ref | None = None
    recipient: Ref | None = None
    place: str | None = None
    date: str | None = None
    status: str = "asserted"
    quote: str | None = None
    pattern: str | None = None
    actor_sector: str | None = None
    recipient_sector: str | None = None
    date_precision: str | None = None
    place_precision: str | None = None


@dataclass(slots=True)
class ErrorItem(_Value):
    code: str
    message: str
    stage: str | None = None


@dataclass(slots=True)
class Record(_Value):
    article: ArticleMeta
    schema_version: str = SCHEMA_VERSION
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateItem] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    errors: list[ErrorItem] = field(default_factory=list)
    pipeline: dict[str, Any] = field(default_factory=dict)

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, text: str) -> Record:
        return cls.from_dict(json.loads(text))

    def entity(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        return next((e for e in self.entities if e.id == entity_id), None)


_NESTED: dict[str, type[_Value]] = {
    "Span": Span,
    "Ref": Ref,
    "ArticleMeta": ArticleMeta,
    "Entity": Entity,
    "DateItem": DateItem,
    "Place": Place,
    "Quote": Quote,
    "Event": Event,
    "ErrorItem": ErrorItem,
}


@lru_cache(maxsize=1)
def json_schema() -> dict[str, Any]:
    """The JSON Schema every Record validates against."""
    text = resources.files("newsgraph").joinpath("schema/record.schema.json").read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def validate(data: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when ``data`` breaks the contract.

    Also checks what a schema cannot: every span's text is the slice of the article
    it claims, and every id reference points at an item that exists.
    """
    import jsonschema

    jsonschema.validate(data, json_schema())
    text = data["article"]["text"]
    ids = {
        kind: {item["id"] for item in data[kind]}
        for kind in ("entities", "dates", "places", "quotes", "events")
    }
    for span in _spans(data):
        if text[span["start"] : span["end"]] != span["text"]:
            raise jsonschema.ValidationError(
                f"span {span['start']}:{span['end']} text {span['text']!r} does not match the article"
            )
        if span.get("entity") is not None and span["entity"] not in ids["entities"]:
            raise jsonschema.ValidationError(f"unknown entity id {span['entity']!r}")
    for ent in data["entities"]:
        for aff in ent["affiliations"]:
            if aff not in ids["entities"]:
                raise jsonschema.ValidationError(f"unknown affiliation id {aff!r}")
    for place in data["places"]:
        if place.get("entity") is not None and place["entity"] not in ids["entities"]:
            raise jsonschema.ValidationError(f"unknown entity id {place['entity']!r}")
    for quote in data["quotes"]:
        _check_ref(quote.get("date"), ids["dates"], "date")
        _check_ref(quote.get("continues"), ids["quotes"], "quote")
        _check_ref(quote.get("place"), ids["places"], "place")
    for event in data["events"]:
        _check_ref(event.get("date"), ids["dates"], "date")
        _check_ref(event.get("place"), ids["places"], "place")
        _check_ref(event.get("quote"), ids["quotes"], "quote")


def _check_ref(value: str | None, known: set[str], what: str) -> None:
    import jsonschema

    if value is not None and value not in known:
        raise jsonschema.ValidationError(f"unknown {what} id {value!r}")


def _spans(data: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for ent in data["entities"]:
        out.extend(ent["mentions"])
    out.extend(data["dates"])
    for place in data["places"]:
        out.extend(place["mentions"])
    for quote in data["quotes"]:
        out.extend(
            v for k in ("content", "speaker", "cue", "addressee", "via") if (v := quote.get(k))
        )
    for event in data["events"]:
        out.extend(v for k in ("trigger", "actor", "recipient") if (v := event.get(k)))
    return out
