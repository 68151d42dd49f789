"""Temporal rules for expressions read against the publication date: dates without a year,
holidays, "today", "last week", "two years ago", "the end of this year", weekdays and months
alone; last of all a bare year. Without a publication date they stay unresolved (None), except
a holiday with its year and a bare year. Tried after the rules of `temporal_dated`.
"""
from __future__ import annotations

import datetime as dt
import re

from extract.calendar_spans import (
    Normalised,
    days,
    holiday,
    month_span,
    quarter_span,
    relative,
    shift_month,
    year_for,
    year_span,
)
from extract.constructions import Example
from extract.lexicon.dates import (
    AGO_NUMBERS,
    DAY_SHIFTS,
    HOLIDAY_THINGS,
    NUMBERS,
    ORDINALS,
    RELATIVE_SHIFTS,
    STANDALONE_MONTHS,
    VERB_MONTH_PREPOSITIONS,
    VERB_MONTHS,
    WEEKDAY_NAMES,
    WEEKDAYS,
)
from extract.temporal_dated import mdy
from extract.temporal_table import (
    ABBR_COMMA,
    AU_20,
    AU_OCT,
    DASH,
    DAY,
    DOJ_10,
    HOLIDAY,
    MONTH,
    ORD,
    SEED,
    UK_13,
    WEEKDAY,
    YEAR,
    Context,
    date_fact,
    dated,
    day_number,
    month_number,
    rule,
)

# --- dates without a year: the year comes from the publication date -----------------------

@rule("month-day", "month and day (or a range) without a year: November 9-10, Nov. 22",
      rf"(?:{WEEKDAY},?\s+)?(?P<m1>{MONTH}){ABBR_COMMA}\s+(?P<d1>{DAY})"
      rf"(?:{DASH}(?:(?P<m2>{MONTH})\s+)?(?P<d2>{DAY}))?(?![\d:])",
      cases=[("Jan. 22", "2009-02-20", "2009-01-22", "2009-01-22", "day"),
             ("June 23", "2010-06-30", "2010-06-23", "2010-06-23", "day"),
             ("January 7", "2009-06-03", "2009-01-07", "2009-01-07", "day"),
             ("Oct. 7-8", DOJ_10, "2010-10-07", "2010-10-08", "day"),
             ("Monday, Oct. 26", "1998-10-27", "1998-10-26", "1998-10-26", "day"),
             ("Friday, Sept., 9", "2016-09-08", "2016-09-09", "2016-09-09", "day"),
             ("Nov. 25", None, None)],
      examples=[dated("The defendant was arrested on Nov. 25 at his home.", "2009-01-13",
                      date_fact("Nov. 25", "2008-11-25")),
                dated("The conference will be held Oct. 7-8 in Chicago.", "2010-10-01",
                      date_fact("Oct. 7-8", "2010-10-07", "2010-10-08"))])
def _md(m: re.Match, c: Context) -> Normalised | None:
    return mdy(m, c)


@rule("day-month", "day (or range) and month without a year: 9 to 10 November, 29 February",
      rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<d1>{DAY})(?:{DASH}(?P<d2>{DAY}))?\s+(?:of\s+)?"
      rf"(?P<m>{MONTH})",
      cases=[("9 to 10 November", SEED, "2021-11-09", "2021-11-10", "day"),
             ("29 February", AU_20, "2020-02-29", "2020-02-29", "day"),
             ("9 to 10 November", None, None)],
      examples=[dated("Applications close on 29 February for the spring intake.", AU_20,
                      date_fact("29 February", "2020-02-29"))])
def _dm(m: re.Match, c: Context) -> Normalised | None:
    if c.anchor is None:
        return None
    year = year_for(c.anchor, month_number(m["m"]), day_number(m["d1"]), c.direction)
    return days(year, month_number(m["m"]), day_number(m["d1"]), None,
                day_number(m["d2"]) if m["d2"] else None)


