"""Sentences in the words of Scotland, Northern Ireland and the western and northeastern states (a punishment part, an
extended sentence's extension period, a custodial part before licence, Idaho's retained jurisdiction, Utah's zero to
five years, New Jersey's parole ineligibility), the statute's own long names for Scottish offences, and the verdicts
and pleas a story tells beside them: short texts written for these tests, each with a near-miss."""
from __future__ import annotations

from tests.helpers import case_of, charge_texts, charges_by_text, party_roles, sentencing_of, terms_by_text


_terms = terms_by_text
_charges = charges_by_text


def test_a_punishment_part_is_the_least_time_a_life_sentence_holds():
    terms = _terms("Lord Ardmore sentenced Kyle Baird, 31, to life imprisonment at the High Court in Glasgow and ordered "
                   "that he serve a punishment part of 17 years before he can be considered for release.")
    assert terms["a punishment part of 17 years"] == ("minimum_term", "imposed")
    assert terms["life imprisonment"] == ("prison", "imposed")


def test_a_minimum_term_beside_life_is_no_second_prison_term():
    terms = _terms("Callum Reeve, 29, was jailed for life with a minimum term of 21 years at Leeds Crown Court on Friday.")
    assert terms["a minimum term of 21 years"] == ("minimum_term", "imposed")
    # near-miss: a sentence named by its law's floor is still a prison term
    terms = _terms("Dana Voss, 40, was sentenced to a mandatory minimum sentence of 10 years in federal prison.")
    assert any(kind == "prison" for kind, _ in terms.values())


def test_an_extension_period_is_time_on_licence_not_custody():
    terms = _terms("Lady Mercer imposed an extended sentence of eight years on Ross Fyfe, 33, made up of a custodial term "
                   "of five years and an extension period of three years.")
    assert terms["an extension period of three years"] == ("licence", "imposed")
    assert "three years" not in terms
    assert terms["custodial term of five years"] == ("prison", "imposed")


def test_a_determinate_sentence_split_into_custody_and_licence():
    terms = _terms("At Belfast Crown Court, Judge Ann Quigley KC imposed a determinate custodial sentence of six years "
                   "on Sean Reilly (30), with three years to be spent in custody and three years on licence.")
    assert terms["three years to be spent in custody"] == ("prison", "imposed")
    assert terms["three years on licence"] == ("licence", "imposed")


def test_a_compensation_order_named_by_what_it_requires():
    terms = _terms("Judge Ann Quigley KC sentenced Orla Keane to 18 months in prison, suspended for two years, and made "
                   "a compensation order requiring her to pay £12,500 to the charity.")
    assert terms["compensation order requiring her to pay £12,500"] == ("compensation", "imposed")


def test_compensation_ordered_without_a_sum():
    terms = _terms("Tara Loft, 44, was given a 12-month community order. She was also ordered to pay compensation to "
                   "the two shops.")
    assert terms["compensation"] == ("compensation", "imposed")
    # near-miss: a family's hope of compensation is nobody's order
    terms = _terms("Tara Loft, 44, was given a 12-month community order.",
                   "The family said they would seek compensation from the council.")
    assert "compensation" not in terms


def test_scotlands_course_of_conduct_offences_keep_their_statute_words():
    charges = _charges("Ewan Baird, 39, was convicted on Tuesday of engaging in a course of behaviour which was abusive of "
                       "his partner, contrary to section 1 of the Domestic Abuse (Scotland) Act 2018.")
    assert charges == {"engaging in a course of behaviour which was abusive of his partner": "convicted"}
    charges = _charges("Ewan Baird, 40, was found guilty of engaging in a course of abusive behaviour towards the woman "
                       "over a 19-month period.")
    assert charges == {"engaging in a course of abusive behaviour": "convicted"}


def test_the_means_of_perverting_justice_is_no_offence_of_its_own():
    charges = _charges("Kyle Baird was convicted of murder. He was also convicted of attempting to defeat the ends of "
                       "justice by getting rid of the knife and setting fire to the clothes he had worn.")
    assert charges == {"murder": "convicted", "attempting to defeat the ends of justice": "convicted"}


def test_not_guilty_verdicts_on_counts_are_acquittals():
    charges = _charges("Marcus Hale, 34, was convicted of robbery in March. The jury returned not guilty verdicts on two "
                       "counts of assault.", "He was sentenced to five years in prison.")
    assert charges == {"robbery": "convicted", "assault": "acquitted"}
    # near-miss: guilty verdicts told the same way still convict
    charges = _charges("The jury returned guilty verdicts on burglary and theft.", "Hale was sentenced to five years.")
    assert charges == {"burglary": "convicted", "theft": "convicted"}


