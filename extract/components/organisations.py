"""Organisations: whole names, acronym definitions, and every form of one body merged.

Candidates are capitalised phrases built around an organisation head noun ("Ministry",
"Secretariat", "Institute" ... `lexicon.ORG_HEADS`) with their "of/for/on" complements and
comma lists, spaCy's ORG entities (cleaned: cut at line breaks and at "and the"; dropped where
they hold a verb, an address, a contact line, a portfolio after a title, a person's name or a
shouted header), and acronyms that a definition introduces. In a title-case headline only
forms that the body confirms count. "Full Name (ACR)" and "ACR (Full Name)" link an acronym to
its body. Forms of one body (the acronym, the full name, "Justice Department" / "Department of
Justice", "U.S. Department of X" / "Department of X", a lost possessive "Divisions", an
undefined acronym that spells the initials of a named body) are merged into one record whose
canonical name is the fullest form; a named unit of another named body keeps a `parent_id`.
Results: `doc.spans["organisations"]` (label = organisation id) and `doc._.organisations`.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.cues import is_acronym as _is_acronym
from extract.lexicon import (
    GROUP_HEADS,
    HONORIFICS,
    NON_ORG_HEADS,
    ORG_HEADS,
    PERSON_PARTICLES,
    POST_NOMINALS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from extract.spans import age_follows, span_mention, title_case_lines, trim

if not Doc.has_extension("organisations"):
    Doc.set_extension("organisations", default=None)

CONNECTORS = {"of", "for", "on", "and", "&"}
# Lowercase words that occur inside organisation names.
NAME_PARTICLES = {"of", "for", "on", "and", "the", "in", "de", "du", "des", "la", "le", "von",
                  "van", "der", "y", "e", "di", "da", "del", "at", "to", "und", "et"}
IN_NAME_WORDS = NAME_PARTICLES | PERSON_PARTICLES  # lower-case words a name may hold
HEAD_RUN = ORG_HEADS | {"system"}  # capitalised words that may follow a head in a name
FUNCTION_WORDS = {"of", "for", "on", "and", "the", "&", "in", "to", "at"}
# Heads that alone, or with these modifiers only, name no particular body ("the Task Force").
GENERIC_MODIFIERS = {"task", "executive", "steering", "advisory", "review", "working", "special",
                     "select", "standing", "new", "main", "joint", "interagency", "project",
                     "strategic"}
ADDRESS_WORDS = {"st", "st.", "ave", "ave.", "avenue", "street", "road", "rd", "rd.", "blvd",
                 "boulevard", "suite", "floor", "lane", "drive", "square", "plaza", "n.w.",
                 "s.w.", "n.e.", "s.e.", "p.o."}
# Abbreviated states, territories and countries that taggers call ORG ("Varsity Lakes, QLD").
PLACE_ACRONYMS = {"NSW", "QLD", "VIC", "TAS", "NT", "ACT", "WA", "US", "USA", "UK", "UAE"}
CONTACT_WORDS = {"contact", "contacts", "enquiries", "inquiries", "email", "tel", "phone",
                 "pdf", "kb", "mb", "www", "http", "https", "download"}
DATE_WORDS = {"today", "yesterday", "tomorrow", "tonight", "january", "february", "march",
              "april", "june", "july", "august", "september", "october", "november",
              "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
              "sunday"}
# Two words glued by a lost line break: a heading's last word and "The" of the next line.
_GLUED = re.compile(r"^[A-Za-z]*[a-z](?:The|This|These|In|On|At|For)$")
_CODE = re.compile(r"^[A-Za-z]+-?\d+$")  # COVID-19, GLP-1: names of things, not bodies
# Lower-case nouns that a body's name may modify without the phrase being a body: "the USDA
# Farm Loan program", "the Boe and Kainaki declarations".
MODIFIED_THINGS = NON_ORG_HEADS | {
    "program", "programme", "programs", "programmes", "scheme", "grant", "grants", "solicitation",
    "tool", "app", "website", "chapter", "declarations", "agreements", "reports", "plans", "acts"}
# Bodies whose head noun alone, capitalised, names the one body of the text's polity.
LEGISLATURES = {"parliament", "congress", "senate"}


@Language.factory("news_organisations", default_config={"use_entities": True})
def make_organisations(nlp: Language, name: str, use_entities: bool):
    return OrganisationsComponent(use_entities)


def _is_cap(tok) -> bool:
    return tok.text[:1].isupper() or (tok.text[:1].isdigit() and tok.pos_ == "PROPN")


def norm(text: str) -> str:
    """Comparison form: case, a leading article, possessive 's and punctuation aside."""
    text = re.sub(r"(?<=\w)['’]s\b", "", text)
    words = re.sub(r"[^\w&]+", " ", text.casefold()).split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


def _initials(text: str, skip_function_words: bool = False) -> str:
    letters = []
    for word in re.split(r"[\s\-]+", text):
        if skip_function_words and word.lower() in FUNCTION_WORDS:
            continue
        parts = [p for p in word.split(".") if p] if "." in word else [word]
        letters.extend(p[0].upper() for p in parts if p and p[0].isalpha())
    return "".join(letters)


def acronym_fits(acronym: str, name: str) -> bool:
    """True where most of the acronym's letters are initials of the name's words, in any
    order ("FPI EC" for "European Commission Service for Foreign Policy Instruments")."""
    # A mixed-case acronym ("ACTeams", "CoE") spells with its capitals only.
    mixed = any(c.islower() for c in acronym)
    letters = [c for c in (acronym if mixed else acronym.upper()) if c.isupper()]
    pool = list(_initials(name))
    hits = 0
    for c in letters:
        if c in pool:
            pool.remove(c)
            hits += 1
    return bool(letters) and hits / len(letters) >= 0.75 and len(name.split()) >= 2


