"""Cluster name mentions into entities: full name ↔ surname ↔ title + name, acronym ↔ expansion.

A bare surname goes to the most salient full-name person with that surname who was not
introduced as somebody's relative ("Massoud's father, Ahmad Shah Massoud" stays apart
from "Ahmad Massoud"). Organisations and places join on their normalised name, on a
known alias ("U.S." ↔ "America") and on acronyms, including "Full Name (ACRONYM)".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsgraph.extract import ner_context
from newsgraph.extract.dateline import dateline_end
from newsgraph.extract.doc_tokens import doc_tokens
from newsgraph.extract.entity_lexicons import lexicons
from newsgraph.extract.findings import doc_text
from newsgraph.extract.mentions import (
    Mention,
    acronym_after,
    caps_sentence,
    is_acronym,
    known_places,
)

TYPE_OF_LABEL = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "NORP": "GROUP",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
}


def entity_type(label: str) -> str:
    return TYPE_OF_LABEL.get(label, "OTHER")


@dataclass
class Cluster:
    idx: int
    label: str
    mentions: list[Mention] = field(default_factory=list)
    words: tuple[str, ...] = ()  # lower-case words of the longest name
    roles: list[str] = field(default_factory=list)
    affiliations: list[int] = field(default_factory=list)
    gender: str = ""  # "m", "f" or unknown
    relative: bool = False  # introduced as somebody's relative
    names: int = 0  # how many name mentions so far (salience)
    nominal: str = ""  # nameless clusters: "plural", "person", "thing" or "expression"
    # "Paula Santos, the group's emergency coordinator": (start, head) of the described
    # employer ("the group"), whose organisation the resolver finds
    employers: list[tuple[int, int]] = field(default_factory=list)

    @property
    def etype(self) -> str:
        return entity_type(self.label)


@dataclass
class Clusters:
    """The clusters of one document plus lookups the later steps share."""

    doc: Doc
    items: list[Cluster] = field(default_factory=list)
    owner: list[int] = field(default_factory=list)  # token -> cluster of the name covering it
    sent_of: list[int] = field(default_factory=list)  # token -> sentence number
    in_quote: list[bool] = field(default_factory=list)  # token inside quotation marks
    nested_at: dict[int, int] = field(default_factory=dict)  # token -> cluster named inside a name

    def add(self, mention: Mention, cluster: Cluster) -> None:
        mention.cluster = cluster.idx
        cluster.mentions.append(mention)
        if mention.kind in {"name", "nested", "nickname", "appositive", "kinship", "description"}:
            for i in range(mention.start, mention.end):
                if self.owner[i] < 0 or mention.kind == "name":
                    self.owner[i] = cluster.idx

    def new(self, label: str) -> Cluster:
        cluster = Cluster(idx=len(self.items), label=label)
        self.items.append(cluster)
        return cluster


def person_words(tokens: list[Token]) -> tuple[str, ...]:
    """Name words without leading titles or initials-only middle names kept as written."""
    lex = lexicons()
    words = [t.lower_ for t in tokens if not t.is_punct or t.text == "-"]
    while len(words) > 1 and words[0] in lex.titles:
        words = words[1:]
    return tuple(words)


def _without_initials(words: tuple[str, ...]) -> tuple[str, ...]:
    if len(words) <= 2:
        return words
    return (words[0], *(w for w in words[1:-1] if len(w.rstrip(".")) > 1), words[-1])


def _written_alike(doc: Doc, cluster: Cluster, m: Mention) -> bool:
    text = doc[m.start : m.end].text.lower()
    return any(doc[o.start : o.end].text.lower() == text for o in cluster.mentions)


def org_key(tokens: list[Token]) -> str:
    lex = lexicons()
    words = [t.lower_ for t in tokens if not t.is_punct or t.text in {".", "&", "-"}]
    while len(words) > 1 and words[-1] in lex.org_suffixes:
        words = words[:-1]
    key = " ".join(words)
    return lex.aliases.get(key, lex.aliases.get(key.replace(" . ", ". "), key))


def initials(tokens: list[Token]) -> set[str]:
    """Acronyms an expansion may go by: every content word, or the words before 'of'."""
    lex = lexicons()
    content = [t for t in tokens if t.is_alpha and t.lower_ not in lex.acronym_skip]
    out = {"".join(t.text[0] for t in content).upper()}
    before_of = []
    for t in tokens:
        if t.lower_ == "of":
            break
        if t.is_alpha and t.lower_ not in lex.acronym_skip:
            before_of.append(t)
    if before_of:
        out.add("".join(t.text[0] for t in before_of).upper())
    if len(tokens) > 2 and tokens[-1].is_digit and len(tokens[-1].text) <= 2:
        # "Internet Explorer 6" -> "IE6" (a bare "IE" is the product, not this version)
        out = {a + tokens[-1].text for a in out}
    return {a for a in out if len(a) >= 2}


def gender_of_name(tokens: list[Token]) -> str:
    lex = lexicons()
    for t in tokens[:3]:
        w = t.lower_
        if w in lex.male_titles or w in lex.male_names:
            return "m"
        if w in lex.female_titles or w in lex.female_names:
            return "f"
        if not (w in lex.titles or t.is_punct):
            # only the given name tells: the surname of "Rakeyia Scott" is no first name
            break
    return ""


def kin_introduced(doc: Doc, mention: Mention) -> tuple[int, str] | None:
    """Start of "X's father," / "his father" before a name, and the kin noun's gender."""
    lex = lexicons()
    j = mention.start - 1
    if j >= 0 and doc[j].text in {",", "—", "–"}:
        j -= 1
    if j < 1 or doc[j].lower_ not in lex.kinship:
        return None
    kin = doc[j]
    k = j - 1
    while k >= 0 and doc[k].dep_ == "amod":  # "his late father"
        k -= 1
    if k >= 0 and doc[k].lower_ in {"his", "her", "their"}:
        return k, lex.kinship[kin.lower_]
    if k >= 1 and (doc[k].tag_ == "POS" or doc[k].lower_ in {"'s", "’s"}):
        p = k - 1
        while p > 0 and doc[p - 1].ent_iob_ == "I" and doc[p].ent_iob_ == "I":
            p -= 1
        while p > 0 and doc[p].ent_iob_ == "I":
            p -= 1
        return p, lex.kinship[kin.lower_]
    return None


