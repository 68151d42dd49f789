"""Vetoes: a trigger matched, but the clause states no plan (a question, a condition, an
effect, a forecast, a wish, a standing aim ...). Each is a predicate over the `Match`; the
chain in `extract.components.actions.action` asks them in order."""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from extract.components.actions.context import subject_of
from extract.components.actions.match import AUXILIARY_PATTERNS, Match
from extract.constructions import Example, construction
from extract.spans import doc_text
from extract.lexicon import TITLE_HEADS
from extract.lexicon.actions import (
    AGENT_PRONOUNS,
    AGENT_VERBS,
    AGENTIVE_ENDINGS,
    AGREEMENT_NOUNS,
    AIM_NOUNS,
    AIM_VERBS,
    ALLEGING_ADVERBS,
    BINDING_PREPOSITIONS,
    CALENDAR_EVENT_NOUNS,
    ASPECT_VERBS,
    ASSURANCE_NOUNS,
    ASSURANCE_VERBS,
    CAPABILITY_VERBS,
    CLAUSE_PRONOUNS,
    CONDITION_MARKS,
    CONTINUING_VERBS,
    DECISION_NOUNS,
    DEADLINE_PREPOSITIONS,
    DEMONSTRATIVES,
    DOCUMENT_NOUNS,
    EFFECT_VERBS,
    EVIDENCE_NOUNS,
    EVENT_NOUNS,
    EXPERIENCER_NOUNS,
    EXPERIENCE_VERBS,
    FORCE_NOUNS,
    FORECAST_NOUNS,
    FUTURE_AUXILIARIES,
    GENERIC_ORG_NOUNS,
    HYPHENS,
    IMPACT_VERBS,
    IMPOSED_VERBS,
    INSTRUMENT_EFFECT_VERBS,
    INSTRUMENT_NOUNS,
    INTENT_NOUNS,
    IN_FORCE_VERBS,
    LOOK_PREPOSITIONS,
    MEMBER_NOUNS,
    NARRATED_PLAN_VERBS,
    NARRATION_VERBS,
    OBLIGATION_VERBS,
    OPPORTUNITY_NOUNS,
    PENALTY_NOUNS,
    PARTY_NOUNS,
    PAST_ORDER_VERBS,
    PERSON_NOUNS,
    PRESENT_BE,
    PURPOSE_MARKS,
    PURPOSE_VERBS,
    QUANTITY_WORDS,
    REPORTING_NOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SCHEDULE_VERBS,
    SHOWING_VERBS,
    STANDING_MODIFIERS,
    STATE_ADJECTIVES,
    STATE_VERBS,
    TERM_UNITS,
    THING_PRONOUNS,
    TIME_NOUNS,
    TOLERANCE_VERBS,
    UNIVERSAL_DETERMINERS,
    WINDOW_ENDS,
    WINDOW_STATES,
    WISH_WORDS,
)
from extract.lexicon.actions import (  # round K (k1)
    AGREED_ORDER_WORDS,
    COURT_ORDER_NOUNS,
    EXECUTIVE_ORDER_WORDS,
    HOPE_WORDS,
)

# Subject nouns of someone who acts: a body, its members, people.
AGENT_NOUNS = GENERIC_ORG_NOUNS | MEMBER_NOUNS | PERSON_NOUNS


def _acts(*facts: tuple) -> dict:
    return {"actions": facts}


def _veto(name: str, doc: str, *examples: Example):
    return construction(name, "actions", "veto", doc, examples, off=False)


@_veto("question-sentence", "a trigger in a question (\"Will we allow this ...?\")",
       Example("Will the agency review the rule again next year?",
               lacks=_acts(("review the rule again next year",))))
def question(m: Match) -> bool:
    return m.verb.sent.text.rstrip().endswith("?")


# An editor's insertion in square brackets with a word in it ("[the victim]", "ha[d]"), not a
# footnote mark ("[2]").
_BRACKETED_INSERTION = re.compile(r"\[[^\]\n]*[A-Za-z][^\]\n]*\]")


@_veto("bracketed-record-quote",
       "a paragraph that quotes with an editor's [bracketed] insertions reproduces a record "
       "(a wiretap, a chat, an e-mail, an opinion), not a plan announced: its 'will' is no action",
       Example("In a recorded call, Smith told the buyer, I will give [the buyer] the keys "
               "tomorrow and I will move the cash [to the warehouse].",
               lacks=_acts(("give [the buyer] the keys",), ("move the cash",))),
       Example("Smith wrote to Jones, we gotta get [the victim] to pay . . . . I will work my "
               "magic.", lacks=_acts(("work my magic",))))
def bracketed_record(m: Match) -> bool:
    text, at = doc_text(m.trigger.doc), m.trigger.idx
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return _BRACKETED_INSERTION.search(text, start, end if end >= 0 else len(text)) is not None


@_veto("purpose-before-control-verb",
       "a to-clause before a control verb's object (\"To cut costs, the board directed the "
       "agency to close two offices\") is the reason for the directive, not what it directs",
       Example("To cut costs, the board directed the agency to close two offices.",
               has=_acts(("close two offices",)), lacks=_acts(("cut costs",))))
def purpose_before_control(m: Match) -> bool:
    return m.pattern == "control" and m.verb.i < m.tokens["object"].i


def _is_if_clause(node: Token) -> bool:
    return node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS
                                        for c in node.children)


def _conditional(tok: Token) -> bool:
    if any(_is_if_clause(node) for node in [tok, *tok.ancestors]):
        return True
    return any(_is_if_clause(c) and c.i < tok.i for c in tok.children)


@_veto("conditional-clause",
       "inside an if/unless clause or under one before it (\"If ..., the Department will "
       "...\"); what comes before the if-clause stays",
       Example("If the company does not comply, the Department will seek civil penalties.",
               lacks=_acts(("seek civil penalties",))),
       Example("The Department will file the complaint today, and if the court agrees, will "
               "seek an injunction.",
               has=_acts(("file the complaint today",)), lacks=_acts(("seek an injunction",))))
def conditional(m: Match) -> bool:
    """ "directs X to initiate ..., and, if appropriate, to issue": only "issue" is
    conditional."""
    return _conditional(m.verb) or _conditional(m.trigger)


@_veto("unbound-must",
       "'must' that no agreement binds and no future leads into: a standing duty or a view "
       "(\"Employers must treat all workers alike\", \"we must do more\"), not agreed terms",
       Example("While employers may not hire unauthorized workers, they must treat all "
               "work-authorized applicants alike.",
               lacks=_acts(("treat all work-authorized applicants alike",))),
       Example("Restaurants must be accessible to people with disabilities, and we must do more "
               "to enforce the law.", lacks=_acts(("do more to enforce the law",))))
def unbound_must(m: Match) -> bool:
    return m.pattern == "must" and not _bound_by_agreement(m.verb) \
        and not _after_future(m.verb) and not must_by_a_date(m)


@construction(
    "must-by-a-date", "actions", "rule",
    "'must' with a deadline after the release (\"existing pools must comply with the standards "
    "by Jan. 31, 2013\"): a dated obligation, not a standing duty",
    [Example("The rule took effect today, and existing pools must comply with the standards by "
             "Jan. 31, 2013.", published="2012-05-18",
             has=_acts(("comply with the standards", None, "Jan. 31, 2013"),)),
     Example("Employers must comply with the standards by law.",
             lacks=_acts(("comply with the standards by law",)))],
    off=False)
def must_by_a_date(m: Match) -> bool:
    ctx = m.ctx
    if ctx.published is None:
        return False
    for prep in m.verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("by", "before", "until"):
            continue
        for d in ctx.dates:
            end = ctx.date_end.get(d.label_)
            if prep.i < d.start <= prep.right_edge.i and end \
                    and dt.date.fromisoformat(end) >= ctx.published:
                return True
    return False


def _bound_by_agreement(verb: Token) -> bool:
    """ "Under (the terms of) the settlement, X must ...": a binding preposition on the verb or
    a verb above it whose phrase names an agreement."""
    return any(c.dep_ == "prep" and c.lower_ in BINDING_PREPOSITIONS and any(
                   t.pos_ == "NOUN" and t.lemma_.lower() in AGREEMENT_NOUNS for t in c.subtree)
               for node in [verb, *verb.ancestors] for c in node.children)


def _after_future(verb: Token) -> bool:
    """ "will be barred ... and must report ...": a verb coordinated with one under 'will'."""
    return verb.dep_ == "conj" and any(
        c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.head.children)


@_veto("would-without-report",
       "'would' whose clause is not what a finite reporting verb or noun reports "
       "(\"announced that it would begin ...\"): a hypothetical, a purpose (\"paid them so that "
       "they would steer contracts\"), an embedded question (\"decided which bills would be "
       "paid\"), a claim told in a gerund (\"telling buyers that it would ...\"), an "
       "evaluation (\"it is outrageous that X would ...\"): not a reported plan",
       Example("Without the settlement, the company would face years of costly litigation.",
               lacks=_acts(("face years of costly litigation",))),
       Example("He bribed two officials so that they would approve the permits.",
               lacks=_acts(("approve the permits",))),
       Example("As treasurer, she alone decided which invoices would be paid.",
               lacks=_acts(("be paid",))),
       Example("The scheme included telling investors that the fund would double their money.",
               lacks=_acts(("double their money",))),
       Example("The company announced that it would close the plant next year.",
               published="2024-01-10", has=_acts(("close the plant next year",))),
       Example("The Director said that John Smith, who would lead the new office, starts in "
               "May.", published="2024-01-10", has=_acts(("lead the new office",))))
def would_without_report(m: Match) -> bool:
    if m.pattern != "would":
        return False
    clause = m.trigger.head
    if clause.dep_ == "relcl":  # "said that X, who would lead ..., starts": the clause of X
        if not (m.ctx.named(clause.head) or clause.head.i in m.ctx.people_at):
            return True  # "a contact who would facilitate ...": someone of the narrative
        clause = next((a for a in clause.ancestors if a.pos_ in ("VERB", "AUX")), clause)
    else:
        first = clause.left_edge
        if first.tag_ in _WH_TAGS or first.lower_ in ("whether", "if"):
            return True
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return not _reporting_head(clause)


_WH_TAGS = ("WDT", "WP", "WP$", "WRB")


def _deadline(m: Match, prep: Token) -> bool:
    """ "before the vote", "until June", "by 2030", "within the 18-month timeframe": a time by
    which; "by" and "within" only with a date or a noun of time ("by reducing", "within DHS")."""
    if prep.dep_ != "prep" or prep.lower_ not in DEADLINE_PREPOSITIONS:
        return False
    if prep.lower_ in ("before", "until"):
        return True
    return any(o.dep_ == "pobj" and (o.lemma_.lower() in TERM_UNITS | TIME_NOUNS or any(
        d.start <= o.i < d.end for d in (*m.ctx.dates, *m.ctx.times))) for o in prep.children)


