"""Negative date rules: what looks like a date to the rules or to spaCy but is not one.

Each is a declared construction (kind "dates", stage "negative") returning True where it rules
a candidate out; switched off, it rules nothing out. Pattern matches go through the context
and address tests; spaCy DATE entities are trimmed of leading words, then tested for
durations, recurrences, ordinals, ages, bare numbers, counts and addresses. Also here, as
stage "rule": the spaCy entities as a source of candidates, and the year before a noun that
counts as a temporal context.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extract.constructions import Example, construction, declare, is_on
from extract.lexicon.dates import (
    DATE_CONTEXT_WORDS,
    DATE_ENTITY_LEAD_WORDS,
    MEASURE_NOUNS,
    YEAR_APPROXIMATORS,
    YEAR_DETERMINERS,
)
from extract.spans import doc_text

SEED = "2021-11-25"


def _rules_out(text: str, *dates: str, published: str = SEED) -> Example:
    """A sentence in which the pipeline must find none of `dates` (texts of date facts)."""
    return Example(text, lacks={"dates": dates}, published=published)


# --- pattern matches -----------------------------------------------------------------------

# "Today" or "Yesterday" opening a sentence is a date without context words.
_BARE = re.compile(r"^(?:1[89]\d\d|20\d\d|"
                   r"(?!(?:Today|Tonight|Yesterday|Tomorrow)$)[A-Z][a-z]+\.?)$")
# Punctuation before a bare year that makes it a date ("(2019)", "2018-2019", ", 2020").
_CONTEXT_MARKS = "(,-–/"


@construction("year-before-a-noun", kind="dates", stage="rule",
              doc="a bare year between a determiner and a lower-case noun that is not a unit "
                  "is a date: a 2011 independent survey, its 2019 annual report",
              examples=[Example("Ministers cited a 2016 survey of 300 pupils in the debate.",
                                has={"dates": (("2016", "2016-01-01", "2016-12-31"),)},
                                published=SEED)],
              off=False)
def year_before_a_noun(span: Span) -> bool:
    doc = span.doc
    prev = doc[span.start - 1]
    return span.text.isdigit() and prev.lower_ in YEAR_DETERMINERS and span.end < len(doc) \
        and doc[span.end].is_lower and doc[span.end].is_alpha \
        and doc[span.end].lower_ not in MEASURE_NOUNS


def _in_context(doc: Doc, start: int, end: int, date_ents: list[Span]) -> bool:
    if any(e.start_char <= start and end <= e.end_char for e in date_ents):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    if year_before_a_noun(span):
        return True
    prev = doc[span.start - 1]
    return prev.lower_ in DATE_CONTEXT_WORDS or prev.text in _CONTEXT_MARKS \
        or approximated_year(span)


@construction("approximated-year", kind="dates", stage="rule",
              doc="a bare year after 'about' or 'approximately' is a date ('in or about 2002', "
                  "'to approximately 2010') unless a noun follows it (a count)",
              examples=[Example("In or about 2002, Berg, Cole and Ruiz began to sell the loans.",
                                has={"dates": (("In or about 2002", "2002-01-01",
                                                "2002-12-31"),)},
                                published=SEED),
                        Example("The ring ran the scheme from the late 1980s to approximately "
                                "2010.", published=SEED,
                                has={"dates": (("approximately 2010", "2010-01-01",
                                                "2010-12-31"),)}),
                        _rules_out("The fund paid approximately 1900 victims last year.",
                                   "1900")],
              off=False)
def approximated_year(span: Span) -> bool:
    doc = span.doc
    if doc[span.start - 1].lower_ not in YEAR_APPROXIMATORS or not span.text.isdigit():
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is None or not (nxt.is_alpha and nxt.pos_ in ("NOUN", "PROPN"))


@construction("bare-word-needs-context", kind="dates", stage="negative",
              doc="a bare year or month name is a date only after a temporal word (in, since, "
                  "by, early, ...) or a bracket, comma or dash, or inside a spaCy DATE entity "
                  "('Today' opening a sentence needs none)",
              examples=[_rules_out("The facility houses 2020 inmates in three wings.", "2020"),
                        _rules_out("Officer April Jones testified at the hearing.", "April"),
                        Example("Today the Minister opened the new clinic in Perth.",
                                has={"dates": (("Today", "2020-02-20", "2020-02-20"),)},
                                published="2020-02-20")],
              off=False)
def out_of_context(doc: Doc, start: int, end: int, date_ents: list[Span]) -> bool:
    return bool(_BARE.match(doc_text(doc)[start:end])) \
        and not _in_context(doc, start, end, date_ents)


_ADDRESS = re.compile(r"://|www\.|@|_|\.(?:htm|html|php|aspx?|pdf)\b|[A-Za-z]/|/[A-Za-z]")


@construction("no-dates-in-addresses", kind="dates", stage="negative",
              doc="no date inside a URL, file name or e-mail address: call/2025-BMX-C02, "
                  "FY2010_awards_solicitation.htm",
              examples=[_rules_out("Details of the workshop are posted at "
                                   "www.justice.gov/atr/public/workshops/ag2010/index.htm for "
                                   "the public.", "2010", published="2010-03-01")],
              off=False)
def in_address(text: str, start: int, end: int) -> bool:
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min([i for i in (text.find(" ", end), text.find("\n", end)) if i >= 0] or
                [len(text)])
    return bool(_ADDRESS.search(text[left:right]))


# A number sign before the candidate ("No. 07-1791", "Case #2019", "Docket 2010"), a reference
# noun after it ("the 1800 number"), or another group of digits joined to it by a hyphen, colon,
# full stop or slash ("1:13-cr-1013", "(212) 312-2008", "1-800-2020"): a reference or phone number.
_NUMBER_SIGN = re.compile(r"(?i:\b(?:no|nos|number|numbers|docket|dkt|case|file|ref|reference|"
                          r"id)\.?\s*:?\s*|#\s*)$")
_NUMBER_NOUN = re.compile(r"^[-\s]*(?i:numbers?|hotline|helpline|freephone|toll[-\s]free)\b")
_DIGIT_GROUP_BEFORE = re.compile(r"(?:\d[-:./]|\d\)\s?)$")
_DIGIT_GROUP_AFTER = re.compile(r"^[-:./]\d")


@construction("no-dates-in-reference-numbers", kind="dates", stage="negative",
              doc="no date inside a case, docket, phone or reference number: Civil Action "
                  "No. 07-1791, Case No. 1:13-cr-1013, call the 1800 number",
              examples=[_rules_out("The case is United States v. Jones, Civil Action No. "
                                   "07-1791 (E.D. Pa.).", "07-1791", published="2009-01-15"),
                        _rules_out("Victims can call the 1800 number for help.", "1800"),
                        _rules_out("Tips can be phoned in to 1-800-555-2019 at any hour.",
                                   "2019"),
                        Example("The firm was named in the case last month.",
                                has={"dates": (("last month", "2021-10-01", "2021-10-31"),)},
                                published=SEED),
                        Example("No. 2 on the list, the plant closed in 2019.",
                                has={"dates": (("2019", "2019-01-01", "2019-12-31"),)},
                                published=SEED)],
              off=False)
def in_reference_number(text: str, start: int, end: int) -> bool:
    if not text[start:start + 1].isdigit():
        return False  # "filed in the case last month"
    return bool(_NUMBER_SIGN.search(text[max(0, start - 12):start])
                or _DIGIT_GROUP_BEFORE.search(text[max(0, start - 3):start])
                or _DIGIT_GROUP_AFTER.match(text[end:end + 2])
                or (text[start:end].isdigit() and _NUMBER_NOUN.match(text[end:end + 16])))


@construction("today-meaning-nowadays", kind="dates", stage="negative",
              doc="'today' after an adjective or -ing participle that follows its noun is "
                  "'nowadays', not the day of the release: the titles available today, firms "
                  "operating today (not 'the report is available today')",
              examples=[_rules_out("With over 10,000 titles available today, the publisher "
                                   "is best known for textbooks.", "today"),
                        _rules_out("It is one of the largest lenders operating today in the "
                                   "state.", "today"),
                        Example("The report is available today on the agency's website.",
                                has={"dates": (("today", SEED, SEED),)}, published=SEED)],
              off=False)
def means_nowadays(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.text.lower() != "today" or span.start < 2:
        return False
    head, noun = doc[span.start - 1], doc[span.start - 2]
    return (head.pos_ == "ADJ" or head.tag_ == "VBG") and noun.pos_ in ("NOUN", "PROPN") \
        and head.dep_ in ("amod", "acl", "advcl") and noun.is_alpha


# --- spaCy DATE entities -------------------------------------------------------------------

declare("spacy-date-entities", kind="dates", stage="rule",
        doc="spaCy DATE entities where the rules found nothing, without leading prepositions "
            "and articles, if a rule or dateparser can read them",
        examples=[Example("Two days later, the agency seized the shipment.", published=SEED,
                          has={"dates": (("Two days later", "2021-11-27", "2021-11-27"),)})],
        module=__name__)
declare("entity-needs-a-value", kind="dates", stage="negative",
        doc="a spaCy DATE entity that neither a rule nor dateparser can read is not a date: "
            "a ZIP code after a place (D.C. 20530)",
        examples=[_rules_out("Send comments to the Antitrust Division, Suite 3000, Washington, "
                             "D.C. 20530.", "D.C. 20530", published="2010-03-01")],
        module=__name__)

_DURATION = re.compile(r"(?i)^(?:for\s+)?(?:the\s+)?(?:(?:past|last|next|first|coming|previous|"
                       r"several|few|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|"
                       r"ten|eleven|twelve|and|"
                       r"\w+teen|\w+ty)[\s-]+)+(?:years?|months?|weeks?|days?|hours?|decades?)"
                       r"(?:\s+and\s+(?:a|one)\s+(?:day|half))?"
                       r"(?:['’]|[\s-]+old|\s+long)?$")


@construction("no-durations", kind="dates", stage="negative",
              doc="a duration is not a calendar date: three years, the past few weeks",
              examples=[_rules_out("He was sentenced to three years of supervised release.",
                                   "three years"),
                        _rules_out("The agencies have worked on the plan for over twelve "
                                   "months.", "twelve months"),
                        _rules_out("He was sentenced to five years' probation.",
                                   "five years'"),
                        _rules_out("The judge sentenced Tom Berg to one year and a day in "
                                   "prison.", "one year and a day"),
                        _rules_out("The five defendants were ordered to serve 4,871 days and "
                                   "17.5 years in prison.", "4,871 days", "17.5 years")],
              off=False)
def is_duration(text: str) -> bool:
    return bool(_DURATION.match(text))


_RECURRENCE = re.compile(r"(?i)\b(?:annual(?:ly)?|every|each|daily|weekly|monthly|yearly|per)\b")


@construction("no-recurrences", kind="dates", stage="negative",
              doc="a recurrence is not a calendar date: annual, every year, weekly",
              examples=[_rules_out("Officers patrol the area every 2 weeks.", "every 2 weeks")],
              off=False)
def is_recurrence(text: str) -> bool:
    return bool(_RECURRENCE.search(text))


_ORDINAL_ONLY = re.compile(r"(?i)^(?:the\s+)?\d+(?:st|nd|rd|th)$")


@construction("no-bare-ordinals", kind="dates", stage="negative",
              doc="an ordinal alone is not a date: the 15th (of an unnamed month)",
              examples=[_rules_out("The hearing is set for the 15th.", "15th")],
              off=False)
def is_bare_ordinal(text: str) -> bool:
    return bool(_ORDINAL_ONLY.match(text))


_CALENDAR_WORD = re.compile(r"\d|(?i:day|week|month|year|quarter|spring|summer|fall|autumn|"
                            r"winter|christmas|easter)")


@construction("entity-needs-a-calendar-word", kind="dates", stage="negative",
              doc="a spaCy DATE entity without a digit or a calendar word (day, month, season, "
                  "...) is not a date: a holiday naming a thing (the Halloween party)",
              examples=[_rules_out("Staff decorated the office for the Halloween party.",
                                   "Halloween")],
              off=False)
def lacks_calendar_word(text: str) -> bool:
    return not _CALENDAR_WORD.search(text)


_AGE = re.compile(r"(?i)\b(?:old|aged?)\b")


@construction("no-ages", kind="dates", stage="negative",
              doc="an age is not a date: at age 19, aged 40 years",
              examples=[_rules_out("He was arrested at age 19 in Texas.", "age 19")],
              off=False)
def is_age(text: str) -> bool:
    return bool(_AGE.search(text))


_YEAR_NUMBER = re.compile(r"1[89]\d\d|20\d\d")


@construction("no-bare-numbers", kind="dates", stage="negative",
              doc="a number alone that cannot be a year is not a date: an age after a name "
                  "(Smith, 73,), a ZIP code",
              examples=[_rules_out("Leo Winston Smith, 73, of Chula Vista pleaded guilty.", "73")],
              off=False)
def is_bare_number(text: str) -> bool:
    return bool(re.fullmatch(r"\d+", text)) and not _YEAR_NUMBER.fullmatch(text)


_COUNT = re.compile(r"\d{1,3}\+|\d+(?:,\d{3})+\+?")


@construction("no-counts", kind="dates", stage="negative",
              doc="a count is not a date: 40+ (integrated products), 1,500",
              examples=[_rules_out("The firm offers 40+ integrated products to hotel owners.",
                                   "40+")],
              off=False)
def is_count(text: str) -> bool:
    return bool(_COUNT.fullmatch(text))


def trim_date(ent: Span) -> Span | None:
    """spaCy's DATE entity without leading prepositions and articles; None where it is a
    duration, an age, a recurrence or a bare ordinal rather than a calendar date."""
    doc, start, end = ent.doc, ent.start, ent.end
    while start < end and doc[start].lower_ in DATE_ENTITY_LEAD_WORDS:
        start += 1
    if start >= end:
        return None
    span = doc[start:end]
    text = span.text
    if (is_duration(text) or is_recurrence(text) or is_bare_ordinal(text)
            or lacks_calendar_word(text) or is_age(text) or is_bare_number(text)):
        return None
    return span


def entity_dates(doc: Doc, date_ents: list[Span], found: list[tuple[int, int, bool]]
                 ) -> list[tuple[int, int, bool]]:
    """(start, end, False) of the DATE entities that are dates and overlap neither a rule
    match nor an earlier entity."""
    if not is_on("spacy-date-entities"):
        return []
    taken, out = list(found), []
    for ent in date_ents:
        span = trim_date(ent)
        if span is None or any(s < span.end_char and span.start_char < e for s, e, _ in taken) \
                or is_count(span.text) \
                or in_address(doc_text(doc), span.start_char, span.end_char) \
                or in_reference_number(doc_text(doc), span.start_char, span.end_char) \
                or means_nowadays(doc, span.start_char, span.end_char):
            continue
        out.append((span.start_char, span.end_char, False))
        taken.append(out[-1])
    return out
