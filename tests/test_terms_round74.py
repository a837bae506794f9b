"""Round 74 sentence-term wordings from US court reporting, found by probing with invented sentences: probation named
by the system that supervises it ("five years of federal probation"); electronic monitoring kept at home ("six months
of electronic home monitoring"); house arrest told as "an N-month term of"; part of a sentence on house arrest told
right after it ("three years' probation, with the first six months on house arrest"). Each test: two invented
wordings and a near-miss that must not change."""
from __future__ import annotations

from tests.helpers import all_term_texts, any_term, sentencing_of, shown_terms


def test_probation_named_by_its_jurisdiction():
    s = sentencing_of("Elvan Fairbrook was sentenced Tuesday to five years of federal probation.")
    term = any_term(s, "five years of federal probation")
    assert term.kind == "probation" and term.amount == 5 and term.status == "imposed", shown_terms(s)
    s = sentencing_of("Judge Corra Wintle sentenced Mabry Tolland to three years of state probation.")
    assert any_term(s, "three years of state probation").kind == "probation", shown_terms(s)
    # near-miss: a prison term in a federal prison stays a prison term
    s = sentencing_of("Elvan Fairbrook was sentenced Tuesday to five years in federal prison.")
    assert any_term(s, "five years in federal prison").kind == "prison", shown_terms(s)


def test_electronic_home_monitoring():
    s = sentencing_of("Joss Kerrigan was sentenced to six months of electronic home monitoring.")
    term = any_term(s, "six months of electronic home monitoring")
    assert term.kind == "electronic_monitoring" and term.amount == 6 and term.unit == "months", shown_terms(s)
    s = sentencing_of("Judge Corra Wintle sentenced Mabry Tolland to 90 days of electronic home detention.")
    assert any_term(s, "90 days of electronic home detention").kind == "home_confinement", shown_terms(s)
    # near-miss: plain electronic monitoring keeps its kind and text
    s = sentencing_of("Joss Kerrigan was sentenced to six months of electronic monitoring.")
    assert any_term(s, "six months of electronic monitoring").kind == "electronic_monitoring", shown_terms(s)


def test_a_term_of_house_arrest():
    s = sentencing_of("Ines Voldery was sentenced to a six-month term of house arrest.")
    term = any_term(s, "six-month term of house arrest")
    assert term.kind == "home_confinement" and term.amount == 6 and term.status == "imposed", shown_terms(s)
    s = sentencing_of("Judge Corra Wintle gave Mabry Tolland a 90-day period of home detention.")
    assert any_term(s, "90-day period of home detention").kind == "home_confinement", shown_terms(s)
    # near-miss: a term of probation stays probation
    s = sentencing_of("Ines Voldery was given a four-year term of probation.")
    assert any_term(s, "four-year term of probation").kind == "probation", shown_terms(s)


def test_first_months_on_house_arrest_after_the_term():
    s = sentencing_of("Ada Quillfeather was given three years' probation, with the first six months on house arrest.")
    assert "three years' probation" in all_term_texts(s), shown_terms(s)
    term = any_term(s, "the first six months on house arrest")
    assert term.kind == "home_confinement" and term.amount == 6, shown_terms(s)
    s = sentencing_of("Judge Corra Wintle sentenced Mabry Tolland to two years of probation, the first 90 days in home "
                      "detention.")
    assert any("90 days in home detention" in t for t in all_term_texts(s)), shown_terms(s)
    # near-miss: the first months of a prison term are no house arrest
    s = sentencing_of("Ada Quillfeather was sentenced to three years in prison.")
    assert not any(t.kind == "home_confinement" for t in s.terms), shown_terms(s)
