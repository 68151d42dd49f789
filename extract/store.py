"""Writing the tables to Parquet and to SQL databases, and reading records back.

The SQL schema is derived from the typed tables (which derive from the pydantic models):
column types from dtypes, primary keys on (`document_id`, `<kind>_id`), foreign keys to the
document and between facts (a role's person and organisation, an action's date), indexes on
the join columns and on entity ids. Loading is idempotent: the documents being loaded lose
their old facts first, in the same transaction, so a re-run updates and never duplicates, and a
changed document (same id) replaces its old facts. SQLite is the embedded default; any
SQLAlchemy URL works (`postgresql+psycopg://user@host/db`).
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import sqlalchemy as sa

from extract.tables import ITEM_TABLES, LIST_SEPARATOR, MENTION_COLUMNS
from models import SCHEMA_VERSION, Document

# Tables in load order (parents first); `errors` and aggregates are keyed differently.
FACT_TABLES = ["documents", "people", "organisations", "dates", "roles", "actions",
               "time_expressions", "mentions"]
PRIMARY_KEYS = {
    "documents": ["document_id"],
    **{name: ["document_id", f"{singular}_id"] for name, (singular, _) in ITEM_TABLES.items()},
    "mentions": ["document_id", "kind", "item_id", "start", "end"],
}
FOREIGN_KEYS = {  # table -> [(columns, parent table, parent columns)]
    "roles": [(["document_id", "person_id"], "people", ["document_id", "person_id"]),
              (["document_id", "organisation_id"], "organisations",
               ["document_id", "organisation_id"])],
    "actions": [(["document_id", "time_id"], "dates", ["document_id", "date_id"])],
}
VERSION_TABLE = "news_extract_schema"
INDEXED = {"entity_id", "person_id", "organisation_id", "actor_id", "published", "kind"}


def _sql_type(dtype) -> sa.types.TypeEngine:
    text = str(dtype)
    if text.startswith("date32"):
        return sa.Date()
    if text in ("Int64", "int64"):
        return sa.BigInteger()
    if text == "category":
        return sa.String(64)
    return sa.Text()


def schema(frames: dict[str, pd.DataFrame]) -> sa.MetaData:
    """SQLAlchemy tables for the typed frames."""
    meta = sa.MetaData()
    for name in FACT_TABLES:
        frame = frames[name]
        keys = PRIMARY_KEYS[name]
        cols = [sa.Column(c, sa.String(255) if c.endswith("_id") or c == "kind"
                          else _sql_type(frame[c].dtype),
                          primary_key=c in keys, nullable=c not in keys)
                for c in frame.columns]
        args: list = []
        if name != "documents":
            args.append(sa.ForeignKeyConstraint(["document_id"], ["documents.document_id"],
                                                ondelete="CASCADE"))
        for local, parent, remote in FOREIGN_KEYS.get(name, []):
            args.append(sa.ForeignKeyConstraint(local, [f"{parent}.{c}" for c in remote],
                                                ondelete="CASCADE"))
        table = sa.Table(name, meta, *cols, *args)
        for c in frame.columns:
            if c in INDEXED and c not in keys[:1]:
                sa.Index(f"ix_{name}_{c}", table.c[c])
        if name != "documents":
            sa.Index(f"ix_{name}_document_id", table.c.document_id)
    errors = frames["errors"]
    sa.Table("errors", meta, sa.Column("error_id", sa.Integer, primary_key=True,
                                       autoincrement=True),
             *[sa.Column(c, sa.Text) for c in errors.columns],
             sa.Index("ix_errors_source", "source"))
    return meta


def engine_for(url: str) -> sa.Engine:
    engine = sa.create_engine(url)
    if engine.dialect.name == "sqlite":
        @sa.event.listens_for(engine, "connect")
        def _fk_on(dbapi_connection, _):  # SQLite enforces foreign keys only when asked
            dbapi_connection.execute("PRAGMA foreign_keys=ON")
    return engine


def _records(frame: pd.DataFrame) -> list[dict]:
    """Rows with None for missing values and Python dates/ints, as drivers want them."""
    out = frame.astype(object).where(frame.notna(), None)
    return out.to_dict("records")


class SchemaMismatch(RuntimeError):
    """The database holds tables of another schema version."""


def _check_version(engine: sa.Engine, meta: sa.MetaData, replace_outdated: bool) -> None:
    """Tables of another schema version are rebuilt where the database is the run's own
    file, and refused otherwise (never silently mixed)."""
    inspector = sa.inspect(engine)
    existing = set(inspector.get_table_names())
    if not existing & set(meta.tables):
        return
    found = None
    if VERSION_TABLE in existing:
        with engine.connect() as conn:
            found = conn.execute(sa.text(f"SELECT schema_version FROM {VERSION_TABLE}")).scalar()
    if found == SCHEMA_VERSION:
        return
    if not replace_outdated:
        raise SchemaMismatch(
            f"the database holds news-extract tables of schema {found or 'unknown'}, this is "
            f"schema {SCHEMA_VERSION}: load into a new database or drop those tables first")
    meta.drop_all(engine)
    with engine.begin() as conn:
        conn.execute(sa.text(f"DROP TABLE IF EXISTS {VERSION_TABLE}"))


def write_sql(frames: dict[str, pd.DataFrame], url: str, chunk: int = 5_000,
              replace_outdated: bool = False) -> None:
    """Load the tables into the database at `url`, replacing the facts of these documents."""
    engine = engine_for(url)
    meta = schema(frames)
    _check_version(engine, meta, replace_outdated)
    meta.create_all(engine)
    with engine.begin() as conn:
        conn.execute(sa.text(f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} "
                             "(schema_version VARCHAR(16) PRIMARY KEY)"))
        conn.execute(sa.text(f"DELETE FROM {VERSION_TABLE}"))
        conn.execute(sa.text(f"INSERT INTO {VERSION_TABLE} VALUES (:v)"), {"v": SCHEMA_VERSION})
    doc_ids = list(frames["documents"]["document_id"].astype(str))
    sources = list(frames["errors"]["source"].astype(str))
    with engine.begin() as conn:
        for name in reversed(FACT_TABLES):
            table = meta.tables[name]
            for i in range(0, len(doc_ids), 500):
                conn.execute(table.delete().where(table.c.document_id.in_(doc_ids[i:i + 500])))
        errors = meta.tables["errors"]
        for i in range(0, len(sources), 500):
            conn.execute(errors.delete().where(errors.c.source.in_(sources[i:i + 500])))
        for name in FACT_TABLES + ["errors"]:
            rows = _records(frames[name])
            for i in range(0, len(rows), chunk):
                conn.execute(meta.tables[name].insert(), rows[i:i + chunk])
    engine.dispose()


def write_parquet(frames: dict[str, pd.DataFrame], directory: Path) -> list[Path]:
    """One Parquet file per table, written atomically."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, frame in frames.items():
        path = directory / f"{name}.parquet"
        tmp = directory / f".{name}.parquet.tmp"
        frame.to_parquet(tmp, index=False)
        tmp.replace(path)
        paths.append(path)
    return paths


