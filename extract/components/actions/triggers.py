"""Triggers: `DependencyMatcher` patterns that find a planned action's verb and its trigger.

Each pattern is data (`PATTERNS`, keyed by a short id the rest of the component uses) and a
declared construction (`TRIGGERS`: id -> construction name). Where two patterns match the same
verb the stronger one (`STRENGTH`) gives the action its trigger and modality.
"""
from __future__ import annotations

from spacy.tokens import Token

from extract.constructions import Example, construction, declare
from extract.lexicon.actions import (
    AGREEMENT_NOUNS,
    ASSENT_VERBS,
    CALENDAR_EVENT_NOUNS,
    CONSIDER_VERBS,
    CONTROL_VERBS,
    COURT_EVENT_VERBS,
    EXPECTED_DATE_PREPOSITIONS,
    FORESEE_VERBS,
    FUTURE_AUXILIARIES,
    GRANT_VERBS,
    INCLUDING_VERBS,
    MILESTONE_NOUNS,
    OBLIGATION_AUXILIARIES,
    OBLIGATION_VERBS,
    PLAN_NOUNS,
    PLAN_VERBS,
    PLEDGE_VERBS,
    READINESS_WORDS,
    RELIEF_ACT_NOUNS,
    REQUEST_NOUNS,
    RESOLVE_WORDS,
    SCHEDULE_PREPOSITIONS,
    SCHEDULE_VERBS,
    TEMPORAL_MARKS,
)

