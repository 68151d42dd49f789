"""Who acts and when: resolving an action's subject to a person or organisation, and its time.

`Context` holds what one Doc says about people, organisations, roles, dates and speakers.
`Context.resolve` tries the actor steps in order (`ACTOR_STEPS`), each a declared construction:
a step returns the actor's id, `None` where it applies but finds nobody (the subject is a
pronoun with no antecedent), or `PASS` where it does not apply.
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from extract.constructions import Example, construction, is_on
from extract.lexicon import GROUP_HEADS, NON_ORG_HEADS, ORG_HEADS, TITLE_HEADS
from extract.lexicon.organisations import AMBIGUOUS_SUFFIXES, LEGAL_SUFFIXES
from extract.lexicon.actions import (
    ANY_BODY_NOUNS,
    COMMEMORATION_NOUNS,
    COMPANY_NOUNS,
    CONTROL_VERBS,
    DEFENDANT_DETERMINERS,
    COURT_EVENT_VERBS,
    GENERIC_ORG_NOUNS,
    HYPHENS,
    DOCUMENT_NOUNS,
    FUTURE_RELATIVE_WORDS,
    I_PRONOUNS,
    INSTRUMENT_NOUNS,
    JOINT_DECISION_VERBS,
    LOCAL_POLITY_NOUNS,
    MEMBER_NOUNS,
    MEMBERSHIP_PREPOSITIONS,
    OFFICIAL_TITLE_WORDS,
    OWN_POSSESSIVES,
    PARTY_NOUNS,
    PAST_DEICTIC_WORDS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PLAN_NOUNS,
    REFERRING_DETERMINERS,
    RELATED_EVENT_WORDS,
    SAY_VERBS,
    TIME_EXPRESSION_PREPOSITIONS,
    TITLE_COMPLEMENTS,
    TOGETHER_WORDS,
    WE_PRONOUNS,
    WRITTEN_FUTURE_AUXILIARIES,
)
from extract.spans import doc_text, span_index

PASS = object()  # an actor step that does not apply: the next one is tried


def _acts(*facts: tuple) -> dict:
    return {"actions": facts}


class Context:
    """What actor and time resolution need to know about one Doc."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.people_at = span_index(doc.spans.get("people", []))
        self.orgs_at = span_index(doc.spans.get("organisations", []))
        self.orgs = sorted(doc.spans.get("organisations", []), key=lambda s: s.start)
        self.dates = list(doc.spans.get("dates", []))
        self.date_end = {d["id"]: d["end"] for d in doc._.dates or []}
        # The time expressions an action may be anchored to (none with that construction off:
        # then a closing "in the coming weeks" stays in the text, as it did before it).
        self.times = anchoring_times(doc) if is_on("time-expression-of-the-verb") else []
        self.published = dt.date.fromisoformat(doc._.published) if doc._.published else None
        self.role_org = {}
        for r in doc._.roles or []:
            if r["organisation_id"]:
                self.role_org.setdefault(r["person_id"], r["organisation_id"])
        self.speakers = self._speakers()
        self.header_person = self._header_person()
        self.roles = sorted((r for r in doc._.roles or [] if r.get("evidence")),
                            key=lambda r: r["evidence"]["start"])

    def _speakers(self) -> list[tuple[int, int, str]]:
        """(paragraph start, say-verb offset, person) for each say-verb that attributes speech
        to a person."""
        out: list[tuple[int, int, str]] = []
        for tok in self.doc:
            if tok.lemma_ not in SAY_VERBS or tok.pos_ != "VERB":
                continue
            for child in tok.children:
                if child.dep_ == "nsubj":
                    speaker = next((self.people_at[t.i] for t in child.subtree
                                    if t.i in self.people_at), None) \
                        or _speaker_surname(self, child)
                    if speaker:
                        out.append((self._paragraph(tok.idx), tok.idx, speaker))
        return out

    def speaker(self, tok: Token) -> str | None:
        """Who says what the token's paragraph quotes: see `speaker-nearest`."""
        here = [(at, who) for par, at, who in self.speakers if par == self._paragraph(tok.idx)]
        if not here:
            return None
        return _nearest_speaker(here, tok) or here[0][1]

    def _header_person(self) -> str | None:
        """The person named in the first line (a minister's or an official's header, a
        headline naming who speaks): the "I" of a statement that quotes nobody."""
        first_line = doc_text(self.doc).find("\n")
        if first_line < 0:
            return None
        heads = [s for s in self.doc.spans.get("people", []) if s.start_char < first_line]
        return min(heads, key=lambda s: s.start).label_ if heads else None

    def byline_person(self) -> str | None:
        """The header's person where the first line has no verb (a name and a title, not a
        headline): who a minister's statement speaks for."""
        if not self.header_person:
            return None
        first_line = self.doc.char_span(0, doc_text(self.doc).find("\n"),
                                        alignment_mode="contract")
        if first_line is None or any(t.pos_ in ("VERB", "AUX") for t in first_line):
            return None
        return self.header_person

    def sole_byline(self) -> bool:
        """Whether the header (the lines before the first one with a verb) names one person
        only: a joint release's "we" has no single speaker."""
        names = set()
        for line in self.doc.sents:
            if any(t.pos_ in ("VERB", "AUX") for t in line):
                break
            names |= {self.people_at[t.i] for t in line if t.i in self.people_at}
        return len(names) == 1

    def title_holder(self, subject: Token) -> str | None:
        """The person holding the title a phrase names ("the Attorney General", also for
        "Attorney General of Georgia", not for "Assistant Attorney General"): the last one
        named before the phrase, else the first after it."""
        words = [t.lower_ for t in subject.subtree if t.dep_ not in ("det", "punct")]
        if not words or any(t.i > subject.i for t in subject.subtree):
            return None
        phrase = " ".join(words)
        holders = [r for r in self.roles if (t := r["title"].lower()) == phrase
                   or any(t.startswith(f"{phrase} {p} ") for p in TITLE_COMPLEMENTS)]
        if not holders:
            return None
        before = [r for r in holders if r["evidence"]["end"] <= subject.idx]
        return (before[-1] if before else holders[0])["person_id"]

    def _paragraph(self, offset: int) -> int:
        return doc_text(self.doc).rfind("\n", 0, offset) + 1

    def speaker_org(self, tok: Token) -> str | None:
        speaker = self.speaker(tok)
        if not speaker:
            return None
        return _quote_opens_with_body(self, tok, speaker) or self.role_org.get(speaker) \
            or _body_in_quote(self, tok) or speaker

    def last_org(self, before: int) -> str | None:
        earlier = [s for s in self.orgs if s.end <= before]
        return earlier[-1].label_ if earlier else None

    def resolve(self, subject: Token | None) -> str | None:
        """The person or organisation a subject names."""
        if subject is None:
            return None
        for step in ACTOR_STEPS:
            found = step(self, subject)
            if found is not PASS:
                return found
        return None

    def named(self, head: Token) -> str | None:
        """The body or person the head noun (or its name modifiers) names."""
        for tok in [head] + [c for c in head.children if c.dep_ in ("compound", "appos")]:
            found = self.orgs_at.get(tok.i) or self.people_at.get(tok.i)
            if found:
                return found
        return None

    def generic_org(self, subject: Token, guess: bool = True) -> str | None:
        """The organisation named before with the subject's head noun ("the Secretariat ... in
        Central Asia"), the one sharing most words with the phrase first; with `guess`, for
        "the company" and the like, the last body named whatever its name."""
        head = subject.lemma_.lower()
        words = {t.lower_ for t in subject.subtree if t.is_alpha and not t.is_stop} - {head}
        named = [s for s in self.orgs if head in s.text.lower()]
        earlier = [s for s in named if s.end <= subject.i]
        if earlier:
            best = max(earlier, key=lambda s: (len(words & {t.lower_ for t in s}), s.start))
            return _parent_the_noun_heads(self, best, head) or best.label_
        if named:  # named only further on ("the Department will ..." before its full name)
            return named[0].label_
        if guess and head in ANY_BODY_NOUNS:
            return _last_company(self, subject) or self.last_org(subject.i)
        return None

    def body_of(self, noun: Token) -> str | None:
        """The body a noun names, or refers back to with a generic head noun."""
        return self.named(noun) or (self.generic_org(noun) if noun.lemma_.lower()
                                    in GENERIC_ORG_NOUNS else None)

    def time(self, span: Span, verb: Token) -> str | None:
        """The id of the action's date (see the `time-*` constructions), else of the time
        expression on its verb (`time-expression-of-the-verb`), else None."""
        found = _time_inside(self, span, verb)
        if found is not None:
            return _time_expression_over_nested_date(self, found, verb) or found
        found = _time_in_clause(self, verb)
        return found if found is not None else time_expression(self, verb)

    def is_date(self, time: str | None) -> bool:
        """Whether `time` (an id `Context.time` gave) is a date's, not a time expression's."""
        return time in self.date_end

    def anchor(self, time: str | None) -> dict[str, str | None]:
        """The action record's time fields for what `time` found: a date's id is `time_id`,
        a time expression's `time_expression_id`."""
        dated = self.is_date(time)
        return {"time_id": time if dated else None,
                "time_expression_id": None if dated else time}


@construction(
    "actor-generic-noun-heads-the-name", "actions", "resolve",
    "\"the department\" after \"the Department of Justice's Antitrust Division\": the parent "
    "body the noun heads (\"Department of Justice\"), not its unit the noun only modifies",
    [Example("WASHINGTON The Department of Justices Antitrust Division issued the following "
             "statement today after closing its review of the merger of Acme Wireless Inc. and "
             "Beta Telecom Inc.\n\n\"The department will continue to monitor competition in "
             "the industry.\"", published="2017-08-02",
             has=_acts(("continue to monitor competition in the industry",
                        "Department of Justice"),))],
    off=None)
