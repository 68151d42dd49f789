"""A self-contained static HTML report: every extracted fact linked to its evidence.

`build_report(documents, out_dir)` writes `index.html` (overview counts, the most named
organisations and people, timelines of dated mentions and of planned actions by target month,
and sortable, filterable tables of people, organisations, roles, actions and dates) and one
page per document (`documents/<id>.html`) with the source text and every item highlighted in
place: a colour per kind with a legend, the normalised value on hover, and an anchor per
mention that the tables' links land on. No server and no network requests: CSS, JavaScript and
SVG charts are inline; the pages open from disk.
"""
from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from models import FACT_KINDS, Document, ExtractionError

# report kind -> (label, colour), in legend order, from the table of fact kinds.
KINDS = {kind.report_kind: (kind.label, kind.colour)
         for kind in sorted(FACT_KINDS, key=lambda kind: kind.legend)}

CSS = """
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1b1b;
background:#fafafa}main{max-width:1200px;margin:0 auto;padding:1rem 1.5rem}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}a{color:#0b57d0}
.cards{display:flex;flex-wrap:wrap;gap:.75rem}.card{background:#fff;border:1px solid #ddd;
border-radius:6px;padding:.5rem 1rem;min-width:8rem}.card b{display:block;font-size:1.4rem}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.92rem}
th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#eef1f5;cursor:pointer;position:sticky;top:0}th[aria-sort]::after{content:" \\2195"}
caption{text-align:left;font-weight:600;padding:.3rem 0}
.filter{margin:.5rem 0;padding:.35rem .5rem;width:20rem;max-width:100%;font-size:1rem}
.text{white-space:pre-wrap;background:#fff;border:1px solid #ddd;padding:1rem;
border-radius:6px;line-height:1.8}mark{border-radius:3px;padding:0 1px;color:inherit}
.legend span{display:inline-block;margin:0 .75rem .25rem 0;padding:0 .4rem;border-radius:3px}
:target{outline:3px solid #d00;outline-offset:1px}svg text{font-size:11px}
.muted{color:#555}nav a{margin-right:1rem}
""" + "".join(f".k-{k}{{background:{c}}}" for k, (_, c) in KINDS.items()) + \
    ".k-role,.k-action{background:none;border-bottom:3px solid}" + \
    "".join(f".k-{k}{{border-color:{c}}}" for k in ("role", "action")
            for c in [{"role": "#9c36b5", "action": "#e03131"}[k]])

JS = """
document.querySelectorAll('table.data').forEach(function(table){
  var input=document.getElementById(table.dataset.filter);
  var rows=Array.prototype.slice.call(table.tBodies[0].rows);
  var count=document.getElementById(table.dataset.count);
  function show(){var q=input.value.toLowerCase();var n=0;rows.forEach(function(r){
    var hit=r.textContent.toLowerCase().indexOf(q)>=0;r.hidden=!hit;if(hit)n++;});
    if(count)count.textContent=n+' of '+rows.length+' rows';}
  input.addEventListener('input',show);show();
  table.querySelectorAll('th').forEach(function(th,i){th.tabIndex=0;
    function sort(){var asc=th.getAttribute('aria-sort')!=='ascending';
      table.querySelectorAll('th').forEach(function(h){h.removeAttribute('aria-sort');});
      th.setAttribute('aria-sort',asc?'ascending':'descending');
      rows.sort(function(a,b){var x=a.cells[i].textContent,y=b.cells[i].textContent;
        var nx=parseFloat(x),ny=parseFloat(y);
        var c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y);return asc?c:-c;});
      rows.forEach(function(r){table.tBodies[0].appendChild(r);});}
    th.addEventListener('click',sort);
    th.addEventListener('keydown',function(e){if(e.key==='Enter')sort();});});
});
"""


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


