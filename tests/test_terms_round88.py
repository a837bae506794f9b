"""Round 88: whose term it is when a pronoun's gender rules out the person named last, and the one paid is never the one
who pays; forfeited property listed with a sum after where it was seized, and ordered forfeit and destroyed; credit for
custody told without "time served" or a number; a licence revocation told as what the conviction brings; an order told
by how long it lasts; a length "of" a named requirement or programme; a bond's text from its own noun. All texts
invented."""
from __future__ import annotations

import pytest

from tests.helpers import one_term_of_kind, sentencing_of, shown_terms

_HER_LEAD = "Lena Dunmore, 52, was sentenced on Tuesday in Marlow County Circuit Court."
_HIS_LEAD = "Tom Dunmore, 52, was sentenced on Tuesday in Marlow County Circuit Court."



# 1. A pronoun of the other gender than the person named last is not that person


@pytest.mark.parametrize("lead,sentence,kind", [
    (_HER_LEAD, "Judge Ann Pettus ordered Lena Dunmore to pay $412,870 in restitution to the victim, Harold Whitfield, "
                "and placed her on 10 years of supervised probation after her release.", "probation"),
    (_HER_LEAD, "The victim, Harold Whitfield, addressed the court before Judge Ann Pettus placed her on 10 years of "
                "supervised probation.", "probation"),
    (_HER_LEAD, "Her former employer, Harold Whitfield, spoke first, and then Judge Ann Pettus sentenced her to four years "
                "in prison.", "prison"),
    (_HIS_LEAD, "The victim, Helen Whitfield, addressed the court before Judge Ann Pettus sentenced him to five years in "
                "prison.", "prison"),
    (_HIS_LEAD, "Judge Ann Pettus ordered Tom Dunmore to repay the victim, Helen Whitfield, and placed him on five years "
                "of probation.", "probation"),
])
def test_the_pronoun_rules_out_the_person_of_the_other_gender(lead, sentence, kind):
    term = one_term_of_kind(sentencing_of(lead, sentence), kind)
    assert (term.subject, term.status) == (None, "imposed")


def test_a_pronoun_of_the_same_gender_keeps_the_other_person():
    # near miss: "her" can be the woman named last, who was sentenced too
    s = sentencing_of(_HIS_LEAD + " He was jailed for five years.",
                      "His co-defendant, Helen Whitfield, pleaded guilty to theft. She was placed on probation for three years.")
    assert one_term_of_kind(s, "probation").subject == "Helen Whitfield"
    s = sentencing_of(_HIS_LEAD + " He was jailed for five years.",
                      "His co-defendant, Mark Whitfield, pleaded guilty to theft. He was placed on probation for three years.")
    assert one_term_of_kind(s, "probation").subject == "Mark Whitfield"


# 2. The one paid is never the subject


@pytest.mark.parametrize("sentence,kind", [
    ("Pryce was also ordered to pay Ms Powell £640 compensation for the damage.", "compensation"),
    ("Pryce must pay Mrs Ellen Carrow £1,200 compensation.", "compensation"),
    ("He was ordered to pay Ms Ellen Carrow $9,000 in restitution.", "restitution"),
    ("The judge ordered Pryce to pay Dr Ivan Sole £300 compensation within 28 days.", "compensation"),
])
def test_the_payee_is_not_the_subject(sentence, kind):
    s = sentencing_of("Tom Pryce, 30, was sentenced at Cardiff Crown Court on Friday.", sentence)
    term = one_term_of_kind(s, kind)
    assert (term.subject, term.status) == (None, "imposed")


def test_another_payer_keeps_the_term():
    # near miss: the one who pays is someone else, whoever is paid
    s = sentencing_of("Tom Pryce, 30, was sentenced at Cardiff Crown Court on Friday to two years in prison.",
                      "His co-defendant, Carl Ruiz, was ordered to pay Ms Carrow £900 in compensation.")
    term = one_term_of_kind(s, "compensation")
    assert (term.subject, term.status) == ("Carl Ruiz", "other")