def _reporting_head(clause: Token) -> bool:
    """A finite reporting verb or a reporting noun whose complement `clause` is."""
    if reported_by_noun(clause):
        return True
    head = clause.head
    return clause.dep_ == "ccomp" and head.lemma_ in REPORTING_VERBS and head.tag_ != "VBG"


@construction(
    "would-under-report-noun", "actions", "rule",
    "'would' in the clause of a reporting noun (\"the announcement that it would begin "
    "...\"): a reported plan, as under a reporting verb",
    [Example("The agency followed its announcement that it would begin issuing new permits.",
             has=_acts(("begin issuing new permits",)))],
    off=False)
def reported_by_noun(verb: Token) -> bool:
    return verb.dep_ in ("acl", "ccomp", "relcl") and verb.head.lemma_.lower() in REPORTING_NOUNS


@_veto("wish-words", "a wish, not a plan (\"will look forward to\", \"will be happy to\")",
       Example("We will be happy to answer questions from the public.",
               lacks=_acts(("be happy to answer questions from the public",))))
def wish(m: Match) -> bool:
    verb = m.verb
    return any(c.lower_ in WISH_WORDS for c in verb.children) or verb.lower_ in WISH_WORDS


@_veto("considered-not-ongoing",
       "a deliberating verb not in the present progressive (\"was discussing\", \"after "
       "considering\"): only what is being considered now is an action",
       Example("After considering closing the office, the Board decided to keep it open.",
               lacks=_acts(("closing the office",))))
def considered_not_ongoing(m: Match) -> bool:
    return m.pattern.startswith("considering") and not any(
        c.dep_ == "aux" and c.lower_ in PRESENT_BE for c in m.trigger.children)


def _doing(verb: Token) -> bool:
    """An effect verb used for doing something: "will look at the causes", "will have an
    opportunity to ask questions"."""
    if verb.lemma_ == "look":
        return any(c.dep_ == "prep" and c.lower_ in LOOK_PREPOSITIONS for c in verb.children)
    if verb.lemma_ == "have":
        return any(c.dep_ == "dobj" and c.lemma_ in OPPORTUNITY_NOUNS for c in verb.children)
    return serving_a_penalty(verb) or open_until(verb) or bool(watchful(verb))


# Adjectives of a watch kept up ("remain vigilant"): a stance someone acts on, not a state.
WATCHFUL_ADJECTIVES = {"vigilant", "watchful"}


@construction(
    "watchful-stance", "actions", "rule",
    "'will remain vigilant', 'will continue to be vigilant in ...': a watch an agency commits "
    "to keep up is something done, not a state that lasts",
    [Example("The agency will remain vigilant to protect consumers from fraud.",
             has=_acts(("remain vigilant to protect consumers from fraud",))),
     Example("We will continue to be vigilant in our enforcement of the housing laws.",
             has=_acts(("continue to be vigilant in our enforcement of the housing laws",)))],
    off=False)
def watchful(verb: Token) -> bool:
    return verb.lemma_ in ("remain", "be", "stay") and any(
        c.dep_ == "acomp" and c.lower_ in WATCHFUL_ADJECTIVES for c in verb.children)



@construction(
    "remain-open-until", "actions", "rule",
    "'will remain open/available until <date>': a period someone has set (a comment window, "
    "an application round), not a state that follows",
    [Example("Registration opens on May 1 and will remain open until June 14, 2024.",
             published="2024-04-20", has=_acts(("remain open", None, "June 14, 2024"),)),
     Example("The museum will remain open to the public.",
             lacks=_acts(("remain open to the public",)))],
    off=False)
def open_until(verb: Token) -> bool:
    return verb.lemma_ in CONTINUING_VERBS and any(
        c.dep_ == "acomp" and c.lower_ in WINDOW_STATES for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ in WINDOW_ENDS for c in verb.children)


@construction(
    "serve-a-penalty", "actions", "rule",
    "'serve' with a penalty or its length as object (\"will serve three years of probation\", "
    "\"serve a prison term\") is something done under a sentence, not an effect (\"will serve "
    "the community\")",
    [Example("The firm will pay a $3 million fine, serve four years of probation and adopt a "
             "new compliance program.",
             has=_acts(("serve four years of probation",), ("pay a $3 million fine",))),
     Example("She was ordered to pay restitution and will serve two years on supervised "
             "release after her prison term.",
             has=_acts(("serve two years on supervised release after her prison term",))),
     Example("The new clinic will serve thousands of rural families.",
             lacks=_acts(("serve thousands of rural families",)))],
    off=False)
def serving_a_penalty(verb: Token) -> bool:
    return verb.lemma_ == "serve" and any(
        c.dep_ == "dobj" and (c.lemma_ in PENALTY_NOUNS or c.lemma_ in TERM_UNITS)
        for c in verb.children)


@construction(
    "party-serves-someone", "actions", "rule",
    "'serve' with an object and a person or body as subject (\"she will continue to serve her "
    "district\"): service someone gives, not an effect (\"the clinic will serve families\")",
    [Example("The new commissioner said she will continue to serve the residents of the county.",
             has=_acts(("continue to serve the residents of the county",))),
     Example("The new clinic will continue to serve thousands of rural families.",
             lacks=_acts(("continue to serve thousands of rural families",)))],
    off=False)
def party_serves(verb: Token, subject: Token | None, ctx) -> bool:
    if verb.lemma_ != "serve" or subject is None \
            or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    return subject.lower_ in AGENT_PRONOUNS | {"he", "she"} or bool(ctx.resolve(subject))


@construction(
    "imposed-passive", "actions", "rule",
    "an effect verb in the passive that someone imposes (\"will not be allowed to enter\", "
    "\"will be made available to\"): an action of whoever allows or makes it, not an effect",
    [Example("Visitors will not be allowed to enter the park after dark.",
             has=_acts(("not be allowed to enter the park after dark",))),
     Example("Grants of up to $5,000 will be made available to local councils.",
             has=_acts(("be made available to local councils",)))],
    off=False)
def imposed(verb: Token) -> bool:
    return verb.lemma_ in IMPOSED_VERBS and any(c.dep_ == "auxpass" for c in verb.children)


@_veto("effect-verb",
       "an effect or a state (\"will help\", \"this will allow ...\"), unless the verb is "
       "used for doing something (\"will look at\", \"will have an opportunity to\") or a "
       "person or body lets or makes something happen (\"We will not allow ...\")",
       Example("The new rules will help consumers compare prices.",
               lacks=_acts(("help consumers compare prices",))),
       Example("The approach each region takes will vary with local needs.",
               lacks=_acts(("vary with local needs",), ("vary",))),
       Example("The panel will look at the causes of the shortage.",
               has=_acts(("look at the causes of the shortage",))),
       Example("During the visit, local residents will have a chance to meet the inspectors.",
               has=_acts(("have a chance to meet the inspectors",))),
       Example("\"We will not allow criminals to profit from their crimes,\" said the "
               "Attorney General.",
               has=_acts(("not allow criminals to profit from their crimes",))))
def effect_verb(m: Match) -> bool:
    verb, subject = m.verb, m.subject
    if verb.lemma_ not in EFFECT_VERBS or _doing(verb) or imposed(verb):
        return False
    return not (verb.lemma_ in AGENT_VERBS and subject is not None
                and (subject.lower_ in AGENT_PRONOUNS or m.ctx.resolve(subject))) \
        and not party_serves(verb, subject, m.ctx)


@_veto("resultative-leave",
       "'leave' + object + a state it ends in (\"will leave us standing stronger\", \"will "
       "leave the agency stronger\"): the outcome predicted, not something done; \"leave the "
       "city on Monday\" stays",
       Example("The reforms will leave the agency stronger and more accountable.",
               lacks=_acts(("leave the agency stronger and more accountable",))),
       Example("The delegation will leave the capital on Monday.", published="2015-01-01",
               has=_acts(("leave the capital",))))
def resultative_leave(m: Match) -> bool:
    verb = m.verb
    objects = [c.i for c in verb.children if c.dep_ == "dobj"]
    return verb.lemma_ == "leave" and bool(objects) and any(
        c.dep_ in ("oprd", "xcomp", "acomp", "ccomp") and c.i > objects[0]
        and c.tag_ in ("JJ", "JJR", "VBG", "VBN") for c in verb.children)


@_veto("impact-of-a-thing",
       "an impact verb whose subject is a thing, not a person or body (\"this funding will "
       "support ...\", \"the project will transform ...\"): a predicted effect; with a named "
       "party, a pronoun, a body or a person noun as subject it is an action",
       Example("The new funding will support local programs to reduce violent crime.",
               lacks=_acts(("support local programs to reduce violent crime",))),
       Example("The redevelopment will transform the old rail yard into a public park.",
               lacks=_acts(("transform the old rail yard into a public park",))),
       Example("The agency will provide training to local police departments.",
               has=_acts(("provide training to local police departments",))),
       Example("Acme Corp. will support the project with $2 million.",
               has=_acts(("support the project with $2 million",))))
def impact_of_a_thing(m: Match) -> bool:
    s = m.subject
    if m.pattern not in AUXILIARY_PATTERNS or m.verb.lemma_ not in IMPACT_VERBS or s is None:
        return False
    if s.lower_ in THING_PRONOUNS and s.dep_ == "nsubj":
        return m.ctx.resolve(s) is None and thing_antecedent(s) is not None
    head = s.lemma_.lower()
    return s.dep_ == "nsubj" and s.pos_ == "NOUN" and head not in AGENT_NOUNS \
        and m.ctx.resolve(s) is None


@_veto("continuing-effect",
       "an aspect verb on an effect verb (\"will continue to happen\")",
       Example("Price rises like these will continue to occur through the winter.",
               lacks=_acts(("continue to occur through the winter",))))
def continuing_effect(m: Match) -> bool:
    return m.verb.lemma_ in ASPECT_VERBS and any(
        c.dep_ == "xcomp" and c.lemma_ in EFFECT_VERBS - AGENT_VERBS and not _doing(c)
        and not party_serves(c, m.subject, m.ctx) for c in m.verb.children)


@construction(
    "pronoun-for-a-thing", "actions", "rule",
    "'they'/'it' as subject of an impact verb where the subject before it, in the same or the "
    "previous sentence, is a thing (\"These steps will cut delays, and they will save "
    "lives\"): the thing's predicted effect, as with the noun itself",
    [Example("These new steps will make the courts faster, and ultimately they will save "
             "taxpayers millions of dollars.",
             lacks=_acts(("save taxpayers millions of dollars",))),
     Example("The inspectors will visit each site, and they will provide a report to the "
             "board.", has=_acts(("provide a report to the board",))),
     Example("The consent decree is intended to resolve concerns that voters were denied their "
             "rights. Harlow County has agreed that, starting with the May primary election, it "
             "will provide bilingual ballots at every polling place.",
             has=_acts(("provide bilingual ballots at every polling place",)))],
    off=None)
