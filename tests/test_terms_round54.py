"""Round 54: an official's quoted announcement of the sentence handed down ("\"X was sentenced today to serve 40 months in
prison ...,\" the U.S. attorney said") gives the terms, where a lawyer's quoted opinion does not; a judge's quoted orders
in the second person ("You will also perform 200 hours of community service"); California's "split sentence of four
years"; a whole number of years in a lede and the same length in months in the body, both naming the custody, are one
term shown in months; a cap sentence opening on a preposition ("Under Ohio law she faces ..."); another count's cap
told as an addition ("and laundering can add up to 10 more"). Each test has paraphrases and a near-miss."""
from __future__ import annotations

import pytest

from tests.helpers import sentencing_of


def _sentencing(*paragraphs: str):
    return sentencing_of(*paragraphs, published="2025-06-11", title="Blenkin case")


def _texts(sentencing) -> list[str]:
    return [t.text for t in sentencing.terms]


@pytest.mark.parametrize("statement", [
    '"Cresswick Blenkin was sentenced today to serve 40 months in prison, followed by two years of supervised release, '
    'and was ordered to pay a $15,000 fine," U.S. Attorney Nadia Feakes-Osgood said in a statement.',
    '"Today Cresswick Blenkin has been sentenced to 40 months in prison and two years of supervised release for betraying '
    'the public trust, and he was ordered to pay a $15,000 fine," said U.S. Attorney Nadia Feakes-Osgood.',
])
def test_an_officials_quoted_announcement_gives_the_terms(statement):
    s = _sentencing("A former township supervisor was sentenced Monday for taking bribes from road contractors.",
                    statement,
                    "Blenkin, 61, pleaded guilty in March to honest services wire fraud before U.S. District Judge Colm Arbery.")
    texts = _texts(s)
    assert "40 months in prison" in texts
    assert "two years of supervised release" in texts
    assert any(t.kind == "fine" and t.amount == 15000 for t in s.terms)
    assert all(t.status == "imposed" for t in s.terms if t.kind in ("prison", "supervised_release"))


@pytest.mark.parametrize("opinion", [
    '"Cresswick Blenkin should be sentenced to 40 months in prison, because nothing less tells officials it matters," '
    'prosecutor Nadia Feakes-Osgood wrote.',
    '"If Cresswick Blenkin is sentenced to 40 months in prison, his family loses its only income," his lawyer said.',
    '"A clerk in the next township was sentenced in 2019 to 40 months in prison for far less," his lawyer said.',
])
def test_a_quoted_opinion_or_another_case_gives_no_term(opinion):
    # near-miss: a hedge, a condition or an earlier year inside the quote is no report of this sentence
    s = _sentencing("Cresswick Blenkin, a former township supervisor, will be sentenced next month for taking bribes.", opinion)
    assert not any(t.amount == 40 and t.status == "imposed" for t in s.terms)


@pytest.mark.parametrize("order, shown", [
    ('"You will also perform 200 hours of community service," the judge added, "and none of it at the town hall."',
     "200 hours of community service"),
    ('"You must complete 200 hours of community service before your probation ends," Judge Colm Arbery told her.',
     "200 hours of community service"),
    ('"You are hereby ordered to pay $9,000 in restitution," Judge Colm Arbery said. "You will also do 200 hours of '
     'community service."', "200 hours of community service"),
])
def test_a_judges_quoted_order_in_the_second_person_is_a_term(order, shown):
    s = _sentencing("Ottilie Blenkin was sentenced Tuesday to two years of probation for stealing from a youth hockey club.",
                    order)
    term = next(t for t in s.terms if t.text == shown)
    assert term.status == "imposed"


def test_a_victims_quoted_second_person_words_give_no_term():
    # near-miss: "you will" without an order verb before the term
    s = _sentencing("Ottilie Blenkin was sentenced Tuesday to two years of probation for stealing from a youth hockey club.",
                    '"You will never understand what 200 hours of community service cannot repay," the club treasurer told her.')
    assert "200 hours of community service" not in _texts(s)


