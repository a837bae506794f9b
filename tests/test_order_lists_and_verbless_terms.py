"""An order's parts told as a series after "The order includes", a term told in a sentence with no verb after the
sentence it goes on from, property forfeited beside a sum, a curfew told by its hour, house arrest told as where the
offender will be, a statute's long drug offence and a repeat offence's grade: short texts written for these tests, each
with a near-miss."""
from __future__ import annotations

from tests.helpers import case_of, charge_texts, terms_by_text


_terms = terms_by_text


def _any_ending(terms: dict[str, tuple[str, str]], words: str) -> bool:
    """Is some term's text these words, with its verb or article before them?"""
    return any(t.endswith(words) for t in terms)


def _none_holding(words: str, *paragraphs: str) -> bool:
    return not any(words in t for t in _terms(*paragraphs))


_CCO = ("A Frankston man who stalked his former partner has been placed on a two-year community corrections order.",
        "Dale Perrin, 41, pleaded guilty in the Frankston Magistrates' Court to stalking.")


def test_the_parts_of_an_order_listed_after_it_includes_are_each_imposed():
    terms = _terms(*_CCO, "The order includes mental health treatment, a men's behaviour change program, alcohol and drug "
                          "assessment and treatment, and 150 hours of unpaid community work.")
    for part in ("mental health treatment", "men's behaviour change program", "alcohol and drug assessment and treatment",
                 "150 hours of unpaid community work"):
        assert terms.get(part, ("", ""))[1] == "imposed", part
    # near-miss: a plea deal's contents are the deal's, not the court's
    terms = _terms(*_CCO, "The plea deal includes mental health treatment, a behaviour change program and anger management.")
    assert "mental health treatment" not in terms


def test_a_briefing_keeps_every_listed_condition_not_one_for_all():
    story = "\n\n".join(["title: Stalker placed on order\noutlet: Test Daily\ndate: 2025-03-12",
                         *_CCO, "The order includes mental health treatment, a men's behaviour change program and "
                                "regular judicial monitoring."])
    shown = {t.text for t in case_of(("a.txt", story)).sentencing.terms}
    assert {"mental health treatment", "men's behaviour change program", "regular judicial monitoring"} <= shown


def test_a_story_that_only_says_placed_on_an_order_tells_a_sentence():
    terms = _terms("Dale Perrin, 41, was placed on a community corrections order for 18 months.",
                   "The order includes drug treatment and 50 hours of community work.")
    assert terms.get("50 hours of community work", ("", ""))[1] == "imposed"
    # near-miss: a police officer placed on leave tells no sentence, so a term told later stays unsaid as given
    terms = _terms("Constable Dale Perrin, 41, was placed on leave after he was charged with assault.",
                   "He faces up to five years in prison.")
    assert terms.get("up to five years in prison", ("", ""))[1] == "maximum"


def test_a_verbless_sentence_after_an_imposed_term_goes_on_with_it():
    paragraphs = ["Three people were sentenced Thursday in the nursing home fraud case.",
                  "Carla Menard: 10 years, serve four in prison, the rest on probation. $2.3 million restitution."]
    assert _terms(*paragraphs).get("$2.3 million restitution") == ("restitution", "imposed")
    # near-miss: a verbless sum after an ask stays what it was told as, never imposed
    terms = _terms("Carla Menard, 58, will be sentenced in May.",
                   "Prosecutors asked for 10 years in prison. $2.3 million restitution.")
    assert terms.get("$2.3 million restitution", ("", ""))[1] != "imposed"


def test_a_forfeiture_order_takes_the_property_after_its_sum_but_not_the_next_order():
    terms = _terms("Tane Whitiora, 38, was jailed for six years on Friday.",
                   "The judge also made forfeiture orders for $48,200 in cash and a Ford Ranger ute.")
    assert terms.get("forfeiture orders for $48,200 in cash and a Ford Ranger ute") == ("forfeiture", "imposed")
    terms = _terms("Tane Whitiora, 38, was jailed for six years on Friday.",
                   "The judge made a forfeiture order for $48,200 and a two-year supervision order.")
    assert terms.get("forfeiture order for $48,200") == ("forfeiture", "imposed")
    assert terms.get("two-year supervision order", ("", ""))[1] == "imposed"


