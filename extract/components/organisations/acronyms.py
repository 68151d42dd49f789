"""Acronyms: definitions that link an acronym to its body ("Full Name (ACR)", "ACR (Full
Name)", "Full Name, known as ACR"), acronyms that act as bodies, acronyms defined for things
(laws, agreements) that name no body, and undefined acronyms that join the body they spell."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extract.components.organisations.base import (
    KIND,
    acronym_fits,
    initials,
    is_acronym,
    is_cap,
    norm,
    orgs,
)
from extract.constructions import Example, construction, declare, is_on
from extract.lexicon import HONORIFICS, NON_ORG_HEADS, ORG_HEADS
from extract.lexicon.organisations import (
    ALSO_KNOWN_AS,
    BODY_NOUNS,
    COMMON_ACRONYMS,
    COMPLEMENT_WORDS,
    CREDENTIALS,
    FUNCTION_WORDS,
    KNOWN_AS,
    NATIONAL_PREFIXES,
    PLACE_CODES,
    RESIDENCE_PREPOSITIONS,
    THING_COMPLEMENTS,
)
from extract.spans import title_case_lines


@construction(
    "thing-acronym", KIND, "filter",
    "an acronym defined for a law, document or event ('the ... Act (FCPA)'): no body",
    [Example("The company pleaded guilty to violating the federal Migratory Bird Treaty Act "
             "(MBTA) in five states, the Justice Department announced today.",
             has=orgs("Justice Department"), lacks=orgs("MBTA")),
     Example("Moreover, the Convention on International Trade in Endangered Species (CITES) "
             "bars importation of the coral.", lacks=orgs("CITES")),
     Example("The store violated the Shoppers with Allergies Labeling Act (SALA). The SALA "
             "requires every label to list nuts.", lacks=orgs("SALA"))],
    off=set)
def thing_acronyms(doc: Doc) -> set[str]:
    """Acronyms a text defines for a document, law or event ("the Trafficking Victims
    Protection Act (TVPA)"): whatever the tagger says, they name no body."""
    out = set()
    for tok in doc[1:-2]:
        prev, acr, close = doc[tok.i - 1], doc[tok.i + 1], doc[tok.i + 2]
        if tok.text == "(" and close.text == ")" and is_acronym(acr.text) \
                and prev.text[:1].isupper():
            start = prev.i
            while start > prev.sent.start and (is_cap(doc[start - 1]) or doc[start - 1].lower_
                                               in THING_COMPLEMENTS and start - 2 >= 0
                                               and is_cap(doc[start - 2])):
                start -= 1
            # the head: the last word, or the word before the first complement ("Convention
            # on International Trade in Endangered Species (CITES)"), names a thing
            first = next((t.i for t in doc[start + 1:prev.i] if t.lower_ in COMPLEMENT_WORDS),
                         None)
            heads = (prev, doc[first - 1]) if first is not None else (prev,)
            if any(h.lower_ in NON_ORG_HEADS for h in heads) and acronym_fits(
                    acr.text, doc[start:prev.i + 1].text):
                out.add(norm(acr.text))
    return out | common_noun_acronyms(doc)


@construction(
    "common-noun-acronym", KIND, "filter",
    "an acronym defined for lower-case words ('renewable natural gas (RNG)'): a thing",
    [Example("The plant turns biogas into renewable natural gas (RNG). RNG is sold to "
             "Acme Energy Corporation.", has=orgs("Acme Energy Corporation"),
             lacks=orgs("RNG")),
     Example("The district must identify English language learner (ELL) students.",
             lacks=orgs("ELL"))],
    off=set)
def common_noun_acronyms(doc: Doc) -> set[str]:
    """Acronyms whose letters spell the lower-case words just before their brackets
    ("English language learner (ELL)"), and common acronyms and credentials ("RSVP", "CFA"):
    a common noun's short form, no body's name, even as a subject ("must RSVP to")."""
    out = {norm(t.text) for t in doc if is_acronym(t.text)
           and (t.text.replace(".", "").lower() in COMMON_ACRONYMS | CREDENTIALS
                or re.fullmatch(r"[IVX]{2,}", t.text))}  # "Title VI"
    for tok in doc[1:-2]:
        acr, close = doc[tok.i + 1], doc[tok.i + 2]
        if tok.text != "(" or close.text != ")" or not is_acronym(acr.text):
            continue
        letters = re.sub(r"[^A-Z]", "", acr.text)
        words = doc[max(tok.sent.start, tok.i - len(letters)):tok.i]
        last = doc[tok.i - 1]
        if len(letters) >= 2 and len(words) == len(letters) and last.is_lower \
                and last.is_alpha and last.lower_ not in ORG_HEADS | BODY_NOUNS \
                and "".join(t.text[0].upper() for t in words) == letters:
            out.add(norm(acr.text))
    return out


@construction(
    "place-code-after-city", KIND, "filter",
    "a state or province code after 'City, ' ('SAN ANTONIO, TX,'): a place, in the whole text",
    [Example("SAN ANTONIO, TX, May 10, 2024 /PRNewswire/ -- Acme Corp. today announced a new "
             "training program.", has=orgs("Acme Corp."), lacks=orgs("TX")),
     Example("DALLAS, TX -- Acme Corp. today announced a program with TX partners.",
             lacks=orgs("TX"))],
    off=set)
def place_codes(doc: Doc) -> set[str]:
    """Two-letter state or province codes written after a capitalised place and a comma
    ("Austin, TX", "TORONTO, ON"): the text uses them for a place, so no mention of them is
    a body."""
    return {norm(t.text) for t in doc[2:]
            if len(t.text) == 2 and t.text.isupper() and t.lower_ in PLACE_CODES
            and doc[t.i - 1].text == "," and doc[t.i - 2].text[:1].isupper()
            and doc[t.i - 2].is_alpha}


@construction(
    "town-of-residence", KIND, "filter",
    "a town the text places in a state ('from Prescott, Ariz.'): a place in the whole text, "
    "also where the tagger calls a later 'from Prescott' a body",
    [Example("Jo R. Roe, a dentist from Prescott, Ariz., and Al Poe, a pharmacist, also from "
             "Prescott, were sentenced to prison for health care fraud by Judge Ann Lee.",
             lacks=orgs("Prescott"))],
    off=set)
def towns(doc: Doc) -> set[str]:
    """Capitalised runs of one to three words after "from/of/in/near" and before ", <State>,"
    (a place the tagger names, or an abbreviation: "Ariz.", then punctuation): where people
    live or things happen, so no mention of that name alone is a body."""
    out = set()
    for t in doc[1:-2]:
        if t.lower_ not in RESIDENCE_PREPOSITIONS:
            continue
        j = t.i + 1
        while j < len(doc) and j - t.i <= 3 and doc[j].text[:1].isupper() and doc[j].is_alpha \
                and doc[j].lower_ not in ORG_HEADS:
            j += 1
        if j == t.i + 1 or j + 1 >= len(doc) or doc[j].text != ",":
            continue
        state = doc[j + 1]
        after = doc[j + 2] if j + 2 < len(doc) else None
        if (state.ent_type_ == "GPE" and state.text[:1].isupper()
                or re.fullmatch(r"[A-Z][a-z]{1,4}\.", state.text)) \
                and (after is None or after.is_punct):  # "of Acme, Nordberg earned": no state
            out.add(norm(doc[t.i + 1:j].text))
    return out


@construction(
    "shouted-honorific", KIND, "filter",
    "an honorific in capitals ('THE HON MARK ROE MP'): no acronym of a body",
    [Example("THE HON MARK ROE MP\nMINISTER FOR HEALTH\n\nThe Australian Government will "
             "provide funds.", has=orgs("Australian Government"), lacks=orgs("HON"))],
    off=set)
def shouted_honorifics(doc: Doc) -> set[str]:
    """Honorifics written in capitals in a header ("THE HON", "DR"): shaped like acronyms, they
    are courtesy words before a name."""
    return {norm(t.text) for t in doc if t.is_upper and t.lower_.rstrip(".") in HONORIFICS}


@construction(
    "acronym-as-subject", KIND, "candidate",
    "a short shouted acronym that acts as a subject ('OYO plans to ...'): a body",
    [Example("Today, CCI entered guilty pleas to a three-count criminal information.",
             has=orgs("CCI"))],
    off=set)
def acting_acronyms(doc: Doc) -> set[str]:
    """Capitalised acronyms that act as subjects ("OYO plans to ...", "FBI agents said"):
    bodies even where the text never spells them out. Places and people are not."""
    out = set()
    headline = None
    for tok in doc:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.is_upper and is_acronym(tok.text) \
                and len(tok.text) <= 6 and tok.ent_type_ not in ("GPE", "LOC", "NORP", "PERSON") \
                and tok.i > 0 and "\n" not in doc[tok.i - 1].text_with_ws:  # not a dateline
            headline = title_case_lines(doc) if headline is None else headline
            if tok.i not in headline:
                out.add(norm(tok.text))
    return out


def _longest_ending_at(candidates: list[Span]) -> dict[int, Span]:
    ends: dict[int, Span] = {}
    for c in candidates:
        if ends.get(c.end) is None or len(c) > len(ends[c.end]):
            ends[c.end] = c
    return ends


def definitions(doc: Doc, candidates: list[Span]) -> list[tuple[Span, Span]]:
    """(acronym, full name) pairs from "Full Name (ACR)" and "ACR (Full Name)"."""
    ends = _longest_ending_at(candidates)
    return known_as(doc, ends) + bracketed(doc, candidates, ends)


@construction(
    "known-as-acronym", KIND, "candidate",
    "'Full Name, known as ACR': an acronym defined for a body",
    [Example("The Anti-Trafficking Coordination Teams, known as ACTeams, will start work in "
             "six cities.", has=orgs("ACTeams")),
     Example("The Bureau of Prisons, known as BoP, was set up in 1930. BoP will move the "
             "inmates next month.",
             has={"actions": (("move the inmates next month", "Bureau of Prisons"),)})],
    off=list)
def known_as(doc: Doc, ends: dict[int, Span]) -> list[tuple[Span, Span]]:
    """ "Anti-Trafficking Coordination Teams, known as ACTeams"."""
    pairs = []
    for end, full in ends.items():
        k = end + (end < len(doc) and doc[end].text in (",", "("))
        words = tuple(t.lower_ for t in doc[k:k + 3])
        skip = 3 if words[:3] == ALSO_KNOWN_AS else 2 if words[:2] == KNOWN_AS else 0
        if skip and k + skip < len(doc) and is_acronym(doc[k + skip].text) and \
                acronym_fits(doc[k + skip].text, full.text):
            pairs.append((doc[k + skip:k + skip + 1], full))
    return pairs


ACRONYM_AFTER_NAME = declare(
    "acronym-after-name", KIND, "candidate",
    "'Full Name (ACR)': an acronym in brackets after a body's name is defined for it",
    [Example("The Attorney General named Guendelsberger as a new member of the Board of "
             "Immigration Appeals (BIA).", has=orgs("Board of Immigration Appeals", "BIA"))],
    module=__name__)
NAME_AFTER_ACRONYM = declare(
    "name-after-acronym", KIND, "candidate",
    "'ACR (Full Name)': a body's name in brackets after an acronym defines the acronym",
    [Example("The BoP (Bureau of Prisons) will move the inmates next month.",
             has=orgs("Bureau of Prisons", "BoP"))],
    module=__name__)


def bracketed(doc: Doc, candidates: list[Span], ends: dict[int, Span]) -> list[tuple[Span, Span]]:
    """ "Full Name (ACR)" and "ACR (Full Name)"."""
    after_name, after_acronym = is_on(ACRONYM_AFTER_NAME.name), is_on(NAME_AFTER_ACRONYM.name)
    pairs = []
    for tok in doc:
        if tok.text != "(":
            continue
        close = next((t.i for t in doc[tok.i + 1: tok.i + 6] if t.text == ")"), None)
        if close is None or close == tok.i + 1:
            continue
        inner = doc[tok.i + 1: close]
        full = ends.get(tok.i)
        if after_name and full is not None and len(inner) <= 3 and all(
            is_acronym(t.text) or t.text in ("-", "&") for t in inner
        ) and acronym_fits(inner.text, full.text):
            pairs.append((inner, full))
            continue
        if full is not None and acronym_with_head(inner, full):
            pairs.append((inner[:1], full))  # "(COPS Office)": COPS; "COPS Office" joins it
            continue
        if after_acronym and tok.i > 0 and is_acronym(doc[tok.i - 1].text):
            inside = next((c for c in candidates if tok.i + 1 <= c.start <= tok.i + 2
                           and c.end <= close), None)
            if inside is not None and acronym_fits(doc[tok.i - 1].text, inside.text):
                pairs.append((doc[tok.i - 1: tok.i], inside))
    return pairs


# Words after which the tail of a phrase is another body than the phrase's start: a
# coordination ("X and Full Name (ACR)") or a case's "v." ("Roe v. Full Name (ACR)").
TAIL_CUTS = frozenset({"and", "v.", "vs.", "v", "vs"})


@construction(
    "acronym-spells-tail", KIND, "merge",
    "'Full Name (ACR)' where ACR spells only a tail of the name: after 'Unit of the' or 'and' "
    "the tail is a body of its own, the acronym's; after an owner ('X's Tail') a form of it",
    [Example("The inquiry was led by the Denver Area Office of the Federal Water Quality "
             "Board (FWQB). The FWQB will publish its findings next year.",
             has={"actions": (("publish its findings next year",
                               "Federal Water Quality Board"),)}),
     Example("Funds come from the Commerce Departments Office of Rural Water Programs (ORWP).",
             has=orgs("Office of Rural Water Programs"))],
    off=list)
def acronym_tails(defs: list[tuple[Span, Span]]) -> list[tuple[int, Span, bool]]:
    """(index in `defs`, tail, separate) for each "Full Name (ACR)" whose acronym spells
    exactly the shortest tail of the name and not the whole: the tail is a separate body
    after "<unit> of the", "and" or "v." ("Area Office of the Federal Water Quality Board
    (FWQB)"), and otherwise the same body named without its owner ("Commerce Departments
    Office of Rural Water Programs (ORWP)")."""
    out = []
    for n, (acr, full) in enumerate(defs):
        if len(acr) != 1 or full.end >= len(full.doc) or full.doc[full.end].text != "(":
            continue
        letters = re.sub(r"[^A-Z]", "", acr.text.upper())
        if len(letters) < 2 or _spells_exactly(letters, full.text):
            continue
        tail = _shortest_tail(full, letters)
        if tail is None:
            continue
        before = [t.lower_ for t in full.doc[full.start:tail.start] if t.text != "."]
        # "Office of the Tail": a parent; "Office of Tail" without "the" is the name's own
        unit = before[-2:] == ["of", "the"]
        if not unit and before[-1] in FUNCTION_WORDS - TAIL_CUTS:
            continue  # "Department of Health and Human Services (HHS)": the head's complement
        headed = any(w in ORG_HEADS for w in before[:-2])
        out.append((n, tail, unit and headed or before[-1] in TAIL_CUTS))
    return out


def _spells_exactly(letters: str, name: str) -> bool:
    return initials(name, skip_function_words=True) == letters


def _shortest_tail(full: Span, letters: str) -> Span | None:
    """The shortest tail of two words or more, starting with a capitalised word, whose
    initials are the acronym's letters (a place prefix such as "U.S." aside)."""
    doc = full.doc
    for k in range(full.end - 2, full.start, -1):
        tail = doc[k:full.end]
        first = tail[0]
        if not first.text[:1].isupper() or first.lower_ in FUNCTION_WORDS:
            continue
        if _spells_exactly(letters, tail.text):
            before = doc[k - 1]
            if before.text.replace(".", "").upper() in NATIONAL_PREFIXES and k - 1 > full.start:
                return doc[k - 1:full.end]  # "of the U.S. Equal ... Commission (EEOC)"
            return tail
    return None


@construction(
    "acronym-with-head-in-brackets", KIND, "candidate",
    "'Full Name (ACR Head)': the acronym in brackets with the name's own head word is defined "
    "for the name, and 'ACR Head' is a form of it",
    [Example("The Office of Rural Water Programs (RWP Office) opened today. The RWP Office "
             "will fund ten projects next year.",
             has={"actions": (("fund ten projects next year",
                               "Office of Rural Water Programs"),)})],
    off=False)
def acronym_with_head(inner: Span, full: Span) -> bool:
    """The brackets hold an acronym that spells the name and then a head word of the name
    ("Office of Community Policing (COPS Office)")."""
    return len(inner) == 2 and is_acronym(inner[0].text) and inner[1].lower_ in ORG_HEADS \
        and inner[1].lower_ in {t.lower_ for t in full} and acronym_fits(inner[0].text,
                                                                          full.text)


@construction(
    "spelled-acronym", KIND, "merge",
    "an acronym never defined joins the one named body whose initials it spells",
    [Example("The National Water Quality Council met today. NWQC will publish its advice "
             "next week.", has={"actions": (("publish its advice next week",
                                            "National Water Quality Council"),)})],
    off=None)
def merge_spelled_acronyms(clusters: list[dict]) -> None:
    """An acronym the text never defines ("AHPPC", "EU") joins the one named body whose
    initials it spells exactly."""
    for c in list(clusters):
        acr = [s for s in c["spans"] if len(s) == 1 and is_acronym(s.text)
               or _hyphened_acronyms(s)]
        if len(acr) != len(c["spans"]) or c["acronym"]:
            continue
        letters = re.sub(r"[^A-Z]", "", acr[0].text.upper())
        owners = [o for o in clusters if o is not c and any(
            len(norm(s.text).split()) >= 2 and (_spells(letters, s.text)
                                                or owner_hyphen_spells(acr[0].text, s.text))
            for s in o["spans"])]
        if len(owners) == 1:
            owner = owners[0]
            owner["spans"] += c["spans"]
            owner["forms"] |= c["forms"]
            owner["acronym"] = owner["acronym"] or acr[0].text
            clusters.remove(c)


@construction(
    "owner-hyphen-acronym", KIND, "merge",
    "'HHS-OIG' for 'HHS Office of Inspector General': the owner's acronym as written, a "
    "hyphen, and the initials of the unit after it",
    [Example("Agents of the HHS Office of Inspector General made the arrests. HHS-OIG agents "
             "led the inquiry, and HHS-OIG will publish its findings next month.",
             has={"actions": (("publish its findings next month",
                               "HHS Office of Inspector General"),)})],
    off=False)
def owner_hyphen_spells(acronym: str, name: str) -> bool:
    """The acronym is "<owner>-<letters>", the name opens with the owner's acronym and the
    letters are the initials of the rest of the name, small words aside."""
    owner, _, rest = acronym.partition("-")
    words = name.split()
    return bool(owner) and bool(rest) and len(words) >= 3 and words[0] == owner \
        and initials(" ".join(words[1:]), skip_function_words=True) == rest.upper()


def _hyphened_acronyms(span) -> bool:
    """ "HHS-OIG" as three tokens: two acronyms joined by a hyphen, no spaces."""
    return is_on("owner-hyphen-acronym") and len(span) == 3 and span[1].text == "-" \
        and not span[0].whitespace_ and not span[1].whitespace_ \
        and is_acronym(span[0].text) and is_acronym(span[2].text)


def _spells(letters: str, name: str) -> bool:
    """The name's initials are the acronym's letters ("USDA" for "Department of Agriculture"
    too, "CRC" for "... Research Centre")."""
    spelled = initials(name, skip_function_words=True)
    return spelled == letters or (letters[:2] in NATIONAL_PREFIXES and
                                  len(letters) > 3 and spelled == letters[2:]) \
        or (len(letters) >= 3 and spelled.endswith(letters))


@construction(
    "abbreviated-tail", KIND, "merge",
    "words of a name then an acronym spelling the rest ('Raleigh FBI JTTF') join that name",
    [Example("Agents of the FBI Raleigh-Durham Joint Terrorism Task Force made the arrest. The "
             "Raleigh FBI JTTF will continue the inquiry.",
             has={"actions": (("continue the inquiry",
                               "FBI Raleigh-Durham Joint Terrorism Task Force"),)})],
    off=None)
def merge_abbreviated_tails(clusters: list[dict]) -> None:
    """ "Raleigh FBI JTTF" for "FBI Raleigh-Durham Joint Terrorism Task Force": words of the
    name, then an acronym spelling the rest of it."""
    for c in list(clusters):
        if c["acronym"] or not all(len(s) >= 2 and is_acronym(s[-1].text) for s in c["spans"]):
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
        and initials(long, skip_function_words=True).endswith(letters)
