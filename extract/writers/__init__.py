"""The output formats: one module per format, each registering its `Writer`.

Adding a format is one new module here with a `@register`ed `Writer` subclass: every module of
this package is imported below, so the CLI's choices, the run and the defaults all come from
the registry without another edit.
"""
import importlib
import pkgutil

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

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")  # each registers its writer

FORMATS: tuple[str, ...] = format_names()
DEFAULT_FORMATS: tuple[str, ...] = tuple(name for name in FORMATS if REGISTRY[name].default)

__all__ = ["DEFAULT_FORMATS", "FORMATS", "REGISTRY", "Chunk", "WriteOptions", "Writer",
           "check_formats", "format_names", "register", "writers_for"]
