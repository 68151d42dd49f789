"""Organisations: whole names, acronym definitions, and every form of one body merged.

Candidates are spaCy's ORG entities plus capitalised phrases built around an organisation head
noun ("Ministry", "Secretariat", "Institute" ... `lexicon.ORG_HEADS`) with their "of/for/on"
complements, and acronyms that a definition introduces or spaCy tags. "Full Name (ACR)" and
"ACR (Full Name)" link an acronym to its body. Forms of one body (the acronym, the full name,
a reordered or shortened form) are merged into one record whose canonical name is the fullest
form; a named unit of another named body keeps a `parent_id`.
Results: `doc.spans["organisations"]` (label = organisation id) and `doc._.organisations`.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.lexicon import GROUP_HEADS, NON_ORG_HEADS, ORG_HEADS, TITLE_HEADS
from extract.spans import span_mention, trim

if not Doc.has_extension("organisations"):
    Doc.set_extension("organisations", default=None)

CONNECTORS = {"of", "for", "on", "and", "&"}
_ACRONYM = re.compile(r"^(?=.*[A-Z].*[A-Z])[A-Z][A-Za-z&.\-]{1,9}$")


@Language.factory("news_organisations", default_config={"use_entities": True})
def make_organisations(nlp: Language, name: str, use_entities: bool):
    return OrganisationsComponent(use_entities)


def _is_cap(tok) -> bool:
    return tok.text[:1].isupper() or (tok.text[:1].isdigit() and tok.pos_ == "PROPN")


def _is_acronym(text: str) -> bool:
    return bool(_ACRONYM.match(text)) and text.lower() not in TITLE_HEADS


def norm(text: str) -> str:
    """Comparison form: case, a leading article, possessive 's and punctuation aside."""
    text = re.sub(r"(?<=\w)['’]s\b", "", text)
    words = re.sub(r"[^\w&]+", " ", text.casefold()).split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


def _initials(text: str) -> str:
    letters = []
    for word in re.split(r"[\s\-]+", text):
        parts = [p for p in word.split(".") if p] if "." in word else [word]
        letters.extend(p[0].upper() for p in parts if p and p[0].isalpha())
    return "".join(letters)


def acronym_fits(acronym: str, name: str) -> bool:
    """True where most of the acronym's letters are initials of the name's words, in any
    order ("FPI EC" for "European Commission Service for Foreign Policy Instruments")."""
    letters = [c for c in acronym.upper() if c.isalpha()]
    pool = list(_initials(name))
    hits = 0
    for c in letters:
        if c in pool:
            pool.remove(c)
            hits += 1
    return bool(letters) and hits / len(letters) >= 0.75 and len(name.split()) >= 2


