"""Round 90: New Zealand's community detention and intensive supervision; a licence or privilege other than driving,
suspended or revoked for a length; a bar for good told with "never again" beside another order, and a qualifier before
a surrender; restitution of the whole loss with no figure; Australia's apprehended violence orders with a length; the
house-arrest part of a conditional sentence told with "first" or counted out of it. All texts invented."""
from __future__ import annotations

import pytest

from tests.helpers import one_term_of_kind, sentencing_of, shown_terms, terms_of_kind

_NZ_LEAD = "Rangi Hohaia, 33, was sentenced on Tuesday in the Hamilton District Court."
_US_LEAD = "Dale Kane, 52, was sentenced on Monday in Lakeshore County Circuit Court."
_AU_LEAD = "Brett Munro, 38, was sentenced on Wednesday in the Penrith Local Court."
_CA_LEAD = "Lina Creed, 44, was sentenced on Friday in the Ontario Court of Justice."




# 1. New Zealand's community detention, beside home detention and intensive supervision


@pytest.mark.parametrize("sentence,text,months", [
    ("Judge Ana Reti sentenced him to six months' community detention, with an overnight curfew monitored by an electronic "
     "bracelet, and 18 months' intensive supervision.", "six months' community detention", 6),
    ("He was sentenced to four months of community detention.", "four months of community detention", 4),
    ("Judge Ana Reti imposed community detention for four months, with a curfew from 9pm to 6am.",
     "community detention for four months", 4),
    ("He was given a sentence of five months' community detention.", "five months' community detention", 5),
    ("He was sentenced to 3 months' community detention and 12 months' supervision.", "3 months' community detention", 3),
])
def test_community_detention(sentence, text, months):
    s = sentencing_of(_NZ_LEAD, sentence)
    term = one_term_of_kind(s, "community_detention")
    assert (term.text, term.amount, term.unit, term.status, term.subject) == (text, months, "months", "imposed", None)
    assert not [t for t in s.terms if t.kind in ("prison", "jail")], shown_terms(s)  # no custody


def test_community_detention_keeps_the_supervision_beside_it():
    s = sentencing_of(_NZ_LEAD, "Judge Ana Reti sentenced him to six months' community detention, with an overnight curfew "
                                "monitored by an electronic bracelet, and 18 months' intensive supervision.")
    assert one_term_of_kind(s, "supervision").text == "18 months' intensive supervision"


def test_two_lengths_in_one_unit_are_two_terms():
    # (never one length of 13 months)
    s = sentencing_of(_NZ_LEAD, "He was sentenced to community detention for four months and nine months' supervision.")
    assert (one_term_of_kind(s, "community_detention").text, one_term_of_kind(s, "community_detention").amount) == ("community detention for four months", 4)
    assert (one_term_of_kind(s, "supervision").text, one_term_of_kind(s, "supervision").amount) == ("nine months' supervision", 9)


@pytest.mark.parametrize("sentence,kind,text", [
    ("He was sentenced to intensive supervision for 18 months.", "supervision", "intensive supervision for 18 months"),
    ("He was sentenced to 18 months of intensive supervision.", "supervision", "18 months of intensive supervision"),
    ("Judge Ana Reti sentenced him to eight months' home detention and 12 months' intensive supervision.", "home_confinement",
     "eight months' home detention"),
    ("He was sentenced to home detention for eight months.", "home_confinement", "home detention for eight months"),
])
def test_home_detention_and_intensive_supervision_in_the_same_frames(sentence, kind, text):
    s = sentencing_of(_NZ_LEAD, sentence)
    assert (one_term_of_kind(s, kind).text, one_term_of_kind(s, kind).status) == (text, "imposed")
    assert not [t for t in s.terms if t.kind in ("prison", "jail")], shown_terms(s)


def test_community_detention_asked_for_or_given_to_another():
    s = sentencing_of(_NZ_LEAD, "His lawyer sought community detention for six months, but the judge imposed 10 months' home detention.")
    assert one_term_of_kind(s, "community_detention").status == "sought"
    assert one_term_of_kind(s, "home_confinement").status == "imposed"
    s = sentencing_of(_NZ_LEAD, "His co-accused, Mere Tane, received three months' community detention.")
    assert (one_term_of_kind(s, "community_detention").subject, one_term_of_kind(s, "community_detention").status) == ("Mere Tane", "other")


