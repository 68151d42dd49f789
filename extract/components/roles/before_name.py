"""Role constructions that read the title before the name: "Attorney General Eric Holder",
"FBI Director X", "the agency's Director X", "Executive Director of the Task Force X",
"Trial Attorneys A and B", "Title Name of the Org", "The Head of the Org, Mr. X"."""
from __future__ import annotations

from extract.components.roles.title_phrase import TitlePhrases
from extract.constructions import Example, construction, declare, is_on
from extract.cues import is_dateline_word
from extract.lexicon import ORG_HEADS, POST_NOMINALS, TITLE_HEADS
from extract.lexicon.roles import (
    ARTICLES,
    DASHES as DASHES_IN_TITLE,
    COMPLEMENT_PREPS,
    COUNTRY_ABBREVIATIONS,
    FIELD_UNIT_HEADS,
    FIELD_UNIT_KINDS,
    GROUP_NOUNS,
    INNER_PREPS,
    LEADER_NOUNS,
    LEADING_AUXILIARIES,
    LEADING_LEMMAS,
    LEADING_VERBS,
    LED_VERBS,
    MAX_LIST,
    MEETING_LEMMAS,
    ORG_PREPS,
    PASSIVE_AUXILIARIES,
    PORTFOLIO_PREPS,
    POSSESSIVES,
    PRENOMINAL_JOINERS,
    PREPS_BEFORE_NAMED_ORG,
    QUALIFIERS,
    STAFF_NOUNS,
    TITLE_PHRASE_OPENERS,
)
from extract.titles import in_charge, is_title_head, is_title_word, lower_plural_head, plural_head

declare("title-opens-its-phrase", "roles", "filter",
        "\"Title, Name\" only where the title opens its phrase: not \"..., said the Minister, "
        "X\"",
        [Example("The delegation met Health Minister, Jane Doyle, in Rome.",
                 lacks={"roles": (("Jane Doyle", "Health Minister"),)})], module=__name__)


declare("plural-title-over-a-list", "roles", "pattern",
        "a plural title before a list of names (\"Trial Attorneys A, B and C\") is "
        "each one's, and the body after the last name is theirs too",
        [Example(("The case is being prosecuted by Trial Attorneys Tom Berg, Anna "
                  "Lund and Maria Delgado of the Fraud Section."),
                 has={"roles": (("Tom Berg", "Trial Attorney", "Fraud Section"),
                                ("Anna Lund", "Trial Attorney", "Fraud Section"),
                                ("Maria Delgado", "Trial Attorney",
                                 "Fraud Section"))})],
        module=__name__)


declare("field-words-in-chained-title", "roles", "pattern",
        "a chained title may hold capitalised words of its field (\"Trial Attorney A and "
        "Special Litigation Counsel B of the Org\"): the body after B is A's too",
        [Example(("The case is prosecuted by Trial Attorney Tom Berg and Special Litigation "
                  "Counsel Anna Lund of the Civil Rights Division."),
                 has={"roles": (("Tom Berg", "Trial Attorney", "Civil Rights Division"),)})],
        module=__name__)


declare("place-post-out-of-chain", "roles", "filter",
        "a title that names the place of its post (\"Assistant U.S. Attorney\") does not take "
        "the body after a later titled name (\"AUSA A and Trial Attorney B of the Tax "
        "Division\"), unless the body is its own office (\"... of the U.S. Attorney's Office\")",
        [Example(("The case is prosecuted by Assistant U.S. Attorney Tom Berg and Trial Attorney "
                  "Anna Lund of the Tax Division."),
                 has={"roles": (("Anna Lund", "Trial Attorney", "Tax Division"),
                                ("Tom Berg", "Assistant U.S. Attorney", None))},
                 lacks={"roles": (("Tom Berg", "Assistant U.S. Attorney", "Tax Division"),)}),
         Example(("The case is prosecuted by Assistant U.S. Attorney Tom Berg and Paralegal "
                  "Specialist Anna Lund of the U.S. Attorney's Office for the District of Utah."),
                 has={"roles": (("Tom Berg", "Assistant U.S. Attorney",
                                 "U.S. Attorney's Office for the District of Utah"),)})],
        module=__name__)


def place_post_elsewhere(title, org) -> bool:
    """The title names its post's place ("Assistant U.S. Attorney") and the body does not
    hold the title's head ("Tax Division", not "U.S. Attorney's Office")."""
    head = title[-1].lower_.rstrip("s")
    return is_on("place-post-out-of-chain") \
        and any(t.text in COUNTRY_ABBREVIATIONS for t in title) \
        and not any(t.lower_.startswith(head) for t in org)


declare("titled-names-chain", "roles", "pattern",
        "the body after a chain of titled names (\"Deputy Chief A and Trial Attorneys B and C "
        "of the Org\") is each one's, as it is after two",
        [Example(("The case was prosecuted by Deputy Chief Tom Berg and Trial Attorneys Anna Lund "
                  "and Maria Cole of the Fraud Section."),
                 has={"roles": (("Tom Berg", "Deputy Chief", "Fraud Section"),)})],
        module=__name__)


