"""Readers: files, directories and JSON Lines into raw documents, lazily.

Every input ends as a `RawDocument` or an `ExtractionError` (path, reason): an empty file, a
binary file, JSON that does not parse (or nests too deeply to), a JSON line without text, HTML
without a main text. The batch records the error and goes on; nothing is dropped silently.
Text that is not UTF-8 is decoded in its detected encoding (`extract.decoding`), kept on the
record. Invalid metadata (a `published` that is no date, a `title` that is no string) is
dropped with a warning on the record, and the text is still extracted.

- `.txt`, `.md`: text; the first non-empty line is the title (without Markdown's "# ").
  The publication date is found in the text by the metadata component.
- `.html`, `.htm`: main text and metadata by trafilatura (navigation and boilerplate left out).
- `.jsonl`, `.json` (also gzipped): objects with `text` and optional `id`, `title`,
  `published` (or `date`), `source` (or `url`); a `.json` file holds one object or a list.
  JSON Lines are streamed line by line, so memory does not grow with the file.
- `.zip`: each member by its own type; `.warc` (also `.warc.gz`): the HTML responses.
- Directories: walked recursively in sorted order; hidden files and the directory's own
  README/LICENSE/CHANGELOG files are not inputs.
"""
from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import math
import os
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from extract.decoding import Decoded, declared_charset, decode_text
from models import ExtractionError

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
LINE_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc"}
NOT_INPUTS = re.compile(r"(?i)^(readme|license|licence|changelog|notice)(\.\w+)?$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")
TOO_DEEP = "JSON nested too deeply"
# A Markdown ATX heading: up to 3 spaces, 1-6 "#", then a space (or the end), the heading,
# optionally closed by "#"s ("#hashtag" and "C#" are not headings).
_ATX_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")


@dataclass(frozen=True)
class RawDocument:
    """One release as read, before extraction."""

    text: str
    source: str
    id: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date where the input states one
    encoding: str = "utf-8"  # what the bytes were decoded from
    warnings: tuple[str, ...] = ()  # metadata dropped as invalid, text repaired


def read_inputs(paths: Iterable[str | Path]) -> Iterator[RawDocument | ExtractionError]:
    """Every document (or error) under `paths`, in a deterministic order."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from _read_dir(path)
        elif path.exists():
            yield from read_file(path)
        else:
            yield ExtractionError(source=str(path), reason="no such file or directory")


def _read_dir(root: Path) -> Iterator[RawDocument | ExtractionError]:
    seen: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        stat = os.stat(dirpath)
        if (stat.st_dev, stat.st_ino) in seen:  # a symlink loop
            dirnames[:] = []
            yield ExtractionError(source=dirpath, reason="directory visited twice (symlink loop)")
            continue
        seen.add((stat.st_dev, stat.st_ino))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or NOT_INPUTS.match(name):
                continue
            yield from read_file(Path(dirpath) / name)


def _suffixes(path: Path) -> tuple[str, bool]:
    """The format suffix, and whether the file is gzipped."""
    suffixes = [s.lower() for s in path.suffixes]
    gzipped = bool(suffixes) and suffixes[-1] == ".gz"
    if gzipped:
        suffixes = suffixes[:-1]
    return (suffixes[-1] if suffixes else ""), gzipped


def read_file(path: Path) -> Iterator[RawDocument | ExtractionError]:
    suffix, gzipped = _suffixes(path)
    source = str(path)
    if suffix in LINE_SUFFIXES:
        yield from _read_lines(path, gzipped)
        return
    if suffix in WARC_SUFFIXES:
        yield from _read_warc(path)
        return
    try:
        if gzipped:
            with gzip.open(path, "rb") as fh:
                data = fh.read()
        else:
            data = path.read_bytes()
    except (OSError, EOFError, gzip.BadGzipFile, zlib.error) as error:
        yield ExtractionError(source=source, reason=f"cannot read file: {error}")
        return
    if suffix == ".zip":
        yield from _read_zip(data, source)
    else:
        yield from read_bytes(data, source, suffix)


def read_bytes(data: bytes, source: str, suffix: str) -> Iterator[RawDocument | ExtractionError]:
    """One file's content, by its type."""
    if suffix == ".json":
        yield from _read_json(data, source)
    elif suffix in LINE_SUFFIXES:
        yield from _read_json_lines(io.BytesIO(data), source)
    elif suffix in HTML_SUFFIXES:
        yield _read_html(data, source)
    elif suffix in TEXT_SUFFIXES:
        yield _read_text(data, source)
    else:
        yield ExtractionError(source=source, reason=f"unsupported file type '{suffix or source}'"
                              " (expected .txt, .md, .html, .json, .jsonl, .zip or .warc, "
                              "optionally .gz)")


