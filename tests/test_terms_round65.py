"""Round 65 sentence-term constructions: back taxes as a second sum of a "pay X and Y" list, money forfeited named by
its source ("in bribe money"), an ask for "that maximum:" after an initialled judge, a prosecutors' list run on past a
guideline-range aside, a co-defendant's term told "after pleading guilty", and per-count lengths that add up to the
whole term. Each test: invented stories and a near-miss."""
from __future__ import annotations

from tests.helpers import all_term_texts, any_term, sentencing_of


def test_taxes_owed_as_the_second_sum_of_a_payment_list():
    s = sentencing_of("Judge Alma Ferrow sentenced Dorian Kell to three years in prison on Tuesday. Kell must also pay "
                      "$212,400 in restitution to the township and $48,150 in unpaid taxes to the IRS.")
    term = any_term(s, "$48,150 in unpaid taxes")
    assert term in s.terms and term.status == "imposed" and term.amount == 48150, all_term_texts(s)
    # near-miss: taxes the victim paid are no sum ordered
    s = sentencing_of("Judge Alma Ferrow sentenced Dorian Kell to three years in prison on Tuesday. Kell must also pay "
                      "$212,400 in restitution to the township, which raised taxes twice.")
    assert not any("taxes" in t.text for t in s.terms + s.others), all_term_texts(s)


def test_forfeited_money_named_by_its_source():
    s = sentencing_of("Judge Alma Ferrow sentenced Dorian Kell to three years in prison and ordered him to forfeit "
                      "$31,200 in bribe money.")
    term = any_term(s, "forfeit $31,200 in bribe money")
    assert term in s.terms and term.kind == "forfeiture", all_term_texts(s)


def test_an_ask_for_that_maximum_after_an_initialled_judge():
    s = sentencing_of("Dorian Kell will be sentenced Friday. His two counts expose him to as much as 25 years in prison.",
                      "Assistant U.S. Attorney Nell Briscott asked U.S. District Judge Alma Ferrow to impose that maximum: "
                      "25 years in federal prison, followed by two years of supervised release, and $640,000 in "
                      "restitution to the chapel.")
    for words in ("25 years in federal prison", "two years of supervised release", "$640,000 in restitution"):
        term = any_term(s, words)
        assert term in s.terms and term.status == "recommended", (words, all_term_texts(s))
    # near-miss: the law's cap itself stays a maximum
    term = any_term(s, "as much as 25 years in prison")
    assert term.status == "maximum", all_term_texts(s)


def test_a_guideline_range_aside_does_not_end_the_ask():
    s = sentencing_of("Dorian Kell will be sentenced next month. Prosecutors asked Judge Alma Ferrow to sentence Kell to "
                      "87 months in prison, the top of a guideline range of 70 to 87 months, along with a $15,000 fine.")
    term = any_term(s, "$15,000 fine")
    assert term in s.terms and term.status == "recommended" and term.by == "prosecutors", all_term_texts(s)


def test_a_co_defendant_sentenced_after_pleading_guilty_keeps_her_terms():
    s = sentencing_of("Judge Alma Ferrow sentenced Dorian Kell, 31, to life in prison on Thursday for the death of his "
                      "girlfriend's son.",
                      "The boy's mother, Petra Vasko, 26, received a 16-year sentence with eight years suspended after "
                      "pleading guilty to child neglect.")
    for words in ("16-year sentence", "eight years suspended"):
        term = any_term(s, words)
        assert term in s.terms and term.status == "imposed", (words, all_term_texts(s))


def test_per_count_lengths_adding_up_to_the_whole_term_are_other():
    s = sentencing_of("Dorian Kell was sentenced Thursday to 22 years in federal prison for burning a chapel.",
                      "Judge Alma Ferrow imposed 12 years on the arson count and the mandatory 10 years on the gun "
                      "count, to be served consecutively.")
    assert any_term(s, "22 years in federal prison").status == "imposed", all_term_texts(s)
    for words in ("12 years on the arson count", "10 years on the gun count"):
        assert any_term(s, words).status == "other", (words, all_term_texts(s))
    # near-miss: a concurrent count's length, not a share of the whole, stays imposed
    s = sentencing_of("Dorian Kell was sentenced Thursday to 22 years in federal prison for burning a chapel.",
                      "Judge Alma Ferrow also imposed 12 years on the arson count, to run concurrently.")
    assert any_term(s, "12 years on the arson count").status == "imposed", all_term_texts(s)


def test_she_after_a_co_defendant_pleading_guilty_is_the_co_defendant():
    s = sentencing_of("Judge Alma Ferrow sentenced Dorian Kell, 31, to life in prison on Thursday for the death of his "
                      "girlfriend's son.",
                      "The boy's mother, Petra Vasko, 26, received a 16-year sentence with eight years suspended after "
                      "pleading guilty to child neglect. She will serve eight years behind bars, followed by five years "
                      "of probation.")
    for words in ("eight years behind bars", "five years of probation"):
        term = any_term(s, words)
        assert term in s.terms and term.subject == "Petra Vasko", (words, all_term_texts(s))
