"""Sentence terms, round 47: a state's name before the prison's level ("in a Texas state prison"), the sentence learned
after a colon, restitution paid for someone's bills, courts-martial vocabulary (dismissal told with its verb, a share of
pay forfeited, no confinement), a rule about sentences in general; then the sentencing day (a photo caption, a
title-case dateline, "will learn Friday how long", a plan "expects to announce the sentence Friday") and a military
judge named by rank alone. Every text here is invented."""
from __future__ import annotations

import pytest

from builder.extract import extract
from builder.extract.sentencing import find_sentencing
from builder.model import Party, Term
from builder.sources import source_from_text


def _facts(body: str, date: str = "2024-03-08", title: str = "Case"):
    return extract(source_from_text("case.txt", f"title: {title}\ndate: {date}\n\n" + body))


def _terms(body: str, date: str = "2024-03-08") -> dict[str, Term]:
    return {t.text: t for t in _facts(body, date).sentencing.terms}


@pytest.mark.parametrize("body, text", [
    ("A judge on Friday sentenced Dale Crosby to 12 years in a Texas state prison for the shooting.",
     "12 years in a Texas state prison"),
    ("Dale Crosby will spend six years in a New York state prison, a judge ruled Friday.",
     "six years in a New York state prison"),
])
def test_a_state_named_before_the_prison_level_is_part_of_the_place(body, text):
    term = _terms(body)[text]
    assert term.kind == "prison" and term.status == "imposed"


@pytest.mark.parametrize("body, text", [
    ("On Friday, the singer found out what the crash will cost him: eight years in an Arizona state prison, imposed by a "
     "Maricopa County judge.", "eight years in an Arizona state prison"),
    ("The drummer learned Tuesday how long he would be locked up: 30 months in federal prison.", "30 months in federal prison"),
])
def test_the_answer_after_learning_what_it_costs_is_the_sentence(body, text):
    terms = _terms(body)
    assert terms[text].status == "imposed"
    assert not any(t.startswith("imposed by") for t in terms)  # the participle after the comma is no list item


def test_restitution_for_someone_s_bills_stays_the_defendant_s_term():
    body = ("Prosecutors asked the judge to sentence Dale Crosby to six years in prison and to order him to pay $12,000 in "
            "restitution for Marvin Tolle's hospital bills.\n\nCrosby, 44, was convicted of assault. Tolle, 51, was hurt.")
    facts = _facts(body)
    term = {t.text: t for t in facts.sentencing.terms}["$12,000 in restitution"]
    assert term.status == "recommended" and term.subject is None
    assert not facts.sentencing.others


def test_court_martial_asks_dismissal_by_its_verb_a_share_of_pay_and_no_confinement():
    body = ("Army prosecutors asked the judge to sentence Capt. Dale Crosby to four years in confinement and to dismiss him "
            "from the service. The defense asked for no confinement and a forfeiture of two-thirds of Crosby's pay for six "
            "months.")
    terms = _terms(body)
    assert terms["dismiss him from the service"].kind == "dismissal"
    assert terms["dismiss him from the service"].status == "recommended"
    assert terms["no confinement"].kind == "no_incarceration" and terms["no confinement"].by == "defense"
    assert terms["forfeiture of two-thirds of Crosby's pay for six months"].kind == "forfeiture"


def test_forfeiting_all_pay_and_allowances_is_imposed_whatever_follows():
    body = ("Sgt. Dale Crosby was sentenced Friday to 20 months in confinement and ordered to forfeit all pay and allowances "
            "by a military judge at Fort Hale.")
    term = _terms(body)["forfeit all pay and allowances"]
    assert term.kind == "forfeiture" and term.status == "imposed"


def test_a_rule_about_any_sentence_of_a_class_is_no_term():
    body = ("A Navy judge sentenced Petty Officer Dale Crosby to 18 months in confinement on Friday.\n\nEvery sentence that "
            "includes a punitive discharge or more than six months of confinement is reviewed by the appeals court.\n\n"
            "Sentences that exceed two years in prison are sent to the appeals court automatically.")
    assert set(_terms(body)) == {"18 months in confinement"}


