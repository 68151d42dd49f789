"""Roles in the constructions press releases use, on real sentences."""
import pytest

from tests.conftest import (
    SEED_TEXT,
    doj_release,
    sentence_with,
    shared_doj_paragraph,
    shared_doj_release,
)


def roles(doc):
    people = {p.id: p.name for p in doc.people}
    orgs = {o.id: o.name for o in doc.organisations}
    return {(people[r.person_id], r.title, orgs.get(r.organisation_id)) for r in doc.roles}


def test_name_comma_title_at_org(seed):
    assert ("Natalie Pauwels", "Head of Unit",
            "European Commission Service for Foreign Policy Instruments") in roles(seed)
    assert ("Joanneke Balfoort", "Director for Security and Defence Policy",
            "European External Action Service") in roles(seed)


def test_title_of_acronym_resolves_to_canonical_org(seed):
    assert ("Leif Villadsen", "Deputy Director",
            "United Nations Interregional Crime and Justice Research Institute") in roles(seed)


def test_title_of_org_comma_name(seed):
    assert ("Bakhtiyor Gulyamov", "Head", "Regional Secretariat for Central Asia") in roles(seed)


def test_role_evidence_is_grounded(seed):
    for r in seed.roles:
        assert seed.text[r.evidence.start:r.evidence.end] == r.evidence.text
        assert r.title in r.evidence.text or r.title in SEED_TEXT


def test_prenominal_titles_and_of_the_org_after_the_name(extract):
    rec = doj_release("doj-opa-05737")
    text = sentence_with(rec["text"], "will hold a news conference")
    found = roles(extract(text, published=rec["date"]))
    assert ("Leslie R. Caldwell", "Assistant Attorney General", "Criminal Division") in found
    assert ("James M. Cole", "Deputy Attorney General", None) in found


def test_said_name_title_for_org(extract):
    rec = doj_release("doj-opa-11293")
    found = roles(extract(rec["text"], published=rec["date"]))
    # The division's canonical name is its fullest form in this release.
    assert ("Thomas E. Perez", "Assistant Attorney General",
            "Justice Departments Civil Rights Division") in found
    assert ("Daniel R. Dominguez", "U.S. District Court Judge", None) in found or \
        any(p == "Daniel R. Dominguez" and "Judge" in t for p, t, _ in found)


def test_org_with_its_acronym_then_title_name(extract):
    from tests.conftest import shared_doj_paragraph

    # "said U.S. Department of Housing and Urban Development (HUD) Inspector General Kenneth
    # Donohue"
    text, date = shared_doj_paragraph("doj-opa-11166", "(HUD) Inspector General")
    assert ("Kenneth Donohue", "Inspector General",
            "U.S. Department of Housing and Urban Development") in roles(extract(text, date))


def test_an_acronym_named_elsewhere_is_the_organisation_of_a_title(extract):
    from tests.conftest import shared_gold_record

    # "Dr Ellie Cannon, NHS Doctor and media medic, said:" - "NHS" is a body of the text
    # (named in "NHS Health Checks"), so every "NHS" is a mention of it.
    rec = shared_gold_record("govuk_02")
    found = roles(extract(rec["text"], published=rec["published"]))
    assert any(p == "Ellie Cannon" and t.startswith("Doctor") and o == "NHS"
               for p, t, o in found), found


def test_title_with_coordinated_portfolio_before_a_name(extract):
    from tests.conftest import shared_doj_paragraph, shared_gold_record

    # "... signed the Agreement with Singapore's Minister for Trade and Industry Chan Chun Sing"
    rec = shared_gold_record("augov_03")
    text = sentence_with(rec["text"], "Chan Chun Sing")
    assert ("Chan Chun Sing", "Minister for Trade and Industry", None) in \
        roles(extract(text, rec["published"]))
    # but "U.S. Attorney Rod J. Rosenstein for the District of Maryland and Special Agent in
    # Charge Gordon B. Johnson of the FBIs Baltimore Field Office": two people's titles
    text, date = shared_doj_paragraph("doj-opa-01617", "Gordon B. Johnson")
    found = roles(extract(text, date))
    assert any(p == "Gordon B. Johnson" and t == "Special Agent in Charge" for p, t, _ in found)


