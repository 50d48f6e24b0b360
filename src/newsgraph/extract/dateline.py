"""The dateline a wire story or paragraph opens with: "NAIROBI, March 3 (Newswire) - ",
"MANILA (Newswire) — ", "SAN JOSE, Costa Rica -- "."""

from __future__ import annotations

import re

__all__ = ["CAPITALS", "dateline_end", "dateline_places"]

# Capital letters of Latin-script place names ("VIÑA DEL MAR", "ŁÓDŹ", "SÃO PAULO").
CAPITALS = "A-ZÀ-ÖØ-ÞĆČĐĘŁŃŇŘŚŠŞŢŤŮŹŻŽĞİŐŰ"

# Upper-case place words, then a comma or parenthesis opening up to 60 characters of
# region, date or agency, then a spaced dash.
_DATELINE = re.compile(
    rf"[ \t]*[{CAPITALS}][{CAPITALS}.'-]+(?:[ /][{CAPITALS}][{CAPITALS}.'-]+){{0,3}}"
    r"(?: ?[,(][^\n—–]{0,60}?)?\s(?:—|–|--?)\s*"
)
# The place words a dateline opens with ("SOUTH CHARLESTON" in "SOUTH CHARLESTON, W.Va. --").
_PLACE_WORDS = re.compile(
    rf"[ \t]*([{CAPITALS}][{CAPITALS}.'’-]+(?:[ /][{CAPITALS}][{CAPITALS}.'’-]+){{0,3}})"
)
# Some papers close the dateline with a colon: "BEIRUT: Unknown assailants ...".
_COLON_DATELINE = re.compile(
    rf"[ \t]*[{CAPITALS}][{CAPITALS}.'’-]+(?: [{CAPITALS}][{CAPITALS}.'’-]+){{0,3}}(?:/[{CAPITALS}][{CAPITALS} ]+)?: (?=[\"“A-Z])"
)
# A headline run into its story on one line ("Crash victim upgraded. MIDDLETOWN — ..."):
# the dateline follows the headline's first sentence end, within this many characters.
HEADLINE_MAX = 250
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+")


def dateline_end(text: str, start: int = 0) -> int | None:
    """Where the text after the dateline starting at ``start`` begins, or None."""
    match = _DATELINE.match(text, start)
    return match.end() if match is not None else None


def dateline_places(text: str) -> list[tuple[int, int, bool]]:
    """Spans of the place words of every dateline: at a line's start, or after the
    headline when the headline runs into the story on one line, with a dash or a
    colon after it ("BEIRUT: ..."). The flag tells a colon's: a caption's label takes
    that form too ("JEWELL: Boyd Carney, on the shore ..."), so it is weaker."""
    spans: list[tuple[int, int, bool]] = []
    for line in re.finditer(r"[^\n]+", text):
        # A headline may hold an abbreviation ("Missing Ill. man found"): every
        # sentence end within it may be the headline's.
        head_end = min(line.end(), line.start() + HEADLINE_MAX)
        starts = [line.start()] + [
            m.end() for m in _SENTENCE_END.finditer(text, line.start(), head_end)
        ]
        for start in starts:
            colon = dateline_end(text, start) is None
            if colon and not _COLON_DATELINE.match(text, start):
                continue
            words = _PLACE_WORDS.match(text, start)
            if words is None:
                continue
            # "MIEH MIEH/BEIRUT": two places.
            pos = words.start(1)
            for part in words.group(1).split("/"):
                spans.append((pos, pos + len(part), colon))
                pos += len(part) + 1
            break
    return spans
