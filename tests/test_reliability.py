"""A hostile corpus and a killed run: every input ends as one record or one error row."""
import gzip
import json
import os
import signal
import subprocess
import sys
import time

import pandas as pd

from extract.readers import read_inputs
from extract.runner import run_batch
from tests.conftest import CORPUS, ROOT, SEED_TEXT


def hostile_corpus(root):
    """Every kind of bad input beside two good ones; returns the number of inputs."""
    root.mkdir()
    (root / "good.txt").write_text(SEED_TEXT, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.md").write_text(" \n\t \n", encoding="utf-8")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (root / "latin1.txt").write_bytes("Réunion à Genève, le 3 mars 2021.".encode("latin-1"))
    (root / "utf16.txt").write_bytes(("Agency report\n\n" + SEED_TEXT[:400]).encode("utf-16"))
    (root / "huge.txt").write_text("word " * 1_100_000, encoding="utf-8")  # 5.5 MB, one line
    (root / "broken.html").write_text("<html><body><div><p>Unclosed <b>tags <i>and no text",
                                      encoding="utf-8")
    one_line = json.dumps({"text": SEED_TEXT * 3}).encode("utf-8") + b"\n"
    (root / "truncated.jsonl.gz").write_bytes(gzip.compress(one_line)[:200])
    (root / "lines.jsonl").write_text("\n".join([
        json.dumps({"id": "dup", "text": "The Agency will publish its plan next month."}),
        "{not json",
        json.dumps({"id": "dup", "text": "Another text under the same id."}),
        json.dumps({"id": "notext", "title": "no body"}),
        json.dumps(["a", "list"]),
    ]) + "\n", encoding="utf-8")
    loop = root / "loop"
    loop.mkdir()
    (loop / "self").symlink_to(loop)
    # good, empty, blank, binary, latin1, utf16, huge, broken, truncated, 5 lines, the loop
    return 15


def test_hostile_corpus_every_input_once(nlp, tmp_path):
    n_inputs = hostile_corpus(tmp_path / "in")
    summary = run_batch(nlp, read_inputs([tmp_path / "in"]), tmp_path / "out",
                        formats=["jsonl", "csv"])
    docs = [json.loads(line) for line in
            (tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    errors = pd.read_csv(tmp_path / "out" / "errors.csv")
    assert summary.documents == len(docs) and summary.errors == len(errors)
    assert len(docs) + len(errors) == n_inputs
    assert len({d["id"] for d in docs}) == len(docs)
    reasons = " / ".join(errors.reason)
    for expected in ["empty input", "binary file", "text too long",
                     "cannot read file", "invalid JSON", "different text", "has no text",
                     "not an object", "symlink loop"]:
        assert expected in reasons, expected
    assert any(d["text"].startswith("Agency report") for d in docs)  # UTF-16 with BOM is read
    assert any(d["text"] == "Réunion à Genève, le 3 mars 2021." and d["encoding"] == "cp1252"
               for d in docs)  # Latin-1 is decoded (as Windows-1252, which reads it the same)


def _run_cmd(inputs, out, *extra):
    return [sys.executable, "-m", "extract", "run", str(inputs), "--out", str(out),
            "--format", "jsonl,csv", "--batch-size", "2", *extra]


def test_killed_run_resumes_with_every_document_exactly_once(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for n, line in enumerate((CORPUS / "doj_press_releases.jsonl").read_text(
            encoding="utf-8").splitlines()):
        (inputs / f"r{n:02d}.jsonl").write_text(line + "\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen(_run_cmd(inputs, out, "--part-size", "2"), cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    parts = out / ".news-extract" / "parts"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(parts.glob("part-*.jsonl"))) < 2:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = len(list(parts.glob("part-*.jsonl")))
    assert 2 <= done_before < 7, "the run must be killed mid-batch"
    assert not (out / "documents.jsonl").exists()

    rerun = subprocess.run(_run_cmd(inputs, out, "--part-size", "2"), cwd=ROOT,
                           capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert "done by an earlier run" in rerun.stdout
    clean = subprocess.run(_run_cmd(inputs, tmp_path / "clean"), cwd=ROOT,
                           capture_output=True, text=True)
    assert clean.returncode == 0, clean.stderr
    resumed = (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    expected = (tmp_path / "clean" / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert resumed == expected
    ids = [json.loads(line)["id"] for line in resumed]
    assert len(ids) == len(set(ids)) == 14
    people = pd.read_csv(out / "people.csv")
    assert people.equals(pd.read_csv(tmp_path / "clean" / "people.csv"))


def test_a_component_failure_is_an_error_row_and_the_batch_goes_on(tmp_path):
    from spacy.language import Language

    from extract.pipeline import build_pipeline
    from tests.conftest import doj_release

    @Language.component("test_fails_on_washington")
    def fails(doc):
        if doc.text.startswith("WASHINGTON"):
            raise IndexError("simulated component failure")
        return doc

    nlp = build_pipeline()
    nlp.add_pipe("test_fails_on_washington", after="news_people")
    rec = doj_release("doj-opa-11293")  # starts with WASHINGTON
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(rec) + "\n" + json.dumps({"id": "seed", "text": SEED_TEXT})
                   + "\n", encoding="utf-8")
    summary = run_batch(nlp, read_inputs([src]), tmp_path / "out", formats=["jsonl", "csv"],
                        batch_size=4)
    errors = pd.read_csv(tmp_path / "out" / "errors.csv")
    assert summary.documents == 1 and summary.errors == 1
    assert errors.loc[0, "document_id"] == "doj-opa-11293"
    assert "simulated component failure" in errors.loc[0, "reason"]
    # Run again: nothing is duplicated, the failed document is retried and fails once more.
    again = run_batch(nlp, read_inputs([src]), tmp_path / "out", formats=["jsonl", "csv"],
                      batch_size=4)
    assert (again.documents, again.errors) == (1, 1)


def test_a_document_over_the_time_limit_is_an_error_row(tmp_path):
    from spacy.language import Language

    from extract.pipeline import build_pipeline
    from tests.conftest import doj_release

    @Language.component("test_slow_on_washington")
    def slow(doc):
        if doc.text.startswith("WASHINGTON"):
            time.sleep(5)
        return doc

    nlp = build_pipeline()
    nlp.add_pipe("test_slow_on_washington", last=True)
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(doj_release("doj-opa-11293")) + "\n"
                   + json.dumps({"id": "seed", "text": SEED_TEXT}) + "\n", encoding="utf-8")
    started = time.monotonic()
    summary = run_batch(nlp, read_inputs([src]), tmp_path / "out", formats=["jsonl"],
                        doc_timeout=1.0)
    assert time.monotonic() - started < 10
    errors = pd.read_csv(tmp_path / "out" / "errors.csv")
    assert (summary.documents, summary.errors) == (1, 1)
    assert errors.loc[0, "reason"] == "exceeded the time limit of 1 s"
