"""Words the date rules read: calendar names, number words, and the context of a date.

The temporal rules (`extract.temporal_rules`) build their regular expressions from these lists,
the normalisers look the same words up for their values, and the negative rules of
`news_dates` read the context lists. General English only.
"""
from __future__ import annotations

# Month names as written in running text. Matched capitalised only, so that "may" and "march"
# the verbs are not months; an abbreviation may take a full stop ("Sept.").
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct",
                       "Nov", "Dec")
MONTHS = {name.lower(): number for number, name in enumerate(MONTH_NAMES, 1)} | {
    short.lower(): next(n for n, name in enumerate(MONTH_NAMES, 1) if name.startswith(short[:3]))
    for short in MONTH_ABBREVIATIONS}
# Month names that are a date on their own ("in November"): not "March" and "May" (verbs), and
# abbreviations only with their full stop.
STANDALONE_MONTHS = ("January", "February", "April", "June", "July", "August", "September",
                     "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.",
                     "Nov.", "Dec.")

# Month names that are also verbs, a date alone only after one of these prepositions ("pleaded
# guilty in March", "since May").
VERB_MONTHS = ("March", "May")
VERB_MONTH_PREPOSITIONS = ("in", "In", "since", "Since", "until", "during", "During")
# Approximations before a bare year ("in or about 2002", "approximately 2010"): a date unless
# a noun follows (a count: "approximately 2000 victims").
YEAR_APPROXIMATORS = {"about", "approximately"}

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_ABBREVIATIONS = ("Mon", "Tues", "Tue", "Wed", "Thurs", "Thu", "Fri", "Sat", "Sun")
WEEKDAYS = {name.lower(): n for n, name in enumerate(WEEKDAY_NAMES)} | {
    short.lower(): next(n for n, name in enumerate(WEEKDAY_NAMES) if name.startswith(short))
    for short in WEEKDAY_ABBREVIATIONS}

# Ordinals of quarters and halves ("the third quarter", "2nd half of 2024").
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4,
            "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
HALF_ORDINALS = tuple(word for word, n in ORDINALS.items() if n <= 2)

# Number words and their values (durations: "three years", "half a day").
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
           "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
           "fifty": 50, "sixty": 60, "hundred": 100, "half": 0.5}
# The number words "<n> years ago" reads (a subset of NUMBERS, in the order the rule tries them).
AGO_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
               "eleven", "twelve", "twenty", "a")
# Quantities without a value: "several years" is a duration of unknown length (PXY).
VAGUE_NUMBERS = {"several", "few", "many", "some", "couple", "coming", "upcoming", "recent"}

# Words that shift a unit from the publication date ("last year", "next month", "the past
# week"), and days named from it ("yesterday", "last night"; "today", "tonight", "this morning"
# are it).
RELATIVE_SHIFTS = {"this": 0, "last": -1, "past": -1, "next": 1}
DAY_SHIFTS = {"yesterday": -1, "last night": -1, "tomorrow": 1}

# Meteorological seasons by their first month ("fall" = September to November).
SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}

# Fixed-date holidays (month, day), keyed by one spelling (`calendar_spans.holiday_key`);
# Easter days are offsets from Easter Sunday; the other movable ones are computed.
HOLIDAYS = {"new year day": (1, 1), "new year eve": (12, 31), "christmas eve": (12, 24),
            "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
            "valentine day": (2, 14), "st patrick day": (3, 17), "halloween": (10, 31),
            "veterans day": (11, 11), "remembrance day": (11, 11), "armistice day": (11, 11),
            "australia day": (1, 26), "anzac day": (4, 25), "juneteenth": (6, 19)}
# Events named by their date, written without the year: the name is the day it happened
# ("post 9/11", "the 9-11 attacks"), not that day in the publication year.
DATE_NAMED_EVENTS = {"9/11": (2001, 9, 11), "9-11": (2001, 9, 11)}
EASTER_OFFSETS = {"good friday": -2, "easter": 0, "easter sunday": 0, "easter monday": 1}
# A holiday's name followed by one of these names a thing, not a day ("Christmas Island",
# "the Easter Rising", "Christmas cards").
HOLIDAY_THINGS = ("Island", "Islands", "Rising", "tree", "trees", "card", "cards", "gift",
                  "gifts", "present", "presents", "lights", "market", "markets", "party",
                  "parties")

# Words before an expression that are not part of the date: `normalise` reads "on Monday" as
# "Monday"; a spaCy DATE entity is trimmed of these and of DATE_ENTITY_LEAD_WORDS.
DATE_LEAD_WORDS = ("the", "on", "in", "by", "since", "from", "until", "of")
DATE_ENTITY_LEAD_WORDS = frozenset(DATE_LEAD_WORDS) | {"a", "an", "about", "around"}

# Bare years and month names are dates only in a temporal context: after one of these words,
# or inside a spaCy DATE entity.
DATE_CONTEXT_WORDS = {
    "in", "for", "since", "by", "until", "till", "of", "during", "from", "to", "through",
    "before", "after", "early", "late", "mid", "end", "beginning", "start", "on", "and", "or",
    "between", "fiscal", "year", "years", "the", "this", "last", "next", "around", "circa", "as",
    "at", "within", "into", "throughout",
}
# ... or between one of these and a lower-case noun ("a 2011 independent survey") ...
YEAR_DETERMINERS = {"a", "an", "its", "their", "his", "her", "our", "your", "whose"}
# ... unless that noun is a unit: then the number is a quantity ("a 2000 square feet office").
MEASURE_NOUNS = {"percent", "per", "people", "persons", "square", "feet", "foot", "miles",
                 "pounds", "acres", "dollars", "units", "times", "tons", "tonnes", "pages", "page",
                 "words", "hours", "calories", "kilograms", "metres", "meters", "member",
                 "members"}

# Auxiliaries that set the tense around a date (future: a year-less date ahead; past: behind).
FUTURE_AUXILIARIES = {"will", "shall", "'ll"}
FUTURE_VERBS = ("will", "shall")  # a clause headed by the modal itself ("it will")
PAST_AUXILIARIES = {"had", "has", "have", "was", "were", "did"}
