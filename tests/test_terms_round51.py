"""Round 51: a co-defendant introduced in one sentence and told of by a pronoun in the next ("Ina Doyle pleaded guilty
... She faces up to three years") faces her own maximum, not the defendant's; Canada's floor before parole told as
"parole ineligibility of 17 years"; and a life term's wait for parole told with "for" ("life with no chance of parole
for 25 years"); a court named "Court of King's Bench" keeps its possessive, and a judge's name before
"of the Court" is not the court's. Each test has paraphrases and a near-miss."""
from __future__ import annotations

import pytest

from tests.helpers import sentencing_of


def _sentencing(*paragraphs: str):
    return sentencing_of(*paragraphs, published="2025-06-12", title="Briscane case")


@pytest.mark.parametrize("second", [
    "A second former clerk, Ina Doyle, pleaded guilty to theft and is to be sentenced in May. She faces up to three years.",
    "Ina Doyle pleaded guilty to theft last month. She faces up to three years in prison.",
    "A third defendant, his cousin Abe Tullane, is to be sentenced Oct. 2 after pleading guilty to conspiracy. He faces up to three years in prison.",
])
def test_a_pronoun_after_a_co_defendant_faces_the_co_defendants_maximum(second):
    s = _sentencing("Former county clerk Milo Briscane was sentenced Monday to five years in prison for theft.", second)
    assert [t.text for t in s.terms] == ["five years in prison"]
    assert [t.text for t in s.others if t.amount == 3] and all(t.subject for t in s.others)


def test_a_pronoun_after_the_defendants_own_plea_faces_the_defendants_maximum():
    s = _sentencing("Milo Briscane pleaded guilty to theft on Monday. He faces up to three years in prison when he is "
                    "sentenced in May.")
    assert [t.text for t in s.terms] == ["up to three years in prison"] and not s.others


@pytest.mark.parametrize("sentence, term, status", [
    ("The Crown had sought parole ineligibility of 17 years, while the defence argued for 12.",
     "parole ineligibility of 17 years", "sought"),
    ("Justice Ada Merle imposed a parole ineligibility period of 14 years.", "a parole ineligibility period of 14 years", "imposed"),
    ("Justice Ada Merle imposed a period of parole ineligibility of 20 years.",
     "a period of parole ineligibility of 20 years", "imposed"),
])
def test_canadian_parole_ineligibility_is_the_floor_before_parole(sentence, term, status):
    s = _sentencing("Milo Briscane was convicted of second-degree murder and given a mandatory life sentence.", sentence)
    floor = [t for t in s.terms if t.kind == "non_parole_period"]
    assert [(t.text, t.status) for t in floor] == [(term, status)]


def test_parole_ineligibility_without_a_length_is_no_term():
    s = _sentencing("Milo Briscane was sentenced to life in prison. Lawyers argued over parole ineligibility at length.")
    assert not [t for t in s.terms if t.kind == "non_parole_period"]


@pytest.mark.parametrize("sentence, term", [
    ("Milo Briscane was sentenced to life with no chance of parole for 25 years.", "life with no chance of parole for 25 years"),
    ("Milo Briscane received a life sentence without parole eligibility for 10 years.",
     "a life sentence without parole eligibility for 10 years"),
])
def test_a_life_terms_wait_for_parole_told_with_for(sentence, term):
    s = _sentencing(sentence)
    assert [(t.text, t.unit) for t in s.terms] == [(term, "life")]


def test_a_life_term_for_a_victims_age_keeps_no_age():
    s = _sentencing("Milo Briscane was sentenced to life without parole for 17-year-old Tia Lundqvik's death.")
    assert [t.text for t in s.terms] == ["life without parole"]


@pytest.mark.parametrize("sentence, court", [
    ("Milo Briscane was sentenced Friday in Manitoba Court of King's Bench to life in prison.", "Manitoba Court of King's Bench"),
    ("Court of Queen\u2019s Bench Justice Ada Merle sentenced Milo Briscane to life in prison.", "Court of Queen\u2019s Bench"),
])
def test_a_courts_name_keeps_its_possessive(sentence, court):
    assert _sentencing(sentence).court.text == court


def test_a_possessive_court_name_ends_before_the_judges_title():
    s = _sentencing("Milo Briscane was sentenced by Court of King's Bench Judge Ada Merle to life in prison.")
    assert s.court.text == "Court of King's Bench"


@pytest.mark.parametrize("sentence, court", [
    ("Justice Ada Merle of the Court of King's Bench sentenced Milo Briscane on Friday to life in prison.", "Court of King's Bench"),
    ("Judge Ada Merle of the Superior Court sentenced Milo Briscane on Friday to life in prison.", "Superior Court"),
])
def test_the_judges_name_before_of_the_court_is_not_the_courts(sentence, court):
    assert _sentencing(sentence).court.text == court
