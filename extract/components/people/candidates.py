"""Candidate names the tagger missed, each found by a cue next to it: a title, a phone
number or an age after it, a title before it, an appointment verb it is the subject of."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extract.constructions import Example, construction
from extract.spans import age_follows, doc_text
from extract.titles import after_title, appointment_subject, ends_name, title_follows


@construction("name-before-title", "people", "candidate",
              "a capitalised name before \", Title\" or \"as Title\" (\"Brook Hale, Chief "
              "Brand Officer\")",
              [Example("Brook Hale, Chief Brand Officer, said the launch went well.",
                       has={"people": ("Brook Hale",)})], off=False)
def name_before_title(doc: Doc, end: int) -> bool:
    return title_follows(doc, end)


_PHONE = re.compile(r"^[+(]?\d[\d\s().-]{6,}\d$")


@construction("name-before-phone", "people", "candidate",
              "a media contact: a name before a phone number on its line (\"Media contact: "
              "Hope Rivers 0447 123 456\")",
              [Example("Media contact: Hope Rivers 0447 123 456",
                       has={"people": ("Hope Rivers",)})], off=False)
def name_before_phone(doc: Doc, i: int) -> bool:
    if i < len(doc) and doc[i].text == ":":
        i += 1
    line_end = doc_text(doc).find("\n", doc[i].idx) if i < len(doc) else -1
    rest = doc_text(doc)[doc[i].idx: line_end if line_end >= 0 else None].strip() if i < len(doc) \
        else ""
    return bool(_PHONE.match(rest))


@construction("name-before-age", "people", "candidate",
              "a name followed by an age in commas is a person whatever the tagger says "
              "(\"Nicholas Abram Slatten, 30, of Sparta\")",
              [Example("Hope Rivers, 24, of Dayton, pleaded guilty today.",
                       has={"people": ("Hope Rivers",)}),
               Example(("Timothy Oldani, 24, of Scott Depot, W.Va., and Joseph Oldani, 21, of "
                        "Camp Lejeune, N.C., both pleaded guilty today."),
                       has={"people": ("Timothy Oldani", "Joseph Oldani")})], off=False)
def name_before_age(doc: Doc, end: int) -> bool:
    return age_follows(doc, end)


@construction("name-after-title", "people", "candidate",
              "a name right after a capitalised title (and its organisation): \"Deputy "
              "Director Leif Villadsen\"",
              [Example("Senior Counsel Brook Hale will lead the team.",
                       has={"people": ("Brook Hale",)})], off=False)
def name_after_title(doc: Doc, start: int, end: int, org_end: dict) -> bool:
    return after_title(doc, start, org_end) and ends_name(doc, end)


@construction("appointment-subject", "people", "candidate",
              "the capitalised subject of an appointment verb (\"Hope Rivers has been "
              "appointed as the CEO\")",
              [Example("Hope Rivers has been appointed as the CEO of Arcfield.",
                       has={"people": ("Hope Rivers",)})], off=False)
def appointed_subject(span: Span) -> bool:
    return appointment_subject(span)
