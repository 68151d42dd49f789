"""What the report reads from a run's outputs, one row or one record at a time.

Nothing here loads a whole file: `documents.jsonl` is read line by line, `errors.csv` and the
people and organisations tables row by row (CSV, else the Parquet dataset), so the report's
memory does not grow with the number of documents. The tables are written in the order of
`documents.jsonl` (one run writes both from the same stream), which lets `EntityLinks` read a
table alongside the documents: each document's rows are the next group in the table.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from pydantic import ValidationError

from models import Document, ExtractionError

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # a table cell may hold a whole text


@dataclass
class Unreadable:
    """A line of documents.jsonl that is not a valid record: counted and shown, never lost
    silently."""

    line: int
    reason: str


@dataclass
class Line:
    """One line of documents.jsonl, not parsed yet (the report parses only what it shows)."""

    number: int
    text: str

    def document(self) -> Document | Unreadable:
        try:
            return Document.model_validate_json(self.text)
        except ValidationError as error:
            return Unreadable(self.number, f"{error.error_count()} validation error(s), "
                                           f"first: {error.errors()[0]['msg']}")

    def brief(self) -> Brief | Unreadable:
        """What the counts need, without validating the whole record (three times faster)."""
        try:
            return Brief.of(json.loads(self.text))
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            return Unreadable(self.number, f"{type(error).__name__}: {error}")


@dataclass
class Item:
    """An item as the counts see it: `mentions` stands for their number only."""

    id: str
    name: str = ""
    mentions: range = range(0)
    start: dt.date | None = None
    time_id: str | None = None  # an action's date (the time axis counts dates only)


@dataclass
class Brief:
    """A document past the pages and the tables' rows: its counts only."""

    id: str
    title: str | None
    published: dt.date | None
    people: list[Item]
    organisations: list[Item]
    dates: list[Item]
    actions: list[Item]
    roles: list[Item]

    @classmethod
    def of(cls, rec: dict) -> Brief:
        def day(value: str | None) -> dt.date | None:
            return dt.date.fromisoformat(value) if value else None

        def named(items: list[dict]) -> list[Item]:
            return [Item(str(i["id"]), str(i["name"]), range(len(i.get("mentions") or ())))
                    for i in items]

        return cls(str(rec["id"]), rec.get("title"), day(rec.get("published")),
                   named(rec.get("people") or []), named(rec.get("organisations") or []),
                   [Item(str(d["id"]), start=day(d.get("start"))) for d in rec.get("dates") or []],
                   [Item(str(a["id"]), time_id=a.get("time_id"))
                    for a in rec.get("actions") or []],
                   [Item(str(r["id"])) for r in rec.get("roles") or []])


def iter_lines(path: Path) -> Iterator[Line]:
    with Path(path).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                yield Line(n, line)


def iter_errors(directory: Path) -> Iterator[ExtractionError]:
    path = Path(directory) / "errors.csv"
    if not path.exists():
        return
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            yield ExtractionError(source=row.get("source") or "?",
                                  reason=row.get("reason") or "?",
                                  document_id=row.get("document_id") or None)


def table_rows(directory: Path, table: str, columns: list[str]) -> Iterator[dict] | None:
    """The rows of one table of a run (`TABLE.csv`, else `parquet/TABLE/`), only `columns`,
    streamed; None where the run wrote neither or they lack a column."""
    directory = Path(directory)
    path = directory / f"{table}.csv"
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            header = next(csv.reader(fh), [])
        if not set(columns) <= set(header):
            return None
        return _csv_rows(path, columns)
    folder = directory / "parquet" / table
    parts = sorted(folder.glob("*.parquet")) if folder.is_dir() else []
    if not parts:
        return None
    import pyarrow.parquet as pq

    if not set(columns) <= set(pq.read_schema(parts[0]).names):
        return None
    return _parquet_rows(parts, columns)


def _csv_rows(path: Path, columns: list[str]) -> Iterator[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            yield {c: (row[c] or None) for c in columns}


def _parquet_rows(parts: list[Path], columns: list[str]) -> Iterator[dict]:
    import pyarrow.parquet as pq

    for part in parts:
        for batch in pq.ParquetFile(part).iter_batches(batch_size=2_000, columns=columns):
            yield from batch.to_pylist()


class EntityLinks:
    """The corpus-level entity (`entity_id`, `entity_name`) of each person or organisation,
    from its table, read in step with the documents. `unmatched` counts table groups no
    document claimed (the table was not in the documents' order): the report says so."""

    def __init__(self, rows: Iterator[dict] | None, id_column: str) -> None:
        self.available = rows is not None
        self.id_column = id_column
        self._groups = groupby(rows or iter(()), key=lambda r: r["document_id"])
        self._head = self._next()
        self.unmatched = 0

    def _next(self) -> tuple[str, dict[str, tuple[str, str]]] | None:
        for doc_id, rows in self._groups:
            return doc_id, {r[self.id_column]: (r["entity_id"], r["entity_name"] or "")
                            for r in rows if r["entity_id"]}
        return None

    def of(self, doc_id: str) -> dict[str, tuple[str, str]]:
        """item id -> (entity id, entity name) for one document, the next in order."""
        if self._head is not None and self._head[0] == doc_id:
            found = self._head[1]
            self._head = self._next()
            return found
        return {}

    def close(self) -> None:
        while self._head is not None:
            self.unmatched += 1
            self._head = self._next()

    @classmethod
    def of_table(cls, directory: Path, table: str, id_column: str) -> EntityLinks:
        return cls(table_rows(directory, table, ["document_id", id_column, "entity_id",
                                                 "entity_name"]), id_column)


def entity_names(directory: Path, wanted: set[str]) -> dict[str, str]:
    """Preferred names of `wanted` entity ids from an `entities` table, where the run wrote
    one (its name column is `name`, `preferred_name` or `entity_name`); else nothing."""
    for column in ("preferred_name", "name", "entity_name"):
        rows = table_rows(directory, "entities", ["entity_id", column])
        if rows is not None:
            return {r["entity_id"]: r[column] for r in rows
                    if r["entity_id"] in wanted and r[column]}
    return {}
