"""An optional trained person/organisation recogniser that feeds the rule wing (issue 17).

A copy of en_core_web_sm's entity recogniser (its own tok2vec, so it runs on any English
pipeline given with `--model`) updated on the people and bodies of the annotated releases
(`python -m extract.training.ner --out DIR`). Given `--set news_names_model.path=DIR`, it runs
after the base model's `ner` and replaces the base model's PERSON and ORG entities (or those
of `labels`) by its own; the base model's other entities (GPE, DATE, ...) stay where they do
not overlap. The rule components read `doc.ents` as before.

None is shipped: cross-validated by fold it did not lift people, organisations or roles
(README, "Choices where the issues were silent"), so by default (`path` empty) the component
leaves the Doc untouched.
"""
from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

LABELS = ("PERSON", "ORG")


@Language.factory("news_names_model", default_config={"path": "", "enabled": True,
                                                      "labels": list(LABELS)})
def make_names_model(nlp: Language, name: str, path: str, enabled: bool, labels: list[str]):
    return NamesModel(Path(path) if path else None, enabled, tuple(labels))


class NamesModel:
    """Replaces the base model's PERSON/ORG entities with the trained recogniser's."""

    def __init__(self, path: Path | None, enabled: bool = True,
                 labels: tuple[str, ...] = LABELS):
        unknown = set(labels) - set(LABELS)
        if unknown:
            raise ValueError(f"news_names_model labels: {sorted(unknown)} not in {LABELS}")
        self.path, self.labels = path, labels
        self.ner = load_recogniser(path) if path and enabled and labels else None

    def __call__(self, doc: Doc) -> Doc:
        if self.ner is None or not len(doc):
            return doc
        for label in self.ner.labels:
            doc.vocab.strings.add(label)
        scratch = doc.copy()
        self.ner.set_annotations([scratch], self.ner.predict([scratch]))
        doc.ents = merged(doc, [e for e in scratch.ents if e.label_ in self.labels], self.labels)
        return doc


def merged(doc: Doc, trained: list, labels: tuple[str, ...] = LABELS) -> list:
    """The trained entities of `labels` plus the base model's other entities that do not
    overlap them (the trained ones win)."""
    taken = {i for e in trained for i in range(e.start, e.end)}
    kept = [e for e in doc.ents if e.label_ not in labels
            and not any(i in taken for i in range(e.start, e.end))]
    return filter_spans([Span(doc, e.start, e.end, label=e.label_) for e in trained] + kept)


def load_recogniser(path: Path):
    """The saved recogniser (a one-component spaCy pipeline directory written by
    `extract.training.ner`); a path that holds none is a clear error."""
    if not (path / "config.cfg").exists() or not (path / "ner").is_dir():
        raise ValueError(f"news_names_model.path: {path} holds no trained recogniser "
                         f"(write one with `python -m extract.training.ner --out {path}`)")
    return spacy.load(path).get_pipe("ner")
