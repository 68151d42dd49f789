"""The actions' modality classifier: shipped and on by default (README "Actions"), it drops a
candidate of a weak frame ("will", "would", "committed to", "intends to") that it scores below
the threshold, never one of an explicit frame (scheduled, agreed); it retrains from the gold."""
import pytest

from extract.components.actions import MODALITIES, WEAK_MODALITIES
from extract.pipeline import build_pipeline
from tests.conftest import SHARED, sentence, shared_doj_release


def texts(document) -> list[str]:
    return [a.text for a in document.actions]


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


def test_the_shipped_classifier_decides_by_default(nlp):
    component = nlp.get_pipe("news_actions")
    assert component.classifier is not None and component.threshold == 0.5
    assert component.decides == WEAK_MODALITIES and set(WEAK_MODALITIES) < set(MODALITIES)


@pytest.mark.parametrize("doc_id, needle, action", [
    # things' effects, and a body's stance: plans to the rules' triggers
    # ("We hope today's extradition will bring some closure ...": the rules' hoped-for-outcome
    # veto drops it now, so it no longer shows the classifier at work)
    ("doj-opa-11065", "These funds will sponsor", "sponsor planning, outreach, research"),
    ("doj-opa-09107", "ICE will do whatever it can", "do whatever it can"),
])
def test_it_drops_effects_and_a_stance_the_rules_keep(
        extract, rules_extract, doc_id, needle, action):
    rec = shared_doj_release(doc_id)
    text = sentence(rec["text"], needle)
    assert any(t.startswith(action) for t in texts(rules_extract(text, published=rec["date"])))
    assert not any(t.startswith(action) for t in texts(extract(text, published=rec["date"])))


def test_an_explicit_frame_is_never_the_classifiers_to_drop():
    # a date set for sentencing, and what a settlement requires a party to do: kept even where
    # every candidate the classifier decides would be dropped
    strict = build_pipeline(config={"news_actions": {"modality_threshold": 1.0}})
    for doc_id, needle, action in [
            ("doj-opa-12546", "Sentencing is scheduled for May 11, 2009", "Sentencing"),
            ("doj-opa-12612", "The settlement also requires the city to correct",
             "correct its employment records")]:
        rec = shared_doj_release(doc_id)
        doc = strict(sentence(rec["text"], needle))
        assert any(a["text"].startswith(action) for a in doc._.actions), doc.text


def test_the_modalities_it_decides_are_checked():
    with pytest.raises(ValueError, match="modality_decides"):
        build_pipeline(config={"news_actions": {"modality_decides": ["likely"]}})


def test_the_weights_are_package_data():
    """Every file of the shipped classifier matches the package-data globs of pyproject.toml,
    so a wheel carries it (a missing weight would fail every run at start)."""
    import tomllib
    from pathlib import Path

    from extract.components.actions import modality

    root = Path(__file__).resolve().parent.parent
    globs = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"]["extract.components.actions"]
    package = modality.SHIPPED.parent
    files = {p for p in modality.SHIPPED.rglob("*") if p.is_file()}
    assert (modality.SHIPPED / "config.cfg") in files
    assert files == {p for g in globs for p in package.glob(g) if p.is_file()}
