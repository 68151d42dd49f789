"""Parquet: a partitioned dataset per table, parquet/<table>/part-NNNNN.parquet, one file per
chunk (read whole with pandas.read_parquet("parquet/<table>")), and the aggregates as single
files in parquet/aggregates/."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd

from extract.writers.base import Chunk, WriteOptions, Writer, register


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
            if name not in self.tables_:
                final = self.out_dir / "parquet" / name
                tmp = final.with_name(f".{name}.tmp")
                shutil.rmtree(tmp, ignore_errors=True)
                tmp.mkdir(parents=True)
                self.tables_[name] = [0, tmp, final]
            entry = self.tables_[name]
            frame.to_parquet(entry[1] / f"part-{entry[0]:05d}.parquet", index=False)
            entry[0] += 1

    def close(self) -> list[Path]:
        written = []
        for _, tmp, path in self.tables_.values():
            shutil.rmtree(path, ignore_errors=True)
            old_file = path.with_suffix(".parquet")
            if old_file.exists():  # a single-file table of an earlier version
                old_file.unlink()
            tmp.replace(path)
            written.append(path)
        return written

    def write_aggregates(self, frames: dict[str, pd.DataFrame]) -> list[Path]:
        from extract.store import write_parquet

        return write_parquet(frames, self.out_dir / "parquet" / "aggregates")

    def abort(self) -> None:
        for _, tmp, _ in self.tables_.values():
            shutil.rmtree(tmp, ignore_errors=True)