class OrganisationsComponent:
    def __init__(self, use_entities: bool):
        self.use_entities = use_entities

    def __call__(self, doc: Doc) -> Doc:
        candidates = _phrases(doc)
        if self.use_entities:
            # Words of people's names, also of names the tagger calls ORG but an age follows
            # ("Wilfredo Blanco-Diaz, 40,"), so that a later "Blanco-Diaz" is no body either.
            person_words = {t.lower_ for e in doc.ents if e.label_ == "PERSON" or e.label_ ==
                            "ORG" and age_follows(doc, e.end) for t in e if not t.is_punct}
            for ent in doc.ents:
                if ent.label_ == "ORG":
                    candidates += _clean_entity(ent, person_words)
                elif ent.label_ == "PERSON" and _after_title_of(ent):
                    # "CEO of BioMed X": a name the tagger took for a person's
                    candidates += _clean_entity(ent, set(), named_body=True)
        candidates += _employers(doc)  # "Head of Care at Diabetes UK"
        candidates += _described_bodies(doc)  # "Coursera, the online learning platform"
        shared = _distributed_heads(doc)  # "the Departments of Justice, Homeland Security ..."
        if shared:
            covered = {i for start, end, _, _ in shared for i in range(start - 2, end)}
            candidates = [c for c in candidates if not covered & set(range(c.start, c.end))]
            candidates += [doc[start:end] for start, end, _, _ in shared]
        names = {(start, end): name for start, end, name, _ in shared}
        headline = title_case_lines(doc)
        if headline:
            confirmed = {norm(c.text) for c in candidates if c.start not in headline}
            candidates = [c for c in candidates if c.start not in headline
                          or norm(c.text) in confirmed or _is_acronym(c.text)
                          or c[-1].lower_ in POST_NOMINALS]  # a minister's office line
        candidates += _parties(doc)  # "Deputy Leader of the Nationals", headers too
        things = _thing_acronyms(doc)  # "Digital Economy Agreement (DEA)"
        candidates = [c for c in candidates if norm(c.text) not in things]
        definitions = _definitions(doc, candidates)
        # Acronyms defined, acting, or named as a body anywhere: every use is a mention.
        named = {norm(c.text) for c in candidates if len(c) == 1 and _is_acronym(c.text)
                 and c.text.isupper() and c[0].lower_ not in ORG_HEADS}  # not "McNeil", "LLC"
        defined = ({norm(acr.text) for acr, _ in definitions} | _acting_acronyms(doc)
                   | named) - things
        candidates += [acr for acr, _ in definitions]
        # Acronyms used again after (or before) their definition.
        for tok in doc:
            if _is_acronym(tok.text) and norm(tok.text) in defined:
                candidates.append(doc[tok.i: tok.i + 1])
        spans = _longest_first(candidates)
        names.update({(s.start, s.end): s.text[:-1] for s in spans if _lost_possessive(s)})
        # "Criminal Divisions Fraud Section": the unit keeps its name as written; its owner,
        # named inside it, is a body too and the unit's parent.
        owners = {(s.start, s.end): owner for s in spans if (owner := _possessive_owner(s))}
        names.update({(o.start, o.end): o.text[:-1] for o in owners.values()})
        nested = {(o.start, o.end) for o in owners.values()}
        records = _cluster(spans + list(owners.values()), definitions, names,
                           {unit: (o.start, o.end) for unit, o in owners.items()})
        doc.spans["organisations"] = [Span(doc, s.start, s.end, label=oid)
                                      for oid, rec in records.items() for s in rec["_spans"]
                                      if (s.start, s.end) not in nested]
        for rec in records.values():
            rec.pop("_spans")
        doc._.organisations = list(records.values())
        return doc


def _thing_acronyms(doc: Doc) -> set[str]:
    """Acronyms a text defines for a document, law or event ("the Trafficking Victims
    Protection Act (TVPA)"): whatever the tagger says, they name no body."""
    out = set()
    for tok in doc[1:-2]:
        prev, acr, close = doc[tok.i - 1], doc[tok.i + 1], doc[tok.i + 2]
        if tok.text == "(" and close.text == ")" and _is_acronym(acr.text) \
                and prev.text[:1].isupper() and prev.lower_ in NON_ORG_HEADS:
            start = prev.i
            while start > prev.sent.start and _is_cap(doc[start - 1]):
                start -= 1
            if acronym_fits(acr.text, doc[start:prev.i + 1].text):
                out.add(norm(acr.text))
    return out


def _acting_acronyms(doc: Doc) -> set[str]:
    """Capitalised acronyms that act as subjects ("OYO plans to ...", "FBI agents said"):
    bodies even where the text never spells them out. Places and people are not."""
    out = set()
    headline = None
    for tok in doc:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.is_upper and _is_acronym(tok.text) \
                and len(tok.text) <= 6 and tok.ent_type_ not in ("GPE", "LOC", "NORP", "PERSON") \
                and tok.i > 0 and "\n" not in doc[tok.i - 1].text_with_ws:  # not a dateline
            headline = title_case_lines(doc) if headline is None else headline
            if tok.i not in headline:
                out.add(norm(tok.text))
    return out


