"""Planned actions: triggers and exclusions on real sentences, the extent of an action's text,
and the registry of action constructions (each needed by its examples, switched off by name)."""
import pytest

from extract.components.actions import ActionsComponent
from extract.constructions import REGISTRY, Construction, check, of_kind, switched_off
from tests.conftest import (
    doj_release,
    sentence,
    sentence_with,
    shared_doj_paragraph,
    shared_doj_release,
)


def actions(doc):
    names = {p.id: p.name for p in doc.people} | {o.id: o.name for o in doc.organisations}
    return [(a.text, a.trigger, a.modality, names.get(a.actor_id),
             time.text if (time := doc.time_of(a)) else None) for a in doc.actions]


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
    # A ", which will help to ..." clause states an effect.
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
    # "The primary purpose of ... was to ...": a past aim.
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

    # "... workshops that will explore ...": what the event will do.
    text, date = shared_doj_paragraph("doj-opa-11683", "workshops that will explore")
    found = actions(extract(text, date))
    assert any(a[0].startswith("explore competition and regulatory issues") for a in found), found


def test_forecasts_about_a_population_and_continuing_events_are_not_actions(extract):
    from tests.conftest import shared_gold_record

    # "<N> percent of ... will eventually be released": a forecast about a population.
    rec = shared_gold_record("doj_07")
    found = actions(extract(sentence_with(rec["text"], "Ninety-five percent"), rec["published"]))
    assert not any(a[0].startswith(("be released", "return to")) for a in found), found
    # "... will continue to happen": a continuing event.
    rec = shared_gold_record("augov_02")
    found = actions(extract(sentence_with(rec["text"], "continue to happen"), rec["published"]))
    assert not any("happen" in a[0] for a in found), found


def test_survey_answers_adjective_complements_and_effects_of_this_are_not_actions(extract):
    from tests.conftest import shared_doj_paragraph, shared_gold_record

    # "<N> per cent said they would use ...": a survey answer.
    rec = shared_gold_record("govuk_01")
    found = actions(extract(sentence_with(rec["text"], "67 per cent said"), rec["published"]))
    assert not any(a[0].startswith("use") for a in found), found
    # "how hard it is to change ...": an adjective's complement.
    rec = shared_gold_record("govuk_02")
    found = actions(extract(sentence_with(rec["text"], "how hard it is to"), rec["published"]))
    assert not any(a[0].startswith("change the habits") for a in found), found
    # "It is illegal to import parts of the narwhal into the United States ..."
    text, date = shared_doj_paragraph("doj-opa-04868", "It is illegal to import")
    assert not any(a[0].startswith("import") for a in actions(extract(text, date)))
    # "This is expected to strengthen ...": an effect of what was just said.
    rec = shared_gold_record("newswire_01")
    found = actions(extract(sentence_with(rec["text"], "This is expected to"), rec["published"]))
    assert not any(a[0].startswith("strengthen") for a in found), found


def test_look_at_and_have_an_opportunity_are_actions_but_not_in_a_purpose_clause(extract):
    from tests.conftest import shared_doj_paragraph, shared_gold_record

    rec = shared_gold_record("doj_04")
    # "This workshop will look at ...": doing something, not an effect.
    found = actions(extract(sentence_with(rec["text"], "This workshop will look at"),
                            rec["published"]))
    assert any(a[0].startswith("look at the discrepancies") for a in found), found
    # "... the public will have an opportunity to ask questions".
    found = actions(extract(sentence_with(rec["text"], "the public will have an opportunity"),
                            rec["published"]))
    assert any(a[0].startswith("have an opportunity to ask questions") for a in found), found
    # "... fair housing laws that protect the rights of families with children so that
    # families will have full opportunity to find housing as the law requires."
    text, date = shared_doj_paragraph("doj-opa-09060", "so that families will have")
    found = actions(extract(text, date))
    assert not any(a[0].startswith("have full opportunity") for a in found), found


