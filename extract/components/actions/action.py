"""One trigger match -> one action record, or None: the vetoes in order, then the action's
extent, trigger, modality and actor. The order matters: the verb and the subject are settled
step by step, and each veto sees them as they are at its turn."""
from __future__ import annotations

from spacy.tokens import Token

from extract.components.actions import vetoes as v
from extract.components.actions.context import (
    PASS,
    Context,
    passive_agent,
    plan_noun_owner,
    reported_speaker,
    subject_of,
)
from extract.components.actions.extent import noun_phrase, text_end, text_start, trim_text
from extract.components.actions.match import Match
from extract.components.actions.triggers import needed_verb, trigger_and_modality


def build(pattern: str, tokens: dict[str, Token], ctx: Context) -> dict | None:
    """The action of one match (`_span` and `_verb` for the component), None if vetoed."""
    m = Match(pattern, tokens, ctx, tokens["verb"], tokens["trigger"])
    if v.question(m) or v.conditional(m):
        return None
    if pattern == "scheduled_for":
        return _scheduled_event(m)
    if pattern == "foresee" and m.verb.pos_ == "NOUN":
        span = noun_phrase(m.verb)  # "foresees the creation of a council": a nominal action
        if span is None:
            return None
        return {"text": span.text, "trigger": m.trigger.text, "modality": "planned",
                "actor_id": ctx.resolve(subject_of(m.trigger)), "_span": span,
                "_verb": m.verb}
    if v.would_without_report(m):
        return None
    m.verb = needed_verb(m.verb) or m.verb
    if v.wish(m) or v.considered_not_ongoing(m) or v.obligation_not_agreed(m):
        return None
    m.subject = tokens["object"] if pattern == "control" else subject_of(
        m.verb if pattern in ("will", "would") else m.trigger)
    if v.effect_verb(m) or v.continuing_effect(m) or v.population_forecast(m) \
            or v.survey_answer(m) or v.effect_of_this(m) or v.purpose_clause(m) \
            or v.adjective_complement(m):
        return None
    if pattern == "plan_noun":
        owner = plan_noun_owner(m.trigger)
        if owner is not PASS:
            m.subject = owner
    if v.clause_pronoun_subject(m) or v.copular_prediction(m) or v.aim_is_to(m) \
            or v.past_or_subjectless_is_to(m) or v.counterfactual(m):
        return None
    verb, subject = m.verb, m.subject
    start = text_start(verb, m.trigger)
    end = text_end(verb)
    if end <= start:
        return None
    span = trim_text(verb.doc[start:end], ctx.dates)
    if not len(span):
        return None
    trigger_text, modality = trigger_and_modality(pattern, tokens, verb)
    actor = ctx.resolve(subject)
    if actor is None and subject is not None and subject.dep_ == "nsubjpass":
        actor = passive_agent(ctx, verb)
    if actor is None and (subject is None or subject.lower_ == "it"):
        actor = reported_speaker(ctx, m.trigger)
    return {"text": span.text, "trigger": trigger_text, "modality": modality,
            "actor_id": actor, "_span": span, "_verb": verb}


def _scheduled_event(m: Match) -> dict | None:
    """ "Sentencing is scheduled for June 5, 2013": the event is the action, no actor."""
    span = noun_phrase(m.verb)
    if span is None or v.scheduled_people(m, span):
        return None
    trigger_text = " ".join([x.text for x in m.trigger.lefts if x.dep_ == "auxpass"]
                            + [m.trigger.text])
    return {"text": span.text, "trigger": trigger_text, "modality": "scheduled",
            "actor_id": None, "_span": span, "_verb": m.verb}
