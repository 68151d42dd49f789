"""Filters of candidate names: what is cut from a name (honorifics, titles, possessives,
post-nominals) and which candidates are not people at all."""
from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span

from extract.components.people.names import (
    abbreviation,
    is_honorific,
    name_token,
    name_words,
    post_nominal,
)
from extract.constructions import Example, construction, declare, is_on
from extract.lexicon import (
    GROUP_HEADS,
    NON_ORG_HEADS,
    ORG_HEADS,
    PERSON_PARTICLES,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from extract.lexicon.organisations import AMBIGUOUS_SUFFIXES, LEGAL_SUFFIXES
from extract.lexicon.people import (
    EVENT_WORDS,
    FIRM_AND_DOCUMENT_WORDS,
    LEAD_WORDS,
    NOT_NAMES,
    ORG_HEADS_IN_NAMES,
    POSSESSIVE_ENDINGS,
    VENUE_HEADS,
)
from extract.spans import doc_text, title_case_lines
from extract.titles import bare_rank, in_charge, plural_head, title_object, titled

SINGLE = "__single__"  # marks a lone word: kept only as a short mention

declare("headline-name-confirmed", "people", "filter",
        "a name in a title-case headline counts only where the body names the same person "
        "(\"Vilsack Announce\" is not a name)",
        [Example(("Secretary Vilsack Announce Funds For Rural Broadband\nThe Department will "
                  "fund 20 projects."),
                 lacks={"people": ("Vilsack Announce",)})], module=__name__)
declare("name-ends-before-title", "people", "filter",
        "a name ends before a post-nominal, a title word, a line break or a verb (\"Jane "
        "Doyle MP Minister ...\")",
        [Example("Jane Doyle MP Minister for Health said the clinic opens today.",
                 has={"people": ("Jane Doyle",)},
                 lacks={"people": ("Jane Doyle MP Minister",)})], module=__name__)
declare("name-particles", "people", "candidate",
        "lower-case particles join the names around them (\"Khalid bin Saeed\")",
        [Example(("Khalid bin Saeed, Director General of the Authority, said the port will "
                  "reopen."),
                 has={"people": ("Khalid bin Saeed",)})], module=__name__)
declare("not-a-name", "people", "filter",
        "words that are never people's names (\"Covid\", \"Twitter\"), text without a "
        "capital or with digits or @, one shouted word",
        [Example("Remarks by Dr. COVID at the clinic.",
                 lacks={"people": ("COVID",)}),
         Example("Media contact: Ms. press@halden.com",
                 lacks={"people": ("press@halden.com",)})], module=__name__)
declare("name-with-org-head", "people", "filter",
        "a name holding an organisation head noun (\"Smith Foundation\") or ending in a "
        "plural group head is not a person",
        [Example("Maria Delgado thanked Hope Rivers Trust for its support.",
                 has={"people": ("Maria Delgado",)},
                 lacks={"people": ("Hope Rivers Trust",)})], module=__name__)
declare("place-before-name", "people", "filter",
        "an abbreviated place before a name is not an initial (\"Calif.\")",
        [Example("Sparta, Tenn. Hope Rivers, 24, was charged.",
                 has={"people": ("Hope Rivers",)}),
         Example("SAN DIEGO, Calif. Maria Lopez pleaded guilty today.",
                 has={"people": ("Maria Lopez",)},
                 lacks={"people": ("Calif. Maria Lopez",)})],
        module=__name__)
declare("lone-word-short-mention", "people", "filter",
        "a lone word is a person only after an honorific or a title, or as a short mention "
        "of a full name (\"Coursera\", \"Download\" are not people)",
        [Example("Coursera, Hope Rivers said, will add courses.",
                 lacks={"people": ("Coursera",)})], module=__name__)


@construction("title-preposition-object", "people", "filter",
              "what follows a title's of/at is its organisation, not a person (\"CEO of "
              "BioMed X\")",
              [Example("said Laura Kim, CEO of Tory Burch.",
                       has={"people": ("Laura Kim",)},
                       lacks={"people": ("Tory Burch",)})], off=False)
def title_preposition_object(span: Span) -> bool:
    return title_object(span)


@construction("named-thing", "people", "filter",
              "a name inside a thing's name (an award, a building) or a residence \"of "
              "Santa Clarita, Calif.\" is not a person",
              [Example("The students met at the Edward Kennedy Hall on Friday.",
                       lacks={"people": ("Edward Kennedy",)}),
               Example("Maria Lopez, 45, of Santa Clarita, Calif., was sentenced today.",
                       has={"people": ("Maria Lopez",)},
                       lacks={"people": ("Santa Clarita",)})], off=False)
def named_thing(span: Span) -> bool:
    doc = span.doc
    if span[-1].lower_ in ORG_HEADS or span[-1].lower_ in NON_ORG_HEADS:
        return True
    k = span.end
    joined = False  # past an "and" only a thing's head says the name is a thing's
    while k < len(doc) and (doc[k].text[:1].isupper() and not doc[k].is_punct
                            or thing_name_and(doc, k)):
        if doc[k].lower_ in NON_ORG_HEADS or not joined and (
                doc[k].lower_ in ORG_HEADS or doc[k].lower_ in VENUE_HEADS):
            return True
        joined = joined or doc[k].lower_ in ("and", "&")
        k += 1
    return span.start > 0 and doc[span.start - 1].lower_ == "of" and span.end + 1 < len(doc) \
        and doc[span.end].text == "," and doc[span.end + 1].ent_type_ == "GPE"


@construction("and-inside-thing-name", "people", "filter",
              "a name before 'and' in a capitalised run that a document or event word ends "
              "('Elder Fraud and Scam Prevention Week') is a word of that thing's name",
              [Example("Todays grants were announced as part of Elder Fraud and Scam "
                       "Prevention Week, which the Governor proclaimed.",
                       lacks={"people": ("Elder Fraud",)})], off=False)
def thing_name_and(doc, k: int) -> bool:
    """An "and" (or "&") at k between capitalised words: the run may go on to a thing's head
    ("Elder Fraud and Scam Prevention Week")."""
    return doc[k].lower_ in ("and", "&") and k + 1 < len(doc) and doc[k + 1].text[:1].isupper() \
        and k > 0 and doc[k - 1].text[:1].isupper()


@construction("shouted-name-confirmed", "people", "filter",
              "a name in capitals (a shouted heading or header line) counts only where the "
              "text names the person in ordinary case too: \"ATTORNEY GENERAL VISITS "
              "RIVERSIDE YOUTH PROGRAM\" holds no name",
              [Example(("The Attorney General will travel to Dayton on Friday.\n\nATTORNEY "
                        "GENERAL VISITS RIVERSIDE YOUTH PROGRAM:\n\nWHO:\n\nAttorney General "
                        "Hope Rivers"),
                       has={"people": ("Hope Rivers",)},
                       lacks={"people": ("VISITS RIVERSIDE YOUTH",)}),
               Example(("SENATOR THE HON JANE DOYLE\nMinister Doyle said the clinic will open "
                        "on Friday."),
                       has={"people": ("JANE DOYLE",)}),
               Example("SENATOR THE HON JANE DOYLE\nThe clinic will open on Friday.",
                       has={"people": ("JANE DOYLE",)})], off=None)
def confirmed_in_case(candidates):
    """Candidates in capitals kept only after an honorific ("THE HON JANE DOYLE") or where a
    name in ordinary case shares their last word."""
    plain = {w for span, _ in candidates if not span.text.isupper() for w in name_words(span)}
    return [(span, h) for span, h in candidates
            if not (len(span) > 1 and span.text.isupper()) or h and h != SINGLE
            or name_words(span)[-1:] and name_words(span)[-1] in plain]


def confirmed_outside_title(doc: Doc, candidates):
    """Headline names the body confirms (title-case headlines make verbs look like names)."""
    kept = confirmed_in_case(candidates)
    candidates = candidates if kept is None else kept
    if not is_on("headline-name-confirmed"):
        return candidates
    first_line_end = doc_text(doc).find("\n")
    headline = {i for i in title_case_lines(doc) if doc[i].idx < first_line_end}
    if not headline:
        return candidates
    body_words = {w for span, _ in candidates if span.start not in headline
                  for w in name_words(span)}
    return [(span, h) for span, h in candidates
            if span.start not in headline or (h and h != SINGLE)
            or set(name_words(span)) <= body_words]


def plural_title_opens(tok) -> bool:
    """A capitalised plural title ("Attorneys") opening a name is the title the names after
    it share (`name-after-plural-title`), no word of the name."""
    return is_on("name-after-plural-title") and plural_head(tok)


def clean(span: Span) -> tuple[Span, str | None] | None:
    """Name without honorifics, titles, possessive or post-nominals; the honorific as
    written (inside the entity or just before it)."""
    doc, start, end = span.doc, span.start, span.end
    honorific = None
    while start < end and (is_honorific(doc[start])
                           or (doc[start].lower_ in TITLE_HEADS
                               or doc[start].lower_ in TITLE_MODIFIERS
                               or plural_title_opens(doc[start]))
                           and not bare_rank(doc[start]) or doc[start].is_punct
                           or in_charge(doc[start])
                           or doc[start].lower_ in LEAD_WORDS or doc[start].text[:1].islower()
                           and doc[start].lower_ not in PERSON_PARTICLES
                           or abbreviation(doc[start]) and is_on("place-before-name")):
        if is_honorific(doc[start]):
            honorific = doc[start].text
        start += 1
    if is_on("name-ends-before-title"):
        for k in range(start + 1, end):
            if post_nominal(doc[k]) or doc[k].lower_ in TITLE_HEADS \
                    or "\n" in doc[k].text or doc[k].pos_ == "VERB":
                end = k
                break
    while end > start and (post_nominal(doc[end - 1])
                           or doc[end - 1].text in POSSESSIVE_ENDINGS or doc[end - 1].is_punct
                           or doc[end - 1].lower_ in PERSON_PARTICLES):
        end -= 1
    if end <= start:
        return None
    if is_on("name-particles"):
        if start > 0 and doc[start].lower_ in PERSON_PARTICLES and name_token(doc[start - 1]):
            start -= 1
        while end + 1 < len(doc) and doc[end].lower_ in PERSON_PARTICLES \
                and name_token(doc[end + 1]):
            end += 2
    name = doc[start:end]
    if honorific is None and start > 0:
        prev = doc[start - 1]
        if is_honorific(prev) and prev.text[:1].isupper():
            honorific = prev.text
    if not_a_name(name) or with_org_head(name) or doubled(name) or firm_or_document(name) \
            or before_legal_suffix(name) or gerund_first(name) or event_name(name) \
            or lower_case_phrase(name):
        return None
    if len(name) == 1 and honorific is None and not titled(name) \
            and is_on("lone-word-short-mention"):
        return name, SINGLE
    return name, honorific


def not_a_name(name: Span) -> bool:
    text = name.text
    return is_on("not-a-name") and (
        not any(c.isupper() for c in text) or any(c.isdigit() or c == "@" for c in text)
        or text.lower() in NOT_NAMES or len(name) == 1 and name[0].is_upper and len(text) > 1)


def with_org_head(name: Span) -> bool:
    return is_on("name-with-org-head") and (
        any(t.lower_ in ORG_HEADS and t.lower_ not in ORG_HEADS_IN_NAMES for t in name)
        or name[-1].lower_ in GROUP_HEADS)


@construction("doubled-heading", "people", "filter",
              "a heading glued to the sentence after it repeats its words (\"About Acme Acme "
              "is ...\"): no person is named twice in a row",
              [Example("About Hope Rivers Hope Rivers is a charity for children.",
                       lacks={"people": ("Hope Rivers Hope Rivers",)}),
               Example("Contact Mr. Brook Hale Brook Hale for details.",
                       lacks={"people": ("Brook Hale Brook Hale",)})], off=False)
def doubled(name: Span) -> bool:
    words = [t.lower_ for t in name]
    half = len(words) // 2
    return len(words) >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]


