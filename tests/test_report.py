"""The review report: highlighting, the time axis, counting by entity, the capped index, and
the real thing in headless Chromium (on 20,000 documents)."""
import datetime as dt
import os
import re
import shutil
import time
from itertools import pairwise
from pathlib import Path
from urllib.parse import unquote

import pandas as pd
import pytest

from bench.report_memory import synthetic_run
from extract.report import build_report, highlight, page_name, spans_of, write_report
from extract.report.site import LIST_SIZE, MAX_PAGES
from extract.report.sources import EntityLinks
from extract.report.timeline import time_chart
from tests.conftest import CORPUS, SEED_TEXT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
HREF = re.compile(r'href="([^"]*)"')


def test_highlight_nests_overlaps_labels_and_escapes():
    text = "Ms. Natalie Pauwels, Head of Unit <at> FPI"
    spans = [(4, 19, "person", "p1-0", "Natalie Pauwels"),
             (4, 33, "role", "r1-0", "Natalie Pauwels: Head of Unit")]
    out = highlight(text, spans)
    assert out.count('id="p1-0"') == 1 and out.count('id="r1-0"') == 1
    assert "&lt;at&gt;" in out and "<at>" not in out
    # The person mark sits inside the (longer) role mark; each is labelled once, in words.
    assert out.index('id="r1-0"') < out.index('id="p1-0"')
    assert out.count('data-label="PER"') == 1 and out.count('data-label="ROLE"') == 1
    # The text is intact once the marks are taken out.
    assert re.sub(r"<[^>]+>", "", out).replace("&lt;", "<").replace("&gt;", ">") == text


def test_highlight_marks_a_span_cut_by_others_in_pieces_with_one_anchor():
    text = "The Department of Justice and the FBI will meet in May 2024."
    spans = [(4, 25, "organisation", "o1-0", "DoJ"), (34, 37, "organisation", "o2-0", "FBI"),
             (0, 59, "action", "a1-0", "plan"), (51, 59, "date", "d1-0", "May")]
    out = highlight(text, spans)
    assert out.count('id="a1-0"') == 1
    assert out.count('class="k-action"') == 6  # cut at each inner boundary
    assert re.sub(r"<[^>]+>", "", out) == text


def test_every_item_of_a_document_gets_a_span(seed):
    spans = spans_of(seed)
    n_items = (sum(len(p.mentions) for p in seed.people)
               + sum(len(o.mentions) for o in seed.organisations)
               + len(seed.dates) + len(seed.time_expressions) + len(seed.roles)
               + len(seed.actions))
    assert len(spans) == n_items
    assert all(seed.text[s:e] for s, e, *_ in spans)


def test_page_names_are_safe_and_distinct():
    ids = ["doj-opa-00390", "a/b", "a_b", "a b", "..", "x" * 200, "x" * 200 + "y"]
    names = [page_name(i) for i in ids]
    assert page_name("doj-opa-00390") == "doj-opa-00390.html"
    assert len(set(names)) == len(ids)
    assert all(re.fullmatch(r"[A-Za-z0-9._-]+\.html", n) and len(n) < 100 for n in names)
    assert not any(n.startswith("..") for n in names[1:])


