"""The actions' modality classifier (opt-in, no weights shipped: on the unseen folds it did not
beat the rules, see README "Actions"): it retrains from the gold and the component uses it."""
import pytest

from extract.pipeline import build_pipeline
from tests.conftest import SHARED


def test_retrain_on_a_few_releases_and_use_it(nlp, tmp_path):
    from extract.training import modality as training

    gold = SHARED / "gold" / "dev.jsonl"
    if not gold.exists():
        pytest.skip(f"{gold} is not here")
    records = list(training.load_gold([gold]).values())[:3]
    data = training.examples(records, training.parsed(records, nlp), nlp.get_pipe("news_actions"))
    assert any(plan for _, plan in data) and not all(plan for _, plan in data)
    model = training.train(data, tmp_path / "m", epochs=2)
    text = ("The department will hold a public hearing on May 3. This funding will support "
            "families in rural areas.")
    rules = [a["text"] for a in nlp(text)._.actions]
    strict = build_pipeline(config={"news_actions": {"modality_threshold": 0.99,
                                                     "modality_model": str(model)}})
    kept = [a["text"] for a in strict(text)._.actions]
    assert set(kept) <= set(rules)


def test_the_classifier_settings_are_checked(tmp_path):
    with pytest.raises(ValueError, match="modality_threshold"):
        build_pipeline(config={"news_actions": {"modality_threshold": -1}})
    with pytest.raises(FileNotFoundError, match="extract.training.modality"):
        build_pipeline(config={"news_actions": {"modality_threshold": 0.5,
                                                "modality_model": str(tmp_path)}})
