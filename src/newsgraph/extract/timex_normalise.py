"""Our timex grammar: regex rules that both find time expressions and normalise them.

Each rule is a pattern over raw text plus a handler that turns the match into a TIMEX3
value against a :class:`Context` (the anchor date, the tense around the expression and
the last date the text mentioned). :func:`scan` runs every rule over a text and keeps
the longest non-overlapping matches; :func:`normalise` reads one phrase.

Extents follow TimeBank: determiners and modifiers ("the", "last", "early", "nearly")
belong to the timex; prepositions ("in", "on", "since") do not.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from newsgraph.extract import timex_calendar as cal
from newsgraph.extract.timex_lexicon import lexicon, number_value

__all__ = ["Context", "Match", "Timex3", "month_alone", "normalise", "scan", "zone_follows"]

PAST, FUTURE = cal.PAST, cal.FUTURE


@dataclass(frozen=True, slots=True)
class Timex3:
    """A normalised time expression (value may be None where no anchor was known)."""

    value: str | None
    timex_type: str = "DATE"
    mod: str | None = None

    @property
    def precision(self) -> str:
        if self.timex_type == "SET" and self.value and not self.value.startswith("P"):
            return "unknown"
        return cal.precision_of(self.value)


@dataclass(slots=True)
class Context:
    """What a relative expression is resolved against.

    anchor: the reference date (publication date, or a quote's own date); None when
    unknown. tense: "past" / "future" / None around the expression. ref: the last
    concrete date value mentioned before it (for "that day", "a year earlier").
    """

    anchor: dt.date | None = None
    tense: str | None = None
    ref: str | None = None
    # The last business quarter named ("the third quarter"): what "a year ago" compares with.
    ref_quarter: str | None = None


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    rule: str
    match: re.Match[str]


Handler = Callable[[re.Match[str], Context], Timex3 | None]


# ---------------------------------------------------------------- patterns

# Start and end boundaries. A hyphen glues words ("mid-1990s", "10-year", "Trust
# 1986-A") except in a range of dates: "June 11-July 11", "Monday-Friday", "April-June".
_RANGE_FROM = "|".join(
    rf"(?<=(?-i:{end})-)"
    for end in (r"\d", r"\.", "day", "ary", "rch", "ril", "May", "une", "uly", "ust", "ber")
)
B = rf"(?:(?<![\w'’-])|(?<=-)(?=(?-i:[A-Z]))(?:{_RANGE_FROM}))"  # cheap checks first
E = r"(?!\w|-(?!(?-i:[A-Z])[a-z.]))"


def _year(name: str) -> str:
    return rf"(?P<{name}>(?:1[0-9]|20)\d{{2}})(?![\d,]\d|\s*%)"


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, str]]:
    lex = lexicon()
    alt = lex.alt
    mon = rf"(?P<mon>{alt('months')})"
    wd = rf"(?P<wd>{alt('weekdays')})"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d)"
    pmod = (
        rf"(?:(?P<pmod>{alt('part_mods')})(?:\s+|-|\s*-\s*)"
        rf"|(?P<pmodh>{alt('hyphen_part_mods')})-)"
    )
    num = lexicon().alt("number")
    vague = alt("vague_numbers")
    units = alt("units")
    parts = alt("day_parts")
    # A weekday before a date, also wire-style abbreviated: "Tues, Aug 24", "Mon Aug 30".
    wd_abbr = r"(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN)"
    wd_pre = rf"(?:(?:{wd}|{wd_abbr}\.?),?\s+(?:the\s+)?)?"
    ones = "one|two|three|four|five|six|seven|eight|nine"
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    spoken = (
        rf"(?P<spoken>(?:nineteen|eighteen)(?:\s+hundred(?:\s+and)?)?\s+(?:(?:{tens})(?:[\s-](?:{ones}))?|{teens})"
        rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{ones}|{teens}))?)"
    )
    return [
        # Absolute calendar dates.
        ("iso", r"(?P<iy>(?:19|20)\d{2})-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?!\d)"),
        ("us_numeric", r"(?P<um>[0-3]?\d)/(?P<ud>[0-3]?\d)/(?P<uy>(?:19|20)\d{2}|\d{2})(?![\d/])"),
        ("mdy", rf"{wd_pre}{mon}\s*{day}(?:,\s*|\s+){_year('year')}"),
        ("dmy", rf"{wd_pre}{day}\s+(?:of\s+)?{mon},?\s+{_year('year')}"),
        # "January 29-30": a range of days in one month is read as its first day
        (
            "md",
            rf"{pmod}?(?:(?P<rel>last|this|next)\s+)?{wd_pre}{mon}\s*{day}"
            r"(?:\s*[-–]\s*(?P<day2>[0-3]?\d)(?!\d|:\d))?",
        ),
        ("dm", rf"{wd_pre}{day}\s+(?:of\s+)?{mon}"),
        ("my", rf"{pmod}?{mon},?\s+(?:of\s+)?{_year('year')}"),
        (
            "m_rel_year",
            rf"{pmod}?{mon}(?:\s*{day})?,?\s+(?P<rel>this|last|next)\s+year",
        ),
        (
            "month",
            rf"{pmod}?(?:(?P<rel>this\s+past|this\s+coming|last|this|next|the\s+past|the\s+coming)\s+)?{mon}",
        ),
        (
            "year",
            rf"{pmod}?(?:(?P<fiscal>(?:the\s+)?(?:fiscal|calendar|financial)(?:\s+year)?|the\s+year)[\s-]+)?{_year('year')}",
        ),
        ("fy", r"(?:FY\s?'?|fiscal\s+')(?P<fy>\d{2})(?!\d)|FY\s?(?P<fy4>(?:19|20)\d{2})(?!\d)"),
        # Not "two thousand years/troops": a count.
        ("spoken_year", rf"(?:the\s+year\s+)?{spoken}(?!\s+(?-i:[a-z]{{3,}}s|people)\b)"),
        ("spoken_month_year", rf"{mon},?\s+(?:of\s+)?{spoken}"),
        (
            "month_cued",
            r"(?:(?<=in\s)|(?<=since\s)|(?<=until\s)|(?<=by\s)|(?<=through\s)|(?<=from\s)|"
            rf"(?<=during\s)|(?<=to\s)|(?<=of\s)|(?<=before\s)|(?<=after\s)|(?<=and\s)){mon}",
        ),
        (
            "decade",
            rf"(?:the\s+)?{pmod}?(?:the\s+)?(?:(?P<dec>1\d{{2}}0|20\d0)'?s|'(?P<dec2>\d0)s|(?P<decw>{alt('decade_words')}))",
        ),
        (
            "century",
            rf"(?:the\s+)?{pmod}?(?:the\s+)?(?:(?P<crel>this|last|next|past|previous)\s+|(?P<cord>{alt('ordinals')})[\s-]+)century",
        ),
        (
            "season",
            rf"{pmod}?(?:(?P<srel>this\s+past|this\s+coming|this|last|next|the|that)\s+)?"
            rf"(?:(?P<pmod2>early|late|mid)[\s-]+)?(?P<season>{alt('seasons')})"
            # "the winter of 2019-2020" / "2019-20": the season that began in the first year
            rf"(?:\s+(?:of\s+)?(?:{_year('year')}(?:[-–/](?:(?:19|20)\d\d|\d\d)(?!\d))?|{spoken}))?",
        ),
        (
            "quarter",
            r"(?:(?P<qdet>the|a|this|last|next|that|this\s+year's|last\s+year's|next\s+year's|"
            r"the\s+current|the\s+latest|the\s+year-ago|the\s+year-earlier|the\s+comparable|the\s+same)\s+)?"
            rf"(?:{_year('year')}\s+)?(?:fiscal[\s-]+)?(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th)"
            rf"[\s-]+(?:fiscal\s+)?quarter(?:\s+of\s+(?:fiscal\s+)?{_year('year2')})?",
        ),
        # "the April-June quarter", "the July-December period": a quarter or a half
        (
            "month_span",
            rf"(?:the\s+)?{mon}\s*[-–]\s*(?P<mon2>{alt('months')})\s+(?:quarter|period|half)"
            rf"(?:\s+(?:of\s+)?{_year('year')})?",
        ),
        ("q_short", rf"(?P<qn>Q[1-4])(?:\s+{_year('year')}|\s+'(?P<yy>\d{{2}}))?"),
        ("h_short", rf"(?P<hn>H[12])\s+(?:(?:of\s+)?(?:fiscal\s+|FY\s?)?){_year('year')}"),
        (
            "quarter_rel",
            r"(?P<qdet>the|this|last|next|that|the\s+current|the\s+latest|the\s+previous|the\s+last|"
            r"the\s+past|the\s+same|the\s+latest\s+fiscal|the\s+fiscal|the\s+year-ago|the\s+year-earlier|"
            r"the\s+comparable\s+year-ago|the\s+comparable\s+year-earlier|the\s+comparable|"
            rf"the\s+{_year('year')})\s+(?P<qword>quarter|period)",
        ),
        (
            "half",
            rf"(?:the\s+)?(?P<hord>first|second|last|latter)\s+half\s+of\s+(?:(?:fiscal\s+)?{_year('year')}|(?P<hrel>this|last|next)\s+year)",
        ),
        (
            "rel_unit",
            rf"{pmod}?(?P<rel>this\s+past|this\s+coming|this|last|next|the\s+past|the\s+last|the\s+current|"
            r"the\s+coming|the\s+next|past|coming|current|the\s+previous|the\s+following|previous|"
            r"following|that|that\s+same|the\s+same|the\s+preceding|the\s+prior|the\s+latest)\s+"
            rf"(?P<unit>week|month|year|weekend|fiscal\s+year|decade|day|{parts})",
        ),
        (
            "deictic",
            rf"{pmod}?(?P<deixis>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|"
            rf"yesterday|tomorrow)(?:\s+(?P<part>{parts}))?",
        ),
        ("part_deictic", rf"{pmod}?(?P<part>{parts})\s+(?P<deixis>today|yesterday|tomorrow)"),
        ("overnight", r"(?P<overnight>overnight)"),
        ("the_weekend", r"the\s+weekend"),
        ("week_of", rf"the\s+week\s+of\s+{mon}\s*{day}(?:,\s*{_year('year')})?"),
        (
            "week_in_month",
            rf"the\s+(?P<nth>first|second|third|fourth|last|final)\s+week\s+of\s+{mon}"
            rf"(?:,?\s+{_year('year')})?",
        ),
        (
            "the_year",
            r"(?<!of\s)the\s+(?:(?P<yq>full|fiscal|calendar|whole|entire)\s+)?year"
            # "the year to June", "the year to end-March": a year-long span
            rf"(?:(?P<ended>(?=\s+(?:that\s+)?(?:ended|ending|ends|through|to\s+\w+\s+\d|"
            rf"to\s+(?:end-)?(?:{alt('months')})\b)))"
            r"|(?!\s+(?:before|after|earlier|later|when|in\s+which|that|of|since|ago|two\s+thousand)\b))",
        ),
        # "earlier in the year", "later in the month" (TimeBank tags these, not "later in the day")
        (
            "in_the_unit",
            r"(?P<ipart>earlier|later|early|late)\s+in\s+the\s+(?P<iunit>year|month|week)",
        ),
        (
            "unit_end",
            r"(?:(?P<erel>this|last|next)\s+)?(?:year[-\s]end|year's\s+end)|"
            # "since the start of the year"; a headline's "BY END OF YEAR"
            r"(?:the\s+)?(?P<epart>end|close|start|beginning|middle)\s+of\s+(?:the\s+)?"
            r"(?P<eunit>year|month|week)",
        ),
        (
            "weekday",
            rf"{pmod}?(?:(?P<rel>last|next|this\s+past|this\s+coming|this|the\s+previous|the\s+following|"
            rf"coming|past)\s+)?{wd}(?P<plural>s)?(?:\s+(?P<part>{parts})(?P<pplural>s)?)?"
            r"(?:\s+(?P<wrel>next|last|this)\s+week)?",
        ),
        (
            "time",
            rf"(?P<hour>[01]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\.?|o'clock"
            r"|in\s+the\s+(?:morning|afternoon|evening)|at\s+night)"
            rf"(?:\s+(?P<tz>{alt('timezones')})(?![\w]))?"
            rf"(?:,?\s+(?:{wd}|(?P<tdeixis>today|yesterday|tomorrow|tonight)|{mon}\s*{day}))?",
        ),
        (
            "time24",
            rf"(?P<hour>[012]?\d):(?P<minute>[0-5]\d)\s*(?P<tz>{alt('timezones')})(?![\w])",
        ),
        # Wire style "at 1430 GMT", "2000 local time": a four-digit clock time needs its zone.
        (
            "time_mil",
            rf"(?P<mil>(?:[01]\d|2[0-3])[0-5]\d)\s*(?P<tz>{alt('timezones')}|local\s+time)(?![\w])"
            rf"(?:,?\s+(?:{wd}|(?P<tdeixis>today|yesterday|tomorrow|tonight)))?",
        ),
        (
            "noon",
            rf"(?P<noon>noon|midnight|midday)(?:,?\s+(?:{wd}|(?P<tdeixis>today|yesterday|tomorrow)))?",
        ),
        (
            "year_ago",
            r"(?:the\s+)?(?:comparable\s+|corresponding\s+)?(?:(?P<yago>a\s+year\s+(?:ago|earlier)|"
            r"year-(?:ago|earlier))(?:\s+(?:period|quarter|first\s+quarter|second\s+quarter|"
            r"third\s+quarter|fourth\s+quarter))?|(?:period|quarter)\s+a\s+year\s+(?:ago|earlier)|"
            r"corresponding\s+period\s+(?:of\s+)?last\s+year|same\s+period\s+(?:of\s+)?last\s+year)",
        ),
        (
            "ago",
            rf"(?:(?P<num>{num}|{vague})\s+)?(?P<unit>{units})\s+(?:or\s+so\s+)?ago",
        ),
        (
            "duration",
            rf"(?:(?P<det>the|a|an|another|each\s+of\s+the)\s+)?"
            r"(?:(?P<drel>past|last|next|first|previous|following|coming|latest|final|remaining|"
            r"additional|other|entire|full|whole|initial)\s+)?"
            rf"(?P<num>{num}|{vague})(?P<range>\s+(?:to|or)\s+(?:{num})|\s*[-–]\s*\d+(?!\d))?(?P<half0>\s+and\s+a\s+half)?"
            r"(?:\s+(?:more|additional|straight|consecutive|full|long|"
            rf"trading|business|calendar|working|extra))?(?:\s+|-|\s*-\s*)(?P<unit>{units})(?P<long>-long)?"
            r"(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?",
        ),
        (
            "vague_duration",
            r"(?:the\s+)?(?P<vrel>recent|coming|past|next|last|previous)\s+(?:few\s+|several\s+)?"
            r"(?P<unit>days|weeks|months|years|decades|quarters|centuries)",
        ),
        (
            "bare_units",
            r"(?:(?<=for\s)|(?<=within\s)|(?<=over\s)|(?<=after\s)|(?<=lasted\s)|(?<=took\s)|"
            r"(?<=last\s)|(?<=in\s))(?P<unit>days|weeks|months|years|decades|centuries|hours|minutes)",
        ),
        ("set_word", rf"(?P<setword>{alt('sets')})"),
        (
            "set_every",
            rf"(?:every|each)\s+(?:(?P<snum>{num}|other)\s+)?"
            rf"(?P<sunit>{units}|{wd}|{mon}|{alt('seasons')})",
        ),
        (
            "set_times",
            r"(?P<freq>once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per|each)\s+(?P<sunit>day|week|month|year|hour|quarter)",
        ),
        ("ref", rf"(?P<ref>{alt('refs')})"),
        (
            "holiday",
            rf"(?:(?P<hrel>last|next|this)\s+)?(?P<holiday>{alt('holidays')})(?P<hweek>\s+week)?"
            rf"(?:\s+{_year('year')})?",
        ),
    ]


@lru_cache(maxsize=1)
def _compiled() -> list[tuple[str, re.Pattern[str], Handler]]:
    out = []
    for name, pattern in _patterns():
        out.append((name, re.compile(B + "(?:" + pattern + ")" + E, re.I), _HANDLERS[name]))
    return out


# ---------------------------------------------------------------- helpers


def _cap_ok(word: str) -> bool:
    """Month and weekday names are capitalised in English; "may" and "march" often are not names."""
    return word[:1].isupper()


def _g(m: re.Match[str], name: str) -> str | None:
    try:
        value = m.group(name)
    except IndexError:
        return None
    return value.lower() if value else None


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower().strip())


def _month_no(m: re.Match[str]) -> int | None:
    word = m.group("mon")
    if not _cap_ok(word):
        return None
    return lexicon().months.get(_norm(word))


def _pmod(m: re.Match[str], *names: str) -> str | None:
    lex = lexicon()
    for name in ("pmod", *names):
        value = _g(m, name)
        if value:
            return lex.part_mods.get(_norm(value).rstrip("-"))
    hyphen = _g(m, "pmodh")  # "end-June"
    return lex.hyphen_part_mods.get(_norm(hyphen)) if hyphen else None


def _day_ok(year: int | None, month_no: int, day_no: int) -> bool:
    try:
        dt.date(year or 2000, month_no, day_no)
    except ValueError:
        return False
    return True


def _unit_code(word: str) -> str:
    return lexicon().units[_norm(word)]


def _duration(amount: float | None, code: str) -> str:
    """P40Y, PT24H, P2Q, PXY; decades and centuries as years where the amount is known,
    else PXE / PXC ("decades", "centuries")."""
    if amount is None:
        # TimeBank's unit letters for vague decades/centuries/millennia: E, C, L.
        vague = {"MIN": "PTXM", "H": "PTXH", "S": "PTXS", "DE": "PXE", "CE": "PXC", "ML": "PXL"}
        return vague.get(code, f"PX{code}")
    if code == "2W":
        amount, code = amount * 2, "W"
    if code == "DE":
        amount, code = amount * 10, "Y"
    if code == "CE":
        amount, code = amount * 100, "Y"
    if code == "ML":
        amount, code = amount * 1000, "Y"
    whole = int(amount)
    frac = amount - whole
    time_unit = code in ("H", "MIN", "S")
    letter = "M" if code == "MIN" else code
    if frac and code in ("Y", "D", "H", "MIN"):
        smaller = {"Y": ("M", 12), "D": ("H", 24), "H": ("M", 60), "MIN": ("S", 60)}[code]
        rest = round(frac * smaller[1])
        if code == "Y":
            return f"P{whole}Y{rest}M" if whole else f"P{rest}M"
        if code == "D":
            return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
        return f"PT{whole}{letter}{rest}{smaller[0]}" if whole else f"PT{rest}{smaller[0]}"
    if frac and code == "W":
        return f"P{round(amount * 7)}D"
    if frac and code == "M":
        return f"P{round(amount * 30)}D"
    return f"PT{whole}{letter}" if time_unit else f"P{whole}{letter}"


def _amount(text: str | None) -> float | None:
    if text is None:
        return 1.0
    return number_value(text)


def _shift(value: str, unit: str, delta: int) -> str | None:
    """Move a TIMEX3 value by ``delta`` units of its own granularity (unit is Y for years)."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(T.*)?", value)
    if m:
        d = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if unit == "Y":
            try:
                return cal.day(d.replace(year=d.year + delta))
            except ValueError:
                return cal.day(d.replace(year=d.year + delta, day=28))
        return cal.day(d + dt.timedelta(days=delta))
    m = re.fullmatch(r"(\d{4})-Q(\d)", value)
    if m:
        if unit == "Y":
            return cal.quarter(int(m.group(1)) + delta, int(m.group(2)))
        index = int(m.group(1)) * 4 + int(m.group(2)) - 1 + delta
        return cal.quarter(index // 4, index % 4 + 1)
    m = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if m:
        y, mo = cal.add_months(
            int(m.group(1)), int(m.group(2)), 12 * delta if unit == "Y" else delta
        )
        return cal.month(y, mo)
    m = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if m:
        d = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return cal.iso_week(d + dt.timedelta(weeks=52 * delta if unit == "Y" else delta))
    m = re.fullmatch(r"(\d{4})(-H\d|-SP|-SU|-FA|-WI)?", value)
    if m:
        return f"{int(m.group(1)) + delta:04d}{m.group(2) or ''}"
    return None


def _granular(anchor: dt.date, code: str, delta: int) -> str:
    """The unit ``code`` (D, W, M, Y, Q, DE, CE) containing anchor, moved by ``delta`` units."""
    if code == "D":
        return cal.day(anchor + dt.timedelta(days=delta))
    if code in ("W", "2W"):
        return cal.iso_week(anchor + dt.timedelta(weeks=delta))
    if code == "WE":
        return cal.iso_week(anchor + dt.timedelta(weeks=delta)) + "-WE"
    if code == "M":
        return cal.month(*cal.add_months(anchor.year, anchor.month, delta))
    if code == "Q":
        index = anchor.year * 4 + cal.quarter_of(anchor) - 1 + delta
        return cal.quarter(index // 4, index % 4 + 1)
    if code == "DE":
        return f"{anchor.year // 10 + delta:03d}X"
    if code == "CE":
        return f"{anchor.year // 100 + delta:02d}XX"
    return f"{anchor.year + delta:04d}"


# ---------------------------------------------------------------- handlers


def _h_iso(m: re.Match[str], ctx: Context) -> Timex3 | None:
    y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
    return Timex3(cal.day(dt.date(y, mo, d))) if _day_ok(y, mo, d) else None


def _h_us_numeric(m: re.Match[str], ctx: Context) -> Timex3 | None:
    mo, d, y = int(m.group("um")), int(m.group("ud")), int(m.group("uy"))
    if y < 100:
        y += 1900 if y > 40 else 2000
    if mo > 12 and d <= 12:
        mo, d = d, mo  # "25/08/2021": only the day-first reading is a date
    if not _day_ok(y, mo, d):
        return None
    return Timex3(cal.day(dt.date(y, mo, d)))


def _h_full_date(m: re.Match[str], ctx: Context) -> Timex3 | None:
    month_no = _month_no(m)
    if month_no is None:
        return None
    y, d = int(m.group("year")), int(m.group("day"))
    if not _day_ok(y, month_no, d):
        return None
    return Timex3(cal.day(dt.date(y, month_no, d)))


def _h_month_day(m: re.Match[str], ctx: Context) -> Timex3 | None:
    month_no = _month_no(m)
    if month_no is None:
        return None
    d = int(m.group("day"))
    if not _day_ok(None, month_no, d):
        return None
    mod = _pmod(m)
    anchor = ctx.anchor
    if anchor is None:
        return Timex3(f"XXXX-{month_no:02d}-{d:02d}", mod=mod)
    rel = _g(m, "rel")
    tense = {"last": PAST, "next": FUTURE}.get(rel or "", ctx.tense)
    wd = _g(m, "wd")
    if wd:
        # A weekday beside the date picks the year where both agree.
        weekday = lexicon().weekdays[_norm(wd)]
        for year in (anchor.year, anchor.year - 1, anchor.year + 1):
            if _day_ok(year, month_no, d) and dt.date(year, month_no, d).isoweekday() == weekday:
                return Timex3(cal.day(dt.date(year, month_no, d)), mod=mod)
    return Timex3(cal.day(cal.nearest_month_day(anchor, month_no, d, tense)), mod=mod)


def _h_month_year(m: re.Match[str], ctx: Context) -> Timex3 | None:
    month_no = _month_no(m)
    if month_no is None:
        return None
    return Timex3(cal.month(int(m.group("year")), month_no), mod=_pmod(m))


def _h_month_rel_year(m: re.Match[str], ctx: Context) -> Timex3 | None:
    month_no = _month_no(m)
    if month_no is None:
        return None
    day_no = int(m.group("day")) if m.group("day") else None
    if day_no is not None and not _day_ok(None, month_no, day_no):
        return None
    tail = f"-{day_no:02d}" if day_no is not None else ""
    if ctx.anchor is None:
        return Timex3(f"XXXX-{month_no:02d}{tail}", mod=_pmod(m))
    delta = {"this": 0, "last": -1, "next": 1}[_norm(m.group("rel"))]
    return Timex3(cal.month(ctx.anchor.year + delta, month_no) + tail, mod=_pmod(m))


def _h_month(m: re.Match[str], ctx: Context) -> Timex3 | None:
    month_no = _month_no(m)
    if month_no is None:
        return None
    rel = _g(m, "rel")
    mod = _pmod(m)
    if rel is None and mod is None and not _bare_month_ok(m.group("mon")):
        return None
    if ctx.anchor is None:
        return Timex3(f"XXXX-{month_no:02d}", mod=mod)
    if rel is None:
        year, _ = cal.nearest_month(ctx.anchor, month_no, ctx.tense)
        return Timex3(cal.month(year, month_no), mod=mod)
    rel = _norm(rel)
    if rel in ("last", "this past", "the past"):
        year = ctx.anchor.year if month_no - 1 < ctx.anchor.month - 1 else ctx.anchor.year - 1
    elif rel in ("next", "this coming", "the coming"):
        year = ctx.anchor.year if month_no - 1 > ctx.anchor.month - 1 else ctx.anchor.year + 1
    else:
        year = ctx.anchor.year
    return Timex3(cal.month(year, month_no), mod=mod)


def _h_year(m: re.Match[str], ctx: Context) -> Timex3 | None:
    if _tz_after().match(m.string, m.end()):
        return None  # "(0735 GMT)", "1430 GMT": a clock time, not a year
    return Timex3(f"{int(m.group('year')):04d}", mod=_pmod(m))


def zone_follows(text: str, pos: int) -> bool:
    """Whether a time zone ("GMT", "local time") follows ``pos``: "1900 GMT" is a clock time."""
    return _tz_after().match(text, pos) is not None


@lru_cache(maxsize=1)
def _tz_after() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{lexicon().alt('timezones')}|local\s+time)(?![\w])", re.I)


def _h_fy(m: re.Match[str], ctx: Context) -> Timex3 | None:
    if m.group("fy4"):
        return Timex3(m.group("fy4"))  # "FY2013"
    yy = int(m.group("fy"))
    return Timex3(f"{(1900 if yy > 40 else 2000) + yy:04d}")


_SPOKEN = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip


def _spoken_year(text: str) -> int | None:
    """ "nineteen ninety-six" -> 1996, "two thousand and one" -> 2001."""
    words = [
        w for w in re.split(r"[\s-]+", text.lower()) if w not in ("hundred", "and", "the", "year")
    ]
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(_SPOKEN.get(w, 0) for w in words[2:])
    if not words or words[0] not in ("nineteen", "eighteen"):
        return None
    return _SPOKEN[words[0]] * 100 + sum(_SPOKEN.get(w, 0) for w in words[1:])


def _h_spoken_year(m: re.Match[str], ctx: Context) -> Timex3 | None:
    year = _spoken_year(m.group("spoken"))
    return Timex3(f"{year:04d}") if year else None


def _h_spoken_month_year(m: re.Match[str], ctx: Context) -> Timex3 | None:
    month_no = _month_no(m)
    year = _spoken_year(m.group("spoken"))
    if month_no is None or year is None:
        return None
    return Timex3(cal.month(year, month_no))


def _bare_month_ok(word: str) -> bool:
    """A month name standing alone: not "May"/"March" (verbs, names) nor "Jan"/"Dec" without a period."""
    key = _norm(word)
    return key not in ("may", "march") and (
        len(key) > 4 or key.endswith(".") or key in ("june", "july")
    )


def _h_month_cued(m: re.Match[str], ctx: Context) -> Timex3 | None:
    month_no = _month_no(m)
    if month_no is None:
        return None
    key = _norm(m.group("mon"))
    if len(key) <= 4 and not key.endswith(".") and key not in ("may", "june", "july"):
        return None  # "of Jan", "to Dec": more often names than months
    if ctx.anchor is None:
        return Timex3(f"XXXX-{month_no:02d}")
    year, _ = cal.nearest_month(ctx.anchor, month_no, ctx.tense)
    return Timex3(cal.month(year, month_no))


def _h_the_weekend(m: re.Match[str], ctx: Context) -> Timex3 | None:
    """The weekend nearest the anchor in the tense's direction (Sat/Sun anchors: this one)."""
    if ctx.anchor is None:
        return Timex3(None)
    weekday = ctx.anchor.isoweekday()
    delta = 0
    if weekday < 6 and (ctx.tense == PAST or (ctx.tense is None and weekday <= 3)):
        delta = -1
    return Timex3(_granular(ctx.anchor, "WE", delta))


def _h_week_of(m: re.Match[str], ctx: Context) -> Timex3 | None:
    """ "the week of March 6": the ISO week holding that day."""
    month_no = _month_no(m)
    d = int(m.group("day"))
    year = int(m.group("year")) if m.group("year") else None
    if month_no is None or not _day_ok(year, month_no, d):
        return None
    if year is not None:
        return Timex3(cal.iso_week(dt.date(year, month_no, d)))
    if ctx.anchor is None:
        return Timex3(None)
    return Timex3(cal.iso_week(cal.nearest_month_day(ctx.anchor, month_no, d, ctx.tense)))


def _h_week_in_month(m: re.Match[str], ctx: Context) -> Timex3 | None:
    """ "the last week of January": the ISO week with most of its days in that month
    (the first week holds the 4th, the last the day three before the month's end)."""
    month_no = _month_no(m)
    if month_no is None:
        return None
    if m.group("year"):
        year = int(m.group("year"))
    elif ctx.anchor is None:
        return Timex3(None)
    else:
        year, _ = cal.nearest_month(ctx.anchor, month_no, ctx.tense)
    nth = (m.group("nth") or "").lower()
    if nth in ("last", "final"):
        following = dt.date(year + (month_no == 12), month_no % 12 + 1, 1)
        day = following - dt.timedelta(days=4)
    else:
        day = dt.date(year, month_no, 4 + 7 * ["first", "second", "third", "fourth"].index(nth))
    return Timex3(cal.iso_week(day))


def _h_the_year(m: re.Match[str], ctx: Context) -> Timex3 | None:
    """ "for the year ended March 31" is a duration; "sales for the full year" the year in view."""
    if m.group("ended") is not None:
        return Timex3("P1Y", timex_type="DURATION")
    if ctx.anchor is None:
        return Timex3(None)
    return Timex3(f"{ctx.anchor.year:04d}")


def _h_in_the_unit(m: re.Match[str], ctx: Context) -> Timex3 | None:
    mod = "START" if _norm(m.group("ipart")).startswith("earl") else "END"
    if ctx.anchor is None:
        return Timex3(None, mod=mod)
    code = {"year": "Y", "month": "M", "week": "W"}[_norm(m.group("iunit"))]
    return Timex3(_granular(ctx.anchor, code, 0), mod=mod)


def _h_unit_end(m: re.Match[str], ctx: Context) -> Timex3 | None:
    unit = _g(m, "eunit") or "year"
    delta = {"this": 0, "last": -1, "next": 1}.get(_g(m, "erel") or "this", 0)
    mod = _UNIT_PART_MODS[_g(m, "epart") or "end"]
    if ctx.anchor is None:
        return Timex3(None, mod=mod)
    code = {"year": "Y", "month": "M", "week": "W"}[unit]
    return Timex3(_granular(ctx.anchor, code, delta), mod=mod)


_UNIT_PART_MODS = {
    "end": "END",
    "close": "END",
    "start": "START",
    "beginning": "START",
    "middle": "MID",
}


def _h_bare_units(m: re.Match[str], ctx: Context) -> Timex3 | None:
    return Timex3(_duration(None, _unit_code(m.group("unit"))), timex_type="DURATION")


def _h_decade(m: re.Match[str], ctx: Context) -> Timex3 | None:
    text = m.group(0).lower()
    if m.group("dec"):
        value = m.group("dec")[:3] + "X"
    elif m.group("dec2"):
        century = 19
        if (
            ctx.anchor is not None
            and int(m.group("dec2")) <= ctx.anchor.year % 100
            and ctx.anchor.year >= 2000
        ):
            century = 20
        value = f"{century}{m.group('dec2')[0]}X"
    else:
        if not text.startswith("the"):
            return None  # "in his forties" is an age
        value = f"19{lexicon().decade_words[_norm(m.group('decw'))]}X"
    return Timex3(value, mod=_pmod(m))


def _h_century(m: re.Match[str], ctx: Context) -> Timex3 | None:
    mod = _pmod(m)
    rel = _g(m, "crel")
    if rel:
        if ctx.anchor is None:
            return Timex3(None, mod=mod)
        delta = {"this": 0, "next": 1}.get(rel, -1)
        return Timex3(f"{ctx.anchor.year // 100 + delta:02d}XX", mod=mod)
    n = lexicon().ordinals.get(_norm(m.group("cord")))
    if not n:
        return None
    return Timex3(f"{n - 1:02d}XX", mod=mod)


def _mid_sentence(m: re.Match[str]) -> bool:
    """Whether the match does not open a sentence (or a quote), where capitals say nothing."""
    before = m.string[: m.start()].rstrip()
    return bool(before) and before[-1] not in ".!?\"“‘'\n:"


def _h_season(m: re.Match[str], ctx: Context) -> Timex3 | None:
    lex = lexicon()
    season = lex.seasons[_norm(m.group("season"))]
    rel = _g(m, "srel")
    year = _g(m, "year")
    if m.group("spoken"):
        spoken_year = _spoken_year(m.group("spoken"))
        if spoken_year is None:
            return None
        year = str(spoken_year)  # "the winter of nineteen ninety-four"
    mod = _pmod(m, "pmod2")
    if rel in ("early", "late"):
        mod = lex.part_mods[rel]
        rel = None
    if season in ("FA", "SP") and rel in (None, "the", "that") and year is None and mod is None:
        return None  # "the fall of Kabul", "a spring"
    if rel is None and year is None and not (m.group(0)[:1].isupper() and _mid_sentence(m)):
        return None  # a bare lowercase "summer" is often not a date, nor "Winter storms hit"
    if year:
        return Timex3(f"{int(year):04d}-{season}", mod=mod)
    if ctx.anchor is None:
        return Timex3(f"XXXX-{season}", mod=mod)
    y = ctx.anchor.year
    order = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}
    # 0 winter (Jan-Feb) .. 3 fall; December opens the next winter, after this fall
    current = 4 if ctx.anchor.month == 12 else ctx.anchor.month // 3
    if rel in ("last", "this past"):
        y = y if order[season] < current else y - 1
    elif rel in ("next", "this coming"):
        y = y if order[season] > current else y + 1
    elif rel in (None, "the") and ctx.tense == PAST and order[season] > current:
        y -= 1
    elif rel in (None, "the") and ctx.tense == FUTURE and order[season] < current:
        y += 1
    if season == "WI" and ctx.anchor.month == 12 and rel in (None, "the", "this"):
        y = ctx.anchor.year
    return Timex3(f"{y:04d}-{season}", mod=mod)


_QORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _latest_quarter(anchor: dt.date, q: int, tense: str | None) -> int:
    """The year of quarter ``q``: the latest that has begun by the anchor.

    Business news speaks of the quarter just reported in every tense ("third-quarter
    profit will be ..."), so only a future clause about a quarter that has not begun
    ("fourth-quarter results will be released") looks ahead.
    """
    current = cal.quarter_of(anchor)
    # In January the fourth quarter just ended: "fourth-quarter results are due" is last year's.
    if tense == FUTURE and q > current and not (current == 1 and q == 4):
        return anchor.year
    return anchor.year if q <= current else anchor.year - 1


def _h_quarter(m: re.Match[str], ctx: Context) -> Timex3 | None:
    q = _QORD[_norm(m.group("qord"))]
    year = _g(m, "year") or _g(m, "year2")
    det = _norm(_g(m, "qdet") or "")
    if year:
        return Timex3(cal.quarter(int(year), q))
    if ctx.anchor is None:
        return Timex3(f"XXXX-Q{q}")
    if det in ("this year's", "last year's", "next year's"):
        delta = {"this year's": 0, "last year's": -1, "next year's": 1}[det]
        return Timex3(cal.quarter(ctx.anchor.year + delta, q))
    y = _latest_quarter(ctx.anchor, q, ctx.tense)
    if det in ("the year-ago", "the year-earlier") or (det == "the comparable"):
        y -= 1
    return Timex3(cal.quarter(y, q))


