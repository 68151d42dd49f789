"""news-extract: people, roles, organisations, dates and planned actions from press releases.

The Python front door (`extract.api`, loaded on first use so that `import extract` stays
light for the CLI and worker processes):

    from extract import extract_text, pipe
    doc = extract_text(text, published="2021-11-25")   # a models.Document
    for doc in pipe(texts_or_records): ...
"""
import os as _os

__version__ = "0.1.0"

# Set by `news-extract run` for the worker processes it starts. Ctrl-C reaches every process
# of the terminal's group, and each worker would print a traceback of its own: workers ignore
# it from their first import of this package on, and the main process stops them and prints
# the one line.
WORKER_ENV = "NEWS_EXTRACT_WORKER"
if _os.environ.get(WORKER_ENV) == "1":
    import signal as _signal
    import threading as _threading

    if _threading.current_thread() is _threading.main_thread():
        _signal.signal(_signal.SIGINT, _signal.SIG_IGN)


def _check_models_package() -> None:
    """The record types are the top-level package `models`, installed beside this one: a
    project's own `models` earlier on sys.path (a models.py in the working directory) would
    be imported instead. Say so here, rather than fail later on a missing name."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("models")
    origin = Path(spec.origin).resolve() if spec is not None and spec.origin else None
    ours = Path(__file__).resolve().parent.parent / "models" / "__init__.py"
    if origin != ours:
        raise ImportError(
            f"news-extract's record package `models` ({ours}) is shadowed by "
            f"{origin or 'a namespace package'}, found earlier on sys.path; run from another "
            "directory or rename that module")


_check_models_package()

_API = {"extract_text": "extract.api", "pipe": "extract.api", "ExtractionFailed": "extract.api",
        "Document": "models", "ExtractionError": "models"}
__all__ = ["Document", "ExtractionError", "ExtractionFailed", "__version__", "extract_text",
           "pipe"]


def __getattr__(name: str):
    if name in _API:
        import importlib

        return getattr(importlib.import_module(_API[name]), name)
    raise AttributeError(f"module 'extract' has no attribute {name!r}")
