"""Organisations on the seed and DOJ releases: whole names, acronyms, merged forms; and the
organisation constructions switched off by name."""
import pytest

from extract.constructions import REGISTRY, Construction, switched_off
from tests.conftest import doj_release, shared_doj_paragraph, shared_doj_release


def by_name(doc):
    return {o.name: o for o in doc.organisations}


def paragraph(text: str, needle: str) -> str:
    """The paragraph of a real text that holds `needle` ("Inc." ends no sentence here)."""
    return next(p for p in text.split("\n") if needle in p)


def test_acronym_definition_links_full_name(seed):
    orgs = by_name(seed)
    unicri = orgs["United Nations Interregional Crime and Justice Research Institute"]
    assert unicri.acronym == "UNICRI"
    # "Deputy Director of UNICRI" earlier in the text is a mention of the same body.
    assert len(unicri.mentions) >= 2
    fpi = orgs["European Commission Service for Foreign Policy Instruments"]
    assert "FPI EC" in fpi.aliases


def test_reordered_and_acronym_forms_merge_into_one_body(seed):
    jrc = by_name(seed)["Joint Research Centre of the European Commission"]
    assert "European Commission Joint Research Centre" in jrc.aliases
    assert "JRC" in jrc.aliases


def test_names_are_whole_and_without_leading_article(seed):
    names = set(by_name(seed))
    assert "Regional Secretariat for Central Asia" in names
    assert "Press Service of the State Committee on Industrial Safety of the Republic of " \
           "Uzbekistan" in names
    assert not any(n.lower().startswith("the ") for n in names)


def test_group_of_people_document_and_country_are_not_organisations(seed):
    names = {n.lower() for n in by_name(seed)}
    assert not any(n.startswith("heads") for n in names)  # "the Heads of the Secretariats"
    assert not any("roadmap" in n for n in names)  # "the Interregional Roadmap for 2022"
    assert not {"italy", "uzbekistan", "turin"} & names


def test_offsets_are_grounded(seed):
    for org in seed.organisations:
        for m in org.mentions:
            assert seed.text[m.start:m.end] == m.text


def test_doj_division_and_acronym(extract):
    rec = doj_release("doj-opa-11293")
    doc = extract(rec["text"], published=rec["date"])
    division = [o for o in doc.organisations
                if "Civil Rights Division" in [o.name, *o.aliases]]
    # One body, under its fullest form "Justice Departments Civil Rights Division".
    assert len(division) == 1
    assert len(division[0].mentions) == 3


def test_a_plural_head_shared_by_a_list_gives_one_body_per_item(extract):
    from tests.conftest import shared_gold_record

    rec = shared_gold_record("doj_09")
    doc = extract(rec["text"], published=rec["published"])
    names = {o.name for o in doc.organisations}
    # "The Departments of Justice, Homeland Security and Labor announced today ..."
    assert {"Department of Homeland Security", "Department of Labor"} <= names
    labor = next(o for o in doc.organisations if o.name == "Department of Labor")
    assert all(doc.text[m.start:m.end] == m.text for m in labor.mentions)


def _orgs_of(extract, doc_id: str, needle: str):
    from tests.conftest import shared_doj_paragraph

    text, date = shared_doj_paragraph(doc_id, needle)
    return extract(text, published=date)


def test_lost_apostrophe_before_a_noun_is_a_possessive_not_a_plural(extract):
    # "The Department of Justices lawsuit ...": the scrape deleted the apostrophe.
    doc = _orgs_of(extract, "doj-opa-12669", "Department of Justices lawsuit")
    assert "Department of Justice" in by_name(doc)
    assert not any(n.endswith("Justices") for n in by_name(doc))
    doc = _orgs_of(extract, "doj-opa-11166", "Inspector Generals nationwide")
    assert "HUD Office of Inspector General" in by_name(doc)


def test_a_real_plural_name_keeps_its_s(extract):
    # "overturning Board of Immigration Appeals precedent": "Appeals" is no title word.
    doc = _orgs_of(extract, "doj-opa-12200", "Board of Immigration Appeals precedent")
    assert "Board of Immigration Appeals" in by_name(doc)


def test_a_unit_named_with_its_owner_keeps_its_name_and_links_the_owner(extract):
    # "Trial Attorney Brigham Cannon of the Criminal Divisions Fraud Section"
    doc = _orgs_of(extract, "doj-opa-12690", "Criminal Divisions Fraud Section")
    orgs = by_name(doc)
    unit, owner = orgs["Criminal Divisions Fraud Section"], orgs["Criminal Division"]
    assert unit.parent_id == owner.id
    assert all(doc.text[m.start:m.end] == m.text for m in owner.mentions)
    # The role names the unit, not its owner.
    role = next(r for r in doc.roles if r.title == "Trial Attorney")
    assert role.organisation_id == unit.id


