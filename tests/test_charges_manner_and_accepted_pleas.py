"""A charge that names the manner it forbids keeps it ("behaving in a threatening or abusive manner"), and a not guilty
plea the Crown accepts drops that charge."""
from __future__ import annotations

from tests.helpers import sentencing_of


def _charges(*paragraphs: str) -> list[tuple[str, str]]:
    return [(c.text, c.status) for c in sentencing_of(*paragraphs).charges]


def test_the_manner_a_statute_forbids_is_part_of_the_offence():
    assert _charges("Craig Lennard admitted a charge of behaving in a threatening or abusive manner.") == [
        ("behaving in a threatening or abusive manner", "pleaded guilty")]
    assert _charges("Tom Roe was convicted of driving in a dangerous manner in Leeds.") == [
        ("driving in a dangerous manner", "convicted")]


def test_a_not_guilty_plea_the_crown_accepts_drops_the_charge():
    found = _charges("Craig Lennard pleaded guilty to assault. The Crown accepted his not guilty plea to a second "
                     "charge of behaving in a threatening or abusive manner.")
    assert ("behaving in a threatening or abusive manner", "dismissed") in found
    assert ("assault", "pleaded guilty") in found


def test_a_not_guilty_plea_entered_leaves_the_charge_standing():
    # near miss: entering the plea is a denial, the charge still stands
    assert _charges("Craig Lennard entered a plea of not guilty to assault.") == [("assault", "charged")]
