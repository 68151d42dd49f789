"""Train the actions' modality classifier from the annotated releases.

    python -m extract.training.modality [--gold FILE ...] [--out DIR] [--exclude-fold K]

Default training set: ../shared/gold seed + dev and the four read fresh DOJ sets in
bench/gold (205 releases); never a sealed one (bench/gold/README.md).

Every candidate clause the action triggers find in the gold texts, vetoed or not, is an
example: a plan where its text matches a gold action (content-word F1 >= 0.5, as the scorer
matches them), else not. A bag-of-words `textcat` is trained on the candidates' feature lines
(`extract.components.actions.modality.features`) with fixed seeds, and saved to DIR (default:
the package's `modality_model/`). `--exclude-fold K` leaves out the releases of fold K
(sha1(id) mod 3) for cross-validation: train on two folds, score the third.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import spacy
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

from extract.components.actions.modality import OTHER, PLAN, SHIPPED
from extract.evaluation import token_f1
from extract.training import MODALITY_GOLD, fold_of, load_gold

SEED = 0
EPOCHS = 12
TEXTCAT = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
           "ngram_size": 2, "no_output_layer": False, "length": 2 ** 16}




def parsed(records: list[dict], nlp=None) -> list:
    """The records' Docs through the whole pipeline (as a run makes them)."""
    from extract.pipeline import build_pipeline

    nlp = nlp or build_pipeline()
    docs = []
    for rec in records:
        doc = nlp.make_doc(rec["text"])
        doc._.doc_id = rec["id"]
        doc._.published = rec.get("published")
        docs.append(nlp(doc))
    return docs


def examples(records: list[dict], docs: list, component) -> list[tuple[str, bool]]:
    """(feature line, is a gold action) for every candidate clause of the records."""
    out = []
    for rec, doc in zip(records, docs):
        gold = [a["text"] for a in rec.get("actions") or []]
        for _, action in component.candidates(doc):
            plan = any(token_f1(g, action["text"]) >= 0.5 for g in gold)
            out.append((action["_features"], plan))
    return out


def train(data: list[tuple[str, bool]], out: Path, epochs: int = EPOCHS) -> Path:
    """Train the classifier on (feature line, plan) pairs and save it to `out`."""
    if not any(plan for _, plan in data) or all(plan for _, plan in data):
        raise ValueError("training needs candidates of both kinds (plans and others)")
    fix_random_seed(SEED)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={"model": TEXTCAT})
    textcat.add_label(PLAN)
    textcat.add_label(OTHER)
    train_set = [Example.from_dict(nlp.make_doc(text), {"cats": {PLAN: float(plan),
                                                                 OTHER: float(not plan)}})
                 for text, plan in data]
    optimizer = nlp.initialize(lambda: train_set)
    rng = random.Random(SEED)
    for _ in range(epochs):
        rng.shuffle(train_set)
        for batch in minibatch(train_set, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.1)
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", nargs="+", type=Path,
                        default=list(MODALITY_GOLD))
    parser.add_argument("--out", type=Path, default=SHIPPED)
    parser.add_argument("--exclude-fold", type=int, choices=(0, 1, 2))
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    args = parser.parse_args(argv)
    records = list(load_gold(args.gold).values())
    if args.exclude_fold is not None:
        records = [r for r in records if fold_of(r["id"]) != args.exclude_fold]
    from extract.pipeline import build_pipeline

    nlp = build_pipeline()
    data = examples(records, parsed(records, nlp), nlp.get_pipe("news_actions"))
    plans = sum(plan for _, plan in data)
    print(f"{len(records)} releases, {len(data)} candidates ({plans} plans)", file=sys.stderr)
    train(data, args.out, args.epochs)
    print(f"saved to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
