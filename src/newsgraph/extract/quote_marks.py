"""Direct-quote spans from quotation marks, over every common typography.

Handles straight and curly double quotes, two apostrophes as a double quote, single
quotes (told apart from apostrophes),
guillemets and dialogue dashes. Marks left unbalanced by bad markup never raise: an
opening mark with no closing mark ends at the paragraph end, unless the next paragraph
opens with a quotation mark, which is the convention for a quote running on over several
paragraphs (the quote then continues there, as a span of its own marked ``runs_on``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

__all__ = ["QuoteSpan", "find_quote_spans"]

# Opening and closing marks per family. Straight marks are both; direction is read
# from the neighbouring characters.
_DOUBLE_OPEN = "“„«‟"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘‹‛"
_SINGLE_CLOSE = "’›"
_DASHES = "—–"
# Characters after which a straight mark opens rather than closes.
_OPEN_BEFORE = " \t\n([{—–-/:;,"


@dataclass(frozen=True)
class QuoteSpan:
    """A quoted stretch: ``start`` is the opening mark, ``end`` is just past the closing
    mark (or the paragraph end when the mark is missing)."""

    start: int
    end: int
    style: str  # "double", "single" or "dash"
    closed: bool = True
    # Opens a paragraph that goes on with the unclosed quote of the paragraph before.
    runs_on: bool = False

    def inner(self, text: str) -> tuple[int, int]:
        """Offsets of the words inside the marks."""
        start, end = self.start + 1, self.end
        if self.closed and self.style != "dash":
            end -= 1
            if self.style == "double" and text[end - 1 : end + 1] == "''":
                end -= 1  # a closing pair of apostrophes
        while start < end and text[start] in " \t\n“”\"‘’'«»":
            start += 1
        while end > start and text[end - 1] in " \t\n":
            end -= 1
        return start, end


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quoted span in ``text`` in order; single quotes only outside double quotes."""
    # Two apostrophes stand for a double quote in some feeds (''Never,'' he said): read
    # the pair as a straight double mark followed by an inert apostrophe (same offsets).
    original = text
    text = text.replace("''", "\"'")
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    # a closing pair ends after its second apostrophe ("as ''lies''.")
    doubles = [
        replace(d, end=d.end + 1) if original[d.end - 1 : d.end + 1] == "''" else d
        for d in _scan(text, paragraphs, "double")
    ]
    singles = [
        s
        for s in _scan(text, paragraphs, "single")
        if not any(d.start <= s.start < d.end for d in doubles)
    ]
    dashes = [
        s
        for s in _dialogue_dashes(text, paragraphs)
        if not any(d.start <= s.start < d.end for d in doubles)
    ]
    return sorted(doubles + singles + dashes, key=lambda s: s.start)


def _is_open(text: str, i: int, family: str) -> bool | None:
    """True for an opening mark at ``i``, False for a closing one, None for neither."""
    ch = text[i]
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if family == "double":
        if ch in _DOUBLE_OPEN:
            return True
        if ch in _DOUBLE_CLOSE:
            # "”Mr. Trump embodies …” ― Name": a closing mark typed to open a paragraph
            return (i == 0 or prev == "\n") and nxt.isalnum()
        if ch == '"':
            return prev in _OPEN_BEFORE and not nxt.isspace()
        return None
    if re.match(r"\d\d(?!\d)", text[i + 1 : i + 4]) and ch != "‹":
        return None  # a year cut short: "in ‘08", "the class of '92"
    if ch in _SINGLE_OPEN:
        return True if not prev.isalnum() else None
    if ch in _SINGLE_CLOSE or ch == "'":
        # An apostrophe sits between letters (we’ve, Massoud’s) or after a plural s.
        if prev.isalnum() and nxt.isalnum():
            return None
        if ch == "'" and prev in _OPEN_BEFORE and nxt.isalnum():
            return True
        if prev.isalnum() or prev in ".,!?;:":
            return False
        return None
    return None


