"""Dated events normalised against the article's date, from texts written for these tests."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from builder.extract.events import find_events
from builder.sources import source_from_text

# 2022-03-10 is a Thursday.
PUBLISHED = "2022-03-10"


def _events(body: str, published: str | None = PUBLISHED):
    header = f"Date: {published}\n\n" if published else ""
    source = source_from_text("story.txt", header + body)
    return source, find_events(source)


@pytest.mark.parametrize("sentence,words,value,granularity", [
    ("The clerk was shot in November 2019 outside the store.", "November 2019", dt.date(2019, 11, 1), "month"),
    ("Ada Finch was convicted of theft on Feb. 3 by a jury.", "Feb. 3", dt.date(2022, 2, 3), "day"),
    ("The lawyer met the family on Tuesday at noon.", "Tuesday", dt.date(2022, 3, 8), "day"),
    ("The hearing will resume Monday in the county court.", "Monday", dt.date(2022, 3, 14), "day"),
    ("The group wrote to the mayor last month about the case.", "last month", dt.date(2022, 2, 1), "month"),
    ("The prosecutor faces an election next year in the county.", "next year", dt.date(2023, 1, 1), "year"),
    ("Finch will be sentenced on April 22 in the county court.", "April 22", dt.date(2022, 4, 22), "day"),
    ("The family filed a lawsuit in October against the city.", "October", dt.date(2021, 10, 1), "month"),
    ("The verdict came on Jan. 5, 2021 after a week of testimony.", "Jan. 5, 2021", dt.date(2021, 1, 5), "day"),
    ("The trial began two years ago in the old courthouse.", "two years ago", dt.date(2020, 1, 1), "year"),
    # Day before month, as British and Commonwealth papers write dates.
    ("The burglar was arrested on 14 January 2021 at his flat.", "14 January 2021", dt.date(2021, 1, 14), "day"),
    ("The magistrate will hear the case again on 2 May at the same court.", "2 May", dt.date(2022, 5, 2), "day"),
    ("The driver was jailed on 21st February after a short trial.", "21st February", dt.date(2022, 2, 21), "day"),
])
def test_date_forms(sentence, words, value, granularity):
    source, events = _events(sentence)
    assert [(e.date.text, e.date.value, e.date.granularity) for e in events] == [(words, value, granularity)]
    c = events[0].date.citations[0]
    assert source.text[c.start:c.end] == words


def test_a_day_earlier_counts_back_from_the_day_just_mentioned():
    _, events = _events("The two met Tuesday morning. The mayor, who a day earlier announced a review, was there.")
    assert [e.date.value for e in events] == [dt.date(2022, 3, 8), dt.date(2022, 3, 7)]


def test_without_a_publication_date_only_dated_events_are_kept():
    _, events = _events("The clerk was shot in May 2018. The family spoke on Friday.", published=None)
    assert [(e.date.text, e.date.value) for e in events] == [("May 2018", dt.date(2018, 5, 1))]


def test_a_speakers_today_is_not_a_date():
    _, events = _events("\u201cToday we grieve again,\u201d the pastor said outside the church.")
    assert events == []


@pytest.mark.parametrize("sentence", [
    "Mara Vossler said in an email to USA TODAY that her client would appeal.",
    "Her mother appeared on the TODAY show to plead for witnesses to come forward.",
])
def test_a_day_word_in_capitals_is_a_name_not_the_day(sentence):
    _, events = _events(sentence)
    assert events == []


@pytest.mark.parametrize("sentence", [
    "“Most of us never took a dime,” the union president said Thursday.",
    "“He told me which shift he worked,” the inmate told jurors Tuesday.",
    "\"We will appeal,\" Lena Ortegon told reporters in November.",
])
def test_the_day_a_quotation_was_spoken_is_no_event(sentence):
    _, events = _events(sentence)
    assert events == []


@pytest.mark.parametrize("sentence", [
    "A judge told Ada Finch on Tuesday that she had stolen from “the people who trusted her most.”",
    "Prosecutors said Thursday that the scheme ran for years.",
])
def test_a_statement_that_tells_a_step_of_the_case_stays_an_event(sentence):
    _, events = _events(sentence)
    assert len(events) == 1


def test_description_is_the_cited_clause():
    source, events = _events("Ada Finch, who was arrested at a motel near the river after a long search by three "
                             "agencies and a volunteer team that combed the woods for days, was convicted on Feb. 3 "
                             "of theft, fraud and perjury, according to the clerk of the county court.")
    (event,) = events
    cited = [source.text[c.start:c.end] for c in event.citations]
    # the cut clause keeps the sentence's subject, each piece cited as written, joined by an ellipsis
    assert cited[0] == "Ada Finch" and cited[1].startswith("was convicted on Feb. 3")
    assert event.description == " \u2026 ".join(cited)
    assert len(event.description.split()) < 40


def test_a_cut_clause_that_has_its_own_subject_keeps_only_itself():
    sentence = ("The former treasurer, who had run the office for two decades without a single complaint from "
                "anyone in town, had left in January, and on March 9 the county auditor found a gap of $40,000 in the "
                "books.")
    source, events = _events(sentence)
    march = [e for e in events if e.date.text == "March 9"]
    assert len(march[0].citations) == 1 and "\u2026" not in march[0].description
    assert march[0].description.endswith("a gap of $40,000 in the books.")  # a number's comma is no clause break


def test_a_dateline_is_not_the_subject_of_a_cut_clause():
    source, events = _events("SALEM, Ore., March 3 (Reuters) - Ada Finch, the Salem bookkeeper who ran the parish "
                             "accounts for two decades and was arrested last year at a motel near the river, was "
                             "sentenced on Friday to four years in prison for theft from the parish.")
    described = [e.description for e in events if e.date.text == "Friday"]
    assert described and described[0].startswith("Ada Finch \u2026 was sentenced on Friday")


def test_a_long_sentence_is_cut_to_whole_clauses_around_its_date():
    sentence = ("The former treasurer, who had run the office for two decades without a single complaint from "
                "auditors, the county board or the voters, resigned in disgrace, and she was charged on "
                "March 3 with theft in office, prosecutors said.")
    source = source_from_text("t.txt", "Title: Treasurer charged\nDate: 2021-06-01\n\n" + sentence + "\n")
    [event] = find_events(source)
    assert event.date.value == dt.date(2021, 3, 3)
    assert event.description.startswith(("and she was charged", "resigned in disgrace"))
    assert "March 3" in event.description and len(event.description.split()) < 30


def test_a_relative_clause_keeps_the_noun_it_belongs_to():
    sentence = ("The officer apologized on Tuesday to the family of Dana Reyes, whom he shot during a traffic "
                "stop in a parking lot on the east side of the city in June 2019.")
    source = source_from_text("u.txt", "Date: 2021-06-03\n\n" + sentence + "\n")
    june = next(e for e in find_events(source) if e.date.granularity == "month")
    assert not june.description.lower().startswith("whom")


def test_undated_days_ahead_of_a_future_duty_stay_in_the_coming_months():
    # 2022-03-10 is a Thursday
    _, events = _events("Judge Ivy Moore let Cal Rusk stay free until he reports to prison on April 20. "
                        "He must pay the fine by May 2. Rusk agreed to quit the board effective Monday.")
    values = {e.date.text: e.date.value for e in events}
    assert values["April 20"] == dt.date(2022, 4, 20)
    assert values["May 2"] == dt.date(2022, 5, 2)
    assert values["Monday"] == dt.date(2022, 3, 14)


def test_an_embedded_post_date_line_is_not_an_event():
    _, events = _events("Cal Rusk was sentenced on Wednesday.\n\nShameful ruling. \u2014 Jo Vale (@jovale) March 9, 2022")
    assert [e.date.text for e in events] == ["Wednesday"]


def test_a_span_counted_from_an_undated_event_is_dropped():
    _, events = _events("Cal Rusk was sentenced on Wednesday. His niece died in 2020 three days after a visit to his shop.")
    assert [e.date.text for e in events] == ["Wednesday", "2020"]


@pytest.mark.parametrize("sentence,words,value", [
    # 2022-03-10: a date named for a step still to come lies ahead even when it reads like a past verb
    ("Rusk remains free until he is sentenced Feb. 20 in the county court.", "Feb. 20", dt.date(2023, 2, 20)),
    ("Rusk, who is held without bail, faces trial Jan. 9 on the remaining counts.", "Jan. 9", dt.date(2023, 1, 9)),
    ("The judge said she would announce the sentence Feb. 28 after reading the letters.", "Feb. 28", dt.date(2023, 2, 28)),
    # ... while a plainly past one stays behind
    ("Rusk was sentenced Feb. 20 in the county court.", "Feb. 20", dt.date(2022, 2, 20)),
])
def test_a_scheduled_step_in_the_present_tense_lies_ahead(sentence, words, value):
    _, events = _events(sentence)
    assert [(e.date.text, e.date.value) for e in events] == [(words, value)]


@pytest.mark.parametrize("sentence,opening", [
    # a relative clause reaches past a place's state and an appositive to the person it describes
    ("Among the witnesses at the long trial was Nora Vell, a retired school bus driver from Brackton, Ohio, who underwent "
     "two back operations in 2019 for what she was told was a slipped disc.",
     "Among the witnesses at the long trial was Nora Vell"),
    # a clause cut after a quotation does not open on its closing mark
    ("\u201cShe trusted him with her savings and he treated her like a bank account for years on end,\u201d Assistant "
     "District Attorney Ruth Hale told jurors in closing arguments on Thursday afternoon in the county court.",
     "Assistant District Attorney Ruth Hale told jurors"),
    # an age in apposition is no clause break
    ("On Friday, Superior Court Judge Omar Pell sentenced Nora Vell, 47, to four years in state prison for the crash "
     "that killed a retired teacher on a quiet road near her home.",
     "On Friday, Superior Court Judge Omar Pell sentenced Nora Vell, 47, to four years"),
    # the subject kept for a cut clause is its noun, not its relative clause
    ("A former county sheriff who ordered jailers to strap inmates into a chair for hours, then tried to hide it, was "
     "sentenced Thursday to 14 years in federal prison, one of the longest terms given in such a case.",
     "A former county sheriff \u2026 was sentenced Thursday"),
])
def test_a_long_sentence_is_cut_to_a_clause_that_reads_on_its_own(sentence, opening):
    _, events = _events(sentence)
    (event,) = events
    assert event.description.startswith(opening)


@pytest.mark.parametrize("sentence", [
    "The judge allowed Nora Vell to remain free until April 1, when she must report to prison.",
    "Vell may stay free until April 1.",
    "The court gave the former sheriff and his deputy until April 1 to surrender.",
    "The judge gave him until April 1 to report to prison.",
])
def test_a_deadline_or_a_date_someone_stays_free_until_lies_ahead(sentence):
    _, events = _events(sentence, published="2024-02-15")
    assert [e.date.value for e in events] == [dt.date(2024, 4, 1)]


@pytest.mark.parametrize("sentence,later", [
    ("Tansy Lending froze withdrawals in June 2022 and filed for bankruptcy a month later.", dt.date(2022, 7, 1)),
    ("Tansy Lending froze withdrawals in June 2022 and filed for bankruptcy the following month.", dt.date(2022, 7, 1)),
    ("Nora Vell was arrested on May 3, 2021, and charged two days later.", dt.date(2021, 5, 5)),
])
def test_a_date_counted_from_the_one_the_sentence_gave_before(sentence, later):
    _, events = _events(sentence, published="2024-02-16")
    assert later in [e.date.value for e in events]


def test_later_with_nothing_to_count_from_is_no_date():
    _, events = _events("Nora Vell will be sentenced a month later, her lawyer said.", published="2024-02-16")
    assert events == []


@pytest.mark.parametrize("sentence,start", [
    ("Investigators said the clerk moved money into an account she alone controlled between 2014 and 2020.", 2014),
    ("From 2015 through 2019, the pharmacy billed the state for inhalers it never dispensed.", 2015),
    ("Ada Finch coached the under-12 team at the club from 2011 to 2018 before she moved away.", 2011),
    ("Prosecutors say the officer took at least $30,000 in payments between 2021 and early 2023.", 2021),
    ("From late 2016 through the summer of 2019, the treasurer wrote checks to herself.", 2016),
    ("The scheme ran between mid-2012 and the end of 2014, the indictment says.", 2012),
])
def test_a_period_told_by_its_two_ends_is_one_event_at_its_start(sentence, start):
    _, events = _events(sentence)
    assert [(e.date.value.year, e.date.granularity) for e in events] == [(start, "year")]


def test_a_date_ending_a_period_with_its_own_clause_stays_an_event():
    _, events = _events("Ada Finch ran the pantry from 2012 until February, when the board placed her on leave.")
    assert [e.date.value for e in events] == [dt.date(2012, 1, 1), dt.date(2022, 2, 1)]


def test_a_clause_cut_from_a_list_grows_until_it_says_what_happened():
    _, events = _events("Prosecutors said the commissioner accepted three gold watches, more than $90,000 in cash and a "
                        "pickup truck from a paving contractor and his brother, a county road supervisor, in 2019.")
    (event,) = events
    assert event.description.startswith("Prosecutors said the commissioner accepted")


@pytest.mark.parametrize("sentence,opening", [
    ("A former youth pastor in Harlow Falls, Iowa, was charged on Friday with stealing from the church's food "
     "pantry over three years, the county attorney said.", "A former youth pastor in Harlow Falls \u2026 was charged"),
    ("In case you missed it: Ada Finch, the clinic's founder and chief surgeon for more than a decade, was convicted "
     "on Friday of billing insurers for operations she never performed.", "Ada Finch \u2026 was convicted"),
])
def test_a_cut_clause_keeps_a_subject_of_several_words_but_not_a_lead_in(sentence, opening):
    _, events = _events(sentence)
    (event,) = events
    assert event.description.startswith(opening)


@pytest.mark.parametrize("sentence,opening", [
    # a lead-in phrase before the subject is not the subject
    ("According to the complaint, the driver, a 36-year-old welder from Fairport with two earlier convictions, struck "
     "the cyclist near the old bridge on Route 9 on June 4, 2021, after drinking at a bar for several hours.",
     "the driver \u2026 struck the cyclist"),
    # a lead-in followed by a list of verbs has no one subject to keep
    ("According to a petition filed by the county in September, Ada Finch had paid $3,150, missed 29 of 38 payments "
     "and stopped reporting to her probation officer for four months last year.", "missed 29 of 38 payments"),
])
def test_a_cut_clause_looks_past_a_lead_in_for_its_subject(sentence, opening):
    _, events = _events(sentence)
    assert events[-1].description.startswith(opening)


def test_a_place_after_an_appositive_stays_with_the_verb_it_belongs_to():
    _, events = _events("Prosecutors said Torvin Ness, 41, a machinist who had moved out weeks earlier, strangled his "
                        "estranged wife, Maren Lindgard, in her Fairport home in March 2021 while their two children "
                        "slept upstairs, then drove to his brother's cabin.")
    (event,) = events
    assert event.date.value == dt.date(2021, 3, 1)
    assert "strangled his estranged wife, Maren Lindgard, in her Fairport home in March 2021" in event.description
    assert event.description.startswith("Prosecutors said Torvin Ness \u2026 strangled")


def test_a_dateline_is_neither_an_event_nor_the_start_of_one():
    _, events = _events("SALEM, Ore., March 8 (Reuters) - A former county treasurer who ran the office for two decades "
                        "was charged on Tuesday with stealing $2 million from the county's road fund, prosecutors said.\n\n"
                        "HOLT, Ore. (KHLT) - The owner of three Salem car washes that laundered the money for the "
                        "treasurer over several years was arrested Wednesday at his home, police said.")
    assert [e.date.value for e in events] == [dt.date(2022, 3, 8), dt.date(2022, 3, 9)]
    assert events[0].description.startswith("A former county treasurer")
    assert events[1].description.startswith("The owner of three Salem car washes")


def test_a_local_papers_hyphen_dateline_does_not_open_an_event():
    source = source_from_text("local.txt", "Date: 2024-03-16\n\nNASHVILLE - A federal jury on Friday found a state "
                              "senator guilty of lying to obtain pandemic relief loans.\n")
    assert [e.description for e in find_events(source)][0].startswith("A federal jury on Friday found")


def test_an_order_to_report_by_a_date_lies_ahead_with_its_object_named():
    source = source_from_text("a.txt", "Date: 2024-07-19\n\nShe ordered him to report to the Bureau of Prisons by "
                              "Sept. 30.\n\nThe judge ordered Vane to surrender by Oct. 2.\n\nHe reported on May 3.\n")
    dates = [e.date.value for e in find_events(source)]
    assert dates[:2] == [dt.date(2024, 9, 30), dt.date(2024, 10, 2)]
    assert dt.date(2024, 5, 3) in dates  # near miss: a past report stays past


def test_a_day_the_judge_allowed_for_reporting_to_prison_lies_ahead():
    source = source_from_text("a.txt", "Date: 2024-05-17\n\nShe imposed a $25,000 fine and allowed him to report to "
                              "prison on July 15.\n\nThe court permitted Ostler to surrender on Aug. 2.\n")
    assert [e.date.value for e in find_events(source)] == [dt.date(2024, 7, 15), dt.date(2024, 8, 2)]


@pytest.mark.parametrize("sentence", [
    "For nine years, Ida Marrable counted the Sunday offering at the church and signed the checks.",
    "The coach taught Sunday school at the chapel for a decade before his arrest.",
    "He drove the van to the market every Friday for the church pantry.",
    "He must remain in his apartment at all times except for work and a few hours on Saturday afternoons.",
])
def test_a_weekday_naming_a_kind_of_day_is_no_date(sentence):
    _, events = _events(sentence)
    assert events == []


def test_a_weekday_with_a_time_of_day_is_still_the_date():
    _, events = _events("The guard was arrested on Sunday night at his home in the county.")
    assert [e.date.value for e in events] == [dt.date(2022, 3, 6)]


def test_the_next_court_date_lies_ahead():
    _, events = _events("Her next court date is Jan. 14, her lawyer said after the hearing.")
    assert [e.date.value for e in events] == [dt.date(2023, 1, 14)]


def test_a_fragment_with_no_verb_is_no_event_but_a_sentence_with_one_is():
    _, events = _events("Dr. Ray Motley, the chapel's pastor since 2011.\n\nThe church hired an accountant in June 2021.")
    assert [e.date.text for e in events] == ["June 2021"]


def test_an_interviewers_question_is_not_an_event():
    """A Q&A's "What did you want to hear today?" names a day but tells nothing that happened; the answer's own
    dated sentences still count."""
    _, events = _events("Mara Kiel spoke to reporters after the plea on Tuesday.\n\n"
                        "What did you want to hear today?\n\n"
                        "Was it hard to sit through the hearing on Tuesday?\n\n"
                        "She said she had attended every hearing since June.\n")
    descriptions = [e.description for e in events]
    assert not any(d.endswith("?") for d in descriptions)
    assert any(d.startswith("Mara Kiel spoke to reporters") for d in descriptions)
    assert any("since June" in d for d in descriptions)


def test_a_model_year_is_not_a_date_and_coordinated_years_are_one_stretch():
    """"a 2021 Kia Telluride" names a car, not a year anything happened; "in 2022 and 2023" is one stretch of time,
    drawn once; three hearing days stay three events."""
    _, events = _events("Omar Dyce said he paid $23,500 for a 2021 Kia Telluride in 2020.\n\n"
                        "Car thefts rose sharply in many cities in 2018 and 2019, driven by a wave of thefts.\n\n"
                        "She parked her 2017 Ford Escape outside the courthouse on Feb. 2.\n\n"
                        "Hearings were held on Jan. 4, Jan. 11 and Jan. 18.\n")
    dates = [(e.date.text, e.description[:20]) for e in events]
    assert ("2020", "Omar Dyce said he pa") in dates
    assert not any(text in ("2021", "2017") for text, _ in dates)
    assert [text for text, start in dates if start.startswith("Car thefts")] == ["2018"]
    assert [text for text, start in dates if start.startswith("Hearings")] == ["Jan. 4", "Jan. 11", "Jan. 18"]


def test_a_date_that_modifies_a_noun_dates_that_thing_not_the_sentence():
    """"pleaded guilty Wednesday ... in the Aug. 16 death of Jesse Whit" tells two dates: the plea (Wednesday) and the
    death (Aug. 16). The death's line must read as the death, not repeat the plea under the wrong day."""
    _, events = _events("Cody Stuck, 34, pleaded guilty Wednesday to voluntary manslaughter in the Aug. 16 death of Jesse "
                        "Whit, a construction worker.\n\n"
                        "A grand jury indicted a Tyler man in a July 4 boat crash on Cedar Lake that killed a retired "
                        "teacher.\n\n"
                        "The Feb. 2 stabbing left one man dead.\n")
    lines = {(e.date.text, e.description) for e in events}
    assert ("Aug. 16", "the Aug. 16 death of Jesse Whit") in lines
    assert ("Wednesday", "Cody Stuck, 34, pleaded guilty Wednesday to voluntary manslaughter in the Aug. 16 death of "
                         "Jesse Whit, a construction worker.") in lines
    assert ("July 4", "a July 4 boat crash on Cedar Lake that killed a retired teacher") in lines
    assert ("Feb. 2", "The Feb. 2 stabbing left one man dead.") in lines  # the sentence is about it


