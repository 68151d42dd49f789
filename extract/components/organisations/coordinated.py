"""Names with an "and" inside them ("U.S. Immigration and Customs Enforcement", "Customs and
Border Patrol") that the recogniser cuts at the "and": the part after it is no entity of its
own, so the name goes on."""
from __future__ import annotations

from spacy.tokens import Span

from extract.components.organisations.base import KIND, is_acronym, is_cap, orgs
from extract.constructions import Example, construction
from extract.lexicon import ORG_HEADS
from extract.lexicon.organisations import LEGAL_SUFFIXES, POSSESSIVE_MARKS
from extract.titles import is_title_head, is_title_word

# Entity kinds a word after "and" may not carry: it would start a name of another kind.
OTHER_KINDS = ("PERSON", "GPE", "LOC", "DATE", "NORP", "CARDINAL", "MONEY")


@construction(
    "and-continued-name", KIND, "candidate",
    "an organisation cut at 'and' whose last word is no head, followed by capitalised words "
    "the recogniser left outside any entity, is one name: 'U.S. Immigration and Customs "
    "Enforcement'",
    [Example("The case was investigated by U.S. Immigration and Customs Enforcement and the "
             "U.S. Secret Service.",
             has=orgs("U.S. Immigration and Customs Enforcement"),
             lacks=orgs("U.S. Immigration")),
     Example("Officers of the U.S. Customs and Border Patrol stopped the truck at the border.",
             has=orgs("U.S. Customs and Border Patrol"), lacks=orgs("U.S. Customs")),
     Example("The FBI Detroit Division and Special Agent in Charge Jo Roe thanked the police.",
             lacks=orgs("FBI Detroit Division and Special Agent"))],
    off=None)
def and_continued_end(ent: Span) -> int | None:
    """Where the entity's name ends when it goes on past an "and" after it, else None. The
    entity's last word is no organisation head, legal form or acronym (a complete name would
    end so: "Calan Pharmacy and Best Pharmacy" are two), the words after "and" are
    capitalised, outside every entity, and no title ("and Special Agent ..."); the name is
    three words or more in all, so that two bare names ("Hampton and Alo") stay apart, and
    two names of one kind ("X Enterprises and Y Enterprises") stay two."""
    doc, last = ent.doc, ent[-1]
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "and" or "\n" in last.whitespace_ \
            or last.lower_ in ORG_HEADS or last.lower_.rstrip(".") in LEGAL_SUFFIXES \
            or is_acronym(last.text) or last.text.endswith(POSSESSIVE_MARKS) \
            or any(is_title_head(t) for t in ent):
        return None  # "Trial Attorneys Jo Roe" + "and Al Poe": titled people, not a body
    k = ent.end + 1
    if doc[k].ent_iob_ != "O":
        return None
    while k < len(doc) and k - ent.end <= 6 and is_cap(doc[k]) and not is_acronym(doc[k].text) \
            and doc[k].ent_type_ not in OTHER_KINDS and not is_title_head(doc[k]) \
            and not is_title_word(doc[k]) and "\n" not in doc[k - 1].whitespace_:
        k += 1
    if k == ent.end + 1 or k - ent.start - 1 < 3 or doc[k - 1].lower_ == last.lower_:
        return None  # "Waseem Enterprises and Harrys Enterprises": two names of one kind
    return k
