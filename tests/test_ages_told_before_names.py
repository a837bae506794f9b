"""Ages told before a name or as the subject of the case's verbs, as national outlets write them: "on 59-year-old
Ismay Pendlow", "The 55-year-old had pleaded guilty", "On Thursday, the 61-year-old Democrat ... will learn his
sentence". Each has a near-miss that gives nobody's age, and a day of the week before an appositive is no person."""
from __future__ import annotations

import pytest

from tests.helpers import facts_of


def _ages(text: str) -> list[tuple[str, str]]:
    return [(v.subject, v.value) for v in facts_of(text).values if v.kind == "age"]


@pytest.mark.parametrize("sentence", [
    "Judge Ann Kell imposed the sentence Tuesday on 59-year-old Ismay Pendlow, who ran the clinic.",
    "Prosecutors said 59-year-old Ismay Pendlow ran the scheme for a decade.",
    "The jury heard that 59-year-old pharmacist Ismay Pendlow filled the orders.",
])
def test_an_age_before_a_partys_name_is_that_persons(sentence):
    assert ("Ismay Pendlow", "59") in _ages("Ismay Pendlow was convicted of fraud in March. " + sentence)


def test_an_age_before_a_name_that_is_no_party_gives_no_age():
    assert _ages("Ismay Pendlow was convicted of fraud. A 36-year-old Navy Reserve officer testified against her.") == []


@pytest.mark.parametrize("sentence", [
    "The 55-year-old had pleaded guilty in June to wire fraud.",
    "On Thursday, the 55-year-old Democrat from Tamblin County will learn her sentence.",
    "The 55-year-old former pharmacist was sentenced to four years.",
    "On Thursday, the 55-year-old will stand before a federal judge to learn her sentence.",
    "The 55-year-old is scheduled to be sentenced in May.",
])
def test_the_defendant_told_by_age_as_the_subject(sentence):
    assert _ages("Ismay Pendlow was convicted of fraud in March. " + sentence) == [("Ismay Pendlow", "55")]


@pytest.mark.parametrize("sentence", [
    "The 80-year-old woman died two days later.",
    "The 24-year-old co-defendant pleaded guilty in May.",
    "The 9-year-old girl was not hurt.",
])
def test_someone_else_told_by_age_is_not_the_defendant(sentence):
    assert ("Ismay Pendlow", "80") not in _ages("Ismay Pendlow was convicted of fraud in March. " + sentence)
    assert not [a for a in _ages("Ismay Pendlow was convicted of fraud in March. " + sentence) if a[0] == "Ismay Pendlow"]


def test_a_day_before_an_appositive_is_no_person():
    assert not [s for s, _ in _ages("Ismay Pendlow was convicted of fraud. On Thursday, 55, the clinic closed.")
                if s == "Thursday"]
