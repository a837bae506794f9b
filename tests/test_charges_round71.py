"""Charges from round 71: a second object joined with its verb left out ("charged Lee with X, which carries ..., and
his company with Y", "convicted Lee of X and the firm of Y") names the charges of the defendant's business in the same
case; a person so joined ("and his wife with"), or a joined clause that names no offence, adds nothing."""
from __future__ import annotations

from tests.helpers import facts_of


def _charges(body: str) -> list[tuple[str, str]]:
    return [(c.text, c.status) for c in facts_of(f"title: Court case\noutlet: Test Wire\ndate: 2025-03-12\n\n{body}\n").sentencing.charges]


def test_the_business_named_after_the_gapped_verb_has_its_own_charge():
    found = _charges("Prosecutors charged Quillon Marsh with reckless endangerment and his roofing company with "
                     "criminally negligent homicide.")
    assert found == [("reckless endangerment", "charged"), ("criminally negligent homicide", "charged")]
    found = _charges("A grand jury charged Petra Vaile with arson and her firm with insurance fraud.")
    assert found == [("arson", "charged"), ("insurance fraud", "charged")]


def test_the_gapped_object_follows_a_penalty_aside():
    found = _charges("The district attorney charged Quillon Marsh with manslaughter, which carries up to six years in prison, "
                     "and the company with criminally negligent homicide.")
    assert found == [("manslaughter", "charged"), ("criminally negligent homicide", "charged")]


def test_a_verdict_gapped_the_same_way_keeps_its_status():
    found = _charges("A jury convicted Petra Vaile of wire fraud, a felony, and the company of obstruction.")
    assert found == [("wire fraud", "convicted"), ("obstruction", "convicted")]
    found = _charges("Quillon Marsh was convicted of theft and his cleaning business of falsifying business records.")
    assert found == [("theft", "convicted"), ("falsifying business records", "convicted")]


def test_a_person_or_no_offence_after_the_gap_adds_nothing():
    assert _charges("Prosecutors charged Quillon Marsh with theft and his wife with forgery.") == [("theft", "charged")]
    assert _charges("Prosecutors charged Petra Vaile with fraud and her company with a long list of violations.") == [("fraud", "charged")]
    assert _charges("Quillon Marsh pleaded guilty to theft and the company agreed to pay a fine.") == [("theft", "pleaded guilty")]
