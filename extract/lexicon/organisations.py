"""Words only the organisation constructions read: what may sit inside a body's name, what
ends one, and what marks a phrase as a place, an address, an event or a thing of a body.

General vocabulary only; the lists shared with people and roles (heads of organisation names
and of titles, honorifics, particles) stay in `extract.lexicon`.
"""
from __future__ import annotations

from extract.lexicon import (
    GROUP_HEADS,
    NON_ORG_HEADS,
    ORG_HEADS,
    PERSON_PARTICLES,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)

# Words that join the parts of one name ("Department of Justice", "Research and Development").
NAME_CONNECTORS = {"of", "for", "on", "and", "&"}
# "and" / "&": joining two parts, or two bodies.
AND_WORDS = ("and", "&")
# Joiners of the last item of a capitalised list ("Chemical, Biological and Nuclear").
LIST_JOINERS = ("and", "&", "or")
# Separators between the items of a list of names sharing one plural head.
ITEM_SEPARATORS = (",", "and", "&")
# Lowercase words that occur inside organisation names.
NAME_PARTICLES = {"of", "for", "on", "and", "the", "in", "de", "du", "des", "la", "le", "von",
                  "van", "der", "y", "e", "di", "da", "del", "at", "to", "und", "et"}
IN_NAME_WORDS = NAME_PARTICLES | PERSON_PARTICLES  # lower-case words a name may hold
# Capitalised words that may follow a head in a name ("Service Group", "Reserve System").
HEAD_RUN = ORG_HEADS | {"system"}
# Function words: skipped when spelling initials, trimmed from the edges of a tagger's name.
FUNCTION_WORDS = {"of", "for", "on", "and", "the", "&", "in", "to", "at"}
# Head nouns written abbreviated ("Ohio Dept. of Health"): one word with their period, as the
# tokenizer keeps "Inc."; `ORG_HEADS` holds them with the period.
ABBREVIATED_HEADS = frozenset({"dept", "depts", "assn", "univ"})
# Prepositions before a town named with its state ("from Tempe, Ariz."): a place, not a body.
RESIDENCE_PREPOSITIONS = ("from", "of", "in", "near")
# Articles that open an apposition ("Acme, the company").
ARTICLES = ("the", "a", "an")
# Determiners that open an apposition saying what a name is ("Acme, its trucking business").
APPOSITION_DETERMINERS = ARTICLES + ("its", "their")
# Determiners between "as" / "," and a title ("Jane Roe as its Chief Executive").
TITLE_DETERMINERS = ("the", "a", "an", "its", "our")
# The possessive clitic as the tokenizer splits it.
POSSESSIVE_MARKS = ("'s", "’s")
# Words that introduce a body's other name ("Coordination Teams, known as ACTeams").
KNOWN_AS = ("known", "as")
ALSO_KNOWN_AS = ("also", "known", "as")
# Honorifics of a minister whose office is named after them ("Office of the Hon. X MP").
MINISTER_HONORIFICS = ("hon", "honourable", "honorable")
# Prepositions that tie a title to its body ("Chief Executive Officer of X", "Head at X").
TITLE_PREPOSITIONS = ("of", "at")
# Prepositions that tie a title to its portfolio ("Minister for Industry").
PORTFOLIO_PREPOSITIONS = ("for", "of")
# Prepositions after a bare unit head ("Secretariat of the X Initiative").
UNIT_PREPOSITIONS = ("of", "for")
# Words that link a name to the title after it ("Jane Roe as Chief", "Jane Roe, Chief").
TITLE_LINKS = ("as", ",")
# Heads that alone, or with these modifiers only, name no particular body ("the Task Force").
GENERIC_MODIFIERS = {"task", "executive", "steering", "advisory", "review", "working", "special",
                     "select", "standing", "new", "main", "joint", "interagency", "project",
                     "strategic"}
GENERIC_HEAD_WORDS = ORG_HEADS | GENERIC_MODIFIERS
ADDRESS_WORDS = {"st", "st.", "ave", "ave.", "avenue", "street", "road", "rd", "rd.", "blvd",
                 "boulevard", "suite", "floor", "lane", "drive", "square", "plaza", "n.w.",
                 "s.w.", "n.e.", "s.e.", "p.o."}
# A national prefix an undefined acronym may add to a body's initials ("USDA", "UKHSA").
NATIONAL_PREFIXES = ("US", "UK")
# The same, written out before a national body's name, in comparison form ("U.S. Department of
# Labor" is "u s department of labor").
NATIONAL_NAME_PREFIXES = ("u s", "us", "united states", "uk", "united kingdom")
# Abbreviated states, territories and countries that taggers call ORG ("Varsity Lakes, QLD").
PLACE_ACRONYMS = {"NSW", "QLD", "VIC", "TAS", "NT", "ACT", "WA", "US", "USA", "UK", "UAE"}
CONTACT_WORDS = {"contact", "contacts", "enquiries", "inquiries", "email", "tel", "phone",
                 "pdf", "kb", "mb", "www", "http", "https", "download"}
