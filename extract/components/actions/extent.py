"""The extent of an action's text: from the action verb to the end of its objects and
complements, without the trigger, a finite side clause, a purpose or reason clause, a
", which ..." comment, a closing "on <date>" or "in the coming weeks" (the date or time
expression is the action's time) or a coordinated verb phrase with its own object (an action
of its own)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from extract.constructions import Example, construction
from extract.lexicon.actions import (
    ASPECT_VERBS,
    RELIEF_ACT_NOUNS,
    CLOSING_QUOTES,
    COMPLIANCE_OPENERS,
    DUTY_WORDS,
    CONTROL_VERBS,
    OBLIGATION_AUXILIARIES,
    PLAN_VERBS,
    OTHER_MODALS,
    OBLIGATION_VERBS,
    REASON_MARKS,
    RELATIVE_PRONOUNS,
    SCHEDULE_DATE_PREPOSITIONS,
    SCHEDULE_TAIL_OPENERS,
    TIME_EXPRESSION_PREPOSITIONS,
    TIME_MARKS,
    TRIGGER_AUXILIARIES,
    WRITTEN_FUTURE_AUXILIARIES,
)

# How the parse attaches a description apposed to a name ("X, a consulting firm").
DESCRIPTION_DEPS = {"appos", "advcl", "npadvmod", "dep"}
SIDE_CLAUSES = {"advcl", "parataxis", "conj", "relcl", "acl"}
DROP_RIGHT = {"punct", "cc", "mark"}


def text_start(verb: Token, trigger: Token | None) -> int:
    """First token of the action: after the trigger, keeping "not" and auxiliaries ("be
    sentenced"), dropping adverbs like "also" that sit between trigger and verb."""
    start = verb.i
    for child in verb.lefts:
        if (trigger is None or child.i > trigger.i) and child.dep_ in ("aux", "auxpass", "neg") \
                and child.lower_ not in TRIGGER_AUXILIARIES:
            start = min(start, child.i)
    return start


def text_end(verb: Token, split: frozenset[int] = frozenset()) -> int:
    """One past the last token of the verb's objects and complements, without the
    coordinated verbs in `split` (actions of their own)."""
    end = verb.i + 1
    for child in verb.rights:
        if child.dep_ in DROP_RIGHT or child.i in split:
            continue
        if child.dep_ in SIDE_CLAUSES and any(c.dep_ in ("nsubj", "nsubjpass", "mark")
                                              for c in child.children) and not _temporal(child):
            continue  # a finite side clause ("as they command ...") is not the action
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "aux" and c.lower_ in WRITTEN_FUTURE_AUXILIARIES | OBLIGATION_AUXILIARIES
                for c in child.children):
            continue  # its own "will" or "must": its own action
        if child.dep_ == "conj" and own_modal(child):
            continue  # "and can reopen ...": another modality, not this action
        if own_tense(verb, child):
            continue
        end = max(end, child.right_edge.i + 1)
    end = split_end(verb, end, split)
    # A purpose or reason clause deeper down ("... so that the Task Force can ...") ends it.
    for tok in verb.doc[verb.i + 1:end]:
        if tok.dep_ == "advcl" and tok.left_edge.i > verb.i and any(
                c.dep_ == "mark" and c.lower_ in REASON_MARKS for c in tok.children):
            end = min(end, tok.left_edge.i)
    end = compliance_comment(verb.doc, verb.i + 1, end) or end
    while end > verb.i + 1 and verb.doc[end - 1].is_punct \
            and not bracket_closed(verb.doc[verb.i:end]):
        end -= 1
    if end < len(verb.doc) and bracket_closed(verb.doc[verb.i:end + 1]):
        end += 1  # the parse may hang ")" outside the phrase it closes
    return end


@construction(
    "compliance-comment", "actions", "rule",
    "a closing comment after a comma on the rule the action follows (\", consistent with the "
    "requirements of ...\", \", in accordance with ...\", \", pursuant to ...\") says under "
    "what it is done, not what is done: the text ends before it",
    [Example("The proposed settlement will be published in the Federal Register, consistent "
             "with the requirements of the Tunney Act.",
             has={"actions": (("be published in the Federal Register",),)}),
     Example("The company will pay the penalty in two installments, in accordance with the "
             "terms of the plea agreement.",
             has={"actions": (("pay the penalty in two installments",),)}),
     Example("The agency will argue that, consistent with its earlier filings, the rule may "
             "not be applied to small farms.",
             has={"actions": (("argue that, consistent with its earlier filings, the rule may "
                               "not be applied to small farms",),)})],
    off=None)
def compliance_comment(doc, start: int, end: int) -> int | None:
    """The end before ", consistent with ..." (or another opener of `COMPLIANCE_OPENERS`)
    closing doc[start:end]; without a comma the phrase may be what is done ("release them
    consistent with the interests of ..."), and one amid a clause ("state that, consistent
    with X, the law ...") is an aside in it."""
    for tok in doc[start:end]:
        if tok.text != ",":
            continue
        words = tuple(t.lower_ for t in doc[tok.i + 1:tok.i + 4])
        if not any(words[:len(opener)] == opener for opener in COMPLIANCE_OPENERS):
            continue
        phrase = doc[tok.i + 1]  # "consistent", "in"; "as" hangs on "required"
        if tok.i + 1 < phrase.head.i < tok.i + 4:
            phrase = phrase.head
        if all(t.is_punct for t in doc[phrase.right_edge.i + 1:end]):
            return tok.i
    return None


