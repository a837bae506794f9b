"""Speakers named by a numbered pseudonym ("Jane Doe 2") or a participle ("the woman, identified in court as …"), an
office by its title's short form ("the DA's office"), a description joined by "and", a business introduced by its
kind ("the delivery app Parcelo … the company said"), "the agent" after "an agent wrote", "one of his cousins", and
a host known by the show's title ("the “Crumb Wars” host"). Short texts written for these tests, with invented names."""
from __future__ import annotations

from tests.helpers import speaker_in

TITLE = "Courier sentenced for assaults on customers"


def speaker_of(text: str, words: str) -> str | None:
    return speaker_in(text, words, TITLE)


def test_a_numbered_pseudonym_keeps_its_number_and_a_later_she_means_her():
    text = ("A delivery driver, Tomas Varkel, was sentenced Monday to 40 years in prison for assaulting three customers.\n\n"
            "Jane Roe 1, who was 30 at the time, told the court she no longer opens her door.\n\n"
            "\"He took my home from me,\" she said.\n\n"
            "Jane Roe 2 wrote that she moved to another state.\n\n"
            "\"I sleep with the lights on,\" she wrote.\n")
    assert speaker_of(text, "took my home") == "Jane Roe 1"
    assert speaker_of(text, "lights on") == "Jane Roe 2"


def test_a_participle_identifying_the_speaker_names_her():
    trailing = ("A delivery driver, Tomas Varkel, was sentenced Monday to 40 years in prison.\n\n"
                "\"I locked the door. I called my sister,\" said the woman, identified in court only as Jane Roe 3. "
                "\"None of it mattered.\"\n")
    assert speaker_of(trailing, "locked the door") == "Jane Roe 3"
    assert speaker_of(trailing, "None of it mattered") == "Jane Roe 3"
    opening = ("A delivery driver, Tomas Varkel, was sentenced Monday to 40 years in prison.\n\n"
               "Two of the victims spoke. One woman, identified as Jane Roe 2, said she moved away.\n\n"
               "\"I sleep with the lights on,\" she said.\n")
    assert speaker_of(opening, "lights on") == "Jane Roe 2"


def test_the_das_office_is_the_district_attorneys_office_named_before():
    text = ("Tomas Varkel was sentenced Monday to 40 years in prison, the Marin County District Attorney's Office said "
            "in a statement.\n\n"
            "\"This defendant preyed on people who trusted him,\" the DA's office said.\n")
    assert speaker_of(text, "preyed on people") == "Marin County District Attorney's Office"


def test_a_description_joined_by_and_is_one_description():
    text = ("Tomas Varkel was sentenced Monday to 40 years in prison.\n\n"
            "\"He's not a monster to us,\" said a neighbor and former coworker, who asked not to be named.\n")
    assert speaker_of(text, "not a monster") == "a neighbor and former coworker"


def test_the_company_is_the_business_introduced_by_its_kind():
    text = ("Tomas Varkel, who delivered groceries for the app-based service Parcelo, was sentenced Monday to 40 years "
            "in prison.\n\n"
            "Parcelo did not immediately respond to a request for comment. In a statement last year, the company said "
            "it had \"cooperated fully\" with police.\n")
    assert speaker_of(text, "cooperated fully") == "Parcelo"


def test_the_agent_is_the_unnamed_agent_who_wrote_before():
    text = ("Police arrested Orvel Tansey, 44, at a storage unit in Dunmore on Tuesday.\n\n"
            "Inside the unit, agents found 3,000 pills in a cooler, a narcotics detective wrote in the complaint. The "
            "pills were \"white and stamped 'K9,'\" the detective wrote, a marking copied from real painkillers.\n")
    assert speaker_of(text, "white and stamped") == "a narcotics detective"


def test_one_of_his_relatives_is_named_by_whose_relative():
    text = ("Orvel Tansey was convicted Friday of two counts of murder.\n\n"
            "Tansey's relatives sat in the gallery, and one of his cousins whispered \"Thank you, Lord\" as the clerk "
            "read the verdict.\n")
    assert speaker_of(text, "Thank you, Lord") == "one of Tansey\u2019s cousins"


def test_the_host_of_a_titled_show_is_the_person_named_beside_the_title():
    text = ("Celebrity baker Fennick Oduya was sentenced Tuesday to two years in prison for tax evasion.\n\n"
            "Oduya, who hosted the show \"Crumb Wars\" for six seasons, pleaded guilty in March.\n\n"
            "Speaking to reporters after the hearing, the \"Crumb Wars\" host said: \"I owe everyone an apology.\"\n")
    assert speaker_of(text, "owe everyone an apology") == "Fennick Oduya"
