"""Words only the people constructions use. General English only: no rule names a person."""
from __future__ import annotations

# Words that open a candidate name but are not part of it ("Media contact: X", "Dear X").
LEAD_WORDS = frozenset({"the", "contacts", "contact", "media", "dear", "by", "from", "and"})
# Capitalised words the tagger takes for names that never are people's names.
NOT_NAMES = frozenset({"god", "covid", "covid-19", "twitter", "facebook"})
# Heads of buildings named after a person ("James I. Dawson Cooperative Extension Building").
VENUE_HEADS = frozenset({"building", "hall", "auditorium"})
# Organisation head nouns that are also family names ("Bank"): they do not veto a name.
ORG_HEADS_IN_NAMES = frozenset({"bank"})
# Honorifics written without their final dot ("H.E").
DOTLESS_HONORIFICS = frozenset({"h.e.", "h.e"})
# Endings of a possessive cut from a name ("Vilsack's", "Jones'").
POSSESSIVE_ENDINGS = frozenset({"'s", "’s", "'", "’"})
# Hyphens that join two capitalised parts of one name ("In-Sik", "Blanco-Diaz").
NAME_HYPHENS = frozenset({"-", "‐"})
# Title heads that are titles only after another title word or a country ("Attorney General",
# "U.S. Marshal"); alone they are a given name ("Marshal Morgan") or an adjective ("General
# Security Agreement").
RANKS_NEEDING_A_TITLE = frozenset({"general", "generals", "marshal"})
# Royal styles before a name, stripped like an honorific ("Prince Zeid ..."); people only, so
# a body named after a royal ("Prince's Trust") is read as before.
ROYAL_STYLES = frozenset({"prince", "princess"})
# Malay and Bruneian styles of honour written before a name ("Pehin", "Dato'", "Datuk Seri"):
# stripped like an honorific; people only. "Seri"/"Sri" counts only after one of them.
MALAY_STYLES = frozenset({"pehin", "dato", "datuk", "datin"})
MALAY_STYLE_SECONDS = frozenset({"sri", "seri"})
# Two-word styles whose first word alone is no style ("Tan Sri", "Puan Sri", "Toh Puan").
MALAY_STYLE_PAIRS = frozenset({("tan", "sri"), ("puan", "sri"), ("toh", "puan")})
# Last words of firms, publishers and documents shaped like personal names ("Hale & Rivers
# LLP", "Brook Hale Studios", "Kestrel Publishing", "the Oil Record Book").
FIRM_AND_DOCUMENT_WORDS = frozenset({"llp", "pllc", "llc", "publishing", "publishers", "studios",
                                     "studio", "book", "books", "productions", "pictures"})
# Labels of a contact block that an archive glued to the name after them ("Contact
# DetailsJane Doyle"): cut from the name.
GLUED_LABELS = ("Details", "Contacts", "Contact", "Enquiries", "Inquiries", "Information")
# Lines that head a contact block: the name on the next line is a person's.
CONTACT_LABELS = frozenset({"contact", "contacts", "media contact", "media contacts",
                            "press contact", "press contacts", "press office", "media office",
                            "media enquiries", "media inquiries", "press enquiries",
                            "press inquiries", "contact details", "for media enquiries",
                            "for media inquiries", "media", "press"})
# Quotes around a nickname between a given name and a surname (Earl "Eb" Bright).
NICKNAME_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
# Last words of events, occasions and documents shaped like names ("the Community Policing
# Tour", "Justice Response Awards"); none is a common surname.
EVENT_WORDS = frozenset({"tour", "tours", "dialogue", "dialogues", "symposium", "expo", "gala",
                         "roundtable", "forum", "webinar", "award", "awards", "summit",
                         "conference", "meeting", "festival", "campaign", "agreement",
                         "report", "strategy", "initiative", "program", "programme"})
# Honours and credentials written after a name in capitals ("JANE DOYLE CSC", "Hope Rivers
# CFA"): cut from the name like "MP". Letters that are also surnames ("Ma") are left out.
HONOURS_AFTER_NAMES = frozenset({"csc", "dsc", "csm", "dsm", "oam", "psm", "apm", "ao", "ac",
                                 "cmg", "kcmg", "gcmg", "mvo", "lvo", "cvo", "kbe", "dbe", "gbe",
                                 "frs", "cpa", "cfa", "cfp", "chfc", "mba", "fracs", "facs"})


# round M (m1)
# Places written in glued capital initials ("U.S.", "U.K.", "N.J.", "D.C."), without their
# dots, lower-case: before a name they are a place, not its initials.
PLACE_INITIALS = frozenset({"us", "usa", "uk", "un", "eu", "uae", "prc", "ussr", "dc", "nj",
                            "ny", "nc", "sc", "nh", "nm", "nd", "sd", "ri", "pr", "vi", "wv"})
