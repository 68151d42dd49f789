"""Merging the mentions of one person: the longest form is the name, shorter forms join it."""
from __future__ import annotations

from spacy.tokens import Span

from extract.components.people.filters import SINGLE
from extract.components.people.names import name_words
from extract.constructions import Example, declare, is_on
from extract.spans import span_mention

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
    trimmed = [(_without_spaces(span), honorific) for span, honorific in candidates]
    for span, honorific in sorted(trimmed, key=lambda c: (-len(c[0]), c[0].start)):
        words = set(name_words(span))
        if not words:
            continue
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
        out.append({"id": f"p{n}", "name": g["name"].text, "honorific": g["honorific"],
                    "mentions": [span_mention(s) for s in spans], "_spans": spans})
    return out
