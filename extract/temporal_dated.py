"""Temporal rules for expressions that carry their year: full dates, months, quarters, halves,
decades, fiscal years, parts of a year and ranges of years. They resolve without a publication
date. Entered in the table (`extract.temporal_table`) in the order they are tried.
"""
from __future__ import annotations

import datetime as dt
import re

from extract.calendar_spans import (
    Normalised,
    days,
    month_span,
    months_span,
    quarter_span,
    year_for,
    year_part,
)
from extract.constructions import Example
from extract.lexicon.dates import DATE_NAMED_EVENTS, HALF_ORDINALS, ORDINALS, SEASONS
from extract.temporal_table import (
    ABBR_COMMA,
    AU_20,
    AU_OCT,
    DASH,
    DAY,
    DOJ_09,
    DOJ_10,
    MODIFIER,
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

# --- full dates ---------------------------------------------------------------------------

@rule("iso-date", "an ISO date: 2021-11-25, 2021/11/25",
      r"(?<!\d)(?P<y>\d{4})[-/](?P<m>0?[1-9]|1[0-2])[-/](?P<d>[0-3]?\d)(?!\d)",
      cases=[("2021-11-25", SEED, "2021-11-25", "2021-11-25", "day"),
             ("2021/02/30", SEED, None)],
      examples=[dated("The agreement was signed on 2021-11-22 in Brussels.", SEED,
                      date_fact("2021-11-22", "2021-11-22"))])
def _iso(m: re.Match, c: Context) -> Normalised | None:
    return days(int(m["y"]), int(m["m"]), int(m["d"]), None, None)


@rule("numeric-date", "a numeric date, month first unless the first number cannot be a month or "
      "the component reads day first: 11/25/2021, 25.11.2021",
      r"(?<![\d/])(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<y>\d{4})(?!\d)",
      cases=[("22/11/2021", SEED, "2021-11-22", "2021-11-22", "day"),
             ("11/22/2021", SEED, "2021-11-22", "2021-11-22", "day"),
             ("03/04/2021", SEED, "2021-03-04", "2021-03-04", "day")],
      examples=[dated("The indictment was returned on 03/04/2021 by a federal grand jury.",
                      SEED, date_fact("03/04/2021", "2021-03-04"))])
def _numeric(m: re.Match, c: Context) -> Normalised | None:
    a, b = int(m["a"]), int(m["b"])
    month, day = (b, a) if (c.day_first or a > 12) and b <= 12 else (a, b)
    return days(int(m["y"]), month, day, None, None)


@rule("date-named-event", "an event named by its date without the year is that day: 9/11 "
      "(11 September 2001), post 9-11; not a day range before a month (9-11 November)",
      rf"(?<![\d/.-])(?P<e>{'|'.join(map(re.escape, DATE_NAMED_EVENTS))})"
      rf"(?![\d/]|-\d|\s+(?:of\s+)?{MONTH})",
      cases=[("9/11", SEED, "2001-09-11", "2001-09-11", "day"),
             ("9-11", None, "2001-09-11", "2001-09-11", "day")],
      examples=[dated("Spouses of post 9-11 veterans may apply for the programme.", SEED,
                      date_fact("9-11", "2001-09-11")),
                dated("The students learn about the history of 9/11 at the memorial.", DOJ_10,
                      date_fact("9/11", "2001-09-11")),
                Example("The hearing will run 9-11 November in Brussels.", published=SEED,
                        has={"dates": (date_fact("9-11 November", "2021-11-09",
                                                 "2021-11-11"),)})])
def _named_event(m: re.Match, c: Context) -> Normalised | None:
    return days(*DATE_NAMED_EVENTS[m["e"]], None, None)


# --- ranges between two dated points ------------------------------------------------------

# A qualifier a range's bound may carry ("approximately January 2006 to approximately
# November 2009", "through about Dec. 11, 2015"); it stays in the text, not in the value.
APPROX_WORDS = r"(?i:approximately|about|around|in\s+or\s+about)\s+"
RANGE_APPROX = rf"(?:{APPROX_WORDS})?"
RANGE_LINK = r",?\s+(?:to|through|until)\s+"


def _point(n: int, day: bool | None = None) -> str:
    """A month (and day) with its year as a range's bound n: "Feb. 5, 2010", "May 2009"; the
    day required (day=True), absent (False) or either (None)."""
    d = rf"\s+(?P<d{n}>{DAY})"
    d = {True: d, False: "", None: f"(?:{d})?"}[day]
    return rf"(?P<m{n}>{MONTH}){ABBR_COMMA}{d},?\s+(?P<y{n}>{YEAR})(?!\d)"


def _bound(m: re.Match, n: int) -> Normalised | None:
    y, mo = int(m[f"y{n}"]), month_number(m[f"m{n}"])
    if m.groupdict().get(f"d{n}"):
        return days(y, mo, day_number(m[f"d{n}"]), None, None)
    return month_span(y, mo)


def _range(first: Normalised | None, last: Normalised | None) -> Normalised | None:
    if first is None or last is None or last.end <= first.start:
        return None
    grain = "day" if "day" in (first.granularity, last.granularity) else "month"
    return Normalised(first.start, last.end, grain)


@rule("dated-point-to-point", "a range from one dated month or day to another (or to today), "
      "qualifiers kept in the text: approximately January 2006 to approximately November "
      "2009, Feb. 5, 2010, until today, March 2014 through about Oct. 3, 2014 (two bare "
      "months with years are month-range's)",
      rf"(?:{RANGE_APPROX}{_point(1, True)}{RANGE_LINK}{RANGE_APPROX}"
      rf"(?:{_point(2)}|(?P<t2>today)\b)"
      rf"|{APPROX_WORDS}{_point(3)}{RANGE_LINK}{RANGE_APPROX}(?:{_point(4)}|(?P<t4>today)\b)"
      rf"|{_point(5, False)}{RANGE_LINK}(?:{APPROX_WORDS}{_point(6)}|{_point(7, True)}"
      rf"|(?P<t7>today)\b))",
      cases=[("approximately January 2006 to approximately November 2009", SEED,
              "2006-01-01", "2009-11-30", "month"),
             ("Feb. 5, 2010, until today", "2011-01-03", "2010-02-05", "2011-01-03", "day"),
             ("March 2014 through about Oct. 3, 2014", SEED, "2014-03-01", "2014-10-03", "day"),
             ("May 12, 2009 to June 3, 2011", SEED, "2009-05-12", "2011-06-03", "day"),
             ("Feb. 5, 2010, until today", None, None)],
      examples=[dated("From approximately March 2011 to approximately May 2013, the clinic "
                      "billed Medicare for services it never gave.", DOJ_09,
                      date_fact("approximately March 2011 to approximately May 2013",
                                "2011-03-01", "2013-05-31")),
                dated("Berg served as acting chief from Oct. 4, 2008, until today.",
                      "2010-02-01", date_fact("Oct. 4, 2008, until today", "2008-10-04",
                                              "2010-02-01"))])
def _point_to_point(m: re.Match, c: Context) -> Normalised | None:
    g = m.groupdict()
    first = next(n for n in (1, 3, 5) if g[f"m{n}"])
    if g.get(f"t{first + 1}") or first == 5 and g["t7"]:
        if c.anchor is None:
            return None
        return _range(_bound(m, first), Normalised(c.anchor, c.anchor, "day"))
    last = 7 if first == 5 and g["m7"] else first + 1
    return _range(_bound(m, first), _bound(m, last))


@rule("month-day-year",
      "month, day (or a range of days) and year: (Thursday,) November 9(-10), 2021",
      rf"(?:{WEEKDAY},?\s+)?(?P<m1>{MONTH}){ABBR_COMMA}(?:\s+|(?<=\.))(?P<d1>{DAY})"
      rf"(?:{DASH}(?:(?P<m2>{MONTH})\s+)?(?P<d2>{DAY})|\s+and\s+(?P<d3>{DAY}))?"
      rf"(?:,?\s+(?P<y>{YEAR})|,(?P<y0>(?:1[89]|20)\d\d)(?!\d))",
      cases=[("November 22, 2021", SEED, "2021-11-22", "2021-11-22", "day"),
             ("Dec. 15, 2009", DOJ_09, "2009-12-15", "2009-12-15", "day"),
             ("Aug. 26, 2010", DOJ_09, "2010-08-26", "2010-08-26", "day"),
             ("Sept. 24, 2009", DOJ_09, "2009-09-24", "2009-09-24", "day"),
             ("Jan.14, 2011", DOJ_09, "2011-01-14", "2011-01-14", "day"),
             ("April 30,2012", DOJ_09, "2012-04-30", "2012-04-30", "day"),
             ("May 30 and 31, 2007", DOJ_09, "2007-05-30", "2007-05-31", "day"),
             ("May 09, 2010", "2010-05-09", "2010-05-09", "2010-05-09", "day"),
             ("October 17, 2024", "2024-10-17", "2024-10-17", "2024-10-17", "day"),
             ("November 9-10, 2021", SEED, "2021-11-09", "2021-11-10", "day"),
             ("February 30, 2021", SEED, None)],
      examples=[dated("Oria pleaded guilty on March 9, 2009, to maintaining a false oil record "
                      "book.", "2009-04-06", date_fact("March 9, 2009", "2009-03-09")),
                dated("The meeting took place on November 9-10, 2021 in Turin.", SEED,
                      date_fact("November 9-10, 2021", "2021-11-09", "2021-11-10"))])
def mdy(m: re.Match, c: Context) -> Normalised | None:
    if m.groupdict().get("y") or m.groupdict().get("y0"):  # "month-day" has no year
        year = int(m["y"] or m["y0"])
    elif c.anchor is None:
        return None
    else:
        year = year_for(c.anchor, month_number(m["m1"]), day_number(m["d1"]), c.direction)
    last = m.groupdict().get("d3") or m["d2"]  # "May 30 and 31, 2007": both days
    return days(year, month_number(m["m1"]), day_number(m["d1"]),
                month_number(m["m2"]) if m["m2"] else None,
                day_number(last) if last else None)


@rule("day-month-year", "day (or range), month and year: (Thursday) 20(-21) (of) February(,) 2020; "
      "30 November - 2 December 2021",
      rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<d1>{DAY})(?:\s+(?P<m1>{MONTH}))?"
      rf"(?:{DASH}(?P<d2>{DAY}))?\s+(?:of\s+)?(?P<m2>{MONTH}),?\s+(?P<y>{YEAR})",
      cases=[("Thursday 20 February 2020", AU_20, "2020-02-20", "2020-02-20", "day"),
             ("1 February 2020", AU_20, "2020-02-01", "2020-02-01", "day"),
             ("28 July 2020", "2020-07-28", "2020-07-28", "2020-07-28", "day"),
             ("14 October, 2020", AU_OCT, "2020-10-14", "2020-10-14", "day"),
             ("18-19 November 2024", "2024-10-17", "2024-11-18", "2024-11-19", "day"),
             ("30 November - 2 December 2021", SEED, "2021-11-30", "2021-12-02", "day")],
      examples=[dated("The Minister will open the new clinic on 14 October, 2020.", AU_OCT,
                      date_fact("14 October, 2020", "2020-10-14"))])