@pytest.mark.parametrize("text, published, expected", [
    # A finite side clause is not the action; a clause that says when is.
    (("\"As the investigation continues, the United States will continue to vigorously pursue "
     "new leads and evidence as they are uncovered,\" said Jeffrey H. Smith."), "2009-07-28",
     # the speaker speaks for the country (actor-country-of-speaker)
     ("continue to vigorously pursue new leads and evidence", "Jeffrey H. Smith")),
    ("The agency will keep the files sealed until after the trial has ended.", None,
     ("keep the files sealed until after the trial has ended", None)),
    # A purpose or reason clause deeper down ends the action.
    (("The Justice Department will continue to evaluate the use of solitary confinement so "
     "that it does not become a new normal for incarcerated juveniles."), "2014-05-21",
     ("continue to evaluate the use of solitary confinement", "Justice Department")),
    # A ", which ..." comment ends it; a closing "on <date>" is its time, not its text.
    ("The Department will file a motion to dismiss, which the court must approve.", None,
     ("file a motion to dismiss", None)),
    ("The Board will vote on the proposal on March 3, 2010.", "2010-01-15",
     ("vote on the proposal", None, "March 3, 2010")),
    # Auxiliaries of the action stay ("be sentenced"), an adverb before the verb goes.
    ("Smith is scheduled to be sentenced on June 5, 2013.", "2013-01-10",
     ("be sentenced", "Smith", "June 5, 2013")),
])
def test_the_extent_of_an_action(extract, text, published, expected):
    from extract.constructions import facts

    found = facts(extract(text, published=published))["actions"]
    assert any(f[:len(expected)] == expected for f in found), found


ACTION_CONSTRUCTIONS = sorted(of_kind("actions"), key=lambda c: c.name)


@pytest.mark.parametrize("construction", ACTION_CONSTRUCTIONS, ids=lambda c: c.name)
def test_each_action_construction_is_needed_by_one_of_its_examples(rules_extract, construction):
    """Switched off, a construction changes what one of its examples finds: no construction
    is declared with examples that would pass without it (in the rule wing alone: a veto's
    example may also be dropped by the modality classifier)."""
    with switched_off([construction.name]):
        failing = [e for e in construction.examples
                   if check(e, rules_extract(e.text, published=e.published))]
    assert failing, f"{construction.name}: its examples pass without it"


def test_the_component_leaves_out_what_its_config_switches_off(nlp):
    doc = nlp("The company will also pay a $12 million civil penalty, and it plans to hire an "
              "independent monitor.")
    assert len(doc._.actions) == 2
    ActionsComponent(nlp, ["future-auxiliary"])(doc)
    assert [a["text"] for a in doc._.actions] == ["hire an independent monitor"]
    assert [s.text for s in doc.spans["actions"]] == ["hire an independent monitor"]


def test_the_off_list_is_a_config_setting_of_the_factory():
    import spacy

    blank = spacy.blank("en")
    pipe = blank.add_pipe("news_actions", config={"off": ["wish-words", "restated-headline"]})
    assert pipe.off == ("wish-words", "restated-headline")


def test_switching_off_an_unknown_or_another_kinds_construction_is_an_error(nlp, monkeypatch):
    with pytest.raises(ValueError, match="unknown construction"):
        ActionsComponent(nlp, ["no-such-construction"])
    other = Construction("some-date-rule", "dates", "rule", "a date rule", (), __name__)
    monkeypatch.setitem(REGISTRY, other.name, other)
    with pytest.raises(ValueError, match="not of actions"):
        ActionsComponent(nlp, [other.name])


def test_a_title_phrase_takes_the_person_named_with_that_title(extract):
    # "the President ordered the Attorney General to lead ...": the Attorney General is the
    # one named earlier in the release, not nobody.
    rec = shared_doj_release("doj-opa-12522")
    found = actions(extract(rec["text"], published=rec["date"]))
    lead = [a for a in found if a[0].startswith("lead an interagency review")]
    assert lead and lead[0][3] == "Eric Holder", found


