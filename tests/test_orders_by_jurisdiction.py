"""Sentencing wording that Canadian, Australian, New Zealand and US reporters each use in a fixed form: orders named
with the verb the court requires, orders named with whom they protect, Queensland's declaration, Australia's
reparation order, time counted as served, and charges whose statute names a fluid, a gain or a federal title.
Texts invented for these tests."""
from __future__ import annotations

from tests.helpers import quotes_of, texts as _texts, wire_charges, wire_sentencing


def _terms(body: str) -> dict[str, tuple[str, str]]:
    """Each term's words, with its kind and status."""
    return {t.text: (t.kind, t.status) for t in wire_sentencing(body).terms}


def test_canada_dna_and_registry_orders_keep_the_verb_the_court_requires():
    terms = _terms("Marcel Ouimet, 44, was sentenced to three years in a federal penitentiary for sexual assault. Justice "
                   "Ruth Danby ordered him to comply with the Sex Offender Information Registration Act for 20 years and "
                   "to submit a sample of his DNA.")
    assert terms["comply with the Sex Offender Information Registration Act for 20 years"] == ("registration", "imposed")
    assert terms["submit a sample of his DNA"] == ("dna_order", "imposed")
    assert "provide a DNA sample" in _terms("Tess Varga was jailed for two years for robbery and must provide a DNA sample.")


def test_property_ordered_forfeited_may_start_with_a_sum():
    terms = _terms("Dale Foyle, 35, was sentenced to six years for trafficking. The judge ordered the $12,400 in cash "
                   "and his Honda motorcycle forfeited to the Crown.")
    assert terms["the $12,400 in cash and his Honda motorcycle forfeited to the Crown"] == ("forfeiture", "imposed")


def test_a_year_under_a_curfew_and_a_restitution_order_for_the_full_sum():
    terms = _terms("Lise Arcand, 61, was given a conditional sentence of two years less a day for fraud. She will spend "
                   "the first year under house arrest, followed by a year under a 10 p.m. curfew. The judge also made a "
                   "restitution order for the full $74,310.")
    assert terms["a year under a 10 p.m. curfew"] == ("curfew", "imposed")
    assert terms["restitution order for the full $74,310"] == ("restitution", "imposed")


def test_a_second_counts_length_told_as_consecutive_after_it():
    terms = _terms("Judge Nadeau imposed five years on the trafficking charge and one year consecutive on the weapons "
                   "charge for Remi Caron, 29.")
    assert "one year consecutive on the weapons charge" in terms


def test_order_conditions_named_with_a_possessive_or_two_kinds():
    terms = _terms("Kurt Lamb, 33, was given a community corrections order for 18 months. He must complete a men's "
                   "behaviour change program and undergo drug and alcohol treatment.")
    assert terms["complete a men's behaviour change program"] == ("treatment", "imposed")
    assert terms["undergo drug and alcohol treatment"] == ("treatment", "imposed")
    assert "undergo treatment for gambling addiction and depression" in _terms(
        "Ivy Rusk, 52, was given a two-year community corrections order, with conditions that she undergo treatment "
        "for gambling addiction and depression.")


def test_an_intervention_order_told_with_whom_it_protects_or_how_long_it_stays():
    first = _terms("Noel Pratt, 41, pleaded guilty to stalking. The magistrate made a final family violence intervention "
                   "order protecting his former wife for three years.")
    assert first["final family violence intervention order protecting his former wife for three years"] == (
        "intervention_order", "imposed")
    second = _terms("Noel Pratt, 41, pleaded guilty to stalking. The magistrate made an intervention order that will "
                    "remain in place for two years.")
    assert "intervention order that will remain in place for two years" in second


def test_days_counted_as_served_are_a_term_of_their_own():
    terms = _terms("Magistrate Ada Kerr sentenced Owen Hale, 26, to the 19 days already served and a community "
                   "corrections order for a year.")
    assert terms["the 19 days already served"] == ("time_served", "imposed")
    credit = _terms("A judge sentenced Mara Holt, 40, to nine years in prison, with credit for 311 days of time served.")
    assert credit["credit for 311 days of time served"] == ("time_served_credit", "imposed")