_VERB = {"POS": {"IN": ["VERB", "AUX"]}}
# The verb of a to-infinitive: "to" (an `aux` the patterns require) makes it one even where
# the tagger calls it a noun ("require them to forfeit $3 million": forfeit/NNP).
_INFINITIVE = {"POS": {"IN": ["VERB", "AUX", "NOUN", "PROPN"]}}
_TO = {"DEP": "aux", "LOWER": "to"}
PATTERNS = {
    "will": [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": _VERB},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "trigger",
         "RIGHT_ATTRS": {"DEP": "aux", "LOWER": {"IN": sorted(FUTURE_AUXILIARIES)}}},
    ],
    "must": [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": _VERB},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "trigger",
         "RIGHT_ATTRS": {"DEP": "aux", "LOWER": {"IN": sorted(OBLIGATION_AUXILIARIES)}}},
    ],
    "would": [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": _VERB},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "trigger",
         "RIGHT_ATTRS": {"DEP": "aux", "LOWER": "would"}},
    ],
    "plan_to": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(PLAN_VERBS)}, **_VERB}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"DEP": "xcomp", **_INFINITIVE}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "to", "RIGHT_ATTRS": _TO},
    ],
    "control": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(CONTROL_VERBS)},
                                                **_VERB}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "object",
         "RIGHT_ATTRS": {"DEP": "dobj"}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"DEP": {"IN": ["xcomp", "ccomp", "advcl"]}, **_INFINITIVE}},
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
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LOWER": {"IN": sorted(RESOLVE_WORDS)}}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "to",
         "RIGHT_ATTRS": {"DEP": {"IN": ["prep", "aux"]}, "LOWER": "to"}},
        {"LEFT_ID": "to", "REL_OP": ">", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"DEP": "pcomp", "TAG": "VBG"}},
    ],
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
    "foresee": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(FORESEE_VERBS)},
                                                "TAG": {"IN": ["VBZ", "VBP"]}}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"DEP": {"IN": ["dobj", "xcomp"]}, "TAG": {"IN": ["VBG", "NN", "NNS"]}}},
    ],
    "scheduled_for": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(SCHEDULE_VERBS)},
                                                "TAG": "VBN"}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"DEP": "nsubjpass", "POS": "NOUN"}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "for",
         "RIGHT_ATTRS": {"DEP": "prep", "LOWER": {"IN": sorted(SCHEDULE_PREPOSITIONS)}}},
    ],
    # "Sentencing is scheduled for June 23." with the line's first word tagged a proper noun.
    "scheduled_for_name": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(SCHEDULE_VERBS)},
                                                "TAG": "VBN"}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"DEP": "nsubjpass", "POS": "PROPN",
                         "LOWER": {"IN": sorted(CALENDAR_EVENT_NOUNS)}}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "for",
         "RIGHT_ATTRS": {"DEP": "prep", "LOWER": {"IN": sorted(SCHEDULE_PREPOSITIONS)}}},
    ],
    # "... faces life in prison when he is sentenced on Nov. 6": a court event in the present
    # of a temporal clause, dated after the release (`action.build` checks the date).
    "dated_court_clause": [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"DEP": "advcl", "TAG": "VBN",
                                             "LEMMA": {"IN": sorted(COURT_EVENT_VERBS)}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "trigger",
         "RIGHT_ATTRS": {"DEP": {"IN": ["mark", "advmod"]},
                         "LOWER": {"IN": sorted(TEMPORAL_MARKS)}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "aux",
         "RIGHT_ATTRS": {"DEP": "auxpass", "LOWER": {"IN": ["is", "are"]}}},
    ],
    # "The judge has set sentencing for Sept. 12": the event is the object of an active verb of
    # scheduling.
    "scheduled_object": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(SCHEDULE_VERBS)},
                                                "POS": "VERB", "TAG": {"IN": ["VBD", "VBN", "VB",
                                                                            "VBZ", "VBP"]}}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"DEP": "dobj", "LEMMA": {"IN": sorted(CALENDAR_EVENT_NOUNS)},
                         "TAG": "NN"}},
    ],
    # A headline's "X to <verb>" ("Attorney General to Travel to Mexico"): `action.build`
    # keeps it only in the first line.
    "headline_to": [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"DEP": "ROOT", "TAG": "VB"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "trigger", "RIGHT_ATTRS": _TO},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "subject",
         "RIGHT_ATTRS": {"DEP": "nsubj"}},
    ],
    # "X is scheduled for trial on June 3": the event (a singular noun: not "set for all
    # defendants") is the object of "for".
    "scheduled_for_event": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(SCHEDULE_VERBS)},
                                                "TAG": "VBN"}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "for",
         "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "for"}},
        {"LEFT_ID": "for", "REL_OP": ">", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"DEP": "pobj", "TAG": "NN"}},
    ],
    # "sentencing, scheduled for Aug. 8": the event is the noun the participle describes; the
    # "verb" node is found by `action.build` (the head of an "acl", the noun before an "advcl").
    "scheduled_apposition": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(SCHEDULE_VERBS)},
                                                "TAG": "VBN", "DEP": {"IN": ["acl", "advcl"]}}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "for",
         "RIGHT_ATTRS": {"DEP": "prep", "LOWER": {"IN": sorted(SCHEDULE_PREPOSITIONS)}}},
    ],
    # "the decree provides for the appointment of a monitor": agreed relief, a nominal action.
    "provides_for": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": ["provide", "call"]},
                                                "POS": "VERB",
                                                "TAG": {"IN": ["VBZ", "VBP"]}}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "subject",
         "RIGHT_ATTRS": {"DEP": "nsubj", "LEMMA": {"IN": sorted(AGREEMENT_NOUNS)}}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "for",
         "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "for"}},
        {"LEFT_ID": "for", "REL_OP": ">", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"DEP": "pobj", "LEMMA": {"IN": sorted(RELIEF_ACT_NOUNS)}}},
    ],
    # "The agreement also includes a payment to the United States of $2 million": an agreement
    # that includes or requires an act noun.
    "agreement_includes": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(INCLUDING_VERBS)},
                                                "POS": "VERB", "TAG": {"IN": ["VBZ", "VBP"]}}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "subject",
         "RIGHT_ATTRS": {"DEP": "nsubj", "LEMMA": {"IN": sorted(AGREEMENT_NOUNS)}}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"DEP": "dobj", "LEMMA": {"IN": sorted(RELIEF_ACT_NOUNS)}}},
    ],
    # "Smith agreed to the forfeiture of a boat", "has pledged its cooperation in the inquiry":
    # a party's agreement or pledge to an act noun.
    "agreed_to_act": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(ASSENT_VERBS)},
                                                "POS": "VERB"}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "to",
         "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "to"}},
        {"LEFT_ID": "to", "REL_OP": ">", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"DEP": "pobj", "LEMMA": {"IN": sorted(RELIEF_ACT_NOUNS)}}},
    ],
    "pledged_act": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(PLEDGE_VERBS)},
                                                "POS": "VERB"}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"DEP": "dobj", "LEMMA": {"IN": sorted(RELIEF_ACT_NOUNS)}}},
    ],
    # "The settlement requires that the defendants hire a manager": a bare verb in the clause
    # of an obligation verb.
    "require_that": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(OBLIGATION_VERBS)},
                                                "TAG": {"IN": ["VBZ", "VBP"]}}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"DEP": "ccomp", "TAG": {"IN": ["VB", "VBP"]}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "that",
         "RIGHT_ATTRS": {"DEP": "mark", "LOWER": "that"}},
    ],
    # "with completion expected in 2028": a milestone noun dated by the participle on it.
    "expected_event": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": "expect", "TAG": "VBN", "DEP": "acl"}},
        {"LEFT_ID": "trigger", "REL_OP": "<", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(MILESTONE_NOUNS)}, "TAG": "NN"}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "for",
         "RIGHT_ATTRS": {"DEP": "prep", "LOWER": {"IN": sorted(EXPECTED_DATE_PREPOSITIONS)}}},
    ],
    # "granted a request by X for Y to assume ...": a request granted is an agreed plan; an
    # open request ("asked in a request to ...") is none.
    "granted_request": [
        {"RIGHT_ID": "grant", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(GRANT_VERBS)},
                                              "POS": "VERB"}},
        {"LEFT_ID": "grant", "REL_OP": ">", "RIGHT_ID": "trigger",
         "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(REQUEST_NOUNS)}, "POS": "NOUN",
                         "DEP": {"IN": ["dobj", "nsubjpass"]}}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"DEP": {"IN": ["acl", "relcl"]}, **_VERB}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "to", "RIGHT_ATTRS": _TO},
    ],
    # "The agency is prepared to deploy ...", "stands ready to ...": readiness of the subject.
    "ready_to": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LOWER": {"IN": sorted(READINESS_WORDS)},
                                                "POS": "ADJ",
                                                "DEP": {"IN": ["acomp", "oprd"]}}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"DEP": "xcomp", **_INFINITIVE}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "to", "RIGHT_ATTRS": _TO},
    ],
    # round L (l2): "At sentencing, which is scheduled for Jan. 3, ...": the event is the
    # relative pronoun's antecedent (`action.described_event`).
    "scheduled_relative": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(SCHEDULE_VERBS)},
                                                "TAG": "VBN"}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"DEP": "nsubjpass", "LOWER": {"IN": ["which", "that"]}}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "for",
         "RIGHT_ATTRS": {"DEP": "prep", "LOWER": {"IN": sorted(SCHEDULE_PREPOSITIONS)}}},
    ],
}
# Weaker triggers give way to stronger ones on the same verb.
STRENGTH = {"would": 0, "will": 1, "must": 1, "is_to": 2, "committed": 2, "plan_noun": 3,
            "control": 3, "considering": 3, "considering_of": 3, "foresee": 3, "plan_to": 4,
            "scheduled_for": 4, "scheduled_for_event": 4, "scheduled_apposition": 4,
            "scheduled_object": 4, "scheduled_for_name": 4, "dated_court_clause": 4,
            "headline_to": 1, "granted_request": 3, "expected_event": 4, "provides_for": 3, "agreement_includes": 3, "agreed_to_act": 3, "pledged_act": 3,
            "require_that": 3,
            "ready_to": 3, "scheduled_relative": 4}
