"""Planned actions: what someone will do, plans, intends, agreed or is scheduled to do.

The component runs a registry of named constructions (`extract.constructions`, kind
"actions"), in three stages:
- `triggers`: `DependencyMatcher` patterns ("will"/"shall", "would" in reported speech,
  planning verbs and nouns with a to-infinitive, control verbs, "is to", "committed to",
  "is considering", "anticipates", "X is scheduled for");
- `vetoes`: clauses that state no plan (questions, conditionals, effects, forecasts, wishes,
  standing aims, counterfactuals), asked in order by `action.build`;
- `context`: the actor (subject, pronoun, generic noun, members of a body, passive agent,
  reported speaker) and the time (a date inside the action, else one in its clause that is
  not in the past).
`extent` cuts the action's text. Negated plans ("will not tolerate") are kept with "not" in
the text, as the gold annotations do; coordinated verbs under one trigger stay one action.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span

from extract.components.actions.action import build
from extract.components.actions.advisory import advisory_events
from extract.components.actions.context import Context
from extract.components.actions.triggers import NODES, PATTERNS, STRENGTH, TRIGGERS
from extract.components.actions.vetoes import restated
from extract.constructions import REGISTRY, is_on, switched_off
from extract.spans import mention

__all__ = ["PATTERNS", "ActionsComponent", "make_actions"]

if not Doc.has_extension("actions"):
    Doc.set_extension("actions", default=None)


@Language.factory("news_actions", default_config={"off": []})
def make_actions(nlp: Language, name: str, off: list[str]):
    return ActionsComponent(nlp, off)


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
    def __init__(self, nlp: Language, off=()):
        self.off = _check_off(off)
        self.matcher = DependencyMatcher(nlp.vocab)
        for key, pattern in PATTERNS.items():
            self.matcher.add(key, [pattern])

    def __call__(self, doc: Doc) -> Doc:
        with switched_off(self.off):
            return self._extract(doc)

    def _extract(self, doc: Doc) -> Doc:
        on = {key for key, name in TRIGGERS.items() if is_on(name)}
        ctx = Context(doc)
        found: dict[int, tuple[int, dict]] = {}
        for match_id, token_ids in self.matcher(doc):
            key = doc.vocab.strings[match_id]
            if key not in on:
                continue
            action = build(key, {n: doc[i] for n, i in zip(NODES[key], token_ids)}, ctx)
            if action is None:
                continue
            verb = action.pop("_verb")
            if verb.i in found and found[verb.i][0] >= STRENGTH[key]:
                continue
            action["time_id"] = ctx.time(action["_span"], verb)
            found[verb.i] = (STRENGTH[key], action)
        actions: list[dict] = []
        for _, (_, action) in sorted(found.items()):
            twin = next((n for n, other in enumerate(actions)
                         if restated(action["_span"], other["_span"])), None)
            if twin is None:
                actions.append(action)
            else:  # keep the body's wording
                actions[twin] = action
        # an advisory's event headings restate the body in capitals, and both are gold actions
        taken = {a["_span"].start for a in actions}
        events = [{"text": span.text, "trigger": "WHEN:", "modality": "scheduled",
                   "actor_id": None, "time_id": time_id, "_span": span}
                  for span, time_id in advisory_events(doc) if span.start not in taken]
        if events:
            actions = sorted(actions + events, key=lambda a: a["_span"].start)
        spans = []
        for n, action in enumerate(actions, 1):
            span = action.pop("_span")
            action["id"] = f"a{n}"
            action["evidence"] = mention(doc, span.start_char, span.end_char)
            spans.append(Span(doc, span.start, span.end, label=action["id"]))
        doc.spans["actions"] = spans
        doc._.actions = [{"id": a.pop("id"), **a} for a in actions]
        return doc