def thing_antecedent(pronoun: Token) -> Token | None:
    """The subject of the clause the pronoun's clause is coordinated with ("X will ..., and
    they will ..."), else of the previous sentence's main verb, when it is a common noun of the
    pronoun's number that names no person or body."""
    verb, doc = pronoun.head, pronoun.doc
    if verb.dep_ == "conj" and verb.head.i < pronoun.i:
        head = verb.head
    elif (said := reporting_clause(verb, pronoun)) is not None:
        head = said  # "X has agreed that ... it will": X, not the previous sentence
    elif pronoun.sent.start > 0:
        head = doc[pronoun.sent.start - 1].sent.root
    else:
        return None
    before = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    lemma = before.lemma_.lower() if before is not None else ""
    if before is None or before.pos_ != "NOUN" or lemma in AGENT_NOUNS | PARTY_NOUNS \
            or lemma.endswith(AGENTIVE_ENDINGS):
        return None
    plural = pronoun.lower_ == "they"
    return before if (before.tag_ == "NNS") == plural else None


def reporting_clause(verb: Token, pronoun: Token) -> Token | None:
    """The verb whose complement clause ("agreed that ...") holds the pronoun's verb, where
    its subject comes before the pronoun: the nearer antecedent."""
    node = verb
    while node.dep_ == "ccomp" and node.head.i != node.i:
        node = node.head
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i for c in node.children):
            return node
    return None


def _bare_plural(noun: Token) -> bool:
    """ "Paid tax preparers", "facilities that handle ...": a class of things, not a party."""
    return noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod")
                                         for c in noun.children)


@_veto("obligation-not-agreed",
       "'required to' that binds no party to a plan: in the past (\"was required to\"), a "
       "statute's standing duty (\"Federal law requires ships to ...\"), a class of things "
       "(\"tax preparers are required to\"); what an agreement, decree or order requires "
       "stays",
       Example("Under the contract, the company was required to install armored plates.",
               lacks=_acts(("install armored plates",))),
       Example("Federal law requires ships to record each disposal of oily waste.",
               lacks=_acts(("record each disposal of oily waste",))),
       Example("Paid tax preparers are required by law to sign all returns they prepare.",
               lacks=_acts(("sign all returns they prepare",))),
       Example("The consent decree requires the city to hire ten firefighters.",
               has=_acts(("hire ten firefighters",))))
def obligation_not_agreed(m: Match) -> bool:
    trigger = m.trigger
    if trigger.lemma_ not in OBLIGATION_VERBS:
        return False
    if trigger.tag_ == "VBD" or any(c.lower_ in ("was", "were") for c in trigger.children):
        return True
    if trigger.tag_ == "VBN":  # "is required to": a party, not a class of things
        subject = subject_of(trigger)
        return subject is None or _bare_plural(subject) or every_member(subject) or any(
            c.dep_ == "agent" for c in trigger.children)
    if _binding_source(m) is not None:
        return False
    subject = subject_of(trigger)
    return trigger.tag_ not in ("VBZ", "VBP") or subject is None \
        or subject.lemma_.lower() not in AGREEMENT_NOUNS


@construction(
    "every-member-obligation", "actions", "rule",
    "'all/any/every/each <noun> is/are required to': a rule for a whole class, not a party's "
    "plan (like a bare plural: \"tax preparers are required to\")",
    [Example("All commercial vessels are required to keep a log of their waste disposal.",
             lacks=_acts(("keep a log of their waste disposal",))),
     Example("The company is required to keep a log of its waste disposal.",
             has=_acts(("keep a log of its waste disposal",)))],
    off=False)
def every_member(subject: Token) -> bool:
    return any(c.dep_ in ("det", "predet") and c.lower_ in UNIVERSAL_DETERMINERS
               for c in subject.children)


def _agreement(tok: Token | None) -> bool:
    return tok is not None and tok.lemma_.lower() in AGREEMENT_NOUNS


@construction(
    "obligation-source", "actions", "rule",
    "who or what binds a party where the subject does not say it: a relative pronoun's "
    "antecedent (\"a settlement that requires X to\"), the agreement a gerund hangs on (\"a "
    "clause in the contract requiring them to\", \"a remedy ... by requiring X to\"); \"we will "
    "require X to ...\" stays one action, the requiring",
    [Example("The city signed a consent decree with the United States that requires the police "
             "department to adopt a new use-of-force policy.",
             has=_acts(("adopt a new use-of-force policy",))),
     Example("Both firms agreed on a remedy that will restore competition by requiring Acme "
             "Corp. to sell its brewing assets.",
             has=_acts(("sell its brewing assets",))),
     Example("\"We will require every field office to appoint a fraud coordinator,\" the "
             "Director said.",
             has=_acts(("require every field office to appoint a fraud coordinator",)),
             lacks=_acts(("appoint a fraud coordinator",))),
     Example("The company was charged under the Clean Water Act, which requires vessels to "
             "keep an oil record book.", lacks=_acts(("keep an oil record book",)))],
    off=None)
def _binding_source(m: Match) -> Token | None:
    """The agreement or party that imposes the obligation, where the rules find one."""
    trigger = m.trigger
    if trigger.tag_ in ("VBD", "VBN"):
        return None
    subject = subject_of(trigger)
    if subject is not None and subject.lower_ in CLAUSE_PRONOUNS and trigger.tag_ in ("VBZ",
                                                                                     "VBP"):
        return next((t for t in relative_antecedent(trigger, subject) if _agreement(t)), None)
    if trigger.tag_ == "VBG" and subject is None:
        if trigger.dep_ == "acl":  # "a clause in the agreement requiring them to"
            noun = trigger.head
            return noun if _agreement(noun) or any(
                _agreement(o) for p in noun.children if p.dep_ == "prep"
                for o in p.children if o.dep_ == "pobj") else None
        if trigger.dep_ == "pcomp":  # "a remedy that will ... by requiring X to"
            verb = trigger.head.head
            doer = subject_of(verb)
            if doer is not None and doer.lower_ in CLAUSE_PRONOUNS:
                return next((t for t in relative_antecedent(verb, doer) if _agreement(t)), None)
            return doer if _agreement(doer) else None
        return None
    return None


@_veto("population-forecast",
       "'will' with a subject that counts a population: a forecast (\"Sixty percent of ... "
       "will ...\")",
       Example("Sixty percent of the inmates will eventually return to their communities.",
               lacks=_acts(("return to their communities",))))
def population_forecast(m: Match) -> bool:
    return m.pattern in AUXILIARY_PATTERNS and m.subject is not None \
        and m.subject.lower_ in QUANTITY_WORDS


@_veto("survey-answer",
       "'would' reported of a population: a survey answer (\"40 percent said they would "
       "...\")",
       Example("Asked about the program, 40 percent said they would recommend it to a friend.",
               lacks=_acts(("recommend it to a friend",))))
def survey_answer(m: Match) -> bool:
    return m.pattern == "would" and any(
        a.lemma_ in REPORTING_VERBS and (s := subject_of(a)) is not None
        and s.lower_ in QUANTITY_WORDS for a in m.trigger.head.ancestors)


@_veto("effect-of-this",
       "'this'/'that' as subject: an effect of what was just said (\"This is expected to "
       "lower costs\")",
       Example("The merger closed in May. This is expected to lower costs for both firms.",
               lacks=_acts(("lower costs for both firms",))))
def effect_of_this(m: Match) -> bool:
    s = m.subject
    return s is not None and s.tag_ == "DT" and s.lower_ in DEMONSTRATIVES \
        and s.dep_ in ("nsubj", "nsubjpass")


@_veto("purpose-clause",
       "'will' in a 'so (that)' clause: a purpose (\"... so that families will have full "
       "opportunity to ...\")",
       Example("The law protects the rights of families with children so that families will "
               "have full opportunity to find housing.",
               lacks=_acts(("have full opportunity to find housing",))))
def purpose_clause(m: Match) -> bool:
    verb = m.verb
    return m.pattern == "will" and verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in PURPOSE_MARKS for c in verb.children)


@_veto("adjective-complement",
       "'is' + adjective + to-infinitive: the adjective's complement (\"It is illegal to "
       "import ...\")",
       Example("It is illegal to import parts of the narwhal into the United States.",
               lacks=_acts(("import parts of the narwhal into the United States",))))
def adjective_complement(m: Match) -> bool:
    return m.pattern == "is_to" and any(c.dep_ == "acomp" for c in m.trigger.children)


def _event_antecedent(verb: Token, relative: Token) -> bool:
    """A relative clause on an event or a body says what it will do. The word before the
    relative pronoun is the antecedent where the parse attaches it higher up."""
    before = relative.doc[relative.i - 1] if relative.i else relative
    if before.text == "," and before.i:
        before = relative.doc[before.i - 1]
    return verb.dep_ == "relcl" and (
        verb.head.lemma_.lower() in EVENT_NOUNS
        or before.lemma_.lower() in EVENT_NOUNS and before.pos_ == "NOUN")


@_veto("clause-pronoun-subject",
       "'which'/'that'/'what' as subject: an effect (\"..., which will help to ...\"), unless "
       "the clause is on an event or a body (\"workshops that will explore ...\")",
       Example("The Council adopted the regulation, which will give customs officers new "
               "powers.", lacks=_acts(("give customs officers new powers",))),
       Example("The agency announced a series of workshops that will explore competition "
               "issues in the dairy industry.",
               has=_acts(("explore competition issues in the dairy industry",))),
       Example("The Department announced $5 million in grants that will be awarded to local "
               "police departments.",
               has=_acts(("be awarded to local police departments",))))
def clause_pronoun_subject(m: Match) -> bool:
    s = m.subject
    return s is not None and s.lower_ in CLAUSE_PRONOUNS and s.dep_ != "nsubjpass" \
        and not _event_antecedent(m.verb, s) and party_antecedent(m) is None \
        and not comes_into_force(m.verb)


@construction(
    "coming-into-force", "actions", "rule",
    "'which/that will come into force / take effect': a rule's scheduled start, an action "
    "even in a relative clause",
    [Example("The new rules, which will come into force in May, cover all vessels.",
             published="2024-01-10", has=_acts(("come into force in May",)))],
    off=False)
