"""Charges from short articles written for these tests: an impaired-driving offence named with its grade ("at the
highest rate"), a statute's dealing after "during", a co-conspirator's "conspiracy to commit" the defendant's own
offence, co-defendants of a roster story told with a relative clause or a pronoun, and two labels sharing "charges"."""
from __future__ import annotations

from tests.test_charges import _charges


def test_an_impaired_driving_offence_keeps_its_grade():
    assert _charges("Dell Varnum pleaded guilty to aggravated assault by vehicle and DUI at the highest rate of "
                    "alcohol.") == {"aggravated assault by vehicle": "pleaded guilty",
                                    "DUI at the highest rate of alcohol": "pleaded guilty"}
    # a place after "at" still ends the offence
    assert _charges("Dell Varnum pleaded guilty to DUI at the intersection of Elm and Fifth.") == {"DUI": "pleaded guilty"}


def test_the_dealing_a_statute_guards_goes_on_after_during():
    assert _charges("Orla Pentz also faces a charge of making false statements during the purchase of firearms.") == {
        "making false statements during the purchase of firearms": "charged"}


def test_a_co_conspirators_count_in_the_defendants_scheme_is_the_cases():
    charges = _charges("Bram Toller was convicted of mail fraud and tax evasion. A second defendant, Nessa Quill, 38, "
                       "pleaded guilty in May to one count of conspiracy to commit mail fraud.")
    assert charges == {"mail fraud": "convicted", "tax evasion": "convicted",
                       "conspiracy to commit mail fraud": "pleaded guilty"}
    # another person's conspiracy to commit an offence the defendant is not charged with is their own case
    assert _charges("Bram Toller was convicted of mail fraud. A second defendant, Nessa Quill, 38, pleaded guilty in "
                    "May to one count of conspiracy to commit arson.") == {"mail fraud": "convicted"}
    # ... and so is one told by a tie to the defendant ("Toller's bookkeeper, Nessa Quill")
    assert _charges("Bram Toller was convicted of mail fraud. Toller's bookkeeper, Nessa Quill, 38, pleaded guilty in "
                    "May to one count of conspiracy to commit mail fraud.") == {"mail fraud": "convicted"}


def test_co_defendants_of_a_roster_story_told_by_a_relative_clause_or_a_pronoun():
    body = ("A federal judge on Monday sentenced three people who ran a pill mill out of a tire shop.\n\n"
            "Ivo Brandt, 40, received 15 years in prison. Brandt pleaded guilty to conspiracy to distribute oxycodone.\n\n"
            "Lena Satterly, 31, who kept the ledgers, received 40 months in prison. She pleaded guilty to money laundering.\n\n"
            "Pim Adderley, who drove the van for two years, pleaded guilty to misprision of a felony.")
    assert _charges(body) == {"conspiracy to distribute oxycodone": "pleaded guilty",
                              "money laundering": "pleaded guilty", "misprision of a felony": "pleaded guilty"}


def test_two_labels_sharing_charges_give_way_to_the_counts():
    assert _charges("Ruth Ebner was convicted on federal drug and fraud charges. Jurors found Ruth Ebner guilty of "
                    "possession with intent to distribute heroin and conspiracy to commit wire fraud.") == {
        "possession with intent to distribute heroin": "convicted", "conspiracy to commit wire fraud": "convicted"}


def test_a_statute_named_after_under_and_a_federal_smuggling_offence_go_on():
    assert _charges("Gil Pardo pleaded guilty to one count of unlawful conduct under the Clean Harbors Act.") == {
        "unlawful conduct under the Clean Harbors Act": "pleaded guilty"}
    assert _charges("Gil Pardo pleaded guilty to bribery and smuggling goods from the United States.") == {
        "bribery": "pleaded guilty", "smuggling goods from the United States": "pleaded guilty"}
    # a person or time after "under" still ends the offence
    assert _charges("Gil Pardo was convicted of fraud under Judge Ann Mace.") == {"fraud": "convicted"}


def test_a_possessive_of_a_name_ending_in_s_opens_a_conviction():
    assert _charges("An appeals court upheld Ren Dobbs' convictions for arson and burglary.") == {
        "arson": "convicted", "burglary": "convicted"}


def test_state_code_names_a_subtype_an_enterprise_and_a_bracketed_particular():
    assert _charges("A jury convicted Ona Bly of one count of conducting a criminal enterprise and three counts of "
                    "Medicaid fraud - false claim, each a four-year felony.") == {
        "conducting a criminal enterprise": "convicted", "Medicaid fraud - false claim": "convicted"}
    # an aside after the hyphen is no subtype
    assert _charges("A jury convicted Ona Bly of fraud - twice.") == {"fraud": "convicted"}
    assert _charges("Ty Orrin pleaded guilty to break and enter dwelling and commit indictable offence (inflict actual "
                    "bodily harm) and stealing from a person.") == {
        "break and enter dwelling and commit indictable offence (inflict actual bodily harm)": "pleaded guilty",
        "stealing from a person": "pleaded guilty"}
    # a bracketed aside still ends the offence
    assert _charges("Ty Orrin pleaded guilty to assault (a charge he long denied) and theft.") == {"assault": "pleaded guilty"}


def test_a_driving_offences_condition_after_while_is_part_of_its_name():
    assert list(_charges("Kieran Dollond, 31, admitted causing death by dangerous driving and driving while over the "
                         "prescribed limit.")) == ["causing death by dangerous driving", "driving while over the prescribed limit"]
    assert list(_charges("Nia Brandt pleaded guilty to driving while using a mobile phone.")) == ["driving while using a mobile phone"]


def test_causing_hurt_is_an_offence_named_by_its_harm():
    # Singapore's penal code: "voluntarily causing grievous hurt"
    assert _charges("Lim Wei Tong was charged with voluntarily causing grievous hurt and criminal intimidation.") == {
        "voluntarily causing grievous hurt": "charged", "criminal intimidation": "charged"}
