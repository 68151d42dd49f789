"""Candidate names the tagger missed, each found by a cue next to it: a title, a phone
number or an age after it, a title before it, an appointment verb it is the subject of."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extract.components.people.names import is_honorific, name_hyphen, name_start, name_token
from extract.constructions import Example, construction, declare, is_on
from extract.lexicon import ORG_HEADS, TITLE_HEADS
from extract.lexicon.people import (
    CONTACT_LABELS,
    NICKNAME_QUOTES,
)
from extract.spans import age_follows, doc_text
from extract.titles import (
    after_title,
    appointment_subject,
    ends_name,
    in_charge,
    is_title_word,
    title_follows,
)


@construction("name-before-title", "people", "candidate",
              "a capitalised name before \", Title\" or \"as Title\" (\"Brook Hale, Chief "
              "Brand Officer\")",
              [Example("Brook Hale, Chief Brand Officer, said the launch went well.",
                       has={"people": ("Brook Hale",)})], off=False)
def name_before_title(doc: Doc, end: int) -> bool:
    return title_follows(doc, end)


_PHONE = re.compile(r"^[+(]?\d[\d\s().-]{6,}\d$")
# A phone number that ends its line or is followed by the next contact's capitalised name
# ("David Wroe: 0429 531 143 Melanie Ruiz: 0427 888 392").
_PHONE_THEN_NAME = re.compile(r"^[+(]?\d[\d\s().-]{6,}\d\s+[A-Z][a-z]")


@construction("name-before-phone", "people", "candidate",
              "a media contact: a name before a phone number on its line (\"Media contact: "
              "Hope Rivers 0447 123 456\")",
              [Example("Media contact: Hope Rivers 0447 123 456",
                       has={"people": ("Hope Rivers",)})], off=False)
def name_before_phone(doc: Doc, i: int) -> bool:
    if i < len(doc) and doc[i].text == ":":
        i += 1
    line_end = doc_text(doc).find("\n", doc[i].idx) if i < len(doc) else -1
    rest = doc_text(doc)[doc[i].idx: line_end if line_end >= 0 else None].strip() if i < len(doc) \
        else ""
    return bool(_PHONE.match(rest)) or (is_on("two-contacts-on-a-line")
                                        and bool(_PHONE_THEN_NAME.match(rest)))


declare("two-contacts-on-a-line", "people", "candidate",
        "a contact block with two \"Name: phone\" pairs on one line: the first name's phone "
        "is followed by the second name, not by the end of the line",
        [Example("Media Contact\n\nHope Rivers: 0412 555 018 Brook Hale: 0413 555 027",
                 has={"people": ("Hope Rivers", "Brook Hale")})], module=__name__)

@construction("nickname-in-quotes", "people", "candidate",
              "a given name, a capitalised nickname in quotes and a surname (Earl \"Eb\" "
              "Bright) are one person's name, quotes and all",
              [Example(("Hope “Hopie” Rivers, President of Arcfield, will open the summit."),
                       has={"people": ("Hope “Hopie” Rivers",)})], off=None)
def nickname_end(doc: Doc, start: int) -> int | None:
    """The end of "Given 'Nick' Surname..." starting at start, or None."""
    k = start + 1
    if k + 3 < len(doc) and doc[k].text in NICKNAME_QUOTES and doc[k + 1].text[:1].isupper() \
            and doc[k + 1].is_alpha and doc[k + 2].text in NICKNAME_QUOTES \
            and name_token(doc[k + 3]) and not doc[k].whitespace_ \
            and not doc[k + 1].whitespace_:
        end = k + 4
        while end < len(doc) and end - start < 6 and name_token(doc[end]) \
                and "\n" not in doc[end - 1].whitespace_:
            end += 1
        return end
    return None


@construction("name-line-before-title-line", "people", "candidate",
              "a header line holding only a name, in any case, right above a line that opens "
              "with a title (\"JANE DOYLE\" over \"Minister for Health\") is a person",
              [Example(("JANE DOYLE\nMinister for Health\n\nClinic opens in Dayton\n\nThe "
                        "clinic opens today, Ms Doyle said."),
                       has={"people": ("JANE DOYLE",)})], off=False)
def name_line_before_title(doc: Doc, start: int, end: int) -> bool:
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, doc[start].idx) + 1
    line_end = text.find("\n", doc[end - 1].idx)
    if line_end < 0 or text[line_start:doc[start].idx].strip() \
            or text[doc[end - 1].idx + len(doc[end - 1].text):line_end].strip():
        return False
    k = end
    while k < len(doc) and doc[k].is_space:
        k += 1
    return k < len(doc) and "\n\n" not in text[line_end:doc[k].idx + 1] \
        and doc[k].text[:1].isupper() and doc[k].lower_ in TITLE_HEADS


@construction("name-before-age", "people", "candidate",
              "a name followed by an age in commas is a person whatever the tagger says "
              "(\"Nicholas Abram Slatten, 30, of Sparta\")",
              [Example("Hope Rivers, 24, of Dayton, pleaded guilty today.",
                       has={"people": ("Hope Rivers",)}),
               Example(("Timothy Oldani, 24, of Scott Depot, W.Va., and Joseph Oldani, 21, of "
                        "Camp Lejeune, N.C., both pleaded guilty today."),
                       has={"people": ("Timothy Oldani", "Joseph Oldani")})], off=False)
def name_before_age(doc: Doc, end: int) -> bool:
    return age_follows(doc, end)


INITIAL = re.compile(r"^(?:[A-Z]\.){1,2}$")


@construction("initial-inside-name", "people", "candidate",
              "a given name, an initial and a surname (\"Dana K. Roeper\"), or an initial "
              "before two name words (\"J. Alden Marsh\"): a person's name whatever the "
              "tagger says",
              [Example(("Ohio Woman Pleads Guilty\n\nWASHINGTON - Marla K. Penwright of "
                        "Dayton, Ohio, pleaded guilty today to conspiracy."),
                       has={"people": ("Marla K. Penwright",)}),
               Example(("The case was prosecuted by Deputy Chief Carla Benning and Trial "
                        "Attorneys Thomas B.W. Holloway and Alice Andrade of the Fraud Section."),
                       has={"people": ("Thomas B.W. Holloway",)},
                       lacks={"people": ("Attorneys Thomas B.W. Holloway",)}),
               Example("The John F. Kennedy Center hosted the event.",
                       lacks={"people": ("John F. Kennedy",)})], off=list)
def initialled_names(doc: Doc, org_tokens) -> list[Span]:
    """Each "Given I. Surname" (one or two surnames, hyphenated or not) or "I. Given
    Surname": an initial ("K.", "B.W.") right after a given name of two letters or more, or
    a one-letter initial opening two such words (unless the tagger starts a person at the
    word before: "Carlos F. Luna Cruz"); the shape of a personal name in releases, which no
    body's or place's name has. The word before a given name is no name word (a title, "-", "of"),
    and the words after are no organisation's or title's."""
    out = []
    for tok in doc[1:-1]:
        if INITIAL.match(tok.text) is None:
            continue
        end, words = tok.i + 1, 0
        while end < len(doc) and words < 2 and _full_word(doc[end]) \
                and name_token(doc[end]) and end not in org_tokens:
            end += 1
            words += 1
            while name_hyphen(doc, end) and end + 1 not in org_tokens:
                end += 2  # "Perez-Gimenez"
        given = doc[tok.i - 1]
        tagged = given.ent_type_ == "PERSON" and given.ent_iob_ == "B"
        if len(tok.text) == 2 and words == 2 and not tagged:
            start = tok.i  # "in Charge J. Alden Marsh", "of Utah J. Alden Marsh"
        elif words >= 1 and _full_word(given) and name_start(given) \
                and not is_title_word(given) and not in_charge(given):
            start = given.i
        else:
            continue
        if not ends_name(doc, end) or end < len(doc) and (
                doc[end].lower_ in ORG_HEADS or doc[end].text[:1].isupper()):
            continue
        before = doc[start - 1] if start else None
        if start < tok.i and before is not None and name_token(before) and not (
                is_title_word(before) or before.ent_type_ in ("GPE", "LOC")):
            continue  # inside a longer name, or after a portfolio ("of Labor Jo K. Roe")
        out.append(doc[start:end])
    return out


def _full_word(tok) -> bool:
    return tok.is_alpha and len(tok) >= 2 and not tok.is_upper and tok.text[:1].isupper()


@construction("name-after-title", "people", "candidate",
              "a name right after a capitalised title (and its organisation): \"Deputy "
              "Director Leif Villadsen\"",
              [Example("Senior Counsel Brook Hale will lead the team.",
                       has={"people": ("Brook Hale",)})], off=False)
def name_after_title(doc: Doc, start: int, end: int, org_end: dict) -> bool:
    return after_title(doc, start, org_end) and ends_name(doc, end)


@construction("appointment-subject", "people", "candidate",
              "the capitalised subject of an appointment verb (\"Hope Rivers has been "
              "appointed as the CEO\")",
              [Example("Hope Rivers has been appointed as the CEO of Arcfield.",
                       has={"people": ("Hope Rivers",)})], off=False)
def appointed_subject(span: Span) -> bool:
    return appointment_subject(span)


@construction("person-entity-extent", "people", "candidate",
              "a PERSON entity the tagger cut short takes the capitalised name words the parser "
              "joins to it (\"Sally Quillian Yates\", \"Prince Zeid Raad Al Hussein\")",
              [Example("Deputy Attorney General Sally Quillian Yates announced the decision.",
                       has={"people": ("Sally Quillian Yates",)},
                       lacks={"people": ("Sally Quillian",)}),
               Example(("Remarks were offered by the High Commissioner for Human Rights, Prince "
                        "Zeid Raad Al Hussein, and others."),
                       has={"people": ("Zeid Raad Al Hussein",)})], off=None)
def entity_extent(ent: Span, org_tokens) -> Span:
    """The entity grown over name words on its line that the parser attaches to it: a word
    after it that its last word is a compound of, a word before it right after an honorific
    (before other words a capitalised word is as often the end of a title: "in Charge")."""
    doc = ent.doc
    start, end = ent.start, ent.end
    if start > 1 and _joined(doc[start - 1], org_tokens) and is_honorific(doc[start - 2]) \
            and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end:
        start -= 1
    while end < len(doc) and end - start < 5 and _joined(doc[end], org_tokens) \
            and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end \
            and "\n" not in doc[end - 1].whitespace_:
        end += 1
    if is_on("hyphenated-surname-after-entity") and name_hyphen(doc, end + 1) \
            and doc[end - 1].whitespace_ == " " and name_start(doc[end]) \
            and _whole_claim(org_tokens, end, end + 3):
        end += 3  # "Rosa Emilia" + "Rodriguez-Velez"
    return doc[start:end]


declare("hyphenated-surname-after-entity", "people", "candidate",
        "a hyphenated surname right after a PERSON entity the tagger cut before it belongs "
        "to the name (\"United States Attorney Rosa Emilia Rodriguez-Velez\")",
        [Example(("The plea was announced by Assistant Attorney General Tamsin K. Oakes "
                  "and United States Attorney Maria Luisa Ortega-Brandt."),
                 has={"people": ("Maria Luisa Ortega-Brandt",)},
                 lacks={"people": ("Maria Luisa",)})], module=__name__)


def _whole_claim(org_tokens, start: int, end: int) -> bool:
    """Tokens start..end are no organisation's, or exactly one organisation's (the
    organisation rules took a lone hyphenated surname for a body)."""
    labels = {org_tokens.get(i) for i in range(start, end)}
    if labels == {None}:
        return True
    return len(labels) == 1 and org_tokens.get(start - 1) not in labels \
        and org_tokens.get(end) not in labels


def _joined(tok, org_tokens) -> bool:
    return name_start(tok) and tok.i not in org_tokens and tok.ent_type_ in ("", "PERSON") \
        and not tok.is_upper


@construction("given-name-before-aged-name", "people", "candidate",
              "a capitalised word right before a person the tagger names, with an age after "
              "(\"Hebron Aaron Pike, 29,\"), is the first given name, whatever its label",
              [Example("The court sentenced Hebron Aaron Pike, 29, to ten years.",
                       has={"people": ("Hebron Aaron Pike",)},
                       lacks={"people": ("Aaron Pike",)})], off=None)
def aged_given_name(span: Span, org_tokens) -> int | None:
    """Where the name starts when the word before the tagger's person is a name word of its
    own (a proper noun that is no title, honorific, body or function word, on the same line,
    after no other name word) and an age in commas follows: a three-part name the tagger cut,
    often labelling the first given name a place ("Zechariah" as GPE)."""
    doc = span.doc
    if span.start < 1 or not age_follows(doc, span.end):
        return None
    prev = doc[span.start - 1]
    if not (prev.pos_ == "PROPN" and prev.is_alpha and prev.is_title and len(prev) >= 2
            and prev.ent_type_ in ("", "GPE", "PERSON") and not is_title_word(prev)
            and not is_honorific(prev) and prev.lower_ not in ORG_HEADS
            and prev.i not in org_tokens and "\n" not in prev.whitespace_):
        return None
    if any(t.lower_ == prev.lower_ and t.is_lower for t in doc):
        return None  # "Defendant Jo Roe, 66,": a common word the text also writes in lower case
    before = doc[prev.i - 1] if prev.i else None
    if before is not None and (before.pos_ == "PROPN" and before.text[:1].isupper()
                               and "\n" not in before.whitespace_):
        return None  # "Senior Judge Jo Roe": a title or a longer run, not a given name
    return prev.i


@construction("given-name-before-known-surname", "people", "candidate",
              "a capitalised word the parser joins to a surname the text uses alone for a "
              "person (\"Minister Doyle\") is the given name, however long the title before it "
              "(\"Minister for Trade, Tourism and Investment Jane Doyle\")",
              [Example(("Minister for Trade, Tourism and Investment Jane Doyle said the "
                        "grants will open soon. \"It is a great day,\" Minister Doyle said."),
                       has={"people": ("Jane Doyle",)},
                       lacks={"people": ("Doyle",)})], off=list)
def given_names(doc: Doc, surnames: set[str], taken) -> list[Span]:
    """Two-word names "Given Surname" whose surname is a known lone-word person's. Both are
    proper nouns the text never writes in lower case (a portfolio's last word, "Family
    Business", is a common word the text also uses: "small businesses"; so is a firm's
    "Tax")."""
    common = {t.lower_ for t in doc if t.is_lower}
    found = []
    for tok in doc[1:]:
        given = doc[tok.i - 1]
        if tok.text in surnames and tok.lower_ not in common \
                and tok.lower_.rstrip("s") not in common and tok.i not in taken \
                and given.i not in taken \
                and name_start(given) and not given.is_upper and given.is_alpha \
                and given.lower_ not in common and given.lower_.rstrip("s") not in common \
                and given.ent_type_ in ("", "PERSON", "ORG") and "\n" not in given.whitespace_:
            found.append(doc[given.i:tok.i + 1])
    return found


@construction("names-before-shared-residence", "people", "candidate",
              "names coordinated before a shared residence (\"Hope Rivers and Brook Hale, both "
              "of Chicago\") are people, as a name before an age is",
              [Example(("Two Ohio Men Sentenced\n\nHope Rivers and Brook Hale, both of "
                        "Dayton, Ohio, were sentenced today for wire fraud."),
                       has={"people": ("Hope Rivers",)})], off=False)
def names_before_residence(doc: Doc, end: int) -> bool:
    """After the name: more names joined by "and" or commas, then ", both of" / ", all of"."""
    k = end
    for _ in range(6):
        if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in ("both", "all") \
                and doc[k + 2].lower_ == "of":
            return True
        if k + 1 < len(doc) and doc[k].lower_ in ("and", ",") and name_start(doc[k + 1]):
            k += 1
            while k < len(doc) and name_token(doc[k]):
                k += 1
            continue
        return False
    return False


@construction("name-after-contact-label", "people", "candidate",
              "a name alone on its line (or before \", Title\") right after a contact block's "
              "label line (\"Media Contacts:\", \"Press office\")",
              [Example(("The grants were announced today.\n\nMedia Contacts:\nHope Rivers\n"
                        "(202) 555-0143"),
                       has={"people": ("Hope Rivers",)})], off=False)
def name_after_contact_label(doc: Doc, start: int, end: int) -> bool:
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, doc[start].idx) + 1
    if text[line_start:doc[start].idx].strip():
        return False
    line_end = text.find("\n", doc[end - 1].idx)
    rest = text[doc[end - 1].idx + len(doc[end - 1].text): line_end if line_end >= 0 else None]
    if rest.strip() and not (rest.startswith(",") and len(rest.split()) <= 4):
        return False
    if line_start == 0:
        return False
    k = line_start - 1
    while k > 0 and text[k - 1].isspace():  # back over blank lines
        k -= 1
    before = text[text.rfind("\n", 0, k) + 1:k]
    return before.strip().rstrip(":").strip().lower() in CONTACT_LABELS
