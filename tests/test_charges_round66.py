"""Charges from round 66: a couple's story keeps each spouse's plea ("The couple is scheduled to be sentenced ...",
"Both pleas were open"); a bare grade sharing the next item's noun ("three counts of first-degree and two counts of
third-degree X") names "first-degree X" where the article writes it whole; a count named by a bare number and its
offence ("terms on four stealing counts"), including a statute named by a gerund; "the remaining counts" dismissed
after a plea; a count in apposition to the one jurors deadlocked on is hung."""
from __future__ import annotations

from tests.helpers import charge_texts, facts_of


def _charges(body: str):
    return facts_of(f"title: Court case\noutlet: Test Wire\ndate: 2025-03-12\n\n{body}\n").sentencing.charges


def _charges_with_subjects(body: str) -> dict[str, str | None]:
    return {c.text: c.subject for c in _charges(body)}


def test_each_spouses_plea_is_kept_in_a_couples_story():
    found = _charges_with_subjects(
        "A Vermont couple who ran a sham dog-boarding kennel is scheduled to be sentenced Friday.\n\n"
        "Orrin Calloway pleaded guilty in March to six counts of aggravated neglect, along with forgery. Tessaly "
        "Calloway pleaded guilty to two counts of neglect and one count of deceptive business practices.")
    assert "aggravated neglect" in found and "forgery" in found
    assert found.get("deceptive business practices") == "Tessaly Calloway"


def test_both_pleas_tell_a_pair_of_defendants():
    found = _charges_with_subjects(
        "Orrin Calloway pleaded guilty to arson. Tessaly Calloway pleaded guilty to one count of insurance fraud. "
        "Both pleas were open, so the judge will decide the sentences.")
    assert "arson" in found
    assert found.get("insurance fraud") == "Tessaly Calloway"


def test_a_relatives_own_plea_without_a_sign_of_one_case_stays_out():
    found = _charges_with_subjects(
        "Orrin Calloway was sentenced to four years for arson. Tessaly Calloway pleaded guilty to one count of "
        "insurance fraud last year.")
    assert "insurance fraud" not in found


def test_a_bare_grade_takes_the_noun_the_next_count_gives():
    found = charge_texts(
        "A jury convicted Bram Oduya in May of two counts of first-degree and four counts of second-degree "
        "aggravated mayhem. The judge ordered the first-degree aggravated mayhem terms to run consecutively.")
    assert "first-degree aggravated mayhem" in found
    assert "second-degree aggravated mayhem" in found
    assert "first-degree" not in found


def test_a_count_named_by_a_number_and_a_statute_gerund():
    found = charge_texts(
        "Judge Ines Marlow ordered Cato Verhelst, 58, to serve concurrent nine-year terms on three stealing counts "
        "and a consecutive two-year term for perjury.")
    assert "stealing" in found
    assert "perjury" in found


def test_a_count_named_by_a_bare_number_before_its_offence():
    found = charge_texts(
        "Judge Ines Marlow gave Cato Verhelst, 58, concurrent six-year terms on two burglary counts. He did not speak.")
    assert "burglary" in found


def _statuses(body: str) -> dict[str, str]:
    return {c.text: c.status for c in _charges(body)}


def test_the_remaining_counts_dismissed_after_a_plea_are_no_charges():
    found = _statuses(
        "In May a grand jury indicted Lyle Ambrose on counts of arson, burglary and witness tampering. In October, "
        "Ambrose pleaded guilty to arson. Under the plea agreement, prosecutors agreed to dismiss the remaining "
        "counts at sentencing.")
    assert found["arson"] == "pleaded guilty"
    assert found["burglary"] == "dismissed" and found["witness tampering"] == "dismissed"


def test_a_count_in_apposition_to_the_deadlocked_count_is_hung():
    found = _statuses(
        "Tobias Renn, 38, was found guilty of arson. After jurors said they were deadlocked on the remaining count, "
        "one count of second-degree burglary, the judge declared a mistrial on that count.")
    assert found == {"arson": "convicted", "second-degree burglary": "hung"}
