"""Ablation of the declared constructions on the annotated releases (not a test).

    python bench/ablation.py [--gold ../shared/gold/seed.jsonl ../shared/gold/dev.jsonl]
                             [--kind roles] [--only NAME ...] [--folds] [--markdown]

The spaCy model parses each gold text once; then the rule components run again with each
construction switched off in turn (`extract.constructions.switched_off`). For each one it
prints: the gold items it produces (true positives lost without it, all fields), the false
positives it adds (false positives that go away without it), the change of F1 per field and of
the overall score when it is switched off, and how many releases change at all. A construction
whose removal changes one release only, or raises a score, is one to question.
With `--folds`, the same per fold (fold = sha1(id) mod 3), so a construction's help on the
folds it was written from can be told from its help on the others.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from extract.training import GOLD_FILES, fold_of, load_gold, parse  # noqa: E402

FIELDS = ("people", "organisations", "roles_with_org", "dates_value", "actions")





def predict(nlp, parsed: dict) -> dict[str, dict]:
    from extract.convert import to_document
    from extract.pipeline import COMPONENTS

    pred = {}
    for doc_id, parsed_doc in parsed.items():
        doc = parsed_doc.copy()
        for name in COMPONENTS:
            doc = nlp.get_pipe(name)(doc)
        pred[doc_id] = to_document(doc).to_gold()
    return pred


def figures(gold: dict[str, dict], pred: dict[str, dict], ids=None) -> dict:
    from extract.evaluation import evaluate

    ids = ids if ids is not None else list(gold)
    return evaluate({i: gold[i] for i in ids}, {i: pred[i] for i in ids}).as_dict()


def tp_fp(d: dict) -> tuple[int, int]:
    return sum(d[f]["tp"] for f in FIELDS), sum(d[f]["fp"] for f in FIELDS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", nargs="+", type=Path,
                        default=list(GOLD_FILES))
    parser.add_argument("--model", default=None)
    parser.add_argument("--kind", default=None, help="only constructions of this fact kind")
    parser.add_argument("--only", nargs="+", default=None, help="only these constructions")
    parser.add_argument("--folds", action="store_true", help="overall change per fold too")
    parser.add_argument("--markdown", action="store_true", help="a Markdown table")
    args = parser.parse_args(argv)

    from extract.constructions import REGISTRY, switched_off
    from extract.pipeline import build_pipeline

    nlp = build_pipeline(args.model)
    gold = load_gold(args.gold)
    parsed = parse(nlp, gold)
    base_pred = predict(nlp, parsed)
    base = figures(gold, base_pred)
    folds = {k: [i for i in gold if fold_of(i) == k] for k in range(3)}
    base_folds = {k: figures(gold, base_pred, ids)["overall"] for k, ids in folds.items()}
    names = args.only or sorted(n for n, c in REGISTRY.items()
                                if args.kind in (None, c.kind))
    head = ["construction", "kind", "gold items", "false hits", *FIELDS, "overall", "releases"]
    if args.folds:
        head += [f"fold {k}" for k in range(3)]
    rows = []
    for name in names:
        with switched_off([name]):
            pred = predict(nlp, parsed)
        off = figures(gold, pred)
        changed = sum(pred[i] != base_pred[i] for i in gold)
        (tp, fp), (tp_off, fp_off) = tp_fp(base), tp_fp(off)
        row = [name, REGISTRY[name].kind, str(tp - tp_off), str(fp - fp_off)]
        row += [f"{off[f]['f1'] - base[f]['f1']:+.3f}" for f in FIELDS]
        row += [f"{off['overall'] - base['overall']:+.3f}", str(changed)]
        if args.folds:
            row += [f"{figures(gold, pred, ids)['overall'] - base_folds[k]:+.3f}"
                    for k, ids in folds.items()]
        rows.append(row)
        print(" | ".join(row), file=sys.stderr, flush=True)
    print(f"baseline over {len(gold)} releases: overall {base['overall']:.3f}; "
          + ", ".join(f"{f} {base[f]['f1']:.3f}" for f in FIELDS)
          + "; change when each construction is switched off:")
    if args.markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for row in rows:
            print("| " + " | ".join(row) + " |")
    else:
        widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
        for row in [head, *rows]:
            print("  ".join(c.ljust(w) for c, w in zip(row, widths)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
