"""Charges and parties from short articles written for these tests: a count numbered by an ordinal ("a third charge
of perjury"), an indefinite role held for a body before a name ("A spokeswoman for the county board, Ann Lee,"), and
a role owned by a common noun ("the victim's mother, Ann Lee,")."""
from __future__ import annotations

from builder.extract.parties import find_parties
from builder.sources import source_from_text
from tests.test_charges import _charges


def _roles(text: str) -> dict[str, list[str]]:
    source = source_from_text("story.txt", text)
    return {p.name: p.roles for p in find_parties(source)}


def test_an_ordinal_counting_the_charges_is_no_part_of_the_offence():
    found = _charges("Wendrick Arkwright pleaded guilty to arson. Prosecutors dropped a third charge of perjury and a "
                     "fourth count of burglary.")
    assert found == {"arson": "pleaded guilty", "perjury": "dismissed", "burglary": "dismissed"}


def test_an_indefinite_role_for_a_body_before_a_name_is_the_persons_role():
    roles = _roles("Wendrick Arkwright was sentenced on Monday. A spokeswoman for the water board, Odalie Fennimore, said "
                   "the board had recovered the money. A lawyer for the Harbor Transit Authority, Benedikt Sarrow, "
                   "declined to comment.\n")
    assert roles["Odalie Fennimore"] == ["spokeswoman for the water board"]
    assert roles["Benedikt Sarrow"] == ["lawyer for the Harbor Transit Authority"]
    # near-miss: a role already told with "the" keeps its own wording
    roles = _roles("Wendrick Arkwright was sentenced on Monday. The lawyer for the family, Odalie Fennimore, said "
                   "the family was relieved.\n")
    assert roles["Odalie Fennimore"] == ["lawyer for the family"]


def test_a_role_owned_by_a_common_noun_keeps_its_owner():
    roles = _roles("Wendrick Arkwright was convicted on Monday. The victim's sister, Odalie Fennimore, told reporters "
                   "the verdict was fair. The victims' lawyer, Benedikt Sarrow, said they would sue.\n")
    assert roles["Odalie Fennimore"] == ["the victim's sister"]
    assert roles["Benedikt Sarrow"] == ["the victims' lawyer"]
    # near-miss: a role owned by the named defendant stays as it was
    roles = _roles("Wendrick Arkwright was convicted on Monday. Arkwright's sister, Odalie Fennimore, wept.\n")
    assert roles["Odalie Fennimore"] == ["Arkwright's sister"]
