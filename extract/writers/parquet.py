"""Parquet: a partitioned dataset per table, parquet/<table>/part-NNNNN.parquet, one file per
chunk (read whole with pandas.read_parquet("parquet/<table>")); the `entities` table and each
aggregate are datasets of their own beside them (parquet/entities/,
parquet/organisation_activity/, ...), so no folder holds two tables: pyarrow reads a folder's
files as one dataset and would silently stack unrelated tables."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd

from extract.entities import Entities
from extract.writers.base import Chunk, WriteOptions, Writer, register

# Where an earlier version kept the aggregates, as single files in one folder.
OLD_AGGREGATES = "aggregates"


@register
class ParquetWriter(Writer):
    name = "parquet"
    order = 2
    tables = True

    def open(self, out_dir: Path, options: WriteOptions) -> None:
        self.out_dir = out_dir
        self.tables_: dict[str, list] = {}  # table -> [next part number, temporary, final]

    def write(self, chunk: Chunk) -> None:
        for name, frame in chunk.frames.items():
            self._write(name, frame)

    def _write(self, name: str, frame: pd.DataFrame) -> None:
        if name not in self.tables_:
            final = self.out_dir / "parquet" / name
            tmp = final.with_name(f".{name}.tmp")
            shutil.rmtree(tmp, ignore_errors=True)
            tmp.mkdir(parents=True)
            self.tables_[name] = [0, tmp, final]
        entry = self.tables_[name]
        frame.to_parquet(entry[1] / f"part-{entry[0]:05d}.parquet", index=False)
        entry[0] += 1

    def write_entities(self, table: pd.DataFrame, entities: Entities) -> None:
        self._write("entities", table)

    def close(self) -> list[Path]:
        written = []
        for _, tmp, path in self.tables_.values():
            _replace(tmp, path)
            written.append(path)
        self.tables_ = {}
        return written

    def write_aggregates(self, frames: dict[str, pd.DataFrame]) -> list[Path]:
        for name, frame in frames.items():
            self._write(name, frame)
        old = self.out_dir / "parquet" / OLD_AGGREGATES
        if old.is_dir() and old.name not in frames:
            shutil.rmtree(old)
        return self.close()

    def abort(self) -> None:
        for _, tmp, _ in self.tables_.values():
            shutil.rmtree(tmp, ignore_errors=True)


def _replace(tmp: Path, path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
    old_file = path.with_suffix(".parquet")
    if old_file.exists():  # a single-file table of an earlier version
        old_file.unlink()
    tmp.replace(path)
