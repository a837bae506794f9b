"""A date that closes the deed a case is for, told by its verb ("sentenced ... for fatally shooting a driver on a
highway in 2023"), dates the deed: the timeline line is the deed, not the sentencing that the sentence reports."""
from __future__ import annotations

from builder.extract.events import find_events
from tests.helpers import dated_source


def _lines(body: str) -> dict[str, str]:
    return {e.date.text: e.description for e in find_events(dated_source(body, "2025-03-06"))}


def test_a_year_closing_the_deed_dates_the_deed():
    lines = _lines("A jury on Wednesday sentenced Orrin Tallis to 40 years in prison for fatally stabbing a neighbour "
                   "during a dispute over a fence in 2022.")
    assert lines["2022"] == "fatally stabbing a neighbour during a dispute over a fence in 2022"
    assert lines["Wednesday"].startswith("A jury on Wednesday sentenced Orrin Tallis")


def test_a_date_of_the_main_clause_after_the_deed_is_not_the_deeds():
    lines = _lines("Orrin Tallis was convicted of stealing $2 million from the charity in 2021, and was sentenced Friday.")
    assert lines["2021"] == "stealing $2 million from the charity in 2021"
    assert lines["Friday"].startswith("Orrin Tallis was convicted")


def test_a_hearing_a_stretch_of_time_or_a_deed_without_its_object_keeps_the_whole_sentence():
    lines = _lines("Co-defendant Petra Vale pleaded guilty and is set for sentencing Nov. 17.")
    assert lines["Nov. 17"].startswith("Co-defendant Petra Vale")
    lines = _lines("A jury convicted Orrin Tallis of abusing six players he coached between 2016 and 2019.")
    assert lines["2016"].startswith("A jury convicted Orrin Tallis")
    lines = _lines("He may not contact Bo Lind, the man he was convicted of attacking in July 2022, or his family.")
    assert lines["July 2022"].startswith("He may not contact")