def test_an_organisation_that_starts_the_main_clause_is_not_the_titles(extract):
    from tests.conftest import shared_doj_paragraph, shared_gold_record

    # "Sheikh Mohammed bin Rashid Al Maktoum, Vice President and Prime Minister of the UAE and
    # Ruler of Dubai, the Mohammed bin Rashid Al Maktoum Knowledge Foundation (MBRF) and the
    # United Nations Development Program (UNDP) announced ..."
    rec = shared_gold_record("newswire_02")
    found = roles(extract(sentence_with(rec["text"], "Under the patronage"), rec["published"]))
    assert not any(p.startswith("Mohammed bin Rashid") and o for p, _, o in found), found
    # but "Richard Weber, Chief, Internal Revenue Service (IRS) Criminal Investigation;"
    text, date = shared_doj_paragraph("doj-opa-08226", "Richard Weber, Chief")
    assert ("Richard Weber", "Chief", "Internal Revenue Service") in roles(extract(text, date))


def test_a_party_named_by_a_plural_after_title_of_the(extract):
    from tests.conftest import shared_gold_record

    # "The Hon David Littleproud MP Minister for Agriculture, Drought and Emergency Management
    # Deputy Leader of the Nationals" (a header line)
    rec = shared_gold_record("augov_02")
    doc = extract(rec["text"], published=rec["published"])
    assert "Nationals" in {o.name for o in doc.organisations}
    assert any(p == "David Littleproud" and t.startswith("Deputy Leader") and o == "Nationals"
               for p, t, o in roles(doc)), roles(doc)


def test_as_title_then_he_is_the_last_named_persons_role(extract):
    from tests.conftest import shared_doj_release

    # "... Mr. Olsen served as the Acting Assistant Attorney General for National Security,
    # ... Previously, as Deputy Assistant Attorney General, he helped establish ..."
    rec = shared_doj_release("doj-opa-12551")
    found = roles(extract(rec["text"], published=rec["date"]))
    assert ("Matthew G. Olsen", "Deputy Assistant Attorney General", None) in found, found
    # "As a member, he was required to ..." names no title (doj-opa-03929)
    rec = shared_doj_release("doj-opa-03929")
    assert not any(t == "member" for _, t, _ in roles(extract(rec["text"], rec["date"])))


def test_header_line_titles_split_at_a_qualified_second_title(extract):
    from tests.conftest import shared_gold_record

    # "The Hon Karen Andrews MP Minister for Industry, Science and Technology Federal Member
    # for McPherson"
    rec = shared_gold_record("augov_02")
    found = roles(extract(rec["text"], published=rec["published"]))
    assert ("Karen Andrews", "Minister for Industry, Science and Technology", None) in found
    assert ("Karen Andrews", "Federal Member for McPherson", None) in found


def test_coordinated_titles_split_only_after_a_complete_first_title(extract):
    from tests.conftest import shared_doj_paragraph, shared_gold_record

    # "Sheikh Mohammed bin Rashid Al Maktoum, Vice President and Prime Minister of the UAE and
    # Ruler of Dubai, ..."
    rec = shared_gold_record("newswire_02")
    found = roles(extract(sentence_with(rec["text"], "Under the patronage"), rec["published"]))
    titles = {t for p, t, _ in found if p.startswith("Mohammed bin Rashid")}
    assert {"Vice President and Prime Minister of the UAE", "Ruler of Dubai"} <= titles, found
    # "Dr Ellie Cannon, NHS Doctor and media medic, said:"
    rec = shared_gold_record("govuk_02")
    found = roles(extract(rec["text"], published=rec["published"]))
    assert ("Ellie Cannon", "media medic", None) in found, found
    # "Jamillia Ferris, Chief of Staff and Counsel at the Department of Justices Antitrust
    # Division" stays one title
    text, date = shared_doj_paragraph("doj-opa-07560", "Chief of Staff and Counsel")
    assert any(p == "Jamillia Ferris" and t == "Chief of Staff and Counsel"
               for p, t, _ in roles(extract(text, date)))


def test_a_role_construction_switched_off_by_name_finds_nothing_else_changed():
    from extract.convert import to_document
    from extract.pipeline import build_pipeline

    # "... Deputy Attorney General James M. Cole, Assistant Attorney General Leslie R.
    # Caldwell of the Criminal Division ..." (doj-opa-05737, kept in corpus/)
    rec = doj_release("doj-opa-05737")
    text = sentence_with(rec["text"], "will hold a news conference")
    nlp = build_pipeline(off=["title-before-name"])
    doc = nlp.make_doc(text)
    doc._.doc_id, doc._.published = "t", rec["date"]
    found = to_document(nlp(doc))
    assert not any(t == "Deputy Attorney General" for _, t, _ in roles(found))
    assert {"James M. Cole", "Leslie R. Caldwell"} <= {p.name for p in found.people}


