"""One trigger match -> one action record, or None: the vetoes in order, then the action's
extent, trigger, modality and actor. The order matters: the verb and the subject are settled
step by step, and each veto sees them as they are at its turn."""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from extract.components.actions import vetoes as v
from extract.components.actions.context import (
    PASS,
    Context,
    agreement_party,
    obliged_object,
    passive_agent,
    plan_noun_owner,
    reported_speaker,
    subject_of,
    time_expression,
)
from extract.components.actions.extent import (
    act_noun_phrases,
    aspect_infinitive_conjuncts,
    infinitive_list,
    trigger_conjuncts,
    coordinated_verb_phrases,
    duty_gerunds,
    noun_phrase,
    text_end,
    text_start,
    time_span,
    trim_text,
)
from extract.components.actions.match import AUXILIARY_PATTERNS, Match
from extract.constructions import Example, construction
from extract.lexicon.actions import (
    CALENDAR_EVENT_NOUNS,
    RELIEF_ACT_NOUNS,
    SCHEDULE_PREPOSITIONS,
)
from extract.components.actions.triggers import (
    future_on_auxiliary,
    needed_verb,
    requested_party,
    trigger_and_modality,
)


# Patterns whose action is an act noun an agreement holds or a party agrees to.
ACT_NOUN_PATTERNS = ("agreement_includes", "agreed_to_act", "pledged_act")


def _acts(*facts: tuple) -> dict:
    return {"actions": facts}


def build(pattern: str, tokens: dict[str, Token], ctx: Context,
          keep_vetoed: bool = False) -> dict | None:
    """The action of one match (`_span`, `_verb` and `_match` for the component), None if
    vetoed. With `keep_vetoed`, a vetoed candidate is built all the same and carries the name
    of the first veto that held in `_veto` (the modality classifier may let it through)."""
    if pattern in ("scheduled_apposition", "scheduled_relative"):
        event = described_event(tokens["trigger"])
        if event is None:
            return None
        tokens = {**tokens, "verb": event}
    if pattern == "headline_to" and "\n" in tokens["verb"].doc.text[:tokens["verb"].idx]:
        return None  # "X to <verb>" is a headline's future only in the first line
    m = Match(pattern, tokens, ctx, tokens["verb"], tokens["trigger"])
    vetoed: list[str] = []

    def veto(*checks) -> bool:
        """Whether to stop here: a check held and vetoed candidates are not kept."""
        for check in checks:
            if check(m):
                vetoed.append(check.construction.name)
                return not keep_vetoed
        return False

    if veto(v.question, v.conditional, v.purpose_before_control, v.unbound_must,
            v.bracketed_record):
        return None
    if pattern == "dated_court_clause":
        return _done(_dated_court_event(m), m, vetoed)
    if pattern in ("scheduled_for", "scheduled_for_event", "scheduled_apposition",
                   "expected_event", "scheduled_object", "scheduled_for_name",
                   "scheduled_relative"):
        return _done(_scheduled_event(m, keep_vetoed, vetoed), m, vetoed)
    if pattern in ("foresee", "provides_for", *ACT_NOUN_PATTERNS) and m.verb.pos_ == "NOUN":
        spans = act_noun_phrases(m.verb)  # "foresees the creation of a council": nominal
        if not spans:
            return None
        if pattern in ACT_NOUN_PATTERNS:  # "... and a $5,000 payment to Y" hung on the verb
            spans += [s for c in m.trigger.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                      and c.lemma_ in RELIEF_ACT_NOUNS for s in [noun_phrase(c)] if s]
        modality = "planned" if pattern == "foresee" else "agreed"
        actor = agreement_party(ctx, m.trigger) if pattern == "agreement_includes" \
            else ctx.resolve(subject_of(m.trigger))
        acts = [_done({"text": span.text, "trigger": m.trigger.text, "modality": modality,
                       "actor_id": actor, "_span": span, "_verb": span.root}, m, list(vetoed))
                for span in spans]
        acts[0]["_also"] = acts[1:]
        return acts[0]
    if veto(v.would_without_report):
        return None
    auxiliary = m.verb  # "will be co-managed": "be", where the parse hangs "will" on it
    m.verb = needed_verb(m.verb) or future_on_auxiliary(m.verb, pattern) or m.verb
    if veto(v.wish, v.considered_not_ongoing, v.obligation_not_agreed):
        return None
    m.subject = tokens["object"] if pattern == "control" else subject_of(
        m.verb if pattern in (*AUXILIARY_PATTERNS, "headline_to", "require_that")
        else m.trigger)
    if pattern == "plan_to":
        m.subject = obliged_object(ctx, m.trigger) or m.subject
    if veto(v.effect_verb, v.impact_of_a_thing, v.resultative_leave, v.continuing_effect,
            v.population_forecast, v.survey_answer, v.effect_of_this, v.purpose_clause,
            v.adjective_complement):
        return None
    if pattern == "granted_request":
        m.subject = requested_party(m.trigger)
    if pattern == "plan_noun":
        owner = plan_noun_owner(m.trigger)
        if owner is not PASS:
            m.subject = owner
    if veto(v.clause_pronoun_subject, v.copular_prediction, v.state_adjective, v.aim_is_to,
            v.past_or_subjectless_is_to, v.past_scheduled_to, v.counterfactual):
        return None
    m.subject = v.party_antecedent(m) or m.subject  # "Acme, which will ...": Acme acts
    verb, subject = m.verb, m.subject
    start = text_start(verb, m.trigger)
    if auxiliary.dep_ in ("aux", "auxpass") and m.trigger.i < auxiliary.i < verb.i:
        start = min(start, auxiliary.i)
    parts = [p for p in coordinated_verb_phrases(verb) if not _stays_joined(m, p)]
    parts += duty_gerunds(verb)  # whoever holds duties acts: no effect veto keeps them joined
    more = trigger_conjuncts(m.trigger, verb) if pattern in ("plan_to", "control") else []
    more += aspect_infinitive_conjuncts(verb) + infinitive_list(verb)
    taken = {p.i for p in parts}
    parts += [p for p in more if p.i not in taken and not taken.add(p.i)
              and not _stays_joined(m, p)]
    split = frozenset(p.i for p in parts)
    end = text_end(verb, split)
    if end <= start:
        return None
    span = trim_text(verb.doc[start:end], ctx.dates, ctx.times)
    if not len(span):
        return None
    trigger_text, modality = trigger_and_modality(pattern, tokens, verb)
    actor = ctx.resolve(subject)
    if actor is None and subject is not None and subject.dep_ == "nsubjpass":
        actor = passive_agent(ctx, verb)
    if actor is None and (subject is None or subject.lower_ == "it"):
        actor = reported_speaker(ctx, m.trigger)
    action = _done({"text": span.text, "trigger": trigger_text, "modality": modality,
                    "actor_id": actor, "_span": span, "_verb": verb,
                    "_time": ctx.time(time_span(span, ctx.dates), verb)}, m, vetoed)
    if parts:  # one time for all: the one the whole coordination would have
        whole = trim_text(verb.doc[start:text_end(verb)], ctx.dates)
        shared = ctx.time(whole, verb)
        action["_time"] = _own_time(ctx, span, verb, shared)
        action["_also"] = [a for a in (_part(m, p, split, action, shared, keep_vetoed)
                                       for p in parts) if a is not None]
    return action


