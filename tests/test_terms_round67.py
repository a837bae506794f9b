"""Round 67 sentence-term constructions: a second sum ordered paid as back taxes beside restitution, unquantified
cash kept with the clause that says where it was seized, an elliptic ask merged with the same side's ask told with its
unit, and an ask whose length has a decimal. Each test: two invented wordings and a near-miss."""
from __future__ import annotations

from tests.helpers import all_term_texts, any_term, sentencing_of


def test_back_taxes_ordered_paid_beside_restitution():
    s = sentencing_of("Brantley Vex, 52, was sentenced Monday to two years in prison. Judge Olena Farquhar also ordered "
                      "Vex to pay $540,000 in restitution to homeowners and $212,000 in unpaid payroll taxes, and "
                      "imposed a $5,000 fine.")
    term = any_term(s, "$212,000 in unpaid payroll taxes")
    assert term in s.terms and term.amount == 212000 and term.status == "imposed", all_term_texts(s)
    s = sentencing_of("Corvin Aldane, 51, was sentenced Tuesday to 18 months in jail. The judge ordered him to pay "
                      "$75,000 in restitution plus $31,500 in back sales taxes.")
    assert "$31,500 in back sales taxes" in all_term_texts(s), all_term_texts(s)
    # near-miss: taxes the defendant hid are the crime, not a sum the court ordered paid
    s = sentencing_of("Corvin Aldane, 51, was sentenced Tuesday to 18 months in jail for hiding about $90,000 in sales "
                      "taxes from the city.")
    assert not any("taxes" in t for t in all_term_texts(s)), all_term_texts(s)


def test_unquantified_cash_keeps_where_it_was_seized():
    s = sentencing_of("Mirelle Toska was sentenced Monday to five years in federal prison for wire fraud. She must also "
                      "forfeit a 2022 Porsche, two Rolex watches and cash seized from her safe-deposit box.")
    assert "forfeit a 2022 Porsche, two Rolex watches and cash seized from her safe-deposit box" in all_term_texts(s), \
        all_term_texts(s)
    s = sentencing_of("Hollis Brenn was sentenced Wednesday to 40 months in prison for bank fraud. The judge ordered "
                      "him to forfeit his boat and money taken from his business accounts.")
    assert "forfeit his boat and money taken from his business accounts" in all_term_texts(s), all_term_texts(s)
    # near-miss: a sum of cash is told by its amount; where it was seized stays out
    s = sentencing_of("Hollis Brenn was sentenced Wednesday to 40 months in prison for bank fraud. Brenn must also "
                      "forfeit $12,000 in cash seized by deputies.")
    assert "forfeit $12,000 in cash" in all_term_texts(s), all_term_texts(s)


def test_elliptic_ask_merges_with_the_same_sides_ask_in_full():
    s = sentencing_of("A former township treasurer, Ilse Marrow, was sentenced Thursday to eight years in prison for "
                      "embezzlement.", "Prosecutors requested 11 years in prison. Defense lawyer Quill Marston asked "
                      "for three.", "Earlier this week, the defense said it would seek three years.")
    texts = all_term_texts(s)
    assert "asked for three" not in texts and "three years" in texts, texts
    s = sentencing_of("Dorrit Fenwave, 58, was sentenced Friday to six years in prison.",
                      "The state sought nine years; her lawyers asked for four.",
                      "In a filing last month, Fenwave's attorneys argued that four years in prison would be enough.")
    texts = all_term_texts(s)
    assert "asked for four" not in texts and "four years in prison" in texts, texts
    # near-miss: with no ask of that length told in full, the elliptic ask stands
    s = sentencing_of("Dorrit Fenwave, 58, was sentenced Friday to six years in prison.",
                      "Prosecutors sought nine years in prison; her lawyers asked for four.")
    assert "asked for four" in all_term_texts(s), all_term_texts(s)


def test_an_ask_with_a_decimal_length_is_no_bare_number():
    s = sentencing_of("A judge on Monday resentenced Ravel Ostrand to nine years in prison for the crash.",
                      "Prosecutors had sought 14 years. Ostrand's lawyer, Pim Varga, asked for 6.5 years in prison.")
    texts = all_term_texts(s)
    assert "asked for 6" not in texts and "6.5 years in prison" in texts, texts
    s = sentencing_of("Wenna Tolk was sentenced to 12 years in prison. The state asked for 15 years, and her attorney "
                      "requested 7.5 years in prison.")
    texts = all_term_texts(s)
    assert "requested 7" not in texts and "7.5 years in prison" in texts, texts
