"""RSS and Atom feeds: one Article per entry that carries its text.

A feed is one XML document, so it is parsed whole; it is capped at ``MAX_FEED``
bytes (feeds are small: the latest few dozen entries). Entries give the article's
url, title, publication date and, from the feed's title, the outlet. An entry's
``content`` (else its ``summary``) is the text; HTML in it is reduced to plain text
with paragraph breaks kept. Entries with neither are InputErrors.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from newsgraph.article import FEED_SUFFIXES, MAX_BYTES, Article, checked, clean_text
from newsgraph.errors import InputError

__all__ = ["FEED_SUFFIXES", "html_to_text", "iter_feed", "looks_like_feed"]

MAX_FEED = MAX_BYTES * 4
_BLOCK_TAGS = (
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "table", "tr", "section", "article", "figure",
)  # fmt: skip
_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(rss|feed|RDF)\b")


def looks_like_feed(data: bytes) -> bool:
    """True when the document's root element is ``rss``, ``feed`` (Atom) or ``rdf:RDF``."""
    return _FEED_ROOT.search(data[:4096]) is not None


def iter_feed(
    data: bytes, *, source: str, defaults: dict[str, Any] | None = None
) -> Iterator[Article | InputError]:
    """Articles from the entries of one RSS/Atom document.

    Each document's source is ``source#N`` (N counts entries from 1). ``defaults``
    fill what an entry and its feed lack.
    """
    import feedparser

    if len(data) > MAX_FEED:
        yield InputError(
            f"feed is too large ({len(data):,} bytes)", source=source, code="too_large"
        )
        return
    parsed = feedparser.parse(data)
    if not parsed.entries:
        if not looks_like_feed(data):
            yield InputError("not an RSS or Atom feed", source=source, code="bad_feed")
        return
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{source}#{number}"
        try:
            yield checked(_entry_article(entry, outlet=outlet, source=where, defaults=defaults))
        except InputError as e:
            yield e


def _entry_article(
    entry: Any, *, outlet: str | None, source: str, defaults: dict[str, Any] | None
) -> Article:
    text = _entry_text(entry)
    if not text:
        raise InputError("feed entry has no content or summary", source=source, code="empty")
    meta: dict[str, Any] = {
        "url": entry.get("link") or None,
        "title": entry.get("title") or None,
        "outlet": outlet,
        "published": _entry_date(entry),
    }
    for key, value in (defaults or {}).items():
        if meta.get(key) is None and value is not None:
            meta[key] = value
    return Article(text=text, source=source, **meta)


def _entry_text(entry: Any) -> str:
    """The longest of the entry's content blocks, else its summary, as plain text."""
    candidates = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    if candidates:
        block = max(candidates, key=lambda c: len(c.get("value") or ""))
        value, kind = block.get("value", ""), block.get("type", "")
    else:
        detail = entry.get("summary_detail") or {}
        value, kind = entry.get("summary") or "", detail.get("type", "text/html")
    if not value.strip():
        return ""
    if "html" in kind or "<" in value:
        value = html_to_text(value)
    return clean_text(value).strip()


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    return None


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: block elements end paragraphs, markup goes."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", html)
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n\n" + (element.tail or "")
    for element in root.iter("br"):
        element.tail = "\n" + (element.tail or "")
    text = root.text_content()
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
