"""A timeline line says what happened on its date: the deed a case is for when the date ends the deed's relative
clause, and never a lead-in label before a colon."""
from __future__ import annotations

import datetime as dt

from builder.extract.events import find_events
from builder.sources import source_from_text


def _described(body: str) -> dict[dt.date, str]:
    source = source_from_text("story.txt", "Date: 2022-03-10\n\n" + body)
    return {e.date.value: e.description for e in find_events(source)}


def test_a_date_ending_the_deeds_relative_clause_dates_the_deed_not_the_sentencing():
    found = _described("A judge has sentenced former deputy Wendell Ostrowe to life in prison for a smuggling run that "
                       "left four men dead in a locked van near Cotulla, Texas, on Aug. 9, 2020.\n")
    assert found[dt.date(2020, 8, 9)] == ("a smuggling run that left four men dead in a locked van near Cotulla, Texas, "
                                          "on Aug. 9, 2020")


def test_a_charge_in_a_crash_that_killed_someone_dates_the_crash():
    found = _described("A Pelham man was arrested Friday and charged in the crash that killed a jogger on Route 9 "
                       "last month.\n")
    assert found[dt.date(2022, 2, 1)] == "the crash that killed a jogger on Route 9 last month"


def test_the_main_verb_after_a_relative_clause_keeps_the_whole_sentence():
    found = _described("A deputy convicted of beating a man who was lying on the ground will be sentenced on "
                       "Tuesday.\n")
    assert found[dt.date(2022, 3, 15)].startswith("A deputy convicted of beating")


def test_a_complement_clause_after_that_is_no_deed():
    found = _described("The sheriff said in a statement after the ruling that Ostrowe was fired in May 2021 and that "
                       "the office had cooperated with investigators.\n")
    assert found[dt.date(2021, 5, 1)].startswith("The sheriff said")


def test_a_label_before_a_colon_is_no_part_of_the_event_but_what_follows_a_colon_stays():
    found = _described("Zoom in: The scheme began to fall apart in 2021, when a bank flagged the transfers to its "
                       "fraud unit.\n\nOn Friday, the trucker found out what the crash will cost him: nine years "
                       "in state prison.\n")
    assert found[dt.date(2021, 1, 1)].startswith("The scheme began")
    assert found[dt.date(2022, 3, 4)].endswith("nine years in state prison.")


def test_a_date_inside_an_aside_on_the_subject_dates_the_aside():
    found = _described("Ostrowe, who ran the county's fleet office from 2014 to 2019, was convicted by a jury in "
                       "June 2021 of bid rigging.\n")
    assert found[dt.date(2014, 1, 1)] == "Ostrowe, who ran the county's fleet office from 2014 to 2019"
    assert "convicted" in found[dt.date(2021, 6, 1)]


def test_a_town_and_its_state_do_not_cut_the_subject_from_its_verb():
    found = _described("A former Dover, Delaware, parks official whose forged inspection reports let three rides "
                       "at the county fair stay open for a whole summer after the state closed them is set to be sentenced Tuesday.\n")
    assert found[dt.date(2022, 3, 15)].startswith("A former Dover, Delaware, parks official whose")
    found = _described("Aidan Morrow (31), of Millbrook Lane, Fermoy, Co Cork, pleaded guilty at the district court on "
                       "Tuesday to the theft of a quad bike and a trailer from a farm yard in the county.\n")
    assert found[dt.date(2022, 3, 8)].startswith("Aidan Morrow")


def test_a_day_put_first_takes_the_tense_of_its_clause_past_a_middle_initial():
    # 2022-03-10 is a Thursday: the Monday a story says someone "is scheduled to be sentenced" is the one ahead
    found = _described("On Monday, Orla K. Venner, 52, is scheduled to be sentenced in federal court after a jury in "
                       "March convicted her of fraud.\n")
    assert dt.date(2022, 3, 14) in found and dt.date(2022, 3, 7) not in found


def test_a_date_ending_the_subjects_relative_clause_dates_the_deed_and_the_main_date_the_step():
    found = _described("A Dorrance man who set fire to his neighbor's barn in June 2021 was sentenced Tuesday to "
                       "six years in prison.\n")
    assert found[dt.date(2021, 6, 1)] == "A Dorrance man who set fire to his neighbor's barn in June 2021"
    assert "was sentenced Tuesday to six years" in found[dt.date(2022, 3, 8)]
    found = _described("Three women who ran a sham charity out of a Tulsa storefront between 2018 and 2020 have "
                       "pleaded guilty to wire fraud.\n")
    assert found[dt.date(2018, 1, 1)] == ("Three women who ran a sham charity out of a Tulsa storefront between 2018 "
                                          "and 2020")


def test_a_relative_clause_whose_main_verb_is_no_step_of_the_case_keeps_the_sentence():
    found = _described("A woman who lost her son in a 2019 crash has become an advocate for safer roads.\n")
    assert found[dt.date(2019, 1, 1)].endswith("has become an advocate for safer roads.") or \
        "2019 crash" in found[dt.date(2019, 1, 1)]
