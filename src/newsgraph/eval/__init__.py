"""Gold-format readers and scorers; each module exposes a click ``command`` for ``newsgraph eval``.

Modules: entities (CoNLL-2003 NER, GUM coreference), time (TimeML), quotes (PolNeAR BRAT),
places (LGL / TR-News / GeoWebNews XML), events (PLOVER JSONL).
"""

EVAL_NAMES = ("entities", "time", "quotes", "places", "events")