# --- holidays ------------------------------------------------------------------------------

@rule("holiday", "a holiday, fixed or computed, with or without its year: Christmas Day, "
      "New Years Eve, Easter Monday 2021, Thanksgiving (not Christmas Island, Christmas cards)",
      rf"(?P<h>{HOLIDAY})(?:,?\s+(?P<y>{YEAR}))?(?![\w'’])"
      rf"(?!\s+(?:{'|'.join(HOLIDAY_THINGS)}))",
      cases=[("Christmas Day", "2009-12-26", "2009-12-25", "2009-12-25", "day"),
             ("Thanksgiving Day 2010", "2013-03-22", "2010-11-25", "2010-11-25", "day"),
             ("Christmas Eve 2006", "2015-07-31", "2006-12-24", "2006-12-24", "day"),
             ("Memorial Day 2010", "2010-05-01", "2010-05-31", "2010-05-31", "day"),
             ("Easter Monday, 2021", "2021-01-01", "2021-04-05", "2021-04-05", "day"),
             ("Labor Day", "2010-08-01", "2010-09-06", "2010-09-06", "day"),
             ("Halloween", None, None)],
      examples=[dated("He boarded Flight 253 on Christmas Day 2009.", "2012-02-16",
                      date_fact("Christmas Day 2009", "2009-12-25")),
                Example("Flights to Christmas Island resume next week.", published=SEED,
                        lacks={"dates": ("Christmas",)})])
def _holiday(m: re.Match, c: Context) -> Normalised | None:
    if m["y"]:
        day = holiday(m["h"], int(m["y"]))
        return Normalised(day, day, "day") if day else None
    if c.anchor is None:
        return None
    # year-less: the publication year, unless the tense crosses it
    probe = holiday(m["h"], c.anchor.year)
    day = probe and holiday(m["h"], year_for(c.anchor, probe.month, probe.day, c.direction))
    return Normalised(day, day, "day") if day else None


@rule("new-year", "the New Year: the coming calendar year when said in the second half of a "
      "year (not Lunar or Chinese New Year)",
      r"(?<!Lunar )(?<!Chinese )New\s+Year(?![\w'’])(?!\s+[A-Z\d])",
      cases=[("New Year", "2016-12-28", "2017-01-01", "2017-12-31", "year"),
             ("New Year", "2017-02-10", "2017-01-01", "2017-12-31", "year")],
      examples=[dated("Retailers expect a busy month in the run up to the New Year.",
                      "2016-12-28", date_fact("New Year", "2017-01-01", "2017-12-31")),
                Example("Families gathered to celebrate Lunar New Year.", published=SEED,
                        lacks={"dates": ("New Year",)})])
def _new_year(m: re.Match, c: Context) -> Normalised | None:
    if c.anchor is None:
        return None
    return year_span(c.anchor.year + (c.anchor.month >= 7))


# --- relative to the publication date ------------------------------------------------------

@rule("today", "a day relative to the publication: today, tonight, this morning, yesterday, "
      "last night",
      r"(?i:today|tonight|this morning|this afternoon|this evening|yesterday|tomorrow|"
      r"last\s+night)\b",
      cases=[("today", SEED, "2021-11-25", "2021-11-25", "day"),
             ("Today", AU_OCT, "2020-10-14", "2020-10-14", "day"),
             ("tonight", UK_13, "2013-01-28", "2013-01-28", "day"),
             ("yesterday", SEED, "2021-11-24", "2021-11-24", "day"),
             ("tomorrow", SEED, "2021-11-26", "2021-11-26", "day"),
             ("last night", SEED, "2021-11-24", "2021-11-24", "day"),
             ("today", None, None)],
      examples=[dated("The Justice Department announced today that the company will pay "
                      "$2 million.", "2010-03-25", date_fact("today", "2010-03-25")),
                dated("The Minister said this morning that the plan will go ahead.", SEED,
                      date_fact("this morning", SEED)),
                dated("Two men were arrested last night after a car chase.", SEED,
                      date_fact("last night", "2021-11-24"))])