POSSESSIVE = frozenset({"'s", "’s", "'"})


def cluster_names(doc: Doc, mentions: list[Mention]) -> Clusters:
    """Group name mentions (in text order) into clusters."""
    clusters = Clusters(doc=doc, owner=[-1] * len(doc))
    _index_sentences(clusters)
    by_key: dict[tuple[str, str], Cluster] = {}  # (type, key) -> cluster
    by_acronym: dict[str, Cluster] = {}  # initials of an expansion -> cluster
    by_surname: dict[str, list[Cluster]] = {}
    by_first: dict[str, list[Cluster]] = {}
    directions = lexicons().place_directions
    by_tail: dict[str, Cluster | None] = {}  # "korea" -> "South Korea" (None: 2+)
    by_head: dict[str, Cluster | None] = {}  # "church" -> "Church of Scientology" (None: 2+)
    by_suffix: dict[str, Cluster | None] = {}  # "supreme court" -> "Italian Supreme Court"
    by_object: dict[str, Cluster | None] = {}  # "scientology" -> "Church of Scientology"
    qualified: dict[int, int] = {}  # place -> the place it was first said to belong to
    previous: Mention | None = None
    for m in mentions:
        tokens = list(doc[m.start : m.end])
        etype = entity_type(m.label)
        cluster: Cluster | None
        if etype == "PERSON":
            cluster = _place_person(clusters, doc, m, tokens, by_key, by_surname, by_first)
        else:
            key = org_key(tokens)
            cluster = by_key.get(("NAMED", key))
            if cluster is not None and len(tokens) == 1 and _acronym_of_a_word(doc, cluster, m):
                cluster = None  # "UN" is not the "Un" of "Kim Jong Un", "WHO" not "Who"
            if (
                cluster is not None
                and {cluster.etype, etype} == {"PLACE", "ORG"}
                and _written_alike(doc, cluster, m)
            ):
                # the context pass typed them apart: "MADRID (Reuters)", "Madrid levelled";
                # another name of the same place ("DPRK" after "North Korea") still joins
                cluster = by_key.get((etype, key))
            if cluster is None and len(tokens) == 1 and _numbered_acronym(tokens[0].text):
                cluster = by_acronym.get(tokens[0].text.replace(".", "").upper())
            if cluster is None and previous is not None and _in_parentheses_after(doc, previous, m):
                cluster = clusters.items[previous.cluster]
            if cluster is None and len(tokens) > 1:
                for acr in initials(tokens):
                    hit = by_key.get(("NAMED", acr.lower()))
                    if hit is not None and hit.etype == etype:
                        cluster = hit
                        break
            if cluster is None and len(tokens) == 1 and etype == "PLACE":
                # "Korea" after "South Korea" (but not after both North and South Korea);
                # "the North" after "North Korea" (not after North Korea and North Carolina)
                word = tokens[0].lower_
                cluster = by_tail.get(word) if word not in directions else by_tail.get(word + "-")
            if cluster is None and len(tokens) == 1 and etype == "ORG":
                # "the Church" after "the Church of Scientology": the name's head alone
                cluster = by_head.get(tokens[0].lower_)
            if cluster is None and len(tokens) == 1 and etype == "ORG":
                # "Scientology" after "the Church of Scientology": a body named after what
                # it serves, that word alone (typed a body, no place: not "England")
                cluster = by_object.get(tokens[0].lower_)
            if cluster is None and etype == "ORG" and _of_one_word(tokens):
                # and "the Church of Scientology" after "Scientology"
                hit = by_key.get(("ORG", tokens[2].lower_))
                cluster = hit if hit is not None and len(hit.words) == 1 else None
            if cluster is None and etype == "ORG":
                # "the Fed" after "the Federal Reserve", "the Met" before "the
                # Metropolitan Police": a clipped first word names the same body
                cluster = _clipped(doc, clusters, m, tokens)
            if cluster is None and etype in {"ORG", "OTHER"}:
                # "the Supreme Court" after "the Italian Supreme Court of Cassation",
                # "Home Office" after "the United Kingdom Home Office"
                hit = by_suffix.get(key)
                cluster = hit if hit is not None and hit.etype == etype else None
            owning = _owning_place(clusters, m) if etype == "PLACE" else -1
            if cluster is not None and owning >= 0 and qualified.get(cluster.idx, owning) != owning:
                cluster = None  # "Pakistan's Punjab province" ... "India's Punjab state"
            if cluster is None:
                cluster = clusters.new(m.label)
            if owning >= 0:
                qualified.setdefault(cluster.idx, owning)
            by_key[("NAMED", key)] = cluster
            by_key[(etype, key)] = cluster
            if etype == "PLACE" and len(tokens) == 2 and tokens[0].lower_ in directions:
                for tail in (tokens[1].lower_, tokens[0].lower_ + "-"):
                    by_tail[tail] = cluster if by_tail.get(tail, cluster) is cluster else None
            if etype == "ORG" and len(tokens) > 2 and tokens[1].lower_ == "of":
                head = tokens[0].lower_
                by_head[head] = cluster if by_head.get(head, cluster) is cluster else None
            if etype == "ORG" and _of_one_word(tokens):
                obj = tokens[2].lower_
                by_object[obj] = cluster if by_object.get(obj, cluster) is cluster else None
            if len(tokens) > 1:
                for acr in initials(tokens):
                    by_acronym.setdefault(acr, cluster)
            if etype in {"ORG", "OTHER"}:
                for tail in _name_tails(tokens):
                    seen = by_suffix.get(tail, cluster)
                    by_suffix[tail] = cluster if seen is cluster else None
            _longest(cluster, key.split())
        cluster.names += 1
        clusters.add(m, cluster)
        previous = m
    _nested(clusters, mentions, by_key, by_acronym)
    return clusters


