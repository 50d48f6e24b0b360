"""A country's institutions: organisations named by a common noun, affiliated with it.

- "Poland's border guard", "Ukraine's air force", "Kenya's electoral commission": a new
  organisation (kind ``institution``) named by the whole phrase and affiliated with the
  country; the same phrase later ("Air force spokesman Yuriy Ihnat", "the border guard")
  is another mention of it, so roles before a name find it as their affiliation;
- "Britain's Supreme Court", "Belarus's state news agency BelTA": an organisation that
  spaCy named is affiliated with the country that owns it;
- "the Polish Defence Ministry", "the Iranian Foreign Ministry": a nationality before
  (or opening) an organisation's name affiliates it with that country where the article
  names it, else with the nationality.

Institution mentions are no names: the NER evaluation never sees them.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from newsgraph.extract.entity_lexicons import lexicons
from newsgraph.extract.mentions import Mention
from newsgraph.extract.name_clusters import Cluster, Clusters

__all__ = ["attach_institutions", "country_of_demonym"]

MAX_WORDS = 4
INDEFINITE = frozenset({"a", "an", "another", "some", "any", "one", "every", "each"})


def attach_institutions(clusters: Clusters) -> None:
    doc = clusters.doc
    found: dict[str, Cluster] = {}  # lower-case phrase -> institution
    shared: set[str] = set()  # phrases two countries use ("the army")
    lex = lexicons()
    _administration_people(clusters)
    for cluster in list(clusters.items):
        if cluster.label == "GPE":
            for m in [m for m in cluster.mentions if m.kind == "name"]:
                _after_possessive(clusters, cluster, m, found, shared)
        elif cluster.label == "NORP":
            # "the Sudanese army": the country's army (or the nationality's, unnamed)
            owner = _country_named(clusters, cluster) or cluster
            for m in [m for m in cluster.mentions if m.kind == "name"]:
                indefinite = m.start > 0 and doc[m.start - 1].lower_ in INDEFINITE
                if (
                    m.end - m.start == 1
                    and not indefinite  # "A British court ruled": some court
                    and doc[m.start].lower_ in country_of_demonym()
                ):
                    _after_owner(clusters, owner, m, m.end, found, shared)
        elif cluster.etype == "PERSON":
            # "the Trump administration": the person's, not the person
            for m in [m for m in cluster.mentions if m.kind == "name"]:
                _after_owner(
                    clusters,
                    cluster,
                    m,
                    _after_pos(doc, m.end),
                    found,
                    shared,
                    heads=lex.person_institution_heads,
                    modifiers=frozenset(),
                )
    _demonym_affiliations(clusters)
    for phrase in shared:
        found.pop(phrase, None)
    for key in [k for k in found if "\t" in k]:
        del found[key]  # the per-owner keys served only to tell owners apart
    _later_mentions(doc, clusters, found)


def _after_possessive(
    clusters: Clusters,
    country: Cluster,
    m: Mention,
    found: dict[str, Cluster],
    shared: set[str],
) -> None:
    doc = clusters.doc
    k = _after_pos(doc, m.end)
    if k == m.end:
        return
    owner = clusters.owner[k] if k < len(doc) else -1
    if owner >= 0 and owner != country.idx:
        target = clusters.items[owner]
        if target.etype in {"ORG", "GROUP"}:
            _affiliate(target, country)  # "Britain's Supreme Court"
        return
    _after_owner(clusters, country, m, k, found, shared)


def _administration_people(clusters: Clusters) -> None:
    """ "Tariffs imposed by the Trump administration": spaCy often tags the lone name an
    organisation; before "administration" every time it is written, it is a person."""
    doc = clusters.doc
    heads = lexicons().person_naming_heads
    for cluster in clusters.items:
        names = [m for m in cluster.mentions if m.kind == "name"]
        if cluster.label != "ORG" or not names:
            continue
        if all(
            m.end - m.start == 1
            and doc[m.start].is_title
            and m.end < len(doc)
            and doc[m.end].lower_ in heads
            and clusters.owner[m.end] < 0
            for m in names
        ):
            cluster.label = "PERSON"
            for m in cluster.mentions:
                m.label = "PERSON"


def _after_pos(doc: Doc, k: int) -> int:
    """The token after a possessive 's at k (k itself when there is none)."""
    if k < len(doc) and (doc[k].tag_ == "POS" or doc[k].lower_ in {"'s", "’s", "'"}):
        return k + 1
    return k


def _country_named(clusters: Clusters, nationality: Cluster) -> Cluster | None:
    """The country of a nationality word, where the article names it."""
    doc = clusters.doc
    words = {doc[m.start : m.end].text.lower() for m in nationality.mentions if m.kind == "name"}
    names = {n for w in words for n in country_of_demonym().get(w, ())}
    for c in clusters.items:
        if c.label == "GPE" and any(
            m.kind == "name" and doc[m.start : m.end].text.lower() in names for m in c.mentions
        ):
            return c
    return None