def _today(m: re.Match, c: Context) -> Normalised | None:
    if c.anchor is None:
        return None
    d = c.anchor + dt.timedelta(days=DAY_SHIFTS.get(" ".join(m.group().lower().split()), 0))
    return Normalised(d, d, "day")


@rule("this-last-next-unit",
      "this/last/next/the coming/the (up)coming/the past year, month, week, quarter or season, "
      "also earlier/later this year, and a possessive that lost its apostrophe before its noun "
      "(next years meeting)",
      r"(?i:(?:earlier|later)\s+)?(?i:this|last|next|past|the coming|the past|"
      r"(?:the\s+)?upcoming)\s+"
      r"(?i:year|month|week|quarter|spring|summer|fall|autumn|winter)"
      r"(?:(?<=[a-z])s(?=\s+[a-z]+\b|$)(?<!the next years)(?<!the last years)"
      r"(?<!the past years)(?<!coming years))?\b",
      cases=[("this year", "2010-06-30", "2010-01-01", "2010-12-31", "year"),
             ("This year", UK_13, "2013-01-01", "2013-12-31", "year"),
             ("last year", AU_OCT, "2019-01-01", "2019-12-31", "year"),
             ("next month", SEED, "2021-12-01", "2021-12-31", "month"),
             ("last week", SEED, "2021-11-15", "2021-11-21", "week"),
             ("this week", SEED, "2021-11-22", "2021-11-28", "week"),
             ("last fall", "2010-06-30", "2009-09-01", "2009-11-30", "quarter"),
             ("earlier this year", SEED, "2021-01-01", "2021-12-31", "year"),
             ("the upcoming year", "2017-11-29", "2018-01-01", "2018-12-31", "year"),
             ("next years", "2017-11-29", "2018-01-01", "2018-12-31", "year")],
      examples=[dated("After a bench trial held last week in the Northern District of Georgia, "
                      "the defendant was convicted.", "2009-06-10",
                      date_fact("last week", "2009-06-01", "2009-06-07")),
                dated("Members will vote on next years budget at the spring meeting.",
                      "2017-11-29", date_fact("next years", "2018-01-01", "2018-12-31")),
                Example("Prices will rise over the next years as supply tightens.",
                        published=SEED, lacks={"dates": ("next years",)})])
def _relative(m: re.Match, c: Context) -> Normalised | None:
    if c.anchor is None:
        return None
    expr = re.sub(r"(?:the\s+)?upcoming", "next", m.group().lower())
    return relative(re.sub(r"(?<=[a-z])s$", "", expr), c.anchor)


@rule("units-ago", "a count of years, months, weeks or days before the publication: ten years ago",
      rf"(?i:(?P<n>\d+|{'|'.join(AGO_NUMBERS)})"
      r"\s+(?P<unit>years?|months?|weeks?|days?)\s+ago)\b",
      cases=[("ten years ago", UK_13, "2003-01-01", "2003-12-31", "year"),
             ("three months ago", SEED, "2021-08-01", "2021-08-31", "month"),
             ("2 weeks ago", SEED, "2021-11-11", "2021-11-11", "day")],
      examples=[dated("The district made civil rights litigation one of its highest "
                      "priorities two years ago.", "2009-09-22",
                      date_fact("two years ago", "2007-01-01", "2007-12-31")),
                dated("The defendant surrendered to authorities a week ago.", SEED,
                      date_fact("a week ago", "2021-11-18"))])
def _ago(m: re.Match, c: Context) -> Normalised | None:
    if c.anchor is None:
        return None
    n = int(m["n"]) if m["n"].isdigit() else NUMBERS[m["n"].lower()]
    unit = m["unit"].lower().rstrip("s")
    if unit == "year":
        return year_span(c.anchor.year - n)
    if unit == "month":
        return shift_month(c.anchor, -n)
    d = c.anchor - dt.timedelta(days=n * (7 if unit == "week" else 1))
    return Normalised(d, d, "day")