def test_a_plea_admitted_in_british_copy_tells_who_is_accused():
    story = ("title: Court case\noutlet: Test Wire\ndate: 2025-03-12\n\nA Belfast man who killed a father-of-two "
             "with a single punch has been handed a seven-year sentence.\n\nNiall Devine (28) admitted the manslaughter "
             "of Peter Gault (49), who died in hospital.\n\nMr Gault was a taxi driver. Mr Gault's family said he was "
             "much loved. Mr Gault's brother wept. The death of Mr Gault shocked the street.")
    roles = {p.name: p.roles for p in case_of(("story.txt", story)).parties}
    assert "defendant" in roles["Niall Devine"]
    assert "defendant" not in roles["Peter Gault"]


def test_a_date_before_a_name_is_no_place_it_comes_from():
    roles = party_roles("Tyrese Marr, 22, was sentenced to six years for the shooting.\n\nOne of the bullets struck Rosa "
                        "Mendes in the left thigh.\n\nIn a statement read in court in September, Mendes, a retired "
                        "nurse, described months of physiotherapy.")
    assert roles.get("Rosa Mendes") == ["a retired nurse"]
    # near-miss: a town and its state before a name still place it
    roles = party_roles("Tyrese Marr, 22, was sentenced to six years.\n\nHe grew up in Dayton, Ohio, and moved away.")
    assert "Ohio" not in roles


def test_idahos_unified_sentence_and_retained_jurisdiction():
    terms = _terms("Judge Ann Lowe imposed a unified 12-year sentence with the first four years fixed on Cody Rhine, 29.",
                   "Lowe suspended the prison term for now and retained jurisdiction, a program known in Idaho as a rider.",
                   "Rhine will spend up to a year in a Department of Correction program.")
    assert terms["unified 12-year sentence with the first four years fixed"] == ("prison", "imposed")
    assert terms["retained jurisdiction"] == ("retained_jurisdiction", "imposed")
    assert terms["up to a year in a Department of Correction program"] == ("program", "imposed")
    # near-miss: what a defendant could spend if convicted is the law's cap
    terms = _terms("Cody Rhine, 29, is charged with trafficking.", "If convicted, Rhine will spend up to 10 years in prison.")
    assert terms["up to 10 years in prison"] == ("prison", "maximum")


def test_utahs_terms_listed_after_the_sentencing_verb_are_imposed():
    terms = _terms("Judge Ann Lowe sentenced Brent Oakes, 39, to one to 15 years at the Utah State Prison for attempted "
                   "kidnapping, and up to five years for aggravated assault.")
    assert terms["up to five years"] == ("prison", "imposed")
    terms = _terms("Judge Ann Lowe sentenced Brent Oakes, 39, to one to 15 years on the kidnapping count.",
                   "She also imposed a term of zero to five years on the stalking count.")
    assert terms["term of zero to five years on the stalking count"] == ("prison", "imposed")


def test_new_jerseys_parole_ineligibility_and_parole_supervision():
    terms = _terms("Judge Ann Lowe sentenced Dale Kerr, 34, to seven years in state prison for vehicular homicide, with "
                   "an 85 percent period of parole ineligibility under the No Early Release Act.",
                   "She also suspended Kerr's driver's license for five years and ordered three years of parole "
                   "supervision after his release.")
    assert terms["an 85 percent period of parole ineligibility"] == ("minimum_term", "imposed")
    assert terms["three years of parole supervision"] == ("parole", "imposed")
    assert not any(c.startswith("suspended") for c in _charges(
        "Judge Ann Lowe sentenced Dale Kerr to seven years for vehicular homicide and a concurrent three-year term for "
        "assault by auto, suspended Kerr's driver's license for five years and ordered parole supervision."))


def test_washingtons_terms_named_in_full():
    terms = _terms("Judge Ann Lowe sentenced Luis Ortega, 31, to 147 months.",
                   "On his conviction for unlawful possession of a firearm, Ortega received 41 months, to run "
                   "concurrently with the assault sentence.",
                   "Lowe also ordered Ortega to have no contact with Kemp or his family for life and to pay a $500 "
                   "crime victim penalty assessment.",
                   "Lowe also signed a criminal stalking injunction barring Ortega from contacting Kemp.")
    assert terms["41 months, to run concurrently with the assault sentence"] == ("prison", "imposed")
    assert terms["no contact with Kemp or his family for life"] == ("no_contact", "imposed")
    assert terms["$500 crime victim penalty assessment"] == ("assessment", "imposed")
    assert terms["criminal stalking injunction"][1] == "imposed"


