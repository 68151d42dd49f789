"""Date mentions: calendar expressions with exact offsets, normalised against the publication date.

Candidates come from the temporal rules (`extract.temporal`: precise boundaries, fast) and from
spaCy's DATE entities where the rules found nothing; the negative rules of `date_filters` drop
what only looks like a date. Results: `doc.spans["dates"]` (label = date id) and
`doc._.dates`, a list in the `models.DateMention` shape; durations, recurrences, times of day
and vague references go to `doc._.time_expressions`. Any date construction can be switched off
by name in the config (`off`).
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.components.date_filters import (
    entity_dates,
    in_address,
    in_reference_number,
    means_nowadays,
    out_of_context,
)
from extract.constructions import REGISTRY, Example, construction, is_on, switched_off
from extract.lexicon.dates import FUTURE_AUXILIARIES, FUTURE_VERBS, PAST_AUXILIARIES
from extract.spans import doc_text, mention
from extract.temporal import calendar_case, finder, normalise, rule_for, rules_off
from extract.timex import date_value, find_other

for _name in ("dates", "time_expressions"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.factory("news_dates",
                  default_config={"day_first": False, "use_entities": True, "off": []})
def make_dates(nlp: Language, name: str, day_first: bool, use_entities: bool, off: list[str]):
    return DatesComponent(day_first, use_entities, off)


def check_off(names, kind: str) -> tuple[str, ...]:
    """The construction names a component of `kind` may switch off; ValueError otherwise."""
    for name in names:
        if name not in REGISTRY:
            raise ValueError(f"unknown construction: {name}")
        if REGISTRY[name].kind != kind:
            raise ValueError(f"construction {name} is of kind {REGISTRY[name].kind}, not {kind}")
    return tuple(names)


class DatesComponent:
    def __init__(self, day_first: bool, use_entities: bool, off=()):
        self.day_first = day_first
        self.use_entities = use_entities
        self.off = check_off(off, "dates")

    def __call__(self, doc: Doc) -> Doc:
        with switched_off(self.off):
            return self._extract(doc)

    def _extract(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        anchor = dt.date.fromisoformat(doc._.published) if doc._.published else None
        found: list[tuple[int, int, bool]] = []  # start, end, from the rules
        date_ents = [e for e in doc.ents if e.label_ == "DATE"]
        for m in finder(rules_off()).finditer(calendar_case(text)):  # "FRIDAY, SEPT. 9"
            start, end = m.start(), m.end()
            if start == end:
                continue
            if out_of_context(doc, start, end, date_ents) or in_address(text, start, end) \
                    or in_reference_number(text, start, end) or means_nowadays(doc, start, end):
                continue
            found += [(s, e, True) for s, e in
                      open_start_parts(text, start, end) or [(start, end)]]
        found += [(s, e, True) for s, e in lost_apostrophe_days(text)
                  if not means_nowadays(doc, s, e)]
        if self.use_entities:
            found += entity_dates(doc, date_ents, found)
        keep_unread = not is_on("entity-needs-a-value")
        spans, records = [], []
        found = sorted(found)
        for n, (start, end, from_rules) in enumerate(found):
            direction = 1 if advisory_when(text, start) else tense(doc, start, end)
            value = years_before(normalise(text[start:end], anchor, self.day_first, direction),
                                 anniversary_years(text, start, end))
            value = coordinated_year(text, value, (start, end), found[n + 1:n + 2]) or value
            if value is None and not from_rules and not keep_unread:
                continue
            start = approximator_start(text, start)
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            date_id = f"d{len(records) + 1}"
            spans.append(Span(doc, span.start, span.end, label=date_id))
            records.append({
                "id": date_id, "text": text[start:end],
                "start": value.start.isoformat() if value else None,
                "end": value.end.isoformat() if value else None,
                "granularity": value.granularity if value else None,
                "timex_value": date_value(value),
                "evidence": mention(doc, start, end),
            })
        doc.spans["dates"] = spans
        doc._.dates = records
        doc._.time_expressions = self._others(doc, anchor, [(s.start_char, s.end_char)
                                                            for s in spans])
        return doc

    @staticmethod
    def _others(doc: Doc, anchor, taken) -> list[dict]:
        """Durations, recurrences, times of day, vague references: TIMEX3 kinds kept apart
        from calendar dates."""
        out = []
        for found in find_other(doc_text(doc), anchor, taken):
            span = doc.char_span(found.start, found.end, alignment_mode="expand")
            if span is None:
                continue
            out.append({"id": f"t{len(out) + 1}", "text": doc_text(doc)[found.start:found.end],
                        "timex_type": found.type, "timex_value": found.value,
                        "evidence": mention(doc, found.start, found.end)})
        return out


_LOST_APOSTROPHE_DAY = re.compile(r"(?i)\b(?:today|yesterday|tomorrow)(?=s\b)")


@construction("day-possessive-lost-apostrophe", kind="dates", stage="candidate",
              doc="today, yesterday or tomorrow as a possessive that lost its apostrophe "
                  "(\"todays plea\", as archived releases write it) is the day; the s stays "
                  "out of the text",
              examples=[Example("With todays plea, the former clerk accepted responsibility "
                                "for the theft.", published="2015-01-23",
                                has={"dates": (("today", "2015-01-23", "2015-01-23"),)})],
              off=list)
def lost_apostrophe_days(text: str) -> list[tuple[int, int]]:
    """(start, end) of each "today"/"yesterday"/"tomorrow" written before a bare s."""
    return [(m.start(), m.end()) for m in _LOST_APOSTROPHE_DAY.finditer(text)]


_APPROXIMATOR = re.compile(r"(?i)\b(?:(?:in|on)\s+or\s+(?:about|around)|approximately|about|"
                           r"around)\s+$")


@construction("approximator-in-date-text", kind="dates", stage="resolve",
              doc="an approximating qualifier right before a date (\"approximately 2003\", \"in "
                  "or about May 2009\") stays in the date's text, not in its value",
              examples=[Example("The firm sold the vests until approximately 2003, when two "
                                "officers were hurt.", published="2009-01-23",
                                has={"dates": (("approximately 2003", "2003-01-01",
                                                "2003-12-31"),)})],
              off=lambda: False)
def approximator_before(text: str, start: int) -> bool:
    return bool(_APPROXIMATOR.search(text, max(0, start - 20), start))


def approximator_start(text: str, start: int) -> int:
    """Where a date starting at `start` starts with the approximator before it."""
    m = approximator_before(text, start) and _APPROXIMATOR.search(text, max(0, start - 20),
                                                                  start)
    return m.start() if m else start


_AT_LEAST = re.compile(r"(?i)\b(?:at\s+least|before|as\s+early\s+as)\s+$")
_RANGE_LINK = re.compile(r",?\s+(?:to|through|until)\s+")
# A qualifier a bound may open with inside the range's span ("approximately May 2010").
_BOUND_QUALIFIER = re.compile(r"(?i)(?:approximately|about|around|in\s+or\s+about)\s+")


@construction("open-start-range-apart", kind="dates", stage="resolve",
              doc="a range whose start is only a bound (\"from at least May 2010 until June "
                  "2012\", \"from before May 3, 2011, to June 4, 2012\", \"as early as ...\") "
                  "is two dates, each as written, not one span from the first to the last",
              examples=[Example("From at least May 2010 until June 2012, the ring sold stolen "
                                "identities.", published="2014-03-03",
                                has={"dates": (("May 2010", "2010-05-01", "2010-05-31"),
                                               ("June 2012", "2012-06-01", "2012-06-30"))}),
                        Example("The crew dumped oily waste from before May 3, 2011, to June 4, "
                                "2012, through a hidden hose.", published="2014-03-03",
                                has={"dates": (("May 3, 2011", "2011-05-03", "2011-05-03"),
                                               ("June 4, 2012", "2012-06-04", "2012-06-04"))})],
              off=lambda: None)
def open_start_parts(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The two dates of a range at start:end opened by "at least" (or "before", "as early
    as"), where each part is a date the rules read on its own; None otherwise."""
    if not _AT_LEAST.search(text[max(0, start - 12):start]):
        return None
    link = _RANGE_LINK.search(text, start, end)
    if link is None:
        return None
    first_end = link.start() - (text[link.start() - 1] == ",")  # "May 3, 2011, to"
    parts = [(bound_start(text, start, first_end), first_end),
             (bound_start(text, link.end(), end), end)]
    if all(rule_for(text[s:e]) for s, e in parts):
        return parts
    return None


