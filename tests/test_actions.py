"""Planned actions: triggers and exclusions on real sentences."""
from tests.conftest import doj_release, sentence, sentence_with, shared_doj_release


def actions(doc):
    names = {p.id: p.name for p in doc.people} | {o.id: o.name for o in doc.organisations}
    dates = {d.id: d.text for d in doc.dates}
    return [(a.text, a.trigger, a.modality, names.get(a.actor_id), dates.get(a.time_id))
            for a in doc.actions]


def test_it_is_planned_to_takes_the_speakers_organisation_and_time(seed):
    found = actions(seed)
    plan = [a for a in found if a[0].startswith("continue work on the coordination")]
    assert plan, found
    text, trigger, modality, actor, time = plan[0]
    assert text == ("continue work on the coordination of the CBRN Regional Risk Action Plan "
                    "with partner countries in the region")
    assert trigger == "is planned to" and modality == "planned"
    assert actor == "Regional Secretariat for Central Asia"
    assert time == "2022"


def test_will_with_subject_actor(seed):
    found = actions(seed)
    pay = [a for a in found if a[0].startswith("pay much attention")]
    assert pay and pay[0][1] == "will" and pay[0][4] == "2022"


def test_predicted_effect_is_not_an_action(seed):
    # "..., which will help to strengthen the capacity of law enforcement agencies ..."
    assert not any(a[0].startswith(("help", "strengthen")) for a in actions(seed))


def test_will_continue_in_a_quote_has_the_organisation_as_actor(extract):
    rec = doj_release("doj-opa-11293")
    text = sentence_with(rec["text"], "will continue to aggressively prosecute")
    found = actions(extract(text, published=rec["date"]))
    assert any(a[0].startswith("continue to aggressively prosecute officers")
               and a[3] == "Civil Rights Division" for a in found), found


def test_completed_actions_are_not_actions(extract):
    rec = doj_release("doj-opa-11293")
    past = sentence(rec["text"], "were sentenced to 10 years")
    assert actions(extract(past, published=rec["date"])) == []


def test_conditionals_are_not_actions(extract):
    for doc_id, needle in [("doj-opa-12092", "If an alternative resolution is not reached"),
                           ("doj-opa-10961", "If Technip abides by the terms")]:
        rec = shared_doj_release(doc_id)
        text = sentence(rec["text"], needle)
        assert actions(extract(text, published=rec["date"])) == [], text


def test_what_is_being_discussed_is_a_considered_action(seed):
    found = actions(seed)
    courses = [a for a in found if a[0].startswith("conducting integrated courses")]
    assert courses, found
    assert courses[0][1] == "is also discussing the issue of"  # the trigger as written
    assert courses[0][2] == "considered"
    assert courses[0][3] == "Regional Secretariat for Central Asia"


def test_passive_action_takes_its_agent_as_actor(extract):
    from tests.conftest import shared_gold_record

    rec = shared_gold_record("doj_07")
    found = actions(extract(rec["text"], published=rec["published"]))
    awarded = [a for a in found if a[0].startswith("be awarded by")]
    assert awarded and awarded[0][3] is not None and "National Institute of Justice" in \
        awarded[0][3], found


def test_aims_past_purposes_and_counterfactuals_are_not_actions(extract):
    from tests.conftest import shared_doj_paragraph

    # "Our ultimate goal is to make certain that every Medicare dollar is used ..."
    text, date = shared_doj_paragraph("doj-opa-12440", "Our ultimate goal is to")
    assert not any(a[0].startswith("make certain") for a in actions(extract(text, date)))
    # "The primary purpose of the conspiracy was to suppress and eliminate ..."
    text, date = shared_doj_paragraph("doj-opa-10729", "purpose of the conspiracy was to")
    assert not any(a[0].startswith("suppress") for a in actions(extract(text, date)))
    # "... a system of which he would have destroyed."
    from tests.conftest import shared_gold_record

    rec = shared_gold_record("doj_10")
    text = sentence_with(rec["text"], "would have destroyed")
    assert not any("destroyed" in a[0] for a in actions(extract(text, rec["published"])))


