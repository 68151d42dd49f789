"""Planned actions: what someone will do, plans, intends, agreed or is scheduled to do.

Triggers are `DependencyMatcher` patterns over the parse (data, in `PATTERNS`):
- a "will"/"shall" auxiliary on a verb, and "would" in reported speech ("announced that it
  would begin ...");
- a planning verb with a to-infinitive ("plans to", "intends to", "aims to", "agreed to",
  "is expected to", "is scheduled to", "it is planned to", "is preparing to");
- "is to" + infinitive; a control verb ("directs the Office to initiate ...");
- a planning noun ("his intention to", "our commitment to", "plans to") and "committed to";
- a scheduled event ("sentencing is scheduled for June 5").
Left out: questions, conditionals ("if ..., it will"), predicted effects ("which will help",
"will benefit"), wishes, and copular predictions ("this will be the largest ...").
Negated plans ("will not tolerate") are kept, "not" in the text, as the gold annotations do.

Each action keeps its text (the action verb to the end of its objects and complements: no
trigger, no finite side clause, no ", which ..." relative clause, no closing "on <date>"),
trigger, modality, actor and time. The actor is the subject (or the controlled object) where
it names a person or organisation; "he"/"she" take the last person named; "we"/"our" in a
quote take the speaker's organisation (else the speaker); "the company", "the Department",
"it" take the last organisation named (with that head noun where there is one); for "it is
planned to", the organisation of the person whose statement reports it. The time is a date
inside the action, else one in its clause that is not in the past.
Coordinated verbs ("will review and adopt the plan") stay one action.
"""
from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span, Token

from extract.spans import doc_text, mention, span_index

if not Doc.has_extension("actions"):
    Doc.set_extension("actions", default=None)

PLAN_VERBS = {
    "plan": "planned", "intend": "intended", "aim": "intended", "prepare": "planned",
    "agree": "agreed", "decide": "agreed", "schedule": "scheduled", "expect": "expected",
    "propose": "considered", "consider": "considered", "commit": "intended",
    "pledge": "intended", "vow": "intended", "promise": "intended", "seek": "intended",
    "set": "scheduled", "resolve": "agreed",
}
CONTROL_VERBS = {"direct": "planned", "instruct": "planned", "order": "planned",
                 "task": "planned", "ask": "planned", "authorize": "agreed",
                 "authorise": "agreed", "enable": "planned"}
PLAN_NOUNS = {"intention": "intended", "plan": "planned", "commitment": "intended",
              "decision": "agreed", "pledge": "intended", "proposal": "considered",
              "intent": "intended"}
FORESEE_VERBS = {"anticipate", "foresee", "envisage", "envision"}
CONSIDER_VERBS = {"discuss", "consider", "explore", "study", "examine", "evaluate", "weigh",
                  "contemplate"}
REPORTING = {"say", "announce", "state", "note", "add", "confirm", "explain", "indicate",
             "report", "agree", "decide", "tell", "declare", "emphasize", "emphasise", "stress",
             "mention", "reveal", "disclose", "promise"}
SAY_VERBS = {"say", "add", "state", "note", "explain", "tell", "emphasize", "emphasise",
             "stress", "comment", "remark", "continue"}
EFFECT_VERBS = {"help", "benefit", "serve", "contribute", "result", "mean", "allow", "enable",
                "affect", "cost", "depend", "remain", "require", "like", "love", "want",
                "hope", "wish", "have", "happen", "occur", "outlast", "endure", "last",
                "make", "seem", "appear", "look"}
# Effect verbs that are actions where a person or body is their subject ("We will not allow").
AGENT_VERBS = {"allow", "enable", "make", "have", "require"}
WISH_WORDS = {"forward", "excited", "hope", "glad", "happy", "pleased", "delighted", "eager"}
GENERIC_ORG_NOUNS = {"company", "department", "agency", "firm", "bank", "organisation",
                     "organization", "group", "ministry", "committee", "office", "bureau",
                     "division", "initiative", "program", "programme", "service", "team",
                     "fund", "government", "council", "commission", "secretariat", "centre",
                     "center", "institute", "court", "board", "administration", "unit",
                     "foundation", "association", "university", "summit", "task", "force"}
