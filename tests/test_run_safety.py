"""Runs that share an output folder or a database, bad rows among good ones, killed runs:
nothing lost, nothing doubled, every failure one row, outputs in input order."""
import io
import json
import os
import sqlite3
import stat
import subprocess
import sys

import pandas as pd
import pytest
import sqlalchemy as sa

from extract.batch import atomic_write, extract_numbered
from extract.readers import read_inputs
from extract.runner import OutputLocked, lock_output, run_batch
from extract.store import DatabaseUnavailable, check_database
from models import SCHEMA_VERSION
from tests.conftest import CORPUS, ROOT, SEED_TEXT


def doj_records(n: int) -> list[dict]:
    """The first `n` public-domain DOJ releases kept in corpus/, as read from JSON Lines."""
    lines = (CORPUS / "doj_press_releases.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines[:n]]


def short(rec: dict, paragraphs: int = 2) -> dict:
    """A release cut to its first paragraphs: real text, quicker through the pipeline."""
    return {**rec, "text": "\n".join(rec["text"].split("\n")[:paragraphs])}


def write_lines(path, lines: list) -> None:
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n",
                    encoding="utf-8")


def interrupted(items, after: int):
    """The inputs, until a simulated crash after `after` of them."""
    for n, item in enumerate(items):
        if n == after:
            raise RuntimeError("simulated crash")
        yield item


