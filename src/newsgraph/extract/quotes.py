"""Quotations: direct, indirect and mixed, each attributed to a speaker with cue,
addressee, channel, relay (``via``) and date.

The flow: quotation marks give direct-quote spans (``quote_marks``); the parse gives
reported speech (``reported_speech``); a cue near each direct quote, or a layout such as
``Name: "…"`` or ``"…" — Name``, gives its attribution (``attribution``). Quotes without
their own attribution continue the quote before them. Speakers resolve to entities
through ``found.mentions``; pronouns and descriptions the entities stage left unresolved
fall back to a conservative choice made here (see ``_fallback_entity``).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newsgraph.extract import entity_lexicons as _entity_lexicons_module
from newsgraph.extract.attribution import (
    PRONOUNS,
    addressee_of,
    channel_of,
    clause_tokens,
    media_source,
    phrase,
    plural_antecedent,
    relay_participle,
    shown_speaking,
    source_of,
)
from newsgraph.extract.dateline import dateline_end
from newsgraph.extract.doc_tokens import (
    doc_tokens,
    titled_name,
    token_index_at,
    tokens_starting_in,
)
from newsgraph.extract.entity_lexicons import lexicons as entity_lexicons
from newsgraph.extract.findings import Findings, doc_text
from newsgraph.extract.quote_lexicon import lexicon, particle_cue
from newsgraph.extract.quote_marks import QuoteSpan, find_quote_spans
from newsgraph.extract.reported_speech import (
    Reported,
    coordinated_cue_source,
    cue_span,
    find_reported,
    sets_the_scene,
    vouches_for_clause,
)
from newsgraph.extract.resolve import animate
from newsgraph.record import DateItem, Entity, Quote, Ref
from newsgraph.record import Span as TextSpan

__all__ = [
    "add_speaker_mentions",
    "dates_to_reanchor",
    "extract",
    "first_person_mentions",
    "reanchor_dates",
]

_WORD = re.compile(r"\w+")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_WORDS = lexicon().words
_INTERVIEW_CUES = _WORDS["interview_cues"]
_FIRST_SINGULAR = _WORDS["first_singular"]
_FIRST_PLURAL = _WORDS["first_plural"]
_MALE_FEMALE = _WORDS["person_pronouns"]
_ORG_DESCRIPTIONS = _WORDS["org_descriptions"]
_DOCUMENTS = _WORDS["document_sources"]
_WRITER_STANCE = frozenset(_WORDS["writer_stance"])
# Quotes shorter than this many words are scare quotes, names or titles unless a cue
# attaches to them directly ("'Never,' he said").
_MIN_WORDS = 4


@dataclass
class _Draft:
    """A quote before ids are given out."""

    kind: str
    start: int
    end: int
    cue: Span | None = None
    cue_token: Token | None = None
    source: Span | None = None
    content_tokens: set[int] = field(default_factory=set)
    layout_speaker: tuple[int, int] | None = None
    continues: int | None = None  # index into the draft list
    via: Span | None = None
    channel: str | None = None
    runs_on: bool = False  # a paragraph going on with the open quote before it
    left_open: bool = False  # its paragraph ends with no closing mark
    part_of: _Draft | None = None  # the first part of a statement a cue broke in two


def extract(doc: Doc, found: Findings) -> list[Quote]:
    """Every quotation in ``doc``, in text order, with ids ``q1``, ``q2``, …."""
    text = doc_text(doc)
    marks = find_quote_spans(text)
    direct: list[QuoteSpan] = []
    for mark in marks:
        if (
            _is_speech(doc, mark)
            or _short_continuation(doc, mark, direct)
            or _runs_on(mark, direct)
        ):
            direct.append(mark)
    direct = _with_run_on_starts(marks, direct)
    tags = markup_spans(text)
    reported = find_reported(doc, inside_quotes=[(m.start, m.end) for m in direct] + tags)
    _extend_to_closing_marks(doc, reported, marks)
    names = [m for m in marks if m not in direct]
    reported = [r for r in reported if not _only_a_name(doc, r, names)]
    drafts = _merge(doc, direct, reported)
    drafts += _colon_lines(doc, direct, drafts)
    drafts += _inline_posts(doc, drafts)
    drafts += _embedded_posts(doc, drafts)
    drafts = _inverted_headlines(doc, drafts)
    drafts += _headlines(doc, drafts)
    drafts += _block_quotes(doc, drafts)
    drafts = _characterisations(doc, marks, drafts)
    drafts = _drop_nested(_split_participle_tails(doc, _media_relays(drafts)))
    drafts.sort(key=lambda d: d.start)
    _participle_sources(drafts)
    _possessor_to_clause_subject(drafts)
    _sources_outside_quotes(doc, direct, drafts)
    _speakers_before_trailing_cue(doc, direct, drafts)
    _trailing_appositive_speakers(doc, drafts)
    drafts = _split_at_set_off_cues(doc, drafts)
    _link_continuations(doc, drafts)
    return _build(doc, found, _drop_unattributed(doc, drafts))


# --- direct quotes ---------------------------------------------------------------


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_speech(doc: Doc, mark: QuoteSpan) -> bool:
    """False for nicknames, titles of works and scare quotes of a word or two."""
    text = doc_text(doc)
    i_start, i_end = mark.inner(text)
    inner = text[i_start:i_end]
    words = _words(inner)
    if not words:
        return False
    before = _words(text[max(0, mark.start - 40) : mark.start])
    prev_word = before[-1].lower() if before else ""
    ends_like_speech = bool(re.search(r"[.!?,]\W*$", text[i_start : mark.end + 1]))
    if len(words) <= 8 and prev_word in lexicon().name_words and not ends_like_speech:
        return False  # "tapped as the 'Lion of X'", "the so-called 'deal of the century'"
    if len(words) <= 8 and prev_word in lexicon().name_words and _title_like(inner):
        # 'a show called "Brokers," which ran …': the comma is the sentence's, not the
        # end of an utterance
        return False
    if len(words) >= _MIN_WORDS:
        return not _title_like(inner)
    if prev_word in ("on", "s") and _title_like(inner):
        return False  # a programme: 'said on Fox News's “Sunday Morning Futures,”'
    if _title_like(inner) and _after_a_noun(doc, mark.start):
        return False  # a work named in a phrase: 'star of cult classic “Thelma and Louise,”'
    # A short quote is speech only when it ends like an utterance and a cue follows
    # ("'Never,' he said.") or comes right before it ("a man yelled “Stay there!”").
    if _as_put_it(doc, mark) is not None:
        return True
    return ends_like_speech and (
        _cue_follows(doc, mark.end)
        or _cue_precedes(doc, mark.start)
        or _cue_before_colon(doc, mark)
        # "“This is fantastic!” beamed Donald Hartley": any verb whose subject the
        # closing mark runs into, cue word or not.
        or _speaker_runs_into(doc, mark, inner)
    )


def _after_a_noun(doc: Doc, char: int) -> bool:
    """The word right before ``char`` is a common noun or adjective of the same
    sentence, so a quotation opening there is named inside a noun phrase."""
    i = token_index_at(doc, char) - 1
    if i < 0:
        return False
    token = doc_tokens(doc)[i]
    return token.pos_ in ("NOUN", "ADJ") and token.is_lower and token.idx + len(token.text) <= char


def _speaker_runs_into(doc: Doc, mark: QuoteSpan, inner: str) -> bool:
    """A short quote that is no name or title ("'War On Drugs,' which came …") runs
    into a verb with someone as its subject."""
    if _title_like(inner):
        return False
    verb = _verb_after_close(doc, mark)
    if verb is None:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ not in _NOT_SPEAKERS


def _runs_on(mark: QuoteSpan, direct: list[QuoteSpan]) -> bool:
    """The next paragraph of a quote left open at its paragraph end is the same speech."""
    return mark.runs_on and bool(direct) and not direct[-1].closed


def _with_run_on_starts(marks: list[QuoteSpan], direct: list[QuoteSpan]) -> list[QuoteSpan]:
    """A short first paragraph ("“Never.") is speech when the paragraph it runs on
    into is."""
    kept = set(direct)
    for n in range(len(marks) - 1, 0, -1):
        if marks[n].runs_on and marks[n] in kept and not marks[n - 1].closed:
            kept.add(marks[n - 1])
    return [m for m in marks if m in kept]


def _short_continuation(doc: Doc, mark: QuoteSpan, direct: list[QuoteSpan]) -> bool:
    """A short quote right after a quote and its "he said." ("“They sue,” he said.
    “Everybody sues, right?”") goes on with the same speech."""
    if not direct:
        return False
    text = doc_text(doc)
    gap = text[direct[-1].end : mark.start]
    i_start, _ = mark.inner(text)
    return (
        len(gap) <= 40
        and "\n" not in gap
        and gap.rstrip().endswith(".")
        and bool(re.search(r"[.!?]\W*$", text[i_start : mark.end + 1]))
    )


def _title_like(inner: str) -> bool:
    """Headline-case words with no sentence punctuation: a title or a name, not speech."""
    inner = inner.rstrip(" ,.")
    if re.search(r"[.!?,;:]", inner):
        return False
    words = inner.split()
    content = [w for w in words if len(w) > 3]
    # "This one is for you" has one long word, capitalised as the sentence's first.
    capitalised = sum(1 for w in words if w[:1].isupper())
    return (
        bool(content)
        and all(w[0].isupper() for w in content)
        and capitalised >= len(words) / 2
        and len(words) <= 10
    )


def _cue_follows(doc: Doc, char: int) -> bool:
    """A cue within the next few words ("'Never,' he said", "'We need change,' the New
    York businessman said"), before the sentence ends or another quote opens."""
    start = token_index_at(doc, char)
    for t in doc[start : start + 8]:
        if t.text in (".", "!", "?", ";") or (t.is_quote and t.idx > char):
            return False
        if t.pos_ == "VERB" and _direct_cue(t):
            return True
    return False


_BREAK = re.compile(r"\n\s*")


def _breaks(text: str, start: int, end: int) -> int:
    """Paragraph breaks between two offsets (a blank line counts once), as many as
    ``_BREAK.findall(text, start, end)`` finds, read off an index of the text's breaks:
    the speaker searches ask this for every earlier quote, which on a long story with
    hundreds of quotes made them quadratic in its length."""
    if end <= start:
        return 0
    starts, ends = _break_index(text)
    first = bisect_left(starts, start)
    count = bisect_left(starts, end) - first
    # a window opening inside the whitespace after a line break
    if first and ends[first - 1] > start and "\n" in text[start : min(ends[first - 1], end)]:
        count += 1
    return count


@lru_cache(maxsize=8)
def _break_index(text: str) -> tuple[list[int], list[int]]:
    spans = [m.span() for m in _BREAK.finditer(text)]
    return [a for a, _ in spans], [b for _, b in spans]


def _paragraph_start(text: str, char: int, *, back: int = 0) -> int:
    """Start of the paragraph holding ``char``, or of the ``back``-th one before it."""
    start = text.rfind("\n", 0, char) + 1
    for _ in range(back):
        if start == 0:
            break
        prev = text[:start].rstrip()
        start = prev.rfind("\n") + 1
    return start


def _cue_before_colon(doc: Doc, mark: QuoteSpan) -> bool:
    """ "Holt replied on Twitter: “Nobody asked them.”": a lead-in with a cue, ending in
    a colon right before the quote, in the same sentence."""
    before = doc_text(doc)[: mark.start].rstrip()
    if not before.endswith(":") or mark.start - len(before) > 2:
        return False
    colon = token_index_at(doc, len(before) - 1)
    for t in reversed(doc[max(0, colon - 12) : colon]):
        if t.text in (".", "!", "?", ";") or t.is_quote:
            return False
        if t.pos_ == "VERB" and _direct_cue(t):
            return True
    return False


def _cue_precedes(doc: Doc, char: int) -> bool:
    before = [t for t in doc_tokens(doc) if char - 12 <= t.idx < char and not t.is_punct]
    return bool(before) and before[-1].pos_ == "VERB" and _direct_cue(before[-1])


def _paragraph_bounds(text: str, char: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    return start, len(text) if end < 0 else end


# A speaker label in capitals opening a transcript turn: "WALLACE: …", "SEN. KAINE: …".
_TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s+(?=\S)")


def _direct_draft(
    doc: Doc, mark: QuoteSpan, quoted: list[tuple[int, int]], *, cue: Token | None = None
) -> _Draft:
    text = doc_text(doc)
    start, end = mark.inner(text)
    draft = _Draft(
        kind="direct", start=start, end=end, runs_on=mark.runs_on, left_open=not mark.closed
    )
    draft.content_tokens = set(tokens_starting_in(doc, mark.start, mark.end))
    label = _TRANSCRIPT_LABEL.match(text, start, end)
    if label is not None:
        # '"WALLACE: If I may, sir, …': a transcript turn quoted as a whole paragraph.
        label_colon = doc.char_span(label.end(1), label.end(1) + 1, alignment_mode="expand")
        if label_colon is not None:
            draft.start = label.end()
            draft.layout_speaker = (label.start(1), label.end(1))
            draft.cue = label_colon
            draft.content_tokens = set(tokens_starting_in(doc, draft.start, mark.end))
            return draft
    p_start, _ = _paragraph_bounds(text, mark.start)
    _, p_end = _paragraph_bounds(text, max(mark.start, mark.end - 1))
    put_it = _as_put_it(doc, mark)
    if put_it is not None:
        draft.cue_token = put_it[0]
        draft.cue = doc[put_it[0].i : put_it[0].i + 2]
        draft.source = put_it[1]
        return draft
    cue = (
        cue
        or _verb_after_close(doc, mark)
        or _colon_lead(doc, mark)
        or _nearest_cue(doc, mark, quoted, p_start, p_end)
    )
    trailing = _name_then_cue(doc, mark)
    if cue is None and trailing is not None:
        cue = trailing[0]  # "“…,” Bozell answers." with "answers" tagged as a noun
    if cue is not None:
        draft.cue_token = cue
        draft.cue = cue_span(cue)
        if _set_off_participle(cue):
            # "Sanders said, suggesting a few questions, including, “…”": the speaker is
            # the subject before the comma, whatever the parser hung the participle on.
            draft.source = _earlier_subject(cue)
        draft.source = (
            draft.source
            # "telling CNN that Trump is a “faker” and questioning how he …": the
            # conjunct speaks for the cue it really coordinates with
            or coordinated_cue_source(cue)
            or source_of(cue)
            or _inverted_subject(cue, draft.content_tokens)
        )
        if draft.source is None and trailing is not None and trailing[0].i == cue.i:
            draft.source = trailing[1]  # "“…,” Trump barked" with Trump parsed as a compound
        if draft.source is None:
            draft.source = _name_after_opening_cue(cue)
        source = draft.source
        if (
            source is not None
            and len(source) == 1
            and source[0].tag_ == "WDT"
            and source.start_char >= mark.end
            and "\n" not in text[mark.end : source.start_char]
        ):
            # "the chant “Lock her up!” that echoed through the hall": a clause on the
            # quoted words, not who said them.
            draft.cue = draft.cue_token = draft.source = None
            return draft
        if draft.source is None and cue.text[:1].isupper():
            # "Continued Stone: “…”" with the sentence split elsewhere.
            colon = next((t for t in doc[cue.i + 1 : cue.i + 6] if t.text == ":"), None)
            if colon is not None and _inverted_lead(colon) is not None:
                draft.source = doc[cue.i + 1 : colon.i]
        return draft
    # "Name: “…”" — a short phrase and a colon open the paragraph.
    head = text[p_start : mark.start]
    m = re.fullmatch(r"\s*([^\s:“\"][^:“\"]{0,80}?)\s*:\s*", head)
    if m and len(_words(m.group(1))) <= 8:
        draft.layout_speaker = (p_start + m.start(1), p_start + m.end(1))
        colon = next(
            (t for t in doc_tokens(doc) if t.idx >= draft.layout_speaker[1] and t.text == ":"), None
        )
        if colon is not None:
            draft.cue = doc[colon.i : colon.i + 1]
        return draft
    # "… pollster Jane Doe: “…”" — a name right before the colon.
    if head.rstrip().endswith(":"):
        colon = next(
            (
                t
                for t in doc_tokens(doc)
                if t.idx == mark.start - len(head) + len(head.rstrip()) - 1
            ),
            None,
        )
        if colon is not None and colon.i > 0:
            prev = doc[colon.i - 1]
            if prev.pos_ == "PROPN" or prev.ent_type_ in ("PERSON", "ORG"):
                draft.source = phrase(prev, cut_clauses=True)
                draft.cue = doc[colon.i : colon.i + 1]
                return draft
    # "“…” — Name, role": a dash after the closing mark names the speaker.
    tail = text[mark.end : p_end]
    # The dash may be a horizontal bar ("―"); the name ends its line, which may not end
    # the paragraph (a column of reader comments, one per line).
    m = re.match(r"\s*[—–―-]{1,2}\s*([A-Z][^\n“”\"]{1,120}?)\s*\.?[ \t]*(?:\n|$)", tail)
    if m:
        draft.layout_speaker = (mark.end + m.start(1), mark.end + m.end(1))
    return draft


# "“…,” as a Treasury memo put it", "as The Atlantic put it in a profile, “…”".
_PUT_IT_AFTER = re.compile(r"[\s,]*as\s+([^,.;:“”\"\n]{1,60}?)\s+(?:put|puts)\s+it\b")
_PUT_IT_BEFORE = re.compile(
    r"\bas\s+([^,.;:“”\"\n]{1,60}?)\s+(?:put|puts)\s+it\b[^.;“”\"\n]{0,60}?,?\s*$"
)


def _as_put_it(doc: Doc, mark: QuoteSpan) -> tuple[Token, Span] | None:
    """An "as X put it" clause right after or right before the quote: "put" is the
    cue, X the speaker, whatever the parser made of the clause."""
    text = doc_text(doc)
    after = _PUT_IT_AFTER.match(text, mark.end)
    before = _PUT_IT_BEFORE.search(text, max(0, mark.start - 140), mark.start)
    found = after or before
    if found is None:
        return None
    source = doc.char_span(found.start(1), found.end(1), alignment_mode="expand")
    cue = next(
        (t for t in doc_tokens(doc) if t.idx >= found.end(1) and t.lower_ in ("put", "puts")), None
    )
    if source is None or not len(source) or cue is None or cue.i + 1 >= len(doc):
        return None
    return cue, source


_POST_SIGNATURE = re.compile(r"[—–-]\s*([^(\n]{2,60}?)\s*\(@\w{1,30}\)")


# Markup left in scraped text: '<tweet id="…" author="@x">' and its closing tag.
_MARKUP_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>\n]*)?>")