class BeforeName(TitlePhrases):
    @construction("title-before-name", "roles", "pattern",
                  "a capitalised title right before a name (\"Deputy Director Leif Villadsen\")",
                  [Example("Deputy Director Tomas Berglund opened the session.",
                           has={"roles": (("Tomas Berglund", "Deputy Director"),)})], off=None)
    def title_before_name(self, name_start: int, sent_start: int):
        return self.prenominal_title(name_start, sent_start) \
            or self.org_common_title(name_start, sent_start) \
            or self.body_staff_title(name_start, sent_start)

    @construction("body-name-staff-noun", "roles", "pattern",
                  "a body's name (or short form) before \"employee(s)\" and a name is a role "
                  "there, the title as written: \"former Acme employees A and B\" -> \"former "
                  "Acme employee\" at Acme Tax Services",
                  [Example(("The court enjoined Brightwell Tax Services, Inc., last year. It "
                            "also enjoined three former Brightwell employees Anna Lund, Tom Berg "
                            "and Maria Cole from preparing returns."),
                           has={"roles": (("Anna Lund", "former Brightwell employee",
                                           "Brightwell Tax Services, Inc."),
                                          ("Maria Cole", "former Brightwell employee",
                                           "Brightwell Tax Services, Inc."))}),
                   Example("Tom Berg met former employees Anna Lund and Maria Cole in Ohio.",
                           lacks={"roles": (("Anna Lund", "former employee"),)})], off=None)
    def body_staff_title(self, name_start: int, sent_start: int):
        """(title, organisation id) for "<qualifier> <Body> employee(s) <Name>", the body a
        mention or a short form of a body the text names."""
        doc = self.doc
        j = name_start - 2
        if j <= sent_start or doc[name_start - 1].lower_ not in STAFF_NOUNS \
                or not doc[name_start - 1].is_lower:
            return None
        org_id = self.org_at.get(j)
        start = j
        if org_id is not None:
            start = next(s for s in self.doc.spans["organisations"] if s.start <= j < s.end).start
        elif doc[j].text[:1].isupper():
            start = j
            while start - 1 > sent_start and doc[start - 1].text[:1].isupper() \
                    and doc[start - 1].is_alpha:
                start -= 1
            org_id = self.org_named_by_form(start, len(doc))
        if org_id is None:
            return None
        while start - 1 >= sent_start and doc[start - 1].lower_ in QUALIFIERS:
            start -= 1
        return doc[start:name_start], org_id

    @construction("org-common-title-name", "roles", "pattern",
                  "a lower-case title between an organisation and a name (\"Tax Division trial "
                  "attorney Jane Roe\"), also shared in the plural by coordinated names",
                  [Example("Tax Division trial attorney Maria Delgado prosecuted the case.",
                           has={"roles": (("Maria Delgado", "trial attorney", "Tax Division"),)}),
                   Example(("Breuer thanked Civil Division senior trial attorneys Omar Ghalib and "
                            "Tom Becker, who tried the case."),
                           has={"roles": (("Omar Ghalib", "senior trial attorney",
                                           "Civil Division"),
                                          ("Tom Becker", "senior trial attorney",
                                           "Civil Division"))}),
                   Example("The company president Maria Delgado signed the plea.",
                           lacks={"roles": (("Maria Delgado", "president"),)})], off=None)
    def org_common_title(self, name_start: int, sent_start: int):
        """(title, organisation id) for "<Org>('s) <lower-case title> <Name>"."""
        doc = self.doc
        k = name_start
        while k > sent_start and name_start - k < 4 and doc[k - 1].is_lower \
                and doc[k - 1].is_alpha and (is_title_word(doc[k - 1])
                                             or doc[k - 1].pos_ in ("NOUN", "ADJ")):
            k -= 1
        if k == name_start or not (is_title_head(doc[name_start - 1])
                                   or lower_plural_head(doc[name_start - 1])):
            return None
        org_id = self.org_before_title(k, sent_start) or self.common_title_org_after(name_start)
        return (doc[k:name_start], org_id) if org_id is not None else None

    @construction("common-title-name-of-org", "roles", "pattern",
                  "a lower-case title before a name (or a list of names) takes the organisation "
                  "named after it: \"trial attorneys A and B of the Fraud Section\"",
                  [Example(("The case is being prosecuted by trial attorneys Tom Berg and Anna "
                            "Lund of the Fraud Section."),
                           has={"roles": (("Tom Berg", "trial attorney", "Fraud Section"),
                                          ("Anna Lund", "trial attorney", "Fraud Section"))}),
                   Example(("The case was prosecuted by trial attorney Maria Delgado of the Tax "
                            "Division."),
                           has={"roles": (("Maria Delgado", "trial attorney",
                                           "Tax Division"),)})], off=None)
    def common_title_org_after(self, name_start: int) -> str | None:
        """The organisation after the name starting at `name_start` (and its list), for a
        lower-case title with no organisation before it: the body names whose title it is."""
        person = self.person_start.get(name_start)
        if person is None:
            return None
        return self.org_after_name(person.end, self.doc[name_start].sent.end)

    def prenominal_title(self, name_start: int, sent_start: int):
        """The title phrase ending right before the name (and its organisation, where the
        title names it or an organisation stands before the title)."""
        doc = self.doc
        org_id = None
        end = name_start
        linked = self.title_of_org_before_name(name_start, sent_start)
        if linked:
            org_id, end = linked
        k = end
        while k > sent_start:
            t = doc[k - 1]
            if k - 1 in self.org_at or k - 1 in self.person_at or is_dateline_word(t) and not \
                    is_title_word(t) or t.ent_type_ in ("DATE", "TIME"):
                break
            if glued_in_title(doc, k - 1, sent_start):
                k -= 1
                continue
            capital = t.text[:1].isupper() or t.text in COUNTRY_ABBREVIATIONS
            if capital and (is_title_word(t) or t.pos_ in ("PROPN", "NOUN", "ADJ")
                            and (not t.is_sent_start or opening_compound(t, end))) \
                    or t.lower_ in QUALIFIERS:
                k -= 1
                continue
            if t.lower_ in PRENOMINAL_JOINERS and k - 2 >= sent_start and \
                    (doc[k - 2].text[:1].isupper() or doc[k - 2].lower_ in PORTFOLIO_PREPS) \
                    and k < end and (t.lower_ != "and" or is_title_word(doc[k - 2])
                                     or in_portfolio(doc, k - 1, sent_start)):
                k -= 1
                continue
            break
        while k < end and (doc[k].lower_ in INNER_PREPS or doc[k].lower_ == "the" or not (
                is_title_word(doc[k]) or doc[k].lower_ in QUALIFIERS
                or doc[k].pos_ in ("PROPN", "NOUN", "ADJ")
                or doc[k].text in COUNTRY_ABBREVIATIONS)):
            k += 1
        title = doc[k:end]
        if k >= end or not any(is_title_head(t) for t in title):
            return None
        if not is_title_head(doc[end - 1]) and org_id is None and not complemented(title):
            return None
        if org_id is None:
            org_id = self.org_before_title(k, sent_start)
        return title, org_id

    @construction("title-of-org-before-name", "roles", "pattern",
                  "\"Title of the Org Name\": the organisation between a title and a name",
                  [Example(("The plan was announced by Executive Director of the "
                            "Counterterrorism Task Force Maria Delgado."),
                           has={"roles": (
                               ("Maria Delgado", "Executive Director",
                                "Counterterrorism Task Force"),)})],
                  off=None)
    def title_of_org_before_name(self, name_start: int, sent_start: int):
        """(organisation id, end of the title) where "<title head> of/for/at (the) <Org>"
        ends right before the name."""
        doc = self.doc
        if name_start not in self.org_end:
            return None
        org = self.org_end[name_start]
        k = org.start - 1
        if k > sent_start and doc[k].lower_ == "the":
            k -= 1
        if k > sent_start and doc[k].lower_ in PREPS_BEFORE_NAMED_ORG and \
                (doc[k - 1].lower_ in TITLE_HEADS or charge_closes_title(doc[k - 1])):
            return org.label_, k
        return None

    @construction("org-title-name", "roles", "pattern",
                  "an organisation (or its possessive, or \"Org (ACR)\") right before a "
                  "title before a name: \"FBI Director X\", \"the agency's Director X\"",
                  [Example(("The Attorney General was joined in announcing the current results "
                            "of Project Coronado by DEA Acting Administrator Michele M. "
                            "Leonhart, FBI Director Robert S. Mueller III and ATF Acting "
                            "Director Kenneth E. Melson."),
                           has={"roles": (
                               ("Michele M. Leonhart", "Acting Administrator", "DEA"),
                               ("Robert S. Mueller", "Director", "FBI"))})], off=None)
    def org_before_title(self, k: int, sent_start: int) -> str | None:
        doc = self.doc
        before = k - 1
        if before >= sent_start and doc[before].text in POSSESSIVES \
                or before - 1 > sent_start and doc[before].text == ")" \
                and doc[before - 2].text == "(":  # "the agency's", "Department of X (DOX)"
            before -= 1
        if before >= sent_start and before in self.org_at:
            return self.org_at[before]
        return None

    @construction("shared-plural-title", "roles", "pattern",
                  "coordinated names share the first one's plural title (\"Trial Attorneys A "
                  "and B\")",
                  [Example(("The case is being prosecuted by Trial Attorneys Jerome J. "
                            "Teresinski and Jolie F. Zimmerman of the Justice Departments "
                            "Counterterrorism Section."),
                           has={"roles": (
                               ("Jerome J. Teresinski", "Trial Attorney"),
                               ("Jolie F. Zimmerman", "Trial Attorney"))})], off=None)
    def shared_title(self, name_start: int, sent_start: int):
        doc = self.doc
        k = name_start - 1
        if k - 1 <= sent_start or doc[k].lower_ != "and" and not (
                doc[k].text == "," and is_on("plural-title-over-a-list")):
            return None
        first = self.member_before(name_start, sent_start)
        if doc[k].text == "," or doc[k - 1].text == ",":
            named = self.person_start.get(name_start)
            if named is None or self.own_title_after(named.end):
                return None  # "..., and Name, Assistant U.S. Attorney": a title of its own
        for _ in range(MAX_LIST):
            if first is None:
                return None
            found = self.prenominal_title(first.start, sent_start)
            if found and plural_head(found[0][-1]):
                return found
            found = self.org_common_title(first.start, sent_start)
            if found and lower_plural_head(found[0][-1]):
                return found
            found = self.body_staff_title(first.start, sent_start)
            if found and found[0][-1].lower_.endswith("s"):
                return found
            if not is_on("plural-title-over-a-list"):
                return None
            first = self.member_before(first.start, sent_start)
        return None

    def own_title_after(self, end: int) -> bool:
        """A title in apposition right after the name ending at `end` (", Title")."""
        doc = self.doc
        return end + 1 < len(doc) and doc[end].text == "," and is_title_word(doc[end + 1]) \
            and doc[end + 1].text[:1].isupper()

    def member_before(self, name_start: int, sent_start: int):
        """The name before `name_start` in a list ("A, B", "A and B", "A, and B", a suffix
        after the name allowed), or None."""
        doc = self.doc
        k = name_start - 1
        if k > sent_start and doc[k].lower_ == "and":
            k -= 1
        if k > sent_start and doc[k].text == "," and is_on("plural-title-over-a-list"):
            k -= 1
        if k <= sent_start or k == name_start - 1:
            return None
        return next((s for s in doc.spans["people"] if s.start <= k < s.end
                     or s.end <= k and s.end + suffix_length(doc, s.end, k + 1) == k + 1), None)

    @construction("title-name-of-org", "roles", "pattern",
                  "an organisation after a titled name (\"Assistant Attorney General Lanny A. "
                  "Breuer of the Criminal Division\"), also past a coordinated titled name",
                  [Example(("The case is being prosecuted by Trial Attorney Kendra Ervin of the "
                            "Civil Rights Division."),
                           has={"roles": (
                               ("Kendra Ervin", "Trial Attorney", "Civil Rights Division"),)})],
                  off=None)
    def org_after_name(self, end: int, limit: int, title=None) -> str | None:
        """The body after the titled name ending at `end` (past a list of names and a chain
        of titled names); `title`, where given, is the name's own title."""
        doc = self.doc
        k = end + suffix_before_and(doc, end, limit)
        k = self.list_end(k, limit)
        crossed = False
        for _ in range(MAX_LIST if is_on("titled-names-chain") else 1):
            if not (k < limit and doc[k].lower_ == "and"):
                break
            j = self.chained_title_end(k + 1, limit)
            if j not in self.person_start:
                break
            crossed |= j > k + 1
            k = self.person_start[j].end
            k = self.list_end(k + suffix_before_and(doc, k, limit), limit)
        n = suffix_length(doc, k, limit)
        k += n + (n > 0 and comma_after_suffix(doc, k + n, limit))
        if k < limit and doc[k].lower_ in ORG_PREPS and not self.met_at(end, k):
            j = k + 1 + (k + 1 < limit and doc[k + 1].lower_ == "the")
            if j in self.org_start:
                if crossed and title is not None and place_post_elsewhere(title,
                                                                          self.org_start[j]):
                    return None
                return self.field_office(self.org_start[j], limit) or self.org_start[j].label_
        return None

    def chained_title_end(self, j: int, limit: int) -> int:
        """Past the capitalised title before a name at j in a chain ("and Trial Attorney X",
        "and Special Litigation Counsel X"): title words, and other capitalised words where
        a title head is among them."""
        doc = self.doc
        start = j
        while j < limit and (is_title_word(doc[j]) or doc[j].text in COUNTRY_ABBREVIATIONS):
            j += 1
        if j in self.person_start or not is_on("field-words-in-chained-title"):
            return j
        k = start
        while k < limit and k - start < 5 and k not in self.person_at and k not in self.org_at \
                and (is_title_word(doc[k]) or doc[k].text in COUNTRY_ABBREVIATIONS
                     or doc[k].is_alpha and doc[k].text[:1].isupper()):
            k += 1
        return k if any(is_title_head(t) for t in doc[start:k]) else j

    def list_end(self, k: int, limit: int) -> int:
        """Past the names listed after a name ending at k (", B", ", B," before the last "and
        C"), to the token after the one before the list's last "and"; k where no list follows."""
        doc = self.doc
        if not is_on("plural-title-over-a-list"):
            return k
        j = k + suffix_length(doc, k, limit)
        while j + 1 < limit and doc[j].text == "," and j + 1 in self.person_start:
            k = self.person_start[j + 1].end
            j = k + suffix_length(doc, k, limit)
        if j + 1 < limit and doc[j].text == "," and doc[j + 1].lower_ == "and":
            k = j + 1
        return k

    @construction("field-unit-after-name", "roles", "pattern",
                  "a field office or division after the name is where a title already linked to "
                  "its parent works: \"FBI Special Agent in Charge X of the Omaha Field Office\" "
                  "(not a division of the parent: \"Fraud Section Trial Attorney X of the "
                  "Criminal Division\")",
                  [Example(("The arrest was announced by FBI Special Agent in Charge Maria "
                            "Delgado of the Omaha Field Office."),
                           has={"roles": (("Maria Delgado", "Special Agent in Charge",
                                           "Omaha Field Office"),)}),
                   Example(("The case was prosecuted by Fraud Section Trial Attorney Tom Berg of "
                            "the Criminal Division."),
                           lacks={"roles": (("Tom Berg", "Trial Attorney",
                                             "Criminal Division"),)})], off=None)
    def field_unit_after_name(self, end: int, limit: int) -> str | None:
        """The organisation after the titled name where it is an office or division."""
        org_id = self.org_after_name(end, limit)
        unit = next((s for s in self.doc.spans.get("organisations", [])
                     if s.label_ == org_id), None) if org_id else None
        return org_id if unit is not None and len(unit) > 1 \
            and unit[-1].lower_ in FIELD_UNIT_HEADS \
            and (unit[-2].lower_ in FIELD_UNIT_KINDS or unit[-2].ent_type_ == "GPE") else None

    @construction("meeting-place-not-body", "roles", "filter",
                  "after \"met (spoke) with Title Name at X\" X is where they met, not the "
                  "title's body",
                  [Example(("In May, two of his managers met with Captain Tom Berg at Fort "
                            "Halden Logistics Base and offered him a watch."),
                           lacks={"roles": (("Tom Berg", "Captain",
                                             "Fort Halden Logistics Base"),)})], off=False)
    def met_at(self, end: int, k: int) -> bool:
        """The name (ending before `end`) is met with, and the "at" after it is the place."""
        doc = self.doc
        if doc[k].lower_ != "at":
            return False
        node = doc[end - 1]
        while node.dep_ in ("pobj", "prep", "dobj", "conj", "appos") and node.head.i != node.i:
            node = node.head
        return node.pos_ == "VERB" and node.lemma_ in MEETING_LEMMAS

    @construction("field-office-after-parent", "roles", "pattern",
                  "a field office named after its parent body and a comma (\"of the Office of "
                  "Audit (OA), Denver Regional Office\") is where the titled name works",
                  [Example(("The case was investigated by Special Agent in Charge Maria Delgado "
                            "of the Federal Housing Agency Office of Audit (FHA-OA), Denver "
                            "Regional Office; and the FBI."),
                           has={"roles": (("Maria Delgado", "Special Agent in Charge",
                                           "Denver Regional Office"),)})], off=None)
    def field_office(self, parent, limit: int) -> str | None:
        doc = self.doc
        k = parent.end
        if k + 1 < limit and doc[k].text == "(":
            close = self.org_start[k + 1].end if k + 1 in self.org_start else k + 2
            k = close + 1 if close < limit and doc[close].text == ")" else k  # "(HHS-OIG)"
        if not (k + 1 < limit and doc[k].text == "," and k + 1 in self.org_start):
            return None
        unit = self.org_start[k + 1]
        if len(unit) > 2 and unit[-1].lower_ in FIELD_UNIT_HEADS \
                and (unit[-2].lower_ in FIELD_UNIT_KINDS
                     or city_word(unit[-2]) and is_on("city-office-after-parent")):
            return unit.label_
        return None

    @construction("title-name-leads-org", "roles", "pattern",
                  "a titled name said to lead a body right after (\"in charge of the Org\", "
                  "\", head of the Org\", \", who heads the Org\") holds the title there",
                  [Example(("said Assistant Attorney General Maria Delgado in charge of the "
                            "Justice Department's Antitrust Division."),
                           has={"roles": (("Maria Delgado", "Assistant Attorney General",
                                           "Justice Department's Antitrust Division"),)}),
                   Example(("said Principal Deputy Assistant Attorney General Omar Ghalib, head "
                            "of the Justice Department's Civil Rights Division."),
                           has={"roles": (("Omar Ghalib",
                                           "Principal Deputy Assistant Attorney General",
                                           "Justice Department's Civil Rights Division"),)}),
                   Example(("Deputy Director Maria Delgado, a friend of the Ohio Arts Council, "
                            "spoke first."),
                           lacks={"roles": (("Maria Delgado", "Deputy Director",
                                             "Ohio Arts Council"),)})], off=None)
    def led_org_after_name(self, end: int, limit: int) -> str | None:
        """The body a titled name is said to lead right after it."""
        doc = self.doc
        k = end + suffix_length(doc, end, limit)
        words = [t.lower_ for t in doc[k:min(k + 4, limit)]]
        if words[:3] == ["in", "charge", "of"]:
            j = k + 3
        elif words[:1] == [","] and words[1:2] == ["the"] and words[2:4] and \
                words[2] in LEADER_NOUNS and words[3:4] == ["of"]:
            j = k + 4
        elif words[:1] == [","] and len(words) > 2 and words[1] in LEADER_NOUNS \
                and words[2] == "of" or words[:1] == [","] and words[1:2] == ["who"] and len(words) > 2 \
                and words[2] in LEADING_VERBS:
            j = k + 3
        else:
            j = self.leading_verb_after(k, limit)
            if j is None:
                return None
        j += j < limit and doc[j].lower_ == "the"
        return self.org_start[j].label_ if j in self.org_start else None

    @construction("titled-name-will-lead-org", "roles", "pattern",
                  "a titled name that is the subject of \"lead\" or \"head\" holds the title at "
                  "the body it leads (\"The Executive Director, Name, will lead the Org\")",
                  [Example(("The Executive Director, Matthew Hale, will lead the Halden Review "
                            "Task Force, which meets monthly."),
                           has={"roles": (("Matthew Hale", "Executive Director",
                                           "Halden Review Task Force"),)}),
                   Example("Deputy Director Maria Delgado heads the Halden Review Task Force.",
                           has={"roles": (("Maria Delgado", "Deputy Director",
                                           "Halden Review Task Force"),)})], off=None)
    def leading_verb_after(self, k: int, limit: int) -> int | None:
        """Where the object of "(, ) (will) lead/head" after the name at k starts."""
        doc = self.doc
        k += k < limit and doc[k].text == ","
        while k < limit and doc[k].lower_ in LEADING_AUXILIARIES:
            k += 1
        if k < limit and doc[k].pos_ == "VERB" and (doc[k].lower_ in LEADING_VERBS
                                                    or doc[k].lemma_ in LEADING_LEMMAS):
            return k + 1
        return None

    @construction("led-by-titled-name", "roles", "pattern",
                  "a body said to be led by a titled name gives the title its organisation: "
                  "\"X, led by Title Name\", \"X will be led by Title Name\", \"X's team "
                  "led by Title Name\"",
                  [Example(("The inquiry was run by the Halden Task Force, led by Detective "
                            "Superintendent Maria Delgado, over two years."),
                           has={"roles": (("Maria Delgado", "Detective Superintendent",
                                           "Halden Task Force"),)}),
                   Example(("The new Columbus Division will be led by Special Agent in Charge "
                            "R. Thomas Hale, who joined the bureau in 1998."),
                           has={"roles": (("R. Thomas Hale", "Special Agent in Charge",
                                           "Columbus Division"),)}),
                   Example(("The talks with the Halden Task Force were led by Deputy Director "
                            "Maria Delgado."),
                           lacks={"roles": (("Maria Delgado", "Deputy Director",
                                             "Halden Task Force"),)})], off=None)
    def leading_org(self, title_start: int, sent_start: int) -> str | None:
        """The body the phrase before "led by <title>" names: ending right before ", led", or
        the passive's subject ("X will be led by"), or its group ("the X team led by")."""
        doc = self.doc
        k = title_start - 2
        if k <= sent_start or doc[k + 1].lower_ != "by" or doc[k].lower_ not in LED_VERBS:
            return None
        k -= 1
        if doc[k].text == ",":
            return self.org_end[k].label_ if k in self.org_end else None
        if doc[k].is_lower and doc[k].lower_ in GROUP_NOUNS:  # "the Org's team led by"
            k -= 1 + (doc[k - 1].text in POSSESSIVES)
            return self.org_end[k + 1].label_ if k + 1 in self.org_end else None
        aux = k
        while k > sent_start and doc[k].lower_ in PASSIVE_AUXILIARIES:
            k -= 1
        org = self.org_end.get(k + 1)
        if k == aux or org is None or not any(t.dep_ == "nsubjpass" for t in org):
            return None  # "a delegation from the Org led by": not the Org's leader
        return org.label_

    @construction("title-comma-name", "roles", "pattern",
                  "a title (of an organisation) before a comma and the name: \"The Executive "
                  "Director, Matthew G. Olsen\"",
                  [Example(("The Head of the Regional Office for Central Asia, Mr. Arman "
                            "Seitkali, opened the meeting."),
                           has={"roles": (
                               ("Arman Seitkali", "Head", "Regional Office for Central Asia"),)}),
                   Example("The Executive Director, Matthew G. Olsen, will lead the review.",
                           has={"roles": (("Matthew G. Olsen", "Executive Director"),)})], off=None)
    def title_comma_name(self, name_start: int, sent_start: int):
        doc = self.doc
        k = name_start - 1
        if k <= sent_start or doc[k].text != ",":
            return None
        org_id = None
        end = k
        if k - 1 in self.org_at:
            org_id = self.org_at[k - 1]
            org = next(s for s in doc.spans["organisations"] if s.start <= k - 1 < s.end)
            p = org.start - 1
            if p > sent_start and doc[p].lower_ == "the":
                p -= 1
            if p <= sent_start or doc[p].lower_ not in ORG_PREPS:
                return None
            end = p
        elif doc[k - 1].lower_ not in TITLE_HEADS and not field_ends_title(doc, k, sent_start):
            return None
        start = end
        while start > sent_start and (is_title_word(doc[start - 1])
                                      or doc[start - 1].lower_ in QUALIFIERS
                                      or doc[start - 1].text[:1].isupper()
                                      and doc[start - 1].lower_ not in ARTICLES
                                      or portfolio_of_title(doc, start - 1, sent_start)
                                      and is_on("title-of-field-comma-name")):
            if org_id is None and self.org_opens_title(start, sent_start):
                return self.comma_title(start, end, self.org_before_title(start, sent_start))
            start -= 1
        if org_id is None and self.org_opens_title(start, sent_start):
            return self.comma_title(start, end, self.org_before_title(start, sent_start))
        if start > sent_start and doc[start - 1].lower_ not in TITLE_PHRASE_OPENERS \
                and is_on("title-opens-its-phrase"):
            return None
        return self.comma_title(start, end, org_id)

    def comma_title(self, start: int, end: int, org_id: str | None):
        doc = self.doc
        title = doc[start:end]
        if not len(title) or not any(t.lower_ in TITLE_HEADS for t in title):
            return None
        return title, org_id

    @construction("org-title-comma-name", "roles", "pattern",
                  "an organisation (or its possessive) opening a title before a comma and the "
                  "name is the title's: \"the Halden Institute Director, Maria Delgado,\"",
                  [Example(("Remarks will be given by the Halden Institute Director, Maria "
                            "Delgado, and others."),
                           has={"roles": (("Maria Delgado", "Director", "Halden Institute"),)},
                           lacks={"roles": (("Maria Delgado", "Halden Institute Director"),)}),
                   Example(("The Solvang Research Institute's Chief Executive Officer, Anna Berg, "
                            "opened the plant in Oslo."),
                           has={"roles": (("Anna Berg", "Chief Executive Officer",
                                           "Solvang Research Institute"),)})], off=False)
    def org_opens_title(self, start: int, sent_start: int) -> bool:
        """An organisation mention (or "Org's") ends right before the title word at start,
        and the title's phrase opens before it ("the Org Director, Name")."""
        doc = self.doc
        before = start - 1
        if before > sent_start and doc[before].text in POSSESSIVES:
            before -= 1
        if not (before >= sent_start and before in self.org_at
                and (is_title_word(doc[start]) or self.org_then_qualifier(start))
                and not is_title_word(doc[before]) and doc[before].lower_ not in QUALIFIERS):
            return False
        opens = next(s for s in self.doc.spans["organisations"]
                     if s.start <= before < s.end).start
        return opens <= sent_start or doc[opens - 1].lower_ in TITLE_PHRASE_OPENERS


    @construction("org-qualified-title-comma-name", "roles", "pattern",
                  "a capitalised qualifier may open the title after the organisation: \"the "
                  "Halden Institute High Commissioner for Refugees, Name,\"",
                  [Example(("Remarks will be given by the Halden Institute High Commissioner "
                            "for Refugees, Maria Delgado, and others."),
                           has={"roles": (("Maria Delgado", "High Commissioner for Refugees",
                                           "Halden Institute"),)})], off=False)
    def org_then_qualifier(self, start: int) -> bool:
        return self.qualifier_before_title(start, len(self.doc))