def test_australias_reparation_order_named_with_what_it_requires():
    terms = _terms("Gail Rennick, 51, was jailed for three years for defrauding the Commonwealth. The judge made a "
                   "reparation order requiring Rennick to repay $402,115.")
    assert terms["reparation order requiring Rennick to repay $402,115"] == ("reparation", "imposed")
    after = _terms("Gail Rennick, 51, was jailed for three years for fraud. She must also pay back $402,115 to the "
                   "Commonwealth under a reparation order.")
    assert "pay back $402,115 to the Commonwealth under a reparation order" in after


def test_queenslands_serious_violent_offence_declaration_and_a_parole_day():
    terms = _terms("Shane Pickett, 36, was jailed for 12 years for trafficking. Justice Ann Morrow made a serious violent "
                   "offence declaration. His co-accused Troy Ashby, 27, was jailed for five years and will be eligible "
                   "for parole on August 3.")
    assert terms["serious violent offence declaration"] == ("svo_declaration", "imposed")
    others = {t.text: t.subject for t in wire_sentencing(
        "Shane Pickett, 36, was jailed for 12 years for trafficking. His co-accused Troy Ashby, 27, was jailed for five "
        "years and will be eligible for parole on August 3.").others}
    assert others.get("eligible for parole on August 3") == "Troy Ashby"


def test_a_sentence_the_judge_suspended_is_a_suspended_sentence():
    terms = _terms("Cora Wills, 49, was sentenced to 20 months' jail for theft, but Judge Pethers suspended the sentence "
                   "on condition she enter a two-year good behaviour bond.")
    assert terms["suspended the sentence"] == ("suspended_sentence", "imposed")


def test_a_purpose_clause_in_the_subject_does_not_make_the_sentence_hypothetical():
    terms = _terms("A former pharmacist who swapped oxycodone for sugar pills so she could keep the drug for herself was "
                   "sentenced Monday to four years of probation. Nell Garvey, 45, pleaded guilty to tampering.")
    assert terms["four years of probation"] == ("probation", "imposed")


def test_a_counts_part_of_the_whole_is_not_folded_into_a_sides_ask_of_the_same_length():
    sentencing = wire_sentencing(
        "A hit-and-run driver will spend 12 years in prison. Prosecutors asked for 16 years. The defense asked for five "
        "years. Judge Kell sentenced Ray Dunn, 30, to five years on the vehicular homicide charge and seven years on the "
        "leaving-the-scene charge, to be served back to back.")
    terms = {t.text: t.status for t in sentencing.terms}
    assert terms["five years"] == "recommended"
    assert "five years on the vehicular homicide charge" in terms


def test_a_licence_that_will_also_be_revoked_and_money_paid_back_in_full():
    terms = _terms("Ray Dunn, 30, was sentenced to 12 years in prison. His driver's license will also be revoked for "
                   "five years. The judge ordered him to pay the money back in full.")
    assert "driver's license will also be revoked for five years" in terms
    assert terms["pay the money back in full"] == ("restitution", "imposed")


def test_statutes_that_name_a_fluid_a_gain_or_a_federal_title():
    assert "driving with a prohibited drug present in her blood" in wire_charges(
        "Jodie Marr, 24, pleaded guilty to dangerous driving occasioning death and driving with a prohibited drug "
        "present in her blood.")
    assert wire_charges("Hemi Tane, 50, admitted six charges of dishonestly using a document to obtain a pecuniary "
                        "advantage.") == ["dishonestly using a document to obtain a pecuniary advantage"]
    assert wire_charges("Oles Bondar, 29, pleaded guilty to conspiracy to commit fraud and related activity in "
                        "connection with computers and conspiracy to commit money laundering.") == [
        "conspiracy to commit fraud and related activity in connection with computers",
        "conspiracy to commit money laundering"]


def test_a_victims_age_inside_the_offence_is_no_term_length():
    assert wire_charges("Kiri Moana, 38, was sentenced after admitting careless driving causing the death of 19-year-old "
                        "Tama Reid.") == ["careless driving causing the death of 19-year-old Tama Reid"]


def test_a_contracted_pronoun_is_no_persons_name():
    assert set(wire_charges("Rawiri Ngata, 31, was sentenced on Friday. He'd admitted strangulation and intentional "
                            "damage.")) == {"strangulation", "intentional damage"}


