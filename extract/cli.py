"""The `news-extract` command: `run` extracts records and tables, `schema` prints the schema.

Everything knowable is checked before extracting (`extract.preflight`), and every failure ends
as one line on stderr, "news-extract: <cause>; <what to do>", with an exit code a script can
act on (`EXIT_CODES`); `--debug` re-raises instead, for the traceback.
"""
from __future__ import annotations

import argparse
import errno
import inspect
import json
import os
import sys
import time
from contextlib import contextmanager, nullcontext
from pathlib import Path

from extract import __version__
from extract.preflight import (
    SetupError,
    check_database,
    check_engine,
    check_inputs,
    check_model,
    check_output_folder,
    load_records,
    masked,
    non_negative_float,
    positive_int,
)

DEFAULT_INPUT = "corpus"
DEFAULT_OUT = "outputs"

EXIT_OK, EXIT_SOME_FAILED, EXIT_SETUP, EXIT_CRASHED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
EXIT_CODES = """\
exit codes:
  0    all done (run: every input became a document)
  1    some inputs failed: one line each on stderr, one row each in errors.csv
  2    usage or setup error: bad flags, missing input, output folder unusable (also a full
       disk or a read-only folder found while writing), database unreachable, model missing,
       output folder locked by another run
  3    the run failed: an unexpected error after setup (re-run with --debug for the traceback)
  130  interrupted (Ctrl-C): re-run the same command to resume

Every failure is one line on stderr, "news-extract: <cause>; <what to do>"; --debug shows the
traceback instead."""

# Failures raised by modules this command calls, by class name, so that the mapping holds
# whether or not a given version of those modules defines them: (exit code, what to do, or
# None where the message already says it).
KNOWN_FAILURES: dict[str, tuple[int, str | None]] = {
    "OutputLocked": (EXIT_SETUP, "wait for the other run to finish, or choose another --out"),
    "DatabaseUnavailable": (EXIT_SETUP, ("check --db and that the server is running, then "
                                         "re-run the same command to resume")),
    "SchemaMismatch": (EXIT_SETUP, None),
    "ModelNotFound": (EXIT_SETUP, None),
}


class _Parser(argparse.ArgumentParser):
    """Usage errors in the one-line style of every other failure (exit code 2)."""

    def error(self, message: str):
        self.exit(EXIT_SETUP, f"news-extract: {message}; see `{self.prog} --help`\n")


def _formats(value: str) -> list[str]:
    from extract.runner import FORMATS

    formats = [f.strip() for f in value.split(",") if f.strip()]
    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:
        raise argparse.ArgumentTypeError(
            f"unknown format {', '.join(bad) or value!r}; choose from {', '.join(FORMATS)}")
    return formats


def _debug_flag(parser: argparse.ArgumentParser, default) -> None:
    parser.add_argument("--debug", action="store_true", default=default,
                        help="show the full traceback of a failure instead of one line")


