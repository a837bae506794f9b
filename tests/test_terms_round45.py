"""Sentence terms, round 45: Canada's intermittent sentences, a firearms ban by its plain noun, the whole term a
suspension is part of, a parole floor told alone, a life term the law carries, and two counts' equal caps in one
sentence. Every text here is invented."""
from __future__ import annotations

import pytest

from builder.extract import extract
from builder.model import Term
from builder.sources import source_from_text


def _terms(body: str) -> dict[str, Term]:
    facts = extract(source_from_text("case.txt", "Date: 2024-03-05\n\n" + body))
    return {t.text: t for t in facts.sentencing.terms}


@pytest.mark.parametrize("body, text, amount", [
    ("Wendlebury Arkwright was sentenced Monday to a 45-day intermittent sentence, to be served on weekends.",
     "45-day intermittent sentence", 45),
    ("The judge imposed an intermittent sentence of 75 days on the defendant.", "intermittent sentence of 75 days", 75),
    ("Arkwright received a 21-day intermittent jail sentence for the assault.", "21-day intermittent jail sentence", 21),
])
def test_an_intermittent_sentence_is_custody_with_its_days(body, text, amount):
    term = _terms(body)[text]
    assert term.kind == "prison" and term.amount == amount and term.unit == "days" and term.status != "other"


@pytest.mark.parametrize("body, text, amount, unit", [
    ("Justice Perpetua Loxley sentenced Osric Vane to two years and a lifetime firearms ban.", "lifetime firearms ban", None, "life"),
    ("Vane was sentenced to 14 months in jail and a 10-year weapons ban.", "10-year weapons ban", 10, "years"),
])
def test_a_firearms_ban_is_the_prohibition_order(body, text, amount, unit):
    term = _terms(body)[text]
    assert term.kind.endswith("prohibition") and term.status == "imposed"
    assert term.amount == amount and term.unit == unit


def test_a_lifetime_ban_on_a_named_person_ends_before_the_name():
    terms = _terms("The court imposed a lifetime driving ban on Hollis Tregarth after the crash.")
    assert "lifetime driving ban" in terms and not any("Tregarth" in text for text in terms)


@pytest.mark.parametrize("body, whole", [
    ("Judge Rowena Pike suspended the final three years of the seven-year sentence.", "seven-year sentence"),
    ("Judge Rowena Pike suspended the last 10 months of a 30-month jail term.", "a 30-month jail term"),
    ("Brisco Dunsford was sentenced Friday. Judge Rowena Pike suspended all but 20 months of a five-year sentence.",
     "a five-year sentence"),
])
def test_the_term_part_of_which_is_suspended_was_imposed(body, whole):
    assert _terms(body)[whole].status == "imposed"


def test_a_suspension_the_court_only_could_have_made_imposes_nothing():
    terms = _terms("The judge could have suspended two years of the seven-year sentence.")
    assert all(t.status != "imposed" for t in terms.values())


@pytest.mark.parametrize("body, text", [
    ("Marisol Quenby must serve a minimum of four years before parole.", "a minimum of four years"),
    ("Quenby will have to serve a minimum of 15 years before being considered for parole.", "a minimum of 15 years"),
])
def test_a_parole_floor_told_alone_is_the_courts(body, text):
    assert _terms(body)[text].status == "imposed"


@pytest.mark.parametrize("body", [
    "If convicted, Quenby must serve a minimum of 25 years before parole.",
    "Quenby is charged with murder. Under state law, she must serve a minimum of 25 years before parole.",
])
def test_a_parole_floor_of_the_law_or_a_conviction_to_come_is_not_imposed(body):
    assert _terms(body)["a minimum of 25 years"].status == "other"


@pytest.mark.parametrize("body, text", [
    ("The offence carries imprisonment for life.", "imprisonment for life"),
    ("Arson of a dwelling carries life imprisonment.", "life imprisonment"),
    ("Manslaughter is punishable by life imprisonment.", "life imprisonment"),
    ("Dorrin Vell was convicted of manslaughter, which carries a life sentence. He was jailed for nine years.",
     "a life sentence"),
])
def test_a_life_term_the_law_carries_is_the_cap(body, text):
    assert _terms(body)[text].status == "maximum"


def test_a_life_term_that_would_have_been_carried_is_no_cap():
    assert _terms("The charge would have carried life in prison.")["life in prison"].status == "other"


@pytest.mark.parametrize("body, text", [
    ("Tobiah Cranleigh faces a maximum of five years in prison for perjury and a maximum of five years in prison "
     "for obstruction.", "a maximum of five years in prison"),
    ("Each count of forgery carries up to 20 years in prison; the conspiracy count carries up to 20 years in prison "
     "as well.", "up to 20 years in prison"),
])
def test_two_counts_equal_caps_in_one_sentence_are_two_terms(body, text):
    facts = extract(source_from_text("case.txt", "Date: 2024-03-05\n\n" + body))
    assert [t.text for t in facts.sentencing.terms].count(text) == 2


def test_a_cap_told_again_in_a_later_sentence_is_one_term():
    facts = extract(source_from_text("case.txt", "Date: 2024-03-05\n\nTobiah Cranleigh was charged with perjury and faces "
                                                 "up to 10 years in prison. "
                                                 "Prosecutors said the perjury count carries up to 10 years in prison."))
    assert [t.text for t in facts.sentencing.terms] == ["up to 10 years in prison"]
