"""Round 89: a Queensland parole release date with a relative year or told as a clause; a conviction's outcome on the
record (Australia, New Zealand); a licence cancelled in the active voice; New Zealand's post-detention and release
conditions; a forfeited thing listed after a sum named by what it came from; restitution told as orders, and a sum
abbreviated "$3.4M". All texts invented."""
from __future__ import annotations

import pytest

from tests.helpers import one_term_of_kind, sentencing_of, shown_terms, terms_of_kind

_LEAD = "Tom Kershaw, 41, was sentenced on Tuesday in the Brisbane District Court."




# 1. A parole release date with a relative year, or told as a clause


@pytest.mark.parametrize("sentence,text", [
    ("Judge Mary Quill sentenced him to 18 months' imprisonment, with a parole release date of January 6 next year.",
     "parole release date of January 6 next year"),
    ("He was jailed for 18 months, with a parole release date of 6 January next year.",
     "parole release date of 6 January next year"),
    ("He was jailed for three years, with a parole eligibility date of June 1 next year.",
     "parole eligibility date of June 1 next year"),
    ("He was sentenced to two years' imprisonment with a parole release date of March 3.", "parole release date of March 3"),
    ("Judge Mary Quill sentenced Kershaw to 18 months' jail, to be released on parole on January 6.",
     "released on parole on January 6"),
    ("He was jailed for 18 months and will be released on parole on February 2 next year.",
     "released on parole on February 2 next year"),
])
def test_a_parole_release_date_with_a_relative_year_or_as_a_clause(sentence, text):
    s = sentencing_of(_LEAD, sentence)
    term = one_term_of_kind(s, "parole_eligibility_date")
    assert (term.text, term.status, term.subject) == (text, "imposed", None)
    assert any(t.kind in ("prison", "jail") and t.status == "imposed" for t in s.terms), shown_terms(s)


def test_a_parole_clause_keeps_the_jail_term_beside_it():
    # (being released on parole is no bail: the prison term stays)
    s = sentencing_of(_LEAD, "He was jailed for 18 months and will be released on parole on February 2 next year.")
    assert [t.text for t in s.terms if t.kind == "prison"] == ["jailed for 18 months"]


@pytest.mark.parametrize("sentence", [
    "He was first released on parole on March 3, 2019.",  # an earlier release, no date fixed by this court
    "He was released on parole in March after serving half his sentence.",
    "He was sentenced to 18 months' jail, to be released on parole after serving six months.",
])
def test_a_release_on_parole_without_a_fixed_day_is_no_date(sentence):
    assert not terms_of_kind(sentencing_of(_LEAD, sentence), "parole_eligibility_date")


def test_a_co_accused_parole_date_is_theirs():
    s = sentencing_of(_LEAD, "His co-accused, Ben Tupou, was given two years' jail and will be released on parole on March 3.")
    term = one_term_of_kind(s, "parole_eligibility_date")
    assert (term.subject, term.status) == ("Ben Tupou", "other")


# 2. A conviction's outcome on the record


@pytest.mark.parametrize("sentence,kind,text", [
    ("Magistrate Jo Penn ordered that a conviction be recorded.", "conviction_recorded", "conviction be recorded"),
    ("He was fined $900 and a conviction was recorded.", "conviction_recorded", "conviction was recorded"),
    ("Magistrate Jo Penn recorded a conviction and fined him $800.", "conviction_recorded", "recorded a conviction"),
    ("No conviction was recorded.", "no_conviction_recorded", "No conviction was recorded"),
    ("He was placed on a good behaviour bond with no conviction recorded.", "no_conviction_recorded", "no conviction recorded"),
    ("The magistrate did not record a conviction.", "no_conviction_recorded", "did not record a conviction"),
    ("Magistrate Jo Penn declined to record a conviction against him.", "no_conviction_recorded", "declined to record a conviction"),
    ("On the obstruction charge, he was convicted and not further punished.", "not_further_punished",
     "convicted and not further punished"),
    ("He was convicted and discharged on the trespass charge.", "convicted_and_discharged", "convicted and discharged"),
    ("Judge Ana Reti convicted and discharged him.", "convicted_and_discharged", "convicted and discharged"),
    ("He was discharged without conviction.", "discharged_without_conviction", "discharged without conviction"),
])
def test_a_conviction_outcome_is_the_courts(sentence, kind, text):
    term = one_term_of_kind(sentencing_of(_LEAD, sentence), kind)
    assert (term.text, term.status, term.subject) == (text, "imposed", None)


