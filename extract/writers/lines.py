"""A JSON Lines file written as the chunks come, renamed into place at the end."""
from __future__ import annotations

from pathlib import Path

from extract.atomic import atomic_write
from extract.writers.base import Chunk, WriteOptions, Writer
from models import Document


class LinesWriter(Writer):
    """One line per document of the run, in input order, in `file_name`."""

    file_name = ""

    def line(self, doc: Document) -> str:
        raise NotImplementedError

    def open(self, out_dir: Path, options: WriteOptions) -> None:
        self.path = out_dir / self.file_name
        self._file = atomic_write(self.path)
        self._fh = self._file.__enter__()

    def write(self, chunk: Chunk) -> None:
        for doc in chunk.documents:
            self._fh.write(self.line(doc) + "\n")

    def close(self) -> list[Path]:
        self._file.__exit__(None, None, None)
        return [self.path]

    def abort(self) -> None:
        error = RuntimeError("run aborted")
        self._file.__exit__(RuntimeError, error, None)  # closes and removes the temporary file
