"""CSV tables: one file per table (documents.csv, people.csv, ..., errors.csv), chunk by chunk.

errors.csv is written by every run, whatever its formats (the one place error rows always
land): without the csv format this writer writes that table only.
"""
from __future__ import annotations

import csv
from pathlib import Path

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

    def write(self, chunk: Chunk) -> None:
        for name, frame in chunk.frames.items():
            if self.only_errors and name != "errors":
                continue
            if name not in self.files:
                path = self.out_dir / f"{name}.csv"
                tmp = path.with_name(f".{path.name}.tmp")
                fh = tmp.open("w", encoding="utf-8", newline="")
                self.files[name] = (fh, tmp, path)
                frame.to_csv(fh, index=False, quoting=csv.QUOTE_MINIMAL)
            else:
                frame.to_csv(self.files[name][0], index=False, header=False,
                             quoting=csv.QUOTE_MINIMAL)

    def close(self) -> list[Path]:
        written = []
        for fh, tmp, path in self.files.values():
            fh.close()
            tmp.replace(path)
            written.append(path)
        return written

    def abort(self) -> None:
        for fh, tmp, _ in self.files.values():
            fh.close()
            tmp.unlink(missing_ok=True)
