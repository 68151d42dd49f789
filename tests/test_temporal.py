"""Date normalisation: pure functions, the formats press releases use."""
import datetime as dt

import pytest

from extract.constructions import REGISTRY, switched_off
from extract.temporal import RULES, find_dates, normalise, rule_for

ANCHOR = dt.date(2021, 11, 25)  # a Thursday


# Every rule of the table (extract/temporal_dated.py, temporal_undated.py) carries its
# normaliser examples: real expressions from the releases in corpus/ and ../shared (the seed,
# DOJ, GOV.UK, Australian ministers, newswires) with the publication date each is read against.
CASES = [pytest.param(r.name, case, id=f"{r.name}:{case[0]}:{case[1]}")
         for r in RULES for case in r.cases]


@pytest.mark.parametrize("name, case", CASES)
def test_each_rule_normalises_its_examples(name, case):
    expr, anchor, *want = case
    assert rule_for(expr) == name, f"{expr!r} is read by {rule_for(expr)}, not {name}"
    value = normalise(expr, dt.date.fromisoformat(anchor) if anchor else None)
    if want == [None]:
        assert value is None, value
    else:
        assert value is not None, expr
        assert (value.start.isoformat(), value.end.isoformat(), value.granularity) == \
            tuple(want)


def test_every_rule_has_examples_and_is_a_declared_construction():
    assert len(CASES) >= 60
    for r in RULES:
        assert r.cases, r.name
        declared = REGISTRY[r.name]
        assert (declared.kind, declared.stage, declared.pattern) == ("dates", "rule", r.regex)


def test_a_rule_switched_off_is_read_as_if_it_were_not_in_the_table():
    text = "The grant is for Fiscal Year (FY) 2010."
    assert normalise("FY 2010").start == dt.date(2009, 10, 1)
    with switched_off(["federal-fiscal-year"]):
        assert rule_for("FY 2010") is None
        assert [text[s:e] for s, e in find_dates(text)] == ["2010"]
        value = normalise("FY 2010", ANCHOR)
        assert value is None or value.start != dt.date(2009, 10, 1)
    assert [text[s:e] for s, e in find_dates(text)] == ["Fiscal Year (FY) 2010"]


# Not calendar dates: durations, times of day alone, recurrences, ordinals, counts, money, ages.
NON_DATES = [
    "The preparatory meeting was the 9th meeting of its kind.",
    "The season started about a month earlier than usual.",
    "Smith was sentenced to two years in prison and three years of supervised release.",
    "The hotline is open from 2pm to 6pm each day.",
    "The annual meeting is held every year.",
    "The initiative involves over 60 countries in 62 partner countries.",
    "He agreed to pay $2,021 and 1,500 dollars.",
    "Leo Winston Smith, 73, of Chula Vista pleaded guilty.",
]


@pytest.mark.parametrize("sentence", NON_DATES)
def test_non_dates_are_not_found_as_calendar_dates(extract, sentence):
    doc = extract(sentence, published="2021-11-25")
    assert doc.dates == [], [d.text for d in doc.dates]


def test_numeric_dates_are_month_first_unless_told_or_impossible():
    assert normalise("03/04/2021").start == dt.date(2021, 3, 4)
    assert normalise("03/04/2021", day_first=True).start == dt.date(2021, 4, 3)
    assert normalise("25/11/2021").start == dt.date(2021, 11, 25)


def test_relative_and_year_less_dates_need_an_anchor():
    assert normalise("today", None) is None
    assert normalise("9 to 10 November", None) is None
    assert normalise("November 22, 2021", None) is not None


def test_impossible_dates_are_rejected():
    assert normalise("February 30, 2021", ANCHOR) is None


def test_finder_keeps_ranges_whole_and_skips_ordinals_and_money():
    text = ("The preparatory meeting took place on November 9-10, 2021 in Turin. "
            "It was the 9th meeting and cost $2021.")
    found = [text[s:e] for s, e in find_dates(text)]
    assert "November 9-10, 2021" in found
    assert not any("9th" in f for f in found)
    assert "2021" not in [f for f in found if f != "November 9-10, 2021"]


@pytest.mark.parametrize("expr, direction, start", [
    ("Friday", -1, "2021-11-19"),  # "said on Friday" on Thursday 25 November: last Friday
    ("Friday", 1, "2021-11-26"),   # "will meet on Friday": the coming one
    ("Nov. 25", -1, "2021-11-25"),
    ("Dec. 20", -1, "2021-12-20"),  # weeks away: this year's whatever the tense
])
def test_tense_places_weekdays_and_year_less_dates(expr, direction, start):
    assert normalise(expr, ANCHOR, direction=direction).start.isoformat() == start


def test_year_less_date_crosses_the_year_only_when_far():
    january = dt.date(2000, 1, 15)
    assert normalise("Nov. 25", january, direction=-1).start == dt.date(1999, 11, 25)
    assert normalise("Nov. 25", january).start == dt.date(2000, 11, 25)