def test_a_lede_fragment_is_said_by_whoever_says_it_in_full_further_down():
    quotes = dict(quotes_of(
        "The grieving mother of a cyclist killed by a drunk driver says her family has been given \"a life sentence\" "
        "of its own.\n\nTodd Rye, 31, was jailed for six years on Monday.\n\n\"He got six years. We got a life sentence,\" "
        "Maree Quinlan said outside court."))
    assert quotes["a life sentence"] == "Maree Quinlan"
    # near miss: a description whose sex the named speaker's given name contradicts keeps its own words
    quotes = dict(quotes_of(
        "The father of a cyclist killed by a drunk driver says his family has been given \"a life sentence\" of its "
        "own.\n\nTodd Rye, 31, was jailed for six years on Monday.\n\n\"He got six years. We got a life sentence,\" "
        "Megan Quinlan said outside court."))
    assert quotes["a life sentence"] != "Megan Quinlan"


def test_time_already_lived_is_no_term():
    terms = _terms("Ed Dorr, 30, was given a community corrections order for stalking. His lawyer had asked for the "
                   "order, saying his client's 27 days in custody had been a shock. He had sought 30 months at most, "
                   "citing his client's eight years on the force. The magistrate declared 27 days already spent in "
                   "custody as time served.")
    assert not {"27 days in custody", "eight years", "time served"} & set(terms)
    assert "time served" in _terms("Ed Dorr, 30, pleaded guilty to stalking and was sentenced to time served.")


def test_a_detachment_by_its_place_and_a_force_the_case_was_taken_to():
    from tests.helpers import party_kinds
    kinds = party_kinds("Tom Reyes, 40, was jailed for fraud. She went to police after seeing a Vernon RCMP news release. "
                        "Church elders went to Marlow police, who referred the case to prosecutors.")
    assert kinds.get("Vernon RCMP") == "organization" and kinds.get("Marlow police") == "organization"


def test_a_content_warning_and_a_help_line_footer_are_not_the_story():
    from builder.sources import source_from_text
    source = source_from_text("story.txt", "title: Man sentenced\noutlet: Test Daily\ndate: 2025-06-05\n\n"
                              "WARNING: This story discusses family violence.\n\n"
                              "A Whanganui man who choked his partner has avoided a prison sentence.\n\n"
                              "Where to get help: Women's Refuge 0800 733 843, Shine 0508 744 633.\n")
    body = [source.text[p.start:p.end] for p in source.body()]
    assert body == ["A Whanganui man who choked his partner has avoided a prison sentence."]


def test_a_bodys_name_is_not_cut_at_an_irregular_plurals_possessive():
    from tests.helpers import party_kinds
    kinds = party_kinds("Tom Rata, 30, was sentenced to supervision. The Whanganui Women's Refuge said it welcomed the "
                        "protection order.")
    assert "Whanganui Women" not in kinds and kinds.get("Whanganui Women's Refuge") == "organization"


def test_one_length_of_custody_told_as_jail_and_as_imprisonment_is_one_term():
    from tests.helpers import case_of
    briefing = case_of(("a.txt", "title: A\noutlet: Paper A\ndate: 2024-03-01\n\nCora Bligh, 47, was sentenced in the ACT "
                                 "Supreme Court to five years and two months' imprisonment, with a non-parole period of two "
                                 "years and 10 months, for fraud."),
                       ("b.txt", "title: B\noutlet: Paper B\ndate: 2024-03-01\n\nCora Bligh, 47, was sentenced to five "
                                 "years and two months in jail for fraud. She will have to serve two years and 10 months "
                                 "before she can be released on parole."))
    imposed = [t for t in briefing.sentencing.terms if t.status == "imposed"]
    assert len([t for t in imposed if t.kind in ("prison", "jail")]) == 1
    assert len([t for t in imposed if t.kind in ("non_parole_period", "minimum_term")]) == 1


def test_orders_in_the_plural_and_unpaid_community_service():
    terms = _terms("Dale Kemp, 46, was fined $9,000 for fraud. The magistrate made compensation orders totalling $98,400 "
                   "and ordered him to perform 120 hours of unpaid community service.")
    assert terms["compensation orders totalling $98,400"] == ("compensation", "imposed")
    assert terms["120 hours of unpaid community service"] == ("community_service", "imposed")
    assert "restitution orders totalling $3.2 million" in _terms(
        "Ivan Rusk, 61, was sentenced to five years for fraud. The judge also made restitution orders totalling $3.2 million.")


