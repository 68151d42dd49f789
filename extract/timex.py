"""TIMEX3 (TimeML) values, and the temporal expressions that are not calendar dates.

`date_value` writes a normalised date in TimeML's value format (2021-11-25, 2021-11, 2021,
2021-Q3, 2021-H1, 2021-W47, 2009-FA, 199X). `find_other` finds durations ("three years" ->
P3Y, "16-hour" -> PT16H, "years" -> PXY), recurrences ("daily" -> P1D, "every month" -> P1M),
times of day ("9:15 p.m." -> T21:15 on the anchor day, "this morning" -> TMO) and vague
references ("now" -> PRESENT_REF, "recently" -> PAST_REF). Pure functions.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from extract.calendar_spans import Normalised
from extract.lexicon.dates import NUMBERS, VAGUE_NUMBERS

SEASON_CODES = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}
UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE", "century": "CE",
         "hour": "H", "minute": "M", "second": "S", "quarter": "Q", "weekend": "WE"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "tonight": "NI", "overnight": "NI"}


class Timex(NamedTuple):
    start: int
    end: int
    type: str
    value: str | None


def date_value(value: Normalised | None) -> str | None:
    """TimeML value of a calendar expression's normalised range."""
    if value is None:
        return None
    start, end, gran = value.start, value.end, value.granularity
    if gran == "day":
        return start.isoformat()
    if gran == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if gran == "month":
        return f"{start.year}-{start.month:02d}"
    if gran == "quarter":
        if start.month in SEASON_CODES:
            return f"{start.year}-{SEASON_CODES[start.month]}"
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    if gran == "half":
        return f"{start.year}-H{1 if start.month <= 6 else 2}"
    if gran == "year":
        if end.year - start.year == 9 and start.year % 10 == 0:
            return f"{start.year // 10}X"
        if start.month == 1 and end.month == 12:
            # a range of years ("between 1992 and 2000") is one expression: an ISO interval
            return str(start.year) if end.year == start.year else f"{start.year}/{end.year}"
        return f"FY{end.year}"
    return start.isoformat()


_NUM = r"(?:\d+\s+1/2|\d+(?:[.,]\d+)?|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) \
    + r"|" + "|".join(sorted(VAGUE_NUMBERS)) + r")"
_UNIT = r"(?:years?|months?|weeks?|days?|decades?|centuries|century|hours?|minutes?|seconds?|" \
        r"quarters?|weekends?)"
PATTERNS = [
    ("SET", re.compile(r"(?i)\b(?:every|each|per)\s+(?:other\s+)?(?:year|month|week|day|"
                       r"quarter|hour|morning|night)\b|\b(?:daily|weekly|monthly|annually|"
                       r"annual|yearly|quarterly|hourly|nightly|biweekly|semiannual)\b")),
    ("DURATION", re.compile(
        rf"(?i)\b(?:(?:the\s+)?(?:past|last|next|first|coming|previous|following)\s+"
        rf"|the\s+(?=(?:coming|upcoming)\s))?"  # the article of "the coming weeks"
        rf"(?:more\s+than\s+|less\s+than\s+|nearly\s+|almost\s+|about\s+|over\s+|up\s+to\s+)?"
        rf"(?:{_NUM}[\s-]+(?:and\s+a\s+half\s+)?)(?:of\s+)?{_UNIT}"
        rf"(?:[\s-]+(?:long|old)\b|(?<=s)['’](?!\w)|\b)"  # "five years' probation"
        rf"|\b(?:(?:the\s+)?(?:past|last|next|coming)\s+)(?:year|decade|century|month|week)\b"
        rf"|\b(?:years|decades|months|weeks|centuries)\b")),
    ("TIME", re.compile(r"(?i)\b(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:a\.?m\.?|p\.?m\.?))?"
                        r"(?:\s+(?:[A-Z]{2,4}T|GMT|UTC))?|\b(?:1[0-2]|[1-9])\s*(?:a\.m\.|p\.m\.|"
                        r"am|pm)\b|\b(?:this|yesterday|tomorrow|friday|monday|tuesday|wednesday|"
                        r"thursday|saturday|sunday)\s+(?:morning|afternoon|evening|night)\b"
                        r"|\b(?:later|earlier)\s+(?:in\s+the|that)\s+(?:day|morning|afternoon|"
                        r"evening)\b|\bthe\s+(?:morning|afternoon|evening)\b"
                        r"|\btonight\b|\bovernight\b|\bnoon\b|\bmidnight\b")),
    ("REF", re.compile(r"(?i)\b(?:now|currently|at present|presently|nowadays|recently|"
                       r"lately|in the past|in the future)\b")),
]
REFS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
        "presently": "PRESENT_REF", "nowadays": "PRESENT_REF", "recently": "PAST_REF",
        "lately": "PAST_REF", "in the past": "PAST_REF", "once": "PAST_REF",
        "soon": "FUTURE_REF", "in the future": "FUTURE_REF", "the future": "FUTURE_REF"}


