"""Offences counted by their own noun ("admitted 17 burglaries and one fraud", British court reports) and a term
given "on each of two forgery counts" name their charges. All texts invented."""
from __future__ import annotations

from tests.helpers import wire_charges, wire_sentencing


def test_offences_counted_by_their_own_noun():
    assert wire_charges("Gareth Pryde, 46, admitted 17 burglaries and one fraud at an earlier hearing.") == ["burglaries", "fraud"]
    assert wire_charges("Gareth Pryde, 46, pleaded guilty to three burglaries.") == ["burglaries"]
    assert wire_charges("Gareth Pryde, 46, was convicted of two robberies.") == ["robberies"]
    assert wire_charges("Gareth Pryde, 46, admitted two thefts.") == ["thefts"]
    # near miss: offences told as deeds, with no plea or verdict, are no charges
    assert wire_charges("Police said Gareth Pryde, 46, carried out 17 burglaries in a year.") == []


def test_a_term_on_each_of_several_counts_names_their_offence():
    assert wire_charges("Lena Darrow, 47, was sentenced to five years on each of two forgery counts.") == ["forgery"]
    assert wire_charges("The judge imposed six months on each of three theft charges against Lena Darrow, 47.") == ["theft"]
    # near miss: counts with no offence named
    assert wire_charges("Lena Darrow, 47, was sentenced to five years on each of the two counts.") == []


def test_an_offence_named_in_apposition_after_the_deed():
    assert wire_charges("A jury found Curtis Vandle, 38, guilty of depriving Marc Ellory of his constitutional right to be "
                        "free from excessive force, a crime known as deprivation of rights under color of law, and of "
                        "falsifying a police report to obstruct a federal investigation.") == [
        "deprivation of rights under color of law", "falsifying a police report to obstruct a federal investigation"]
    assert wire_charges("Curtis Vandle, 38, pleaded guilty to taking the money, a crime known as embezzlement.") == ["embezzlement"]
    # near miss: a nickname in apposition names no offence
    assert wire_charges("Curtis Vandle, 38, pleaded guilty to fraud, a scheme known as the Ladder.") == ["fraud"]


def test_a_gerund_that_names_an_offence_keeps_its_statutory_element():
    assert wire_charges("Gareth Pryde, 46, pleaded guilty to stalking involving fear of violence or serious alarm or distress "
                        "and to criminal damage.") == [
        "stalking involving fear of violence or serious alarm or distress", "criminal damage"]
    # near miss: a deed told at length after a plain gerund is still conduct
    assert wire_charges("Gareth Pryde, 46, pleaded guilty to following his former partner around the town centre for "
                        "several weeks in the spring.") == []


def test_a_counts_distinguishing_word_and_a_cited_statute_are_no_part_of_the_offence():
    assert wire_charges("Lena Darrow, 47, pleaded guilty to forgery. Under a plea agreement, prosecutors dropped a separate "
                        "embezzlement charge.") == ["forgery", "embezzlement"]
    assert wire_charges("Aoife Brannock (22), of Cork, pleaded guilty to a single count of money laundering contrary to "
                        "Section 7 of the Criminal Justice (Money Laundering and Terrorist Financing) Act 2010.") == [
        "money laundering"]


def test_a_withdrawn_count_named_in_apposition_after_of():
    charges = wire_sentencing("Gerald Achterman, 61, pleaded guilty in June to one count of fraud over $5,000. A second "
                              "count, of theft over $5,000, was withdrawn as part of the plea.").charges
    assert [(c.text, c.status) for c in charges] == [("fraud over $5,000", "pleaded guilty"), ("theft over $5,000", "dismissed")]
    charges = wire_sentencing("Gerald Achterman, 61, admitted fraud. Two further counts, of burglary and theft, were "
                              "dismissed.").charges
    assert [(c.text, c.status) for c in charges] == [("fraud", "pleaded guilty"), ("burglary", "dismissed"),
                                                     ("theft", "dismissed")]


def test_a_guideline_about_any_offender_names_no_charge():
    assert wire_charges("Kevin Dombrow, 44, pleaded guilty to theft by unlawful taking. Under state sentencing guidelines, a "
                        "first-time offender convicted of a theft of that size would typically face probation.") == [
        "theft by unlawful taking"]


def test_dogs_possessed_for_fighting():
    assert wire_charges("Terrance Bledlow, 45, pleaded guilty to possessing dogs for fighting.") == ["possessing dogs for fighting"]