def test_a_field_with_and_stays_inside_the_name(extract):
    # "investigated by the Department of Health and Human Services, Office of the ..."
    doc = _orgs_of(extract, "doj-opa-12657", "Department of Health and Human Services")
    names = set(by_name(doc))
    assert "Department of Health and Human Services" in names
    assert not {"Department of Health", "Human Services"} & names


def test_board_of_x_of_the_y_is_whole(extract):
    doc = _orgs_of(extract, "doj-opa-11577", "Board of Governors of the Federal Reserve")
    assert "Board of Governors of the Federal Reserve System" in by_name(doc)


def test_a_programme_of_a_body_is_not_a_body_but_the_body_is(extract):
    # "claimants with outstanding USDA Farm Loan program debt"
    doc = _orgs_of(extract, "doj-opa-10608", "USDA Farm Loan program")
    names = set(by_name(doc))
    assert "USDA" in names
    assert not any("Farm Loan" in n for n in names)


def test_an_acronym_defined_for_a_law_is_not_an_organisation(extract):
    # "in violation of the Foreign Corrupt Practices Act (FCPA)."
    doc = _orgs_of(extract, "doj-opa-12679", "(FCPA)")
    assert not {"FCPA", "Foreign Corrupt Practices Act"} & set(by_name(doc))


def test_a_ministers_office_is_named_with_the_minister(extract):
    from tests.conftest import sentence_with, shared_gold_record

    rec = shared_gold_record("augov_01")
    text = sentence_with(rec["text"], "Press Office of the Hon")
    doc = extract(text, published=rec["published"])
    assert "Press Office of the Hon. Scott Morrison MP" in by_name(doc)


def test_parliament_and_a_national_government_are_bodies_an_agreement_is_not(extract):
    from tests.conftest import shared_gold_record

    rec = shared_gold_record("augov_03")
    doc = extract(rec["text"], published=rec["published"])
    names = {n for o in doc.organisations for n in (o.name, *o.aliases)}
    assert "Parliament" in names  # "tabling in Parliament"
    # "a landmark Digital Economy Agreement (DEA)", then "a new Digital Economy chapter"
    assert not {"DEA", "Digital Economy", "Digital Economy Agreement"} & names
    rec = shared_gold_record("augov_02")
    doc = extract(rec["text"], published=rec["published"])
    assert "Australian Government" in {n for o in doc.organisations for n in (o.name, *o.aliases)}


def test_quoted_themes_and_a_bodys_services_are_not_bodies(extract):
    from tests.conftest import sentence_with, shared_gold_record

    rec = shared_gold_record("newswire_02")
    doc = extract(sentence_with(rec["text"], "Future Skills"), published=rec["published"])
    assert not any("Future Skills" in n or "AI Economy" in n for n in by_name(doc))
    rec = shared_gold_record("govuk_02")
    doc = extract(sentence_with(rec["text"], "NHS Health Checks"), published=rec["published"])
    assert set(by_name(doc)) == {"NHS"}


def test_a_place_and_an_acronym_for_a_named_task_force_join_it(extract):
    from tests.conftest import shared_gold_record

    # "... by the FBI Raleigh-Durham Joint Terrorism Task Force, ..." and "the Raleigh FBI JTTF"
    rec = shared_gold_record("doj_10")
    doc = extract(rec["text"], published=rec["published"])
    jttf = by_name(doc)["FBI Raleigh-Durham Joint Terrorism Task Force"]
    assert "Raleigh FBI JTTF" in jttf.aliases
    assert "Raleigh FBI JTTF" not in by_name(doc)


def test_a_numbered_congress_is_an_event_but_congress_is_a_body(extract):
    from tests.conftest import sentence_with, shared_doj_paragraph, shared_gold_record

    # "The 3rd UNESCO World OER Congress will be held for the very first time ..."
    rec = shared_gold_record("newswire_02")
    doc = extract(sentence_with(rec["text"], "OER Congress"), published=rec["published"])
    assert not any("Congress" in n for n in by_name(doc))
    # "Avant has been the Chief of Staff for a member of Congress."
    text, date = shared_doj_paragraph("doj-opa-00719", "member of Congress")
    assert "Congress" in by_name(extract(text, published=date))


