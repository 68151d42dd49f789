"""Tidy tables from the records: one row per fact, ids that join, columns from the schema.

Columns are derived from the pydantic models (`columns`), never listed by hand: a scalar field
is a column, a nested record is flattened with its name as prefix (`evidence_start`), a list
of strings is joined with " | ", and a list of records is a table of its own (`mentions`).
Item ids are local to a document, so every table carries `document_id` and joins on
(`document_id`, `<kind>_id`).
"""
from __future__ import annotations

import types
import typing
from collections.abc import Iterable
from enum import Enum

import pandas as pd
from pydantic import BaseModel

from models import Action, DateMention, Document, ExtractionError, Organisation, Person, Role

ITEM_TABLES: dict[str, tuple[str, type[BaseModel]]] = {
    "people": ("person", Person),
    "organisations": ("organisation", Organisation),
    "roles": ("role", Role),
    "dates": ("date", DateMention),
    "actions": ("action", Action),
}
LIST_SEPARATOR = " | "
MENTION_COLUMNS = ["document_id", "kind", "item_id", "start", "end", "text", "sent_start",
                   "sent_end", "sentence"]


def _model_of(annotation) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _model_of(arg)
            if found:
                return found
    return None


def _is_record_list(annotation) -> bool:
    return typing.get_origin(annotation) is list and any(
        _model_of(a) for a in typing.get_args(annotation))


def columns(model: type[BaseModel], prefix: str = "") -> list[str]:
    """The flat column names of a record type."""
    out = []
    for name, field in model.model_fields.items():
        nested = _model_of(field.annotation)
        if _is_record_list(field.annotation):
            continue
        if nested is not None:
            out += columns(nested, f"{prefix}{name}_")
        else:
            out.append(prefix + name)
    return out


def flatten(record: BaseModel, prefix: str = "") -> dict:
    """One row of a record, in the order of `columns`."""
    row = {}
    for name in type(record).model_fields:
        value = getattr(record, name)
        if isinstance(value, BaseModel):
            row.update(flatten(value, f"{prefix}{name}_"))
        elif isinstance(value, list):
            if value and isinstance(value[0], BaseModel):
                continue
            row[prefix + name] = LIST_SEPARATOR.join(map(str, value))
        elif isinstance(value, Enum):
            row[prefix + name] = value.value
        else:
            row[prefix + name] = value
    return row


def _item_columns(kind: str) -> list[str]:
    singular, model = ITEM_TABLES[kind]
    return ["document_id"] + [f"{singular}_id" if c == "id" else c for c in columns(model)]


def document_columns() -> list[str]:
    return ["document_id" if c == "id" else c for c in columns(Document)]


class TableBuilder:
    """Collects rows document by document; `frames()` returns the tables."""

    def __init__(self) -> None:
        self.rows: dict[str, list[dict]] = {k: [] for k in
                                            ["documents", *ITEM_TABLES, "mentions", "errors"]}

    def add(self, doc: Document) -> None:
        row = flatten(doc)
        row["document_id"] = row.pop("id")
        self.rows["documents"].append(row)
        text = doc.text
        for kind, (singular, _) in ITEM_TABLES.items():
            for item in getattr(doc, kind):
                r = flatten(item)
                r[f"{singular}_id"] = r.pop("id")
                r["document_id"] = doc.id
                self.rows[kind].append(r)
                mentions = getattr(item, "mentions", None) or [item.evidence]
                for m in mentions:
                    self.rows["mentions"].append({
                        "document_id": doc.id, "kind": singular, "item_id": item.id,
                        "start": m.start, "end": m.end, "text": m.text,
                        "sent_start": m.sent_start, "sent_end": m.sent_end,
                        "sentence": " ".join(text[m.sent_start:m.sent_end].split()),
                    })

    def add_error(self, error: ExtractionError) -> None:
        self.rows["errors"].append(flatten(error))

    def frames(self) -> dict[str, pd.DataFrame]:
        cols = {"documents": document_columns(), "mentions": MENTION_COLUMNS,
                "errors": columns(ExtractionError)}
        cols |= {k: _item_columns(k) for k in ITEM_TABLES}
        out = {name: pd.DataFrame(rows, columns=cols[name]) for name, rows in self.rows.items()}
        # Readable joins for analysts: names next to the ids they stand for.
        people = out["people"][["document_id", "person_id", "name"]]
        orgs = out["organisations"][["document_id", "organisation_id", "name"]]
        out["roles"] = out["roles"].merge(
            people.rename(columns={"name": "person"}), how="left",
            on=["document_id", "person_id"]).merge(
            orgs.rename(columns={"name": "organisation"}), how="left",
            on=["document_id", "organisation_id"])
        actors = pd.concat([people.rename(columns={"person_id": "actor_id"}),
                            orgs.rename(columns={"organisation_id": "actor_id"})])
        dates = out["dates"][["document_id", "date_id", "text"]].rename(
            columns={"date_id": "time_id", "text": "time"})
        out["actions"] = out["actions"].merge(
            actors.rename(columns={"name": "actor"}), how="left",
            on=["document_id", "actor_id"]).merge(dates, how="left", on=["document_id", "time_id"])
        return out


def build_tables(documents: Iterable[Document],
                 errors: Iterable[ExtractionError] = ()) -> dict[str, pd.DataFrame]:
    builder = TableBuilder()
    for doc in documents:
        builder.add(doc)
    for error in errors:
        builder.add_error(error)
    return builder.frames()