@construction(
    "closing-bracket-kept", "actions", "rule",
    "a closing bracket whose opening one is in the action stays (\"be run by the Center for "
    "Rural Studies (CRS)\"); other closing punctuation goes",
    [Example("The survey will be carried out by the Center for Rural Studies (CRS).",
             has={"actions": (("be carried out by the Center for Rural Studies (CRS)",),)})],
    off=False)
def bracket_closed(span: Span) -> bool:
    """`span` ends in ")" that closes a "(" inside it, left open before it."""
    if span[-1].text != ")":
        return False
    opened = [t.i for t in span[:-1] if t.text == "("]
    return bool(opened) and not any(t.text == ")" for t in span.doc[opened[-1] + 1:span[-1].i])


@construction(
    "conjunct-own-tense", "actions", "rule",
    "a verb coordinated with the action's base-form verb but with a tense of its own (\"to sell "
    "the plant and contains other terms\", \"agreed to close it and paid a fine\") is not under "
    "the trigger: the text ends before it",
    [Example("The decree requires the company to sell its cement plant and contains other "
             "provisions to protect competition.",
             has={"actions": (("sell its cement plant",),)}),
     Example("Last year the firm agreed to close two of its plants and paid a fine of $2 "
             "million.", published="2015-06-01",
             has={"actions": (("close two of its plants",),)})],
    off=False)
def own_tense(verb: Token, conj: Token) -> bool:
    """After "and"/"but" only ("leave no stone un-turned" is one word); a past form after a
    passive or "be" is its participle ("be brought to justice and held accountable")."""
    if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX") or not _base_form(verb) \
            or not any(c.dep_ == "cc" and verb.i < c.i < conj.i
                       for c in [*verb.children, *conj.children]):
        return False
    if conj.tag_ == "VBZ":
        return True
    return conj.tag_ == "VBD" and verb.lemma_ != "be" and verb.tag_ != "VBN"


# What makes a verb phrase complete on its own: an object or a complement ("pay a fine",
# "travel to Ohio", "be barred from U.S. waters"); a particle alone does not ("set up").
OWN_OBJECTS = {"dobj", "dative", "prep", "xcomp", "ccomp", "attr", "acomp", "oprd", "agent"}
ALTERNATIVE_CONJUNCTIONS = {"or", "nor"}


@construction(
    "coordinated-verb-phrases", "actions", "rule",
    "coordinated verb phrases under one trigger, each with its own object or complement, are "
    "separate actions with the same actor and time (\"will pay a fine, serve probation and "
    "adopt a plan\"); verbs sharing one object stay one (\"review and adopt the plan\")",
    [Example("The company will pay a $5 million fine, install new pollution controls and "
             "adopt a new compliance program.",
             has={"actions": (("pay a $5 million fine",), ("install new pollution controls",),
                              ("adopt a new compliance program",))}),
     Example("Acme Corp. agreed to divest its cement plants and to notify the state of future "
             "acquisitions.",
             has={"actions": (("divest its cement plants", "Acme Corp."),
                              ("notify the state of future acquisitions", "Acme Corp.")),
                  }),
     Example("The minister will travel to Ohio on Monday and meet with local leaders on "
             "Tuesday.", published="2016-03-02",
             has={"actions": (("travel to Ohio", None, "Monday"),
                              ("meet with local leaders", None, "Tuesday"))}),
     Example("The board will review and adopt the new budget next month.", published="2015-05-01",
             has={"actions": (("review and adopt the new budget next month", None,
                               "next month"),)})],
    off=list)
def coordinated_verb_phrases(verb: Token) -> list[Token]:
    """The verbs coordinated with `verb` (and with each other) that are actions of their own:
    base forms ("will pay", "agreed to pay", "be barred") with no subject, "will" or tense of
    their own (those are clauses of their own), an object or complement of their own where
    the verb before them has one too (else they share it), and not after a purpose clause
    ("to protect X, bring Y and ..." is one purpose)."""
    out: list[Token] = []
    if not _base_form(verb):  # "committed to protecting X and ensuring Y": one standing aim
        return out
    for conj in verb.rights:
        if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX") or not _base_form(conj) \
                or not _own_object(verb, before=conj.i) \
                or not (_own_object(conj) or shared_object_group(conj)) \
                or _alternative(verb, conj) or _purpose_between(verb, conj) \
                or _stranded_preposition(verb, conj) or any(
                    c.dep_ in ("nsubj", "nsubjpass", "mark") or c.tag_ == "MD"
                    for c in conj.children):
            continue
        out += [conj, *coordinated_verb_phrases(conj)]
    return out


@construction(
    "shared-object-conjunct-group", "actions", "rule",
    "a coordinated pair of verbs sharing one object after a verb phrase of its own (\"review "
    "its policies and adopt and implement new ones\") is an action of its own, the pair kept "
    "together",
    [Example("Under the decree, the county must review its existing policies and adopt and "
             "implement new policies to protect its employees.",
             has={"actions": (("review its existing policies",),
                              ("adopt and implement new policies to protect its employees",))})],
    off=False)
def shared_object_group(conj: Token) -> bool:
    """ "adopt and implement new policies": the conjunct has no object, the verb coordinated
    with it after it has one."""
    return any(c.dep_ == "conj" and c.pos_ == "VERB" and _own_object(c) for c in conj.rights)


@construction(
    "duty-list-gerunds", "actions", "rule",
    "a list of duties after 'will be responsible for' or 'will be charged with' (\"will be "
    "responsible for hiring staff, managing the budget and ...\"): each gerund with its own "
    "object is an action of its own; gerunds sharing one object stay one",
    [Example("The new ombudsman will be responsible for reviewing complaints from farmers, "
             "reporting to the board twice a year and recommending changes to the loan "
             "rules.",
             has={"actions": (("be responsible for reviewing complaints from farmers",),
                              ("reporting to the board twice a year",),
                              ("recommending changes to the loan rules",))}),
     Example("The task force will be charged with drafting and publishing a plan to curb "
             "wildfires.",
             has={"actions": (("be charged with drafting and publishing a plan to curb "
                               "wildfires",),)})],
    off=list)
