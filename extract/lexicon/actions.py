"""Words the planned-action rules rely on (`extract/components/actions/`): triggers, the words
that rule a clause out as a plan, and the nouns that point back to an actor.

General English and press-release vocabulary only; the planning words map to the modality
they give an action.
"""
from __future__ import annotations

# --- Triggers ---------------------------------------------------------------------------------

# Future auxiliaries on the action verb ("will pay", "shall submit", "we'll review"); written
# out, on a coordinated verb they make it an action of its own ("... and will adopt ...").
WRITTEN_FUTURE_AUXILIARIES = {"will", "shall"}
FUTURE_AUXILIARIES = WRITTEN_FUTURE_AUXILIARIES | {"'ll", "’ll"}
# Auxiliaries of an obligation ("X must pay"): a plan only where an agreement binds the party
# ("Under the decree, X must ...") or a future runs on into it ("will ... and must ...").
OBLIGATION_AUXILIARIES = {"must"}
# Modals of ability, permission or possibility: a coordinated verb with one is no part of the
# action before it ("will retain jurisdiction and can reopen the case").
OTHER_MODALS = {"can", "could", "may", "might"}
# Prepositions that put a clause under the terms of an agreement ("under the settlement").
BINDING_PREPOSITIONS = {"under", "pursuant"}
# Verbs with a to-infinitive that state a plan ("plans to", "has agreed to"), by modality.
PLAN_VERBS = {
    "plan": "planned", "intend": "intended", "aim": "intended", "prepare": "planned",
    "agree": "agreed", "decide": "agreed", "schedule": "scheduled", "expect": "expected",
    "propose": "considered", "consider": "considered", "commit": "intended",
    "pledge": "intended", "vow": "intended", "promise": "intended", "seek": "intended",
    "set": "scheduled", "resolve": "agreed", "require": "agreed", "obligate": "agreed",
    "oblige": "agreed",
}
# Verbs that give their object something to do ("directs the Office to initiate"), by modality.
CONTROL_VERBS = {"direct": "planned", "instruct": "planned", "order": "planned",
                 "task": "planned", "ask": "planned", "authorize": "agreed",
                 "authorise": "agreed", "enable": "planned", "require": "agreed",
                 "obligate": "agreed", "oblige": "agreed"}
# Control verbs of a capability given ("enables X to", "authorizes X to"): a plan only under
# "will" or as an agreement's term; else a standing power or an effect.
CAPABILITY_VERBS = {"enable", "authorize", "authorise", "empower", "permit"}
# Verbs of an obligation ("is required to", "the decree requires X to").
OBLIGATION_VERBS = {"require", "obligate", "oblige"}
# What binds a party to do something: "the settlement requires the city to ..." (lemmas).
AGREEMENT_NOUNS = {"agreement", "settlement", "decree", "order", "plan", "condition", "term",
                   "judgment", "judgement", "contract", "deal", "plea", "consent", "injunction",
                   "probation", "sentence", "ruling", "resolution", "memorandum", "remedy",
                   "clause", "provision"}
# Nouns of a plan with a to-infinitive ("his intention to", "our commitment to"), by modality.
PLAN_NOUNS = {"intention": "intended", "plan": "planned", "commitment": "intended",
              "decision": "agreed", "pledge": "intended", "proposal": "considered",
              "intent": "intended"}
# Nouns of a state of mind that "with" makes the manner of a deed ("possess with intent to
# distribute", "falsified a record with the intent to impede"): an element of a charge.
INTENT_NOUNS = {"intent", "intention"}
# Verbs that grant a request ("granted a request ... to assume"), and the requests (lemmas).
GRANT_VERBS = {"grant", "approve", "accept", "honor", "honour"}
REQUEST_NOUNS = {"request", "petition", "application"}
# Words before "to" + gerund that state a resolve ("committed to improving", "set to open").
RESOLVE_WORDS = {"committed", "determined", "set", "poised"}
# Verbs of foreseeing with a gerund or a nominal ("anticipates conducting", "foresees the
# creation of").
FORESEE_VERBS = {"anticipate", "foresee", "envisage", "envision"}
# Verbs of deliberating, in the progressive ("is considering launching").
CONSIDER_VERBS = {"discuss", "consider", "explore", "study", "examine", "evaluate", "weigh",
                  "contemplate"}
