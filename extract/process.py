"""The per-document processing: a batch of raw documents to records or error rows.

Two stages, so that one slow document cannot hold up its batch and one long text cannot take
the machine's memory:

- the model's statistical components (and whatever runs before the last of them) go over the
  batch together, as `nlp.pipe` would, in pieces of at most `piece_chars` characters cut at
  paragraph breaks; a long text's pieces are joined back into one Doc whose text is exactly the
  original, so every offset points into the whole text;
- the project's rule components (everything after the last statistical one) run on each
  document alone under `time_limit(doc_timeout)`: a document that takes longer becomes its
  error row after about the limit, and the rest of its batch still become records.

Both `extract.batch` (one process or a pool of them) and `extract.dask_engine` call `_process`.
"""
from __future__ import annotations

import re
import signal
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc

from extract.convert import to_document
from extract.readers import RawDocument
from models import Document, ExtractionError

# Characters the statistical components see at once: their memory grows with the length of
# what they are given (2.8 GB for one 900,000-character text), so texts are cut to this.
DEFAULT_PIECE_CHARS = 100_000

# Where a long text may be cut, best first: after a blank line, after a line break, after a
# sentence-ish ". ", after any whitespace. The cut is at the end of the whitespace, so each
# piece starts with a word and is tokenised as it is in the whole text.
_BREAKS = (
    re.compile(r"\n[^\S\n]*\n\s*"),
    re.compile(r"\n\s*"),
    re.compile(r"[.!?][\"'”’)\]]*\s+"),
    re.compile(r"\s+"),
)


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


def piece_bounds(text: str, size: int) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces of `text`, each at most `size` characters, cut at
    the best break in the second half of a piece (any whitespace anywhere in it as a last
    resort; only a single word longer than `size` is cut inside)."""
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        end = _cut(text, start, start + size)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _cut(text: str, lo: int, hi: int) -> int:
    window = text[lo:hi]
    for level, pattern in enumerate(_BREAKS):
        floor = 1 if level == len(_BREAKS) - 1 else len(window) // 2
        breaks = list(pattern.finditer(window, floor))
        if breaks and breaks[-1].end() > 0:
            return lo + breaks[-1].end()
    return hi


def split_stages(nlp: Language) -> tuple[list, list]:
    """(batched, per document) components: the first up to the last statistical component,
    the rest (the rule components, whose time a pathological text can blow up) after it."""
    trained = [i for i, (_, proc) in enumerate(nlp.pipeline) if isinstance(proc, TrainablePipe)]
    cut = trained[-1] + 1 if trained else 0
    return nlp.pipeline[:cut], nlp.pipeline[cut:]


def _make_doc(nlp: Language, raw: RawDocument, doc: Doc | None = None) -> Doc:
    """The Doc of `raw` (made here, or the joined pieces given) with the input's metadata."""
    doc = nlp.make_doc(raw.text) if doc is None else doc
    doc._.doc_id, doc._.source, doc._.title = raw.id, raw.source, raw.title
    doc._.published = raw.published
    doc._.encoding, doc._.warnings = raw.encoding, list(raw.warnings)
    return doc


def _process(nlp: Language, batch: list[RawDocument], batch_size: int,
             doc_timeout: float | None = None,
             piece_chars: int = DEFAULT_PIECE_CHARS) -> Iterator[Document | ExtractionError]:
    """A record or an error row for each of `batch`, in order."""
    shared, own = split_stages(nlp)
    # Linear in the text: an allowance per document or per piece, a safety net only.
    pieces = -(-sum(len(raw.text) for raw in batch) // piece_chars)
    try:
        with time_limit(doc_timeout * max(len(batch), pieces) if doc_timeout else None):
            analysed = list(_analyse(nlp, shared, batch, batch_size, piece_chars))
    except Exception:  # noqa: BLE001  also TimeLimitExceeded: redo each document alone
        for raw in batch:
            yield _finish(nlp, shared, own, raw, None, doc_timeout, piece_chars)
        return
    for raw, doc in zip(batch, analysed, strict=True):
        yield _finish(nlp, shared, own, raw, doc, doc_timeout, piece_chars)


def _finish(nlp: Language, shared: list, own: list, raw: RawDocument, doc: Doc | None,
            doc_timeout: float | None, piece_chars: int) -> Document | ExtractionError:
    """The rule components on one analysed document (analysed here, alone, where `doc` is
    None), all under the time limit."""
    try:
        with time_limit(doc_timeout):
            if doc is None:
                doc = next(_analyse(nlp, shared, [raw], 1, piece_chars))
            doc = _run(own, [doc], 1)[0]
    except TimeLimitExceeded:
        return ExtractionError(source=raw.source, document_id=raw.id,
                               reason=f"exceeded the time limit of {doc_timeout:g} s")
    except Exception as error:  # noqa: BLE001  (any component's failure is one error row)
        return ExtractionError(source=raw.source, document_id=raw.id,
                               reason=f"pipeline failed: {type(error).__name__}: {error}")
    return _record(doc, raw)


def _analyse(nlp: Language, components: list, batch: list[RawDocument], batch_size: int,
             piece_chars: int) -> Iterator[Doc]:
    """One Doc per raw document, `components` run over pieces of at most `piece_chars`
    characters, at most `batch_size` pieces and `piece_chars` characters at a time."""
    pieces = [(k, raw.text[start:end]) for k, raw in enumerate(batch)
              for start, end in piece_bounds(raw.text, piece_chars)]
    done: list[Doc] = []
    k = 0
    for group in _groups(pieces, batch_size, piece_chars):
        docs = _run(components, [nlp.make_doc(text) for _, text in group], len(group))
        for (owner, _), doc in zip(group, docs, strict=True):
            while owner > k:  # every piece of document k is done: join them
                yield _make_doc(nlp, batch[k], _join(done, batch[k].text))
                done, k = [], k + 1
            done.append(doc)
    while k < len(batch):
        yield _make_doc(nlp, batch[k], _join(done, batch[k].text))
        done, k = [], k + 1


def _groups(pieces: list[tuple[int, str]], batch_size: int, chars: int) -> Iterator[list]:
    group: list = []
    size = 0
    for piece in pieces:
        if group and (len(group) >= batch_size or size + len(piece[1]) > chars):
            yield group
            group, size = [], 0
        group.append(piece)
        size += len(piece[1])
    if group:
        yield group


def _join(pieces: list[Doc], text: str) -> Doc:
    """One Doc of a text's analysed pieces (or the one piece), its text exactly `text`.
    Only the annotations cross over: the pieces' user data (caches of the piece's own text)
    and tensors (no rule component reads them) stay behind."""
    if len(pieces) == 1:
        return pieces[0]
    doc = Doc.from_docs(pieces, ensure_whitespace=False, exclude=("user_data", "tensor"))
    if doc.text != text:  # cannot happen unless a tokenizer drops characters: never lose them
        raise ValueError("the joined pieces do not give back the text")
    return doc


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


# One input of a batch: its position and the raw document (or the error reading it gave).
Entry = tuple[int, RawDocument | ExtractionError]


def documents_of(batch: list[Entry]) -> list[RawDocument]:
    """The raw documents of a batch: what goes through the pipeline."""
    return [item for _, item in batch if isinstance(item, RawDocument)]


def in_input_order(batch: list[Entry], records: Iterable[Document | ExtractionError]
                   ) -> Iterator[tuple[int, Document | ExtractionError]]:
    """The batch's entries with each raw document replaced by its record (`records` holds
    one per document, in order), errors where they were read."""
    records = iter(records)
    for seq, item in batch:
        yield seq, (item if isinstance(item, ExtractionError) else next(records))