def markup_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of markup tags: no cue or content lies inside one."""
    return [(m.start(), m.end()) for m in _MARKUP_TAG.finditer(text)]


def _inline_posts(doc: Doc, drafts: list[_Draft]) -> list[_Draft]:
    """A post embedded as markup ('<tweet …>Text — Name (@handle) date</tweet>'): the
    text before the signature is what Name posted."""
    text = doc_text(doc)
    taken = [(d.start, d.end) for d in drafts]
    out: list[_Draft] = []
    tags = markup_spans(text)
    for (_, open_end), (close_start, _) in itertools.pairwise(tags):
        body = text[open_end:close_start]
        if "\n" in body or text[close_start + 1] != "/":
            continue
        sig = next(reversed(list(_POST_SIGNATURE.finditer(text, open_end, close_start))), None)
        if sig is None:
            continue
        start, end = open_end, sig.start()
        while end > start and text[end - 1].isspace():
            end -= 1
        if any(s < end and start < e for s, e in taken) or len(_words(text[start:end])) < 3:
            continue
        draft = _Draft(kind="direct", start=start, end=end, channel="social_media")
        draft.layout_speaker = (sig.start(1), sig.end(1))
        draft.cue = doc.char_span(sig.start(), sig.start() + 1, alignment_mode="expand")
        draft.content_tokens = set(tokens_starting_in(doc, start, end))
        out.append(draft)
    return out


def _embedded_posts(doc: Doc, drafts: list[_Draft]) -> list[_Draft]:
    """An embedded social-media post: the paragraph before a signature line
    "— Name (@handle) date" is what Name posted."""
    text = doc_text(doc)
    taken = [(d.start, d.end) for d in drafts]
    out: list[_Draft] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for n, (p_start, p_end) in enumerate(paragraphs):
        sig = _POST_SIGNATURE.match(text, p_start, p_end)
        if sig is None or n == 0:
            continue
        start, end = paragraphs[n - 1]
        if any(s < end and start < e for s, e in taken) or len(_words(text[start:end])) < 3:
            continue
        draft = _Draft(kind="direct", start=start, end=end, channel="social_media")
        draft.layout_speaker = (sig.start(1), sig.end(1))
        draft.cue = doc.char_span(p_start, p_start + 1, alignment_mode="expand")
        draft.content_tokens = set(tokens_starting_in(doc, start, end))
        out.append(draft)
    return out


def _verb_forms(token: Token) -> set[str]:
    """Possible verb lemmas of a title-case word the tagger may have read as a name."""
    low = token.lower_
    forms = {token.lemma_.lower(), low}
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", "")):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            forms.add(low[: -len(suffix)] + repl)
    return forms


def _inverted_headlines(doc: Doc, drafts: list[_Draft]) -> list[_Draft]:
    """Title-case lines that end in their attribution ("Guns Are ‘A Crisis,’ Howard Dean
    Tells Convention", "Ted Cruz Is A ‘Natural Born Citizen,’ Board Of Election Finds"):
    what was said, a comma, a title-case name and its reporting verb. What the tagger
    made of such a line is replaced."""
    text = doc_text(doc)
    direct_cues = {k for k, v in lexicon().verbs.items() if v.direct}
    out = list(drafts)
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0).rstrip(" .")
        words = line.split()
        capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
        comma = max(line.rfind(", "), line.rfind(",’ "), line.rfind(",” "), line.rfind('," '))
        if not 4 <= len(words) <= 25 or capitalised < 0.8 * len(words) or comma < 8:
            continue
        tail = doc.char_span(m.start() + comma + 1, m.start() + len(line), alignment_mode="expand")
        if tail is None:
            continue
        names = [t for t in tail if not t.is_punct]
        verb = next(
            (
                t
                for n, t in enumerate(names)
                if 0 < n <= 6 and t.text[:1].isupper() and _verb_forms(t) & direct_cues
            ),
            None,
        )
        if (
            verb is None
            or len([t for t in names if t.i > verb.i]) > 4
            # "…, Calls Trump’s Putin Remarks ‘Troubling’": a second forward headline
            or any(_verb_forms(t) & direct_cues for t in names if t.i < verb.i)
            # A name of title-case words ("Board Of Election"), not page debris.
            or not all(
                t.is_alpha and (t.is_title or t.lower_ in _NAME_JOINERS)
                for t in names
                if t.i <= verb.i
            )
        ):
            continue
        start, end = m.start(), m.start() + comma
        if text[end - 1] in '’”"':
            end -= 1
        draft = _Draft(kind="indirect", start=start, end=end)
        if _contains_marks(text[start : m.start() + comma + 2]):
            draft.kind = "mixed"
        draft.source = doc[names[0].i : verb.i]
        draft.cue = doc[verb.i : verb.i + 1]
        draft.content_tokens = set(tokens_starting_in(doc, start, end))
        # What the tagger made of the line ("… Howard Dean Tells Democratic Convention"
        # with the content as speaker) gives way.
        out = [d for d in out if d.cue_token is None or d.cue_token.i != verb.i]
        out.append(draft)
    return out


_NAME_JOINERS = frozenset(["of", "and", "the", "for", "&"])


def _headlines(doc: Doc, drafts: list[_Draft]) -> list[_Draft]:
    """Title-case lines ("Trump Slams Ryan Over Trade Deal") whose reporting verb the
    tagger read as a noun: the words before it speak, the words after it are said."""
    text = doc_text(doc)
    lex = lexicon()
    taken = [(d.start, d.end) for d in drafts]
    out: list[_Draft] = []
    for m in re.finditer(r"[^\n]+", text):
        words = m.group(0).split()
        if not 3 <= len(words) <= 20 or any(s < m.end() and m.start() < e for s, e in taken):
            continue
        capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
        if capitalised < 0.8 * len(words):
            continue
        line = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if line is None:
            continue
        for token in line[1:-1]:
            if (
                token.pos_ not in ("NOUN", "PROPN", "VERB")
                or not _verb_forms(token) & lex.verbs.keys()
                # "… Spending In Battleground States To …", "This Well-Known Author":
                # a preposition's object or a modifier is no reporting verb
                or (token.dep_ == "pobj" and token.head.pos_ == "ADP")
                or token.dep_ == "amod"
            ):
                continue
            source = doc[line.start : token.i]
            if not all(t.text[:1].isupper() or not t.is_alpha for t in source):
                break
            start, end = token.idx + len(token.text) + 1, m.end()
            while end > start and text[end - 1] in " .":
                end -= 1
            if len(_words(text[start:end])) < 2:
                break
            draft = _Draft(kind="indirect", start=start, end=end, source=source)
            draft.cue = doc[token.i : token.i + 1]
            draft.content_tokens = {t.i for t in line if t.idx >= start}
            out.append(draft)
            break
    return out


_COLON_LINE = re.compile(r"([^:\n“\"]{2,70}?):[ \t]+(\S[^\n]*)")


def _colon_lines(doc: Doc, direct: list[QuoteSpan], drafts: list[_Draft]) -> list[_Draft]:
    """ "Name: what they said" lines (headlines, transcripts) with no quotation marks
    around the words, or with marks around only part of them."""
    text = doc_text(doc)
    lex = lexicon()
    taken = [(d.start, d.end) for d in drafts]
    out: list[_Draft] = []
    for m in re.finditer(r"[^\n]+", text):
        line = _COLON_LINE.match(m.group(0))
        if line is None:
            continue
        head_start, head_end = m.start() + line.start(1), m.start() + line.end(1)
        body_start, body_end = m.start() + line.start(2), m.end()
        label = line.group(1).strip()
        words = _words(label)
        if (
            not words
            or len(words) > 8
            or label.lower() in lex.colon_labels
            or not label[0].isupper()
        ):
            continue
        if len(_words(line.group(2))) < 3 or any(s <= head_start < e for s, e in taken):
            continue
        if _roster(line.group(2)):
            continue  # "Nevada: Adam Khan, Andres Ramirez, …" lists names, says nothing
        if any(q.start == body_start and q.end >= body_end - 1 for q in direct):
            continue  # a fully quoted body: the direct-quote pass has it
        head_span = doc.char_span(head_start, head_end, alignment_mode="expand")
        if head_span is None:
            continue
        title_cased = len(words) <= 4 and all(w[0].isupper() for w in words)
        if not title_cased and not any(t.pos_ == "PROPN" or t.ent_type_ for t in head_span):
            continue
        if any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" for t in head_span):
            continue  # "He then listed the qualities …:" introduces, it is not a name
        if _clause_label(head_span):
            continue  # "Kasich has another advantage: …", "The One Thing Both Sides Want: …"
        colon = doc.char_span(head_end, head_end + 1, alignment_mode="expand")
        draft = _Draft(
            kind="mixed" if _contains_marks(line.group(2)) else "indirect",
            start=body_start,
            end=body_end,
        )
        draft.layout_speaker = (head_start, head_end)
        draft.cue = colon
        draft.content_tokens = set(tokens_starting_in(doc, body_start, body_end))
        out.append(draft)
    return out


def _clause_label(head: Span) -> bool:
    """A colon line's label holding a verb with its own subject is a clause leading
    into what follows ("Kasich has another advantage:", "On Trade, Angry Voters Have
    Point:"), not the name of a speaker."""
    return any(
        t.pos_ in ("VERB", "AUX")
        and any(
            c.dep_ in ("nsubj", "nsubjpass") and head.start <= c.i < head.end for c in t.children
        )
        for t in head
    )


# A line ending in a colon, then the next non-blank line. Anchored at line starts: from
# every other position "[^\n]*:" would scan on to the end of the line, quadratic on a
# long one-line text.
_LEAD_IN_AND_BLOCK = re.compile(r"^[^\n]*:[ \t]*\n\s*\n?([^\n]+)", re.M)


def _block_quotes(doc: Doc, drafts: list[_Draft]) -> list[_Draft]:
    """ "The governor added:" closing a paragraph, and the next paragraph set off
    without quotation marks: that paragraph is what was said (a block quote)."""
    text = doc_text(doc)
    taken = [(d.start, d.end) for d in drafts]
    out: list[_Draft] = []
    for m in _LEAD_IN_AND_BLOCK.finditer(text):
        body_start, body_end = m.start(1), m.end(1)
        colon_at = text.rindex(":", m.start(), body_start)
        if text[body_start] in "“”\"‘'«—–-" or len(_words(m.group(1))) < 4:
            continue
        if any(s < body_end and body_start < e for s, e in taken):
            continue
        colon = doc.char_span(colon_at, colon_at + 1, alignment_mode="expand")
        if colon is None or colon[0].i == 0:
            continue
        verb = colon[0].head
        if colon[0].i - verb.i > 6 or verb.i > colon[0].i:
            continue  # the cue ends the lead-in: "Limbaugh added:", "she wrote:"
        entry = lexicon().verbs.get(verb.lemma_.lower())
        if verb.pos_ != "VERB" or entry is None or entry.kind not in ("speech", "writing"):
            continue
        source = source_of(verb)
        if source is None:
            continue
        draft = _Draft(kind="direct", start=body_start, end=body_end)
        draft.cue_token, draft.cue, draft.source = verb, cue_span(verb), source
        draft.content_tokens = set(tokens_starting_in(doc, body_start, body_end))
        out.append(draft)
    return out


# Verbs that give a name, not a view ("known as the “iron lady”").
_NAMING_VERBS = frozenset(["know", "dub", "nickname", "name", "title", "entitle", "tap"])


def _characterisations(doc: Doc, marks: list[QuoteSpan], drafts: list[_Draft]) -> list[_Draft]:
    """ "Trump openly admires Putin as a “strong leader,”", "Reid has gone after Trump
    as a “human leech”": a quoted lower-case phrase after "as" sums up what the verb's
    subject says of its object, whatever the verb; the object through the closing mark
    is the content. Read off the words, as the parser often breaks this frame. Names
    and titles ("tapped as the “Lion of Panjshir”") are left alone."""
    text = doc_text(doc)
    out: list[_Draft] = []
    # A quote with no attribution at all may be the phrase itself ("… as a “tired
    # bureaucrat who ran out of ideas.”"); any other draft keeps its words.
    orphans = [
        d
        for d in drafts
        if d.kind == "direct" and d.cue is None and d.source is None and d.layout_speaker is None
    ]
    taken = [(d.start, d.end) for d in drafts if all(d is not o for o in orphans)]
    for mark in marks:
        i_start, _ = mark.inner(text)
        first = re.search(r"\w", text[i_start : mark.end])
        if first is None or not first.group().islower():
            continue
        if any(s < mark.end and mark.start < e for s, e in taken):
            continue
        frame = _as_frame(doc, mark)
        if frame is None:
            continue
        verb, target = frame
        source = source_of(verb) or _subject_right_before(verb)
        if source is None:
            continue
        start, end = target.idx, mark.end
        draft = _Draft(kind="mixed", start=start, end=end)
        draft.cue_token = verb
        draft.cue = cue_span(verb)
        draft.source = source
        draft.content_tokens = set(tokens_starting_in(doc, start, end))
        out.append(draft)
        taken.append((start, end))
    covered = [(d.start, d.end) for d in out]
    kept = [
        d
        for d in drafts
        if all(d is not o for o in orphans) or not any(s <= d.start < e for s, e in covered)
    ]
    return kept + out


def _as_frame(doc: Doc, mark: QuoteSpan) -> tuple[Token, Token] | None:
    """The verb and the first word of its object in "VERB [after] OBJECT as [a] “…”",
    where the object is a short noun phrase."""
    opening = next((t for t in doc_tokens(doc) if t.idx >= mark.start), None)
    if opening is None:
        return None
    i = opening.i - 1
    if i >= 0 and doc[i].pos_ == "DET":
        i -= 1
    if i < 1 or doc[i].lower_ != "as":
        return None
    j = i - 1
    while j >= 0 and i - j <= 7 and doc[j].pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PART", "PRON"):
        j -= 1
    if j == i - 1 or j < 0:
        return None
    target = doc[j + 1]
    if doc[j].pos_ == "ADP" and doc[j].lower_ != "as" and j > 0:
        j -= 1  # "gone after Trump as …"
    verb = doc[j]
    if verb.pos_ != "VERB" or (
        verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children)
    ):
        return None
    if verb.lemma_.lower() in _NAMING_VERBS or doc[i - 1].i == verb.i:
        return None
    if verb.dep_ in ("pcomp", "pobj", "csubj"):
        return None  # "The choice was between going after Trump as “…”": no one yet
    return verb, target


def _name_like(token: Token) -> bool:
    # The tagger makes an unknown surname a verb or a common noun ("Trump openly …").
    return (
        token.pos_ == "PROPN"
        or token.ent_type_ == "PERSON"
        or (token.is_title and token.pos_ not in ("DET", "PRON", "ADP", "CCONJ", "SCONJ"))
    )


def _subject_right_before(verb: Token) -> Span | None:
    """ "Trump openly admires …" parsed with "admires" as an object: the proper name
    right before the verb and its adverbs."""
    doc = verb.doc
    i = verb.i - 1
    while i >= verb.sent.start and doc[i].pos_ == "ADV":
        i -= 1
    if i < verb.sent.start or not _name_like(doc[i]):
        return None
    left = i
    while left - 1 >= verb.sent.start and _name_like(doc[left - 1]):
        left -= 1
    return doc[left : i + 1]


def _roster(body: str) -> bool:
    """A comma-separated list of four or more title-case names."""
    items = [i.strip(" .;") for i in body.split(",")]
    if len(items) < 4:
        return False
    named = [
        i for i in items if i and len(i.split()) <= 4 and all(w[:1].isupper() for w in i.split())
    ]
    return len(named) >= 0.8 * len(items)


def _nearest_cue(
    doc: Doc, mark: QuoteSpan, quoted: list[tuple[int, int]], p_start: int, p_end: int
) -> Token | None:
    """The reporting verb nearest the quote, outside every quote, in the sentences the
    quote touches (and a short "he said." sentence right after it)."""
    sents = [s for s in doc.sents if s.start_char < mark.end and s.end_char > mark.start]
    if sents:
        nxt = sents[-1].end
        if nxt < len(doc):
            after = doc[nxt].sent
            # Not a sentence with a quotation of its own ("Russia insisted that
            # Pyongyang “stop …”"): its cue is that quotation's.
            own_quote = any(after.start_char <= s < after.end_char for s, _ in quoted)
            short = len(after) <= 12 or _bare_attribution(after)
            if after.start_char - mark.end <= 3 and short and not own_quote:
                sents.append(after)
        prev = sents[0].start - 1
        if prev >= 0 and doc_text(doc)[sents[0].start_char - 3 : mark.start].strip().endswith(":"):
            sents.insert(0, doc[prev].sent)
    best: tuple[int, Token] | None = None
    first = re.search(r"\w", doc_text(doc)[mark.start : mark.start + 10])
    lower_start = first is not None and first.group().islower()
    for sent in sents:
        for token in sent:
            if not (p_start <= token.idx < p_end):
                continue
            if any(s <= token.idx < e for s, e in quoted):
                continue
            if token.pos_ not in ("VERB", "AUX") or not _direct_cue(token):
                continue
            if token.idx >= mark.end:
                distance = token.idx - mark.end
            else:
                distance = mark.start - token.idx - len(token.text)
                # An earlier cue must lead into the quote, not report something else.
                between = doc_text(doc)[token.idx + len(token.text) : mark.start]
                if _has_other_quote(between) or distance > 200:
                    continue
                if _closes_earlier_quote(doc, token, mark, quoted):
                    # "“A,” she said, but “B,” Reyes said": "she said" already has its
                    # quote; a cue after “B” comes first.
                    distance += 150
            if lower_start and _set_off_participle(token) and token.idx < mark.start:
                # "“A,” he said, referring to X, “and B”": the quote goes on with the
                # sentence the cue broke; the aside does not introduce it.
                distance += 150
            if (
                token.dep_ in ("relcl", "acl", "amod", "pcomp") or token.head.dep_ == "relcl"
            ) and shown_speaking(token) is None:
                # "officers he has spoken with", "the resolution which said": a verb in a
                # clause on a noun rarely introduces the quote; any other cue comes first.
                distance += 150
            if best is None or distance < best[0]:
                best = (distance, token)
    return best[1] if best else None


def _bare_attribution(sent: Span) -> bool:
    """ "Scott's niece, state Del. Marcia “Cia” Price (D-Newport News), shouted to the
    crowd.": a sentence that only says who spoke, however long the speaker's name:
    a reporting verb as its root with a subject before it and no statement of its
    own."""
    root = sent.root
    return (
        len(sent) <= 40
        and root.pos_ == "VERB"
        and _direct_cue(root)
        and any(c.dep_ == "nsubj" and c.i < root.i for c in root.children)
        and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in root.children)
    )