@construction("in-charge-of-org-before-name", "roles", "pattern",
              "\"Special Agent in Charge of the Org Name\": a title closed by \"in Charge\" "
              "names the body between it and the name",
              [Example(("The arrest was announced by U.S. Attorney Jim Hale and Special Agent in "
                        "Charge of the FBI Dayton Field Office David Moss."),
                       has={"roles": (("David Moss", "Special Agent in Charge",
                                       "FBI Dayton Field Office"),)})], off=False)
def charge_closes_title(tok) -> bool:
    return in_charge(tok)


declare("city-office-after-parent", "roles", "pattern",
        "a city's office named after its parent body and a comma (\"of the Org (ACR), Office "
        "of Investigations Dayton Office\") is where the titled name works",
        [Example(("The plea was announced by Special Agent in Charge Christopher B. Moss of the "
                  "HHS Office of Inspector General (HHS-OIG), Office of Investigations Dayton "
                  "Office."),
                 has={"roles": (("Christopher B. Moss", "Special Agent in Charge",
                                 "Office of Investigations Dayton Office"),)})],
        module=__name__)


def city_word(tok) -> bool:
    """A place's name before a unit's head ("... Dayton Office"): a place entity, or a proper
    noun that is no organisation head or title word."""
    return tok.ent_type_ == "GPE" or tok.pos_ == "PROPN" and tok.lower_ not in ORG_HEADS \
        and not is_title_word(tok) and tok.text[:1].isupper()


