"""Every mention of a document as a marked span: kinds, labels, colours and the highlighting.

Each kind has a colour (from `models/kinds.py`) and a short label shown inline at the start of
each mark, so the kinds can be told apart without colour (two underline colours are hard to
tell apart for colour-blind readers); roles and planned actions, which span whole clauses,
are underlined (solid and dashed) rather than filled.
"""
from __future__ import annotations

import hashlib
import html
import re
from itertools import pairwise
from pathlib import Path

from models import FACT_KINDS, Document

# report kind -> (label, colour), in legend order, from the table of fact kinds.
KINDS = {kind.report_kind: (kind.label, kind.colour)
         for kind in sorted(FACT_KINDS, key=lambda kind: kind.legend)}
# The inline label of each kind (a kind added since gets its class name in capitals).
SHORT = {"person": "PER", "organisation": "ORG", "date": "DATE", "time": "TIME",
         "role": "ROLE", "action": "PLAN"}
UNDERLINED = {"role": ("#9c36b5", "solid"), "action": ("#e03131", "dashed")}

CSS = (Path(__file__).with_name("templates") / "report.css").read_text(encoding="utf-8") + \
    "".join(f".k-{k}{{background:{c}}}" for k, (_, c) in KINDS.items()) + \
    "".join(f".k-{k}{{background:none;border-bottom:3px {style} {colour}}}"
            for k, (colour, style) in UNDERLINED.items())

# The kinds `spans_of` describes in their hover text; any other kind is marked generically.
DETAILED = ("people", "organisations", "dates", "time_expressions", "roles", "actions")

Span = tuple[int, int, str, str, str]  # start, end, report kind, anchor, hover text


def short_label(kind: str) -> str:
    return SHORT.get(kind, kind.upper())


def page_name(doc_id: str) -> str:
    """A file name for a document id: the id where it is a safe name, else its safe
    characters and a hash of the id, so two ids never share a page."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", doc_id)[:80]
    if safe != doc_id or safe.startswith("."):
        digest = hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:10]
        safe = f"{safe.lstrip('.')[:60]}-{digest}".lstrip("-")
    return f"{safe}.html"


def mention_anchor(item_id: str, n: int = 0) -> str:
    return f"{item_id}-{n}"


def spans_of(doc: Document) -> list[Span]:
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


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))


def highlight(text: str, spans: list[Span]) -> str:
    """The text as escaped HTML with each span marked. Overlapping spans nest (the longer
    outside) by cutting the text at every boundary; each span's first piece carries its
    anchor id and its inline label. One sweep over the boundaries: linear in practice."""
    spans = sorted((s for s in spans if 0 <= s[0] < s[1] <= len(text)),
                   key=lambda s: (s[0], -(s[1] - s[0])))
    # Each span's opening tag, first piece (anchor and label) and the pieces after it.
    tags = []
    for _, _, kind, anchor, hover in spans:
        title = f' title="{_e(KINDS.get(kind, (kind, ""))[0])}: {_e(hover)}">'
        tags.append(((f'<mark class="k-{_e(kind)}" id="{_e(anchor)}" '
                      f'data-label="{_e(short_label(kind))}"{title}'),
                     f'<mark class="k-{_e(kind)}"{title}'))
    bounds = sorted({0, len(text), *(s[0] for s in spans), *(s[1] for s in spans)})
    opened: set[str] = set()
    active: list[int] = []  # indexes into spans
    parts = []
    j = 0
    for a, b in pairwise(bounds):
        while j < len(spans) and spans[j][0] <= a:
            active.append(j)
            j += 1
        active = [i for i in active if spans[i][1] > a]
        piece = html.escape(text[a:b])
        # Innermost (shortest) first, so the longest span ends up outside.
        for i in sorted(active, key=lambda i: spans[i][1] - spans[i][0]):
            anchor = spans[i][3]
            first = anchor not in opened
            opened.add(anchor)
            piece = f"{tags[i][0] if first else tags[i][1]}{piece}</mark>"
        parts.append(piece)
    return "".join(parts)
