"""Candidate sources beside the head-noun phrases: spaCy's ORG entities (cleaned), the
employer after "<title> at", a name in apposition with a kind of body, a party after
"<title> of the", and one body per item of a list sharing a plural head."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extract.components.organisations.base import (
    GLUED,
    KIND,
    acronym_fits,
    body_head,
    is_acronym,
    is_cap,
    orgs,
    singular_head,
)
from extract.components.organisations.coordinated import and_continued_end
from extract.components.organisations.filters import (
    dateline_length,
    keep_named_body,
    modifies_thing,
    plausible,
    plural_service_of_acronym,
    quoted,
)
from extract.components.organisations.phrases import article_led_word
from extract.components.organisations.titles import employer_spans
from extract.constructions import Example, construction, declare, is_on
from extract.lexicon import GROUP_HEADS, ORG_HEADS, TITLE_HEADS
from extract.lexicon.organisations import (
    BILLING_VERBS,
    CLAIM_WORDS,
    PAYING_VERBS,
    ACRONYM_UNIT_HEADS,
    ACRONYM_UNIT_HEADS_MORE,
    LOWER_UNIT_HEADS,
    AMBIGUOUS_SUFFIXES,
    AND_WORDS,
    APPOSITION_DETERMINERS,
    BODY_NOUNS,
    CALLED_BODY_NOUNS,
    COMPLEMENT_WORDS,
    DATE_WORDS,
    FIELD_KINDS,
    FIRM_NOUNS,
    FUNCTION_WORDS,
    ITEM_SEPARATORS,
    LEGAL_SUFFIXES,
    NAME_CONNECTORS,
    NAMING_VERBS,
    POSSESSIVE_MARKS,
    TITLE_STARTERS,
    TRADE_NOUNS,
    UNIT_HEADS,
)
from extract.spans import trim
from extract.titles import is_title_head, is_title_word


def clean_entity(ent: Span, person_words: set[str], named_body: bool = False) -> list[Span]:
    """spaCy's ORG entity as zero or more clean organisation names."""
    ent = ent[dateline_length(ent):]
    if not len(ent):
        return []
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in ("and", "of") \
            and article_led_word(doc, ent.end + 1, len(doc)):
        ent = doc[ent.start:ent.end + 4]  # "Islamic State of Iraq" + "and al-Sham"
    end = and_continued_end(ent)
    if end:
        ent = doc[ent.start:end]  # "U.S. Immigration" + "and Customs Enforcement"
    if in_charge_name(ent):
        if len(ent) < 3 or ent[1].lower_ != "of":
            return []
        ent = ent[3:] if ent[2].lower_ == "the" else ent[2:]  # "... in Charge of the FBI"
        if not len(ent):
            return []
    if title_then_person(ent):
        return []
    k = title_opening(ent)
    if k:
        ent = ent[:k]  # "Nimbus Chief Financial" + "Officer Jo Roe": the firm, then a title
    if modifies_thing(ent):
        # "USDA Farm Loan program": a named thing of a body; the leading acronym is the body.
        if len(ent) > 1 and is_acronym(ent[0].text) and ent[0].ent_type_ != "GPE":
            return [ent[:1]]
        return []
    if plural_service_of_acronym(ent):
        ent = ent[:1]
    if quoted(ent) and not any(t.lower_ in ORG_HEADS for t in ent):
        return []  # "under the theme 'Future Skills and AI Economy'": a quoted phrase
    opens = [t.i for t in ent if t.text == "("]
    if opens and not any(t.text == ")" for t in ent.doc[opens[-1]:ent.end]) \
            and opens[-1] > ent.start:
        ent = ent.doc[ent.start:opens[-1]]  # "the Department of Defense (DoD" cut by the tagger
    out = []
    for part in _parts(ent):
        for k, tok in enumerate(part[:-1]):
            nxt = part[k + 1]
            if tok.lower_ in ORG_HEADS and nxt.text[:1].isupper() and nxt.lower_ not in \
                    ORG_HEADS and not nxt.like_num:
                part = part[: k + 1]  # "Criminal Division Lanny A. Breuer"
                break
        span = trim(part)
        while len(span) > 1 and (span[0].lower_.rstrip("s") in DATE_WORDS
                                 or span[0].lower_ in FUNCTION_WORDS):
            span = span[1:]  # "Todays Department of Justice" (a lost apostrophe)
        while len(span) > 1 and (span[-1].lower_ in FUNCTION_WORDS
                                 or span[-1].lower_ in DATE_WORDS):
            span = span[:-1]  # "EU Centres of Excellence on" cut by the tagger
        if span.text.endswith(POSSESSIVE_MARKS) or (len(span) > 1
                                                    and span[-1].text in POSSESSIVE_MARKS):
            span = span[:-1]
        if len(span) and plausible(span, person_words, named_body):
            span = keep_named_body(span)
            if span is not None:
                out.append(span)
    return out


@construction(
    "in-charge-title-end", KIND, "filter",
    "'<Title> in Charge <Name>': an entity from 'Charge' on is the title's end and a person "
    "('in Charge of X': X alone)",
    [Example("The Memphis Division will be led by Special Agent in Charge R. Daniel Moore, who "
             "comes from the Houston Field Division.",
             has=orgs("Houston Field Division"), lacks=orgs("Charge R. Daniel Moore")),
     Example("John Roe, Special Agent in Charge of Environmental Protection Agency's Criminal "
             "Investigation Division, said the case was strong.",
             lacks=orgs("Charge of Environmental Protection Agency"))],
    off=False)
def in_charge_name(ent: Span) -> bool:
    """The tagger's entity opens with "Charge" right after "in" ("Special Agent in Charge
    D. Christopher Evans"): the last word of a title and the name of its holder."""
    return ent[0].lower_ == "charge" and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "in"


@construction(
    "title-then-person-entity", KIND, "filter",
    "a tagger's name that opens with title words up to a title head, singular or plural, and "
    "goes on with name words only ('Trial Attorneys Jo Roe'): a title and a person, no body",
    [Example("The case is being prosecuted by Trial Attorneys Jessa Morlan and Jeffrey Bendt "
             "of the Tax Division.", has={"people": ("Jessa Morlan",)},
             lacks=orgs("Trial Attorneys Jessa Morlan"))],
    off=False)
def title_then_person(ent: Span) -> bool:
    """The entity's words are title words ("Trial", "Senior", "Attorneys") up to a title
    head, then two or three capitalised name words with no organisation head or legal form:
    the title before a person's name ("Trial Attorneys Jo Roe"), which the tagger often reads
    as one body."""
    k = 0
    while k < len(ent) and is_title_word(ent[k]) and ent[k].text[:1].isupper():
        k += 1
    if k == 0 or not is_title_head(ent[k - 1]):
        return False
    rest = [t for t in ent[k:] if not t.is_punct or t.text.endswith(".")]
    return 2 <= len(rest) <= 4 and all(
        t.text[:1].isupper() and t.lower_ not in ORG_HEADS
        and t.lower_.rstrip(".") not in LEGAL_SUFFIXES for t in rest)


@construction(
    "title-cut-from-name", KIND, "filter",
    "a tagger's name that runs into a title before a person ('Nimbus Chief Financial' + "
    "'Officer Jo Roe') ends where the title starts: the firm, not a firm-title blend",
    [Example("The deal was signed by Nimbletide Chief Financial Officer Arjun Patel.",
             has=orgs("Nimbletide"), lacks=orgs("Nimbletide Chief Financial"))],
    off=0)
