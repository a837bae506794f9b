"""Two stories that give one step of the case (an arrest, a verdict) different days disagree, and the document prints
each day as a reader writes it; texts written for these tests."""
from __future__ import annotations

import re

from builder.model import RenderOptions
from builder.render import render
from tests.helpers import case_of, conflicts_of

_FIRST = ("a.txt", "title: Ex-clerk sentenced\ndate: 2025-03-14\n\nA former town clerk, Nora Vell, 52, was sentenced "
                   "Thursday to four years in prison and ordered to pay $412,000 in restitution.\n\nVell was arrested on "
                   "Oct. 3, 2023, at the town hall.\n")
_SECOND = ("b.txt", "title: Clerk gets 4 years\ndate: 2025-03-14\n\nNora Vell, the former clerk of Ridgefield, was sentenced "
                    "on Thursday to four years in prison and ordered to repay $421,000 to the town.\n\nVell was arrested "
                    "Oct. 5, 2023, at her home.\n")


def test_two_days_for_one_arrest_disagree_and_are_printed_as_dates_and_sums_as_dollars():
    assert conflicts_of(_FIRST, _SECOND)["date of the arrest"] == ["2023-10-03", "2023-10-05"]
    html = render(case_of(_FIRST, _SECOND), RenderOptions(formats=("html",)))["html"].decode("utf-8")
    section = re.search(r'<section id="disagreements".*?</section>', html, re.S).group()
    assert "October 3, 2023" in section and "October 5, 2023" in section and "2023-10-03" not in section
    assert "$412,000" in section and "412000 usd" not in section


def test_a_co_defendants_arrest_or_a_second_arrest_months_later_is_no_disagreement():
    other = ("c.txt", "title: Clerk sentenced\ndate: 2025-03-14\n\nNora Vell was sentenced Thursday to four years in "
                      "prison. Her aide, Tom Ryle, was arrested on Oct. 9, 2023. Vell was arrested again on June 2, 2024, "
                      "after missing a hearing.\n")
    assert "date of the arrest" not in conflicts_of(_FIRST, other)
