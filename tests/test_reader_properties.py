"""Properties of the readers over hostile input: whatever the bytes, reading yields raw
documents or error rows, never an exception, and no JSON line is lost or doubled."""
import codecs
import datetime as dt
import encodings
import gzip
import io
import json
import os
import pkgutil
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from extract.readers import RawDocument, read_bytes, read_file
from models import ExtractionError
from tests.conftest import SEED_TEXT

# Bounded so the file runs in seconds; NEWS_EXTRACT_PROPERTY_EXAMPLES=2000 hunts harder.
FAST = settings(max_examples=int(os.environ.get("NEWS_EXTRACT_PROPERTY_EXAMPLES", "75")),
                deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _text_codecs() -> list[str]:
    """Every text encoding this Python has a codec for."""
    names = set()
    for module in pkgutil.iter_modules(encodings.__path__):
        try:
            info = codecs.lookup(module.name)
        except LookupError:
            continue
        if info._is_text_encoding and info.name not in ("charmap", "undefined"):
            names.add(info.name)
    return sorted(names)


TEXT_CODECS = _text_codecs()
SUFFIXES = [".txt", ".md", ".html", ".json", ".jsonl", ".pdf", ""]


def checked(items) -> list:
    """The items, each checked: a document every output can store, or a one-line error."""
    items = list(items)
    for item in items:
        assert isinstance(item, RawDocument | ExtractionError), type(item)
        if isinstance(item, ExtractionError):
            assert item.reason and "\n" not in item.reason
            continue
        assert item.text.strip()
        for value in (item.text, item.id, item.title, item.source):
            if value is not None:
                value.encode("utf-8")  # strict: no lone surrogates reach the outputs
        if item.published is not None:
            assert dt.date.fromisoformat(item.published).isoformat() == item.published
        codecs.lookup(item.encoding)
        assert all(" | " not in w for w in item.warnings)  # survives the tables' list join
    return items


def jsonl_count(data: bytes) -> int:
    """How many items a JSON Lines file must give: one per non-blank line, else one error."""
    return sum(1 for line in data.split(b"\n") if line.strip()) or 1


@pytest.fixture(scope="module")
def workdir():
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


@FAST
@given(data=st.binary(max_size=2048), suffix=st.sampled_from(SUFFIXES))
def test_arbitrary_bytes_of_any_type(data, suffix):
    items = checked(read_bytes(data, "input" + suffix, suffix))
    if suffix in (".txt", ".md", ".html", ".pdf", ""):
        assert len(items) == 1
    if suffix == ".jsonl":
        assert len(items) == jsonl_count(data)


@FAST
@given(data=st.binary(max_size=2048), suffix=st.sampled_from(
    [".txt.gz", ".json.gz", ".jsonl.gz", ".zip", ".warc", ".warc.gz"]))
def test_arbitrary_bytes_as_files(workdir, data, suffix):
    path = workdir / ("input" + suffix)
    path.write_bytes(data)
    checked(read_file(path))


JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30) \
    | st.sampled_from(["2016-02-30", "2016-02-03", "2016-02-03T10:00:00Z", "0000-00-00",
                       "9999-99-99", "", " ", "\ud800", "\x00"])
JSON_VALUES = st.recursive(JSON_SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
    st.text(max_size=8), inner, max_size=3), max_leaves=12)
FIELDS = ["text", "id", "title", "published", "date", "source", "url"]
RECORDS = st.dictionaries(st.sampled_from(FIELDS), JSON_VALUES, max_size=7) | st.fixed_dictionaries(
    {"text": st.text(min_size=1, max_size=200)},
    optional={name: JSON_VALUES for name in FIELDS[1:]}) | JSON_VALUES


@FAST
@given(records=st.lists(RECORDS, max_size=8), blank=st.lists(st.booleans(), max_size=8))
def test_json_lines_of_any_shape_give_one_item_per_line(records, blank):
    lines = []
    for n, record in enumerate(records):
        lines.append(json.dumps(record))
        if n < len(blank) and blank[n]:
            lines.append("   ")
    data = "\n".join(lines).encode("utf-8")
    items = checked(read_bytes(data, "in.jsonl", ".jsonl"))
    assert len(items) == jsonl_count(data)
    # The same records as one .json list: one item each (a lone value is read as one).
    as_list = checked(read_bytes(json.dumps(records).encode("utf-8"), "in.json", ".json"))
    assert len(as_list) == max(len(records), 1)


@FAST
@given(record=st.fixed_dictionaries(
    {"text": st.text(max_size=100).filter(lambda t: t.replace("\x00", "").strip())},
    optional={name: JSON_VALUES for name in FIELDS[1:]}))
def test_a_record_with_text_is_always_read_whatever_its_metadata(record):
    [item] = checked(read_bytes(json.dumps(record).encode("utf-8"), "in.jsonl", ".jsonl"))
    assert isinstance(item, RawDocument)
    # Whatever metadata is dropped is named in a warning; what is kept has the right type.
    dropped = {"published": record.get("published") not in (None, "") and not item.published,
               "title": record.get("title") is not None and item.title is None,
               "id": record.get("id") not in (None, "") and item.id is None}
    for field, was_dropped in dropped.items():
        assert not was_dropped or any(w.startswith(f"{field} ") for w in item.warnings), field
    assert all(isinstance(v, str) for v in (item.id, item.title) if v is not None)


