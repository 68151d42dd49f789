"""Planned actions: what someone will do, plans, intends, agreed or is scheduled to do.

Triggers are `DependencyMatcher` patterns over the parse (data, in `PATTERNS`): a "will" or
"shall" auxiliary on a verb; a planning verb with a to-infinitive ("plans to", "intends to",
"aims to", "agreed to", "is expected to", "is scheduled to", "it is planned to"); and a
scheduled event ("sentencing is scheduled for June 5"). Left out: questions, conditionals
("if ..., it will"), predicted effects ("which will help", "will benefit"), wishes and
copular predictions ("this will be the largest ...").

Each action keeps its text (the action verb to the end of its objects and complements, without
the trigger and without finite side clauses), trigger, modality, actor (the subject where it is
a known person or organisation; for "it is planned to", the organisation of the person whose
statement reports it) and time (a date inside the action, else in its clause).
Coordinated verbs ("will review and adopt the plan") stay one action.
"""
from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span, Token

from extract.spans import mention, span_index

if not Doc.has_extension("actions"):
    Doc.set_extension("actions", default=None)

PLAN_VERBS = {
    "plan": "planned", "intend": "intended", "aim": "intended", "prepare": "planned",
    "agree": "agreed", "decide": "agreed", "schedule": "scheduled", "expect": "expected",
    "propose": "considered", "consider": "considered", "commit": "intended",
    "pledge": "intended", "vow": "intended", "promise": "intended", "seek": "intended",
    "set": "scheduled", "mean": "planned",
}
EFFECT_VERBS = {"help", "benefit", "serve", "contribute", "result", "mean", "allow", "enable",
                "affect", "cost", "depend", "remain", "need", "require", "like", "love",
                "want", "hope", "wish"}
WISH_WORDS = {"forward", "excited", "hope", "glad", "happy", "pleased", "delighted", "eager"}

PATTERNS = {
    "will": [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": {"IN": ["VERB", "AUX"]}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "trigger",
         "RIGHT_ATTRS": {"DEP": "aux", "LOWER": {"IN": ["will", "shall", "'ll", "’ll"]}}},
    ],
    "plan_to": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(PLAN_VERBS)},
                                                "POS": {"IN": ["VERB", "AUX"]}}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"DEP": "xcomp", "POS": {"IN": ["VERB", "AUX"]}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "to",
         "RIGHT_ATTRS": {"DEP": "aux", "LOWER": "to"}},
    ],
    "is_to": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": "be", "POS": "AUX",
                                                "DEP": {"IN": ["ROOT", "ccomp", "conj"]}}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"DEP": "xcomp", "POS": "VERB"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "to",
         "RIGHT_ATTRS": {"DEP": "aux", "LOWER": "to"}},
    ],
    "scheduled_for": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": ["schedule", "set"]},
                                                "TAG": "VBN"}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"DEP": "nsubjpass", "POS": "NOUN"}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "for",
         "RIGHT_ATTRS": {"DEP": "prep", "LOWER": {"IN": ["for", "on"]}}},
    ],
}
SIDE_CLAUSES = {"advcl", "parataxis", "conj", "ccomp", "relcl", "acl"}
DROP_RIGHT = {"punct", "cc", "mark"}


@Language.factory("news_actions", default_config={})
def make_actions(nlp: Language, name: str):
    return ActionsComponent(nlp)


