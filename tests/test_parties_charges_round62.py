"""Parties from round 62: a disaster or a law named like a proper noun is no party ("the 2019 Pell Gap Fire", "the
federal Anti-Bribery Statute"); a town closing a plural subject that speaks ("Neighbors in Rook Hollow said"); a
family's plural possessive before the name of what it ran; a unit named for its territory is named with its agency; city offices as
titles ("Councilor Ann Roe"); a sentence-opening label as a lower-case role; a subordinate clause's last noun is no
role of the name opening the main clause; a plural noun in a list is no one's role; the agency after a titled person's
"of"; and a police force named for its country ("Police Caledonia")."""
from __future__ import annotations

from tests.helpers import party_kinds, party_roles


def test_a_named_fire_is_no_party():
    found = party_kinds("Orrin Blaskett was sentenced. Survivors of the Pell Gap Fire say the sentences are fair. "
                        "Families who lost homes in the Pell Gap Fire said little.")
    assert not any("Pell Gap" in name for name in found)


def test_a_law_is_no_party():
    found = party_kinds("Orrin Blaskett admitted he broke the federal Anti-Bribery Statute, prosecutors said.")
    assert not any("Statute" in name for name in found)


def test_a_town_closing_a_plural_subject_is_no_party():
    found = party_kinds("Orrin Blaskett was sentenced Friday. Neighbors in Rook Hollow said the couple kept to "
                        "themselves.")
    assert "Rook Hollow" not in found


def test_a_family_possessive_is_no_part_of_the_fund_name():
    found = party_kinds("Orrin Blaskett and Mina Blaskett were sentenced. Prosecutors say the Blasketts' Pell Gap "
                        "Family Relief Fund took in $2 million.")
    assert found.get("Pell Gap Family Relief Fund") == "organization"
    assert not any(name.startswith("Blasketts") for name in found)


def test_an_agency_unit_is_named_with_its_agency():
    found = party_kinds("Orrin Blaskett was sentenced Friday. Agents of the Drug Enforcement Administration's "
                        "New Mexico Division and the Federal Bureau of Investigation's Tarn Field Office took part.")
    assert "New Mexico Division" not in found and "Tarn Field Office" not in found
    assert found.get("Drug Enforcement Administration's New Mexico Division") == "organization"
    assert found.get("Federal Bureau of Investigation's Tarn Field Office") == "organization"


def test_a_city_councilor_title_is_no_part_of_the_name():
    roles = party_roles("Orrin Blaskett was sentenced Friday. \"He betrayed us,\" said Councilor Idris Mallow-Pike. "
                        "Alderwoman Jessamy Thorne agreed.")
    assert roles.get("Idris Mallow-Pike") == ["Councilor"]
    assert roles.get("Jessamy Thorne") == ["Alderwoman"]


def test_a_sentence_opening_label_is_a_lower_case_role():
    roles = party_roles("Orrin Blaskett was sentenced for forging paintings. Neighbor Tamsin Arlo-Pike said she "
                        "was not surprised.")
    assert roles.get("Tamsin Arlo-Pike") == ["neighbor"]


def test_a_subordinate_clause_noun_is_no_role_of_the_main_subject():
    roles = party_roles("A day after a federal jury convicted a former prison guard of beating her handcuffed son, "
                        "Odessa Quarrie said she felt relief. \"They can call it justice,\" Quarrie told reporters.")
    assert "son" not in roles.get("Odessa Quarrie", [])


def test_a_plural_noun_in_a_list_is_no_role():
    roles = party_roles("Bertram Vallis was convicted Monday. A lawsuit against Vallis, the two guards and the "
                        "county will go ahead.")
    assert not any("guards" in role for role in roles.get("Bertram Vallis", []))


def test_the_agency_after_a_titled_person_is_a_party():
    found = party_kinds("Orrin Blaskett was indicted. \"We will follow the money,\" said Special Agent in Charge "
                        "Ruth Ombasa of the Drug Enforcement Administration (DEA) Wexford Field Division. Chief "
                        "Dale Kerrow of the Tarnby Metro Police Department (TMPD) also spoke.")
    assert found.get("Drug Enforcement Administration") == "organization"
    assert found.get("Tarnby Metro Police Department") == "organization"
    assert found.get("Ruth Ombasa") == "person"


def test_a_police_force_named_for_its_country_is_an_organisation():
    found = party_kinds("Orrin Blaskett was jailed for six years. Outside court, his victim's family issued a "
                        "statement through Police Caledonia.")
    assert found.get("Police Caledonia") == "organization"