# 3. Forfeited property: a sum listed after where the first item was seized; forfeiture with destruction

_FORFEIT_LEAD = "Ray Bledsoe, 44, was sentenced on Monday to two years in prison."


@pytest.mark.parametrize("sentence,text,amount", [
    ("The judge ordered Bledsoe to forfeit the 71 dogs seized from his properties, along with $8,500 in cash and "
     "veterinary equipment.",
     "forfeit the 71 dogs seized from his properties, along with $8,500 in cash and veterinary equipment", 8500.0),
    ("He must forfeit the horses taken from his farm, as well as $2,300 in cash.",
     "forfeit the horses taken from his farm, as well as $2,300 in cash", 2300.0),
    ("He was ordered to forfeit the boat found at his marina, plus $14,000 in cash.",
     "forfeit the boat found at his marina, plus $14,000 in cash", 14000.0),
    ("The judge ordered him to forfeit the dogs, along with $900 in cash and kennels.",
     "forfeit the dogs, along with $900 in cash and kennels", 900.0),
])
def test_a_sum_listed_after_where_property_was_seized(sentence, text, amount):
    term = one_term_of_kind(sentencing_of(_FORFEIT_LEAD, sentence), "forfeiture")
    assert (term.text, term.amount, term.status) == (text, amount, "imposed")


@pytest.mark.parametrize("sentence,text", [
    ("The judge ordered the forfeiture and destruction of a set of lock-picking tools and a crowbar found in his car.",
     "forfeiture and destruction of a set of lock-picking tools and a crowbar"),
    ("She ordered the forfeiture and destruction of the knife.", "forfeiture and destruction of the knife"),
    ("The court ordered the destruction and forfeiture of an air rifle and a scope.",
     "destruction and forfeiture of an air rifle and a scope"),
    ("The judge ordered the machete forfeited and destroyed.", "the machete forfeited and destroyed"),
])
def test_forfeiture_and_destruction(sentence, text):
    term = one_term_of_kind(sentencing_of(_FORFEIT_LEAD, sentence), "forfeiture")
    assert (term.text, term.status) == (text, "imposed")


@pytest.mark.parametrize("sentence", [
    # property given back, not forfeited
    "The judge ordered the 71 dogs returned to their owner.",
    "The judge ordered the return of the $8,500 in cash to his mother.",
    # the crime's harm, not an order
    "The fire caused the destruction of a barn and a tractor.",
    # a seized item with no sum after it ends where it was seized
])
def test_property_not_forfeited(sentence):
    s = sentencing_of(_FORFEIT_LEAD, sentence)
    assert not [t for t in s.terms + s.others if t.kind == "forfeiture"], shown_terms(s)


def test_where_a_lone_item_was_seized_stays_out():
    term = one_term_of_kind(sentencing_of(_FORFEIT_LEAD, "The judge ordered him to forfeit the dogs seized from his properties."), "forfeiture")
    assert term.text == "forfeit the dogs"


# 4. Credit for custody told without "time served" or a number


@pytest.mark.parametrize("lead,sentence,text,amount", [
    (_FORFEIT_LEAD, "He will get credit for the time he has already served.", "credit for the time he has already served", None),
    (_FORFEIT_LEAD, "He'll get credit for the roughly 10 months he's spent in jail.",
     "credit for the roughly 10 months he's spent in jail", 10.0),
    ("Rita Bledsoe, 44, was sentenced on Monday to two years in prison.", "She will be credited with the 212 days she spent in custody.",
     "credited with the 212 days she spent in custody", 212.0),
    ("Rita Bledsoe, 44, was sentenced on Monday to two years in prison.", "She will receive credit for the time she spent in jail.",
     "credit for the time she spent in jail", None),
    (_FORFEIT_LEAD, "He was given credit for the time already served.", "credit for the time already served", None),
    ("Rita Bledsoe, 44, was sentenced on Monday to two years in prison.", "She'll also get credit for the 30 days she's spent in jail.",
     "credit for the 30 days she's spent in jail", 30.0),
])
def test_credit_for_custody_told_as_his(lead, sentence, text, amount):
    s = sentencing_of(lead, sentence)
    (term,) = [t for t in s.terms if t.kind == "time_served_credit"]
    assert (term.text, term.amount, term.status, term.subject) == (text, amount, "imposed", None)


