"""Round 76, terms and charges: a second person's length after the first's with the verb left out; a credit given by
"gave/granted/awarded" with a described recipient; a total's breakdown by count in a dash or bracket aside; probation
asked "with home confinement" as one ask; an onlooker's forecast is no term; a second person's conviction with the verb
left out; the counts named after their classes ("including ..."); the counts of a plea listed after a colon."""
from __future__ import annotations

from tests.helpers import facts_of, sentencing_of


def _sentencing(*paragraphs: str):
    return sentencing_of("Judge Ines Corvo presided over the hearing.", *paragraphs, published="2024-05-17", title="Tamsett case")


def _terms(*paragraphs: str) -> dict:
    return {t.text: t for t in _sentencing(*paragraphs).terms}


def _charges(body: str) -> list[tuple[str, str]]:
    return [(c.text, c.status) for c in facts_of(f"title: Court case\noutlet: Test Wire\ndate: 2025-03-12\n\n{body}\n").sentencing.charges]


def test_a_second_persons_length_after_the_verb_left_out():
    terms = _terms("Corvo sentenced Orrin Tamsett, 58, to nine years in federal prison and Wren Tamsett, 49, to four years.")
    assert "nine years in federal prison" in terms
    assert "four years" in terms and terms["four years"].kind == "prison"
    terms = _terms("Corvo on Monday sentenced Orrin Tamsett to 108 months in prison and his wife, Wren, to 40 months, "
                   "ending a case that began in 2021.", "Orrin Tamsett, 52, and Wren Tamsett, 47, were convicted in March of mail fraud.")
    assert "40 months" in terms and terms["40 months"].status == "imposed"
    assert terms["40 months"].subject == "Wren Tamsett"
    # near-miss: a second length with no person and no "to" is not read by this rule as another's
    terms = _terms("Corvo sentenced Orrin Tamsett to nine years in prison and ordered him to pay a fine.")
    assert "nine years in prison" in terms and len([t for t in terms if "years" in t]) == 1


def test_credit_given_to_a_described_recipient():
    terms = _terms("Corvo sentenced Orrin Tamsett to six years and gave each defendant credit for 412 days already served in "
                   "the county jail.")
    assert any(t.startswith("credit for 412 days already served") for t in terms)
    terms = _terms("Corvo sentenced Orrin Tamsett to six years and granted the former treasurer credit for 95 days already served.")
    assert "credit for 95 days already served" in terms
    # near-miss: a reckoning of credit, not the court's grant
    terms = _terms("Corvo sentenced Orrin Tamsett to six years. With credit for time served he could be out by 2029.")
    assert not any(t.startswith("credit") for t in terms)


def test_a_totals_breakdown_by_count_in_an_aside():
    terms = _terms("Corvo sentenced Orrin Tamsett to 96 months in prison \u2014 eight years on each of five counts, to run "
                   "concurrently \u2014 after a two-day hearing.")
    assert "96 months in prison" in terms
    assert "eight years on each of five counts, to run concurrently" in terms
    terms = _terms("Corvo sentenced Orrin Tamsett to 12 years in prison (four years on each count, to be served consecutively).")
    assert "four years on each count, to be served consecutively" in terms


def test_probation_with_home_confinement_is_one_ask():
    terms = _terms("Corvo sentenced Orrin Tamsett to 20 months in prison. Prosecutors had asked for 30 months. His lawyers "
                   "sought probation with home confinement.")
    assert "probation with home confinement" in terms
    terms = _terms("Corvo sentenced Orrin Tamsett to 20 months in prison. The defense asked for probation with a period of "
                   "house arrest.")
    assert "probation with a period of house arrest" in terms


def test_a_forecast_is_no_term():
    terms = _terms("Orrin Tamsett will be sentenced next month. Several defense lawyers say a sentence of 12 years or more is likely.")
    assert not any("12 years" in t for t in terms)
    terms = _terms("Orrin Tamsett will be sentenced next month. Observers said eight years seemed probable.")
    assert not any("eight years" in t for t in terms)
    # near-miss: a sentence handed down stays
    terms = _terms("Corvo sentenced Orrin Tamsett to eight years in prison.")
    assert "eight years in prison" in terms


def test_a_second_conviction_with_the_verb_left_out():
    charges = _charges("A jury convicted Orrin Tamsett and Wren Tamsett of mail fraud. Wren Tamsett was also convicted of "
                       "witness tampering, and Orrin Tamsett of filing a false tax return.")
    assert ("witness tampering", "convicted") in charges
    assert ("filing a false tax return", "convicted") in charges
    charges = _charges("Orrin Tamsett pleaded guilty to money laundering, and his brother, Cal, to structuring cash deposits. "
                       "Both were sentenced Friday.")
    assert ("money laundering", "pleaded guilty") in charges


def test_the_counts_named_after_their_classes():
    charges = _charges("Jurors convicted Orrin Tamsett of five counts of fraud and conspiracy, including bank fraud, mail fraud "
                       "and conspiracy to commit wire fraud.")
    assert ("bank fraud", "convicted") in charges and ("mail fraud", "convicted") in charges
    assert ("conspiracy to commit wire fraud", "convicted") in charges
    assert ("fraud", "convicted") not in charges
    charges = _charges("Orrin Tamsett was found guilty of three counts of theft, among them embezzlement by a fiduciary.")
    assert ("embezzlement by a fiduciary", "convicted") in charges


def test_a_pleas_counts_listed_after_a_colon():
    charges = _charges("Orrin Tamsett faced up to 10 years on each of the counts to which he pleaded guilty in June: conspiracy "
                       "to commit bribery and obstruction of justice.")
    assert ("conspiracy to commit bribery", "pleaded guilty") in charges
    assert ("obstruction of justice", "pleaded guilty") in charges
    charges = _charges("He admitted both charges Wren Tamsett had pleaded guilty to \u2014 arson and insurance fraud \u2014 in a "
                       "brief hearing.")
    assert ("arson", "pleaded guilty") in charges