def _closes_earlier_quote(
    doc: Doc, cue: Token, mark: QuoteSpan, quoted: list[tuple[int, int]]
) -> bool:
    """The cue follows another quote closely in its own sentence ("“A,” she said") and
    another cue comes right after this quote ("but “B,” Reyes said")."""
    text = doc_text(doc)
    after = [
        t
        for t in doc_tokens(doc)
        if mark.end <= t.idx < mark.end + 40
        and t.pos_ in ("VERB", "AUX")
        and _direct_cue(t)
        and "\n" not in text[mark.end : t.idx]
    ]
    if not after:
        return False
    for start, end in quoted:
        if end <= cue.idx and start < mark.start:
            gap = text[end : cue.idx]
            # A quote that ends its own sentence ("… hordes.''") leaves the cue after it
            # to the next quote.
            closed = re.search(r"[.!?][’”\"'»]*$", text[start:end])
            if len(gap) <= 60 and not closed and "\n" not in gap and not re.search(r"[.!?]\s", gap):
                return True
    return False


def _name_after_opening_cue(cue: Token) -> Span | None:
    """ "Said Ellis: “…”", "Continued Stone: “…”": a cue opening its sentence, then a
    run of proper nouns up to a colon or comma."""
    doc = cue.doc
    if cue.i != cue.sent.start or not cue.text[:1].isupper():
        return None
    i = cue.i + 1
    while i < len(doc) and doc[i].pos_ == "PROPN" and i - cue.i <= 4:
        i += 1
    if i == cue.i + 1 or i >= len(doc) or doc[i].text not in (":", ","):
        return None
    return doc[cue.i + 1 : i]


def _name_then_cue(doc: Doc, mark: QuoteSpan) -> tuple[Token, Span] | None:
    """ "“…,” Name verb": a run of proper nouns right after the closing mark and a
    reporting verb after it, read off the words whatever the parse made of them."""
    start = next((t.i for t in doc_tokens(doc) if t.idx >= mark.end), None)
    if start is None:
        return None
    i = start
    while i < len(doc) and doc[i].is_punct and doc[i].idx - mark.end <= 2:
        i += 1
    first = i
    while i < len(doc) and doc[i].pos_ == "PROPN" and i - first < 4:
        i += 1
    if i == first or i >= len(doc) or doc[first].idx - mark.end > 3:
        return None
    cue = doc[i]
    entry = lexicon().verbs.get(cue.lemma_.lower()) or lexicon().verbs.get(
        cue.lower_.removesuffix("s")
    )
    if entry is None or not entry.direct or not cue.is_lower:
        return None
    return cue, doc[first:i]


def _verb_after_close(doc: Doc, mark: QuoteSpan) -> Token | None:
    """ "“…,” Paradis shot back", "“…?” the judge asked him": a quote that closes on a
    comma, question or exclamation mark runs into its attribution; the finite verb
    whose subject follows the closing mark is the cue, whatever the verb."""
    text = doc_text(doc)
    body = text[mark.start : mark.end].rstrip().rstrip("”\"'’»")
    if not mark.closed or body.rstrip()[-1:] not in (",", "?", "!"):
        return None
    start = next((t.i for t in doc_tokens(doc) if t.idx >= mark.end), None)
    if start is None or doc[start].idx - mark.end > 2 or "\n" in text[mark.end : doc[start].idx]:
        return None
    sent_end = doc[start].sent.end
    for verb in doc[start : min(start + 10, sent_end)]:
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.tag_ == "WDT":
            # "the chant “Lock her up!” that ricocheted through the arena": a clause
            # on the quoted words, not their attribution.
            return None
        # The subject opens the attribution, or follows its verb ("said Ms. Reyes").
        before = subject.left_edge.i == start and subject.right_edge.i < verb.i
        after = verb.i == start and subject.i > verb.i
        return verb if (before or after) and _not_a_clause(verb) else None
    return None


def _not_a_clause(verb: Token) -> bool:
    """The verb does not report something else of its own ("“…,” he said he thought")
    beyond an object or a short phrase."""
    return _direct_cue(verb) or not any(
        c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children
    )


def _colon_lead(doc: Doc, mark: QuoteSpan) -> Token | None:
    """The verb of a lead-in sentence that ends in a colon right before the quote, in
    its paragraph or the one before ("Cruz continued:", "Clinton released the following
    statement:", "Cruz called them on it:"): any verb with a subject, not only a cue."""
    text = doc_text(doc)
    before = text[: mark.start].rstrip()
    if not before.endswith(":") or _breaks(text, len(before), mark.start) > 1:
        return None
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None:
        return None
    inverted = _inverted_lead(colon[0])
    if inverted is not None:
        return inverted
    verb = colon[0].head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or colon[0].i - verb.i > 25 or verb.i > colon[0].i:
        return None
    return verb if source_of(verb) is not None else None


def _inverted_lead(colon: Token) -> Token | None:
    """ "Stated Stone:", "Continued Bolton:": a line of a reporting verb and a name
    ending in the colon, whatever the tagger made of the verb (often a name)."""
    doc = colon.doc
    start = colon.i
    while start > 0 and colon.i - start < 6:
        prev = doc[start - 1]
        if prev.is_space or "\n" in prev.text or prev.text in (".", "!", "?"):
            break
        start -= 1
    words = doc[start : colon.i]
    if not 2 <= len(words) <= 5 or not words[0].text[:1].isupper():
        return None
    verb = words[0]
    if not all(t.pos_ in ("PROPN", "NOUN") or t.text == "." for t in words[1:]):
        return None
    verbs = lexicon().verbs
    if not any(form in verbs and verbs[form].direct for form in _verb_forms(verb)):
        return None
    if not verb.lower_.endswith(("ed", "s")) and verb.lower_ not in ("said", "wrote", "told"):
        return None
    return verb


def _direct_cue(token: Token) -> bool:
    """A reporting verb that can introduce a direct quote."""
    lemma = token.lemma_.lower()
    entry = lexicon().verbs.get(lemma) or particle_cue(token)
    # "the vote seems more anti-Trump than …, because “…”": the writer's hedge, no cue.
    return entry is not None and entry.direct and lemma not in _WRITER_STANCE


def _has_other_quote(between: str) -> bool:
    return any(ch in between for ch in '“”"«»')


def _inverted_subject(cue: Token, content: set[int]) -> Span | None:
    """'“…,” said Name' sometimes parses Name as the object: take the first noun
    phrase after the cue outside the quote."""
    for token in cue.rights:
        if token.i in content:
            continue
        if token.dep_ in ("dobj", "attr", "npadvmod", "appos") and token.pos_ in ("PROPN", "NOUN"):
            return phrase(token)
    return None


# --- merging direct and reported speech -------------------------------------------


def _merge(doc: Doc, direct: list[QuoteSpan], reported: list[Reported]) -> list[_Draft]:
    """Direct quotes plus the reported speech that is not merely their cue; "according
    to X" beside another attribution becomes that attribution's relay."""
    quoted = [(m.start, m.end) for m in direct]
    consumed: set[int] = set()
    drafts: list[_Draft] = []
    relays: list[Reported] = [r for r in reported if r.kind == "according_to"]
    # The reported cue whose content is mostly a direct quote is that quote's cue
    # ("insisted that he has “expanded the party,” claiming …").
    cue_of: dict[int, Token] = {}
    for item in reported:
        if item.kind == "according_to":
            continue
        inside = sum(max(0, min(item.content[1], e) - max(item.content[0], s)) for s, e in quoted)
        length = item.content[1] - item.content[0]
        if (
            inside
            and inside >= 0.6 * length
            and not _interrupting_cue(item, quoted)
            and not _subject_before_quote(item, quoted)
            and not _lead_in_before_quote(doc, item, quoted)
        ):
            for n, (s, e) in enumerate(quoted):
                if (
                    s < item.content[1]
                    and item.content[0] < e
                    and item.cue_token.pos_ == "VERB"
                    and not _cue_between(doc, item.cue_token, s, quoted)
                ):
                    cue_of.setdefault(n, item.cue_token)
            continue  # the cue of a direct quote: the direct pass attributes it
        draft = _Draft(
            kind="indirect",
            start=item.content[0],
            end=item.content[1],
            cue=item.cue,
            cue_token=item.cue_token,
            source=item.source,
            content_tokens=item.content_tokens,
            via=item.relay,
        )
        for n, (s, e) in enumerate(quoted):
            if item.content[0] <= s and e <= item.content[1] + 1:
                consumed.add(n)
        if _contains_marks(doc_text(doc)[draft.start : draft.end]):
            draft.kind = "mixed"
        drafts.append(draft)
    for n, mark in enumerate(direct):
        if n not in consumed:
            drafts.append(_direct_draft(doc, mark, quoted, cue=cue_of.get(n)))
    for relay in relays:
        targets = _relay_targets(relay, drafts)
        if targets:
            for d in targets:
                d.via = relay.source
            if not vouches_for_clause(relay, [d.cue_token for d in targets]):
                continue
        # "… was, according to an official, “far below …”": the quotation inside the
        # relayed clause is part of it, not a quote of its own.
        drafts = [
            d
            for d in drafts
            if not (
                d.kind == "direct"
                and relay.content[0] <= d.start
                and d.end <= relay.content[1] + 1
                and d.cue_token is not None
                and relay.source is not None
                and relay.source.start <= d.cue_token.i < relay.source.end
            )
        ]
        drafts.append(
            _Draft(
                kind="mixed"
                if _contains_marks(doc_text(doc)[relay.content[0] : relay.content[1]])
                else "indirect",
                start=relay.content[0],
                end=relay.content[1],
                cue=relay.cue,
                cue_token=relay.cue_token,
                source=relay.source,
                content_tokens=relay.content_tokens,
            )
        )
    return _dedupe(drafts)