def _number(word: str) -> float | None:
    word = word.lower().replace(",", "")
    if re.fullmatch(r"\d+\s+1/2", word):
        return float(word.split()[0]) + 0.5
    try:
        return float(word)
    except ValueError:
        return NUMBERS.get(word)


def duration_value(text: str) -> str:
    """ "three years" -> P3Y, "16-hour" -> PT16H, "5 1/2 hours" -> PT5H30M, "years" -> PXY."""
    low = text.lower().replace("-", " ")
    unit_m = re.search(_UNIT, low)
    unit = unit_m.group().rstrip("s") if unit_m else "year"
    unit = "century" if unit.startswith("centur") else unit
    num_m = re.search(rf"\b{_NUM}\b", low.replace("the past", "").replace("the last", ""))
    n = _number(num_m.group()) if num_m else None
    if num_m is None and re.search(r"\b(?:past|last|next|coming)\s", low):
        n = 1
    if "and a half" in low and n is not None:
        n += 0.5
    if unit == "decade":
        code, n = "Y", (n * 10 if n is not None else None)
    elif unit == "century":
        code, n = "Y", (n * 100 if n is not None else None)
    elif unit == "weekend":
        code, n = "D", (n * 2 if n is not None else None)
    elif unit == "quarter":
        code, n = "M", (n * 3 if n is not None else None)
    else:
        code = UNITS[unit]
    amount = "X" if n is None else (str(int(n)) if float(n).is_integer() else None)
    timed = unit in ("hour", "minute", "second")
    if amount is None:  # a half: 5.5 hours -> PT5H30M
        whole = int(n)
        if unit == "hour":
            return f"PT{whole}H30M"
        if unit == "year":
            return f"P{whole}Y6M"
        amount = str(n)
    return f"P{'T' if timed else ''}{amount}{code}"


def set_value(text: str) -> str:
    low = text.lower()
    for key, value in (("hour", "PT1H"), ("day", "P1D"), ("daily", "P1D"), ("night", "P1D"),
                       ("morning", "P1D"), ("week", "P1W"), ("month", "P1M"),
                       ("quarter", "P3M"), ("annual", "P1Y"), ("year", "P1Y")):
        if key in low:
            return "P2W" if "biweekly" in low else "P6M" if "semiannual" in low else value
    return "P1D"


def time_value(text: str, anchor: dt.date | None) -> str | None:
    """ "9:15 p.m." -> T21:15 and "this morning" -> TMO on the anchor day; "the afternoon",
    "later in the day" on a day the text does not name (XXXX-XX-XX, no value for a whole day)."""
    low = text.lower()
    named = not re.match(r"(?:the|later|earlier)\b", low)  # else the day of the events told
    day = anchor.isoformat() if anchor and named else "XXXX-XX-XX"
    for word, code in PARTS_OF_DAY.items():
        if word in low:
            if low.startswith("yesterday") and anchor:
                day = (anchor - dt.timedelta(days=1)).isoformat()
            if low.startswith("tomorrow") and anchor:
                day = (anchor + dt.timedelta(days=1)).isoformat()
            return f"{day}T{code}"
    if "noon" in low:
        return f"{day}T12:00"
    if "midnight" in low:
        return f"{day}T24:00"
    m = re.search(r"(\d{1,2})(?:[:.](\d\d))?\s*(a\.?m\.?|p\.?m\.?|am|pm)?", low)
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if m.group(3) and m.group(3).startswith("p") and hour < 12:
        hour += 12
    if m.group(3) and m.group(3).startswith("a") and hour == 12:
        hour = 0
    return f"{day}T{hour:02d}:{minute:02d}"


def find_other(text: str, anchor: dt.date | None, taken: list[tuple[int, int]]) -> list[Timex]:
    """Durations, recurrences, times of day and vague references outside the `taken`
    (calendar date) spans, leftmost-longest."""
    found: list[Timex] = []
    occupied = list(taken)
    for kind, rx in PATTERNS:
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            if any(s < b and a < e for a, b in occupied):
                continue
            expr = m.group()
            if kind == "SET":
                value, ttype = set_value(expr), "SET"
            elif kind == "DURATION":
                if re.search(r"(?i)\bold\b", expr):
                    continue  # an age
                value, ttype = duration_value(expr), "DURATION"
            elif kind == "TIME":
                value, ttype = time_value(expr, anchor), "TIME"
            else:
                value, ttype = REFS.get(expr.lower()), "DATE"
            found.append(Timex(s, e, ttype, value))
            occupied.append((s, e))
    return sorted(found)