def _parent_the_noun_heads(ctx: Context, span: Span, head: str) -> str | None:
    """The parent body of a unit whose name the noun only modifies, where the parent's name
    has the noun as its head (no other body noun after it)."""
    records = {o["id"]: o for o in ctx.doc._.organisations or []}
    parent = records.get((records.get(span.label_) or {}).get("parent_id"))
    if parent is None or _heads_the_name(span.text, head):
        return None
    return parent["id"] if _heads_the_name(parent["name"], head) else None


def _heads_the_name(name: str, head: str) -> bool:
    """Whether no other body noun follows the noun in the name ("Department of Justice")."""
    words = name.lower().split()
    at = next((i for i, w in enumerate(words) if w.startswith(head)), None)
    return at is not None and not any(w in ORG_HEADS for w in words[at + 1:])


@construction(
    "speaker-by-surname", "actions", "resolve",
    "\"..., said Special Agent in Charge Ferry.\": a say-verb's subject with a surname names the "
    "one person of that surname named in full, whose 'we' and 'I' follow",
    [Example("The charges were announced by Special Agent in Charge Glenn R. Ferry of the HHS "
             "Office of Inspector General.\n\nClinics that enable fraud will pay a heavy price, "
             "said HHS-OIG Special Agent in Charge Ferry. We will use data analytics to bring "
             "these criminals to justice.",
             has=_acts(("use data analytics to bring these criminals to justice",
                        "HHS Office of Inspector General"),))],
    off=None)
def _speaker_surname(ctx: Context, subject: Token) -> str | None:
    words = {t.text for t in subject.subtree if t.pos_ == "PROPN" and _capitalised(t)}
    labels = {s.label_ for s in ctx.doc.spans.get("people", [])
              if len(s) > 1 and s[-1].text in words}
    return labels.pop() if len(labels) == 1 else None


@construction(
    "surname-with-inner-capital", "actions", "resolve",
    "a surname with a capital inside (\"McKay\", \"DeLuca\", \"O'Neill\") is a capitalised "
    "name word like \"Smith\" (spaCy's is_title says no)",
    [Example("The plea was announced by Special Agent in Charge Andrew G. McKay of the FBI. "
             "\n\nFraud harms us all, said FBI Special Agent in Charge McKay. We will bring "
             "these criminals to justice.",
             has=_acts(("bring these criminals to justice", "FBI"),))],
    off=None)
def _inner_capital(tok: Token) -> bool | None:
    """Whether a word is capitalised with a capital inside too ("McKay"); None switched off."""
    text = tok.text
    return len(text) > 2 and text[0].isupper() and any(c.islower() for c in text) \
        and not tok.is_title


def _capitalised(tok: Token) -> bool:
    """A name word: "Smith", also "McKay" (`surname-with-inner-capital`)."""
    return tok.is_title or bool(_inner_capital(tok))


@construction(
    "speaker-nearest", "actions", "resolve",
    "in a paragraph of several quotes, the speaker is the last say-verb's up to the end of the "
    "sentence, not the paragraph's first (\"..., said X. ... , said Y. We will ...\": Y)",
    [Example("Fraud harms us all, said Jane Doe, Director of the Office of Fair Lending. "
             "Lenders must follow the law, said John Roe, Chief of the Consumer Protection "
             "Unit. We will prosecute these cases to the fullest extent of the law.",
             has=_acts(("prosecute these cases to the fullest extent of the law",
                        "Consumer Protection Unit"),))],
    off=None)
def _nearest_speaker(speakers: list[tuple[int, str]], tok: Token) -> str | None:
    end = tok.sent.end_char
    before = [who for at, who in speakers if at < end]
    return before[-1] if before else None


# --- Actor steps, in the order `Context.resolve` tries them ------------------------------------

ACTOR_HEADS = (TITLE_HEADS | ORG_HEADS | GROUP_HEADS | GENERIC_ORG_NOUNS | MEMBER_NOUNS
               | PERSON_NOUNS | PARTY_NOUNS)


def is_thing(subject: Token) -> bool:
    """A common noun that names no party (a payment, a website, the locations of ...)."""
    return (subject.pos_ == "NOUN" and subject.ent_type_ not in ("ORG", "PERSON", "NORP")
            and subject.lemma_.lower() not in ACTOR_HEADS
            and subject.lower_ not in ACTOR_HEADS)


@construction(
    "actor-agent-before-passive-subject", "actions", "resolve",
    "a body's passive whose 'by' phrase names a person or body (\"The Denver office will be "
    "led by Special Agent in Charge X\"): the agent acts, not the subject (a person's, and a "
    "court event's, subject stays)",
    [Example("The Denver Division will be led by Special Agent in Charge John Roe, who comes "
             "from the Boston Field Office.",
             has=_acts(("be led by Special Agent in Charge John Roe", "John Roe"),)),
     Example("Acme Widgets Inc. pleaded guilty on Monday. Acme Widgets Inc. will be sentenced "
             "by U.S. District Judge Jane Roe on May 3, 2019.", published="2019-01-07",
             lacks=_acts(("be sentenced by U.S. District Judge Jane Roe on May 3, 2019",
                          "Jane Roe"),))],
    off=PASS)
