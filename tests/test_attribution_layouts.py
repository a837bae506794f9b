"""Speakers in layouts reporters use every day: short texts written for these tests."""
from __future__ import annotations

from tests.helpers import quotes_of as _quotes_of


def quotes_of(text: str, title: str = "Driver convicted in crash that killed two") -> list[tuple[str, str | None]]:
    return _quotes_of(text, title)


def test_a_relative_whose_name_holds_the_family_surname_is_her_own_speaker():
    text = ("A jury on Monday convicted Dale Pruitt of killing two people in a crash last spring.\n\n"
            "Agnes Voss, 81, and her son Carl Voss, 50, died at the scene.\n\n"
            "Lena Voss Harper, Agnes Voss\u2019s daughter, was in the courtroom. She spoke with reporters afterward.\n\n"
            "\u201cI kept thinking about my mother the whole time,\u201d she says.\n")
    assert quotes_of(text) == [("I kept thinking about my mother the whole time,", "Lena Voss Harper")]


def test_a_block_quote_after_an_indirect_speech_lead_in_is_the_lead_ins_speaker():
    text = ("A former town treasurer was sentenced Friday to four years in prison.\n\n"
            "Maine Secretary of State Rowan Tillery, who attended the hearing, said the case had shaken voters.\n\n"
            "\u201cPeople need to trust the people who count their money.\n\n"
            "\u201cI hope this helps them do that.\u201d\n")
    assert quotes_of(text) == [("People need to trust the people who count their money.", "Rowan Tillery"),
                               ("I hope this helps them do that.", "Rowan Tillery")]


def test_a_letter_read_aloud_is_its_writers_not_the_readers():
    text = ("Deputy prosecutor Ian Brandt asked for eight years.\n\n"
            "Court officer Nora Quill, who was hurt in the attack, did not attend. Brandt read her letter aloud.\n\n"
            "\u201cI used to love that job,\u201d the letter said.\n")
    assert quotes_of(text) == [("I used to love that job,", "Nora Quill")]


def test_the_church_and_the_hospital_system_are_the_bodies_named_before():
    text = ("A jury convicted pastor Glen Roark of fraud on Tuesday. Roark led Living Water Tabernacle for years.\n\n"
            "Living Water Tabernacle\u2019s broadcast reaches three states. In a statement, the church said it "
            "\u201cwill keep its doors open.\u201d\n\n"
            "Mercy Vale Health fired Roark\u2019s wife in 2021. The hospital system said in a statement that it was "
            "\u201cgrateful to the FBI.\u201d\n")
    assert quotes_of(text) == [("will keep its doors open.", "Living Water Tabernacle"),
                               ("grateful to the FBI.", "Mercy Vale Health")]


def test_they_called_is_the_group_that_opened_the_sentence_before():
    text = ("For three years the clinic\u2019s manager took bribes from a supplier.\n\n"
            "Now federal prosecutors want Dean Halvorsen to spend six years in prison. In a memo filed late Friday, "
            "they called his conduct \u201ca quiet theft from the sick\u201d and argued for a long term.\n")
    assert quotes_of(text) == [("a quiet theft from the sick", "prosecutors")]


def test_she_thanked_readers_for_her_own_words():
    text = ("Dana Halvorsen, 51, ran a blog about her illness. She shaved her head. She posted photos from "
            "hospital beds. She thanked readers for helping her \u201cstay strong for my boys.\u201d\n")
    assert quotes_of(text) == [("stay strong for my boys.", "Dana Halvorsen")]


def test_a_name_before_its_description_and_a_whose_clause_speaks():
    text = ("A former booster club treasurer was sentenced Monday for stealing from the club.\n\n"
            "Nadia Korvel, the Iowa auditor of state, whose office investigated the case, said in a statement that "
            "clubs are \u201ceasy targets for theft.\u201d\n")
    assert quotes_of(text) == [("easy targets for theft.", "Nadia Korvel")]


def test_her_office_is_the_officials_office_and_so_is_its_statement():
    text = ("A jury convicted Bo Strand of threatening Mayor Tessa Lindahl.\n\n"
            "Lindahl, a Democrat in her second term, did not attend the trial. In a statement, her office said she "
            "was grateful to the jurors.\n\n"
            "\u201cThe mayor would not be intimidated,\u201d the statement said.\n")
    assert quotes_of(text) == [("The mayor would not be intimidated,", "Lindahl\u2019s office")]
