"""The `news-extract` command: `run` extracts records and tables, `schema` prints the schema."""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from models import SCHEMA_VERSION, Document

DEFAULT_INPUT = "corpus"
DEFAULT_OUT = "outputs"


def _formats(value: str) -> list[str]:
    from extract.runner import FORMATS

    formats = [f.strip() for f in value.split(",") if f.strip()]
    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:
        raise argparse.ArgumentTypeError(
            f"unknown format {', '.join(bad) or value!r}; choose from {', '.join(FORMATS)}")
    return formats


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="news-extract",
        description="People, roles, organisations, dates and planned actions from press releases.")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="extract records from files, directories or JSON Lines")
    run.add_argument("inputs", nargs="*", default=[DEFAULT_INPUT],
                     help=f"files or directories to read (default: {DEFAULT_INPUT}/)")
    run.add_argument("--out", default=DEFAULT_OUT,
                     help=f"output directory (default: {DEFAULT_OUT}/)")
    run.add_argument("--format", type=_formats, default=["jsonl", "csv", "parquet", "sql"],
                     help="comma-separated outputs: jsonl (documents.jsonl), csv (one table per "
                          "kind of fact, and aggregates/), parquet (parquet/), sql (the "
                          "database: --db, else DIR/news.db), gold (gold.jsonl, the shape "
                          "score.py reads); default: jsonl,csv,parquet,sql")
    run.add_argument("--no-report", action="store_true",
                     help="do not write the HTML report (DIR/report/index.html)")
    run.add_argument("--db", default=None,
                     help="SQLAlchemy URL of the database to load (default: sqlite DIR/news.db),"
                          " e.g. postgresql+psycopg://user@localhost/news")
    run.add_argument("--model", default=None,
                     help="spaCy pipeline name or path (default: en_core_web_sm)")
    run.add_argument("--batch-size", type=int, default=16)
    run.add_argument("--engine", choices=["local", "dask"], default="local",
                     help="local processes, or a dask.distributed cluster (default: local)")
    run.add_argument("--scheduler", default=None,
                     help="with --engine dask: the scheduler address (tcp://host:8786); "
                          "without it a LocalCluster of --workers processes is started")
    run.add_argument("--workers", type=int, default=1,
                     help="processes extracting in parallel, each loading the model once "
                          "(default: 1)")
    run.add_argument("--part-size", type=int, default=200,
                     help="inputs per resumable part: a re-run after a crash redoes at most "
                          "this many (default: 200)")
    run.add_argument("--doc-timeout", type=float, default=120.0,
                     help="seconds one document may take before it becomes an error row "
                          "(default: 120; 0 for none)")
    run.add_argument("--max-chars", type=int, default=1_000_000,
                     help="texts longer than this are recorded as errors (default: 1,000,000)")

    ev = sub.add_parser("evaluate", help="score the pipeline against gold annotations")
    ev.add_argument("gold", help="gold records (JSON Lines, the shape of GUIDELINES.md)")
    ev.add_argument("--input", nargs="+", default=None,
                    help="read the texts from these inputs (paired with the gold by id) "
                         "instead of from the gold file")
    ev.add_argument("--predictions", default=None,
                    help="score this gold-shape prediction file instead of running the pipeline")
    ev.add_argument("--details", action="store_true",
                    help="list each document's missed and extra items")
    ev.add_argument("--json", action="store_true", help="print the figures as JSON")
    ev.add_argument("--model", default=None, help="spaCy pipeline name or path")

    rep = sub.add_parser("report", help="write the HTML report of a run's outputs")
    rep.add_argument("outputs", nargs="?", default=DEFAULT_OUT,
                     help=f"directory a run wrote (default: {DEFAULT_OUT}/)")
    rep.add_argument("--out", default=None, help="report directory (default: OUTPUTS/report/)")

    sub.add_parser("schema", help="print the JSON Schema of the Document record")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "schema":
        schema = Document.model_json_schema()
        schema["$id"] = f"news-extract/document/{SCHEMA_VERSION}"
        print(json.dumps(schema, indent=2))
        return 0
    if args.command == "evaluate":
        return _evaluate(args)
    if args.command == "report":
        return _report(args)
    return _run(args)