def title_opening(ent: Span) -> int:
    """Where a title opens inside the entity (0: none): a capitalised title word after the
    name's first word and no connector ("Office of the Chief Counsel" keeps its title), from
    which capitalised words run to a title head right before a person's name."""
    doc = ent.doc
    for k in range(1, len(ent)):
        t = ent[k]
        if t.lower_ in NAME_CONNECTORS:
            return 0
        if not t.text[:1].isupper() or t.lower_ not in TITLE_STARTERS:
            continue
        j = ent.start + k
        while j < len(doc) and j - ent.start - k < 6 and doc[j].text[:1].isupper() \
                and doc[j].ent_type_ != "PERSON" and doc[j].lower_ not in ORG_HEADS:
            j += 1
        if j >= ent.end and j < len(doc) and doc[j].ent_type_ == "PERSON" \
                and doc[j - 1].lower_ in TITLE_HEADS:
            return k
        return 0
    return 0


@construction(
    "comma-before-unit", KIND, "filter",
    "'<Body>, Office of X' in one tagger's name: two bodies, the parent and its unit",
    [Example("The Department of Commerce, Office of Coastal Trade Services today announced it "
             "will fund ten projects.",
             has=orgs("Office of Coastal Trade Services", "Department of Commerce"))],
    off=False)
def comma_before_unit(doc: Doc, start: int, i: int, end: int) -> bool:
    """At a comma i inside an entity: the words before hold a head noun and a capitalised
    head noun opens the words after ("Department of Justice, Office of ..."): a body and then
    its unit, not one name ("Bureau of Alcohol, Tobacco, Firearms and Explosives", "Acme
    Trucking Service, Inc.")."""
    return doc[i].text == "," and i + 1 < end and body_head(doc[i + 1]) \
        and doc[i + 1].text[:1].isupper() and any(t.lower_ in ORG_HEADS for t in doc[start:i])


@construction(
    "comma-between-bodies", KIND, "filter",
    "'<X Center>, <Y Program>' in one tagger's name: a head before the comma and another after "
    "it, a list of two bodies",
    [Example("Families can use the Hilltop Resource Center, Military Family Coaching Program, "
             "and Youth Leadership Program.", has=orgs("Military Family Coaching Program"),
             lacks=orgs("Hilltop Resource Center, Military Family Coaching Program")),
     Example("Acme Trucking Service, Inc. agreed to pay the fine.",
             lacks=orgs("Acme Trucking Service"))],
    off=False)
def comma_between_bodies(doc: Doc, start: int, i: int, end: int) -> bool:
    """At a comma i inside an entity: the word before is an organisation head and the
    capitalised words after hold a head that is no legal form ("Resource Center, Mentorship
    Program"): two bodies of a list, not one name ("Acme Trucking Service, Inc.")."""
    if doc[i].text != "," or i == start or doc[i - 1].lower_ not in ORG_HEADS:
        return False
    j = i + 1
    while j < end and is_cap(doc[j]):
        if body_head(doc[j]):
            return True
        j += 1
    return False

def _glued_head(text: str) -> bool:
    """The glued word's first part is an organisation head ("OfficeThe"): the words before
    it are a name cut before its head (`glued-heading-cut`)."""
    if not is_on("glued-heading-cut"):
        return False
    stem = re.sub(r"(?:The|This|These|In|On|At|For)$", "", text)
    return stem.lower() in ORG_HEADS


def _parts(ent: Span) -> list[Span]:
    """The entity cut at line breaks, glued headings and "and the" / "and" after a head: each
    part is judged alone."""
    doc = ent.doc
    parts, start = [], ent.start
    for i in range(ent.start, ent.end + 1):
        if i < ent.end and GLUED.match(doc[i].text):  # "Reserve ActionsThe Federal Open ..."
            if i > start and not _glued_head(doc[i].text):
                parts.append(doc[start:i])  # not "Research OfficeThe": a name without its head
            start = i + 1
            continue
        if i < ent.end and (comma_before_unit(doc, start, i, ent.end)
                            or comma_between_bodies(doc, start, i, ent.end)):
            parts.append(doc[start:i])
            start = i + 1
            continue
        if i == ent.end or "\n" in doc[i].text or doc[i].lower_ == "and" and (
                i + 1 < ent.end and doc[i + 1].lower_ == "the"
                or any(t.lower_ in ORG_HEADS for t in doc[start:i])):
            if i > start:
                parts.append(doc[start:i])
            start = i + 1
    return parts


@construction(
    "parent-comma-unit", KIND, "candidate",
    "'<Body>, <Unit Office/Division/...>' as one mention: a unit of the body, named alone, "
    "with the whole form (parent, comma, unit) as its alias; the parent is a body too",
    [Example("Special Agent in Charge Jo Roe of the U.S. Secret Service, Denver Field Office; "
             "and Acting Special Agent in Charge Al Poe made the announcement.",
             has=orgs("U.S. Secret Service, Denver Field Office", "Denver Field Office",
                      "U.S. Secret Service")),
     Example("Agents of the FBI, Drug Enforcement Administration, and IRS made the arrests.",
             has=orgs("Drug Enforcement Administration"),
             lacks=orgs("FBI, Drug Enforcement Administration"))],
    off=list)
def parent_comma_units(doc: Doc, candidates: list[Span]) -> list[tuple[Span, Span, Span]]:
    """(whole, parent, unit) for each body candidate followed by a comma and a candidate whose
    head is a unit's ("Office", "Division", "Section" ...): "the U.S. Secret Service, Denver
    Field Office", a unit named after its parent as a postal address names it. Not an item of
    a list: no comma or "and" before the parent, and none after the unit that goes on with
    another capitalised item ("the FBI, Drug Enforcement Administration, and IRS")."""
    longest: dict[int, Span] = {}
    for c in candidates:
        if c.start not in longest or len(c) > len(longest[c.start]):
            longest[c.start] = c
    out = []
    for parent in longest.values():
        k = parent.end
        unit = longest.get(k + 1)
        if unit is None or k >= len(doc) or doc[k].text != "," or len(unit) < 2 \
                or _head_word(unit).lower_ not in UNIT_HEADS or not unit[0].text[:1].isupper() \
                or is_acronym(unit[0].text):
            continue  # "HHS-Office of ..." names its own parent: a list's next item
        if not (any(t.lower_ in ORG_HEADS for t in parent) or len(parent) == 1
                and is_acronym(parent.text)):
            continue
        i = parent.start - 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        if i >= 0 and doc[i].text == ",":
            continue  # "the FBI, the Secret Service, Denver ...": a list's item
        j = unit.end
        if j < len(doc) and doc[j].text == ",":
            j += 1
        if j < len(doc) and doc[j].lower_ in AND_WORDS + ("or",):
            j += 1
        if j > unit.end and j < len(doc) and is_cap(doc[j]) or j < len(doc) and \
                doc[j].lower_ == "the" and j > unit.end:
            continue  # the list goes on with another name
        out.append((doc[parent.start:unit.end], parent, unit))
    return out