def test_a_title_phrase_is_not_a_longer_title(extract):
    # "the Attorney General" is not the "Acting Assistant Attorney General" the release names.
    # The release's own "CRIPA, which authorizes the Attorney General to investigate ..." is a
    # statute's standing power (capability-not-planned), so the probe is a plan added after it.
    rec = shared_doj_release("doj-opa-12647")
    text = rec["text"] + ("\n\nThe Attorney General will investigate and root out systemic "
                          "deficiencies in care at the homes.")
    doc = extract(text, published=rec["date"])
    assert any(r.title == "Acting Assistant Attorney General" for r in doc.roles)
    found = actions(doc)
    probe = [a for a in found if a[0].startswith("investigate and root out")]
    assert probe and probe[0][3] is None, found


def test_i_in_a_quote_is_its_speaker(extract):
    # "I am committed to ..." is a standing stance (`committed-stance`), switched off here: the
    # test is about whom "I" names.
    rec = shared_doj_release("doj-opa-12560")
    text = sentence_with(rec["text"], "As Commissioner, I am committed")
    with switched_off(["committed-stance"]):
        found = actions(extract(text, published=rec["date"]))
    assert any(a[0].startswith("bringing to bear the full arsenal") and a[3] == "Doug Shulman"
               for a in found), found


def test_i_in_a_statement_is_the_person_of_the_header(extract):
    text = ("SENATOR THE HON JANE SMITH Minister for Trade\n\nMEDIA RELEASE\n\n"
            "TRADE VISIT TO JAPAN\n\nOn Sunday I will travel to Japan to meet my counterpart.")
    found = actions(extract(text, published="2020-10-01"))
    assert [a[3] for a in found if a[0].startswith("travel to Japan")] == ["JANE SMITH"], found
    # Without a person in the first line, "I" stays unresolved rather than guessed.
    found = actions(extract("TRADE VISIT TO JAPAN\n\nOn Sunday I will travel to Japan.",
                            published="2020-10-01"))
    assert [a[3] for a in found if a[0].startswith("travel to Japan")] == [None], found


def test_what_a_settlement_requires_is_an_agreed_action(extract):
    rec = shared_doj_release("doj-opa-12612")
    text = sentence(rec["text"], "The settlement also requires the city to correct")
    found = actions(extract(text, published=rec["date"]))
    assert any(a[0].startswith("correct its employment records") and a[2] == "agreed"
               for a in found), found


def test_a_statutes_standing_duty_and_a_past_requirement_are_not_actions(extract):
    for doc_id, needle in [("doj-opa-12671", "The Clean Air Act requires major sources"),
                           ("doj-opa-12442", "Sikorsky was required to install")]:
        rec = shared_doj_release(doc_id)
        text = sentence(rec["text"], needle)
        assert actions(extract(text, published=rec["date"])) == [], text


def test_an_impact_of_a_thing_is_not_an_action_and_the_same_verb_of_a_party_is(rules_extract):
    # One release, one verb: the settlement "will improve air quality" (an effect), a company
    # "will improve chemical processing equipment" (what it agreed to do). The rule wing's
    # decision (the classifier, on top, scores the company's plan near its threshold).
    extract = rules_extract
    rec = shared_doj_release("doj-opa-12671")
    effect = sentence(rec["text"], "settlement will improve air quality")
    assert not any(a[0].startswith("improve") for a in actions(
        extract(effect, published=rec["date"]))), effect
    done = sentence(rec["text"], "Marsulex will improve chemical processing")
    found = actions(extract(done, published=rec["date"]))
    assert any(a[0].startswith("improve chemical processing equipment") for a in found), found
    # "the investment in technology will reduce air pollution": a thing's impact again.
    rec = shared_doj_release("doj-opa-12355")
    text = sentence(rec["text"], "investment in technology will reduce")
    assert not any(a[0].startswith("reduce") for a in actions(
        extract(text, published=rec["date"]))), text