def test_a_dated_noun_with_an_initialism_is_never_cut_at_its_first_dot():
    _, events = _events("The judge cut the term in light of a 2021 U.S. Supreme Court ruling.\n\n"
                        "Vell lost his license over a 2016 conviction for reckless driving, the board said.\n")
    lines = {(e.date.text, e.description) for e in events}
    assert ("2021", "a 2021 U.S. Supreme Court ruling") in lines
    assert ("2016", "a 2016 conviction for reckless driving") in lines


@pytest.mark.parametrize("sentence,words,value", [
    ("The jury returned its verdict on Tuesday, Feb. 1, 2022, after two days.", "Tuesday, Feb. 1, 2022", dt.date(2022, 2, 1)),
    ("The driver was jailed on Monday 7 February after a short trial.", "Monday 7 February", dt.date(2022, 2, 7)),
])
def test_a_weekday_before_a_date_is_the_same_day(sentence, words, value):
    _, events = _events(sentence)
    assert [(e.date.text, e.date.value) for e in events] == [(words, value)]


@pytest.mark.parametrize("sentence,words,value,granularity", [
    ("Ada Finch was stabbed in the early hours of Sunday, November 13 last year, near the bridge.",
     "Sunday, November 13 last year", dt.date(2021, 11, 13), "day"),
    ("The burglar was arrested on 2 May this year at his flat.", "2 May this year", dt.date(2022, 5, 2), "day"),
    ("The clinic closed in March last year after the audit.", "March last year", dt.date(2021, 3, 1), "month"),
])
def test_a_year_told_in_words_after_a_date_is_that_dates_year(sentence, words, value, granularity):
    _, events = _events(sentence)
    assert [(e.date.text, e.date.value, e.date.granularity) for e in events] == [(words, value, granularity)]


