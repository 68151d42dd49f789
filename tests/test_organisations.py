"""Organisations on the seed and DOJ releases: whole names, acronyms, merged forms."""
from tests.conftest import doj_release


def by_name(doc):
    return {o.name: o for o in doc.organisations}


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
