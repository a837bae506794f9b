"""Round 72 sentence-term constructions from US court reporting: a length given per count with no kind word ("gave
NAME, 44, nine years on each of three counts", "imposed 30 months on a bank fraud count", "the upper term of eight
years for manslaughter", "added a consecutive two years for the hit-and-run", the count's short name after its full
charge); forfeiture told by the defendant's own verb with a list of property; credit for custody already spent, with
its place, kept when the same sentence tells the bond history; lifetime registration on a named state's registry and
community supervision for life. Each test: two invented wordings and, where one applies, a near-miss."""
from __future__ import annotations

from tests.helpers import all_term_texts, any_term, sentencing_of, shown_terms


def test_gave_a_length_on_each_count_after_the_age_appositive():
    s = sentencing_of("Circuit Judge Orla Penhallow gave Quillon Dax Marbeck, 44, nine years on each of three counts "
                      "of involuntary manslaughter and ordered the terms to run concurrently.")
    term = any_term(s, "nine years on each of three counts")
    assert term.status == "imposed" and term.amount == 9, shown_terms(s)
    s = sentencing_of("Judge Orla Penhallow gave Tessaly Arnaud, 29, of Bramwell, six years on each of two counts of "
                      "arson.")
    assert "six years on each of two counts" in all_term_texts(s), shown_terms(s)


def test_a_length_on_a_count_named_with_an_article():
    s = sentencing_of("U.S. District Judge Orla Penhallow imposed 30 months on a bank fraud count and the mandatory "
                      "24 months for aggravated identity theft, to run consecutively.")
    assert "30 months on a bank fraud count" in all_term_texts(s), shown_terms(s)
    s = sentencing_of("Judge Orla Penhallow sentenced Dorran Veluzat on Tuesday. She imposed 18 months on a mail "
                      "fraud count, and three years of supervised release.")
    assert "18 months on a mail fraud count" in all_term_texts(s), shown_terms(s)


def test_a_count_named_again_by_its_short_name():
    s = sentencing_of("Dorran Veluzat, 24, was convicted of gross vehicular manslaughter and felony hit-and-run "
                      "resulting in death.",
                      "Judge Orla Penhallow imposed the upper term of eight years for manslaughter and added a "
                      "consecutive two years for the hit-and-run, saying the flight deserved its own punishment.")
    texts = all_term_texts(s)
    assert "upper term of eight years for manslaughter" in texts, shown_terms(s)
    assert "consecutive two years for the hit-and-run" in texts, shown_terms(s)
    s = sentencing_of("Tessaly Arnaud was convicted of second-degree robbery and possession of a stolen vehicle.",
                      "Judge Orla Penhallow sentenced Arnaud to 10 years in state prison. He imposed the middle term "
                      "of three years for robbery and added an additional year for the stolen vehicle.")
    assert "middle term of three years for robbery" in all_term_texts(s), shown_terms(s)
    # near-miss: words after "for" that name no charge of the story stay out of the text
    s = sentencing_of("Tessaly Arnaud was convicted of second-degree robbery.",
                      "Judge Orla Penhallow imposed the middle term of three years for the sake of consistency.")
    assert not any("sake" in t for t in all_term_texts(s)), shown_terms(s)


def test_forfeiture_told_by_the_defendants_verb():
    s = sentencing_of("Judge Orla Penhallow sentenced Quillon Marbeck to 50 months in federal prison.",
                      "Marbeck also forfeited $18,500 in cash and a 2019 pickup truck bought with proceeds of the "
                      "scheme, prosecutors said.")
    term = any_term(s, "forfeited $18,500 in cash")
    assert term.text == "forfeited $18,500 in cash and a 2019 pickup truck" and term.kind == "forfeiture", shown_terms(s)
    s = sentencing_of("Judge Orla Penhallow sentenced Tessaly Arnaud to 30 months in prison.",
                      "Arnaud surrendered $7,200 in cash and a fishing boat, according to court records.")
    term = any_term(s, "$7,200 in cash")
    assert term.text == "surrendered $7,200 in cash and a fishing boat", shown_terms(s)


def test_credit_for_custody_keeps_its_place_and_its_bond_history():
    s = sentencing_of("Judge Orla Penhallow sentenced Quillon Marbeck to nine years in prison.",
                      "Marbeck had been free on bond since his arrest in 2023, and will receive credit for the 6 days "
                      "he spent in the Wexcombe County jail at the time.")
    term = any_term(s, "credit for the 6 days")
    assert term.text == "credit for the 6 days he spent in the Wexcombe County jail", shown_terms(s)
    assert term.kind == "time_served_credit" and term.status == "imposed", shown_terms(s)
    s = sentencing_of("Judge Orla Penhallow sentenced Tessaly Arnaud to seven years in state prison and gave him "
                      "credit for 412 days already served in county jail.")
    term = any_term(s, "credit for 412 days")
    assert term.text == "credit for 412 days already served in county jail", shown_terms(s)


def test_lifetime_registry_and_community_supervision():
    s = sentencing_of("Judge Orla Penhallow sentenced Quillon Marbeck to 15 years in prison and ordered that he be "
                      "listed on Nebraska's sex offender registry for life and placed on community supervision for "
                      "life once he is released.")
    texts = all_term_texts(s)
    assert "listed on Nebraska's sex offender registry for life" in texts, shown_terms(s)
    assert "community supervision for life" in texts, shown_terms(s)
    s = sentencing_of("Judge Orla Penhallow sentenced Tessaly Arnaud to eight years in prison. He will be placed on "
                      "community supervision for life after his release and must be on New Mexico's sex offender "
                      "registry for 20 years.")
    texts = all_term_texts(s)
    assert "community supervision for life" in texts, shown_terms(s)
    assert any(t.startswith("on New Mexico's sex offender registry for 20 years") for t in texts), shown_terms(s)
