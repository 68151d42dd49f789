"""Readers on real releases, and every kind of bad input as a clear error, never a crash."""
import datetime as dt
import gzip
import io
import json

from extract.readers import RawDocument, read_inputs
from models import Document, ExtractionError
from tests.conftest import CORPUS, SEED_TEXT, doj_release, shared_gold_record


def split(items):
    items = list(items)
    return ([i for i in items if isinstance(i, RawDocument)],
            [i for i in items if isinstance(i, ExtractionError)])


def test_corpus_directory_reads_every_release_and_skips_its_readme():
    docs, errors = split(read_inputs([CORPUS]))
    assert errors == []
    assert len(docs) == 16
    assert not any("README" in d.source for d in docs)
    assert len({d.id or d.text for d in docs}) == 16


def test_text_file_title_is_the_first_line():
    docs, _ = split(read_inputs([CORPUS / "seed-eu-cbrn-coe-2021-11-25.txt"]))
    assert docs[0].title.startswith("EU CBRN CoE Initiative: 9th Virtual Meeting")
    assert docs[0].text == SEED_TEXT


def test_jsonl_keeps_id_title_date_and_source():
    docs, _ = split(read_inputs([CORPUS / "doj_press_releases.jsonl"]))
    rec = doj_release("doj-opa-11293")
    doc = next(d for d in docs if d.id == "doj-opa-11293")
    assert (doc.title, doc.published, doc.text) == (rec["title"], rec["date"], rec["text"])
    assert doc.source == rec["source"]


def test_gzipped_jsonl_and_json_list(tmp_path):
    rec = doj_release("doj-opa-11293")
    with gzip.open(tmp_path / "a.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(rec) + "\n")
    (tmp_path / "b.json").write_text(json.dumps([rec, {**rec, "id": "other"}]), encoding="utf-8")
    docs, errors = split(read_inputs([tmp_path]))
    assert errors == [] and [d.id for d in docs] == ["doj-opa-11293", "doj-opa-11293", "other"]


def test_html_main_text_without_navigation(tmp_path):
    rec = doj_release("doj-opa-11293")
    paragraphs = "".join(f"<p>{p}</p>" for p in rec["text"].split("\n\n"))
    html = (f"<html><head><title>{rec['title']}</title></head><body>"
            "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
            f"<article><h1>{rec['title']}</h1>{paragraphs}</article>"
            "<footer>Follow us | Privacy policy | Accessibility</footer></body></html>")
    (tmp_path / "release.html").write_text(html, encoding="utf-8")
    docs, errors = split(read_inputs([tmp_path / "release.html"]))
    assert errors == []
    assert "fatal assault by San Juan officers" in docs[0].text
    assert "Privacy policy" not in docs[0].text
    assert docs[0].title == rec["title"]


def test_bad_inputs_become_errors_and_the_rest_is_read(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\t\n")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 4)
    (tmp_path / "notext.jsonl").write_text('{"id": "x", "title": "no body"}\n{"text": "ok"}\n'
                                           '{"id": broken\n')
    (tmp_path / "truncated.jsonl.gz").write_bytes(gzip.compress(b'{"text": "a"}\n' * 50)[:40])
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / "good.txt").write_text(SEED_TEXT, encoding="utf-8")
    docs, errors = split(read_inputs([tmp_path, tmp_path / "missing.txt"]))
    reasons = {e.source.rsplit("/", 1)[-1]: e.reason for e in errors}
    assert reasons["empty.txt"] == "empty input"
    assert reasons["blank.txt"] == "empty input"
    assert reasons["binary.txt"] == "binary file, not text"
    assert reasons["notext.jsonl:1"] == "JSON object has no text"
    assert reasons["notext.jsonl:3"].startswith("invalid JSON")
    assert reasons["truncated.jsonl.gz"].startswith("cannot read file")
    assert reasons["image.png"].startswith("unsupported file type")
    assert reasons["missing.txt"] == "no such file or directory"
    # Lines a truncated gzip still gives are read; the truncation itself is an error row.
    assert sorted(d.text[:4] for d in docs if "truncated" not in d.source) == ["EU C", "ok"]
    assert all(d.source.split(":")[-1].isdigit() for d in docs if "truncated" in d.source)


def test_symlink_loop_is_recorded_not_followed_forever(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "good.txt").write_text(SEED_TEXT, encoding="utf-8")
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a")
    docs, errors = split(read_inputs([tmp_path]))
    assert len(docs) == 1
    assert any("symlink loop" in e.reason for e in errors)


def test_zip_archive_members_by_type(tmp_path):
    import zipfile

    rec = doj_release("doj-opa-11293")
    with zipfile.ZipFile(tmp_path / "archive.zip", "w") as zf:
        zf.writestr("releases/seed.txt", SEED_TEXT)
        zf.writestr("releases/doj.jsonl", json.dumps(rec) + "\n")
        zf.writestr("releases/README.md", "not an input")
        zf.writestr("releases/empty.txt", "")
    docs, errors = split(read_inputs([tmp_path / "archive.zip"]))
    assert [d.id for d in docs] == ["doj-opa-11293", None]
    assert docs[1].source.endswith("archive.zip!releases/seed.txt")
    assert [e.reason for e in errors] == ["empty input"]
    assert errors[0].source.endswith("archive.zip!releases/empty.txt")


def test_warc_html_responses(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rec = doj_release("doj-opa-11293")
    html = (f"<html><head><title>{rec['title']}</title></head><body><article>"
            + "".join(f"<p>{p}</p>" for p in rec["text"].split("\n\n")) + "</article></body>"
            "</html>").encode("utf-8")
    with (tmp_path / "crawl.warc.gz").open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for uri, body, ctype in [(rec["url"], html, "text/html"),
                                 ("https://example.org/logo.png", b"\x89PNG", "image/png")]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.0")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(
                body), http_headers=headers))
    docs, errors = split(read_inputs([tmp_path / "crawl.warc.gz"]))
    assert errors == []
    assert [d.source for d in docs] == [rec["url"]]
    assert "fatal assault by San Juan officers" in docs[0].text