def _list_continues(doc: Doc, k: int, limit: int) -> int | None:
    """After a comma at k inside a name: the end of a capitalised list "A, B and C" (as in
    "Centres of Excellence on Chemical, Biological, Radiological and Nuclear Risk"), or None."""
    j = k
    while j < limit and doc[j].text == ",":
        j += 1
        if j >= limit or not _is_cap(doc[j]) or doc[j].lower_ in TITLE_HEADS:
            return None
        while j < limit and _is_cap(doc[j]):
            j += 1
        if j < limit and doc[j].lower_ in ("and", "&", "or") and j + 1 < limit \
                and _is_cap(doc[j + 1]) and doc[j + 1].lower_ not in ORG_HEADS:
            j += 1
            while j < limit and _is_cap(doc[j]):
                j += 1
            return j
    return None


def _phrases(doc: Doc) -> list[Span]:
    """Capitalised phrases around an organisation head noun, with their complements."""
    out = []
    for tok in doc:
        if tok.lower_ not in ORG_HEADS or not _is_cap(tok):
            continue
        sent = tok.sent
        start = tok.i
        saw_and = False
        while start > sent.start:
            prev = doc[start - 1]
            if prev.lower_.rstrip("s") in DATE_WORDS or _GLUED.match(prev.text):
                break  # "Todays Department of Justice", "ActionsThe Federal Open Market ..."
            if prev.text == "," and saw_and and start - 2 >= sent.start and \
                    _is_cap(doc[start - 2]) and doc[start - 2].lower_ not in ORG_HEADS:
                start -= 1  # "Educational, Scientific and Cultural Organization"
                continue
            if _is_cap(prev) and prev.lower_ not in GROUP_HEADS and prev.ent_type_ != "DATE" \
                    and not (prev.is_upper and prev.is_alpha and prev.ent_type_ == "GPE"
                             and len(prev) > 3) \
                    and prev.lower_.rstrip(".") \
                    not in HONORIFICS and not (prev.is_sent_start and prev.pos_ in ("ADP", "DET")):
                start -= 1
            elif prev.text in ("'s", "’s", "&") and start - 2 >= sent.start \
                    and _is_cap(doc[start - 2]):
                start -= 1
            elif prev.lower_ in PERSON_PARTICLES and start - 2 >= sent.start \
                    and _is_cap(doc[start - 2]) and doc[start - 2].pos_ == "PROPN":
                start -= 1  # "Mohammed bin Rashid Al Maktoum Knowledge Foundation"
            elif prev.text in ("-", "–") and not prev.whitespace_ and start - 2 >= sent.start \
                    and not doc[start - 2].whitespace_ and _is_cap(doc[start - 2]):
                start -= 1  # "IRS-CI Los Angeles Field Office"
            elif prev.lower_ == "and" and start - 2 >= sent.start and doc[start].lower_ not in \
                    ORG_HEADS and (_is_cap(doc[start - 2]) or doc[start - 2].text == ","
                                   and start - 3 >= sent.start and _is_cap(doc[start - 3])
                                   and doc[start - 4].lower_ not in FUNCTION_WORDS) \
                    and not _is_acronym(doc[start - 2].text) \
                    and not (start - 3 >= sent.start and doc[start - 3].lower_ in CONNECTORS):
                # but "the FBI and U.S. Citizenship ...", "Department of Justice and Labor
                # Department": the word before "and" belongs to another body
                start -= 1  # "Crime and Justice Research Institute", "Scientific, and Cultural"
                saw_and = True
            else:
                break
        end = tok.i + 1
        while end < sent.end:
            t = doc[end]
            person_end = _honoured_name_end(doc, end)
            if person_end:
                end = person_end  # "Office of the Hon Karen Andrews MP"
                break
            if t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT") or t.lower_ in DATE_WORDS:
                break  # "Department of Labor March 2010"
            if _is_cap(t) and (t.lower_ in HEAD_RUN or t.like_num
                               or doc[end - 1].lower_ not in ORG_HEADS
                               and not _name_starts(t) and not _title_before_name(doc, end)):
                # After a head only another head ("Service Group") or a number ("Motel 6")
                # continues the name: "Civil Division Tony West" is a body and a person.
                end += 1
            elif t.text == ",":
                stop = _list_continues(doc, end, sent.end)
                if stop is None:
                    break
                end = stop
            elif t.lower_ in CONNECTORS and end + 1 < sent.end:
                nxt = end + 1
                if doc[nxt].lower_ == "the" and t.lower_ != "and" and nxt + 1 < sent.end:
                    nxt += 1
                nt = doc[nxt]
                if not (_is_cap(nt) and nt.pos_ in ("PROPN", "NOUN", "ADJ", "NUM")):
                    break
                if t.lower_ in ("and", "&") and (
                        nt.lower_ in ORG_HEADS | TITLE_HEADS or _is_acronym(nt.text)
                        or doc[end - 1].lower_ in ORG_HEADS
                        or _org_head_ahead(doc, nxt, sent.end)):
                    break  # "Department of Justice and USDA", "Committee and X": two bodies
                end = nxt + 1
            elif t.text in ("-", "–") and end + 1 < sent.end and _is_cap(doc[end + 1]) \
                    and not doc[end - 1].whitespace_:
                end += 2
            else:
                break
        span = trim(doc[start:end])
        if len(span) and _plausible(span, set()):
            out.append(span)
    return [s for s in (_drop_generic_head(s) for s in out) if s is not None]