_EDGE_SHIFTS = RELATIVE_SHIFTS | {"the": 0}  # "the end of the year": this one


@rule("start-or-end-of-unit", "the end/beginning/start of this/next/last year, month or week, "
      "valued as the unit named",
      r"(?i:(?:by\s+)?the\s+(?:end|beginning|start)\s+of\s+(?:this|the|next|last)\s+"
      r"(?:year|month|week))\b",
      cases=[("the end of this year", "2010-06-30", "2010-01-01", "2010-12-31", "year"),
             ("the start of next year", SEED, "2022-01-01", "2022-12-31", "year"),
             ("the end of the month", SEED, "2021-11-01", "2021-11-30", "month")],
      examples=[dated("The partnership that the two presidents will sign by the end of this "
                      "year will codify this long-term commitment.", "2010-06-30",
                      date_fact("by the end of this year", "2010-01-01", "2010-12-31"))])
def _end_of(m: re.Match, c: Context) -> Normalised | None:
    if c.anchor is None:
        return None
    words = m.group().lower().split()
    unit, which = words[-1], words[-2]
    shift = _EDGE_SHIFTS[which]  # the unit named; "the end of" stays in the text only
    return relative(f"{'this' if shift == 0 else which} {unit}", c.anchor)


@rule("quarter-of-this-year", "a quarter of the publication year: the third quarter, third-quarter",
      rf"(?:(?i:the)\s+)?(?:(?i:fiscal)\s+)?(?P<qo>(?i:{ORD}))[-\s]+"
      rf"(?i:quarter)(?![-\w]*\s+(?:of\s+)?\d)",
      cases=[("the third quarter", SEED, "2021-07-01", "2021-09-30", "quarter")],
      examples=[dated("Revenue grew by a tenth in the third quarter.", SEED,
                      date_fact("the third quarter", "2021-07-01", "2021-09-30"))])
def _quarter_nameless(m: re.Match, c: Context) -> Normalised | None:
    if c.anchor is None:
        return None
    return quarter_span(c.anchor.year, ORDINALS[m["qo"].lower()])


_MONTH_YEAR_SHIFTS = {"last": lambda month, anchor: anchor.year - (month >= anchor.month),
                      "next": lambda month, anchor: anchor.year + (month <= anchor.month)}


@rule("relative-month", "a month relative to the publication: last May, next November, early "
      "December",
      rf"(?P<rel>(?i:last|next|this|early|mid|late))[-\s]+(?P<m>{MONTH})(?!\s*\d)",
      cases=[("last May", SEED, "2021-05-01", "2021-05-31", "month"),
             ("next March", SEED, "2022-03-01", "2022-03-31", "month"),
             ("early December", SEED, "2021-12-01", "2021-12-31", "month")],
      examples=[dated("The new rules will take effect next March across the state.", SEED,
                      date_fact("next March", "2022-03-01", "2022-03-31"))])
def _month_rel(m: re.Match, c: Context) -> Normalised | None:
    if c.anchor is None:
        return None
    rel, month = m["rel"].lower(), month_number(m["m"])
    shift = _MONTH_YEAR_SHIFTS.get(rel)
    year = shift(month, c.anchor) if shift else year_for(c.anchor, month, 1, c.direction)
    return month_span(year, month)