def _scan(text: str, paragraphs: list[tuple[int, int]], family: str) -> list[QuoteSpan]:
    marks = (
        _DOUBLE_OPEN + _DOUBLE_CLOSE + '"'
        if family == "double"
        else _SINGLE_OPEN + _SINGLE_CLOSE + "'"
    )
    out: list[QuoteSpan] = []
    open_at: int | None = None
    run_on_mark = -1
    runs_on = False
    nested = 0
    for n, (p_start, p_end) in enumerate(paragraphs):
        nested = 0
        for i in range(p_start, p_end):
            if text[i] not in marks or i == run_on_mark:
                continue
            direction = _is_open(text, i, family)
            if direction is None:
                continue
            if open_at is None:
                if direction:
                    open_at = i
                continue
            if nested and not direction:
                nested -= 1  # the close of a quote inside the quote
                continue
            if direction and family == "double" and text[i] != '"' and _nests(text, i, p_end):
                # “… what he calls “hell” than …”: a quote inside the quote
                nested += 1
                continue
            if direction and family == "double" and text[i] != '"':
                # A second opening mark before any closing one: the first was never closed.
                out.append(
                    QuoteSpan(
                        open_at, _trim_end(text, open_at, i), family, closed=False, runs_on=runs_on
                    )
                )
                open_at, runs_on = i, False
            elif not direction or text[i] == '"':
                if family == "single" and not _plausible_single(text, open_at, i):
                    continue
                out.append(QuoteSpan(open_at, i + 1, family, runs_on=runs_on))
                open_at, runs_on = None, False
        if open_at is None:
            continue
        nxt = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
        if nxt is not None and family == "double" and _opens_paragraph(text, nxt[0], family):
            # Run-on quote: the next paragraph's opening mark continues this one. Each
            # paragraph is its own span, so no paragraph break sits inside a quote.
            out.append(
                QuoteSpan(
                    open_at, _trim_end(text, open_at, p_end), family, closed=False, runs_on=runs_on
                )
            )
            open_at, run_on_mark, runs_on = nxt[0], nxt[0], True
            continue
        if family == "single" and open_at is not None:
            # An unclosed single mark is far more often a stray apostrophe than a quote.
            open_at = None
            continue
        end = _attribution_tail(text, open_at, _trim_end(text, open_at, p_end))
        if family == "double" and not runs_on:
            end = _partial_sentence_end(text, open_at, end)
        out.append(QuoteSpan(open_at, end, family, closed=False, runs_on=runs_on))
        open_at, runs_on = None, False
    return out


def _nests(text: str, i: int, p_end: int) -> bool:
    """A curly opening mark inside an open quote nests when two closing marks follow it
    in the paragraph before any other opening mark (its own close and the outer one)."""
    closes = 0
    for ch in text[i + 1 : p_end]:
        if ch in _DOUBLE_OPEN:
            return False
        if ch in _DOUBLE_CLOSE:
            closes += 1
            if closes == 2:
                return True
    return False


def _attribution_tail(text: str, start: int, end: int) -> int:
    """An unclosed quote stops before its attribution ("“There wasn't a lot of
    education, said Kessel, whose …" lost its closing mark)."""
    words = "|".join(re.escape(w) for w in sorted(_tail_cues()))
    tail = re.search(
        rf"[,.!?]\s+(?:(?:{words})\s+[A-Z]|(?:he|she|they|[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)*)"
        rf"\s+(?:{words})\b)",
        text[start:end],
    )
    return start + tail.start() + 1 if tail else end


def _partial_sentence_end(text: str, start: int, end: int) -> int:
    """An unclosed mark opened inside a sentence ("had ignored “the anger of the
    country. Faure called …") quotes a phrase of that sentence: it stops at the
    sentence's end. A mark opening a sentence or after a colon may run on."""
    before = text[max(0, start - 2) : start]
    if not re.fullmatch(r"\w ", before):
        return end
    stop = re.search(r"[.!?](?=\s+[A-Z‘“\"'])", text[start:end])
    return start + stop.end() if stop else end


def _tail_cues() -> frozenset[str]:
    from newsgraph.extract.quote_lexicon import lexicon

    return lexicon().words["tail_cues"]


def _opens_paragraph(text: str, start: int, family: str) -> bool:
    ch = text[start] if start < len(text) else ""
    return bool(ch) and _is_open(text, start, family) is True


def _plausible_single(text: str, start: int, end: int) -> bool:
    """Single marks enclose a phrase; long spans between apostrophes are not quotes."""
    inner = text[start + 1 : end]
    return 0 < len(inner) <= 600 and "\n" not in inner


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1] in " \t\n":
        end -= 1
    return end


def _dialogue_dashes(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Paragraphs opening with a dash are dialogue: the quote runs to the next spaced
    dash (which introduces the attribution), to an unmarked attribution ("— We tried,
    said Le Pen."), or to the paragraph end. A spaced dash after a sentence end resumes
    the quote ("… said Le Pen. — But our patience has limits.")."""
    out: list[QuoteSpan] = []
    for p_start, p_end in paragraphs:
        if text[p_start] not in _DASHES or p_start + 1 >= p_end or text[p_start + 1] != " ":
            continue
        if re.search(r"\(@\w+\)", text[p_start:p_end]):
            continue  # "— Name (@handle) date" signs an embedded post; it is not speech
        start: int | None = p_start
        while start is not None:
            m = re.search(r"[,.!?]?\s[—–]\s", text[start + 2 : p_end])
            end = (
                start + 2 + m.start() + (1 if m and m.group(0)[0] in ",.!?" else 0) if m else p_end
            )
            told = _attribution_tail(text, start, end)
            out.append(
                QuoteSpan(
                    start, _trim_end(text, start, told), "dash", closed=m is not None or told < end
                )
            )
            # only after an attribution: a dash inside the quote is no new quote
            resume = re.search(r"(?<=[.!?])\s[—–]\s(?=[A-Z“\"«])", text[told:p_end])
            attributed = told < end or m is not None
            start = told + resume.start() + 1 if resume and attributed else None
    return out
