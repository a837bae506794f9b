"""Parties and charges from round 59: two action nouns sharing one complement stay one offence, the statute's mental
element on the first ("willful retention and transmission of X"); a tally of other officials convicted, their kinds
named and coordinated, is nobody's charge here; the participle of the things' purpose ("vials meant for patients")
ends an offence; a body named with a saint's or its people's possessive ("St. Agnes's Regional Hospital"); a business
named for property development; a court-appointed trustee or receiver introducing a name; people listed with their
ages between semicolons; a publication a person in the case runs ("his newsletter, NAME"); a body qualifying its
member who acted ("an Iowa State Patrol trooper stopped him")."""
from __future__ import annotations

from tests.helpers import charge_texts, party_kinds, party_roles


def test_willful_retention_and_transmission_share_one_complement():
    charges = charge_texts("Orla Fenwick pleaded guilty to three counts of willful retention and transmission of classified "
                       "defense records.")
    assert charges == ["willful retention and transmission of classified defense records"]


def test_a_crime_of_its_own_before_and_stays_a_second_count():
    assert charge_texts("Orla Fenwick was convicted of extortion and possession of stolen property.") == [
        "extortion", "possession of stolen property"]


def test_a_tally_of_named_officials_convicted_is_no_charge_of_this_case():
    charges = charge_texts("Orla Fenwick was convicted of fraud. Since 1990, dozens of Ohio mayors and county clerks have "
                       "been convicted of influence-peddling crimes.")
    assert charges == ["fraud"]


def test_a_purpose_participle_ends_the_offence():
    charges = charge_texts("The nurse admitted tampering with syringes of morphine meant for hospice patients. Orla Fenwick "
                       "pleaded guilty to one count of tampering with consumer products.")
    assert "tampering with syringes of morphine" in charges
    assert not any(c.endswith("meant") for c in charges)


def test_a_saints_possessive_opens_a_hospitals_name():
    parties = party_kinds("Marla Quenby, a former nurse at St. Ignatius\u2019s Regional Medical Center, was convicted "
                       "Friday of theft.")
    assert parties.get("St. Ignatius\u2019s Regional Medical Center") == "organization"
    assert "Regional Medical Center" not in parties


def test_the_people_a_body_serves_in_the_possessive_open_its_name():
    parties = party_kinds("Marla Quenby, a nurse at Harbor Children's Medical Center, was convicted of theft.")
    assert parties.get("Harbor Children's Medical Center") == "organization"


def test_a_development_company_is_a_body():
    parties = party_kinds("Kessel said Oakbrook Ridge Development won the rights to the lots. Marla Quenby was convicted "
                       "of bribery.")
    assert parties.get("Oakbrook Ridge Development") == "organization"


def test_a_court_appointed_trustee_introduces_a_name():
    roles = party_roles("The fund collapsed in 2021. A court-appointed trustee, Tobias Venn, has so far recovered $4 "
                   "million for investors. Marla Quenby was convicted of fraud.")
    assert roles.get("Tobias Venn") == ["court-appointed trustee"]


def test_people_listed_with_ages_between_semicolons():
    parties = party_kinds("Marla Quenby was convicted of fraud. Three patients \u2014 Ennor, 71; Dolores Vittle, 64; and "
                       "Ramos, 52 \u2014 died.")
    assert parties.get("Dolores Vittle") == "person"


def test_a_newsletter_a_person_runs_is_a_body():
    parties = party_kinds("Marla Quenby was convicted of fraud. She sent the files to Tobias Venn, who published them on "
                       "his newsletter, The Copper Ledger.")
    assert parties.get("Copper Ledger") == "organization"


def test_a_body_qualifying_its_member_who_acted_is_a_body():
    parties = party_kinds("Marla Quenby was convicted of drug possession. In May, an Iowa State Patrol trooper stopped her "
                       "car on the interstate.")
    assert parties.get("Iowa State Patrol") == "organization"
