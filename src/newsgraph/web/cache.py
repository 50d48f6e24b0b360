"""A response cache for GET requests, correct by construction: it is emptied whenever the
database changes, whoever changed it.

The store tells when it changed through ``Repository.version()`` (SQLite's
``PRAGMA data_version`` on a connection of its own: it moves with every commit from any
other connection or process, ``newsgraph ingest`` included). A store that cannot tell
(``version()`` is None, e.g. PostgreSQL) is never cached. Pages hold nothing per user,
so one cached answer serves everyone; requests carrying credentials are not cached.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["ResponseCache"]

log = logging.getLogger(__name__)

# Requests differ in what they get only by path, query and the Accept header (JSON twin).
_VARY = (b"accept",)


class ResponseCache:
    """ASGI middleware: LRU of successful GET answers, keyed by path, query and Accept."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        version: Callable[[], Any],
        max_entries: int = 1024,
        max_body_bytes: int = 512 * 1024,
    ):
        self.app = app
        self.version = version
        self.max_entries = max_entries
        self.max_body_bytes = max_body_bytes
        self.entries: OrderedDict[tuple[Any, ...], tuple[int, list[Any], bytes]] = OrderedDict()
        self.seen_version: Any = None
        self.hits = self.misses = 0

    def _current_version(self) -> Any:
        """The store's version, or None (do not cache) when it cannot be read."""
        try:
            return self.version()
        except Exception:
            log.warning("cannot read the store's version; not caching", exc_info=True)
            return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] != "GET"
            or scope["path"].startswith("/static/")
        ):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", []))
        if b"authorization" in headers or b"cookie" in headers:
            await self.app(scope, receive, send)
            return
        version = self._current_version()
        if version is None:
            await self.app(scope, receive, send)
            return
        if version != self.seen_version:
            self.entries.clear()
            self.seen_version = version
        key = (scope["path"], scope.get("query_string", b""), *(headers.get(h, b"") for h in _VARY))
        cached = self.entries.get(key)
        if cached is not None:
            self.entries.move_to_end(key)
            self.hits += 1
            status, response_headers, body = cached
            await send(
                {"type": "http.response.start", "status": status, "headers": response_headers}
            )
            await send({"type": "http.response.body", "body": body})
            return
        self.misses += 1
        start: Message | None = None
        chunks: list[bytes] = []
        size = 0
        cacheable = True

        async def capture(message: Message) -> None:
            nonlocal start, size, cacheable
            if message["type"] == "http.response.start":
                start = message
                cacheable = message["status"] == 200
            elif message["type"] == "http.response.body" and cacheable:
                body = message.get("body", b"")
                size += len(body)
                if size > self.max_body_bytes:
                    cacheable = False
                    chunks.clear()
                else:
                    chunks.append(body)
            await send(message)

        await self.app(scope, receive, capture)
        if cacheable and start is not None and self._current_version() == version:
            self.entries[key] = (start["status"], list(start.get("headers", [])), b"".join(chunks))
            if len(self.entries) > self.max_entries:
                self.entries.popitem(last=False)