# Passive verbs that put an event on the calendar ("Sentencing is scheduled for June 5").
SCHEDULE_VERBS = {"schedule", "set"}
# Events a court or a body puts on the calendar ("the judge set sentencing for June 5", "the
# court scheduled a hearing on May 2"); "date" for "set a trial date for ..." (lemmas).
CALENDAR_EVENT_NOUNS = {"sentencing", "trial", "hearing", "arraignment", "meeting", "conference",
                        "session", "summit", "vote", "briefing", "ceremony", "auction", "date"}
# Prepositions of the date an event is scheduled for.
SCHEDULE_PREPOSITIONS = {"for", "on"}
# Hyphens the tokenizer may split a word at ("Co-defendants" -> "Co", "-", "defendants").
HYPHENS = {"-", "‐", "‑"}
# Forms of "be" that make a deliberation ongoing ("is discussing"), not done ("discussed").
PRESENT_BE = {"is", "are", "am"}

# --- Vetoes -------------------------------------------------------------------------------------

# Verbs that report speech or a decision: "would" under one reports a plan ("announced that
# it would begin ...").
REPORTING_VERBS = {"say", "announce", "state", "note", "add", "confirm", "explain", "indicate",
                   "report", "agree", "decide", "tell", "declare", "emphasize", "emphasise",
                   "stress", "mention", "reveal", "disclose", "promise"}
# Nouns that report a statement or a decision: "would" under one reports a plan ("the
# announcement that it would begin ...").
REPORTING_NOUNS = {"announcement", "statement", "pledge", "promise", "commitment", "assurance",
                   "decision", "notice", "notification", "confirmation", "declaration"}
# Effect verbs whose passive is imposed by someone ("will not be allowed to enter", "will be
# made available to"): an action of whoever allows or makes it.
IMPOSED_VERBS = {"allow", "make"}
# What one serves under a sentence ("serve probation", "serve a prison term") and the units
# of its length ("serve five years of probation", "serve two years in prison") (lemmas).
PENALTY_NOUNS = {"probation", "sentence", "prison", "imprisonment", "incarceration",
                 "detention", "confinement", "parole"}
TERM_UNITS = {"year", "month", "week", "day"}
# States of a window that is set to close ("will remain open until June 7"), and the
# prepositions of its end.
WINDOW_STATES = {"open", "available"}
WINDOW_ENDS = {"until", "till"}
# Determiners that make a subject a whole class ("all vessels are required to").
UNIVERSAL_DETERMINERS = {"all", "any", "every", "each"}
# Objects of coming into force: "will take effect", "will come into force".
FORCE_NOUNS = {"force", "effect", "operation"}
# Verbs whose future states an outcome or a state, not something done ("will help").
EFFECT_VERBS = {"help", "benefit", "serve", "contribute", "result", "mean", "allow", "enable",
                "affect", "cost", "depend", "remain", "require", "like", "love", "want",
                "hope", "wish", "have", "happen", "occur", "outlast", "endure", "last",
                "make", "seem", "appear", "look", "vary", "differ"}
# Effect verbs that are actions where a person or body is their subject ("We will not allow").
AGENT_VERBS = {"allow", "enable", "make", "have", "require"}
# Subject pronouns that name someone acting, for the effect verbs above.
AGENT_PRONOUNS = {"we", "i", "they"}
# Verbs of an impact: with a thing as subject ("this funding will support ...", "the change
# will produce ..."), a predicted effect, not something done.
IMPACT_VERBS = {"support", "provide", "produce", "transform", "shape", "pave", "reduce", "boost",
                "improve", "enhance", "strengthen", "increase", "empower", "generate", "save",
                "lower", "expand", "ensure", "promote", "foster", "create", "drive", "spur"}
# Nouns of people, for the subject of an impact verb ("participants", "residents").
PERSON_NOUNS = {"people", "person", "resident", "participant", "partner", "citizen", "student",
                "user", "customer", "attendee", "visitor", "worker", "victim", "investor",
                "family", "child", "man", "woman", "individual", "owner", "farmer", "patient",
                "consumer", "volunteer", "member", "community", "country", "state", "nation",
                "side", "party", "city", "authority", "leader", "player"}
