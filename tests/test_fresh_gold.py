"""The fresh DOJ gold sets (bench/gold/*.jsonl) are well formed: what they name is in the text,
what they point to is listed, and the evaluation scores them as `bench/folds.py` reads them."""
from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest

from extract.evaluation import evaluate
from tests.conftest import ROOT

SETS = sorted((ROOT / "bench" / "gold").glob("*.jsonl"))
BY_SET = {path.name: [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                      if line] for path in SETS}
RECORDS = [rec for records in BY_SET.values() for rec in records]
KEYS = {"id", "source", "published", "text", "people", "organisations", "dates", "actions"}


def test_both_halves_are_there_and_ids_are_unique():
    assert "doj_fresh.jsonl" in BY_SET
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids)), "a release is in two sets"
    for records in BY_SET.values():
        halves = [int(hashlib.sha1(r["id"].encode()).hexdigest(), 16) % 2 for r in records]
        assert len(records) >= 30 and min(halves.count(0), halves.count(1)) >= len(records) // 3
    assert all(set(r) == KEYS for r in RECORDS)


@pytest.mark.parametrize("rec", RECORDS, ids=lambda r: r["id"])
def test_what_a_record_names_is_written_in_its_text(rec):
    text, names = rec["text"], {o["name"] for o in rec["organisations"]}
    people = {p["name"] for p in rec["people"]}
    for org in rec["organisations"]:
        for form in [org["name"], *org.get("aliases", [])]:
            assert form in text, form
    for person in rec["people"]:
        # the fullest form may join words the text gives apart ("John and Mary Ruth")
        assert all(word in text for word in person["name"].split()), person["name"]
        for role in person["roles"]:
            assert role["organisation"] is None or role["organisation"] in names, role
    for date in rec["dates"]:
        assert date["text"] in text, date
        assert dt.date.fromisoformat(date["start"]) <= dt.date.fromisoformat(date["end"])
    for action in rec["actions"]:
        assert action["text"] in text, action
        assert action["actor"] is None or action["actor"] in names | people, action
        assert action["time"] is None or action["time"] in text, action


def test_a_prediction_missing_half_the_actions_scores_lower():
    """The set is scored by the same evaluation as the shared gold (a real check: a copy of the
    gold scores 1.0 and dropping actions costs exactly their recall)."""
    gold = {r["id"]: r for r in RECORDS}
    assert evaluate(gold, gold).as_dict()["overall"] == 1.0
    halved = {i: {**r, "actions": r["actions"][::2]} for i, r in gold.items()}
    scores = evaluate(gold, halved).as_dict()["actions"]
    total = sum(len(r["actions"]) for r in RECORDS)
    assert scores["tp"] == sum(len(r["actions"][::2]) for r in RECORDS) < total
    assert scores["fp"] == 0



FIRST = {r["id"]: r for r in BY_SET["doj_fresh.jsonl"]}


def test_bodies_listed_one_to_a_line_with_abbreviated_heads(extract):
    """A real grant list, one awardee per line, "Dept." abbreviated (abbreviated-head-word,
    name-alone-on-list-line): each line is one body, as the annotation says."""
    rec = FIRST["fresh_doj-opa-02197"]
    names = {o.name for o in extract(rec["text"], published=rec["published"]).organisations}
    gold = {o["name"] for o in rec["organisations"] if "Dept." in o["name"]}
    assert len(gold) >= 8
    assert len(gold & names) >= len(gold) - 2, sorted(gold - names)
    assert not any(n.startswith("Dept. of Health") for n in names)


def test_the_honorable_judge_is_a_person_not_a_body(extract):
    rec = FIRST["fresh_doj-opa-04126"]
    doc = extract(rec["text"], published=rec["published"])
    assert "Rosemary M. Collyer" in {p.name for p in doc.people}
    assert not any("Honorable" in o.name for o in doc.organisations)
