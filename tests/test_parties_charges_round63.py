"""Parties from round 63: the federal prosecutor's office named as "the office of the U.S. Attorney for ..." or
"the U.S. attorney's office in <city>"; a role's "-es" plural opening a sentence ("Coaches said") is no one; a bare
"the woman" before a relative clause is no role; a person brought in as "a <platform> user named ..."; an appeals
court "of Appeal" (singular) or its panel acting in the case; "the county clerk's office" of the one county named."""
from __future__ import annotations

from tests.helpers import facts_of, party_kinds, party_roles


def test_the_office_of_the_us_attorney_for_a_district():
    found = party_kinds("Dorian Quell was convicted in May. \"He planned it,\" prosecutors from the office of the "
                        "U.S. Attorney for the Western District of Varnia wrote in a filing.")
    assert found.get("Office of the U.S. Attorney for the Western District of Varnia") == "organization"


def test_the_us_attorneys_office_in_a_city_in_lower_case():
    found = party_kinds("Dorian Quell was sentenced Friday. The U.S. attorney\u2019s office in Brockport said in a "
                        "statement that the sentence was fair.")
    assert found.get("U.S. attorney\u2019s office in Brockport") == "organization"


def test_an_office_in_a_month_keeps_no_month():
    found = party_kinds("Dorian Quell was sentenced Friday. The Kelby County District Attorney's Office in March "
                        "charged him.")
    assert not any("March" in name for name in found)


def test_a_role_plural_in_es_opening_a_sentence_is_no_party():
    found = party_kinds("Dorian Quell was sentenced Friday for stealing from the club. Coaches said they had to "
                        "cancel a trip.")
    assert "Coaches" not in found


def test_the_bare_woman_before_a_clause_is_no_role():
    roles = party_roles("They came to see the sentencing of Mirela Vostrand, the woman who kept the books for the "
                        "Tarn Valley Rowing Club. Vostrand pleaded guilty to theft.")
    assert not any(r.lower() in ("the woman", "woman") for r in roles.get("Mirela Vostrand", []))


def test_a_platform_user_named_is_a_person_with_that_role():
    roles = party_roles("Brenna Ostrowe was sentenced Monday to two years in prison. Her scheme fell apart when an "
                        "Instagram user named Priya Lantham noticed that a photo matched a stock image.")
    assert roles.get("Priya Lantham") == ["Instagram user"]


def test_a_court_of_appeal_that_upheld_the_conviction():
    found = party_kinds("Dorian Quell was convicted in 2023. Varnia\u2019s Fourth District Court of Appeal upheld "
                        "the conviction but ordered a new sentencing hearing.")
    assert any(name.endswith("Fourth District Court of Appeal") for name in found)


def test_a_panel_of_an_appeals_court_writes_for_it():
    found = party_kinds("Dorian Quell will be resentenced. \"The sentence cannot stand,\" a three-judge panel of "
                        "the Varnia Court of Appeals wrote.")
    assert "Varnia Court of Appeals" in found


def test_the_county_clerks_office_of_the_one_county_named():
    found = party_kinds("A former Kelby County deputy clerk pleaded guilty. Mirela Vostrand used her access at the "
                        "county clerk's office to print records.")
    assert found.get("Kelby County Clerk's office") == "organization"


def test_the_county_clerks_office_with_two_counties_is_left_alone():
    found = party_kinds("Mirela Vostrand, of Kelby County, worked in Tarn County. She used her access at the county "
                        "clerk's office to print records.")
    assert not any("Clerk's office" in name for name in found)


def test_a_state_office_of_the_title_keeps_the_state_in_its_name():
    found = party_kinds("Dorian Quell was sentenced. The case was handled with help from the Varnia Office of the "
                        "Insurance Fraud Prosecutor, officials said.")
    assert found.get("Varnia Office of the Insurance Fraud Prosecutor") == "organization"
    assert "Office of the Insurance Fraud Prosecutor" not in found


def test_a_sentence_thrown_out_by_an_appeals_court():
    found = party_kinds("Dorian Quell, whose sentence was thrown out by the Varnia Court of Appeals, was resentenced "
                        "Friday.")
    assert "Varnia Court of Appeals" in found


def test_the_investigating_role_of_an_acronym_goes_to_the_office_it_opens():
    facts = facts_of("Date: 2024-03-02\n\nMarta Quillfeather pleaded guilty Monday to stealing from the Redfern Savings "
                     "Bank. \"She hid it well,\" said Special Agent Tobin Vale of the FBI Denver Field Office. The case was "
                     "investigated by the FBI and the Redfern County Sheriff's Office.\n")
    roles = {p.name: p.roles for p in facts.parties}
    assert "investigating agency" in roles.get("the FBI Denver Field Office", [])