def page_name(doc_id: str) -> str:
    """A file name for a document id (ids may hold any character)."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", doc_id)[:80]
    return f"{safe}.html"


def mention_anchor(item_id: str, n: int = 0) -> str:
    return f"{item_id}-{n}"


# The kinds `spans_of` describes in their hover text; any other kind is marked generically.
DETAILED = ("people", "organisations", "dates", "time_expressions", "roles", "actions")


def spans_of(doc: Document) -> list[tuple[int, int, str, str, str]]:
    """(start, end, kind, anchor, hover text) for every mention in the document."""
    orgs = {o.id: o for o in doc.organisations}
    people = {p.id: p for p in doc.people}
    out = []
    for p in doc.people:
        for n, m in enumerate(p.mentions):
            hover = p.name + (f" ({p.honorific})" if p.honorific else "")
            out.append((m.start, m.end, "person", mention_anchor(p.id, n), hover))
    for o in doc.organisations:
        for n, m in enumerate(o.mentions):
            hover = o.name + (f" — aliases: {', '.join(o.aliases)}" if o.aliases else "")
            out.append((m.start, m.end, "organisation", mention_anchor(o.id, n), hover))
    for d in doc.dates:
        value = f"{d.start} to {d.end} ({d.granularity})" if d.start else "unresolved"
        out.append((d.evidence.start, d.evidence.end, "date", mention_anchor(d.id), value))
    for t in doc.time_expressions:
        out.append((t.evidence.start, t.evidence.end, "time", mention_anchor(t.id),
                    f"{t.timex_type} {t.timex_value or ''}"))
    for r in doc.roles:
        org = orgs.get(r.organisation_id)
        who = people.get(r.person_id)
        out.append((r.evidence.start, r.evidence.end, "role", mention_anchor(r.id),
                    f"{who.name if who else '?'}: {r.title}" + (f" at {org.name}" if org else "")))
    for a in doc.actions:
        actor = (orgs.get(a.actor_id) or people.get(a.actor_id)) if a.actor_id else None
        out.append((a.evidence.start, a.evidence.end, "action", mention_anchor(a.id),
                    f"{a.modality} ({a.trigger}); actor: {actor.name if actor else 'not stated'}"))
    for kind in FACT_KINDS:  # a kind added since: marked with its label, without details
        if kind.name in DETAILED:
            continue
        for item in getattr(doc, kind.name):
            mentions = getattr(item, "mentions", None) or [item.evidence]
            for n, m in enumerate(mentions):
                out.append((m.start, m.end, kind.report_kind, mention_anchor(item.id, n),
                            kind.label))
    return out


def highlight(text: str, spans: list[tuple[int, int, str, str, str]]) -> str:
    """The text as HTML with each span marked; overlapping spans nest by splitting the text
    at every boundary, and each span's first piece carries its anchor id."""
    bounds = sorted({0, len(text), *(s[0] for s in spans), *(s[1] for s in spans)})
    opened: set[str] = set()
    parts = []
    for a, b in zip(bounds, bounds[1:]):
        piece = _e(text[a:b])
        active = sorted((s for s in spans if s[0] <= a and b <= s[1]),
                        key=lambda s: (-(s[1] - s[0]), s[0]))
        for start, end, kind, anchor, hover in reversed(active):
            first = anchor not in opened
            opened.add(anchor)
            ident = f' id="{_e(anchor)}"' if first else ""
            piece = (f'<mark class="k-{kind}"{ident} title="{_e(KINDS[kind][0])}: {_e(hover)}">'
                     f"{piece}</mark>")
        parts.append(piece)
    return "".join(parts)


def _page(title: str, body: str, depth: int = 0) -> str:
    prefix = "../" * depth
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{_e(title)}</title><style>{CSS}</style></head><body><main>"
            f'<nav><a href="{prefix}index.html">Overview</a></nav>{body}</main>'
            f"<script>{JS}</script></body></html>\n")


def _legend() -> str:
    return '<p class="legend" aria-label="Legend">' + "".join(
        f'<span class="k-{k}">{_e(label)}</span>' for k, (label, _) in KINDS.items()) + "</p>"