def _agent_of_passive(ctx: Context, subject: Token):
    verb = subject.head
    if subject.dep_ != "nsubjpass" or verb.lemma_ in COURT_EVENT_VERBS \
            or ctx.people_at.get(subject.i) or any(c.dep_ == "conj" and c.pos_ == "VERB"
                                                   for c in verb.children):
        return PASS  # a person's own court event; a coordinated verb shares only the subject
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    name = next((o for o in (agent.children if agent is not None else ())
                 if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
    if name is None:
        return PASS
    clauses = {t.i for c in name.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    words = [t.i for t in name.subtree if t.i not in clauses]
    return next((ctx.people_at[i] for i in words if i in ctx.people_at), None) \
        or next((ctx.orgs_at[i] for i in words if i in ctx.orgs_at), PASS)


@construction(
    "actor-name-after-label", "actions", "resolve",
    "a subject parsed across a label (\"Award to X (XA), $500,000: XA, with Y, will ...\"): "
    "the first body or person named after the label's colon acts",
    [Example("OVW award to National Association of Rural Sheriffs (NARS), $599,742: NARS, in "
             "partnership with Families Without Fear, will implement the Rural Training "
             "Initiative to Prevent Bias in Law Enforcement Response to Sexual Assault.",
             has=_acts(("implement the Rural Training Initiative to Prevent Bias in Law "
                        "Enforcement Response to Sexual Assault",
                        "National Association of Rural Sheriffs"),))],
    off=PASS)
def _name_after_label(ctx: Context, subject: Token):
    words = list(subject.subtree)
    colons = [t.i for t in words if t.text == ":" and t.i < subject.head.i]
    if not colons:
        return PASS
    after = [t for t in words if t.i > colons[-1]]
    return next((ctx.orgs_at.get(t.i) or ctx.people_at.get(t.i) for t in after
                 if t.i in ctx.orgs_at or t.i in ctx.people_at), PASS)


@construction(
    "actor-not-object-of-a-thing", "actions", "resolve",
    "a thing as subject (\"the payment to X\", \"the arrangements with X\", \"the X "
    "website\"): the names it is about, in its phrases and compounds, do not act",
    [Example("The settlement payment to the Ocean Conservancy Fund will be used to restore "
             "coral reefs.",
             lacks=_acts(("be used to restore coral reefs", "Ocean Conservancy Fund"),)),
     Example("The currency arrangements with the Bank of Canada will provide these banks with "
             "liquidity.",
             lacks=_acts(("provide these banks with liquidity", "Bank of Canada"),)),
     Example("The Acme Corp. website will be extended to include a live chat.",
             lacks=_acts(("be extended to include a live chat", "Acme Corp."),))],
    off=PASS)
def _thing_subject(ctx: Context, subject: Token):
    if not is_thing(subject):
        return PASS
    if _surname_tagged_as_noun(subject) and _capitalised(subject) \
            and _person_of_surname(ctx, subject):
        return PASS  # a surname the tagger took for a noun ("Maines is scheduled to ...")
    for tok in [subject] + [c for c in subject.children if c.dep_ == "appos"]:
        found = ctx.orgs_at.get(tok.i) or ctx.people_at.get(tok.i)
        if found:
            return found
    return None


@construction(
    "actor-named-subject", "actions", "resolve",
    "the subject (or a compound or apposition of it) is a person or organisation named",
    [Example("The Arizona Criminal Justice Commission plans to support the statewide effort "
             "to fight drug trafficking.",
             has=_acts(("support the statewide effort to fight drug trafficking",
                        "Arizona Criminal Justice Commission"),)),
     Example("Acme Corp.'s chief executive, John Smith, will meet with regulators next week.",
             has=_acts(("meet with regulators next week", "John Smith"),))],
    off=PASS)
def _named_subject(ctx: Context, subject: Token):
    return ctx.named(subject) or PASS


@construction(
    "actor-not-of-a-named-instrument", "actions", "resolve",
    "a plan, law or programme named as subject (\"Acme's Clean Water Plan, which is led by X, "
    "will involve ...\"): a thing, whose owner and leaders named in it do not act",
    [Example("The Ministry's Clean Rivers Plan, which is led by Dr Jane Roe, will involve "
             "developing new standards for river monitoring.",
             lacks=_acts(("involve developing new standards for river monitoring", "Jane Roe"),))],
    off=PASS)
def _named_instrument(ctx: Context, subject: Token):
    if subject.pos_ != "PROPN" or subject.lower_ not in (
            INSTRUMENT_NOUNS | DOCUMENT_NOUNS | set(PLAN_NOUNS)) or subject.i in ctx.orgs_at:
        return PASS
    return None


@construction(
    "actor-our-body-speaker", "actions", "resolve",
    "'our office', 'my office', 'our agents' in a quote: the organisation of the speaker's "
    "role",
    [Example("Witness tampering will not be tolerated, said Jane Doe, Special Agent in Charge "
             "of the FBI's Denver Field Office. My office will continue to pursue those who "
             "threaten witnesses.",
             has=_acts(("continue to pursue those who threaten witnesses",
                        "FBI's Denver Field Office"),))],
    off=PASS)
def _our_body_speaker(ctx: Context, subject: Token):
    if subject.lemma_.lower() not in GENERIC_ORG_NOUNS | MEMBER_NOUNS or not any(
            c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in subject.children):
        return PASS
    speaker = ctx.speaker(subject)
    return (ctx.role_org.get(speaker) if speaker else None) or PASS


@construction(
    "actor-generic-body-noun", "actions", "resolve",
    "'the company', 'the Department', 'our agency': the body named with that head noun "
    "(before, else after), for 'company'-like nouns the last body named",
    [Example("The Environmental Protection Agency settled with Acme Corp. on Monday. The agency "
             "will hold a public meeting on the cleanup next month.",
             has=_acts(("hold a public meeting on the cleanup next month",
                        "Environmental Protection Agency"),))],
    off=PASS)
def _generic_body(ctx: Context, subject: Token):
    if subject.lemma_.lower() in GENERIC_ORG_NOUNS and any(
            c.lower_ in REFERRING_DETERMINERS for c in subject.children):
        return ctx.generic_org(subject)
    return PASS


@construction(
    "actor-this-office-of-the-speaker", "actions", "resolve",
    "'this office', 'our office' in a speaker's paragraph: the office the speaker's title heads "
    "(\"U.S. Attorney X\" -> \"U.S. Attorneys Office for ...\"), else the speaker (a U.S. "
    "Attorney's office is no body of its own), not another office named before",
    [Example("The case was investigated by the HHS Office of Investigations and prosecuted by "
             "the U.S. Attorneys Office for the District of Kansas.\n\nFraud harms every "
             "patient, said U.S. Attorney Jane Roe. This Office will remain vigilant in rooting "
             "out health care fraud.", published="2015-05-01",
             has=_acts(("remain vigilant in rooting out health care fraud",
                        "U.S. Attorneys Office for the District of Kansas"),)),
     Example("Housing discrimination harms families, said U.S. Attorney Jane Roe. This office "
             "will remain vigilant to protect the citizens of Kansas.", published="2015-05-01",
             has=_acts(("remain vigilant to protect the citizens of Kansas", "Jane Roe"),))],
    off=PASS)
def _office_of_speaker(ctx: Context, subject: Token):
    if subject.lemma_.lower() != "office" or not any(
            c.lower_ in ("this", "our") for c in subject.children):
        return PASS
    speaker = ctx.speaker(subject)
    if not speaker:
        return PASS
    titles = [r["title"].lower().replace("'", "") for r in ctx.roles
              if r["person_id"] == speaker]
    for o in ctx.doc._.organisations or []:
        name = o["name"].lower().replace("'", "")
        if "office" in name and any(name.startswith(t.split(" for ")[0]) for t in titles):
            return o["id"]
    return ctx.role_org.get(speaker) or speaker


@construction(
    "actor-members-of-body", "actions", "resolve",
    "'task force representatives', 'members of the Committee', 'the owners of X': the body its "
    "members or owners act for",
    [Example("The Senate Judiciary Committee held a hearing on Monday. Members of the "
             "committee will visit the border facility in June.",
             has=_acts(("visit the border facility in June", "Senate Judiciary Committee"),)),
     Example("Under the consent decree, the owners of Blue Harbor Grill LLC will install a ramp "
             "at the entrance.",
             has=_acts(("install a ramp at the entrance", "Blue Harbor Grill LLC"),))],
    off=PASS)
def _members_of(ctx: Context, subject: Token):
    if subject.lemma_.lower() not in MEMBER_NOUNS:
        return PASS
    for child in subject.children:
        if child.dep_ == "compound":
            found = ctx.body_of(child)
            if found:
                return found
        if child.dep_ == "prep" and child.lower_ in MEMBERSHIP_PREPOSITIONS:
            for obj in child.children:
                found = ctx.body_of(obj)
                if found:
                    return found
            if not any(c.dep_ == "pobj" for c in child.children) \
                    and child.i + 1 < len(child.doc) and child.i + 1 in ctx.orgs_at:
                return ctx.orgs_at[child.i + 1]  # the parse lost the name after "of"
    return PASS


@construction(
    "actor-title-holder", "actions", "resolve",
    "'the Attorney General', 'the Minister': the person named with that title, the last one "
    "before the phrase, else the first after",
    [Example("Attorney General Eric Holder spoke in Chicago on Monday. The Attorney General "
             "will meet with local police chiefs next week.", published="2010-05-03",
             has=_acts(("meet with local police chiefs next week", "Eric Holder"),))],
    off=PASS)
def _title_holder(ctx: Context, subject: Token):
    if subject.pos_ not in ("NOUN", "PROPN") or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this") for c in subject.children):
        return PASS
    return ctx.title_holder(subject) or PASS


@construction(
    "actor-the-defendants", "actions", "resolve",
    "'the defendant(s)', 'these defendants' (\"the decree requires the defendants to ...\"): "
    "the first party named before, a person without an official's title or a body with a "
    "legal form "
    "(coordinated parties act through the first named)",
    [Example("The Justice Department sued landlords Anna Kovac and Peter Kovac in May. Under "
             "the consent decree, the defendants will pay $20,000 to the tenants.",
             published="2015-05-01",
             has=_acts(("pay $20,000 to the tenants", "Anna Kovac"),)),
     Example("A federal judge entered a consent decree against Harbor Nutrition LLC, said "
             "Assistant Attorney General Jane Roe. The decree requires the defendants to cease "
             "all operations.", published="2015-05-01",
             has=_acts(("cease all operations", "Harbor Nutrition LLC"),))],
    off=PASS)
def _the_defendants(ctx: Context, subject: Token):
    if subject.lemma_.lower() != "defendant" or not any(
            c.dep_ == "det" and c.lower_ in DEFENDANT_DETERMINERS for c in subject.children):
        return PASS  # "three defendants", "other defendants": some of them, no one party
    if any(c.dep_ in ("acl", "relcl") for c in subject.children):
        return PASS  # "the defendants charged in each district": some of them
    return first_party(ctx, subject.i) or PASS


def first_party(ctx: Context, before: int) -> str | None:
    """The first party named before a token: a person who holds no official's title (those
    who announce, judge or prosecute a case) or a body whose name has a legal form (also
    "... Limited Partnership")."""
    officials = {r["person_id"] for r in ctx.doc._.roles or []
                 if set(re.findall(r"[a-z]+", r["title"].lower())) & OFFICIAL_TITLE_WORDS}
    people = [s for s in ctx.doc.spans.get("people", []) if s.end <= before
              and s.label_ not in officials]
    firms = [s for s in ctx.orgs if s.end <= before
             and (_has_legal_form(s) or s[-1].lower_ == "partnership")]
    parties = sorted(people + firms, key=lambda s: s.start)
    return parties[0].label_ if parties else None


@construction(
    "actor-party-of-the-agreement", "actions", "resolve",
    "an act an agreement or decree includes (\"The agreement also includes a payment to the "
    "county of $5,000\"): the act of the first party named before (see `first_party`)",
    [Example("Harbor Nutrition LLC and its owner settled the claims, said U.S. Attorney Jane "
             "Roe. The agreement also includes a payment to the county of $5,000 for its "
             "oversight costs.", published="2015-05-01",
             has=_acts(("payment to the county of $5,000 for its oversight costs",
                        "Harbor Nutrition LLC"),))],
    off=None)
def agreement_party(ctx: Context, trigger: Token) -> str | None:
    return first_party(ctx, trigger.i)


@construction(
    "actor-name-in-subject", "actions", "resolve",
    "a person or body named anywhere in the subject phrase (\"the new office of the FBI\")",
    [Example("A new task force led by the FBI will review the cases.",
             has=_acts(("review the cases", "FBI"),))],
    off=PASS)
def _name_in_subject(ctx: Context, subject: Token):
    for tok in subject.subtree if subject.pos_ != "PRON" else []:
        found = ctx.orgs_at.get(tok.i) or ctx.people_at.get(tok.i)
        if found:
            return found
    return PASS


@construction(
    "actor-surname", "actions", "resolve",
    "a surname alone (\"As COO, Mulcahy will ...\"): the one person of that surname named",
    [Example("Acme Corp. hired Tom Brandt in May. Brandt will lead the new research unit in "
             "Ohio.", has=_acts(("lead the new research unit in Ohio", "Tom Brandt"),))],
    off=PASS)
def _surname(ctx: Context, subject: Token):
    if subject.pos_ != "PROPN" and not _surname_tagged_as_noun(subject) \
            or not _capitalised(subject) or (
            subject.i > 0 and subject.nbor(-1).text in HYPHENS):  # "Wang-Woodford"
        return PASS
    return _person_of_surname(ctx, subject) or PASS


@construction(
    "actor-surname-tagged-as-noun", "actions", "resolve",
    "a surname alone as subject that the tagger reads as a plural or common noun (\"Maines is "
    "scheduled to ...\", \"Marks will ...\"): still the one person of that surname named",
    [Example("James Maines Jr., 54, of Dayton, pleaded guilty today. Maines is scheduled to "
             "be sentenced on March 16, 2016.", published="2015-11-02",
             has=_acts(("be sentenced", "James Maines"),))],
    off=False)
def _surname_tagged_as_noun(subject: Token) -> bool:
    return subject.pos_ == "NOUN" and subject.dep_ in ("nsubj", "nsubjpass") \
        and not any(True for _ in subject.children)


def _person_of_surname(ctx: Context, word: Token) -> str | None:
    """The one person named in full whose last word is the word (None: none, or two)."""
    named = [s for s in ctx.doc.spans.get("people", [])
             if len(s) > 1 and s[-1].text == word.text and s.start != word.i - len(s) + 1]
    labels = {s.label_ for s in named}
    return labels.pop() if len(labels) == 1 else None


@construction(
    "actor-who-antecedent", "actions", "resolve",
    "a relative 'who' as subject (\"Mayor Jane Roe of Springfield, who will also ...\"): the "
    "person named just before it (\"of Springfield\" skipped) or the clause hangs on, else "
    "the body it hangs on",
    [Example("Remarks will be given by the Governor and Mayor Jane Roe of Springfield, who "
             "will also introduce the keynote speaker.",
             has=_acts(("introduce the keynote speaker", "Jane Roe"),)),
     Example("John Doe had become a member of the Crimson Brotherhood who was preparing to "
             "travel abroad with other recruits.",
             lacks=_acts(("travel abroad with other recruits", "Crimson Brotherhood"),))],
    off=PASS)
def _who_antecedent(ctx: Context, subject: Token):
    if subject.lower_ != "who" or subject.head.dep_ != "relcl":
        return PASS
    before = subject.doc[subject.i - 1] if subject.i else subject
    if before.text == "," and before.i:
        before = subject.doc[before.i - 1]
    head = subject.head.head
    hung_on = [head, *head.conjuncts]
    near = [before] + ([before.head.head] if before.dep_ == "pobj" else [])
    person = next((ctx.people_at[t.i] for t in near + hung_on if t.i in ctx.people_at), None)
    if person or head.dep_ == "pobj":  # "a supporter of X who ...": X may not be meant
        return person or PASS
    return next((ctx.orgs_at[t.i] for t in hung_on if t.i in ctx.orgs_at), PASS)


@construction(
    "actor-short-name-of-body", "actions", "resolve",
    "a name that is the first word(s) of one body named before (\"Acme Widgets Inc. ... Acme "
    "will pay\"), and no person's: that body, called by its short name",
    [Example("Brandor Shipping Company pleaded guilty on Monday. Brandor will pay a criminal "
             "fine of $2 million and serve three years of probation.",
             has=_acts(("pay a criminal fine of $2 million", "Brandor Shipping Company"),
                       ("serve three years of probation", "Brandor Shipping Company")))],
    off=PASS)
def _short_name_of_body(ctx: Context, subject: Token):
    if subject.pos_ != "PROPN" or not subject.is_title or subject.i in ctx.people_at:
        return PASS
    name = subject.doc[subject.left_edge.i:subject.i + 1]
    words = [t.text for t in name] if all(t.pos_ == "PROPN" for t in name) else [subject.text]
    bodies = [s for s in ctx.orgs if s.end <= subject.i and len(s) > len(words)
              and [t.text for t in s[:len(words)]] == words]
    labels = {s.label_ for s in bodies}
    return labels.pop() if len(labels) == 1 else _first_of_bodies(bodies) if labels else PASS


@construction(
    "actor-short-name-of-first-body", "actions", "resolve",
    "a name that is the first word(s) of several bodies named before (\"Acme Terminal Inc. "
    "and Acme Logistics LLC ... Acme will\"): the first of them, the party the release is about",
    [Example("Brandor Shipping Company and Brandor Fleet Services agreed to resolve the claims "
             "on Monday. Brandor will install new pollution controls at the terminal.",
             has=_acts(("install new pollution controls at the terminal",
                        "Brandor Shipping Company"),))],
    off=PASS)
def _first_of_bodies(bodies: list[Span]):
    """The first named of several bodies one short name may stand for: the main party."""
    return bodies[0].label_


def _has_legal_form(span: Span) -> bool:
    """Whether a name ends in a company's legal form ("Acme Inc.", "Acme Holdings LLC")."""
    return span[-1].lower_.rstrip(".") in LEGAL_SUFFIXES - AMBIGUOUS_SUFFIXES


@construction(
    "actor-company-noun-legal-name", "actions", "resolve",
    "'the company', 'the firm': the last body named before whose name has a legal form "
    "(Inc., LLC, Corp.), not a later-named agency or court",
    [Example("Under the settlement, Halvard Chemicals Inc. will pay a civil penalty, the "
             "Environmental Protection Agency said. The company will also hire an independent "
             "auditor.",
             has=_acts(("hire an independent auditor", "Halvard Chemicals Inc."),)),
     Example("Halvard Chemicals Inc. settled with the Environmental Protection Agency. The "
             "decree requires the company to perform three environmental projects.",
             has=_acts(("perform three environmental projects", "Halvard Chemicals Inc."),))],
    off=None)
def _last_company(ctx: Context, subject: Token) -> str | None:
    if subject.lemma_.lower() not in COMPANY_NOUNS or subject.tag_ == "NNS":
        return None  # "the companies": several parties, not the last firm
    firms = {s.label_ for s in ctx.orgs if _has_legal_form(s)}
    earlier = [s for s in ctx.orgs if s.end <= subject.i and s.label_ in firms]
    return earlier[-1].label_ if earlier else None


@construction(
    "actor-pronoun-clause-subject", "actions", "resolve",
    "'he', 'his', 'she': the person named as subject of a clause the pronoun is in (\"X "
    "vacated the order of Y and announced his intention to ...\": X), before the last named",
    [Example("Attorney General Eric Holder today vacated the order issued by Judge John Smith "
             "in January and announced his intention to open a new review of the rules.",
             published="2010-05-03",
             has=_acts(("open a new review of the rules", "Eric Holder"),)),
     Example("Mayor Jane Roe thanked Police Chief John Smith and said she will hire fifty new "
             "officers next year.", published="2010-05-03",
             has=_acts(("hire fifty new officers next year", "Jane Roe"),))],
    off=PASS)
def _pronoun_clause_subject(ctx: Context, subject: Token):
    if subject.lower_ not in PERSON_PRONOUNS:
        return PASS
    for node in subject.ancestors:
        for child in node.children:
            if child.dep_ == "nsubj" and child.i < subject.i and child is not subject:
                found = next((ctx.people_at[t.i] for t in (child, *child.children)
                              if t.i in ctx.people_at), None)
                if found:
                    return found
    return PASS


@construction(
    "actor-he-she-not-the-speaker", "actions", "resolve",
    "'he', 'she' in a sentence after a quote's 'said X' that reports no speech itself: the last "
    "person named before other than X (a speaker says 'I' of themself)",
    [Example("John Smith will serve five years in prison. Smith's crimes put lives at risk, said "
             "U.S. Attorney Jane Roe. When he is released, he will be barred from owning a "
             "firearm.", published="2015-05-01",
             has=_acts(("be barred from owning a firearm", "John Smith"),))],
    off=PASS)
def _he_she_not_speaker(ctx: Context, subject: Token):
    if subject.lower_ not in PERSON_PRONOUNS or any(
            t.lemma_ in SAY_VERBS and t.pos_ == "VERB" for t in subject.sent):
        return PASS
    before = [i for i in ctx.people_at if i < subject.i]
    speakers = {who for par, at, who in ctx.speakers
                if par == ctx._paragraph(subject.idx) and at < subject.sent.start_char}
    if not before or ctx.people_at[max(before)] not in speakers:
        return PASS
    others = [i for i in before if ctx.people_at[i] not in speakers]
    return ctx.people_at[max(others)] if others else PASS


@construction(
    "actor-both-first-named", "actions", "resolve",
    "'both', 'they both' as subject (\"A and B were charged in May. Both are scheduled for "
    "sentencing ...\"): the first person named in its sentence before it, else in the sentence "
    "before (coordinated parties act through the first named)",
    [Example("Jane Roe and John Doe were charged on June 28, 2014. Both are scheduled for "
             "sentencing on Jan. 15, 2015.", published="2014-10-01",
             has=_acts(("sentencing", "Jane Roe", "Jan. 15, 2015"),)),
     Example("In December, Jane Roe pleaded guilty and John Doe was convicted by a jury; they "
             "are both scheduled to be sentenced on May 11, 2018.", published="2018-02-01",
             has=_acts(("be sentenced", "Jane Roe"),))],
    off=PASS)
def _both_first_named(ctx: Context, subject: Token):
    if not (subject.lower_ == "both" or subject.lower_ == "they" and any(
            t.lower_ == "both" for t in subject.head.children if t.i > subject.i)):
        return PASS
    sent = subject.sent
    here = _people_in(ctx, sent.start, subject.i)
    if not here and sent.start > 0:
        before = ctx.doc[sent.start - 1].sent
        here = _people_in(ctx, before.start, before.end)
    return here[0] if here else PASS


def _people_in(ctx: Context, start: int, end: int) -> list[str]:
    """The people named between two tokens, in order, by name or by surname alone."""
    out = []
    for tok in ctx.doc[start:end]:
        who = ctx.people_at.get(tok.i) or (tok.pos_ == "PROPN" and _capitalised(tok)
                                           and _person_of_surname(ctx, tok))
        if who:
            out.append(who)
    return out


@construction(
    "actor-he-she", "actions", "resolve",
    "'he', 'she': the last person named before",
    [Example("Attorney General Eric Holder spoke in Chicago. He will meet with local police "
             "chiefs next week.", published="2010-05-03",
             has=_acts(("meet with local police chiefs next week", "Eric Holder"),))],
    off=PASS)
def _he_she(ctx: Context, subject: Token):
    if subject.lower_ not in PERSON_PRONOUNS:
        return PASS
    before = [i for i in ctx.people_at if i < subject.i]
    return ctx.people_at[max(before)] if before else None


@construction(
    "actor-we-speaker", "actions", "resolve",
    "'we', 'our' in a quote: the organisation of the speaker's role, else the speaker",
    [Example("\"We will continue to aggressively prosecute these crimes,\" said Jane Doe, "
             "Director of the Office of Fair Lending.",
             has=_acts(("continue to aggressively prosecute these crimes",
                        "Office of Fair Lending"),))],
    off=PASS)
def _we_speaker(ctx: Context, subject: Token):
    if subject.lower_ not in WE_PRONOUNS:
        return PASS
    return ctx.speaker_org(subject) or PASS


@construction(
    "actor-we-body-in-quote", "actions", "resolve",
    "a quoted 'we' whose speaker has no organisation in a role: the body the speaker's "
    "paragraph names as a subject before it (\"the Department has been taking action ... we "
    "will\")",
    [Example("\"Our communities deserve safe streets,\" said Attorney General Jane Doe. \"The "
             "Department of Justice opened a task force on this last year. Today we will announce "
             "three "
             "new grant programs for rural police.\"", published="2017-08-02",
             has=_acts(("announce three new grant programs for rural police",
                        "Department of Justice"),))],
    off=None)
def _body_in_quote(ctx: Context, tok: Token) -> str | None:
    start = ctx._paragraph(tok.idx)
    bodies = [s for s in ctx.orgs if start <= s.start_char and s.end <= tok.i
              and s.root.dep_ in ("nsubj", "nsubjpass")]
    return bodies[-1].label_ if bodies else _body_before_we(ctx, tok)


@construction(
    "actor-we-body-the-quote-opens-with", "actions", "resolve",
    "a quoted 'we' after the speaker's quote names a body as the subject of a statement in the "
    "present or future (\"The Department of Justice is committed to X, said Jane Roe of the "
    "Civil Division. We will ...\"): that body, over the unit of the speaker's role; not a "
    "body the quote tells of in the past (\"The FBI worked hard\"), a partner",
    [Example("The Department of Labor is committed to safe mines, said Jane Roe, Assistant "
             "Secretary for the Mine Safety and Health Administration. We will inspect every "
             "coal mine in the state this year.", published="2015-05-01",
             has=_acts(("inspect every coal mine in the state this year",
                        "Department of Labor"),)),
     Example("The Internal Revenue Service worked hard on this case, said Jane Roe, Assistant "
             "Secretary for the Mine Safety and Health Administration. We will inspect every "
             "coal mine in the state this year.", published="2015-05-01",
             has=_acts(("inspect every coal mine in the state this year",
                        "Mine Safety and Health Administration"),))],
    off=None)
def _quote_opens_with_body(ctx: Context, tok: Token, speaker: str) -> str | None:
    start = ctx._paragraph(tok.idx)
    says = sorted(at for par, at, _ in ctx.speakers if par == start and at < tok.sent.end_char)
    if len(says) > 1:  # another speaker's quote before this one's: from the end of its sentence
        start = max(start, ctx.doc.char_span(says[-2], says[-2] + 1,
                                             alignment_mode="expand").sent.end_char)
    found = None
    for t in _paragraph_tokens(ctx, start, tok.i):
        if t.dep_ not in ("nsubj", "nsubjpass") or t.lower_ in WE_PRONOUNS:
            continue
        verb = t.head
        if verb.lemma_ in SAY_VERBS or verb.tag_ == "VBD" or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children):
            continue  # the speaker's own "said", or what a body did: a partner's past work
        body = ctx.orgs_at.get(t.i) or (
            ctx.generic_org(t, guess=False) if t.lemma_.lower() in GENERIC_ORG_NOUNS
            and any(c.lower_ == "the" for c in t.children) else None)
        if body:
            found = body
    return found


def _paragraph_tokens(ctx: Context, start_char: int, end: int):
    """The tokens from a paragraph's first character up to (not including) token `end`."""
    i = end
    while i > 0 and ctx.doc[i - 1].idx >= start_char:
        i -= 1
    return ctx.doc[i:end]


@construction(
    "actor-we-body-of-the-sentence", "actions", "resolve",
    "a quoted 'we' whose speaker has no organisation in a role and whose paragraph names no "
    "body as a subject: the last body the sentence names before it (\"X is a top priority of "
    "the Department of Justice, and we will ...\"), not a partner (\"together with the FBI, "
    "we will ...\")",
    [Example("Fraud is a heinous crime, said Acting Assistant Attorney General John Roe. "
             "Fighting fraud is one of the highest priorities of the Department of Justice, and "
             "we will continue to seek justice for its victims.", published="2017-08-02",
             has=_acts(("continue to seek justice for its victims", "Department of Justice"),)),
     Example("Fraud is a heinous crime, said Acting Assistant Attorney General John Roe. "
             "Together with the FBI, we will continue to seek justice for its victims.",
             published="2017-08-02",
             lacks=_acts(("continue to seek justice for its victims", "FBI"),))],
    off=None)
def _body_before_we(ctx: Context, tok: Token) -> str | None:
    bodies = [s for s in ctx.orgs if tok.sent.start <= s.start and s.end <= tok.i
              and (s.root.dep_ in ("poss", "dobj", "nsubj", "nsubjpass", "attr")
                   or s.root.dep_ == "pobj" and s.root.head.lower_ == "of")]
    return bodies[-1].label_ if bodies else None  # not a partner "with" or a means "through"


@construction(
    "actor-i-speaker", "actions", "resolve",
    "'I', 'my': the speaker of the quote, else the person the first line names (a "
    "minister's statement)",
    [Example("SENATOR THE HON JANE SMITH Minister for Trade\n\nMEDIA RELEASE\n\nOn Sunday I "
             "will travel to Japan to discuss regional trade.",
             has=_acts(("travel to Japan to discuss regional trade", "JANE SMITH"),)),
     Example("\"I will not rest until every victim is heard,\" said Jane Doe, the county "
             "prosecutor.", has=_acts(("not rest until every victim is heard", "Jane Doe"),))],
    off=PASS)
def _i_speaker(ctx: Context, subject: Token):
    if subject.lower_ not in I_PRONOUNS:
        return PASS
    return ctx.speaker(subject) or ctx.header_person


def _in_quote(tok: Token) -> bool:
    """Whether a quotation opened in the token's paragraph is still open before it."""
    text = doc_text(tok.doc)
    before = text[text.rfind("\n", 0, tok.idx) + 1:tok.idx]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _clause_verb(tok: Token) -> Token:
    """The verb a subject, a possessive ("our commitment") or a date's root belongs to (the
    root where no verb is above it)."""
    node = tok.head
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


@construction(
    "actor-we-of-several-parties", "actions", "resolve",
    "an unquoted 'we' of a minister's statement that speaks for the parties of a meeting "
    "(\"We agreed to ...\", \"We reaffirmed our commitment to ...\", \"Together we will ...\", "
    "\"Ministers agreed we will ...\"): no single speaker, no actor",
    [Example("SENATOR THE HON JANE SMITH Minister for Trade\n\nMEDIA RELEASE\n\nToday I met "
             "my counterparts from the region. We agreed to hold a second round of talks in "
             "Fiji. Together we will build stronger supply chains.",
             lacks=_acts(("hold a second round of talks in Fiji", "JANE SMITH"),
                         ("build stronger supply chains", "JANE SMITH"))),
     Example("SENATOR THE HON JANE SMITH Minister for Trade\n\nMEDIA RELEASE\n\nToday I met "
             "my counterparts from the region. We reaffirmed our commitment to expand regional "
             "trade networks. Ministers agreed we will continue to meet at all levels.",
             lacks=_acts(("expand regional trade networks", "JANE SMITH"),
                         ("continue to meet at all levels", "JANE SMITH")),
             has=_acts(("expand regional trade networks", None),))],
    off=PASS)
def _we_of_several(ctx: Context, subject: Token):
    if subject.lower_ not in WE_PRONOUNS or _in_quote(subject) or not ctx.byline_person():
        return PASS
    verb = _clause_verb(subject)
    if verb.tag_ == "VBD" and verb.lemma_ in JOINT_DECISION_VERBS and any(
            c.dep_ == "nsubj" and c.lower_ in WE_PRONOUNS for c in verb.children):
        return None
    if any(c.lower_ in TOGETHER_WORDS for c in verb.children):
        return None
    if verb.dep_ == "ccomp" and any(c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS")
                                    and c.i not in ctx.orgs_at for c in verb.head.children):
        return None
    return PASS


@construction(
    "actor-we-byline", "actions", "resolve",
    "an unquoted 'we' in a statement headed by a person's name and title (a first line "
    "without a verb): that person, who speaks for the delegation",
    [Example("SENATOR THE HON JANE SMITH Minister for Trade\n\nMEDIA RELEASE\n\nIn Tokyo I "
             "will meet my counterpart. We will discuss regional trade and market access.",
             has=_acts(("discuss regional trade and market access", "JANE SMITH"),)),
     Example("THE HON JANE SMITH Minister for Trade\n\nTHE HON JOHN BROWN Minister for "
             "Health\n\nJOINT MEDIA RELEASE\n\nWe will discuss regional trade and market "
             "access.",
             lacks=_acts(("discuss regional trade and market access", "JANE SMITH"),)),
     Example("Attorney General Jane Smith Announces New Grants\n\nWe will provide $5 million "
             "to support regional police training.",
             lacks=_acts(("provide $5 million to support regional police training",
                          "Jane Smith"),))],
    off=PASS)
def _we_byline(ctx: Context, subject: Token):
    if subject.lower_ not in WE_PRONOUNS or _in_quote(subject) or not ctx.sole_byline():
        return PASS
    return ctx.byline_person() or PASS


@construction(
    "actor-country-of-minister", "actions", "resolve",
    "a country as subject (\"Australia will provide ...\") in a statement headed by a person's "
    "name and title (a first line without a verb): that person, who speaks for it",
    [Example("SENATOR THE HON JANE SMITH Minister for Trade\n\nMEDIA RELEASE\n\nAustralia "
             "will provide $5 million to support regional trade networks.",
             has=_acts(("provide $5 million to support regional trade networks",
                        "JANE SMITH"),)),
     Example("Attorney General Jane Smith Announces New Grants\n\nThe United States will "
             "provide $5 million to support regional police training.",
             lacks=_acts(("provide $5 million to support regional police training",
                          "Jane Smith"),))],
    off=PASS)
def _country_of_minister(ctx: Context, subject: Token):
    if subject.ent_type_ != "GPE" or subject.dep_ != "nsubj":
        return PASS
    return ctx.byline_person() or PASS


@construction(
    "actor-country-of-speaker", "actions", "resolve",
    "a country as subject in a quoted statement (\"..., said X. This verdict shows that the "
    "United States will not tolerate ...\"): the speaker, who speaks for it (a country is no "
    "organisation); not a county or city, a party of its own",
    [Example("This defendant exploited vulnerable workers, said Assistant Attorney General Jane "
             "Roe of the Civil Rights Division. This verdict sends a clear message that the "
             "United States will not tolerate forced labor.", published="2015-05-01",
             has=_acts(("not tolerate forced labor", "Jane Roe"),)),
     Example("Polluted runoff harms the river, said U.S. Attorney Jane Roe. Pine County has "
             "agreed to build two new retention ponds.", published="2015-05-01",
             lacks=_acts(("build two new retention ponds", "Jane Roe"),))],
    off=PASS)
def _country_of_speaker(ctx: Context, subject: Token):
    if subject.ent_type_ != "GPE" or subject.dep_ != "nsubj" or any(
            t.lower_ in LOCAL_POLITY_NOUNS for t in subject.subtree):
        return PASS  # a county or city is a party of its own, not the speaker's country
    return ctx.speaker(subject) or PASS


@construction(
    "actor-it-last-body", "actions", "resolve",
    "'it' as subject: the last organisation named in the sentence or just before it",
    [Example("Acme Corp. agreed to pay $2 million, and it will also hire an independent "
             "monitor.",
             has=_acts(("hire an independent monitor", "Acme Corp."),))],
    off=PASS)
def _it_last_body(ctx: Context, subject: Token):
    if subject.lower_ != "it" or subject.dep_ != "nsubj":
        return PASS
    sent_start = subject.sent.start
    prev = [s for s in ctx.orgs if s.end <= subject.i and s.start >= max(0, sent_start - 60)]
    return prev[-1].label_ if prev else None


@construction(
    "actor-it-thing-antecedent", "actions", "resolve",
    "'it' opening a sentence after one whose subject is a thing (\"The agreement upgrades the "
    "treaty. It will now undergo ...\"): the thing, no actor",
    [Example("Acme Corp. signed the pact with the Ministry of Trade. The pact upgrades the "
             "existing treaty. It will now undergo review by the parliament.",
             lacks=_acts(("undergo review by the parliament", "Ministry of Trade"),))],
    off=PASS)
def _it_thing_antecedent(ctx: Context, subject: Token):
    if subject.lower_ != "it" or subject.dep_ != "nsubj" or any(
            s.start >= subject.sent.start and s.end <= subject.i for s in ctx.orgs):
        return PASS
    start = subject.sent.start
    if start == 0:
        return PASS
    before = ctx.doc[start - 1].sent
    antecedent = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")),
                      None)
    if antecedent is None or antecedent.lower_ in ("it", "this", "that"):
        return PASS
    return PASS if ctx.named(antecedent) or not (is_thing(antecedent) or (
        antecedent.pos_ == "PROPN" and antecedent.lemma_.lower() in NON_ORG_HEADS)) else None


@construction(
    "actor-generic-group-with-clause", "actions", "resolve",
    "a generic group as subject, a bare plural or 'those' with a relative clause (\"those who "
    "defraud X will be held accountable\", \"executives who obstruct Y ...\", \"Individuals "
    "such as Z, who ...\"): no party, not a name inside its clause or its example",
    [Example("Executives who obstruct Federal Trade Commission inquiries will be prosecuted, "
             "said Jane Roe.", published="2015-05-01",
             lacks=_acts(("be prosecuted", "Federal Trade Commission"),)),
     Example("Individuals such as John Doe, who hide income from the Internal Revenue Service, "
             "will be held to account for their crimes.", published="2015-05-01",
             lacks=_acts(("be held to account for their crimes", "John Doe"),))],
    off=PASS)
def _generic_group(ctx: Context, subject: Token):
    if not any(t.dep_ == "relcl" for t in subject.subtree) or subject.i in ctx.orgs_at \
            or subject.i in ctx.people_at:
        return PASS
    if subject.lower_ in ("those", "anyone", "anybody", "whoever"):
        return None
    bare = subject.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod", "compound")
                                             for c in subject.children)
    return None if bare else PASS


