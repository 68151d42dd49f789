"""Date mentions in real releases: exact offsets, values anchored on the publication date."""
import pytest

from extract.constructions import check, of_kind, switched_off
from extract.pipeline import build_pipeline  # also registers the components
from tests.conftest import doj_release


def test_seed_dates(seed):
    found = {(d.text, str(d.start), str(d.end), d.granularity) for d in seed.dates}
    assert ("November 9-10, 2021", "2021-11-09", "2021-11-10", "day") in found
    assert ("November 22, 2021", "2021-11-22", "2021-11-22", "day") in found
    assert ("2022", "2022-01-01", "2022-12-31", "year") in found
    # "9th virtual meeting", "8th annual meeting" and "62 partner countries" are not dates.
    assert not any("9th" in d.text or "8th" in d.text or "62" in d.text for d in seed.dates)


def test_offsets_are_grounded(seed):
    for d in seed.dates:
        assert seed.text[d.evidence.start:d.evidence.end] == d.text
        assert d.evidence.sent_start <= d.evidence.start < d.evidence.end <= d.evidence.sent_end


def test_relative_dates_resolve_against_publication_date(extract):
    rec = doj_release("doj-opa-11293")
    doc = extract(rec["text"], published=rec["date"])
    values = {d.text: (str(d.start), str(d.end)) for d in doc.dates}
    assert values["today"] == ("2010-03-25", "2010-03-25")
    assert values["July 20, 2003"] == ("2003-07-20", "2003-07-20")
    assert values["April 30, 2010"] == ("2010-04-30", "2010-04-30")


def test_durations_and_ages_are_not_dates(extract):
    rec = doj_release("doj-opa-11293")
    doc = extract(rec["text"], published=rec["date"])
    texts = {d.text for d in doc.dates}
    assert not any("years" in t for t in texts)  # "sentences of 10 years"
    assert "32" not in texts  # ages


def test_a_year_that_modifies_a_noun_is_a_date(extract):
    from tests.conftest import sentence_with, shared_gold_record

    # GOV.UK: "2. According to a 2011 independent survey of 400 11 to 18 year olds ..."
    rec = shared_gold_record("govuk_01")
    doc = extract(sentence_with(rec["text"], "a 2011 independent survey"), rec["published"])
    assert ("2011", "2011-01-01", "2011-12-31") in \
        {(d.text, str(d.start), str(d.end)) for d in doc.dates}


def test_numbers_in_addresses_urls_phones_and_counts_are_not_dates(extract):
    from tests.conftest import sentence_with, shared_doj_paragraph, shared_gold_record

    # "..., Suite 4100, Washington, D.C. 20530." (a ZIP code, not the year 2053)
    text, date = shared_doj_paragraph("doj-opa-02432", "D.C. 20530")
    assert not any(d.text.startswith("2053") for d in extract(text, date).dates)
    # "... www.justice.gov/atr/public/workshops/ag2010/index.htm#overview."
    text, date = shared_doj_paragraph("doj-opa-11075", "ag2010/index.htm")
    assert not any(d.text == "2010" for d in extract(text, date).dates)
    # "Media Contacts Benn Ayre: +61 428 342 325 Julia Ebbs: ..." (not "25 Jul")
    rec = shared_gold_record("augov_03")
    doc = extract(sentence_with(rec["text"], "Julia Ebbs"), rec["published"])
    assert not any("Jul" in d.text for d in doc.dates)
    # "OYO offers 40+ integrated products and solutions ..."
    rec = shared_gold_record("newswire_01")
    doc = extract(sentence_with(rec["text"], "40+ integrated"), rec["published"])
    assert not any("40" in d.text for d in doc.dates)


DATE_CONSTRUCTIONS = sorted(of_kind("dates"), key=lambda c: c.name)
# Negative rules for spaCy entities that dateparser cannot read either: on their own they
# change nothing, so their examples are run with that last net off as well.
# An ISO date is also a spaCy entity that dateparser reads: its rule is run with that net off.
SHADOWED_BY = {"no-ages": "entity-needs-a-value", "no-recurrences": "entity-needs-a-value",
               "iso-date": "spacy-date-entities"}


@pytest.mark.parametrize("construction", DATE_CONSTRUCTIONS, ids=lambda c: c.name)
def test_each_date_construction_is_what_makes_its_examples_pass(extract, construction):
    """Switched off, a construction fails at least one of its examples: the examples show
    the construction at work, not something another rule does anyway."""
    failures = []
    off = [construction.name] + ([SHADOWED_BY[construction.name]]
                                 if construction.name in SHADOWED_BY else [])
    with switched_off(off):
        for example in construction.examples:
            failures += check(example, extract(example.text, published=example.published))
    assert failures, f"{construction.name}: every example passes without it"