def _honoured_name_end(doc: Doc, i: int) -> int | None:
    """The end of "the Hon[.] <name> [MP]" at i, after "of" ("Press Office of the Hon. Scott
    Morrison MP": a minister's office is named by the minister)."""
    if i + 3 >= len(doc) or doc[i].lower_ != "of" or doc[i + 1].lower_ != "the":
        return None
    j = i + 2
    if doc[j].lower_.rstrip(".") not in ("hon", "honourable", "honorable"):
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
    while i < limit and _is_cap(doc[i]):
        if doc[i].lower_ == "services" and i > first:
            return False
        if doc[i].lower_ in ORG_HEADS:
            return True
        i += 1
    return False


def _definitions(doc: Doc, candidates: list[Span]) -> list[tuple[Span, Span]]:
    """(acronym, full name) pairs from "Full Name (ACR)" and "ACR (Full Name)"."""
    ends: dict[int, Span] = {}
    for c in candidates:
        if ends.get(c.end) is None or len(c) > len(ends[c.end]):
            ends[c.end] = c
    pairs = []
    for end, full in ends.items():
        # "Anti-Trafficking Coordination Teams, known as ACTeams"
        k = end + (end < len(doc) and doc[end].text in (",", "("))
        words = [t.lower_ for t in doc[k:k + 3]]
        skip = 3 if words[:3] == ["also", "known", "as"] else 2 if words[:2] == ["known", "as"] \
            else 0
        if skip and k + skip < len(doc) and _is_acronym(doc[k + skip].text) and \
                acronym_fits(doc[k + skip].text, full.text):
            pairs.append((doc[k + skip:k + skip + 1], full))
    for tok in doc:
        if tok.text != "(":
            continue
        close = next((t.i for t in doc[tok.i + 1: tok.i + 6] if t.text == ")"), None)
        if close is None or close == tok.i + 1:
            continue
        inner = doc[tok.i + 1: close]
        full = ends.get(tok.i)
        if full is not None and len(inner) <= 3 and all(
            _is_acronym(t.text) or t.text in ("-", "&") for t in inner
        ) and acronym_fits(inner.text, full.text):
            pairs.append((inner, full))
            continue
        # ACR (Full Name)
        if tok.i > 0 and _is_acronym(doc[tok.i - 1].text):
            inside = next((c for c in candidates if tok.i + 1 <= c.start <= tok.i + 2
                           and c.end <= close), None)
            if inside is not None and acronym_fits(doc[tok.i - 1].text, inside.text):
                pairs.append((doc[tok.i - 1: tok.i], inside))
    return pairs


def _clean_entity(ent: Span, person_words: set[str], named_body: bool = False) -> list[Span]:
    """spaCy's ORG entity as zero or more clean organisation names."""
    doc = ent.doc
    if _modifies_thing(ent):
        # "USDA Farm Loan program": a named thing of a body; the leading acronym is the body.
        if len(ent) > 1 and _is_acronym(ent[0].text) and not ent[0].ent_type_ == "GPE":
            return [ent[:1]]
        return []
    if len(ent) > 2 and _is_acronym(ent[0].text) and ent[0].is_alpha and len(ent[0]) >= 3 \
            and ent[0].is_upper and not any(t.lower_ in ORG_HEADS or t.lower_[:-1] in ORG_HEADS
                                            or t.ent_type_ == "GPE" for t in ent[1:]) \
            and ent[1].is_alpha and ent[-1].text.endswith("s") \
            and not ent[-1].text.endswith("ss") and not _is_acronym(ent[-1].text):
        # "NHS Health Checks": a plural service of the NHS, not a body (but "IRS Criminal
        # Investigation" and "IRS-CI" are units)
        ent = ent[:1]
    if _quoted(ent) and not any(t.lower_ in ORG_HEADS for t in ent):
        return []  # "under the theme 'Future Skills and AI Economy'": a quoted phrase
    # Cut at line breaks and at "and the" / ", and": each part is judged alone.
    parts, start = [], ent.start
    for i in range(ent.start, ent.end + 1):
        if i < ent.end and _GLUED.match(doc[i].text):  # "Reserve ActionsThe Federal Open ..."
            if i > start:
                parts.append(doc[start:i])
            start = i + 1
            continue
        if i == ent.end or "\n" in doc[i].text or doc[i].lower_ == "and" and (
                i + 1 < ent.end and doc[i + 1].lower_ == "the"
                or any(t.lower_ in ORG_HEADS for t in doc[start:i])):
            if i > start:
                parts.append(doc[start:i])
            start = i + 1
    out = []
    for part in parts:
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
        if span.text.endswith(("'s", "’s")) or (len(span) > 1 and span[-1].text in ("'s", "’s")):
            span = span[:-1]
        if len(span) and _plausible(span, person_words, named_body):
            span = _drop_generic_head(span)
            if span is not None:
                out.append(span)
    return out


# Heads whose "of" complement is a field, not a group of people: "Department of Justice",
# "Office of Inspector General" (but "Board of Directors", "Council of Governors").
FIELD_HEADS = {"department", "ministry", "office", "bureau", "agency", "administration",
               "secretariat", "directorate"}


def _apostrophe_lost(tok, before: Span) -> bool:
    """`tok` ("Justices", "Generals", "Divisions") is a possessive whose apostrophe a scrape
    deleted, given the name words `before` it: an organisation head read as a plural, unless
    its plural is a name word itself ("Services") or the words list bodies ("Civil and
    Criminal Divisions"); or a title word completing "Department/Office of ..."."""
    if not tok.is_alpha or not tok.text.endswith("s") or tok.text.endswith("ss") \
            or not len(before):
        return False
    stem = tok.text[:-1].lower()
    if stem in ORG_HEADS:
        return tok.lower_ not in ORG_HEADS and not any(
            t.lower_ in ("and", "&", ",") for t in before)
    doc = tok.doc
    return stem in TITLE_HEADS and any(
        t.lower_ in FIELD_HEADS and t.i + 1 < tok.i and doc[t.i + 1].lower_ == "of"
        for t in before)


