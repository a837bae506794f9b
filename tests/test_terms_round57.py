"""Round 57: a count of terms before a written length ("three 25-year sentences") and a sum before a length ("$300,000
and five years") are never one number; another count's cap told without its unit in the next sentence; a term
"followed by" another keeps its side's status when a suspension stands between; "a fully suspended sentence"; "fine him
$2 million"; the judge's orders told to the defendant's face ("You will register ...", "you will have no contact,
direct or indirect, with ..."; "I am committing you to ... for six years to life"); the sentencing date is never the
date that ends a relative clause on the deed, nor a co-defendant's day told with "She". Each test has a near-miss
where one is meaningful."""
from __future__ import annotations

from tests.helpers import sentencing_of


def _sentencing(*paragraphs: str):
    return sentencing_of(*paragraphs, published="2024-10-29", title="Pellik case")


def _by_text(sentencing) -> dict:
    return {t.text: t for t in sentencing.terms}


def test_count_of_terms_is_not_part_of_the_length():
    s = _sentencing("A judge on Monday imposed three 25-year sentences, to run consecutively, on Dorran Pellik, 41, "
                    "who was convicted of arson.")
    term = _by_text(s)["three 25-year sentences"]
    assert term.amount == 25 and term.unit == "years"
    # near-miss: a spelled compound number is still one number
    s = _sentencing("A judge on Monday sentenced Dorran Pellik, 41, to twenty-five years in prison for arson.")
    assert _by_text(s)["twenty-five years in prison"].amount == 25


def test_sum_and_length_are_two_items():
    s = _sentencing("A judge on Monday sentenced Dorran Pellik, 41, to six years in prison for arson.",
                    "The judge also ordered Pellik to pay $300,000 and five years of probation.")
    by_text = _by_text(s)
    assert "five years of probation" in by_text and by_text["five years of probation"].amount == 5
    assert not any(t.amount and t.amount > 1000 and t.unit == "years" for t in s.terms)


def test_next_sentence_gives_another_counts_cap_without_its_unit():
    s = _sentencing("Orla Benwick was convicted in May of fraud and bribery. Each of the fraud counts carries up to 20 "
                    "years in prison. The bribery count carries up to 10.")
    by_text = _by_text(s)
    cap = by_text["up to 10"]
    assert cap.status == "maximum" and cap.amount == 10 and cap.unit == "years"
    # near-miss: a new paragraph with a number alone is no cap
    s = _sentencing("Orla Benwick was convicted in May of fraud and bribery. Each of the fraud counts carries up to 20 "
                    "years in prison.", "The bribery count carries up to 10 points on the state's scale.")
    assert "up to 10" not in _by_text(s)


def test_followed_by_after_a_suspension_keeps_the_ask():
    s = _sentencing("Orla Benwick, 58, is to be sentenced Friday for neglect.",
                    "Prosecutors asked Judge Ina Roft for 30 years in prison with all but 12 years suspended, followed by "
                    "four years of supervised probation.")
    probation = _by_text(s)["four years of supervised probation"]
    assert probation.status == "recommended" and probation.by == "prosecutors"


def test_fully_suspended_sentence_and_fine_verb():
    s = _sentencing("Orla Benwick, 58, is to be sentenced Friday for fraud.",
                    "Her lawyer has asked for a fully suspended sentence, with one year of home detention.",
                    "Prosecutors asked the judge to impose a sentence of at least 96 months and to fine her $3 million.")
    by_text = _by_text(s)
    assert "fully suspended sentence" in by_text
    fine = by_text["fine her $3 million"]
    assert fine.kind == "fine" and fine.amount == 3_000_000 and fine.status == "recommended"


def test_orders_told_from_the_bench():
    s = _sentencing("Dorran Pellik, 51, stood as Judge Mavis Orrin read her decision on Monday.",
                    "\u201cOn each of the three counts, I am committing you to the Department of Corrections for six "
                    "years to life. You will register as a sex offender for the rest of your life, and you will have no "
                    "contact, direct or indirect, with any of the victims,\u201d Orrin said.")
    by_text = _by_text(s)
    assert by_text["six years to life"].status == "imposed"
    assert by_text["register as a sex offender for the rest of your life"].status == "imposed"
    assert by_text["no contact, direct or indirect, with any of the victims"].status == "imposed"
    # near-miss: a lawyer's hope in a quote is no order
    s = _sentencing("Dorran Pellik, 51, will be sentenced Monday for assault.",
                    "\u201cWe hope the court will see he can have no contact with the victims without a prison term,\u201d "
                    "his lawyer, Ada Kemble, said.")
    assert not any(t.kind == "no_contact" and t.status == "imposed" for t in s.terms)


def test_date_ending_a_clause_on_the_deed_is_not_the_sentencing():
    s = _sentencing("A federal judge has sentenced Marlo Quenby to life in prison for his role in a robbery spree that "
                    "left two clerks dead at a gas station near Dalworth, Ohio, on Aug. 15, 2023.")
    assert s.sentencing_date is None or str(s.sentencing_date.value) != "2023-08-15"
    # near-miss: the day of the sentencing itself is kept
    s = _sentencing("A federal judge on Oct. 21, 2024, sentenced Marlo Quenby to life in prison for a robbery spree.")
    assert s.sentencing_date is not None and str(s.sentencing_date.value) == "2024-10-21"


def test_co_defendants_day_told_with_a_pronoun():
    s = _sentencing("Marlo Quenby was convicted of fraud in July and faces sentencing later.",
                    "Quenby's co-defendant, Trina Osley, pleaded guilty in March. She is scheduled to be sentenced in "
                    "December.")
    assert s.sentencing_date is None
    # near-miss: the defendant's own day told with the pronoun
    s = _sentencing("Marlo Quenby was convicted of fraud in July. She is scheduled to be sentenced in December.")
    assert s.sentencing_date is not None and s.sentencing_date.granularity == "month"


def test_middle_initial_does_not_end_the_clause():
    s = _sentencing("On Monday, Marlo D. Quenby, 61, is scheduled to be sentenced in federal court after a jury "
                    "convicted him of bribery.",
                    "His co-defendant, Trina Osley, pleaded guilty last year. She is scheduled to be sentenced in "
                    "December.")
    assert s.sentencing_date is not None and s.sentencing_date.text == "Monday"