def test_a_photo_caption_dates_the_sentencing_hearing():
    body = ("Tom Reyes stands during his sentencing hearing at the Lindsey-Flanigan Courthouse in Denver, Tuesday, March 5, "
            "2024. (AP Photo/Jo Brandley)\n\nDENVER (AP) — A drummer was sentenced to eight years in prison for a bar "
            "shooting.\n\nReyes was convicted of assault in January.")
    date = _facts(body, "2024-03-05").sentencing.sentencing_date
    assert date is not None and str(date.value) == "2024-03-05"


def test_a_title_case_dateline_names_no_one_sentenced():
    # the dateline's place taken for a person (as a two-word town can be) is still not the one sentenced
    body = ("Glen Harbor, Louisiana — A former deputy who beat a handcuffed man is scheduled to be sentenced Tuesday in "
            "federal court.\n\nDale Crosby was convicted of assault in June. Crosby, 41, has been free on bond, and Crosby's "
            "lawyer declined to comment.")
    source = source_from_text("case.txt", "title: Case\ndate: 2024-03-07\n\n" + body)
    parties = [Party(name="Glen Harbor"), Party(name="Dale Crosby")]
    date = find_sentencing(source, parties).sentencing_date
    assert date is not None and date.text == "Tuesday"


def test_learning_how_long_dates_the_sentencing():
    body = ("Denver, Colorado — A drummer who shot a bouncer will find out Monday how long he will spend in prison, and "
            "prosecutors want 12 years.\n\nTom Reyes was convicted of assault in January.")
    date = _facts(body, "2024-03-07").sentencing.sentencing_date
    assert date is not None and str(date.value) == "2024-03-11"


def test_the_day_a_judge_expects_to_announce_the_sentence_lies_ahead():
    body = ("Navy prosecutors on Thursday asked a military judge to sentence Petty Officer Tom Reyes to four years in "
            "confinement. The judge, Capt. Ann Roe, said she expects to impose the sentence Monday.\n\nReyes was convicted "
            "at a court-martial of assault.")
    date = _facts(body, "2024-03-07").sentencing.sentencing_date
    assert date is not None and date.text == "Monday" and str(date.value) == "2024-03-11"


def test_an_officer_who_announces_a_court_martial_sentence_is_its_judge():
    body = ("Petty Officer Tom Reyes was sentenced Friday to four years in confinement by a military judge.\n\nThe punishment "
            "also includes a bad-conduct discharge.\n\nReyes was convicted in January.\n\nNavy Capt. Ann Roe handed down the "
            "sentence after a two-day hearing at Naval Station Norfolk.")
    judge = _facts(body).sentencing.judge
    assert judge is not None and judge.name == "Ann Roe"


@pytest.mark.parametrize("body, day", [
    ("Superior Court Justice Ann Roe imposed the sentence Thursday, calling the attack cruel.\n\nTom Reyes was convicted "
     "of manslaughter and sentenced to six years in prison.", "2024-03-07"),
    ("Tom Reyes sat still Thursday afternoon as a county judge read out a prison sentence of 40 months.", "2024-03-07"),
    ("A Dover man who shook his infant son will serve up to 12 years in prison, a Polk County judge ruled Thursday.\n\nTom "
     "Reyes was convicted of child endangerment.", "2024-03-07"),
])
def test_the_day_the_judge_imposed_read_out_or_ruled_the_sentence(body, day):
    date = _facts(body).sentencing.sentencing_date
    assert date is not None and str(date.value) == day


def test_a_ruling_on_something_else_dates_no_sentencing():
    body = "Tom Reyes was convicted of assault in January.\n\nThe trial of his brother can go on, a judge ruled Thursday."
    assert _facts(body).sentencing.sentencing_date is None
