"""Terms told per count and per degree of an offence: a term "for the weapons charge" or "for a firearm
specification", Ohio's "period of post-release control", a life term with parole beside one without it, a plea deal's
probation told after a jail term, and costs "and fees" (texts invented for these tests)."""
from __future__ import annotations

from builder.reconcile.merge import merge_sentencing
from tests.helpers import dated_facts, texts


def _sentencing(body: str):
    return dated_facts(body, "2025-06-02").sentencing


def test_a_term_names_the_count_or_specification_it_is_for():
    s = _sentencing("Judge Ona Velde sentenced Trey Dobrin to eight years in prison for robbery and 30 months for the "
                    "weapons charge, along with a three-year term for a firearm specification. She also imposed a "
                    "five-year period of post-release control.")
    terms = texts(s.terms)
    assert "30 months for the weapons charge" in terms
    assert "a three-year term for a firearm specification" in terms
    control = [t for t in s.terms if t.text == "five-year period of post-release control"]
    assert control and control[0].kind == "supervised_release"


def test_life_without_parole_and_life_with_parole_are_two_maximums():
    s = _sentencing("Rudy Cabell, 30, was charged with murder. A conviction for first-degree murder carries a mandatory "
                    "sentence of life in prison without the possibility of parole. Second-degree murder is punishable by "
                    "life in prison with parole eligibility after 15 to 25 years.")
    life = [t.text for t in s.terms if t.unit == "life"]
    assert life == ["a mandatory sentence of life in prison without the possibility of parole",
                    "life in prison with parole eligibility after 15 to 25 years"]
    # and the briefing, which merges every source's terms, keeps both too
    merged = merge_sentencing([s, s])
    assert [t.text for t in merged.terms if t.unit == "life"] == life


def test_probation_after_a_jail_term_in_a_plea_deal_is_probation():
    s = _sentencing("Under the plea agreement, Colt Ambry would serve 180 days in the county jail and spend eight years "
                    "on probation.")
    probation = [t for t in s.terms if t.kind == "probation"]
    assert [t.text for t in probation] == ["eight years on probation"]
    assert not any(t.kind == "jail" and t.amount == 8 for t in s.terms)


def test_costs_and_fees_told_together_are_one_term():
    assert "$1,240 in court costs and fees" in texts(_sentencing(
        "Judge Ona Velde sentenced Mira Tolland to two years of probation and ordered her to pay $1,240 in court costs "
        "and fees.").terms)
