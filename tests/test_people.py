"""People: honorifics stripped and kept, short mentions merged, no organisations."""
from tests.conftest import doj_release


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
