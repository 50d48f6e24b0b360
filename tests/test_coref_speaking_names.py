"""A one-word name the tagger took for a nationality or place, but that speaks and is
described as a person, is a person (issue 3: speakers typed as places lost their "he")."""

from __future__ import annotations

from coref_helpers import cluster_at
from newsgraph.extract.entities import build_clusters


def test_speaking_nationality_with_a_person_apposition_is_a_person(pipeline):
    # the tagger reads "Smbatyan" as a nationality (NORP) each time
    text = (
        "The Armenian community marked the anniversary on Sunday. "
        "Smbatyan, a history professor, said the recognition was long overdue. "
        "Smbatyan added, \u201cWe will not forget.\u201d "
        "He said the march would go on."
    )
    clusters = build_clusters(pipeline.nlp(text))
    smbatyan = cluster_at(clusters, text, "Smbatyan")
    assert smbatyan is not None and smbatyan.etype == "PERSON"
    he = cluster_at(clusters, text, "He")
    assert he is not None and he.idx == smbatyan.idx


def test_a_known_place_that_speaks_stays_a_place(pipeline):
    text = (
        "Talks on the border dispute stalled on Monday. "
        "Moscow said the proposal was unacceptable, and Kyiv said it would not wait."
    )
    clusters = build_clusters(pipeline.nlp(text))
    moscow = cluster_at(clusters, text, "Moscow")
    assert moscow is not None and moscow.etype == "PLACE"


def test_a_nationality_in_apposition_to_a_role_is_a_person(pipeline):
    # "Roman Petrosyan" is tagged a nationality (NORP) for its given name; the
    # apposed role ("a professor of history") says it is a person, whom "He" continues
    text = (
        "Roman Petrosyan, a professor of history at the university, said the vote had "
        "been expected for years. He said the community would march on Sunday."
    )
    clusters = build_clusters(pipeline.nlp(text))
    petrosyan = cluster_at(clusters, text, "Roman Petrosyan")
    assert petrosyan is not None and petrosyan.etype == "PERSON"
    he = cluster_at(clusters, text, "He")
    assert he is not None and he.idx == petrosyan.idx