def comes_into_force(verb: Token) -> bool:
    """ "come into force", "enter into force", "take effect", "go into effect"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return verb.lemma_ in IN_FORCE_VERBS and any(o.lemma_.lower() in FORCE_NOUNS
                                                 for o in objects)


def relative_antecedent(verb: Token, relative: Token) -> list[Token]:
    """The nouns a relative clause may hang on: the head the parse gives it, and the word
    before the relative pronoun (skipping a comma), where the parse attaches it higher up."""
    doc = relative.doc
    before = doc[relative.i - 1] if relative.i else relative
    if before.text == "," and before.i:
        before = doc[before.i - 1]
    heads = [verb.head] if verb.dep_ == "relcl" else []
    return heads + [t for t in [before] if t.pos_ in ("NOUN", "PROPN") and t not in heads]


@construction(
    "relative-clause-on-a-party", "actions", "resolve",
    "'X, which/that will ...' where X names a person or organisation: what X will do, with X "
    "as its actor (an effect veto's relative pronoun does not apply)",
    [Example("The grants went to three firms, including Acme Robotics Inc., which will use "
             "its award to build a test facility in Ohio.",
             has=_acts(("use its award to build a test facility in Ohio", "Acme Robotics Inc."),
                       )),
     Example("The Council adopted the regulation, which will give customs officers new "
             "powers.", lacks=_acts(("give customs officers new powers",)))],
    off=None)
def party_antecedent(m: Match) -> Token | None:
    """The named person or body a "which/that will" clause is about, else None."""
    s = m.subject
    if m.pattern not in AUXILIARY_PATTERNS or s is None or s.lower_ not in CLAUSE_PRONOUNS:
        return None
    return next((t for t in relative_antecedent(m.verb, s) if m.ctx.named(t)), None)


def _predicative(verb: Token) -> bool:
    children = list(verb.children)
    if any(c.dep_ == "attr" for c in children):
        return True
    acomp = [c for c in children if c.dep_ == "acomp"]
    return bool(acomp) and not any(list(a.children) for a in acomp) and not any(
        c.dep_ in ("advmod", "prep", "npadvmod") for c in children)


@_veto("copular-prediction",
       "'will be' + noun or bare adjective: a prediction (\"will be the first village\", "
       "\"be fair\"); \"be responsible for X\", \"be available shortly\" are actions",
       Example("Bayview will be the first village in the state to adopt the code.",
               lacks=_acts(("be the first village in the state to adopt the code",))),
       Example("The new forms will be available shortly on the agency's website.",
               has=_acts(("be available shortly on the agency's website",))))
def copular_prediction(m: Match) -> bool:
    return m.pattern in AUXILIARY_PATTERNS and m.verb.lemma_ == "be" and _predicative(m.verb)


@_veto("state-adjective",
       "'will be' + an adjective of ability, eligibility or need (\"will be eligible for "
       "grants\", \"will be able to engage with ...\"): a state someone will be in, not "
       "something done; \"be responsible for\", \"be available\" stay",
       Example("Participating schools will be eligible for grants of up to $50,000.",
               lacks=_acts(("be eligible for grants of up to $50,000",))),
       Example("Small businesses will be able to apply online from next month.",
               lacks=_acts(("be able to apply online from next month",))),
       Example("The new coordinator will be responsible for training all field staff.",
               has=_acts(("be responsible for training all field staff",))),
       Example("Under the revised contract, the new hygiene standards will be legally binding.",
               lacks=_acts(("be legally binding",))))
def state_adjective(m: Match) -> bool:
    return m.pattern in AUXILIARY_PATTERNS and m.verb.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lower_ in STATE_ADJECTIVES for c in m.verb.children)


@_veto("aim-is-to",
       "'<aim noun> is to ...' or 'it is my <aim noun> to ...': a standing aim or a goal "
       "statement (\"The role of the Division is to protect competition\")",
       Example("The role of the Antitrust Division is to protect competition in the "
               "marketplace.", lacks=_acts(("protect competition in the marketplace",))),
       Example("\"It is my goal to publish these opinions whenever possible,\" said the "
               "Director.", lacks=_acts(("publish these opinions whenever possible",))))
def aim_is_to(m: Match) -> bool:
    if m.pattern != "is_to" or m.subject is None:
        return False
    if m.subject.lower_ == "it":  # "It is my goal to ...": the aim noun is the predicate
        return any(c.dep_ == "attr" and c.lemma_.lower() in AIM_NOUNS
                   for c in m.trigger.children)
    return m.subject.lemma_.lower() in AIM_NOUNS


@_veto("past-or-subjectless-is-to",
       "'was to ...' (a past arrangement) or 'is to' with no subject",
       Example("The defendant was to be sentenced on May 5, 2010.", published="2010-06-01",
               lacks=_acts(("be sentenced",))))
def past_or_subjectless_is_to(m: Match) -> bool:
    return m.pattern == "is_to" and (m.subject is None or m.trigger.tag_ == "VBD")


@_veto("past-dated-scheduled-to",
       "'was scheduled to <verb> on <date>' with a date, year written, before the release: an "
       "arrangement that has passed, no plan (as past-schedule for 'X is scheduled for <date>')",
       Example("Smith was scheduled to be sentenced on Aug. 28, 2009, but the hearing was "
               "postponed.", published="2009-09-17", lacks=_acts(("be sentenced",))),
       Example("Smith is scheduled to be sentenced on Dec. 3, 2009.", published="2009-09-17",
               has=_acts(("be sentenced",))))
def past_scheduled_to(m: Match) -> bool:
    if m.pattern != "plan_to" or m.trigger.lemma_ not in SCHEDULE_VERBS or not m.ctx.published:
        return False
    under = {t.i for t in m.verb.subtree if t.i > m.verb.i}
    for d in m.ctx.dates:
        end = m.ctx.date_end.get(d.label_)
        if d.root.i in under and end and any(t.like_num and len(t.text) == 4 for t in d):
            return dt.date.fromisoformat(end) < m.ctx.published
    return False


@_veto("counterfactual-would",
       "'would have' + participle: a counterfactual (\"would have defrauded\")",
       Example("Prosecutors said the scheme would have defrauded investors of millions.",
               lacks=_acts(("have defrauded investors of millions",))))
def counterfactual(m: Match) -> bool:
    verb = m.verb
    return m.pattern == "would" and verb.tag_ == "VBN" and any(
        c.lower_ == "have" and c.dep_ == "aux" for c in verb.children)


def schedule_date(m: Match, span: Span) -> Span | None:
    """The date an event is scheduled for: the first inside its text, else the first under
    the participle outside its subject ("are scheduled for trial on June 10")."""
    inside = [d for d in m.ctx.dates if span.start <= d.start and d.end <= span.end]
    if inside:
        return inside[0]
    subjects = {t.i for c in m.trigger.children if c.dep_ in ("nsubj", "nsubjpass")
                for t in c.subtree}
    under = {t.i for t in m.trigger.subtree} - subjects
    return scheduled_for_date(m.trigger, [d for d in m.ctx.dates if d.start in under]) \
        or next((d for d in m.ctx.dates if d.start in under), None)


@construction(
    "schedule-preposition-date", "actions", "rule",
    "of the dates under 'scheduled', the one its 'for'/'on' introduces is the event's time, "
    "not an earlier one in an adjunct (\"With today's plea, sentencing is now scheduled for Oct. "
    "2, 2009\")",
    [Example("With Monday's plea, sentencing is now scheduled for Oct. 2, 2009.",
             published="2009-09-17", has=_acts(("sentencing", None, "Oct. 2, 2009"),))],
    off=None)
def scheduled_for_date(trigger: Token, dates: list[Span]) -> Span | None:
    """The first date right after a 'for'/'on' that hangs on the participle."""
    doc = trigger.doc
    return next((d for d in dates if d.start > 0 and doc[d.start - 1].lower_ in ("for", "on")
                 and doc[d.start - 1].head == trigger), None)


@_veto("undated-schedule",
       "an event 'scheduled/set for' with no date is no calendar entry (\"40 percent is set "
       "aside for ...\", \"the stage is set for this partnership\")",
       Example("Sixty percent of the grant goes to the state and 40 percent is set aside for "
               "local governments.", lacks=_acts(("40 percent",))),
       Example("The stage is set for this partnership, and John Smith is set for success.",
               lacks=_acts(("partnership",), ("success",))))
def undated_schedule(m: Match, span: Span, when: Span | None) -> bool:
    return when is None


@_veto("past-schedule",
       "an event scheduled for a date before the release (\"This matter is currently scheduled "
       "for a December 2008 trial\" in January 2009): no longer a plan; only where the date "
       "writes its year",
       Example("This matter is currently scheduled for a December 2008 trial.",
               published="2009-01-06", lacks=_acts(("December 2008 trial",), ("trial",))))
def past_schedule(m: Match, span: Span, when: Span | None) -> bool:
    """Only a date with its year written: a year-less one may be resolved to the wrong year."""
    end = m.ctx.date_end.get(when.label_) if when is not None else None
    return bool(m.ctx.published and end and dt.date.fromisoformat(end) < m.ctx.published
                and any(t.like_num and len(t.text) == 4 for t in when))


@_veto("scheduled-people",
       "'X and Y are scheduled for ...': people scheduled, not an event",
       Example("The defendants, John Smith and Mary Jones, are scheduled for trial on June 2, "
               "2009.", published="2009-03-01",
               lacks=_acts(("defendants, John Smith and Mary Jones",))),
       Example("The defendants, John Smith and Mary Jones, are scheduled for June 2, 2009.",
               published="2009-03-01", lacks=_acts(("defendants, John Smith and Mary Jones",))))
def scheduled_people(m: Match, span: Span, when: Span | None = None) -> bool:
    return any(t.i in m.ctx.people_at for t in span) and not people_event(span)


@_veto("party-scheduled-for-event",
       "'X (is) scheduled for trial/sentencing ...' where X is no event noun (\"Other "
       "defendants are scheduled for trial ...\", \"three defendants scheduled for trial\"): "
       "the party scheduled, not the event; the event under 'for' is the action",
       Example("Four defendants have pleaded guilty. The remaining defendants are scheduled for "
               "trial on May 7, 2013.", published="2013-01-10",
               lacks=_acts(("remaining defendants",))))
def party_scheduled_for_event(m: Match, span: Span, when: Span | None = None) -> bool:
    if span.root.lemma_.lower() in CALENDAR_EVENT_NOUNS:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        o.dep_ == "pobj" and (o.lemma_.lower() in CALENDAR_EVENT_NOUNS
                              or o.lower_ in CALENDAR_EVENT_NOUNS) for o in c.children)
        for c in m.trigger.children)


@construction(
    "event-of-named-people", "actions", "rule",
    "a court event headed by its noun is scheduled though people are named in it "
    "(\"Sentencing for John Smith is scheduled for ...\", \"Smith and Jones's sentencings are "
    "set for ...\"): the event, not people scheduled",
    [Example("John Smith pleaded guilty on Monday. Sentencing for John Smith is scheduled for "
             "Sept. 13, 2011.",
             published="2011-06-01", has=_acts(("Sentencing",))),
     Example("Sentencing hearings for John Smith and Mary Jones are scheduled for Jan. 23, "
             "2015.", published="2014-10-01",
             has=_acts(("Sentencing hearings for John Smith and Mary Jones",))),
     Example("John Smith and Mary Jones are scheduled for sentencing on Jan. 23, 2015.",
             published="2014-10-01", lacks=_acts(("John Smith and Mary Jones",)))],
    off=False)
def people_event(span: Span) -> bool:
    """The phrase's head is an event noun ("sentencing", "hearings"), the people only in its
    modifiers ("for X", "X's")."""
    return span.root.lemma_.lower() in CALENDAR_EVENT_NOUNS and span.root.ent_type_ != "PERSON"


@_veto("hyphen-fragment-event",
       "a scheduled 'event' that is a piece of a hyphenated word the parse split (\"Co\" or "
       "\"defendants\" of \"Co-defendants ... are scheduled\") or a lone punctuation mark",
       Example("Co-defendants John Smith and Mary Jones are scheduled for trial on June 2, "
               "2009.", published="2009-03-01",
               lacks=_acts(("Co",), ("-",), ("defendants",))),
       Example("Co-defendants John Smith and Mary Jones are scheduled for June 2, 2009.",
               published="2009-03-01", lacks=_acts(("Co",), ("-defendants",))))
def hyphen_fragment(m: Match, span: Span, when: Span | None = None) -> bool:
    tok, doc = m.verb, m.verb.doc
    glued_before = tok.i >= 2 and doc[tok.i - 1].text in HYPHENS \
        and not doc[tok.i - 2].whitespace_ and not doc[tok.i - 1].whitespace_
    glued_after = not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].text in HYPHENS
    return tok.is_punct or glued_before or glued_after


@_veto("nested-action",
       "an action inside the text of another in the same sentence (\"expect that drugs will "
       "be safe and should not face the risk that drugs will be sold to them\"): the "
       "longer one is kept, once; unless the longer one's verb is the shorter one's trigger "
       "(\"ask the court to order X to stop ...\": what X is ordered to do is the action)",
       Example("The task forces will implement a strategic action plan to combat identified "
               "fraud threats.",
               has=_acts((("implement a strategic action plan to combat identified fraud "
                          "threats"),)),
               lacks=_acts(("combat identified fraud threats",))),
       Example("The complaint asks the court to order Clark to stop preparing returns and to "
               "turn over her customer list to the Justice Department.",  # a DOJ release
               has=_acts(("stop preparing returns",),
                         ("turn over her customer list to the Justice Department",)),
               lacks=_acts((("order Clark to stop preparing returns and to turn over her "
                            "customer list to the Justice Department"),))))
def nested(a: dict, b: dict) -> bool:
    """Action `a` lies inside action `b` (and is not `b`), in one sentence, and `b`'s verb
    does not trigger `a`."""
    x, y = a["_span"], b["_span"]
    return x.sent.start == y.sent.start and y.start <= x.start and x.end <= y.end \
        and (x.start, x.end) != (y.start, y.end) and a["_trigger_i"] != b["_verb_i"]


@_veto("restated-headline",
       "an action sharing most words with an earlier one (a headline restated in the body): "
       "the body's wording is kept",
       Example("Acme Hotels Plans to Add 150 Hotels in 2025\nAcme Hotels plans to add 150 "
               "hotels in 2025, the company said.", published="2024-06-01",
               has=_acts(("add 150 hotels in 2025",)),
               lacks=_acts(("Add 150 Hotels in 2025",))))
def restated(a: Span, b: Span) -> bool:
    """Two actions that share most of their words."""
    wa = {t.lower_ for t in a if not (t.is_stop or t.is_punct)}
    wb = {t.lower_ for t in b if not (t.is_stop or t.is_punct)}
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.8 and (
        a == b or len(wa & wb) >= 3)


@construction(
    "restated-needs-one-subject", "actions", "rule",
    "two actions with most words in common but different common-noun subjects (\"the rule "
    "will be published in ...\", \"comments will be published either in ...\") are two "
    "actions, not a restatement",
    [Example("The proposed rule will be published in the Federal Register. Public comments "
             "will be published either in the Federal Register or on the agency's website.",
             has=_acts(("be published in the Federal Register",),
                       ("be published either in the Federal Register or on the agency's "
                        "website",)))],
    off=False)
def other_subjects(a: dict, b: dict) -> bool:
    """Both actions have a common noun as subject of their "will"/"would" verb (`_subject`;
    none for other triggers), with different lemmas; a headline's subject is mostly a name,
    so a headline restated in the body still is one."""
    subjects = [x.get("_subject") for x in (a, b)]
    return all(t is not None and t.pos_ == "NOUN" for t in subjects) \
        and subjects[0].lemma_.lower() != subjects[1].lemma_.lower()


# --- Late vetoes: asked once the chain has settled the verb and the subject -----------------

def _future(m: Match) -> bool:
    return m.pattern in AUXILIARY_PATTERNS


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _singular(noun: Token) -> str:
    """The lower-case lemma; a capitalised plural ("Guidelines") keeps its -s as its lemma."""
    lemma = noun.lemma_.lower()
    return lemma[:-1] if noun.tag_ == "NNPS" and lemma.endswith("s") else lemma


@_veto("impact-of-an-instrument",
       "a capitalised law, agreement, fund or rule as subject of an effect verb (\"The Act "
       "will ensure ...\", \"the Agreement will deliver ...\"): what it brings about, not a "
       "plan; a body named as an organisation stays, and lower-case \"the arrangements will "
       "provide\" is left to the other vetoes",
       Example("The new Trade Agreement will deliver lower tariffs for farmers and exporters.",
               lacks=_acts(("deliver lower tariffs for farmers and exporters",))),
       Example("The Guidelines will establish a common standard for reporting incidents.",
               lacks=_acts(("establish a common standard for reporting incidents",))),
       Example("The ministry will establish a common standard for reporting incidents.",
               has=_acts(("establish a common standard for reporting incidents",))))
def impact_of_an_instrument(m: Match) -> bool:
    s = m.subject
    if not _future(m) or s is None or s.dep_ != "nsubj" or s.i in m.ctx.orgs_at:
        return False
    return s.text[:1].isupper() and _singular(s) in INSTRUMENT_NOUNS \
        and m.verb.lemma_ in IMPACT_VERBS | INSTRUMENT_EFFECT_VERBS


@_veto("experience-of-people",
       "people who receive or take part as subject of a verb of experiencing (\"visitors will "
       "enjoy ...\", \"students will learn ...\"): what they will get, not a plan",
       Example("Visitors to the museum will enjoy free guided tours every weekend.",
               lacks=_acts(("enjoy free guided tours every weekend",))),
       Example("Conference attendees will learn about new methods of crop insurance.",
               lacks=_acts(("learn about new methods of crop insurance",))),
       Example("The museum will offer free guided tours every weekend.",
               has=_acts(("offer free guided tours every weekend",))))
def experience_of_people(m: Match) -> bool:
    s = m.subject
    return _future(m) and s is not None and s.dep_ == "nsubj" \
        and s.lemma_.lower() in EXPERIENCER_NOUNS and m.verb.lemma_ in EXPERIENCE_VERBS


def _denied_assurance(verb: Token) -> bool:
    """ "no guarantee that X will", "cannot assure that X will": the will-clause's head."""
    head = verb.head
    if verb.dep_ not in ("acl", "ccomp", "relcl") or head.i == verb.i:
        return False
    if head.lemma_.lower() in ASSURANCE_NOUNS:
        return any(c.dep_ == "det" and c.lower_ == "no" for c in head.children) \
            or _negated(head.head)
    return head.lemma_ in ASSURANCE_VERBS and _negated(head)


