"""A surname whose particles one story writes apart and another joins ("Van der Sloot", "Vandersloot") is one person,
and the two spellings are shown as a disagreement; names that only share letters stay apart."""
from __future__ import annotations

from tests.helpers import case_of


APART = ("a.txt", "Date: 2024-05-17\n\nYsolde Van der Sloot was sentenced Thursday to four years for embezzling from a "
                  "youth football league. Van der Sloot did not speak.\n")
JOINED = ("b.txt", "Date: 2024-05-16\n\nYsolde Vandersloot is to be sentenced Thursday for embezzling from a youth "
                   "football league. Vandersloot pleaded guilty in April.\n")


def test_particles_apart_and_joined_are_one_person_spelt_two_ways():
    briefing = case_of(APART, JOINED)
    people = [p for p in briefing.parties if p.kind == "person"]
    assert [p.name for p in people] == ["Ysolde Van der Sloot"]
    assert [sorted(v.value for v in c.values) for c in briefing.conflicts if c.kind == "name"] == [["Van der Sloot", "Vandersloot"]]


def test_two_people_whose_names_differ_by_more_than_spacing_stay_two():
    other = ("b.txt", "Date: 2024-05-16\n\nYsolde Vanderslooten is to be sentenced Thursday for embezzling from a "
                      "youth football league.\n")
    names = [p.name for p in case_of(APART, other).parties if p.kind == "person"]
    assert "Ysolde Van der Sloot" in names and "Ysolde Vanderslooten" in names