@construction("hyphenated-title-before-name", "roles", "pattern",
              "a title written with hyphens before a name is one title (\"Special "
              "Agent-in-Charge Name\")",
              [Example(("The case was announced by U.S. Attorney Jim Hale and Special "
                        "Agent-in-Charge Christopher B. Moss of the Dayton Regional Office."),
                       has={"roles": (("Christopher B. Moss", "Special Agent-in-Charge"),)})],
              off=False)
def glued_in_title(doc, i: int, sent_start: int) -> bool:
    """Token i is a hyphen, or a lower-case word between hyphens, glued to its neighbours
    inside a title ("Agent-in-Charge")."""
    t = doc[i]
    if i - 1 <= sent_start or t.whitespace_ or doc[i - 1].whitespace_:
        return False
    if t.text in DASHES_IN_TITLE:  # "Agent-in", "in-Charge", "then-Sheriff"; not "mid-Atlantic"
        left = doc[i - 1]
        return is_title_word(left) or left.lower_ in QUALIFIERS or left.is_lower and i - 2 > \
            sent_start and doc[i - 2].text in DASHES_IN_TITLE
    return t.is_lower and doc[i - 1].text in DASHES_IN_TITLE and i + 1 < len(doc) \
        and doc[i + 1].text in DASHES_IN_TITLE