def test_the_component_switches_off_only_date_constructions_it_knows():
    from extract.components.dates import DatesComponent
    from extract.constructions import REGISTRY

    with pytest.raises(ValueError, match="unknown construction"):
        DatesComponent(False, True, off=["no-such-rule"])
    others = [c.name for c in REGISTRY.values() if c.kind != "dates"]
    for name in others[:1]:
        with pytest.raises(ValueError, match="not dates"):
            DatesComponent(False, True, off=[name])
    assert DatesComponent(False, True, off=["no-counts"]).off == ("no-counts",)


def test_a_rule_switched_off_in_the_config_is_not_used():
    nlp = build_pipeline(off=["federal-fiscal-year"])
    assert nlp.get_pipe("news_dates").off == ("federal-fiscal-year",)
    doc = nlp("The grant is for Fiscal Year (FY) 2010 only.")
    assert [d["text"] for d in doc._.dates] == ["2010"]


ADVISORY = """MEDIA ADVISORY
FOR IMMEDIATE RELEASE: FRIDAY, SEPTEMBER 9, 2016

ATTORNEY GENERAL TO HOLD ROUNDTABLE ON HATE CRIMES

The Attorney General will host a roundtable with community leaders on hate crimes.

WHO: Attorney General
Community and faith leaders

WHAT: Roundtable on hate crimes

WHEN: Monday, 10:00 a.m. EDT

WHERE: Great Hall, 950 Pennsylvania Ave., N.W., Washington, D.C.

PRESS CONFERENCE ON THE NEW GRANT PROGRAM

WHEN: TUESDAY, SEPT., 13, 2:00 p.m. EDT

Media must RSVP by SUNDAY, SEPT. 11, 2016, at 5:00 p.m. EDT. Call (202) 514-2007."""


def test_a_media_advisory_dates_its_events_from_the_when_lines(extract):
    # Header, ALL-CAPS headings and WHO / WHAT / WHEN / WHERE blocks (invented, in the DOJ
    # advisory format): the publication date from the header, each WHEN line's day as the
    # coming one (Monday after Friday 9 September is the 12th), a stray comma after "SEPT."
    # kept in the date, and no year from the phone number.
    doc = extract(ADVISORY)
    assert doc.published.isoformat() == "2016-09-09"
    dates = {d.text: (d.start.isoformat(), d.end.isoformat()) for d in doc.dates}
    assert dates["Monday"] == ("2016-09-12", "2016-09-12")
    assert dates["TUESDAY, SEPT., 13"] == ("2016-09-13", "2016-09-13")
    assert dates["SUNDAY, SEPT. 11, 2016"] == ("2016-09-11", "2016-09-11")
    assert not any("2007" in text for text in dates)


def test_a_range_between_two_dated_days_is_one_date(extract):
    from tests.conftest import shared_doj_paragraph

    # "... the government charged that, from March 3, 2002, through Dec. 31, 2003, ..."
    text, date = shared_doj_paragraph("doj-opa-06453", "from March 3, 2002, through")
    found = {(d.text, str(d.start), str(d.end)) for d in extract(text, published=date).dates}
    assert ("March 3, 2002, through Dec. 31, 2003", "2002-03-03", "2003-12-31") in found


def test_an_open_start_as_early_as_leaves_two_dates(extract):
    from tests.conftest import shared_doj_paragraph

    # "... that as early as June 2008 until about January 2011, ..."
    text, date = shared_doj_paragraph("doj-opa-04903", "as early as June 2008")
    found = {d.text for d in extract(text, published=date).dates}
    assert {"June 2008", "about January 2011"} <= found


def test_a_range_from_a_year_to_a_dated_month_is_one_date(extract):
    from tests.conftest import shared_doj_paragraph

    # "... from approximately 1994 through June 2004, he and his co-conspirators agreed ..."
    text, date = shared_doj_paragraph("doj-opa-10424", "from approximately 1994 through")
    found = {(d.text, str(d.start), str(d.end)) for d in extract(text, published=date).dates}
    assert ("approximately 1994 through June 2004", "1994-01-01", "2004-06-30") in found
    assert not {"June 2004", "approximately 1994"} & {text for text, _, _ in found}
