"""A run over an archive: resumable, exactly once, streamed to every output.

The orchestration: extract every input not done yet into parts (`extract.resume`, which also
holds the folder's lock), showing progress (`extract.progress`), then assemble the outputs from
all parts in input order, so every document is present exactly once in every output.

Assembly streams: corpus-level entity ids are resolved in a first pass over the parts (names
only); then the documents and errors go, in chunks with their typed tables, to one writer per
output format (`extract.writers`), which write under temporary names and rename at the end.
Memory stays bounded by the chunk size, the entity names and the aggregates themselves
(computed per chunk and combined).
"""
from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from spacy.language import Language

from extract.atomic import atomic_write
from extract.batch import DEFAULT_MAX_CHARS, extract_numbered
from extract.progress import Progress
from extract.readers import RawDocument
from extract.resume import (  # noqa: F401  (public names callers import from here)
    TEMP_FOLDERS,
    TEMP_PATTERNS,
    WORK_DIR,
    Done,
    OutputLocked,
    Parts,
    entry_key,
    item_key,
    lock_output,
    pipeline_fingerprint,
    remove_stale_temps,
)
from extract.tables import TableBuilder
from extract.writers import (  # noqa: F401  (FORMATS: imported from here by the CLI)
    DEFAULT_FORMATS,
    FORMATS,
    Chunk,
    WriteOptions,
    Writer,
    check_formats,
    writers_for,
)
from extract.writers.sql import OWN_DB  # noqa: F401
from models import SUMMARY_KINDS, Document, ExtractionError


@dataclass
class RunSummary:
    documents: int = 0
    errors: int = 0
    resumed: int = 0  # inputs an earlier run had already done
    facts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SUMMARY_KINDS, 0))
    outputs: list[str] = field(default_factory=list)


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
    formats = set(formats)
    check_formats(formats)  # before hours of extraction, not after
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with lock_output(out_dir):
        return _run_locked(nlp, inputs, out_dir, formats, batch_size, max_chars,
                           log or sys.stderr, workers, model, db, part_size, chunk_size, total,
                           identity, doc_timeout, engine, scheduler, prune)


def write_outputs(
    results: Iterable[Document | ExtractionError],
    out_dir: Path,
    formats: Iterable[str] = DEFAULT_FORMATS,
    db: str | None = None,
    prune: bool = False,
    chunk_size: int = 1_000,
) -> RunSummary:
    """Write records extracted elsewhere (`extract.batch.extract_documents`, a notebook) to
    the outputs of `out_dir`, as a run over their inputs would: the same tables, entities and
    database loading. Nothing is resumed: the folder's parts are these results only."""
    import uuid

    formats = set(formats)
    check_formats(formats)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with lock_output(out_dir):
        remove_stale_temps(out_dir)
        parts = Parts(out_dir / WORK_DIR, {"records": uuid.uuid4().hex})
        entries = list(enumerate(results))
        if entries:
            parts.write(entries)
        current = {item_key(seq, item) for seq, item in entries}
        return _assemble(parts, out_dir, formats, db, chunk_size, current, prune)


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
                                       "schema": SCHEMA_VERSION,
                                       "pipeline": pipeline_fingerprint(),
                                       **(identity or {})})
    done = parts.done()
    progress = Progress(total, log)
    buffer: list = []
    try:
        for seq, item in extract_numbered(nlp, inputs, batch_size, max_chars, workers, model,
                                          done=done, doc_timeout=doc_timeout, engine=engine,
                                          scheduler=scheduler):
            key = item_key(seq, item)
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