@pytest.mark.parametrize("off", [["no-such-construction"], ["person-entity"]])
def test_the_roles_component_refuses_constructions_it_does_not_run(off):
    import spacy

    import extract.components  # noqa: F401  (registers the factories)

    with pytest.raises(ValueError, match="not a construction of kind 'roles'"):
        spacy.blank("en").add_pipe("news_roles", config={"off": off})


def test_title_after_an_age_in_commas(extract):
    """Court releases put the age between a defendant and the position they held."""
    from tests.conftest import shared_doj_release

    rec = shared_doj_release("doj-opa-10389")
    paragraph = next(p for p in rec["text"].split("\n\n") if "Bernice Brown, 56" in p)
    doc = extract(paragraph, published=rec["date"])
    people = {p.id: p.name for p in doc.people}
    orgs = {o.id: o.name for o in doc.organisations}
    roles = {(people[r.person_id], r.title, orgs.get(r.organisation_id)) for r in doc.roles}
    assert ("Bernice Brown", "owner", "Wayne County Therapeutic Inc.") in roles
    assert ("Daniel Smorynski", "vice president", "Wayne County Therapeutic Inc.") in roles
    assert not any(title == "56" or title == "63" for _, title, _ in roles)


def test_suffix_between_titled_name_and_its_body(extract):
    rec = shared_doj_release("doj-opa-12444")
    found = roles(extract(sentence_with(rec["text"], "Welch II"), published=rec["date"]))
    assert any(p == "William M. Welch" and t == "Section Chief" and o and "Public Integrity" in o
               for p, t, o in found)


def test_place_after_title_is_not_a_companys_short_name(extract):
    text = ("Texas Pipeline Inc. pleaded guilty today, said Hope Rivers, Acting U.S. Attorney for "
            "the Southern District of Texas.")
    found = roles(extract(text))
    assert ("Hope Rivers", "Acting U.S. Attorney for the Southern District of Texas", None) \
        in found


def test_lower_case_title_between_a_body_and_coordinated_names(extract):
    """DOJ tax releases thank "Tax Division trial attorneys A and B": each holds the title, in
    the singular, at the division."""
    text, date = shared_doj_paragraph("doj-opa-12569", "Tax Division trial attorneys")
    found = roles(extract(text, published=date))
    for name in ("Shawn T. Noud", "Mark F. Daly"):  # the division by its fullest form
        assert any(p == name and t == "trial attorney" and o and o.endswith("Tax Division")
                   for p, t, o in found)


def test_org_opening_an_apposed_title_is_its_body(extract):
    """"Name, the Justice Department trial attorney": the body opens the title, and "Justice"
    alone is no title."""
    text, date = shared_doj_paragraph("doj-opa-12344", "Grayson Hoffman")
    found = roles(extract(text, published=date))
    assert any(p == "Grayson Hoffman" and t == "trial attorney" and o and "Justice" in o
               for p, t, o in found)
    assert not any(t == "Justice" for _, t, _ in found)


def test_the_org_opening_an_apposed_title_is_its_body(extract):
    """"Name, the Coast Guard Captain of the Port of Tampa": past the article, the body opens
    the title."""
    text, date = shared_doj_paragraph("doj-opa-12540", "Timothy Close, the Coast Guard")
    found = roles(extract(text, published=date))
    assert any(p == "Timothy Close" and t.startswith("Captain of the Port") and o
               and "Coast Guard" in o for p, t, o in found)
    assert ("Timothy Close", "Captain", None) not in found


def test_plural_title_over_a_list_of_names(extract):
    # "Trial Attorneys William Kanellis, Antonio Pozos and Drew Bradylyons of the Criminal
    # Divisions Fraud Section prosecuted the case."
    text, date = shared_doj_paragraph("doj-opa-02071", "Trial Attorneys William Kanellis")
    found = roles(extract(text, published=date))
    for name in ("William Kanellis", "Antonio Pozos", "Drew Bradylyons"):
        assert (name, "Trial Attorney", "Criminal Divisions Fraud Section") in found


