"""Peak memory of writing the HTML report, at 1,000 and 20,000 documents (not a test).

    python bench/report_memory.py [--source RUN_DIR] [--sizes 1000 20000]

Makes a run's outputs of each size from a real run (`--source`, else a run over corpus/ made
here): every record replicated under a new id and publication date, with its rows of the
people and organisations tables (`synthetic_run`, which the browser test also uses). Then
writes the report of each in a fresh process and prints that process's peak RSS and time:
the report streams, so the two peaks should be within 20 %.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# The child reads its peak from /proc (VmHWM): ru_maxrss would carry over the parent's peak
# across fork and exec on Linux.
CHILD = """
import resource, sys, time
from pathlib import Path
from extract.report import write_report
started = time.perf_counter()
write_report(Path(sys.argv[1]), Path(sys.argv[2]))
seconds = time.perf_counter() - started
try:
    status = Path("/proc/self/status").read_text()
    peak = int(next(l for l in status.splitlines() if l.startswith("VmHWM")).split()[1]) / 1024
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(peak, seconds)
"""


def synthetic_run(source: Path, out: Path, n: int) -> None:
    """`n` documents from a real run's records and tables: each record replicated under a
    new id, published a day earlier per replica (so the time axis spans years)."""
    out.mkdir(parents=True, exist_ok=True)
    records = [json.loads(line) for line in
               (source / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    tables = {}
    for table in ("people", "organisations"):
        with (source / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            tables[table] = (reader.fieldnames, list(reader))
    templates = []
    for rec in records:
        rec = dict(rec, id="@@ID@@", published="@@PUBLISHED@@")
        templates.append(json.dumps(rec, ensure_ascii=False).replace(
            '"@@ID@@"', '"{id}"', 1).replace('"@@PUBLISHED@@"', "{published}", 1))
    original = [r["id"] for r in records]
    start = dt.date(2016, 12, 31)
    files = {t: (out / f"{t}.csv").open("w", encoding="utf-8", newline="") for t in tables}
    writers = {}
    for t, (fields, _) in tables.items():
        writers[t] = csv.DictWriter(files[t], fieldnames=fields)
        writers[t].writeheader()
    by_doc = {t: {} for t in tables}
    for t, (_, rows) in tables.items():
        for row in rows:
            by_doc[t].setdefault(row["document_id"], []).append(row)
    with (out / "documents.jsonl").open("w", encoding="utf-8") as fh:
        for i in range(n):
            k = i % len(records)
            new_id = f"{original[k]}-{i:06d}"
            published = json.dumps((start - dt.timedelta(days=i // 4)).isoformat())
            fh.write(templates[k].replace("{id}", new_id, 1).replace(
                "{published}", published, 1) + "\n")
            for t in tables:
                writers[t].writerows(dict(r, document_id=new_id)
                                     for r in by_doc[t].get(original[k], ()))
    for f in files.values():
        f.close()
    (out / "errors.csv").write_text("source,reason,document_id\n"
                                    'in.jsonl:7,"not text: <NUL> bytes",\n', encoding="utf-8")


def corpus_run(out: Path) -> Path:
    """A real run over corpus/ (jsonl and csv outputs)."""
    from extract.pipeline import build_pipeline
    from extract.readers import read_inputs
    from extract.runner import run_batch

    run_batch(build_pipeline(), read_inputs([ROOT / "corpus"]), out, formats=["jsonl", "csv"])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, help="a run's outputs folder (default: a run "
                        "over corpus/ made here)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 20_000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = args.source or corpus_run(Path(tmp) / "source")
        peaks = []
        for n in args.sizes:
            out = Path(tmp) / f"run-{n}"
            synthetic_run(source, out, n)
            size = (out / "documents.jsonl").stat().st_size / 1e6
            done = subprocess.run([sys.executable, "-c", CHILD, str(out), str(out / "report")],
                                  capture_output=True, text=True, check=True, cwd=ROOT)
            peak, seconds = map(float, done.stdout.split())
            index = (out / "report" / "index.html").stat().st_size / 1e6
            pages = sum(1 for _ in (out / "report" / "documents").iterdir())
            peaks.append(peak)
            print(f"{n:>7,} documents ({size:,.0f} MB of JSON Lines): peak RSS {peak:,.0f} MB, "
                  f"{seconds:,.1f} s, index.html {index:.2f} MB, {pages:,} document pages")
        if len(peaks) > 1:
            print(f"largest / smallest peak: {max(peaks) / min(peaks):.2f}")


if __name__ == "__main__":
    main()
