import gzip
import io
import json

import pytest

from newsgraph.article import Article, content_id, iter_articles, looks_english
from newsgraph.errors import InputError

ENGLISH = (
    "The minister said on Tuesday that the talks with the union had failed, "
    "and that the government would now consider its options for the port."
)


def collect(paths, **kw):
    return list(iter_articles(paths, **kw))


def test_text_file_becomes_article_with_metadata(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ENGLISH, "utf-8")
    [art] = collect([path], defaults={"published": "2021-08-25", "outlet": "Wire"})
    assert isinstance(art, Article)
    assert art.text == ENGLISH
    assert art.published == "2021-08-25"
    assert art.outlet == "Wire"
    assert art.id == content_id(ENGLISH)


def test_crlf_is_normalised_and_bom_dropped(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ENGLISH.replace(", ", ",\r\n").encode())
    [art] = collect([path])
    assert "\r" not in art.text and not art.text.startswith("\ufeff")


def test_windows_1252_pound_sign_is_read(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes((ENGLISH + " It cost \xa35m.").encode("cp1252"))
    [art] = collect([path])
    assert "£5m" in art.text


@pytest.mark.parametrize(
    ("content", "code"),
    [(b"", "empty"), (b"   \n", "empty"), (b"\x00\x01\x02binary\x00" * 50, "binary")],
)
def test_unusable_files_become_errors(tmp_path, content, code):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [err] = collect([path])
    assert isinstance(err, InputError)
    assert err.code == code
    assert str(path) in err.one_line()


def test_non_english_text_is_refused(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_text(
        "Le ministre a déclaré mardi que les négociations avec le syndicat avaient échoué "
        "et que le gouvernement allait maintenant examiner ses options pour le port.",
        "utf-8",
    )
    [err] = collect([path])
    assert isinstance(err, InputError) and err.code == "not_english"


def test_looks_english_on_short_and_long_text():
    assert looks_english("Protesters gathered.")
    assert looks_english(ENGLISH)
    assert not looks_english(
        "Экономика страны выросла на три процента в прошлом году, сообщило министерство."
    )


def test_jsonl_batch_keeps_going_past_bad_lines(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "one", "text": ENGLISH, "outlet": "Wire", "published": "2021-08-25"}),
        "{not json",
        json.dumps({"id": "two"}),
        "",
        json.dumps(
            {
                "id": 3,
                "html": f"<html><body><article><p>{ENGLISH}</p><p>{ENGLISH}</p></article></body></html>",
            }
        ),
    ]
    path.write_text("\n".join(lines), "utf-8")
    items = collect([path])
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "InputError", "Article"]
    assert items[0].id == "one" and items[0].outlet == "Wire"
    assert items[1].source.endswith("batch.jsonl:2") and items[1].code == "bad_json"
    assert items[3].id == "3" and ENGLISH in items[3].text


def test_gzipped_jsonl(tmp_path):
    path = tmp_path / "batch.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"text": ENGLISH}) + "\n")
    [art] = collect([path])
    assert art.text == ENGLISH


def test_html_reduced_to_text_with_metadata(tmp_path):
    html = f"""<html><head><title>Port strike | Wire</title>
    <meta property="og:site_name" content="Example Wire">
    <meta name="date" content="2024-03-14"></head>
    <body><nav>Home | World</nav><article><h1>Port strike</h1>
    <p>{ENGLISH}</p><p>{ENGLISH} &ldquo;We will not move,&rdquo; she said.</p></article>
    <footer>Copyright</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, "utf-8")
    [art] = collect([path])
    assert isinstance(art, Article)
    assert "“We will not move,” she said." in art.text
    assert "Copyright" not in art.text
    assert art.published == "2024-03-14"


def test_directory_walk_reads_known_suffixes_only(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(ENGLISH, "utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": ENGLISH + " Again."}) + "\n", "utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    items = collect([tmp_path])
    assert len(items) == 2 and all(isinstance(i, Article) for i in items)


def test_stdin_text_and_missing_path():
    items = collect(["-", "/nonexistent/file.txt"], stdin=io.BytesIO(ENGLISH.encode()))
    assert isinstance(items[0], Article) and items[0].source == "-"
    assert isinstance(items[1], InputError) and items[1].code == "missing"


def test_bad_published_date_is_a_user_error():
    with pytest.raises(InputError, match="publication date"):
        Article(text=ENGLISH, published="not a date at all")


def test_published_accepts_datetimes():
    assert Article(text=ENGLISH, published="2021-08-25T10:00:00Z").published == "2021-08-25"
    assert Article(text=ENGLISH, published="August 25, 2021").published == "2021-08-25"
