"""Throughput and memory of news-extract on real press releases (not a test).

    python bench/benchmark.py [--docs 1000] [--workers 1 2] [--data PATH]

Prints, in one run: words/s of bare `nlp.pipe` with the same spaCy model, words/s of the full
extraction (records built) for each worker count, the ratio to bare, peak RSS, and the share
of time per pipeline component (measured on one worker). Reads the DOJ releases in
../shared/data by default.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_DATA = (ROOT.parent / "shared" / "data" / "doj_press_releases"
                / "doj_press_releases.jsonl.gz")


def load(path: Path, n: int) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in itertools.islice(fh, n)]


def peak_rss_mb() -> float:
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(self_kb, child_kb) / 1024


def bare(model: str | None, texts: list[str], batch_size: int) -> float:
    from extract.model import load_model

    nlp = load_model(model)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - start


def loading(model: str | None, records: list[dict], t_extract: float) -> None:
    """Seconds to load the tables into SQLite (and PostgreSQL where NEWS_EXTRACT_TEST_PG
    names a server), as a share of the extraction time."""
    import os
    import tempfile

    from extract.batch import extract_documents
    from extract.pipeline import build_pipeline
    from extract.readers import from_record
    from extract.store import write_sql
    from extract.tables import build_tables
    from models import Document

    nlp = build_pipeline(model)
    docs = [d for d in extract_documents(nlp, [from_record(r, r["id"]) for r in records])
            if isinstance(d, Document)]
    start = time.perf_counter()
    frames = build_tables(docs)
    t_tables = time.perf_counter() - start
    urls = {"sqlite": f"sqlite:///{tempfile.mkdtemp()}/bench.db"}
    if os.environ.get("NEWS_EXTRACT_TEST_PG"):
        urls["postgresql"] = os.environ["NEWS_EXTRACT_TEST_PG"]
    print(f"tables built in {t_tables:.2f} s ({t_tables / t_extract:.1%} of extraction)")
    for name, url in urls.items():
        start = time.perf_counter()
        write_sql(frames, url)
        t = time.perf_counter() - start
        print(f"loaded into {name:<10} in {t:.2f} s ({t / t_extract:.1%} of extraction)")


def full(model: str | None, records: list[dict], batch_size: int, workers: int) -> float:
    from extract.batch import extract_documents
    from extract.pipeline import build_pipeline
    from extract.readers import from_record

    nlp = build_pipeline(model) if workers == 1 else None
    raws = [from_record(r, r["id"]) for r in records]
    start = time.perf_counter()
    n = sum(1 for _ in extract_documents(nlp, raws,
                                         batch_size=batch_size, workers=workers, model=model))
    assert n == len(records)
    return time.perf_counter() - start


def component_shares(model: str | None, texts: list[str]) -> dict[str, float]:
    """Seconds per component, each timed around its own call, one document at a time."""
    from extract.pipeline import build_pipeline

    nlp = build_pipeline(model)
    spent = {name: 0.0 for name in nlp.pipe_names}
    for text in texts:
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            t0 = time.perf_counter()
            doc = proc(doc)
            spent[name] += time.perf_counter() - t0
    total = sum(spent.values())
    return {name: s / total for name, s in spent.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--model", default=None)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--shares-docs", type=int, default=200,
                    help="documents used for the per-component shares")
    args = ap.parse_args()

    records = load(args.data, args.docs)
    texts = [r["text"] for r in records]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(records)} documents, {words:,} words from {args.data.name}")
    t_bare = bare(args.model, texts, args.batch_size)
    print(f"bare nlp.pipe           {words / t_bare:>10,.0f} words/s")
    one = None
    t_one = None
    for workers in args.workers:
        t_full = full(args.model, records, args.batch_size, workers)
        t_one = t_one or t_full
        rate = words / t_full
        one = one or rate
        print(f"full extraction, {workers} worker{'s' if workers > 1 else ' '} {rate:>10,.0f} "
              f"words/s  ({rate / (words / t_bare):.2f}x bare, {rate / one:.2f}x one worker)")
    loading(args.model, records, t_one)
    shares = component_shares(args.model, texts[: args.shares_docs])
    print("time per component (one worker):")
    for name, share in shares.items():
        print(f"  {name:<22} {share:6.1%}")
    dates = shares.get("news_metadata", 0) + shares.get("news_dates", 0)
    print(f"  dates (metadata + dates) {dates:6.1%}")
    print(f"peak RSS {peak_rss_mb():,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