# Adjectives of ability, eligibility, need or force after "will be": a state, not an action.
STATE_ADJECTIVES = {"able", "unable", "eligible", "ineligible", "entitled", "likely", "unlikely",
                    "necessary", "essential", "important", "possible", "impossible",
                    "binding"}
# Words that open a list of duties, with their preposition ("will be responsible for X-ing,
# Y-ing and Z-ing", "will be charged with ...").
DUTY_WORDS = {"responsible": "for", "accountable": "for", "charged": "with", "tasked": "with"}
# Aspect verbs: "will continue to happen" says what an effect verb under them says.
ASPECT_VERBS = {"continue", "begin", "start"}
# Effect verbs used for doing something: "look at/into", "have an opportunity/a chance to".
LOOK_PREPOSITIONS = {"at", "into"}
OPPORTUNITY_NOUNS = {"opportunity", "chance"}
# Words of a wish, not a plan ("will look forward to", "will be happy to").
WISH_WORDS = {"forward", "excited", "hope", "glad", "happy", "pleased", "delighted", "eager"}
# Subjects that count a population: what they "will" do is a forecast, not a plan.
QUANTITY_WORDS = {"percent", "cent", "%", "majority", "minority", "most"}
# Demonstrative subjects that stand for what was just said ("This is expected to ...").
DEMONSTRATIVES = {"this", "that"}
# Subordinators of a purpose clause ("so that families will have ...").
PURPOSE_MARKS = {"so", "that"}
# Subjects that stand for a clause or a thing ("..., which will help to ...").
CLAUSE_PRONOUNS = {"which", "that", "what"}
# Events and bodies whose relative clause says what they will do (lemmas).
EVENT_NOUNS = {"workshop", "meeting", "conference", "summit", "session", "hearing", "forum",
               "seminar", "consultation", "visit", "talk", "review", "inquiry", "programme",
               "program", "project", "team", "council", "panel", "committee", "taskforce",
               "initiative"}
# "<noun> is to ...": a standing aim, not a plan ("The key objective is to improve ...").
AIM_NOUNS = {"purpose", "objective", "goal", "aim", "mission", "role", "responsibility",
             "task", "job", "object", "vision", "mandate", "function", "ambition"}
# Instruments: laws, agreements, funds, programmes, rules. What one "will" do is its effect
# ("The Act will ensure ...", "these guidelines will establish ..."), not a plan (lemmas).
INSTRUMENT_NOUNS = {"act", "agreement", "fund", "funding", "law", "legislation", "bill", "treaty",
                    "accord", "deal", "arrangement", "partnership", "framework", "strategy",
                    "policy", "reform", "scheme", "package", "measure", "guideline", "guidance",
                    "rule", "regulation", "grant", "investment", "charter", "protocol",
                    "convention", "amendment", "statute", "standard", "tool", "platform",
                    "technology", "system"}
# Verbs of an instrument's effect, beyond the impact verbs ("will deliver", "will overcome").
INSTRUMENT_EFFECT_VERBS = {"deliver", "overcome", "establish", "build", "bring", "give", "cut",
                           "remove", "protect", "open", "unlock", "simplify", "streamline",
                           "modernise", "modernize", "lift", "tackle", "address", "work", "set",
                           "see", "put", "strengthen", "make", "allow", "enable", "prevent",
                           "mean", "end", "close", "offer", "raise",
                           "bolster", "accelerate", "advance", "secure", "safeguard"}
# People who take part or are served: what they "will enjoy/learn" is what they get, not
# something they plan (lemmas; "-goers" of "summit-goers").
EXPERIENCER_NOUNS = {"visitor", "resident", "student", "attendee", "participant", "guest",
                     "customer", "consumer", "user", "people", "family", "child", "patient",
                     "traveller", "traveler", "shopper", "tenant", "homeowner", "taxpayer",
                     "audience", "fan", "goer", "viewer", "reader", "learner", "passenger",
                     "subscriber", "buyer", "delegate", "beneficiary", "recipient", "household",
                     "everyone", "anyone"}
# Verbs of experiencing ("will enjoy", "will learn about", "will gain insights"); receiving
# ("will receive training") may be the plan of whoever gives it, and stays.
EXPERIENCE_VERBS = {"enjoy", "experience", "learn", "gain", "discover", "feel", "appreciate",
                    "witness", "encounter", "savor", "savour", "notice"}
