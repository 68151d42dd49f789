"""Filters: what a capitalised phrase must not be to count as a body's name.

`plausible` runs every veto (`VETOES`) on a candidate (a document, a place, an address, a
title, a person, an event, a headline fragment ...); `keep_named_body`, run on what passed,
drops generic heads and keeps the named body behind a unit that has no name of its own. The other predicates serve the
tagger's ORG entities (a quoted theme, a thing a body runs, a plural service of an acronym).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Span

from extract.components.organisations.base import (
    CODE,
    KIND,
    is_acronym,
    is_cap,
    orgs,
    singular_head,
)
from extract.components.organisations.titles import before_title
from extract.constructions import Example, construction, declare, is_on
from extract.cues import persons_other_name
from extract.lexicon import GROUP_HEADS, HONORIFICS, NON_ORG_HEADS, ORG_HEADS, TITLE_HEADS
from extract.lexicon.organisations import (
    ADDRESS_OR_CONTACT_WORDS,
    BARE_TITLE_WORDS,
    BODY_NOUNS,
    COMMON_ACRONYMS,
    COMPLEMENT_WORDS,
    CORPORATE_TITLES,
    CREDENTIALS,
    DEGREE_WORDS,
    EDITION_WORDS,
    EVENT_FILLERS,
    EVENT_HEADS,
    EVENT_VERBS,
    FUNCTION_WORDS,
    GENERIC_HEAD_WORDS,
    IN_NAME_WORDS,
    LEGAL_SUFFIXES,
    LEGISLATURES,
    MODIFIED_THINGS,
    NON_BODY_ENDINGS,
    PLACE_ACRONYMS,
    POLITY_NOUNS,
    PORTFOLIO_PREPOSITIONS,
    QUANTIFIERS,
    TITLE_ONLY_HEADS,
    TITLE_JOINERS,
    TITLE_WORDS,
    UNIT_PREPOSITIONS,
)
from extract.spans import age_follows, trim


class Phrase(NamedTuple):
    """A candidate with the features several vetoes read, computed once."""
    span: Span
    words: list  # its tokens other than punctuation
    lowers: set[str]
    has_head: bool  # holds an organisation head noun
    acronym: bool  # one token shaped as an acronym
    person_words: set[str]  # words of the text's people's names
    named_body: bool  # the context says it names a body ("<title> at X")


def plausible(span: Span, person_words: set[str], named_body: bool = False) -> bool:
    """The phrase may be a body's name: capitalised, and no veto applies."""
    words = [t for t in span if not t.is_punct]
    if not words or not any(t.text[:1].isupper() for t in span):
        return False
    lowers = {t.lower_ for t in span}
    phrase = Phrase(span, words, lowers, bool(lowers & ORG_HEADS),
                    len(span) == 1 and is_acronym(span.text), person_words, named_body)
    return not any(veto(phrase) for veto in VETOES)


@construction(
    "document-or-group-ending", KIND, "filter",
    "a phrase ending in a document, event or group-of-people word, or a bare 'government'",
    [Example("The Attorney General and Secretary of Defense serve as Co-Chairs of the Detention "
             "Policy Task Force.", has=orgs("Detention Policy Task Force"),
             lacks=orgs("Co-Chairs"))],
    off=False)
def _document_or_group(p: Phrase) -> bool:
    span, words = p.span, p.words
    last = span[-1].lower_
    headed_before = any(t.lower_ in ORG_HEADS for t in span[:-1])  # "Office for ... Review"
    governs = last == "government" and span[-1].text[0] == "G" and len(words) >= 2 and \
        is_cap(span[-2]) and span[-2].lower_ not in FUNCTION_WORDS  # "Australian Government"
    return not headed_before and (last in NON_BODY_ENDINGS or last == "government" and not governs
                                  or last.endswith("s") and last[:-1] in NON_ORG_HEADS) \
        or span[0].lower_ in GROUP_HEADS or _thing_head_before_complement(p)


@construction(
    "thing-head-before-complement", KIND, "filter",
    "a document or event word before the name's of/for/on complement ('Summit on X')",
    [Example("The Trilateral Summit on Violence Against Children will be held in Ottawa.",
             lacks=orgs("Trilateral Summit on Violence Against Children")),
     Example("Delegates thanked the Convention on Biological Diversity Secretariat for its work.",
             has=orgs("Convention on Biological Diversity Secretariat")),
     Example("New shops must comply with the Federal Standards for Accessible Shopfronts.",
             lacks=orgs("Federal Standards for Accessible Shopfronts"))],
    off=False)