def test_eligibility_is_a_state_not_an_action(extract):
    # "will be eligible for ..." says what someone may get, not what anyone will do.
    for doc_id, needle in [("doj-opa-06632", "will be eligible for non-prosecution"),
                           ("doj-opa-05970", "These families will be eligible")]:
        rec = shared_doj_release(doc_id)
        text = sentence(rec["text"], needle)
        found = actions(extract(text, published=rec["date"]))
        assert not any(a[0].startswith("be eligible") for a in found), found


def test_an_action_inside_a_longer_one_is_listed_once(extract):
    # "... the risk that counterfeit ... drugs will be sold to them": the clause is inside the
    # longer action of the same sentence, not a second action.
    rec = shared_doj_release("doj-opa-04687")
    text = sentence(rec["text"], "will be sold to them")
    found = actions(extract(text, published=rec["date"]))
    assert found and not any(a[0] == "be sold to them" for a in found), found
    # The plan, not the criminals' aim inside it ("those who seek to deny ...").
    rec = shared_doj_release("doj-opa-12307")
    text = sentence(rec["text"], "seek to deny the military")
    found = [a[0] for a in actions(extract(text, published=rec["date"]))]
    assert any(a.startswith("prosecute those who seek to deny") for a in found), found
    assert "deny the military competitive bids" not in found, found


def test_an_action_does_not_end_in_a_conjunction(extract):
    for doc_id, needle in [("doj-opa-12211", "will watch and record activities"),
                           ("doj-opa-12345", "will oversee economic analysis")]:
        rec = shared_doj_release(doc_id)
        text = sentence(rec["text"], needle)
        found = actions(extract(text, published=rec["date"]))
        assert found, text
        assert not any(a[0].split()[-1] in ("and", "or", "but") for a in found), found
def test_a_media_advisory_event_block_is_a_scheduled_event_timed_by_its_when_line(extract):
    # The DOJ advisory format (invented content): a body paragraph, then event blocks, each an
    # ALL-CAPS heading with WHO / WHEN / WHERE lines. The heading restates the body's plan in
    # capitals and is an action of its own; a label line in capitals is no heading.
    text = ("MEDIA ADVISORY\n\nThe Attorney General will attend a roundtable on victims' "
            "rights at the federal courthouse on MONDAY, SEPT. 12.\n\n"
            "ROUNDTABLE ON VICTIMS' RIGHTS AT THE FEDERAL COURTHOUSE\n\n"
            "WHO: Attorney General\n\nUnited States Attorney\n\n"
            "WHEN: MONDAY, SEPTEMBER 12, 2016\n\n10:00 a.m. EDT\n\n"
            "WHERE: Federal Courthouse\n\nOPEN PRESS\n\n"
            "PRESS AVAILABILITY WITH THE UNITED STATES ATTORNEY\n\n"
            "WHEN: TUESDAY, SEPTEMBER 13, 2016\n\nWHERE: Main Justice")
    found = actions(extract(text, published="2016-09-09"))
    assert ("ROUNDTABLE ON VICTIMS' RIGHTS AT THE FEDERAL COURTHOUSE", "WHEN:", "scheduled",
            None, "MONDAY, SEPTEMBER 12, 2016") in found
    assert ("PRESS AVAILABILITY WITH THE UNITED STATES ATTORNEY", "WHEN:", "scheduled", None,
            "TUESDAY, SEPTEMBER 13, 2016") in found
    assert any(a[0].startswith("attend a roundtable") for a in found)
    assert not any(a[0] in ("OPEN PRESS", "MEDIA ADVISORY") for a in found)