def _of_one_word(tokens: list[Token]) -> bool:
    """ "Church of Scientology": a title-case head, "of", and one proper word that names
    no place (a "Bank of England" is no "England")."""
    return (
        len(tokens) == 3
        and tokens[1].lower_ == "of"
        and tokens[0].is_title
        and tokens[2].is_title
        and tokens[2].pos_ == "PROPN"
        and tokens[2].lower_ not in known_places()
    )


def _owning_place(clusters: Clusters, m: Mention) -> int:
    """The place a place name is said to belong to by a possessive ("India's Punjab
    state"), or -1."""
    doc = clusters.doc
    if m.start < 2 or not (doc[m.start - 1].tag_ == "POS" or doc[m.start - 1].lower_ in POSSESSIVE):
        return -1
    owner = clusters.owner[m.start - 2]
    return owner if owner >= 0 and clusters.items[owner].etype == "PLACE" else -1


def _shouted(doc: Doc, i: int) -> bool:
    """A lone word in capitals ("UN", "WHO") outside a line of capitals is an acronym,
    never the surname or given name of a person written "Un", "Who"; but not the place
    of a dateline ("SEOUL (AP) —" is Seoul)."""
    return (
        is_acronym(doc[i].text)
        and not caps_sentence(list(doc[i].sent))
        and not _dateline_word(doc, i)
    )