def test_an_outcome_asked_for_is_the_sides():
    s = sentencing_of(_LEAD, "His lawyer sought a discharge without conviction, but Judge Ana Reti convicted and discharged him.")
    assert one_term_of_kind(s, "discharged_without_conviction").status == "sought"
    assert one_term_of_kind(s, "convicted_and_discharged").status == "imposed"
    assert one_term_of_kind(sentencing_of(_LEAD, "His lawyer asked that no conviction be recorded."), "no_conviction_recorded").status \
        == "recommended"


@pytest.mark.parametrize("sentence", [
    "A conviction was recorded against him in 2015 for drink-driving.",  # a record of years ago
    "In 2015, a magistrate recorded a conviction against him for drink-driving.",
    "He has a previous conviction recorded for assault.",
    "He had 14 recorded convictions for theft.",
    "Judge Ana Reti entered a conviction on the theft charge and released him.",
])
def test_an_old_or_counted_conviction_is_no_outcome(sentence):
    s = sentencing_of(_LEAD, sentence)
    assert not [t for t in s.terms + s.others if t.kind in ("conviction_recorded", "no_conviction_recorded")], shown_terms(s)


def test_an_outcome_that_may_come_is_not_imposed():
    s = sentencing_of(_LEAD, "He could be convicted and discharged if he completes the course.")
    assert all(t.status != "imposed" for t in terms_of_kind(s, "convicted_and_discharged"))


# 3. A licence cancelled in the active voice, with its possessor


@pytest.mark.parametrize("sentence,text", [
    ("Judge Ann Rolle also cancelled Kershaw's licence and disqualified him from driving for eight years.",
     "cancelled Kershaw's licence"),
    ("Judge Ann Rolle cancelled his licence and disqualified him from driving for two years.", "cancelled his licence"),
    ("The magistrate cancelled his driver licence and fined him $1,200.", "cancelled his driver licence"),
    ("Magistrate Jo Penn cancelled Kershaw's driver licence and fined him $900.", "cancelled Kershaw's driver licence"),
    ("Judge Ann Rolle canceled his license.", "canceled his license"),
    ("The magistrate revoked her driver's licence.", "revoked her driver's licence"),
])
def test_a_licence_cancelled_by_the_court(sentence, text):
    s = sentencing_of(_LEAD, sentence)
    term = one_term_of_kind(s, "licence_revocation")
    assert (term.text, term.status) == (text, "imposed")


def test_the_cancellation_and_the_disqualification_are_two_terms():
    s = sentencing_of(_LEAD, "Judge Ann Rolle also cancelled Kershaw's licence and disqualified him from driving for eight years.")
    assert one_term_of_kind(s, "disqualification").amount == 8


@pytest.mark.parametrize("sentence", [
    "His licence was cancelled in 2019 after a drink-driving conviction.",
    "Police cancelled his licence in 2019.",
    "Police cancelled his licence at the roadside.",
    "The transport department cancelled her licence last year.",
    "The magistrate cancelled the hearing.",
])
def test_a_licence_cancelled_before_or_by_others_is_no_term(sentence):
    assert not terms_of_kind(sentencing_of(_LEAD, sentence), "licence_revocation")


# 4. New Zealand's post-detention and release conditions


@pytest.mark.parametrize("sentence,text,months", [
    ("Judge Ana Reti sentenced him to 10 months' home detention with six months' post-detention conditions.",
     "six months' post-detention conditions", 6),
    ("He was jailed for two years and will be subject to 12 months of release conditions.", "12 months of release conditions", 12),
    ("He was sentenced to 18 months' imprisonment, with standard and special release conditions for six months.",
     "standard and special release conditions for six months", 6),
    ("He was sentenced to 2 years' imprisonment and six months of post-release conditions.",
     "six months of post-release conditions", 6),
    ("Judge Ana Reti imposed standard post-detention conditions for 12 months.",
     "standard post-detention conditions for 12 months", 12),
])
def test_post_detention_conditions(sentence, text, months):
    term = one_term_of_kind(sentencing_of(_LEAD, sentence), "post_detention_conditions")
    assert (term.text, term.amount, term.unit, term.status, term.subject) == (text, months, "months", "imposed", None)


