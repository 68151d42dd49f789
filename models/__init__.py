"""Pydantic record types of news-extract: the project's one schema."""
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
    "SCHEMA_VERSION",
    "Action",
    "DateMention",
    "Document",
    "ExtractionError",
    "Granularity",
    "Mention",
    "Modality",
    "Organisation",
    "Person",
    "Role",
    "TimeExpression",
    "TimexType",
]
