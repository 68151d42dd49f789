"""Are two runs' records the same? For refactors that must not change behaviour.

    python bench/same_records.py BEFORE/documents.jsonl AFTER/documents.jsonl

Compares the documents by id, field by field (schema_version aside), and prints the first
differences; exit code 0 when every record is identical.
"""
from __future__ import annotations

import argparse
import json
import sys


def _load(path: str, ignore: set[str]) -> dict[str, dict]:
    with open(path, encoding="utf-8") as fh:
        records = (json.loads(line) for line in fh if line.strip())
        return {r["id"]: {k: v for k, v in r.items() if k not in ignore} for r in records}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--show", type=int, default=10, help="differences to print")
    parser.add_argument("--ignore", nargs="*", default=[],
                        help="fields to leave out besides schema_version (e.g. fields a newer "
                             "schema added)")
    args = parser.parse_args(argv)
    ignore = {"schema_version", *args.ignore}
    before, after = _load(args.before, ignore), _load(args.after, ignore)
    diffs = [f"only in {args.before}: {i}" for i in before.keys() - after.keys()]
    diffs += [f"only in {args.after}: {i}" for i in after.keys() - before.keys()]
    for doc_id in sorted(before.keys() & after.keys()):
        a, b = before[doc_id], after[doc_id]
        for key in sorted(a.keys() | b.keys()):
            if a.get(key) != b.get(key):
                diffs.append(f"{doc_id} {key}: {json.dumps(a.get(key))[:300]} -> "
                             f"{json.dumps(b.get(key))[:300]}")
    for line in diffs[:args.show]:
        print(line)
    print(f"{len(before.keys() & after.keys())} "
          f"documents compared, {len(diffs)} differences")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
