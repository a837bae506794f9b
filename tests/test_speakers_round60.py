"""Speakers named by constructions of court reports and features (texts invented for these tests): a description
whose relative clause gives the name the person goes by, a sentence closed by its own "X said", a bare "counsel",
a passive "told by", and a public service."""
from __future__ import annotations

from tests.helpers import quotes_of

_LEDE = "Hollis Crane, 40, was charged with fraud at the district court on Monday.\n\n"


def test_a_description_known_only_as_a_name_is_that_name():
    quotes = quotes_of(_LEDE + "One customer, a 52-year-old nurse who wanted to be known only as Mrs Tan, said she had lost "
                               "$3,000.\n\n\u201cWe saved for years and it is all gone,\u201d she told reporters.")
    assert quotes == [("We saved for years and it is all gone,", "Mrs Tan")]


def test_a_description_that_gave_a_first_name_only_is_that_name():
    quotes = quotes_of(_LEDE + "One customer, who gave her name only as Daria, said: \u201cWe saved for years.\u201d")
    assert quotes == [("We saved for years.", "Daria")]


def test_a_description_without_a_name_keeps_the_description():
    quotes = quotes_of(_LEDE + "One customer, who asked not to be named, said: \u201cWe saved for years.\u201d")
    assert quotes == [("We saved for years.", "one customer")]


def test_words_quoted_inside_a_sentence_belong_to_its_closing_attribution():
    quotes = quotes_of(_LEDE + "Crane then grabbed a bottle and \u201cswung it hard\u201d at the doorman, prosecutor "
                               "Imelda Voss said.")
    assert quotes == [("swung it hard", "Imelda Voss")]


def test_a_closing_attribution_never_takes_words_a_verb_before_them_reports():
    quotes = quotes_of(_LEDE + "Crane told officers the doorman \u201cswung first\u201d at him, prosecutor Imelda Voss said.")
    assert quotes == [("swung first", "Hollis Crane")]


def test_bare_counsel_is_the_barrister_named_last():
    quotes = quotes_of(_LEDE + "Roibeard Nagle SC, defending, said his client was remorseful.\n\n"
                               "Mr Nagle said his client had a difficult childhood.\n\n"
                               "\u201cHe is truly sorry,\u201d counsel said.")
    assert quotes == [("He is truly sorry,", "Roibeard Nagle")]


def test_defence_counsel_is_the_barrister_introduced_as_defending():
    text = (_LEDE + "Roibeard Nagle SC, defending, said his client was remorseful. Prosecuting counsel Aine Brophy said "
                    "the attack was grave.\n\n")
    assert quotes_of(text + "\u201cHe is truly sorry,\u201d defence counsel said.") == [("He is truly sorry,", "Roibeard Nagle")]
    assert quotes_of(text + "\u201cIt was grave,\u201d prosecution counsel said.") == [("It was grave,", "Aine Brophy")]


def test_counsel_nobody_named_stays_counsel():
    assert quotes_of(_LEDE + "\u201cHe is truly sorry,\u201d counsel said.") == [("He is truly sorry,", "counsel")]


def test_the_agent_of_a_passive_telling_speaks():
    quotes = quotes_of(_LEDE + "The court had been told by the probation service that Crane showed \u201creal remorse\u201d "
                               "for the theft.")
    assert quotes == [("real remorse", "the probation service")]


def test_a_public_service_speaks_for_itself_never_the_defendant():
    for service in ("the probation service", "the prison service"):
        quotes = quotes_of(_LEDE + f"\u201cHe is at low risk,\u201d {service} said.")
        assert quotes == [("He is at low risk,", service)], service
