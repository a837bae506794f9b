"""Round 75: a total broken down into its counts' parts (after a dash or a colon, "to be followed by", "N more for the
enhancement", "on the second", "for a total of"); a length spent "on" home detention or "suspended to probation"; a
young offender's commitment as custody; credit for time in juvenile detention; an unquantified restitution at the end of
a list of orders; a course that is only the condition of a suspended term; a regulator's fine of a business; the custody
a suspended term would be served in. Each test has a near-miss where one is meaningful."""
from __future__ import annotations

from tests.helpers import sentencing_of


def _sentencing(*paragraphs: str):
    return sentencing_of("Judge Ines Corvo presided over the hearing.", *paragraphs, published="2024-05-17", title="Merrow case")


def _terms(*paragraphs: str) -> dict:
    return {t.text: t for t in _sentencing(*paragraphs).terms}


def test_a_length_on_home_detention_and_a_year_suspended_to_probation():
    terms = _terms("Corvo ordered Dace Merrow to serve three years in prison, followed by two years on home detention with "
                   "GPS monitoring and one year suspended to probation.")
    assert "two years on home detention with GPS monitoring" in terms
    assert "one year suspended to probation" in terms
    assert terms["one year suspended to probation"].kind == "suspended_sentence"
    terms = _terms("Under the sentence, Hollis Brae will serve a year in jail, 18 months on house arrest and a year on probation.")
    assert "18 months on house arrest" in terms
    # near-miss: a bare suspended length with no "to probation" is not read as a listed part here
    terms = _terms("Corvo sentenced Dace Merrow to five years in prison. Two years were suspended.")
    assert "Two years suspended to probation" not in terms


def test_a_total_broken_down_after_a_dash_or_colon():
    terms = _terms("Dace Merrow was convicted of arson and burglary.",
                   "Merrow was sentenced to 12 years in prison \u2014 eight years for arson and four years for burglary.")
    assert "12 years in prison" in terms
    assert "eight years for arson" in terms and "four years for burglary" in terms
    terms = _terms("Hollis Brae was convicted of robbery and of a weapon enhancement.",
                   "Corvo handed down the maximum sentence: five years on the robbery charge plus two more for the weapon enhancement.")
    assert "five years on the robbery charge" in terms
    assert "two more for the weapon enhancement" in terms
    assert terms["two more for the weapon enhancement"].amount == 2
    assert {terms[t].status for t in ("five years on the robbery charge", "two more for the weapon enhancement")} == {"imposed"}


def test_an_ask_for_the_maximum_before_a_colon_stays_an_ask():
    # near-miss: asking the judge to impose the maximum is a request, only the court's giving it is imposed
    terms = _terms("Prosecutors asked Corvo to impose the maximum sentence: six years in prison.")
    assert terms["six years in prison"].status == "recommended"


def test_each_count_s_part_and_the_total_told_after_them():
    terms = _terms("Corvo sentenced Dace Merrow to 16 years in prison on the arson count, to be followed by three years on "
                   "the burglary count, for a total of 19 years.")
    assert "16 years in prison on the arson count" in terms
    assert "three years on the burglary count" in terms
    assert "a total of 19 years" in terms
    terms = _terms("Corvo sentenced Hollis Brae to six years on the first count and the mandatory five years on the second, "
                   "to be served consecutively.")
    assert "mandatory five years on the second" in terms
    terms = _terms("Corvo gave Hollis Brae three years on the theft count and two years on the other.")
    assert "two years on the other" in terms


def test_a_young_offender_s_commitment_is_custody():
    terms = _terms("Corvo sentenced Tobin Arles, 17, to five years in the state's Youthful Offender System.")
    assert "five years in the state's Youthful Offender System" in terms
    terms = _terms("Under the plea deal, Corvo will sentence Arles to between three and five years in the Youthful Offender System.")
    assert terms["between three and five years in the Youthful Offender System"].status == "recommended"
    terms = _terms("Corvo committed Arles to two years in the Division of Youth Services.")
    assert "two years in the Division of Youth Services" in terms
    # near-miss: a program named without a length is no custody term
    terms = _terms("Arles once volunteered with a youth offender program in his town.")
    assert not terms


def test_credit_for_time_in_juvenile_detention_keeps_the_place():
    terms = _terms("Corvo sentenced Tobin Arles to four years in prison. He will receive credit for 14 months already spent "
                   "in juvenile detention.")
    assert "credit for 14 months already spent in juvenile detention" in terms
    terms = _terms("Corvo sentenced Tobin Arles to four years in prison and gave him credit for 200 days served in youth detention.")
    assert "credit for 200 days served in youth detention" in terms


def test_restitution_at_the_end_of_a_list_of_orders():
    terms = _terms("Corvo also ordered Dace Merrow to forfeit $50,000 and pay a $10,000 fine, along with restitution to the "
                   "Marlow County Treasurer for the money he took.")
    assert "restitution to the Marlow County Treasurer" in terms
    assert terms["restitution to the Marlow County Treasurer"].status == "imposed"
    terms = _terms("Corvo sentenced Hollis Brae to five years in prison. He will also have to pay restitution and may not "
                   "work as a bookkeeper.")
    assert terms["restitution"].kind == "restitution"
    # near-miss: the restitution office is a place, not an order
    terms = _terms("Corvo ordered Brae to pay a $2,000 fine as well as restitution officers' fees.")
    assert not any(t.startswith("restitution") for t in terms)


def test_the_course_a_suspended_term_waits_on_is_no_term():
    terms = _terms("Corvo also imposed a suspended 10-year prison sentence, which Arles will serve if he does not successfully "
                   "complete the treatment program.")
    assert "suspended 10-year prison sentence" in terms
    assert not any("complete" in t for t in terms)
    terms = _terms("Under the deal, the suspended term would be imposed if Arles fails to complete a drug treatment program.")
    assert not any("complete" in t for t in terms)
    # near-miss: a course the court orders is a term
    terms = _terms("Corvo ordered Arles to complete a drug treatment program.")
    assert "complete a drug treatment program" in terms


def test_a_regulator_s_fine_of_a_business_is_no_sentence():
    terms = _terms("Corvo sentenced Dace Merrow to two years in prison.",
                   "The state Department of Labor cited the bakery in 2022 for wage violations and fined it $14,000, records show.")
    assert not any("14,000" in t for t in terms)
    terms = _terms("Corvo sentenced Dace Merrow to two years in prison.",
                   "The Gaming Commission fined the casino $80,000 last year.")
    assert not any("80,000" in t for t in terms)
    # near-miss: the court's fine of a company is a term
    terms = _terms("Corvo fined the company $50,000 and sentenced its owner, Dace Merrow, to probation.")
    assert "fined the company $50,000" in terms


def test_a_suspended_term_keeps_the_custody_it_would_be_served_in():
    terms = _terms("Under the deal, Corvo will also impose a suspended 12-year sentence to the Varnell Department of Corrections.")
    assert "suspended 12-year sentence to the Varnell Department of Corrections" in terms
    terms = _terms("Corvo also gave Arles a suspended eight-year sentence in the Bureau of Prisons.")
    assert "suspended eight-year sentence in the Bureau of Prisons" in terms
