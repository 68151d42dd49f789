"""What a token of a personal name is: a capitalised proper noun that is no title or
body word, a hyphenated part, a particle; and the honorifics before names."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extract.constructions import Example, declare, is_on
from extract.cues import dateline_before_name
from extract.lexicon import HONORIFICS, ORG_HEADS, PERSON_PARTICLES, POST_NOMINALS, TITLE_HEADS
from extract.lexicon.people import (
    DOTLESS_HONORIFICS,
    HONOURS_AFTER_NAMES,
    MALAY_STYLE_PAIRS,
    MALAY_STYLE_SECONDS,
    MALAY_STYLES,
    NAME_HYPHENS,
    PLACE_INITIALS,
    ROYAL_STYLES,
)

NOT_PERSON_ENTITIES = ("GPE", "LOC", "DATE", "NORP")  # entity types a name cannot start with


def honorific_key(tok) -> str:
    return tok.lower_.rstrip(".")


declare("malay-style", "people", "candidate",
        "Malay and Bruneian styles of honour before a name (\"Pehin\", \"Dato'\", \"Datuk "
        "Seri\") are honorifics: the name after them is a person's",
        [Example("Second Minister of Finance Pehin Tamsin Oakes will lead the delegation.",
                 has={"people": ("Tamsin Oakes",)},
                 lacks={"people": ("Pehin Tamsin Oakes",)}),
         Example("The award was presented by Datuk Seri Hope Rivers on Friday.",
                 has={"people": ("Hope Rivers",)},
                 lacks={"people": ("Seri Hope Rivers",)}),
         Example("Tan Sri Brook Hale chaired the meeting.",
                 has={"people": ("Brook Hale",)},
                 lacks={"people": ("Tan Sri Brook Hale",)}),
         Example("The award was presented by Dato' Hope Rivers on Friday.",
                 has={"people": ("Hope Rivers",)})], module=__name__)


def is_honorific(tok) -> bool:
    return honorific_key(tok) in HONORIFICS or tok.lower_ in DOTLESS_HONORIFICS \
        or tok.lower_ in ROYAL_STYLES and tok.text[:1].isupper() \
        or tok.text[:1].isupper() and _malay_style(tok)


def _malay_style(tok) -> bool:
    if not is_on("malay-style"):
        return False
    doc = tok.doc
    if tok.i > 0 and (doc[tok.i - 1].lower_, tok.lower_) in MALAY_STYLE_PAIRS:
        return True
    if tok.i + 1 < len(doc) and (tok.lower_, doc[tok.i + 1].lower_) in MALAY_STYLE_PAIRS:
        return True
    if tok.lower_ in MALAY_STYLE_SECONDS:
        return tok.i > 0 and doc[tok.i - 1].lower_ in MALAY_STYLES
    return tok.lower_ in MALAY_STYLES


def name_token(tok) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.lower_ not in TITLE_HEADS \
        and tok.lower_ not in ORG_HEADS


def name_start(tok) -> bool:
    return name_token(tok) and not is_honorific(tok) \
        and tok.ent_type_ not in NOT_PERSON_ENTITIES and not dateline_before_name(tok)


def name_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen at i joining two capitalised parts of one name ("In-Sik", "Blanco-Diaz")."""
    return 0 < i < len(doc) - 1 and doc[i].text in NAME_HYPHENS and not doc[i - 1].whitespace_ \
        and not doc[i].whitespace_ and all(t.text[:1].isupper() and t.is_alpha
                                           for t in (doc[i - 1], doc[i + 1]))


def hyphenated_start(doc: Doc, i: int) -> int:
    """The start of a hyphenated given name ending at i ("In-Sik Han")."""
    while i >= 2 and name_hyphen(doc, i - 1):
        i -= 2
    return i


def name_end(doc: Doc, start: int, org_tokens) -> int:
    end = start + 1
    while end < len(doc) and end - start < 6 and end not in org_tokens:
        if end - start < 4 and (name_token(doc[end]) or doc[end].lower_ in PERSON_PARTICLES
                                and end + 1 < len(doc) and name_token(doc[end + 1])):
            end += 1
        elif name_hyphen(doc, end):
            end += 2  # "Wilfredo Blanco-Diaz"
        else:
            break
    return end


def abbreviation(tok) -> bool:
    """ "Calif." before a name: a place abbreviation, not an initial."""
    return tok.text.endswith(".") and len(tok.text) > 3 and not is_honorific(tok) \
        and not glued_initials(tok)


GLUED_INITIALS = re.compile(r"^(?:[A-Z]\.){2,3}$")

declare("glued-initials-before-surname", "people", "candidate",
        "capital initials written together (\"C.J.\", \"T.S.\") right before a capitalised "
        "surname open the person's name (\"R.K. Blaine\"); no place abbreviation, unless "
        "they spell a place (\"U.S.\", \"N.J.\", \"D.C.\") or end a list of bare initials "
        "(\"victims S.A. and M.P. Roe admitted\")",
        [Example(("The case is being prosecuted by Assistant U.S. Attorney R.K. Blaine of "
                  "the Criminal Division."),
                 has={"people": ("R.K. Blaine",)},
                 lacks={"people": ("U.S. Attorney R.K. Blaine",)}),
         Example("Chief Judge D.M. Halvorsen of the U.S. District Court imposed the sentence.",
                 has={"people": ("D.M. Halvorsen",)})], module=__name__)


def glued_initials(tok) -> bool:
    """ "C.J." before "Porter": a person's initials, not a place's abbreviation."""
    doc = tok.doc
    if not is_on("glued-initials-before-surname") or GLUED_INITIALS.match(tok.text) is None:
        return False
    letters = tok.lower_.replace(".", "")
    if letters in PLACE_INITIALS:
        return False
    if any(GLUED_INITIALS.match(t.text) and not t.nbor(1).text[:1].isupper()
           for t in doc[max(0, tok.i - 4):tok.i]):
        return False  # "victims S.A., M.A., and M.P. Roe admitted": a list of bare initials
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper() \
        and doc[tok.i + 1].is_alpha and tok.whitespace_ == " "


def name_words(span: Span) -> list[str]:
    return [t.text.casefold().rstrip(".") for t in span if not (t.is_punct or t.is_space)]


declare("honour-post-nominal", "people", "filter",
        "honours and credentials in capitals after a name (\"CSC\", \"AO\", \"CFA\") are "
        "post-nominals, cut like \"MP\", even where the organisation rules claim them",
        [Example(("SENATOR THE HON JANE DOYLE CSC\nMINISTER FOR DEFENCE\n\nNew boats for the "
                  "Navy\n\nThe Government will buy six boats, Minister Doyle said."),
                 has={"people": ("JANE DOYLE",)},
                 lacks={"people": ("JANE DOYLE CSC",)})], module=__name__)


def post_nominal(tok) -> bool:
    """Letters after a name that are not part of it ("MP", "Jr.", "CSC")."""
    return tok.lower_.rstrip(".") in POST_NOMINALS or tok.lower_ in POST_NOMINALS \
        or tok.is_upper and tok.lower_ in HONOURS_AFTER_NAMES and is_on("honour-post-nominal")
