"""Who speaks when a sentence opens on a phrase naming someone else, when a relation is written with a bare
apostrophe, when a role noun or a body's common noun stands for a named holder, when a short answer is mumbled,
and when a marketing label sits in marks inside a clause of reported action. Short texts written for these tests."""
from __future__ import annotations

from tests.helpers import quotes_of as _quotes_of


def quotes_of(text: str, title: str = "Driver sentenced in fatal crash") -> list[tuple[str, str | None]]:
    return _quotes_of(text, title)


LEDE = "Corwin Bale, 38, was sentenced Thursday to 12 years in prison in the death of Elsie Farrant, 24.\n\n"
MOTHER = "The victim's mother, Odile Prynne, sat in the front row.\n\n"


# A fronted phrase naming the defendant: the subject after it speaks, and keeps the quote paragraph that follows.

def test_standing_near_the_defendant_the_mother_reads_her_statement():
    text = (LEDE + MOTHER + "Standing a few feet from Bale, Prynne read a statement she said she had rewritten "
            "\"a hundred times.\"\n\n\"Our house has been silent since that night.\"\n")
    assert quotes_of(text) == [("a hundred times.", "Odile Prynne"), ("Our house has been silent since that night.", "Odile Prynne")]


def test_after_the_defendant_apologized_the_father_speaks():
    text = (LEDE + "After Bale apologized, the victim's father, Anselm Farrant, said he could not accept it.\n\n"
            "\"Sorry does not set a place at our table.\"\n")
    assert quotes_of(text) == [("Sorry does not set a place at our table.", "Anselm Farrant")]


def test_as_the_defendant_looked_down_the_relation_speaks():
    text = (LEDE + MOTHER + "As Bale looked down, the mother said she would never forgive him.\n\n"
            "\"You took the loudest laugh in our family.\"\n")
    assert quotes_of(text) == [("You took the loudest laugh in our family.", "Odile Prynne")]


def test_a_name_ending_in_ing_that_opens_the_sentence_is_its_subject():
    text = (LEDE + "Sterling Abney, the victim's uncle, said he would never forgive Bale.\n\n"
            "\"We lost everything that night.\"\n")
    assert quotes_of(text) == [("We lost everything that night.", "Sterling Abney")]


# A possessive written with a bare apostrophe after an s-final name introduces the named relation like "'s".

def test_bare_apostrophe_widow_speaks_the_next_paragraph():
    text = ("Corwin Bale was sentenced Thursday in the shooting death of Tobias Rhodes, 40.\n\n"
            "Rhodes' widow, Mireille Rhodes, spoke first, standing near the defendant.\n\n"
            "\"He never got to meet his grandson.\"\n")
    assert quotes_of(text) == [("He never got to meet his grandson.", "Mireille Rhodes")]


def test_bare_apostrophe_mother_and_brother():
    for rel, first in (("mother", "Pia"), ("older brother", "Emil")):
        text = ("Corwin Bale was sentenced Thursday in the shooting death of Tobias Willis, 40.\n\n"
                f"Willis' {rel}, {first} Willis, addressed the court.\n\n\"Nothing about this is fair.\"\n")
        assert quotes_of(text) == [("Nothing about this is fair.", f"{first} Willis")]


def test_bare_apostrophe_relation_does_not_take_a_quote_attributed_to_someone_else():
    text = ("Corwin Bale was sentenced Thursday in the shooting death of Tobias Rhodes, 40.\n\n"
            "Rhodes' widow, Mireille Rhodes, sat in the front row.\n\n"
            "\"We wanted a trial,\" said prosecutor Hollis Grange.\n")
    assert quotes_of(text) == [("We wanted a trial,", "Hollis Grange")]


# A role noun opening the main clause after a question stands for the named holder, and is the next "he"/"she".

def test_asked_whether_the_victim_was_armed_the_detective_shook_his_head():
    text = ("Corwin Bale is charged with murder in the death of Elsie Farrant.\n\n"
            "Detective Sgt. Ivo Brenwick testified that he found the car at dawn.\n\n"
            "Defense lawyer Noor Haddadin questioned the timeline.\n\n"
            "Asked whether Farrant was armed, the detective shook his head.\n\n"
            "\"There was nothing in that car but groceries,\" he said.\n")
    assert quotes_of(text) == [("There was nothing in that car but groceries,", "Ivo Brenwick")]


def test_pressed_on_a_detail_the_trooper_answers():
    text = ("Corwin Bale is charged with vehicular homicide.\n\n"
            "Trooper Wren Kasprzak testified Tuesday that she measured the skid marks.\n\n"
            "Defense lawyer Anton Haddadin questioned her notes.\n\n"
            "Pressed on whether Bale had braked, the trooper did not hesitate.\n\n"
            "\"He never touched the brake,\" she said.\n")
    assert quotes_of(text) == [("He never touched the brake,", "Wren Kasprzak")]


def test_asked_about_the_injuries_the_prosecutor_turned_to_the_jury():
    text = ("Corwin Bale is charged with murder.\n\n"
            "Assistant District Attorney Leon Vaskov opened for the state.\n\n"
            "Defense lawyer Noor Haddadin objected twice.\n\n"
            "Asked about Farrant's injuries, the prosecutor turned to the jury.\n\n"
            "\"She fought for every breath,\" he said.\n")
    assert quotes_of(text) == [("She fought for every breath,", "Leon Vaskov")]


