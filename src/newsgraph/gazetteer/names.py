"""Name keys: the one normalisation both the index builder and the lookups use."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "port"}
_NON_WORD = re.compile(r"[^\w\s]+")
# Dotted initialisms ("U.S.", "U.A.E.", "N.Y" without its last stop) collapse to
# letters before punctuation goes.
_INITIALISM = re.compile(r"\b(?:[A-Za-z]\.){2,}|\b(?:[A-Za-z]\.)+[A-Za-z]\b")
_DROP = str.maketrans({"'": None, "’": None, "-": " "})


def name_key(name: str) -> str:
    """Lower-case, accent-free, punctuation-free key: "St. Louis" and "Saint-Louis" meet.

    A leading "the" is dropped ("the Netherlands"), hyphens and apostrophes become
    spaces or vanish, common abbreviations are spelled out.
    """
    if "." in name:
        name = _INITIALISM.sub(lambda m: m.group(0).replace(".", ""), name)
    if not name.isascii():
        name = "".join(
            ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)
        )
    words = _NON_WORD.sub(" ", name.lower().translate(_DROP)).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words)


@lru_cache(maxsize=4096)
def _latin_letter(ch: str) -> bool:
    return "LATIN" in unicodedata.name(ch, "")


def is_latin(name: str) -> bool:
    """True for names written in Latin script (the only ones English text will hold)."""
    if name.isascii():
        return any(ch.isalpha() for ch in name)
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all(_latin_letter(ch) for ch in letters)
