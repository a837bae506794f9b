"""Charges from round 70: an offence restated in apposition by "the charge" with a relative clause that has no
"that" and a present-tense verb ("..., the charge the state brings when ...", "..., a count prosecutors seldom
pursue") describes the offence before it; the clause's subject is no offence of its own."""
from __future__ import annotations

from tests.helpers import facts_of


def _charges(body: str) -> list[tuple[str, str]]:
    return [(c.text, c.status) for c in facts_of(f"title: Court case\noutlet: Test Wire\ndate: 2025-03-12\n\n{body}\n").sentencing.charges]


def test_a_present_tense_relative_clause_on_the_charge_names_no_offence():
    found = _charges("Tamsin Orrel pleaded guilty in June to vehicular homicide, the charge county prosecutors bring "
                     "when a drunken driver kills someone.")
    assert found == [("vehicular homicide", "pleaded guilty")]
    found = _charges("Jory Pellam was convicted of criminal mischief, the charge city prosecutors file in vandalism cases.")
    assert found == [("criminal mischief", "convicted")]


def test_a_modal_or_frequency_word_before_the_verb_keeps_the_clause_whole():
    found = _charges("Jory Pellam pleaded guilty to reckless endangerment, a charge prosecutors seldom pursue.")
    assert found == [("reckless endangerment", "pleaded guilty")]
    found = _charges("Tamsin Orrel was found guilty of stalking, a charge federal prosecutors can seldom prove.")
    assert found == [("stalking", "convicted")]


def test_a_charge_of_after_the_offence_still_names_its_own():
    found = _charges("Jory Pellam pleaded guilty to burglary and a charge of receiving stolen property.")
    assert [text for text, _ in found] == ["burglary", "receiving stolen property"]
