"""The report site, built in one pass over a stream of documents.

Each document is rendered and written as it comes (with a link to the one before and after),
and leaves behind only what the index shows: counts per entity (for the top lists), counts per
month (for the time axes), the first rows of each table and the first errors. Memory is one
document, those capped lists, and one counter per distinct entity and month, however many
documents there are. Pages are written for the first `max_pages` documents; the index and
the lists of releases link only to pages that were written.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from extract.atomic import atomic_write
from extract.entities import person_key
from extract.evaluation import norm_org
from extract.report.marks import CSS, KINDS, highlight, mention_anchor, page_name, short_label
from extract.report.marks import spans_of as _spans_of
from extract.report.sources import EntityLinks, Unreadable
from extract.report.timeline import time_chart
from models import DateMention, Document, ExtractionError

TOP = 25  # entities in each top list
TABLE_ROWS = 200  # rows of each table in the index (all rows: the CSV and Parquet tables)
FIRST_ERRORS = 100
LIST_SIZE = 500  # releases per page of the list of releases
MAX_PAGES = 5_000  # document pages written (the first in input order)
ALSO_KNOWN = 4  # other names kept per entity for the top lists


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).with_name("templates")),
        autoescape=True, trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined)
    js = (Path(__file__).with_name("templates") / "report.js").read_text(encoding="utf-8")
    env.globals.update(css=Markup(CSS), js=Markup(js), kinds=KINDS, short_label=short_label)
    return env


def render(template: str, **context) -> str:
    return _env().get_template(template).render(**context)


@dataclass
class Tally:
    """One entity across the run."""

    name: str
    releases: int = 0
    mentions: int = 0
    names: dict[str, int] = field(default_factory=dict)  # a few forms seen, with counts
    first: tuple[str, str] | None = None  # (href, title) of the first release with a page
    last_doc: str = ""


@dataclass
class Table:
    caption: str
    header: list[str]
    rows: list[list] = field(default_factory=list)
    total: int = 0
    source: str = ""  # where all rows are

    @property
    def full(self) -> bool:
        return len(self.rows) >= TABLE_ROWS

    def add(self, row: list) -> None:
        if not self.full:
            self.rows.append(row)


def link(href: str | None, text: object) -> Markup:
    """A link where the page exists, else the text alone (escaped either way)."""
    text = escape(text if text is not None else "")
    return Markup(f'<a href="{escape(href)}">{text}</a>') if href is not None else text


class Site:
    """The report folder being written: `add` each document in order, then `finish`."""

    def __init__(self, out_dir: Path, people: EntityLinks | None = None,
                 organisations: EntityLinks | None = None, max_pages: int = MAX_PAGES) -> None:
        self.out = Path(out_dir)
        (self.out / "documents").mkdir(parents=True, exist_ok=True)
        self.links = {"people": people, "organisations": organisations}
        self.max_pages = max_pages
        self.documents = 0
        self.facts = dict.fromkeys(["people", "organisations", "roles", "actions", "dates"], 0)
        self.entities: dict[str, dict[str, Tally]] = {"people": {}, "organisations": {}}
        self.by_name = {"people": 0, "organisations": 0}  # items counted by name, not entity
        self.published: dict[tuple[int, int], int] = {}
        self.dated: dict[tuple[int, int], int] = {}
        self.planned: dict[tuple[int, int], int] = {}
        self.tables = {
            "people": Table("People", ["Name", "Entity", "Mentions", "Release"],
                            source="people"),
            "organisations": Table("Organisations", ["Name", "Entity", "Aliases", "Mentions",
                                                     "Release"], source="organisations"),
            "roles": Table("Roles", ["Person", "Title", "Organisation", "Release"],
                           source="roles"),
            "actions": Table("Planned actions", ["Action", "Modality", "Actor", "Time",
                                                 "Release"], source="actions"),
            "dates": Table("Dates", ["Text", "Start", "End", "Granularity", "Release"],
                           source="dates"),
        }
        self.releases: list[tuple[str, str, str]] = []  # the list page being filled
        self.first_releases: list[tuple[str, str, str]] = []  # shown on the index
        self.list_pages = 0
        self.errors: list[ExtractionError] = []
        self.error_count = 0
        self.unreadable: list[Unreadable] = []  # the first few
        self.unreadable_count = 0
        self.pages = 0
        self.used_names: set[str] = set()

    # -- one document ---------------------------------------------------------------------
    def shows(self, index: int) -> bool:
        """Whether the document at `index` gets a page or rows in the index's tables."""
        return index < self.max_pages or not all(t.full for t in self.tables.values())

    def unreadable_line(self, item: Unreadable) -> None:
        self.unreadable_count += 1
        if len(self.unreadable) < 10:
            self.unreadable.append(item)

    def page_of(self, doc: Document, index: int) -> str | None:
        """The page file of the document at `index`, or None past the cap."""
        if index >= self.max_pages:
            return None
        name = page_name(doc.id)
        n = 2
        while name in self.used_names:  # two records with one id: two pages
            name = page_name(f"{doc.id}#{n}")
            n += 1
        self.used_names.add(name)
        return name

    def add(self, doc: Document, index: int, page: str | None, prev: tuple | None,
            next_: tuple | None) -> None:
        self.documents += 1
        href = f"documents/{page}" if page else None
        title = doc.title or doc.id
        entity = {kind: self._entities_of(kind, doc) for kind in self.entities}
        self._count(doc, href, title, entity)
        for kind, table in self.tables.items():
            table.total += len(getattr(doc, kind))
        if not all(t.full for t in self.tables.values()):
            self._rows(doc, href, title, entity)
        entry = (href or "", title, doc.published.isoformat() if doc.published else "")
        if page:
            self._list(entry)
            self.pages += 1
            # One file each, in a folder the report owns: written directly (a rename per page
            # costs more than the page on a busy disk).
            (self.out / "documents" / page).write_text(
                self.document_page(doc, entity, index, prev, next_), encoding="utf-8")

    def _entities_of(self, kind: str, doc: Document) -> dict[str, tuple[str, str]]:
        """item id -> (entity key, entity name); by normalised name where the run's tables
        give no entity (a run without csv/parquet, or an item the table lacks)."""
        links = self.links[kind]
        found = links.of(doc.id) if links is not None else {}
        out = {}
        for item in getattr(doc, kind):
            if item.id in found:
                out[item.id] = found[item.id]
            else:
                self.by_name[kind] += 1
                key = person_key(item.name) if kind == "people" else norm_org(item.name)
                out[item.id] = (f"name:{key or item.name}", item.name)
        return out

    def _count(self, doc: Document, href: str | None, title: str,
               entity: dict[str, dict[str, tuple[str, str]]]) -> None:
        for kind in self.facts:
            self.facts[kind] += len(getattr(doc, kind))
        for kind, tallies in self.entities.items():
            for item in getattr(doc, kind):
                key, name = entity[kind][item.id]
                tally = tallies.get(key)
                if tally is None:
                    tally = tallies[key] = Tally(name)
                if tally.last_doc != doc.id:
                    tally.releases += 1
                    tally.last_doc = doc.id
                tally.mentions += len(item.mentions)
                if item.name in tally.names or len(tally.names) < ALSO_KNOWN + 1:
                    tally.names[item.name] = tally.names.get(item.name, 0) + 1
                if tally.first is None and href:
                    tally.first = (f"{href}#{mention_anchor(item.id)}", title)
        if doc.published:
            month = (doc.published.year, doc.published.month)
            self.published[month] = self.published.get(month, 0) + 1
        starts = {}
        for d in doc.dates:
            if d.start:
                month = (d.start.year, d.start.month)
                self.dated[month] = self.dated.get(month, 0) + 1
                starts[d.id] = month
        for a in doc.actions:  # by its date's month: a time expression has none
            if a.time_id in starts:
                self.planned[starts[a.time_id]] = self.planned.get(starts[a.time_id], 0) + 1

    def _rows(self, doc: Document, href: str | None, title: str,
              entity: dict[str, dict[str, tuple[str, str]]]) -> None:
        def at(item_id: str) -> str | None:
            return f"{href}#{mention_anchor(item_id)}" if href else None

        release = link(href, title)
        people = {p.id: p for p in doc.people}
        orgs = {o.id: o for o in doc.organisations}
        t = self.tables
        for p in doc.people:
            t["people"].add([link(at(p.id), p.name), entity["people"][p.id][1],
                             len(p.mentions), release])
        for o in doc.organisations:
            t["organisations"].add([link(at(o.id), o.name), entity["organisations"][o.id][1],
                                    ", ".join(o.aliases), len(o.mentions), release])
        for r in doc.roles:
            org = orgs.get(r.organisation_id)
            who = people.get(r.person_id)
            t["roles"].add([who.name if who else "", link(at(r.id), r.title),
                            org.name if org else "", release])
        for a in doc.actions:
            actor = (orgs.get(a.actor_id) or people.get(a.actor_id)) if a.actor_id else None
            time = doc.time_of(a)  # its date, else its time expression
            t["actions"].add([link(at(a.id), a.text), a.modality, actor.name if actor else "",
                              time.text if time else "", release])
        for d in doc.dates:
            t["dates"].add([link(at(d.id), d.text), d.start or "", d.end or "",
                            d.granularity or "", release])

    def document_page(self, doc: Document, entity: dict, index: int, prev: tuple | None,
                      next_: tuple | None) -> str:
        people = {p.id: p for p in doc.people}
        orgs = {o.id: o for o in doc.organisations}
        roles = [{"anchor": mention_anchor(r.id),
                  "person": people[r.person_id].name if r.person_id in people else "?",
                  "person_anchor": mention_anchor(r.person_id) if r.person_id in people
                  and people[r.person_id].mentions else None,
                  "title": r.title,
                  "organisation": orgs[r.organisation_id].name
                  if r.organisation_id in orgs else ""} for r in doc.roles]
        actions = []
        for a in doc.actions:
            actor = (orgs.get(a.actor_id) or people.get(a.actor_id)) if a.actor_id else None
            time = doc.time_of(a)  # a date has its range; a time expression only its words
            when = ""
            if time is not None:
                dated = isinstance(time, DateMention) and time.start
                when = time.text + (f" ({time.start} to {time.end})" if dated else "")
            actions.append({"anchor": mention_anchor(a.id), "text": a.text,
                            "modality": a.modality, "actor": actor.name if actor else "",
                            "when": when})
        linked = [{"anchor": mention_anchor(item.id), "kind": kind, "name": item.name,
                   "entity": entity[kind][item.id][1],
                   "has_mention": bool(item.mentions)}
                  for kind in ("people", "organisations") for item in getattr(doc, kind)]
        return render("document.html", doc=doc, depth=1, prev=prev, next=next_,
                      text=Markup(highlight(doc.text, _spans_of(doc))), roles=roles,
                      actions=actions, entities=linked, title=doc.title or doc.id,
                      list_page=list_name(index // LIST_SIZE + 1))

    # -- releases list pages --------------------------------------------------------------
    def _list(self, entry: tuple[str, str, str]) -> None:
        if len(self.first_releases) < 20:
            self.first_releases.append(entry)
        if len(self.releases) == LIST_SIZE:
            self._write_list(more=True)
        self.releases.append(entry)

    def _write_list(self, more: bool) -> None:
        self.list_pages += 1
        n = self.list_pages
        first = (n - 1) * LIST_SIZE + 1
        with atomic_write(self.out / list_name(n)) as fh:
            fh.write(render("releases.html", depth=0, number=n, first=first,
                            releases=self.releases,
                            prev=list_name(n - 1) if n > 1 else None,
                            next=list_name(n + 1) if more else None,
                            title=f"Releases {first:,}–{first + len(self.releases) - 1:,}"))
        self.releases = []

    # -- errors and the index -------------------------------------------------------------
    def add_error(self, error: ExtractionError) -> None:
        self.error_count += 1
        if len(self.errors) < FIRST_ERRORS:
            self.errors.append(error)

    def top(self, kind: str, names: dict[str, str]) -> list[dict]:
        tallies = self.entities[kind]
        best = sorted(tallies.items(),
                      key=lambda kv: (-kv[1].releases, -kv[1].mentions, kv[1].name))[:TOP]
        out = []
        for key, t in best:
            name = names.get(key, t.name)
            others = [n for n, _ in sorted(t.names.items(), key=lambda kv: -kv[1])
                      if n != name][:ALSO_KNOWN]
            out.append({"name": name, "releases": t.releases, "mentions": t.mentions,
                        "also": others, "first": t.first,
                        "id": key if not key.startswith("name:") else ""})
        return out

    def finish(self, names_of: Callable[[set[str]], dict[str, str]] | None = None) -> Path:
        """Write the last list page and the index; returns the index path."""
        if self.releases:
            self._write_list(more=False)
        for links in self.links.values():
            if links is not None:
                links.close()
        wanted = {k for kind in self.entities for k, _ in
                  sorted(self.entities[kind].items(), key=lambda kv: -kv[1].releases)[:TOP]}
        names = names_of(wanted) if names_of else {}
        charts = [time_chart(self.published, "Releases by date of publication"),
                  time_chart(self.dated, "Dated mentions by the date they start"),
                  time_chart(self.planned, "Planned actions by target date")]
        notes = []
        for kind, n in self.by_name.items():
            links = self.links[kind]
            if n and (links is None or not links.available):
                notes.append(f"The run's outputs hold no {kind} table with entity ids (write "
                             f"csv or parquet): its {n:,} {kind} are counted by name.")
            elif n:
                notes.append(f"{n:,} {kind} had no entity id in the {kind} table and are "
                             f"counted by name.")
            if links is not None and links.unmatched:
                notes.append(f"{links.unmatched:,} documents of the {kind} table were not "
                             f"in the order of documents.jsonl; their entities may be "
                             f"counted by name.")
        if self.unreadable_count:
            notes.append(f"{self.unreadable_count:,} lines of documents.jsonl are not valid "
                         f"records and are left out (first: line {self.unreadable[0].line}, "
                         f"{self.unreadable[0].reason}).")
        cards = [("releases", self.documents), *self.facts.items(),
                 ("person entities", len(self.entities["people"])),
                 ("organisation entities", len(self.entities["organisations"])),
                 ("errors", self.error_count)]
        index = self.out / "index.html"
        with atomic_write(index) as fh:
            fh.write(render(
                "index.html", depth=0, title="news-extract report", cards=cards,
                tops=[("Organisations", self.top("organisations", names)),
                      ("People", self.top("people", names))],
                charts=charts, tables=list(self.tables.items()), table_rows=TABLE_ROWS,
                releases=self.first_releases, pages=self.pages, documents=self.documents,
                list_pages=self.list_pages, first_list=list_name(1), errors=self.errors,
                error_count=self.error_count, notes=notes, max_pages=self.max_pages))
        return index


def list_name(n: int) -> str:
    return f"releases-{n:04d}.html"


def with_neighbours(items: Iterable) -> Iterator[tuple]:
    """(previous, item, next) over a stream, holding three items at most."""
    it = iter(items)
    prev, current = None, next(it, None)
    for following in chain(it, [None]):
        if current is None:
            return
        yield prev, current, following
        prev, current = current, following