def test_a_partly_suspended_sentence_and_its_operational_period():
    terms = _terms("Joel Tapp, 26, was sentenced to four years' imprisonment, suspended after he has served 18 months. He "
                   "will be subject to an operational period of two years and must submit to the supervision of "
                   "Community Corrections.")
    assert terms["suspended after he has served 18 months"] == ("suspended_sentence", "imposed")
    assert terms["operational period of two years"] == ("operational_period", "imposed")
    assert terms["supervision of Community Corrections"] == ("supervision", "imposed")
    assert "12-month term was suspended for two years" in _terms(
        "Joel Tapp, 26, was sentenced for fraud. The 12-month term was suspended for two years.")
    assert "suspended five of those years" in _terms(
        "A judge sentenced Joel Tapp, 26, to eight years in prison but suspended five of those years.")


def test_a_conviction_the_defendant_will_carry_is_recorded():
    assert "will carry a criminal conviction" in _terms(
        "A nurse who hit two residents, Lyn Kemp, 50, will carry a criminal conviction after a magistrate refused her "
        "application. Kemp was sentenced to probation.")


def test_offences_named_after_a_commonwealth_length_or_a_concurrent_one():
    charges = set(wire_charges("Tom Boyce, 32, was sentenced on Friday. Judge Lansell imposed seven years' imprisonment "
                               "for culpable driving causing death and one year concurrent for failing to render "
                               "assistance."))
    assert charges == {"culpable driving causing death", "failing to render assistance"}
    sentencing = wire_sentencing("Ann Yuen, 61, was sentenced on Friday. The judge imposed six years for fraud over "
                                 "$5,000 and two years, to be served concurrently, for laundering proceeds of crime.")
    assert {c.text for c in sentencing.charges} == {"fraud over $5,000", "laundering proceeds of crime"}
    assert "two years, to be served concurrently" in _texts(sentencing.terms)
    terms = _terms("Tyler Bragg, 30, was sentenced. The judge sentenced Bragg to five years for impaired driving causing "
                   "the death of Ray Dent, 57, and one year concurrent for impaired driving causing bodily harm.")
    assert "one year concurrent" in terms


def test_a_statute_named_with_the_person_harmed_keeps_its_own_name():
    assert wire_charges("Cody Lidd, 26, pleaded guilty in the Supreme Court to causing serious harm to taxi driver Amrit "
                        "Sandhu in Darwin last year.") == ["causing serious harm"]
    assert wire_charges("Cody Lidd, 26, pleaded guilty to driving while disqualified for a third or subsequent time.") == [
        "driving while disqualified for a third or subsequent time"]


def test_credit_told_as_a_length_or_by_the_judges_verb_and_what_is_left_to_serve():
    terms = _terms("Bren Kowal, 34, was sentenced to seven years for manslaughter. The judge gave Kowal 30 months of "
                   "credit for the 20 months he has spent in custody, leaving 54 months to serve.")
    assert terms["30 months of credit"] == ("time_served_credit", "imposed")
    assert "54 months to serve" not in terms
    assert "credited with 200 days already served" in _terms(
        "Bren Kowal, 34, was sentenced to 12 years and credited with 200 days already served.")


def test_a_forfeited_sum_of_assets():
    assert "forfeiting about $1.2 million of assets" in _terms(
        "Rua Pomare, 47, was jailed for nine years. The judge ordered him forfeiting about $1.2 million of assets to "
        "the Crown.")


def test_the_one_killed_in_a_lede_is_never_the_accused():
    from tests.helpers import facts_of
    facts = facts_of("title: Sentenced\noutlet: Test Daily\ndate: 2025-03-14\n\nThe man who killed Cory Nahir outside a "
                     "bar in 2022 has been sentenced to eight years in prison.\n\nBren Kowal, 34, pleaded guilty last fall "
                     "to manslaughter in the death of the 28-year-old welder.\n\nOn Friday, Justice Ray Oko also imposed a lifetime "
                     "weapons prohibition and ordered Kowal to provide a sample of his DNA.\n")
    roles = {p.name: p.roles for p in facts.parties}
    assert "defendant" not in roles["Cory Nahir"] and "victim" in roles["Cory Nahir"]


def test_someones_life_and_a_plea_for_an_outcome_are_no_term_or_charge():
    sentencing = wire_sentencing("Cody Lidd, 26, was sentenced to five years for assault. His lawyer had asked for a "
                                 "shorter term so his client could begin rebuilding his life under supervision. The "
                                 "magistrate refused his plea to have no conviction recorded.")
    assert not any("life" in t.text for t in sentencing.terms)
    assert {c.text for c in sentencing.charges} == {"assault"}
