"""Publication date of a release: from the input's metadata, else from its header (or a
labelled line at its end).

The date anchors every relative expression ("today", "next month", year-less "12 May"), so
the later components read `doc._.published`. Where none is found it stays None: relative
dates then stay unresolved rather than guessed from today's date. Archives put the date in
many places, so the header is read line by line for the conventions of press offices: a
labelled line ("For Immediate Release: ...", "Published 25 November 2021", "Release Date:"),
a line that is a date stamp, a dateline with the date after the place, in parentheses or
before a wire name ("KABUL, Afghanistan (Jan. 25, 2013) -", "NEW YORK, May 9, 2017
/PRNewswire/ --"), a date opening a line before a dash, a title ending in its date, in
capitals or day first.
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc

from extract.spans import doc_text
from extract.temporal import calendar_case, find_dates, normalise

for _name in ("published", "published_from", "title", "source", "doc_id", "encoding",
              "warnings"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

_LABEL_WORDS = (r"for\s+immediate\s+release|(?:media|press|news)\s+release|published|"
                r"posted|released|release\s+date|issued|dated|date")
# The label opens its line or follows a number or a separator, and ends where the date starts:
# "Published: 3 March 2015", "Posted on ...", "FOR IMMEDIATE RELEASE: SEPTEMBER 7, 2016",
# "Story Number: NNS150602-11Release Date: ..." (not "an indictment dated June 24, 2010").
_LABEL = re.compile(rf"(?i)(?:^\W*|(?<=\d)|[|/•·:;–—-]\s*)(?:{_LABEL_WORDS})"
                    r"(?:\s+(?:on|at))?\s*[:\-–—]?\s*$")
# At the end of a release only a line that opens with its label counts ("Issued on ...").
_TAIL_LABEL = re.compile(rf"(?i)^\W*(?:{_LABEL_WORDS})(?:\s+(?:on|at))?\s*[:\-–—]?\s*$")
_PLACE = re.compile(r"^[A-Z][\w .,'()-]{0,70}?,?\s*$")
# After a dateline's date: a dash, a wire name, a time, or a closing parenthesis and a dash
# ("(Jan. 25, 2013) -", not "Motion to Unseal Records (Jan. 7, 2010) including ...").
_AFTER = re.compile(r"^\s*(?:$|[-–—/|(]|\)\s*(?:$|[-–—:|/])|\d{1,2}:\d\d)")
# The fields of a media advisory name the event's date, not the release's ("WHEN: Friday, ...").
_ADVISORY = re.compile(r"(?i)^\W*(?:when|where|what|who|date\s+and\s+time|time|location)\s*:")
# A time of day (and its zone) after a stamp: "August 01, 2019 07:00 AM Eastern Daylight Time"
_TIME = re.compile(r"^\W*(?:at\s+)?\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[AaPp]\.?\s?[Mm]\.?)?"
                   r"(?:\s+[A-Z][A-Za-z]*\.?){0,3}")
# A title ending in its date: "... Operational Update, Jan. 10, 2011"
_TITLE_END = re.compile(r"[,:|–—-]\s*$")
# Day-first numeric stamps with dashes ("17-04-2019 - 13:05"), read as the numeric rule reads
# slashes (same length, so offsets hold).
_DASHED = re.compile(r"(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])")


@Language.factory("news_metadata", default_config={"header_chars": 600, "tail_chars": 400,
                                                    "day_first": False})
def make_metadata(nlp: Language, name: str, header_chars: int, tail_chars: int,
                  day_first: bool):
    return MetadataComponent(header_chars, day_first, tail_chars)


class MetadataComponent:
    """Find the release's own date in its first lines (see the module docstring), else in a
    labelled line at its end; where metadata gives one and the header another, say so."""

    def __init__(self, header_chars: int, day_first: bool, tail_chars: int = 400):
        self.header_chars = header_chars
        self.tail_chars = tail_chars
        self.day_first = day_first

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        header = publication_date(_head(text, self.header_chars), self.day_first)
        if doc._.published and (day := _iso_day(doc._.published)):
            doc._.published, doc._.published_from = day, doc._.published_from or "metadata"
            if header and header != day:
                doc._.warnings = [*(doc._.warnings or []),
                                  f"published {day} in the metadata but {header} in the "
                                  "header; the metadata kept"]
            return doc
        if doc._.published:  # set by a caller that did not check it: drop it, say so
            shown = str(doc._.published)[:40]
            doc._.warnings = [*(doc._.warnings or []),
                              f"published {shown!r} is not a valid date (YYYY-MM-DD); ignored"]
            doc._.published = doc._.published_from = None
        if header:
            doc._.published, doc._.published_from = header, "header"
        elif found := closing_date(text[-self.tail_chars:] if self.tail_chars else "",
                                   self.day_first):
            doc._.published, doc._.published_from = found, "text"
        return doc


def _head(text: str, chars: int) -> str:
    """The first `chars` characters and the rest of the line they end in (a prose line cut
    short can look like a stamp: "On Sept. 17, 2009,"), at most 5,000 more."""
    end = text.find("\n", chars)
    return text[: end if 0 <= end < chars + 5000 else chars + 5000]


def _iso_day(value: object) -> str | None:
    """The ISO day a metadata value starts with ("2016-02-03T10:00" -> "2016-02-03"), or None
    for what is no real date ("2016-02-30"). The readers check metadata already; this keeps a
    caller that sets `doc._.published` itself from failing the whole document."""
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return None


def _dated_lines(text: str, day_first: bool):
    """(line, date start, date end, ISO day) for every full-day date in `text`, line by line
    (a date never runs across a line break), capitals read as names ("SEPTEMBER 9")."""
    for line in text.splitlines():
        read = _DASHED.sub(r"\1/\2/\3", calendar_case(line))
        for start, end in find_dates(read):
            value = normalise(read[start:end], None, day_first)
            if value and value.granularity == "day" and value.start == value.end:
                yield read, start, end, value.start.isoformat()


def publication_date(header: str, day_first: bool = False) -> str | None:
    """ISO date of the release's own stamp in its header: a labelled line, a line that is a
    date stamp, a dateline ("PLACE, date -", "PLACE (date) -", "date - PLACE"), or a title
    ending in its date. Only a full day with a year counts, and a date in running prose ("On
    November 22, 2021, the meeting ...") does not."""
    for line, start, end, day in _dated_lines(header, day_first):
        prefix, suffix = line[:start], line[end:]
        if _ADVISORY.match(prefix):
            continue
        labelled = bool(_LABEL.search(prefix))
        stamp = len(prefix.strip()) + len(_TIME.sub("", suffix).strip()) <= 12
        dateline = (not prefix.strip() or bool(_PLACE.match(prefix))) and bool(_AFTER.match(suffix))
        title = not suffix.strip() and bool(_TITLE_END.search(prefix))
        if labelled or stamp or dateline or title:
            return day
    return None


def closing_date(tail: str, day_first: bool = False) -> str | None:
    """ISO date of a labelled line at the end of a release ("Issued on 18 September 2015 by
    the Press Office"): the last one, where several are."""
    found = [day for line, start, _, day in _dated_lines(tail, day_first)
             if _TAIL_LABEL.match(line[:start])]
    return found[-1] if found else None