def duty_gerunds(verb: Token) -> list[Token]:
    """The gerunds after the first one in "be responsible for X-ing ..., Y-ing ... and
    Z-ing ...": the parse chains them as conjuncts, or hangs one after a semicolon on "be"."""
    first = _first_duty(verb)
    if first is None:
        return []
    chain, seen, todo = [], {first.i}, [first] + [
        c for c in verb.rights if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > first.i]
    while todo:
        tok = todo.pop(0)
        if tok.tag_ == "VBG":
            chain.append(tok)
        for c in tok.rights:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i not in seen:
                seen.add(c.i)
                todo.append(c)
    chain.sort(key=lambda t: t.i)
    return [g for before, g in zip(chain, chain[1:]) if _own_object(before, before=g.i)
            and not _alternative(before, g)]


def _first_duty(verb: Token) -> Token | None:
    """ "be responsible for <gerund>", "be charged with <gerund>": the first gerund."""
    if verb.lemma_ != "be":
        return None
    return next((g for c in verb.children if c.dep_ in ("acomp", "attr")
                 and c.lower_ in DUTY_WORDS
                 for p in c.children if p.dep_ == "prep" and p.lower_ == DUTY_WORDS[c.lower_]
                 for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)


def _base_form(verb: Token) -> bool:
    """ "pay", or a passive "be barred"."""
    return verb.tag_ == "VB" or verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ == "VB" for c in verb.children) \
        or verb.tag_ == "VBP" and verb.dep_ == "ccomp" and verb.head.lemma_ in OBLIGATION_VERBS
    # the last: a subjunctive tagged as a present ("requires that they hire ...")


def _own_object(verb: Token, before: int | None = None) -> bool:
    """An object or complement right of the verb (and before `before`); a preposition
    counts with its own object only ("sent to and used in Egypt" share theirs)."""
    return any(c.dep_ in OWN_OBJECTS and c.i > verb.i and (before is None or c.i < before)
               and (c.dep_ != "prep" or any(g.dep_ in ("pobj", "pcomp") for g in c.children))
               for c in verb.children)


def _stranded_preposition(verb: Token, conj: Token) -> bool:
    """ "undertake an assessment of, and implement improvements to, its system": a
    preposition without its object before the conjunct shares the object after it."""
    return any(t.dep_ == "prep" and all(c.is_punct for c in t.children)
               for t in verb.doc[verb.i + 1:conj.i])


def _alternative(verb: Token, conj: Token) -> bool:
    """ "file no reports or file false ones": alternatives, not a list of things to do."""
    return any(c.dep_ == "cc" and c.lower_ in ALTERNATIVE_CONJUNCTIONS and verb.i < c.i < conj.i
               for c in [*verb.children, *conj.children])


def _purpose_between(verb: Token, conj: Token) -> bool:
    """A to-infinitive clause between the verb and its conjunct: the parse may have hung a
    verb of that clause on the action verb."""
    return any(t.dep_ in ("advcl", "xcomp", "acl", "relcl") and verb.i < t.i < conj.i
               and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
               for t in verb.subtree)


def split_end(verb: Token, end: int, split: frozenset[int]) -> int:
    """The end before the first coordinated verb phrase split off, and before its
    conjunction ("..., as well as provide ...")."""
    first = min((i for i in split if i > verb.i), default=None)
    if first is None:
        return end
    doc = verb.doc
    end = min(end, doc[first].left_edge.i)  # before its left words too ("and, with X, develop")
    while end > verb.i + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ in ("cc", "preconj")
                                or doc[end - 1].head.dep_ == "cc"):
        end -= 1
    return end


