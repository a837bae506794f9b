"""A day put first in its sentence ("On Tuesday, the man who ran the home, Trent Quennick, will be sentenced") takes its
tense from the main clause after it: ahead when that clause speaks of what is to come, behind when it is plainly past.
The articles are dated Monday, Aug. 26, 2024."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import sentencing_of


def _sentencing_day(*paragraphs: str):
    date = sentencing_of("Noor Brackwell was convicted in July of manslaughter.", *paragraphs, published="2024-08-26").sentencing_date
    return date.value if date else None


@pytest.mark.parametrize("sentence, day", [
    ("On Tuesday, the woman who ran the home, former administrator Noor Brackwell, will be sentenced in county court.",
     dt.date(2024, 8, 27)),
    ("On Thursday, the woman who owned the clinic will be sentenced in federal court.", dt.date(2024, 8, 29)),
    ("Thursday, the woman who owned the clinic is scheduled to be sentenced.", dt.date(2024, 8, 29)),
])
def test_a_fronted_day_before_a_future_main_clause_lies_ahead(sentence, day):
    assert _sentencing_day(sentence) == day


@pytest.mark.parametrize("sentence", [
    "On Thursday, the woman who owned the clinic was sentenced to four years in prison.",
    "On Thursday, Brackwell was sentenced to four years in prison. She will appeal, her lawyer said.",
])
def test_a_fronted_day_before_a_past_main_clause_lies_behind(sentence):
    assert _sentencing_day(sentence) == dt.date(2024, 8, 22)


@pytest.mark.parametrize("sentence, day", [
    ("The sentencing hearing is scheduled for 9 a.m. Tuesday.", dt.date(2024, 8, 27)),
    ("She is scheduled to be sentenced at 1:30 p.m. Thursday in Dayton.", dt.date(2024, 8, 29)),
])
def test_a_clock_time_before_the_day_leaves_the_day_with_its_hearing(sentence, day):
    assert _sentencing_day(sentence) == day


def test_an_outcome_still_open_puts_its_hearing_day_ahead():
    from builder.extract.events import find_events
    from builder.sources import source_from_text

    source = source_from_text("a.txt", "date: 2025-02-11\n\nBrant Olley was convicted in 2023. Olley could be ordered back "
                                       "to prison at the conclusion of Wednesday's hearing.\n")
    assert [e.date.value for e in find_events(source) if e.date.text == "Wednesday"] == [dt.date(2025, 2, 12)]


def test_a_preview_of_a_resentencing_keeps_its_hearing_day_ahead():
    # the story also tells the first sentence, imposed years ago; the day is the day after the story
    sentencing = sentencing_of("Former sergeant Brant Olley is due back in federal court Wednesday, more than a year "
                               "after a judge sentenced him to a year and a day in prison.",
                               "U.S. District Judge Ines Carrow originally sentenced Olley to a year and a day.",
                               "Olley could be ordered back to prison at the conclusion of Wednesday's hearing.",
                               published="2025-02-11")
    assert sentencing.sentencing_date and sentencing.sentencing_date.value == dt.date(2025, 2, 12)
