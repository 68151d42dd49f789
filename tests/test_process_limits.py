"""Per-document limits: the time limit holds one document at a time (extract/process.py)."""
from __future__ import annotations

import json
import multiprocessing as mp
import time

import pytest
from spacy.language import Language

from extract import process
from extract.process import _init_worker, _process, _work
from extract.readers import RawDocument
from models import Document, ExtractionError
from tests.conftest import CORPUS, SEED_TEXT

MARKER = "Zyxwvutsrq"  # in no real text: the slow component stalls only where it is planted
CALLS: list[str] = []  # ids of the documents the slow component saw, in this process


@Language.component("test_slow_on_marker")
def slow_on_marker(doc):
    """Stalls for far longer than the limit on the planted document, counts the others."""
    CALLS.append(doc._.doc_id)
    if MARKER in doc.text:
        time.sleep(30)
    return doc


def corpus_releases() -> list[RawDocument]:
    lines = (CORPUS / "doj_press_releases.jsonl").read_text(encoding="utf-8").splitlines()
    return [raw(json.loads(line)) for line in lines]


def raw(rec: dict) -> RawDocument:
    return RawDocument(text=rec["text"], source=f"corpus#{rec['id']}", id=rec["id"],
                       title=rec.get("title"), published=rec.get("date"))


def planted(batch: list[RawDocument], k: int) -> list[RawDocument]:
    """`batch` with the marker word added to the k-th text."""
    slow = batch[k]
    return batch[:k] + [RawDocument(text=slow.text + f"\n\n{MARKER}\n", source=slow.source,
                                    id=slow.id, title=slow.title, published=slow.published)
                        ] + batch[k + 1:]


@pytest.fixture(scope="module")
def slow_nlp():
    from extract.pipeline import build_pipeline

    nlp = build_pipeline()
    nlp.add_pipe("test_slow_on_marker", last=True)
    nlp(SEED_TEXT)  # first calls build lazy tables: not part of any document's time
    return nlp


def test_a_slow_document_is_its_error_row_and_the_rest_of_its_batch_are_records(slow_nlp):
    batch = planted(corpus_releases()[:8], 3)
    CALLS.clear()
    out = list(_process(slow_nlp, batch, batch_size=8, doc_timeout=1.0))
    assert [item.id if isinstance(item, Document) else item.document_id for item in out] \
        == [r.id for r in batch]
    errors = [item for item in out if isinstance(item, ExtractionError)]
    assert [(e.document_id, e.source, e.reason) for e in errors] \
        == [(batch[3].id, batch[3].source, "exceeded the time limit of 1 s")]
    assert sum(isinstance(item, Document) for item in out) == 7
    # The other seven went through the rule components once: nothing was redone.
    assert sorted(CALLS) == sorted(r.id for r in batch)


def test_a_failing_model_stage_redoes_each_document_alone(slow_nlp):
    """Where the batched statistical stage raises (here: one text longer than the model's
    max_length), every document is redone alone and only that one is an error row."""
    batch = corpus_releases()[:4]
    shortest = min(batch, key=lambda r: len(r.text))
    limit, slow_nlp.max_length = slow_nlp.max_length, len(shortest.text) + 1
    try:
        out = list(_process(slow_nlp, batch, batch_size=4, doc_timeout=5.0))
    finally:
        slow_nlp.max_length = limit
    for item, r in zip(out, batch, strict=True):
        if r is shortest:
            assert isinstance(item, Document) and item.id == r.id
        else:
            assert isinstance(item, ExtractionError) and item.document_id == r.id
            assert item.reason.startswith("pipeline failed: ValueError: [E088]")


def _init_slow_worker() -> None:
    _init_worker(None, 2.0)
    process._WORKER["nlp"].add_pipe("test_slow_on_marker", last=True)
    process._WORKER["nlp"](SEED_TEXT)


def test_the_time_limit_holds_in_a_worker_process():
    """Pool workers run their tasks in their main thread, where SIGALRM can be set."""
    batch = planted(corpus_releases()[8:12], 0)
    with mp.get_context("spawn").Pool(1, initializer=_init_slow_worker) as pool:
        out = pool.apply(_work, (batch,))
    assert [type(item).__name__ for item in out] == ["ExtractionError"] + ["Document"] * 3
    assert out[0].document_id == batch[0].id
    assert out[0].reason == "exceeded the time limit of 2 s"
