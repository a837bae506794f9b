"""Speakers of round 56: a show's title in quotation marks inside the subject ("the host of “Garden Hour” said"),
a description whose noun the article used as a title before the person's name ("Television host Ann Roe … the
52-year-old host said"), "the government" writing a court paper as the prosecutors, a body set off in commas after a
description ("One of the lenders, Maple Ridge Bank, said"), a name set off after a description that the party list
missed ("A third survivor, Rafael Ostrand, spoke. "…," he said"), and one quoted word a participle of argument reports
("arguing the years were "symbolic.""). All texts are written for these tests."""
from __future__ import annotations

from tests.helpers import facts_of, speaker_of

_HOST = ("Television host Dorian Pelkey was sentenced Tuesday to two years in prison for bank fraud.\n\n"
         "The sentencing of “Garden Rescue Hour” host Dorian Pelkey ended a long federal case.\n\n"
         "Dorian Pelkey has told a federal judge he is sorry.\n\n")


def test_a_shows_title_in_the_subject_is_no_speaker():
    facts = facts_of(_HOST + "Reading from a prepared statement, the 52-year-old host of “Garden Rescue Hour” said he "
                     "had “let the cameras decide who I was” and borrowed money to keep up.\n")
    assert speaker_of(facts, "let the cameras") == "Dorian Pelkey"


def test_a_description_by_the_title_before_a_name():
    facts = facts_of(_HOST + "Reading from a prepared statement, the 52-year-old host said he had “let the cameras "
                     "decide who I was” and borrowed money.\n")
    assert speaker_of(facts, "let the cameras") == "Dorian Pelkey"


def test_the_government_writing_a_memo_is_the_prosecutors():
    facts = facts_of("Dorian Pelkey was sentenced Tuesday to two years in prison for bank fraud.\n\n"
                     "Prosecutors had sought 40 months in prison. In a sentencing memorandum, the government wrote that "
                     "he \"used his fame as a key to the vault.\"\n")
    assert speaker_of(facts, "used his fame") == "prosecutors"


def test_a_body_set_off_after_a_description_speaks():
    facts = facts_of("Dorian Pelkey was sentenced Tuesday to two years in prison for bank fraud.\n\n"
                     "One of the lenders, Maple Ridge Bank, said in a statement that it was \"thankful for the diligent "
                     "work of investigators\" and would not comment further.\n")
    assert speaker_of(facts, "thankful for the diligent") == "Maple Ridge Bank"


_SURVIVORS = ("Kyle Brandvold was sentenced Tuesday to life in prison for the shooting at Ridgeview High School.\n\n"
              "One survivor, Wrenna Oakby, read a statement. \"I still flinch at loud noises,\" she said.\n\n")


def test_a_name_set_off_after_a_description_is_the_later_he():
    facts = facts_of(_SURVIVORS + "A third survivor, Rafael Ostrand, spoke in person. \"You will not define my life,\" "
                     "he said, before returning to his seat.\n")
    assert speaker_of(facts, "You will not define") == "Rafael Ostrand"


def test_one_word_an_argument_reports_is_a_quote():
    facts = facts_of(_SURVIVORS + "Brandvold's attorney had asked for concurrent terms, arguing the extra years were "
                     "\"symbolic.\"\n\n"
                     "The judge disagreed and ordered the terms served one after another.\n\n"
                     "Brandvold's attorney, public defender Selma Quintrell, said outside court that he would not "
                     "appeal.\n")
    # (the lawyer named only paragraphs later stays unnamed here: see test_speakers_round51)
    assert speaker_of(facts, "symbolic") == "Brandvold\u2019s attorney"


def test_a_lawyer_named_later_for_someone_else_stays_unnamed():
    facts = facts_of("Kyle Brandvold and Nora Pettifer were sentenced Tuesday for running a stolen-car ring.\n\n"
                     "Brandvold's attorney asked for the minimum, saying his client \"never had a fair start in life.\"\n\n"
                     "Brandvold said he was sorry. He told the judge his client days were over.\n\n"
                     "Her attorney, Selma Quintrell, said Pettifer was led along by Brandvold.\n")
    assert speaker_of(facts, "never had a fair start") != "Selma Quintrell"