def test_a_court_event_scheduled_for_a_date_is_timed_by_that_date(extract):
    """Real DOJ sentences: the scheduled event is the action, its date the time, and a party
    scheduled for it ("are scheduled for sentencing on ...") its actor."""
    rec = shared_doj_release("doj-opa-12679")
    text = sentence(rec["text"], "At sentencing, scheduled for")
    found = actions(extract(text, published=rec["date"]))
    assert [(a[0], a[2], a[3], a[4]) for a in found] == [
        ("sentencing", "scheduled", None, "July 20, 2009")], found
    rec = shared_doj_release("doj-opa-12472")
    found = actions(extract(rec["text"], published=rec["date"]))
    assert [(a[0], a[3], a[4]) for a in found if a[2] == "scheduled"] == [
        ("arraignment", "Phillip Windom Offill", "Friday, March 27, 2009")], found


def test_a_split_hyphenated_subject_and_a_past_date_are_no_scheduled_event(extract):
    rec = shared_doj_release("doj-opa-12629")
    text = sentence(rec["text"], "co-defendants in the case are scheduled for trial")
    found = [a[0] for a in actions(extract(text, published=rec["date"]))]
    assert found == ["trial"], found
    rec = shared_doj_release("doj-opa-12686")
    text = sentence(rec["text"], "currently scheduled for a December 2008 trial")
    assert actions(extract(text, published=rec["date"])) == []


def test_a_relative_clause_on_a_named_body_is_what_it_will_do(extract):
    rec = shared_doj_release("doj-opa-12217")
    text = sentence(rec["text"], "that will marshal the resources")
    found = actions(extract(text, published=rec["date"]))
    probe = [a for a in found if a[0].startswith("marshal the resources")]
    assert probe and probe[0][3] and "Operations Center" in probe[0][3], found


def test_what_a_settlement_that_requires_x_to_binds_x_to_is_an_action(extract):
    rec = shared_doj_release("doj-opa-12299")
    text = sentence_with(rec["text"], "that requires CMLS to change its rules")
    found = actions(extract(text, published=rec["date"]))
    assert any(a[0].startswith("change its rules") and a[2] == "agreed" for a in found), found


def test_a_date_followed_by_the_rest_of_a_schedule_ends_the_action(extract):
    rec = shared_doj_release("doj-opa-12585")
    text = sentence(rec["text"], "scheduled to be sentenced on March 13")
    found = actions(extract(text, published=rec["date"]))
    assert [a[0] for a in found] == ["be sentenced"], found
    rec = shared_doj_release("doj-opa-12500")
    text = sentence(rec["text"], "will be sentenced by the Honorable")
    found = actions(extract(text, published=rec["date"]))
    assert [a[0] for a in found] == ["be sentenced by the Honorable Ellen Bree Burns"], found


def test_a_time_expression_times_a_plan_on_real_text(extract):
    # "... the department plans to announce their initial report in the coming weeks": no
    # calendar date anchors it, so its time is the time expression, and the text stops before it.
    rec = shared_doj_release("doj-opa-04366")
    doc = extract(rec["text"], published=rec["date"])
    announce = [a for a in doc.actions if a.text.startswith("announce their initial report")]
    assert announce and announce[0].time_id is None, doc.actions
    assert announce[0].text == "announce their initial report"
    assert doc.time_of(announce[0]).text == "the coming weeks"
    # a plan without such a phrase gets none
    assert all(doc.time_of(a) is None for a in doc.actions if a is not announce[0])


def test_a_plan_before_a_colon_list_gives_each_listed_act(extract):
    # Round G: "the three countries plan to maximize ... by:" and five numbered gerund lines;
    # each line is a planned act of its own (colon-list-of-an-action).
    rec = shared_doj_release("doj-opa-00514")
    start = rec["text"].index("In particular, the three countries plan")
    end = rec["text"].find("\n", rec["text"].index("5.Developing"))
    end = end if end > 0 else len(rec["text"])
    found = actions(extract(rec["text"][start:end], published=rec["date"]))
    listed = [a for a in found if a[0][:2] in ("1.", "2.", "3.", "4.", "5.")]
    assert len(listed) == 5 and all(a[1] == "plan to" for a in listed), found
    with switched_off(["colon-list-of-an-action"]):
        found = actions(extract(rec["text"][start:end], published=rec["date"]))
    assert not [a for a in found if a[0][:2] in ("1.", "2.", "3.", "4.", "5.")], found