@_veto("denied-assurance",
       "a future under a denied assurance (\"there is no guarantee that the fund will ...\", "
       "\"we cannot promise that ...\"): a disclaimer, not a plan",
       Example("There is no guarantee that the new fund will meet its investment goals.",
               lacks=_acts(("meet its investment goals",))),
       Example("The company cannot guarantee that the plant will reopen next year.",
               lacks=_acts(("reopen next year",))))
def denied_assurance(m: Match) -> bool:
    return _future(m) and _denied_assurance(m.verb)


@_veto("not-tolerated",
       "'will not be tolerated/accepted/forgotten': a warning or a stance, not a plan",
       Example("Threats against election officials will not be tolerated in this state.",
               lacks=_acts(("not be tolerated in this state",))),
       Example("Unsafe work sites will not be tolerated, and the agency will inspect every "
               "site this summer.", has=_acts(("inspect every site this summer",)),
               lacks=_acts(("not be tolerated",))))
def not_tolerated(m: Match) -> bool:
    verb = m.verb
    return _future(m) and verb.lemma_ in TOLERANCE_VERBS and _negated(verb) and any(
        c.dep_ == "auxpass" for c in verb.children)


@_veto("negated-plan-verb",
       "a planning verb or noun that is denied (\"does not intend to\", \"has no plans to\", "
       "\"is not expected to\"): no plan",
       Example("The company does not intend to close its plant in Ohio.",
               lacks=_acts(("close its plant in Ohio",))),
       Example("The city has no plans to raise parking fees.",
               lacks=_acts(("raise parking fees",))),
       Example("The company intends to close its plant in Ohio.",
               has=_acts(("close its plant in Ohio",))))
def negated_plan_verb(m: Match) -> bool:
    trigger = m.trigger
    if m.pattern == "plan_to":
        return _negated(trigger)
    if m.pattern == "plan_noun":
        return any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children) or (
            trigger.dep_ == "dobj" and _negated(trigger.head))
    return False


@_veto("decision-spoken-of",
       "a decision, ruling or step as subject (\"the decision will send a message\", \"the "
       "ruling will ...\"): the effect of what was decided, not a plan",
       Example("The court's decision will send a strong message to other polluters.",
               lacks=_acts(("send a strong message to other polluters",))),
       Example("The board will send a strong message to other polluters.",
               has=_acts(("send a strong message to other polluters",))),
       Example("The court's decision will take effect on July 1.", published="2020-05-04",
               has=_acts(("take effect", None, "July 1"),)))
def decision_spoken_of(m: Match) -> bool:
    """Its coming into force ("will take effect") is the plan the decision sets."""
    s = m.subject
    return _future(m) and s is not None and s.dep_ in ("nsubj", "nsubjpass") \
        and s.pos_ == "NOUN" and s.lemma_.lower() in DECISION_NOUNS \
        and m.verb.lemma_ not in IN_FORCE_VERBS


@_veto("with-intent-manner",
       "'with (the) intent to': the state of mind of a deed, the element of a charge "
       "(\"possess with intent to distribute\"), not a plan; \"a notice of intent to\" stays",
       Example("He pleaded guilty to conspiracy to possess with intent to distribute five "
               "kilograms of cocaine.", lacks=_acts(("distribute five kilograms of cocaine",))),
       Example("She falsified the logbook with the intent to impede the inquiry.",
               lacks=_acts(("impede the inquiry",))),
       Example("The government has filed a notice of intent to seek the death penalty.",
               has=_acts(("seek the death penalty",))))
def intent_as_manner(m: Match) -> bool:
    trigger = m.trigger
    return m.pattern == "plan_noun" and trigger.lemma_.lower() in INTENT_NOUNS \
        and trigger.dep_ == "pobj" and trigger.head.lower_ in ("with", "without")


@_veto("capability-not-planned",
       "a capability given without 'will' (\"the awards enable grantees to ...\", \"the Act "
       "authorizes the Attorney General to ...\", \"enabling the buyer to ...\"): a standing "
       "power or an effect, not a plan; an agreement's term (\"the decree authorizes the "
       "monitor to ...\") and a future one stay",
       Example("The grants enable recipients to expand victim services in rural areas.",
               lacks=_acts(("expand victim services in rural areas",))),
       Example("The statute authorizes the Attorney General to investigate conditions in "
               "state prisons.", lacks=_acts(("investigate conditions in state prisons",))),
       Example("The new funding will enable the Marshals Service to hire forty deputies.",
               has=_acts(("hire forty deputies",))))
