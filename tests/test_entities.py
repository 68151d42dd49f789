"""Corpus-level entities: ids that do not change with the batch, qualified bodies kept apart,
the database's alias table, and the `entities` table in every output."""
from __future__ import annotations

import gzip
import itertools
import json

import pandas as pd
import pytest
import sqlalchemy as sa

from extract.cues import is_acronym_form
from extract.entities import org_key, person_key, resolve
from extract.tables import build_tables
from models import Document, Entity
from tests.conftest import SHARED


def _rows(docs: list[Document]) -> tuple[list[dict], list[dict]]:
    people = [{"document_id": d.id, "person_id": p.id, "name": p.name}
              for d in docs for p in d.people]
    orgs = [{"document_id": d.id, "organisation_id": o.id, "name": o.name,
             "aliases": o.aliases, "acronym": o.acronym} for d in docs for o in d.organisations]
    return people, orgs


def _org_id(entities, doc: Document, name: str) -> str:
    org = next(o for o in doc.organisations if o.name == name)
    return entities.organisations[(doc.id, org.id)][0]


@pytest.fixture(scope="module")
def releases(extract) -> dict[str, Document]:
    """Invented releases, each naming a body or person one way."""
    texts = {
        "doj": "The Department of Justice announced today that a Texas man pleaded guilty.",
        "justice-dept": "Attorney General Eric H. Holder Jr. said the Justice Department will "
                        "review the case.",
        "justice-dept-2": "The Justice Department said that Eric Holder will testify.",
        "california": "The California Department of Justice announced today that it has joined "
                      "the investigation. The Department of Justice said the case was referred "
                      "by local police.",
    }
    return {key: extract(text, "2016-05-02", doc_id=key) for key, text in texts.items()}


def test_one_name_written_several_ways_is_one_defining_form():
    assert org_key("Justice Department") == org_key("the Department of Justice") == \
        org_key("Justice Department's") == org_key("DEPARTMENT OF JUSTICE")
    assert org_key("Treasury Department") == org_key("Department of the Treasury")
    assert org_key("Civil Rights Division of the Justice Department") == \
        org_key("Civil Rights Division of the Department of Justice")
    assert org_key("California Department of Justice") != org_key("Department of Justice")


def test_ids_do_not_depend_on_the_batch(releases):
    """The batch's preferred name changes ("Justice Department" in one, "Department of
    Justice" in the other); the ids do not."""
    one = [releases["doj"], releases["justice-dept"], releases["justice-dept-2"]]
    two = [releases["doj"], releases["justice-dept"]]
    a, b = resolve(*_rows(one)), resolve(*_rows(two))
    doj = releases["doj"]
    assert a.organisations[(doj.id, "o1")][1] == "Justice Department"
    assert b.organisations[(doj.id, "o1")][1] == "Department of Justice"
    assert _org_id(a, doj, "Department of Justice") == _org_id(b, doj, "Department of Justice")
    assert _org_id(a, doj, "Department of Justice") == \
        _org_id(a, releases["justice-dept"], "Justice Department")
    # "Eric H. Holder" in both, "Eric Holder" only in the first: one person, one id.
    holder = releases["justice-dept"]
    ref = (holder.id, holder.people[0].id)
    assert holder.people[0].name == "Eric H. Holder"
    assert a.people[ref][0] == b.people[ref][0]


def test_a_qualified_body_is_not_its_unqualified_namesake(releases):
    cal = releases["california"]
    assert [(o.name, o.aliases) for o in cal.organisations] == [
        ("California Department of Justice", ["Department of Justice"])]
    found = resolve(*_rows(list(releases.values())))
    federal = _org_id(found, releases["doj"], "Department of Justice")
    assert _org_id(found, cal, "California Department of Justice") != federal
    assert _org_id(found, releases["justice-dept"], "Justice Department") == federal


