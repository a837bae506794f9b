"""Sentencing wording British and Irish reporters use in fixed forms: the unnamed defendant of a lede ("A man has been
sentenced"), a tabloid's jailing, a count's part told after the whole, the BBC's list of co-defendants and their
terms, an extended sentence's licence, the tag, costs, Ireland's bond to keep the peace, retests and forfeiture, and
statutes whose names run long. Texts invented for these tests."""
from __future__ import annotations

from tests.helpers import sentencing_of, wire_charges, wire_sentencing


def _terms(*paragraphs: str) -> dict[str, tuple[str, str, str | None]]:
    """Each term's words, with its kind, status and whose it is (None for the case's defendant)."""
    sentencing = sentencing_of(*paragraphs)
    return {t.text: (t.kind, t.status, t.subject) for t in sentencing.terms + sentencing.others}


def test_an_unnamed_man_who_has_been_sentenced_is_the_case_not_a_rule_for_anyone():
    assert _terms("A man has been sentenced to eight years in prison after gardai found cannabis in his van.")[
        "eight years in prison"][:2] == ("prison", "imposed")
    assert _terms("A woman has been sentenced to three years of probation for stealing from her employer.")[
        "three years of probation"][:2] == ("probation", "imposed")
    # a rule about anyone still gives no term
    assert not wire_sentencing("Any defendant sentenced to more than a year goes to a state prison.").terms


def test_a_tabloids_caged_is_a_jailing():
    assert _terms("A thug who punched a father outside a chip shop has been caged for five years and four months.")[
        "caged for five years and four months"][:2] == ("prison", "imposed")


def test_a_counts_part_told_after_the_whole_and_how_it_runs():
    terms = _terms("Wes Ardley, 36, of Filton, was jailed for seven years for the conspiracy, with a further eight months "
                   "to run consecutively for dangerous driving during a police chase.",
                   "Carl Ennis, 22, of Redfield, was jailed for three years, with 12 months for handling stolen goods to "
                   "run concurrently.")
    assert terms["a further eight months to run consecutively for dangerous driving"][:2] == ("prison", "imposed")
    assert terms["12 months for handling stolen goods to run concurrently"][0] == "prison"
    assert "jailed for seven years for the conspiracy" in terms


def test_each_counts_bare_length_takes_the_count_it_is_for():
    terms = _terms("Judge Mary Holt jailed Dean Forsyth for four years and three months. He received three years for the "
                   "coercive control and 15 months, to run consecutively, for the assault.")
    assert "three years for the coercive control" in terms
    # one length alone in its sentence is the whole term, its offence no part of it
    assert "jailed for 12 years" in _terms("Ray Dunmore was jailed for 12 years for the killing.")


def test_a_list_of_co_defendants_and_their_terms_after_a_colon():
    terms = _terms("Four men who broke into homes across north Leeds while families slept have been jailed.",
                   "The four men, who all admitted conspiracy to commit burglary, were sentenced as follows:",
                   "\u2022 Kyle Brannock, 31, of Seacroft, nine years",
                   "\u2022 Dean Ostler, 36, of Armley, seven years and 10 months, including 10 months consecutive for "
                   "dangerous driving",
                   "\u2022 Tom Ruskin, 23, of Beeston, three years and six months",
                   "Ostler was also disqualified from driving for seven years.")
    assert terms["nine years"][:2] == ("prison", "imposed")
    assert terms["seven years and 10 months"] == ("prison", "imposed", "Dean Ostler")
    assert terms["10 months consecutive for dangerous driving"] == ("prison", "imposed", "Dean Ostler")
    assert terms["three years and six months"] == ("prison", "imposed", "Tom Ruskin")


def test_an_extended_sentences_licence_the_tag_and_costs():
    terms = _terms("Liam Corrie, 31, was given an extended sentence of 14 years for manslaughter. He must serve two-thirds "
                   "of a 10-year jail term before he can apply for parole, and will be on licence for a further four "
                   "years after his release.",
                   "Ada Fenwick, 24, must observe a four-month curfew, monitored by an electronic tag, and was ordered to "
                   "pay costs. Her co-accused will be electronically tagged.")
    assert terms["on licence for a further four years"][:2] == ("licence", "imposed")
    assert terms["electronic tag"][0] == "electronic_monitoring"
    assert terms["costs"][0] == "costs"
    assert "electronically tagged" in terms
    # the curfew a tag enforces keeps its own words
    curfew = _terms("Joe Marr, 40, was given a suspended sentence and an electronically monitored curfew between 8pm "
                    "and 6am for four months.")
    assert "electronically monitored" not in curfew


