"""Charges from round 67: a bare "as well as" adds the next offence of a list as a comma does; a statute's "with
intent to" element lets a leading gerund offence run long ("breaking and entering with intent to commit a felony"),
and a later offence's sum tells nothing about the first; "a ... scheme" / "an ... plot" is the deed told, no offence's
name; counts told by their number and given their own term ("ten-year terms on three burglary counts") are counts of
their own beside the conspiracy to commit the same offence."""
from __future__ import annotations

from tests.helpers import facts_of


def _charge_texts(body: str) -> list[str]:
    return [c.text for c in facts_of(f"title: Court case\noutlet: Test Wire\ndate: 2025-03-12\n\n{body}\n").sentencing.charges]


def test_a_bare_as_well_as_separates_two_offences():
    found = _charge_texts("Marla Quint was convicted of arson as well as insurance fraud.")
    assert "arson" in found and "insurance fraud" in found
    found = _charge_texts("A jury found Teodor Brisk guilty of second-degree murder as well as criminal possession of a weapon.")
    assert "second-degree murder" in found and "criminal possession of a weapon" in found


def test_a_repeated_preposition_after_as_well_as_opens_the_next_offence():
    found = _charge_texts("Yarrow Pell pleaded guilty to stalking as well as to violating a restraining order.")
    assert found == ["stalking", "violating a restraining order"]


def test_a_statutes_intent_element_keeps_a_long_leading_gerund_offence():
    found = _charge_texts("Gus Farrow pleaded guilty to breaking and entering with intent to commit a felony and larceny over $1,000.")
    assert "breaking and entering with intent to commit a felony" in found and "larceny over $1,000" in found
    found = _charge_texts("Reba Stallard admitted loitering in a public place with intent to sell a controlled substance "
                          "and possession of cocaine.")
    assert "loitering in a public place with intent to sell a controlled substance" in found


def test_a_later_offences_sum_does_not_make_the_first_a_deed_told():
    found = _charge_texts("Tam Rourke was convicted of breaking and entering a dwelling and theft of property worth more than $500.")
    assert "breaking and entering a dwelling" in found


def test_a_deed_told_with_a_sum_is_still_no_offence():
    assert _charge_texts("Lia Boone was charged with helping gamblers rig games and bribing referees with $5,000 each.") == []


def test_a_scheme_or_plot_led_by_its_article_is_no_offence():
    assert _charge_texts("A clinic owner convicted of a Medicaid genetic-testing kickback scheme was resentenced on "
                         "Tuesday to nine years in prison.") == []
    assert _charge_texts("Omar Kellett, who pleaded guilty to an elaborate kickback plot involving two hospitals, will be "
                         "sentenced in May.") == []
    assert _charge_texts("Omar Kellett was convicted of larceny by a single scheme.") == ["larceny by a single scheme"]


def test_numbered_counts_given_their_own_term_stand_beside_the_conspiracy():
    found = _charge_texts("Judge Ann Moss ordered Dorrin Vale, 50, to serve concurrent 10-year terms on three burglary "
                          "counts and a consecutive two-year term for conspiracy to commit burglary.")
    assert "burglary" in found and "conspiracy to commit burglary" in found
    found = _charge_texts("Pia Renner received eight years on two robbery counts and a further year for attempted robbery.")
    assert "robbery" in found and "attempted robbery" in found


def test_the_counts_pointed_back_at_restate_the_verdict():
    found = _charge_texts("Pia Renner was convicted of three counts of robbery. The judge gave her eight years on the "
                          "three robbery counts.")
    assert found == ["robbery"]
