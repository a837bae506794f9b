"""Speakers named by what the article called them: the accused quoted by the role noun a delayed lede gave them,
a relative or a lawyer named by whose they are, and a one-sentence quote standing as its own paragraph.
Short texts written for these tests."""
from __future__ import annotations

from tests.helpers import quotes_of as _quotes_of


def quotes_of(text: str, title: str = "Former worker sentenced") -> list[tuple[str, str | None]]:
    return _quotes_of(text, title)


# -- the accused quoted by the lede's role noun ("A former deputy was sentenced …", "…," the ex-deputy said)

def test_the_former_officer_is_the_accused_the_lede_described():
    text = ("HARLOW, Iowa (AP) \u2014 A former federal correctional officer was sentenced Monday to four years in prison "
            "for smuggling phones into a prison.\n\n"
            "\"The guards let everything through,\" said Ilse Vargasz, the prison's warden.\n\n"
            "Brodowski Kettlewell, 36, pleaded guilty in June.\n\n"
            "\"I let my family down,\" the former officer said, his voice breaking.\n\n"
            "Kettlewell must also pay a $5,000 fine.\n")
    assert quotes_of(text)[1] == ("I let my family down,", "Brodowski Kettlewell")


def test_the_ex_deputy_and_the_age_epithet_are_the_accused_too():
    text = ("A former sheriff's deputy pleaded guilty Tuesday to stealing from an evidence room.\n\n"
            "Prosecutors said Marla Quistorp, of Elk Run, took cash over three years.\n\n"
            "\"I am ashamed,\" the ex-deputy told the judge.\n\n"
            "Quistorp will be sentenced in May.\n")
    assert quotes_of(text) == [("I am ashamed,", "Marla Quistorp")]
    text = ("A 44-year-old bookkeeper was sentenced Friday for draining a church's accounts.\n\n"
            "Nadine Orrindale had faced up to 10 years.\n\n"
            "\"I will pay back every cent,\" the 44-year-old said before the sentence was imposed.\n\n"
            "Orrindale declined to comment afterward.\n")
    assert quotes_of(text) == [("I will pay back every cent,", "Nadine Orrindale")]


def test_a_dayton_woman_lede_then_the_woman_said_is_the_accused():
    text = ("A Marlby woman was convicted Wednesday of setting fire to her neighbor's garage.\n\n"
            "Jurors deliberated two hours before convicting Tessa Brillhart, 29.\n\n"
            "\"This is not over,\" the Marlby woman said as deputies led her away.\n\n"
            "Brillhart faces up to 20 years.\n")
    assert quotes_of(text) == [("This is not over,", "Tessa Brillhart")]


def test_another_named_holder_of_the_role_keeps_their_own_words():
    text = ("A former federal correctional officer was sentenced Monday to four years in prison.\n\n"
            "Brodowski Kettlewell pleaded guilty in June. Kettlewell had worked at the prison for a decade.\n\n"
            "Officer Dana Prewell, a colleague who reported him, testified at the hearing.\n\n"
            "\"He knew the rules better than anyone,\" the officer said.\n")
    assert quotes_of(text) == [("He knew the rules better than anyone,", "Dana Prewell")]


def test_the_place_in_the_lede_description_is_no_epithet_of_the_accused():
    text = ("A former nurse at a Marlby hospital has been charged with stealing painkillers.\n\n"
            "Prosecutors said Gwen Hadleigh, 41, took the drugs over two years. Hadleigh is due in court next week.\n\n"
            "\"We reported the losses the day we found them,\" the hospital said.\n")
    assert quotes_of(text) != [("We reported the losses the day we found them,", "Gwen Hadleigh")]


# -- a relative or a lawyer opening the sentence before a quote of their own

def test_a_possessive_relative_before_a_quote_speaks_as_that_relative():
    text = ("Amos Ravells and Lila Rennick were charged together in 2021; Rennick pleaded guilty.\n\n"
            "Ravells' cousin asked whether the jury had seen the letters. \"He never hurt anyone.\"\n")
    assert quotes_of(text) == [("He never hurt anyone.", "Ravells\u2019 cousin")]
    text = ("Amos Ravells and Lila Rennick were charged together in 2021; Rennick pleaded guilty.\n\n"
            "Rennick's lawyers said she had cooperated for a year. \"She told them everything.\"\n")
    assert [(q, (who or "").replace("\u2019", "'")) for q, who in quotes_of(text)] == [
        ("She told them everything.", "Rennick's lawyers")]


def test_a_possessive_topic_before_a_quote_does_not_speak():
    text = ("Amos Ravells, 50, was convicted Tuesday of arson.\n\n"
            "\"It was a fair trial,\" said Tia Morenzi, the prosecutor.\n\n"
            "Ravells' truck was found near the scene. \"That truck put him there.\"\n")
    assert ("That truck put him there.", "Amos Ravells") not in quotes_of(text)


# -- a whole sentence in marks standing as its own paragraph is speech, however short

def test_a_short_quoted_sentence_alone_in_its_paragraph_is_a_quote():
    text = ("Amos Ravells, 50, was sentenced Tuesday to eight years.\n\n"
            "Sheriff Otto Brandl said his deputies had spent months on the case.\n\n"
            "\"It is over.\"\n")
    assert quotes_of(text) == [("It is over.", "Otto Brandl")]


def test_a_quoted_title_alone_in_its_paragraph_is_not_a_quote():
    text = ("Amos Ravells, 50, was sentenced Tuesday to eight years.\n\n"
            "\"Burning Season\"\n\n"
            "The documentary about the fires airs next month.\n")
    assert quotes_of(text) == []
