"""Assembling the extraction pipeline: a spaCy model plus the registered news components."""
from __future__ import annotations

from spacy.language import Language

import extract.components  # noqa: F401  (registers the factories)
from extract.model import load_model

# Order matters: each step reads what the earlier ones wrote on the Doc.
COMPONENTS = ("news_metadata", "news_dates", "news_organisations", "news_people",
              "news_roles", "news_actions")


def build_pipeline(model: str | None = None, config: dict[str, dict] | None = None) -> Language:
    """The spaCy `Language` that extracts news records: `model` (default en_core_web_sm)
    followed by the news components; `config` maps a component name to its settings."""
    nlp = load_model(model)
    config = config or {}
    # Line breaks are sentence boundaries; the parser (where there is one) keeps them.
    position = {"before": "parser"} if "parser" in nlp.pipe_names else {"first": True}
    nlp.add_pipe("news_line_breaks", **position)
    for name in COMPONENTS:
        nlp.add_pipe(name, config=config.get(name, {}))
    return nlp