def test_a_curfew_told_by_its_hour_and_house_arrest_told_as_where_he_will_be():
    terms = _terms("Provincial court Judge Ann Levesque gave Kyle Pottie, 29, a conditional sentence of two years less a day.",
                   "For the first 12 months he will be under house arrest. After that he must observe a 10 p.m. curfew.")
    assert terms.get("house arrest") == ("home_confinement", "imposed")
    assert terms.get("a 10 p.m. curfew") == ("curfew", "imposed")
    # near-miss: an hour with no a.m. or p.m. is no curfew's hour ("a 10 curfew" is not written), and a house arrest
    # told as the past is no term
    terms = _terms("Kyle Pottie, 29, was sentenced to two years in prison.", "He had been under house arrest since May.")
    assert "house arrest" not in terms


def test_a_long_statutory_drug_offence_and_a_repeat_offences_grade_are_one_charge_each():
    charges = charge_texts("Lee Dunmore, 44, was jailed for two years at Leeds Crown Court on Friday.\n\n"
                           "Dunmore pleaded guilty to permitting premises to be used for the supply of class A drugs.\n\n"
                           "He also admitted driving with excess alcohol, third or subsequent offence.")
    assert "permitting premises to be used for the supply of class A drugs" in charges
    assert "driving with excess alcohol, third or subsequent offence" in charges
    assert "third or subsequent offence" not in charges
    # near-miss: a long deed told in plain words, with no drug class, is still no charge's name
    assert not [c for c in charge_texts("Lee Dunmore, 44, was jailed on Friday.\n\nDunmore pleaded guilty to letting his "
                                        "cousin use the flat above the shop to sell cannabis to teenagers.") if "letting" in c]


def test_state_wording_for_custody_and_a_spanned_suspended_imposition():
    terms = _terms("Roy Pruitt, 44, of Rogers, was sentenced Tuesday.",
                   "Judge Amy Kinnard sentenced Pruitt to 15 years in the Arkansas Division of Correction, followed by a "
                   "10-year suspended imposition of sentence.")
    assert terms.get("15 years in the Arkansas Division of Correction") == ("prison", "imposed")
    assert terms.get("10-year suspended imposition of sentence", ("", ""))[1] == "imposed"
    terms = _terms("Terrell Guidry, 26, was sentenced Tuesday.",
                   "Judge Lorna Fontenot handed down the mandatory sentence of life at hard labor without benefit of "
                   "parole, probation or suspension of sentence.")
    assert _any_ending(terms, "life at hard labor without benefit of parole, probation or suspension of sentence")
    # near-miss: a division that holds no prisoners is no custody
    assert _none_holding("Division", "Roy Pruitt, 44, was sentenced Tuesday to probation.",
                         "He worked for 15 years in the Arkansas Division of Agriculture.")


def test_a_courts_course_by_its_subject_and_illinois_court_supervision():
    terms = _terms("Dana Kowalczyk, 46, was sentenced Monday to a year of court supervision.",
                   "She must also complete a theft awareness class and attend a victim impact panel.")
    assert terms.get("a year of court supervision") == ("supervision", "imposed")
    assert _any_ending(terms, "theft awareness class")
    assert _any_ending(terms, "victim impact panel")
    # near-miss: a class she teaches is no course the court ordered
    assert _none_holding("class", "Dana Kowalczyk, 46, was sentenced Monday to a year of court supervision.",
                         "She teaches a pottery class at the park district.")


def test_florida_withheld_adjudication_told_by_the_judges_verb():
    terms = _terms("Tiffany Raulerson, 41, pleaded no contest to battery on Tuesday.",
                   "County Judge Anthony Ruiz withheld adjudication and sentenced her to one year of probation.")
    assert terms.get("withheld adjudication") == ("adjudication_withheld", "imposed")
    terms = _terms("Tiffany Raulerson, 41, pleaded no contest to battery on Tuesday.",
                   "Her attorney asked for a withheld adjudication and probation.")
    assert terms.get("withheld adjudication", ("", ""))[1] == "recommended"


def test_england_detention_at_pleasure_terrorism_notification_and_a_bare_confiscation_order():
    terms = _terms("Kyle Morrell, 16, was sentenced at Leicester Crown Court on Friday.",
                   "He was sentenced to detention at His Majesty's pleasure and told he must serve a minimum of 15 years.")
    assert terms.get("detention at His Majesty's pleasure") == ("detention_at_pleasure", "imposed")
    terms = _terms("Connor Ashdown, 24, was jailed for life at the Old Bailey.",
                   "He was also made subject to terrorism notification requirements for 30 years.")
    assert terms.get("terrorism notification requirements for 30 years", ("", ""))[1] == "imposed"
    terms = _terms("Kyle Fenwick, 47, was jailed in March.",
                   "Judge Alan Pengelly made a confiscation order for that amount and gave Fenwick three months to pay.")
    assert terms.get("confiscation order") == ("confiscation", "imposed")
    # near-miss: the hearing a confiscation order is argued at is no order
    assert "confiscation order" not in _terms("Kyle Fenwick, 47, was jailed in March.",
                                              "A confiscation order hearing is set for June.")


