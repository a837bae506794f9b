"""Charges from short articles written for these tests: a gerund offence whose capitals name the public body whose
inquiry it obstructed ("conspiring to obstruct a Federal Trade Commission inquiry") stays in the list, while a gerund
whose capitals name a person remains the conduct told."""
from __future__ import annotations

from tests.test_charges import _charges


def test_a_public_body_named_inside_a_gerund_offence_keeps_it_in_the_list():
    assert _charges("A jury convicted Dorian Vale in May of bank fraud, wire fraud and conspiring to obstruct a Federal "
                    "Trade Commission inquiry, after a two-week trial.") == {
        "bank fraud": "convicted", "wire fraud": "convicted",
        "conspiring to obstruct a Federal Trade Commission inquiry": "convicted"}


def test_a_person_named_inside_a_gerund_is_still_the_conduct_told():
    assert "paying Otto Brenn" not in " ".join(_charges("Pell Karsten pleaded guilty to bribery and paying Otto Brenn of "
                                                         "the Zoning Board $9,000.")), "a person paid is the deed told"
