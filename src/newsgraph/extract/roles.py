"""Roles and affiliations from titles, appositives, kinship and a few verbs.

- "Taliban spokesman Zabihullah Mujahid": role "spokesman", affiliation Taliban;
- "Ali Nazary, head of the NRF Foreign Relations": role "head of the NRF Foreign
  Relations", affiliation NRF; the appositive itself is a mention of the person;
- "Amrullah Saleh—Afghanistan's former vice president": role "former vice president";
- "Massoud's father, Ahmad Shah Massoud": "Massoud's father" mentions the father;
- "the front that Massoud founded": role "founder of ...", affiliation the front.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.extract.entity_lexicons import lexicons
from newsgraph.extract.mentions import Mention
from newsgraph.extract.name_clusters import Cluster, Clusters, kin_introduced

APPOSITION_MARKS = frozenset({",", "—", "–", "(", "-", "--"})
ROLE_PREPS = frozenset({"of", "for", "at", "with", "to", "in"})
AFFILIATION_TYPES = frozenset({"ORG", "GROUP", "PLACE"})


def attach_roles(clusters: Clusters) -> list[Mention]:
    """Fill roles, affiliations and gender; return new mentions (appositives, kinship)."""
    doc = clusters.doc
    added: list[Mention] = []
    for cluster in list(clusters.items):
        if cluster.etype != "PERSON":
            continue
        for m in list(cluster.mentions):
            if m.kind != "name":
                continue
            _title_before(clusters, cluster, m)
            appositive = _appositive_after(clusters, cluster, m)
            if appositive is not None:
                added.append(appositive)
            kin = kin_introduced(doc, m)
            if kin is not None and cluster.relative:
                span = Mention(kin[0], _kin_end(doc, m), "kinship", "PERSON")
                added.append(span)
                clusters.add(span, cluster)
    _role_verbs(clusters)
    return added


def _kin_end(doc: Doc, m: Mention) -> int:
    j = m.start - 1
    if doc[j].text in {",", "—", "–"}:
        j -= 1
    return j + 1


def _affiliation(clusters: Clusters, start: int, end: int) -> Cluster | None:
    for i in range(start, end):
        # "NRF Foreign Relations": the parent organisation named first wins.
        nested = clusters.nested_at.get(i)
        if nested is not None:
            return clusters.items[nested]
        idx = clusters.owner[i]
        if idx >= 0 and clusters.items[idx].etype in AFFILIATION_TYPES:
            return clusters.items[idx]
    return None


def _add_role(cluster: Cluster, role: str, affiliation: Cluster | None) -> None:
    role = role.strip()
    if role and role.lower() not in {r.lower() for r in cluster.roles}:
        cluster.roles.append(role)
    if (
        affiliation is not None
        and affiliation.idx != cluster.idx
        and affiliation.idx not in cluster.affiliations
    ):
        cluster.affiliations.append(affiliation.idx)
    _gender_from_words(cluster, role.lower().split())


def _gender_from_words(cluster: Cluster, words: list[str]) -> None:
    if cluster.gender:
        return
    lex = lexicons()
    for w in words:
        if w in lex.male_nouns:
            cluster.gender = "m"
        elif w in lex.female_nouns:
            cluster.gender = "f"


def _title_before(clusters: Clusters, cluster: Cluster, m: Mention) -> None:
    """Role words right before a name, and the organisation before them."""
    lex = lexicons()
    doc = clusters.doc
    sent_start = doc[m.start].sent.start
    j = m.start - 1
    role_start = m.start
    affiliation: Cluster | None = None
    while j >= sent_start:
        token = doc[j]
        owner = clusters.owner[j]
        if owner >= 0 and owner != cluster.idx:
            if clusters.items[owner].etype in AFFILIATION_TYPES:
                affiliation = _affiliation(clusters, j, j + 1)
            break
        if token.tag_ == "POS" and j > 0 and clusters.owner[j - 1] >= 0:
            affiliation = _affiliation(clusters, j - 1, j)
            break
        if token.lower_ in lex.role_heads or (
            token.lower_ in lex.role_modifiers and role_start < m.start
        ):
            role_start = j
            j -= 1
            continue
        break
    if role_start == m.start:
        return
    words = doc[role_start : m.start]
    if not any(t.lower_ in lex.role_heads for t in words):
        return
    _add_role(cluster, words.text, affiliation)


def _appositive_after(clusters: Clusters, cluster: Cluster, m: Mention) -> Mention | None:
    """ "NAME, [a|the|ORG's] [modifiers] HEAD [of|for NP]" up to the next break."""
    lex = lexicons()
    doc = clusters.doc
    sent_end = doc[m.start].sent.end
    k = m.end
    if k >= sent_end or doc[k].text not in APPOSITION_MARKS:
        return None
    k += 1
    phrase_start = k
    affiliation: Cluster | None = None
    if k < sent_end and doc[k].lower_ in {"a", "an", "the"}:
        k += 1
    owner = clusters.owner[k] if k < sent_end else -1
    if owner >= 0 and owner != cluster.idx:
        # "Afghanistan's former vice president" / "a Taliban commander"
        e = k
        while e < sent_end and clusters.owner[e] == owner:
            e += 1
        if clusters.items[owner].etype in AFFILIATION_TYPES:
            affiliation = clusters.items[owner]
        if e < sent_end and (doc[e].tag_ == "POS" or doc[e].lower_ in {"'s", "’s"}):
            e += 1
        k = e
    role_start = k
    head = -1
    while k < sent_end and k - role_start < 6:
        w = doc[k].lower_
        if w in lex.role_heads:
            head = k
        elif w not in lex.role_modifiers and doc[k].pos_ not in {"ADJ", "NOUN", "PROPN"}:
            break
        k += 1
    if head < 0 or (
        head + 1 < sent_end and doc[head + 1].pos_ in {"NOUN", "PROPN"} and head + 1 < k
    ):
        return None
    if doc[head].lower_ in lex.kinship:
        return None
    role = doc[role_start : head + 1].text
    end = head + 1
    if end < sent_end and doc[end].lower_ in ROLE_PREPS:
        np_end = end + 1
        while np_end < sent_end and not (
            doc[np_end].is_punct
            or doc[np_end].pos_ in {"VERB", "AUX", "SCONJ"}
            or doc[np_end].lower_ in {"who", "which", "that", "and"}
        ):
            np_end += 1
        found = _affiliation(clusters, end + 1, np_end)
        if found is not None and found.idx != cluster.idx:
            affiliation = affiliation or found
        if doc[end].lower_ == "of" and np_end > end + 1:
            role = doc[role_start:np_end].text
            end = np_end
    _add_role(cluster, role, affiliation)
    mention = Mention(phrase_start, end, "appositive", "PERSON")
    clusters.add(mention, cluster)
    return mention


def _role_verbs(clusters: Clusters) -> None:
    """ "X founded the Front" / "the Front that X founded": founder of the Front."""
    lex = lexicons()
    doc = clusters.doc
    for token in doc:
        noun = lex.role_verbs.get(token.lemma_.lower())
        if noun is None or token.pos_ != "VERB":
            continue
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        objects = [c for c in token.children if c.dep_ == "dobj"]
        if token.dep_ == "relcl" and (
            not objects or objects[0].lower_ in {"that", "which", "who", "whom"}
        ):
            objects = [token.head]
        if not subjects or not objects:
            continue
        person = clusters.owner[subjects[0].i]
        org = clusters.owner[objects[0].i]
        if person < 0 or org < 0:
            continue
        pc, oc = clusters.items[person], clusters.items[org]
        if pc.etype != "PERSON" or oc.etype not in {"ORG", "GROUP"}:
            continue
        name = _org_surface(clusters, oc)
        _add_role(pc, f"{noun} of {name}", oc)


def _org_surface(clusters: Clusters, cluster: Cluster) -> str:
    doc = clusters.doc
    best = max(
        (m for m in cluster.mentions if m.kind == "name"),
        key=lambda m: m.end - m.start,
        default=None,
    )
    return doc[best.start : best.end].text if best is not None else ""
