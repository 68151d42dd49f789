"""Scores per fold of the annotated releases (fold = sha1(id) mod 3), for working against folds.

    python bench/folds.py PRED.jsonl [--gold ../shared/gold/seed.jsonl ../shared/gold/dev.jsonl]

PRED is a `--format gold` output (`news-extract run GOLD --format gold`). Prints each headline
field's F1 and the overall score for every fold and for all releases together: read the
errors of two folds, measure the third before and after a change.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.ablation import FIELDS  # noqa: E402
from extract.training import GOLD_FILES, fold_of, load_gold  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("predictions", type=Path)
    parser.add_argument("--gold", nargs="+", type=Path,
                        default=list(GOLD_FILES))
    args = parser.parse_args(argv)
    from extract.evaluation import evaluate

    gold = load_gold(args.gold)
    with args.predictions.open(encoding="utf-8") as fh:
        pred = {r["id"]: r for r in map(json.loads, filter(str.strip, fh))}
    groups = {f"fold {k}": [i for i in gold if fold_of(i) == k] for k in range(3)}
    groups["all"] = list(gold)
    print(f"{'':<8}{'docs':>5}" + "".join(f"{f[:14]:>16}" for f in FIELDS) + f"{'overall':>10}")
    for label, ids in groups.items():
        d = evaluate({i: gold[i] for i in ids}, {i: pred[i] for i in ids if i in pred}).as_dict()
        print(f"{label:<8}{len(ids):>5}" + "".join(f"{d[f]['f1']:>16.3f}" for f in FIELDS)
              + f"{d['overall']:>10.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
