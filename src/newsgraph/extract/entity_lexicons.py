"""Word lists the entity stage reads, loaded once from ``newsgraph/lexicons/entity_*.json``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


def _load(name: str) -> dict[str, Any]:
    path = resources.files("newsgraph").joinpath("lexicons", name)
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    data.pop("_doc", None)
    return data


def _lower(words: list[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def _companies() -> list[tuple[str, bool]]:
    """(lower-case name, plain) from ``companies.txt``; a trailing " *" marks a name that
    is also a common word, a place or a surname (not plain)."""
    path = resources.files("newsgraph").joinpath("lexicons", "companies.txt")
    out = []
    for line in path.read_text("utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name = line.removesuffix("*").strip()
            out.append((name.lower(), not line.endswith("*")))
    return out


@dataclass(frozen=True)
class EntityLexicons:
    role_heads: frozenset[str]
    role_modifiers: frozenset[str]
    role_family: dict[str, frozenset[str]]  # role head -> every head of the same family
    role_verbs: dict[str, str]  # verb lemma -> role noun ("found" -> "founder")
    institution_heads: frozenset[str]  # "Poland's border guard": the head of the phrase
    person_institution_heads: frozenset[str]  # "the Trump administration"
    person_naming_heads: frozenset[str]  # a lone name before it is a person's
    institution_modifiers: frozenset[str]  # words before the head ("border", "air")
    male_titles: frozenset[str]
    female_titles: frozenset[str]
    male_nouns: frozenset[str]
    female_nouns: frozenset[str]
    male_names: frozenset[str]
    female_names: frozenset[str]
    kinship: dict[str, str]  # kin noun -> "m" | "f" | ""
    person_nouns: frozenset[str]
    generic_person_nouns: frozenset[str]
    nationality_people: dict[str, str]  # "briton" -> "british": the demonym it stands for
    org_nouns: dict[str, frozenset[str]]  # description head -> name heads it fits ("*": any)
    org_plural_nouns: frozenset[str]
    org_name_heads: frozenset[str]
    place_nouns: dict[str, str]  # "country" -> "country", "city" -> "place"
    aliases: dict[str, str]  # lower surface -> canonical lower name
    canonical_names: dict[str, str]  # canonical lower -> canonical surface
    strip_leading: frozenset[str]
    quote_marks: frozenset[str]
    titles: frozenset[str]
    place_generics: frozenset[str]
    org_suffixes: frozenset[str]
    acronym_skip: frozenset[str]
    sports_verbs: frozenset[str]
    media_outlets: frozenset[str]
    companies: frozenset[str]  # lower-case; every listed company
    plain_companies: frozenset[str]  # those that are no common word, place or surname
    social_platforms: frozenset[str]
    surname_particles: frozenset[str]
    contrastive: frozenset[str]
    time_heads: frozenset[str]
    expletive_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    place_directions: frozenset[str]
    nickname_cues: frozenset[str]
    group_descriptions: frozenset[str]
    hyphen_suffixes: frozenset[str]
    caption_labels: frozenset[str]
    extra_countries: frozenset[str]
    synonyms: dict[str, frozenset[int]]  # noun lemma -> the synonym sets it belongs to
    synonym_sets: tuple[frozenset[str], ...]


@lru_cache(maxsize=1)
def lexicons() -> EntityLexicons:
    roles = _load("entity_roles.json")
    gender = _load("entity_gender.json")
    kinship = _load("entity_kinship.json")
    desc = _load("entity_descriptions.json")
    alias_groups = _load("entity_aliases.json")["groups"]
    words = _load("entity_words.json")
    synonym_sets = tuple(_lower(members) for members in _load("entity_synonyms.json")["sets"])
    synonyms: dict[str, set[int]] = {}
    for n, members in enumerate(synonym_sets):
        for word in members:
            synonyms.setdefault(word, set()).add(n)

    family: dict[str, set[str]] = {}
    for members in roles["families"].values():
        for head in members:
            family.setdefault(head, {head}).update(members)
    verbs = {k: v for k, v in roles["verbs"].items() if not k.startswith("_")}

    aliases: dict[str, str] = {}
    canonical: dict[str, str] = {}
    for group in alias_groups:
        key = group[0].lower()
        canonical[key] = group[0]
        for form in group:
            aliases[form.lower()] = key

    return EntityLexicons(
        role_heads=_lower(roles["heads"]),
        role_modifiers=_lower(roles["modifiers"]),
        role_family={k: frozenset(v) for k, v in family.items()},
        role_verbs=verbs,
        institution_heads=_lower(roles["institution_heads"]),
        person_institution_heads=_lower(roles["person_institution_heads"]),
        person_naming_heads=_lower(roles["person_naming_heads"]),
        institution_modifiers=_lower(roles["institution_modifiers"]),
        male_titles=_lower(gender["male_titles"]),
        female_titles=_lower(gender["female_titles"]),
        male_nouns=_lower(gender["male_nouns"]),
        female_nouns=_lower(gender["female_nouns"]),
        male_names=_lower(gender["male_names"]),
        female_names=_lower(gender["female_names"]),
        kinship={k.lower(): v for k, v in kinship.items()},
        person_nouns=_lower(desc["person"]),
        generic_person_nouns=_lower(desc["generic_person"]),
        nationality_people={
            k.lower(): v.lower() for k, v in desc["nationality_people"].items() if k[0] != "_"
        },
        org_nouns={k.lower(): _lower(v) for k, v in desc["org"].items()}
        | {kind.lower(): _lower(desc["org"]["company"]) for kind in desc["company_kinds"]},
        org_plural_nouns=_lower(desc["org_plural"]),
        org_name_heads=_lower(desc["org_name_heads"]),
        place_nouns=dict(desc["place"]),
        aliases=aliases,
        canonical_names=canonical,
        strip_leading=_lower(words["strip_leading"]),
        quote_marks=frozenset(words["quote_marks"]),
        titles=_lower(words["titles"]),
        place_generics=_lower(words["place_generics"]),
        org_suffixes=_lower(words["org_suffixes"]),
        acronym_skip=_lower(words["acronym_skip"]),
        sports_verbs=_lower(words["sports_result_verbs"]),
        media_outlets=_lower(words["media_outlets"]),
        companies=frozenset(name for name, _ in _companies()),
        plain_companies=frozenset(name for name, plain in _companies() if plain),
        social_platforms=_lower(words["social_platforms"]),
        surname_particles=_lower(words["surname_particles"]),
        contrastive=_lower(words["contrastive_modifiers"]),
        time_heads=_lower(words["time_heads"]),
        expletive_verbs=_lower(words["expletive_verbs"]),
        speech_verbs=_lower(words["speech_verbs"]),
        place_directions=_lower(words["place_directions"]),
        nickname_cues=_lower(words["nickname_cues"]),
        group_descriptions=_lower(words["group_descriptions"]),
        hyphen_suffixes=_lower(words["hyphen_suffixes"]),
        caption_labels=_lower(words["caption_labels"]),
        extra_countries=_lower(words["extra_countries"]),
        synonyms={k: frozenset(v) for k, v in synonyms.items()},
        synonym_sets=synonym_sets,
    )