def _thing_head_before_complement(p: Phrase) -> bool:
    """ "Trilateral Summit on Violence Against Women": the head is the word before the first
    complement, and a document or event there makes the whole phrase no body."""
    span = p.span
    k = next((t.i for t in span[1:] if t.lower_ in COMPLEMENT_WORDS), None)
    return k is not None and not p.has_head and span.doc[k - 1].lower_ in NON_BODY_ENDINGS


@construction(
    "title-or-comma-without-head", KIND, "filter",
    "a phrase without a head noun that starts with a title word or holds a comma",
    [Example("General Petraeus met officials in Madison, Wisc., on Friday.",
             lacks=orgs("General Petraeus", "Madison, Wisc"))],
    off=False)
def _title_or_place_without_head(p: Phrase) -> bool:
    return not p.has_head and (p.span[0].lower_ in TITLE_HEADS or "," in p.span.text)


@construction(
    "slash-joined-bodies", KIND, "filter", "two names glued by a slash",
    [Example("The joint Department of Justice/USDA workshops began in March.",
             lacks=orgs("Department of Justice/USDA"))],
    off=False)
def _slash(p: Phrase) -> bool:
    return any("/" in t.text for t in p.span)


@construction(
    "place-acronym", KIND, "filter",
    "an abbreviated state, territory or country ('Varsity Lakes, QLD')",
    [Example("Office of the Hon Jane Smith MP, Member for Fadden, Southport, QLD",
             has=orgs("Office of the Hon Jane Smith MP"), lacks=orgs("QLD"))],
    off=False)
def _place_acronym(p: Phrase) -> bool:
    return p.acronym and p.span.text.replace(".", "") in PLACE_ACRONYMS


@construction(
    "event-edition", KIND, "filter",
    "an edition of a meeting: a numbered or annual forum or congress, or one spoken at",
    [Example("The 5th Global Water Forum opened in Lima on Monday.",
             lacks=orgs("Global Water Forum")),
     Example("Speaking at the European Offenders Employment Forum today, the Attorney General "
             "announced new grants.", lacks=orgs("European Offenders Employment Forum"))],
    off=False)
def _event(p: Phrase) -> bool:
    return p.span[-1].lower_ in EVENT_HEADS and len(p.words) >= 2 and event_edition(p.span)


def event_edition(span: Span) -> bool:
    """An edition word or ordinal just before the phrase ("the 3rd ... Congress"), or a verb
    of speaking at or hosting it ("Speaking at the ... Forum today")."""
    doc = span.doc
    before = [t for t in doc[max(0, span.start - 3):span.start] if t.lower_ not in EVENT_FILLERS]
    if before and before[-1].lemma_.lower() in EVENT_VERBS and before[-1].pos_ == "VERB":
        return True
    for tok in doc[max(0, span.start - 3):span.start]:
        if tok.lower_ in EDITION_WORDS or re.fullmatch(r"\d+(st|nd|rd|th)", tok.lower_):
            return all(t.text[:1].isupper() for t in doc[tok.i + 1:span.start])
    return False


@construction(
    "address-contact-or-honorific", KIND, "filter",
    "a street address, a contact or download line, or an honorific alone",
    [Example("Department of Justice, 450 5th Street, N.W., Suite 8700, Washington, D.C. 20530.",
             has=orgs("Department of Justice"), lacks=orgs("N.W."))],
    off=False)
def _address_or_honorific(p: Phrase) -> bool:
    span = p.span
    lowers = p.lowers
    if "st." in lowers and p.has_head and is_on(SAINT.name) and _saints_only(span):
        lowers = lowers - {"st."}
    return bool(lowers & ADDRESS_OR_CONTACT_WORDS) or len(span) == 1 and \
        span[0].lower_.rstrip(".") in HONORIFICS


SAINT = declare(
    "saint-is-no-street", KIND, "filter",
    "'St.' right before a capitalised name word is 'Saint' opening a place's name ('the St. "
    "Cloud Police Department'), not a street's abbreviation, which follows its name; a "
    "phrase without a head ('St. Maries') is left to the veto",
    [Example("Officers of the St. Helena Parish Sheriffs Office made the arrest.",
             has=orgs("St. Helena Parish Sheriffs Office"))])