# Passive verbs of a denied acceptance: "X will not be tolerated" is a warning, not a plan.
TOLERANCE_VERBS = {"tolerate", "accept", "condone", "excuse", "overlook", "ignore", "forget",
                   "forgive"}
# Nouns of an assurance that a negation denies ("there is no guarantee that X will ...").
ASSURANCE_NOUNS = {"guarantee", "assurance", "certainty", "promise", "warranty", "way",
                   "indication", "expectation"}
# Verbs of an assurance ("cannot guarantee that ...", "does not assure that ...").
ASSURANCE_VERBS = {"guarantee", "assure", "ensure", "promise", "warrant", "predict", "know",
                   "expect"}
# Verbs whose subject shows a standing commitment ("this case demonstrates our commitment to
# ..."): a stance, not a plan; "reaffirmed their commitment to" may announce one, and stays.
SHOWING_VERBS = {"demonstrate", "show", "reflect", "underscore", "highlight", "illustrate",
                 "exemplify", "prove", "represent", "embody", "display"}
# Modifiers of a plan noun that make it a standing commitment ("our ongoing commitment to").
STANDING_MODIFIERS = {"ongoing", "continued", "continuing", "longstanding", "long-standing",
                      "enduring", "unwavering", "steadfast", "abiding", "lasting", "constant"}
# Verbs of a continuing state: "remains committed to" is a standing commitment.
CONTINUING_VERBS = {"remain", "stay"}
# Verbs whose passive states a thing's purpose ("the grants are intended to support").
PURPOSE_VERBS = {"intend"}
# Documents and texts: what one "aims/intends/seeks to" do is its standing purpose ("the guide
# aims to explain ...").
DOCUMENT_NOUNS = {"guidance", "guide", "guideline", "report", "document", "manual", "toolkit",
                  "handbook", "publication", "study", "paper", "brochure", "website", "video",
                  "law", "act", "statute", "regulation", "rule", "policy", "legislation",
                  "bill", "provision", "memo", "memorandum", "letter", "campaign", "resource"}
# Trigger verbs of an aim ("aims to", "intends to", "seeks to").
AIM_VERBS = {"aim", "intend", "seek"}
# Planning verbs whose simple past tells a plan of the narrative ("he planned to flee"), unless
# a statement reports it ("the company said it planned to hire ...").
NARRATED_PLAN_VERBS = {"plan", "prepare", "plot", "scheme"}
# Quantities and markets: what one "is expected to" do is a forecast ("prices are expected to
# rise", "the market expected to grow") (lemmas).
FORECAST_NOUNS = {"market", "demand", "supply", "price", "economy", "growth", "sale", "revenue",
                  "rate", "number", "cost", "figure", "population", "value", "inflation",
                  "unemployment", "output", "production", "consumption", "spending", "volume",
                  "share", "level", "total", "temperature", "traffic", "turnout", "emission"}
# The verb after "continue to" that makes a state, not something done ("will continue to have
# jurisdiction", "will continue to be a priority").
STATE_VERBS = {"have", "be"}
# Nouns of a decision or its like: what one "will" do is its effect ("the ruling will ..."),
# except coming into force ("the decision will take effect"), which is planned.
DECISION_NOUNS = {"decision", "ruling", "judgment", "judgement", "verdict",
                  "determination", "announcement", "conviction", "sentence", "outcome",
                  "result", "move", "step", "action", "change", "approval", "designation",
                  "guilty", "plea"}
# "will play a role/part", "will be a factor": a part in something, not something done.
ROLE_NOUNS = {"role", "part"}
# Verbs of a directive that a narrative of past deeds tells ("directed employees to ...").
DIRECTIVE_VERBS = {"direct", "instruct", "ask", "task", "tell"}
# Verbs of a past order told as what happened to a person ("the judge ordered Smith to pay
# restitution", "Jones instructed Smith to hide ..."): directives and a court's order.
PAST_ORDER_VERBS = DIRECTIVE_VERBS | {"order"}
# Verbs and objects of coming into force: "will take effect", "will come into force".
IN_FORCE_VERBS = {"take", "come", "go", "enter", "become"}
# Verbs under which a past directive is narrated evidence ("records show that X directed").
NARRATION_VERBS = {"show", "allege", "admit", "acknowledge", "state", "say", "reveal",
                   "indicate", "testify", "charge", "claim", "establish", "prove", "find",
                   "accuse"}
