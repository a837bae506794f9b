"""Round 56: courts-martial ("six years in the brig", "total forfeiture of pay and allowances", "reduced Lee to the
lowest enlisted rank", a judge named by an abbreviated rank "Cmdr."); a threshold for automatic review ("Because the
sentence includes ... more than two years of confinement") is no term; orders told right after a refused bond are the
sentence's, not release conditions. Each test has a near-miss where one is meaningful."""
from __future__ import annotations

from tests.helpers import sentencing_of


def _sentencing(*paragraphs: str):
    return sentencing_of(*paragraphs, published="2025-04-02", title="Wexby court-martial")


def _texts(sentencing) -> list[str]:
    return [t.text for t in sentencing.terms]


def test_brig_is_confinement():
    s = _sentencing("Petty Officer Arlo Wexby was sentenced Tuesday at Naval Base Corwin to six years in the brig for theft.")
    brig = [t for t in s.terms if t.text == "six years in the brig"]
    assert brig and brig[0].kind == "prison" and brig[0].amount == 6 and brig[0].status == "imposed"


def test_total_forfeiture_and_abbreviated_rank_judge():
    s = _sentencing("Petty Officer Arlo Wexby was sentenced Tuesday to six years of confinement for theft.",
                    "The military judge, Cmdr. Ilse Brunow, also handed him a bad-conduct discharge, reduction to E-1 "
                    "and total forfeiture of pay and allowances.")
    by_text = {t.text: t for t in s.terms}
    assert by_text["total forfeiture of pay and allowances"].kind == "forfeiture"
    for text in ("total forfeiture of pay and allowances", "bad-conduct discharge", "reduction to E-1"):
        assert by_text[text].status == "imposed", text
    assert s.judge is not None and s.judge.name == "Ilse Brunow"


def test_reduced_named_person_to_lowest_rank():
    s = _sentencing("Sgt. Arlo Wexby was sentenced Tuesday to six years of confinement for theft.",
                    "A military judge, Col. Ilse Brunow, also reduced Wexby to the lowest enlisted rank.")
    assert any(t.text == "reduced Wexby to the lowest enlisted rank" and t.kind == "demotion" for t in s.terms)
    # near-miss: a sentence cut to a length is no demotion
    s = _sentencing("Sgt. Arlo Wexby was sentenced Tuesday to six years of confinement for theft.",
                    "An appeals court later reduced Wexby's sentence to four years.")
    assert not any(t.kind == "demotion" for t in s.terms)


def test_review_threshold_is_no_term():
    s = _sentencing("Petty Officer Arlo Wexby was sentenced Tuesday to six years of confinement for theft.",
                    "Because the sentence includes a punitive discharge and more than two years of confinement, it goes "
                    "to the appeals court for automatic review.")
    assert "more than two years of confinement" not in _texts(s)
    assert "six years of confinement" in _texts(s)


def test_orders_after_refused_bond_are_the_sentence():
    s = _sentencing("Dorin Kessel was sentenced Tuesday to four years in prison for killing a cyclist.",
                    "The judge denied a request that Kessel remain free on bond while he appeals. The judge also ordered "
                    "him to have no contact with the Varga family and barred him from possessing firearms.")
    texts = _texts(s)
    assert "no contact with the Varga family" in texts
    assert "barred him from possessing firearms" in texts
    # near-miss: conditions of a granted bond stay release conditions
    s = _sentencing("Dorin Kessel was sentenced Tuesday to four years in prison for killing a cyclist.",
                    "The judge let Kessel remain free on bond while he appeals. The judge also ordered him to have no "
                    "contact with the Varga family.")
    assert "no contact with the Varga family" not in _texts(s)
