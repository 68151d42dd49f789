"""Small helpers over spaCy spans shared by the components: grounding and trimming."""
from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span

LEADING_DROP = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his",
                "her"}


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc (spaCy joins the tokens on every access)."""
    text = doc.user_data.get("news_text")
    if text is None:
        text = doc.user_data["news_text"] = doc.text
    return text


def _sentence_bounds(doc: Doc) -> list[int]:
    """Character offsets where sentences start, then the text's end (computed once)."""
    bounds = doc.user_data.get("news_sent_bounds")
    if bounds is None:
        bounds = [s.start_char for s in doc.sents] + [len(doc_text(doc))]
        doc.user_data["news_sent_bounds"] = bounds
    return bounds


def mention(doc: Doc, start_char: int, end_char: int) -> dict:
    """A grounded mention (the `models.Mention` shape) for a character range of `doc`."""
    bounds = _sentence_bounds(doc)
    k = max(0, bisect.bisect_right(bounds, start_char) - 1)
    sent_start = bounds[k]
    sent_end = bounds[k + 1] if k + 1 < len(bounds) else bounds[-1]
    text = doc_text(doc)
    # A sentence ends before the whitespace that follows it, as spaCy's Span.end_char does.
    while sent_end > sent_start and text[sent_end - 1].isspace():
        sent_end -= 1
    return {"start": start_char, "end": end_char, "text": text[start_char:end_char],
            "sent_start": sent_start, "sent_end": max(sent_end, end_char)}


def span_mention(span: Span) -> dict:
    return mention(span.doc, span.start_char, span.end_char)


def trim(span: Span, drop: set[str] = LEADING_DROP) -> Span:
    """The span without leading articles/determiners and edge punctuation or whitespace."""
    start, end = span.start, span.end
    while start < end and (span.doc[start].lower_ in drop or span.doc[start].is_punct
                           or span.doc[start].is_space):
        start += 1
    while end > start and (span.doc[end - 1].is_punct and span.doc[end - 1].text not in ".)"
                           or span.doc[end - 1].is_space):
        end -= 1
    # A final "." belongs to an abbreviation ("Inc.", "U.S.") only.
    if end > start and span.doc[end - 1].text == "." and end - 1 > start:
        end -= 1
    if end > start and span.doc[end - 1].text == ")" and "(" not in span.doc[start:end].text:
        end -= 1
    return span.doc[start:end]


def age_follows(doc: Doc, i: int) -> bool:
    """ "Nicholas Abram Slatten, 30, of Sparta": an age in commas right after a name, the
    way court and police releases introduce people (whatever the tagger calls the name)."""
    return i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].text.isdecimal() \
        and 1 <= int(doc[i + 1].text) <= 110 and doc[i + 2].text in (",", ";", ")")


def span_index(group) -> dict[int, str]:
    """token index -> span label, for a span group whose labels are item ids."""
    index: dict[int, str] = {}
    for sp in group:
        for i in range(sp.start, sp.end):
            index.setdefault(i, sp.label_)
    return index


def title_case_lines(doc: Doc) -> set[int]:
    """Token indices on lines written in title case or capitals (headlines, header blocks),
    where capitalisation says nothing about names. Computed once per Doc."""
    cached = doc.user_data.get("news_title_lines")
    if cached is None:
        cached = doc.user_data["news_title_lines"] = sorted(_title_case_lines(doc))
    return set(cached)


def _title_case_lines(doc: Doc) -> set[int]:
    out: set[int] = set()
    line: list = []
    for tok in list(doc) + [None]:
        if tok is None or "\n" in tok.text:
            words = [t for t in line if t.is_alpha and len(t) > 3]
            ends_sentence = bool(line) and line[-1].text in '.!?:;"”'
            if 4 <= len(words) <= 25 and not ends_sentence and \
                    sum(t.text[:1].isupper() for t in words) / len(words) >= 0.8:
                out.update(t.i for t in line)
            line = []
        else:
            line.append(tok)
    return out
