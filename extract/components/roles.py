"""Roles: (person, title, organisation) as press releases state them.

Constructions, around each person mention:
- after the name: "Name, Title of/at/for Org", "Name (Title, Org)", "Name, Org's Title",
  "Name, who is Title of Org", "Name as Title", "Name, Title - Org", and header lines
  "Name MP Title Title";
- before the name: "Title Name" ("Deputy Director Leif Villadsen"), "Org Title Name",
  "Org's Title Name", "Title of the Org Name", "Title Name of/from/in the Org" (also across a
  coordinated second person: "Attorney A and Attorney B of the Org"), "Title of Org, Name";
- the verb: "Name has been appointed (as) Title", "Name served as Title".
A title is a phrase holding a title head noun (`lexicon.TITLE_HEADS`); where an organisation
mention follows it after of/at/for/with (or a dash), the title stops there and the
organisation is linked by id. A bare title contained in a longer one of the same person
("Minister" beside "Minister for Health") is dropped.
Results: `doc.spans["roles"]` and `doc._.roles`.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.cues import is_dateline_word
from extract.lexicon import (
    HONORIFICS,
    POST_NOMINALS,
    TITLE_HEADS,
    TITLE_LINK_VERBS,
    TITLE_MODIFIERS,
)
from extract.spans import doc_text, mention, span_index

if not Doc.has_extension("roles"):
    Doc.set_extension("roles", default=None)

ORG_PREPS = {"of", "at", "for", "with", "in", "from"}
INNER_PREPS = {"of", "for", "in", "on", "and", "&", "to"}
# A title head that starts a second title in a run ("Minister for Foreign Affairs Minister
# for Women"); postposed parts of one title ("Attorney General", "Chief Executive Officer")
# are not split.
SPLIT_HEADS = TITLE_HEADS - {"general", "officer", "counsel", "executive", "agent", "member",
                             "board", "partner", "lead", "in", "chief"}
QUALIFIERS = {"former", "acting", "interim", "then", "retired", "late", "incoming", "outgoing"}
DASHES = {"-", "–", "—"}
MAX_TITLE = 12


@Language.factory("news_roles", default_config={})
def make_roles(nlp: Language, name: str):
    return RolesComponent()


def _is_title_word(tok) -> bool:
    return tok.lower_ in TITLE_HEADS or tok.lower_ in TITLE_MODIFIERS or _plural_head(tok)


def _is_head(tok) -> bool:
    return tok.lower_ in TITLE_HEADS or _plural_head(tok)


def _plural_head(tok) -> bool:
    """ "Trial Attorneys A and B": a plural title head shared by coordinated names."""
    low = tok.lower_
    return low.endswith("s") and low[:-1] in TITLE_HEADS and tok.text[:1].isupper()


class RolesComponent:
    def __call__(self, doc: Doc) -> Doc:
        found = _RoleFinder(doc).roles()
        doc.spans["roles"] = [
            Span(doc, *_token_bounds(doc, r["evidence"]["start"], r["evidence"]["end"]),
                 label=r["id"]) for r in found
        ]
        doc._.roles = found
        return doc


class _RoleFinder:
    """The role constructions over one Doc (state for one call only)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        orgs = doc.spans.get("organisations", [])
        self.org_at = span_index(orgs)
        self.org_start = {s.start: s for s in orgs}
        self.org_end = {s.end: s for s in orgs}
        self.person_at = span_index(doc.spans.get("people", []))
        self.person_start = {s.start: s for s in doc.spans.get("people", [])}

    def roles(self) -> list[dict]:
        doc = self.doc
        roles: list[dict] = []
        seen: set[tuple] = set()
        found = [(span.label_, *role) for span in self.doc.spans.get("people", [])
                 for role in self._roles_of(span)]
        for person_id, title, org_id, evidence in found + list(self._as_title_pronoun()):
            text = doc_text(doc)[title.start_char:title.end_char]
            if _plural_head(title[-1]):
                text = text[:-1]  # "Trial Attorneys A and B": each is a Trial Attorney
            key = (person_id, text.casefold(), org_id)
            if key in seen:
                continue
            seen.add(key)
            roles.append({"person_id": person_id, "title": text, "organisation_id": org_id,
                          "evidence": mention(doc, evidence[0], evidence[1])})
        roles = _without_redundant(roles)
        for n, r in enumerate(roles, 1):
            r["id"] = f"r{n}"
        return [{"id": r["id"], **{k: v for k, v in r.items() if k != "id"}} for r in roles]

    # -- constructions -------------------------------------------------------------------
    def _as_title_pronoun(self):
        """ "Previously, as Deputy Assistant Attorney General, he helped establish ...": the
        title of the person last named before, whom "he"/"she" stands for."""
        doc = self.doc
        people = sorted(doc.spans.get("people", []), key=lambda s: s.start)
        for tok in doc:
            if tok.lower_ != "as" or not (tok.i == tok.sent.start or doc[tok.i - 1].text == ","
                                          or doc[tok.i - 1].is_sent_start):
                continue
            parsed = self._title_at(tok.i + 1, tok.sent.end)
            if not parsed:
                continue
            title, org_id = parsed
            j = title.end
            if not title[0].text[:1].isupper() or title.start != tok.i + 1 \
                    or j + 1 >= tok.sent.end or doc[j].text != "," or \
                    doc[j + 1].lower_ not in ("he", "she"):
                continue
            before = [p for p in people if p.end <= tok.i]
            if before:
                yield before[-1].label_, title, org_id, (title.start_char, doc[j + 1].idx + 3)

    def _roles_of(self, person: Span):
        doc = self.doc
        sent = person.sent
        # The parser may end a sentence at "Hon." before a name: look back to the line start.
        left = sent.start
        while left > 0 and "\n" not in doc[left - 1].text and doc[left - 1].text in (".",) \
                and left - 2 >= 0 and doc[left - 2].lower_.rstrip(".") in HONORIFICS:
            left = doc[left - 1].sent.start
        start = person.start
        while start > left and (doc[start - 1].lower_.rstrip(".") in HONORIFICS
                                or doc[start - 1].text == "."
                                or doc[start - 1].lower_ in ("h.e.", "the")
                                and start - 1 > left):
            start -= 1
        found = self._title_before(start, left) or self._shared_title(start, left)
        if found:
            title, org_id = found
            if org_id is None:
                org_id = self._org_after_name(person.end, sent.end)
            yield title, org_id, (min(title.start_char, person.start_char),
                                  max(title.end_char, person.end_char))
        found = self._title_comma_name(start, sent.start)
        if found:
            title, org_id = found
            yield title, org_id, (title.start_char, person.end_char)
        yield from self._appointed(person)
        # After the name.
        i = person.end
        while i < sent.end and doc[i].lower_.rstrip(".") in POST_NOMINALS:
            i += 1
        if i < sent.end and doc[i].text in (",", "(") or i < sent.end and doc[i].lower_ == "as":
            j = i + 1
            if j + 1 < sent.end and doc[j].lower_ == "who" and doc[j + 1].lemma_ == "be":
                j += 2
            elif j + 1 < sent.end and doc[j].lower_ in ("who", "the") and \
                    doc[j + 1].lower_ in ("serves", "served") and j + 2 < sent.end:
                j += 3 if doc[j + 2].lower_ == "as" else 2
            found = list(self._titles_after(j, sent.end, person))
            if doc[i].lower_ == "as":
                scope = self._scope_org(person)  # "leaders in the X include A as CFO"
                found = [(t, o or scope, e) for t, o, e in found]
            yield from found
        elif i < sent.end and (i > person.end or "\n" in doc[person.start:i + 1].text
                               or _is_title_word(doc[i]) and doc[i].text[:1].isupper()):
            # Header lines: "The Hon. Scott Morrison MP Prime Minister".
            line_end = i
            while line_end < sent.end and "\n" not in doc[line_end].text_with_ws:
                line_end += 1
            yield from self._title_run(i, min(line_end + 1, sent.end), person)

    def _scope_org(self, person: Span) -> str | None:
        """The body a list of appointments is about: "Key leaders in the Global Capability
        Center of OYO include A as Group CFO, B as ..." (the subject of the clause)."""
        node = person.root
        while node.dep_ in ("conj", "appos", "dobj", "attr", "pobj", "prep") \
                and node.head is not node:
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

    def _titles_after(self, j: int, limit: int, person: Span):
        doc = self.doc
        # "Name, Org's Title"
        if j in self.org_start:
            org = self.org_start[j]
            k = org.end
            if k < limit and doc[k].text in ("'s", "’s"):
                k += 1
            parsed = self._title_at(k, limit)
            if parsed and parsed[0].start == k:
                title, _ = parsed
                if title.end not in self.person_start:  # else the next person's title
                    yield title, org.label_, (person.start_char, title.end_char)
                    yield from self._next_title(title, limit, person)
                return
        parsed = self._title_at(j, limit)
        if not parsed:
            return
        title, org_id = parsed
        end = title.end
        if end in self.person_start:
            return  # "Karzai, Minister of Justice Ghalib, ...": the next person's title
        # "Name (Title, Org)" / "Name, Title, Org," / "Name, Title - Org"
        if org_id is None and end + 1 < limit and doc[end].text in {","} | DASHES:
            k = end + 1 + (doc[end + 1].lower_ == "the")
            if k in self.org_start and _closes_apposition(doc, self.org_start[k].end):
                org_id = self.org_start[k].label_
        yield title, org_id, (person.start_char, title.end_char)
        yield from self._next_title(title, limit, person)

    def _next_title(self, title: Span, limit: int, person: Span):
        """The second of two coordinated titles ("... of the UAE and Ruler of Dubai", "NHS
        Doctor and media medic")."""
        doc, end = self.doc, title.end
        if not (end + 1 < limit and doc[end].lower_ == "and"
                and _second_title(doc, title.start, end, limit)):
            return
        if self._title_at(end + 1, limit):
            yield from self._titles_after(end + 1, limit, person)
            return
        head = next((t for t in doc[end + 1:min(end + 4, limit)] if t.lower_ in TITLE_HEADS),
                    None)
        if head is None:
            return
        second = doc[end + 1:head.i + 1]  # "media medic": lower-case words and their head
        yield second, None, (person.start_char, second.end_char)

    def _title_run(self, j: int, limit: int, person: Span):
        """Consecutive capitalised titles after a name on a header line."""
        while j < limit:
            parsed = self._title_at(j, limit, split=True)
            if not parsed:
                return
            title, org_id = parsed
            yield title, org_id, (person.start_char, title.end_char)
            j = title.end
            while j < limit and self.doc[j].is_space:
                j += 1
            if j < limit and j in self.org_at:
                j = next(s.end for s in self.doc.spans["organisations"]
                         if s.start <= j < s.end)

    def _appointed(self, person: Span):
        """ "Sonal Sinha has been appointed as the CEO", "Olsen served as the Acting ..."."""
        head = person.root
        verb = head.head
        if head.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_ not in TITLE_LINK_VERBS:
            return
        for child in verb.rights:
            if child.dep_ in ("prep", "attr", "oprd", "xcomp") and child.lower_ in ("as", "to") \
                    or child.dep_ in ("attr", "oprd"):
                j = child.i + 1 if child.lower_ in ("as", "to") else child.left_edge.i
                parsed = self._title_at(j, person.sent.end)
                if parsed:
                    title, org_id = parsed
                    yield title, org_id, (person.start_char, title.end_char)
                return

    def _title_at(self, j: int, limit: int, split: bool = False):
        """The title phrase starting at token j and the organisation it names, if any."""
        doc = self.doc
        while j < limit and doc[j].lower_ in ("the", "a", "an", "its", "their"):
            j += 1
        if j >= limit:
            return None
        if not (_is_title_word(doc[j]) or doc[j].lower_ in QUALIFIERS):
            # "Scientific Vice President": a capitalised qualifier right before a title word
            if not (doc[j].text[:1].isupper() and doc[j].pos_ in ("ADJ", "PROPN", "NOUN")
                    and j + 1 < limit and _is_title_word(doc[j + 1])
                    and j not in self.org_at and j not in self.person_at):
                return None
        start, k, has_head, org_id = j, j, False, None
        while k < limit and k - start < MAX_TITLE:
            t = doc[k]
            if k in self.person_at or (k in self.org_at and k > start):
                break
            if k > start and not doc[k - 1].whitespace_ and not t.whitespace_ and \
                    k + 1 < limit and (t.text in DASHES or doc[k - 1].text in DASHES):
                k += 1  # "Special Agent-in-Charge": one hyphenated title
                continue
            if t.text in DASHES and k + 1 < limit and k + 1 in self.org_start and has_head:
                org_id = self.org_start[k + 1].label_
                break
            if t.text == "," and has_head and _comma_list(doc, k, limit):
                k += 1  # "Minister for Industry, Science and Technology"
                continue
            if t.lower_ == "and" and has_head and _second_title(doc, start, k, limit):
                break  # "Prime Minister of the UAE and Ruler of Dubai": two titles
            if t.lower_ in ORG_PREPS | INNER_PREPS:
                nxt = k + 1
                if nxt < limit and doc[nxt].lower_ == "the":
                    nxt += 1
                if t.lower_ in ORG_PREPS and nxt in self.org_start and has_head:
                    org_id = self.org_start[nxt].label_
                    break
                if t.lower_ in ("at", "with", "from") or nxt >= limit:
                    break
                if not (doc[nxt].is_alpha or doc[nxt].text in ("U.S.", "U.K.")):
                    break
                k = nxt
                continue
            if split and has_head and t.text[:1].isupper() and (
                    t.lower_ in SPLIT_HEADS or t.lower_ in TITLE_MODIFIERS and k + 1 < limit
                    and doc[k + 1].lower_ in TITLE_HEADS and doc[k + 1].text[:1].isupper()) \
                    and not _is_title_word(doc[k - 1]) and doc[k - 1].lower_ not in INNER_PREPS:
                break  # "... and Technology | Federal Member for McPherson": a second title
            if _is_title_word(t) or t.lower_ in QUALIFIERS:
                has_head |= t.lower_ in TITLE_HEADS
                k += 1
                continue
            if t.is_alpha and t.pos_ in ("PROPN", "NOUN", "ADJ") and not t.is_stop or \
                    t.text in ("U.S.", "U.K.", "&") or t.text in DASHES and has_head:
                k += 1
                continue
            break
        while k > start and (doc[k - 1].lower_ in INNER_PREPS | ORG_PREPS | {"the"}
                             or doc[k - 1].is_punct):
            k -= 1
        if not has_head or k <= start:
            return None
        return doc[start:k], org_id

    def _title_before(self, name_start: int, sent_start: int):
        """ "Attorney General Eric Holder", "FBI Director X", "the agency's Director X",
        "Executive Director of the Task Force X"."""
        doc = self.doc
        org_id = None
        end = name_start
        if end in self.org_end:  # "Title of the Org Name"
            org = self.org_end[end]
            k = org.start - 1
            if k > sent_start and doc[k].lower_ == "the":
                k -= 1
            if k > sent_start and doc[k].lower_ in ("of", "for", "at") and \
                    doc[k - 1].lower_ in TITLE_HEADS:
                org_id, end = org.label_, k
        k = end
        while k > sent_start:
            t = doc[k - 1]
            if k - 1 in self.org_at or k - 1 in self.person_at or is_dateline_word(t) and not \
                    _is_title_word(t) or t.ent_type_ in ("DATE", "TIME"):
                break
            capital = t.text[:1].isupper() or t.text in ("U.S.", "U.K.")
            if capital and (_is_title_word(t) or t.pos_ in ("PROPN", "NOUN", "ADJ")
                            and not t.is_sent_start) or t.lower_ in QUALIFIERS:
                k -= 1
                continue
            if t.lower_ in ("in", "of", "for", "and", "the") and k - 2 >= sent_start and \
                    (doc[k - 2].text[:1].isupper() or doc[k - 2].lower_ in ("of", "for")) \
                    and k < end and (t.lower_ != "and" or _is_title_word(doc[k - 2])
                                     or _in_portfolio(doc, k - 1, sent_start)):
                k -= 1
                continue
            break
        while k < end and (doc[k].lower_ in INNER_PREPS | {"the"} or not (
                _is_title_word(doc[k]) or doc[k].lower_ in QUALIFIERS
                or doc[k].pos_ in ("PROPN", "NOUN", "ADJ") or doc[k].text in ("U.S.", "U.K."))):
            k += 1
        title = doc[k:end]
        if k >= end or not any(_is_head(t) for t in title):
            return None
        if not _is_head(doc[end - 1]) and org_id is None and not _complemented(title):
            return None
        if org_id is None:
            before = k - 1
            if before >= sent_start and doc[before].text in ("'s", "’s"):
                before -= 1
            elif before - 1 > sent_start and doc[before].text == ")" \
                    and doc[before - 2].text == "(":
                before -= 1  # "Department of Agriculture (USDA) Secretary Tom Vilsack"
            if before >= sent_start and before in self.org_at:
                org_id = self.org_at[before]
        return title, org_id

    def _shared_title(self, name_start: int, sent_start: int):
        """ "Trial Attorneys John P. Pearson and AnnaLou T. Tirol": the second name shares
        the first one's plural title."""
        doc = self.doc
        k = name_start - 1
        if k - 1 <= sent_start or doc[k].lower_ != "and" or k - 1 not in self.person_at:
            return None
        first = next(s for s in doc.spans["people"] if s.start <= k - 1 < s.end)
        found = self._title_before(first.start, sent_start)
        if found and _plural_head(found[0][-1]):
            return found
        return None

    def _org_after_name(self, end: int, limit: int) -> str | None:
        """ "Assistant Attorney General Lanny A. Breuer of the Criminal Division", also past a
        coordinated second titled person ("... Lopez and Trial Attorney Mrazek of the X")."""
        doc = self.doc
        k = end
        if k < limit and doc[k].lower_ == "and":
            j = k + 1
            while j < limit and (_is_title_word(doc[j]) or doc[j].text in ("U.S.", "U.K.")):
                j += 1
            if j in self.person_start:
                k = self.person_start[j].end
        if k < limit and doc[k].lower_ in ("of", "at", "for", "from", "in", "with"):
            j = k + 1 + (k + 1 < limit and doc[k + 1].lower_ == "the")
            if j in self.org_start:
                return self.org_start[j].label_
        return None

    def _title_comma_name(self, name_start: int, sent_start: int):
        """ "The Head of the Regional Secretariat for Central Asia, Mr. Bakhtiyor Gulyamov";
        "The Executive Director, Matthew G. Olsen"."""
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
        elif doc[k - 1].lower_ not in TITLE_HEADS:
            return None
        start = end
        while start > sent_start and (_is_title_word(doc[start - 1])
                                      or doc[start - 1].lower_ in QUALIFIERS
                                      or doc[start - 1].text[:1].isupper()
                                      and doc[start - 1].lower_ not in ("the", "a", "an")):
            start -= 1
        if start > sent_start and doc[start - 1].lower_ not in ("the", "a", "an", "our", "its"):
            return None  # "... said the Minister, X" only where the title opens its phrase
        title = doc[start:end]
        if not len(title) or not any(t.lower_ in TITLE_HEADS for t in title):
            return None
        return title, org_id


