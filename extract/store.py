"""Writing the tables to Parquet and to SQL databases, and reading records back.

The SQL schema is derived from the typed tables (which derive from the pydantic models):
column types from dtypes, primary keys on (`document_id`, `<kind>_id`), foreign keys to the
document and between facts (a role's person and organisation, an action's date and time
expression), indexes on the join columns and on entity ids. Loading is idempotent: the
documents being loaded lose their old facts first, in the same transaction, so a re-run updates
and never duplicates, and a changed document (same id) replaces its old facts. SQLite is the
embedded default; any SQLAlchemy URL works (`postgresql+psycopg://user@host/db`).

Error rows are keyed on (`run`, `position`): the run's output folder and the input's position
in it, since many inputs share a source (every record of a JSON Lines file). A run replaces its
own error rows, and those of other runs about the same document (or, without a document id,
the same source and reason); `prune_sql` makes the database hold one run only.
"""
from __future__ import annotations

import tempfile
import uuid
from pathlib import Path

import pandas as pd
import sqlalchemy as sa

from extract.tables import ITEM_TABLES, LIST_SEPARATOR, MENTION_COLUMNS
from models import FACT_KINDS, KIND_BY_NAME, SCHEMA_VERSION, Document


def _load_order() -> list[str]:
    """The fact tables, each after the kinds its columns point at (a foreign key needs its
    parent rows first), otherwise in the order of the table of fact kinds."""
    order: list[str] = []
    waiting = list(FACT_KINDS)
    while waiting:
        kind = next((k for k in waiting if all(p in order for _, p in k.references)), None)
        if kind is None:
            raise ValueError(f"fact kinds refer to each other in a cycle: {waiting}")
        order.append(kind.name)
        waiting.remove(kind)
    return order


# Tables in load order (parents first); `errors` and aggregates are keyed differently.
FACT_TABLES = ["documents", *_load_order(), "mentions"]
PRIMARY_KEYS = {
    "documents": ["document_id"],
    **{kind.name: ["document_id", kind.id_column] for kind in FACT_KINDS},
    "mentions": ["document_id", "kind", "item_id", "start", "end"],
}
FOREIGN_KEYS = {  # table -> [(columns, parent table, parent columns)]
    kind.name: [(["document_id", column], parent, ["document_id", KIND_BY_NAME[parent].id_column])
                for column, parent in kind.references]
    for kind in FACT_KINDS if kind.references
}
VERSION_TABLE = "news_extract_schema"
ERROR_KEYS = ["run", "position"]
CONNECT_TIMEOUT = 5  # seconds, for check_database
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
    sa.Table("errors", meta, sa.Column("run", sa.String(1024), primary_key=True),
             sa.Column("position", sa.BigInteger, primary_key=True, autoincrement=False),
             *[sa.Column(c, sa.Text) for c in errors.columns if c not in ERROR_KEYS],
             sa.Index("ix_errors_source", "source"),
             sa.Index("ix_errors_document_id", "document_id"))
    return meta


def _keyed_errors(errors: pd.DataFrame, run: str) -> pd.DataFrame:
    """The errors frame with its key columns; without positions, the rows' own order."""
    out = errors.drop(columns=[c for c in ERROR_KEYS if c in errors.columns])
    positions = errors["position"] if "position" in errors.columns else range(len(errors))
    out.insert(0, "position", [int(p) for p in positions])
    out.insert(0, "run", run)
    return out