def _dmy(m: re.Match, c: Context) -> Normalised | None:
    year, m2 = int(m["y"]), month_number(m["m2"])
    m1 = month_number(m["m1"]) if m["m1"] else m2
    if m["d2"]:
        return days(year, m1, day_number(m["d1"]), m2, day_number(m["d2"]))
    return days(year, m2, day_number(m["d1"]), None, None)


# --- months, quarters, halves, decades, years with a year -------------------------------

@rule("month-range", "a range of months with its year: between March and May 2022, "
      "March-May 2022",
      rf"(?:between\s+)?(?P<m1>{MONTH})(?:\s+(?P<y1>{YEAR}))?"
      rf"(?:{DASH}|\s+and\s+)(?P<m2>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR})",
      cases=[("between March and May 2022", SEED, "2022-03-01", "2022-05-31", "month"),
             ("November 2021 to February 2022", SEED, "2021-11-01", "2022-02-28", "month"),
             ("September and October of 2012", SEED, "2012-09-01", "2012-10-31", "month")],
      examples=[dated("Oria served as the Chief Engineer aboard the M/T Nautilus between "
                      "January and March 2008.", "2009-03-09",
                      date_fact("between January and March 2008", "2008-01-01", "2008-03-31"))])
def _month_range(m: re.Match, c: Context) -> Normalised | None:
    y = int(m["y"])
    y1 = int(m["y1"]) if m["y1"] else y
    return months_span(y1, month_number(m["m1"]), y, month_number(m["m2"]), "month")


