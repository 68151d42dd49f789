"""The corpus-level entity: one row per person or organisation across releases.

Records (`models/records.py`) describe one release; an entity gathers the records that name the
same person or body across releases. Its id comes from the body's defining form, or from the
database's alias table where an earlier run named it (`extract/entities.py`), so it does not
change with the batch. The `entities` table in CSV, Parquet and SQL derives its columns from
this model.
"""
from __future__ import annotations

import datetime as dt
from enum import Enum

from pydantic import Field

from models.records import Record


class EntityKind(str, Enum):
    person = "person"
    organisation = "organisation"


class Entity(Record):
    entity_id: str = Field(description="stable corpus-level id: per-... or org-...; the "
                           "entity_id column of people and organisations points here")
    kind: EntityKind
    name: str = Field(description="preferred name: the most frequent name of its records")
    names: list[str] = Field(default_factory=list,
                             description="every name its records have, most frequent first")
    first_seen: dt.date | None = Field(
        default=None, description="earliest publication date of a release naming it")
    last_seen: dt.date | None = Field(
        default=None, description="latest publication date of a release naming it")
    releases: int = Field(ge=0, description="number of releases naming it")
    mentions: int = Field(ge=0, description="number of mentions in those releases")
