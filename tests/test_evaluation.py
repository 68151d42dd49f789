"""`news-extract evaluate` agrees with the project's reference scorer, figure for figure."""
import json
import subprocess
import sys

import pytest

from extract.cli import main
from extract.evaluation import evaluate, norm_org, norm_person, token_f1
from tests.conftest import SHARED


def test_normalisers_follow_the_guidelines():
    assert norm_person("Ms. Natalie Pauwels") == "natalie pauwels"
    assert norm_person("H.E. Mr. Leif Villadsen Jr.") == "leif villadsen"
    assert norm_org("the FBI's Detroit Field Office") == "fbi detroit field office"
    assert norm_org("Covenant Hospice Inc.") == "covenant hospice"
    assert token_f1("continue work on the plan", "continue the work on the plan") == 1.0


def test_figures_agree_with_score_py(tmp_path, capsys):
    scorer = SHARED / "eval" / "score.py"
    gold_files = [SHARED / "gold" / "seed.jsonl", SHARED / "gold" / "dev.jsonl"]
    if not scorer.exists() or not all(f.exists() for f in gold_files):
        pytest.skip("../shared/eval and ../shared/gold are not here")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(f.read_text(encoding="utf-8") for f in gold_files), encoding="utf-8")
    assert main(["run", str(gold), "--out", str(tmp_path / "out"), "--format", "gold"]) == 0
    pred = tmp_path / "out" / "gold.jsonl"
    capsys.readouterr()
    reference = json.loads(subprocess.run(
        [sys.executable, str(scorer), str(gold), str(pred), "--json"],
        capture_output=True, text=True, check=True).stdout)
    assert main(["evaluate", str(gold), "--predictions", str(pred), "--json"]) == 0
    ours = json.loads(capsys.readouterr().out)
    assert ours == reference
    # Running the pipeline inside `evaluate` gives the same figures as scoring its output.
    assert main(["evaluate", str(gold), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == reference


def test_details_name_the_missed_and_extra_items():
    gold = {"d": {"id": "d", "people": [{"name": "Leif Villadsen", "roles": []}],
                  "organisations": [{"name": "Joint Research Centre", "aliases": ["JRC"]}],
                  "dates": [], "actions": []}}
    pred = {"d": {"id": "d", "people": [{"name": "Villadsen Leif", "roles": []}],
                  "organisations": [{"name": "JRC", "aliases": []}], "dates": [], "actions": []}}
    result = evaluate(gold, pred)
    errors = result.per_doc["d"].errors
    assert errors["people: missed"] == ["Leif Villadsen"]
    assert errors["people: extra"] == ["Villadsen Leif"]
    assert "organisations: missed" not in errors
    assert result.as_dict()["organisations"]["tp"] == 1
