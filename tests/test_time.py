"""Time expressions: detection extents and TIMEX3 values on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.extract.time import normalise, reanchor
from newsgraph.record import DateItem


def _dates(record):
    return {d.text: d for d in record.dates}


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # Weekdays: the nearest past one for past tense, the anchor day itself included.
        (
            "The minister resigned on Tuesday after weeks of pressure.",
            "2021-08-25",
            "Tuesday",
            "2021-08-24",
        ),
        (
            "Bombs exploded outside the embassy Friday, witnesses said.",
            "1998-08-07",
            "Friday",
            "1998-08-07",
        ),
        (
            "Police said the suspect was arrested Sunday night near the border.",
            "2021-08-25",
            "Sunday night",
            "2021-08-22",
        ),
        # ... and the next one when the clause looks ahead.
        ("The committee will vote on the proposal Friday.", "2021-08-25", "Friday", "2021-08-27"),
        (
            "Talks are expected to resume next Monday in Geneva.",
            "2021-08-25",
            "next Monday",
            "2021-08-30",
        ),
    ],
)
def test_time_weekdays(extract, text, published, phrase, value):
    found = _dates(extract(text, published=published))
    assert found[phrase].value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value", "precision"),
    [
        (
            "Officials told reporters this week that the border would stay shut.",
            "this week",
            "2021-W34",
            "week",
        ),
        ("Exports fell sharply last month, the ministry said.", "last month", "2021-07", "month"),
        ("The company cut 300 jobs last week.", "last week", "2021-W33", "week"),
        ("Elections are due next year.", "next year", "2022", "year"),
        ("Prices have risen this year by almost a fifth.", "this year", "2021", "year"),
        ("Turnout was low yesterday in the capital.", "yesterday", "2021-08-24", "day"),
        ("The ceasefire has held since August 15.", "August 15", "2021-08-15", "day"),
        (
            "He was killed on September 9, 2001, in the valley.",
            "September 9, 2001",
            "2001-09-09",
            "day",
        ),
        ("Floods hit the region last summer.", "last summer", "2020-SU", "month"),
        ("The plant opened in March 2019.", "March 2019", "2019-03", "month"),
        ("The blast happened at 6 a.m. Tuesday.", "6 a.m. Tuesday", "2021-08-24T06:00", "time"),
        ("The law took effect in 1998 after a long fight.", "1998", "1998", "year"),
    ],
)
def test_time_relative_to_publication(extract, text, phrase, value, precision):
    found = _dates(extract(text, published="2021-08-25"))
    assert phrase in found, sorted(found)
    assert (found[phrase].value, found[phrase].precision) == (value, precision)


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # Across the new year: a late-December day in an early-January report is last year's.
        (
            "The fire broke out on December 28 and burned for days.",
            "2022-01-03",
            "December 28",
            "2021-12-28",
        ),
        ("The trial will open on January 10 in Nairobi.", "2021-12-20", "January 10", "2022-01-10"),
        ("Retail sales slumped in December, the agency said.", "2022-01-14", "December", "2021-12"),
        (
            "Earnings for the fourth quarter fell 12 percent.",
            "2022-01-20",
            "the fourth quarter",
            "2021-Q4",
        ),
        (
            "Profit rose in the third quarter as demand recovered.",
            "2021-10-20",
            "the third quarter",
            "2021-Q3",
        ),
    ],
)
def test_time_year_inference(extract, text, published, phrase, value):
    found = _dates(extract(text, published=published))
    assert found[phrase].value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value", "precision", "mod"),
    [
        ("Sales collapsed in the 1980s and never recovered.", "the 1980s", "198X", "decade", None),
        ("The group rose to power in the late 1990s.", "the late 1990s", "199X", "decade", "END"),
        ("The dam was built in the mid-1970s.", "the mid-1970s", "197X", "decade", "MID"),
        (
            "Rents climbed steadily in the early 2000s.",
            "the early 2000s",
            "200X",
            "decade",
            "START",
        ),
        (
            "Such floods were unknown in the 20th century.",
            "the 20th century",
            "19XX",
            "century",
            None,
        ),
        ("Work will finish in early 2022.", "early 2022", "2022", "year", "START"),
        ("Protests began in mid-March.", "mid-March", "2021-03", "month", "MID"),
    ],
)
def test_time_decades_centuries_and_parts(extract, text, phrase, value, precision, mod):
    found = _dates(extract(text, published="2021-08-25"))
    item = found[phrase]
    assert (item.value, item.precision, item.mod) == (value, precision, mod)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Our record in the past 40 years speaks for itself.", "the past 40 years", "P40Y"),
        ("The siege lasted three months.", "three months", "P3M"),
        ("He died two days before the election.", "two days", "P2D"),
        ("The board approved a 10-year plan.", "10-year", "P10Y"),
        ("Rescuers worked for 36 hours without rest.", "36 hours", "PT36H"),
        ("The talks could take several weeks.", "several weeks", "PXW"),
        ("She served nearly two decades in parliament.", "nearly two decades", "P20Y"),
    ],
)
def test_time_durations(extract, text, phrase, value):
    found = _dates(extract(text, published="2021-08-25"))
    item = found[phrase]
    assert (item.value, item.timex_type, item.precision) == (value, "DURATION", "duration")


def test_time_duration_before_an_event_is_not_a_date(extract):
    record = extract("He was shot two days before the towers fell.", published="2021-08-25")
    assert [d.value for d in record.dates] == ["P2D"]


@pytest.mark.parametrize(
    ("text", "not_a_date"),
    [
        ("The 32-year-old resistance leader spoke from the valley.", "32-year-old"),
        ("A man aged 45 was detained at the scene.", "45"),
        ("The decades-old feud flared again.", "decades-old"),
        ("The victim, 23 years old, was a student.", "23 years"),
        ("Officials may announce the results within hours of the count.", "may"),
        ("One of them said the group would march on the capital.", "One"),
        ("He has been in his forties since the war began.", "forties"),
        ("We knew this day might come.", "this day"),
        ("They sold 1500 cars and 200 trucks.", "1500"),
        ("The fall of Kabul shocked the world.", "fall"),
        ("A second attack hit the convoy.", "second"),
    ],
)
def test_time_non_dates_are_not_dates(extract, text, not_a_date):
    record = extract(text, published="2021-08-25")
    start = text.index(not_a_date)
    end = start + len(not_a_date)
    assert [d.text for d in record.dates if d.start < end and start < d.end] == []


def test_time_ages_leave_no_date(extract):
    record = extract(
        "The 32-year-old commander and his 8-month-old son fled the decades-old conflict.",
        published="2021-08-25",
    )
    assert record.dates == []


def test_time_without_publication_date_leaves_values_open(extract):
    record = extract("The talks ended on Tuesday. Today the city is calm. Rain fell on March 3.")
    found = _dates(record)
    assert found["Tuesday"].value == "XXXX-WXX-2"
    assert found["Today"].value == "PRESENT_REF"
    assert found["March 3"].value == "XXXX-03-03"


def test_time_sets_and_present_ref(extract):
    found = _dates(
        extract(
            "The ferry now runs daily and the market opens every Thursday.", published="2021-08-25"
        )
    )
    assert (found["daily"].value, found["daily"].timex_type) == ("P1D", "SET")
    assert found["every Thursday"].value == "XXXX-WXX-4"
    assert found["now"].value == "PRESENT_REF"


def test_time_anaphora_follows_the_last_date(extract):
    text = "The fighting began on March 3, 2014. That day, troops crossed the border. The next day they withdrew."
    found = _dates(extract(text, published="2021-08-25"))
    assert found["That day"].value == "2014-03-03"
    assert found["The next day"].value == "2014-03-04"
    # Computed from the earlier date, not from the publication date: say so.
    assert found["The next day"].anchor == "2014-03-03"
    assert found["March 3, 2014"].anchor is None


def test_time_offsets_point_into_the_text(extract):
    text = "On Tuesday, in Kabul, the spokesman said talks would resume this week."
    record = extract(text, published="2021-08-25")
    for d in record.dates:
        assert text[d.start : d.end] == d.text
    assert [d.text for d in record.dates] == ["Tuesday", "this week"]


@pytest.mark.parametrize(
    ("phrase", "anchor", "value"),
    [
        ("today", "2021-08-18", "2021-08-18"),
        ("yesterday", "2021-08-18", "2021-08-17"),
        ("this week", "2021-08-18", "2021-W33"),
        ("last month", "2021-01-05", "2020-12"),
        ("on Tuesday", "2021-08-18", "2021-08-17"),
        ("the late 1990s", None, "199X"),
        ("the past 40 years", None, "P40Y"),
    ],
)
def test_time_normalise_against_any_anchor(phrase, anchor, value):
    timex = normalise(phrase, anchor=anchor)
    assert timex is not None and timex.value == value


def test_time_normalise_rejects_non_dates():
    assert normalise("32-year-old") is None
    assert normalise("the resistance") is None


def test_time_reanchor_today_in_an_op_ed():
    item = DateItem(id="d9", start=100, end=105, text="today", value="2021-08-25", precision="day")
    moved = reanchor(item, "2021-08-18")
    assert (moved.id, moved.start, moved.end, moved.text) == ("d9", 100, 105, "today")
    assert (moved.value, moved.precision, moved.anchor) == ("2021-08-18", "day", "2021-08-18")


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # Future in the past: "would" looks ahead of the report.
        ("He said he would meet the king on Thursday.", "2021-08-25", "Thursday", "2021-08-26"),
        # No tense cue: the closer one.
        ("The ceremony is scheduled for Saturday.", "2013-09-05", "Saturday", "2013-09-07"),
        # A possessive weekday names something that already happened.
        (
            "They would appeal Wednesday's ruling, lawyers said.",
            "2000-01-07",
            "Wednesday",
            "2000-01-05",
        ),
        # Quarters: the one just reported, in any tense, unless it has not begun.
        (
            "Third-quarter profit will be reported next month.",
            "2021-10-20",
            "Third-quarter",
            "2021-Q3",
        ),
        (
            "The fourth-quarter figures will be released on Jan. 15.",
            "2013-09-05",
            "fourth-quarter",
            "2013-Q4",
        ),
        ("Over the past decade, prices have doubled.", "2021-08-25", "the past decade", "P10Y"),
    ],
)
def test_time_direction_cues(extract, text, published, phrase, value):
    found = _dates(extract(text, published=published))
    assert found[phrase].value == value


TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>test</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-08-25" temporalFunction="false" functionInDocument="CREATION_TIME">2021-08-25</TIMEX3></DCT>
<TEXT>
Rebels &amp; troops clashed <TIMEX3 tid="t1" type="DATE" value="2021-08-24">Tuesday</TIMEX3>, and talks resumed <TIMEX3 tid="t2" type="DATE" value="2021-W34">this week</TIMEX3> after <TIMEX3 tid="t3" type="DURATION" value="P40Y">the past 40 years</TIMEX3> of war. The 32-year-old envoy left <TIMEX3 tid="t4" type="DATE" value="2021-07">last month</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_time_timeml_reader_strips_tags_and_keeps_offsets(tmp_path):
    from newsgraph.eval.timeml import read_tml

    path = tmp_path / "doc.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_tml(path)
    assert doc.dct == "2021-08-25"
    assert "Rebels & troops" in doc.text and "<" not in doc.text
    assert [t.text for t in doc.timexes] == [
        "Tuesday",
        "this week",
        "the past 40 years",
        "last month",
    ]
    assert all(doc.text[t.start : t.end] == t.text for t in doc.timexes)


def test_time_eval_command_scores_a_tml_folder(tmp_path):
    import json

    from click.testing import CliRunner

    from newsgraph.eval.time import command

    (tmp_path / "doc.tml").write_text(TML, encoding="utf-8")
    result = CliRunner().invoke(command, ["--gold", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["strict"] == {"p": 1.0, "r": 1.0, "f1": 1.0}
    assert scores["relaxed"]["f1"] == 1.0
    assert scores["value"]["accuracy"] == 1.0
    assert scores["counts"]["gold"] == 4


def test_time_eval_scorer_counts_partial_overlaps_as_relaxed_only():
    from newsgraph.eval.time import Predicted, score_doc
    from newsgraph.eval.timeml import Timex

    gold = [
        Timex(10, 19, "this week", "DATE", "2021-W34"),
        Timex(30, 35, "today", "DATE", "2021-08-25"),
    ]
    predicted = [Predicted(2, 19, "2021-W34", "DATE"), Predicted(40, 44, "P1D", "DURATION")]
    scores = score_doc(gold, predicted).as_dict()
    assert scores["strict"]["p"] == 0.0
    assert scores["relaxed"] == {"p": 0.5, "r": 0.5, "f1": 0.5}
    assert scores["value"]["accuracy"] == 1.0


@pytest.mark.parametrize(
    ("text", "not_a_timex"),
    [
        ("The stock pays a dividend of $1.76 a year.", "a year"),
        ("Qantas runs four flights a week to Bombay.", "a week"),
        ("The Communist Party daily Granma printed the letter.", "daily"),
        ("Both men are in their 30s.", "30s"),
    ],
)
def test_time_rates_and_names_are_not_timexes(extract, text, not_a_timex):
    record = extract(text, published="2021-08-25")
    assert not_a_timex not in [d.text for d in record.dates]


def test_time_stage_runs_on_a_doc_without_parse():
    import spacy

    from newsgraph.article import Article
    from newsgraph.extract import time as time_stage
    from newsgraph.extract.findings import Findings

    nlp = spacy.blank("en")
    text = "Talks collapsed on August 15 and resumed this week."
    found = Findings(article=Article(text=text, published="2021-08-25"))
    items = time_stage.extract(nlp(text), found)
    assert [(d.text, d.value) for d in items] == [
        ("August 15", "2021-08-15"),
        ("this week", "2021-W34"),
    ]


def test_time_year_ago_in_an_earnings_report_is_the_year_ago_quarter(extract):
    text = (
        "Net income rose 5% in the third quarter ended Sept. 30. "
        "A year earlier, the company earned $2 million, and sales for the full year should grow."
    )
    found = _dates(extract(text, published="1989-10-25"))
    assert found["the third quarter"].value == "1989-Q3"
    assert found["A year earlier"].value == "1988-Q3"
    assert found["the full year"].value == "1989"


def test_time_a_year_ago_without_a_quarter_is_last_year(extract):
    found = _dates(extract("The factory closed a year ago.", published="2021-08-25"))
    assert found["a year ago"].value == "2020"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Sunday Times reported the deal.", "Sunday"),
        ("Marchers remembered Bloody Sunday in Derry.", "Sunday"),
        ("Candidates campaigned hard before Super Tuesday.", "Tuesday"),
    ],
)
def test_time_weekdays_inside_names_are_not_dates(extract, text, name):
    record = extract(text, published="2021-08-25")
    assert name not in [d.text for d in record.dates]


def test_time_weekday_after_a_common_word_is_still_a_date(extract):
    found = _dates(extract("The good news came Friday.", published="2021-08-25"))
    assert found["Friday"].value == "2021-08-20"


def test_time_weekday_before_a_lowercase_word_is_a_date(extract):
    found = _dates(extract("On Sunday people gathered in the square.", published="2021-08-25"))
    assert found["Sunday"].value == "2021-08-22"


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # An infinitive under a verb of planning looks ahead even when that verb is past.
        (
            "The team planned to leave Nairobi on Thursday for Dar es Salaam.",
            "1998-09-30",
            "Thursday",
            "1998-10-01",
        ),
        # ... but under an ordinary past verb it reports what happened.
        ("He went on to win the race on Thursday.", "1998-09-30", "Thursday", "1998-09-24"),
        # "since" points back even in a clause about the future.
        (
            "The carrier, on patrol since March, was scheduled to return home.",
            "1990-08-13",
            "March",
            "1990-03",
        ),
        # An evening carries TimeML's part-of-day code; a night keeps the plain day.
        ("Rebels attacked the town on Friday evening.", "1998-10-25", "Friday evening",
         "1998-10-23TEV"),
        ("Rebels attacked the town on Friday night.", "1998-10-25", "Friday night", "1998-10-23"),
    ],
)  # fmt: skip
def test_time_tense_cues(extract, text, published, phrase, value):
    assert _dates(extract(text, published=published))[phrase].value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value", "timex_type"),
    [
        ("The flights leave on Tuesday nights from March.", "Tuesday nights", "XXXX-WXX-2TNI",
         "SET"),
        ("The market is closed on Sundays.", "Sundays", "XXXX-WXX-7", "SET"),
        ("The vote took a minute and a half.", "a minute and a half", "PT1M30S", "DURATION"),
        ("The strike lasted two and a half years.", "two and a half years", "P2Y6M", "DURATION"),
        ("Shares were up at mid-afternoon yesterday.", "mid-afternoon yesterday",
         "2021-08-24TAF", "TIME"),
        ("Talks resume in the week of September 6.", "the week of September 6", "2021-W36",
         "DATE"),
        ("The then current chairman resigned.", "then current", "PAST_REF", "DATE"),
    ],
)  # fmt: skip
def test_time_sets_fractions_parts(extract, text, phrase, value, timex_type):
    item = _dates(extract(text, published="2021-08-25"))[phrase]
    assert (item.value, item.timex_type) == (value, timex_type)


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # A bare clock time takes the day its sentence names ...
        ("The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.",
         "1998-08-08", "10:35 a.m.", "1998-08-07T10:35"),
        # ... and the publication day when the sentence names none.
        ("The blast occurred at about 10:35 a.m., toppling a building.", "1998-08-08",
         "10:35 a.m.", "1998-08-08T10:35"),
        # Things put off until a day, or done ahead of one, look ahead.
        ("Officials postponed until Tuesday morning any action on the case.", "2000-03-30",
         "Tuesday morning", "2000-04-04"),
        ("Traders squared positions ahead of the weekend.", "1989-10-30", "the weekend",
         "1989-W44-WE"),
        # A modal deadline looks ahead, though the reporting verb is past; a modal
        # perfect looks back (Wednesday 2025-11-05 is in ISO week 45).
        ("Forecasters said another storm could form over the Pacific by the weekend.",
         "2025-11-05", "the weekend", "2025-W45-WE"),
        ("Forecasters said the storm could have weakened by the weekend.",
         "2025-11-05", "the weekend", "2025-W44-WE"),
    ],
)  # fmt: skip
def test_time_day_from_context(extract, text, published, phrase, value):
    assert _dates(extract(text, published=published))[phrase].value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # What is planned or scheduled for a weekday lies ahead ...
        ("Protesters planned a large demonstration in Little Havana on Saturday.", "Saturday",
         "2000-01-08"),
        ("The prosecutor has scheduled a news conference Thursday.", "Thursday", "2000-01-13"),
        # ... but not the day the planning was reported, nor a plan that was dropped.
        ("On Friday, the government planned to pay the first victims.", "Friday", "2000-01-07"),
        ("A memorial service planned at the university for Saturday was canceled.", "Saturday",
         "2000-01-01"),
    ],
)  # fmt: skip
def test_time_plans_look_ahead(extract, text, phrase, value):
    assert _dates(extract(text, published="2000-01-07"))[phrase].value == value


def test_time_quoted_titles_are_not_dates(extract):
    record = extract(
        'Baker, speaking on ABC News\' "This Week," said the request was legal. '
        '"Last April we asked for help," he added. He watched "Today" at home this week.',
        published="1990-08-13",
    )
    found = _dates(record)
    assert "This Week" not in found
    assert "Today" not in found
    assert found["Last April"].value == "1990-04"
    assert found["this week"].value == "1990-W33"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Sales should beat FY2013 and FY'12 but trail H1 2014.", "FY2013", "2013"),
        ("Sales should beat FY2013 and FY'12 but trail H1 2014.", "FY'12", "2012"),
        ("Sales should beat FY2013 and FY'12 but trail H1 2014.", "H1 2014", "2014-H1"),
        # A holiday is read like a month-day: the nearest one, here six days ahead.
        ("Pilgrims arrived for Easter week.", "Easter week", "2000-W16"),
        ("Pilgrims arrived for Easter.", "Easter", "2000-04-23"),
        ("Families met at Christmas.", "Christmas", "1999-12-25"),
        ("Such storms were rare for centuries.", "centuries", "PXC"),
    ],
)
def test_time_fiscal_halves_holidays(extract, text, phrase, value):
    assert _dates(extract(text, published="2000-04-17"))[phrase].value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Oil fell to levels seen in the winter of nineteen ninety-four.",
         "the winter of nineteen ninety-four", "1994-WI"),
        ("In nineteen ninety-one Charles Keating was convicted.", "nineteen ninety-one", "1991"),
        ("Repairs will take two to three weeks.", "two to three weeks", "PXW"),
        ("A year earlier UniFirst earned $3 million.", "A year earlier", "1997"),
        ("Right now the market is calm.", "now", "PRESENT_REF"),
        ("Until recently the plant was closed.", "recently", "PAST_REF"),
    ],
)  # fmt: skip
def test_time_extents_and_spoken_years(extract, text, phrase, value):
    assert _dates(extract(text, published="1998-02-23"))[phrase].value == value


def test_time_spoken_thousand_before_a_plural_is_a_count(extract):
    found = _dates(extract("Some two thousand troops arrived.", published="1998-02-23"))
    assert not any(d.value == "2000" for d in found.values())


def test_normalise_keeps_meaningful_prepositions():
    assert normalise("at present", anchor="2013-03-22").value == "PRESENT_REF"
    assert normalise("since August 15", anchor="2013-03-22").value == "2012-08-15"
    assert normalise("on Tuesday", anchor="2013-03-22", tense="past").value == "2013-03-19"


def test_time_following_month_counts_from_a_cued_month(extract):
    record = extract(
        "In January, the company hired a new chief. In March, it received an offer. "
        "The following month, the company put itself up for sale.",
        published="1989-10-27",
    )
    assert _dates(record)["The following month"].value == "1989-04"


def test_time_since_governs_a_date_inside_a_noun_phrase(extract):
    record = extract(
        "Investigators have been searching for Kopp since the Oct. 23 slaying.",
        published="1999-05-06",
    )
    assert _dates(record)["Oct. 23"].value == "1998-10-23"


def test_time_clock_time_and_verb_last(extract):
    record = extract(
        "Dock workers walked off the job on Wednesday.\n\n"
        "The strike began at 6 a.m. and is expected to last 48 hours.",
        published="2024-03-14",
    )
    found = _dates(record)
    assert found["6 a.m."].value == "2024-03-13T06:00"
    assert found["48 hours"].value == "PT48H"
    assert "last 48 hours" not in found


def test_time_doubled_spaces_do_not_hide_cues(extract):
    record = extract(
        "Scharping, ending a two-day  visit, said the carrier has been on patrol since  March "
        "and will sail ahead of  the weekend.",
        published="1990-08-13",
    )
    found = _dates(record)
    assert found["two-day"].value == "P2D"
    assert found["March"].value == "1990-03"
    assert found["the weekend"].value == "1990-W33-WE"


def test_time_a_week_within_a_month_is_one_expression(extract):
    record = extract(
        "The grid operator expects peak demand in the last week of January, and the "
        "repairs finished in the first week of March 2025.",
        published="2025-11-03",
    )
    found = _dates(record)
    # 2026-01-31 is a Saturday: the week of 26 January holds most of its last days
    assert found["the last week of January"].value == "2026-W05"
    assert found["the first week of March 2025"].value == "2025-W10"
    assert "the last week" not in found


def test_time_a_visit_that_is_due_lies_ahead(extract):
    record = extract(
        "An envoy is due in Kyiv on Thursday, three days after talks in Moscow, the ministry said.",
        published="2025-11-03",
    )
    assert _dates(record)["Thursday"].value == "2025-11-06"


def test_time_figures_due_or_expected_lie_ahead(extract):
    record = extract(
        "Exports fell 14.5% in July, data showed on Tuesday. Inflation data due on "
        "Wednesday is expected to show prices fell. A ruling is expected on Friday, the "
        "court said. Earnings were expected on Thursday, but the company delayed them.",
        published="2023-08-08",  # a Tuesday
    )
    found = _dates(record)
    assert found["Tuesday"].value == "2023-08-08"
    assert found["Wednesday"].value == "2023-08-09"
    assert found["Friday"].value == "2023-08-11"
    assert found["Thursday"].value == "2023-08-03"


def test_time_a_weekday_of_a_named_week(extract):
    record = extract(
        "The Bank of England decides on Thursday next week. The board met on Monday last "
        "week, and its next meeting is on January 29-30.",
        published="2025-12-12",  # a Friday
    )
    found = _dates(record)
    assert found["Thursday next week"].value == "2025-12-18"
    assert found["Monday last week"].value == "2025-12-01"
    assert found["January 29-30"].value == "2026-01-29"
    assert "next week" not in found


def test_time_a_season_in_december_looks_the_right_way(extract):
    record = extract(
        "Markets now price a first cut by the end of the summer. Growth slowed in the "
        "summer, the bank said, and it hopes to lift rates next spring.",
        published="2025-12-12",
    )
    found = _dates(record)
    assert found["the end of the summer"].value == "2026-SU"
    assert found["the summer"].value == "2025-SU"
    assert found["next spring"].value == "2026-SP"


def test_time_an_end_date_in_a_present_clause_lies_ahead(extract):
    record = extract(
        "The measure, approved 85-11, keeps agencies funded through March 14 and includes "
        "$100 billion in disaster aid.",
        published="2024-12-21",
    )
    assert _dates(record)["March 14"].value == "2025-03-14"


def test_time_a_month_in_a_present_clause_under_a_past_reporting_verb_lies_ahead(extract):
    # "said" is past, but the expectation it reports is present and the month is ahead
    record = extract(
        "The company said it now expects sales of $2.2 billion for the three months "
        "ending in June. Its profit fell in January, it said.",
        published="2024-03-04",
    )
    found = _dates(record)
    assert found["June"].value == "2024-06"
    assert found["January"].value == "2024-01"


def test_time_a_participle_clause_in_a_verbless_sentence_ends(extract):
    # Root is a noun: climbing from "ending" to a finite verb must stop at the root
    # (this once looped forever, since Token objects are made afresh on each access).
    record = extract(
        "Sales for the three months ending in June. Profit for the quarter ending in March.",
        published="2024-03-04",
    )
    found = _dates(record)
    assert set(found) >= {"June", "March"}


def test_time_wire_clock_times_with_a_zone_are_times_not_years(extract):
    record = extract(
        "Brent crude fell 2% to $70.10 a barrel by 1430 GMT on Tuesday. Polls close "
        "at 2000 local time.",
        published="2021-08-25",
    )
    found = _dates(record)
    # the clock time takes the day its sentence names
    assert found["1430 GMT"].value == "2021-08-24T14:30"
    assert found["1430 GMT"].timex_type == "TIME"
    assert found["2000 local time"].timex_type == "TIME"
    assert found["2000 local time"].value.endswith("T20:00")
    assert "1430" not in found and "2000" not in found


def test_time_a_bracketed_zone_conversion_is_left_out(extract):
    found = _dates(
        extract("The blast went off at 10:35 a.m. (0735 GMT) Friday.", published="2021-08-25")
    )
    assert set(found) == {"10:35 a.m.", "Friday"}
    assert found["10:35 a.m."].value == "2021-08-20T10:35"


def test_time_wire_end_month_and_end_year(extract):
    record = extract(
        "The ban, in force since mid-March, runs until end-September and could be "
        "extended to end-2022. The war will end May 5, the envoy said.",
        published="2021-08-25",
    )
    found = _dates(record)
    assert (found["end-September"].value, found["end-September"].mod) == ("2021-09", "END")
    assert (found["end-2022"].value, found["end-2022"].mod) == ("2022", "END")
    # "end" the verb is no modifier
    assert found["May 5"].mod is None
    assert "end May 5" not in found


def test_time_start_middle_and_end_of_the_year_month_week(extract):
    record = extract(
        "Fuel prices have doubled since the start of the year. Traders expect calm in the "
        "middle of the month. The end of the year-long probe came in March.",
        published="2021-08-25",
    )
    found = _dates(record)
    assert (found["the start of the year"].value, found["the start of the year"].mod) == (
        "2021",
        "START",
    )
    assert (found["the middle of the month"].value, found["the middle of the month"].mod) == (
        "2021-08",
        "MID",
    )
    # "year-long" is no year
    assert not any("year-long" in phrase for phrase in found)


def test_time_headline_end_of_year_without_article(extract):
    found = _dates(
        extract("U.S. TO LIFT SANCTIONS BY END OF YEAR, SOURCES SAY", published="2021-08-25")
    )
    assert (found["END OF YEAR"].value, found["END OF YEAR"].mod) == ("2021", "END")


def test_time_the_next_decade_is_a_span_a_bare_next_decade_the_decade(extract):
    found = _dates(
        extract(
            "The plan will be rolled out over the next decade. Next decade, the city hosts "
            "the Games.",
            published="2021-08-25",
        )
    )
    assert (found["the next decade"].value, found["the next decade"].timex_type) == (
        "P10Y",
        "DURATION",
    )
    assert found["Next decade"].value == "203X"


def test_time_ranges_across_months_and_weekdays_are_two_dates(extract):
    record = extract(
        "Shipments ran March 15-April 20, and the office is open Monday-Friday. "
        "Cars Grantor Trust 1986-A sold notes in mid-January this year.",
        published="2021-08-25",
    )
    found = _dates(record)
    assert found["March 15"].value == "2021-03-15"
    assert found["April 20"].value == "2021-04-20"
    assert {"Monday", "Friday"} <= set(found)
    # a series name is no year, and "mid-" still belongs to its month
    assert "1986" not in found
    assert found["mid-January this year"].mod == "MID"


def test_time_a_month_day_with_last_or_next_year(extract):
    found = _dates(
        extract(
            "The trust sold notes in mid-January this year. The final is on July 11 next "
            "year; the last one was held in early March last year.",
            published="2021-08-25",
        )
    )
    assert (found["mid-January this year"].value, found["mid-January this year"].mod) == (
        "2021-01",
        "MID",
    )
    assert found["July 11 next year"].value == "2022-07-11"
    assert found["early March last year"].value == "2020-03"


def test_time_a_span_of_months_that_is_a_quarter_or_a_half(extract):
    found = _dates(
        extract(
            "Toyota's operating profit rose 30% in the April-June quarter. Output fell in "
            "the January-June period of 2020.",
            published="2021-08-25",
        )
    )
    assert found["the April-June quarter"].value == "2021-Q2"
    assert found["the January-June period of 2020"].value == "2020-H1"


def test_time_every_season_is_a_set_and_a_winter_across_two_years(extract):
    found = _dates(
        extract(
            "Villagers hold a harvest festival each autumn. During the winter of 2019-2020, "
            "the virus spread quietly.",
            published="2021-08-25",
        )
    )
    assert (found["each autumn"].value, found["each autumn"].timex_type) == ("XXXX-FA", "SET")
    assert found["the winter of 2019-2020"].value == "2019-WI"


def test_time_a_number_spacy_runs_into_a_preposition_is_no_date(extract):
    found = _dates(
        extract(
            "A 13-year veteran of the force, he retired at 55 after 30 years of service.",
            published="2021-08-25",
        )
    )
    assert set(found) == {"13-year", "30 years"}


def test_time_fourth_quarter_results_due_in_january_are_last_years(extract):
    found = _dates(
        extract("Fourth-quarter results are due on Feb. 10, the bank said.", published="2022-01-04")
    )
    assert found["Fourth-quarter"].value == "2021-Q4"


def test_time_a_forecast_for_a_weekday_looks_ahead(extract):
    found = _dates(
        extract(
            "Storms hit the Northeast over the weekend, and more snow is forecast for Thursday.",
            published="2022-01-04",
        )
    )
    assert found["Thursday"].value == "2022-01-06"


def test_time_a_season_opening_a_sentence_as_a_modifier_is_no_date(extract):
    found = _dates(
        extract(
            "Winter storms knocked out power to 20,000 homes. Officials said last winter was "
            "milder.",
            published="2022-01-04",
        )
    )
    assert "Winter" not in found
    assert found["last winter"].value == "2021-WI"


def test_time_the_year_to_a_month_is_a_year_long_span(extract):
    found = _dates(
        extract(
            "Inflation in the year to June was 3.1%, the statistics office said.",
            published="2021-08-25",
        )
    )
    assert (found["the year"].value, found["the year"].timex_type) == ("P1Y", "DURATION")


def test_time_up_to_a_date_means_until_and_stays_outside(extract):
    found = _dates(
        extract(
            "Bids are accepted up to April 30, and the licence runs for up to 10 years.",
            published="2021-04-08",
        )
    )
    assert (found["April 30"].value, found["April 30"].mod) == ("2021-04-30", None)
    assert found["up to 10 years"].mod == "EQUAL_OR_LESS"


def test_time_earlier_in_the_year_is_one_timex(extract):
    found = _dates(
        extract(
            "Shares had fallen earlier in the year but recovered later in the month. Earlier "
            "in the day, police fired tear gas.",
            published="2021-08-25",
        )
    )
    assert (found["earlier in the year"].value, found["earlier in the year"].mod) == (
        "2021",
        "START",
    )
    assert (found["later in the month"].value, found["later in the month"].mod) == (
        "2021-08",
        "END",
    )
    assert not any("day" in phrase for phrase in found)  # TimeBank leaves "in the day" out


def test_time_day_first_numeric_dates_and_short_fiscal_years(extract):
    found = _dates(
        extract("The form is dated 25/08/2021. Guidance for FY22 was cut.", published="2021-08-25")
    )
    assert found["25/08/2021"].value == "2021-08-25"
    assert found["FY22"].value == "2022"


def test_time_a_bracketed_gmt_time_after_a_local_time_is_left_out(extract):
    found = _dates(
        extract("Trading opens at 3 p.m. ET (1900 GMT) on Monday.", published="2021-08-25")
    )
    assert "1900" not in found
    assert found["3 p.m. ET"].timex_type == "TIME"


def test_time_a_coordinated_verb_shares_the_first_verbs_tense(extract):
    found = _dates(
        extract(
            "The envoy is expected to arrive in Kabul on Saturday and leave on Tuesday.",
            published="2021-08-25",
        )
    )
    assert found["Saturday"].value == "2021-08-28"
    assert found["Tuesday"].value == "2021-08-31"


def test_time_months_that_are_names_or_verbs_are_no_dates(extract):
    for text in (
        "April Smith, 34, and June Lee spoke to reporters outside the court.",
        "Protesters March On Capital As Anger Grows",
    ):
        assert extract(text, published="2021-08-25").dates == [], text
    found = _dates(
        extract("The March accession will let the three countries sign.", published="1999-02-10")
    )
    assert found["March"].value == "1999-03"


def test_time_a_clock_hour_with_a_part_of_day(extract):
    found = _dates(
        extract(
            "The quake struck at 4 in the morning on Thursday; an aftershock came at 8 in the "
            "evening.",
            published="2000-04-07",
        )
    )
    assert found["4 in the morning"].value == "2000-04-06T04:00"
    assert found["8 in the evening"].value.endswith("T20:00")


def test_time_number_ranges_spacy_calls_dates_are_not_read_as_dates(extract):
    record = extract(
        "Bills maturing in 30-176 days were offered at 5.5 pct and those of eight-10 weeks "
        "at 5.6 pct.",
        published="1987-04-08",
    )
    assert all(d.timex_type != "DATE" for d in record.dates), [
        (d.text, d.value) for d in record.dates
    ]


def test_time_a_hyphenated_range_of_units_is_a_vague_duration(extract):
    found = _dates(
        extract("Sentences range from 5-10 years; a 10-year bond was sold.", published="2021-08-25")
    )
    assert (found["5-10 years"].value, found["5-10 years"].timex_type) == ("PXY", "DURATION")
    assert found["10-year"].value == "P10Y"


def test_time_an_abbreviated_weekday_before_a_wire_date_belongs_to_it(extract):
    found = _dates(
        extract(
            "The vote was held on Tues, Aug 24. Markets reopen Mon Aug 30.",
            published="2021-08-25",
        )
    )
    assert found["Tues, Aug 24"].value == "2021-08-24"
    assert found["Mon Aug 30"].value == "2021-08-30"


def test_time_a_past_form_in_an_if_clause_under_would_looks_ahead(extract):
    # "took" is a past form, but the condition "would" hangs on has not happened yet
    record = extract(
        "The judge wrote that disabled voters would be harmed if the law took effect "
        "before the November election. The law passed in March, officials said.",
        published="2024-08-07",
    )
    found = _dates(record)
    assert found["November"].value == "2024-11"
    assert found["March"].value == "2024-03"
