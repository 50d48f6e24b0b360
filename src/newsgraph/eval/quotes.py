"""Score quotation extraction against PolNeAR attribution annotations (BRAT standoff).

    newsgraph eval quotes --gold ../shared/data/quotes/polnear/dev --json

Each gold attribution (Content, Source, Cue) is compared with each predicted quote
(content, speaker — or the relay when an outlet is only relaying — and cue). A quote
that ``continues`` another is scored as one more fragment of it, as PolNeAR joins a
quote broken by "he said" into one discontinuous Content.

- tokens are words and single punctuation marks (a colon can be a cue);
- ``exact``: the spans cover the same tokens (spacing aside);
- ``overlap``: the spans share at least one token;
- matching is one to one, greedily by the number of shared tokens;
- ``attribution``: content overlap-matched and the sources overlap (or both absent);
- ``resolution``: of the gold attributions whose source is a name, a pronoun or a
  definite description, the share whose matched quote's speaker entity carries the
  gold source's name (its last word, e.g. the surname). The gold name is the first
  person named in the source span, else the first organisation or place, else the
  first run of proper nouns. A pronoun or description takes the name of the nearest earlier
  gold source that contains a proper name (PolNeAR has no coreference chains; this
  stands in for "the nearest proper-name mention of the source chain"). Sources that
  name no one ("officials", "7 percent") are left out. Where the scored source is the
  relay (an outlet reporting, ``via``), its entity is the one checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from newsgraph.eval.brat import GoldDocument, read_corpus
from newsgraph.eval.scoring import emit, prf
from newsgraph.record import Record

__all__ = ["PredictedAttribution", "command", "evaluate", "predictions_from_record", "score"]

Fragments = tuple[tuple[int, int], ...]
# Candidate name spans (start, end, is a person) in order of preference.
Names = list[tuple[int, int, bool]]
_TOKEN = re.compile(r"\w+|[^\w\s]")
_WORD = re.compile(r"\w+")
# A possessive ending ("Clinton’s"), not the apostrophe inside "O'Hanlon".
_POSSESSIVE = re.compile(r"['’]s?(?!\w)")
_PRONOUNS = frozenset(
    [
        "he",
        "she",
        "him",
        "her",
        "his",
        "it",
        "its",
        "they",
        "them",
        "their",
        "we",
        "us",
        "our",
        "i",
        "me",
        "my",
    ]
)
_DETERMINERS = frozenset(["the", "this", "that", "these", "those"])


@dataclass
class PredictedAttribution:
    content: Fragments
    source: Fragments | None = None
    cue: Fragments | None = None
    speaker_names: tuple[str, ...] = ()


def predictions_from_record(record: Record) -> list[PredictedAttribution]:
    """One predicted attribution per quote chain (a quote plus its continuations)."""
    names: dict[str, tuple[str, ...]] = {e.id: (e.name, *e.aliases) for e in record.entities}
    chains: dict[str, PredictedAttribution] = {}
    root_of: dict[str, str] = {}
    for quote in record.quotes:
        root = root_of.get(quote.continues or "", quote.id) if quote.continues else quote.id
        root_of[quote.id] = root
        span = ((quote.content.start, quote.content.end),)
        if root in chains:
            chains[root].content = chains[root].content + span
            continue
        source_ref = quote.speaker or quote.via
        chains[root] = PredictedAttribution(
            content=span,
            source=((source_ref.start, source_ref.end),) if source_ref else None,
            cue=((quote.cue.start, quote.cue.end),) if quote.cue else None,
            speaker_names=_speaker_names(quote.speaker or quote.via, names),
        )
    return list(chains.values())


def _speaker_names(speaker: Any, names: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The resolved entity's names; a named speaker the entities stage did not list
    counts by its own words (a pronoun's own words never match a name)."""
    if speaker is None:
        return ()
    if speaker.entity is not None:
        return names.get(speaker.entity, ())
    return (speaker.text,)


class _Tokens:
    """Word-token ids of character spans in one text."""

    def __init__(self, text: str):
        self.text = text
        self.spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        self.is_word = [text[s].isalnum() or text[s] == "_" for s, _ in self.spans]
        self.starts = [s for s, _ in self.spans]

    def ids(self, fragments: Fragments | None) -> frozenset[int]:
        if not fragments:
            return frozenset()
        import bisect

        out: set[int] = set()
        for start, end in fragments:
            i = max(0, bisect.bisect_right(self.starts, start) - 1)
            while i < len(self.spans) and self.spans[i][0] < end:
                if self.spans[i][1] > start:
                    # Punctuation gets a negative id: it counts for overlap, not exactness.
                    out.add(i if self.is_word[i] else -(i + 1))
                i += 1
        return frozenset(out)


