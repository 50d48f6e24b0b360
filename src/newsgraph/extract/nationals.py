"""Nationality nouns for one person: "the Dutchman", "the Briton", "the American".

spaCy names them (NORP, sometimes ORG), which made each a group of its own. A definite,
singular one that heads its phrase is a description of a person named shortly before:
one of that nationality where the article says so, never one of another; otherwise the
most salient person (the same sentence beats earlier ones, a subject beats an object).
A party member noun ("the Kentucky Republican") is likewise a person, but only one the
article gave that party or place.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsgraph.extract import entity_lexicons
from newsgraph.extract.entity_lexicons import lexicons
from newsgraph.extract.institutions import country_of_demonym
from newsgraph.extract.mentions import Mention
from newsgraph.extract.name_clusters import Cluster, Clusters

__all__ = ["attach_nationals", "nationality", "nationality_of"]

WINDOW = 3  # sentences back to the person
MATCH = 2.0  # the article gave the person this nationality
SUBJECT = 0.8
MARGIN = 0.5
FLOOR = 1.0
GENDER_SUFFIXES = (("woman", "f"), ("man", "m"))
ROLE_WORDS_BEFORE = 3
SIDE_LETTERS = 5  # "democ" of Democrat/Democratic, "repub" of Republican(s)  # "Dutch Formula One driver Max Verstappen"


def nationality(word: str) -> frozenset[str]:
    """Lower-case names of the countries a nationality word stands for (the word's
    demonym itself when no country is known); empty for any other word."""
    word = word.lower()
    demonyms = country_of_demonym()
    word = lexicons().nationality_people.get(word, word)
    if word not in demonyms:
        for suffix, _ in GENDER_SUFFIXES:
            if word.endswith(suffix) and word[: -len(suffix)] in demonyms:
                word = word[: -len(suffix)]
                break
        else:
            return frozenset()
    return frozenset(demonyms[word]) or frozenset({word})


def attach_nationals(clusters: Clusters) -> None:
    doc = clusters.doc
    known: dict[int, set[str]] = {}  # person cluster -> countries the article gives
    for cluster in list(clusters.items):
        for m in list(cluster.mentions):
            if m.kind != "name" or m.end - m.start != 1 or cluster.etype == "PERSON":
                continue
            token = doc[m.start]
            if token.lower_ in _party_members():
                if _definite_head(token):
                    member = _member_for(clusters, m, token)
                    if member is not None:
                        _move(clusters, cluster, m, member, token)
                continue
            countries = nationality(token.lower_)
            if not countries:
                continue
            titled = _person_after(clusters, token) if _person_noun(token.lower_) else None
            if titled is not None:
                # "Briton Lewis Hamilton": the person's own word ("American Dennis
                # Mitchell" keeps the adjective a nationality, as CoNLL tags it)
                _move(clusters, cluster, m, titled, token, start=m.start)
                known.setdefault(titled.idx, set()).update(countries)
                continue
            if not _definite_head(token):
                continue
            if not known:
                known = {c.idx: nationality_of(clusters, c) for c in clusters.items}
            target = _person_for(clusters, m, countries, known)
            if target is None:
                continue
            _move(clusters, cluster, m, target, token)
            known.setdefault(target.idx, set()).update(countries)


def _person_noun(word: str) -> bool:
    """A noun for one person of a nationality ("Briton", "Dutchman"), not the demonym
    adjective ("American", "Dutch")."""
    if word in lexicons().nationality_people:
        return True
    return any(
        word.endswith(s) and word[: -len(s)] in country_of_demonym() for s, _ in GENDER_SUFFIXES
    )


def _person_after(clusters: Clusters, token: Token) -> Cluster | None:
    """The person whose name directly follows a nationality word with nothing before it
    ("Briton Lewis Hamilton", not "the Briton Lewis Hamilton beat" either way)."""
    doc = clusters.doc
    k = token.i + 1
    if k >= len(doc) or clusters.owner[k] < 0:
        return None
    person = clusters.items[clusters.owner[k]]
    if person.etype != "PERSON" or token.head.i < k:
        return None
    return person


def _definite_head(token: Token) -> bool:
    """ "The Dutchman started": singular, after "the", heading its phrase (not "the
    Dutch team")."""
    if token.tag_ not in {"NN", "NNP"} or token.dep_ in {"amod", "compound"}:
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def nationality_of(clusters: Clusters, cluster: Cluster) -> set[str]:
    """What the article says a person's nationality is: "Dutch driver Max Verstappen",
    "Briton Lewis Hamilton", "Lando Norris of Britain", a country or nationality they
    are affiliated with."""
    if cluster.etype != "PERSON":
        return set()
    doc = clusters.doc
    out: set[str] = set()
    for idx in cluster.affiliations:
        out |= _place_or_people(clusters, clusters.items[idx])
    for m in cluster.mentions:
        if m.kind != "name":
            continue
        k = m.start - 1
        while k >= 0 and m.start - k <= ROLE_WORDS_BEFORE and doc[k].is_alpha:
            out |= nationality(doc[k].lower_)
            if doc[k].is_title and clusters.owner[k] < 0 and not nationality(doc[k].lower_):
                break
            k -= 1
        k = m.end
        if k + 1 < len(doc) and doc[k].lower_ == "of":
            k += 2 if doc[k + 1].lower_ == "the" else 1
            owner = clusters.owner[k] if k < len(doc) else -1
            if owner >= 0:
                out |= _place_or_people(clusters, clusters.items[owner])
    return out


def _place_or_people(clusters: Clusters, cluster: Cluster) -> set[str]:
    doc = clusters.doc
    names = {doc[m.start : m.end].text.lower() for m in cluster.mentions if m.kind == "name"}
    if cluster.label == "GPE":
        return names
    if cluster.label == "NORP":
        return {c for n in names for c in nationality(n)}
    return set()


def _person_for(
    clusters: Clusters, m: Mention, countries: frozenset[str], known: dict[int, set[str]]
) -> Cluster | None:
    doc = clusters.doc
    sent_of = clusters.sent_of
    quoted = clusters.in_quote[m.start]
    latest: dict[int, Mention] = {}
    for c in clusters.items:
        if c.etype != "PERSON" or c.relative:
            continue
        for mm in c.mentions:
            if mm.end > m.start or (clusters.in_quote[mm.start] and not quoted):
                continue
            if c.idx not in latest or mm.start > latest[c.idx].start:
                latest[c.idx] = mm
    scored: list[tuple[float, Cluster]] = []
    for idx, mm in latest.items():
        distance = sent_of[m.start] - sent_of[mm.start]
        said = known.get(idx, set())
        if distance > WINDOW or (said and not said & countries):
            continue  # "the Briton" is not the Dutchman named just before
        cluster = clusters.items[idx]
        score = 2.0 - 0.6 * distance + 0.1 * min(cluster.names, 5)
        if doc[mm.end - 1].dep_ in {"nsubj", "nsubjpass"} or doc[mm.start].dep_ == "nsubj":
            score += SUBJECT
        if said & countries:
            score += MATCH
        scored.append((score, cluster))
    scored.sort(key=lambda sc: -sc[0])
    if not scored or scored[0][0] < FLOOR:
        return None
    if len(scored) > 1 and scored[0][0] - scored[1][0] < MARGIN:
        return None
    return scored[0][1]


@lru_cache(maxsize=1)
def _party_members() -> frozenset[str]:
    words: list[str] = entity_lexicons._load("entity_roles.json")["party_members"]
    return frozenset(w.lower() for w in words)


def _member_for(clusters: Clusters, m: Mention, token: Token) -> Cluster | None:
    """ "The Kentucky Republican said": a person named shortly before whom the article
    gave that party (and place, where the phrase names one), or that place and no party."""
    party = token.lower_[:SIDE_LETTERS]
    places = {
        clusters.owner[c.i]
        for c in token.children
        if clusters.owner[c.i] >= 0 and clusters.items[clusters.owner[c.i]].etype == "PLACE"
    }
    known: dict[int, set[str]] = {}
    for c in clusters.items:
        if c.etype != "PERSON":
            continue
        groups = {
            clusters.items[a].words[0][:SIDE_LETTERS]
            for a in c.affiliations
            if clusters.items[a].etype == "GROUP" and clusters.items[a].words
        }
        own_places = {a for a in c.affiliations if clusters.items[a].etype == "PLACE"}
        fits = party in groups and not (places and own_places and not places & own_places)
        if not fits and places and places & own_places:
            fits = not groups  # "the Kentucky Republican": placed there, no other party
        # no guess without the article's word for it: a wrong speaker costs more
        known[c.idx] = {"here" if fits else "elsewhere"}
    return _person_for(clusters, m, frozenset({"here"}), known)


def _move(
    clusters: Clusters,
    source: Cluster,
    m: Mention,
    target: Cluster,
    token: Token,
    *,
    start: int = -1,
) -> None:
    source.mentions.remove(m)
    source.names -= 1
    clusters.owner[m.start] = -1
    span = Mention(token.left_edge.i if start < 0 else start, m.end, "description", "PERSON")
    clusters.add(span, target)
    word = token.lower_
    for suffix, gender in GENDER_SUFFIXES:
        if word.endswith(suffix) and not target.gender:
            target.gender = gender
            break
