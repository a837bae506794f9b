"""Sentence terms in constructions met in round 41: a custody credit told as days "in custody", a credit told with
the sentence it counts against, sentence orders named before their length (Britain, Ireland, Scotland, Australia),
a bond that is the sentence rather than bail, the fuller wording of one term told twice, and two equal maximums for
different counts; texts invented for these tests."""
from __future__ import annotations

from tests.helpers import dated_facts, texts as _texts


def _terms(body: str):
    return dated_facts(body, "2025-03-06").sentencing.terms


def test_credit_for_days_in_custody_is_a_credit_not_a_custody_term():
    terms = _terms("Orla Finch was sentenced Monday to 200 days in jail.\n\nShe received credit for 41 days in custody.")
    assert "credit for 41 days in custody" in _texts(terms)
    assert not any(t.kind in ("prison", "jail") and t.amount == 41 for t in terms)


def test_credit_told_with_the_sentence_is_the_courts_grant():
    terms = _terms("Bram Keel was sentenced to 300 days in jail, with credit for 37 days already served.")
    credit = next(t for t in terms if t.kind == "time_served_credit")
    assert credit.text == "credit for 37 days already served" and credit.amount == 37


def test_credit_beside_a_possible_sentence_is_no_grant():
    terms = _terms("Bram Keel could get 10 years, with credit for 37 days already served.")
    assert not any(t.kind == "time_served_credit" for t in terms)


def test_probation_order_named_before_its_length():
    terms = _terms("Tamsin Orrey was handed a probation order of 12 months and a 6-week curfew.")
    assert "probation order of 12 months" in _texts(terms)
    assert "6-week curfew" in _texts(terms)


def test_community_corrections_order_for_a_length_keeps_the_length():
    terms = _terms("Kobi Marsh was placed on a community corrections order for two years.")
    order = next(t for t in terms if "order" in t.text)
    assert order.text == "community corrections order for two years" and order.amount == 2


def test_scottish_payback_order_and_supervision():
    texts = _texts(_terms("Ewan Dray was given a community payback order with 120 hours of unpaid work and placed "
                          "under supervision for 18 months."))
    assert "community payback order" in texts
    assert "under supervision for 18 months" in texts  # (the "under" is how the order is told)
    assert "120 hours of unpaid work" in texts


def test_requirement_named_before_its_length():
    texts = _texts(_terms("Nell Pardy was given a 12-month community order with a rehabilitation activity "
                          "requirement of 15 days."))
    assert "rehabilitation activity requirement of 15 days" in texts


def test_bond_to_keep_the_peace_is_a_sentence_not_bail():
    texts = _texts(_terms("Cathal Rourke was sentenced to three years, with the final 12 months suspended on condition "
                          "that he enter a bond to keep the peace."))
    assert "sentenced to three years, with the final 12 months suspended" in texts


def test_released_on_a_good_behaviour_bond_is_a_sentence():
    texts = _texts(_terms("Jarrah Cole was released on a two-year good behaviour bond."))
    assert "two-year good behaviour bond" in texts


def test_body_wording_that_names_the_jail_wins_over_the_ledes():
    terms = _terms("Wes Ardell will spend 60 days in jail for the crash.\n\n"
                   "On Friday a judge sentenced Ardell to 60 days in the Pike County jail and four years of probation.")
    jail = [t for t in terms if t.kind == "jail"]
    assert [t.text for t in jail] == ["60 days in the Pike County jail"]


def test_equal_maximums_for_two_counts_are_two_caps():
    terms = _terms("Forgery carries a maximum sentence of 7 years in prison. Uttering is also punishable by up to 7 "
                   "years in prison.")
    caps = [t.text for t in terms if t.status == "maximum"]
    assert "maximum sentence of 7 years in prison" in caps and "up to 7 years in prison" in caps
