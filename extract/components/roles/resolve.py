"""Resolving the roles found: each person's titles once, plural titles in the singular, and a
title dropped where the same person holds it in a fuller form."""
from __future__ import annotations

from extract.components.organisations.base import initials
from extract.lexicon.organisations import FUNCTION_WORDS
from extract.constructions import Example, declare, is_on
from extract.lexicon import TITLE_HEADS
from extract.spans import doc_text, mention
from extract.titles import lower_plural_head, plural_head

declare("plural-title-singular", "roles", "resolve",
        "a plural title shared by coordinated names is given to each in the singular "
        "(\"Trial Attorneys A and B\" -> \"Trial Attorney\")",
        [Example(("The case is being prosecuted by Trial Attorneys Jerome J. Teresinski and "
                  "Jolie F. Zimmerman of the Justice Departments Counterterrorism Section."),
                 has={"roles": (("Jolie F. Zimmerman", "Trial Attorney"),)},
                 lacks={"roles": (("Jolie F. Zimmerman", "Trial Attorneys"),)})], module=__name__)
declare("fuller-title-wins", "roles", "resolve",
        "a title the same person also holds in a fuller form is dropped: without an "
        "organisation where it has one, or a bare \"Minister\" beside \"Minister for Health\"",
        [Example(("Minister for Health Jane Doyle opened the clinic. Minister Doyle said it will "
                  "serve 5,000 families."),
                 has={"roles": (("Jane Doyle", "Minister for Health"),)},
                 lacks={"roles": (("Jane Doyle", "Minister"),)})], module=__name__)


declare("acronym-title-beside-full", "roles", "resolve",
        "a title in initials (\"COO\") the same person also holds spelt out (\"Chief "
        "Operating Officer\") is the same post, kept once in the full form",
        [Example(("Halden Robotics Inc. Names Anna Berg as COO\n\nHalden Robotics Inc. is "
                  "pleased to announce Anna Berg as its new Chief Operating Officer (COO)."),
                 has={"roles": (("Anna Berg", "Chief Operating Officer"),)},
                 lacks={"roles": (("Anna Berg", "COO"),)})], module=__name__)


declare("same-post-written-twice", "roles", "resolve",
        "one post written twice is kept once: \"&\" for \"and\" (\"Founder & CEO\", "
        "\"founder and CEO\"), or the title with its body in words beside the same title "
        "linked to that body (\"executive director of Acme\" beside \"Executive Director\", Acme)",
        [Example(("Tom Berg, Founder & CEO of Halden Robotics Inc., opened the plant. \"We are "
                  "ready,\" said Tom Berg, founder and CEO of Halden Robotics Inc."),
                 has={"roles": (("Tom Berg", "Founder & CEO", "Halden Robotics Inc."),)},
                 lacks={"roles": (("Tom Berg", "founder and CEO"),)}),
         Example(("From Tom Berg, Executive Director at Halden Robotics Inc.: \"We are ready,\" "
                  "said Tom Berg, executive director of Halden Bots."),
                 has={"roles": (("Tom Berg", "Executive Director", "Halden Robotics Inc."),)},
                 lacks={"roles": (("Tom Berg", "executive director of Halden Bots"),)}),
         Example(("Mary Lund, U.S. Attorney for the Northern District of Iowa, and Tom Berg of "
                  "the Justice Department's Civil Division announced the plea. U.S. Attorney "
                  "Lund of the Civil Division thanked the agents."),
                 has={"roles": (("Mary Lund",
                                 "U.S. Attorney for the Northern District of Iowa"),)})],
        module=__name__)


declare("polity-word-in-short-post", "roles", "resolve",
        "a short post with a polity word (\"Federal Trade Minister\") beside the same person's "
        "fuller title of the same words (\"Minister for Trade and Investment\") is that post",
        [Example(("The Hon Jane Doyle MP Minister for Trade, Tourism and Investment\n\n"
                  "Federal Trade Minister Jane Doyle said the agreement was signed today."),
                 has={"roles": (("Jane Doyle", "Minister for Trade, Tourism and Investment"),)},
                 lacks={"roles": (("Jane Doyle", "Federal Trade Minister"),)}),
         Example(("The task force is chaired by Ohio State Treasurer Jane Doyle. \"We are "
                  "ready,\" said Jane Doyle, Chair and Ohio Treasurer."),
                 has={"roles": (("Jane Doyle", "Ohio State Treasurer"),)})],
        module=__name__)
# Words that say whose a post is, not which ("Federal Trade Minister").
POLITY_WORDS = frozenset({"federal", "state", "national"})