@pytest.mark.parametrize("sentence", [
    "He was on community detention when he reoffended in 2021.",  # no length: an old sentence
    "He completed four months of community detention in 2019 for an earlier assault.",
])
def test_old_community_detention_is_not_imposed(sentence):
    assert all(t.status != "imposed" for t in terms_of_kind(sentencing_of(_NZ_LEAD, sentence), "community_detention"))


# 2. A licence or privilege other than driving, suspended or revoked for a length


@pytest.mark.parametrize("sentence,text,amount,unit", [
    ("Judge Ann Pettus suspended his boating privileges for 10 years.", "suspended his boating privileges for 10 years", 10, "years"),
    ("The judge also suspended Kane's privilege to operate a vessel in Florida for 10 years.",
     "suspended Kane's privilege to operate a vessel in Florida for 10 years", 10, "years"),
    ("The judge revoked her hunting licence for five years.", "revoked her hunting licence for five years", 5, "years"),
    ("His fishing privileges were suspended for three years.", "fishing privileges were suspended for three years", 3, "years"),
    ("The judge revoked Dale Kane's fishing licence for two years.", "revoked Dale Kane's fishing licence for two years", 2, "years"),
    ("The court suspended his pilot's licence for six months.", "suspended his pilot's licence for six months", 6, "months"),
    ("The judge revoked his hunting license for life.", "revoked his hunting license for life", None, "life"),
])
def test_a_licence_or_privilege_taken_for_a_length(sentence, text, amount, unit):
    term = one_term_of_kind(sentencing_of(_US_LEAD, sentence), "licence_revocation")
    assert (term.text, term.amount, term.unit, term.status) == (text, amount, unit, "imposed")


@pytest.mark.parametrize("sentence,text", [
    ("The judge suspended his driver's license for one year.", "suspended his driver's license for one year"),
    ("His driver's licence was suspended for two years.", "driver's licence was suspended for two years"),
])
def test_driving_licences_as_before(sentence, text):
    assert one_term_of_kind(sentencing_of(_US_LEAD, sentence), "licence_revocation").text == text


def test_a_privilege_asked_to_be_taken_is_the_ask():
    s = sentencing_of(_US_LEAD, "Prosecutors asked the judge to revoke his fishing licence for five years.")
    assert one_term_of_kind(s, "licence_revocation").status == "recommended"


@pytest.mark.parametrize("sentence", [
    "His boating licence was renewed for 10 years.",
    "The judge restored his hunting privileges.",
    "Jail officials suspended his visiting privileges for 30 days.",  # a jail's discipline, no sentence
    "The state wildlife agency suspended his hunting licence for three years.",  # a regulator's act
    "His hunting licence was suspended for three years in 2017 after an earlier poaching case.",
])
def test_a_licence_renewed_restored_or_taken_by_others_is_no_term(sentence):
    s = sentencing_of(_US_LEAD, sentence)
    assert all(t.status != "imposed" for t in terms_of_kind(s, "licence_revocation")), shown_terms(s)


# 3. A bar for good told as "never again", beside another order


def test_never_again_beside_a_surrender_and_service():
    s = sentencing_of(_US_LEAD, "The judge ordered her to permanently surrender her state child care license and never again "
                                "operate a child care business, and to perform 200 hours of community service.")
    assert one_term_of_kind(s, "licence_revocation").text == "permanently surrender her state child care license"
    assert (one_term_of_kind(s, "disqualification").text, one_term_of_kind(s, "disqualification").status) == ("never again operate a child care business", "imposed")
    assert one_term_of_kind(s, "community_service").amount == 200


@pytest.mark.parametrize("sentence,kind,text", [
    ("The judge ordered him to pay $2,000 in restitution and to never again contact the family.", "no_contact",
     "never again contact the family"),
    ("The judge ordered Kane to perform 100 hours of community service, and never again work as a bookkeeper.",
     "disqualification", "never again work as a bookkeeper"),
    ("He must never again own a dog.", "disqualification", "never again own a dog"),
    ("He was barred from ever again working with children.", "disqualification", "barred from ever again working with children"),
    ("The judge ordered that she never again work as a nurse.", "disqualification", "never again work as a nurse"),
])
def test_a_bar_for_good(sentence, kind, text):
    term = one_term_of_kind(sentencing_of(_US_LEAD, sentence), kind)
    assert (term.text, term.status) == (text, "imposed")


def test_a_qualifier_before_the_surrender_is_the_terms():
    s = sentencing_of(_US_LEAD, "Judge Ann Pettus ordered her to permanently give up her nursing licence and to serve three years of probation.")
    assert one_term_of_kind(s, "licence_revocation").text == "permanently give up her nursing licence"


