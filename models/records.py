"""The record types: the one schema that JSON output, tables and database columns derive from.

Every extracted item is grounded: it keeps the character offsets of each mention into
`Document.text` (so `text[start:end] == mention.text`) and the offsets of the sentence the
mention came from. Item ids (``p1``, ``o2``, ``r1``, ``d3``, ``a1``) are local to a document;
tables join on ``(document_id, id)``.
"""
from __future__ import annotations

import datetime as dt
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field, field_validator

SCHEMA_VERSION = "1.4"


class Granularity(str, Enum):
    day = "day"
    week = "week"
    month = "month"
    quarter = "quarter"
    half = "half"
    year = "year"


class Modality(str, Enum):
    planned = "planned"
    intended = "intended"
    scheduled = "scheduled"
    agreed = "agreed"
    expected = "expected"
    considered = "considered"


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


class Mention(Record):
    """One occurrence of an item in the text, with the sentence it came from."""

    start: int = Field(ge=0, description="character offset of the mention's first character")
    end: int = Field(ge=0, description="character offset just past the mention")
    text: str = Field(description="the mention as written: Document.text[start:end]")
    sent_start: int = Field(ge=0, description="offset of the sentence holding the mention")
    sent_end: int = Field(ge=0, description="offset just past that sentence")


class Organisation(Record):
    id: str
    name: str = Field(
        description="canonical name: the fullest form the text uses, no leading 'the'")
    aliases: list[str] = Field(default_factory=list, description="other forms of the same body")
    acronym: str | None = Field(default=None, description="the acronym the text defines, if any")
    parent_id: str | None = Field(
        default=None, description="id of the organisation this is a unit of")
    mentions: list[Mention] = Field(default_factory=list)


class Person(Record):
    id: str
    name: str = Field(description="the most complete form the text gives, without honorifics")
    honorific: str | None = Field(default=None, description="Mr., Ms., Dr., H.E. ... as written")
    mentions: list[Mention] = Field(default_factory=list)


class Role(Record):
    id: str
    person_id: str
    title: str = Field(description="the position as written, without articles or organisation")
    organisation_id: str | None = Field(
        default=None, description="the body the position belongs to")
    evidence: Mention


class DateMention(Record):
    id: str
    text: str
    start: dt.date | None = Field(default=None, description="first day the expression covers")
    end: dt.date | None = Field(default=None, description="last day the expression covers")
    granularity: Granularity | None = None
    timex_value: str | None = Field(
        default=None, description="TIMEX3 value (ISO 8601 / TimeML): 2021-11, 2021-Q3, 2021-W47")
    evidence: Mention


class TimexType(str, Enum):
    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class TimeExpression(Record):
    """A temporal expression that is not a calendar date: a duration ("three years", P3Y),
    a recurrence ("annual", P1Y), a time of day ("9:15 p.m.", T21:15) or a vague reference
    ("now", PRESENT_REF). Kept apart from `dates`; TIMEX3 type and value as in TimeML."""

    id: str
    text: str
    timex_type: TimexType
    timex_value: str | None = None
    evidence: Mention


class Action(Record):
    id: str
    text: str = Field(description="main verb to the end of its object and complements")
    trigger: str = Field(description="the words that mark the action as planned")
    modality: Modality
    actor_id: str | None = Field(
        default=None, description="id of the acting person or organisation")
    time_id: str | None = Field(default=None, description="id of the DateMention it is anchored to")
    time_expression_id: str | None = Field(
        default=None, description="id of the TimeExpression it is anchored to, where no date "
        "anchors it ('in the coming weeks')")
    evidence: Mention


class Document(Record):
    schema_version: str = SCHEMA_VERSION
    id: str = Field(description="given by the input, else derived from the content")
    source: str | None = Field(default=None, description="path or URL the text came from")
    title: str | None = None
    published: dt.date | None = Field(default=None, description="the release's own date")
    published_from: str | None = Field(
        default=None, description="where the publication date was found: metadata (the input's), header "
        "(a stamp, dateline or labelled line at the top), or text (a line at the end)"
    )
    language: str = "en"
    encoding: str = Field(
        default="utf-8", description="encoding the input was decoded from (detected where it "
        "was not UTF-8): utf-8, cp1252, utf-16, ...")
    warnings: list[str] = Field(
        default_factory=list, description="what was wrong with the input but did not stop its "
        "extraction: invalid metadata dropped, text repaired; one sentence each")
    text: str
    people: list[Person] = Field(default_factory=list)
    organisations: list[Organisation] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    time_expressions: list[TimeExpression] = Field(default_factory=list)

    @field_validator("warnings", mode="before")
    @classmethod
    def _warnings_from_table(cls, value: object) -> object:
        """Tables store a list of strings joined with " | " (and none as null): read that
        form back, so the database round trip rebuilds the record."""
        if value is None or value == "":
            return []
        return value.split(" | ") if isinstance(value, str) else value

    def time_of(self, action: Action) -> DateMention | TimeExpression | None:
        """What an action is anchored to: its date, else its time expression ("the coming
        weeks"), else None."""
        if action.time_id is not None:
            found = next((d for d in self.dates if d.id == action.time_id), None)
            if found is not None:
                return found
        if action.time_expression_id is not None:
            return next((t for t in self.time_expressions if t.id == action.time_expression_id),
                        None)
        return None

    def to_gold(self) -> dict:
        """The flat shape of ../shared/gold/GUIDELINES.md, for score.py."""
        orgs = {o.id: o for o in self.organisations}
        people = {p.id: p for p in self.people}

        def actor_name(actor_id: str | None) -> str | None:
            if actor_id in orgs:
                return orgs[actor_id].name
            if actor_id in people:
                return people[actor_id].name
            return None

        seen_dates: set[tuple] = set()
        gold_dates = []
        for d in self.dates:
            key = (d.text.casefold(), d.start, d.end)
            if key in seen_dates:
                continue
            seen_dates.add(key)
            gold_dates.append({
                "text": d.text,
                "start": d.start.isoformat() if d.start else None,
                "end": d.end.isoformat() if d.end else None,
                "granularity": d.granularity,
            })
        return {
            "id": self.id,
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
            "text": self.text,
            "people": [
                {
                    "name": p.name,
                    "roles": [
                        {"title": r.title,
                         "organisation": orgs[r.organisation_id].name
                         if r.organisation_id in orgs else None}
                        for r in self.roles if r.person_id == p.id
                    ],
                }
                for p in self.people
            ],
            "organisations": [{"name": o.name, "aliases": o.aliases} for o in self.organisations],
            "dates": gold_dates,
            "actions": [
                {"text": a.text, "actor": actor_name(a.actor_id),
                 "time": time.text if (time := self.time_of(a)) else None}
                for a in self.actions
            ],
        }


class ExtractionError(Record):
    """An input that yielded no document: why, and where it came from."""

    source: str = Field(description="path (and line or member) of the failed input")
    reason: str = Field(description="why, in one line")
    document_id: str | None = None

    @field_validator("reason")
    @classmethod
    def _one_line(cls, value: str) -> str:
        """Every failure is one line on stderr and one row of errors.csv, whatever a library's
        message holds."""
        return " ".join(value.split())
