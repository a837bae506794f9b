"""Speakers in British and Commonwealth court copy: a man the story marks as male by his own thing ("was jailed after
his car struck a girl") is never a later "she"; Scotland's "the fiscal" is the fiscal depute the story named; and
"Baptiste's mother said" is the one other Baptiste of that sex the story names with no other tie ("Marjorie
Baptiste told the judge")."""
from __future__ import annotations

from tests.helpers import O, C, party_roles, speaker_in

_CRASH = "Jordan Kettle, 29, was jailed for two years after his car struck Mali Pugh, 7, in Connah's Quay."


def test_his_own_car_keeps_a_she_off_him():
    text = f"{_CRASH}\n\nThe court heard the girl had been crossing the road.\n\n{O}I am so sorry,{C} she said."
    assert speaker_in(text, "I am so sorry") != "Jordan Kettle"


def test_her_own_car_keeps_a_he_off_her():
    text = ("Jordan Kettle, 29, lost control of her car on the A55 and struck Sam Pugh. Pugh's father, Tom, was in "
            f"court.\n\n{O}We will never forget it,{C} he said.")
    assert speaker_in(text, "We will never forget it") != "Jordan Kettle"


def test_a_his_after_someone_s_words_marks_no_one():
    text = ("Jordan Kettle, 29, told the court that his car had been serviced. Ann Pugh, the prosecutor, disagreed.\n\n"
            f"{O}It had not been,{C} she said.")
    assert speaker_in(text, "It had not been") == "Ann Pugh"


def test_the_fiscal_is_the_fiscal_depute_named():
    text = ("Craig Lennox, 41, admitted assault at Glasgow Sheriff Court. Fiscal depute Calum Strachan told the court "
            f"Lennox had been drinking.\n\n{O}The complainer fell backwards,{C} the fiscal said.")
    assert speaker_in(text, "The complainer fell backwards") == "Calum Strachan"
    assert party_roles(text)["Calum Strachan"] == ["Fiscal depute"]


def test_a_relative_told_by_the_surname_is_the_one_so_named():
    text = ("Aaron Baptiste, 31, died after a punch outside a bar. Darnell Whitfield, 27, was convicted of "
            f"manslaughter.\n\n{O}He was my only child,{C} Marjorie Baptiste told the judge.\n\n"
            f"Baptiste's mother said she would be back in May. {O}Somebody has to be there for him,{C} she said.")
    assert speaker_in(text, "Somebody has to be there") == "Marjorie Baptiste"


def test_a_relative_of_another_kind_is_not_the_one_meant():
    text = ("Daniel Kerrigan, 40, died after a punch. Jayden Pollard, 24, was jailed for 13 years.\n\n"
            f"His mother, Patricia Kerrigan, wept.\n\n{O}Keep your hands in your pockets,{C} Mr Kerrigan's widow said.")
    assert speaker_in(text, "Keep your hands") != "Patricia Kerrigan"


def test_the_accused_is_never_his_own_relative():
    text = ("Tom Vale, 34, was charged Monday. His son, Ben Vale, was unhurt.\n\nLast spring, Vale's brother drove to "
            f"the house, later saying, {O}It was chaos.{C}")
    assert speaker_in(text, "It was chaos") not in ("Tom Vale", "Ben Vale")


def test_a_woman_who_gives_a_victim_impact_statement_is_the_victim():
    text = ("Liam Halloran, 35, was given a community correction order for assault.\n\nIn a victim impact statement read "
            "to the court by the police prosecutor, the woman, who cannot be named, said she had moved suburbs.\n\n"
            f"{O}I still check the locks three times,{C} she wrote.")
    assert speaker_in(text, "I still check the locks") == "the victim"


def test_a_woman_described_elsewhere_stays_as_described():
    text = ("Liam Halloran, 35, was given a community correction order for assault.\n\nA woman who lives next door, "
            f"who asked not to be named, said she had heard shouting.\n\n{O}It went on for hours,{C} she said.")
    assert speaker_in(text, "It went on for hours") != "the victim"


def test_a_quote_paragraph_after_a_relative_introduced_with_the_owner_s_full_name():
    text = ("Dustin McKelroy, 34, pleaded guilty to impaired driving causing death.\n\nMarcus Levesque's father, Gilles "
            f"Levesque, spoke about his son's plans to become an engineer.\n\n{O}He used to draw bridges on napkins.\n\n"
            f"{O}Now I keep the napkins in a drawer.{C}")
    assert speaker_in(text, "He used to draw bridges") == "Gilles Levesque"
    assert speaker_in(text, "Now I keep the napkins") == "Gilles Levesque"
