"""Charges and parties from short articles written for these tests: a rule's topic after "on" ("a lawful general order
on fraternization"); a term given "on a separate X count"; a TV dateline in title case; military formations and
ordinal-numbered offices as organisations; the court's probation office."""
from __future__ import annotations

from tests.helpers import party_kinds
from tests.test_charges import _charges


# -- a rule's topic is part of the offence's name --

def test_a_general_orders_topic_after_on_stays_with_the_offence():
    assert _charges("Cpl. Wynn Tarrow was convicted of assault and violating a lawful general order on "
                    "fraternization.") == {"assault": "convicted",
                                           "violating a lawful general order on fraternization": "convicted"}


def test_a_regulations_topic_ends_where_the_list_goes_on():
    assert _charges("Airman Sol Brecker pleaded guilty to violating a general regulation on sexual harassment and "
                    "making a false official statement.") == {
        "violating a general regulation on sexual harassment": "pleaded guilty",
        "making a false official statement": "pleaded guilty"}


def test_a_protective_order_broken_on_a_day_keeps_the_day_out():
    assert _charges("Lem Quarry was convicted of violating a protective order on Tuesday.") == {
        "violating a protective order": "convicted"}


# -- a term given on a count named before its noun --

def test_a_jail_sentence_on_a_separate_count_names_that_conviction():
    assert _charges("Garrick Fennick was convicted of manslaughter. The judge imposed a 60-day jail sentence on a "
                    "separate reckless driving count, to run concurrently.") == {
        "manslaughter": "convicted", "reckless driving": "convicted"}


def test_months_added_on_a_count_name_its_offence():
    assert _charges("Ilsabet Vargon was convicted of arson. The judge added six months on the criminal mischief "
                    "count.") == {"arson": "convicted", "criminal mischief": "convicted"}


def test_a_term_on_a_count_keeps_the_pleas_status():
    assert _charges("The judge ordered Bo Lindqvale, 50, to serve 30 months on the bank fraud count. Lindqvale pleaded guilty "
                    "to bank fraud in May.") == {"bank fraud": "pleaded guilty"}


def test_what_a_count_carries_is_no_conviction():
    assert _charges("Bo Lindqvale was convicted of fraud. The charges carry a maximum of 10 years in prison on the civil "
                    "rights count.") == {"fraud": "convicted"}


# -- parties --

def test_a_title_case_tv_dateline_is_a_place_not_a_person():
    parties = party_kinds("Cedar Hollow, Louisiana \u2014 A former deputy was sentenced Tuesday to five years in prison. "
                       "Deputy Carl Moen admitted the theft, Judge Ruth Agnew said.")
    assert "Cedar Hollow" not in parties
    assert parties["Carl Moen"] == "person"


def test_a_title_case_dateline_with_call_letters():
    assert "Cedar Hollow" not in party_kinds("Cedar Hollow, Louisiana (WQXR) \u2014 A former deputy was sentenced "
                                          "Tuesday to five years in prison.")


def test_a_numbered_expeditionary_force_is_an_organisation():
    parties = party_kinds("In a statement, the IV Marine Expeditionary Force said Cpl. Dane Holtby was convicted of assault.")
    assert parties.get("IV Marine Expeditionary Force") == "organization"
    assert "Expeditionary Force" not in parties


def test_an_ordinal_opens_a_divisions_name():
    parties = party_kinds("In a statement, the 5th Cavalry Division said Sgt. Dane Holtby was convicted of assault.")
    assert parties.get("5th Cavalry Division") == "organization"


def test_an_ordinal_opens_a_district_attorneys_office():
    parties = party_kinds("Prosecutors with the 7th Judicial District Attorney's Office said Dane Holtby was convicted of "
                       "fraud.")
    assert parties.get("7th Judicial District Attorney's Office") == "organization"


def test_the_probation_office_that_recommends_a_term_is_a_party():
    parties = party_kinds("Dane Holtby was convicted of fraud. The Probation Office recommended a sentence of 12 years.")
    assert parties.get("Probation Office") == "organization"


def test_a_strike_force_named_in_closing_lines_is_no_party():
    assert "Grain Fraud Strike Force" not in party_kinds(
        "Dane Holtby was convicted of fraud. The Grain Fraud Strike Force is part of a joint initiative between two "
        "agencies.")
