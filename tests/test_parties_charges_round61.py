"""Parties and charges from round 61: a court's numbered pseudonym ("Jane Doe 2") is one person's whole name; a plain
noun that opens a sentence before a full name is the person's role, not a name word ("Collector Ann Roe"); a business
named for its trade ("... Gaming"); a local agency in lower case after its place ("the X County health office"); a
cause group named with a lower-case "for" before its kind ("the Parents for X coalition"); and the conspiracy count
that names the statute it conspired to violate ("conspiring to violate the federal Y Statute")."""
from __future__ import annotations

from tests.helpers import charge_texts, party_kinds, party_roles


def test_a_numbered_pseudonym_is_one_person_each():
    found = party_kinds("Orrin Blaskett was sentenced to 20 years in prison. A woman identified in court only as Jane "
                        "Doe 3 said she was afraid. Jane Doe 1, who was 20 at the time, said she had nightmares.")
    assert found.get("Jane Doe 3") == "person"
    assert found.get("Jane Doe 1") == "person"


def test_a_pseudonym_before_a_count_of_years_keeps_no_number():
    found = party_kinds("Orrin Blaskett was sentenced to 20 years in prison. He met Jane Doe 3 years ago, she said.")
    assert "Jane Doe 3" not in found


def test_a_plain_noun_opening_a_sentence_is_the_role_of_the_name_after_it():
    roles = party_roles("Orrin Blaskett was sentenced for forging paintings. Collector Tamsin Arlo-Pike, who bought "
                        "two of the works, said she felt cheated. Buyer Rufus Wenlock said little.")
    assert "Tamsin Arlo-Pike" in roles and [r.lower() for r in roles["Tamsin Arlo-Pike"]] == ["collector"]
    assert "Rufus Wenlock" in roles
    assert "Collector Tamsin Arlo-Pike" not in roles


def test_a_business_named_for_its_gaming_trade_is_an_organisation():
    found = party_kinds("Orrin Blaskett took $90,000 from Marsh Creek Gaming while steering a license toward the "
                        "company. Blaskett said he was sorry.")
    assert found.get("Marsh Creek Gaming") == "organization"


def test_a_county_agency_in_lower_case_is_a_body():
    found = party_kinds("Orrin Blaskett was sentenced Friday. Tests found lead in 12 children, according to the "
                        "Tollard County health office. Reports went to the Wyse County sheriff's office.")
    assert found.get("Tollard County health office") == "organization"
    assert found.get("Wyse County sheriff's office") == "organization"


def test_a_cause_group_named_with_a_lower_case_for_before_its_kind():
    found = party_kinds("Orrin Blaskett was sentenced Friday. \u201cIt is a start,\u201d said Dr. Ilse Varn, who "
                        "directs the Mothers for Safer Crossings coalition.")
    assert found.get("Mothers for Safer Crossings") == "organization"


def test_a_conspiracy_to_violate_a_named_statute_is_a_charge():
    assert charge_texts("Orrin Blaskett was sentenced on Tuesday, months after a jury found him guilty of conspiring to "
                        "violate the federal Anti-Kickback Statute and conspiring to commit wire fraud.") == [
        "conspiring to violate the federal Anti-Kickback Statute", "conspiring to commit wire fraud"]