@construction("firm-or-document-name", "people", "filter",
              "a name ending in a firm's or a document's word (\"Hale Rivers LLP\", \"Kestrel "
              "Publishing\", \"Oil Record Book\") or followed by one is not a person",
              [Example("The ship arrived in the Port of Tampa with its falsified Oil Record Book.",
                       lacks={"people": ("Oil Record Book",)})], off=False)
def firm_or_document(name: Span) -> bool:
    doc = name.doc
    after = doc[name.end] if name.end < len(doc) else None
    return name[-1].lower_ in FIRM_AND_DOCUMENT_WORDS or after is not None \
        and after.text[:1].isupper() and after.lower_ in FIRM_AND_DOCUMENT_WORDS


@construction("gerund-first-not-name", "people", "filter",
              "a capitalised phrase opening with a gerund (\"Preventing Gender Bias\", "
              "\"Countering Violent Extremism\") names an activity, not a person",
              [Example(("Under this award, the Center will lead the Identifying and Preventing "
                        "Elder Abuse in Nursing Homes Initiative."),
                       lacks={"people": ("Preventing Elder Abuse",)})], off=False)
def gerund_first(name: Span) -> bool:
    first = name[0]
    return len(name) > 1 and first.pos_ == "VERB" and first.tag_ == "VBG" \
        and first.text[:1].isupper() and first.lower_.endswith("ing")


