"""People: named individuals, honorifics stripped and kept, short mentions merged.

Candidates are spaCy's PERSON entities and capitalised names right after an honorific
("Ms. Anaïs Joerger"). Honorifics, leading titles, possessive 's and post-nominals ("MP",
"PhD") are cut from the name; a name inside an organisation mention is not a person. A later
"Mr. Gulyamov" or "Gulyamov said" joins the full "Bakhtiyor Gulyamov".
Results: `doc.spans["people"]` (label = person id) and `doc._.people`.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.cues import dateline_before_name
from extract.lexicon import (
    APPOINTMENT_VERBS,
    GROUP_HEADS,
    HONORIFICS,
    NON_ORG_HEADS,
    ORG_HEADS,
    PERSON_PARTICLES,
    POST_NOMINALS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from extract.spans import (
    age_follows,
    doc_text,
    span_index,
    span_mention,
    title_case_lines,
)

if not Doc.has_extension("people"):
    Doc.set_extension("people", default=None)

LEAD_WORDS = {"the", "contacts", "contact", "media", "dear", "by", "from", "and"}
SINGLE = "__single__"  # marks a lone word: kept only as a short mention
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

        def add(span: Span) -> None:
            found = _clean(span)
            if found is None:
                return
            name, _ = found
            if any(i in org_tokens or i in covered for i in range(name.start, name.end)):
                return
            candidates.append(found)
            covered.update(range(name.start, name.end))

        for ent in doc.ents:
            if ent.label_ == "PERSON" and not _after_title_preposition(ent) \
                    and not _named_thing(ent):
                add(ent)
        # Names the tagger missed: after an honorific ("Mr. Gulyamov"), or before a title
        # ("Rakesh Prusti as Group General Counsel", "Adam Cannon, Chief Brand Officer").
        org_end = {s.end: s for s in doc.spans.get("organisations", [])}
        for tok in doc[:-1]:
            nxt = doc[tok.i + 1]
            if nxt.text == "." and tok.i + 2 < len(doc):  # "The Hon . Marise Payne"
                nxt = doc[tok.i + 2]
            if _is_honorific(tok) and tok.text[:1].isupper() and _name_start(nxt):
                add(doc[nxt.i:_name_end(doc, nxt.i, org_tokens)])
            elif _name_start(tok) and (tok.i == 0 or not _name_token(doc[tok.i - 1])
                                       or dateline_before_name(doc[tok.i - 1])):
                end = _name_end(doc, tok.i, org_tokens)
                start = _hyphenated_start(doc, tok.i)  # "In-Sik Han, 52,"
                if 2 <= end - start <= 6 and (
                        _title_follows(doc, end) or _phone_follows(doc, end)
                        or age_follows(doc, end)
                        or _after_title(doc, tok.i, org_end) and _ends_name(doc, end)
                        or _appointed(doc[start:end])):
                    add(doc[start:end])
        candidates = _confirmed_outside_title(doc, candidates)
        # A name the text also uses for an organisation ("Scientific Vice President at Novo
        # Nordisk") is the organisation's everywhere, whatever the tagger says elsewhere.
        org_names = {n.casefold() for o in doc._.organisations or []
                     for n in (o["name"], *o["aliases"])}
        candidates = [c for c in candidates if c[0].text.casefold() not in org_names]
        people = _merge(candidates)
        doc.spans["people"] = [Span(doc, s.start, s.end, label=p["id"])
                               for p in people for s in p["_spans"]]
        for p in people:
            p.pop("_spans")
        doc._.people = people
        return doc


_PHONE = re.compile(r"^[+(]?\d[\d\s().-]{6,}\d$")


def _phone_follows(doc: Doc, i: int) -> bool:
    """ "Keegan Buzza 0447 697 846", "Julia Ebbs: +61 417 097 644": a media contact."""
    if i < len(doc) and doc[i].text == ":":
        i += 1
    line_end = doc_text(doc).find("\n", doc[i].idx) if i < len(doc) else -1
    rest = doc_text(doc)[doc[i].idx: line_end if line_end >= 0 else None].strip() if i < len(doc) \
        else ""
    return bool(_PHONE.match(rest))


def _named_thing(span: Span) -> bool:
    """A name that is part of a thing's name: "Mohammed bin Rashid Al Maktoum Knowledge
    Award", "James I. Dawson Cooperative Extension Building", or a residence "of Chula Vista,
    Calif."."""
    doc = span.doc
    if span[-1].lower_ in ORG_HEADS | NON_ORG_HEADS:
        return True
    k = span.end
    while k < len(doc) and doc[k].text[:1].isupper() and not doc[k].is_punct:
        if doc[k].lower_ in ORG_HEADS | NON_ORG_HEADS | {"building", "hall", "auditorium"}:
            return True
        k += 1
    return span.start > 0 and doc[span.start - 1].lower_ == "of" and span.end + 1 < len(doc) \
        and doc[span.end].text == "," and doc[span.end + 1].ent_type_ == "GPE"


