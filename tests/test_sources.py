"""WARC and RSS/Atom readers, on small archives and feeds written here."""

from __future__ import annotations

import gzip
import io
import tracemalloc

import pytest

from newsgraph.article import Article, iter_articles
from newsgraph.errors import InputError
from newsgraph.sources.feeds import html_to_text, iter_feed

PARAGRAPHS = [
    "The port authority said on Monday that dock workers would return to work after "
    "a three-week strike that had stranded dozens of container ships off the coast.",
    "Union leaders told reporters that the agreement, which raises wages by eight percent, "
    "was the best deal they could get from the operators this year.",
]


def page(title: str, paragraphs: list[str], *, date: str = "2023-04-03") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<!DOCTYPE html><html><head>"
        f"<title>{title}</title>"
        f'<meta property="article:published_time" content="{date}">'
        "</head><body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        "<footer>Copyright Example Media. All rights reserved.</footer></body></html>"
    ).encode()


def write_warc(path, pages, *, gzipped: bool) -> None:
    """pages: (uri, status, content type, payload bytes), plus a request record per page."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzipped)
        for uri, status, ctype, payload in pages:
            request = writer.create_warc_record(
                uri,
                "request",
                payload=io.BytesIO(b""),
                http_headers=StatusAndHeaders(f"GET {uri} HTTP/1.1", [], protocol=""),
            )
            writer.write_record(request)
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            response = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(payload), http_headers=headers
            )
            writer.write_record(response)


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_warc_html_responses_become_articles(tmp_path, name):
    path = tmp_path / name
    write_warc(
        path,
        [
            ("https://news.example.com/port", "200 OK", "text/html; charset=utf-8",
             page("Dock strike ends", PARAGRAPHS)),
            ("https://news.example.com/logo.png", "200 OK", "image/png", b"\x89PNG\r\n" * 20),
            ("https://news.example.com/old", "301 Moved Permanently", "text/html", b""),
            ("https://news.example.com/missing", "404 Not Found", "text/html",
             page("Not found", ["The page you asked for is not here."])),
        ],
        gzipped=name.endswith(".gz"),
    )  # fmt: skip
    items = list(iter_articles([path]))
    assert len(items) == 1, items
    [art] = items
    assert isinstance(art, Article)
    assert art.url == "https://news.example.com/port"
    assert "three-week strike" in art.text and "eight percent" in art.text
    assert "Copyright" not in art.text and "Home" not in art.text
    assert art.source is not None and art.source.startswith(f"{path}@")


def test_warc_latin1_page_uses_declared_charset(tmp_path):
    path = tmp_path / "latin.warc.gz"
    text = PARAGRAPHS[0].replace("Monday", "Monday (cost: £5m, café owners said)")
    write_warc(
        path,
        [("https://x.example/a", "200 OK", "text/html; charset=iso-8859-1",
          page("Strike", [text, PARAGRAPHS[1]]).decode().encode("latin-1"))],
        gzipped=True,
    )  # fmt: skip
    [art] = iter_articles([path])
    assert isinstance(art, Article)
    assert "£5m, café" in art.text


def test_warc_page_without_text_is_an_error_and_batch_goes_on(tmp_path):
    path = tmp_path / "mixed.warc.gz"
    empty = b"<html><head><title>Live</title></head><body><script>load()</script></body></html>"
    write_warc(
        path,
        [("https://x.example/empty", "200 OK", "text/html", empty),
         ("https://x.example/port", "200 OK", "text/html", page("Dock strike ends", PARAGRAPHS))],
        gzipped=True,
    )  # fmt: skip
    first, second = iter_articles([path])
    assert isinstance(first, InputError) and first.code == "empty"
    assert first.source is not None and first.source.startswith(str(path))
    assert isinstance(second, Article) and second.url == "https://x.example/port"


def test_corrupt_warc_is_one_error(tmp_path):
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(gzip.compress(b"this is not a WARC record at all\r\n\r\n" * 5))
    [err] = iter_articles([path])
    assert isinstance(err, InputError) and err.source == str(path)


def test_warc_is_streamed_not_loaded_whole(tmp_path, monkeypatch):
    """After warm-up, Python memory grows far less than the archive while reading it.

    HTML reduction is replaced by a plain cut so trafilatura's own bounded caches
    (they fill over the first few hundred pages) do not blur the reader's figure.
    """
    import newsgraph.sources.warc as warc

    def plain(html, *, source, **meta):
        return Article(text=html[html.index("<p>") :], source=source, **meta)

    monkeypatch.setattr(warc, "article_from_html", plain)
    path = tmp_path / "big.warc"
    filler = ["Officials said the talks would continue next week in the capital. " * 60]
    pages = [
        (f"https://x.example/{i}", "200 OK", "text/html", page(f"Talks {i}", PARAGRAPHS + filler))
        for i in range(200)
    ]
    write_warc(path, pages, gzipped=False)
    size = path.stat().st_size
    assert size > 900_000
    count = 0
    tracemalloc.start()
    for item in iter_articles([path]):
        assert isinstance(item, Article)
        count += 1
        if count == 20:  # imports and parser caches are in place now
            baseline = tracemalloc.get_traced_memory()[0]
            tracemalloc.reset_peak()
        del item
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 200
    assert peak - baseline < size / 10, (peak - baseline, size)


RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbour Gazette</title><link>https://gazette.example</link>
<item><title>Dock strike ends</title><link>https://gazette.example/strike</link>
<pubDate>Mon, 03 Apr 2023 09:30:00 +0000</pubDate>
<description>Short teaser only.</description>
<content:encoded><![CDATA[<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><script>track()</script>]]></content:encoded>
</item>
<item><title>Ferry fares rise</title><link>https://gazette.example/ferry</link>
<pubDate>Tue, 04 Apr 2023 07:00:00 GMT</pubDate>
<description>The ferry company said fares would rise by &lt;b&gt;ten percent&lt;/b&gt; from May, blaming fuel costs.</description>
</item>
<item><title>Photo gallery</title><link>https://gazette.example/photos</link></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Times</title>
<entry><title>Bridge reopens</title><link href="https://valley.example/bridge"/>
<id>tag:valley.example,2022:1</id><updated>2022-11-20T18:00:00Z</updated>
<published>2022-11-19T08:00:00Z</published>
<content type="html">&lt;p&gt;The council said the bridge would reopen on Friday.&lt;/p&gt;&lt;p&gt;Engineers had repaired the damaged pillars.&lt;/p&gt;</content>
</entry></feed>
"""


