"""Cross-document entities: one id per organisation and per person across a corpus.

Within a release the components already merge the forms of one body or person. Across
releases, forms are linked where they share a normalised key: an organisation's name, each
alias and its acronym (so "UNICRI" in one release joins "United Nations Interregional Crime
and Justice Research Institute (UNICRI)" in another); a person's first and last name, folded
(case, diacritics, middle names and initials aside: "Eric H. Holder" = "Eric Holder" =
"Éric Holder"). An entity's id is a hash of its preferred key (its most frequent full name,
ties broken alphabetically), so ids are deterministic and stable between runs on the same
input.
"""
from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from collections.abc import Iterable

from extract.cues import is_acronym_form
from extract.evaluation import fold, norm_org


def person_key(name: str) -> str:
    words = [w for w in fold(name).split() if len(w) > 1 and w not in {"jr", "sr", "ii", "iii"}]
    return " ".join([words[0], words[-1]]) if len(words) >= 2 else " ".join(words)


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _entity_id(prefix: str, key: str) -> str:
    return f"{prefix}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"


def resolve(items: Iterable[tuple[tuple[str, str], list[str], str]], prefix: str,
            uf: _UnionFind | None = None) -> dict[tuple[str, str], tuple[str, str]]:
    """(document_id, item_id), its keys and its display name -> (entity_id, entity name).

    Items sharing any key belong to one entity."""
    items = list(items)
    uf = uf or _UnionFind()
    for _, keys, _ in items:
        for key in keys[1:]:
            uf.union(keys[0], key)
    names: dict[str, Counter] = {}
    for _, keys, name in items:
        if keys:
            names.setdefault(uf.find(keys[0]), Counter())[name] += 1
    preferred = {root: min(counter.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0]
                 for root, counter in names.items()}
    out = {}
    for ref, keys, _ in items:
        if not keys:
            continue
        name = preferred[uf.find(keys[0])]
        out[ref] = (_entity_id(prefix, fold(name)), name)
    return out


def _org_form(form: str) -> str:
    return norm_org(_strip_accents(form))


def organisation_entities(rows: Iterable[dict]) -> dict[tuple[str, str], tuple[str, str]]:
    """rows with document_id, organisation_id, name, aliases (list), acronym.

    Full names and their non-acronym aliases link records; an acronym-only record ("UNICRI")
    joins the body whose acronym it is where exactly one body in the corpus has it, and an
    acronym defined for two different bodies links neither to the other."""
    rows = list(rows)
    named, bare = [], []
    for r in rows:
        forms = [f for f in [r["name"], *(r.get("aliases") or [])] if f]
        full = [f"org:{_org_form(f)}" for f in forms if not is_acronym_form(f)]
        acronyms = {_org_form(f) for f in forms if is_acronym_form(f)}
        if r.get("acronym"):
            acronyms.add(_org_form(r["acronym"]))
        (named if full else bare).append((r, list(dict.fromkeys(full)), acronyms))
    uf = _UnionFind()
    for _, keys, _ in named:
        for key in keys[1:]:
            uf.union(keys[0], key)
    owners: dict[str, set[str]] = {}
    for _, keys, acronyms in named:
        for acr in acronyms:
            owners.setdefault(acr, set()).add(uf.find(keys[0]))
    items = [((r["document_id"], r["organisation_id"]), keys, r["name"]) for r, keys, _ in named]
    for r, _, acronyms in bare:
        roots = set().union(*(owners.get(a, set()) for a in acronyms)) if acronyms else set()
        keys = [next(iter(roots))] if len(roots) == 1 else [f"acr:{a}" for a in sorted(acronyms)]
        items.append(((r["document_id"], r["organisation_id"]), keys or
                      [f"org:{_org_form(r['name'])}"], r["name"]))
    return resolve(items, "org", uf)


def person_entities(rows: Iterable[dict]) -> dict[tuple[str, str], tuple[str, str]]:
    """rows with document_id, person_id, name."""
    return resolve((((r["document_id"], r["person_id"]),
                     [k for k in [person_key(r["name"])] if k], r["name"]) for r in rows), "per")
