"""Read TimeML ``.tml`` files (TimeBank / AQUAINT / TempEval-3 layout).

The text is the content of ``<TEXT>`` with every tag removed and XML entities
unescaped; each TIMEX3 keeps character offsets into that text. The document creation
time (the TIMEX3 with ``functionInDocument="CREATION_TIME"``, normally inside
``<DCT>``) is kept apart: it is the anchor, never a timex to score.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import unescape

__all__ = ["TimeMLDoc", "Timex", "iter_docs", "read_tml"]

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')
_BODY = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_ENTITIES = {"&quot;": '"', "&apos;": "'"}


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    tid: str = ""


@dataclass(slots=True)
class TimeMLDoc:
    name: str
    text: str
    dct: str | None
    timexes: list[Timex] = field(default_factory=list)


def read_tml(path: Path) -> TimeMLDoc:
    """One ``.tml`` file: body text, DCT value (``YYYY-MM-DD`` or None) and gold timexes."""
    raw = path.read_text("utf-8", errors="replace")
    dct = _dct(raw)
    body = _BODY.search(raw)
    chunks: list[str] = []
    timexes: list[Timex] = []
    pos = 0
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    source = body.group(1) if body else ""
    for tag in _TAG.finditer(source):
        piece = unescape(source[pos : tag.start()], _ENTITIES)
        chunks.append(piece)
        length += len(piece)
        pos = tag.end()
        closing, name = tag.group(1), tag.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            attrs = dict(_ATTR.findall(tag.group(3)))
            if attrs.get("functionInDocument") == "CREATION_TIME":
                continue
            open_timex = (length, attrs)
        elif open_timex is not None:
            start, attrs = open_timex
            text = "".join(chunks)[start:length]
            timexes.append(
                Timex(
                    start=start,
                    end=length,
                    text=text,
                    type=attrs.get("type", "DATE"),
                    value=attrs.get("value", ""),
                    mod=attrs.get("mod"),
                    tid=attrs.get("tid", ""),
                )
            )
            open_timex = None
    chunks.append(unescape(source[pos:], _ENTITIES))
    return TimeMLDoc(name=path.stem, text="".join(chunks), dct=dct, timexes=timexes)


def iter_docs(root: Path) -> list[TimeMLDoc]:
    """Every ``.tml`` below ``root`` (or ``root`` itself), sorted by path; macOS junk skipped."""
    if root.is_file():
        return [read_tml(root)]
    paths = sorted(p for p in root.rglob("*.tml") if not p.name.startswith("._"))
    return [read_tml(p) for p in paths]


def _dct(raw: str) -> str | None:
    for tag in re.finditer(r"<TIMEX3\b([^>]*)>", raw):
        attrs = dict(_ATTR.findall(tag.group(1)))
        if attrs.get("functionInDocument") == "CREATION_TIME":
            value = attrs.get("value", "")
            match = re.match(r"\d{4}-\d{2}-\d{2}", value)
            if match:
                return match.group(0)
            if re.fullmatch(r"\d{8}", value):
                return f"{value[:4]}-{value[4:6]}-{value[6:]}"
    return None
