"""The sentencing day in an updates file dated after the hearing: its oldest entry still says the sentencing is
"scheduled" for a weekday, below the entries that report the sentence. All texts invented."""
from tests.helpers import sentencing_of


def test_a_scheduled_weekday_in_a_story_that_reports_the_sentence_is_behind_it():
    s = sentencing_of(
        "The Latest on the sentencing of chef Tobin Arlow (all times local):",
        "4:40 p.m.",
        "Chef Tobin Arlow was sentenced to 30 months in prison for failing to pay over payroll taxes.",
        "9:00 a.m.",
        "Chef Tobin Arlow is scheduled to be sentenced Thursday in federal court in Trenton.",
        published="2024-06-07")  # a Friday: the hearing was the day before
    assert s.sentencing_date.text == "Thursday"
    assert s.sentencing_date.value.isoformat() == "2024-06-06"


def test_a_scheduled_weekday_ahead_stays_ahead_when_nothing_is_imposed():
    s = sentencing_of("Chef Tobin Arlow is scheduled to be sentenced Thursday in federal court in Trenton. "
                      "Prosecutors are asking for 30 months in prison.", published="2024-06-07")
    assert s.sentencing_date.value.isoformat() == "2024-06-13"
