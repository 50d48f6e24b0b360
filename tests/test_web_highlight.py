"""The highlighted article: nesting, splitting, escaping (newsgraph.web.highlight)."""

from __future__ import annotations

import html
import re

import pytest

from newsgraph.web.fixtures import hostile_record, port_record
from newsgraph.web.highlight import Annotation, annotate, entity_href, render

TAG = re.compile(r"<[^>]+>")


def plain(markup: str) -> str:
    """The text a reader sees: tags removed, entities decoded."""
    return html.unescape(TAG.sub("", markup))


def parse_tags(markup: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    """Every start tag as a browser's tokenizer sees it."""
    from html.parser import HTMLParser

    found: list[tuple[str, list[tuple[str, str | None]]]] = []

    class Collect(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, attrs))

    Collect().feed(markup)
    return found


def balanced(markup: str) -> bool:
    stack: list[str] = []
    for m in re.finditer(r"<(/?)([a-z]+)[^>]*>", markup):
        closing, name = m.group(1), m.group(2)
        if closing:
            if not stack or stack.pop() != name:
                return False
        else:
            stack.append(name)
    return not stack


def test_web_highlight_keeps_the_text_exactly():
    record = port_record()
    out = render(record.article.text, annotate(record, {"e1": "7"}))
    assert plain(out) == record.article.text
    assert balanced(out)


def test_web_highlight_nests_speaker_inside_quote_and_links_entities():
    record = port_record()
    out = str(render(record.article.text, annotate(record, {"e1": "7", "e2": "8"})))
    # Lena Hartmann's entity link, with the quote's speaker marker around it.
    assert (
        '<a class="ent ent-PERSON" data-entity="e1" title="Lena Hartmann" href="/entities/7">'
        in out
    )
    assert 'data-speaker="Lena Hartmann"' in out
    assert 'data-speaker-href="/entities/7"' in out
    # Unlinked entities are spans, never links to nowhere.
    assert 'data-entity="e3"' in out and 'href="/entities/None"' not in out


def test_web_highlight_splits_crossing_annotations_into_pieces():
    text = "alpha beta gamma delta"
    anns = [
        Annotation(0, 10, "quote", "q", (("class", "quote"), ("data-quote", "q1"))),
        Annotation(6, 16, "event", "mark", (("class", "event"), ("data-event", "v1"))),
    ]
    out = str(render(text, anns))
    assert balanced(out)
    assert plain(out) == text
    # The event is cut where the quote ends and goes on after it, same id on both pieces.
    assert out.count('data-event="v1"') == 2
    assert out.startswith(
        '<q class="quote" data-quote="q1">alpha <mark class="event" data-event="v1">beta</mark></q>'
    )


def test_web_highlight_never_nests_links():
    text = "Ahmad Massoud"
    anns = [
        Annotation(0, 13, "entity", "a", (("class", "ent"), ("href", "/entities/1"))),
        Annotation(6, 13, "entity", "a", (("class", "ent"), ("href", "/entities/2"))),
    ]
    out = str(render(text, anns))
    assert out.count("<a ") == 1
    assert "<span" in out and 'href="/entities/2"' not in out


@pytest.mark.parametrize("start,end", [(-1, 3), (3, 3), (5, 999), (4, 2)])
def test_web_highlight_drops_spans_outside_the_text(start, end):
    dropped = []
    out = render("short text", [Annotation(start, end, "entity")], on_drop=dropped.append)
    assert str(out) == "short text"
    assert len(dropped) == 1


def test_web_highlight_escapes_hostile_text_and_attributes():
    record = hostile_record()
    out = str(render(record.article.text, annotate(record, {"e1": 'x"><script>', "e2": "2"})))
    assert plain(out) == record.article.text
    assert "<script" not in out
    assert "<img" not in out and "<svg" not in out and "<b>" not in out
    hrefs = re.findall(r'href="([^"]*)"', out)
    assert hrefs and all(h.startswith("/entities/") for h in hrefs)
    tags = parse_tags(out)
    assert {name for name, _ in tags} <= {"a", "span", "q", "mark", "time"}
    assert not [a for _, attrs in tags for a, _ in attrs if a.startswith("on") or a == "style"]
    # The id is url-quoted into the path, so it cannot leave the attribute either.
    assert 'href="/entities/x%22%3E%3Cscript%3E"' in out
    assert entity_href("a/b?c") == "/entities/a%2Fb%3Fc"
