"""Round 49: a bare length keeps the offence it is for ("30 years for second-degree murder"), the state's word for time
served in full ("flat time", "active time") is the wording shown over a lede's "in prison", and "Each defendant was also
sentenced to ..." is the defendants' sentence, not a rule for a class of people. Each test has paraphrases and a
near-miss."""
from __future__ import annotations

import pytest

from tests.helpers import sentencing_of



def _sentencing(*paragraphs: str):
    return sentencing_of(*paragraphs, published="2025-05-09", title="Vorne case")


def _texts(sentencing):
    return [t.text for t in sentencing.terms]


@pytest.mark.parametrize("sentence, terms", [
    ("A jury found Osric Vorne guilty of second-degree murder and first-degree burglary in May. On Tuesday, Judge Hana "
     "Pellowe sentenced Vorne to 24 years for second-degree murder and six years for first-degree burglary.",
     ["24 years for second-degree murder", "six years for first-degree burglary"]),
    ("Osric Vorne pleaded guilty to vehicular homicide. Judge Hana Pellowe sentenced him to 12 years for vehicular homicide.",
     ["12 years for vehicular homicide"]),
])
def test_a_bare_length_keeps_the_offence_it_is_for(sentence, terms):
    got = _texts(_sentencing(sentence))
    for term in terms:
        assert term in got


def test_a_length_that_names_its_custody_keeps_its_words():  # near miss: "in prison" already says what it is
    got = _texts(_sentencing("Osric Vorne pleaded guilty to vehicular homicide. Judge Hana Pellowe sentenced him to 12 years "
                             "in prison for vehicular homicide."))
    assert "12 years in prison" in got and not any("homicide" in t for t in got)


@pytest.mark.parametrize("lede, body, term", [
    ("Osric Vorne will spend nine years in prison for the crash that killed a cyclist.",
     "Judge Hana Pellowe sentenced Vorne on Monday to nine years flat time on the manslaughter count.",
     "nine years flat time"),
    ("Osric Vorne will serve six years behind bars for the overdose death.",
     "Judge Hana Pellowe sentenced Vorne to six years of active time on Monday.",
     "six years of active time"),
])
def test_time_served_in_full_is_the_wording_shown(lede, body, term):
    got = _texts(_sentencing(lede, body))
    assert term in got and len([t for t in got if "years" in t]) == 1


@pytest.mark.parametrize("subject", ["Each defendant was also", "Each man was also", "Each of the two men was also"])
def test_each_defendants_sentence_is_theirs(subject):
    got = _texts(_sentencing(
        "A federal judge on Tuesday sentenced Osric Vorne to 8 years in prison for wire fraud conspiracy.",
        "Vorne's partner, Ludo Brask, was sentenced to 5 years in prison.",
        f"{subject} sentenced to two years of supervised release, and the court ordered the defendants to pay a combined "
        "$3.1 million in restitution to victims."))
    assert "two years of supervised release" in got


def test_a_rule_for_anyone_convicted_is_still_no_sentence():  # near miss: a class of people, nobody's sentence
    got = _texts(_sentencing(
        "A federal judge on Tuesday sentenced Osric Vorne to 8 years in prison for wire fraud conspiracy.",
        "Under the statute, a person who was convicted of wire fraud conspiracy is sentenced to three years of supervised "
        "release at most."))
    assert "three years of supervised release" not in got


@pytest.mark.parametrize("sentence, term", [
    ("Judge Hana Pellowe also made a Serious Crime Prevention Order against Vorne for five years.",
     "Serious Crime Prevention Order against Vorne for five years"),
    ("The sheriff imposed a non-harassment order against him for 10 years.", "non-harassment order against him for 10 years"),
])
def test_an_orders_length_after_whom_it_binds(sentence, term):
    assert term in _texts(_sentencing("Osric Vorne, 44, was sentenced to three years' imprisonment on Monday.", sentence))


@pytest.mark.parametrize("sentence, term", [
    ("As part of the order he must keep to a curfew for the first four months.", "curfew for the first four months"),
    ("He must also obey a curfew from 8 p.m. to 7 a.m.", "curfew from 8 p.m. to 7 a.m."),
    ("He must also obey a curfew between 7.30pm and 6am for 12 weeks.", "curfew between 7.30pm and 6am for 12 weeks"),
])
def test_a_curfews_hours_and_length(sentence, term):
    assert term in _texts(_sentencing("Osric Vorne was given an 18-month community corrections order on Monday.", sentence))


@pytest.mark.parametrize("lede, body", [
    ("Osric Vorne, who stole from a church, has been handed a community order.",
     "Magistrates gave Vorne a 12-month community order with 100 hours of unpaid work."),
    ("Osric Vorne was given a community corrections order on Monday.",
     "Judge Hana Pellowe imposed a two-year community corrections order."),
])
def test_an_order_named_without_its_length_is_the_stated_one(lede, body):
    got = _texts(_sentencing(lede, body))
    assert [t for t in got if t.lower().endswith("order")] == [next(t for t in got if "-" in t and t.endswith("order"))]


def test_a_different_order_without_length_stays():  # near miss: another order, not the stated one's name
    got = _texts(_sentencing("Judge Hana Pellowe gave Osric Vorne a 12-month community order and a restraining order."))
    assert "restraining order" in got


@pytest.mark.parametrize("lede", ["Osric Vorne has been jailed for at least seven years.",
                                  "Osric Vorne was imprisoned for at least seven years on Friday."])
def test_a_headline_floor_told_with_its_verb_is_the_non_parole_period(lede):
    got = _texts(_sentencing(lede, "Osric Vorne was sentenced in the County Court on Friday to 10 years in prison, with a "
                                   "non-parole period of seven years."))
    assert not any("at least" in t for t in got) and "non-parole period of seven years" in got
