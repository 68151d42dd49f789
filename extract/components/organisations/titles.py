"""Title knowledge the organisation stages use: what follows "<title> of/at" is the title's
body, a name before ", <title>" or "as <title>" is a person's. Kept together so that it can
move to a module shared with people and roles."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from extract.components.organisations.base import is_cap
from extract.lexicon import TITLE_HEADS
from extract.lexicon.organisations import TITLE_DETERMINERS, TITLE_LINKS, TITLE_PREPOSITIONS


def after_title_of(span: Span) -> bool:
    """What follows "<title> of/at" is the title's body ("Chief Executive Officer of X")."""
    doc, i = span.doc, span.start
    return i >= 2 and doc[i - 1].lower_ in TITLE_PREPOSITIONS and doc[i - 2].lower_ in TITLE_HEADS


def before_title(span: Span) -> bool:
    """A short proper name before ", <title>" or "as <title>" ("Jane Roe as Group General
    Counsel"): a person."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].lower_ in TITLE_LINKS:
        i += 1
        while i < len(doc) and doc[i].lower_ in TITLE_DETERMINERS:
            i += 1
        title = doc[i: i + 4]
        return any(t.lower_ in TITLE_HEADS for t in title) and len(span) <= 3 and \
            all(t.pos_ == "PROPN" for t in span)
    return False


def employer_spans(doc: Doc) -> list[Span]:
    """The capitalised name after "<title> at" ("Head of Care at Acme Health"), before any
    test of whether it is a plausible body."""
    out = []
    for tok in doc:
        if tok.lower_ != "at" or tok.i + 1 >= len(doc):
            continue
        window = doc[max(tok.sent.start, tok.i - 6):tok.i]
        if not any(t.lower_ in TITLE_HEADS and t.text[:1].isupper() for t in window):
            continue
        i = tok.i + 1 + (doc[tok.i + 1].lower_ == "the")
        end = i
        while end < len(doc) and end - i < 6 and is_cap(doc[end]) and not doc[end].is_punct \
                and (doc[end].ent_type_ not in ("GPE", "DATE", "LOC") or end > i):
            end += 1  # a place may end a name ("Diabetes UK") but not be one
        if end > i and not (end - i == 1 and doc[i].is_sent_start):
            out.append(doc[i:end])
    return out