def _saints_only(span: Span) -> bool:
    """Every "St." of the phrase opens a capitalised name word ("St. Lucie County"), as a
    saint's name does; a street's "St." ends its name ("Main St.")."""
    doc = span.doc
    return all(t.i + 1 < span.end and doc[t.i + 1].text[:1].isupper()
               and doc[t.i + 1].is_alpha and not (t.i > span.start and doc[t.i - 1].like_num)
               for t in span if t.lower_ == "st.")


@construction(
    "honorific-opens-name", KIND, "filter",
    "a headless phrase opened by a courtesy ('the Honorable Jane Q. Roe'): a person's name",
    [Example("He was sentenced by the Honorable Marian T. Welles, who also ordered restitution.",
             has={"people": ("Marian T. Welles",)}, lacks=orgs("Honorable Marian T. Welles"))],
    off=False)
def _honorific_opens(p: Phrase) -> bool:
    """ "the Honorable Jane Q. Roe", "Rev. John Doe": a courtesy opens a person's name (the
    tagger often calls it an organisation); with a head noun it opens a body's ("Office of
    the Hon. X" is grown elsewhere)."""
    first = p.span[0].lower_.rstrip(".")
    return not p.has_head and len(p.words) >= 2 and first in HONORIFICS


@construction(
    "placeholder-letter-name", KIND, "filter",
    "a generic noun and one capital letter ('Company A', 'Bank B'): a body the text keeps "
    "unnamed",
    [Example("He took bribes from agents of Company A, a corporation that sought contracts "
             "from the Navy.", lacks=orgs("Company A"))],
    off=False)
def _placeholder(p: Phrase) -> bool:
    """ "Company A", "Bank B", "Group C": court papers' stand-in for a body they do not name,
    not a name (a number may be one: "Motel 6")."""
    span = p.span
    return len(span) == 2 and (span[0].lower_ in ORG_HEADS or span[0].lower_ in BODY_NOUNS) \
        and len(span[1].text) == 1 and span[1].text.isupper()


@construction(
    "lowercase-word-inside", KIND, "filter",
    "a phrase holding a lower-case word that no name holds",
    [Example("As part of the agreement, UBS provided the U.S. government with the identities "
             "of, and account information for, certain U.S. customers of UBSs cross-border "
             "business.", has=orgs("UBS"), lacks=orgs("UBSs cross-border"))],
    off=False)
def _lowercase_word(p: Phrase) -> bool:
    return any(t.is_lower and t.is_alpha and t.lower_ not in IN_NAME_WORDS for t in p.span)


@construction(
    "title-word-ending", KIND, "filter",
    "a headless phrase ending in a title word: a position ('Global Procurement Head')",
    [Example('"We will not tolerate this," said Rear Admiral Mary Landry, Eighth District '
             "Coast Guard commander.", lacks=orgs("Rear Admiral"))],
    off=False)
def _title_ending(p: Phrase) -> bool:
    return p.span[-1].lower_ in TITLE_ONLY_HEADS and not p.has_head


@construction(
    "dateline-word", KIND, "filter", "a shouted word opening the text or a line: a dateline",
    [Example("NEWARK\nThe Department of Energy announced new grants today.",
             has=orgs("Department of Energy"), lacks=orgs("NEWARK"))],
    off=False)
def _dateline(p: Phrase) -> bool:
    span = p.span
    return len(span) == 1 and span[0].is_upper and (span[0].i == 0 or
                                                    "\n" in span.doc[span[0].i - 1].text)


DATELINE_DASHES = frozenset({"-", "–", "—"})


@construction(
    "dateline-before-name", KIND, "filter",
    "shouted words opening a line, glued to a name after them (\"WASHINGTON Acme Shipping "
    "Company, a ...\") or before a dash: the dateline, not part of the name; an acronym the "
    "text uses again stays",
    [Example("WASHINGTON Acme Shipping Company, a Liberian corporation, was sentenced today.",
             has=orgs("Acme Shipping Company"),
             lacks=orgs("WASHINGTON Acme Shipping Company")),
     Example("NEW YORK Acme Holdings Inc. agreed to pay a fine.", has=orgs("Acme Holdings Inc."),
             lacks=orgs("NEW YORK Acme Holdings Inc.")),
     Example("WASHINGTON - The Department of Labor today filed a lawsuit against Acme Corp.",
             has=orgs("Department of Labor"),
             lacks=orgs("WASHINGTON - The Department of Labor")),
     Example("UNICEF Regional Office for South Asia will host the meeting. UNICEF said the "
             "meeting is open.", has=orgs("UNICEF Regional Office for South Asia")),
     Example("The fine was paid.\n\nIRS-Criminal Investigation agents investigated the case.",
             has=orgs("IRS-Criminal Investigation"))],
    off=0)
