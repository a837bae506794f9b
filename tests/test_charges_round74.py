"""Charges from round 74: a verdict's or plea's own qualifier between "guilty" and its offences ("as charged", "but
mentally ill", "except for insanity", "by reason of insanity"); "the lesser (included) offense of"; "entered a plea of
no contest to"; the next verdict's clause ("instead convicting him of") and the verdict not reached ("instead of") are
no offences; single marks around a statute's name are not its words."""
from __future__ import annotations

from tests.helpers import facts_of


def _charges(body: str) -> list[tuple[str, str]]:
    return [(c.text, c.status) for c in facts_of(f"title: Court case\noutlet: Test Wire\ndate: 2025-03-12\n\n{body}\n").sentencing.charges]


def test_a_verdict_qualifier_between_guilty_and_the_offence():
    assert _charges("Orly Vance was found guilty as charged of second-degree assault.") == [("second-degree assault", "convicted")]
    assert _charges("Orly Vance was found guilty, as charged, of robbery.") == [("robbery", "convicted")]
    assert _charges("Orly Vance was found guilty except for insanity of attempted murder.") == [("attempted murder", "convicted")]
    assert _charges("Orly Vance was found guilty but mentally ill of aggravated assault.") == [("aggravated assault", "convicted")]
    assert _charges("Lamont Greer pleaded guilty but mentally ill to murder.") == [("murder", "pleaded guilty")]
    assert _charges("Jurors found Orly Vance not guilty by reason of insanity of murder and arson.") == [
        ("murder", "acquitted"), ("arson", "acquitted")]


def test_a_verdict_without_offences_names_none():
    assert _charges("Orly Vance was found guilty as charged.") == []
    assert _charges("Orly Vance was found guilty of robbery.") == [("robbery", "convicted")]


def test_the_lesser_included_offense():
    assert _charges("The jury convicted Orly Vance of the lesser included offense of voluntary manslaughter.") == [
        ("voluntary manslaughter", "convicted")]
    assert _charges("Orly Vance pleaded guilty to the lesser offense of aggravated assault.") == [("aggravated assault", "pleaded guilty")]
    assert _charges("The offense of arson carries up to 20 years.") == []


def test_a_plea_of_no_contest_entered():
    assert _charges("Orly Vance entered a plea of no contest to child endangerment.") == [("child endangerment", "pleaded guilty")]
    assert _charges("Orly Vance entered a no-contest plea to reckless driving.") == [("reckless driving", "pleaded guilty")]
    assert _charges("Orly Vance entered a plea of not guilty to arson.") == [("arson", "charged")]


def test_the_next_verdict_or_the_one_not_reached_is_no_offence():
    assert _charges("Jurors found Orly Vance not guilty of murder, instead convicting him of manslaughter.") == [
        ("manslaughter", "convicted"), ("murder", "acquitted")]
    assert _charges("A Macon jury found Orly Vance guilty Wednesday of felony murder, instead of malice murder.") == [
        ("felony murder", "convicted")]


def test_single_marks_around_a_statute_name():
    assert _charges("Orly Vance was convicted of 'gross sexual imposition' and theft.") == [
        ("gross sexual imposition", "convicted"), ("theft", "convicted")]
    assert _charges("Orly Vance was convicted of \u2018gross sexual imposition.\u2019") == [("gross sexual imposition", "convicted")]