def _lost_possessive(span: Span) -> bool:
    """ "the Department of Justices rulemaking", "the Antitrust Divisions ongoing
    investigation": the name ends in a lost possessive before a lower-case noun phrase. Real
    plural names ("Board of Immigration Appeals") end in other words."""
    if span.end >= len(span.doc) or not _apostrophe_lost(span[-1], span[:-1]):
        return False
    nxt = span.doc[span.end]
    return nxt.is_lower and nxt.is_alpha and (nxt.pos_ in ("NOUN", "ADJ")
                                              or nxt.tag_ == "VBG")


def _possessive_owner(span: Span) -> Span | None:
    """ "Department of Justices Antitrust Division", "Criminal Divisions Fraud Section": the
    owner named, with a lost possessive, inside a unit's name ("Attorneys General" is no
    possessive)."""
    doc = span.doc
    for tok in span[1:-1]:
        nxt = doc[tok.i + 1]
        if _is_cap(nxt) and nxt.lower_ != "general" \
                and _apostrophe_lost(tok, doc[span.start:tok.i]):
            return doc[span.start:tok.i + 1]
    return None


def _quoted(span: Span) -> bool:
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


def _modifies_thing(span: Span) -> bool:
    """The phrase modifies a lower-case document or programme noun outside it ("the Boe and
    Kainaki declarations", "USDA Farm Loan program debt")."""
    root = span.root
    head = root.head
    if root.dep_ == "conj" and head.i < span.start:
        return False
    while head is not root and head.dep_ in ("compound", "nmod", "amod") and \
            span.start <= head.i < span.end:
        root, head = head, head.head
    if head.i < span.end or root.dep_ not in ("compound", "nmod", "amod"):
        return False
    nxt = span.doc[span.end]  # "Farm Loan program debt": the parse may hang both on "debt"
    return any(t.is_lower and t.lower_ in MODIFIED_THINGS for t in (head, nxt))


