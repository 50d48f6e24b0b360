"""Articles and the readers that make them.

An :class:`Article` is the text every offset refers to, plus metadata. HTML is
reduced to text here, once; nothing later sees markup. Readers yield either an
Article or an :class:`~newsgraph.errors.InputError` for that document, so one bad
line or file never stops a batch.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from newsgraph.errors import InputError

MAX_BYTES = 5_000_000
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
# Read by newsgraph.sources (streamed WARC archives, RSS/Atom feeds).
WARC_SUFFIXES = (".warc", ".warc.gz")
FEED_SUFFIXES = (".rss", ".atom")
READ_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES + FEED_SUFFIXES
JSONL_FIELDS = ("id", "text", "html", "url", "outlet", "published", "title", "language")


@dataclass(slots=True)
class Article:
    text: str
    id: str = ""
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    language: str | None = "en"
    # Where it came from (a path, "path:line", "-"): for error messages, not the Record.
    source: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text)
        self.published = normalise_published(self.published, source=self.source)

    def meta(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "url": self.url,
            "outlet": self.outlet,
            "published": self.published,
            "title": self.title,
            "language": self.language,
        }


def content_id(text: str) -> str:
    """A stable id from the text alone, so re-reading the same article gives the same id."""
    return "a" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def normalise_published(value: Any, *, source: str | None = None) -> str | None:
    """ISO date (``YYYY-MM-DD``) from a date, datetime or string; None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        try:
            return dt.date(*map(int, match.groups())).isoformat()
        except ValueError:
            pass
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    if parsed is None:
        raise InputError(
            f"cannot read the publication date {text!r}; use YYYY-MM-DD", source=source
        )
    return parsed.date().isoformat()


# -- language -----------------------------------------------------------------------

_ENGLISH_FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "with",
        "as",
        "was",
        "by",
        "at",
        "from",
        "it",
        "his",
        "he",
        "said",
        "be",
        "are",
        "has",
        "have",
        "were",
        "an",
        "which",
        "this",
        "not",
        "but",
        "or",
        "they",
        "their",
        "its",
        "had",
        "who",
        "will",
        "been",
        "after",
    ]
)


def looks_english(text: str) -> bool:
    """Cheap check: English news prose is dense in a few function words.

    Short texts pass (too little evidence to refuse them).
    """
    words = re.findall(r"[A-Za-z]+", text.lower())
    letters = sum(ch.isalpha() for ch in text[:20000])
    if len(words) < 12:
        # Mostly non-Latin script with too few Latin words to judge.
        return not (letters > 40 and len(words) * 4 < letters / 5)
    hits = sum(w in _ENGLISH_FUNCTION_WORDS for w in words[:3000])
    return hits / min(len(words), 3000) >= 0.12


# -- decoding -----------------------------------------------------------------------


def decode_bytes(data: bytes, *, source: str) -> str:
    """Text from bytes: UTF-8 (with or without BOM), else Windows-1252 for old wire copy.

    Binary data (NUL bytes, many control characters) is refused.
    """
    if not data.strip():
        raise InputError("empty input", source=source, code="empty")
    head = data[:8192]
    controls = sum(b < 9 or 13 < b < 32 for b in head)
    if b"\x00" in head or controls > len(head) * 0.05:
        raise InputError("binary data, not text", source=source, code="binary")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as e:
        raise InputError(
            "cannot decode the text (not UTF-8 or Windows-1252)", source=source, code="encoding"
        ) from e
    return text


def clean_text(text: str) -> str:
    """Normalise line endings only: offsets must survive, so nothing else changes."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def checked(article: Article) -> Article:
    """Refuse articles no extractor can use; returns the article unchanged otherwise."""
    if not article.text.strip():
        raise InputError("no article text", source=article.source, code="empty")
    if len(article.text) > MAX_BYTES:
        raise InputError(
            f"article is too long ({len(article.text):,} characters; limit {MAX_BYTES:,})",
            source=article.source,
            code="too_large",
        )
    if not looks_english(article.text):
        raise InputError(
            "text does not look like English; only English is supported",
            source=article.source,
            code="not_english",
        )
    return article


# -- HTML ---------------------------------------------------------------------------


def article_from_html(html: str, *, source: str, **meta: Any) -> Article:
    """Main text and metadata from a web page (trafilatura), metadata arguments win."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=meta.get("url"),
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError("no article text found in the HTML", source=source, code="empty")
    found: dict[str, Any] = {
        "title": getattr(doc, "title", None),
        "published": getattr(doc, "date", None),
        "outlet": getattr(doc, "sitename", None),
        "url": getattr(doc, "url", None),
    }
    for key, value in meta.items():
        if value is not None:
            found[key] = value
    return Article(text=clean_text(text), source=source, **found)


# -- readers ------------------------------------------------------------------------


def read_text(data: bytes, *, source: str, **meta: Any) -> Article:
    return Article(text=clean_text(decode_bytes(data, source=source)), source=source, **meta)