def _after_owner(
    clusters: Clusters,
    country: Cluster,
    m: Mention,
    k: int,
    found: dict[str, Cluster],
    shared: set[str],
    *,
    heads: frozenset[str] | None = None,
    modifiers: frozenset[str] | None = None,
) -> None:
    """The institution named by the words from token k, owned by ``country``."""
    lex = lexicons()
    doc = clusters.doc
    heads = lex.institution_heads if heads is None else heads
    modifiers = lex.institution_modifiers if modifiers is None else modifiers
    start = k
    head = -1
    while k < len(doc) and k - start < MAX_WORDS and clusters.owner[k] < 0:
        word = doc[k].lower_
        if word in heads:
            head = k
        elif word not in modifiers:
            break
        k += 1
    if head < 0:
        return
    after = head + 1
    if after < len(doc):
        owner = clusters.owner[after]
        if owner >= 0 and clusters.items[owner].etype in {"ORG", "GROUP"}:
            _affiliate(clusters.items[owner], country)  # "state news agency BelTA"
            return
        if doc[after].pos_ in {"NOUN", "PROPN"} or doc[after].lower_ in lex.institution_heads:
            return  # "Rwanda's government spokeswoman": the institution only modifies
    phrase = " ".join(t.lower_ for t in doc[start : head + 1])
    key = f"{phrase}\t{country.idx}"  # one institution per phrase and owner
    if key in found:
        _add(clusters, found[key], m.start, head + 1, head_from=start)
        return
    if phrase in found:
        shared.add(phrase)  # "Pakistan's army" ... "India's army": two armies
    institution = clusters.new("ORG")
    _affiliate(institution, country)
    _add(clusters, institution, m.start, head + 1, head_from=start)
    found.setdefault(phrase, institution)
    found[key] = institution


def _add(clusters: Clusters, cluster: Cluster, start: int, end: int, *, head_from: int) -> None:
    mention = Mention(start, end, "institution", "ORG", cluster=cluster.idx)
    cluster.mentions.append(mention)
    for i in range(head_from, end):
        clusters.owner[i] = cluster.idx  # roles before a name find their employer here


def _affiliate(cluster: Cluster, country: Cluster) -> None:
    if country.idx != cluster.idx and country.idx not in cluster.affiliations:
        cluster.affiliations.append(country.idx)


def _later_mentions(doc: Doc, clusters: Clusters, found: dict[str, Cluster]) -> None:
    """The phrase again without its country: "Air force spokesman", "the border guard",
    and "Army" where spaCy named it after "Sudan's army"."""
    if not found:
        return
    _merge_named(doc, clusters, found)
    by_first: dict[str, list[tuple[list[str], Cluster]]] = {}
    for phrase, cluster in found.items():
        words = phrase.split()
        by_first.setdefault(words[0], []).append((words, cluster))
    first_at = {c.idx: min(m.start for m in c.mentions) for c in found.values()}
    i = 0
    while i < len(doc):
        options = by_first.get(doc[i].lower_)
        if options is None or clusters.owner[i] >= 0:
            i += 1
            continue
        for words, cluster in options:
            end = i + len(words)
            if (
                i > first_at[cluster.idx]
                and end <= len(doc)
                and [t.lower_ for t in doc[i:end]] == words
                and all(clusters.owner[j] < 0 for j in range(i, end))
                and not (end < len(doc) and doc[end].lower_ in lexicons().institution_heads)
            ):
                _add(clusters, cluster, i, end, head_from=i)
                i = end
                break
        else:
            i += 1


def _merge_named(doc: Doc, clusters: Clusters, found: dict[str, Cluster]) -> None:
    for cluster in clusters.items:
        if cluster.etype != "ORG" or cluster.idx in {c.idx for c in found.values()}:
            continue
        names = [m for m in cluster.mentions if m.kind == "name"]
        keys = {doc[m.start : m.end].text.lower() for m in names}
        if len(keys) != 1 or len(names) != len(cluster.mentions):
            continue
        institution = found.get(keys.pop())
        if institution is None:
            continue
        first = min(m.start for m in institution.mentions)
        if any(m.start < first for m in names):
            continue
        for m in names:
            m.kind = "institution"
            cluster.mentions.remove(m)
            _add(clusters, institution, m.start, m.end, head_from=m.start)


def _demonym_affiliations(clusters: Clusters) -> None:
    """ "the Polish Defence Ministry": the country (or, unnamed, the nationality)."""
    doc = clusters.doc
    countries: dict[str, Cluster] = {}
    for c in clusters.items:
        if c.label == "GPE":
            for m in c.mentions:
                if m.kind == "name":
                    countries.setdefault(doc[m.start : m.end].text.lower(), c)
    for cluster in clusters.items:
        if cluster.etype != "ORG":
            continue
        for m in cluster.mentions:
            if m.kind != "name":
                continue
            before = m.start - 1
            word = ""
            nationality: Cluster | None = None
            if before >= 0 and clusters.owner[before] >= 0:
                other = clusters.items[clusters.owner[before]]
                if other.label == "NORP":
                    word, nationality = doc[before].text.lower(), other
            if not word and doc[m.start].text.lower() in country_of_demonym():
                word = doc[m.start].text.lower()
            country_names = country_of_demonym().get(word, ())
            target = next((countries[n] for n in country_names if n in countries), nationality)
            if target is not None:
                _affiliate(cluster, target)


@lru_cache(maxsize=1)
def country_of_demonym() -> dict[str, tuple[str, ...]]:
    """Lower-case demonym -> lower-case names of its country ("polish" -> "poland")."""
    from newsgraph.gazetteer.sources import countryinfo_countries, lexicon

    out: dict[str, set[str]] = {}
    for data in lexicon("place_aliases.json")["countries"].values():
        for demonym in data.get("demonyms", []):
            out.setdefault(demonym.lower(), set()).update(
                a.lower() for a in data.get("aliases", [])
            )
    for info in countryinfo_countries():
        demonym, name = info.get("demonym"), info.get("name")
        if isinstance(demonym, str) and isinstance(name, str):
            out.setdefault(demonym.lower(), set()).add(name.lower())
    return {k: tuple(sorted(v)) for k, v in out.items()}