class ActionsComponent:
    def __init__(self, nlp: Language):
        self.matcher = DependencyMatcher(nlp.vocab)
        for key, pattern in PATTERNS.items():
            self.matcher.add(key, [pattern])

    def __call__(self, doc: Doc) -> Doc:
        people_at = span_index(doc.spans.get("people", []))
        orgs_at = span_index(doc.spans.get("organisations", []))
        dates = doc.spans.get("dates", [])
        roles = doc._.roles or []
        published = dt.date.fromisoformat(doc._.published) if doc._.published else None
        date_end = {d["id"]: d["end"] for d in doc._.dates or []}
        found: dict[int, dict] = {}
        for match_id, token_ids in self.matcher(doc):
            kind = doc.vocab.strings[match_id]
            names = [p["RIGHT_ID"] for p in PATTERNS[kind]]
            tokens = {n: doc[i] for n, i in zip(names, token_ids)}
            action = self._action(kind, tokens, people_at, orgs_at, roles)
            if action is None:
                continue
            verb = action.pop("_verb")
            # One action per verb; a more specific trigger ("plans to") beats "will".
            if verb.i in found and kind == "will":
                continue
            action["time_id"] = _time(action["_span"], verb, dates, published, date_end)
            found[verb.i] = action
        actions: list[dict] = []
        for _, action in sorted(found.items()):
            action["_span_kept"] = action.pop("_span")
            twin = next((n for n, other in enumerate(actions)
                         if _same(action["_span_kept"], other["_span_kept"])), None)
            if twin is None:
                actions.append(action)
            else:  # a headline restated in the body: keep the body's wording
                actions[twin] = action
        spans = []
        for n, action in enumerate(actions, 1):
            span = action.pop("_span_kept")
            action["id"] = f"a{n}"
            action["evidence"] = mention(doc, span.start_char, span.end_char)
            spans.append(Span(doc, span.start, span.end, label=action["id"]))
        doc.spans["actions"] = spans
        doc._.actions = actions
        return doc

    def _action(self, kind: str, t: dict[str, Token], people_at, orgs_at, roles) -> dict | None:
        verb, trigger = t["verb"], t["trigger"]
        sent = verb.sent
        if sent.text.rstrip().endswith("?") or _conditional(verb) or _conditional(trigger):
            return None
        if kind == "scheduled_for":
            span = _noun_phrase(verb)
            if span is None or any(t.i in people_at for t in span):
                return None  # "X and Y are scheduled for ...": people, not an event
            trigger_text = " ".join(x.text for x in trigger.lefts if x.dep_ == "auxpass") \
                + f" {trigger.text}"
            return {"text": span.text, "trigger": trigger_text.strip(), "modality": "scheduled",
                    "actor_id": None, "_span": span, "_verb": verb}
        if verb.lemma_ in EFFECT_VERBS or _is_wish(verb):
            return None
        subject = _subject(trigger if kind != "will" else verb)
        if subject is not None and subject.lower_ in ("which", "that", "what"):
            return None  # "..., which will help to ...": an effect, not an actor's action
        if kind == "will" and verb.lemma_ == "be" and any(
                c.dep_ in ("attr", "acomp") for c in verb.children):
            return None  # a copular prediction
        if kind == "is_to" and subject is None:
            return None
        start = _text_start(verb, trigger)
        end = _text_end(verb)
        if end <= start:
            return None
        span = verb.doc[start:end]
        if kind == "will":
            trigger_text = trigger.text
            modality = "planned"
        else:
            first = min([trigger.i] + [c.i for c in trigger.lefts if c.dep_ in ("aux", "auxpass")
                                       and c.lemma_ == "be"])
            trigger_text = verb.doc[first: t["to"].i + 1].text
            modality = "planned" if kind == "is_to" else PLAN_VERBS.get(trigger.lemma_, "planned")
            if trigger.lemma_ == "expect" and trigger.tag_ != "VBN":
                modality = "expected"
        actor = _resolve(subject, people_at, orgs_at)
        if actor is None and (subject is None or subject.lower_ == "it"):
            actor = _reported_speaker(trigger, people_at, orgs_at, roles)
        return {"text": span.text, "trigger": trigger_text, "modality": modality,
                "actor_id": actor, "_span": span, "_verb": verb}


def _conditional(tok: Token) -> bool:
    """Inside an if/unless clause, or governing one."""
    for node in [tok, *tok.ancestors]:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                        for c in node.children):
            return True
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                         for m in c.children) for c in tok.children)


def _is_wish(verb: Token) -> bool:
    return any(c.lower_ in WISH_WORDS for c in verb.children) or verb.lower_ in WISH_WORDS


