"""Name keys for cross-article comparison: case, accents, titles and punctuation removed.

"Gen. Ahmad Shah Massoud's" and "Ahmad Shah MASSOUD" share the key
"ahmad shah massoud"; the surname key is the last word ("massoud").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

_POSSESSIVE = re.compile(r"['’]s?$")
_NON_WORD = re.compile(r"[^\w\s]")
_INNER_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")


def _word_list(name: str) -> frozenset[str]:
    text = resources.files("newsgraph").joinpath(f"lexicons/{name}").read_text("utf-8")
    return frozenset(
        line.strip().rstrip(".")
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=1)
def name_prefixes() -> frozenset[str]:
    return _word_list("store_name_prefixes.txt")


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    return _word_list("store_not_names.txt")


def fold(text: str) -> str:
    """Lower case, accents removed, typographic apostrophes unified."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


def name_key(name: str) -> str:
    """The comparison key of a name; empty when nothing but titles is left."""
    words = fold(name).split()
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1])
    # "O'Brien" is one word ("obrien"), not "o" + "brien".
    words = [_INNER_APOSTROPHE.sub("", w) for w in words]
    words = [w for w in (_NON_WORD.sub(" ", w).strip() for w in words) if w]
    words = [part for w in words for part in w.split()]
    prefixes = name_prefixes()
    # Titles only count at the front ("President Ashraf Ghani"), and never the whole name.
    while len(words) > 1 and words[0] in prefixes:
        words.pop(0)
    return " ".join(words)


def surname_key(key: str) -> str | None:
    """The last word of a multi-word person key."""
    words = key.split()
    return words[-1] if len(words) > 1 else None


def looks_like_name(text: str) -> bool:
    """Aliases worth indexing: names, not pronouns or descriptions ("he", "the minister")."""
    words = text.split()
    if not words or not words[-1][:1].isupper():
        return False
    return name_key(text) not in not_names()
