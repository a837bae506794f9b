"""Speakers, round 49: speech reported inside reported speech when an aside follows the reporter's verb, and the
unnamed descriptions after "from" and before a clause-final "who" (now matched in steps). All texts invented."""
from tests.helpers import quotes_of, speaker_in

LEDE = "Pastor Wendrick Oakhurst was sentenced Tuesday for abusing girls in his congregation.\n\n"


def test_an_aside_after_the_reporters_verb_does_not_stop_extraction():
    text = LEDE + ("Mara Lindqvale testified for two days. She recounted, in a steady voice, how the pastor told her "
                   "that if she spoke up, \u201cnobody would ever believe you.\u201d")
    assert speaker_in(text, "nobody would ever believe") is not None


def test_a_letter_from_an_unnamed_person_is_theirs():
    text = LEDE + ("Prosecutors read a letter from one of the girls, now 19. \u201cI lost my faith in that room,\u201d "
                   "the letter said.")
    assert speaker_in(text, "lost my faith") == "one of the girls"


def test_an_unnamed_person_placed_by_a_phrase_before_who_speaks():
    text = LEDE + ("Dozens of letters reached the court, including one from a retired deacon at the church who wrote "
                   "that Oakhurst \u201cused the pulpit as a hunting blind.\u201d")
    assert speaker_in(text, "hunting blind") == "a retired deacon at the church"


BODY_LEDE = "Pastor Wendrick Oakhurst was convicted Tuesday of abusing girls at Stillwater Chapel.\n\n"


def test_people_owned_by_its_are_the_body_named_before_them():
    text = BODY_LEDE + ("Stillwater Chapel issued a statement. Its elders said they \u201cmourn with every family\u201d "
                        "and are \u201copening the books.\u201d Her father, Amos Pellowe, was unmoved. \u201cToo late,\u201d he said.")
    quotes = dict(quotes_of(text))
    assert quotes["mourn with every family"] == "Stillwater Chapel elders"
    assert quotes["opening the books."] == "Stillwater Chapel elders"  # (never the next quote's speaker)
    assert quotes["Too late,"] == "Amos Pellowe"


def test_its_spokesman_speaks_as_the_body():
    text = BODY_LEDE + "Stillwater Chapel said it would cooperate. Its spokesman said it was \u201cdeeply ashamed.\u201d"
    assert speaker_in(text, "deeply ashamed") == "Stillwater Chapel"


def test_an_epithet_qualified_by_an_award_is_the_person_not_the_award():
    lede = ("Singer Tamsin Varrow was sentenced Thursday to 30 months in prison for tax evasion.\n\n"
            "Varrow pleaded guilty in May. Varrow has since repaid the taxes.\n\n")
    text = lede + "In a statement, the 34-year-old Grammy nominee said: \u201cI hid from it for years.\u201d"
    assert speaker_in(text, "I hid from it") == "Tamsin Varrow"
    text = lede + "Later, the Ohio native told reporters: \u201cI hid from it for years.\u201d"
    assert speaker_in(text, "I hid from it") == "Tamsin Varrow"


def test_its_is_the_body_the_paragraph_calls_by_one_word_of_its_name():
    text = BODY_LEDE + ("The trial lasted a week.\n\nJurors deliberated for five hours.\n\n"
                        "The chapel, for its part, has apologized. In a statement, its trustees said they \u201cfailed "
                        "every child\u201d in their care.")
    assert speaker_in(text, "failed every child") == "Stillwater Chapel trustees"
