"""The REST API and the pages' JSON twins, in process over a store of hand-built Records."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from newsgraph.web import Settings, create_app
from newsgraph.web.fixtures import HOSTILE_ID, build_store

# 5 + 5 + 3 entities in the three Records; Lena Hartmann and Kessel are shared.
STATS_ENTITIES = 11


@pytest.fixture(scope="module")
def db_url(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'web.db'}"
    build_store(url).close()
    return url


@pytest.fixture(scope="module")
def client(db_url):
    app = create_app(settings=Settings(db_url=db_url, extra_hosts=("testserver",)))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def entity_id(client, name: str):
    items = client.get("/api/entities", params={"q": name}).json()["items"]
    assert items, name
    return items[0]["id"]


def test_web_api_stats_counts_what_was_stored(client):
    stats = client.get("/api/stats").json()
    # Lena Hartmann and Kessel appear in two articles and are counted once.
    assert stats == {
        "articles": 3,
        "entities": STATS_ENTITIES,
        "quotes": 7,
        "events": 5,
        "places": 3,
    }


@pytest.mark.parametrize(
    "path",
    [
        "/api/articles",
        "/api/entities",
        "/api/quotes",
        "/api/events",
        "/api/places",
        "/api/search?q=offer",
    ],
)
def test_web_api_lists_have_items_and_next(client, path):
    body = client.get(path).json()
    assert set(body) == {"items", "next"}
    assert body["items"], path
    assert body["next"] is None


def test_web_api_cursor_walks_every_page_once(client):
    seen, cursor, pages = [], None, 0
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/quotes", params=params).json()
        seen.extend(q["id"] for q in body["items"])
        pages += 1
        cursor = body["next"]
        if cursor is None:
            break
    all_ids = [q["id"] for q in client.get("/api/quotes", params={"limit": 100}).json()["items"]]
    assert seen == all_ids and len(set(seen)) == len(seen) == 7
    assert pages == 4


def test_web_api_quote_filters_match_the_cli(client):
    by = client.get("/api/quotes", params={"speaker": "Hartmann"}).json()["items"]
    assert {q["speaker"]["name"] for q in by} == {"Lena Hartmann"}
    assert len(by) == 3
    assert {
        q["channel"]
        for q in client.get("/api/quotes", params={"channel": "interview"}).json()["items"]
    } == {"interview"}
    ledger = client.get("/api/quotes", params={"outlet": "Daily Ledger"}).json()["items"]
    assert {q["article_id"] for q in ledger} == {"port-talks"} and len(ledger) == 2
    since = client.get("/api/quotes", params={"since": "2024-03-14"}).json()["items"]
    assert {q["published"] for q in since} == {"2024-03-16"}
    until = client.get("/api/quotes", params={"until": "2024-03-13"}).json()["items"]
    assert "2024-03-16" not in {q["published"] for q in until} and until
    text = client.get("/api/quotes", params={"q": "insult"}).json()["items"]
    assert [q["text"] for q in text] == ['"The offer is an insult,"']


def test_web_api_event_filters(client):
    coerce = client.get("/api/events", params={"type": "coerce"}).json()["items"]
    assert [(e["type"], e["mode"], e["place"]["name"]) for e in coerce] == [
        ("COERCE", "arrest", "Kessel")
    ]
    kessel = client.get("/api/events", params={"place": "Kessel"}).json()["items"]
    assert {e["type"] for e in kessel} == {"COERCE", "CONSULT"}
    by_actor = client.get("/api/events", params={"actor": "Lena Hartmann"}).json()["items"]
    assert [e["trigger"]["text"] for e in by_actor] == ["met"]
    assert client.get("/api/events", params={"status": "negated"}).json()["items"] == []
    dated = client.get("/api/events", params={"since": "2024-03-14", "until": "2024-03-15"}).json()[
        "items"
    ]
    assert dated and all("2024-03-14" <= e["date"] <= "2024-03-15" for e in dated)


def test_web_api_article_is_the_record(client):
    from newsgraph.record import validate

    body = client.get("/api/articles/port-strike").json()
    validate(body)
    assert body["article"]["id"] == "port-strike"


def test_web_api_entity_profile(client):
    eid = entity_id(client, "Lena Hartmann")
    profile = client.get(f"/api/entities/{eid}").json()
    assert profile["name"] == "Lena Hartmann"
    assert "Hartmann" in profile["aliases"]
    assert {a["name"] for a in profile["affiliations"]} == {"Harbour Workers Union"}
    assert len(profile["quotes_by"]) == 3
    assert {o["outlet"] for o in profile["outlets"]} == {"Northern Wire", "Daily Ledger"}
    assert [e["type"] for e in profile["events_as_actor"]] == ["CONSULT"]
    assert {p["name"] for p in profile["interacts_with"]} == {"Daily Ledger"}
    # Piet Vos's quote names her: a quote about her, not by her.
    assert [q["text"] for q in profile["quotes_about"]] == ['"Hartmann knows we cannot pay more,"']
    assert [q["speaker"]["name"] for q in profile["quotes_about"]] == ["Piet Vos"]
    union = client.get(f"/api/entities/{entity_id(client, 'Harbour Workers Union')}").json()
    assert [e["trigger"]["text"] for e in union["events_as_recipient"]] == ["urged"]
    # Mentioned inside someone else's quote? Not in these articles; the list exists and is empty.
    assert union["quotes_about"] == []


@pytest.mark.parametrize(
    "path,status,code",
    [
        ("/api/articles/nope", 404, "not_found"),
        ("/api/entities/999999", 404, "not_found"),
        ("/api/entities/not-a-number", 404, "not_found"),
        ("/api/entities/%C2%B9", 404, "not_found"),  # "¹".isdigit() is True; found by schemathesis
        ("/api/nothing-here", 404, "not_found"),
        ("/api/quotes?cursor=bm90LW91cnM", 400, "bad_cursor"),
        ("/api/quotes?cursor=%%%", 400, "bad_cursor"),
        ("/api/quotes?since=yesterday", 422, "invalid_parameter"),
        ("/api/quotes?limit=0", 422, "invalid_parameter"),
        ("/api/search", 422, "invalid_parameter"),
        ("/articles/nope?format=json", 404, "not_found"),
    ],
)
def test_web_api_errors_have_one_shape(client, path, status, code):
    response = client.get(path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["error"]["code"] == code
    assert set(response.json()["error"]) == {"code", "message"}


def test_web_api_unknown_page_is_an_html_error(client):
    response = client.get("/articles/nope")
    assert response.status_code == 404
    assert "text/html" in response.headers["content-type"]
    assert "no article" in response.text


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/articles/port-strike",
        "/quotes?speaker=Hartmann",
        "/events?type=COERCE",
        "/search?q=insult",
    ],
)
def test_web_pages_have_a_json_twin(client, path):
    page = client.get(path)
    twin = client.get(path + ("&" if "?" in path else "?") + "format=json")
    assert page.status_code == twin.status_code == 200
    assert "text/html" in page.headers["content-type"]
    assert twin.headers["content-type"].startswith("application/json")
    data = twin.json()
    if path.startswith("/quotes"):
        assert data["filters"]["speaker"] == "Hartmann" and data["items"]
        for q in data["items"]:
            assert q["text"] in page.text.replace("&#34;", '"').replace("&quot;", '"')
    if path.startswith("/search"):
        assert {r["kind"] for r in data["items"]} == {"article", "quote"}
        assert 'href="/articles/port-talks"' in page.text
    if path.startswith("/events"):
        assert data["points"] == [{"lat": 52.37, "lon": 4.89, "label": "Kessel", "count": 1}]
        assert [b["month"] for b in data["timeline"]] == ["2024-03"]


def test_web_entity_page_lists_quotes_and_links_back(client):
    eid = entity_id(client, "Lena Hartmann")
    page = client.get(f"/entities/{eid}")
    assert page.status_code == 200
    assert "waiting does not pay the rent" in page.text
    assert 'href="/articles/port-strike"' in page.text


def test_web_openapi_lists_every_endpoint(client):
    doc = client.get("/openapi.json").json()
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/entities", "/api/entities/{entity_id}",
                 "/api/quotes", "/api/events", "/api/places", "/api/search"):  # fmt: skip
        assert path in doc["paths"], path
    assert not any(p.startswith("/articles") for p in doc["paths"])  # pages stay out of the API


def test_web_overview_with_an_empty_store(tmp_path):
    app = create_app(
        settings=Settings(db_url=f"sqlite:///{tmp_path / 'empty.db'}", extra_hosts=("testserver",))
    )
    with TestClient(app) as c:
        page = c.get("/")
        assert page.status_code == 200 and "No articles yet" in page.text
        assert c.get("/api/quotes").json() == {"items": [], "next": None}


def test_web_serve_command_is_registered():
    from newsgraph.cli import main

    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    assert "--db" in result.output and "--token" in result.output


def test_web_hostile_article_is_stored_and_listed(client):
    ids = [a["id"] for a in client.get("/api/articles", params={"limit": 10}).json()["items"]]
    assert HOSTILE_ID in ids


def test_web_pages_work_without_built_assets(db_url):
    app = create_app(settings=Settings(db_url=db_url, extra_hosts=("testserver",)))
    app.state.templates.env.globals["assets"] = False  # as after a checkout without `make assets`
    with TestClient(app) as c:
        page = c.get("/events")
        assert page.status_code == 200
        assert "/static/vendor/" not in page.text.replace('data-world="/static/vendor/', "")
        assert "Map libraries are not built" in page.text
        assert "Kessel (52.37, 4.89)" in page.text  # the places are listed instead
        assert c.get("/articles/port-strike").status_code == 200


def test_web_timeline_keeps_empty_months_and_bins_long_spans_by_year():
    from newsgraph.web.pages import timeline

    bars = timeline({"2024-01": 2, "2024-04": 4, "bad": 9})
    assert [(b["month"], b["count"], b["height"]) for b in bars] == [
        ("2024-01", 2, 50.0), ("2024-02", 0, 0.0), ("2024-03", 0, 0.0), ("2024-04", 4, 100.0),
    ]  # fmt: skip
    years = timeline({"2019-05": 1, "2021-02": 3, "2023-12": 1})
    assert [(b["month"], b["count"]) for b in years] == [
        ("2019", 1), ("2020", 0), ("2021", 3), ("2022", 0), ("2023", 1),
    ]  # fmt: skip
    assert timeline({}) == []


def test_web_article_with_an_unreadable_record_still_shows_its_text(tmp_path):
    from sqlalchemy import update

    from newsgraph.store import schema as t
    from newsgraph.web.fixtures import port_record

    url = f"sqlite:///{tmp_path / 'broken.db'}"
    store = build_store(url, records=[port_record()])
    with store.transaction() as conn:
        conn.execute(update(t.articles).values(record="{}"))
    store.close()
    with TestClient(create_app(settings=Settings(db_url=url, extra_hosts=("testserver",)))) as c:
        page = c.get("/articles/port-strike")
        assert page.status_code == 200
        assert "Dock workers at the port of Valdora" in page.text
        assert "record_unreadable" in page.text


def test_web_head_is_get_without_a_body(client):
    get, head = client.get("/api/quotes"), client.head("/api/quotes")
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-length"] == get.headers["content-length"]
    assert client.head("/articles/nope").status_code == 404


def test_web_public_surface():
    import newsgraph.web as web

    assert sorted(web.__all__) == ["Repository", "Settings", "create_app", "open_repository"]
    assert all(hasattr(web, name) for name in web.__all__)
