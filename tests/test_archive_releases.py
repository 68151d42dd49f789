"""Stop 31's constructions on real DOJ releases outside every annotated set (the archive in
../shared; skipped where it is absent): each case is one the construction changed, read
against the release's text."""
from __future__ import annotations

import pytest

from tests.conftest import shared_doj_release


def run(extract, doc_id):
    """The release as the fresh sets give it: its title, a blank line, its body."""
    rec = shared_doj_release(doc_id)
    return extract(f"{rec['title']}\n\n{rec['text']}", published=rec["date"])


def action_rows(doc):
    names = {p.id: p.name for p in doc.people} | {o.id: o.name for o in doc.organisations}
    return [(a.text, names.get(a.actor_id), t.text if (t := doc.time_of(a)) else None)
            for a in doc.actions]


@pytest.mark.parametrize("doc_id, name", [
    ("doj-opa-00296", "C.J. Porter"),        # glued-initials-before-surname
    ("doj-opa-09250", "T.S. Ellis"),
])
def test_a_name_with_glued_initials_is_a_person(extract, doc_id, name):
    assert name in [p.name for p in run(extract, doc_id).people]


@pytest.mark.parametrize("doc_id, false_name", [
    ("doj-opa-02176", "Allens co-conspirator"),  # possessive-without-apostrophe
    ("doj-opa-07976", "Marshs PIN"),
])
def test_a_possessive_without_its_apostrophe_is_no_person(extract, doc_id, false_name):
    assert false_name not in [p.name for p in run(extract, doc_id).people]


@pytest.mark.parametrize("doc_id, body, not_body", [
    ("doj-opa-01636", "Hoke County, North Carolina Sheriffs Office",  # county-comma-state-body
     "North Carolina Sheriffs Office"),
    ("doj-opa-03495", "Special Inspector General for Afghanistan Reconstruction", None),
    ("doj-opa-01536", "Fraud Section", "Former Fraud Section"),  # qualifier-of-title-before-body
    ("doj-opa-00296", "Medicare", None),  # billed-payer
])
def test_bodies_named_by_the_new_constructions(extract, doc_id, body, not_body):
    names = [o.name for o in run(extract, doc_id).organisations]
    assert body in names and not_body not in names, names


@pytest.mark.parametrize("doc_id, start", [
    ("doj-opa-03612", "cease directly or indirectly manufacturing"),  # court-order-terms
    ("doj-opa-06110", "pay a heavy price"),                           # pay-the-price
    ("doj-opa-05409", "lead to significant reductions"),              # leads-to-an-outcome
    ("doj-opa-03614", "Pay $9.25 Million"),                           # headline-act-restated
])
def test_what_states_no_plan_is_no_action(extract, doc_id, start):
    found = action_rows(run(extract, doc_id))
    assert not any(text.startswith(start) for text, _, _ in found), found


def test_coordinated_infinitives_are_actions_of_their_own(extract):
    # "agreed to file all employment tax returns, to make all required deposits ... and to
    # certify ..." (infinitive-list-on-the-verb)
    texts = [t for t, _, _ in action_rows(run(extract, "doj-opa-03193"))]
    assert "file all employment tax returns" in texts
    assert "make all required deposits of employment and unemployment taxes" in texts


@pytest.mark.parametrize("doc_id, time", [
    ("doj-opa-00608", "Feb. 2, 2018"),   # scheduled-event-without-its-party
    ("doj-opa-11905", "Nov. 13, 2009"),  # event-which-is-scheduled-for-date
])
def test_a_scheduled_sentencing_is_the_event_with_its_date(extract, doc_id, time):
    found = action_rows(run(extract, doc_id))
    assert any(text.lower() == "sentencing" and when == time for text, _, when in found), found