@construction(
    "acronym-then-unit", KIND, "candidate",
    "'<Body> (<ACR>) <Place or Kind> Office/Division/Region/Unit' with no comma is one name: "
    "the unit, named with its parent and the parent's acronym; the parent is a body too",
    [Example("Special Agent in Charge Jo Roe of the Federal Water Board Office of Inspector "
             "General (FWB-OIG) Denver Regional Office made the announcement.",
             has={"organisations": ("Federal Water Board Office of Inspector General "
                                    "(FWB-OIG) Denver Regional Office",
                                    "Federal Water Board Office of Inspector General"),
                  "roles": (("Jo Roe", "Special Agent in Charge",
                             "Federal Water Board Office of Inspector General (FWB-OIG) "
                             "Denver Regional Office"),)}),
     Example("The case was investigated by the Harlow Revenue Service (HRS) Criminal "
             "Investigation Division and the FBI.",
             has=orgs("Harlow Revenue Service (HRS) Criminal Investigation Division")),
     Example("Director Jo Roe of the Harlow Water Quality Commands (HWD) Field Audit Unit "
             "(FAU) made the announcement.",
             has={"roles": (("Jo Roe", "Director", "Harlow Water Quality Commands (HWD) Field "
                             "Audit Unit"),)}),
     Example("Agents of the Harlow Revenue Service (HRS) Director Jo Roe said the audit ended.",
             lacks=orgs("Harlow Revenue Service (HRS) Director"))],
    off=list)
def acronym_named_units(doc: Doc, candidates: list[Span],
                        defs: list[tuple[Span, Span]]) -> list[tuple[Span, ...]]:
    """(whole, parent, acronym, unit) for "Full Name (ACR) <capitalised words> <unit head>"
    where ACR is defined for (or fits) the name before the bracket, its possessive aside, and
    no comma parts them: "HHS Office of Inspector General (HHS-OIG) Chicago Regional Office",
    "Internal Revenue Service (IRS) Criminal Investigative Division". Written so, the unit's
    name holds its parent's (a comma makes it an address: `parent_comma_units`). Two words or
    more after the brackets, the last a unit's head; the run stops at a title head or a
    person."""
    ends: dict[int, Span] = {}
    for c in candidates:
        if c.end not in ends or len(c) > len(ends[c.end]):
            ends[c.end] = c
    defined = {(acr.start, acr.end) for acr, _ in defs}
    out = []
    for tok in doc[1:]:
        if tok.text != "(":
            continue
        close = next((t.i for t in doc[tok.i + 1:tok.i + 5] if t.text == ")"), None)
        end = tok.i - (doc[tok.i - 1].text in POSSESSIVE_MARKS)  # "the Postal Service's (PS)"
        parent = ends.get(tok.i) or ends.get(end) or _capitalised_run_before(doc, end)
        if close is None or close == tok.i + 1 or parent is None:
            continue
        inner = doc[tok.i + 1:close]
        if parent[-1].text in POSSESSIVE_MARKS:
            parent = parent[:-1]
        if any(t.text == "," for t in parent):
            continue  # "Department of X, Office of Y (ACR) ...": an address, not one name
        if not len(parent) or not all(is_acronym(t.text) or t.text in ("-", "&") for t in inner) \
                or not ((inner.start, inner.end) in defined or _names(inner.text, parent)):
            continue
        start = k = close + 1
        last = None
        wider = is_on("unit-name-hyphen-or-of-complement")
        lower = is_on("acronym-unit-lower-or-operations-head")
        while k < len(doc) and k - start < 8 and "\n" not in doc[k - 1].whitespace_ and (
                is_cap(doc[k]) and doc[k].ent_type_ not in ("PERSON", "DATE")
                and not is_title_head(doc[k]) and not is_acronym(doc[k].text)
                or doc[k].lower_ in ("of", "for") and k > start and k + 1 < len(doc)
                and is_cap(doc[k + 1])
                or wider and glued_hyphen(doc, k, start)
                or lower and k > start and doc[k].is_lower and doc[k].lower_ in LOWER_UNIT_HEADS):
            if doc[k].lower_ in ACRONYM_UNIT_HEADS or lower and doc[k].lower_ in \
                    ACRONYM_UNIT_HEADS_MORE | LOWER_UNIT_HEADS:
                last = k
            k += 1
            if doc[k - 1].is_lower and doc[k - 1].lower_ in LOWER_UNIT_HEADS:
                break  # "Denver office": the lower-case head closes the name
        if wider and last == start and k > start + 2 and doc[start + 1].lower_ == "of" \
                and doc[k - 1].text[:1].isupper() and (k >= len(doc) or not is_cap(doc[k])):
            last = k - 1  # "(HHS-OIG) Office of Investigations": the head and its complement
        if last is None or last == start:
            continue  # "(COPS) Office": the head alone is the name's own
        if all(t.lower_ in FIELD_KINDS or t.lower_ in ACRONYM_UNIT_HEADS
               for t in doc[start:last + 1]) and last + 1 < len(doc) \
                and doc[last + 1].lower_ == "in":
            continue  # "(IRS-CI) Field Office in Las Vegas": the place goes on after it
        out.append((doc[parent.start:last + 1], parent, inner, doc[start:last + 1]))
    return out


declare("unit-name-hyphen-or-of-complement", KIND, "candidate",
        "'acronym-then-unit' where the unit's name holds a hyphenated word ('North-Central "
        "Field Office') or is a unit head with its 'of' complement ('(HDW-OIG) Office of "
        "Audits'): the unit, named with its parent",
        [Example("Special Agent in Charge Jo Roe of the Harlow Forest Protection Service (HFPS) "
                 "North-Central Field Office made the announcement.",
                 has={"roles": (("Jo Roe", "Special Agent in Charge",
                                 "Harlow Forest Protection Service (HFPS) North-Central Field "
                                 "Office"),)}),
         Example("Special Agent in Charge Jo Roe of the Harlow Department of Water Office of "
                 "Inspector General (HDW-OIG) Office of Audits made the announcement.",
                 has={"roles": (("Jo Roe", "Special Agent in Charge",
                                 "Harlow Department of Water Office of Inspector General "
                                 "(HDW-OIG) Office of Audits"),)})],
        module=__name__)

declare("acronym-unit-lower-or-operations-head", KIND, "candidate",
        "'acronym-then-unit' where the unit's head is 'Operations' ('(HNIS) Atlantic "
        "Operations') or a lower-case 'office'/'division' after a place ('(HSI) Denver "
        "office'): the unit, named with its parent",
        [Example("Acting Director Jo Roe of the Harlow Naval Inquiry Service (HNIS) Atlantic "
                 "Operations made the announcement.",
                 has={"roles": (("Jo Roe", "Acting Director", "Harlow Naval Inquiry Service "
                                 "(HNIS) Atlantic Operations"),)}),
         Example("Special Agent in Charge Jo Roe of the Harlow Border Investigations (HBI) "
                 "Denver office made the announcement.",
                 has={"roles": (("Jo Roe", "Special Agent in Charge", "Harlow Border "
                                 "Investigations (HBI) Denver office"),)})],
        module=__name__)


def glued_hyphen(doc: Doc, k: int, start: int) -> bool:
    """A hyphen inside one capitalised word ("Mid-Atlantic"), no space either side."""
    return doc[k].text == "-" and k > start and not doc[k - 1].whitespace_ \
        and not doc[k].whitespace_ and k + 1 < len(doc) and is_cap(doc[k + 1]) \
        and is_cap(doc[k - 1])


