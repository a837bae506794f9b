"""Terms and charges in the words of sex-offence sentencings (a predator designation, Megan's Law, a parole term to
life, treatment listed among what the court ordered), of proceeds-of-crime orders (property forfeited to the Crown,
a forfeiture order, a sum left in its accounts), of Canada's conditional sentences (confined to her home, an ankle
bracelet, a curfew after it), of Britain's youth custody and driving bans, and charges told by a co-defendant, a
contempt finding, a value band, an intent offence's victim and a length's order: short texts written for these
tests, each with a near-miss."""
from __future__ import annotations

from tests.helpers import charges_by_text, terms_by_text

_terms = terms_by_text
_charges = charges_by_text


def test_a_predator_designation_is_a_registration_term():
    terms = _terms("Curtis Pettway, 61, was sentenced to 25 years in state prison for sexual battery. The judge also "
                   "designated him a sexual predator, which means his name will appear on the public registry for life.")
    assert terms["designated him a sexual predator"] == ("registration", "imposed")
    # near-miss: the law explained in general designates nobody
    terms = _terms("Curtis Pettway, 61, was sentenced to 25 years in state prison for sexual battery.",
                   "Florida law lets a judge name an offender a predator after a hearing.")
    assert not any(kind == "registration" for kind, _ in terms.values())


def test_megans_law_and_a_violent_predator_designation():
    terms = _terms("Dale Fenstermacher, 58, was sentenced Friday to 7 to 20 years in state prison and designated a sexually "
                   "violent predator.",
                   "As a sexually violent predator, Fenstermacher must register for life under Megan's Law.")
    assert terms["designated a sexually violent predator"][0] == "registration"
    assert terms["register for life under Megan's Law"][0] == "registration"
    assert terms["7 to 20 years in state prison"] == ("prison", "imposed")


def test_a_parole_term_to_life_is_parole_not_a_second_prison_term():
    terms = _terms("Nathaniel Brisco, 45, was sentenced on Monday to an indeterminate sentence of 24 years to life for "
                   "sexual assault.",
                   "If Brisco is ever released, he would serve an indeterminate parole term of 10 years to life.")
    assert terms["an indeterminate parole term of 10 years to life"][0] == "parole"
    assert not any(kind == "prison" and "10 years" in text for text, (kind, _) in terms.items())


def test_treatment_in_the_list_of_what_the_court_ordered():
    terms = _terms("Curtis Pettway, 61, was sentenced to 25 years in prison for sexual battery, followed by 15 years of "
                   "sex offender probation.",
                   "As conditions of his probation, the judge ordered electronic monitoring and sex offender treatment.")
    assert terms["sex offender treatment"] == ("treatment", "imposed")
    # near-miss: what such probation typically requires is no order
    terms = _terms("Travis Kimbrough, 39, was sentenced to 17 years in prison for sexual conduct with a minor.",
                   "Lifetime probation typically requires sex offender treatment and polygraph examinations.")
    assert "sex offender treatment" not in terms


def test_flat_time_served_where_it_is_served():
    terms = _terms("Judge Ann Esquivel sentenced Travis Kimbrough, 39, to 17 years flat in the Arizona Department of "
                   "Corrections on the sexual conduct count.")
    assert terms["17 years flat in the Arizona Department of Corrections"] == ("prison", "imposed")


def test_property_forfeited_to_the_crown_and_a_forfeiture_order():
    terms = _terms("Kahu Harlow-Reid, 38, was jailed for nine years for dealing methamphetamine.",
                   "His house, a boat and more than $180,000 in cash have also been forfeited to the Crown.",
                   "The court also made forfeiture orders by consent under the Criminal Proceeds (Recovery) Act.")
    assert terms["forfeited to the Crown"] == ("forfeiture", "imposed")
    assert terms["forfeiture orders"] == ("forfeiture", "imposed")


def test_a_forfeited_sum_without_the_accounts_it_sits_in():
    terms = _terms("Adrian Castellanos, 53, was sentenced to 288 months in federal prison for wire fraud. The judge also "
                   "ordered him to forfeit his Coral Gables home, a 42-foot boat and about $4.8 million in bank and "
                   "brokerage accounts.")
    assert "forfeit his Coral Gables home, a 42-foot boat and about $4.8 million" in terms


def test_a_conditional_sentence_told_as_what_binds_her():
    terms = _terms("Ann Halvorson, 41, received a two-year conditional sentence for fraud.",
                   "Under its terms, she will be confined to her home for a year, monitored by an ankle bracelet, and then "
                   "be under curfew.",
                   "She must also pay the victim fine surcharge.")
    assert terms["confined to her home for a year"][0] == "home_confinement"
    assert terms["monitored by an ankle bracelet"][0] == "electronic_monitoring"
    assert terms["curfew"][0] == "curfew"
    assert terms["victim fine surcharge"][0] == "costs"


def test_a_curfew_after_house_arrest_is_a_term_of_its_own():
    terms = _terms("Judge Rupinder Gill ordered Ann Halvorsen to spend the first 12 months of the sentence under house "
                   "arrest with electronic monitoring, followed by a nightly curfew for the remainder.")
    assert terms["a nightly curfew"] == ("curfew", "imposed")
    assert not any("curfew" in text for text in terms if "house arrest" in text)


