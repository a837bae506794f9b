"""A figure one story tells loosely ("nearly 10 years", "more than eight years") is the exact figure another gives when
it fits the words, and no disagreement; one that does not fit still disagrees. A story's per-count parts of a total it
also gives ("two consecutive 57-month terms, a total of 114 months") are not set against the total."""
from __future__ import annotations

import pytest

from tests.helpers import case_of


def _asked(ask: str) -> tuple[str, str]:
    return ("a.txt", f"Date: 2024-05-09\n\nFormer coach Hollis Szentesi pleaded guilty to fraud. Prosecutors asked for {ask}.\n")


EXACT = ("b.txt", "Date: 2024-05-10\n\nFormer coach Hollis Szentesi pleaded guilty to fraud. Prosecutors asked for 114 months "
                  "in prison.\n")


@pytest.mark.parametrize("loose", ["nearly 10 years in prison", "almost 10 years in prison", "more than nine years in prison",
                                   "just over nine years in prison",
                                   "about nine and a half years in prison"])
def test_a_loosely_told_length_that_fits_the_exact_one_is_one_term(loose):
    briefing = case_of(_asked(loose), EXACT)
    assert not [c for c in briefing.conflicts if c.kind == "term"], briefing.conflicts
    prison = [t for t in briefing.sentencing.terms if t.kind == "prison"]
    assert [t.text for t in prison] == ["114 months in prison"]  # (the exact figure shown, both stories cited)
    assert {c.source for c in prison[0].citations} == {"a", "b"}


@pytest.mark.parametrize("loose", ["nearly 12 years in prison", "more than 10 years in prison", "about seven years in prison"])
def test_a_loosely_told_length_the_exact_one_does_not_fit_still_disagrees(loose):
    assert [c for c in case_of(_asked(loose), EXACT).conflicts if c.kind == "term"]


def test_the_parts_of_a_total_the_same_story_gives_are_no_disagreement():
    parts = ("a.txt", "Date: 2024-05-09\n\nFormer coach Hollis Szentesi pleaded guilty to two counts of fraud. Prosecutors "
                      "are asking for two consecutive 57-month prison terms, a total of 114 months.\n")
    assert not [c for c in case_of(parts, EXACT).conflicts if c.kind == "term"]


def test_a_sides_ask_told_without_its_length_is_its_ask_with_one():
    bare = ("a.txt", "Date: 2024-05-09\n\nFormer coach Hollis Szentesi pleaded guilty to fraud. His defense asked for "
                     "probation.\n")
    full = ("b.txt", "Date: 2024-05-10\n\nFormer coach Hollis Szentesi was sentenced to 30 months in prison. His lawyers "
                     "had asked for five years of probation.\n")
    probation = [t for t in case_of(bare, full).sentencing.terms if t.kind == "probation"]
    assert [t.text for t in probation] == ["five years of probation"]
    assert {c.source for c in probation[0].citations} == {"a", "b"}


def test_a_life_term_is_no_bare_kind():
    story = ("a.txt", "Date: 2024-05-09\n\nHollis Szentesi was sentenced to life in prison for murder and to 20 years in "
                      "prison for arson, to run consecutively.\n")
    prison = {t.text for t in case_of(story).sentencing.terms if t.kind == "prison"}
    assert any("life" in text for text in prison) and any("20 years" in text for text in prison)


def test_counted_terms_run_consecutively_are_their_total_and_run_together_their_length():
    counted = ("a.txt", "Date: 2024-05-10\n\nA judge sentenced Corvin Ashdale to life in prison for the killing and "
                        "imposed three 20-year sentences for the other shootings, to run consecutively.\n")
    total = ("b.txt", "Date: 2024-05-11\n\nCorvin Ashdale was sentenced to life in prison. The judge also sentenced him "
                      "to 60 years in prison for the other shootings.\n")
    assert not [c for c in case_of(counted, total).conflicts if c.kind == "term"]
    other = ("c.txt", "Date: 2024-05-11\n\nCorvin Ashdale was sentenced to life in prison. The judge also sentenced him "
                      "to 50 years in prison for the other shootings.\n")
    assert [c for c in case_of(counted, other).conflicts if c.kind == "term"]
