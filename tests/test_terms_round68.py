"""Round 68 sentence-term constructions: two people given their terms in one sentence, a defendant's double surname
kept apart from a relative's single one, a non-custodial disposition asked for or granted by name (diversion,
pretrial intervention), and a lede's rounded "nearly a year behind bars" beside the precise jail term. Each test: two
invented wordings and a near-miss."""
from __future__ import annotations

from tests.helpers import all_term_texts, any_term, sentencing_of


def test_second_person_sentenced_in_the_same_breath_is_the_cases():
    s = sentencing_of("A Reno man who ran a fake charity was sentenced to prison on Thursday.",
                      "Judge Petra Colvin sentenced Amos Rudd, 45, to seven years in prison and his son-in-law Felix "
                      "Barnaby, 30, to 20 months in prison.", "Rudd told the court he was sorry.")
    term = any_term(s, "20 months in prison")
    assert term in s.terms and term.status == "imposed", [(t.text, t.status) for t in s.terms + s.others]
    s = sentencing_of("A Reno man who ran a fake charity learned his punishment on Thursday.",
                      "Amos Rudd, 45, was sentenced to seven years in prison, and his friend, Felix Barnaby, 30, got 20 "
                      "months in prison for helping him.", "Rudd told the court he was sorry.")
    term = any_term(s, "20 months in prison")
    assert term in s.terms and term.status == "imposed", [(t.text, t.status) for t in s.terms + s.others]
    # near-miss: the other person's term told as an earlier case stays someone else's
    s = sentencing_of("A Reno man who ran a fake charity learned his punishment on Thursday.",
                      "Amos Rudd, 45, was sentenced to seven years in prison, and his friend, Felix Barnaby, had already "
                      "been sentenced to 20 months in prison.", "Rudd told the court he was sorry.")
    term = any_term(s, "20 months in prison")
    assert term not in s.terms, [(t.text, t.status) for t in s.terms]


def test_double_surname_and_its_first_half_are_two_people():
    s = sentencing_of("Two relatives who ran a stolen-tire business were sentenced on Monday.",
                      "Judge Wilma Trask sentenced Corbin Marsh-Tolliver, 51, to nine years in prison and his nephew "
                      "Luther Marsh, 27, to 40 months in prison.",
                      "Marsh-Tolliver pleaded guilty in May to receiving stolen goods and money laundering. Marsh pleaded "
                      "guilty to receiving stolen goods.")
    assert {"nine years in prison", "40 months in prison"} <= {t.text for t in s.terms if t.status == "imposed"}, \
        [(t.text, t.status) for t in s.terms + s.others]
    assert "money laundering" in [c.text for c in s.charges], [c.text for c in s.charges]
    s = sentencing_of("Ines Carver-Dunn, 38, was sentenced Friday to five years in prison, and her sister, Rhea "
                      "Carver, 35, received 18 months in prison for their part in a payroll scheme.",
                      "Carver-Dunn pleaded guilty to bank fraud.")
    assert {"five years in prison", "18 months in prison"} <= {t.text for t in s.terms if t.status == "imposed"}, \
        [(t.text, t.status) for t in s.terms + s.others]
    # near-miss: one person, named in full and by her double surname, keeps her one term
    s = sentencing_of("Ines Carver-Dunn, 38, was sentenced Friday to five years in prison for a payroll scheme.",
                      "Carver-Dunn pleaded guilty to bank fraud.")
    assert [t.text for t in s.terms if t.status == "imposed"] == ["five years in prison"], all_term_texts(s)


def test_diversion_asked_or_granted_by_name_is_a_term():
    s = sentencing_of("Dana Pelfrey, 41, a former township clerk, will be sentenced Friday for theft.",
                      "Her lawyer, Tobias Wren, has asked the court to grant judicial diversion and place her on two "
                      "years of probation. Prosecutors want six months in jail.")
    term = any_term(s, "judicial diversion")
    assert term.status in ("recommended", "sought") and term.amount is None, (term.text, term.status)
    s = sentencing_of("Dana Pelfrey, 41, a former township clerk, was sentenced Thursday to 60 days in jail for theft.",
                      "Defense attorney Tobias Wren had sought pretrial intervention, which the judge refused.")
    assert "pretrial intervention" in all_term_texts(s), all_term_texts(s)
    # near-miss: a nurse's "drug diversion" is the crime, and a bare "diversion" explained is no term
    s = sentencing_of("Dana Pelfrey, 41, a nurse, was sentenced Thursday to 60 days in jail for drug diversion at the "
                      "hospital.", "Under diversion, first offenders may have their records cleared.")
    assert not any("diversion" in t for t in all_term_texts(s)), all_term_texts(s)


def test_lede_rounds_a_jail_term_just_under_a_year():
    s = sentencing_of("A former coach will spend nearly a year behind bars for a crash that killed a teenager.",
                      "Judge Lorne Asquith sentenced Wade Fenner, 33, to 11 months and 20 days in the county jail.")
    assert not any("nearly a year" in t for t in all_term_texts(s)), all_term_texts(s)
    s = sentencing_of("A landlord will serve almost a year behind bars for a fire that killed two tenants.",
                      "Ruth Okafor-Lind, 58, was sentenced Tuesday to 11 months in jail.")
    assert not any("almost a year" in t for t in all_term_texts(s)), all_term_texts(s)
    # near-miss: a year is no rounding of three months
    s = sentencing_of("A landlord will serve nearly a year behind bars for a fire that killed two tenants.",
                      "Ruth Okafor-Lind, 58, was sentenced Tuesday to three months in jail on one count.")
    assert any("nearly a year" in t for t in all_term_texts(s)), all_term_texts(s)
