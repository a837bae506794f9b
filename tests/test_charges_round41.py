"""Charges from short articles written for these tests: an Ohio grade written after the noun ("a felony of the second
degree") and in brackets ("(F1)"), a conspiracy whose object carries its own "of" complement, the old verdict named by
the sentence a resentencing replaces, statute citations inside a release's list ("in violation of 18 U.S.C. \u00a7 ..."),
a plea to a charging paper ("an information charging him with"), Commonwealth drug quantities and fraud wording, a
count number labelling its offence, and a list of UK offences that ends a "to" infinitive."""
from __future__ import annotations

from tests.test_charges import _charges


def test_a_grade_told_after_the_noun_keeps_the_list_going():
    assert _charges("Dale Prewsley pleaded guilty to Felonious Assault, a felony of the second degree, and Operating a "
                    "Vehicle Under the Influence of Alcohol or Drugs.") == {
        "Felonious Assault": "pleaded guilty", "Operating a Vehicle Under the Influence of Alcohol or Drugs": "pleaded guilty"}
    # a statute cited after the grade is no further offence
    assert _charges("Rina Vostrand pleaded guilty to theft in the first degree, a Class B felony, under RCW 9A.56.030.") == {
        "theft in the first degree": "pleaded guilty"}


def test_a_bracketed_grade_is_no_part_of_the_name_and_the_list_goes_on():
    assert _charges("Jurors found Ray Pikett guilty of Aggravated Robbery (F1) and Having Weapons While Under "
                    "Disability (F3).") == {"Aggravated Robbery": "convicted", "Having Weapons While Under Disability": "convicted"}
    assert _charges("Ray Pikett pleaded guilty to theft (a Class D felony), forgery (a Class C felony) and fraud.") == {
        "theft": "pleaded guilty", "forgery": "pleaded guilty", "fraud": "pleaded guilty"}


def test_a_conspiracy_object_with_its_own_complement_ends_before_the_next_gerund():
    assert _charges("Ramon Quell, 27, pleaded guilty to conspiracy to commit straw purchasing of firearms and making "
                    "false statements in connection with the acquisition of a firearm.") == {
        "conspiracy to commit straw purchasing of firearms": "pleaded guilty",
        "making false statements in connection with the acquisition of a firearm": "pleaded guilty"}


def test_the_sentence_a_resentencing_replaces_names_the_old_conviction():
    assert _charges("Judge Lyle Brandt resentenced Owen Vantrell, now 51, to 30 years, replacing the life term he "
                    "received in 1994 for first-degree felony murder.") == {"first-degree felony murder": "convicted"}
    # a sentence merely received, with nothing altering it, may be the person's past: unread
    assert _charges("Owen Vantrell, who served the term he received in 1994 for burglary, was charged Monday with "
                    "arson.") == {"arson": "charged"}


def test_a_code_section_cited_in_the_list_keeps_the_plea_and_the_list():
    assert _charges("Lee Dorrance pleaded guilty to one count of wire fraud, in violation of 18 U.S.C. \u00a7 1343, and "
                    "one count of aggravated identity theft, in violation of 18 U.S.C. \u00a7 1028A.") == {
        "wire fraud": "pleaded guilty", "aggravated identity theft": "pleaded guilty"}
    assert _charges("A jury convicted Lee Dorrance of bank fraud, in violation of 18 U.S.C. \u00a7 1344, and making a "
                    "false statement to a lender, in violation of 18 U.S.C. \u00a7 1014.") == {
        "bank fraud": "convicted", "making a false statement to a lender": "convicted"}
    # the clause going on after the citation names no offence
    assert _charges("Lee Dorrance pleaded guilty to bank fraud, in violation of 18 U.S.C. \u00a7 1344, and was "
                    "sentenced to 30 months in prison.") == {"bank fraud": "pleaded guilty"}


def test_a_plea_to_a_charging_paper_is_a_plea_to_its_counts():
    assert _charges("Lee Whitlaw pleaded guilty Monday to a two-count superseding information charging her with wire "
                    "fraud and tax evasion.") == {"wire fraud": "pleaded guilty", "tax evasion": "pleaded guilty"}
    assert _charges("Lee Whitlaw pleaded guilty to an information charging him with one count of conspiracy to "
                    "commit health care fraud.") == {"conspiracy to commit health care fraud": "pleaded guilty"}


