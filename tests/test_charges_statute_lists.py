"""Offence lists that name a statute's own distance ("within 1,000 feet of a school"), lists closed by a term the
sentence adds (", plus three years of supervised release"), and one mention of a charge cited once even where two
triggers read it."""
from __future__ import annotations

from tests.helpers import facts_of


def _charges(body: str):
    return facts_of(f"title: Court case\noutlet: Test Wire\ndate: 2025-03-12\n\n{body}\n").sentencing.charges


def _texts(body: str) -> list[str]:
    return [c.text for c in _charges(body)]


def test_a_gerund_offence_with_a_statutes_distance_is_kept():
    found = _texts("Orla Penwick was sentenced Monday to nine years in prison.\n\n"
                   "Penwick, 37, was convicted in June of involuntary manslaughter, reckless endangerment and "
                   "discharging a firearm within 500 feet of a dwelling in the death of a neighbor.")
    assert "discharging a firearm within 500 feet of a dwelling" in found
    assert "involuntary manslaughter" in found


def test_a_drug_zone_distance_worded_another_way_is_kept():
    found = _texts("Tobin Achterberg was sentenced to six years.\n\n"
                   "A jury found Achterberg guilty of cocaine trafficking and selling heroin within 1,000 feet of "
                   "a school.")
    assert "selling heroin within 1,000 feet of a school" in found


def test_a_deed_told_with_a_sum_is_still_no_offence():
    found = _texts("Orla Penwick was sentenced to two years.\n\n"
                   "Penwick pleaded guilty to wire fraud and then fell $20,000 behind on her payments.")
    assert found == ["wire fraud"]


def test_a_term_after_plus_closes_the_list():
    found = _texts("U.S. District Judge Ines Varga sentenced Tobin Achterberg, 50, to 30 months on his convictions for "
                   "bribery and violating the Travel Act, plus three years of supervised release.")
    assert found == ["bribery", "violating the Travel Act"]


def test_a_term_after_a_comma_closes_the_list_in_other_words():
    found = _texts("Tobin Achterberg was sentenced to five years for mail fraud and obstructing the Securities Act, "
                   "plus two more years for perjury.")
    assert "mail fraud" in found and "perjury" in found
    assert all("year" not in text for text in found)


def test_one_mention_read_by_two_triggers_is_cited_once():
    charges = _charges("U.S. District Judge Ines Varga sentenced Tobin Achterberg, 50, to 30 months on his convictions "
                       "for conspiracy to commit bribery, plus a $10,000 fine.")
    bribery = [c for c in charges if c.text == "conspiracy to commit bribery"]
    assert bribery and len(bribery[0].citations) == len(set(bribery[0].citations)) == 1
