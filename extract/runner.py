"""A run over an archive: resumable, exactly once, streamed to every output.

Extraction results are written in parts (`OUT/.news-extract/parts/part-NNNNNN.jsonl`, each
renamed into place only once complete), every line holding the input position and a document
or an error. The parts are the manifest: a re-run of the same command after a crash or a
`kill -9` skips every document (id and content hash) and error already in a part, redoes what
was half-written (a part never renamed), and then assembles the outputs from all parts in
input order, so every document is present exactly once in every output. A run over other
inputs or formats starts afresh.

One run at a time per output folder: a run holds an exclusive lock on
`OUT/.news-extract/lock` from start to end (the OS drops it when the process dies, so a
`kill -9` leaves no stale lock), and a second run into the same folder is refused with
`OutputLocked`. Holding it, a run first removes the temporary files killed runs left behind.

Assembly streams: documents go to `documents.jsonl` / `gold.jsonl` and, in chunks, to the CSV
tables, Parquet files and the database; corpus-level entity ids are resolved in a first pass
over the parts (names only). Output files are written under temporary names and renamed at the
end. Memory stays bounded by the chunk size, the entity names and the aggregates themselves
(computed per chunk and combined).
"""
from __future__ import annotations

import csv
import fcntl
import heapq
import json
import os
import shutil
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from spacy.language import Language

from extract.batch import DEFAULT_MAX_CHARS, Done, atomic_write, error_key, extract_numbered
from extract.convert import content_id
from extract.readers import RawDocument
from extract.tables import TableBuilder
from models import Document, ExtractionError

FORMATS = ("jsonl", "csv", "parquet", "sql", "gold")
DEFAULT_FORMATS = ("jsonl", "csv", "parquet", "sql")
WORK_DIR = ".news-extract"
OWN_DB = "news.db"
# What atomic_write, the table sink and SQLite leave under temporary names when killed.
TEMP_PATTERNS = (".*.tmp", ".*.tmp-journal", ".*.tmp-wal", ".*.tmp-shm")
TEMP_FOLDERS = ("", "aggregates", "parquet", "parquet/aggregates")


class OutputLocked(RuntimeError):
    """Another run is writing into the same output folder."""


@contextmanager
def lock_output(out_dir: Path) -> Iterator[None]:
    """Hold `out_dir` for one run: an exclusive, non-blocking `flock` on
    OUT/.news-extract/lock, released by the OS however the process ends. Raises OutputLocked
    while any other holder has it (another process, or another run in this one)."""
    out_dir = Path(out_dir).resolve()
    work = out_dir / WORK_DIR
    work.mkdir(parents=True, exist_ok=True)
    fd = os.open(work / "lock", os.O_RDWR | os.O_CREAT, 0o666)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            raise OutputLocked(f"{out_dir} is in use by another news-extract run (pid {holder}); "
                               "wait for it or use another --out") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield
    finally:
        os.close(fd)  # the lock file stays: removing it would let two runs lock two files


def remove_stale_temps(out_dir: Path) -> list[Path]:
    """Delete the temporary files and folders earlier runs left when killed while writing (each
    up to the size of an output, and no later run would reuse them). Call with the lock held:
    then no live run is writing them."""
    removed = []
    for sub in TEMP_FOLDERS:
        folder = Path(out_dir) / sub
        if not folder.is_dir():
            continue
        for pattern in TEMP_PATTERNS:
            for path in folder.glob(pattern):
                if path.is_dir() and not path.is_symlink():
                    shutil.rmtree(path)
                else:
                    path.unlink(missing_ok=True)
                removed.append(path)
    return removed


@dataclass
class RunSummary:
    documents: int = 0
    errors: int = 0
    resumed: int = 0  # inputs an earlier run had already done
    facts: dict[str, int] = field(default_factory=lambda: {
        k: 0 for k in ("people", "organisations", "roles", "dates", "actions")})
    outputs: list[str] = field(default_factory=list)