# The vetoes that look at the verb itself, asked again of each coordinated verb phrase: a part
# they hold for is no action and leaves the text ("continue to talk and look forward to ...").
PART_VETOES = (v.conditional, v.wish, v.continuing_effect, v.copular_prediction,
               v.state_adjective, v.resultative_leave)
# An effect verb among the parts stays in the phrase before it, as it was before the split
# (the effect vetoes also hold for some acts: "serve probation").
JOINED_VETOES = (v.effect_verb, v.impact_of_a_thing)


def _stays_joined(m: Match, verb: Token) -> bool:
    part = Match(m.pattern, m.tokens, m.ctx, verb, m.trigger, m.subject)
    return any(check(part) for check in JOINED_VETOES)


def _part(m: Match, verb: Token, split: frozenset[int], head: dict, shared: str | None,
          keep_vetoed: bool) -> dict | None:
    """A coordinated verb phrase as an action of its own, with the head action's trigger,
    modality and actor; None where a veto holds for its verb."""
    part = Match(m.pattern, m.tokens, m.ctx, verb, m.trigger, m.subject)
    held = next((check.construction.name for check in PART_VETOES if check(part)), None)
    if held is not None and not keep_vetoed:
        return None
    start = text_start(verb, m.trigger)
    end = text_end(verb, split)
    if end <= start:
        return None
    span = trim_text(verb.doc[start:end], m.ctx.dates, m.ctx.times)
    if not len(span):
        return None
    return {"text": span.text, "trigger": head["trigger"], "modality": head["modality"],
            "actor_id": head["actor_id"], "_span": span, "_verb": verb, "_match": part,
            "_trigger_i": m.trigger.i, "_veto": held or head["_veto"],
            "_time": _own_time(m.ctx, span, verb, shared)}


