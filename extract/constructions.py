"""Named constructions: every rule of the rule wing declared once, with examples that run.

A construction is one linguistic pattern the components use: a role pattern ("Name, Title of
Org"), an organisation candidate source or filter, an action trigger or veto, a date rule or a
negative date rule. It is declared where it is implemented, with

- a `name` (unique, kebab-case) and the fact `kind` it serves,
- its `stage` (`candidate`, `filter`, `pattern`, `merge`, `trigger`, `veto`, `rule`,
  `negative`, `resolve`),
- one line on what it recognises (`doc`),
- `examples`: sentences with the facts the pipeline must and must not find in them (one
  parametrised test runs every example of every construction; a construction without an
  example fails it),
- and either the function that implements it (`@construction(...)`) or the data (a spaCy
  `Matcher`/`DependencyMatcher` pattern, a regular expression: `declare(...)`).

Any construction can be switched off by name: in a component's config (`off = [...]`), with
`build_pipeline(off=[...])`, or for a block of code with `switched_off(names)` (what the
ablation report does). A switched-off function returns its `off` value (an empty candidate
list, "no veto", "no match"); code that uses declared data asks `is_on(name)`.
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

KINDS = ("people", "organisations", "roles", "dates", "actions")
STAGES = ("candidate", "filter", "pattern", "merge", "trigger", "veto", "rule", "negative",
          "resolve")

Fact = str | tuple


@dataclass(frozen=True)
class Example:
    """A sentence and what the pipeline must (`has`) and must not (`lacks`) find in it.

    Facts are given per kind, in the shape `facts()` produces: a person's name; an
    organisation's name (or alias); a role as (person, title, organisation or None); a date as
    (text, start, end) in ISO form; an action as (text, actor or None). A tuple matches a fact
    that starts with it, a string a fact whose first element it is ("Natalie Pauwels" matches
    the person, ("Natalie Pauwels", "Head of Unit") a role of hers with any organisation)."""

    text: str
    has: Mapping[str, tuple[Fact, ...]] = field(default_factory=dict)
    lacks: Mapping[str, tuple[Fact, ...]] = field(default_factory=dict)
    published: str | None = None


@dataclass(frozen=True)
class Construction:
    name: str
    kind: str
    stage: str
    doc: str
    examples: tuple[Example, ...]
    module: str
    pattern: Any = None


REGISTRY: dict[str, Construction] = {}
_OFF: ContextVar[frozenset[str]] = ContextVar("news_extract_constructions_off",
                                              default=frozenset())


def _register(c: Construction) -> Construction:
    if c.kind not in KINDS:
        raise ValueError(f"construction {c.name}: unknown kind {c.kind!r}")
    if c.stage not in STAGES:
        raise ValueError(f"construction {c.name}: unknown stage {c.stage!r}")
    old = REGISTRY.get(c.name)
    if old is not None and old.module != c.module:
        raise ValueError(f"construction {c.name} declared twice ({old.module}, {c.module})")
    REGISTRY[c.name] = c
    return c


def construction(name: str, kind: str, stage: str, doc: str,
                 examples: Iterable[Example], off: Any = None) -> Callable:
    """Declare the decorated function as construction `name`; switched off, it returns `off`
    (called if callable, so `off=list` gives a fresh empty list)."""

    def wrap(func: Callable) -> Callable:
        c = _register(Construction(name, kind, stage, doc, tuple(examples), func.__module__))

        @functools.wraps(func)
        def run(*args, **kwargs):
            if name in _OFF.get():
                return off() if callable(off) else off
            return func(*args, **kwargs)

        run.construction = c  # type: ignore[attr-defined]
        return run

    return wrap


def declare(name: str, kind: str, stage: str, doc: str, examples: Iterable[Example],
            pattern: Any = None, module: str = "") -> Construction:
    """Declare a construction that is data (a Matcher pattern, a regex, a table row); the code
    that applies it checks `is_on(name)`."""
    return _register(Construction(name, kind, stage, doc, tuple(examples), module, pattern))


def is_on(name: str) -> bool:
    return name not in _OFF.get()


@contextmanager
def switched_off(names: Iterable[str]) -> Iterator[None]:
    """Run a block with the named constructions off (added to those already off)."""
    names = frozenset(names)
    unknown = names - REGISTRY.keys()
    if unknown:
        raise ValueError(f"unknown construction(s): {', '.join(sorted(unknown))}")
    token = _OFF.set(_OFF.get() | names)
    try:
        yield
    finally:
        _OFF.reset(token)


def of_kind(kind: str) -> list[Construction]:
    return [c for c in REGISTRY.values() if c.kind == kind]


def facts(document) -> dict[str, set[tuple]]:
    """The facts of a `models.Document` in the shape examples are written in."""
    people = {p.id: p.name for p in document.people}
    orgs = {o.id: o.name for o in document.organisations}
    names = people | orgs
    org_facts = {(form,) for o in document.organisations
                 for form in (o.name, *o.aliases, *([o.acronym] if o.acronym else []))}
    return {
        "people": {(name,) for name in people.values()},
        "organisations": org_facts,
        "roles": {(people.get(r.person_id), r.title, orgs.get(r.organisation_id))
                  for r in document.roles},
        "dates": {(d.text, d.start.isoformat() if d.start else None,
                   d.end.isoformat() if d.end else None) for d in document.dates},
        "actions": {(a.text, names.get(a.actor_id),
                     time.text if (time := document.time_of(a)) else None)
                    for a in document.actions},
    }


def _matches(expected: Fact, found: set[tuple]) -> bool:
    want = expected if isinstance(expected, tuple) else (expected,)
    return any(f[:len(want)] == want for f in found)


def check(example: Example, document) -> list[str]:
    """What `document` (extracted from `example.text`) gets wrong: empty when it agrees."""
    found = facts(document)
    problems = [f"missing {kind}: {want!r}" for kind, wants in example.has.items()
                for want in wants if not _matches(want, found[kind])]
    problems += [f"unwanted {kind}: {bad!r}" for kind, bads in example.lacks.items()
                 for bad in bads if _matches(bad, found[kind])]
    if problems:
        problems.append("found: " + "; ".join(
            f"{kind} {sorted(map(str, found[kind]))}" for kind in KINDS if found[kind]))
    return problems