def test_a_standing_is_committed_to_is_no_plan(rules_extract):
    # Round G: a body that "is committed to" a standing aim states a stance (committed-stance);
    # the rule wing alone (the modality classifier would drop it too)
    extract = rules_extract
    rec = shared_doj_release("doj-opa-10349")
    text = sentence_with(rec["text"], "is committed to stopping workplace discrimination")
    assert not [a for a in actions(extract(text, published=rec["date"]))
                if a[0].startswith("stopping workplace discrimination")]
    with switched_off(["committed-stance"]):
        found = actions(extract(text, published=rec["date"]))
    assert [a for a in found if a[0].startswith("stopping workplace discrimination")], found


def test_a_judge_after_the_action_is_its_setting_not_its_text(extract):
    # "... will be sentenced on Nov. 6, 2009, by U.S. District Judge X" -> "be sentenced"
    # (judge-tail)
    text, date = shared_doj_paragraph("doj-opa-12483", "by U.S. District Judge")
    found = [a[0] for a in actions(extract(text, published=date))]
    assert "be sentenced" in found and not any("Judge" in t for t in found), found


def test_a_short_name_several_bodies_share_is_the_first_named(extract):
    # "Ally Financial Inc. and Ally Bank" ... "requires Ally to pay $18 million": Ally is the
    # first body of that name, not no one (actor-short-name-of-first-body)
    rec = shared_doj_release("doj-opa-06293")
    found = actions(extract(rec["text"], published=rec["date"]))
    assert any(a[0].startswith("pay $18 million") and a[3] == "Ally Financial Inc."
               for a in found), found


@pytest.mark.parametrize("doc_id, start, actor", [
    ("doj-opa-10349", "train its managers", "Collins Management Corporation"),
    ("doj-opa-09455", "convert existing", "Bollinger Shipyards Inc."),
])
def test_the_company_is_the_last_body_named_with_a_legal_form(extract, doc_id, start, actor):
    # "the company will ..." after agencies are named: the company is the last body whose name
    # ends in a legal form, not the last body named (actor-company-noun-legal-name)
    rec = shared_doj_release(doc_id)
    found = actions(extract(rec["text"], published=rec["date"]))
    assert any(a[0].startswith(start) and a[3] == actor for a in found), found


def test_a_country_in_a_quote_is_the_speakers(extract):
    # "..., said Assistant Attorney General X for the Division. The United States will pursue
    # all appropriate remedies ...": the speaker speaks for the country (actor-country-of-speaker)
    text, date = shared_doj_paragraph("doj-opa-03266", "The United States will pursue")
    found = actions(extract(text, published=date))
    assert any(a[0].startswith("pursue all appropriate remedies") and a[3] == "John C. Cruden"
               for a in found), found


def test_the_defendants_are_the_first_party_named(extract):
    # "a consent decree of permanent injunction against Triceutical Inc. and its president, X"
    # ... "the defendants agreed to settle the litigation and be bound by a consent decree":
    # the first party named, not no one (actor-the-defendants)
    rec = shared_doj_release("doj-opa-05617")
    found = actions(extract(rec["text"], published=rec["date"]))
    assert any(a[0] == "settle the litigation" and a[3] == "Triceutical Inc." for a in found), \
        found


def test_an_act_the_agreement_includes_is_the_first_partys(extract):
    # "International Paper Company ... The agreement requires the divestiture of ... mills":
    # the act of the first party named, not no one (actor-party-of-the-agreement)
    rec = shared_doj_release("doj-opa-08698")
    found = actions(extract(rec["text"], published=rec["date"]))
    assert any(a[0].startswith("divestiture of") and a[3] == "International Paper Company"
               for a in found), found