class OrganisationsComponent:
    def __init__(self, use_entities: bool):
        self.use_entities = use_entities

    def __call__(self, doc: Doc) -> Doc:
        candidates = self._phrases(doc)
        if self.use_entities:
            candidates += [s for s in (_clean_entity(e) for e in doc.ents if e.label_ == "ORG")
                           if s is not None]
        definitions = self._definitions(doc, candidates)
        defined = {norm(acr.text) for acr, _ in definitions}
        candidates += [acr for acr, _ in definitions]
        # Acronyms used again after (or before) their definition.
        for tok in doc:
            if _is_acronym(tok.text) and norm(tok.text) in defined:
                candidates.append(doc[tok.i: tok.i + 1])
        spans = _longest_first(candidates)
        records = _cluster(doc, spans, definitions)
        doc.spans["organisations"] = [Span(doc, s.start, s.end, label=oid)
                                      for oid, ss in records.items() for s in ss["_spans"]]
        out = []
        for oid, rec in records.items():
            rec.pop("_spans")
            out.append(rec)
        doc._.organisations = out
        return doc

    @staticmethod
    def _phrases(doc: Doc) -> list[Span]:
        """Capitalised phrases around an organisation head noun, with their complements."""
        out = []
        for tok in doc:
            if tok.lower_ not in ORG_HEADS or not _is_cap(tok):
                continue
            start = tok.i
            while start > tok.sent.start and (
                _is_cap(doc[start - 1]) and doc[start - 1].lower_ not in GROUP_HEADS
                and not (doc[start - 1].is_sent_start and doc[start - 1].pos_ in ("ADP", "DET"))
                or doc[start - 1].text in ("'s", "’s", "&") and start - 2 >= tok.sent.start
                and _is_cap(doc[start - 2])
            ):
                start -= 1
            end = tok.i + 1
            while end < tok.sent.end:
                t = doc[end]
                if _is_cap(t) and t.lower_ not in TITLE_HEADS - ORG_HEADS:
                    end += 1
                elif t.lower_ in CONNECTORS and end + 1 < tok.sent.end:
                    nxt = end + 1
                    if doc[nxt].lower_ == "the" and nxt + 1 < tok.sent.end:
                        nxt += 1
                    if _is_cap(doc[nxt]) and doc[nxt].pos_ in ("PROPN", "NOUN", "ADJ", "NUM"):
                        end = nxt + 1
                    else:
                        break
                elif t.text in ("-", "–") and end + 1 < tok.sent.end and _is_cap(doc[end + 1]):
                    end += 2
                else:
                    break
            span = trim(doc[start:end])
            if len(span) and not (len(span) == 1 and span[0].is_sent_start and span[0].pos_
                                  != "PROPN"):
                out.append(span)
        return [s for s in (_drop_generic_head(s) for s in out) if s is not None]

    @staticmethod
    def _definitions(doc: Doc, candidates: list[Span]) -> list[tuple[Span, Span]]:
        """(acronym, full name) pairs from "Full Name (ACR)" and "ACR (Full Name)"."""
        ends = {}
        for c in candidates:
            if ends.get(c.end) is None or len(c) > len(ends[c.end]):
                ends[c.end] = c
        starts = {c.start: c for c in candidates}
        pairs = []
        for tok in doc:
            if tok.text != "(":
                continue
            close = next((t.i for t in doc[tok.i + 1: tok.i + 6] if t.text == ")"), None)
            if close is None or close == tok.i + 1:
                continue
            inner = doc[tok.i + 1: close]
            inner_text = inner.text
            full = ends.get(tok.i)
            if full is not None and len(inner) <= 3 and all(
                _is_acronym(t.text) or t.text in ("-", "&") for t in inner
            ) and acronym_fits(inner_text, full.text):
                pairs.append((inner, full))
                continue
            # ACR (Full Name)
            if tok.i > 0 and _is_acronym(doc[tok.i - 1].text):
                inside = starts.get(tok.i + 1) or next(
                    (c for c in candidates if c.start >= tok.i + 1 and c.end <= close + 8
                     and c.start <= tok.i + 2), None)
                if inside is not None and acronym_fits(doc[tok.i - 1].text, inside.text):
                    pairs.append((doc[tok.i - 1: tok.i], inside))
        return pairs


def _clean_entity(ent: Span) -> Span | None:
    span = trim(ent)
    if not len(span) or not any(t.text[:1].isupper() for t in span):
        return None
    last = span[-1].lower_
    if last in NON_ORG_HEADS or span[0].lower_ in GROUP_HEADS:
        return None
    if all(t.lower_ in TITLE_HEADS or t.lower_ in {"of", "the", "u.s.", "deputy", "assistant"}
           for t in span):
        return None  # a bare title ("Attorney General") is a position, not a body
    if span.text.endswith(("'s", "’s")):
        span = span[:-1]
    return span if len(span) else None


def _drop_generic_head(span: Span) -> Span | None:
    """ "Secretariat of the X Initiative" (a bare head noun of another body) is the body X
    seen through a unit with no name of its own: keep X only. Document-like heads go."""
    if span[-1].lower_ in NON_ORG_HEADS and not any(t.lower_ in ORG_HEADS for t in span[:-1]):
        return None
    if len(span) > 2 and span[0].lower_ in ORG_HEADS and span[1].lower_ in ("of", "for"):
        rest = trim(span[2:])
        if len(rest) and any(t.lower_ in ORG_HEADS for t in rest):
            return rest
    if len(span) == 1 and span[0].lower_ in ORG_HEADS and not span[0].is_upper:
        return None
    return span


