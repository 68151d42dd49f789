"""Publication date of a release: from the input's metadata, else from the top of the text.

The date anchors every relative expression ("today", "next month", year-less "12 May"), so
the later components read `doc._.published`. Where none is found it stays None: relative
dates then stay unresolved rather than guessed from today's date.
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc

from extract.spans import doc_text

from extract.temporal import find_dates, normalise

for _name in ("published", "published_from", "title", "source", "doc_id", "encoding",
              "warnings"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

# "Published: 3 March 2015", "Date: 2021-11-25", "Posted on ..."
_LABEL = re.compile(r"(?im)^\s*(?:published|date|posted|released|release date|issued)"
                    r"(?:\s+on)?\s*[:\-]?\s*")


@Language.factory("news_metadata", default_config={"header_chars": 600, "day_first": False})
def make_metadata(nlp: Language, name: str, header_chars: int, day_first: bool):
    return MetadataComponent(header_chars, day_first)


class MetadataComponent:
    """Find the release's own date in its first lines: a date stamp ("14:50 / 2021-11-25"), a
    dateline ("WASHINGTON, March 3, 2015 -") or a "Published:" line."""

    def __init__(self, header_chars: int, day_first: bool):
        self.header_chars = header_chars
        self.day_first = day_first

    def __call__(self, doc: Doc) -> Doc:
        if doc._.published and (day := _iso_day(doc._.published)):
            doc._.published, doc._.published_from = day, doc._.published_from or "metadata"
            return doc
        if doc._.published:  # set by a caller that did not check it: drop it, say so
            shown = str(doc._.published)[:40]
            doc._.warnings = [*(doc._.warnings or []),
                              f"published {shown!r} is not a valid date (YYYY-MM-DD); ignored"]
            doc._.published = doc._.published_from = None
        found = publication_date(doc_text(doc)[: self.header_chars], self.day_first)
        if found:
            doc._.published, doc._.published_from = found, "text"
        return doc


def _iso_day(value: object) -> str | None:
    """The ISO day a metadata value starts with ("2016-02-03T10:00" -> "2016-02-03"), or None
    for what is no real date ("2016-02-30"). The readers check metadata already; this keeps a
    caller that sets `doc._.published` itself from failing the whole document."""
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return None


_PLACE = re.compile(r"^[A-Z][\w .,'()-]{0,70}?,?\s*$")
_AFTER = re.compile(r"^\s*(?:$|[-–—/|(]|\d{1,2}:\d\d)")


def publication_date(header: str, day_first: bool = False) -> str | None:
    """ISO date of the release's own stamp in its header: a labelled line, a line that is a
    date stamp, or a dateline ("PLACE, date -"). Only a full day with a year counts, and a date
    in running prose ("On November 22, 2021, the meeting ...") does not."""
    labelled = {m.end() for m in _LABEL.finditer(header)}
    for start, end in find_dates(header):
        line_start = header.rfind("\n", 0, start) + 1
        line_end = header.find("\n", end)
        prefix = header[line_start:start]
        suffix = header[end: line_end if line_end >= 0 else len(header)]
        stamp = len(prefix.strip()) + len(suffix.strip()) <= 12  # "14:50 / 2021-11-25"
        dateline = bool(_PLACE.match(prefix)) and bool(_AFTER.match(suffix))
        if not (start in labelled or stamp or dateline):
            continue
        value = normalise(header[start:end], None, day_first)
        if value and value.granularity == "day" and value.start == value.end:
            return value.start.isoformat()
    return None