def _h_month_span(m: re.Match[str], ctx: Context) -> Timex3 | None:
    first = _month_no(m)
    last = lexicon().months.get(_norm(m.group("mon2")))
    if first is None or last is None:
        return None
    if last - first == 2 and first % 3 == 1:
        q = (first + 2) // 3
        if m.group("year"):
            return Timex3(cal.quarter(int(m.group("year")), q))
        if ctx.anchor is None:
            return Timex3(f"XXXX-Q{q}")
        return Timex3(cal.quarter(_latest_quarter(ctx.anchor, q, ctx.tense), q))
    if last - first == 5 and first in (1, 7):
        h = 1 if first == 1 else 2
        if m.group("year"):
            return Timex3(f"{int(m.group('year')):04d}-H{h}")
        if ctx.anchor is None:
            return Timex3(f"XXXX-H{h}")
        q = 1 if h == 1 else 3  # the half has begun once its first quarter has
        return Timex3(f"{_latest_quarter(ctx.anchor, q, ctx.tense):04d}-H{h}")
    return None


def _h_q_short(m: re.Match[str], ctx: Context) -> Timex3 | None:
    if not m.group("qn").startswith("Q"):
        return None
    q = int(m.group("qn")[1])
    if m.group("year"):
        return Timex3(cal.quarter(int(m.group("year")), q))
    if m.group("yy"):
        yy = int(m.group("yy"))
        return Timex3(cal.quarter((1900 if yy > 40 else 2000) + yy, q))
    if ctx.anchor is None:
        return Timex3(f"XXXX-Q{q}")
    return Timex3(cal.quarter(_latest_quarter(ctx.anchor, q, ctx.tense), q))