def _lead_in_before_quote(doc: Doc, item: Reported, quoted: list[tuple[int, int]]) -> bool:
    """ "said that “we're in this together,”", "called Trump “unhinged,”", "says he has
    put together “the best ground game”": the reported clause opens with the writer's
    words before the quotation marks, so the words and the quotation are one mixed quote
    (PolNeAR's content starts at "that"), not a direct quote of the quoted part alone.
    Not where the quotation is set off by a comma or colon ("was asked, “…”"), where a
    bare "that" introduces a whole sentence ("tweeted that “The enemy is …”"), nor where
    it runs on past the reported clause."""
    text = doc_text(doc)
    first = min(((s, e) for s, e in quoted if item.content[0] <= s < item.content[1]), default=None)
    if first is None or first[1] > item.content[1] + 1:
        return False
    lead = text[item.content[0] : first[0]].rstrip()
    if not _WORD.search(lead) or lead.endswith((",", ":")):
        return False
    opening_word = _WORD.search(text, first[0], first[1])
    if lead.lower() == "that" and opening_word and opening_word.group()[:1].isupper():
        # "tweeted that “The enemy is under siege”": a whole sentence as it was said
        return False
    # content that opens on a verb ("said “…”") is a parse gone wrong, not a lead-in
    opening = tokens_starting_in(doc, item.content[0], first[0])
    return not (opening and doc_tokens(doc)[opening[0]].pos_ in ("VERB", "AUX"))


def _subject_before_quote(item: Reported, quoted: list[tuple[int, int]]) -> bool:
    """ "told a briefing that the EU was “politicising trade issues”": the reported
    clause's subject stands outside the quotation marks, so the writer's words frame the
    quoted ones; one mixed quote, not a direct quote of the quoted part alone."""
    first = min((s for s, e in quoted if item.content[0] <= s < item.content[1]), default=None)
    if first is None:
        return False
    tokens = doc_tokens(item.cue_token.doc)
    return any(
        t.dep_ in ("nsubj", "nsubjpass", "expl")
        and item.content[0] <= t.idx < first
        and t.head.idx >= first  # the subject of a verb inside the quotation
        for t in (tokens[i] for i in item.content_tokens)
    )


def _interrupting_cue(item: Reported, quoted: list[tuple[int, int]]) -> bool:
    """ "The plan, she said, was “a betrayal …”": a cue set inside a sentence whose
    unquoted start comes before it and whose tail is a quotation; one mixed quote."""
    cue = item.cue_token
    doc = cue.doc
    words = [t.i for t in cue.subtree if not t.is_punct]
    left, right = min(words), max(words)
    set_off = (
        left > 0
        and doc[left - 1].text == ","
        and right + 1 < len(doc)
        and doc[right + 1].text == ","
    )
    cue_at = cue.idx
    return (
        set_off
        and item.content[0] < cue_at
        and not any(item.content[0] <= s < cue_at or s <= item.content[0] < e for s, e in quoted)
    )


def _cue_between(doc: Doc, cue: Token, quote_start: int, quoted: list[tuple[int, int]]) -> bool:
    """A participle cue between a cue and a later quote ("Sanders said, suggesting a
    few questions, including, “…”"): that one leads into the quote; not where the quote
    goes on with a sentence broken by the cue ("“A,” he said, referring to X, “and B”")."""
    text = doc_text(doc)
    first = re.search(r"\w", text[quote_start : quote_start + 10])
    if first is not None and first.group().islower():
        return False
    for token in doc_tokens(doc):
        if token.idx >= quote_start:
            break
        if (
            token.i > cue.i
            and _set_off_participle(token)
            and _direct_cue(token)
            and not any(s <= token.idx < e for s, e in quoted)
        ):
            return True
    return False


def _set_off_participle(token: Token) -> bool:
    """ "…, suggesting …": a subjectless participle cue after a comma."""
    return (
        token.tag_ == "VBG"
        and token.i > 0
        and token.doc[token.i - 1].text == ","
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    )


def _relay_targets(relay: Reported, drafts: list[_Draft]) -> list[_Draft]:
    """The attributions an "according to X" relays: the nearest cue above it in the
    parse, with the cues beneath that one ("told …, insisting …, according to …")."""
    # "according to the Africa CDC, which declared …": a statement made in a clause on
    # the relay itself is not relayed by it.
    own = {t.i for t in relay.source.root.subtree} if relay.source is not None else set()
    by_cue = {
        d.cue_token.i: d
        for d in drafts
        if d.cue_token is not None
        and d.cue_token.i not in own
        and not _relative_on_relay(relay, d.cue_token)
    }
    token = relay.cue_token
    sent = token.sent
    for _ in range(12):
        if token.dep_ == "relcl" and token.i not in by_cue:
            # "voted to oust Boluarte, whose rating had fallen … according to Ipsos":
            # the relay vouches for the relative clause alone.
            return []
        if token.i in by_cue and token.i != relay.cue_token.i:
            top = token
            return [d for i, d in by_cue.items() if top.left_edge.i <= i <= top.right_edge.i]
        if token.head.i == token.i:
            break
        token = token.head
    # Attached elsewhere in the sentence: relay every attribution of the sentence.
    return [d for i, d in by_cue.items() if sent.start <= i < sent.end]


def _relative_on_relay(relay: Reported, cue: Token) -> bool:
    """ "according to the WHO, which announced …": the parser hung the relative clause
    on the main verb; its statement is the organisation's own, not relayed."""
    if relay.source is None:
        return False
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in ("who", "which"):
        return False
    between = cue.doc[relay.source.end : subject.i]
    return all(t.is_punct for t in between)


def _only_a_name(doc: Doc, item: Reported, names: list[QuoteSpan]) -> bool:
    """ "dubbed the “Desert Fox”": content that is only a quoted name is no statement."""
    start, end = item.content
    text = doc_text(doc)
    lead = re.match(r"(?:the|a|an)\s+", text[start:end], flags=re.IGNORECASE)
    if lead:
        start += lead.end()
    return any(abs(m.start - start) <= 1 and abs(m.end - end) <= 2 for m in names)


def _extend_to_closing_marks(doc: Doc, reported: list[Reported], marks: list[QuoteSpan]) -> None:
    """Reported content that stops inside a quoted phrase ("done an “awful” job of
    covering the “election.”") runs on to the closing mark."""
    for item in reported:
        start, end = item.content
        for mark in marks:
            if start <= mark.start < end < mark.end and "\n" not in doc_text(doc)[end : mark.end]:
                item.content = (start, mark.end)
                item.content_tokens |= set(tokens_starting_in(doc, end, mark.end))


def _contains_marks(text: str) -> bool:
    return bool(re.search(r"[“”«»\"]|(?<!\w)[‘'](?=\w)", text))


def _dedupe(drafts: list[_Draft]) -> list[_Draft]:
    """One attribution per content: a content nested in another with the same source
    (a cue inside a cue's clause) keeps the outer one."""
    out: list[_Draft] = []
    for draft in sorted(drafts, key=lambda d: (d.start, -(d.end - d.start))):
        if draft.source is None and any(
            draft.cue_token is not None and draft.cue_token.i in o.content_tokens for o in out
        ):
            continue  # "told … that …, insisting …": one statement, not two
        if any(
            o.start <= draft.start
            and draft.end <= o.end
            and o.cue is not None
            and draft.cue is not None
            and o.cue.start == draft.cue.start
            for o in out
        ):
            continue
        out.append(draft)
    return out


def _split_participle_tails(doc: Doc, drafts: list[_Draft]) -> list[_Draft]:
    """ "Trump insisted that he has “expanded the party,” claiming that he is …": the
    parser hangs the set-off participle inside the first statement; it is a second
    statement of the same speaker, so the first ends before its comma."""
    text = doc_text(doc)
    for outer in drafts:
        if outer.kind == "direct" or outer.cue_token is None:
            continue
        for inner in drafts:
            cue = inner.cue_token
            if (
                inner is outer
                or inner.kind == "direct"
                or cue is None
                or not (outer.start < cue.idx and inner.end <= outer.end)
                or cue.idx < outer.cue_token.idx
                or inner.start < cue.idx
                or cue.tag_ != "VBG"
                or not _direct_cue(cue)
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
            ):
                continue
            # The comma may sit inside the closing mark (“…,” claiming).
            before = text[outer.start : cue.idx].rstrip()
            if not re.search(r",[”\"’]?$", before) or not _contains_marks(before):
                continue
            end = outer.start + len(before)
            outer.end = end - 1 if before.endswith(",") else end
            outer.content_tokens = {i for i in outer.content_tokens if doc[i].idx < outer.end}
            if inner.source is None:
                inner.source = outer.source
    return drafts


def _drop_nested(drafts: list[_Draft]) -> list[_Draft]:
    """One attribution per stretch of reported content: an indirect attribution inside
    another's content ("he said she wants to …") is part of what the outer source
    reported, and is not a statement of its own.

    PolNeAR annotates almost no nested attributions (27 of 3,993 on train); ours had a
    precision of 0.22. Of two drafts with the same content, the one whose cue lies
    outside the content stays, then the one with a source.
    """
    # A "Name: words" line is a layout, not a reported clause: what is attributed
    # inside it stands.
    reported = [d for d in drafts if d.kind != "direct" and d.layout_speaker is None]

    def inside(inner: _Draft, outer: _Draft) -> bool:
        if inner is outer or not (outer.start <= inner.start and inner.end <= outer.end):
            return False
        if (outer.start, outer.end) != (inner.start, inner.end):
            return True
        # Same span: drop the one whose cue is part of the content; else the later one.
        inner_in = inner.cue_token is not None and inner.cue_token.i in inner.content_tokens
        outer_in = outer.cue_token is not None and outer.cue_token.i in outer.content_tokens
        if inner_in != outer_in:
            return inner_in
        if (inner.source is None) != (outer.source is None):
            # "X is expected to travel …, a Lebanese official said": the one with a source
            return inner.source is None
        return drafts.index(inner) > drafts.index(outer)

    return [
        d for d in drafts if d.kind == "direct" or not any(inside(d, outer) for outer in reported)
    ]


def _media_relays(drafts: list[_Draft]) -> list[_Draft]:
    """ "Kim said the country would …, KCNA reported": an outlet's trailing cue whose
    content is another attribution relays that statement; the statement stays, with
    the outlet as its ``via``, and the outlet's own draft goes."""
    relays: list[_Draft] = []
    for outer in drafts:
        cue = outer.cue_token
        if (
            outer.kind == "direct"
            or cue is None
            or not isinstance(outer.source, Span)
            or cue.idx < outer.end
            or not media_source(outer.source)
        ):
            continue
        inner = [
            d
            for d in drafts
            if d is not outer
            and d.kind != "direct"
            and d.cue_token is not None
            and d.cue_token.i in outer.content_tokens
            and outer.start <= d.start
            and d.end <= outer.end
        ]
        for d in inner:
            d.via = d.via or outer.source
        if inner:
            relays.append(outer)
    return [d for d in drafts if all(d is not r for r in relays)]


def _participle_sources(drafts: list[_Draft]) -> None:
    """A participle cue with no subject of its own ("“…,” Kiedis said, mentioning the
    album is …") speaks for the cue it hangs on, however the parser attached it."""
    by_cue = {d.cue_token.i: d for d in drafts if d.cue_token is not None and d.source}
    for draft in drafts:
        cue = draft.cue_token
        if draft.source is not None or cue is None or cue.tag_ != "VBG":
            continue
        token = cue
        for _ in range(4):
            if token.head.i == token.i or token.head.sent != cue.sent:
                break
            token = token.head
            owner = by_cue.get(token.i)
            if owner is not None and owner is not draft:
                draft.source = owner.source
                break
        if draft.source is None and cue.i > 0 and cue.doc[cue.i - 1].text == ",":
            # "Flea shared the news on social media, writing “…”" parsed with "writing"
            # inside the quote: the subject of the nearest finite verb before the comma.
            draft.source = _earlier_subject(cue)
        if draft.source is None and cue.i == cue.sent.start and cue.i > 0:
            # "Maher stated … that the report “wasn’t good.” Adding, “…”": a sentence
            # opened by a participle goes on from the speaker of the sentence before.
            before = cue.doc[cue.i - 1].sent
            earlier = [
                d.source
                for d in drafts
                if d.cue_token is not None
                and d.source is not None
                and before.start <= d.cue_token.i < before.end
            ]
            if earlier:
                draft.source = earlier[-1]


def _possessor_to_clause_subject(drafts: list[_Draft]) -> None:
    """ "Trump offered his early assessment of …", "The GOP leaders have signaled
    their support for …": a statement noun owned by a pronoun, as the object of a verb
    whose subject names someone, is that subject's; the pronoun only points back."""
    for draft in drafts:
        source = draft.source
        if draft.kind == "direct":
            continue
        if source is None:
            # "Trump has responded with attacks on Machado": an unowned statement
            # noun after a verb's preposition is its subject's.
            noun = draft.cue_token
            if noun is None or noun.pos_ != "NOUN" or noun.dep_ != "pobj":
                continue
            if sets_the_scene(noun):
                continue  # "Despite complaints that …, Sanders …": not his complaints
            owner = None
        elif len(source) == 1 and source[0].tag_ == "PRP$" and source[0].dep_ == "poss":
            owner = source[0]
            noun = owner.head
        else:
            continue
        if noun.dep_ == "dobj":
            verb = noun.head
        elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            verb = noun.head.head
        else:
            continue
        if verb.pos_ != "VERB":
            continue
        subject = source_of(verb)
        # A pronoun subject ("he angered leaders with his comments") adds nothing.
        if subject is None or subject.root.pos_ not in ("PROPN", "NOUN"):
            continue
        if subject.start <= noun.i < subject.end:
            continue
        if owner is not None and not _could_own(owner, subject.root):
            continue
        # Without the pronoun's hint, only someone named ("the mine saw demand for
        # coal" has no speaker).
        if owner is None and subject.root.pos_ != "PROPN" and not subject.root.ent_type_:
            continue
        draft.source = subject


def _could_own(pronoun: Token, head: Token) -> bool:
    """The possessive can point back to the subject: "Ryan blasted the FBI for its
    decision" is the FBI's decision, not Ryan's."""
    word = pronoun.lower_
    if word in ("his", "her"):
        return head.ent_type_ not in ("ORG", "GPE", "NORP") and head.tag_ not in ("NNS", "NNPS")
    if word == "its":
        return head.ent_type_ != "PERSON" and head.tag_ not in ("NNS", "NNPS")
    return word == "their"


def _sources_outside_quotes(doc: Doc, direct: list[QuoteSpan], drafts: list[_Draft]) -> None:
    """A speaker is never inside quotation marks when its cue is outside them: the
    parser hung the cue on a verb of the quote ("“… We will achieve justice,” Tulsa
    police Chief Chuck Jordan said" makes "said" a conjunct of "achieve", subject
    "We"). The words between the closing mark and the cue, else the subject of the
    nearest finite verb before the cue outside the quotes, speak instead."""
    quoted = [(m.start, m.end) for m in direct]

    def inside(char: int) -> tuple[int, int] | None:
        return next(((s, e) for s, e in quoted if s <= char < e), None)

    for draft in drafts:
        cue, source = draft.cue_token, draft.source
        if cue is None or not isinstance(source, Span) or not len(source):
            continue
        around = inside(source.start_char)
        if around is None or inside(cue.idx) is not None:
            continue
        draft.source = _between_close_and_cue(doc, around[1], cue) or _subject_outside_quotes(
            cue, quoted
        )


def _speakers_before_trailing_cue(doc: Doc, direct: list[QuoteSpan], drafts: list[_Draft]) -> None:
    """ "“…,” Flynn, a top Trump surrogate, said Thursday on Fox's “Fox and Friends.”":
    the name (and its appositive) between the closing mark and the cue is the speaker,
    whatever the parser made the subject of the cue (here the show after it)."""
    for draft in drafts:
        cue = draft.cue_token
        if draft.kind != "direct" or cue is None or cue.idx < draft.end:
            continue
        mark = next((m for m in direct if m.start <= draft.start < m.end), None)
        if mark is None:
            continue
        run = _appositive_run(doc, mark.end, cue)
        if run is None:
            continue
        source = draft.source
        if source is None or not (run.start <= source.start and source.end <= run.end):
            draft.source = run


