"""Role constructions that read the title after the name: "Name, Title of/at Org", "Name
(Title, Org)", "Name, Org's Title", "Name, who is Title", "Name as Title", "Name, Title -
Org", header lines "Name MP Title Title", "Name was appointed Title", and "as Title, he ..."
for the person last named."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from extract.components.organisations.base import norm
from extract.components.people.names import post_nominal
from extract.components.roles.before_name import suffix_length
from extract.components.roles.title_phrase import PLACE_ENTITIES, TitlePhrases, second_title
from extract.constructions import Example, construction, declare, is_on
from extract.lexicon import POST_NOMINALS, TITLE_HEADS, TITLE_LINK_VERBS
from extract.lexicon.roles import (
    APPOINTING_VERBS,
    APPOSITION_OPENERS,
    ARTICLES,
    BOARD_NOUNS,
    CLAUSE_LINKS,
    COURT_LEMMAS,
    DESCRIPTION_REACH,
    DASHES,
    LEADING_LEMMAS,
    LEDE_SENTENCES,
    LIST_TITLE_OPENERS,
    MAX_LIST,
    MAX_RESIDENCE,
    MANAGING_LEMMAS,
    ORG_PREPS,
    PERFECT_AUXILIARIES,
    PERSONAL_PRONOUNS,
    PLACE_POST_PREPS,
    POSSESSIVE_PRONOUNS,
    POSSESSIVE_ENDS,
    POSSESSIVES,
    QUALIFIERS,
    RELATIVE_OPENERS,
    QUOTE_MARKS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SUCCESSION_WORDS,
    SERVE_FORMS,
    TIME_ADVERBS,
    TITLE_LINK_PREPS,
)
from extract.spans import age_follows
from extract.components.roles.resolve import plural_title
from extract.titles import is_title_word

declare("title-of-next-person", "roles", "filter",
        "a title that runs into the next name is that person's, not the one before "
        "(\"President Rahimi, Minister of Justice Ghalib, ...\")",
        [Example(("The meeting was attended by President Hamid Rahimi, Minister of Justice Omar "
                  "Ghalib and others."),
                 has={"roles": (("Omar Ghalib", "Minister of Justice"),)},
                 lacks={"roles": (("Hamid Rahimi", "Minister of Justice"),)})], module=__name__)


def court_clauses(sent) -> list:
    """(verb, subject) of the court verbs heading a sentence or its reported clause ("X
    pleaded guilty today, announced Y")."""
    out = []
    for verb in (sent.root, *(c for c in sent.root.children if c.dep_ == "ccomp")):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if verb.lemma_ in COURT_LEMMAS and subject is not None:
            out.append((verb, subject))
    return out


@construction("honour-before-title", "roles", "pattern",
              "an honour or credential in capitals between a name and its apposed title "
              "(\"Name AO, Chief Executive of X\") does not break the role",
              [Example(("Helen Ward AO, Chief Executive of the Solvang Research Institute, "
                        "opened the centre."),
                       has={"roles": (("Helen Ward", "Chief Executive",
                                       "Solvang Research Institute"),)}),
               Example("Tom Berg CFA, Managing Partner of Brightwell Capital, said returns rose.",
                       has={"roles": (("Tom Berg", "Managing Partner", "Brightwell Capital"),)})],
              off=False)
def honour_after_name(tok) -> bool:
    """ "AO", "CFA" after a name: post-nominal letters the people rules also cut."""
    return post_nominal(tok)


class AfterName(TitlePhrases):
    def titles_after_name(self, person: Span):
        """The titles right after a name (past its post-nominals)."""
        doc, sent = self.doc, person.sent
        i = person.end
        while i < sent.end and (doc[i].lower_.rstrip(".") in POST_NOMINALS
                                or honour_after_name(doc[i])):
            i += 1
        i += suffix_length(doc, i, sent.end)  # "Name, Sr., 55, a former ..."
        if self.age_between(i) and doc[i + 2].text == ",":
            i += 2  # "Name, 45, the owner of X": the title after the age
        i = self.residence_between(i, sent.end) or i
        yield from self.list_shares_title(person)
        if i < sent.end and doc[i].text in APPOSITION_OPENERS:
            yield from self.name_comma_title(person, i)
        elif i < sent.end and doc[i].lower_ == "as":
            yield from self.name_as_title(person, i)
        elif i < sent.end and (i > person.end or "\n" in doc[person.start:i + 1].text
                               or is_title_word(doc[i]) and doc[i].text[:1].isupper()):
            line_end = i
            while line_end < sent.end and "\n" not in doc[line_end].text_with_ws:
                line_end += 1
            yield from self.header_titles(i, min(line_end + 1, sent.end), person)

    @construction("list-then-plural-title", "roles", "pattern",
                  "a plural title apposed after a list of names is each one's: \"A and B, the "
                  "owners of Org\", \"A, B and C, all former managers of Org\"",
                  [Example(("Tom Berg and Anna Lund, the owners of Halden Freight Inc., were "
                            "sentenced."),
                           has={"roles": (("Tom Berg", "owner", "Halden Freight Inc."),
                                          ("Anna Lund", "owner", "Halden Freight Inc."))}),
                   Example(("Tom Berg, Anna Lund and Maria Cole, all former managers of Halden "
                            "Freight Inc., were charged."),
                           has={"roles": (("Anna Lund", "former manager",
                                           "Halden Freight Inc."),)}),
                   Example(("Tom Berg and Anna Lund, the co-owners of Halden Freight Inc., were "
                            "sentenced."),
                           has={"roles": (("Tom Berg", "co-owner", "Halden Freight Inc."),)})],
                  off=list)
    def list_shares_title(self, person: Span) -> list:
        """(title, organisation, evidence) where the person is one of a list of names followed
        by ", (the/all/both) <lower-case plural title> of/at <Org>"."""
        doc, limit = self.doc, person.sent.end
        k, members = person.end, 1
        for _ in range(MAX_LIST):
            k += suffix_length(doc, k, limit)
            j = k + (k < limit and doc[k].text == ",")
            j += j < limit and doc[j].lower_ == "and"
            if j == k or j not in self.person_start:
                break
            k, members = self.person_start[j].end, members + 1
        k += suffix_length(doc, k, limit)
        if members == 1 and self.member_before(person.start, person.sent.start) is None:
            return []  # a name alone, not a list's last
        if not (k + 2 < limit and doc[k].text == ","):
            return []
        t = k + 1 + (doc[k + 1].lower_ in LIST_TITLE_OPENERS)
        head = t
        while head < min(limit, t + 4) and not plural_title(doc[head]) \
                and (doc[head].is_lower and (doc[head].lower_ in QUALIFIERS
                                             or doc[head].pos_ in ("ADJ", "NOUN"))
                     or doc[head].text == "-" and not doc[head].whitespace_):
            head += 1
        if not (head + 2 < limit and plural_title(doc[head])
                and doc[head + 1].lower_ in ORG_PREPS):
            return []
        org = head + 2 + (doc[head + 2].lower_ == "the")
        if org not in self.org_start:
            return []
        return [(doc[t:head + 1], self.org_start[org].label_,
                 (person.start_char, doc[head].idx + len(doc[head])))]

    @construction("title-after-age", "roles", "pattern",
                  "an age in commas between a name and its title: \"Name, 45, the owner of "
                  "Org\"",
                  [Example(("Bernice Brown, 56, the owner of Wayne County Therapeutic Inc. "
                            "(WCT), and Daniel Smorynski, 63, the vice president of WCT, were "
                            "sentenced."),
                           has={"roles": (("Bernice Brown", "owner",
                                           "Wayne County Therapeutic Inc."),
                                          ("Daniel Smorynski", "vice president"))})],
                  off=False)
    def age_between(self, i: int) -> bool:
        return age_follows(self.doc, i)

    @construction("title-after-residence", "roles", "pattern",
                  "a residence in commas between a name (and age) and its title: \"Name, 60, "
                  "of Town, State, an owner of Org\"",
                  [Example(("Omar Ghalib, 60, of West Halden, Michigan, an owner of Halden Home "
                            "Health Inc., pleaded guilty yesterday."),
                           has={"roles": (("Omar Ghalib", "owner", "Halden Home Health Inc."),)}),
                   Example("Tom Berg, 28, of Dayton, Ohio, pleaded guilty to fraud.",
                           lacks={"roles": (("Tom Berg", "Ohio"),)})], off=None)
    def residence_between(self, i: int, limit: int) -> int | None:
        """The comma before a title that follows ", of Town(, State)," at i."""
        doc = self.doc
        if not (i + 2 < limit and doc[i].text == "," and doc[i + 1].lower_ == "of"
                and doc[i + 2].text[:1].isupper()):
            return None
        k = i + 2
        while k < min(limit, i + 2 + MAX_RESIDENCE):
            if doc[k].text == ",":
                if self.title_at(k + 1, limit):
                    return k
            elif not doc[k].text[:1].isupper() or k in self.person_at or k in self.org_at:
                return None
            k += 1
        return None

    @construction("name-comma-title", "roles", "pattern",
                  "a title in apposition after the name: \"Name, Title of/at Org\", \"Name "
                  "(Title, Org)\"",
                  [Example("Priya Raman, Head of Communications, said the report is ready.",
                           has={"roles": (("Priya Raman", "Head of Communications"),)})], off=list)
    def name_comma_title(self, person: Span, i: int) -> list:
        return list(self.titles_after(self.title_start(i + 1, person.sent.end),
                                      person.sent.end, person))

    @construction("name-as-title", "roles", "pattern",
                  "\"Name as Title\"; in a list of appointments the clause's subject body is "
                  "the organisation (\"leaders in the X include A as CFO\")",
                  [Example("Halden Robotics named Ravi Menon as Chief Financial Officer.",
                           has={"roles": (("Ravi Menon", "Chief Financial Officer"),)})], off=list)
    def name_as_title(self, person: Span, i: int) -> list:
        found = list(self.titles_after(self.title_start(i + 1, person.sent.end),
                                       person.sent.end, person))
        scope = self.scope_org(person) or self.appointing_org(person)
        return [(t, o or scope, e) for t, o, e in found]

    def title_start(self, j: int, limit: int) -> int:
        return self.relative_clause(j, limit) or self.time_adverb(j, limit) \
            or self.place_owner(j, limit) or self.after_plain_conjunct(j, limit) or j

    @construction("title-after-plain-conjunct", "roles", "pattern",
                  "an apposed noun phrase that is no title, coordinated with one that is, is "
                  "passed over (\"Name, a U.S. citizen and a former president of Org\")",
                  [Example(("Tom Berg, a Canadian citizen and a former president of Halden "
                            "Robotics Inc., pleaded guilty."),
                           has={"roles": (("Tom Berg", "former president",
                                           "Halden Robotics Inc."),)})], off=None)
    def after_plain_conjunct(self, j: int, limit: int) -> int | None:
        """Past "a/an <words> and" where no title starts at j and one starts after "and"."""
        doc = self.doc
        if not (j < limit and doc[j].lower_ in ARTICLES) or self.title_at(j, limit):
            return None
        for k in range(j + 1, min(j + 6, limit - 1)):
            if doc[k].is_punct or k in self.person_at or k in self.org_at:
                return None
            if doc[k].lower_ == "and":
                return k + 1 if self.title_at(k + 1, limit) else None
        return None

    @construction("time-adverb-apposed-title", "roles", "pattern",
                  "a time adverb opening an apposed title (\"Name (formerly Title at Org)\", "
                  "\"Name, most recently Title of Org, ...\") is passed over",
                  [Example(("Tom Berg (formerly Director of Sales at Halden Robotics Inc.) joins "
                            "the board."),
                           has={"roles": (("Tom Berg", "Director of Sales",
                                           "Halden Robotics Inc."),)}),
                   Example(("Tom Berg, most recently Chief Financial Officer of Halden Robotics "
                            "Inc., joins the board."),
                           has={"roles": (("Tom Berg", "Chief Financial Officer",
                                           "Halden Robotics Inc."),)})], off=None)
    def time_adverb(self, j: int, limit: int) -> int | None:
        doc = self.doc
        if j + 1 < limit and doc[j].lower_ == "most" and doc[j + 1].lower_ == "recently":
            j += 1
        elif not (j < limit and doc[j].lower_ in TIME_ADVERBS):
            return None
        j += 1
        return j if self.title_at(j, limit) else None

    @construction("place-owner-before-title", "roles", "pattern",
                  "a place owning the post after \"as\" (\"as Norway's next Ambassador to "
                  "Chile\") is passed over: the title is the post's, the place no body",
                  [Example(("The minister announced the appointment of Ms Ingrid Dahl as "
                            "Norway's next Ambassador to Chile."),
                           has={"roles": (("Ingrid Dahl", "Ambassador to Chile"),)})],
                  off=None)
    def place_owner(self, j: int, limit: int) -> int | None:
        """Past "Place's (new|next)" where the place is a place entity, not a body."""
        doc = self.doc
        k = j
        while k < limit and doc[k].ent_type_ in PLACE_ENTITIES and k not in self.org_at:
            k += 1
        if k == j or k + 1 >= limit or doc[k].text not in POSSESSIVES:
            return None
        k += 1
        if doc[k].lower_ in SUCCESSION_WORDS:
            k += 1
        return k if self.title_at(k, limit) else None

    @construction("name-who-is-title", "roles", "pattern",
                  "\"Name, who is Title\", \"Name, who serves as Title\": the title after the "
                  "relative clause's verb",
                  [Example(("The case is being prosecuted by Assistant U.S. Attorney Corey R. "
                            "Amundson, who serves as the Senior Deputy Criminal Chief, and "
                            "Assistant U.S. Attorney Ian F. Hipwell."),
                           has={"roles": (
                               ("Corey R. Amundson", "Senior Deputy Criminal Chief"),)})], off=None)
    def relative_clause(self, j: int, limit: int) -> int | None:
        doc = self.doc
        if j + 1 < limit and doc[j].lower_ == "who":
            found = self.perfect_serve(j + 1, limit)
            if found:
                return found
        if j + 1 < limit and doc[j].lower_ == "who" and doc[j + 1].lemma_ == "be":
            return j + 2
        if j + 1 < limit and doc[j].lower_ in RELATIVE_OPENERS and \
                doc[j + 1].lower_ in SERVE_FORMS and j + 2 < limit:
            return j + (3 if doc[j + 2].lower_ == "as" else 2)
        return None

    @construction("who-has-served-as", "roles", "pattern",
                  "a perfect tense or adverbs before the relative clause's verb: \"Name, who "
                  "has (generously) served as Title\", \"Name, who was previously Title\"",
                  [Example(("Tom Berg, who has generously served as interim CEO, will return to "
                            "the board."),
                           has={"roles": (("Tom Berg", "interim CEO"),)}),
                   Example(("Tom Berg, who was previously Chief Financial Officer of Halden "
                            "Robotics Inc., joins the board."),
                           has={"roles": (("Tom Berg", "Chief Financial Officer",
                                           "Halden Robotics Inc."),)}),
                   Example("Tom Berg, who has served on the board since 2010, will retire.",
                           lacks={"roles": (("Tom Berg", "board"),)})], off=None)
    def perfect_serve(self, j: int, limit: int) -> int | None:
        doc = self.doc
        if j < limit and doc[j].lower_ in PERFECT_AUXILIARIES:
            j += 1
        while j < limit and doc[j].pos_ == "ADV":
            j += 1
        if j + 1 < limit and doc[j].lower_ in SERVE_FORMS and doc[j + 1].lower_ == "as":
            return j + 2
        if j + 1 < limit and doc[j].lemma_ == "be":
            j += 1
            while j < limit and doc[j].pos_ == "ADV":
                j += 1
            return j
        return None

    @construction("appointments-under-a-body", "roles", "pattern",
                  "the body a list of appointments is about: the subject of the clause "
                  "(\"Key leaders in the X of Halden include A as Group CFO\")",
                  [Example(("Key leaders in the Digital Services Division of Halden Robotics "
                            "include Ravi Menon as Group CFO and Anna Berg as Head of "
                            "Procurement."),
                           has={"roles": (
                               ("Ravi Menon", "Group CFO",
                                "Digital Services Division of Halden Robotics"),)})],
                  off=None)
    def scope_org(self, person: Span) -> str | None:
        node = person.root
        while node.dep_ in ("conj", "appos", "dobj", "attr", "pobj", "prep") \
                and node.head.i != node.i:
            node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            return None
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None
        for tok in subject.subtree:
            if tok.i in self.org_at:
                return self.org_at[tok.i]
        return None

    @construction("appointing-body", "roles", "pattern",
                  "the body that appoints or announces a person \"as Title\" is the "
                  "title's organisation (\"Brightwell Robotics Inc. is pleased to announce Ravi "
                  "Menon as Chief Product Officer\")",
                  [Example(("Brightwell Robotics Inc. is pleased to announce Ravi Menon as "
                            "Chief Product Officer."),
                           has={"roles": (("Ravi Menon", "Chief Product Officer",
                                           "Brightwell Robotics Inc."),)}),
                   Example(("Brightwell Robotics Inc. today announced it has appointed Ravi Menon "
                            "as Chief Financial Officer."),
                           has={"roles": (("Ravi Menon", "Chief Financial Officer",
                                           "Brightwell Robotics Inc."),)})], off=None)
    def appointing_org(self, person: Span) -> str | None:
        node = person.root
        while node.dep_ in ("conj", "appos") and node.head.i != node.i:
            node = node.head
        if node.dep_ != "dobj" or node.head.lemma_ not in APPOINTING_VERBS:
            return None
        verb = node.head
        for _ in range(4):
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.pos_ != "PRON":
                return self.board_owner(self.org_of_phrase(subject))
            if verb.dep_ not in CLAUSE_LINKS or verb.head.i == verb.i:
                return None
            verb = verb.head
        return None

    @construction("board-appoints-for-its-owner", "roles", "pattern",
                  "a body's board that appoints or announces a person gives the title at the "
                  "body (\"Halden Robotics's Board of Directors is pleased to announce X as "
                  "CEO\")",
                  [Example(("Halden Robotics Inc. will open a plant in Oslo. Halden Robotics "
                            "Inc.'s Board of Directors is pleased to announce Maria Delgado as "
                            "the new CEO."),
                           has={"roles": (("Maria Delgado", "CEO", "Halden Robotics Inc."),)})],
                  off=None)
    def board_owner(self, org_id: str | None) -> str | None:
        """The owner named before "'s Board" in the appointing body's name, where the text
        names the owner as a body too."""
        if org_id is None or not is_on("board-appoints-for-its-owner"):
            return org_id
        name = next((o["name"] for o in self.doc._.organisations or [] if o["id"] == org_id),
                    "")
        for mark in POSSESSIVES:
            owner, sep, rest = name.partition(mark + " ")
            if sep and rest.split()[:1] and rest.split()[0].casefold() in BOARD_NOUNS:
                return self.org_forms[0].get(norm(owner), org_id)
        return org_id

    def org_of_phrase(self, head) -> str | None:
        """The organisation a noun phrase names: a mention inside it, else its proper-noun run
        read as a form of a body the text names."""
        for tok in head.subtree:
            if tok.i in self.org_at:
                return self.org_at[tok.i]
        run = self.doc[head.left_edge.i:head.i + 1]
        if run[0].lower_ == "the":
            run = run[1:]
        return self.org_forms[0].get(norm(run.text)) if len(run) else None

    def titles_after(self, j: int, limit: int, person: Span):
        at = self.article_before_org(j, limit)
        at = j if at is None else at  # switched off
        if at in self.org_start:
            found = self.org_title_after(at, limit, person)
            if found is not None:
                yield from found
                return
        parsed = self.title_at(j, limit)
        if not parsed:
            return
        title, org_id = parsed
        end = title.end
        if end in self.person_start and is_on("title-of-next-person"):
            return
        if self.owner_not_title(title, limit) or self.ends_in_surname(title):
            return
        if org_id is None:
            org_id = self.apposed_org(end, limit) or self.its_org(title, person)
        following = list(self.next_title(title, limit, person))
        if org_id is None and following:
            org_id = self.shared_org(title, following[0][1])
        yield title, org_id, (person.start_char, title.end_char)
        yield from following

    @construction("its-title-names-org", "roles", "pattern",
                  "an apposed title after \"its\" belongs to the organisation named last "
                  "before the name in the sentence: \"Org and its former president, Name\", "
                  "\"A, a manager at Org, and B, its controller\"",
                  [Example(("Halden Freight Inc. and its former president, Tom Berg, pleaded "
                            "guilty to fraud."),
                           has={"roles": (("Tom Berg", "former president",
                                           "Halden Freight Inc."),)}),
                   Example(("Tom Berg, a former vice president at Halden Freight Inc., and Ann "
                            "Cole, its former controller, were charged."),
                           has={"roles": (("Ann Cole", "former controller",
                                           "Halden Freight Inc."),)})], off=None)
    def its_org(self, title: Span, person: Span) -> str | None:
        """The organisation "its" before the title stands for: the last one named before it
        (and before the person) in the sentence."""
        k = title.start - 1
        if k < title.sent.start or self.doc[k].lower_ != "its":
            return None
        before = [s for s in self.doc.spans.get("organisations", [])
                  if title.sent.start <= s.start and s.end <= min(k, person.start)]
        return max(before, key=lambda s: s.end).label_ if before else None

    @construction("possessive-ends-no-title", "roles", "filter",
                  "a title phrase that ends in a possessive not followed by a title word is an "
                  "owner (\"Name (Minister Doyle's Office)\"), not the name's title",
                  [Example("Media contact: Tom Berg (Minister Doyle’s Office): 0400 123 456",
                           lacks={"roles": (("Tom Berg", "Minister Doyle"),)}),
                   Example(("Tom Berg, Minister Doyle's chief of staff, said the office will "
                            "reopen."),
                           lacks={"roles": (("Tom Berg", "Minister Doyle"),)})], off=False)
    def owner_not_title(self, title: Span, limit: int) -> bool:
        """The words after the title's head own what follows ("Minister Doyle's Office");
        after a preposition they are the title's body ("Co-Chair of Acme's practice")."""
        doc, end = self.doc, title.end
        return end < limit and doc[end].text in POSSESSIVE_ENDS \
            and not (end + 1 < limit and is_title_word(doc[end + 1])) \
            and not any(t.lower_ in ORG_PREPS for t in title)

    @construction("title-runs-into-a-surname", "roles", "filter",
                  "an apposed title whose last word is the surname of a person the text names "
                  "is that person's title (\"Joined by Name, Attorney General Banks "
                  "announced\"), not the name's before it",
                  [Example(("Attorney General Helen Banks spoke first. Joined by Acting FBI "
                            "Director Tom Berg, Attorney General Banks announced the plan."),
                           lacks={"roles": (("Tom Berg", "Attorney General Banks"),)})],
                  off=False)
    def ends_in_surname(self, title: Span) -> bool:
        last = title[-1]
        return len(title) > 1 and last.text[:1].isupper() and not is_title_word(last) \
            and last.lower_ in {p[-1].lower_ for p in self.doc.spans.get("people", [])
                                if len(p) > 1}

    @construction("name-the-org-title", "roles", "pattern",
                  "\"Name, the Org's title\": an article before the organisation that opens "
                  "the apposed title",
                  [Example(("Ravi Menon, the Halden Research Institute's chief innovation "
                            "officer, said the lab is ready."),
                           has={"roles": (("Ravi Menon", "chief innovation officer",
                                           "Halden Research Institute"),)})], off=None)
    def article_before_org(self, j: int, limit: int) -> int:
        """Where the organisation opening an apposed title starts: past "the"."""
        doc = self.doc
        if j + 1 < limit and doc[j].lower_ == "the" and j + 1 in self.org_start:
            last = doc[self.org_start[j + 1].end - 1]  # not "the Tax Divisions Acting ..."
            if not (is_title_word(last) or last.lower_ in QUALIFIERS):
                return j + 1
        return j

    @construction("coordinated-titles-share-org", "roles", "pattern",
                  "a title without its own complement, coordinated with a second title of an "
                  "organisation, holds the same organisation (\"Chief Executive Officer and "
                  "co-founder of Org\")",
                  [Example(("Tom Becker, Chief Executive Officer and co-founder of the Solvang "
                            "Research Institute, said the trial starts in May."),
                           has={"roles": (("Tom Becker", "Chief Executive Officer",
                                           "Solvang Research Institute"),
                                          ("Tom Becker", "co-founder",
                                           "Solvang Research Institute"))}),
                   Example(("Sheikh Saeed bin Rashid, Deputy Prime Minister of the UAE and Ruler "
                            "of the Fujairah Research Foundation, attended the opening."),
                           lacks={"roles": (("Saeed bin Rashid",
                                             "Deputy Prime Minister of the UAE",
                                             "Fujairah Research Foundation"),)})], off=None)
    def shared_org(self, title: Span, second_org: str | None) -> str | None:
        """The second title's organisation, where the first title has no of/for/at
        complement of its own."""
        if any(t.lower_ in ORG_PREPS for t in title):
            return None
        return second_org

    @construction("name-org-title", "roles", "pattern",
                  "an organisation then a title after the name: \"Name, IRS Chief\", \"Name, "
                  "the agency's Director\"",
                  [Example(("\"Paying individuals under the table in an effort to circumvent the "
                            "tax laws is criminal activity,\" said Eileen Mayer, IRS Chief, "
                            "Criminal Investigation."),
                           has={"roles": (("Eileen Mayer", "Chief", "IRS"),)})], off=None)
    def org_title_after(self, j: int, limit: int, person: Span) -> list:
        doc = self.doc
        org = self.org_start[j]
        k = org.end
        if k < limit and doc[k].text in POSSESSIVES:
            k += 1
        parsed = self.title_at(k, limit)
        if not (parsed and parsed[0].start == k):
            return []
        title, _ = parsed
        if title.end in self.person_start and is_on("title-of-next-person"):
            return []
        return [(title, org.label_, (person.start_char, title.end_char)),
                *self.next_title(title, limit, person)]

    @construction("name-title-comma-org", "roles", "pattern",
                  "the organisation after a comma or dash that closes the title: \"Name, "
                  "Title, Org,\", \"Name, Title - Org\"",
                  [Example(("The investigation was led by Richard Weber, Chief, Internal Revenue "
                            "Service (IRS) Criminal Investigation; and John Reyes of the FBI."),
                           has={"roles": (
                               ("Richard Weber", "Chief", "Internal Revenue Service"),)})],
                  off=None)
    def apposed_org(self, end: int, limit: int) -> str | None:
        doc = self.doc
        if end + 1 < limit and (doc[end].text == "," or doc[end].text in DASHES):
            k = end + 1 + (doc[end + 1].lower_ == "the")
            if k in self.org_start and closes_apposition(doc, self.org_start[k].end):
                return self.org_start[k].label_
        return None

    def next_title(self, title: Span, limit: int, person: Span):
        """The second of two coordinated titles ("... of the UAE and Ruler of Fujairah", "Staff
        Nurse and media medic")."""
        doc, end = self.doc, title.end
        if not (end + 1 < limit and doc[end].lower_ == "and"
                and second_title(doc, title.start, end, limit)):
            return
        if self.title_at(end + 1, limit):
            yield from self.titles_after(end + 1, limit, person)
            return
        head = next((t for t in doc[end + 1:min(end + 4, limit)] if t.lower_ in TITLE_HEADS),
                    None)
        if head is None:
            return
        second = doc[end + 1:head.i + 1]  # lower-case words and their head
        yield second, None, (person.start_char, second.end_char)

    @construction("header-line-titles", "roles", "pattern",
                  "consecutive capitalised titles after a name on a header line (\"The Hon. "
                  "Jane Doyle MP Prime Minister\")",
                  [Example("The Hon Jane Doyle MP Minister for Health\nThe clinic opens today.",
                           has={"roles": (("Jane Doyle", "Minister for Health"),)})], off=list)
    def header_titles(self, j: int, limit: int, person: Span) -> list:
        found = []
        while j < limit:
            parsed = self.title_at(j, limit, split=True)
            if not parsed:
                break
            title, org_id = parsed
            found.append((title, org_id, (person.start_char, title.end_char)))
            j = title.end
            while j < limit and self.doc[j].is_space:
                j += 1
            if j < limit and j in self.org_at:
                j = next(s.end for s in self.doc.spans["organisations"]
                         if s.start <= j < s.end)
        return found

    @construction("appointed-as-title", "roles", "pattern",
                  "the title a linking verb gives its subject: \"Name has been appointed "
                  "(as) Title\", \"Name served as Title\"",
                  [Example(("Channing D. Phillips was appointed Acting U.S. Attorney for the "
                            "District of Columbia on May 30, 2009."),
                           has={"roles": (
                               ("Channing D. Phillips",
                                "Acting U.S. Attorney for the District of Columbia"),)})],
                  off=list)
    def appointed(self, person: Span) -> list:
        head = person.root
        verb = head.head
        if head.dep_ == "nsubj" and verb.lemma_ == "be" and verb.pos_ == "AUX":
            return self.copular_title(person, verb) + self.conjoined_past_post(person, verb)
        if head.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_ not in TITLE_LINK_VERBS:
            return []
        for child in verb.rights:
            if child.dep_ in ("prep", "attr", "oprd", "xcomp") and \
                    child.lower_ in TITLE_LINK_PREPS or child.dep_ in ("attr", "oprd"):
                j = child.i + 1 if child.lower_ in TITLE_LINK_PREPS else child.left_edge.i
                parsed = self.title_at(j, person.sent.end)
                if parsed:
                    title, org_id = parsed
                    org_id = org_id or self.led_where(title.end, person.sent.end)
                    return [(title, org_id, (person.start_char, title.end_char))] + [
                        (t, o, (person.start_char, t.end_char))
                        for t, o in self.listed_titles(title.end, person.sent.end)]
                return []
        return []

    @construction("served-as-title-list", "roles", "pattern",
                  "posts listed after \"served as Title\" are each the person's: \"she served "
                  "as Director of X, chief of staff to Y, and Assistant U.S. Attorney\"",
                  [Example(("Maria Delgado joined the department in 1998. She previously served "
                            "as the Director of the Office of Legal Policy, chief of staff to the "
                            "Associate Attorney General, and Assistant U.S. Attorney."),
                           has={"roles": (("Maria Delgado", "Director",
                                           "Office of Legal Policy"),
                                          ("Maria Delgado", "chief of staff to the Associate "
                                           "Attorney General"),
                                          ("Maria Delgado", "Assistant U.S. Attorney"))})],
                  off=list)
    def listed_titles(self, end: int, limit: int) -> list:
        """(title, organisation id) of each post in ", Title, and (as) Title" after the title
        ending at `end` (past the body it names); none unless the list closes with "and"."""
        doc, out = self.doc, []
        k = self.past_named_body(end, limit)
        while k + 1 < limit and doc[k].text == ",":
            k += 1
            closing = doc[k].lower_ == "and"
            k += closing
            k += k < limit and doc[k].lower_ == "as"
            parsed = self.title_at(k, limit)
            if not parsed:
                return []
            out.append(parsed)
            k = self.past_named_body(parsed[0].end, limit)
            if closing:
                return out
        return []

    def past_named_body(self, end: int, limit: int) -> int:
        """After a title: past "of/at/for (the) Org" where it names its body."""
        doc = self.doc
        k = end
        if k < limit and doc[k].lower_ in ORG_PREPS:
            j = k + 1 + (k + 1 < limit and doc[k + 1].lower_ == "the")
            if j in self.org_start:
                return self.org_start[j].end
        return k

    @construction("name-was-title-of-org", "roles", "pattern",
                  "\"Name was/is Title of/at Org\": a copula's attribute that is a title phrase "
                  "naming its body",
                  [Example(("Before joining Halden, Maria Delgado was vice president of sales at "
                            "Brightwell Robotics Inc."),
                           has={"roles": (("Maria Delgado", "vice president of sales",
                                           "Brightwell Robotics Inc."),)}),
                   Example("Maria Delgado was the defendant in the Brightwell Robotics Inc. case.",
                           lacks={"roles": (("Maria Delgado", "defendant"),)})], off=list)
    def copular_title(self, person: Span, verb) -> list:
        attr = next((c for c in verb.rights if c.dep_ == "attr"), None)
        if attr is None:
            return []
        parsed = self.title_at(attr.left_edge.i, person.sent.end)
        if not parsed or parsed[1] is None and not self.post_in_place(parsed[0]):
            return []  # only a title that names its body (or the place of a post)
        title, org_id = parsed
        return [(title, org_id, (person.start_char, title.end_char))]

    @construction("conjoined-past-post", "roles", "pattern",
                  "a second copula sharing the name's subject with a time adverb gives a past "
                  "post (\"Name is a career officer and was most recently Title, Unit\")",
                  [Example(("Ms Dahl is a senior officer with the Ministry of Trade and was most "
                            "recently Deputy Secretary, Pandemic Planning Unit."),
                           has={"roles": (("Dahl", "Deputy Secretary",
                                           "Pandemic Planning Unit"),)}),
                   Example("Ms Dahl is a keen sailor and was previously a teacher.",
                           lacks={"roles": (("Dahl", "teacher"),)})], off=list)
    def conjoined_past_post(self, person: Span, verb) -> list:
        doc, limit = self.doc, person.sent.end
        found = []
        for conj in verb.children:
            if conj.dep_ != "conj" or conj.lemma_ != "be" or \
                    any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
                continue
            j = conj.i + 1
            if j + 1 < limit and doc[j].lower_ == "most" and doc[j + 1].lower_ == "recently":
                j += 1
            if not (j < limit and doc[j].lower_ in TIME_ADVERBS):
                continue
            parsed = self.title_at(j + 1, limit)
            if not parsed or not doc[parsed[0].start].text[:1].isupper():
                continue
            title, org_id = parsed
            found.append((title, org_id or self.apposed_org(title.end, limit),
                          (person.start_char, title.end_char)))
        return found

    @construction("as-title-pronoun", "roles", "pattern",
                  "\"as <Title>, he/she ...\" gives the title to the person last named",
                  [Example(("Maria Delgado joined the department in 2001. Previously, as Deputy "
                            "Assistant Attorney General, she led the fraud unit."),
                           has={"roles": (
                               ("Maria Delgado", "Deputy Assistant Attorney General"),)}),
                   Example(("Omar Ghalib joined the board in 2001. As a member, he was required "
                            "to attend every meeting."),
                           lacks={"roles": (("Omar Ghalib", "member"),)})], off=list)
    def as_title_pronoun(self) -> list:
        doc = self.doc
        people = sorted(doc.spans.get("people", []), key=lambda s: s.start)
        found = []
        for tok in doc:
            if tok.lower_ != "as" or not (tok.i == tok.sent.start or doc[tok.i - 1].text == ","
                                          or doc[tok.i - 1].is_sent_start):
                continue
            parsed = self.title_at(tok.i + 1, tok.sent.end)
            if not parsed:
                continue
            title, org_id = parsed
            j = title.end
            if not title[0].text[:1].isupper() or title.start != tok.i + 1 \
                    or j + 1 >= tok.sent.end or doc[j].text != "," or \
                    doc[j + 1].lower_ not in PERSONAL_PRONOUNS:
                continue
            before = [p for p in people if p.end <= tok.i]
            if before:
                found.append((before[-1].label_, title, org_id,
                              (title.start_char, doc[j + 1].idx + 3)))
        return found

    @construction("lede-describes-defendant", "roles", "pattern",
                  "a lede whose subject is a described position (\"A former treasurer of X "
                  "pleaded guilty\") gives it to the person named next as the subject of the "
                  "same court verb (\"Name, 51, of Town, pleaded guilty\")",
                  [Example(("The former president of Halden Freight Inc. was sentenced today to "
                            "three years in prison.\n\nTom Berg was sentenced by U.S. District "
                            "Judge Ann Cole in Miami."),
                           has={"roles": (("Tom Berg", "former president",
                                           "Halden Freight Inc."),)},
                           lacks={"roles": (("Ann Cole", "former president"),)}),
                   Example(("A former manager pleaded guilty today to theft.\n\nU.S. Attorney "
                            "Ann Cole said the plea was a warning to others."),
                           lacks={"roles": (("Ann Cole", "former manager"),)})], off=list)
    def lede_description(self) -> list:
        doc = self.doc
        sents = list(doc.sents)
        for n, sent in enumerate(sents[:LEDE_SENTENCES]):
            described = self.described_subject(sent)
            if described is None:
                continue
            lemma, title, org_id = described
            if any(p.start < sent.start for p in doc.spans.get("people", [])):
                return []  # someone is named before the lede: it may describe them
            for later in sents[n + 1:n + 1 + DESCRIPTION_REACH]:
                named = [self.person_start.get(s.left_edge.i) for v, s in court_clauses(later)
                         if v.lemma_ == lemma]
                person = next((p for p in named if p is not None), None)
                if person is not None:
                    if self.titled_official(person):
                        return []
                    return [(person.label_, title, org_id, (title.start_char, title.end_char))]
            return []
        return []

    def described_subject(self, sent):
        """(verb lemma, title, organisation id) where a court verb's subject is "A/The <title>
        (of Org)" with no name in it."""
        for verb, subject in court_clauses(sent):
            if subject.left_edge.lower_ not in ARTICLES \
                    or any(t.i in self.person_at for t in subject.subtree):
                continue
            parsed = self.title_at(subject.left_edge.i, subject.right_edge.i + 1)
            if parsed and parsed[0].start == subject.left_edge.i + 1 \
                    and parsed[0].start <= subject.i < parsed[0].end:
                return (verb.lemma_, *parsed)
        return None

    def titled_official(self, person: Span) -> bool:
        """A name with a capitalised title right before it ("U.S. Attorney Ann Cole")."""
        k = person.start - 1
        return k >= 0 and is_title_word(self.doc[k]) and self.doc[k].text[:1].isupper()

    @construction("pronoun-served-as-title", "roles", "pattern",
                  "\"he/she served as / was appointed (as) Title of Org\" gives the title to "
                  "the person last named, where the title names its body",
                  [Example(("Maria Delgado joined the department in 2001. In 2016 she was "
                            "appointed as Deputy Director of the Office of Rural Health."),
                           has={"roles": (("Maria Delgado", "Deputy Director",
                                           "Office of Rural Health"),)}),
                   Example(("Omar Ghalib joined the board in 2001. He served as a member for "
                            "six years."),
                           lacks={"roles": (("Omar Ghalib", "member"),)})], off=list)
    def pronoun_served_as(self) -> list:
        doc = self.doc
        people = sorted(doc.spans.get("people", []), key=lambda s: s.start)
        found = []
        for tok in doc:
            verb = tok.head
            if tok.lower_ not in PERSONAL_PRONOUNS or tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            j = self.served_as_at(verb)
            before = [p for p in people if p.end <= tok.i]
            if j is None or not before or self.other_subject(tok, verb, before[-1]) \
                    or self.speaker_just_before(before[-1], tok):
                continue
            parsed = self.title_at(j, tok.sent.end)
            if not parsed:
                continue
            title, org_id = parsed[0], parsed[1] or self.org_where(verb) \
                or self.led_where(parsed[0].end, tok.sent.end)
            if org_id is None and not self.post_in_place(title):
                continue  # only a title that names its body (or the place of a post)
            found.append((before[-1].label_, title, org_id, (tok.idx, title.end_char)))
            found += [(before[-1].label_, t, o, (tok.idx, t.end_char))
                      for t, o in self.listed_titles(title.end, tok.sent.end)]
        return found

    @construction("pronoun-not-quote-speaker", "roles", "filter",
                  "\"he/she was (served as) Title\" right after a quote's \"said Name\" is "
                  "not given to the speaker: the pronoun may be whom the quote talks about",
                  [Example(("\"I have worked with Omar for years and trust his judgement,\" "
                            "said Director Tom Berg. He has been a steady chief of staff at the "
                            "Halden Regional Authority."),
                           lacks={"roles": (("Tom Berg", "steady chief of staff",
                                             "Halden Regional Authority"),
                                            ("Tom Berg", "chief of staff",
                                             "Halden Regional Authority"))})], off=False)
    def speaker_just_before(self, person: Span, pronoun) -> bool:
        """The person last named speaks in their sentence (a quotation mark, or the subject of
        "said"), and the pronoun is in that sentence or the next."""
        doc, sent = self.doc, person.sent
        if pronoun.sent.start != sent.start and any(
                not t.is_space for t in doc[sent.end:pronoun.sent.start]):
            return False
        return any(t.text in QUOTE_MARKS for t in sent) or (
            person.root.dep_ in ("nsubj", "nsubjpass")
            and person.root.head.lemma_ in REPORTING_VERBS)

    @construction("body-where-served-as", "roles", "pattern",
                  "\"Body where he/she served as Title\": the body the relative \"where\" "
                  "hangs on is the title's organisation",
                  [Example(("The office will be led by Tom Berg, who comes from the Halden "
                            "Regional Authority where he served as Deputy Director."),
                           has={"roles": (("Tom Berg", "Deputy Director",
                                           "Halden Regional Authority"),)})], off=None)
    def org_where(self, verb) -> str | None:
        if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.lefts):
            return None
        return self.org_at.get(verb.head.i)

    @construction("possessive-role-as-title", "roles", "pattern",
                  "\"his/her role (capacity, position) as Title\" gives the title to the clause's "
                  "subject where it is a name",
                  [Example(("Tom Berg, who has served as interim CEO, will return to his role as "
                            "a board member."),
                           has={"roles": (("Tom Berg", "board member"),)}),
                   Example(("Tom Berg was charged for his role as an administrator of the "
                            "botnet."),
                           lacks={"roles": (("Tom Berg", "administrator"),)}),
                   Example(("At a hearing today before U.S. District Judge Tom Berg, Omar Ghalib "
                            "accepted responsibility for his role as a leader within the ring."),
                           lacks={"roles": (("Tom Berg", "leader"),)})], off=list)
    def role_as_title(self) -> list:
        doc = self.doc
        found = []
        for tok in doc:
            if tok.lower_ not in ROLE_NOUNS or not any(
                    c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in tok.children):
                continue
            prep = next((c for c in tok.rights if c.lower_ == "as"), None)
            person = self.clause_subject(tok)
            if prep is None or person is None:
                continue
            parsed = self.title_at(prep.i + 1, tok.sent.end)
            if not parsed:
                continue
            title, org_id = parsed
            after = doc[title.end].lower_ if title.end < len(doc) else ""
            if org_id is None and (after in ORG_PREPS or any(
                    t.lower_ in ORG_PREPS for t in title) and not self.post_in_place(title)):
                continue  # "leader of the scheme", "administrator of the botnet": no post
            found.append((person, title, org_id, (tok.idx, title.end_char)))
        return found

    def clause_subject(self, tok) -> str | None:
        """The person a clause is about: its subject, where a name (a pronoun may stand for
        someone other than the person last named: a quoted speaker)."""
        node = tok
        while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
            node = node.head
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.left_edge.i > 0 \
                and self.doc[subject.left_edge.i - 1].pos_ in ("ADP", "SCONJ"):
            return None  # "before Judge X, Y admitted his role": X is a misread object
        return self.person_at.get(subject.i)

    @construction("post-where-led-body", "roles", "pattern",
                  "\"served as Title, where he/she led (managed, headed) Org\": the body led "
                  "in the post is the title's organisation",
                  [Example(("Until today, Tom Berg served as Acting Assistant Secretary for "
                            "Trade, where he managed the Halden Trade Policy Division."),
                           has={"roles": (("Tom Berg",
                                           "Acting Assistant Secretary for Trade",
                                           "Halden Trade Policy Division"),)})], off=None)
    def led_where(self, end: int, limit: int) -> str | None:
        """The body after ", where he/she <led|managed|headed|...> (the)" right after a title."""
        doc = self.doc
        k = end + (end < limit and doc[end].text == ",")
        if not (k + 3 < limit and doc[k].lower_ == "where"
                and doc[k + 1].lower_ in PERSONAL_PRONOUNS
                and doc[k + 2].lemma_ in LEADING_LEMMAS | MANAGING_LEMMAS):
            return None
        k += 3 + (doc[k + 3].lower_ == "the")
        return self.org_start[k].label_ if k in self.org_start else None

    def served_as_at(self, verb) -> int | None:
        """Where the title after "he served as" / "he was appointed (as)" starts; after "he
        was" where the copula's attribute opens it."""
        if verb.lemma_ in TITLE_LINK_VERBS:
            prep = next((c for c in verb.rights if c.lower_ == "as"), None)
            return None if prep is None else prep.i + 1
        return self.pronoun_copula(verb)

    @construction("pronoun-was-title-of-org", "roles", "pattern",
                  "\"he/she was Title of Org\" gives a past post to the person last named, "
                  "where the title names its body (\"Most recently, she was COO of X\")",
                  [Example(("Maria Delgado holds a degree in law. Most recently, she was Chief "
                            "Operating Officer for the Halden Robotics Association."),
                           has={"roles": (("Maria Delgado", "Chief Operating Officer",
                                           "Halden Robotics Association"),)}),
                   Example(("Maria Delgado joined in 2001. She was a member of the team that "
                            "won the prize."),
                           lacks={"roles": (("Maria Delgado", "member"),)}),
                   Example(("Tom Berg was charged. In his plea, Aklyan admitted that he was the "
                            "owner and president of Halden Robotics Inc., a supply company."),
                           lacks={"roles": (("Tom Berg", "owner and president",
                                             "Halden Robotics Inc."),)})], off=None)
    def pronoun_copula(self, verb) -> int | None:
        if verb.lemma_ != "be" or verb.pos_ != "AUX":
            return None
        attr = next((c for c in verb.rights if c.dep_ == "attr"), None)
        return None if attr is None else attr.left_edge.i

    def other_subject(self, pronoun, verb, person: Span) -> bool:
        """After "he was", a proper-noun subject earlier in the sentence that is not the
        person last named ("Smith admitted that he was ...", Smith no person found) may be
        whom the pronoun stands for."""
        if verb.lemma_ in TITLE_LINK_VERBS:
            return False
        return any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN"
                   and not person.start <= t.i < person.end
                   for t in self.doc[pronoun.sent.start:pronoun.i])

    @construction("post-in-a-place", "roles", "pattern",
                  "a post whose to/in/of object is a place (\"Ambassador to Poland\", "
                  "\"Consul-General in Osaka\") is a title without a body where the clause "
                  "needs one that names its body",
                  [Example(("Tom Berg joined the department in 1998. He previously served as the "
                            "Australian Ambassador to Chile and later in Lima."),
                           has={"roles": (("Tom Berg", "Australian Ambassador to Chile"),)})],
                  off=False)
    def post_in_place(self, title: Span) -> bool:
        """The title ends in a preposition and a place entity ("... Ambassador to Chile")."""
        k = title.end - 1
        while k > title.start and self.doc[k].ent_type_ in PLACE_ENTITIES \
                and not is_title_word(self.doc[k]):  # not "Agent in Charge"
            k -= 1
        return title.end - 1 > k > title.start and self.doc[k].lower_ in PLACE_POST_PREPS


declare("org-starts-main-clause", "roles", "filter",
        "an organisation after \"Name, Title,\" followed by a lower-case word starts the main "
        "clause and is not the title's",
        [Example(("Under the patronage of Sheikh Saeed bin Rashid, Ruler of Fujairah, the "
                  "Fujairah Research Foundation and the World Bank announced a new prize."),
                 lacks={"roles": (
                     ("Saeed bin Rashid", "Ruler of Fujairah", "Fujairah Research Foundation"),)})],
        module=__name__)


def closes_apposition(doc: Doc, i: int) -> bool:
    """After "Name, Title, Org" the apposition ends (punctuation, the sentence, the rest of a
    name, or a reporting verb)."""
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        i += 3  # "(MBRF)"
    return i >= len(doc) or not (doc[i].is_lower and doc[i].is_alpha) \
        or doc[i].lemma_ in REPORTING_VERBS or not is_on("org-starts-main-clause")
