"""Whose voice a quote carries when the words around it point at several people: statements read aloud for their
author, a judge who asks the question, a pronoun whose gender the article marks, and a lede's participle.
Short texts written for these tests."""
from __future__ import annotations

from tests.helpers import quotes_of as _quotes_of


def quotes_of(text: str, title: str = "Driver jailed over fatal crash") -> list[tuple[str, str | None]]:
    return _quotes_of(text, title)


def test_a_statement_read_aloud_is_the_authors_not_the_readers():
    text = ("Gordon Pell, 52, was jailed for six years on Monday.\n\n"
            "Prosecutor Ivan Marsh read out two victim statements, including one written by the victim's son, "
            "Tobias Quinlan.\n\n"
            "\"I still set a place for her at dinner,\" the statement read.\n")
    assert quotes_of(text) == [("I still set a place for her at dinner,", "Tobias Quinlan")]


def test_she_wrote_after_a_statement_read_on_someones_behalf_is_the_author():
    text = ("Gordon Pell, 52, was jailed for six years on Monday.\n\n"
            "Prosecutor Ivan Marsh read a statement on behalf of the victim's sister, Nadia Quinlan.\n\n"
            "\"Every birthday is a hole in the calendar now,\" she wrote.\n")
    assert quotes_of(text) == [("Every birthday is a hole in the calendar now,", "Nadia Quinlan")]


def test_the_judge_who_asks_is_not_the_one_who_answers():
    text = ("Gordon Pell pleaded guilty on Monday before Judge Ruth Abney.\n\n"
            "Pell said little in court. When Abney asked whether anyone had forced him to plead, he said, "
            "\"No, ma'am.\"\n")
    assert quotes_of(text) == [("No, ma'am.", "Gordon Pell")]


def test_he_said_skips_a_judge_the_article_calls_her():
    text = ("Judge Ruth Abney sentenced Gordon Pell, 52, to six years.\n\n"
            "In her ruling, Abney said the crash was avoidable.\n\n"
            "Pell stood when Abney asked whether he wished to speak.\n\n"
            "\"I think about that road every day,\" he said.\n")
    assert quotes_of(text) == [("I think about that road every day,", "Gordon Pell")]


def test_a_lede_participle_takes_the_group_after_the_dateline_never_the_headline():
    text = ("Courtwire (May 2, 2024) -- Federal prosecutors are asking for 10 years for a former Tulsa banker "
            "who admitted the fraud, telling a judge in a filing that he \"picked victims who would never check.\"\n\n"
            "Gordon Pell will be sentenced in June.\n")
    assert quotes_of(text, title="Prosecutors Want 10 Years For Tulsa Banker") == [
        ("picked victims who would never check.", "prosecutors")]