def test_a_british_single_quoted_sentence_is_the_speakers_not_an_event():
    source = source_from_text("story.txt", "Date: 2024-05-09\n\n"
                              "Perpetua Olmsworth was sentenced on Thursday to 46 months in prison.\n\n"
                              "'She is grateful to the judge for the mercy shown today,' her lawyer said. 'Praying for "
                              "everyone she hurt today.'\n\n"
                              "Prosecutors said Olmsworth's company hid a yacht from the court in October 2020.\n")
    descriptions = [e.description for e in find_events(source)]
    assert not [d for d in descriptions if "today" in d], descriptions
    assert any(d.startswith("Perpetua Olmsworth was sentenced") for d in descriptions)
    assert any("October 2020" in d for d in descriptions)  # an apostrophe ("Olmsworth's") is no quotation mark


def test_a_bare_day_soon_after_the_last_full_date_continues_its_year():
    # (published March 2022: a bare "Aug. 6" alone would be August 2021; after "Aug. 3, 2019" it is three days on)
    _, events = _events("Lena Rusk was booked into the county jail on Aug. 3, 2019, on a theft charge.\n\n"
                        "She was found unresponsive in her cell on Aug. 6 and died at a hospital.\n\n"
                        "Her family sued the county on Dec. 28, 2020. A judge dismissed the suit on Jan. 4.")
    days = {e.date.text: e.date.value for e in events}
    assert days["Aug. 6"] == dt.date(2019, 8, 6)
    assert days["Jan. 4"] == dt.date(2021, 1, 4)  # across the new year


