"""Roles: (person, title, organisation) as press releases state them.

Around each person mention the role constructions read a title before the name
(`before_name`), after it (`after_name`), or the verb that gives it; each title is a phrase
holding a title head noun (`title_phrase`), and where an organisation mention follows it
after of/at/for/with (or a dash) the title stops there and links the organisation by id.
`resolve` keeps each role once and drops titles a person holds in a fuller form. Every
construction is declared in `extract.constructions` and can be switched off by name (config
`off`). Results: `doc.spans["roles"]` and `doc._.roles`.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.components.config import constructions_off
from extract.components.roles.after_name import AfterName
from extract.components.roles.before_name import BeforeName
from extract.components.roles.resolve import role_records
from extract.constructions import Example, construction, declare, is_on, switched_off
from extract.lexicon import HONORIFICS
from extract.lexicon.people import ROYAL_STYLES
from extract.lexicon.roles import HONORIFIC_LEADS
from extract.titles import is_title_word

if not Doc.has_extension("roles"):
    Doc.set_extension("roles", default=None)


@Language.factory("news_roles", default_config={"off": []})
def make_roles(nlp: Language, name: str, off: list[str]):
    return RolesComponent(off)


class RolesComponent:
    def __init__(self, off=()):
        self.off = constructions_off(off, "roles")

    def __call__(self, doc: Doc) -> Doc:
        with switched_off(self.off):
            found = _RoleFinder(doc).roles()
        doc.spans["roles"] = [
            Span(doc, *_token_bounds(doc, r["evidence"]["start"], r["evidence"]["end"]),
                 label=r["id"]) for r in found
        ]
        doc._.roles = found
        return doc


class _RoleFinder(BeforeName, AfterName):
    """The role constructions over one Doc (state for one call only)."""

    def roles(self) -> list[dict]:
        found = [(span.label_, *role) for span in self.doc.spans.get("people", [])
                 for role in self.roles_of(span)]
        return role_records(self.doc, found + self.as_title_pronoun()
                            + self.pronoun_served_as() + self.role_as_title()
                            + self.lede_description())

    def roles_of(self, person: Span):
        doc = self.doc
        sent = person.sent
        # The parser may end a sentence at "Hon." before a name: look back to the line start.
        left = clause_start(doc, sent.start)
        while left > 0 and "\n" not in doc[left - 1].text and doc[left - 1].text == "." \
                and left - 2 >= 0 and doc[left - 2].lower_.rstrip(".") in HONORIFICS:
            left = doc[left - 1].sent.start
        start = person.start
        while start > left and (doc[start - 1].lower_.rstrip(".") in HONORIFICS
                                or royal_style(doc[start - 1])
                                or doc[start - 1].text == "."
                                or doc[start - 1].lower_ in HONORIFIC_LEADS
                                and start - 1 > left):
            start -= 1
        found = self.title_before_name(start, left) or self.shared_title(start, left)
        if found:
            title, org_id = found
            if org_id is None:
                org_id = self.org_after_name(person.end, sent.end, title) \
                    or self.led_org_after_name(person.end, sent.end) \
                    or self.leading_org(title.start, left)
            else:
                org_id = self.field_unit_after_name(person.end, sent.end) or org_id
            yield title, org_id, (min(title.start_char, person.start_char),
                                  max(title.end_char, person.end_char))
        found = self.title_comma_name(start, sent.start)
        if found:
            title, org_id = found
            if org_id is None:
                org_id = self.led_org_after_name(person.end, sent.end) \
                    or self.its_org(title, person)
            yield title, org_id, (title.start_char, person.end_char)
        yield from self.appointed(person)
        yield from self.titles_after_name(person)


@construction("royal-style-before-name", "roles", "pattern",
              "a capitalised royal style (\"Prince\", \"Princess\") between a title and the "
              "name is passed over like an honorific: \"the Org High Commissioner, Prince Name\"",
              [Example(("Remarks will be given by the Solvang Institute Director, Princess Anna "
                        "Berg Al Rashid, and others."),
                       has={"roles": (("Anna Berg Al Rashid", "Director", "Solvang Institute"),)})],
              off=False)
def royal_style(tok) -> bool:
    return tok.lower_ in ROYAL_STYLES and tok.text[:1].isupper()


declare("sentence-split-inside-clause", "roles", "pattern",
        "a sentence the parser opens right after a word (no full stop, no line break) "
        "continues the one before: \"... and Trial Attorney | Name of the Org\"",
        [Example(("Acting Director Hale and U.S. Attorney Berg thanked special agents of the "
                  "Diplomatic Security Service and the Halden County Police, who led the "
                  "inquiry, and Assistant U.S. Attorney Laura M. Cole and Trial Attorney "
                  "Kimberly J. Lin of the Tax Division, who tried the case."),
                 has={"roles": (("Kimberly J. Lin", "Trial Attorney", "Tax Division"),)})],
        module=__name__)


def clause_start(doc: Doc, start: int) -> int:
    """The start of the sentence at `start`, moved back over parser splits right after a
    lower-case or title word on the same line (not after a dateline or a name)."""
    while is_on("sentence-split-inside-clause") and start > 0 and doc[start - 1].is_alpha \
            and (doc[start - 1].is_lower or is_title_word(doc[start - 1])) \
            and "\n" not in doc[start - 1].whitespace_ and not doc[start].is_space:
        start = doc[start - 1].sent.start
    return start


def _token_bounds(doc: Doc, start_char: int, end_char: int) -> tuple[int, int]:
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    return span.start, span.end