def _temporal(clause: Token) -> bool:
    """ "until after claimants have ...": a clause that says when, part of the action."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in clause.children)


def trim_text(span: Span, dates: list[Span], times: list[Span] = ()) -> Span:
    """Without a trailing ", which ..." relative clause, a closing "on <date>" or a closing
    "in <time expression>" (of `times`, those an action can be anchored to)."""
    doc = span.doc
    end = span.end
    for tok in span[1:]:
        before = doc[tok.i - 1]
        if before.text in CLOSING_QUOTES and tok.i - 2 > span.start:
            before = doc[tok.i - 2]
        if (tok.lower_ in RELATIVE_PRONOUNS or quantified_relative(tok)
                or described_name(tok)) \
                and before.text.endswith(",") or "\n" in tok.text:
            end = tok.i if "\n" in tok.text else before.i
            break
    end = _without_dangling(doc, span.start, end)
    end = judge_tail(doc, span.start, end) or end
    for d in dates:
        if d.end == end and d.start - 1 > span.start and doc[d.start - 1].lower_ == "on":
            end = d.start - 1
    end = _without_dangling(doc, span.start, end)
    end = bare_closing_date(doc[span.start:end], dates) or end
    end = closing_date(doc[span.start:end], dates) or end
    end = closing_time(doc[span.start:end], times) or end
    end = schedule_tail(doc, span.start, end, dates) or end
    return doc[span.start:end]


@construction(
    "quantified-relative-comment", "actions", "rule",
    "a comment clause that opens with a part of what the action names (\"pay a $2 million "
    "fine, $500,000 of which will go to ...\", \"hire 40 agents, most of whom ...\") is not "
    "part of the action, like \", which ...\"",
    [Example("The shipping company will pay a $2 million fine, $500,000 of which will fund "
             "reef restoration in the bay.",
             has={"actions": (("pay a $2 million fine",),)}),
     Example("The agency will hire 40 new agents, most of whom will work at the border.",
             has={"actions": (("hire 40 new agents",),)})],
    off=False)
def quantified_relative(tok: Token) -> bool:
    """`tok` opens a relative clause ("$500,000 of which ...", "most of whom ...") whose
    relative pronoun sits inside its first phrase."""
    clause = next((a for a in [tok, *tok.ancestors] if a.dep_ == "relcl"), None)
    return clause is not None and clause.left_edge.i == tok.i and any(
        t.lower_ in RELATIVE_PRONOUNS and t.dep_ == "pobj"
        for t in tok.doc[tok.i:clause.i])


@construction(
    "descriptive-apposition", "actions", "rule",
    "a description apposed to a name that closes the action (\"be run by Acme Partners, a "
    "consulting firm based in Denver\") says who the party is, not what is done: the text ends "
    "at the name",
    [Example("The new network will be managed by Acme Partners, a consulting firm based in "
             "Denver.", has={"actions": (("be managed by Acme Partners",),)}),
     Example("The firm will pay a fine, a sum set by the court.",
             has={"actions": (("pay a fine, a sum set by the court",),)})],
    off=False)
def described_name(tok: Token) -> bool:
    """`tok` opens an indefinite noun phrase ("a consulting firm ...") after ", " and a
    proper name; the parse may hang it on the verb ("advcl") rather than on the name."""
    head = tok.head
    if tok.lower_ not in ("a", "an") or tok.dep_ != "det" or head.pos_ != "NOUN" \
            or head.left_edge.i != tok.i or head.dep_ not in DESCRIPTION_DEPS or tok.i < 2:
        return False
    name = tok.doc[tok.i - 2]
    return name.pos_ == "PROPN" or name.text == ")"


def time_span(span: Span, dates: list[Span]) -> Span:
    """The action's text with the closing date `closing_date` cut off, where it finds the
    action's time."""
    doc = span.doc
    for d in dates:
        if span.end < d.start <= span.end + 2 and closing_date(doc[span.start:d.end], dates):
            return doc[span.start:d.end]
    return span


# Prepositions of a date that closes an action: its time, not its text ("by 2030"). Not "in":
# "add 150 hotels in 2025" keeps its year, as the annotations mostly do.
CLOSING_DATE_PREPOSITIONS = {"on", "by", "during", "before", "until"}


@construction(
    "bare-closing-date", "actions", "rule",
    "a date with no preposition right after the action's verb that closes the text (\"be "
    "sentenced Dec. 10\", \"begin June 1, 2009\") is its time, not its text",
    [Example("John Smith is scheduled to be sentenced Dec. 10, 2010.", published="2010-09-01",
             has={"actions": (("be sentenced", "John Smith", "Dec. 10, 2010"),)},
             lacks={"actions": (("be sentenced Dec. 10, 2010",),)}),
     Example("The trial is scheduled to begin June 1, 2009.", published="2009-04-01",
             has={"actions": (("begin", None, "June 1, 2009"),)},
             lacks={"actions": (("begin June 1, 2009",),)})],
    off=None)
def bare_closing_date(span: Span, dates: list[Span]) -> int | None:
    """The end before a date that closes the text and hangs, as a bare noun phrase of time
    ("npadvmod"), on the verb just before it."""
    doc = span.doc
    for d in dates:
        if d.end == span.end and d.start > span.start and d.root.dep_ in ("npadvmod", "tmod") \
                and d.root.head.i == d.start - 1 and d.root.head.pos_ in ("VERB", "AUX"):
            return d.start
    return None


@construction(
    "closing-date-phrase", "actions", "rule",
    "a date that ends the action, with its preposition (\"by 2030\", \"during the summer of "
    "2016\", \"on the 5th of May\"), is its time, not its text; not after \"in\"",
    [Example("The ministry will publish the new rules during the summer of 2016.",
             published="2016-01-10",
             has={"actions": (("publish the new rules", None, "summer of 2016"),)}),
     Example("The company plans to build three new plants by 2030.", published="2024-01-10",
             has={"actions": (("build three new plants", None, "2030"),)})],
    off=None)
def closing_date(span: Span, dates: list[Span]) -> int | None:
    """The end before a preposition of the action's verb and the date that closes the text
    (or runs past it); not a date of a noun ("the year as Chair in 2021") or of a clause
    inside ("rules that will come into force in 2014")."""
    doc, start, end = span.doc, span.start, span.end
    for d in dates:
        if not d.start < end <= d.end:
            continue
        prep = d.start - 1
        if prep > start and doc[prep].dep_ == "det":  # "in the fall of 2018"
            prep -= 1
        head = doc[prep].head
        if prep > start + 1 and doc[prep].lower_ in CLOSING_DATE_PREPOSITIONS and (
                head == span.root or head.dep_ in ("xcomp", "conj") and head.head == span.root):
            return _without_dangling(doc, start, prep)
    return None



@construction(
    "closing-time-phrase", "actions", "rule",
    "a time expression that ends the action with its preposition (\"name a director in the "
    "coming weeks\", \"issue the rules within the next few months\") is its time, not its "
    "text, as a closing date is; also after \"in\"",
    [Example("The Acme Foundation will name a new director in the coming weeks.",
             published="2019-03-04",
             has={"actions": (("name a new director", "Acme Foundation",
                               "the coming weeks"),)}),
     Example("The agency plans to issue its final rules within the next few months.",
             published="2019-03-04",
             has={"actions": (("issue its final rules", None, "the next few months"),)})],
    off=None)
