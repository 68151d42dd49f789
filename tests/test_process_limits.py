"""Per-document limits: the time limit holds one document at a time, long texts go through the
model in bounded pieces and come back as one grounded record (extract/process.py)."""
from __future__ import annotations

import json
import multiprocessing as mp
import re
import time
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from extract import process
from extract.process import _init_worker, _process, _work, piece_bounds
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
    longest = max(len(r.text) for r in batch)
    shortest = min(batch, key=lambda r: len(r.text))
    limit, slow_nlp.max_length = slow_nlp.max_length, len(shortest.text) + 1
    try:  # pieces no longer than the longest text: the longer ones reach make_doc whole
        out = list(_process(slow_nlp, batch, batch_size=4, doc_timeout=5.0,
                            piece_chars=longest))
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


# Long texts in pieces ---------------------------------------------------------------------


def test_pieces_are_cut_after_paragraph_breaks_and_give_back_the_text():
    text = "\n\n".join(r.text.strip() for r in corpus_releases())
    bounds = piece_bounds(text, 5_000)
    assert len(bounds) > 1
    assert "".join(text[a:b] for a, b in bounds) == text
    assert all(b - a <= 5_000 for a, b in bounds)
    for _, cut in bounds[:-1]:  # every cut follows a blank line and precedes a word
        assert text[cut - 2:cut] == "\n\n" and not text[cut].isspace()


def test_a_text_without_paragraphs_is_cut_at_sentences_then_words():
    prose = SEED_TEXT.replace("\n", " ")
    for start, cut in piece_bounds(prose, 1_000)[:-1]:
        assert re.search(r"[.!?][\"”)]*\s+$", prose[start:cut])
    words = " ".join(prose.replace(".", "").split())
    for _, cut in piece_bounds(words, 1_000)[:-1]:
        assert words[cut - 1] == " " and words[cut] != " "


def test_one_word_longer_than_a_piece_is_the_only_cut_inside_a_word():
    text = "a " + "x" * 2_500 + " b"
    bounds = piece_bounds(text, 1_000)
    assert "".join(text[a:b] for a, b in bounds) == text
    assert all(b - a <= 1_000 for a, b in bounds)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab .\n\t\u00a0”", max_size=400), st.integers(1, 60))
def test_pieces_cover_any_text_in_order_within_the_size(text, size):
    bounds = piece_bounds(text, size)
    assert "".join(text[a:b] for a, b in bounds) == text
    assert all(0 < b - a <= size for a, b in bounds) or text == ""
    assert all(b0 == a1 for (_, b0), (a1, _) in pairwise(bounds))
    for a, b in bounds[:-1]:  # a word is cut only where its piece has no whitespace at all
        if not text[b - 1].isspace() and not text[b].isspace():
            assert not any(c.isspace() for c in text[a + 1:b])


def long_release() -> RawDocument:
    """The fourteen DOJ releases of corpus/ as one 40,000-character text."""
    text = "\n\n".join(r.text.strip() for r in corpus_releases()) + "\n"
    return RawDocument(text=text, source="corpus/doj_press_releases.jsonl", id="long",
                       title=None, published="2015-06-01")


def grounded(document: Document) -> list[dict]:
    """Every mention and evidence span of a record, checked against its text."""
    spans = [m for kind in (document.people, document.organisations) for item in kind
             for m in item.mentions]
    spans += [item.evidence for kind in (document.roles, document.dates, document.actions,
                                         document.time_expressions) for item in kind]
    for span in spans:
        assert document.text[span.start:span.end] == span.text
        assert span.sent_start <= span.start <= span.end <= span.sent_end <= len(document.text)
    return spans


def test_a_long_text_in_pieces_is_one_grounded_record(nlp):
    long = long_release()
    (document,) = _process(nlp, [long], batch_size=4, piece_chars=4_000)
    assert isinstance(document, Document)
    assert document.text == long.text and document.id == "long"
    assert document.published.isoformat() == long.published  # set on the joined Doc
    spans = grounded(document)
    # Facts come from every part of the text, not only from the first piece.
    assert max(s.start for s in spans) > len(long.text) - 4_000
    assert len({s.start // 4_000 for s in spans}) == -(-len(long.text) // 4_000)
    assert {"James M. Cole", "Leslie R. Caldwell"} <= {p.name for p in document.people}


def test_a_text_over_the_model_max_length_is_processed_in_pieces(nlp):
    """--max-chars is the one size limit now: spaCy's max_length bounds a piece only."""
    long = long_release()
    limit, nlp.max_length = nlp.max_length, 10_000
    try:
        (document,) = _process(nlp, [long], batch_size=4, piece_chars=8_000)
    finally:
        nlp.max_length = limit
    assert isinstance(document, Document) and document.text == long.text
    grounded(document)


@pytest.mark.parametrize("doc_id", ["doj-opa-00644", "doj-opa-05737", "doj-opa-10262"])
def test_a_text_just_over_the_piece_size_gives_the_records_of_the_whole(nlp, doc_id):
    """Cut at its last paragraph break, a release gives the same record as whole. (The
    statistical model sees no context across a cut: on 2 of 75 annotated releases cut so, a
    name right after the cut is tagged where it was not, or the other way round.)"""
    (release,) = [r for r in corpus_releases() if r.id == doc_id]
    size = len(release.text) - 1
    (_, cut), _ = piece_bounds(release.text, size)
    assert release.text[cut - 2:cut] == "\n\n"
    (whole,) = _process(nlp, [release], batch_size=1)
    (pieces,) = _process(nlp, [release], batch_size=1, piece_chars=size)
    assert isinstance(whole, Document) and whole.people
    assert pieces == whole


def test_the_joined_doc_has_what_the_rule_components_read(nlp):
    """Parse, sentences, entities and the input's metadata, over the whole text."""
    from extract.process import _analyse, split_stages

    long = long_release()
    shared, _ = split_stages(nlp)
    (doc,) = _analyse(nlp, shared, [long], 4, 4_000)
    assert doc.text == long.text
    assert doc.has_annotation("DEP") and doc.has_annotation("TAG") and doc.has_annotation("LEMMA")
    assert (doc._.doc_id, doc._.source, doc._.published) == (long.id, long.source, "2015-06-01")
    last = max(b for b, _ in piece_bounds(long.text, 4_000))
    assert any(e.start_char > last for e in doc.ents)
    assert any(s.start_char == last for s in doc.sents)  # a piece starts a sentence
    assert all(s.root.head == s.root for s in doc.sents)