def test_a_bare_day_long_after_the_last_full_date_keeps_the_storys_year():
    _, events = _events("Lena Rusk was booked into the county jail on Aug. 3, 2019.\n\n"
                        "Rusk pleaded guilty on Feb. 14 to theft.")
    assert {e.date.text: e.date.value for e in events}["Feb. 14"] == dt.date(2022, 2, 14)


def test_a_full_date_closed_by_a_comma_inside_a_noun_phrase_dates_that_noun():
    _, events = _events("Orrin Vell pleaded guilty Tuesday to manslaughter in the Aug. 6, 2019, death of his "
                        "neighbor, prosecutors said.")
    dated = {e.date.value: e.description for e in events}
    assert dated[dt.date(2019, 8, 6)] == "the Aug. 6, 2019, death of his neighbor"


def test_a_relative_clause_at_the_end_of_a_long_sentence_is_told_with_the_name_it_hangs_on():
    for sentence, name in (
            ("The former guard apologized in court on Monday morning to the grieving relatives of Omar Lisle, whom he "
             "beat in a holding cell at the county jail in August 2021.", "Omar Lisle"),
            ("Agents from several agencies joined the raid on the farm and worked alongside Bell County Sheriff Anna "
             "Roe Kettle, whose deputies executed the search warrant at the kennels in May 2022.",
             "Bell County Sheriff Anna Roe Kettle")):
        source = source_from_text("r.txt", "Date: 2023-06-03\n\n" + sentence + "\n")
        dated = next(e for e in find_events(source) if e.date.granularity == "month")
        assert dated.description.startswith(name + ", wh"), dated.description


