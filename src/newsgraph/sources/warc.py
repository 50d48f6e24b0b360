"""WARC archives (``.warc``, ``.warc.gz``): one Article per HTML response, streamed.

warcio reads record by record, so an archive of any size is never held in memory;
only one payload (capped at ``MAX_PAYLOAD``) is read at a time. Records that are not
articles (requests, metadata, images, scripts, redirects, error pages) are skipped
silently; an HTML page with no article text, or a corrupt archive, is an InputError.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from newsgraph.article import (
    MAX_BYTES,
    WARC_SUFFIXES,
    Article,
    article_from_html,
    checked,
    decode_bytes,
)
from newsgraph.errors import InputError

__all__ = ["WARC_SUFFIXES", "iter_warc", "iter_warc_file"]

log = logging.getLogger(__name__)

MAX_PAYLOAD = MAX_BYTES * 4
HTML_TYPES = ("text/html", "application/xhtml+xml")


def iter_warc(
    stream: IO[bytes], *, source: str, defaults: dict[str, Any] | None = None
) -> Iterator[Article | InputError]:
    """Articles from the HTML responses (and HTML resource records) of a WARC stream.

    ``source`` names the archive; each document's source is ``source@offset`` (the
    record's byte offset), which points back into the archive. ``defaults`` fill
    metadata the page lacks; the record's target URI is the article's URL.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    defaults = dict(defaults or {})
    records = ArchiveIterator(stream, arc2warc=True)
    try:
        for record in records:
            if not _is_html_page(record):
                continue
            length = record.length or 0
            if length > MAX_PAYLOAD:
                # Asking for the offset first would read the payload: read it after.
                where = f"{source}@{records.get_record_offset()}"
                yield InputError(
                    f"page is too large ({length:,} bytes)", source=where, code="too_large"
                )
                continue
            data = record.content_stream().read(MAX_PAYLOAD + 1)
            where = f"{source}@{records.get_record_offset()}"
            url = record.rec_headers.get_header("WARC-Target-URI")
            meta = {**defaults, "url": url or defaults.get("url")}
            try:
                html = _decode(data, content_type=_content_type(record), source=where)
                yield checked(article_from_html(html, source=where, **meta))
            except InputError as e:
                yield e
    except ArchiveLoadFailed as e:
        yield InputError(f"not a readable WARC archive ({e})", source=source, code="io")


def iter_warc_file(
    path: Path, *, defaults: dict[str, Any] | None = None
) -> Iterator[Article | InputError]:
    """:func:`iter_warc` over a file (gzip members are detected by warcio itself)."""
    with path.open("rb") as stream:
        yield from iter_warc(stream, source=str(path), defaults=defaults)


def _content_type(record: Any) -> str:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    value = headers.get_header("Content-Type") if headers is not None else None
    return (value or "").lower()


def _is_html_page(record: Any) -> bool:
    if record.rec_type == "response":
        if record.http_headers is None:
            return False
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return False
    elif record.rec_type != "resource":
        return False
    content_type = _content_type(record)
    return any(kind in content_type for kind in HTML_TYPES)


def _decode(data: bytes, *, content_type: str, source: str) -> str:
    """The page's declared charset first, then newsgraph's UTF-8 / Windows-1252 rule."""
    for part in content_type.split(";"):
        key, _, value = part.strip().partition("=")
        if key == "charset" and value:
            try:
                return data.decode(value.strip("\"' "))
            except (LookupError, UnicodeDecodeError):
                break
    return decode_bytes(data, source=source)
