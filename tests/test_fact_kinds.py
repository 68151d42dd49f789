"""The table of fact kinds is the one place a kind is declared: the schema, conversion, tables,
database keys, report and run summary agree with it."""
from __future__ import annotations

import typing

from extract.report import KINDS, spans_of
from extract.runner import RunSummary
from extract.store import FACT_TABLES, FOREIGN_KEYS, PRIMARY_KEYS
from extract.tables import ITEM_TABLES, build_tables
from models import FACT_KINDS, KIND_BY_NAME, Document


def _item_fields() -> dict[str, type]:
    """Document fields that hold a list of records: the facts."""
    out = {}
    for name, field in Document.model_fields.items():
        if typing.get_origin(field.annotation) is list:
            (arg,) = typing.get_args(field.annotation)
            if isinstance(arg, type) and hasattr(arg, "model_fields"):
                out[name] = arg
    return out


def test_every_fact_field_of_the_schema_is_a_declared_kind():
    assert {k.name: k.model for k in FACT_KINDS} == _item_fields()


def test_names_id_columns_and_report_classes_are_unique():
    for attribute in ("name", "singular", "report_kind", "colour", "legend"):
        values = [getattr(k, attribute) for k in FACT_KINDS]
        assert len(set(values)) == len(values), attribute


def test_tables_and_keys_derive_from_the_kinds():
    assert ITEM_TABLES == {k.name: (k.singular, k.model) for k in FACT_KINDS}
    for kind in FACT_KINDS:
        assert PRIMARY_KEYS[kind.name] == ["document_id", kind.id_column]
        assert kind.name in FACT_TABLES


def test_references_are_loaded_after_their_parents():
    for kind in FACT_KINDS:
        for column, parent in kind.references:
            assert parent in KIND_BY_NAME
            assert FACT_TABLES.index(parent) < FACT_TABLES.index(kind.name)
            assert (["document_id", column], parent,
                    ["document_id", KIND_BY_NAME[parent].id_column]) in FOREIGN_KEYS[kind.name]


def test_report_legend_has_each_kind_with_its_label_and_colour():
    assert list(KINDS) == [k.report_kind for k in sorted(FACT_KINDS, key=lambda k: k.legend)]
    for kind in FACT_KINDS:
        assert KINDS[kind.report_kind] == (kind.label, kind.colour)


def test_summary_counts_the_kinds_marked_for_it():
    assert list(RunSummary().facts) == [k.name for k in FACT_KINDS if k.summary]


def test_a_real_release_fills_every_kind_through_the_table(seed):
    """The seed release has facts of every kind: conversion read each Doc attribute, the tables
    got one row per item under the kind's id column, and the report marks each kind."""
    tables = build_tables([seed])
    for kind in FACT_KINDS:
        items = getattr(seed, kind.name)
        assert items, kind.name
        assert list(tables[kind.name][kind.id_column]) == [i.id for i in items]
    singulars = set(tables["mentions"]["kind"].astype(str))
    assert singulars == {k.singular for k in FACT_KINDS}
    assert {span[2] for span in spans_of(seed)} == {k.report_kind for k in FACT_KINDS}


def test_span_keys_are_set_by_the_components(nlp):
    from conftest import SEED_TEXT

    doc = nlp(SEED_TEXT)
    for kind in FACT_KINDS:
        assert getattr(doc._, kind.attribute) is not None, kind.attribute
        if kind.spans is not None:
            assert kind.spans in doc.spans, kind.spans


def test_a_kind_the_report_has_no_details_for_is_still_marked(seed, monkeypatch):
    """A new kind needs no report code: its mentions are marked with its label and colour."""
    from extract.report import marks as report

    label = KIND_BY_NAME["roles"].label
    detailed = [s for s in spans_of(seed) if s[2] == "role"]
    assert detailed and all(s[4] != label for s in detailed)
    monkeypatch.setattr(report, "DETAILED", tuple(k for k in report.DETAILED if k != "roles"))
    generic = [s for s in report.spans_of(seed) if s[2] == "role" and s[4] == label]
    assert [s[:4] for s in generic] == [s[:4] for s in detailed]
    assert ".k-role{background:" + KIND_BY_NAME["roles"].colour in report.CSS