def test_a_quoted_law_before_its_relative_clause_is_not_cut_inside_its_quotation_marks():
    sentence = ("Lawmakers passed what supporters called \u201cMila's Law,\u201d which took effect last July and makes "
                "running an unlicensed day care after a warning a felony in the state.")
    source = source_from_text("q.txt", "Date: 2024-03-01\n\n" + sentence + "\n")
    [event] = find_events(source)
    assert not event.description.startswith("Mila")


def test_a_dated_noun_before_the_main_verbs_infinitive_is_the_event():
    source = source_from_text("n.txt", "Date: 2024-10-07\n\nProsecutors want the owner of a rooming house where "
                                       "three tenants died in a March 2023 fire to spend 20 years in prison, arguing "
                                       "in a filing that he ignored warnings.\n")
    [event] = find_events(source)
    assert event.description == "a March 2023 fire"


def test_a_count_kept_every_year_since_a_date_is_no_event():
    for sentence in ("Ada Brill, a researcher who tracks hazing, has counted at least one such death every year since 1959.",
                     "The county has recorded a fatal wrong-way crash each year since 2011, officials said."):
        source = source_from_text("s.txt", "Date: 2024-03-01\n\n" + sentence + "\n")
        assert find_events(source) == []


@pytest.mark.parametrize("sentence,words,value", [
    ("Ray Pell set fire to the chapel on Juneteenth last year.", "Juneteenth last year", dt.date(2021, 6, 19)),
    ("The crash happened just after midnight on New Year\u2019s Day 2020.", "New Year\u2019s Day 2020", dt.date(2020, 1, 1)),
    ("Pell was arrested on Christmas Eve after a chase.", "Christmas Eve", dt.date(2021, 12, 24)),
    ("Pell will report to prison on the Fourth of July.", "Fourth of July", dt.date(2022, 7, 4)),
])
def test_a_holiday_after_on_is_its_day(sentence, words, value):
    _, events = _events(sentence, "2022-03-10")
    assert [(e.date.text, e.date.value, e.date.granularity) for e in events] == [(words, value, "day")]


