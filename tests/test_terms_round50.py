"""Round 50: a whole number and its fraction joined by a hyphen ("12-1/2 years"), a total broken down "as" its counts'
parts and a count named by its number ("46 months on count one"), the judge's own words from the bench in a quote
("You will then serve ..."), a rubric's colon before the clause that sentences ("Driving the news: Judge ... sentenced
Lee, 40, to ..."), money the defendant raised to repay is no order, and property given up told as "forfeited a cabin".
Each test has paraphrases and a near-miss."""
from __future__ import annotations

import pytest

from tests.helpers import sentencing_of



def _sentencing(*paragraphs: str):
    return sentencing_of(*paragraphs, published="2025-05-09", title="Varrow case")


def _texts(sentencing):
    return [t.text for t in sentencing.terms]


@pytest.mark.parametrize("sentence, term, amount", [
    ("Dorrin Varrow, 48, was sentenced on Monday to 8-1/2 years in prison for a kickback scheme.", "8-1/2 years in prison", 8.5),
    ("A judge on Monday sentenced Dorrin Varrow to 4-1/2 years in federal prison.", "4-1/2 years in federal prison", 4.5),
    ("Dorrin Varrow was sentenced to 6 1/2 years in prison for the scheme.", "6 1/2 years in prison", 6.5),
])
def test_a_hyphenated_fraction_is_part_of_the_length(sentence, term, amount):
    terms = _sentencing(sentence).terms
    assert [(t.text, t.amount) for t in terms if t.kind == "prison"] == [(term, amount)]


def test_a_hyphenated_fraction_in_a_request():
    s = _sentencing("Dorrin Varrow was sentenced to 4-1/2 years in prison. Prosecutors had sought 7-1/2 years.")
    assert "7-1/2 years" in _texts(s)


@pytest.mark.parametrize("sentence, part", [
    ("Judge Mara Quill structured the sentence as seven years on the bank fraud counts and an additional two years on "
     "the firearm count.", "seven years on the bank fraud counts"),
    ("The term breaks down as 7-1/2 years on the fraud counts and 1-1/2 years on the tax count.",
     "7-1/2 years on the fraud counts"),
    ("The judge imposed 84 months on each of four health care fraud counts, to run concurrently.",
     "84 months on each of four health care fraud counts"),
])
def test_a_totals_parts_keep_their_counts(sentence, part):
    s = _sentencing("Dorrin Varrow was sentenced to nine years in prison. " + sentence)
    assert part in [t.text for t in [*s.terms, *s.others]]


def test_as_much_as_stays_a_cap():
    s = _sentencing("Dorrin Varrow was sentenced to 63 months in prison. She faced as much as 10 years on the fraud counts.")
    assert "10 years on the fraud counts" not in _texts(s)


@pytest.mark.parametrize("sentence, part", [
    ("Judge Mara Quill sentenced Dorrin Varrow to 46 months on Count 1 and a consecutive 24 months on Count 2.",
     "46 months on Count 1"),
    ("Dorrin Varrow was sentenced to 70 months in prison. \"I am sentencing you to 46 months on count one,\" Judge Mara "
     "Quill told him from the bench.", "46 months on count one"),
])
def test_a_count_named_by_its_number_stays_with_its_length(sentence, part):
    assert part in _texts(_sentencing(sentence))


@pytest.mark.parametrize("quote, term", [
    ("\"You will then serve two years of supervised release, and you will stay off the internet,\" U.S. District "
     "Judge Mara Quill told him.", "two years of supervised release"),
    ("\"After that you will serve three years of probation under strict terms,\" the judge said.",
     "three years of probation"),
])
def test_the_judges_words_from_the_bench_give_the_sentence(quote, term):
    s = _sentencing("Dorrin Varrow was sentenced to 30 months in prison. " + quote)
    assert term in _texts(s)


def test_a_victims_wish_in_a_quote_is_no_term():
    s = _sentencing("Dorrin Varrow was sentenced to 30 months in prison. \"I hope he gets 20 years in prison for what "
                    "he did to us and to our children,\" said Lena Park, a victim.")
    assert _texts(s) == ["30 months in prison"]


@pytest.mark.parametrize("sentence, term", [
    ("Driving the news: U.S. District Judge Mara Quill on Friday sentenced Varrow, 40, to 63 months in prison.",
     "63 months in prison"),
    ("The big picture: Judge Mara Quill sentenced Varrow, a former banker, to 63 months in prison.", "63 months in prison"),
    ("What happened: A federal judge on Monday sentenced Dorrin Varrow, 52, to eight years in prison.",
     "eight years in prison"),
])
def test_a_rubrics_colon_opens_no_list(sentence, term):
    assert _texts(_sentencing(sentence)) == [term]


def test_a_colon_list_of_conditions_still_reads():
    s = _sentencing("Dorrin Varrow was sentenced to probation. The judge attached several conditions: a curfew, GPS "
                    "monitoring for 60 days, and no contact with the family.")
    assert "no contact with the family" in _texts(s)


@pytest.mark.parametrize("sentence", [
    "His lawyer asked for probation, noting that Varrow had sold his boat to repay $80,000 before sentencing.",
    "His attorney, Lena Park, asked for 12 months and said Varrow had sold his truck to repay $52,000 to investors.",
    "Varrow borrowed from relatives to pay back $15,000 before the hearing.",
])
def test_money_raised_to_repay_is_no_order(sentence):
    s = _sentencing("Dorrin Varrow was sentenced to 30 months in prison. " + sentence)
    assert not [t for t in s.terms if t.kind == "restitution"]


@pytest.mark.parametrize("sentence", [
    "Dorrin Varrow was sentenced to 30 months in prison and was ordered to sell his lake house to repay $50,000 to investors.",
    "Dorrin Varrow was sentenced to 30 months in prison. He must sell his boat to repay $20,000 to the victims.",
])
def test_an_order_to_sell_and_repay_stays(sentence):
    assert [t for t in _sentencing(sentence).terms if t.kind == "restitution"]


def test_forfeited_property_is_a_term():
    s = _sentencing("U.S. District Judge Mara Quill sentenced Dorrin Varrow to 30 months in prison. As part of his plea "
                    "deal, he forfeited a ski cabin in Vail that was bought with stolen money.")
    assert "forfeited a ski cabin in Vail" in _texts(s)


@pytest.mark.parametrize("sentence", [
    "By pleading guilty, he forfeited his right to appeal.",
    "He forfeited his bond after missing a hearing in 2023.",
])
def test_forfeited_rights_and_bonds_are_not_property(sentence):
    s = _sentencing("Dorrin Varrow was sentenced to 30 months in prison. " + sentence)
    assert _texts(s) == ["30 months in prison"]
