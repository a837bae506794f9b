"""Charges from short articles written for these tests: offences a prosecutor's release writes in title case, a class
and violence grade between two offences, unmarked list lines under "convicted of the following charges:", and an
offence named for the relationship it was committed in."""
from __future__ import annotations

from tests.test_charges import _charges


def test_offences_written_in_title_case_read_whole_with_their_degree():
    charges = _charges("District Attorney Ruth Pell announced that Omar Drayton, 28, was found guilty by a jury of "
                       "Assault in the Second Degree and Criminal Possession of a Weapon in the Third Degree.")
    assert charges == {"Assault in the Second Degree": "convicted",
                       "Criminal Possession of a Weapon in the Third Degree": "convicted"}


def test_a_class_and_violence_grade_between_two_offences_keeps_the_list_going():
    charges = _charges("Omar Drayton, 28, was found guilty of Manslaughter in the First Degree, a class B violent "
                       "felony, and Robbery in the Second Degree, a class C violent felony.")
    assert charges == {"Manslaughter in the First Degree": "convicted", "Robbery in the Second Degree": "convicted"}
    assert _charges("Omar Drayton, 28, was found guilty of burglary in the second degree, a class C violent felony, "
                    "and criminal mischief in the third degree.") == {
        "burglary in the second degree": "convicted", "criminal mischief in the third degree": "convicted"}


def test_a_statute_named_in_title_case_keeps_its_own_capitals():
    assert _charges("Omar Drayton, 28, pleaded guilty to Hobbs Act robbery.") == {"Hobbs Act robbery": "pleaded guilty"}


def test_unmarked_lines_under_a_list_of_the_following_charges_are_each_one_offence():
    charges = _charges("Following a bench trial, Ivo Brandt was convicted of the following charges:\n\n"
                       "Burglary of a Dwelling (3 counts)\nReceiving Stolen Property Over $250\n"
                       "Possession of Burglarious Tools\n\nBrandt will be sentenced in May.")
    assert charges == {"Burglary of a Dwelling": "convicted", "Receiving Stolen Property Over $250": "convicted",
                       "Possession of Burglarious Tools": "convicted"}


def test_prose_after_a_list_intro_is_no_offence():
    charges = _charges("Ivo Brandt was convicted of the following charges:\n\n- burglary\n- trespassing\n\n"
                       "Brandt will be sentenced in May.")
    assert charges == {"burglary": "convicted", "trespassing": "convicted"}


def test_an_offence_named_for_the_relationship_it_was_committed_in():
    charges = _charges("Mere Tawhiri had earlier pleaded guilty to two representative charges of theft by a person in a "
                       "special relationship. The judge imposed eight months' home detention.")
    assert charges == {"theft by a person in a special relationship": "pleaded guilty"}
    assert _charges("Mere Tawhiri pleaded guilty to assault in a relationship dispute.") == {"assault": "pleaded guilty"}
