"""``newsgraph eval entities``: NER on CoNLL-2003, coreference on CoNLL-2012 (OntoGUM).

- CoNLL-2003 (``token POS chunk NER``, IOB1) -> ``{"ner": {"p", "r", "f1"}}`` over
  PER/ORG/LOC (exact spans), plus per-type figures and MISC under ``ner_by_type``;
- CoNLL-2012 coreference (``index token coref``) -> ``{"coref": {"muc", "b3", "ceafe",
  "avg"}}`` (F1, micro-averaged over documents). OntoGUM marks no singletons, so our
  singleton clusters are left out. Mentions are compared as OntoNotes-style maximal
  noun phrases: a name or description is widened to its noun phrase (see ``np_span``).

Each gold document is detokenised to text and run through the same entity stage as an
article; character spans are mapped back onto gold tokens.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import click
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Token

from newsgraph.eval import coref_metrics
from newsgraph.eval.conll import (
    GoldDoc,
    coref_clusters,
    iob_spans,
    read_conll2003,
    read_conll2012,
    sniff,
)
from newsgraph.eval.scoring import emit, prf
from newsgraph.extract.entities import build_clusters
from newsgraph.extract.entity_lexicons import lexicons
from newsgraph.extract.mentions import PLACE_LABELS, Mention, countries
from newsgraph.extract.name_clusters import Clusters

log = logging.getLogger(__name__)

CONLL_TYPE = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
SCORED_TYPES = ("PER", "ORG", "LOC")
NAME_KINDS = frozenset({"name"})
# What may follow the head inside an OntoNotes mention: not coordination, not adverbials.
NOUN_RIGHTS = frozenset(
    {"appos", "prep", "relcl", "acl", "amod", "compound", "nummod", "case", "poss"}
)
DASHES = frozenset({"-", "–", "—"})
NAME_RIGHTS = frozenset({"appos", "prep", "case", "compound"})  # no "Sweden 1 - 0"
ANAPHORIC_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
COREF_KINDS = frozenset(
    {"name", "nested", "nickname", "kinship", "description", "pronoun", "nominal"}
)


def parse(nlp: Language, docs: list[GoldDoc], *, cache: Path | None = None) -> list[Doc]:
    """spaCy Docs for the gold texts; cached as a DocBin when ``cache`` is a folder."""
    texts = [d.text for d in docs]
    path: Path | None = None
    if cache is not None:
        digest = hashlib.sha1("\x00".join(texts).encode()).hexdigest()[:16]
        path = cache / f"{nlp.meta.get('name', 'model')}-{digest}.spacy"
        if path.exists():
            return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    parsed = list(nlp.pipe(texts, batch_size=32))
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(docs=parsed, store_user_data=False).to_disk(path)
    return parsed


def evaluate_ner(
    gold: Iterable[GoldDoc], nlp: Language, *, cache: Path | None = None
) -> dict[str, Any]:
    golds = list(gold)
    counts = {t: [0, 0, 0] for t in (*SCORED_TYPES, "MISC")}  # tp, fp, fn
    for gdoc, doc in zip(golds, parse(nlp, golds, cache=cache)):
        truth = iob_spans(gdoc.ner_tags)
        guess = _predicted_names(gdoc, doc)
        for kind, row in counts.items():
            t = {s for s in truth if s[2] == kind}
            g = {s for s in guess if s[2] == kind}
            row[0] += len(t & g)
            row[1] += len(g - t)
            row[2] += len(t - g)
    total = [sum(counts[t][k] for t in SCORED_TYPES) for k in range(3)]
    return {
        "ner": prf(*total),
        "ner_by_type": {t: prf(*row) for t, row in counts.items()},
        "documents": len(golds),
    }


def _token_maps(gdoc: GoldDoc) -> tuple[dict[int, int], dict[int, int]]:
    starts = {s: i for i, (s, _) in enumerate(gdoc.offsets)}
    ends = {e: i + 1 for i, (_, e) in enumerate(gdoc.offsets)}
    return starts, ends


def _predicted_names(gdoc: GoldDoc, doc: Doc) -> set[tuple[int, int, str]]:
    clusters = build_clusters(doc)
    starts, ends = _token_maps(gdoc)
    out: set[tuple[int, int, str]] = set()
    for cluster in clusters.items:
        for m in cluster.mentions:
            if m.kind not in NAME_KINDS:
                continue
            kind = CONLL_TYPE.get(m.label, "MISC")
            span = doc[m.start : m.end]
            start, end = starts.get(span.start_char, -1), ends.get(span.end_char, -1)
            out.add((start, end, kind) if start >= 0 and end >= 0 else (-span.start_char, -1, kind))
    return out


def np_span(
    doc: Doc, m: Mention, *, owner: list[int] | None = None, anaphoric: bool = False
) -> tuple[int, int]:
    """The maximal noun phrase a mention heads (OntoNotes mention boundaries).

    A name used as a modifier ("U.S. President", "Taliban spokesman") stays as it is
    (a possessor keeps its "'s"); otherwise the span widens to the head's whole subtree,
    appositives and relative clauses included, as OntoGUM marks them. With ``owner``
    (token -> cluster of the name there), a name does not swallow a neighbouring name of
    another entity that the parser glued to it ("Twitter / Barack Obama").
    """
    span = doc[m.start : m.end]
    root = span.root
    if m.kind in {"pronoun", "nested"} or root.pos_ not in {"NOUN", "PROPN"}:
        return m.start, m.end
    if root.dep_ in {"compound", "amod", "nmod"}:
        if m.label == "PERSON" and m.kind == "name":
            # "US President Barack Obama tweet": titles stay, whatever the parse
            start = _title_start(doc, m.start)
            if owner is not None:
                start = _left_of_name(doc, m, start, owner)
            if any(t.pos_ == "ADJ" for t in doc[start : m.start]):
                start = m.start  # "a major Warhol donor program": an adjective, no title
            return start, m.end
        return m.start, m.end
    start = min(m.start, root.left_edge.i)
    if m.label == "PERSON" and m.kind == "name":
        start = min(start, _title_start(doc, m.start))
    if owner is not None and m.kind == "name":
        start = _left_of_name(doc, m, start, owner)
    end = m.end
    allowed = NOUN_RIGHTS if root.pos_ == "NOUN" else NAME_RIGHTS
    for child in root.rights:
        if child.i < m.end or child.dep_ == "punct":
            continue
        if child.pos_ == "PRON" and child.lower_.endswith(("self", "selves")):
            break  # "treated his daughter himself": the reflexive is no part of the phrase
        relative = (
            child.dep_ == "relcl"
            and root.pos_ == "PROPN"
            and doc[child.left_edge.i - 1].text == ","
        )  # "India, where homeopathy is common": a name's non-restrictive relative clause
        if (child.dep_ not in allowed and not relative) or (
            child.dep_ == "prep"
            and root.pos_ == "PROPN"
            and child.lower_ != "of"
            and (not _names_a_place_or_body(child) or _speaks_for(m, child))
        ):
            break
        if (
            anaphoric
            and child.dep_ == "prep"
            and child.lower_ != "of"
            and doc[m.start].lower_ in ANAPHORIC_DETERMINERS
        ):
            break  # "the organization in California": a known thing needs no restriction
        if (
            child.dep_ == "appos"
            and child.tag_ == "NNS"
            and root.tag_ == "NNP"
            and m.label in PLACE_LABELS | {"PERSON"}
        ):
            break  # "Malawi, ..., closed schools": no plural describes one place or person
        if root.pos_ == "PROPN" and any(
            t.text in DASHES or t.text == "/" for t in doc[m.end : child.left_edge.i]
        ):
            break  # "Group G — Belgium", "Twitter / Barack Obama": a heading, a caption
        if (
            child.dep_ == "appos"
            and child.pos_ == "PROPN"
            and owner is not None
            and m.cluster >= 0
            and owner[child.i] not in {-1, m.cluster}
            and owner[child.left_edge.i] == owner[child.i]  # a bare name, not "the X spokesman"
            and doc[child.left_edge.i - 1].text != "("  # "Full Name (ACRONYM)"
            and not _place_in_region(doc, m, child)
        ):
            break  # "Sweden, Belgium", "Google, Sergey Brin": a list, not an apposition
        end = max(end, child.right_edge.i + 1)
    # a mention stays on its line (headline, dateline, result line)
    end = next((k for k in range(m.end, end) if "\n" in doc[k - 1].text_with_ws), end)
    start = next(
        (k + 1 for k in range(m.start - 1, start - 1, -1) if "\n" in doc[k].text_with_ws), start
    )
    tail = doc[m.end : end]
    if root.pos_ == "PROPN" and any(
        t.like_num and t.i + 2 < len(doc) and doc[t.i + 1].text in DASHES and doc[t.i + 2].like_num
        for t in tail
    ):
        end = next(t.i for t in tail if t.like_num)  # a result line: "Sweden 1 – 0" is Sweden
    while end > m.end and (
        (doc[end - 1].is_punct and doc[end - 1].tag_ != "POS") or doc[end - 1].is_space
    ):
        end -= 1  # but "Thomas' sister": the possessive apostrophe stays
    if root.pos_ == "NOUN":
        end = _without_trailing_time(doc, m.end, end)
    while start < m.start and (
        doc[start].is_punct or doc[start].is_space or (root.pos_ == "PROPN" and doc[start].like_num)
    ):
        start += 1  # not "2 England" from a score line
    opened = sum(t.text == "(" for t in doc[start:end]) - sum(t.text == ")" for t in doc[start:end])
    if opened > 0 and end < len(doc) and doc[end].text == ")":
        end += 1  # "The World Health Organisation (WHO)": the bracket closes inside
    return start, end


def _place_in_region(doc: Doc, m: Mention, child: Token) -> bool:
    """ "Irving, Texas", "Sydney, Australia": a place and the region it lies in are one
    phrase (two countries are a list)."""
    return (
        m.label in PLACE_LABELS
        and child.ent_type_ in PLACE_LABELS
        and doc[m.start : m.end].text.lower() not in countries()
    )


def _speaks_for(m: Mention, prep: Token) -> bool:
    """ "Lydia Buchtmann for Food Standards Australia", "a spokesman for the ministry":
    the body a person speaks for is said of her, no part of her phrase (unlike "Alvin
    Yeung from the Civic Party")."""
    return m.label == "PERSON" and prep.lower_ == "for"


def _names_a_place_or_body(prep: Token) -> bool:
    """ "the Andy Warhol Foundation for the Visual Arts", "Alvin Yeung from the Civic
    Party": a preposition whose object is a name stays in a name's phrase."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.pos_ == "PROPN" and o.ent_type_ != "DATE" for o in objects)


def _without_trailing_time(doc: Doc, floor: int, end: int) -> int:
    """ "police response to the clock last week", "a flag on Waitangi Day": a time at the
    end of a noun phrase says when something happened, not which thing it is."""
    if doc[end - 1].ent_type_ not in {"DATE", "TIME"}:
        return end
    k = end - 1
    while k > floor and doc[k - 1].ent_type_ in {"DATE", "TIME"} and doc[k].ent_iob_ != "B":
        k -= 1
    while k > floor and (doc[k - 1].dep_ == "prep" or doc[k - 1].is_punct):
        k -= 1
    return k if k > floor else end


def _left_of_name(doc: Doc, m: Mention, start: int, owner: list[int]) -> int:
    """Where the words before a name stop belonging to its phrase: at a slash, comma,
    colon or conjunction, or at another entity's name right before it ("Arlington Amneh Jafari"); a
    possessor ("DAB's Elizabeth Quat") stays."""
    k = m.start - 1
    while k >= start:
        token = doc[k]
        if token.text in {"/", ",", ":", ";", "|"} or token.dep_ == "cc":
            return k + 1
        if owner[k] >= 0 and owner[k] != m.cluster and k == m.start - 1:
            return m.start
        k -= 1
    return start


def _title_start(doc: Doc, i: int) -> int:
    """ "US President Barack Obama", "student Ahmed Mohamed": OntoNotes keeps the titles and
    role words before a name (and the place or organisation before them) in its mention,
    whatever the parser made of them."""
    lex = lexicons()
    sent_start = doc[i].sent.start
    j = i
    while j > sent_start:
        word = doc[j - 1].lower_
        if word in lex.role_heads or word in lex.titles or (j < i and word in lex.role_modifiers):
            j -= 1
            while j > sent_start and not doc[j - 1].whitespace_:
                j -= 1  # "co-founder": the whole word, not "founder"
            continue
        break
    if j == i:
        return i
    while j > sent_start and (
        doc[j - 1].pos_ == "PROPN" or doc[j - 1].ent_type_ in {"NORP", "GPE", "ORG"}
    ):
        j -= 1
    if j > sent_start and doc[j - 1].lower_ in {"the", "a", "an"}:
        j -= 1
    return j


def _modifier(root: Token) -> bool:
    """ "Afghan girls", "the Syrian team": a nationality before a noun modifies it."""
    return root.pos_ == "ADJ" or (
        root.dep_ in {"amod", "compound", "nmod"} and root.head.i > root.i
    )


def _inside_word(doc: Doc, m: Mention) -> bool:
    """A name glued to a hyphen ("pro-Beijing", "U.S.-led") is part of one word."""
    before = doc[m.start - 1] if m.start else None
    after = doc[m.end] if m.end < len(doc) else None
    first = doc[m.start]
    return (
        (
            # spaCy's span may take the prefix in: "pro-Beijing", "anti-Trump" tagged whole
            m.end - m.start > 2
            and first.is_alpha
            and first.is_lower
            and doc[m.start + 1].text == "-"
            and not first.whitespace_
            and not doc[m.start + 1].whitespace_
        )
        or (before is not None and before.text == "-" and not before.whitespace_)
        or (
            after is not None
            and after.text == "-"
            and not doc[m.end - 1].whitespace_
            and not after.whitespace_
        )
    )


def _predicted_clusters(
    gdoc: GoldDoc, doc: Doc, clusters: Clusters
) -> list[frozenset[tuple[int, int]]]:
    starts, ends = _token_maps(gdoc)
    out: list[frozenset[tuple[int, int]]] = []

    def owner_of(token: Token) -> int:
        return clusters.owner[token.i]

    for cluster in clusters.items:
        spans: set[tuple[int, int]] = set()
        first = min((m.start for m in cluster.mentions), default=0)
        for m in cluster.mentions:
            if m.kind not in COREF_KINDS:
                continue
            root = doc[m.start : m.end].root
            if m.label == "NORP" and _modifier(root):
                continue  # "Afghan girls": an adjective is no mention in OntoNotes
            if m.kind in {"name", "nested"} and _inside_word(doc, m):
                continue  # "pro-Beijing": part of a word, not a noun phrase
            if root.dep_ == "appos" and m.kind == "name" and owner_of(root.head) == cluster.idx:
                continue  # "his father, Ahmad Shah Massoud": one mention, headed by "father"
            later = m.start > first and m.kind in {"nominal", "description"}
            a, b = np_span(doc, m, owner=clusters.owner, anaphoric=later)
            span = doc[a:b]
            start, end = starts.get(span.start_char), ends.get(span.end_char)
            spans.add(
                (start, end) if start is not None and end is not None else (-span.start_char, -1)
            )
        spans = _outermost(spans)
        if len(spans) > 1:
            out.append(frozenset(spans))
    return out


def _outermost(spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """ "Tunisia's coach Nabil Maaloul" holds "coach Nabil Maaloul": one entity is one
    phrase there, not two nested mentions of itself (OntoNotes' i-within-i)."""
    known = [(a, b) for a, b in spans if a >= 0 and b >= 0]
    return {
        (a, b)
        for a, b in spans
        if a < 0 or not any(c <= a and b <= d and (c, d) != (a, b) for c, d in known)
    }


def evaluate_coref(
    gold: Iterable[GoldDoc], nlp: Language, *, cache: Path | None = None
) -> dict[str, Any]:
    golds = list(gold)
    zero: coref_metrics.Counts = (0.0, 0.0, 0.0, 0.0)
    totals = dict.fromkeys(coref_metrics.METRICS, zero)
    for gdoc, doc in zip(golds, parse(nlp, golds, cache=cache)):
        key = [frozenset(c) for c in coref_clusters(gdoc.coref) if len(c) > 1]
        response = _predicted_clusters(gdoc, doc, build_clusters(doc))
        totals["muc"] = coref_metrics.add(totals["muc"], coref_metrics.muc(key, response))
        totals["b3"] = coref_metrics.add(totals["b3"], coref_metrics.b_cubed(key, response))
        totals["ceafe"] = coref_metrics.add(totals["ceafe"], coref_metrics.ceaf_e(key, response))
    scores = {name: round(coref_metrics.f1(c), 4) for name, c in totals.items()}
    scores["avg"] = round(sum(scores.values()) / 3, 4)
    return {"coref": scores, "documents": len(golds)}


def evaluate(path: Path, nlp: Language, *, cache: Path | None = None) -> dict[str, Any]:
    """Detect the gold format of ``path`` (file or folder) and score it."""
    kind = sniff(path)
    if kind == "conll2003":
        return evaluate_ner(read_conll2003(path), nlp, cache=cache)
    return evaluate_coref(read_conll2012(path), nlp, cache=cache)


@click.command("entities")
@click.option(
    "--gold",
    "gold",
    required=True,
    type=click.Path(exists=True, path_type=Path),
    help="CoNLL-2003 NER file(s) or CoNLL-2012 coreference file(s): a file or a folder.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.option(
    "--cache",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder to keep parsed documents in between runs.",
)
def command(gold: Path, as_json: bool, cache: Path | None) -> None:
    """Score entities: NER F1 on CoNLL-2003, coreference (MUC, B³, CEAF-e) on CoNLL-2012.

    Example: newsgraph eval entities --gold ../shared/data/ner/conll2003/eng.testa --json
    """
    from newsgraph.pipeline import load_nlp

    try:
        result = evaluate(gold, load_nlp(), cache=cache)
    except ValueError as e:
        raise click.ClickException(f"{e}; pass a CoNLL-2003 or CoNLL-2012 file or folder") from e
    emit(result, as_json=as_json)
