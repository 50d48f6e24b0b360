"""REST API under ``/api/``: lists answer ``{"items": [...], "next": cursor|null}``.

Filters are those of the CLI (``newsgraph quotes --speaker ... --since ...``); every
error is ``{"error": {"code", "message"}}`` with its HTTP status.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field

from newsgraph.article import Article, checked, read_html, read_text
from newsgraph.record import CHANNELS, ENTITY_TYPES, EVENT_STATUSES
from newsgraph.web.app import ApiError
from newsgraph.web.data import EventFilters, Item, QuoteFilters, Repository
from newsgraph.web.fetch import fetch_url
from newsgraph.web.paging import decode_cursor, encode_cursor
from newsgraph.web.security import write_refusal
from newsgraph.web.settings import Settings

__all__ = ["page_of", "router", "run_extract"]

DAY = r"^\d{4}(-\d{2}(-\d{2})?)?$"
# Query filters also accept "" (an empty form field) and treat it as absent.
DAY_OR_EMPTY = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorBody(BaseModel):
    error: ErrorDetail


class ItemPage(BaseModel):
    items: list[dict[str, Any]]
    next: str | None = Field(
        description="Pass as ?cursor= for the next page; null on the last page."
    )


class ExtractRequest(BaseModel):
    text: str = Field(min_length=1, max_length=2_000_000)
    published: str | None = Field(default=None, pattern=DAY)
    outlet: str | None = Field(default=None, max_length=200)
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    store: bool = False


class IngestRequest(BaseModel):
    url: str = Field(min_length=1, max_length=2000)
    published: str | None = Field(default=None, pattern=DAY)
    outlet: str | None = Field(default=None, max_length=200)
    title: str | None = Field(default=None, max_length=1000)


class ExtractResult(BaseModel):
    record: dict[str, Any]
    stored: bool
    article_id: str


_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Bad input (e.g. a cursor this server did not give)"},
    422: {"model": ErrorBody, "description": "Invalid parameter"},
}
_NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "No such item"}
}
_WRITE: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "Token required"},
    403: {
        "model": ErrorBody,
        "description": "Forbidden (bad token, writes disabled, cross-origin)",
    },
    413: {"model": ErrorBody, "description": "Body too large"},
    503: {"model": ErrorBody, "description": "The store cannot take writes"},
}

router = APIRouter(prefix="/api", tags=["api"], responses=_ERRORS)


def get_repo(request: Request) -> Repository:
    return request.app.state.repo  # type: ignore[no-any-return]


def get_settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class Paging:
    offset: int
    limit: int


# Dependencies and read endpoints are ``async def`` although they block briefly on the
# store: a sync one costs a thread hop each, which on a busy machine is most of a small
# page's latency. Slow work (extraction, fetching) stays in the thread pool.
async def paging(
    request: Request,
    cursor: Annotated[
        str | None, Query(max_length=200, description="From the previous page's next")
    ] = None,
    limit: Annotated[
        int | None, Query(ge=1, le=500, description="Items per page (default 50)")
    ] = None,
) -> Paging:
    settings = get_settings(request)
    return Paging(decode_cursor(cursor), min(limit or settings.page_size, settings.max_page_size))


async def repo_dependency(request: Request) -> Repository:
    return get_repo(request)


def page_of(fetch: Callable[[int, int], list[Item]], paging: Paging) -> dict[str, Any]:
    """One page plus the cursor of the next (one extra row tells whether there is one)."""
    rows = fetch(paging.offset, paging.limit + 1)
    more = len(rows) > paging.limit
    return {
        "items": rows[: paging.limit],
        "next": encode_cursor(paging.offset + paging.limit) if more else None,
    }


Repo = Annotated[Repository, Depends(repo_dependency)]
Page = Annotated[Paging, Depends(paging)]
Text = Annotated[str | None, Query(max_length=200)]
Day = Annotated[str | None, Query(pattern=DAY_OR_EMPTY, description="YYYY, YYYY-MM or YYYY-MM-DD")]


@router.get("/stats", summary="Counts of what is stored")
async def stats(repo: Repo) -> dict[str, int]:
    return repo.stats()


@router.get("/articles", response_model=ItemPage, summary="Stored articles, newest first")
async def articles(
    repo: Repo,
    paging: Page,
    q: Text = None,
    outlet: Text = None,
    since: Day = None,
    until: Day = None,
) -> dict[str, Any]:
    return page_of(
        lambda o, n: repo.articles(
            q=q or None,
            outlet=outlet or None,
            since=since or None,
            until=until or None,
            offset=o,
            limit=n,
        ),
        paging,
    )


@router.get(
    "/articles/{article_id}",
    responses=_NOT_FOUND,
    summary="An article's Record (record.schema.json)",
)
async def article(article_id: str, repo: Repo) -> dict[str, Any]:
    view = repo.article(article_id)
    if view is None:
        raise ApiError(404, "not_found", f"no article {article_id!r}")
    return view.record.as_dict()


@router.get(
    "/entities", response_model=ItemPage, summary="People, organisations, groups and places"
)
async def entities(
    repo: Repo, paging: Page, q: Text = None,
    type: Annotated[str | None, Query(description=" | ".join(ENTITY_TYPES))] = None,
) -> dict[str, Any]:  # fmt: skip
    return page_of(
        lambda o, n: repo.entities(q=q or None, type=type or None, offset=o, limit=n), paging
    )


@router.get("/entities/{entity_id}", responses=_NOT_FOUND, summary="An entity's profile")
async def entity(entity_id: str, repo: Repo) -> dict[str, Any]:
    profile = repo.entity(entity_id)
    if profile is None:
        raise ApiError(404, "not_found", f"no entity {entity_id!r}")
    return profile


async def quote_filters(
    speaker: Text = None, outlet: Text = None,
    channel: Annotated[str | None, Query(description=" | ".join(CHANNELS))] = None,
    since: Day = None, until: Day = None, q: Text = None,
) -> QuoteFilters:  # fmt: skip
    return QuoteFilters(
        speaker=speaker, outlet=outlet, channel=channel, since=since, until=until, q=q
    )


async def event_filters(
    type: Annotated[str | None, Query(max_length=100, description="PLOVER event type")] = None,
    status: Annotated[str | None, Query(description=" | ".join(EVENT_STATUSES))] = None,
    actor: Text = None, place: Text = None, since: Day = None, until: Day = None,
) -> EventFilters:  # fmt: skip
    return EventFilters(
        type=type, status=status, actor=actor, place=place, since=since, until=until
    )


@router.get("/quotes", response_model=ItemPage, summary="Quotes, with the CLI's filters")
async def quotes(
    repo: Repo, paging: Page, filters: Annotated[QuoteFilters, Depends(quote_filters)]
) -> dict[str, Any]:
    return page_of(lambda o, n: repo.quotes(filters, offset=o, limit=n), paging)


@router.get("/events", response_model=ItemPage, summary="Events, with the CLI's filters")
async def events(
    repo: Repo, paging: Page, filters: Annotated[EventFilters, Depends(event_filters)]
) -> dict[str, Any]:
    return page_of(lambda o, n: repo.events(filters, offset=o, limit=n), paging)


@router.get("/places", response_model=ItemPage, summary="Resolved places")
async def places(repo: Repo, paging: Page, q: Text = None, country: Text = None) -> dict[str, Any]:
    return page_of(
        lambda o, n: repo.places(q=q or None, country=country or None, offset=o, limit=n), paging
    )


@router.get("/search", response_model=ItemPage, summary="Full-text search over articles and quotes")
async def search(
    repo: Repo, paging: Page, q: Annotated[str, Query(min_length=1, max_length=200)]
) -> dict[str, Any]:
    return page_of(lambda o, n: repo.search(q, offset=o, limit=n), paging)


def require_write(
    request: Request, settings: Settings, repo: Repository, *, form_token: str | None = None
) -> None:
    refusal = write_refusal(request, settings, form_token=form_token)
    if refusal is not None:
        raise ApiError(*refusal)
    if not getattr(repo, "writable", False):
        raise ApiError(503, "read_only_store", "this store cannot take writes")


def run_extract(request: Request, article: Article, *, store: bool) -> dict[str, Any]:
    """Extract ``article``; store it only when asked (the caller checked permission)."""
    record = request.app.state.extractor.get().extract(checked(article))
    stored = False
    if store:
        get_repo(request).add(record)
        stored = True
    return {"record": record.as_dict(), "stored": stored, "article_id": record.article.id}


@router.post(
    "/extract",
    response_model=ExtractResult,
    responses=_WRITE,
    summary="Extract a Record; store it if asked",
)
def extract(body: ExtractRequest, request: Request, repo: Repo) -> dict[str, Any]:
    if body.store:
        require_write(request, get_settings(request), repo)
    article = read_text(
        body.text.encode("utf-8"), source="request", published=body.published,
        outlet=body.outlet, title=body.title, url=body.url,
    )  # fmt: skip
    return run_extract(request, article, store=body.store)


@router.post(
    "/ingest",
    response_model=ExtractResult,
    responses=_WRITE,
    summary="Fetch a URL, extract and store it",
)
def ingest(body: IngestRequest, request: Request, repo: Repo) -> dict[str, Any]:
    settings = get_settings(request)
    require_write(request, settings, repo)
    fetched = fetch_url(
        body.url, allow_private=settings.allow_private_fetch, max_bytes=settings.fetch_max_bytes,
        timeout_s=settings.fetch_timeout_s, max_redirects=settings.fetch_max_redirects,
    )  # fmt: skip
    meta = {
        "url": fetched.url,
        "published": body.published,
        "outlet": body.outlet,
        "title": body.title,
    }
    reader = read_html if "html" in fetched.content_type or not fetched.content_type else read_text
    article = reader(fetched.body, source=body.url, **meta)
    return run_extract(request, article, store=True)