def test_a_young_offenders_detention_and_a_driving_bans_extension():
    terms = _terms("Jordan Pilling, 20, was detained for two-and-a-half years at Manchester Crown Court.")
    assert terms["detained for two-and-a-half years"] == ("prison", "imposed")
    terms = _terms("Owen Prothero, 27, was jailed for seven years and banned from driving for 10 years, with an extension "
                   "of three years and nine months.")
    assert terms["extension of three years and nine months"][0] == "driving_ban"
    # near-miss: a police detention in hours is no sentence
    terms = _terms("Owen Prothero, 27, was jailed for seven years. He had been detained for 36 hours after the crash.")
    assert not any("36 hours" in text for text in terms)


def test_a_sentence_for_an_offender_of_particular_concern_by_its_short_name():
    terms = _terms("Reece Hartigan, 22, was given a sentence for an offender of particular concern at the Old Bailey "
                   "on Friday after he was convicted of preparing acts of terrorism.")
    assert terms["sentence for an offender of particular concern"][0] == "prison"


def test_a_bare_length_in_the_state_case():
    terms = _terms("Kyle Brandvold, 34, was sentenced on Monday to 41 months in federal prison for a hate crime.",
                   "Last month, Judge Nadia Ferreira-Liu sentenced Brandvold to 14 months in the state case, after he "
                   "pleaded guilty to malicious harassment.")
    assert terms["14 months"] == ("prison", "imposed")


def test_a_co_defendants_plea_is_the_cases_charge():
    charges = _charges("Tom Castellano, 34, was sentenced Monday to five years in prison after pleading guilty to burglary "
                       "in the second degree.",
                       "His co-defendant and former girlfriend, Brianna Keough, 29, pleaded guilty to criminal possession "
                       "of stolen property in the fifth degree, a misdemeanor.")
    assert charges["criminal possession of stolen property in the fifth degree"] == "pleaded guilty"
    # near-miss: someone else's plea in an unrelated case stays out
    charges = _charges("Tom Castellano, 34, was sentenced Monday to five years in prison after pleading guilty to burglary "
                       "in the second degree.",
                       "In an unrelated case, his neighbor, Ray Dunn, 50, pleaded guilty to arson.")
    assert "arson" not in charges


def test_a_contempt_finding_and_a_value_band():
    charges = _charges("Cook County Judge Theresa Gallagher-Ruiz also found Nathaniel Briscoe, 36, in indirect criminal "
                       "contempt of court for violating an order of protection.")
    assert charges["indirect criminal contempt of court"] == "convicted"
    charges = _charges("Colleen Markham pleaded guilty in January to a single count of theft of between $100,000 and "
                       "$1 million, a class 3 felony.")
    assert "theft of between $100,000 and $1 million" in charges


def test_intent_offences_without_whom_they_harmed():
    charges = _charges("Gary McCrory (31) and Stephen Gault (36) both pleaded guilty at Belfast Crown Court to causing "
                       "grievous bodily harm with intent to the 19-year-old on February 14, 2023.")
    assert "causing grievous bodily harm with intent" in charges
    charges = _charges("Lee Ashworth, 24, pleaded guilty to arranging or facilitating the travel of a child with a view "
                       "to exploitation.")
    assert "arranging or facilitating the travel of a child with a view to exploitation" in charges
    # near-miss: the intent to supply is part of the drug offence's name
    charges = _charges("Lee Ashworth, 24, pleaded guilty to possession of cocaine with intent to supply.")
    assert "possession of cocaine with intent to supply" in charges


def test_the_offences_an_order_of_a_given_length_was_for():
    charges = _charges("Magistrate Carolyn Hasset imposed an 18-month intensive correction order for choking a person "
                       "without consent and assault occasioning actual bodily harm.")
    assert "assault occasioning actual bodily harm" in charges
    assert "choking a person without consent" in charges


def test_credit_given_along_with_a_sentence_a_lifetime_licence_suspension_and_a_prison_program():
    terms = _terms("Judge Ann Pike gave Dale Weems a concurrent five-year sentence on the injury count, along with credit "
                   "for 41 days served in the Pinellas County Jail after his arrest.")
    assert terms["credit for 41 days served in the Pinellas County Jail"] == ("time_served_credit", "imposed")
    # near-miss: what a plea deal could bring is a reckoning, no credit granted
    terms = _terms("Dale Weems was convicted of DUI manslaughter. Under the plea deal, he could get five years, with "
                   "credit for 41 days served.")
    assert not any(kind == "time_served_credit" for kind, _ in terms.values())
    terms = _terms("Dan Strunk, 52, was sentenced to seven years for aggravated vehicular homicide. The judge also ordered "
                   "a lifetime suspension of Strunk's driver's license.")
    assert terms["lifetime suspension of Strunk's driver's license"] == ("licence_revocation", "imposed")
    terms = _terms("Kayla Purcell, 19, was ordered Tuesday into a 120-day prison program for involuntary manslaughter.")
    assert terms["a 120-day prison program"] == ("program", "imposed")
