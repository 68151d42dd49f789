"""Cross-document entities: one id per organisation and per person across a corpus, the same
in every run.

Within a release the components already merge the forms of one body or person. Across
releases, forms are linked where they share a key: an organisation's defining form (folded, no
article, possessive or legal suffix, "Justice Department" read as "Department of Justice"), of
its name and each alias, and its acronym (so "UNICRI" in one release joins "United Nations
Interregional Crime and Justice Research Institute (UNICRI)" in another); a person's first and
last name, folded (case, diacritics, middle names and initials aside: "Eric H. Holder" = "Eric
Holder" = "Éric Holder").

A qualified body is not its unqualified namesake: where a release calls the "California
Department of Justice" the "Department of Justice" for short, that short form links nothing
across releases. An alias is such a short form when it is the name less words that name no body
(a place: "California", "U.S.", "for the District of Columbia"); an alias that drops an owner
("Tax Division" of "Justice Department's Tax Division") still links.

Ids do not depend on the batch. A person's id hashes the person's key. An organisation's id
hashes its defining form (the key most of its records are named by), and where the run loads
into a database that an earlier run wrote, the database's alias table (key -> id) is consulted
first, so a body an earlier run named keeps that run's id, and two runs that link two ids
merge them (`Entities.merged`).
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from extract.cues import is_acronym_form
from extract.evaluation import fold, norm_org
from extract.lexicon import ORG_HEADS
from extract.lexicon.organisations import FUNCTION_WORDS
from models import Entity

Ref = tuple[str, str]  # (document_id, item id)

# "Justice Department" is the "Department of Justice": heads a name may put first or last.
INVERTIBLE_HEADS = {"department", "ministry"}


def person_key(name: str) -> str:
    words = [w for w in fold(name).split() if len(w) > 1 and w not in {"jr", "sr", "ii", "iii"}]
    return " ".join([words[0], words[-1]]) if len(words) >= 2 else " ".join(words)


def org_key(form: str) -> str:
    """The defining form of an organisation's name: the same for the ways one name is written
    ("the Justice Department's", "Department of Justice", "DEPARTMENT OF JUSTICE")."""
    words = [w for w in norm_org(form).split() if w != "the"]
    # The last segment is the one an owner ends with ("Civil Rights Division of the Justice
    # Department"); initials before it ("U.S.") stay in front.
    cut = max((i + 1 for i, w in enumerate(words) if w in ("of", "for")), default=0)
    while cut < len(words) and len(words[cut]) == 1:
        cut += 1
    tail = words[cut:]
    if len(tail) >= 2 and tail[-1] in INVERTIBLE_HEADS:
        words = words[:cut] + [tail[-1], "of", *tail[:-1]]
    return " ".join(words)


def _names_a_body(word: str) -> bool:
    return word in ORG_HEADS or (word.endswith("s") and word[:-1] in ORG_HEADS)


def is_qualified_form(short: str, full: str) -> bool:
    """`full` (a defining form) is `short` with a qualifier that names no body: a place
    ("california department of justice" / "department of justice")."""
    a, n = short.split(), full.split()
    if not a or len(a) >= len(n):
        return False
    for i in range(len(n) - len(a) + 1):
        if n[i:i + len(a)] == a:
            dropped = [w for w in n[:i] + n[i + len(a):] if w not in FUNCTION_WORDS]
            return not any(_names_a_body(w) for w in dropped)
    return False


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


def _preferred(names: Counter) -> str:
    """The most frequent name; ties go to the longer, then the alphabetically first."""
    return min(names.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0]


@dataclass
class Entities:
    """A run's entities: each record's (entity id, preferred name), and for the database the
    organisation keys the run saw (key -> id) and the known ids it merged (old -> new)."""

    people: dict[Ref, tuple[str, str]] = field(default_factory=dict)
    organisations: dict[Ref, tuple[str, str]] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)
    merged: dict[str, str] = field(default_factory=dict)

    def as_tuple(self) -> tuple[dict, dict]:
        """(people, organisations), as `extract.tables.TableBuilder` takes them."""
        return self.people, self.organisations


@dataclass
class _Cluster:
    keys: Counter = field(default_factory=Counter)  # key -> records named by it
    acronyms: set[str] = field(default_factory=set)  # acronyms it alone has in the run
    refs: list[Ref] = field(default_factory=list)
    names: Counter = field(default_factory=Counter)


def _record_forms(r: dict) -> tuple[list[str], set[str]]:
    """A record's linking keys (its name's first) and its acronyms."""
    forms = [f for f in [r["name"], *(r.get("aliases") or [])] if f]
    full = [org_key(f) for f in forms if not is_acronym_form(f)]
    full = [k for k in full if k]
    acronyms = {org_key(f) for f in forms if is_acronym_form(f)}
    if r.get("acronym"):
        acronyms.add(org_key(r["acronym"]))
    if not full:
        return [], {a for a in acronyms if a}
    name = full[0] if not is_acronym_form(r["name"]) else None
    keys = [k for k in full if k == name or name is None or not (
        is_qualified_form(k, name) or is_qualified_form(name, k))]
    return [f"org:{k}" for k in dict.fromkeys(keys)], {a for a in acronyms if a}


def resolve_organisations(rows: Iterable[dict], known: dict[str, str] | None = None) -> Entities:
    """rows with document_id, organisation_id, name, aliases (list), acronym; `known`: the
    database's alias table (key -> entity id), consulted before an id is made.

    Full names and their aliases link records (a qualified name's short form aside); an
    acronym-only record ("UNICRI") joins the body whose acronym it is where exactly one body
    in the run has it, and an acronym defined for two different bodies links neither."""
    known = known or {}
    named, bare = [], []
    for r in rows:
        keys, acronyms = _record_forms(r)
        (named if keys else bare).append((r, keys, acronyms))
    uf = _UnionFind()
    for _, keys, _ in named:
        for key in keys[1:]:
            uf.union(keys[0], key)
    owners: dict[str, set[str]] = {}
    for _, keys, acronyms in named:
        for acr in acronyms:
            owners.setdefault(acr, set()).add(uf.find(keys[0]))
    clusters: dict[str, _Cluster] = {}

    def add(root: str, r: dict, keys: list[str]) -> None:
        c = clusters.setdefault(root, _Cluster())
        c.keys[keys[0]] += 1
        c.keys.update({k: 0 for k in keys[1:] if k not in c.keys})
        c.refs.append((r["document_id"], r["organisation_id"]))
        c.names[r["name"]] += 1

    for r, keys, _ in named:
        add(uf.find(keys[0]), r, keys)
    for acr, roots in owners.items():
        if len(roots) == 1:
            clusters[next(iter(roots))].acronyms.add(acr)
    for r, _, acronyms in bare:
        roots = set().union(*(owners.get(a, set()) for a in acronyms)) if acronyms else set()
        if len(roots) == 1:
            add(next(iter(roots)), r, [next(iter(roots))])
        else:
            keys = [f"acr:{a}" for a in sorted(acronyms)] or [f"org:{org_key(r['name'])}"]
            for key in keys[1:]:
                uf.union(keys[0], key)
            add(uf.find(keys[0]), r, keys)
    return _identify(clusters, known)


def _identify(clusters: dict[str, _Cluster], known: dict[str, str]) -> Entities:
    named_ids = {i for k, i in known.items() if k.startswith("org:")}
    out = Entities()
    chosen: dict[str, str] = {}
    claims: Counter = Counter()
    merges: dict[str, set[str]] = {}
    for root, c in sorted(clusters.items()):
        hits = Counter(known[k] for k in c.keys if k in known)
        if not hits:  # a body an earlier run knew only by an acronym this one gives it
            hits = Counter(known[f"acr:{a}"] for a in c.acronyms
                           if f"acr:{a}" in known and known[f"acr:{a}"] not in named_ids)
        if hits:
            ident = min(hits, key=lambda i: (-hits[i], i))
            merges[root] = set(hits) - {ident}
            claims.update(hits)
        else:
            key = min(c.keys, key=lambda k: (k.startswith("acr:"), -c.keys[k],
                                             len(k.split()), k))
            ident = _entity_id("org", key)
        chosen[root] = ident
        name = _preferred(c.names)
        for ref in c.refs:
            out.organisations[ref] = (ident, name)
        out.keys.update(dict.fromkeys(c.keys, ident))
        out.keys.update({f"acr:{a}": ident for a in c.acronyms if f"acr:{a}" not in known})
    for root, old in merges.items():
        # An id this run links to another is merged into it, unless another cluster of the
        # run still stands for it (then the two stay apart, as the run has them).
        out.merged.update({i: chosen[root] for i in old if claims[i] == 1})
    return out


def resolve_people(rows: Iterable[dict]) -> Entities:
    """rows with document_id, person_id, name. The id hashes the folded first and last name."""
    out = Entities()
    names: dict[str, Counter] = {}
    refs: list[tuple[Ref, str]] = []
    for r in rows:
        key = person_key(r["name"])
        if key:
            names.setdefault(key, Counter())[r["name"]] += 1
            refs.append(((r["document_id"], r["person_id"]), key))
    preferred = {key: _preferred(counter) for key, counter in names.items()}
    for ref, key in refs:
        out.people[ref] = (_entity_id("per", f"per:{key}"), preferred[key])
    return out


def organisation_entities(rows: Iterable[dict],
                          known: dict[str, str] | None = None) -> dict[Ref, tuple[str, str]]:
    """(document_id, organisation_id) -> (entity id, preferred name)."""
    return resolve_organisations(rows, known).organisations


def person_entities(rows: Iterable[dict]) -> dict[Ref, tuple[str, str]]:
    """(document_id, person_id) -> (entity id, preferred name)."""
    return resolve_people(rows).people


def resolve(people: Iterable[dict], organisations: Iterable[dict],
            known: dict[str, str] | None = None) -> Entities:
    """Both kinds at once (see `resolve_people`, `resolve_organisations`)."""
    orgs = resolve_organisations(organisations, known)
    orgs.people = resolve_people(people).people
    return orgs


ENTITY_COLUMNS = list(Entity.model_fields)


def entity_table(rows: Iterable[dict]) -> pd.DataFrame:
    """The `entities` table: one row per entity, from one row per record (entity_id, kind,
    name, document_id, published, mentions). Typed as the other tables, columns from
    `models.Entity`."""
    from extract.tables import entity_frame

    frame = pd.DataFrame(list(rows), columns=["entity_id", "kind", "name", "document_id",
                                              "published", "mentions"])
    frame = frame[frame["entity_id"].notna()]
    entities = []
    if not frame.empty:
        frame = frame.assign(published=pd.to_datetime(frame["published"].astype("string"),
                                                      errors="coerce"),
                             mentions=frame["mentions"].fillna(0).astype(int))
        names = frame.groupby(["entity_id", "name"], sort=False).size()
        counts: dict[str, Counter] = {}
        for (ident, name), n in names.items():
            counts.setdefault(ident, Counter())[name] = int(n)
        stats = frame.groupby("entity_id", sort=True).agg(
            kind=("kind", "first"), first_seen=("published", "min"),
            last_seen=("published", "max"), releases=("document_id", "nunique"),
            mentions=("mentions", "sum"))
        for ident, row in stats.iterrows():
            order = sorted(counts[ident].items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))
            entities.append(Entity(
                entity_id=ident, kind=row["kind"], name=order[0][0],
                names=[n for n, _ in order],
                first_seen=None if pd.isna(row["first_seen"]) else row["first_seen"].date(),
                last_seen=None if pd.isna(row["last_seen"]) else row["last_seen"].date(),
                releases=int(row["releases"]), mentions=int(row["mentions"])))
    return entity_frame(entities)


def mention_counts(mentions: pd.DataFrame) -> pd.DataFrame:
    """document_id, kind, item_id, mentions: how often each item is mentioned."""
    return mentions.groupby(["document_id", "kind", "item_id"], observed=True).size().rename(
        "mentions").reset_index()


def entity_rows(people: pd.DataFrame, organisations: pd.DataFrame, documents: pd.DataFrame,
                counts: pd.DataFrame) -> pd.DataFrame:
    """One row per record (entity_id, kind, name, document_id, published, mentions) from the
    tables: what `entity_table` takes, whether the tables are a run's or a database's."""
    parts = []
    for frame, kind, id_col in ((people, "person", "person_id"),
                                (organisations, "organisation", "organisation_id")):
        c = counts[counts["kind"].astype("string") == kind][["document_id", "item_id",
                                                              "mentions"]]
        part = frame[["entity_id", "name", "document_id", id_col]].merge(
            c.rename(columns={"item_id": id_col}), on=["document_id", id_col], how="left")
        parts.append(part.drop(columns=[id_col]).assign(kind=kind))
    rows = pd.concat(parts, ignore_index=True).merge(
        documents[["document_id", "published"]], on="document_id", how="left")
    return rows.astype({"entity_id": object, "name": object, "document_id": object})


def entities_of_tables(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The `entities` table of a set of typed tables (`extract.tables.build_tables`)."""
    rows = entity_rows(frames["people"], frames["organisations"], frames["documents"],
                       mention_counts(frames["mentions"]))
    return entity_table(rows.to_dict("records"))