def dateline_length(ent: Span) -> int:
    """How many tokens of a dateline open the entity (0: none): shouted words opening a line,
    of 3 letters or more, then a dash, or at least 6 letters followed by a mixed-case word,
    and not written in capitals anywhere else in the text (a place the tagger or the
    head-noun grower took in, where a repeated acronym is the body's own)."""
    doc = ent.doc
    if ent.start > 0 and "\n" not in doc[ent.start - 1].text_with_ws:
        return 0
    end = ent.start
    while end < ent.end - 1 and doc[end].is_upper and doc[end].is_alpha and len(doc[end]) >= 3:
        end += 1
    if end == ent.start or end == ent.end - 1 and doc[end].is_upper:
        return 0
    if doc[end].text in DATELINE_DASHES:
        if doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
            return 0  # "IRS-Criminal Investigation": a hyphenated name, no dateline's dash
        return end + 1 - ent.start
    caps = {t.text for t in doc[ent.start:end]}
    mixed_case = doc[end].text[:1].isupper() and not doc[end].is_upper
    if (not mixed_case or sum(len(w) for w in caps) < 6
            or any(t.text in caps for t in doc[end:])):
        return 0
    return end - ent.start


@construction(
    "verb-inside", KIND, "filter",
    "a phrase holding a verb: a headline fragment ('Justice Department Set Dates')",
    [Example("The Department of Justice Seeks Comment on the rules.",
             lacks=orgs("Department of Justice Seeks Comment"))],
    off=False)
def _verb(p: Phrase) -> bool:
    return any(t.pos_ == "VERB" and t.tag_ != "VBN" and t.lower_ not in ORG_HEADS
               for t in p.span)


@construction(
    "code-without-head", KIND, "filter",
    "a headless phrase holding a code ('COVID-19', 'GLP-1'): a thing, not a body",
    [Example("Wright purchased significant assets, including a condominium in Mammoth Lakes, "
             "Calif., a BMW X5 and artwork.", lacks=orgs("BMW X5"))],
    off=False)
def _code(p: Phrase) -> bool:
    return any(CODE.match(t.text) for t in p.span) and not p.has_head


@construction(
    "bare-title", KIND, "filter", "title words only ('Attorney General'): a position",
    [Example("The Deputy Attorney General announced the charges.",
             lacks=orgs("Deputy Attorney General")),
     Example("The charges were announced by Assistant Attorney General Jo Breuer of the "
             "Criminal Division and Acting U.S. Attorney H. T. Dorrance III of the Middle "
             "District of Georgia.", lacks=orgs("Acting U.S."))],
    off=False)
def _bare_title(p: Phrase) -> bool:
    return all(t.lower_ in BARE_TITLE_WORDS for t in p.span)


@construction(
    "shouted-header", KIND, "filter",
    "a shouted header line of two words or more ('JOINT MEDIA RELEASE')",
    [Example("JOINT MEDIA RELEASE\nThe Department of Health welcomed the report.",
             has=orgs("Department of Health"), lacks=orgs("JOINT MEDIA RELEASE", "JOINT MEDIA"))],
    off=False)
def _shouted(p: Phrase) -> bool:
    words = p.words
    return len(words) >= 2 and all(t.is_upper for t in words) and any(len(t) >= 4 for t in words)


@construction(
    "single-common-word", KIND, "filter", "one word that is a common noun or a long shouted word",
    [Example("Hellums is the 12th defendant in the case to plead guilty.",
             lacks=orgs("Hellums")),
     Example("The Government will respond next week.", lacks=orgs("Government"))],
    off=False)
def _common_word(p: Phrase) -> bool:
    span = p.span
    return len(span) == 1 and not p.acronym and (span[0].pos_ != "PROPN" or len(span[0]) >= 8
                                                 and span[0].is_upper)


@construction(
    "portfolio-before-title", KIND, "filter",
    "one headless word before a title: a portfolio ('Agriculture Secretary Tom Vilsack')",
    [Example("Attorney General Eric Holder and Agriculture Secretary Tom Vilsack announced "
             "today a series of workshops.", lacks=orgs("Agriculture"))],
    off=False)
def _portfolio_before_title(p: Phrase) -> bool:
    span, doc = p.span, p.span.doc
    return len(span) == 1 and not p.acronym and not p.has_head and span.end < len(doc) and \
        doc[span.end].lower_ in TITLE_WORDS and doc[span.end].text[:1].isupper() \
        and not firm_title_after(span)