# Subordinators of a condition ("If ..., the Department will ...").
CONDITION_MARKS = {"if", "unless"}

# --- Extent -------------------------------------------------------------------------------------

# Auxiliaries of the trigger, not of the action ("will", "to"); "be" and "not" stay in it.
TRIGGER_AUXILIARIES = {"to", "will", "shall", "would"}
# Relative pronouns: ", which ..." after the action is a comment on it, not part of it.
RELATIVE_PRONOUNS = {"which", "who", "whom", "whose", "where"}
# Subordinators of a purpose or reason clause, which ends the action ("so that ... can").
REASON_MARKS = {"so", "because", "as", "since", "although", "though", "whereas"}
# Subordinators of a clause that says when, part of the action ("until after claimants have").
TIME_MARKS = {"until", "after", "before", "once", "when"}
# Prepositions of an action's date ("launch on Sept. 29", "meet during the coming year").
SCHEDULE_DATE_PREPOSITIONS = {"on", "from", "during", "in", "at", "until"}
# Words that open the rest of a schedule after a date: a clock time or a span of them, a place,
# what comes next, "respectively", the court ("on Sept. 29, from 4:00 p.m. ...", "March 13 at
# the Hotel", "on May 2, before U.S. District Judge ...").
SCHEDULE_TAIL_OPENERS = {"from", "at", "in", "following", "followed", "respectively", "until",
                         "through", "before"}
# Closing quotes that may sit between a comma and a relative pronoun.
CLOSING_QUOTES = {"'", "’", '"', "”"}

# --- Time ---------------------------------------------------------------------------------------

# Words relating an action to another event ("ahead of the Summit on June 3"): the date of that
# event is not the action's.
RELATED_EVENT_WORDS = {"ahead", "before", "after", "following", "prior"}
# Words of a duration that counts forward from the text's time ("the coming weeks", "the next
# few months", "the upcoming weeks"): a time a planned action can be anchored to.
FUTURE_RELATIVE_WORDS = {"coming", "next", "upcoming"}
# Prepositions that set an action in such a period or in a part of a day ("in the coming
# weeks", "over the next two weeks", "within the next few months", "during the afternoon");
# not "for", which gives a length ("for three years").
TIME_EXPRESSION_PREPOSITIONS = {"in", "over", "within", "during"}

# --- Actors -------------------------------------------------------------------------------------

# Verbs that attribute a quote to its speaker ("..., said X").
SAY_VERBS = {"say", "add", "state", "note", "explain", "tell", "emphasize", "emphasise",
             "stress", "comment", "remark", "continue"}
# Head nouns that refer back to a body named before ("the Department", "our agency").
GENERIC_ORG_NOUNS = {"company", "department", "agency", "firm", "bank", "organisation",
                     "organization", "group", "ministry", "committee", "office", "bureau",
                     "division", "initiative", "program", "programme", "service", "team",
                     "fund", "government", "council", "commission", "secretariat", "centre",
                     "center", "institute", "court", "board", "administration", "unit",
                     "foundation", "association", "university", "summit", "task", "force",
                     "panel", "network", "authority", "coalition", "alliance", "consortium",
                     "taskforce"}
# Generic nouns that may stand for any body named before, whatever its name ("the company").
ANY_BODY_NOUNS = {"company", "firm", "group", "organisation", "organization"}
# Of these, the nouns for a business: "the company" is the body with a legal form (Inc., LLC).
COMPANY_NOUNS = {"company", "firm"}
# Determiners that make a generic noun refer back ("the agency", "this office", "our team").
REFERRING_DETERMINERS = {"the", "this", "our"}
# Nouns of people acting for a body ("task force representatives", "members of the Committee").
MEMBER_NOUNS = {"representative", "member", "official", "staff", "leader", "officer", "agent",
                "employee", "expert", "team", "delegation", "participant", "owner", "operator"}
