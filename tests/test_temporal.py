"""Date normalisation: pure functions, the formats press releases use."""
import datetime as dt

import pytest

from extract.temporal import find_dates, normalise

ANCHOR = dt.date(2021, 11, 25)  # a Thursday


@pytest.mark.parametrize("expr, start, end, granularity", [
    ("2021-11-25", "2021-11-25", "2021-11-25", "day"),
    ("November 22, 2021", "2021-11-22", "2021-11-22", "day"),
    ("November 9-10, 2021", "2021-11-09", "2021-11-10", "day"),
    ("Thursday 20 February 2020", "2020-02-20", "2020-02-20", "day"),
    ("18-19 November 2024", "2024-11-18", "2024-11-19", "day"),
    ("9 to 10 November", "2021-11-09", "2021-11-10", "day"),
    ("Dec. 15, 2009", "2009-12-15", "2009-12-15", "day"),
    ("Sept. 24, 2009", "2009-09-24", "2009-09-24", "day"),
    ("May 09, 2010", "2010-05-09", "2010-05-09", "day"),
    ("14 October, 2020", "2020-10-14", "2020-10-14", "day"),
    ("Jan. 22", "2021-01-22", "2021-01-22", "day"),
    ("March 2010", "2010-03-01", "2010-03-31", "month"),
    ("November", "2021-11-01", "2021-11-30", "month"),
    ("between March and May 2022", "2022-03-01", "2022-05-31", "month"),
    ("2022", "2022-01-01", "2022-12-31", "year"),
    ("1981-1999", "1981-01-01", "1999-12-31", "year"),
    ("2003/04", "2003-04-01", "2004-03-31", "year"),
    ("Fiscal Year (FY) 2010", "2009-10-01", "2010-09-30", "year"),
    ("Q3 2023", "2023-07-01", "2023-09-30", "quarter"),
    ("the third quarter of 2023", "2023-07-01", "2023-09-30", "quarter"),
    ("first half of 2024", "2024-01-01", "2024-06-30", "half"),
    ("today", "2021-11-25", "2021-11-25", "day"),
    ("yesterday", "2021-11-24", "2021-11-24", "day"),
    ("last year", "2020-01-01", "2020-12-31", "year"),
    ("next month", "2021-12-01", "2021-12-31", "month"),
    ("this week", "2021-11-22", "2021-11-28", "week"),
    ("ten years ago", "2011-01-01", "2011-12-31", "year"),
    ("Monday", "2021-11-22", "2021-11-22", "day"),
])
def test_normalise(expr, start, end, granularity):
    value = normalise(expr, ANCHOR)
    assert value is not None, expr
    assert (value.start.isoformat(), value.end.isoformat(), value.granularity) == \
        (start, end, granularity)


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
