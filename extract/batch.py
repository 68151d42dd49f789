"""The extraction path: raw documents through `nlp.pipe` (one process or several) to records.

Read errors, texts over the size limit, duplicate ids and component failures all become
`ExtractionError` values in the stream; the batch goes on. `extract.runner` writes them out.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.language import Language

from extract.atomic import atomic_write  # noqa: F401  (imported from here by callers)
from extract.convert import content_id
from extract.process import Entry, _init_worker, _process, _work, documents_of, in_input_order
from extract.readers import RawDocument
from extract.resume import Done, error_key
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
    done: Done | None = None,
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
        for batch in _batches(inputs, batch_size, max_chars, done):
            raws = documents_of(batch)
            yield from in_input_order(
                batch, _process(nlp, raws, batch_size, doc_timeout) if raws else ())
        return
    yield from _parallel(inputs, batch_size, max_chars, workers, model, recycle_after, done,
                         doc_timeout)


def _error_key(seq: int, error: ExtractionError) -> tuple:
    return error_key(seq, error.source, error.reason, error.document_id)


def _batches(inputs: Iterable[RawDocument | ExtractionError], batch_size: int, max_chars: int,
             done: Done) -> Iterator[list[Entry]]:
    """Batches of (position, raw document or error) in input order. Read errors, duplicate ids
    and oversized texts travel in the batch of the documents around them, so that the records
    come out in input order (an error yielded ahead of a half-filled batch would overtake the
    documents read before it)."""
    seen_ids: dict[str, str] = {}
    batch: list[Entry] = []

    def error(seq: int, err: ExtractionError) -> None:
        key = _error_key(seq, err)
        done.current.add(key)
        if key in done.errors:
            done.skipped += 1
        else:
            batch.append((seq, err))

    for seq, item in enumerate(inputs):
        if isinstance(item, ExtractionError):
            error(seq, item)
        else:
            doc_id = item.id or content_id(item.text)
            digest = content_id(item.text)
            if (doc_id, digest) in done.documents and doc_id not in seen_ids:
                done.current.add(("document", doc_id, digest))
                seen_ids[doc_id] = digest
                done.skipped += 1
            elif doc_id in seen_ids:
                same = seen_ids[doc_id] == digest
                error(seq, ExtractionError(
                    source=item.source, document_id=doc_id,
                    reason="duplicate document id: "
                    + ("same text seen before, skipped" if same else "different text, skipped")))
            elif len(item.text) > max_chars:
                error(seq, ExtractionError(
                    source=item.source, document_id=doc_id,
                    reason=f"text too long ({len(item.text):,} characters, limit "
                           f"{max_chars:,})"))
            else:
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
    pending: deque = deque()  # (batch, its async result or None), in input order
    with context.Pool(workers, initializer=_init_worker, initargs=(model, doc_timeout),
                      maxtasksperchild=per_child) as pool:
        for batch in _batches(inputs, batch_size, max_chars, done):
            raws = documents_of(batch)
            pending.append((batch, pool.apply_async(_work, (raws,)) if raws else None))
            while sum(1 for _, result in pending if result is not None) > 2 * workers:
                yield from _next_done(pending)
        while pending:
            yield from _next_done(pending)


def _next_done(pending) -> Iterator[tuple[int, Document | ExtractionError]]:
    batch, result = pending.popleft()
    yield from in_input_order(batch, result.get() if result is not None else ())


def _with_id(raw: RawDocument, doc_id: str) -> RawDocument:
    return replace(raw, id=doc_id)