# The node names of each pattern, in the order the matcher returns their tokens.
NODES = {key: [node["RIGHT_ID"] for node in pattern] for key, pattern in PATTERNS.items()}


def _trigger(key: str, name: str, doc: str, *examples: Example) -> str:
    declare(name, "actions", "trigger", doc, examples, pattern=PATTERNS[key], module=__name__)
    return name


def _acts(*facts: tuple) -> dict:
    return {"actions": facts}


_MONITORING = ("be monitoring early voting for the general election in Dallas and Harris "
              "Counties in Texas")
_SENTENCED = ("be sentenced July 25, 2014, by the Honorable Royce C. Lamberth of the District "
             "of Columbia")


# Pattern id -> construction name.
TRIGGERS = {
    "will": _trigger(
        "will", "future-auxiliary",
        "a verb with 'will', 'shall' or a contracted 'll (\"The company will also pay ...\")",
        Example("The company will also pay a $12 million civil penalty and spend $6 million on "
                "a supplemental project to reduce air pollution in Texas City.",
                has=_acts(("pay a $12 million civil penalty",),
                          (("spend $6 million on a supplemental project to reduce air "
                            "pollution in Texas City"),))),
        Example("The consent decree also provides that the corporate defendants shall pay the "
                "United States $6 million in equitable disgorgement.",
                has=_acts(("pay the United States $6 million in equitable disgorgement",)))),
    "must": _trigger(
        "must", "must-under-agreement",
        "'must' on a verb that an agreement binds (\"Under the settlement, Acme must sell ...\") "
        "or that follows a future (\"will be barred ... and must report ...\"): agreed terms; "
        "a standing duty (\"employers must treat ...\") is none (`unbound-must`)",
        Example("Under the terms of the consent decree, Acme Corp. must sell its glass plant "
                "in Ohio to an approved buyer.",
                has=_acts(("sell its glass plant in Ohio to an approved buyer", "Acme Corp."),)),
        Example("After his release, he will be banned from owning a firearm and must report to "
                "a probation officer every month.",
                has=_acts(("be banned from owning a firearm",),
                          ("report to a probation officer every month",)))),
    "would": _trigger(
        "would", "would-in-reported-speech",
        "'would' on a verb reported by a statement (\"announced that it would begin ...\")",
        Example("The Justice Department previously announced that it would be monitoring early "
                "voting for the general election in Dallas and Harris Counties in Texas.",
                has=_acts((_MONITORING, "Justice Department"),))),
    "plan_to": _trigger(
        "plan_to", "plan-verb-to-infinitive",
        "a planning verb with a to-infinitive (\"plans to\", \"has agreed to\", \"is expected "
        "to\", \"is preparing to\", an obligation: \"is required to\")",
        Example("The Department intends to move to terminate the pending litigation.",
                has=_acts(("move to terminate the pending litigation",))),
        Example("The government plans to file an amended complaint.",
                has=_acts(("file an amended complaint",))),
        Example("Acme Corp. has agreed to pay $14 million to resolve the allegations.",
                has=_acts(("pay $14 million to resolve the allegations", "Acme Corp."),)),
        Example("Under the plea agreement, Acme Corp. is required to implement a comprehensive "
                "compliance plan.",
                has=_acts(("implement a comprehensive compliance plan", "Acme Corp."),)),
        Example("Construction of the new facility is expected to begin by 2011.",
                published="2009-03-01", has=_acts(("begin by 2011", None, "2011"),))),
    "control": _trigger(
        "control", "control-verb-object-to",
        "a verb that gives its object something to do (\"directed the Attorney General to "
        "lead ...\", \"the agreement requires X to ...\")",
        Example("On Jan. 22, 2009, the President directed the Attorney General to lead an "
                "interagency review of the case.", published="2009-04-30",
                has=_acts(("lead an interagency review of the case",))),
        Example("The consent decree requires the city to hire an independent monitor.",
                has=_acts(("hire an independent monitor",))),
        Example("The Smiths' plea agreements require them to forfeit $3 million in proceeds "
                "of the fraud.", has=_acts(("forfeit $3 million in proceeds of the fraud",)))),
    "is_to": _trigger(
        "is_to", "be-to-infinitive",
        "'is to' + infinitive: something arranged (\"He is to be sentenced July 25, 2014\")",
        Example("He is to be sentenced July 25, 2014, by the Honorable Royce C. Lamberth of the "
                "District of Columbia.", published="2014-03-18",
                has=_acts((_SENTENCED, None, "July 25, 2014"),))),
    "plan_noun": _trigger(
        "plan_noun", "plan-noun-to-infinitive",
        "a planning noun with a to-infinitive (\"his intention to\", \"our commitment to\")",
        Example("The Board announced its intention to issue new rules on the matter.",
                has=_acts(("issue new rules on the matter",)))),
    "committed": _trigger(
        "committed", "committed-to-gerund",
        "'committed', 'determined', 'set' or 'poised' to + gerund (\"committed to "
        "building\"; a standing 'is committed to' is none: `committed-stance`)",
        Example("The two ministries committed to building a shared registry of emergency "
                "shelters.",
                has=_acts(("building a shared registry of emergency shelters",)))),
    "considering": _trigger(
        "considering", "considering-gerund",
        "a deliberating verb in the progressive with a gerund (\"is considering adopting "
        "...\")",
        Example("The Department is considering adopting additional safeguards in the "
                "intelligence context.",
                has=_acts(("adopting additional safeguards in the intelligence context",)))),
    "considering_of": _trigger(
        "considering_of", "considering-the-issue-of",
        "a deliberating verb in the progressive on 'the <noun> of' + gerund (\"is discussing "
        "the issue of conducting ...\")",
        Example("The ministry is now discussing the question of building a second bridge over "
                "the river.", has=_acts(("building a second bridge over the river",)))),
    "foresee": _trigger(
        "foresee", "foresee-gerund-or-noun",
        "a verb of foreseeing with a gerund or a noun of action (\"ATF anticipates conducting "
        "...\", \"the roadmap foresees the creation of ...\")",
        Example("ATF anticipates conducting numerous additional courses in these subject areas "
                "in 2009.", published="2009-04-02",
                has=_acts((("conducting numerous additional courses in these subject areas in "
                           "2009"),))),
        Example("The roadmap foresees the creation of a regional council on water security.",
                has=_acts(("creation of a regional council on water security",)))),
    "scheduled_for": _trigger(
        "scheduled_for", "event-scheduled-for",
        "an event noun scheduled for a date (\"Sentencing is scheduled for May 11, 2009\")",
        Example("Sentencing is scheduled for May 11, 2009.", published="2009-02-23",
                has=_acts(("Sentencing", None, "May 11, 2009"),))),
    "scheduled_for_name": _trigger(
        "scheduled_for_name", "capitalised-event-scheduled-for",
        "an event noun opening its line, tagged a proper noun, scheduled for a date "
        "(\"Sentencing is scheduled for June 23.\")",
        Example("Smith pleaded guilty on Monday.\nSentencing is scheduled for June 23.",
                published="2017-03-13", has=_acts(("Sentencing", None, "June 23"),))),
    "dated_court_clause": _trigger(
        "dated_court_clause", "court-event-in-dated-when-clause",
        "a court event in the present passive of a 'when/after/before' clause with a date after "
        "the release (\"faces life in prison when he is sentenced on Nov. 6, 2015\"): scheduled, "
        "the subject's",
        Example("John Smith faces a maximum penalty of 20 years in prison when he is sentenced "
                "on Nov. 6, 2015.", published="2015-08-07",
                has=_acts(("is sentenced", "John Smith", "Nov. 6, 2015"),)),
        Example("John Smith wept when he was sentenced on March 2, 2015.",
                published="2015-08-07", lacks=_acts(("was sentenced",), ("is sentenced",)))),
    "scheduled_object": _trigger(
        "scheduled_object", "scheduled-event-object",
        "an event noun that a court or body sets or schedules for a date (\"The judge set "
        "sentencing for May 4, 2016\", \"the court scheduled a hearing on June 2\"): the event, "
        "dated by the date after it",
        Example("U.S. District Judge Jane Roe accepted the guilty plea and set sentencing for "
                "May 4, 2016.", published="2016-02-03",
                has=_acts(("sentencing", None, "May 4, 2016"),)),
        Example("The judge scheduled sentencing for June 2, 2016.", published="2016-02-03",
                has=_acts(("sentencing", None, "June 2, 2016"),)),
        Example("The judge set bail at $50,000 on Monday.", published="2016-02-03",
                lacks=_acts(("bail",), ("bail at $50,000",)))),
    "headline_to": _trigger(
        "headline_to", "headline-to-infinitive",
        "a headline's 'X to <verb>' (\"Attorney General to Travel to Mexico City\"): what X "
        "will do; only in the first line",
        Example("Acme Corp. to Pay $5 Million to Resolve Fraud Allegations\n\nThe company "
                "denies the claims.", has=_acts(("Pay $5 Million to Resolve Fraud Allegations",))),
        Example("The plan is for the agency to hire more staff.",
                lacks=_acts(("hire more staff",)))),
    "scheduled_for_event": _trigger(
        "scheduled_for_event", "scheduled-for-event",
        "someone scheduled or set for an event noun (\"Smith is set for trial on June 3\"): "
        "the event, with the person as its actor",
        Example("John Smith is scheduled for trial on June 3, 2014, before U.S. District Judge "
                "Jane Roe.", published="2014-03-01",
                has=_acts(("trial", "John Smith", "June 3, 2014"),)),
        Example("The hearing was scheduled for 10 a.m. on Friday.", published="2014-03-01",
                lacks=_acts(("a.m.",), ("10 a.m.",)))),
    "scheduled_apposition": _trigger(
        "scheduled_apposition", "event-comma-scheduled-for",
        "an event noun with a participle 'scheduled/set for <date>' (\"At sentencing, "
        "scheduled for Aug. 8, 2013, ...\", \"a hearing, set for March 3, ...\")",
        Example("At sentencing, scheduled for Aug. 8, 2013, Smith faces a maximum penalty of 10 "
                "years in prison.", published="2013-05-01",
                has=_acts(("sentencing", None, "Aug. 8, 2013"),)),
        Example("A status hearing, set for March 3, 2015, will address the motion.",
                published="2015-01-10", has=_acts(("status hearing", None, "March 3, 2015"),))),
    # round L (l2)
    "scheduled_relative": _trigger(
        "scheduled_relative", "event-which-is-scheduled-for-date",
        "an event noun with a relative clause 'which is scheduled/set for <date>' (\"At his "
        "trial, which is set for May 4, 2015, ...\"): the event is the antecedent, dated",
        Example("At his trial, which is set for May 4, 2015, Jones faces up to 20 years in "
                "prison.", published="2015-01-10",
                has=_acts(("trial", None, "May 4, 2015"),))),
    "provides_for": _trigger(
        "provides_for", "agreement-provides-for-act",
        "an agreement, decree or order that 'provides for' an act noun (\"the decree provides "
        "for the appointment of a monitor to ...\"): agreed relief, the act is the action",
        Example("The settlement also provides for the appointment of a trustee to oversee the "
                "sale of the stations.",
                has=_acts(("appointment of a trustee to oversee the sale of the stations",))),
        Example("The new law provides for the appointment of judges.",
                lacks=_acts(("appointment of judges",)))),
    "require_that": _trigger(
        "require_that", "require-that-subjunctive",
        "an obligation verb with a 'that' clause in the bare subjunctive (\"the settlement "
        "requires that the defendants hire a manager\"): agreed acts of the clause's subject",
        Example("The settlement also requires that the owners hire an independent manager for "
                "their rental properties and pay a civil penalty of $25,000.",
                has=_acts(("hire an independent manager for their rental properties",),
                          ("pay a civil penalty of $25,000",))),
        Example("The rules require that he is present.", lacks=_acts(("is present",)))),
    "agreement_includes": _trigger(
        "agreement_includes", "agreement-includes-act",
        "an agreement, decree or plan that includes or requires an act noun (\"the agreement "
        "also includes a payment to the United States of $2 million\"): an agreed act; each "
        "coordinated act noun with its own complement is its own",
        Example("The agreement also includes a payment to the United States of $40,000 for past "
                "costs, and a $5,000 payment to the county for its oversight costs.",
                has=_acts(("payment to the United States of $40,000 for past costs",),
                          ("$5,000 payment to the county for its oversight costs",))),
        Example("The report includes a payment schedule.", lacks=_acts(("payment schedule",)))),
    "agreed_to_act": _trigger(
        "agreed_to_act", "agreed-to-act-noun",
        "a party that agrees or consents to an act noun (\"Smith also agreed to the forfeiture "
        "of a boat\"): the act, the party's",
        Example("As part of her plea agreement, Jane Roe also agreed to the forfeiture of a "
                "sailboat.", has=_acts(("forfeiture of a sailboat", "Jane Roe"),))),
    "pledged_act": _trigger(
        "pledged_act", "pledged-act-noun",
        "a party that pledges or promises an act noun (\"the company has pledged its cooperation "
        "in the investigation\"): the act, the party's",
        Example("As part of the settlement, Acme Corp. has pledged its cooperation in the "
                "government's ongoing investigation.",
                has=_acts(("cooperation in the government's ongoing investigation",
                           "Acme Corp."),))),
    "expected_event": _trigger(
        "expected_event", "milestone-expected-by-date",
        "a project's milestone noun with a participle 'expected in/by <date>' (\"with "
        "completion expected in 2028\"): the milestone, with the date as its time",
        Example("Units start at $400,000, with completion expected in 2027.",
                published="2025-04-01", has=_acts(("completion", None, "2027"),)),
        Example("Sales rose, with growth expected in 2027.", published="2025-04-01",
                lacks=_acts(("growth",)))),
    "granted_request": _trigger(
        "granted_request", "granted-request-to-infinitive",
        "a granted or approved request with a to-infinitive (\"has granted a request by the "
        "county for the State to assume ...\"): what the request asked for, agreed; the party "
        "after 'for' acts",
        Example("The Department of the Interior has granted a request by the tribe for the "
                "National Park Service to manage the historic site.",
                has=_acts(("manage the historic site",))),
        Example("She filed a request to reopen the case.", lacks=_acts(("reopen the case",)))),
    "ready_to": _trigger(
        "ready_to", "readiness-to-infinitive",
        "a subject's readiness with a to-infinitive (\"The agency is prepared to deploy ...\", "
        "\"stands ready to ...\"): an intention of the subject",
        Example("The Coast Guard is prepared to deploy two more cutters to the strait.",
                has=_acts(("deploy two more cutters to the strait", "Coast Guard"),))),
}