def _split(value) -> list[str]:
    return [] if value in (None, "") else str(value).split(LIST_SEPARATOR)


def read_documents(url: str) -> list[Document]:
    """The records stored in a database, rebuilt from its tables (the round trip)."""
    engine = engine_for(url)
    with engine.connect() as conn:
        t = {name: pd.read_sql_table(name, conn) for name in FACT_TABLES}
    engine.dispose()
    mentions: dict[tuple, list[dict]] = {}
    for row in t["mentions"].to_dict("records"):
        key = (row["document_id"], row["kind"], row["item_id"])
        mentions.setdefault(key, []).append({c: row[c] for c in MENTION_COLUMNS[3:-1]})
    for rows in mentions.values():
        rows.sort(key=lambda m: m["start"])

    def items(name: str, doc_id: str) -> list[dict]:
        singular, model = ITEM_TABLES[name]
        frame = t[name]
        out = []
        for row in frame[frame["document_id"] == doc_id].to_dict("records"):
            rec: dict = {"id": row[f"{singular}_id"]}
            evidence = {}
            for field, info in model.model_fields.items():
                if field == "id":
                    continue
                if field == "mentions":
                    rec[field] = mentions.get((doc_id, singular, rec["id"]), [])
                elif field == "evidence":
                    evidence = {c[len("evidence_"):]: row[c] for c in row
                                if c.startswith("evidence_")}
                    rec[field] = evidence
                elif field == "aliases":
                    rec[field] = _split(row[field])
                else:
                    rec[field] = None if pd.isna(row[field]) else row[field]
            out.append(rec)
        return sorted(out, key=lambda r: int(str(r["id"])[1:]))

    docs = []
    for row in t["documents"].to_dict("records"):
        doc_id = row["document_id"]
        fields = {k: (None if pd.isna(v) else v) for k, v in row.items() if k != "document_id"}
        docs.append(Document(id=doc_id, **fields,
                             **{name: items(name, doc_id) for name in ITEM_TABLES}))
    return docs

