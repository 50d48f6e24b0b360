"""Gold readers and coreference metrics of ``newsgraph eval entities`` on tiny hand-made files."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsgraph.eval import coref_metrics as cm
from newsgraph.eval.conll import coref_clusters, iob_spans, read_conll2003, read_conll2012, sniff
from newsgraph.eval.entities import command

CONLL2003 = """\
EU NNP I-NP I-ORG
rejects VBZ I-VP O
German JJ I-NP I-MISC
call NN I-NP O
. . O O

Peter NNP I-NP I-PER
Blackburn NNP I-NP I-PER

-DOCSTART- -X- O O

Police NNS I-NP O
in IN I-PP O
Paris NNP I-NP I-LOC
arrested VBD I-VP O
John NNP I-NP I-PER
Smith NNP I-NP I-PER
of IN I-PP O
Acme NNP I-NP I-ORG
Corp NNP I-NP I-ORG
. . O O
-DOCSTART- -X- O O
"""

CONLL2012 = """\
# begin document (test); part 000
0\tMaria\t(1
1\tLopez\t1)
2\tsaid\t_
3\tthe\t(2
4\tcity\t2)
5\twould\t_
6\tpay\t_
7\t.\t_
0\tShe\t(1)
1\tblamed\t_
2\tits\t(2)|(3
3\tcouncil\t3)
4\tand\t_
5\ther\t(4(1)
6\town\t_
7\tstaff\t4)
8\t.\t_
# end document
"""


def test_eval_conll2003_docstart_after_its_document(tmp_path):
    path = tmp_path / "eng.mini"
    path.write_text(CONLL2003, encoding="utf-8")
    docs = list(read_conll2003(path))
    assert len(docs) == 2
    first, second = docs
    assert first.text == "EU rejects German call.\nPeter Blackburn"
    assert iob_spans(first.ner_tags) == {(0, 1, "ORG"), (2, 3, "MISC"), (5, 7, "PER")}
    start, end = second.offsets[2]
    assert second.text[start:end] == "Paris"
    assert sniff(path) == "conll2003"


def test_eval_iob_spans_split_on_b_tags():
    tags = ["I-PER", "B-PER", "O", "I-LOC", "I-LOC", "I-ORG"]
    assert iob_spans(tags) == {(0, 1, "PER"), (1, 2, "PER"), (3, 5, "LOC"), (5, 6, "ORG")}


def test_eval_conll2012_brackets_back_to_back(tmp_path):
    path = tmp_path / "doc.conll"
    path.write_text(CONLL2012, encoding="utf-8")
    assert sniff(path) == "conll2012"
    (doc,) = read_conll2012(path)
    assert doc.sentence_starts == [0, 8]
    clusters = sorted(sorted(c) for c in coref_clusters(doc.coref))
    # "(4(1)": "her own staff" opens entity 4 and "her" is entity 1.
    assert [(0, 2), (8, 9), (13, 14)] in clusters
    assert [(3, 5), (10, 11)] in clusters
    assert [(13, 16)] in clusters


def test_eval_coref_metrics_textbook_example():
    key = [frozenset("abc"), frozenset("de")]
    response = [frozenset("ab"), frozenset("cde")]
    r, p = _rp(cm.muc(key, response))
    assert (r, p) == pytest.approx((2 / 3, 2 / 3))
    r, p = _rp(cm.b_cubed(key, response))
    assert (r, p) == pytest.approx((11 / 15, 11 / 15))
    r, p = _rp(cm.ceaf_e(key, response))
    assert (r, p) == pytest.approx((0.8, 0.8))
    assert cm.f1(cm.muc(key, key)) == 1.0


def _rp(counts: cm.Counts) -> tuple[float, float]:
    return counts[0] / counts[1], counts[2] / counts[3]


def test_eval_entities_command_scores_both_formats(tmp_path):
    ner = tmp_path / "ner" / "eng.mini"
    ner.parent.mkdir()
    ner.write_text(CONLL2003, encoding="utf-8")
    coref = tmp_path / "coref"
    coref.mkdir()
    (coref / "doc.conll").write_text(CONLL2012, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(command, ["--gold", str(ner), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)["ner"]
    assert set(scores) == {"p", "r", "f1"} and 0.0 <= scores["f1"] <= 1.0
    result = runner.invoke(command, ["--gold", str(coref), "--json"])
    assert result.exit_code == 0, result.output
    assert set(json.loads(result.output)["coref"]) == {"muc", "b3", "ceafe", "avg"}


def test_eval_entities_command_rejects_unknown_format(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("just some words here\n", encoding="utf-8")
    result = CliRunner().invoke(command, ["--gold", str(path)])
    assert result.exit_code != 0
    assert "CoNLL" in result.output


def person_np_spans(pipeline, text: str) -> set[str]:
    """The OntoNotes-style noun phrases the coreference eval scores for each named person."""
    from newsgraph.eval.entities import np_span
    from newsgraph.extract.entities import build_clusters

    doc = pipeline.nlp(text)
    return {
        doc[a:b].text
        for c in build_clusters(doc).items
        for m in c.mentions
        if m.kind == "name" and m.label == "PERSON"
        for a, b in [np_span(doc, m)]
    }


def test_eval_np_span_keeps_titles_before_a_name(pipeline):
    spans = person_np_spans(
        pipeline,
        "The video drew praise from US President Barack Obama on Monday. "
        "Organisers later met the student Ahmed Mohamed in Dallas.",
    )
    assert "US President Barack Obama" in spans
    assert "the student Ahmed Mohamed" in spans


def test_eval_np_span_leaves_out_the_body_a_person_speaks_for(pipeline):
    spans = person_np_spans(
        pipeline,
        "A spokesman said the agency would act. Lydia Buchtmann for Food Standards Australia "
        "New Zealand says they are looking at the report. Alvin Yeung from the Civic Party "
        "won a seat.",
    )
    assert "Lydia Buchtmann" in spans, spans
    assert "Alvin Yeung from the Civic Party" in spans, spans


def test_eval_np_span_closes_its_bracket(pipeline):
    from newsgraph.eval.entities import np_span
    from newsgraph.extract.entities import build_clusters

    text = "The World Health Organisation (WHO) recommends iodised salt for every household."
    doc = pipeline.nlp(text)
    clusters = build_clusters(doc)
    spans = [
        doc[a:b].text for c in clusters.items for m in c.mentions for a, b in [np_span(doc, m)]
    ]
    assert not any(s.count("(") > s.count(")") for s in spans), spans


def test_eval_np_span_leaves_scores_out_of_team_names(pipeline):
    from newsgraph.eval.entities import np_span
    from newsgraph.extract.entities import build_clusters

    text = (
        "Group F: Sweden 1 – 0 South Korea\n"
        "Sweden beat South Korea on Monday. Group G: 2 England , Tunisia 1\n"
        "England won the second game."
    )
    doc = pipeline.nlp(text)
    clusters = build_clusters(doc)
    spans = [
        doc[a:b]
        for c in clusters.items
        for m in c.mentions
        if m.kind == "name"
        for a, b in [np_span(doc, m)]
    ]
    assert spans
    assert not any(s[0].like_num or s[-1].like_num for s in spans), [s.text for s in spans]


def _name_phrases(pipeline, text: str) -> set[str]:
    from newsgraph.eval.entities import np_span
    from newsgraph.extract.entities import build_clusters

    doc = pipeline.nlp(text)
    clusters = build_clusters(doc)
    return {
        doc[a:b].text
        for c in clusters.items
        for m in c.mentions
        if m.kind == "name"
        for a, b in [np_span(doc, m, owner=clusters.owner)]
    }


def test_eval_np_span_keeps_a_named_prepositional_object_but_not_a_time(pipeline):
    spans = _name_phrases(
        pipeline,
        "The Andy Warhol Foundation for the Visual Arts gave 300 prints to the museum. "
        "Officials of the Foundation in March thanked the city.",
    )
    assert "The Andy Warhol Foundation for the Visual Arts" in spans, spans
    assert not any(s.endswith("March") for s in spans), spans


def test_eval_np_span_stops_at_a_neighbouring_name_and_a_heading_dash(pipeline):
    spans = _name_phrases(
        pipeline,
        "Group G — Belgium beat Panama on Monday.\nPhoto: Twitter / Barack Obama\n",
    )
    assert not any("—" in s or "/" in s for s in spans), spans


def test_eval_np_span_leaves_a_known_things_preposition_out(pipeline):
    """An anaphoric "the organization" takes no restricting preposition ("in California"
    belongs to the verb); its first mention keeps its phrase."""
    from newsgraph.eval.entities import np_span
    from newsgraph.extract.mentions import Mention

    text = "He left the organization in California after a week."
    doc = pipeline.nlp(text)
    i = next(t.i for t in doc if t.lower_ == "organization")
    m = Mention(i - 1, i + 1, "nominal", "NOMINAL")
    later = doc[slice(*np_span(doc, m, anaphoric=True))].text
    first = doc[slice(*np_span(doc, m))].text
    assert later == "the organization"
    assert first == "the organization in California"


def test_eval_np_span_keeps_appositives_regions_and_relative_clauses_but_not_lists(pipeline):
    spans = _name_phrases(
        pipeline,
        "Ahmed Mohamed, a 14-year-old boy from Irving, Texas, was arrested on Monday. "
        "Officials in Irving, Texas, apologised.\n"
        "FIFA World Cup day five: Sweden, Belgium, England win three points.\n"
        "The family later moved to India, where homeopathy is in common use.",
    )
    assert "India, where homeopathy is in common use" in spans, spans
    assert "Ahmed Mohamed, a 14-year-old boy from Irving, Texas" in spans, spans
    assert "Irving, Texas" in spans, spans
    assert "Sweden" in spans and not any(s.startswith("Sweden,") for s in spans), spans


def test_eval_np_span_keeps_titles_of_a_name_the_parser_made_a_modifier(pipeline):
    spans = _name_phrases(
        pipeline,
        "Andy Warhol died in 1987. The museum is a recipient of a major Warhol donor program.\n"
        "US President Barack Obama tweet to student Ahmed Mohamed",
    )
    assert "US President Barack Obama" in spans, spans
    assert "student Ahmed Mohamed" in spans, spans
    assert "Warhol" in spans and "a major Warhol" not in spans, spans


def test_eval_np_span_keeps_a_bare_possessive_apostrophe(pipeline):
    spans = _name_phrases(
        pipeline, "Thomas Sam was jailed on Monday. Outside the court, Thomas' sister wept."
    )
    assert "Thomas'" in spans, spans


def test_eval_one_entity_is_not_two_nested_mentions_of_itself():
    from newsgraph.eval.entities import _outermost

    # "Tunisia's coach Nabil Maaloul" (0-5) holds "coach Nabil Maaloul" (2-5); a span that
    # found no gold tokens (negative) is kept as it is
    assert _outermost({(0, 5), (2, 5), (9, 10), (-40, -1)}) == {(0, 5), (9, 10), (-40, -1)}


def test_eval_np_span_takes_a_hyphenated_title_whole(pipeline):
    spans = _name_phrases(
        pipeline, "Facebook co-founder Mark Zuckerberg tweeted to Mohamed on Monday."
    )
    assert "Facebook co-founder Mark Zuckerberg" in spans, spans


def test_eval_np_span_leaves_a_reflexive_out():
    """ "treated his daughter himself": the parser makes "himself" an appositive."""
    import spacy

    from newsgraph.eval.entities import np_span
    from newsgraph.extract.mentions import Mention

    nlp = spacy.blank("en")
    words = ["He", "treated", "his", "daughter", "himself", "."]
    heads = [1, 1, 3, 1, 3, 1]
    deps = ["nsubj", "ROOT", "poss", "dobj", "appos", "punct"]
    pos = ["PRON", "VERB", "PRON", "NOUN", "PRON", "PUNCT"]
    doc = spacy.tokens.Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    span = np_span(doc, Mention(2, 4, "nominal", "NOMINAL"))
    assert doc[slice(*span)].text == "his daughter"
