""""Not an organisation" as one scored decision: a logistic model over hand features of each
organisation record the rules produce (head noun, shape, context of its mentions, the tagger's
entity label, acronym and credential lists), trained on the annotated releases
(`extract.training.organisations`). One probability per record replaces a veto per example;
records under the component's `threshold` are dropped.

Features are strings; the model is a weight per feature plus a bias, kept as JSON beside this
module (`scorer.json`), so applying it needs no more than a dictionary look-up per feature.
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.components.organisations.base import CODE, KIND, is_acronym, norm, orgs
from extract.constructions import Example, declare, is_on
from extract.lexicon import ORG_HEADS, POST_NOMINALS

WEIGHTS = Path(__file__).with_name("scorer.json")
THRESHOLD = 0.4  # chosen by cross-validation by fold (README, "Organisations: the scorer")
LEGAL = {"inc", "ltd", "llc", "plc", "lp", "llp", "co", "corp", "corporation", "gmbh", "ag",
         "sa", "nv", "bv", "pty", "limited", "company"}
# Prepositions of place and motion before a mention: "in X", "at X", "from X" tell a place or a
# venue as often as a body, "by X" and "with X" an agent.
# Candidate sources that are themselves a decision in context ("X, a company that ...", "CEO of
# X", "A LLC, B Inc. and C LLC", "Full Name (ACR)", "the X Administrations commitment", a name
# alone on a list's line): their
# records are not scored.
DECIDED = {"described", "employer", "party", "definition", "shared-head", "titled",
           "lost-apostrophe", "list-line"}
PLACE_PREPS = {"in", "at", "from", "to", "into", "near", "across", "throughout", "outside"}


def _words(text: str) -> list[str]:
    return re.sub(r"(?<=\w)['’]s\b", "", text).split()


def _bucket(n: int, top: int) -> str:
    return str(n) if n < top else f"{top}+"


def mentions(doc: Doc, record: dict) -> list[Span]:
    """The record's mentions as spans of `doc` (also an owner named inside a unit's name)."""
    spans = (doc.char_span(m["start"], m["end"], alignment_mode="expand")
             for m in record.get("mentions") or [])
    return [s for s in spans if s is not None and len(s)]


def org_entities(doc: Doc) -> set[str]:
    """The comparison forms of the tagger's ORG entities (computed once per document)."""
    return {norm(e.text) for e in doc.ents if e.label_ == "ORG"}


def features(doc: Doc, record: dict, tagger_orgs: set[str] | None = None) -> list[str]:
    """The features of one organisation record: its name's shape and head, and the context
    and entity labels of its mentions in `doc` (`tagger_orgs`: `org_entities(doc)`)."""
    spans = mentions(doc, record)
    name = record["name"]
    words = _words(name) or [name]
    lower = [w.lower().strip(".,()") for w in words]
    # The head word, not every word: the words of names are the annotated bodies' own, the
    # head ("Court", "Act", "Program", "Office") is the kind of thing named.
    out = {"bias", f"head={lower[-1]}", f"nwords={_bucket(len(words), 6)}",
           f"mentions={_bucket(len(spans), 4)}",
           f"aliases={_bucket(len(record.get('aliases') or []), 3)}"}
    if lower[-1] in ORG_HEADS:
        out.add("head_is_org_head")
    elif any(w in ORG_HEADS for w in lower):
        out.add("org_head_inside")
    if record.get("acronym"):
        out.add("acronym_defined")
    if len(words) == 1 and is_acronym(name):
        out.add("acronym_only")
    if lower[-1] in POST_NOMINALS:
        out.add("post_nominal_head")
    if lower[-1] in LEGAL:
        out.add("legal_suffix")
    if "of" in lower[1:-1]:
        out.add("of_chain")
    if any(c.isdigit() for c in name):
        out.add("digit")
    if CODE.match(name):
        out.add("code_shape")
    if len(words) > 1 and name.isupper():
        out.add("all_caps_phrase")
    if record.get("parent_id"):
        out.add("has_parent")
    first_line = doc.text.find("\n")
    for span in spans:
        out.update(_context(doc, span))
        if first_line >= 0 and span.start_char < first_line:
            out.add("in_first_line")
    if spans and all(first_line >= 0 and s.start_char < first_line for s in spans):
        out.add("only_in_first_line")
    if norm(name) in (org_entities(doc) if tagger_orgs is None else tagger_orgs):
        out.add("tagger_org_exact")
    return sorted(out)


def _context(doc: Doc, span: Span) -> set[str]:
    out = {f"ent={span[-1].ent_type_ or 'O'}", f"root_dep={span.root.dep_}",
           f"root_head={span.root.head.lemma_.lower()}" if span.root.head.i not in range(
               span.start, span.end) else "root_head=self"}
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "the" and span.start > 1:
        out.add("after_the")
        before = doc[span.start - 2]
    if before is None or "\n" in before.text:
        out.add("prev=LINE_START")
    else:
        out.add(f"prev={before.lower_}" if before.is_alpha else f"prev_shape={before.shape_}")
        if before.lower_ in PLACE_PREPS:
            out.add("after_place_prep")
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or "\n" in after.text:
        out.add("next=LINE_END")
    else:
        out.add(f"next={after.lower_}" if after.is_alpha else f"next_shape={after.shape_}")
    if any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in span):
        out.add("place_entity_inside")
    if any(t.ent_type_ == "PERSON" for t in span):
        out.add("person_entity_inside")
    return out