def _trailing_appositive_speakers(doc: Doc, drafts: list[_Draft]) -> None:
    """ "Police fired tear gas at supporters of their leader, a police spokeswoman, Rae
    Hamoonga, said.": the parser hangs the speaker on the last noun of the statement
    as its appositive and leaves the cue no subject. The appositives right before the
    cue are the speaker; the statement ends before them."""
    text = doc_text(doc)
    for draft in drafts:
        cue = draft.cue_token
        if draft.kind == "direct" or draft.source is not None or cue is None:
            continue
        if cue.idx < draft.end or text[draft.end : cue.idx].strip() not in (",", ""):
            continue
        tokens = sorted(i for i in draft.content_tokens if doc[i].idx < draft.end)
        if not tokens:
            continue
        start = _appositive_tail(doc, draft.start, tokens[-1])
        if start is None:
            continue
        comma = start - 1
        draft.source = doc[start : tokens[-1] + 1]
        draft.content_tokens = {i for i in draft.content_tokens if i < comma}
        draft.end = doc[comma - 1].idx + len(doc[comma - 1].text)


def _appositive_tail(doc: Doc, content_start: int, last: int) -> int | None:
    """The first token of the comma-separated appositives ending at ``last`` ("a police
    spokeswoman, Rae Hamoonga"), where one of them names someone and they hang on a
    noun earlier in the statement; else None."""
    start = last + 1
    seg_end = last
    named = False
    while True:
        i = seg_end
        while i >= 0 and doc[i].text != "," and doc[i].idx >= content_start:
            i -= 1
        if i < 0 or doc[i].text != "," or i == seg_end:
            break
        segment = doc[i + 1 : seg_end + 1]
        if segment.root.dep_ != "appos" or segment.root.head.i >= i:
            break
        named = named or any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in segment)
        start, seg_end = i + 1, i - 1
        if segment.root.head.i < i and doc[segment.root.head.i].dep_ != "appos":
            break
    if not named or start > last:
        return None
    # Something of the statement must be left before the speaker.
    return start if start - 1 > 0 and doc[start - 2].idx >= content_start else None


def _appositive_run(doc: Doc, close: int, cue: Token) -> Span | None:
    """The noun phrase, with any appositives set off by commas, that fills the gap
    between a closing mark and a reporting verb on the same line: "Flynn, a top Trump
    surrogate,", "a police spokeswoman, Rae Hamoonga,", "the 43-year-old"."""
    if cue.idx < close or "\n" in doc_text(doc)[close : cue.idx]:
        return None
    between = [t for t in doc_tokens(doc) if close <= t.idx < cue.idx and not t.is_space]
    while between and between[0].is_punct:
        between = between[1:]
    while between and between[-1].text == ",":
        between = between[:-1]
    if not between or len(between) > 16 or _has_other_quote("".join(t.text for t in between)):
        return None
    first, last = between[0], between[-1]
    if not (first.text[:1].isupper() or first.pos_ in ("DET", "PRON")):
        return None
    # A clause of its own ("“…,” she said as Trump looked on"), not a noun phrase.
    if any(
        t.pos_ in ("VERB", "AUX", "SCONJ", "ADP")
        and t.is_lower
        and t.tag_ != "VBN"
        and t.lower_ not in ("of", "for", "at", "in", "on", "to")
        for t in between
    ):
        return None
    if last.pos_ not in ("PROPN", "NOUN", "PRON", "NUM", "ADJ") and last.text != ")":
        return None
    return doc[first.i : last.i + 1]


