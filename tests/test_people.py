"""People: honorifics stripped and kept, short mentions merged, no organisations."""
import pytest

from tests.conftest import doj_release, shared_doj_paragraph


def test_honorifics_are_stripped_and_kept(seed):
    people = {p.name: p for p in seed.people}
    assert people["Natalie Pauwels"].honorific == "Ms."
    assert people["Leif Villadsen"].honorific == "Mr."
    assert "Anaïs Joerger" in people  # diacritics kept


def test_short_mentions_merge_into_the_full_name(seed):
    people = {p.name: p for p in seed.people}
    gulyamov = people["Bakhtiyor Gulyamov"]
    assert len(gulyamov.mentions) >= 3  # "Mr. Bakhtiyor Gulyamov", later "Mr. Gulyamov"
    assert not any(name == "Gulyamov" for name in people)


def test_people_are_people(seed):
    assert len(seed.people) == 5
    for p in seed.people:
        for m in p.mentions:
            assert seed.text[m.start:m.end] == m.text


def test_doj_people(extract):
    rec = doj_release("doj-opa-11293")
    doc = extract(rec["text"], published=rec["date"])
    names = {p.name for p in doc.people}
    assert {"Daniel R. Dominguez", "Thomas E. Perez", "Luis Rivero"} <= names


def test_media_contacts_before_a_phone_number_are_people(extract):
    from tests.conftest import shared_gold_record

    rec = shared_gold_record("augov_02")
    names = {p.name for p in extract(rec["text"], published=rec["published"]).people}
    assert "Keegan Buzza" in names


def test_names_inside_names_of_things_and_residences_are_not_people(extract):
    from tests.conftest import shared_gold_record

    doj_03 = shared_gold_record("doj_03")
    names = {p.name for p in extract(doj_03["text"], published=doj_03["published"]).people}
    assert "Leo Winston Smith" in names
    assert "Chula Vista" not in names  # "Smith, 73, of Chula Vista, Calif."
    doj_04 = shared_gold_record("doj_04")
    names = {p.name for p in extract(doj_04["text"], published=doj_04["published"]).people}
    assert not any("Dawson" in n for n in names)  # "James I. Dawson Cooperative Extension
    # Building" is a venue


def _doj_paragraph(extract, doc_id: str, needle: str):
    from tests.conftest import shared_doj_paragraph

    text, date = shared_doj_paragraph(doc_id, needle)
    return extract(text, published=date)


def test_a_name_with_an_age_is_a_person_whatever_the_tagger_says(extract):
    # "Nicholas Abram Slatten, 30, of Sparta, Tenn.; ... and Dustin Laurent Heard, 33, ..."
    # (the tagger calls both ORG)
    doc = _doj_paragraph(extract, "doj-opa-05194", "Nicholas Abram Slatten")
    names = {p.name for p in doc.people}
    assert {"Nicholas Abram Slatten", "Dustin Laurent Heard"} <= names
    orgs = {o.name for o in doc.organisations}
    assert not {"Nicholas Abram Slatten", "Dustin Laurent Heard"} & orgs


def test_hyphenated_names_and_a_dateline_before_a_name(extract):
    # "... Jong-Hyun Choi, 58, a senior executive ...; In-Sik Han, 52, who managed ..."
    names = {p.name for p in _doj_paragraph(extract, "doj-opa-04355", "In-Sik Han").people}
    assert {"Jong-Hyun Choi", "In-Sik Han"} <= names
    assert "Sik Han" not in names
    # "Wilfredo Blanco-Diaz, 40, formerly of Caguas"; later "Blanco-Diaz was also ordered"
    doc = _doj_paragraph(extract, "doj-opa-06030", "Wilfredo Blanco-Diaz")
    assert "Wilfredo Blanco-Diaz" in {p.name for p in doc.people}
    assert not any("Blanco" in o.name for o in doc.organisations)
    # "WASHINGTON Brian Carranza, 21, pleaded guilty today ..."
    names = {p.name for p in _doj_paragraph(extract, "doj-opa-12635", "Brian Carranza").people}
    assert "Brian Carranza" in names
    assert not any("WASHINGTON" in n for n in names)


def test_a_company_the_tagger_calls_a_person_is_not_a_person(extract):
    from tests.conftest import shared_gold_record

    # "Stephen Buckley, Scientific Vice President at Novo Nordisk" makes Novo Nordisk an
    # organisation; the tagger's PERSON "Novo Nordisk" elsewhere, and the heading glued to
    # the next sentence ("About Novo Nordisk Novo Nordisk is a leading ..."), are not people.
    rec = shared_gold_record("newswire_03")
    doc = extract(rec["text"], published=rec["published"])
    assert not any("Novo Nordisk" in p.name for p in doc.people)
    assert "Novo Nordisk" in {o.name for o in doc.organisations}


def test_an_age_check_does_not_fail_on_digit_like_characters(extract):
    # str.isdigit() accepts "²", which int() rejects: a superscript after a name must neither
    # raise nor count as an age.
    doc = extract("John Smith, ², of Town, was named.", published="2020-01-01")
    assert all("²" not in p.name for p in doc.people)


