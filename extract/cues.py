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