@construction(
    "firm-before-officer-title", KIND, "filter",
    "a name before a firm officer's title ('Kestrel CEO Jane Roe') is the firm, not a portfolio",
    [Example("Quorvex President Dana Fell said the merger would close in May.",
             has=orgs("Quorvex")),
     Example("Jo Roe, Scientific Vice President at Quorvex, spoke.", lacks=orgs("Scientific")),
     Example("Agriculture Secretary Tom Vilsack announced the grants.",
             lacks=orgs("Agriculture"))],
    off=False)
def firm_title_after(span: Span) -> bool:
    """The capitalised title right after the name holds a firm officer's title ("CEO",
    "President", "Chief ... Officer") and its holder's name follows: the name is the firm's,
    as in "Kestrel's CEO". ("Jo Roe, Scientific Vice President at X": no holder follows.)"""
    doc, words = span.doc, []
    for t in doc[span.end:span.end + 5]:
        if not t.text[:1].isupper() or t.ent_type_ == "PERSON":
            break
        words.append(t.lower_)
    holder = span.end + len(words)
    return holder < len(doc) and doc[holder].ent_type_ == "PERSON" and (
        any(w in CORPORATE_TITLES for w in words) or "chief" in words and "officer" in words)


@construction(
    "person-name-words", KIND, "filter",
    "words of a person's name, or a name followed by an age",
    [Example("Attorney General Eric Holder said Holder would travel.", lacks=orgs("Holder"))],
    off=False)
def _person_words(p: Phrase) -> bool:
    span = p.span
    name_words = {t.lower_ for t in span if not t.is_punct}
    return not p.has_head and not p.acronym and (name_words and name_words <= p.person_words
                                                 or age_follows(span.doc, span.end))


@construction(
    "portfolio-after-title", KIND, "filter", "a headless phrase after '<title> for/of': a portfolio",
    [Example("David Kris, Assistant Attorney General for National Security, said the case "
             "was closed.", lacks=orgs("National Security"))],
    off=False)
def _portfolio_after_title(p: Phrase) -> bool:
    span, doc = p.span, p.span.doc
    return not p.has_head and not p.acronym and not p.named_body and span.start >= 2 and \
        doc[span.start - 1].lower_ in PORTFOLIO_PREPOSITIONS and \
        doc[span.start - 2].lower_ in TITLE_HEADS


@construction(
    "person-before-title", KIND, "filter",
    "a short proper name before ', <title>' or 'as <title>': a person",
    [Example("The case was prosecuted by Udell, Senior Trial Attorney with the Justice "
             "Departments Environmental Crimes Section.", lacks=orgs("Udell"))],
    off=False)
def _person_before_title(p: Phrase) -> bool:
    return not p.has_head and not p.acronym and before_title(p.span)


@construction(
    "acronym-of-thing-or-credential", KIND, "filter",
    "a common acronym of a thing, a credential or honour, a Roman numeral, or a degree",
    [Example("Members of the media must RSVP to the press office by Tuesday.",
             lacks=orgs("RSVP")),
     Example("Jane Doe holds a CFA and a ChFC from Acme Finance Corporation.",
             has=orgs("Acme Finance Corporation"), lacks=orgs("CFA", "ChFC")),
     Example("The school district violated Title VI of the Civil Rights Act.",
             lacks=orgs("VI")),
     Example("She earned a Bachelor of Economics from Monash University.",
             has=orgs("Monash University"), lacks=orgs("Bachelor of Economics"))],
    off=False)
def _thing_acronym_or_credential(p: Phrase) -> bool:
    first = p.words[0].lower_.rstrip(".")
    if first in DEGREE_WORDS and not p.has_head:
        return True
    if len(p.words) != 1:
        return False
    word = p.words[0].text.replace(".", "")
    return word.lower() in COMMON_ACRONYMS | CREDENTIALS or (
        len(word) >= 2 and re.fullmatch(r"[IVX]+", word) is not None)


@construction(
    "polity-noun-alone", KIND, "filter",
    "a capitalised polity noun alone ('the State', 'the Commonwealth'): a polity, not a body",
    [Example("The Acme Foundation will invest $20 million in the program, and the State will "
             "match it. The Commonwealth will pay the rest.", has=orgs("Acme Foundation"),
             lacks=orgs("State", "Commonwealth")),
     Example("The State Department issued the warning.", has=orgs("State Department"))],
    off=False)