def test_an_owner_dropped_from_a_unit_still_links():
    """ "Tax Division" of "Justice Department's Tax Division" is the unit, named without its
    owner (not a place): it links the unit across releases."""
    orgs = [{"document_id": "a", "organisation_id": "o1", "name": "Justice Departments Tax "
             "Division", "aliases": ["Tax Division"], "acronym": None},
            {"document_id": "b", "organisation_id": "o1", "name": "Tax Division",
             "aliases": [], "acronym": None}]
    found = resolve([], orgs)
    assert found.organisations[("a", "o1")][0] == found.organisations[("b", "o1")][0]


def test_the_alias_table_keeps_ids_and_merges_what_a_run_links():
    def org(doc, name, aliases=(), acronym=None):
        return {"document_id": doc, "organisation_id": "o1", "name": name,
                "aliases": list(aliases), "acronym": acronym}

    # Run 1 knows the FBI by its acronym only, and the Tax Division under two names.
    first = resolve([], [org("a", "FBI"), org("b", "Tax Division"),
                         org("c", "Justice Departments Tax Division")])
    fbi = first.organisations[("a", "o1")][0]
    tax, unit = first.organisations[("b", "o1")][0], first.organisations[("c", "o1")][0]
    assert tax != unit
    # Run 2 names the FBI in full with its acronym, and links the two names of the unit.
    second = resolve([], [org("d", "Federal Bureau of Investigation", acronym="FBI"),
                          org("e", "Justice Departments Tax Division", ["Tax Division"])],
                     known=first.keys)
    assert second.organisations[("d", "o1")][0] == fbi
    merged_into = second.organisations[("e", "o1")][0]
    assert merged_into in (tax, unit)
    assert second.merged == {({tax, unit} - {merged_into}).pop(): merged_into}
    # Without the table, the full name makes an id of its own.
    assert resolve([], [org("d", "Federal Bureau of Investigation", acronym="FBI")]
                   ).organisations[("d", "o1")][0] != fbi


def test_entities_table_from_tables(releases):
    frames = build_tables(list(releases.values()))
    entities = frames["entities"]
    assert list(entities.columns) == list(Entity.model_fields)
    assert entities["entity_id"].is_unique
    assert set(frames["organisations"]["entity_id"]) <= set(entities["entity_id"])
    assert set(frames["people"]["entity_id"].dropna()) <= set(entities["entity_id"])
    doj = entities[entities["name"] == "Justice Department"].iloc[0]
    assert doj["kind"] == "organisation" and doj["releases"] == 3
    assert doj["names"] == "Justice Department | Department of Justice"
    assert str(doj["first_seen"]) == str(doj["last_seen"]) == "2016-05-02"
    holder = entities[entities["kind"] == "person"]
    assert holder["releases"].tolist() == [2] and holder["name"].tolist() == ["Eric H. Holder"]


# Two runs over overlapping halves of DOJ releases, into one database.
HALF, SHARED_DOCS = 30, 15


@pytest.fixture(scope="module")
def doj_docs(nlp, tmp_path_factory) -> list[Document]:
    from extract.batch import extract_documents
    from extract.readers import read_inputs

    path = SHARED / "data" / "doj_press_releases" / "doj_press_releases.jsonl.gz"
    if not path.exists():
        pytest.skip(f"{path} is not here")
    n = 2 * HALF - SHARED_DOCS
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        lines = list(itertools.islice(fh, 2000, 2000 + n))
    sample = tmp_path_factory.mktemp("doj") / "doj.jsonl"
    sample.write_text("".join(lines), encoding="utf-8")
    docs = [d for d in extract_documents(nlp, read_inputs([sample])) if isinstance(d, Document)]
    assert len(docs) == n
    return docs


def _db_frame(url: str, query: str) -> pd.DataFrame:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        out = pd.read_sql_query(sa.text(query), conn)
    engine.dispose()
    return out


