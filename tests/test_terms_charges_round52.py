"""Round 52: a prison length told in years and months in a lede and in months in the body is one term, shown in the words
that name the custody; custody told by a participle ("confined for 60 days") or by the prison agency a defendant is
committed to; a length of treatment; "forfeit every dollar of ..."; community control (Ohio's and Florida's probation)
after "to"; a side's ask with "a requirement that he speak to ..."; supervised release with no length after "followed
by"; a count's offence after "sentence for" that runs "concurrently"; and a New York prosecutor's counts, each graded by
its class, set off by semicolons. Each test has paraphrases and a near-miss."""
from __future__ import annotations

import pytest

from tests.helpers import sentencing_of


def _sentencing(*paragraphs: str):
    return sentencing_of(*paragraphs, published="2025-03-14", title="Quennell case")


def _texts(sentencing) -> list[str]:
    return [t.text for t in sentencing.terms]


def _charges(sentencing) -> list[str]:
    return [c.text for c in sentencing.charges]


@pytest.mark.parametrize("lede, body, shown", [
    ("Former treasurer Ilse Quennell was sentenced Friday to six years and four months in federal prison.",
     "Judge Mara Tobin imposed the sentence of 76 months after a two-hour hearing.", "six years and four months in federal prison"),
    ("Ilse Quennell was sentenced Friday to eight years and six months in prison for fraud.",
     "The 102-month sentence was below what prosecutors wanted.", "eight years and six months in prison"),
])
def test_years_and_months_in_a_lede_and_months_in_the_body_are_one_term(lede, body, shown):
    s = _sentencing(lede, body)
    prison = [t for t in s.terms if t.kind == "prison"]
    assert [t.text for t in prison] == [shown]


def test_a_rounded_lede_beside_months_is_still_a_restatement():
    # near-miss: "about six years" rounds 76 months and is not a second term either (nor the shown one)
    s = _sentencing("Ilse Quennell will spend about six years in federal prison.",
                    "Judge Mara Tobin sentenced Quennell on Friday to 76 months in prison.")
    assert [t.text for t in s.terms if t.kind == "prison"] == ["76 months in prison"]


@pytest.mark.parametrize("sentence, shown", [
    ("Judge Mara Tobin ordered Quennell confined for 60 days.", "confined for 60 days"),
    ("Quennell was committed to the state Department of Corrections for four years.",
     "the state Department of Corrections for four years"),
    ("Judge Mara Tobin committed Quennell to the custody of the Bureau of Prisons for 30 months.",
     "the custody of the Bureau of Prisons for 30 months"),
])
def test_custody_told_by_a_participle_or_the_prison_agency(sentence, shown):
    s = _sentencing("Ilse Quennell was sentenced Friday for stealing from a church fund.", sentence)
    assert any(shown in text for text in _texts(s)), _texts(s)
    assert [t.status for t in s.terms if t.kind == "prison"] == ["imposed"]


def test_confined_to_a_home_is_no_prison_term():
    s = _sentencing("Ilse Quennell was sentenced Friday for stealing from a church fund.",
                    "She was confined to her home for much of the pandemic.")
    assert not [t for t in s.terms if t.kind == "prison"]


@pytest.mark.parametrize("sentence, shown", [
    ("The judge ordered Quennell to undergo 18 months of drug treatment.", "18 months of drug treatment"),
    ("Quennell must also complete six months of inpatient treatment.", "six months of inpatient treatment"),
])
def test_a_length_of_treatment_is_a_term(sentence, shown):
    s = _sentencing("Ilse Quennell was sentenced Friday to probation for a drunken crash.", sentence)
    assert shown in _texts(s)


@pytest.mark.parametrize("sentence, shown", [
    ("Prosecutors want Judge Mara Tobin to order Quennell to forfeit every dollar of the kickbacks.",
     "forfeit every dollar of the kickbacks"),
    ("The judge ordered her to forfeit every penny of the stolen donations.", "forfeit every penny of the stolen donations"),
])
def test_forfeiting_every_dollar_is_a_forfeiture(sentence, shown):
    s = _sentencing("Ilse Quennell faces sentencing Friday for taking kickbacks.", sentence)
    assert shown in _texts(s)