def test_a_people_construction_switched_off_by_name():
    from extract.convert import to_document
    from extract.pipeline import build_pipeline
    from tests.conftest import shared_doj_paragraph

    # "Nicholas Abram Slatten, 30, of Sparta, Tenn.; ...": the tagger calls the name an
    # organisation, only the age after it makes it a person.
    text, date = shared_doj_paragraph("doj-opa-05194", "Nicholas Abram Slatten")
    nlp = build_pipeline(off=["name-before-age"])
    doc = nlp.make_doc(text)
    doc._.doc_id, doc._.published = "t", date
    assert "Nicholas Abram Slatten" not in {p.name for p in to_document(nlp(doc)).people}


@pytest.mark.parametrize("off", [["no-such-construction"], ["title-before-name"]])
def test_the_people_component_refuses_constructions_it_does_not_run(off):
    import spacy

    import extract.components  # noqa: F401  (registers the factories)

    with pytest.raises(ValueError, match="not a construction of kind 'people'"):
        spacy.blank("en").add_pipe("news_people", config={"off": off})


def test_marshal_is_a_given_name_without_a_title_before_it(extract):
    doc = extract("The case was prosecuted by Marshal Brook in the U.S. Attorney's Office and "
                  "by Ken Nelson of the Environmental Crimes Section.")
    names = {p.name for p in doc.people}
    assert "Marshal Brook" in names and "Brook" not in names
    assert not any(r.title == "Marshal" for r in doc.roles)


def test_marshal_after_a_country_stays_a_title(extract):
    doc = extract("U.S. Marshal Hope Rivers arrested the man on Tuesday.")
    people = {p.id: p.name for p in doc.people}
    assert "Hope Rivers" in people.values()
    assert any(people[r.person_id] == "Hope Rivers" and r.title == "U.S. Marshal"
               for r in doc.roles)


def test_judges_name_cut_short_by_the_tagger_is_whole(extract):
    from tests.conftest import shared_doj_release

    rec = shared_doj_release("doj-opa-12564")
    names = {p.name for p in extract(rec["text"], published=rec["date"]).people}
    assert "D. Brock Hornby" in names and "D. Brock" not in names


def test_firm_named_after_a_common_word_is_no_given_name(extract):
    text = ("Mr. Tax of America, Dallas, TX prepared the returns. National Express Tax, Plano, "
            "TX, claimed the tax credits.")
    names = {p.name for p in extract(text).people}
    assert "Express Tax" not in names
def test_a_name_in_capitals_and_with_trailing_spaces_is_one_person(extract):
    # A heading in capitals, the body's form followed by two spaces before a line break.
    text = ("STATEMENT OF ASSISTANT ATTORNEY GENERAL THOMAS E. PEREZ ON THE SETTLEMENT\n\n"
            "Assistant Attorney General Thomas E. Perez  \nsaid today that the city agreed to "
            "reform its hiring. Perez thanked the city's officials.")
    people = extract(text, published="2010-06-01").people
    assert [p.name for p in people] == ["Thomas E. Perez"]
    assert {m.text for m in people[0].mentions} >= {"THOMAS E. PEREZ", "Thomas E. Perez"}


@pytest.mark.parametrize("doc_id, needle, name", [
    ("doj-opa-12584", "Stanley", 'Albert "Jack" Stanley'),
    ("doj-opa-12493", "Brian", 'Hsueh-Lung "Brian" Lee'),
])
def test_nickname_in_quotes_stays_inside_the_name(extract, doc_id, needle, name):
    text, published = shared_doj_paragraph(doc_id, needle)
    names = {p.name for p in extract(text, published=published).people}
    assert name in names
    assert not any(n.endswith(name.split()[-1]) and n != name for n in names)


def test_lost_apostrophe_before_an_adjective(extract):
    text, published = shared_doj_paragraph("doj-opa-12693", "Bells long record")
    names = {p.name for p in extract(text, published=published).people}
    assert "Bells" not in names


def test_gerund_phrases_and_common_phrases_are_not_people(extract):
    text, published = shared_doj_paragraph("doj-opa-02922", "Preventing Gender Bias")
    names = {p.name for p in extract(text, published=published).people}
    assert not any("Bias" in n for n in names)
    text, published = shared_doj_paragraph("doj-opa-12350", "Marine hose is")
    names = {p.name for p in extract(text, published=published).people}
    assert "Marine hose" not in names


def test_a_name_with_an_initial_inside_is_a_person_whatever_the_tagger_says(extract):
    # "According to a one-count felony charge filed on Dec. 2, 2010, in U.S. District Court in
    # Denver, Wendel P. Torres provided an illegal gratuity to ..."
    text, date = shared_doj_paragraph("doj-opa-10364", "Wendel P. Torres provided")
    assert "Wendel P. Torres" in {p.name for p in extract(text, published=date).people}


def test_a_first_given_name_the_tagger_cut_before_an_age_is_kept(extract):
    # "Rex Lee Furman, 52, of Federal Dam, Minnesota, was sentenced by U.S. District Judge ..."
    text, date = shared_doj_paragraph("doj-opa-02433", "Rex Lee Furman, 52")
    names = {p.name for p in extract(text, published=date).people}
    assert "Rex Lee Furman" in names and "Lee Furman" not in names


def test_a_name_after_the_is_a_things_not_a_persons(extract):
    # "The Days Inn is now known as the Tuscany Inn."
    text, date = shared_doj_paragraph("doj-opa-04738", "known as the Tuscany Inn")
    assert "Tuscany Inn" not in {p.name for p in extract(text, published=date).people}