def _days(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


def test_time_axis_places_dates_at_true_distances():
    counts = {(1964, 7): 2, (1992, 1): 5, (2009, 3): 30, (2009, 4): 12, (2014, 1): 7}
    chart = time_chart(counts, "Dated mentions")
    assert chart.unit == "year"  # 50 years of months: binned by year
    assert [b.label for b in chart.bars] == ["1964: 2", "1992: 5", "2009: 42", "2014: 7"]
    dates = [t.date for t in chart.ticks]
    assert dates == sorted(dates) and len(dates) >= 3
    # x is linear in the date: one scale for every tick.
    scales = [(b.x - a.x) / (_days(b.date) - _days(a.date))
              for a, b in pairwise(chart.ticks)]
    assert max(scales) - min(scales) < 1e-3
    # 1964 and 1992 are 28 years apart, 1992 and 2009 17: the gaps between bars say so.
    x = {b.label.split(":")[0]: b.x for b in chart.bars}
    assert (x["1992"] - x["1964"]) / (x["2009"] - x["1992"]) == pytest.approx(28 / 17, rel=0.01)
    # Labels keep apart; the y-axis has round values up to at least the highest bar.
    assert min(b.x - a.x for a, b in pairwise(chart.ticks)) >= 70
    values = [int(t.label.replace(",", "")) for t in chart.yticks]
    assert values[0] == 0 and values[-1] >= 42 and len(set(values)) == len(values)
    assert all(chart.left <= b.x and b.x + b.width <= chart.right + 0.01 for b in chart.bars)


def test_time_axis_keeps_months_over_a_short_range_and_leaves_out_far_outliers():
    short = time_chart({(2020, 1): 3, (2020, 2): 1, (2021, 6): 4}, "x")
    assert short.unit == "month" and len(short.bars) == 3
    # February is 31 days after January, March 29 after February: true spacing, not equal.
    jan, feb = short.bars[0].x, short.bars[1].x
    assert feb - jan == pytest.approx((short.right - short.left) * 31 / (
        _days("2021-07-01") - _days("2020-01-01")), abs=0.02)
    counts = {(2015, m): 50 for m in range(1, 13)} | {(1066, 10): 1, (2020, 1): 40}
    wide = time_chart(counts, "x")
    assert wide.left_out == 1 and wide.first == "2015-01"
    assert time_chart({}, "x").bars == []


def test_entity_links_follow_the_documents_and_count_what_they_miss():
    rows = [{"document_id": d, "person_id": p, "entity_id": e, "entity_name": n}
            for d, p, e, n in [("a", "p1", "per-1", "Ann Lee"), ("c", "p1", "per-1", "Ann Lee"),
                               ("c", "p2", None, None), ("z", "p1", "per-9", "Zed")]]
    links = EntityLinks(iter(rows), "person_id")
    assert links.of("a") == {"p1": ("per-1", "Ann Lee")}
    assert links.of("b") == {}  # no people: the table has no rows for it
    assert links.of("c") == {"p1": ("per-1", "Ann Lee")}  # no entity id: left to the caller
    links.close()
    assert links.unmatched == 1  # "z" was never asked for


@pytest.fixture(scope="module")
def corpus_run(nlp, tmp_path_factory):
    """A real run over corpus/ (jsonl and csv): records and tables with entity ids."""
    from extract.readers import read_inputs
    from extract.runner import run_batch

    out = tmp_path_factory.mktemp("corpus-run")
    run_batch(nlp, read_inputs([CORPUS]), out, formats=["jsonl", "csv"])
    return out


def _top(index: Path) -> dict[str, int]:
    html = index.read_text(encoding="utf-8")
    return {e: int(n) for e, n in re.findall(r'data-entity="([^"]*)" data-releases="(\d+)"', html)}


def test_top_lists_count_entities_not_names(corpus_run, tmp_path):
    index = write_report(corpus_run, tmp_path / "report")
    top = _top(index)
    orgs = pd.read_csv(corpus_run / "organisations.csv", dtype=str)
    # The corpus names one body "Justice Department" and "Department of Justice".
    justice = orgs[orgs["name"].isin(["Justice Department", "Department of Justice"])]
    assert justice["name"].nunique() == 2 and justice["entity_id"].nunique() == 1
    entity = justice["entity_id"].iloc[0]
    assert top[entity] == orgs.loc[orgs["entity_id"] == entity, "document_id"].nunique()
    people = pd.read_csv(corpus_run / "people.csv", dtype=str)
    releases = people.groupby("entity_id")["document_id"].nunique()
    for entity_id in [e for e in top if e.startswith("per-")]:
        assert top[entity_id] == releases[entity_id]
    html = index.read_text(encoding="utf-8")
    assert "counted by name" not in html
    # Without the tables (a jsonl-only run), the report says it counts by name.
    (corpus_run / "people.csv").rename(tmp_path / "people.csv")
    try:
        html = write_report(corpus_run, tmp_path / "by-name").read_text(encoding="utf-8")
    finally:
        (tmp_path / "people.csv").rename(corpus_run / "people.csv")
    assert "no people table with entity ids" in html


def test_entities_come_from_parquet_and_names_from_an_entities_table(corpus_run, tmp_path):
    """A run without CSV tables: the Parquet datasets give the same entity counts; an
    `entities` table, where present, gives the preferred names."""
    expected = _top(write_report(corpus_run, tmp_path / "from-csv"))
    out = tmp_path / "run"
    shutil.copytree(corpus_run, out, ignore=shutil.ignore_patterns(".news-extract"))
    for table in ("people", "organisations"):
        (out / "parquet" / table).mkdir(parents=True)
        frame = pd.read_csv(out / f"{table}.csv", dtype=str)
        frame.iloc[:40].to_parquet(out / "parquet" / table / "part-00000.parquet")
        frame.iloc[40:].to_parquet(out / "parquet" / table / "part-00001.parquet")
        (out / f"{table}.csv").unlink()
    orgs = pd.read_parquet(out / "parquet" / "organisations")
    justice = orgs.loc[orgs["name"] == "Justice Department", "entity_id"].iloc[0]
    pd.DataFrame({"entity_id": [justice], "kind": ["organisation"],
                  "preferred_name": ["U.S. Department of Justice"]}).to_csv(
        out / "entities.csv", index=False)
    index = write_report(out, tmp_path / "from-parquet")
    assert _top(index) == expected
    html = index.read_text(encoding="utf-8")
    assert f'data-entity="{justice}"' in html and "U.S. Department of Justice</a>" in html
    assert "counted by name" not in html


def test_site_is_self_contained_and_escaped(seed, tmp_path):
    hostile = seed.model_copy(update={"id": "x/<y>", "title": "<script>alert(1)</script> & co",
                                      "source": '"><img src=x onerror=alert(1)>'})
    index = build_report([seed, hostile], tmp_path)
    pages = [index, *sorted((tmp_path / "documents").glob("*.html"))]
    assert len(pages) == 3 and (tmp_path / "documents" / page_name(seed.id)).exists()
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "http://" not in html.replace("http://www.w3.org", "") and "https://" not in html
        assert '<html lang="en">' in html
        assert "<script>alert" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in index.read_text(encoding="utf-8")
    assert f'documents/{page_name(seed.id)}#p1-0' in index.read_text(encoding="utf-8")


def test_pages_past_the_cap_are_never_linked(seed, tmp_path):
    docs = [seed.model_copy(update={"id": f"d{i}", "title": f"Release {i}"}) for i in range(5)]
    index = build_report(iter(docs), tmp_path, max_pages=3)
    written = sorted(p.name for p in (tmp_path / "documents").iterdir())
    assert written == ["d0.html", "d1.html", "d2.html"]
    for page in tmp_path.rglob("*.html"):
        for href in HREF.findall(page.read_text(encoding="utf-8")):
            target = (page.parent / unquote(href.split("#")[0])).resolve()
            assert href.startswith("#") or target.exists(), (page.name, href)
    last = (tmp_path / "documents" / "d2.html").read_text(encoding="utf-8")
    assert 'href="d1.html" rel="prev"' in last and 'rel="next"' not in last
    first = (tmp_path / "documents" / "d0.html").read_text(encoding="utf-8")
    assert 'href="d1.html" rel="next"' in first and 'rel="prev"' not in first
    assert "pages for the first 3" in index.read_text(encoding="utf-8")


def test_a_run_without_documents_has_an_index_and_no_links_out(tmp_path):
    index = build_report([], tmp_path)
    html = index.read_text(encoding="utf-8")
    assert "<b>0</b>releases" in html and "Nothing dated." in html
    assert [h for h in HREF.findall(html) if not h.startswith("#")] == ["index.html"]


def test_unreadable_lines_are_counted_not_lost(corpus_run, tmp_path):
    out = tmp_path / "run"
    shutil.copytree(corpus_run, out, ignore=shutil.ignore_patterns(".news-extract"))
    with (out / "documents.jsonl").open("a", encoding="utf-8") as fh:
        fh.write('{"id": "broken", "text": 5}\n')
    html = write_report(out, out / "report").read_text(encoding="utf-8")
    assert "1 lines of documents.jsonl are not valid records" in html
    assert "<b>16</b>releases" in html


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM:
        pytest.skip("no Chromium here (.ci/run installs Debian's chromium package)")
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="playwright is in the test extras")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        yield browser
        browser.close()