def _second_title(doc: Doc, start: int, k: int, limit: int) -> bool:
    """The "and" at k starts a second title: after a title with its complement, another
    capitalised title word ("... of the UAE and Ruler of Dubai"); after a capitalised title,
    a lower-case one ("NHS Doctor and media medic"). "President and CEO" stays one."""
    if k + 1 >= limit:
        return False
    nxt = doc[k + 1]
    if nxt.text[:1].isupper():  # the first title's complement names a place or a body
        return _is_title_word(nxt) and any(t.lower_ in ("of", "for") for t in doc[start:k]) \
            and any(t.ent_type_ in ("GPE", "ORG", "LOC") or t.is_upper and t.is_alpha
                    and len(t) > 1 for t in doc[start:k])
    return doc[start].text[:1].isupper() and any(
        t.lower_ in TITLE_HEADS for t in doc[k + 1:min(k + 4, limit)] if t.is_lower)


def _closes_apposition(doc: Doc, i: int) -> bool:
    """After "Name, Title, Org" the apposition ends (punctuation, the sentence, the rest of
    a name, or "said"): a lower-case word means the organisation starts the main clause
    ("Sheikh X, Ruler of Dubai, the X Foundation (MBRF) and the UNDP announced ...")."""
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        i += 3  # "(MBRF)"
    return i >= len(doc) or not (doc[i].is_lower and doc[i].is_alpha) \
        or doc[i].lemma_ in ("say", "add", "note", "explain", "comment")