# Subjects that count a population: what they "will" do is a forecast, not a plan.
QUANTITY_WORDS = {"percent", "cent", "%", "majority", "minority", "most"}
# "<noun> is to ...": a standing aim, not a plan ("The key objective is to improve ...").
AIM_NOUNS = {"purpose", "objective", "goal", "aim", "mission", "role", "responsibility",
             "task", "job", "object", "vision", "mandate", "function", "ambition"}
RELATIVE = {"which", "who", "whom", "whose", "where"}
REASON_MARKS = {"so", "because", "as", "since", "although", "though", "whereas"}
MEMBER_NOUNS = {"representative", "member", "official", "staff", "leader", "officer", "agent",
                "employee", "expert", "team", "delegation", "participant"}

_VERB = {"POS": {"IN": ["VERB", "AUX"]}}
_TO = {"DEP": "aux", "LOWER": "to"}
PATTERNS = {
    "will": [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": _VERB},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "trigger",
         "RIGHT_ATTRS": {"DEP": "aux", "LOWER": {"IN": ["will", "shall", "'ll", "’ll"]}}},
    ],
    "would": [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": _VERB},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "trigger",
         "RIGHT_ATTRS": {"DEP": "aux", "LOWER": "would"}},
    ],
    "plan_to": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(PLAN_VERBS)}, **_VERB}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"DEP": "xcomp", **_VERB}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "to", "RIGHT_ATTRS": _TO},
    ],
    "control": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(CONTROL_VERBS)},
                                                **_VERB}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "object",
         "RIGHT_ATTRS": {"DEP": "dobj"}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"DEP": {"IN": ["xcomp", "ccomp", "advcl"]}, **_VERB}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "to", "RIGHT_ATTRS": _TO},
    ],
    "is_to": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": "be", "POS": "AUX",
                                                "DEP": {"IN": ["ROOT", "ccomp", "conj"]}}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"DEP": "xcomp", "POS": "VERB"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "to", "RIGHT_ATTRS": _TO},
    ],
    "plan_noun": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(PLAN_NOUNS)},
                                                "POS": "NOUN"}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"DEP": {"IN": ["acl", "relcl"]}, **_VERB}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "to", "RIGHT_ATTRS": _TO},
    ],
    "committed": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LOWER": {"IN": ["committed", "determined",
                                                                 "set", "poised"]}}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "to",
         "RIGHT_ATTRS": {"DEP": {"IN": ["prep", "aux"]}, "LOWER": "to"}},
        {"LEFT_ID": "to", "REL_OP": ">", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"DEP": "pcomp", "TAG": "VBG"}},
    ],
    # "is discussing the issue of conducting ...", "is considering launching ..."
    "considering": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(CONSIDER_VERBS)},
                                                "TAG": "VBG"}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"DEP": {"IN": ["dobj", "xcomp", "pcomp"]}, "TAG": "VBG"}},
    ],
    "considering_of": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(CONSIDER_VERBS)},
                                                "TAG": "VBG"}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "object",
         "RIGHT_ATTRS": {"DEP": "dobj", "POS": "NOUN"}},
        {"LEFT_ID": "object", "REL_OP": ">", "RIGHT_ID": "of",
         "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "of"}},
        {"LEFT_ID": "of", "REL_OP": ">", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"DEP": "pcomp", "TAG": "VBG"}},
    ],
    # "ATF anticipates conducting ...", "the roadmap foresees the creation of ..."
    "foresee": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(FORESEE_VERBS)},
                                                "TAG": {"IN": ["VBZ", "VBP"]}}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"DEP": {"IN": ["dobj", "xcomp"]}, "TAG": {"IN": ["VBG", "NN", "NNS"]}}},
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
# Weaker triggers give way to stronger ones on the same verb.
STRENGTH = {"would": 0, "will": 1, "is_to": 2, "committed": 2, "plan_noun": 3, "control": 3,
            "considering": 3, "considering_of": 3, "foresee": 3, "plan_to": 4,
            "scheduled_for": 4}
