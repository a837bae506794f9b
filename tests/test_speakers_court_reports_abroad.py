"""Speakers as court reports in Australia, Britain, Ireland and Canada name them: the judge as "His Honour" or "Her
Honour", a Crown prosecutor by name (texts invented for these tests)."""
from __future__ import annotations

from tests.helpers import quotes_of


def test_his_or_her_honour_is_the_judge_on_the_bench():
    for honour in ("His Honour", "Her Honour", "His Honor"):
        quotes = quotes_of(f"Jye Wardle, 22, was sentenced on Tuesday by Judge Petra Langley.\n\n"
                           f"\u201cThis was a cowardly attack,\u201d {honour} said.")
        assert quotes == [("This was a cowardly attack,", "Petra Langley")], honour


def test_honour_with_two_judges_named_is_left_to_the_usual_rules():
    quotes = quotes_of("Judge Petra Langley and Judge Omar Fitchley heard the appeal.\n\n"
                       "\u201cThis was a cowardly attack,\u201d His Honour said.")
    assert quotes[0][1] not in ("Petra Langley", "Omar Fitchley")


def test_a_crown_prosecutor_whose_surname_is_an_outlets_word_is_a_person_who_speaks():
    quotes = quotes_of("Jye Wardle, 22, was sentenced on Tuesday.\n\n"
                       "Crown prosecutor Lena Fox told the court Wardle had \u201cshown no remorse\u201d.")
    assert quotes == [("shown no remorse", "Lena Fox")]