def test_a_co_defendant_introduced_by_description_keeps_his_plea():
    sentencing = sentencing_of("Dax Ruiz, 19, was sentenced to 90 months for first-degree robbery.",
                               "The other, Kade Thorne, then 17, pleaded guilty to second-degree robbery and was "
                               "sentenced in May to 70 months in prison.")
    assert {(c.text, c.subject) for c in sentencing.charges} >= {("second-degree robbery", "Kade Thorne")}


def test_property_signed_over_under_a_deprivation_order():
    terms = _terms("Reece Dunn was handed a 12-week suspended sentence. The dogs were signed over to the RSPCA under a "
                   "deprivation order.")
    assert terms["deprivation order"] == ("deprivation_order", "imposed")


def test_a_sentences_listed_parts_need_a_term_among_them():
    terms = _terms("Ana Garza was sentenced to 11 years.",
                   "The sentence also includes permanent exclusion from Medicare, Medicaid and all other federal health "
                   "care programs, according to the Department of Justice.")
    assert terms["permanent exclusion from Medicare, Medicaid and all other federal health care programs"] == \
        ("disqualification", "imposed")
    assert not any("according" in t or t.startswith("Medicaid") for t in terms)


def test_restitution_to_a_named_agency_and_fines_with_fees():
    terms = _terms("Ray Pratt was sentenced to 20 months. The judge ordered Pratt to pay $1,136,482 in restitution to the "
                   "Internal Revenue Service and a $75,000 fine.", "He must also pay fines and fees totaling about $2,400.")
    assert terms["$1,136,482 in restitution to the Internal Revenue Service"] == ("restitution", "imposed")
    assert terms["fines and fees totaling about $2,400"] == ("fine", "imposed")


def test_a_count_named_at_length_still_lets_the_next_length_follow():
    terms = _terms("Judge Ann Lowe also sentenced Jay Fonte to 8 to 10 years in state prison for armed assault with "
                   "intent to murder in the wounding of a second teenager, and 2½ to 3 years for unlawful possession "
                   "of a firearm.")
    assert terms["2½ to 3 years for unlawful possession of a firearm"] == ("prison", "imposed")


def test_charges_checked_through_charge_texts():
    # the same course-of-conduct offence read through the article path the CLI takes
    assert "attempting to defeat the ends of justice" in charge_texts(
        "Kyle Baird, 31, was convicted of attempting to defeat the ends of justice by handing over the knife to a friend.")


def test_a_murder_count_the_prosecution_gave_up_for_the_plea_is_dismissed():
    charges = _charges("Connor Bell (27) pleaded guilty at an earlier hearing to the manslaughter of Paul Gilmore (52).",
                       "He had originally been charged with murder, but the Public Prosecution Service accepted his plea "
                       "to the lesser charge.")
    assert charges == {"manslaughter of Paul Gilmore": "pleaded guilty", "murder": "dismissed"}
    # near-miss: a murder charge still standing beside another count's plea
    charges = _charges("Connor Bell (27) pleaded guilty to affray.", "He is still charged with murder.")
    assert charges["murder"] == "charged"


def test_two_stories_spelling_the_victim_two_ways_tell_one_count():
    one = "title: A\noutlet: Belfast Daily\ndate: 2025-03-07\n\nConnor Bell (27) pleaded guilty to the manslaughter of Paul Gilmore (52)."
    two = "title: B\noutlet: Irish Wire\ndate: 2025-03-29\n\nConnor Bell (28) admitted the manslaughter of Paul Gilmour (52)."
    charges = [c.text for c in case_of(("a.txt", one), ("b.txt", two)).sentencing.charges]
    assert len([c for c in charges if c.startswith("manslaughter")]) == 1
    # near-miss: two different offences against one victim stay two
    two = "title: B\noutlet: Irish Wire\ndate: 2025-03-29\n\nConnor Bell (28) admitted the assault of Paul Gilmour (52)."
    charges = [c.text for c in case_of(("a.txt", one), ("b.txt", two)).sentencing.charges]
    assert len(charges) == 2
