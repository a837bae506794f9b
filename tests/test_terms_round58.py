"""Round 58: a sentence set out as unbulleted lines after a colon ("Her sentence, as read by the judge:" then a line per
term); the judge's pronouncement formula ("the sentence of the court is eight years, ...") and the bench's first-person
order ("I am ordering a lifetime ban from ...") inside a quote; a lifetime ban or an interlock device told as a list
item; restitution owed "jointly and severally" (its co-debtor is no other defendant for the next term); a lede's
"6½ years" beside the release's "78 months". Each test has a near-miss where one is meaningful."""
from __future__ import annotations

from tests.helpers import sentencing_of


def _sentencing(*paragraphs: str):
    return sentencing_of(*paragraphs, published="2024-05-17", title="Quell case")


def _texts(sentencing) -> set[str]:
    return {t.text for t in sentencing.terms}


def test_unbulleted_lines_after_a_colon_are_the_sentence():
    s = _sentencing("A delivery driver who crashed her van while drunk was sentenced Thursday by Judge Tobin Askew.",
                    "Marra Quell's sentence, as read by the judge:",
                    "Three years of supervised probation\nA lifetime ban from driving a delivery van\n"
                    "An ignition interlock device for two years\nNo contact with the cyclist or his family\n"
                    "80 hours of community service",
                    "Quell pleaded guilty to vehicular assault.")
    texts = _texts(s)
    assert "Three years of supervised probation" in texts
    assert "lifetime ban from driving a delivery van" in texts
    assert "An ignition interlock device for two years" in texts
    assert "No contact with the cyclist or his family" in texts
    assert "80 hours of community service" in texts
    assert all(t.status == "imposed" for t in s.terms)


def test_a_lone_line_after_a_colon_is_no_list():
    # near-miss: one short line after a colon may be a subhead, not an item
    s = _sentencing("Marra Quell was sentenced Thursday to three years of probation for vehicular assault.",
                    "Her lawyer said after the hearing:",
                    "80 hours of community service",
                    "\"She is grateful,\" the lawyer said.")
    assert "80 hours of community service" not in _texts(s)


def test_the_sentence_of_the_court_formula_in_a_quote():
    s = _sentencing("Judge Tobin Askew sentenced Marra Quell on Thursday for vehicular assault.",
                    "\"Ms. Quell, the sentence of the court is eight years, with all but three years suspended,\" "
                    "Askew said. \"And I am ordering a lifetime ban from driving a delivery van.\"")
    texts = _texts(s)
    assert "eight years, with all but three years suspended" in texts
    assert "lifetime ban from driving a delivery van" in texts
    # near-miss: a lifetime told in a quote by someone who orders nothing is a figure of speech
    s = _sentencing("Judge Tobin Askew sentenced Marra Quell on Thursday to two years for vehicular assault.",
                    "\"She has given my son a lifetime ban from riding his bike,\" the boy's mother said.")
    assert not any("lifetime" in t.text for t in s.terms)


def test_interlock_on_any_vehicle_you_drive_for_a_length():
    s = _sentencing("Judge Tobin Askew sentenced Marra Quell on Thursday to two years in prison for vehicular assault.",
                    "\"As a condition of probation you will have an ignition interlock device on any vehicle you drive "
                    "for three years,\" Askew told her.")
    term = next(t for t in s.terms if t.kind == "ignition_interlock")
    assert term.text == "have an ignition interlock device on any vehicle you drive for three years"
    assert term.amount == 3


def test_jointly_and_severally_stays_with_restitution_and_names_no_other_defendant():
    s = _sentencing("Judge Tobin Askew sentenced Orvell Danning, 52, on Tuesday to 40 months in prison for fraud.",
                    "He ordered Danning to pay $1.8 million in restitution, jointly and severally with his partner, "
                    "Casper Yule, and let stand the forfeiture of $95,000.")
    texts = _texts(s)
    assert "$1.8 million in restitution, jointly and severally" in texts
    forfeiture = next(t for t in s.terms if t.kind == "forfeiture")
    assert forfeiture.status == "imposed" and forfeiture.subject is None
    # near-miss: a term told of the partner himself is still his
    s = _sentencing("Judge Tobin Askew sentenced Orvell Danning, 52, on Tuesday to 40 months in prison for fraud.",
                    "His partner, Casper Yule, was sentenced to 12 months.")
    assert "12 months" not in _texts(s)


def test_half_years_in_a_lede_are_the_months_of_the_body():
    s = _sentencing("Orvell Danning was sentenced Thursday to 6\u00bd years in federal prison for fraud.",
                    "U.S. District Judge Tobin Askew sentenced Danning, 52, to 78 months in federal prison and three "
                    "years of supervised release.")
    prison = [t for t in s.terms if t.kind == "prison"]
    assert [t.text for t in prison] == ["78 months in federal prison"]
    assert len(prison[0].citations) == 2


def test_the_first_months_in_jail_of_a_probation_sentence():
    s = _sentencing("Orvell Danning, 23, was sentenced Monday to six years of probation, the first nine months in jail, "
                    "for aggravated assault.")
    assert "the first nine months in jail" in _texts(s)
    # near-miss: a jail term told on its own keeps its own words
    s = _sentencing("Orvell Danning, 23, was sentenced Monday to nine months in jail for aggravated assault.")
    assert "nine months in jail" in _texts(s)


def test_a_ban_without_a_length_ordered_as_a_condition():
    s = _sentencing("Orvell Danning, 23, was sentenced Monday to six years of probation for stalking.",
                    "As a condition of his probation, he is subject to a ban on messaging the victim online for the "
                    "length of his probation, the judge ruled.")
    assert "a ban on messaging the victim online" in _texts(s)
    # near-miss: a ban nobody ordered on him is no term
    s = _sentencing("Orvell Danning, 23, was sentenced Monday to six years of probation for stalking.",
                    "The town has debated a ban on flying drones over the park for years.")
    assert not any("ban" in t.text for t in s.terms)


def test_total_forfeitures_as_a_court_martial_item():
    s = _sentencing("A military judge on Friday sentenced Sgt. Orvell Danning to nine years of confinement, a "
                    "dishonorable discharge, reduction to the grade of E-1 and total forfeitures.")
    assert "total forfeitures" in _texts(s)
