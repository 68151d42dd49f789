"""Abbreviated head nouns keep their period: "Dept." is one word, as the tokenizer already
keeps "Inc." and "Corp.". Without this, en_core_web_sm splits "Dept" from its period, tags
the period as a name word and may end a sentence there, so "Ohio Dept. of Health" is no name.
Runs first, before the tagger and parser see the words."""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from extract.constructions import Example, declare, is_on
from extract.lexicon.organisations import ABBREVIATED_HEADS

ABBREVIATED_HEAD = declare(
    "abbreviated-head-word", "organisations", "candidate",
    "an abbreviated head noun and its period are one word ('Ohio Dept. of Health'), as "
    "'Inc.' is",
    [Example("The grants went to the Vermont Dept. of Public Safety and the Lake County "
             "Health Dept. in Ohio.",
             has={"organisations": ("Vermont Dept. of Public Safety",
                                    "Lake County Health Dept.")})],
    module=__name__)


GLUED_DATELINE = declare(
    "glued-dateline-split", "organisations", "candidate",
    "a dateline in capitals the archive glued to the first word of the line after it "
    "(\"WASHINGTONAcme Beef LLC ...\") is a word of its own, so the name after it is read "
    "without it (not before a function word or number: \"WASHINGTONThe city ...\")",
    [Example("WASHINGTONAcme Beef LLC, the operator of a slaughterhouse in Ohio, has agreed to "
             "pay a civil penalty.",
             has={"organisations": ("Acme Beef LLC",)},
             lacks={"organisations": ("WASHINGTONAcme Beef LLC",)})],
    module=__name__)

# A line's first word: a run of four or more capitals glued to a capitalised word.
_GLUED = re.compile(r"^([A-Z]{4,})([A-Z][a-z][A-Za-z]*)$")


@Language.factory("news_abbreviations", default_config={"off": []})
def make_abbreviations(nlp: Language, name: str, off: list[str]):
    """`off`: the organisations component's constructions switched off (both of this
    component's are organisation constructions)."""
    off = frozenset(off)
    return lambda doc: abbreviations(doc, off)


def abbreviations(doc: Doc, off: frozenset[str] = frozenset()) -> Doc:
    if is_on(GLUED_DATELINE.name) and GLUED_DATELINE.name not in off:
        _split_glued_datelines(doc)
    if ABBREVIATED_HEAD.name in off:
        return doc
    return _merge_abbreviations(doc)


def _split_glued_datelines(doc: Doc) -> None:
    """Each line's first word that is a dateline glued to a name ("WASHINGTONAcme"),
    split in two (the text stays as it is: the first part has no space after it)."""
    glued = [(t, m) for t in doc for m in [_GLUED.match(t.text)]
             if m and (t.i == 0 or "\n" in doc[t.i - 1].text_with_ws) and _name_glued(doc, t, m)]
    if glued:
        with doc.retokenize() as retokenizer:
            for tok, m in glued:
                retokenizer.split(tok, [m.group(1), m.group(2)], heads=[(tok, 1), (tok, 1)])


def _name_glued(doc: Doc, tok, m) -> bool:
    """Whether the glued word opens a name ("WASHINGTONAcme Beef"): not a function word or
    a number ("WASHINGTONThe", "WASHINGTONFive"), and a capitalised word follows."""
    word = m.group(2).lower()
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return not doc.vocab[word].is_stop and word not in STOP_WORDS and after is not None \
        and after.text[:1].isupper() and not after.is_upper


def _merge_abbreviations(doc: Doc) -> Doc:
    """Each capitalised abbreviated head ("Dept", "Assn") glued to the period after it,
    merged with that period into one token."""
    if not is_on(ABBREVIATED_HEAD.name):
        return doc
    pairs = [(t.i, t.i + 2) for t in doc[:-1]
             if t.text[:1].isupper() and t.text.lower() in ABBREVIATED_HEADS
             and not t.whitespace_ and doc[t.i + 1].text == "."]
    if pairs:
        with doc.retokenize() as retokenizer:
            for start, end in pairs:
                retokenizer.merge(doc[start:end])
    return doc