@construction("title-portfolio-before-name", "roles", "pattern",
              "\"and\" joins the fields of a title's portfolio before a name (\"Minister for "
              "Trade and Industry Tan Wei Ming\"), not two people's titles",
              [Example(("The agreement was signed with Minister for Trade and Industry Tan Wei "
                        "Ming."),
                       has={"roles": (("Tan Wei Ming", "Minister for Trade and Industry"),)}),
               Example(("The case was investigated by U.S. Attorney Rod J. Rosenstein for the "
                        "District of Maryland and Special Agent in Charge Gordon B. Johnson of "
                        "the FBIs Baltimore Field Office."),
                       has={"roles": (("Gordon B. Johnson", "Special Agent in Charge"),)},
                       lacks={"roles": (("Gordon B. Johnson", "U.S. Attorney"),)})], off=False)
def in_portfolio(doc, i: int, sent_start: int) -> bool:
    """The "and" at i: capitalised words back to "for/of" after a title word."""
    if i + 1 >= len(doc) or is_title_word(doc[i + 1]):
        return False  # "... of Maryland and Special Agent in Charge X": two people's titles
    k = i - 1
    while k > sent_start and i - k <= 4 and doc[k].text[:1].isupper():
        k -= 1
    return k > sent_start and k < i - 1 and doc[k].lower_ in PORTFOLIO_PREPS \
        and doc[k - 1].lower_ in TITLE_HEADS