def closing_time(span: Span, times: list[Span]) -> int | None:
    """The end before a preposition of the action's verb (`TIME_EXPRESSION_PREPOSITIONS`)
    and the time expression that closes the text (`Context.times`: one an action can be
    anchored to)."""
    doc, start, end = span.doc, span.start, span.end
    for t in times:
        if not t.start < end <= t.end:
            continue
        prep = doc[t.start - 1]
        head = prep.head
        if prep.i > start and prep.lower_ in TIME_EXPRESSION_PREPOSITIONS \
                and t.root.head == prep and (head == span.root or head.dep_ in ("xcomp", "conj")
                                             and head.head == span.root):
            return _without_dangling(doc, start, prep.i)
    return None


_EXERCISE = "conduct a joint exercise in the spring of 2016 on cyber incidents"


@construction(
    "schedule-tail", "actions", "rule",
    "a date after the action followed by more of the schedule (a clock time, a place, "
    "'following ...', 'respectively') is its time and setting, not its text: the text ends "
    "before the date's preposition",
    [Example("The network will launch on Sept. 29, from 4:00 p.m. to 5:30 p.m., at the "
             "Federal Building.", published="2015-09-01",
             has={"actions": (("launch", None, "Sept. 29"),)}),
     Example("The forum will be held March 13 at the Grand Hotel in Denver, followed by a "
             "reception.", published="2015-02-01",
             has={"actions": (("be held", None, "March 13"),)}),
     Example("Smith and Jones are scheduled to be sentenced on June 6 and June 14, "
             "respectively.", published="2015-03-01",
             has={"actions": (("be sentenced",),)}),
     Example("Applications open on March 3, 2024, and the portal will remain open until "
             "April 7, 2024, at 11:59 p.m. EST.", published="2024-02-20",
             has={"actions": (("remain open", None, "April 7, 2024"),)}),
     Example("The agency will conduct a joint exercise in the spring of 2016 on cyber "
             "incidents.", published="2015-12-01",
             has={"actions": ((_EXERCISE,),)}),
     Example("John Smith is scheduled to be sentenced on May 2, 2016, before U.S. District "
             "Judge Jane Roe of the District of Utah.", published="2016-01-20",
             has={"actions": (("be sentenced", "John Smith", "May 2, 2016"),)})],
    off=None)
def schedule_tail(doc, start: int, end: int, dates: list[Span]) -> int | None:
    """The end before the first date in the text that only schedule details follow."""
    for d in sorted(dates, key=lambda d: d.start):
        if not start < d.start < end:
            continue
        before = doc[d.start - 1]
        if before.lower_ in SCHEDULE_DATE_PREPOSITIONS and d.start - 1 > start:
            cut = d.start - 1
        elif before.pos_ in ("VERB", "AUX"):  # "be held March 13 at ..."
            cut = d.start
        else:
            continue
        after = d.end  # past a second date and a comma: "on June 6 and June 14, respectively"
        while after < end and (doc[after].is_punct or doc[after].lower_ == "and" or any(
                o.start <= after < o.end for o in dates)):
            after += 1
        if after < end and doc[after].lower_ in SCHEDULE_TAIL_OPENERS:
            return _without_dangling(doc, start, cut)
        return None
    return None


@construction(
    "judge-tail", "actions", "rule",
    "'by' or 'before' a judge after the action (\"be sentenced by U.S. District Judge ...\", "
    "\"make an initial appearance before Magistrate Judge ...\") names the court, its setting, "
    "not the action's text: the text ends before it (and before a date or time just before it)",
    [Example("John Smith is scheduled to be sentenced by U.S. District Judge Jane Roe of the "
             "District of Utah on March 3, 2017.", published="2016-11-20",
             has={"actions": (("be sentenced", "John Smith"),)}),
     Example("Robert Brown is scheduled to be sentenced on Sept. 12 by Senior U.S. District Judge "
             "Mark Lee.", published="2016-06-01",
             has={"actions": (("be sentenced", "Robert Brown", "Sept. 12"),)})],
    off=None)
def judge_tail(doc, start: int, end: int) -> int | None:
    """The end before a 'by'/'before' phrase whose object is a judge."""
    for tok in doc[start + 1:end]:
        if tok.lower_ in ("by", "before") and tok.dep_ in ("prep", "agent") and any(
                t.lower_ == "judge" and t.pos_ == "PROPN" for t in tok.subtree):
            return _without_dangling(doc, start, tok.i)
    return None


def _without_dangling(doc, start: int, end: int) -> int:
    """The end before closing punctuation and a dangling conjunction."""
    while end > start + 1 and (doc[end - 1].is_punct and not bracket_closed(doc[start:end])
                               or dangling_conjunction(doc[end - 1])):
        end -= 1
    return end


@construction(
    "dangling-conjunction", "actions", "rule",
    "a conjunction the parse hangs on the object before a clause of its own (\"will pay a "
    "fine and the court will ...\") does not end the action",
    [Example("The observers will watch and record activities during voting hours at polling "
             "locations in these jurisdictions and Civil Rights Division attorneys will "
             "coordinate the federal activities and maintain contact with local election "
             "officials.",  # a DOJ release
             has={"actions": (("watch and record activities during voting hours at polling "
                               "locations in these jurisdictions"),)})],
    off=False)
def dangling_conjunction(tok: Token) -> bool:
    return tok.dep_ == "cc" or tok.pos_ == "CCONJ"


def noun_phrase(noun: Token) -> Span | None:
    """A noun's phrase without its determiner or possessor ("the creation of a council")."""
    tokens = [t for t in noun.subtree if t.dep_ not in ("det", "poss", "punct") or t.i > noun.i]
    if not tokens:
        return None
    return noun.doc[min(t.i for t in tokens): max(t.i for t in tokens) + 1]


