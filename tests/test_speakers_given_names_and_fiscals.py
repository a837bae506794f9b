"""Speakers named the way British and Commonwealth court copy names them: a child called by the given name after the
first mention ("Mali Pugh, 7, … Mali is back at school"), whose family speaks as "the Pugh family"; a man the story
marks as male by his own thing ("after his car struck") is never a later "she"; and Scotland's "the fiscal" is the
fiscal depute the story named."""
from __future__ import annotations

from tests.helpers import O, C, party_roles, quotes_of, speaker_in

_CRASH = "Jordan Kettle, 29, was jailed for two years after his car struck Mali Pugh, 7, in Connah's Quay."


def test_a_child_called_by_the_given_name_speaks():
    text = f"{_CRASH}\n\nMali is now back at school part-time.\n\n{O}I like school,{C} she said."
    assert speaker_in(text, "I like school") == "Mali Pugh"


def test_the_family_of_a_child_called_by_the_given_name():
    text = f"{_CRASH}\n\nMali is now back at school part-time, her family said.\n\n{O}We are relieved,{C} the family said."
    assert speaker_in(text, "We are relieved") == "Pugh family"  # (the article "the" is added when the case is named)


def test_a_given_name_s_family_is_named_by_the_surname():
    text = (f"{_CRASH}\n\nMali's family said in a statement that they were relieved.\n\n"
            f"{O}She is a fighter,{C} the family said.")
    assert speaker_in(text, "She is a fighter") == "Pugh family"


def test_his_own_car_keeps_a_she_off_him():
    text = f"{_CRASH}\n\nThe court heard the girl had been crossing the road.\n\n{O}I am so sorry,{C} she said."
    assert speaker_in(text, "I am so sorry") != "Jordan Kettle"


def test_a_given_name_that_is_a_word_is_not_read_alone():
    text = ("Grace Lund, 40, was jailed for fraud.\n\nGrace was shown to the cells. Ann Roe, the prosecutor, spoke "
            f"after.\n\n{O}It was a long case,{C} she said.")
    assert speaker_in(text, "It was a long case") == "Ann Roe"


def test_the_fiscal_is_the_fiscal_depute_named():
    text = ("Craig Lennox, 41, admitted assault at Glasgow Sheriff Court. Fiscal depute Calum Strachan told the court "
            f"Lennox had been drinking.\n\n{O}The complainer fell backwards,{C} the fiscal said.")
    assert speaker_in(text, "The complainer fell backwards") == "Calum Strachan"
    assert party_roles(text)["Calum Strachan"] == ["Fiscal depute"]


def test_every_quote_of_a_given_name_story_is_cited():
    quotes_of(f"{_CRASH}\n\nMali is now back at school.\n\n{O}I like school,{C} she said.")  # (citations checked inside)
