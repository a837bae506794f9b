"""Parties and charges from round 60: a business named with a company word ("Collective", "Consulting", "Trading",
"Mart", "Storage") or as an agency ("... Investigations"); a body in apposition to "a hedge fund" / "a crypto exchange";
a school district named once; a care business named for two services ("Home Health and Rehab"); a company's legal
suffix after a comma ("..., LLC"); two whole bodies joined by "and"; a role opening its sentence drops the article
("The gunman, NAME," is a gunman); and charges: a comparison after the offence ("for arson, down from ..."), the statute
an offence falls under ("a charge under the X Act"), and a sentence enhancement are no offences."""
from __future__ import annotations

from tests.helpers import charge_texts, party_kinds, party_roles


def test_company_words_collective_consulting_trading_name_a_business():
    found = party_kinds("Orrin Blaskett founded the Tamarind Aid Collective in 2019. Blaskett later paid Copper Fenn "
                     "Consulting for advice. Blaskett said he was sorry.")
    assert found.get("Tamarind Aid Collective") == "organization"
    assert found.get("Copper Fenn Consulting") == "organization"


def test_a_body_in_apposition_to_a_hedge_fund_is_an_organisation():
    found = party_kinds("Orrin Blaskett moved $3 million into Quillfeather Zarr, a hedge fund he controlled. "
                     "Blaskett said he was sorry.")
    assert found.get("Quillfeather Zarr") == "organization"


def test_a_school_district_named_once_is_a_party():
    found = party_kinds("Orrin Blaskett, the former finance director of the Pellwood School District, stole $400,000. "
                     "Blaskett said he was sorry.")
    assert found.get("Pellwood School District") == "organization"


def test_a_professor_at_a_school_still_names_no_party():
    assert "Pellwood School" not in party_kinds("Orrin Blaskett, a teacher at Pellwood School, said it was sad.")


def test_a_care_business_named_for_two_services():
    found = party_kinds("Orrin Blaskett owned and operated Larchmere Home Health and Rehab, which billed Medicare. "
                     "Blaskett said he was sorry.")
    assert found.get("Larchmere Home Health and Rehab") == "organization"


def test_a_legal_suffix_after_a_comma_ends_the_company_name():
    found = party_kinds("Orrin Blaskett ran Larchmere Home Care, LLC, which billed Medicaid. Blaskett said he was sorry.")
    assert found.get("Larchmere Home Care, LLC") == "organization"


def test_two_whole_bodies_joined_by_and_are_two_parties():
    found = party_kinds("A bank flagged deposits into two companies, Copper Fenn Consulting and Bramwick Escrow Services. "
                     "Blaskett said he was sorry.")
    assert found.get("Copper Fenn Consulting") == "organization"
    assert found.get("Bramwick Escrow Services") == "organization"


def test_an_agency_named_for_its_investigations_and_a_store_named_mart():
    found = party_kinds("Homeland Security Investigations worked the case. Police say Orrin Blaskett walked into the "
                     "Pellwood Quick Mart at 3 a.m. Blaskett said he was sorry.")
    assert found.get("Homeland Security Investigations") == "organization"
    assert found.get("Pellwood Quick Mart") == "organization"


def test_a_role_opening_its_sentence_drops_the_article():
    roles = party_roles("A court-appointed receiver, Tamsin Oakhurst, filed the suit. The shooter, Dario Quellen, was "
                   "sentenced to life in prison. Oakhurst said Quellen fired 12 shots.")
    assert roles.get("Tamsin Oakhurst") == ["court-appointed receiver"]
    assert roles.get("Dario Quellen") == ["shooter"]


def test_a_role_opening_its_sentence_with_an_owner_keeps_the_lowercase_article():
    roles = party_roles("The victim's cousin, Tamsin Oakhurst, spoke in court. Oakhurst said she was relieved.")
    assert roles.get("Tamsin Oakhurst") == ["the victim's cousin"]


def test_a_comparison_after_the_offence_is_no_offence():
    assert charge_texts("A judge resentenced Ivo Brantley, 40, to 8 to 20 years in prison for arson, down from the 15 to "
                    "30 years he received in 2019.") == ["arson"]
    assert charge_texts("Ivo Brantley was sentenced to 10 years for burglary, up from the six years first offered.") == [
        "burglary"]


def test_the_statute_an_offence_falls_under_is_no_offence():
    assert charge_texts("Ivo Brantley pleaded guilty to a single count of unlawful export of defense articles, a charge "
                    "under the Arms Export Control Act that carries up to 20 years in prison.") == [
        "unlawful export of defense articles"]


def test_a_sentence_enhancement_is_no_offence():
    assert charge_texts("Ivo Brantley pleaded guilty to one count of grand theft and admitted an aggravated white-collar "
                    "crime enhancement, prosecutors said.") == ["grand theft"]


def test_a_surname_in_the_plural_is_that_family_not_a_body():
    found = party_kinds("Orrin Tallis was sentenced to five years in prison for killing Ben Vossler.\n\n"
                        "The Vosslers say they will now lobby lawmakers for a new law. The Hendersons, their "
                        "neighbours, agreed.")
    assert found.get("Vossler family") == "group"
    assert "Vosslers" not in found and "Hendersons" not in found
