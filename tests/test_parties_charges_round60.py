"""Parties and charges from round 60: a business named with a company word ("Collective", "Consulting", "Trading",
"Mart", "Storage") or as an agency ("... Investigations"); a body in apposition to "a hedge fund" / "a crypto exchange";
a school district named once; a care business named for two services ("Home Health and Rehab"); a company's legal
suffix after a comma ("..., LLC"); two whole bodies joined by "and"; a role opening its sentence drops the article
("The gunman, NAME," is a gunman); and charges: a comparison after the offence ("for arson, down from ..."), the statute
an offence falls under ("a charge under the X Act"), and a sentence enhancement are no offences."""
from __future__ import annotations

from builder.extract import extract
from builder.extract.parties import find_parties
from builder.sources import source_from_text


def _source(body: str):
    return source_from_text("case.txt", "Date: 2024-03-02\n\n" + body)


def _parties(body: str) -> dict[str, str]:
    return {p.name: p.kind for p in find_parties(_source(body))}


def _roles(body: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in find_parties(_source(body))}


def _charges(body: str) -> list[str]:
    return [c.text for c in extract(_source(body)).sentencing.charges]


def test_company_words_collective_consulting_trading_name_a_business():
    found = _parties("Orrin Blaskett founded the Tamarind Aid Collective in 2019. Blaskett later paid Copper Fenn "
                     "Consulting for advice. Blaskett said he was sorry.")
    assert found.get("Tamarind Aid Collective") == "organization"
    assert found.get("Copper Fenn Consulting") == "organization"


def test_a_body_in_apposition_to_a_hedge_fund_is_an_organisation():
    found = _parties("Orrin Blaskett moved $3 million into Quillfeather Zarr, a hedge fund he controlled. "
                     "Blaskett said he was sorry.")
    assert found.get("Quillfeather Zarr") == "organization"


def test_a_school_district_named_once_is_a_party():
    found = _parties("Orrin Blaskett, the former finance director of the Pellwood School District, stole $400,000. "
                     "Blaskett said he was sorry.")
    assert found.get("Pellwood School District") == "organization"


def test_a_professor_at_a_school_still_names_no_party():
    assert "Pellwood School" not in _parties("Orrin Blaskett, a teacher at Pellwood School, said it was sad.")


def test_a_care_business_named_for_two_services():
    found = _parties("Orrin Blaskett owned and operated Larchmere Home Health and Rehab, which billed Medicare. "
                     "Blaskett said he was sorry.")
    assert found.get("Larchmere Home Health and Rehab") == "organization"


def test_a_legal_suffix_after_a_comma_ends_the_company_name():
    found = _parties("Orrin Blaskett ran Larchmere Home Care, LLC, which billed Medicaid. Blaskett said he was sorry.")
    assert found.get("Larchmere Home Care, LLC") == "organization"


def test_two_whole_bodies_joined_by_and_are_two_parties():
    found = _parties("A bank flagged deposits into two companies, Copper Fenn Consulting and Bramwick Escrow Services. "
                     "Blaskett said he was sorry.")
    assert found.get("Copper Fenn Consulting") == "organization"
    assert found.get("Bramwick Escrow Services") == "organization"


def test_an_agency_named_for_its_investigations_and_a_store_named_mart():
    found = _parties("Homeland Security Investigations worked the case. Police say Orrin Blaskett walked into the "
                     "Pellwood Quick Mart at 3 a.m. Blaskett said he was sorry.")
    assert found.get("Homeland Security Investigations") == "organization"
    assert found.get("Pellwood Quick Mart") == "organization"


def test_a_role_opening_its_sentence_drops_the_article():
    roles = _roles("A court-appointed receiver, Tamsin Oakhurst, filed the suit. The shooter, Dario Quellen, was "
                   "sentenced to life in prison. Oakhurst said Quellen fired 12 shots.")
    assert roles.get("Tamsin Oakhurst") == ["court-appointed receiver"]
    assert roles.get("Dario Quellen") == ["shooter"]


def test_a_role_opening_its_sentence_with_an_owner_keeps_the_lowercase_article():
    roles = _roles("The victim's cousin, Tamsin Oakhurst, spoke in court. Oakhurst said she was relieved.")
    assert roles.get("Tamsin Oakhurst") == ["the victim's cousin"]


def test_a_comparison_after_the_offence_is_no_offence():
    assert _charges("A judge resentenced Ivo Brantley, 40, to 8 to 20 years in prison for arson, down from the 15 to "
                    "30 years he received in 2019.") == ["arson"]
    assert _charges("Ivo Brantley was sentenced to 10 years for burglary, up from the six years first offered.") == [
        "burglary"]


def test_the_statute_an_offence_falls_under_is_no_offence():
    assert _charges("Ivo Brantley pleaded guilty to a single count of unlawful export of defense articles, a charge "
                    "under the Arms Export Control Act that carries up to 20 years in prison.") == [
        "unlawful export of defense articles"]


def test_a_sentence_enhancement_is_no_offence():
    assert _charges("Ivo Brantley pleaded guilty to one count of grand theft and admitted an aggravated white-collar "
                    "crime enhancement, prosecutors said.") == ["grand theft"]
