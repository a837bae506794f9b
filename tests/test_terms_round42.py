"""Sentence terms and charges as US local crime reporters tell them (round 42): a parole floor told with "will
serve", probation kinds named before "probation for", a Texas probated sentence, time on work release, time told
as active, flat or "to serve", a custody agency told with "with", the Commonwealth as the prosecution, and an
offence told after its grade ("a Class A misdemeanor of ..."); texts invented for these tests."""
from __future__ import annotations

from tests.helpers import dated_facts, texts as _texts


def _sentencing(body: str):
    return dated_facts(body, "2025-04-14").sentencing


def test_will_serve_at_least_before_parole_is_the_least_time_served():
    terms = _sentencing("Corliss Vane will serve at least 12 years before he is eligible for parole.").terms
    floor = next(t for t in terms if t.kind == "minimum_term")
    assert floor.text == "at least 12 years before he is eligible for parole" and floor.amount == 12


def test_deferred_adjudication_probation_keeps_its_kind_words():
    terms = _sentencing("Odell Fane received deferred adjudication probation for three years.").terms
    assert "deferred adjudication probation for three years" in _texts(terms)


def test_years_probated_is_a_probation_term_not_a_bare_length():
    terms = _sentencing("Merritt Sayle was sentenced to seven years probated and fined $500.").terms
    probation = next(t for t in terms if t.kind == "probation")
    assert probation.text == "seven years probated" and probation.amount == 7
    assert not any(t.text.startswith("sentenced to") for t in terms)


def test_length_on_work_release_is_part_of_the_term():
    terms = _sentencing("Jory Plaskett must serve 60 days of work release and two years of probation.").terms
    assert "60 days of work release" in _texts(terms)


def test_active_time_is_custody():
    terms = _sentencing("Lise Monro was sentenced to 6 to 9 years of active time.").terms
    term = next(t for t in terms if t.kind == "prison")
    assert term.text == "6 to 9 years of active time"


def test_flat_time_is_custody():
    terms = _sentencing("Aldo Brisk must serve eight years flat time, the judge ruled.").terms
    assert "eight years flat time" in _texts(terms)


def test_years_to_serve_is_the_ask_of_the_commonwealth():
    terms = _sentencing("The commonwealth recommended six years to serve.").terms
    ask = next(t for t in terms if t.status == "recommended")
    assert ask.text == "six years to serve" and ask.by == "prosecutors"


def test_to_serve_on_probation_is_no_custody():
    terms = _sentencing("Edda Roan was sentenced to four years to serve on probation.").terms
    assert "four years to serve" not in _texts(terms)


def test_active_sentence_of_a_range():
    terms = _sentencing("Judge Perrin Ault sentenced Hobbs to an active sentence of 11 to 23 months.").terms
    assert "active sentence of 11 to 23 months" in _texts(terms)


def test_custody_agency_told_with_with():
    terms = _sentencing("Tobin Reale was sentenced to serve 4 to 8 years with the Michigan Department of Corrections.").terms
    assert "4 to 8 years with the Michigan Department of Corrections" in _texts(terms)


def test_offence_after_its_grade_noun():
    charges = _sentencing("Winslade Calder pleaded guilty to a Class B misdemeanor of criminal mischief.").charges
    assert _texts(charges) == {"criminal mischief"}


def test_felony_of_the_third_degree_names_no_offence():
    charges = _sentencing("Winslade Calder pleaded guilty to a felony of the third degree, grand theft.").charges
    assert "grand theft" in _texts(charges)


def test_to_serve_keeps_where_it_is_served():
    terms = _sentencing("Prosecutor Dena Voss asked for 14 years to serve in prison.").terms
    assert "14 years to serve in prison" in _texts(terms)


def test_served_part_of_a_split_term_stays_with_its_head():
    terms = _sentencing("Quill Amory received nine years, with 30 months to serve and the rest suspended.").terms
    assert "30 months to serve" not in _texts(terms)
    assert any(t.text.startswith("nine years, with 30 months to serve") for t in terms)


def test_years_to_serve_in_an_office_is_no_term():
    terms = _sentencing("Council member Ivo Strandby has three years to serve as treasurer.").terms
    assert not terms


def test_jury_assessed_punishment_is_the_sentence():
    terms = _sentencing("A jury assessed punishment at 16 years for Rowan Tully.").terms
    term = next(t for t in terms if t.amount == 16)
    assert term.text == "16 years" and term.status == "imposed"


def test_jury_set_punishment_with_its_custody_is_imposed():
    terms = _sentencing("Jurors set her punishment at 28 years in prison and a $4,000 fine.").terms
    assert {t.status for t in terms if t.text in ("28 years in prison", "$4,000 fine")} == {"imposed"}


def test_years_of_deferred_adjudication_is_probation():
    terms = _sentencing("Kenna Ruel received six years of deferred adjudication.").terms
    probation = next(t for t in terms if t.kind == "probation")
    assert probation.text == "six years of deferred adjudication" and probation.amount == 6
