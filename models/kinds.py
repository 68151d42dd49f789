"""The kinds of fact a document holds, in one table.

Conversion from a spaCy Doc (`extract.convert`), the tables and their id columns
(`extract.tables`), the database keys (`extract.store`), the report's colours and labels
(`extract.report`) and the run summary's counts (`extract.runner`) all read this table, so a
new kind of fact is a record model (`models/records.py`), a field on `Document`, an entry
here and the component that finds it.
"""
from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from models.records import Action, DateMention, Organisation, Person, Role, TimeExpression


@dataclass(frozen=True)
class FactKind:
    """One kind of fact: where it lives on the Doc, the record, the table, the report."""

    name: str  # the field of `Document` and the table name: "people"
    model: type[BaseModel]  # the record type of one item
    singular: str  # "person": the id column is `person_id`, the mentions' `kind` is this
    label: str  # in the report's legend and hover text
    colour: str  # the report's highlight (dark text on it stays readable, WCAG AA)
    report_kind: str  # the report's CSS class `k-<report_kind>`
    legend: int  # position in the report's legend (its order predates this table)
    doc_attr: str = ""  # `doc._.<doc_attr>`; default: the name
    span_key: str | None = ""  # `doc.spans[<span_key>]`; "" = the name, None = none
    summary: bool = True  # counted in the run summary
    # Columns that point at an item of another kind: (column, that kind's name). The database
    # gets a foreign key for each, and loads that kind's table first.
    references: tuple[tuple[str, str], ...] = ()

    @property
    def attribute(self) -> str:
        return self.doc_attr or self.name

    @property
    def spans(self) -> str | None:
        return self.name if self.span_key == "" else self.span_key

    @property
    def table(self) -> str:
        return self.name

    @property
    def id_column(self) -> str:
        return f"{self.singular}_id"


# In table order: the mentions table lists each document's mentions kind by kind in this order.
FACT_KINDS: tuple[FactKind, ...] = (
    FactKind("people", Person, "person", "Person", "#ffd8a8", "person", 0),
    FactKind("organisations", Organisation, "organisation", "Organisation", "#a5d8ff",
             "organisation", 1),
    FactKind("roles", Role, "role", "Role", "#eebefa", "role", 4,
             references=(("person_id", "people"), ("organisation_id", "organisations"))),
    FactKind("dates", DateMention, "date", "Date", "#b2f2bb", "date", 2),
    FactKind("actions", Action, "action", "Planned action", "#ffc9c9", "action", 5,
             references=(("time_id", "dates"), ("time_expression_id", "time_expressions"))),
    FactKind("time_expressions", TimeExpression, "time_expression", "Other time expression",
             "#d8f5a2", "time", 3, span_key=None, summary=False),
)
KIND_BY_NAME: dict[str, FactKind] = {k.name: k for k in FACT_KINDS}
SUMMARY_KINDS: tuple[str, ...] = tuple(k.name for k in FACT_KINDS if k.summary)