def test_commonwealth_drug_quantities_and_fraud_wording_name_offences():
    assert _charges("Marcus Tillard was sentenced after admitting importing a commercial quantity of cocaine.") == {
        "importing a commercial quantity of cocaine": "pleaded guilty"}
    assert _charges("Bryce Blight, 44, pleaded guilty to supplying a large commercial quantity of a prohibited "
                    "drug.") == {"supplying a large commercial quantity of a prohibited drug": "pleaded guilty"}
    assert _charges("Bryce Blight pleaded guilty to dishonestly obtaining a financial advantage by deception.") == {
        "dishonestly obtaining a financial advantage by deception": "pleaded guilty"}
    assert _charges("Ellis Warrender was jailed for 18 months after he admitted assaulting an emergency worker.") == {
        "assaulting an emergency worker": "pleaded guilty"}


def test_a_count_number_labels_the_offence_after_it():
    assert _charges("Cole Sutterby pleaded guilty to Count 1, Conspiracy to Distribute Methamphetamine, and Count 3, "
                    "Possession of a Firearm in Furtherance of a Drug Trafficking Crime.") == {
        "Conspiracy to Distribute Methamphetamine": "pleaded guilty",
        "Possession of a Firearm in Furtherance of a Drug Trafficking Crime": "pleaded guilty"}


def test_an_offence_with_its_harm_after_a_to_infinitive_is_the_next_count():
    assert _charges("Shane Mulvey was convicted after a trial of threatening to kill and assault causing harm.") == {
        "threatening to kill": "convicted", "assault causing harm": "convicted"}


def test_a_spelled_count_number_labels_a_title_case_offence():
    assert _charges("Wade Pollock pleaded guilty to Count One, Conspiracy to Commit Bank Fraud, and Count Two, Bank "
                    "Fraud.") == {"Conspiracy to Commit Bank Fraud": "pleaded guilty", "Bank Fraud": "pleaded guilty"}


def test_a_grade_of_the_degree_in_apposition_is_no_offence():
    assert _charges("Wade Pollock pleaded guilty to two counts of aggravated vehicular homicide, felonies of the second "
                    "degree.") == {"aggravated vehicular homicide": "pleaded guilty"}


def test_the_uk_drug_statutes_being_concerned_in_the_supply():
    assert _charges("Wade Pollock, 36, was sentenced on Friday having earlier admitted being concerned in the supply of "
                    "heroin and crack cocaine.") == {"being concerned in the supply of heroin and crack cocaine": "pleaded guilty"}


def test_a_drug_named_in_brackets_inside_a_statute_title():
    assert _charges("Wade Pollock pleaded guilty to Possession of a Controlled Substance (Fentanyl) with Intent to "
                    "Deliver.") == {"Possession of a Controlled Substance (Fentanyl) with Intent to Deliver": "pleaded guilty"}


def test_a_single_charge_of_is_a_count_prefix():
    assert _charges("Kyle Bestwick admitted a single charge of causing serious injury by dangerous driving.") == {
        "causing serious injury by dangerous driving": "pleaded guilty"}


def test_driving_with_a_prescribed_concentration_of_alcohol():
    assert _charges("Lachlan Parrish, 24, pleaded guilty in the Local Court to driving with a middle range prescribed "
                    "concentration of alcohol.") == {
        "driving with a middle range prescribed concentration of alcohol": "pleaded guilty"}


def test_a_bare_code_section_in_apposition_keeps_the_list_going():
    assert _charges("Noel Gradwell was convicted of conspiracy to commit wire fraud, 18 U.S.C. \u00a7 1349, and aggravated "
                    "identity theft, 18 U.S.C. \u00a7 1028A.") == {
        "conspiracy to commit wire fraud": "convicted", "aggravated identity theft": "convicted"}


def test_a_conspiracy_to_distribute_and_possess_with_intent_is_one_count():
    assert _charges("Noel Gradwell, 45, pleaded guilty to conspiracy to distribute and possess with intent to distribute "
                    "cocaine.") == {"conspiracy to distribute and possess with intent to distribute cocaine": "pleaded guilty"}