def _own_time(ctx: Context, span, verb: Token, shared: str | None) -> str | None:
    """A date inside the phrase or closing it ("meet X on Tuesday") is its time; else the
    coordination's date; else a time expression on its own verb or the verbs it depends on
    ("meet X and sign Y in the coming weeks": sign's), else the coordination's."""
    timed = time_span(span, ctx.dates)
    if any(timed.start <= d.start and d.end <= timed.end for d in ctx.dates):
        return ctx.time(timed, verb)
    if ctx.is_date(shared):
        return shared
    return time_expression(ctx, verb) or shared


def _done(action: dict | None, m: Match, vetoed: list[str]) -> dict | None:
    if action is not None:
        action["_match"] = m
        action["_trigger_i"] = m.trigger.i
        action["_veto"] = vetoed[0] if vetoed else None
    return action


@construction(
    "event-comma-adverb-scheduled-for", "actions", "rule",
    "the participle of 'At <event>, scheduled for <date>' with an adverb or a relative "
    "pronoun and auxiliary between the comma and it (\"At sentencing, currently scheduled for "
    "...\", \"At his sentencing, which is scheduled for ...\"): the event is still the noun "
    "before the comma",
    [Example("At sentencing, currently scheduled for June 9, 2014, Brown faces up to five years "
             "in prison.", published="2014-03-01",
             has=_acts(("sentencing", None, "June 9, 2014"),))],
    off=None)
def _participle_lead(trigger: Token) -> int | None:
    """The first of the adverb, relative pronoun or auxiliary just before the participle."""
    lead = [c.i for c in trigger.lefts if c.dep_ in ("advmod", "nsubjpass", "auxpass")
            and c.i >= trigger.i - 3]
    return min(lead) if lead else None


def described_event(trigger: Token) -> Token | None:
    """The event noun a participle "scheduled for <date>" describes: the noun it hangs on
    ("a hearing set for March 3"), or the noun just before its comma ("At sentencing,
    scheduled for ...")."""
    doc = trigger.doc
    first = _participle_lead(trigger) or trigger.i
    if trigger.dep_ in ("acl", "relcl") and trigger.head.i < trigger.i:
        noun = trigger.head
    elif first >= 2 and doc[first - 1].text == ",":
        noun = doc[first - 2]
    else:
        return None
    return noun if noun.tag_ in ("NN", "NNS") and not noun.is_punct else None


def _scheduled_event(m: Match, keep_vetoed: bool, vetoed: list[str]) -> dict | None:
    """ "Sentencing is scheduled for June 5, 2013": the event is the action, with no actor;
    "X is scheduled for trial on ...": the event, with X as its actor. Its time is the date
    it is scheduled for (`_time`)."""
    span = noun_phrase(m.verb)
    if span is None:
        return None
    event = _event_of_date(m.verb)
    if event is not None:  # "set a sentencing date of Dec. 3": the sentencing
        span = span.doc[event.i:event.i + 1]
    if span.start < m.trigger.i < span.end:  # "a hearing, set for March 3": not the participle
        span = span.doc[span.start:m.trigger.left_edge.i]
    span = trim_text(span, m.ctx.dates)
    while len(span) and span[0].dep_ == "case":  # "'s opening" of "the plant's opening"
        span = span[1:]
    if not len(span) or any(d.start <= m.verb.i < d.end for d in m.ctx.dates):
        return None
    actor = None
    if m.pattern == "scheduled_for_event":
        party = subject_of(m.trigger)  # also shared: "X pleaded guilty and is scheduled ..."
        if party is None or any(c.dep_ == "nummod" for c in m.verb.children):
            return None  # "scheduled for 10 a.m.": a time, not an event
        actor = next((a for c in party.head.children if c.dep_ == party.dep_
                      for a in [m.ctx.resolve(c)] if a), None)
    when = v.schedule_date(m, span)
    if m.pattern == "scheduled_object":  # "On May 2, the judge set sentencing for ...": after
        when = next((d for d in m.ctx.dates if d.start > m.verb.i
                     and m.trigger.left_edge.i <= d.start <= m.trigger.right_edge.i), None)
        if when is not None and span.start < when.start - 1 < span.end <= when.end \
                and span.doc[when.start - 1].lower_ in SCHEDULE_PREPOSITIONS:
            span = span.doc[span.start:when.start - 1]  # "sentencing for June 2": its time
    span = event_without_date(span, when) or span
    span = event_without_party(span, m.verb) or span
    checks = [v.hyphen_fragment, v.undated_schedule, v.past_schedule]
    if m.pattern != "scheduled_for_event":
        checks += [v.scheduled_people, v.party_scheduled_for_event]
    held = next((check for check in checks if check(m, span, when)), None)
    if held is not None:
        vetoed.append(held.construction.name)
        if not keep_vetoed:
            return None
    trigger_text = " ".join([x.text for x in m.trigger.lefts if x.dep_ == "auxpass"]
                            + [m.trigger.text])
    modality = "expected" if m.pattern == "expected_event" else "scheduled"
    return {"text": span.text, "trigger": trigger_text, "modality": modality,
            "actor_id": actor, "_span": span, "_verb": m.verb,
            "_time": when.label_ if when is not None else None}