ACTOR_STEPS = (_name_after_label, _thing_subject, _generic_group, _agent_of_passive,
               _named_subject, _named_instrument, _our_body_speaker, _office_of_speaker,
               _generic_body, _members_of, _title_holder, _the_defendants, _name_in_subject,
               _surname, _short_name_of_body, _who_antecedent, _pronoun_clause_subject,
               _both_first_named, _he_she_not_speaker, _he_she,
               _we_speaker, _we_of_several, _we_byline, _i_speaker, _country_of_minister,
               _country_of_speaker,
               _it_thing_antecedent, _it_last_body)


# --- Actor steps outside the subject --------------------------------------------------------

def subject_of(tok: Token) -> Token | None:
    """The subject of a verb, looked up through coordinations and complements."""
    node = tok
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        named = _name_before_auxiliary(node)
        if not subjects and named is not None:
            return named
        if subjects:
            return _nearest_subject(subjects) or subjects[0]
        praised = _party_praised_for(node)
        if praised is not None:
            return praised
        aside = _subject_of_aside(node)
        if aside is not None:
            return aside
        if node.dep_ in ("conj", "xcomp", "acomp") and node.head.i != node.i:
            node = node.head
            continue
        break
    return None


@construction(
    "actor-name-before-will", "actions", "resolve",
    "a verb parsed without a subject whose 'will' follows a name (\"... and Denver-based Acme "
    "will build ...\", \"By joining, Acme and Beta will ...\"): the name, the first of a "
    "coordination, is the subject",
    [Example("Ohio company Brandor Tools will further develop its cutting blade that sharply "
             "reduces the waste of small shops and Denver-based Acme Widgets Inc. will "
             "commercialise its new sensor panel.",
             has=_acts(("commercialise its new sensor panel", "Acme Widgets Inc."),)),
     Example("The government will recover $9 million for the overbilling of Medicare and "
             "Medicaid, and Alabama and Florida will recover $500,000 for their programs.",
             lacks=_acts(("recover $500,000 for their programs", "Medicare"),)),
     Example("The Justice Department sued the company in May. The departments lawsuit "
             "against Harbor Express will continue that effort and, if successful, allow "
             "merchants more freedom.",
             lacks=_acts(("continue that effort and, if successful, allow merchants more "
                          "freedom", "Harbor Express"),))],
    off=None)