def capability_not_planned(m: Match) -> bool:
    trigger = m.trigger
    if m.pattern != "control" or trigger.lemma_ not in CAPABILITY_VERBS:
        return False
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in trigger.children):
        return False
    subject = subject_of(trigger)
    return not (trigger.tag_ in ("VBZ", "VBP") and _agreement(subject))


@_veto("plays-a-role",
       "'will play a (key) role/part in': a part in an outcome, not something done",
       Example("Small farms will play a key role in the region's recovery.",
               lacks=_acts(("play a key role in the region's recovery",))))
def plays_a_role(m: Match) -> bool:
    verb = m.verb
    return verb.lemma_ == "play" and any(c.dep_ == "dobj" and c.lemma_.lower() in ROLE_NOUNS
                                         for c in verb.children)


@_veto("commitment-shown",
       "a commitment that a case or an event shows or restates (\"this case demonstrates our "
       "commitment to protect ...\"): a standing stance, not a plan",
       Example("This prosecution demonstrates our commitment to protect older Americans from "
               "fraud.", lacks=_acts(("protect older Americans from fraud",))),
       Example("The Board announced its commitment to publish the audit by June.",
               has=_acts(("publish the audit",))))
def commitment_shown(m: Match) -> bool:
    trigger = m.trigger
    return m.pattern == "plan_noun" and trigger.dep_ == "dobj" \
        and trigger.head.lemma_ in SHOWING_VERBS


@_veto("purpose-of-a-thing",
       "a passive 'is intended to': the purpose of a thing (\"the grants are intended to "
       "support ...\"), not someone's plan",
       Example("The new grants are intended to support victims of violent crime.",
               lacks=_acts(("support victims of violent crime",))),
       Example("The agency intends to support victims of violent crime.",
               has=_acts(("support victims of violent crime",))))
def purpose_of_a_thing(m: Match) -> bool:
    trigger = m.trigger
    return m.pattern == "plan_to" and trigger.lemma_ in PURPOSE_VERBS and any(
        c.dep_ == "auxpass" for c in trigger.children)


@_veto("ongoing-commitment",
       "a plan noun marked as lasting (\"our ongoing commitment to ...\", \"its continued "
       "commitment to ...\"): a standing commitment, not a new plan",
       Example("The grant is part of our ongoing commitment to expand rural broadband.",
               lacks=_acts(("expand rural broadband",))),
       Example("The ministry announced a commitment to expand rural broadband by 2026.",
               published="2024-01-10", has=_acts(("expand rural broadband",))))
def ongoing_commitment(m: Match) -> bool:
    return m.pattern == "plan_noun" and any(
        c.dep_ == "amod" and c.lower_ in STANDING_MODIFIERS for c in m.trigger.children)


@_veto("those-planning-to",
       "a participle 'planning to' that describes people (\"reporters planning to attend "
       "should ...\"): a class of people addressed, not a plan",
       Example("Reporters planning to attend the briefing should arrive by 9 a.m.",
               lacks=_acts(("attend the briefing",))),
       Example("The agency is planning to hold a briefing for reporters.",
               has=_acts(("hold a briefing for reporters",))))
def those_planning_to(m: Match) -> bool:
    trigger = m.trigger
    return m.pattern == "plan_to" and trigger.tag_ == "VBG" \
        and trigger.dep_ in ("acl", "csubj") \
        and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children)


@_veto("decision-as-subject",
       "'decision to' as the subject of a clause (\"his decision to resign is a loss\"): a "
       "decision spoken of, often already carried out, not an announced plan",
       Example("His decision to resign is a loss for the agency.",
               lacks=_acts(("resign",))),
       Example("He announced his decision to resign from the board.",
               has=_acts(("resign from the board",))))
def decision_as_subject(m: Match) -> bool:
    trigger = m.trigger
    return m.pattern == "plan_noun" and trigger.lemma_ == "decision" \
        and trigger.dep_ in ("nsubj", "nsubjpass") \
        and not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES
                    for c in trigger.head.children)


@_veto("purpose-of-a-document",
       "a document, law or campaign that 'aims/intends/seeks to' (\"the guide aims to explain "
       "...\"): its standing purpose, not a plan",
       Example("The new guide aims to explain the filing rules to small businesses.",
               lacks=_acts(("explain the filing rules to small businesses",))),
       Example("The agency aims to explain the filing rules to small businesses.",
               has=_acts(("explain the filing rules to small businesses",))))
def purpose_of_a_document(m: Match) -> bool:
    s = m.subject
    return m.pattern == "plan_to" and m.trigger.lemma_ in AIM_VERBS and s is not None \
        and s.pos_ == "NOUN" and s.lemma_.lower() in DOCUMENT_NOUNS


def _expected_of(trigger: Token) -> Token | None:
    """What is expected: the subject, or the noun a participle "expected to" describes."""
    if trigger.dep_ == "acl":
        return trigger.head
    return subject_of(trigger)


@_veto("market-forecast",
       "a market, price or quantity 'expected to' (\"prices are expected to rise\", \"the "
       "market expected to grow\"): a forecast, not a plan",
       Example("Demand is surging, with the global market expected to grow 20 percent by 2030.",
               published="2024-01-10", lacks=_acts(("grow 20 percent",))),
       Example("The company is expected to open two new plants by 2030.",
               published="2024-01-10", has=_acts(("open two new plants",))))
def market_forecast(m: Match) -> bool:
    trigger = m.trigger
    if m.pattern != "plan_to" or trigger.lemma_ != "expect":
        return False
    what = _expected_of(trigger)
    return what is not None and what.lemma_.lower() in FORECAST_NOUNS


@_veto("continuing-state",
       "'will continue to have/be' + a noun or adjective: a state that lasts (\"will continue "
       "to have jurisdiction\", \"will continue to be a priority\"), not something done",
       Example("County prosecutors will continue to have jurisdiction over minor offenses.",
               lacks=_acts(("continue to have jurisdiction over minor offenses",))),
       Example("Fraud will continue to be a priority for the office.",
               lacks=_acts(("continue to be a priority for the office",))),
       Example("The sites will continue to be monitored by the agency.",
               has=_acts(("continue to be monitored by the agency",))))
def continuing_state(m: Match) -> bool:
    verb = m.verb
    return _future(m) and verb.lemma_ in ASPECT_VERBS and any(
        c.dep_ == "xcomp" and c.lemma_ in STATE_VERBS and not _doing(c)
        for c in verb.children)


def _relative_clause_verb(m: Match) -> Token:
    return m.verb if m.pattern == "would" else m.trigger


@_veto("who-would-or-seek",
       "'who would ...', 'who seek to ...' on people not named (\"a message to anyone who "
       "would try to defraud ...\", \"those who seek to undermine ...\"): a class of "
       "wrongdoers, not a plan",
       Example("\"This sentence sends a message to anyone who would try to cheat the program,\" "
               "the Director said.", lacks=_acts(("try to cheat the program",))),
       Example("We will pursue those who seek to undermine the integrity of our elections.",
               lacks=_acts(("undermine the integrity of our elections",))),
       Example("Those who seek to exploit children online will be found and prosecuted.",
               lacks=_acts(("exploit children online",))),
       Example("The Director said that John Smith, who would lead the new office, starts in "
               "May.", published="2024-01-10", has=_acts(("lead the new office",))))
def who_would_or_seek(m: Match) -> bool:
    s = m.subject
    if s is None or s.lower_ != "who":
        return False
    if not (m.pattern == "would" or m.pattern == "plan_to" and m.trigger.lemma_ in AIM_VERBS):
        return False
    verb = _relative_clause_verb(m)
    return verb.dep_ == "relcl" and not any(m.ctx.named(t) or t.i in m.ctx.people_at
                                            for t in relative_antecedent(verb, s))


@_veto("past-attempt",
       "'sought/intended/aimed to' in the past tense: an attempt or an aim told in a "
       "narrative, not a plan (\"he intended to detonate ...\", \"who sought to live ...\")",
       Example("Prosecutors said the defendant intended to sell the stolen data abroad.",
               lacks=_acts(("sell the stolen data abroad",))),
       Example("The agency intends to sell the surplus equipment at auction.",
               has=_acts(("sell the surplus equipment at auction",))))
def past_attempt(m: Match) -> bool:
    trigger = m.trigger
    return m.pattern == "plan_to" and trigger.lemma_ in AIM_VERBS and trigger.tag_ == "VBD"


@_veto("past-plan-narrated",
       "'planned/prepared to' in the simple past outside a report (\"after the raid, he planned "
       "to flee to Mexico\", \"he admitted that he planned to ...\"): a plan of the "
       "narrative, not one announced; \"the company said it planned to ...\" stays",
       Example("After agents arrested two of his couriers, Smith planned to flee to Mexico with "
               "the cash.", lacks=_acts(("flee to Mexico with the cash",))),
       Example("The company said it planned to hire 200 workers at the new plant.",
               has=_acts(("hire 200 workers at the new plant",))))
def past_plan_narrated(m: Match) -> bool:
    trigger = m.trigger
    return m.pattern == "plan_to" and trigger.lemma_ in NARRATED_PLAN_VERBS \
        and trigger.tag_ == "VBD" and not any(a.lemma_ in REPORTING_VERBS
                                              for a in trigger.ancestors)


@_veto("decision-not-announced",
       "'decision to' that no statement announces (\"paying the price for his decision to "
       "flee\", \"regret the council's decision to withdraw\", \"made the decision not to "
       "hire her\"): a decision spoken of, often carried out, not a plan; \"announced its "
       "decision to ...\" stays",
       Example("He is now paying the price for his reckless decision to flee from the police.",
               lacks=_acts(("flee from the police",))),
       Example("The ministers regretted the council's decision to withdraw from the talks.",
               lacks=_acts(("withdraw from the talks",))),
       Example("The Board announced its decision to close the regional office next year.",
               has=_acts(("close the regional office next year",))))