def bound_start(text: str, start: int, end: int) -> int:
    """Where a range's bound starts past its qualifier ("approximately May 2010")."""
    m = _BOUND_QUALIFIER.match(text, start, end)
    return m.end() if m else start


_AND_BETWEEN = re.compile(r"\s+and\s+")


@construction("year-of-coordinated-date", kind="dates", stage="resolve",
              doc="a year-less date coordinated with a dated one takes its year: 'On Feb. 10 "
                  "and March 3, 2015' (Feb. 10 is in 2015, whenever the release is)",
              examples=[Example("On Feb. 10 and March 3, 2015, Berg and Cole pleaded guilty.",
                                published="2016-06-01",
                                has={"dates": (("Feb. 10", "2015-02-10", "2015-02-10"),)})],
              off=None)
def coordinated_year(text: str, value, span: tuple[int, int], following: list):
    """`value` moved to the year of the dated expression joined to it by "and", where it is
    a year-less month and day."""
    start, end = span
    if value is None or value.granularity != "day" or not following \
            or rule_for(text[start:end]) not in _YEARLESS_RULES \
            or not _AND_BETWEEN.fullmatch(text, end, following[0][0]):
        return None
    other = text[following[0][0]:following[0][1]]
    if rule_for(other) != "month-day-year":
        return None
    year = int(re.search(r"\d{4}", other).group())
    try:
        return value._replace(start=value.start.replace(year=year),
                              end=value.end.replace(year=year))
    except ValueError:
        return None


