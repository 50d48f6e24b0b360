"""PETRARCH validation records (CAMEO-coded XML) → newsgraph events gold JSONL.

    python -m newsgraph.eval.convert_petrarch PETR.UnitTest.records.xml \
        --mapping CAMEO2PLOVER-2021.txt > /tmp/petr-unit.jsonl

Each ``<Sentence>`` becomes one line ``{"id", "text", "published", "events": [{"type",
"mode", "actor": null, "recipient": null, "location": null}]}``. PETRARCH codes actors as
CAMEO actor codes, not text spans: with ``--actors`` (a Phoenix/TABARI country actor
dictionary, read at conversion time) the converter looks up the names of the code's
country and keeps the first one found in the sentence as the gold actor/recipient text;
otherwise (and for codes without a country, "---REB") they stay null and the scorer
skips them. PETRARCH writes one coding per actor pair, so a compound actor ("Brazil and
the United States ...") yields several codings of one event; identical PLOVER types in a
record are merged unless ``--keep-dyads``. Records are left out when a code has no PLOVER mapping (CAMEO 02 "appeal" and
the toy test codes) or the record expects a coding error; CAMEO 01 ("make statement") is
kept as "no event". Works on both the TABARI-style unit tests and the PETR-2 GSR file,
which is not well-formed XML, so the records are read with regular expressions.
"""

from __future__ import annotations

import argparse
import html
import json
import logging
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsgraph.eval.plover_mapping import PloverCode, read_mapping, to_plover

__all__ = ["actor_text", "convert", "main", "read_actor_names"]

log = logging.getLogger(__name__)

SENTENCE = re.compile(r"<Sentence\b([^>]*?)/?>(.*?)</Sentence>", re.S)
ATTR = re.compile(r"(\w+)\s*=\s*[\"']([^\"']*)[\"']")
CODING = re.compile(r"<EventCoding\b([^>]*)>")
TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)


def read_actor_names(path: str | Path) -> dict[str, list[str]]:
    """Country code → lower-case names, from a TABARI-style actor dictionary.

    A block starts with ``NAME_ [CODE]`` and lists synonyms as ``+NAME_`` lines.
    """
    names: dict[str, list[str]] = {}
    code: str | None = None
    for raw in Path(path).read_text("utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("+"):
            if code is not None:
                names[code].append(_name(line[1:]))
            continue
        match = re.match(r"^([^\s\[]+)\s*\[([A-Z]{3})[^\]]*\]", line)
        if match is None:
            code = None if not line.startswith((" ", "\t")) else code
            continue
        code = match.group(2)
        names.setdefault(code, []).append(_name(match.group(1)))
    return names


def _name(raw: str) -> str:
    return " ".join(raw.strip().rstrip("_").replace("_", " ").lower().split())


def actor_text(code: str | None, text: str, names: dict[str, list[str]]) -> str | None:
    """The first (then longest) name of the code's country found in ``text``."""
    if not code or code.startswith("---"):
        return None
    best: tuple[int, int, str] | None = None
    for name in names.get(code[:3], ()):
        if len(name) < 2:
            continue
        match = re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", text, flags=re.I)
        if match and (best is None or (match.start(), -len(name)) < (best[0], -best[1])):
            best = (match.start(), len(name), match.group(0))
    return best[2] if best else None


def _attrs(raw: str) -> dict[str, str]:
    return {k.lower(): v for k, v in ATTR.findall(raw)}


def _date(raw: str | None) -> str | None:
    if raw and re.fullmatch(r"\d{8}", raw):
        return f"{raw[:4]}-{raw[4:6]}-{raw[6:]}"
    return None


def convert(
    xml: str,
    table: dict[str, PloverCode],
    *,
    keep_dyads: bool = False,
    actor_names: dict[str, list[str]] | None = None,
) -> Iterator[dict[str, Any]]:
    """Gold lines for every usable record in a PETRARCH validation file."""
    for match in SENTENCE.finditer(xml):
        attrs = _attrs(match.group(1))
        body = match.group(2)
        text_match = TEXT.search(body)
        if text_match is None:
            continue
        text = " ".join(html.unescape(text_match.group(1)).split())
        events: list[dict[str, Any]] = []
        usable = True
        for coding in CODING.finditer(body):
            info = _attrs(coding.group(1))
            if "error" in info:
                usable = False
                break
            if "noevents" in info:
                continue
            code = info.get("eventcode", "")
            plover = to_plover(code, table)
            if plover is False:
                usable = False
                break
            if isinstance(plover, PloverCode) and (
                keep_dyads or all(e["type"] != plover.type for e in events)
            ):
                names = actor_names or {}
                events.append(
                    {
                        "type": plover.type,
                        "mode": plover.mode,
                        "actor": actor_text(info.get("sourcecode"), text, names),
                        "recipient": actor_text(info.get("targetcode"), text, names),
                        "location": None,
                        "cameo": code,
                    }
                )
        if not usable:
            log.info("skipping %s: unmappable or error record", attrs.get("id"))
            continue
        yield {
            "id": attrs.get("id", f"s{match.start()}"),
            "text": text,
            "published": _date(attrs.get("date")),
            "events": events,
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("xml", type=Path, help="PETRARCH validation XML file")
    parser.add_argument("--mapping", type=Path, required=True, help="CAMEO2PLOVER-2021.txt")
    parser.add_argument(
        "--keep-dyads", action="store_true", help="keep one event per PETRARCH actor pair"
    )
    parser.add_argument(
        "--actors",
        type=Path,
        action="append",
        default=[],
        help="TABARI/Phoenix country actor dictionary (repeatable) for gold actor texts",
    )
    args = parser.parse_args(argv)
    table = read_mapping(args.mapping)
    names: dict[str, list[str]] = {}
    for path in args.actors:
        for code, found in read_actor_names(path).items():
            names.setdefault(code, []).extend(found)
    xml = args.xml.read_text("utf-8", errors="replace")
    for line in convert(xml, table, keep_dyads=args.keep_dyads, actor_names=names):
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
