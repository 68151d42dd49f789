"""Does the actions' modality classifier carry over to new releases? Train it without a fresh DOJ
set, score that set with the rules alone and with the classifier at each threshold.

    python bench/modality_transfer.py [--thresholds 0.3 0.4 0.5 0.6] [--test FILE ...]

For each test set (default: the four read fresh sets of bench/gold), the classifier is trained
on seed + dev and every other default test set, never on the set it is scored on. A sealed set
(bench/gold/README.md) may be given with `--test` to take its figures once a round is final;
it is then left out of every training set. Action F1, actor and time accuracy, tp/fp/fn.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    from extract.training import FRESH, GOLD_FILES

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--test", nargs="+", type=Path,
                        default=[FRESH / f"doj_fresh{n}.jsonl" for n in ("", "2", "3", "4")])
    parser.add_argument("--thresholds", nargs="+", type=float, default=[0.3, 0.4, 0.5, 0.6])
    args = parser.parse_args(argv)
    from extract.components.actions import modality
    from extract.convert import to_document
    from extract.evaluation import evaluate
    from extract.pipeline import build_pipeline
    from extract.training import load_gold
    from extract.training import modality as training

    read = [FRESH / f"doj_fresh{n}.jsonl" for n in ("", "2", "3", "4")]
    nlp = build_pipeline()
    component = nlp.get_pipe("news_actions")
    sets = {p: list(load_gold([p]).values()) for p in {*read, *args.test}}
    base = list(load_gold(GOLD_FILES).values())
    docs = {p: training.parsed(recs, nlp) for p, recs in sets.items()}
    base_docs = training.parsed(base, nlp)
    print(f"{'test set':<20}{'threshold':>10}  {'F1':>6} {'actor':>6} {'time':>6} "
          f"{'tp':>4} {'fp':>4} {'fn':>4}")
    for test in args.test:
        others = [p for p in read if p != test and p not in args.test]
        recs = base + [r for p in others for r in sets[p]]
        train_docs = base_docs + [d for p in others for d in docs[p]]
        data = training.examples(recs, train_docs, component)
        with tempfile.TemporaryDirectory() as tmp:
            training.train(data, Path(tmp) / "m")
            model = modality.load.__wrapped__(str(Path(tmp) / "m"))
        gold = {r["id"]: r for r in sets[test]}
        for threshold in [0.0, *args.thresholds]:
            component.threshold = threshold
            component.classifier = model if component.uses_classifier else None
            pred = {r["id"]: to_document(component(d)).to_gold()
                    for r, d in zip(sets[test], docs[test])}
            d = evaluate(gold, pred).as_dict()
            label = "rules" if threshold == 0 else f"{threshold:.2f}"
            print(f"{test.name:<20}{label:>10}  {d['actions']['f1']:>6.3f} "
                  f"{d['action_actor']['accuracy']:>6.3f} {d['action_time']['accuracy']:>6.3f} "
                  f"{d['actions']['tp']:>4} {d['actions']['fp']:>4} {d['actions']['fn']:>4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
