"""Shared fixtures: one pipeline for the session, and the real texts the tests read."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
SEED_TEXT = (CORPUS / "seed-eu-cbrn-coe-2021-11-25.txt").read_text(encoding="utf-8").strip("\n")


def doj_release(doc_id: str) -> dict:
    """One of the public-domain DOJ releases kept in corpus/."""
    for line in (CORPUS / "doj_press_releases.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec["id"] == doc_id:
            return rec
    raise KeyError(doc_id)


def shared_doj_release(doc_id: str) -> dict:
    """A release from ../shared/data/doj_press_releases (skips where that copy is absent)."""
    import gzip

    path = SHARED / "data" / "doj_press_releases" / "doj_press_releases.jsonl.gz"
    if not path.exists():
        pytest.skip(f"{path} is not here")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if f'"{doc_id}"' in line[:40]:
                return json.loads(line)
    raise KeyError(doc_id)


def sentence(text: str, needle: str) -> str:
    """The sentence of a real text that holds `needle`."""
    import re

    for sent in re.split(r"(?<=[.!?])[\"”]?\s+", text):
        if needle in sent:
            return sent
    raise KeyError(needle)


def shared_gold_record(doc_id: str) -> dict:
    """An annotated release from ../shared/gold (read there, never copied into the repo)."""
    for name in ("seed.jsonl", "dev.jsonl"):
        path = SHARED / "gold" / name
        if not path.exists():
            pytest.skip(f"{path} is not here")
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if rec["id"] == doc_id:
                return rec
    raise KeyError(doc_id)


def shared_doj_paragraph(doc_id: str, needle: str) -> tuple[str, str]:
    """(paragraph holding `needle`, publication date) of a ../shared DOJ release."""
    rec = shared_doj_release(doc_id)
    return sentence_with(rec["text"], needle), rec["date"]


def sentence_with(text: str, needle: str) -> str:
    """The paragraph of a real text that holds `needle` (tests quote real sentences)."""
    for para in text.split("\n"):
        if needle in para:
            return para
    raise KeyError(needle)


@pytest.fixture(scope="session")
def nlp():
    from extract.pipeline import build_pipeline

    return build_pipeline()


def extractor(nlp):
    """text (+ publication date) -> Document, through `nlp`."""
    from extract.convert import to_document

    def run(text: str, published: str | None = None, doc_id: str = "t"):
        doc = nlp.make_doc(text)
        doc._.doc_id = doc_id
        doc._.published = published
        return to_document(nlp(doc))

    return run


@pytest.fixture(scope="session")
def extract(nlp):
    """text (+ publication date) -> Document, with the shipped pipeline."""
    return extractor(nlp)


@pytest.fixture(scope="session")
def rules_nlp():
    """The pipeline with the rule wing alone deciding actions (the modality classifier off):
    what the constructions' examples specify."""
    from extract.pipeline import build_pipeline

    return build_pipeline(config={"news_actions": {"modality_threshold": 0}})


@pytest.fixture(scope="session")
def rules_extract(rules_nlp):
    """text (+ publication date) -> Document, the rule wing alone deciding actions."""
    return extractor(rules_nlp)


@pytest.fixture(scope="session")
def seed(extract):
    return extract(SEED_TEXT)


def postgres_url() -> str:
    """The throw-away PostgreSQL server .ci/run starts; skips (saying why) without one."""
    import sqlalchemy as sa

    url = os.environ.get("NEWS_EXTRACT_TEST_PG")
    if not url:
        pytest.skip("PostgreSQL tests need NEWS_EXTRACT_TEST_PG (set by .ci/run, which starts "
                    "a throw-away server)")
    try:
        with sa.create_engine(url).connect():
            pass
    except Exception as error:  # no server: say so, never pass silently
        pytest.skip(f"PostgreSQL at {url} is not reachable: {error}")
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """An empty database: SQLite, and PostgreSQL where .ci/run started one."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'news.db'}"
    import sqlalchemy as sa

    url = postgres_url()
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    return url