def _dateline_word(doc: Doc, i: int) -> bool:
    token = doc[i]
    line_start = i == 0 or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_
    if not line_start:
        return False
    end = dateline_end(doc_text(doc), token.idx)
    return end is not None and end > token.idx + len(token.text)


def _alike(doc: Doc, m: Mention, candidates: list[Cluster]) -> list[Cluster]:
    """People a lone word may name: an acronym ("UN") only one whose name has it in
    capitals too."""
    if not _shouted(doc, m.start):
        return candidates
    text = doc[m.start].text
    return [
        c
        for c in candidates
        if any(t.text == text for o in c.mentions for t in doc[o.start : o.end])
    ]


def _acronym_of_a_word(doc: Doc, cluster: Cluster, m: Mention, at: int = -1) -> bool:
    """The cluster knows the word at ``at`` (default: ``m``'s first) only as a word
    ("Un") and here it is an acronym ("UN"), or the other way round."""
    i = m.start if at < 0 else at
    same = [
        o for o in cluster.mentions if o.end - o.start == 1 and doc[o.start].lower_ == doc[i].lower_
    ]
    return bool(same) and all(_shouted(doc, o.start) != _shouted(doc, i) for o in same)


TOWN = 5_000  # "Sunderland" of "Sunderland Albion" is the town (or its club)
MIN_CLIP = 3  # "Fed", "Met": shorter clips ("Ma", "Un") are other words


def _clipped(doc: Doc, clusters: Clusters, m: Mention, tokens: list[Token]) -> Cluster | None:
    """The one organisation whose name of two or more words opens with a longer form of a
    lone word ("Fed" -> "Federal Reserve") or with the word itself ("Arclight" ->
    "Arclight Semiconductor"), whichever of the two comes first; none when two could be
    meant."""
    found: set[int] = set()
    for c in clusters.items:
        if c.etype != "ORG":
            continue
        names = [o for o in c.mentions if o.kind == "name"]
        if len(tokens) == 1:
            longer = [doc[o.start] for o in names if o.end - o.start > 1]
            if any(_clips(tokens[0], t) for t in longer):
                found.add(c.idx)
        elif (
            names
            and all(o.end - o.start == 1 for o in names)
            and _clips(doc[names[0].start], tokens[0])
        ):
            found.add(c.idx)
    return clusters.items[found.pop()] if len(found) == 1 else None


def _clips(short: Token, word: Token) -> bool:
    """ "Fed" of "Federal", "Met" of "Metropolitan"; shorter clips ("Ma", "Un") are
    other words."""
    return (
        short.is_title
        and word.is_title
        and short.is_alpha
        and len(short.text) >= MIN_CLIP
        and word.lower_.startswith(short.lower_)
        and (
            len(word.text) > len(short.text)
            or (_own_word(short) and not ner_context._named_place(short.text, min_population=TOWN))
        )
    )