def _drop_unkeyed_errors(engine: sa.Engine) -> None:
    """An errors table of an earlier version (rows keyed by a counter, deleted by source) cannot
    be kept apart per input: dropped, the next runs fill it again."""
    inspector = sa.inspect(engine)
    if "errors" in inspector.get_table_names() \
            and not set(ERROR_KEYS) <= {c["name"] for c in inspector.get_columns("errors")}:
        with engine.begin() as conn:
            conn.execute(sa.text("DROP TABLE errors"))


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
              replace_outdated: bool = False, run: str = "", replace_run: bool = False) -> None:
    """Load the tables into the database at `url`, replacing the facts of these documents.
    Errors are keyed on (`run`, their `position` column, else their order); `replace_run`
    first deletes every error row of `run` (the first chunk a run loads)."""
    engine = engine_for(url)
    frames = {**frames, "errors": _keyed_errors(frames["errors"], run)}
    meta = schema(frames)
    _check_version(engine, meta, replace_outdated)
    _drop_unkeyed_errors(engine)
    meta.create_all(engine)
    with engine.begin() as conn:
        conn.execute(sa.text(f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} "
                             "(schema_version VARCHAR(16) PRIMARY KEY)"))
        conn.execute(sa.text(f"DELETE FROM {VERSION_TABLE}"))
        conn.execute(sa.text(f"INSERT INTO {VERSION_TABLE} VALUES (:v)"), {"v": SCHEMA_VERSION})
    doc_ids = list(frames["documents"]["document_id"].astype(str))
    with engine.begin() as conn:
        for name in reversed(FACT_TABLES):
            table = meta.tables[name]
            for ids in _slices(doc_ids):
                conn.execute(table.delete().where(table.c.document_id.in_(ids)))
        _delete_errors(conn, meta.tables["errors"], frames["errors"], doc_ids, run, replace_run)
        for name in FACT_TABLES + ["errors"]:
            rows = _records(frames[name])
            for i in range(0, len(rows), chunk):
                conn.execute(meta.tables[name].insert(), rows[i:i + chunk])
    engine.dispose()


def _slices(values: list, size: int = 500) -> list[list]:
    """Bound lists for IN clauses (drivers limit the parameters of one statement)."""
    return [values[i:i + size] for i in range(0, len(values), size)]


def _delete_errors(conn, table: sa.Table, errors: pd.DataFrame, doc_ids: list[str], run: str,
                   replace_run: bool) -> None:
    """Make room for these error rows: this run's at these positions (all of them with
    `replace_run`), and other runs' rows about the same inputs, which these supersede."""
    if replace_run:
        conn.execute(table.delete().where(table.c.run == run))
    else:
        for positions in _slices([int(p) for p in errors["position"]]):
            conn.execute(table.delete().where(table.c.run == run,
                                              table.c.position.in_(positions)))
    other = table.c.run != run
    known = errors["document_id"].notna()
    ids = sorted(set(doc_ids) | set(errors.loc[known, "document_id"].astype(str)))
    for chunk in _slices(ids):
        conn.execute(table.delete().where(other, table.c.document_id.in_(chunk)))
    pairs = sorted(set(zip(errors.loc[~known, "source"], errors.loc[~known, "reason"])))
    for chunk in _slices(pairs):
        conn.execute(table.delete().where(other, table.c.document_id.is_(None),
                                          sa.tuple_(table.c.source, table.c.reason).in_(chunk)))


def prune_sql(url: str, run: str, keep: set[str]) -> int:
    """Delete the documents not in `keep` (with their facts) and the error rows of runs other
    than `run`: the database then holds that one run. Returns how many documents went."""
    engine = engine_for(url)
    names = set(sa.inspect(engine).get_table_names())
    if "documents" not in names:
        engine.dispose()
        return 0
    meta = sa.MetaData()
    meta.reflect(engine, only=[n for n in FACT_TABLES + ["errors"] if n in names])
    with engine.begin() as conn:
        documents = meta.tables["documents"]
        gone = [i for i in conn.execute(sa.select(documents.c.document_id)).scalars()
                if i not in keep]
        for name in reversed(FACT_TABLES):
            if name in meta.tables:
                table = meta.tables[name]
                for ids in _slices(gone):
                    conn.execute(table.delete().where(table.c.document_id.in_(ids)))
        if "errors" in meta.tables:
            errors = meta.tables["errors"]
            conn.execute(errors.delete().where(errors.c.run != run))
    engine.dispose()
    return len(gone)


