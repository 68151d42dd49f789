"""Shapes every organisation stage reads: capitalisation, the comparison form of a name, and
whether an acronym spells a name's initials."""
from __future__ import annotations

import re

from extract.cues import is_acronym
from extract.lexicon import ORG_HEADS
from extract.lexicon.organisations import FUNCTION_WORDS, LEGAL_SUFFIXES

__all__ = ["CODE", "GLUED", "KIND", "acronym_fits", "initials", "is_acronym", "is_cap", "norm",
           "orgs"]

KIND = "organisations"  # the fact kind of every construction declared in this package

# Two words glued by a lost line break: a heading's last word and "The" of the next line.
GLUED = re.compile(r"^[A-Za-z]*[a-z](?:The|This|These|In|On|At|For)$")
CODE = re.compile(r"^[A-Za-z]+-?\d+$")  # COVID-19, GLP-1: names of things, not bodies


def is_cap(tok) -> bool:
    """Capitalised, or a number the tagger reads as part of a name ("Motel 6")."""
    return tok.text[:1].isupper() or (tok.text[:1].isdigit() and tok.pos_ == "PROPN")


def singular_head(word: str) -> str | None:
    """The organisation head a plural stands for, in the word's own case ("Agencies" ->
    "Agency", "Offices" -> "Office", "Branches" -> "Branch"), else None: one reading of plural
    heads for the rules that split lists and the ones that see a count of bodies."""
    low = word.lower()
    if not low.endswith("s") or low.endswith("ss"):
        return None
    forms = ((3, "y"),) if low.endswith("ies") else ((1, ""), (2, ""))
    for cut, add in forms:
        if low[:-cut] + add in ORG_HEADS:
            return word[:-cut] + add
    return None


def body_head(tok) -> bool:
    """An organisation head noun that is not a legal form ("Program", not "Inc.")."""
    return tok.lower_ in ORG_HEADS and tok.lower_.rstrip(".") not in LEGAL_SUFFIXES


def norm(text: str) -> str:
    """Comparison form: case, a leading article, possessive 's and punctuation aside."""
    text = re.sub(r"(?<=\w)['’]s\b", "", text)
    words = re.sub(r"[^\w&]+", " ", text.casefold()).split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


def initials(text: str, skip_function_words: bool = False) -> str:
    letters = []
    for word in re.split(r"[\s\-]+", text):
        if skip_function_words and word.lower() in FUNCTION_WORDS:
            continue
        parts = [p for p in word.split(".") if p] if "." in word else [word]
        letters.extend(p[0].upper() for p in parts if p and p[0].isalpha())
    return "".join(letters)


def acronym_fits(acronym: str, name: str) -> bool:
    """True where most of the acronym's letters are initials of the name's words, in any
    order ("FPI EC" for "European Commission Service for Foreign Policy Instruments")."""
    # A mixed-case acronym ("ACTeams", "CoE") spells with its capitals only.
    mixed = any(c.islower() for c in acronym)
    letters = [c for c in (acronym if mixed else acronym.upper()) if c.isupper()]
    pool = list(initials(name))
    hits = 0
    for c in letters:
        if c in pool:
            pool.remove(c)
            hits += 1
    return bool(letters) and hits / len(letters) >= 0.75 and len(name.split()) >= 2


def orgs(*names: str) -> dict[str, tuple[str, ...]]:
    """An example's `has` or `lacks` that names organisations (names, aliases or acronyms)."""
    return {KIND: names}
