"""Training the "not an organisation" scorer on the annotated releases.

    python -m extract.training.organisations [--gold SEED DEV] [--out PATH] [--folds]

Runs the pipeline with the scorer off over the gold texts, labels each organisation record
(1: one of its forms is a gold body's form, as `extract.evaluation` matches them; 0: none is;
records matching an optional body only are left out), fits the logistic model and writes it
(default: the shipped `extract/components/organisations/scorer.json`). With `--folds`, it also
trains on two folds and scores the third (fold = sha1(id) mod 3), for each fold, and prints
the figures before and after: the evidence that the scorer generalises.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from extract.components.organisations.scorer import WEIGHTS, Scorer, features, judged, train
from extract.training import GOLD_FILES, fold_of, load_gold, parse

FIELDS = ("people", "organisations", "roles_with_org", "dates_value", "actions")
THRESHOLDS = (0.2, 0.3, 0.4, 0.5)




def _pipeline(threshold: float = 0.0, scorer: str = "", model: str | None = None):
    from extract.pipeline import build_pipeline

    return build_pipeline(model, config={"news_organisation_scorer": {"threshold": threshold,
                                                                       "scorer": scorer}})



def label(record: dict, gold: dict) -> int | None:
    """1 where a form of the record is a gold body's form, 0 where none is, None where it
    matches an optional body only."""
    from extract.evaluation import norm_org

    forms = {norm_org(f) for f in [record["name"], *(record.get("aliases") or [])]} - {""}
    hits = [bool(o.get("optional")) for o in gold.get("organisations") or []
            if forms & ({norm_org(o.get("name"))} | {norm_org(a) for a in o.get("aliases") or []})]
    if not hits:
        return 0
    return None if all(hits) else 1


def examples(nlp, parsed: dict, gold: dict[str, dict]) -> dict[str, list[tuple[list[str], int]]]:
    """Per release, each organisation record's features and label (scorer off)."""
    component = nlp.get_pipe("news_organisations")
    out = {}
    for doc_id, parsed_doc in parsed.items():
        doc = component(parsed_doc.copy())
        rows = []
        for rec in doc._.organisations:
            if not judged(doc, rec):
                continue  # never scored
            y = label(rec, gold[doc_id])
            if y is not None:
                rows.append((features(doc, rec), y))
        out[doc_id] = rows
    return out


def fit(rows_by_doc: dict[str, list[tuple[list[str], int]]], ids: Iterable[str]) -> Scorer:
    rows = [r for i in sorted(ids) for r in rows_by_doc[i]]
    return train([f for f, _ in rows], [y for _, y in rows])


def predict(nlp, parsed: dict, ids: Iterable[str]) -> dict[str, dict]:
    from extract.convert import to_document
    from extract.pipeline import COMPONENTS

    pred = {}
    for doc_id in ids:
        doc = parsed[doc_id].copy()
        for name in COMPONENTS:
            doc = nlp.get_pipe(name)(doc)
        pred[doc_id] = to_document(doc).to_gold()
    return pred


def figures(gold: dict[str, dict], pred: dict[str, dict]) -> dict:
    from extract.evaluation import evaluate

    return evaluate({i: gold[i] for i in pred}, pred).as_dict()


def cross_validate(gold: dict[str, dict], model: str | None = None,
                   thresholds: Iterable[float] = THRESHOLDS) -> dict:
    """Per fold: the figures with the scorer off, and with a scorer trained on the other two
    folds at each threshold. Returns {threshold or 0: {fold: figures}} ("all": the folds'
    predictions together)."""
    base = _pipeline(0.0, model=model)
    parsed = parse(base, gold)
    rows = examples(base, parsed, gold)
    folds = {k: [i for i in gold if fold_of(i) == k] for k in range(3)}
    preds: dict[float, dict[str, dict]] = {0.0: predict(base, parsed, gold)}
    with tempfile.TemporaryDirectory() as tmp:
        for k, ids in folds.items():
            path = Path(tmp) / f"fold{k}.json"
            path.write_text(fit(rows, [i for i in gold if fold_of(i) != k]).to_json())
            for t in thresholds:
                nlp = _pipeline(t, str(path), model)
                preds.setdefault(t, {}).update(predict(nlp, parsed, ids))
    out = {}
    for t, pred in preds.items():
        out[t] = {f"fold {k}": figures(gold, {i: pred[i] for i in ids})
                  for k, ids in folds.items()}
        out[t]["all"] = figures(gold, pred)
    return out


def _table(results: dict) -> str:
    cols = ("organisations", "roles_with_org", "people", "overall")
    lines = [f"{'threshold':<10}{'fold':<7}" + "".join(f"{c[:14]:>16}" for c in cols)
             + f"{'org P':>8}{'org R':>8}"]
    for t, per in results.items():
        for fold, d in per.items():
            o = d["organisations"]
            lines.append(f"{('off' if not t else t):<10}{fold:<7}"
                         + "".join(f"{(d[c] if c == 'overall' else d[c]['f1']):>16.3f}"
                                   for c in cols)
                         + f"{o['precision']:>8.3f}{o['recall']:>8.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", nargs="+", type=Path,
                        default=list(GOLD_FILES))
    parser.add_argument("--out", type=Path, default=WEIGHTS,
                        help="where to write the weights (default: the shipped scorer)")
    parser.add_argument("--model", default=None, help="spaCy model (default en_core_web_sm)")
    parser.add_argument("--folds", action="store_true",
                        help="also cross-validate by fold and print the figures")
    parser.add_argument("--limit", type=int, default=0, help="train on the first N releases")
    args = parser.parse_args(argv)
    try:
        gold = load_gold(args.gold)
    except (FileNotFoundError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if args.limit:
        gold = dict(list(gold.items())[: args.limit])
    if args.folds:
        print(_table(cross_validate(gold, args.model)))
    base = _pipeline(0.0, model=args.model)
    rows = examples(base, parse(base, gold), gold)
    scorer = fit(rows, gold)
    args.out.write_text(scorer.to_json() + "\n", encoding="utf-8")
    n = sum(len(r) for r in rows.values())
    print(f"trained on {n} organisation records of {len(gold)} releases "
          f"({sum(y for r in rows.values() for _, y in r)} bodies); "
          f"{len(scorer.weights)} weights -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
