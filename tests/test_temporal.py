"""Date normalisation: pure functions, the formats press releases use."""
import datetime as dt

import pytest

from extract.temporal import find_dates, normalise

ANCHOR = dt.date(2021, 11, 25)  # a Thursday


# Real expressions from the releases in corpus/ and ../shared (the seed, DOJ, Federal Reserve,
# GOV.UK, Australian ministers, newswires), each with the publication date it is read against.
SEED, DOJ_09, DOJ_10 = "2021-11-25", "2009-11-13", "2010-10-08"
AU_20, AU_OCT, UK_13 = "2020-02-20", "2020-10-14", "2013-01-28"
TABLE = [
    # full dates in the common orders and formats
    ("2021-11-25", SEED, "2021-11-25", "2021-11-25", "day"),
    ("November 22, 2021", SEED, "2021-11-22", "2021-11-22", "day"),
    ("Dec. 15, 2009", DOJ_09, "2009-12-15", "2009-12-15", "day"),
    ("Aug. 26, 2010", DOJ_09, "2010-08-26", "2010-08-26", "day"),
    ("Sept. 24, 2009", DOJ_09, "2009-09-24", "2009-09-24", "day"),
    ("May 09, 2010", "2010-05-09", "2010-05-09", "2010-05-09", "day"),
    ("Thursday 20 February 2020", AU_20, "2020-02-20", "2020-02-20", "day"),
    ("1 February 2020", AU_20, "2020-02-01", "2020-02-01", "day"),
    ("28 July 2020", "2020-07-28", "2020-07-28", "2020-07-28", "day"),
    ("14 October, 2020", AU_OCT, "2020-10-14", "2020-10-14", "day"),
    ("October 17, 2024", "2024-10-17", "2024-10-17", "2024-10-17", "day"),
    ("Monday, Oct. 26", "1998-10-27", "1998-10-26", "1998-10-26", "day"),
    ("22/11/2021", SEED, "2021-11-22", "2021-11-22", "day"),
    ("11/22/2021", SEED, "2021-11-22", "2021-11-22", "day"),
    # year-less dates take the publication year
    ("Jan. 22", "2009-02-20", "2009-01-22", "2009-01-22", "day"),
    ("June 23", "2010-06-30", "2010-06-23", "2010-06-23", "day"),
    ("29 February", AU_20, "2020-02-29", "2020-02-29", "day"),
    ("January 7", "2009-06-03", "2009-01-07", "2009-01-07", "day"),
    # ranges
    ("November 9-10, 2021", SEED, "2021-11-09", "2021-11-10", "day"),
    ("18-19 November 2024", "2024-10-17", "2024-11-18", "2024-11-19", "day"),
    ("Oct. 7-8", DOJ_10, "2010-10-07", "2010-10-08", "day"),
    ("9 to 10 November", SEED, "2021-11-09", "2021-11-10", "day"),
    ("between March and May 2022", SEED, "2022-03-01", "2022-05-31", "month"),
    ("1981-1999", "2010-10-19", "1981-01-01", "1999-12-31", "year"),
    ("2021-2025", SEED, "2021-01-01", "2025-12-31", "year"),
    # months, years, quarters, halves
    ("November", AU_OCT, "2020-11-01", "2020-11-30", "month"),
    ("January", "2009-06-03", "2009-01-01", "2009-01-31", "month"),
    ("March 2010", DOJ_09, "2010-03-01", "2010-03-31", "month"),
    ("November 2006", "2011-06-07", "2006-11-01", "2006-11-30", "month"),
    ("September 2011", "2011-06-07", "2011-09-01", "2011-09-30", "month"),
    ("2022", SEED, "2022-01-01", "2022-12-31", "year"),
    ("2003", "2009-09-03", "2003-01-01", "2003-12-31", "year"),
    ("Fiscal Year (FY) 2010", DOJ_10, "2009-10-01", "2010-09-30", "year"),
    ("FY 2010", DOJ_10, "2009-10-01", "2010-09-30", "year"),
    ("2003/04", UK_13, "2003-04-01", "2004-03-31", "year"),
    ("2011/12", UK_13, "2011-04-01", "2012-03-31", "year"),
    ("Q3 2023", SEED, "2023-07-01", "2023-09-30", "quarter"),
    ("the third quarter of 2023", SEED, "2023-07-01", "2023-09-30", "quarter"),
    ("the third quarter", SEED, "2021-07-01", "2021-09-30", "quarter"),
    ("first half of 2024", SEED, "2024-01-01", "2024-06-30", "half"),
    ("mid-2024", SEED, "2024-04-01", "2024-09-30", "half"),
    ("early 2018", "2017-11-01", "2018-01-01", "2018-04-30", "quarter"),
    ("end of 2022", SEED, "2022-10-01", "2022-12-31", "quarter"),
    ("the end of this year", "2010-06-30", "2010-10-01", "2010-12-31", "quarter"),
    ("last fall", "2010-06-30", "2009-09-01", "2009-11-30", "quarter"),
    ("the 1990s", SEED, "1990-01-01", "1999-12-31", "year"),
    ("the mid-1990s", SEED, "1993-01-01", "1996-12-31", "year"),
    ("last May", SEED, "2021-05-01", "2021-05-31", "month"),
    ("next March", SEED, "2022-03-01", "2022-03-31", "month"),
    ("early December", SEED, "2021-12-01", "2021-12-31", "month"),
    # relative to the publication date
    ("today", SEED, "2021-11-25", "2021-11-25", "day"),
    ("Today", AU_OCT, "2020-10-14", "2020-10-14", "day"),
    ("tonight", UK_13, "2013-01-28", "2013-01-28", "day"),
    ("yesterday", SEED, "2021-11-24", "2021-11-24", "day"),
    ("tomorrow", SEED, "2021-11-26", "2021-11-26", "day"),
    ("this year", "2010-06-30", "2010-01-01", "2010-12-31", "year"),
    ("This year", UK_13, "2013-01-01", "2013-12-31", "year"),
    ("last year", AU_OCT, "2019-01-01", "2019-12-31", "year"),
    ("next month", SEED, "2021-12-01", "2021-12-31", "month"),
    ("last week", SEED, "2021-11-15", "2021-11-21", "week"),
    ("this week", SEED, "2021-11-22", "2021-11-28", "week"),
    ("ten years ago", UK_13, "2003-01-01", "2003-12-31", "year"),
    ("Monday", SEED, "2021-11-22", "2021-11-22", "day"),
    ("on Monday", SEED, "2021-11-22", "2021-11-22", "day"),
]


@pytest.mark.parametrize("expr, anchor, start, end, granularity", TABLE)
def test_normalise(expr, anchor, start, end, granularity):
    value = normalise(expr, dt.date.fromisoformat(anchor))
    assert value is not None, expr
    assert (value.start.isoformat(), value.end.isoformat(), value.granularity) == \
        (start, end, granularity)


def test_the_table_is_large_enough():
    assert len(TABLE) >= 60


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
    ("the mid-1990s", "1993-01-01", "1996-12-31", "year"),
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
