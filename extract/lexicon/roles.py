"""Words the title-phrase cues and the role constructions rely on (people read the title
cues too, through `extract.titles`). General English only."""
from __future__ import annotations

from extract.lexicon import TITLE_HEADS

# Prepositions that link a title to the body it is held at ("Director of the FBI", "Head of
# Care at Diabetes UK", "Senior Fellow with the Center").
ORG_PREPS = frozenset({"of", "at", "for", "with", "in", "from"})
# Of these, the ones that end a title phrase whatever follows ("Counsel at Acme").
PREPS_ENDING_TITLE = frozenset({"at", "with", "from"})
# Prepositions before an organisation that right precedes a name ("Director of the FBI X").
PREPS_BEFORE_NAMED_ORG = frozenset({"of", "for", "at"})
# Small words inside one title phrase ("Minister for Trade and Industry").
INNER_PREPS = frozenset({"of", "for", "in", "on", "and", "&", "to"})
# Words a prenominal title may hold between its capitalised words ("Attorney General for the
# District of Columbia Eric Holder").
PRENOMINAL_JOINERS = frozenset({"in", "of", "for", "and", "the"})
# Prepositions that open a title's complement ("Special Agent in Charge", "U.S. Attorney for
# the District").
COMPLEMENT_PREPS = frozenset({"in", "for", "of"})
# Prepositions that open a portfolio or a place ("Minister for Trade", "Ruler of Fujairah").
PORTFOLIO_PREPS = frozenset({"of", "for"})
# Title heads that are postposed parts of one title ("Attorney General", "Chief Executive
# Officer"): on a header line they do not start a second title.
POSTPOSED_TITLE_PARTS = frozenset({"general", "officer", "counsel", "executive", "agent",
                                   "member", "board", "partner", "lead", "in", "chief"})
# A title head that starts a second title in a run ("Minister for Foreign Affairs Minister
# for Women").
SPLIT_HEADS = frozenset(TITLE_HEADS - POSTPOSED_TITLE_PARTS)
# Words that qualify a title in time or status ("former Director", "Acting Administrator").
QUALIFIERS = frozenset({"former", "acting", "interim", "then", "retired", "late", "incoming",
                        "outgoing"})
DASHES = frozenset({"-", "–", "—"})
# Determiners a title phrase may start after ("the CEO", "its Director").
TITLE_DETERMINERS = frozenset({"the", "a", "an", "its", "their"})
ARTICLES = frozenset({"the", "a", "an"})
# What may open the phrase of a title before ", Name" ("The Head of ..., Mr. X", "our
# Director, X"); after other words ("said the Minister, X") the title is not the name's.
TITLE_PHRASE_OPENERS = frozenset({"the", "a", "an", "our", "its"})
# Abbreviated countries written inside titles ("U.S. Attorney").
COUNTRY_ABBREVIATIONS = frozenset({"U.S.", "U.K."})
# Words that may stand between an honorific and a name or before it ("H.E. the Hon. X").
HONORIFIC_LEADS = frozenset({"h.e.", "the"})
# "Name, who serves as Title" / "Name, the served ...": the verb forms skipped before a title.
SERVE_FORMS = frozenset({"serves", "served"})
RELATIVE_OPENERS = frozenset({"who", "the"})
# Prepositions after a title-linking verb that introduce the title ("appointed as CEO",
# "promoted to Director").
TITLE_LINK_PREPS = frozenset({"as", "to"})
# Reporting verbs that may follow "Name, Title, Org" and still close the apposition.
REPORTING_VERBS = frozenset({"say", "add", "note", "explain", "comment"})
# Pronouns an "as <Title>, he ..." clause gives a title to.
PERSONAL_PRONOUNS = frozenset({"he", "she"})
# Possessive endings ("the agency's Director").
POSSESSIVES = frozenset({"'s", "’s"})
# A possessive, also the bare apostrophe after a final s ("Minister Reynolds' Office").
POSSESSIVE_ENDS = POSSESSIVES | {"'", "’"}
MAX_TITLE = 12  # tokens: a title phrase longer than this is a sentence, not a title
COORDINATORS = frozenset({"and", "&"})
# What opens an apposition after a name ("Name, Title", "Name (Title, Org)").
APPOSITION_OPENERS = frozenset({",", "("})
# What links a name to the title after it (", Chief Brand Officer", " as Group CFO").
TITLE_LINKS = frozenset({",", "as"})
# Lower-case words a title may hold among its first words ("Head of Unit").
TITLE_INNER_WORDS = frozenset({"of", "for", "and"})
# Prepositions after a title whose object is its organisation ("CEO of BioMed X").
TITLE_OBJECT_PREPS = frozenset({"of", "at"})
# Legal suffixes of company names: "CEO of Montauk" names "Montauk Renewables, Inc." by its
# first words.
LEGAL_SUFFIXES = frozenset({"inc", "ltd", "llc", "plc", "lp", "llp", "corp", "co", "gmbh", "ag",
                            "sa", "nv", "bv", "pty", "limited", "incorporated", "corporation"})
