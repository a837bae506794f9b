"""Round 60 sentence-term constructions: a sum several defendants owe together, a guidelines range told by its name, an
indeterminate term told with "a minimum of", an ask put to a judge with a full title, removal after the term, a cap the
ask is told with, jail served on work release, a length the law draws a line at, and a prison that owns something.
Each test: paraphrases of invented stories and a near-miss."""
from __future__ import annotations

from tests.helpers import all_term_texts, any_term, sentencing_of


def test_a_combined_sum_keeps_its_qualifier():
    s = sentencing_of("Judge Maribel Quintavo on Friday sentenced Orvel Tamsworth and Del Brisko to prison for their roles in a "
                      "roofing scam. Tamsworth received 40 months in prison.",
                      "The judge ordered the two men to pay a combined $812,000 in restitution to homeowners.")
    assert any_term(s, "$812,000").text == "a combined $812,000 in restitution"
    # near-miss: a sum with no qualifier stays as written
    s = sentencing_of("Judge Maribel Quintavo on Friday sentenced Orvel Tamsworth to 40 months in prison and ordered him to "
                      "pay $812,000 in restitution.")
    assert any_term(s, "$812,000").text == "$812,000 in restitution"


def test_a_named_guidelines_range_keeps_its_name():
    for name in ("a standard range of", "a presumptive range of"):
        s = sentencing_of("Orvel Tamsworth, 31, was charged Monday with second-degree murder in the death of a neighbour.",
                          f"If convicted as charged, Tamsworth would face {name} 165 to 265 months in prison under the "
                          "state's sentencing guidelines.")
        assert f"{name} 165 to 265 months in prison" in all_term_texts(s), name
    # near-miss: a range with no name starts at its lower bound
    s = sentencing_of("Orvel Tamsworth, 31, was charged Monday with second-degree murder in the death of a neighbour.",
                      "If convicted, Tamsworth would face 165 to 265 months in prison.")
    assert "165 to 265 months in prison" in all_term_texts(s)


def test_a_minimum_of_years_to_life_is_one_indeterminateany_term():
    s = sentencing_of("Judge Maribel Quintavo on Friday sentenced Orvel Tamsworth to a minimum of 24 years to life in prison "
                      "for the abuse of three pupils.")
    term = any_term(s, "24 years to life")
    assert term.text == "a minimum of 24 years to life in prison" and term.status == "imposed"
    assert not [t for t in s.terms if t.kind == "minimum_term"]
    # near-miss: a minimum with no "to life" is still the least time served
    s = sentencing_of("Judge Maribel Quintavo on Friday sentenced Orvel Tamsworth to life in prison with a minimum of "
                      "24 years before parole.")
    assert any_term(s, "a minimum of 24 years").kind == "minimum_term"


def test_an_ask_put_to_a_judge_with_a_full_title_is_the_sides_request():
    s = sentencing_of("Orvel Tamsworth pleaded guilty to securities fraud in June and will be sentenced next month.",
                      "Federal prosecutors have asked U.S. District Judge Maribel Quintavo to impose the full seven years, "
                      "along with forfeiture of $2.2 million.")
    term = any_term(s, "seven years")
    assert term.status == "recommended" and term.by == "prosecutors"
    # near-miss: the same length told as the law's cap is no request
    s = sentencing_of("Orvel Tamsworth pleaded guilty to securities fraud in June and will be sentenced next month.",
                      "The charge carries up to seven years in prison.")
    assert any_term(s, "seven years").status == "maximum"


def test_deportation_after_the_term_is_part_of_the_sentence():
    s = sentencing_of("Judge Maribel Quintavo on Thursday sentenced Orvel Tamsworth, a citizen of Belize, to 30 months in "
                      "prison for wire fraud, and he will be deported after he completes his term.")
    term = any_term(s, "deported")
    assert term.text == "deported after he completes his term" and term.kind == "deportation" and term.status == "imposed"
    # a forecast before the sentence is no order yet
    s = sentencing_of("Orvel Tamsworth pleaded guilty to wire fraud and will be sentenced in May.",
                      "He is expected to be deported after he serves any prison sentence, according to court filings.")
    assert any_term(s, "deported").status == "other"
    # near-miss: a removal in his past is no term
    s = sentencing_of("Judge Maribel Quintavo sentenced Orvel Tamsworth to 30 months in prison. He was deported in 2015 "
                      "and came back a year later.")
    assert not [t for t in s.terms + s.others if "deport" in t.text]


def test_an_ask_for_the_maximum_of_a_length_keeps_the_cap_in_its_text():
    s = sentencing_of("Judge Maribel Quintavo on Friday sentenced Orvel Tamsworth to five years in prison for assault.",
                      "Prosecutors had asked for the maximum of eight years on the assault charge.")
    term = any_term(s, "eight years")
    assert term.text.startswith("the maximum of eight years") and term.status == "recommended"


def test_jail_served_on_work_release_is_oneany_term():
    for tail in (", with work release,", " with work release"):
        s = sentencing_of("Orvel Tamsworth pleaded guilty to theft and will be sentenced Friday.",
                          f"His attorney asked for 10 months in the county jail{tail} so he can keep his job.")
        assert "10 months in the county jail" in any_term(s, "10 months").text and "work release" in any_term(s, "10 months").text, tail
        assert not [t for t in s.terms if t.kind == "work_release"], tail
    # near-miss: work release granted on its own stays a term of its own
    s = sentencing_of("Judge Maribel Quintavo sentenced Orvel Tamsworth on Friday to 10 months in jail and made him eligible "
                      "for work release.")
    assert [t for t in s.terms if t.kind == "work_release"]


def test_a_length_the_law_draws_a_line_at_is_noany_term():
    for sentence in ("A sentence of eight years or less would make Tamsworth eligible for probation.",
                     "Once a sentence comes in at two years or under, home detention is possible."):
        s = sentencing_of("Orvel Tamsworth pleaded guilty to theft and will be sentenced Friday. Prosecutors asked for 12 "
                          "years in prison.", sentence)
        assert all_term_texts(s) == ["12 years in prison"], sentence
    # near-miss: "or under" opening a phrase of its own ("or under the plea deal ...") leaves the ask before it
    s = sentencing_of("Orvel Tamsworth pleaded guilty to theft and will be sentenced Friday.",
                      "Prosecutors asked for 12 years in prison or under the plea deal a shorter term.")
    assert any_term(s, "12 years in prison").status == "recommended"


def test_a_prison_that_owns_something_is_no_place_of_custody():
    s = sentencing_of("Judge Maribel Quintavo on Friday cut the sentence of Orvel Tamsworth to 12 years in prison.",
                      "His lawyer said he earned a degree and worked for three years in the prison's laundry.")
    assert all_term_texts(s) == ["12 years in prison"]
    # near-miss: "a Department of Corrections facility" is the place, told whole
    s = sentencing_of("Judge Maribel Quintavo sentenced Orvel Tamsworth on Friday to seven years. He will spend four months "
                      "in a Department of Corrections facility in a treatment program.")
    assert "four months in a Department of Corrections facility" in all_term_texts(s)