def _name_before_auxiliary(verb: Token) -> Token | None:
    will = next((c for c in verb.children if c.dep_ == "aux"
                 and c.lower_ in WRITTEN_FUTURE_AUXILIARIES and c.i < verb.i), None)
    if will is None or will.i == 0:
        return None
    name = verb.doc[will.i - 1]
    if name.pos_ != "PROPN" or name.dep_ in ("nsubj", "nsubjpass") or name.head.i > will.i:
        return None
    if _object_of_a_noun(name):
        return None  # "the investigation of Acme Corp. will ...": the inquiry's, not Acme's
    while name.dep_ == "conj" and name.head.pos_ == "PROPN" and all(
            t.pos_ in ("PROPN", "CCONJ") for t in verb.doc[name.head.i:name.i]):
        name = name.head  # "Acme and Beta will ...": the first named
    return None if name.ent_type_ == "GPE" else name  # a place does not act


def _object_of_a_noun(name: Token) -> bool:
    """A name that is the object of a noun's preposition, over its compounds ("the lawsuit
    against Acme Express", "the investigation of the Riverside Police Department")."""
    tok = name
    while True:
        while tok.dep_ in ("compound", "flat", "conj", "appos") and tok.head.pos_ == "PROPN":
            tok = tok.head
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return False
        owner = tok.head.head  # a lost apostrophe can make the noun a clausal subject
        if owner.pos_ == "PROPN" and tok.head.lower_ == "of" and all(
                t.is_title or t.lower_ in ("of", "the", "and") for t in
                tok.doc[owner.i:tok.i + 1]):
            tok = owner  # "Department of Justice": one name, go on from its head
            continue
        return owner.pos_ in ("NOUN", "PROPN") or owner.dep_ in ("nsubj", "nsubjpass", "csubj")