def _longest_first(candidates: list[Span]) -> list[Span]:
    """Non-overlapping candidates, longer ones preferred."""
    taken: set[int] = set()
    out = []
    for span in sorted(candidates, key=lambda s: (-(s.end - s.start), s.start)):
        if any(i in taken for i in range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        out.append(span)
    return sorted(out, key=lambda s: s.start)


def _content(text: str) -> set[str]:
    return set(norm(text).split()) - {"of", "for", "on", "and", "the", "&"}


def _cluster(doc: Doc, spans: list[Span], definitions: list[tuple[Span, Span]]) -> dict:
    """Merge the forms of one body; returns id -> record (with its spans under "_spans")."""
    acronym_of = {}
    for acr, full in definitions:
        acronym_of.setdefault(norm(acr.text), norm(full.text))
    clusters: list[dict] = []  # {"forms": set[str], "spans": [...], "acronym": str|None}

    def find(form: str, text: str) -> dict | None:
        for c in clusters:
            if form in c["forms"]:
                return c
        if form in acronym_of:
            return find(acronym_of[form], "")
        for c in clusters:
            if c["acronym"] and norm(c["acronym"]) == form:
                return c
        content = _content(text) if text else set()
        if len(content) >= 2:
            for c in clusters:
                for f in c["forms"]:
                    other = _content(f)
                    # Reordered ("European Commission Joint Research Centre") or the head
                    # part alone ("Joint Research Centre" of "... Centre of the European
                    # Commission").
                    if content == other:
                        return c
                    head = f.split(" of ")[0]
                    if form == head and len(head.split()) >= 2:
                        return c
        return None

    # Full names first so that short forms and acronyms find them.
    order = sorted(spans, key=lambda s: (-len(s), s.start))
    for span in order:
        form = norm(span.text)
        if not form:
            continue
        c = find(form, span.text)
        if c is None:
            c = {"forms": set(), "spans": [], "acronym": None}
            clusters.append(c)
        c["forms"].add(form)
        c["spans"].append(span)
        if form in acronym_of or (len(span) == 1 and _is_acronym(span.text)
                                  and norm(span.text) in acronym_of):
            c["acronym"] = span.text
        # Parent named inside: "Press Service of the State Committee ...", "FBI's Field Office".
    for acr, full in definitions:
        c = find(norm(full.text), full.text)
        if c is not None:
            c["acronym"] = acr.text
            c["forms"].add(norm(acr.text))

    clusters.sort(key=lambda c: min(s.start for s in c["spans"]))
    records: dict[str, dict] = {}
    form_to_id: dict[str, str] = {}
    for n, c in enumerate(clusters, 1):
        oid = f"o{n}"
        spans_c = sorted(c["spans"], key=lambda s: s.start)
        names = [s for s in spans_c if not (len(s) == 1 and _is_acronym(s.text))] or spans_c
        canonical = max(names, key=lambda s: (len(s.text.split()), -s.start))
        aliases = []
        seen = {norm(canonical.text)}
        for s in spans_c:
            if norm(s.text) not in seen:
                seen.add(norm(s.text))
                aliases.append(s.text)
        records[oid] = {
            "id": oid, "name": canonical.text, "aliases": aliases, "acronym": c["acronym"],
            "parent_id": None, "mentions": [span_mention(s) for s in spans_c],
            "_spans": spans_c,
        }
        for f in c["forms"]:
            form_to_id.setdefault(f, oid)
    for oid, rec in records.items():
        name = norm(rec["name"])
        for sep in (" of ", " of the "):
            if sep in f" {name} ":
                tail = name.split(" of ", 1)[1]
                parent = form_to_id.get(tail) or form_to_id.get(norm(tail))
                if parent and parent != oid:
                    rec["parent_id"] = parent
                    break
        if rec["parent_id"] is None and "'s " in rec["name"]:
            parent = form_to_id.get(norm(rec["name"].split("'s ")[0]))
            if parent and parent != oid:
                rec["parent_id"] = parent
    return records
