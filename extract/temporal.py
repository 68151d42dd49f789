"""Calendar expressions: find them in text and normalise them to (start, end, granularity).

Pure functions. The frequent press-release formats go through the rule table (a fast path
that never guesses: `extract.temporal_table`, rules in `temporal_dated` and
`temporal_undated`); anything else is handed to one shared `dateparser.DateDataParser` with
English only and the publication date as its relative base, behind a cache keyed by
(expression, anchor). Where a relative or year-less expression
has no anchor, the result is None: unresolved rather than guessed from today's date. A rule
switched off (`extract.constructions.switched_off`) is read as if it were not in the table.

Choices (see README): numeric dates are month-first ("03/04/2021" is March 4) unless the
first number cannot be a month or `day_first=True`; a year-less date takes the anchor's year;
"FY 2010" is the U.S. federal fiscal year (Oct 2009 - Sep 2010); "2003/04" is the
April-to-March fiscal year; seasons are meteorological (fall = Sep-Nov) with granularity
"quarter"; "mid-2024" is the middle two quarters.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import extract.temporal_undated  # noqa: F401  (enters the rules in the table, in order)
from extract.calendar_spans import Normalised, month_span, year_span
from extract.constructions import Example, declare, is_on
from extract.lexicon.dates import (
    DATE_LEAD_WORDS,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTHS,
    ORDINALS,
    SEASONS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_NAMES,
    WEEKDAYS,
)
from extract.temporal_table import RULES, Context, Rule, date_fact, dated

__all__ = ["FINDER", "MONTHS", "ORDINALS", "PATTERNS", "RULES", "SEASONS", "WEEKDAYS",
           "Normalised", "calendar_case", "find_dates", "finder", "normalise", "rule_for",
           "rules_off"]

# (name, regex) of every rule, in the order they are tried.
PATTERNS: list[tuple[str, str]] = [(r.name, r.regex) for r in RULES]
_LEAD = re.compile(rf"^(?i:{'|'.join(DATE_LEAD_WORDS)})\s+")
_NAMES = tuple(r.name for r in RULES)


# Month and weekday names in capitals ("FRIDAY, SEPTEMBER 9, 2016" in a media advisory, "4 JULY,
# 2019" in a header): full names, and abbreviations only with their full stop ("SEPT."), so
# that words such as "MAY", "MARCH", "SUN" or "DEC" in a capitalised headline stay words.
_VERB_MONTHS = ("March", "May")
_CAPITALS = re.compile(
    r"\b(?:(?:" + "|".join(n.upper() for n in MONTH_NAMES + WEEKDAY_NAMES if n not in _VERB_MONTHS)
    + ")|(?:" + "|".join(n.upper() for n in _VERB_MONTHS) + r")(?=\s+\d)"
    + "|(?:" + "|".join(n.upper() for n in MONTH_ABBREVIATIONS + WEEKDAY_ABBREVIATIONS)
    + r")(?=\.))\b")


declare("calendar-names-in-capitals", kind="dates", stage="rule",
        doc="month and weekday names in capitals read as names, so every rule reads them: "
            "FRIDAY, SEPTEMBER 9, 2016 (not MAY or MARCH without a day, nor DEC or SUN)",
        examples=[dated("WHEN: FRIDAY, SEPTEMBER 9, 2016, at 10 a.m.", "2016-09-07",
                        date_fact("FRIDAY, SEPTEMBER 9, 2016", "2016-09-09")),
                  Example("SHOPS MAY OPEN ON SUNDAYS IN THE CITY", published="2016-09-07",
                          lacks={"dates": ("MAY",)})],
        pattern=_CAPITALS.pattern, module=__name__)


def calendar_case(text: str) -> str:
    """`text` with month and weekday names in capitals written as names ("SEPTEMBER" ->
    "September"), the rest unchanged, same length: the rules match names capitalised."""
    if not is_on("calendar-names-in-capitals"):
        return text
    return _CAPITALS.sub(lambda m: m.group().capitalize(), text)


def rules_off() -> frozenset[str]:
    """The temporal rules switched off where this is called (usually none)."""
    return frozenset(name for name in _NAMES if not is_on(name))


@lru_cache(maxsize=64)
def finder(off: frozenset[str] = frozenset()) -> re.Pattern:
    """One alternation of the rules that are on: the leftmost match, then the earliest rule."""
    unnamed = (re.sub(r"\(\?P<\w+>", "(?:", r.regex) for r in RULES if r.name not in off)
    return re.compile("|".join(f"(?:{rx})" for rx in unnamed) or r"(?!)")


FINDER = finder()


def normalise(expr: str, anchor: dt.date | None = None, day_first: bool = False,
              direction: int = 0) -> Normalised | None:
    """Start, end and granularity of one date expression, or None where it names no calendar
    unit or needs an anchor it lacks. `direction` is the tense around it (-1 past, +1
    future, 0 unknown), which places bare weekdays and year-less dates."""
    return _normalise(calendar_case(" ".join(expr.split())), anchor, day_first, direction,
                      rules_off())


def _reading(expr: str, off: frozenset[str]) -> tuple[Rule, re.Match] | None:
    for r in RULES:
        if r.name not in off:
            m = r.compiled.fullmatch(expr)
            if m:
                return r, m
    return None


@lru_cache(maxsize=65536)
def _normalise(expr: str, anchor: dt.date | None, day_first: bool, direction: int,
               off: frozenset[str]) -> Normalised | None:
    read = _reading(expr, off)
    if read:
        r, m = read
        return r.normalise(m, Context(anchor, day_first, direction))
    stripped = _LEAD.sub("", expr)
    if stripped != expr:
        return _normalise(stripped, anchor, day_first, direction, off)
    return _dateparser_fallback(expr, anchor, day_first)


def rule_for(expr: str) -> str | None:
    """The name of the rule that reads `expr` (after a leading "on", "the", ...), if any."""
    expr = " ".join(expr.split())
    while True:
        read = _reading(expr, rules_off())
        if read:
            return read[0].name
        stripped = _LEAD.sub("", expr)
        if stripped == expr:
            return None
        expr = stripped


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
    except Exception:  # noqa: BLE001 (dateparser raises assorted errors on odd input)
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    period = data.period or "day"
    if period == "year":
        return year_span(d.year)
    if period == "month":
        return month_span(d.year, d.month)
    if period == "week":
        monday = d - dt.timedelta(days=d.weekday())
        return Normalised(monday, monday + dt.timedelta(days=6), "week")
    return Normalised(d, d, "day")


def find_dates(text: str) -> list[tuple[int, int]]:
    """Character spans of the calendar expressions the rules that are on recognise,
    leftmost-longest; month and weekday names in capitals count."""
    return [(m.start(), m.end()) for m in finder(rules_off()).finditer(calendar_case(text))
            if m.end() > m.start()]
