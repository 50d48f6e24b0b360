"""The application factory: ``create_app(settings=..., repo=...)`` → a FastAPI app.

Pages (``pages.py``) and the REST API (``api.py``) read the same ``Repository``;
errors leave as ``{"error": {"code", "message"}}`` (HTML pages get an error page) and
never carry a stack trace.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsgraph import __version__
from newsgraph.errors import NewsgraphError
from newsgraph.web.cache import ResponseCache
from newsgraph.web.data import Repository
from newsgraph.web.highlight import entity_href
from newsgraph.web.security import BodyLimit, SecurityHeaders
from newsgraph.web.settings import Settings

__all__ = ["create_app", "open_repository"]

log = logging.getLogger(__name__)

WEB_DIR = Path(str(resources.files("newsgraph").joinpath("web")))

_STATUS_CODES = {
    400: "bad_request", 401: "token_required", 403: "forbidden", 404: "not_found",
    405: "method_not_allowed", 409: "conflict", 413: "too_large", 415: "unsupported_media_type",
    422: "invalid_parameter", 429: "too_many_requests", 503: "unavailable",
}  # fmt: skip


class ApiError(Exception):
    """An error with a status, a code and a message meant for the client."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def open_repository(db_url: str | None) -> Repository:
    """The store at ``db_url`` (default ``./newsgraph.db``) as a Repository."""
    from newsgraph.web.store_repo import StoreRepository

    return StoreRepository(db_url)


def wants_json(request: Request) -> bool:
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        return True
    if request.query_params.get("format") == "json":
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def error_response(
    request: Request,
    status: int,
    code: str,
    message: str,
    *,
    headers: Mapping[str, str] | None = None,
) -> Response:
    if wants_json(request):
        body = {"error": {"code": code, "message": message}}
        return JSONResponse(body, status_code=status, headers=headers)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(
        request,
        "error.html",
        {"status": status, "code": code, "message": message},
        status_code=status,
        headers=headers,
    )


class CrashGuard:
    """Innermost: an unexpected exception becomes the one-shape 500 here, so the answer
    still passes the security-headers middleware (Starlette's own last-resort handler
    sits outside every middleware)."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking(message: Any) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking)
        except Exception:
            request = Request(scope)
            log.exception("unhandled error on %s %s", request.method, request.url.path)
            if started:
                raise
            response = error_response(
                request, 500, "internal_error", "the server failed; the error was logged"
            )
            await response(scope, receive, send)


class HeadAsGet:
    """HEAD answered as GET without the body (monitors and link checkers send HEAD)."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def no_body(message: Any) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, no_body)


class Extractor:
    """The spaCy pipeline, built on first use (seconds) and shared by all requests."""

    def __init__(self, pipeline: Any = None) -> None:
        self._lock = threading.Lock()
        self._pipeline: Any = pipeline

    def get(self) -> Any:
        with self._lock:
            if self._pipeline is None:
                from newsgraph.pipeline import Pipeline

                self._pipeline = Pipeline()
            return self._pipeline


def create_app(
    *, settings: Settings | None = None, repo: Repository | None = None, pipeline: Any = None
) -> FastAPI:
    """A ready app; ``repo`` defaults to the store at ``settings.db_url``, ``pipeline``
    (for /extract) to a ``newsgraph.pipeline.Pipeline`` built on first use."""
    from newsgraph.web import api, pages

    settings = settings or Settings.from_env()
    app = FastAPI(
        title="newsgraph",
        version=__version__,
        description="Who said what, and who did what to whom, where and when: the stored Records.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.settings = settings
    app.state.repo = repo if repo is not None else open_repository(settings.db_url)
    app.state.extractor = Extractor(pipeline)
    templates = Jinja2Templates(directory=str(WEB_DIR / "templates"))
    templates.env.globals["settings"] = settings
    templates.env.globals["version"] = __version__
    templates.env.globals["href"] = entity_href
    templates.env.filters["pathid"] = lambda value: quote(str(value), safe="")
    templates.env.globals["assets"] = (
        WEB_DIR / "static" / "vendor" / "leaflet" / "leaflet.js"
    ).is_file()
    app.state.templates = templates

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(WEB_DIR / "static")), name="static")

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        return error_response(request, exc.status, exc.code, exc.message)

    @app.exception_handler(NewsgraphError)
    async def _input_error(request: Request, exc: NewsgraphError) -> Response:
        return error_response(request, 400, exc.code, exc.one_line())

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = _STATUS_CODES.get(exc.status_code, "error")
        message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
        # Keep the headers HTTP requires (Allow on 405, WWW-Authenticate on 401).
        return error_response(request, exc.status_code, code, message, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = []
        for err in exc.errors()[:5]:
            where = ".".join(
                str(p) for p in err.get("loc", ()) if p not in ("query", "body", "path")
            )
            problems.append(
                f"{where}: {err.get('msg', 'invalid')}" if where else str(err.get("msg"))
            )
        return error_response(
            request, 422, "invalid_parameter", "; ".join(problems) or "invalid request"
        )

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(
            request, 500, "internal_error", "the server failed; the error was logged"
        )

    # Added innermost first: the cache sits behind the Host check and the body limit,
    # and the security headers go on everything, cached answers included.
    version = getattr(app.state.repo, "version", None)
    if settings.cache and callable(version):
        app.add_middleware(ResponseCache, version=version)
    app.add_middleware(HeadAsGet)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(CrashGuard)
    app.add_middleware(SecurityHeaders, settings=settings)
    return app
