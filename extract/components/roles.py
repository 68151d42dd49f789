"""Roles: (person, title, organisation) as press releases state them.

Constructions, around each person mention:
- after the name: "Name, Title of/at/for Org", "Name (Title, Org)", "Name, Org's Title",
  "Name, who is Title of Org", and header lines "Name MP Title Title";
- before the name: "Title Name" ("Deputy Director Leif Villadsen"), "Org Title Name",
  "Org's Title Name", "Title Name of the Org", and "Title of Org, Name".
A title is a phrase holding a title head noun (`lexicon.TITLE_HEADS`); where an organisation
mention follows it after of/at/for/with, the title stops before the preposition and the
organisation is linked by id. Results: `doc.spans["roles"]` and `doc._.roles`.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.lexicon import HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS
from extract.spans import mention, span_index

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
MAX_TITLE = 12


@Language.factory("news_roles", default_config={})
def make_roles(nlp: Language, name: str):
    return RolesComponent()


def _is_title_word(tok) -> bool:
    return tok.lower_ in TITLE_HEADS or tok.lower_ in TITLE_MODIFIERS


class RolesComponent:
    def __call__(self, doc: Doc) -> Doc:
        self.doc = doc
        self.org_at = span_index(doc.spans.get("organisations", []))
        self.org_start = {s.start: s for s in doc.spans.get("organisations", [])}
        self.person_at = span_index(doc.spans.get("people", []))
        roles: list[dict] = []
        seen: set[tuple] = set()
        for span in doc.spans.get("people", []):
            for title, org_id, evidence in self._roles_of(span):
                text = " ".join(t.text for t in title).replace(" 's", "'s")
                text = doc.text[title.start_char:title.end_char]
                key = (span.label_, text.casefold(), org_id)
                if key in seen:
                    continue
                seen.add(key)
                roles.append({"id": f"r{len(roles) + 1}", "person_id": span.label_,
                              "title": text, "organisation_id": org_id,
                              "evidence": mention(doc, evidence[0], evidence[1])})
        # A title without organisation is dropped where the same person has it with one.
        with_org = {(r["person_id"], r["title"].casefold()) for r in roles
                    if r["organisation_id"]}
        roles = [r for r in roles if r["organisation_id"]
                 or (r["person_id"], r["title"].casefold()) not in with_org]
        for n, r in enumerate(roles, 1):
            r["id"] = f"r{n}"
        doc.spans["roles"] = [
            Span(doc, *_token_bounds(doc, r["evidence"]["start"], r["evidence"]["end"]),
                 label=r["id"]) for r in roles
        ]
        doc._.roles = roles
        del self.doc
        return doc

    # -- constructions -------------------------------------------------------------------
    def _roles_of(self, person: Span):
        doc = self.doc
        sent = person.sent
        # Before the name.
        start = person.start
        while start > sent.start and (doc[start - 1].lower_.rstrip(".") in HONORIFICS
                                      or doc[start - 1].lower_ in ("h.e.", "the")
                                      and start - 1 > sent.start):
            start -= 1
        found = self._title_before(start, sent.start)
        if found:
            title, org_id = found
            if org_id is None:
                org_id = self._org_after_name(person.end)
            yield title, org_id, (min(title.start_char, person.start_char),
                                  max(title.end_char, person.end_char))
        found = self._title_of_org_comma(start, sent.start)
        if found:
            title, org_id = found
            yield title, org_id, (title.start_char, person.end_char)
        # After the name.
        i = person.end
        while i < sent.end and doc[i].lower_.rstrip(".") in {"mp", "qc", "kc", "phd", "jr",
                                                             "sr", "mep", "mla"}:
            i += 1
        if i < sent.end and doc[i].text in (",", "("):
            j = i + 1
            if j + 1 < sent.end and doc[j].lower_ == "who" and doc[j + 1].lemma_ == "be":
                j += 2
            elif j + 1 < sent.end and doc[j].lower_ in ("who", "the") and \
                    doc[j + 1].lower_ in ("serves", "served") and j + 2 < sent.end:
                j += 3 if doc[j + 2].lower_ == "as" else 2
            yield from self._titles_after(j, sent.end, person)
        elif i < sent.end and (i > person.end or "\n" in doc[person.start:i + 1].text
                               or _is_title_word(doc[i]) and doc[i].text[:1].isupper()):
            # Header lines: "The Hon. Scott Morrison MP Prime Minister".
            line_end = i
            while line_end < sent.end and "\n" not in doc[line_end].text_with_ws:
                line_end += 1
            yield from self._title_run(i, min(line_end + 1, sent.end), person)

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
                yield title, org.label_, (person.start_char, title.end_char)
                return
        parsed = self._title_at(j, limit)
        if parsed:
            title, org_id = parsed
            end = title.end
            # "Name (Title, Org)" / "Name, Title, Org,"
            if org_id is None and end < limit and doc[end].text == "," and end + 1 < limit:
                k = end + 1 + (doc[end + 1].lower_ == "the")
                if k in self.org_start:
                    org_id = self.org_start[k].label_
            yield title, org_id, (person.start_char, title.end_char)

    def _title_run(self, j: int, limit: int, person: Span):
        """Consecutive capitalised titles after a name on a header line."""
        while j < limit:
            parsed = self._title_at(j, limit, split=True)
            if not parsed:
                return
            title, org_id = parsed
            yield title, org_id, (person.start_char, title.end_char)
            j = title.end
            while j < limit and (doc_tok := self.doc[j]).is_space:
                j += 1
            if j < limit and j in self.org_at:
                j = next(s.end for s in self.doc.spans["organisations"]
                         if s.start <= j < s.end)

    def _title_at(self, j: int, limit: int, split: bool = False):
        """The title phrase starting at token j and the organisation it names, if any."""
        doc = self.doc
        while j < limit and doc[j].lower_ in ("the", "a", "an"):
            j += 1
        if j >= limit or not (_is_title_word(doc[j]) or doc[j].lower_ in QUALIFIERS):
            return None
        start, k, has_head, org_id = j, j, False, None
        while k < limit and k - start < MAX_TITLE:
            t = doc[k]
            if k in self.person_at or (k in self.org_at and k > start):
                break
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
            if split and has_head and t.lower_ in SPLIT_HEADS and t.text[:1].isupper() and \
                    not _is_title_word(doc[k - 1]) and doc[k - 1].lower_ not in INNER_PREPS:
                break
            if _is_title_word(t) or t.lower_ in QUALIFIERS:
                has_head |= t.lower_ in TITLE_HEADS
                k += 1
                continue
            if t.is_alpha and t.pos_ in ("PROPN", "NOUN", "ADJ") and not t.is_stop or \
                    t.text in ("U.S.", "U.K.", "-", "–", "&"):
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
        """ "Attorney General Eric Holder", "FBI Director X", "the agency's Director X"."""
        doc = self.doc
        k = name_start
        while k > sent_start:
            t = doc[k - 1]
            if k - 1 in self.org_at or k - 1 in self.person_at:
                break
            capital = t.text[:1].isupper() or t.text in ("U.S.", "U.K.")
            if capital and (_is_title_word(t) or t.pos_ in ("PROPN", "NOUN", "ADJ")
                            and not t.is_sent_start) or t.lower_ in QUALIFIERS:
                k -= 1
                continue
            if t.lower_ in ("in", "of", "for", "and") and k - 2 >= sent_start and \
                    doc[k - 2].text[:1].isupper() and k < name_start:
                k -= 1
                continue
            break
        while k < name_start and (doc[k].lower_ in INNER_PREPS or not (
                _is_title_word(doc[k]) or doc[k].lower_ in QUALIFIERS
                or doc[k].pos_ in ("PROPN", "NOUN", "ADJ") or doc[k].text in ("U.S.", "U.K."))):
            k += 1
        if k >= name_start or doc[name_start - 1].lower_ not in TITLE_HEADS:
            return None
        # The title starts at its first title word ("Agriculture Secretary" keeps its
        # department; "Detroit Attorney" does not start a title at the city).
        title = doc[k:name_start]
        if not any(t.lower_ in TITLE_HEADS for t in title):
            return None
        org_id = None
        before = k - 1
        if before >= sent_start and doc[before].text in ("'s", "’s"):
            before -= 1
        if before >= sent_start and before in self.org_at:
            org_id = self.org_at[before]
        return title, org_id

    def _org_after_name(self, end: int) -> str | None:
        """ "Assistant Attorney General Lanny A. Breuer of the Criminal Division"."""
        doc = self.doc
        if end < len(doc) and doc[end].lower_ in ("of", "at", "for"):
            k = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
            if k in self.org_start:
                return self.org_start[k].label_
        return None

    def _title_of_org_comma(self, name_start: int, sent_start: int):
        """ "The Head of the Regional Secretariat for Central Asia, Mr. Bakhtiyor Gulyamov"."""
        doc = self.doc
        k = name_start - 1
        if k <= sent_start or doc[k].text != ",":
            return None
        if k - 1 not in self.org_at:
            return None
        org_id = self.org_at[k - 1]
        org = next(s for s in doc.spans["organisations"] if s.start <= k - 1 < s.end)
        p = org.start - 1
        if p > sent_start and doc[p].lower_ == "the":
            p -= 1
        if p <= sent_start or doc[p].lower_ not in ORG_PREPS:
            return None
        end = p
        start = end
        while start > sent_start and (_is_title_word(doc[start - 1])
                                      or doc[start - 1].lower_ in QUALIFIERS
                                      or doc[start - 1].text[:1].isupper()
                                      and doc[start - 1].lower_ not in ("the", "a", "an")):
            start -= 1
        title = doc[start:end]
        if not len(title) or not any(t.lower_ in TITLE_HEADS for t in title):
            return None
        return title, org_id


def _token_bounds(doc: Doc, start_char: int, end_char: int) -> tuple[int, int]:
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    return span.start, span.end
