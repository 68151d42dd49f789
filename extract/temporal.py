"""Calendar expressions: find them in text and normalise them to (start, end, granularity).

Pure functions. The frequent press-release formats go through compiled patterns (a fast path
that never guesses); anything else is handed to one shared `dateparser.DateDataParser` with
English only and the publication date as its relative base, behind a cache keyed by
(expression, anchor). Where a relative or year-less expression has no anchor, the result is
None: unresolved rather than guessed from today's date.

Choices (see README): numeric dates are month-first ("03/04/2021" is March 4) unless the
first number cannot be a month or `day_first=True`; a year-less date takes the anchor's year;
"FY 2010" is the U.S. federal fiscal year (Oct 2009 - Sep 2010); "2003/04" is the
April-to-March fiscal year; seasons are meteorological (fall = Sep-Nov) with granularity
"quarter"; "mid-2024" is the middle two quarters.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple


class Normalised(NamedTuple):
    start: dt.date
    end: dt.date
    granularity: str


MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4,
            "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "a": 1,
}
SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}

# Building blocks. Month names are matched capitalised (so "may" and "march" the verbs are not
# months); everything else ignores case via inline flags where needed.
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z])\.?")
_WEEKDAY = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
            r"Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun)\.?")
_DAY = r"(?<!\d)(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?<![\d$.,])(?:1[89]\d\d|20\d\d)(?!\d)(?!,\d{3})"
_DASH = r"\s*(?:-|–|—|to|through|until)\s*"
_ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"

_APOS = r"(?:['’]?s)?"
_HOLIDAY = (rf"New\s+Year{_APOS}\s+(?:Day|Eve)|Christmas(?:\s+(?:Eve|Day))?|Boxing\s+Day|"
            rf"Valentine{_APOS}\s+Day|St\.?\s+Patrick{_APOS}\s+Day|Halloween|"
            r"Veterans['’]?\s+Day|Remembrance\s+Day|Armistice\s+Day|Australia\s+Day|"
            r"(?:Anzac|ANZAC)\s+Day|Juneteenth|Good\s+Friday|Easter(?:\s+(?:Sunday|Monday))?|"
            r"Thanksgiving(?:\s+Day)?|Memorial\s+Day|Labor\s+Day")
# Fixed-date holidays (month, day); the others are computed in `_holiday`.
HOLIDAYS = {"new year day": (1, 1), "new year eve": (12, 31), "christmas eve": (12, 24),
            "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
            "valentine day": (2, 14), "st patrick day": (3, 17), "halloween": (10, 31),
            "veterans day": (11, 11), "remembrance day": (11, 11), "armistice day": (11, 11),
            "australia day": (1, 26), "anzac day": (4, 25), "juneteenth": (6, 19)}
EASTER_OFFSETS = {"good friday": -2, "easter": 0, "easter sunday": 0, "easter monday": 1}

PATTERNS: list[tuple[str, str]] = [
    # 2021-11-25, 2021/11/25
    ("iso", r"(?<!\d)(?P<y>\d{4})[-/](?P<m>0?[1-9]|1[0-2])[-/](?P<d>[0-3]?\d)(?!\d)"),
    # 11/25/2021, 25.11.2021
    ("numeric", r"(?<![\d/])(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<y>\d{4})(?!\d)"),
    # (Thursday,) November 9(-10|to November 10), 2021
    ("mdy", rf"(?:{_WEEKDAY},?\s+)?(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})"
            rf"(?:{_DASH}(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{_DAY}))?,?\s+(?P<y>{_YEAR})"),
    # (Thursday) 20(-21|to 21) (of) February(,) 2020; 30 November - 2 December 2021
    ("dmy", rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?P<d1>{_DAY})(?:\s+(?P<m1>{_MONTH}))?"
            rf"(?:{_DASH}(?P<d2>{_DAY}))?\s+(?:of\s+)?(?P<m2>{_MONTH}),?\s+(?P<y>{_YEAR})"),
    # between March and May 2022; March-May 2022
    ("month_range", rf"(?:between\s+)?(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?"
                    rf"(?:{_DASH}|\s+and\s+)(?P<m2>{_MONTH}),?\s+(?P<y>{_YEAR})"),
    # November 2021, Nov. 2021
    ("my", rf"(?:(?P<mod>early|mid|late|end of|the end of|beginning of|the beginning of)[-\s]+)?"
           rf"(?P<m>{_MONTH}),?\s+(?:of\s+)?(?P<y>{_YEAR})"),
    # Q3 2023, the third quarter of 2023, first half of 2024
    ("quarter", rf"(?:Q(?P<q>[1-4])\s*(?P<y1>{_YEAR})|(?:the\s+)?(?P<qo>{_ORD})\s+quarter\s+"
                rf"(?:of\s+)?(?P<y2>{_YEAR}))"),
    ("half", rf"(?:H(?P<h>[12])\s*(?P<y1>{_YEAR})|(?:the\s+)?(?P<ho>first|second|1st|2nd)\s+half"
             rf"\s+(?:of\s+)?(?P<y2>{_YEAR}))"),
    # the 1990s, the mid-1990s, the early 2000s
    ("decade", r"(?:(?P<mod>early|mid|late)[-\s]+)?(?P<d>1[89]\d|20\d)0(?:s|'s)(?![\w'])"),
    # Fiscal Year (FY) 2010, FY 2010, FY2010
    ("fiscal", rf"(?:Fiscal\s+Year\s+(?:\(FY\)\s*)?|FY\s?)(?P<y>{_YEAR})"),
    # early 2025, mid-2024, late 2023, end of 2022, the beginning of 2021
    ("year_part", rf"(?P<mod>early|mid|late|end of|the end of|beginning of|the beginning of|"
                  rf"the start of|start of)[-\s]+(?P<y>{_YEAR})"),
    # 2003/04 (fiscal), 1981-1999, 2021 to 2025
    ("year_fiscal", rf"(?P<y1>{_YEAR})/(?P<y2>\d\d)(?!\d)"),
    ("year_range", rf"(?:between\s+)?(?P<y1>{_YEAR})(?:{_DASH}|\s+and\s+)(?P<y2>{_YEAR})"),
    # November 9-10, Nov. 22 (year from the anchor)
    ("md", rf"(?:{_WEEKDAY},?\s+)?(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})"
           rf"(?:{_DASH}(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{_DAY}))?(?![\d:])"),
    # 9 to 10 November, 29 February, Thursday 20 February
    ("dm", rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?P<d1>{_DAY})(?:{_DASH}(?P<d2>{_DAY}))?\s+(?:of\s+)?"
           rf"(?P<m>{_MONTH})"),
    # Christmas Day, New Years Eve, Easter Monday 2021, Thanksgiving (fixed or computed days)
    ("holiday", rf"(?P<h>{_HOLIDAY})(?:,?\s+(?P<y>{_YEAR}))?(?![\w'’])"
                r"(?!\s+(?:Island|Islands|Rising|tree|trees|cards?|gifts?|presents?|lights|"
                r"markets?|part(?:y|ies)))"),
    # "in the run up to the New Year": the coming calendar year (not "Lunar New Year")
    ("new_year", r"(?<!Lunar )(?<!Chinese )New\s+Year(?![\w'’])(?!\s+[A-Z\d])"),
    # relative days
    ("today", r"(?i:today|tonight|this morning|this afternoon|this evening|yesterday|tomorrow)\b"),
    # this/last/next year|month|week|quarter|season, earlier this year
    ("relative", r"(?i:(?:earlier|later)\s+)?(?i:this|last|next|past|the coming|the past)\s+"
                 r"(?i:year|month|week|quarter|spring|summer|fall|autumn|winter)\b"),
    ("ago", r"(?i:(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"twenty|a)"
            r"\s+(?P<unit>years?|months?|weeks?|days?)\s+ago)\b"),
    ("end_of", r"(?i:(?:by\s+)?the\s+(?:end|beginning|start)\s+of\s+(?:this|the|next|last)\s+"
               r"(?:year|month|week))\b"),
    # the third quarter, third-quarter (of the publication year)
    ("quarter_nameless", rf"(?:(?i:the)\s+)?(?:(?i:fiscal)\s+)?(?P<qo>(?i:{_ORD}))[-\s]+"
                         rf"(?i:quarter)(?![-\w]*\s+(?:of\s+)?\d)"),
    # last May, next November, early December
    ("month_rel", rf"(?P<rel>(?i:last|next|this|early|mid|late))[-\s]+(?P<m>{_MONTH})(?!\s*\d)"),
    ("weekday", rf"(?:(?i:this|last|next)\s+)?(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|"
                rf"Saturday|Sunday)(?!,?\s+(?:{_MONTH}|{_DAY}))"),
    ("month", r"(?P<m>January|February|April|June|July|August|September|October|November|"
              r"December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)(?!\s*\d)"),
    ("year", rf"(?P<y>{_YEAR})"),
]
_COMPILED = [(name, re.compile(rx)) for name, rx in PATTERNS]
_UNNAMED = (re.sub(r"\(\?P<\w+>", "(?:", rx) for _, rx in PATTERNS)
FINDER = re.compile("|".join(f"(?:{rx})" for rx in _UNNAMED))


def _month(s: str) -> int:
    return MONTHS[s.rstrip(".").lower()]


def _day(s: str) -> int:
    return int(re.match(r"\d+", s).group())


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _month_span(y: int, m: int) -> Normalised:
    return Normalised(dt.date(y, m, 1), dt.date(y, m, _last_day(y, m)), "month")


def _year_span(y: int) -> Normalised:
    return Normalised(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")


def _quarter_span(y: int, q: int) -> Normalised:
    m = 3 * (q - 1) + 1
    return Normalised(dt.date(y, m, 1), dt.date(y, m + 2, _last_day(y, m + 2)), "quarter")


def _months_span(y1: int, m1: int, y2: int, m2: int, granularity: str) -> Normalised:
    return Normalised(dt.date(y1, m1, 1), dt.date(y2, m2, _last_day(y2, m2)), granularity)


def _year_part(y: int, mod: str) -> Normalised:
    mod = mod.lower().replace("the ", "")
    if mod in ("early", "beginning of", "start of"):
        return _months_span(y, 1, y, 4, "quarter") if mod == "early" else _quarter_span(y, 1)
    if mod == "mid":
        return _months_span(y, 4, y, 9, "half")
    if mod == "late":
        return _months_span(y, 9, y, 12, "quarter")
    return _quarter_span(y, 4)  # end of


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _days(y: int, m1: int, d1: int, m2: int | None, d2: int | None) -> Normalised | None:
    start = _safe_date(y, m1, d1)
    end = _safe_date(y, m2 or m1, d2) if d2 is not None else start
    if start is None or end is None or end < start:
        return None
    return Normalised(start, end, "day")


def _relative(expr: str, anchor: dt.date) -> Normalised | None:
    words = expr.lower().replace("the coming", "next").replace("the past", "last").split()
    words = [w for w in words if w not in ("earlier", "later")]
    which, unit = words[0], words[-1]
    shift = {"this": 0, "last": -1, "past": -1, "next": 1}[which]
    if unit == "year":
        return _year_span(anchor.year + shift)
    if unit == "month":
        y, m = divmod(anchor.year * 12 + anchor.month - 1 + shift, 12)
        return _month_span(y, m + 1)
    if unit == "week":
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=shift)
        return Normalised(monday, monday + dt.timedelta(days=6), "week")
    if unit == "quarter":
        q = (anchor.month - 1) // 3 + shift
        y, q = anchor.year + q // 4, q % 4
        return _quarter_span(y, q + 1)
    if unit in SEASONS:
        m = SEASONS[unit]
        y = anchor.year + shift
        if shift == -1 and anchor.month > m + 2:  # "last fall" said in December is this year's
            y += 1
        if shift == 0 and unit == "winter" and anchor.month < 3:
            y -= 1
        end_y, end_m = (y + 1, m + 2 - 12) if m + 2 > 12 else (y, m + 2)
        return _months_span(y, m, end_y, end_m, "quarter")
    return None


def _easter(year: int) -> dt.date:
    """Easter Sunday of a Gregorian year (the Meeus/Jones/Butcher computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    n = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * n) // 451
    month, day = divmod(h + n - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday of a month; n = -1 is the last."""
    if n < 0:
        last = dt.date(year, month, _last_day(year, month))
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _holiday_key(name: str) -> str:
    """One spelling for "New Year's Day", "New Years Day" (scraped) and "New Year Day"."""
    key = re.sub(r"['’.]", "", " ".join(name.lower().split()))
    return re.sub(r"s\b(?= day| eve)", "", key)


def _holiday(name: str, year: int) -> dt.date | None:
    key = _holiday_key(name)
    if key in _FIXED_HOLIDAYS:
        return _safe_date(year, *_FIXED_HOLIDAYS[key])
    if key in EASTER_OFFSETS:
        return _easter(year) + dt.timedelta(days=EASTER_OFFSETS[key])
    if key.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 3, 4)  # U.S.: fourth Thursday of November
    if key == "memorial day":
        return _nth_weekday(year, 5, 0, -1)
    if key == "labor day":
        return _nth_weekday(year, 9, 0, 1)
    return None


_FIXED_HOLIDAYS = {_holiday_key(name): day for name, day in HOLIDAYS.items()}


def _year_for(anchor: dt.date, month: int, day: int, direction: int) -> int:
    """The year of a year-less date: the publication year, unless the tense points across
    it ("said on Nov. 25" in January is last year's; "will open on 3 March" in December is
    next year's)."""
    same = _safe_date(anchor.year, month, min(day, _last_day(anchor.year, month)))
    gap = (same - anchor).days if same else 0
    # Only a clear crossing moves the year: a date weeks away is this year's either way.
    if direction < 0 and gap > 60:
        return anchor.year - 1
    if direction > 0 and gap < -60:
        return anchor.year + 1
    return anchor.year


def _parse(name: str, m: re.Match, anchor: dt.date | None, day_first: bool,
           direction: int = 0) -> Normalised | None:
    g = m.groupdict()
    year = int(g["y"]) if g.get("y") else None
    if name == "iso":
        return _days(year, int(g["m"]), int(g["d"]), None, None)
    if name == "numeric":
        a, b = int(g["a"]), int(g["b"])
        month, day = (b, a) if (day_first or a > 12) and b <= 12 else (a, b)
        return _days(year, month, day, None, None)
    if name in ("mdy", "md"):
        if year is None:
            if anchor is None:
                return None
            year = _year_for(anchor, _month(g["m1"]), _day(g["d1"]), direction)
        return _days(year, _month(g["m1"]), _day(g["d1"]),
                     _month(g["m2"]) if g.get("m2") else None,
                     _day(g["d2"]) if g.get("d2") else None)
    if name == "dmy":
        m2 = _month(g["m2"])
        m1 = _month(g["m1"]) if g.get("m1") else m2
        if g.get("d2"):
            return _days(year, m1, _day(g["d1"]), m2, _day(g["d2"]))
        return _days(year, m2, _day(g["d1"]), None, None)
    if name == "dm":
        if anchor is None:
            return None
        year = _year_for(anchor, _month(g["m"]), _day(g["d1"]), direction)
        return _days(year, _month(g["m"]), _day(g["d1"]), None,
                     _day(g["d2"]) if g.get("d2") else None)
    if name == "month_range":
        y1 = int(g["y1"]) if g.get("y1") else year
        return _months_span(y1, _month(g["m1"]), year, _month(g["m2"]), "month")
    if name == "my":
        if g.get("mod"):
            span = _month_span(year, _month(g["m"]))
            return Normalised(span.start, span.end, "month")
        return _month_span(year, _month(g["m"]))
    if name == "quarter":
        q = int(g["q"]) if g.get("q") else ORDINALS[g["qo"].lower()]
        return _quarter_span(int(g.get("y1") or g.get("y2")), q)
    if name == "half":
        h = int(g["h"]) if g.get("h") else ORDINALS[g["ho"].lower()]
        y = int(g.get("y1") or g.get("y2"))
        return _months_span(y, 6 * h - 5, y, 6 * h, "half")
    if name == "decade":
        first = int(g["d"]) * 10
        if g.get("mod"):
            lo, hi = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}[g["mod"].lower()]
            return Normalised(dt.date(first + lo, 1, 1), dt.date(first + hi, 12, 31), "year")
        return Normalised(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), "year")
    if name == "fiscal":
        return Normalised(dt.date(year - 1, 10, 1), dt.date(year, 9, 30), "year")
    if name == "year_part":
        return _year_part(year, g["mod"])
    if name == "year_fiscal":
        y1 = int(g["y1"])
        y2 = y1 // 100 * 100 + int(g["y2"])
        if y2 != y1 + 1:
            return None
        return Normalised(dt.date(y1, 4, 1), dt.date(y2, 3, 31), "year")
    if name == "year_range":
        y1, y2 = int(g["y1"]), int(g["y2"])
        if y2 <= y1:
            return None
        return Normalised(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "year")
    if name == "year":
        return _year_span(year)
    if name == "holiday" and year:
        day = _holiday(g["h"], year)
        return Normalised(day, day, "day") if day else None
    if anchor is None:
        return None
    text = m.group().lower()
    if name == "today":
        shift = {"yesterday": -1, "tomorrow": 1}.get(text, 0)
        d = anchor + dt.timedelta(days=shift)
        return Normalised(d, d, "day")
    if name == "relative":
        return _relative(text, anchor)
    if name == "ago":
        n = int(g["n"]) if g["n"].isdigit() else NUMBER_WORDS[g["n"].lower()]
        unit = g["unit"].lower().rstrip("s")
        if unit == "year":
            return _year_span(anchor.year - n)
        if unit == "month":
            y, mo = divmod(anchor.year * 12 + anchor.month - 1 - n, 12)
            return _month_span(y, mo + 1)
        d = anchor - dt.timedelta(days=n * (7 if unit == "week" else 1))
        return Normalised(d, d, "day")
    if name == "end_of":
        words = text.split()
        unit, which = words[-1], words[-2]
        shift = {"this": 0, "the": 0, "next": 1, "last": -1}[which]
        edge = "end" if "end" in words else "start"
        if unit == "year":
            span = _quarter_span(anchor.year + shift, 4 if edge == "end" else 1)
            return span
        base = _relative(f"{'this' if shift == 0 else which} {unit}", anchor)
        return base
    if name == "weekday":
        w = WEEKDAYS[g["w"].lower()]
        if text.startswith(("last", "next")) or direction == 0:
            monday = anchor - dt.timedelta(days=anchor.weekday())
            if text.startswith("last"):
                monday -= dt.timedelta(weeks=1)
            elif text.startswith("next"):
                monday += dt.timedelta(weeks=1)
            d = monday + dt.timedelta(days=w)
        else:  # "said on Friday": the last one; "will meet on Friday": the next one
            delta = (w - anchor.weekday()) % 7
            d = anchor + dt.timedelta(days=delta) if direction > 0 else \
                anchor - dt.timedelta(days=(anchor.weekday() - w) % 7)
        return Normalised(d, d, "day")
    if name == "month":
        return _month_span(_year_for(anchor, _month(g["m"]), 1, direction), _month(g["m"]))
    if name == "month_rel":
        rel, month = g["rel"].lower(), _month(g["m"])
        year = {"last": anchor.year - (month >= anchor.month),
                "next": anchor.year + (month <= anchor.month)}.get(
            rel, _year_for(anchor, month, 1, direction))
        return _month_span(year, month)
    if name == "quarter_nameless":
        return _quarter_span(anchor.year, ORDINALS[g["qo"].lower()])
    if name == "holiday":  # year-less: the publication year, unless the tense crosses it
        probe = _holiday(g["h"], anchor.year)
        day = probe and _holiday(g["h"], _year_for(anchor, probe.month, probe.day, direction))
        return Normalised(day, day, "day") if day else None
    if name == "new_year":  # said in the second half of a year, the coming one
        return _year_span(anchor.year + (anchor.month >= 7))
    return None