SIDE_CLAUSES = {"advcl", "parataxis", "conj", "relcl", "acl"}
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
        ctx = _Context(doc)
        found: dict[int, tuple[int, dict]] = {}
        for match_id, token_ids in self.matcher(doc):
            kind = doc.vocab.strings[match_id]
            names = [p["RIGHT_ID"] for p in PATTERNS[kind]]
            action = _action(kind, {n: doc[i] for n, i in zip(names, token_ids)}, ctx)
            if action is None:
                continue
            verb = action.pop("_verb")
            if verb.i in found and found[verb.i][0] >= STRENGTH[kind]:
                continue
            action["time_id"] = ctx.time(action["_span"], verb)
            found[verb.i] = (STRENGTH[kind], action)
        actions: list[dict] = []
        for _, (_, action) in sorted(found.items()):
            twin = next((n for n, other in enumerate(actions)
                         if _same(action["_span"], other["_span"])), None)
            if twin is None:
                actions.append(action)
            else:  # a headline restated in the body: keep the body's wording
                actions[twin] = action
        spans = []
        for n, action in enumerate(actions, 1):
            span = action.pop("_span")
            action["id"] = f"a{n}"
            action["evidence"] = mention(doc, span.start_char, span.end_char)
            spans.append(Span(doc, span.start, span.end, label=action["id"]))
        doc.spans["actions"] = spans
        doc._.actions = [{"id": a.pop("id"), **a} for a in actions]
        return doc


