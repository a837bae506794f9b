"""Sentences told in bulleted lists and explainers, orders told with their length or restrictions, North Carolina's
suspended ranges, pleas named by two people or with Irish ages, and the charges whose objects or harms are listed:
short texts written for these tests, each with a near-miss."""
from __future__ import annotations

from tests.helpers import charge_texts, facts_of, terms_by_text


_terms = terms_by_text


def test_a_bulleted_sentence_under_a_lead_in_that_gives_it_is_read_item_by_item():
    terms = _terms("Judge Ann Roe sentenced Bo Hale, 23, on Tuesday. Hale received:",
                   "- 11 years for armed robbery", "- five years for aggravated battery, to run concurrently")
    assert terms.get("11 years for armed robbery") == ("prison", "imposed")
    assert terms.get("five years for aggravated battery") == ("prison", "imposed")
    # near-miss: a list of other stories under "RELATED:" gives no term, however it is worded
    terms = _terms("Judge Ann Roe sentenced Bo Hale, 23, to probation on Tuesday.", "RELATED:",
                   "- Man gets 5 years for robbery", "- Woman jailed for 2 years over fraud")
    assert not [t for t in terms if "5 years" in t or "2 years" in t]
    # near-miss: a bulleted length under a lead-in that gives nothing is no term
    terms = _terms("Bo Hale was sentenced to probation on Tuesday. Timeline of the case:", "- 11 years of abuse alleged")
    assert not [t for t in terms if "11 years" in t]


def test_an_order_keeps_its_initials_its_length_and_its_restrictions():
    lede = "Bo Hale, 47, was jailed at Swansea Crown Court on Friday."
    for sentence, words, kind in [
            ("He was made subject to a sexual harm prevention order (SHPO) for 15 years.",
             "sexual harm prevention order (SHPO) for 15 years", "sexual_harm_prevention_order"),
            ("He was given a restraining order of indefinite length.", "restraining order of indefinite length", "restraining_order"),
            ("He will be on the sex offenders register indefinitely.", "on the sex offenders register indefinitely", "registration"),
            ("He was made the subject of a hospital order with restrictions.", "hospital order with restrictions", "hospital_order"),
            ("The judge made a hospital order under section 37 of the Mental Health Act.",
             "hospital order under section 37 of the Mental Health Act", "hospital_order")]:
        assert _terms(lede, sentence).get(words) == (kind, "imposed"), sentence
    # near-miss: initials told of something else stay out of the order's words
    assert "restraining order" in _terms(lede, "He was given a restraining order (the victim, 30, had asked for one).")


def test_north_carolina_suspended_ranges_and_jail_as_a_condition_of_probation():
    terms = _terms("Judge Ann Roe gave Keisha Hale, 24, a suspended sentence of 10 to 21 months.")
    assert terms.get("suspended sentence of 10 to 21 months") == ("suspended_sentence", "imposed")
    terms = _terms("Keisha Hale, 24, got a suspended 10-to-21-month sentence and 36 months of supervised probation, "
                   "with 45 days in the Guilford County jail as a condition of special probation.")
    assert terms.get("suspended 10-to-21-month sentence") == ("suspended_sentence", "imposed")
    assert terms.get("45 days in the Guilford County jail as a condition of special probation") == ("jail", "imposed")
    assert "10-to-21-month sentence" not in terms  # a suspended term is never printed as custody
    # near-miss: custody told beside probation, not under it, keeps its own words
    assert "90 days in jail" in _terms("Bo Hale was sentenced to 90 days in jail and two years of probation.")


def test_illinois_mandatory_supervised_release_keeps_its_name():
    terms = _terms("Bo Hale was sentenced to 26 years in prison. He will then be on mandatory supervised release for 18 months.")
    assert terms.get("mandatory supervised release for 18 months") == ("supervised_release", "imposed")


def test_two_things_possessed_for_one_purpose_are_one_charge():
    assert charge_texts("Cody Hale, 37, was convicted of possession of fentanyl and methamphetamine for the purpose of "
                        "trafficking and possession of proceeds of crime.") == [
        "possession of fentanyl and methamphetamine for the purpose of trafficking", "possession of proceeds of crime"]
    assert charge_texts("Cody Hale pleaded guilty to possession of cocaine and heroin with intent to supply.") == [
        "possession of cocaine and heroin with intent to supply"]
    # near-miss: a second offence after "and" is its own charge
    assert charge_texts("Cody Hale pleaded guilty to possession of a firearm and drug trafficking.") == [
        "possession of a firearm", "drug trafficking"]


def test_a_scottish_assault_charge_lists_its_harms_as_one_charge():
    assert charge_texts("Connor Hale, 23, pleaded guilty to assault to his severe injury, permanent disfigurement and "
                        "permanent impairment on Belmont Street.") == [
        "assault to his severe injury, permanent disfigurement and permanent impairment"]
    assert charge_texts("Hale was convicted of assault to her severe injury and to the danger of her life, and theft.") == [
        "assault to her severe injury and to the danger of her life", "theft"]


def test_of_two_named_together_with_irish_ages_the_first_is_the_defendant():
    body = ("Gary Hale (31), from the Ballysillan Road, and Stephen Gault (36), of Ligoniel Road, both pleaded guilty at "
            "Belfast Crown Court to causing grievous bodily harm with intent. Hale also admitted a charge of false "
            "imprisonment. Hale was jailed for six years.")
    sentencing = facts_of(body).sentencing
    assert [(c.text, c.subject) for c in sentencing.charges] == [
        ("causing grievous bodily harm with intent", None), ("false imprisonment", None)]
    assert [(t.text, t.subject) for t in sentencing.terms] == [("jailed for six years", None)]


def test_a_standfirst_that_says_who_is_given_the_order_tells_the_defendant_in_a_story_that_dwells_on_the_victim():
    body = ("Hannah Dryden says tracker went unnoticed for weeks as Liam Creswell is given community order\n\n"
            "A woman whose former partner secretly tracked her car has called for tighter controls, after he was spared jail.\n\n"
            "Liam Creswell, 32, hid a tracker in Hannah Dryden\u2019s car after she ended their relationship.\n\n"
            "He admitted stalking involving serious alarm or distress and was given a two-year community order.\n\n"
            "Dryden, 28, has chosen to waive her anonymity. Dryden worked nights at the time.\n\n"
            "Sophie Rutherford, for Creswell, urged the court to spare him jail.\n\n"
            "Dryden said she had been braced for the outcome. Dryden now lives with her mother.\n")
    facts = facts_of(body)
    assert [c.text for c in facts.sentencing.charges] == ["stalking involving serious alarm or distress"]
    assert facts.defendant == "Liam Creswell"