class DatabaseUnavailable(RuntimeError):
    """The database of a run cannot be reached or written."""


def check_database(url: str, timeout: float = CONNECT_TIMEOUT) -> None:
    """Before a run: connect to `url` and create and drop a scratch table (SQLite: the file's
    folder must take a new file, as SQLite writes a journal beside it; an existing file must
    be a database that takes a table). Raises DatabaseUnavailable
    with one line (what failed, the URL without its password) instead of failing after the
    extraction, hours later."""
    try:
        parsed = sa.engine.make_url(url)
    except Exception as error:  # noqa: BLE001  (ArgumentError, ValueError: not a URL)
        raise DatabaseUnavailable(f"not a database URL: {url!r} ({error})") from None
    shown = parsed.render_as_string(hide_password=True)

    def fail(what: str, error: BaseException | None = None) -> DatabaseUnavailable:
        detail = f": {_one_line(error)}" if error is not None else ""
        if parsed.password:
            detail = detail.replace(str(parsed.password), "***")
        return DatabaseUnavailable(f"database {shown}: {what}{detail}")

    connect_args: dict = {}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:" \
                and not parsed.database.startswith("file:"):
            path = Path(parsed.database).resolve()
            if not path.parent.is_dir():
                raise fail(f"folder {path.parent} does not exist")
            try:  # a real write: os.access says yes to root on a read-only file system
                tempfile.TemporaryFile(dir=path.parent).close()
            except OSError as error:
                raise fail(f"folder {path.parent} is not writable", error) from None
            if not path.exists():
                return  # connecting would create the file: the run will
    elif parsed.get_backend_name() in ("postgresql", "mysql", "mariadb"):
        connect_args["connect_timeout"] = max(1, int(timeout))
    try:
        engine = sa.create_engine(parsed, connect_args=connect_args)
    except Exception as error:  # noqa: BLE001  (a missing driver, an unknown dialect)
        raise fail("cannot load its driver", error) from None
    scratch = f"news_extract_check_{uuid.uuid4().hex[:12]}"
    try:
        with engine.connect() as conn:
            table = sa.Table(scratch, sa.MetaData(), sa.Column("x", sa.Integer))
            table.create(conn)
            table.drop(conn)
            conn.commit()
    except Exception as error:  # noqa: BLE001  (any driver's connection or permission error)
        raise fail("cannot connect and create a table", error) from None
    finally:
        engine.dispose()


def _one_line(error: BaseException) -> str:
    """A driver's message on one line (psycopg's span several)."""
    text = " ".join(str(getattr(error, "orig", None) or error).split())
    return f"{type(getattr(error, 'orig', None) or error).__name__}: {text}"[:300]


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



# The alias table: every organisation key a run saw (a defining form "org:department of
# justice" or an acronym "acr:fbi") and the entity id it stands for. A later run consults it,
# so a body keeps its id whatever the batch calls it.
KEYS_TABLE = "entity_keys"
ENTITIES_TABLE = "entities"


def _entity_tables(meta: sa.MetaData) -> tuple[sa.Table, sa.Table]:
    """The `entities` table (columns from `models.Entity`) and the alias table."""
    from extract.tables import entity_frame

    frame = entity_frame([])
    entities = sa.Table(
        ENTITIES_TABLE, meta,
        *[sa.Column(c, sa.String(255) if c == "entity_id" else
                    sa.String(64) if c == "kind" else _sql_type(frame[c].dtype),
                    primary_key=c == "entity_id", nullable=c != "entity_id")
          for c in frame.columns],
        sa.Index("ix_entities_kind", "kind"))
    keys = sa.Table(KEYS_TABLE, meta, sa.Column("entity_key", sa.String(1024), primary_key=True),
                    sa.Column("entity_id", sa.String(255), nullable=False),
                    sa.Index(f"ix_{KEYS_TABLE}_entity_id", "entity_id"))
    return entities, keys