def test_two_runs_into_one_database_agree_on_ids(doj_docs, db_url, tmp_path):
    from extract.runner import write_outputs

    first, second = doj_docs[:HALF], doj_docs[HALF - SHARED_DOCS:]
    write_outputs(first, tmp_path / "one", db=db_url)
    write_outputs(second, tmp_path / "two", db=db_url)
    orgs = _db_frame(db_url, "SELECT document_id, name, entity_id FROM organisations")
    people = _db_frame(db_url, "SELECT document_id, name, entity_id FROM people")
    assert orgs["document_id"].nunique() > 40
    only_first = {d.id for d in first} - {d.id for d in second}
    only_second = {d.id for d in second} - {d.id for d in first}
    checked = 0
    # Bodies named by full names (an acronym two bodies share in one run links neither, so
    # an acronym alone may stand for two ids within one run too).
    named = orgs[~orgs["name"].map(is_acronym_form)]
    for frame, key in ((named, org_key), (people, person_key)):
        frame = frame.assign(key=frame["name"].map(key))
        for _, group in frame.groupby("key"):
            docs = set(group["document_id"])
            if docs & only_first and docs & only_second:  # named in both runs
                checked += 1
                assert group["entity_id"].nunique() == 1, group.to_dict("records")
    assert checked >= 10
    # The entities table covers both runs, one row per id the facts use.
    entities = _db_frame(db_url, "SELECT * FROM entities")
    used = set(orgs["entity_id"].dropna()) | set(people["entity_id"].dropna())
    assert set(entities["entity_id"]) == used
    assert entities["releases"].max() > HALF  # a body named in releases of both runs
    for name in ("one", "two"):  # and each run's own outputs
        csv = pd.read_csv(tmp_path / name / "entities.csv")
        assert list(csv.columns) == list(Entity.model_fields)
        assert len(pd.read_parquet(tmp_path / name / "parquet" / "entities")) == len(csv)
    # The ids of the second run's CSV are the database's.
    csv = pd.read_csv(tmp_path / "two" / "organisations.csv")
    db = _db_frame(db_url, "SELECT document_id, organisation_id, entity_id FROM organisations")
    both = csv.merge(db, on=["document_id", "organisation_id"], suffixes=("", "_db"))
    assert len(both) == len(csv) and (both["entity_id"] == both["entity_id_db"]).all()


def test_read_tables_restores_types(doj_docs, tmp_path):
    from extract.datapackage import read_tables
    from extract.runner import write_outputs

    write_outputs(doj_docs[:HALF], tmp_path, formats=["csv", "parquet"])
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    names = {r["name"] for r in package["resources"]}
    assert {"documents", "people", "organisations", "entities", "mentions",
            "actions_by_actor_and_year"} <= names
    tables = read_tables(tmp_path)
    parquet = {name: pd.read_parquet(tmp_path / "parquet" / name) for name in tables}
    for name, frame in tables.items():
        assert list(frame.columns) == list(parquet[name].columns), name
        assert len(frame) == len(parquet[name]), name
        for col in frame.columns:
            # Integers come back nullable (Int64) where a frame had int64, text as strings.
            family = {"str": "string", "int64": "int64"}
            got, want = (str(t).lower() for t in (frame[col].dtype, parquet[name][col].dtype))
            assert family.get(got, got) == family.get(want, want) or want == "object", \
                (name, col)
    assert str(tables["dates"]["start"].dtype).startswith("date32")
    assert str(tables["entities"]["first_seen"].dtype).startswith("date32")
    assert str(tables["actions_by_actor_and_year"]["target_year"].dtype) == "Int64"
    assert str(tables["people"]["entity_id"].dtype) == "string"
    # Plain pandas loses them: this is what the sidecar is for.
    plain = pd.read_csv(tmp_path / "aggregates" / "actions_by_actor_and_year.csv")
    assert plain["target_year"].isna().any() and plain["target_year"].dtype == "float64"


def test_each_aggregate_is_its_own_parquet_dataset(doj_docs, tmp_path):
    from extract.aggregates import AGGREGATES
    from extract.runner import write_outputs

    write_outputs(doj_docs[:10], tmp_path, formats=["parquet"])
    for name in AGGREGATES:
        frame = pd.read_parquet(tmp_path / "parquet" / name)
        assert len(frame) and frame.notna().any().all() or frame.empty, name
    activity = pd.read_parquet(tmp_path / "parquet" / "organisation_activity")
    assert list(activity.columns) == ["entity_id", "entity_name", "releases", "mentions"]
    assert not (tmp_path / "parquet" / "aggregates").exists()
