"""Round 85, the grammar of a term: a kind noun phrase takes the length attached to it in any frame a report tells it
("a restraining order for five years", "a curfew lasting six months", "a hunting ban of five years", "probation, which
will last three years", "five years' disqualification"), and in the separated and passive forms ("imposed a curfew on
Grant for five years", "A restraining order was made against Grant for five years"); kinds with no "order" in their
name (driving ban, travel ban, house arrest, supervised release, disqualification) are recognised as the others are.
A length that belongs to something else stays out. All texts invented."""
from __future__ import annotations

import pytest

from tests.helpers import facts_of

_LEAD = "Ryan Grant, 41, was sentenced on Tuesday at Carlisle Crown Court.\n\n"


def _terms(sentence: str, lead: str = _LEAD):
    """The terms of a one-story report, the defendant's and other people's."""
    sentencing = facts_of(f"title: Court case\noutlet: Test Wire\ndate: 2025-03-12\n\n{lead}{sentence}\n").sentencing
    return sentencing.terms + sentencing.others


# (the kind's words in the story, the kind it is listed under)
_KINDS = [
    ("restraining order", "restraining_order"),
    ("criminal behaviour order", "criminal_behaviour_order"),
    ("sexual harm prevention order", "sexual_harm_prevention_order"),
    ("community order", "community_order"),
    ("good behaviour bond", "good_behaviour_bond"),
    ("conditional discharge", "conditional_discharge"),
    ("firearms prohibition order", "firearms_prohibition_order"),
    ("supervision order", "supervision_order"),
    ("curfew", "curfew"),
    ("driving ban", "driving_ban"),
    ("hunting ban", "hunting_prohibition"),
    ("travel ban", "travel_prohibition"),
    ("licence disqualification", "driving_ban"),
    ("company director disqualification", "disqualification"),
    ("house arrest", "home_confinement"),
    ("supervised release", "supervised_release"),
]

# (the frame, the term's text in it): the text runs from the kind phrase through its length
_FRAMES = [
    ("Grant was given a five-year {k}.", "five-year {k}"),
    ("Grant was made subject to a {k} for five years.", "{k} for five years"),
    ("A {k} lasting five years was also imposed on Grant.", "{k} lasting five years"),
    ("Grant was handed a {k} of five years.", "{k} of five years"),
    ("The judge also imposed a {k} on Grant for five years.", "{k} on Grant for five years"),
    ("A {k} was made against Grant for five years.", "{k} was made against Grant for five years"),
    ("Grant must also comply with a {k}, which will last five years.", "{k}, which will last five years"),
    ("Grant was also placed on a {k} for a period of five years.", "{k} for a period of five years"),
    ("The court granted a five-year {k} against Grant.", "five-year {k}"),
]


@pytest.mark.parametrize("frame,told", _FRAMES)
@pytest.mark.parametrize("words,kind", _KINDS)
def test_a_kind_takes_the_length_attached_to_it(frame, told, words, kind):
    terms = _terms(frame.format(k=words))
    want = told.format(k=words)
    found = [t for t in terms if want in t.text]
    assert found, [t.text for t in terms]
    (term,) = found
    # ("a five-year driving ban" keeps its article, as that kind's own pattern always has)
    assert term.text in (want, f"a {want}")
    assert (term.kind, term.status, term.amount, term.unit, term.subject) == (kind, "imposed", 5.0, "years", None)


def test_a_length_told_as_the_kinds_possessor():
    (term,) = _terms("Grant received five years' disqualification.")
    assert (term.text, term.kind, term.amount, term.status) == ("five years' disqualification", "disqualification", 5.0, "imposed")
    (term,) = _terms("Grant received two years' community order.")
    assert (term.text, term.kind) == ("two years' community order", "community_order")
    # "five years' supervision order" is the order, not five years of supervision
    (term,) = _terms("Grant received five years' supervision order.")
    assert (term.text, term.kind) == ("five years' supervision order", "supervision_order")


# (the story's sentence, the term's text, its kind, its amount and unit)
_US_FRAMES = [
    ("Whitcomb was placed on probation for five years.", "probation for five years", "probation", 5.0, "years"),
    ("Whitcomb was sentenced to probation for three years.", "probation for three years", "probation", 3.0, "years"),
    ("Whitcomb will be on supervised release for three years.", "supervised release for three years", "supervised_release", 3.0, "years"),
    ("Whitcomb was sentenced to supervised release lasting three years.", "supervised release lasting three years", "supervised_release", 3.0, "years"),
    ("Whitcomb must spend six months on house arrest.", "six months on house arrest", "home_confinement", 6.0, "months"),
    ("Whitcomb was sentenced to home detention lasting eight months.", "home detention lasting eight months", "home_confinement", 8.0, "months"),
    ("Whitcomb will be on house arrest for the first six months.", "house arrest for the first six months", "home_confinement", 6.0, "months"),
    ("Whitcomb was ordered to serve 12 months of home confinement.", "12 months of home confinement", "home_confinement", 12.0, "months"),
    ("Whitcomb will be subject to electronic monitoring for 90 days.", "electronic monitoring for 90 days", "electronic_monitoring", 90.0, "days"),
    ("Whitcomb was ordered to perform community service of 200 hours.", "community service of 200 hours", "community_service", 200.0, "hours"),
    ("Whitcomb was placed on supervised probation for a period of four years.", "supervised probation for a period of four years", "probation", 4.0, "years"),
    ("Whitcomb was placed on probation for a term of five years.", "probation for a term of five years", "probation", 5.0, "years"),
    ("Whitcomb was placed on probation, which will last three years.", "probation, which will last three years", "probation", 3.0, "years"),
    ("Whitcomb was also placed under a curfew lasting six months.", "curfew lasting six months", "curfew", 6.0, "months"),
    ("Whitcomb must also pay a fine of $5,000.", "fine of $5,000", "fine", 5000.0, "usd"),
    ("Whitcomb must pay a fine in the amount of $5,000.", "fine in the amount of $5,000", "fine", 5000.0, "usd"),
    ("Whitcomb was ordered to pay restitution totaling $40,000.", "restitution totaling $40,000", "restitution", 40000.0, "usd"),
    ("Whitcomb was ordered to pay restitution in the amount of $40,000.", "restitution in the amount of $40,000", "restitution", 40000.0, "usd"),
    ("Whitcomb was ordered to pay restitution amounting to $40,000.", "restitution amounting to $40,000", "restitution", 40000.0, "usd"),
    ("The judge also ordered forfeiture of $12,000.", "forfeiture of $12,000", "forfeiture", 12000.0, "usd"),
    ("Whitcomb was ordered to forfeit $12,000.", "forfeit $12,000", "forfeiture", 12000.0, "usd"),
]


