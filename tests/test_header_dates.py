"""The publication date read from release headers of many issuers (tests/data/headers): each
header is written in its issuer's convention with invented content, and the component must
find the date the issuer stamped on it, with no metadata given."""
import json
from pathlib import Path

import pytest
import spacy

from extract.components.metadata import MetadataComponent, closing_date, publication_date

HEADERS = [json.loads(line) for line in
           (Path(__file__).parent / "data" / "headers" / "headers.jsonl").read_text(
               encoding="utf-8").splitlines() if line.strip()]
NLP = spacy.blank("en")


def read(text: str, published: str | None = None, day_first: bool = False):
    doc = NLP.make_doc(text)
    doc._.published = published
    doc._.warnings = None
    return MetadataComponent(600, day_first, 400)(doc)


def test_the_corpus_has_twenty_issuers():
    assert len({h["issuer"].split(" (")[0] for h in HEADERS}) >= 20


@pytest.mark.parametrize("case", HEADERS, ids=[h["issuer"] for h in HEADERS])
def test_publication_date_from_the_header(case):
    doc = read(case["header"])
    assert doc._.published == case["expected"]
    assert doc._.published_from == "header"


def test_a_labelled_line_at_the_end_when_the_header_has_none():
    body = "Teachers welcome the review of pay.\n\n" + "The review was discussed. " * 40
    doc = read(body + "\n\nIssued on 18 September 2015 by the Communications Office.")
    assert (doc._.published, doc._.published_from) == ("2015-09-18", "text")


def test_a_date_in_closing_prose_is_not_the_publication_date():
    assert closing_date("The review was issued on 18 September 2015 by the Office.") is None
    assert closing_date("The hearing is set for Jan. 10, 2011.") is None


def test_dates_in_the_header_prose_are_not_the_publication_date():
    assert publication_date("Title\n\nThe hearing is set for Jan. 10, 2011.\nMore text") is None
    assert publication_date("COMPANY MAY FACE CHARGES\n\nThe firm said in MAY it would pay.") \
        is None


def test_dashed_numbers_follow_the_day_first_switch():
    assert publication_date("Press Releases\n03-04-2019 - 13:05\n") == "2019-03-04"
    assert publication_date("Press Releases\n03-04-2019 - 13:05\n", day_first=True) \
        == "2019-04-03"


def test_metadata_wins_and_a_disagreeing_header_is_recorded():
    doc = read("FOR IMMEDIATE RELEASE\nFriday, October 8, 2010\n\nTitle", "2010-10-09")
    assert doc._.published == "2010-10-09" and doc._.published_from == "metadata"
    assert any("2010-10-08 in the header" in w for w in doc._.warnings)
    agreed = read("FOR IMMEDIATE RELEASE\nFriday, October 8, 2010\n\nTitle", "2010-10-08")
    assert not agreed._.warnings


@pytest.mark.parametrize("header", [
    # lines of DOJ releases (public domain) that name another date than the release's
    "Title\nAccording to an indictment dated June 24, 2010, and unsealed today, he is alleged",
    "Title\nWHEN: TOMORROW, Friday, Jan. 13, 2012\nWHERE: Salt Lake City",
    "Title\nMotion to Unseal Records (Jan. 7, 2010) including prior FISC applications",
    "Title\nThe interagency agreement reflects a memorandum issued on July 15, 2013, that",
])
def test_dates_of_other_events_in_the_header_are_not_the_publication_date(header):
    assert publication_date(header) is None


def test_a_prose_line_cut_at_the_header_limit_is_not_a_stamp():
    text = "Title\n" + "x" * 580 + " On Sept. 17, 2009, the defendant met an agent in Ohio.\n"
    assert read(text)._.published is None


@pytest.mark.parametrize("issuer, expression, day", [
    ("U.S. Army (ISAF)", "yesterday", "2013-01-24"),
    ("U.S. military operational update", "Sunday", "2011-01-09"),
    ("U.S. Department of Defense", "tonight", "2018-04-13"),
    ("NGO newswire (reference number)", "yesterday", "2014-04-02"),
])
def test_relative_expressions_resolve_against_the_header_date(extract, issuer, expression, day):
    """No metadata: "yesterday" or a past weekday in the lead is read from the header's date."""
    header = next(h["header"] for h in HEADERS if h["issuer"] == issuer)
    doc = extract(header)
    found = [d for d in doc.dates if d.text == expression]
    assert found and found[0].start.isoformat() == day == found[0].end.isoformat()
