"""Parties and charges from round 64: a list's gerund items ("lying under oath in her tax filings"); counts told by a
relative clause of the verdict and listed after a dash; an attempt named in the statute's long wording; an order "to
run concurrently" is no part of the offence; a payment told with the act it bought gives way to the counts named
formally; a product named by its owner's possessive, its seller or prescriber is no person; "Producers of X" opening a
sentence is no body; a role with an acronym ("reality TV star") is kept whole."""
from __future__ import annotations

from tests.helpers import charge_texts, party_kinds, party_roles


def test_gerund_items_of_a_list_each_a_charge():
    found = charge_texts("Marla Quince, 51, was convicted in March of tax fraud, concealing assets and lying under "
                         "oath in her tax filings.")
    assert "concealing assets" in found
    assert "lying under oath in her tax filings" in found


def test_counts_listed_after_a_dash_following_the_verdict_clause():
    found = charge_texts("Judge Tobin Ashgrove imposed concurrent sentences on each of the counts on which a jury "
                         "convicted Quince in June \u2014 theft of public funds, conspiracy against the state and "
                         "forgery of records \u2014 and ordered her to pay a fine.")
    assert {"theft of public funds", "conspiracy against the state", "forgery of records"} <= set(found)


def test_a_long_attempt_count_beside_its_conspiracy():
    found = charge_texts("Felix Dorran, 40, was convicted in 2021 of attempting to export controlled technology to a "
                         "foreign government and conspiracy to export controlled technology.")
    assert "attempting to export controlled technology to a foreign government" in found


def test_an_order_to_run_concurrently_is_no_part_of_the_offence():
    found = charge_texts("Felix Dorran was sentenced Friday. District Judge Lena Morrow ordered the terms on the "
                         "three counts of second-degree robbery to run consecutively.")
    assert "second-degree robbery" in found
    assert not any("to run" in c for c in found)


def test_a_payment_told_with_its_act_gives_way_to_named_counts():
    found = charge_texts("Owen Rusk, a former clinic manager who was convicted of paying nurses to falsify patient "
                         "charts, faces up to 20 years in prison.\n\nA jury found Rusk guilty in May of conspiracy to "
                         "commit health care fraud.")
    assert not any(c.startswith("paying") for c in found)


def test_a_car_named_after_its_owners_possessive_is_no_person():
    found = party_kinds("Colm Tarrow was sentenced on Friday. Police said Tarrow's Buick Regal struck the van at "
                        "speed. The Regal's airbag failed.")
    assert "Buick Regal" not in found


def test_a_prescribed_drug_is_no_person():
    found = party_kinds("Colm Tarrow, a former sales director at Varn Pharma, was sentenced on Friday.\n\nVarn Pharma, "
                        "which is based in Ohio and no longer sells Zentoril, agreed in 2022 to pay a fine.\n\nAnn Brand, "
                        "whose son Ivo died in 2019 after being prescribed Zentoril by Dr. Pell Oster, told reporters: "
                        "\"He trusted his doctor.\"")
    assert "Zentoril" not in found


def test_producers_of_a_show_opening_a_sentence_is_no_body():
    found = party_kinds("Colm Tarrow was sentenced on Friday. Producers of Harbor Nights, which was cancelled "
                        "after the arrest, declined to comment.")
    assert not any(name.startswith("Producers") for name in found)


def test_a_role_with_an_acronym_is_kept_whole():
    roles = party_roles("Former reality TV star Nadia Perrow was sentenced on Friday for fraud.")
    assert any("reality TV star" in r for r in roles.get("Nadia Perrow", []))


def test_an_armed_service_that_speaks_is_a_body():
    found = party_kinds("Colm Tarrow, a former Navy officer, was sentenced on Friday for fraud.\n\nThe Navy declined "
                        "to comment on the sentence.")
    assert found.get("Navy") == "organization"


def test_a_sentences_opening_article_before_an_initialism_is_no_part_of_the_role():
    roles = party_roles("A Leeds fundraiser was sentenced on Friday to 30 months in prison for fraud.\n\nThe US district "
                        "judge Tobias Arnold ordered three years of supervised release.")
    assert roles.get("Tobias Arnold") == ["US district judge"]