def _own_word(token: Token) -> bool:
    """ "Arclight" for "Arclight Semiconductor": the lone first word is the name only when
    it is no ordinary word (no dictionary form the tagger reads as a common noun or
    adjective, never written in lower case in the article)."""
    lowered = token.lower_
    return token.pos_ == "PROPN" and not any(t.lower_ == lowered and t.is_lower for t in token.doc)


def _name_tails(tokens: list[Token]) -> list[str]:
    """Keys of the capitalised endings of a name's part before "of": "Italian Supreme
    Court of Cassation" -> "supreme court", "court"."""
    words = [t for t in tokens if not t.is_punct]
    of = next((k for k, t in enumerate(words) if t.lower_ == "of" and k), len(words))
    head = words[:of]
    # with an "of", the whole part before it too ("Comic Corps" of "Comic Corps of Canada")
    first = 0 if of < len(words) and len(head) > 1 else 1
    return [
        org_key(head[k:])
        for k in range(first, len(head))
        if all(t.is_title or t.is_upper for t in head[k:])
    ]


def _numbered_acronym(text: str) -> bool:
    """ "NRF", "U.N.", and with a version number "IE6"."""
    bare = text.rstrip("0123456789")
    return is_acronym(text) or (len(text) - len(bare) <= 2 and bare != text and is_acronym(bare))


def _longest(cluster: Cluster, words: list[str]) -> None:
    if len(words) > len(cluster.words):
        cluster.words = tuple(words)


def _in_parentheses_after(doc: Doc, prev: Mention, m: Mention) -> bool:
    """ "National Resistance Front (NRF)", "the Ethics and Anti-Corruption Commission,
    known as EACC": the acronym it is introduced with names the same thing."""
    return (
        m.end == m.start + 1
        and m.start == acronym_after(doc, prev.end, short_names=prev.label == m.label == "ORG")
        and prev.cluster >= 0
        # "LONDON (AP)": a dateline's agency is no acronym of the place
        and not (prev.label in {"GPE", "LOC", "FAC"} and m.label not in {"GPE", "LOC", "FAC"})
    )


def _place_person(
    clusters: Clusters,
    doc: Doc,
    m: Mention,
    tokens: list[Token],
    by_key: dict[tuple[str, str], Cluster],
    by_surname: dict[str, list[Cluster]],
    by_first: dict[str, list[Cluster]],
) -> Cluster:
    words = person_words(tokens)
    key = ("PERSON", " ".join(_without_initials(words)))
    cluster = by_key.get(key)
    if cluster is not None and len(words) == 1 and _acronym_of_a_word(doc, cluster, m):
        cluster = None
    titled = gender_of_name(list(doc[max(0, m.start - 1) : m.start]))
    if cluster is not None and len(words) == 1 and titled and cluster.gender not in ("", titled):
        cluster = None  # "Mr. Clinton" after "Mrs. Clinton": the other one of that name
    if cluster is None and len(words) == 1:
        # "Mrs. Clinton" after Hillary and Bill Clinton: the title picks the one of that
        # gender among people sharing the surname
        surnamed = [
            c
            for c in _alike(doc, m, by_surname.get(words[0], []))
            if not (titled and c.gender and c.gender != titled)
        ]
        cluster = _best_person(surnamed) or _best_person(_alike(doc, m, by_first.get(words[0], [])))
    if cluster is None and len(words) > 1 and words[0] in lexicons().surname_particles:
        # "De Vries" after "Marieke de Vries": a surname with a particle.
        cluster = _best_person(by_surname.get(" ".join(words), []))
    if cluster is None and len(words) > 1:
        # "Bankman-Fried" after "Sam Bankman-Fried": a hyphenated surname; "Suu Kyi"
        # after "Aung San Suu Kyi": the last names of one with no family name
        tail = [
            c
            for c in by_surname.get(words[-1], [])
            if len(c.words) > len(words) and c.words[-len(words) :] == words
        ]
        cluster = _best_person(tail)
    if cluster is None and len(words) > 1:
        # A surname seen alone before its full name ("Smith ... John Smith").
        lone = by_key.get(("PERSON", words[-1]))
        if lone is not None and len(lone.words) == 1 and not _other_given_name(doc, lone, words):
            cluster = lone
    if cluster is None:
        cluster = _misspelt_person(words, by_surname)
    if cluster is not None and titled and cluster.gender and titled != cluster.gender:
        cluster = None  # "Mr. Smith ... Mrs. Smith": two people
    if cluster is None:
        cluster = clusters.new("PERSON")
        kin = kin_introduced(doc, m)
        if kin is not None and len(words) > 1:
            cluster.relative = True
            cluster.gender = kin[1]
    by_key[key] = cluster
    if len(words) > 1:
        for k in range(1, len(words)):
            if k == len(words) - 1 or words[k] in lexicons().surname_particles:
                surnames = by_surname.setdefault(" ".join(words[k:]), [])
                if cluster not in surnames:
                    surnames.append(cluster)
        firsts = by_first.setdefault(words[0], [])
        if cluster not in firsts:
            firsts.append(cluster)
    if len(words) > len(cluster.words):
        cluster.words = words
    if not cluster.gender:
        # "Joseph" after "Amelize Joseph": the surname says nothing of the gender
        surname = len(words) == 1 and len(cluster.words) > 1 and cluster.words[-1] == words[0]
        cluster.gender = (gender_of_name(tokens) if not surname else "") or titled
    return cluster


