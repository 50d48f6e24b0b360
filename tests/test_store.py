"""The store on both backends: idempotent ingest, cross-article linking, queries.

Records are built by hand (newsgraph.store.fixtures.RecordBuilder) from short news
texts written for these tests, so the behaviour under test does not depend on what
the extractors find today.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from newsgraph.record import validate
from newsgraph.store import Store, store_record
from newsgraph.store import schema as t
from newsgraph.store.fixtures import PIPELINE_INFO, RecordBuilder
from newsgraph.store.queries import entity_profile, events, quotes, search, stats, timeline

KABUL_CNN = (
    "Taliban spokesman Zabihullah Mujahid said on Monday that the group's fighters had "
    "attacked positions in Panjshir. “We tried to solve the problem through talks, but "
    "they refused and we had to send our forces,” Mujahid told reporters in Kabul."
)
KABUL_BBC = (
    "The Taliban attacked resistance positions in Panjshir on Tuesday, according to "
    "Mujahid. “We tried to solve the problem through talks but they refused, so we had "
    "to send forces,” the spokesman said."
)
MASSOUD = (
    "Ahmad Massoud, who leads the National Resistance Front, told the Taliban in an "
    "interview that his fighters would never surrender the Panjshir valley. "
    "“We will defend our homes,” Massoud said."
)


def build(store: Store, record) -> str:
    validate(record.as_dict())
    return store_record(store, record)


def cnn_record(*, pipeline=None, url="https://cnn.example/kabul"):
    b = RecordBuilder(KABUL_CNN, outlet="CNN", published="2021-08-31", url=url, pipeline=pipeline)
    taliban = b.entity("Taliban", "ORG")
    mujahid = b.entity(
        "Zabihullah Mujahid",
        mentions=["Zabihullah Mujahid", "Mujahid"],
        roles=["spokesman"],
        affiliations=[taliban],
    )
    panjshir = b.place("Panjshir", country="Afghanistan", admin1="Panjshir", precision="admin1", lat=35.3, lon=69.5, geonameid=1131461)  # fmt: skip
    kabul = b.place("Kabul", country="Afghanistan", admin1="Kabul", lat=34.5, lon=69.2, geonameid=1138958)  # fmt: skip
    monday = b.date("on Monday", "2021-08-30")
    q = b.quote(
        "We tried to solve the problem through talks, but they refused and we had to send our forces",
        speaker="Mujahid",
        speaker_entity=mujahid,
        addressee="reporters",
        date=monday,
        place=kabul,
    )
    b.event(
        "ASSAULT",
        "attacked",
        actor="fighters",
        actor_entity=taliban,
        place=panjshir,
        date=monday,
        quote=q,
        actor_sector="REB",
    )
    return b.build()


def bbc_record():
    b = RecordBuilder(KABUL_BBC, outlet="BBC", published="2021-09-01", url="https://bbc.example/p")
    taliban = b.entity("Taliban", "ORG", mentions=["The Taliban"])
    mujahid = b.entity("Mujahid", roles=["spokesman"], mentions=["Mujahid", "the spokesman"])
    panjshir = b.place("Panjshir", country="Afghanistan", admin1="Panjshir", precision="admin1", lat=35.3, lon=69.5, geonameid=1131461)  # fmt: skip
    tuesday = b.date("on Tuesday", "2021-08-31")
    b.quote(
        "We tried to solve the problem through talks but they refused, so we had to send forces",
        speaker="Mujahid",
        speaker_entity=mujahid,
    )
    b.event("ASSAULT", "attacked", actor="The Taliban", actor_entity=taliban, place=panjshir, date=tuesday)  # fmt: skip
    return b.build()


def massoud_record():
    b = RecordBuilder(MASSOUD, outlet="Reuters", published="2021-09-02")
    nrf = b.entity("National Resistance Front", "ORG")
    taliban = b.entity("Taliban", "ORG")
    massoud = b.entity(
        "Ahmad Massoud",
        mentions=["Ahmad Massoud", "Massoud"],
        roles=["leader"],
        affiliations=[nrf],
    )
    b.place("Panjshir", country="Afghanistan", admin1="Panjshir", precision="admin1", geonameid=1131461)  # fmt: skip
    b.quote(
        "We will defend our homes",
        speaker="Massoud",
        speaker_entity=massoud,
        addressee="the Taliban",
        addressee_entity=taliban,
        channel="interview",
    )
    return b.build()


@pytest.fixture
def store(store_url):
    with Store(store_url) as s:
        yield s


def count(store: Store, table) -> int:
    with store.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


# -- idempotent ingest ------------------------------------------------------------


def test_store_same_article_twice_is_stored_once(store):
    assert build(store, cnn_record()) == "added"
    before = {name: count(store, table) for name, table in _tables()}
    assert build(store, cnn_record()) == "unchanged"
    assert {name: count(store, table) for name, table in _tables()} == before
    assert stats(store) == {"articles": 1, "entities": 2, "quotes": 1, "events": 1, "places": 2}


def _tables():
    return [(table.name, table) for table in t.metadata.sorted_tables]


def test_store_new_pipeline_version_re_extracts_in_place(store):
    build(store, cnn_record())
    [before] = quotes(store, speaker="Mujahid")
    newer = dict(PIPELINE_INFO, version="test-2")
    assert build(store, cnn_record(pipeline=newer)) == "updated"
    [after] = quotes(store, speaker="Mujahid")
    assert count(store, t.articles) == 1
    assert count(store, t.entity_mentions) == 2 and count(store, t.event_reports) == 1
    # The global entity keeps its id; the quote row is new but is the same quotation.
    assert after["speaker_id"] == before["speaker_id"]
    assert stats(store)["quotes"] == 1
    with store.connect() as conn:
        version = conn.execute(select(t.articles.c.pipeline_version)).scalar_one()
    assert "test-2" in version


def test_store_same_url_with_new_text_replaces_the_article(store):
    build(store, cnn_record())
    corrected = RecordBuilder(
        KABUL_CNN.replace("Monday", "Sunday"),
        outlet="CNN",
        published="2021-08-31",
        url="https://cnn.example/kabul",
    )
    corrected.entity("Zabihullah Mujahid", mentions=["Zabihullah Mujahid", "Mujahid"])
    assert build(store, corrected.build()) == "updated"
    assert count(store, t.articles) == 1
    # What only the old version said is gone: no orphan quote group, event or place.
    assert stats(store) == {"articles": 1, "entities": 1, "quotes": 0, "events": 0, "places": 0}


def test_store_syndicated_copy_at_another_url_is_another_report(store):
    build(store, cnn_record())
    copy = cnn_record(url="https://affiliate.example/kabul")
    copy.article.outlet = "CNN Affiliate"
    assert build(store, copy) == "added"
    assert count(store, t.articles) == 2
    rows = quotes(store, speaker="Zabihullah Mujahid")
    assert len(rows) == 2 and {r["group"] for r in rows} == {rows[0]["group"]}
    assert rows[0]["n_outlets"] == 2


# -- linking ----------------------------------------------------------------------


def test_store_surname_links_to_the_one_known_full_name(store):
    build(store, cnn_record())
    build(store, bbc_record())
    with store.connect() as conn:
        ids = conn.execute(
            select(t.entity_mentions.c.name, t.entity_mentions.c.entity_id).where(
                t.entity_mentions.c.type == "PERSON"
            )
        ).all()
    assert len({entity_id for _, entity_id in ids}) == 1
    profile = entity_profile(store, "Mujahid")
    assert profile["name"] == "Zabihullah Mujahid"
    assert profile["articles"] == 2
    assert {"Zabihullah Mujahid", "Mujahid"} <= set(profile["names"])


def test_store_full_name_adopts_an_earlier_surname_only_entity(store):
    build(store, bbc_record())
    first = entity_profile(store, "Mujahid")
    assert first["name"] == "Mujahid"
    build(store, cnn_record())
    later = entity_profile(store, "Mujahid")
    assert later["id"] == first["id"]
    assert later["name"] == "Zabihullah Mujahid"


def _person_article(store, text, name, *, org, outlet, mentions=None):
    b = RecordBuilder(text, outlet=outlet, published="2024-05-02")
    org_id = b.entity(org, "ORG") if org else None
    b.entity(name, mentions=mentions or [name], affiliations=[org_id] if org_id else [])
    build(store, b.build())


def test_store_ambiguous_surname_stays_apart_unless_context_decides(store):
    _person_article(store, "John Smith of Acme Shipping said prices would rise.", "John Smith", org="Acme Shipping", outlet="A")  # fmt: skip
    _person_article(store, "Jane Smith of Baltic Freight warned of delays.", "Jane Smith", org="Baltic Freight", outlet="B")  # fmt: skip
    # No context: "Smith" could be either, so it is not merged into one of them.
    _person_article(
        store, "Smith declined to comment on the strike.", "Smith", org=None, outlet="C"
    )
    # An affiliation singles one out.
    _person_article(store, "Smith, speaking for Baltic Freight, confirmed the delays.", "Smith", org="Baltic Freight", outlet="D")  # fmt: skip
    with store.connect() as conn:
        rows = conn.execute(
            select(t.entity_mentions.c.name, t.entity_mentions.c.entity_id, t.articles.c.outlet)
            .join(t.articles, t.articles.c.id == t.entity_mentions.c.article_id)
            .where(t.entity_mentions.c.type == "PERSON")
        ).all()
    by_outlet = {outlet: entity_id for _, entity_id, outlet in rows}
    assert len({by_outlet["A"], by_outlet["B"], by_outlet["C"]}) == 3
    assert by_outlet["D"] == by_outlet["B"]


def test_store_titles_case_and_accents_do_not_split_an_entity(store):
    _person_article(store, "President Ashraf Ghani left the country.", "President Ashraf Ghani", org=None, outlet="A")  # fmt: skip
    _person_article(store, "ASHRAF GHANÍ was seen in Abu Dhabi.", "ASHRAF GHANÍ", org=None, outlet="B")  # fmt: skip
    _person_article(store, "Ashraf Ghani's aides declined to comment.", "Ashraf Ghani's", org=None, outlet="C")  # fmt: skip
    assert count(store, t.entities) == 1
    assert entity_profile(store, "ashraf ghani")["articles"] == 3


def test_store_different_people_with_different_names_stay_apart(store):
    build(store, cnn_record())
    build(store, massoud_record())
    assert entity_profile(store, "Massoud")["name"] == "Ahmad Massoud"
    assert entity_profile(store, "Massoud")["id"] != entity_profile(store, "Mujahid")["id"]


def test_store_quote_grouping_needs_similar_words_and_same_speaker(store):
    build(store, cnn_record())
    build(store, bbc_record())
    # A different speaker with the same words is another quotation.
    text = "“We tried to solve the problem through talks, but they refused,” said Amrullah Saleh."
    b = RecordBuilder(text, outlet="Tolo", published="2021-09-01")
    saleh = b.entity("Amrullah Saleh")
    b.quote("We tried to solve the problem through talks, but they refused", speaker="Amrullah Saleh", speaker_entity=saleh)  # fmt: skip
    build(store, b.build())
    # The same speaker saying something else is another quotation too.
    other = "“The war is over,” Zabihullah Mujahid said on Wednesday."
    b = RecordBuilder(other, outlet="Al Jazeera", published="2021-09-01")
    m = b.entity("Zabihullah Mujahid")
    b.quote("The war is over", speaker="Zabihullah Mujahid", speaker_entity=m)
    build(store, b.build())
    rows = quotes(store, speaker="Mujahid")
    groups = {}
    for row in rows:
        groups.setdefault(row["group"], set()).add(row["outlet"])
    assert sorted(groups.values(), key=len) == [{"Al Jazeera"}, {"BBC", "CNN"}]
    assert stats(store)["quotes"] == 3


def test_store_truncated_quote_joins_the_full_one(store):
    build(store, cnn_record())
    text = "Mujahid said: “We tried to solve the problem through talks.” He gave no details."
    b = RecordBuilder(text, outlet="AP", published="2021-08-31")
    m = b.entity("Mujahid")
    b.quote("We tried to solve the problem through talks", speaker="Mujahid", speaker_entity=m)
    build(store, b.build())
    assert len({r["group"] for r in quotes(store, speaker="Mujahid")}) == 1


def test_store_event_reports_merge_within_the_date_window(store):
    build(store, cnn_record())
    build(store, bbc_record())
    [event] = events(store, type="ASSAULT", place="Panjshir")
    assert event["n_reports"] == 2 and event["n_sources"] == 2
    assert event["outlets"] == ["BBC", "CNN"]
    assert event["date"] == "2021-08-30"


def _assault(store, *, day_text, day, place, outlet):
    text = f"Taliban fighters attacked {place} {day_text}, residents said."
    b = RecordBuilder(text, outlet=outlet, published="2021-09-20")
    taliban = b.entity("Taliban", "ORG")
    p = b.place(place, country="Afghanistan")
    d = b.date(day_text, day)
    b.event("ASSAULT", "attacked", actor="Taliban fighters", actor_entity=taliban, place=p, date=d)
    build(store, b.build())


def test_store_events_apart_in_time_or_place_stay_apart(store):
    _assault(store, day_text="on 1 September", day="2021-09-01", place="Bazarak", outlet="A")
    _assault(store, day_text="on 2 September", day="2021-09-02", place="Bazarak", outlet="B")
    _assault(store, day_text="on 15 September", day="2021-09-15", place="Bazarak", outlet="C")
    _assault(store, day_text="on 2 September", day="2021-09-02", place="Rukha", outlet="D")
    rows = events(store, type="assault")
    assert sorted(r["n_sources"] for r in rows) == [1, 1, 2]
    assert [r["outlets"] for r in events(store, place="Rukha")] == [["D"]]


def test_store_events_without_actor_or_place_are_not_merged(store):
    for outlet in ("A", "B"):
        text = f"Shots were fired overnight, witnesses told {outlet}."
        b = RecordBuilder(text, outlet=outlet, published="2021-09-20")
        b.event("ASSAULT", "Shots were fired")
        build(store, b.build())
    assert count(store, t.events) == 2


# -- queries ----------------------------------------------------------------------


def test_store_quote_filters(store):
    for record in (cnn_record(), bbc_record(), massoud_record()):
        build(store, record)
    assert {r["outlet"] for r in quotes(store, speaker="Mujahid", outlet="cnn")} == {"CNN"}
    assert [r["outlet"] for r in quotes(store, speaker="Mujahid", since="2021-09-01")] == ["BBC"]
    assert quotes(store, speaker="Mujahid", until="2021-08-01") == []
    assert [r["speaker"] for r in quotes(store, channel="interview")] == ["Ahmad Massoud"]
    assert [r["outlet"] for r in quotes(store, text="defend homes")] == ["Reuters"]
    assert quotes(store, speaker="Nobody Atall") == []
    row = quotes(store, speaker="Massoud")[0]
    assert MASSOUD[row["start"] : row["end"]] == row["text"]


def test_store_event_filters(store):
    build(store, cnn_record())
    assert len(events(store, type="ASSAULT", place="Panjshir", status="asserted")) == 1
    assert events(store, type="ASSAULT", status="negated") == []
    assert events(store, place="Kandahar") == []
    assert len(events(store, actor="Taliban", since="2021-08-30", until="2021-08-30")) == 1
    assert events(store, actor="Taliban", since="2021-09-01") == []


def test_store_entity_profile_has_roles_affiliations_and_who_they_talk_to(store):
    for record in (cnn_record(), bbc_record(), massoud_record()):
        build(store, record)
    profile = entity_profile(store, "Ahmad Massoud")
    assert [r["role"] for r in profile["roles"]] == ["leader"]
    assert [a["name"] for a in profile["affiliations"]] == ["National Resistance Front"]
    assert [q["text"] for q in profile["quotes"]] == ["We will defend our homes"]
    assert {(x["name"], x["relation"]) for x in profile["talks_to"]} == {("Taliban", "addressed")}
    taliban = entity_profile(store, "Taliban")
    assert ("Ahmad Massoud", "addressed by") in {(x["name"], x["relation"]) for x in taliban["talks_to"]}  # fmt: skip
    assert [e["type"] for e in taliban["events"]] == ["ASSAULT"]
    assert entity_profile(store, "Nobody Atall") is None


def test_store_timeline_is_in_date_order(store):
    for record in (cnn_record(), bbc_record(), massoud_record()):
        build(store, record)
    items = timeline(store, "Panjshir")
    assert [i["kind"] for i in items] == ["event"]
    items = timeline(store, "Mujahid")
    dates = [i["date"] for i in items]
    assert dates == sorted(dates) and len(items) == 2
    assert items[0]["date"] == "2021-08-30"  # the quote's own date, not publication


def test_store_search_finds_articles_and_quotes(store):
    for record in (cnn_record(), massoud_record()):
        build(store, record)
    hits = search(store, "defend homes")
    assert {h["kind"] for h in hits} == {"article", "quote"}
    assert all(h["outlet"] == "Reuters" for h in hits)
    assert search(store, "resistance front")[0]["kind"] == "article"
    assert search(store, "zebra crossing") == []
    assert search(store, '"') == []


def test_store_reopening_does_not_migrate_again(store_url):
    with Store(store_url) as first:
        build(first, cnn_record())
    with Store(store_url) as again:
        assert stats(again)["articles"] == 1


def test_store_stage_errors_are_kept_with_their_article(store):
    from newsgraph.record import ErrorItem
    from newsgraph.store.queries import errors

    record = massoud_record()
    record.errors.append(ErrorItem(code="stage_failed", message="ValueError: boom", stage="events"))
    build(store, record)
    [error] = errors(store)
    assert (error["source"], error["stage"], error["code"]) == (record.article.id, "events", "stage_failed")  # fmt: skip
    # Re-extracting the article replaces its errors instead of piling them up.
    record.pipeline = dict(PIPELINE_INFO, version="test-2")
    build(store, record)
    assert len(errors(store)) == 1


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Gen. Ahmad Shah Massoud's", "ahmad shah massoud"),
        ("PRESIDENT Ashraf Ghaní", "ashraf ghani"),
        ("the Taliban", "taliban"),
        ("Abdul-Ghani Baradar", "abdul ghani baradar"),
        ("President", "president"),  # a title alone stays a name
        ("Mr. O’Brien", "obrien"),
        ("Ahmad Massoud’s", "ahmad massoud"),
    ],
)
def test_store_name_key(name, key):
    from newsgraph.store.names import name_key

    assert name_key(name) == key


@pytest.mark.parametrize(
    ("alias", "indexed"),
    [("Mujahid", True), ("He", False), ("they", False), ("the spokesman", False), ("UN", True)],
)
def test_store_aliases_that_are_not_names_are_not_indexed(alias, indexed):
    from newsgraph.store.names import looks_like_name

    assert looks_like_name(alias) is indexed
