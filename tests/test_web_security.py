"""Security of the web layer: escaping, headers, limits, write permission, no stack traces."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from newsgraph.web import Settings, create_app
from newsgraph.web.fixtures import HOSTILE_ID, build_store


class Elements(HTMLParser):
    """Start tags and script bodies, as a browser's tokenizer sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def elements(markup: str) -> Elements:
    parser = Elements()
    parser.feed(markup)
    return parser


@pytest.fixture(scope="module")
def db_url(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('websec') / 'web.db'}"
    build_store(url).close()
    return url


def make_client(db_url, **settings):
    settings.setdefault("extra_hosts", ("testserver",))
    return TestClient(
        create_app(settings=Settings(db_url=db_url, **settings)), raise_server_exceptions=False
    )


@pytest.fixture(scope="module")
def client(db_url):
    with make_client(db_url) as c:
        yield c


@pytest.mark.parametrize("path", [f"/articles/{HOSTILE_ID}", "/", "/quotes", "/events"])
def test_web_hostile_text_cannot_run_script(client, path):
    page = client.get(path)
    assert page.status_code == 200
    found = elements(page.text)
    # Only our own scripts: external files from /static, or inert JSON data blocks.
    for tag, attrs in found.tags:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        assert "style" not in attrs, (tag, attrs)
        if tag == "script":
            assert (
                attrs.get("src", "").startswith("/static/")
                or attrs.get("type") == "application/json"
            ), attrs
        for name in ("href", "src", "action"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:", "vbscript:")), (tag, name, value)
        assert tag not in ("img", "iframe", "object", "embed", "b", "i"), (tag, attrs)
        assert tag != "svg" or attrs.get("class") == "timeline", attrs
    for body in found.scripts:
        assert "</" not in body and "<script" not in body.lower()


def test_web_hostile_article_shows_its_text_literally(client):
    page = client.get(f"/articles/{HOSTILE_ID}")
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page.text
    assert "&lt;script&gt;window.__pwned=7&lt;/script&gt;Hostile" in page.text
    # The javascript: URL of the article is shown as text, never as a link.
    assert 'class="source-unsafe">javascript:window.__pwned=6<' in page.text
    assert 'href="javascript' not in page.text


def test_web_every_response_has_a_csp(client):
    for path in ("/", f"/articles/{HOSTILE_ID}", "/api/quotes", "/nope", "/static/app.css"):
        csp = client.get(path).headers["content-security-policy"]
        assert (
            "script-src 'self'" in csp
            and "object-src 'none'" in csp
            and "frame-ancestors 'none'" in csp
        )
        assert "unsafe-inline" not in csp


def test_web_csp_allows_the_configured_tile_server(db_url):
    with make_client(db_url, tile_url="https://{s}.tiles.example.org/{z}/{x}/{y}.png") as c:
        csp = c.get("/events").headers["content-security-policy"]
        assert "img-src 'self' data: https://*.tiles.example.org" in csp
        assert 'data-tiles="https://{s}.tiles.example.org/{z}/{x}/{y}.png"' in c.get("/events").text


def test_web_body_limit(db_url):
    with make_client(db_url, max_body_bytes=2048) as c:
        big = c.post("/api/extract", json={"text": "x" * 5000})
        assert big.status_code == 413
        assert big.json()["error"]["code"] == "too_large"

        def chunks():  # no Content-Length: the limit still holds while streaming
            for _ in range(10):
                yield b"a" * 1000

        streamed = c.post(
            "/api/extract", content=chunks(), headers={"content-type": "application/json"}
        )
        assert streamed.status_code == 413


def test_web_writes_need_a_token_off_loopback(db_url):
    body = {"text": "Officials said the plan was fine.", "store": True}
    with make_client(db_url, host="0.0.0.0") as c:
        refused = c.post("/api/extract", json=body)
        assert refused.status_code == 403 and refused.json()["error"]["code"] == "writes_disabled"
        assert c.post("/api/ingest", json={"url": "https://example.org/"}).status_code == 403
    with make_client(db_url, host="0.0.0.0", token="s3cret") as c:
        assert c.post("/api/extract", json=body).json()["error"]["code"] == "token_required"
        wrong = c.post("/api/extract", json=body, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 403 and wrong.json()["error"]["code"] == "bad_token"
        # The check comes before any work: an empty text with a bad token is still a 403.
        assert (
            c.post(
                "/api/ingest",
                json={"url": "http://127.0.0.1/"},
                headers={"Authorization": "Bearer nope"},
            ).status_code
            == 403
        )


def test_web_reads_stay_open_without_a_token(db_url):
    with make_client(db_url, host="0.0.0.0", token="s3cret") as c:
        assert c.get("/api/quotes").status_code == 200
        assert c.get(f"/articles/{HOSTILE_ID}").status_code == 200


def test_web_cross_origin_writes_are_refused_even_on_loopback(client):
    response = client.post(
        "/api/ingest",
        json={"url": "https://example.org/a"},
        headers={"Origin": "https://evil.example"},
    )
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "cross_origin"


def test_web_loopback_server_refuses_foreign_host_names(db_url):
    with make_client(db_url, extra_hosts=()) as c:
        rebinding = c.get("/api/quotes", headers={"Host": "attacker.example:8000"})
        assert rebinding.status_code == 421
        assert c.get("/api/quotes", headers={"Host": "127.0.0.1:8000"}).status_code == 200
        assert c.get("/api/quotes", headers={"Host": "localhost"}).status_code == 200
        assert c.get("/api/quotes", headers={"Host": "[::1]:8000"}).status_code == 200


def test_web_ingest_refuses_private_addresses(client):
    for url in (
        "http://127.0.0.1:9/",
        "http://10.0.0.1/",
        "http://169.254.169.254/latest/",
        "http://[::1]/",
        "file:///etc/passwd",
    ):
        response = client.post("/api/ingest", json={"url": url})
        assert response.status_code == 400, url
        assert response.json()["error"]["code"] == "fetch_refused", url


class Exploding:
    writable = False

    def __getattr__(self, name):
        def boom(*args, **kwargs):
            raise RuntimeError("secret internal detail /etc/newsgraph/password")

        return boom


def test_web_no_stack_traces_reach_clients():
    app = create_app(settings=Settings(extra_hosts=("testserver",)), repo=Exploding())  # type: ignore[arg-type]
    with TestClient(app, raise_server_exceptions=False) as c:
        for path in ("/api/quotes", "/", "/api/articles/x"):
            response = c.get(path)
            assert response.status_code == 500
            assert "Traceback" not in response.text
            assert "secret internal detail" not in response.text
            assert "script-src 'self'" in response.headers["content-security-policy"]
            if path.startswith("/api/"):
                assert response.json() == {
                    "error": {
                        "code": "internal_error",
                        "message": "the server failed; the error was logged",
                    }
                }


def test_web_extract_page_without_store_keeps_the_store_unchanged(client, pipeline):
    client.app.state.extractor._pipeline = pipeline
    before = client.get("/api/stats").json()
    text = 'The minister said on Monday that "the <b>bridge</b> will reopen".'
    page = client.post("/extract", data={"text": text, "published": "2024-05-06"})
    assert page.status_code == 200
    assert "not stored" in page.text
    assert "&lt;b&gt;bridge&lt;/b&gt;" in page.text and "<b>bridge" not in page.text
    assert client.get("/api/stats").json() == before


def test_web_extract_and_store_on_loopback(client, pipeline):
    client.app.state.extractor._pipeline = pipeline
    text = "Harbour pilots in Valdora stopped work on Monday, the port authority said."
    response = client.post(
        "/api/extract", json={"text": text, "store": True, "published": "2024-05-06"}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["stored"] is True
    assert client.get(f"/api/articles/{body['article_id']}").json()["article"]["text"] == text
    upload = client.post(
        "/extract",
        data={"store": ""},
        files={"file": ("note.txt", b"Dock workers in Kessel went back to work.", "text/plain")},
    )
    assert upload.status_code == 200 and "Dock workers in Kessel" in upload.text


def test_web_extract_rejects_empty_input(client):
    page = client.post("/extract", data={"text": "   "})
    assert page.status_code == 400
    assert re.search(r"paste some text", page.text)