def _after_title_preposition(span: Span) -> bool:
    """ "CEO of BioMed X": what follows a title's preposition is its organisation."""
    doc, i = span.doc, span.start
    return i >= 2 and doc[i - 1].lower_ in ("of", "at") and doc[i - 2].lower_ in TITLE_HEADS


def _name_token(tok) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.lower_ not in TITLE_HEADS \
        and tok.lower_ not in ORG_HEADS


def _name_start(tok) -> bool:
    return _name_token(tok) and not _is_honorific(tok) and tok.ent_type_ not in (
        "GPE", "LOC", "DATE", "NORP") and not dateline_before_name(tok)


def _name_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen at i joining two capitalised parts of one name ("In-Sik", "Blanco-Diaz")."""
    return 0 < i < len(doc) - 1 and doc[i].text in ("-", "‐") and not doc[i - 1].whitespace_ \
        and not doc[i].whitespace_ and all(t.text[:1].isupper() and t.is_alpha
                                           for t in (doc[i - 1], doc[i + 1]))


def _hyphenated_start(doc: Doc, i: int) -> int:
    """The start of a hyphenated given name ending at i ("In-Sik Han")."""
    while i >= 2 and _name_hyphen(doc, i - 1):
        i -= 2
    return i


def _name_end(doc: Doc, start: int, org_tokens) -> int:
    end = start + 1
    while end < len(doc) and end - start < 6 and end not in org_tokens:
        if end - start < 4 and (_name_token(doc[end]) or doc[end].lower_ in PERSON_PARTICLES
                                and end + 1 < len(doc) and _name_token(doc[end + 1])):
            end += 1
        elif _name_hyphen(doc, end):
            end += 2  # "Wilfredo Blanco-Diaz"
        else:
            break
    return end


def _title_follows(doc: Doc, i: int) -> bool:
    """ ", Chief Brand Officer" / " as Group CFO" right after a name."""
    if i >= len(doc) or doc[i].lower_ not in (",", "as"):
        return False
    window = [t for t in doc[i + 1: i + 5] if not t.is_punct]
    return bool(window) and window[0].text[:1].isupper() and any(
        t.lower_ in TITLE_HEADS for t in window) and all(
        t.text[:1].isupper() or t.lower_ in ("of", "for", "and") for t in window[:2])


def _after_title(doc: Doc, i: int, org_end: dict) -> bool:
    """ "Deputy Director Leif Villadsen", "Assistant Attorney General of the Criminal
    Division Lanny A. Breuer": a capitalised title (and its organisation) right before."""
    if i in org_end:
        org = org_end[i]
        k = org.start - 1
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        if k >= 0 and doc[k].lower_ in ("of", "for", "at"):
            i = k
    prev = doc[i - 1] if i > 0 else None
    low = prev.lower_ if prev is not None else ""
    return prev is not None and (low in TITLE_HEADS or low[:-1] in TITLE_HEADS and low.endswith(
        "s")) and prev.text[:1].isupper() \
        and prev.pos_ not in ("VERB", "AUX")  # "who will Head Brand Performance"


def _ends_name(doc: Doc, end: int) -> bool:
    """The capitalised run is a name, not the middle of a title ("Chief Human Resource
    Officer")."""
    return end >= len(doc) or doc[end].lower_ not in TITLE_HEADS


def _appointed(span: Span) -> bool:
    """ "Sonal Sinha has been appointed as the CEO": the subject of an appointment verb."""
    head = span[-1]
    return head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ in APPOINTMENT_VERBS \
        and all(t.is_title for t in span)


def _confirmed_outside_title(doc: Doc, candidates):
    """A name in the headline counts where the body names the same person: title-case
    headlines make verbs look like names ("Vilsack Announce")."""
    first_line_end = doc_text(doc).find("\n")
    headline = {i for i in title_case_lines(doc) if doc[i].idx < first_line_end}
    if not headline:
        return candidates
    body_words = {w for span, _ in candidates if span.start not in headline
                  for w in _words(span)}
    return [(span, h) for span, h in candidates
            if span.start not in headline or (h and h != SINGLE)
            or set(_words(span)) <= body_words]


