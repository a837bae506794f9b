"""Speakers of round 51: a body called by its kind with a word that names another kind ("the police department")
is never a body of the same noun named before it ("the Justice Department"). All texts are written for these tests."""
from __future__ import annotations

from tests.helpers import speaker_in

LEDE = "A former jailer, Orvin Pask, was sentenced Tuesday to three years in prison, the Justice Department said.\n\n"


def test_a_police_department_is_not_the_justice_department_named_before():
    text = LEDE + ("The police department said in a statement that Pask was fired in 2021 and that it "
                   "\u201cwill not tolerate abuse of any kind.\u201d\n")
    assert speaker_in(text, "will not tolerate") not in ("Justice Department", "U.S. Justice Department")


def test_a_fire_department_after_the_quote_is_not_the_justice_department():
    text = LEDE + "\u201cOur crews did everything they could,\u201d the fire department said.\n"
    assert "Justice" not in speaker_in(text, "Our crews")


def test_the_police_department_is_the_police_department_named_before():
    text = ("Orvin Pask, 44, was sentenced Tuesday to three years in prison, the Justice Department said. "
            "The Marlow Police Department fired him in 2021.\n\n"
            "\u201cHe broke our trust,\u201d the police department said.\n")
    assert speaker_in(text, "He broke our trust") == "Marlow Police Department"


def test_a_placing_word_still_finds_the_body_named_before():
    text = ("Orvin Pask, 44, was sentenced Tuesday to three years in prison, the Justice Department said.\n\n"
            "\u201cThis case shows our resolve,\u201d the federal department said.\n")
    assert speaker_in(text, "This case shows") == "Justice Department"


def test_a_lawyer_owned_in_the_lede_is_the_one_named_paragraphs_later():
    text = ("DOVER, Del. (AP) \u2014 A former county clerk was convicted Friday of stealing from a pension fund, a verdict "
            "that Briscane\u2019s lawyer called \u201ca grave injustice.\u201d\n\n"
            "Jurors deliberated for two days before finding Hollis Briscane, 61, guilty of theft.\n\n"
            "Prosecutors said the money paid for a boat.\n\n"
            "Briscane\u2019s lawyer, Teodor Vail, said he would appeal.\n")
    assert speaker_in(text, "a grave injustice") == "Teodor Vail"


def test_a_lawyer_owned_after_the_lede_is_the_one_lawyer_the_story_names_later():
    # (round 65 changed this: a story with one "Briscane's lawyer" means one person, however far down the name comes;
    # the gold of a new set agrees, and two lawyers holding the role still leave the role as written)
    text = ("Hollis Briscane, 61, was convicted Friday of theft.\n\n"
            "Prosecutors said the money paid for a boat. Briscane\u2019s lawyer called it \u201ca grave injustice.\u201d\n\n"
            "Jurors deliberated for two days.\n\n"
            "The judge set sentencing for June.\n\n"
            "Briscane\u2019s lawyer, Teodor Vail, said he would appeal.\n")
    assert speaker_in(text, "a grave injustice") == "Teodor Vail"


def test_the_office_is_the_office_named_by_its_holders_title_before():
    text = ("Ivo Brandvik, 40, was convicted Monday of arson.\n\n"
            "The county medical examiner\u2019s office said both victims died of smoke. "
            "\u201cThey never woke up,\u201d the office said in its report.\n")
    assert speaker_in(text, "They never woke up") == "the county medical examiner\u2019s office"


def test_the_office_after_a_capitalised_office_named_later_is_not_the_titled_one():
    text = ("Ivo Brandvik, 40, was convicted Monday of arson.\n\n"
            "The county medical examiner\u2019s office said both victims died of smoke. The Kent County Sheriff\u2019s "
            "Office arrested Brandvik a week later. \u201cHe had fled to Ohio,\u201d the office said.\n")
    assert speaker_in(text, "He had fled") != "the county medical examiner\u2019s office"


def test_a_lawyer_owned_by_the_ledes_description_is_that_persons_lawyer():
    text = ("DOVER, Del. (AP) \u2014 A former county clerk was convicted Friday of stealing from a pension fund, a verdict "
            "that the former clerk\u2019s lawyer called \u201ca grave injustice.\u201d\n\n"
            "Jurors deliberated for two days before finding Hollis Briscane, 61, guilty of theft.\n\n"
            "Briscane\u2019s lawyer, Teodor Vail, said he would appeal.\n")
    assert speaker_in(text, "a grave injustice") == "Teodor Vail"


def test_a_role_owned_by_someone_the_lede_did_not_describe_is_not_the_lede_persons():
    text = ("DOVER, Del. (AP) \u2014 A former county clerk was convicted Friday of stealing from a pension fund, a verdict "
            "that the treasurer\u2019s lawyer called \u201ca grave injustice.\u201d\n\n"
            "Jurors deliberated for two days before finding Hollis Briscane, 61, guilty of theft.\n\n"
            "Briscane\u2019s lawyer, Teodor Vail, said he would appeal.\n")
    assert speaker_in(text, "a grave injustice") != "Teodor Vail"
