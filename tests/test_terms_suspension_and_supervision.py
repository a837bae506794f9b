"""A prison term the bench suspends in a relative clause is told as suspended, with how long ("which he suspended in
full for three years"); supervision named with its supervisor is a term ("under the supervision of a social worker for
two years")."""
from __future__ import annotations

import pytest

from tests.helpers import one_term_of_kind, sentencing_of, terms_of_kind


@pytest.mark.parametrize("sentence, words", [
    ("Judge Ciaran Deasy imposed a sentence of two years and six months\u2019 imprisonment, which he suspended in full "
     "for three years on condition that Kinsale keep the peace.", "which he suspended in full for three years"),
    ("Kinsale was sentenced to two years' imprisonment, which was suspended for three years.",
     "which was suspended for three years"),
    ("Kinsale was jailed for 18 months, which was suspended for a period of 24 months.",
     "which was suspended for a period of 24 months"),
])
def test_a_term_suspended_in_a_relative_clause_is_a_suspended_sentence(sentence, words):
    s = sentencing_of("Gary Kinsale, 53, admitted evading \u20ac1.4 million in tax.", sentence)
    term = one_term_of_kind(s, "suspended_sentence")
    assert term.text.endswith(words) and term.status == "imposed"
    assert not terms_of_kind(s, "prison")


def test_a_term_whose_relative_clause_tells_something_else_stays_prison():
    # near miss: the clause is about the term, not its suspension
    s = sentencing_of("Gary Kinsale, 53, admitted evading \u20ac1.4 million in tax.",
                      "He was jailed for two years, which his lawyer said was too harsh.")
    assert one_term_of_kind(s, "prison").text == "jailed for two years"


@pytest.mark.parametrize("sentence, words", [
    ("As well as the unpaid work, Lennard will be under the supervision of a social worker for two years.",
     "supervision of a social worker for two years"),
    ("Lennard was also placed under the supervision of a probation officer for three years.",
     "supervision of a probation officer for three years"),
])
def test_supervision_named_with_its_supervisor(sentence, words):
    s = sentencing_of("Craig Lennard, 34, was given a community payback order with 280 hours of unpaid work.", sentence)
    assert one_term_of_kind(s, "supervision").text.endswith(words)


def test_supervision_by_a_relative_is_no_term():
    s = sentencing_of("Craig Lennard, 34, was given a community payback order with 280 hours of unpaid work.",
                      "He said he grew up under the supervision of his uncle for years.")
    assert not terms_of_kind(s, "supervision")


def test_an_indefinite_sentence_told_by_its_floor_and_ceiling_is_one_term():
    s = sentencing_of("Ryan Brandon, 34, was sentenced Monday to at least 11 years and as many as 16.5 years in prison "
                      "for aggravated vehicular homicide.")
    term = one_term_of_kind(s, "prison")
    assert (term.text, term.status) == ("at least 11 years and as many as 16.5 years in prison", "imposed")