def _polity_noun(p: Phrase) -> bool:
    return len(p.words) == 1 and p.words[0].lower_ in POLITY_NOUNS


@construction(
    "counted-plural-heads", KIND, "filter",
    "a number or quantifier before a plural head ('the 40 State Chambers'): a set, not a body",
    [Example("Together with its 40 State Chambers of Commerce, the Acme Retail Council "
             "lobbies for small shops.", has=orgs("Acme Retail Council"),
             lacks=orgs("State Chambers of Commerce")),
     Example("Officials from several Regional Health Boards attended.",
             lacks=orgs("Regional Health Boards")),
     Example("The National Institutes of Health funded the study.",
             has=orgs("National Institutes of Health"))],
    off=False)
def _counted_plural_heads(p: Phrase) -> bool:
    """ "52 State Associations", "the 3 main Departments of State": a count of bodies, not
    the name of one (but "National Institutes of Health" is one)."""
    span = p.span
    k = next((t.i for t in span[1:] if t.lower_ in COMPLEMENT_WORDS), span.end)
    head = span.doc[k - 1].lower_
    if singular_head(head) is None:
        return False
    i = span.start - 1
    doc = span.doc
    while i >= 0 and i >= span.start - 3 and doc[i].is_lower and doc[i].pos_ == "ADJ" \
            and doc[i].lower_ not in QUANTIFIERS:
        i -= 1  # "3 main Departments"
    return i >= 0 and (doc[i].like_num and not doc[i].is_title or doc[i].lower_ in QUANTIFIERS)


@construction(
    "inside-document-title", KIND, "filter",
    "a headless name ending a law's or plan's title ('Act to Protect Wetlands from Dredgers')",
    [Example("The firm was charged under the Act to Protect Coastal Waters from Oil Tankers.",
             lacks=orgs("Oil Tankers")),
     Example("The Strategy to Counter Maritime Piracy was published today.",
             lacks=orgs("Counter Maritime Piracy"))],
    off=False)
def _inside_document_title(p: Phrase) -> bool:
    """The phrase follows "to"/"from" in a capitalised run opened by a document word: part of
    the document's title ("Act to Prevent Pollution from Ships"), not a body."""
    span, doc = p.span, p.span.doc
    i = span.start - 1
    if p.has_head or i < 0 or doc[i].lower_ not in ("to", "from"):
        return False
    for tok in reversed(list(doc[max(0, i - 10):i])):
        if is_cap(tok) and tok.lower_ in NON_ORG_HEADS:
            return True
        if not (is_cap(tok) or tok.lower_ in TITLE_JOINERS):
            return False
    return False


# Words that introduce a document's title ("a memorandum entitled Protecting ...").
TITLE_INTRODUCERS = ("entitled", "titled")


@construction(
    "inside-entitled-title", KIND, "filter",
    "a name inside the capitalised title after 'entitled' ('a memo entitled Ending Fraud in "
    "the Federal Grant System'): part of a document's title",
    [Example("The President issued a memorandum entitled Ending Harassment in the Federal "
             "Workforce, which required new agency policies.",
             lacks=orgs("Federal Workforce"))],
    off=False)
def _inside_entitled_title(p: Phrase) -> bool:
    """The phrase lies in a capitalised run (with its small joining words) that opens right
    after "entitled" / "titled": a document's title, whatever heads it holds."""
    doc = p.span.doc
    i = p.span.start - 1
    while i >= 0 and i >= p.span.start - 15 and (is_cap(doc[i]) or doc[i].lower_ in
                                                 TITLE_JOINERS | {"the", "in", "a", "an"}):
        i -= 1
    return i >= 0 and doc[i].lower_ in TITLE_INTRODUCERS and is_cap(doc[i + 1])  # not "to"


@construction(
    "other-name-of-person", KIND, "filter",
    "a headless name after 'aka' that follows a person ('Jo Roe, 33, aka Lil Jo'): the "
    "person's other name, no body",
    [Example("Robert Lynn Dorsey, 33, aka Dusty, was sentenced to 36 months in prison; and "
             "John Roe, 35, aka Bravo, to 18 months.", lacks=orgs("Dusty", "Bravo")),
     Example("The funds went to Acme Chemicals Inc., also known as Acme Solvents Inc.",
             has=orgs("Acme Solvents Inc."))],
    off=False)
def _other_name_of_person(p: Phrase) -> bool:
    return not p.has_head and not any(t.lower_.rstrip(".") in LEGAL_SUFFIXES for t in p.span) \
        and persons_other_name(p.span)


