"""Calendar arithmetic the temporal rules share: the (start, end, granularity) of a day range, a
month, a quarter, a season, a part of a year, a holiday, and the year of a year-less date.

Pure functions; an impossible date ("February 30") gives None rather than an exception.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple

from extract.lexicon.dates import EASTER_OFFSETS, HOLIDAYS, RELATIVE_SHIFTS, SEASONS


class Normalised(NamedTuple):
    start: dt.date
    end: dt.date
    granularity: str


def last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def month_span(y: int, m: int) -> Normalised:
    return Normalised(dt.date(y, m, 1), dt.date(y, m, last_day(y, m)), "month")


def year_span(y: int) -> Normalised:
    return Normalised(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")


def quarter_span(y: int, q: int) -> Normalised:
    m = 3 * (q - 1) + 1
    return Normalised(dt.date(y, m, 1), dt.date(y, m + 2, last_day(y, m + 2)), "quarter")


def months_span(y1: int, m1: int, y2: int, m2: int, granularity: str) -> Normalised:
    return Normalised(dt.date(y1, m1, 1), dt.date(y2, m2, last_day(y2, m2)), granularity)


def shift_month(anchor: dt.date, shift: int) -> Normalised:
    """The month `shift` months from the anchor's."""
    y, m = divmod(anchor.year * 12 + anchor.month - 1 + shift, 12)
    return month_span(y, m + 1)


def year_part(y: int, mod: str) -> Normalised:
    """ "early 2025", "mid-2024", "the end of 2022": the year named. TimeML keeps such a
    qualifier apart from the value (its `mod`), and so do the annotations: the qualifier stays
    in the text only."""
    return year_span(y)


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def days(y: int, m1: int, d1: int, m2: int | None, d2: int | None) -> Normalised | None:
    """A day or a range of days; None where a day does not exist or the range runs backwards."""
    start = safe_date(y, m1, d1)
    end = safe_date(y, m2 or m1, d2) if d2 is not None else start
    if start is None or end is None or end < start:
        return None
    return Normalised(start, end, "day")


def relative(expr: str, anchor: dt.date) -> Normalised | None:
    """ "this/last/next/the coming/the past year|month|week|quarter|<season>", from the anchor."""
    words = expr.lower().replace("the coming", "next").replace("the past", "last").split()
    words = [w for w in words if w not in ("earlier", "later")]
    which, unit = words[0], words[-1]
    shift = RELATIVE_SHIFTS[which]
    if unit == "year":
        return year_span(anchor.year + shift)
    if unit == "month":
        return shift_month(anchor, shift)
    if unit == "week":
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=shift)
        return Normalised(monday, monday + dt.timedelta(days=6), "week")
    if unit == "quarter":
        q = (anchor.month - 1) // 3 + shift
        y, q = anchor.year + q // 4, q % 4
        return quarter_span(y, q + 1)
    if unit in SEASONS:
        m = SEASONS[unit]
        y = anchor.year + shift
        if shift == -1 and anchor.month > m + 2:  # "last fall" said in December is this year's
            y += 1
        if shift == 0 and unit == "winter" and anchor.month < 3:
            y -= 1
        end_y, end_m = (y + 1, m + 2 - 12) if m + 2 > 12 else (y, m + 2)
        return months_span(y, m, end_y, end_m, "quarter")
    return None


def easter(year: int) -> dt.date:
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


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday of a month; n = -1 is the last."""
    if n < 0:
        last = dt.date(year, month, last_day(year, month))
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def holiday_key(name: str) -> str:
    """One spelling for "New Year's Day", "New Years Day" (scraped) and "New Year Day"."""
    key = re.sub(r"['’.]", "", " ".join(name.lower().split()))
    return re.sub(r"s\b(?= day| eve)", "", key)


_FIXED_HOLIDAYS = {holiday_key(name): day for name, day in HOLIDAYS.items()}


def holiday(name: str, year: int) -> dt.date | None:
    key = holiday_key(name)
    if key in _FIXED_HOLIDAYS:
        return safe_date(year, *_FIXED_HOLIDAYS[key])
    if key in EASTER_OFFSETS:
        return easter(year) + dt.timedelta(days=EASTER_OFFSETS[key])
    if key.startswith("thanksgiving"):
        return nth_weekday(year, 11, 3, 4)  # U.S.: fourth Thursday of November
    if key == "memorial day":
        return nth_weekday(year, 5, 0, -1)
    if key == "labor day":
        return nth_weekday(year, 9, 0, 1)
    return None


def year_for(anchor: dt.date, month: int, day: int, direction: int) -> int:
    """The year of a year-less date: the publication year, unless the tense points across
    it ("said on Nov. 25" in January is last year's; "will open on 3 March" in December is
    next year's)."""
    same = safe_date(anchor.year, month, min(day, last_day(anchor.year, month)))
    gap = (same - anchor).days if same else 0
    # Only a clear crossing moves the year: a date weeks away is this year's either way.
    if direction < 0 and gap > 60:
        return anchor.year - 1
    if direction > 0 and gap < -60:
        return anchor.year + 1
    return anchor.year