class _Context:
    """What actor and time resolution need to know about one Doc."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.people_at = span_index(doc.spans.get("people", []))
        self.orgs_at = span_index(doc.spans.get("organisations", []))
        self.orgs = sorted(doc.spans.get("organisations", []), key=lambda s: s.start)
        self.dates = list(doc.spans.get("dates", []))
        self.date_end = {d["id"]: d["end"] for d in doc._.dates or []}
        self.published = dt.date.fromisoformat(doc._.published) if doc._.published else None
        self.role_org = {}
        for r in doc._.roles or []:
            if r["organisation_id"]:
                self.role_org.setdefault(r["person_id"], r["organisation_id"])
        self.speakers = self._speakers()

    def _speakers(self) -> dict[int, str]:
        """Paragraph start offset -> the person a say-verb there attributes speech to."""
        out: dict[int, str] = {}
        for tok in self.doc:
            if tok.lemma_ not in SAY_VERBS or tok.pos_ != "VERB":
                continue
            for child in tok.children:
                if child.dep_ == "nsubj":
                    speaker = next((self.people_at[t.i] for t in child.subtree
                                    if t.i in self.people_at), None)
                    if speaker:
                        out.setdefault(self._paragraph(tok.idx), speaker)
        return out

    def _paragraph(self, offset: int) -> int:
        return doc_text(self.doc).rfind("\n", 0, offset) + 1

    def speaker_org(self, tok: Token) -> str | None:
        speaker = self.speakers.get(self._paragraph(tok.idx))
        return self.role_org.get(speaker, speaker) if speaker else None

    def last_org(self, before: int, head_word: str | None = None) -> str | None:
        earlier = [s for s in self.orgs if s.end <= before]
        if head_word:
            named = [s for s in earlier if head_word in s.text.lower()]
            if named:
                return named[-1].label_
            if head_word not in ("company", "firm", "group", "organisation", "organization"):
                return None
        return earlier[-1].label_ if earlier else None

    def resolve(self, subject: Token | None) -> str | None:
        """The person or organisation a subject names."""
        if subject is None:
            return None
        found = self._named(subject)
        if found:
            return found
        if subject.lemma_.lower() in GENERIC_ORG_NOUNS and any(
                c.lower_ in ("the", "this", "our") for c in subject.children):
            return self.generic_org(subject)
        found = self.members_of(subject)
        if found:
            return found
        for tok in subject.subtree if subject.pos_ != "PRON" else []:
            found = self.orgs_at.get(tok.i) or self.people_at.get(tok.i)
            if found:
                return found
        low = subject.lower_
        if low in ("he", "she", "his", "her", "him"):
            before = [i for i in self.people_at if i < subject.i]
            return self.people_at[max(before)] if before else None
        if low in ("we", "us", "our"):
            return self.speaker_org(subject)
        if low == "it" and subject.dep_ == "nsubj":
            sent_start = subject.sent.start
            prev = [s for s in self.orgs if s.end <= subject.i and
                    s.start >= max(0, sent_start - 60)]
            return prev[-1].label_ if prev else None
        return None

    def _named(self, head: Token) -> str | None:
        """The body or person the head noun (or its name modifiers) names."""
        for tok in [head] + [c for c in head.children if c.dep_ in ("compound", "appos")]:
            found = self.orgs_at.get(tok.i) or self.people_at.get(tok.i)
            if found:
                return found
        return None

    def generic_org(self, subject: Token) -> str | None:
        """ "The company", "the Secretariat ... in Central Asia": the organisation named
        before with that head noun, the one sharing most words with the phrase first."""
        head = subject.lemma_.lower()
        words = {t.lower_ for t in subject.subtree if t.is_alpha and not t.is_stop} - {head}
        named = [s for s in self.orgs if head in s.text.lower()]
        earlier = [s for s in named if s.end <= subject.i]
        if earlier:
            best = max(earlier, key=lambda s: (len(words & {t.lower_ for t in s}), s.start))
            return best.label_
        if named:  # named only further on ("the Department will ..." before its full name)
            return named[0].label_
        if head in ("company", "firm", "group", "organisation", "organization"):
            return self.last_org(subject.i)
        return None

    def members_of(self, subject: Token) -> str | None:
        """ "task force representatives", "members of the Committee": the body they act for."""
        if subject.lemma_.lower() not in MEMBER_NOUNS:
            return None
        for child in subject.children:
            if child.dep_ == "compound":
                found = self._named(child) or (self.generic_org(child) if child.lemma_.lower()
                                               in GENERIC_ORG_NOUNS else None)
                if found:
                    return found
            if child.dep_ == "prep" and child.lower_ in ("of", "from"):
                for obj in child.children:
                    found = self._named(obj) or (self.generic_org(obj) if obj.lemma_.lower()
                                                 in GENERIC_ORG_NOUNS else None)
                    if found:
                        return found
        return None

    def time(self, span: Span, verb: Token) -> str | None:
        """A date inside the action, else one in the trigger's clause not in the past."""
        inside = [d for d in self.dates if span.start <= d.start and d.end <= span.end]
        if inside:
            return inside[0].label_
        head = verb
        while head.dep_ in ("xcomp", "conj", "acl", "pcomp") and head.head is not head:
            head = head.head
        clause = {t.i for t in head.subtree}
        for d in self.dates:
            if d.start in clause:
                end = self.date_end.get(d.label_)
                if self.published and end and dt.date.fromisoformat(end) < self.published:
                    continue
                if d.text.lower() == "today":
                    continue
                return d.label_
        return None


