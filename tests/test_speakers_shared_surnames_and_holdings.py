"""Speakers who share a surname, a court's holding quoted with "found"/"held", "the panel" in an appeal story and
elsewhere, and "the company" after the story says what a business did to its employee. Each convention has
paraphrases and a near miss. Short texts written for these tests, with invented names."""
from __future__ import annotations

from tests.helpers import speaker_in

TITLE = "Driver sentenced in crash"


def speaker_of(text: str, words: str) -> str | None:
    return speaker_in(text, words, TITLE)


def test_a_shared_surname_means_the_relative_just_introduced_as_speaking():
    lede = "A driver, Orrin Patchett, was sentenced Monday to nine years in prison in the death of Milo Drayford.\n\n"
    mother = (lede + "Milo's mother, Sabine Drayford, spoke first. She held a photo.\n\n"
              "\"He learned to ride a bike that summer,\" Drayford told the judge.\n")
    assert speaker_of(mother, "ride a bike") == "Sabine Drayford"
    inverted = (lede + "Among those who spoke was Milo's grandfather, Lyle Drayford.\n\n"
                "\"We set a place for him every Sunday,\" said Drayford.\n")
    assert speaker_of(inverted, "every Sunday") == "Lyle Drayford"
    couple = (lede + "Bram Drayford, Milo's father, said he forgave no one. Drayford added, \"I want him to remember "
              "the name.\"\n\nThen Ines Drayford, Milo's mother, stood up.\n\n\"He was my whole world,\" Drayford said.\n")
    assert speaker_of(couple, "remember the name") == "Bram Drayford"
    assert speaker_of(couple, "my whole world") == "Ines Drayford"


def test_a_shared_surname_returns_to_the_main_holder_when_the_relative_did_not_speak_or_the_story_moved_on():
    lede = "State Sen. Corwin Falstead was convicted Thursday of taking bribes.\n\n"
    silent = (lede + "Falstead showed no reaction. His wife, Mirela Falstead, wept in the front row.\n\n"
              "\"I will appeal,\" Falstead told reporters.\n")
    assert speaker_of(silent, "I will appeal") == "Corwin Falstead"
    hugged = (lede + "Outside the courthouse, Falstead hugged his mother, Dorrit Falstead, for several minutes.\n\n"
              "\"I am not finished,\" Falstead said.\n")
    assert speaker_of(hugged, "not finished") == "Corwin Falstead"
    later = (lede + "His brother, Anson Falstead, testified for the defense last week.\n\n"
             "The jury deliberated for two days.\n\nThe senator faces up to 20 years.\n\n"
             "\"I trusted the wrong people,\" Falstead said.\n")
    assert speaker_of(later, "trusted the wrong people") == "Corwin Falstead"
    # near miss: the pronoun about the name says it is not the father just quoted
    asked = ("Former state Sen. Marisa Falstead was convicted Thursday of taking bribes.\n\n"
             "Her father, Anson Falstead, says he never slept well. \"It was hard,\" he says.\n\n"
             "\"Yes,\" Falstead says when asked whether she would run again.\n")
    assert speaker_of(asked, "Yes") == "Marisa Falstead"


def test_a_court_or_jury_speaks_by_its_holding_after_the_quote():
    base = "Kestrel Dunstable was convicted in 2021 of arson.\n\n"
    found = base + "The 4th U.S. Circuit Court of Appeals upheld the conviction.\n\n\"The search was lawful,\" the court found.\n"
    assert speaker_of(found, "search was lawful") == "4th U.S. Circuit Court of Appeals"
    held = base + "The Michigan Court of Appeals reversed the ruling.\n\n\"The warning came too late,\" the court held.\n"
    assert speaker_of(held, "warning came too late") == "Michigan Court of Appeals"
    ruled = base + "A state appeals court ordered a new trial.\n\n\"The jury was misled,\" the appeals court ruled.\n"
    assert speaker_of(ruled, "jury was misled") == "state appeals court"
    # near miss: police are no court; "found" is then no verb of speech
    police = base + "Police searched the garage.\n\n\"Accelerant traces,\" police found in a report.\n"
    assert speaker_of(police, "Accelerant traces") is None


def test_the_panel_is_the_appeal_court_only_when_introduced_as_one():
    base = "Kestrel Dunstable was first tried in the Harlow County Court of Common Pleas.\n\n"
    appeal = (base + "A three-judge panel of the 2nd U.S. Circuit Court of Appeals upheld the verdict.\n\n"
              "\"The evidence was overwhelming,\" the panel wrote.\n")
    assert speaker_of(appeal, "evidence was overwhelming") == "2nd U.S. Circuit Court of Appeals"
    circuit = base + "The 5th Circuit panel rejected every argument.\n\n\"No error occurred,\" the panel said.\n"
    assert speaker_of(circuit, "No error occurred") == "5th Circuit"
    maryland = base + "The Court of Appeals of Maryland heard the case in June.\n\n\"The law is clear,\" the panel said.\n"
    assert speaker_of(maryland, "law is clear") == "Court of Appeals of Maryland"
    # near miss: a parole board's panel is no court, whatever court the story named
    parole = (base + "A three-member parole board panel denied Dunstable's request.\n\n"
              "\"He has not shown insight,\" the panel said.\n")
    assert speaker_of(parole, "not shown insight") == "the panel"


def test_the_company_is_the_business_named_by_what_it_did_to_its_employee():
    base = "Verity Ashgrove, a former bookkeeper, was sentenced Monday for embezzlement.\n\n"
    hired = base + "Quillon Freight hired Ashgrove in 2015.\n\n\"We were shocked,\" the company said.\n"
    assert speaker_of(hired, "We were shocked") == "Quillon Freight"
    fired = base + "Brackett Senior Living fired her in 2022 after an audit.\n\n\"We acted at once,\" the company said.\n"
    assert speaker_of(fired, "acted at once") == "Brackett Senior Living"
    worked = base + "Ashgrove worked at Holloway Bancorp for six years.\n\n\"Members will be repaid,\" the bank said.\n"
    assert speaker_of(worked, "will be repaid") == "Holloway Bancorp"
    # near miss: a person who "fired" is no company
    officer = (base + "Officer Dane Rusk fired twice at the car.\n\n\"Our thoughts are with the family,\" the company said.\n")
    assert speaker_of(officer, "thoughts are with") != "Dane Rusk"
