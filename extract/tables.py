"""Tidy tables from the records: one row per fact, ids that join, columns from the schema.

Columns are derived from the pydantic models (`columns`), never listed by hand: a scalar field
is a column, a nested record is flattened with its name as prefix (`evidence_start`), a list
of strings is joined with " | ", and a list of records is a table of its own (`mentions`).
Item ids are local to a document, so every table carries `document_id` and joins on
(`document_id`, `<kind>_id`).
"""
from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Iterable
from enum import Enum

import pandas as pd
from pydantic import BaseModel

from models import FACT_KINDS, Document, Entity, ExtractionError

# kind -> (singular, record model), from the table of fact kinds (models/kinds.py).
ITEM_TABLES: dict[str, tuple[str, type[BaseModel]]] = {
    kind.name: (kind.singular, kind.model) for kind in FACT_KINDS}
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


def _kind(annotation) -> str:
    """The column kind of a scalar field: str, int, date, category or list."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)] \
        if typing.get_origin(annotation) in (typing.Union, types.UnionType) else [annotation]
    base = args[0] if args else str
    if typing.get_origin(base) is list:
        return "list"
    if isinstance(base, type) and issubclass(base, Enum):
        return "category"
    if base is dt.date:
        return "date"
    if base is int:
        return "int"
    return "str"


def column_kinds(model: type[BaseModel], prefix: str = "") -> dict[str, str]:
    """Flat column name -> kind, in field order, for a record type."""
    out: dict[str, str] = {}
    for name, field in model.model_fields.items():
        nested = _model_of(field.annotation)
        if _is_record_list(field.annotation):
            continue
        if nested is not None:
            out |= column_kinds(nested, f"{prefix}{name}_")
        else:
            out[prefix + name] = _kind(field.annotation)
    return out


def columns(model: type[BaseModel], prefix: str = "") -> list[str]:
    """The flat column names of a record type."""
    return list(column_kinds(model, prefix))


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


DTYPES = {
    "str": pd.StringDtype(),
    "list": pd.StringDtype(),
    "int": pd.Int64Dtype(),
}


def _categories() -> dict[str, pd.CategoricalDtype]:
    """Fixed categories for enum columns (the same in every chunk of a long run)."""
    out = {"kind": pd.CategoricalDtype(sorted(s for s, _ in ITEM_TABLES.values()))}
    for _, model in ITEM_TABLES.values():
        for name, field in model.model_fields.items():
            args = typing.get_args(field.annotation) or (field.annotation,)
            enum = next((a for a in args if isinstance(a, type) and issubclass(a, Enum)), None)
            if enum is not None:
                out[name] = pd.CategoricalDtype([e.value for e in enum])
    return out


CATEGORIES = _categories()


def typed(frame: pd.DataFrame, kinds: dict[str, str]) -> pd.DataFrame:
    """Declared dtypes: dates as dates (Arrow date32), enums as categories, nullable ints
    and strings; columns not in `kinds` are strings."""
    import pyarrow as pa

    out = frame.copy()
    for col in out.columns:
        kind = kinds.get(col, "str")
        if kind == "date":
            out[col] = pd.to_datetime(out[col], errors="coerce").astype(
                pd.ArrowDtype(pa.date32()))
        elif kind == "category":
            out[col] = out[col].astype(CATEGORIES.get(col, "category"))
        else:
            out[col] = out[col].astype(DTYPES[kind])
    return out


def _item_columns(kind: str) -> list[str]:
    singular, model = ITEM_TABLES[kind]
    return ["document_id"] + [f"{singular}_id" if c == "id" else c for c in columns(model)]


def document_columns() -> list[str]:
    return ["document_id" if c == "id" else c for c in columns(Document)]


class TableBuilder:
    """Collects rows document by document; `frames()` returns the tables."""

    def __init__(self, entities: tuple[dict, dict] | None = None) -> None:
        """`entities`: corpus-level (people, organisations) maps from `extract.entities`;
        without them the entities of the documents added are resolved among themselves."""
        self.entities = entities
        self.rows: dict[str, list[dict]] = {k: [] for k in
                                            ["documents", *ITEM_TABLES, "mentions", "errors"]}
        self.org_forms: list[dict] = []  # names and aliases as lists, for entity resolution

    def add(self, doc: Document) -> None:
        row = flatten(doc)
        row["document_id"] = row.pop("id")
        self.rows["documents"].append(row)
        text = doc.text
        self.org_forms += [{"document_id": doc.id, "organisation_id": o.id, "name": o.name,
                            "aliases": o.aliases, "acronym": o.acronym}
                           for o in doc.organisations]
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
        """The tables, typed, with corpus-level entity ids on people and organisations."""
        cols = {"documents": document_columns(), "mentions": MENTION_COLUMNS,
                "errors": columns(ExtractionError)}
        cols |= {k: _item_columns(k) for k in ITEM_TABLES}
        out = {name: pd.DataFrame(rows, columns=cols[name]) for name, rows in self.rows.items()}
        _add_entities(out, self.org_forms, self.entities)
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
        # The action's time: its date's text, else its time expression's ("the coming weeks").
        times = out["time_expressions"][["document_id", "time_expression_id", "text"]].rename(
            columns={"text": "time_expression"})
        actions = out["actions"].merge(
            actors.rename(columns={"name": "actor"}), how="left",
            on=["document_id", "actor_id"]).merge(dates, how="left", on=["document_id", "time_id"])
        actions = actions.merge(times, how="left", on=["document_id", "time_expression_id"])
        vague = actions.pop("time_expression")
        actions["time"] = actions["time"].where(actions["time"].notna(), vague)
        out["actions"] = actions
        return {name: typed(frame, table_kinds(name)) for name, frame in out.items()}


def table_kinds(name: str) -> dict[str, str]:
    """Column kinds of a table, from the model it derives from."""
    if name == "documents":
        return {("document_id" if c == "id" else c): k for c, k in column_kinds(Document).items()}
    if name == "errors":
        return column_kinds(ExtractionError)
    if name == "entities":
        return column_kinds(Entity)
    if name == "mentions":
        return {c: ("int" if c in ("start", "end", "sent_start", "sent_end") else
                    "category" if c == "kind" else "str") for c in MENTION_COLUMNS}
    singular, model = ITEM_TABLES[name]
    return {(f"{singular}_id" if c == "id" else c): k for c, k in column_kinds(model).items()}


def _add_entities(out: dict[str, pd.DataFrame], org_forms: list[dict],
                  entities: tuple[dict, dict] | None) -> None:
    from extract.entities import organisation_entities, person_entities

    people = out["people"]
    found = entities[0] if entities else person_entities(
        people[["document_id", "person_id", "name"]].to_dict("records"))
    keys = list(zip(people.document_id, people.person_id))
    people["entity_id"] = [found.get(k, (None, None))[0] for k in keys]
    people["entity_name"] = [found.get(k, (None, None))[1] for k in keys]
    orgs = out["organisations"]
    found = entities[1] if entities else organisation_entities(org_forms)
    keys = list(zip(orgs.document_id, orgs.organisation_id))
    orgs["entity_id"] = [found.get(k, (None, None))[0] for k in keys]
    orgs["entity_name"] = [found.get(k, (None, None))[1] for k in keys]


def entity_frame(entities: Iterable[Entity]) -> pd.DataFrame:
    """The `entities` table, typed, its columns from `models.Entity`."""
    frame = pd.DataFrame([flatten(e) for e in entities], columns=columns(Entity))
    return typed(frame, column_kinds(Entity))


def build_tables(documents: Iterable[Document],
                 errors: Iterable[ExtractionError] = ()) -> dict[str, pd.DataFrame]:
    builder = TableBuilder()
    for doc in documents:
        builder.add(doc)
    for error in errors:
        builder.add_error(error)
    from extract.entities import entities_of_tables

    frames = builder.frames()
    return frames | {"entities": entities_of_tables(frames)}

