"""A run over an archive: resumable, exactly once, streamed to every output.

Extraction results are written in parts (`OUT/.news-extract/parts/part-NNNNNN.jsonl`, each
renamed into place only once complete), every line holding the input position and a document
or an error. The parts are the manifest: a re-run of the same command after a crash or a
`kill -9` skips every document (id and content hash) and error already in a part, redoes what
was half-written (a part never renamed), and then assembles the outputs from all parts in
input order, so every document is present exactly once in every output. A run over other
inputs or formats starts afresh.

Assembly streams: documents go to `documents.jsonl` / `gold.jsonl` and, in chunks, to the CSV
tables, Parquet files and the database; corpus-level entity ids are resolved in a first pass
over the parts (names only). Output files are written under temporary names and renamed at the
end. Memory stays bounded by the chunk size, the entity names and the aggregates themselves
(computed per chunk and combined).
"""
from __future__ import annotations

import csv
import heapq
import json
import shutil
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from spacy.language import Language

from extract.batch import DEFAULT_MAX_CHARS, Done, atomic_write, extract_numbered
from extract.convert import content_id
from extract.readers import RawDocument
from extract.tables import TableBuilder
from models import Document, ExtractionError

FORMATS = ("jsonl", "csv", "parquet", "sql", "gold")
DEFAULT_FORMATS = ("jsonl", "csv", "parquet", "sql")
WORK_DIR = ".news-extract"
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
            shutil.rmtree(work)  # other inputs or formats: not a resume
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
        for _, kind, rec in self.raw():
            if kind == "document":
                done.documents.add((rec["id"], content_id(rec["text"])))
            else:
                done.errors.add((rec["source"], rec["reason"]))
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
) -> RunSummary:
    """Extract every input not done yet, then write the requested outputs into `out_dir`.
    Errors always go to `errors.csv` and one line each to `log`."""
    formats = set(formats)
    log = log or sys.stderr
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    from extract import __version__
    from models import SCHEMA_VERSION

    parts = Parts(out_dir / WORK_DIR, {"formats": sorted(formats), "db": db,
                                       "version": __version__, "schema": SCHEMA_VERSION,
                                       **(identity or {})})
    done = parts.done()
    progress = Progress(total, log)
    buffer: list = []
    try:
        for seq, item in extract_numbered(nlp, inputs, batch_size, max_chars, workers, model,
                                          done=done, doc_timeout=doc_timeout, engine=engine,
                                          scheduler=scheduler):
            key = _item_key(item)
            done.current.add(key)  # whatever this run yields belongs in its outputs
            if isinstance(item, ExtractionError):
                if key[1:] in done.errors:
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
    summary = _assemble(parts, out_dir, formats, db, chunk_size, done.current)
    summary.resumed = done.skipped
    return summary


def _entities(parts: Parts, current: set[tuple]) -> tuple[dict, dict]:
    from extract.entities import organisation_entities, person_entities

    people, orgs = [], []
    for _, kind, rec in parts.raw():
        if kind == "document" and _key(kind, rec) in current:
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
        # The default database is the run's own file: an outdated one is rebuilt.
        self.own_db = db is None
        self.db = db or f"sqlite:///{(out_dir / 'news.db').resolve()}"
        self.csv: dict[str, tuple] = {}
        self.parquet: dict[str, tuple] = {}
        self.partials: dict[str, list[pd.DataFrame]] = {}

    def write(self, frames: dict[str, pd.DataFrame]) -> None:
        for name, frame in frames.items():
            if "csv" in self.formats or name == "errors":
                self._csv(name, frame)
            if "parquet" in self.formats:
                self._parquet(name, frame)

        if "sql" in self.formats:
            from extract.store import write_sql

            write_sql(frames, self.db, replace_outdated=self.own_db)
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
        return written

    def aggregates(self) -> dict[str, pd.DataFrame]:
        from extract.aggregates import combine

        return {name: combine(name, parts) for name, parts in self.partials.items()}


def _key(kind: str, rec: dict) -> tuple:
    if kind == "document":
        return kind, rec["id"], content_id(rec["text"])
    return kind, rec["source"], rec["reason"]


def _item_key(item: Document | ExtractionError) -> tuple:
    if isinstance(item, Document):
        return "document", item.id, content_id(item.text)
    return "error", item.source, item.reason


def _assemble(parts: Parts, out_dir: Path, formats: set[str], db: str | None,
              chunk_size: int, current: set[tuple]) -> RunSummary:
    """The outputs from the parts: only what this run's inputs hold (an input edited or
    removed since an interrupted run leaves its old record out)."""
    summary = RunSummary()
    entities = _entities(parts, current) if formats & {"csv", "parquet", "sql"} else None
    sink = _TableSink(out_dir, formats, db)
    builder = TableBuilder(entities)
    pending = 0
    with _optional(out_dir / "documents.jsonl", "jsonl" in formats) as records, \
            _optional(out_dir / "gold.jsonl", "gold" in formats) as gold:
        seen: set[tuple] = set()
        for _, item in parts.in_order():
            key = _item_key(item)
            if key not in current or key in seen:
                continue  # not an input of this run, or already written: exactly once
            seen.add(key)
            if isinstance(item, ExtractionError):
                summary.errors += 1
                builder.add_error(item)
            else:
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
                sink.write(_chunk(builder, entities))
                builder, pending = TableBuilder(entities), 0
        sink.write(_chunk(builder, entities))
    sink.close()
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
