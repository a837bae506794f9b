"""Charges from round 72: a California jury "finds true" a special allegation or enhancement beside its verdict; the
conduct the allegation names is listed with the status "found true" (never the words of the finding itself), and an
allegation found not true names nothing."""
from __future__ import annotations

from tests.helpers import facts_of


def _charges(body: str) -> list[tuple[str, str]]:
    return [(c.text, c.status) for c in facts_of(f"title: Court case\noutlet: Test Wire\ndate: 2025-03-12\n\n{body}\n").sentencing.charges]


def test_an_allegation_found_true_after_the_verdict_names_its_conduct():
    found = _charges("A jury convicted Tobiah Renfrew of vehicular manslaughter and reckless driving, and found true an "
                     "allegation that he was fleeing a peace officer at the time of the collision.")
    assert found == [("vehicular manslaughter", "convicted"), ("reckless driving", "convicted"),
                     ("fleeing a peace officer", "found true")]
    found = _charges("Jurors convicted Marisol Quenby of attempted murder. They also found true allegations that she "
                     "personally used a knife, an enhancement that adds a year to her term.")
    assert found == [("attempted murder", "convicted"), ("personally used a knife", "found true")]


def test_the_finding_told_with_its_verdict_word_last():
    found = _charges("A jury convicted Tobiah Renfrew of robbery and found the allegation that he had been armed with a "
                     "handgun to be true.")
    assert found == [("robbery", "convicted"), ("armed with a handgun", "found true")]


def test_an_allegation_found_not_true_names_nothing():
    found = _charges("A jury convicted Marisol Quenby of assault with a deadly weapon, and found not true an allegation "
                     "that she inflicted great bodily injury.")
    assert found == [("assault with a deadly weapon", "convicted")]
    found = _charges("Jurors convicted Tobiah Renfrew of burglary but did not find true an allegation that he was armed "
                     "with a firearm.")
    assert found == [("burglary", "convicted")]