def _misspelt_person(
    words: tuple[str, ...], by_surname: dict[str, list[Cluster]]
) -> Cluster | None:
    """A name spelt two ways in one article: "Mauer" after "K.C. Maurer", "Kristen Wilkins"
    after "Kristin Wilkins". Only one person may be that close, and short names never are
    (a one-letter slip in "Kim" or "Lee" is another person)."""
    if len(words) == 1:
        near = [
            c
            for surname, found in by_surname.items()
            if " " not in surname and _close(words[0], surname)
            for c in found
        ]
    elif len(words) == 2:
        near = [
            c
            for c in by_surname.get(words[1], [])
            if len(c.words) == 2 and _close(words[0], c.words[0])
        ]
    else:
        return None
    return near[0] if len(set(map(id, near))) == 1 else None


def _close(a: str, b: str) -> bool:
    """One slip (a letter added, left out, changed or swapped), two in a long name."""
    if a == b or not (a.isalpha() and b.isalpha()) or min(len(a), len(b)) < 5:
        return False
    if a[0] != b[0]:
        return False  # the first letter is rarely the slip, and keeps "Rohan"/"Mohan" apart
    allowed = 2 if min(len(a), len(b)) >= 8 else 1
    return abs(len(a) - len(b)) <= allowed and _slips(a, b) <= allowed


def _slips(a: str, b: str) -> int:
    """Edit distance with adjacent swaps (optimal string alignment)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], prev2[j - 2] + 1)
        prev2, prev = prev, row
    return prev[len(b)]


def _other_given_name(doc: Doc, lone: Cluster, words: tuple[str, ...]) -> bool:
    """ "Junius Ho" with only "Ho" tagged, then "Cyd Ho": an untagged capitalised word right
    before the lone surname was another given name."""
    titles = lexicons().titles
    for m in lone.mentions:
        before = doc[m.start - 1] if m.start else None
        if (
            before is not None
            and before.pos_ == "PROPN"
            and before.is_title
            and not before.ent_type_
            and before.lower_ not in titles
            and before.lower_ != words[0]
        ):
            return True
    return False


def _best_person(candidates: list[Cluster]) -> Cluster | None:
    if not candidates:
        return None
    # Not a relative first, then the most named, then the most recent.
    order = sorted(
        enumerate(candidates), key=lambda p: (not p[1].relative, p[1].names, p[0]), reverse=True
    )
    return order[0][1]


def _heads_outer(doc: Doc, outer: Mention, i: int, stop: int) -> bool:
    """ "Church" in "Church of Scientology", "North" in "North Korea": a word that opens
    an "X of Y" name, or opens a place name, is part of that name, not a mention of its own."""
    if i != outer.start:
        return False
    # "Hong Kong" in "Hong Kong Island" and "Google" in "the Google Science Fair" are
    # mentions of their own; only a compass word opens a place name as part of it
    return doc[stop].lower_ == "of" or (
        entity_type(outer.label) == "PLACE" and doc[i].lower_ in lexicons().place_directions
    )


def _same_kind_tail(outer: Mention, inner: Cluster, stop: int) -> bool:
    """ "Supreme Court" in "the Italian Supreme Court": an organisation's name ending in
    another organisation's name is a kind of it, not a mention of it ("Canada" in "Fan
    Expo Canada" is)."""
    kind = entity_type(outer.label)
    return stop == outer.end and kind in {"ORG", "OTHER"} and inner.etype == kind


