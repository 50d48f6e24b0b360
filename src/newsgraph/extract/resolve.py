"""Descriptions, nicknames and third-person pronouns resolved to clusters.

Scores follow salience: the same sentence beats the previous ones, a subject beats an
object, a possessor counts less; gender and number must agree. A pronoun is attached
only when one candidate is clearly ahead: the quotes stage uses pronouns to find
speakers, so a wrong link costs more than a missing one.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsgraph.extract import entity_lexicons, ner_context
from newsgraph.extract.dateline import dateline_end
from newsgraph.extract.doc_tokens import doc_tokens
from newsgraph.extract.entity_lexicons import lexicons
from newsgraph.extract.findings import doc_text
from newsgraph.extract.mentions import Mention, countries, is_acronym
from newsgraph.extract.name_clusters import Cluster, Clusters
from newsgraph.extract.nationals import nationality, nationality_of
from newsgraph.extract.quote_lexicon import lexicon as quote_lexicon

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
NEUTER = frozenset({"it", "its", "itself"})
FIRST_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})
FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
OBJECTIVE = frozenset({"him", "them"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "poss"})
CLAUSAL_DEPS = frozenset({"ccomp", "xcomp", "csubj", "advcl"})
BARE_VERB_DEPS = frozenset({"aux", "auxpass", "neg", "punct", "cc"})
ARGUMENT_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "dative", "attr", "oprd", "pobj", "prep", "agent"}
)
MODIFIER_DEPS = frozenset({"amod", "acl", "relcl"})
OWN_MODIFIER = 1.0  # a pronoun in a modifier of a phrase points back to that phrase
WINDOW = 3  # sentences a pronoun looks back
PLURAL_WINDOW = 2  # "they": the Church ... a lawyer ... a statement. They said
SPECIFIC_WINDOW = 12  # "the foundation" for a name headed "Foundation"
INTRODUCED_WINDOW = 6  # "a special envoy ... the envoy": sentences between the two phrases
NOMINAL_PENALTY = 0.2
CHAIN_WINDOW = 2  # sentences between two unresolved pronouns of one kind
ORG_SUBJECT = 0.8  # "the company": a subject body beats one named in passing
CURLY_BE = frozenset({"’s", "’re", "’m"})
SALIENCE = 0.1  # per name mention (up to ten): the article's main characters


@dataclass(slots=True)
class _Candidate:
    cluster: Cluster
    score: float


def _plays_for_a_side(cluster: Cluster) -> bool:
    team_nouns = ner_context.words().team_nouns
    return any(w in team_nouns for role in cluster.roles for w in role.lower().split())


def mark_nicknames(doc: Doc, mentions: list[Mention]) -> None:
    """ "was tapped as the “Lion of Panjshir”": a quoted epithet names someone, not a new entity."""
    lex = lexicons()
    for m in mentions:
        if not m.quoted:
            continue
        j = m.start - 1
        while j >= 0 and (doc[j].text in lex.quote_marks or doc[j].lower_ in {"the", "a"}):
            j -= 1
        if j >= 0 and doc[j].lower_ in lex.nickname_cues:
            m.kind = "nickname"


def attach_nicknames(clusters: Clusters, nicknames: list[Mention]) -> None:
    doc = clusters.doc
    for m in nicknames:
        token: Token = doc[m.start : m.end].root
        while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
            token = token.head
        if any(c.dep_ == "dobj" and c.i < m.start for c in token.children):
            # "Trump mocked her as “Birdbrain”", "fans call him “the Beast”": the name is
            # said of the object, never of the subject
            continue
        for child in token.children:
            if child.dep_ in SUBJECT_DEPS and clusters.owner[child.i] >= 0:
                cluster = clusters.items[clusters.owner[child.i]]
                if cluster.etype == "PERSON":
                    m.label = "PERSON"
                    clusters.add(m, cluster)
                break


_roots: tuple[Doc, dict[tuple[int, int], Token]] | None = None


def _mention_root(doc: Doc, m: Mention) -> Token:
    """The syntactic head of a mention, computed once per span of the current document
    (the resolver asks for the same mentions' roots many times)."""
    global _roots
    cache = _roots
    if cache is None or cache[0] is not doc:
        cache = (doc, {})
        _roots = cache
    root = cache[1].get((m.start, m.end))
    if root is None:
        root = doc[m.start : m.end].root
        cache[1][(m.start, m.end)] = root
    return root


def _is_subject(token: Token) -> bool:
    # "Her deputy, Tom Becker, disagreed" and "Smith and Jones met": subjects too.
    if token.dep_ in {"appos", "conj"}:
        token = token.head
    if token.head.pos_ == "ADJ" and token.head.dep_ in {"ccomp", "xcomp", "oprd"}:
        return False  # "to hold Snyder accountable": the object of "hold", parsed as a subject
    return token.dep_ in SUBJECT_DEPS


class Resolver:
    """Holds the ordered mentions so each lookup only walks back a few sentences."""

    def __init__(self, clusters: Clusters):
        self.clusters = clusters
        self.doc = clusters.doc
        self.ordered: list[tuple[int, int, Mention]] = []
        for cluster in clusters.items:
            for m in cluster.mentions:
                self._insert(m)

    def _insert(self, m: Mention) -> None:
        bisect.insort(self.ordered, (m.start, id(m), m))

    def extend(self, mentions: list[Mention]) -> None:
        for m in mentions:
            self._insert(m)

    def add(self, m: Mention, cluster: Cluster) -> None:
        self.clusters.add(m, cluster)
        self._insert(m)

    def before(self, i: int, window: int) -> list[Mention]:
        """Mentions that end before token i, newest first, within ``window`` sentences."""
        sent_of = self.clusters.sent_of
        limit = sent_of[i] - window
        pos = bisect.bisect_left(self.ordered, (i, -1))
        out: list[Mention] = []
        for k in range(pos - 1, -1, -1):
            m = self.ordered[k][2]
            if sent_of[m.start] < limit:
                break
            if m.end <= i and m.kind != "nested":
                out.append(m)
        return out

    # -- the lede: "The British-educated son of ... is ..." then "Ahmad Massoud, ..."
    def lede(self) -> None:
        lex = lexicons()
        sents = list(self.doc.sents)[:2]
        if len(sents) < 2:
            return
        first, second = sents
        subject = next((c for c in first.root.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.pos_ != "NOUN" or subject.tag_ == "NNS":
            return
        if subject.lower_ not in lex.person_nouns and subject.lower_ not in lex.kinship:
            return
        if any(self._person_at(t.i) for t in first):
            return
        opening = next((t for t in second if not (t.is_space or t.is_punct)), None)
        if opening is None or not self._person_at(opening.i):
            return
        cluster = self.clusters.items[self.clusters.owner[opening.i]]
        end = subject.right_edge.i + 1
        while end > subject.i + 1 and self.doc[end - 1].is_punct:
            end -= 1
        span = Mention(subject.left_edge.i, end, "description", "PERSON")
        self.add(span, cluster)
        _gender_from(cluster, subject.lower_)

    def _person_at(self, i: int) -> bool:
        owner = self.clusters.owner[i]
        return owner >= 0 and self.clusters.items[owner].etype == "PERSON"

    # -- definite descriptions
    def descriptions(self) -> None:
        lex = lexicons()
        doc = self.doc
        owner = self.clusters.owner
        heads_at: dict[str, list[int]] = {}  # common noun lemma -> where it heads a phrase
        for token in doc_tokens(doc):
            if token.pos_ == "NOUN" and owner[token.i] < 0 and not token.ent_type_:
                heads_at.setdefault(token.lemma_.lower(), []).append(token.i)
        for token in doc_tokens(doc):
            age = _age_noun(token)  # "the 46-year-old": a person of unknown gender
            if owner[token.i] >= 0 or not (
                token.pos_ == "NOUN" or (token.pos_ == "PROPN" and not token.ent_type_) or age
            ):
                continue  # "The President" comes capitalised (PROPN) but names nobody yet
            word = token.lower_
            lemma = token.lemma_.lower()
            is_person = age or (
                (word in lex.person_nouns or word in lex.role_heads) and token.tag_ != "NNS"
            )
            org_head = word if word in lex.org_nouns else (lemma if lemma in lex.org_nouns else "")
            place_kind = lex.place_nouns.get(word, "") if token.tag_ == "NN" else ""
            if not is_person and not org_head and not place_kind:
                continue
            # "this country", "this company" point back as "the" does (not "this man")
            dets = {"the", "this"} if (place_kind or org_head) and not is_person else {"the"}
            # "our country" in a quotation is the country, as "this country" is
            ours = place_kind == "country" and any(
                c.dep_ == "poss" and c.lower_ == "our" for c in token.children
            )
            if not ours and not any(c.dep_ == "det" and c.lower_ in dets for c in token.children):
                continue
            if not ours and any(
                c.dep_ == "poss" or c.lower_ in {"other", "same"} for c in token.children
            ):
                continue
            nxt = token.i + 1
            if nxt < len(doc) and (doc[nxt].lower_ == "of" or owner[nxt] >= 0):
                continue
            start = token.left_edge.i
            named_inside = [owner[j] for j in range(start, token.i) if owner[j] >= 0]
            if any(self.clusters.items[o].etype == "PERSON" for o in named_inside):
                continue
            if named_inside and not is_person:
                continue  # "the Afghan team": a new thing, not "Afghan"
            if any(c.dep_ == "appos" and c.i > token.i and owner[c.i] >= 0 for c in token.children):
                continue  # "The opposition leader, Raila Odinga": the apposed name's phrase
            span = Mention(start, token.i + 1, "description", "PERSON" if is_person else "ORG")
            if is_person and not age and self._introduced_before(token, heads_at):
                continue  # "a special envoy ... the envoy": that phrase's person, no one named
            target = self._person_description(token, span, age=age) if is_person else None
            if org_head and self._nominal_before(token, heads_at):
                continue  # "a six-member team ... the team": the phrase's own antecedent
            if target is None and org_head:
                target = self._org_description(token, org_head, span)
            if target is None and place_kind:
                target = self._place_description(place_kind, span)
            if target is not None:
                span.label = target.label
                self.add(span, target)
        self._employers()

    def _employers(self) -> None:
        """ "MSF said ... Paula Santos, the group's emergency coordinator": the
        organisation "the group" points back to is her employer, and the phrase a mention
        of it."""
        lex = lexicons()
        for cluster in list(self.clusters.items):
            for start, head in cluster.employers:
                token = self.doc[head]
                word = token.lower_ if token.lower_ in lex.org_nouns else token.lemma_.lower()
                span = Mention(start, head + 1, "description", "ORG")
                target = self._org_description(token, word, span)
                if target is None or target.idx == cluster.idx:
                    continue
                span.label = target.label
                self.add(span, target)
                if target.idx not in cluster.affiliations:
                    cluster.affiliations.insert(0, target.idx)

    def _nominal_before(self, token: Token, heads_at: dict[str, list[int]]) -> bool:
        """Whether the same common noun headed an unnamed phrase a few sentences back."""
        sent_of = self.clusters.sent_of
        earlier = [
            i
            for i in heads_at.get(token.lemma_.lower(), [])
            if i < token.i and self.doc[i].tag_ == token.tag_ and self.clusters.owner[i] < 0
        ]
        return bool(earlier) and sent_of[token.i] - sent_of[earlier[-1]] <= SPECIFIC_WINDOW

    def _introduced_before(self, token: Token, heads_at: dict[str, list[int]]) -> bool:
        """Whether a recent indefinite phrase with this head ("a special envoy") brought in
        someone new whom "the envoy" points back to; an appositive or predicate ("X, a
        spokesman"; "X is a lawyer") describes a named person instead."""
        sent_of = self.clusters.sent_of
        for i in reversed(heads_at.get(token.lemma_.lower(), [])):
            if i >= token.i or self.doc[i].tag_ != token.tag_:
                continue
            if sent_of[token.i] - sent_of[i] > INTRODUCED_WINDOW:
                return False
            earlier = self.doc[i]
            return earlier.dep_ not in {"appos", "attr", "conj"} and any(
                c.dep_ == "det" and c.lower_ in {"a", "an"} for c in earlier.children
            )
        return False

    def _person_description(self, token: Token, span: Mention, *, age: bool) -> Cluster | None:
        lex = lexicons()
        word = token.lower_
        family = lex.role_family.get(word, frozenset({word}))
        gender = "m" if word in lex.male_nouns else "f" if word in lex.female_nouns else ""
        seen: dict[int, Mention] = {}
        for m in self._all_before(span.start):
            seen[m.cluster] = m  # ends with the latest mention of each cluster
        # "the governor" is no one named "the former New Jersey governor"
        past = _past_modifiers()
        now = not any(t.lower_ in past for t in self.doc[span.start : token.i])

        # "the band leader" is no "President": a kind named by a noun must be the role's
        kinds = {c.lower_ for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN"}

        offices, subordinate = _office_modifiers()
        office = {t.lower_ for t in self.doc[span.start : token.i]} & offices

        def holds(role: str) -> bool:
            words = set(role.lower().replace("-", " ").split())
            if kinds and word not in words and not kinds & words:
                return False
            if office - words or (words & subordinate) - office:
                return False  # "the prime minister" / "Minister of Education X"
            return bool(family & words) and not (now and words & past)

        sides = self._sides(span.start, token.i)
        # "the Russian leader" is no one the article made Swiss
        wanted: set[str] = set()
        for t in self.doc[span.start : token.i]:
            wanted |= nationality(t.text)
        if wanted:
            seen = {
                idx: m
                for idx, m in seen.items()
                if not (said := nationality_of(self.clusters, self.clusters.items[idx]))
                or said & wanted
            }
        matched = [
            idx
            for idx in seen
            if self.clusters.items[idx].etype == "PERSON"
            and any(holds(r) for r in self.clusters.items[idx].roles)
            and _gender_ok(self.clusters.items[idx], gender)
            and not self._other_side(self.clusters.items[idx], sides)
        ]
        # "the president" is the President before the opposition leader of the same
        # family: a role with the very word wins over a kindred one
        exact = [
            idx
            for idx in matched
            if any(
                word in r.lower().replace("-", " ").split() for r in self.clusters.items[idx].roles
            )
        ]
        if exact:
            matched = exact
        if matched:
            best = max(matched, key=lambda idx: seen[idx].start)
            return self.clusters.items[best]
        if word not in lex.generic_person_nouns and not age:
            return None
        sent_of = self.clusters.sent_of
        if age:
            # "Maria Lopez won. The 23-year-old said ...": the person of the nearest
            # sentence that names one, when it names only one; not a name inside a
            # quotation ('"Donald is a leader," said the 46-year-old')
            in_quote = self.clusters.in_quote
            people = [
                (sent_of[m.start], idx)
                for idx, m in self._latest_outside_quotes(span.start, in_quote[span.start]).items()
                if self.clusters.items[idx].etype == "PERSON"
                and not self.clusters.items[idx].relative
                and sent_of[span.start] - sent_of[m.start] <= 3
            ]
            nearest = max((s for s, _ in people), default=-1)
            there = [idx for s, idx in people if s == nearest]
            # no salience guess: an age fits anyone, a wrong link misleads the quotes
            return self.clusters.items[there[0]] if len(there) == 1 else None
        scored: list[_Candidate] = []
        for idx, m in seen.items():
            cluster = self.clusters.items[idx]
            distance = sent_of[span.start] - sent_of[m.start]
            if cluster.etype != "PERSON" or distance > 5 or (gender and cluster.gender != gender):
                continue
            score = 2.0 - 0.3 * distance + 0.3 * min(cluster.names, 5)
            score -= 1.0 if cluster.relative else 0.0
            scored.append(_Candidate(cluster, score))
        return _pick(scored, floor=1.0, margin=0.5)

    def _sides(self, start: int, end: int) -> set[tuple[str, str]]:
        """Groups and places named inside a description ("The Democratic presidential
        nominee", "the Vermont senator"), as (type, the opening letters of their word):
        "Democrat", "Democrats", "Democratic" alike."""
        owner = self.clusters.owner
        return {
            (self.clusters.items[owner[i]].etype, _side_key(self.clusters.items[owner[i]]))
            for i in range(start, end)
            if owner[i] >= 0 and self.clusters.items[owner[i]].etype in SIDE_TYPES
        }

    def _other_side(self, cluster: Cluster, sides: set[tuple[str, str]]) -> bool:
        """The person is affiliated with groups, none of them the description's ("the
        Democratic nominee" is not "Republican presidential nominee Donald Trump"), or
        not with the place the description names ("the Vermont senator" is not "Sen.
        John McCain")."""
        for kind in {k for k, _ in sides}:
            own = {
                _side_key(self.clusters.items[a])
                for a in cluster.affiliations
                if self.clusters.items[a].etype == kind
            }
            # a place must be the person's own: "the Vermont senator" is no senator the
            # article placed nowhere
            if (own or kind == "PLACE") and not own & {key for k, key in sides if k == kind}:
                return True
        return False

    def _latest_outside_quotes(self, i: int, quoted: bool) -> dict[int, Mention]:
        """The latest mention of each cluster before token i (outside quotations unless
        token i is itself quoted)."""
        in_quote = self.clusters.in_quote
        latest: dict[int, Mention] = {}
        for m in self._all_before(i):
            if quoted or not in_quote[m.start]:
                latest[m.cluster] = m
        return latest

    def _org_description(self, token: Token, head: str, span: Mention) -> Cluster | None:
        lex = lexicons()
        fits = lex.org_nouns[head]
        if head in _commercial_kinds():
            # "the bank" for "Wells Fargo": no name says bank, any company may be one (a
            # name that does, "Barclays Bank", still counts as specific)
            fits = fits | lex.org_nouns["company"]
        sent_of = self.clusters.sent_of
        scored: dict[int, _Candidate] = {}
        introduced: dict[int, int] = {}
        for m in self._all_before(span.start):
            introduced.setdefault(m.cluster, m.start)
        for m in self.before(span.start, SPECIFIC_WINDOW):
            cluster = self.clusters.items[m.cluster]
            if cluster.etype not in {"ORG", "GROUP"}:
                continue
            if cluster.etype == "GROUP" and head not in lex.group_descriptions:
                continue  # "the team" is not "the Afghans"
            if cluster.etype == "GROUP" and _mention_root(self.doc, m).pos_ == "ADJ":
                continue
            head_word = _name_head(cluster.words)
            if "-" + head_word in fits or "-" + (cluster.words[-1:] or ("",))[0] in fits:
                continue  # "the company" is no "... Commission"
            heads = {head_word, " ".join(cluster.words)}
            specific = bool(heads & fits) or _compounded(cluster.words, fits)
            distance = sent_of[span.start] - sent_of[m.start]
            if ("*" not in fits or distance > WINDOW) and not specific:
                continue  # "the foundation" may look further back for a "... Foundation"
            score = 2.0 - 0.5 * distance + 0.2 * min(cluster.names, 5)
            if specific or head_word in lex.org_name_heads:
                score += 0.8
            if any(mm.kind == "name" and _acronym_at(self.doc, mm) for mm in cluster.mentions):
                score += 0.3  # goes by an acronym: a formal organisation
            if sent_of[introduced[m.cluster]] >= sent_of[span.start] - 1:
                score += 0.3  # just introduced
            if _is_subject(_mention_root(self.doc, m)):
                # "Boeing delivered 30 jets, according to data from Cirium. The company
                # said": the body the sentence is about, not its source
                score += ORG_SUBJECT
            old = scored.get(m.cluster)
            if old is not None and old.score >= score:
                continue
            scored[m.cluster] = _Candidate(cluster, score)
        return _pick(list(scored.values()), floor=1.0, margin=0.3)

    def _place_description(self, kind: str, span: Mention) -> Cluster | None:
        """ "the country": the one country (or other named place) the article has named so
        far, or the one named clearly most often."""
        counts: dict[int, int] = {}
        for m in self._all_before(span.start):
            cluster = self.clusters.items[m.cluster]
            if cluster.label != "GPE" or m.kind != "name":
                continue
            if (kind == "country") == self._is_country(cluster):
                counts[cluster.idx] = counts.get(cluster.idx, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
            return None
        return self.clusters.items[ranked[0][0]]

    def _is_country(self, cluster: Cluster) -> bool:
        """Whether a place is a country, by its key or any name it goes by ("North Korea"
        is keyed by its alias "democratic people's republic of korea")."""
        names = {" ".join(cluster.words)} | {
            self.doc[m.start : m.end].text.lower() for m in cluster.mentions if m.kind == "name"
        }
        return bool(names & countries())

    def _all_before(self, i: int) -> list[Mention]:
        pos = bisect.bisect_left(self.ordered, (i, -1))
        return [row[2] for row in self.ordered[:pos] if row[2].kind != "nested"]

    # -- pronouns
    def pronouns(self) -> None:
        doc = self.doc
        regions = self._quote_regions()
        starts = [a for a, _ in regions]
        speakers: dict[int, int] = {}  # quote region -> its speaker's cluster (-1: none)
        cluster_at = self._cluster_at() if regions else {}
        in_quote = self.clusters.in_quote
        # Narration first, quotations after: '... that her husband was unarmed. "Don't
        # shoot him," she says' - the narrator's she/her fix a gender before the quoted
        # "him" could wrongly make a woman male.
        for quoted in (False, True):
            # the last pronoun of each kind that found no antecedent: "she ... her ... she"
            # about someone never named still hang together
            loose: dict[str, Mention] = {}
            tokens = (t for t in doc_tokens(doc) if in_quote[t.i] == quoted)
            self._pronoun_pass(tokens, loose, regions, starts, speakers, cluster_at)
        self._possessed_organisations()

    def _possessed_organisations(self) -> None:
        """ "Labour's Yvette Cooper ... her party": an organisation noun owned by a person
        with exactly one affiliation that fits it is that organisation."""
        lex = lexicons()
        owner = self.clusters.owner
        for token in doc_tokens(self.doc):
            if token.pos_ != "NOUN" or token.tag_ != "NN" or owner[token.i] >= 0:
                continue
            head = token.lower_ if token.lower_ in lex.org_nouns else ""
            possessor = next((c for c in token.children if c.dep_ == "poss"), None)
            if not head or possessor is None or token.i - possessor.i != 1:
                continue  # "her party", not "her new party" (another one)
            person = self._cluster_of(possessor.i)
            if person is None or person.etype != "PERSON":
                continue
            fits = lex.org_nouns[head]
            homes = [
                self.clusters.items[a]
                for a in person.affiliations
                if self.clusters.items[a].etype == "ORG"
                and ("*" in fits or bool(set(self.clusters.items[a].words) & fits))
            ]
            if len(homes) == 1:
                self._take(possessor.i, token.i + 1, homes[0])

    def _take(self, start: int, end: int, target: Cluster) -> None:
        """Give the phrase start..end to ``target``, out of the nameless cluster that the
        head-match pass may have put it in."""
        pos = bisect.bisect_left(self.ordered, (start, -1))
        for _, _, m in self.ordered[pos:]:
            if m.start != start:
                break
            if m.end == end and m.cluster >= 0 and self.clusters.items[m.cluster].nominal:
                self.clusters.items[m.cluster].mentions.remove(m)
                m.kind, m.label = "description", target.label
                self.clusters.add(m, target)
                return
        self.add(Mention(start, end, "description", target.label), target)

    def _cluster_of(self, i: int) -> Cluster | None:
        """The cluster of a one-token mention at ``i`` (a pronoun or a one-word name)."""
        pos = bisect.bisect_left(self.ordered, (i, -1))
        for _, _, m in self.ordered[pos:]:
            if m.start != i:
                break
            if m.end == i + 1 and m.cluster >= 0 and m.kind != "nested":
                return self.clusters.items[m.cluster]
        return None

    def _pronoun_pass(
        self,
        tokens: Iterable[Token],
        loose: dict[str, Mention],
        regions: list[tuple[int, int]],
        starts: list[int],
        speakers: dict[int, int],
        cluster_at: dict[int, int],
    ) -> None:
        sent_of = self.clusters.sent_of
        for token in tokens:
            word = token.lower_
            if token.pos_ != "PRON" or not (
                word in MALE or word in FEMALE or word in PLURAL or word in NEUTER
            ):
                continue
            # a possessive inside a description ("her deputy, Tom Becker") is its own mention
            if (self.clusters.owner[token.i] >= 0 and token.dep_ != "poss") or (
                word == "it" and _expletive(token)
            ):
                continue
            speaker = -1
            if self.clusters.in_quote[token.i]:
                # '"He was a genius," Braysmith said': the speaker would have said "I"
                n = bisect.bisect_right(starts, token.i) - 1
                if n not in speakers:
                    found = self._speaker(*regions[n], cluster_at)
                    speakers[n] = found.idx if found is not None else -1
                speaker = speakers[n]
            kind = _pronoun_kind(word)
            prior = loose.get(kind)
            if prior is not None and sent_of[token.i] - sent_of[prior.start] > CHAIN_WINDOW:
                prior = None
            target = self._pronoun(token, speaker, rival=prior)
            if target is not None:
                self.add(Mention(token.i, token.i + 1, "pronoun", target.label), target)
                if not target.gender and (word in MALE or word in FEMALE):
                    target.gender = "m" if word in MALE else "f"  # later pronouns must agree
                continue
            mention = Mention(token.i, token.i + 1, "pronoun", "NOMINAL")
            if prior is not None:
                if prior.cluster < 0:
                    cluster = self.clusters.new("NOMINAL")
                    cluster.nominal = {"pl": "plural", "n": "thing"}.get(kind, "person")
                    cluster.gender = kind if kind in {"m", "f"} else ""
                    self.add(prior, cluster)
                self.add(mention, self.clusters.items[prior.cluster])
            loose[kind] = mention

    def _pronoun(
        self, token: Token, speaker: int = -1, *, rival: Mention | None = None
    ) -> Cluster | None:
        """The antecedent of a 3rd-person pronoun, or None. ``rival`` is an earlier pronoun
        of the same kind that found none: when it outscores every candidate, this pronoun
        is more likely the same unknown one ("Had it happened an hour later ... Had it
        happened earlier" about an accident two sentences back)."""
        word = token.lower_
        quoted = self.clusters.in_quote[token.i]
        blocked = self._bound_subject(token)
        bound = self._coarguments(token) | self._possessed(token)
        # "they say": people (a report may say things, so "it" is left alone)
        speaking = (
            word in PLURAL
            and token.dep_ in SUBJECT_DEPS
            and token.head.lemma_.lower() in _speech_verbs()
        )
        reporter = None if quoted else self._reporter(token)
        if (
            reporter is not None
            and reporter.idx not in bound
            and reporter.idx != blocked
            and _agrees(reporter, word)
        ):
            return reporter
        scored: dict[int, _Candidate] = {}
        window = 1 if quoted else PLURAL_WINDOW if word in PLURAL else WINDOW
        apposed_to = _appositive_heads(token)
        for m in self.before(token.i, window):
            cluster = self.clusters.items[m.cluster]
            root = _mention_root(self.doc, m)
            if m.cluster in {blocked, speaker} or not (
                _agrees(cluster, word)
                or _collective(cluster, root, word)
                or (speaking and self._heads_people(cluster, root))
            ):
                continue
            if quoted and not self.clusters.in_quote[m.start] and _speaks(root):
                continue  # 'The firm said, "… it has been third"': a speaker says "we", "I"
            if speaking and cluster.nominal and not animate(root):
                continue  # "The authors say the results confirm ... They call for": people
            if m.cluster in bound or root.i in apposed_to:
                continue  # "in real life it was magical", "Firefox, its main rival"
            if _in_dateline(self.doc, m):
                continue  # "LONDON — It said ...": the dateline place is not the topic
            if cluster.etype == "GROUP" and (
                root.pos_ == "ADJ" or (word in NEUTER and root.tag_ in {"NNS", "NNPS"})
            ):
                continue  # "Afghan", and "Muslims" are no "it"
            if word in PLURAL and _modifies_a_noun_after(root, m.end):
                continue  # "Republican senators …. They": the senators, not the party
            if (
                root.pos_ == "NOUN"
                and root.left_edge.i <= token.i <= root.right_edge.i
                and _inside_not_relative(token, root)
            ):
                continue  # "promises that they would ...": not the phrase the pronoun is in
            score = self._salience(token, m, cluster)
            if token.dep_ == "poss" and _modifies(token, root):
                score += OWN_MODIFIER  # "Dennis Hopper, famous for his role in Easy Rider"
            old = scored.get(m.cluster)
            if old is None or old.score < score:
                scored[m.cluster] = _Candidate(cluster, score)
        cataphor = self._cataphor(token)
        if cataphor is not None and cataphor.idx != blocked and _agrees(cataphor, word):
            old = scored.get(cataphor.idx)
            scored[cataphor.idx] = _Candidate(cataphor, max(4.5, old.score if old else 0.0))
        floor = 1.5 if word in PLURAL else 2.0 if word == "it" else 1.0
        margin = 0.5 if word == "it" else 0.4
        best = _pick(list(scored.values()), floor=floor, margin=margin)
        if best is None and (word in MALE or word in FEMALE):
            best = self._parallel_subject(token, scored, floor=floor)
        if best is not None and rival is not None and rival.cluster < 0:
            ahead = scored[best.idx].score - self._salience(token, rival, None)
            if ahead < margin:
                return None  # the unknown one the earlier pronoun was about
        return best

    def _heads_people(self, cluster: Cluster, root: Token) -> bool:
        """ "Stephen Cohen and Bradford DeLong … suggest …, they argue": a "they" that
        speaks for two or more people joined by "and" is filed under the first named, as
        the quotes stage files "X and Y said" (a "they" that does not speak is left to
        the pair, which no cluster stands for)."""
        if cluster.etype != "PERSON" or cluster.nominal or root.dep_ == "conj":
            return False
        if not any(c.dep_ == "cc" and c.lower_ == "and" for c in root.children):
            return False
        owner = self.clusters.owner
        items = self.clusters.items
        return any(
            c.dep_ == "conj"
            and owner[c.i] >= 0
            and owner[c.i] != cluster.idx
            and items[owner[c.i]].etype == "PERSON"
            for c in root.children
        )

    def _parallel_subject(
        self, token: Token, scored: dict[int, _Candidate], *, floor: float
    ) -> Cluster | None:
        """A he/she subject between two close people: the one person who was the subject
        of the previous sentence ("Odinga accused Kenyatta of rigging the vote … He did
        not say"), when that one leads, however often the story named the other."""
        if (
            token.dep_ not in SUBJECT_DEPS
            or token.head.dep_ != "ROOT"
            or self.clusters.in_quote[token.i]
            or not scored
        ):
            return None  # a main-clause subject of narration, as its antecedent is
        sent_of = self.clusters.sent_of
        previous = sent_of[token.i] - 1
        subjects = {
            m.cluster
            for m in self.before(token.i, 1)
            if sent_of[m.start] == previous
            and m.cluster in scored
            and _is_subject(_mention_root(self.doc, m))
            and _mention_root(self.doc, m).dep_ != "conj"  # "Sam and his wife": two
        }
        if len(subjects) != 1:
            return None
        top = max(scored.values(), key=lambda c: c.score)
        if top.cluster.idx not in subjects or top.score < floor:
            return None
        return top.cluster

    def _salience(self, token: Token, m: Mention, cluster: Cluster | None) -> float:
        """How likely ``m`` (of ``cluster``; None: a lone pronoun) is what ``token`` points
        back to: nearness, grammatical role, named main characters."""
        sent_of = self.clusters.sent_of
        in_quote = self.clusters.in_quote
        root = _mention_root(self.doc, m)
        distance = sent_of[token.i] - sent_of[m.start]
        score = (3.0, 2.0, 1.2, 0.6)[min(distance, 3)]
        if _is_subject(root) and not (token.lower_ in {"they", "them"} and _trailing_source(root)):
            score += 1.0
        elif root.dep_ == "poss" or (m.end < len(self.doc) and self.doc[m.end].tag_ == "POS"):
            score -= 0.5
        if in_quote[m.start] and not in_quote[token.i]:
            score -= 0.7
        if cluster is not None and cluster.nominal == "person" and cluster.gender:
            score += 0.5  # "her mother ... she": a gendered person noun agrees as a name does
        if cluster is None or cluster.nominal:
            score -= NOMINAL_PENALTY  # a named participant is the likelier topic
        elif cluster.etype == "PERSON":
            score += SALIENCE * min(cluster.names, 10)  # the story's main characters
            if cluster.gender:
                score += 0.5
        return score + 0.001 * m.start / max(1, len(self.doc))  # the nearer, at a tie

    # -- first person inside a quotation: the quote's speaker
    def quote_speakers(self) -> None:
        """ "I ...," he said / Name said: "my ...": a quotation's I/me/my is its speaker when
        one person (named or a resolved pronoun) is the subject of a speech verb outside the
        quotation in the same sentence (or the sentence right after / before it)."""
        doc = self.doc
        cluster_at = self._cluster_at()
        for a, b in self._quote_regions():
            firsts = [t for t in doc[a:b] if t.pos_ == "PRON" and t.lower_ in FIRST_SINGULAR]
            plurals = [t for t in doc[a:b] if t.pos_ == "PRON" and t.lower_ in FIRST_PLURAL]
            if not firsts and not plurals:
                continue
            speaker = self._speaker(a, b, cluster_at)
            if speaker is None:
                continue
            for t in firsts:
                self._move(t.i, speaker)
            # "We will not give up," said the team's coach: "we" is the one organisation
            # the speaker belongs to; a country only for its team's coach or players (a
            # prime minister's "we" is the government, not "Malaysia")
            homes = [self.clusters.items[i] for i in speaker.affiliations]
            teams = _plays_for_a_side(speaker)
            homes = [
                c for c in homes if c.etype in {"ORG", "GROUP"} or (teams and c.etype == "PLACE")
            ]
            if plurals and len(homes) == 1:
                for t in plurals:
                    self._move(t.i, homes[0])

    def _cluster_at(self) -> dict[int, int]:
        return {
            m.start: m.cluster
            for c in self.clusters.items
            if not c.nominal
            for m in c.mentions
            if m.kind != "nested"
        }

    def _quote_regions(self) -> list[tuple[int, int]]:
        in_quote = self.clusters.in_quote
        regions: list[tuple[int, int]] = []
        start = -1
        for i in range(len(self.doc)):  # positions only: no Token objects to build
            if in_quote[i] and start < 0:
                start = i
            elif not in_quote[i] and start >= 0:
                regions.append((start, i))
                start = -1
        if start >= 0:
            regions.append((start, len(self.doc)))
        return regions

    def _speaker(self, a: int, b: int, cluster_at: dict[int, int]) -> Cluster | None:
        doc = self.doc
        sents = {doc[a].sent.start: doc[a].sent, doc[b - 1].sent.start: doc[b - 1].sent}
        if b < len(doc) and "\n" not in doc[b - 1 : b + 1].text:
            sents.setdefault(doc[b].sent.start, doc[b].sent)
        k = a - 1
        while k >= 0 and (doc[k].is_quote or doc[k].is_space):
            k -= 1
        before = doc[k].sent if k >= 0 else None
        if (
            before is not None
            and before.end <= a
            and "\n" not in doc[k:a].text
            and (
                before.text.rstrip().endswith(":")
                # '"...," Allton said. "I ...": the speaker of the quote just closed goes on
                or any(self.clusters.in_quote[t.i] for t in before)
            )
        ):
            sents.setdefault(before.start, before)
        found: set[int] = set()
        verbs = _speech_verbs()
        in_quote = self.clusters.in_quote
        for sent in sents.values():
            for t in sent:
                if in_quote[t.i] or t.pos_ not in {"VERB", "AUX"} or t.lemma_.lower() not in verbs:
                    continue
                for child in t.children:
                    if child.dep_ != "nsubj" or in_quote[child.i]:
                        continue
                    owner = self.clusters.owner[child.i]
                    if owner < 0:
                        owner = cluster_at.get(child.i, -1)
                    if owner >= 0 and self.clusters.items[owner].etype == "PERSON":
                        found.add(owner)
        if len(found) != 1:
            return None
        return self.clusters.items[found.pop()]

    def _move(self, i: int, target: Cluster) -> None:
        for k in range(bisect.bisect_left(self.ordered, (i, -1)), len(self.ordered)):
            m = self.ordered[k][2]
            if m.start > i:
                break
            if m.start == i and m.end == i + 1:
                old = self.clusters.items[m.cluster]
                if m.cluster >= 0 and m in old.mentions:
                    old.mentions.remove(m)
                m.label = target.label
                self.clusters.add(m, target)
                return
        self.add(Mention(i, i + 1, "pronoun", target.label), target)

    def _coarguments(self, token: Token) -> set[int]:
        """Clusters with a mention that is another argument of the pronoun's own verb:
        "Microsoft has replaced it" - it is not Microsoft, wherever Microsoft was named."""
        sent = token.sent
        pos = bisect.bisect_left(self.ordered, (sent.start, -1))
        out: set[int] = set()
        for _, _, m in self.ordered[pos:]:
            if m.start >= sent.end:
                break
            if (
                m.cluster >= 0
                and m.start != token.i
                and _coargument(token, _mention_root(self.doc, m))
            ):
                out.add(m.cluster)
        return out

    def _possessed(self, token: Token) -> set[int]:
        """ "Her daughter likes to sing": a possessive is never the phrase it owns, nor
        whoever that phrase was found to be ("her 14-year-old daughter" before)."""
        if token.dep_ != "poss":
            return set()
        head = token.head.i
        out: set[int] = set()
        pos = bisect.bisect_left(self.ordered, (token.i, -1))
        for _, _, m in self.ordered[pos:]:
            if m.start > token.i:
                break
            if m.cluster >= 0 and m.start == token.i and m.end > head:
                out.add(m.cluster)  # the phrase the possessive opens
        return out

    def _bound_subject(self, token: Token) -> int:
        """ "X told him": an object pronoun is not the subject of its own verb."""
        if token.lower_ not in OBJECTIVE and not (token.lower_ == "her" and token.dep_ != "poss"):
            return -1
        for child in token.head.children:
            if child.dep_ in SUBJECT_DEPS:
                return self.clusters.owner[child.i]
        return -1

    def _reporter(self, token: Token) -> Cluster | None:
        """ "Liverpool manager Arne Slot said he felt sorry for his compatriot Erik ten
        Hag": a subject or possessive pronoun in what a speech verb reports is its
        subject, however salient someone named earlier is; not when a person is named
        in the report before the pronoun ("Slot said ten Hag had lost his job")."""
        if token.dep_ not in SUBJECT_DEPS | {"poss"}:
            return None
        if token.lower_ == "it" and _describes_situation(token):
            return None  # "It is too early to say, the bank said": no self-description
        clause = next((a for a in token.ancestors if a.dep_ == "ccomp"), None)
        if clause is None or clause.head.lemma_.lower() not in _speech_verbs():
            return None
        verb = clause.head
        if self.clusters.in_quote[verb.i]:
            return None
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None:
            return None
        owner = self.clusters.owner[subject.i]
        cluster = self.clusters.items[owner] if owner >= 0 else self._cluster_of(subject.i)
        if cluster is None:
            return None
        pos = bisect.bisect_left(self.ordered, (clause.left_edge.i, -1))
        for _, _, m in self.ordered[pos:]:
            if m.start >= token.i:
                break
            other = self.clusters.items[m.cluster] if m.cluster >= 0 else None
            if other is not None and other is not cluster and _agrees(other, token.lower_):
                return None
        return cluster

    def _cataphor(self, token: Token) -> Cluster | None:
        """ "In an op-ed he penned ..., the resistance leader wrote": the fronted pronoun
        points forward to the main clause's subject."""
        root = token.sent.root
        subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.i <= token.i:
            return None
        if subject.left_edge.i <= token.i <= subject.right_edge.i:
            return None
        in_quote = self.clusters.in_quote
        if in_quote[token.i] and not in_quote[subject.i]:
            return None  # '"... he ...," Waters said': the speaker would say "I"
        if token.lower_ == "it" and _describes_situation(token):
            # "It was the worst drought in decades, the UN said" (but "It will cut 500
            # jobs, the company said" is the company)
            return None
        owner = self.clusters.owner[subject.i]
        return self.clusters.items[owner] if owner >= 0 else None


MIN_COMPOUND_PART = 3  # "Air" of "EgyptAir", "bank" of "Citibank"


def _compounded(words: tuple[str, ...], fits: frozenset[str]) -> bool:
    """ "the airline" for "EgyptAir", "the bank" for "Citibank": a one-word name that
    ends in a word the description's noun fits."""
    if len(words) != 1:
        return False
    word = words[0]
    return any(
        len(fit) >= MIN_COMPOUND_PART and fit.isalpha() and word != fit and word.endswith(fit)
        for fit in fits
    )


def _describes_situation(token: Token) -> bool:
    """ "It was the worst drought in decades": "it" as the subject of "be" with a noun
    complement that names no kind of body or person ("It is the largest lender, the
    bank said" is the bank)."""
    verb = token.head
    if token.dep_ != "nsubj" or not _be(verb):
        return False
    lex = lexicons()
    for comp in verb.children:
        if comp.dep_ == "attr" and comp.pos_ == "NOUN":
            word = comp.lemma_.lower()
            return not (word in lex.org_nouns or word in lex.person_nouns or word in lex.role_heads)
    return False


def _in_dateline(doc: Doc, m: Mention) -> bool:
    """The mention is part of the dateline its line opens with ("NAIROBI, Kenya (AP) —")."""
    text = doc_text(doc)
    at = doc[m.start].idx
    end = dateline_end(text, text.rfind("\n", 0, at) + 1)
    return end is not None and at < end


def _clause_verb(token: Token) -> Token | None:
    """The verb whose argument (or argument's prepositional object) ``token`` is."""
    node = token
    while node.dep_ in ARGUMENT_DEPS and node.head.i != node.i:
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


def _coargument(pronoun: Token, root: Token) -> bool:
    """A plain pronoun is not another argument of its own verb ("the mayor praised him",
    "in real life it was"); a possessive or reflexive may be ("she sold her car")."""
    if pronoun.dep_ == "poss" or pronoun.lower_.endswith(("self", "selves")):
        return False
    verb, other = _clause_verb(pronoun), _clause_verb(root)
    return verb is not None and other is not None and verb.i == other.i


def _modifies(pronoun: Token, root: Token) -> bool:
    """Whether the pronoun sits in a modifier or relative clause of the phrase ``root``
    heads ("Dennis Hopper, famous for his role", "the group, which sent its fighters")."""
    node, path = pronoun, set()
    while node.head.i != node.i and node.i != root.i:
        path.add(node.dep_)
        node = node.head
    return node.i == root.i and "appos" not in path and bool(path & MODIFIER_DEPS)


def _speaks(root: Token) -> bool:
    """Whether the phrase is the subject of a speech verb."""
    return root.dep_ in SUBJECT_DEPS and root.head.lemma_.lower() in _speech_verbs()


def _trailing_source(root: Token) -> bool:
    """ "Troops raided the camp, the ministry said. They …": the subject of a speech verb
    after its report is the source; the report's subject is what "they" goes on about."""
    verb = root.head
    return (
        root.dep_ in SUBJECT_DEPS
        and verb.lemma_.lower() in _speech_verbs()
        and any(c.dep_ == "ccomp" and c.i < root.i for c in verb.children)
    )


def animate(root: Token) -> bool:
    """Whether a common noun phrase names people: "the authors", "parents", "officials"."""
    lex = lexicons()
    lemma = root.lemma_.lower()
    return (
        root.pos_ == "PRON"
        or lemma in lex.person_nouns
        or lemma in lex.role_heads
        or lemma in lex.kinship
        or lemma in lex.group_descriptions
        or lemma in lex.org_nouns
        or lemma in {"people", "person", "family", "public", "crowd", "resident"}
        or lemma in _people_nouns()
    )


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    """ "farmers", "supporters", "voters": plural heads that name people."""
    words: list[str] = entity_lexicons._load("entity_descriptions.json")["people_nouns"]
    return _lowered(words)


def _modifies_a_noun_after(root: Token, end: int) -> bool:
    """The mention only modifies a noun after it ("Republican senators", "Lakeshore
    economists", "American workers")."""
    return (
        root.dep_ in {"compound", "amod", "nmod"}
        and root.head.i >= end
        and root.head.pos_ in {"NOUN", "PROPN"}
    )


def _appositive_heads(pronoun: Token) -> frozenset[int]:
    """Positions of the phrases a pronoun sits in an appositive of: "Mozilla Firefox, its
    main rival": a pronoun there is not that phrase (a thing is not its own rival, "Tom
    Becker, her deputy" not his own). Walked once per pronoun, not once per candidate."""
    heads: set[int] = set()
    node = pronoun
    while node.head.i != node.i:
        head = node.head
        if node.dep_ == "appos":
            heads.add(head.i)
        node = head
    return frozenset(heads)


@lru_cache(maxsize=1)
def _office_modifiers() -> tuple[frozenset[str], frozenset[str]]:
    """Words that make a role another office ("prime", "vice"), and those of them that
    make it a lower one ("vice", "deputy")."""
    roles = entity_lexicons._load("entity_roles.json")
    return _lowered(roles["office_modifiers"]), _lowered(roles["subordinate_modifiers"])


def _lowered(words: list[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


@lru_cache(maxsize=1)
def _commercial_kinds() -> frozenset[str]:
    words: list[str] = entity_lexicons._load("entity_descriptions.json")["commercial_kinds"]
    return _lowered(words)


@lru_cache(maxsize=1)
def _extraposition_adjectives() -> frozenset[str]:
    words: list[str] = entity_lexicons._load("entity_descriptions.json")["extraposition_adjectives"]
    return _lowered(words)


@lru_cache(maxsize=1)
def _past_modifiers() -> frozenset[str]:
    """ "former", "ex-": words that say a role is no longer held."""
    words = entity_lexicons._load("entity_roles.json")["past_modifiers"]
    return frozenset(w.lower() for w in words) | frozenset(
        w.lower().rstrip("-") for w in words if w.endswith("-")
    )


def speech_verbs() -> frozenset[str]:
    """The speech verbs, for the mention repairs."""
    return _speech_verbs()


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    """Verbs whose subject says a quotation: ours plus the quotes stage's speech and
    writing cues that may introduce a direct quote ("asserted", "confirmed", "called")."""
    cues = quote_lexicon().verbs.values()
    return lexicons().speech_verbs | {
        c.lemma for c in cues if c.kind in {"speech", "writing"} and c.direct
    }


def _age_noun(token: Token) -> bool:
    """ "old" heading a noun phrase after "N-year-": "the 46-year-old was charged"."""
    doc = token.doc
    i = token.i
    return (
        token.lower_ == "old"
        and token.dep_ in NOMINAL_DEPS
        and i >= 3
        and doc[i - 1].text == "-"
        and doc[i - 2].lower_ in {"year", "years"}
        and doc[i - 3].text == "-"
    )


def _inside_not_relative(token: Token, root: Token) -> bool:
    """Whether ``token`` sits in ``root``'s phrase other than through a relative clause:
    "promises that they would" (they are not the promises) but "the Taliban, which sent
    its fighters" (its is the Taliban's)."""
    node = token
    while node.i != root.i and node.head.i != node.i:
        if node.dep_ in {"relcl", "appos"}:
            return False
        node = node.head
    return node.i == root.i


def _name_head(words: tuple[str, ...]) -> str:
    """ "national resistance front of afghanistan" -> "front"."""
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
    return words[-1] if words else ""


def _acronym_at(doc: Doc, m: Mention) -> bool:
    return m.end - m.start == 1 and is_acronym(doc[m.start].text)


def _pick(scored: list[_Candidate], *, floor: float, margin: float) -> Cluster | None:
    if not scored:
        return None
    scored.sort(key=lambda c: -c.score)
    best = scored[0]
    if best.score < floor:
        return None
    if len(scored) > 1 and best.score - scored[1].score < margin:
        return None
    return best.cluster


SIDE_PREFIX = 5  # "democ" of Democrat/Democratic/Democrats, "repub" of Republican(s)
SIDE_TYPES = frozenset({"GROUP", "PLACE"})


def _side_key(cluster: Cluster) -> str:
    return (cluster.words[:1] or ("",))[0][:SIDE_PREFIX]


def _gender_ok(cluster: Cluster, gender: str) -> bool:
    return not gender or not cluster.gender or cluster.gender == gender


def _gender_from(cluster: Cluster, word: str) -> None:
    lex = lexicons()
    if not cluster.gender:
        if word in lex.male_nouns:
            cluster.gender = "m"
        elif word in lex.female_nouns:
            cluster.gender = "f"


def _pronoun_kind(word: str) -> str:
    return "m" if word in MALE else "f" if word in FEMALE else "pl" if word in PLURAL else "n"


def _agrees(cluster: Cluster, word: str) -> bool:
    person = cluster.etype == "PERSON" or cluster.nominal == "person"
    if word in MALE:
        return person and cluster.gender != "f"
    if word in FEMALE:
        return person and cluster.gender != "m"
    if word in PLURAL:
        return cluster.etype in {"ORG", "GROUP"} or cluster.nominal == "plural"
    return cluster.nominal == "thing" or (
        cluster.etype in {"ORG", "GROUP", "PLACE", "OTHER"} and not cluster.nominal
    )


def _collective(cluster: Cluster, root: Token, word: str) -> bool:
    """ "The Syrian refugee team listed their country": a nameless collective noun
    (team, government, company) may be "they" as well as "it"."""
    return (
        word in PLURAL
        and cluster.nominal == "thing"
        and root.tag_ == "NN"
        and root.lemma_.lower() in lexicons().org_nouns
    )


def _expletive(token: Token) -> bool:
    verb = token.head
    if _extraposed(token, verb):
        return True
    deps = {c.dep_ for c in verb.children}
    if _be(verb) and deps & {"acomp", "attr"} and deps & {"ccomp", "xcomp", "csubj"}:
        return True
    for comp in verb.children:
        # "it is too early to say", "it was unclear whether": the clause hangs on the
        # adjective
        if (
            _be(verb)
            and comp.dep_ in {"acomp", "attr"}
            and comp.lemma_.lower() in _extraposition_adjectives()
            and any(c.dep_ in {"ccomp", "xcomp", "csubj"} for c in comp.children)
        ):
            return True
    if verb.lemma_ in lexicons().expletive_verbs:
        # "it seems that ...", "it takes an hour to ...", "it rained": no referent; but
        # "had it happened an hour later" is the accident
        others = {c.dep_ for c in verb.children if c.i != token.i}
        return bool(others & CLAUSAL_DEPS) or others <= BARE_VERB_DEPS
    return token.dep_ == "expl"


def _extraposed(token: Token, head: Token) -> bool:
    """ "it" standing in for a clause after it: "it is alleged that …" (a passive with a
    clause), "it is time to …", "was damning that …", "makes it easier for firms to hire
    workers" (an adjective or participle with a that-clause or an infinitive with its own
    object; "it is easy to use" may be the thing itself)."""
    if token.dep_ == "nsubjpass":
        return any(c.dep_ in {"ccomp", "csubj"} for c in head.children)
    if token.dep_ != "nsubj":
        return False
    if _be(head) and any(
        c.dep_ == "attr"
        and c.lemma_.lower() == "time"
        and not any(d.dep_ == "det" for d in c.children)
        for c in head.children
    ):
        return True  # "it's time to say goodbye" (not "it was the time when")
    if head.pos_ != "ADJ" and head.tag_ != "VBG":
        return False
    if head.tag_ == "VBG" and not any(c.dep_ == "aux" and _be(c) for c in head.children):
        return False  # "it was damning that …", never "it kept growing"
    return any(_clause_after(c) for c in head.children if c.i > token.i)


def _be(token: Token) -> bool:
    """A form of "be", the curly-apostrophe contractions too ("it’s time": the model
    lemmatises "’s" as "’")."""
    return token.lemma_ == "be" or token.lower_ in CURLY_BE


def _clause_after(comp: Token) -> bool:
    """A that-clause, or an infinitive with its own object ("for firms to hire workers")."""
    if comp.dep_ not in {"ccomp", "xcomp", "advcl", "csubj"}:
        return False
    marks = {c.lower_ for c in comp.children if c.dep_ == "mark"}
    if marks & {"that", "whether"}:
        return True
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children)
    return infinitive and any(c.dep_ in {"dobj", "ccomp"} for c in comp.children)