def test_canadas_credit_and_the_parts_of_a_conditional_sentence():
    terms = _terms("Colin Littlecrow, 29, was sentenced Friday.",
                   "Justice Anne Rybchuk imposed a global sentence of five years, then subtracted 37 months of credit for "
                   "time served, leaving Littlecrow 23 months to serve in provincial jail.",
                   "She also granted an additional six months of so-called Duncan credit.")
    assert terms.get("global sentence of five years") == ("prison", "imposed")
    assert terms.get("37 months of credit for time served", ("", ""))[1] == "imposed"
    assert terms.get("six months of so-called Duncan credit", ("", ""))[1] == "imposed"
    terms = _terms("Colin MacIsaac was sentenced Friday in Nova Scotia provincial court to two years less a day, to be "
                   "served in the community.",
                   "The first 12 months are to be served under house arrest. In the second year, he'll be under a "
                   "nightly curfew.",
                   "Judge Elaine Theriault also ordered his name added to the sex offender registry for 20 years.")
    assert "two years less a day" in terms
    assert terms.get("house arrest", ("", ""))[1] == "imposed"
    assert terms.get("a nightly curfew") == ("curfew", "imposed")
    assert _any_ending(terms, "sex offender registry for 20 years")
    # near-miss: a curfew a family set is no term
    assert _none_holding("curfew", "Colin MacIsaac was sentenced Friday to probation.",
                         "As a teenager he stayed out late and did not follow a curfew his parents set.")


def test_an_includes_list_needs_a_series_and_a_subordinate_clause_lists_nothing():
    terms = _terms("Ian Wade, 30, was sentenced to six months' community detention.",
                   "His supervision conditions include completing any alcohol and violence programmes directed by probation.")
    assert "completing any alcohol" not in terms
    terms = _terms("Airman Ian Wade was sentenced to 18 months' confinement and a dishonorable discharge.",
                   "Because his sentence includes a dishonorable discharge, the case may be reviewed by the Air Force "
                   "Court of Criminal Appeals.")
    assert not [t for t in terms if "Court of Criminal Appeals" in t]


def test_a_statutes_long_name_and_a_duty_owed_to_those_in_his_care_stay_whole():
    charges = charge_texts("Connor Ash, 24, was jailed for life.\n\nHe had earlier pleaded guilty to two counts of "
                           "collecting information of a kind likely to be useful to a person committing or preparing an "
                           "act of terrorism.")
    assert "collecting information of a kind likely to be useful to a person committing or preparing an act of terrorism" in charges
    charges = charge_texts("Kyle Bray, 52, was given a suspended sentence.\n\nHe pleaded guilty to three offences of "
                           "causing unnecessary suffering to a protected animal and two of failing to meet the needs of "
                           "animals in his care, contrary to the Animal Welfare Act 2006.")
    assert "failing to meet the needs of animals in his care" in charges
    # near-miss: where a deed was done is no part of its name
    charges = charge_texts("Kyle Bray, 52, was given a suspended sentence.\n\nHe pleaded guilty to causing unnecessary "
                           "suffering to a dog in his garden.")
    assert "causing unnecessary suffering to a dog in his garden" not in charges


def test_a_count_as_charged_and_verdicts_named_by_their_counts():
    charges = charge_texts("DeShawn Latt, 21, was sentenced to seven years.\n\nHe pleaded guilty in January to armed "
                           "robbery as a party to a crime and to fleeing an officer.")
    assert "armed robbery as a party to a crime" in charges and "fleeing an officer" in charges
    assert "operating while intoxicated as a fourth offense" in charge_texts(
        "Randy Kuhn, 52, was sentenced to seven months in jail.\n\nKuhn pleaded guilty in May to operating while "
        "intoxicated as a fourth offense.")
    charges = charge_texts("Terrell Guy, 26, faces life.\n\nThe jury returned unanimous verdicts on second-degree murder, "
                           "obstruction of justice and possession of a firearm by a convicted felon.")
    assert {"second-degree murder", "obstruction of justice", "possession of a firearm by a convicted felon"} <= set(charges)
    # near-miss: what a count was charged as a part of, told after "as", is no part of its name
    assert "armed robbery" in charge_texts("DeShawn Latt, 21, was sentenced to seven years.\n\nHe pleaded guilty to "
                                           "armed robbery as his trial was about to begin.")
