"""Described-but-unnamed speakers, statements read for a group, named spokespeople and Q/A transcripts inside an
article: short texts written for these tests."""
from __future__ import annotations

from tests.helpers import C, O, quotes_of as _quotes_of



def quotes_of(text: str, title: str = "Clerk sentenced in estate theft") -> list[tuple[str, str | None]]:
    return _quotes_of(text, title)


# --- an attribution that describes someone it does not name borrows no one else ----------------------------------

def test_a_described_victim_never_takes_the_previous_paragraphs_subject():
    for lede, noun in (("A 71-year-old widow was robbed at her front door in 2023, police said.", "the widow"),
                       ("A retired mail carrier lost his savings to the scheme, prosecutors said.", "the retired mail carrier"),
                       ("A teenager was struck by a car outside the school in May.", "the teenager")):
        text = (f"{lede}\n\nBrisa Valcourt was charged in the case last week.\n\n"
                f"{O}I still jump at every knock,{C} {noun} said.\n")
        [(quote, speaker)] = quotes_of(text)
        assert quote == "I still jump at every knock," and speaker != "Brisa Valcourt", noun


def test_a_described_speaker_with_no_age_match_is_left_unnamed():
    text = ("Brisa Valcourt was sentenced to four years in prison on Monday.\n\n"
            "The judge said Valcourt had shown some remorse.\n\n"
            f"{O}I owe everyone an apology,{C} the 29-year-old said.\n")
    assert quotes_of(text) == [("I owe everyone an apology,", None)]


def test_an_age_epithet_after_a_paragraph_that_opens_on_a_named_person_is_that_person():
    text = ("Brisa Valcourt was sentenced to four years in prison on Monday.\n\n"
            "Valcourt has told the court she panicked.\n\n"
            f"{O}I owe everyone an apology,{C} the 52-year-old said, her voice breaking.\n")
    assert quotes_of(text) == [("I owe everyone an apology,", "Brisa Valcourt")]


def test_the_lede_description_still_names_the_accused():
    # (near-miss for the rule above: the lede described the accused by this very role)
    text = ("A former estate clerk was sentenced Monday to four years in prison for stealing from the dead.\n\n"
            "Brisa Valcourt, 52, pleaded guilty in March. Valcourt had worked in the probate office for 19 years.\n\n"
            f"{O}I owe everyone an apology,{C} the former clerk said.\n")
    assert quotes_of(text) == [("I owe everyone an apology,", "Brisa Valcourt")]


# --- a group's statement read aloud by someone is the group's ------------------------------------------------------

def test_a_statement_from_a_family_delivered_by_a_relative_is_the_familys():
    text = ("Brisa Valcourt was sentenced to four years in prison on Monday.\n\n"
            f"{O}We got our mother's name back today,{C} read a statement from the Ostrowick family, delivered by a "
            "granddaughter.\n")
    assert quotes_of(text) == [("We got our mother's name back today,", "Ostrowick family")]


def test_relatives_speaking_through_a_read_statement_are_the_relatives():
    text = ("Brisa Valcourt was sentenced to four years in prison on Monday.\n\n"
            "In a statement read by her nephew on behalf of the family, the victim's relatives said: "
            f"{O}She trusted the wrong person.{C}\n")
    assert quotes_of(text) == [("She trusted the wrong person.", "victim's relatives")]


def test_the_lawyer_reading_the_familys_statement_is_not_its_speaker():
    text = ("Brisa Valcourt was sentenced to four years in prison on Monday.\n\n"
            f"{O}We are grateful to the jurors,{C} the Ostrowick family said in a statement read by their lawyer, "
            "Dmitri Farr.\n")
    [(_, speaker)] = quotes_of(text)
    assert speaker == "Ostrowick family"


# --- a spokesperson described first and named after a comma speaks ------------------------------------------------

def test_a_spokesperson_named_after_the_agency_speaks_not_the_agency():
    text = ("Brisa Valcourt was sentenced to four years in prison on Monday.\n\n"
            f"{O}The sentence reflects the harm to the estates,{C} a spokeswoman for the U.S. Attorney's Office, "
            "Odile Torvaldsen, said.\n")
    assert quotes_of(text) == [("The sentence reflects the harm to the estates,", "Odile Torvaldsen")]


def test_a_spokesperson_for_an_official_is_not_the_official():
    text = ("Brisa Valcourt was sentenced to four years in prison on Monday.\n\n"
            f"{O}The governor has no plans to intervene,{C} said a spokesman for Gov. Hollowell Marrable, Teo Quaid.\n")
    assert quotes_of(text) == [("The governor has no plans to intervene,", "Teo Quaid")]


def test_a_spokesperson_named_first_then_described_speaks():
    text = ("Brisa Valcourt was sentenced to four years in prison on Monday.\n\n"
            f"{O}We will not comment on an appeal,{C} said Odile Torvaldsen, a spokeswoman for the U.S. Attorney's "
            "Office in Boise.\n")
    assert quotes_of(text) == [("We will not comment on an appeal,", "Odile Torvaldsen")]


def test_an_unnamed_spokesperson_speaks_for_the_agency():
    # (near-miss: no name after the description, so the body speaks)
    text = ("Brisa Valcourt was sentenced to four years in prison on Monday.\n\n"
            f"{O}We will not comment on an appeal,{C} a Justice Department spokesperson said.\n")
    [(_, speaker)] = quotes_of(text)
    assert speaker and "Justice Department" in speaker


# --- Q/A transcripts inside an article -----------------------------------------------------------------------------

def test_answers_belong_to_the_person_the_outlet_spoke_with():
    text = ("Brisa Valcourt was sentenced to four years in prison on Monday.\n\n"
            "The Harbor Courier spoke with Assistant U.S. Attorney Odile Torvaldsen after the hearing. "
            "The interview has been edited.\n\n"
            f"Q: {O}Why did the case take three years to charge?{C}\n\n"
            f"A: {O}The records were spread across four counties.{C}\n")
    quotes = quotes_of(text)
    assert ("The records were spread across four counties.", "Odile Torvaldsen") in quotes
    assert ("Why did the case take three years to charge?", "Odile Torvaldsen") not in quotes


def test_a_questioner_asks_and_the_witness_answers_in_a_court_transcript():
    text = ("Brisa Valcourt was sentenced to four years in prison on Monday.\n\n"
            "Assistant U.S. Attorney Odile Torvaldsen questioned Ivo Marshwood about the missing checks, according to "
            "a transcript.\n\n"
            f"Q: {O}Who signed the checks?{C}\n\n"
            f"A: {O}She did, every one of them.{C}\n")
    assert quotes_of(text) == [("Who signed the checks?", "Odile Torvaldsen"),
                               ("She did, every one of them.", "Ivo Marshwood")]


def test_the_person_answering_questions_answers_even_after_an_earlier_speaker():
    text = ("Brisa Valcourt was sentenced to four years in prison on Monday.\n\n"
            f"{O}The estates were looted,{C} said Ivo Marshwood, a probate examiner.\n\n"
            "In a jailhouse interview with a local station last month, Valcourt answered questions for 20 minutes.\n\n"
            f"Q: {O}Do you regret what happened?{C}\n\n"
            f"A: {O}Every single day of my life.{C}\n")
    quotes = quotes_of(text)
    assert ("Every single day of my life.", "Brisa Valcourt") in quotes
    assert all(s != "Brisa Valcourt" for q, s in quotes if q.startswith("Do you regret"))