@construction(
    "entity-cut-at-and", KIND, "candidate",
    "a body the tagger cut at 'and' ('[Harlow Water] and Sewer Services Authority (HWSSA)'): "
    "where capitalised words run on from 'and' to an acronym in brackets that spells the whole, "
    "the whole is one name",
    [Example("The case was investigated by agents of Harlow Water and Sewer Services Authority "
             "(HWSSA) and the FBI.",
             has=orgs("Harlow Water and Sewer Services Authority")),
     Example("Agents of the FBI and Drug Enforcement Administration (DEA) made the arrests.",
             lacks=orgs("FBI and Drug Enforcement Administration"))],
    off=list)
def entity_cut_at_and(doc: Doc) -> list[Span]:
    """The tagger's ORG entity, "and" and a capitalised run up to "(ACR)" where the entity's
    last word is no head of a body (a head would end a first name of a list: "the FBI and
    Drug Enforcement Administration (DEA)") and the acronym fits the whole."""
    out = []
    for ent in doc.ents:
        e = ent.end
        if ent.label_ != "ORG" or e + 2 >= len(doc) or doc[e].lower_ != "and" \
                or ent[-1].lower_ in ORG_HEADS or is_acronym(ent[-1].text) \
                or not ent[-1].text[:1].isupper():
            continue
        k = e + 1
        while k < len(doc) and k - e < 9 and "\n" not in doc[k - 1].whitespace_ \
                and doc[k].ent_type_ != "PERSON" and (is_cap(doc[k]) and not is_acronym(doc[k].text)
                                                     or doc[k].lower_ in ("of", "and", "for")):
            k += 1
        close = next((t.i for t in doc[k + 1:k + 5] if t.text == ")"), None)
        if k == e + 1 or k >= len(doc) or doc[k].text != "(" or close is None \
                or not is_cap(doc[k - 1]):
            continue
        inner = doc[k + 1:close]
        start = ent.start + (ent[0].lower_ == "the")
        if all(is_acronym(t.text) or t.text in ("-", "&") for t in inner) \
                and acronym_fits(inner.text, doc[start:k].text):
            out.append(doc[start:k])
    return out


def possessive_before_bracket(span: Span) -> bool:
    """ "U.S. Immigration and Customs Enforcements (ICE) Homeland Security Investigations": a
    "-ments" body word before the bracket whose apostrophe was lost, a unit of the body
    following the bracket (a capitalised word after it)."""
    doc, last = span.doc, span[-1]
    if not (last.lower_.endswith("ments") and span.end < len(doc) and doc[span.end].text == "("):
        return False
    close = next((t.i for t in doc[span.end + 1:span.end + 5] if t.text == ")"), None)
    return close is not None and close + 1 < len(doc) and is_cap(doc[close + 1])


def _names(acronym: str, name: Span) -> bool:
    """The acronym fits the name, also where it opens with an acronym the name holds
    ("HHS-OIG" for "HHS Office of Inspector General")."""
    first, _, rest = acronym.partition("-")
    return acronym_fits(acronym, name.text) or bool(rest) \
        and first in {t.text for t in name} and acronym_fits(rest, name.text) \
        or _all_but_one_letter(acronym, name)


def _all_but_one_letter(acronym: str, name: Span) -> bool:
    """An acronym of three letters or more whose letters, all but one, open words of the name
    in order ("CID" for "Army Criminal Investigation Command": a body's acronym kept from an
    older name)."""
    letters = [c for c in acronym if c.isupper()]
    heads = [t.text[0] for t in name if t.text[:1].isupper()]
    hits, i = 0, 0
    for c in letters:
        j = next((k for k in range(i, len(heads)) if heads[k] == c), None)
        if j is not None:
            hits, i = hits + 1, j + 1
    return len(letters) >= 3 and hits >= len(letters) - 1 and letters[0] in heads


def _capitalised_run_before(doc: Doc, end: int) -> Span | None:
    """The capitalised words (joined by hyphens or of/and/for) that end at `end`, or None."""
    k = end
    while k > 0 and "\n" not in doc[k - 1].whitespace_ and doc[k - 1].ent_type_ != "PERSON" \
            and not is_title_head(doc[k - 1]) and (
            is_cap(doc[k - 1]) or doc[k - 1].text == "-" and not doc[k - 1].whitespace_
            or doc[k - 1].lower_ in ("of", "and", "for") and k < end and k > 1
            and is_cap(doc[k - 2])):
        k -= 1
    while k < end and not is_cap(doc[k]):
        k += 1  # "Agent Jo Roe of | U.S. Water Board (USWB)": the run's connector before it
    return doc[k:end] if end - k >= 2 else None


def _head_word(span: Span):
    """The name's head: the word before its first of/for/on complement, else its last."""
    k = next((t.i for t in span[1:] if t.lower_ in COMPLEMENT_WORDS), span.end)
    return span.doc[k - 1]


@construction(
    "employer-after-title-at", KIND, "candidate",
    "the capitalised name after '<title> at': the title holder's employer",
    [Example('"The results are clear," said Mark Hale, Head of Care at Diabetes Scotland.',
             has={"organisations": ("Diabetes Scotland",),
                  "roles": (("Mark Hale", "Head of Care", "Diabetes Scotland"),)})],
    off=list)
def employers(doc: Doc) -> list[Span]:
    """The capitalised name after "<title> at": "Head of Care at Acme Health", "Scientific
    Vice President at Novo Nordisk" (an employer, whatever the tagger made of it)."""
    out = []
    for raw in employer_spans(doc):
        span = trim(raw)
        if len(span) and plausible(span, set(), named_body=True):
            out.append(span)
    return out


@construction(
    "body-in-apposition", KIND, "candidate",
    "a name in apposition with a noun that says it is a body ('X, the parent company of')",
    [Example("Velora Stays, the parent company of a chain of hotels, announced the deal.",
             has=orgs("Velora Stays")),
     Example("The complaint against D.D. Williamson, a caramel coloring manufacturer, alleges "
             "the company failed to comply with the Clean Air Act.",
             has=orgs("D.D. Williamson")),
     Example("A grand jury charged Douglas E. Ritter, the company president, with fraud.",
             lacks=orgs("Douglas E. Ritter")),
     Example("The firm must divest Dorsey Feed Yards, its cattle buying business, to proceed.",
             has=orgs("Dorsey Feed Yards"), lacks={"people": ("Dorsey Feed Yards",)})],
    off=list)
def described_bodies(doc: Doc) -> list[Span]:
    """ "Acme Stays, the parent company of ...", "Novo Nordisk, a leading global healthcare
    company": a name in apposition with a noun that says it is a body."""
    out = []
    for tok in doc:
        if tok.text != "," or tok.i < 1 or tok.i + 2 >= len(doc) \
                or doc[tok.i + 1].lower_ not in APPOSITION_DETERMINERS:
            continue
        k = tok.i + 2
        while k < len(doc) and k - tok.i <= 7 and doc[k].is_lower and doc[k].is_alpha \
                and doc[k].lower_ not in BODY_NOUNS and (doc[k].pos_ in ("ADJ", "NOUN", "ADV")
                                                         or doc[k].tag_ in ("VBG", "VBN")):
            k += 1  # modifiers only: not "a civilian employee of a military contractor"
        if k >= len(doc) or doc[k].lower_ not in BODY_NOUNS:
            continue
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        if nxt is not None and (nxt.text in POSSESSIVE_MARKS or nxt.text == "s" or nxt.is_lower
                                and nxt.pos_ in ("NOUN", "PROPN")):
            continue  # "Douglas E. Ritter, the company president": the noun is a modifier
        if apposed_post(doc, k):
            continue
        start = tok.i
        while start > tok.sent.start and is_cap(doc[start - 1]) and not (
                doc[start - 1].is_sent_start and doc[start - 1].pos_ in ("DET", "ADP")):
            start -= 1
        if start > 0 and not doc[start - 1].whitespace_ and not doc[start - 1].is_space:
            continue  # the end of a word ("al-Sham"), not a whole name
        span = trim(doc[start:tok.i])
        if len(span) and not any(t.ent_type_ in ("GPE", "LOC", "DATE") for t in span) \
                and plausible(span, set(), named_body=True):
            out.append(span)
    return out


