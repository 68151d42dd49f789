"""Candidate source: capitalised phrases built around an organisation head noun ("Ministry",
"Secretariat", "Institute" ... `lexicon.ORG_HEADS`), grown left over capitalised modifiers and
right over "of/for/on" complements, numbers and comma lists."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extract.components.organisations.base import (
    GLUED,
    KIND,
    is_acronym,
    is_cap,
    orgs,
    singular_head,
)
from extract.components.organisations.filters import (
    dateline_length,
    keep_named_body,
    opening_function_word,
    plausible,
)
from extract.constructions import Example, construction
from extract.lexicon import (
    GROUP_HEADS,
    HONORIFICS,
    ORG_HEADS,
    PERSON_PARTICLES,
    POST_NOMINALS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from extract.lexicon.organisations import (
    POST_OPENERS,
    US_STATE_NAMES,
    AND_WORDS,
    COMPLEMENT_WORDS,
    DATE_WORDS,
    FUNCTION_WORDS,
    HEAD_OR_TITLE_WORDS,
    HEAD_RUN,
    LEGAL_SUFFIXES,
    LIST_JOINERS,
    MINISTER_HONORIFICS,
    MONTH_ABBREVIATIONS,
    NAME_CONNECTORS,
    POSSESSIVE_MARKS,
    UNIT_QUALIFIERS,
)
from extract.spans import trim
from extract.titles import is_title_word


@construction(
    "head-noun-phrase", KIND, "candidate",
    "a capitalised phrase around an organisation head noun, with its of/for/on complements",
    [Example("The case was investigated by the Bureau of Alcohol, Tobacco, Firearms and "
             "Explosives and the Internal Revenue Service.",
             has=orgs("Bureau of Alcohol, Tobacco, Firearms and Explosives",
                      "Internal Revenue Service")),
     Example("The United Nations Educational, Scientific and Cultural Organization will host "
             "the meeting.",
             has=orgs("United Nations Educational, Scientific and Cultural Organization"),
             lacks=orgs("Cultural Organization")),
     Example("The grant went to the Mohammed bin Rashid Al Maktoum Knowledge Foundation.",
             has=orgs("Mohammed bin Rashid Al Maktoum Knowledge Foundation")),
     Example("The case was investigated by the IRS-CI Los Angeles Field Office.",
             has=orgs("IRS-CI Los Angeles Field Office")),
     Example("The investigation was conducted by the Department of Health and Human Services.",
             has=orgs("Department of Health and Human Services"),
             lacks=orgs("Department of Health", "Human Services")),
     Example("Todays Department of Justice announcement follows the Department of Labor March "
             "2010 report.", has=orgs("Department of Justice", "Department of Labor"),
             lacks=orgs("Todays Department of Justice", "Department of Labor March")),
     Example("Assistant Attorney General for the Civil Division Tony West announced the "
             "settlement.", has=orgs("Civil Division"), lacks=orgs("Civil Division Tony West")),
     Example("The Department of Justice and USDA held the workshop.",
             has=orgs("Department of Justice", "USDA"),
             lacks=orgs("Department of Justice and USDA"))],
    off=list)
def head_noun_phrases(doc: Doc) -> list[Span]:
    """Capitalised phrases around an organisation head noun, with their complements."""
    out = []
    for tok in doc:
        if not is_cap(tok) or tok.lower_ not in ORG_HEADS and not plural_head_lost_apostrophe(tok):
            continue
        start_limit, end_limit = line_sentence(tok)
        end = _end(doc, tok, end_limit)
        if end < len(doc) and glued_heading(doc[end]):
            continue  # a heading glued to the next line, whose text names the body again
        span = trim(doc[_start(doc, tok, start_limit):end])
        if len(span) and plausible(span, set()):
            out.append(span)
    return [s for s in (keep_named_body(s) for s in out) if s is not None]


@construction(
    "sentence-split-between-name-words", KIND, "candidate",
    "a sentence boundary the parser puts between two capitalised words of one line, with no "
    "punctuation, does not cut a name ('Nevada | Board of Nursing' on a list line)",
    [Example("Grants were awarded to:\n\nNevada Board of Dental Examiners\n\nIdaho Board of "
             "Nursing Practice\n\nOregon Office of Rural Health\n\nThe grants run for two "
             "years.",
             has=orgs("Nevada Board of Dental Examiners", "Idaho Board of Nursing Practice"))],
    off=lambda: None)
def joined_sentence(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The bounds (start, end) of a sentence widened over each neighbour it meets between two
    capitalised words of one line without punctuation (a list line "Nevada Board of ..."
    that the parser split after the state's name)."""
    while start > 0 and _spurious_boundary(doc, start):
        start = doc[start - 1].sent.start
    while end < len(doc) and _spurious_boundary(doc, end):
        end = doc[end].sent.end
    return start, end


def _spurious_boundary(doc: Doc, i: int) -> bool:
    """A sentence starts at i between two capitalised words with nothing but a space
    between them, the first a proper noun and the second a name word: no sentence ends on
    a name word without punctuation (but "At Home Network" and "... Intelligence The
    Honorable" may open one)."""
    prev, tok = doc[i - 1], doc[i]
    return prev.is_alpha and is_cap(prev) and prev.pos_ == "PROPN" and is_cap(tok) \
        and tok.pos_ in ("PROPN", "NOUN", "ADJ") and prev.whitespace_ == " "


def line_sentence(tok) -> tuple[int, int]:
    """Where a name around `tok` may start and end: its sentence, joined over a boundary the
    parser put inside a line between two name words."""
    sent = tok.sent
    joined = joined_sentence(tok.doc, sent.start, sent.end)
    return joined if joined is not None else (sent.start, sent.end)