def test_hyphenated_title_before_a_name(extract):
    # "..., Assistant Director-in-Charge George Venizelos of the FBIs New York Field Office and
    # ..."
    text, date = shared_doj_paragraph("doj-opa-04803", "Assistant Director-in-Charge George")
    found = roles(extract(text, published=date))
    assert any(p == "George Venizelos" and t == "Assistant Director-in-Charge"
               for p, t, _ in found)


def test_a_lower_case_title_before_names_takes_the_body_after_them(extract):
    # "... prosecuted by trial attorneys Todd W. Gleason and Jessie M. Alloway of the ...
    # Environmental Crimes Section" (common-title-name-of-org)
    text, date = shared_doj_paragraph("doj-opa-10628", "Todd W. Gleason")
    found = roles(extract(text, published=date))
    for name in ("Todd W. Gleason", "Jessie M. Alloway"):
        assert (name, "trial attorney", "Environmental Crimes Section") in found, found


def test_a_plural_title_after_a_list_of_names_is_each_ones(extract):
    # "John Raffle and David Applegate, both former senior vice presidents of ArthroCare
    # Corporation" (list-then-plural-title)
    rec = shared_doj_release("doj-opa-00905")
    found = roles(extract(rec["text"], published=rec["date"]))
    for name in ("John Raffle", "David Applegate"):
        assert (name, "former senior vice president", "ArthroCare Corporation") in found, found


def test_a_unit_named_after_its_parents_acronym_is_the_titles_body(extract):
    # "Special Agent in Charge Shimon R. Richmond of the U.S. Department of Health and Human
    # Services-Office of Inspector Generals (HHS-OIG) Miami Regional Office" (acronym-then-unit)
    text, date = shared_doj_paragraph("doj-opa-02288", "Shimon R. Richmond")
    doc = extract(text, published=date)
    unit = ("U.S. Department of Health and Human Services-Office of Inspector Generals "
            "(HHS-OIG) Miami Regional Office")
    assert ("Shimon R. Richmond", "Special Agent in Charge", unit) in roles(doc)
    parent = next(o for o in doc.organisations
                  if o.name == "U.S. Department of Health and Human Services-Office of "
                               "Inspector General")
    assert "HHS-OIG" in parent.aliases


def test_a_place_post_does_not_take_the_body_after_a_later_titled_name(extract):
    # "prosecuted by Assistant U.S. Attorney Brian Samuels and Trial Attorney Justin K. Gelfand
    # of the Justice Departments Tax Division" (place-post-out-of-chain)
    text, date = shared_doj_paragraph("doj-opa-07730", "Brian Samuels")
    found = roles(extract(text, published=date))
    assert ("Brian Samuels", "Assistant U.S. Attorney", None) in found, found
    assert ("Justin K. Gelfand", "Trial Attorney", "Justice Departments Tax Division") in found


def test_a_chained_title_with_field_words_passes_the_body_back(extract):
    # "prosecuted by Trial Attorney Christine M. Siscaretti and Special Litigation Counsel
    # Gerard V. Hogan of the Justice Departments Civil Rights Division"
    # (field-words-in-chained-title)
    text, date = shared_doj_paragraph("doj-opa-07052", "Siscaretti")
    found = roles(extract(text, published=date))
    assert ("Christine M. Siscaretti", "Trial Attorney",
            "Justice Departments Civil Rights Division") in found, found


def test_a_bodys_short_form_before_employee_and_a_name_is_a_role(extract):
    # "Former EGL employee Kevin Smoot and former KBR employee Bob Bennett pleaded guilty"
    # (body-name-staff-noun)
    rec = shared_doj_release("doj-opa-11126")
    found = roles(extract(rec["text"], published=rec["date"]))
    assert ("Bob Bennett", "former KBR employee", "Kellogg Brown & Root, Inc.") in found, found


@pytest.mark.parametrize("text", [
    "Therapist Pleads Guilty in Miami for His Role in Health Care Fraud Scheme",
    "Sentence for his role as a recruiter in the scheme"])
def test_a_role_noun_under_a_verbless_root_finishes(extract, text):
    # "his role" in a headline whose root is a noun: the walk up to the clause's verb used to
    # compare spaCy Token objects by identity (a new object each time) and never stopped
    import signal

    def stop(*_):
        raise TimeoutError(text)
    signal.signal(signal.SIGALRM, stop)
    signal.alarm(20)
    try:
        doc = extract(text)
    finally:
        signal.alarm(0)
    assert not [r for r in doc.roles if r.title.lower().startswith("recruiter")]