@pytest.mark.parametrize("sentence, status", [
    ("Judge Colm Arbery handed down a split sentence of three years: 18 months in county jail, then 18 months of "
     "mandatory supervision.", "imposed"),
    ("Under the plea deal, prosecutors will recommend a split sentence of three years, with half served in county jail.",
     "recommended"),
])
def test_a_split_sentence_keeps_its_name(sentence, status):
    s = _sentencing("Ottilie Blenkin, 38, pleaded guilty to grand theft.", sentence)
    split = next(t for t in s.terms if t.kind == "prison" and t.amount == 3)
    assert split.text == "split sentence of three years" and split.status == status


@pytest.mark.parametrize("lede, body, shown", [
    ("Cresswick Blenkin was sentenced Monday to seven years in prison for taking bribes.",
     '"Cresswick Blenkin was sentenced today to serve 84 months in prison," U.S. Attorney Nadia Feakes-Osgood said.',
     "84 months in prison"),
    ("Cresswick Blenkin faces sentencing Monday, with prosecutors seeking seven years in prison.",
     "In a sentencing memorandum, federal prosecutors asked Judge Colm Arbery for 84 months in prison and a $40,000 fine.",
     "84 months in prison"),
])
def test_whole_years_in_a_lede_and_months_in_the_body_are_one_term(lede, body, shown):
    s = _sentencing(lede, body)
    prison = [t for t in s.terms if t.kind == "prison" and t.status != "maximum"]
    assert [t.text for t in prison] == [shown]
    assert len(prison[0].citations) == 2


def test_a_lede_in_years_beside_one_counts_months_stays_two_terms():
    # near-miss: the months are the main count's share, named after the term; the lede's years are the whole sentence
    s = _sentencing("Cresswick Blenkin received a sentence of seven years in prison Tuesday for the crash.",
                    "Judge Colm Arbery sentenced him to 84 months in prison on the manslaughter count and 18 months on each "
                    "assault count, to run concurrently.")
    assert "sentence of seven years in prison" in _texts(s)


def test_counts_told_in_years_and_months_stay_two_terms():
    # near-miss: each length is named for its own count
    s = _sentencing("Cresswick Blenkin was sentenced to seven years in prison on the bribery count and 84 months in prison "
                    "on the tax count, to run concurrently.")
    assert len([t for t in s.terms if t.kind == "prison"]) == 2


@pytest.mark.parametrize("sentence", [
    "Under Ohio law she faces up to 12 years in prison on the manslaughter count alone.",
    "Under Ohio law, she faces up to 12 years in prison on the manslaughter count alone.",
    "Without a plea deal she faces up to 12 years in prison.",
])
def test_a_cap_sentence_opening_on_a_preposition_is_the_defendants(sentence):
    s = _sentencing("Ottilie Blenkin, 44, pleaded guilty to vehicular manslaughter in April.", sentence)
    assert any(t.amount == 12 and t.status == "maximum" for t in s.terms)


@pytest.mark.parametrize("sentence, shown", [
    ("Bank fraud carries a maximum sentence of 30 years in prison, and money laundering can add up to 20 more.",
     "up to 20 more"),
    ("Bank fraud carries up to 30 years in prison, and the tax count could add up to five more.", "up to five more"),
])
def test_another_counts_cap_told_as_an_addition(sentence, shown):
    s = _sentencing("Cresswick Blenkin, 52, was convicted of bank fraud and money laundering.", sentence)
    cap = next(t for t in s.terms if t.text == shown)
    assert cap.status == "maximum" and cap.unit == "years"


def test_a_fine_added_is_no_elided_cap():
    # near-miss: the addition names its own kind and sum
    s = _sentencing("Cresswick Blenkin, 52, was convicted of bank fraud.",
                    "Bank fraud carries up to 30 years in prison, and the judge can add a fine of up to $1 million.")
    assert not any(t.text.endswith("more") for t in s.terms)