@construction(
    "actor-nearest-of-two-subjects", "actions", "resolve",
    "a verb parsed with two subjects on either side of a colon (a label: \"X Award to Y, $5 "
    "million: With this award, Y will ...\"): the one after the label acts",
    [Example("Acme Innovation Fund Grant to the Beta Research Institute, $2 million: With this "
             "grant, Beta Research Institute will lead a new training program.",
             has=_acts(("lead a new training program", "Beta Research Institute"),))],
    off=None)
def _nearest_subject(subjects: list[Token]) -> Token | None:
    first, last = subjects[0], subjects[-1]
    doc = first.doc
    label = len(subjects) > 1 and any(t.text == ":" for t in doc[first.i:last.i])
    return last if label else None


@construction(
    "actor-subject-before-aside", "actions", "resolve",
    "a subject parsed into an aside set off by commas (\"X, now based in Denver, will ...\", "
    "\"X, recently renamed, will ...\"): the aside's subject is the verb's",
    [Example("The Acme Center for Advanced Robotics (ACAR), now housed at the Ford Campus, "
             "will invest two million dollars by 2027 to train small manufacturers.",
             has=_acts(("invest two million dollars by 2027 to train small manufacturers",
                        "Acme Center for Advanced Robotics"),))],
    off=None)
def _subject_of_aside(node: Token) -> Token | None:
    for aside in node.children:
        if aside.dep_ == "parataxis" and aside.i < node.i and aside.tag_ in ("VBN", "VBG") \
                and not any(c.dep_ in ("aux", "auxpass") for c in aside.children):
            subject = next((c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i),
                           None)
            if subject is not None:
                return subject
    return None