def test_rss_entries_become_articles_with_metadata(tmp_path):
    path = tmp_path / "gazette.rss"
    path.write_text(RSS, "utf-8")
    first, second, third = iter_articles([path])
    assert isinstance(first, Article) and isinstance(second, Article)
    # content:encoded wins over the teaser; paragraphs kept apart; scripts dropped.
    assert first.text == f"{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}"
    assert (first.url, first.title, first.published, first.outlet) == (
        "https://gazette.example/strike", "Dock strike ends", "2023-04-03", "Harbour Gazette"
    )  # fmt: skip
    assert second.text.startswith("The ferry company said fares would rise by ten percent")
    assert second.published == "2023-04-04"
    assert isinstance(third, InputError) and third.code == "empty"
    assert third.source == f"{path}#3"


def test_atom_feed_given_as_xml_uses_published_date(tmp_path):
    path = tmp_path / "valley.xml"
    path.write_text(ATOM, "utf-8")
    [art] = iter_articles([path], defaults={"outlet": "Fallback"})
    assert isinstance(art, Article)
    assert art.text == (
        "The council said the bridge would reopen on Friday.\n\n"
        "Engineers had repaired the damaged pillars."
    )
    assert art.published == "2022-11-19" and art.outlet == "Valley Times"


def test_feed_on_stdin_is_recognised():
    items = list(iter_articles(["-"], stdin=io.BytesIO(ATOM.encode())))
    assert [type(i) for i in items] == [Article]


def test_directory_walk_picks_up_warc_and_feeds(tmp_path):
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "a.atom").write_text(ATOM, "utf-8")
    write_warc(
        tmp_path / "c.warc.gz",
        [("https://x.example/p", "200 OK", "text/html", page("Dock", PARAGRAPHS))],
        gzipped=True,
    )
    (tmp_path / "notes.md").write_text("# not an article", "utf-8")
    urls = sorted(a.url for a in iter_articles([tmp_path]) if isinstance(a, Article))
    assert urls == ["https://valley.example/bridge", "https://x.example/p"]


def test_xml_that_is_not_a_feed_is_read_as_before(tmp_path):
    items = list(iter_feed(b"<html><body>nothing</body></html>", source="x.rss"))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert items[0].code == "bad_feed"


def test_html_to_text_keeps_paragraphs_and_drops_markup():
    html = "<div>First <b>bold</b> line<br>second line</div><ul><li>one</li><li>two</li></ul>"
    assert html_to_text(html) == "First bold line\nsecond line\n\none\n\ntwo"