def test_a_holiday_that_names_a_thing_or_counts_from_is_no_date():
    for sentence in ("The Christmas party was held at the firm's office.", "Pell pleaded guilty the day after Christmas."):
        assert _events(sentence, "2022-03-10")[1] == []


def test_a_hearing_moved_to_a_day_is_moved_ahead_but_a_person_who_moved_is_past():
    for sentence, words, value in (
            ("Pell's sentencing, first set for Oct. 2, was postponed to Nov. 14.", "Nov. 14", dt.date(2022, 11, 14)),
            ("The judge rescheduled the hearing for Oct. 30.", "Oct. 30", dt.date(2022, 10, 30)),
            ("The trial was moved to Jan. 8 after a juror fell ill.", "Jan. 8", dt.date(2023, 1, 8)),
            ("Pell moved to Ohio in October.", "October", dt.date(2021, 10, 1))):
        _, events = _events(sentence, "2022-09-20")
        assert (words, value) in [(e.date.text, e.date.value) for e in events], sentence


def test_a_deed_with_a_closed_aside_is_dated_by_its_day_and_the_sentence_by_the_hearing():
    sentence = ("Then Circuit Judge Ana Reyes sentenced Cal Wren, 35, to eight years in state prison for leaving his "
                "daughter, who was not quite 2, in his SUV outside his workplace on Aug. 19.")
    source = source_from_text("w.txt", "Date: 2025-06-14\n\n" + sentence + "\n")
    [event] = find_events(source)
    assert event.date.value == dt.date(2024, 8, 19)
    assert event.description.startswith("leaving his daughter, who was not quite 2") and "sentenced" not in event.description


