"""Charges from round 65: a gerund offence naming its statute's title ("... required under the X Act") is no person
told; a hate-crime count named with its bias motive ("because of the race of ...") or as "a hate crime for
<gerund>"; a dashed aside between a verdict's counts ("X \u2014 a federal hate crime \u2014 and of Y"); "life
without the possibility of parole for X"; a second defendant's plea or verdict, named in apposition ("The boy's
father, Ann Roe, 24, received ... after pleading guilty to X") or after a nameless lede ("A man has been sentenced
... Ed Roe, 30, was found guilty of X"), is that person's, and a co-defendant's count is no restatement of the
defendant's fuller one."""
from __future__ import annotations

from tests.helpers import charge_texts


def test_a_gerund_count_naming_its_statute_title_is_kept():
    found = charge_texts("Dorian Pell pleaded guilty in April to obtaining a controlled substance by fraud and "
                         "falsifying records required under the Drug Control Act. He was sentenced to two years.")
    assert "obtaining a controlled substance by fraud" in found
    assert "falsifying records required under the Drug Control Act" in found


def test_a_bias_motive_is_part_of_the_hate_crime_count_and_a_dashed_aside_does_not_end_the_list():
    found = charge_texts("A federal jury in March convicted Dale Furrow, 33, of Pine Ridge, of damaging religious "
                         "property because of the religion of the people associated with it \u2014 a federal hate "
                         "crime \u2014 and of using fire to commit a federal felony. He faces up to 30 years.")
    assert "damaging religious property because of the religion of the people associated with it" in found
    assert "using fire to commit a federal felony" in found


def test_a_hate_crime_for_a_deed_is_one_count():
    found = charge_texts("Dale Furrow, 33, was convicted by a jury in March of a federal hate crime for damaging "
                         "religious property and of using fire to commit a felony in the 2021 blaze. He was sentenced "
                         "to 20 years.")
    assert "federal hate crime for damaging religious property" in found
    assert "using fire to commit a felony" in found
    assert "federal hate crime" not in found


def test_life_without_the_possibility_of_parole_for_an_offence():
    found = charge_texts("Rory Tansey, 30, was formally sentenced by Circuit Judge Ada Fenwick to life without the "
                         "possibility of parole for first-degree murder, plus 20 years in prison for child abuse.")
    assert {"first-degree murder", "child abuse"} <= set(found)


def test_a_relative_named_in_apposition_sentenced_after_her_own_plea():
    found = charge_texts("A Millbrook man was sentenced to life Friday in the death of a 3-year-old girl, and the "
                         "girl's mother was sent to prison.\n\n"
                         "Rory Tansey, 30, was formally sentenced by Circuit Judge Ada Fenwick to life without the "
                         "possibility of parole for first-degree murder, plus 20 years in prison for child abuse.\n\n"
                         "The girl's mother, Lacey Verdon, 26, received a 15-year sentence with five years suspended "
                         "after pleading guilty to enabling child abuse and child neglect.")
    assert {"first-degree murder", "child abuse", "enabling child abuse", "child neglect"} <= set(found)


def test_the_man_of_a_nameless_lede_named_in_the_next_sentence():
    found = charge_texts("Lacey Verdon, 26, pleaded guilty in June to enabling child abuse and child neglect. Judge "
                         "Ada Fenwick sentenced her to 15 years in prison.\n\n"
                         "A Millbrook man convicted of killing the girl has been formally sentenced to life in prison.\n\n"
                         "Rory Tansey, 30, was found guilty in May of first-degree murder and child abuse. Jurors "
                         "recommended life without parole on the murder count.")
    assert {"first-degree murder", "child abuse", "enabling child abuse", "child neglect"} <= set(found)


def test_a_relative_sentenced_in_the_background_of_one_defendants_story_is_not_the_case():
    found = charge_texts("A bookkeeper who stole $80,000 from a dental office was sentenced to home detention.\n\n"
                         "Nadia Crewe, 44, pleaded guilty to theft by a person in a special relationship.\n\n"
                         "Her partner, Levi Crewe, 50, was sentenced at the same hearing to community work after "
                         "pleading guilty to receiving.")
    assert "theft by a person in a special relationship" in found
    assert "receiving" not in found
