"""Checks of everything a run can know before it extracts anything.

A bad flag, a missing input, an output folder that cannot be written, a database that does not
answer or a model that is not installed would otherwise surface as a traceback, some of them
only after hours of extraction. Each check raises one `SetupError` whose message says what is
wrong and what to do; the command line prints it as one line and exits with code 2.
"""
from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


class SetupError(Exception):
    """Something to fix before the command can run: a cause and what to do about it."""

    def __init__(self, cause: str, hint: str):
        super().__init__(f"{cause}; {hint}")
        self.cause, self.hint = cause, hint


# --- flag values (argparse `type=` validators: a bad value is a usage error, exit 2) ---------

def positive_int(value: str) -> int:
    """A count that must be at least 1 (`--workers 0` would start no process at all)."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return number


def non_negative_float(value: str) -> float:
    """Seconds that may be 0 (meaning no limit) but not negative."""
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {value!r}") from None
    if not number >= 0 or number == float("inf"):  # also rejects nan
        raise argparse.ArgumentTypeError(f"must be 0 (no limit) or more, got {value}")
    return number


# --- inputs, output folder, model -------------------------------------------------------------

def check_inputs(paths: Iterable[str | Path]) -> None:
    """Every named input exists (a typo would otherwise be one error row after a model load)."""
    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        what = "input " + missing[0] + " does not exist" if len(missing) == 1 else \
            "inputs " + ", ".join(missing) + " do not exist"
        raise SetupError(what, "check the path (files or folders to read; the default is "
                               "corpus/ in the current folder)")


def check_output_folder(out: str | Path) -> Path:
    """`out` is a folder this process can write: created if missing, probed with a scratch
    file (permission bits say nothing for root or a read-only mount)."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise SetupError(f"--out {out} is a file, not a folder",
                         "pass a folder for the outputs (it is created if missing)")
    for parent in out.parents:
        if parent.exists() and not parent.is_dir():
            raise SetupError(f"--out {out} is not a usable folder: {parent} is a file",
                             "pass a folder for the outputs")
    try:
        out.mkdir(parents=True, exist_ok=True)
        _probe_write(out)
    except OSError as error:
        raise SetupError(f"cannot write to the output folder {out} ({_reason(error)})",
                         "make it writable or choose another --out") from None
    return out


def _probe_write(folder: Path) -> None:
    fd, name = tempfile.mkstemp(dir=folder, prefix=".news-extract-probe-")
    os.close(fd)
    os.unlink(name)


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower() if isinstance(error, OSError) else str(error)


def check_model(name: str | None) -> None:
    """The spaCy model is installed or is a model folder; without this, each worker process
    would fail to start, and the pool would start them again forever."""
    from extract.model import DEFAULT_MODEL, INSTALL_HINT, ModelNotFound
    from extract.model import check_model as model_exists

    try:
        model_exists(name)
    except (ModelNotFound, ImportError, ValueError):  # find_spec("a.b") imports "a"; "./x" 
        if (name or DEFAULT_MODEL) == DEFAULT_MODEL:
            raise SetupError(f"spaCy model '{DEFAULT_MODEL}' is not installed",
                             f"run `{INSTALL_HINT}`") from None
        raise SetupError(f"spaCy model '{name}' is not installed and is not a model folder",
                         "install it with pip, or pass --model with an installed pipeline "
                         "or a model folder") from None
    if name and Path(name).exists() and not (Path(name) / "config.cfg").is_file():
        raise SetupError(f"--model {name} is not a spaCy model folder (no config.cfg in it)",
                         "pass an installed pipeline or a folder saved with nlp.to_disk")


def check_engine(engine: str) -> None:
    if engine == "dask" and importlib.util.find_spec("distributed") is None:
        raise SetupError("--engine dask needs dask.distributed, which is not installed",
                         "pip install -e '.[dask]', or use --engine local")


# --- the database -----------------------------------------------------------------------------

