"""The title phrase: where a title starting at a token ends, and the organisation it names.

`TitlePhrases` holds the per-Doc indexes (organisation and person mentions by token) that
every role construction reads; `title_at` reads one title phrase ("Director for Security and
Defence Policy at the European External Action Service") up to its organisation, which it
links by id.
"""
from __future__ import annotations

from spacy.tokens import Doc

from extract.components.organisations.base import initials, norm
from extract.constructions import Example, construction, declare, is_on
from extract.lexicon import TITLE_HEADS, TITLE_MODIFIERS
from extract.lexicon.roles import (
    ARTICLES,
    COORDINATORS,
    COUNTRY_ABBREVIATIONS,
    DASHES,
    INNER_PREPS,
    LEGAL_SUFFIXES,
    MAX_TITLE,
    ORG_PREPS,
    PORTFOLIO_PREPS,
    POSSESSIVES,
    PREPS_ENDING_TITLE,
    QUALIFIERS,
    SPLIT_HEADS,
    TITLE_DETERMINERS,
)
from extract.spans import span_index

PLACE_ENTITIES = ("GPE", "LOC", "NORP")
from extract.titles import is_title_head, is_title_word

declare("title-of-org", "roles", "pattern",
        "a title phrase ends at of/at/for/with/in/from + an organisation, which it names",
        [Example("said Maria Delgado, Director of the Office of Fair Trading.",
                 has={"roles": (("Maria Delgado", "Director", "Office of Fair Trading"),)})],
        module=__name__)
declare("hyphenated-title", "roles", "pattern",
        "a title written with hyphens is one phrase (\"Special Agent-in-Charge\")",
        [Example("said John Reyes, Special Agent-in-Charge of the FBI Miami Division.",
                 has={"roles": (("John Reyes", "Special Agent-in-Charge"),)})], module=__name__)
declare("title-dash-org", "roles", "pattern",
        "a dash after a title introduces its organisation (\"Chief - Acme Corporation\")",
        [Example("Laura Kim, Chief Executive - Halden Robotics Ltd announced sales rose.",
                 has={"roles": (("Laura Kim", "Chief Executive", "Halden Robotics Ltd"),)})],
        module=__name__)
declare("qualified-title", "roles", "pattern",
        "a capitalised qualifier right before a title word belongs to the title "
        "(\"Scientific Vice President\")",
        [Example("said Anna Berg, Scientific Vice President at Solvang Medica.",
                 has={"roles": (("Anna Berg", "Scientific Vice President"),)})], module=__name__)
declare("header-second-title", "roles", "pattern",
        "on a header line a title head (or a qualified one) after a complete title starts a "
        "second title (\"... Health and Aged Care Federal Member for Riverton\")",
        [Example(("The Hon Jane Doyle MP Minister for Health and Aged Care Federal Member for "
                  "Riverton\nThe clinic opens today."),
                 has={"roles": (
                     ("Jane Doyle", "Minister for Health and Aged Care"),
                     ("Jane Doyle", "Federal Member for Riverton"))})], module=__name__)


