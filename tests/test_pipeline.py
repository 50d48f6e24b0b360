from newsgraph.article import Article
from newsgraph.pipeline import STAGES, Pipeline

TEXTS = [
    "Protesters gathered outside the parliament in Nairobi on Friday, police said.",
    "The central bank of Chile raised interest rates on Tuesday, the third rise this year.",
    "Officials in Manila said the typhoon had forced thousands of families from their homes.",
]


def test_pipe_keeps_input_order_and_ids(pipeline):
    articles = [Article(text=t, id=f"a{i}", published="2024-05-10") for i, t in enumerate(TEXTS)]
    records = list(pipeline.pipe(articles, batch_size=2))
    assert [r.article.id for r in records] == ["a0", "a1", "a2"]
    assert [r.article.text for r in records] == TEXTS


def test_extract_and_pipe_agree(pipeline):
    article = Article(text=TEXTS[1], published="2024-05-10")
    [piped] = list(pipeline.pipe([article]))
    assert pipeline.extract(article).as_dict() == piped.as_dict()


def test_model_reported_by_real_name(pipeline):
    record = pipeline.extract(Article(text=TEXTS[0]))
    assert record.pipeline["model"] == "en_core_web_sm"
    assert record.pipeline["model_version"] == "3.8.0"


def test_failing_stage_becomes_error_entry_and_later_stages_run(pipeline, monkeypatch):
    import newsgraph.pipeline as mod

    def broken(doc, found):
        raise RuntimeError("boom")

    stages = tuple((n, broken if n == "time" else f, a) for n, f, a in STAGES)
    monkeypatch.setattr(mod, "STAGES", stages)
    record = Pipeline(nlp=pipeline.nlp).extract(Article(text=TEXTS[0], published="2024-05-10"))
    assert [(e.stage, e.code) for e in record.errors] == [("time", "stage_failed")]
    assert "boom" in record.errors[0].message
    assert record.entities, "stages before and after the broken one still ran"


def test_pipeline_a_quote_mark_glued_by_a_missing_space_still_opens_a_quote(extract):
    record = extract(
        "The mayor of Riverton, Ruth Alvarez, said,“We will rebuild every house.” "
        "Crews worked through the night."
    )
    [quote] = [q for q in record.quotes if q.kind == "direct"]
    assert quote.content.text.startswith("We will rebuild")
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.speaker is not None and "Alvarez" in quote.speaker.text
