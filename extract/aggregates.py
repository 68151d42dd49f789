"""The aggregates an analyst asks for first, one function each, from the tidy tables.

Each takes the dict of tables that `extract.tables` builds and returns a DataFrame; counts are
by corpus-level entity (`entity_id`), so the same body named differently in two releases is
counted once.
"""
from __future__ import annotations

from itertools import combinations

import pandas as pd


def _published(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    docs = frames["documents"][["document_id", "published"]].copy()
    docs["published"] = pd.to_datetime(docs["published"].astype("string"), errors="coerce")
    return docs


def _mention_counts(frames: dict[str, pd.DataFrame], kind: str, id_col: str) -> pd.DataFrame:
    m = frames["mentions"]
    m = m[m["kind"] == kind]
    return m.groupby(["document_id", "item_id"], observed=True).size().rename(
        "mentions").reset_index().rename(columns={"item_id": id_col})


def organisation_activity(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Organisations by number of releases and of mentions, most active first."""
    orgs = frames["organisations"].merge(
        _mention_counts(frames, "organisation", "organisation_id"),
        on=["document_id", "organisation_id"], how="left")
    out = orgs.groupby(["entity_id", "entity_name"], observed=True).agg(
        releases=("document_id", "nunique"), mentions=("mentions", "sum")).reset_index()
    return out.sort_values(["releases", "mentions", "entity_name"],
                           ascending=[False, False, True], ignore_index=True)


def organisations_by_month(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Releases and mentions per organisation and month of publication."""
    orgs = frames["organisations"].merge(
        _mention_counts(frames, "organisation", "organisation_id"),
        on=["document_id", "organisation_id"], how="left").merge(
        _published(frames), on="document_id", how="left")
    orgs = orgs[orgs["published"].notna()]
    orgs["month"] = orgs["published"].dt.strftime("%Y-%m")
    out = orgs.groupby(["month", "entity_id", "entity_name"], observed=True).agg(
        releases=("document_id", "nunique"), mentions=("mentions", "sum")).reset_index()
    return out.sort_values(["month", "releases", "entity_name"],
                           ascending=[True, False, True], ignore_index=True)


def person_roles_over_time(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Each person's titles (at which organisation): first and last seen, in which releases."""
    people = frames["people"][["document_id", "person_id", "entity_id", "entity_name"]]
    orgs = frames["organisations"][["document_id", "organisation_id", "entity_name"]].rename(
        columns={"entity_name": "organisation"})
    roles = frames["roles"][["document_id", "person_id", "title", "organisation_id"]]
    df = roles.merge(people, on=["document_id", "person_id"]).merge(
        orgs, on=["document_id", "organisation_id"], how="left").merge(
        _published(frames), on="document_id", how="left")
    df["organisation"] = df["organisation"].astype("string").fillna("")
    out = df.groupby(["entity_id", "entity_name", "title", "organisation"], observed=True,
                     dropna=False).agg(
        first_seen=("published", "min"), last_seen=("published", "max"),
        releases=("document_id", "nunique"),
        documents=("document_id", lambda s: " | ".join(sorted(set(s))))).reset_index()
    out = out.rename(columns={"entity_id": "person_entity_id", "entity_name": "person"})
    for col in ("first_seen", "last_seen"):
        out[col] = out[col].dt.date
    return out.sort_values(["person", "first_seen", "title"], ignore_index=True)


def actions_by_actor_and_year(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Planned actions per actor and target year (the year the action's date starts in; an
    action anchored only to a time expression, "in the coming weeks", has no calendar year)."""
    actions = frames["actions"][["document_id", "action_id", "actor_id", "time_id"]]
    actors = pd.concat([
        frames["people"][["document_id", "person_id", "entity_name"]].rename(
            columns={"person_id": "actor_id"}),
        frames["organisations"][["document_id", "organisation_id", "entity_name"]].rename(
            columns={"organisation_id": "actor_id"}),
    ])
    dates = frames["dates"][["document_id", "date_id", "start"]].rename(
        columns={"date_id": "time_id"})
    df = actions.merge(actors, on=["document_id", "actor_id"], how="left").merge(
        dates, on=["document_id", "time_id"], how="left")
    df["actor"] = df["entity_name"].astype("string").fillna("(not stated)")
    years = pd.to_datetime(df["start"].astype("string"), errors="coerce").dt.year
    df["target_year"] = years.astype("Int64")
    out = df.groupby(["actor", "target_year"], dropna=False, observed=True).agg(
        actions=("action_id", "size"), releases=("document_id", "nunique")).reset_index()
    return out.sort_values(["actions", "actor"], ascending=[False, True], ignore_index=True)


def organisation_cooccurrence(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Pairs of organisations named in the same release, with the number of such releases."""
    orgs = frames["organisations"][["document_id", "entity_id", "entity_name"]].dropna()
    names = dict(zip(orgs["entity_id"], orgs["entity_name"]))
    counts: dict[tuple[str, str], int] = {}
    for _, group in orgs.groupby("document_id"):
        for a, b in combinations(sorted(set(group["entity_id"])), 2):
            counts[(a, b)] = counts.get((a, b), 0) + 1
    out = pd.DataFrame(
        [(a, names[a], b, names[b], n) for (a, b), n in counts.items()],
        columns=["entity_id_a", "organisation_a", "entity_id_b", "organisation_b", "releases"])
    return out.sort_values(["releases", "organisation_a", "organisation_b"],
                           ascending=[False, True, True], ignore_index=True)


AGGREGATES = {
    "organisation_activity": organisation_activity,
    "organisations_by_month": organisations_by_month,
    "person_roles_over_time": person_roles_over_time,
    "actions_by_actor_and_year": actions_by_actor_and_year,
    "organisation_cooccurrence": organisation_cooccurrence,
}


def aggregates(frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    return {name: fn(frames) for name, fn in AGGREGATES.items()}


# How partial results over disjoint sets of releases add up (a release is in one chunk only).
_KEYS = {
    "organisation_activity": ["entity_id", "entity_name"],
    "organisations_by_month": ["month", "entity_id", "entity_name"],
    "person_roles_over_time": ["person_entity_id", "person", "title", "organisation"],
    "actions_by_actor_and_year": ["actor", "target_year"],
    "organisation_cooccurrence": ["entity_id_a", "organisation_a", "entity_id_b",
                                  "organisation_b"],
}


def combine(name: str, partials: list[pd.DataFrame]) -> pd.DataFrame:
    """One aggregate from its values over chunks of releases: counts add up, first and last
    seen take the extremes, document lists join. Memory is the size of the aggregate, not of
    the corpus."""
    frame = pd.concat([p for p in partials if not p.empty] or partials[:1], ignore_index=True)
    keys = _KEYS[name]
    how = {c: "sum" for c in frame.columns if c not in keys}
    if name == "person_roles_over_time":
        how = {"first_seen": "min", "last_seen": "max", "releases": "sum",
               "documents": lambda s: " | ".join(sorted({d for v in s for d in v.split(" | ")}))}
    out = frame.groupby(keys, dropna=False, observed=True, sort=False).agg(how).reset_index()
    order = {
        "organisation_activity": (["releases", "mentions", "entity_name"], [False, False, True]),
        "organisations_by_month": (["month", "releases", "entity_name"], [True, False, True]),
        "person_roles_over_time": (["person", "first_seen", "title"], [True, True, True]),
        "actions_by_actor_and_year": (["actions", "actor"], [False, True]),
        "organisation_cooccurrence": (["releases", "organisation_a", "organisation_b"],
                                      [False, True, True]),
    }[name]
    return out.sort_values(order[0], ascending=order[1], ignore_index=True)