def normalise(expr: str, anchor: dt.date | None = None, day_first: bool = False,
              direction: int = 0) -> Normalised | None:
    """Start, end and granularity of one date expression, or None where it names no calendar
    unit or needs an anchor it lacks. `direction` is the tense around it (-1 past, +1
    future, 0 unknown), which places bare weekdays and year-less dates."""
    return _normalise(" ".join(expr.split()), anchor, day_first, direction)


@lru_cache(maxsize=65536)
def _normalise(expr: str, anchor: dt.date | None, day_first: bool,
               direction: int = 0) -> Normalised | None:
    for name, rx in _COMPILED:
        m = rx.fullmatch(expr)
        if m:
            return _parse(name, m, anchor, day_first, direction)
    stripped = re.sub(r"^(?i:the|on|in|by|since|from|until|of)\s+", "", expr)
    if stripped != expr:
        return _normalise(stripped, anchor, day_first, direction)
    return _dateparser_fallback(expr, anchor, day_first)


_PARSER = None


def _dateparser_fallback(expr: str, anchor: dt.date | None, day_first: bool) -> Normalised | None:
    """Rarer forms: dateparser, English only, anchored; day granularity only where it read a
    day, month or year period otherwise. Never anchored on today's date."""
    global _PARSER
    if anchor is None or not re.search(r"\d|(?i:day|week|month|year)", expr):
        return None
    if _PARSER is None:
        from dateparser.date import DateDataParser

        _PARSER = DateDataParser(languages=["en"], settings={
            "PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": True,
            "DATE_ORDER": "DMY" if day_first else "MDY", "STRICT_PARSING": False,
        })
    base = dt.datetime.combine(anchor, dt.time())
    _PARSER._settings.RELATIVE_BASE = base  # one parser, re-based per call (the cache keys on it)
    try:
        data = _PARSER.get_date_data(expr)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    period = data.period or "day"
    if period == "year":
        return _year_span(d.year)
    if period == "month":
        return _month_span(d.year, d.month)
    if period == "week":
        monday = d - dt.timedelta(days=d.weekday())
        return Normalised(monday, monday + dt.timedelta(days=6), "week")
    return Normalised(d, d, "day")


def find_dates(text: str) -> list[tuple[int, int]]:
    """Character spans of the calendar expressions the patterns recognise, leftmost-longest."""
    return [(m.start(), m.end()) for m in FINDER.finditer(text) if m.end() > m.start()]
