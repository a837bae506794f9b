"""Three news-writing conventions for whose voice a quote carries: a short action beat ("She paused.") stages the
next words of the one who made the gesture; an occupation epithet ("the 52-year-old engineer") is a second
reference to the person the article gave that job; and a second "she" in a sentence whose subject is "she" is that
subject again, not the person she acted on. Short texts written for these tests."""
from __future__ import annotations

from tests.helpers import quotes_of as _quotes_of


def quotes_of(text: str, title: str = "Hearing ends in sentence") -> list[tuple[str, str | None]]:
    return _quotes_of(text, title)


def test_an_action_beat_opening_a_paragraph_gives_the_quote_to_whoever_made_the_gesture():
    paused = ("Marguerite Oyelaran lost her shop in the flood.\n\n"
              "\"I thought the money would help,\" Oyelaran said.\n\n"
              "She paused. \"I was wrong about that.\"\n")
    assert quotes_of(paused)[1] == ("I was wrong about that.", "Marguerite Oyelaran")
    # a different person's gesture after someone else spoke
    smiled = ("Dana Ruiz testified first about the fire.\n\n"
              "\"We all saw the smoke,\" Ruiz said.\n\n"
              "Mateo Okonkwo, her neighbor, also testified.\n\n"
              "Okonkwo smiled. \"I knew it would end this way.\"\n")
    assert quotes_of(smiled)[-1] == ("I knew it would end this way.", "Mateo Okonkwo")
    # an adverb before the subject, and a gesture towards someone else
    turned = ("Harriet Quill ran the shelter for a decade, Quill told reporters.\n\n"
              "Then she turned to the jury. \"I am begging you to listen.\"\n")
    assert quotes_of(turned) == [("I am begging you to listen.", "Harriet Quill")]
    shook = ("Ellis Varga, the defendant, sat still as the verdict was read.\n\n"
             "He shook his head slowly. \"That is not what happened at all.\"\n")
    assert quotes_of(shook) == [("That is not what happened at all.", "Ellis Varga")]


def test_a_scene_sentence_without_a_person_gives_the_next_quote_no_speaker():
    text = ("Ellis Varga, the defendant, sat still as the verdict was read.\n\n"
            "The courtroom fell silent. \"A long day for everyone involved.\"\n")
    assert quotes_of(text) == [("A long day for everyone involved.", None)]


def test_an_occupation_epithet_is_the_person_given_that_occupation():
    aged = ("Road engineer Tobias Renfrew was sentenced Thursday to six years in prison.\n\n"
            "The 61-year-old engineer said he thinks about the crash \"every single night.\"\n")
    assert quotes_of(aged) == [("every single night.", "Tobias Renfrew")]
    colon = ("Tobias Renfrew, a highway engineer, was sentenced Thursday to six years in prison.\n\n"
             "The engineer told the judge: \"I am sorry for all of it.\"\n")
    assert quotes_of(colon) == [("I am sorry for all of it.", "Tobias Renfrew")]
    former = ("Dr. Walter Brandauer, a retired surgeon from Akron, was convicted Monday of fraud.\n\n"
              "\"I only ever wanted to help my patients,\" the former surgeon said outside court.\n")
    assert quotes_of(former) == [("I only ever wanted to help my patients,", "Walter Brandauer")]


def test_a_repeated_she_is_the_sentence_subject_not_the_man_she_looked_at():
    text = ("Dr. Walter Brandauer, a retired surgeon, listened from the defense table.\n\n"
            "Lucinda Marsh, a former patient, spoke first. \"I trusted him,\" Marsh said.\n\n"
            "She looked at Brandauer, who sat with his arms crossed, and said she had forgiven him \"on most days.\"\n")
    assert quotes_of(text)[-1] == ("on most days.", "Lucinda Marsh")
    # near miss: without the closing comma the verb belongs to the relative clause, so its subject speaks
    relative = ("Ann Lowry chaired the hearing.\n\n"
                "Lowry thanked Cyril Bettany, who testified for an hour and said the plant was \"a disaster waiting.\"\n")
    assert quotes_of(relative) == [("a disaster waiting.", "Cyril Bettany")]


def test_a_place_or_body_name_modifying_a_group_noun_speaks_as_that_whole_group():
    letter = ("Hollis Grant, 44, was sentenced Monday to five years in prison.\n\n"
              "In a letter read by a victim advocate, a Fairview couple who lost their farm in the flood wrote that "
              "they had trusted Grant. \"We gave him everything we had left,\" the letter said.\n")
    assert quotes_of(letter) == [("We gave him everything we had left,", "Fairview couple")]
    told = ("Hollis Grant, 44, was sentenced Monday to five years in prison.\n\n"
            "A Brookside couple whose savings vanished told the court the sentence was \"a start, not an ending.\"\n")
    assert quotes_of(told) == [("a start, not an ending.", "Brookside couple")]
    office = ("Hollis Grant, 44, was sentenced Monday to five years in prison.\n\n"
              "\"Check every charity before you give,\" the FBI's Denver field office said in a statement.\n")
    assert quotes_of(office) == [("Check every charity before you give,", "FBI's Denver field office")]
    union = ("Hollis Grant, 44, was sentenced Monday to five years in prison.\n\n"
             "The Teamsters' Midvale local union said Grant \"betrayed every driver who trusted him.\"\n")
    assert quotes_of(union) == [("betrayed every driver who trusted him.", "Teamsters' Midvale local union")]


def test_a_place_before_a_single_person_noun_keeps_the_unnamed_description():
    text = ("Hollis Grant, 44, was sentenced Monday to five years in prison.\n\n"
            "A Fairview man who lost his farm said the sentence was \"not nearly enough.\"\n")
    assert quotes_of(text) == [("not nearly enough.", "a Fairview man")]