def _between_close_and_cue(doc: Doc, close: int, cue: Token) -> Span | None:
    """ "“…,” Tulsa police Chief Chuck Jordan said", "''…,'' as Eric Garner, gasping
    on a sidewalk, said": a short run of nouns after the closing mark (and an "as"),
    up to the cue or a comma, in the same paragraph."""
    if cue.idx < close or "\n" in doc_text(doc)[close : cue.idx]:
        return None
    between = [t for t in doc_tokens(doc) if close <= t.idx < cue.idx and not t.is_space]
    while between and (between[0].is_punct or between[0].lower_ == "as"):
        between = between[1:]
    comma = next((n for n, t in enumerate(between) if t.is_punct), len(between))
    words = between[:comma]
    if not words or len(words) > 8:
        return None
    # The parser tags an unknown first name as a verb ("Tulsa police Chief …").
    if any(t.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ") and t.is_lower for t in words):
        return None
    last = words[-1]
    if last.pos_ not in ("PROPN", "NOUN", "PRON") and not last.text[:1].isupper():
        return None
    return doc[words[0].i : last.i + 1]


def _subject_outside_quotes(cue: Token, quoted: list[tuple[int, int]]) -> Span | None:
    """The subject of the nearest finite verb before the cue in its sentence, verb and
    subject both outside quotation marks ("Mr. Trump hardly clarified the matter, …
    asserting, ''…''")."""
    for token in reversed(cue.doc[cue.sent.start : cue.i]):
        if any(s <= token.idx < e for s, e in quoted):
            continue
        if token.pos_ not in ("VERB", "AUX") or token.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        subject = _finite_subject(token)
        if subject is None or any(s <= subject.idx < e for s, e in quoted):
            continue
        # Someone named or a pronoun for someone, not a thing ("Acts of protest are …").
        if subject.pos_ not in ("PROPN", "PRON") or subject.lower_ in _NOT_SPEAKERS:
            return None
        return phrase(subject, cut_clauses=True)
    return None


_NOT_SPEAKERS = frozenset(["it", "there", "that", "which", "who", "this", "what"])


def _earlier_subject(cue: Token) -> Span | None:
    for token in reversed(cue.doc[cue.sent.start : cue.i]):
        if token.pos_ in ("VERB", "AUX") and token.tag_ in ("VBD", "VBZ", "VBP"):
            subject = _finite_subject(token)
            if subject is None or subject.lower_ in ("it", "there", "that", "which", "who"):
                return None
            return phrase(subject, cut_clauses=True)
    return None


def _finite_subject(token: Token) -> Token | None:
    """The subject of a finite verb; an auxiliary's is its verb's ("Weaver didn't seem
    impressed, telling reporters", "Trump has delivered a defense …, saying")."""
    for _ in range(3):
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None or token.dep_ not in ("aux", "auxpass") or token.head.i < token.i:
            return subject
        token = token.head  # "didn't seem moved": did -> seem -> moved
    return None


def _split_at_set_off_cues(doc: Doc, drafts: list[_Draft]) -> list[_Draft]:
    """Reported content that holds its own attribution: "The trouble, Frank writes,
    began in the 1970s" is two parts of one statement, the second continuing the first
    (PolNeAR's discontinuous content, like a direct quote broken by "he said")."""
    tokens = doc_tokens(doc)
    text = doc_text(doc)
    out: list[_Draft] = []
    for draft in drafts:
        out += _around_attribution(tokens, text, draft)
    return out


_OPENING_MARKS = frozenset(["“", '"', "«", "‘"])
# What a cue's time or place phrase ("said Tuesday", "writes in the book") never holds.
_NOT_ADJUNCTS = frozenset(
    ["ccomp", "xcomp", "dobj", "nsubj", "nsubjpass", "conj", "cc", "advcl", "parataxis", "mark"]
)


def _start_after_attribution(cue: Token, text: str, draft: _Draft, hi: int) -> None:
    """ "Moments earlier, in his opening remarks, Trump said he was ideally suited":
    what was said is the cue's complement, not the scene set before the attribution."""
    complement = next((c for c in cue.children if c.dep_ in ("ccomp", "xcomp") and c.i > hi), None)
    if complement is None:
        return
    start = complement.left_edge
    if start.idx >= draft.end or _contains_marks(text[draft.start : start.idx]):
        return  # a quotation before the cue is what was said ("“…,” Trump said in …")
    draft.start = start.idx
    draft.content_tokens = {i for i in draft.content_tokens if i >= start.i}
    draft.kind = "mixed" if _contains_marks(text[draft.start : draft.end]) else "indirect"


def _around_attribution(tokens: list[Token], text: str, draft: _Draft) -> list[_Draft]:
    """The draft, or the parts of it, once its own attribution is taken out of its
    content: the two parts either side of an attribution set off by commas; what
    follows a scene-setting opening or a bare "But" ("On ABC Tuesday, he said, “I
    never …”", "But, Carson added, he did not …"); what precedes a writer's "but …"
    clause; the complement of a cue that is not set off."""
    cue = draft.cue_token
    if draft.kind == "direct" or draft.cue is None or cue is None:
        return [draft]
    if not isinstance(draft.source, Span) or not len(draft.source) or not draft.content_tokens:
        return [draft]
    lo = min(draft.source.start, draft.cue.start)
    hi = max(draft.source.end, draft.cue.end) - 1
    content = draft.content_tokens
    if lo - 1 <= min(content) or hi + 1 >= max(content):
        return [draft]
    # "…, the campaign said Tuesday, …", "…, Frank writes in the book, …"
    attached = {cue.i, *range(draft.source.start, draft.source.end), *range(lo, hi + 1)}
    while (
        hi + 1 < len(tokens)
        and tokens[hi + 1].text != ","
        and tokens[hi + 1].head.i in attached
        and tokens[hi + 1].dep_ not in _NOT_ADJUNCTS
        and not any(t.text == "," for t in tokens[hi + 1].subtree)
    ):
        end = tokens[hi + 1].right_edge.i
        attached.update(range(hi + 1, end + 1))
        hi = end
    if hi + 1 < len(tokens) and tokens[hi + 1].text != ",":
        _start_after_attribution(cue, text, draft, hi)
        return [draft]
    if tokens[lo - 1].text != ",":
        return [draft]
    # the draft's words either side of the attribution, whatever the parse hung them on
    inside = tokens_starting_in(cue.doc, draft.start, draft.end)
    head = {i for i in inside if i < lo - 1}
    tail = {i for i in inside if i > hi + 1}
    if not any(tokens[i].is_alpha for i in tail):
        return [draft]
    opener = tokens[min(tail)]
    own_subject = any(
        tokens[i].dep_ in ("nsubj", "nsubjpass") and tokens[i].head.i in tail for i in tail
    )
    if opener.dep_ == "cc" and own_subject and any(tokens[i].is_alpha for i in head):
        # "…, according to a CNN tally, but his pathway …": the writer goes on with a
        # clause of his own ("…, the airline added, and had passed …" goes on with hers)
        return [_part(draft, text, tokens, head)]
    marked = opener.text in _OPENING_MARKS or tokens[opener.i - 1].text in _OPENING_MARKS
    words = [tokens[i] for i in sorted(tail) if tokens[i].is_alpha]
    whole_sentence = marked and words[0].text[:1].isupper()
    bare_conjunction = [tokens[i].dep_ for i in head if not tokens[i].is_punct] == ["cc"]
    if whole_sentence or bare_conjunction:
        return [_part(draft, text, tokens, tail)]
    first = _part(draft, text, tokens, head)
    second = _part(draft, text, tokens, tail)
    second.part_of = first
    return [first, second]


def _part(draft: _Draft, text: str, tokens: list[Token], part: set[int]) -> _Draft:
    """A copy of the draft holding only the tokens ``part`` of its content."""
    first, last = tokens[min(part)], tokens[max(part)]
    out = replace(draft, start=first.idx, end=last.idx + len(last.text), content_tokens=part)
    out.kind = "mixed" if _contains_marks(text[out.start : out.end]) else "indirect"
    return out


def _link_continuations(doc: Doc, drafts: list[_Draft]) -> None:
    """A quote with no cue of its own continues the quote before it in the same or the
    previous paragraph; so does a second quote sharing its cue ("“A,” he said. “B.”")."""
    text = doc_text(doc)
    for draft in drafts:
        if draft.part_of is not None:
            draft.continues = next(k for k, d in enumerate(drafts) if d is draft.part_of)
    _link_run_on_paragraphs(text, drafts)
    for n, draft in enumerate(drafts):
        if n == 0 or draft.continues is not None:
            continue
        prev_n = _continued(drafts, n)
        prev = drafts[prev_n]
        shared_cue = (
            draft.cue_token is not None
            and prev.cue_token is not None
            and draft.cue_token.i == prev.cue_token.i
            and draft.kind == "direct"
        )
        orphan = (
            draft.cue is None
            and draft.layout_speaker is None
            and draft.source is None
            and draft.kind == "direct"
        )
        side_cue = _cue_in_side_remark(drafts, n, prev_n)
        if side_cue:
            # "“A,” Thiel wrote, explaining why he came, “B.”": B is still what was written
            draft.cue, draft.cue_token, draft.source = prev.cue, prev.cue_token, prev.source
            draft.layout_speaker = prev.layout_speaker
        if not (shared_cue or orphan or side_cue):
            continue
        paragraphs_between = _breaks(text, prev.end, draft.start)
        if orphan and paragraphs_between > 1:
            continue
        if prev.source is None and prev.layout_speaker is None and prev.continues is None:
            continue
        draft.continues = prev_n


def _cue_in_side_remark(drafts: list[_Draft], n: int, prev_n: int) -> bool:
    """The direct quote at ``n`` took its cue from a side remark in the previous direct
    quote's own attribution sentence ("“A,” she said when asked what he would do. “B.”",
    "“A,” he answered, referring to X. “B.”"): that remark is what ``_continued``
    skipped, and the quote goes on with the statement before it."""
    draft, prev = drafts[n], drafts[prev_n]
    if (
        prev_n != n - 2
        or draft.kind != "direct"
        or prev.kind != "direct"
        or draft.cue_token is None
        or prev.cue_token is None
        or draft.cue_token.i == prev.cue_token.i
    ):
        return False
    cue = draft.cue_token
    doc = cue.doc
    between = tokens_starting_in(doc, cue.idx + len(cue.text), draft.start)
    if all(doc[i].is_punct or doc[i].is_space for i in between):
        return False  # "…, remarking, “Thank you …”": the remark introduces its own quote
    return (
        cue.sent.start == prev.cue_token.sent.start
        and prev.end <= cue.idx < draft.start
        and cue.i != prev.cue_token.i
        and any(a.i == prev.cue_token.i for a in cue.ancestors)
    )


def _link_run_on_paragraphs(text: str, drafts: list[_Draft]) -> None:
    """Each paragraph of a quote running over several paragraphs continues the one
    before; where only a later paragraph is attributed ("“A.\n“B,” she said."), the
    earlier ones take its speaker."""
    chain: list[_Draft] = []
    for n, draft in enumerate(drafts):
        prev = drafts[n - 1] if n else None
        if (
            draft.runs_on
            and not _transcript_turn(draft)
            and prev is not None
            and prev.kind == "direct"
            and prev.left_open
            and _breaks(text, prev.end, draft.start) <= 1
        ):
            draft.continues = n - 1
            chain.append(draft)
        else:
            chain = [draft]
        attributed = draft.source is not None or draft.layout_speaker is not None
        if draft.continues is not None and attributed:
            for earlier in chain[:-1]:
                if earlier.source is None and earlier.layout_speaker is None:
                    earlier.source, earlier.layout_speaker = draft.source, draft.layout_speaker


def _transcript_turn(draft: _Draft) -> bool:
    """A quoted paragraph opened by its own speaker label starts a new statement."""
    return draft.kind == "direct" and draft.layout_speaker is not None and draft.cue is not None


def _continued(drafts: list[_Draft], n: int) -> int:
    """The draft a direct quote at ``n`` would continue: the one before it, skipping a
    side remark made in the previous direct quote's own attribution sentence
    ("“A,” Trump said, referring to Cruz. “B.”" continues “A”, not "referring") or a
    "he"/"she" remark between two quotes of one paragraph."""
    prev_n = n - 1
    draft, prev = drafts[n], drafts[prev_n]
    if draft.kind != "direct" or prev.kind == "direct" or prev.cue_token is None or n < 2:
        return prev_n
    before = drafts[n - 2]
    if (
        before.kind == "direct"
        and before.cue_token is not None
        and prev.cue_token.sent == before.cue_token.sent
    ):
        return n - 2
    # "“A,” Obama said after the meeting. He didn't suggest retaliation. “B.”": a
    # remark about the same speaker ("he") between two quotes of one paragraph.
    text = doc_text(prev.cue_token.doc)
    if (
        before.kind == "direct"
        and (before.source is not None or before.layout_speaker is not None)
        and prev.source is not None
        and len(prev.source) == 1
        and prev.source[0].lower_ in ("he", "she")
        and _breaks(text, before.end, draft.start) == 0
        # "“A,” I said. He cut me off. “B.”" is someone else.
        and not (
            isinstance(before.source, Span)
            and before.source.root.pos_ == "PRON"
            and before.source.root.lower_ != prev.source[0].lower_
        )
    ):
        return n - 2
    return prev_n


def _drop_unattributed(doc: Doc, drafts: list[_Draft]) -> list[_Draft]:
    """Short quoted phrases with no cue, layout or quote before them are names,
    slogans or headlines, not statements."""
    keep: list[int] = []
    for n, draft in enumerate(drafts):
        orphan = (
            draft.kind == "direct"
            and draft.cue is None
            and draft.layout_speaker is None
            and draft.source is None
        )
        if (
            orphan
            and draft.continues is None
            and len(_words(doc_text(doc)[draft.start : draft.end])) < 6
        ):
            continue
        keep.append(n)
    new_index = {old: new for new, old in enumerate(keep)}
    out = [drafts[n] for n in keep]
    for draft in out:
        if draft.continues is not None:
            draft.continues = new_index.get(draft.continues)
    return out


# --- building Quote items ---------------------------------------------------------


def _ref(span: Span | tuple[int, int] | None, doc: Doc, found: Findings) -> Ref | None:
    if span is None:
        return None
    if isinstance(span, tuple):
        start, end = span
    else:
        start, end = span.start_char, span.end_char
    if end <= start:
        return None
    return Ref(start=start, end=end, text=doc_text(doc)[start:end], entity=None)


def _name_core(span: Span) -> tuple[int, int]:
    """The name inside a speaker phrase: the head with its compound words."""
    root = span.root
    named = titled_name(root)
    if named is not None and named.i < span.end:
        root = named  # "Senate Majority Leader Chuck Schumer": the name, not the Senate
    left = root.i
    for child in root.lefts:
        if child.dep_ in ("compound", "flat") and child.i >= span.start:
            left = min(left, child.i)
    return root.doc[left].idx, root.idx + len(root.text)


def _build(doc: Doc, found: Findings, drafts: list[_Draft]) -> list[Quote]:
    lex = lexicon()
    quotes: list[Quote] = []
    entity_type = {e.id: e.type for e in found.entities}
    names = {e.id: e.name for e in found.entities}
    for n, draft in enumerate(drafts):
        content = TextSpan(draft.start, draft.end, doc_text(doc)[draft.start : draft.end])
        quote = Quote(id=f"q{n + 1}", kind=draft.kind, content=content, channel=draft.channel)
        if draft.cue is not None:
            quote.cue = TextSpan(draft.cue.start_char, draft.cue.end_char, draft.cue.text)
        speaker_span: Span | tuple[int, int] | None = draft.source or draft.layout_speaker
        speaker = _ref(speaker_span, doc, found)
        if speaker is not None:
            speaker.entity = _speaker_entity(doc, found, draft, speaker, quotes)
        relay = draft.via
        if relay is None and isinstance(draft.source, Span) and len(draft.source):
            heads = [draft.source.root]
            cue = draft.cue_token
            if cue is not None:
                heads.append(cue)
            relay = relay_participle(*heads)
            if relay is None and cue is not None and cue.dep_ == "parataxis":
                # "…, Lavrov said, quoted by Interfax.": the parser hangs the
                # participle on the quoted clause; only one after the cue relays.
                relay = relay_participle(cue.head, after=cue.i)
        via = _ref(relay, doc, found)
        if via is not None:
            via.entity = found.mentions.entity_at(via.start, via.end)
        if draft.cue_token is not None:
            # Quotes sharing the cue ("“A,” he wrote on X. “B.”") are none of its clause.
            cue_i = draft.cue_token.i
            shared: set[int] = set().union(
                *(
                    d.content_tokens
                    for d in drafts
                    if d.cue_token is not None and d.cue_token.i == cue_i
                )
            )
            clause = clause_tokens(draft.cue_token, content=shared)
            addressee = addressee_of(draft.cue_token, content=draft.content_tokens)
            quote.addressee = _ref(addressee, doc, found)
            if quote.addressee is not None:
                quote.addressee.entity = found.mentions.entity_at(
                    quote.addressee.start, quote.addressee.end
                )
            quote.channel = channel_of(draft.cue_token, clause)
            if quote.channel == "op_ed" and via is None:
                # "in an op-ed for the Washington Post": the outlet published it.
                via = _outlet_in(doc, found, clause)
            quote.date = _date_in(found, clause, draft, drafts)
            told_outlet = quote.addressee is not None and lex.is_outlet(
                _entity_name(names, quote.addressee)
            )
            if quote.channel is None and told_outlet and draft.cue_token.lemma_ in _INTERVIEW_CUES:
                quote.channel = "interview"
        # Outlets relay what they report; they speak only as institutions (editorials).
        if (
            speaker is not None
            and lex.is_outlet(_entity_name(names, speaker))
            and quote.channel != "op_ed"
        ):
            via = via or speaker
            speaker = None
        quote.speaker = speaker
        quote.via = via
        if draft.continues is not None:
            prev = quotes[draft.continues]
            quote.continues = prev.id
            if quote.speaker is None:
                quote.speaker = prev.speaker
            for attr in ("channel", "via", "date", "addressee"):
                if getattr(quote, attr) is None:
                    setattr(quote, attr, getattr(prev, attr))
        _inherit_context(doc, quote, quotes)
        quote.speaker_kind = _speaker_kind(doc, quote.speaker, entity_type)
        quotes.append(quote)
    return quotes


def _outlet_in(doc: Doc, found: Findings, clause: list[Token]) -> Ref | None:
    lex = lexicon()
    chars = {t.idx for t in clause}
    for ent in found.entities:
        if not lex.is_outlet(ent.name):
            continue
        for mention in ent.mentions:
            if mention.start in chars:
                return Ref(mention.start, mention.end, mention.text, ent.id)
    # An outlet the list lacks is still the one the piece ran in or was written for
    # ("an op-ed published in Folha de S.Paulo", "a column for Le Monde").
    heads = lex.words["publication_heads"]
    for token in clause:
        if token.dep_ != "pobj" or token.head.lower_ not in ("in", "for"):
            continue
        if token.head.head.lemma_.lower() not in heads:
            continue
        for ent in found.entities:
            for mention in ent.mentions:
                if mention.start <= token.idx < mention.end:
                    return Ref(mention.start, mention.end, mention.text, ent.id)
    return None


def _entity_name(names: dict[str, str], ref: Ref) -> str:
    return names.get(ref.entity or "", ref.text) if ref.entity else ref.text


def _inherit_context(doc: Doc, quote: Quote, quotes: list[Quote]) -> None:
    """Channel and relay carry over from the same speaker's previous quote in the same
    or the previous paragraph ("…," he said, according to CNN. "…," he added.)."""
    if quote.speaker is None or quote.speaker.entity is None or quote.continues is not None:
        return
    for prev in reversed(quotes):
        paragraphs = _breaks(doc_text(doc), prev.content.end, quote.content.start)
        if paragraphs > 1:
            return
        if prev.speaker is None or prev.speaker.entity != quote.speaker.entity:
            continue
        # A tweet or a remark to someone new is its own occasion; so is a statement or
        # interview the quote's own clause names ("In a statement published by …").
        own_occasion = quote.channel is not None
        if quote.channel is None and quote.addressee is None and prev.channel != "social_media":
            quote.channel = prev.channel
            if prev.channel == "op_ed" and quote.via is None:
                quote.via = prev.via  # the outlet that published the piece
        if quote.via is None and paragraphs == 0 and not own_occasion:
            quote.via = prev.via
        return


def _speaker_kind(doc: Doc, speaker: Ref | None, entity_type: dict[str, str]) -> str | None:
    if speaker is None:
        return None
    if speaker.entity is not None:
        etype = entity_type.get(speaker.entity)
        return {"PERSON": "person", "ORG": "org", "GROUP": "group", "PLACE": "org"}.get(
            etype or "", "unknown"
        )
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if span is not None and len(span) and _unnamed_group(span):
        return "group"
    words = [w.lower() for w in _words(speaker.text)]
    if words and (words[-1] in lexicon().groups or words[0] in ("some", "others", "many", "most")):
        return "group"
    return "unknown"


def _unnamed_group(source: Span) -> bool:
    """A speaker phrase headed by a common noun for an unnamed group ("officials",
    "sources", "residents", "a source close to …"); a proper-noun head ("Democrats")
    or a named body ("the Kremlin", "Ukraine's air force") is not one."""
    root = source.root
    if root.tag_ == "VBG":
        # "Protesters waving flags" parsed with the participle as the head
        root = next(
            (
                c
                for c in root.children
                if c.dep_ == "nsubj" and c.i in range(source.start, source.end)
            ),
            root,
        )
    return root.pos_ == "NOUN" and root.lower_ in lexicon().groups


def _speaker_entity(
    doc: Doc, found: Findings, draft: _Draft, speaker: Ref, quotes: list[Quote]
) -> str | None:
    index = found.mentions
    if isinstance(draft.source, Span) and len(draft.source):
        if _unnamed_group(draft.source):
            # "Ukrainian officials", "officials in Vilnius", "a source close to the
            # Kremlin": the nationality, place or body named is not who spoke.
            return None
        joint = _first_of_joint_speakers(found, draft.source)
        if joint is not None:
            return joint
        # A mention ending on the speaker's head word ("he", "the Vermont senator") is
        # the entities stage's own reading: it comes before any name inside the phrase.
        head = draft.source.root
        head_end = head.idx + len(head.text)
        subject = plural_antecedent(head, animate)
        if subject is not None:
            # "U.N. officials disputed that account. They said …": the plural subject
            # just before, and its entity only where a mention is headed by it
            end = subject.idx + len(subject.text)
            headed = [
                m
                for m in index.mentions_between(subject.left_edge.idx, end)
                if m[1] == end and m[0] <= subject.idx
            ]
            return min(headed)[2] if headed else None
        own = [
            m
            for m in index.mentions_between(draft.source.start_char, head_end)
            if m[1] == head_end and m[0] <= head.idx
        ]
        if own and (head.lower_ in PRONOUNS or head.pos_ != "PROPN"):
            return (
                _continuing_speaker(doc, found, head, quotes, draft)
                or _salient_subject(doc, found, head, quotes, draft)
                or min(own)[2]
            )
        maker = _document_maker(doc, found, draft.source)
        if maker is not None:
            return maker
        core = _name_core(draft.source)
        entity = index.entity_at(*core)
        if entity is not None:
            entity = _prefer_person(found, entity, doc_text(doc)[core[0] : core[1]])
            return _speaker_not_modifier(found, draft.source, entity)
        root = draft.source.root
        if root.lower_ in ("who", "that", "which") and root.head.dep_ == "relcl":
            # "Smith, who said …": the relative pronoun stands for the noun it hangs on.
            antecedent = phrase(root.head.head, cut_clauses=True)
            entity = index.entity_at(*_name_core(antecedent)) if len(antecedent) else None
            if entity is not None:
                return entity
        if (
            root.lower_ in ("who", "which")
            and root.i > root.sent.start
            and root.nbor(-1).text == ","
        ):
            # "…, according to the WHO, which announced …" parsed without a relative
            # clause: the pronoun still stands for the name before the comma.
            before = index.mentions_between(root.sent.start_char, root.nbor(-1).idx)
            if before:
                return max(before)[2]
        if _document_description(root) and not any(t.pos_ == "PROPN" for t in draft.source):
            # A document with a name in it ("the Reuters/Ipsos poll") is its own author.
            return (
                _same_head_source(doc, root, quotes)
                or _document_author(doc, found, root)
                or _recent_org_source(doc, found, root, quotes)
            )
        apposed = _apposed_person(doc, found, draft.source)
        if apposed is not None:
            return apposed
        if len(draft.source) == 1 and root.lower_ in entity_lexicons().role_heads:
            # a headline's bare "CEO says …": the one person the story gives that office
            holder = _only_holder(found, root.lower_)
            if holder is not None:
                return holder
        if root.lower_ in PRONOUNS or _definite_description(root) or _possessed_body(root):
            return _salient_subject(doc, found, root, quotes, draft) or _fallback_entity(
                doc, found, root, quotes
            )
        entity = _entity_not_possessor(found, draft.source)
        # "A British court": the nationality inside is not who spoke
        return _speaker_not_modifier(found, draft.source, entity) if entity else None
    return index.entity_at(speaker.start, speaker.end)


def _first_of_joint_speakers(found: Findings, source: Span) -> str | None:
    """ "Donald Trump and House Speaker Paul Ryan said": two named speakers joined by
    "and" speak together; the span keeps both and the entity is the first named, the
    way a reader lists them (the parser often makes the last name the head)."""
    if not any(t.lower_ in ("and", "&") for t in source):
        return None
    types = {e.id: e.type for e in found.entities}
    doc = source.doc
    rows = []
    for start, end, entity in found.mentions.mentions_between(source.start_char, source.end_char):
        after = doc.char_span(end, end + 2, alignment_mode="expand")
        if types.get(entity) not in ("PERSON", "ORG", "GROUP"):
            continue
        if after is not None and len(after) and after[0].dep_ == "case":
            continue  # "Smith's lawyer and …": the possessor is not a speaker
        rows.append((start, end, entity))
    head = source.root
    if not any(s <= head.idx < e for s, e, _ in rows):
        return None  # "The lawyers for Smith and Jones": the head is no name
    for token in source:
        if token.lower_ not in ("and", "&") or any(s <= token.idx < e for s, e, _ in rows):
            continue  # an "and" inside a name ("… Prevention and Response Service")
        before = [r for r in rows if r[1] <= token.idx]
        after_and = [r for r in rows if r[0] > token.idx]
        if before and after_and and before[-1][2] != after_and[0][2]:
            gap = doc_text(doc)[before[-1][1] : token.idx].strip(" ,")
            if not gap:
                # the first name, not a body named in a title ("Former U.N. Ambassador
                # Joan Okafor and …")
                heads = [
                    r
                    for r in rows
                    if types.get(r[2]) == "PERSON" or not _only_modifies(doc, r[0], r[1])
                ]
                return min(heads or rows)[2]
    return None


def _only_modifies(doc: Doc, start: int, end: int) -> bool:
    """The mention only modifies a noun after it ("U.N. Ambassador", "Republican
    senators")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return (
        root.dep_ in ("compound", "amod", "nmod")
        and root.head.i >= span.end
        and root.head.pos_ in ("NOUN", "PROPN")
    )


_RELATIVE_PRONOUNS = frozenset(["who", "which", "that"])


@lru_cache(maxsize=1)
def _member_nouns() -> frozenset[str]:
    """Person nouns a body's name may only modify ("a Boeing engineer", "the France
    forward"); "a Boeing spokesman" speaks for Boeing and is not one."""
    lex = entity_lexicons()
    words = _entity_lexicons_module._load("entity_descriptions.json")["member_nouns"]
    spokes = lex.role_family.get("spokesman", frozenset())
    return (frozenset(w.lower() for w in words) | lex.person_nouns) - spokes


def _relative_aside(text: str, quote: Quote, quotes: list[Quote]) -> bool:
    """The quote's speaker is a relative pronoun ("…, who say …") whose person did not
    speak just before in the same paragraph ("…," said Harvey, who admitted …)."""
    speaker = quote.speaker
    if speaker is None or speaker.text.lower() not in _RELATIVE_PRONOUNS:
        return False
    for prev in reversed(quotes):
        if prev.content.end > quote.content.start:
            continue
        if _breaks(text, prev.content.end, quote.content.start) > 0:
            return True
        ref = prev.speaker
        if (
            ref is not None
            and ref.entity == speaker.entity
            and ref.text.lower() not in _RELATIVE_PRONOUNS
        ):
            return False
    return True


def _continuing_speaker(
    doc: Doc, found: Findings, pronoun: Token, quotes: list[Quote], draft: _Draft
) -> str | None:
    """A "he"/"she" that speaks right after someone of that gender spoke is, in news
    copy, that same speaker ("Cox says Obama is … He says …"): the previous quote's
    person in the same or the previous paragraph, where the gender does not clash."""
    word = pronoun.lower_
    if word not in ("he", "she") or not pronoun.dep_.startswith("nsubj"):
        return None
    text = doc_text(doc)
    types = {e.id: e.type for e in found.entities}
    clash = "f" if word == "he" else "m"
    text_end = len(text)
    for quote in reversed(quotes):
        if _breaks(text, quote.content.end, pronoun.idx) > 1:
            return None
        entity = quote.speaker.entity if quote.speaker else None
        if entity is None:
            continue
        if types.get(entity) != "PERSON" or _genders(found).get(entity) == clash:
            return None
        if _relative_aside(text, quote, quotes):
            # "Brandt declined to criticise Hale, who argue …. He brushed aside …": the
            # speaker of a relative clause is no topic the next sentence goes on with.
            return None
        # Someone else made the subject (or the owner of the subject: "Francis' message
        # is …") in between ("Biden rubbished Trump's claim. '…,' he said") takes over;
        # the entities stage reads that better.
        since = min(quote.content.start, quote.speaker.start if quote.speaker else text_end)
        for start, end, other in found.mentions.mentions_between(since, pronoun.idx):
            quoted = quote.content.start <= start < quote.content.end or (
                draft.start <= start < draft.end
            )
            if quoted or other == entity:
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if (
                types.get(other) == "PERSON"
                and span is not None
                and span.root.pos_ == "PROPN"
                and span.root.dep_ in ("nsubj", "nsubjpass", "poss")
            ):
                return None
        return entity
    return None


def _salient_subject(
    doc: Doc, found: Findings, pronoun: Token, quotes: list[Quote], draft: _Draft
) -> str | None:
    """A "he"/"she" speaking is the person who was the main subject just before, in
    this or the previous paragraph: "Bush is panning Obama's measures in an op-ed. He
    says …" is Bush, not the Obama named since. A sentence (cut at paragraph ends)
    counts by its leftmost subject outside subordinate clauses and outside what was
    quoted (the reported "Cruz is right, Viguerie argues" is not about Cruz); the
    pronoun's own sentence counts up to the pronoun ("Rubio is trailing — and he
    says …"). Earlier pronoun subjects and people of the other gender are passed over."""
    word = pronoun.lower_
    if word not in ("he", "she") or not pronoun.dep_.startswith("nsubj"):
        return None
    text = doc_text(doc)
    types = {e.id: e.type for e in found.entities}
    genders = _genders(found)
    clash = "f" if word == "he" else "m"
    quoted = [(q.content.start, q.content.end) for q in quotes]
    quoted.append((draft.start, draft.end))
    tokens = doc_tokens(doc)
    limit = _paragraph_start(text, pronoun.idx, back=1)
    first = token_index_at(doc, limit)
    leading: list[Token] = []
    open_stretch = True
    for token in tokens[first : pronoun.i]:
        if token.is_sent_start or "\n" in token.text:
            open_stretch = True
        if not open_stretch or token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb = token.head
        if verb.dep_ in _SUBORDINATE or any(c.dep_ == "mark" for c in verb.children):
            continue
        if any(s <= token.idx < e for s, e in quoted):
            continue
        open_stretch = False
        leading.append(token)
    for subject in reversed(leading):
        if subject.lower_ in PRONOUNS:
            continue
        span = phrase(subject, cut_clauses=True)
        ent = found.mentions.entity_at(*_name_core(span)) if len(span) else None
        apposed = next((c for c in subject.children if c.dep_ == "appos"), None)
        if ent is None and apposed is not None:
            # "Ellison’s father, the Rev. Charles Ellison Jr., knew …"
            ent = found.mentions.entity_at(*_name_core(phrase(apposed, cut_clauses=True)))
        if ent is None or types.get(ent) != "PERSON" or genders.get(ent) == clash:
            if _one_unnamed_person(subject, word):
                return None  # "A party spokesman dismissed the poll. '…,' he said"
            continue
        return ent
    return None


def _one_unnamed_person(subject: Token, pronoun: str) -> bool:
    """Whether a subject brings in one person by description only ("a party spokesman",
    "an aide"), of a gender the pronoun allows: the pronoun's likeliest antecedent."""
    lex = entity_lexicons()
    word = subject.lower_
    return (
        subject.pos_ == "NOUN"
        and subject.tag_ == "NN"
        and (word in lex.person_nouns or word in lex.role_heads)
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children)
        and word not in (lex.female_nouns if pronoun in ("he", "him", "his") else lex.male_nouns)
    )


