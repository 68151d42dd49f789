"""Draw DOJ archive releases no annotated set holds, in the gold shape, for a new fresh set.

Why: each fresh test set (bench/gold/README.md) is a random draw of archive releases that no
gold set, fresh set or earlier sample holds; keeping the sampler here makes a draw repeatable
from its seed and its exclusions.

    python bench/sample_releases.py --seed 20261212 --n 36 --out /tmp/sample.jsonl \
        --exclude bench/gold/*.jsonl ../shared/gold/*.jsonl [--prefix fresh_]

A record's text is the title, a blank line and the body, as in the fresh sets.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path

ARCHIVE = Path(__file__).resolve().parents[1].parent / "shared/data/doj_press_releases/doj_press_releases.jsonl.gz"


def excluded_ids(paths: list[str]) -> set[str]:
    """Archive ids named by any record of the given JSON Lines files (with or without a prefix)."""
    ids: set[str] = set()
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                rid = str(json.loads(line).get("id", ""))
                match = re.search(r"doj-opa-\d+", rid)
                ids.add(match.group(0) if match else rid)
    return ids


def draw(archive: Path, seed: int, n: int, exclude: set[str], min_words: int, max_words: int) -> list[dict]:
    with gzip.open(archive, "rt", encoding="utf-8") as f:
        pool = [r for r in map(json.loads, f)
                if r["id"] not in exclude and min_words <= len(r["text"].split()) <= max_words]
    pool.sort(key=lambda r: r["id"])
    return random.Random(seed).sample(pool, n)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=36)
    ap.add_argument("--out", required=True)
    ap.add_argument("--exclude", nargs="*", default=[])
    ap.add_argument("--prefix", default="")
    ap.add_argument("--min-words", type=int, default=200)
    ap.add_argument("--max-words", type=int, default=800)
    ap.add_argument("--archive", type=Path, default=ARCHIVE)
    a = ap.parse_args()
    rows = draw(a.archive, a.seed, a.n, excluded_ids(a.exclude), a.min_words, a.max_words)
    with open(a.out, "w", encoding="utf-8") as out:
        for r in rows:
            out.write(json.dumps({"id": a.prefix + r["id"], "source": r.get("url") or r.get("source"),
                                  "published": r.get("date"), "text": f"{r['title']}\n\n{r['text']}"},
                                 ensure_ascii=False) + "\n")
    print(f"{len(rows)} releases -> {a.out}")


if __name__ == "__main__":
    main()