def read_html(data: bytes, *, source: str, **meta: Any) -> Article:
    return article_from_html(decode_bytes(data, source=source), source=source, **meta)


def article_from_json(obj: Any, *, source: str, defaults: dict[str, Any] | None = None) -> Article:
    """One JSONL object → Article. Needs ``text`` or ``html``."""
    if not isinstance(obj, dict):
        raise InputError("expected a JSON object", source=source, code="bad_json")
    meta: dict[str, Any] = {k: obj.get(k) for k in ("id", "url", "outlet", "published", "title")}
    for key, value in (defaults or {}).items():
        if meta.get(key) is None and value is not None:
            meta[key] = value
    if meta["id"] is not None:
        meta["id"] = str(meta["id"])
    else:
        meta.pop("id")
    text, html = obj.get("text"), obj.get("html")
    if isinstance(text, str) and text.strip():
        return Article(text=clean_text(text), source=source, **meta)
    if isinstance(html, str) and html.strip():
        return article_from_html(html, source=source, **meta)
    raise InputError("line has no 'text' or 'html'", source=source, code="empty")


def iter_jsonl(
    stream: IO[bytes], *, source: str, defaults: dict[str, Any] | None = None
) -> Iterator[Article | InputError]:
    """Stream a JSONL file: an Article or an InputError per non-blank line."""
    for number, raw in enumerate(stream, start=1):
        where = f"{source}:{number}"
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw.decode("utf-8-sig"))
            yield checked(article_from_json(obj, source=where, defaults=defaults))
        except UnicodeDecodeError:
            yield InputError("line is not UTF-8", source=where, code="encoding")
        except json.JSONDecodeError as e:
            yield InputError(f"malformed JSON ({e.msg})", source=where, code="bad_json")
        except InputError as e:
            yield e


def iter_articles(
    paths: Iterable[str | Path],
    *,
    defaults: dict[str, Any] | None = None,
    stdin: IO[bytes] | None = None,
) -> Iterator[Article | InputError]:
    """Every article under ``paths`` (files, directories, ``-`` for stdin), streamed.

    ``defaults`` (outlet, published, url, title) fill metadata a source lacks.
    """
    defaults = {k: v for k, v in (defaults or {}).items() if v is not None}
    for path in paths:
        if str(path) == "-":
            yield from _read_stream(stdin or sys.stdin.buffer, source="-", defaults=defaults)
            continue
        p = Path(path)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and _suffix(child) in READ_SUFFIXES:
                    yield from _read_file(child, defaults=defaults)
        elif p.exists():
            yield from _read_file(p, defaults=defaults)
        else:
            yield InputError("no such file or directory", source=str(p), code="missing")


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for double in (".jsonl.gz", ".warc.gz"):
        if name.endswith(double):
            return double
    return path.suffix.lower()


def _read_file(path: Path, *, defaults: dict[str, Any]) -> Iterator[Article | InputError]:
    source = str(path)
    suffix = _suffix(path)
    try:
        if suffix in JSONL_SUFFIXES:
            opener = gzip.open if suffix == ".jsonl.gz" else open
            with opener(path, "rb") as stream:
                yield from iter_jsonl(stream, source=source, defaults=defaults)  # type: ignore[arg-type]
            return
        if suffix in WARC_SUFFIXES:
            from newsgraph.sources.warc import iter_warc_file

            yield from iter_warc_file(path, defaults=defaults)
            return
        size = path.stat().st_size
        if size > MAX_BYTES * 4:
            raise InputError(f"file is too large ({size:,} bytes)", source=source, code="too_large")
        data = path.read_bytes()
        if suffix in FEED_SUFFIXES or (suffix == ".xml" and _is_feed(data)):
            from newsgraph.sources.feeds import iter_feed

            yield from iter_feed(data, source=source, defaults=defaults)
            return
        reader = read_html if suffix in HTML_SUFFIXES else read_text
        yield checked(reader(data, source=source, **defaults))
    except InputError as e:
        yield e
    except (OSError, EOFError, gzip.BadGzipFile) as e:
        yield InputError(f"cannot read ({e.__class__.__name__}: {e})", source=source, code="io")


def _read_stream(
    stream: IO[bytes], *, source: str, defaults: dict[str, Any]
) -> Iterator[Article | InputError]:
    data = stream.read(MAX_BYTES * 4 + 1)
    if len(data) > MAX_BYTES * 4:
        yield InputError("input is too large", source=source, code="too_large")
        return
    head = data.lstrip()[:1]
    try:
        if head == b"{":
            yield from iter_jsonl(io.BytesIO(data), source=source, defaults=defaults)
        elif head == b"<" and _is_feed(data):
            from newsgraph.sources.feeds import iter_feed

            yield from iter_feed(data, source=source, defaults=defaults)
        elif head == b"<":
            yield checked(read_html(data, source=source, **defaults))
        else:
            yield checked(read_text(data, source=source, **defaults))
    except InputError as e:
        yield e


def _is_feed(data: bytes) -> bool:
    from newsgraph.sources.feeds import looks_like_feed

    return looks_like_feed(data)
