"""The per-document processing: a batch of raw documents to records or error rows.

Both `extract.batch` (one process or a pool of them) and `extract.dask_engine` call `_process`,
so neither imports the other for it.
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from spacy.language import Language

from extract.convert import to_document
from extract.readers import RawDocument
from models import Document, ExtractionError


def _make_doc(nlp: Language, raw: RawDocument):
    doc = nlp.make_doc(raw.text)
    doc._.doc_id, doc._.source, doc._.title = raw.id, raw.source, raw.title
    doc._.published = raw.published
    return doc


class TimeLimitExceeded(Exception):
    pass


@contextmanager
def time_limit(seconds: float | None):
    """Raise TimeLimitExceeded after `seconds` (main thread only: elsewhere no limit)."""
    if not seconds or threading.current_thread() is not threading.main_thread() \
            or not hasattr(signal, "SIGALRM"):
        yield
        return

    def expire(signum, frame):
        raise TimeLimitExceeded()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _process(nlp: Language, batch: list[RawDocument], batch_size: int,
             doc_timeout: float | None = None) -> Iterator[Document | ExtractionError]:
    try:
        with time_limit(doc_timeout * len(batch) if doc_timeout else None):
            done = list(nlp.pipe(((_make_doc(nlp, raw), raw) for raw in batch),
                                 as_tuples=True, batch_size=batch_size))
    except Exception:  # also TimeLimitExceeded: find which document it was
        done = None
    if done is None:  # isolate the failing document(s)
        for raw in batch:
            try:
                with time_limit(doc_timeout):
                    doc = nlp(_make_doc(nlp, raw))
            except TimeLimitExceeded:
                yield ExtractionError(source=raw.source, document_id=raw.id,
                                      reason=f"exceeded the time limit of {doc_timeout:g} s")
                continue
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


_WORKER: dict = {}


def _init_worker(model: str | None, doc_timeout: float | None = None) -> None:
    from extract.pipeline import build_pipeline

    _WORKER["nlp"], _WORKER["timeout"] = build_pipeline(model), doc_timeout


def _work(batch: list[RawDocument]) -> list[Document | ExtractionError]:
    return list(_process(_WORKER["nlp"], batch, len(batch), _WORKER["timeout"]))
