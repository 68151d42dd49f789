"""CSV tables: one file per table (documents.csv, people.csv, ..., entities.csv, errors.csv),
chunk by chunk, and their schema sidecar `datapackage.json` (`extract.datapackage`).

errors.csv is written by every run, whatever its formats (the one place error rows always
land): without the csv format this writer writes that table only.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from extract.datapackage import resource, write_descriptor
from extract.entities import Entities
from extract.writers.base import Chunk, WriteOptions, Writer, register


@register
class CsvWriter(Writer):
    name = "csv"
    order = 1
    tables = True
    always = True

    def open(self, out_dir: Path, options: WriteOptions) -> None:
        self.out_dir = out_dir
        self.only_errors = self.name not in options.formats
        self.files: dict[str, tuple] = {}  # table -> (open file, temporary path, final path)
        self.resources: dict[str, dict] = {}  # table -> its datapackage.json resource

    def write(self, chunk: Chunk) -> None:
        for name, frame in chunk.frames.items():
            if self.only_errors and name != "errors":
                continue
            self._write(name, frame)

    def _write(self, name: str, frame: pd.DataFrame) -> None:
        if name not in self.files:
            path = self.out_dir / f"{name}.csv"
            tmp = path.with_name(f".{path.name}.tmp")
            fh = tmp.open("w", encoding="utf-8", newline="")
            self.files[name] = (fh, tmp, path)
            self.resources[name] = resource(name, path.name, frame)
            frame.to_csv(fh, index=False, quoting=csv.QUOTE_MINIMAL)
        else:
            frame.to_csv(self.files[name][0], index=False, header=False,
                         quoting=csv.QUOTE_MINIMAL)

    def write_entities(self, table: pd.DataFrame, entities: Entities) -> None:
        if not self.only_errors:
            self._write("entities", table)

    def close(self) -> list[Path]:
        written = []
        for fh, tmp, path in self.files.values():
            fh.close()
            tmp.replace(path)
            written.append(path)
        if self.resources and not self.only_errors:
            written.append(write_descriptor(self.out_dir, list(self.resources.values())))
        return written

    def write_aggregates(self, frames: dict[str, pd.DataFrame]) -> list[Path]:
        """The aggregates (written by the run to aggregates/*.csv) join the package."""
        if self.only_errors or not self.resources:
            return []
        self.resources |= {name: resource(name, f"aggregates/{name}.csv", frame)
                           for name, frame in frames.items()}
        return [write_descriptor(self.out_dir, list(self.resources.values()))]

    def abort(self) -> None:
        for fh, tmp, _ in self.files.values():
            fh.close()
            tmp.unlink(missing_ok=True)