def read_entity_keys(url: str) -> dict[str, str]:
    """The database's alias table (key -> entity id); empty for a new database."""
    engine = engine_for(url)
    try:
        if KEYS_TABLE not in sa.inspect(engine).get_table_names():
            return {}
        with engine.connect() as conn:
            rows = conn.execute(sa.text(f"SELECT entity_key, entity_id FROM {KEYS_TABLE}")).all()
        return {key: ident for key, ident in rows}
    finally:
        engine.dispose()


def write_entities_sql(url: str, keys: dict[str, str], merged: dict[str, str]) -> None:
    """After a run's facts are loaded: keep its alias keys (a defining form takes the run's
    id, an acronym keeps the id it had), re-point the ids the run merged, and rebuild the
    `entities` table from what the database now holds, whichever runs loaded it. The
    entity_name of people and organisations becomes the entity's preferred name there."""
    engine = engine_for(url)
    meta = sa.MetaData()
    entities, key_table = _entity_tables(meta)
    meta.create_all(engine)
    known = read_entity_keys(url)
    with engine.begin() as conn:
        for old, new in sorted(merged.items()):
            for table in ("people", "organisations", KEYS_TABLE):
                conn.execute(sa.text(f"UPDATE {table} SET entity_id = :new "
                                     "WHERE entity_id = :old"), {"new": new, "old": old})
        changed = [{"k": k, "v": v} for k, v in keys.items()
                   if k in known and known[k] != v and k.startswith("org:")]
        if changed:
            conn.execute(sa.text(f"UPDATE {KEYS_TABLE} SET entity_id = :v WHERE entity_key = :k"),
                         changed)
        new_rows = [{"entity_key": k, "entity_id": v} for k, v in sorted(keys.items())
                    if k not in known]
        for i in range(0, len(new_rows), 5_000):
            conn.execute(key_table.insert(), new_rows[i:i + 5_000])
    refresh_entities(engine, entities)
    engine.dispose()


def refresh_entities(engine: sa.Engine, entities: sa.Table) -> None:
    """Rebuild the `entities` table from the people, organisations, documents and mentions
    tables (so it holds every run the database has), in one transaction."""
    from extract.entities import entity_rows, entity_table

    with engine.connect() as conn:
        read = {
            "people": "SELECT entity_id, name, document_id, person_id FROM people "
                      "WHERE entity_id IS NOT NULL",
            "organisations": "SELECT entity_id, name, document_id, organisation_id "
                             "FROM organisations WHERE entity_id IS NOT NULL",
            "documents": "SELECT document_id, published FROM documents",
            "counts": "SELECT document_id, kind, item_id, count(*) AS mentions FROM mentions "
                      "WHERE kind IN ('person', 'organisation') "
                      "GROUP BY document_id, kind, item_id",
        }
        t = {name: pd.read_sql_query(sa.text(query), conn) for name, query in read.items()}
    table = entity_table(entity_rows(t["people"], t["organisations"], t["documents"],
                                     t["counts"]).to_dict("records"))
    with engine.begin() as conn:
        conn.execute(entities.delete())
        rows = _records(table)
        for i in range(0, len(rows), 5_000):
            conn.execute(entities.insert(), rows[i:i + 5_000])
        for name in ("people", "organisations"):
            conn.execute(sa.text(
                f"UPDATE {name} SET entity_name = (SELECT e.name FROM {ENTITIES_TABLE} e "
                f"WHERE e.entity_id = {name}.entity_id) WHERE entity_id IS NOT NULL"))


def write_aggregates_sql(url: str, frames: dict[str, pd.DataFrame]) -> None:
    """The aggregates as tables of their own (`aggregate_<name>`), replaced at each run."""
    engine = engine_for(url)
    with engine.begin() as conn:
        for name, frame in frames.items():
            frame.to_sql(f"aggregate_{name}", conn, if_exists="replace", index=False)
    engine.dispose()
