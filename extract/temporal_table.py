"""The frame of the temporal rule table: what a rule is, how one is entered, and the regex
building blocks the rules share.

A rule is one calendar pattern with its normaliser beside it, in the style of HeidelTime's
resource files: `@rule(name, doc, regex, cases=..., examples=...)` above the function that
turns a match into (start, end, granularity). `cases` are the normaliser's examples
(expression, publication date -> start, end, granularity as `temporal.normalise` returns them;
or None where it must leave the expression unresolved), run directly by a unit test;
`examples` are sentences the whole pipeline must date, run by the registry test. Each rule is
declared as a construction (kind "dates", stage "rule") and can be switched off by name.

The rules themselves are in `temporal_dated` (expressions that carry their year) and
`temporal_undated` (the rest, read against the publication date); `RULES` keeps them in the
order they are tried.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

from extract.calendar_spans import Normalised
from extract.constructions import Example, declare
from extract.lexicon.dates import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTHS,
    ORDINALS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_NAMES,
)


class Context(NamedTuple):
    """What a normaliser reads besides its match: the publication date, the numeric order and
    the tense around the expression (-1 past, +1 future, 0 unknown)."""
    anchor: dt.date | None
    day_first: bool
    direction: int


# (expression, publication date or None, start, end, granularity), or (expression, date, None)
# for an expression the rule matches but must leave unresolved.
Case = tuple


@dataclass(frozen=True)
class Rule:
    name: str
    regex: str
    normalise: Callable[[re.Match, Context], Normalised | None]
    cases: tuple[Case, ...]
    compiled: re.Pattern


RULES: list[Rule] = []


def rule(name: str, doc: str, regex: str, cases: Iterable[Case],
         examples: Iterable[Example]) -> Callable:
    """Enter the decorated normaliser in the table under `name`, with its pattern and
    examples, and declare it as a construction."""

    def enter(func: Callable) -> Callable:
        RULES.append(Rule(name, regex, func, tuple(cases), re.compile(regex)))
        declare(name, kind="dates", stage="rule", doc=doc, examples=examples, pattern=regex,
                module=func.__module__)
        return func

    return enter


def date_fact(text: str, start: str, end: str | None = None) -> tuple[str, str, str]:
    """A date fact as an example expects it: (text, start, end), ISO dates."""
    return (text, start, end or start)


def dated(text: str, published: str, *dates: tuple) -> Example:
    """A sentence published on `published` in which the pipeline must find `dates`."""
    return Example(text, has={"dates": dates}, published=published)


def month_number(s: str) -> int:
    return MONTHS[s.rstrip(".").lower()]


def day_number(s: str) -> int:
    return int(re.match(r"\d+", s).group())


# Building blocks. Month names are matched capitalised (so "may" and "march" the verbs are not
# months); everything else ignores case via inline flags where needed.
MONTH = rf"(?:{'|'.join(MONTH_NAMES + MONTH_ABBREVIATIONS)})(?![a-z])\.?"
WEEKDAY = rf"(?:{'|'.join(WEEKDAY_NAMES + WEEKDAY_ABBREVIATIONS)})\.?"
# A stray comma after an abbreviated month, as advisories write it: "FRIDAY, SEPT., 9".
ABBR_COMMA = r"(?:(?<=\.),)?"
DAY = r"(?<!\d)(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?<![\d$.,])(?:1[89]\d\d|20\d\d)(?!\d)(?!,\d{3})"
DASH = r"\s*(?:-|–|—|to|through|until)\s*"
ORD = rf"(?:{'|'.join(ORDINALS)})"
_APOS = r"(?:['’]?s)?"
HOLIDAY = (rf"New\s+Year{_APOS}\s+(?:Day|Eve)|Christmas(?:\s+(?:Eve|Day))?|Boxing\s+Day|"
           rf"Valentine{_APOS}\s+Day|St\.?\s+Patrick{_APOS}\s+Day|Halloween|"
           r"Veterans['’]?\s+Day|Remembrance\s+Day|Armistice\s+Day|Australia\s+Day|"
           r"(?:Anzac|ANZAC)\s+Day|Juneteenth|Good\s+Friday|Easter(?:\s+(?:Sunday|Monday))?|"
           r"Thanksgiving(?:\s+Day)?|Memorial\s+Day|Labor\s+Day")
MODIFIER = r"early|mid|late|end of|the end of|beginning of|the beginning of"

# Publication dates the examples are read against (the seed release, DOJ, Australian
# ministers, GOV.UK).
SEED, DOJ_09, DOJ_10 = "2021-11-25", "2009-11-13", "2010-10-08"
AU_20, AU_OCT, UK_13 = "2020-02-20", "2020-10-14", "2013-01-28"