@pytest.mark.parametrize("sentence", [
    "Jurors heard lyrics from Dent's 2019 album \"Low Roads\" during the trial.",
    "Her 2016 memoir described the scheme in detail, prosecutors said at the trial.",
    "The lawyer cited a 2021 documentary about the family during the hearing.",
])
def test_a_works_year_is_when_it_came_out_not_a_step_of_the_case(sentence):
    _, events = _events(sentence)
    assert events == []


def test_a_year_before_a_happening_is_still_its_date():
    _, events = _events("Finch was stopped in a 2019 DUI arrest near the bridge.")
    assert [e.date.value for e in events] == [dt.date(2019, 1, 1)]


@pytest.mark.parametrize("sentence", [
    "Vell, a Democrat who served in the state Senate from 2004 until 2018, was convicted of bribery.",
    "Vell, who ran the county's water board from 2011 till 2016, was charged with fraud.",
    "Vell, a Democrat who served in the state Senate from 2004 through 2018, was convicted of bribery.",
])
def test_a_period_told_by_its_two_ends_is_one_event_at_its_start(sentence):
    _, events = _events(sentence)
    years = [e.date.value.year for e in events]
    assert len(years) == 1 and years[0] in (2004, 2011), [(e.date.text, e.description) for e in events]


@pytest.mark.parametrize("sentence", [
    "Prosecutors said Dray Oakes founded the Westgate Kings, known as WGK, around 2015 and used his barbershop, "
    "Fade Street Cuts, to hide drug money and pay the gang's members.",
    "Prosecutors said Dray Oakes started the Westgate Kings, also known as the Kings, in 2015 and used his barbershop, "
    "Fade Street Cuts, to hide drug money and pay the gang's members.",
])
def test_a_long_sentence_keeps_its_subject_past_a_names_other_name(sentence):
    _, events = _events(sentence)
    assert [e.description.split(",")[0] for e in events] == ["Prosecutors said Dray Oakes founded the Westgate Kings"
                                                             if "founded" in sentence else
                                                             "Prosecutors said Dray Oakes started the Westgate Kings"]