def _nested(
    clusters: Clusters,
    mentions: list[Mention],
    by_key: dict[tuple[str, str], Cluster],
    by_acronym: dict[str, Cluster],
) -> None:
    """A known name inside a longer one also mentions its own entity: "NRF" in
    "NRF Foreign Relations", "Google" in "the Google Science Fair", and an acronym of a
    name written out elsewhere ("NSW" in "University of NSW" after "New South Wales")."""
    doc = clusters.doc
    places: dict[str, Cluster] = {}  # well-known places named only inside other names
    unknown: dict[str, list[int]] = {}  # a brand opening names, never named alone
    for m in list(mentions):
        if m.kind != "name" or m.end - m.start < 2 or m.end - m.start > 10:
            continue
        i = m.start
        inner = m.end  # inside a nested name, only names within it
        while i < m.end:
            if i >= inner:
                inner = m.end
            hit, stop = None, i
            for j in range(inner, i, -1):
                if (i, j) == (m.start, m.end):
                    continue
                tokens = list(doc[i:j])
                if not tokens[0].text[:1].isupper():
                    break
                found = by_key.get(("NAMED", org_key(tokens)))
                if found is not None and j - i == 1 and _acronym_of_a_word(doc, found, m, i):
                    found = None  # the "Un" of "Kim Jong Un" is no mention of the UN
                if found is None and j - i > 1:
                    found = by_key.get(("PERSON", " ".join(person_words(tokens))))
                if found is None and j - i == 1 and is_acronym(tokens[0].text):
                    found = by_acronym.get(tokens[0].text.replace(".", "").upper())
                surname = (
                    found is None
                    and j - i == 1
                    and entity_type(m.label) not in {"PLACE", "PERSON"}
                    and _surname_of(by_key, tokens[0])
                )
                if surname:
                    found = surname  # "Warhol" of "Warhol Polaroid" after "Andy Warhol"
                # A lone first name inside a longer name is no mention of that person.
                if (
                    found is not None
                    and found.idx != m.cluster
                    and (found.etype != "PERSON" or j - i > 1 or surname)
                ):
                    hit, stop = found, j
                    break
            if hit is None and entity_type(m.label) != "PERSON":
                hit, stop = _nested_place(clusters, m, i, places)
                if hit is not None:
                    nested = Mention(i, stop, "nested", hit.label)
                    nested.cluster = hit.idx
                    hit.mentions.append(nested)
                    i = stop
                    continue
            if hit is None and i == _first_word(doc, m) and doc[i].is_alpha:
                unknown.setdefault(doc[i].lower_, []).append(i)
            numbered = i == m.start and stop == m.end - 1 and doc[stop].like_num
            if (
                hit is None
                or numbered  # "Internet Explorer" in "Internet Explorer 6": another version
                or _heads_outer(doc, m, i, stop)
                or _same_kind_tail(m, hit, stop)
            ):
                i = max(i + 1, stop)
                continue
            nested = Mention(i, stop, "nested", hit.label)
            nested.cluster = hit.idx
            hit.mentions.append(nested)
            clusters.nested_at.setdefault(i, hit.idx)
            if stop - i > 1 and hit.etype != "PERSON" and inner == m.end:
                # "Texas" of "University of Texas Arlington" inside "University of Texas
                # Arlington Muslim Student Association": a name inside the nested one
                inner, i = stop, i + 1
                continue
            i = stop
    # "PlayStation" opening "PlayStation VR" twice, "FIFA" opening "FIFA World Cup 2018"
    # and "2018 FIFA football World Cup": the brand is a thing of its own, though never
    # named alone (it stays out of the Record)
    for starts in unknown.values():
        # "Playstation VR" too, once "PlayStation" was written as a brand
        if len(starts) < 2 or not any(_brand_like(doc[i].text) for i in starts):
            continue
        cluster = clusters.new("ORG")
        cluster.words = (doc[starts[0]].lower_,)
        for i in starts:
            nested = Mention(i, i + 1, "nested", "ORG")
            nested.cluster = cluster.idx
            cluster.mentions.append(nested)