# Prepositions linking members to their body ("members of", "experts from").
MEMBERSHIP_PREPOSITIONS = {"of", "from"}
# Possessives by which a speaker names their own body ("our office", "my agents").
OWN_POSSESSIVES = {"our", "my"}
# Pronouns that take the last person named ("he will ...").
PERSON_PRONOUNS = {"he", "she", "his", "her", "him"}
# Pronouns that take the speaker's organisation in a quote ("we will ...").
WE_PRONOUNS = {"we", "us", "our"}
# Prepositions that open a title's complement: "the Minister" names the "Minister for Health".
TITLE_COMPLEMENTS = {"of", "for", "to", "at", "in"}
# Pronouns that take the speaker of a quote, else the person a statement's header names.
I_PRONOUNS = {"i", "me", "my"}
# Nouns of parties that act, beside the title, body, member and person nouns: a subject with
# another common noun as head is a thing ("the payment to X", "the X website"), whose names
# are not its actor.
PARTY_NOUNS = {"subsidiary", "affiliate", "parent", "partner", "contractor", "vendor",
               "supplier", "operator", "provider", "grantee", "recipient", "awardee",
               "defendant", "plaintiff", "applicant", "shareholder", "lender", "buyer", "seller",
               "police", "troop", "crew", "government", "regulator", "prosecutor", "lawyer",
               "counsel", "attorney", "investigator", "inspector", "auditor", "researcher",
               "scientist", "teacher", "doctor", "officer", "manager", "executive", "employer",
               "firm", "company", "side", "party", "personnel", "entity", "distributor",
               "dealer", "everyone", "anyone"}

# Lines in capitals of a media advisory that are no event: the advisory's own label and the
# press-access notes under an event ("OPEN PRESS", "CLOSED TO MEDIA", "OPEN TO PRE-CREDENTIALED
# MEDIA").
ADVISORY_LABEL_WORDS = ("ADVISORY",)
PRESS_ACCESS_OPENINGS = ("OPEN", "CLOSED")

# --- Actors and times ----------------------------------------------------------------------

# Verbs that report what the parties of a meeting settled together, in the past ("We agreed
# to ...", "We reaffirmed our commitment to ..."): a "we" of several parties.
JOINT_DECISION_VERBS = {"agree", "reaffirm", "reiterate", "decide", "resolve"}
# Adverbs that make a "we" a joint one ("Together we will ...").
TOGETHER_WORDS = {"together", "jointly", "collectively"}
# Words of a time expression that names the past relative to its text ("last year",
# "yesterday", "two weeks ago", "over the past month"): never when a planned action happens.
PAST_DEICTIC_WORDS = {"last", "yesterday", "ago", "past", "previous", "earlier"}
# Verbs of a court event whose passive subject stays the actor ("Acme will be sentenced by
# Judge X": Acme), as the defendant is of "will be sentenced on ...".
COURT_EVENT_VERBS = {"sentence", "arraign", "try", "hear"}
# Sources of evidence that tell an offence ("the investigation revealed that", "according to the
# indictment") (lemmas).
EVIDENCE_NOUNS = {"investigation", "evidence", "record", "document", "indictment", "complaint",
                  "charge", "information", "affidavit", "testimony", "trial", "filing"}
# Adverbs that mark a clause as an allegation ("allegedly planned to").
ALLEGING_ADVERBS = {"allegedly", "reportedly", "purportedly"}
# Prepositions of a deadline inside a commitment ("committed to publishing it before the vote").
DEADLINE_PREPOSITIONS = {"before", "by", "within", "until"}
# Nouns of a span of time, for a deadline ("within the 18-month timeframe") (lemmas).
TIME_NOUNS = {"timeframe", "period", "deadline", "end", "quarter", "season", "term"}
# Subordinators of a temporal clause whose present tense points ahead ("when he is sentenced").
TEMPORAL_MARKS = {"when", "after", "before", "once", "until"}
# Nouns whose "of" phrase names the event remembered ("the 15th anniversary of June 3"): a date
# there is that event's, not when the remembering happens.
COMMEMORATION_NOUNS = {"anniversary", "commemoration", "remembrance", "memory", "memorial"}
# --- Extents, effects and agreed relief ----------------------------------------------------

