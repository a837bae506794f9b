"""Speakers of round 63: a body whose name holds a serial list ("Department of Parks, Trails, and Waterways"); an
investment fund speaking as "the fund"; a letter whose writer is listed after a clause ("40 letters were sent …,
including from his sister, Ann Roe"); an office named by its holder's lower-case title after "U.S." and placed by its
city; an indefinite panel of a named appeal court; and "his attorney" when the article names two people of one
surname (father and son). All texts are written for these tests."""
from __future__ import annotations

from tests.helpers import facts_of, speaker_of

LEDE = "Dorian Vantreece, 52, was sentenced Tuesday to three years in prison for fraud.\n\n"


def test_a_body_named_with_a_serial_list_keeps_its_whole_name():
    facts = facts_of(LEDE + "The Oregon Department of Parks, Trails, and Waterways, which employed Vantreece, fired him "
                     "in May.\n\n\u201cWe have changed how we audit every account,\u201d the department said in a "
                     "statement.\n")
    assert speaker_of(facts, "We have changed") == "Oregon Department of Parks, Trails, and Waterways"


def test_the_fund_is_the_investment_firm_named_before():
    facts = facts_of(LEDE + "He worked at Marrowfield Oak Partners, a Denver hedge fund, until 2022.\n\n"
                     "Marrowfield Oak, which was not charged, fired Vantreece in 2022. The fund said in a statement that "
                     "it had \u201cworked with investigators from the first day\u201d and repaid clients.\n")
    assert speaker_of(facts, "worked with investigators") == "Marrowfield Oak Partners"


def test_a_letter_writer_listed_after_a_clause_writes_the_quotes():
    facts = facts_of(LEDE + "A spokesperson for the U.S. Attorney's office declined to comment.\n\n"
                     "More than 40 letters were submitted to the court on Vantreece's behalf, including from his wife, "
                     "Marisol Vantreece, who described him as a devoted father.\n\n"
                     "\u201cHe coaches every team our kids have ever joined,\u201d she wrote.\n")
    assert speaker_of(facts, "He coaches every team") == "Marisol Vantreece"


def test_the_us_attorneys_office_in_lower_case_is_an_office_placed_by_its_city():
    facts = facts_of(LEDE + "The U.S. attorney\u2019s office in Elmford said in a statement that the sentence "
                     "\u201cshould warn every banker that fraud is a crime.\u201d\n")
    assert speaker_of(facts, "should warn every banker") == "U.S. attorney\u2019s office in Elmford"


def test_a_district_attorneys_office_placed_by_its_city():
    facts = facts_of(LEDE + "The district attorney\u2019s office in Elmford said in a statement that the sentence "
                     "\u201cshould warn every banker that fraud is a crime.\u201d\n")
    assert speaker_of(facts, "should warn every banker") == "district attorney\u2019s office in Elmford"


def test_an_indefinite_panel_of_a_named_appeal_court_speaks_as_written():
    facts = facts_of(LEDE + "\u201cSilence at trial is no reason for a harsher sentence,\u201d a three-judge panel of "
                     "Vermont's Fourth District Court of Appeal wrote.\n")
    assert speaker_of(facts, "Silence at trial") == "three-judge panel of Vermont's Fourth District Court of Appeal"


def test_a_panel_of_people_is_not_an_appeal_court():
    facts = facts_of(LEDE + "\u201cSilence at trial is no reason for a harsher sentence,\u201d a panel of legal experts "
                     "wrote.\n")
    assert speaker_of(facts, "Silence at trial") != "panel of legal experts"


def test_his_attorney_names_which_of_two_namesakes():
    facts = facts_of("Harlan Quillfeather, 60, was sentenced to 12 years in prison Thursday. His son, Rowan Quillfeather, "
                     "29, was sentenced to eight years.\n\n"
                     "Harlan Quillfeather apologized to the court.\n\n"
                     "Rowan Quillfeather did not speak. His attorney said afterward that he would appeal.\n\n"
                     "\u201cThe jury never should have heard that evidence,\u201d his attorney said.\n")
    assert speaker_of(facts, "The jury never should") == "Rowan Quillfeather\u2019s attorney"


def test_his_attorney_keeps_the_surname_when_only_one_person_has_it():
    facts = facts_of("Rowan Quillfeather, 29, was sentenced to eight years in prison Thursday.\n\n"
                     "Rowan Quillfeather did not speak. His attorney said afterward that he would appeal.\n\n"
                     "\u201cThe jury never should have heard that evidence,\u201d his attorney said.\n")
    assert speaker_of(facts, "The jury never should") == "Quillfeather\u2019s attorney"
