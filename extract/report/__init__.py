"""The review report: a static HTML site that opens from disk, built as a stream.

`write_report(outputs, report_dir)` reads a run's outputs (`documents.jsonl` line by line,
the people and organisations tables for their entity ids, `errors.csv`) and writes
`index.html` (overview counts, the most named organisations and people counted by entity,
time axes of releases, dated mentions and planned actions, the first rows of each table and
of the releases), pages listing the releases, and one page per release (the first
`max_pages`) with a facts panel, every mention highlighted and labelled in place, and
previous/next links. Modules: `marks` (kinds, labels, highlighting), `timeline` (the time
axis), `sources` (streamed reading of the outputs), `site` (the pages), `templates/`
(Jinja2, autoescaped).
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from extract.report.marks import (
    CSS,
    DETAILED,
    KINDS,
    highlight,
    mention_anchor,
    page_name,
    spans_of,
)
from extract.report.site import MAX_PAGES, Site, with_neighbours
from extract.report.sources import (
    EntityLinks,
    Line,
    Unreadable,
    entity_names,
    iter_errors,
    iter_lines,
)
from models import Document, ExtractionError

__all__ = ["CSS", "DETAILED", "KINDS", "build_report", "highlight", "mention_anchor",
           "page_name", "spans_of", "write_report"]


def build_report(documents: Iterable[Document | Line], out_dir: Path,
                 errors: Iterable[ExtractionError] = (), max_pages: int = MAX_PAGES,
                 people: EntityLinks | None = None, organisations: EntityLinks | None = None,
                 names_of=None) -> Path:
    """Write the site from a stream of documents or lines of documents.jsonl (held one at a
    time); returns index.html.

    `people` / `organisations` give each item its corpus-level entity (read in step with
    the documents); without them entities are counted by normalised name."""
    site = Site(Path(out_dir), people, organisations, max_pages)

    def numbered():
        n = 0
        for item in documents:
            if isinstance(item, Line):  # parsed whole only where a page or row shows it
                item = item.document() if site.shows(n) else item.brief()
            if isinstance(item, Unreadable):
                site.unreadable_line(item)
                continue
            yield item, n, site.page_of(item, n)
            n += 1

    for prev, (doc, n, page), following in with_neighbours(numbered()):
        before = (prev[2], prev[0].title or prev[0].id) if prev and prev[2] and page else None
        after = ((following[2], following[0].title or following[0].id)
                 if following and following[2] and page else None)
        site.add(doc, n, page, before, after)
    for error in errors:
        site.add_error(error)
    return site.finish(names_of)


def write_report(outputs: Path, report_dir: Path, max_pages: int = MAX_PAGES) -> Path:
    """The report of a run's outputs folder (it needs `documents.jsonl`); returns index.html."""
    outputs = Path(outputs)
    return build_report(
        iter_lines(outputs / "documents.jsonl"), report_dir, iter_errors(outputs),
        max_pages=max_pages,
        people=EntityLinks.of_table(outputs, "people", "person_id"),
        organisations=EntityLinks.of_table(outputs, "organisations", "organisation_id"),
        names_of=lambda wanted: entity_names(outputs, wanted))