VETOES = (_document_or_group, _title_or_place_without_head, _slash, _place_acronym, _event,
          _address_or_honorific, _honorific_opens, _placeholder, _lowercase_word, _title_ending,
          _dateline, _verb, _code, _bare_title, _shouted, _common_word, _portfolio_before_title,
          _person_words, _portfolio_after_title, _person_before_title,
          _thing_acronym_or_credential, _polity_noun, _counted_plural_heads,
          _inside_document_title, _inside_entitled_title, _other_name_of_person)


def keep_named_body(span: Span) -> Span | None:
    """The span as a body's name, the named body behind a unit without a name of its own, or
    None for a head with generic modifiers only. (A document head never gets here: the veto
    `document-or-group-ending` of `plausible` has ruled it out.)"""
    rest = _named_body_of_unit(span)
    if rest is not None:
        return rest
    if _legislature(span):
        return span
    if _generic_head(span):
        return None
    return span


@construction(
    "unnamed-unit-of-body", KIND, "filter",
    "'Secretariat of the X Initiative': a bare unit head of another body stands for that body",
    [Example("The Secretariat of the Pacific Water Initiative will meet in Suva.",
             has=orgs("Pacific Water Initiative"),
             lacks=orgs("Secretariat of the Pacific Water Initiative"))],
    off=None)
def _named_body_of_unit(span: Span) -> Span | None:
    if len(span) > 3 and span[0].lower_ in ORG_HEADS and span[1].lower_ in UNIT_PREPOSITIONS \
            and span[2].lower_ == "the":  # not "Board of Governors of the Federal Reserve"
        rest = trim(span[2:])
        if len(rest) and any(t.lower_ in ORG_HEADS for t in rest):
            return rest
    return None


# Closed-class parts of speech: a word of one of them opens a sentence, never a name.
FUNCTION_POS = ("SCONJ", "ADV", "PRON", "CCONJ", "AUX", "PART", "INTJ")


@construction(
    "sentence-opening-function-word", KIND, "filter",
    "a capitalised conjunction, adverb or pronoun opening a sentence ('When', 'Although') is "
    "no word of the name after it",
    [Example("When Parliament passed the law in 1990, it sought a balance.",
             has=orgs("Parliament"), lacks=orgs("When Parliament"))],
    off=False)
def opening_function_word(prev) -> bool:
    """The sentence's first word, of a closed class ("When Congress enacted ...")."""
    return prev.is_sent_start and prev.pos_ in FUNCTION_POS


@construction(
    "legislature-alone", KIND, "filter",
    "'Parliament', 'Congress', 'Senate' alone and capitalised: the polity's legislature",
    [Example("The bill will be tabled in Parliament next week.", has=orgs("Parliament"))],
    off=False)
def _legislature(span: Span) -> bool:
    prev = span.doc[span.start - 1] if span.start else None
    return len(span) == 1 and span[0].lower_ in LEGISLATURES and span[0].text[0].isupper() \
        and not (prev is not None and is_cap(prev) and not opening_function_word(prev))


@construction(
    "generic-head", KIND, "filter",
    "a head with generic modifiers only ('the Task Force'): no particular body",
    [Example("The Task Force will report in June.", lacks=orgs("Task Force"))],
    off=False)
def _generic_head(span: Span) -> bool:
    return all(t.lower_ in GENERIC_HEAD_WORDS for t in span) and not any(
        t.is_upper and len(t) > 1 for t in span)


@construction(
    "quoted-phrase", KIND, "filter", "a tagger's name inside a short quotation: a theme or title",
    [Example('Kenneth Creslaw, aka "KC," is charged with distributing marijuana and remains '
             "a fugitive.", lacks=orgs("KC"))],
    off=False)
def quoted(span: Span) -> bool:
    """The span lies inside a short quotation that opens in its sentence ('Future Skills and
    AI Economy'): a theme or title, not a body's name."""
    doc, sent = span.doc, span.sent
    opening = None
    for i in range(span.start - 1, max(sent.start, span.start - 8) - 1, -1):
        if doc[i].tag_ == "''":
            return False
        if doc[i].tag_ == "``":
            opening = i
            break
    if opening is None:
        return False
    return any(t.tag_ == "''" for t in doc[span.start:min(sent.end, span.end + 8)])


