"""The per-document processing: a batch of raw documents to records or error rows.

Two stages, so that one slow document cannot hold up its batch:

- the model's statistical components (and whatever runs before the last of them) go over the
  batch together, as `nlp.pipe` would;
- the project's rule components (everything after the last statistical one) run on each
  document alone under `time_limit(doc_timeout)`: a document that takes longer becomes its
  error row after about the limit, and the rest of its batch still become records.

Both `extract.batch` (one process or a pool of them) and `extract.dask_engine` call `_process`.
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc

from extract.convert import to_document
from extract.readers import RawDocument
from models import Document, ExtractionError


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


def split_stages(nlp: Language) -> tuple[list, list]:
    """(batched, per document) components: the first up to the last statistical component,
    the rest (the rule components, whose time a pathological text can blow up) after it."""
    trained = [i for i, (_, proc) in enumerate(nlp.pipeline) if isinstance(proc, TrainablePipe)]
    cut = trained[-1] + 1 if trained else 0
    return nlp.pipeline[:cut], nlp.pipeline[cut:]


def _make_doc(nlp: Language, raw: RawDocument) -> Doc:
    doc = nlp.make_doc(raw.text)
    doc._.doc_id, doc._.source, doc._.title = raw.id, raw.source, raw.title
    doc._.published = raw.published
    return doc


def _process(nlp: Language, batch: list[RawDocument], batch_size: int,
             doc_timeout: float | None = None) -> Iterator[Document | ExtractionError]:
    """A record or an error row for each of `batch`, in order."""
    shared, own = split_stages(nlp)
    try:  # linear in the text: the batch's allowance is a safety net only
        with time_limit(doc_timeout * len(batch) if doc_timeout else None):
            analysed = _analyse(nlp, shared, batch, batch_size)
    except Exception:  # noqa: BLE001  also TimeLimitExceeded: redo each document alone
        for raw in batch:
            yield _finish(nlp, shared, own, raw, None, doc_timeout)
        return
    for raw, doc in zip(batch, analysed, strict=True):
        yield _finish(nlp, shared, own, raw, doc, doc_timeout)


def _finish(nlp: Language, shared: list, own: list, raw: RawDocument, doc: Doc | None,
            doc_timeout: float | None) -> Document | ExtractionError:
    """The rule components on one analysed document (analysed here, alone, where `doc` is
    None), all under the time limit."""
    try:
        with time_limit(doc_timeout):
            if doc is None:
                doc = _analyse(nlp, shared, [raw], 1)[0]
            doc = _run(own, [doc], 1)[0]
    except TimeLimitExceeded:
        return ExtractionError(source=raw.source, document_id=raw.id,
                               reason=f"exceeded the time limit of {doc_timeout:g} s")
    except Exception as error:  # noqa: BLE001  (any component's failure is one error row)
        return ExtractionError(source=raw.source, document_id=raw.id,
                               reason=f"pipeline failed: {type(error).__name__}: {error}")
    return _record(doc, raw)


def _analyse(nlp: Language, components: list, batch: list[RawDocument],
             batch_size: int) -> list[Doc]:
    return _run(components, [_make_doc(nlp, raw) for raw in batch], batch_size)


def _run(components: list, docs: list[Doc], batch_size: int) -> list[Doc]:
    for _, proc in components:
        docs = list(proc.pipe(docs, batch_size=batch_size) if hasattr(proc, "pipe")
                    else map(proc, docs))
    return docs


def _record(doc: Doc, raw: RawDocument) -> Document | ExtractionError:
    try:
        return to_document(doc)
    except Exception as error:  # noqa: BLE001  (a component wrote what the schema rejects)
        return ExtractionError(source=raw.source, document_id=raw.id,
                               reason=f"invalid record: {type(error).__name__}: {error}")


_WORKER: dict = {}


def _init_worker(model: str | None, doc_timeout: float | None = None) -> None:
    """A worker process's pipeline, built once (tasks run in its main thread, so the time
    limit's SIGALRM works there)."""
    from extract.pipeline import build_pipeline

    _WORKER["nlp"], _WORKER["timeout"] = build_pipeline(model), doc_timeout


def _work(batch: list[RawDocument]) -> list[Document | ExtractionError]:
    return list(_process(_WORKER["nlp"], batch, len(batch), _WORKER["timeout"]))
