"""The publication date: metadata first, else the release's own stamp or dateline."""
from extract.components.metadata import publication_date
from tests.conftest import SEED_TEXT


def test_seed_date_stamp(seed):
    assert seed.published.isoformat() == "2021-11-25"
    assert seed.published_from == "header"


def test_stamp_dateline_and_label_forms():
    assert publication_date(SEED_TEXT[:600]) == "2021-11-25"
    assert publication_date("Title\n\nDUBAI, UAE, October 17, 2024 /24-7PressRelease/ -- The") \
        == "2024-10-17"
    assert publication_date("Title\n\nWASHINGTON, March 3, 2015 — The Department") == "2015-03-03"
    assert publication_date("Title\nPublished: 3 March 2015\nBody") == "2015-03-03"


def test_a_date_in_running_prose_is_not_the_publication_date():
    assert publication_date("Title\n\nOn November 22, 2021, the meeting was held.") is None


def test_metadata_wins_over_text(extract):
    doc = extract(SEED_TEXT, published="2021-12-01")
    assert doc.published.isoformat() == "2021-12-01"
    assert doc.published_from == "metadata"


def test_no_date_means_null_and_relative_dates_unresolved(extract):
    doc = extract("Agency report\n\nThe agency said today that it will review the rules.")
    assert doc.published is None
    today = [d for d in doc.dates if d.text == "today"]
    assert today and today[0].start is None and today[0].granularity is None
