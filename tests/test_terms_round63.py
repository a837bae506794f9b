"""Round 63 sentence-term constructions: a forfeited sum with a thousands comma after "the", restitution of the full
amount, one side's ask told bare in a lede and with its kind later, and a preview's weekday of "his sentencing". Each
test: paraphrases of invented stories and a near-miss."""
from __future__ import annotations

import datetime as dt

from tests.helpers import any_term, sentencing_of


def test_a_forfeited_sum_after_the_keeps_its_thousands_comma():
    for sentence, words in (("Dorrin Vask was sentenced to 12 years in prison and ordered to forfeit the $318,000 in cash "
                             "deputies seized at his farm.", "forfeit the $318,000 in cash"),
                            ("Dorrin Vask was sentenced to 12 years in prison and must forfeit the $1,250,500 in cash "
                             "found in his barn.", "forfeit the $1,250,500 in cash")):
        s = sentencing_of(sentence)
        assert any(t.text == words for t in s.terms), [t.text for t in s.terms]
    # near-miss: a list of property still ends at its own comma
    s = sentencing_of("Dorrin Vask was sentenced to 12 years in prison and ordered to forfeit the tractor, a trailer and "
                      "two rifles.")
    assert any(t.text == "forfeit the tractor, a trailer and two rifles" for t in s.terms), [t.text for t in s.terms]


def test_restitution_of_the_full_amount_is_a_term():
    for sentence, words in (("Judge Ola Brint ordered two years of probation and restitution of the full amount, and "
                             "barred Pell Oarsby from keeping books for any charity.", "restitution of the full amount"),
                            ("Judge Ola Brint sentenced Pell Oarsby to two years of probation and ordered restitution "
                             "for the entire loss.", "restitution for the entire loss"),
                            ("Judge Ola Brint sentenced Pell Oarsby to two years of probation and ordered him to pay "
                             "restitution in full to the club.", "restitution in full")):
        s = sentencing_of(sentence)
        term = any_term(s, words)
        assert term in s.terms and term.kind == "restitution", [t.text for t in s.terms]
    # near-miss: the full amount of something else is no restitution
    s = sentencing_of("Judge Ola Brint sentenced Pell Oarsby to two years of probation. The full amount was never found.")
    assert not any(t.kind == "restitution" for t in s.terms), [t.text for t in s.terms]


def test_one_sides_ask_told_bare_then_with_its_kind_is_one_ask_in_its_own_wording():
    s = sentencing_of("A former trader was sentenced Thursday to three years in prison, far short of the seven years "
                      "prosecutors had sought.",
                      "Prosecutors had asked for at least seven years in prison. The defense asked for probation.")
    asks = [t for t in s.terms if t.amount == 7]
    assert len(asks) == 1 and asks[0].text == "at least seven years in prison", [t.text for t in s.terms]
    assert asks[0].status == "recommended" and asks[0].by == "prosecutors", asks[0]
    # near-miss: two sides asking for the same length stay two asks
    s = sentencing_of("A former trader was sentenced Thursday to three years in prison, far short of the seven years "
                      "prosecutors had sought.",
                      "The victims' families had asked for at least seven years in prison.")
    assert len([t for t in s.terms if t.amount == 7]) == 2, [(t.text, t.by) for t in s.terms]


def test_a_previews_weekday_of_his_sentencing_lies_ahead():
    # 2025-03-11 is a Tuesday: "his sentencing on Thursday" is March 13, not March 6
    for lede in ("A former clerk convicted of stealing from a parish fund should serve at least four years in prison, "
                 "prosecutors said, as her lawyers urged a judge to show mercy at her sentencing on Thursday.",
                 "Her lawyers asked a judge for probation ahead of her sentencing hearing Thursday in a case that shook the parish."):
        date = sentencing_of(lede, published="2025-03-11").sentencing_date
        assert date is not None and date.value == dt.date(2025, 3, 13), (lede, date)
    # near-miss: a hearing told as held stays behind the story
    date = sentencing_of("Her sentencing on Thursday was postponed after her lawyer fell ill, and no new date was set.",
                         published="2025-03-11").sentencing_date
    assert date is None or date.value != dt.date(2025, 3, 13), date
    # near-miss: a story that reports the sentence keeps the day it was given
    date = sentencing_of("A former clerk was sentenced to four years in prison at her sentencing on Thursday.",
                         published="2025-03-11").sentencing_date
    assert date is not None and date.value == dt.date(2025, 3, 6), date


def test_a_forfeited_sum_ends_before_where_it_is_kept():
    s = sentencing_of("Judge Ola Brint sentenced Ilse Marrow to six years in prison and ordered forfeiture of the barge "
                      "and about $215,000 from her company's bank accounts.")
    assert any(t.text == "forfeiture of the barge and about $215,000" for t in s.terms), [t.text for t in s.terms]
    # near-miss: property seized from a place still ends before its story
    s = sentencing_of("Judge Ola Brint sentenced Ilse Marrow to six years in prison and ordered her to forfeit the barge "
                      "seized from her dock.")
    assert any(t.text == "forfeit the barge" for t in s.terms), [t.text for t in s.terms]