@pytest.mark.parametrize("sentence", [
    "\u201cI will never again drink and drive, and I am truly sorry,\u201d he told the court.",  # remorse, quoted
    "He vowed never again to own a dog.",
    "She told the court she would never again drive after drinking.",
    "He may never again walk without a cane.",
])
def test_never_again_in_remorse_or_fate_is_no_bar(sentence):
    s = sentencing_of(_US_LEAD, sentence)
    assert not [t for t in s.terms + s.others if "never" in t.text], shown_terms(s)


# 4. Restitution of the whole loss with no figure


@pytest.mark.parametrize("sentence,text", [
    ("The judge also ordered Vance to pay the full amount in restitution, jointly with his two co-defendants.",
     "pay the full amount in restitution"),
    ("He was ordered to repay the entire sum as restitution.", "repay the entire sum as restitution"),
    ("He was ordered to pay restitution in full.", "restitution in full"),
    ("She was ordered to repay every cent in restitution.", "repay every cent in restitution"),
    ("He must pay back every penny in restitution.", "pay back every penny in restitution"),
])
def test_restitution_of_the_whole_without_a_figure(sentence, text):
    term = one_term_of_kind(sentencing_of(_US_LEAD, sentence), "restitution")
    assert (term.text, term.amount, term.status) == (text, None, "imposed")


@pytest.mark.parametrize("sentence", [
    "The amount of restitution will be decided at a later hearing.",
    "The full amount of restitution will be set at a later hearing.",
    "Restitution will be set at a later hearing.",
    # a lawyer's promise for his client, no order
    "His lawyer said Vance would report to prison as ordered and would \u201cpay back every dollar.\u201d",
])
def test_restitution_still_to_be_decided_is_no_order(sentence):
    assert not terms_of_kind(sentencing_of(_US_LEAD, sentence), "restitution")


# 5. Australia's apprehended violence orders, made with a length


@pytest.mark.parametrize("sentence,text,amount,unit", [
    ("The magistrate also made a final apprehended domestic violence order protecting the woman for five years.",
     "final apprehended domestic violence order protecting the woman for five years", 5, "years"),
    ("An apprehended violence order was made for two years.", "apprehended violence order was made for two years", 2, "years"),
    ("He was also given a two-year ADVO.", "two-year ADVO", 2, "years"),
    ("The magistrate imposed a two-year apprehended violence order.", "two-year apprehended violence order", 2, "years"),
    ("The magistrate made an ADVO against him for two years.", "ADVO against him for two years", 2, "years"),
    ("The magistrate also made an interim apprehended violence order for 12 months.",
     "interim apprehended violence order for 12 months", 12, "months"),
    ("She was also given a 12-month apprehended personal violence order.", "12-month apprehended personal violence order", 12, "months"),
])
def test_an_apprehended_violence_order_with_its_length(sentence, text, amount, unit):
    term = one_term_of_kind(sentencing_of(_AU_LEAD, sentence), "apprehended_violence_order")
    assert (term.text, term.amount, term.unit, term.status) == (text, amount, unit, "imposed")


@pytest.mark.parametrize("sentence", [
    "Police took out an apprehended violence order against him in 2019.",
    "He breached a two-year AVO taken out by police in 2018.",
    "He was on an ADVO at the time of the assault.",
    "The court heard he had breached an apprehended violence order in 2020.",
])
def test_an_old_or_broken_avo_is_not_imposed(sentence):
    s = sentencing_of(_AU_LEAD, sentence)
    assert all(t.status != "imposed" for t in terms_of_kind(s, "apprehended_violence_order")), shown_terms(s)


def test_an_avo_police_apply_for_is_not_the_courts():
    s = sentencing_of(_AU_LEAD, "Police applied for an apprehended violence order protecting the woman for two years.")
    assert all(t.status != "imposed" for t in terms_of_kind(s, "apprehended_violence_order"))


# 6. The house-arrest part of a conditional sentence, told with "first" or counted out of it