def test_irelands_bond_to_keep_the_peace_retest_forfeiture_and_a_fully_suspended_sentence():
    terms = _terms("Sean Moriarty, 34, of Tralee, was jailed for six years at Tralee Circuit Criminal Court.",
                   "Judge Nuala Keane suspended the final two years on condition that Moriarty enter a bond to keep the "
                   "peace for two years after his release.",
                   "She also made an order forfeiting the cash to the State, and ordered that \u20ac14,300 in cash found at "
                   "his home be forfeited.")
    assert terms["enter a bond to keep the peace for two years"][:2] == ("bound_over", "imposed")
    assert terms["forfeiting the cash"][0] == "forfeiture"
    assert terms["\u20ac14,300 in cash found at his home be forfeited"][0] == "forfeiture"
    terms = _terms("Aidan Hourane, 24, was given a fully suspended three-year sentence and banned from driving for 10 "
                   "years.",
                   "Judge Tom Carey suspended the sentence on condition that Hourane keep the peace and be of good "
                   "behaviour, and ordered him to sit a full driving test before he can hold a licence again.")
    assert terms["fully suspended three-year sentence"][:2] == ("suspended_sentence", "imposed")
    assert terms["keep the peace and be of good behaviour"][:2] == ("bound_over", "imposed")
    assert terms["sit a full driving test"][0] == "driving_retest"


def test_statutes_whose_names_run_long_or_follow_a_victim():
    assert wire_charges("Ian Mowbray, 42, pleaded guilty to engaging in controlling or coercive behaviour in an intimate "
                        "or family relationship and assault occasioning actual bodily harm.") == [
        "engaging in controlling or coercive behaviour in an intimate or family relationship",
        "assault occasioning actual bodily harm"]
    assert wire_charges("He pleaded guilty to causing grievous bodily harm with intent to Pavel Nowak on August 4 last "
                        "year, and to possessing an offensive weapon in a public place.") == [
        "causing grievous bodily harm with intent", "possessing an offensive weapon in a public place"]


def test_australian_and_new_zealand_floors_and_reparation_keep_their_own_names():
    terms = _terms("Judge Ray Burrow imposed a jail term of two years and eight months on Tim Pellard, 22, with a 16-month "
                   "non-parole period, but wholly suspended the sentence on a good behaviour bond.")
    assert terms["a 16-month non-parole period"][:2] == ("non_parole_period", "imposed")
    assert terms["wholly suspended the sentence"][:2] == ("suspended_sentence", "imposed")
    assert _terms("Judge Ana Sturrock sentenced Kane Mulvey to intensive supervision and emotional harm reparation of "
                  "$1500.")["emotional harm reparation of $1500"][:2] == ("reparation", "imposed")
    # the lede's reckoning of the floor gives way to the court's named order
    terms = _terms("Rawiri Tane must serve at least 17 years before he can apply for parole.",
                   "Rawiri Tane, 34, was sentenced in the High Court this morning to life imprisonment with a minimum "
                   "period of imprisonment of 17 years for the murder of Aperahama Kiri.")
    assert "a minimum period of imprisonment of 17 years" in terms
    assert not [t for t in terms if t.startswith("at least 17 years")]


def test_american_credit_jury_fines_tiers_and_a_counts_own_length():
    terms = _terms("Marcus Tegue, 35, was sentenced to 60 years in prison on Friday. Jurors also fined Marcus Tegue, 35, "
                   "the maximum $10,000.",
                   "Tegue will receive credit for the roughly two years and two months he has spent in the county jail "
                   "since his arrest.")
    assert terms["fined Marcus Tegue, 35, the maximum $10,000"][:2] == ("fine", "imposed")
    assert terms["credit for the roughly two years and two months he has spent in the county jail"][0] == "time_served_credit"
    assert "credit for time she already spent in jail" in _terms(
        "Ava Brower was sentenced to 14 years in state prison. Brower will receive credit for time she already spent in jail.")
    # a bare formula stays unprinted, and a sentence that may come is no fine imposed
    assert _terms("Ava Brower was sentenced to 14 years in state prison. With credit for time served she could be out by "
                  "2034.").keys() == {"14 years in state prison"}
    assert _terms("Jon Ruell was convicted of arson. He could be fined the maximum $10,000.")[
        "fined the maximum $10,000"][1] == "maximum"
    terms = _terms("Judge Ann Roe sentenced Carl Lindvall to 30 years to life and classified him as a Tier III sex "
                   "offender, the most serious designation under Ohio law.",
                   "Lindvall also received five years on the child endangering count, to run concurrently.")
    assert terms["classified him as a Tier III sex offender"][:2] == ("registration", "imposed")
    assert "five years on the child endangering count" in terms


def test_what_the_counts_cover_is_no_count_of_its_own():
    assert wire_charges("A jury found Mika Harlow guilty of two charges of sexual violation and four charges of indecent "
                        "assault, relating to offending between 2009 and 2014.") == ["sexual violation", "indecent assault"]
