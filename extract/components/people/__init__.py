"""People: named individuals, honorifics stripped and kept, short mentions merged.

Candidates are spaCy's PERSON entities and capitalised names the tagger missed where a cue
says they are names (`candidates`: after an honorific, before a title, a phone number or an
age, after a title, the subject of an appointment verb; the title cues are
`extract.titles`). `filters` cut honorifics, leading titles, possessives and post-nominals
from a name and drop names of things, of organisations and headline words; `merge` joins a
later short mention ("Mr. Gulyamov", "Gulyamov said") to the full name. Every construction
is declared in `extract.constructions` and can be switched off by name (config `off`).
Results: `doc.spans["people"]` (label = person id) and `doc._.people`.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.components.config import constructions_off
from extract.components.people.candidates import (
    aged_given_name,
    appointed_subject,
    entity_extent,
    given_names,
    initialled_names,
    name_after_contact_label,
    name_after_title,
    name_before_age,
    name_before_phone,
    name_before_title,
    name_line_before_title,
    names_before_residence,
    nickname_end,
)
from extract.components.people.filters import (
    SINGLE,
    clean,
    confirmed_outside_title,
    possessive_without_apostrophe,
    named_thing,
    title_preposition_object,
)
from extract.components.people.merge import merge
from extract.components.people.names import (
    hyphenated_start,
    is_honorific,
    name_end,
    name_start,
    name_token,
    post_nominal,
)
from extract.constructions import Example, declare, is_on, switched_off
from extract.cues import dateline_before_name, persons_other_name
from extract.spans import span_index
from extract.titles import in_charge, plural_head

if not Doc.has_extension("people"):
    Doc.set_extension("people", default=None)

declare("person-entity", "people", "candidate",
        "spaCy's PERSON entities (cleaned, not inside an organisation)",
        [Example("The defendant, Maria Delgado, pleaded guilty on Tuesday.",
                 has={"people": ("Maria Delgado",)})], module=__name__)
declare("name-after-honorific", "people", "candidate",
        "a capitalised name after an honorific (\"Ms. Anaïs Joerger\", \"The Hon. Marise "
        "Payne\")",
        [Example("Thanks to Mrs. Hope Rivers for her work.",
                 has={"people": ("Hope Rivers",)})], module=__name__)
declare("honorific-name-over-organisation", "people", "candidate",
        "a name after an honorific is a person's even where the organisation rules claim "
        "some of its words (a heading \"SENATOR THE HON JANE DOYLE CSC\")",
        [Example(("SENATOR THE HON JANE DOYLE CSC Minister for Defence\n\nDOYLE said the "
                  "base will reopen. DOYLE is a partner of the Trust."),
                 has={"people": ("JANE DOYLE",)})], module=__name__)
declare("organisation-name-not-person", "people", "filter",
        "a name the text also uses for an organisation is the organisation's everywhere",
        [Example(("Anna Berg, Vice President at Solvang Medica, said the trial will start soon. "
                  "Solvang Medica is based in Oslo."),
                 has={"people": ("Anna Berg",)},
                 lacks={"people": ("Solvang Medica",)})], module=__name__)

declare("person-cue-over-organisation-name", "people", "filter",
        "a name found by a cue only people have (an age, a phone number, a contact label, a "
        "nickname in quotes) stays a person where the text also uses it for an organisation",
        [Example((
                  "Statement on the Apprehension of Joaquin \"Chapo\" Guzman Loera\n\nToday Mexican "
                  "authorities announced the capture of Joaquin \"Chapo\" Guzman Loera, the "
                  "alleged leader of the Sinaloa Cartel. The Sinaloa Cartel is designated "
                  "a Significant Foreign Narcotics Trafficker by the U.S. Government.\n\nAttorney "
                  "General Holder stated: \"Today's apprehension of Joaquin \"Chapo\" Guzman "
                  "Loera by Mexican authorities is a landmark achievement, and a victory "
                  "for the citizens of both Mexico and the United States. Guzman was one "
                  "of the world's most wanted men and the alleged head of a drug-running "
                  "empire that spans continents. The criminal activity Guzman allegedly directed "
                  "contributed to the death and destruction of millions of lives across the "
                  "globe through drug addiction, violence, and corruption. We salute the "
                  "Government of Mexico, and the professionalism and courage of the Mexican "
                  "authorities, for this arrest. We are pleased that we were able to work "
                  "effectively with Mexico through the cooperative relationship that U.S. "
                  "law enforcement agencies have with their Mexican counterparts. We look "
                  "forward to ongoing cooperation, and future successes.\""),
                 has={"people": ('Joaquin "Chapo" Guzman Loera',)})], module=__name__)


declare("other-name-not-a-person", "people", "filter",
        "a name after 'aka' that follows a person (\"Jo Roe, 33, aka Lil Jo\") is that "
        "person's other name, not a second person",
        [Example(("The judge sentenced Marcus Dale Ruffin, 28, aka Pimpin Marco, to 20 years; "
                  "and Dana Roe, 30, aka King Dusty, to ten years."),
                 has={"people": ("Dana Roe",)},
                 lacks={"people": ("King Dusty",)})], module=__name__)
declare("article-before-name", "people", "filter",
        "a capitalised name right after 'the' (no honorific between: \"the Bronze Star\", "
        "\"the Tuscany Inn\") names a thing, a place or an award, not a person",
        [Example(("He was awarded the Bronze Star Medal in 2004. The veteran asked for a room at "
                  "the Tuscany Inn."),
                 lacks={"people": ("Bronze Star", "Tuscany Inn")})], module=__name__)
declare("name-after-plural-title", "people", "candidate",
        "a name right after a capitalised plural title (\"Trial Attorneys Jo Roe and Al "
        "Poe\") starts there: the plural is the title the names share, no word of the first",
        [Example(("The case is being prosecuted by Trial Attorneys Jessa Morlan and Jeffrey "
                  "Bendt of the Tax Division."), has={"people": ("Jessa Morlan",)})],
        module=__name__)


@Language.factory("news_people", default_config={"off": []})
def make_people(nlp: Language, name: str, off: list[str]):
    return PeopleComponent(off)


class PeopleComponent:
    def __init__(self, off=()):
        self.off = constructions_off(off, "people")

    def __call__(self, doc: Doc) -> Doc:
        with switched_off(self.off):
            people = _people(doc)
        doc.spans["people"] = [Span(doc, s.start, s.end, label=p["id"])
                               for p in people for s in p["_spans"]]
        for p in people:
            p.pop("_spans")
        doc._.people = people
        return doc


def _claimed_surname(doc: Doc, end: int, org_by_start: dict) -> int | None:
    """The end of the organisation span at `end` where it is one name word that finishes the
    name after an honorific ("THE HON JANE DOYLE" with "DOYLE" claimed as a body)."""
    org = org_by_start.get(end)
    if org is None or len(org) != 1 or not is_on("honorific-name-over-organisation") \
            or not name_token(org[0]) or "\n" in doc[end - 1].whitespace_ \
            or post_nominal(org[0]):
        return None
    return org.end


def _people(doc: Doc) -> list[dict]:
    org_tokens = span_index(doc.spans.get("organisations", []))
    candidates: list[tuple[Span, str | None]] = []
    covered: set[int] = set()
    cued: set[str] = set()  # names a person-only cue found (an age, a phone)
    other_names = is_on("other-name-not-a-person")
    article_first = is_on("article-before-name")

    def add(span: Span, over_orgs: bool = False) -> None:
        found = clean(span)
        if found is None:
            return
        name, h = found
        if other_names and persons_other_name(name):
            return  # "Jo Roe, 33, aka Lil Jo": the person's other name
        if article_first and h is None and name.start > 0 \
                and doc[name.start - 1].lower_ == "the":
            return  # "the Bronze Star", "the Tuscany Inn": a thing's name
        if any(i in org_tokens and not over_orgs or i in covered
               for i in range(name.start, name.end)):
            return
        candidates.append(found)
        covered.update(range(name.start, name.end))

    for tok in doc[:-4]:
        if name_start(tok) and (tok.i == 0 or not name_token(doc[tok.i - 1])):
            end = nickname_end(doc, tok.i)
            if end is not None:
                start = hyphenated_start(doc, tok.i)  # Seung-Kyu "Simon" Lee
                add(doc[start:end])
                cued.add(doc[start:end].text.casefold())
    for span in initialled_names(doc, org_tokens):  # before the tagger's "Roeper" alone
        add(span)
    if is_on("person-entity"):
        for ent in doc.ents:
            if ent.label_ == "PERSON" and not title_preposition_object(ent) \
                    and not named_thing(ent):
                grown = entity_extent(ent, org_tokens) or ent
                start = aged_given_name(grown, org_tokens)
                if start is not None:
                    grown = doc[start:grown.end]  # "Zechariah" + "Aaron Johnston, 31,"
                add(grown, any(i in org_tokens for i in range(ent.end, grown.end)))
    honorifics = is_on("name-after-honorific")
    plural_title = is_on("name-after-plural-title")
    org_end = {s.end: s for s in doc.spans.get("organisations", [])}
    org_by_start = {s.start: s for s in doc.spans.get("organisations", [])}
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if nxt.text in (".", "'", "’") and tok.i + 2 < len(doc):  # "The Hon . Marise Payne", "Dato'"
            nxt = doc[tok.i + 2]
        if is_honorific(tok) and tok.text[:1].isupper() and name_start(nxt):
            if honorifics:
                end = name_end(doc, nxt.i, org_tokens)
                claimed = _claimed_surname(doc, end, org_by_start)
                add(doc[nxt.i:claimed or end], claimed is not None)
        elif name_start(tok) and (tok.i == 0 or not name_token(doc[tok.i - 1])
                                   or plural_title and plural_head(doc[tok.i - 1])
                                   or dateline_before_name(doc[tok.i - 1])
                                   or in_charge(doc[tok.i - 1])):
            end = name_end(doc, tok.i, org_tokens)
            start = hyphenated_start(doc, tok.i)  # "In-Sik Han, 52,"
            if not 2 <= end - start <= 6:
                continue
            if name_before_phone(doc, end) or name_before_age(doc, end) \
                    or names_before_residence(doc, end) \
                    or name_after_contact_label(doc, start, end) \
                    or name_line_before_title(doc, start, end):
                add(doc[start:end])
                cued.add(doc[start:end].text.casefold())
            elif name_before_title(doc, end) or name_after_title(doc, tok.i, end, org_end) \
                    or appointed_subject(doc[start:end]):
                add(doc[start:end])
    surnames = {span.text for span, h in candidates if len(span) == 1 and h != SINGLE}
    if surnames:
        for span in given_names(doc, surnames, org_tokens.keys() | covered):
            add(span)
    candidates = confirmed_outside_title(doc, candidates)
    kept = possessive_without_apostrophe(candidates)  # "Holders Defending Childhood"
    candidates = candidates if kept is None else kept
    if is_on("organisation-name-not-person"):
        org_names = {n.casefold() for o in doc._.organisations or []
                     for n in (o["name"], *o["aliases"])}
        if is_on("person-cue-over-organisation-name"):
            org_names -= cued
        candidates = [c for c in candidates if c[0].text.casefold() not in org_names]
    return merge(candidates)
