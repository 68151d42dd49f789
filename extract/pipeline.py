"""Assembling the extraction pipeline: a spaCy model plus the registered news components."""
from __future__ import annotations

import json
from dataclasses import dataclass

from spacy.language import Language

import extract.components  # noqa: F401  (registers the factories)
from extract.model import load_model

# Order matters: each step reads what the earlier ones wrote on the Doc.
COMPONENTS = ("news_names_model", "news_metadata", "news_dates", "news_organisations",
              "news_people", "news_roles", "news_actions", "news_organisation_scorer")


@dataclass(frozen=True)
class PipelineSpec:
    """What to build: a model and settings of the news components, as one hashable, picklable
    value that worker processes and Dask tasks receive instead of a bare model name."""

    model: str | None = None
    # (component, key, value as JSON text): hashable whatever the value (a list of names...)
    settings: tuple[tuple[str, str, str], ...] = ()

    def config(self) -> dict[str, dict]:
        config: dict[str, dict] = {}
        for component, key, value in self.settings:
            config.setdefault(component, {})[key] = json.loads(value)
        return config


def parse_setting(text: str) -> tuple[str, str, str]:
    """ "news_dates.day_first=true" -> ("news_dates", "day_first", "true"): the value is read
    as JSON where it is JSON (true, 3, ["a"]), else as a string; kept as JSON text."""
    name, sep, raw = text.partition("=")
    component, dot, key = name.strip().partition(".")
    if not (sep and dot and component and key):
        raise ValueError(f"setting {text!r} is not COMPONENT.KEY=VALUE")
    if component not in COMPONENTS:
        raise ValueError(f"setting {text!r}: no component {component!r} "
                         f"(one of {', '.join(COMPONENTS)})")
    try:
        value = json.loads(raw)
    except ValueError:
        value = raw
    return component, key.strip(), json.dumps(value)


def build_pipeline(model: str | PipelineSpec | None = None,
                   config: dict[str, dict] | None = None,
                   off: list[str] | tuple[str, ...] = ()) -> Language:
    """The spaCy `Language` that extracts news records: `model` (default en_core_web_sm, or a
    `PipelineSpec` with settings) followed by the news components; `config` maps a component
    name to its settings; `off` names constructions (`extract.constructions`) to switch off,
    each in its component."""
    if isinstance(model, PipelineSpec):
        config = {**model.config(), **(config or {})}
        model = model.model
    unknown = sorted(set(config or {}) - set(COMPONENTS))
    if unknown:
        raise ValueError(f"no component {', '.join(unknown)} (one of {', '.join(COMPONENTS)})")
    nlp = load_model(model)
    config = {name: dict(settings) for name, settings in (config or {}).items()}
    for kind, names in off_by_component(off).items():
        component = config.setdefault(kind, {})
        component["off"] = sorted(set(component.get("off", [])) | set(names))
    # Line breaks are sentence boundaries; the parser (where there is one) keeps them.
    position = {"before": "parser"} if "parser" in nlp.pipe_names else {"first": True}
    nlp.add_pipe("news_line_breaks", **position)
    # "Dept." one word before the tagger reads it (as the tokenizer keeps "Inc."); runs before
    # the organisations component, so its off list is read here
    if "abbreviated-head-word" not in config.get("news_organisations", {}).get("off", ()):
        nlp.add_pipe("news_abbreviations", first=True)
    for name in COMPONENTS:
        nlp.add_pipe(name, config=config.get(name, {}))
    return nlp


def off_by_component(names) -> dict[str, list[str]]:
    """Construction names grouped by the component that runs them (`news_<kind>`)."""
    from extract.constructions import REGISTRY

    unknown = sorted(set(names) - REGISTRY.keys())
    if unknown:
        raise ValueError(f"unknown construction(s): {', '.join(unknown)}")
    grouped: dict[str, list[str]] = {}
    for name in names:
        grouped.setdefault(f"news_{REGISTRY[name].kind}", []).append(name)
    return grouped