def db_rows(path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def read_jsonl(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]


# 1. One run per output folder.

def test_a_second_run_into_a_busy_output_folder_is_refused(nlp, tmp_path):
    src = tmp_path / "in.jsonl"
    write_lines(src, [short(r) for r in doj_records(6)])
    out = tmp_path / "out"
    parts = out / ".news-extract" / "parts"
    seen: dict = {}

    def first_run_inputs():
        for n, item in enumerate(read_inputs([src])):
            if n == 4:  # the first run has written parts and is still going
                seen["parts"] = {p.name: p.read_bytes() for p in parts.glob("part-*.jsonl")}
                with pytest.raises(OutputLocked) as refused:
                    run_batch(nlp, read_inputs([src]), out, formats=["jsonl"],
                              identity={"inputs": ["another"]})
                seen["message"] = str(refused.value)
                assert {p.name: p.read_bytes() for p in parts.glob("part-*.jsonl")} \
                    == seen["parts"]
            yield item

    summary = run_batch(nlp, first_run_inputs(), out, formats=["jsonl"], batch_size=1,
                        part_size=1)
    assert len(seen["parts"]) >= 2
    assert seen["message"] == (f"{out.resolve()} is in use by another news-extract run "
                               f"(pid {os.getpid()}); wait for it or use another --out")
    assert summary.documents == 6
    assert len(read_jsonl(out / "documents.jsonl")) == 6


def test_a_killed_holder_leaves_no_stale_lock(tmp_path):
    out = tmp_path / "out"
    script = ("import sys, time\nfrom extract.runner import lock_output\n"
              "with lock_output(sys.argv[1]):\n    print('locked', flush=True)\n"
              "    time.sleep(120)")
    holder = subprocess.Popen([sys.executable, "-c", script, str(out)], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(OutputLocked, match=f"pid {holder.pid}"):
            run_batch(None, [], out, formats=["jsonl"])
    finally:
        holder.kill()  # SIGKILL: no clean-up code of the holder runs
        holder.wait()
    summary = run_batch(None, [], out, formats=["jsonl"])  # the OS released the lock
    assert (summary.documents, summary.errors) == (0, 0)
    with lock_output(out):
        pass


# 2. One error row per failed input.

def test_json_lines_errors_of_one_kind_are_one_row_each(nlp, tmp_path):
    recs = [short(r) for r in doj_records(3)]  # every DOJ record has the same "source"
    long_text = {**recs[2], "id": "long", "text": recs[2]["text"] * 100}  # over 20,000
    lines = [recs[0], recs[0], recs[1], recs[0], long_text, {**long_text, "id": "long2"},
             recs[1], "{not json", "{not json either"]
    src = tmp_path / "in.jsonl"
    write_lines(src, lines)
    log = io.StringIO()
    out = tmp_path / "out"
    summary = run_batch(nlp, read_inputs([src]), out, formats=["jsonl", "csv", "sql"],
                        max_chars=20_000, log=log)
    printed = [line for line in log.getvalue().splitlines() if line.startswith("error: ")]
    errors = pd.read_csv(out / "errors.csv")
    assert (summary.documents, summary.errors) == (2, 7)
    assert len(printed) == len(errors) == 7
    assert list(errors.reason.str.split(r" \(|: line").str[0]) == [
        "duplicate document id: same text seen before, skipped"] * 2 + [
        "text too long"] * 2 + ["duplicate document id: same text seen before, skipped",
                                "invalid JSON: Expecting property name enclosed in double quotes",
                                "invalid JSON: Expecting property name enclosed in double quotes"]
    stored = db_rows(out / "news.db", "SELECT position, source, reason FROM errors "
                                      "ORDER BY position")
    assert [p for p, _, _ in stored] == [1, 3, 4, 5, 6, 7, 8]
    assert [(s, r) for _, s, r in stored] == list(zip(errors.source, errors.reason))
    # The same command again: every row exactly once, nothing redone.
    again = run_batch(nlp, read_inputs([src]), out, formats=["jsonl", "csv", "sql"],
                      max_chars=20_000, log=io.StringIO())
    assert (again.documents, again.errors, again.resumed) == (2, 7, 9)
    assert pd.read_csv(out / "errors.csv").equals(errors)
    assert db_rows(out / "news.db", "SELECT count(*) FROM errors") == [(7,)]


@pytest.fixture(scope="module")
def failing_nlp():
    """The project pipeline plus a component that fails on texts mentioning "Attorney"."""
    from spacy.language import Language

    from extract.pipeline import build_pipeline

    @Language.component("test_fails_on_attorney")
    def fails(doc):
        if "Attorney" in doc.text:
            raise ValueError("simulated component failure")
        return doc

    nlp = build_pipeline()
    nlp.add_pipe("test_fails_on_attorney", after="news_people")
    return nlp


def test_two_documents_that_both_fail_are_two_rows_and_resume_keeps_both(failing_nlp,
                                                                         tmp_path):
    recs = [short(r, 4) for r in doj_records(14)]
    failing = [r for r in recs if "Attorney" in r["text"]][:2]
    passing = [r for r in recs if "Attorney" not in r["text"]][:2]
    assert len(failing) == 2 and len(passing) == 2
    src = tmp_path / "in.jsonl"
    write_lines(src, [passing[0], failing[0], failing[1], passing[1]])
    out = tmp_path / "out"
    with pytest.raises(RuntimeError, match="simulated crash"):
        run_batch(failing_nlp, interrupted(read_inputs([src]), 3), out,
                  formats=["jsonl", "csv", "sql"], batch_size=1, part_size=1)
    summary = run_batch(failing_nlp, read_inputs([src]), out, formats=["jsonl", "csv", "sql"],
                        batch_size=1, part_size=1)
    errors = pd.read_csv(out / "errors.csv")
    assert (summary.documents, summary.errors) == (2, 2)
    assert list(errors.document_id) == [failing[0]["id"], failing[1]["id"]]
    assert errors.source.nunique() == 1  # the one source they share
    assert db_rows(out / "news.db", "SELECT position, document_id FROM errors ORDER BY 1") == [
        (1, failing[0]["id"]), (2, failing[1]["id"])]


# 4. Input order, clean or resumed.

def interleaved(tmp_path):
    """Good releases with bad rows between them; no "source" field, so every row's source is
    its line ("in.jsonl:N")."""
    recs = [{k: v for k, v in short(r).items() if k not in ("source", "url")}
            for r in doj_records(7)]
    lines = [recs[0], "{not json", recs[1], {"id": "x", "title": "no text"}, recs[2], recs[3],
             ["a list"], recs[0], recs[4], "{bad", "{bad", recs[5], {"text": " "}, recs[6]]
    src = tmp_path / "in.jsonl"
    write_lines(src, lines)
    return src, [r["id"] for r in recs]


def _line_numbers(errors: pd.DataFrame) -> list[int]:
    return [int(s.rsplit(":", 1)[1]) for s in errors.source]


def test_outputs_are_in_input_order_clean_and_resumed(nlp, tmp_path):
    src, ids = interleaved(tmp_path)
    run = {"formats": ["jsonl", "csv"], "batch_size": 3, "part_size": 2, "log": io.StringIO()}
    clean = tmp_path / "clean"
    run_batch(nlp, read_inputs([src]), clean, **run)
    assert [d["id"] for d in read_jsonl(clean / "documents.jsonl")] == ids
    errors = pd.read_csv(clean / "errors.csv")
    assert _line_numbers(errors) == [2, 4, 7, 8, 10, 11, 13]

    resumed = tmp_path / "resumed"
    with pytest.raises(RuntimeError, match="simulated crash"):
        run_batch(nlp, interrupted(read_inputs([src]), 9), resumed, **run)
    assert list((resumed / ".news-extract" / "parts").glob("part-*.jsonl"))
    summary = run_batch(nlp, read_inputs([src]), resumed, **run)
    assert summary.resumed > 0
    for name in ("documents.jsonl", "errors.csv", "people.csv", "documents.csv"):
        assert (resumed / name).read_bytes() == (clean / name).read_bytes(), name


def test_parallel_workers_keep_input_order_with_bad_rows(tmp_path):
    src, _ = interleaved(tmp_path)
    seqs = [seq for seq, _ in extract_numbered(None, read_inputs([src]), batch_size=2,
                                               workers=2)]
    assert seqs == list(range(14))


# 5. Temporary files and file modes.

def test_a_run_removes_the_temporary_files_of_killed_runs(nlp, tmp_path):
    out = tmp_path / "out"
    (out / "aggregates").mkdir(parents=True)
    (out / "parquet" / ".people.tmp").mkdir(parents=True)
    (out / "parquet" / ".people.tmp" / "part-00000.parquet").write_bytes(b"x" * 1000)
    stale = [out / ".documents.jsonl.k2j3h4.tmp", out / ".people.csv.tmp",
             out / ".news.db.tmp", out / ".news.db.tmp-journal",
             out / "aggregates" / ".organisation_activity.csv.a1b2c3.tmp"]
    for path in stale:
        path.write_bytes(b"left by a kill -9")
    kept = [out / "notes.txt", out / ".hidden"]
    for path in kept:
        path.write_text("the user's", encoding="utf-8")
    src = tmp_path / "seed.txt"
    src.write_text(SEED_TEXT, encoding="utf-8")
    run_batch(nlp, read_inputs([src]), out, formats=["jsonl", "csv", "parquet", "sql"])
    assert not any(p.exists() for p in stale)
    assert not (out / "parquet" / ".people.tmp").exists()
    assert all(p.read_text(encoding="utf-8") == "the user's" for p in kept)
    assert sorted(p.name for p in out.rglob(".*") if ".tmp" in p.name) == []


def test_outputs_get_the_mode_open_would_give_them(nlp, tmp_path):
    previous = os.umask(0o022)
    try:
        src = tmp_path / "seed.txt"
        src.write_text(SEED_TEXT, encoding="utf-8")
        out = tmp_path / "out"
        run_batch(nlp, read_inputs([src]), out, formats=["jsonl", "csv"])
        for path in [out / "documents.jsonl", out / "documents.csv",
                     *(out / "aggregates").glob("*.csv")]:
            assert stat.S_IMODE(path.stat().st_mode) == 0o644, path
        os.umask(0o027)
        with atomic_write(tmp_path / "group.txt") as fh:
            fh.write("x")
        assert stat.S_IMODE((tmp_path / "group.txt").stat().st_mode) == 0o640
    finally:
        os.umask(previous)


# 3. The database mirrors the run; an external one accumulates unless pruned.

def _doc_ids(db) -> set[str]:
    return {i for (i,) in db_rows(db, "SELECT document_id FROM documents")}


def test_the_runs_own_database_holds_exactly_the_runs_documents(nlp, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    recs = [short(r) for r in doj_records(3)]
    for n, rec in enumerate(recs):
        (inputs / f"r{n}.txt").write_text(rec["text"], encoding="utf-8")
    out = tmp_path / "out"
    run_batch(nlp, read_inputs([inputs]), out, formats=["jsonl", "sql"])
    first = _doc_ids(out / "news.db")
    assert len(first) == 3
    (inputs / "r0.txt").unlink()  # a removed input
    (inputs / "r1.txt").write_text(recs[1]["text"] + "\nUpdated.", encoding="utf-8")  # edited
    run_batch(nlp, read_inputs([inputs]), out, formats=["jsonl", "sql"])
    now = {d["id"] for d in read_jsonl(out / "documents.jsonl")}
    assert _doc_ids(out / "news.db") == now and len(now) == 2 and len(now & first) == 1
    for table in ("people", "organisations", "mentions"):
        assert {i for (i,) in db_rows(out / "news.db",
                                      f"SELECT DISTINCT document_id FROM {table}")} <= now


def query(url: str, sql: str) -> list[tuple]:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(sa.text(sql))]
    engine.dispose()
    return rows


def test_an_external_database_accumulates_and_prune_keeps_one_run(nlp, tmp_path, db_url):
    recs = [short(r) for r in doj_records(4)]
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write_lines(a, recs[:2] + ["{bad"])
    write_lines(b, recs[2:] + ["{bad"])
    for src, out in ((a, "out_a"), (b, "out_b")):
        run_batch(nlp, read_inputs([src]), tmp_path / out, formats=["sql"], db=db_url,
                  log=io.StringIO())
    ids = {i for (i,) in query(db_url, "SELECT document_id FROM documents")}
    assert ids == {r["id"] for r in recs}
    assert sorted(query(db_url, "SELECT source, position FROM errors")) == [
        (f"{a}:3", 2), (f"{b}:3", 2)]
    # The same run again: its error row is replaced, not doubled.
    run_batch(nlp, read_inputs([b]), tmp_path / "out_b", formats=["sql"], db=db_url,
              log=io.StringIO())
    assert query(db_url, "SELECT count(*) FROM errors") == [(2,)]
    run_batch(nlp, read_inputs([b]), tmp_path / "out_b", formats=["sql"], db=db_url, prune=True,
              log=io.StringIO())
    ids = {i for (i,) in query(db_url, "SELECT document_id FROM documents")}
    assert ids == {r["id"] for r in recs[2:]}
    assert query(db_url, "SELECT source, run FROM errors") == [
        (f"{b}:3", str((tmp_path / "out_b").resolve()))]
    people = {i for (i,) in query(db_url, "SELECT DISTINCT document_id FROM people")}
    assert people and people <= ids


def test_changing_only_the_database_resumes(nlp, tmp_path):
    src = tmp_path / "in.jsonl"
    write_lines(src, [short(r) for r in doj_records(3)])
    out = tmp_path / "out"
    run_batch(nlp, read_inputs([src]), out, formats=["sql"], db=f"sqlite:///{tmp_path / 'x.db'}")
    again = run_batch(nlp, read_inputs([src]), out, formats=["sql"],
                      db=f"sqlite:///{tmp_path / 'y.db'}")
    assert again.resumed == 3 and again.documents == 3
    assert _doc_ids(tmp_path / "y.db") == _doc_ids(tmp_path / "x.db")
    assert "db" not in json.loads((out / ".news-extract" / "run.json").read_text())


def test_parts_of_another_pipeline_are_not_resumed(nlp, tmp_path, monkeypatch):
    """An upgrade or an edited rule between two runs into one folder: the second run redoes
    every document instead of mixing two pipelines' records."""
    import extract.runner

    src = tmp_path / "in.jsonl"
    write_lines(src, [short(r) for r in doj_records(3)])
    out = tmp_path / "out"
    run_batch(nlp, read_inputs([src]), out, formats=["jsonl"])
    same = run_batch(nlp, read_inputs([src]), out, formats=["jsonl"])
    assert same.resumed == 3
    monkeypatch.setattr(extract.runner, "pipeline_fingerprint", lambda: "another pipeline")
    other = run_batch(nlp, read_inputs([src]), out, formats=["jsonl"])
    assert other.resumed == 0 and other.documents == 3
    assert json.loads((out / ".news-extract" / "run.json").read_text())["pipeline"] \
        == "another pipeline"


def test_the_pipeline_fingerprint_follows_the_files_not_their_caches(tmp_path):
    from extract.resume import source_fingerprint

    root = tmp_path / "pkg"
    (root / "sub").mkdir(parents=True)
    (root / "rules.py").write_text("WORDS = {'chief'}\n")
    (root / "sub" / "weights.json").write_text("[0.5]")
    first = source_fingerprint([root])
    (root / "__pycache__").mkdir()
    (root / "__pycache__" / "rules.cpython-311.pyc").write_bytes(b"\0compiled")
    assert source_fingerprint([root]) == first
    (root / "sub" / "weights.json").write_text("[0.6]")
    assert source_fingerprint([root]) != first
    (root / "sub" / "weights.json").write_text("[0.5]")
    assert source_fingerprint([root]) == first
    (root / "sub" / "weights.json").rename(root / "weights.json")  # same bytes, other place
    assert source_fingerprint([root]) != first


def test_an_errors_table_of_an_earlier_version_is_replaced(nlp, tmp_path):
    db_file = tmp_path / "old.db"
    with sqlite3.connect(db_file) as conn:  # the shape earlier versions created
        conn.execute("CREATE TABLE news_extract_schema (schema_version VARCHAR(16))")
        conn.execute("INSERT INTO news_extract_schema VALUES (?)", (SCHEMA_VERSION,))
        conn.execute("CREATE TABLE errors (error_id INTEGER PRIMARY KEY, source TEXT, "
                     "reason TEXT, document_id TEXT)")
        conn.execute("INSERT INTO errors (source, reason) VALUES ('x', 'y')")
    src = tmp_path / "in.jsonl"
    write_lines(src, [short(doj_records(1)[0]), "{bad", "{bad"])
    summary = run_batch(nlp, read_inputs([src]), tmp_path / "out", formats=["sql"],
                        db=f"sqlite:///{db_file}", log=io.StringIO())
    assert summary.errors == 2
    assert db_rows(db_file, "SELECT position FROM errors ORDER BY 1") == [(1,), (2,)]


# 7. The CLI's preflight of a database.

def test_check_database_accepts_a_usable_database_and_leaves_nothing(db_url, tmp_path):
    check_database(db_url)
    if db_url.startswith("sqlite"):
        assert not (tmp_path / "news.db").exists()  # the run creates the file, not the check
        with sqlite3.connect(tmp_path / "news.db") as conn:
            conn.execute("CREATE TABLE kept (x)")
        check_database(db_url)  # an existing database file
    engine = sa.create_engine(db_url)
    names = sa.inspect(engine).get_table_names()
    engine.dispose()
    assert names == (["kept"] if db_url.startswith("sqlite") else [])


@pytest.mark.parametrize("url, expected", [
    ("sqlite:///{tmp}/missing/news.db", "folder {tmp}/missing does not exist"),
    ("sqlite:///{tmp}/file.txt/news.db", "folder {tmp}/file.txt does not exist"),
    ("sqlite:///{tmp}/file.txt",
     "cannot connect and create a table: DatabaseError: file is not a database"),
    ("postgresql+psycopg://news:s3cret@127.0.0.1:9/news", "cannot connect and create a table"),
    ("no-such-scheme://x", "not a database URL"),
])
def test_check_database_says_in_one_line_what_failed(tmp_path, url, expected):
    (tmp_path / "file.txt").write_text("not a database, " * 200, encoding="utf-8")
    url = url.format(tmp=tmp_path)
    with pytest.raises(DatabaseUnavailable) as failed:
        check_database(url, timeout=2)
    message = str(failed.value)
    assert expected.format(tmp=tmp_path) in message
    assert "\n" not in message and "s3cret" not in message
    if url.startswith("postgresql"):
        assert "postgresql+psycopg://news:***@127.0.0.1:9/news" in message



# 8. Output formats are writers: each gets every chunk, a failing one leaves nothing behind.

def _probe_writer(fail_at: int | None = None):
    """A format registered for one test: records what it is handed, or fails at chunk N."""
    from typing import ClassVar

    from extract.writers import Writer

    class Probe(Writer):
        name = "probe"
        tables = True
        seen: ClassVar[list] = []

        def open(self, out_dir, options):
            self.path, self.chunks = out_dir / "probe.txt", []
            Probe.seen.append(self)

        def write(self, chunk):
            if fail_at is not None and len(self.chunks) == fail_at:
                raise OSError("disk full (simulated)")
            self.chunks.append(chunk)

        def close(self):
            self.path.write_text("closed", encoding="utf-8")
            return [self.path]

    return Probe


def test_a_registered_writer_gets_every_result_in_input_order_with_tables(nlp, tmp_path,
                                                                          monkeypatch):
    from extract.writers import REGISTRY

    probe = _probe_writer()
    monkeypatch.setitem(REGISTRY, "probe", probe)
    src, ids = interleaved(tmp_path)
    summary = run_batch(nlp, read_inputs([src]), tmp_path / "out", formats=["probe"],
                        chunk_size=4, log=io.StringIO())
    (writer,) = probe.seen
    assert [len(c.entries) for c in writer.chunks] == [4, 4, 4, 2]
    assert [seq for c in writer.chunks for seq, _ in c.entries] == list(range(14))
    assert [d.id for c in writer.chunks for d in c.documents] == ids
    assert sum(len(c.frames["people"]) for c in writer.chunks) == sum(
        len(d.people) for c in writer.chunks for d in c.documents) > 0
    assert [p for c in writer.chunks for p in c.error_positions] == [1, 3, 6, 7, 9, 10, 12]
    assert (tmp_path / "out" / "probe.txt").read_text(encoding="utf-8") == "closed"
    # errors.csv is written whatever the formats; no other format was asked for.
    assert len(pd.read_csv(tmp_path / "out" / "errors.csv")) == summary.errors == 7
    assert not (tmp_path / "out" / "documents.jsonl").exists()
    assert not (tmp_path / "out" / "people.csv").exists()


def test_a_failing_writer_leaves_no_output_and_the_rerun_resumes(nlp, tmp_path, monkeypatch):
    from extract.writers import REGISTRY

    monkeypatch.setitem(REGISTRY, "probe", _probe_writer(fail_at=1))
    src, ids = interleaved(tmp_path)
    out = tmp_path / "out"
    every = ["jsonl", "csv", "parquet", "sql"]
    with pytest.raises(OSError, match="disk full"):
        run_batch(nlp, read_inputs([src]), out, formats=[*every, "probe"], chunk_size=4,
                  log=io.StringIO())
    left = sorted(str(p.relative_to(out)) for p in out.rglob("*")
                  if p.is_file() and ".news-extract" not in p.parts)
    assert left == []  # no output half-written, no temporary file
    monkeypatch.delitem(REGISTRY, "probe")
    summary = run_batch(nlp, read_inputs([src]), out, formats=every, chunk_size=4,
                        log=io.StringIO())
    assert summary.resumed == 0  # other formats: not a resume, but the same documents
    assert [d["id"] for d in read_jsonl(out / "documents.jsonl")] == ids
    assert db_rows(out / "news.db", "SELECT count(*) FROM documents") == [(len(ids),)]


def test_an_unknown_format_is_refused_before_any_extraction(tmp_path):
    def inputs():
        raise AssertionError("read before the formats were checked")
        yield

    with pytest.raises(ValueError, match="unknown format xml; choose from jsonl, csv"):
        run_batch(None, inputs(), tmp_path / "out", formats=["jsonl", "xml"])
    assert not (tmp_path / "out").exists()