def document_page(doc: Document) -> str:
    meta = [f"<b>Published:</b> {_e(doc.published or 'unknown')}"]
    if doc.source:
        meta.append(f"<b>Source:</b> {_e(doc.source)}")
    body = (f"<h1>{_e(doc.title or doc.id)}</h1><p class='muted'>{' · '.join(meta)}</p>"
            f"{_legend()}<div class='text' role='document'>"
            f"{highlight(doc.text, spans_of(doc))}</div>")
    return _page(doc.title or doc.id, body, depth=1)


def _table(table_id: str, caption: str, header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f'<th scope="col">{_e(h)}</th>' for h in header)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
                   for row in rows)
    return (f'<h2 id="{table_id}-title">{_e(caption)}</h2>'
            f'<label for="{table_id}-filter">Filter {_e(caption.lower())}: </label>'
            f'<input class="filter" id="{table_id}-filter" type="search" '
            f'placeholder="type to filter"> <span id="{table_id}-count" class="muted"></span>'
            f'<table class="data" id="{table_id}" data-filter="{table_id}-filter" '
            f'data-count="{table_id}-count"><caption>{_e(caption)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def _link(doc: Document, anchor: str, label: str) -> str:
    return f'<a href="documents/{page_name(doc.id)}#{_e(anchor)}">{_e(label)}</a>'


def _bar_chart(counts: Counter, title: str) -> str:
    """A small inline SVG bar chart of counts per month."""
    if not counts:
        return f"<p class='muted'>{_e(title)}: nothing dated.</p>"
    months = sorted(counts)
    width, height, pad = max(300, 18 * len(months) + 40), 160, 30
    top = max(counts.values())
    bar = (width - pad) / len(months)
    bars = []
    for i, month in enumerate(months):
        h = (height - 2 * pad) * counts[month] / top
        x = pad + i * bar
        bars.append(f'<rect x="{x:.1f}" y="{height - pad - h:.1f}" width="{bar * 0.8:.1f}" '
                    f'height="{h:.1f}" fill="#4c6ef5"><title>{month}: {counts[month]}</title>'
                    f"</rect>")
        if len(months) <= 24 or i % max(1, len(months) // 12) == 0:
            bars.append(f'<text x="{x:.1f}" y="{height - pad + 14}">{month}</text>')
    return (f'<figure><figcaption>{_e(title)}</figcaption><svg role="img" '
            f'aria-label="{_e(title)}" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}">{"".join(bars)}</svg></figure>')


def index_page(docs: list[Document], errors: list[ExtractionError]) -> str:
    people_rows, org_rows, role_rows, action_rows, date_rows = [], [], [], [], []
    org_count, person_count = Counter(), Counter()
    dated, planned = Counter(), Counter()
    for doc in docs:
        orgs = {o.id: o for o in doc.organisations}
        people = {p.id: p for p in doc.people}
        dates = {d.id: d for d in doc.dates}
        for p in doc.people:
            person_count[p.name] += 1
            people_rows.append([_link(doc, mention_anchor(p.id), p.name), _e(p.honorific),
                                str(len(p.mentions)), _e(doc.title or doc.id)])
        for o in doc.organisations:
            org_count[o.name] += 1
            org_rows.append([_link(doc, mention_anchor(o.id), o.name), _e(", ".join(o.aliases)),
                             str(len(o.mentions)), _e(doc.title or doc.id)])
        for r in doc.roles:
            org = orgs.get(r.organisation_id)
            role_rows.append([_e(people[r.person_id].name if r.person_id in people else ""),
                              _link(doc, mention_anchor(r.id), r.title),
                              _e(org.name if org else ""), _e(doc.title or doc.id)])
        for d in doc.dates:
            if d.start:
                dated[f"{d.start:%Y-%m}"] += 1
            date_rows.append([_link(doc, mention_anchor(d.id), d.text), _e(d.start), _e(d.end),
                              _e(d.granularity), _e(doc.title or doc.id)])
        for a in doc.actions:
            actor = (orgs.get(a.actor_id) or people.get(a.actor_id)) if a.actor_id else None
            time = dates.get(a.time_id)
            if time and time.start:
                planned[f"{time.start:%Y-%m}"] += 1
            action_rows.append([_link(doc, mention_anchor(a.id), a.text), _e(a.modality),
                                _e(actor.name if actor else ""), _e(time.text if time else ""),
                                _e(doc.title or doc.id)])
    totals = [("documents", len(docs)), ("people", len(people_rows)),
              ("organisations", len(org_rows)), ("roles", len(role_rows)),
              ("actions", len(action_rows)), ("dates", len(date_rows)), ("errors", len(errors))]
    cards = "".join(f'<div class="card"><b>{n:,}</b>{_e(label)}</div>' for label, n in totals)

    def top(counter: Counter, label: str) -> str:
        items = "".join(f"<li>{_e(name)} ({n} release{'s' if n > 1 else ''})</li>"
                        for name, n in counter.most_common(10))
        return f"<div><h2>Top {label}</h2><ol>{items}</ol></div>"

    doc_links = "".join(f'<li><a href="documents/{page_name(d.id)}">{_e(d.title or d.id)}</a>'
                        f' <span class="muted">{_e(d.published or "")}</span></li>' for d in docs)
    error_list = "".join(f"<li>{_e(e.source)}: {_e(e.reason)}</li>" for e in errors)
    body = (
        f"<h1>news-extract report</h1><div class='cards'>{cards}</div>"
        f"<div class='cards'>{top(org_count, 'organisations')}{top(person_count, 'people')}"
        f"</div><h2>Timeline</h2>{_bar_chart(dated, 'Dated mentions per month')}"
        f"{_bar_chart(planned, 'Planned actions per target month')}"
        + _table("people", "People", ["Name", "Honorific", "Mentions", "Document"], people_rows)
        + _table("organisations", "Organisations", ["Name", "Aliases", "Mentions", "Document"],
                 org_rows)
        + _table("roles", "Roles", ["Person", "Title", "Organisation", "Document"], role_rows)
        + _table("actions", "Planned actions", ["Action", "Modality", "Actor", "Time",
                                                "Document"], action_rows)
        + _table("dates", "Dates", ["Text", "Start", "End", "Granularity", "Document"],
                 date_rows)
        + f"<h2>Documents</h2><ol>{doc_links}</ol>"
        + (f"<h2>Errors</h2><ul>{error_list}</ul>" if errors else ""))
    return _page("news-extract report", body)


def build_report(documents: Iterable[Document], out_dir: Path,
                 errors: Iterable[ExtractionError] = (), max_documents: int = 5_000) -> Path:
    """Write the site; returns the path of index.html. Document pages beyond
    `max_documents` are left out (the tables still list their facts)."""
    docs = list(documents)
    out_dir = Path(out_dir)
    (out_dir / "documents").mkdir(parents=True, exist_ok=True)
    for doc in docs[:max_documents]:
        (out_dir / "documents" / page_name(doc.id)).write_text(document_page(doc),
                                                               encoding="utf-8")
    index = out_dir / "index.html"
    index.write_text(index_page(docs, list(errors)), encoding="utf-8")
    return index


def read_outputs(directory: Path) -> tuple[list[Document], list[ExtractionError]]:
    """The records and errors a run wrote (documents.jsonl, errors.csv)."""
    import pandas as pd

    directory = Path(directory)
    docs = [Document.model_validate_json(line) for line in
            (directory / "documents.jsonl").read_text(encoding="utf-8").splitlines() if line]
    errors = []
    if (directory / "errors.csv").exists():
        frame = pd.read_csv(directory / "errors.csv", keep_default_na=False, dtype=str)
        errors = [ExtractionError(source=r["source"], reason=r["reason"],
                                  document_id=r.get("document_id") or None)
                  for r in frame.to_dict("records")]
    return docs, errors