@construction("tense-places-dates", kind="dates", stage="resolve",
              doc="the tense of the clause places a bare weekday or year-less date: 'was "
                  "arrested on Saturday' is the last one, 'will meet on Saturday' the next",
              examples=[Example("The suspect was arrested on Saturday in Miami.",
                                has={"dates": (("Saturday", "2021-11-20", "2021-11-20"),)},
                                published="2021-11-25")],
              off=0)
def tense(doc: Doc, start: int, end: int) -> int:
    """-1 where the clause around a date is in the past, +1 in the future, 0 otherwise."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return 0
    node = span.root
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    if node.pos_ not in ("VERB", "AUX"):
        return 0
    aux = {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")}
    if aux & FUTURE_AUXILIARIES or node.lower_ in FUTURE_VERBS:
        return 1
    if node.tag_ == "VBD" or aux & PAST_AUXILIARIES:
        return -1
    return 0


# A media advisory's labelled line: "WHEN: Monday, Oct. 4, 10 a.m." (also "When:").
_WHEN_LINE = re.compile(r"(?m)^[ \t]*(?:WHEN|When)[ \t]*:[ \t]*")


@construction("advisory-when-line", kind="dates", stage="resolve",
              doc="a media advisory's WHEN: line names the coming event, so a bare weekday or "
                  "year-less date on it is the next one, whatever the tense nearby",
              examples=[Example("MEDIA ADVISORY\n\nWHO: Attorney General\n\nWHAT: Press "
                                "conference\n\nWHEN: Monday, 10:00 a.m. EDT\n\nWHERE: Main "
                                "Justice",
                                has={"dates": (("Monday", "2016-09-12", "2016-09-12"),)},
                                published="2016-09-09")],
              off=False)
def advisory_when(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_WHEN_LINE.match(text, line_start)) \
        and _WHEN_LINE.match(text, line_start).end() <= start


_ANNIVERSARY = re.compile(r"(?i)\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+"
                          r"(?:the\s+)?$")
_YEARLESS_RULES = ("month-day", "day-month")


@construction("anniversary-of-a-date", kind="dates", stage="resolve",
              doc="'the Nth anniversary of <day and month>' names that day N years before its "
                  "anniversary this year: the 15th anniversary of September 11 (said in 2016) "
                  "is 11 September 2001",
              examples=[Example("Memorial events will mark the 20th anniversary of July 7 in "
                                "London.", published="2025-07-01",
                                has={"dates": (("July 7", "2005-07-07", "2005-07-07"),)})],
              off=0)
def anniversary_years(text: str, start: int, end: int) -> int:
    """How many years before its anniversary the year-less date at start:end is named."""
    m = _ANNIVERSARY.search(text[max(0, start - 40):start])
    if m is None or rule_for(text[start:end]) not in _YEARLESS_RULES:
        return 0
    return int(m["n"])


def years_before(value, years: int):
    """`value` moved `years` back (unchanged where it cannot be: 29 February)."""
    if value is None or not years or value.granularity != "day":
        return value
    try:
        return value._replace(start=value.start.replace(year=value.start.year - years),
                              end=value.end.replace(year=value.end.year - years))
    except ValueError:
        return value
