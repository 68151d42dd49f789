"""The trained "not an organisation" scorer (`news_organisation_scorer`): the shipped weights
load and decide on real DOJ text; the threshold switches it; retraining runs on the gold."""
from __future__ import annotations

import json

import pytest

from tests.conftest import SHARED, doj_release


def _names(nlp, text: str) -> set[str]:
    from extract.convert import to_document

    return {o.name for o in to_document(nlp(text)).organisations}


@pytest.fixture(scope="module")
def unscored():
    from extract.pipeline import build_pipeline

    return build_pipeline(config={"news_organisation_scorer": {"threshold": 0}})


def test_the_shipped_scorer_drops_an_awards_ceremony_and_keeps_a_task_force(nlp, unscored):
    text = doj_release("doj-opa-10262")["text"]
    before, after = _names(unscored, text), _names(nlp, text)
    ceremony = "Executive Office for U.S. Attorneys Directors Awards"
    assert ceremony in before and ceremony not in after
    assert "Enron Task Force" in before and "Enron Task Force" in after
    assert after < before


def test_a_body_a_role_refers_to_is_kept_whatever_its_score(nlp):
    from extract.components.organisations.scorer import Scorer, drop_unlikely

    doc = nlp("Ruth Okafor, Director of the Bureau of Prisons, said the Lakeview Farm "
              "Cooperative would help.")
    used = {r["organisation_id"] for r in doc._.roles} - {None}
    assert len(doc._.organisations) > len(used)
    assert used, "the role pattern should attach the company"
    drop_unlikely(doc, Scorer(bias=-30.0), 0.5)  # a scorer that calls nothing a body
    assert {o["id"] for o in doc._.organisations} == used
    assert {s.label_ for s in doc.spans["organisations"]} == used


def test_a_body_a_specific_construction_found_and_a_lone_acronym_are_not_judged(unscored):
    from extract.components.organisations.scorer import Scorer, drop_unlikely

    # "D.D. Williamson, a caramel coloring manufacturer" (doj-opa-11963's apposition, invented
    # around it): the apposition decided; "USDA" is an acronym; the cooperative is judged.
    doc = unscored("The complaint filed against D.D. Williamson, a caramel coloring "
                   "manufacturer, says the plant near the Lakeview Farm Cooperative did not "
                   "report to USDA inspectors.")
    assert {o["name"] for o in doc._.organisations} >= {"D.D. Williamson", "USDA",
                                                         "Lakeview Farm Cooperative"}
    drop_unlikely(doc, Scorer(bias=-30.0), 0.5)
    assert {o["name"] for o in doc._.organisations} == {"D.D. Williamson", "USDA"}


def test_the_threshold_is_checked_and_a_missing_scorer_is_a_clear_error(tmp_path):
    from extract.components.organisations.scorer import ScorerComponent

    with pytest.raises(ValueError, match="threshold"):
        ScorerComponent(threshold=1.5)
    with pytest.raises(ValueError, match="cannot read the scorer"):
        ScorerComponent(threshold=0.3, scorer=str(tmp_path / "none.json"))
    assert ScorerComponent(threshold=0.0, scorer=str(tmp_path / "none.json")).scorer is None


def test_switching_the_construction_off_keeps_every_record(unscored):
    from extract.pipeline import build_pipeline

    text = doj_release("doj-opa-10262")["text"]
    off = build_pipeline(off=["not-an-organisation-score"])
    assert _names(off, text) == _names(unscored, text)


def test_training_is_deterministic(tmp_path):
    from extract.components.organisations.scorer import train

    rows = [["bias", "head=office"], ["bias", "head=office", "after_place_prep"],
            ["bias", "head=program"], ["bias", "head=program", "after_place_prep"]] * 3
    labels = [1, 1, 0, 0] * 3
    a, b = train(rows, labels), train(rows, labels)
    assert a == b
    assert a.probability(["bias", "head=office"]) > 0.5 > a.probability(["bias", "head=program"])


def test_retraining_runs_on_a_few_gold_releases(tmp_path):
    gold = [SHARED / "gold" / "seed.jsonl", SHARED / "gold" / "dev.jsonl"]
    if not all(p.exists() for p in gold):
        pytest.skip(f"the gold under {SHARED / 'gold'} is not here")
    from extract.components.organisations.scorer import load
    from extract.training.organisations import main

    out = tmp_path / "scorer.json"
    assert main(["--gold", *map(str, gold), "--limit", "6", "--out", str(out)]) == 0
    weights = json.loads(out.read_text())
    assert weights["weights"] and any(k.startswith("head=") for k in weights["weights"])
    assert load(str(out)).bias == pytest.approx(weights["bias"])