def test_a_body_named_after_a_person_keeps_the_name_particles(extract):
    from tests.conftest import sentence_with, shared_gold_record

    # "... the Mohammed bin Rashid Al Maktoum Knowledge Foundation (MBRF) and the United
    # Nations Development Program (UNDP) announced ..."
    rec = shared_gold_record("newswire_02")
    doc = extract(sentence_with(rec["text"], "Under the patronage"), published=rec["published"])
    mbrf = by_name(doc)["Mohammed bin Rashid Al Maktoum Knowledge Foundation"]
    assert mbrf.acronym == "MBRF"


def test_a_forum_spoken_at_is_an_event(extract):
    from tests.conftest import shared_doj_paragraph

    # "WASHINGTON, D.C. Speaking at the European Offenders Employment Forum today, Attorney
    # General Eric Holder announced ..."
    text, date = shared_doj_paragraph("doj-opa-10640", "Speaking at the European Offenders")
    assert not any("Forum" in n for n in by_name(extract(text, published=date)))


def test_an_abbreviated_state_is_a_place(extract):
    from tests.conftest import sentence_with, shared_gold_record

    # "Office of the Hon Karen Andrews MP, Member for McPherson, Varsity Lakes, QLD"
    rec = shared_gold_record("augov_02")
    doc = extract(sentence_with(rec["text"], "Varsity Lakes, QLD"), published=rec["published"])
    assert "QLD" not in by_name(doc)


def test_a_name_in_apposition_with_a_kind_of_body_is_a_body(extract):
    from tests.conftest import sentence_with, shared_doj_paragraph, shared_gold_record

    # "Oravel Stays, the parent company of the global travel technology company OYO, ..."
    rec = shared_gold_record("newswire_01")
    doc = extract(sentence_with(rec["text"], "Oravel Stays, the parent"), rec["published"])
    assert "Oravel Stays" in by_name(doc)
    # "... caramel coloring manufacturer" after "D.D. Williamson," (doj-opa-11963)
    text, date = shared_doj_paragraph("doj-opa-11963", "Williamson, a caramel")
    assert "D.D. Williamson" in by_name(extract(text, published=date))
    # but "charged Douglas E. Ritter, the company president" names a person, and
    # "Jonathan Hightower, a civilian employee of a military contractor" too
    text, date = shared_doj_paragraph("doj-opa-12346", "Ritter, the company president")
    assert not any("Ritter" in n for n in by_name(extract(text, published=date)))
    text, date = shared_doj_paragraph("doj-opa-06631", "Jonathan Hightower, a civilian")
    assert not any("Hightower" in n for n in by_name(extract(text, published=date)))


def test_a_construction_switched_off_in_the_config_stops_applying(extract):
    from extract.pipeline import build_pipeline
    from tests.conftest import shared_doj_paragraph

    # "... between the Departments of Justice, Homeland Security and State."
    text, date = shared_doj_paragraph("doj-opa-12273", "Departments of Justice, Homeland")
    assert "Department of Homeland Security" in by_name(extract(text, published=date))
    nlp = build_pipeline(off=["list-sharing-plural-head"])
    assert nlp.get_pipe("news_organisations").off == ("list-sharing-plural-head",)
    doc = nlp.make_doc(text)
    doc._.published = date
    names = {o["name"] for o in nlp(doc)._.organisations}
    assert "Department of Homeland Security" not in names


def test_switching_off_a_filter_lets_through_what_it_ruled_out(extract):
    text = "The Secretariat of the Pacific Water Initiative will meet in Suva."
    assert "Pacific Water Initiative" in by_name(extract(text))
    with switched_off(["unnamed-unit-of-body"]):
        names = set(by_name(extract(text)))
    assert "Secretariat of the Pacific Water Initiative" in names


def test_only_organisation_constructions_can_be_switched_off_here(monkeypatch):
    from extract.components.organisations import OrganisationsComponent

    with pytest.raises(ValueError, match="no-such-rule"):
        OrganisationsComponent(True, ["no-such-rule"])
    monkeypatch.setitem(REGISTRY, "some-people-rule",
                        Construction("some-people-rule", "people", "candidate", "x", (), "t"))
    with pytest.raises(ValueError, match="some-people-rule"):
        OrganisationsComponent(True, ["some-people-rule"])
    assert OrganisationsComponent(True, ["head-noun-phrase"]).off == ("head-noun-phrase",)


def test_a_unit_named_with_its_bodys_possessive_has_that_parent(extract):
    text = "The FBI led the inquiry. This investigation was conducted by the FBI's Washington " \
           "Field Office."
    office = by_name(extract(text))["FBI's Washington Field Office"]
    assert office.parent_id == by_name(extract(text))["FBI"].id
    with switched_off(["parent-of-unit"]):
        assert by_name(extract(text))["FBI's Washington Field Office"].parent_id is None