@rule("between-month-year-and-year", "a range from a month to the end of a later year: between "
      "March 2005 and 2007, from June 2010 through 2012",
      rf"(?:[Bb]etween\s+(?P<m1>{MONTH}),?\s+(?P<y1>{YEAR})\s+and\s+"
      rf"|(?P<m2>{MONTH}),?\s+(?P<y2>{YEAR})\s+(?:to|through|until)\s+)(?P<y>{YEAR})",
      cases=[("between March 2005 and 2007", SEED, "2005-03-01", "2007-12-31", "month"),
             ("June 2010 through 2012", SEED, "2010-06-01", "2012-12-31", "month"),
             ("between March 2007 and 2007", SEED, None)],
      examples=[dated("Between June 2009 and 2011, the clerk accepted cash payments from the "
                      "contractor.", DOJ_10,
                      date_fact("Between June 2009 and 2011", "2009-06-01", "2011-12-31"))])
def _month_year_to_year(m: re.Match, c: Context) -> Normalised | None:
    y1, y = int(m["y1"] or m["y2"]), int(m["y"])
    if y <= y1:
        return None
    return months_span(y1, month_number(m["m1"] or m["m2"]), y, 12, "month")


@rule("year-to-month-year", "a range from the start of a year to a month of a later year: "
      "2006 until February 2012, between 2009 and May 2012",
      rf"(?:[Bb]etween\s+{RANGE_APPROX}(?P<b>{YEAR})\s+and\s+"
      rf"|(?P<y1>{YEAR}){RANGE_LINK}){RANGE_APPROX}(?P<m>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR})",
      cases=[("2006 until February 2012", SEED, "2006-01-01", "2012-02-29", "month"),
             ("between 2009 and May 2012", SEED, "2009-01-01", "2012-05-31", "month"),
             ("2001 through approximately December 2008", SEED, "2001-01-01", "2008-12-31",
              "month"),
             ("2012 to May 2012", SEED, None)],
      examples=[dated("From 2004 through March 2009, the clinic billed Medicare for services it "
                      "never provided.", DOJ_10,
                      date_fact("2004 through March 2009", "2004-01-01", "2009-03-31"))])