def _h_h_short(m: re.Match[str], ctx: Context) -> Timex3 | None:
    """ "H1 2013": the first half of 2013 (capital H only: "h1" is rarely a date)."""
    if not m.group("hn").startswith("H"):
        return None
    return Timex3(f"{int(m.group('year')):04d}-{m.group('hn')}")


def _ref_quarter(ctx: Context) -> str | None:
    if ctx.ref and re.fullmatch(r"\d{4}-Q\d", ctx.ref):
        return ctx.ref
    return None


def _h_quarter_rel(m: re.Match[str], ctx: Context) -> Timex3 | None:
    det = _norm(m.group("qdet"))
    word = _norm(m.group("qword"))
    year = _g(m, "year")
    if word == "period" and not (year or "year-" in det or det.startswith("the latest")):
        return None  # "the period" alone is rarely a timex of its own
    ref = _ref_quarter(ctx)
    if year:
        q = int(ref[-1]) if ref else (cal.quarter_of(ctx.anchor) if ctx.anchor else None)
        return Timex3(cal.quarter(int(year), q) if q else year)
    if ctx.anchor is None and ref is None:
        return Timex3("XXXX-QX")
    if "year-ago" in det or "year-earlier" in det:
        if ref:
            return Timex3(_shift(ref, "Y", -1))
        assert ctx.anchor is not None
        return Timex3(_granular(ctx.anchor, "Q", -5))
    if det in ("the same", "that", "the") and ref:
        return Timex3(ref)
    if ctx.anchor is None:
        return Timex3(ref)
    if det in ("this", "the current"):
        return Timex3(_granular(ctx.anchor, "Q", 0))
    if det == "next":
        return Timex3(_granular(ctx.anchor, "Q", 1))
    if det in ("the fiscal", "the", "that", "the same") and ref:
        return Timex3(ref)
    # "last quarter", "the latest quarter", "the quarter": the one just reported on.
    return Timex3(_granular(ctx.anchor, "Q", -1))