@construction("name-before-legal-suffix", "people", "filter",
              "a name followed by a company's legal suffix (\"Hope Rivers Inc.\", with a lost "
              "apostrophe \"Hope Rivers Inc.s records\") is the company's name",
              [Example(("The government alleged that Kestrel Harbour Inc.s medical records did "
                        "not support the claims."),
                       lacks={"people": ("Kestrel Harbour",)})], off=False)
def before_legal_suffix(name: Span) -> bool:
    doc = name.doc
    if name.end >= len(doc) or not doc[name.end].text[:1].isupper():
        return False
    word = doc[name.end].lower_
    if word.endswith((".s", "s")) and word[:-1].rstrip(".").rstrip("'’") in LEGAL_SUFFIXES:
        word = word[:-1]
    word = word.rstrip(".").rstrip("'’")
    return word in LEGAL_SUFFIXES and word not in AMBIGUOUS_SUFFIXES


@construction("event-name", "people", "filter",
              "a name ending in an event's or a document's word (\"the Community Policing "
              "Tour\", \"Justice Response Awards\") is not a person",
              [Example(("For more information, please visit the Attorney Generals Community "
                        "Safety Tour."),
                       lacks={"people": ("Generals Community Safety Tour",
                                         "Community Safety Tour")})], off=False)