def _in_portfolio(doc: Doc, i: int, sent_start: int) -> bool:
    """The "and" at i joins the fields of a title's complement ("Minister for Trade and
    Industry Chan Chun Sing"): capitalised words back to "for/of" after a title word."""
    if i + 1 >= len(doc) or _is_title_word(doc[i + 1]):
        return False  # "... of Maryland and Special Agent in Charge X": two people's titles
    k = i - 1
    while k > sent_start and i - k <= 4 and doc[k].text[:1].isupper():
        k -= 1
    return k > sent_start and k < i - 1 and doc[k].lower_ in ("for", "of") \
        and doc[k - 1].lower_ in TITLE_HEADS


def _complemented(title: Span) -> bool:
    """A title head with a complement: "Special Agent in Charge", "U.S. Attorney for the
    Eastern District of Michigan"."""
    heads = [t.i for t in title if t.lower_ in TITLE_HEADS]
    return bool(heads) and any(t.lower_ in ("in", "for", "of") and t.i > heads[0]
                               for t in title)


def _comma_list(doc: Doc, k: int, limit: int) -> bool:
    """A comma inside a capitalised portfolio list: ", Science and Technology"."""
    j = k + 1
    while j < limit and doc[j].text[:1].isupper() and doc[j].lower_ not in TITLE_HEADS:
        j += 1
        if j < limit and doc[j].lower_ in ("and", "&") and j + 1 < limit and \
                doc[j + 1].text[:1].isupper():
            return True
        if j < limit and doc[j].text == ",":
            j += 1
    return False


def _without_redundant(roles: list[dict]) -> list[dict]:
    """Drop a title the same person also holds in a fuller form: without an organisation
    where it has one, or a bare "Minister" beside "Minister for Health"."""
    out = []
    for r in roles:
        words = set(r["title"].casefold().split())
        fuller = [o for o in roles if o is not r and o["person_id"] == r["person_id"] and (
            words < set(o["title"].casefold().split()) and r["organisation_id"] in
            (None, o["organisation_id"])
            or words == set(o["title"].casefold().split()) and r["organisation_id"] is None
            and o["organisation_id"] is not None)]
        if not fuller:
            out.append(r)
    return out


def _token_bounds(doc: Doc, start_char: int, end_char: int) -> tuple[int, int]:
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    return span.start, span.end