def decision_not_announced(m: Match) -> bool:
    trigger = m.trigger
    if m.pattern != "plan_noun" or trigger.lemma_ != "decision" \
            or trigger.dep_ in ("nsubj", "nsubjpass"):  # see `decision-as-subject`
        return False
    verb = next((a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is None or verb.lemma_ not in REPORTING_VERBS


@_veto("agreement-in-narrative",
       "'agreed to' in the past perfect or under a verb that tells evidence or an allegation "
       "(\"the indictment alleges that Smith agreed to pay bribes\", \"he had agreed to carry "
       "the drugs\"): a deal of the narrative, not a settlement's term",
       Example("The indictment alleges that Smith agreed to pay kickbacks to the procurement "
               "officer.", lacks=_acts(("pay kickbacks to the procurement officer",))),
       Example("By then the courier had agreed to carry the cash across the border.",
               lacks=_acts(("carry the cash across the border",))),
       Example("Under the settlement, the company has agreed to pay a $2 million penalty.",
               has=_acts(("pay a $2 million penalty",))))
def agreement_in_narrative(m: Match) -> bool:
    trigger = m.trigger
    if m.pattern != "plan_to" or trigger.lemma_ != "agree":
        return False
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in trigger.children):
        return True
    clause = trigger  # "alleges that X bribed Y and agreed to ...": the clause of "agreed"
    while clause.dep_ == "conj":
        clause = clause.head
    return clause.dep_ == "ccomp" and clause.head.lemma_ in NARRATION_VERBS - REPORTING_VERBS


LATE = (who_would_or_seek, past_attempt, past_plan_narrated, purpose_of_a_document,
        market_forecast, continuing_state, impact_of_an_instrument, experience_of_people,
        denied_assurance, not_tolerated,
        negated_plan_verb, decision_spoken_of,
        intent_as_manner, capability_not_planned, plays_a_role,
        commitment_shown, purpose_of_a_thing, ongoing_commitment,
        those_planning_to, decision_as_subject, decision_not_announced,
        agreement_in_narrative)


def late_veto(m: Match) -> str | None:
    """The name of the first late veto that holds for a built candidate, else None."""
    return next((check.construction.name for check in LATE if check(m)), None)


# --- Round G: the tense of the governing clause, and who is bound --------------------------------

def _finite_head(tok: Token) -> Token | None:
    """The finite verb that gives a (possibly non-finite) verb its time: the verb itself if
    finite, else the nearest finite verb above it ("by asking X to ..." under "evaded")."""
    for node in (tok, *tok.ancestors):
        if node.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
                for c in node.children):
            return node
    return None


def simple_past(tok: Token) -> bool:
    """Whether the clause that gives `tok` its time is in the simple past ("ordered",
    "evaded ... by asking"): no 'have', no future or present auxiliary."""
    head = _finite_head(tok)
    if head is None:
        return False
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lemma_ == "have" or c.tag_ in ("MD", "VBZ", "VBP") for c in auxes):
        return False
    return head.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxes)


@_veto("committed-stance",
       "'is committed to' + gerund as a predicate or a modifier (\"the Department is committed "
       "to protecting ...\", \"agencies committed to ...\"): a standing stance, not a new plan; "
       "the act of committing (\"the two governments committed to ...\", \"has committed to\") "
       "and a commitment with a date or a deadline (\"before the election\") stay",
       Example("EPA is committed to ensuring our nation's coal-fired power plants comply with "
               "the Clean Air Act.",
               lacks=_acts((("ensuring our nation's coal-fired power plants comply with the "
                             "Clean Air Act"),))),
       Example("The Department remains committed to protecting the voting rights of all "
               "citizens.", lacks=_acts(("protecting the voting rights of all citizens",))),
       Example("The two governments committed to establishing a joint task force on border "
               "crime.", has=_acts(("establishing a joint task force on border crime",))),
       Example("The Department is committed to publishing the report before the election.",
               has=_acts(("publishing the report before the election",))),
       Example("The city is committed to replacing every lead service line by 2030.",
               published="2024-01-10", has=_acts(("replacing every lead service line",))))
def committed_stance(m: Match) -> bool:
    trigger = m.trigger
    if m.pattern != "committed" or trigger.lower_ != "committed" or trigger.tag_ == "VBD":
        return False
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children):
        return False
    if any(_deadline(m, t) for t in m.verb.subtree):
        return False  # "committed to publishing the report before the election": a deadline
    return not any(d.start >= m.verb.left_edge.i and d.end <= m.verb.right_edge.i + 1
                   for d in (*m.ctx.dates, *m.ctx.times))


@_veto("past-directive-narrated",
       "a directive or request in a simple-past clause to anyone but a body or an office (\"he "
       "ordered his men to fire\", \"evaded tax by asking customers to pay in cash\"): what "
       "happened, not a plan; \"the Governor directed the Department of Health to ...\" and "
       "\"has directed X to ...\" stay",
       Example("As the patrol approached, he ordered his men to burn the documents.",
               lacks=_acts(("burn the documents",))),
       Example("She hid her income by asking her clients to pay in cash.",
               lacks=_acts(("pay in cash",))),
       Example("The owner lied to inspectors and instructed her assistant to hide the ledgers.",
               lacks=_acts(("hide the ledgers",))),
       Example("U.S. District Judge Jane Roe sentenced John Smith to 30 months in prison and "
               "ordered Smith to pay $80,000 in restitution.",
               lacks=_acts(("pay $80,000 in restitution",))),
       Example("Jones allegedly directed buyers to wire the funds to an account in Latvia.",
               lacks=_acts(("wire the funds to an account in Latvia",))),
       Example("On May 2, the Governor directed the Department of Health to open three new "
               "clinics.", published="2020-05-04",
               has=_acts(("open three new clinics",))),
       Example("The court has ordered John Smith to stop preparing tax returns for others.",
               has=_acts(("stop preparing tax returns for others",))))
def past_directive_narrated(m: Match) -> bool:
    trigger, obj = m.trigger, m.tokens.get("object")
    if m.pattern != "control" or trigger.lemma_ not in PAST_ORDER_VERBS or obj is None:
        return False
    if obj.i in m.ctx.orgs_at or _office(m, obj) or _the_body(obj):
        return False
    return simple_past(trigger)


def _the_body(obj: Token) -> bool:
    """ "the agency", "the Department": a body referred back to, not "a team of employees"."""
    return obj.lemma_.lower() in GENERIC_ORG_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in obj.children) \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)


def _office(m: Match, obj: Token) -> bool:
    """A capitalised title with no name: an office ("directed the Attorney General to")."""
    return obj.pos_ == "PROPN" and obj.is_title and obj.lower_ in TITLE_HEADS \
        and obj.i not in m.ctx.people_at


@_veto("agreement-told-as-evidence",
       "'agreed to' in the simple past where evidence tells it (\"the investigation revealed "
       "that X agreed to ...\", \"according to the charge, X agreed not to bid ...\"): a deal "
       "of the offence, not a settlement's term; \"according to the plea agreement\" stays",
       Example("The investigation revealed that Smith and a friend agreed to set fire to the "
               "barn.", lacks=_acts(("set fire to the barn",))),
       Example("According to the charge, Jones and others agreed not to bid against each other "
               "at county auctions.", lacks=_acts(("not to bid against each other at county "
                                                   "auctions",), ("bid against each other at "
                                                                  "county auctions",))),
       Example("According to the plea agreement, Smith agreed to forfeit $5,000 in cash.",
               has=_acts(("forfeit $5,000 in cash",))))
def agreement_told_as_evidence(m: Match) -> bool:
    trigger = m.trigger
    if m.pattern != "plan_to" or trigger.lemma_ != "agree" or not simple_past(trigger):
        return False
    clause = trigger
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    told = clause.dep_ == "ccomp" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in EVIDENCE_NOUNS
        for c in clause.head.children)
    return told or any(  # "According to the charge, ...": read on the sentence, as the parse
        t.lower_ == "according" and t.i < trigger.i and t.nbor().lower_ == "to" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in EVIDENCE_NOUNS for o in t.nbor().children)
        for t in trigger.sent if t.i + 1 < len(t.doc))  # may make "According" the root


@_veto("alleged-plan",
       "a plan, deal or order in a clause marked 'allegedly' (\"the defendants allegedly "
       "planned to travel to ...\", \"the filings allegedly concealed frauds that they intended "
       "to continue\"): part of the alleged offence, not a plan announced",
       Example("The six defendants allegedly planned to travel abroad to join the group, "
               "prosecutors said.", lacks=_acts(("travel abroad to join the group",))),
       Example("The Department will seek to recover the funds the company allegedly obtained.",
               has=_acts(("recover the funds the company allegedly obtained",))))
def alleged_plan(m: Match) -> bool:
    if m.pattern in AUXILIARY_PATTERNS and m.pattern != "would":
        return False
    return any(c.dep_ == "advmod" and c.lower_ in ALLEGING_ADVERBS
               for node in (m.trigger, *m.trigger.ancestors) for c in node.children)


LATE = (*LATE, committed_stance, past_directive_narrated, agreement_told_as_evidence,
        alleged_plan)


# --- Round J: a decision of the narrative ---------------------------------------------------------

@_veto("past-decision-narrated",
       "'decided to' in the simple past with a person or a group of the story as subject, "
       "outside a report (\"when he decided to flee\", \"the two men decided to rob the "
       "store\"): what happened, not a plan announced; a body's decision (\"the Department "
       "decided to intervene\"), \"we decided\", \"has decided\" and \"said it decided\" stay",
       Example("Shortly after the meeting, the two men decided to rob the store.",
               lacks=_acts(("rob the store",))),
       Example("He abused his office when he decided to take cash from the contractors.",
               lacks=_acts(("take cash from the contractors",))),
       Example("After reviewing the complaint, the Justice Department decided to intervene in "
               "the lawsuit.", has=_acts(("intervene in the lawsuit",))),
       Example("At the talks, both sides decided to expand training for border officers.",
               has=_acts(("expand training for border officers",))))
def past_decision_narrated(m: Match) -> bool:
    trigger = m.trigger
    if m.pattern != "plan_to" or trigger.lemma_ != "decide" or trigger.tag_ != "VBD" \
            or not simple_past(trigger):
        return False
    clause = trigger
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "ccomp" and clause.head.lemma_ in REPORTING_VERBS:
        return False  # "the company said it decided to ...": a decision reported
    if any(_deadline(m, t) for t in m.verb.subtree) or any(
            m.verb.left_edge.i <= d.start and d.end <= m.verb.right_edge.i + 1
            and not _before_release(m, d) for d in m.ctx.dates):
        return False  # "decided to meet again in June 2016": a plan with its time
    subject = subject_of(trigger)
    return subject is not None and not _a_body(m, subject)


def _a_body(m: Match, subject: Token) -> bool:
    """A subject that names a body (an organisation, "the department") or the speaker's "we"."""
    if subject.lower_ in ("we", "us") or subject.lemma_.lower() in _SIDE_NOUNS:
        return True
    heads = [subject, *(c for c in subject.children if c.dep_ in ("conj", "compound"))]
    return any(t.i in m.ctx.orgs_at or t.lemma_.lower() in GENERIC_ORG_NOUNS
               for t in heads) or (m.ctx.resolve(subject) or "") in _org_ids(m)


def _before_release(m: Match, date: Span) -> bool:
    """A date that ends before the release was published ("decided to sell it in 2007")."""
    end = m.ctx.date_end.get(date.label_)
    return bool(m.ctx.published and end and dt.date.fromisoformat(end) < m.ctx.published)


# Parties to a talk or a deal ("both sides decided to ..."): their joint decision is a plan.
_SIDE_NOUNS = {"side", "party", "country", "nation", "government"}


def _org_ids(m: Match) -> set[str]:
    return set(m.ctx.orgs_at.values())


LATE = (*LATE, past_decision_narrated)


# --- Round K (k1): hoped-for outcomes, terms a court imposed, forecast amounts ---------------