@construction("sentence-opening-title-word", "roles", "pattern",
              "a sentence-opening noun the parser makes a compound inside the title before a "
              "name belongs to it (\"Road Safety Minister Jane Doyle said\")",
              [Example("Road Safety Minister Jane Doyle said the rules start in May.",
                       has={"roles": (("Jane Doyle", "Road Safety Minister"),)}),
               Example("Yesterday Minister Jane Doyle said the rules start in May.",
                       lacks={"roles": (("Jane Doyle", "Yesterday Minister"),)})], off=False)
def opening_compound(t, end: int) -> bool:
    """The sentence's first word modifies, as a compound, a word of the title (before end)."""
    return t.dep_ == "compound" and t.i < t.head.i < end


@construction("title-of-field-comma-name", "roles", "pattern",
              "a title with its field before a comma and the name: \"Head of Operations, "
              "Name, said\"; of/for joins a title word and a capitalised field",
              [Example(("Head of Operations, Jim Bradley, introduced the plan and gave an "
                        "overview."),
                       has={"roles": (("Jim Bradley", "Head of Operations"),)}),
               Example("The Director for Security Policy, Maria Delgado, opened the session.",
                       has={"roles": (("Maria Delgado", "Director for Security Policy"),)})],
              off=False)
def field_ends_title(doc, k: int, sent_start: int) -> bool:
    """Capitalised words before k run back to an of/for after a title word."""
    i = k - 1
    while i > sent_start and k - i <= 4 and doc[i].text[:1].isupper() \
            and not is_title_word(doc[i]):
        i -= 1
    return i < k - 1 and is_on("title-of-field-comma-name") \
        and portfolio_of_title(doc, i, sent_start)