def masked(url: str) -> str:
    """A database URL fit to print: any password replaced by ***."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:  # not a URL at all: nothing that could be parsed as a password
        return url


def check_database(url: str, timeout: int = 5, own: bool = False) -> None:
    """The database at `url` answers within `timeout` seconds and lets this user create a
    table (made and dropped in a transaction). SQLite: its folder is writable and an existing
    file is a database. Unless the database is the run's `own` (rebuilt when outdated), it
    must not hold tables of another schema version."""
    import sqlalchemy as sa
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    try:
        parsed = make_url(url)
    except ArgumentError:
        raise SetupError(f"--db {url!r} is not a database URL",
                         "pass an SQLAlchemy URL such as sqlite:///news.db or "
                         "postgresql+psycopg://user@localhost/news") from None
    shown = parsed.render_as_string(hide_password=True)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database in ("", ":memory:") or database.startswith("file:"):
            return
        path = Path(database)
        if path.is_dir():
            raise SetupError(f"the SQLite database {path} is a folder", "pass a file in --db")
        if not path.exists():
            if not path.parent.is_dir():
                raise SetupError(f"the folder of the SQLite database {path} does not exist",
                                 "create it, or pass another --db")
            try:
                _probe_write(path.parent)
            except OSError as error:
                raise SetupError(f"cannot write the SQLite database {path} in its folder "
                                 f"({_reason(error)})", "make the folder writable, or pass "
                                 "another --db") from None
            return
    connect_args = {"connect_timeout": timeout} \
        if parsed.get_backend_name() in ("postgresql", "mysql", "mariadb") else {}
    try:
        engine = sa.create_engine(parsed, connect_args=connect_args)
    except (NoSuchModuleError, ImportError) as error:
        raise SetupError(f"no driver for the database {shown} ({_first_line(error)})",
                         "install the Python package of that driver, or name an installed one in the "
                         "URL (postgresql+psycopg://...)"
                         ) from None
    try:
        try:
            conn = engine.connect()
        except sa.exc.DBAPIError as error:
            raise SetupError(f"cannot connect to the database {shown} "
                             f"({_first_line(error.orig)})",
                             "check --db (host, port, user, password, database name) and that "
                             "the server is running") from None
        with conn:
            scratch = f"news_extract_preflight_{os.getpid()}"
            try:
                with conn.begin() as transaction:
                    conn.execute(sa.text(f"CREATE TABLE {scratch} (x INTEGER)"))
                    conn.execute(sa.text(f"DROP TABLE {scratch}"))
                    transaction.rollback()
            except sa.exc.DBAPIError as error:
                hint = "check that the file is a SQLite database this user can write" \
                    if parsed.get_backend_name() == "sqlite" else \
                    "grant this user the right to create tables"
                raise SetupError(f"cannot write to the database {shown} "
                                 f"({_first_line(error.orig)})", f"{hint}, or pass another --db"
                                 ) from None
            if not own:
                _check_schema_version(conn, shown)
    finally:
        engine.dispose()


def _check_schema_version(conn, shown: str) -> None:
    """As `extract.store` decides when it loads: news-extract tables without this schema
    version are refused (only the run's own database is rebuilt)."""
    import sqlalchemy as sa

    from extract.store import FACT_TABLES, VERSION_TABLE
    from models import SCHEMA_VERSION

    names = set(sa.inspect(conn).get_table_names())
    if not names & {*FACT_TABLES, "errors"}:
        return
    found = None
    if VERSION_TABLE in names:
        found = conn.execute(sa.text(f"SELECT schema_version FROM {VERSION_TABLE}")).scalar()
    if found != SCHEMA_VERSION:
        raise SetupError(f"the database {shown} holds news-extract tables of schema "
                         f"{found or 'unknown'}, this is schema {SCHEMA_VERSION}",
                         "load into a new database or drop those tables first")


def _first_line(error: object) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


# --- gold and prediction files for `evaluate` -------------------------------------------------

def load_records(path: str | Path, what: str = "gold file") -> dict[str, dict]:
    """The JSON Lines records of `path` by id; any unreadable line is one `SetupError` that
    names the file and line (a scorer run on half a file would report wrong figures)."""
    path = Path(path)
    if not path.exists():
        raise SetupError(f"{what} {path} does not exist", "check the path")
    if path.is_dir():
        raise SetupError(f"{what} {path} is a folder", "pass a JSON Lines file")
    opener = gzip.open if path.suffix.lower() == ".gz" else open
    records: dict[str, dict] = {}
    try:
        with opener(path, "rb") as fh:
            for number, raw in enumerate(fh, 1):
                record = _record(raw, f"{path}:{number}", first=number == 1)
                if record is not None:
                    records[str(record["id"])] = record
    except (OSError, EOFError) as error:
        raise SetupError(f"cannot read {what} {path} ({_reason(error)})",
                         "check that it is a readable JSON Lines file") from None
    if not records:
        raise SetupError(f"{what} {path} holds no records",
                         "pass a JSON Lines file with one record per line")
    return records


def _record(raw: bytes, where: str, first: bool) -> dict | None:
    try:
        line = raw.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError as error:
        raise SetupError(f"{where}: not UTF-8 text (byte {error.start + 1})",
                         "save the file as UTF-8") from None
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise SetupError(f"{where}: invalid JSON ({error.msg}, column {error.colno})",
                         "fix or remove that line") from None
    if not isinstance(record, dict):
        raise SetupError(f"{where}: not a JSON object", "one object per line is expected")
    if record.get("id") in (None, ""):
        raise SetupError(f"{where}: the record has no id", "give every record an id")
    return record
