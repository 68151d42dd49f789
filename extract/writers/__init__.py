"""The output formats: one module per format, each registering its `Writer`.

Adding a format is one new module here with a `@register`ed `Writer` subclass, named in the
import below; the CLI's choices, the run and the defaults all come from the registry.
"""
from extract.writers import csv, gold, jsonl, parquet, sql  # noqa: F401  (registration)
from extract.writers.base import (
    REGISTRY,
    Chunk,
    WriteOptions,
    Writer,
    check_formats,
    format_names,
    register,
    writers_for,
)

FORMATS: tuple[str, ...] = format_names()
DEFAULT_FORMATS: tuple[str, ...] = tuple(name for name in FORMATS if REGISTRY[name].default)

__all__ = ["DEFAULT_FORMATS", "FORMATS", "REGISTRY", "Chunk", "WriteOptions", "Writer",
           "check_formats", "format_names", "register", "writers_for"]