def _surname_of(by_key: dict[tuple[str, str], Cluster], token: Token) -> Cluster | None:
    """The person a lone capitalised word inside another name names by surname: one
    written alone in the article and the last word of that person's full name."""
    if not token.is_title:
        return None
    word = token.lower_
    person = by_key.get(("PERSON", word))
    if person is None or len(person.words) < 2 or person.words[-1] != word:
        return None
    given = person.words[0]
    return None if len(given) < 3 or "." in given else person  # not "N. Korea"


def _first_word(doc: Doc, m: Mention) -> int:
    i = m.start
    while i < m.end - 1 and (doc[i].like_num or doc[i].lower_ == "the"):
        i += 1
    return i


def _brand_like(text: str) -> bool:
    """ "PlayStation", "YouTube", "FIFA": a capital inside the word or all capitals."""
    return (
        text.isalpha()
        and len(text) > 2
        and (is_acronym(text) or any(c.isupper() for c in text[1:]))
    )


def _nested_place(
    clusters: Clusters, outer: Mention, i: int, places: dict[str, Cluster]
) -> tuple[Cluster | None, int]:
    """ "Canada" in "Fan Expo Canada", "Texas" in "University of Texas Arlington": a
    well-known place (country, state, large city) inside an organisation's or event's
    name is a mention of that place even where the article never names it alone. Its
    cluster stays out of the Record (no name of its own) and out of affiliations."""
    doc = clusters.doc
    if i == outer.start and entity_type(outer.label) == "PLACE":
        return None, i  # "New York" opens "New York City": one place
    for j in range(min(outer.end, i + 3), i, -1):
        if (i, j) == (outer.start, outer.end):
            continue
        tokens = doc[i:j]
        if not all(t.is_title or t.is_upper for t in tokens):
            continue
        key = tokens.text.lower()
        # "Southern Indiana" in "University of Southern Indiana": a compass word before a
        # well-known place is part of the place named
        compass = len(tokens) > 1 and _compass(tokens[0].lower_)
        if key not in known_places() and not (
            compass and tokens[1:].text.lower() in known_places()
        ):
            continue
        cluster = places.get(key)
        if cluster is None:
            cluster = places[key] = clusters.new("GPE")
            cluster.words = tuple(t.lower_ for t in tokens)
        return cluster, j
    return None, i


def _compass(word: str) -> bool:
    """ "north", "Northern", "south-east": a direction word."""
    directions = lexicons().place_directions
    return word in directions or (word.endswith("ern") and word[:-3] in directions)


def _index_sentences(clusters: Clusters) -> None:
    doc = clusters.doc
    sent_of = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            sent_of[i] = n
    clusters.sent_of = sent_of
    in_quote = [False] * len(doc)
    inside = False
    for token in doc_tokens(doc):
        text = token.text
        if "\n" in token.text_with_ws and token.is_space:
            inside = False
        if text in {"“", "«"}:
            inside = True
        elif text in {"”", "»"}:
            inside = False
        elif text in {'"', "``", "''"}:
            inside = not inside
        else:
            in_quote[token.i] = inside
    clusters.in_quote = in_quote
