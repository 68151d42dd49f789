"""Closed word lists the rules rely on: general English and press-release vocabulary only.

Nothing here names a particular person, organisation or document: the lists are the heads and
markers that any press release uses (honorifics, title head nouns, organisation head nouns).
Lists shared by several components live here; lists one fact kind uses live beside it
(`extract/lexicon/<kind>.py`), so that every word the rules rely on is under this folder.
"""
from __future__ import annotations

# Letters after a name, not part of it: degrees, honours, parliamentary seats, generations.
POST_NOMINALS = {"mp", "mla", "mep", "msp", "mpp", "td", "qc", "kc", "phd", "mbe", "obe", "cbe",
                 "esq", "md", "jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
# Lower-case particles inside personal names ("Jamal bin Huwaireb", "Ursula von der Leyen"),
# also inside the names of bodies named after a person.
PERSON_PARTICLES = {"bin", "bint", "binti", "ibn", "al", "el", "van", "von", "de", "del", "della",
                    "da", "di", "du", "der", "den", "la", "le", "dos", "das", "y", "ter", "ten"}
# Courtesy titles that are not positions: stripped from names, kept as Person.honorific.
HONORIFICS = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "madam", "mme",
    "h.e.", "hon", "honourable", "honorable", "rev", "reverend", "lord", "lady", "sheikh",
    "messrs", "excellency", "highness",
}

# Head nouns of positions: a title phrase contains one of these.
TITLE_HEADS = {
    "director", "minister", "head", "officer", "commissioner", "ambassador", "chair", "chairman",
    "chairwoman", "chairperson", "president", "secretary", "attorney", "judge", "agent", "chief",
    "manager", "counsel", "spokesperson", "spokesman", "spokeswoman", "senator", "representative",
    "governor", "mayor", "prosecutor", "inspector", "administrator", "coordinator", "adviser",
    "advisor", "executive", "founder", "co-founder", "ceo", "cfo", "coo", "cto", "cio", "chro",
    "cmo", "partner", "professor", "premier", "treasurer", "leader", "sheriff", "commander",
    "captain", "economist", "scientist", "editor", "owner", "principal", "dean", "rector",
    "chancellor", "superintendent", "marshal", "trustee", "delegate", "envoy", "consul",
    "attaché", "lieutenant", "colonel", "general", "admiral", "sergeant", "detective",
    "investigator", "analyst", "researcher", "fellow", "member", "board", "vice-president",
    "staffer",
    "vp", "evp", "svp", "lawyer", "solicitor", "barrister", "magistrate", "justice", "clerk",
    "auditor", "comptroller", "controller", "registrar", "rapporteur", "expert", "officer",
    "engineer", "specialist", "consultant", "lead", "mp", "mep", "congressman", "congresswoman",
    "speaker", "whip", "councillor", "councilor", "alderman", "deputy", "assistant", "associate", "officials", "official", "architect",
    "designer", "producer", "strategist", "physician", "surgeon", "nurse", "pastor", "bishop",
    "doctor", "medic", "paramedic", "pharmacist", "dentist", "midwife", "psychiatrist",
    "president-elect", "secretary-general", "director-general", "under-secretary", "ruler",
}
# Words that may qualify a title without being one ("Deputy Director", "Acting Administrator").
TITLE_MODIFIERS = {
    "deputy", "assistant", "associate", "acting", "interim", "former", "senior", "junior",
    "principal", "special", "chief", "vice", "executive", "general", "managing", "permanent",
    "first", "second", "trial", "lead", "co", "joint", "regional", "national", "federal", "state",
    "district", "u.s.", "us", "foreign", "prime", "supervisory", "independent", "non-executive",
    "founding", "group", "global", "project", "programme", "program", "country", "then",
}
# Positions that read as a rank before a name ("Attorney General Eric Holder").
PRENOMINAL_TITLES = TITLE_HEADS | {"agriculture", "defense", "defence", "health", "state"}

# Head nouns of organisation names.
ORG_HEADS = {
    "ministry", "department", "agency", "committee", "commission", "secretariat", "institute",
    "institution", "centre", "center", "centres", "centers", "service", "services", "programme",
    "program", "office",
    "bureau", "council", "court", "division", "unit", "authority", "administration", "board",
    "bank", "university", "college", "school", "academy", "association", "federation", "union",
    "organisation", "organization", "foundation", "fund", "trust", "corporation", "company",
    "group", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "lp", "llp", "corp", "corp.", "co.",
    "gmbh", "ag", "sa", "society", "council", "parliament", "assembly", "senate", "congress",
    "cabinet", "police", "force", "forces", "army", "navy", "guard", "network", "alliance",
    "coalition", "partnership", "initiative", "team", "taskforce", "section", "branch",
    "directorate", "inspectorate", "tribunal", "observatory", "laboratory", "laboratories",
    "hospital", "clinic", "museum", "library", "forum", "chamber", "party", "mission",
    "delegation", "embassy", "consulate", "reserve", "exchange", "holdings", "industries",
    "systems", "technologies", "solutions", "partners", "hospitality", "capital", "media",
    "press", "news", "times", "post", "journal", "brands", "resources", "labs", "pharma",
    "therapeutics", "communications", "consortium", "cooperative", "nations", "facility",
    "registry", "headquarters", "panel", "station", "patrol", "marshals", "commissioners",
    "dept.", "depts.", "assn.", "univ.",  # abbreviated heads, one word with their period
}
# Nouns that head names of documents, plans, laws and events: never organisations.
NON_ORG_HEADS = {
    "roadmap", "plan", "plans", "strategy", "report", "act", "law", "bill", "treaty",
    "agreement", "convention", "declaration", "statement", "summit", "meeting", "conference",
    "workshop", "award", "awards", "prize", "day", "week", "month", "year", "festival",
    "campaign", "policy", "framework", "charter", "protocol", "resolution", "regulation",
    "order", "memorandum", "review", "study", "survey", "index", "guidelines", "code",
    "constitution", "amendment", "rule", "rules", "directive", "edition", "session", "games",
    "olympics", "cup", "championship", "war", "pandemic", "virus", "disease", "budget",
    "standard", "standards",
}
# Plural title heads: "the Heads of the Secretariats" is a group of people, not a body.
GROUP_HEADS = {
    "heads", "directors", "ministers", "members", "leaders", "officials", "representatives",
    "participants", "experts", "staff", "officers", "employees", "agents", "judges",
    "secretaries", "chairs", "ambassadors", "delegates", "partners", "stakeholders",
}

# Verbs whose subject is someone given a position ("Sonal Sinha has been appointed as the CEO"):
# a capitalised subject of one of them is a person.
APPOINTMENT_VERBS = {"appoint", "name", "elect", "promote", "hire", "designate", "nominate",
                     "select", "become", "serve", "join", "succeed", "replace"}
# Verbs that link a person to the title that follows ("X was named Director", "X serves as
# Chief", "X will continue as Chair"): the object or attribute is the person's title.
TITLE_LINK_VERBS = {"appoint", "name", "elect", "promote", "hire", "designate", "nominate",
                    "select", "serve", "become", "join", "continue", "remain", "act"}
