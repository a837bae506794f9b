"""A car named by its make and model ("a black Dodge Charger", "the CR-V" after "a Honda CR-V") and a street with its
quarter ("Eglinton Avenue West") are no parties; a person whose surname is a make ("Tom Ford") still is."""
from __future__ import annotations

from tests.helpers import party_kinds


def test_a_car_is_no_party():
    found = party_kinds("Tyler Brisbane, 24, was driving his father's modified Dodge Charger when he broadsided a Honda "
                        "CR-V at Mavis Road and Eglinton Avenue West, which left the driver badly hurt.\n\n"
                        "He then tried to help the occupants of the CR-V, court heard.")
    assert not {"Dodge Charger", "CR-V", "Eglinton Avenue West"} & set(found), found
    assert "Tyler Brisbane" in found


def test_a_person_named_like_a_make_is_still_a_party():
    found = party_kinds("Tom Ford, 41, was sentenced to two years for fraud. Ford's lawyer, Ann Dodge, asked for mercy.")
    assert "Tom Ford" in found and "Ann Dodge" in found


def test_a_city_after_its_quarter_and_a_road_interchange_are_no_parties():
    found = party_kinds("Gareth Quill, of Glen Road in west Belfast, pleaded guilty. He lives in west Belfast.\n\n"
                        "Conor McFadden was stopped near the St James Interchange on August 2.")
    assert "Belfast" not in found and "St James Interchange" not in found, found
    assert "Gareth Quill" in found


def test_a_body_opening_a_sentence_with_a_is_named_without_it():
    found = party_kinds("Conor McFadden was jailed for four years.\n\nA Crown Office and Procurator Fiscal Service "
                        "spokesperson said: \"Drug couriers face justice.\"")
    assert found.get("Crown Office and Procurator Fiscal Service") == "organization", found
