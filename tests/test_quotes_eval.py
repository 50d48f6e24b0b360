"""The quotation scorer on hand-made gold: matching and the resolution proxy."""

from __future__ import annotations

from newsgraph.eval.brat import GoldAttribution, GoldDocument
from newsgraph.eval.quotes import PredictedAttribution, score


def _span(text: str, words: str) -> tuple[tuple[int, int], ...]:
    start = text.index(words)
    return ((start, start + len(words)),)


def _person(text: str, words: str) -> tuple[int, int, bool]:
    start = text.index(words)
    return (start, start + len(words), True)


def test_resolution_takes_the_head_of_the_source_not_a_modifying_name():
    text = "Clinton campaign manager Robby Mook said the race was tight."
    gold = GoldDocument(
        name="doc",
        text=text,
        attributions=[
            GoldAttribution(
                content=_span(text, "the race was tight"),
                source=_span(text, "Clinton campaign manager Robby Mook"),
                cue=_span(text, "said"),
            )
        ],
    )
    names = [_person(text, "Clinton"), _person(text, "Robby Mook")]

    def predicted(speaker: str) -> PredictedAttribution:
        return PredictedAttribution(
            content=_span(text, "the race was tight"),
            source=_span(text, "Clinton campaign manager Robby Mook"),
            cue=_span(text, "said"),
            speaker_names=(speaker,),
        )

    assert score([(gold, [predicted("Robby Mook")], names)])["resolution"]["resolved"] == 1
    assert score([(gold, [predicted("Hillary Clinton")], names)])["resolution"]["resolved"] == 0


def test_resolution_keeps_an_apostrophe_inside_a_surname():
    text = "Mr. O'Hanlon said the plan would fail."
    gold = GoldDocument(
        name="doc",
        text=text,
        attributions=[
            GoldAttribution(
                content=_span(text, "the plan would fail"),
                source=_span(text, "Mr. O'Hanlon"),
                cue=_span(text, "said"),
            )
        ],
    )
    pred = PredictedAttribution(
        content=_span(text, "the plan would fail"),
        source=_span(text, "Mr. O'Hanlon"),
        speaker_names=("Michael O'Hanlon",),
    )
    result = score([(gold, [pred], [_person(text, "O'Hanlon")])])
    assert result["resolution"] == {"resolved": 1, "total": 1, "rate": 1.0}