def test_report_in_a_browser(browser, extract, tmp_path):
    seed = extract(SEED_TEXT, doc_id="seed")
    index = build_report([seed], tmp_path / "report")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(index.as_uri())
    people = page.locator("#people tbody tr")
    assert people.count() == len(seed.people) > 0
    assert page.locator("#organisations tbody tr").count() == len(seed.organisations)
    # Filtering keeps the matching rows only.
    page.fill("#people-filter", "Pauwels")
    assert page.locator("#people tbody tr:visible").count() == 1
    assert "1 of" in page.locator("#people-count").inner_text()
    # Sorting by a column reorders the rows.
    page.fill("#people-filter", "")
    page.click("#people th:nth-child(1)")
    names = page.locator("#people tbody tr td:first-child").all_inner_texts()
    assert names == sorted(names, key=str.lower) or names == sorted(names)
    # A row's link lands on the highlighted span in its document, labelled in words.
    page.fill("#people-filter", "Pauwels")
    page.click("#people tbody tr:visible a")
    page.wait_for_load_state()
    target = page.locator(":target")
    assert target.inner_text() == "Natalie Pauwels"
    assert "k-person" in target.get_attribute("class")
    assert target.is_visible()
    assert "Person: Natalie Pauwels" in target.get_attribute("title")
    label = page.evaluate("getComputedStyle(document.querySelector(':target'), '::before')"
                          ".content")
    assert label == '"PER"'
    # The facts panel says who holds which role where.
    roles = page.locator("table.roles tbody tr").all_inner_texts()
    assert len(roles) == len(seed.roles)
    assert any("Natalie Pauwels" in r and "Head of Unit" in r for r in roles)
    shot = Path(os.environ.get("NEWS_EXTRACT_SCREENSHOTS", tmp_path)) / "report-document.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    assert all(url.startswith("file://") for url in requests)  # no network requests
    page.close()


