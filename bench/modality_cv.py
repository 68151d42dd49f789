"""Cross-validation of the actions' modality classifier by fold (fold = sha1(id) mod 3).

    python bench/modality_cv.py [--thresholds 0.3 0.4 0.5] [--rescue 1.01 0.9] [--extra FILE ...]

For each fold K: train the classifier on the other two folds' candidates, then score fold K's
actions (F1, actor and time accuracy) with the rules alone and with the classifier at each
threshold (a candidate the rules keep is dropped below it) and rescue level (a vetoed one is
kept at or above it). The figures on the unseen fold are the evidence for shipping it.
`--extra` adds annotated releases to every training fold and never to a scored one (the
fresh DOJ sets: does more training data help the shared gold's other kinds of release?).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", nargs="+", type=Path)
    parser.add_argument("--thresholds", nargs="+", type=float, default=[0.3, 0.4, 0.5, 0.6])
    parser.add_argument("--rescue", nargs="+", type=float, default=[1.01, 0.9, 0.8])
    parser.add_argument("--extra", nargs="+", type=Path, default=[])
    args = parser.parse_args(argv)
    from extract.components.actions import modality
    from extract.convert import to_document
    from extract.evaluation import evaluate
    from extract.pipeline import build_pipeline
    from extract.training import GOLD_FILES
    from extract.training import modality as training

    records = list(training.load_gold(args.gold or GOLD_FILES).values())
    nlp = build_pipeline()
    component = nlp.get_pipe("news_actions")
    docs = training.parsed(records, nlp)
    extra = list(training.load_gold(args.extra).values()) if args.extra else []
    extra_docs = training.parsed(extra, nlp)
    gold = {r["id"]: r for r in records}
    settings = [(0.0, 1.01)] + [(t, r) for t in args.thresholds for r in args.rescue]
    rows: dict[tuple, list] = {s: [] for s in settings}
    for k in range(3):
        train = [i for i, r in enumerate(records) if training.fold_of(r["id"]) != k]
        test = [i for i, r in enumerate(records) if training.fold_of(r["id"]) == k]
        data = training.examples([records[i] for i in train] + extra,
                                 [docs[i] for i in train] + extra_docs, component)
        with tempfile.TemporaryDirectory() as tmp:
            training.train(data, Path(tmp) / "m")
            model = modality.load.__wrapped__(str(Path(tmp) / "m"))
        for threshold, rescue in settings:
            component.threshold, component.rescue = threshold, rescue
            component.classifier = model if component.uses_classifier else None
            pred = {records[i]["id"]: to_document(component(docs[i])).to_gold() for i in test}
            d = evaluate({i: gold[i] for i in pred}, pred).as_dict()
            rows[(threshold, rescue)].append((d["actions"]["f1"], d["action_actor"]["accuracy"],
                                              d["action_time"]["accuracy"],
                                              d["actions"]["tp"], d["actions"]["fp"],
                                              d["actions"]["fn"]))
    print(f"{'threshold':>9} {'rescue':>6}  " + "  ".join(
        f"fold {k}: F1   act  time  tp  fp  fn" for k in range(3)))
    for (threshold, rescue), folds in rows.items():
        print(f"{threshold:>9.2f} {rescue:>6.2f}  " + "  ".join(
            f"{f:.3f} {a:.3f} {t:.3f} {tp:>3} {fp:>3} {fn:>3}" for f, a, t, tp, fp, fn in folds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