def build_parser() -> argparse.ArgumentParser:
    from models import SCHEMA_VERSION

    parser = _Parser(
        prog="news-extract", epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="People, roles, organisations, dates and planned actions from press releases.")
    parser.add_argument("--version", action="version",
                        version=f"news-extract {__version__} (schema {SCHEMA_VERSION})",
                        help="print the package and record schema versions and exit")
    _debug_flag(parser, False)
    sub = parser.add_subparsers(dest="command", required=True, title="commands",
                                help="`news-extract COMMAND --help` shows a command's options")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help[:1].upper() + help[1:] + ".",
                           epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
        _debug_flag(p, argparse.SUPPRESS)  # also accepted after the command
        return p

    run = command("run", "extract records from files, directories or JSON Lines")
    run.add_argument("inputs", nargs="*", default=[DEFAULT_INPUT],
                     help=f"files or directories to read (default: {DEFAULT_INPUT}/)")
    run.add_argument("--out", default=DEFAULT_OUT, metavar="DIR",
                     help=f"output directory (default: {DEFAULT_OUT}/)")
    run.add_argument("--format", type=_formats, default=["jsonl", "csv", "parquet", "sql"],
                     metavar="LIST",
                     help="comma-separated outputs: jsonl (documents.jsonl), csv (one table per "
                          "kind of fact, entities.csv, aggregates/ and datapackage.json, the "
                          "types for read-back), parquet (parquet/, one dataset per table and "
                          "per aggregate), sql (the database: --db, else DIR/news.db), gold "
                          "(gold.jsonl, the shape score.py reads); default: jsonl,csv,parquet,sql")
    run.add_argument("--no-report", action="store_true",
                     help="do not write the HTML report (DIR/report/index.html)")
    run.add_argument("--db", default=None, metavar="URL",
                     help="SQLAlchemy URL of the database to load (default: sqlite DIR/news.db),"
                          " e.g. postgresql+psycopg://user@localhost/news")
    run.add_argument("--prune", action="store_true",
                     help="with --db, delete documents not in this run from the database")
    run.add_argument("--model", default=None, metavar="NAME_OR_PATH",
                     help="spaCy pipeline name or path (default: en_core_web_sm)")
    run.add_argument("--day-first", action="store_true",
                     help="read numeric dates day first (03/04/2021 is 3 April), for British, "
                          "Australian and European releases; the same as --set "
                          "news_dates.day_first=true --set news_metadata.day_first=true")
    run.add_argument("--set", action="append", default=[], type=_setting,
                     metavar="COMPONENT.KEY=VALUE", dest="settings",
                     help="a setting of a news component, spaCy-style (repeatable): "
                          "--set news_dates.day_first=true, --set "
                          'news_actions.off=\'["effect-verb"]\' (a JSON value, else a string)')
    run.add_argument("--batch-size", type=positive_int, default=16, metavar="N",
                     help="documents per call of nlp.pipe, and per task sent to a worker "
                          "(default: 16)")
    run.add_argument("--engine", choices=["local", "dask"], default="local",
                     help="local processes, or a dask.distributed cluster (default: local)")
    run.add_argument("--scheduler", default=None, metavar="ADDRESS",
                     help="with --engine dask: the scheduler address (tcp://host:8786); "
                          "without it a LocalCluster of --workers processes is started")
    run.add_argument("--workers", type=positive_int, default=1, metavar="N",
                     help="processes extracting in parallel, each loading the model once "
                          "(default: 1)")
    run.add_argument("--part-size", type=positive_int, default=200, metavar="N",
                     help="inputs per resumable part: a re-run after a crash redoes at most "
                          "this many (default: 200)")
    run.add_argument("--doc-timeout", type=non_negative_float, default=120.0, metavar="SECONDS",
                     help="seconds one document may take before it becomes an error row "
                          "(default: 120; 0 for none)")
    run.add_argument("--max-chars", type=positive_int, default=1_000_000, metavar="N",
                     help="texts longer than this are recorded as errors (default: 1,000,000)")

    ev = command("evaluate", "score the pipeline against gold annotations")
    ev.add_argument("gold", metavar="GOLD.jsonl",
                    help="gold records (JSON Lines, the shape of GUIDELINES.md)")
    ev.add_argument("--input", nargs="+", default=None, metavar="INPUT",
                    help="read the texts from these inputs (paired with the gold by id) "
                         "instead of from the gold file")
    ev.add_argument("--predictions", default=None, metavar="PRED.jsonl",
                    help="score this gold-shape prediction file instead of running the pipeline")
    ev.add_argument("--details", action="store_true",
                    help="list each document's missed and extra items")
    ev.add_argument("--json", action="store_true", help="print the figures as JSON")
    ev.add_argument("--model", default=None, metavar="NAME_OR_PATH",
                    help="spaCy pipeline name or path (default: en_core_web_sm)")

    rep = command("report", "write the HTML report of a run's outputs")
    rep.add_argument("outputs", nargs="?", default=DEFAULT_OUT, metavar="OUTPUTS",
                     help=f"directory a run wrote (default: {DEFAULT_OUT}/)")
    rep.add_argument("--out", default=None, metavar="DIR",
                     help="report directory (default: OUTPUTS/report/)")

    command("schema", "print the JSON Schema of the Document record")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = None
    try:  # parsing too: a --format value imports the pipeline's modules, and Ctrl-C may come
        args = build_parser().parse_args(argv)
        return _dispatch(args)
    except (Exception, KeyboardInterrupt) as error:
        if args.debug if args is not None else "--debug" in argv:
            raise
        code, line = describe_failure(error, args or argparse.Namespace(
            command=next((a for a in argv if not a.startswith("-")), None)))
        print(f"news-extract: {line}", file=sys.stderr, flush=True)
        return code


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "schema":
        from models import SCHEMA_VERSION, Document

        schema = Document.model_json_schema()
        schema["$id"] = f"news-extract/document/{SCHEMA_VERSION}"
        print(json.dumps(schema, indent=2))
        return EXIT_OK
    if args.command == "evaluate":
        return _evaluate(args)
    if args.command == "report":
        return _report(args)
    return _run(args)


