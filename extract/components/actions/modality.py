"""The modality decision: one score per candidate clause, how likely it states a plan
(planned, intended, scheduled, agreed, obligated) rather than an effect, a forecast, a state,
a wish or an evaluation.

A small spaCy text classifier (bag of words, `textcat`) reads a candidate as one line: named
features (the trigger pattern and word, the verb's lemma and tag, what the subject is: a
person, a body, a pronoun, a demonstrative, a relative pronoun, a plain noun or nothing; the
veto of the rules that would drop it; negation; a quote or a headline) and then the words of
the subject and of the action. The weights ship in `modality_model/` beside this module;
`python -m extract.training.modality` retrains them from the annotated releases.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Span, Token

from extract.components.actions.match import Match
from extract.spans import doc_text

SHIPPED = Path(__file__).resolve().parent / "modality_model"
PLAN, OTHER = "PLAN", "OTHER"
QUOTE_MARKS = ('"', "\u201c", "\u201d")
PRONOUN_CLASSES = {"i": "i", "we": "we", "he": "he", "she": "he", "they": "they", "it": "it",
                   "you": "you"}
RELATIVES = {"which", "that", "who", "what"}
DEMONSTRATIVES = {"this", "these", "those"}


def _name(prefix: str, value: str) -> str:
    """A feature word the tokenizer keeps whole: letters and underscores only."""
    return prefix + "_" + "".join(c if c.isalnum() else "_" for c in value.lower())


def subject_class(m: Match) -> str:
    """What the subject is: who acts (a person, a body, a pronoun) or a thing."""
    s = m.subject
    if s is None:
        return "none"
    if s.i in m.ctx.people_at:
        return "person"
    if s.i in m.ctx.orgs_at or any(c.i in m.ctx.orgs_at for c in s.children
                                   if c.dep_ == "compound"):
        return "org"
    low = s.lower_
    if low in PRONOUN_CLASSES:
        return "pron_" + PRONOUN_CLASSES[low]
    if low in RELATIVES:
        return "relative"
    if low in DEMONSTRATIVES:
        return "demonstrative"
    if s.pos_ == "PROPN":
        return "propn"
    return "plural" if s.tag_ == "NNS" else "noun"


def features(m: Match, span: Span, veto: str | None) -> str:
    """The classifier's input for one candidate: feature words, then subject and action."""
    verb, trigger = m.verb, m.trigger
    sent = verb.sent
    text = doc_text(verb.doc)  # built once per Doc, not per candidate
    first_line = text.find("\n")
    words = [
        _name("pat", m.pattern),
        _name("trig", trigger.lemma_),
        _name("lem", verb.lemma_),
        _name("tag", verb.tag_),
        _name("subj", subject_class(m)),
        _name("veto", veto or "none"),
        _name("neg", "yes" if _negated(verb) or _negated(trigger) else "no"),
        _name("quote", "yes" if any(q in text[sent.start_char:sent.end_char]
                                    for q in QUOTE_MARKS) else "no"),
        _name("head", "yes" if 0 <= first_line and sent.start_char < first_line else "no"),
        _name("passive", "yes" if any(c.dep_ == "auxpass" for c in verb.children) else "no"),
    ]
    if m.subject is not None:
        words.append(_name("shead", m.subject.lemma_))
    subject = " ".join(t.lower_ for t in m.subject.subtree) if m.subject is not None else ""
    action = " ".join(t.lower_ for t in span[:12])
    return " ".join(words) + " | " + subject + " | " + action


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


@lru_cache(maxsize=4)
def load(path: str) -> Language:
    """The classifier at `path` ("" or "shipped": the one in the package)."""
    where = SHIPPED if path in ("", "shipped") else Path(path)
    if not (where / "config.cfg").exists():
        raise FileNotFoundError(f"news_actions: no modality classifier at {where}; retrain it "
                                f"with `python -m extract.training.modality`")
    return spacy.load(where)


def plan_scores(model: Language, texts: list[str]) -> list[float]:
    """P(plan) for each candidate line."""
    return [doc.cats.get(PLAN, 0.0) for doc in model.pipe(texts)]
