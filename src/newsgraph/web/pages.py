"""HTML pages. Each builds one context dict; ``?format=json`` returns that dict as JSON
(the page's JSON twin), otherwise a template renders it."""

from __future__ import annotations

from collections import Counter
from typing import Annotated, Any
from urllib.parse import quote, urlencode, urlsplit

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import JSONResponse, Response

from newsgraph.article import read_html, read_text
from newsgraph.errors import InputError
from newsgraph.record import CHANNELS, EVENT_STATUSES, Record
from newsgraph.web.api import (
    Page,
    event_filters,
    get_repo,
    get_settings,
    page_of,
    quote_filters,
    require_write,
    run_extract,
)
from newsgraph.web.app import ApiError
from newsgraph.web.data import EventFilters, QuoteFilters
from newsgraph.web.highlight import annotate, entity_href, render

__all__ = ["router"]

router = APIRouter(include_in_schema=False)

MAX_UPLOAD_CHARS = 2_000_000


def show(
    request: Request, template: str, context: dict[str, Any], *, html: dict[str, Any] | None = None
) -> Response:
    """The page, or its JSON twin; ``html`` holds what only the template needs."""
    if request.query_params.get("format") == "json":
        return JSONResponse(context)
    templates = request.app.state.templates
    return templates.TemplateResponse(request, template, {**context, **(html or {})})  # type: ignore[no-any-return]


def safe_url(url: str | None) -> str | None:
    """An article's own URL, only if it is plain http(s) (never javascript: and friends)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def json_link(request: Request) -> str:
    query = dict(request.query_params)
    query["format"] = "json"
    return f"{request.url.path}?{urlencode(query)}"


def next_link(request: Request, cursor: str | None) -> str | None:
    if cursor is None:
        return None
    query = {k: v for k, v in request.query_params.items() if v and k != "cursor"}
    query["cursor"] = cursor
    return f"{request.url.path}?{urlencode(query)}"


@router.get("/favicon.ico")
async def favicon() -> Response:
    return Response(status_code=204)


@router.get("/")
async def overview(request: Request) -> Response:
    repo = get_repo(request)
    context = {
        "stats": repo.stats(),
        "articles": repo.articles(q=None, outlet=None, since=None, until=None, offset=0, limit=20),
        "entities": repo.entities(q=None, type=None, offset=0, limit=15),
        "quotes": repo.quotes(QuoteFilters(), offset=0, limit=5),
    }
    return show(request, "index.html", context, html={"json_href": json_link(request)})


@router.get("/articles/{article_id}")
async def article_page(article_id: str, request: Request) -> Response:
    view = get_repo(request).article(article_id)
    if view is None:
        raise ApiError(404, "not_found", f"no article {article_id!r}")
    record, links = view.record, view.links
    context = {"record": record.as_dict(), "links": links}
    return show(request, "article.html", context, html=article_html(record, links, request))


def article_html(
    record: Record, links: dict[str, str], request: Request | None = None
) -> dict[str, Any]:
    """What the article template needs beyond the Record: highlighted text and panels."""
    names = {e.id: e.name for e in record.entities}
    places = {p.id: p for p in record.places}
    dates = {d.id: d for d in record.dates}

    def who(ref: Any) -> dict[str, Any] | None:
        if ref is None:
            return None
        gid = links.get(ref.entity) if ref.entity else None
        return {
            "name": names.get(ref.entity or "", ref.text),
            "href": entity_href(gid) if gid else None,
        }

    quotes = [
        {"id": q.id, "text": q.content.text, "kind": q.kind, "channel": q.channel, "speaker": who(q.speaker),
         "date": dates[q.date].value if q.date in dates else None}
        for q in record.quotes
    ]  # fmt: skip
    events = [
        {"id": ev.id, "type": ev.type, "mode": ev.mode, "status": ev.status, "trigger": ev.trigger.text,
         "actor": who(ev.actor), "recipient": who(ev.recipient),
         "place": places[ev.place].name if ev.place in places else None,
         "date": dates[ev.date].value if ev.date in dates else None}
        for ev in record.events
    ]  # fmt: skip
    entities: list[dict[str, Any]] = [
        {"id": e.id, "name": e.name, "type": e.type, "mentions": len(e.mentions),
         "href": entity_href(links[e.id]) if e.id in links else None}
        for e in sorted(record.entities, key=lambda e: (-len(e.mentions), e.name))
    ]  # fmt: skip
    points = [
        {"lat": p.lat, "lon": p.lon, "label": p.resolved_name or p.name}
        for p in record.places
        if p.lat is not None and p.lon is not None
    ]
    return {
        "text_html": render(record.article.text, annotate(record, links)),
        "quotes": quotes,
        "events": events,
        "entities": entities,
        "places": record.places,
        "dates": record.dates,
        "points": points,
        "source_url": safe_url(record.article.url),
        "record_href": "/api/articles/" + quote(record.article.id, safe=""),
        "json_href": json_link(request) if request is not None else None,
    }


@router.get("/entities/{entity_id}")
async def entity_page(entity_id: str, request: Request) -> Response:
    profile = get_repo(request).entity(entity_id)
    if profile is None:
        raise ApiError(404, "not_found", f"no entity {entity_id!r}")
    return show(request, "entity.html", {"entity": profile}, html={"json_href": json_link(request)})


@router.get("/quotes")
async def quotes_page(
    request: Request,
    paging: Page,
    filters: Annotated[QuoteFilters, Depends(quote_filters)],
) -> Response:
    repo = get_repo(request)
    page = page_of(lambda o, n: repo.quotes(filters, offset=o, limit=n), paging)
    context = {"filters": _asdict(filters), **page}
    html = {
        "channels": CHANNELS,
        "next_href": next_link(request, page["next"]),
        "json_href": json_link(request),
    }
    return show(request, "quotes.html", context, html=html)


@router.get("/events")
async def events_page(
    request: Request,
    paging: Page,
    filters: Annotated[EventFilters, Depends(event_filters)],
) -> Response:
    repo = get_repo(request)
    page = page_of(lambda o, n: repo.events(filters, offset=o, limit=n), paging)
    # The chart and the map count every matching event, not just this page.
    overview = repo.event_overview(filters)
    context = {
        "filters": _asdict(filters),
        **page,
        "timeline": timeline(overview["months"]),
        "points": overview["points"],
    }
    html = {
        "statuses": EVENT_STATUSES,
        "next_href": next_link(request, page["next"]),
        "json_href": json_link(request),
    }
    return show(request, "events.html", context, html=html)


def timeline(months: dict[str, int]) -> list[dict[str, Any]]:
    """Bars for events per month (``YYYY-MM`` → count), oldest first, empty months
    included so the bars keep time's proportions; per year when the span is long."""
    months = {
        m: n for m, n in months.items() if len(m) == 7 and m[:4].isdigit() and m[5:7].isdigit()
    }
    if not months:
        return []
    first, last = min(months), max(months)
    span = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7])
    bins: Counter[str] = Counter()
    if span > 36:
        for key, n in months.items():
            bins[key[:4]] += n
        keys = [str(y) for y in range(int(first[:4]), int(last[:4]) + 1)]
    else:
        bins = Counter(months)
        year, mon = int(first[:4]), int(first[5:7])
        keys = []
        for _ in range(span + 1):
            keys.append(f"{year:04d}-{mon:02d}")
            year, mon = (year + 1, 1) if mon == 12 else (year, mon + 1)
    top = max(bins.values())
    return [{"month": k, "count": bins[k], "height": round(100 * bins[k] / top, 1)} for k in keys]


