"""Cues several components read the same way: acronym shapes and datelines.

Each is one small predicate, defined once; the people, organisation and role constructions
import them from here rather than keeping copies.
"""
from __future__ import annotations

import re

from extract.lexicon import TITLE_HEADS

# An acronym as written in running text: two capitals at least, up to 8 characters ("FBI",
# "DoD", "U.S.", "AT&T"), not a title word shouted ("CEO" is a title, not a body).
_ACRONYM = re.compile(r"^(?=.*[A-Z].*[A-Z])[A-Z][A-Za-z&.\-]{1,7}$")
# An organisation's canonical form that is an acronym (cross-document linking): capitals,
# digits and joiners only, spaces ignored ("G7", "AT&T").
_ACRONYM_FORM = re.compile(r"[A-Z][A-Z0-9&.\-]{1,9}")


def is_acronym(text: str) -> bool:
    return bool(_ACRONYM.match(text)) and text.lower() not in TITLE_HEADS


def is_acronym_form(form: str) -> bool:
    return bool(_ACRONYM_FORM.fullmatch(form.replace(" ", "")))


def is_dateline_word(tok) -> bool:
    """ "WASHINGTON": a shouted place (or an untagged shouted word) opening a dateline."""
    return tok.is_upper and len(tok) > 3 and tok.ent_type_ in ("GPE", "LOC", "")


def dateline_before_name(tok) -> bool:
    """ "WASHINGTON Brian Carranza, 21, ...": a capitalised place before a mixed-case name."""
    doc = tok.doc
    return tok.is_upper and tok.is_alpha and len(tok) > 3 and tok.i + 1 < len(doc) \
        and doc[tok.i + 1].text[:1].isupper() and not doc[tok.i + 1].is_upper


# What introduces another name of a person: "Jo Roe, 33, aka Lil Jo", "a/k/a", "also known as".
AKA_WORDS = ("aka", "a/k/a", "a.k.a.")


def persons_other_name(span) -> bool:
    """The span right follows "aka" (or "a/k/a", "also known as", a quote aside) after a
    person's name or an age in commas ("Jo Roe, 33, aka Lil Jo"): another name of that
    person, no body and no second person."""
    doc, i = span.doc, span.start
    if i > 0 and doc[i - 1].text in ('"', "“", "'"):
        i -= 1
    if i >= 3 and [t.lower_ for t in doc[i - 3:i]] == ["also", "known", "as"]:
        i -= 3
    elif i >= 1 and doc[i - 1].lower_ in AKA_WORDS:
        i -= 1
    elif i >= 5 and "".join(t.lower_ for t in doc[i - 5:i]) == "a/k/a":
        i -= 5
    else:
        return False
    if i >= 1 and doc[i - 1].text == ",":
        i -= 1
    if i >= 3 and doc[i - 1].text.isdecimal() and doc[i - 2].text == ",":
        i -= 2  # ", 33,"
    return i >= 1 and doc[i - 1].ent_type_ == "PERSON"