def _looked_forward_to(noun: Token) -> bool:
    """ "(look) forward to <noun>": the object of a wish."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "to" and (
        prep.head.lower_ == "forward"
        or any(c.lower_ == "forward" for c in prep.head.children))


def _hoped(tok: Token) -> bool:
    """Whether `tok`'s clause is what someone hopes: a complement of "hope"/"hopeful" or of
    a clause whose predicate is one ("we are hopeful [that] X will ...", where the parse may
    hang the clause on "are"), or a noun's ("our hope that X will ..."). Only the clause
    itself: "we hope that others understand that we will ..." states a plan."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "relcl" and _looked_forward_to(node.head):
        return True  # "I look forward to all that he will achieve"
    if node.dep_ not in ("ccomp", "acl", "dep"):
        return False
    head = node.head
    if head.lemma_.lower() in HOPE_WORDS or head.lower_ in HOPE_WORDS:
        return True
    return node.dep_ in ("ccomp", "dep") and any(
        c.dep_ in ("acomp", "attr") and c.lemma_.lower() in HOPE_WORDS and c.i < node.i
        for c in head.children)


@_veto("hoped-for-outcome",
       "a 'will' clause that someone hopes for (\"we remain hopeful that an agreement will be "
       "reached\", \"I hope the new rules will ...\", \"it is our hope that X will ...\", \"we "
       "look forward to all that she will achieve\"): an "
       "outcome wished for, not a plan; \"we are confident that X will continue to ...\" stays",
       Example("The agency remains hopeful that the two sides will reach an agreement soon.",
               lacks=_acts(("reach an agreement soon",))),
       Example("We are hopeful the new funds will restore some of what the investors lost.",
               lacks=_acts(("restore some of what the investors lost",))),
       Example("It is our hope that this guide will serve as a model for other states.",
               lacks=_acts(("serve as a model for other states",))),
       Example("I am confident that the agency will continue to work with the county.",
               has=_acts(("continue to work with the county",))),
       Example("We look forward to all that the new director will accomplish in the post.",
               lacks=_acts(("accomplish in the post",))))
def hoped_outcome(m: Match) -> bool:
    return _hoped(m.verb) or (m.trigger.i != m.verb.i and m.pattern not in AUXILIARY_PATTERNS
                              and _hoped(m.trigger))


def _obligation_source(m: Match) -> Token | None:
    """The noun that imposes an obligation ("the order requires X to", "an order that
    requires X to", "a judgment requiring X to"), else None."""
    trigger = m.trigger
    if trigger.lemma_ not in OBLIGATION_VERBS or trigger.tag_ == "VBN":
        return None
    if trigger.tag_ == "VBG" and trigger.dep_ == "acl":
        return trigger.head
    subject = subject_of(trigger)
    if subject is not None and subject.lower_ in CLAUSE_PRONOUNS:
        return next(iter(relative_antecedent(trigger, subject)), None)
    return subject


@_veto("court-order-terms",
       "what a court's injunction, order or judgment requires of a party (\"the injunction "
       "order requires Smith to mail a copy ...\", \"the court entered a judgment requiring X "
       "to pay ...\", \"the suit seeks a court order requiring X to ...\"): terms imposed or "
       "sought, told like a sentence, not a plan the party agreed to; a consent decree, a "
       "settlement, a proposed, consent or 'by consent' order and an executive order stay",
       Example("The civil injunction order also requires Jane Roe to give the government a "
               "list of her customers.",
               lacks=_acts(("give the government a list of her customers",))),
       Example("Last week the court entered a judgment requiring Acme Corp. to pay $2 million "
               "in damages.", lacks=_acts(("pay $2 million in damages",))),
       Example("The proposed final judgment requires Acme Corp. to sell its brewing assets.",
               has=_acts(("sell its brewing assets",))),
       Example("The Judgment and Permanent Injunction by Consent requires John Roe to file all "
               "employment tax returns on time.",
               has=_acts(("file all employment tax returns on time",))),
       Example("The Executive Order requires the task force to report to the President within "
               "six months.", has=_acts(("report to the President within six months",))))
def court_order_terms(m: Match) -> bool:
    source = _obligation_source(m)
    if source is None or source.lemma_.lower() not in COURT_ORDER_NOUNS:
        return False
    return not any(c.dep_ in ("amod", "compound") and c.lower_ in AGREED_ORDER_WORDS
                   | EXECUTIVE_ORDER_WORDS
                   or c.dep_ == "prep" and any(o.lower_ in AGREED_ORDER_WORDS
                                               for o in c.children)
                   for c in source.subtree if c.i < m.trigger.i)


LATE = (*LATE, hoped_outcome, court_order_terms)


def _money(tok: Token) -> bool:
    return any(t.text == "$" or t.ent_type_ == "MONEY" for t in tok.subtree)


@construction(
    "headline-act-restated", "actions", "rule",
    "a headline's action and a body action with the same verb on the same kind of object (the "
    "same head noun, or both a sum of money: \"X to Pay $1.2 Million to Settle ...\" and \"X "
    "will pay $1.208 million to resolve ...\"): one action, in the body's wording",
    [Example("Acme Hospital to Pay $3 Million to Settle Kickback Claims\n\nAcme Hospital has "
             "agreed to pay $3,050,000 to resolve allegations that it paid doctors for "
             "referrals, the Department of Justice announced today.",
             published="2024-06-01",
             has=_acts(("pay $3,050,000 to resolve allegations that it paid doctors for "
                        "referrals",)),
             lacks=_acts(("Pay $3 Million",)))],
    off=False)
def restated_act(a: dict, b: dict) -> bool:
    """One of two actions in the headline (the first line), the other not, with verbs of one
    lemma whose direct objects share a head noun or are both sums of money."""
    x, y = a["_span"], b["_span"]
    doc = x.doc
    first = doc.text.find("\n")
    if first < 0 or (x.start_char < first) == (y.start_char < first):
        return False
    vx, vy = doc[a["_verb_i"]], doc[b["_verb_i"]]
    if vx.lemma_.lower() != vy.lemma_.lower():
        return False
    ox = next((c for c in vx.children if c.dep_ == "dobj"), None)
    oy = next((c for c in vy.children if c.dep_ == "dobj"), None)
    if ox is None or oy is None:
        return False
    return ox.lemma_.lower() == oy.lemma_.lower() or (_money(ox) and _money(oy))


@_veto("leads-to-an-outcome",
       "'will lead to' + a noun, with no object of its own (\"this settlement will lead to "
       "significant reductions\", \"a separate study will lead to a new plan\", \"dumping it "
       "will lead to penalties\"): an outcome predicted, not something done; \"the Director "
       "will lead the delegation to Paris\" stays",
       Example("The new study of the river will lead to a second cleanup plan.",
               lacks=_acts(("lead to a second cleanup plan",))),
       Example("The Deputy Director will lead the delegation to the conference in Geneva.",
               has=_acts(("lead the delegation to the conference in Geneva",))))
def leads_to_outcome(m: Match) -> bool:
    verb = m.verb
    return verb.lemma_ == "lead" and not any(c.dep_ == "dobj" for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)


LATE = (*LATE, leads_to_outcome)


@_veto("pay-the-price",
       "'pay a/the (heavy) price': the consequence someone will suffer (\"those who cheat will "
       "pay a heavy price\", \"he will now pay the price for ...\"), not a payment planned",
       Example("Contractors who rig their bids will pay a heavy price for their greed.",
               lacks=_acts(("pay a heavy price for their greed",))),
       Example("The contractor will pay a $2 million penalty to resolve the claims.",
               has=_acts(("pay a $2 million penalty to resolve the claims",))))
def pays_the_price(m: Match) -> bool:
    return m.verb.lemma_ == "pay" and any(c.dep_ == "dobj" and c.lemma_.lower() == "price"
                                          for c in m.verb.children)


LATE = (*LATE, pays_the_price)


# --- round K (k2): restatements --------------------------------------------------------------

def _in_first_line(span: Span) -> bool:
    return "\n" not in span.doc.text[:span.start_char]


@construction(
    "body-restatement-same-verb", "actions", "rule",
    "two actions of the body (neither in the headline) are one restated plan only where their "
    "verbs agree (\"agreed to pay a fine\" ... \"will pay the fine\"); the same plan stated "
    "again in other words is a separate action (\"continue its enforcement of laws that "
    "protect the rights of tenants\" ... \"ensure the rights of tenants\")",
    [Example("Housing Settlement Reached\nThe department will continue its enforcement of "
             "fair housing laws that protect the rights of families.\nWe will ensure the fair "
             "housing rights of families.",
             has={"actions": (("continue its enforcement of fair housing laws that protect the "
                               "rights of families",), ("ensure the fair housing rights of "
                                                       "families",))})],
    off=False)
def different_verbs_in_body(a: dict, b: dict) -> bool:
    """Both actions in the body, with no verb lemma in common ("be required to pay X" and
    "pay X" share "pay")."""
    x, y = a["_span"], b["_span"]
    if _in_first_line(x) or _in_first_line(y):
        return False

    def verbs(span: Span) -> set[str]:
        return {t.lemma_.lower() for t in span if t.pos_ == "VERB"}

    va, vb = verbs(x), verbs(y)
    return bool(va and vb) and not va & vb


@construction(
    "restated-needs-one-actor", "actions", "rule",
    "two actions in the same words by two different named actors (\"Smith agreed to forfeit "
    "$5,000\" ... \"Jones agreed to forfeit $5,000\") are two actions, not a restatement",
    [Example("Two Plead Guilty in Fraud Case\nJohn Smith pleaded guilty and agreed to forfeit "
             "$5,000.\nMary Jones also "
             "pleaded guilty and agreed to forfeit $5,000.",
             has={"actions": (("forfeit $5,000", "John Smith"),
                              ("forfeit $5,000", "Mary Jones"))})],
    off=False)
def different_actors(a: dict, b: dict) -> bool:
    return a.get("actor_id") is not None and b.get("actor_id") is not None \
        and a["actor_id"] != b["actor_id"]


# --- round K (k2): readiness on a condition ------------------------------------------------------

@_veto("readiness-on-a-condition",
       "readiness under a 'when/whenever' clause in the present (\"When companies break the "
       "law, the agency stands ready to prosecute\"): a standing response to a generic case, "
       "a conditional statement, not an intention",
       Example("When landlords refuse to rent to families, the agency stands ready to sue them.",
               lacks=_acts(("sue them",))),
       Example("The agency stands ready to sue the landlords who refused to rent to families.",
               has=_acts(("sue the landlords who refused to rent to families",))))
def readiness_on_a_condition(m: Match) -> bool:
    if m.pattern != "ready_to":
        return False
    head = m.trigger.head
    return any(c.dep_ == "advcl" and c.tag_ in ("VBZ", "VBP") and any(
        g.dep_ == "advmod" and g.lower_ in ("when", "whenever") or
        g.dep_ == "mark" and g.lower_ in ("when", "whenever") for g in c.children)
        for c in head.children)


LATE = (*LATE, readiness_on_a_condition)
