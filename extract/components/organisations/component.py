"""The `news_organisations` component: candidates from every source, the headline and
thing-acronym filters, acronym definitions and reuses, then the merge into records."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.components.organisations.acronyms import (
    acronym_tails,
    acting_acronyms,
    definitions,
    place_codes,
    shouted_honorifics,
    thing_acronyms,
    towns,
)
from extract.components.organisations.base import KIND, is_acronym, is_cap, norm, orgs
from extract.components.organisations.candidates import (
    acronym_named_units,
    acronym_units,
    called_bodies,
    inspector_general_offices,
    clean_entity,
    dateline_length,
    billed_payers,
    described_bodies,
    digit_led_names,
    distributed_heads,
    entity_cut_at_and,
    possessive_before_bracket,
    employers,
    firm_named,
    legal_name_forms,
    parent_comma_units,
    parties,
    place_based_named,
)
from extract.components.organisations.filters import person_surnames, surname_of_person
from extract.components.organisations.merging import (
    body_named_with_head,
    cluster,
    ends_in_lost_possessive,
    longest_first,
    middle_units,
    lost_possessive,
    lost_possessive_head,
    lost_possessive_of_named,
    possessive_owner,
    trade_names,
)
from extract.components.organisations.phrases import (
    head_noun_phrases,
    plural_head_lost_apostrophe,
)
from extract.components.organisations.titles import after_title_of
from extract.constructions import REGISTRY, Example, construction, declare, is_on, switched_off
from extract.lexicon import ORG_HEADS, POST_NOMINALS
from extract.lexicon.organisations import LEGAL_SUFFIXES
from extract.spans import age_follows, title_case_lines

if not Doc.has_extension("organisations"):
    Doc.set_extension("organisations", default=None)
# The candidate sources that proposed each record (id -> names), for the scorer: a record a
# specific construction proposed ("X, a company that", "Title of X") is not its to judge.
if not Doc.has_extension("organisation_sources"):
    Doc.set_extension("organisation_sources", default=None)


TAGGER_ORG = declare(
    "tagger-org-entity", KIND, "candidate",
    "spaCy's ORG entities, cleaned: cut at line breaks and 'and the', trimmed, vetoed",
    [Example("Chevron agreed to pay $30 million to settle the claims.", has=orgs("Chevron"))],
    module=__name__)
TITLED_PERSON = declare(
    "titled-person-entity", KIND, "candidate",
    "a name the tagger calls a person after '<title> of': the title's body",
    [Example("Sam Lee, Chief Executive Officer of Kellan Brooks, said the firm would grow.",
             has=orgs("Kellan Brooks")),
     Example("According to court documents, Blackmon purchased and became the president of "
             "Patriot in November 2003.", has=orgs("Patriot"))],
    module=__name__)
HEADLINE = declare(
    "headline-confirmed-only", KIND, "filter",
    "in a title-case headline only forms the body confirms count (or acronyms, office lines)",
    [Example("Justice Department Awards Grants to Tribal Police Departments\nThe Justice "
             "Department announced the awards today.", has=orgs("Justice Department"),
             lacks=orgs("Tribal Police"))],
    module=__name__)
ACRONYM_REUSE = declare(
    "acronym-reuse", KIND, "candidate",
    "every use of an acronym defined, acting as a subject or named as a body is a mention",
    [Example("Today, CCI entered guilty pleas to a three-count criminal information.",
             has=orgs("CCI"))],
    module=__name__)


@Language.factory("news_organisations", default_config={"use_entities": True, "off": []})
def make_organisations(nlp: Language, name: str, use_entities: bool, off: list[str]):
    return OrganisationsComponent(use_entities, off)


def _check_off(names) -> tuple[str, ...]:
    """The construction names to switch off, each a known organisation construction."""
    for n in names:
        c = REGISTRY.get(n)
        if c is None or c.kind != KIND:
            raise ValueError(f"news_organisations: {n!r} is not an organisation construction")
    return tuple(names)


class OrganisationsComponent:
    def __init__(self, use_entities: bool, off: list[str] | tuple[str, ...] = ()):
        self.use_entities = use_entities
        self.off = _check_off(off)

    def __call__(self, doc: Doc) -> Doc:
        if not self.off:
            return self._extract(doc)
        with switched_off(self.off):
            return self._extract(doc)

    def _extract(self, doc: Doc) -> Doc:
        sources: dict[tuple[int, int], set[str]] = {}

        def note(spans: list[Span], source: str) -> list[Span]:
            for s in spans:
                sources.setdefault((s.start, s.end), set()).add(source)
            return spans

        candidates = note(head_noun_phrases(doc), "head-noun")
        cut: list[Span] = []
        # "the Harlan Administrations commitment": a possessive before a noun says a body acts
        note([c for c in candidates if plural_head_lost_apostrophe(c[-1])], "lost-apostrophe")
        if self.use_entities:
            candidates += _entity_candidates(doc, note)
            cut = note(entity_cut_at_and(doc), "described")  # "X and Y Agency (XYA)"
            candidates += cut
        candidates += note(employers(doc), "employer")
        candidates += note(described_bodies(doc), "described")
        candidates += note(billed_payers(doc), "described")  # "billed Medicare"
        # "firm X" says what "X, a firm" says: the scorer leaves both to the rules.
        candidates += note(firm_named(doc), "described")
        candidates += note(place_based_named(doc), "described")  # "Brisbane-based X"
        candidates += note(digit_led_names(doc), "described")  # "84 Quarry", used as a name
        candidates += note(acronym_units(doc), "described")  # "IRS-Criminal Investigation"
        candidates += note(called_bodies(doc), "described")  # "a business called X"
        candidates += note(inspector_general_offices(doc), "described")  # "the ... IG for X"
        shared = distributed_heads(doc)
        note([doc[start:end] for start, end, _, _ in shared], "shared-head")
        if shared:
            covered = {i for start, end, _, _ in shared for i in range(start - 2, end)}
            candidates = [c for c in candidates if not covered & set(range(c.start, c.end))]
            candidates += [doc[start:end] for start, end, _, _ in shared]
        names = {(start, end): name for start, end, name, _ in shared}
        names.update({(c.start, c.end): c.text[:-1] for c in cut
                      if possessive_before_bracket(c)})
        # a name alone on a list's line is decided by its line, not scored as a headline's
        note([c for c in candidates if name_line(c)], "list-line")
        headline = title_case_lines(doc) if is_on(HEADLINE.name) else None
        if headline:
            confirmed = {norm(c.text) for c in candidates if c.start not in headline}
            candidates = [c for c in candidates if c.start not in headline
                          or norm(c.text) in confirmed or is_acronym(c.text)
                          or c[-1].lower_ in POST_NOMINALS  # a minister's office line
                          or _named_person_of(c) or name_line(c)]
        candidates = [_cut_dateline(c, sources) for c in candidates]
        candidates += note(parties(doc), "party")  # on header lines too
        candidates += note(legal_name_forms(doc, candidates), "legal-name")
        things = thing_acronyms(doc) | place_codes(doc) | shouted_honorifics(doc) | towns(doc)
        candidates = [c for c in candidates if norm(c.text) not in things]
        defs = definitions(doc, candidates)
        candidates += note([acr for acr, _ in defs], "definition")
        note([full for _, full in defs], "definition")
        if is_on(ACRONYM_REUSE.name):
            candidates += note(_acronym_uses(doc, candidates[:len(candidates) - len(defs)],
                                             defs, things), "acronym-use")
        dbas = trade_names(doc, candidates)
        comma_units = parent_comma_units(doc, candidates)
        candidates += note([whole for whole, _, _ in comma_units], "described")
        acronym_units_ = acronym_named_units(doc, candidates, defs)
        candidates += note([whole for whole, *_ in acronym_units_], "described")
        note([parent for _, parent, *_ in acronym_units_], "definition")  # "Full Name (ACR)"
        surnames = person_surnames(doc, _body_evidence(candidates, defs))
        if surnames:  # "Roe faces ..." after "Jo Roe, 51,": the person
            candidates = [c for c in candidates if not surname_of_person(c, surnames)]
        spans = longest_first(candidates)
        names.update({(s.start, s.end): s.text[:-1] for s in spans if lost_possessive(s)})
        names.update(_lone_lost_possessives(spans))
        # "Criminal Divisions Fraud Section": the unit keeps its name as written; its owner,
        # named inside it, is a body too and the unit's parent.
        owners = {(s.start, s.end): owner for s in spans if (owner := possessive_owner(s))}
        names.update({(o.start, o.end): o.text[:-1] for o in owners.values()})
        owners.update(middle_units(doc, owners))
        # "U.S. Secret Service, Denver Field Office": the parent is a body of its own
        kept = {(s.start, s.end) for s in spans}
        owners.update({(w.start, w.end): parent for w, parent, _ in comma_units
                       if (w.start, w.end) in kept})
        # "X (ACR) Chicago Regional Office": X is a body of its own, the unit's parent
        acronym_units_ = [u for u in acronym_units_ if (u[0].start, u[0].end) in kept]
        owners.update({(w.start, w.end): parent for w, parent, *_ in acronym_units_})
        nested = {(o.start, o.end) for o in owners.values()}
        # "Area Office of the Federal Water Board (FWB)": the acronym is the tail's, a body
        # named inside the unit's name; "X's Office of Y (OY)": "Office of Y" names X's unit.
        tails = acronym_tails(defs)
        defs = [(acr, next((t for n, t, own in tails if n == k and own), full))
                for k, (acr, full) in enumerate(defs)]
        inner = [t for _, t, own in tails if own and (t.start, t.end) not in nested]
        nested |= {(t.start, t.end) for t in inner}
        owned = {unit: (o.start, o.end) for unit, o in owners.items()}
        # the unit's short form is the words after the brackets ("Chicago Regional Office")
        owned.update({(w.start, w.end): (parent.start, _unit_form_start(w, unit, spans))
                      for w, parent, _, unit in acronym_units_})
        # "X Office of Inspector Generals (OIG) Dallas Region": the parent is X's "General"
        names.update({(p.start, p.end): p.text[:-1] for _, p, _, _ in acronym_units_
                      if ends_in_lost_possessive(p)})
        # the parent's acronym in the brackets is a form of the parent, not a mention apart
        inner += [acr for _, _, acr, _ in acronym_units_]
        defined = {(acr.start, acr.end) for acr, _ in defs}
        defs += [(acr, parent) for _, parent, acr, _ in acronym_units_
                 if (acr.start, acr.end) not in defined]
        nested |= {(acr.start, acr.end) for _, _, acr, _ in acronym_units_}
        records = cluster(spans + list(owners.values()) + inner, defs, names, owned)
        _add_tail_aliases(records, [(defs[n][1], t) for n, t, own in tails if not own])
        _name_units_alone(records, [(w, unit) for w, _, unit in comma_units
                                    if (w.start, w.end) in kept])
        _merge_trade_names(records, dbas)
        doc.spans["organisations"] = [Span(doc, s.start, s.end, label=oid)
                                      for oid, rec in records.items() for s in rec["_spans"]
                                      if (s.start, s.end) not in nested]
        doc._.organisation_sources = {
            oid: sorted(set().union(*(sources.get((s.start, s.end), {"owner"})
                                      for s in rec["_spans"])))
            for oid, rec in records.items()}
        for rec in records.values():
            rec.pop("_spans")
        doc._.organisations = list(records.values())
        return doc


PERSON_OF_LINE = declare(
    "person-of-body-line", KIND, "filter",
    "in a title-case line of a list of people, the body after '<Name> of the' counts",
    [Example("WHO: Attorney General Jane Roe\n\nAssistant Attorney General John Q. Public of "
             "the Consumer Protection Branch\n\nWHEN: Friday", has=orgs("Consumer Protection "
                                                                          "Branch")),
     Example("Individuals charged include:\n\nJohn Q. Public Sr. of Falls Church, Va.\n\n"
             "Mary Roe of Leonardtown, Md.", lacks=orgs("Falls Church"))],
    module=__name__)


@construction(
    "name-alone-on-list-line", KIND, "filter",
    "a name that fills a title-case line of a list (after the title, before another line "
    "or ', <place>') is a list item, not a headline's capitalised words",
    [Example("Grants Go to Rural Health Programs\n\nThis years grantees include:\n\n"
             "Vermont Board of Nursing Practice\n\nLake County Office of Rural Health, "
             "Ohio\n\nThe grants run for three years.",
             has=orgs("Vermont Board of Nursing Practice", "Lake County Office of Rural Health"),
             lacks=orgs("Rural Health Programs"))],
    off=False)
def name_line(c: Span) -> bool:
    """The candidate has a head noun and is all its line holds but a trailing ", <Place>",
    the line is not the first (a release's title) and no street address follows (a venue's
    address block): an item of a list of names set one to a line."""
    doc = c.doc
    if not any(t.lower_ in ORG_HEADS for t in c):
        return False  # a document's link line ("Acme Plea Agreement"), a name of a person
    if c.start == 0 or "\n" not in doc[c.start - 1].text and \
            "\n" not in doc[c.start - 1].whitespace_:
        return False
    if not any("\n" in t.text for t in doc[:c.start]):
        return False  # the title line
    end = c.end
    if end < len(doc) and doc[end].text == ".":
        end += 1
    if end < len(doc) and doc[end].text == ",":
        end += 1
        while end < len(doc) and is_cap(doc[end]) and "\n" not in doc[end - 1].whitespace_:
            end += 1
    if not (end == len(doc) or "\n" in doc[end].text or "\n" in doc[end - 1].whitespace_):
        return False
    while end < len(doc) and doc[end].is_space:
        end += 1
    return end == len(doc) or not doc[end].like_num  # a venue above its street address


def _body_evidence(candidates: list[Span], defs: list[tuple[Span, Span]]) -> set[str]:
    """Words with body evidence of their own: defined acronyms, and the first word of a
    candidate that ends in a legal suffix or a head noun ("Fenn" of "Fenn Holdings LLC")."""
    out = {norm(acr.text) for acr, _ in defs}
    for c in candidates:
        words = [t for t in c if not t.is_punct]
        if len(words) >= 2 and words[0].is_alpha and (words[-1].lower_ in ORG_HEADS
                                or words[-1].lower_.rstrip(".") in LEGAL_SUFFIXES):
            out.add(words[0].text.casefold())
    return out


def _lone_lost_possessives(spans: list[Span]) -> dict[tuple[int, int], str]:
    """One-word names with a lost apostrophe: "the Departments efforts" (the head the text
    uses alone) and "Acmecos revenue" (a body the text names), each with its own name."""
    named = {norm(s.text) for s in spans if len(s) > 0}
    # a company's name without its legal form, or its first word ("Harlow" of "Harlow
    # Mining LLC"): the short forms a text uses for it
    named |= {g for f in named if len(f.split()) >= 2 and f.split()[-1] in LEGAL_SUFFIXES
              for g in (" ".join(f.split()[:-1]), f.split()[0])}
    out = {}
    for s in spans:
        head = lost_possessive_head(s)
        name = (body_named_with_head(head, spans) or head) if head else \
            lost_possessive_of_named(s, named)
        if name:
            out[(s.start, s.end)] = name
    return out


def _add_tail_aliases(records: dict, pairs: list[tuple[Span, Span]]) -> None:
    """The record named by each full span gets the tail as an alias ("Office of Rural Water
    Programs" of "Commerce Departments Office of Rural Water Programs (ORWP)")."""
    for full, tail in pairs:
        rec = next((r for r in records.values() if any(
            s.start == full.start and s.end == full.end for s in r["_spans"])), None)
        if rec is not None and norm(tail.text) not in {norm(a) for a in
                                                       (rec["name"], *rec["aliases"])}:
            rec["aliases"].append(tail.text)


def _merge_trade_names(records: dict, pairs: list[tuple[Span, Span]]) -> None:
    """Each trade name joins the record of the company that does business as it: its own
    record (when it has one) is merged in, else the name is an alias."""
    def holding(span: Span):
        return next((oid for oid, r in records.items() if any(
            s.start <= span.start and span.end <= s.end for s in r["_spans"])), None)

    for owner, name in pairs:
        oid = holding(owner)
        if oid is None:
            continue
        rec = records[oid]
        other = holding(name)
        forms = [name.text]
        if other is not None and other != oid:
            gone = records.pop(other)
            forms = [gone["name"], *gone["aliases"]]
            rec["mentions"] += gone["mentions"]
            rec["_spans"] += gone["_spans"]
            for r in records.values():
                if r["parent_id"] == other:
                    r["parent_id"] = oid
        seen = {norm(f) for f in (rec["name"], *rec["aliases"])}
        for f in forms:
            if norm(f) not in seen:
                seen.add(norm(f))
                rec["aliases"].append(f)


def _name_units_alone(records: dict, pairs: list[tuple[Span, Span]]) -> None:
    """The record of "U.S. Secret Service, Denver Field Office" is named by the unit ("Denver
    Field Office"), the whole form an alias: the unit is the body that acts, and the text's
    later mentions and its actions name it alone."""
    for whole, unit in pairs:
        rec = next((r for r in records.values() if any(
            s.start == whole.start and s.end == whole.end for s in r["_spans"])), None)
        if rec is None or rec["name"] != whole.text:
            continue
        rec["aliases"] = [whole.text] + [a for a in rec["aliases"]
                                         if norm(a) not in (norm(unit.text), norm(whole.text))]
        rec["name"] = unit.text


def _unit_form_start(whole: Span, unit: Span, spans: list[Span]) -> int:
    """Where the short form of "Parent (ACR) Unit" starts: at the unit ("Dallas Region"),
    unless another body's mention ends in the same words ("FBI's Houston Field Office"
    beside "IRS (IRS) Houston Field Office"): then no short form (the whole's end)."""
    words = norm(unit.text)
    if any(s.end <= whole.start or s.start >= whole.end for s in spans
           if norm(s.text).endswith(words) and norm(s.text) != words):
        return whole.end
    return unit.start


def _cut_dateline(c: Span, sources: dict[tuple[int, int], set[str]]) -> Span:
    """The candidate without a dateline glued to it, proposed by the sources of the whole."""
    n = dateline_length(c)
    if not n:
        return c
    cut = c[n:]
    sources.setdefault((cut.start, cut.end), set()).update(sources.get((c.start, c.end), set()))
    return cut


def _named_person_of(c: Span) -> bool:
    """A body after "<Title> <Name> of the" on a title-case line ("Assistant Attorney General
    John P. Doe of the Civil Division"): a line of a media advisory's list of people, where
    the body is named as the person's, not a headline's capitalised words."""
    if not is_on(PERSON_OF_LINE.name):
        return False
    doc, i = c.doc, c.start - 2
    # "of the": without the article it is where the person lives ("Jo Roe of Falls Church, Va.")
    return i >= 1 and doc[i + 1].lower_ == "the" and doc[i].lower_ == "of" \
        and doc[i - 1].ent_type_ == "PERSON"


def _entity_candidates(doc: Doc, note=lambda spans, source: spans) -> list[Span]:
    """The tagger's ORG entities, and PERSON entities after "<title> of" ("CEO of BioMed X"),
    cleaned, in the order the tagger found them."""
    org_on, person_on = is_on(TAGGER_ORG.name), is_on(TITLED_PERSON.name)
    # Words of people's names, also of names the tagger calls ORG but an age follows
    # ("Wilfredo Blanco-Diaz, 40,"), so that a later "Blanco-Diaz" is no body either.
    person_words = {t.lower_ for e in doc.ents if e.label_ == "PERSON" or e.label_ ==
                    "ORG" and age_follows(doc, e.end) for t in e if not t.is_punct}
    out = []
    for ent in doc.ents:
        if ent.label_ == "ORG" and org_on:
            out += note(clean_entity(ent, person_words), "tagger")
        elif ent.label_ == "PERSON" and person_on and after_title_of(ent):
            out += note(clean_entity(ent, set(), named_body=True), "titled")
    return out


def _acronym_uses(doc: Doc, candidates: list[Span], defs: list[tuple[Span, Span]],
                  things: set[str]) -> list[Span]:
    """Each token that is an acronym defined, acting, or named as a body anywhere (not
    "McNeil", "LLC"), before or after its definition."""
    named = {norm(c.text) for c in candidates if len(c) == 1 and is_acronym(c.text)
             and c.text.isupper() and c[0].lower_ not in ORG_HEADS}
    defined = ({norm(acr.text) for acr, _ in defs} | acting_acronyms(doc) | named) - things
    return [doc[tok.i: tok.i + 1] for tok in doc
            if is_acronym(tok.text) and norm(tok.text) in defined]
