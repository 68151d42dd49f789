"""Scores per fold of the annotated releases (fold = sha1(id) mod 3), for working against folds.

    python bench/folds.py PRED.jsonl [--gold ../shared/gold/seed.jsonl ../shared/gold/dev.jsonl]
    python bench/folds.py PRED.jsonl --gold bench/gold/doj_fresh.jsonl --parts 2

PRED is a `--format gold` output (`news-extract run GOLD --format gold`). Prints each headline
field's F1 and the overall score for every fold and for all releases together: read the
errors of two folds, measure the third before and after a change. `--parts 2` splits by sha1 mod 2
instead: the halves of the fresh DOJ set (bench/gold/README.md; half 0 read, half 1 unseen).
Action actor and time are accuracies over the matched actions.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.ablation import FIELDS  # noqa: E402
from extract.training import GOLD_FILES, load_gold  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("predictions", type=Path)
    parser.add_argument("--gold", nargs="+", type=Path,
                        default=list(GOLD_FILES))
    parser.add_argument("--parts", type=int, default=3,
                        help="number of parts, by sha1(id) mod N (default 3: the folds)")
    args = parser.parse_args(argv)
    from extract.evaluation import evaluate

    gold = load_gold(args.gold)
    with args.predictions.open(encoding="utf-8") as fh:
        pred = {r["id"]: r for r in map(json.loads, filter(str.strip, fh))}
    if args.parts < 2:
        parser.error("--parts must be 2 or more")
    part = (lambda i: int(hashlib.sha1(i.encode()).hexdigest(), 16) % args.parts)
    word = "fold" if args.parts == 3 else "part"
    groups = {f"{word} {k}": [i for i in gold if part(i) == k] for k in range(args.parts)}
    groups["all"] = list(gold)
    agree = ("action_actor", "action_time")
    print(f"{'':<8}{'docs':>5}" + "".join(f"{f[:14]:>16}" for f in FIELDS + agree)
          + f"{'overall':>10}")
    for label, ids in groups.items():
        d = evaluate({i: gold[i] for i in ids}, {i: pred[i] for i in ids if i in pred}).as_dict()
        print(f"{label:<8}{len(ids):>5}" + "".join(f"{d[f]['f1']:>16.3f}" for f in FIELDS)
              + "".join(f"{d[f]['accuracy']:>16.3f}" for f in agree)
              + f"{d['overall']:>10.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