@pytest.mark.parametrize("expr, start, end, granularity", [
    ("the 1990s", "1990-01-01", "1999-12-31", "year"),
    ("the mid-1990s", "1990-01-01", "1999-12-31", "year"),  # the decade named (guidelines)
    ("the third quarter", "2021-07-01", "2021-09-30", "quarter"),
    ("last May", "2021-05-01", "2021-05-31", "month"),
    ("next March", "2022-03-01", "2022-03-31", "month"),
    ("early December", "2021-12-01", "2021-12-31", "month"),
])
def test_more_calendar_expressions(expr, start, end, granularity):
    value = normalise(expr, ANCHOR)
    assert (value.start.isoformat(), value.end.isoformat(), value.granularity) == \
        (start, end, granularity)


def test_timex_values():
    from extract.timex import date_value, duration_value, find_other, set_value, time_value

    assert date_value(normalise("November 2021")) == "2021-11"
    assert date_value(normalise("Q3 2023")) == "2023-Q3"
    assert date_value(normalise("last fall", ANCHOR)) == "2020-FA"
    assert date_value(normalise("the 1990s")) == "199X"
    assert date_value(normalise("this week", ANCHOR)) == "2021-W47"
    assert duration_value("three years") == "P3Y"
    assert duration_value("16-hour") == "PT16H"
    assert duration_value("5 1/2 hours") == "PT5H30M"
    assert duration_value("the past decade") == "P10Y"
    assert duration_value("years") == "PXY"
    assert set_value("annually") == "P1Y" and set_value("every month") == "P1M"
    assert time_value("9:15 p.m.", ANCHOR) == "2021-11-25T21:15"
    assert time_value("this morning", ANCHOR) == "2021-11-25TMO"
    text = "For three years the agency has met daily, and now meets at 9:15 p.m."
    kinds = {text[t.start:t.end]: (t.type, t.value) for t in find_other(text, ANCHOR, [])}
    assert kinds == {"three years": ("DURATION", "P3Y"), "daily": ("SET", "P1D"),
                     "now": ("DATE", "PRESENT_REF"), "9:15 p.m.": ("TIME", "2021-11-25T21:15")}


def test_time_expressions_an_action_can_be_anchored_to():
    from extract.timex import find_other

    text = ("In the coming weeks the board will meet; in the afternoon it will vote, and later "
            "in the day it will report, this evening at the latest, over the next few months.")
    kinds = {text[t.start:t.end]: (t.type, t.value) for t in find_other(text, ANCHOR, [])}
    assert kinds == {"the coming weeks": ("DURATION", "PXW"),  # with its article
                     "the afternoon": ("TIME", "XXXX-XX-XXTAF"),  # of the day told, not today
                     "later in the day": ("TIME", None),
                     "this evening": ("TIME", "2021-11-25TEV"),
                     "the next few months": ("DURATION", "PXM")}



def test_a_duration_with_a_possessive_apostrophe_is_a_duration_not_a_date(extract):
    # DOJ: "... faces a maximum penalty of fifteen years' imprisonment"
    text = "He faces a maximum penalty of fifteen years' imprisonment and a fine."
    doc = extract(text, published="2009-05-01")
    assert not doc.dates
    assert [(t.text, t.timex_type, t.timex_value) for t in doc.time_expressions] == [
        ("fifteen years'", "DURATION", "P15Y")]


@pytest.mark.parametrize("expr, published, start, end, granularity", [
    # DOJ: "... on its final approach to Detroit Metropolitan Airport on Christmas Day"
    ("Christmas Day", "2009-12-26", "2009-12-25", "2009-12-25", "day"),
    ("Thanksgiving Day 2010", "2013-03-22", "2010-11-25", "2010-11-25", "day"),
    ("Christmas Eve 2006", "2015-07-31", "2006-12-24", "2006-12-24", "day"),
    ("New Years Day", "2016-12-28", "2017-01-01", "2017-01-01", "day"),  # scraped apostrophe
    ("Memorial Day 2010", "2010-05-01", "2010-05-31", "2010-05-31", "day"),
    ("Easter Monday, 2021", "2021-01-01", "2021-04-05", "2021-04-05", "day"),
    ("Good Friday", "2016-12-28", "2017-04-14", "2017-04-14", "day"),  # future: next spring
    # GOV.UK, 28 December 2016: "in the run up to the New Year" is the coming year
    ("New Year", "2016-12-28", "2017-01-01", "2017-12-31", "year"),
])
def test_holidays(expr, published, start, end, granularity):
    got = normalise(expr, dt.date.fromisoformat(published), direction=1)
    assert got is not None
    assert (got.start.isoformat(), got.end.isoformat(), got.granularity) == \
        (start, end, granularity)


def test_holiday_names_that_are_not_dates():
    text = ("Lunar New Year, the New Year Honours list, Christmas Island, the Easter Rising, "
            "and the New Year")
    assert [text[s:e] for s, e in find_dates(text)] == ["New Year"]
    assert text.rindex("New Year") == find_dates(text)[0][0]


@pytest.mark.parametrize("expr, value", [
    # the value agrees with start, end and granularity: a qualified period is the period
    # named, a range of years one interval, a season its TimeML code
    ("mid-2015", "2015"), ("early 2018", "2018"), ("the end of this year", "2021"),
    ("the mid-1990s", "199X"), ("between 1992 and 2000", "1992/2000"),
    ("fall of 2011", "2011-FA"), ("spring of 2016", "2016-SP"), ("2011/12", "FY2012"),
])
def test_timex_value_is_consistent_with_the_range(expr, value):
    from extract.timex import date_value

    found = normalise(expr, ANCHOR)
    assert date_value(found) == value
