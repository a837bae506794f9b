"""Charges from round 73: a verdict list names one count by the statute's own verb between named offences; a count
named only as the modifier of "count", whose verdict a relative clause after it tells (or whose name holds its own
"of"); a bare gerund whose object stands past a place told first names nothing; an aside set off by commas in a list
is no offence."""
from __future__ import annotations

from tests.helpers import facts_of


def _charges(body: str) -> list[tuple[str, str]]:
    return [(c.text, c.status) for c in facts_of(f"title: Court case\noutlet: Test Wire\ndate: 2025-03-12\n\n{body}\n").sentencing.charges]


def test_a_gerund_count_between_named_offences_is_a_count():
    found = _charges("Orrin Belcastro, 33, was found guilty of arson resulting in death, killing a witness to prevent "
                     "testimony, and conspiracy to commit arson.")
    assert found == [("arson resulting in death", "convicted"), ("killing a witness to prevent testimony", "convicted"),
                     ("conspiracy to commit arson", "convicted")]
    found = _charges("A jury convicted Delphine Quillfeather of carjacking, shooting a federal officer, and conspiracy.")
    assert found == [("carjacking", "convicted"), ("shooting a federal officer", "convicted"), ("conspiracy", "convicted")]


def test_a_gerund_that_tells_the_deed_stays_unread():
    assert _charges("A jury convicted Orrin Belcastro of murder for killing his wife and stabbing a neighbor.") == [
        ("murder", "convicted")]


def test_a_modifier_count_whose_verdict_a_relative_clause_tells():
    found = _charges("Jurors convicted Orrin Belcastro of bank robbery. The texts were the basis of a witness tampering "
                     "count, on which Belcastro was also convicted.")
    assert found == [("bank robbery", "convicted"), ("witness tampering", "convicted")]
    found = _charges("Jurors convicted Delphine Quillfeather of burglary. The recordings formed the basis of an extortion "
                     "count, of which she was acquitted.")
    assert found == [("burglary", "convicted"), ("extortion", "acquitted")]
    found = _charges("Jurors convicted Delphine Quillfeather of burglary. Prosecutors also filed a stalking charge, to which "
                     "Quillfeather pleaded guilty in May.")
    assert found == [("burglary", "convicted"), ("stalking", "pleaded guilty")]


def test_a_modifier_count_whose_name_holds_its_own_of():
    assert _charges("Orrin Belcastro was also convicted on an obstruction of justice count.") == [
        ("obstruction of justice", "convicted")]
    assert _charges("A jury acquitted Delphine Quillfeather on an abuse of office charge.") == [
        ("abuse of office", "acquitted")]
    assert _charges("Orrin Belcastro was convicted on Tuesday of fraud.") == [("fraud", "convicted")]


def test_a_bare_gerund_whose_object_is_split_off_names_nothing():
    assert _charges("A federal jury convicted a Westfield dockworker of ordering from inside the county jail the "
                    "killing of a witness.") == []
    assert _charges("A jury convicted Orrin Belcastro of directing from his prison cell the beating of a guard.") == []
    assert _charges("A jury convicted Delphine Quillfeather of bribery and arranging, through an aide, payments to a "
                    "contractor.") == [("bribery", "convicted")]


def test_an_aside_in_a_list_is_no_offence():
    assert _charges("A jury convicted Delphine Quillfeather of bribery and extortion, through a shell company, and wire "
                    "fraud.") == [("bribery", "convicted"), ("extortion", "convicted"), ("wire fraud", "convicted")]