@pytest.mark.parametrize("sentence,text,kind,amount,unit", _US_FRAMES)
def test_us_frames(sentence, text, kind, amount, unit):
    terms = _terms(sentence, "Dana Whitcomb, 38, was sentenced Tuesday in federal court in Albany.\n\n")
    (term,) = [t for t in terms if t.kind == kind]
    assert (term.text, term.amount, term.unit, term.status) == (text, amount, unit, "imposed")


def test_how_long_without_a_number():
    (term,) = _terms("Grant was given a restraining order for life.")
    assert (term.text, term.unit, term.status) == ("restraining order for life", "life", "imposed")
    terms = _terms("Grant was jailed for two years and a restraining order was granted indefinitely.")
    (term,) = [t for t in terms if t.kind == "restraining_order"]
    assert (term.text, term.amount, term.status) == ("restraining order was granted indefinitely", None, "imposed")


def test_a_british_requirement_by_name():
    (term,) = _terms("Grant was given an unpaid work requirement of 200 hours.")
    assert (term.text, term.kind, term.amount, term.unit) == ("unpaid work requirement of 200 hours", "unpaid_work_requirement", 200.0, "hours")
    # near miss: a bare "requirement" is any rule's
    assert _terms("Grant must meet the minimum requirement of five years.") == []


def test_the_order_binds_someone_else():
    terms = _terms("Grant was jailed for two years. Judge Ward imposed a restraining order on Tom Reyes for three years.")
    (order,) = [t for t in terms if t.kind == "restraining_order"]
    assert (order.text, order.subject, order.status) == ("restraining order on Tom Reyes for three years", "Tom Reyes", "other")
    # near miss: the defendant named in full, or a day after "on", is the case's own order
    terms = _terms("Grant was jailed for two years. Judge Ward imposed a restraining order on Ryan Grant for three years.")
    (order,) = [t for t in terms if t.kind == "restraining_order"]
    assert (order.subject, order.status) == (None, "imposed")
    terms = _terms("Grant was jailed for two years. Judge Ward imposed a restraining order on Tuesday for three years.")
    (order,) = [t for t in terms if t.kind == "restraining_order"]
    assert (order.subject, order.status) == (None, "imposed")


def test_asked_for_and_the_most_possible():
    (term,) = _terms("Prosecutors sought a criminal behaviour order lasting 10 years.", "")
    assert (term.text, term.status) == ("criminal behaviour order lasting 10 years", "sought")
    (term,) = _terms("Grant could face a restraining order for up to five years.", "")
    assert (term.text, term.status) == ("restraining order for up to five years", "maximum")


@pytest.mark.parametrize("sentence", [
    # the length is the harm's, not the order's
    "He was given a restraining order for five years of abuse.",
    # the length is another breach's or another ban's
    "He was jailed for breaching the restraining order he had breached for two years.",
    "He had breached a restraining order for two years.",
    "He was banned from driving, the second ban in five years.",
    "He was also disqualified from driving, his third disqualification in five years.",
    "He was also subject to a curfew he broke for months.",
    # no length at all, only whom it protects
    "The judge made a protection order for the children.",
    # hours a day, not the order's length
    "He must observe a curfew of 12 hours a day.",
    # a town's order, not a sentence; a sports body's ban, not a court's
    "The town had been under a stay-at-home order for two weeks when the attack happened.",
    "The Football Association gave him a football ban of three years.",
    # a bare "court order" names no kind
    "He ignored a court order for five years.",
])
def test_a_length_that_belongs_to_something_else(sentence):
    terms = [t for t in _terms(f"Grant was jailed for two years. {sentence}") if t.kind != "prison"]
    # (the kind named alone may still be a term, as it was: "protection order", "banned from driving")
    assert not [t.text for t in terms if t.amount is not None or t.unit is not None or "year" in t.text or "month" in t.text]


def test_past_orders_stay_other():
    terms = _terms("Grant was jailed for two years. In 2019, a restraining order was made against him for two years.")
    (order,) = [t for t in terms if t.kind == "restraining_order"]
    assert order.status == "other"
    terms = _terms("Grant, who was made subject to a restraining order for five years in 2019, was jailed for two years.")
    (order,) = [t for t in terms if t.kind == "restraining_order"]
    assert order.status == "other"
    terms = _terms("Grant was jailed for two years. He was already subject to a restraining order for five years when he "
                   "attacked her.")
    (order,) = [t for t in terms if t.kind == "restraining_order"]
    assert order.status == "other"
    # someone else's order is theirs
    terms = _terms("Grant was jailed for two years. His brother, Liam Grant, was given a restraining order for three years.")
    (order,) = [t for t in terms if t.kind == "restraining_order"]
    assert (order.subject, order.status) == ("Liam Grant", "other")
