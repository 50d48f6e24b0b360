"""Find time expressions in a parsed Doc: our grammar first, spaCy's DATE/TIME spans second.

spaCy's spans are repaired to TimeML extents (leading prepositions off, "the" kept) and
the ones that are not dates are dropped: ages ("32-year-old", "aged 40"), bare numbers,
"decades-old". The tense around each expression (from the dependency parse) tells the
normaliser which way an open date points.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsgraph.extract import timex_calendar as cal
from newsgraph.extract.doc_tokens import doc_ents
from newsgraph.extract.findings import doc_text
from newsgraph.extract.timex_lexicon import lexicon
from newsgraph.extract.timex_normalise import Match, approx_mod, scan, zone_follows

__all__ = ["Candidate", "candidates", "tense_at"]

# "would" is future-in-the-past ("said he would meet Bush on Thursday").
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "’ll", "would", "'d"})
_PAST_HAVE = frozenset({"had"})
_MODALS = frozenset({"can", "could", "may", "might", "must", "should", "ca"})
_PAST_PREPS = frozenset({"since"})


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    match: Match | None  # None for a spaCy span our grammar did not cover
    mod: str | None = None


@lru_cache(maxsize=1)
def _strip_leading() -> re.Pattern[str]:
    return re.compile(rf"^(?:(?:{lexicon().alt('strip_leading')})\s+)+", re.I)


_AGE_AFTER = re.compile(r"^(?:-|\s+)(?:old|of\s+age)\b|^-(?:year|month|week|day)s?-old", re.I)
_AGE_BEFORE = re.compile(r"(?:\baged|\bage\s+of|\bages\s+of)\s*$", re.I)
_AGE_SPAN = re.compile(
    r"\b\d+[\s-]+(?:years?|months?|weeks?|days?)[\s-]+old\b|-old\b|\baged?\b", re.I
)
_TIME_WORD = re.compile(
    r"\d|year|month|week|day|night|morning|evening|afternoon|hour|minute|century|decade|"
    r"quarter|season|spring|summer|autumn|fall|winter|noon|midnight|now|today|tonight|"
    r"yesterday|tomorrow|ago|time|period|date|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec",
    re.I,
)


def _is_age(text: str, start: int, end: int) -> bool:
    return bool(
        _AGE_AFTER.match(text[end : end + 12])
        or _AGE_BEFORE.search(text[max(0, start - 10) : start])
    )


_MONTH_CUE_BEFORE = re.compile(
    r"\b(?:in|since|until|by|through|from|during|to|of|before|after|and|early|late|mid|"
    r"last|next|this|the|end|beginning|start)[\s-]+$",
    re.I,
)


def _repair(text: str, start: int, end: int) -> tuple[int, int] | None:
    """TimeML extent for a spaCy span; None when what is left is not a time expression."""
    span = text[start:end]
    lead = _strip_leading().match(span)
    if lead:
        start += lead.end()
    span = text[start:end]
    trail = re.search(r"(?:'s|’s|[\s,;:.!?\"”“)(/]+)$", span)
    if trail and not re.search(r"\b[ap]\.m\.$|\.\w\.$", span):
        end -= len(trail.group(0))
    # A number that spaCy ran on into a preposition: "retired at [55 after] 30 years".
    if re.fullmatch(
        r"\d+\s+(?:after|before|since|until|by|of|in|on|at|for|from|to)", text[start:end], re.I
    ):
        return None
    span = text[start:end].strip()
    if not span:
        return None
    if re.fullmatch(r"\d{4}", span) and zone_follows(text, end):
        return None  # "(1900 GMT)": a clock time in brackets, left out like the grammar does
    if span.lower() in ("may", "march") and not _MONTH_CUE_BEFORE.search(text[:start]):
        return None  # alone, verbs or names: "Protesters March On Capital", "the March for Life"
    if re.match(r"-\w", text[end : end + 2]):
        return None  # cut from a hyphenated word: "Trust 1986-A", "the 2019-nCoV"
    low = span.lower()
    if low in lexicon().reject_spans or _AGE_SPAN.search(span) or _is_age(text, start, end):
        return None
    if re.fullmatch(r"[\d.,\s]+", span) and not re.fullmatch(r"(?:1[0-9]|20)\d{2}", span):
        return None  # bare numbers
    if re.fullmatch(
        r"(?:the\s+|their\s+|his\s+|her\s+)?(?:early\s+|mid-|late\s+)?\d0s", span, re.I
    ):
        return None  # "in their 30s": an age
    if not _TIME_WORD.search(span):
        return None
    return start, end


# Calendar points, which "up to", "at least" or "more than" do not quantify.
_POINT_RULES = frozenset(
    {"iso", "us_numeric", "mdy", "dmy", "md", "dm", "my", "month", "month_cued", "weekday",
     "deictic", "part_deictic", "time", "time24", "time_mil", "noon", "holiday"}
)  # fmt: skip
_QUANTITY_ONLY = re.compile(
    r"(?:up\s+to|at\s+(?:least|most)|no\s+more\s+than|(?:more|less|fewer)\s+than|"
    r"just\s+(?:over|under))\s*$",
    re.I,
)


def candidates(doc: Doc) -> list[Candidate]:
    """Every time expression in ``doc``, in text order, without overlaps."""
    text = doc_text(doc)
    out: list[Candidate] = []
    blocked: list[tuple[int, int]] = []
    for match in scan(text):
        if match.rule in ("duration", "ago", "year", "decade") and _is_age(
            text, match.start, match.end
        ):
            continue
        if match.rule == "year" and _not_a_year(doc, match):
            continue
        if (
            _is_rate(doc, match)
            or _in_a_name(text, match)
            or _quoted_title(text, match)
            or _in_a_person(doc, match)
        ):
            blocked.append((match.start, match.end))  # spaCy's span there is no date either
            continue
        start, mod = _drop_verb_last(doc, match, _drop_determiner(doc, match)), None
        approx = approx_mod(text[max(0, start - 20) : start])
        if approx and match.rule in _POINT_RULES and _QUANTITY_ONLY.search(text[:start]):
            approx = None  # "up to April 30" means until: no modifier, "up to" stays out
        if approx and match.rule not in ("ref", "set_word", "set_every", "set_times"):
            length, mod = approx
            start -= length
        out.append(Candidate(start, match.end, match, mod))
    taken = [(c.start, c.end) for c in out] + blocked
    for ent in doc_ents(doc):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if any(ent.start_char < e and s < ent.end_char for s, e in taken):
            continue
        repaired = _repair(text, ent.start_char, ent.end_char)
        if repaired is None:
            continue
        out.append(Candidate(repaired[0], repaired[1], None))
    out.sort(key=lambda c: c.start)
    return out


def _drop_verb_last(doc: Doc, match: Match, start: int) -> int:
    """ "expected to [last] 48 hours": "last" the verb is no part of the duration."""
    if match.rule not in ("duration", "vague_duration") or not re.match(
        r"last\s", doc_text(doc)[start : match.end], re.I
    ):
        return start
    span = doc.char_span(start, match.end, alignment_mode="expand")
    if span is None or not (span[0].pos_ in ("VERB", "AUX") or span[0].tag_.startswith("VB")):
        return start
    return span[1].idx if len(span) > 1 else start


_DETERMINER = re.compile(r"(?:a|an|the|its|their|his|her|our|that|this)\s+", re.I)


def _drop_determiner(doc: Doc, match: Match) -> int:
    """Start of the timex without its determiner when it modifies a noun.

    TimeBank: "a [five-year] plan", "the [third-quarter] loss", but "[the third quarter]".
    """
    if match.rule not in ("duration", "quarter", "year_ago", "quarter_rel"):
        return match.start
    det = _DETERMINER.match(match.match.group(0))
    if not det:
        return match.start
    if match.rule == "year_ago" and "-" not in match.match.group(0):
        return match.start  # "A year earlier UniFirst earned": an adverbial, not a modifier
    span = doc.char_span(match.start, match.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return match.start
    nxt = doc[span.end]
    if nxt.is_space and nxt.i + 1 < len(doc):
        nxt = doc[nxt.i + 1]  # "a two-day  visit": a doubled space is a token of its own
    if nxt.pos_ in ("NOUN", "PROPN", "ADJ") or (
        det.group(0).lower().startswith(("its", "their", "his", "her", "our"))
    ):
        return match.start + det.end()
    return match.start


@lru_cache(maxsize=1)
def _name_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = lexicon()
    before = re.compile(rf"(?<![\w-])(?:{lex.alt('weekday_name_before')})\s+$", re.I)
    # Case-sensitive: "The Sunday Times", but "on Sunday people gathered".
    titled = "|".join(re.escape(w.title()) for w in lex.weekday_name_after)
    after = re.compile(rf"^\s+(?:{titled})(?![\w-])")
    return before, after


def _in_a_name(text: str, match: Match) -> bool:
    """ "Bloody Sunday", "Super Tuesday", "The Sunday Times": a weekday inside a name."""
    if match.rule != "weekday" or match.match.group(0)[:1].islower():
        return False
    before, after = _name_patterns()
    if after.match(text[match.end : match.end + 30]):
        return True
    prefix = text[max(0, match.start - 20) : match.start]
    return (
        bool(before.search(prefix))
        and prefix.rstrip()[-1:].isalpha()
        and _capitalised_word_before(prefix)
    )


_OPEN_QUOTE = re.compile(r"[\w'’:,]\s*(?:\"|“|``)\s*$")
_CLOSE_QUOTE = re.compile(r"^[,.]?(?:\"|”|'')")


def _in_a_person(doc: Doc, match: Match) -> bool:
    """A bare month that opens a person's name: "April Smith", "June Lee"."""
    if match.rule != "month":
        return False
    span = doc.char_span(match.start, match.end, alignment_mode="expand")
    if span is None:
        return False
    token = span[0]
    return (
        token.ent_type_ == "PERSON"
        and token.ent_iob_ == "B"
        and span.end < len(doc)
        and (doc[span.end].ent_type_ == "PERSON" and doc[span.end].ent_iob_ == "I")
    )