def _entities(parts: Parts, current: set[tuple], known: dict[str, str]):
    """First pass over the parts (names only): the run's entities, and one row per record
    for the `entities` table (name, release, publication date, mentions)."""
    from extract.entities import resolve

    people, orgs, records = [], [], []
    for seq, kind, rec in parts.raw():
        if kind == "document" and entry_key(seq, kind, rec) in current:
            people += [{"document_id": rec["id"], "person_id": p["id"], "name": p["name"]}
                       for p in rec["people"]]
            orgs += [{"document_id": rec["id"], "organisation_id": o["id"], "name": o["name"],
                      "aliases": o["aliases"], "acronym": o["acronym"]}
                     for o in rec["organisations"]]
            records += [("person", rec["id"], p["id"], p["name"], rec.get("published"),
                         len(p["mentions"])) for p in rec["people"]]
            records += [("organisation", rec["id"], o["id"], o["name"], rec.get("published"),
                         len(o["mentions"])) for o in rec["organisations"]]
    entities = resolve(people, orgs, known)
    found = {"person": entities.people, "organisation": entities.organisations}
    rows = [{"entity_id": found[kind].get((doc, item), (None, None))[0], "kind": kind,
             "name": name, "document_id": doc, "published": published, "mentions": n}
            for kind, doc, item, name, published, n in records]
    return entities, rows


def _assemble(parts: Parts, out_dir: Path, formats: set[str], db: str | None,
              chunk_size: int, current: set[tuple], prune: bool = False) -> RunSummary:
    """The outputs from the parts: only what this run's inputs hold (an input edited or
    removed since an interrupted run leaves its old record out)."""
    summary = RunSummary()
    writers = writers_for(set(formats))
    tables = any(w.tables for w in writers if w.name in formats)
    resolved, entities, entity_rows = None, None, []
    if tables:
        # A database an earlier run wrote keeps its ids: its alias table is consulted first.
        from extract.store import read_entity_keys

        known = read_entity_keys(db) if db and "sql" in formats else {}
        resolved, entity_rows = _entities(parts, current, known)
        entities = resolved.as_tuple()
    partials: dict[str, list[pd.DataFrame]] = {}  # aggregates per chunk, combined at the end
    for writer in writers:
        writer.open(out_dir, WriteOptions(formats=set(formats), db=db, prune=prune))
    try:
        builder, entries = TableBuilder(entities), []
        seen: set[tuple] = set()
        for seq, item in parts.in_order():
            key = item_key(seq, item)
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
                if entities is not None:
                    builder.add(item)
            entries.append((seq, item))
            if len(entries) >= chunk_size:
                _write(writers, Chunk(entries, _chunk(builder, entities)), partials)
                builder, entries = TableBuilder(entities), []
        _write(writers, Chunk(entries, _chunk(builder, entities)), partials)
        if resolved is not None:
            from extract.entities import entity_table

            table = entity_table(entity_rows)
            for writer in writers:
                writer.write_entities(table, resolved)
    except BaseException:
        for writer in writers:
            writer.abort()
        raise
    for writer in writers:
        writer.close()
    if tables:
        _write_aggregates(out_dir, partials, writers)
    summary.outputs = sorted(str(p) for p in out_dir.iterdir() if not p.name.startswith("."))
    if db:
        summary.outputs.append(db)
    return summary


def _write(writers: list[Writer], chunk: Chunk, partials: dict[str, list[pd.DataFrame]]) -> None:
    for writer in writers:
        writer.write(chunk)
    if len(chunk.frames) > 1:  # the chunk's aggregates, combined at the end
        from extract.aggregates import aggregates

        for name, frame in aggregates(chunk.frames).items():
            partials.setdefault(name, []).append(frame)


def _write_aggregates(out_dir: Path, partials: dict[str, list[pd.DataFrame]],
                      writers: list[Writer]) -> None:
    """aggregates/*.csv whenever the run writes tables, and to each writer that keeps them."""
    from extract.aggregates import combine

    frames = {name: combine(name, chunks) for name, chunks in partials.items()}
    for name, frame in frames.items():
        with atomic_write(out_dir / "aggregates" / f"{name}.csv") as fh:
            frame.to_csv(fh, index=False)
    for writer in writers:
        writer.write_aggregates(frames)


def _chunk(builder: TableBuilder, entities) -> dict[str, pd.DataFrame]:
    frames = builder.frames()
    if entities is None:  # only errors are wanted as a table
        return {"errors": frames["errors"]}
    return frames