@construction(
    "actor-praised-for-agreeing", "actions", "resolve",
    "\"thanked X for agreeing to ...\", \"commend X for committing to ...\": the party "
    "praised (the verb's object) is the one who agreed",
    [Example("The Department thanked Acme Corp. for agreeing to install new pollution "
             "controls at its plant.",
             has=_acts(("install new pollution controls at its plant", "Acme Corp."),))],
    off=None)
def _party_praised_for(node: Token) -> Token | None:
    if node.tag_ != "VBG" or node.dep_ != "pcomp" or node.head.lower_ != "for":
        return None
    return next((c for c in node.head.head.children if c.dep_ == "dobj"), None)


@construction(
    "actor-passive-agent", "actions", "resolve",
    "a passive action with an unresolved subject: the 'by ...' agent",
    [Example("Grants will be awarded by the National Institute of Justice in the fall.",
             has=_acts(("be awarded by the National Institute of Justice in the fall",
                        "National Institute of Justice"),))],
    off=None)
def passive_agent(ctx: Context, verb: Token) -> str | None:
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None:
        return None
    return next((ctx.resolve(o) for o in agent.children if o.dep_ == "pobj"), None)


@construction(
    "actor-reported-speaker", "actions", "resolve",
    "'it is planned to' and subjectless plans in reported speech: the organisation of the "
    "person whose statement reports it, else that person",
    [Example("Jane Doe, Director of the Office of Fair Lending, noted that it is planned to "
             "open two new field offices.",
             has=_acts(("open two new field offices", "Office of Fair Lending"),))],
    off=None)
def reported_speaker(ctx: Context, trigger: Token) -> str | None:
    node = trigger
    while node.dep_ in ("ccomp", "conj", "advcl", "xcomp") and node.head.i != node.i:
        node = node.head
        actor = ctx.resolve(subject_of(node))
        if actor:
            return ctx.role_org.get(actor, actor)
    return None


@construction(
    "actor-object-of-obligation", "actions", "resolve",
    "\"the decree requires X to ...\" read as a plan of the requiring verb: the party required "
    "(its object) acts, not the agreement",
    [Example("The consent decree requires Acme Corp. to hire an independent monitor.",
             has=_acts(("hire an independent monitor", "Acme Corp."),)),
     Example("Brandor Shipping Company settled with the Coast Guard on Monday. The decree "
             "requires Brandor to install new oil filters on its ships.",
             has=_acts(("install new oil filters on its ships", "Brandor Shipping Company"),)),
     Example("Acme Corp. settled with the Environmental Protection Agency on Monday. The "
             "decree requires the company to pay a civil penalty of $2 million.",
             lacks=_acts(("pay a civil penalty of $2 million",
                          "Environmental Protection Agency"),))],
    off=None)
def obliged_object(ctx: Context, trigger: Token) -> Token | None:
    """The object a control verb with an active to-infinitive gives the action to, where it
    names a body or person (or refers back to one by its head noun), else None."""
    if trigger.lemma_ not in CONTROL_VERBS or any(c.dep_ == "auxpass" for c in trigger.children):
        return None
    obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    named = ctx.named(obj) or (obj.lemma_.lower() in GENERIC_ORG_NOUNS
                               and ctx.generic_org(obj, guess=False)) \
        or _short_name_of_body(ctx, obj) not in (PASS, None) or _last_company(ctx, obj) \
        or _the_defendants(ctx, obj) not in (PASS, None)
    return obj if named else None


@construction(
    "actor-plan-noun-owner", "actions", "resolve",
    "a planning noun's possessor (\"the Board's intention to\"), else the subject of the clause "
    "it is in (\"The Board announced a plan to ...\")",
    [Example("The Board of Immigration Appeals announced a plan to issue new rules on the "
             "matter.",
             has=_acts(("issue new rules on the matter", "Board of Immigration Appeals"),))],
    off=PASS)
def plan_noun_owner(trigger: Token):
    """The subject of a planning noun's action (`PASS` switched off: the clause's subject)."""
    return next((c for c in trigger.children if c.dep_ == "poss"), None) \
        or subject_of(trigger.head)


# --- Time -----------------------------------------------------------------------------------

@construction(
    "time-inside-action", "actions", "resolve",
    "the first date inside the action's text is its time",
    [Example("The agency will review the cases it closed in 2009.", published="2011-03-01",
             has=_acts(("review the cases it closed in 2009", None, "2009"),))],
    off=None)
def _time_inside(ctx: Context, span: Span, verb: Token) -> str | None:
    inside = [d for d in ctx.dates if span.start <= d.start and d.end <= span.end
              and not _modifies_noun(d) and not _of_another_plan(d, verb)
              and not _of_a_related_event(d) and not _names_the_past(d)
              and not _commemorated(d)]
    return inside[0].label_ if inside else None


@construction(
    "time-of-a-related-event", "actions", "resolve",
    "a date in or right after an 'ahead of', 'before', 'following' phrase (\"ahead of the "
    "Summit on June 3\", \"ahead of the opening of the terminal in 2024\") dates that event, "
    "not the action",
    [Example("The delegation will tour the port, ahead of the opening of the new container "
             "terminal in 2024.", published="2022-01-01",
             lacks=_acts(("tour the port, ahead of the opening of the new container terminal "
                          "in 2024", None, "2024"),)),
     Example("The Minister will attend the Agriculture Summit on June 3.",
             published="2020-01-01",
             has=_acts(("attend the Agriculture Summit", None, "June 3"),))],
    off=False)
def _of_a_related_event(date: Span) -> bool:
    doc = date.doc
    for word in date.sent:
        if word.i >= date.start or word.lower_ not in RELATED_EVENT_WORDS \
                or word.dep_ not in ("prep", "advmod"):
            continue
        end = word.right_edge.i
        after = end + 2 if end + 1 < len(doc) and doc[end + 1].pos_ == "ADP" else end + 1
        if word.i < date.start <= end or date.start == after:
            return True
    return False


@construction(
    "time-of-another-plan", "actions", "resolve",
    "a date that hangs on another verb with its own 'will' (\"regulations that will come into "
    "force in 2014\", \"will meet on May 3, and will continue to meet ...\") after it is that "
    "plan's time, not this action's",
    [Example("The board will adopt new rules that will take effect in January 2023.",
             published="2022-03-01",
             lacks=_acts(("adopt new rules that will take effect in January 2023", None,
                          "January 2023"),)),
     Example("The two teams will meet on May 3, 2022, and will continue to meet regularly at "
             "future sessions.", published="2022-03-01",
             lacks=_acts(("continue to meet regularly at future sessions", None,
                          "May 3, 2022"),),
             has=_acts(("meet", None, "May 3, 2022"),)),
     Example("On Sunday, May 8, the Minister will open the new wing and will tour the hospital.",
             published="2022-05-02",
             has=_acts(("tour the hospital", None, "Sunday, May 8"),))],
    off=False)
def _of_another_plan(date: Span, verb: Token) -> bool:
    node = _clause_verb(date.root)  # a date fronted before it ("On May 3, X will ... and will ...")
    return node.i != verb.i and date.start > node.i and any(
        c.dep_ == "aux" and c.lower_ in WRITTEN_FUTURE_AUXILIARIES for c in node.children)


@construction(
    "time-not-noun-modifier", "actions", "resolve",
    "a date that modifies a noun (\"FY 2017 funding\", \"the September 11 Memorial\", \"the "
    "Anniversary of September 11\") names a thing, not when the action happens",
    [Example("The Office will award $5 million in FY 2012 funding through the program.",
             published="2011-03-01",
             lacks=_acts(("award $5 million in FY 2012 funding through the program", None,
                          "FY 2012"),)),
     Example("On Sunday, Jane Doe will tour the September 11 Memorial Museum.",
             published="2016-09-08",
             has=_acts(("tour the September 11 Memorial Museum", "Jane Doe", "Sunday"),))],
    off=False)