def _h_half(m: re.Match[str], ctx: Context) -> Timex3 | None:
    h = 1 if _norm(m.group("hord")) == "first" else 2
    if m.group("year"):
        return Timex3(f"{int(m.group('year')):04d}-H{h}")
    if ctx.anchor is None:
        return Timex3(f"XXXX-H{h}")
    delta = {"this": 0, "last": -1, "next": 1}[_norm(m.group("hrel"))]
    return Timex3(f"{ctx.anchor.year + delta:04d}-H{h}")


_PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_WEEKDAY_PART_SUFFIX = frozenset({"afternoon", "evening"})


_HALF = {"W": 3}  # "the past year" stays the previous calendar year (TimeBank)


def _h_rel_unit(m: re.Match[str], ctx: Context) -> Timex3 | None:
    rel = _norm(m.group("rel"))
    unit = _norm(m.group("unit"))
    mod = _pmod(m)
    part = _PART_CODES.get(unit)
    code = {
        "week": "W",
        "month": "M",
        "year": "Y",
        "fiscal year": "Y",
        "weekend": "WE",
        "decade": "DE",
        "day": "D",
    }.get(unit, "D")
    if unit == "decade" and rel in ("the past", "past", "this past", "the next", "the coming"):
        # "over the past decade", "within the next decade": ten years from now, as
        # "the next two years" is P2Y; a bare "next decade" is the 2030s.
        return Timex3("P10Y", timex_type="DURATION", mod=mod)
    anaphoric = rel in (
        "that", "that same", "the same", "the following", "following", "the previous", "previous",
        "the preceding", "the prior",
    ) or (rel == "the next" and code == "D")  # fmt: skip
    if rel in ("this", "the current", "current", "the latest"):
        delta = 0
    elif rel in (
        "last",
        "the last",
        "the past",
        "past",
        "this past",
        "the previous",
        "previous",
        "the preceding",
        "the prior",
    ):
        delta = -1
    elif rel in (
        "next",
        "the next",
        "the coming",
        "coming",
        "this coming",
        "the following",
        "following",
    ):
        delta = 1
    else:
        delta = 0
    if unit == "day" and rel in (
        "the past",
        "the last",
        "past",
        "this",
        "current",
        "the current",
        "the latest",
    ):
        return None  # "the past day", "this day might come": vague, not a calendar day
    if anaphoric and ctx.ref:
        value = _ref_at(ctx.ref, code, delta)
        if value is None and ctx.anchor is not None:
            value = _granular(ctx.anchor, code, delta)
    elif anaphoric and rel in ("that", "the same", "that same"):
        return Timex3(None, mod=mod)
    elif ctx.anchor is None:
        if delta == 0 and unit == "day":
            return Timex3("PRESENT_REF", mod=mod)
        return Timex3(None, mod=mod)
    else:
        if part and rel in ("this", "the current"):
            delta = 0
        value = _granular(ctx.anchor, code, delta)
        if rel in ("the past", "the last") and code in _HALF:
            # "in the past week": the seven days up to now, named by the unit holding their middle.
            value = _granular(ctx.anchor - dt.timedelta(days=_HALF[code]), code, 0)
    if part and value is not None:
        value = f"{value}T{part}"
        return Timex3(value, timex_type="TIME", mod=mod)
    return Timex3(value, mod=mod)


