"""Checks of the settings the news components take in their spaCy config."""
from __future__ import annotations

from collections.abc import Iterable

from extract.constructions import REGISTRY


def constructions_off(names: Iterable[str], kind: str) -> frozenset[str]:
    """The constructions a component of fact `kind` is told to switch off: an unknown name or
    one of another kind is a ValueError when the pipeline is built, not a silent no-op."""
    names = frozenset(names)
    wrong = sorted(n for n in names if n not in REGISTRY or REGISTRY[n].kind != kind)
    if wrong:
        raise ValueError(f"not a construction of kind {kind!r}: {', '.join(wrong)}")
    return names
