"""Article text as HTML with every Record item highlighted at its character offsets.

Items overlap freely (a speaker's name inside a quote, an event trigger inside a quote,
a place that is also an entity mention), so the annotations are laid out as a tree:
an annotation that crosses the end of an enclosing one is split into pieces that carry
the same ``data-*`` ids, and the page's script treats the pieces as one item.

Everything that comes from the article (text, names, values) is escaped here; the only
URLs written are the app's own paths, built from url-quoted ids.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import quote

from markupsafe import Markup, escape

from newsgraph.record import Record

__all__ = ["Annotation", "annotate", "entity_href", "render"]

# Outer kinds first when two annotations cover the same stretch.
_ORDER = {"quote": 0, "cue": 1, "speaker": 2, "event": 3, "place": 4, "entity": 5, "date": 6}


@dataclass(frozen=True, order=True)
class Annotation:
    """One highlighted stretch: ``tag`` with ``attrs`` around ``text[start:end]``."""

    start: int
    end: int
    kind: str = field(compare=False)
    tag: str = field(default="span", compare=False)
    attrs: tuple[tuple[str, str], ...] = field(default=(), compare=False)


def entity_href(entity_id: str | int) -> str:
    """The app path of an entity page; ids are url-quoted whatever they contain."""
    return "/entities/" + quote(str(entity_id), safe="")


def annotate(record: Record, links: Mapping[str, str]) -> list[Annotation]:
    """Every highlightable item of ``record``.

    ``links`` maps the Record's local entity ids (``e1``) to the store's global ids; an
    entity without a global id is highlighted but not linked.
    """
    out: list[Annotation] = []
    names = {e.id: e.name for e in record.entities}
    dates = {d.id: d for d in record.dates}
    places = {p.id: p for p in record.places}
    for ent in record.entities:
        gid = links.get(ent.id)
        attrs = [("class", f"ent ent-{ent.type}"), ("data-entity", ent.id), ("title", ent.name)]
        tag = "span"
        if gid is not None:
            tag = "a"
            attrs.append(("href", entity_href(gid)))
        out.extend(Annotation(m.start, m.end, "entity", tag, tuple(attrs)) for m in ent.mentions)
    for date in record.dates:
        title = date.value or "unresolved"
        out.append(
            Annotation(
                date.start,
                date.end,
                "date",
                "time",
                (
                    ("class", "date"),
                    ("data-date", date.id),
                    ("title", f"{title} ({date.precision})"),
                ),
            )
        )
    for place in record.places:
        where = ", ".join(
            x for x in (place.resolved_name or place.name, place.admin1, place.country) if x
        )
        title = where if place.lat is None else f"{where} ({place.lat:.3f}, {place.lon:.3f})"
        out.extend(
            Annotation(
                m.start,
                m.end,
                "place",
                "span",
                (("class", "place"), ("data-place", place.id), ("title", title)),
            )
            for m in place.mentions
        )
    for q in record.quotes:
        speaker = q.speaker.text if q.speaker else "unknown speaker"
        if q.speaker and q.speaker.entity:
            speaker = names.get(q.speaker.entity, speaker)
        attrs = [
            ("class", f"quote quote-{q.kind}"),
            ("data-quote", q.id),
            ("data-speaker", speaker),
            ("title", f"{speaker}" + (f" — {q.channel}" if q.channel else "")),
        ]
        gid = links.get(q.speaker.entity) if q.speaker and q.speaker.entity else None
        if gid is not None:
            attrs.append(("data-speaker-href", entity_href(gid)))
        if q.date and q.date in dates and dates[q.date].value:
            attrs.append(("data-when", str(dates[q.date].value)))
        out.append(Annotation(q.content.start, q.content.end, "quote", "q", tuple(attrs)))
        if q.cue is not None:
            out.append(
                Annotation(
                    q.cue.start, q.cue.end, "cue", "span", (("class", "cue"), ("data-quote", q.id))
                )
            )
        if q.speaker is not None:
            out.append(
                Annotation(
                    q.speaker.start,
                    q.speaker.end,
                    "speaker",
                    "span",
                    (("class", "speaker"), ("data-quote", q.id)),
                )
            )
    for ev in record.events:
        parts = [ev.type + (f"/{ev.mode}" if ev.mode else ""), ev.status]
        if ev.actor:
            parts.append("actor: " + (names.get(ev.actor.entity or "", "") or ev.actor.text))
        if ev.recipient:
            parts.append(
                "recipient: " + (names.get(ev.recipient.entity or "", "") or ev.recipient.text)
            )
        if ev.place and ev.place in places:
            parts.append("place: " + places[ev.place].name)
        out.append(
            Annotation(
                ev.trigger.start,
                ev.trigger.end,
                "event",
                "mark",
                (
                    ("class", f"event status-{ev.status}"),
                    ("data-event", ev.id),
                    ("title", "; ".join(parts)),
                ),
            )
        )
    return out


def render(
    text: str, anns: Iterable[Annotation], *, on_drop: Callable[[Annotation], None] | None = None
) -> Markup:
    """``text`` as escaped HTML with ``anns`` as properly nested elements.

    Annotations outside the text or empty are dropped (``on_drop`` is told); a link
    that would land inside another link is written as a span (HTML forbids nesting).
    """
    n = len(text)
    heap: list[tuple[int, int, int, int, Annotation]] = []
    for i, ann in enumerate(anns):
        if not (0 <= ann.start < ann.end <= n):
            if on_drop is not None:
                on_drop(ann)
            continue
        heapq.heappush(heap, (ann.start, -ann.end, _ORDER.get(ann.kind, 9), i, ann))
    out: list[str] = []
    stack: list[tuple[Annotation, str]] = []  # open annotations with the tag written
    pos = 0
    while heap or stack:
        next_start = heap[0][0] if heap else n + 1
        if stack and stack[-1][0].end <= next_start:
            top, tag = stack.pop()
            out.append(str(escape(text[pos : top.end])))
            out.append(f"</{tag}>")
            pos = top.end
            continue
        start, neg_end, order, i, ann = heapq.heappop(heap)
        out.append(str(escape(text[pos:start])))
        pos = start
        end = -neg_end
        if stack and end > stack[-1][0].end:
            # Crosses the end of the enclosing element: close this piece there, go on later.
            cut = stack[-1][0].end
            heapq.heappush(heap, (cut, -end, order, i, _piece(ann, cut, end)))
            end = cut
        if end <= start:
            continue
        ann = _piece(ann, start, end)
        tag = ann.tag
        if tag == "a" and any(t == "a" for _, t in stack):
            tag = "span"
        out.append(_open(tag, ann.attrs))
        stack.append((ann, tag))
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def _piece(ann: Annotation, start: int, end: int) -> Annotation:
    if (start, end) == (ann.start, ann.end):
        return ann
    return Annotation(start, end, ann.kind, ann.tag, ann.attrs)


def _open(tag: str, attrs: tuple[tuple[str, str], ...]) -> str:
    parts = [tag]
    for name, value in attrs:
        if name == "href" and tag != "a":
            continue
        parts.append(f'{name}="{escape(value)}"')
    return "<" + " ".join(parts) + ">"