@pytest.mark.parametrize("sentence,subject", [
    ("A Tempe man who sold shares in rental homes that, prosecutors said, largely did not exist was sentenced "
     "Thursday to more than 12 years in federal prison.", "A Tempe man"),
    ("A former jail officer who smuggled methamphetamine, phones and tobacco to inmates in exchange for more than "
     "$20,000 in bribes was sentenced Thursday to eight years in federal prison.", "A former jail officer"),
    ("A school bus driver who was drunk when she drove off a county road, killing a boy and injuring nine other "
     "children, pleaded guilty Tuesday to aggravated vehicular homicide.", "A school bus driver"),
    ("A Salem man accused of steering his speedboat drunk into a pontoon boat on Mirror Lake, killing a retired "
     "teacher and her husband on the Fourth of July last year, "
     "pleaded guilty Tuesday in the county court.", "A Salem man"),
])
def test_a_lede_cut_inside_its_subjects_clause_keeps_the_subject_and_the_step(sentence, subject):
    _, events = _events(sentence)
    event = next(e for e in events if e.date.text in ("Thursday", "Tuesday"))
    assert event.description.startswith(subject + " \u2026 "), event.description
    assert re.search(r"(?:was sentenced|pleaded guilty) (?:Thursday|Tuesday)", event.description)


def test_an_appositive_with_its_own_clause_keeps_its_name():
    _, events = _events("Among the witnesses was Omar Reyes, a former teammate who pleaded guilty last year and "
                        "testified that Finch had pitched the scheme to him at a golf outing in 2017.")
    assert not any(e.description.startswith("Among the witnesses was Omar Reyes \u2026") for e in events), \
        [e.description for e in events]


def test_a_deed_told_over_two_years_after_the_sentence_is_the_deeds_line_not_the_sentences():
    _, events = _events("Circuit Judge Ann Greer sentenced Omar Lusk, a former orderly at Mercy Hall, to life in prison "
                        "without the possibility of parole for poisoning three patients with sleeping pills in 2019 and "
                        "2020.")
    years = [(e.date.value.year, e.description) for e in events if e.date.granularity == "year"]
    assert years == [(2019, "poisoning three patients with sleeping pills in 2019 and 2020")], years


def test_a_line_that_opens_on_an_appositive_reaches_back_for_its_clause():
    _, events = _events("Ivo Dent, 58, led the police department in Elmhurst, a village of about 4,800 people west of "
                        "the river, for 11 years before he resigned in August 2020.")
    assert [e.description.split(",")[0] for e in events] == ["Ivo Dent"]


@pytest.mark.parametrize("sentence", [
    "Reached by phone Monday, Ada Finch's lawyer declined to discuss the case.",
    "The county did not respond to questions Thursday about the audit.",
    "Superintendent Ann Voight did not respond to a request for comment on Tuesday.",
])
def test_a_reporters_call_is_no_step_of_the_case(sentence):
    _, events = _events(sentence)
    assert events == []


@pytest.mark.parametrize("sentence", [
    "The brothers robbed nine stores between Dec. 5 and Dec. 21, 2020, mostly at night.",
    "Over 16 days, from Dec. 5 to Dec. 21, 2020, the brothers robbed nine stores.",
])
def test_a_range_of_days_shares_the_year_its_end_gives(sentence):
    _, events = _events(sentence)
    assert [e.date.value for e in events] == [dt.date(2020, 12, 5)]


def test_a_day_told_again_keeps_the_year_the_story_gave_it():
    _, events = _events("The brothers robbed nine stores between Dec. 5 and Dec. 21, 2020, mostly at night.\n\n"
                        "Police arrested the brothers on Dec. 21 after a chase through the suburbs.")
    assert [e.date.value for e in events] == [dt.date(2020, 12, 5), dt.date(2020, 12, 21)]


@pytest.mark.parametrize("sentence", [
    "The case drew comparisons to problems the Ledger documented in its 2019 series on unsafe rentals.",
    "He left the courthouse Wednesday with his son and did not speak to reporters.",
])
def test_a_papers_own_series_and_a_silent_exit_are_no_steps(sentence):
    _, events = _events(sentence)
    assert events == []


def test_a_holiday_without_its_year_goes_on_with_the_storys_narrative():
    from tests.helpers import dated_facts
    facts = dated_facts("Mr Gilmore was punched in the early hours of December 27, 2023, outside a bar.\n\n"
                        "His family agreed to switch off his life support on New Year\u2019s Eve.", "2025-03-07")
    dates = {e.date.text: e.date.value.isoformat() for e in facts.events}
    assert dates["New Year\u2019s Eve"] == "2023-12-31"
    # near-miss: with no date told before it, the most recent New Year's Eve
    facts = dated_facts("His family gathered on New Year\u2019s Eve to remember him.", "2025-03-07")
    assert {e.date.text: e.date.value.isoformat() for e in facts.events}["New Year\u2019s Eve"] == "2024-12-31"