def _ref_at(ref: str, code: str, delta: int) -> str | None:
    """The unit ``code`` around a referenced date value, moved by ``delta``."""
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", ref)
    if not m:
        return None
    year = int(m.group(1))
    if code == "Y":
        return f"{year + delta:04d}"
    if code in ("M", "W", "D", "WE") and m.group(2) and (m.group(3) or code == "M"):
        d = dt.date(year, int(m.group(2)), int(m.group(3) or 1))
        return _granular(d, code, delta)
    return None


def _h_deictic(m: re.Match[str], ctx: Context) -> Timex3 | None:
    word = _norm(m.group("deixis"))
    part = _g(m, "part")
    mod = _pmod(m)
    offset = {
        "today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
        "the day before yesterday": -2, "the day after tomorrow": 2,
    }[word]  # fmt: skip
    if word == "tonight":
        part = "night"
    if ctx.anchor is None:
        if offset == 0 and not part:
            return Timex3("PRESENT_REF", mod=mod)
        return Timex3(None, mod=mod)
    value = cal.day(ctx.anchor + dt.timedelta(days=offset))
    if part:
        return Timex3(f"{value}T{_PART_CODES[part]}", timex_type="TIME", mod=mod)
    return Timex3(value, mod=mod)


def _h_overnight(m: re.Match[str], ctx: Context) -> Timex3 | None:
    if ctx.anchor is None:
        return Timex3(None, timex_type="TIME")
    return Timex3(f"{cal.day(ctx.anchor)}TNI", timex_type="TIME")


def _h_weekday(m: re.Match[str], ctx: Context) -> Timex3 | None:
    word = m.group("wd")
    if not _cap_ok(word):
        return None
    weekday = lexicon().weekdays[_norm(word)]
    rel = _norm(_g(m, "rel") or "")
    part = _g(m, "part")
    mod = _pmod(m)
    if m.group("plural") or m.group("pplural"):
        # "on Mondays", "Tuesday nights": every such day.
        if rel:
            return None
        suffix = f"T{_PART_CODES[part]}" if part else ""
        return Timex3(f"XXXX-WXX-{weekday}{suffix}", timex_type="SET")
    wrel = _g(m, "wrel")
    if ctx.anchor is None:
        value = f"XXXX-WXX-{weekday}"
    elif wrel:
        # "Thursday next week": that weekday of the week after the anchor's
        shift = {"next": 7, "last": -7, "this": 0}[wrel]
        monday = ctx.anchor - dt.timedelta(days=ctx.anchor.weekday())
        value = cal.day(monday + dt.timedelta(days=shift + weekday - 1))
    else:
        tense = ctx.tense
        if rel in ("last", "this past", "the previous", "past"):
            tense = PAST
        elif rel in ("next", "this coming", "the following", "coming"):
            tense = FUTURE
        d = cal.nearest_weekday(ctx.anchor, weekday, tense)
        if rel in ("last", "the previous") and d == ctx.anchor:
            d -= dt.timedelta(days=7)
        if rel in ("next", "the following") and d == ctx.anchor:
            d += dt.timedelta(days=7)
        if (
            rel in ("the previous", "the following")
            and ctx.ref
            and re.fullmatch(r"\d{4}-\d{2}-\d{2}", ctx.ref)
        ):
            r = dt.date.fromisoformat(ctx.ref)
            d = (
                cal.nearest_weekday(r - dt.timedelta(days=1), weekday, PAST)
                if rel == "the previous"
                else cal.nearest_weekday(r + dt.timedelta(days=1), weekday, FUTURE)
            )
        value = cal.day(d)
    if part in _WEEKDAY_PART_SUFFIX:
        # "Friday evening" -> 1998-10-23TEV. "Friday night/morning" keep the plain day:
        # TimeBank/AQUAINT gold writes the plain day for them more often than TNI/TMO.
        return Timex3(f"{value}T{_PART_CODES[part]}", timex_type="TIME", mod=mod)
    return Timex3(value, mod=mod)


def _day_for(m: re.Match[str], ctx: Context) -> str | None:
    """The day a clock time belongs to: its weekday/date/deixis, else the anchor."""
    if ctx.anchor is None:
        return None
    wd = _g(m, "wd")
    if wd and _cap_ok(m.group("wd")):
        return cal.day(cal.nearest_weekday(ctx.anchor, lexicon().weekdays[_norm(wd)], ctx.tense))
    deixis = _g(m, "tdeixis")
    if deixis:
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[deixis]
        return cal.day(ctx.anchor + dt.timedelta(days=offset))
    if _g(m, "mon") and _g(m, "day"):
        month_no = _month_no(m)
        d = int(m.group("day"))
        if month_no and _day_ok(None, month_no, d):
            return cal.day(cal.nearest_month_day(ctx.anchor, month_no, d, ctx.tense))
    return cal.day(ctx.anchor)


def _h_time(m: re.Match[str], ctx: Context) -> Timex3 | None:
    hour = int(m.group("hour"))
    minute = int(m.group("minute") or 0)
    ampm = (_g(m, "ampm") or "").replace(".", "").replace(" ", "")
    if ampm.startswith(("in", "at")):  # "4 in the morning", "8 in the evening", "10 at night"
        ampm = "am" if ampm.endswith("morning") or (ampm == "atnight" and hour < 5) else "pm"
    if ampm in ("am", "pm") and not 1 <= hour <= 12:
        return None
    if ampm == "pm" and hour != 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    if hour > 24 or (hour == 24 and minute):
        return None
    day_value = _day_for(m, ctx) or "XXXX-XX-XX"
    return Timex3(f"{day_value}T{hour:02d}:{minute:02d}", timex_type="TIME")


def _h_time_mil(m: re.Match[str], ctx: Context) -> Timex3 | None:
    # "10:35 a.m. (0735 GMT)": TimeBank leaves the bracketed conversion untagged.
    if m.string[: m.start()].rstrip().endswith("("):
        return None
    mil = m.group("mil")
    day_value = _day_for(m, ctx) or "XXXX-XX-XX"
    return Timex3(f"{day_value}T{mil[:2]}:{mil[2:]}", timex_type="TIME")


def _h_noon(m: re.Match[str], ctx: Context) -> Timex3 | None:
    word = _norm(m.group("noon"))
    clock = "24:00" if word == "midnight" else "12:00"
    day_value = _day_for(m, ctx) or "XXXX-XX-XX"
    return Timex3(f"{day_value}T{clock}", timex_type="TIME")


def _h_year_ago(m: re.Match[str], ctx: Context) -> Timex3 | None:
    ref = _ref_quarter(ctx) or ctx.ref_quarter
    text = _norm(m.group(0))
    if ref:
        return Timex3(_shift(ref, "Y", -1))
    if "last year" in text:
        return Timex3(f"{ctx.anchor.year - 1:04d}") if ctx.anchor else Timex3(None)
    if "earlier" in text and ctx.ref:
        # A year before the date in focus, at year granularity: "a year earlier" rarely
        # means the very same day.
        return Timex3(f"{int(ctx.ref[:4]) - 1:04d}")
    if ctx.anchor is None:
        return Timex3(None)
    if "quarter" in text or "period" in text:
        return Timex3(_granular(ctx.anchor, "Q", -5))
    return Timex3(f"{ctx.anchor.year - 1:04d}")


def _h_ago(m: re.Match[str], ctx: Context) -> Timex3 | None:
    amount = _amount(_g(m, "num")) if _g(m, "num") else None
    code = _unit_code(m.group("unit"))
    if amount is None:
        return Timex3("PAST_REF")
    if ctx.anchor is None:
        return Timex3(None)
    n = round(amount)
    if code in ("H", "MIN", "S"):
        return Timex3(cal.day(ctx.anchor))
    if code == "DE":
        return Timex3(f"{ctx.anchor.year - 10 * n:04d}")
    if code == "CE":
        return Timex3(f"{ctx.anchor.year - 100 * n:04d}")
    if code == "2W":
        code, n = "W", 2 * n
    return Timex3(_granular(ctx.anchor, code, -n))


