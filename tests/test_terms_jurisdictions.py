"""Sentence terms as courts outside the usual U.S. federal vocabulary name them: Britain's suspended sentence order,
New York's orders of protection, Ireland's Probation Service, Canada's house arrest inside a conditional sentence,
Scotland's non-harassment order, Australia's head sentence and unpaid community work, Singapore's caning (texts
invented for these tests)."""
from __future__ import annotations

from builder.extract import extract
from builder.sources import source_from_text


def _terms(body: str) -> dict[str, str]:
    facts = extract(source_from_text("case.txt", f"Date: 2025-01-10\n\n{body}"))
    return {t.text: t.kind for t in facts.sentencing.terms}


def test_britains_suspended_sentence_order_keeps_its_name():
    terms = _terms("Aaron Dulle, 31, was given a 12-month suspended sentence order, with 180 hours of unpaid work, "
                   "at Bradford Crown Court after admitting dangerous driving.")
    assert terms.get("a 12-month suspended sentence order") == "suspended_sentence"
    assert "180 hours of unpaid work" in terms


def test_plural_orders_of_protection_are_a_term():
    terms = _terms("Dario Pell, 34, of Syracuse, was sentenced Tuesday to 12 years in state prison followed by five years "
                   "of post-release supervision. Judge Lena Ortt also issued final orders of protection for the victims.")
    assert terms.get("final orders of protection") == "no_contact"
    assert "five years of post-release supervision" in terms


def test_supervision_by_the_probation_service_is_probation():
    terms = _terms("Judge Maeve Rourke imposed a sentence of six years, with the final two years suspended, on Ciaran "
                   "Tobin, 29, for burglary. He will be under the supervision of the Probation Service for 18 months "
                   "after his release.")
    assert terms.get("under the supervision of the Probation Service for 18 months") == "probation"


def test_the_house_arrest_part_of_a_conditional_sentence():
    terms = _terms("Justice Nolan Pryce imposed a conditional sentence of two years less a day on Lina Creed, 44, for "
                   "fraud, the first 12 months to be served under house arrest, followed by three years of probation.")
    assert terms.get("the first 12 months to be served under house arrest") == "home_confinement"
    assert "conditional sentence of two years less a day" in terms


def test_a_release_that_announces_a_sentence_gives_it_to_the_defendant_not_the_announcer():
    facts = extract(source_from_text("case.txt", "Date: 2025-01-10\n\n"
        "HARRISBURG - Attorney General Dana Kopp announced that a home care worker was sentenced to 11\u00bd to 23 months "
        "in the Dauphin County Prison, followed by three years of probation, for billing Medicaid for care she never "
        "gave. Rhea Tolland, 38, must also pay $48,210 in restitution.\n"))
    texts = {t.text for t in facts.sentencing.terms}
    assert {"11\u00bd to 23 months in the Dauphin County Prison", "three years of probation"} <= texts
    assert not facts.sentencing.others


def test_scotlands_non_harassment_order_keeps_its_length():
    terms = _terms("At the High Court in Edinburgh, Lord Fenwick sentenced Calum Ferrie, 26, to nine years in prison. "
                   "Ferrie was also made subject to a non-harassment order for 10 years.")
    assert terms.get("non-harassment order for 10 years") == "non_harassment_order"


def test_an_australian_head_sentence_keeps_its_name():
    terms = _terms("Judge Pia Lenard imposed a head sentence of eight years with a non-parole period of five years.")
    assert "head sentence of eight years" in terms and "non-parole period of five years" in terms


def test_strokes_of_the_cane_are_a_term_counted_in_strokes():
    facts = extract(source_from_text("case.txt", "Date: 2025-01-10\n\nLim Bonnick Keat, 34, was sentenced to 12 months' jail "
                                                 "and six strokes of the cane for the robbery."))
    caning = [t for t in facts.sentencing.terms if t.kind == "caning"]
    assert [(t.text, t.amount, t.unit) for t in caning] == [("six strokes of the cane", 6.0, "strokes")]


def test_unpaid_community_work_is_community_service():
    terms = _terms("Jye Wardell was sentenced to a community correction order for two years, with 120 hours of unpaid "
                   "community work.")
    assert terms.get("120 hours of unpaid community work") == "community_service"


def test_a_sentence_cut_from_a_length_with_a_half_leaves_no_half_behind():
    terms = _terms("Judge Rhys Tallon imposed a three-year sentence on Owen Pask, reduced from four and a half years for "
                   "his early guilty plea.")
    assert not any("half" in text for text in terms)
