"""Roles and affiliations from titles, appositives, kinship and a few verbs.

- "Taliban spokesman Zabihullah Mujahid": role "spokesman", affiliation Taliban;
- "Ali Nazary, head of the NRF Foreign Relations": role "head of the NRF Foreign
  Relations", affiliation NRF; the appositive itself is a mention of the person;
- "Amrullah Saleh—Afghanistan's former vice president": role "former vice president";
- "Massoud's father, Ahmad Shah Massoud": "Massoud's father" mentions the father;
- "the front that Massoud founded": role "founder of ...", affiliation the front;
- "The Kremlin's spokesman, Dmitry Peskov": a role phrase before the name;
- "Poland's border guard": an institution of the country (``institutions``).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from newsgraph.extract import entity_lexicons
from newsgraph.extract.doc_tokens import doc_ents, doc_tokens
from newsgraph.extract.entity_lexicons import lexicons
from newsgraph.extract.institutions import attach_institutions
from newsgraph.extract.mentions import Mention
from newsgraph.extract.name_clusters import Cluster, Clusters, kin_introduced

APPOSITION_MARKS = frozenset({",", "—", "–", "(", "-", "--"})
ROLE_PREPS = frozenset({"of", "for", "at", "with", "to", "in"})
AFFILIATION_TYPES = frozenset({"ORG", "GROUP", "PLACE"})


def attach_roles(clusters: Clusters) -> list[Mention]:
    """Fill roles, affiliations and gender; return new mentions (appositives, kinship)."""
    doc = clusters.doc
    attach_institutions(clusters)
    added: list[Mention] = []
    for cluster in list(clusters.items):
        if cluster.etype != "PERSON":
            continue
        for m in list(cluster.mentions):
            if m.kind != "name":
                continue
            _title_before(clusters, cluster, m)
            _of_organisation(clusters, cluster, m)
            _appositive_before(clusters, cluster, m)
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


def split_leading_roles(doc: Doc, mentions: list[Mention]) -> None:
    """ "Coroner Parks Evans", "Sheriff Parks Evans": the tagger takes a capitalised role
    word into the name. The name starts after it (the title step then reads the role
    from the word before the name); a name the tagger typed as an organisation is a
    person when the rest is two capitalised words whose surname the article also tags
    alone as a person ("... Evans said")."""
    lex = lexicons()
    lone_people = {e.text.lower() for e in doc_ents(doc) if e.label_ == "PERSON" and len(e) == 1}
    for m in mentions:
        if m.kind != "name" or m.label not in {"PERSON", "ORG"} or m.end - m.start < 3:
            continue
        first = doc[m.start]
        if not (
            first.is_title and (first.lower_ in lex.role_heads or first.lower_ in _title_roles())
        ):
            continue
        rest = doc[m.start + 1 : m.end]
        if not all(t.is_title and t.is_alpha for t in rest) or _names_a_body(rest[-1].lower_):
            continue  # "Judge Business School", "Major League Baseball"
        if m.label == "ORG":
            if len(rest) != 2 or rest[-1].lower_ not in lone_people:
                continue
            m.label = "PERSON"
        m.start += 1


def _names_a_body(word: str) -> bool:
    lex = lexicons()
    return (
        word in lex.org_nouns
        or word in lex.org_name_heads
        or word in lex.org_suffixes
        or word in lex.place_generics
        or word in lex.institution_heads
    )


def attach_appositive_nicknames(clusters: Clusters, nicknames: list[Mention]) -> None:
    """ "Ferdinand Marcos Jr., known as "Bongbong", flew": the nickname of the name that
    "known as" / "dubbed" describes, where no clause subject took it."""
    doc = clusters.doc
    for m in nicknames:
        if m.cluster >= 0:
            continue
        root = doc[m.start : m.end].root
        prep = root.head
        verb = prep.head if prep.lower_ == "as" else prep
        if verb.dep_ != "acl" or verb.lemma_.lower() not in lexicons().nickname_cues | {"know"}:
            continue
        owner = clusters.owner[verb.head.i]
        if owner >= 0 and clusters.items[owner].etype == "PERSON":
            m.label = "PERSON"
            clusters.add(m, clusters.items[owner])


def _kin_end(doc: Doc, m: Mention) -> int:
    j = m.start - 1
    if doc[j].text in {",", "—", "–"}:
        j -= 1
    return j + 1


def _affiliation(clusters: Clusters, start: int, end: int) -> Cluster | None:
    for i in range(start, end):
        # "NRF Foreign Relations": the parent organisation named first wins; but a place
        # or nationality inside an organisation's name is not the employer ("Cricket
        # Australia chief", "founder of Georgian Dream").
        nested = clusters.nested_at.get(i)
        idx = clusters.owner[i]
        outer = clusters.items[idx] if idx >= 0 else None
        if nested is not None and not (
            clusters.items[nested].etype in {"PLACE", "GROUP"}
            and outer is not None
            and outer.etype in {"ORG", "GROUP"}
        ):
            return clusters.items[nested]
        if outer is not None and outer.etype in AFFILIATION_TYPES:
            return outer
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
    possessor = False
    past = ""
    while j >= sent_start:
        token = doc[j]
        owner = clusters.owner[j]
        if owner >= 0 and owner != cluster.idx:
            if clusters.items[owner].etype in AFFILIATION_TYPES:
                affiliation = _affiliation(clusters, j, j + 1)
                while j > sent_start and clusters.owner[j - 1] == owner:
                    j -= 1
                if j > sent_start and doc[j - 1].lower_ in _past_words():
                    past = doc[j - 1].lower_  # "Former Florida Gov. Jeb Bush"
            break
        if token.tag_ == "POS" and j > 0 and clusters.owner[j - 1] >= 0:
            affiliation = _affiliation(clusters, j - 1, j)
            possessor = True
            break
        if _joined_hyphen(doc, j) and role_start == j + 1:
            j -= 1  # "Secretary-General": one role word split by the tokenizer
            continue
        if (
            role_start == j + 1
            and token.is_title
            and j - 2 >= sent_start
            and doc[j - 1].lower_ == "of"
            and doc[j - 2].lower_ in lex.role_heads
            and clusters.owner[j - 2] < 0
        ):
            role_start = j - 2  # "Secretary of State Antony Blinken"
            j -= 3
            continue
        if (
            token.lower_ in lex.role_heads
            or token.lower_ in _title_roles()
            or (token.lower_ in lex.role_modifiers and role_start < m.start)
        ):
            role_start = j
            j -= 1
            continue
        break
    if role_start == m.start:
        if possessor and affiliation is not None:
            _add_role(cluster, "", affiliation)  # "The Labour Party's Yvette Cooper"
        return
    if role_start > 0 and _joined_hyphen(doc, role_start - 1):
        return  # "the semi-official Tasnim": an adjective, no role
    words = doc[role_start : m.start]
    titles = _title_roles()
    if not any(t.lower_ in lex.role_heads or t.lower_ in titles for t in words):
        return
    # "Florida Sen." -> "Florida senator": what "the senator" later matches
    role = "".join(titles.get(t.lower_, t.text) + t.whitespace_ for t in words)
    if past and not any(t.lower_ in _past_words() for t in words):
        role = f"{past} {role}"  # "the governor" is then no one "former" (resolve)
    _add_role(cluster, role, affiliation)


@lru_cache(maxsize=1)
def _past_words() -> frozenset[str]:
    words: list[str] = entity_lexicons._load("entity_roles.json")["past_modifiers"]
    return frozenset(w.lower() for w in words)


@lru_cache(maxsize=1)
def _title_roles() -> dict[str, str]:
    """Abbreviated titles and the roles they stand for ("sen." -> "senator")."""
    titles: dict[str, str] = entity_lexicons._load("entity_roles.json")["title_roles"]
    return {k.lower(): v for k, v in titles.items()}


def _joined_hyphen(doc: Doc, j: int) -> bool:
    """``doc[j]`` is a hyphen glued to the words on both sides ("Secretary-General")."""
    return (
        doc[j].text == "-"
        and j > 0
        and not doc[j - 1].whitespace_
        and not doc[j].whitespace_
        and doc[j - 1].is_alpha
    )


def _of_organisation(clusters: Clusters, cluster: Cluster, m: Mention) -> None:
    """ "Lai Ching-te of the ruling Democratic Progressive Party", "Stacy Rasgon of
    Bernstein": a person of an organisation belongs to it (not "X of Belarus": a place
    only says where someone is from, unless it is their country's name alone)."""
    doc = clusters.doc
    k = m.end
    if k + 1 >= len(doc) or doc[k].lower_ not in {"of", "at", "from"}:
        return
    k += 1
    while k < len(doc) and doc[k].lower_ in {"the", "ruling", "opposition", "governing"}:
        k += 1
    if k >= len(doc):
        return
    owner = clusters.owner[k]
    if owner >= 0 and owner != cluster.idx and clusters.items[owner].etype in {"ORG", "GROUP"}:
        _add_role(cluster, "", clusters.items[owner])


