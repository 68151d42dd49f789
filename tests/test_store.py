"""Tables into databases (SQLite always, PostgreSQL where a server is reachable) and Parquet:
keys, idempotent reloads, and a lossless round trip of every record in corpus/."""

import pandas as pd
import pytest
import sqlalchemy as sa

from extract.aggregates import aggregates
from extract.batch import extract_documents
from extract.readers import read_inputs
from extract.store import read_documents, write_parquet, write_sql
from extract.tables import build_tables
from models import Action, Document, Mention, Organisation, TimeExpression
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def corpus_docs(nlp) -> list[Document]:
    docs = [d for d in extract_documents(nlp, read_inputs([CORPUS])) if isinstance(d, Document)]
    assert len(docs) == 16
    return docs


def _count(url: str, table: str) -> int:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        n = conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()
    engine.dispose()
    return n


def test_round_trip_is_lossless(corpus_docs, db_url):
    write_sql(build_tables(corpus_docs), db_url)
    back = {d.id: d for d in read_documents(db_url)}
    assert set(back) == {d.id for d in corpus_docs}
    for doc in corpus_docs:
        assert back[doc.id] == doc, doc.id


def test_reloading_updates_and_never_duplicates(corpus_docs, db_url):
    frames = build_tables(corpus_docs)
    write_sql(frames, db_url)
    counts = {t: _count(db_url, t) for t in ["documents", "people", "mentions", "roles"]}
    write_sql(frames, db_url)
    assert {t: _count(db_url, t) for t in counts} == counts
    # A changed document (same id) replaces its old facts.
    first = corpus_docs[0]
    changed = first.model_copy(update={"people": first.people[:1], "roles": [
        r for r in first.roles if r.person_id == first.people[0].id]})
    write_sql(build_tables([changed]), db_url)
    back = {d.id: d for d in read_documents(db_url)}
    assert back[first.id].people == first.people[:1]
    assert _count(db_url, "documents") == counts["documents"]


def test_keys_and_indexes(corpus_docs, tmp_path):
    url = f"sqlite:///{tmp_path / 'k.db'}"
    write_sql(build_tables(corpus_docs), url)
    inspector = sa.inspect(sa.create_engine(url))
    assert inspector.get_pk_constraint("roles")["constrained_columns"] == ["document_id",
                                                                           "role_id"]
    fks = {tuple(fk["constrained_columns"]): fk["referred_table"]
           for fk in inspector.get_foreign_keys("roles")}
    assert fks[("document_id", "person_id")] == "people"
    assert fks[("document_id",)] == "documents"
    indexed = {tuple(ix["column_names"]) for ix in inspector.get_indexes("organisations")}
    assert ("entity_id",) in indexed and ("document_id",) in indexed


def test_dtypes_and_parquet(corpus_docs, tmp_path):
    frames = build_tables(corpus_docs)
    assert str(frames["dates"]["start"].dtype).startswith("date32")
    assert str(frames["dates"]["granularity"].dtype) == "category"
    assert str(frames["mentions"]["start"].dtype) == "Int64"
    write_parquet(frames, tmp_path)
    back = pd.read_parquet(tmp_path / "dates.parquet")
    assert len(back) == len(frames["dates"])
    assert back["start"].dropna().map(type).eq(pd.Timestamp).all() or \
        str(back["start"].dtype).startswith("date32")


def test_entities_join_across_releases_and_aggregates(corpus_docs):
    frames = build_tables(corpus_docs)
    orgs = frames["organisations"]
    # The FBI is named in several DOJ releases: one corpus-level entity.
    fbi = orgs[orgs["name"] == "FBI"]
    assert fbi["document_id"].nunique() >= 3 and fbi["entity_id"].nunique() == 1
    summary = aggregates(frames)
    activity = summary["organisation_activity"]
    top = activity.iloc[0]
    assert top["releases"] == activity["releases"].max()
    pairs = summary["organisation_cooccurrence"]
    assert (pairs["releases"] >= 1).all()
    roles = summary["person_roles_over_time"]
    seed = roles[roles["person"] == "Natalie Pauwels"]
    assert seed["title"].tolist() == ["Head of Unit"]
    assert str(seed["first_seen"].iloc[0]) == "2021-11-25"


def test_aggregates_combined_over_chunks_equal_the_whole(corpus_docs):
    from extract.aggregates import combine
    from extract.entities import organisation_entities, person_entities
    from extract.tables import TableBuilder

    whole = aggregates(build_tables(corpus_docs))
    people = [{"document_id": d.id, "person_id": p.id, "name": p.name}
              for d in corpus_docs for p in d.people]
    orgs = [{"document_id": d.id, "organisation_id": o.id, "name": o.name,
             "aliases": o.aliases, "acronym": o.acronym}
            for d in corpus_docs for o in d.organisations]
    entities = (person_entities(people), organisation_entities(orgs))
    partials: dict = {}
    for chunk in (corpus_docs[:5], corpus_docs[5:11], corpus_docs[11:]):
        builder = TableBuilder(entities)
        for doc in chunk:
            builder.add(doc)
        for name, frame in aggregates(builder.frames()).items():
            partials.setdefault(name, []).append(frame)
    for name, frame in whole.items():
        combined = combine(name, partials[name])
        rows = sorted(map(str, combined.astype(str).values.tolist()))
        assert rows == sorted(map(str, frame.astype(str).values.tolist())), name


def _anchored_to_a_time_expression() -> Document:
    """A release whose one action is anchored to a time expression, not to a date."""
    text = "Acme Corp. will name a new director in the coming weeks."

    def at(part: str) -> Mention:
        start = text.index(part)
        return Mention(start=start, end=start + len(part), text=part, sent_start=0,
                       sent_end=len(text))

    return Document(
        id="acme", published="2019-03-04", text=text,
        organisations=[Organisation(id="o1", name="Acme Corp.", mentions=[at("Acme Corp.")])],
        time_expressions=[TimeExpression(id="t1", text="the coming weeks",
                                         timex_type="DURATION", timex_value="PXW",
                                         evidence=at("the coming weeks"))],
        actions=[Action(id="a1", text="name a new director", trigger="will",
                        modality="planned", actor_id="o1", time_expression_id="t1",
                        evidence=at("name a new director"))])


def test_an_action_anchored_to_a_time_expression_keeps_its_id_in_every_table(tmp_path):
    doc = _anchored_to_a_time_expression()
    assert doc.to_gold()["actions"] == [
        {"text": "name a new director", "actor": "Acme Corp.", "time": "the coming weeks"}]
    frames = build_tables([doc])
    row = frames["actions"].iloc[0]
    assert row["time_expression_id"] == "t1" and pd.isna(row["time_id"])
    assert row["time"] == "the coming weeks"  # the readable join: the expression's text
    assert str(frames["actions"]["time_expression_id"].dtype) == "string"
    url = f"sqlite:///{tmp_path / 't.db'}"
    write_sql(frames, url)
    inspector = sa.inspect(sa.create_engine(url))
    assert "time_expression_id" in {c["name"] for c in inspector.get_columns("actions")}
    fks = {tuple(fk["constrained_columns"]): fk["referred_table"]
           for fk in inspector.get_foreign_keys("actions")}
    assert fks[("document_id", "time_expression_id")] == "time_expressions"
    assert fks[("document_id", "time_id")] == "dates"
    assert list(read_documents(url)) == [doc]
    write_parquet(frames, tmp_path)
    assert pd.read_parquet(tmp_path / "actions.parquet")["time_expression_id"].tolist() == ["t1"]