# A subject of a verb in these relations is not the sentence's main subject ("If Trump
# loses, he said …").
_SUBORDINATE = frozenset(["advcl", "relcl", "acl", "csubj", "pcomp", "xcomp"])


def _entity_not_possessor(found: Findings, source: Span) -> str | None:
    """The longest mention inside the speaker phrase that is not a possessive pronoun
    before a person noun: in "his spokeswoman", "his aides" the "his" is someone else
    ("his remarks", "his campaign" are his)."""
    ent_lex = entity_lexicons()
    people = ent_lex.role_heads | ent_lex.person_nouns | ent_lex.kinship.keys() | lexicon().groups
    # "his aides", "Okafor's lawyers": the possessor of people is not who spoke
    possessive = [t.idx for t in source if t.dep_ == "poss" and t.head.lemma_.lower() in people]
    rows = [
        r
        for r in _mentions_outside_clauses(found, source)
        if not any(r[0] <= at < r[1] for at in possessive)
    ]
    if not rows:
        return None
    # A person named in the phrase speaks before a body or place named beside them
    # ("Palm Beach County Supervisor of Elections Susan Bucher").
    types = {e.id: e.type for e in found.entities}
    persons = [r for r in rows if types.get(r[2]) == "PERSON"]
    return max(persons or rows, key=lambda r: (r[1] - r[0], r[0]))[2]


def _mentions_outside_clauses(found: Findings, source: Span) -> list[tuple[int, int, str]]:
    """Mentions inside a speaker phrase but not inside a clause on it: a name in
    "Rihanna, who was honored with the … award" or "some Democrats, who cringe at …
    Obama" is not who spoke."""
    clauses = [
        (t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text))
        for t in source
        if t.dep_ in ("relcl", "acl", "advcl") and t.i > source.root.i
    ]
    return [
        r
        for r in found.mentions.mentions_between(source.start_char, source.end_char)
        if not any(s <= r[0] < e for s, e in clauses)
    ]


def _speaker_not_modifier(found: Findings, source: Span, entity: str) -> str | None:
    """A nationality or place inside a speaker phrase is rarely the speaker.

    "His Azerbaijani counterpart, Jeyhun Bayramov" is the person named in the phrase;
    "Residents of Jermuk" or "Afghan officials" headed by a common noun are an unnamed
    group. A place or group that heads the phrase ("Baku said") stays the speaker.
    """
    types = {e.id: e.type for e in found.entities}
    if types.get(entity) in ("ORG", "PLACE", "GROUP") and _body_before_person_noun(
        found, source, entity
    ):
        # "A Boeing quality engineer", "the France forward": the body only says where
        # the person works or plays; a person named in the phrase, else no one
        people = [
            (end - start, other)
            for start, end, other in _mentions_outside_clauses(found, source)
            if types.get(other) == "PERSON"
        ]
        return max(people)[1] if people else None
    if types.get(entity) not in ("GROUP", "PLACE"):
        return entity
    text = found.article.text
    named = [
        (end - start, other)
        for start, end, other in _mentions_outside_clauses(found, source)
        if types.get(other) in ("PERSON", "ORG") and text[start:end].lower() not in PRONOUNS
    ]
    if named:
        return max(named)[1]
    if source.root.pos_ == "NOUN":
        return None
    return entity


def _body_before_person_noun(found: Findings, source: Span, entity: str) -> bool:
    """The phrase is headed by a common noun for a person ("engineer", "whistleblower",
    "forward") that the body's mention only modifies, and not by a noun for a body or a
    document ("the Boeing board", "a Boeing statement")."""
    root = source.root
    # "forward" may be tagged an adverb ("the France forward told …")
    if root.pos_ not in ("NOUN", "ADV") or root.tag_ not in ("NN", "RB"):
        return False
    if root.lemma_.lower() not in _member_nouns():
        return False
    rows = [
        r
        for r in found.mentions.mentions_between(source.start_char, root.idx)
        if r[2] == entity and r[1] <= root.idx
    ]
    if not rows:
        return False
    doc = source.doc
    for start, end, _ in rows:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        head = span.root
        if head.dep_ not in ("compound", "amod", "nmod") or not span.end <= head.head.i <= root.i:
            return False
    return True


def _only_holder(found: Findings, noun: str) -> str | None:
    """The one person in the story with a role of the office ``noun`` names ("CEO" →
    "Chief executive Jensen Huang"); None when none or several."""
    family = entity_lexicons().role_family.get(noun, frozenset()) | {noun}
    holders = [
        e.id
        for e in found.entities
        if e.type == "PERSON"
        and any(role.split() and role.split()[-1].lower() in family for role in e.roles)
    ]
    return holders[0] if len(holders) == 1 else None


def _apposed_person(doc: Doc, found: Findings, source: Span) -> str | None:
    """ "The United Nations envoy for Sudan, Ramtane Lamamra": a person's name set off by
    a comma at the end of the speaker phrase is who spoke, however the parser hung it."""
    people = {e.id for e in found.entities if e.type == "PERSON"}
    text = doc_text(doc)
    for start, end, entity in found.mentions.mentions_between(source.start_char, source.end_char):
        if (
            entity in people
            and end == source.end_char
            and start > source.start_char
            and text[:start].rstrip().endswith(",")
        ):
            return entity
    return None


def _prefer_person(found: Findings, entity: str, name: str) -> str:
    """A bare surname the tagger took for an organisation ("Holloway told reporters")
    belongs to the person of that surname named earlier."""
    ent = next((e for e in found.entities if e.id == entity), None)
    if ent is None or ent.type == "PERSON" or " " in name.strip():
        return entity
    for other in found.entities:
        if other.type == "PERSON" and other.name.split()[-1] == name.strip() and " " in other.name:
            return other.id
    return entity


def _possessed_body(root: Token) -> bool:
    """ "His party", "the minister's office": a body owned by someone is the body,
    resolved by its noun, never its owner."""
    noun = root.lemma_.lower()
    return (
        root.pos_ == "NOUN"
        and root.tag_ == "NN"
        and any(c.dep_ == "poss" for c in root.children)
        and (noun in _ORG_DESCRIPTIONS or noun in entity_lexicons().org_nouns)
        # "her campaign", "Clinton's team": the owner's own people speak for the owner
        and noun not in _WORDS["entourage_nouns"]
    )


def _definite_description(root: Token) -> bool:
    """ "the group", "the Vermont senator": a singular common noun after "the"."""
    return (
        root.pos_ == "NOUN"
        and root.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in root.children)
        and root.lower_ not in lexicon().groups
    )


def _document_maker(doc: Doc, found: Findings, source: Span) -> str | None:
    """ "a Marist College poll for NBC News", "early results of the exit poll conducted
    by Edison Research for the AP", "a study by Michael Greenstone": a document named
    with its makers speaks for the first person named in it, else the first
    organisation (the pollster before the client)."""
    root = source.root
    noun = root
    if root.lemma_.lower() not in _DOCUMENTS:
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if pobj is None or pobj.lemma_.lower() not in _DOCUMENTS:
            return None
        noun = pobj
    if noun.pos_ != "NOUN":
        return None
    types = {e.id: e.type for e in found.entities}
    # Not a mention that is the document phrase itself (the entities stage may have
    # linked "the report" to someone), nor a pronoun.
    rows = [
        r
        for r in found.mentions.mentions_between(source.start_char, source.end_char)
        if doc_text(doc)[r[0] : r[1]].lower() not in PRONOUNS
        and not r[0] <= noun.idx < r[1]
        and _names_maker(doc, r, noun)
    ]
    for wanted in ("PERSON", "ORG"):
        # The first named; of two starting together the longer ("Washington Post-ABC News").
        for _start, _end, entity in sorted(rows, key=lambda r: (r[0], -r[1])):
            if types.get(entity) == wanted:
                return entity
    return None


def _names_maker(doc: Doc, row: tuple[int, int, str], noun: Token) -> bool:
    """A name before the document noun ("a Marist College poll", "the AP's report") or
    under "by"/"from" after it ("a study by Harvard") made it; one under "into",
    "of", "for" ("an investigation into Clinton", "a poll for NBC") is its topic or
    client."""
    if row[1] <= noun.idx:
        return True
    span = doc.char_span(row[0], row[1], alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    for _ in range(6):
        if token.i == noun.i or token.head.i == token.i:
            return False
        if token.dep_ == "pobj" and token.head.lower_ in ("by", "from"):
            return True
        if token.dep_ == "agent":
            return True
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ in ("relcl", "acl"):
            # "a statement the company released", "an interview his brother gave"
            return token.head.head.i == noun.i
        token = token.head
    return False


def _document_description(root: Token) -> bool:
    """ "the poll", "the reports", "this study": a document noun after "the"/"this"."""
    return (
        root.pos_ == "NOUN"
        and root.lemma_.lower() in _DOCUMENTS
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in root.children)
    )


def _recent_org_source(doc: Doc, found: Findings, root: Token, quotes: list[Quote]) -> str | None:
    """ "The State Department Refugee Processing Center said … According to the data, …":
    a document nobody is named as making is the latest organisation that spoke (speaker
    or relay) in this or the previous paragraph."""
    text = doc_text(doc)
    types = {e.id: e.type for e in found.entities}
    for quote in reversed(quotes):
        if _breaks(text, quote.content.end, root.idx) > 1:
            return None
        for ref in (quote.speaker, quote.via):
            if ref is not None and ref.entity is not None and types.get(ref.entity) == "ORG":
                return ref.entity
    return None


def _document_author(doc: Doc, found: Findings, root: Token) -> str | None:
    """The document's author: the organisation or person that modifies, owns or is the
    nearest earlier document noun within three paragraphs ("a Morning Consult poll
    found …", "Federal Election Commission reports", "the AP report")."""
    text = doc_text(doc)
    types = {e.id: e.type for e in found.entities}
    limit = _paragraph_start(text, root.idx, back=2)
    rows = found.mentions.mentions_between(limit, root.sent.start_char)
    for start, end, entity in reversed(rows):
        if types.get(entity) not in ("ORG", "PERSON"):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        if head.lemma_.lower() in _DOCUMENTS:
            return entity  # "the Morning Consult Poll"
        if head.dep_ in ("compound", "poss", "nmod") and head.head.lemma_.lower() in _DOCUMENTS:
            return entity  # "the AP report", "its annual poll"
        prep = head.head
        if (
            head.dep_ == "pobj"
            and prep.lower_ in ("by", "from")
            and prep.head.lemma_.lower() in _DOCUMENTS
        ):
            return entity  # "a web video by the Republican National Committee"
        if (
            types.get(entity) == "ORG"
            and head.dep_ == "nsubj"
            and any(
                t.lemma_.lower() in _DOCUMENTS and t.dep_ in ("dobj", "pobj")
                for t in head.head.subtree
                if t.sent == head.sent
            )
        ):
            return entity  # "Reuters reviewed the records for a study"
    return None