def _modifies_noun(date: Span) -> bool:
    root = date.root
    head = root.head
    if date.start <= head.i < date.end:
        return False
    if root.dep_ in ("nmod", "nummod", "compound", "amod") and head.pos_ in ("NOUN", "PROPN"):
        return True
    return (root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "PROPN")


@construction(
    "time-of-own-clause", "actions", "resolve",
    "a date in the clause counts where the verb it hangs on is the action's or one the action "
    "depends on, not another verb beside it (\"decided to keep X and anticipates Y through "
    "mid-2015\")",
    [Example("The Board decided today to keep the interest rate at 2 percent and anticipates "
             "that rates will stay low through mid-2015.", published="2012-09-13",
             lacks=_acts(("keep the interest rate at 2 percent", None, "mid-2015"),)),
     Example("The Board decided today to keep the interest rate at 2 percent and anticipates "
             "that rates may stay low through mid-2015.", published="2012-09-13",
             lacks=_acts(("keep the interest rate at 2 percent", None, "mid-2015"),))],
    off=True)
def _governed_by(date: Span, chain: set[int]) -> bool:
    node = date.root.head
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node.i in chain or node.pos_ not in ("VERB", "AUX")


@construction(
    "time-not-deictic-past", "actions", "resolve",
    "a time expression that names the past from where the text stands (\"last year\", "
    "\"yesterday\", \"two weeks ago\", \"over the past month\") dates an earlier event inside "
    "the action, never the action",
    [Example("The Secretary will deliver remarks and dedicate a plaque for the tree that was "
             "planted in the courtyard last year.", published="2016-09-08",
             lacks=_acts(("deliver remarks", None, "last year"),
                         ("dedicate a plaque for the tree that was planted in the courtyard "
                          "last year", None, "last year")))],
    off=False)
def _names_the_past(date: Span) -> bool:
    words = [t.lower_ for t in date if not t.is_punct]
    openers = PAST_DEICTIC_WORDS - {"yesterday", "ago"}
    if words and words[0] == "the":
        words, openers = words[1:], {"past", "previous"}
    return bool(words) and (words[0] in openers or "yesterday" in words or words[-1] == "ago")


@construction(
    "time-of-a-commemorated-event", "actions", "resolve",
    "a date after 'the anniversary of', 'in memory of' (\"to Mark the 10th Anniversary of "
    "September 11\") names the event remembered, not when the action happens",
    [Example("Secretary Doe to Attend Events to Mark the 10th Anniversary of September 11",
             published="2011-09-08",
             lacks=_acts(("Attend Events to Mark the 10th Anniversary of September 11", "Doe",
                          "September 11"),),
             has=_acts(("Attend Events to Mark the 10th Anniversary of September 11", "Doe"),))],
    off=False)
def _commemorated(date: Span) -> bool:
    root = date.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" \
        and root.head.head.lemma_.lower() in COMMEMORATION_NOUNS


@construction(
    "time-of-a-past-verb", "actions", "resolve",
    "a date on a past-tense verb above the action (\"On May 3, Acme agreed to pay ...\", "
    "\"In March the board voted to build ...\") dates that agreement or decision, not the "
    "action",
    [Example("On June 18, Acme Hospice Inc. agreed to pay $2 million to resolve allegations of "
             "overbilling, the Department of Justice announced today.", published="2015-06-18",
             lacks=_acts(("pay $2 million to resolve allegations of overbilling",
                          "Acme Hospice Inc.", "June 18"),),
             has=_acts(("pay $2 million to resolve allegations of overbilling",
                        "Acme Hospice Inc."),))],
    off=False)
def _of_a_past_verb(date: Span, verb: Token) -> bool:
    node = _clause_verb(date.root)
    return node.i != verb.i and node.tag_ == "VBD"


@construction(
    "time-in-clause", "actions", "resolve",
    "where no date is inside the action: one in its clause that is not past nor 'today'",
    [Example("In 2022, the Secretariat will pay much attention to the coordination of the "
             "plan.", published="2021-11-25",
             has=_acts(("pay much attention to the coordination of the plan", None, "2022"),
                       )),
     Example("The Department announced today that it will review the rule.",
             published="2021-11-25",
             lacks=_acts(("review the rule", None, "today"),))],
    off=None)
def _time_in_clause(ctx: Context, verb: Token) -> str | None:
    verbs = verb_chain(verb)
    head, chain = verbs[-1], {t.i for t in verbs}
    clause = {t.i for t in head.subtree}
    for d in ctx.dates:
        if d.start in clause and not _modifies_noun(d) and _governed_by(d, chain) \
                and not _of_another_plan(d, verb) and not _of_a_related_event(d) \
                and not _names_the_past(d) and not _of_a_past_verb(d, verb) \
                and not _commemorated(d):
            end = ctx.date_end.get(d.label_)
            if ctx.published and end and dt.date.fromisoformat(end) < ctx.published:
                continue
            if d.text.lower() == "today":
                continue
            return d.label_
    return None


def verb_chain(verb: Token) -> list[Token]:
    """The verb and the verbs it depends on, up to its clause's head ("plans to appoint":
    appoint, plans; "will meet X and sign Y": sign, meet)."""
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "conj", "acl", "pcomp") \
            and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def anchoring_times(doc: Doc) -> list[Span]:
    """The time expressions a planned action can be anchored to, as spans labelled with their
    ids: a period counted forward from the text's time (a duration with "coming", "next",
    "upcoming": "the coming weeks", "the next two weeks") or a part of a day without a clock
    time ("the afternoon", "later in the day"); not a recurrence (SET), a bare length ("three
    years"), a reference such as "now", a clock time, or the past ("the past few weeks",
    "yesterday morning")."""
    out = []
    for t in doc._.time_expressions or []:
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", t["text"])}
        if words & PAST_DEICTIC_WORDS:
            continue
        if t["timex_type"] == "DURATION" and words & FUTURE_RELATIVE_WORDS \
                or t["timex_type"] == "TIME" and not re.search(r"\d", t["text"]):
            span = doc.char_span(t["evidence"]["start"], t["evidence"]["end"],
                                 alignment_mode="expand")
            if span is not None:
                out.append(Span(doc, span.start, span.end, label=t["id"]))
    return out


@construction(
    "time-expression-of-the-verb", "actions", "resolve",
    "where no date anchors the action: a period counted forward (\"in the coming weeks\", "
    "\"over the next two weeks\", \"within the next few months\") or a part of a day (\"in the "
    "afternoon\", \"later in the day\") on its verb or a verb it depends on, through in, over, "
    "within or during, or as an adverbial; not a length (\"for the next three years\"), a "
    "recurrence (\"every week\"), the past, nor on a past verb",
    [Example("In the coming weeks, the Acme Foundation will name a new director for its Ohio "
             "programs.", published="2019-03-04",
             has=_acts(("name a new director for its Ohio programs", "Acme Foundation",
                        "the coming weeks"),)),
     Example("Later in the day, the Governor will tour the new county crisis center.",
             published="2019-03-04",
             has=_acts(("tour the new county crisis center", None, "Later in the day"),)),
     Example("In the afternoon, the inspectors will meet privately with the plant's managers.",
             published="2019-03-04",
             has=_acts(("meet privately with the plant's managers", None, "the afternoon"),)),
     Example("The company will pay the monitor's fees for the next three years and will report "
             "to the court every week.", published="2019-03-04",
             lacks=_acts(("pay the monitor's fees for the next three years", None,
                          "the next three years"),
                         ("report to the court every week", None, "every week")))],
    off=None)
def time_expression(ctx: Context, verb: Token) -> str | None:
    """The id of the first anchoring time expression (`Context.times`) that hangs on the
    verb or a verb of its chain (not a past one) through a preposition of
    `TIME_EXPRESSION_PREPOSITIONS`, or as an adverbial ("Later in the day, X will ...")."""
    chain = {t.i for t in verb_chain(verb)}
    for t in ctx.times:
        root = t.root
        if root.dep_ == "pobj" and root.head.lower_ in TIME_EXPRESSION_PREPOSITIONS:
            node = root.head.head
        elif root.dep_ in ("advmod", "npadvmod"):
            node = root.head
        else:
            continue
        if node.i in chain and node.tag_ != "VBD":
            return t.label_
    return None


_HOSTED = ("host local students at its new laboratory, coinciding with the city science "
           "festival in October")


@construction(
    "time-expression-over-a-nested-date", "actions", "resolve",
    "a time expression on the action's own verb (\"In the coming weeks, X will host ..., "
    "coinciding with the festival in October\") is its time rather than a date inside the "
    "action that another verb carries",
    [Example("In the coming weeks, the Acme Institute will host local students at its new "
             "laboratory, coinciding with the city science festival in October.",
             published="2019-03-04",
             has=_acts((_HOSTED, "Acme Institute", "the coming weeks"),))],
    off=None)
def _time_expression_over_nested_date(ctx: Context, date_id: str, verb: Token) -> str | None:
    """The time expression on the verb's chain where the date `date_id` (found inside the
    action) hangs below a verb outside that chain; else None (the date stays)."""
    date = next(d for d in ctx.dates if d.label_ == date_id)
    if _clause_verb(date.root).i in {t.i for t in verb_chain(verb)}:
        return None
    return time_expression(ctx, verb)