def event_name(name: Span) -> bool:
    return len(name) > 1 and name[-1].lower_ in EVENT_WORDS


@construction("lower-case-phrase", "people", "filter",
              "a name of two or more words the text also writes in lower case (\"Violent "
              "Extremism\" and \"violent extremism\") is a common phrase, not a person",
              [Example(("Communities are resilient to violent extremism. The meeting follows "
                        "the Summit on Countering Terrorism and Violent Extremism."),
                       lacks={"people": ("Violent Extremism",)})], off=False)
def lower_case_phrase(name: Span) -> bool:
    if len(name) < 2:
        return False
    phrase = name.text.lower()
    return phrase != name.text and re.search(r"\b" + re.escape(phrase) + r"\b",
                                             doc_text(name.doc)) is not None


@construction("possessive-without-apostrophe", "people", "filter",
              "a known person's surname + \"s\" opening a capitalised run is that person's "
              "possessive with its apostrophe lost (\"Attorney General Holders Defending "
              "Childhood initiative\" after \"Eric Holder\"), not a new name, unless the "
              "text also names someone with that \"s\" form (ending a fuller name or after an "
              "honorific; a lone \"Holders\" does not count)",
              [Example(("Attorney General Dana Whitmer announced the grants on Monday. "
                        "The funds come from Attorney General Whitmers Safe Harbor Youth "
                        "program, which began in 2012."),
                       has={"people": ("Dana Whitmer",)},
                       lacks={"people": ("Whitmers Safe Harbor Youth",
                                         "Whitmers Safe Harbor")})],
              off=lambda: None)
def possessive_without_apostrophe(candidates):
    """Candidates without those that open with a known surname + "s" ("Holders Defending
    Childhood" where "Eric Holder" is named)."""
    ends = Counter(span[-1].text for span, _ in candidates)
    # the "s" form is a name of its own only where it ends a fuller name ("Jo Allens") or
    # follows an honorific ("Mr. Allens"), not as a lone word
    named = {span[-1].text for span, h in candidates if len(span) > 1 or h and h != SINGLE}

    def possessive(span: Span) -> bool:
        word = span[0].text
        stem = word[:-1]  # ends with the surname of another candidate, not only its own
        return len(word) > 3 and word.endswith("s") and word not in named \
            and ends[stem] > (span[-1].text == stem)

    return [(span, h) for span, h in candidates if not possessive(span)]