def _match(gold: list[frozenset[int]], pred: list[frozenset[int]]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index) sharing tokens, most shared first."""
    pairs = sorted(
        ((len(g & p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred) if g & p),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


@dataclass
class _Counts:
    exact: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0])
    overlap: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0])

    def add(self, gold: list[frozenset[int]], pred: list[frozenset[int]]) -> None:
        gold = [g for g in gold if g]
        pred = [p for p in pred if p]
        pairs = _match(gold, pred)
        exact_tp = _exact_count(gold, pred)
        self.overlap[0] += len(pairs)
        self.overlap[1] += len(pred) - len(pairs)
        self.overlap[2] += len(gold) - len(pairs)
        self.exact[0] += exact_tp
        self.exact[1] += len(pred) - exact_tp
        self.exact[2] += len(gold) - exact_tp

    def result(self) -> dict[str, dict[str, float]]:
        return {"exact": prf(*self.exact), "overlap": prf(*self.overlap)}


def _exact_count(gold: list[frozenset[int]], pred: list[frozenset[int]]) -> int:
    remaining = [frozenset(t for t in p if t >= 0) for p in pred]
    gold = [frozenset(t for t in g if t >= 0) for g in gold]
    count = 0
    for g in gold:
        if g in remaining:
            remaining.remove(g)
            count += 1
    return count


def _gold_names(doc: GoldDocument, tokens: _Tokens, names: Names) -> list[str | None]:
    """The name each gold source refers to (see the module docstring), or None.

    ``names`` are candidate name spans in order of preference (people, then
    organisations and places, then runs of proper nouns).
    """
    order = sorted(range(len(doc.attributions)), key=lambda i: _first(doc.attributions[i].source))
    out: list[str | None] = [None] * len(doc.attributions)
    last_named: str | None = None
    for i in order:
        source = doc.attributions[i].source
        if not source:
            continue
        inside = [n for n in names if any(s <= n[0] and n[1] <= e for s, e in source)]
        # A person's name that modifies the source's head ("Clinton campaign manager
        # Robby Mook", "Mr. Trump's campaign chairman, Paul Manafort") is not who spoke.
        span_end = max(e for _, e in source)
        heads = [n for n in inside if n[2] and not _modifier(doc.text, n[1], span_end)] or inside
        name = doc.text[heads[0][0] : heads[0][1]] if heads else None
        ids = sorted(t for t in tokens.ids(source) if t >= 0)
        words = [tokens.text[slice(*tokens.spans[t])].lower() for t in ids]
        if name is not None:
            out[i] = last_named = name
        elif words and ((len(words) == 1 and words[0] in _PRONOUNS) or words[0] in _DETERMINERS):
            out[i] = last_named
    return out


def _modifier(text: str, end: int, span_end: int) -> bool:
    """The name ending at ``end`` is followed, inside the source span, by a possessive
    or a lower-case noun."""
    after = text[end:span_end]
    return bool(re.match(r"['’]s?(?!\w)|\s+(?!(?:who|of|and|or|nor)\b)[a-z]+\b", after))


def _first(fragments: Fragments | None) -> int:
    return fragments[0][0] if fragments else -1


def _name_matches(gold_name: str, speaker_names: Iterable[str]) -> bool:
    # "Hillary Clinton’s campaign": the surname is "Clinton", not the possessive "s".
    gold_words = [w.lower() for w in _WORD.findall(_POSSESSIVE.sub("", gold_name))]
    if not gold_words:
        return False
    surname = gold_words[-1]
    return any(surname in {w.lower() for w in _WORD.findall(name)} for name in speaker_names)


@dataclass
class _Scorer:
    content: _Counts = field(default_factory=_Counts)
    source: _Counts = field(default_factory=_Counts)
    cue: _Counts = field(default_factory=_Counts)
    attribution: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0])
    resolved: int = 0
    resolvable: int = 0
    documents: int = 0

    def add(self, doc: GoldDocument, pred: list[PredictedAttribution], names: Names) -> None:
        tokens = _Tokens(doc.text)
        gold = doc.attributions
        g_content = [tokens.ids(a.content) for a in gold]
        p_content = [tokens.ids(p.content) for p in pred]
        self.documents += 1
        self.content.add(g_content, p_content)
        self.source.add(
            [tokens.ids(a.source) for a in gold if a.source],
            [tokens.ids(p.source) for p in pred if p.source],
        )
        self.cue.add(
            [tokens.ids(a.cue) for a in gold if a.cue], [tokens.ids(p.cue) for p in pred if p.cue]
        )
        pairs = _match(g_content, p_content)
        tp = 0
        matched = dict(pairs)
        for gi, pi in pairs:
            g_src, p_src = tokens.ids(gold[gi].source), tokens.ids(pred[pi].source)
            if (not g_src and not p_src) or (g_src & p_src):
                tp += 1
        self.attribution[0] += tp
        self.attribution[1] += len([p for p in p_content if p]) - tp
        self.attribution[2] += len([g for g in g_content if g]) - tp
        for gi, name in enumerate(_gold_names(doc, tokens, names)):
            if name is None:
                continue
            self.resolvable += 1
            hit = matched.get(gi)
            if hit is not None and _name_matches(name, pred[hit].speaker_names):
                self.resolved += 1

    def result(self) -> dict[str, Any]:
        rate = self.resolved / self.resolvable if self.resolvable else 0.0
        return {
            "content": self.content.result(),
            "source": self.source.result(),
            "cue": self.cue.result(),
            "attribution": prf(*self.attribution),
            "resolution": {
                "resolved": self.resolved,
                "total": self.resolvable,
                "rate": round(rate, 4),
            },
            "documents": self.documents,
        }


def score(
    items: Iterable[tuple[GoldDocument, list[PredictedAttribution], Names]],
) -> dict[str, Any]:
    """Scores over (gold document, predictions, candidate name spans) triples."""
    scorer = _Scorer()
    for doc, pred, names in items:
        scorer.add(doc, pred, names)
    return scorer.result()


def name_spans(spacy_doc: Any) -> Names:
    """Candidate name spans in order of preference: people, then organisations and
    places, then runs of proper nouns the tagger found."""
    people = [(e.start_char, e.end_char, True) for e in spacy_doc.ents if e.label_ == "PERSON"]
    others = [
        (e.start_char, e.end_char, False)
        for e in spacy_doc.ents
        if e.label_ in ("ORG", "GPE", "NORP")
    ]
    runs: list[tuple[int, int]] = []
    for token in spacy_doc:
        if token.pos_ != "PROPN":
            continue
        end = token.idx + len(token.text)
        if runs and token.i > 0 and spacy_doc[token.i - 1].pos_ == "PROPN":
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((token.idx, end))
    return people + others + [(start, end, False) for start, end in runs]


def evaluate(gold_dir: Path, *, limit: int | None = None, pipeline: Any = None) -> dict[str, Any]:
    """Run the pipeline over the gold articles and score its quotes."""
    from newsgraph.pipeline import Pipeline

    pipeline = pipeline or Pipeline()
    docs = read_corpus(gold_dir, limit=limit)

    def items() -> Iterable[tuple[GoldDocument, list[PredictedAttribution], Names]]:
        texts = (d.text for d in docs)
        for gold, spacy_doc in zip(docs, pipeline.nlp.pipe(texts, batch_size=8), strict=True):
            record = pipeline.record(spacy_doc, _article(gold))
            yield gold, predictions_from_record(record), name_spans(spacy_doc)

    return score(items())


def _article(gold: GoldDocument) -> Any:
    """The gold text as an Article; PolNeAR names carry the publication date."""
    from newsgraph.article import Article

    m = re.search(r"_(\d{4}-\d{2}-\d{2})_", gold.name)
    return Article(text=gold.text, id=gold.name, published=m.group(1) if m else None)


@click.command("quotes")
@click.option(
    "--gold",
    "gold_dir",
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="PolNeAR split folder with text/ and attributions/.",
)
@click.option("--limit", type=int, default=None, help="Score only the first N articles (by name).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def command(gold_dir: Path, limit: int | None, as_json: bool) -> None:
    """Score quotation extraction against PolNeAR BRAT annotations.

    Example: newsgraph eval quotes --gold ../shared/data/quotes/polnear/dev --json
    """
    emit(evaluate(gold_dir, limit=limit), as_json=as_json)
