"""The interface every output format implements, and the registry the formats come from.

A run opens one writer per requested format, hands each chunk of its results (documents and
errors in input order, with their typed tables) to every writer, and closes them at the end;
`close` renames the outputs into place and returns their paths. A format is one module in
this package: a `Writer` subclass decorated with `@register`, imported by the package.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from models import Document, ExtractionError

if TYPE_CHECKING:
    from extract.entities import Entities


@dataclass
class Chunk:
    """Consecutive results of a run, in input order, with their tables."""

    entries: list[tuple[int, Document | ExtractionError]]  # (input position, result)
    # The typed tables of these entries (`extract.tables`); only `errors` when no writer asked
    # for tables.
    frames: dict[str, pd.DataFrame]

    @property
    def documents(self) -> list[Document]:
        return [item for _, item in self.entries if isinstance(item, Document)]

    @property
    def error_positions(self) -> list[int]:
        """The input positions of the chunk's errors, in the order of the errors table."""
        return [seq for seq, item in self.entries if isinstance(item, ExtractionError)]


@dataclass
class WriteOptions:
    formats: set[str] = field(default_factory=set)  # every format the run writes
    db: str | None = None  # an external database URL (None: the run's own OUT/news.db)
    prune: bool = False  # the external database keeps this run's documents only


class Writer:
    """One output format. Subclasses set `name` and implement `open`, `write` and `close`."""

    name: str = ""
    default: bool = True  # written when the user names no formats
    tables: bool = False  # needs the typed tables of every chunk (not only the errors)
    always: bool = False  # opened even when not requested (then it decides what it writes)
    order: int = 100  # position among the formats (the CLI's list of choices)

    def open(self, out_dir: Path, options: WriteOptions) -> None:
        raise NotImplementedError

    def write(self, chunk: Chunk) -> None:
        raise NotImplementedError

    def close(self) -> list[Path]:
        """Finish the outputs and rename them into place; the paths written."""
        raise NotImplementedError

    def write_entities(self, table: pd.DataFrame, entities: Entities) -> None:
        """The run's `entities` table (one row per entity), once, after the last chunk and
        before `close`; `entities` also holds the alias keys and merges a database keeps."""

    def write_aggregates(self, frames: dict[str, pd.DataFrame]) -> list[Path]:
        """The corpus-level aggregates, once, after `close` (most formats ignore them)."""
        return []

    def abort(self) -> None:
        """The run failed: drop what was written under temporary names (a later run would
        also remove it)."""


REGISTRY: dict[str, type[Writer]] = {}


def register(cls: type[Writer]) -> type[Writer]:
    """Add a format (a class decorator)."""
    if not cls.name or cls.name in REGISTRY:
        raise ValueError(f"a writer needs a new name, got {cls.name!r}")
    REGISTRY[cls.name] = cls
    return cls


def format_names() -> tuple[str, ...]:
    """The registered formats, in their declared order."""
    return tuple(sorted(REGISTRY, key=lambda name: REGISTRY[name].order))


def check_formats(formats: set[str]) -> None:
    """Raise ValueError naming the formats no writer is registered for."""
    unknown = set(formats) - set(REGISTRY)
    if unknown:
        raise ValueError(f"unknown format {', '.join(sorted(unknown))}; "
                         f"choose from {', '.join(format_names())}")


def writers_for(formats: set[str]) -> list[Writer]:
    """A fresh writer for each requested format and each writer that is always opened."""
    check_formats(formats)
    chosen = [cls for name, cls in REGISTRY.items() if name in formats or cls.always]
    return [cls() for cls in sorted(chosen, key=lambda cls: cls.order)]
