"""Ingest-by-URL must not become a way into the server's own network (SSRF)."""

from __future__ import annotations

import httpx
import pytest

from newsgraph.web.fetch import FetchError, check_address, fetch_url


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
        "::1", "fe80::1", "fc00::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "0.0.0.0", "100.64.0.1",
        "224.0.0.1", "240.0.0.1",
    ],
)  # fmt: skip
def test_web_fetch_refuses_non_public_addresses(address):
    with pytest.raises(FetchError):
        check_address(address, allow_private=False)


@pytest.mark.parametrize(
    "address", ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c", "8.8.8.8"]
)
def test_web_fetch_allows_public_addresses(address):
    check_address(address, allow_private=False)


def test_web_fetch_private_allowed_only_when_asked():
    check_address("10.0.0.5", allow_private=True)
    check_address("127.0.0.1", allow_private=True)
    with pytest.raises(FetchError):  # multicast is never a web server
        check_address("224.0.0.1", allow_private=True)


def resolver(table):
    def resolve(host, port):
        return table[host]

    return resolve


PAGE = b"<html><head><title>T</title></head><body><article><p>Officials said the bridge would reopen.</p></article></body></html>"


def test_web_fetch_checks_every_address_a_name_resolves_to():
    # One public and one private answer: refused (the connection could go to either).
    with pytest.raises(FetchError, match="private"):
        fetch_url(
            "http://mixed.example/",
            resolve=resolver({"mixed.example": ["93.184.215.14", "10.0.0.7"]}),
        )


def test_web_fetch_connects_to_the_checked_address():
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.host, request.headers["host"]))
        return httpx.Response(200, content=PAGE, headers={"content-type": "text/html"})

    got = fetch_url(
        "http://news.example/story", resolve=resolver({"news.example": ["93.184.215.14"]}),
        transport=httpx.MockTransport(handler),
    )  # fmt: skip
    assert got.body == PAGE and got.url == "http://news.example/story"
    assert seen == [("93.184.215.14", "news.example")]


def test_web_fetch_rechecks_every_redirect():
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": "http://internal.example/admin"})

    names = {"news.example": ["93.184.215.14"], "internal.example": ["192.168.0.10"]}
    with pytest.raises(FetchError, match="private"):
        fetch_url(
            "http://news.example/", resolve=resolver(names), transport=httpx.MockTransport(handler)
        )

    def to_metadata(request: httpx.Request) -> httpx.Response:
        return httpx.Response(301, headers={"location": "http://169.254.169.254/latest/meta-data"})

    with pytest.raises(FetchError):
        fetch_url(
            "http://news.example/",
            resolve=resolver(names),
            transport=httpx.MockTransport(to_metadata),
        )


def test_web_fetch_follows_public_redirects_up_to_a_limit():
    hops = []

    def handler(request: httpx.Request) -> httpx.Response:
        hops.append(request.headers["host"])
        if request.headers["host"] == "a.example":
            return httpx.Response(302, headers={"location": "https://b.example/final"})
        return httpx.Response(200, content=PAGE)

    names = {"a.example": ["93.184.215.14"], "b.example": ["93.184.215.15"]}
    got = fetch_url(
        "http://a.example/", resolve=resolver(names), transport=httpx.MockTransport(handler)
    )
    assert got.url == "https://b.example/final" and hops == ["a.example", "b.example"]

    def loop(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": "/again"})

    with pytest.raises(FetchError, match="redirects"):
        fetch_url(
            "http://a.example/",
            resolve=resolver(names),
            transport=httpx.MockTransport(loop),
            max_redirects=3,
        )


def test_web_fetch_limits_size():
    def declared(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"x" * 5000)

    names = {"news.example": ["93.184.215.14"]}
    with pytest.raises(FetchError, match="larger"):
        fetch_url(
            "http://news.example/",
            resolve=resolver(names),
            transport=httpx.MockTransport(declared),
            max_bytes=1000,
        )

    def streamed(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=iter([b"x" * 600, b"x" * 600]))  # no Content-Length

    with pytest.raises(FetchError, match="larger"):
        fetch_url(
            "http://news.example/",
            resolve=resolver(names),
            transport=httpx.MockTransport(streamed),
            max_bytes=1000,
        )


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://news.example/",
        "gopher://x/",
        "http://user:pw@news.example/",
        "http:///nohost",
    ],
)
def test_web_fetch_refuses_other_schemes_and_credentials(url):
    with pytest.raises(FetchError):
        fetch_url(url, resolve=resolver({"news.example": ["93.184.215.14"]}))


def test_web_fetch_times_out():
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(FetchError, match="fetch failed"):
        fetch_url(
            "http://news.example/", resolve=resolver({"news.example": ["93.184.215.14"]}),
            transport=httpx.MockTransport(slow), timeout_s=0.5,
        )  # fmt: skip


def test_web_fetch_real_loopback_server_only_when_allowed():
    import http.server
    import threading

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path == "/hop":
                self.send_response(302)
                self.send_header("Location", "/page")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://localhost:{server.server_port}/hop"
        with pytest.raises(FetchError, match="loopback"):
            fetch_url(url)
        got = fetch_url(url, allow_private=True, timeout_s=5)
        assert got.body == PAGE and got.url.endswith("/page")
    finally:
        server.shutdown()
        server.server_close()