def test_credit_that_is_not_the_defendants():
    # near miss: the bare formula says too little
    s = sentencing_of(_FORFEIT_LEAD, "He will receive credit for time served.")
    assert not [t for t in s.terms + s.others if t.kind == "time_served_credit"]
    # near miss: a co-accused's credit is his
    s = sentencing_of(_FORFEIT_LEAD, "His co-accused, Carl Ruiz, will get credit for the time he has already served.")
    term = one_term_of_kind(s, "time_served_credit")
    assert (term.subject, term.status) == ("Carl Ruiz", "other")
    s = sentencing_of(_FORFEIT_LEAD, "His co-accused, Carl Ruiz, will get credit for the 200 days he has spent in jail.")
    term = one_term_of_kind(s, "time_served_credit")
    assert (term.subject, term.status) == ("Carl Ruiz", "other")


# 5. A licence revocation told as what the conviction brings


@pytest.mark.parametrize("sentence,text", [
    ("The judge noted that his driver's license will be revoked by the state Division of Motor Vehicles as a result of "
     "the convictions.", "driver's license will be revoked"),
    ("Under Colorado law, a conviction for vehicular homicide means an automatic revocation of a driver's license.",
     "automatic revocation of a driver's license"),
    ("His licence will be cancelled.", "licence will be cancelled"),
    ("His driving licence will be suspended because of the conviction.", "driving licence will be suspended"),
    ("The conviction brings a mandatory suspension of his driver's license for one year.",
     "mandatory suspension of his driver's license for one year"),
])
def test_a_revocation_the_conviction_brings(sentence, text):
    s = sentencing_of("Ray Bledsoe, 44, was sentenced on Monday to two years in prison for vehicular homicide.", sentence)
    term = one_term_of_kind(s, "licence_revocation")
    assert (term.text, term.status, term.subject) == (text, "imposed", None)


@pytest.mark.parametrize("sentence", [
    # a revocation years ago
    "His licence was revoked in 2019 after an earlier conviction.",
    "His driver's license had been revoked as a result of a 2018 conviction.",
    # what may come
    "His licence will be revoked if he drives again.",
])
def test_an_earlier_revocation_is_no_term(sentence):
    s = sentencing_of(_FORFEIT_LEAD, sentence)
    assert not [t for t in s.terms if t.kind == "licence_revocation"], shown_terms(s)


def test_someone_elses_licence():
    s = sentencing_of(_FORFEIT_LEAD, "His wife's licence will be cancelled.")
    assert not [t for t in s.terms if t.kind == "licence_revocation"], shown_terms(s)


# 6. An order told by how long it lasts

_JAILED = "Ray Bledsoe, 44, was jailed on Monday for two years."


@pytest.mark.parametrize("sentence,text,kind,amount", [
    ("A restraining order will remain in place indefinitely.", "restraining order will remain in place indefinitely",
     "restraining_order", None),
    ("The non-molestation order will stay in force for five years.", "non-molestation order will stay in force for five years",
     "non_molestation_order", 5.0),
    ("A restraining order was also made, to last for five years.", "restraining order was also made, to last for five years",
     "restraining_order", 5.0),
    ("A criminal behaviour order will also remain in force for three years.",
     "criminal behaviour order will also remain in force for three years", "criminal_behaviour_order", 3.0),
    ("A restraining order was granted, to remain in place for 10 years.",
     "restraining order was granted, to remain in place for 10 years", "restraining_order", 10.0),
])
def test_an_order_told_as_lasting(sentence, text, kind, amount):
    term = one_term_of_kind(sentencing_of(_JAILED, sentence), kind)
    assert (term.text, term.amount, term.status, term.subject) == (text, amount, "imposed", None)


