"""Sentence terms in constructions met in round 40: the judge's own clause after a named victim, counts (not people)
as the subject of the law's penalties, and a fact box whose items the layout read unevenly; texts invented for these
tests."""
from __future__ import annotations

from tests.helpers import dated_facts, texts as _texts


def _facts(body: str, published: str = "2025-03-06"):
    return dated_facts(body, published)


def test_an_order_issued_in_the_judges_own_clause_after_a_named_victim_is_the_defendants():
    s = _facts("A home aide was sentenced Tuesday to two years in county jail.\n\n"
               "Mirela Quand, 44, will then serve two years of mandatory supervision under the sentence handed down by "
               "Superior Court Judge Teodor Blaskey.\n\n"
               "She was ordered to pay $12,000 in restitution to the victim, Orrin Vale of Fernhill, and the judge "
               "issued a 10-year criminal protective order barring her from contacting him.").sentencing
    assert "10-year criminal protective order" in _texts(s.terms)
    order = next(t for t in s.terms if t.text == "10-year criminal protective order")
    assert order.status == "imposed"


def test_an_order_issued_by_the_judge_named_by_surname_after_a_named_victim_is_the_defendants():
    s = _facts("A bookkeeper was sentenced Monday to 18 months in county jail.\n\n"
               "Dagmar Ostberg, 51, will then serve a year of mandatory supervision under the sentence handed down by "
               "Superior Court Judge Anselm Korvath.\n\n"
               "She was ordered to pay $4,000 in restitution to the victim, Pell Warnock of Brookmere, and Korvath "
               "issued a five-year criminal protective order.").sentencing
    order = next(t for t in s.terms if t.text == "five-year criminal protective order")
    assert order.status == "imposed"


def test_counts_that_carry_a_minimum_and_a_maximum_are_no_other_person():
    s = _facts("Dr. Halvard Jesk was convicted Friday of 12 counts of unlawful distribution of a controlled substance.\n\n"
               "Jesk faces up to 20 years in prison on each count. Two of those counts, involving patients who died, "
               "carry a mandatory minimum of 20 years and a maximum of life in prison.").sentencing
    texts = _texts(s.terms)
    assert "a mandatory minimum of 20 years" in texts
    assert "a maximum of life in prison" in texts


def test_a_fact_box_item_without_a_full_stop_is_read_with_the_story():
    s = _facts("Olin Petrasch pleaded guilty Monday to tax evasion, which carries as long as five years in prison.\n\n"
               "Sentencing is set for June 3.\n\n"
               "Key Details\n"
               "- Petrasch hid income in a Swiss account from 2015 through 2021, prosecutors said.\n"
               "- He also faces a fine of as much as $150,000\n\n"
               "His lawyer declined to comment.").sentencing
    fine = next(t for t in s.terms if t.text.endswith("as much as $150,000"))
    assert fine.status == "maximum"


def test_lifetime_monitoring_and_registration_the_law_sets_are_kept_with_their_qualifier():
    s = _facts("Garrick Solm, 41, was convicted Tuesday of two counts of first-degree criminal sexual conduct.\n\n"
               "Each count carries up to life in prison. He also faces lifetime electronic monitoring and lifetime sex "
               "offender registration.").sentencing
    texts = _texts(s.terms)
    assert "lifetime electronic monitoring" in texts
    assert "lifetime sex offender registration" in texts
    assert all(t.status == "maximum" for t in s.terms if t.text.startswith("lifetime"))


def test_a_resentencing_that_replaces_the_old_term_with_a_new_one_imposes_the_new_one():
    s = _facts("Dorian Kellaway was 16 when he was sentenced to mandatory life without parole for a 1998 killing.\n\n"
               "On Thursday, Circuit Judge Mabel Orrin replaced it with a term of 30 to 60 years in prison.").sentencing
    new = next(t for t in s.terms if t.text.endswith("30 to 60 years in prison"))
    assert new.status == "imposed"
    assert all(t.status != "imposed" for t in s.terms if t.unit == "life")