def act_noun_phrases(noun: Token) -> list[Span]:
    """An act noun's phrase, and each coordinated act noun's where the first has its own
    complement before it ("a payment to X of $N, and a $5,000 payment to Y": two; "excavation
    and treatment of the soil": one)."""
    conjs = [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN"
             and c.lemma_ in RELIEF_ACT_NOUNS]
    own = conjs and any(c.dep_ == "prep" and c.i < conjs[0].i for c in noun.children)
    if not own:
        span = noun_phrase(noun)
        return [span] if span is not None else []
    cut = {t.i for c in conjs for t in c.subtree} | {
        c.i for c in noun.children if c.dep_ in ("cc", "punct") and c.i > noun.i}
    tokens = [t for t in noun.subtree if t.i not in cut
              and (t.dep_ not in ("det", "poss", "punct") or t.i > noun.i)]
    first = noun.doc[min(t.i for t in tokens): max(t.i for t in tokens) + 1]
    while len(first) and first[-1].is_punct:
        first = first[:-1]
    return [first, *(s for s in (noun_phrase(c) for c in conjs) if s is not None)]


@construction(
    "conjunct-with-own-modal", "actions", "rule",
    "a coordinated verb with a modal of its own (\"will retain jurisdiction for ten years and "
    "can reopen the case ...\"): another modality, left out of the action's text",
    [Example("The court will retain jurisdiction for ten years and can reopen the case at any "
             "time.", has={"actions": (("retain jurisdiction for ten years",),)})],
    off=False)
def own_modal(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ in OTHER_MODALS for c in verb.children)


def _acts(*facts: tuple) -> dict:
    return {"actions": facts}


_ITEM_ENDS = {";", ".", ",", "and", "or"}


def _list_item(line: Span) -> Span | None:
    """A list line's words without its closing ';', '; and', '.' and line breaks."""
    end = line.end
    while end > line.start and (line.doc[end - 1].is_space
                                or line.doc[end - 1].lower_ in _ITEM_ENDS):
        end -= 1
    return line.doc[line.start:end] if end > line.start else None


def _item_verb(item: Span) -> Token | None:
    """The verb a list item opens with ("training staff ...", "not asking ...", "hire a
    monitor"), or its root gerund after a lead-in ("after an offer, limiting ...")."""
    words = [t for t in item if not t.is_space]
    first = words[1] if len(words) > 1 and words[0].lower_ == "not" else words[0]
    if first.tag_ in ("VBG", "VB") or first.lower_.endswith("ing") and first.is_lower \
            and first.pos_ in ("NOUN", "VERB"):  # "training managers": tagged a noun
        return words[0] if words[0].lower_ == "not" else first
    if adverb_led_gerund(words):
        return words[0]
    if item.root.tag_ == "VBG":
        return next((c for c in item.root.lefts if c.dep_ == "neg"), item.root)
    return None


@construction(
    "adverb-led-gerund-item", "actions", "rule",
    "a list line that opens with a manner adverb and a gerund (\"Physically modifying ...\", "
    "\"Officially recognizing ...\") opens with a verb, as a line that opens with the gerund",
    [Example("Under the agreement, the city will take several steps, such as:\n\nPhysically "
             "modifying its buildings so that entrances are accessible;\n\nOfficially "
             "recognizing the relay service as a means of communication;\n\nAdopting a "
             "grievance procedure for complaints.",
             has=_acts(("Physically modifying its buildings so that entrances are accessible",),
                       ("Officially recognizing the relay service as a means of "
                        "communication",)))],
    off=False)
def adverb_led_gerund(words: list[Token]) -> bool:
    """ "Physically modifying ...": an -ly adverb, then a gerund."""
    return len(words) > 1 and words[0].pos_ == "ADV" and words[0].lower_.endswith("ly") \
        and words[1].lower_.endswith("ing") and words[1].pos_ in ("VERB", "NOUN")


@construction(
    "gerund-item-conjuncts", "actions", "rule",
    "a list line of coordinated gerunds each with its own object (\"Surveying its other "
    "facilities and making modifications ...\") holds an action per gerund, as coordinated "
    "verb phrases do; gerunds sharing one object stay one (\"Posting and distributing a "
    "notice\")",
    [Example("Under the agreement, the city will take several steps, such as:\n\nSurveying "
             "its other facilities and making modifications where necessary;\n\nPosting and "
             "distributing a notice to the public;\n\nAdopting a grievance procedure for "
             "complaints.",
             has=_acts(("Surveying its other facilities",),
                       ("making modifications where necessary",),
                       ("Posting and distributing a notice to the public",)))],
    off=None)
def gerund_parts(item: Span, start: Token) -> list[Span] | None:
    """The item cut before each coordinated gerund that has an object of its own, where the
    gerund before it has one too; None where it holds one action."""
    doc = item.doc
    head = next((t for t in doc[start.i:item.end] if t.lower_.endswith("ing")), None)
    if head is None:
        return None
    cuts, verb = [], head
    while True:
        conj = next((c for c in verb.rights if c.dep_ == "conj" and c.i < item.end
                     and c.lower_.endswith("ing") and c.pos_ in ("VERB", "NOUN")
                     and _own_object(c) and _own_object(verb, before=c.i)
                     and not _alternative(verb, c)), None)
        if conj is None:
            break
        cuts.append(conj)
        verb = conj
    cuts = cuts or loose_gerunds(item, head) or []
    if not cuts:
        return None
    starts = [start.i, *(c.i for c in cuts)]
    ends = [*(c.left_edge.i for c in cuts), item.end]
    parts = []
    for a, b in zip(starts, ends):
        while b > a + 1 and (doc[b - 1].is_punct or doc[b - 1].dep_ == "cc"):
            b -= 1
        parts.append(doc[a:b])
    return parts