ADDRESS_OR_CONTACT_WORDS = ADDRESS_WORDS | CONTACT_WORDS
# Words of dates that a name never starts or ends with ("Todays Department of Justice").
DATE_WORDS = {"today", "yesterday", "tomorrow", "tonight", "january", "february", "march",
              "april", "june", "july", "august", "september", "october", "november",
              "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
              "sunday"}
# Abbreviated months ("on Aug. 7", "in Sept. 2015"): after a connector they open a date, not a
# complement of a name.
MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                                 "oct", "nov", "dec"})
# Lower-case nouns that a body's name may modify without the phrase being a body: "the USDA
# Farm Loan program", "the Boe and Kainaki declarations".
MODIFIED_THINGS = NON_ORG_HEADS | {
    "program", "programme", "programs", "programmes", "scheme", "grant", "grants", "solicitation",
    "tool", "app", "website", "chapter", "declarations", "agreements", "reports", "plans", "acts"}
# Heads of events and of publications that print notices ("the Community Safety Tour", "the
# Federal Register"): no body acts or has staff under such a name.
EVENT_OR_PUBLICATION_HEADS = {
    "tour", "tours", "ceremony", "ceremonies", "celebration", "parade", "marathon", "expo",
    "exhibition", "gala", "webinar", "symposium", "seminar", "seminars", "roundtable",
    "workshops", "conferences", "summits", "talks", "dialogue", "retreat", "hackathon",
    "register", "gazette", "bulletin", "newsletter"}
# Last words that make a phrase no body: documents, groups of people, a release itself.
NON_BODY_ENDINGS = NON_ORG_HEADS | GROUP_HEADS | EVENT_OR_PUBLICATION_HEADS | {
    "release", "releases"}
# Words that open a name's complement ("Summit on X", "Plan for Y"): the word before is its head.
COMPLEMENT_WORDS = ("of", "for", "on")
# Bodies whose head noun alone, capitalised, names the one body of the text's polity.
LEGISLATURES = {"parliament", "congress", "senate"}
# Heads whose "of" complement is a field, not a group of people: "Department of Justice",
# "Office of Inspector General" (but "Board of Directors", "Council of Governors").
FIELD_HEADS = {"department", "ministry", "office", "bureau", "agency", "administration",
               "secretariat", "directorate"}
