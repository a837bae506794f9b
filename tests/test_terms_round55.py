"""Round 55: a bare months ask followed
by a dash aside or "plus"; a split term with the suspended part named ("18 years, with 10 suspended"); a judge's quoted
"I sentence you to ..." list goes on past its first term (credit, supervised release); "time already served" asked
for; "the first four months of it in home detention"; a labelled fact-box line keeps its label ("Fine: $90,000").
Each test has a near-miss where one is meaningful."""
from __future__ import annotations

from tests.helpers import sentencing_of


def _sentencing(*paragraphs: str):
    return sentencing_of(*paragraphs, published="2025-06-11", title="Tolland case")


def _texts(sentencing) -> list[str]:
    return [t.text for t in sentencing.terms]


def test_months_ask_with_dash_aside_or_plus():
    for ask in ("In a filing, prosecutors asked for 97 months \u2014 just over eight years \u2014 plus full restitution.",
                "Prosecutors had asked for 97 months plus restitution."):
        s = _sentencing("Orla Tolland was sentenced Friday to five years in prison for fraud.", ask)
        asks = [t for t in s.terms if t.status == "recommended"]
        assert any(t.text == "97 months" and t.amount == 97 for t in asks), ask


def test_split_term_with_suspended_part_named():
    s = _sentencing("Circuit Judge Ann Mott sentenced Rory Vallance, 40, to 18 years, with 10 suspended, for the crash.",
                    "Prosecutors had asked for 18 years with all but 14 suspended.")
    texts = _texts(s)
    assert "18 years, with 10 suspended" in texts
    assert "18 years with all but 14 suspended" in texts


def test_bench_sentence_in_quote_goes_on_past_first_term():
    s = _sentencing("Lena Orr was sentenced Tuesday for wire fraud.",
                    '"Ms. Orr, I sentence you to 30 months in the custody of the Bureau of Prisons, with credit for the '
                    'time you have already served, followed by three years of supervised release," Judge Ray Holt said.')
    by_kind = {t.kind: t for t in s.terms}
    assert by_kind["supervised_release"].status == "imposed" and by_kind["supervised_release"].amount == 3
    assert by_kind["time_served_credit"].text == "credit for the time you have already served"


def test_hedged_bench_words_give_no_list():
    s = _sentencing("Lena Orr was sentenced Tuesday to two years in prison for wire fraud.",
                    '"If I sentence you to 30 months, followed by three years of supervised release, what will you '
                    'learn?" Judge Ray Holt asked.')
    assert not any(t.kind == "supervised_release" for t in s.terms)


def test_time_already_served_asked_for():
    s = _sentencing("Ida Kettleby was sentenced Friday to two years in prison.",
                    "Her attorney, Paul Crane, had asked the judge to sentence his client to time already served, "
                    "arguing she had changed.")
    asked = [t for t in s.terms if t.kind == "time_served"]
    assert asked and asked[0].text == "time already served" and asked[0].status == "recommended"


def test_credit_for_time_already_served_is_no_time_served_sentence():
    s = _sentencing("Ida Kettleby was sentenced Friday to two years in prison, with credit for the time already served.")
    assert not any(t.kind == "time_served" for t in s.terms)


def test_first_months_of_it_in_home_detention():
    s = _sentencing("Max Dorn was sentenced Friday to four years in prison.",
                    "After his release he will serve two years of supervised release, the first four months of it in "
                    "home detention.")
    home = [t for t in s.terms if t.kind == "home_confinement"]
    assert home and home[0].text == "the first four months of it in home detention" and home[0].amount == 4


def test_labelled_box_lines_keep_their_label():
    s = _sentencing("Restaurateur Nils Barrow was sentenced Thursday to three years behind bars for tax fraud.",
                    "The tab:",
                    "Prison: 36 months.\nSupervised release: 2 years.\nFine: $90,000.\nRestitution: $2.7 million to the IRS.")
    texts = _texts(s)
    assert "Fine: $90,000" in texts
    assert "Restitution: $2.7 million" in texts
    restitution = next(t for t in s.terms if t.kind == "restitution")
    assert restitution.amount == 2_700_000