@pytest.mark.parametrize("sentence", [
    # an earlier order, still in force
    "A restraining order made in 2019 will remain in place for five years.",
    # what may happen
    "He said the order would remain in place for five years if he appealed.",
])
def test_an_order_that_is_not_this_sentences(sentence):
    s = sentencing_of(_JAILED, sentence)
    assert not [t for t in s.terms if t.kind == "restraining_order" or "five years" in t.text], shown_terms(s)


def test_an_order_someone_else_was_given():
    term = one_term_of_kind(sentencing_of(_JAILED, "Carl Ruiz was given a restraining order, to last for five years."), "restraining_order")
    assert (term.subject, term.status) == ("Carl Ruiz", "other")


# 7. A length of a named requirement or programme

_COMMUNITY = "Ray Bledsoe, 44, was given a community order on Monday."


@pytest.mark.parametrize("sentence,text,kind,amount,unit", [
    ("He must also complete 30 days of a rehabilitation activity requirement.",
     "30 days of a rehabilitation activity requirement", "rehabilitation_activity_requirement", 30.0, "days"),
    ("He must also complete 40 hours of a drug rehabilitation requirement.",
     "40 hours of a drug rehabilitation requirement", "drug_rehabilitation_requirement", 40.0, "hours"),
    ("He must do 150 hours of an unpaid work requirement.", "150 hours of an unpaid work requirement",
     "unpaid_work_requirement", 150.0, "hours"),
    ("He must also attend 20 sessions of a domestic abuse programme.", "20 sessions of a domestic abuse programme",
     "program", 20.0, "sessions"),
    ("He was also ordered to complete 12 weeks of a victim awareness course.", "12 weeks of a victim awareness course",
     "program", 12.0, "weeks"),
])
def test_a_length_of_a_named_requirement(sentence, text, kind, amount, unit):
    s = sentencing_of(_COMMUNITY, sentence)
    (term,) = [t for t in s.terms if t.text == text]
    assert (term.kind, term.amount, term.unit, term.status) == (kind, amount, unit, "imposed")


def test_two_requirements_in_one_list():
    s = sentencing_of(_COMMUNITY, "He must complete 40 hours of a drug rehabilitation requirement and 20 sessions of a "
                                  "domestic abuse programme.")
    texts = [t.text for t in s.terms]
    assert "40 hours of a drug rehabilitation requirement" in texts and "20 sessions of a domestic abuse programme" in texts


@pytest.mark.parametrize("sentence", [
    # a programme somebody else runs
    "The charity runs 20 sessions of a domestic abuse programme each year.",
    # a bare "requirement" is any rule's
    "He had to meet five years of a residency requirement before applying.",
])
def test_a_programme_that_is_no_order(sentence):
    s = sentencing_of(_COMMUNITY, sentence)
    assert [t.text for t in s.terms] == ["community order"], shown_terms(s)


# 8. A bond's text starts at its own noun


@pytest.mark.parametrize("sentence,text", [
    ("He must enter a bond to keep the peace and be of good behaviour for two years.",
     "bond to keep the peace and be of good behaviour for two years"),
    ("He was ordered to enter into a bond to keep the peace and be of good behaviour for 18 months.",
     "bond to keep the peace and be of good behaviour for 18 months"),
    ("He signed the bond to keep the peace and be of good behaviour for three years.",
     "bond to keep the peace and be of good behaviour for three years"),
    ("He must keep the peace and be of good behaviour for two years.", "keep the peace and be of good behaviour for two years"),
])
def test_a_bond_starts_at_bond(sentence, text):
    s = sentencing_of("Ray Bledsoe, 44, was sentenced at Dublin District Court on Monday.", sentence)
    (term,) = [t for t in s.terms if t.kind == "good_behaviour"]
    assert (term.text, term.status) == (text, "imposed")


def test_a_good_behaviour_bond_keeps_its_text():
    s = sentencing_of("Ray Bledsoe, 44, was sentenced at Sydney District Court on Monday.",
                      "He was given a good behaviour bond of two years.")
    (term,) = s.terms
    assert (term.text, term.kind) == ("good behaviour bond of two years", "good_behaviour_bond")