def role_records(doc, found) -> list[dict]:
    """Role dicts (ids r1, r2, ... in order found) from (person id, title span, organisation
    id, (evidence start, end)) tuples."""
    roles: list[dict] = []
    seen: set[tuple] = set()
    singular = is_on("plural-title-singular")
    for person_id, title, org_id, evidence in found:
        text = doc_text(doc)[title.start_char:title.end_char]
        if singular and (plural_head(title[-1]) or plural_title(title[-1])
                         or title[-1].lower_ == "employees"):
            text = text[:-1]
        key = (person_id, post_key(text), org_id)
        if key in seen:
            continue
        seen.add(key)
        roles.append({"person_id": person_id, "title": text, "organisation_id": org_id,
                      "evidence": mention(doc, evidence[0], evidence[1])})
    if is_on("fuller-title-wins"):
        roles = without_redundant(roles)
    if is_on("acronym-title-beside-full"):
        roles = without_initials(roles)
    if is_on("same-post-written-twice"):
        roles = without_body_in_words(roles, body_words(doc))
    return [{"id": f"r{n}", **r} for n, r in enumerate(roles, 1)]


def without_redundant(roles: list[dict]) -> list[dict]:
    """Drop a title the same person also holds in a fuller form."""
    out = []
    polity = is_on("polity-word-in-short-post")
    for r in roles:
        words = title_words(r["title"], polity)
        if polity and r["title"].split()[0].casefold() in POLITY_WORDS:
            words.discard(r["title"].split()[0].casefold())  # "Federal Trade Minister", not
            # a place's own word ("New York State Attorney General")
        fuller = [o for o in roles if o is not r and o["person_id"] == r["person_id"] and (
            words < title_words(o["title"], polity) and r["organisation_id"] in
            (None, o["organisation_id"])
            or words == title_words(o["title"], polity) and r["organisation_id"] is None
            and o["organisation_id"] is not None)]
        if not fuller:
            out.append(r)
    return out


def title_words(title: str, bare: bool) -> set[str]:
    """A title's words, casefolded; bare: without the commas of a portfolio list."""
    words = title.casefold().split()
    return {w.rstrip(",;") for w in words} if bare else set(words)


def without_initials(roles: list[dict]) -> list[dict]:
    """Drop a title in capitals that spells the initials of a longer title of the same person
    (at the same organisation, or none)."""
    def spelt_out(r, o):
        return o is not r and o["person_id"] == r["person_id"] \
            and r["organisation_id"] in (None, o["organisation_id"]) \
            and len(o["title"].split()) == len(r["title"]) \
            and initials(o["title"]) == r["title"]
    return [r for r in roles if not (r["title"].isupper() and r["title"].isalpha()
                                     and len(r["title"]) > 1
                                     and any(spelt_out(r, o) for o in roles))]


def post_key(title: str) -> str:
    """A title compared: case and "&"/"and" aside, where that rule is on."""
    key = title.casefold()
    return key.replace(" & ", " and ") if is_on("same-post-written-twice") else key


# Words many bodies' and places' names share: a match on them alone names no one body.
SHARED_NAME_WORDS = frozenset({"u.s.", "united", "states", "state", "national", "federal",
                               "district", "department", "departments", "office", "division",
                               "section", "court", "county", "city"})


def body_words(doc) -> dict[str, set[str]]:
    """Organisation id -> the distinctive words of its name and aliases, casefolded."""
    out: dict[str, set[str]] = {}
    for org in doc._.organisations or []:
        for name in (org["name"], *(org.get("aliases") or [])):
            out.setdefault(org["id"], set()).update(
                w.strip(",.'’") for w in name.casefold().replace("'s ", " ").split())
    return {k: v - FUNCTION_WORDS - SHARED_NAME_WORDS for k, v in out.items()}


def without_body_in_words(roles: list[dict], bodies: dict[str, set[str]]) -> list[dict]:
    """Drop "Title of/at/for Name" without a body where the same person holds "Title" at a
    body the words name (a distinctive word of its name or alias): the same post, its body
    written into the title. A post at another place ("U.S. Attorney for the Western District
    of X" beside "U.S. Attorney" of some division) is a different post and stays."""
    def linked(r, o):
        head, _, rest = post_key(r["title"]).partition(post_key(o["title"]) + " ")
        prep, _, named = rest.partition(" ")
        return o is not r and o["person_id"] == r["person_id"] and o["organisation_id"] \
            and not head and prep in ("of", "at", "for") \
            and names_body(named, bodies.get(o["organisation_id"], set()))
    return [r for r in roles if r["organisation_id"] is not None
            or not any(linked(r, o) for o in roles)]


def names_body(words: str, body: set[str]) -> bool:
    """Whether casefolded words name a body of these distinctive words (of its name or an
    alias, its initials among them)."""
    said = {w.strip(",.'’") for w in words.replace("'s ", " ").split()} - FUNCTION_WORDS
    return bool(said & body)


def plural_title(tok) -> bool:
    """A lower-case plural title head, also after a prefix ("co-owners")."""
    last = tok.text.rsplit("-", 1)[-1]
    return lower_plural_head(tok) or tok.is_lower and "-" in tok.text \
        and last.endswith("s") and last[:-1] in TITLE_HEADS
