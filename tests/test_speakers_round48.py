"""Speakers, round 48: unnamed letter writers in kitchen trades and military ranks, an unnamed writer placed by a
town or state closing the sentence, an unnamed employee whose description holds the company's name, the bare
"the defendant", and a named person's relatives as a later "they". All texts invented."""
from tests.helpers import speaker_in

LEDE = "Orlaith Fenwarrow, who founded Fenwarrow Capital, was sentenced to four years in prison for embezzlement on Monday.\n\n"


def test_unnamed_writer_in_a_kitchen_trade_or_a_rank_keeps_the_description():
    text = LEDE + ("Several employees wrote to the judge.\n\n\u201cThe money was never there,\u201d wrote one former "
                   "prep cook, whose name was withheld. \u201cI lost my flat.\u201d")
    assert speaker_in(text, "never there") == "one former prep cook"
    assert speaker_in(text, "lost my flat") == "one former prep cook"
    text = LEDE + "\u201cEvery clerk did the same thing. All of them,\u201d one retired corporal wrote."
    assert speaker_in(text, "Every clerk") == "one retired corporal"


def test_unnamed_writer_placed_by_a_place_that_closes_the_sentence():
    text = LEDE + "\u201cI trusted her with everything,\u201d wrote a pharmacist from Idaho. \u201cNow I have nothing.\u201d"
    assert speaker_in(text, "trusted her") == "a pharmacist from Idaho"
    assert speaker_in(text, "Now I have nothing") == "a pharmacist from Idaho"


def test_unnamed_employee_described_by_the_company_name_is_no_company():
    text = LEDE + "A former Fenwarrow Capital analyst wrote that Fenwarrow \u201cnever meant to hurt anyone.\u201d"
    assert speaker_in(text, "never meant") == "a former Fenwarrow Capital analyst"
    text = LEDE + "One longtime Fenwarrow Capital driver said she was \u201cnot a cruel boss.\u201d"
    assert speaker_in(text, "not a cruel boss") == "one longtime Fenwarrow Capital driver"


def test_the_defendant_is_the_named_accused():
    text = LEDE + "\u201cI am sorry for what I did,\u201d the defendant said."
    assert speaker_in(text, "sorry for what") == "Orlaith Fenwarrow"
    text = LEDE + "Before the sentence was read, the defendant told the court: \u201cI betrayed my clients.\u201d"
    assert speaker_in(text, "betrayed my clients") == "Orlaith Fenwarrow"


def test_a_named_persons_relatives_are_a_later_they():
    text = LEDE + ("Fenwarrow\u2019s parents, both retired surgeons, also wrote to the judge. \u201cWe love our "
                   "daughter,\u201d they wrote. \u201cShe is no monster.\u201d")
    assert speaker_in(text, "love our daughter") == "Fenwarrow\u2019s parents"
    assert speaker_in(text, "no monster") == "Fenwarrow\u2019s parents"
    text = LEDE + "Fenwarrow\u2019s sisters sat behind her. \u201cShe made one mistake,\u201d they said afterward."
    assert speaker_in(text, "one mistake") == "Fenwarrow\u2019s sisters"