def _year_to_month_year(m: re.Match, c: Context) -> Normalised | None:
    y1, y = int(m["y1"] or m["b"]), int(m["y"])
    if y <= y1:
        return None
    return months_span(y1, 1, y, month_number(m["m"]), "month")


@rule("month-year", "a month and year, also early/mid/late in it: November 2021, Nov. 2021",
      rf"(?:(?P<mod>{MODIFIER})[-\s]+)?(?P<m>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR})",
      cases=[("March 2010", DOJ_09, "2010-03-01", "2010-03-31", "month"),
             ("November 2006", "2011-06-07", "2006-11-01", "2006-11-30", "month"),
             ("September 2011", "2011-06-07", "2011-09-01", "2011-09-30", "month"),
             ("late November 2021", SEED, "2021-11-01", "2021-11-30", "month")],
      examples=[dated("The scheme ran from November 2006 until it was shut down.", "2011-06-07",
                      date_fact("November 2006", "2006-11-01", "2006-11-30"))])
def _my(m: re.Match, c: Context) -> Normalised | None:
    return month_span(int(m["y"]), month_number(m["m"]))


@rule("quarter-of-year", "a quarter with its year: Q3 2023, the third quarter of 2023",
      rf"(?:Q(?P<q>[1-4])\s*(?P<y1>{YEAR})|(?:the\s+)?(?P<qo>{ORD})\s+quarter\s+"
      rf"(?:of\s+)?(?P<y2>{YEAR}))",
      cases=[("Q3 2023", SEED, "2023-07-01", "2023-09-30", "quarter"),
             ("the third quarter of 2023", SEED, "2023-07-01", "2023-09-30", "quarter")],
      examples=[dated("According to court documents, by the fourth quarter of 2000, the "
                      "company had failed to generate any significant revenue.", "2009-06-01",
                      date_fact("the fourth quarter of 2000", "2000-10-01", "2000-12-31"))])