def _action(kind: str, t: dict[str, Token], ctx: _Context) -> dict | None:
    verb, trigger = t["verb"], t["trigger"]
    if verb.sent.text.rstrip().endswith("?") or _conditional(verb) or _conditional(trigger):
        return None
    if kind == "scheduled_for":
        return _scheduled_event(verb, trigger, ctx)
    if kind == "foresee" and verb.pos_ == "NOUN":
        span = _noun_phrase(verb)  # "foresees the creation of a council": a nominal action
        if span is None:
            return None
        return {"text": span.text, "trigger": trigger.text, "modality": "planned",
                "actor_id": ctx.resolve(_subject(trigger)), "_span": span, "_verb": verb}
    if kind == "would" and not any(a.lemma_ in REPORTING for a in trigger.head.ancestors):
        return None  # "would" only reports a plan ("announced that it would ...")
    if verb.lemma_ == "need" and any(c.dep_ == "xcomp" for c in verb.children):
        verb = next(c for c in verb.children if c.dep_ == "xcomp")  # "will need to watch"
    if _is_wish(verb):
        return None
    if kind.startswith("considering") and not any(
            c.dep_ == "aux" and c.lower_ in ("is", "are", "am") for c in trigger.children):
        return None  # only what is being considered now ("is discussing ..."), not "discussed"
    subject = t["object"] if kind == "control" else _subject(
        verb if kind in ("will", "would") else trigger)
    effect = verb.lemma_ in EFFECT_VERBS and not _doing(verb) \
        or verb.lemma_ in ("continue", "begin", "start") \
        and any(c.dep_ == "xcomp" and c.lemma_ in EFFECT_VERBS - AGENT_VERBS
                for c in verb.children)  # "will continue to happen"
    if effect and not (
            verb.lemma_ in AGENT_VERBS and subject is not None
            and (subject.lower_ in ("we", "i", "they") or ctx.resolve(subject))):
        return None  # "will help", "this will allow ...": an effect; "we will not allow": not
    if kind in ("will", "would") and subject is not None and subject.lower_ in QUANTITY_WORDS:
        return None  # "Ninety-five percent of all people ... will eventually be released"
    if kind == "would" and any(a.lemma_ in REPORTING and (s := _subject(a)) is not None
                               and s.lower_ in QUANTITY_WORDS for a in trigger.head.ancestors):
        return None  # "67 per cent said they would use FRANK": a survey answer
    if subject is not None and subject.tag_ == "DT" and subject.lower_ in ("this", "that") \
            and subject.dep_ in ("nsubj", "nsubjpass"):
        return None  # "This is expected to strengthen ...": an effect of what was just said
    if kind == "will" and any(c.dep_ == "mark" and c.lower_ in ("so", "that")
                              for c in verb.children) and verb.dep_ == "advcl":
        return None  # "... so that families will have full opportunity to ...": a purpose
    if kind == "is_to" and any(c.dep_ == "acomp" for c in trigger.children):
        return None  # "how hard it is to change ...": an adjective's complement
    if kind == "plan_noun":
        subject = next((c for c in trigger.children if c.dep_ == "poss"), None) \
            or _subject(trigger.head)
    if subject is not None and subject.lower_ in ("which", "that", "what") \
            and subject.dep_ != "nsubjpass" and not _event_antecedent(verb, subject):
        return None  # "..., which will help to ...": an effect; "that will be awarded" is not
    if kind in ("will", "would") and verb.lemma_ == "be" and _predicative(verb):
        return None  # a copular prediction ("this will be the largest ...", "be fair")
    if kind == "is_to" and (subject is None or trigger.tag_ == "VBD"
                            or subject.lemma_.lower() in AIM_NOUNS):
        return None  # "his responsibility was to ...": past; "our purpose is to ...": an aim
    if kind == "would" and any(c.lower_ == "have" and c.dep_ == "aux" for c in verb.children) \
            and verb.tag_ == "VBN":
        return None  # "a system of which he would have destroyed": counterfactual
    start = _text_start(verb, t.get("trigger"))
    end = _text_end(verb)
    if end <= start:
        return None
    span = _trim_text(verb.doc[start:end], ctx)
    if not len(span):
        return None
    if kind in ("will", "would"):
        trigger_text, modality = trigger.text, "planned"
    elif kind == "foresee":
        trigger_text, modality = trigger.text, "planned"
    elif kind.startswith("considering"):
        first = min([trigger.i] + [c.i for c in trigger.lefts if c.dep_ == "aux"])
        trigger_text, modality = verb.doc[first:verb.i].text, "considered"
    else:
        first = min([trigger.i] + [c.i for c in trigger.lefts
                                   if c.dep_ in ("aux", "auxpass") and c.lemma_ == "be"])
        trigger_text = verb.doc[first: t["to"].i + 1].text
        modality = (PLAN_VERBS.get(trigger.lemma_) or CONTROL_VERBS.get(trigger.lemma_)
                    or PLAN_NOUNS.get(trigger.lemma_) or "planned")
        if kind == "committed":
            modality = "intended"
        if trigger.lemma_ == "expect" and trigger.tag_ == "VBN":
            modality = "expected"
    actor = ctx.resolve(subject)
    if actor is None and subject is not None and subject.dep_ == "nsubjpass":
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)  # "by the X"
        if agent is not None:
            actor = next((ctx.resolve(o) for o in agent.children if o.dep_ == "pobj"), None)
    if actor is None and (subject is None or subject.lower_ == "it"):
        actor = _reported_speaker(trigger, ctx)
    return {"text": span.text, "trigger": trigger_text, "modality": modality,
            "actor_id": actor, "_span": span, "_verb": verb}


