"""Speakers, round 49: speech reported inside reported speech when an aside follows the reporter's verb, and the
unnamed descriptions after "from" and before a clause-final "who" (now matched in steps). All texts invented."""
from tests.helpers import speaker_in

LEDE = "Pastor Wendell Oakes was sentenced Tuesday for abusing girls in his congregation.\n\n"


def test_an_aside_after_the_reporters_verb_does_not_stop_extraction():
    text = LEDE + ("Mara Lindell testified for two days. She recounted, in a steady voice, how the pastor told her "
                   "that if she spoke up, \u201cnobody would ever believe you.\u201d")
    assert speaker_in(text, "nobody would ever believe") is not None


def test_a_letter_from_an_unnamed_person_is_theirs():
    text = LEDE + ("Prosecutors read a letter from one of the girls, now 19. \u201cI lost my faith in that room,\u201d "
                   "the letter said.")
    assert speaker_in(text, "lost my faith") == "one of the girls"


def test_an_unnamed_person_placed_by_a_phrase_before_who_speaks():
    text = LEDE + ("Dozens of letters reached the court, including one from a retired deacon at the church who wrote "
                   "that Oakes \u201cused the pulpit as a hunting blind.\u201d")
    assert speaker_in(text, "hunting blind") == "a retired deacon at the church"
