"""Title-phrase cues: is a token a title word, does a title stand right before or after a
name. People read them to find names the tagger missed ("Deputy Director Leif Villadsen",
"Brook Hale, Chief Brand Officer"); roles read them to find the titles themselves. One
definition each, here.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from extract.constructions import Example, construction
from extract.lexicon import APPOINTMENT_VERBS, TITLE_HEADS, TITLE_MODIFIERS
from extract.lexicon.people import RANKS_NEEDING_A_TITLE
from extract.lexicon.roles import (
    COUNTRY_ABBREVIATIONS,
    PREPS_BEFORE_NAMED_ORG,
    TITLE_INNER_WORDS,
    TITLE_LINKS,
    TITLE_OBJECT_PREPS,
)


def plural_head(tok) -> bool:
    """ "Trial Attorneys A and B": a capitalised plural title head shared by coordinated
    names."""
    low = tok.lower_
    return low.endswith("s") and low[:-1] in TITLE_HEADS and tok.text[:1].isupper()


@construction("rank-needs-a-title", "people", "filter",
              "\"General\" and \"Marshal\" are titles only after a title word or a country "
              "(\"Attorney General\", \"U.S. Marshal\"); alone they open a name or a thing",
              [Example("The case was prosecuted by Marshal Brook in the U.S. Attorney's Office.",
                       has={"people": ("Marshal Brook",)}),
               Example("U.S. Marshal Hope Rivers arrested the man on Tuesday.",
                       has={"people": ("Hope Rivers",)},
                       lacks={"people": ("Marshal Hope Rivers",)}),
               Example("The firm signed a General Security Agreement with Arcfield.",
                       lacks={"people": ("Security Agreement",)})], off=False)
def bare_rank(tok) -> bool:
    """A rank word that is no title here: "Marshal Morgan" (a given name), "General Security
    Agreement"; fitted to one set of releases, these two heads misfired on others."""
    if tok.lower_ not in RANKS_NEEDING_A_TITLE:
        return False
    prev = tok.nbor(-1) if tok.i > 0 else None
    if prev is not None and (is_title_word(prev) or prev.text in COUNTRY_ABBREVIATIONS):
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    # The tagger's own boundary: a person's name opening right after it ("General David
    # Petraeus") makes it the rank before the name.
    return not (nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B")


def lower_plural_head(tok) -> bool:
    """ "trial attorneys A and B": a lower-case plural title head (read only where a body
    stands before the title)."""
    low = tok.text
    return tok.is_lower and low.endswith("s") and low[:-1] in TITLE_HEADS


def is_title_head(tok) -> bool:
    return tok.lower_ in TITLE_HEADS or plural_head(tok)


def is_title_word(tok) -> bool:
    """A head or a modifier of a title ("Deputy", "Director", "Attorneys")."""
    return tok.lower_ in TITLE_HEADS or tok.lower_ in TITLE_MODIFIERS or plural_head(tok)


def title_follows(doc: Doc, i: int) -> bool:
    """A capitalised title right after a name ending at i: ", Chief Brand Officer", " as Group
    CFO"."""
    if i >= len(doc) or doc[i].lower_ not in TITLE_LINKS:
        return False
    window = [t for t in doc[i + 1: i + 5] if not t.is_punct]
    return bool(window) and window[0].text[:1].isupper() and any(
        t.lower_ in TITLE_HEADS for t in window) and all(
        t.text[:1].isupper() or t.lower_ in TITLE_INNER_WORDS for t in window[:2])


def after_title(doc: Doc, i: int, org_end: dict) -> bool:
    """A capitalised title (and its organisation) right before token i: "Deputy Director
    Leif Villadsen", "Assistant Attorney General of the Criminal Division Lanny A. Breuer";
    not a verb spelt with a capital ("who will Head Brand Performance")."""
    if i in org_end:
        org = org_end[i]
        k = org.start - 1
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        if k >= 0 and doc[k].lower_ in PREPS_BEFORE_NAMED_ORG:
            i = k
    prev = doc[i - 1] if i > 0 else None
    return prev is not None and (is_title_head(prev) or in_charge(prev)) \
        and prev.text[:1].isupper() and prev.pos_ not in ("VERB", "AUX") and not bare_rank(prev)


def ends_name(doc: Doc, end: int) -> bool:
    """The capitalised run ending at `end` is a name, not the middle of a title ("Chief Human
    Resource Officer")."""
    return end >= len(doc) or doc[end].lower_ not in TITLE_HEADS


def appointment_subject(span: Span) -> bool:
    """A capitalised subject of an appointment verb ("Hope Rivers has been appointed")."""
    head = span[-1]
    return head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ in APPOINTMENT_VERBS \
        and all(t.is_title for t in span)


def titled(name: Span) -> bool:
    """A title head right before the name ("Director Smith"), not a body's "of" phrase
    ("Bureau of Justice Assistance")."""
    doc = name.doc
    i = name.start
    return i > 0 and doc[i - 1].lower_ in TITLE_HEADS and not (
        i > 1 and doc[i - 2].lower_ == "of")


def title_object(span: Span) -> bool:
    """What follows a title's preposition is its organisation ("CEO of BioMed X")."""
    doc, i = span.doc, span.start
    return i >= 2 and doc[i - 1].lower_ in TITLE_OBJECT_PREPS and doc[i - 2].lower_ in TITLE_HEADS


@construction("in-charge-closes-title", "roles", "pattern",
              "\"in Charge\" after a title word closes the title (\"Special Agent in Charge\", "
              "\"Assistant Director in Charge\"): what follows is the body or the person",
              [Example(("The Columbus Division will be led by Special Agent in Charge R. Thomas "
                        "Hale, who joined the bureau in 1998."),
                       has={"people": ("R. Thomas Hale",),
                            "roles": (("R. Thomas Hale", "Special Agent in Charge"),)},
                       lacks={"people": ("Charge R. Thomas Hale",)})], off=False)
def in_charge(tok) -> bool:
    """ "Charge" closing "<title word> in Charge" (a word of the title, not of a name)."""
    doc = tok.doc
    return tok.lower_ == "charge" and tok.text[:1].isupper() and tok.i >= 2 \
        and doc[tok.i - 1].lower_ == "in" and is_title_word(doc[tok.i - 2])