@pytest.mark.parametrize("sentence,text,months", [
    ("He was given a conditional sentence of two years less a day, the first 12 months to be served under house arrest.",
     "the first 12 months to be served under house arrest", 12),
    ("Judge Mia Lau imposed a conditional sentence order of two years less a day \u2014 12 months of it on house arrest \u2014 "
     "followed by 18 months' probation.", "12 months of it on house arrest", 12),
    ("He received a conditional sentence of 18 months, with the first nine months to be served under house arrest.",
     "the first nine months to be served under house arrest", 9),
    ("He was given a conditional sentence of 20 months, the last six months to be served under house arrest.",
     "the last six months to be served under house arrest", 6),
    ("He received a conditional sentence order of 20 months \u2014 eight months of it under house arrest \u2014 and a year of probation.",
     "eight months of it under house arrest", 8),
])
def test_the_house_arrest_part_of_a_conditional_sentence(sentence, text, months):
    s = sentencing_of(_CA_LEAD, sentence)
    term = one_term_of_kind(s, "home_confinement")
    assert (term.text, term.amount, term.status) == (text, months, "imposed")


def test_the_part_leaves_the_whole_its_own_term():
    s = sentencing_of(_CA_LEAD, "He received a conditional sentence of 18 months, with the first nine months to be served under house arrest.")
    assert "conditional sentence of 18 months" in [t.text for t in s.terms]


def test_the_probation_after_the_dashes_stays():
    s = sentencing_of(_CA_LEAD, "Judge Mia Lau imposed a conditional sentence order of two years less a day \u2014 12 months of it on "
                                "house arrest \u2014 followed by 18 months' probation.")
    assert one_term_of_kind(s, "probation").text == "18 months' probation"


@pytest.mark.parametrize("sentence", [
    "Police spent the first 12 months of the investigation gathering records.",
    "For the first 12 months of the investigation, he lived at home with his mother.",
])
def test_the_first_months_of_something_else_are_no_term(sentence):
    s = sentencing_of(_CA_LEAD, sentence)
    assert not [t for t in s.terms + s.others if "first" in t.text], shown_terms(s)


# 7. Britain's orders named without a length, and a requirement told without its noun

_UK_LEAD = "Kyle Marsh, 38, was sentenced on Friday at Wolverhampton Crown Court."


def test_a_rehabilitation_activity_told_without_requirement():
    term = one_term_of_kind(sentencing_of(_UK_LEAD, "The judge ordered him to complete 180 hours of unpaid work and 15 days of "
                                        "rehabilitation activity."), "rehabilitation_activity_requirement")
    assert (term.text, term.status) == ("15 days of rehabilitation activity", "imposed")


@pytest.mark.parametrize("sentence,kind", [
    ("She made a destruction order for the dog, named Diesel, which has been held in kennels since the attack.", "destruction_order"),
    ("The judge also made a deprivation order for the car he used.", "deprivation_order"),
])
def test_a_dogs_destruction_and_a_deprivation_order(sentence, kind):
    term = one_term_of_kind(sentencing_of(_UK_LEAD, sentence), kind)
    assert term.status == "imposed"


# 8. A case told for comparison is not this one

def test_the_sentence_in_that_case_is_no_term_of_this_one():
    s = sentencing_of(_US_LEAD, "Dale Kane was sentenced to 46 months in federal prison. Swatting has killed before. The "
                                "caller in that case was sentenced to 20 years in federal prison.")
    assert [t.text for t in s.terms if t.status == "imposed"] == ["46 months in federal prison"]
    # "In that case," with its comma is the conditional "if so", no other case
    s = sentencing_of(_US_LEAD, "Prosecutors may ask for probation. In that case, he would serve no prison time.")
    assert "probation" in [t.text for t in s.terms]


# 9. Terms whose kind word stands before the length or the sum

@pytest.mark.parametrize("sentence,kind,text", [
    ("Justice Ray Oduya gave Kane credit of 474 days for the 316 days he has spent in custody.", "time_served_credit",
     "credit of 474 days"),
    ("The judge also imposed a fine in lieu of forfeiture of $612,500 on Kane.", "fine", "fine in lieu of forfeiture of $612,500"),
    ("Kane will be subject to a special sentence of lifetime parole supervision once he is released.", "supervision",
     "a special sentence of lifetime parole supervision"),
    ("He will be on parole supervision for the rest of his life.", "supervision", "parole supervision for the rest of his life"),
])
def test_the_kind_word_before_the_length_or_sum_stays_in_the_text(sentence, kind, text):
    assert one_term_of_kind(sentencing_of(_US_LEAD, sentence), kind).text == text


def test_a_credit_of_days_is_no_prison_term():
    s = sentencing_of(_US_LEAD, "Justice Ray Oduya gave Kane credit of 474 days for the 316 days he has spent in custody.")
    assert not [t for t in s.terms if t.kind == "prison" and "474" in t.text]