# Heads that also name meetings: numbered ("the 9th ... Forum", "the annual ... Conference")
# or spoken at ("Speaking at the ... Forum"), the phrase is one edition of an event.
EVENT_HEADS = {"congress", "forum", "summit", "conference", "convention", "assembly"}
EDITION_WORDS = {"annual", "inaugural", "biennial", "first", "second", "third", "fourth",
                 "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "next"}
EVENT_VERBS = {"speak", "address", "attend", "participate", "host", "convene", "hold",
               "open", "close", "organise", "organize"}


def _event_edition(span: Span) -> bool:
    """An edition word or ordinal just before the phrase ("the 3rd ... Congress"), or a verb
    of speaking at or hosting it ("Speaking at the ... Forum today")."""
    doc = span.doc
    before = [t for t in doc[max(0, span.start - 3):span.start] if t.lower_ not in ("the", "at")]
    if before and before[-1].lemma_.lower() in EVENT_VERBS and before[-1].pos_ == "VERB":
        return True
    for tok in doc[max(0, span.start - 3):span.start]:
        if tok.lower_ in EDITION_WORDS or re.fullmatch(r"\d+(st|nd|rd|th)", tok.lower_):
            return all(t.text[:1].isupper() for t in doc[tok.i + 1:span.start])
    return False


def _plausible(span: Span, person_words: set[str], named_body: bool = False) -> bool:
    doc = span.doc
    words = [t for t in span if not t.is_punct]
    if not words or not any(t.text[:1].isupper() for t in span):
        return False
    lowers = {t.lower_ for t in span}
    has_head = bool(lowers & ORG_HEADS)
    acronym = len(span) == 1 and _is_acronym(span.text)
    last = span[-1].lower_
    headed_before = any(t.lower_ in ORG_HEADS for t in span[:-1])  # "Office for ... Review"
    governs = last == "government" and span[-1].text[0] == "G" and len(words) >= 2 and \
        _is_cap(span[-2]) and span[-2].lower_ not in FUNCTION_WORDS  # "Australian Government"
    if not headed_before and (last in NON_ORG_HEADS | GROUP_HEADS | {"release", "releases"}
                              or last == "government" and not governs
                              or last.endswith("s") and last[:-1] in NON_ORG_HEADS) \
            or span[0].lower_ in GROUP_HEADS:
        return False
    if not has_head and (span[0].lower_ in TITLE_HEADS or "," in span.text):
        return False  # "General Petraeus", "Madison, Wisc"
    if any("/" in t.text for t in span):
        return False  # "Department of Justice/USDA": two bodies glued by a slash
    if acronym and span.text.replace(".", "") in PLACE_ACRONYMS:
        return False  # "Varsity Lakes, QLD": a state
    if last in EVENT_HEADS and len(words) >= 2 and _event_edition(span):
        return False  # "the 3rd UNESCO World OER Congress": one edition of an event, spoken at
    if lowers & (ADDRESS_WORDS | CONTACT_WORDS) or len(span) == 1 and \
            span[0].lower_.rstrip(".") in HONORIFICS:
        return False
    if any(t.is_lower and t.is_alpha and t.lower_ not in IN_NAME_WORDS for t in span):
        return False  # "Rakesh Prusti as Group CFO": names hold no such lowercase words
    if span[-1].lower_ in TITLE_HEADS - ORG_HEADS and not has_head:
        return False  # "Global Procurement Head": a title
    if len(span) == 1 and span[0].is_upper and (span[0].i == 0 or "\n" in doc[span[0].i - 1].text):
        return False  # a dateline ("WASHINGTON The Department ...")
    if any(t.pos_ == "VERB" and t.tag_ != "VBN" and t.lower_ not in ORG_HEADS for t in span):
        return False  # a headline fragment ("Justice Department Set Dates"); "United" is fine
    if any(_CODE.match(t.text) for t in span) and not has_head:
        return False
    if all(t.lower_ in TITLE_HEADS or t.lower_ in {"of", "the", "u.s.", "deputy", "assistant"}
           for t in span):
        return False  # a bare title ("Attorney General") is a position, not a body
    if len(words) >= 2 and all(t.is_upper for t in words) and any(len(t) >= 4 for t in words):
        return False  # a shouted header line ("JOINT MEDIA RELEASE")
    if len(span) == 1 and not acronym and (span[0].pos_ != "PROPN" or len(span[0]) >= 8
                                           and span[0].is_upper):
        return False  # a common noun ("Government") or a shouted word
    if len(span) == 1 and not acronym and not has_head and span.end < len(doc) and \
            doc[span.end].lower_ in TITLE_HEADS | TITLE_MODIFIERS and \
            doc[span.end].text[:1].isupper():
        return False  # a portfolio before a title ("Agriculture Secretary Tom Vilsack")
    name_words = {t.lower_ for t in span if not t.is_punct}
    if not has_head and not acronym and (name_words and name_words <= person_words
                                         or age_follows(doc, span.end)):
        return False  # "Holder" where "Eric Holder" is a person; "Dustin Laurent Heard, 33,"
    if not has_head and not acronym and not named_body and span.start >= 2 and \
            doc[span.start - 1].lower_ in ("for", "of") and \
            doc[span.start - 2].lower_ in TITLE_HEADS:
        return False  # a portfolio: "Minister for Industry, Science and Technology"
    if not has_head and not acronym and _before_title(span):
        return False  # "Rakesh Prusti as Group General Counsel": a person
    return True


def _employers(doc: Doc) -> list[Span]:
    """The capitalised name after "<title> at": "Head of Care at Diabetes UK", "Scientific
    Vice President at Novo Nordisk" (an employer, whatever the tagger made of it)."""
    out = []
    for tok in doc:
        if tok.lower_ != "at" or tok.i + 1 >= len(doc):
            continue
        window = doc[max(tok.sent.start, tok.i - 6):tok.i]
        if not any(t.lower_ in TITLE_HEADS and t.text[:1].isupper() for t in window):
            continue
        i = tok.i + 1 + (doc[tok.i + 1].lower_ == "the")
        end = i
        while end < len(doc) and end - i < 6 and _is_cap(doc[end]) and not doc[end].is_punct \
                and (doc[end].ent_type_ not in ("GPE", "DATE", "LOC") or end > i):
            end += 1  # a place may end a name ("Diabetes UK") but not be one
        if end > i and not (end - i == 1 and doc[i].is_sent_start):
            span = trim(doc[i:end])
            if len(span) and _plausible(span, set(), named_body=True):
                out.append(span)
    return out


# Common nouns that say what kind of body a name is: "Coursera, the online learning platform".
BODY_NOUNS = {"company", "platform", "firm", "corporation", "organisation", "organization",
              "agency", "provider", "startup", "start-up", "charity", "nonprofit", "non-profit",
              "franchisor", "developer", "manufacturer", "maker", "operator", "retailer",
              "distributor", "contractor", "subsidiary", "conglomerate", "bank", "insurer",
              "lender", "university", "institute", "publisher", "broadcaster", "airline",
              "supplier", "producer", "consultancy"}


def _described_bodies(doc: Doc) -> list[Span]:
    """ "Oravel Stays, the parent company of ...", "Novo Nordisk, a leading global healthcare
    company": a name in apposition with a noun that says it is a body."""
    out = []
    for tok in doc:
        if tok.text != "," or tok.i < 1 or tok.i + 2 >= len(doc) \
                or doc[tok.i + 1].lower_ not in ("the", "a", "an"):
            continue
        k = tok.i + 2
        while k < len(doc) and k - tok.i <= 7 and doc[k].is_lower and doc[k].is_alpha \
                and doc[k].lower_ not in BODY_NOUNS and (doc[k].pos_ in ("ADJ", "NOUN", "ADV")
                                                         or doc[k].tag_ in ("VBG", "VBN")):
            k += 1  # modifiers only: not "a civilian employee of a military contractor"
        if k >= len(doc) or doc[k].lower_ not in BODY_NOUNS:
            continue
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        if nxt is not None and (nxt.text in ("'s", "’s", "s") or nxt.is_lower and
                                nxt.pos_ in ("NOUN", "PROPN")):
            continue  # "Douglas E. Ritter, the company president": the noun is a modifier
        start = tok.i
        while start > tok.sent.start and _is_cap(doc[start - 1]) and not (
                doc[start - 1].is_sent_start and doc[start - 1].pos_ in ("DET", "ADP")):
            start -= 1
        if start > 0 and not doc[start - 1].whitespace_ and not doc[start - 1].is_space:
            continue  # the end of a word ("al-Sham"), not a whole name
        span = trim(doc[start:tok.i])
        if len(span) and not any(t.ent_type_ in ("GPE", "LOC", "DATE") for t in span) \
                and _plausible(span, set(), named_body=True):
            out.append(span)
    return out


def _parties(doc: Doc) -> list[Span]:
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
                and title.text[:1].isupper() and (nxt is None or not _is_cap(nxt)):
            out.append(doc[tok.i:tok.i + 1])
    return out


def _after_title_of(span: Span) -> bool:
    """What follows "<title> of/at" is the title's body ("Chief Executive Officer of X")."""
    doc, i = span.doc, span.start
    return i >= 2 and doc[i - 1].lower_ in ("of", "at") and doc[i - 2].lower_ in TITLE_HEADS


def _before_title(span: Span) -> bool:
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].lower_ in ("as", ","):
        i += 1
        while i < len(doc) and doc[i].lower_ in ("the", "a", "an", "its", "our"):
            i += 1
        title = doc[i: i + 4]
        return any(t.lower_ in TITLE_HEADS for t in title) and len(span) <= 3 and \
            all(t.pos_ == "PROPN" for t in span)
    return False