def _quoted_title(text: str, match: Match) -> bool:
    """ABC's "This Week," / the show "Today": a capitalised title quoted mid-sentence.

    Every word must be capitalised, one of them a word that is not capitalised in running
    text ("This", "Today"; not "April"), and either there are several words or the quote
    closes right after; a quote that opens a sentence ("Last April we ...") stays a date.
    """
    words = match.match.group(0).split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    lex = lexicon()
    if all(w.lower().rstrip(".") in lex.months or w.lower() in lex.weekdays for w in words):
        return False
    if not _OPEN_QUOTE.search(text[max(0, match.start - 6) : match.start]):
        return False
    return len(words) > 1 or bool(_CLOSE_QUOTE.match(text[match.end : match.end + 3]))


def _capitalised_word_before(prefix: str) -> bool:
    words = prefix.split()
    return bool(words) and words[-1][:1].isupper()


def _is_rate(doc: Doc, match: Match) -> bool:
    """ "$1.76 a year", "four flights a week", "the Communist Party daily": not timexes."""
    if match.rule == "set_word":
        # A newspaper ("the Communist Party daily Granma") sits among proper nouns.
        span = doc.char_span(match.start, match.end, alignment_mode="expand")
        if span is None:
            return False
        near = [t for t in (_previous_word(doc, span.start), _next_word(doc, span.end)) if t]
        return span[0].pos_ in ("NOUN", "PROPN") or any(t.pos_ == "PROPN" for t in near)
    if match.rule != "duration" or (match.match.group("num") or "").lower() not in ("a", "an"):
        return False
    if match.match.group("det") or match.match.group("drel"):
        return False
    span = doc.char_span(match.start, match.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = _previous_word(doc, span.start)
    if before is None:
        return False
    return before.like_num or before.tag_ in ("NNS", "CD", "$") or before.lower_ in ("percent", "%")


def _not_a_year(doc: Doc, match: Match) -> bool:
    """A bare four-digit number is a year unless the parse says it counts something."""
    if match.match.group(0)[:1].isdigit() is False:
        return False  # "fiscal 1989", "early 1990"
    text = doc_text(doc)
    before = text[max(0, match.start - 2) : match.start]
    after = text[match.end : match.end + 2]
    if "$" in before or "#" in before or after.startswith("%") or re.match(r"[.,]\d", after):
        return True
    span = doc.char_span(match.start, match.end, alignment_mode="expand")
    if span is None:
        return False
    token = span[0]
    if token.ent_type_ in ("CARDINAL", "MONEY", "QUANTITY", "PERCENT"):
        return True
    nxt = _next_word(doc, token.i + 1)
    # "1500 troops": a count, not a year.
    return nxt is not None and nxt.pos_ == "NOUN" and nxt.tag_ == "NNS" and token.dep_ == "nummod"


def tense_at(doc: Doc, start: int, end: int) -> str | None:
    """ "past", "future" or None for the clause around a character span."""
    if not doc.has_annotation("DEP"):
        return None  # no parser (a blank pipeline): no tense cue
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    if span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s"):
        return cal.PAST  # "Wednesday's ruling" names something that happened
    before = _previous_word(doc, span.start)
    if before is not None and before.lower_ in _PAST_PREPS:
        return cal.PAST  # "on patrol since March"
    if (
        before is not None
        and before.lower_ == "of"
        and (_previous_word(doc, before.i) or before).lower_ == "ahead"
    ):
        return cal.FUTURE  # "ahead of the weekend"
    if (
        before is not None
        and before.lower_ in ("until", "till")
        and before.head.lemma_.lower() in lexicon().deferral_verbs
    ):
        return cal.FUTURE  # "postponed until Tuesday morning"
    if before is not None and before.lower_ in ("through", "until", "till", "by"):
        root = span.sent.root
        if root.tag_ in ("VBZ", "VBP") or any(c.lower_ in _FUTURE_AUX for c in root.children):
            return cal.FUTURE  # "keeps agencies funded through March 14": an end ahead
        if _modal_ahead(_clause_verb(span.root)):
            return cal.FUTURE  # "said a storm could form by the weekend": a deadline ahead
    token = span.root
    for _ in range(5):
        if token.pos_ in ("VERB", "AUX") and not (span.start <= token.i < span.end):
            break
        if token.head.i == token.i:
            break
        token = token.head
        if token.lower_ in _PAST_PREPS and token.dep_ == "prep":
            return cal.PAST  # "since the Oct. 23 slaying"
        if token.lower_ == "due" and token.pos_ == "ADJ":
            return cal.FUTURE  # "data due on Wednesday is expected to show …"
    if token.pos_ in ("VERB", "AUX"):
        if token.tag_ in ("VBZ", "VBP") and any(
            c.dep_ == "acomp" and c.lower_ == "due" for c in token.children
        ):
            return cal.FUTURE  # "an envoy is due in Kyiv on Thursday"
        if token.lemma_.lower() == "expect" and any(
            c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in token.children
        ):
            return cal.FUTURE  # "a decision is expected on Friday"
        if (
            token.lemma_.lower() in lexicon().schedule_verbs
            and token.i < span.start
            and token.dep_ not in ("acl", "relcl", "amod")
        ):
            # "planned a rally on Saturday", "has scheduled a briefing Thursday"; but not
            # "On Friday, the government planned ..." nor "a service planned for Saturday was".
            return cal.FUTURE
        verdict = _verb_tense(token)
        head = token.head
        if verdict is None and token.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
            # "expected to arrive Saturday and leave on Tuesday": the second verb shares
            # the first one's tense and auxiliaries.
            verdict = _verb_tense(head)
        if verdict is not None:
            return verdict
        if _present_clause(token):
            # "said it now expects sales for the months ending in June": the clause is
            # in the present, whatever the reporting verb's tense.
            return None
    sent = span.sent
    if any(t.lower_ in _FUTURE_AUX for t in sent):
        return cal.FUTURE
    if any(t.tag_ == "VBD" for t in sent):
        return cal.PAST
    if before is not None and before.lower_ == "by":
        return cal.FUTURE  # "markets price a cut by the end of the summer": a deadline
    return None


def _previous_word(doc: Doc, i: int):  # type: ignore[no-untyped-def]
    """The token before position ``i``, skipping whitespace tokens; None at the start."""
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i] if i >= 0 else None


