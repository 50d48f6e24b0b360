"""A "they" that speaks for two people named together is filed under the first named,
as "X and Y said" is (issue 3): not under a place or body named beside them."""

from __future__ import annotations

from coref_helpers import cluster_at
from newsgraph.extract.entities import build_clusters
from quote_helpers import by_content, speaker_name


def test_they_argue_after_two_named_authors_is_the_first_author(extract):
    text = (
        "In a new book, Stephen S. Cohen and J. Bradford DeLong of the University of "
        "California, Berkeley suggest that the decline was the fault of policy choices.\n\n"
        "The United States might have leaned against the export strategy, they argue, by "
        "insisting more forcefully that the currency rise."
    )
    record = extract(text)
    quote = by_content(record, "might have leaned")
    assert quote.speaker is not None and quote.speaker.text == "they"
    assert speaker_name(record, quote) == "Stephen S. Cohen"


def test_they_say_after_two_senators_is_the_first_senator(extract):
    text = (
        "But Mr. Grassley and Mr. Leahy say other changes are needed. "
        "The visa program has expanded well beyond its original intent, they say."
    )
    record = extract(text)
    quote = by_content(record, "expanded well beyond")
    assert quote.speaker is not None and quote.speaker.text == "they"
    assert speaker_name(record, quote) == "Grassley"


def test_a_they_that_does_not_speak_is_not_the_first_of_the_pair(pipeline):
    text = (
        "Thomas Reyes and his wife Manju Reyes are on trial over the death of their "
        "daughter. She died of an infection after they shunned medical treatment."
    )
    clusters = build_clusters(pipeline.nlp(text))
    reyes = cluster_at(clusters, text, "Thomas Reyes")
    they = cluster_at(clusters, text, "they")
    assert reyes is not None
    assert they is None or they.idx != reyes.idx
