"""The HTML report: page builder units, and the real thing in headless Chromium."""
import os
import shutil
from pathlib import Path

import pytest

from extract.report import build_report, highlight, page_name, spans_of
from tests.conftest import SEED_TEXT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def test_highlight_nests_overlaps_and_escapes():
    text = "Ms. Natalie Pauwels, Head of Unit <at> FPI"
    spans = [(4, 19, "person", "p1-0", "Natalie Pauwels"),
             (4, 33, "role", "r1-0", "Natalie Pauwels: Head of Unit")]
    out = highlight(text, spans)
    assert out.count('id="p1-0"') == 1 and out.count('id="r1-0"') == 1
    assert "&lt;at&gt;" in out and "<at>" not in out
    # The person mark sits inside the (longer) role mark.
    assert out.index('id="r1-0"') < out.index('id="p1-0"')


def test_every_item_of_a_document_gets_a_span(seed):
    spans = spans_of(seed)
    n_items = (sum(len(p.mentions) for p in seed.people)
               + sum(len(o.mentions) for o in seed.organisations)
               + len(seed.dates) + len(seed.time_expressions) + len(seed.roles)
               + len(seed.actions))
    assert len(spans) == n_items
    assert all(seed.text[s:e] for s, e, *_ in spans)


def test_site_is_self_contained(seed, tmp_path):
    index = build_report([seed], tmp_path)
    pages = [index, *sorted((tmp_path / "documents").glob("*.html"))]
    assert (tmp_path / "documents" / page_name(seed.id)).exists()
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "http://" not in html.replace("http://www.w3.org", "") and "https://" not in html
        assert '<html lang="en">' in html
    assert f'documents/{page_name(seed.id)}#p1-0' in index.read_text(encoding="utf-8")


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
    # A row's link lands on the highlighted span in its document.
    page.fill("#people-filter", "Pauwels")
    page.click("#people tbody tr:visible a")
    page.wait_for_load_state()
    target = page.locator(":target")
    assert target.inner_text() == "Natalie Pauwels"
    assert "k-person" in target.get_attribute("class")
    assert target.is_visible()
    assert "Person: Natalie Pauwels" in target.get_attribute("title")
    shot = Path(os.environ.get("NEWS_EXTRACT_SCREENSHOTS", tmp_path)) / "report-document.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    assert all(url.startswith("file://") for url in requests)  # no network requests
    page.close()