def _h_duration(m: re.Match[str], ctx: Context) -> Timex3 | None:
    num_text = _g(m, "num")
    unit = _norm(m.group("unit"))
    code = _unit_code(unit)
    if num_text in ("a", "an", "one") and code == "S":
        return None  # "a second attack"
    if code == "Q" and num_text in ("a", "one", "three") and not _g(m, "drel"):
        return None  # "a quarter of the vote"
    if num_text in ("some", "many") and not unit.endswith("s"):
        return None
    amount = number_value(num_text) if num_text else None
    if amount is not None and amount > 10000:
        return None
    if m.group("range"):
        amount = None  # "two to three weeks", "the next 12 to 18 months": PXW, PXM
    elif amount is not None and (m.group("half") or m.group("half0")):
        amount += 0.5  # "a minute and a half", "two and a half years"
    return Timex3(_duration(amount, code), timex_type="DURATION")


def _h_vague_duration(m: re.Match[str], ctx: Context) -> Timex3 | None:
    code = _unit_code(m.group("unit"))
    if code == "Y" and _norm(m.group("vrel")) == "recent":
        return Timex3("PAST_REF")  # "in recent years": TimeBank reads it as the past
    return Timex3(_duration(None, code), timex_type="DURATION")


def _h_set_word(m: re.Match[str], ctx: Context) -> Timex3 | None:
    return Timex3(lexicon().sets[_norm(m.group("setword"))], timex_type="SET")


def _h_set_every(m: re.Match[str], ctx: Context) -> Timex3 | None:
    lex = lexicon()
    unit_word = m.group("sunit")
    key = _norm(unit_word)
    if key in lex.weekdays:
        return (
            Timex3(f"XXXX-WXX-{lex.weekdays[key]}", timex_type="SET")
            if _cap_ok(unit_word)
            else None
        )
    if key in lex.months:
        return (
            Timex3(f"XXXX-{lex.months[key]:02d}", timex_type="SET") if _cap_ok(unit_word) else None
        )
    if key in lex.seasons:
        return Timex3(f"XXXX-{lex.seasons[key]}", timex_type="SET")  # "each summer"
    snum = _g(m, "snum")
    amount = 2.0 if snum == "other" else (number_value(snum) if snum else 1.0)
    return Timex3(_duration(amount, lex.units[key]), timex_type="SET")


def _h_set_times(m: re.Match[str], ctx: Context) -> Timex3 | None:
    code = {"day": "D", "week": "W", "month": "M", "year": "Y", "hour": "H", "quarter": "Q"}[
        _norm(m.group("sunit"))
    ]
    return Timex3(_duration(1, code), timex_type="SET")


def _h_ref(m: re.Match[str], ctx: Context) -> Timex3 | None:
    lex = lexicon()
    key = _norm(m.group("ref"))
    if key in lex.present_ref:
        return Timex3("PRESENT_REF")
    if key in lex.past_ref:
        return Timex3("PAST_REF")
    return Timex3("FUTURE_REF")