def describe_failure(error: BaseException, args: argparse.Namespace) -> tuple[int, str]:
    """(exit code, the one line to print) for a failure that ended a command."""
    out = getattr(args, "out", None) or getattr(args, "outputs", None) or DEFAULT_OUT
    resume = "re-run the same command to resume" if args.command == "run" else \
        "re-run the same command"
    if any(isinstance(e, KeyboardInterrupt) for e in _chain(error)):
        return EXIT_INTERRUPTED, f"interrupted; {resume}"
    if isinstance(error, SetupError):
        return EXIT_SETUP, str(error)
    os_error = next((e for e in _chain(error) if isinstance(e, OSError)), None)
    if os_error is not None and os_error.errno in (errno.ENOSPC, errno.EDQUOT) or \
            any(s in str(error) for s in ("disk is full", "No space left on device")):
        db = getattr(args, "db", None)
        where = f"the database {masked(db)}" if db and _is_database_error(error) else out
        return EXIT_SETUP, f"no space left on device writing {where}; free space and {resume}"
    if os_error is not None and (isinstance(os_error, PermissionError)
                                 or os_error.errno == errno.EROFS):
        where = os_error.filename or out
        return EXIT_SETUP, (f"cannot write {where} ({os_error.strerror or 'permission denied'})"
                            f"; make {out} writable, or choose another --out, and {resume}")
    for cls in type(error).__mro__:
        if cls.__name__ in KNOWN_FAILURES:
            code, hint = KNOWN_FAILURES[cls.__name__]
            return code, _one_line(error) + (f"; {hint}" if hint else "")
    if _is_database_error(error):
        db = getattr(args, "db", None)
        where = f"the database {masked(db)}" if db else "the database"
        orig = getattr(error, "orig", None) or error
        return EXIT_SETUP, (f"{where} failed: {_one_line(orig)}; check --db and that the "
                            f"server is running, then {resume}")
    return EXIT_CRASHED, (f"{type(error).__name__}: {_one_line(error)}; re-run with --debug "
                          "for the traceback")


def _chain(error: BaseException) -> list[BaseException]:
    """The error and what it was raised from or during (a library may wrap a Ctrl-C)."""
    seen: list[BaseException] = []
    while error is not None and error not in seen:
        seen.append(error)
        error = error.__cause__ or error.__context__
    return seen


def _one_line(error: object) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _is_database_error(error: BaseException) -> bool:
    """A database that went away or refused work mid-run (not a bug in what was sent)."""
    return (type(error).__module__ or "").startswith("sqlalchemy") and \
        type(error).__name__ in ("OperationalError", "InterfaceError", "DisconnectionError")


def _report(args: argparse.Namespace) -> int:
    from extract.report import write_report

    outputs = Path(args.outputs)
    if not (outputs / "documents.jsonl").exists():
        raise SetupError(f"{outputs}/documents.jsonl not found",
                         "run `news-extract run` with the jsonl format first")
    report_dir = check_output_folder(args.out or outputs / "report")
    index = write_report(outputs, report_dir)
    print(f"report: {index}")
    return EXIT_OK


def _evaluate(args: argparse.Namespace) -> int:
    from extract.batch import extract_documents
    from extract.evaluation import evaluate, report
    from extract.readers import read_inputs
    from models import ExtractionError

    gold = load_records(args.gold, "gold file")
    if args.predictions:
        pred = load_records(args.predictions, "predictions file")
    else:
        if args.input:
            check_inputs(args.input)
        nlp = _pipeline(args.model)
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
    return EXIT_OK


