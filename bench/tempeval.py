"""TempEval-3 Task A figures for news-extract's temporal expressions (not a test).

    python bench/tempeval.py [--split test|train] [--data ../shared/data/tempeval3]

Runs the pipeline over each TimeML document (its DCT as the publication date) and compares
the TIMEX3 expressions it finds (calendar dates, durations, sets, times, vague references)
with the gold ones: strict and relaxed extent F1, and value F1 (relaxed extent match with the
gold `value`), for DATE and for all types, as in the TempEval-3 scorer. The data stays in
../shared (research use only); nothing of it is copied into the repository.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "tempeval3"


def predictions(nlp, doc) -> list[tuple[int, int, str, str | None]]:
    """(start, end, type, value) of every temporal expression news-extract emits."""
    from extract.convert import to_document

    spacy_doc = nlp.make_doc(doc.text)
    spacy_doc._.published = doc.dct
    spacy_doc._.doc_id = doc.doc_id
    record = to_document(nlp(spacy_doc))
    out = [(d.evidence.start, d.evidence.end, "DATE", d.timex_value) for d in record.dates]
    out += [(t.evidence.start, t.evidence.end, t.timex_type, t.timex_value)
            for t in record.time_expressions]
    return out


def f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(pairs, types: set[str] | None) -> dict[str, tuple[float, float, float]]:
    """pairs: (gold list, predicted list) per document."""
    n_gold = n_pred = strict = relaxed = value = 0
    for gold, pred in pairs:
        gold = [g for g in gold if types is None or g.type in types]
        pred = [p for p in pred if types is None or p[2] in types]
        n_gold += len(gold)
        n_pred += len(pred)
        used: set[int] = set()
        for g in gold:
            match = next((i for i, p in enumerate(pred) if i not in used
                          and p[0] == g.start and p[1] == g.end), None)
            exact = match is not None
            if match is None:
                match = next((i for i, p in enumerate(pred) if i not in used
                              and p[0] < g.end and g.start < p[1]), None)
            if match is None:
                continue
            used.add(match)
            strict += exact
            relaxed += 1
            value += pred[match][3] == g.value
    return {"strict extent": f1(strict, n_pred, n_gold),
            "relaxed extent": f1(relaxed, n_pred, n_gold),
            "value": f1(value, n_pred, n_gold)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["test", "train"], default="test")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--model", default=None)
    ap.add_argument("--errors", action="store_true", help="list misses and wrong values")
    args = ap.parse_args()

    from extract.pipeline import build_pipeline
    from extract.timeml import read_tml

    files = sorted((args.data / args.split).rglob("*.tml"))
    if not files:
        print(f"no .tml files under {args.data / args.split}", file=sys.stderr)
        return 2
    nlp = build_pipeline(args.model)
    pairs = []
    for path in files:
        doc = read_tml(path)
        pred = predictions(nlp, doc)
        pairs.append((doc.timexes, pred))
        if args.errors:
            for g in doc.timexes:
                hit = [p for p in pred if p[0] < g.end and g.start < p[1]]
                if not hit or hit[0][3] != g.value:
                    print(f"{doc.doc_id}: {g.type:<8} {g.text!r:<32} {g.value:<14} "
                          f"got {[(doc.text[p[0]:p[1]], p[3]) for p in hit]}")
    n_gold = sum(len(g) for g, _ in pairs)
    print(f"TempEval-3 {args.split}: {len(files)} documents, {n_gold} gold TIMEX3")
    print(f"{'':<10}{'measure':<16}{'P':>7}{'R':>7}{'F1':>7}")
    for label, types in [("DATE", {"DATE"}), ("all types", None)]:
        for measure, (p, r, f) in score(pairs, types).items():
            print(f"{label:<10}{measure:<16}{p:>7.3f}{r:>7.3f}{f:>7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