def portfolio_of_title(doc, i: int, sent_start: int) -> bool:
    """The of/for at i joins a title word before it to a capitalised word after it."""
    return doc[i].lower_ in PORTFOLIO_PREPS and i - 1 >= sent_start and i + 1 < len(doc) \
        and is_title_word(doc[i - 1]) and doc[i + 1].text[:1].isupper()


@construction("suffix-before-org", "roles", "pattern",
              "a generational suffix or post-nominal between a titled name and its \"of the "
              "Org\" is passed over (\"Special Agent in Charge Robert Hale III of the FBI\")",
              [Example(("The case was investigated by Special Agent in Charge Robert D. Hale III "
                        "of the Federal Bureau of Investigation."),
                       has={"roles": (("Robert D. Hale", "Special Agent in Charge",
                                       "Federal Bureau of Investigation"),)}),
               Example(("The plea was announced by Special Agent in Charge Dale R. Hollis Sr. "
                        "of the FBI's Tulsa Field Office."),
                       has={"roles": (("Dale R. Hollis", "Special Agent in Charge",
                                       "FBI's Tulsa Field Office"),)}),
               Example(("Dale R. Hollis, Sr., 55, a former manager of Halden Freight Inc., was "
                        "indicted today."),
                       has={"roles": (("Dale R. Hollis", "former manager",
                                       "Halden Freight Inc."),)})], off=0)
