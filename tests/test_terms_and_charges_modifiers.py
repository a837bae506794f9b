"""Words between a term's length and its kind ("a three-month electronically monitored curfew", "a five-year hunting
and fishing prohibition"), the agency named with custody ("in the custody of the Bureau of Prisons") or with
supervision ("of Probation Service supervision"), and charges whose words look like a list but are one offence: a
statute's threshold ("500 grams and more of cocaine") and two verbs sharing one object after a repeated "to"
("to taking and driving a motor vehicle"). Each has a near-miss that must stay as it was."""
from __future__ import annotations

import pytest

from tests.helpers import sentencing_of


def _sentencing(*paragraphs: str):
    return sentencing_of(*paragraphs, published="2025-03-04", title="Ostrander case")


@pytest.mark.parametrize("sentence, term, kind_word", [
    ("Judge Orla Penney also imposed a three-month electronically monitored curfew.", "three-month electronically monitored curfew", "curfew"),
    ("The court imposed a five-year hunting and fishing prohibition.", "five-year hunting and fishing prohibition", "prohibition"),
    ("He also received a two-year court-ordered curfew.", "two-year court-ordered curfew", "curfew"),
])
def test_an_orders_length_reaches_its_kind_past_the_words_between(sentence, term, kind_word):
    s = _sentencing("Cole Ostrander, 44, was sentenced on Monday for fraud.", sentence)
    assert [t.text for t in s.terms if kind_word in t.text] == [term]


def test_a_sentence_and_an_order_stay_two_terms():
    s = _sentencing("Cole Ostrander was given a two-year sentence and a restraining order on Monday.")
    assert not [t for t in s.terms if t.text.endswith("restraining order") and "two-year" in t.text]


@pytest.mark.parametrize("sentence, term", [
    ("Cole Ostrander was sentenced to three years in the custody of the Bureau of Prisons.",
     "three years in the custody of the Bureau of Prisons"),
    ("Cole Ostrander was sentenced to 30 months in the custody of the Idaho Department of Correction.",
     "30 months in the custody of the Idaho Department of Correction"),
    ("Cole Ostrander was placed under 12 months of Probation Service supervision.", "12 months of Probation Service supervision"),
])
def test_the_agency_that_holds_or_supervises_belongs_to_the_term(sentence, term):
    s = _sentencing(sentence)
    assert [t.text for t in s.terms] == [term]
    assert s.terms[0].kind in ("prison", "probation")


def test_custody_of_a_parent_is_not_an_agency():
    s = _sentencing("Cole Ostrander was sentenced to three years in custody of the state, his lawyer said.")
    assert [t.text for t in s.terms] == ["three years in custody"]


@pytest.mark.parametrize("plea, charges", [
    ("Cole Ostrander pleaded guilty to possession with intent to distribute 500 grams and more of cocaine and to money laundering.",
     ["possession with intent to distribute 500 grams and more of cocaine", "money laundering"]),
    ("Cole Ostrander pleaded guilty to aggravated burglary and to taking and driving a motor vehicle without consent.",
     ["aggravated burglary", "taking and driving a motor vehicle without consent"]),
])
def test_words_that_read_as_a_list_inside_one_offence(plea, charges):
    assert [c.text for c in _sentencing(plea).charges] == charges


def test_two_offences_after_a_repeated_to_stay_two():
    s = _sentencing("Cole Ostrander pleaded guilty to burglary and to stalking and harassment.")
    assert [c.text for c in s.charges] == ["burglary", "stalking", "harassment"]
