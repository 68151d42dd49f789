"""The Python front door: one text, or many, to `Document` records in one call.

`extract_text` and `pipe` take what a JSON Lines input holds (a text with optional id, title,
publication date and source) and return the records `news-extract run` writes, through the
same per-document processing (`extract.process`). The pipeline is built once per model and
settings and kept, so a loop of calls pays for the extraction, not for loading the model.
Metadata is checked as the readers check it: an invalid value is dropped with a line in the
record's `warnings`; an input that cannot give a record (empty text, bytes, not a text)
raises `ExtractionFailed`, or with `pipe(..., errors="yield")` is its `ExtractionError` in
its place in the stream.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from functools import lru_cache
from itertools import islice
from typing import Literal

from spacy.language import Language

from extract.batch import DEFAULT_MAX_CHARS
from extract.pipeline import PipelineSpec, build_pipeline
from extract.process import _process, in_input_order
from extract.readers import RawDocument, from_record
from models import Document, ExtractionError

Settings = Mapping[str, Mapping[str, object]]
Input = str | Mapping[str, object] | RawDocument


class ExtractionFailed(ValueError):
    """An input that gave no record; `error` is its row as `errors.csv` would hold it and
    `position` its place among the inputs."""

    def __init__(self, error: ExtractionError, position: int = 0):
        super().__init__(f"input {position} ({error.source}): {error.reason}")
        self.error, self.position = error, position


def extract_text(text: str, *, title: str | None = None,
                 published: str | dt.date | None = None, id: str | int | None = None,
                 source: str | None = None, model: str | Language | None = None,
                 settings: Settings | None = None, day_first: bool = False,
                 max_chars: int = DEFAULT_MAX_CHARS,
                 doc_timeout: float | None = None) -> Document:
    """The `Document` of one release.

    `published` (an ISO date or a `date`) anchors relative dates ("next month"); without it
    the date is looked for in the text. `id` defaults to a hash of the text. `model` is a
    spaCy pipeline name or path (default en_core_web_sm) or a pipeline from
    `extract.pipeline.build_pipeline`; `settings` sets news components' config
    (`{"news_dates": {"day_first": True}}`, as `--set` does); `day_first` reads "03/04/2021"
    as 3 April. `doc_timeout` (seconds, main thread only) turns a runaway text into
    `ExtractionFailed`. Raises TypeError for a text that is not a string, ExtractionFailed
    for one that gives no record (empty, longer than `max_chars`, a component failure)."""
    if not isinstance(text, str):
        raise TypeError(_not_text(text))
    record = {"text": text, "id": id, "title": title, "published": published, "source": source}
    (result,) = pipe([record], model=model, settings=settings, day_first=day_first,
                     max_chars=max_chars, doc_timeout=doc_timeout)
    return result


def pipe(inputs: Iterable[Input], *, model: str | Language | None = None,
         settings: Settings | None = None, day_first: bool = False, batch_size: int = 16,
         max_chars: int = DEFAULT_MAX_CHARS, doc_timeout: float | None = None,
         errors: Literal["raise", "yield"] = "raise") -> Iterator[Document | ExtractionError]:
    """A `Document` for each input, in input order, lazily: texts are read and extracted
    `batch_size` at a time (the model's components over the batch, as `nlp.pipe` does).

    An input is a text, a record (a mapping with `text` and optional `id`, `title`,
    `published` or `date`, `source` or `url`: a JSON Lines object) or a
    `extract.readers.RawDocument` (`read_inputs` yields them for files). An input that gives
    no record raises `ExtractionFailed` (`errors="raise"`), or with `errors="yield"` its
    `ExtractionError` comes out in its place, so results stay aligned with the inputs."""
    if isinstance(inputs, str | bytes | Mapping):
        raise TypeError("pipe() takes an iterable of texts or records; for one text use "
                        "extract_text()")
    if errors not in ("raise", "yield"):
        raise ValueError(f"errors={errors!r}: expected 'raise' or 'yield'")
    if batch_size < 1:
        raise ValueError(f"batch_size={batch_size}: expected 1 or more")
    nlp = model if isinstance(model, Language) else None
    if nlp is not None and (settings or day_first):
        raise ValueError("settings and day_first apply where the pipeline is built: pass a "
                         "model name, or build the pipeline with them")
    spec = None if nlp is not None else pipeline_spec(model, settings, day_first)
    return _pipe(inputs, nlp, spec, batch_size, max_chars, doc_timeout, errors)


def _pipe(inputs: Iterable[Input], nlp: Language | None, spec: PipelineSpec | None,
          batch_size: int, max_chars: int, doc_timeout: float | None,
          errors: str) -> Iterator[Document | ExtractionError]:
    entries = ((n, _raw(item, n, max_chars)) for n, item in enumerate(inputs))
    while batch := list(islice(entries, batch_size)):
        raws = [item for _, item in batch if isinstance(item, RawDocument)]
        if raws and nlp is None:
            nlp = cached_pipeline(spec)  # built at the first text, not at the call
        records = _process(nlp, raws, batch_size, doc_timeout) if raws else ()
        for (n, item), (_, result) in zip(batch, in_input_order(batch, records), strict=True):
            if isinstance(result, ExtractionError):
                if errors == "raise":
                    raise ExtractionFailed(result, n)
                yield result
            elif isinstance(item, RawDocument) and item.source == f"<input {n}>":
                yield result.model_copy(update={"source": None})  # no source was given
            else:
                yield result


def pipeline_spec(model: str | None = None, settings: Settings | None = None,
                  day_first: bool = False) -> PipelineSpec:
    """The hashable description of a pipeline (what the cache and worker processes key on)."""
    if model is not None and not isinstance(model, str):
        raise TypeError(f"model must be a name, a path or a spaCy Language, not "
                        f"{type(model).__name__}")
    merged = {name: dict(values) for name, values in (settings or {}).items()}
    if day_first:
        for name in ("news_dates", "news_metadata"):
            merged.setdefault(name, {})["day_first"] = True
    return PipelineSpec(model, tuple(
        (name, key, json.dumps(value, sort_keys=True))
        for name, values in sorted(merged.items()) for key, value in sorted(values.items())))


@lru_cache(maxsize=4)
def cached_pipeline(spec: PipelineSpec) -> Language:
    """The pipeline of `spec`, built once per process."""
    return build_pipeline(spec)


def _raw(item: object, n: int, max_chars: int) -> RawDocument | ExtractionError:
    """One input as the readers would have read it, or why it cannot be extracted."""
    where = f"<input {n}>"
    if isinstance(item, RawDocument):
        raw = item
    elif isinstance(item, str):
        if not item.strip():
            return ExtractionError(source=where, reason="empty text")
        raw = from_record({"text": item}, where)
    elif isinstance(item, Mapping):
        record = {key: _iso(value) if key in ("published", "date") else value
                  for key, value in item.items()}
        text = record.get("text")
        if isinstance(text, bytes | bytearray):
            return ExtractionError(source=where, reason=_not_text(text))
        if isinstance(text, str) and not text.strip():
            return ExtractionError(source=where, reason="empty text")
        raw = from_record(record, where)
    else:
        return ExtractionError(source=where, reason=_not_text(item))
    if isinstance(raw, ExtractionError):
        return raw.model_copy(update={"reason": raw.reason.replace("JSON object", "record")})
    if not raw.text.strip():
        return ExtractionError(source=raw.source, reason="empty text", document_id=raw.id)
    if len(raw.text) > max_chars:
        return ExtractionError(source=raw.source, document_id=raw.id,
                               reason=f"text too long ({len(raw.text):,} characters, limit "
                                      f"{max_chars:,})")
    return raw if raw.source else replace(raw, source=where)


def _iso(value: object) -> object:
    """A `date` or `datetime` as the ISO day the readers expect; anything else as given."""
    return value.isoformat()[:10] if isinstance(value, dt.date) else value


def _not_text(value: object) -> str:
    if isinstance(value, bytes | bytearray):
        return ("text is bytes, not str: decode it first (data.decode('utf-8')), or read "
                "files with extract.readers.read_inputs, which detects the encoding")
    return f"text is {type(value).__name__}, not str"