@construction(
    "glued-heading-cut", KIND, "filter",
    "a name run into a glued heading word ('About the X OfficeThe X Office ...'): no name; "
    "the line after the heading names the body again",
    [Example("About the University of Acme Research OfficeThe University of Acme Research "
             "Office (URO) helps researchers license their inventions.",
             has=orgs("University of Acme Research Office"),
             lacks=orgs("University of Acme Research OfficeThe University of Acme Research "
                        "Office", "University of Acme Research"))],
    off=False)
def glued_heading(tok) -> bool:
    """A heading's last word glued to the next line's first ("OfficeThe"): a lost line break
    that a name does not run over."""
    return bool(GLUED.match(tok.text))


@construction(
    "plural-head-lost-apostrophe", KIND, "candidate",
    "a name ending in a plural head before a lower-case noun ('the Harlan Administrations "
    "commitment'): the body with a lost apostrophe",
    [Example("As part of the Harlan Administrations commitment to safer roads, the agency "
             "announced new grants.", has=orgs("Harlan Administration"))],
    off=False)
def plural_head_lost_apostrophe(tok) -> bool:
    """A capitalised plural of a head noun ("Administrations", "Governments") after a
    capitalised name word and before a lower-case noun: a possessive the archive lost, so
    the head of a name ("the Harlan Administrations commitment"), whose plural is no head."""
    doc = tok.doc
    if tok.i == 0 or tok.i + 1 >= len(doc) or not tok.is_alpha \
            or singular_head(tok.text) is None:  # not "Inc.s": no name of its own follows
        return False
    prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
    return is_cap(prev) and prev.is_alpha and prev.lower_ not in FUNCTION_WORDS \
        and nxt.is_lower and nxt.is_alpha and (nxt.pos_ in ("NOUN", "ADJ") or nxt.tag_ == "VBG") \
        and not plural_is_the_name(tok)


@construction(
    "plural-that-is-the-name", KIND, "filter",
    "a plural head that is a name's own word is no lost apostrophe: a legal form's look-alike "
    "('Marine Corps personnel'), a head of its own ('Acme Services staff'), or a plural the "
    "text writes before a legal form ('Harbor Networks LLC' ... 'Harbor Networks staff')",
    [Example("Eastern Corps volunteers will staff the clinics.", lacks=orgs("Eastern Corp")),
     Example("Harbor Networks LLC was fined. Harbor Networks staff ignored the orders.",
             lacks=orgs("Harbor Network"))],
    off=False)
def plural_is_the_name(tok) -> bool:
    """ "Corps" (its singular "Corp" is a legal form, not a head), "Services" (a head as
    written), or a plural the text also writes before a legal form ("Harbor Networks LLC"):
    the name as written. Before a capitalised word it is still a possessive ("the Antitrust
    Divisions Chicago Office")."""
    single = singular_head(tok.text)
    if single is None or single.lower() in LEGAL_SUFFIXES or tok.lower_ in ORG_HEADS:
        return True
    doc = tok.doc
    return any(t.text == tok.text and t.i != tok.i and t.i + 1 < len(doc)
               and doc[t.i + 1].lower_.rstrip(".") in LEGAL_SUFFIXES for t in doc)


def _start(doc: Doc, tok, limit: int) -> int:
    """Where the name that `tok` heads starts, growing left over its modifiers."""
    start = tok.i
    saw_and = False
    while start > limit:
        prev = doc[start - 1]
        if prev.lower_.rstrip("s") in DATE_WORDS or GLUED.match(prev.text):
            break  # "Todays Department of Justice", "ActionsThe Federal Open Market ..."
        if prev.text == "," and saw_and and start - 2 >= limit and \
                is_cap(doc[start - 2]) and doc[start - 2].lower_ not in ORG_HEADS \
                and not serial_list_of_names(doc, start - 1, limit) \
                and not post_before_field_list(doc, start - 1):
            start -= 1  # "Educational, Scientific and Cultural Organization"
            continue
        place = place_in_commas(doc, start, limit)
        if place is None:
            place = county_comma_state(doc, tok, start, limit)
        if place is not None:
            start = place  # "FBIs Washington, D.C., Field Office": the office of a place
            continue
        if post_opener_before_titled_body(doc, tok, prev):
            break  # "Senior | U.S. District Court Judge Jo Roe": the post's word
        if _modifier(prev) or (prev.text in POSSESSIVE_MARKS or prev.text == "&") \
                and start - 2 >= limit and is_cap(doc[start - 2]):
            start -= 1  # "Federal Bureau", "Women's Health Council", "Research & Development"
        elif prev.lower_ in PERSON_PARTICLES and start - 2 >= limit \
                and is_cap(doc[start - 2]) and doc[start - 2].pos_ == "PROPN":
            start -= 1  # "Mohammed bin Rashid Al Maktoum Knowledge Foundation"
        elif prev.text in ("-", "–") and not prev.whitespace_ and start - 2 >= limit \
                and not doc[start - 2].whitespace_ and is_cap(doc[start - 2]):
            start -= 1  # "IRS-CI Los Angeles Field Office"
        elif prev.lower_ == "and" and start - 2 >= limit and doc[start].lower_ not in \
                ORG_HEADS and (is_cap(doc[start - 2]) or doc[start - 2].text == ","
                               and start - 3 >= limit and is_cap(doc[start - 3])
                               and doc[start - 4].lower_ not in FUNCTION_WORDS
                               and not serial_list_of_names(doc, start - 2, limit)) \
                and not is_acronym(doc[start - 2].text) \
                and not (doc[start - 2].lower_ in ORG_HEADS and list_of_bodies(doc, start - 1,
                                                                              limit=len(doc))) \
                and not (start - 3 >= limit and doc[start - 3].lower_ in NAME_CONNECTORS):
            # but "the FBI and U.S. Citizenship ...", "Department of Justice and Labor
            # Department": the word before "and" belongs to another body
            start -= 1  # "Crime and Justice Research Institute", "Scientific, and Cultural"
            saw_and = True
        else:
            break
    while start < tok.i and doc[start].lower_ in AND_WORDS:
        start += 1  # "and Youth Mentoring Program": the "and" of a list before it
    return start


