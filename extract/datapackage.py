"""The CSV tables' schema sidecar (a Frictionless Tabular Data Package) and reading them back
with their types.

CSV has no types: read back plainly, dates are strings and a nullable integer such as
`target_year` is a float. Every run that writes CSV also writes `datapackage.json` beside the
tables, one resource per file with its fields' types; the types come from the pydantic models
through the typed tables (`extract.tables`), and for the aggregates, which have no model, from
their frames. `read_tables(path)` reads the package and restores the dtypes the run had: dates
as dates (Arrow date32, as in Parquet), integers as nullable Int64, enums as categories,
the rest as strings.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pyarrow as pa

from extract.atomic import atomic_write
from extract.tables import LIST_SEPARATOR

DESCRIPTOR = "datapackage.json"


def _field_type(series: pd.Series) -> str:
    """The Table Schema type of a typed column."""
    dtype = str(series.dtype)
    if dtype.startswith("date32"):
        return "date"
    if dtype in ("Int64", "int64", "Int32", "int32"):
        return "integer"
    if dtype in ("float64", "Float64"):
        return "number"
    if dtype == "object":
        values = series.dropna()
        if len(values) and values.map(lambda v: isinstance(v, dt.date)).all():
            return "date"
    return "string"


def resource(name: str, path: str, frame: pd.DataFrame) -> dict:
    """One tabular resource: the file, its fields and their types."""
    fields = []
    for col in frame.columns:
        field: dict = {"name": col, "type": _field_type(frame[col])}
        if isinstance(frame[col].dtype, pd.CategoricalDtype):
            field["constraints"] = {"enum": [str(c) for c in frame[col].cat.categories]}
        fields.append(field)
    return {"name": name, "path": path, "profile": "tabular-data-resource", "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8", "schema": {"fields": fields}}


def write_descriptor(directory: Path, resources: list[dict]) -> Path:
    """datapackage.json in `directory`, written atomically."""
    from models import SCHEMA_VERSION

    package = {
        "profile": "tabular-data-package",
        "name": "news-extract-tables",
        "version": SCHEMA_VERSION,
        "description": "Tables written by news-extract; lists of names are joined with "
                       f"{LIST_SEPARATOR!r}. Read with extract.datapackage.read_tables.",
        "resources": resources,
    }
    path = directory / DESCRIPTOR
    with atomic_write(path) as fh:
        json.dump(package, fh, indent=1)
        fh.write("\n")
    return path


def _dtype(field: dict):
    kind = field.get("type", "string")
    if kind == "integer":
        return pd.Int64Dtype()
    if kind == "number":
        return "float64"
    enum = (field.get("constraints") or {}).get("enum")
    if enum is not None:
        return pd.CategoricalDtype(enum)
    return pd.StringDtype()


def read_tables(path: str | Path) -> dict[str, pd.DataFrame]:
    """The CSV tables of an output folder (or its datapackage.json) with their dtypes: dates
    as dates, integers as nullable Int64 (`target_year` stays an integer with gaps), enums as
    categories, text as strings. Keys are the resource names: `people`, `entities`, ...,
    and the aggregates by name (`actions_by_actor_and_year`)."""
    path = Path(path)
    descriptor = path / DESCRIPTOR if path.is_dir() else path
    if not descriptor.is_file():
        raise FileNotFoundError(f"{descriptor} is not here: read_tables needs the "
                                "datapackage.json a run writes beside its CSV tables")
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    out = {}
    for res in package["resources"]:
        fields = res["schema"]["fields"]
        dates = [f["name"] for f in fields if f.get("type") == "date"]
        frame = pd.read_csv(descriptor.parent / res["path"], keep_default_na=False,
                            na_values=[""], dtype={f["name"]: _dtype(f) for f in fields
                                                   if f.get("type") != "date"})
        for col in dates:
            frame[col] = pd.to_datetime(frame[col], errors="coerce").astype(
                pd.ArrowDtype(pa.date32()))
        out[res["name"]] = frame
    return out


__all__ = ["DESCRIPTOR", "read_tables", "resource", "write_descriptor"]
