"""Assembling the extraction pipeline: a spaCy model plus the registered news components."""
from __future__ import annotations

from spacy.language import Language

import extract.components  # noqa: F401  (registers the factories)
from extract.model import load_model

# Order matters: each step reads what the earlier ones wrote on the Doc.
COMPONENTS = ("news_metadata", "news_dates", "news_organisations", "news_people",
              "news_roles", "news_actions")


def build_pipeline(model: str | None = None, config: dict[str, dict] | None = None,
                   off: list[str] | tuple[str, ...] = ()) -> Language:
    """The spaCy `Language` that extracts news records: `model` (default en_core_web_sm)
    followed by the news components; `config` maps a component name to its settings; `off`
    names constructions (`extract.constructions`) to switch off, each in its component."""
    nlp = load_model(model)
    config = {name: dict(settings) for name, settings in (config or {}).items()}
    for kind, names in off_by_component(off).items():
        component = config.setdefault(kind, {})
        component["off"] = sorted(set(component.get("off", [])) | set(names))
    # Line breaks are sentence boundaries; the parser (where there is one) keeps them.
    position = {"before": "parser"} if "parser" in nlp.pipe_names else {"first": True}
    nlp.add_pipe("news_line_breaks", **position)
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