@construction(
    "modified-thing", KIND, "filter",
    "a name modifying a programme or document noun: a thing; its leading acronym is a body",
    [Example("The settlement covers claimants with outstanding USDA Farm Loan program debt.",
             has=orgs("USDA"), lacks=orgs("USDA Farm Loan"))],
    off=False)
def modifies_thing(span: Span) -> bool:
    """The phrase modifies a lower-case document or programme noun outside it ("the Boe and
    Kainaki declarations", "USDA Farm Loan program debt")."""
    root = span.root
    head = root.head
    if root.dep_ == "conj" and head.i < span.start:
        return False
    while head.i != root.i and head.dep_ in ("compound", "nmod", "amod") and \
            span.start <= head.i < span.end:
        root, head = head, head.head
    if head.i < span.end or root.dep_ not in ("compound", "nmod", "amod"):
        return False
    nxt = span.doc[span.end]  # "Farm Loan program debt": the parse may hang both on "debt"
    return any(t.is_lower and t.lower_ in MODIFIED_THINGS for t in (head, nxt))


@construction(
    "plural-service-of-acronym", KIND, "filter",
    "an acronym then a plural ('NHS Health Checks'): a service of the acronym's body",
    [Example("Patients in England are invited to NHS Health Checks every five years.",
             has=orgs("NHS"), lacks=orgs("NHS Health Checks"))],
    off=False)
def plural_service_of_acronym(ent: Span) -> bool:
    """ "NHS Health Checks": a plural service of the NHS, not a body (but "IRS Criminal
    Investigation" and "IRS-CI" are units)."""
    return len(ent) > 2 and is_acronym(ent[0].text) and ent[0].is_alpha and len(ent[0]) >= 3 \
        and ent[0].is_upper and not any(t.lower_ in ORG_HEADS or t.lower_[:-1] in ORG_HEADS
                                        or t.ent_type_ == "GPE" for t in ent[1:]) \
        and ent[1].is_alpha and ent[-1].text.endswith("s") \
        and not ent[-1].text.endswith("ss") and not is_acronym(ent[-1].text)


@construction(
    "person-surname-not-body", KIND, "filter",
    "one word that is the surname of a person the release names (or it with a lost "
    "possessive 's') is the person, unless the text gives it body evidence of its own",
    [Example("Alan M. Pelsky, 63, ran the operation. Bradley, Pelskys son-in-law, served as "
             "the chief financial officer.", lacks=orgs("Pelskys")),
     Example("Ann Whitcomb and her husband were victims. The scheme sought to defraud "
             "Whitcomb, the accounting firm and others.", lacks=orgs("Whitcomb"))],
    off=set)
def person_surnames(doc, evidence: set[str]) -> set[str]:
    """The surnames of the release's people, lower case: the last word of a PERSON entity of
    two words or more, of a capitalised name before an age in commas ("Jo Q. Roe, 51,",
    whatever its label), and the word after "Mr."/"Ms.". Alone, such a word refers back to
    the person ("Roe faces ...", "Roes son"), not to a body, unless the text gives it body
    evidence (`evidence`: defined acronyms, the word before a legal suffix or head noun)."""
    out = set()
    for ent in doc.ents:
        words = [t for t in ent if not t.is_punct]
        # "Jo Roe v. Acme Inc.": a case name the tagger calls a person holds a body
        if len(words) >= 2 and ent.label_ == "PERSON" and not any(
                t.lower_ in ORG_HEADS or t.lower_.rstrip(".") in LEGAL_SUFFIXES | {"v", "vs"}
                for t in words):
            out.add(words[-1].lower_)
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if age_follows(doc, tok.i + 1) and is_cap(tok) and tok.is_alpha and is_cap(prev) \
                and prev.is_alpha and "\n" not in prev.whitespace_ and tok.lower_ not in ORG_HEADS:
            out.add(tok.lower_)
        elif prev.lower_.rstrip(".") in ("mr", "mrs", "ms") and is_cap(tok) and tok.is_alpha:
            out.add(tok.lower_)
    return {w for w in out if w[:1].isalpha()} - evidence


def surname_of_person(span: Span, surnames: set[str]) -> bool:
    """One capitalised word, not shouted ("FBI"), that is one of `surnames` or one with a
    lost possessive "s" ("Roes son", "Cifuentes-Villas assets")."""
    words = [t for t in span if not t.is_punct and t.lower_ not in ("'s", "’s")]
    if len(words) != 1 or words[0].is_upper or not words[0].text[:1].isupper():
        return False
    low = words[0].lower_
    return low in surnames or (low.endswith("s") and low[:-1] in surnames)