def requested_party(trigger: Token) -> Token | None:
    """ "a request ... for the State to assume": the State, who is to do it; else the owner
    ("the company's application to sell")."""
    return next((g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for"
                 for g in c.children if g.dep_ == "pobj"), None) \
        or next((c for c in trigger.children if c.dep_ == "poss"), None)


@construction(
    "need-to-verb", "actions", "trigger",
    "'will need to <verb>': the action is the verb after 'need to'",
    [Example("Agents will need to watch the border crossings more closely.",
             has=_acts(("watch the border crossings more closely",)))],
    off=None)
def needed_verb(verb: Token) -> Token | None:
    if verb.lemma_ == "need":
        return next((c for c in verb.children if c.dep_ == "xcomp"), None)
    return None


@construction(
    "future-on-an-auxiliary", "actions", "trigger",
    "'will' that the parse hangs on a passive auxiliary instead of the verb (\"will be "
    "co-managed by ...\": will -> be, be -> managed): the action is the verb",
    [Example("Prosecution of these defendants will be co-managed by teams from two offices.",
             has=_acts(("be co-managed by teams from two offices",)))],
    off=None)
def future_on_auxiliary(verb: Token, pattern: str) -> Token | None:
    if pattern not in ("will", "would", "must"):
        return None
    head = verb
    while head.dep_ in ("aux", "auxpass") and head.head.i != head.i and head.head.i > head.i:
        head = head.head
    return head if head.i != verb.i and head.pos_ == "VERB" else None