@construction(
    "place-in-commas-inside-name", KIND, "candidate",
    "'<City>, <State>, <head>' after 'the' or an owner: the place, commas and all, opens the "
    "name ('the Dover, Del., Police Department')",
    [Example("The case was investigated by the Dover, Del., Police Department and the Bureau "
             "of Prisons.", has=orgs("Dover, Del., Police Department"),
             lacks=orgs("Police Department")),
     Example("Agents of the FBIs Boise, Idaho, Field Office made the arrest.",
             has=orgs("FBIs Boise, Idaho, Field Office")),
     Example("He lived in Austin, Texas, Justice Department officials said.",
             lacks=orgs("Austin, Texas, Justice Department"))],
    off=None)
def place_in_commas(doc: Doc, start: int, limit: int) -> int | None:
    """Growing a name left from `start` past a comma: "<City>, <State>," right before it
    (a state the tagger names, or an abbreviation such as "Del.") after "the" or an
    owner's name is the place of a local office ("the Dover, Del., Police Department"), not
    a locative ("in Austin, Texas, ..."); where the city starts, or None."""
    if start - 1 <= limit or doc[start - 1].text != "," or not is_cap(doc[start]):
        return None
    state = _place_run(doc, start - 1, limit, 3)
    if state is None or state - 1 <= limit or doc[state - 1].text != ",":
        return None
    city = state - 1
    while city > limit and state - 1 - city < 4 and is_cap(doc[city - 1]) \
            and doc[city - 1].pos_ == "PROPN" and doc[city - 1].lower_ not in ORG_HEADS \
            and doc[city - 1].lower_ not in TITLE_MODIFIERS and doc[city - 1].ent_type_ != "PERSON":
        city -= 1  # a proper noun: the tagger reads many a town as a product
    if city == state - 1:
        return None
    before = doc[city - 1] if city > limit else None
    if before is not None and not (before.lower_ == "the" or is_cap(before)
                                   and not before.is_sent_start):
        return None  # "in Austin, Texas, ...": where someone is, not an office's name
    return city


@construction(
    "county-comma-state-body", KIND, "candidate",
    "'<Name> County, <State>[,] <head>': a county's or parish's local office named with its "
    "state opens at the county, with or without the comma after the state ('the Harlow "
    "County, Tennessee Sheriffs Office', 'a Dale County, Virginia, Sheriffs Office deputy')",
    [Example("The case was investigated by the Harlow County, Tennessee Sheriffs Office and "
             "the FBI.", has=orgs("Harlow County, Tennessee Sheriffs Office"),
             lacks=orgs("Tennessee Sheriffs Office")),
     Example("A Dale County, Virginia, Sheriffs Office deputy was arrested.",
             has=orgs("Dale County, Virginia, Sheriffs Office")),
     Example("He was a Dale Parish, La. Sheriffs Office sergeant.",
             has=orgs("Dale Parish, La. Sheriffs Office"))],
    off=None)
def county_comma_state(doc: Doc, tok, start: int, limit: int) -> int | None:
    """Growing a name left from `start` (a state, or the head after "<State>,") past the
    comma after "<Name> County" or "<Name> Parish": the county's own office. The state is a
    place the tagger names or an abbreviation ("La."); the head takes no complement ("the
    Harris County, Texas Department of Public Safety" is the state's body, the county a
    place), so only a name ending in its head is grown. Where the county's name starts, or
    None."""
    if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("of", "for"):
        return None
    if start - 2 <= limit or doc[start - 1].text != ",":
        return None
    two = doc[start:start + 2].text.lower()
    if doc[start - 2].lower_ in ("county", "parish") and is_cap(doc[start]) \
            and (doc[start].ent_type_ in ("GPE", "LOC") or doc[start].text.endswith(".")
                 or doc[start].lower_ in US_STATE_NAMES or two in US_STATE_NAMES):
        state = start  # "Shelby County, Tennessee Sheriffs Office"
    else:
        state = _place_run(doc, start - 1, limit, 2)  # "Dale County, Virginia, Sheriffs"
        if state is None:
            return None
    comma = state - 1
    if comma - 1 <= limit or doc[comma].text != "," or doc[comma - 1].lower_ not in ("county",
                                                                                      "parish"):
        return None
    city = comma - 1
    while city > limit and comma - 1 - city < 3 and is_cap(doc[city - 1]) \
            and doc[city - 1].lower_ not in ORG_HEADS and doc[city - 1].lower_ != "the" \
            and not doc[city - 1].is_sent_start:
        city -= 1
    if city == comma - 1 and not (city > limit and doc[city - 1].is_sent_start
                                  and is_cap(doc[city - 1])):
        return None  # "County, Texas, ...": no county's name
    if city == comma - 1:
        city -= 1  # the county's name opens the sentence
    return city