def _report(args: argparse.Namespace) -> int:
    from extract.report import build_report, read_outputs

    outputs = Path(args.outputs)
    if not (outputs / "documents.jsonl").exists():
        print(f"news-extract: {outputs}/documents.jsonl not found: run `news-extract run` "
              "with the jsonl format first", file=sys.stderr)
        return 2
    docs, errors = read_outputs(outputs)
    index = build_report(docs, Path(args.out or outputs / "report"), errors)
    print(f"report: {index}")
    return 0


def _load_jsonl(path: str) -> dict[str, dict]:
    with open(path, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    return {str(r.get("id")): r for r in records}


def _evaluate(args: argparse.Namespace) -> int:
    from extract.batch import extract_documents
    from extract.evaluation import evaluate, report
    from extract.model import ModelNotFound
    from extract.pipeline import build_pipeline
    from extract.readers import read_inputs
    from models import ExtractionError

    gold = _load_jsonl(args.gold)
    if args.predictions:
        pred = _load_jsonl(args.predictions)
    else:
        try:
            nlp = build_pipeline(args.model)
        except ModelNotFound as error:
            print(f"news-extract: {error}", file=sys.stderr)
            return 2
        pred = {}
        for item in extract_documents(nlp, read_inputs(args.input or [args.gold])):
            if isinstance(item, ExtractionError):
                print(f"error: {item.source}: {item.reason}", file=sys.stderr)
            else:
                pred[item.id] = item.to_gold()
    result = evaluate(gold, pred)
    if args.json:
        print(json.dumps(result.as_dict(), indent=2))
    else:
        print(report(result, details=args.details))
    return 0


def _run(args: argparse.Namespace) -> int:
    from extract.model import ModelNotFound, check_model
    from extract.pipeline import build_pipeline
    from extract.readers import count_inputs, read_inputs
    from extract.runner import run_batch

    started = time.perf_counter()
    parallel = args.workers > 1 or args.engine == "dask"
    try:
        # Parallel workers build their own pipelines: here only check the model is there.
        nlp = None if parallel else build_pipeline(args.model)
        if parallel:
            check_model(args.model)
    except ModelNotFound as error:
        print(f"news-extract: {error}", file=sys.stderr)
        return 2
    identity = {"inputs": [str(Path(p).resolve()) for p in args.inputs], "model": args.model,
                "max_chars": args.max_chars}
    summary = run_batch(nlp, read_inputs(args.inputs),
                        Path(args.out), formats=args.format, batch_size=args.batch_size,
                        max_chars=args.max_chars, workers=args.workers, model=args.model,
                        db=args.db, total=count_inputs(args.inputs), identity=identity,
                        part_size=args.part_size, doc_timeout=args.doc_timeout or None,
                        engine=args.engine, scheduler=args.scheduler)
    seconds = time.perf_counter() - started
    facts = ", ".join(f"{n} {k}" for k, n in summary.facts.items())
    resumed = f" ({summary.resumed} done by an earlier run)" if summary.resumed else ""
    print(f"news-extract: {summary.documents} documents read, {summary.errors} errors, "
          f"{seconds:.1f} s{resumed}")
    print(f"  facts: {facts}")
    if "jsonl" in args.format and not args.no_report:
        from extract.report import build_report, read_outputs

        docs, errors = read_outputs(Path(args.out))
        index = build_report(docs, Path(args.out) / "report", errors)
        summary.outputs.append(str(index.parent))
    print(f"  written to {args.out}/: " + ", ".join(Path(p).name for p in summary.outputs))
    if "jsonl" in args.format and not args.no_report:
        print(f"  report: {index}")
    return 1 if summary.errors else 0


if __name__ == "__main__":
    sys.exit(main())
