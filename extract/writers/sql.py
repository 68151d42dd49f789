"""SQL: the tables loaded into a database through SQLAlchemy (`extract.store`).

The default database is the run's own file, OUT/news.db, built afresh beside it and renamed
into place: it mirrors the run (no document of a removed or edited input survives). An
external database (`--db URL`) accumulates runs; with `prune` it keeps this run's documents
only.
"""
from __future__ import annotations

import os
from pathlib import Path

from extract.writers.base import Chunk, WriteOptions, Writer, register

OWN_DB = "news.db"


@register
class SqlWriter(Writer):
    name = "sql"
    order = 3
    tables = True

    def open(self, out_dir: Path, options: WriteOptions) -> None:
        self.out_dir, self.prune = out_dir, options.prune
        self.own_db = options.db is None
        self.own_tmp = out_dir / f".{OWN_DB}.tmp"
        if self.own_db:
            for stale in out_dir.glob(f".{OWN_DB}.tmp*"):
                stale.unlink()
        self.db = options.db or f"sqlite:///{self.own_tmp.resolve()}"
        self.run = str(out_dir.resolve())  # whose error rows these are, in the database
        self.chunks = 0
        self.kept: set[str] = set()  # the run's document ids, for pruning an external database

    def write(self, chunk: Chunk) -> None:
        from extract.store import write_sql

        frames = chunk.frames
        keyed = {**frames, "errors": frames["errors"].assign(position=chunk.error_positions)}
        write_sql(keyed, self.db, replace_outdated=self.own_db, run=self.run,
                  replace_run=self.chunks == 0)
        self.chunks += 1
        if self.prune:
            self.kept.update(doc.id for doc in chunk.documents)

    def close(self) -> list[Path]:
        if self.own_db:
            if not self.chunks:
                return []
            os.replace(self.own_tmp, self.out_dir / OWN_DB)
            return [self.out_dir / OWN_DB]
        if self.prune:  # delete the documents (with their facts) and errors not this run's
            from extract.store import prune_sql

            prune_sql(self.db, self.run, self.kept)
        return []

    def abort(self) -> None:
        if self.own_db:
            for stale in self.out_dir.glob(f".{OWN_DB}.tmp*"):
                stale.unlink()
