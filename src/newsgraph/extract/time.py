"""Time expressions: detection and TIMEX3 normalisation against the publication date.

extract(doc, found) -> list[DateItem]      the pipeline stage
normalise(text, anchor="2021-08-18")       one phrase -> Timex3 (value, timex_type, precision, mod)
reanchor(item, "2021-08-18") -> DateItem   the same span read against another reference date

Detection is our own grammar (``timex_normalise``) plus spaCy's DATE/TIME spans repaired
to TimeML extents (``timex_detect``). Relative expressions resolve against the article's
publication date, or, for ``reanchor``, against the date a quote was spoken or written.
dateparser reads only spaCy spans our grammar does not cover, and its answers are cached.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from functools import lru_cache

from spacy.tokens import Doc

from newsgraph.extract.findings import Findings, doc_text
from newsgraph.extract.timex_calendar import PAST
from newsgraph.extract.timex_detect import Candidate, candidates, tense_at
from newsgraph.extract.timex_lexicon import lexicon
from newsgraph.extract.timex_normalise import Context, Timex3, apply, month_alone
from newsgraph.extract.timex_normalise import normalise as _normalise
from newsgraph.record import DateItem

__all__ = ["extract", "normalise", "reanchor"]

log = logging.getLogger(__name__)

# Rules whose value may come from the last date mentioned rather than the anchor.
_ANAPHORIC_RULES = frozenset({"rel_unit", "year_ago", "quarter_rel", "the_year", "weekday"})
# A value a later "that day" / "a year earlier" may refer back to.
_CONCRETE = re.compile(r"\d{4}(-(\d{2}(-\d{2})?|Q\d|H\d))?")
# Rules whose values name a date outright; the anaphoric ones never become a reference.
_REF_RULES = frozenset(
    {"iso", "us_numeric", "mdy", "dmy", "md", "dm", "my", "m_rel_year", "month", "year",
     "quarter", "q_short", "half", "season", "weekday", "deictic", "month_cued", "holiday",
     "fy", "h_short", "spoken_year", "spoken_month_year"}
)  # fmt: skip


def extract(doc: Doc, found: Findings) -> list[DateItem]:
    """Every time expression in ``doc`` as a DateItem, in text order."""
    anchor = _anchor(found.article.published)
    out: list[DateItem] = []
    bare_clock: list[int] = []  # indexes in out of clock times that took the anchor's day
    ref: str | None = None
    ref_q: str | None = None
    for cand in candidates(doc):
        ctx = Context(
            anchor=anchor, tense=tense_at(doc, cand.start, cand.end), ref=ref, ref_quarter=ref_q
        )
        try:
            timex = _read(doc_text(doc), cand, ctx)
            item_anchor = _anaphor_anchor(cand, ctx, timex) if timex else None
        except (ValueError, OverflowError, KeyError):
            # One odd expression ("Feb. 30, 9999") must not cost the article its dates.
            log.debug("cannot normalise %r", doc_text(doc)[cand.start : cand.end], exc_info=True)
            continue
        if timex is None:
            continue
        mod = timex.mod or cand.mod
        if _is_bare_clock(cand) and anchor is not None:
            bare_clock.append(len(out))
        out.append(
            DateItem(
                id=f"d{len(out) + 1}",
                start=cand.start,
                end=cand.end,
                text=doc_text(doc)[cand.start : cand.end],
                value=timex.value,
                precision=timex.precision,
                timex_type=timex.timex_type,
                mod=mod,
                anchor=item_anchor,
            )
        )
        if (
            cand.match is not None
            and cand.match.rule in _REF_RULES
            and timex.value
            and _CONCRETE.fullmatch(timex.value)
        ):
            ref = timex.value
            if re.fullmatch(r"\d{4}-Q\d", timex.value):
                ref_q = timex.value
    for index in bare_clock:
        out[index] = _clock_on_sentence_day(doc, out, index)
    return out


_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _is_bare_clock(cand: Candidate) -> bool:
    """A clock time ("10:35 a.m.", "noon") that names no day of its own."""
    m = cand.match
    if m is None or m.rule not in ("time", "time24", "time_mil", "noon"):
        return False
    groups = m.match.groupdict()
    return not any(groups.get(g) for g in ("wd", "tdeixis", "mon"))


def _clock_on_sentence_day(doc: Doc, items: list[DateItem], index: int) -> DateItem:
    """ "at 10:35 a.m. (0735 GMT) Friday": a bare clock time takes the day its sentence names.

    The day is the closest day-precision date in the same sentence, else the last one the
    text named before it ("walked off the job on Wednesday ... The strike began at 6 a.m.");
    a text that names no day leaves the anchor's day.
    """
    item = items[index]
    if not doc.has_annotation("SENT_START") or not item.value or "T" not in item.value:
        return item
    span = doc.char_span(item.start, item.end, alignment_mode="expand")
    if span is None:
        return item
    sent = span.sent
    days = [
        other
        for other in items
        if other is not item
        and sent.start_char <= other.start < sent.end_char
        and other.value
        and _DAY_VALUE.fullmatch(other.value[:10])
        and "T" not in other.value
    ]
    if not days:
        # Else the last day named before it ("on Wednesday ... The strike began at 6 a.m.").
        days = [
            other
            for other in items[:index]
            if other.value and _DAY_VALUE.fullmatch(other.value) and "T" not in other.value
        ][-1:]
    if not days:
        return item
    nearest = min(days, key=lambda o: abs(o.start - item.start))
    value = nearest.value[:10] + item.value[item.value.index("T") :]  # type: ignore[index]
    return dataclasses.replace(item, value=value)


def _anaphor_anchor(cand: Candidate, ctx: Context, timex: Timex3) -> str | None:
    """The earlier date a value was computed from ("that day", "a year earlier"), if any."""
    if ctx.ref is None or cand.match is None or cand.match.rule not in _ANAPHORIC_RULES:
        return None
    alone = apply(cand.match, Context(anchor=ctx.anchor, tense=ctx.tense, ref=None))
    if alone is not None and alone.value == timex.value:
        return None
    return ctx.ref


def normalise(
    text: str, *, anchor: str | dt.date | None = None, tense: str | None = None
) -> Timex3 | None:
    """Read one time phrase ("today", "last month", "August 15") against ``anchor``.

    Args:
        text: the phrase as written (a leading preposition is allowed: "on Tuesday").
        anchor: ISO date (or date) relative values resolve against; None leaves them
            open (``XXXX-08-15``, ``PRESENT_REF``, or value None).
        tense: "past" or "future" to pick the direction of open dates; None = nearest.

    Returns:
        A Timex3 (``value``, ``timex_type``, ``mod``, ``precision``), or None when the
        phrase is not a time expression our grammar or dateparser can read.
    """
    ctx = Context(anchor=_anchor(anchor), tense=tense)
    whole = _normalise(text.strip(), ctx)  # "at present" keeps its preposition
    if whole is not None:
        return whole
    phrase = re.sub(r"^(?:in|on|at|since|during|by|until|from|of)\s+", "", text.strip(), flags=re.I)
    if tense is None and re.match(r"since\s", text.strip(), re.I):
        ctx.tense = PAST  # "since August 15" points back
    return _normalise(phrase, ctx) or _dateparser(phrase, ctx.anchor)


def reanchor(item: DateItem, anchor: str | dt.date, *, tense: str | None = None) -> DateItem:
    """The same DateItem read against another reference date (e.g. an op-ed's date).

    Offsets, id and text stay; value, precision, type and mod are recomputed, and
    ``anchor`` records the date used. An item that cannot be re-read is returned as is.
    """
    timex = normalise(item.text, anchor=anchor, tense=tense)
    if timex is None:
        return item
    iso = anchor.isoformat() if isinstance(anchor, dt.date) else str(anchor)
    return dataclasses.replace(
        item,
        value=timex.value,
        precision=timex.precision,
        timex_type=timex.timex_type,
        mod=timex.mod or item.mod,
        anchor=iso,
    )


def _read(text: str, cand: Candidate, ctx: Context) -> Timex3 | None:
    if cand.match is not None:
        return apply(cand.match, ctx)
    phrase = text[cand.start : cand.end]
    return _normalise(phrase, ctx) or month_alone(phrase, ctx) or _dateparser(phrase, ctx.anchor)


def _anchor(value: str | dt.date | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        log.warning("unreadable anchor date %r", value)
        return None


_PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year"}


def _dateparser(phrase: str, anchor: dt.date | None) -> Timex3 | None:
    """Fallback for spans our grammar does not read; cached, never run over raw text."""
    return _dateparser_cached(phrase.strip(), anchor)


@lru_cache(maxsize=4096)
def _dateparser_cached(phrase: str, anchor: dt.date | None) -> Timex3 | None:
    if anchor is None or not re.search(r"[A-Za-z]", phrase) or not re.search(r"\d|[A-Z]", phrase):
        return None
    if not _calendar_word().search(phrase):
        # Without a month, weekday or year dateparser guesses: "30-176 days" became a
        # date 176 days back, "eight-10" August 10, "the 12th" December.
        return None
    parser = _date_parser(anchor)
    try:
        data = parser.get_date_data(phrase)
    except Exception:  # dateparser raises assorted errors on odd input
        log.debug("dateparser failed on %r", phrase, exc_info=True)
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    period = _PERIODS.get(data.period or "day", "day")
    if period == "year":
        return Timex3(f"{d.year:04d}")
    if period == "month":
        return Timex3(f"{d.year:04d}-{d.month:02d}")
    if period == "week":
        year, week, _ = d.isocalendar()
        return Timex3(f"{year:04d}-W{week:02d}")
    return Timex3(d.isoformat())


@lru_cache(maxsize=1)
def _calendar_word() -> re.Pattern[str]:
    lex = lexicon()
    words = "|".join(
        re.escape(w) for w in sorted({*lex.months, *lex.weekdays}, key=len, reverse=True)
    )
    return re.compile(rf"(?<![A-Za-z])(?:{words})(?![A-Za-z])|(?<!\d)(?:1[0-9]|20)\d\d(?!\d)", re.I)


@lru_cache(maxsize=64)
def _date_parser(anchor: dt.date):  # type: ignore[no-untyped-def]
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime.combine(anchor, dt.time()),
            "PREFER_DATES_FROM": "past",
            "STRICT_PARSING": False,
        },
    )