def test_a_list_of_companies_with_legal_suffixes_is_one_body_per_item(extract):
    text = paragraph(shared_doj_release("doj-opa-12636")["text"], "Point Blank Body Armor Inc.")
    names = set(by_name(extract(text)))
    assert {"Point Blank Body Armor Inc.", "Gator Hawk Armor Inc."} <= names
    assert not any(" and " in n for n in names), names


def test_a_list_of_agencies_with_their_own_heads_is_one_body_per_item(extract):
    names = set(by_name(extract(
        "The briefing was given to the Department of State, National Security Council and "
        "Intelligence Community.")))
    assert {"Department of State", "National Security Council"} <= names
    assert not any("," in n for n in names), names


@pytest.mark.parametrize("doc_id, acronym", [("doj-opa-12535", "EITC"), ("doj-opa-12584", "LNG"),
                                             ("doj-opa-12680", "DME")])
def test_an_acronym_defined_for_lower_case_words_is_a_thing(extract, doc_id, acronym):
    # "the earned income tax credit (EITC)", "liquefied natural gas (LNG)": no body.
    rec = shared_doj_release(doc_id)
    doc = extract(paragraph(rec["text"], f"({acronym})"), published=rec["date"])
    assert not any(acronym in [o.name, *o.aliases] for o in doc.organisations)


def test_a_roman_numeral_and_a_credential_are_no_bodies(extract):
    rec = shared_doj_release("doj-opa-12673")
    doc = extract(paragraph(rec["text"], "Title VII"), published=rec["date"])
    assert "VII" not in by_name(doc)
    names = set(by_name(extract(
        "Jane Doe holds a ChFC and a CFA, and joined Acme Finance Corporation in 2019.")))
    assert "Acme Finance Corporation" in names
    assert not {"ChFC", "CFA"} & names


@pytest.mark.parametrize("doc_id, needle, thing", [
    ("doj-opa-11470", "National Summit on Health Care Fraud", "Summit on Health Care Fraud"),
    ("doj-opa-11398", "The Federal Register", "Federal Register")])
def test_an_event_or_a_gazette_is_no_body(extract, doc_id, needle, thing):
    rec = shared_doj_release(doc_id)
    doc = extract(paragraph(rec["text"], needle), published=rec["date"])
    assert not any(thing in o.name for o in doc.organisations), by_name(doc)


def test_an_acronym_defined_for_a_treaty_named_with_a_complement_is_no_body(extract):
    rec = shared_doj_release("doj-opa-12572")
    doc = extract(paragraph(rec["text"], "(CITES)"), published=rec["date"])
    assert not any("CITES" in [o.name, *o.aliases] for o in doc.organisations), by_name(doc)


@pytest.mark.parametrize("doc_id, needle, name, acronym", [
    ("doj-opa-12282", "(DoD)", "Department of Defense", "DoD"),
    ("doj-opa-12641", "(FBI)", "Federal Bureau of Investigation", "FBI"),
])
def test_a_name_the_tagger_cut_inside_its_acronym_brackets_ends_before_them(
        extract, doc_id, needle, name, acronym):
    # spaCy tags "the Department of Defense (DoD" as one ORG entity: the name ends before "(".
    rec = shared_doj_release(doc_id)
    doc = extract(paragraph(rec["text"], needle), published=rec["date"])
    assert not any("(" in form for o in doc.organisations for form in (o.name, *o.aliases))
    assert by_name(doc)[name].acronym == acronym


def test_a_company_named_without_its_legal_suffix_is_the_same_body(extract):
    # "... a settlement with NetApp Inc. and NetApp U.S. Public Sector Inc. ... NetApp has
    # agreed to pay": the later "NetApp" is the company, not a second body.
    rec = shared_doj_release("doj-opa-12366")
    doc = extract(rec["text"], published=rec["date"])
    names = by_name(doc)
    assert "NetApp" not in names
    netapp = names["NetApp Inc."]
    assert "NetApp" in netapp.aliases and len(netapp.mentions) > 1


def test_a_serial_comma_list_of_companies_is_one_body_each(extract):
    # "... LAN Cargo S.A., Aerolinhas Brasileiras S.A., and EL AL Israel Airlines Ltd. ..."
    doc = _orgs_of(extract, "doj-opa-12393", "Aerolinhas Brasileiras S.A., and")
    names = by_name(doc)
    assert {"LAN Cargo S.A.", "Aerolinhas Brasileiras S.A.", "EL AL Israel Airlines Ltd."} \
        <= set(names)
    assert not any(", and " in n for n in names)


