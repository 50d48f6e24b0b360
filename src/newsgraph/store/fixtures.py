"""Build Records by hand for tests, demos and benchmarks of the store.

The store reads Records only; this builder makes valid ones without running the
pipeline, finding every span by its surface text::

    b = RecordBuilder(text, outlet="Kabul Wire", published="2021-08-25")
    mujahid = b.entity("Zabihullah Mujahid", roles=["spokesman"])
    b.quote("We will not allow it", speaker="Zabihullah Mujahid", speaker_entity=mujahid)
    record = b.build()
"""

from __future__ import annotations

from typing import Any

from newsgraph.record import (
    ArticleMeta,
    DateItem,
    Entity,
    Event,
    Place,
    Quote,
    Record,
    Ref,
    Span,
)

PIPELINE_INFO = {"name": "newsgraph", "version": "test", "model": "hand", "model_version": "1"}


class RecordBuilder:
    def __init__(
        self,
        text: str,
        *,
        id: str | None = None,
        outlet: str | None = None,
        published: str | None = None,
        url: str | None = None,
        title: str | None = None,
        pipeline: dict[str, Any] | None = None,
    ):
        from newsgraph.article import content_id

        self.text = text
        self.meta = ArticleMeta(
            id=id or content_id(text),
            text=text,
            url=url,
            outlet=outlet,
            published=published,
            title=title,
        )
        self.pipeline = dict(PIPELINE_INFO if pipeline is None else pipeline)
        self.entities: list[Entity] = []
        self.places: list[Place] = []
        self.dates: list[DateItem] = []
        self.quotes: list[Quote] = []
        self.events: list[Event] = []

    def span(self, surface: str, *, after: int = 0) -> Span:
        start = self.text.find(surface, after)
        if start < 0:
            raise ValueError(f"{surface!r} is not in the text")
        return Span(start=start, end=start + len(surface), text=surface)

    def ref(self, surface: str | None, entity: str | None = None) -> Ref | None:
        if surface is None:
            return None
        span = self.span(surface)
        return Ref(start=span.start, end=span.end, text=surface, entity=entity)

    def entity(
        self,
        name: str,
        type: str = "PERSON",
        *,
        mentions: list[str] | None = None,
        roles: list[str] | None = None,
        affiliations: list[str] | None = None,
        aliases: list[str] | None = None,
    ) -> str:
        """Every occurrence of each mention surface (default: the name) becomes a span."""
        spans = []
        for surface in mentions or [name]:
            at = self.text.find(surface)
            while at >= 0:
                spans.append(Span(start=at, end=at + len(surface), text=surface))
                at = self.text.find(surface, at + len(surface))
        local = f"e{len(self.entities) + 1}"
        self.entities.append(
            Entity(
                id=local,
                type=type,
                name=name,
                aliases=list(aliases or [m for m in (mentions or []) if m != name]),
                roles=list(roles or []),
                affiliations=list(affiliations or []),
                mentions=sorted(spans, key=lambda s: s.start),
            )
        )
        return local

    def place(self, name: str, *, precision: str = "city", **geo: Any) -> str:
        local = f"p{len(self.places) + 1}"
        self.places.append(
            Place(id=local, name=name, precision=precision, mentions=[self.span(name)], **geo)
        )
        return local

    def date(self, surface: str, value: str | None, precision: str = "day") -> str:
        span = self.span(surface)
        local = f"d{len(self.dates) + 1}"
        self.dates.append(
            DateItem(
                id=local,
                start=span.start,
                end=span.end,
                text=surface,
                value=value,
                precision=precision,
            )
        )
        return local

    def quote(
        self,
        content: str,
        *,
        speaker: str | None = None,
        speaker_entity: str | None = None,
        kind: str = "direct",
        channel: str | None = None,
        addressee: str | None = None,
        addressee_entity: str | None = None,
        date: str | None = None,
        place: str | None = None,
    ) -> str:
        local = f"q{len(self.quotes) + 1}"
        self.quotes.append(
            Quote(
                id=local,
                kind=kind,
                content=self.span(content),
                speaker=self.ref(speaker, speaker_entity),
                addressee=self.ref(addressee, addressee_entity),
                channel=channel,
                date=date,
                place=place,
            )
        )
        return local

    def event(
        self,
        type: str,
        trigger: str,
        *,
        actor: str | None = None,
        actor_entity: str | None = None,
        recipient: str | None = None,
        recipient_entity: str | None = None,
        place: str | None = None,
        date: str | None = None,
        status: str = "asserted",
        mode: str | None = None,
        quote: str | None = None,
        actor_sector: str | None = None,
        recipient_sector: str | None = None,
    ) -> str:
        local = f"v{len(self.events) + 1}"
        self.events.append(
            Event(
                id=local,
                type=type,
                trigger=self.span(trigger),
                mode=mode,
                actor=self.ref(actor, actor_entity),
                recipient=self.ref(recipient, recipient_entity),
                place=place,
                date=date,
                status=status,
                quote=quote,
                actor_sector=actor_sector,
                recipient_sector=recipient_sector,
            )
        )
        return local

    def build(self) -> Record:
        return Record(
            article=self.meta,
            entities=self.entities,
            dates=self.dates,
            places=self.places,
            quotes=self.quotes,
            events=self.events,
            pipeline=self.pipeline,
        )
