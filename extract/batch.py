"""The extraction path: raw documents through `nlp.pipe` (one process or several) to records.

Read errors, texts over the size limit, duplicate ids and component failures all become
`ExtractionError` values in the stream; the batch goes on. `extract.runner` writes them out.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from extract.convert import content_id
from extract.process import _init_worker, _process, _work
from extract.readers import RawDocument
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
    for _, item in extract_numbered(nlp, inputs, batch_size, max_chars, workers, model,
                                    recycle_after):
        yield item


def extract_numbered(
    nlp: Language | None,
    inputs: Iterable[RawDocument | ExtractionError],
    batch_size: int = 16,
    max_chars: int = DEFAULT_MAX_CHARS,
    workers: int = 1,
    model: str | None = None,
    recycle_after: int = DEFAULT_RECYCLE,
    done: "Done | None" = None,
    doc_timeout: float | None = None,
    engine: str = "local",
    scheduler: str | None = None,
) -> Iterator[tuple[int, Document | ExtractionError]]:
    """(input position, document or error) for every input not already `done`."""
    done = done or Done()
    if engine == "dask":
        from extract.dask_engine import extract_on_dask

        yield from extract_on_dask(_batches(inputs, batch_size, max_chars, done), model,
                                   batch_size, doc_timeout, scheduler, workers)
        return
    if workers <= 1:
        if nlp is None:
            from extract.pipeline import build_pipeline

            nlp = build_pipeline(model)
        for item in _batches(inputs, batch_size, max_chars, done):
            if isinstance(item, tuple):
                yield item
            else:
                seqs, raws = zip(*item)
                yield from zip(seqs, _process(nlp, list(raws), batch_size, doc_timeout))
        return
    yield from _parallel(inputs, batch_size, max_chars, workers, model, recycle_after, done,
                         doc_timeout)


@dataclass
class Done:
    """What an earlier, interrupted run already wrote: skipped when the run resumes."""

    documents: set[tuple[str, str]] = field(default_factory=set)  # (id, content hash)
    errors: set[tuple[str, str]] = field(default_factory=set)  # (source, reason)
    skipped: int = 0
    # Everything this run's inputs hold, done before or not: what the outputs may contain.
    current: set[tuple] = field(default_factory=set)


def _batches(inputs: Iterable[RawDocument | ExtractionError], batch_size: int, max_chars: int,
             done: Done) -> Iterator[tuple[int, ExtractionError] | list[tuple[int, RawDocument]]]:
    """Read errors, duplicate ids and oversized texts as (position, error); the rest in
    batches of (position, document)."""
    seen_ids: dict[str, str] = {}
    batch: list[tuple[int, RawDocument]] = []

    def error(seq: int, err: ExtractionError):
        done.current.add(("error", err.source, err.reason))
        if (err.source, err.reason) in done.errors:
            done.skipped += 1
            return None
        return seq, err

    for seq, item in enumerate(inputs):
        if isinstance(item, ExtractionError):
            if (found := error(seq, item)) is not None:
                yield found
            continue
        doc_id = item.id or content_id(item.text)
        digest = content_id(item.text)
        if (doc_id, digest) in done.documents and doc_id not in seen_ids:
            done.current.add(("document", doc_id, digest))
            seen_ids[doc_id] = digest
            done.skipped += 1
            continue
        if doc_id in seen_ids:
            same = seen_ids[doc_id] == digest
            found = error(seq, ExtractionError(
                source=item.source, document_id=doc_id,
                reason="duplicate document id: "
                + ("same text seen before, skipped" if same else "different text, skipped")))
            if found is not None:
                yield found
            continue
        if len(item.text) > max_chars:
            found = error(seq, ExtractionError(
                source=item.source, document_id=doc_id,
                reason=f"text too long ({len(item.text):,} characters, limit {max_chars:,})"))
            if found is not None:
                yield found
            continue
        seen_ids[doc_id] = digest
        done.current.add(("document", doc_id, digest))
        batch.append((seq, item if item.id else _with_id(item, doc_id)))
        if len(batch) >= batch_size:
            yield batch
            batch = []
    if batch:
        yield batch


def _parallel(inputs, batch_size: int, max_chars: int, workers: int, model: str | None,
              recycle_after: int, done: Done,
              doc_timeout: float | None = None) -> Iterator[tuple[int, Document | ExtractionError]]:
    import multiprocessing as mp
    from collections import deque

    context = mp.get_context("spawn")  # no state inherited: each worker imports and loads
    per_child = max(1, recycle_after // batch_size)
    pending: deque = deque()
    with context.Pool(workers, initializer=_init_worker, initargs=(model, doc_timeout),
                      maxtasksperchild=per_child) as pool:
        for item in _batches(inputs, batch_size, max_chars, done):
            if isinstance(item, tuple):
                pending.append(item)
            else:
                seqs, raws = zip(*item)
                pending.append((seqs, pool.apply_async(_work, (list(raws),))))
            while sum(1 for p in pending if isinstance(p[1], mp.pool.AsyncResult)) > 2 * workers:
                yield from _next_done(pending)
        while pending:
            yield from _next_done(pending)


def _next_done(pending) -> Iterator[tuple[int, Document | ExtractionError]]:
    head = pending.popleft()
    if isinstance(head[1], ExtractionError):
        yield head
    else:
        seqs, result = head
        yield from zip(seqs, result.get())


def _with_id(raw: RawDocument, doc_id: str) -> RawDocument:
    return RawDocument(text=raw.text, source=raw.source, id=doc_id, title=raw.title,
                       published=raw.published)


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
