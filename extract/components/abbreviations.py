"""Abbreviated head nouns keep their period: "Dept." is one word, as the tokenizer already
keeps "Inc." and "Corp.". Without this, en_core_web_sm splits "Dept" from its period, tags
the period as a name word and may end a sentence there, so "Ohio Dept. of Health" is no name.
Runs first, before the tagger and parser see the words."""
from __future__ import annotations

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


@Language.factory("news_abbreviations", default_config={})
def make_abbreviations(nlp: Language, name: str):
    return abbreviations


def abbreviations(doc: Doc) -> Doc:
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
