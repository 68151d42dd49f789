"""People: named individuals, honorifics stripped and kept, short mentions merged.

Candidates are spaCy's PERSON entities and capitalised names right after an honorific
("Ms. Anaïs Joerger"). Honorifics, leading titles, possessive 's and post-nominals ("MP",
"PhD") are cut from the name; a name inside an organisation mention is not a person. A later
"Mr. Gulyamov" or "Gulyamov said" joins the full "Bakhtiyor Gulyamov".
Results: `doc.spans["people"]` (label = person id) and `doc._.people`.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.lexicon import GROUP_HEADS, HONORIFICS, ORG_HEADS, TITLE_HEADS, TITLE_MODIFIERS
from extract.spans import span_index, span_mention

if not Doc.has_extension("people"):
    Doc.set_extension("people", default=None)

POST_NOMINALS = {"mp", "qc", "kc", "phd", "mbe", "obe", "cbe", "mla", "mep", "esq", "md",
                 "jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
NOT_NAMES = {"god", "covid", "covid-19", "twitter", "facebook"}


def _honorific_key(tok) -> str:
    return tok.lower_.rstrip(".")


def _is_honorific(tok) -> bool:
    return _honorific_key(tok) in HONORIFICS or tok.lower_ in ("h.e.", "h.e")


@Language.factory("news_people", default_config={})
def make_people(nlp: Language, name: str):
    return PeopleComponent()


class PeopleComponent:
    def __call__(self, doc: Doc) -> Doc:
        org_tokens = span_index(doc.spans.get("organisations", []))
        candidates: list[tuple[Span, str | None]] = []
        covered: set[int] = set()
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            found = _clean(ent)
            if found is None:
                continue
            span, honorific = found
            if any(i in org_tokens for i in range(span.start, span.end)):
                continue
            candidates.append((span, honorific))
            covered.update(range(span.start, span.end))
        # "Mr. Gulyamov" where the tagger missed the name.
        for tok in doc[:-1]:
            nxt = doc[tok.i + 1]
            if (_is_honorific(tok) and tok.text[:1].isupper() and nxt.i not in covered
                    and nxt.pos_ == "PROPN" and nxt.text[:1].isupper()
                    and nxt.i not in org_tokens):
                end = nxt.i + 1
                while (end < len(doc) and end - nxt.i < 4 and doc[end].pos_ == "PROPN"
                       and doc[end].text[:1].isupper() and end not in org_tokens):
                    end += 1
                found = _clean(doc[nxt.i:end])
                if found:
                    candidates.append(found)
                    covered.update(range(nxt.i, end))
        people = _merge(candidates)
        doc.spans["people"] = [Span(doc, s.start, s.end, label=p["id"])
                               for p in people for s in p["_spans"]]
        for p in people:
            p.pop("_spans")
        doc._.people = people
        return doc


def _clean(span: Span) -> tuple[Span, str | None] | None:
    """Name without honorifics, titles, possessive or post-nominals; the honorific as
    written (inside the entity or just before it)."""
    doc, start, end = span.doc, span.start, span.end
    honorific = None
    while start < end and (_is_honorific(doc[start]) or doc[start].lower_ in TITLE_HEADS
                           or doc[start].lower_ in TITLE_MODIFIERS or doc[start].is_punct):
        if _is_honorific(doc[start]):
            honorific = doc[start].text
        start += 1
    while end > start and (doc[end - 1].lower_ in POST_NOMINALS or doc[end - 1].text in
                           ("'s", "’s", "'", "’") or doc[end - 1].is_punct):
        end -= 1
    if end <= start:
        return None
    name = doc[start:end]
    if honorific is None and start > 0:
        prev = doc[start - 1]
        if _is_honorific(prev) and prev.text[:1].isupper():
            honorific = prev.text
    text = name.text
    if (not any(c.isupper() for c in text) or any(c.isdigit() for c in text)
            or name.text.lower() in NOT_NAMES or (len(name) == 1 and name[0].is_upper
                                                  and len(name.text) > 1)
            or any(t.lower_ in ORG_HEADS and t.lower_ not in ("bank",) for t in name)
            or name[-1].lower_ in GROUP_HEADS):
        return None
    return name, honorific


def _words(span: Span) -> list[str]:
    return [t.text.casefold().rstrip(".") for t in span if not t.is_punct]


def _merge(candidates: list[tuple[Span, str | None]]) -> list[dict]:
    """One record per person: the longest form is the name; a shorter form whose words are
    all in a longer one (a surname, a first name, "Mr. X") joins it where that is unique."""
    groups: list[dict] = []
    for span, honorific in sorted(candidates, key=lambda c: (-len(c[0]), c[0].start)):
        words = set(_words(span))
        if not words:
            continue
        matches = [g for g in groups if words <= g["words"]]
        if len(matches) > 1:
            # Prefer the person whose surname it is.
            last = [g for g in matches if _words(g["name"])[-1] in words]
            matches = last[:1] if len(last) == 1 else matches[:1]
        if matches:
            g = matches[0]
            g["spans"].append(span)
            g["honorific"] = g["honorific"] or honorific
        else:
            groups.append({"name": span, "words": words, "spans": [span],
                           "honorific": honorific})
    groups.sort(key=lambda g: min(s.start for s in g["spans"]))
    out = []
    for n, g in enumerate(groups, 1):
        spans = sorted(g["spans"], key=lambda s: s.start)
        out.append({"id": f"p{n}", "name": g["name"].text, "honorific": g["honorific"],
                    "mentions": [span_mention(s) for s in spans], "_spans": spans})
    return out
