"""SQL: the tables loaded into a database through SQLAlchemy (`extract.store`), then the
entities (the alias table, merges, the `entities` table rebuilt from the whole database) and
the aggregates (`aggregate_<name>` tables).

The default database is the run's own file, OUT/news.db, built afresh beside it and renamed
into place: it mirrors the run (no document of a removed or edited input survives). An
external database (`--db URL`) accumulates runs; with `prune` it keeps this run's documents
only.
"""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from extract.entities import Entities
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
        self.entities: Entities | None = None

    def write(self, chunk: Chunk) -> None:
        from extract.store import write_sql

        frames = chunk.frames
        keyed = {**frames, "errors": frames["errors"].assign(position=chunk.error_positions)}
        write_sql(keyed, self.db, replace_outdated=self.own_db, run=self.run,
                  replace_run=self.chunks == 0)
        self.chunks += 1
        if self.prune:
            self.kept.update(doc.id for doc in chunk.documents)

    def write_entities(self, table: pd.DataFrame, entities: Entities) -> None:
        self.entities = entities  # loaded in `close`, after pruning

    def close(self) -> list[Path]:
        from extract.store import prune_sql, write_entities_sql

        if self.own_db and not self.chunks:
            return []
        if self.prune and not self.own_db:  # delete the documents and errors not this run's
            prune_sql(self.db, self.run, self.kept)
        if self.entities is not None:
            write_entities_sql(self.db, self.entities.keys, self.entities.merged)
        if self.own_db:
            os.replace(self.own_tmp, self.out_dir / OWN_DB)
            self.db = f"sqlite:///{(self.out_dir / OWN_DB).resolve()}"
            return [self.out_dir / OWN_DB]
        return []

    def write_aggregates(self, frames: dict[str, pd.DataFrame]) -> list[Path]:
        from extract.store import write_aggregates_sql

        if self.chunks:
            write_aggregates_sql(self.db, frames)
        return []

    def abort(self) -> None:
        if self.own_db:
            for stale in self.out_dir.glob(f".{OWN_DB}.tmp*"):
                stale.unlink()