def _asdict(filters: Any) -> dict[str, Any]:
    return {name: getattr(filters, name) for name in filters.__slots__}


@router.get("/search")
async def search_page(
    request: Request,
    paging: Page,
    q: Annotated[str, Query(max_length=200)] = "",
) -> Response:
    repo = get_repo(request)
    page = (
        page_of(lambda o, n: repo.search(q, offset=o, limit=n), paging)
        if q.strip()
        else {"items": [], "next": None}
    )
    context = {"q": q, **page}
    html = {"next_href": next_link(request, page["next"]), "json_href": json_link(request)}
    return show(request, "search.html", context, html=html)


@router.get("/extract")
async def extract_form(request: Request) -> Response:
    settings = get_settings(request)
    return show(
        request, "extract.html", {"result": None}, html={"needs_token": not settings.writes_open}
    )


@router.post("/extract")
async def extract_submit(
    request: Request,
    text: Annotated[str, Form(max_length=MAX_UPLOAD_CHARS)] = "",
    file: Annotated[UploadFile | None, File()] = None,
    published: Annotated[str, Form(max_length=40)] = "",
    outlet: Annotated[str, Form(max_length=200)] = "",
    title: Annotated[str, Form(max_length=1000)] = "",
    store: Annotated[str, Form(max_length=10)] = "",
    token: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    from starlette.concurrency import run_in_threadpool

    settings = get_settings(request)
    want_store = store in ("1", "on", "true", "yes")
    if want_store:
        require_write(request, settings, get_repo(request), form_token=token or None)
    meta = {"published": published or None, "outlet": outlet or None, "title": title or None}
    if file is not None and file.filename:
        data = await file.read()
        name = file.filename.lower()
        reader = read_html if name.endswith((".html", ".htm", ".xhtml")) else read_text
        article = reader(data, source=file.filename, **meta)
    elif text.strip():
        article = read_text(text.encode("utf-8"), source="form", **meta)
    else:
        raise InputError("paste some text or choose a file", code="empty")
    result = await run_in_threadpool(run_extract, request, article, store=want_store)
    record = Record.from_dict(result["record"])
    html = article_html(record, {}) if not want_store else None
    if want_store:
        view = get_repo(request).article(record.article.id)
        html = article_html(record, view.links if view else {})
    return show(
        request,
        "extract.html",
        {"result": result},
        html={**(html or {}), "needs_token": not settings.writes_open},
    )