def _read_lines(path: Path, gzipped: bool) -> Iterator[RawDocument | ExtractionError]:
    """JSON Lines, streamed: memory holds one line, however large the file."""
    try:
        fh = gzip.open(path, "rb") if gzipped else path.open("rb")
    except OSError as error:
        yield ExtractionError(source=str(path), reason=f"cannot read file: {error}")
        return
    with fh:
        yield from _read_json_lines(fh, str(path))


def _read_json_lines(fh, source: str) -> Iterator[RawDocument | ExtractionError]:
    n = 0
    seen_any = False
    try:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            seen_any = True
            where = f"{source}:{n}"
            line = decode(raw, where)
            if isinstance(line, ExtractionError):
                yield line
                continue
            item = parse_json(line.text, where)
            yield item if isinstance(item, ExtractionError) else from_record(
                item, where, line.encoding)
    except (OSError, EOFError, gzip.BadGzipFile, zlib.error) as error:
        yield ExtractionError(source=source, reason=f"cannot read file: {error} (after line {n})")
        return
    if not seen_any:
        yield ExtractionError(source=source, reason="empty input")


def _read_zip(data: bytes, source: str) -> Iterator[RawDocument | ExtractionError]:
    """Each member of a .zip archive, by its own type ("archive.zip!dir/release.txt")."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except Exception as error:  # zipfile raises assorted errors on damaged archives
        yield ExtractionError(source=source, reason=f"not a readable zip archive: {error}")
        return
    with archive:
        for info in sorted(archive.infolist(), key=lambda i: i.filename):
            name = info.filename
            if name.endswith("/") or Path(name).name.startswith(".") or NOT_INPUTS.match(
                    Path(name).name):
                continue
            where = f"{source}!{name}"
            try:
                member = archive.read(info)
            except Exception as error:  # bad CRC, damaged headers, unknown compression, ...
                yield ExtractionError(source=where, reason=f"cannot read archive member: "
                                      f"{type(error).__name__}: {error}")
                continue
            suffix, gzipped = _suffixes(Path(name))
            if gzipped:
                try:
                    member = gzip.decompress(member)
                except (OSError, EOFError, zlib.error) as error:
                    yield ExtractionError(source=where, reason=f"cannot read file: {error}")
                    continue
            yield from read_bytes(member, where, suffix)


def _read_warc(path: Path) -> Iterator[RawDocument | ExtractionError]:
    """HTML responses of a WARC file (web archive crawls), by their target URI."""
    from warcio.archiveiterator import ArchiveIterator

    try:
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type != "response":
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or str(path)
                ctype = record.http_headers.get_header("Content-Type") if record.http_headers \
                    else ""
                if ctype and "html" not in ctype.lower():
                    continue
                charset = re.search(r"(?i)charset=[\"']?([\w.:-]+)", ctype or "")
                doc = _read_html(record.content_stream().read(), uri,
                                 charset.group(1).lower() if charset else None)
                if isinstance(doc, RawDocument) and doc.source != uri:
                    doc = replace(doc, source=uri)
                yield doc
    except Exception as error:  # warcio raises assorted errors on damaged archives
        yield ExtractionError(source=str(path), reason=f"cannot read WARC file: {error}")


def decode(data: bytes, source: str, declared: str | None = None) -> Decoded | ExtractionError:
    """The text (UTF-8, by its byte-order mark, else detected) and its encoding, or why the
    bytes are not text."""
    found = decode_text(data, declared)
    return ExtractionError(source=source, reason=found) if isinstance(found, str) else found


def parse_json(text: str, source: str) -> object | ExtractionError:
    """A JSON value, or why it is not one: a syntax error, nesting deeper than the parser's
    recursion allows, a number too long to convert."""
    try:
        return json.loads(text)
    except RecursionError:
        return ExtractionError(source=source, reason=TOO_DEEP)
    except json.JSONDecodeError as error:
        return ExtractionError(source=source, reason=f"invalid JSON: {error}")
    except ValueError as error:  # e.g. an integer beyond Python's digit limit
        return ExtractionError(source=source, reason=f"invalid JSON: {error}")


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_text(data: bytes, source: str) -> RawDocument | ExtractionError:
    decoded = decode(data, source)
    if isinstance(decoded, ExtractionError):
        return decoded
    text = _normalise_newlines(decoded.text).strip("\n")
    return RawDocument(text=text, source=source, title=title_of(text), encoding=decoded.encoding)


def title_of(text: str) -> str | None:
    """The first line with words, without Markdown heading marks ("# Title #" is "Title"; a
    rule such as "---" or a "#" alone is skipped). The text keeps them: offsets point into it
    as read."""
    for line in text.split("\n"):
        heading = _ATX_HEADING.match(line)
        title = (heading.group(1) or "" if heading else line).strip()
        if any(char.isalnum() for char in title):
            return title
    return None


def _read_html(data: bytes, source: str, declared: str | None = None
               ) -> RawDocument | ExtractionError:
    """`declared`: the charset of an HTTP Content-Type; else the page's own meta charset is
    tried where the bytes are not UTF-8."""
    decoded = decode(data, source, declared or declared_charset(data))
    if isinstance(decoded, ExtractionError):
        return decoded
    import trafilatura  # imported here: only HTML inputs pay for it

    try:
        result = trafilatura.bare_extraction(decoded.text, include_comments=False,
                                             include_tables=False, with_metadata=True)
    except Exception as error:  # trafilatura raises assorted errors on broken markup
        return ExtractionError(source=source, reason=f"HTML could not be parsed: {error}")
    if result is None:
        return ExtractionError(source=source, reason="no main text found in HTML")
    meta = result if isinstance(result, dict) else result.as_dict()
    body = (meta.get("text") or "").strip()
    if not body:
        return ExtractionError(source=source, reason="no main text found in HTML")
    title = (meta.get("title") or "").strip() or None
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    warnings: list[str] = []
    published = iso_day(meta.get("date"), "published", warnings)
    return RawDocument(text=_normalise_newlines(text), source=meta.get("url") or source,
                       title=title, published=published, encoding=decoded.encoding,
                       warnings=tuple(warnings))


def _read_json(data: bytes, source: str) -> Iterator[RawDocument | ExtractionError]:
    """A .json file: one object, or a list of objects."""
    decoded = decode(data, source)
    if isinstance(decoded, ExtractionError):
        yield decoded
        return
    obj = parse_json(decoded.text, source)
    if isinstance(obj, ExtractionError):
        yield obj
        return
    items = obj if isinstance(obj, list) else [obj]
    if not items:
        yield ExtractionError(source=source, reason="empty input (an empty JSON list)")
    for n, item in enumerate(items, 1):
        yield from_record(item, f"{source}#{n}" if len(items) > 1 else source, decoded.encoding)


def from_record(item: object, where: str, encoding: str = "utf-8"
                ) -> RawDocument | ExtractionError:
    """A JSON object with a `text` field (the gold files' shape works too). The metadata is
    checked here, once, where it is read: a field of the wrong type or an impossible date is
    dropped with a warning on the record, so one bad field never costs the release."""
    if not isinstance(item, dict):
        return ExtractionError(source=where, reason=f"JSON value is {_kind(item)}, not an object")
    warnings: list[str] = []
    doc_id = _document_id(item.get("id"), warnings)
    text = item.get("text")
    if isinstance(text, str):
        text = _clean(text, "text", warnings)
    if not isinstance(text, str) or not text.strip():
        reason = "JSON object has no text" if text is None or isinstance(text, str) \
            else f"JSON object has no text (its text is {_kind(text)}, not a string)"
        return ExtractionError(source=where, reason=reason, document_id=doc_id)
    published = None
    for key in ("published", "date"):
        if published is None and item.get(key) not in (None, ""):
            published = iso_day(item[key], key, warnings)
    title = _string(item.get("title"), "title", warnings)
    source = _string(item.get("source"), "source", warnings) or _string(
        item.get("url"), "url", warnings)
    return RawDocument(
        text=text, source=source or where, id=doc_id, title=title,
        published=published, encoding=encoding, warnings=tuple(warnings))


def iso_day(value: object, field: str, warnings: list[str]) -> str | None:
    """`value` as an ISO day ("2016-02-03", also the start of a timestamp), or None with a
    warning when it is given but is not a real date ("2016-02-30")."""
    if value in (None, ""):
        return None
    if isinstance(value, str) and _ISO_DAY.match(value):
        try:
            return dt.date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            pass
    warnings.append(f"{field} {_shown(value)} is not a valid date (YYYY-MM-DD); ignored")
    return None


def _document_id(value: object, warnings: list[str]) -> str | None:
    """A string or a finite number, as a string; anything else is dropped (the id is then
    derived from the text)."""
    if value in (None, ""):
        return None
    if isinstance(value, str):
        return _clean(value, "id", warnings)
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return str(value)
    warnings.append(f"id {_shown(value)} is not a string or number; ignored")
    return None


def _string(value: object, field: str, warnings: list[str]) -> str | None:
    if value is None or isinstance(value, str):
        return _clean(value, field, warnings) if value else value
    warnings.append(f"{field} {_shown(value)} is not a string; ignored")
    return None


def _clean(value: str, field: str, warnings: list[str]) -> str:
    """A string every output can store: JSON escapes can smuggle in unpaired surrogates (no
    UTF-8 encoder takes them) and NUL characters (PostgreSQL refuses them)."""
    if _SURROGATE.search(value):
        value = _SURROGATE.sub("\ufffd", value)
        warnings.append(f"{field} held unpaired surrogate escapes; replaced by U+FFFD")
    if "\x00" in value:
        value = value.replace("\x00", "")
        warnings.append(f"{field} held NUL characters; removed")
    return value


def _kind(value: object) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean",
            type(None): "null"}.get(type(value), "a number")


def _shown(value: object) -> str:
    """A short, one-line, table-safe rendering of a rejected value for a warning."""
    if isinstance(value, str):
        flat = " ".join(_SURROGATE.sub("\ufffd", value).split()).replace("|", "/")
        return repr(flat if len(flat) <= 40 else flat[:40] + "...")
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)[:40]
    return f"({_kind(value)})"


def count_inputs(paths: Iterable[str | Path]) -> int | None:
    """How many inputs `read_inputs` will yield, counted cheaply (files, JSON lines), for a
    progress bar's ETA; None where counting would cost a read of everything (.json lists)."""
    total = 0
    for path in map(Path, paths):
        files = [path] if path.is_file() else sorted(
            p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")
            and not NOT_INPUTS.match(p.name)) if path.is_dir() else []
        for f in files:
            suffix, gzipped = _suffixes(f)
            if suffix in (".jsonl", ".ndjson"):
                try:
                    opener = gzip.open if gzipped else open
                    with opener(f, "rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except (OSError, EOFError):
                    total += 1
            elif suffix == ".json":
                return None
            else:
                total += 1
    return total