def _setting(text: str) -> tuple[str, str, str]:
    from extract.pipeline import parse_setting

    try:
        return parse_setting(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


def _spec(args: argparse.Namespace):
    """The model name, or a PipelineSpec where components have settings (--set, --day-first):
    what the main process and every worker build."""
    from extract.pipeline import PipelineSpec

    settings = list(args.settings)
    if args.day_first:
        settings += [("news_dates", "day_first", "true"), ("news_metadata", "day_first", "true")]
    return PipelineSpec(args.model, tuple(settings)) if settings else args.model


def _pipeline(model):
    """The pipeline, or a SetupError: a model folder that does not load is a setup problem."""
    from extract.pipeline import PipelineSpec, build_pipeline

    spec = model if isinstance(model, PipelineSpec) else None
    model = spec.model if spec else model
    check_model(model)
    try:
        return build_pipeline(spec or model)
    except Exception as error:  # spaCy raises OSError, ValueError, KeyError... on a bad model
        if spec and spec.settings:
            raise SetupError(f"the component settings do not apply "
                             f"({type(error).__name__}: {_one_line(error)})",
                             "check the --set names and values against the README") from error
        if model is None:
            raise  # the default model is installed: a failure here is a bug, exit 3
        raise SetupError(f"cannot load spaCy model {model or 'en_core_web_sm'} "
                         f"({type(error).__name__}: {_one_line(error)})",
                         "pass --model with an installed pipeline or a model folder") from error


def preflight(args: argparse.Namespace) -> None:
    """Every check of `run` that needs no model: flags together, inputs, output, database."""
    if args.scheduler and args.engine != "dask":
        raise SetupError("--scheduler needs --engine dask", "add --engine dask")
    if args.prune and "sql" not in args.format:
        raise SetupError("--prune deletes from the database, which --format leaves out",
                         "add sql to --format")
    check_inputs(args.inputs)
    check_engine(args.engine)
    out = check_output_folder(args.out)
    if "sql" in args.format:
        own = args.db is None
        check_database(args.db or f"sqlite:///{(out / 'news.db').resolve()}", own=own)


def _run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    preflight(args)
    from extract.readers import count_inputs, read_inputs
    from extract.runner import run_batch

    extra = {}
    if args.prune:
        if "prune" not in inspect.signature(run_batch).parameters:
            raise SetupError("--prune is not supported by this version's runner",
                             "leave out --prune")
        extra["prune"] = True
    parallel = args.workers > 1 or args.engine == "dask"
    # Parallel workers build their own pipelines: here only check the model is there.
    if parallel:
        check_model(args.model)
    spec = _spec(args)
    # The main process builds the pipeline it runs; in parallel only where there are settings,
    # so that a wrong --set is one setup error before the workers start.
    nlp = _pipeline(spec) if not parallel or spec != args.model else None
    if parallel:
        nlp = None
    identity = {"inputs": [str(Path(p).resolve()) for p in args.inputs], "model": args.model,
                "max_chars": args.max_chars}
    if spec != args.model:  # other settings, other records: not a resume
        identity["settings"] = [list(s) for s in spec.settings]
    with _workers_ignore_ctrl_c() if parallel else nullcontext():
        summary = run_batch(nlp, read_inputs(args.inputs),
                            Path(args.out), formats=args.format, batch_size=args.batch_size,
                            max_chars=args.max_chars, workers=args.workers, model=spec,
                            db=args.db, total=count_inputs(args.inputs), identity=identity,
                            part_size=args.part_size, doc_timeout=args.doc_timeout or None,
                            engine=args.engine, scheduler=args.scheduler, **extra)
    seconds = time.perf_counter() - started
    facts = ", ".join(f"{n} {k}" for k, n in summary.facts.items())
    resumed = f" ({summary.resumed} done by an earlier run)" if summary.resumed else ""
    print(f"news-extract: {summary.documents} documents read, {summary.errors} errors, "
          f"{seconds:.1f} s{resumed}")
    print(f"  facts: {facts}")
    outputs = list(summary.outputs)
    index = None
    if "jsonl" in args.format and not args.no_report:
        from extract.report import write_report

        index = write_report(Path(args.out), Path(args.out) / "report")
        outputs.append(str(index.parent))
    for line in written_lines(outputs, Path(args.out), args.db if "sql" in args.format else None):
        print(line)
    if index is not None:
        print(f"  report: {index}")
    return EXIT_SOME_FAILED if summary.errors else EXIT_OK


def written_lines(outputs: list[str], out: Path, db: str | None) -> list[str]:
    """The summary's "written to" line (each file or folder once, by name) and, for a
    database given by URL, a line of its own with any password masked."""
    names: list[str] = []
    for item in outputs:
        if item == db or "://" in item:  # the database, on its own line
            continue
        if (name := Path(item).name) not in names:
            names.append(name)
    lines = [f"  written to {out}/: " + ", ".join(sorted(names))]
    if db is not None:
        lines.append(f"  database: {masked(db)}")
    return lines


@contextmanager
def _workers_ignore_ctrl_c():
    """Processes started meanwhile ignore Ctrl-C (see `extract.WORKER_ENV`): only this one
    handles it, once, and stops them."""
    from extract import WORKER_ENV

    before = os.environ.get(WORKER_ENV)
    os.environ[WORKER_ENV] = "1"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(WORKER_ENV, None)
        else:
            os.environ[WORKER_ENV] = before


if __name__ == "__main__":
    sys.exit(main())
