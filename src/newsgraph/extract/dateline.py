"""The dateline a wire story or paragraph opens with: "NAIROBI, March 3 (Newswire) - ",
"MANILA (Newswire) — ", "SAN JOSE, Costa Rica -- "."""

from __future__ import annotations

import re

__all__ = ["dateline_end"]

# Upper-case place words, then a comma or parenthesis opening up to 60 characters of
# region, date or agency, then a spaced dash.
_DATELINE = re.compile(
    r"[ \t]*[A-Z][A-Z.'-]+(?:[ /][A-Z][A-Z.'-]+){0,3}(?: ?[,(][^\n—–]{0,60}?)?\s(?:—|–|--?)\s*"
)


def dateline_end(text: str, start: int = 0) -> int | None:
    """Where the text after the dateline starting at ``start`` begins, or None."""
    match = _DATELINE.match(text, start)
    return match.end() if match is not None else None
