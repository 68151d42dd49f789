"""The trained person/organisation recogniser (news_names_model) and its training data."""
from __future__ import annotations

import pytest

from extract.training.ner import silver, surname_occurrences
from tests.conftest import SHARED, doj_release

DOJ_ID, PERSON = "doj-opa-05737", "Leslie R. Caldwell"


def test_silver_spans_find_every_whole_word_occurrence_longest_first():
    text = ("Acme Holdings Ltd said Jane Roe will lead Acme. Ms. Roe joined Acme Holdings Ltd "
            "in 2010; Roebuck Partners advised.")
    rec = {"people": [{"name": "Jane Roe"}],
           "organisations": [{"name": "Acme Holdings Ltd", "aliases": ["Acme"]}]}
    spans, optional = silver(text, rec)
    got = [(text[s:e], label) for s, e, label in spans]
    assert got == [("Acme Holdings Ltd", "ORG"), ("Jane Roe", "PERSON"), ("Acme", "ORG"),
                   ("Roe", "PERSON"), ("Acme Holdings Ltd", "ORG")]
    assert optional == []


def test_a_surname_inside_another_proper_name_is_not_a_person_mention():
    text = "Tom Brown spoke at Brown University. Attorney General Brown said it was large."
    got = [text[s:e + 5] for s, e in surname_occurrences(text, "Tom Brown")]
    assert got == ["Brown spok", "Brown said"]
    spans, _ = silver(text, {"people": [{"name": "Tom Brown"}], "organisations": []})
    assert [text[s:e] for s, e, _ in spans] == ["Tom Brown", "Brown"]


def test_optional_bodies_are_left_unannotated():
    text = "The Minister's office said the Treasury agreed."
    rec = {"people": [], "organisations": [{"name": "Treasury"},
                                           {"name": "Minister's office", "optional": True}]}
    spans, optional = silver(text, rec)
    assert [text[s:e] for s, e, _ in spans] == ["Treasury"]
    assert [text[s:e] for s, e in optional] == ["Minister's office"]


def test_without_a_trained_recogniser_the_component_leaves_the_entities_alone(nlp):
    """Nothing trained is shipped: the default pipeline's entities are the base model's."""
    assert "news_names_model" in nlp.pipe_names
    assert nlp.get_pipe("news_names_model").ner is None
    text = doj_release(DOJ_ID)["text"]
    with nlp.select_pipes(enable=[p for p in nlp.pipe_names if not p.startswith("news_")]):
        base = [(e.start, e.end, e.label_) for e in nlp(text).ents]
    with nlp.select_pipes(enable=[p for p in nlp.pipe_names if not p.startswith("news_")
                                  or p == "news_names_model"]):
        assert [(e.start, e.end, e.label_) for e in nlp(text).ents] == base


def test_a_path_without_a_recogniser_is_a_clear_error(tmp_path):
    from extract.components.names_model import NamesModel

    with pytest.raises(ValueError, match="holds no trained recogniser"):
        NamesModel(tmp_path)


def test_retraining_on_two_releases_gives_a_recogniser_that_finds_people(nlp, tmp_path):
    if not (SHARED / "gold" / "dev.jsonl").exists():
        pytest.skip(f"{SHARED / 'gold'} is not here")
    from extract.components.names_model import NamesModel
    from extract.training import GOLD_FILES, load_gold
    from extract.training.ner import save, train

    gold = load_gold(GOLD_FILES)
    save(train(gold, sorted(gold)[:2], [], epochs=1, log=None), tmp_path / "ner")
    component = NamesModel(tmp_path / "ner")
    assert component.ner is not None and {"PERSON", "ORG"} <= set(component.ner.labels)
    with nlp.select_pipes(enable=[p for p in nlp.pipe_names if not p.startswith("news_")]):
        doc = component(nlp(doj_release(DOJ_ID)["text"]))
    assert PERSON in {e.text for e in doc.ents if e.label_ == "PERSON"}