@construction(
    "billed-payer", KIND, "candidate",
    "a capitalised name that is billed or defrauded, that claims are submitted to, or that "
    "pays or reimburses them is the paying body ('billed Medicare', 'claims to TRICARE', "
    "'reimbursed by Medicaid'), whatever the tagger made of it",
    [Example("From 2010 to 2014, the clinic billed Medinova for services that were never "
             "provided.", has=orgs("Medinova")),
     Example("The clinics were reimbursed by Medinova for the tests.", has=orgs("Medinova"))],
    off=list)
def billed_payers(doc: Doc) -> list[Span]:
    """The payer of a claim: the object of "bill"/"defraud", the object of "to" after a claim
    or "submit", the agent of a passive "paid"/"reimbursed". One capitalised word or a short
    capitalised run, not a person, place or date."""
    out = []
    for tok in doc:
        if not is_cap(tok) or tok.is_sent_start or tok.ent_type_ in ("GPE", "LOC", "DATE",
                                                                      "NORP"):
            continue
        if re.fullmatch(r"[A-Z]{2,}s", tok.text):
            continue  # "to defraud HOAs": a plural acronym is a kind of body, not one
        if tok.ent_type_ == "PERSON" and not (tok.ent_iob_ == "B" and (
                tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I")):
            continue  # a person's full name; a lone word is the tagger's guess at a coinage
        place = tok
        if tok.dep_ == "conj" and tok.head.dep_ in ("dobj", "pobj") and tok.head.i < tok.i:
            place = tok.head  # "billed Medicaid and Medicare": the first one's place
        dep, head = place.dep_, place.head
        payer = dep == "dobj" and head.lemma_.lower() in BILLING_VERBS \
            or dep == "pobj" and head.lower_ == "to" \
            and (head.head.lower_ in CLAIM_WORDS or head.head.lemma_.lower() in CLAIM_WORDS) \
            or dep == "pobj" and head.lower_ == "by" and head.dep_ == "agent" \
            and head.head.lemma_.lower() in PAYING_VERBS
        if not payer:
            continue
        start = tok.i
        while start > tok.sent.start and tok.i - start < 3 and is_cap(doc[start - 1]) \
                and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i:
            start -= 1
        span = trim(doc[start:tok.i + 1])
        if len(span) and not any(t.ent_type_ in ("GPE", "LOC") for t in span) \
                and plausible(span, set(), named_body=True):
            out.append(span)
    return out


@construction(
    "apposed-post-of-body", KIND, "filter",
    "'Name, the <Body>'s <title>': the apposition names a post of the body, so the name is "
    "a person's, not a body's",
    [Example('"The data are clear," said Hana Cole, the University of Westbrook\'s vice '
             "president for research.",
             has=orgs("University of Westbrook"), lacks=orgs("Hana Cole")),
     Example("Dana Fell, the Bank of Harlow chief economist, said rates would stay on hold.",
             lacks=orgs("Dana Fell"))],
    off=False)
def apposed_post(doc: Doc, k: int) -> bool:
    """The body noun at k opens a capitalised name ("the University of Utah") that owns a
    title after it ("...'s chief innovation officer", "... chief economist"): the apposition
    describes the person's post, not what the name before the comma is."""
    if doc[k].is_lower:
        return False
    j = k + 1
    while j < len(doc) and j - k < 10 and (is_cap(doc[j]) or doc[j].lower_ in FUNCTION_WORDS):
        j += 1
    if j < len(doc) and doc[j].text in POSSESSIVE_MARKS:
        j += 1
    return any(t.lower_ in TITLE_HEADS for t in doc[j:j + 5] if t.is_lower)


@construction(
    "party-after-title-of-the", KIND, "candidate",
    "a capitalised plural after '<title> of the': a party ('Deputy Leader of the Nationals')",
    [Example("Tom Smith, Deputy Leader of the Liberals, welcomed the decision.",
             has=orgs("Liberals"))],
    off=list)
def parties(doc: Doc) -> list[Span]:
    """ "Deputy Leader of the Nationals", "Leader of the Greens": a capitalised plural after
    "<title> of the" names a party or a group acting as a body, not its members."""
    out = []
    for tok in doc[3:]:
        if not (tok.text[:1].isupper() and tok.is_alpha and tok.text.endswith("s")
                and not tok.text.endswith("ss") and not tok.is_upper
                and tok.ent_type_ not in ("GPE", "LOC", "PERSON")
                and tok.lower_ not in ORG_HEADS and tok.lower_ not in GROUP_HEADS):
            continue
        the, of, title = doc[tok.i - 1], doc[tok.i - 2], doc[tok.i - 3]
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if the.lower_ == "the" and of.lower_ == "of" and title.lower_ in TITLE_HEADS \
                and title.text[:1].isupper() and (nxt is None or not is_cap(nxt)):
            out.append(doc[tok.i:tok.i + 1])
    return out


@construction(
    "list-sharing-plural-head", KIND, "candidate",
    "'the Departments of A, B and C': one body per item of a list sharing a plural head",
    [Example("The removal was effected through close cooperation between the Departments of "
             "Justice, Homeland Security and State.",
             has=orgs("Department of Justice", "Department of Homeland Security",
                      "Department of State"))],
    off=list)
def distributed_heads(doc: Doc) -> list[tuple[int, int, str, str]]:
    """ "the Departments of Justice, Homeland Security and Labor": one body per item, each
    (start, end, full name, head), the item's own words as its mention."""
    out = []
    for tok in doc[:-2]:
        head = singular_head(tok.text) if tok.text[:1].isupper() else None
        if head is None or doc[tok.i + 1].lower_ != "of" or plural_head_ends_name(tok):
            continue
        items, i = [], tok.i + 2
        while i < len(doc) and is_cap(doc[i]):
            j = i
            while j < len(doc) and is_cap(doc[j]):
                j += 1
            items.append((i, j))
            while j < len(doc) and doc[j].text in ITEM_SEPARATORS:
                j += 1
            if j == i or not (j < len(doc) and is_cap(doc[j])) or doc[j - 1].text not in \
                    ITEM_SEPARATORS:
                break
            i = j
        if len(items) >= 2 and is_on(AND_INSIDE.name):
            items = _and_inside_items(doc, items)
        if len(items) >= 2:
            out += [(a, b, f"{head} of {doc[a:b].text}", head) for a, b in items]
    return out


AND_INSIDE = declare(
    "and-inside-listed-item", KIND, "candidate",
    "in a list sharing a plural head, only the list's own conjunction parts items: with commas "
    "an 'and' before a later comma is inside an item ('Departments of Trade, Health and Human "
    "Services, Labor and Energy'); without commas the first 'and' parts two items and a later "
    "one is inside the second ('Departments of Justice and Health and Human Services'); "
    "of two 'and's left after the commas, the one before a name of two words joins a pair",
    [Example("The grants come from the Departments of Justice and Health and Human Services.",
             has=orgs("Department of Justice", "Department of Health and Human Services"),
             lacks=orgs("Department of Health", "Department of Human Services")),
     Example("Staff of the Departments of Trade, Health and Human Services, Labor and Energy met.",
             has=orgs("Department of Trade", "Department of Health and Human Services",
                      "Department of Labor", "Department of Energy"),
             lacks=orgs("Department of Human Services")),
     Example("Partners include the Departments of Energy, Housing and Urban Development and "
             "Labor.", has=orgs("Department of Housing and Urban Development",
                                "Department of Labor"),
             lacks=orgs("Department of Urban Development and Labor",
                        "Department of Urban Development"))])


def _and_inside_items(doc: Doc, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items of a list sharing a plural head, joined where an "and" between two capitalised
    runs is not the list's own conjunction. With commas, an "and" before the last comma is
    inside an item, and an Oxford comma's ", and" ends the list with its item whole. After the
    last comma (or in a list without one), where two "and"s are left, the one before a name of
    two words or more joins a fixed pair ("Housing and Urban Development and Labor", "Justice
    and Health and Human Services"); failing that, the first is the list's."""
    seps = [[t.lower_ for t in doc[b:c]] for (_, b), (c, _) in zip(items, items[1:])]
    commas = [n for n, sep in enumerate(seps) if "," in sep]
    joined = set()  # separator indexes an item runs across
    last = commas[-1] + 1 if commas else 0
    for n, sep in enumerate(seps[:last]):
        if sep == ["and"]:
            joined.add(n)  # "Health and Human Services, Labor": a comma follows
    ands = [n for n in range(last, len(seps)) if seps[n] == ["and"]]
    if commas and seps[commas[-1]] == [",", "and"]:
        joined.update(ands)  # ", and Health and Human Services": the Oxford comma's item
    elif len(ands) >= 2:
        long = {n for n in ands if items[n + 1][1] - items[n + 1][0] >= 2}
        joined.update(long if long and long != set(ands) else ands[1:])
    out = [items[0]]
    for n, item in enumerate(items[1:]):
        if n in joined:
            out[-1] = (out[-1][0], item[1])
        else:
            out.append(item)
    return out


@construction(
    "plural-head-ends-name", KIND, "filter",
    "a plural head after a capitalised name word ('Child and Family Services of Ohio, ...') "
    "ends that body's name: no head shared by the list after it",
    [Example("The partners are the Dayton Police Department, Youth and Family Services of "
             "Ohio, U.S. Immigration and Customs Enforcement, and the FBI.",
             has=orgs("Youth and Family Services of Ohio"),
             lacks=orgs("Service of Ohio", "Service of U.S. Immigration"))],
    off=False)
def plural_head_ends_name(tok) -> bool:
    """The word before the plural head is a capitalised name word ("Family Services"), not
    "the" or a lower-case word ("the Departments of Justice and State"): the plural is the
    last word of one body's name."""
    if tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return is_cap(prev) and prev.is_alpha and not prev.is_sent_start \
        and prev.lower_ not in FUNCTION_WORDS


@construction(
    "legal-name-carried", KIND, "candidate",
    "once 'Acme Widgets Inc.' is a body, a later 'Acme Widgets' alone is a mention of it",
    [Example("Harlow Widgets Inc. agreed to pay $2 million. Harlow Widgets will also adopt a "
             "compliance program.",
             has={"actions": (("adopt a compliance program", "Harlow Widgets Inc."),)})],
    off=list)
def legal_name_forms(doc: Doc, candidates: list[Span]) -> list[Span]:
    """Each other use of a company's name without its legal suffix ("Acme Widgets" after
    "Acme Widgets Inc."), as a whole capitalised run: the same body, whatever the tagger made
    of it. A name of one common word is left alone."""
    stems: dict[tuple[str, ...], bool] = {}  # stem -> its suffix is also a place's or title's
    for c in candidates:
        words = [t.text for t in c if not t.is_punct]
        k = len(words)
        while k > 1 and words[k - 1].lower().rstrip(".") in LEGAL_SUFFIXES:
            k -= 1
        if k < len(words) and all(w[:1].isupper() or w[:1].isdigit() for w in words[:k]) \
                and not (k == 1 and (words[0].lower() in ORG_HEADS or words[0].isupper()
                                     and len(words[0]) <= 2)):
            ambiguous = words[k].lower().rstrip(".") in AMBIGUOUS_SUFFIXES
            stems[tuple(words[:k])] = stems.get(tuple(words[:k]), True) and ambiguous
    if not stems:
        return []
    taken = {i for c in candidates for i in range(c.start, c.end)}
    out = []
    for stem, ambiguous in stems.items():
        n = len(stem)
        for tok in doc:
            i = tok.i
            if tok.text != stem[0] or i + n > len(doc) or i in taken \
                    or tuple(t.text for t in doc[i:i + n]) != stem:
                continue
            before = doc[i - 1] if i else None
            after = doc[i + n] if i + n < len(doc) else None
            if before is not None and is_cap(before) and not before.is_sent_start:
                continue  # inside a longer name
            if ambiguous and tok.ent_type_ in ("GPE", "LOC", "NORP"):
                continue  # "Illinois" of "Illinois AG" (an attorney general, not a company)
            if after is not None and (is_cap(after) or after.lower_.rstrip(".")
                                      in LEGAL_SUFFIXES):
                continue
            out.append(doc[i:i + n])
    return out


@construction(
    "acronym-hyphen-unit", KIND, "candidate",
    "a body's acronym, a hyphen and a capitalised run of two words or more ('EPA-Criminal "
    "Enforcement', 'FBI - Houston Division'): a unit of that body named after it",
    [Example("The case was investigated by special agents of EPA-Criminal Enforcement and the "
             "FBI.", has=orgs("EPA-Criminal Enforcement")),
     Example("Agents of the USDA - Forest Protection were thanked by the court.",
             has=orgs("USDA - Forest Protection")),
     Example("The DOE-Grid Modernization Report was published on Monday.",
             lacks=orgs("DOE-Grid Modernization Report")),
     Example("The case was closed, said EPA-CI Chief Jane Roe.", lacks=orgs("EPA-CI Chief Jane Roe",
                                                                        "CI Chief Jane Roe"))],
    off=list)
def acronym_units(doc: Doc) -> list[Span]:
    """ "IRS-Criminal Investigation", "DOE - National Nuclear Security Administration": an
    acronym the tagger reads as a body, a hyphen (spaced or not) and two or more capitalised
    words, joined by "of/for/the" at most, that are no place, person or date: the unit's
    name, hyphen and all. The hyphen says the words belong to the acronym's body, which a
    head noun need not say ("Criminal Investigation" names a function)."""
    bodies = {t.text for t in doc if t.ent_type_ == "ORG" and is_acronym(t.text)}
    out = []
    for tok in doc[:-3]:
        if not (is_acronym(tok.text) and tok.text.isupper() and tok.is_alpha and len(tok) >= 2
                and tok.text in bodies):
            continue  # an acronym the tagger reads as a body here or elsewhere in the text
        dash = doc[tok.i + 1]
        if dash.text not in ("-", "–") or bool(tok.whitespace_) != bool(dash.whitespace_):
            continue  # "IRS-Criminal" or "IRS - Criminal", not "IRS- Criminal"
        i = end = tok.i + 2
        while end < len(doc) and end - i < 8 and "\n" not in doc[end - 1].whitespace_ and (
                is_cap(doc[end]) and doc[end].ent_type_ not in ("GPE", "PERSON", "DATE")
                and doc[end].lower_ not in TITLE_HEADS
                or doc[end].lower_ in ("of", "for", "the") and end > i
                and end + 1 < len(doc) and is_cap(doc[end + 1])):
            end += 1
        if end - i < 2 or (end < len(doc) and (doc[end].text in ("-", "–")
                                               or is_cap(doc[end]))):
            continue  # "IRS-CI Chief Jo Roe": a title and a person follow
        if _fills_line(doc, tok.i, end):
            continue  # "ACME-Harlow Complaint" alone on a line: a document's link
        span = doc[tok.i:end]
        if plausible(span, set(), named_body=True):
            out.append(span)
    return out


def _fills_line(doc: Doc, start: int, end: int) -> bool:
    """The words start..end are all their line holds."""
    before = start == 0 or "\n" in doc[start - 1].whitespace_ or doc[start - 1].is_space
    after = end >= len(doc) or "\n" in doc[end - 1].whitespace_ or doc[end].is_space
    return before and after


@construction(
    "body-noun-called-name", KIND, "candidate",
    "a kind of body, 'called' or 'named', and a capitalised name ('a tax business called "
    "Harlow Financial'): the name is the body's",
    [Example("The returns were filed through a tax preparation business called Harlow "
             "Financial, which he opened in 2010.", has=orgs("Harlow Financial")),
     Example("He set up a shell company named Brightwater Holdings LLC to hide the money.",
             has=orgs("Brightwater Holdings LLC")),
     Example("She met an agent named Jo Roe in Miami.", lacks=orgs("Jo Roe"))],
    off=list)
def called_bodies(doc: Doc) -> list[Span]:
    """ "a business called Harlow Financial", "an organization named Pinnacle Quest": the
    noun says what the name after the naming verb is, whatever the tagger made of it."""
    out = []
    for tok in doc[1:-2]:
        if tok.lower_ not in NAMING_VERBS or doc[tok.i - 1].lower_ not in CALLED_BODY_NOUNS \
                or not doc[tok.i - 1].is_lower:
            continue
        i = end = tok.i + 1
        while end < len(doc) and end - i < 6 and (
                is_cap(doc[end]) and doc[end].ent_type_ not in ("GPE", "DATE")
                or doc[end].text == "&" and end > i):
            end += 1
        if end == i or (end < len(doc) and doc[end].text == "," and end + 1 < len(doc)
                        and doc[end + 1].lower_.rstrip(".") in LEGAL_SUFFIXES):
            if end > i:
                end += 2  # "Acme Widgets, Inc."
            else:
                continue
        span = trim(doc[i:end])
        if len(span) and plausible(span, set(), named_body=True):
            out.append(span)
    return out


@construction(
    "firm-noun-before-name", KIND, "candidate",
    "a proper name right after a lower-case firm noun ('Queensland firm Veltrano')",
    [Example("The contract went to the defense firm Kestrel Dynamics last year.",
             has=orgs("Kestrel Dynamics")),
     Example("The company President John Smith said the firm would appeal.",
             lacks=orgs("President John Smith", "John Smith")),
     Example("He sold the company John Smith founded in 1990.", lacks=orgs("John Smith")),
     Example("The complaint also charged defense contractor Omar Haddad with bribery.",
             lacks=orgs("Omar Haddad"))],
    off=list)
def firm_named(doc: Doc) -> list[Span]:
    """ "Queensland firm Veltrano", "defense contractor Acme Systems", "the company Acme":
    the noun says the proper name after it is a firm, whatever the tagger made of it. Not a
    title or a person's name after the noun ("company President Jane Roe")."""
    out = []
    for tok in doc[:-1]:
        if not (tok.lower_ in FIRM_NOUNS or tok.lower_ in TRADE_NOUNS) or not tok.is_lower:
            continue
        i = end = tok.i + 1
        while end < len(doc) and end - i < 5 and is_cap(doc[end]) and doc[end].pos_ == "PROPN" \
                and doc[end].ent_type_ not in ("GPE", "LOC", "NORP", "DATE"):
            end += 1  # the tagger often calls such a firm a person ("firm Orvane paid")
        if end == i or doc[i].lower_ in TITLE_HEADS or (end < len(doc) and is_cap(doc[end])):
            continue  # a title, or a longer name the tests above cut
        if doc[i].ent_type_ == "PERSON" and (tok.lower_ in TRADE_NOUNS or end < len(doc)
                                             and doc[end].pos_ in ("VERB", "AUX")
                                             and not firm_noun_names(tok, end)):
            continue  # "contractor Raymond Azar", "the company John Smith founded": a person
        if end + 1 < len(doc) and doc[end].lower_ in AND_WORDS and is_cap(doc[end + 1]):
            continue  # "subsidiary Acme Space and Mission Systems Corp.": the name may go on
        span = trim(doc[i:end])
        if len(span) and plausible(span, set(), named_body=True):
            out.append(span)
    return out



@construction(
    "firm-noun-compound-of-name", KIND, "filter",
    "a firm noun before a name that is the subject of the verb after it ('company Ker Tan "
    "will ...') names a firm, even one the tagger calls a person",
    [Example("While the Victorian company Ker Tan will develop its ointment, others will wait.",
             has=orgs("Ker Tan"))],
    off=False)
def firm_noun_names(noun, end: int) -> bool:
    """The noun or the name after it is the subject of the verb that follows, and that verb
    is no clause inside a noun phrase: the noun names the firm ("company Ker Tan will
    develop"), where in "the company John Smith founded" the name opens a relative clause."""
    doc = noun.doc
    verb = doc[end].head if doc[end].pos_ == "AUX" else doc[end]
    if verb.dep_ in ("relcl", "acl", "nsubj", "csubj", "ccomp", "appos"):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and noun.i <= c.i < end for c in verb.children)


@construction(
    "place-based-name", KIND, "candidate",
    "a proper name right after '<Place>-based' ('Brisbane-based Kelvaro'): a firm or body",
    [Example("Brisbane-based Kelvaro will commercialise its blood test, and Perth-based "
             "Orvane Health will build the device.", has=orgs("Kelvaro", "Orvane Health")),
     Example("She held posts at Shanghai-based MicroQuanta and at Nike.",
             has=orgs("MicroQuanta")),
     Example("Seattle-based author Jane Doe wrote the book, said Denver-based Mark Roe.",
             lacks=orgs("Jane Doe", "Mark Roe"))],
    off=list)
def place_based_named(doc: Doc) -> list[Span]:
    """ "Brisbane-based Microvia", "a Utah-based Acme Labs": only a firm or body is described
    by where it is based before its name; a person is introduced with a noun between
    ("Seattle-based author Jane Doe"), and a person's full name (two words the tagger calls a
    person) is left to the people stages."""
    out = []
    for tok in doc[2:-1]:
        if tok.lower_ != "based" or doc[tok.i - 1].text not in ("-", "–") \
                or doc[tok.i - 1].whitespace_ or not doc[tok.i - 2].text[:1].isupper():
            continue
        i = end = tok.i + 1
        while end < len(doc) and end - i < 5 and is_cap(doc[end]) and doc[end].pos_ == "PROPN" \
                and doc[end].ent_type_ not in ("GPE", "LOC", "NORP", "DATE"):
            end += 1
        if end == i or doc[i].lower_ in TITLE_HEADS or (end < len(doc) and is_cap(doc[end])):
            continue
        if doc[i].ent_type_ == "PERSON" and end - i >= 2 and not any(
                t.lower_ in ORG_HEADS or t.lower_ in LEGAL_SUFFIXES for t in doc[i:end]):
            continue  # "Denver-based Mark Roe": a person's full name
        span = trim(doc[i:end])
        if len(span) and not _opens_longer_name(span) \
                and plausible(span, set(), named_body=True):
            out.append(span)
    return out


def _opens_longer_name(span: Span) -> bool:
    """The words open a longer capitalised name elsewhere in the text ("Stimson" of "Stimson
    Lumber Company"): a short form, left to the stages that merge forms of one body."""
    doc, n, words = span.doc, len(span), [t.text for t in span]
    return any([t.text for t in doc[k:k + n]] == words and k + n < len(doc)
               and is_cap(doc[k + n]) for k in range(len(doc) - n) if k != span.start)


@construction(
    "digit-led-name", KIND, "candidate",
    "a number opening a capitalised name the text uses twice or more as a name ('84 Quarry "
    "Inc.', '12 Oaks, which opened in 2015'): no count, since no plural follows it",
    [Example("The department settled with 12 Oaks Tavern over its entrance. 12 Oaks, which "
             "opened in 2015, will install a ramp.", has=orgs("12 Oaks")),
     Example("Agents arrested 3 Border Patrol agents and 3 Border Patrol officers.",
             lacks=orgs("3 Border Patrol"))],
    off=list)
def digit_led_names(doc: Doc) -> list[Span]:
    """Each use of "<number> <Name>" that the text writes at least twice, once followed by a
    verb, a clause or apposition, a legal form or a singular noun: a name that opens with a
    number ("84 Quarry", "12 Oaks"), where a count is followed by a plural ("3 Border Patrol
    agents")."""
    named: set[tuple[str, ...]] = set()
    for tok in doc[:-1]:
        if not tok.text.isdigit() or tok.ent_type_ in ("DATE", "TIME", "MONEY") \
                or not _opens_phrase(doc, tok.i):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 3 and doc[end].text[:1].isupper() \
                and doc[end].is_alpha and doc[end].ent_type_ not in ("GPE", "PERSON") \
                and doc[end].lower_ not in DATE_WORDS and not (
                    end + 1 < len(doc) and doc[end + 1].text == "." and not doc[end].whitespace_):
            end += 1  # not an abbreviation ("14 Cr. 609")
        if end == tok.i + 1:
            continue
        if _name_ends(doc, end):
            named.add(tuple(t.text for t in doc[tok.i:end]))
    out = []
    for key in named:
        n = len(key)
        starts = [t.i for t in doc if t.text == key[0] and t.i + n <= len(doc)
                  and tuple(x.text for x in doc[t.i:t.i + n]) == key]
        if len(starts) >= 2:  # also within a longer run: "12 Oaks Tavern", "12 Oaks, which"
            out += [doc[i:i + n] for i in starts if i + n == len(doc)
                    or not doc[i + n].text[:1].isupper()]
    return [span for span in out if plausible(span, set(), named_body=True)]


def _opens_phrase(doc: Doc, i: int) -> bool:
    """The number at i opens a noun phrase: after a lower-case word, an article, punctuation
    other than a hyphen or slash, or a line's start; not inside a name or code ("December 11
    Attack", "Attorney 1 Clients", "10-1 Mafia")."""
    if i == 0:
        return True
    prev = doc[i - 1]
    if prev.is_space or prev.pos_ == "DET":
        return True
    if prev.is_punct:
        return prev.text not in ("-", "–", "/", "$", "#") and not (
            prev.text in (".", ",") and i >= 2 and doc[i - 2].like_num)
    return prev.is_lower and prev.is_alpha


def _name_ends(doc: Doc, end: int) -> bool:
    """After "<number> <Name>": a verb, ", which/a/an/the", a legal form, a singular noun,
    or the end of a line or sentence; not a plural (a count) or more capitals."""
    if end >= len(doc):
        return True
    nxt = doc[end]
    if nxt.lower_.rstrip(".") in LEGAL_SUFFIXES or nxt.pos_ in ("VERB", "AUX"):
        return True
    if nxt.text == "," and end + 1 < len(doc):
        return doc[end + 1].lower_ in ("which", "a", "an", "the", "its", "who")
    if nxt.is_lower and nxt.is_alpha:
        return nxt.tag_ == "NN"  # "12 Oaks restaurant", not "3 Border Patrol agents"
    return nxt.is_space or nxt.text in (".", ";", ")")


@construction(
    "inspector-general-for-office", KIND, "candidate",
    "'the <Qualifier> Inspector General for <Subject>' (after 'the', or with its acronym in "
    "brackets) is an office, a body: 'agents of the Harlow Inspector General for Water "
    "Supply (HIGWS)'; with no article before it and a name after it, it is a title",
    [Example("Special Agent in Charge Jo Roe of the Harlow Inspector General for Water Supply "
             "(HIGWS) made the announcement.",
             has={"organisations": ("Harlow Inspector General for Water Supply",),
                  "roles": (("Jo Roe", "Special Agent in Charge",
                             "Harlow Inspector General for Water Supply"),)}),
     Example("The case was investigated by the FBI and the Special Inspector General for Lunar "
             "Reconstruction.",
             has=orgs("Special Inspector General for Lunar Reconstruction"))],
    off=list)
def inspector_general_offices(doc: Doc) -> list[Span]:
    """ "the Treasury Inspector General for Tax Administration (TIGTA)": an inspector
    general's office named by its post, after "the" or before its acronym in brackets, its
    subject a capitalised run after "for"; not a person's title ("Inspector General for X
    Jo Roe")."""
    out = []
    for tok in doc[1:-3]:
        if tok.lower_ != "inspector" or doc[tok.i + 1].lower_ != "general" \
                or not tok.text[:1].isupper() or doc[tok.i + 2].lower_ != "for":
            continue
        start = tok.i
        while start > 0 and is_cap(doc[start - 1]) and doc[start - 1].ent_type_ != "PERSON" \
                and start > tok.i - 3:
            start -= 1
        end = tok.i + 3
        while end < len(doc) and end - tok.i < 9 and (
                is_cap(doc[end]) and doc[end].ent_type_ not in ("PERSON", "DATE")
                and not is_acronym(doc[end].text)
                or doc[end].lower_ in ("the", "of", "and") and end + 1 < len(doc)
                and is_cap(doc[end + 1]) and not is_acronym(doc[end + 1].text)):
            end += 1
        if end == tok.i + 3 or doc[end - 1].lower_ in ("the", "of", "and"):
            continue
        article = start > 0 and doc[start - 1].lower_ == "the"
        bracket = end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
            and is_acronym(doc[end + 1].text)
        after = end + 3 if bracket else end
        named = after < len(doc) and is_cap(doc[after])  # "... (SIGAR) John F. Sopko"
        if (article or bracket) and not named:
            out.append(doc[start:end])
    return out