def test_a_proper_name_after_a_firm_noun_is_a_body(extract):
    # "... after it purchased the brokerage firm Paine Webber, UBS voluntarily entered ..."
    doc = _orgs_of(extract, "doj-opa-12563", "brokerage firm Paine Webber")
    assert "Paine Webber" in by_name(doc)


def test_a_unit_joined_to_its_bodys_acronym_by_a_hyphen_is_a_body(extract):
    # "The case was investigated by special agents of IRS-Criminal Investigation." and a line
    # opening with "IRS-Criminal Investigation agents investigated ...": no dateline's dash.
    for doc_id, needle in (("doj-opa-04905", "special agents of IRS-Criminal Investigation"),
                           ("doj-opa-09701", "IRS-Criminal Investigation agents")):
        doc = _orgs_of(extract, doc_id, needle)
        assert "IRS-Criminal Investigation" in by_name(doc), doc_id
        assert "Criminal Investigation" not in by_name(doc)


def test_a_date_after_on_ends_a_courts_name(extract):
    # "... unsealed by the U.S. District Court for the Southern District of Florida on June 19,
    # 2009, ..."
    doc = _orgs_of(extract, "doj-opa-11895", "Southern District of Florida on June")
    names = by_name(doc)
    assert "U.S. District Court for the Southern District of Florida" in names
    assert not any(n.endswith(" on June") for n in names)


def test_trial_attorneys_before_names_are_a_title_not_a_body(extract):
    # "The case was prosecuted by Trial Attorneys Blanca Quintero and Alexander F. Porter of
    # the Criminal Divisions Fraud Section."
    doc = _orgs_of(extract, "doj-opa-04044", "Trial Attorneys Blanca Quintero")
    assert not any("Trial Attorneys" in n for n in by_name(doc))
    assert {"Blanca Quintero", "Alexander F. Porter"} <= {p.name for p in doc.people}


def test_a_trade_name_is_another_name_of_the_company(extract):
    # "... Calan Pharmacy & Discount Service LLC (Calan Pharmacy) and Bertyann Corp., doing
    # business as Best Pharmacy, two pharmacies located in Miami-Dade County ..."
    doc = _orgs_of(extract, "doj-opa-02288", "doing business as Best Pharmacy")
    names = by_name(doc)
    assert "Best Pharmacy" not in names
    assert "Best Pharmacy" in names["Bertyann Corp."].aliases


def test_a_name_that_goes_on_with_and_al_is_whole(extract):
    # "... material support to the Islamic State of Iraq and al-Sham (ISIS), a designated
    # foreign terrorist organization."
    doc = _orgs_of(extract, "doj-opa-01434", "Iraq and al-Sham (ISIS)")
    names = by_name(doc)
    assert names["Islamic State of Iraq and al-Sham"].acronym == "ISIS"
    assert "Islamic State of Iraq" not in names


def test_the_owners_unit_inside_a_sections_name_is_a_body(extract):
    # "The case is being prosecuted by the Environmental Crimes Section of the Justice
    # Departments Environment and Natural Resources Division."
    doc = _orgs_of(extract, "doj-opa-05473", "Environmental Crimes Section of the Justice")
    names = by_name(doc)
    middle = names["Justice Departments Environment and Natural Resources Division"]
    section = next(o for o in doc.organisations if o.name.startswith("Environmental Crimes"))
    assert section.parent_id == middle.id


def test_a_body_the_tagger_cut_at_and_runs_on_to_its_acronym(extract):
    # "Special Agent in Charge Brian M. Moskowitz of U.S. Immigration and Customs Enforcement
    # (ICE) ..." (entity-cut-at-and): the tagger's "U.S. Immigration" is half a name
    text, date = shared_doj_paragraph("doj-opa-07513", "Moskowitz")
    doc = extract(text, published=date)
    names = {o.name for o in doc.organisations}
    assert "U.S. Immigration and Customs Enforcement" in names, names
    assert "U.S. Immigration" not in names


def test_a_name_the_tagger_cuts_at_and_goes_on_without_an_acronym(extract):
    # "... includes U.S. Customs and Border Protection, U.S. Immigration and Customs
    # Enforcement, the Federal Air Marshal Service, and ..." (no "(ICE)" to spell it)
    text, date = shared_doj_paragraph("doj-opa-11547", "U.S. Immigration and Customs")
    names = {o.name for o in extract(text, published=date).organisations}
    assert "U.S. Immigration and Customs Enforcement" in names
    assert "U.S. Immigration" not in names
