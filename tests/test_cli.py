"""The default job end to end: CSV tables that join, the gold export, errors and exit codes."""
import json
import subprocess
import sys

import pandas as pd
import pytest

from extract.cli import main
from extract.readers import read_inputs
from extract.runner import run_batch
from extract.tables import columns
from models import SCHEMA_VERSION, Document, Person, Role
from tests.conftest import CORPUS, ROOT, SEED_TEXT, SHARED

TABLES = ["documents", "people", "organisations", "roles", "dates", "actions", "mentions",
          "errors"]


@pytest.fixture(scope="module")
def corpus_run(nlp, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    summary = run_batch(nlp, read_inputs([CORPUS]), out, formats=["jsonl", "csv", "gold"])
    return out, summary


def test_every_table_is_written_and_ids_join(corpus_run):
    out, summary = corpus_run
    frames = {t: pd.read_csv(out / f"{t}.csv", keep_default_na=False) for t in TABLES}
    assert summary.documents == 16 and summary.errors == 0
    assert len(frames["documents"]) == 16 and frames["errors"].empty
    doc_ids = set(frames["documents"].document_id)
    for table in ["people", "organisations", "roles", "dates", "actions", "mentions"]:
        assert len(frames[table]) > 0, table
        assert set(frames[table].document_id) <= doc_ids, table
    people = set(zip(frames["people"].document_id, frames["people"].person_id))
    orgs = set(zip(frames["organisations"].document_id, frames["organisations"].organisation_id))
    roles = frames["roles"]
    assert set(zip(roles.document_id, roles.person_id)) <= people
    with_org = roles[roles.organisation_id != ""]
    assert set(zip(with_org.document_id, with_org.organisation_id)) <= orgs
    # Every mention row points at an item of its kind and quotes the text exactly.
    texts = dict(zip(frames["documents"].document_id, frames["documents"].text))
    for row in frames["mentions"].itertuples():
        assert texts[row.document_id][row.start:row.end] == row.text


def test_columns_come_from_the_schema(corpus_run):
    out, _ = corpus_run
    people = pd.read_csv(out / "people.csv", nrows=0).columns.tolist()
    # The schema's columns, then the corpus-level entity.
    assert people == ["document_id", "person_id"] + columns(Person)[1:] + ["entity_id",
                                                                            "entity_name"]
    roles = pd.read_csv(out / "roles.csv", nrows=0).columns.tolist()
    assert roles[: len(columns(Role)) + 1] == ["document_id", "role_id"] + columns(Role)[1:]
    assert "evidence_start" in roles and "person" in roles


def test_documents_jsonl_round_trips_through_the_schema(corpus_run):
    out, _ = corpus_run
    lines = (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    docs = [Document.model_validate_json(line) for line in lines]
    assert len(docs) == 16
    assert all(d.schema_version == SCHEMA_VERSION for d in docs)


def test_gold_export_is_scored_by_the_shared_scorer(corpus_run, tmp_path):
    out, _ = corpus_run
    gold = [json.loads(line) for line in (out / "gold.jsonl").read_text().splitlines()]
    seed = next(g for g in gold if g["text"].startswith("EU CBRN CoE Initiative"))
    assert {"id", "people", "organisations", "dates", "actions"} <= set(seed)
    scorer = SHARED / "eval" / "score.py"
    gold_file = SHARED / "gold" / "seed.jsonl"
    if not scorer.exists():
        pytest.skip("../shared/eval/score.py is not here")
    # The gold file itself is valid input; its annotations are ignored.
    run_dir = tmp_path / "seed"
    assert main(["run", str(gold_file), "--out", str(run_dir), "--format", "gold"]) == 0
    result = subprocess.run([sys.executable, str(scorer), str(gold_file),
                             str(run_dir / "gold.jsonl"), "--json"],
                            capture_output=True, text=True, check=True)
    scores = json.loads(result.stdout)
    assert scores["missing_predictions"] == []
    assert scores["overall"] > 0.35  # the stock-spaCy peer
    for field in ["people", "organisations", "roles_with_org", "dates_value", "actions"]:
        assert scores[field]["f1"] > 0, field


def test_bad_inputs_give_error_rows_and_exit_code_1(tmp_path, capsys):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "good.txt").write_text(SEED_TEXT, encoding="utf-8")
    (inputs / "lines.jsonl").write_text('{"id": "a"}\n', encoding="utf-8")
    code = main(["run", str(inputs), "--out", str(tmp_path / "out")])
    captured = capsys.readouterr()
    assert code == 1
    assert "error: " in captured.err and "empty input" in captured.err
    errors = pd.read_csv(tmp_path / "out" / "errors.csv")
    assert sorted(errors.reason) == ["JSON object has no text", "empty input"]
    assert len(pd.read_csv(tmp_path / "out" / "documents.csv")) == 1
    assert "1 documents read, 2 errors" in captured.out


def test_duplicate_ids_and_oversized_texts_are_recorded(nlp, tmp_path):
    src = tmp_path / "dup.jsonl"
    src.write_text("\n".join(json.dumps({"id": "same", "text": t}) for t in
                             [SEED_TEXT, SEED_TEXT, "Another text."]) + "\n", encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_text("word " * 5000, encoding="utf-8")
    summary = run_batch(nlp, read_inputs([src, big]), tmp_path / "out", max_chars=20_000)
    errors = pd.read_csv(tmp_path / "out" / "errors.csv")
    assert summary.documents == 1 and summary.errors == 3
    assert any("same text seen before" in r for r in errors.reason)
    assert any("different text" in r for r in errors.reason)
    assert any("text too long" in r for r in errors.reason)


def test_missing_model_is_one_clear_line(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "extract", "run", str(CORPUS), "--out", str(tmp_path),
         "--model", "xx_no_such_model"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "xx_no_such_model" in result.stderr and "not installed" in result.stderr


def test_schema_command_prints_versioned_json_schema(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$id"].endswith(f"/{SCHEMA_VERSION}")
    assert {"people", "organisations", "roles", "dates", "actions"} <= set(schema["properties"])


def test_two_workers_give_the_same_records_in_the_same_order(nlp, corpus_run, tmp_path):
    out, _ = corpus_run
    run_batch(None, read_inputs([CORPUS]), tmp_path, formats=["jsonl"], workers=2,
              batch_size=4)
    one = (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    two = (tmp_path / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert two == one


def test_dask_engine_on_a_local_cluster_gives_the_local_records(corpus_run, tmp_path):
    pytest.importorskip("distributed", reason="dask[distributed] is in the test extras")
    out, _ = corpus_run
    summary = run_batch(None, read_inputs([CORPUS]), tmp_path, formats=["jsonl", "parquet"],
                        engine="dask", workers=2, batch_size=4)
    assert summary.documents == 16 and summary.errors == 0
    local = (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    dask = (tmp_path / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert dask == local
    assert pd.read_parquet(tmp_path / "parquet" / "people").shape[0] == \
        pd.read_csv(out / "people.csv").shape[0]


def test_missing_model_with_workers_is_one_clear_line_too(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "extract", "run", str(CORPUS), "--out", str(tmp_path),
         "--model", "xx_no_such_model", "--workers", "2"], capture_output=True, text=True,
        cwd=ROOT)
    assert result.returncode == 2
    assert "xx_no_such_model" in result.stderr and result.stderr.strip().count("\n") == 0


UK_RELEASE = ("Council sets out spending plans\n\nLondon, 03/04/2021\n\n"
              "The council will publish its budget on 05/06/2021.\n")


@pytest.mark.parametrize("workers", [1, 2])
def test_day_first_reads_numeric_dates_day_first_in_every_process(tmp_path, capsys, workers):
    """A London release's "03/04/2021" is 3 April with --day-first, also in worker processes
    (they build the pipeline from the same settings)."""
    src = tmp_path / "uk.txt"
    src.write_text(UK_RELEASE, encoding="utf-8")

    def run(out: str, *flags: str) -> dict:
        assert main(["run", str(src), "--out", str(tmp_path / out), "--format", "jsonl",
                     "--no-report", "--workers", str(workers), *flags]) == 0
        return json.loads((tmp_path / out / "documents.jsonl").read_text(encoding="utf-8"))

    us, uk = run("us"), run("uk", "--day-first")
    assert (us["published"], uk["published"]) == ("2021-03-04", "2021-04-03")
    assert [d["start"] for d in uk["dates"]] == ["2021-04-03", "2021-06-05"]
    same = run("set", "--set", "news_dates.day_first=true",
               "--set", "news_metadata.day_first=true")
    assert same["dates"] == uk["dates"]


def test_a_setting_of_no_component_or_key_is_a_setup_error(tmp_path, capsys):
    src = tmp_path / "uk.txt"
    src.write_text(UK_RELEASE, encoding="utf-8")
    for setting in ("news_dates.nope=1", "nothing.day_first=true", "day_first"):
        try:  # a malformed value is an argparse error (SystemExit), a wrong key a setup error
            code = main(["run", str(src), "--out", str(tmp_path / "o"), "--set", setting])
        except SystemExit as exit_:
            code = exit_.code
        assert code == 2, setting
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("news-extract: "), err
