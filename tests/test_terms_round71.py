"""Round 71 sentence-term constructions: a co-defendant described by a relative clause whose time words date the plea
or the testimony, not the term ("His co-defendant, X, who pleaded guilty and testified in May, received ..."); the
forfeiture order named as "order of forfeiture covering $N" / "forfeiture order totaling $N"; the defendant's full
name taken from the one the court sentences when a relative shares the surname; a lede or deck that rounds the
ask the body gives in months. Each test: two invented wordings and, where one applies, a near-miss."""
from __future__ import annotations

from tests.helpers import any_term, sentencing_of, shown_terms


def test_co_defendant_whose_relative_clause_dates_the_plea():
    s = sentencing_of("On Monday, a federal judge sentenced Quillon Marbeck, 31, to 18 years in prison for a string "
                      "of bank robberies.",
                      "His co-defendant, Tessaly Arnaud, 26, who pleaded guilty and testified against Marbeck in "
                      "April, received seven years in prison.",
                      "U.S. District Judge Orla Penhallow also ordered Marbeck to pay $12,400 in restitution.")
    term = any_term(s, "seven years in prison")
    assert term in s.terms and term.status == "imposed", shown_terms(s)
    s = sentencing_of("Judge Orla Penhallow sentenced Quillon Marbeck to 12 years in state prison on Friday.",
                      "His co-defendant, Dorran Veluzat, who admitted his role last year and cooperated with "
                      "investigators, got four years in prison.")
    term = any_term(s, "four years in prison")
    assert term in s.terms and term.status == "imposed", shown_terms(s)
    # near-miss: the co-defendant's own sentence told as history stays apart
    s = sentencing_of("Judge Orla Penhallow sentenced Quillon Marbeck to 12 years in state prison on Friday.",
                      "His co-defendant, Dorran Veluzat, who admitted his role, was sentenced last year to four years "
                      "in prison.")
    assert "four years in prison" not in [t.text for t in s.terms], shown_terms(s)


def test_order_of_forfeiture_covering_a_sum():
    s = sentencing_of("U.S. District Judge Orla Penhallow sentenced Quillon Marbeck to 70 months in prison.",
                      "She ordered Marbeck to pay a $25,000 fine and signed an order of forfeiture covering about "
                      "$2.4 million in cash and a lakeside cabin.")
    term = any_term(s, "order of forfeiture")
    # (what the sum is held as stays with it, and so does the one piece of property named after "and": the order takes both)
    assert term.text == "order of forfeiture covering about $2.4 million in cash and a lakeside cabin" \
        and term.kind == "forfeiture", shown_terms(s)
    assert term.amount == 2_400_000 and term.status == "imposed", shown_terms(s)
    s = sentencing_of("Judge Orla Penhallow sentenced Quillon Marbeck to five years in prison and entered a "
                      "forfeiture order totaling $318,000.")
    term = any_term(s, "forfeiture order")
    assert term.text == "forfeiture order totaling $318,000" and term.amount == 318_000, shown_terms(s)


def test_defendant_is_the_one_sentenced_when_a_relative_shares_the_surname():
    s = sentencing_of("For two hours, the court heard about the last day of Wren Halloway's life: the stroller, "
                      "the unlocked gate, the pool.",
                      "Then Circuit Judge Orla Penhallow sentenced Dessard Halloway, 38, to six years in state prison "
                      "for leaving his son unattended.",
                      "Wren Halloway was 3. Her brother found Wren Halloway in the water.",
                      "Penhallow ordered that the prison term be followed by eight years of probation.")
    term = any_term(s, "six years in state prison")
    assert term in s.terms and term.status == "imposed" and term.subject is None, shown_terms(s)
    s = sentencing_of("Relatives remembered Pim Ostrava, 4, as a child who sang all day; Pim Ostrava's photo stood "
                      "beside the bench and Pim Ostrava's name was read aloud.",
                      "Magda Ostrava, 29, was sentenced to nine years in prison after pleading guilty to "
                      "aggravated manslaughter.")
    term = any_term(s, "nine years in prison")
    assert term in s.terms and term.status == "imposed", shown_terms(s)


def test_deck_rounds_the_ask_the_body_gives_in_months():
    s = sentencing_of("Tamsin Orlova admitted taking $2 million from her clients. Prosecutors want her to serve 10 "
                      "years.",
                      "In a filing last week, prosecutors asked the judge to impose a sentence of 123 months in prison "
                      "and full restitution.")
    texts = [t.text for t in s.terms]
    assert "10 years" not in texts and any("123 months" in t for t in texts), shown_terms(s)
    s = sentencing_of("Prosecutors are seeking eight years for Tamsin Orlova.",
                      "Federal prosecutors recommended 97 months in prison in their sentencing memo.")
    texts = [t.text for t in s.terms]
    assert "eight years" not in texts and "97 months in prison" in texts, shown_terms(s)
    # near-miss: the other side's months figure is its own ask, never what the deck rounds
    s = sentencing_of("Prosecutors want Tamsin Orlova to serve 10 years in prison.",
                      "Her lawyers asked for 123 months in prison.")
    texts = [t.text for t in s.terms]
    assert "10 years in prison" in texts and "123 months in prison" in texts, shown_terms(s)
