"""A title run into a name with no comma ("Senate Majority Leader Chuck Schumer") names
the person, not the body inside the title, for quote speakers and event parties alike."""

from __future__ import annotations

TEXT = (
    "Senate Majority Leader Chuck Schumer on Monday urged Republicans to back a "
    "bipartisan border bill.\n\n"
    "\u201cIt is the best deal we will get,\u201d Schumer said."
)


def _names(record):
    return {e.id: e.name for e in record.entities}


def test_a_titled_speaker_is_the_person_not_the_senate(extract):
    record = extract(TEXT)
    names = _names(record)
    urged = next(q for q in record.quotes if q.cue is not None and q.cue.text == "urged")
    assert urged.speaker is not None
    assert urged.speaker.text == "Senate Majority Leader Chuck Schumer"
    assert names[urged.speaker.entity] == "Chuck Schumer"


def test_a_titled_actor_is_the_person_not_the_senate(extract):
    record = extract(TEXT)
    names = _names(record)
    request = next(e for e in record.events if e.trigger.text == "urged")
    assert request.actor is not None
    assert names[request.actor.entity] == "Chuck Schumer"
    assert request.actor.text.endswith("Chuck Schumer")