# Verbs whose subject body gives the title to their object ("X appoints Y as CEO", "X is
# pleased to announce Y as its new CPO").
APPOINTING_VERBS = frozenset({"appoint", "name", "announce", "welcome", "hire", "promote",
                              "select", "elect", "nominate", "designate", "tap"})
# Clause links climbed from such a verb to the clause that has the subject ("is pleased to
# announce", "announced it has appointed").
CLAUSE_LINKS = frozenset({"xcomp", "ccomp", "acomp", "advcl", "conj"})
# Nouns and verbs that say a person leads a body, after a titled name ("Assistant Attorney
# General X, head of the Civil Rights Division", "... X in charge of the Antitrust Division").
LEADER_NOUNS = frozenset({"head", "chief", "leader"})
LEADING_VERBS = frozenset({"heads", "leads", "oversees", "runs", "directs"})
# Auxiliaries of a perfect tense before "served as" ("Name, who has served as CEO").
PERFECT_AUXILIARIES = frozenset({"has", "had", "have"})
# Time adverbs that may open an apposed title ("Name (formerly CFO of X)", "Name, currently
# Director of Y").
TIME_ADVERBS = frozenset({"formerly", "previously", "recently", "currently", "now"})
# Adjectives of succession between an owner's possessive and a title ("Norway's next Ambassador").
SUCCESSION_WORDS = frozenset({"new", "next", "first", "incoming"})
# Participles that say a titled person leads a body ("X, led by Title Name", "headed by"); not
# "chaired by": a chair holds the title elsewhere ("the Council, chaired by the Minister").
LED_VERBS = frozenset({"led", "headed", "directed"})
# Auxiliaries of a passive before such a participle ("X will be led by", "is being headed by").
PASSIVE_AUXILIARIES = frozenset({"is", "was", "are", "were", "be", "been", "being", "will",
                                 "would", "shall", "to", "has", "have", "had"})
# Group nouns a body's leader is said to lead ("the Org's team led by Title Name").
GROUP_NOUNS = frozenset({"team", "unit", "group", "delegation", "squad", "panel"})
# Governing bodies that appoint for the body that owns them ("Acme's Board of Directors").
BOARD_NOUNS = frozenset({"board", "directors", "trustees", "shareholders", "governors"})
# "Title Name will lead the Org": the verbs (as lemmas) and the auxiliaries before them.
LEADING_LEMMAS = frozenset({"lead", "head", "direct", "oversee"})
LEADING_AUXILIARIES = frozenset({"will", "shall", "would", "now", "also", "currently", "to",
                                 "continue", "continues"})
# A body's local unit named after the body ("..., Chicago Regional Office", "..., Field Office").
FIELD_UNIT_HEADS = frozenset({"office", "division"})
FIELD_UNIT_KINDS = frozenset({"field", "regional", "area", "resident", "district"})
# Prepositions before the place of a post ("Ambassador to Chile", "Consul-General in Osaka").
PLACE_POST_PREPS = frozenset({"to", "in", "of"})
# Nouns of a post a possessive pronoun owns ("his role as CFO", "in her capacity as Chair").
ROLE_NOUNS = frozenset({"role", "capacity", "position", "post"})
# Nouns of working for a body that are a role only with the body's name before them ("former
# Acme employees A and B"); alone ("an employee") they say no post.
STAFF_NOUNS = frozenset({"employee", "employees"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her"})
# Verbs (lemmas) of running a body, beside LEADING_LEMMAS ("where she managed the Division").
MANAGING_LEMMAS = frozenset({"manage", "run", "supervise", "command"})
# Verbs of meeting someone: "met with Captain X at Camp Y" says where, not whose officer.
MEETING_LEMMAS = frozenset({"meet", "visit", "see", "speak", "talk", "confer", "dine",
                            "greet", "interview", "encounter"})
# Quotation marks: a sentence holding one reports speech.
QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``"})
# Court verbs of a release's lede ("A former treasurer pleaded guilty ...") whose next use
# with a named subject introduces the person the lede describes.
COURT_LEMMAS = frozenset({"plead", "sentence", "convict", "indict", "charge", "arrest", "admit",
                          "agree", "find", "extradite", "arraign"})
LEDE_SENTENCES = 3  # the lede is among the first sentences (headline, dateline, lede)
DESCRIPTION_REACH = 4  # sentences after the lede in which the described person is named
MAX_RESIDENCE = 8  # tokens of "of Town, State," between a name and its apposed title
MAX_LIST = 6  # names in a list that share one plural title ("Trial Attorneys A, B and C")
# Words between a list of names and the plural title they share ("A and B, both former owners").
LIST_TITLE_OPENERS = frozenset({"the", "all", "both", "each"})