def test_a_surname_with_an_inner_capital_is_the_person(extract):
    # "Steven Keith VandeBrake ... VandeBrake has also agreed to pay a criminal fine of
    # $100,000": the person of that surname (surname-with-inner-capital)
    rec = shared_doj_release("doj-opa-11157")
    found = actions(extract(rec["text"], published=rec["date"]))
    assert any(a[0] == "pay a criminal fine of $100,000" and a[3] == "Steven Keith VandeBrake"
               for a in found), found


def test_a_quoted_we_is_the_body_the_sentence_names(extract):
    # "..., remains the highest priority of the National Security Division, and we will
    # continue to hold accountable ...": the body, not the speaker (actor-we-body-of-the-sentence)
    rec = shared_doj_release("doj-opa-03249")
    found = actions(extract(rec["text"], published=rec["date"]))
    assert any(a[0].startswith("continue to hold accountable")
               and a[3] == "National Security Division" for a in found), found


def test_both_is_the_first_person_named(extract):
    # "Depergola pleaded guilty and Valentini was convicted by a federal jury; they are both
    # scheduled to be sentenced on May 11": the first named (actor-both-first-named)
    rec = shared_doj_release("doj-opa-00043")
    found = actions(extract(rec["text"], published=rec["date"]))
    assert any(a[0] == "be sentenced" and a[3] == "Francesco Depergola" for a in found), found
def test_a_court_event_for_named_people_is_scheduled(extract):
    # "Sentencing for X is set for January 8, 2015." -> the event, not people scheduled
    # (event-of-named-people)
    text, date = shared_doj_paragraph("doj-opa-05280", "Sentencing for")
    found = [a[0] for a in actions(extract(text, published=date))]
    assert any(t == "Sentencing" for t in found), found  # scheduled-event-without-its-party


def test_a_bare_date_after_the_verb_is_the_time(extract):
    # "is scheduled to be sentenced Dec. 7, 2012." -> "be sentenced" (bare-closing-date)
    text, date = shared_doj_paragraph("doj-opa-07735", "to be sentenced Dec.")
    found = [(a[0], a[4]) for a in actions(extract(text, published=date))]
    assert ("be sentenced", "Dec. 7, 2012") in found, found


def test_recorded_speech_with_bracketed_insertions_states_no_plan(extract):
    # a defendant's text messages quoted with "[the victim]" insertions: "I will put a wire on
    # ..." is evidence, not a plan (bracketed-record-quote)
    rec = shared_doj_release("doj-opa-04909")
    found = [a[0] for a in actions(extract(rec["text"], published=rec["date"]))]
    assert not any("[" in t or t.startswith(("work my magic", "talk us into")) for t in found), \
        found


def test_coordinated_gerunds_in_a_list_line_are_actions_of_their_own(extract):
    # a settlement's list line "Surveying other facilities and programs and making
    # modifications wherever necessary ...;" holds two acts (gerund-item-conjuncts)
    rec = shared_doj_release("doj-opa-11107")
    found = [a[0] for a in actions(extract(rec["text"], published=rec["date"]))]
    assert "Surveying other facilities and programs" in found, found
    assert any(t.startswith("making modifications wherever necessary") for t in found), found


def test_a_schedule_to_act_on_a_past_date_is_no_plan(extract):
    # "X was scheduled to stand trial on May 14, 2014, ..., but when she failed to appear ..."
    # in a later release: an arrangement that has passed (past-dated-scheduled-to)
    text, date = shared_doj_paragraph("doj-opa-01951", "was scheduled to stand trial")
    found = [a[0] for a in actions(extract(text, published=date))]
    assert "stand trial" not in found, found