class Parts:
    """The parts of one run: written atomically, read back in input order."""

    def __init__(self, work: Path, identity: dict):
        self.dir = work / "parts"
        marker = work / "run.json"
        if marker.exists() and json.loads(marker.read_text(encoding="utf-8")) != identity:
            # Other inputs or formats: not a resume. Only the parts go (the lock file stays).
            shutil.rmtree(self.dir, ignore_errors=True)
        self.dir.mkdir(parents=True, exist_ok=True)
        marker.write_text(json.dumps(identity), encoding="utf-8")
        for stale in self.dir.glob(".*.tmp"):  # a part a crash left half-written
            stale.unlink()
        self.next = 1 + max((int(p.stem.split("-")[1]) for p in self.dir.glob("part-*.jsonl")),
                            default=0)

    def files(self) -> list[Path]:
        return sorted(self.dir.glob("part-*.jsonl"))

    def done(self) -> Done:
        done = Done()
        for seq, kind, rec in self.raw():
            if kind == "document":
                done.documents.add((rec["id"], content_id(rec["text"])))
            else:
                done.errors.add(_key(seq, kind, rec))
        return done

    def raw(self) -> Iterator[tuple[int, str, dict]]:
        """(position, "document" or "error", the record as JSON data), unvalidated: fast."""
        for path in self.files():
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    row = json.loads(line)
                    kind = "document" if "document" in row else "error"
                    yield row["seq"], kind, row[kind]

    def write(self, entries: list[tuple[int, Document | ExtractionError]]) -> None:
        path = self.dir / f"part-{self.next:06d}.jsonl"
        self.next += 1
        with atomic_write(path) as fh:
            for seq, item in entries:
                kind = "document" if isinstance(item, Document) else "error"
                fh.write(json.dumps({"seq": seq, kind: item.model_dump(mode="json")},
                                    ensure_ascii=False) + "\n")

    @staticmethod
    def _read(path: Path) -> Iterator[tuple[int, Document | ExtractionError]]:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if "document" in row:
                    yield row["seq"], Document.model_validate(row["document"])
                else:
                    yield row["seq"], ExtractionError.model_validate(row["error"])

    def in_order(self) -> Iterator[tuple[int, Document | ExtractionError]]:
        """All entries by input position (each part is in order; resumed runs interleave)."""
        return heapq.merge(*(self._read(p) for p in self.files()), key=lambda e: e[0])


