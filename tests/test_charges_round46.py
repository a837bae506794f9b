"""Charges and parties from short articles written for these tests: a graded theft's value band with its upper bound,
a press release's title-case offences holding a "for", a victim's possessive before a homicide ("guilty to his
manslaughter"), the common law's "attempting to pervert the course of justice", a count told first ("For X, the
judge imposed ...") and a name written family name first ("Tan Wei Ming ... Tan")."""
from __future__ import annotations

from builder.extract.parties import find_parties
from builder.sources import source_from_text
from tests.test_charges import _charges


def _parties(body: str) -> dict[str, list[str]]:
    source = source_from_text("story.txt", "date: 2025-03-04\n\n" + body)
    return {p.name: p.roles for p in find_parties(source)}


# -- a graded statute's value band --

def test_a_theft_value_band_runs_on_to_its_upper_bound():
    assert _charges("Dorrit Vahl, 38, pleaded guilty Monday to theft of property of $2,500 or more but less than "
                    "$30,000, a state jail felony.") == {
        "theft of property of $2,500 or more but less than $30,000": "pleaded guilty"}


def test_a_valued_property_band_runs_on_to_its_upper_bound():
    assert _charges("Marten Quell was indicted on a charge of theft of property valued at $1,500 or more but less "
                    "than $20,000.") == {"theft of property valued at $1,500 or more but less than $20,000": "charged"}


def test_an_open_value_band_still_ends_at_or_more():
    assert _charges("Pellingham Okandu admitted theft of property of $300,000 or more, a first-degree felony.") == {
        "theft of property of $300,000 or more": "pleaded guilty"}


# -- title-case statute names holding a "for" --

def test_a_title_case_offence_keeps_its_for_and_the_list_goes_on():
    assert _charges("State Attorney Nesta Farrandel announced that Quillan Hadley, 52, was sentenced after a jury found him "
                    "guilty of Traveling to Meet a Minor for Unlawful Sexual Activity, Use of a Computer to Solicit a "
                    "Child, and Unlawful Use of a Two-Way Communications Device.") == {
        "Traveling to Meet a Minor for Unlawful Sexual Activity": "convicted",
        "Use of a Computer to Solicit a Child": "convicted",
        "Unlawful Use of a Two-Way Communications Device": "convicted"}


def test_a_title_case_possession_for_sale_is_one_offence():
    assert _charges("Bram Oakhurst was found guilty of Possession of Cannabis for Sale and Resisting an Officer "
                    "Without Violence.") == {"Possession of Cannabis for Sale": "convicted",
                                            "Resisting an Officer Without Violence": "convicted"}


def test_a_lower_case_for_after_a_title_still_ends_the_offence():
    assert _charges("Bram Oakhurst was found guilty of Grand Theft for the second time in Orange County.") == {
        "Grand Theft": "convicted"}


# -- the victim's possessive before a homicide --

def test_guilty_to_his_manslaughter_names_the_manslaughter():
    assert _charges("Fenton Dowd, 51, had pleaded not guilty to the murder of Shay Tolan, 60, but pleaded guilty to "
                    "his manslaughter, a plea accepted by the State.") == {
        "manslaughter": "pleaded guilty", "murder of Shay Tolan": "charged"}


def test_admitted_her_manslaughter_names_the_manslaughter():
    assert _charges("Orlaith Breddy denied the murder of her husband but admitted his manslaughter.") == {
        "murder of her husband": "charged", "manslaughter": "pleaded guilty"}


def test_charged_with_her_murder_names_the_murder():
    assert _charges("Kesta Brandow was charged with her murder last week.") == {"murder": "charged"}


# -- perverting the course of justice --

def test_admitted_attempting_to_pervert_the_course_of_justice():
    assert _charges("Rorke Tallant admitted attempting to pervert the course of justice.") == {
        "attempting to pervert the course of justice": "pleaded guilty"}


def test_admitted_perverting_the_course_of_justice():
    assert _charges("Rorke Tallant, 30, admitted perverting the course of justice and was jailed for a year.") == {
        "perverting the course of justice": "pleaded guilty"}


# -- a count told first, its sentence after --

def test_a_count_told_first_before_the_judges_sentence_is_a_conviction():
    assert _charges("Judge Alva Roon sentenced Lysander Penfold to 15 years for robbery. For second-degree assault, "
                    "the judge imposed a concurrent sentence of five years.") == {
        "robbery": "convicted", "second-degree assault": "convicted"}


def test_a_count_told_first_before_a_named_judge():
    assert _charges("Corvale Blaise got 15 years for robbery. For criminal mischief, Judge Alva Roon imposed a "
                    "consecutive term of one year.") == {"robbery": "convicted", "criminal mischief": "convicted"}


def test_a_person_or_a_determined_deed_told_first_is_no_new_count():
    assert _charges("For Penfold, the judge imposed a sentence of five years.") == {}
    assert _charges("Judge Alva Roon sentenced Lysander Penfold to 15 years for robbery. For the robbery of Dana "
                    "Kellet, the judge imposed a concurrent sentence of five years.") == {"robbery": "convicted"}


# -- names written family name first --

def test_a_family_name_first_comes_back_alone_as_the_same_person():
    parties = _parties("Tan Wei Ming faces one count of cheating. Tan is alleged to have deceived a buyer in March. "
                       "He will return to court on Feb 3.")
    assert "Tan Wei Ming" in parties and "Tan" not in parties


def test_a_western_surname_coming_back_alone_is_unchanged():
    parties = _parties("Mary Beth Hollis was sentenced to two years. Hollis will appeal.")
    assert list(parties) == ["Mary Beth Hollis"]