# Events and bodies whose relative clause says what they will do (lemmas).
EVENT_NOUNS = {"workshop", "meeting", "conference", "summit", "session", "hearing", "forum",
               "seminar", "consultation", "visit", "talk", "review", "inquiry", "programme",
               "program", "project", "team", "council", "panel", "committee", "taskforce",
               "initiative"}


def _event_antecedent(verb: Token, relative: Token) -> bool:
    """ "workshops that will explore ...", "The all-day workshops, which will begin in March":
    a relative clause on an event or a body says what it will do, not an effect. The word
    before the relative pronoun is the antecedent where the parse attaches it higher up."""
    before = relative.doc[relative.i - 1] if relative.i else relative
    if before.text == "," and before.i:
        before = relative.doc[before.i - 1]
    return verb.dep_ == "relcl" and (
        verb.head.lemma_.lower() in EVENT_NOUNS
        or before.lemma_.lower() in EVENT_NOUNS and before.pos_ == "NOUN")


def _doing(verb: Token) -> bool:
    """An effect verb used for doing something: "will look at the discrepancies", "will have an
    opportunity to ask questions"."""
    if verb.lemma_ == "look":
        return any(c.dep_ == "prep" and c.lower_ in ("at", "into") for c in verb.children)
    if verb.lemma_ == "have":
        return any(c.dep_ == "dobj" and c.lemma_ in ("opportunity", "chance") for c in
                   verb.children)
    return False


def _scheduled_event(noun: Token, trigger: Token, ctx: _Context) -> dict | None:
    """ "Sentencing is scheduled for June 5, 2013": the event is the action, no actor."""
    span = _noun_phrase(noun)
    if span is None or any(t.i in ctx.people_at for t in span):
        return None  # "X and Y are scheduled for ...": people, not an event
    trigger_text = " ".join([x.text for x in trigger.lefts if x.dep_ == "auxpass"]
                            + [trigger.text])
    return {"text": span.text, "trigger": trigger_text, "modality": "scheduled",
            "actor_id": None, "_span": span, "_verb": noun}


def _predicative(verb: Token) -> bool:
    """ "be the largest", "be fair": a prediction; "be responsible for X", "be available
    shortly" say what someone will do."""
    children = list(verb.children)
    if any(c.dep_ == "attr" for c in children):
        return True
    acomp = [c for c in children if c.dep_ == "acomp"]
    return bool(acomp) and not any(list(a.children) for a in acomp) and not any(
        c.dep_ in ("advmod", "prep", "npadvmod") for c in children)


def _is_if_clause(node: Token) -> bool:
    return node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                        for c in node.children)


def _conditional(tok: Token) -> bool:
    """Inside an if/unless clause, or governed by one that comes before it ("If ..., the
    Department will ..."); "directs X to initiate ..., and, if appropriate, to issue" is
    conditional only from the if-clause on."""
    if any(_is_if_clause(node) for node in [tok, *tok.ancestors]):
        return True
    return any(_is_if_clause(c) and c.i < tok.i for c in tok.children)


