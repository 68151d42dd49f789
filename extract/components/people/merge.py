"""Merging the mentions of one person: the longest form is the name, shorter forms join it."""
from __future__ import annotations

from spacy.tokens import Span

from extract.components.people.filters import SINGLE
from extract.components.people.names import name_words
from extract.constructions import Example, declare, is_on
from extract.lexicon.people import GLUED_LABELS
from extract.spans import doc_text, mention

declare("short-mention-merge", "people", "merge",
        "a shorter form whose words are all in a longer name (a surname, \"Mr. X\") joins "
        "it; where several fit, the one whose surname it is",
        [Example("Maria Delgado pleaded guilty. Mr. Delgado faces ten years in prison.",
                 has={"people": ("Maria Delgado",)},
                 lacks={"people": ("Delgado",)})], module=__name__)
declare("case-insensitive-merge", "people", "merge",
        "forms of a name that differ only in case or spacing are one person, named in the "
        "form that is not all capitals (a heading's \"JANE Q. PUBLIC\")",
        [Example("STATEMENT BY JANE Q. PUBLIC\n\nJane Q. Public , 45, pleaded guilty today.",
                 has={"people": ("Jane Q. Public",)},
                 lacks={"people": ("JANE Q. PUBLIC",)})], module=__name__)
declare("lost-apostrophe-merge", "people", "merge",
        "a possessive that lost its apostrophe (\"Mukaseys\") joins the name it ends",
        [Example(("Attorney General Michael B. Mukasey spoke today. Mr. Mukaseys remarks were "
                  "brief."),
                 has={"people": ("Michael B. Mukasey",)},
                 lacks={"people": ("Mukaseys",)})], module=__name__)


declare("glued-label-cut", "people", "filter",
        "a contact label the archive glued to the name after it (\"Contact DetailsHope "
        "Rivers\") is cut from the name",
        [Example("For more information:\n\nContact DetailsHope Rivers +1 555 010 7788",
                 has={"people": ("Hope Rivers",)},
                 lacks={"people": ("DetailsHope Rivers",)})], module=__name__)
declare("lost-apostrophe-name", "people", "filter",
        "a titled lone name ending in \"s\" before a common noun lost its apostrophe "
        "(\"President Obamas commitment\"): the name is the word without the \"s\"",
        [Example(("The new fund carries forward President Sorvinas pledge to rebuild rural "
                  "clinics."),
                 has={"people": ("Sorvina",)},
                 lacks={"people": ("Sorvinas",)})], module=__name__)

declare("lost-apostrophe-before-adjective", "people", "filter",
        "the possessive that lost its apostrophe may stand before adjectives of its noun "
        "(\"President Sorvinas strong leadership\")",
        [Example(("Under President Sorvinas strong leadership, the clinics reopened. "
                  "Continuing President Sorvinas bold plan, the fund grew."),
                 has={"people": ("Sorvina",)},
                 lacks={"people": ("Sorvinas",)})], module=__name__)


def name_chars(span: Span, honorific: str | None) -> tuple[int, int]:
    """The characters of the name in `span`: without a contact label glued to its first word
    and, for a titled lone word before a common noun, without a possessive that lost its
    apostrophe."""
    start, end = span.start_char, span.end_char
    first = span[0].text
    if is_on("glued-label-cut"):
        for label in GLUED_LABELS:
            rest = first[len(label):]
            if first.startswith(label) and rest[:1].isupper() and rest[1:2].islower():
                start += len(label)
                break
    doc = span.doc
    after = span.end
    if is_on("lost-apostrophe-before-adjective"):
        while after < len(doc) - 1 and doc[after].tag_ == "JJ" and doc[after].is_lower:
            after += 1  # "President Sorvinas strong leadership"
    if is_on("lost-apostrophe-name") and len(span) == 1 and honorific != SINGLE \
            and first.endswith("s") and not first.endswith(("ss", "us", "is")) \
            and len(first) > 3 and first[-2:-1].islower() and after < len(doc) \
            and doc[after].pos_ == "NOUN" and doc[after].is_lower \
            and span[0].whitespace_ and doc[after].tag_ in ("NN", "NNS"):
        end -= 1
    return start, end


def _without_spaces(span: Span) -> Span:
    """The span without whitespace tokens at its ends ("John Smith  " before a line break)."""
    start, end = span.start, span.end
    while end > start + 1 and span.doc[end - 1].is_space:
        end -= 1
    while start < end - 1 and span.doc[start].is_space:
        start += 1
    return span.doc[start:end]


def merge(candidates: list[tuple[Span, str | None]]) -> list[dict]:
    """One record per person: the longest form is the name; shorter forms join it where that
    is unique. A lone word that joins nobody is dropped."""
    joins, apostrophe = is_on("short-mention-merge"), is_on("lost-apostrophe-merge")
    case_blind = is_on("case-insensitive-merge")
    groups: list[dict] = []
    chars: dict[tuple[int, int], tuple[int, int]] = {}
    trimmed = [(_without_spaces(span), honorific) for span, honorific in candidates]
    for span, honorific in sorted(trimmed, key=lambda c: (-len(c[0]), c[0].start)):
        words = set(name_words(span))
        if not words:
            continue
        chars[span.start, span.end] = start_char, end_char = name_chars(span, honorific)
        if (start_char, end_char) != (span.start_char, span.end_char):
            text = doc_text(span.doc)[start_char:end_char]
            words = {w.casefold().rstrip(".") for w in text.split()}
        matches = [g for g in groups if words <= g["words"]] if joins else []
        if not matches and len(words) == 1 and apostrophe:
            (word,) = words
            if word.endswith("s"):
                matches = [g for g in groups if word[:-1] in g["words"]]
        if len(matches) > 1:
            last = [g for g in matches if name_words(g["name"])[-1] in words]
            matches = last[:1] if len(last) == 1 else matches[:1]
        if matches:
            g = matches[0]
            g["spans"].append(span)
            if case_blind and words == g["words"] and g["name"].text.isupper() and not span.text.isupper():
                g["name"] = span  # "THOMAS E. PEREZ" in a heading, "Thomas E. Perez" below
            if honorific != SINGLE:
                g["honorific"] = g["honorific"] or honorific
        elif honorific != SINGLE:
            groups.append({"name": span, "words": words, "spans": [span],
                           "honorific": honorific})
    groups.sort(key=lambda g: min(s.start for s in g["spans"]))
    out = []
    for n, g in enumerate(groups, 1):
        spans = sorted(g["spans"], key=lambda s: s.start)
        doc = g["name"].doc
        start, end = chars[g["name"].start, g["name"].end]
        text = doc_text(doc)
        out.append({"id": f"p{n}", "name": text[start:end], "honorific": g["honorific"],
                    "mentions": [mention(doc, *chars[s.start, s.end]) for s in spans],
                    "_spans": spans})
    return out