def _appositive_before(clusters: Clusters, cluster: Cluster, m: Mention) -> None:
    """ "The Kremlin's spokesman, Dmitry Peskov, declined", "Rwanda's government
    spokeswoman, Yolande Makolo, said": a role phrase opening the clause, then the name."""
    lex = lexicons()
    doc = clusters.doc
    comma = m.start - 1
    if comma < 1 or doc[comma].text not in {",", "—", "–"}:
        return
    sent_start = doc[m.start].sent.start
    j = comma - 1
    while j >= sent_start and comma - j <= 10:
        t = doc[j]
        if t.is_punct and t.text not in {"-", "."} and t.tag_ != "POS":
            break  # "The United Nations' humanitarian coordinator": the apostrophe is kept
        if t.pos_ in {"VERB", "AUX", "SCONJ", "PRON"}:
            break
        if t.pos_ == "ADP" and t.lower_ not in ROLE_PREPS:
            break
        j -= 1
    start = j + 1
    if start > sent_start and doc[j].lower_ in {"his", "her", "their", "its"}:
        start = j  # "His lawyer, Mark Cohen, said"
    if (
        start > sent_start
        and doc[start - 1].text not in {",", ";", ":", "—", "–", "(", "and"}
        and doc[start].lower_ not in {"the", "a", "an", "his", "her", "their", "its"}
    ):
        return
    if kin_introduced(doc, m) is not None:
        return
    k = start
    if k < comma and doc[k].lower_ in {"the", "a", "an", "his", "her", "their", "its"}:
        k += 1
    affiliation: Cluster | None = None
    possessive = next((i for i in range(k, comma) if doc[i].tag_ == "POS"), -1)
    if possessive > k:
        owner = clusters.owner[possessive - 1]
        if owner >= 0 and owner != cluster.idx and clusters.items[owner].etype != "PERSON":
            affiliation = _affiliation(clusters, possessive - 1, possessive)
        k = possessive + 1
    head = -1
    end = k
    while end < comma and doc[end].lower_ not in ROLE_PREPS:
        if _joined_hyphen(doc, end):
            end += 1  # "The WHO's director-general, Tedros …": one role word split in three
            continue
        if doc[end].lower_ in lex.role_heads:
            head = end
        elif not (
            doc[end].lower_ in lex.role_modifiers or doc[end].pos_ in {"ADJ", "NOUN", "PROPN"}
        ):
            return
        end += 1
    if head < 0 or head != end - 1 or doc[head].lower_ in lex.kinship:
        return
    role_end = head + 1
    if end < comma:
        found = _affiliation(clusters, end + 1, comma)
        if found is not None and found.idx != cluster.idx:
            affiliation = affiliation or found
        elif doc[end].lower_ == "of":
            role_end = comma  # "Lula's chief of staff, Rui Costa"
    _add_role(cluster, doc[k:role_end].text, affiliation)


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
    employer: tuple[int, int] | None = None
    if k < sent_end and doc[k].lower_ in {"a", "an", "the"}:
        k += 1
        if k + 1 < sent_end and clusters.owner[k] < 0 and doc[k + 1].tag_ == "POS":
            # "the charity's director": a described possessor, the resolver may find it
            if doc[k].lower_ in lex.org_nouns or doc[k].lemma_.lower() in lex.org_nouns:
                employer = (phrase_start, k)
            k += 2
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
        if k + 2 < sent_end and _joined_hyphen(doc, k + 1):
            joined = f"{w}-{doc[k + 2].lower_}"  # "all-rounder", "co-founder"
            if joined in lex.role_heads:
                head = k = k + 2
                k += 1
                continue
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
            or (doc[np_end].pos_ in {"VERB", "AUX", "SCONJ"} and doc[np_end].dep_ != "amod")
            or doc[np_end].lower_ in {"who", "which", "that", "and"}
        ):
            np_end += 1
        found = _affiliation(clusters, end + 1, np_end)
        if (
            found is not None
            and found.idx != cluster.idx
            and not (employer is not None and found.etype == "PLACE")
        ):  # "the group's coordinator in Mozambique" works for the group, not the country
            affiliation = affiliation or found
        if doc[end].lower_ == "of" and np_end > end + 1:
            role = doc[role_start:np_end].text
            end = np_end
    _add_role(cluster, role, affiliation)
    if employer is not None:
        cluster.employers.append(employer)
    mention = Mention(phrase_start, end, "appositive", "PERSON")
    clusters.add(mention, cluster)
    return mention


