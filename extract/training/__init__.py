"""Training of the package's statistical components from the annotated releases
(../shared/gold): `python -m extract.training.organisations`, `python -m extract.training.modality`,
`python -m extract.training.ner` (the optional person/organisation recogniser, not shipped).

The gold loading, the fold split and the model-only parse are shared here with the benchmarks
(`bench/ablation.py`, `bench/folds.py`), so every figure uses the same folds."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

GOLD = Path(__file__).resolve().parents[2].parent / "shared" / "gold"
GOLD_FILES = (GOLD / "seed.jsonl", GOLD / "dev.jsonl")
# The fresh DOJ sets annotated in the repo (bench/gold/README.md): the read ones, so the
# modality classifier learns from them too; a sealed set (doj_fresh5, doj_fresh6) never is.
FRESH = Path(__file__).resolve().parents[2] / "bench" / "gold"
MODALITY_GOLD = GOLD_FILES + tuple(FRESH / f"doj_fresh{n}.jsonl" for n in ("", "2", "3", "4"))


def fold_of(doc_id: str) -> int:
    """The fold of a release: sha1 of its id, mod 3 (stable across runs and machines)."""
    return int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 3


def load_gold(paths: Iterable[Path]) -> dict[str, dict]:
    """The annotated releases by id, in file order; a missing file is a clear error."""
    gold: dict[str, dict] = {}
    for path in map(Path, paths):
        if not path.exists():
            raise FileNotFoundError(f"no gold file {path} (give --gold SEED DEV)")
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    rec = json.loads(line)
                    gold[rec["id"]] = rec
    return gold


def parse(nlp, gold: dict[str, dict]) -> dict:
    """The model's analysis of each gold text before the rule components (done once, so the
    rules can run again under each setting)."""
    from extract.pipeline import COMPONENTS

    docs = {}
    with nlp.select_pipes(disable=list(COMPONENTS)):
        for doc_id, rec in gold.items():
            doc = nlp.make_doc(rec["text"])
            doc._.doc_id, doc._.published = doc_id, rec.get("published")
            docs[doc_id] = nlp(doc)
    return docs
