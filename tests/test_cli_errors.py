"""Every failure of the command line is one line on stderr and an exit code a script can use:
checked before extracting where it can be known, mapped at the top where it cannot."""
import errno
import gzip
import itertools
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from extract import __version__
from extract.cli import build_parser, describe_failure, main, written_lines
from extract.preflight import check_database
from models import SCHEMA_VERSION
from tests.conftest import CORPUS, ROOT, SEED_TEXT, SHARED, postgres_url

NEWS_EXTRACT = Path(sys.executable).parent / "news-extract"
SEED = CORPUS / "seed-eu-cbrn-coe-2021-11-25.txt"
DOJ = SHARED / "data" / "doj_press_releases" / "doj_press_releases.jsonl.gz"


def one_line(err: str) -> str:
    """The single line a failure prints (fails the test if there is more)."""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("news-extract: ") and "; " in lines[0], lines[0]
    assert "Traceback" not in err
    return lines[0]


def run_main(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# --- flags ------------------------------------------------------------------------------------

@pytest.mark.parametrize("flag, value", [
    ("--workers", "0"), ("--workers", "-2"), ("--workers", "two"), ("--batch-size", "0"),
    ("--part-size", "0"), ("--doc-timeout", "-1"), ("--doc-timeout", "nan"),
    ("--max-chars", "-5"),
])
def test_a_bad_flag_value_is_a_usage_error_in_one_line(capsys, tmp_path, flag, value):
    with pytest.raises(SystemExit) as exit_info:
        main(["run", str(SEED), "--out", str(tmp_path / "out"), flag, value])
    assert exit_info.value.code == 2
    line = one_line(capsys.readouterr().err)
    assert f"argument {flag}" in line and "news-extract run --help" in line
    assert not (tmp_path / "out").exists()


def test_version_names_the_package_and_the_schema(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"news-extract {__version__} (schema {SCHEMA_VERSION})"


def test_every_option_has_help_and_the_exit_codes_are_documented(capsys):
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    for name, sub in commands.items():
        for action in sub._actions:
            assert action.help, f"{name} {action.option_strings or action.dest} has no help"
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    usage = capsys.readouterr().out
    for code in ["0 ", "1 ", "2 ", "3 ", "130 "]:
        assert f"\n  {code}" in usage, code
    assert "--prune" in usage and "--debug" in usage


# --- checked before extracting ----------------------------------------------------------------

def test_a_missing_input_stops_before_anything_is_written(capsys, tmp_path):
    code, _, err = run_main(capsys, "run", str(SEED), str(tmp_path / "no-such.jsonl"),
                            "--out", str(tmp_path / "out"))
    assert code == 2
    assert "no-such.jsonl does not exist" in one_line(err)
    assert not (tmp_path / "out").exists()


def test_out_naming_a_file_is_a_setup_error(capsys, tmp_path):
    taken = tmp_path / "outputs.csv"
    taken.write_text("a,b\n", encoding="utf-8")
    code, _, err = run_main(capsys, "run", str(SEED), "--out", str(taken))
    assert code == 2 and "is a file, not a folder" in one_line(err)
    code, _, err = run_main(capsys, "run", str(SEED), "--out", str(taken / "sub"))
    assert code == 2 and f"{taken} is a file" in one_line(err)
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "documents.jsonl").write_text("", encoding="utf-8")
    code, _, err = run_main(capsys, "report", str(tmp_path / "run"), "--out", str(taken))
    assert code == 2 and "is a file, not a folder" in one_line(err)
    assert taken.read_text(encoding="utf-8") == "a,b\n"


def _read_only_folder(tmp_path: Path) -> Path:
    """A folder this process cannot write: chmod where that binds, else (as root, where
    permission bits do not stop writes) /sys, which is read-only to everyone."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        (folder / "probe").write_text("x")
    except PermissionError:
        return folder
    (folder / "probe").unlink()
    folder.chmod(0o755)
    try:
        (Path("/sys") / "news-extract-probe").write_text("x")
    except OSError:
        return Path("/sys")
    pytest.skip("no folder here refuses writes to this user")


def test_an_unwritable_output_folder_is_found_before_extraction(capsys, tmp_path):
    folder = _read_only_folder(tmp_path)
    code, _, err = run_main(capsys, "run", str(SEED), "--out", str(folder / "out"))
    assert code == 2
    line = one_line(err)
    assert f"cannot write to the output folder {folder / 'out'}" in line
    assert "choose another --out" in line


def test_an_unreachable_database_fails_first_with_its_password_masked(capsys, tmp_path):
    url = "postgresql+psycopg://news:s3cret@127.0.0.1:1/news"  # nothing listens on port 1
    code, _, err = run_main(capsys, "run", str(SEED), "--out", str(tmp_path / "out"),
                            "--db", url)
    assert code == 2
    line = one_line(err)
    assert "cannot connect to the database postgresql+psycopg://news:***@127.0.0.1:1/news" in line
    assert "s3cret" not in err and "server is running" in line
    assert not (tmp_path / "out" / ".news-extract").exists()  # nothing was extracted


def test_a_database_that_cannot_be_written_fails_first(capsys, tmp_path):
    code, _, err = run_main(capsys, "run", str(SEED), "--out", str(tmp_path / "out"),
                            "--db", f"sqlite:///{tmp_path}/missing/news.db")
    assert code == 2 and "folder of the SQLite database" in one_line(err)
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("these are notes, not a database\n" * 10, encoding="utf-8")
    code, _, err = run_main(capsys, "run", str(SEED), "--out", str(tmp_path / "out"),
                            "--db", f"sqlite:///{not_a_db}")
    assert code == 2 and "file is not a database" in one_line(err)
    code, _, err = run_main(capsys, "run", str(SEED), "--out", str(tmp_path / "out"),
                            "--db", "not a url")
    assert code == 2 and "is not a database URL" in one_line(err)
    assert not (tmp_path / "out" / ".news-extract").exists()


def test_postgres_passes_the_check_untouched_and_a_user_who_cannot_create_tables_fails(
        capsys, tmp_path):
    url = postgres_url()
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        before = sorted(sa.inspect(conn).get_table_names())
        conn.execute(sa.text("DROP ROLE IF EXISTS news_extract_reader"))
        conn.execute(sa.text("CREATE ROLE news_extract_reader LOGIN PASSWORD 'hunter2'"))
        conn.execute(sa.text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
    check_database(url)
    with engine.connect() as conn:
        assert sorted(sa.inspect(conn).get_table_names()) == before  # no scratch table left
    reader = make_url(url).set(username="news_extract_reader", password="hunter2")
    code, _, err = run_main(capsys, "run", str(SEED), "--out", str(tmp_path / "out"), "--db",
                            reader.render_as_string(hide_password=False))
    with engine.begin() as conn:
        conn.execute(sa.text("DROP ROLE news_extract_reader"))
    engine.dispose()
    assert code == 2
    line = one_line(err)
    assert "cannot write to the database postgresql+psycopg://news_extract_reader:***@" in line
    assert "hunter2" not in err and not (tmp_path / "out" / ".news-extract").exists()


def test_a_database_of_another_schema_version_is_refused_before_extraction(capsys, tmp_path):
    old = tmp_path / "old.db"
    with sqlite3.connect(old) as conn:
        conn.execute("CREATE TABLE documents (document_id VARCHAR(255) PRIMARY KEY)")
        conn.execute("CREATE TABLE news_extract_schema (schema_version VARCHAR(16))")
        conn.execute("INSERT INTO news_extract_schema VALUES ('0.9')")
    code, _, err = run_main(capsys, "run", str(SEED), "--out", str(tmp_path / "out"),
                            "--db", f"sqlite:///{old}")
    assert code == 2
    assert f"holds news-extract tables of schema 0.9, this is schema {SCHEMA_VERSION}" \
        in one_line(err)
    assert not (tmp_path / "out" / ".news-extract").exists()


def test_a_folder_that_is_not_a_model_is_a_setup_error(capsys, tmp_path):
    (tmp_path / "model").mkdir()
    code, _, err = run_main(capsys, "run", str(SEED), "--out", str(tmp_path / "out"),
                            "--model", str(tmp_path / "model"), "--workers", "2")
    assert code == 2 and "not a spaCy model folder" in one_line(err)


def test_flags_that_contradict_each_other_are_setup_errors(capsys, tmp_path):
    out = str(tmp_path / "out")
    code, _, err = run_main(capsys, "run", str(SEED), "--out", out, "--scheduler", "tcp://x:1")
    assert code == 2 and "--scheduler needs --engine dask" in one_line(err)
    code, _, err = run_main(capsys, "run", str(SEED), "--out", out, "--format", "csv", "--prune")
    assert code == 2 and "add sql to --format" in one_line(err)


# --- evaluate: the gold file ------------------------------------------------------------------

def test_a_missing_gold_file_or_input_is_one_line(capsys, tmp_path):
    code, _, err = run_main(capsys, "evaluate", str(tmp_path / "gold.jsonl"))
    assert code == 2 and "gold file" in one_line(err) and "does not exist" in err
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a", "text": SEED_TEXT}) + "\n", encoding="utf-8")
    code, _, err = run_main(capsys, "evaluate", str(gold), "--input", str(tmp_path / "texts"))
    assert code == 2 and "texts does not exist" in one_line(err)


@pytest.mark.parametrize("bad_line, what", [
    ('{"id": "b", "text": "x",}', "invalid JSON"),
    ('["a", "list"]', "not a JSON object"),
    ('{"text": "no id"}', "the record has no id"),
])
def test_a_bad_line_in_the_gold_file_names_file_and_line(capsys, tmp_path, bad_line, what):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a", "text": SEED_TEXT}) + "\n\n" + bad_line + "\n",
                    encoding="utf-8")
    code, _, err = run_main(capsys, "evaluate", str(gold), "--predictions", str(gold))
    assert code == 2
    assert one_line(err).startswith(f"news-extract: {gold}:3: {what}")


def test_a_gold_file_that_is_not_utf8_names_its_line(capsys, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(json.dumps({"id": "a", "text": "Réunion"}).encode("utf-8") + b"\n"
                     + json.dumps({"id": "b", "text": "Genève"}, ensure_ascii=False).encode("latin-1") + b"\n")
    code, _, err = run_main(capsys, "evaluate", str(gold))
    assert code == 2 and f"{gold}:2: not UTF-8 text" in one_line(err)


# --- failures while running -------------------------------------------------------------------

@pytest.fixture
def session_pipeline(nlp, monkeypatch):
    """`run` in-process with the session's pipeline instead of loading the model again."""
    monkeypatch.setattr("extract.pipeline.build_pipeline", lambda model=None: nlp)


def test_a_full_disk_while_writing_is_one_line_and_the_rerun_resumes(
        capsys, tmp_path, monkeypatch, session_pipeline):
    out = tmp_path / "out"
    real_to_csv = pd.DataFrame.to_csv

    def disk_full(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(pd.DataFrame, "to_csv", disk_full)
    command = ["run", str(SEED), "--out", str(out), "--format", "jsonl,csv"]
    code, _, err = run_main(capsys, *command)
    assert code == 2
    assert one_line(err) == (f"news-extract: no space left on device writing {out}; free space "
                             "and re-run the same command to resume")
    monkeypatch.setattr(pd.DataFrame, "to_csv", real_to_csv)
    code, stdout, err = run_main(capsys, *command)
    assert code == 0, err
    assert "(1 done by an earlier run)" in stdout
    assert len(pd.read_csv(out / "documents.csv")) == 1


def test_a_folder_turned_read_only_while_running_is_one_line(
        capsys, tmp_path, monkeypatch, session_pipeline):
    out = tmp_path / "out"

    def read_only(self, path, *args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))

    monkeypatch.setattr(pd.DataFrame, "to_parquet", read_only)
    code, _, err = run_main(capsys, "run", str(SEED), "--out", str(out), "--format", "parquet")
    assert code == 2
    line = one_line(err)
    assert line.startswith(f"news-extract: cannot write {out}/parquet/")
    assert f"make {out} writable, or choose another --out" in line and "resume" in line


def test_ctrl_c_inside_the_pipeline_is_one_line_and_exit_130(
        capsys, tmp_path, monkeypatch, session_pipeline):
    from thinc.model import Model

    def interrupted(self, *args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(Model, "predict", interrupted)
    code, _, err = run_main(capsys, "run", str(SEED), "--out", str(tmp_path / "out"),
                            "--format", "jsonl")
    assert code == 130
    assert one_line(err) == "news-extract: interrupted; re-run the same command to resume"


@pytest.fixture
def fake_runner(monkeypatch):
    """Replace the runner: `--workers 2` loads no model here, so these tests run in a blink."""
    return lambda behaviour: monkeypatch.setattr("extract.runner.run_batch", behaviour)


class OutputLocked(RuntimeError):
    """Named as the runner's: the command line maps failures by class name."""


class DatabaseUnavailable(RuntimeError):
    pass


@pytest.mark.parametrize("error, code, expected", [
    (ValueError("boom\nin a second line"), 3,
     "ValueError: boom; re-run with --debug for the traceback"),
    (OutputLocked("another run (pid 4242) is writing outputs"), 2,
     ("another run (pid 4242) is writing outputs; wait for the other run to finish, or "
      "choose another --out")),
    (DatabaseUnavailable("the database went away"), 2,
     ("the database went away; check --db and that the server is running, then re-run the "
      "same command to resume")),
    (OperationalError("INSERT INTO people ...", {}, sqlite3.OperationalError(
        "database is locked")), 2, "the database failed: database is locked; check --db"),
])
def test_failures_after_setup_have_their_exit_codes(capsys, tmp_path, fake_runner, error, code,
                                                     expected):
    def fails(*args, **kwargs):
        raise error

    fake_runner(fails)
    got, _, err = run_main(capsys, "run", str(SEED), "--out", str(tmp_path / "out"),
                           "--workers", "2")
    assert got == code
    assert one_line(err).startswith(f"news-extract: {expected}")


@pytest.mark.parametrize("where", ["before", "after"])
def test_debug_shows_the_traceback_instead(tmp_path, fake_runner, where):
    def fails(*args, **kwargs):
        raise ValueError("boom")

    fake_runner(fails)
    argv = ["run", str(SEED), "--out", str(tmp_path / "out"), "--workers", "2"]
    with pytest.raises(ValueError, match="boom"):
        main(["--debug", *argv] if where == "before" else [*argv, "--debug"])


def test_a_ctrl_c_wrapped_by_a_library_is_still_an_interruption():
    try:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt as interrupt:
            raise RuntimeError("worker pool stopped") from interrupt
    except RuntimeError as error:
        wrapped = error
    code, line = describe_failure(wrapped, build_parser().parse_args(["run"]))
    assert (code, line) == (130, "interrupted; re-run the same command to resume")


def test_prune_is_passed_to_the_runner_that_has_it(capsys, tmp_path, fake_runner):
    from extract.runner import RunSummary

    calls = []

    def runner_with_prune(nlp, inputs, out_dir, prune: bool = False, **kwargs):
        calls.append(prune)
        return RunSummary()

    fake_runner(runner_with_prune)
    code, _, err = run_main(capsys, "run", str(SEED), "--out", str(tmp_path / "out"),
                            "--workers", "2", "--no-report", "--prune")
    assert code == 0, err
    assert calls == [True]

    def runner_without_prune(nlp, inputs, out_dir, **kwargs):
        return RunSummary()

    fake_runner(runner_without_prune)
    code, _, err = run_main(capsys, "run", str(SEED), "--out", str(tmp_path / "out"),
                            "--workers", "2", "--prune")
    assert code == 2 and "--prune is not supported" in one_line(err)


# --- the summary ------------------------------------------------------------------------------

def test_written_to_names_each_output_once_and_the_database_by_masked_url(tmp_path):
    out = tmp_path / "out"
    url = "postgresql+psycopg://news:s3cret@db.example:5432/news"
    outputs = [str(out / "documents.jsonl"), str(out / "people.csv"), str(out / "report"),
               url, str(out / "report")]
    assert written_lines(outputs, out, url) == [
        f"  written to {out}/: documents.jsonl, people.csv, report",
        "  database: postgresql+psycopg://news:***@db.example:5432/news",
    ]
    assert written_lines(outputs[:3], out, None) == [
        f"  written to {out}/: documents.jsonl, people.csv, report"]


# --- Ctrl-C in a real process -----------------------------------------------------------------

def _interrupt_a_run(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess:
    """Start a run over 300 DOJ releases, wait for its first part, then press Ctrl-C: SIGINT to
    the whole process group, as a terminal does (workers included)."""
    if not DOJ.exists():
        pytest.skip(f"{DOJ} is not here")
    inputs = tmp_path / "doj300.jsonl"
    with gzip.open(DOJ, "rt", encoding="utf-8") as fh:
        inputs.write_text("".join(itertools.islice(fh, 300)), encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [str(NEWS_EXTRACT), "run", str(inputs), "--out", str(out), "--format", "jsonl",
         "--part-size", "10", "--batch-size", "5", *extra],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True)
    try:
        parts = out / ".news-extract" / "parts"
        deadline = time.monotonic() + 300
        while not any(parts.glob("part-*.jsonl")) and proc.poll() is None \
                and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proc.poll() is None, "the run ended before it could be interrupted"
        os.killpg(proc.pid, signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert not (out / "documents.jsonl").exists()
    return subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr)


def _failure_lines(stderr: str) -> str:
    """stderr without the progress lines and the error rows' lines."""
    return "\n".join(line for line in stderr.splitlines()
                     if not line.startswith(("progress: ", "error: ")))


@pytest.mark.parametrize("workers", ["1", "2"])
def test_ctrl_c_during_a_run_is_one_line_and_exit_130(tmp_path, workers):
    result = _interrupt_a_run(tmp_path, "--workers", workers)
    assert result.returncode == 130, result.stderr
    assert one_line(_failure_lines(result.stderr)) == \
        "news-extract: interrupted; re-run the same command to resume"
