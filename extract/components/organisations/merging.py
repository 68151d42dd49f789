"""Merging: the forms of one body become one record. Reordered names, a place prefix, the head
part alone, an acronym and its definition, a lost possessive ("Department of Justices") and
the owner named inside a unit's name; the canonical name is the fullest form, and a named
unit of another named body keeps a `parent_id`."""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Span

from extract.components.organisations.acronyms import (
    merge_abbreviated_tails,
    merge_spelled_acronyms,
)
from extract.components.organisations.base import (
    KIND,
    is_acronym,
    is_cap,
    norm,
    orgs,
    singular_head,
)
from extract.constructions import Example, construction, declare, is_on
from extract.lexicon import ORG_HEADS, TITLE_HEADS
from extract.lexicon.organisations import (
    FIELD_HEADS,
    FUNCTION_WORDS,
    ITEM_SEPARATORS,
    LEGAL_SUFFIXES,
    NATIONAL_NAME_PREFIXES,
    POSSESSIVE_MARKS,
    TRADE_NAME_CUES,
    TRADE_NAME_GAP,
    TRADE_WORDS,
)
from extract.spans import span_mention


def longest_first(candidates: list[Span]) -> list[Span]:
    """Non-overlapping candidates, longer ones preferred."""
    taken: set[int] = set()
    out = []
    for span in sorted(candidates, key=lambda s: (-(s.end - s.start), s.start)):
        if any(i in taken for i in range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        out.append(span)
    return sorted(out, key=lambda s: s.start)


def _apostrophe_lost(tok, before: Span) -> bool:
    """`tok` ("Justices", "Generals", "Divisions") is a possessive whose apostrophe a scrape
    deleted, given the name words `before` it: an organisation head read as a plural, unless
    its plural is a name word itself ("Services") or the words list bodies ("Civil and
    Criminal Divisions"); or a title word completing "Department/Office of ..."."""
    if not tok.is_alpha or not tok.text.endswith("s") or tok.text.endswith("ss") \
            or not len(before):
        return False
    stem = tok.text[:-1].lower()
    if stem in LEGAL_SUFFIXES and is_on("plural-that-is-the-name"):
        return False  # "Marine Corps personnel": "Corps" is the name's word, no "Corp's"
    if stem in ORG_HEADS:
        return tok.lower_ not in ORG_HEADS and not any(
            t.lower_ in ITEM_SEPARATORS for t in before)
    doc = tok.doc
    return stem in TITLE_HEADS and any(
        t.lower_ in FIELD_HEADS and t.i + 1 < tok.i and doc[t.i + 1].lower_ == "of"
        for t in before)


def ends_in_lost_possessive(span: Span) -> bool:
    """The span's last word is a possessive whose apostrophe was lost ("... Office of
    Inspector Generals" before "(OIG) Dallas Region")."""
    return len(span) > 1 and _apostrophe_lost(span[-1], span[:-1])


@construction(
    "lost-possessive", KIND, "merge",
    "a name ending in a possessive whose apostrophe was lost, before a lower-case noun",
    [Example("The Department of Justices lawsuit was filed on Monday.",
             has=orgs("Department of Justice"), lacks=orgs("Department of Justices"))],
    off=False)
def lost_possessive(span: Span) -> bool:
    """ "the Department of Justices rulemaking", "the Antitrust Divisions ongoing
    investigation": the name ends in a lost possessive before a lower-case noun phrase. Real
    plural names ("Board of Immigration Appeals") end in other words."""
    if span.end >= len(span.doc) or not _apostrophe_lost(span[-1], span[:-1]):
        return False
    nxt = span.doc[span.end]
    return nxt.is_lower and nxt.is_alpha and (nxt.pos_ in ("NOUN", "ADJ")
                                              or nxt.tag_ == "VBG")


def _before_noun(span: Span) -> bool:
    """A lower-case noun, adjective or gerund follows the span ("... efforts", "... ongoing")."""
    if span.end >= len(span.doc):
        return False
    nxt = span.doc[span.end]
    return nxt.is_lower and nxt.is_alpha and (nxt.pos_ in ("NOUN", "ADJ") or nxt.tag_ == "VBG")


@construction(
    "lost-possessive-lone-head", KIND, "merge",
    "'the Departments efforts' where the text says 'the Department' elsewhere: the head "
    "with a lost apostrophe, not a plural",
    [Example("The Department opened the inquiry in May. The Departments efforts led to three "
             "indictments.", has=orgs("Department"), lacks=orgs("Departments"))],
    off=None)
def lost_possessive_head(span: Span) -> str | None:
    """The singular of a lone plural head after "the" and before a lower-case noun ("the
    Departments ongoing investigation") where "the <Head>" alone names a body elsewhere in
    the text; a real plural ("the Departments of State and Defense") has no noun after it."""
    doc = span.doc
    if len(span) != 1 or span.start == 0 or doc[span.start - 1].lower_ != "the" \
            or not _before_noun(span):
        return None
    head = singular_head(span.text)
    if head is None or not span.text[:1].isupper():
        return None
    used = any(t.text == head and doc[t.i - 1].lower_ == "the" and (
        t.i + 1 >= len(doc) or not (is_cap(doc[t.i + 1]) or doc[t.i + 1].lower_ == "of"))
        for t in doc[1:])
    return head if used else None


@construction(
    "lone-head-names-the-body", KIND, "merge",
    "'the Departments efforts' (a lost apostrophe) where the text names a body with that head "
    "('the Department of Labor'): a mention of that body, not a body 'Department'",
    [Example("The Department of Labor opened the inquiry in May. The Department said more "
             "audits would follow. The Departments efforts led to three settlements.",
             has=orgs("Department of Labor"), lacks=orgs("Department", "Departments"))],
    off=None)
def body_named_with_head(head: str, spans: list[Span]) -> str | None:
    """The name of the body the text names with `head` in it ("Department of Labor" for a
    lone "Department"), the most used where there are several (the issuer, as a rule); a
    lone head stays a body of its own only where no name holds it (GUIDELINES: a short form
    is an alias of the body it stands for)."""
    forms = Counter(s.text for s in spans if len(s) > 1 and any(t.text == head for t in s))
    if not forms:
        return None
    first = {}
    for s in spans:
        first.setdefault(s.text, s.start)
    return max(forms, key=lambda f: (forms[f], -first[f]))


@construction(
    "lost-possessive-of-named-body", KIND, "merge",
    "one word ending in 's' before a lower-case noun, whose stem the text names as a company "
    "('Harlows mining' after 'Harlow Mining LLC'): the body with a lost apostrophe",
    [Example("Harlow Mining LLC was charged. Pollutants generated by Harlows mining operations "
             "entered the creek. Further, Harlows unpermitted discharges harmed fish.",
             has=orgs("Harlow Mining LLC"), lacks=orgs("Harlows"))],
    off=None)
def lost_possessive_of_named(span: Span, named: set[str]) -> str | None:
    """The stem of a one-word name with a lost possessive "s" ("Harlows mining operations"),
    where the stem is a candidate's name or a company's short form (`named`: comparison
    forms)."""
    if len(span) != 1 or not span.text.endswith("s") or span.text.endswith("ss") \
            or span.text.isupper() or not _before_noun(span):
        return None
    stem = span.text[:-1]
    return stem if norm(stem) in named else None


@construction(
    "possessive-owner", KIND, "merge",
    "an owner named with a lost possessive inside a unit's name: a body, the unit's parent",
    [Example("The case was prosecuted by Trial Attorney Brigham Cannon of the Criminal "
             "Divisions Fraud Section.",
             has=orgs("Criminal Divisions Fraud Section", "Criminal Division"))],
    off=None)
def possessive_owner(span: Span) -> Span | None:
    """ "Department of Justices Antitrust Division", "Criminal Divisions Fraud Section": the
    owner named, with a lost possessive, inside a unit's name ("Attorneys General" is no
    possessive)."""
    doc = span.doc
    for tok in span[1:-1]:
        nxt = doc[tok.i + 1]
        if is_cap(nxt) and nxt.lower_ != "general" \
                and _apostrophe_lost(tok, doc[span.start:tok.i]):
            start = owner_after_complement(span, tok.i)
            return doc[start:tok.i + 1] if start <= tok.i else None
    return None


@construction(
    "owner-after-of-the", KIND, "merge",
    "'<Unit> of the <Owner>s <Subunit>': the owner is the name after 'of the', not the whole "
    "phrase before the lost possessive",
    [Example("The Forensic Audit Unit of the Civil Divisions Fraud Section helped the inquiry.",
             has=orgs("Civil Division"),
             lacks=orgs("Forensic Audit Unit of the Civil Division"))],
    off=lambda: None)
def _owner_start(span: Span, possessive: int) -> int | None:
    """Where the owner's name starts: after the last "of the" before the possessive word
    where the words from there name a body by their own head ("Criminal Divisions"), else
    None: the whole phrase before it is the owner ("Department of Justices", "Office of the
    Inspector Generals")."""
    doc = span.doc
    for i in range(possessive - 2, span.start, -1):
        if doc[i].lower_ == "of" and doc[i + 1].lower_ == "the":
            words = [t.lower_ for t in doc[i + 2:possessive]] + [doc[possessive].lower_[:-1]]
            return i + 2 if any(w in ORG_HEADS for w in words) else None
    return None


@construction(
    "owners-unit-in-complement", KIND, "merge",
    "'<Section> of the <Owner>s <Unit>': the owner's unit is a body too, the section's parent, "
    "and the owner the unit's",
    [Example("Trial Attorney Jo Roe of the Counterfraud Section of the Department of Justices "
             "National Security Division prosecuted the case.",
             has=orgs("Department of Justices National Security Division",
                      "Department of Justice"))],
    off=dict)
def middle_units(doc, owners: dict) -> dict:
    """For each unit whose owner, with a lost possessive, follows "of the" inside the unit's
    name ("Counterfraud Section of the Department of Justices National Security Division"):
    the owner's own unit ("Department of Justices National Security Division") as the
    section's parent, and the owner as that unit's: {span key: parent span}."""
    out = {}
    for (start, end), owner in owners.items():
        if owner.start < start + 3 or [t.lower_ for t in doc[owner.start - 2:owner.start]] \
                != ["of", "the"] or not any(t.lower_ in ORG_HEADS for t in doc[owner.end:end]):
            continue
        middle = doc[owner.start:end]
        out[(start, end)] = middle
        out[(middle.start, middle.end)] = owner
    return out


def owner_after_complement(span: Span, possessive: int) -> int:
    start = _owner_start(span, possessive)
    return span.start if start is None else start


def _content(form: str) -> frozenset[str]:
    return frozenset(w.rstrip("s") if len(w) > 3 else w for w in form.split()) - FUNCTION_WORDS


def _reordered(short: str, long: str) -> bool:
    return _content(short) == _content(long) and len(_content(short)) >= 2


def _reordered_national(short: str, long: str) -> bool:
    """ "Labor Department" / "U.S. Department of Labor": reordered once the national prefix
    is off the longer form (a state's prefix stays: "California Department of Justice" is
    not the Justice Department)."""
    return any(long.startswith(p + " ") and _reordered(short, long[len(p) + 1:])
               for p in NATIONAL_NAME_PREFIXES)


def _national_government(short: str, long: str) -> bool:
    return len(short.split()) == len(long.split()) == 2 and short.endswith(" government") \
        and long.endswith(" government")


def _head_part(short: str, long: str) -> bool:
    return long.split(" of ")[0] == short and len(short.split()) >= 2


def _place_prefix(short: str, long: str) -> bool:
    if long.endswith(" " + short) and len(short.split()) >= 2:
        prefix = long[: -len(short)].split()
        return 0 < len(prefix) <= 2 and prefix[-1] not in FUNCTION_WORDS \
            and any(w in ORG_HEADS for w in short.split())
    return False


def _without_legal_suffix(short: str, long: str) -> bool:
    """The company's name without its legal form ("acme widgets" / "acme widgets inc"); a
    lone word is the same company only when it is not a common word of names."""
    words = long.split()
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    if len(words) == len(long.split()) or not short:
        return False
    return short == " ".join(words) and short not in ORG_HEADS and short not in FUNCTION_WORDS


def _without_trade_and_legal_form(short: str, long: str) -> bool:
    """The company's name without its trade word and legal form ("acme hill" / "acme hill
    publishing company"): the short form a text uses after the full name, when at least two
    name words remain."""
    words = long.split()
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    if len(words) == len(long.split()) or len(words) < 3 or words[-1] not in TRADE_WORDS:
        return False
    stem = words[:-1]
    return short == " ".join(stem) and not any(w in ORG_HEADS or w in FUNCTION_WORDS
                                               for w in stem)


def _national_prefix_variant(short: str, long: str) -> bool:
    """The same name after two spellings of one national prefix ("u s attorneys office for
    ..." / "united states attorneys office for ..."): one body."""
    for p in NATIONAL_NAME_PREFIXES:
        for q in NATIONAL_NAME_PREFIXES:
            if p != q and short.startswith(p + " ") and long.startswith(q + " ") \
                    and short[len(p) + 1:] == long[len(q) + 1:] \
                    and len(short[len(p) + 1:].split()) >= 2 \
                    and _spelled_alike(p, q):
                return True
    return False


def _spelled_alike(p: str, q: str) -> bool:
    """Two spellings of one country's prefix ("u s", "us", "united states")."""
    return {p, q} <= {"u s", "us", "united states"} or {p, q} <= {"uk", "united kingdom"}


def _first_word_of_company(short: str, long: str) -> bool:
    """The company's first word alone ("harlow" / "harlow mining co"): the short form a
    release uses for a company named with its legal form, where that word is no common word
    of names and the name has a word between it and the legal form."""
    words = long.split()
    k = len(words)
    while k > 1 and words[k - 1] in LEGAL_SUFFIXES:
        k -= 1
    return k < len(words) and k >= 2 and short == words[0] and short not in ORG_HEADS \
        and short not in FUNCTION_WORDS and short not in NATIONAL_NAME_PREFIXES


# Final heads a body's short form may drop after another head ("Orlando Police Department").
DROPPABLE_HEADS = ("department", "service", "force")


def _final_head_dropped(short: str, long: str) -> bool:
    """The name without a generic final head after a head of its own ("cedar falls police" /
    "cedar falls police department"): the short form a title before a name uses."""
    words = long.split()
    return len(words) >= 3 and words[-1] in DROPPABLE_HEADS and short == " ".join(words[:-1]) \
        and words[-2] in ORG_HEADS and words[-2] not in DROPPABLE_HEADS


# Two normalised forms of one body, each test declared (the examples show the merge through
# the canonical name an action's actor takes).
SAME_BODY = (
    (declare("reordered-name", KIND, "merge",
             "the same content words reordered or with a lost plural ('Justice Department' / "
             "'Department of Justice')",
             [Example("The Department of Justice filed the complaint on Monday. The Justice "
                      "Department will seek a penalty.",
                      has={"actions": (("seek a penalty", "Department of Justice"),)})],
             module=__name__), _reordered),
    (declare("reordered-national-name", KIND, "merge",
             "a reordered short form of a national body named with its country ('Labor "
             "Department' / 'U.S. Department of Labor')",
             [Example("The United States Department of Labor opened an inquiry in May. The "
                      "Labor Department will audit 40 employers.",
                      has={"actions": (("audit 40 employers",
                                        "United States Department of Labor"),)})],
             module=__name__), _reordered_national),
    (declare("national-government", KIND, "merge",
             "two-word '<X> Government' forms: the one government of the text",
             [Example("The Australian Government welcomed the report. The Albanese Government "
                      "will invest $10 million in rural roads.",
                      has={"actions": (("invest $10 million in rural roads",
                                        "Australian Government"),)})],
             module=__name__), _national_government),
    (declare("head-part-of-name", KIND, "merge",
             "the part before ' of ' alone ('Joint Research Centre' of '... of the Commission')",
             [Example("The Joint Research Centre of the European Commission hosted the meeting. "
                      "The Joint Research Centre will publish a report next year.",
                      has={"actions": (("publish a report next year",
                                        "Joint Research Centre of the European Commission"),)})],
             module=__name__), _head_part),
    (declare("place-prefix", KIND, "merge",
             "the name without a short place prefix ('U.S. Department of Energy')",
             [Example("The U.S. Department of Energy announced the grants. The Department of "
                      "Energy will fund 12 projects.",
                      has={"actions": (("fund 12 projects", "U.S. Department of Energy"),)})],
             module=__name__), _place_prefix),
    (declare("legal-suffix-form", KIND, "merge",
             "the name without its legal form ('Acme Widgets Inc.' / 'Acme Widgets')",
             [Example("Harlow Widgets Inc. agreed to pay $2 million. Harlow Widgets will also "
                      "adopt a compliance program.",
                      has={"actions": (("adopt a compliance program", "Harlow Widgets Inc."),)})],
             module=__name__), _without_legal_suffix),
    (declare("national-prefix-variant", KIND, "merge",
             "one name after two spellings of its national prefix ('U.S. Attorneys Office for "
             "X' / 'United States Attorneys Office for X')",
             [Example("The United States Attorneys Office for the District of Utah filed the "
                      "case. The U.S. Attorneys Office for the District of Utah will seek "
                      "forfeiture next month.",
                      has={"actions": (("seek forfeiture next month", "United States Attorneys "
                                        "Office for the District of Utah"),)})],
             module=__name__), _national_prefix_variant),
    (declare("first-word-of-company", KIND, "merge",
             "a company's first word alone ('KMZ' after 'KMZ Ventures Inc.'): the same "
             "company",
             [Example("KMZ Ventures Inc. sold the goods online. Agents said KMZ will forfeit "
                      "$2 million next month.",
                      has={"actions": (("forfeit $2 million next month",
                                        "KMZ Ventures Inc."),)})],
             module=__name__), _first_word_of_company),
    (declare("trade-and-legal-form", KIND, "merge",
             "the name without its trade word and legal form ('Acme Hill Publishing Company' / "
             "'Acme Hill')",
             [Example("Northgate Learning Publishing Company joined the program. Northgate "
                      "Learning will print a second atlas next year.",
                      has={"actions": (("print a second atlas next year",
                                        "Northgate Learning Publishing Company"),)})],
             module=__name__), _without_trade_and_legal_form),
    (declare("final-head-dropped", KIND, "merge",
             "the name without a generic final head after its own head ('Cedar Falls Police' / "
             "'Cedar Falls Police Department')",
             [Example("Cedar Falls Police Chief Jane Roe thanked the officers. The Cedar Falls "
                      "Police Department will open a new station next year.",
                      has={"roles": (("Jane Roe", "Chief", "Cedar Falls Police Department"),)})],
             module=__name__), _final_head_dropped),
)
ACRONYM_PLUS_HEAD = declare(
    "acronym-plus-head", KIND, "merge",
    "a defined acronym plus a head noun ('EU CBRN CoE Initiative') is the acronym's body",
    [Example("The Regional Health Agency (RHA) was set up in 2019. The RHA Council will meet "
             "in May.", has={"actions": (("meet in May", "Regional Health Agency"),)})],
    module=__name__)


def same_body(short: str, long: str, tests=tuple(test for _, test in SAME_BODY)) -> bool:
    """Two normalised forms of one body: reordered ("justice department" / "department of
    justice"), a lost possessive or plural ("department of justices"), the head part alone
    ("joint research centre" of "joint research centre of the european commission") or the
    name without a short place prefix ("department of justice" / "u s department of
    justice")."""
    return any(test(short, long) for test in tests)


def cluster(spans: list[Span], definitions: list[tuple[Span, Span]],
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
    tests = tuple(test for c, test in SAME_BODY if is_on(c.name))
    weak = tuple(t for t in tests if t is _first_word_of_company)
    strong = tuple(t for t in tests if t is not _first_word_of_company)
    plus_head = is_on(ACRONYM_PLUS_HEAD.name)

    def find(form: str) -> dict | None:
        for c in clusters:
            if form in c["forms"]:
                return c
        if form in acronym_of and acronym_of[form] != form:
            return find(acronym_of[form])
        for c in clusters:
            if c["acronym"] and norm(c["acronym"]) == form:
                return c
        for group in (strong, weak):  # a company's whole short name before its first word
            for c in clusters:
                if any(same_body(form, f, group) or same_body(f, form, group)
                       for f in c["forms"]):
                    return c
        # "EU CBRN CoE Initiative": a defined acronym plus a head noun.
        words = form.split()
        if plus_head and len(words) >= 2 and words[-1] in ORG_HEADS \
                and " ".join(words[:-1]) in acronym_of:
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
        rest = unit_without_owner(span, owners.get((span.start, span.end)))
        if rest and rest not in c["forms"] and find(rest) is None:
            c["forms"].add(rest)
    for acr, full in definitions:
        c = find(norm(full.text))
        if c is not None:
            c["acronym"] = c["acronym"] or acr.text
            c["forms"].add(norm(acr.text))
    merge_spelled_acronyms(clusters)
    merge_abbreviated_tails(clusters)

    clusters.sort(key=lambda c: min(s.start for s in c["spans"]))
    records: dict[str, dict] = {}
    form_to_id: dict[str, str] = {}
    for n, c in enumerate(clusters, 1):
        oid = f"o{n}"
        spans_c = sorted(c["spans"], key=lambda s: s.start)
        full = [s for s in spans_c if not (len(s) == 1 and is_acronym(s.text))] or spans_c
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


@construction(
    "unit-without-owner", KIND, "merge",
    "'<Owner>'s <Unit>' and a later '<Unit>' alone: one body, named in full the first time",
    [Example("Jane Roe of the Harlow County Water Authority's Billing Section spoke. The "
             "Billing Section will publish its findings next year.",
             has={"actions": (("publish its findings next year",
                               "Harlow County Water Authority's Billing Section"),)})],
    off=None)
def unit_without_owner(span: Span, owner: tuple[int, int] | None) -> str | None:
    """The form of a unit's name without its owner ("Antitrust Division" of "the Department
    of Justice's Antitrust Division", also with a lost apostrophe): a short form the text
    uses for the same unit. Only a unit with a head noun of its own and two words or more,
    after an owner with one head at most (not the parent after "<unit> of the")."""
    doc = span.doc
    if owner is not None:
        start = owner[1]
    else:
        start = next((t.i + 1 for t in span[1:-1] if t.text in POSSESSIVE_MARKS), None)
    if start is None or start <= span.start or start >= span.end:
        return None
    owner_words = [t.lower_ for t in doc[span.start:start] if t.text not in POSSESSIVE_MARKS]
    if sum(w in ORG_HEADS or w[:-1] in ORG_HEADS for w in owner_words) > 1:
        return None  # "Fraud Section of the Justice Departments Criminal Division": a parent
    rest = doc[start:span.end]
    words = [t for t in rest if not t.is_punct]
    if len(words) < 2 or not all(is_cap(t) or t.lower_ in FUNCTION_WORDS for t in words) \
            or not any(t.lower_ in ORG_HEADS for t in words):
        return None
    return norm(rest.text)


@construction(
    "parent-of-unit", KIND, "merge",
    "'<unit> of <body>' or '<body>'s <unit>': the named body is the unit's parent",
    [Example("The FBI led the inquiry. This investigation was conducted by the FBI's Washington "
             "Field Office.",
             has=orgs("FBI", "FBI's Washington Field Office"))],
    off=None)
def _parent(name: str, form_to_id: dict[str, str], oid: str) -> str | None:
    """ "Press Service of the State Committee ..." -> the State Committee, where it is named;
    "FBI's Detroit Field Office" -> the FBI."""
    form = norm(name)
    if " of " in form:
        parent = form_to_id.get(form.split(" of ", 1)[1])
        if parent and parent != oid:
            return parent
    for mark in POSSESSIVE_MARKS:
        mark += " "
        if mark in name:
            parent = form_to_id.get(norm(name.split(mark)[0]))
            if parent and parent != oid:
                return parent
    return None


_CUE_FIRST_WORDS = frozenset(cue[0] for cue in TRADE_NAME_CUES)


@construction(
    "trade-name-alias", KIND, "merge",
    "'<Company>, doing business as <Name>' (also 'd/b/a', 'dba', 'which does business as A, "
    "B and C'): each trade name is another name of the company, no body of its own",
    [Example("Harlow Care Inc., which does business as Harlow Home Health Center, agreed to "
             "pay $2 million. Harlow Home Health Center will also hire a monitor.",
             has={"actions": (("hire a monitor", "Harlow Care Inc."),)}),
     Example("Tarvos Holdings LLC d/b/a Bright Smile Dental Clinic settled the claims.",
             has=orgs("Tarvos Holdings LLC", "Bright Smile Dental Clinic"))],
    off=list)
def trade_names(doc, candidates: list[Span]) -> list[tuple[Span, Span]]:
    """(company, trade name) for each trade name a cue introduces right after a company's
    name ("Acme Inc., doing business as Best Care, ..."), one per item of a list of them."""
    ends: dict[int, Span] = {}
    for c in candidates:
        if c.end not in ends or len(c) > len(ends[c.end]):
            ends[c.end] = c
    out = []
    lower = [t.lower_ for t in doc]  # once: the cues are looked for at every token
    for tok in doc:
        if lower[tok.i] not in _CUE_FIRST_WORDS:
            continue
        cue = next((c for c in TRADE_NAME_CUES
                    if tuple(lower[tok.i:tok.i + len(c)]) == c), None)
        if cue is None:
            continue
        k = tok.i
        while k > 0 and doc[k - 1].lower_ in TRADE_NAME_GAP and tok.i - k < 3:
            k -= 1
        owner = ends.get(k)
        if owner is None:
            continue
        i = tok.i + len(cue)
        while i < len(doc):
            end = i
            while end < len(doc) and end - i < 8 and (is_cap(doc[end]) or doc[end].text == "&"
                                                      or doc[end].like_num and end > i):
                end += 1
            if end == i:
                break
            out.append((owner, doc[i:end]))
            if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_.rstrip(".") \
                    in LEGAL_SUFFIXES:
                out[-1] = (owner, doc[i:end + 2])  # "Regional Home Care, Inc."
                end += 2
            j = end
            if j < len(doc) and doc[j].text == ",":
                j += 1
            if j < len(doc) and doc[j].lower_ in ("and", "also"):
                j += 1
            if j == end or j >= len(doc) or not is_cap(doc[j]):
                break
            i = j
    return out
