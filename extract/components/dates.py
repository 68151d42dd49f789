"""Date mentions: calendar expressions with exact offsets, normalised against the publication date.

Candidates come from the patterns of `extract.temporal` (precise boundaries, fast) and from
spaCy's DATE entities where the patterns found nothing (with their boundaries trimmed and
durations, ages and recurrences left out). Results: `doc.spans["dates"]` (label = date id)
and `doc._.dates`, a list in the `models.DateMention` shape.
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.spans import doc_text, mention
from extract.temporal import FINDER, normalise
from extract.timex import date_value, find_other

for _name in ("dates", "time_expressions"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

# Bare years and month names are dates only in a temporal context: after one of these words,
# or inside a spaCy DATE entity.
_CONTEXT_WORDS = {
    "in", "for", "since", "by", "until", "till", "of", "during", "from", "to", "through",
    "before", "after", "early", "late", "mid", "end", "beginning", "start", "on", "and", "or",
    "between", "fiscal", "year", "the", "this", "last", "next", "around", "circa", "as",
    "at", "within", "into", "throughout",
}
_COUNT = re.compile(r"\d{1,3}\+|\d+(?:,\d{3})+\+?")  # "40+ integrated products": a count
_ADDRESS = re.compile(r"://|www\.|@|_|\.(?:htm|html|php|aspx?|pdf)\b|[A-Za-z]/|/[A-Za-z]")


def _in_address(text: str, start: int, end: int) -> bool:
    """The match is inside a URL, file name or e-mail address ("call/2025-BMX-C02",
    "FY2010_awards_solicitation.htm"), not a date of the text."""
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min([i for i in (text.find(" ", end), text.find("\n", end)) if i >= 0] or
                [len(text)])
    return bool(_ADDRESS.search(text[left:right]))


_DETERMINERS = {"a", "an", "its", "their", "his", "her", "our", "your", "whose"}
_MEASURES = {"percent", "per", "people", "persons", "square", "feet", "foot", "miles", "pounds",
             "acres", "dollars", "units", "times", "tons", "tonnes", "pages", "page", "words",
             "hours", "calories", "kilograms", "metres", "meters", "member", "members"}
_BARE = re.compile(r"^(?:1[89]\d\d|20\d\d|[A-Z][a-z]+\.?)$")
_DURATION = re.compile(r"(?i)^(?:for\s+)?(?:the\s+)?(?:(?:past|last|next|first|coming|previous|"
                       r"several|few|\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
                       r"\w+teen|\w+ty)[\s-]+)+(?:years?|months?|weeks?|days?|hours?|decades?)"
                       r"(?:[\s-]+old|\s+long)?$")
_RECURRENCE = re.compile(r"(?i)\b(?:annual(?:ly)?|every|each|daily|weekly|monthly|yearly|per)\b")
_ORDINAL_ONLY = re.compile(r"(?i)^(?:the\s+)?\d+(?:st|nd|rd|th)$")


@Language.factory("news_dates", default_config={"day_first": False, "use_entities": True})
def make_dates(nlp: Language, name: str, day_first: bool, use_entities: bool):
    return DatesComponent(day_first, use_entities)


class DatesComponent:
    def __init__(self, day_first: bool, use_entities: bool):
        self.day_first = day_first
        self.use_entities = use_entities

    def __call__(self, doc: Doc) -> Doc:
        anchor = dt.date.fromisoformat(doc._.published) if doc._.published else None
        found: list[tuple[int, int, bool]] = []  # start, end, from the patterns
        date_ents = [e for e in doc.ents if e.label_ == "DATE"]
        for m in FINDER.finditer(doc_text(doc)):
            start, end = m.start(), m.end()
            if start == end:
                continue
            if _BARE.match(m.group()) and not self._in_context(doc, start, end, date_ents) \
                    or _in_address(doc_text(doc), start, end):
                continue
            found.append((start, end, True))
        if self.use_entities:
            for ent in date_ents:
                span = _trim_date(ent)
                if span is None or any(s < span.end_char and span.start_char < e
                                       for s, e, _ in found) \
                        or _COUNT.fullmatch(span.text) \
                        or _in_address(doc_text(doc), span.start_char, span.end_char):
                    continue
                found.append((span.start_char, span.end_char, False))
        spans, records = [], []
        for start, end, from_patterns in sorted(found):
            text = doc_text(doc)[start:end]
            value = normalise(text, anchor, self.day_first, _tense(doc, start, end))
            if value is None and not from_patterns:
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            date_id = f"d{len(records) + 1}"
            spans.append(Span(doc, span.start, span.end, label=date_id))
            records.append({
                "id": date_id, "text": text,
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

    @staticmethod
    def _in_context(doc: Doc, start: int, end: int, date_ents: list[Span]) -> bool:
        if any(e.start_char <= start and end <= e.end_char for e in date_ents):
            return True
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.start == 0:
            return False
        prev = doc[span.start - 1]
        if span.text.isdigit() and prev.lower_ in _DETERMINERS and span.end < len(doc) \
                and doc[span.end].is_lower and doc[span.end].is_alpha \
                and doc[span.end].lower_ not in _MEASURES:
            return True  # "a 2011 independent survey", "its 2019 annual report"
        return prev.lower_ in _CONTEXT_WORDS or prev.text in "(,-–/"


def _tense(doc: Doc, start: int, end: int) -> int:
    """-1 where the clause around a date is in the past, +1 in the future, 0 otherwise."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return 0
    node = span.root
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") or node.head is node:
            break
        node = node.head
    if node.pos_ not in ("VERB", "AUX"):
        return 0
    aux = {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "shall", "'ll"} or node.lower_ in ("will", "shall"):
        return 1
    if node.tag_ == "VBD" or aux & {"had", "has", "have", "was", "were", "did"}:
        return -1
    return 0


def _trim_date(ent: Span) -> Span | None:
    """spaCy's DATE entity without leading prepositions and articles; None where it is a
    duration, an age, a recurrence or a bare ordinal rather than a calendar date."""
    doc, start, end = ent.doc, ent.start, ent.end
    while start < end and doc[start].lower_ in {"the", "on", "in", "by", "since", "of", "from",
                                                "until", "a", "an", "about", "around"}:
        start += 1
    if start >= end:
        return None
    span = doc[start:end]
    text = span.text
    if (_DURATION.match(text) or _RECURRENCE.search(text) or _ORDINAL_ONLY.match(text)
            or not re.search(r"\d|(?i:day|week|month|year|quarter|spring|summer|fall|autumn|"
                             r"winter|christmas|easter)", text)
            or re.search(r"(?i)\b(?:old|aged?)\b", text)
            or re.fullmatch(r"\d+", text) and not re.fullmatch(r"1[89]\d\d|20\d\d", text)):
        return None
    return span