def _h_holiday(m: re.Match[str], ctx: Context) -> Timex3 | None:
    if not _cap_ok(m.group("holiday")):
        return None
    spec = lexicon().holidays[_norm(m.group("holiday"))]
    rel = _g(m, "hrel")

    def on(year: int) -> dt.date:
        if spec == "THANKSGIVING":
            return cal.thanksgiving(year)
        if spec == "EASTER":
            return cal.easter(year)
        mo, d = spec.split("-")
        return dt.date(year, int(mo), int(d))

    if m.group("year"):
        day = on(int(m.group("year")))
        return Timex3(cal.iso_week(day) if m.group("hweek") else cal.day(day))
    if ctx.anchor is None:
        return Timex3(None if not spec[0].isdigit() else f"XXXX-{spec}")
    anchor = ctx.anchor
    options = [on(y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    past = max(d for d in options if d <= anchor)
    ahead = min(d for d in options if d >= anchor)
    if rel == "last":
        chosen = past
    elif rel == "next":
        chosen = ahead
    else:
        # Like a month-day: the nearest one, unless the tense points the other way and
        # that one is far ("the Easter rally was planned" a week before Easter).
        chosen = past if (anchor - past) <= (ahead - anchor) else ahead
        if ctx.tense == PAST and (chosen - anchor).days > cal.TENSE_WINDOW:
            chosen = past
        if ctx.tense == FUTURE and (anchor - chosen).days > cal.TENSE_WINDOW:
            chosen = ahead
    if m.group("hweek"):
        return Timex3(cal.iso_week(chosen))  # "Easter week"
    return Timex3(cal.day(chosen))


_HANDLERS: dict[str, Handler] = {
    "iso": _h_iso,
    "us_numeric": _h_us_numeric,
    "mdy": _h_full_date,
    "dmy": _h_full_date,
    "md": _h_month_day,
    "dm": _h_month_day,
    "my": _h_month_year,
    "m_rel_year": _h_month_rel_year,
    "month": _h_month,
    "year": _h_year,
    "fy": _h_fy,
    "decade": _h_decade,
    "century": _h_century,
    "season": _h_season,
    "quarter": _h_quarter,
    "month_span": _h_month_span,
    "q_short": _h_q_short,
    "h_short": _h_h_short,
    "quarter_rel": _h_quarter_rel,
    "half": _h_half,
    "rel_unit": _h_rel_unit,
    "deictic": _h_deictic,
    "part_deictic": _h_deictic,
    "overnight": _h_overnight,
    "the_weekend": _h_the_weekend,
    "week_of": _h_week_of,
    "week_in_month": _h_week_in_month,
    "the_year": _h_the_year,
    "unit_end": _h_unit_end,
    "in_the_unit": _h_in_the_unit,
    "bare_units": _h_bare_units,
    "spoken_year": _h_spoken_year,
    "spoken_month_year": _h_spoken_month_year,
    "month_cued": _h_month_cued,
    "weekday": _h_weekday,
    "time": _h_time,
    "time24": _h_time,
    "time_mil": _h_time_mil,
    "noon": _h_noon,
    "year_ago": _h_year_ago,
    "ago": _h_ago,
    "duration": _h_duration,
    "vague_duration": _h_vague_duration,
    "set_word": _h_set_word,
    "set_every": _h_set_every,
    "set_times": _h_set_times,
    "ref": _h_ref,
    "holiday": _h_holiday,
}


# ---------------------------------------------------------------- API


_PROBE = Context(anchor=dt.date(2000, 6, 15))


def scan(text: str) -> list[Match]:
    """Longest non-overlapping rule matches over ``text`` (earlier rules win ties).

    A match its own handler rejects ("may" the verb, "the fall of Kabul") never
    claims its stretch of text, so another rule may still read it. Each rule runs only
    on windows around the words it cannot match without (see :func:`_windows`); the
    result is the same as running it over the whole text, at a fraction of the cost.
    """
    found: list[tuple[int, int, int, str, re.Match[str]]] = []
    windows = _windows(text)
    for order, (name, pattern, handler) in enumerate(_compiled()):
        for start, end in windows.get(name, ()):
            for m in pattern.finditer(text, start, end):
                if m.end() > m.start() and _accepts(handler, m):
                    found.append((m.start(), m.end(), order, name, m))
    return _longest(found)


def scan_everywhere(text: str) -> list[Match]:
    """:func:`scan` without the trigger windows: every rule over the whole text (for tests)."""
    found: list[tuple[int, int, int, str, re.Match[str]]] = []
    for order, (name, pattern, handler) in enumerate(_compiled()):
        for m in pattern.finditer(text):
            if m.end() > m.start() and _accepts(handler, m):
                found.append((m.start(), m.end(), order, name, m))
    return _longest(found)


def _longest(found: list[tuple[int, int, int, str, re.Match[str]]]) -> list[Match]:
    found.sort(key=lambda f: (-(f[1] - f[0]), f[2], f[0]))
    taken: list[tuple[int, int]] = []
    out: list[Match] = []
    for start, end, _, name, m in found:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        out.append(Match(start, end, name, m))
    out.sort(key=lambda x: x.start)
    return out


# ---------------------------------------------------------------- trigger windows
#
# Every match of a rule contains at least one of its trigger words ("weekday" needs a
# weekday name, "duration" a unit, "year" a number like 1998), and no match reaches
# further than _REACH characters from its trigger. So a rule only needs to run over the
# stretches within _REACH of its triggers: one pass over the words finds them all, and
# the 44 rules no longer each walk the whole text. scan_everywhere() is the reference.

_REACH = 100
_WORD = re.compile(r"[A-Za-z]+|[0-9]+[A-Za-z]*")  # "JUL7" -> JUL, 7; "1990s", "9am" whole
_STOP = frozenset({"the", "a", "an", "of", "as", "at", "in", "to", "s"})

# The trigger classes each rule needs (any one of them).
_RULE_TRIGGERS: dict[str, tuple[str, ...]] = {
    "iso": ("year4",),
    "us_numeric": ("slash",),
    "mdy": ("month",), "dmy": ("month",), "md": ("month",), "dm": ("month",),
    "my": ("month",), "m_rel_year": ("month",), "month": ("month",),
    "spoken_month_year": ("month",), "month_cued": ("month",), "week_of": ("month",),
    "week_in_month": ("month",),
    "year": ("year4",),
    "fy": ("fy",),
    "spoken_year": ("spoken",),
    "decade": ("decnum", "decw", "year4"),
    "century": ("century",),
    "season": ("season",),
    "quarter": ("quarter",),
    "month_span": ("month",),
    "q_short": ("qn",),
    "h_short": ("year4",),
    "quarter_rel": ("quarter", "period"),
    "half": ("half",),
    "rel_unit": ("unit", "part"),
    "deictic": ("deixis",), "part_deictic": ("deixis",),
    "overnight": ("overnight",),
    "the_weekend": ("weekend",), "the_year": ("year",), "unit_end": ("end",),
    "in_the_unit": ("earlier", "later"),
    "weekday": ("weekday",),
    "time": ("ampm", "part"),
    "time24": ("tz",), "time_mil": ("tz",),
    "noon": ("noon",),
    "year_ago": ("ago", "earlier", "period"),
    "ago": ("ago",),
    "duration": ("unit",), "vague_duration": ("unit",), "bare_units": ("unit",),
    "set_word": ("set",),
    "set_every": ("every",),  # and a unit, weekday, month or season after it
    "set_times": ("times",),
    "ref": ("ref",),
    "holiday": ("holiday",),
}  # fmt: skip


def _words_of(entries: object) -> set[str]:
    """The words of lexicon entries as _WORD splits them ("new year's" -> new, year)."""
    out: set[str] = set()
    for entry in entries:  # type: ignore[attr-defined]
        out.update(w for w in _WORD.findall(str(entry).lower()) if w not in _STOP)
    return out


@lru_cache(maxsize=1)
def _trigger_table() -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """(word -> class bits, class name -> bit, rule -> bits of the classes it needs)."""
    lex = lexicon()
    classes: dict[str, set[str]] = {
        "month": _words_of(lex.months),
        "weekday": _words_of(lex.weekdays) | {w + "s" for w in _words_of(lex.weekdays)},
        "unit": _words_of(lex.units),
        "part": _words_of(lex.day_parts),
        "season": _words_of(lex.seasons),
        "set": _words_of(lex.sets),
        "decw": _words_of(lex.decade_words),
        "tz": _words_of(lex.timezones) | {"local"},  # "2000 local time"
        "holiday": _words_of(lex.holidays),
        "ref": _words_of(lex.present_ref + lex.past_ref + lex.future_ref),
        "deixis": {"today", "tonight", "yesterday", "tomorrow"},
        "spoken": {"nineteen", "eighteen", "thousand"},
        "noon": {"noon", "midnight", "midday"},
        "fy": {"fy", "fiscal"},
        "century": {"century"},
        "quarter": {"quarter", "quarters"},
        "period": {"period"},
        "weekend": {"weekend"},
        "year": {"year"},
        "end": {"end", "close", "start", "beginning", "middle"},
        "earlier": {"earlier"},
        "later": {"later", "early", "late"},
        "half": {"half"},
        "overnight": {"overnight"},
        "ago": {"ago"},
        "every": {"every", "each"},
        "times": {"once", "twice", "times"},
        "ampm": {"am", "pm", "m", "clock"},
        "qn": {"q"},  # "Q3" -> Q, 3
        # Shapes of tokens with digits (see _token_bits).
        "year4": set(), "decnum": set(), "slash": set(),
    }  # fmt: skip
    bit = {name: 1 << i for i, name in enumerate(classes)}
    words: dict[str, int] = {}
    for name, members in classes.items():
        for w in members:
            words[w] = words.get(w, 0) | bit[name]
    rules = {name: sum(bit[c] for c in _RULE_TRIGGERS[name]) for name in _HANDLERS}
    return words, bit, rules


_YEAR4 = re.compile(r"(?:1[0-9]|20)\d{2}s?")
_DECNUM = re.compile(r"\d+s")
_AMPM = re.compile(r"\d+(?:am|pm)")


def _token_bits(token: str, text: str, end: int, bit: dict[str, int]) -> int:
    """Class bits of a token that starts with a digit: a year, a decade, 9am, 3/4/98."""
    bits = 0
    if _YEAR4.fullmatch(token):
        bits |= bit["year4"]
    if _DECNUM.fullmatch(token):
        bits |= bit["decnum"]
    if _AMPM.fullmatch(token):
        bits |= bit["ampm"]
    if text[end : end + 1] == "/":
        bits |= bit["slash"]
    return bits


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each rule, the merged stretches of ``text`` within _REACH of its triggers."""
    words, bit, rules = _trigger_table()
    hits: list[tuple[int, int, int]] = []  # (start, end, class bits)
    for m in _WORD.finditer(text):
        token = m.group(0).lower()
        bits = words.get(token, 0)
        if token[:1].isdigit():
            bits |= _token_bits(token, text, m.end(), bit)
        if bits:
            hits.append((m.start(), m.end(), bits))
    size = len(text)
    out: dict[str, list[tuple[int, int]]] = {}
    for rule, need in rules.items():
        spans: list[tuple[int, int]] = []
        for start, end, bits in hits:
            if not bits & need:
                continue
            lo, hi = max(0, start - _REACH), min(size, end + _REACH)
            if spans and lo <= spans[-1][1]:
                spans[-1] = (spans[-1][0], hi)
            else:
                spans.append((lo, hi))
        if spans:
            out[rule] = [(lo, _to_space(text, hi)) for lo, hi in spans]
    return out


def _to_space(text: str, pos: int) -> int:
    """``pos`` moved forward to the next whitespace, so no word is cut at a window's end."""
    while pos < len(text) and not text[pos].isspace():
        pos += 1
    return pos


def _accepts(handler: Handler, m: re.Match[str]) -> bool:
    try:
        return handler(m, _PROBE) is not None
    except (ValueError, KeyError, OverflowError):
        return False


def apply(match: Match, ctx: Context) -> Timex3 | None:
    """Run the rule's handler; None when the rule rejects what its pattern matched."""
    return _HANDLERS[match.rule](match.match, ctx)


def approx_mod(prefix: str) -> tuple[int, str] | None:
    """A modifier ("nearly ", "at least ") at the very end of ``prefix``: (length, mod).

    Length 0 for modifiers TimeBank leaves outside the extent ("about", "around").
    """
    m = _approx_tail().search(prefix)
    if not m:
        return None
    word = _norm(m.group(1))
    length = 0 if word in lexicon().approx_outside else len(m.group(0))
    return length, lexicon().approx_mods[word]


@lru_cache(maxsize=1)
def _approx_tail() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])({lexicon().alt('approx_mods')})\s+$", re.I)


def normalise(text: str, ctx: Context) -> Timex3 | None:
    """Read one time phrase whole; None when our grammar does not cover it."""
    phrase = text.strip()
    mod: str | None = None
    approx = re.match(rf"({lexicon().alt('approx_mods')})\s+", phrase, re.I)
    if approx:
        mod = lexicon().approx_mods[_norm(approx.group(1))]
        phrase = phrase[approx.end() :]
    for _name, pattern, handler in _compiled():
        m = pattern.fullmatch(phrase)
        if m:
            result = handler(m, ctx)
            if result is not None:
                if mod and result.mod is None:
                    result = Timex3(result.value, result.timex_type, mod)
                return result
    return None


def month_alone(text: str, ctx: Context) -> Timex3 | None:
    """A bare month name spaCy tagged as a date ("the March accession"), read like a month.

    The grammar leaves bare "March"/"May" alone (verbs, names); spaCy's DATE label is the
    evidence that this one is a month.
    """
    word = text.strip()
    month_no = lexicon().months.get(_norm(word))
    if month_no is None or not _cap_ok(word):
        return None
    if ctx.anchor is None:
        return Timex3(f"XXXX-{month_no:02d}")
    year, _ = cal.nearest_month(ctx.anchor, month_no, ctx.tense)
    return Timex3(cal.month(year, month_no))


def iter_rules() -> Iterator[str]:
    """Rule names, in tie-breaking order (for docs and tests)."""
    for name, _ in _patterns():
        yield name