def suffix_length(doc, k: int, limit: int) -> int:
    """How many suffix tokens (\"III\", \"Jr.\", \", Jr.\", \"Sr\" \".\" where the
    tokenizer splits the full stop off) stand at k."""
    n = 0
    while k + n < limit and (doc[k + n].lower_.rstrip(".") in POST_NOMINALS
                             or doc[k + n].text == "," and k + n + 1 < limit
                             and doc[k + n + 1].lower_.rstrip(".") in POST_NOMINALS
                             or doc[k + n].text == "." and n and doc[k + n - 1].is_alpha
                             and doc[k + n - 1].lower_ in POST_NOMINALS):
        n += 1
    return n


@construction("suffix-before-coordination", "roles", "pattern",
              "a generational suffix before \"and\" does not part coordinated titled names: "
              "\"Trial Attorneys A Jr. and B of the Org\" share the title and the Org",
              [Example(("Trial Attorneys Dale R. Hollis Jr. and Maria Delgado of the Civil "
                        "Rights Division are prosecuting the case."),
                       has={"roles": (("Dale R. Hollis", "Trial Attorney",
                                       "Civil Rights Division"),
                                      ("Maria Delgado", "Trial Attorney",
                                       "Civil Rights Division"))})], off=0)
def suffix_before_and(doc, k: int, limit: int) -> int:
    """The length of the suffix at k where "and" follows it, else 0."""
    n = suffix_length(doc, k, limit)
    return n if n and k + n < limit and doc[k + n].lower_ == "and" else 0


@construction("suffix-comma-before-org", "roles", "pattern",
              "a comma closing a generational suffix does not part a titled name from its "
              "body: \"Special Agent in Charge Dale R. Hollis Jr., of the Org\"",
              [Example(("The case was investigated by Acting Special Agent in Charge Dale R. "
                        "Hollis Jr., of the U.S. Secret Service, Criminal Investigative Division."),
                       has={"roles": (("Dale R. Hollis", "Acting Special Agent in Charge",
                                       "Criminal Investigative Division"),)})], off=False)
def comma_after_suffix(doc, k: int, limit: int) -> bool:
    """A comma at k (after a suffix) before of/at/for."""
    return k + 1 < limit and doc[k].text == "," and doc[k + 1].lower_ in ORG_PREPS


def complemented(title) -> bool:
    """A title head with a complement: "Special Agent in Charge", "U.S. Attorney for the
    Eastern District of Michigan"."""
    heads = [t.i for t in title if t.lower_ in TITLE_HEADS]
    return bool(heads) and any(t.lower_ in COMPLEMENT_PREPS and t.i > heads[0] for t in title)