@rule("weekday", "a weekday, placed by this/last/next or by the tense: on Monday, next Friday",
      rf"(?:(?i:this|last|next)\s+)?(?P<w>{'|'.join(WEEKDAY_NAMES)})"
      rf"(?!,?\s+(?:{MONTH}|{DAY}))",
      cases=[("Monday", SEED, "2021-11-22", "2021-11-22", "day"),
             ("on Monday", SEED, "2021-11-22", "2021-11-22", "day"),
             ("next Friday", SEED, "2021-12-03", "2021-12-03", "day")],
      examples=[dated("The suspect was arrested on Monday in Miami.", SEED,
                      date_fact("Monday", "2021-11-22")),
                dated("The committee will vote next Friday on the proposal.", SEED,
                      date_fact("next Friday", "2021-12-03"))])
def _weekday(m: re.Match, c: Context) -> Normalised | None:
    if c.anchor is None:
        return None
    text, anchor, w = m.group().lower(), c.anchor, WEEKDAYS[m["w"].lower()]
    if text.startswith(("last", "next")) or c.direction == 0:
        monday = anchor - dt.timedelta(days=anchor.weekday())
        if text.startswith("last"):
            monday -= dt.timedelta(weeks=1)
        elif text.startswith("next"):
            monday += dt.timedelta(weeks=1)
        d = monday + dt.timedelta(days=w)
    elif c.direction > 0:  # "will meet on Friday": the coming one
        d = anchor + dt.timedelta(days=(w - anchor.weekday()) % 7)
    else:  # "said on Friday": the last one
        d = anchor - dt.timedelta(days=(anchor.weekday() - w) % 7)
    return Normalised(d, d, "day")


@rule("month-alone", "a month name alone, in the publication year unless the tense crosses it (not "
      "March or May, which are also verbs): in November",
      rf"(?P<m>{'|'.join(map(re.escape, STANDALONE_MONTHS))})(?!\w)(?!\s*\d)",
      cases=[("November", AU_OCT, "2020-11-01", "2020-11-30", "month"),
             ("January", "2009-06-03", "2009-01-01", "2009-01-31", "month")],
      examples=[dated("The trial is set to begin in November.", AU_OCT,
                      date_fact("November", "2020-11-01", "2020-11-30")),
                Example("The couple was charged in Juneau, Alaska, and tried in Augusta, Maine.",
                        published=AU_OCT, lacks={"dates": ("June", "August")})])
def _month_alone(m: re.Match, c: Context) -> Normalised | None:
    if c.anchor is None:
        return None
    month = month_number(m["m"])
    return month_span(year_for(c.anchor, month, 1, c.direction), month)


@rule("verb-month-after-preposition", "March or May alone after in, since, until or during "
      "(\"pleaded guilty in March\"), not before a name or a number",
      "(?:" + "|".join(f"(?<=\\b{p} )" for p in VERB_MONTH_PREPOSITIONS) + "|^)"
      + rf"(?P<m>{'|'.join(VERB_MONTHS)})(?![\w-])(?!\s*\d)(?!\s+[A-Z])",
      cases=[("May", AU_OCT, "2020-05-01", "2020-05-31", "month")],
      examples=[dated("Berg pleaded guilty in March to one count of wire fraud.", AU_OCT,
                      date_fact("March", "2020-03-01", "2020-03-31")),
                Example("The agents may seize the funds in May Street warehouses.",
                        published=AU_OCT, lacks={"dates": ("May",)})])
def _verb_month(m: re.Match, c: Context) -> Normalised | None:
    return _month_alone(m, c)


@rule("year-alone", "a year (1800-2099) alone",
      rf"(?P<y>{YEAR})",
      cases=[("2022", SEED, "2022-01-01", "2022-12-31", "year"),
             ("2003", "2009-09-03", "2003-01-01", "2003-12-31", "year")],
      examples=[dated("The company was founded in 2003 in Texas.", "2009-09-03",
                      date_fact("2003", "2003-01-01", "2003-12-31")),
                dated("The law, in force since the start of the 2019 session, was repealed.", SEED,
                      date_fact("2019", "2019-01-01", "2019-12-31"))])
def _year(m: re.Match, c: Context) -> Normalised | None:
    return year_span(int(m["y"]))
