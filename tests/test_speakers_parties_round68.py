"""Round 68, speakers and parties: a Spanish name with two surnames, which the article goes on with by the first; a
bare s-apostrophe possessive ("the Davies' family") that is no restitution payee; "the sheriff's office" of the one
county the story names; a unit named for its work with its owning agency; and an unnamed spokesperson told by a
two-word body kind in lower case. Short texts written for these tests."""
from __future__ import annotations

from tests.helpers import facts_of, party_kinds, speaker_in

LEDE = "FENWICK — A roofing contractor, Dale Wexford, was convicted Friday of manslaughter in a worker's death.\n\n"


def test_a_name_with_two_surnames_is_a_party_and_goes_by_its_first_surname():
    fell = LEDE + "Tomás Ibarra Fuentes died in May after falling through a skylight.\n\n" \
                  "Ibarra had worked for Wexford for two months.\n"
    assert "Tomás Ibarra Fuentes" in party_kinds(fell)
    named = LEDE + "Prosecutors said the victim, Rosendo Galeana Pruneda, 22, had never been trained.\n\n" \
                   "Galeana's brother said the family wants answers.\n"
    parties = party_kinds(named)
    assert "Rosendo Galeana Pruneda" in parties
    assert "Galeana" not in parties  # (the first surname alone is the same man, not another person)


def test_a_bare_s_apostrophe_possessive_is_no_restitution_payee_and_the_relative_after_it_speaks():
    story = LEDE + "The judge ordered Wexford to pay $90,000 in restitution to Reyes' family.\n\n" \
                   "Reyes' sister, Paloma Reyes Ocampo, flew in for the trial. She will speak at the sentencing.\n\n" \
                   "\u201cHe was the kindest of us,\u201d she told a local station.\n"
    assert party_kinds(story).get("Reyes'") is None
    assert speaker_in(story, "kindest of us") == "Paloma Reyes Ocampo"
    other = LEDE + "Wexford must pay restitution to Cortes' widow.\n\n" \
                   "Cortes' widow, Imelda Cortes Bravo, sat in the front row. She later spoke to reporters.\n\n" \
                   "\u201cHe left at dawn and never came home,\u201d she said.\n"
    assert party_kinds(other).get("Cortes'") is None
    assert speaker_in(other, "left at dawn") == "Imelda Cortes Bravo"


def test_the_sheriffs_office_is_the_office_of_the_one_county_the_story_names():
    statement = "DORAN — A former Quillan County jailer was convicted Monday of assaulting an inmate.\n\n" \
                "\u201cThe conduct shown in that video has no place here,\u201d the sheriff\u2019s office said in a statement.\n"
    assert speaker_in(statement, "no place here") == "Quillan County Sheriff's office"
    assert party_kinds(statement).get("Quillan County Sheriff's office") == "organization"
    declined = "DORAN — A deputy in Marrow County was charged Tuesday with perjury.\n\n" \
               "A spokesman said the sheriff's office would cooperate with the inquiry.\n"
    assert party_kinds(declined).get("Marrow County Sheriff's office") == "organization"


def test_a_unit_named_for_its_work_is_named_with_the_agency_that_owns_it():
    brought = LEDE + "The case was brought by the Justice Department\u2019s Environmental Crimes Section.\n"
    assert party_kinds(brought).get("Justice Department\u2019s Environmental Crimes Section") == "organization"
    led = LEDE + "Detectives from the Harlow Police Department's Financial Crimes Unit led the inquiry, and the " \
                 "Financial Crimes Unit later briefed prosecutors.\n"
    assert party_kinds(led).get("Harlow Police Department's Financial Crimes Unit") == "organization"


def test_an_unnamed_spokesperson_told_by_a_two_word_body_kind_speaks_as_written():
    office = LEDE + "Sheriff Bo Tennant did not attend. A sheriff\u2019s office spokeswoman said the office had " \
                    "\u201cno further comment\u201d on the case.\n"
    assert speaker_in(office, "no further comment") == "sheriff\u2019s office spokeswoman"
    department = LEDE + "\u201cOur investigators did thorough work,\u201d a fire department spokesman said.\n"
    assert speaker_in(department, "thorough work") == "fire department spokesman"
    assert facts_of(department) is not None
