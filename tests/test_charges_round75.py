"""Charges from round 75: an enhancement or the count's victim told after the offence is no part of its name; a
statute's "for use in", a venture it names, and a preposition shared through "or" ("shooting at or wounding") go on;
a state code's label ("a Vehicle Code violation for", "a Game Code charge of") before the offence; a felony graded by
its maximum term in apposition inside a list; a relative clause's closing comma ends the list; a co-conspirator named
later by surname alone; a concession's clause after a count is no offence."""
from __future__ import annotations

from tests.helpers import facts_of


def _charges(body: str) -> list[tuple[str, str]]:
    return [(c.text, c.status) for c in facts_of(f"title: Court case\noutlet: Test Wire\ndate: 2025-03-12\n\n{body}\n").sentencing.charges]


def _with_subjects(body: str) -> list[tuple[str, str, object]]:
    return [(c.text, c.status, c.subject)
            for c in facts_of(f"title: Court case\noutlet: Test Wire\ndate: 2025-03-12\n\n{body}\n").sentencing.charges]


def test_an_enhancement_after_the_offence_is_no_part_of_it():
    assert _charges("Dana Rusk, a caregiver, was convicted in March of felony elder abuse with an enhancement for inflicting "
                    "great bodily injury.") == [("felony elder abuse", "convicted")]
    assert _charges("Jurors found Tove Lamm guilty of robbery with a firearm allegation.") == [("robbery", "convicted")]


def test_the_counts_victim_after_the_offence_is_no_part_of_it():
    assert _charges("Dana Rusk was convicted of a misdemeanor count of elder abuse involving a second resident.") == [
        ("elder abuse", "convicted")]
    assert _charges("Tove Lamm pleaded guilty to battery involving a 9-year-old girl.") == [("battery", "pleaded guilty")]
    # Texas's offence named for the crash keeps its "involving"
    assert _charges("Tove Lamm pleaded guilty to accident involving death.") == [("accident involving death", "pleaded guilty")]


def test_a_statutes_use_and_venture_go_on():
    assert _charges("Ansel Reeve was convicted of four counts of possessing, training or transporting dogs for use in an animal "
                    "fighting venture.") == [("possessing, training or transporting dogs for use in an animal fighting venture", "convicted")]
    assert _charges("Ansel Reeve was convicted of selling roosters for an animal fighting venture.") == [
        ("selling roosters for an animal fighting venture", "convicted")]


def test_a_preposition_shared_through_or_goes_on():
    assert _charges("Ansel Reeve pleaded guilty to shooting at or wounding a person during a hearing.") == [
        ("shooting at or wounding a person", "pleaded guilty")]
    assert _charges("Ansel Reeve was convicted of trafficking in or possessing stolen goods.") == [
        ("trafficking in or possessing stolen goods", "convicted")]


def test_a_state_codes_label_before_the_offence():
    assert _charges("Ansel Reeve pleaded guilty to a Vehicle Code violation for reckless driving.") == [("reckless driving", "pleaded guilty")]
    assert _charges("Ansel Reeve pleaded guilty in May to involuntary manslaughter and a Game Code violation for hunting "
                    "at or near a dwelling.") == [("involuntary manslaughter", "pleaded guilty"), ("hunting at or near a dwelling", "pleaded guilty")]
    assert _charges("Ansel Reeve pleaded guilty to a Fish and Game Code charge of hunting without a license.") == [
        ("hunting without a license", "pleaded guilty")]


def test_a_felony_graded_by_its_term_in_apposition_inside_a_list():
    assert _charges("Marta Quell pleaded guilty earlier this year to embezzlement by a public official, a 10-year felony, "
                    "and misconduct in office.") == [("embezzlement by a public official", "pleaded guilty"), ("misconduct in office", "pleaded guilty")]
    assert _charges("Marta Quell was convicted of larceny, a five-year felony, and forgery.") == [
        ("larceny", "convicted"), ("forgery", "convicted")]


def test_a_relative_clauses_closing_comma_ends_the_list():
    assert _charges("Marta Quell, who pleaded guilty in January to one count of bank fraud and one count of filing a false "
                    "tax return, read a short statement to the court.") == [
        ("bank fraud", "pleaded guilty"), ("filing a false tax return", "pleaded guilty")]
    assert _charges("Marta Quell, who was convicted of arson and burglary, told the judge she was sorry.") == [
        ("arson", "convicted"), ("burglary", "convicted")]
    # a list of three inside the clause still reads whole
    assert _charges("Marta Quell, who was convicted of arson, burglary and theft, wept.") == [
        ("arson", "convicted"), ("burglary", "convicted"), ("theft", "convicted")]


def test_a_co_conspirator_named_later_by_surname():
    body = ("Nell Ardent pleaded guilty in October to federal program bribery. Prosecutors said she took cash from Bo Quill, "
            "owner of a paving firm, in exchange for votes.\n\nArdent faces sentencing today.\n\n"
            "Quill pleaded guilty to conspiracy to commit bribery and was sentenced in January to 30 months in prison.")
    assert ("conspiracy to commit bribery", "pleaded guilty", "Bo Quill") in _with_subjects(body)
    # a surname the article never names in full is nobody it can tie to the case
    assert _charges("Nell Ardent pleaded guilty to arson. Quill pleaded guilty to conspiracy to commit bribery.") == [
        ("arson", "pleaded guilty")]


def test_a_concession_after_a_count_is_no_offence():
    assert _charges("Kip Dorran was convicted of battery. Dorran faces two to five years in prison on the most serious count, "
                    "though he is also eligible for probation.") == [("battery", "convicted")]
    assert _charges("Kip Dorran faces 10 years on the top count, although he could get probation.") == []