def _is_wish(verb: Token) -> bool:
    return any(c.lower_ in WISH_WORDS for c in verb.children) or verb.lower_ in WISH_WORDS


def _subject(tok: Token) -> Token | None:
    node = tok
    for _ in range(4):
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubjpass", "expl"):
                return child
        if node.dep_ in ("conj", "xcomp", "acomp") and node.head is not node:
            node = node.head
            continue
        break
    return None


def _reported_speaker(trigger: Token, ctx: _Context) -> str | None:
    """ "Mr. X noted that ... it is planned to ...": the organisation of X's role, else X."""
    node = trigger
    while node.dep_ in ("ccomp", "conj", "advcl", "xcomp") and node.head is not node:
        node = node.head
        actor = ctx.resolve(_subject(node))
        if actor:
            return ctx.role_org.get(actor, actor)
    return None


def _text_start(verb: Token, trigger: Token | None) -> int:
    """First token of the action: after the trigger, keeping "not" and auxiliaries ("be
    sentenced"), dropping adverbs like "also" that sit between trigger and verb."""
    start = verb.i
    for child in verb.lefts:
        if (trigger is None or child.i > trigger.i) and child.dep_ in ("aux", "auxpass", "neg") \
                and child.lower_ not in ("to", "will", "shall", "would"):
            start = min(start, child.i)
    return start


def _text_end(verb: Token) -> int:
    end = verb.i + 1
    for child in verb.rights:
        if child.dep_ in DROP_RIGHT:
            continue
        if child.dep_ in SIDE_CLAUSES and any(c.dep_ in ("nsubj", "nsubjpass", "mark")
                                              for c in child.children) and not _temporal(child):
            continue  # a finite side clause ("as they command ...") is not the action
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in child.children):
            continue  # its own "will": its own action
        end = max(end, child.right_edge.i + 1)
    # A purpose or reason clause deeper down ("... so that the Task Force can ...") ends it.
    for tok in verb.doc[verb.i + 1:end]:
        if tok.dep_ == "advcl" and tok.left_edge.i > verb.i and any(
                c.dep_ == "mark" and c.lower_ in REASON_MARKS for c in tok.children):
            end = min(end, tok.left_edge.i)
    while end > verb.i + 1 and verb.doc[end - 1].is_punct:
        end -= 1
    return end


def _temporal(clause: Token) -> bool:
    """ "until after claimants have ...": a clause that says when, part of the action."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("until", "after", "before", "once", "when")
        for c in clause.children)


def _trim_text(span: Span, ctx: _Context) -> Span:
    """Without a trailing ", which ..." relative clause or a closing "on <date>"."""
    doc = span.doc
    end = span.end
    for tok in span[1:]:
        before = doc[tok.i - 1]
        if before.text in ("'", "’", '"', "”") and tok.i - 2 > span.start:
            before = doc[tok.i - 2]
        if tok.lower_ in RELATIVE and before.text.endswith(",") or "\n" in tok.text:
            end = tok.i if "\n" in tok.text else before.i
            break
    for d in ctx.dates:
        if d.end == end and d.start - 1 > span.start and doc[d.start - 1].lower_ == "on":
            end = d.start - 1
    while end > span.start + 1 and doc[end - 1].is_punct:
        end -= 1
    return doc[span.start:end]


def _noun_phrase(noun: Token) -> Span | None:
    tokens = [t for t in noun.subtree if t.dep_ not in ("det", "poss", "punct") or t.i > noun.i]
    if not tokens:
        return None
    return noun.doc[min(t.i for t in tokens): max(t.i for t in tokens) + 1]


def _same(a: Span, b: Span) -> bool:
    """Two actions that share most of their words (a headline restated in the body)."""
    wa = {t.lower_ for t in a if not (t.is_stop or t.is_punct)}
    wb = {t.lower_ for t in b if not (t.is_stop or t.is_punct)}
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.8 and (
        a == b or len(wa & wb) >= 3)