def test_a_co_accused_conditions_are_theirs():
    s = sentencing_of(_LEAD, "His co-accused, Ben Tupou, was given six months' post-detention conditions.")
    term = one_term_of_kind(s, "post_detention_conditions")
    assert (term.subject, term.status) == ("Ben Tupou", "other")


@pytest.mark.parametrize("sentence", [
    "He was released on bail with conditions.",
    "He was jailed for a year and was released on bail conditions for six months before trial.",
    "He breached his release conditions six months after leaving prison in 2019.",
])
def test_bail_and_old_conditions_are_no_term(sentence):
    assert not terms_of_kind(sentencing_of(_LEAD, sentence), "post_detention_conditions")


# 5. A thing forfeited after a sum named by what it came from

_US_LEAD = "Ray Bledsoe, 44, was sentenced on Monday to two years in prison."


@pytest.mark.parametrize("sentence,text", [
    ("He must also forfeit $38,200 in proceeds from the sales and a pickup truck prosecutors said he used to collect turtles.",
     "forfeit $38,200 in proceeds from the sales and a pickup truck"),
    ("He must also forfeit $38,200 in proceeds from the sales and a pickup truck.",
     "forfeit $38,200 in proceeds from the sales and a pickup truck"),
    ("He agreed to forfeit $12,500 in profits from the scheme and a bass boat investigators said he bought with the money.",
     "forfeit $12,500 in profits from the scheme and a bass boat"),
    ("He must forfeit $5,400 in cash and a rifle police said he used in the poaching.", "forfeit $5,400 in cash and a rifle"),
    ("Bledsoe must forfeit $61,000 in proceeds from the turtle sales and two trailers.",
     "forfeit $61,000 in proceeds from the turtle sales and two trailers"),
])
def test_the_thing_after_a_sum_from_its_source(sentence, text):
    term = one_term_of_kind(sentencing_of(_US_LEAD, sentence), "forfeiture")
    assert (term.text, term.amount) == (text, float(text.split("$")[1].split()[0].replace(",", "")))


def test_the_next_act_after_the_source_is_not_property():
    # near miss: the list goes on to the next order, not more property
    s = sentencing_of(_US_LEAD, "He must forfeit $38,200 in proceeds from the sales and pay a $5,000 fine.")
    assert one_term_of_kind(s, "forfeiture").text == "forfeit $38,200 in proceeds"


def test_property_returned_is_no_forfeiture():
    s = sentencing_of(_US_LEAD, "The pickup truck was returned to its owner, a neighbour who had lent it to him.")
    assert not terms_of_kind(s, "forfeiture")


# 6. Restitution told as orders, and a sum abbreviated "$3.4M"

_FRAUD_LEAD = "Tom Kershaw, 41, was sentenced to 10 years in prison on Tuesday in Marlow County Circuit Court."


@pytest.mark.parametrize("sentence,text,amount", [
    ("Judge Ann Pettus also made restitution orders totalling $3.4 million.", "restitution orders totalling $3.4 million", 3_400_000),
    ("Restitution orders totalling $3.4 million were also made.", "Restitution orders totalling $3.4 million", 3_400_000),
    ("The judge imposed restitution orders totaling $210,000.", "restitution orders totaling $210,000", 210_000),
    ("He was ordered to pay restitution totalling $3.4 million to his 143 victims.", "restitution totalling $3.4 million",
     3_400_000),
    ("The judge orders $3.4M in restitution to 143 investors.", "$3.4M in restitution", 3_400_000),
    ("He was also ordered to pay $1.25M restitution.", "$1.25M restitution", 1_250_000),
])
def test_restitution_orders_and_abbreviated_millions(sentence, text, amount):
    term = one_term_of_kind(sentencing_of(_FRAUD_LEAD, sentence), "restitution")
    assert (term.text, term.amount, term.status) == (text, amount, "imposed")


def test_restitution_orders_sought_are_not_made():
    s = sentencing_of(_FRAUD_LEAD, "Prosecutors sought restitution orders totalling $3.4 million, but the judge declined to make them.")
    assert one_term_of_kind(s, "restitution").status == "sought"
