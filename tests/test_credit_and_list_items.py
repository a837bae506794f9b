"""Credit for time served told with the custody it counts ("has been in custody since his arrest and will receive credit
for time served") or granted with a length ("settled on 48 months, with credit for time served"); and a list after a
name ("took Coyle, his girlfriend and another couple out") is no role of the name's."""
from __future__ import annotations

import pytest

from tests.helpers import one_term_of_kind, party_roles, sentencing_of, terms_of_kind

_LEAD = "Odell Pryce, 39, was sentenced Tuesday to nine years in federal prison for wire fraud."


@pytest.mark.parametrize("custody", [
    "Pryce has been in federal custody since his arrest in May 2024 and will receive credit for time served.",
    "Pryce has been in custody since his arrest in May 2024, and he will receive credit for time served.",
    "He has been held at the Tarnby County Jail since his conviction and will receive credit for time served.",
    "Pryce has been jailed since March and will get credit for time served.",
])
def test_credit_counted_from_custody_told_in_its_sentence(custody):
    term = one_term_of_kind(sentencing_of(_LEAD, custody), "time_served_credit")
    assert (term.text, term.status, term.subject) == ("credit for time served", "imposed", None)


def test_credit_granted_with_the_length_it_counts_against():
    s = sentencing_of("Odell Pryce was sentenced Tuesday for wire fraud. Prosecutors had asked for 60 months.",
                      "Judge Ann Lowry settled on 48 months, with credit for time served.")
    assert one_term_of_kind(s, "time_served_credit").text == "credit for time served"


@pytest.mark.parametrize("bare", [
    # near misses: the formula alone, or a reckoning of release, is no grant
    "He will receive credit for time served.",
    "With credit for time served and good-conduct time, he could be out in about two years, his lawyer said.",
    # custody told in another sentence is too far to tell what the credit counts
    "Pryce was arrested in May 2024. He will receive credit for time served.",
])
def test_credit_without_its_custody_is_not_printed(bare):
    assert not terms_of_kind(sentencing_of(_LEAD, bare), "time_served_credit")


def test_a_list_after_a_name_gives_it_no_role():
    roles = party_roles("Bradley Hennig, 44, was sentenced Friday for the death of Jared Colby. That night Hennig took "
                        "Colby, his girlfriend and another couple out on his boat to watch fireworks.")
    assert not any("girlfriend" in role for role in roles.get("Jared Colby", []))
    roles = party_roles("Deputy Ray Ibarra was killed in the crash. He is survived by his wife, Marisol, their "
                        "daughter and his parents. Tom Breck was convicted of manslaughter.")
    assert not any("daughter" in role for role in roles.get("Marisol", []) + roles.get("Marisol Ibarra", []))


def test_two_roles_closed_by_a_comma_are_both_the_names():
    roles = party_roles("Marcus Tillo, a warehouse worker and the father of a young daughter, was shot by Officer "
                        "Dale Rourke, who was convicted of manslaughter on Monday.")
    assert any("warehouse worker" in role for role in roles.get("Marcus Tillo", []))