@dataclass
class Scorer:
    """A logistic model: P(organisation) = sigmoid(bias + sum of the features' weights)."""

    bias: float = 0.0
    weights: dict[str, float] = field(default_factory=dict)

    def probability(self, feats: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        return json.dumps({"bias": round(self.bias, 5),
                           "weights": {k: round(v, 5) for k, v in sorted(self.weights.items())}},
                          indent=0, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Scorer:
        data = json.loads(text)
        return cls(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()})


@lru_cache(maxsize=4)
def load(path: str = "") -> Scorer:
    """The scorer saved at `path` (default: the shipped one)."""
    target = Path(path) if path else WEIGHTS
    try:
        return Scorer.from_json(target.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError) as err:
        raise ValueError(f"news_organisations: cannot read the scorer at {target}: {err}") \
            from err


def train(rows: Sequence[list[str]], labels: Sequence[int], l2: float = 1.0,
          min_count: int = 2, iterations: int = 25) -> Scorer:
    """Fit the weights by Newton's method on the L2-penalised log loss: deterministic (no
    sampling, no random start). Features seen fewer than `min_count` times are left out."""
    import numpy as np

    counts: dict[str, int] = {}
    for feats in rows:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, n in counts.items() if n >= min_count and f != "bias")
    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab) + 1))
    x[:, -1] = 1.0  # the bias column, not penalised
    for r, feats in enumerate(rows):
        for f in feats:
            if f in index:
                x[r, index[f]] = 1.0
    y = np.asarray(labels, dtype=float)
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-6)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return Scorer(float(w[-1]), {f: float(w[i]) for f, i in index.items() if abs(w[i]) > 1e-4})


SCORED = declare(
    "not-an-organisation-score", KIND, "filter",
    "one trained probability per record (head noun, shape, mention context, entity label): "
    "a record under the scorer's threshold that no role or action refers to is no body",
    [Example("He received the award at the 2012 Executive Office for U.S. Attorneys Directors "
             "Awards ceremony.",
             lacks=orgs("Executive Office for U.S. Attorneys Directors Awards"))],
    module=__name__)


@Language.factory("news_organisation_scorer",
                  default_config={"threshold": THRESHOLD, "scorer": ""})
def make_scorer(nlp: Language, name: str, threshold: float, scorer: str):
    off = getattr(nlp.get_pipe("news_organisations"), "off", ()) \
        if "news_organisations" in nlp.pipe_names else ()
    return ScorerComponent(threshold, scorer, SCORED.name in off)


class ScorerComponent:
    def __init__(self, threshold: float = THRESHOLD, scorer: str = "", off: bool = False):
        if not 0.0 <= threshold < 1.0:
            raise ValueError(f"news_organisation_scorer: threshold {threshold!r} is not in [0, 1)")
        self.threshold = threshold
        # "" is the shipped scorer; a path one trained by `python -m extract.training.organisations`
        self.scorer = load(scorer) if threshold > 0 and not off else None

    def __call__(self, doc: Doc) -> Doc:
        if self.scorer is None or not is_on(SCORED.name) or not doc._.organisations:
            return doc
        return drop_unlikely(doc, self.scorer, self.threshold)


def judged(doc: Doc, record: dict) -> bool:
    """Whether the scorer decides on this record: not where a specific construction proposed
    it, nor for an all-capitals acronym (a body the rules kept as the owner of a thing's name,
    "USDA Farm Loan program", "NHS Health Checks"; things' acronyms are filtered before)."""
    name = record["name"]
    if len(name.split()) == 1 and is_acronym(name) and name.isupper():
        return False
    return not DECIDED & set((doc._.organisation_sources or {}).get(record["id"], ()))


def drop_unlikely(doc: Doc, scorer: Scorer, threshold: float) -> Doc:
    """Drop the organisation records under `threshold` that no role or action refers to, with
    their mentions; a unit whose parent is dropped keeps no parent."""
    used = {r.get("organisation_id") for r in doc._.roles or []} | \
        {a.get("actor_id") for a in doc._.actions or []}
    tagger_orgs = org_entities(doc)
    dropped = {rec["id"] for rec in doc._.organisations if rec["id"] not in used
               and judged(doc, rec)
               and scorer.probability(features(doc, rec, tagger_orgs)) < threshold}
    if not dropped:
        return doc
    kept = [rec for rec in doc._.organisations if rec["id"] not in dropped]
    for rec in kept:
        if rec["parent_id"] in dropped:
            rec["parent_id"] = None
    doc._.organisations = kept
    doc.spans["organisations"] = [s for s in doc.spans["organisations"]
                                  if s.label_ not in dropped]
    return doc
