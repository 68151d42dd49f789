"""Scoring predictions against gold annotations (the shape of ../shared/gold/GUIDELINES.md).

The figures follow the project's reference scorer (`../shared/eval/score.py`) rule for rule,
so `news-extract evaluate` and the scorer agree (a test checks it): organisations by
normalised name or alias, one match per gold body, optional bodies counting nothing; people by
normalised name; roles by (person, title) with title containment, then the organisation;
dates by text (containment allowed), values by start and end; actions by content-word F1 of
at least 0.5, then actor and time on the matched ones. `details` lists what was missed and
what was extra, document by document, for an analyst to check.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "madam", "mme",
    "he", "h e", "hon", "rev", "lord", "lady", "mx", "messrs",
}
STOP = set(
    "a an the of to in on for and or with by at from as is are be been being was were will "
    "would shall should can could may might must that this these those it its their his her "
    "our we they he she which who whom also further new".split()
)
LEGAL_SUFFIXES = {"inc", "ltd", "llc", "plc", "lp", "llp", "co", "corp", "gmbh", "ag", "sa",
                  "nv", "bv", "pty", "limited"}
HEADLINE = ["people", "organisations", "roles_with_org", "dates_value", "actions"]
FIELDS = ["people", "organisations", "roles", "roles_with_org", "dates_extent", "dates_value",
          "actions"]


def fold(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold().replace("&", " and ")
    return " ".join(re.sub(r"[^\w]+", " ", s).split())


def norm_org(s: str | None) -> str:
    words = fold(re.sub(r"(?<=\w)['’]s\b", "", s or "")).split()
    if words[:1] == ["the"]:
        words = words[1:]
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def norm_person(s: str | None) -> str:
    words = fold(s).split()
    while words and (words[0] in HONORIFICS or " ".join(words[:2]) in HONORIFICS):
        words = words[2:] if " ".join(words[:2]) in HONORIFICS else words[1:]
    return " ".join(w for w in words if len(w) > 1 and w not in {"jr", "sr", "ii", "iii", "iv"})


def norm_title(s: str | None) -> str:
    s = fold(s)
    return s[4:] if s.startswith("the ") else s


def contains_words(a: str, b: str) -> bool:
    return bool(a and b) and (f" {a} " in f" {b} " or f" {b} " in f" {a} ")


def token_f1(a: str, b: str) -> float:
    x = {w[:6] for w in fold(a).split() if w not in STOP}
    y = {w[:6] for w in fold(b).split() if w not in STOP}
    common = len(x & y)
    if not common:
        return 0.0
    p, r = common / len(x), common / len(y)
    return 2 * p * r / (p + r)


@dataclass
class Count:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Count") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def prf(self) -> tuple[float, float, float]:
        if not (self.tp or self.fp or self.fn):
            return 1.0, 1.0, 1.0
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class DocScore:
    counts: dict[str, Count] = field(default_factory=lambda: {f: Count() for f in FIELDS})
    agree: dict[str, list[int]] = field(default_factory=dict)
    errors: dict[str, list[str]] = field(default_factory=dict)  # "field: missed/extra" -> items

    def tally(self, name: str, right: bool) -> None:
        slot = self.agree.setdefault(name, [0, 0])
        slot[0] += int(right)
        slot[1] += 1

    def note(self, kind: str, item: str) -> None:
        self.errors.setdefault(kind, []).append(item)

    def overall(self) -> float:
        return sum(self.counts[k].prf()[2] for k in HEADLINE) / len(HEADLINE)


def _greedy(pairs: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    used_g, used_p, out = set(), set(), []
    for _, g, p in sorted(pairs, key=lambda t: -t[0]):
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            out.append((g, p))
    return out


def _forms(org: dict) -> set[str]:
    forms = {norm_org(org.get("name"))} | {norm_org(a) for a in org.get("aliases") or []}
    return {f for f in forms if f}


def _resolve(name: str | None, entities: list[set[str]]) -> int | None:
    if not name:
        return None
    n = norm_org(name)
    return next((i for i, forms in enumerate(entities) if n in forms), None)


def score_document(gold: dict, pred: dict) -> DocScore:
    s = DocScore()
    g_orgs = gold.get("organisations") or []
    g_forms = [_forms(o) for o in g_orgs]
    optional = {i for i, o in enumerate(g_orgs) if o.get("optional")}
    _score_orgs(s, g_orgs, g_forms, optional, pred.get("organisations") or [])
    _score_people(s, gold, pred)
    _score_roles(s, gold, pred, g_forms)
    _score_dates(s, gold, pred)
    _score_actions(s, gold, pred, g_forms)
    return s


def _score_orgs(s, g_orgs, g_forms, optional, p_orgs) -> None:
    matched, c = set(), s.counts["organisations"]
    for o in p_orgs:
        forms = _forms(o)
        hits = [i for i, gf in enumerate(g_forms) if forms & gf]
        free = [i for i in hits if i not in matched and i not in optional]
        hit = free[0] if free else next((i for i in hits if i in optional),
                                        hits[0] if hits else None)
        if hit is None or (hit in matched and hit not in optional):
            c.fp += 1
            s.note("organisations: extra", o.get("name", ""))
        elif hit not in optional:
            matched.add(hit)
            c.tp += 1
    for i in sorted(set(range(len(g_orgs))) - optional - matched):
        c.fn += 1
        s.note("organisations: missed", g_orgs[i].get("name", ""))


def _score_people(s, gold, pred) -> None:
    g = {norm_person(p.get("name")): p.get("name") for p in gold.get("people") or []}
    p = {norm_person(x.get("name")): x.get("name") for x in pred.get("people") or []}
    g.pop("", None)
    p.pop("", None)
    c = s.counts["people"]
    c.tp += len(g.keys() & p.keys())
    c.fp += len(p.keys() - g.keys())
    c.fn += len(g.keys() - p.keys())
    for k in sorted(g.keys() - p.keys()):
        s.note("people: missed", g[k])
    for k in sorted(p.keys() - g.keys()):
        s.note("people: extra", p[k])


def _roles(rec: dict) -> list[tuple[str, str, str | None, str]]:
    return [(norm_person(p.get("name")), norm_title(r.get("title")), r.get("organisation"),
             f"{p.get('name')} | {r.get('title')} | {r.get('organisation')}")
            for p in rec.get("people") or [] for r in p.get("roles") or []]


def _score_roles(s, gold, pred, g_forms) -> None:
    g_roles, p_roles = _roles(gold), _roles(pred)
    cand = [(2.0 if gt == pt else 1.0, gi, pi)
            for gi, (gp, gt, _, _) in enumerate(g_roles)
            for pi, (pp, pt, _, _) in enumerate(p_roles)
            if gp == pp and (gt == pt or contains_words(gt, pt))]
    pairs = _greedy(cand)
    c = s.counts["roles"]
    c.tp += len(pairs)
    c.fp += len(p_roles) - len(pairs)
    c.fn += len(g_roles) - len(pairs)
    # A predicted role names its body by one form; the body's other predicted forms count too,
    # as organisations match when any of their forms agree.
    p_forms = [_forms(o) for o in pred.get("organisations") or []]

    def forms_of(name: str) -> set[str]:
        n = norm_org(name)
        return set().union({n}, *(f for f in p_forms if n in f))

    full = 0
    for gi, pi in pairs:
        g_org, p_org = g_roles[gi][2], p_roles[pi][2]
        gi_org = _resolve(g_org, g_forms)
        if g_org is None:
            ok = not p_org
        elif gi_org is None:
            ok = bool(p_org) and norm_org(g_org) in forms_of(p_org)
        else:
            ok = bool(p_org) and bool(forms_of(p_org) & g_forms[gi_org])
        full += ok
        if not ok:
            s.note("roles: wrong organisation", f"{p_roles[pi][3]}  (gold: {g_org})")
    c = s.counts["roles_with_org"]
    c.tp += full
    c.fp += len(p_roles) - full
    c.fn += len(g_roles) - full
    matched_g, matched_p = {g for g, _ in pairs}, {p for _, p in pairs}
    for gi in sorted(set(range(len(g_roles))) - matched_g):
        s.note("roles: missed", g_roles[gi][3])
    for pi in sorted(set(range(len(p_roles))) - matched_p):
        s.note("roles: extra", p_roles[pi][3])


def _distinct_dates(rec: dict) -> list[dict]:
    seen, out = set(), []
    for d in rec.get("dates") or []:
        key = (fold(d.get("text", "")), d.get("start"), d.get("end"))
        if key[0] and key not in seen:
            seen.add(key)
            out.append(d)
    return out


def _score_dates(s, gold, pred) -> None:
    g_dates, p_dates = _distinct_dates(gold), _distinct_dates(pred)
    cand = []
    for gi, g in enumerate(g_dates):
        for pi, p in enumerate(p_dates):
            gt, pt = fold(g["text"]), fold(p["text"])
            if gt == pt or contains_words(gt, pt):
                same = g.get("start") == p.get("start") and g.get("end") == p.get("end")
                cand.append(((2.0 if gt == pt else 1.0) + same, gi, pi))
    pairs = _greedy(cand)
    c = s.counts["dates_extent"]
    c.tp += len(pairs)
    c.fp += len(p_dates) - len(pairs)
    c.fn += len(g_dates) - len(pairs)
    right = 0
    for gi, pi in pairs:
        g, p = g_dates[gi], p_dates[pi]
        if g.get("start") == p.get("start") and g.get("end") == p.get("end"):
            right += 1
        else:
            s.note("dates: wrong value", f"{p['text']} {p.get('start')}..{p.get('end')}  "
                                         f"(gold: {g.get('start')}..{g.get('end')})")
    c = s.counts["dates_value"]
    c.tp += right
    c.fp += len(p_dates) - right
    c.fn += len(g_dates) - right
    for gi in sorted(set(range(len(g_dates))) - {g for g, _ in pairs}):
        s.note("dates: missed", g_dates[gi]["text"])
    for pi in sorted(set(range(len(p_dates))) - {p for _, p in pairs}):
        s.note("dates: extra", p_dates[pi]["text"])


def _score_actions(s, gold, pred, g_forms) -> None:
    g_acts, p_acts = gold.get("actions") or [], pred.get("actions") or []
    cand = []
    for gi, g in enumerate(g_acts):
        for pi, p in enumerate(p_acts):
            f = token_f1(g.get("text", ""), p.get("text", ""))
            if f >= 0.5:
                cand.append((f, gi, pi))
    pairs = _greedy(cand)
    c = s.counts["actions"]
    c.tp += len(pairs)
    c.fp += len(p_acts) - len(pairs)
    c.fn += len(g_acts) - len(pairs)
    for gi, pi in pairs:
        ga, pa = g_acts[gi].get("actor"), p_acts[pi].get("actor")
        gi_org = _resolve(ga, g_forms)
        if ga is None:
            ok = not pa
        elif gi_org is not None:
            ok = bool(pa) and norm_org(pa) in g_forms[gi_org]
        else:
            ok = bool(pa) and (norm_person(pa) == norm_person(ga) or norm_org(pa) == norm_org(ga))
        s.tally("action_actor", ok)
        if not ok:
            s.note("actions: wrong actor", f"{p_acts[pi]['text'][:60]}: {pa}  (gold: {ga})")
        gt, pt = g_acts[gi].get("time"), p_acts[pi].get("time")
        ok = (not gt and not pt) or (bool(gt) and bool(pt) and contains_words(fold(gt), fold(pt)))
        s.tally("action_time", ok)
        if not ok:
            s.note("actions: wrong time", f"{p_acts[pi]['text'][:60]}: {pt}  (gold: {gt})")
    for gi in sorted(set(range(len(g_acts))) - {g for g, _ in pairs}):
        s.note("actions: missed", g_acts[gi].get("text", ""))
    for pi in sorted(set(range(len(p_acts))) - {p for _, p in pairs}):
        s.note("actions: extra", p_acts[pi].get("text", ""))


@dataclass
class Evaluation:
    total: DocScore
    per_doc: dict[str, DocScore]
    missing: list[str]

    def as_dict(self) -> dict:
        out: dict = {}
        for k, c in self.total.counts.items():
            p, r, f = c.prf()
            out[k] = {"precision": p, "recall": r, "f1": f, "tp": c.tp, "fp": c.fp, "fn": c.fn}
        for k, (right, of) in self.total.agree.items():
            out[k] = {"accuracy": right / of if of else 0.0, "right": right, "of": of}
        out["overall"] = sum(out[k]["f1"] for k in HEADLINE) / len(HEADLINE)
        out["documents"] = len(self.per_doc)
        out["missing_predictions"] = self.missing
        return out


def evaluate(gold: dict[str, dict], pred: dict[str, dict]) -> Evaluation:
    total, per_doc = DocScore(), {}
    for doc_id, g in gold.items():
        s = score_document(g, pred.get(doc_id, {}))
        per_doc[doc_id] = s
        for k, c in s.counts.items():
            total.counts[k].add(c)
        for k, (right, of) in s.agree.items():
            slot = total.agree.setdefault(k, [0, 0])
            slot[0] += right
            slot[1] += of
    return Evaluation(total, per_doc, sorted(set(gold) - set(pred)))


def report(result: Evaluation, details: bool = False) -> str:
    """The scorer's table, then (with details) each document's misses and extras."""
    d = result.as_dict()
    lines = [f"{'field':<16}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for k in FIELDS:
        r = d[k]
        lines.append(f"{k:<16}{r['precision']:>7.3f}{r['recall']:>7.3f}{r['f1']:>7.3f}"
                     f"{r['tp']:>6}{r['fp']:>6}{r['fn']:>6}")
    for k in ["action_actor", "action_time"]:
        if k in d:
            lines.append(f"{k:<16} accuracy {d[k]['accuracy']:.3f} ({d[k]['right']}/{d[k]['of']})")
    if d["missing_predictions"]:
        lines.append(f"missing predictions for {len(d['missing_predictions'])} record(s)")
    if details:
        for doc_id, s in sorted(result.per_doc.items(), key=lambda t: t[1].overall()):
            lines.append(f"\n== {doc_id}  overall {s.overall():.3f}")
            for kind in sorted(s.errors):
                for item in s.errors[kind]:
                    lines.append(f"  {kind:<28} {item}")
    lines.append(f"overall {d['overall']:.3f} over {d['documents']} documents")
    return "\n".join(lines)
