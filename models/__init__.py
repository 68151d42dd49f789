"""Pydantic record types of news-extract: the project's one schema."""
from models.entities import Entity, EntityKind
from models.kinds import FACT_KINDS, KIND_BY_NAME, SUMMARY_KINDS, FactKind
from models.records import (
    SCHEMA_VERSION,
    Action,
    DateMention,
    Document,
    ExtractionError,
    Granularity,
    Mention,
    Modality,
    Organisation,
    Person,
    Role,
    TimeExpression,
    TimexType,
)

__all__ = [
    "FACT_KINDS",
    "KIND_BY_NAME",
    "SCHEMA_VERSION",
    "SUMMARY_KINDS",
    "Action",
    "DateMention",
    "Document",
    "Entity",
    "EntityKind",
    "ExtractionError",
    "FactKind",
    "Granularity",
    "Mention",
    "Modality",
    "Organisation",
    "Person",
    "Role",
    "TimeExpression",
    "TimexType",
]