def _dead_links(page_path: Path, hrefs: list[str]) -> list[str]:
    """The links of a page whose file, or whose anchor in that file, does not exist."""
    dead, ids = [], {}
    for href in hrefs:
        path, _, fragment = href.partition("#")
        target = (page_path.parent / unquote(path)).resolve() if path else page_path
        if not target.is_file():
            dead.append(href)
            continue
        if target not in ids:
            ids[target] = set(re.findall(r' id="([^"]+)"', target.read_text(encoding="utf-8")))
        if fragment and fragment not in ids[target]:
            dead.append(href)
    return dead


def test_report_of_20000_documents_in_a_browser(browser, corpus_run, tmp_path):
    """At archive scale: no dead link, an index under 5 MB, a time axis at true spacing."""
    out = tmp_path / "run"
    synthetic_run(corpus_run, out, 20_000)
    started = time.perf_counter()
    index = write_report(out, out / "report")
    seconds = time.perf_counter() - started
    assert index.stat().st_size < 5_000_000, index.stat().st_size
    pages = list((out / "report" / "documents").iterdir())
    assert len(pages) == MAX_PAGES
    lists = sorted((out / "report").glob("releases-*.html"))
    assert len(lists) == MAX_PAGES // LIST_SIZE
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    hrefs_of = "els => els.map(e => e.getAttribute('href'))"
    page.goto(index.as_uri())
    assert page.locator(".card b").first.inner_text() == "20,000"
    hrefs = page.eval_on_selector_all("a[href]", hrefs_of)
    assert len(hrefs) > 500
    assert _dead_links(index, hrefs) == []
    # The list pages and a sample of release pages (first, middle, last written).
    sample = [*lists, *(out / "report" / "documents" / n for n in sorted(
        {p.name for p in pages})[::997])]
    for path in sample:
        page.goto(path.as_uri())
        assert _dead_links(path, page.eval_on_selector_all("a[href]", hrefs_of)) == [], path
    # The time axes: ticks in date order at true spacing, labels apart, inside the page.
    page.goto(index.as_uri())
    width = page.evaluate("document.documentElement.clientWidth")
    charts = page.locator("figure.timeline svg")
    assert charts.count() == 3
    for i in range(3):
        svg = charts.nth(i)
        box = svg.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width
        ticks = svg.evaluate("""s => Array.from(s.querySelectorAll('g.xtick')).map(g => {
            const l = g.querySelector('line').getBoundingClientRect();
            const t = g.querySelector('text').getBoundingClientRect();
            return [g.dataset.date, l.x + l.width / 2, t.left, t.right]; })""")
        assert len(ticks) >= 3
        days = [_days(d) for d, *_ in ticks]
        assert days == sorted(days)
        xs = [x for _, x, _, _ in ticks]
        px_per_day = (xs[-1] - xs[0]) / (days[-1] - days[0])
        for d, x in zip(days, xs):
            assert abs(xs[0] + (d - days[0]) * px_per_day - x) < 1.0
        assert all(a[3] < b[2] for a, b in pairwise(ticks))  # labels do not overlap
        assert svg.locator("g.ytick").count() >= 2
    page.close()
    print(f"report of 20,000 documents: {seconds:.1f} s")


def test_an_action_time_that_is_a_time_expression_is_shown(extract, tmp_path):
    doc = extract("In the coming weeks, the Acme Foundation will name a new director.",
                  published="2019-03-04")
    assert [a.time_expression_id is not None for a in doc.actions] == [True]
    index = build_report([doc], tmp_path).read_text(encoding="utf-8")
    page = (tmp_path / "documents" / page_name(doc.id)).read_text(encoding="utf-8")
    row = "<td>planned</td><td>Acme Foundation</td><td>the coming weeks</td>"
    assert row in index and row in page  # the actions table, the release's facts panel
