"""Whole small runs over generated JSON Lines: every non-blank line ends as exactly one document
or one error row, in input order, in every output, whether the run is clean or crashes and is
resumed; nothing raises out of the batch."""
import io
import json
import sqlite3
import tempfile
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.convert import content_id
from extract.readers import from_record, read_inputs
from extract.runner import run_batch
from models import ExtractionError
from tests.conftest import SEED_TEXT

MAX_CHARS = 2_000  # small, so that "text too long" is reached by small examples
SENTENCE = SEED_TEXT.split("\n")[2]  # a real sentence of the seed release

texts = st.one_of(
    st.text(max_size=60),
    st.sampled_from(["", " ", "\n\t \r\n", "\x00\x01\x1f\x7f", "\u2028\u00a0", SENTENCE,
                     "The Agency\u2028will\x85publish\r its plan.",
                     SEED_TEXT[:MAX_CHARS]]),
    st.integers(1, 3).map(lambda k: SENTENCE + " " + "word " * (MAX_CHARS // 5 * k)),
)
ids = st.one_of(st.none(), st.sampled_from(["a", "b", "", " ", "1"]), st.integers(0, 2),
                st.booleans(), st.lists(st.integers(0, 1), max_size=2))
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                    st.text(max_size=20))
# Any `published` value: an impossible date ("2016-02-30") is dropped with a warning (readers).
published = st.one_of(st.none(), st.sampled_from(["2021-11-25", "2009-01-05T10:00:00", "soon",
                                                   "2016-02-30"]),
                      st.integers(), st.booleans(), st.lists(st.integers(), max_size=2))
metadata = st.recursive(scalars, lambda inner: st.lists(inner, max_size=2)
                        | st.dictionaries(st.text(max_size=5), inner, max_size=2), max_leaves=4)


@st.composite
def records(draw) -> object:
    rec: dict = {}
    if draw(st.booleans()):
        rec["text"] = draw(texts)
    else:
        rec["text"] = draw(st.one_of(texts, metadata))  # sometimes no string at all
    for key, values in (("id", ids), ("published", published), ("title", metadata),
                        ("source", st.sampled_from(["agency", "", None]))):
        if draw(st.booleans()):
            rec[key] = draw(values)
    return rec


def _not_blank(line: str) -> bool:
    return "\n" not in line and bool(line.encode("utf-8").strip())


lines = st.lists(st.one_of(
    records().map(lambda r: json.dumps(r, ensure_ascii=False)),
    metadata.map(json.dumps),  # a JSON value that is not an object
    st.text(min_size=1, max_size=30).filter(_not_blank),  # mostly invalid JSON
), min_size=1, max_size=8)


def crashing(items, after: int):
    for n, item in enumerate(items):
        if n == after:
            raise RuntimeError("simulated crash")
        yield item


def expected(line: str) -> tuple[str, str] | None:
    """(id, text) of the document a line gives, or None where the line cannot be a document.
    The reader's own view of one record (its id and text checks and repairs) is the oracle
    here: what is under test is that the run keeps every line exactly once, in order."""
    try:
        rec = json.loads(line)
    except ValueError:
        return None
    raw = from_record(rec, "line")
    if isinstance(raw, ExtractionError):
        return None
    return raw.id or content_id(raw.text), raw.text


def outputs(out: Path) -> tuple[list[dict], pd.DataFrame, list[tuple], int]:
    docs = [json.loads(x) for x in (out / "documents.jsonl").read_text("utf-8").split("\n") if x]
    errors = pd.read_csv(out / "errors.csv", keep_default_na=False, dtype=str)
    with sqlite3.connect(out / "news.db") as conn:
        stored = conn.execute("SELECT position, source, reason FROM errors ORDER BY position"
                              ).fetchall()
        n_docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    return docs, errors, stored, n_docs


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(lines=lines, crash_after=st.integers(0, 8), batch_size=st.integers(1, 3),
       part_size=st.integers(1, 3))
def test_every_line_is_one_document_or_one_error_row(nlp, lines, crash_after, batch_size,
                                                     part_size):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / "in.jsonl"
        src.write_text("\n".join(lines) + "\n", encoding="utf-8")
        options = {"formats": ["jsonl", "sql"], "max_chars": MAX_CHARS,
                   "batch_size": batch_size, "part_size": part_size}
        log = io.StringIO()
        summary = run_batch(nlp, read_inputs([src]), tmp / "clean", log=log, **options)
        docs, errors, stored, n_docs = outputs(tmp / "clean")

        assert len(docs) + len(errors) == len(lines)
        assert (summary.documents, summary.errors) == (len(docs), len(errors)) \
            == (n_docs, len(stored))
        assert sum(x.startswith("error: ") for x in log.getvalue().splitlines()) == len(errors)
        assert len({d["id"] for d in docs}) == len(docs)
        # In input order: each document at the first line that gives its id and text.
        found = [next(n for n, line in enumerate(lines)
                      if expected(line) == (d["id"], d["text"])) for d in docs]
        error_positions = [p for p, _, _ in stored]
        assert found == sorted(found)
        assert sorted(found + error_positions) == list(range(len(lines)))
        assert [(s, r) for _, s, r in stored] == list(zip(errors.source, errors.reason))

        # Crashed after `crash_after` inputs, then resumed: the same outputs, byte for byte.
        resumed = tmp / "resumed"
        if crash_after < len(lines):
            try:
                run_batch(nlp, crashing(read_inputs([src]), crash_after), resumed,
                          log=io.StringIO(), **options)
            except RuntimeError as error:
                assert str(error) == "simulated crash"
        again = run_batch(nlp, read_inputs([src]), resumed, log=io.StringIO(), **options)
        assert (again.documents, again.errors) == (summary.documents, summary.errors)
        for name in ("documents.jsonl", "errors.csv"):
            assert (resumed / name).read_bytes() == (tmp / "clean" / name).read_bytes(), name
        assert outputs(resumed)[2] == stored