@construction(
    "event-of-a-date", "actions", "rule",
    "'a <event> date' set or scheduled (\"the judge set a sentencing date of Dec. 3\"): the "
    "event is the action, the date its time",
    [Example("U.S. District Judge Jane Roe set a sentencing date of Dec. 3, 2012.",
             published="2012-09-11", has=_acts(("sentencing", None, "Dec. 3, 2012"),),
             lacks=_acts(("sentencing date of Dec. 3, 2012",)))],
    off=None)
def _event_of_date(noun: Token) -> Token | None:
    if noun.lemma_ != "date":
        return None
    return next((c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")
                 and c.lemma_.lower() in CALENDAR_EVENT_NOUNS and c.i < noun.i), None)


def _dated_court_event(m: Match) -> dict | None:
    """ "when he is sentenced on Nov. 6, 2015": the event ("is sentenced"), the subject's, at a
    date under the verb that ends after the release; None without one."""
    verb, ctx = m.verb, m.ctx
    under = {t.i for t in verb.subtree}
    when = next((d for d in ctx.dates if d.start in under and d.start > verb.i), None)
    end = ctx.date_end.get(when.label_) if when is not None else None
    if not (end and ctx.published and dt.date.fromisoformat(end) >= ctx.published):
        return None
    span = verb.doc[m.tokens["aux"].i:verb.i + 1]
    return {"text": span.text, "trigger": m.trigger.text, "modality": "scheduled",
            "actor_id": ctx.resolve(subject_of(verb)), "_span": span, "_verb": verb,
            "_time": when.label_}


# --- round K (k2): a scheduled event's text -------------------------------------------------------

@construction(
    "scheduled-event-without-its-date", "actions", "rule",
    "a scheduled event's text ends before the date it is scheduled for, with or without a "
    "preposition (\"scheduled for trial April 9, 2012\" -> \"trial\"): the date is its time",
    [Example("The other defendants are scheduled for trial April 9, 2012, before Judge Jane "
             "Roe.", published="2012-01-10",
             has=_acts(("trial", None, "April 9, 2012"),),
             lacks=_acts(("trial April 9, 2012",)))],
    off=None)
def event_without_date(span, when):
    """The span cut before `when` (and a preposition before it) where the date lies inside it
    after the event's first word; None otherwise."""
    if when is None or not (span.start < when.start < span.end):
        return None
    end = when.start
    if span.doc[end - 1].pos_ == "ADP" and end - 1 > span.start:
        end -= 1
    return span.doc[span.start:end]


@construction(
    "scheduled-event-without-its-party", "actions", "rule",
    "'<event> for <name(s)>' scheduled (\"Sentencing for Smith and Jones is scheduled for "
    "May 3\"): the event is the action, the names say whose it is",
    [Example("Smith pleaded guilty on Monday. Sentencing for John Smith is scheduled for May "
             "3, 2012.", published="2012-01-10",
             has=_acts(("Sentencing", None, "May 3, 2012"),),
             lacks=_acts(("Sentencing for John Smith",)))],
    off=None)
def event_without_party(span, event):
    """The span cut before "for <proper name>" on the event noun; None otherwise."""
    if event.lower_ not in CALENDAR_EVENT_NOUNS:
        return None
    cut = next((c for c in event.rights if c.dep_ == "prep" and c.lower_ == "for"
                and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)), None)
    if cut is None or not (span.start < cut.i < span.end):
        return None
    return span.doc[span.start:cut.i]