def trigger_and_modality(pattern: str, tokens: dict[str, Token], verb: Token
                         ) -> tuple[str, str]:
    """The trigger as written ("is also discussing the issue of", "has agreed to") and the
    modality the pattern and its trigger word give."""
    trigger = tokens["trigger"]
    if pattern == "require_that":
        return verb.doc[trigger.i:tokens["that"].i + 1].text, "agreed"
    if pattern in ("will", "would", "foresee", "headline_to"):
        return trigger.text, "planned"
    if pattern == "must":
        return trigger.text, "agreed"
    if pattern.startswith("considering"):
        first = min([trigger.i] + [c.i for c in trigger.lefts if c.dep_ == "aux"])
        return verb.doc[first:verb.i].text, "considered"
    first = min([trigger.i] + [c.i for c in trigger.lefts
                               if c.dep_ in ("aux", "auxpass") and c.lemma_ == "be"])
    text = verb.doc[first: tokens["to"].i + 1].text
    modality = (PLAN_VERBS.get(trigger.lemma_) or CONTROL_VERBS.get(trigger.lemma_)
                or PLAN_NOUNS.get(trigger.lemma_) or "planned")
    if pattern in ("committed", "ready_to"):
        modality = "intended"
    if pattern == "granted_request":
        modality = "agreed"
    if trigger.lemma_ == "expect" and trigger.tag_ == "VBN":
        modality = "expected"
    return text, modality
