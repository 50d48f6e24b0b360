"""Hand-built Records for tests and demos of the web layer, independent of the extractors.

Two ordinary articles that share a speaker (so cross-article pages have something to
show) and one hostile article whose text and metadata try to break out of the HTML.
Offsets are computed from the text, so every Record validates against the contract.
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

__all__ = ["HOSTILE_ID", "build_store", "hostile_record", "sample_records"]

HOSTILE_ID = "hostile-article"


def _span(text: str, needle: str, nth: int = 0) -> Span:
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    return Span(at, at + len(needle), needle)


def _ref(text: str, needle: str, entity: str | None, nth: int = 0) -> Ref:
    s = _span(text, needle, nth)
    return Ref(s.start, s.end, s.text, entity)


def port_record() -> Record:
    text = (
        "Dock workers at the port of Valdora walked off the job on Tuesday after wage talks "
        "with terminal operators collapsed.\n\n"
        '"We have waited two years, and waiting does not pay the rent," said Lena Hartmann, '
        'a negotiator for the Harbour Workers Union. "If the operators want their cranes '
        'moving again, they know where to find us."\n\n'
        "Transport Minister Oskar Brandt told reporters in Kessel that the government would "
        "not intervene. He urged the union to return to mediation."
    )
    ents = [
        Entity("e1", "PERSON", "Lena Hartmann", aliases=["Hartmann"], roles=["negotiator"], affiliations=["e2"],
               mentions=[_span(text, "Lena Hartmann")], label="PERSON"),
        Entity("e2", "ORG", "Harbour Workers Union", mentions=[_span(text, "Harbour Workers Union")], label="ORG"),
        Entity("e3", "PERSON", "Oskar Brandt", roles=["Transport Minister"],
               mentions=[_span(text, "Oskar Brandt")], label="PERSON"),
        Entity("e4", "PLACE", "Valdora", mentions=[_span(text, "Valdora")], label="GPE"),
        Entity("e5", "PLACE", "Kessel", mentions=[_span(text, "Kessel")], label="GPE"),
    ]  # fmt: skip
    tue = _span(text, "Tuesday")
    dates = [DateItem("d1", tue.start, tue.end, tue.text, "2024-03-12", "day")]
    places = [
        Place("p1", "Valdora", entity="e4", resolved_name="Valdora", country="NL", lat=51.92, lon=4.48,
              precision="city", mentions=[_span(text, "Valdora")]),
        Place("p2", "Kessel", entity="e5", resolved_name="Kessel", country="NL", lat=52.37, lon=4.89,
              precision="city", mentions=[_span(text, "Kessel")]),
    ]  # fmt: skip
    q1 = _span(text, '"We have waited two years, and waiting does not pay the rent,"')
    q2 = _span(
        text, '"If the operators want their cranes moving again, they know where to find us."'
    )
    q3 = _span(text, "that the government would not intervene")
    quotes = [
        Quote("q1", "direct", q1, speaker=_ref(text, "Lena Hartmann", "e1"), cue=_span(text, "said"), channel="statement"),
        Quote("q2", "direct", q2, speaker=_ref(text, "Lena Hartmann", "e1"), continues="q1", channel="statement"),
        Quote("q3", "indirect", q3, speaker=_ref(text, "Oskar Brandt", "e3"), cue=_span(text, "told"),
              addressee=_ref(text, "reporters", None), channel="press_conference", place="p2"),
    ]  # fmt: skip
    events = [
        Event("v1", "PROTEST", mode="strike", trigger=_span(text, "walked off the job"), actor=_ref(text, "Dock workers", None),
              place="p1", date="d1", status="asserted", actor_sector="LAB", date_precision="day",
              place_precision="city"),
        Event("v2", "CONSULT", _span(text, "urged"), actor=_ref(text, "He", "e3"),
              recipient=_ref(text, "union", "e2"), status="asserted"),
    ]  # fmt: skip
    meta = ArticleMeta("port-strike", text, url="https://example.org/port-strike", outlet="Northern Wire",
                       published="2024-03-13", title="Dock workers walk out in Valdora")  # fmt: skip
    return Record(meta, entities=ents, dates=dates, places=places, quotes=quotes, events=events)


def talks_record() -> Record:
    text = (
        "Union negotiator Lena Hartmann met operators in Kessel on Friday. "
        '"The offer is an insult," Hartmann told the Daily Ledger in an interview.\n\n'
        '"Hartmann knows we cannot pay more," said Piet Vos, a spokesman for the operators.\n\n'
        "Police arrested three protesters outside the meeting, the city said."
    )
    ents = [
        Entity("e1", "PERSON", "Lena Hartmann", aliases=["Hartmann"], roles=["Union negotiator"],
               mentions=[_span(text, "Lena Hartmann"), _span(text, "Hartmann", nth=1), _span(text, "Hartmann", nth=2)],
               label="PERSON"),
        Entity("e5", "PERSON", "Piet Vos", roles=["spokesman"], mentions=[_span(text, "Piet Vos")], label="PERSON"),
        Entity("e2", "ORG", "Daily Ledger", mentions=[_span(text, "Daily Ledger")], label="ORG"),
        Entity("e3", "GROUP", "Police", mentions=[_span(text, "Police")], label="NORP"),
        Entity("e4", "PLACE", "Kessel", mentions=[_span(text, "Kessel")], label="GPE"),
    ]  # fmt: skip
    fri = _span(text, "Friday")
    dates = [DateItem("d1", fri.start, fri.end, fri.text, "2024-03-15", "day")]
    places = [Place("p1", "Kessel", entity="e4", resolved_name="Kessel", country="NL", lat=52.37, lon=4.89,
                    precision="city", mentions=[_span(text, "Kessel")])]  # fmt: skip
    quotes = [
        Quote("q1", "direct", _span(text, '"The offer is an insult,"'),
              speaker=_ref(text, "Hartmann", "e1", nth=1), cue=_span(text, "told"),
              addressee=_ref(text, "Daily Ledger", "e2"), channel="interview"),
        Quote("q2", "direct", _span(text, '"Hartmann knows we cannot pay more,"'),
              speaker=_ref(text, "Piet Vos", "e5"), cue=_span(text, "said")),
    ]  # fmt: skip
    events = [
        Event("v1", "COERCE", mode="arrest", trigger=_span(text, "arrested"), actor=_ref(text, "Police", "e3"),
              recipient=_ref(text, "three protesters", None), place="p1", date="d1", status="asserted"),
        Event("v2", "CONSULT", mode="meet", trigger=_span(text, "met"), actor=_ref(text, "Lena Hartmann", "e1"),
              recipient=_ref(text, "operators", None), place="p1", date="d1", status="asserted"),
    ]  # fmt: skip
    meta = ArticleMeta("port-talks", text, url="https://example.org/port-talks", outlet="Daily Ledger",
                       published="2024-03-16", title="Talks in Kessel go nowhere")  # fmt: skip
    return Record(meta, entities=ents, dates=dates, places=places, quotes=quotes, events=events)


HOSTILE_TEXT = (
    '<script>window.__pwned = 1</script> Officials said the <img src=x onerror="window.__pwned=2"> '
    "plan was fine.\n\n"
    '"Click <a href="javascript:window.__pwned=3">here</a>" said Mallory "><svg onload=window.__pwned=4>, '
    "a spokesman for ACME' onmouseover='window.__pwned=5.\n\n"
    "Mallory attacked the <b>server</b> in Evilton on Monday."
)


def hostile_record() -> Record:
    """An article whose every string tries to run script if it were not escaped."""
    text = HOSTILE_TEXT
    name = 'Mallory "><svg onload=window.__pwned=4>'
    ents = [
        Entity("e1", "PERSON", name, aliases=["<script>alert(1)</script>"], roles=["spokesman'\" onclick='x"],
               mentions=[_span(text, name), _span(text, "Mallory", nth=1)], label="PERSON"),
        Entity("e2", "ORG", "ACME' onmouseover='window.__pwned=5", mentions=[_span(text, "ACME' onmouseover='window.__pwned=5")]),
        Entity("e3", "PLACE", "Evilton", mentions=[_span(text, "Evilton")]),
    ]  # fmt: skip
    mon = _span(text, "Monday")
    dates = [DateItem("d1", mon.start, mon.end, mon.text, '2024-01-01"><script>', "day")]
    places = [Place("p1", "Evilton<script>", entity="e3", resolved_name="<img src=x onerror=alert(1)>",
                    country="ZZ", lat=10.0, lon=20.0, precision="city", mentions=[_span(text, "Evilton")])]  # fmt: skip
    quotes = [
        Quote("q1", "direct", _span(text, '"Click <a href="javascript:window.__pwned=3">here</a>"'),
              speaker=_ref(text, name, "e1"), cue=_span(text, "said", nth=1), channel="statement"),
        Quote("q2", "indirect", _span(text, "the <img src=x onerror=\"window.__pwned=2\"> plan was fine"),
              speaker=_ref(text, "Officials", None), speaker_kind="group", cue=_span(text, "said")),
    ]  # fmt: skip
    events = [
        Event("v1", "ASSAULT", _span(text, "attacked"), actor=_ref(text, "Mallory", "e1", nth=1),
              recipient=_ref(text, "<b>server</b>", None), place="p1", date="d1"),
    ]  # fmt: skip
    meta = ArticleMeta(HOSTILE_ID, text, url="javascript:window.__pwned=6", outlet="<i>Evil</i> \"Wire'",
                       published="2024-01-02", title="<script>window.__pwned=7</script>Hostile")  # fmt: skip
    return Record(meta, entities=ents, dates=dates, places=places, quotes=quotes, events=events)


def sample_records() -> list[Record]:
    return [port_record(), talks_record(), hostile_record()]


def build_store(db_url: str, *, records: list[Record] | None = None) -> Any:
    """A store at ``db_url`` holding ``records`` (default: ``sample_records()``)."""
    from newsgraph.store import Store, store_record

    store = Store(db_url)
    for record in sample_records() if records is None else records:
        store_record(store, record)
    return store