def _next_word(doc: Doc, i: int):  # type: ignore[no-untyped-def]
    """The token at position ``i`` or after it that is not whitespace; None at the end."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


def _present_clause(verb) -> bool:  # type: ignore[no-untyped-def]
    """The verb, or the finite verb a participle or infinitive hangs from, is in the
    present tense with no auxiliary that dates it."""
    for _ in range(4):
        if verb.tag_ in ("VBZ", "VBP"):
            return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        if verb.tag_ not in ("VBG", "VB") or verb.dep_ not in ("acl", "xcomp", "advcl"):
            return False
        verb = verb.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            # (Tokens are made afresh on each access: compare positions, never identity.)
            verb = verb.head
    return False


def _clause_verb(token: Token) -> Token | None:
    """The nearest verb above ``token`` (itself included), within five steps."""
    for _ in range(5):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _modal_ahead(verb: Token | None) -> bool:
    """ "could form", "may reach": a modal without a perfect looks ahead ("could have
    formed" looks back)."""
    if verb is None:
        return False
    words = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(words & _MODALS) and not words & {"have", "'ve", "’ve"}


def _open_condition(verb: Token) -> bool:
    """ "would be harmed if the law took effect before the November election": a past
    form in an if-clause under "would"/"will" speaks of what may yet happen."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children
    ):
        return False
    return any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE_AUX and c.lower_ != "wo"
        for c in verb.head.children
    )


def _verb_tense(verb) -> str | None:  # type: ignore[no-untyped-def]
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX:
        return cal.FUTURE
    if "to" in words or any(a.lower_ == "going" for a in auxes):
        # An infinitive under a past verb mostly reports what happened ("went on to win
        # Friday"), unless that verb plans ahead ("planned to leave Thursday"); elsewhere
        # it looks ahead. Checked on TimeBank/AQUAINT.
        head = verb.head
        if head.lemma_.lower() in lexicon().intention_verbs:
            return cal.FUTURE
        if head.i != verb.i and head.pos_ in ("VERB", "AUX") and head.tag_ == "VBD":
            return cal.PAST
        return cal.FUTURE
    if verb.tag_ == "VBD" and _open_condition(verb):
        return cal.FUTURE
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return cal.PAST
    if verb.tag_ == "VBN" and words & _PAST_HAVE:
        return cal.PAST
    if verb.tag_ == "VBN" and not auxes:
        return cal.PAST  # "the decision, announced Wednesday"
    if verb.tag_ in ("VBZ", "VBP", "VBG", "VB"):
        return None
    return None
