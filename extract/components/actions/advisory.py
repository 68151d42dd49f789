"""Media advisories: each event block (an ALL-CAPS heading, then WHO: / WHAT: / WHEN: /
WHERE: lines) announces a scheduled event: the heading is the action, the WHEN line's date its
time, no actor (the heading names none)."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extract.constructions import Example, construction
from extract.lexicon.actions import ADVISORY_LABEL_WORDS, PRESS_ACCESS_OPENINGS

# A label line of a block ("WHO:", "WHEN :", "LIVESTREAMED AT:").
_LABEL = re.compile(r"^\s*[A-Z][A-Z /&]{1,30}\s*:")
_WHEN = re.compile(r"^\s*WHEN\s*:", re.MULTILINE)
_BLOCK_LINES = 30  # lines (blank ones too) above its WHEN line a block's heading may be


def _is_heading(line: str) -> bool:
    """A line in capitals of two words or more ("9/11 COMMEMORATION CEREMONY"), not a label."""
    letters = [c for c in line if c.isalpha()]
    words = [w for w in line.split() if sum(c.isalpha() for c in w) >= 3]
    if len(words) < 2 or len(letters) < 8 or _LABEL.match(line) \
            or sum(c.isupper() for c in letters) < 0.9 * len(letters):
        return False
    bare = [w.strip("*:-").upper() for w in words]
    return bare[0] not in PRESS_ACCESS_OPENINGS \
        and not any(w in ADVISORY_LABEL_WORDS for w in bare)


@construction(
    "advisory-event-heading", "actions", "trigger",
    "a media advisory's event block: the ALL-CAPS heading above a WHEN: line is a scheduled "
    "event, timed by that line's date",
    [Example("MEDIA ADVISORY\n\nThe Attorney General will speak at two events.\n\n"
             "ROUNDTABLE ON VICTIMS' RIGHTS AT THE FEDERAL COURTHOUSE\n\n"
             "WHO: Attorney General\n\nWHEN: MONDAY, SEPTEMBER 12, 2016\n\n10:00 a.m. EDT\n\n"
             "WHERE: Federal Courthouse", published="2016-09-09",
             has={"actions": (("ROUNDTABLE ON VICTIMS' RIGHTS AT THE FEDERAL COURTHOUSE", None,
                               "MONDAY, SEPTEMBER 12, 2016"),)})],
    off=list)
def advisory_events(doc: Doc) -> list[tuple[Span, str | None]]:
    """(heading span, id of the WHEN line's date or None) for every event block."""
    text = doc.text
    dates = list(doc.spans.get("dates", []))
    out = []
    for when in _WHEN.finditer(text):
        line_end = text.find("\n", when.end())
        line_end = len(text) if line_end < 0 else line_end
        time_id = next((d.label_ for d in dates
                        if when.end() <= d.start_char < line_end), None)
        lines_above = text[:when.start()].split("\n")
        start = when.start()
        for line in reversed(lines_above[-_BLOCK_LINES:]):
            start -= len(line) + 1
            if re.match(r"^\s*(?:WHEN|WHERE)\s*:", line):
                break  # the block above
            if _is_heading(line):
                first = start + 1 + (len(line) - len(line.lstrip()))
                heading = line.strip().rstrip(":").rstrip()  # "... IN CLEVELAND:"
                span = doc.char_span(first, first + len(heading), alignment_mode="contract")
                if span is not None and len(span):
                    out.append((span, time_id))
                break
    return out