def test_community_control_asked_for_after_to():
    s = _sentencing("Ilse Quennell will be sentenced Friday for neglecting a patient.",
                    "Her lawyer, Otis Brell, has asked the judge to sentence his client to community control, the state's term "
                    "for probation.")
    assert [(t.text, t.kind) for t in s.terms] == [("community control", "probation")]
    # near-miss: the officer who supervises it is no term
    s = _sentencing("Ilse Quennell will be sentenced Friday for neglecting a patient.",
                    "She spoke to community control officers last week.")
    assert not s.terms


def test_a_sides_ask_with_a_requirement_that_he_speak():
    s = _sentencing("Ansel Quennell will be sentenced Friday for a fatal drunken crash.",
                    "His lawyer, Otis Brell, asked for 10 years of probation and a requirement that he speak to high school "
                    "driving classes about drunken driving.")
    assert "a requirement that he speak to high school driving classes about drunken driving" in _texts(s)
    # near-miss: a requirement told of no side's ask, in a general remark, is no term
    s = _sentencing("Ansel Quennell will be sentenced Friday for a fatal drunken crash.",
                    "The county has a requirement that officers speak to schools every year.")
    assert not [t for t in s.terms if t.kind == "outreach"]


def test_supervised_release_with_no_length_completes_the_ask():
    s = _sentencing("Ansel Quennell will be sentenced Friday for lying to investigators.",
                    "His lawyer, Otis Brell, has asked for 18 months in prison, followed by supervised release.")
    assert "18 months in prison, followed by supervised release" in _texts(s)


@pytest.mark.parametrize("sentence, offence", [
    ("The judge ran the three-year sentence for possession of a firearm during the commission of a felony concurrently "
     "with the assault term.", "possession of a firearm during the commission of a felony"),
    ("She imposed another three years, also concurrent, for possession of a firearm by a convicted felon.",
     "possession of a firearm by a convicted felon"),
    ("She added four years, consecutive, for armed robbery.", "armed robbery"),
])
def test_a_counts_offence_after_its_sentence_that_runs_concurrently(sentence, offence):
    s = _sentencing("Ansel Quennell was sentenced Thursday to 12 years in prison for aggravated assault.", sentence)
    assert offence in _charges(s), _charges(s)


def test_a_new_york_release_lists_counts_graded_by_class_between_semicolons():
    s = _sentencing("District Attorney Rhea Voss announced an indictment charging Ansel Quennell, 29, with Assault in the "
                    "First Degree, a class B violent felony; Criminal Possession of a Weapon in the Third Degree, a class D "
                    "felony; and Menacing in the Second Degree, a class A misdemeanor.")
    assert _charges(s) == ["Assault in the First Degree", "Criminal Possession of a Weapon in the Third Degree",
                           "Menacing in the Second Degree"]
    # near-miss: a new clause after the semicolon is no further count
    s = _sentencing("A jury convicted Ansel Quennell of burglary, a class C felony; he faces up to 15 years in prison.")
    assert _charges(s) == ["burglary"]


def test_treatment_already_completed_is_no_term():
    s = _sentencing("Ansel Quennell will be sentenced Friday for a fatal drunken crash.",
                    "His lawyer says Quennell has been sober since the crash and completed 60 days of inpatient treatment.")
    assert not [t for t in s.terms if t.kind == "treatment"]


def test_whole_years_beside_months_on_a_count_stay_two_terms():
    s = _sentencing("Ansel Quennell was sentenced Friday to 30 years in federal prison.",
                    "Judge Mara Tobin imposed 360 months on the drug count and 10 years on the gun count, to run concurrently.")
    assert any("360 months on the drug count" in text for text in _texts(s)), _texts(s)


@pytest.mark.parametrize("sentence", [
    "Quennell had admitted causing death by careless driving while using a mobile phone.",
    "Quennell pleaded guilty to causing serious injury by dangerous driving while using a hand-held mobile phone.",
])
def test_britains_driving_offence_with_its_circumstance_is_named(sentence):
    s = _sentencing("A van driver, Ansel Quennell, 41, was jailed for four years on Friday.", sentence)
    assert [c for c in _charges(s) if c.startswith("causing") and c.endswith("phone")], _charges(s)
