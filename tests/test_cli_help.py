"""The command line explains itself: every option of every command has help text, and the
run's summary names each output once and a database by its URL."""
from __future__ import annotations

import argparse

import pytest

from extract.cli import build_parser, main
from tests.conftest import CORPUS

SEED = CORPUS / "seed-eu-cbrn-coe-2021-11-25.txt"


def _parsers(parser: argparse.ArgumentParser, path: str = "news-extract"):
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, f"{path} {name}")


def test_every_option_of_every_command_has_help():
    parsers = dict(_parsers(build_parser()))
    assert set(parsers) >= {"news-extract", "news-extract run", "news-extract evaluate",
                            "news-extract report", "news-extract schema"}
    missing = [f"{path}: {'/'.join(action.option_strings) or action.dest}"
               for path, parser in parsers.items() for action in parser._actions
               if not action.help or action.help == argparse.SUPPRESS]
    assert missing == []
    for path, parser in parsers.items():  # each command is described in the list of commands
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                described = {choice.dest for choice in action._choices_actions if choice.help}
                assert described == set(action.choices), path


@pytest.mark.parametrize("command", ["run", "evaluate", "report", "schema"])
def test_help_lists_each_option_with_its_text(command, capsys):
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    shown = capsys.readouterr().out
    parser = dict(_parsers(build_parser()))[f"news-extract {command}"]
    for action in parser._actions:
        for flag in action.option_strings:
            assert flag in shown
        assert action.help.split()[0] in shown  # the text itself, not only the flag


def test_the_summary_names_the_report_once_and_the_database_by_url(tmp_path, capsys):
    out, db = tmp_path / "out", tmp_path / "elsewhere.db"
    code = main(["run", str(SEED), "--out", str(out), "--format", "jsonl,csv,sql",
                 "--db", f"sqlite:///{db}"])
    printed = capsys.readouterr().out.splitlines()
    assert code == 0 and db.exists() and (out / "report" / "index.html").exists()
    (written,) = [line for line in printed if line.startswith("  written to ")]
    names = written.split(": ", 1)[1].split(", ")
    assert len(names) == len(set(names)) and "report" in names
    assert not any("db" in name for name in names)  # the database is not a file of --out
    assert f"  database: sqlite:///{db}" in printed
