"""Training the person/organisation recogniser (`news_names_model`) on the annotated releases.

    python -m extract.training.ner (--out DIR | --folds DIR) [--gold SEED DEV] [--epochs N]

The gold names people and bodies, not their places in the text, so each gold name and alias
is found in its release by string match (every whole-word occurrence; a longer match wins
over a shorter one inside it; a person's surname alone counts where it stands as a name of
its own): these are silver PERSON and ORG spans. The base model's other entities (GPE, DATE,
...) on the same text are kept as they are, its PERSON and ORG entities that match no gold
name become "outside" (the gold lists every person and body, so they are its false hits), and
optional bodies are left unannotated. To keep the other labels, the updates are mixed with
the base model's own analysis of DOJ releases outside the gold (rehearsal).

`--out DIR` writes a one-component spaCy pipeline trained on all the gold, used with
`news-extract run ... --set news_names_model.path=DIR`. `--folds DIR` writes instead one model
per fold trained on the two other folds (DIR/fold0 ...): run the pipeline on fold K's releases
with DIR/foldK and score them, for each K (the cross-validation in the README). Nothing
trained is shipped: on those unseen folds it did not help.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from extract.training import GOLD_FILES, fold_of, load_gold

DOJ = GOLD_FILES[0].parent.parent / "data" / "doj_press_releases" / "doj_press_releases.jsonl.gz"
SKIP = 1000      # the archive's first 500 are the false-hit check (bench); not trained on
STRIDE = 50      # every 50th release after those, for a spread of years and offices
SEED = 17
EPOCHS = 10
REHEARSAL = 40   # DOJ releases outside the gold mixed into every epoch
REHEARSAL_CHARS = 4000


def occurrences(text: str, form: str) -> Iterable[tuple[int, int]]:
    """Whole-word, case-sensitive occurrences of `form` in `text`."""
    if not form or not form.strip():
        return
    pattern = re.compile(r"(?<![\w])" + re.escape(form.strip()) + r"(?![\w])")
    for m in pattern.finditer(text):
        yield m.start(), m.end()


def surname_occurrences(text: str, name: str) -> Iterable[tuple[int, int]]:
    """A person's last name standing alone ("Mr. Roe", "Attorney General Roe", "Roe said"),
    not the first word of another proper name ("Roe University")."""
    parts = name.split()
    if len(parts) < 2 or len(parts[-1]) < 3 or not parts[-1][0].isupper():
        return
    for start, end in occurrences(text, parts[-1]):
        if not re.match(r"[ \t]+[A-Z]", text[end:end + 2]):
            yield start, end


def silver(text: str, rec: dict) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """The gold's PERSON/ORG spans in `text` by string match, and the spans of optional bodies
    (left unannotated)."""
    found: list[tuple[int, int, str, int]] = []   # start, end, label, priority
    optional: list[tuple[int, int]] = []
    for person in rec.get("people") or []:
        name = person.get("name") or ""
        found += [(s, e, "PERSON", 2) for s, e in occurrences(text, name)]
        found += [(s, e, "PERSON", 1) for s, e in surname_occurrences(text, name)]
    for body in rec.get("organisations") or []:
        for form in [body.get("name"), *(body.get("aliases") or [])]:
            spans = list(occurrences(text, form or ""))
            if body.get("optional"):
                optional += spans
            else:
                found += [(s, e, "ORG", 2) for s, e in spans]
    # Longest first, then the firmer kind of match; overlapping shorter ones are dropped.
    found.sort(key=lambda x: (-(x[1] - x[0]), -x[3], x[0]))
    chosen: list[tuple[int, int, str]] = []
    for s, e, label, _ in found:
        if all(e <= cs or s >= ce for cs, ce, _ in chosen):
            chosen.append((s, e, label))
    return sorted(chosen), optional


def reference(nlp, text: str, rec: dict | None):
    """The training target: the base model's analysis with the gold's PERSON/ORG spans in
    place of its own (rec None: the base model's analysis as it is, for rehearsal)."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    with nlp.select_pipes(enable=["ner"]):
        doc = nlp(text)
    if rec is None:
        return doc
    spans, optional = silver(text, rec)
    gold = [doc.char_span(s, e, label=label, alignment_mode="contract") for s, e, label in spans]
    gold = [g for g in gold if g is not None and len(g)]
    taken = {i for g in gold for i in range(g.start, g.end)}
    others = [e for e in doc.ents if e.label_ not in ("PERSON", "ORG")
              and not any(i in taken for i in range(e.start, e.end))]
    ents = filter_spans(gold + others)
    missing = []
    for s, e in optional:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and not any(i in taken for i in range(span.start, span.end)):
            missing.append(span)
    outside = [t.i for t in doc if not any(e.start <= t.i < e.end for e in ents)]
    missing_tokens = {i for m in missing for i in range(m.start, m.end)}
    doc.set_ents(ents, outside=[doc[i:i + 1] for i in outside if i not in missing_tokens],
                 missing=[Span(doc, i, i + 1) for i in sorted(missing_tokens)
                          if i in set(outside)], default="unmodified")
    return doc


def rehearsal_texts(exclude: set[str], n: int = REHEARSAL) -> list[str]:
    """`n` DOJ releases outside the gold and outside the 500 checked for false hits (the
    archive's first 500), cut to their first few thousand characters."""
    if not DOJ.exists():
        return []
    texts = []
    with gzip.open(DOJ, "rt", encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            if k < SKIP or k % STRIDE:
                continue
            rec = json.loads(line)
            if rec.get("id") in exclude or not rec.get("text"):
                continue
            texts.append(rec["text"][:REHEARSAL_CHARS])
            if len(texts) >= n:
                break
    return texts


def train(gold: dict[str, dict], ids: Iterable[str], rehearse: list[str], epochs: int = EPOCHS,
          model: str | None = None, log=sys.stderr):
    """en_core_web_sm's recogniser updated on the silver spans of `ids` and the rehearsal
    texts; returns the updated pipeline (only its `ner` is used)."""
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    from extract.model import load_model

    fix_random_seed(SEED)
    nlp = load_model(model)
    examples = [Example(nlp.make_doc(gold[i]["text"]), reference(nlp, gold[i]["text"], gold[i]))
                for i in sorted(ids)]
    examples += [Example(nlp.make_doc(t), reference(nlp, t, None)) for t in rehearse]
    rng = random.Random(SEED)
    with nlp.select_pipes(enable=["ner"]):
        optimizer = nlp.resume_training()
        for epoch in range(epochs):
            rng.shuffle(examples)
            losses: dict = {}
            for batch in minibatch(examples, size=8):
                nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
            if log is not None:
                print(f"epoch {epoch + 1}/{epochs}: ner loss {losses.get('ner', 0):.1f}",
                      file=log)
    return nlp


def save(nlp, out: Path) -> None:
    """Only the recogniser, as a one-component pipeline directory (a blank English pipeline
    carrying the updated `ner`)."""
    import spacy

    small = spacy.blank("en")
    small.add_pipe("ner", source=nlp)
    out.mkdir(parents=True, exist_ok=True)
    small.to_disk(out, exclude=["vocab.lookups", "vocab.vectors"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", nargs="+", type=Path, default=list(GOLD_FILES))
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", type=Path, help="write the model trained on all the gold here")
    target.add_argument("--folds", type=Path,
                        help="write one model per fold (trained on the other two) here")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    args = parser.parse_args(argv)
    gold = load_gold(args.gold)
    rehearse = rehearsal_texts(set(gold))
    if args.folds:
        for k in range(3):
            ids = [i for i in gold if fold_of(i) != k]
            print(f"fold {k}: training on {len(ids)} releases", file=sys.stderr)
            save(train(gold, ids, rehearse, args.epochs), args.folds / f"fold{k}")
        return 0
    save(train(gold, gold, rehearse, args.epochs), args.out)
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