# Heads that also name meetings: numbered ("the 9th ... Forum", "the annual ... Conference")
# or spoken at ("Speaking at the ... Forum"), the phrase is one edition of an event.
EVENT_HEADS = {"congress", "forum", "summit", "conference", "convention", "assembly"}
EDITION_WORDS = {"annual", "inaugural", "biennial", "first", "second", "third", "fourth",
                 "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "next"}
EVENT_VERBS = {"speak", "address", "attend", "participate", "host", "convene", "hold",
               "open", "close", "organise", "organize"}
# Words skipped between an event verb and the event ("speaking at the ...").
EVENT_FILLERS = ("the", "at")
# Common nouns that say what kind of body a name is: "Acme Ltd, the online learning platform".
BODY_NOUNS = {"company", "platform", "firm", "corporation", "organisation", "organization",
              "agency", "provider", "startup", "start-up", "charity", "nonprofit", "non-profit",
              "franchisor", "developer", "manufacturer", "maker", "operator", "retailer",
              "distributor", "contractor", "subsidiary", "conglomerate", "bank", "insurer",
              "lender", "university", "institute", "publisher", "broadcaster", "airline",
              "supplier", "producer", "consultancy", "business"}
# Words of a bare title, which names a position and not a body ("the U.S. Attorney General").
BARE_TITLE_WORDS = TITLE_HEADS | {"of", "the", "u.s.", "deputy", "assistant", "acting", "interim",
                                  "former", "associate", "principal", "senior"}
# Title words that end a phrase which then names a person's position ("Procurement Head").
TITLE_ONLY_HEADS = TITLE_HEADS - ORG_HEADS
# Words after a portfolio ("Agriculture Secretary"): a title or a qualifier of one.
TITLE_WORDS = TITLE_HEADS | TITLE_MODIFIERS
# Heads that end a phrase of the head-noun source or start a second body after "and".
HEAD_OR_TITLE_WORDS = ORG_HEADS | TITLE_HEADS
# Acronyms of things, acts and qualifications that taggers call ORG: a reply ("RSVP"), finance
# and market terms, substances and conditions, file and network terms. No body is named so.
COMMON_ACRONYMS = {
    "rsvp", "faq", "faqs", "asap", "eta", "etf", "etfs", "ipo", "ipos", "gdp", "gnp", "esg",
    "roi", "kpi", "kpis", "nft", "nfts", "reit", "reits", "cpi", "apr", "ebitda", "ev", "evs",
    "lng", "rng", "lpg", "cng", "co2", "ghg", "dna", "rna", "hiv", "aids", "ptsd", "adhd",
    "mdma", "lsd", "thc", "cbd", "icu", "pdf", "url", "usb", "gps", "atm", "api", "saas",
    "suv", "vat", "gst", "ell", "esl", "stem", "diy", "tbd", "tba"}
# Professional credentials and post-nominal honours ("holds a ChFC and CETF", "Name CSC"):
# letters after a person's name, not a body.
CREDENTIALS = {
    "cpa", "cfa", "cfp", "chfc", "clu", "cetf", "caia", "cima", "frm", "cissp", "pmp", "cpcu",
    "mba", "llb", "llm", "jd", "bsc", "msc", "ba", "ma", "bs", "ms", "dphil", "edd", "rn",
    "csc", "dsc", "csm", "dsm", "oam", "psm", "apm", "am", "ao", "ac", "cmg", "kcmg", "gcmg",
    "mvo", "lvo", "cvo", "kbe", "dbe", "gbe", "frs", "freng", "facs", "fracs", "frcp"}
# First words of an academic degree ("Bachelor of Economics", "Master of Science").
DEGREE_WORDS = {"bachelor", "bachelors", "master", "masters", "doctorate", "diploma"}
# Words inside a law's or treaty's name before its acronym ("Convention on International
# Trade in Endangered Species (CITES)").
THING_COMPLEMENTS = ("of", "on", "for", "in", "against", "and", "the", "with")
# Legal-form suffixes of a company's name, normalised ("Inc." -> "inc"): the name without one
# is the same company ("Acme Widgets Inc." / "Acme Widgets").
LEGAL_SUFFIXES = frozenset({"inc", "ltd", "llc", "plc", "lp", "llp", "corp", "co", "gmbh", "ag",
                            "sa", "nv", "bv", "pty", "limited", "incorporated", "corporation",
                            "company", "pllc", "sarl", "srl", "spa", "oy", "ab", "as"})
# Of these, the abbreviations that also name a title or a place ("Illinois AG", "Adelaide SA").
AMBIGUOUS_SUFFIXES = frozenset({"ag", "sa", "as", "ab", "co"})
# Lower-case nouns that, right before a proper name, say it names a firm ("Queensland firm
# Veltrano", "the brokerage firm Acme"). TRADE_NOUNS name a firm there too but also a
# person's trade ("contractor Raymond Azar"): a name the tagger calls a person stays one.
FIRM_NOUNS = frozenset({"company", "firm", "corporation", "startup", "start-up", "charity",
                        "nonprofit", "non-profit", "manufacturer", "subsidiary", "conglomerate",
                        "airline", "drugmaker", "automaker", "carmaker", "chipmaker"})
TRADE_NOUNS = frozenset({"retailer", "distributor", "contractor", "insurer", "lender",
                         "publisher", "broadcaster", "supplier", "consultancy", "wholesaler"})
# Words of a named sub-unit after its body's head, before a place or an ordinal ("Coast Guard
# Sector Mobile", "Air Force Station Cape Cod").
UNIT_QUALIFIERS = frozenset({"sector", "district", "region", "station", "area", "command",
                             "detachment", "post", "zone", "squadron", "wing", "battalion"})

# Nouns of a kind of body before "called"/"named" and its name ("a business called Acme
# Tax", "an organization named Harbor Quest").
CALLED_BODY_NOUNS = FIRM_NOUNS | {"business", "organization", "organisation", "entity",
                                  "partnership", "group", "agency", "association", "bank"}
NAMING_VERBS = ("called", "named")

# What introduces a company's trade name: "doing business as", "d/b/a", "dba".
TRADE_NAME_CUES = (("doing", "business", "as"), ("does", "business", "as"),
                   ("do", "business", "as"), ("dba",), ("d", "/", "b", "/", "a"))
# Words between a company's name and the cue ("Acme Inc., which does business as").
TRADE_NAME_GAP = (",", "which", "formerly", "(", "also", "that")

# Heads of a named unit that a release writes after its parent and a comma ("U.S. Secret
# Service, Denver Field Office", "Department of Labor, Wage and Hour Division").
UNIT_HEADS = frozenset({"office", "division", "section", "branch", "unit", "directorate",
                        "administration", "bureau", "center", "centre"})
# Heads of a unit named after its parent's acronym ("(HHS-OIG) Dallas Region", "(IRS)
# Criminal Investigative Division"); not "Center": a list may run on into a body of its own.
ACRONYM_UNIT_HEADS = frozenset({"office", "division", "region", "section", "branch", "unit",
                                "bureau"})
# Words that say what kind of unit, not which ("Field Office", "Regional Office").
FIELD_KINDS = frozenset({"field", "regional", "area", "resident", "district"})

# US state, district and territory postal codes, and Canadian province codes: after "City, "
# (a dateline, an address) they name a place, never a body.
PLACE_CODES = frozenset("""
al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm
ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy pr gu vi
ab bc mb nb nl ns nt nu on pe qc sk yt
""".split())
# Nouns for a polity that a text capitalises when it means one ("the State will match it",
# "the Commonwealth"): alone they name a place or polity, not a body (guidelines).
POLITY_NOUNS = frozenset({"state", "states", "commonwealth", "territory", "territories",
                          "nation", "province", "country", "republic", "kingdom"})
# Titles of a firm's officers: the capitalised name right before one is the firm's, not a
# portfolio ("Kestrel CEO Jane Roe", but "Agriculture Secretary Tom Vilsack").
CORPORATE_TITLES = frozenset({"ceo", "cfo", "coo", "cto", "cio", "cmo", "chro", "founder",
                              "co-founder", "cofounder", "chairman", "chairwoman", "president",
                              "vp", "evp", "svp"})
# Words that open a title inside a tagger's name ("Nimbus Chief Financial" + "Officer").
TITLE_STARTERS = frozenset({"chief", "vice", "deputy", "assistant", "associate", "acting",
                            "interim", "former", "senior", "executive", "managing",
                            "founding", "non-executive"}) | CORPORATE_TITLES
# Words counting the plural head after them ("several Regional Boards"): a set of bodies.
QUANTIFIERS = {"several", "many", "all", "both", "various", "numerous", "multiple", "some",
               "other", "few", "dozens", "hundreds", "two", "three", "four", "five", "six",
               "seven", "eight", "nine", "ten", "each", "these", "those"}
# Lower-case words inside a law's or plan's title ("Act to Prevent Pollution from Ships").
TITLE_JOINERS = {"to", "from", "of", "for", "and", "on"}
# Trade words before a company's legal form that its short name drops ("Acme Hill Publishing
# Company" is "Acme Hill").
TRADE_WORDS = frozenset({"publishing", "publishers", "holdings", "industries", "enterprises",
                         "technologies", "shipping", "manufacturing", "pharmaceuticals",
                         "brands", "hospitality", "software", "systems", "solutions",
                         "communications", "media", "foods", "consulting", "properties",
                         "logistics", "entertainment", "motors", "airlines", "energy", "line",
                         "lines"})


# round K (k4)
# Names of the US states and territories, as a county's office writes them after its county
# ("the Shelby County, Tennessee Sheriffs Office"), lower-case.
US_STATE_NAMES = frozenset("""
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming guam
""".split()) | {"new hampshire", "new jersey", "new mexico", "new york", "north carolina",
                "north dakota", "rhode island", "south carolina", "south dakota", "west virginia",
                "puerto rico"}
# Verbs whose object is the payer a claim is made on ("billed Medicare", "defrauded TRICARE"),
# and the nouns and verbs a payer follows "to" after ("claims to Medicaid", "submitted to X").
BILLING_VERBS = frozenset({"bill", "defraud", "overbill", "invoice"})
CLAIM_WORDS = frozenset({"claim", "claims", "submit", "bill", "billing", "billings", "invoice",
                         "invoices"})
# Verbs whose passive agent is the payer ("reimbursed by Medicare", "paid by Medicaid").
PAYING_VERBS = frozenset({"pay", "reimburse"})
# Words that open a post's title and never a body's name ("Senior", "Acting", "Former"): before
# a body's name that a title and a name follow they qualify the post ("Senior U.S. District
# Court Judge Jo Roe").
POST_OPENERS = frozenset({"acting", "former", "senior", "interim", "deputy", "assistant",
                          "associate", "principal", "supervisory", "retired"})


# round L (l1)
# Unit heads after "<Body> (<ACR>)" beyond ACRONYM_UNIT_HEADS: "(NCIS) Atlantic Operations".
ACRONYM_UNIT_HEADS_MORE = frozenset({"operations"})
# Unit heads a release may write in lower case after a place: "(HSI) Denver office".
LOWER_UNIT_HEADS = frozenset({"office", "division"})