def _quarter(m: re.Match, c: Context) -> Normalised | None:
    q = int(m["q"]) if m["q"] else ORDINALS[m["qo"].lower()]
    return quarter_span(int(m["y1"] or m["y2"]), q)


@rule("half-of-year", "a half year: H1 2024, the first half of 2024",
      rf"(?:H(?P<h>[12])\s*(?P<y1>{YEAR})|(?:the\s+)?(?P<ho>{'|'.join(HALF_ORDINALS)})\s+half"
      rf"\s+(?:of\s+)?(?P<y2>{YEAR}))",
      cases=[("first half of 2024", SEED, "2024-01-01", "2024-06-30", "half"),
             ("H2 2022", SEED, "2022-07-01", "2022-12-31", "half")],
      examples=[dated("The new terminal is expected to open in the first half of 2024.", SEED,
                      date_fact("the first half of 2024", "2024-01-01", "2024-06-30"))])
def _half(m: re.Match, c: Context) -> Normalised | None:
    h = int(m["h"]) if m["h"] else ORDINALS[m["ho"].lower()]
    y = int(m["y1"] or m["y2"])
    return months_span(y, 6 * h - 5, y, 6 * h, "half")


@rule("season-of-year", "a season with its year, meteorological (fall = September to "
      "November, winter runs into the next year): spring of 2016, autumn 2014, Summer 2013",
      rf"(?P<s>(?i:spring|summer|fall|autumn|winter))(?:\s+of)?,?\s+(?P<y>{YEAR})",
      cases=[("spring of 2016", SEED, "2016-03-01", "2016-05-31", "quarter"),
             ("autumn 2014", UK_13, "2014-09-01", "2014-11-30", "quarter"),
             ("Winter 2014", SEED, "2014-12-01", "2015-02-28", "quarter")],
      examples=[dated("The new clinic is expected to open in the fall of 2011.", DOJ_10,
                      date_fact("fall of 2011", "2011-09-01", "2011-11-30")),
                dated("Consultation on the plan closes in autumn 2014.", UK_13,
                      date_fact("autumn 2014", "2014-09-01", "2014-11-30"))])
def _season(m: re.Match, c: Context) -> Normalised | None:
    first = SEASONS[m["s"].lower()]
    y = int(m["y"])
    return months_span(y, first, y + (first == 12), (first + 1) % 12 + 1, "quarter")


