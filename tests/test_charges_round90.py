"""Charges from round 90: a list that goes on after a dashed aside ("X \u2014 a charge known as Y \u2014 as well as Z"), the
aside's other name for the count, a list that goes on after a class told in apposition ("X, a federal hate crime, and
to Y"), an accident scene left "after causing death", impaired boating by its letters, a statute's generic victim ("choking
a person without consent") and a drug's legal class ("a Class A controlled drug"), which name no one harmed."""
from __future__ import annotations

from tests.helpers import facts_of


def _charges(body: str) -> list[str]:
    return [c.text for c in facts_of(f"title: Court case\noutlet: Test Wire\ndate: 2025-03-12\n\n{body}\n").sentencing.charges]


def test_a_list_goes_on_after_a_dashed_aside_without_its_preposition():
    assert _charges("A jury found Orla Penhale guilty of exploiting a vulnerable adult \u2014 a charge often called elder "
                    "abuse \u2014 as well as theft by deception and insurance fraud.") == [
        "exploiting a vulnerable adult", "theft by deception", "insurance fraud", "elder abuse"]
    assert _charges("Orla Penhale was convicted of arson \u2014 a crime that carries 20 years \u2014 and insurance fraud.") == [
        "arson", "insurance fraud"]
    assert _charges("Orla Penhale was convicted of arson -- a crime that carries 20 years -- along with burglary.") == [
        "arson", "burglary"]


def test_a_dashed_aside_that_is_no_offence_ends_the_list():
    assert _charges("Orla Penhale was convicted of murder \u2014 the jury deliberated for two days \u2014 and the family wept.") == [
        "murder"]
    assert _charges("Orla Penhale was convicted of fraud \u2014 along with her brother, who was called the brains \u2014 and "
                    "sentenced to prison.") == ["fraud"]


def test_the_name_the_law_gives_the_count_in_a_dashed_aside():
    assert "theft of a vessel" in _charges(
        "A jury convicted Orla Penhale of taking a boat without consent \u2014 known in Maine law as theft of a vessel \u2014 "
        "and criminal mischief.")
    # a bare ", known as" names a place or a person, no count
    assert _charges("Orla Penhale, a guard at the county lockup, known as 40 Quay, smuggled phones, tobacco and cash into "
                    "the jail. She pleaded guilty to bribery.") == ["bribery"]


def test_the_list_goes_on_after_a_class_in_apposition_with_the_preposition_repeated():
    assert _charges("Orla Penhale pleaded guilty to defacing a mosque, a federal hate crime, and to using fire to commit "
                    "a federal felony.") == ["defacing a mosque", "using fire to commit a federal felony"]
    assert _charges("Orla Penhale was convicted of theft, a misdemeanor, and to pay restitution.") == ["theft"]


def test_leaving_an_accident_scene_and_the_harm_the_statute_grades_it_by():
    assert _charges("Orla Penhale pleaded guilty to dangerous driving and leaving an accident scene.") == [
        "dangerous driving", "leaving an accident scene"]
    assert _charges("Orla Penhale pleaded guilty to manslaughter and leaving the scene of a crash after causing death.") == [
        "manslaughter", "leaving the scene of a crash after causing death"]
    assert _charges("Orla Penhale pleaded guilty to manslaughter after the crash.") == ["manslaughter"]


def test_impaired_boating_named_by_its_letters_is_a_list_item():
    assert _charges("Orla Penhale was convicted of BUI manslaughter and BUI causing serious bodily injury.") == [
        "BUI manslaughter", "BUI causing serious bodily injury"]
    assert _charges("Orla Penhale was convicted of assault and BWI.") == ["assault", "BWI"]


def test_a_statutes_generic_victim_and_a_drugs_class_name_no_one_harmed():
    assert _charges("Orla Penhale pleaded guilty to choking a person without consent and common assault.") == [
        "choking a person without consent", "common assault"]
    assert _charges("Orla Penhale pleaded guilty to importing a Class B controlled drug and money laundering.") == [
        "importing a Class B controlled drug", "money laundering"]
    # the deed told with its victim stays no offence
    assert _charges("Orla Penhale pleaded guilty to choking her flatmate, who was treated in hospital.") == []
    assert _charges("Orla Penhale was charged with choking a woman in her home.") == []


def test_the_unauthorised_taking_of_a_vehicle_with_its_article_is_a_list_item():
    assert _charges("Orla Penhale pleaded guilty to burglary and to the unauthorised taking of a vehicle.") == [
        "burglary", "unauthorised taking of a vehicle"]
    assert _charges("Orla Penhale, who has no fixed address, pleaded guilty to burglary and the unauthorised taking of a "
                    "vehicle at a house in Rathmines on 3 March last year.") == ["burglary", "unauthorised taking of a vehicle"]


def test_the_one_harmed_after_with_intent_and_her_age_told_inside_the_list():
    assert _charges("Orla Penhale pleaded guilty to causing grievous bodily harm with intent to Ryan Dunne, then aged 18, "
                    "and to possessing an offensive weapon in a public place.") == [
        "causing grievous bodily harm with intent", "possessing an offensive weapon in a public place"]
    assert _charges("Orla Penhale admitted wounding with intent to Ann Lee and affray.") == ["wounding with intent", "affray"]


def test_a_single_count_goes_no_further_than_the_scene_left_after_it():
    assert _charges("Orla Penhale has pleaded guilty to an aggravated count of causing death by dangerous driving and "
                    "leaving an accident scene after causing death over the crash.") == [
        "causing death by dangerous driving", "leaving an accident scene after causing death"]
    assert _charges("Orla Penhale pleaded guilty to a single count of theft and fraud.") == ["theft and fraud"]


def test_new_zealands_representative_charge_and_a_statutes_dishonest_purpose():
    assert _charges("Orla Penhale pleaded guilty to a representative charge of accessing a computer system for a dishonest "
                    "purpose and theft.") == ["accessing a computer system for a dishonest purpose", "theft"]


def test_how_the_counts_terms_run_is_no_part_of_the_offence():
    assert _charges("The judge ordered Orla Penhale's sentences on three counts of burglary to be served back to back.") == [
        "burglary"]
    assert _charges("Orla Penhale was convicted of conspiracy to run an illegal gambling business.") == [
        "conspiracy to run an illegal gambling business"]
