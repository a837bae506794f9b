"""Sentence terms in the vocabulary of courts outside the US (Britain's recorders, Canada's ancillary orders, New
Zealand's minimum periods, Australia's licence cancellations) and in charged-stage stories (release conditions, the
law's mandatory terms, plea-deal stipulations); texts invented for these tests."""
from __future__ import annotations

from tests.helpers import dated_facts, texts as _texts


def _facts(body: str, published: str = "2025-02-11"):
    return dated_facts(body, published)


def test_a_recorder_is_the_court_so_the_orders_after_a_suspended_sentence_are_the_defendants():
    s = _facts("Mavis Thornbury, 58, was given a 20-month prison sentence, suspended for two years, at Exeter Crown Court "
               "on Friday after she admitted theft.\n\n"
               "Recorder Piers Allingham KC ordered her to carry out 120 hours of unpaid work and 10 rehabilitation "
               "activity requirement days, and to pay a £156 victim surcharge.").sentencing
    texts = _texts(s.terms)
    assert {"120 hours of unpaid work", "10 rehabilitation activity requirement days", "£156 victim surcharge"} <= texts
    assert s.judge is not None and s.judge.name == "Piers Allingham"
    assert all(t.by != "Piers Allingham KC" for t in s.terms)


def test_canadian_ancillary_orders_are_terms():
    s = _facts("Dorian Vasquez-Lund, 33, was sentenced Thursday to seven years in prison for manslaughter.\n\n"
               "Justice Celia Vantongeren also imposed a lifetime firearms prohibition and a DNA databank order, and a "
               "10-year prohibition order barring Vasquez-Lund from working with children.").sentencing
    texts = _texts(s.terms)
    assert {"lifetime firearms prohibition", "DNA databank order", "10-year prohibition order"} <= texts
    lifetime = next(t for t in s.terms if t.text == "lifetime firearms prohibition")
    assert lifetime.status == "imposed" and lifetime.unit == "life"


def test_the_courts_noun_for_custody_replaces_a_ledes_jailed_for():
    s = _facts("A Galway man who robbed a post office has been jailed for five years.\n\n"
               "Judge Orla Kinsella sentenced Fergal Moran to five years’ imprisonment, backdated to January.").sentencing
    prison = [t for t in s.terms if t.kind == "prison"]
    assert [t.text for t in prison] == ["five years’ imprisonment"]


def test_a_judge_who_directs_no_contact_imposes_it():
    s = _facts("Fergal Moran was sentenced to five years in prison on Monday.\n\n"
               "She also directed that he have no contact with Mr Quigley or his family.").sentencing
    contact = next(t for t in s.terms if t.kind == "no_contact")
    assert contact.text == "no contact with Mr Quigley or his family" and contact.status == "imposed"


def test_a_licence_cancelled_beside_a_driving_disqualification_is_a_term():
    s = _facts("Tobin Ashgrove, 24, was jailed for a maximum of seven years on Friday.\n\n"
               "Ashgrove's licence was cancelled and he was disqualified from driving for eight years.").sentencing
    assert "licence was cancelled" in _texts(s.terms)
    later = _facts("Tobin Ashgrove, 24, was jailed for seven years on Friday.\n\n"
                   "Ashgrove's licence was cancelled in 2019 after an earlier crash.").sentencing
    assert not any(t.kind == "licence_revocation" for t in later.terms)


def test_a_minimum_period_with_a_life_sentence_has_the_life_sentences_status():
    s = _facts("Justice Moana Tairoa has sentenced Kurt Hallberg to life imprisonment with a minimum period of "
               "imprisonment of 15 years.\n\nThe defence had argued a minimum period of 12 years was enough.").sentencing
    floor = next(t for t in s.terms if t.text == "a minimum period of imprisonment of 15 years")
    assert floor.status == "imposed" and floor.amount == 15
    assert "a minimum period of 12 years" in _texts(s.terms)


def test_a_plea_agreement_that_stipulates_a_range_recommends_it():
    s = _facts("Lyle Ormsby pleaded guilty Tuesday to second-degree murder.\n\n"
               "The plea agreement stipulates a sentence of between 14 and 19 years in prison.").sentencing
    term = next(t for t in s.terms if "between 14 and 19 years" in t.text)
    assert term.status == "recommended" and term.by == "plea agreement"


def test_the_laws_mandatory_terms_keep_their_qualifier():
    s = _facts("If convicted, Lyle Ormsby faces 10 years to life in prison. The gun charge carries a mandatory "
               "five-year prison term.\n\nOrmsby also faces a mandatory sentence of life in prison on the murder count, "
               "and up to a $25,000 fine.").sentencing
    texts = _texts(s.terms)
    assert {"mandatory five-year prison term", "a mandatory sentence of life in prison", "up to a $25,000 fine"} <= texts


def test_time_held_before_trial_is_no_term():
    s = _facts("Lyle Ormsby is charged with murder.\n\nHis lawyer said Ormsby had been jailed for 41 days.").sentencing
    assert s.terms == []


def test_conditions_of_release_are_no_terms():
    s = _facts("Lyle Ormsby, charged with murder, appeared in court Monday.\n\n"
               "As conditions of release, Ormsby must wear a GPS ankle monitor and have no contact with the Pruitt family. "
               "He is also barred from driving.\n\n"
               "If the judge orders him released, prosecutors will ask that he be placed on electronic monitoring.").sentencing
    assert s.terms == []


def test_wisconsin_initial_confinement_is_custody():
    s = _facts("Dana Quenneville pleaded guilty Monday to homicide by intoxicated use of a vehicle.\n\n"
               "Prosecutors agreed to recommend three years of initial confinement followed by four years of extended "
               "supervision. State law sets a presumptive minimum of five years of initial confinement.").sentencing
    texts = _texts(s.terms)
    assert "three years of initial confinement" in texts
    assert "a presumptive minimum of five years of initial confinement" in texts
    confinement = next(t for t in s.terms if t.text == "three years of initial confinement")
    assert confinement.kind == "prison" and confinement.status == "recommended"