@rule("school-year", "a school or academic year, July to June: the 2012-13 school year, "
      "2020/21 academic year",
      rf"(?P<y1>{YEAR})[-–/](?P<y2>\d\d)\s+(?i:school|academic)\s+year",
      cases=[("2012-13 school year", SEED, "2012-07-01", "2013-06-30", "year"),
             ("2020/21 academic year", SEED, "2020-07-01", "2021-06-30", "year"),
             ("2012-15 school year", SEED, None)],
      examples=[dated("Enrolment rose by a fifth during the 2012-13 school year.", DOJ_10,
                      date_fact("2012-13 school year", "2012-07-01", "2013-06-30"))])
def _school_year(m: re.Match, c: Context) -> Normalised | None:
    y1 = int(m["y1"])
    if y1 // 100 * 100 + int(m["y2"]) != y1 + 1:
        return None
    return Normalised(dt.date(y1, 7, 1), dt.date(y1 + 1, 6, 30), "year")


@rule("decade", "a decade, also qualified early, mid or late (valued as the decade): the 1990s, "
      "the mid-1990s",
      r"(?:(?P<mod>early|mid|late)[-\s]+)?(?P<d>1[89]\d|20\d)0(?:s|'s)(?![\w'])",
      cases=[("the 1990s", SEED, "1990-01-01", "1999-12-31", "year"),
             ("the mid-1990s", SEED, "1990-01-01", "1999-12-31", "year"),
             ("the early 1950s", SEED, "1950-01-01", "1959-12-31", "year")],
      examples=[dated("The site was used as a sanitary landfill from the early 1950s until it "
                      "was closed down in 1981.", "2009-01-06",
                      date_fact("early 1950s", "1950-01-01", "1959-12-31"))])
def _decade(m: re.Match, c: Context) -> Normalised | None:
    first = int(m["d"]) * 10  # "the mid-1990s": the decade named, the qualifier in the text
    return Normalised(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), "year")


@rule("federal-fiscal-year",
      "a U.S. federal fiscal year, October to September: Fiscal Year (FY) 2010, "
      "FY 2010, FY2010",
      rf"(?:Fiscal\s+Year\s+(?:\(FY\)\s*)?|FY\s?)(?P<y>{YEAR})",
      cases=[("Fiscal Year (FY) 2010", DOJ_10, "2009-10-01", "2010-09-30", "year"),
             ("FY 2010", DOJ_10, "2009-10-01", "2010-09-30", "year")],
      examples=[dated("The Fiscal Year (FY) 2011 budget proposal totals $29.2 billion.",
                      "2010-02-01",
                      date_fact("Fiscal Year (FY) 2011", "2010-10-01", "2011-09-30"))])
def _fiscal(m: re.Match, c: Context) -> Normalised | None:
    year = int(m["y"])
    return Normalised(dt.date(year - 1, 10, 1), dt.date(year, 9, 30), "year")


@rule("part-of-year", "a part of a year, valued as the year it names (the qualifier stays in "
      "the text): early 2025, mid-2024, late 2023, the end of 2022",
      rf"(?P<mod>{MODIFIER}|the start of|start of)[-\s]+(?P<y>{YEAR})",
      cases=[("mid-2024", SEED, "2024-01-01", "2024-12-31", "year"),
             ("early 2018", "2017-11-01", "2018-01-01", "2018-12-31", "year"),
             ("end of 2022", SEED, "2022-01-01", "2022-12-31", "year"),
             ("the beginning of 2021", SEED, "2021-01-01", "2021-12-31", "year")],
      examples=[dated("Construction of the new courthouse is due to finish in mid-2024.", SEED,
                      date_fact("mid-2024", "2024-01-01", "2024-12-31"))])
def _year_part(m: re.Match, c: Context) -> Normalised | None:
    return year_part(int(m["y"]), m["mod"])


