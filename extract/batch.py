"""The batch path: raw documents through `nlp.pipe` to records, and records to output files.

Read errors, texts over the size limit, duplicate ids and component failures all become
`ExtractionError` rows; the batch goes on. Output files are written to a temporary name and
renamed into place, so a crashed run never leaves a half-written file behind.
"""
from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from extract.convert import content_id, to_document
from extract.readers import RawDocument
from extract.tables import TableBuilder
from models import Document, ExtractionError

DEFAULT_MAX_CHARS = 1_000_000
DEFAULT_RECYCLE = 2_000  # documents a worker process handles before it is replaced


def extract_documents(
    nlp: Language | None,
    inputs: Iterable[RawDocument | ExtractionError],
    batch_size: int = 16,
    max_chars: int = DEFAULT_MAX_CHARS,
    workers: int = 1,
    model: str | None = None,
    recycle_after: int = DEFAULT_RECYCLE,
) -> Iterator[Document | ExtractionError]:
    """Documents and errors for every input, documents in input order.

    Batches go through `nlp.pipe`; where a batch raises, its documents are redone one by one
    so that only the document that fails becomes an error row. With `workers` > 1 the batches
    go to that many processes, each building the pipeline (`model`) once and replaced after
    `recycle_after` documents (spaCy's string store grows with every new word); at most two
    batches per worker are in flight, so memory stays flat however long the input."""
    if workers <= 1:
        if nlp is None:
            from extract.pipeline import build_pipeline

            nlp = build_pipeline(model)
        for item in _batches(inputs, batch_size, max_chars):
            if isinstance(item, ExtractionError):
                yield item
            else:
                yield from _process(nlp, item, batch_size)
        return
    yield from _parallel(inputs, batch_size, max_chars, workers, model, recycle_after)


def _batches(inputs: Iterable[RawDocument | ExtractionError], batch_size: int,
             max_chars: int) -> Iterator[ExtractionError | list[RawDocument]]:
    """Read errors, duplicate ids and oversized texts as errors; the rest in batches."""
    seen_ids: dict[str, str] = {}
    batch: list[RawDocument] = []
    for item in inputs:
        if isinstance(item, ExtractionError):
            yield item
            continue
        doc_id = item.id or content_id(item.text)
        if doc_id in seen_ids:
            same = seen_ids[doc_id] == content_id(item.text)
            yield ExtractionError(
                source=item.source, document_id=doc_id,
                reason="duplicate document id: "
                + ("same text seen before, skipped" if same else "different text, skipped"))
            continue
        if len(item.text) > max_chars:
            yield ExtractionError(
                source=item.source, document_id=doc_id,
                reason=f"text too long ({len(item.text):,} characters, limit {max_chars:,})")
            continue
        seen_ids[doc_id] = content_id(item.text)
        batch.append(item if item.id else _with_id(item, doc_id))
        if len(batch) >= batch_size:
            yield batch
            batch = []
    if batch:
        yield batch


_WORKER_NLP: Language | None = None


def _init_worker(model: str | None) -> None:
    global _WORKER_NLP
    from extract.pipeline import build_pipeline

    _WORKER_NLP = build_pipeline(model)


def _work(batch: list[RawDocument]) -> list[Document | ExtractionError]:
    return list(_process(_WORKER_NLP, batch, len(batch)))


