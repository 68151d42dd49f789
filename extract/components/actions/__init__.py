"""Planned actions: what someone will do, plans, intends, agreed or is scheduled to do.

The component runs a registry of named constructions (`extract.constructions`, kind
"actions"), in three stages:
- `triggers`: `DependencyMatcher` patterns ("will"/"shall", "would" in reported speech,
  planning verbs and nouns with a to-infinitive, control verbs, "is to", "committed to",
  "is considering", "anticipates", "X is scheduled for", "Y is scheduled for trial on",
  "sentencing, scheduled for");
- `vetoes`: clauses that state no plan (questions, conditionals, effects, forecasts, wishes,
  standing aims, counterfactuals), asked in order by `action.build`;
- `context`: the actor (subject, pronoun, generic noun, members of a body, passive agent,
  reported speaker) and the time (a date inside the action, else one in its clause that is
  not in the past, else a time expression on its verb such as "in the coming weeks").
`extent` cuts the action's text. Negated plans ("will not tolerate") are kept with "not" in
the text, as the gold annotations do. Coordinated verb phrases under one trigger, each with its
own object, are separate actions with the same actor and time; verbs sharing one object stay
one action (`extent.coordinated_verb_phrases`).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span

from extract.components.actions import modality
from extract.components.actions.action import build
from extract.components.actions.advisory import advisory_events
from extract.components.actions.context import Context
from extract.components.actions.extent import colon_list, trigger_before_list
from extract.components.actions.match import AUXILIARY_PATTERNS
from extract.components.actions.triggers import NODES, PATTERNS, STRENGTH, TRIGGERS
from extract.components.actions.vetoes import (
    different_actors,
    different_verbs_in_body,
    late_veto,
    nested,
    other_subjects,
    restated,
    restated_act,
)
from extract.constructions import REGISTRY, Example, construction, is_on, switched_off
from extract.spans import mention
from models.records import Modality

__all__ = ["PATTERNS", "ActionsComponent", "make_actions"]

if not Doc.has_extension("actions"):
    Doc.set_extension("actions", default=None)


# The frames whose words alone do not tell a plan from an effect, a forecast or a standing
# commitment ("will", "would", "committed to", "intends"): the classifier decides these. An
# explicit frame (scheduled, agreed, required, expected event) stays with the rules.
WEAK_MODALITIES = ("planned", "intended")
MODALITIES = tuple(m.value for m in Modality)


def _check_modalities(names) -> tuple[str, ...]:
    for name in names:
        if name not in MODALITIES:
            raise ValueError(f"news_actions: modality_decides names {name!r}, not one of "
                             f"{', '.join(MODALITIES)}")
    return tuple(names)


@Language.factory("news_actions", default_config={
    "off": [], "modality_threshold": 0.5, "modality_rescue": 1.01, "modality_model": "",
    "modality_decides": list(WEAK_MODALITIES)})
def make_actions(nlp: Language, name: str, off: list[str], modality_threshold: float,
                 modality_rescue: float, modality_model: str, modality_decides: list[str]):
    return ActionsComponent(nlp, off, modality_threshold, modality_rescue, modality_model,
                            modality_decides)


def _check_off(names) -> tuple[str, ...]:
    """The names of action constructions to switch off; any other name is an error."""
    for name in names:
        if name not in REGISTRY:
            raise ValueError(f"news_actions: unknown construction {name!r}")
        if REGISTRY[name].kind != "actions":
            raise ValueError(f"news_actions: {name!r} is a construction of "
                             f"{REGISTRY[name].kind}, not of actions")
    return tuple(names)


class ActionsComponent:
    """`modality_threshold`: a candidate the rules keep is dropped where the modality
    classifier gives it a plan score below this (default 0.5, chosen on fresh releases the
    classifier was not trained on; 0: the rules alone decide);
    `modality_rescue`: a candidate a veto drops is kept where its score reaches this (above 1:
    never); `modality_model`: the classifier's folder ("": the shipped one);
    `modality_decides`: the modalities whose candidates the threshold may drop."""

    def __init__(self, nlp: Language, off=(), modality_threshold: float = 0.5,
                 modality_rescue: float = 1.01, modality_model: str = "",
                 modality_decides=WEAK_MODALITIES):
        self.off = _check_off(off)
        self.decides = _check_modalities(modality_decides)
        for label, value in (("modality_threshold", modality_threshold),
                             ("modality_rescue", modality_rescue)):
            if not isinstance(value, (int, float)) or value < 0:
                raise ValueError(f"news_actions: {label} must be a number >= 0, not {value!r}")
        self.threshold = float(modality_threshold)
        self.rescue = float(modality_rescue)
        self.model_path = modality_model
        self.classifier = modality.load(modality_model) if self.uses_classifier else None
        self.matcher = DependencyMatcher(nlp.vocab)
        for key, pattern in PATTERNS.items():
            self.matcher.add(key, [pattern])

    @property
    def uses_classifier(self) -> bool:
        return self.threshold > 0 or self.rescue <= 1

    def __call__(self, doc: Doc) -> Doc:
        with switched_off(self.off):
            return self._extract(doc)

    def candidates(self, doc: Doc, ctx: Context | None = None,
                   keep_vetoed: bool = True) -> list[tuple[str, dict]]:
        """Every match built into an action, vetoed or not: (pattern id, action with `_veto`
        and `_features`, the classifier's input). What the classifier is trained on."""
        on = {key for key, name in TRIGGERS.items() if is_on(name)}
        ctx = ctx or Context(doc)
        out = []
        for match_id, token_ids in self.matcher(doc):
            key = doc.vocab.strings[match_id]
            if key not in on:
                continue
            action = build(key, {n: doc[i] for n, i in zip(NODES[key], token_ids)}, ctx,
                           keep_vetoed=keep_vetoed)
            if action is None:
                continue
            for each in [action, *action.pop("_also", [])]:  # coordinated verb phrases
                m = each.pop("_match")
                each["_subject"] = m.subject if key in AUXILIARY_PATTERNS else None
                if each["_veto"] is None:  # the vetoes that need the settled verb and subject
                    each["_veto"] = late_veto(m)
                each["_features"] = modality.features(m, each["_span"], each["_veto"])
                out.append((key, each))
        return out

    def _extract(self, doc: Doc) -> Doc:
        ctx = Context(doc)
        candidates = self.candidates(doc, ctx, keep_vetoed=self.classifier is not None)
        if self.classifier is not None:
            scores = modality.plan_scores(self.classifier,
                                          [a["_features"] for _, a in candidates])
            candidates = [(key, a) for (key, a), p in zip(candidates, scores)
                          if (p >= self.rescue if a["_veto"] else
                              p >= self.threshold or a["modality"] not in self.decides)]
        else:
            candidates = [(key, a) for key, a in candidates if a["_veto"] is None]
        found: dict[int, tuple[int, dict]] = {}
        for key, action in candidates:
            del action["_veto"], action["_features"]
            verb = action.pop("_verb")
            action["_verb_i"] = verb.i
            if verb.i in found and found[verb.i][0] >= STRENGTH[key]:
                continue
            time = action.pop("_time") if "_time" in action \
                else ctx.time(action["_span"], verb)  # a scheduled event has its date
            action.update(ctx.anchor(time))
            found[verb.i] = (STRENGTH[key], action)
        actions: list[dict] = []
        for _, (_, action) in sorted(found.items()):
            outer = next((n for n, other in enumerate(actions)
                          if nested(action, other)), None)
            inner = next((n for n, other in enumerate(actions)
                          if nested(other, action)), None)
            if outer is not None:
                continue
            if inner is not None:  # the longer action holds this one's words
                actions[inner] = action
                continue
            twin = next((n for n, other in enumerate(actions)
                         if (restated(action["_span"], other["_span"])
                             and not other_subjects(action, other)
                             and not different_verbs_in_body(action, other)
                             and not different_actors(action, other))
                         or restated_act(action, other)),
                        None)
            if twin is None:
                actions.append(action)
            else:  # keep the body's wording
                actions[twin] = action
        actions = _with_colon_lists(actions)
        actions = _dangling_lists(doc, ctx, actions)
        actions = _inside_listed_duties(actions)
        # an advisory's event headings restate the body in capitals, and both are gold actions
        taken = {a["_span"].start for a in actions}
        events = [{"text": span.text, "trigger": "WHEN:", "modality": "scheduled",
                   "actor_id": None, "time_id": time_id, "time_expression_id": None,
                   "_span": span}
                  for span, time_id in advisory_events(doc) if span.start not in taken]
        if events:
            actions = sorted(actions + events, key=lambda a: a["_span"].start)
        spans = []
        for n, action in enumerate(actions, 1):
            span = action.pop("_span")
            for key in ("_verb_i", "_trigger_i", "_subject", "_listed"):  # not all have each
                action.pop(key, None)
            action["id"] = f"a{n}"
            action["evidence"] = mention(doc, span.start_char, span.end_char)
            spans.append(Span(doc, span.start, span.end, label=action["id"]))
        doc.spans["actions"] = spans
        doc._.actions = [{"id": a.pop("id"), **a} for a in actions]
        return doc


def _with_colon_lists(actions: list[dict]) -> list[dict]:
    """An action before a colon and a list: its verb items as actions of their own, or its
    text over its noun items (`colon-list-of-an-action`)."""
    out = []
    for action in actions:
        out.append(action)
        found = colon_list(action["_span"])
        if found is None:
            continue
        kind, spans = found
        if kind == "objects":
            action["_span"] = spans[0]
            action["text"] = spans[0].text
            continue
        taken = {a["_span"].start for a in actions}
        for span in spans:
            if span.start not in taken:
                out.append({**{k: v for k, v in action.items() if not k.startswith("_")},
                            "text": span.text, "_span": span, "_listed": True})
        lead = without_lead_in(action["_span"])
        if lead is not None:
            action["_span"], action["text"] = lead, lead.text
    return out


# Words that lead into a list of examples ("steps, such as:", "measures, including:").
LIST_LEAD_INS = (("such", "as"), ("including",), ("include",), ("includes",))


@construction(
    "list-lead-in-tail", "actions", "rule",
    "an action whose list of acts follows ', such as:' or ', including:' ends before those "
    "words: they lead into the list, which gives actions of its own",
    [Example("Under the agreement, the city will take several steps to improve access, such "
             "as:\n\nSurveying its other facilities;\n\nAdopting a grievance procedure for "
             "complaints.",
             has={"actions": (("take several steps to improve access",),)},
             lacks={"actions": (("take several steps to improve access, such as",),)})],
    off=None)
def without_lead_in(span: Span) -> Span | None:
    """The span without a closing ", such as" / ", including"; None if it has none."""
    words = [t.lower_ for t in span]
    for lead in LIST_LEAD_INS:
        n = len(lead)
        if len(words) > n + 1 and tuple(words[-n:]) == lead:
            end = span.end - n
            while end > span.start + 1 and span.doc[end - 1].is_punct:
                end -= 1
            return span.doc[span.start:end]
    return None


def _dangling_lists(doc: Doc, ctx: Context, actions: list[dict]) -> list[dict]:
    """ "The decree requires X to:" or "X will:" and a list of verb lines: each line an action
    of the party bound (`trigger-before-a-list`)."""
    taken = {a["_span"].start for a in actions}
    added = []
    for sent in doc.sents:
        found = trigger_before_list(sent)
        if found is None:
            continue
        trigger, party, modality = found
        listed = colon_list(doc[sent.start:trigger.i + 1])
        if listed is None or listed[0] != "items":
            continue
        actor = ctx.resolve(party)
        for span in listed[1]:
            if span.start not in taken:
                added.append({"text": span.text, "trigger": doc[trigger.i].text,
                              "modality": modality, "actor_id": actor, **ctx.anchor(None),
                              "_span": span, "_listed": True})
    if not added:
        return actions
    return sorted(actions + added, key=lambda a: a["_span"].start)



@construction(
    "inside-a-listed-duty", "actions", "rule",
    "an action whose words lie inside a duty of a list (\"The agreement requires the city to "
    "take these steps:\" and an item \"Implementing a plan to repave its sidewalks\"): the item "
    "is the action, not the plan or 'will' clause within it",
    [Example("Under the agreement, the city will take several steps to improve access, "
             "including:\n\nSurveying its other facilities;\n\nImplementing a plan to "
             "improve the accessibility of city sidewalks; and\n\nAdopting a grievance "
             "procedure.",
             has={"actions": (("Implementing a plan to improve the accessibility of city "
                               "sidewalks",),)},
             lacks={"actions": (("improve the accessibility of city sidewalks",),)})],
    off=False)
def inside_listed(action: dict, listed: list[Span]) -> bool:
    """Whether an action lies inside (and is not) a list item's action."""
    x = action["_span"]
    return not action.get("_listed") and any(
        s.start <= x.start and x.end <= s.end and (s.start, s.end) != (x.start, x.end)
        for s in listed)


def _inside_listed_duties(actions: list[dict]) -> list[dict]:
    """The actions without those inside a list item's action (`_listed`)."""
    listed = [a["_span"] for a in actions if a.get("_listed")]
    return [a for a in actions if not inside_listed(a, listed)] if listed else actions