def _drop_generic_head(span: Span) -> Span | None:
    """ "Secretariat of the X Initiative" (a bare head noun of another body) is the body X
    seen through a unit with no name of its own: keep X only. Document-like heads go, and so
    do heads with only generic modifiers ("the Task Force")."""
    if span[-1].lower_ in NON_ORG_HEADS and not any(t.lower_ in ORG_HEADS for t in span[:-1]):
        return None
    if len(span) > 3 and span[0].lower_ in ORG_HEADS and span[1].lower_ in ("of", "for") \
            and span[2].lower_ == "the":  # not "Board of Governors of the Federal Reserve"
        rest = trim(span[2:])
        if len(rest) and any(t.lower_ in ORG_HEADS for t in rest):
            return rest
    if len(span) == 1 and span[0].lower_ in LEGISLATURES and span[0].text[0].isupper() \
            and not (span.start and _is_cap(span.doc[span.start - 1])):
        return span  # "tabling in Parliament" (but not the end of "World OER Congress")
    if all(t.lower_ in ORG_HEADS | GENERIC_MODIFIERS for t in span) and not any(
            t.is_upper and len(t) > 1 for t in span):
        return None
    return span


def _longest_first(candidates: list[Span]) -> list[Span]:
    """Non-overlapping candidates, longer ones preferred."""
    taken: set[int] = set()
    out = []
    for span in sorted(candidates, key=lambda s: (-(s.end - s.start), s.start)):
        if any(i in taken for i in range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        out.append(span)
    return sorted(out, key=lambda s: s.start)


def _content(form: str) -> frozenset[str]:
    return frozenset(w.rstrip("s") if len(w) > 3 else w for w in form.split()) - FUNCTION_WORDS


def _same_body(short: str, long: str) -> bool:
    """Two normalised forms of one body: reordered ("justice department" / "department of
    justice"), a lost possessive or plural ("department of justices"), the head part alone
    ("joint research centre" of "joint research centre of the european commission") or the
    name without a short place prefix ("department of justice" / "u s department of
    justice")."""
    if _content(short) == _content(long) and len(_content(short)) >= 2:
        return True
    if len(short.split()) == len(long.split()) == 2 and short.endswith(" government") \
            and long.endswith(" government"):
        return True  # "the Morrison Government" is the "Australian Government" of the text
    if long.split(" of ")[0] == short and len(short.split()) >= 2:
        return True
    if long.endswith(" " + short) and len(short.split()) >= 2:
        prefix = long[: -len(short)].split()
        return 0 < len(prefix) <= 2 and prefix[-1] not in FUNCTION_WORDS \
            and any(w in ORG_HEADS for w in short.split())
    return False


def _cluster(spans: list[Span], definitions: list[tuple[Span, Span]],
             names: dict[tuple[int, int], str] | None = None,
             owners: dict[tuple[int, int], tuple[int, int]] | None = None) -> dict:
    """Merge the forms of one body; returns id -> record (with its spans under "_spans").
    `names` gives the full name of a mention that is not its own text ("Homeland Security"
    in "the Departments of Justice, Homeland Security and Labor"); `owners` the mention of
    the parent a unit's mention follows ("Department of Justices Antitrust Division")."""
    names, owners = names or {}, owners or {}

    def label(span: Span) -> str:
        return names.get((span.start, span.end), span.text)

    acronym_of: dict[str, str] = {}
    for acr, full in definitions:
        acronym_of.setdefault(norm(acr.text), norm(full.text))
    clusters: list[dict] = []  # {"forms": set[str], "spans": [...], "acronym": str|None}

    def find(form: str) -> dict | None:
        for c in clusters:
            if form in c["forms"]:
                return c
        if form in acronym_of and acronym_of[form] != form:
            return find(acronym_of[form])
        for c in clusters:
            if c["acronym"] and norm(c["acronym"]) == form:
                return c
        for c in clusters:
            if any(_same_body(form, f) or _same_body(f, form) for f in c["forms"]):
                return c
        # "EU CBRN CoE Initiative": a defined acronym plus a head noun.
        words = form.split()
        if len(words) >= 2 and words[-1] in ORG_HEADS and " ".join(words[:-1]) in acronym_of:
            return find(" ".join(words[:-1]))
        return None

    # Full names first so that short forms and acronyms find them.
    for span in sorted(spans, key=lambda s: (-len(label(s).split()), s.start)):
        form = norm(label(span))
        if not form:
            continue
        c = find(form)
        if c is None:
            c = {"forms": set(), "spans": [], "acronym": None}
            clusters.append(c)
        c["forms"].add(form)
        c["spans"].append(span)
    for acr, full in definitions:
        c = find(norm(full.text))
        if c is not None:
            c["acronym"] = c["acronym"] or acr.text
            c["forms"].add(norm(acr.text))
    _merge_spelled_acronyms(clusters)

    clusters.sort(key=lambda c: min(s.start for s in c["spans"]))
    records: dict[str, dict] = {}
    form_to_id: dict[str, str] = {}
    for n, c in enumerate(clusters, 1):
        oid = f"o{n}"
        spans_c = sorted(c["spans"], key=lambda s: s.start)
        full = [s for s in spans_c if not (len(s) == 1 and _is_acronym(s.text))] or spans_c
        canonical = max(full, key=lambda s: (len(label(s).split()), -s.start))
        aliases, seen = [], {norm(label(canonical))}
        for s in spans_c:
            if norm(label(s)) not in seen:
                seen.add(norm(label(s)))
                aliases.append(label(s))
        records[oid] = {
            "id": oid, "name": label(canonical), "aliases": aliases, "acronym": c["acronym"],
            "parent_id": None, "mentions": [span_mention(s) for s in spans_c],
            "_spans": spans_c,
        }
        for f in c["forms"]:
            form_to_id.setdefault(f, oid)
    span_to_id = {(s.start, s.end): oid for oid, rec in records.items() for s in rec["_spans"]}
    for oid, rec in records.items():
        rec["parent_id"] = _parent(rec["name"], form_to_id, oid) or next(
            (span_to_id[owners[(s.start, s.end)]] for s in rec["_spans"]
             if span_to_id.get(owners.get((s.start, s.end))) not in (None, oid)), None)
    return records


def _singular_head(word: str) -> str | None:
    low = word.lower()
    for singular in (low[:-3] + "y" if low.endswith("ies") else None, low[:-1]):
        if singular and low.endswith("s") and singular in ORG_HEADS:
            return word[: len(singular)] if not low.endswith("ies") else word[:-3] + "y"
    return None


def _distributed_heads(doc: Doc) -> list[tuple[int, int, str, str]]:
    """ "the Departments of Justice, Homeland Security and Labor": one body per item, each
    (start, end, full name, head), the item's own words as its mention."""
    out = []
    for tok in doc[:-2]:
        head = _singular_head(tok.text) if tok.text[:1].isupper() else None
        if head is None or doc[tok.i + 1].lower_ != "of":
            continue
        items, i = [], tok.i + 2
        while i < len(doc) and _is_cap(doc[i]):
            j = i
            while j < len(doc) and _is_cap(doc[j]):
                j += 1
            items.append((i, j))
            while j < len(doc) and doc[j].text in (",", "and", "&"):
                j += 1
            if j == i or not (j < len(doc) and _is_cap(doc[j])) or doc[j - 1].text not in \
                    (",", "and", "&"):
                break
            i = j
        if len(items) >= 2:
            out += [(a, b, f"{head} of {doc[a:b].text}", head) for a, b in items]
    return out


def _merge_spelled_acronyms(clusters: list[dict]) -> None:
    """An acronym the text never defines ("AHPPC", "EU") joins the one named body whose
    initials it spells exactly."""
    for c in list(clusters):
        acr = [s for s in c["spans"] if len(s) == 1 and _is_acronym(s.text)]
        if len(acr) != len(c["spans"]) or c["acronym"]:
            continue
        letters = re.sub(r"[^A-Z]", "", acr[0].text.upper())
        def spells(name: str) -> bool:  # "USDA" for "Department of Agriculture" too
            initials = _initials(name, skip_function_words=True)
            return initials == letters or (letters[:2] in ("US", "UK") and
                                           len(letters) > 3 and initials == letters[2:]) \
                or (len(letters) >= 3 and initials.endswith(letters))  # "CRC": "... Research Centre"

        owners = [o for o in clusters if o is not c and any(
            len(norm(s.text).split()) >= 2 and spells(s.text) for s in o["spans"])]
        if len(owners) == 1:
            owner = owners[0]
            owner["spans"] += c["spans"]
            owner["forms"] |= c["forms"]
            owner["acronym"] = owner["acronym"] or acr[0].text
            clusters.remove(c)
    for c in list(clusters):
        # "Raleigh FBI JTTF" for "FBI Raleigh-Durham Joint Terrorism Task Force": words of the
        # name, then an acronym spelling the rest of it.
        if c["acronym"] or not all(len(s) >= 2 and _is_acronym(s[-1].text) for s in c["spans"]):
            continue
        owners = [o for o in clusters if o is not c and any(
            _abbreviates(s.text, t.text) for s in c["spans"] for t in o["spans"])]
        if len(owners) == 1:
            owners[0]["spans"] += c["spans"]
            owners[0]["forms"] |= c["forms"]
            clusters.remove(c)


def _abbreviates(short: str, long: str) -> bool:
    words, letters = norm(short).split(), re.sub(r"[^A-Z]", "", short.split()[-1].upper())
    long_words = set(norm(long).split())
    return len(letters) >= 2 and len(long_words) > len(words) \
        and all(w in long_words for w in words[:-1]) \
        and _initials(long, skip_function_words=True).endswith(letters)


def _parent(name: str, form_to_id: dict[str, str], oid: str) -> str | None:
    """ "Press Service of the State Committee ..." -> the State Committee, where it is named;
    "FBI's Detroit Field Office" -> the FBI."""
    form = norm(name)
    if " of " in form:
        parent = form_to_id.get(form.split(" of ", 1)[1])
        if parent and parent != oid:
            return parent
    for mark in ("'s ", "’s "):
        if mark in name:
            parent = form_to_id.get(norm(name.split(mark)[0]))
            if parent and parent != oid:
                return parent
    return None