def _subject(tok: Token) -> Token | None:
    node = tok
    for _ in range(4):
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubjpass", "expl"):
                return child
        if node.dep_ in ("conj", "xcomp") and node.head is not node:
            node = node.head
            continue
        break
    return None


def _resolve(subject: Token | None, people_at, orgs_at) -> str | None:
    """The person or organisation a subject names; "he"/"she" take the last person named."""
    if subject is None:
        return None
    tokens = list(subject.subtree) if subject.pos_ != "PRON" else [subject]
    # The head noun first, then the rest of the phrase ("The Secretariat of the X").
    for tok in [subject] + tokens:
        if tok.i in orgs_at:
            return orgs_at[tok.i]
        if tok.i in people_at:
            return people_at[tok.i]
    if subject.lower_ in ("he", "she"):
        before = [i for i in people_at if i < subject.i]
        return people_at[max(before)] if before else None
    return None


def _reported_speaker(trigger: Token, people_at, orgs_at, roles) -> str | None:
    """ "Mr. X noted that ... it is planned to ...": the organisation of X's role, else X."""
    node = trigger
    while node.dep_ in ("ccomp", "conj", "advcl", "xcomp") and node.head is not node:
        node = node.head
        subject = _subject(node)
        actor = _resolve(subject, people_at, orgs_at)
        if actor and actor.startswith("p"):
            org = next((r["organisation_id"] for r in roles
                        if r["person_id"] == actor and r["organisation_id"]), None)
            return org or actor
        if actor:
            return actor
    return None


def _text_start(verb: Token, trigger: Token) -> int:
    """First token of the action: after the trigger, keeping "not" and auxiliaries ("be
    sentenced"), dropping adverbs like "also" that sit between trigger and verb."""
    start = verb.i
    for child in verb.lefts:
        if child.i > trigger.i and child.dep_ in ("aux", "auxpass", "neg") and child.lower_ \
                not in ("to", "will", "shall"):
            start = min(start, child.i)
    return start


def _text_end(verb: Token) -> int:
    end = verb.i + 1
    for child in verb.rights:
        if child.dep_ in DROP_RIGHT:
            continue
        if child.dep_ in SIDE_CLAUSES and any(c.dep_ in ("nsubj", "nsubjpass", "mark")
                                              for c in child.children):
            continue  # a finite side clause ("as they command ...") is not the action
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in child.children):
            continue  # its own "will": its own action
        end = max(end, child.right_edge.i + 1)
    while end > verb.i + 1 and verb.doc[end - 1].is_punct:
        end -= 1
    return end


def _noun_phrase(noun: Token) -> Span | None:
    tokens = [t for t in noun.subtree if t.dep_ not in ("det", "poss", "punct") or t.i > noun.i]
    if not tokens:
        return None
    return noun.doc[min(t.i for t in tokens): max(t.i for t in tokens) + 1]


def _time(span: Span, verb: Token, dates, published: dt.date | None, date_end) -> str | None:
    """The date inside the action, else one in the trigger's clause that is not in the past."""
    inside = [d for d in dates if span.start <= d.start and d.end <= span.end]
    if inside:
        return inside[0].label_
    head = verb
    while head.dep_ in ("xcomp", "conj") and head.head is not head:
        head = head.head
    clause = {t.i for t in head.subtree}
    for d in dates:
        if d.start in clause:
            end = date_end.get(d.label_)
            if published and end and dt.date.fromisoformat(end) < published:
                continue
            if d.text.lower() == "today":
                continue
            return d.label_
    return None


def _same(a: Span, b: Span) -> bool:
    """Two actions that share most of their words (a headline restated in the body)."""
    wa = {t.lower_ for t in a if not (t.is_stop or t.is_punct)}
    wb = {t.lower_ for t in b if not (t.is_stop or t.is_punct)}
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.8 and (a == b or
                                                                            len(wa & wb) >= 3)
