"""The Python front door (`extract.extract_text`, `extract.pipe`) on real releases: the same
records as a run, order and ids kept, the pipeline built once, bad input a clear error."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

import extract
from extract import ExtractionFailed, extract_text, pipe
from extract.api import cached_pipeline, pipeline_spec
from extract.batch import extract_documents
from extract.convert import content_id
from extract.readers import read_inputs
from models import Document, ExtractionError
from tests.conftest import CORPUS, ROOT, SEED_TEXT

RELEASES = [json.loads(line) for line in
            (CORPUS / "doj_press_releases.jsonl").read_text(encoding="utf-8").splitlines()]


def release(doc_id: str) -> dict:
    return next(rec for rec in RELEASES if rec["id"] == doc_id)


@pytest.fixture(scope="module")
def sentencing():
    """doj-opa-00390: a sentencing with a judge, prosecutors and a hearing on "Feb. 9"."""
    rec = release("doj-opa-00390")
    return rec, extract_text(rec["text"], title=rec["title"], published=rec["date"],
                             id=rec["id"])


def test_extract_text_finds_the_people_and_dates_of_a_release(sentencing):
    rec, doc = sentencing
    assert isinstance(doc, Document)
    assert (doc.id, doc.title, doc.text) == (rec["id"], rec["title"], rec["text"])
    assert doc.published == dt.date(2018, 1, 17) and doc.published_from == "metadata"
    names = {p.name for p in doc.people}
    assert {"John P. Cronan", "Juan Carlos Velasco Cano", "Luke Cass",
            "Jennifer A. Clarke"} <= names
    by_text = {d.text: d for d in doc.dates}
    # a year-less date takes the publication year; an absolute one keeps its own
    assert by_text["Feb. 9"].start == dt.date(2018, 2, 9)
    assert by_text["May 3, 2016"].start == dt.date(2016, 5, 3)
    judge = next(r for r in doc.roles if r.title == "U.S. District Judge")
    assert next(p.name for p in doc.people if p.id == judge.person_id).startswith("Robert N.")
    assert doc.source is None  # none was given: not a made-up path


def test_extract_text_gives_the_record_a_run_gives(sentencing, tmp_path):
    """The front door is the run's path: the same input gives the same record."""
    rec, doc = sentencing
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({k: rec[k] for k in ("id", "title", "date", "text")}) + "\n",
                    encoding="utf-8")
    (from_run,) = extract_documents(cached_pipeline(pipeline_spec()), read_inputs([path]))
    assert from_run.model_dump(exclude={"source"}) == doc.model_dump(exclude={"source"})


def test_pipe_keeps_order_and_ids_across_batches():
    texts = [rec for rec in RELEASES[:5]]
    inputs = [texts[0]["text"], {"text": texts[1]["text"], "id": 1234},
              {"text": texts[2]["text"], "id": texts[2]["id"], "date": texts[2]["date"]},
              texts[3]["text"], {"text": texts[4]["text"], "id": "last", "url": "https://x.test/5"}]
    docs = list(pipe(iter(inputs), batch_size=2))  # three batches, the last one short
    assert [d.id for d in docs] == [content_id(texts[0]["text"]), "1234", texts[2]["id"],
                                    content_id(texts[3]["text"]), "last"]
    assert [d.text for d in docs] == [rec["text"] for rec in texts]
    assert docs[2].published == dt.date.fromisoformat(texts[2]["date"])
    assert docs[4].source == "https://x.test/5" and docs[0].source is None


def test_the_pipeline_is_built_once_per_settings():
    spec = pipeline_spec()
    assert cached_pipeline(spec) is cached_pipeline(pipeline_spec(None, {}, False))
    before = cached_pipeline.cache_info()
    list(pipe([SEED_TEXT[:400], SEED_TEXT[400:900]]))
    extract_text(SEED_TEXT[:300])
    after = cached_pipeline.cache_info()
    assert after.misses == before.misses and after.hits > before.hits
    assert pipeline_spec(day_first=True) == pipeline_spec(
        settings={"news_metadata": {"day_first": True}, "news_dates": {"day_first": True}})


def test_day_first_and_settings_reach_the_components():
    text = "The consultation will close on 03/04/2021, the Ministry said."
    us = extract_text(text, published="2021-01-10")
    uk = extract_text(text, published="2021-01-10", day_first=True)
    via_settings = extract_text(text, published="2021-01-10", settings={
        "news_dates": {"day_first": True}, "news_metadata": {"day_first": True}})
    assert [d.start for d in us.dates] == [dt.date(2021, 3, 4)]
    assert [d.start for d in uk.dates] == [d.start for d in via_settings.dates] == [
        dt.date(2021, 4, 3)]
    with pytest.raises(ValueError, match="no component"):
        extract_text(text, settings={"news_nothing": {"x": 1}})


def test_bad_inputs_are_clear_errors_and_invalid_metadata_a_warning():
    with pytest.raises(TypeError, match="bytes, not str: decode it first"):
        extract_text(SEED_TEXT.encode())
    with pytest.raises(ExtractionFailed, match="empty text"):
        extract_text(" \n\t")
    with pytest.raises(TypeError, match="iterable of texts"):
        pipe(SEED_TEXT)
    doc = extract_text(release("doj-opa-00644")["text"], published="2017-02-30")
    assert doc.warnings == ["published '2017-02-30' is not a valid date (YYYY-MM-DD); ignored"]
    assert doc.published_from != "metadata"
    short = extract_text("Jane Roe, Director of the Acme Trust, spoke.", max_chars=10_000,
                        published=dt.datetime(2020, 5, 1, 9, 30))
    assert short.published == dt.date(2020, 5, 1) and short.warnings == []
    with pytest.raises(ExtractionFailed, match="text too long"):
        extract_text(SEED_TEXT, max_chars=100)


def test_pipe_raises_at_the_bad_input_or_yields_its_error_in_place():
    inputs = [RELEASES[0]["text"], b"bytes", {"id": "x"}, "   ", RELEASES[1]["text"]]
    stream = pipe(inputs)
    assert isinstance(next(stream), Document)  # lazy: the good input before it comes out
    with pytest.raises(ExtractionFailed) as failed:
        next(stream)
    assert failed.value.position == 1 and "bytes" in failed.value.error.reason
    results = list(pipe(inputs, errors="yield"))
    assert [type(r) for r in results] == [Document, ExtractionError, ExtractionError,
                                          ExtractionError, Document]
    assert [r.reason for r in results[1:4]] == [
        results[1].reason, "record has no text", "empty text"]
    assert results[2].document_id == "x" and results[4].id == content_id(RELEASES[1]["text"])


def test_import_extract_is_light_and_a_shadowing_models_module_is_named(tmp_path):
    """The CLI and worker processes import `extract`: spaCy loads only with the front door.
    A project's own models.py first on sys.path gets a message naming it."""
    code = "import sys, extract; assert 'spacy' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
    assert extract.extract_text is extract_text and extract.Document is Document
    (tmp_path / "models.py").write_text("class User: pass\n", encoding="utf-8")
    shadowed = subprocess.run([sys.executable, "-c", "import extract"], cwd=tmp_path,
                              capture_output=True, text=True, check=False)
    assert shadowed.returncode == 1
    assert f"is shadowed by {(tmp_path / 'models.py').resolve()}" in shadowed.stderr