@FAST
@given(text=st.text(max_size=300), codec=st.sampled_from(TEXT_CODECS),
       suffix=st.sampled_from([".txt", ".html", ".json", ".jsonl"]))
def test_any_text_in_any_encoding(text, codec, suffix):
    body = text if suffix in (".txt", ".html") else json.dumps({"text": text},
                                                                ensure_ascii=False)
    try:
        data = body.encode(codec)
    except (UnicodeError, ValueError, TypeError):  # not every codec can write every text
        assume(False)
    items = checked(read_bytes(data, "in" + suffix, suffix))
    if suffix == ".jsonl":
        assert len(items) == jsonl_count(data)
    elif suffix != ".json":
        assert len(items) == 1


PRINTABLE = st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn"),
                          blacklist_characters="\ufeff") | st.sampled_from("\n\t")
BOMS = [("utf-8-sig", codecs.BOM_UTF8, "utf-8"), ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"), ("utf-32-le", codecs.BOM_UTF32_LE, "utf-32"),
        ("utf-32-be", codecs.BOM_UTF32_BE, "utf-32")]


@FAST
@given(text=st.text(PRINTABLE, min_size=1, max_size=300), bom=st.sampled_from(BOMS))
def test_text_with_a_byte_order_mark_reads_back_exactly(text, bom):
    codec, mark, name = bom
    data = (b"" if codec == "utf-8-sig" else mark) + text.encode(codec)
    [item] = checked(read_bytes(data, "in.txt", ".txt"))
    expected = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    if not expected.strip():
        assert item.reason == "empty input"
    else:
        assert (item.text, item.encoding) == (expected, name)


WESTERN_WORDS = ["The", "department", "announced", "today", "a", "settlement", "with", "the",
                 "company", "in", "Montréal", "café", "naïve", "Zürich", "façade", "señor",
                 "Genève", "rôle", "1,500", "2021.", "said", "will", "review", "(UK)"]
TYPOGRAPHIC = ["it’s", "“We", "will”", "–", "—", "€20", "…"]


@FAST
@given(words=st.lists(st.sampled_from(WESTERN_WORDS), min_size=8, max_size=60),
       marks=st.lists(st.sampled_from(TYPOGRAPHIC), max_size=4), typographic=st.booleans())
def test_western_text_round_trips_through_windows_1252_and_latin_1(words, marks, typographic):
    text = " ".join(words + (marks if typographic else []))
    codec = "cp1252" if typographic else "latin-1"
    data = text.encode(codec)
    assume(not data.isascii())
    [item] = checked(read_bytes(data, "old.txt", ".txt"))
    assert (item.text, item.encoding) == (text, "cp1252")


@FAST
@given(cut=st.integers(min_value=0, max_value=10_000), suffix=st.sampled_from(
    [".jsonl.gz", ".json.gz", ".txt.gz"]))
def test_truncated_gzip_is_an_error_row_after_what_it_still_gives(workdir, cut, suffix):
    lines = [json.dumps({"id": str(n), "text": SEED_TEXT[n * 50:n * 50 + 400]})
             for n in range(20)]
    body = "\n".join(lines) if suffix != ".txt.gz" else SEED_TEXT
    whole = gzip.compress(body.encode("utf-8"))
    assume(cut < len(whole))
    path = workdir / ("cut" + suffix)
    path.write_bytes(whole[:cut])
    items = checked(read_file(path))
    errors = [i for i in items if isinstance(i, ExtractionError)]
    assert errors and items[-1] is errors[-1]
    assert len(items) <= len(lines) + 1


MEMBER_NAMES = st.sampled_from(["a.txt", "b.json", "c.jsonl", "d.html", "e.txt.gz", "f.jsonl.gz",
                                "g.zip", "h.png", "dir/i.md", "README.md", ".hidden.txt"])


@FAST
@given(members=st.dictionaries(MEMBER_NAMES, st.binary(max_size=300) | st.just(
    SEED_TEXT.encode("cp1252")), max_size=6),
       damage=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), max_size=4),
       cut=st.none() | st.integers(min_value=0))
def test_zip_with_bad_members_or_damaged(workdir, members, damage, cut):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    data = bytearray(buffer.getvalue())
    intact = not damage and cut is None
    for offset, value in damage:
        data[offset % len(data)] = value
    if cut is not None:
        data = data[: cut % (len(data) + 1)]
    path = workdir / "archive.zip"
    path.write_bytes(bytes(data))
    items = checked(read_file(path))
    if intact:  # every member that is an input gives one item at least
        for name in members:
            if not name.split("/")[-1].startswith(".") and name != "README.md":
                assert any(i.source.startswith(f"{path}!{name}") for i in items), name