def _clean(span: Span) -> tuple[Span, str | None] | None:
    """Name without honorifics, titles, possessive or post-nominals; the honorific as
    written (inside the entity or just before it)."""
    doc, start, end = span.doc, span.start, span.end
    honorific = None
    while start < end and (_is_honorific(doc[start]) or doc[start].lower_ in TITLE_HEADS
                           or doc[start].lower_ in TITLE_MODIFIERS or doc[start].is_punct
                           or doc[start].lower_ in LEAD_WORDS or doc[start].text[:1].islower()
                           and doc[start].lower_ not in PERSON_PARTICLES
                           or _abbreviation(doc[start])):
        if _is_honorific(doc[start]):
            honorific = doc[start].text
        start += 1
    # A name ends before a post-nominal or a title ("David Littleproud MP Minister ...").
    for k in range(start + 1, end):
        if doc[k].lower_.rstrip(".") in POST_NOMINALS or doc[k].lower_ in TITLE_HEADS \
                or "\n" in doc[k].text or doc[k].pos_ == "VERB":
            end = k
            break
    while end > start and (doc[end - 1].lower_ in POST_NOMINALS or doc[end - 1].text in
                           ("'s", "’s", "'", "’") or doc[end - 1].is_punct
                           or doc[end - 1].lower_ in PERSON_PARTICLES):
        end -= 1
    # "Jamal bin Huwaireb": particles and the names around them.
    if end <= start:
        return None
    if start > 0 and doc[start].lower_ in PERSON_PARTICLES and _name_token(doc[start - 1]):
        start -= 1
    while end + 1 < len(doc) and doc[end].lower_ in PERSON_PARTICLES and _name_token(doc[end + 1]):
        end += 2
    name = doc[start:end]
    if honorific is None and start > 0:
        prev = doc[start - 1]
        if _is_honorific(prev) and prev.text[:1].isupper():
            honorific = prev.text
    text = name.text
    if (not any(c.isupper() for c in text) or any(c.isdigit() or c == "@" for c in text)
            or name.text.lower() in NOT_NAMES or (len(name) == 1 and name[0].is_upper
                                                  and len(name.text) > 1)
            or any(t.lower_ in ORG_HEADS and t.lower_ not in ("bank",) for t in name)
            or name[-1].lower_ in GROUP_HEADS or _doubled(name)):
        return None
    if len(name) == 1 and honorific is None and not _titled(name):
        # A lone word is a person only as a short mention of a full name (merged later),
        # after an honorific or after a title: "Coursera", "Download" are not people.
        return name, SINGLE
    return name, honorific


def _doubled(name: Span) -> bool:
    """ "About Novo Nordisk Novo Nordisk is ...": a heading glued to the sentence after it
    repeats the words; no person is named twice in a row."""
    words = [t.lower_ for t in name]
    half = len(words) // 2
    return len(words) >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]


def _abbreviation(tok) -> bool:
    """ "Calif." before a name: a place abbreviation, not an initial."""
    return tok.text.endswith(".") and len(tok.text) > 3 and not _is_honorific(tok)


def _titled(name: Span) -> bool:
    doc = name.doc
    i = name.start
    return i > 0 and doc[i - 1].lower_ in TITLE_HEADS and not (
        i > 1 and doc[i - 2].lower_ == "of")  # "Bureau of Justice Assistance"


def _words(span: Span) -> list[str]:
    return [t.text.casefold().rstrip(".") for t in span if not t.is_punct]


def _merge(candidates: list[tuple[Span, str | None]]) -> list[dict]:
    """One record per person: the longest form is the name; a shorter form whose words are
    all in a longer one (a surname, a first name, "Mr. X", a possessive that lost its
    apostrophe: "Mukaseys") joins it where that is unique. A lone word that joins nobody is
    dropped."""
    groups: list[dict] = []
    for span, honorific in sorted(candidates, key=lambda c: (-len(c[0]), c[0].start)):
        words = set(_words(span))
        if not words:
            continue
        matches = [g for g in groups if words <= g["words"]]
        if not matches and len(words) == 1:
            (word,) = words
            if word.endswith("s"):
                matches = [g for g in groups if word[:-1] in g["words"]]
        if len(matches) > 1:
            # Prefer the person whose surname it is.
            last = [g for g in matches if _words(g["name"])[-1] in words]
            matches = last[:1] if len(last) == 1 else matches[:1]
        if matches:
            g = matches[0]
            g["spans"].append(span)
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
