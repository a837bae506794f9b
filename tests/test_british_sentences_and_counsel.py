"""British and Irish sentencing wording: sentences the law names ("an extended custodial sentence", "a detention and
training order"), the licence half of a split sentence, a bare length with the court and day told before it, Ireland's
bond to keep the peace, how a count's term runs, Scotland's "unpaid work in the community", offences that carry the
statute's own "in the execution of his duty", a plea list that goes on after where the first offence was done, and
counsel named with the client ("Ann Roe, representing Kerr, said")."""
from __future__ import annotations

import pytest

from tests.helpers import charge_texts, one_term_of_kind, party_roles, sentencing_of, shown_terms

_PLEA = "Aaron Gill, 34, admitted arson with intent to endanger life at Belfast Crown Court."


@pytest.mark.parametrize("handed, text, amount", [
    ("an extended custodial sentence", "extended custodial sentence", None),
    ("a 10-year extended custodial sentence", "10-year extended custodial sentence", 10),
    ("an extended determinate sentence", "extended determinate sentence", None),
    ("a special custodial sentence for offenders of particular concern",
     "special custodial sentence for offenders of particular concern", None),
    ("a sentence of imprisonment for public protection", "sentence of imprisonment for public protection", None),
])
def test_a_custodial_sentence_the_law_names_is_a_term(handed, text, amount):
    s = sentencing_of(_PLEA, f"On Friday he was handed {handed}.")
    term = one_term_of_kind(s, "prison")
    assert (term.text, term.status, term.amount) == (text, "imposed", amount)


def test_a_bare_custodial_sentence_names_no_term():
    s = sentencing_of(_PLEA, "On Friday he was handed a custodial sentence.")
    assert not [t for t in s.terms + s.others if t.kind == "prison"], shown_terms(s)


def test_a_detention_and_training_order_is_a_youth_s_detention():
    s = sentencing_of("A 16-year-old boy admitted robbery at Leeds Youth Court and was handed a 12-month detention and "
                      "training order.")
    term = one_term_of_kind(s, "detention")
    assert term.text == "12-month detention and training order" and term.amount == 12


def test_the_licence_half_of_a_split_sentence_is_licence():
    s = sentencing_of(_PLEA, "Gill will spend six years in custody and four years on licence.")
    assert one_term_of_kind(s, "licence").text == "four years on licence"
    assert one_term_of_kind(s, "prison").text == "six years in custody"


def test_a_bare_length_after_the_court_and_day():
    s = sentencing_of("Ed Gray, 28, was sentenced at Cork Circuit Criminal Court yesterday to two years and six months, "
                      "with the final 18 months suspended.")
    term = one_term_of_kind(s, "prison")
    assert term.text.startswith("two years and six months") and term.status == "imposed"


def test_a_date_that_opens_a_new_clause_is_no_aside():
    s = sentencing_of("Ed Gray, 28, was sentenced on Friday. His brother was jailed to 2019 for fraud.")
    assert not [t for t in s.terms + s.others if t.kind == "prison"], shown_terms(s)


def test_bound_to_the_peace_in_his_own_bond():
    s = sentencing_of("Ed Gray, 28, admitted assault at Cork District Court. He was bound to the peace in his own bond "
                      "of \u20ac500 for three years.")
    assert one_term_of_kind(s, "bound_over").text == "bound to the peace in his own bond of \u20ac500 for three years"


def test_bail_on_his_own_bond_is_still_no_term():
    s = sentencing_of("Ed Gray, 28, was released on his own bond of \u20ac500 until his trial in May.")
    assert not s.terms and not s.others, shown_terms(s)


def test_how_a_count_s_term_runs_is_part_of_it():
    s = sentencing_of("Tom Reed, 34, was jailed for four years for robbery at Leeds Crown Court. He was further "
                      "sentenced to six months, to run concurrently, for breaching a restraining order.")
    assert "sentenced to six months, to run concurrently" in [t.text for t in s.terms]


def test_unpaid_work_in_the_community_and_supervision_are_read_whole():
    s = sentencing_of("Gus Ives, 30, admitted assault. Sheriff Ann Roe ordered him to carry out 240 hours of unpaid "
                      "work in the community within 12 months and placed him under supervision for 18 months.")
    assert one_term_of_kind(s, "community_service").text == "240 hours of unpaid work in the community"
    assert one_term_of_kind(s, "supervision").text == "under supervision for 18 months"


@pytest.mark.parametrize("sentence, offence", [
    ("Shane Dunn, 28, also pleaded guilty to obstructing a garda in the execution of her duty on the same date.",
     "obstructing a garda in the execution of her duty"),
    ("Ann Lee, 30, was convicted of assaulting a police constable in the execution of his duty.",
     "assaulting a police constable in the execution of his duty"),
])
def test_an_offence_keeps_the_statute_s_duty_words(sentence, offence):
    assert offence in charge_texts(sentence)


def test_a_deed_told_with_its_people_is_still_no_offence():
    assert charge_texts("Ann Lee, 30, was convicted of assaulting his neighbour in the garden of his house.") == []


def test_a_plea_list_goes_on_after_where_and_when():
    found = charge_texts("Aaron Gill had earlier pleaded guilty to arson with intent to endanger life at the house in "
                         "Carrickfergus in the early hours of March 14, 2023, and to breaching a non-molestation order.")
    assert found == ["arson with intent to endanger life", "breaching a non-molestation order"]


def test_an_infinitive_after_where_and_when_is_no_offence():
    found = charge_texts("Ann Lee pleaded guilty to theft at a store in Leeds in May, and to pay back the money.")
    assert found == ["theft"]


@pytest.mark.parametrize("sentence", [
    "Rachel Bedd, representing Pritchard, said he had received barely any training.",
    "Rachel Bedd, for Pritchard, had asked the judge to impose a community order.",
])
def test_counsel_named_with_the_client(sentence):
    roles = party_roles(f"Dylan Pritchard, 27, admitted wilful neglect at Cardiff Crown Court. {sentence}")
    assert roles["Rachel Bedd"] == ["counsel for Pritchard"], roles


def test_cleared_with_the_hometown_between_name_and_offence():
    found = charge_texts("A jury cleared Whitworth, of Atherton, of murder on Thursday, but convicted him of manslaughter.")
    assert sorted(found) == ["manslaughter", "murder"]


def test_a_sentence_the_law_names_stays_beside_its_lengths():
    s = sentencing_of("A Co Antrim man who set fire to his former partner's home has been handed an extended custodial "
                      "sentence.",
                      "Aaron Gill, 33, was told at Belfast Crown Court on Friday that he will serve six years in custody, "
                      "followed by a further four years on extended licence.")
    texts = [t.text for t in s.terms]
    assert "extended custodial sentence" in texts and "six years in custody" in texts, shown_terms(s)


def test_the_one_a_restraining_order_protects_is_not_sentenced():
    s = sentencing_of(_PLEA, "The judge also imposed a restraining order preventing him from contacting Ms Boyd or her "
                             "children indefinitely, and a concurrent sentence of six months for breaching the order.")
    term = next(t for t in s.terms + s.others if "six months" in t.text)
    assert (term.status, term.subject) == ("imposed", None), shown_terms(s)
