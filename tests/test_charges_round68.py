"""Charges from round 68: the list reader keeps "first- and second-degree murder" whole (a suspended hyphen shares the
noun); "unlawful flight to avoid prosecution" keeps its purpose element; a list goes on after the event an offence is
charged over ("in connection with the crash, and with ..."); after a repeated "to", an offence's noun opens the next
count ("to a scheme to defraud and to wire fraud"); a semicolon series closed by "; and" is read whole; a main-clause
verb without "-ed" ("wept") after a relative clause's list is no offence; "admitted in May to X" names X; and a
pronoun's charge after a named person "then 29" is that person's, not the defendant's; "demanding cash from
contractors" is the deed told, not an offence's name."""
from __future__ import annotations

from tests.helpers import facts_of


def _charge_texts(body: str) -> list[str]:
    return [c.text for c in facts_of(f"title: Court case\noutlet: Test Wire\ndate: 2025-03-12\n\n{body}\n").sentencing.charges]


def test_a_suspended_hyphen_keeps_both_grades_in_one_count():
    found = _charge_texts("Orrin Sladek was charged with first- and second-degree murder in the deaths of two neighbors.")
    assert found == ["first- and second-degree murder"]
    found = _charge_texts("Jurors convicted Kell Amory of first- and third-degree assault on Friday.")
    assert found == ["first- and third-degree assault"]


def test_the_fugitive_statute_keeps_its_purpose_element():
    assert _charge_texts("Fenna Rusk faces a federal charge of unlawful flight to avoid prosecution.") == [
        "unlawful flight to avoid prosecution"]
    assert _charge_texts("Brisco Tull was arrested on a charge of unlawful flight to avoid confinement after he left Ohio.") == [
        "unlawful flight to avoid confinement"]


def test_the_list_goes_on_after_the_event_charged_over():
    found = _charge_texts("Lida Crane was charged with vehicular homicide in connection with the crash and with leaving the "
                          "scene of an accident.")
    assert found == ["vehicular homicide", "leaving the scene of an accident"]
    found = _charge_texts("Pell Odum faces charges of reckless homicide in connection with the wreck, driving under the "
                          "influence and reckless driving.")
    assert found == ["reckless homicide", "driving under the influence", "reckless driving"]


def test_the_events_own_nouns_joined_by_and_are_not_offences():
    found = _charge_texts("Moss Keeling was charged with murder in connection with the shooting and robbery of a bodega.")
    assert found == ["murder"]


def test_a_repeated_to_before_an_offence_noun_opens_the_next_count():
    assert _charge_texts("Nate Garro pleaded guilty to a scheme to defraud and to wire fraud.") == ["scheme to defraud", "wire fraud"]
    assert _charge_texts("Ilse Marron pleaded guilty to conspiracy to defraud and to bank theft on Monday.") == [
        "conspiracy to defraud", "bank theft"]


def test_a_semicolon_series_closed_by_and_is_read_whole():
    assert _charge_texts("Ivo Brandt was charged with burglary; criminal trespass; and theft of property.") == [
        "burglary", "criminal trespass", "theft of property"]
    assert _charge_texts("Juno Patel was convicted of arson; insurance fraud; and making false statements to investigators.") == [
        "arson", "insurance fraud", "making false statements to investigators"]


def test_a_lone_semicolon_clause_is_no_item():
    found = _charge_texts("Ivo Brandt was charged with burglary; sentencing is set for May.")
    assert found == ["burglary"]


def test_an_irregular_main_verb_after_a_relative_clause_is_no_offence():
    found = _charge_texts("Dora Fenwick, who pleaded guilty in March to 12 counts of forgery and two counts of theft, wept as "
                          "the victims spoke.")
    assert found == ["forgery", "theft"]
    found = _charge_texts("Abel Stroud, who was convicted of robbery and assault, shook his head as the verdict was read.")
    assert found == ["robbery", "assault"]


def test_admitted_with_a_date_before_to_names_the_offence():
    assert _charge_texts("Tessa Varn admitted in May to bank fraud and conspiracy to commit identity theft.") == [
        "bank fraud", "conspiracy to commit identity theft"]
    assert _charge_texts("Gil Marsh admitted Tuesday to two counts of burglary.") == ["burglary"]


def test_a_pronouns_charge_after_a_named_person_then_aged_is_theirs():
    found = _charge_texts("Deputy Ivo Strand was convicted of deprivation of rights. Lina Orr, now 27, needed stitches after "
                          "the beating. She had been arrested on a charge of shoplifting.")
    assert found == ["deprivation of rights"]
    found = _charge_texts("Jailer Cass Whitby was convicted of assault. Piet Vonn, then 52, lost two teeth. He had been "
                          "booked on a charge of trespassing.")
    assert found == ["assault"]


def test_demanding_money_told_in_plain_words_is_a_deed_not_an_offence():
    assert _charge_texts("The former mayor, who was convicted of demanding cash from contractors in exchange for town "
                         "work, will be sentenced Tuesday.") == []
    assert _charge_texts("A jury convicted Hal Brickle of demanding kickbacks from vendors.") == []


def test_demanding_with_menaces_and_counted_demands_stay_offences():
    assert _charge_texts("Hal Brickle pleaded guilty to demanding money with menaces.") == ["demanding money with menaces"]
    assert _charge_texts("Hal Brickle was convicted of two counts of demanding payment by threats.") == ["demanding payment by threats"]
