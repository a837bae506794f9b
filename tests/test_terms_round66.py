"""Round 66 sentence-term constructions: a Pennsylvania minimum-maximum range whose low end is a spelled fraction,
Minnesota's lifetime "conditional release", an order barring two defendants at once ("barring both from"), and a
federal court whose place takes several words. Each test: invented stories and a near-miss."""
from __future__ import annotations

from tests.helpers import all_term_texts, any_term, sentencing_of


def test_minimum_maximum_range_with_a_spelled_fraction():
    s = sentencing_of("Orrin Palk, 39, was sentenced on Monday to three and a half to nine years in state prison for "
                      "burglary.")
    term = any_term(s, "three and a half to nine years in state prison")
    assert term in s.terms and term.status == "imposed" and term.amount == 9, all_term_texts(s)
    # near-miss: a plain range keeps reading as before
    s = sentencing_of("Orrin Palk, 39, was sentenced on Monday to four to nine years in state prison for burglary.")
    assert "four to nine years in state prison" in all_term_texts(s), all_term_texts(s)


def test_conditional_release_for_life_after_prison():
    s = sentencing_of("Orrin Palk, 39, was sentenced on Monday to 14 years in prison for sexual assault. After he is "
                      "released, he will be on conditional release for the rest of his life.")
    term = any_term(s, "conditional release for the rest of his life")
    assert term in s.terms and term.kind == "supervised_release" and term.unit == "life", all_term_texts(s)
    s = sentencing_of("Orrin Palk, 39, was sentenced on Monday to 14 years in prison and lifetime conditional release.")
    assert "lifetime conditional release" in all_term_texts(s), all_term_texts(s)
    # near-miss: a release on conditions before trial is no term
    s = sentencing_of("Orrin Palk, 39, was sentenced on Monday to 14 years in prison. He had been free on conditional "
                      "release since his arrest.")
    assert not any("conditional release" in t for t in all_term_texts(s)), all_term_texts(s)


def test_an_order_barring_both_defendants():
    s = sentencing_of("Prosecutors asked the judge to sentence Orrin Palk and Wenna Palk to two years in prison each. "
                      "They are also seeking an order barring both from owning or breeding cats for the rest of their "
                      "lives.")
    term = any_term(s, "barring both from owning or breeding cats for the rest of their lives")
    assert term.status == "sought", all_term_texts(s)
    # near-miss: "both" as no order's object ("barring both sides from speaking" is still read, a bare "both" alone is not)
    s = sentencing_of("Orrin Palk, 39, was sentenced on Monday to two years in prison. Both of his neighbors owned cats.")
    assert not any("both" in t.lower() for t in all_term_texts(s)), all_term_texts(s)


def test_federal_court_in_a_place_of_several_words():
    s = sentencing_of("Orrin Palk, 39, was sentenced Tuesday in federal court in Cedar Falls, Iowa, to five years in "
                      "prison.")
    assert s.court is not None and s.court.text == "federal court in Cedar Falls", s.court
    s = sentencing_of("Orrin Palk, 39, was sentenced in federal court in Sioux City Tuesday to five years in prison.")
    assert s.court is not None and s.court.text == "federal court in Sioux City", s.court
    # near-miss: a one-word place stays one word
    s = sentencing_of("Orrin Palk, 39, was sentenced in federal court in Omaha to five years in prison.")
    assert s.court is not None and s.court.text == "federal court in Omaha", s.court