def test_remaining_vigilant_is_a_commitment(extract):
    # "The FBI ... will always remain vigilant and attack the corruption threat ...": a watch
    # kept up, not a state that lasts (watchful-stance)
    text, date = shared_doj_paragraph("doj-opa-03376", "will always remain vigilant")
    found = [a[0] for a in actions(extract(text, published=date))]
    assert "remain vigilant" in found, found


def test_a_scheduled_event_takes_the_date_its_for_introduces(extract):
    # "A's sentencing is scheduled for March 16; B's sentencing is scheduled for April 6.": the
    # second event's date is April 6, not the first date in the sentence
    # (schedule-preposition-date)
    text, date = shared_doj_paragraph("doj-opa-01635", "sentencing is scheduled for April 6")
    found = [(a[0], a[4]) for a in actions(extract(text, published=date))]
    assert ("Nelsons sentencing", "April 6") in found, found


def test_defendants_scheduled_for_trial_are_no_event(extract):
    # "There are three defendants scheduled for trial on ...": the party scheduled, not the
    # event (party-scheduled-for-event)
    text, date = shared_doj_paragraph("doj-opa-08038", "three defendants scheduled for trial")
    assert "three defendants" not in [a[0] for a in actions(extract(text, published=date))]
    with switched_off(["party-scheduled-for-event"]):
        found = actions(extract(text, published=date))
    assert "three defendants" in [a[0] for a in found], found


def test_a_decision_of_the_story_is_no_plan(extract):
    # "We are lucky he decided to reenter public service.": a past decision told of someone,
    # not a plan announced (past-decision-narrated)
    text, date = shared_doj_paragraph("doj-opa-01175", "he decided to reenter public service")
    assert not any(a[0].startswith("reenter public service")
                   for a in actions(extract(text, published=date)))
    with switched_off(["past-decision-narrated"]):
        found = actions(extract(text, published=date))
    assert any(a[0].startswith("reenter public service") for a in found), found
def test_a_generic_group_with_a_clause_names_no_actor(extract):
    # "employers like X, who willfully evade ..., will be prosecuted ...": the person named as
    # an example of the group is not its actor (actor-generic-group-with-clause)
    text, date = shared_doj_paragraph("doj-opa-03936", "who willfully evade their employment")
    found = [(a[0], a[3]) for a in actions(extract(text, published=date))]
    assert ("be prosecuted to the fullest extent", None) in found, found
    with switched_off(["actor-generic-group-with-clause"]):
        found = [(a[0], a[3]) for a in actions(extract(text, published=date))]
    assert ("be prosecuted to the fullest extent", None) not in found, found


def test_the_department_is_the_parent_its_unit_is_named_with(extract):
    # "The department will continue ..." after "the Justice Departments Civil Rights Division":
    # the department, not its division (actor-generic-noun-heads-the-name)
    rec = shared_doj_release("doj-opa-08883")
    found = [(a[0][:30], a[3]) for a in actions(extract(rec["text"], published=rec["date"]))]
    assert ("continue to use every tool in ", "Department of Justice") in found, found

    with switched_off(["actor-generic-noun-heads-the-name"]):
        found = [(a[0][:30], a[3]) for a in actions(extract(rec["text"], published=rec["date"]))]
    assert ("continue to use every tool in ", "Department of Justice") not in found, found


def test_this_office_is_the_speakers_office(extract):
    # "This office will continue to work closely with ..., said U.S. Attorney X": the U.S.
    # Attorney's office, not the FBI field office named before (actor-this-office-of-the-speaker)
    rec = shared_doj_release("doj-opa-10140")
    found = [(a[0][:30], a[3]) for a in actions(extract(rec["text"], published=rec["date"]))]
    assert ("continue to work closely with ", "U.S. Attorneys Office") in found, found
    with switched_off(["actor-this-office-of-the-speaker"]):
        found = [(a[0][:30], a[3]) for a in actions(extract(rec["text"], published=rec["date"]))]
    assert ("continue to work closely with ", "U.S. Attorneys Office") not in found, found