class TitlePhrases:
    """Per-Doc state the role constructions share (one call only)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        orgs = [s for s in doc.spans.get("organisations", []) if not title_before_a_name(s)]
        self.org_at = span_index(orgs)
        self.org_start = {s.start: s for s in orgs}
        self.org_end = {s.end: s for s in orgs}
        self.person_at = span_index(doc.spans.get("people", []))
        self.person_start = {s.start: s for s in doc.spans.get("people", [])}
        self.org_forms = org_forms(doc._.organisations or [])

    def title_at(self, j: int, limit: int, split: bool = False):
        """The title phrase starting at token j and the organisation it names, if any."""
        doc = self.doc
        while j < limit and doc[j].lower_ in TITLE_DETERMINERS:
            j += 1
        j += new_before_title(doc, j, limit)
        if j >= limit:
            return None
        if not (is_title_word(doc[j]) or doc[j].lower_ in QUALIFIERS
                or self.qualifier_before_title(j, limit) or hyphenated_head(doc, j, limit)
                or adjective_after_article(doc, j, limit)):
            return None
        start, k, has_head, org_id = j, j, False, None
        while k < limit and k - start < MAX_TITLE:
            t = doc[k]
            if k in self.person_at or (k in self.org_at and k > start):
                break
            if k > start and not doc[k - 1].whitespace_ and not t.whitespace_ and \
                    k + 1 < limit and (t.text in DASHES or doc[k - 1].text in DASHES) \
                    and is_on("hyphenated-title"):
                k += 1
                continue
            if t.text in DASHES and k + 1 < limit and k + 1 in self.org_start and has_head \
                    and is_on("title-dash-org"):
                org_id = self.org_start[k + 1].label_
                break
            if hyphenated_head(doc, k, limit):
                has_head = True
                k += 3  # "Under-Secretary"
                continue
            if t.text == "," and has_head and comma_list(doc, k, limit):
                k += 1
                continue
            if t.lower_ == "and" and has_head and second_title(doc, start, k, limit) \
                    or t.lower_ == "and" and not has_head and modifier_before_and(doc, k):
                break
            if has_head and in_charge_of(doc, k, limit):
                nxt = k + 3 + (k + 3 < limit and doc[k + 3].lower_ == "the")
                org_id = self.org_start[nxt].label_ if nxt in self.org_start else None
                break
            if t.lower_ in ORG_PREPS or t.lower_ in INNER_PREPS:
                nxt = k + 1
                if nxt < limit and doc[nxt].lower_ == "the":
                    nxt += 1
                if t.lower_ in ORG_PREPS and nxt in self.org_start and has_head \
                        and is_on("title-of-org"):
                    org_id = self.org_start[nxt].label_
                    break
                if t.lower_ in ORG_PREPS and t.is_lower and has_head and nxt < limit:
                    named = self.org_named_by_form(nxt, limit)
                    if named is not None:
                        org_id = named
                        break
                if t.lower_ in PREPS_ENDING_TITLE or nxt >= limit:
                    break
                if not (doc[nxt].is_alpha or doc[nxt].text in COUNTRY_ABBREVIATIONS):
                    break
                k = nxt
                continue
            if split and has_head and t.text[:1].isupper() and (
                    t.lower_ in SPLIT_HEADS or t.lower_ in TITLE_MODIFIERS and k + 1 < limit
                    and doc[k + 1].lower_ in TITLE_HEADS and doc[k + 1].text[:1].isupper()) \
                    and not is_title_word(doc[k - 1]) and doc[k - 1].lower_ not in INNER_PREPS \
                    and is_on("header-second-title"):
                break
            if is_title_word(t) or t.lower_ in QUALIFIERS:
                has_head |= t.lower_ in TITLE_HEADS
                k += 1
                continue
            if has_head and participle_after_title(doc, k):
                break
            if t.is_alpha and t.pos_ in ("PROPN", "NOUN", "ADJ") and not t.is_stop or \
                    t.text in COUNTRY_ABBREVIATIONS or t.text == "&" \
                    or t.text in DASHES and has_head:
                k += 1
                continue
            break
        while k > start and (doc[k - 1].lower_ in INNER_PREPS or doc[k - 1].lower_ in ORG_PREPS
                             or doc[k - 1].lower_ == "the" or doc[k - 1].is_punct):
            k -= 1
        if not has_head or k <= start:
            return None
        if org_id is None and adjective_after_article(doc, start, limit) \
                and not self.shares_body(k, limit):
            return None  # "a registered nurse": an occupation, not a post at a body
        return doc[start:k], org_id

    @construction("title-names-org-by-form", "roles", "pattern",
                  "a title's of/at/for object that is another form of a body the text names "
                  "(its name, an alias, its acronym, a company's first words) is the "
                  "organisation: \"CEO of Brightwell\" for Brightwell Robotics Inc.",
                  [Example(("Brightwell Robotics Inc. will open a plant in Oslo. \"We are ready,\" "
                            "said Laura Kim, President and CEO of Brightwell."),
                           has={"roles": (("Laura Kim", "President and CEO",
                                           "Brightwell Robotics Inc."),)},
                           lacks={"roles": (("Laura Kim", "President and CEO of Brightwell"),)}),
                   Example(("Texas Pipeline Inc. pleaded guilty, said Hope Rivers, U.S. Attorney "
                            "for the Southern District of Texas."),
                           lacks={"roles": (("Hope Rivers",
                                             "U.S. Attorney for the Southern District",
                                             "Texas Pipeline Inc."),)}),
                   Example(("The Executive Office for Immigration Review hears appeals. Jane Doe "
                            "was named the permanent Director of EOIR."),
                           has={"roles": (("Jane Doe", "permanent Director",
                                           "Executive Office for Immigration Review"),)})],
                  off=None)
    def org_named_by_form(self, j: int, limit: int) -> str | None:
        """The organisation whose form is the capitalised run at j that ends the phrase."""
        doc = self.doc
        k = j
        while k < limit and (doc[k].text[:1].isupper() and doc[k].is_alpha
                             or doc[k].text == "&" and k > j):
            k += 1
        if k == j or k < limit and (doc[k].text[:1].isupper() or doc[k].lower_ in ORG_PREPS
                                    or doc[k].text in POSSESSIVES or doc[k].text in DASHES):
            return None
        form = norm(doc[j:k].text)
        if form in self.org_forms[0]:
            return self.org_forms[0][form]
        if any(t.ent_type_ in PLACE_ENTITIES for t in doc[j:k]):
            return None  # "for the Southern District of Texas": a place, not "Texas Oil Inc."
        return self.org_forms[1].get(form)

    def shares_body(self, k: int, limit: int) -> bool:
        """ "and" at k starts a second title that names its body ("partial owner and former
        president of Org")."""
        if not (k + 1 < limit and self.doc[k].lower_ == "and"):
            return False
        second = self.title_at(k + 1, limit)
        return second is not None and second[1] is not None

    def qualifier_before_title(self, j: int, limit: int) -> bool:
        """A capitalised word of no name right before a title word ("Scientific Vice
        President")."""
        doc = self.doc
        return doc[j].text[:1].isupper() and doc[j].pos_ in ("ADJ", "PROPN", "NOUN") \
            and j + 1 < limit \
            and (is_title_word(doc[j + 1]) or hyphenated_head(doc, j + 1, limit)) \
            and j not in self.org_at and j not in self.person_at and is_on("qualified-title")


@construction("title-words-no-body", "roles", "filter",
              "a capitalised run of title words only, right before a name, that the tagger "
              "marked as a body (\"Trial Attorneys A and B\") is the title, not the body",
              [Example(("The case was investigated by the FBI, and Trial Attorneys Latoya Wright "
                        "and Kenneth C. Moss of the Tax Division are prosecuting it."),
                       has={"roles": (("Latoya Wright", "Trial Attorney", "Tax Division"),
                                      ("Kenneth C. Moss", "Trial Attorney", "Tax Division"))})],
              off=False)
def title_before_a_name(span) -> bool:
    """Every word of the organisation mention is a title word and a person's name follows,
    or the mention is title modifiers only (\"Acting U.S.\") and a title word follows."""
    doc = span.doc
    if span.end >= len(doc) or not all(is_title_word(t) or t.text in COUNTRY_ABBREVIATIONS
                                       for t in span):
        return False
    nxt = doc[span.end]
    return nxt.ent_type_ == "PERSON" and any(is_title_head(t) for t in span) \
        or is_on("modifiers-open-a-title") and is_title_word(nxt) and nxt.text[:1].isupper() \
        and not any(is_title_head(t) for t in span)


declare("modifiers-open-a-title", "roles", "filter",
        "a body the tagger made of title modifiers only (\"Acting U.S.\") before a title word "
        "opens that title: \"Acting U.S. Attorney Name\" has no body \"Acting U.S.\"",
        [Example(("The verdict was announced by Assistant Attorney General Tom Berg of the "
                  "Criminal Division and Acting U.S. Attorney R. J. Dale III of the Northern "
                  "District of Ohio."),
                 has={"roles": (("R. J. Dale", "Acting U.S. Attorney", None),)})],
        module=__name__)


@construction("no-head-before-and", "roles", "filter",
              "\"and\" after title modifiers with no head (\"a Canadian national and former "
              "army captain\") ends a phrase that was no title: the title is after \"and\"",
              [Example(("Tom Berg, 55, a Canadian national and former Canadian army tank "
                        "commander, was convicted today."),
                       has={"roles": (("Tom Berg", "former Canadian army tank commander"),)},
                       lacks={"roles": (("Tom Berg", "Canadian national and former Canadian "
                                         "army tank commander"),)})], off=False)
def modifier_before_and(doc: Doc, k: int) -> bool:
    """The word before the "and" at k is a title modifier that modifies nothing."""
    return k > 0 and doc[k - 1].lower_ in TITLE_MODIFIERS and doc[k - 1].lower_ not in TITLE_HEADS


@construction("in-charge-of-org", "roles", "pattern",
              "lower-case \"in charge of\" after a title names the body the title holds and "
              "is no part of it: \"Name, Assistant Attorney General in charge of the Org\"",
              [Example(("\"The merger would have raised prices,\" said Maria Delgado, Assistant "
                        "Attorney General in charge of the Antitrust Division."),
                       has={"roles": (("Maria Delgado", "Assistant Attorney General",
                                       "Antitrust Division"),)},
                       lacks={"roles": (("Maria Delgado",
                                         "Assistant Attorney General in charge"),)})],
              off=False)
def in_charge_of(doc: Doc, k: int, limit: int) -> bool:
    """ "in charge of" (lower case) starts at k after a capitalised title word (a title
    written in lower case keeps it: "special agent in charge of ...")."""
    return k + 2 < limit and doc[k].lower_ == "in" and doc[k + 1].text == "charge" \
        and doc[k + 2].lower_ == "of" and k > 0 and doc[k - 1].text[:1].isupper()


@construction("new-before-title", "roles", "pattern",
              "\"new\" before a title says when the post began, not which post: \"as the new "
              "CEO\", \"as its new Chief Product Officer\" give the title \"CEO\"",
              [Example(("Brightwell Robotics Inc. is pleased to announce Ravi Menon as its new "
                        "Chief Product Officer."),
                       has={"roles": (("Ravi Menon", "Chief Product Officer",
                                       "Brightwell Robotics Inc."),)}),
               Example("The board of Halden Robotics Inc. named Maria Delgado as New CEO.",
                       has={"roles": (("Maria Delgado", "CEO"),)},
                       lacks={"roles": (("Maria Delgado", "New CEO"),)})], off=0)
def new_before_title(doc: Doc, j: int, limit: int) -> int:
    """1 where "new" (or "newly appointed") at j stands before a title word, else 0."""
    n = 2 if j + 1 < limit and doc[j].lower_ == "newly" and doc[j + 1].tag_ == "VBN" else \
        1 if j < limit and doc[j].lower_ == "new" else 0
    return n if n and j + n < limit and is_title_word(doc[j + n]) else 0


@construction("adjective-after-article", "roles", "pattern",
              "a lower-case adjective between an article and a title head opens a title that "
              "names its body (\"Name, a partial owner of Org\"; not \"a registered nurse\")",
              [Example(("Tom Berg, a partial owner and former president of Halden Robotics "
                        "Inc., pleaded guilty."),
                       has={"roles": (("Tom Berg", "partial owner", "Halden Robotics Inc."),
                                      ("Tom Berg", "former president", "Halden Robotics Inc."))}),
               Example("Tom Berg, 40, a registered nurse, was sentenced to 24 months in prison.",
                       lacks={"roles": (("Tom Berg", "registered nurse"),)})],
              off=False)
def adjective_after_article(doc: Doc, j: int, limit: int) -> bool:
    """Token j is a lower-case adjective after "a/an/the" and before a lower-case title head."""
    return 0 < j and j + 1 < limit and doc[j - 1].lower_ in ARTICLES and doc[j].is_lower \
        and doc[j].pos_ == "ADJ" and doc[j + 1].is_lower and doc[j + 1].lower_ in TITLE_HEADS \
        and doc[j].lower_ not in QUALIFIERS and not is_title_word(doc[j])


@construction("hyphenated-title-head", "roles", "pattern",
              "a capitalised word hyphened to a title head is part of it (\"Parliamentary "
              "Under-Secretary of State for Health\")",
              [Example(("The panel will report to Dr Jane Doyle, the Parliamentary "
                        "Under-Secretary of State for Health."),
                       has={"roles": (("Jane Doyle",
                                       "Parliamentary Under-Secretary of State for Health"),)})],
              off=False)
def hyphenated_head(doc: Doc, j: int, limit: int) -> bool:
    """Token j opens "Word-Head" written without spaces, Head a title head."""
    return j + 2 < limit and doc[j].text[:1].isupper() and doc[j].is_alpha \
        and doc[j + 1].text in DASHES and not doc[j].whitespace_ \
        and not doc[j + 1].whitespace_ and doc[j + 2].lower_ in TITLE_HEADS


@construction("title-ends-before-participle", "roles", "filter",
              "a lower-case -ing word after a title's head starts the clause that follows, not "
              "the title (\"named X as CEO beginning May 28\")",
              [Example(("Halden Robotics Inc. named Anna Berg as CEO beginning May 28, "
                        "2024."),
                       has={"roles": (("Anna Berg", "CEO"),)},
                       lacks={"roles": (("Anna Berg", "CEO beginning"),)})], off=False)
def participle_after_title(doc: Doc, k: int) -> bool:
    """A lower-case -ing word right after a title head and before no title word ("CEO
    beginning May 28"; not "chief operating officer")."""
    t = doc[k]
    return t.is_lower and t.lower_.endswith("ing") and k > 0 \
        and doc[k - 1].lower_ in TITLE_HEADS \
        and (k + 1 >= len(doc) or not is_title_word(doc[k + 1]))


def org_forms(orgs: list[dict]) -> tuple[dict[str, str], dict[str, str]]:
    """Comparison form -> organisation id: each body's name and aliases and the acronym of a
    name of three words or more; then, apart (a place may share them), a company's first words
    before its legal suffix. A form two bodies share names neither."""
    full: dict[str, set[str]] = {}
    short: dict[str, set[str]] = {}
    for org in orgs:
        names = [org["name"], *(org.get("aliases") or [])]
        for n in names:
            words = norm(n).split()
            full.setdefault(norm(n), set()).add(org["id"])
            if len(words) >= 3 and n[:1].isupper():
                full.setdefault(initials(n, skip_function_words=True).casefold(),
                                set()).add(org["id"])
            if len(words) >= 2 and words[-1] in LEGAL_SUFFIXES:
                for i in range(1, len(words) - 1):
                    short.setdefault(" ".join(words[:i]), set()).add(org["id"])
    full.pop("", None)
    return ({k: next(iter(v)) for k, v in full.items() if len(v) == 1},
            {k: next(iter(v)) for k, v in short.items() if len(v) == 1 and k not in full})


@construction("coordinated-titles", "roles", "pattern",
              "\"and\" starts a second title after a complete one with a place or body "
              "(\"... of the UAE and Ruler of Fujairah\") or before a lower-case one "
              "(\"Staff Nurse and media medic\"); \"President and CEO\" stays one",
              [Example(("Sheikh Saeed bin Rashid, Deputy Prime Minister of the UAE and Ruler of "
                        "Fujairah, attended the opening."),
                       has={"roles": (
                           ("Saeed bin Rashid", "Deputy Prime Minister of the UAE"),
                           ("Saeed bin Rashid", "Ruler of Fujairah"))}),
               Example("said Laura Kim, President and CEO of Halden Robotics.",
                       has={"roles": (("Laura Kim", "President and CEO of Halden Robotics"),)},
                       lacks={"roles": (("Laura Kim", "CEO of Halden Robotics"),)})], off=False)
def second_title(doc: Doc, start: int, k: int, limit: int) -> bool:
    """The "and" at k starts a second title."""
    if k + 1 >= limit:
        return False
    nxt = doc[k + 1]
    if nxt.text[:1].isupper():  # the first title's complement names a place or a body
        return is_title_word(nxt) and any(t.lower_ in PORTFOLIO_PREPS for t in doc[start:k]) \
            and any(t.ent_type_ in ("GPE", "ORG", "LOC") or t.is_upper and t.is_alpha
                    and len(t) > 1 for t in doc[start:k])
    return doc[start].text[:1].isupper() and any(
        t.lower_ in TITLE_HEADS for t in doc[k + 1:min(k + 4, limit)] if t.is_lower) \
        or qualified_second_title(doc, k, limit)


@construction("qualifier-starts-second-title", "roles", "pattern",
              "\"and\" before a lower-case qualifier and a title head starts a second post "
              "(\"owner and former president of Org\")",
              [Example(("Tom Berg, the owner and former president of Halden Robotics "
                        "Inc., pleaded guilty."),
                       has={"roles": (("Tom Berg", "former president", "Halden Robotics Inc."),)})],
              off=False)
def qualified_second_title(doc: Doc, k: int, limit: int) -> bool:
    return k + 2 < limit and doc[k + 1].is_lower and doc[k + 1].lower_ in QUALIFIERS \
        and is_title_word(doc[k + 2])


@construction("portfolio-list", "roles", "pattern",
              "a comma inside a capitalised portfolio list stays in the title (\"Minister for "
              "Industry, Science and Technology\")",
              [Example("said Jane Doyle, Minister for Trade, Tourism and Investment.",
                       has={"roles": (
                           ("Jane Doyle", "Minister for Trade, Tourism and Investment"),)})],
              off=False)
def comma_list(doc: Doc, k: int, limit: int) -> bool:
    """The comma at k is followed by capitalised words and "and"/"&" + a capitalised word."""
    j = k + 1
    while j < limit and doc[j].text[:1].isupper() and doc[j].lower_ not in TITLE_HEADS:
        j += 1
        if j < limit and doc[j].lower_ in COORDINATORS and j + 1 < limit and \
                doc[j + 1].text[:1].isupper():
            return True
        if j < limit and doc[j].text == ",":
            j += 1
    return False
