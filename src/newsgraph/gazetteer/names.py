"""Name keys: the one normalisation both the index builder and the lookups use."""

from __future__ import annotations

import re
import unicodedata

_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "port"}
_PUNCT = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")
# Dotted initialisms ("U.S.", "U.A.E.") collapse to letters before punctuation goes.
_INITIALISM = re.compile(r"\b(?:[A-Za-z]\.){2,}")


def name_key(name: str) -> str:
    """Lower-case, accent-free, punctuation-free key: "St. Louis" and "Saint-Louis" meet.

    A leading "the" is dropped ("the Netherlands"), hyphens and apostrophes become
    spaces or vanish, common abbreviations are spelled out.
    """
    text = _INITIALISM.sub(lambda m: m.group(0).replace(".", ""), name)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("’", "").replace("'", "").replace("-", " ")
    text = _PUNCT.sub(" ", text)
    words = _SPACES.sub(" ", text).strip().split(" ")
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words if w)


def is_latin(name: str) -> bool:
    """True for names written in Latin script (the only ones English text will hold)."""
    for ch in name:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return any(ch.isalpha() for ch in name)
