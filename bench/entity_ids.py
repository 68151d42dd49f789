"""Do two runs loaded into one database agree on entity ids? (issue 20)

    python bench/entity_ids.py OUT1 OUT2 --db sqlite:////tmp/ids.db \
        [--db postgresql+psycopg://postgres@127.0.0.1:54329/postgres]

OUT1 and OUT2 are the output folders of two `news-extract run`s (over overlapping halves of
an archive, say); their `documents.jsonl` are loaded, first then second, into each empty
database given, through the run's own loading path (`extract.runner.write_outputs`). Printed:
the bodies and people named in both runs (records of both, grouped by defining form or folded
name; bodies named by an acronym alone apart, as an acronym two bodies share in one run links
neither, so one acronym may stand for several ids within a run too) and how many of them have
more than one id in the database, and, for comparison, in the two runs' own outputs (each
resolved alone, no database to consult).
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import pandas as pd
import sqlalchemy as sa

from extract.cues import is_acronym_form
from extract.entities import org_key, person_key, resolve
from extract.runner import write_outputs
from models import Document


def _documents(out: Path) -> list[Document]:
    with (out / "documents.jsonl").open(encoding="utf-8") as fh:
        return [Document.model_validate(json.loads(line)) for line in fh]


def _records(docs: list[Document], run: str, ids: tuple[dict, dict]) -> pd.DataFrame:
    rows = []
    for d in docs:
        rows += [("person", person_key(p.name), d.id, ids[0].get((d.id, p.id), (None,))[0], run)
                 for p in d.people]
        rows += [("acronym" if is_acronym_form(o.name) else "organisation", org_key(o.name),
                  d.id, ids[1].get((d.id, o.id), (None,))[0], run) for o in d.organisations]
    return pd.DataFrame(rows, columns=["kind", "key", "document_id", "entity_id", "run"])


def _in_both(frame: pd.DataFrame) -> pd.DataFrame:
    """Per (kind, key) named in both runs: the number of distinct ids."""
    runs = frame.groupby(["kind", "key"])["run"].nunique()
    both = runs[runs == 2].index
    ids = frame.groupby(["kind", "key"])["entity_id"].nunique()
    return ids.loc[both].rename("ids").reset_index()


def _report(label: str, counted: pd.DataFrame) -> None:
    for kind in ("organisation", "acronym", "person"):
        part = counted[counted["kind"] == kind]
        print(f"  {label}: {kind}s named in both runs {len(part):,}, "
              f"with more than one id {int((part['ids'] > 1).sum()):,}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("first", type=Path)
    ap.add_argument("second", type=Path)
    ap.add_argument("--db", action="append", default=[], help="an empty database (repeatable)")
    ap.add_argument("--show", action="store_true", help="list the keys with several ids")
    args = ap.parse_args()
    first, second = _documents(args.first), _documents(args.second)
    shared = {d.id for d in first} & {d.id for d in second}
    print(f"runs: {len(first):,} and {len(second):,} releases, {len(shared):,} in both")

    def alone(docs: list[Document], run: str) -> pd.DataFrame:
        people = [{"document_id": d.id, "person_id": p.id, "name": p.name}
                  for d in docs for p in d.people]
        orgs = [{"document_id": d.id, "organisation_id": o.id, "name": o.name,
                 "aliases": o.aliases, "acronym": o.acronym}
                for d in docs for o in d.organisations]
        return _records(docs, run, resolve(people, orgs).as_tuple())

    _report("each run alone", _in_both(pd.concat([alone(first, "1"), alone(second, "2")])))
    for url in args.db:
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            write_outputs(first, Path(tmp) / "one", formats=["sql"], db=url)
            write_outputs(second, Path(tmp) / "two", formats=["sql"], db=url)
            took = time.perf_counter() - started
        engine = sa.create_engine(url)
        with engine.connect() as conn:
            people = pd.read_sql_query(sa.text(
                "SELECT document_id, person_id, entity_id FROM people"), conn)
            orgs = pd.read_sql_query(sa.text(
                "SELECT document_id, organisation_id, entity_id FROM organisations"), conn)
            entities = conn.execute(sa.text("SELECT count(*) FROM entities")).scalar_one()
        engine.dispose()
        ids = ({(d, i): (e,) for d, i, e in people.itertuples(index=False)},
               {(d, i): (e,) for d, i, e in orgs.itertuples(index=False)})
        both = pd.concat([_records(first, "1", ids), _records(second, "2", ids)])
        print(f"{sa.engine.make_url(url).get_backend_name()}: both runs loaded in {took:.1f} s, "
              f"{entities:,} rows in entities")
        counted = _in_both(both)
        _report("in the database", counted)
        if args.show:
            split = counted[counted["ids"] > 1][["kind", "key"]]
            print(both.merge(split).drop_duplicates(["kind", "key", "entity_id"]).to_string())


if __name__ == "__main__":
    main()