@construction(
    "loose-gerund-in-item", "actions", "rule",
    "in a list line that opens with a gerund, a later gerund after 'and' or a comma that opens "
    "words of its own (\"... impairments and training staff ...\") starts another action, where "
    "the parse hangs it elsewhere; not a gerund in a list of nouns (\"notification and "
    "sheltering\")",
    [Example("Under the agreement, the town will take several steps, such as:\n\nRecognizing "
             "the state relay service as a key means of communicating with residents who are "
             "deaf, are hard-of-hearing, or have speech impairments and training staff in "
             "using the relay service;\n\nPosting a policy that its web pages will be "
             "accessible, creating a process for implementation and ensuring that new web "
             "pages are accessible;\n\nAdopting a grievance procedure for complaints.",
             has=_acts(("training staff in using the relay service",),
                       ("creating a process for implementation",),
                       ("ensuring that new web pages are accessible",)))],
    off=None)
def loose_gerunds(item: Span, head: Token) -> list[Token] | None:
    """Gerunds (or a gerund tagged as a noun before its object: "training staff") after
    'and' or ',' that the parse did not coordinate with the line's first gerund."""
    doc, out, last = item.doc, [], head.i
    for t in doc[head.i + 3:item.end - 1]:
        if not (t.is_lower and t.lower_.endswith("ing") and doc[t.i - 1].lower_ in ("and", ",")
                and t.i - last > 3 and not doc[t.i + 1].is_punct):
            continue
        verbal = t.tag_ == "VBG" and t.dep_ in ("conj", "advcl", "ROOT", "dep") \
            and not (t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN"))
        nominal = t.tag_ == "NN" and t.dep_ == "compound" and t.head.i == t.i + 1 \
            and t.lemma_.lower() in RELIEF_ACT_NOUNS  # "training staff", not "drinking fountains"
        if verbal or nominal:
            out.append(t)
            last = t.i
    return out


@construction(
    "colon-list-of-an-action", "actions", "rule",
    "an action that ends in a colon before a list of lines (\"agrees to ..., including by:\", "
    "\"to pay:\"): lines that open with a verb are actions of their own, with the same actor "
    "and trigger; lines of nouns are the action's objects, and its text runs over them",
    [Example("Under the settlement, the city agrees to ensure that its hiring is fair, "
             "including by:\n\nnot asking any applicant about a disability before an offer;\n\n"
             "training managers on the law; and\n\nkeeping medical files confidential.",
             has=_acts(("not asking any applicant about a disability before an offer",),
                       ("training managers on the law",),
                       ("keeping medical files confidential",))),
     Example("The settlement requires the company to pay:\n\n$50,000 in damages to the "
             "victims;\n\n$10,000 in a civil penalty to the United States.",
             has=_acts(("pay:\n\n$50,000 in damages to the victims;\n\n$10,000 in a civil "
                        "penalty to the United States",)))],
    off=None)
def colon_list(span: Span) -> tuple[str, list[Span]] | None:
    """("items", the items' spans) or ("objects", [the action's span over them]), or None where
    no colon and list follow the action."""
    doc = span.doc
    colon = span.end
    while colon < len(doc) and doc[colon].is_space:
        colon += 1
    if colon >= len(doc) or doc[colon].text != ":" or colon + 1 >= len(doc) \
            or "\n" not in doc[colon + 1].text_with_ws + doc[colon].whitespace_:
        return None
    lines, sent = [], doc[colon + 1].sent if not doc[colon + 1].is_space else None
    start = colon + 1
    while start < len(doc) and doc[start].is_space:
        start += 1
    while start < len(doc) and len(lines) < 12:
        line = doc[start].sent
        item = _list_item(line)
        if item is None:
            break
        lines.append(item)
        closing = [t for t in line if not t.is_space]
        if not closing or closing[-1].text not in (";", "and", "or"):
            break
        start = line.end
        while start < len(doc) and doc[start].is_space:
            start += 1
    del sent
    if len(lines) < 2:
        return None
    verbs = [_item_verb(item) for item in lines]
    if 3 * sum(v is not None for v in verbs) >= 2 * len(verbs):  # "Install ..." tagged a name
        items = []
        for v, item in zip(verbs, lines):
            start = v or item[0]
            items += (gerund_parts(item, start) if v is not None else None) \
                or [doc[start.i:item.end]]
        return "items", items
    if not any(v is not None for v in verbs):
        return "objects", [doc[span.start:lines[-1].end]]
    return None


@construction(
    "trigger-before-a-list", "actions", "rule",
    "a sentence that ends in a trigger and a colon (\"the decree requires Acme to:\", \"Acme "
    "will:\", \"Acme agreed to:\") before lines that open with a verb: each line is an action "
    "of the party bound (the object of 'requires', else the subject)",
    [Example("The consent decree requires Acme Corp. to:\n\nhire an independent monitor;\n\n"
             "train all officers on the use of force; and\n\nreport to the court every six "
             "months.",
             has=_acts(("hire an independent monitor", "Acme Corp."),
                       ("train all officers on the use of force", "Acme Corp."))),
     Example("Under the agreement, Acme Corp. will:\n\nhire an independent monitor;\n\n"
             "train all officers on the use of force.",
             has=_acts(("hire an independent monitor", "Acme Corp."),)),
     Example("The report found that the city had:\n\nhired no monitor;\n\ntrained no "
             "officers.", lacks=_acts(("hired no monitor",)))],
    off=None)
def trigger_before_list(sent: Span) -> tuple[Token, Token | None, str] | None:
    """(the trigger word before the colon, the party bound, the modality), or None."""
    words = [t for t in sent if not t.is_space]
    if len(words) < 3 or words[-1].text != ":":
        return None
    last = words[-2]
    if last.lower_ in WRITTEN_FUTURE_AUXILIARIES | OBLIGATION_AUXILIARIES:
        party = next((c for c in (last, last.head) for c in c.children
                      if c.dep_ in ("nsubj", "nsubjpass")), None)
        return last, party, "planned" if last.lower_ in WRITTEN_FUTURE_AUXILIARIES else "agreed"
    if last.lower_ != "to":
        return None
    verb = last.head
    if verb.lemma_ in CONTROL_VERBS:
        party = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return last, party, CONTROL_VERBS[verb.lemma_]
    if verb.lemma_ in PLAN_VERBS:
        party = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return last, party, PLAN_VERBS[verb.lemma_]
    return None


# --- round K (k2): coordinated infinitives the parse hangs elsewhere ----------------------------

def _plain_conjunct(tok: Token) -> bool:
    """A verb phrase with no subject, subordinator or modal of its own ("to" allowed)."""
    return not any(c.dep_ in ("nsubj", "nsubjpass", "mark") or c.tag_ == "MD"
                   or (c.dep_ == "aux" and c.lower_ != "to") for c in tok.children)


def _to_infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


@construction(
    "base-form-conjunct-of-the-trigger", "actions", "rule",
    "a base-form verb phrase coordinated with a finite or participial trigger (\"has agreed to "
    "A, and B\", \"requires X to A, B and C\": the parse hangs B on the trigger) cannot share "
    "the trigger's tense: it is another infinitive under the trigger, an action of its own with "
    "the same actor",
    [Example("The hospital has agreed to offer the patient $40,000 in damages, as well as "
             "revise its policies on interpreters.",
             has={"actions": (("offer the patient $40,000 in damages",),
                              ("revise its policies on interpreters",))}),
     Example("The settlement requires the lender to refund the fees it charged, and train its loan "
             "officers on fair lending.",
             has={"actions": (("refund the fees it charged",),
                              ("train its loan officers on fair lending",))})],
    off=list)
def trigger_conjuncts(trigger: Token, verb: Token) -> list[Token]:
    """The base-form conjuncts of `trigger` (a finite or participial plan or control verb)
    right of its infinitive `verb`, each with an object of its own, and their own conjuncts."""
    if trigger.tag_ not in ("VBZ", "VBD", "VBN", "VBP") or trigger.i >= verb.i:
        return []
    out: list[Token] = []
    for conj in trigger.rights:
        if conj.dep_ == "conj" and conj.tag_ == "VB" and conj.i > verb.i \
                and _plain_conjunct(conj) and _own_object(conj):
            out += [conj, *coordinated_verb_phrases(conj)]
    return out


@construction(
    "aspect-infinitive-conjuncts", "actions", "rule",
    "coordinated verb phrases inside the infinitive of 'continue/begin/start to' (\"will "
    "continue to A and B\"), each with its own object, are separate actions: the first keeps "
    "the aspect verb, the others start at their own verb",
    [Example("The office will continue to inspect local jails and publish its findings every "
             "quarter.",
             has={"actions": (("continue to inspect local jails",),
                              ("publish its findings every quarter",))})],
    off=list)
def aspect_infinitive_conjuncts(verb: Token) -> list[Token]:
    if verb.lemma_ not in ASPECT_VERBS or any(c.dep_ == "dobj" for c in verb.children):
        return []
    inner = next((c for c in verb.rights if c.dep_ == "xcomp" and _to_infinitive(c)), None)
    return coordinated_verb_phrases(inner) if inner is not None else []


@construction(
    "infinitive-list-on-the-verb", "actions", "rule",
    "a list of to-infinitives after an infinitive action (\"agreed to A, to B and to C\"), "
    "which the parse hangs on the first verb as a clause, or under a gerund (\"to A for "
    "X-ing Y and to B\"): each infinitive with its own object is an action of its own",
    [Example("The landlord agreed to repaint the units, to post a notice in the lobby and to "
             "report to the agency for two years.",
             has={"actions": (("repaint the units",), ("post a notice in the lobby",),
                              ("report to the agency for two years",))}),
     Example("The decree requires the city to revise its rules for hiring officers and to "
             "publish a yearly report.",
             has={"actions": (("revise its rules for hiring officers",),
                              ("publish a yearly report",))})],
    off=list)
def infinitive_list(verb: Token) -> list[Token]:
    """The infinitives of such a list: a clause ", to B" on `verb` that has a coordinated
    ", and to C" of its own; a "to B" coordinated with a gerund under `verb`."""
    if not _to_infinitive(verb):
        return []
    doc, out = verb.doc, []
    for tok in verb.subtree:
        if tok.i <= verb.i or not _to_infinitive(tok) or not _plain_conjunct(tok) \
                or not _own_object(tok):
            continue
        if tok.dep_ == "advcl" and tok.head.i == verb.i \
                and doc[tok.left_edge.i - 1].text == "," \
                and any(c.dep_ == "conj" and _to_infinitive(c) for c in tok.children):
            out += [tok, *coordinated_verb_phrases(tok)]
        elif tok.dep_ == "conj" and tok.head.tag_ == "VBG" and tok.head.i != verb.i \
                and not _to_infinitive(tok.head):
            out += [tok, *coordinated_verb_phrases(tok)]
    return sorted({t.i: t for t in out}.values(), key=lambda t: t.i)