def _parallel(inputs, batch_size: int, max_chars: int, workers: int, model: str | None,
              recycle_after: int) -> Iterator[Document | ExtractionError]:
    import multiprocessing as mp
    from collections import deque

    context = mp.get_context("spawn")  # no state inherited: each worker imports and loads
    per_child = max(1, recycle_after // batch_size)
    pending: deque = deque()
    with context.Pool(workers, initializer=_init_worker, initargs=(model,),
                      maxtasksperchild=per_child) as pool:
        for item in _batches(inputs, batch_size, max_chars):
            if isinstance(item, ExtractionError):
                pending.append(item)
            else:
                pending.append(pool.apply_async(_work, (item,)))
            while sum(1 for p in pending if not isinstance(p, ExtractionError)) > 2 * workers:
                yield from _next_done(pending)
        while pending:
            yield from _next_done(pending)


def _next_done(pending) -> Iterator[Document | ExtractionError]:
    head = pending.popleft()
    if isinstance(head, ExtractionError):
        yield head
    else:
        yield from head.get()


def _with_id(raw: RawDocument, doc_id: str) -> RawDocument:
    return RawDocument(text=raw.text, source=raw.source, id=doc_id, title=raw.title,
                       published=raw.published)


def _make_doc(nlp: Language, raw: RawDocument):
    doc = nlp.make_doc(raw.text)
    doc._.doc_id, doc._.source, doc._.title = raw.id, raw.source, raw.title
    doc._.published = raw.published
    return doc


def _process(nlp: Language, batch: list[RawDocument],
             batch_size: int) -> Iterator[Document | ExtractionError]:
    try:
        done = list(nlp.pipe(((_make_doc(nlp, raw), raw) for raw in batch), as_tuples=True,
                             batch_size=batch_size))
    except Exception:
        done = None
    if done is None:  # isolate the failing document(s)
        for raw in batch:
            try:
                doc = nlp(_make_doc(nlp, raw))
            except Exception as error:
                yield ExtractionError(source=raw.source, document_id=raw.id,
                                      reason=f"pipeline failed: {type(error).__name__}: {error}")
                continue
            yield _record(doc, raw)
        return
    for doc, raw in done:
        yield _record(doc, raw)


def _record(doc, raw: RawDocument) -> Document | ExtractionError:
    try:
        return to_document(doc)
    except Exception as error:  # a component wrote something the schema rejects
        return ExtractionError(source=raw.source, document_id=raw.id,
                               reason=f"invalid record: {type(error).__name__}: {error}")


@contextmanager
def atomic_write(path: Path, mode: str = "w"):
    """Write to a temporary file beside `path`, rename it into place on success."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, mode, encoding="utf-8", newline="" if "b" not in mode else None) as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


FORMATS = ("jsonl", "csv", "parquet", "sql", "gold")
DEFAULT_FORMATS = ("jsonl", "csv", "parquet", "sql")


@dataclass
class RunSummary:
    documents: int = 0
    errors: int = 0
    facts: dict[str, int] = field(default_factory=lambda: {
        k: 0 for k in ("people", "organisations", "roles", "dates", "actions")})
    outputs: list[str] = field(default_factory=list)


def run_batch(
    nlp: Language,
    inputs: Iterable[RawDocument | ExtractionError],
    out_dir: Path,
    formats: Iterable[str] = DEFAULT_FORMATS,
    batch_size: int = 16,
    max_chars: int = DEFAULT_MAX_CHARS,
    log=None,
    workers: int = 1,
    model: str | None = None,
    db: str | None = None,
) -> RunSummary:
    """Extract every input and write the requested outputs into `out_dir`; errors always go
    to `errors.csv` and one line each to `log`."""
    formats = set(formats)
    log = log or sys.stderr
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    summary = RunSummary()
    tables = TableBuilder()
    with _optional(out_dir / "documents.jsonl", "jsonl" in formats) as records, \
            _optional(out_dir / "gold.jsonl", "gold" in formats) as gold:
        for item in extract_documents(nlp, inputs, batch_size=batch_size, max_chars=max_chars,
                                      workers=workers, model=model):
            if isinstance(item, ExtractionError):
                summary.errors += 1
                tables.add_error(item)
                print(f"error: {item.source}: {item.reason}", file=log)
                continue
            summary.documents += 1
            for kind in summary.facts:
                summary.facts[kind] += len(getattr(item, kind))
            if records:
                records.write(item.model_dump_json() + "\n")
            if gold:
                gold.write(json.dumps(item.to_gold(), ensure_ascii=False) + "\n")
            if "csv" in formats:
                tables.add(item)
    frames = tables.frames()
    names = ["errors"] + ([n for n in frames if n != "errors"] if "csv" in formats else [])
    for name in names:
        _write_csv(frames[name], out_dir / f"{name}.csv")
    if formats & {"csv", "parquet", "sql"}:
        from extract.aggregates import aggregates

        summaries = aggregates(frames)
        for name, frame in summaries.items():
            _write_csv(frame, out_dir / "aggregates" / f"{name}.csv")
    if "parquet" in formats:
        from extract.store import write_parquet

        write_parquet(frames, out_dir / "parquet")
        write_parquet(summaries, out_dir / "parquet" / "aggregates")
    if "sql" in formats:
        from extract.store import write_sql

        write_sql(frames, db or f"sqlite:///{(out_dir / 'news.db').resolve()}")
    summary.outputs = sorted(str(p) for p in out_dir.iterdir() if not p.name.startswith("."))
    if db:
        summary.outputs.append(db)
    return summary


def _write_csv(frame, path: Path) -> None:
    with atomic_write(path) as fh:
        frame.to_csv(fh, index=False, quoting=csv.QUOTE_MINIMAL)


@contextmanager
def _optional(path: Path, wanted: bool):
    if not wanted:
        yield None
        return
    with atomic_write(path) as fh:
        yield fh