def _role_verbs(clusters: Clusters) -> None:
    """ "X founded the Front" / "the Front that X founded": founder of the Front."""
    lex = lexicons()
    doc = clusters.doc
    for token in doc_tokens(doc):
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
        subject = subjects[0]
        if token.dep_ == "relcl" and subject.lower_ in {"who", "that"}:
            subject = token.head  # "Daniela Cavallo, who heads Volkswagen's works council"
        person = clusters.owner[subject.i]
        org = clusters.owner[objects[0].i]
        if person < 0 or clusters.items[person].etype != "PERSON":
            continue
        pc = clusters.items[person]
        if org < 0:
            _role_over_phrase(clusters, pc, noun, objects[0])
            continue
        oc = clusters.items[org]
        if oc.etype not in {"ORG", "GROUP"}:
            continue
        name = _org_surface(clusters, oc)
        _add_role(pc, f"{noun} of {name}", oc)


def _role_over_phrase(clusters: Clusters, person: Cluster, noun: str, obj: Token) -> None:
    """ "who heads Volkswagen's works council": head of that body, which belongs to the
    organisation named inside the phrase (the affiliation)."""
    doc = clusters.doc
    if obj.pos_ not in {"NOUN", "PROPN"}:
        return
    start = obj.left_edge.i
    end = obj.i + 1  # the phrase up to its head: no clause or place after it
    org = _affiliation(clusters, start, end)
    if org is None or org.etype not in {"ORG", "GROUP"} or org.idx == person.idx:
        return
    _add_role(person, f"{noun} of {doc[start:end].text}", org)


def _org_surface(clusters: Clusters, cluster: Cluster) -> str:
    doc = clusters.doc
    best = max(
        (m for m in cluster.mentions if m.kind == "name"),
        key=lambda m: m.end - m.start,
        default=None,
    )
    return doc[best.start : best.end].text if best is not None else ""
