"""Terms told per count and per degree of an offence: a term "for the weapons charge" or "for a firearm
specification", Ohio's "period of post-release control", a life term with parole beside one without it, a plea deal's
probation told after a jail term, costs "and fees", and two counts' equal caps (texts invented for these tests)."""
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


_TWO_CAPS_OF_LIFE = ("Rudy Cabell, 30, was charged with murder. A conviction for first-degree murder carries a mandatory "
                     "sentence of life in prison without the possibility of parole. Second-degree murder is punishable by "
                     "life in prison with parole eligibility after 15 to 25 years.")


def test_life_without_parole_and_life_with_parole_are_two_maximums():
    s = _sentencing(_TWO_CAPS_OF_LIFE)
    life = [t.text for t in s.terms if t.unit == "life"]
    assert life == ["a mandatory sentence of life in prison without the possibility of parole",
                    "life in prison with parole eligibility after 15 to 25 years"]
    # and the briefing, which merges every source's terms, keeps both too (each now cited to both sources)
    merged = merge_sentencing([_source_sentencing("one.txt", _TWO_CAPS_OF_LIFE), _source_sentencing("two.txt", _TWO_CAPS_OF_LIFE)])
    assert [t.text for t in merged.terms if t.unit == "life"] == life
    assert all({c.source for c in t.citations} == {"one", "two"} for t in merged.terms if t.unit == "life")


def test_two_counts_equal_caps_stay_two_terms_in_the_briefing():
    body = ("Ned Vargon, 40, pleaded guilty to forgery and uttering. Forgery carries up to 10 years in prison. Uttering "
            "is also punishable by up to 10 years in prison.")
    merged = merge_sentencing([_source_sentencing("one.txt", body), _source_sentencing("two.txt", body)])
    caps = [t for t in merged.terms if t.text == "up to 10 years in prison"]
    assert len(caps) == 2 and all({c.source for c in t.citations} == {"one", "two"} for t in caps)


def test_two_counts_equal_caps_worded_differently_stay_two_terms_in_the_briefing():
    body = ("Ned Vargon, 40, pleaded guilty to two offences. Conspiracy to defraud carries a maximum sentence of 10 years "
            "in prison. Fraud by abuse of position is also punishable by up to 10 years in prison.")
    merged = merge_sentencing([_source_sentencing("one.txt", body)])
    assert sorted(t.text for t in merged.terms if t.status == "maximum" and t.amount == 10) == [
        "maximum sentence of 10 years in prison", "up to 10 years in prison"]
    # a cap one story words one way and another story the other way is still one cap
    other = "Ned Vargon, 40, pleaded guilty to conspiracy to defraud. He faces up to 10 years in prison."
    first = "Ned Vargon, 40, pleaded guilty to conspiracy to defraud, which carries a maximum sentence of 10 years in prison."
    merged = merge_sentencing([_source_sentencing("one.txt", first), _source_sentencing("two.txt", other)])
    assert len([t for t in merged.terms if t.status == "maximum" and t.amount == 10]) == 1


def _source_sentencing(name: str, body: str):
    from builder.extract import extract
    from builder.sources import source_from_text

    return extract(source_from_text(name, f"Date: 2025-06-02\n\n{body}")).sentencing


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
