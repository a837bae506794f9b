"""Who the story is about when a wire lede describes the accused at length and the next sentence names them only as
the object of the court's order, and when the lede says "resentenced". All texts are written for these tests."""
from __future__ import annotations

from builder.extract import extract
from builder.sources import source_from_text


def _defendant(text: str) -> str | None:
    return extract(source_from_text("story.txt", "Date: 2025-06-09\n\n" + text)).defendant


def test_a_long_described_lede_and_the_courts_order_name_the_defendant_not_the_witness():
    text = ("JEFFERSON CITY, Missouri, June 9 (Reuters) - A former state parks manager who secretly rigged a campsite "
            "lottery so that his cousins and friends could collect about $1.3 million in refunds was resentenced on "
            "Monday to 12 years in prison.\n\n"
            "Circuit Judge Ona Pettersen ordered Ruben Quillfeather, 58, to serve concurrent 10-year terms on three "
            "fraud counts and a consecutive two-year term for conspiracy.\n\n"
            "Quillfeather did not speak at the hearing.\n\n"
            "His brother-in-law, Teodor Brisk, and two friends claimed the refunds. Brisk, who pleaded guilty and "
            "testified against Quillfeather, was sentenced to probation. Brisk said he regretted it.\n")
    assert _defendant(text) == "Ruben Quillfeather"


def test_a_described_lede_found_guilty_names_the_accused_not_the_victim_named_next():
    text = ("A man who stabbed his neighbour to death during a row over a borrowed lawnmower has been found guilty of "
            "culpable homicide.\n\n"
            "Callum Ferrie, 38, had denied murdering Angus Dunphail, 41, at a flat in Paisley.\n\n"
            "The court heard Mr Dunphail had asked for the lawnmower back three times. Ferrie will be sentenced next "
            "month.\n")
    assert _defendant(text) == "Callum Ferrie"
