"""Common-noun coreference by head match: "a robotics competition ... the competition".

A definite noun phrase ("the", "this", "these", ...) whose head lemma and words were
already used by an earlier phrase a few sentences back refers to the same thing (the
strict head-match pass of rule-based coreference). These clusters have no name, so they
never become Record entities; they exist for coreference (and its evaluation).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.dateline import dateline_end
from newsgraph.extract.doc_tokens import doc_ents, doc_tokens
from newsgraph.extract.entity_lexicons import lexicons
from newsgraph.extract.findings import doc_text
from newsgraph.extract.mentions import Mention, known_places
from newsgraph.extract.name_clusters import Cluster, Clusters

# A possessive pronoun makes a phrase definite too: "her death" ... "her death".
DEFINITE = frozenset(
    {"the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"}
)
POSSESSIVES = frozenset({"my", "your", "his", "her", "its", "our", "their"})
QUANTIFIERS = frozenset({"every", "each", "any", "no", "either", "neither"})
PROPER = "^"  # marks a proper modifier's lemma among a phrase's words
SKIP_WORDS = frozenset({"the", "this", "that", "these", "those", "a", "an"})
LOOKBACK = 20  # sentences
SYNONYM_WINDOW = 6  # sentences back to "a competition" for "the contest"
# Lone phrases in these positions may become antecedents of "it" / "they".
ANTECEDENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "pobj"})
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})
SECOND_PERSON_WINDOW = 2  # sentences between two "you" of one addressee
REPEATED_LABELS = frozenset({"DATE", "TIME", "LANGUAGE"})
COUNTED_LABELS = frozenset({"CARDINAL", "ORDINAL"})
DATELINE_TOKENS = 40  # the publication date stands under the headline
FIRST_PERSON = {
    **dict.fromkeys(("i", "me", "my", "mine", "myself"), "i"),
    **dict.fromkeys(("we", "us", "our", "ours", "ourselves"), "we"),
}


def _words(chunk: Span) -> set[str]:
    """Content lemmas of a phrase; a proper modifier ("the Kowloon West constituency", "the
    US team") is marked, as it tells one such thing from another."""
    return {
        PROPER + t.lemma_.lower() if _proper(t) and t.i != chunk.root.i else t.lemma_.lower()
        for t in chunk
        if not t.is_punct and t.lower_ not in SKIP_WORDS
    }


def _of_words(root: Token) -> set[str]:
    """ "the first game of Group G" is not "the first game of the day": a name after a
    phrase's "of" tells which one it is."""
    words: set[str] = set()
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj":
                words |= {
                    PROPER + t.lemma_.lower()
                    for t in (obj, *obj.children)
                    if t.dep_ in {"pobj", "compound", "amod", "nummod"} and _proper(t)
                }
    return words


def _proper(token: Token) -> bool:
    return (
        token.pos_ == "PROPN"
        or token.ent_type_ in {"NORP", "GPE", "LOC", "ORG"}
        or (token.is_title and not token.is_sent_start)
    )


def cluster_nominals(clusters: Clusters) -> list[Mention]:
    """Head-match clusters, plus lone antecedents pronouns may need: a plural subject
    ("Web developers ... they") or a person noun ("a cosplayer ... she").
    Returns the new mentions."""
    lex = lexicons()
    doc = clusters.doc
    owner = clusters.owner
    sent_of = clusters.sent_of
    added: list[Mention] = []

    def new_cluster(first: Mention, kind: str) -> Cluster:
        cluster = clusters.new("NOMINAL")
        cluster.nominal = kind
        clusters.add(first, cluster)
        added.append(first)
        return cluster

    # head lemma -> (cluster or None, words seen, last sentence, first mention)
    seen: dict[str, tuple[Cluster | None, set[str], int, Mention]] = {}
    # every thing (cluster or lone phrase) with that head, latest last: "hard drives and a
    # zip drive ... the hard drives", "the Bristol West constituency ... the Bristol East
    # constituency ... the Bristol West constituency" look past the other thing between
    history: dict[str, list[tuple[Cluster | None, set[str], int, Mention]]] = {}

    def remember(key: str, entry: tuple[Cluster | None, set[str], int, Mention]) -> None:
        seen[key] = entry
        things = [e for e in history.get(key, []) if e[3] is not entry[3]]
        history[key] = [*things, entry]

    def fits(entry: tuple[Cluster | None, set[str], int, Mention], words: set[str]) -> bool:
        return (
            sent - entry[2] <= LOOKBACK
            and _compatible(words, entry[1])
            and _same_number(doc[entry[3].end - 1].tag_, root.tag_)
        )

    name_heads = _name_heads(clusters)
    named_tokens = {
        i
        for c in clusters.items
        for m in c.mentions
        if m.kind in {"name", "nested", "nickname"}
        for i in range(m.start, m.end)
    }
    for chunk in _phrases(doc):
        root = chunk.root
        # a possessor inside a description ("the Afghan team's coach") is still free
        taken = owner[root.i] >= 0 and (root.dep_ != "poss" or root.i in named_tokens)
        # "The second half" tagged a number is still a thing; "the thousands" (plural)
        # is a number
        counted = root.ent_type_ in COUNTED_LABELS and root.tag_ == "NN" and not root.like_num
        if root.pos_ != "NOUN" or taken or (root.ent_type_ and not counted):
            continue
        head = root.lemma_.lower()
        if head in lex.time_heads or len(head) < 3:
            continue
        start = _after_misread_verb(doc, chunk.start, root.i)
        while start < root.i and doc[start].is_punct:
            start += 1
        mention = Mention(start, root.i + 1, "nominal", "NOMINAL")
        words = _words(chunk) | _of_words(root)
        definite = doc[start].lower_ in DEFINITE
        sent = sent_of[root.i]
        plural = root.tag_ == "NNS"
        person = not plural and (
            root.lower_ in lex.person_nouns
            or root.lower_ in lex.role_heads  # "a teacher": never "it"
            or root.lower_ in lex.male_nouns
            or root.lower_ in lex.female_nouns
        )
        kind = "plural" if plural else "person" if person else "thing"
        # a phrase with this head a few sentences back beats a name headed by a synonym
        fresh = seen[head][2] + SYNONYM_WINDOW if head in seen else -1
        named = (
            _name_with_head(clusters, name_heads, root, sent, synonyms_after=fresh)
            if definite and doc[start].lower_ in {"the", "this", "that"} and not plural
            else None
        )
        if named is not None:
            # "the festival" after "the Taipei Lantern Festival": the name's own head noun
            described = Mention(start, root.i + 1, "description", named.label)
            clusters.add(described, named)
            added.append(described)
            continue
        named, before = _apposed_name(clusters, root)
        if named is not None and not before and _no_description_of(clusters, named, root, start):
            named = None
        if named is not None:
            # "their nine-month-old child, Gloria": one phrase, the named one (an
            # appositive after the name is part of the name's phrase)
            what = "description" if before else "appositive"
            described = Mention(start, root.i + 1, what, named.label)
            clusters.add(described, named)
            added.append(described)
            remember(head, (named, words, sent, described))
            continue
        subject = _predicated_of(clusters, root)
        if subject is not None:
            # "Model 3 is an electric car ... the car": what a name is said to be is its
            # head noun too, though no mention of it (OntoNotes marks none)
            remember(head, (subject, words, sent, mention))
            continue
        prior = seen.get(head)
        if prior is not None and definite and not fits(prior, words):
            prior = next(
                (e for e in reversed(history[head]) if fits(e, words) and words <= e[1]), prior
            )
        demonstrative = definite and doc[start].lower_ in {"the", "this", "that", "these", "those"}
        # a bare "the match" is the game just described, when a synonym came since the last
        # "match" ("The match ended ... the first game of Group G ... the match")
        newer = _synonym_before(seen, head, sent, root.tag_, doc) if words == {head} else None
        if (
            newer is None
            and prior is not None
            and definite
            and sent - prior[2] <= LOOKBACK
            and _compatible(words, prior[1])
            and _same_number(doc[prior[3].end - 1].tag_, root.tag_)
        ):
            cluster = prior[0]
            if cluster is None:
                cluster = new_cluster(prior[3], kind)
            clusters.add(mention, cluster)
            added.append(mention)
            remember(head, (cluster, prior[1] | words, sent, prior[3]))
            continue
        synonym = _synonym_before(seen, head, sent, root.tag_, doc) if demonstrative else None
        if synonym is not None:
            # "a robotics competition ... the contest"
            cluster = seen[synonym][0]
            if cluster is None:
                cluster = new_cluster(seen[synonym][3], kind)
            clusters.add(mention, cluster)
            added.append(mention)
            remember(synonym, (cluster, seen[synonym][1], sent, seen[synonym][3]))
            remember(head, (cluster, words, sent, mention))
            continue
        if doc[start].lower_ in QUANTIFIERS:
            continue  # "every team", "no one": nothing for a later phrase to point back to
        cluster = None
        if person or (root.dep_ in ANTECEDENT_DEPS and (plural or kind == "thing")):
            cluster = new_cluster(mention, kind)
            if person:
                cluster.gender = (
                    "m"
                    if root.lower_ in lex.male_nouns
                    else ("f" if root.lower_ in lex.female_nouns else "")
                )
        remember(head, (cluster, words, sent, mention))
    added.extend(_repeated_expressions(clusters))
    added.extend(_first_person_in_quotes(clusters))
    added.extend(_second_person(clusters))
    return added


def _second_person(clusters: Clusters) -> list[Mention]:
    """ "If you lose weight, your thyroid ...": "you/your" a sentence or two apart address
    the same reader (or listener), a nameless cluster like the writer's "I"."""
    doc = clusters.doc
    added: list[Mention] = []
    cluster: Cluster | None = None
    last = -10
    for token in doc_tokens(doc):
        if (
            token.lower_ not in SECOND_PERSON
            or token.pos_ != "PRON"
            or clusters.owner[token.i] >= 0
        ):
            continue
        mention = Mention(token.i, token.i + 1, "pronoun", "NOMINAL")
        sent = clusters.sent_of[token.i]
        if sent - last > SECOND_PERSON_WINDOW or cluster is None:
            cluster = clusters.new("NOMINAL")
            cluster.nominal = "addressee"
        clusters.add(mention, cluster)
        added.append(mention)
        last = sent
    return added


def _synonym_before(
    seen: dict[str, tuple[Cluster | None, set[str], int, Mention]],
    head: str,
    sent: int,
    tag: str,
    doc: Doc,
) -> str | None:
    """The most recent head, within a few sentences, that shares a synonym set with
    ``head`` and its number ("the contest" after "a robotics competition")."""
    lex = lexicons()
    sets = lex.synonyms.get(head)
    if not sets:
        return None
    # a phrase with this very head is the better antecedent, unless a synonym came since
    own = seen[head][2] if head in seen else -1
    best: str | None = None
    for other in {w for n in sets for w in lex.synonym_sets[n]}:
        if other == head or other not in seen:
            continue
        _, _, last, first = seen[other]
        if sent - last > SYNONYM_WINDOW or not _same_number(doc[first.end - 1].tag_, tag):
            continue
        if last <= own:
            continue
        if best is None or last > seen[best][2]:
            best = other
    return best


def _name_heads(clusters: Clusters) -> dict[str, list[tuple[int, Cluster]]]:
    """Head noun of each organisation, place or thing name -> (start, cluster) of its
    mentions: "festival" for "the Taipei Lantern Festival", "church" for "Church of
    Scientology", "authority" for "Port of Rotterdam Authority" (but "bank" for "Bank of
    New York")."""
    doc = clusters.doc
    heads: dict[str, list[tuple[int, Cluster]]] = {}
    for cluster in clusters.items:
        if cluster.etype == "PERSON" or cluster.nominal or cluster.label == "NORP":
            continue
        for m in cluster.mentions:
            if m.kind != "name":
                continue
            if m.end - m.start < 2:
                described = _described_by(clusters, cluster, m)
                if described:
                    heads.setdefault(described, []).append((m.start, cluster))
                continue
            words = [t for t in doc[m.start : m.end] if not t.is_punct]
            of = next((k for k, t in enumerate(words) if t.lower_ == "of" and k), len(words))
            head = words[of - 1] if of else None
            obj = " ".join(t.lower_ for t in words[of + 1 :])
            if len(words) - of > 2 and not {obj, words[-1].lower_} & known_places():
                head = words[-1]  # "Port of Rotterdam Authority" is an authority
            if head is not None and head.is_alpha and head.is_title:
                heads.setdefault(head.lower_, []).append((m.start, cluster))
            described = _described_by(clusters, cluster, m)
            if described:
                heads.setdefault(described, []).append((m.start, cluster))
            if of == len(words) >= 3 and words[-1].lower_ in known_places():
                # "Fan Expo Canada" is an expo (and "the event" may be it)
                before = words[-2]
                if before.is_alpha and before.is_title:
                    heads.setdefault(before.lower_, []).append((m.start, cluster))
    return heads


def _described_by(clusters: Clusters, cluster: Cluster, m: Mention) -> str:
    """The organisation noun a name is written before ("the IG Metall union", "the Wagner
    group"): later "the union" is that organisation, as its own head noun would be."""
    doc = clusters.doc
    if cluster.etype not in {"ORG", "GROUP"} or m.end >= len(doc):
        return ""
    noun = doc[m.end]
    if (
        noun.pos_ != "NOUN"
        or noun.tag_ != "NN"
        or clusters.owner[noun.i] >= 0
        or doc[m.end - 1].head.i != noun.i
        or noun.lower_ not in lexicons().org_nouns
    ):
        return ""
    return noun.lower_


def _name_with_head(
    clusters: Clusters,
    heads: dict[str, list[tuple[int, Cluster]]],
    root: Token,
    sent: int,
    *,
    synonyms_after: int = -1,
) -> Cluster | None:
    """The one named thing, named within the last few sentences, whose name has this
    phrase's head noun as its own; failing that, the one named within six sentences (and
    after sentence ``synonyms_after``) whose head is a synonym of it."""
    found = {
        c.idx
        for start, c in heads.get(root.lower_, [])
        if start < root.i and sent - clusters.sent_of[start] <= LOOKBACK
    }
    if not found and root.tag_ == "NN":
        # "the contest" after "the FIRST Global Challenge Robot Olympics", "the event"
        # after "Fan Expo Canada": a name headed by a synonym, named just before (and
        # after any phrase with this head: "the report's ... the report")
        lex = lexicons()
        others = {w for n in lex.synonyms.get(root.lemma_.lower(), ()) for w in lex.synonym_sets[n]}
        found = {
            c.idx
            for word in others - {root.lower_}
            for start, c in heads.get(word, [])
            if start < root.i
            and synonyms_after < clusters.sent_of[start]
            and sent - clusters.sent_of[start] <= SYNONYM_WINDOW
        }
    return clusters.items[found.pop()] if len(found) == 1 else None


def _apposed_name(clusters: Clusters, root: Token) -> tuple[Cluster | None, bool]:
    """The named entity a common noun phrase is in apposition with, and whether the
    phrase comes first: "a Scientology attorney, Kendrick Moxon" / "Mozilla Firefox,
    its main rival" / "Valeska Paris, an Australian woman" (an appositive the roles stage
    took as a role is no phrase of its own here)."""
    owner = clusters.owner
    doc = clusters.doc
    for child in root.children:
        if child.dep_ == "appos" and owner[child.i] >= 0 and child.i > root.i:
            if any(t.text in {":", "/"} or "\n" in t.text for t in doc[root.i : child.i]):
                break  # "Image: Nick Moreau", a caption, not an apposition
            if _not_apposed_before(root, child):
                break
            return clusters.items[owner[child.i]], True
    if (
        root.dep_ == "appos"
        and owner[root.head.i] >= 0
        and root.head.i < root.i
        and not _across_dateline(doc, root.head, root)
    ):
        return clusters.items[owner[root.head.i]], False
    head = root.head
    if (
        root.dep_ == "conj"
        and head.dep_ == "appos"
        and root.tag_ == head.tag_ == "NN"
        and owner[head.head.i] >= 0
        and head.head.i < head.i
        and not any(c.dep_ in {"det", "poss"} for c in root.children)
        and not _across_dateline(doc, head.head, root)
    ):
        # "Cynthia Thompson, curator and director of exhibits": both nouns describe her
        return clusters.items[owner[head.head.i]], False
    return None, False


MAX_APPOSED_GAP = 20  # tokens of a phrase's own clause before the name it is apposed to


def _not_apposed_before(root: Token, name: Token) -> bool:
    """The parser's apposition of a phrase and a later name that is none: a plural for
    one name ("the expectations, Donald Trump"), a clause between them ("The blizzard of
    tweets he sent ... including Ted Cruz"), or a name that opens a list ("the entire
    liberal media, Rupert Murdoch, Fox News, most of talk radio")."""
    doc = root.doc
    if root.tag_ == "NNS":
        return True
    between = doc[root.i + 1 : name.left_edge.i]
    if len(between) > MAX_APPOSED_GAP and any(t.pos_ in {"VERB", "AUX"} for t in between):
        return True
    return root.tag_ == "NN" and any(
        c.dep_ in {"appos", "conj"} and c.i > name.i for c in root.children
    )


def _after_misread_verb(doc: Doc, start: int, root: int) -> int:
    """ "Manchester United sacked manager Erik ten Hag" read as one noun phrase: a verb
    form after a name (or any finite verb) ends the subject; the phrase starts after it
    ("the sacked manager" keeps its participle)."""
    for k in range(root - 1, start, -1):
        token = doc[k]
        if token.tag_ in {"VBD", "VBZ", "VBP"} or (
            # not "a London based firm", where the parser saw the modifier
            token.tag_ == "VBN" and doc[k - 1].pos_ == "PROPN" and token.dep_ != "amod"
        ):
            return k + 1
    return start


def _predicated_of(clusters: Clusters, root: Token) -> Cluster | None:
    """The named thing (no person) a copula says this phrase is ("Model 3 is an electric
    car"), or None."""
    verb = root.head
    if root.dep_ != "attr" or verb.lemma_ != "be" or root.tag_ != "NN":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > root.i:
        return None
    owner = clusters.owner[subject.i]
    if owner < 0 or clusters.items[owner].nominal:
        return None
    named = clusters.items[owner]
    return named if named.etype != "PERSON" else None


def _no_description_of(clusters: Clusters, named: Cluster, root: Token, start: int) -> bool:
    """ "Neighbouring Malawi, which is battling its worst outbreak, closed schools in
    Blantyre": the parser's appositive is the sentence's verb and its object. A plural
    noun cannot describe one person or place, nor can a phrase led by a verb stand after
    a name with no verb of its own."""
    doc = clusters.doc
    if root.dep_ == "conj":
        return False  # "X, curator and director": the first noun was set off already
    name = root.head
    if not any(t.is_punct for t in doc[name.i + 1 : start]):
        return True  # "As of 15:11 GMT the site was down": an apposition comes set off
    if (
        root.tag_ == "NNS"
        and named.etype in {"PERSON", "PLACE"}
        and name.tag_ == "NNP"
        and not any(c.dep_ == "conj" for c in name.children)
    ):
        return True  # but "John Smith and Ann Lee, both teachers"
    first = doc[start]
    verb_like = first.tag_ in {"VBD", "VBN"} or (
        first.tag_ == "JJ" and first.lower_.endswith("ed") and first.dep_ == "amod"
    )
    return verb_like and first.i < root.i and name.dep_ == "ROOT" and name.pos_ in {"PROPN", "NOUN"}


def _across_dateline(doc: Doc, head: Token, root: Token) -> bool:
    """ "LONDON (Newswire) - A British court ordered …": the parser's apposition of the
    dateline place and the story's subject."""
    text = doc_text(doc)
    end = dateline_end(text, text.rfind("\n", 0, head.idx) + 1)
    return end is not None and head.idx < end <= root.idx


def _phrases(doc: Doc) -> list[Span]:
    """spaCy's noun chunks plus the possessors they swallow: "the team's robot" holds
    "the team", which OntoNotes marks (with its "'s") as a mention of its own."""
    phrases = list(doc.noun_chunks)
    for chunk in list(phrases):
        for token in chunk:
            if token.dep_ == "poss" and token.pos_ == "NOUN" and token.i < chunk.root.i:
                phrases.append(doc[token.left_edge.i : token.i + 1])
    phrases.sort(key=lambda p: (p.start, -p.end))
    return phrases


def _first_person_in_quotes(clusters: Clusters) -> list[Mention]:
    """Inside one quotation, every "I/me/my" is the same speaker (and every "we/us/our"
    the same group). Who that is, the quotes stage decides; here they only hang together."""
    doc = clusters.doc
    in_quote = clusters.in_quote
    groups: dict[tuple[int, str], list[Mention]] = {}
    region = 0
    writer: list[Mention] = []
    for token in doc_tokens(doc):
        if not in_quote[token.i]:
            if token.i and in_quote[token.i - 1]:
                region += 1
            if FIRST_PERSON.get(token.lower_) == "i" and token.pos_ == "PRON":
                writer.append(Mention(token.i, token.i + 1, "pronoun", "NOMINAL"))
            continue
        person = FIRST_PERSON.get(token.lower_)
        if person is None or token.pos_ != "PRON" or clusters.owner[token.i] >= 0:
            continue
        groups.setdefault((region, person), []).append(
            Mention(token.i, token.i + 1, "pronoun", "NOMINAL")
        )
    # "I visited the festival ... I went back": unquoted first person is the writer's
    groups[(-1, "writer")] = writer
    added: list[Mention] = []
    for (_, person), group in groups.items():
        if len(group) < 2:
            continue
        cluster = clusters.new("NOMINAL")
        cluster.nominal = {"i": "speaker", "we": "speakers"}.get(person, person)
        for m in group:
            clusters.add(m, cluster)
            added.append(m)
    return added


def _repeated_expressions(clusters: Clusters) -> list[Mention]:
    """The same date or language named twice ("Friday" ... "Friday") is one thing."""
    doc = clusters.doc
    by_text: dict[str, list[Mention]] = {}
    for ent in doc_ents(doc):
        if (
            ent.label_ in REPEATED_LABELS
            and clusters.owner[ent.root.i] < 0
            and ent.root.tag_ != "NNS"  # "twelve years", "48 hours": lengths, not moments
            and not ent.text.isdigit()  # a bare year ("in 2007") is a time, not a thing
        ):
            by_text.setdefault(ent.text.lower(), []).append(
                Mention(ent.start, ent.end, "nominal", ent.label_)
            )
    year = _dateline_year(doc)
    if year is not None and clusters.owner[year] < 0:
        # "Friday, July 21, 2017" under the headline ... "This year", "by the end of the
        # year": the story's own year
        current = _current_year_phrases(clusters)
        if current:
            by_text.pop("this year", None)
            by_text["\0year"] = [Mention(year, year + 1, "nominal", "DATE"), *current]
    added: list[Mention] = []
    for group in by_text.values():
        if len(group) < 2:
            continue
        cluster = clusters.new("NOMINAL")
        cluster.nominal = "expression"
        for m in group:
            clusters.add(m, cluster)
            added.append(m)
    return added


def _dateline_year(doc: Doc) -> int | None:
    """The year token of the full date printed with the story ("Friday, July 21, 2017"
    under the headline): a date of three or more words near the top."""
    for ent in doc_ents(doc):
        if ent.start > DATELINE_TOKENS:
            break
        if ent.label_ != "DATE" or len(ent) < 3:
            continue
        years = [t.i for t in ent if t.shape_ == "dddd" and t.text[:2] in {"19", "20"}]
        if len(years) == 1:
            return years[0]
    return None


def _current_year_phrases(clusters: Clusters) -> list[Mention]:
    """ "this year", "This year's", "the end of the year"; not "the year before", "the year
    1991", "the previous year"."""
    doc = clusters.doc
    found: list[Mention] = []
    for token in doc_tokens(doc):
        if token.lower_ != "year" or token.i == 0 or clusters.owner[token.i] >= 0:
            continue
        det = doc[token.i - 1]
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if det.lower_ not in {"this", "the"} or det.head.i != token.i:
            continue
        if any(c.i != det.i and c.dep_ not in {"case", "punct"} for c in token.children):
            continue
        if det.lower_ == "the" and (
            after is None or after.like_num or after.lower_ in {"before", "after", "earlier"}
        ):
            continue
        found.append(Mention(det.i, token.i + 1, "nominal", "DATE"))
    return found


def _compatible(words: set[str], seen: set[str]) -> bool:
    """At most one new word, and not one that sets the things apart ("the second half"
    after "the first half")."""
    extra = words - seen
    if extra & POSSESSIVES and seen & POSSESSIVES:
        return False  # "his opponents" after "their opponents": someone else's
    if any(w.startswith(PROPER) for w in extra) and any(w.startswith(PROPER) for w in seen - words):
        return False  # "the Kowloon East constituency" after "the Kowloon West constituency"
    return len(extra) <= 1 and not any(
        w in lexicons().contrastive or any(c.isdigit() for c in w) for w in extra
    )


def _same_number(tag_a: str, tag_b: str) -> bool:
    return tag_a.endswith("S") == tag_b.endswith("S")
