"""The resume state of a run: its parts on disk, what they hold, and the lock on the folder.

Extraction results are written in parts (`OUT/.news-extract/parts/part-NNNNNN.jsonl`, each
renamed into place only once complete), every line holding the input position and a document
or an error. The parts are the manifest: a re-run of the same command after a crash or a
`kill -9` skips every document (id and content hash) and error already in a part (`Done`),
redoes what was half-written (a part never renamed), and the outputs are then assembled from
all parts in input order. A run over other inputs or formats, or by another pipeline (other
code, word lists or weights: `pipeline_fingerprint`), starts afresh.

One run at a time per output folder: a run holds an exclusive lock on
`OUT/.news-extract/lock` from start to end (the OS drops it when the process dies, so a
`kill -9` leaves no stale lock), and a second run into the same folder is refused with
`OutputLocked`. Holding it, a run first removes the temporary files killed runs left behind.
"""
from __future__ import annotations

import fcntl
import functools
import hashlib
import heapq
import json
import os
import shutil
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from extract.atomic import atomic_write
from extract.convert import content_id
from models import Document, ExtractionError

WORK_DIR = ".news-extract"
# What atomic_write, the writers and SQLite leave under temporary names when killed.
TEMP_PATTERNS = (".*.tmp", ".*.tmp-journal", ".*.tmp-wal", ".*.tmp-shm")
TEMP_FOLDERS = ("", "aggregates", "parquet", "parquet/aggregates")


def source_fingerprint(roots: Iterable[Path]) -> str:
    """A hash of every file under `roots` (paths and bytes; compiled caches left out)."""
    digest = hashlib.sha1()
    for root in roots:
        root = Path(root)
        for path in sorted(p for p in root.rglob("*")
                           if p.is_file() and "__pycache__" not in p.parts):
            digest.update(f"{root.name}/{path.relative_to(root).as_posix()}\0".encode())
            digest.update(path.read_bytes())
            digest.update(b"\0")
    return digest.hexdigest()[:16]


@functools.cache
def pipeline_fingerprint() -> str:
    """The installed pipeline's code, word lists and weights: parts written by another
    pipeline (an upgrade, an edited rule) are not resumed into this run's outputs, which
    would then mix two pipelines' records without a sign."""
    import extract
    import models

    return source_fingerprint([Path(extract.__file__).parent, Path(models.__file__).parent])


class OutputLocked(RuntimeError):
    """Another run is writing into the same output folder."""


@contextmanager
def lock_output(out_dir: Path) -> Iterator[None]:
    """Hold `out_dir` for one run: an exclusive, non-blocking `flock` on
    OUT/.news-extract/lock, released by the OS however the process ends. Raises OutputLocked
    while any other holder has it (another process, or another run in this one)."""
    out_dir = Path(out_dir).resolve()
    work = out_dir / WORK_DIR
    work.mkdir(parents=True, exist_ok=True)
    fd = os.open(work / "lock", os.O_RDWR | os.O_CREAT, 0o666)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            raise OutputLocked(f"{out_dir} is in use by another news-extract run (pid {holder}); "
                               "wait for it or use another --out") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield
    finally:
        os.close(fd)  # the lock file stays: removing it would let two runs lock two files


def remove_stale_temps(out_dir: Path) -> list[Path]:
    """Delete the temporary files and folders earlier runs left when killed while writing (each
    up to the size of an output, and no later run would reuse them). Call with the lock held:
    then no live run is writing them."""
    removed = []
    for sub in TEMP_FOLDERS:
        folder = Path(out_dir) / sub
        if not folder.is_dir():
            continue
        for pattern in TEMP_PATTERNS:
            for path in folder.glob(pattern):
                if path.is_dir() and not path.is_symlink():
                    shutil.rmtree(path)
                else:
                    path.unlink(missing_ok=True)
                removed.append(path)
    return removed


@dataclass
class Done:
    """What an earlier, interrupted run already wrote: skipped when the run resumes."""

    documents: set[tuple[str, str]] = field(default_factory=set)  # (id, content hash)
    errors: set[tuple] = field(default_factory=set)  # error_key() of each error row
    skipped: int = 0
    # Everything this run's inputs hold, done before or not: what the outputs may contain.
    current: set[tuple] = field(default_factory=set)


def error_key(seq: int, source: str, reason: str, document_id: str | None) -> tuple:
    """The identity of one error row: the input's position (every record of a JSON Lines file
    shares its source, so two failures there must not collapse into one), with the source,
    reason and document id so that a resumed run only skips an input that failed the same way."""
    return "error", seq, source, reason, document_id


def entry_key(seq: int, kind: str, rec: dict) -> tuple:
    """A part entry's identity, from its JSON data: a document by id and content, an error by
    input position."""
    if kind == "document":
        return kind, rec["id"], content_id(rec["text"])
    return error_key(seq, rec["source"], rec["reason"], rec.get("document_id"))


def item_key(seq: int, item: Document | ExtractionError) -> tuple:
    """The same identity, from the record."""
    if isinstance(item, Document):
        return "document", item.id, content_id(item.text)
    return error_key(seq, item.source, item.reason, item.document_id)


class Parts:
    """The parts of one run: written atomically, read back in input order."""

    def __init__(self, work: Path, identity: dict):
        self.dir = work / "parts"
        marker = work / "run.json"
        if marker.exists() and json.loads(marker.read_text(encoding="utf-8")) != identity:
            # Other inputs or formats: not a resume. Only the parts go (the lock file stays).
            shutil.rmtree(self.dir, ignore_errors=True)
        self.dir.mkdir(parents=True, exist_ok=True)
        marker.write_text(json.dumps(identity), encoding="utf-8")
        for stale in self.dir.glob(".*.tmp"):  # a part a crash left half-written
            stale.unlink()
        self.next = 1 + max((int(p.stem.split("-")[1]) for p in self.dir.glob("part-*.jsonl")),
                            default=0)

    def files(self) -> list[Path]:
        return sorted(self.dir.glob("part-*.jsonl"))

    def done(self) -> Done:
        done = Done()
        for seq, kind, rec in self.raw():
            if kind == "document":
                done.documents.add((rec["id"], content_id(rec["text"])))
            else:
                done.errors.add(entry_key(seq, kind, rec))
        return done

    def raw(self) -> Iterator[tuple[int, str, dict]]:
        """(position, "document" or "error", the record as JSON data), unvalidated: fast."""
        for path in self.files():
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    row = json.loads(line)
                    kind = "document" if "document" in row else "error"
                    yield row["seq"], kind, row[kind]

    def write(self, entries: list[tuple[int, Document | ExtractionError]]) -> None:
        path = self.dir / f"part-{self.next:06d}.jsonl"
        self.next += 1
        with atomic_write(path) as fh:
            for seq, item in entries:
                kind = "document" if isinstance(item, Document) else "error"
                fh.write(json.dumps({"seq": seq, kind: item.model_dump(mode="json")},
                                    ensure_ascii=False) + "\n")

    @staticmethod
    def _read(path: Path) -> Iterator[tuple[int, Document | ExtractionError]]:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if "document" in row:
                    yield row["seq"], Document.model_validate(row["document"])
                else:
                    yield row["seq"], ExtractionError.model_validate(row["error"])

    def in_order(self) -> Iterator[tuple[int, Document | ExtractionError]]:
        """All entries by input position (each part is in order; resumed runs interleave)."""
        return heapq.merge(*(self._read(p) for p in self.files()), key=lambda e: e[0])
