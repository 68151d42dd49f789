"""Are two run folders the same outputs? For refactorings that must not change what a run writes.

    python bench/same_outputs.py BEFORE AFTER

Compares documents.jsonl and gold.jsonl line by line, every CSV (tables and aggregates/) byte
for byte, every Parquet table with pandas `.equals`, every table of the SQLite database with
`read_sql`, and the report's index.html size and number of pages. Prints one line per
difference and exits 1 if there is any (0 when the folders match).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd


def _files(root: Path, pattern: str) -> set[str]:
    return {str(p.relative_to(root)) for p in root.glob(pattern)
            if not any(part.startswith(".") for part in p.relative_to(root).parts)}


def _same_set(what: str, a: set[str], b: set[str], out: list[str]) -> set[str]:
    if a != b:
        out.append(f"{what}: only before {sorted(a - b)}, only after {sorted(b - a)}")
    return a & b


def compare_text(before: Path, after: Path, out: list[str]) -> None:
    """JSON Lines and CSV files: byte for byte (first differing line reported)."""
    names = _same_set("text files", _files(before, "*.jsonl") | _files(before, "**/*.csv"),
                      _files(after, "*.jsonl") | _files(after, "**/*.csv"), out)
    for name in sorted(names):
        a, b = (before / name).read_bytes(), (after / name).read_bytes()
        if a != b:
            lines_a, lines_b = a.splitlines(), b.splitlines()
            first = next((i for i, (x, y) in enumerate(zip(lines_a, lines_b)) if x != y),
                         min(len(lines_a), len(lines_b)))
            out.append(f"{name}: differs from line {first + 1} "
                       f"({len(lines_a)} vs {len(lines_b)} lines)")


def compare_parquet(before: Path, after: Path, out: list[str]) -> None:
    """Each table (a partitioned folder or a single file) read whole by pandas."""
    def tables(root: Path) -> set[str]:
        base = root / "parquet"
        if not base.is_dir():
            return set()
        found = {str(p.relative_to(base)) for p in base.rglob("*.parquet")
                 if p.parent == base or p.parent.name == "aggregates"}
        found |= {str(p.relative_to(base)) for p in base.iterdir()
                  if p.is_dir() and p.name != "aggregates" and not p.name.startswith(".")}
        return found

    for name in sorted(_same_set("parquet tables", tables(before), tables(after), out)):
        a = pd.read_parquet(before / "parquet" / name)
        b = pd.read_parquet(after / "parquet" / name)
        if not a.equals(b) or list(a.dtypes.astype(str)) != list(b.dtypes.astype(str)):
            out.append(f"parquet/{name}: tables differ")


def compare_sqlite(before: Path, after: Path, out: list[str]) -> None:
    """Every table of news.db, rows in key order."""
    import sqlalchemy as sa

    paths = [root / "news.db" for root in (before, after)]
    if not any(p.exists() for p in paths):
        return
    if not all(p.exists() for p in paths):
        out.append(f"news.db: present only in {'before' if paths[0].exists() else 'after'}")
        return
    frames = []
    for path in paths:
        engine = sa.create_engine(f"sqlite:///{path}")
        with engine.connect() as conn:
            names = sorted(sa.inspect(conn).get_table_names())
            frames.append({n: pd.read_sql(f'SELECT * FROM "{n}"', conn) for n in names})
        engine.dispose()
    for name in sorted(_same_set("sql tables", set(frames[0]), set(frames[1]), out)):
        a, b = frames[0][name], frames[1][name]
        if name == "errors":  # keyed on the run's folder, which differs between the two runs
            a, b = a.drop(columns="run"), b.drop(columns="run")
        if not a.equals(b):
            out.append(f"news.db {name}: tables differ ({len(a)} vs {len(b)} rows)")


def compare_report(before: Path, after: Path, out: list[str]) -> None:
    index = [root / "report" / "index.html" for root in (before, after)]
    if not any(p.exists() for p in index):
        return
    if not all(p.exists() for p in index):
        out.append("report/index.html: present in one folder only")
        return
    sizes = [p.stat().st_size for p in index]
    if sizes[0] != sizes[1]:
        out.append(f"report/index.html: {sizes[0]} vs {sizes[1]} bytes")
    pages = [len(list((root / "report" / "documents").glob("*.html"))) for root in (before, after)]
    if pages[0] != pages[1]:
        out.append(f"report pages: {pages[0]} vs {pages[1]}")


def compare(before: Path, after: Path) -> list[str]:
    """Every difference between the outputs of two run folders (empty: the same)."""
    out: list[str] = []
    for check in (compare_text, compare_parquet, compare_sqlite, compare_report):
        check(before, after, out)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    differences = compare(args.before, args.after)
    for line in differences:
        print(line)
    print(f"{'same outputs' if not differences else f'{len(differences)} differences'}: "
          f"{args.before} vs {args.after}")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