# Openers of a closing comment on the rule an action follows (", consistent with the
# requirements of ...", ", in accordance with ..."): not part of the action.
COMPLIANCE_OPENERS = (("consistent", "with"), ("in", "accordance", "with"), ("pursuant", "to"),
                      ("in", "keeping", "with"), ("in", "line", "with"), ("as", "required"))
# Pronouns that may stand for a thing as subject of an impact verb ("they will save lives").
THING_PRONOUNS = {"they", "it"}
# Endings of nouns that mostly name who does something ("inspector", "manager", "analyst"):
# no thing for a pronoun to stand for.
AGENTIVE_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")
# Nouns of a project's milestone that a participle "expected in/by <date>" dates ("with
# completion expected in 2028", "its opening, expected by March"): an expected event.
MILESTONE_NOUNS = {"completion", "opening", "launch", "publication", "delivery", "commencement",
                   "groundbreaking", "rollout", "reopening"}
# Prepositions of the date a milestone is expected for.
EXPECTED_DATE_PREPOSITIONS = {"in", "by", "on"}
# Nouns of an act that an agreement "provides for" ("the decree provides for the appointment
# of a monitor"): agreed relief, an action (lemmas).
RELIEF_ACT_NOUNS = {"appointment", "creation", "establishment", "installation", "hiring",
                    "training", "payment", "removal", "construction", "restoration",
                    "divestiture", "sale", "monitoring", "development", "implementation",
                    "forfeiture", "cooperation", "excavation", "treatment", "cleanup",
                    "remediation", "reimbursement", "repayment", "disgorgement", "demolition",
                    "replacement"}
# Verbs by which an agreement holds an act ("the agreement includes a payment of ...").
INCLUDING_VERBS = {"include", "require", "mandate"}
# Verbs of a party's assent to an act noun ("agreed to the forfeiture of ...").
ASSENT_VERBS = {"agree", "consent", "commit"}
# Verbs of a party's pledge of an act noun ("has pledged its cooperation in ...").
PLEDGE_VERBS = {"pledge", "promise"}
# Head nouns of a local polity ("Pine County", "the City of Springfield"): a party of its own,
# which a federal speaker does not speak for (unlike "the United States").
LOCAL_POLITY_NOUNS = {"county", "city", "town", "village", "township", "borough", "parish",
                      "municipality"}
# Determiners that make "defendants" refer back to the parties named ("the defendants",
# "these defendants", "both defendants"), unlike a count or "other defendants".
DEFENDANT_DETERMINERS = {"the", "these", "this", "both"}
# Words of the titles of those who announce, judge or prosecute a case ("Assistant Attorney
# General", "U.S. District Judge", "Special Agent in Charge"): not a party to it.
OFFICIAL_TITLE_WORDS = {"attorney", "judge", "agent", "prosecutor", "magistrate", "inspector",
                        "commissioner", "secretary", "administrator", "counsel", "director",
                        "marshal", "investigator", "solicitor"}

# round K (k1)
# Words of a hope under which a "will" clause is a hoped-for outcome, not a plan ("we are
# hopeful that a settlement will be reached", "it is our hope that X will ...") (lemmas).
HOPE_WORDS = {"hope", "hopeful", "hopefully", "wish", "pray", "prayer"}
# Nouns of a court's own decision that binds a party ("the injunction order requires X to",
# "a final judgment requiring X to"): terms a court imposed, not a plan the party agreed to.
COURT_ORDER_NOUNS = {"injunction", "judgment", "judgement", "order", "ruling", "verdict",
                     "opinion"}
# Modifiers that make a court's order the parties' agreed terms ("the proposed final
# judgment", "a consent order", "the stipulated order"): those stay.
AGREED_ORDER_WORDS = {"proposed", "consent", "agreed", "stipulated", "settlement", "plea",
                      "negotiated"}
# Modifiers of an order that a government, not a court, issues ("the Executive Order requires
# the task force to report ..."): a directive, which may announce a plan.
EXECUTIVE_ORDER_WORDS = {"executive", "presidential", "ministerial", "administrative",
                         "secretarial"}

# round K (k2)
# Adjectives of a named actor's readiness with a to-infinitive ("is prepared to", "stands ready
# to"): an intention (GUIDELINES).
READINESS_WORDS = {"ready", "prepared", "poised"}