@rule("april-fiscal-year", "an April-to-March fiscal year: 2003/04, 2011/12",
      rf"(?P<y1>{YEAR})/(?P<y2>\d\d)(?!\d)",
      cases=[("2003/04", UK_13, "2003-04-01", "2004-03-31", "year"),
             ("2011/12", UK_13, "2011-04-01", "2012-03-31", "year"),
             ("2009/11", UK_13, None)],
      examples=[dated("Recorded crime fell by a tenth in 2011/12, the figures show.", UK_13,
                      date_fact("2011/12", "2011-04-01", "2012-03-31"))])
def _year_fiscal(m: re.Match, c: Context) -> Normalised | None:
    y1 = int(m["y1"])
    y2 = y1 // 100 * 100 + int(m["y2"])
    if y2 != y1 + 1:
        return None
    return Normalised(dt.date(y1, 4, 1), dt.date(y2, 3, 31), "year")


# Two consecutive years written as one ("2020-21"): the second year's last two digits.
_SPLIT_YEARS = "|".join(f"{n:02d}[-–]{(n + 1) % 100:02d}" for n in range(100))


@rule("split-year", "a bare split year, July to June like a school, sports or Australian "
      "financial year: 2020-21, 1999-00 (not 2020-22, nor a reference number)",
      rf"(?<![\d$.,/-])(?P<c>1[89]|20)(?P<yy>{_SPLIT_YEARS})(?![\d/]|[-–]\d)",
      cases=[("2020-21", SEED, "2020-07-01", "2021-06-30", "year"),
             ("1999-00", SEED, "1999-07-01", "2000-06-30", "year")],
      examples=[dated("For 2020-21, the Government has allocated $52.5 million to the program.",
                      SEED, date_fact("2020-21", "2020-07-01", "2021-06-30"))])
def _split_year(m: re.Match, c: Context) -> Normalised | None:
    y1 = int(m["c"] + m["yy"][:2])
    return Normalised(dt.date(y1, 7, 1), dt.date(y1 + 1, 6, 30), "year")


# What may stand between "between" and the first year of a range: "between approximately
# 2009 and 2012", "between the years 2004 and 2011" (the qualifier stays in the text).
BETWEEN_YEARS_LEAD = r"(?:(?:approximately|about|around|roughly)\s+|the\s+years\s+)?"


@rule("year-range", "a range of years: 1981-1999, 2021 to 2025, between 2021 and 2025 (\"and\" "
      "only after \"between\": \"in 2010 and 2012\" names two years)",
      rf"(?:[Bb]etween\s+{BETWEEN_YEARS_LEAD}(?P<b1>{YEAR})\s+and\s+(?P<b2>{YEAR})"
      rf"|(?P<y1>{YEAR}){DASH}(?P<y2>{YEAR}))",
      cases=[("1981-1999", "2010-10-19", "1981-01-01", "1999-12-31", "year"),
             ("2021-2025", SEED, "2021-01-01", "2025-12-31", "year"),
             ("between 2006 and 2012", SEED, "2006-01-01", "2012-12-31", "year"),
             ("between approximately 2006 and 2012", SEED, "2006-01-01", "2012-12-31", "year"),
             ("between the years 2006 and 2012", SEED, "2006-01-01", "2012-12-31", "year"),
             ("2010-2005", SEED, None)],
      examples=[dated("The scheme defrauded investors from 2004 to 2008.", DOJ_09,
                      date_fact("2004 to 2008", "2004-01-01", "2008-12-31")),
                Example("All those charged for the 2008 and 2011 robberies have been convicted.",
                        published=DOJ_10,
                        has={"dates": (date_fact("2008", "2008-01-01", "2008-12-31"),
                                       date_fact("2011", "2011-01-01", "2011-12-31"))},
                        lacks={"dates": ("2008 and 2011",)})])
def _year_range(m: re.Match, c: Context) -> Normalised | None:
    y1, y2 = int(m["y1"] or m["b1"]), int(m["y2"] or m["b2"])
    if y2 <= y1:
        return None
    return Normalised(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "year")