def test_is_to_with_a_person_as_subject_is_still_an_action(extract):
    from tests.conftest import shared_doj_paragraph

    # "The role of the Antitrust Division is to protect competition ..." is an aim, but
    # "He is to be sentenced Sept. 7, 2012." is scheduled.
    text, date = shared_doj_paragraph("doj-opa-09197", "The role of the Antitrust Division")
    assert not any(a[0].startswith("protect competition") for a in actions(extract(text, date)))
    text, date = shared_doj_paragraph("doj-opa-07998", "He is to be sentenced")
    found = actions(extract(text, date))
    assert any(a[0].startswith("be sentenced") and a[4] == "Sept. 7, 2012" for a in found), found


def test_a_relative_clause_on_an_event_says_what_it_will_do(extract):
    from tests.conftest import shared_doj_paragraph

    # "... announced today the dates and locations of joint public workshops that will explore
    # competition and regulatory issues in the agriculture industry."
    text, date = shared_doj_paragraph("doj-opa-11683", "workshops that will explore")
    found = actions(extract(text, date))
    assert any(a[0].startswith("explore competition and regulatory issues") for a in found), found


def test_forecasts_about_a_population_and_continuing_events_are_not_actions(extract):
    from tests.conftest import shared_gold_record

    # "Ninety-five percent of all people incarcerated today will eventually be released and
    # will return to their communities."
    rec = shared_gold_record("doj_07")
    found = actions(extract(sentence_with(rec["text"], "Ninety-five percent"), rec["published"]))
    assert not any(a[0].startswith(("be released", "return to")) for a in found), found
    # "The reality is shocks and stresses like these will continue to happen, ..."
    rec = shared_gold_record("augov_02")
    found = actions(extract(sentence_with(rec["text"], "continue to happen"), rec["published"]))
    assert not any("happen" in a[0] for a in found), found


def test_survey_answers_adjective_complements_and_effects_of_this_are_not_actions(extract):
    from tests.conftest import shared_doj_paragraph, shared_gold_record

    # "67 per cent said they would use FRANK if they needed drug advice"
    rec = shared_gold_record("govuk_01")
    found = actions(extract(sentence_with(rec["text"], "67 per cent said"), rec["published"]))
    assert not any(a[0].startswith("use") for a in found), found
    # "We know how hard it is to change the habits of a lifetime ..."
    rec = shared_gold_record("govuk_02")
    found = actions(extract(sentence_with(rec["text"], "how hard it is to"), rec["published"]))
    assert not any(a[0].startswith("change the habits") for a in found), found
    # "It is illegal to import parts of the narwhal into the United States ..."
    text, date = shared_doj_paragraph("doj-opa-04868", "It is illegal to import")
    assert not any(a[0].startswith("import") for a in actions(extract(text, date)))
    # "This is expected to strengthen the brands' presence in key markets."
    rec = shared_gold_record("newswire_01")
    found = actions(extract(sentence_with(rec["text"], "This is expected to"), rec["published"]))
    assert not any(a[0].startswith("strengthen") for a in found), found


def test_look_at_and_have_an_opportunity_are_actions_but_not_in_a_purpose_clause(extract):
    from tests.conftest import shared_doj_paragraph, shared_gold_record

    rec = shared_gold_record("doj_04")
    # "This workshop will look at the discrepancies between the prices received by farmers
    # and the prices paid by consumers."
    found = actions(extract(sentence_with(rec["text"], "This workshop will look at"),
                            rec["published"]))
    assert any(a[0].startswith("look at the discrepancies") for a in found), found
    # "At each workshop, the public will have an opportunity to ask questions ..."
    found = actions(extract(sentence_with(rec["text"], "the public will have an opportunity"),
                            rec["published"]))
    assert any(a[0].startswith("have an opportunity to ask questions") for a in found), found
    # "... fair housing laws that protect the rights of families with children so that
    # families will have full opportunity to find housing as the law requires."
    text, date = shared_doj_paragraph("doj-opa-09060", "so that families will have")
    found = actions(extract(text, date))
    assert not any(a[0].startswith("have full opportunity") for a in found), found