@construction(
    "qualifier-of-title-before-body", KIND, "filter",
    "a post's qualifier ('Senior', 'Acting', 'Former') before a body's name that a title "
    "follows qualifies the title, not the body ('Senior U.S. District Court Judge Jo Roe', "
    "'Former Fraud Section Trial Attorney Jo Roe')",
    [Example("He was sentenced by Senior U.S. District Court Judge Jo Roe of the District of "
             "Kansas.", has=orgs("U.S. District Court"),
             lacks=orgs("Senior U.S. District Court")),
     Example("Former Tax Section Trial Attorney Jo Roe tried the case.",
             has=orgs("Tax Section"), lacks=orgs("Former Tax Section"))],
    off=False)
def post_opener_before_titled_body(doc: Doc, tok, prev) -> bool:
    """`prev`, left of the name headed by `tok`, is a post's qualifier, and a capitalised title
    word and then a person's name follow the head: the qualifier belongs to the title after
    the body. Not across an "and" or a person's name (a run of several posts and names)."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return prev.lower_ in POST_OPENERS and prev.text[:1].isupper() and nxt is not None \
        and nxt.text[:1].isupper() and is_title_word(nxt) \
        and not any(t.lower_ == "and" or t.ent_type_ == "PERSON" for t in doc[prev.i + 1:tok.i]) \
        and any(t.ent_type_ == "PERSON" for t in doc[tok.i + 2:tok.i + 5])


def _place_run(doc: Doc, end: int, limit: int, most: int) -> int | None:
    """The start of a run of at most `most` capitalised words ending at `end` that names a
    place (a GPE or LOC entity word, or an abbreviation such as "Md."), else None."""
    i = end
    while i > limit and end - i < most and is_cap(doc[i - 1]) and doc[i - 1].text != ",":
        i -= 1
    run = doc[i:end]
    if not len(run) or not all(t.ent_type_ in ("GPE", "LOC") or t.text.endswith(".")
                               or t.lower_ in ("county", "parish") for t in run):
        return None
    return i


def _modifier(prev) -> bool:
    """A capitalised word that may modify a head: not a group of people, a date, a shouted
    place (a dateline) or an honorific, nor a sentence-opening preposition or article."""
    return is_cap(prev) and prev.lower_ not in GROUP_HEADS and prev.ent_type_ != "DATE" \
        and not (prev.is_upper and prev.is_alpha and prev.ent_type_ == "GPE" and len(prev) > 3) \
        and prev.lower_.rstrip(".") not in HONORIFICS \
        and not (prev.is_sent_start and prev.pos_ in ("ADP", "DET")) \
        and not opening_function_word(prev) \
        and not dateline_length(prev.doc[prev.i:prev.i + 2])



def _end(doc: Doc, tok, limit: int) -> int:
    """Where the name that `tok` heads ends, growing right over its complements."""
    end = tok.i + 1
    while end < limit:
        t = doc[end]
        if glued_heading(t):
            break
        person_end = honoured_name_end(doc, end)
        if person_end:
            return person_end
        if t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT") or t.lower_ in DATE_WORDS:
            break  # "Department of Labor March 2010"
        if unit_qualifier(doc, end, limit):
            end += 2  # "Coast Guard Sector Mobile": the place goes on below
            continue
        if numbered_unit_before_title(doc, tok.i, end, limit):
            return end + 1  # "Eighth Coast Guard District" + "Commander"
        district_end = district_qualifier(doc, end, limit)
        if district_end:
            return district_end
        if closing_title(doc, tok.i, end, limit):
            break
        if is_cap(t) and (t.lower_ in HEAD_RUN or t.like_num
                          or _members_in_complement(doc, tok.i, end, limit)
                          or doc[end - 1].lower_ not in ORG_HEADS
                          and not _name_starts(t) and not _title_before_name(doc, end)):
            # After a head only another head ("Service Group") or a number ("Motel 6")
            # continues the name: "Civil Division Tony West" is a body and a person.
            end += 1
        elif t.text == ",":
            stop = _list_continues(doc, end, limit)
            if stop is None:
                break
            end = stop
        elif ordinal_in_complement(doc, end, limit):
            end += 2  # "on 21st Century Policing" (the tagger's date aside)
            while end < limit and is_cap(doc[end]) and doc[end].lower_ not in DATE_WORDS:
                end += 1
        elif article_led_word(doc, end + 1, limit) and t.lower_ in NAME_CONNECTORS:
            end += 4  # "Islamic State of Iraq and al-Sham"
        elif t.lower_ in NAME_CONNECTORS and end + 1 < limit:
            nxt = end + 1
            if doc[nxt].lower_ == "the" and t.lower_ != "and" and nxt + 1 < limit:
                nxt += 1
            nt = doc[nxt]
            if not (is_cap(nt) and nt.pos_ in ("PROPN", "NOUN", "ADJ", "NUM")) \
                    or date_after_connector(nt):
                break
            if t.lower_ in AND_WORDS and title_before_person(doc, nxt, limit):
                break  # "... District of Utah and Trial Attorney Jo Roe"
            if t.lower_ in AND_WORDS and (
                    nt.lower_ in HEAD_OR_TITLE_WORDS or is_acronym(nt.text)
                    or doc[end - 1].lower_ in ORG_HEADS):
                break  # "Department of Justice and USDA", "Committee and X": two bodies
            if t.lower_ in AND_WORDS and _org_head_ahead(doc, nxt, limit):
                whole = complement_body_across_and(doc, tok.i, end, nxt, limit)
                if whole:
                    return whole  # "Section of the Lands and Natural Resources Division"
                break  # "Department of Justice and Labor Department": two bodies
            end = nxt + 1
        elif t.text in ("-", "–") and end + 1 < limit and is_cap(doc[end + 1]) \
                and not doc[end - 1].whitespace_:
            end += 2
        else:
            break
    return end


@construction(
    "title-after-and-ends-name", KIND, "filter",
    "'and' then a title before a person's name ('... District of Utah and Trial Attorney Jo "
    "Roe') ends the name: a second noun phrase, no word of the body's",
    [Example("The case was prosecuted by the U.S. Attorneys Office for the District of Nevada "
             "and Trial Attorney Dana Roeper of the Tax Division.",
             has=orgs("U.S. Attorneys Office for the District of Nevada"),
             lacks=orgs("U.S. Attorneys Office for the District of Nevada and Trial"))],
    off=False)
def title_before_person(doc: Doc, i: int, limit: int) -> bool:
    """From i, capitalised title words up to a title head, then a proper name that is no
    organisation head: a title before a person ("Trial Attorney Jo Roe", "Special Agent
    in Charge ..."), not the next words of a name ("and Special Prosecutions Section")."""
    j = i
    while j < limit and j - i < 4 and is_title_word(doc[j]) and doc[j].text[:1].isupper():
        if doc[j].lower_ in TITLE_HEADS and j + 1 < limit and doc[j + 1].pos_ == "PROPN" \
                and doc[j + 1].text[:1].isupper() and doc[j + 1].lower_ not in ORG_HEADS \
                and not is_title_word(doc[j + 1]):
            return True
        j += 1
    return False


# Arabic articles that open a name word in lower case ("al-Sham", "el-Din").
ARTICLES_IN_NAMES = ("al", "el")


@construction(
    "article-led-word-in-name", KIND, "candidate",
    "a connector then a lower-case Arabic article hyphened to a capitalised word ('... of "
    "Iraq and al-Sham'): the name goes on over it",
    [Example("He tried to join the Islamic Front of Sinai and al-Hadar (IFSH), the complaint "
             "said. IFSH claimed the attack.",
             has=orgs("Islamic Front of Sinai and al-Hadar"),
             lacks=orgs("Islamic Front of Sinai"))],
    off=False)
def article_led_word(doc: Doc, i: int, limit: int) -> bool:
    """Tokens i..i+2 are "al", "-", a capitalised word, inside the name's bounds: one word of
    a name ("al-Sham"), though it opens in lower case."""
    return i + 2 < limit and doc[i].lower_ in ARTICLES_IN_NAMES and doc[i].is_lower \
        and doc[i + 1].text in ("-", "–") and not doc[i].whitespace_ \
        and not doc[i + 1].whitespace_ and doc[i + 2].text[:1].isupper()


@construction(
    "date-after-connector", KIND, "filter",
    "a date after 'on/for/of' ('Service on Aug. 7', 'Office for March') is no complement: "
    "the name ends before the connector",
    [Example("The U.S. Marshals Service on Aug. 7 arrested him in Tulsa.",
             has=orgs("U.S. Marshals Service"), lacks=orgs("U.S. Marshals Service on Aug.")),
     Example("The Federal District Court for the District of Utah on Feb. 3 set a trial date.",
             has=orgs("Federal District Court for the District of Utah"),
             lacks=orgs("Federal District Court for the District of Utah on Feb."))],
    off=False)
def date_after_connector(tok) -> bool:
    """The word after a connector opens a date: the tagger's date, a month or day name, or
    a month's abbreviation with its period ("Aug.", "Sept.")."""
    low = tok.lower_.rstrip(".")
    return tok.ent_type_ in ("DATE", "TIME") or low in DATE_WORDS or (
        low in MONTH_ABBREVIATIONS and (tok.text.endswith(".") or tok.i + 1 < len(tok.doc)
                                        and tok.doc[tok.i + 1].text == "."))


@construction(
    "complement-body-across-and", KIND, "candidate",
    "an of-complement naming a body whose own name spans 'and' ('Section of the Lands and "
    "Natural Resources Division'): the complement is that whole body",
    [Example("Trial Attorney Jane Roe of the Wildlife Crimes Section of the Lands and Natural "
             "Resources Division prosecuted the case.",
             has=orgs("Wildlife Crimes Section of the Lands and Natural Resources Division"),
             lacks=orgs("Wildlife Crimes Section of the Lands")),
     Example("Officials of the Department of Justice and Labor Department met today.",
             has=orgs("Department of Justice"),
             lacks=orgs("Department of Justice and Labor Department")),
     Example("Jane Roe of the U.S. Attorneys Office for the District of Utah and Tax Division "
             "trial attorney John Doe prosecuted the case.",
             has=orgs("U.S. Attorneys Office for the District of Utah", "Tax Division"))],
    off=None)
def complement_body_across_and(doc: Doc, head: int, k: int, nxt: int, limit: int) -> int | None:
    """At "and" (k), growing the name of the head at `head` right inside an of/for/on
    complement: when the next head's own name, grown left, takes in the word before "and"
    ("Lands and Natural Resources Division"), the complement names that body, and the name
    ends where that body's name ends; else None (two bodies)."""
    if not any(t.lower_ in COMPLEMENT_WORDS for t in doc[head + 1:k]) \
            or doc[k - 1].ent_type_ in ("GPE", "LOC"):
        return None  # "Office for the District of Utah and Tax Division": two bodies
    h = next((i for i in range(nxt, limit) if doc[i].lower_ in ORG_HEADS), None)
    if h is None or _start(doc, doc[h], doc[h].sent.start) >= k:
        return None
    return _end(doc, doc[h], limit)


@construction(
    "comma-list-in-name", KIND, "candidate",
    "a capitalised list 'A, B and C' inside a name after a connector",
    [Example("The Centre for Chemical, Biological and Nuclear Safety opened a new laboratory.",
             has=orgs("Centre for Chemical, Biological and Nuclear Safety"))],
    off=None)
def _list_continues(doc: Doc, k: int, limit: int) -> int | None:
    """After a comma at k inside a name: the end of a capitalised list "A, B and C" (as in
    "Centres of Excellence on Chemical, Biological, Radiological and Nuclear Risk"), or None."""
    if list_of_bodies(doc, k, limit) or place_before_comma(doc, k):
        return None
    j = k
    while j < limit and doc[j].text == ",":
        j += 1
        if j >= limit or not is_cap(doc[j]) or doc[j].lower_ in TITLE_HEADS:
            return None
        while j < limit and is_cap(doc[j]):
            j += 1
        if j < limit and doc[j].lower_ in LIST_JOINERS and j + 1 < limit \
                and is_cap(doc[j + 1]) and doc[j + 1].lower_ not in ORG_HEADS:
            j += 1
            while j < limit and is_cap(doc[j]):
                j += 1
            return j
    return None


@construction(
    "place-before-comma", KIND, "filter",
    "a comma after a place that ends a complement ('Services of Ohio, U.S. Customs ...') "
    "ends the name: the words after it are the next item of a list, not the name's fields",
    [Example("The partners are the Dayton Police Department, Youth and Family Services of "
             "Ohio, U.S. Immigration and Customs Enforcement, and the FBI.",
             has=orgs("Youth and Family Services of Ohio"),
             lacks=orgs("Youth and Family Services of Ohio, U.S. Immigration and Customs "
                        "Enforcement"))],
    off=False)
def place_before_comma(doc: Doc, k: int) -> bool:
    """The word before the comma at k is the end of a place the tagger names (a GPE or LOC
    entity): fields of a name are no places ("Bureau of Alcohol, Tobacco, Firearms ...")."""
    prev = doc[k - 1]
    return k >= 1 and prev.ent_type_ in ("GPE", "LOC") and (
        k == len(doc) or doc[k].ent_iob_ != "I")


@construction(
    "list-of-bodies", KIND, "filter",
    "a list whose items end in or hold their own head ('A LLC, B Inc. and C LLC'): one body each",
    [Example("The settlement resolves claims against Acme Home Care LLC, Best Home Health "
             "Services Inc. and Sunrise Day Care Center LLC.",
             has=orgs("Acme Home Care LLC", "Best Home Health Services Inc.",
                      "Sunrise Day Care Center LLC"),
             lacks=orgs("Best Home Health Services Inc. and Sunrise Day Care Center LLC")),
     Example("The briefing was given to the Department of State, National Security Council and "
             "Joint Chiefs of Staff.",
             has=orgs("Department of State", "National Security Council"),
             lacks=orgs("Department of State, National Security Council and Joint Chiefs of "
                        "Staff"))],
    off=False)
def list_of_bodies(doc: Doc, k: int, limit: int) -> bool:
    """At a separator k (a comma or "and") after a name: the word before it is an organisation
    head ("... Care LLC, ...", "... Services Inc. and ..."), or a list item after it that is
    not the last holds one ("State, National Security Council and ..."): the list names
    several bodies, not one body's field ("Bureau of Alcohol, Tobacco, Firearms and
    Explosives")."""
    if doc[k - 1].lower_ in ORG_HEADS:
        return True
    j = k
    while j < limit and doc[j].text == ",":
        j += 1
        item = j
        while j < limit and is_cap(doc[j]):
            j += 1
        if j < limit and (doc[j].text == "," or doc[j].lower_ in LIST_JOINERS) and \
                any(t.lower_ in ORG_HEADS for t in doc[item:j]):
            return True
    return False


@construction(
    "minister-office-name", KIND, "candidate",
    "'Office of the Hon. <name> MP': a minister's office named with the minister",
    [Example("Issued by the Office of the Hon. Jane Smith MP, Minister for Water.",
             has=orgs("Office of the Hon. Jane Smith MP"))],
    off=None)
def honoured_name_end(doc: Doc, i: int) -> int | None:
    """The end of "the Hon[.] <name> [MP]" at i, after "of" ("Press Office of the Hon. Scott
    Morrison MP": a minister's office is named by the minister)."""
    if i + 3 >= len(doc) or doc[i].lower_ != "of" or doc[i + 1].lower_ != "the":
        return None
    j = i + 2
    if doc[j].lower_.rstrip(".") not in MINISTER_HONORIFICS:
        return None
    j += 1
    if j < len(doc) and doc[j].text == ".":
        j += 1
    start = j
    while j < len(doc) and j - start < 4 and doc[j].pos_ == "PROPN" and doc[j].is_title \
            and doc[j].lower_ not in POST_NOMINALS:
        j += 1
    if j - start < 2:
        return None
    if j < len(doc) and doc[j].lower_ in POST_NOMINALS:
        j += 1
    return j


@construction(
    "serial-list-of-names", KIND, "filter",
    "'A B, C D, and E F': a serial-comma list of several-word names is several names",
    [Example("Harbor Development, Lakeside Development, and Crane Hospitality announced the "
             "project.",
             has=orgs("Crane Hospitality"),
             lacks=orgs("Harbor Development, Lakeside Development, and Crane Hospitality"))],
    off=False)
def serial_list_of_names(doc: Doc, comma: int, limit: int) -> bool:
    """At a comma before "and" (", and") or before a later list item, growing a name left:
    the items on both sides of the comma are runs of two or more capitalised words, so the
    list names several things ("Harbor Development, Lakeside Development, and ..."), not one
    body's fields ("Educational, Scientific, and Cultural Organization")."""
    if doc[comma].text != "," or comma + 1 >= len(doc):
        return False
    after = comma + 1
    if doc[after].lower_ in AND_WORDS:
        after += 1
    elif not any(t.text == "," and doc[t.i + 1].lower_ in AND_WORDS
                 for t in doc[after:min(len(doc) - 1, after + 8)]):
        return False
    i, j = comma, after
    while i > limit and is_cap(doc[i - 1]) and doc[i - 1].lower_ not in FUNCTION_WORDS:
        i -= 1
    while j < len(doc) and is_cap(doc[j]) and doc[j].lower_ not in FUNCTION_WORDS:
        j += 1
    return comma - i >= 2 and j - after >= 2


@construction(
    "post-before-field-list", KIND, "filter",
    "a title or a person's name before the comma of a field list ('Jo Roe, Chief, Energy, and "
    "Water Section') ends the list: the name starts after it",
    [Example("Comments may be sent to Jane R. Holloway, Chief, Transportation, Energy, and "
             "Agriculture Section, Antitrust Division.",
             has=orgs("Transportation, Energy, and Agriculture Section"),
             lacks=orgs("Jane R. Holloway, Chief, Transportation, Energy, and Agriculture "
                        "Section"))],
    off=False)
def post_before_field_list(doc: Doc, comma: int) -> bool:
    """At a comma growing a field list left ("Energy, and Agriculture Section"): the word
    before it is a title ("Chief") or a word of a person's name, which a name's field list
    never holds: "Jo Roe, Chief, <Unit>" is a person, a post and a unit."""
    prev = doc[comma - 1]
    return prev.lower_ in TITLE_HEADS or prev.ent_type_ == "PERSON"


@construction(
    "unit-qualifier-after-head", KIND, "candidate",
    "'<body> Sector/District/Station <place>': a named sub-unit of the body",
    [Example("The case was investigated by Coast Guard Sector Mobile and the FBI.",
             has=orgs("Coast Guard Sector Mobile"), lacks=orgs("Coast Guard")),
     Example("The Coast Guard District Commander said the port was closed.",
             lacks=orgs("Coast Guard District Commander"))],
    off=False)
def unit_qualifier(doc: Doc, i: int, limit: int) -> bool:
    """At i, right after an organisation head: a capitalised unit word and then a capitalised
    place or ordinal ("Guard Sector Mobile", "Guard District 7"): the name goes on."""
    t = doc[i]
    return t.lower_ in UNIT_QUALIFIERS and t.text[:1].isupper() and doc[i - 1].lower_ in \
        ORG_HEADS and i + 1 < limit and (is_cap(doc[i + 1]) or doc[i + 1].like_num) \
        and not _name_starts(doc[i + 1]) and doc[i + 1].lower_ not in TITLE_HEADS


@construction(
    "ordinal-in-complement", KIND, "candidate",
    "an ordinal then a capitalised word after of/for/on ('Commission on 21st Century Skills') "
    "goes on the name",
    [Example("The Commission on 21st Century Farming will report in June.",
             has=orgs("Commission on 21st Century Farming"))],
    off=False)
def ordinal_in_complement(doc: Doc, i: int, limit: int) -> bool:
    """At the connector i ("of", "for", "on"): a numeric ordinal and a capitalised word after
    it ("on 21st Century Policing") continue the name as a capitalised word would."""
    j = i + 1
    return doc[i].lower_ in ("of", "for", "on") and j + 1 < limit \
        and re.fullmatch(r"\d+(st|nd|rd|th)", doc[j].lower_) is not None and is_cap(doc[j + 1])


@construction(
    "numbered-unit-before-title", KIND, "candidate",
    "'<Ordinal> <body> District' before a closing title word: the numbered unit is the body, "
    "the title word the post",
    [Example("The port is safe, said Rear Admiral Jane Doe, Ninth Coast Guard District "
             "Commander.", has=orgs("Ninth Coast Guard District"),
             lacks=orgs("Ninth Coast Guard"))],
    off=False)
def numbered_unit_before_title(doc: Doc, head: int, i: int, limit: int) -> bool:
    """At i, right after the head at `head`: a capitalised unit word ("District", "Sector")
    that a title word closes ("... District Commander"), in a name that an ordinal opens
    ("Eighth Coast Guard"): the unit is numbered, so it is a named unit of the body."""
    t = doc[i]
    if t.lower_ not in UNIT_QUALIFIERS or not t.text[:1].isupper() or i != head + 1 \
            or i + 1 >= limit or not closing_title(doc, head, i + 1, limit):
        return False
    k = head - 1
    while k >= 0 and k >= head - 3 and is_cap(doc[k]) and not (doc[k].like_num
                                                              and doc[k].is_alpha):
        k -= 1
    return k >= 0 and k >= head - 3 and doc[k].like_num and doc[k].is_alpha \
        and doc[k].text[:1].isupper()


def _name_starts(tok) -> bool:
    """A person's full name starts here ("... Division Tony West")."""
    if tok.ent_iob_ != "B" or tok.ent_type_ != "PERSON":
        return False
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I"


def _title_before_name(doc: Doc, i: int) -> bool:
    """ "Attorney" in "... Division Attorney John Smith": a title, then a name."""
    return doc[i].lower_ in TITLE_HEADS and i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" \
        and doc[i + 1].lower_ not in ORG_HEADS


def _org_head_ahead(doc: Doc, i: int, limit: int) -> bool:
    """A capitalised run from i holds its own organisation head ("and Labor Department").
    "Services" after a word is the field of the body before ("Department of Health and Human
    Services"), not a second body."""
    first = i
    while i < limit and is_cap(doc[i]):
        if doc[i].lower_ == "services" and i > first:
            return False
        if doc[i].lower_ in ORG_HEADS:
            return not members_of_head(doc, i, limit)
        i += 1
    return False


@construction(
    "head-modifies-members", KIND, "candidate",
    "a head noun before a plural of people ('Family Court Judges') names the members, not a "
    "second body: 'Council of Juvenile and Family Court Judges' is one name",
    [Example("The National Council of Youth and Family Court Judges will receive $900,000.",
             has=orgs("National Council of Youth and Family Court Judges"),
             lacks=orgs("National Council of Youth"))],
    off=False)
def _members_in_complement(doc: Doc, head: int, end: int, limit: int) -> bool:
    """At `end`, right after a head inside the of-complement of the name's head ("Council of
    ... Family Court" + "Judges"): the plural of people goes on the name."""
    return doc[end - 1].lower_ in ORG_HEADS and end - 1 > head \
        and any(t.lower_ in COMPLEMENT_WORDS for t in doc[head + 1:end - 1]) \
        and members_of_head(doc, end - 1, limit)


def members_of_head(doc: Doc, i: int, limit: int) -> bool:
    """The capitalised run after the head at i ends in a plural of people ("Court Judges",
    "Police Chiefs"): the head modifies the members a body gathers, so no body starts there."""
    j = i + 1
    while j < limit and is_cap(doc[j]) and doc[j].lower_ not in ORG_HEADS:
        j += 1
    last = doc[j - 1].lower_
    return j > i + 1 and last.endswith("s") and (last in GROUP_HEADS or last[:-1] in TITLE_HEADS)


@construction(
    "closing-title-word", KIND, "filter",
    "a title word that closes a name grown from its head ('<body> District Commander') "
    "names a post, not the body",
    [Example("The port is safe, said Rear Admiral Jane Doe, Coast Guard Fifth District "
             "Commander.", lacks=orgs("Coast Guard Fifth District Commander")),
     Example("The appeal went to the Office of the Chief Hearing Officer.",
             has=orgs("Office of the Chief Hearing Officer"))],
    off=False)
def closing_title(doc: Doc, head: int, i: int, limit: int) -> bool:
    """At i, growing the name of the head at `head` right over capitalised words: a title word
    ("Commander", "Director") that ends the capitalised run, with no "of/for" since the head,
    is the post of someone named beside it ("Rear Admiral X, Coast Guard Seventh District
    Commander"). After a connector it belongs to the name ("Office of the Chief Counsel")."""
    t = doc[i]
    if t.lower_ not in TITLE_HEADS or t.lower_ in ORG_HEADS or not t.text[:1].isupper():
        return False
    nxt = doc[i + 1] if i + 1 < limit else None
    if nxt is not None and (is_cap(nxt) or nxt.text in POSSESSIVE_MARKS or nxt.text in ("-", "–")
                            or nxt.like_num):
        return False
    return not any(x.lower_ in NAME_CONNECTORS for x in doc[head:i])


# Compass and court-district adjectives before "District" in a judicial district's name.
DISTRICT_SIDES = {"northern", "southern", "eastern", "western", "middle", "central"}


@construction(
    "judicial-district-qualifier", KIND, "candidate",
    "'<office or court> in the / , [Northern] District of <place>': the district is part of "
    "the office's name",
    [Example("The case was prosecuted by John Roe of the U.S. Attorney's Office in the District "
             "of Maine.", has=orgs("U.S. Attorney's Office in the District of Maine")),
     Example("He served as a Special Assistant United States Attorney in the U.S. Attorney's "
             "Office, Southern District of Ohio.",
             has=orgs("U.S. Attorney's Office, Southern District of Ohio")),
     Example("He pleaded guilty in U.S. District Court in the Eastern District of Virginia.",
             has=orgs("U.S. District Court in the Eastern District of Virginia")),
     Example("The petition was filed with the U.S. Tax Court in the District of Columbia.",
             lacks=orgs("U.S. Tax Court in the District of Columbia")),
     Example("Agents of the FBI office in the District of Columbia made the arrest.",
             lacks=orgs("FBI office in the District of Columbia"))],
    off=None)
def district_qualifier(doc: Doc, i: int, limit: int) -> int | None:
    """At i, right after an office or court head: "in the [Northern] District of <Place>" or
    ", [Northern] District of <Place>" names the judicial district the office serves (as "for
    the District of" does); the end of the place, or None."""
    head = doc[i - 1] if i >= 1 else None
    if head is None or not head.text[:1].isupper() or not (
            head.lower_ in ("office", "offices") or head.lower_ == "court" and i >= 2
            and doc[i - 2].lower_ in ("district", "bankruptcy")):
        return None  # "the Tax Court in the District of Columbia": a place, not its district
    j = i
    if doc[j].lower_ == "in" and j + 1 < limit and doc[j + 1].lower_ == "the":
        j += 2
    elif doc[j].text == ",":
        j += 1
    else:
        return None
    while j < limit and doc[j].lower_ in DISTRICT_SIDES and doc[j].text[:1].isupper():
        j += 1
    if j + 2 >= limit or doc[j].text != "District" or doc[j + 1].lower_ != "of":
        return None
    j += 2
    place = j
    while j < limit and is_cap(doc[j]) and doc[j].lower_ not in ORG_HEADS:
        j += 1
    return j if j > place else None
