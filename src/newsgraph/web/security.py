"""Security middleware and checks: body limit, response headers, write permission.

Kept as plain ASGI so the limits hold before FastAPI parses anything.
"""

from __future__ import annotations

import hmac
import json
from typing import Any

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsgraph.web.settings import Settings, is_loopback_host

__all__ = ["BodyLimit", "SecurityHeaders", "content_security_policy", "write_refusal"]


def content_security_policy(settings: Settings) -> str:
    """Scripts and styles only from this server; images also from the tile server, if any."""
    img = "'self' data:" + (f" {settings.tile_origin}" if settings.tile_origin else "")
    return "; ".join(
        (
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            f"img-src {img}",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
            "form-action 'self'",
        )
    )


def _error_body(code: str, message: str) -> bytes:
    return json.dumps({"error": {"code": code, "message": message}}).encode()


class SecurityHeaders:
    """CSP and friends on every response; refuses foreign Host headers on loopback.

    A server bound to loopback only answers Host names that mean loopback, so a web
    page on another site cannot reach it through DNS rebinding.
    """

    def __init__(self, app: ASGIApp, *, settings: Settings):
        self.app = app
        self.settings = settings
        self.headers = [
            (b"content-security-policy", content_security_policy(settings).encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
            (b"x-frame-options", b"DENY"),
            (b"cross-origin-opener-policy", b"same-origin"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.settings.loopback and not self._host_ok(scope):
            await _send_json(
                send,
                421,
                _error_body("bad_host", "this server only answers loopback names"),
                self.headers,
            )
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + self.headers
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _host_ok(self, scope: Scope) -> bool:
        for name, value in scope.get("headers", []):
            if name == b"host":
                host = _host_name(value.decode("latin-1"))
                return is_loopback_host(host) or host in self.settings.extra_hosts
        return True


def _host_name(header: str) -> str:
    """``example.org:8000`` → ``example.org``; ``[::1]:8000`` → ``::1``."""
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class BodyLimit:
    """413 for bodies over ``max_bytes``, whether declared or streamed."""

    def __init__(self, app: ASGIApp, *, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.max_bytes:
                await _send_json(send, 413, _too_large(self.max_bytes), [])
                return
        seen = 0
        started = refused = False

        async def limited_receive() -> Message:
            # Past the limit: answer 413 now and tell the app the client went away, so
            # whatever the app does next (even turning the error into a 400) is dropped.
            nonlocal seen, refused
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes and not refused:
                    refused = True
                    if not started:
                        await _send_json(send, 413, _too_large(self.max_bytes), [])
                    return {"type": "http.disconnect"}
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if refused:
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except Exception:
            if not refused:
                raise


def _too_large(limit: int) -> bytes:
    return _error_body("too_large", f"request body is larger than {limit} bytes")


async def _send_json(
    send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]]
) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def write_refusal(
    request: Request, settings: Settings, *, form_token: str | None = None
) -> tuple[int, str, str] | None:
    """Why this write request may not go ahead, as (status, code, message), or None.

    A token, when set, is always required (header ``Authorization: Bearer`` or the form's
    token field); without one, writes are open only on a loopback-bound server. Browser
    requests from another origin are refused either way (no cross-site form posts).
    """
    origin = request.headers.get("origin")
    if origin is not None and origin != "null":
        expected = f"{request.url.scheme}://{request.headers.get('host', '')}"
        if origin != expected:
            return 403, "cross_origin", "write requests from another origin are refused"
    elif origin == "null":
        return 403, "cross_origin", "write requests from another origin are refused"
    if settings.token is None:
        if settings.loopback:
            return None
        return (
            403,
            "writes_disabled",
            "writes are disabled: start the server with --token (or NEWSGRAPH_TOKEN)",
        )
    given = _bearer(request) or form_token or ""
    if not given:
        return (
            401,
            "token_required",
            "this endpoint needs the server's token (Authorization: Bearer TOKEN)",
        )
    if not hmac.compare_digest(given.encode(), settings.token.encode()):
        return 403, "bad_token", "the token is wrong"
    return None


def _bearer(request: Request) -> str | None:
    value: Any = request.headers.get("authorization")
    if isinstance(value, str) and value.lower().startswith("bearer "):
        return value[7:].strip()
    return None