def _fallback_entity(doc: Doc, found: Findings, root: Token, quotes: list[Quote]) -> str | None:
    """FALLBACK while the entities stage does not resolve a pronoun or description
    speaker: the most recent compatible speaker within two paragraphs, else (pronouns
    and organisation descriptions only) the most recent compatible mention in the same
    or the previous paragraph, skipping whoever is named in the same sentence.

    he/she → a PERSON; it, they, "the group", "the company" → an organisation or
    group; another definite description ("the Vermont senator") → the most recent
    PERSON speaker only; "the poll", "the report" → the most recent source with the
    same head noun. Conservative by design: nothing beyond two paragraphs back.
    """
    word = root.lower_
    owned = _possessed_body(root)
    same_head = _same_head_source(doc, root, quotes)
    if same_head is not None:
        return same_head
    speakers_only = False
    ent_lex = entity_lexicons()
    noun = root.lemma_.lower()
    if word in _MALE_FEMALE:
        wanted = {"PERSON"}
    elif word in ("it", "they") or noun in _ORG_DESCRIPTIONS or noun in ent_lex.org_nouns:
        wanted = {"ORG", "GROUP"}  # "the regulator", "the lender": never a person
    elif word not in PRONOUNS:
        wanted, speakers_only = {"PERSON"}, True
    else:
        return None
    types = {e.id: e.type for e in found.entities}
    if owned:
        # "the company's largest union", "the party's youth wing": the body is owned by
        # its possessor, never the possessor itself
        types = {k: v for k, v in types.items() if k not in _possessors(found, root)}
    if word not in PRONOUNS and wanted == {"ORG", "GROUP"}:
        # "the commission" after "Kenya's electoral commission": the one body named
        # earlier with that noun, however far back; "the army" after "the Sudanese
        # army" and "the Rapid Support Forces": the one with the noun itself first.
        earlier = [
            e.id
            for e in found.entities
            if types.get(e.id) in wanted and any(m.start < root.idx for m in e.mentions)
        ]
        for exact in (True, False):
            named = {e for e in earlier if _carries_noun(found, e, root, exact=exact, named=owned)}
            if len(named) == 1:
                return named.pop()
            if named:
                types = {k: v for k, v in types.items() if k in named}
                break
        if owned and not named:
            # "the company's largest union" before "The National … Union said": the
            # one body in the story whose name carries the noun, named later
            later = {
                e.id
                for e in found.entities
                if types.get(e.id) in wanted
                and _carries_noun(found, e.id, root, exact=True, named=True)
            }
            if len(later) == 1:
                return later.pop()
    if wanted == {"ORG", "GROUP"} and word not in PRONOUNS:
        # "The interior ministry", "the government", "the union": a description that
        # says which kind of body it is only stands for one whose name or mentions carry
        # its noun, never for the latest organisation of another kind ("the Supreme
        # Court", a river the tagger took for one); "the company", "the group" fit any
        # body but those their noun excludes.
        fits = entity_lexicons().org_nouns.get(noun, frozenset())
        if "*" in fits and not _modified(root):
            types = {k: v for k, v in types.items() if not _excluded(found, k, fits)}
        else:
            types = {k: v for k, v in types.items() if _carries_noun(found, k, root, named=owned)}
    # "she" never takes a man the entities stage knows as one, nor "he" a woman.
    if word in _MALE_FEMALE:
        clash = "f" if word in ("he", "him", "his") else "m"
        types = {k: v for k, v in types.items() if _genders(found).get(k) != clash}
    text = doc_text(doc)
    # Descriptions look back one paragraph at most, pronouns two.
    reach = 1 if speakers_only else 2
    if speakers_only:
        # "The minister said" never stands for a person the story gives only another
        # office ("Justice Clarence Thomas", "its spokesman, He Yadong")
        types = {k: v for k, v in types.items() if not _office_clash(found, k, noun)}
    for quote in reversed(quotes):
        if _breaks(text, quote.content.end, root.idx) > reach:
            break
        entity = quote.speaker.entity if quote.speaker else None
        if entity is not None and types.get(entity) in wanted:
            return entity
        if word in _MALE_FEMALE and quote.speaker and _unnamed_person(doc, quote.speaker, word):
            # "A Conservative Party spokesman dismissed the poll. '…,' he said": the
            # spokesman again (speaking for his party), not the last named speaker
            return entity
    # A description ("the billionaire", "the senator") with no earlier speaker takes
    # the most recent person named in its own paragraph; a pronoun looks one further.
    limit = _paragraph_start(text, root.idx, back=0 if speakers_only else 1)
    sent = root.sent
    # Whoever is named in the same sentence is not the antecedent ("The group told
    # the BBC they … with the Taliban" is not the Taliban); a pronoun there the
    # entities stage linked ("The senator said she would …") names no one.
    same_sentence = {
        ent.id
        for ent in found.entities
        for m in ent.mentions
        if sent.start_char <= m.start < sent.end_char
        and not (m.start <= root.idx < m.end)
        and m.text.lower() not in PRONOUNS
    }
    best: tuple[int, int, str] | None = None
    lex = lexicon()
    for ent in found.entities:
        if types.get(ent.id) not in wanted or ent.id in same_sentence:
            continue
        if lex.is_outlet(ent.name):
            continue  # an outlet relays what others said; "It said" is not Reuters
        for mention in ent.mentions:
            if not limit <= mention.start < root.idx or _in_dateline(text, mention.start):
                continue  # "LONDON (Reuters) -": the place and agency only file the story
            # the latest mention; of two starting together the longer ("Ukrainian
            # forces", not the "Ukrainian" inside it)
            if best is None or (mention.start, mention.end) > best[:2]:
                best = (mention.start, mention.end, ent.id)
    return best[2] if best else None


def _possessors(found: Findings, root: Token) -> set[str]:
    """The entities of the possessor of ``root`` ("the company" in "the company's union")."""
    out = set()
    for child in root.children:
        if child.dep_ == "poss":
            start = child.left_edge.idx
            end = child.idx + len(child.text)
            out |= {r[2] for r in found.mentions.mentions_between(start, end)}
    return out


def _unnamed_person(doc: Doc, speaker: Ref, pronoun: str) -> bool:
    """Whether a speaker phrase brings in one person described, not named ("a party
    spokesman", "an aide"), of a gender the pronoun allows ("the GOP candidate" and "her
    daughter" point back to someone the story knows)."""
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if span is None or not len(span) or span[0].lower_ not in ("a", "an"):
        return False
    if any(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in span):
        return False
    return _one_unnamed_person(span.root, pronoun)


def _office_clash(found: Findings, entity_id: str, noun: str) -> bool:
    """The description's office (``noun``: "minister", "senator") is not of the family of
    any role the story gives the entity, and it has some."""
    lex = entity_lexicons()
    if noun not in lex.role_heads:
        return False
    entity = next((e for e in found.entities if e.id == entity_id), None)
    if entity is None or not entity.roles:
        return False
    family = lex.role_family.get(noun, frozenset({noun}))
    heads = {role.split()[-1].lower() for role in entity.roles if role.split()}
    return not any(
        head in family or noun in lex.role_family.get(head, frozenset({head})) for head in heads
    )


def _in_dateline(text: str, char: int) -> bool:
    """Whether ``char`` lies in the dateline its paragraph opens with."""
    end = dateline_end(text, _paragraph_start(text, char))
    return end is not None and char < end


def _modified(root: Token) -> bool:
    """ "the interior ministry", "the Congolese government", "the ministry of health"."""
    return any(
        c.dep_ in ("amod", "compound", "nmod", "poss") or (c.dep_ == "prep" and c.lower_ == "of")
        for c in root.children
    )


def _carries_noun(
    found: Findings, entity: str, root: Token, *, exact: bool = False, named: bool = False
) -> bool:
    """The body's name or mentions carry the description's noun or (unless exact) a
    name head that noun fits ("the regulator" → "… Conduct Authority", "the ministry" →
    "… Department"); a noun right after a mention counts ("the IG Metall union")."""
    noun = root.lemma_.lower()
    fits = {noun, root.lower_}
    if not exact:
        fits |= {f for f in entity_lexicons().org_nouns.get(noun, ()) if f.isalpha()}
    ent = next((e for e in found.entities if e.id == entity), None)
    if ent is None:
        return False
    text = found.article.text
    # named: only the names ("His party" is a party named so, not one a description
    # was linked to)
    mentions = [m for m in ent.mentions if not named or m.text[:1].isupper()]
    if named:
        mentions = [m for m in mentions if m.text.split()[0].lower() not in ("the", "a", "an")]
    # the noun itself only: "Samsung workers" are people, not a union ("… Workers Union")
    after = {w.lower() for m in mentions for w in _word_after(found, text, m.end, entity)} & {
        noun,
        root.lower_,
    }
    texts = (ent.name, *ent.aliases, *(m.text for m in mentions))
    if named:
        texts = tuple(t for t in texts if t[:1].isupper())
    words = {w.strip(".,'’").lower() for t in texts for w in t.split()} | after
    # "Defence Ministry's": a word that begins with the noun ("nonunion" does not)
    starts = re.compile(r"\b" + re.escape(noun))
    return bool(words & fits) or (not exact and any(starts.search(t.lower()) for t in texts))


def _word_after(found: Findings, text: str, end: int, entity: str) -> list[str]:
    """The word right after a mention ending at ``end`` (as a list of at most one), unless
    it belongs to another entity's name ("Samsung Electronics" inside "National Samsung
    Electronics Union" does not make the company a union)."""
    match = _WORD.search(text, end, end + 30)
    if match is None:
        return []
    other = found.mentions.entity_at(match.start(), match.end())
    if other is not None and other != entity:
        return []
    return [match.group()]


def _excluded(found: Findings, entity: str, fits: frozenset[str]) -> bool:
    """A body whose name ends in a word the description excludes ("the company" is no
    "… Commission")."""
    ent = next((e for e in found.entities if e.id == entity), None)
    if ent is None:
        return False
    last = (_WORD.findall(ent.name.lower()) or [""])[-1]
    return "-" + last in fits


def _same_head_source(doc: Doc, root: Token, quotes: list[Quote]) -> str | None:
    """ "The poll", "the report", "the lawsuit": the most recent earlier source (speaker
    or relay) with the same head noun and an entity ("a CNN/ORC poll") within three
    paragraphs."""
    if root.pos_ != "NOUN":
        return None
    text = doc_text(doc)
    lemma = root.lemma_.lower()
    for quote in reversed(quotes):
        if _breaks(text, quote.content.end, root.idx) > 3:
            break
        for ref in (quote.speaker, quote.via):
            if ref is None or ref.entity is None or ref.start >= root.idx:
                continue
            span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
            if span is not None and span.root.lemma_.lower() == lemma:
                return ref.entity
    return None


def _genders(found: Findings) -> dict[str, str]:
    """Entity id → "m"/"f" where the entities stage shows it: the pronouns it resolved
    to the entity (by majority), else a gendered title or first name."""
    lex = entity_lexicons()
    out: dict[str, str] = {}
    for ent in found.entities:
        if ent.type != "PERSON":
            continue
        words = [m.text.lower() for m in ent.mentions]
        male = sum(w in ("he", "him", "his", "himself") for w in words)
        female = sum(w in ("she", "her", "hers", "herself") for w in words)
        if male != female:
            out[ent.id] = "m" if male > female else "f"
            continue
        for name in (ent.name, *ent.aliases):
            first = name.split()[0].lower().rstrip(".") if name.split() else ""
            if first in lex.male_titles or first in lex.male_names:
                out[ent.id] = "m"
                break
            if first in lex.female_titles or first in lex.female_names:
                out[ent.id] = "f"
                break
    return out


def _date_in(
    found: Findings, clause: list[Token], draft: _Draft, drafts: list[_Draft]
) -> str | None:
    """A date in the attribution clause ("told the BBC this week", "on Tuesday"), never
    one inside what this or another quote reports ("… agreed to meet before the end of
    the year")."""
    if not clause:
        return None
    chars = [(t.idx, t.idx + len(t.text)) for t in clause]
    lo, hi = min(c[0] for c in chars), max(c[1] for c in chars)
    for date in found.dates:
        if date.precision == "duration":
            continue  # "for a week": how long, not when it was said
        if any(d.start <= date.start < d.end for d in drafts):
            continue
        if lo <= date.start and date.end <= hi:
            inside = any(s <= date.start < e for s, e in chars)
            if inside:
                return date.id
    return None


# --- first-person pronouns in direct quotes ---------------------------------------


def first_person_mentions(doc: Doc, found: Findings) -> dict[str, list[TextSpan]]:
    """ "I"/"my" inside a person's direct quote, "we"/"our" inside an organisation's,
    as extra mentions of the speaker entity (not already known to the index)."""
    types = {e.id: e.type for e in found.entities}
    out: dict[str, list[TextSpan]] = {}
    for quote in found.quotes:
        if quote.kind != "direct" or quote.speaker is None or quote.speaker.entity is None:
            continue
        entity = quote.speaker.entity
        words = _FIRST_SINGULAR if types.get(entity) == "PERSON" else _FIRST_PLURAL
        if types.get(entity) not in ("PERSON", "ORG", "GROUP"):
            continue
        for token in (
            doc.char_span(quote.content.start, quote.content.end, alignment_mode="expand") or []
        ):
            if token.lower_ not in words:
                continue
            start, end = token.idx, token.idx + len(token.text)
            if found.mentions.entity_at(start, end) is not None and (start, end) in {
                (m.start, m.end) for e in found.entities for m in e.mentions
            }:
                continue
            out.setdefault(entity, []).append(TextSpan(start, end, token.text))
    return out


def add_speaker_mentions(doc: Doc, found: Findings) -> list[Entity]:
    """Pipeline stage after quotes: the entities with first-person mentions added."""
    extra = first_person_mentions(doc, found)
    for entity in found.entities:
        if entity.id in extra:
            entity.mentions.extend(extra[entity.id])
            entity.mentions.sort(key=lambda m: m.start)
    return found.entities


def dates_to_reanchor(found: Findings) -> list[tuple[str, str]]:
    """(date id, anchor value) for dates inside a direct quote whose own date differs
    from the publication date: "today" in an op-ed dated August 18 means August 18.

    The time stage owns date values; this is the hook it (or the pipeline) calls to
    re-anchor such dates once quotes are known.
    """
    by_id = {d.id: d for d in found.dates}
    out: list[tuple[str, str]] = []
    for quote in found.quotes:
        anchor = by_id.get(quote.date or "")
        if quote.kind == "indirect" or anchor is None or not _DAY.fullmatch(anchor.value or ""):
            continue
        if found.article.published and anchor.value == found.article.published[:10]:
            continue
        for date in found.dates:
            if quote.content.start <= date.start and date.end <= quote.content.end:
                out.append((date.id, str(anchor.value)))
    return out


def reanchor_dates(doc: Doc, found: Findings) -> list[DateItem]:
    """Pipeline stage after quotes: the dates, those inside a quote said on another
    day read against that day (ids and offsets unchanged)."""
    moves = dict(dates_to_reanchor(found))
    if not moves:
        return found.dates
    from newsgraph.extract.time import reanchor  # the time stage owns date values

    return [reanchor(d, moves[d.id]) if d.id in moves else d for d in found.dates]