# Issue 15: nothing lost, nothing stops a batch, every failure one clear line.

DEEP = 50_000


def _deep_json(depth: int = DEEP) -> str:
    return '{"text": "deep", "id": ' + "[" * depth + "]" * depth + "}"


def test_json_nested_too_deeply_is_an_error_row_in_every_reader(tmp_path):
    import zipfile

    rec = doj_release("doj-opa-11293")
    good = json.dumps(rec)
    lines = f"{good}\n{_deep_json()}\n{json.dumps({**rec, 'id': 'after'})}\n"
    (tmp_path / "lines.jsonl").write_text(lines, encoding="utf-8")
    with gzip.open(tmp_path / "lines.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(lines)
    (tmp_path / "list.json").write_text("[" * DEEP + "]" * DEEP, encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "archive.zip", "w") as zf:
        zf.writestr("deep.json", _deep_json())
        zf.writestr("deep.jsonl", lines)
    docs, errors = split(read_inputs([tmp_path]))
    assert sorted(e.source.rsplit("/", 1)[-1] for e in errors) == [
        "archive.zip!deep.json", "archive.zip!deep.jsonl:2", "lines.jsonl.gz:2",
        "lines.jsonl:2", "list.json"]
    assert {e.reason for e in errors} == {"JSON nested too deeply"}
    # The lines around the deep one are read, in every container.
    assert [d.id for d in docs] == ["doj-opa-11293", "after"] * 3


def test_absurdly_nested_html_is_an_error_row_and_the_text_before_it_is_kept(tmp_path):
    rec = doj_release("doj-opa-11293")
    article = "<article>" + "".join(f"<p>{p}</p>" for p in rec["text"].split("\n\n")) + \
        "</article>"
    (tmp_path / "only_deep.html").write_text(
        "<html><body>" + "<div>" * DEEP + "<p>x</p>" + "</div>" * DEEP + "</body></html>")
    (tmp_path / "deep_after.html").write_text(
        f"<html><body>{article}" + "<span><b>" * DEEP + "</body></html>")
    docs, errors = split(read_inputs([tmp_path]))
    assert [e.source.rsplit("/", 1)[-1] for e in errors] == ["only_deep.html"]
    assert errors[0].reason == "no main text found in HTML"
    assert "fatal assault by San Juan officers" in docs[0].text


def test_windows_1252_and_latin_1_text_is_decoded_and_its_encoding_kept(tmp_path):
    import zipfile

    newswire = shared_gold_record("newswire_08")["text"].strip("\n")  # á — ’ “ ”
    assert newswire.encode("cp1252") != newswire.encode("utf-8")
    (tmp_path / "cp1252.txt").write_bytes(newswire.encode("cp1252"))
    (tmp_path / "latin1.txt").write_bytes(SEED_TEXT.encode("latin-1"))  # "Anaïs"
    (tmp_path / "lines.jsonl").write_bytes(
        json.dumps({"id": "n8", "text": newswire}, ensure_ascii=False).encode("cp1252") + b"\n")
    with zipfile.ZipFile(tmp_path / "archive.zip", "w") as zf:
        zf.writestr("old.txt", newswire.encode("cp1252"))
    (tmp_path / "utf8.txt").write_text(newswire, encoding="utf-8")
    docs, errors = split(read_inputs([tmp_path]))
    assert errors == []
    by_file = {d.source.rsplit("/", 1)[-1]: d for d in docs}
    for name, original in [("cp1252.txt", newswire), ("archive.zip!old.txt", newswire),
                           ("lines.jsonl:1", newswire), ("latin1.txt", SEED_TEXT),
                           ("utf8.txt", newswire)]:
        assert by_file[name].text == original, name
    assert by_file["cp1252.txt"].encoding == "cp1252"
    assert by_file["lines.jsonl:1"].encoding == "cp1252"
    # Latin-1 text reads the same in Windows-1252, which wins where both fit.
    assert by_file["latin1.txt"].encoding == "cp1252"
    assert by_file["utf8.txt"].encoding == "utf-8"


def test_html_in_its_declared_or_detected_encoding(tmp_path):
    rec = shared_gold_record("newswire_08")
    paragraphs = "".join(f"<p>{p}</p>" for p in rec["text"].split("\n") if p.strip())
    for name, head in [("declared.html", '<meta charset="iso-8859-1">'),
                       ("undeclared.html", ""),
                       ("wrongly_declared.html", '<meta charset="utf-16" >')]:  # even length
        html = f"<html><head>{head}<title>News</title></head><body><article>{paragraphs}" \
               "</article></body></html>"
        (tmp_path / name).write_bytes(html.encode("cp1252"))
    assert len((tmp_path / "wrongly_declared.html").read_bytes()) % 2 == 0  # UTF-16 would fit
    docs, errors = split(read_inputs([tmp_path]))
    assert errors == []
    assert [d.encoding for d in docs] == ["cp1252", "cp1252", "cp1252"]
    quote = next(p for p in rec["text"].split("\n") if "’" in p and "—" in p)
    assert all(quote in d.text for d in docs)


def test_binary_is_refused_with_a_clear_error_row(tmp_path):
    import random

    rng = random.Random(15)
    noise = bytes(rng.randrange(256) for _ in range(4096))
    (tmp_path / "png.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + noise)
    (tmp_path / "nothing.txt").write_bytes(gzip.compress(b""))
    (tmp_path / "no_nul.txt").write_bytes(noise.replace(b"\x00", b""))
    (tmp_path / "controls.txt").write_bytes(b"\x01\x02\x03\x1b[0m" * 100 + b"some text")
    (tmp_path / "lines.jsonl").write_bytes(noise.replace(b"\n", b"") + b"\n")
    docs, errors = split(read_inputs([tmp_path]))
    assert docs == []
    reasons = {e.source.rsplit("/", 1)[-1]: e.reason for e in errors}
    assert reasons["png.txt"] == reasons["nothing.txt"] == "binary file, not text"
    assert reasons["no_nul.txt"].startswith(("binary file, not text", "not text"))
    assert reasons["controls.txt"].startswith("binary file, not text (")
    assert reasons["lines.jsonl:1"].startswith(("binary file, not text", "not text"))


def test_invalid_metadata_is_dropped_with_a_warning_and_the_text_kept(tmp_path):
    rec = doj_release("doj-opa-11293")
    bad = [{**rec, "id": "a", "date": "2016-02-30"},
           {**rec, "id": "b", "date": 20160203, "title": ["not", "a", "title"]},
           {**rec, "id": {"nested": "id"}, "date": "yesterday", "source": 7},
           {**rec, "id": 42, "date": None, "title": None},
           {**rec, "id": "c", "text": rec["text"] + "\ud800\x00",
            "published": "2016-02-03T10:00"}]
    (tmp_path / "bad.jsonl").write_text("".join(json.dumps(r) + "\n" for r in bad))
    docs, errors = split(read_inputs([tmp_path / "bad.jsonl"]))
    assert errors == [] and len(docs) == 5
    a, b, c, d, e = docs
    assert (a.id, a.published, a.title, a.text) == ("a", None, rec["title"], rec["text"])
    assert a.warnings == ("date '2016-02-30' is not a valid date (YYYY-MM-DD); ignored",)
    assert (b.published, b.title) == (None, None)
    assert b.warnings == ("date 20160203 is not a valid date (YYYY-MM-DD); ignored",
                          "title (a list) is not a string; ignored")
    assert (c.id, c.source) == (None, rec["url"])  # the next field that names the source
    assert c.warnings == ("id (an object) is not a string or number; ignored",
                          "date 'yesterday' is not a valid date (YYYY-MM-DD); ignored",
                          "source 7 is not a string; ignored")
    assert (d.id, d.published, d.title, d.warnings) == ("42", None, None, ())
    assert (e.text, e.published) == (rec["text"] + "\ufffd", "2016-02-03")
    assert e.warnings == ("text held unpaired surrogate escapes; replaced by U+FFFD",
                          "text held NUL characters; removed")


def test_invalid_date_falls_back_to_the_text_and_the_warning_reaches_every_output(
        nlp, tmp_path):
    import pandas as pd

    from extract.runner import run_batch
    from extract.store import read_documents

    line = json.dumps({"id": "seed", "published": "2021-02-30", "text": SEED_TEXT})
    (tmp_path / "in.jsonl").write_text(line + "\n", encoding="utf-8")
    (tmp_path / "old.txt").write_bytes(SEED_TEXT.encode("cp1252"))
    out = tmp_path / "out"
    summary = run_batch(nlp, read_inputs([tmp_path / "in.jsonl", tmp_path / "old.txt"]), out,
                        formats=["jsonl", "csv", "sql"])
    assert summary.errors == 0
    seed, old = [Document.model_validate_json(x) for x in
                 (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    warning = "published '2021-02-30' is not a valid date (YYYY-MM-DD); ignored"
    # The release's own date stamp ("14:50 / 2021-11-25") stands in for the bad metadata.
    assert (seed.published, seed.published_from) == (dt.date(2021, 11, 25), "header")
    assert (seed.warnings, seed.encoding) == ([warning], "utf-8")
    assert (old.warnings, old.encoding, old.text) == ([], "cp1252", seed.text)
    assert len(seed.people) > 0 and seed.roles
    table = pd.read_csv(out / "documents.csv", keep_default_na=False)
    assert list(table["warnings"]) == [warning, ""]
    assert list(table["encoding"]) == ["utf-8", "cp1252"]
    assert {d.id: d for d in read_documents(f"sqlite:///{out / 'news.db'}")} == {
        seed.id: seed, old.id: old}


def test_an_invalid_date_set_by_a_caller_is_dropped_with_a_warning(extract):
    """The metadata component checks a date it did not read (an API caller's) the same way."""
    doc = extract(SEED_TEXT, published="2021-02-30")
    assert (doc.published, doc.published_from) == (dt.date(2021, 11, 25), "header")
    assert doc.warnings == ["published '2021-02-30' is not a valid date (YYYY-MM-DD); ignored"]
    assert extract(SEED_TEXT, published="2021-11-24T09:00").published == dt.date(2021, 11, 24)


def test_json_that_python_cannot_convert_is_an_error_row_and_each_reason_one_line(tmp_path):
    (tmp_path / "lines.jsonl").write_text(
        '{"text": "a", "id": ' + "9" * 5000 + '}\n[]\n{"text": "b"}\n', encoding="utf-8")
    (tmp_path / "empty_list.json").write_text("[]", encoding="utf-8")
    (tmp_path / "multi.json").write_text('{"text": "a",\n\n "id": }', encoding="utf-8")
    docs, errors = split(read_inputs([tmp_path]))
    reasons = {e.source.rsplit("/", 1)[-1]: e.reason for e in errors}
    assert reasons["lines.jsonl:1"].startswith("invalid JSON: Exceeds the limit")
    assert reasons["lines.jsonl:2"] == "JSON value is a list, not an object"
    assert reasons["empty_list.json"] == "empty input (an empty JSON list)"
    assert reasons["multi.json"].startswith("invalid JSON: Expecting value: line 3")
    assert all("\n" not in r for r in reasons.values())
    assert [d.text for d in docs] == ["b"]


def test_scraped_utf8_with_windows_quotes_as_c1_controls_is_still_text(tmp_path):
    """Windows quotes once decoded as Latin-1 survive in UTF-8 as C1 controls: text, not
    binary, however dense ("Search \x91One You\x92 online ...")."""
    line = next(p for p in shared_gold_record("govuk_02")["text"].split("\n")
                if p.startswith("Search ‘One You’"))
    scraped = line.translate({0x2018: 0x91, 0x2019: 0x92})
    (tmp_path / "scraped.txt").write_text(scraped, encoding="utf-8")
    [doc] = read_inputs([tmp_path / "scraped.txt"])
    assert (doc.text, doc.encoding) == (scraped, "utf-8")


def test_markdown_heading_marks_are_not_part_of_the_title(tmp_path):
    """A release saved as Markdown: "# Title" gives the title without "# "; the text is kept
    as read, so every offset still points into it."""
    rec = doj_release("doj-opa-10262")
    body = f"# {rec['title']}\n\n{rec['text']}\n"
    (tmp_path / "release.md").write_text(body, encoding="utf-8")
    (tmp_path / "closed.txt").write_text(f"  ## {rec['title']} ##\n\n{rec['text']}",
                                         encoding="utf-8")
    (tmp_path / "empty-heading.md").write_text(f"#\n\n{rec['text']}", encoding="utf-8")
    (tmp_path / "rule.md").write_text(f"***\n# {rec['title']}\n\n{rec['text']}", encoding="utf-8")
    (tmp_path / "hashtag.md").write_text("#GivingTuesday raises $2 million\n\nText.",
                                         encoding="utf-8")
    docs, errors = split(read_inputs([tmp_path]))
    titles = {d.source.rsplit("/", 1)[-1]: d.title for d in docs}
    assert errors == [] and titles == {
        "closed.txt": rec["title"], "release.md": rec["title"], "rule.md": rec["title"],
        "empty-heading.md": rec["text"].split("\n")[0].strip(),
        "hashtag.md": "#GivingTuesday raises $2 million"}
    assert next(d for d in docs if d.source.endswith("release.md")).text == body.strip("\n")