class Progress:
    """A live bar on a terminal; a plain line every `every` seconds otherwise (CI, cron)."""

    def __init__(self, total: int | None, log, every: float = 10.0):
        self.total, self.log, self.every = total, log, every
        self.docs = self.errors = self.words = 0
        self.start = self.last = time.monotonic()
        self.bar = None
        if getattr(log, "isatty", lambda: False)():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="doc", file=log, dynamic_ncols=True)

    def update(self, item: Document | ExtractionError) -> None:
        if isinstance(item, Document):
            self.docs += 1
            self.words += len(item.text.split())
        else:
            self.errors += 1
        elapsed = time.monotonic() - self.start
        if self.bar is not None:
            self.bar.update(1)
            self.bar.set_postfix(words_s=f"{self.words / max(elapsed, 1e-9):,.0f}",
                                 errors=self.errors, refresh=False)
        elif time.monotonic() - self.last >= self.every:
            self.last = time.monotonic()
            done = self.docs + self.errors
            eta = ""
            if self.total and done:
                eta = f", ETA {(self.total - done) * elapsed / done:,.0f} s"
            print(f"progress: {done:,}{f'/{self.total:,}' if self.total else ''} inputs, "
                  f"{self.words / max(elapsed, 1e-9):,.0f} words/s, {self.errors} errors{eta}",
                  file=self.log, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def run_batch(
    nlp: Language | None,
    inputs: Iterable[RawDocument | ExtractionError],
    out_dir: Path,
    formats: Iterable[str] = DEFAULT_FORMATS,
    batch_size: int = 16,
    max_chars: int = DEFAULT_MAX_CHARS,
    log=None,
    workers: int = 1,
    model: str | None = None,
    db: str | None = None,
    part_size: int = 200,
    chunk_size: int = 1_000,
    total: int | None = None,
    identity: dict | None = None,
    doc_timeout: float | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    prune: bool = False,
) -> RunSummary:
    """Extract every input not done yet, then write the requested outputs into `out_dir`.
    Errors always go to `errors.csv` and one line each to `log`.

    The run's own database (`db` None: OUT/news.db) holds exactly this run's documents; an
    external `db` accumulates runs, and `prune` deletes its documents (with their facts and
    errors) that are not this run's. Raises `OutputLocked` while another run uses `out_dir`."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with lock_output(out_dir):
        return _run_locked(nlp, inputs, out_dir, set(formats), batch_size, max_chars,
                           log or sys.stderr, workers, model, db, part_size, chunk_size, total,
                           identity, doc_timeout, engine, scheduler, prune)


def _run_locked(nlp, inputs, out_dir: Path, formats: set[str], batch_size: int, max_chars: int,
                log, workers: int, model: str | None, db: str | None, part_size: int,
                chunk_size: int, total: int | None, identity: dict | None,
                doc_timeout: float | None, engine: str, scheduler: str | None,
                prune: bool) -> RunSummary:
    from extract import __version__
    from models import SCHEMA_VERSION

    remove_stale_temps(out_dir)
    # Not the database: loading the same parts elsewhere is still the same run.
    parts = Parts(out_dir / WORK_DIR, {"formats": sorted(formats), "version": __version__,
                                       "schema": SCHEMA_VERSION, **(identity or {})})
    done = parts.done()
    progress = Progress(total, log)
    buffer: list = []
    try:
        for seq, item in extract_numbered(nlp, inputs, batch_size, max_chars, workers, model,
                                          done=done, doc_timeout=doc_timeout, engine=engine,
                                          scheduler=scheduler):
            key = _item_key(seq, item)
            done.current.add(key)  # whatever this run yields belongs in its outputs
            if isinstance(item, ExtractionError):
                if key in done.errors:
                    continue  # failed the same way in the interrupted run: recorded there
                print(f"error: {item.source}: {item.reason}", file=log)
            buffer.append((seq, item))
            progress.update(item)
            if len(buffer) >= part_size:
                parts.write(buffer)
                buffer = []
        if buffer:
            parts.write(buffer)
    finally:
        progress.close()
    summary = _assemble(parts, out_dir, formats, db, chunk_size, done.current, prune)
    summary.resumed = done.skipped
    return summary


def _entities(parts: Parts, current: set[tuple]) -> tuple[dict, dict]:
    from extract.entities import organisation_entities, person_entities

    people, orgs = [], []
    for seq, kind, rec in parts.raw():
        if kind == "document" and _key(seq, kind, rec) in current:
            people += [{"document_id": rec["id"], "person_id": p["id"], "name": p["name"]}
                       for p in rec["people"]]
            orgs += [{"document_id": rec["id"], "organisation_id": o["id"], "name": o["name"],
                      "aliases": o["aliases"], "acronym": o["acronym"]}
                     for o in rec["organisations"]]
    return person_entities(people), organisation_entities(orgs)


class _TableSink:
    """Chunks of typed tables to CSV files, Parquet files and a database."""

    def __init__(self, out_dir: Path, formats: set[str], db: str | None):
        self.out_dir, self.formats = out_dir, formats
        # The default database is the run's own file, built afresh beside it and renamed into
        # place: it mirrors the run (no document of a removed or edited input survives).
        self.own_db = db is None
        self.own_tmp = out_dir / f".{OWN_DB}.tmp"
        if self.own_db and "sql" in formats:
            for stale in out_dir.glob(f".{OWN_DB}.tmp*"):
                stale.unlink()
        self.db = db or f"sqlite:///{self.own_tmp.resolve()}"
        self.run = str(out_dir.resolve())  # whose error rows these are, in the database
        self.sql_chunks = 0
        self.csv: dict[str, tuple] = {}
        self.parquet: dict[str, tuple] = {}
        self.partials: dict[str, list[pd.DataFrame]] = {}

    def write(self, frames: dict[str, pd.DataFrame], error_positions: list[int]) -> None:
        for name, frame in frames.items():
            if "csv" in self.formats or name == "errors":
                self._csv(name, frame)
            if "parquet" in self.formats:
                self._parquet(name, frame)

        if "sql" in self.formats:
            from extract.store import write_sql

            keyed = {**frames, "errors": frames["errors"].assign(position=error_positions)}
            write_sql(keyed, self.db, replace_outdated=self.own_db, run=self.run,
                      replace_run=self.sql_chunks == 0)
            self.sql_chunks += 1
        if len(frames) > 1:  # aggregates of this chunk, combined at the end
            from extract.aggregates import aggregates

            for name, frame in aggregates(frames).items():
                self.partials.setdefault(name, []).append(frame)

    def _csv(self, name: str, frame: pd.DataFrame) -> None:
        if name not in self.csv:
            path = self.out_dir / f"{name}.csv"
            tmp = path.with_name(f".{path.name}.tmp")
            fh = tmp.open("w", encoding="utf-8", newline="")
            self.csv[name] = (fh, tmp, path)
            frame.to_csv(fh, index=False, quoting=csv.QUOTE_MINIMAL)
        else:
            frame.to_csv(self.csv[name][0], index=False, header=False,
                         quoting=csv.QUOTE_MINIMAL)

    def _parquet(self, name: str, frame: pd.DataFrame) -> None:
        """A partitioned dataset per table: parquet/<table>/part-NNNNN.parquet, one file per
        chunk (read whole with pandas.read_parquet("parquet/<table>"))."""
        if name not in self.parquet:
            final = self.out_dir / "parquet" / name
            tmp = final.with_name(f".{name}.tmp")
            shutil.rmtree(tmp, ignore_errors=True)
            tmp.mkdir(parents=True)
            self.parquet[name] = [0, tmp, final]
        entry = self.parquet[name]
        frame.to_parquet(entry[1] / f"part-{entry[0]:05d}.parquet", index=False)
        entry[0] += 1

    def close(self) -> list[Path]:
        written = []
        for fh, tmp, path in self.csv.values():
            fh.close()
            tmp.replace(path)
            written.append(path)
        for _, tmp, path in self.parquet.values():
            shutil.rmtree(path, ignore_errors=True)
            old_file = path.with_suffix(".parquet")
            if old_file.exists():  # a single-file table of an earlier version
                old_file.unlink()
            tmp.replace(path)
            written.append(path)
        if self.own_db and self.sql_chunks:
            os.replace(self.own_tmp, self.out_dir / OWN_DB)
            written.append(self.out_dir / OWN_DB)
        return written

    def prune(self, keep: set[str]) -> None:
        """An external database: delete the documents (with their facts) and the errors that
        are not this run's."""
        from extract.store import prune_sql

        if "sql" in self.formats and not self.own_db:
            prune_sql(self.db, self.run, keep)

    def aggregates(self) -> dict[str, pd.DataFrame]:
        from extract.aggregates import combine

        return {name: combine(name, parts) for name, parts in self.partials.items()}


def _key(seq: int, kind: str, rec: dict) -> tuple:
    """A part entry's identity: a document by id and content, an error by input position."""
    if kind == "document":
        return kind, rec["id"], content_id(rec["text"])
    return error_key(seq, rec["source"], rec["reason"], rec.get("document_id"))


def _item_key(seq: int, item: Document | ExtractionError) -> tuple:
    if isinstance(item, Document):
        return "document", item.id, content_id(item.text)
    return error_key(seq, item.source, item.reason, item.document_id)


def _assemble(parts: Parts, out_dir: Path, formats: set[str], db: str | None,
              chunk_size: int, current: set[tuple], prune: bool = False) -> RunSummary:
    """The outputs from the parts: only what this run's inputs hold (an input edited or
    removed since an interrupted run leaves its old record out)."""
    summary = RunSummary()
    entities = _entities(parts, current) if formats & {"csv", "parquet", "sql"} else None
    sink = _TableSink(out_dir, formats, db)
    builder = TableBuilder(entities)
    pending = 0
    positions: list[int] = []  # of the chunk's errors: their key in the database
    kept: set[str] = set()  # the run's document ids, for pruning an external database
    with _optional(out_dir / "documents.jsonl", "jsonl" in formats) as records, \
            _optional(out_dir / "gold.jsonl", "gold" in formats) as gold:
        seen: set[tuple] = set()
        for seq, item in parts.in_order():
            key = _item_key(seq, item)
            if key not in current or key in seen:
                continue  # not an input of this run, or already written: exactly once
            seen.add(key)
            if isinstance(item, ExtractionError):
                summary.errors += 1
                builder.add_error(item)
                positions.append(seq)
            else:
                if prune:
                    kept.add(item.id)
                summary.documents += 1
                for kind in summary.facts:
                    summary.facts[kind] += len(getattr(item, kind))
                if records:
                    records.write(item.model_dump_json() + "\n")
                if gold:
                    gold.write(json.dumps(item.to_gold(), ensure_ascii=False) + "\n")
                if entities is not None:
                    builder.add(item)
            pending += 1
            if pending >= chunk_size:
                sink.write(_chunk(builder, entities), positions)
                builder, pending, positions = TableBuilder(entities), 0, []
        sink.write(_chunk(builder, entities), positions)
    sink.close()
    if prune:
        sink.prune(kept)
    if formats & {"csv", "parquet", "sql"}:
        for name, frame in sink.aggregates().items():
            with atomic_write(out_dir / "aggregates" / f"{name}.csv") as fh:
                frame.to_csv(fh, index=False)
            if "parquet" in formats:
                from extract.store import write_parquet

                write_parquet({name: frame}, out_dir / "parquet" / "aggregates")
    summary.outputs = sorted(str(p) for p in out_dir.iterdir() if not p.name.startswith("."))
    if db:
        summary.outputs.append(db)
    return summary


def _chunk(builder: TableBuilder, entities) -> dict[str, pd.DataFrame]:
    frames = builder.frames()
    if entities is None:  # only errors are wanted as a table
        return {"errors": frames["errors"]}
    return frames


class _optional:
    """A context manager for an output file that may not be wanted."""

    def __init__(self, path: Path, wanted: bool):
        self.cm = atomic_write(path) if wanted else None

    def __enter__(self):
        return self.cm.__enter__() if self.cm else None

    def __exit__(self, *exc):
        return self.cm.__exit__(*exc) if self.cm else False
