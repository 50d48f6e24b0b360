"""Read the CAMEO→PLOVER conversion table (``CAMEO2PLOVER-2021.txt``) for the converters."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

__all__ = ["PloverCode", "read_mapping", "to_plover"]

LINE = re.compile(r"^\s*(\d{2,4})\s*:\s*([A-Z]+)\s*(?:,\s*([^,#]*))?")
# CAMEO 01x "make public statement" has no PLOVER counterpart: a statement is not an event.
NO_EVENT_ROOTS = ("01",)


@dataclass(frozen=True, slots=True)
class PloverCode:
    type: str
    mode: str | None


def read_mapping(path: str | Path) -> dict[str, PloverCode]:
    """CAMEO code → PLOVER type and mode (mode None when the table leaves it blank)."""
    table: dict[str, PloverCode] = {}
    for raw in Path(path).read_text("utf-8").splitlines():
        match = LINE.match(raw)
        if match is None:
            continue
        code, type_, mode = match.groups()
        mode = (mode or "").strip() or None
        # Two-digit roots are headings ("08: CONCEDE", "08: RETREAT"): only a fallback.
        if len(code) == 2 and code in table:
            continue
        table[code] = PloverCode(type_, mode)
    return table


def to_plover(code: str, table: dict[str, PloverCode]) -> PloverCode | bool | None:
    """PLOVER code for a CAMEO code; None for "no event" codes; False when unmappable."""
    code = code.strip()
    if code.startswith(NO_EVENT_ROOTS):
        return None
    for cut in range(len(code), 2, -1):
        if code[:cut] in table:
            return table[code[:cut]]
    return False