def test_a_name_inside_an_asked_clause_never_answers():
    text = ("Corwin Bale is charged with murder.\n\n"
            "Asked whether Bale would appeal, defense attorney Noor Haddadin said, \"We are weighing it.\"\n")
    assert quotes_of(text) == [("We are weighing it.", "Noor Haddadin")]


# "the center said", "the facility said", "the clinic said": the organisation the article named with that word.

def test_the_center_said_is_the_named_care_center():
    text = ("Corwin Bale, an aide, was charged Monday with assaulting a resident of Alder Crest Health and "
            "Rehabilitation Center.\n\nBale was arrested at home.\n\n"
            "\"We are cooperating fully with investigators,\" the center said in a statement.\n")
    assert quotes_of(text) == [("We are cooperating fully with investigators,", "Alder Crest Health and Rehabilitation Center")]


def test_the_facility_and_the_clinic_said():
    for name, noun in (("Briar Glen Nursing Facility", "facility"), ("Harrowby Lane Family Clinic", "clinic")):
        text = (f"Corwin Bale was charged Monday after an investigation at {name}.\n\n"
                f"Administrator Joan Pellew declined to comment.\n\n"
                f"\"The employee was terminated immediately,\" the {noun} said.\n")
        assert quotes_of(text) == [("The employee was terminated immediately,", name)]


def test_the_center_said_with_no_center_named_is_no_person():
    text = ("Corwin Bale was charged Monday.\n\nNurse aide Joan Pellew found the resident.\n\n"
            "\"We are reviewing our procedures,\" the center said.\n")
    assert quotes_of(text)[0][1] != "Joan Pellew"


# "he said" after a paragraph whose subject is the defendant, even when a clause before names the judge.

def test_after_the_judge_announced_the_sentence_the_defendant_turned():
    text = ("Corwin Bale was sentenced Thursday to 12 years in prison.\n\n"
            "After Judge Hamish Orr announced the sentence, Bale stood at the lectern.\n\n"
            "\"I hurt her. I know that,\" he said.\n")
    assert quotes_of(text) == [("I hurt her. I know that,", "Corwin Bale")]


def test_the_defendant_wearing_a_suit_after_the_judge_imposed_the_term():
    text = ("Corwin Bale was sentenced Thursday to 12 years in prison.\n\n"
            "Judge Hamish Orr imposed the maximum sentence. Bale, wearing a gray suit, read from a sheet of paper.\n\n"
            "\"Please forgive me,\" he said.\n")
    assert quotes_of(text) == [("Please forgive me,", "Corwin Bale")]


def test_once_the_judge_finished_the_defendant_spoke():
    text = ("Corwin Bale was sentenced Thursday to 12 years in prison.\n\n"
            "Once Judge Hamish Orr finished, Bale, his hands shackled, turned to the gallery.\n\n"
            "\"I think about her every day,\" he said.\n")
    assert quotes_of(text) == [("I think about her every day,", "Corwin Bale")]


def test_the_judge_opening_the_last_paragraph_speaks():
    text = ("Corwin Bale was sentenced Thursday to 12 years in prison.\n\n"
            "Bale stood at the lectern.\n\nJudge Hamish Orr looked up from the file.\n\n"
            "\"You had every chance,\" he said.\n")
    assert quotes_of(text) == [("You had every chance,", "Hamish Orr")]


# A short answer with a verb of manner is kept and attributed like "said".

def test_mumbled_murmured_stammered_answers_are_quotes():
    for verb in ("mumbled", "murmured", "stammered"):
        text = (LEDE + "Judge Hamish Orr asked whether anyone had promised anything for the plea.\n\n"
                f"\"No, sir,\" Bale {verb}.\n")
        assert quotes_of(text) == [("No, sir,", "Corwin Bale")]


def test_a_verb_of_manner_before_the_name():
    text = LEDE + "\"I understand,\" blurted Bale.\n"
    assert quotes_of(text) == [("I understand,", "Corwin Bale")]


# A marketing label in marks as the object of a participle of reported action is no one's quote.

def test_senior_discounts_offered_door_to_door_is_a_label():
    text = ("Corwin Bale, a roofer, pleaded guilty Tuesday to home-repair fraud.\n\n"
            "Bale went door to door, telling homeowners their chimneys were crumbling and offering "
            "\"winter specials\" if they paid that day.\n")
    assert quotes_of(text) == []


def test_labels_after_billing_and_advertising_are_not_quotes():
    for clause in ("billing them for \"urgent repairs\" that were never done", "advertising \"free estimates\" online"):
        text = ("Corwin Bale, a roofer, pleaded guilty Tuesday to home-repair fraud.\n\n"
                f"Prosecutors said Bale approached dozens of older residents, {clause}.\n")
        assert quotes_of(text) == []


def test_a_speech_participle_keeps_its_short_quote():
    text = ("Corwin Bale, a roofer, pleaded guilty Tuesday to home-repair fraud.\n\n"
            "Bale went door to door, telling homeowners to \"sign right now\" or lose the price.\n")
    assert quotes_of(text) == [("sign right now", "Corwin Bale")]
