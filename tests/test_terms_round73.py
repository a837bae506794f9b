"""Round 73 sentence-term constructions from US court reporting: the suspended part of a split sentence and where it
goes ("with the remaining N years suspended to probation"); a length given on each of several counts named by several
words, kept beside the whole sentence of the same length; several life terms told at once beside a lede's single life
sentence; a back-reference ("the life term was mandatory") that is no new term; home
confinement asked for with its monitoring; a stayed sentence asked for with probation. Each test: two invented
wordings and, where one applies, a near-miss."""
from __future__ import annotations

from tests.helpers import all_term_texts, any_term, sentencing_of, shown_terms


def test_the_remaining_part_suspended_to_probation():
    s = sentencing_of("Judge Orla Penhallow ordered Quillon Marbeck, 47, to serve 16 years in the state Department of "
                      "Correction, with the remaining three years suspended to probation.")
    term = any_term(s, "the remaining three years suspended to probation")
    assert term.kind == "suspended_sentence" and term.status == "imposed" and term.amount == 3, shown_terms(s)
    assert "16 years" in " ".join(all_term_texts(s)), shown_terms(s)
    s = sentencing_of("Judge Orla Penhallow sentenced Tessaly Arnaud to nine years, with the final two years "
                      "suspended on probation.")
    assert any("the final two years suspended on probation" in t for t in all_term_texts(s)), shown_terms(s)


def test_terms_on_each_of_several_named_counts_beside_the_whole():
    s = sentencing_of("Dorran Veluzat was convicted of reckless homicide and forging public records. He was sentenced "
                      "Tuesday to two to six years in state prison.",
                      "Judge Orla Penhallow also ordered sentences of two to six years on each of the forging records "
                      "counts, to run concurrently with the homicide sentence.")
    texts = all_term_texts(s)
    assert "two to six years in state prison" in texts, shown_terms(s)
    assert any(t.startswith("sentences of two to six years on each of the forging records counts") for t in texts), shown_terms(s)
    s = sentencing_of("Judge Orla Penhallow gave Tessaly Arnaud five years in prison for burglary and theft. She "
                      "imposed terms of five years on each count, to run at the same time.")
    term = any_term(s, "terms of five years on each count")
    assert not term.text.startswith("imposed") and term.status == "imposed", shown_terms(s)


def test_several_life_terms_told_beside_one_life_sentence():
    s = sentencing_of("A man who paid for a killing was sentenced Monday to life in federal prison.",
                      "U.S. District Judge Orla Penhallow imposed two concurrent life sentences on Quillon Marbeck, 38, "
                      "for the murder.")
    texts = all_term_texts(s)
    assert "life in federal prison" in texts and "two concurrent life sentences" in texts, shown_terms(s)
    s = sentencing_of("Tessaly Arnaud was sentenced to life in prison on Friday. Judge Orla Penhallow gave her three "
                      "consecutive life terms, one for each victim.")
    texts = all_term_texts(s)
    assert "life in prison" in texts and any("three consecutive life terms" in t for t in texts), shown_terms(s)


def test_the_life_term_pointed_back_at_is_no_new_term():
    s = sentencing_of("Quillon Marbeck was sentenced Monday to life in federal prison for the murder.",
                      "His lawyer, Ansel Brightwater, did not ask for a particular sentence because the life term was "
                      "mandatory.")
    assert not any(t.lower().startswith("the life") for t in all_term_texts(s)), shown_terms(s)
    s = sentencing_of("Tessaly Arnaud was sentenced to life in prison without parole on Friday.",
                      "Her attorneys said they would appeal the life sentence.")
    assert all_term_texts(s) == ["life in prison without parole"], shown_terms(s)


def test_a_lone_life_sentence_named_with_the_article_is_kept():
    # near-miss: no earlier life term for "the life sentence" to point back at
    s = sentencing_of("An appeals court on Monday upheld the life sentence of Dorran Veluzat, who killed two people.")
    assert any("the life sentence" in t for t in all_term_texts(s)), shown_terms(s)
    s = sentencing_of("Dorran Veluzat was convicted of murder. Judge Orla Penhallow imposed the mandatory life sentence "
                      "on Friday.")
    assert "the mandatory life sentence" in all_term_texts(s), shown_terms(s)


def test_home_confinement_asked_for_with_its_monitoring():
    s = sentencing_of("Quillon Marbeck pleaded guilty to bank fraud. His lawyers argued in a filing that he should get "
                      "a term of home confinement with electronic monitoring.")
    term = any_term(s, "home confinement with electronic monitoring")
    assert term.kind == "home_confinement" and term.status == "recommended", shown_terms(s)
    assert "electronic monitoring" not in all_term_texts(s), shown_terms(s)
    s = sentencing_of("Tessaly Arnaud pleaded guilty to theft. Her attorney asked for probation and a period of house "
                      "arrest with GPS monitoring.")
    assert "a period of house arrest with GPS monitoring" in all_term_texts(s), shown_terms(s)


def test_a_stayed_sentence_asked_for_with_probation():
    s = sentencing_of("Dorran Veluzat was convicted of theft. Prosecutors had asked for 40 months. Defense attorney "
                      "Ansel Brightwater had asked for a stayed sentence and probation.")
    term = any_term(s, "stayed sentence and probation")
    assert term.status == "recommended", shown_terms(s)
    s = sentencing_of("Tessaly Arnaud was convicted of fraud. Her lawyer asked for a suspended sentence with probation.")
    assert any("suspended sentence with probation" in t for t in all_term_texts(s)), shown_terms(s)
    # near-miss: the officer who supervises is no part of the ask
    s = sentencing_of("Tessaly Arnaud was convicted of fraud. Her lawyer asked for a suspended sentence and probation "
                      "officers testified.")
    assert not any("probation officers" in t for t in all_term_texts(s)), shown_terms(s)
