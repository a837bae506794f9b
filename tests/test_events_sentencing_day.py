"""The sentencing itself on the timeline: a sentencing-day story tells the sentence with no date of its own ("A judge
has sentenced Lee to 12 years") and the day elsewhere ("at Tuesday's hearing"); the clause that tells the term is that
day's event. Where a preview ("is set to be sentenced Tuesday") and the day's story tell one happening, the timeline
keeps what happened."""
from __future__ import annotations

import datetime as dt

from tests.helpers import case_of, dated_facts

_SENTENCED_UNDATED = (
    "A federal judge has sentenced a former county treasurer to nine years in prison for skimming parking fees.\n\n"
    "Dorrit Vantongerloo, 58, was convicted in May of wire fraud. At Tuesday's hearing, U.S. District Judge Anneke "
    "Holloway also ordered three years of supervised release.")


def _events(body: str, published: str = "2024-10-23"):
    return [(e.date.value, e.description) for e in dated_facts(body, published).events]


def test_the_undated_sentence_becomes_the_sentencing_days_event():
    events = _events(_SENTENCED_UNDATED)
    day = [description for value, description in events if value == dt.date(2024, 10, 22)]
    assert any("nine years in prison" in description for description in day), events


def test_the_event_cites_the_sentence_and_the_day_words():
    facts = dated_facts(_SENTENCED_UNDATED, "2024-10-23")
    event = next(e for e in facts.events if "nine years" in e.description)
    text = facts.source.text
    assert text[event.date.citations[0].start:event.date.citations[0].end] == "Tuesday"
    assert "nine years in prison" in text[event.citations[-1].start:event.citations[-1].end]


def test_a_preview_adds_no_sentencing_event():
    events = _events("Dorrit Vantongerloo is scheduled to be sentenced Tuesday. Prosecutors have asked for nine years "
                     "in prison for the former county treasurer.", published="2024-10-21")
    assert not any("nine years" in description for _, description in events)


def test_a_sentence_dated_in_its_own_clause_is_not_told_twice():
    events = _events("Judge Anneke Holloway on Tuesday sentenced Dorrit Vantongerloo to nine years in prison. Her "
                     "sentencing hearing lasted three hours on Tuesday.")
    assert sum("nine years" in description for _, description in events) == 1


def test_a_date_in_a_relative_clause_dates_only_that_clause():
    events = _events("Minutes later, Judge Anneke Holloway sentenced Dorrit Vantongerloo, the treasurer who opened the "
                     "account in March 2019, to nine years in prison. Her sentencing hearing on Tuesday drew a crowd.")
    assert any(value == dt.date(2024, 10, 22) and "nine years" in description for value, description in events), events


def _sentencing_day_of(preview_body: str, day_body: str) -> list[str]:
    """The timeline lines of the sentencing day, Tuesday Oct. 22, 2024, from a Monday preview and Tuesday's story."""
    preview = ("preview.txt", f"title: Treasurer faces sentencing\ndate: 2024-10-21\n\n{preview_body}")
    after = ("after.txt", f"title: Treasurer gets nine years\ndate: 2024-10-22\n\n{day_body}")
    briefing = case_of(preview, after, as_of=dt.date(2024, 11, 1))
    return [e.description for e in briefing.events if e.date.value == dt.date(2024, 10, 22)]


def test_the_days_story_replaces_the_previews_words_on_the_timeline():
    day = _sentencing_day_of("Dorrit Vantongerloo is set to be sentenced Tuesday for wire fraud. Prosecutors want nine "
                             "years in prison.", "Dorrit Vantongerloo was sentenced Tuesday to nine years in prison for "
                             "wire fraud.")
    assert any("was sentenced Tuesday" in d for d in day), day
    assert not any("is set to be sentenced" in d for d in day), day


def test_a_sentence_cut_at_its_object_keeps_its_verb_and_person():
    events = _events("Minutes later, Judge Anneke Holloway sentenced Dorrit Vantongerloo, the former treasurer of the "
                     "Marlow Township parking authority, to nine years in prison for skimming fees \u2014 a scheme that "
                     "ran for six years before an auditor noticed. The sentencing hearing on Tuesday lasted two hours.")
    told = [description for value, description in events if "nine years" in description]
    assert told and told[0].startswith("Minutes later, Judge Anneke Holloway sentenced"), events
    assert "auditor" not in told[0]


def test_a_preview_told_with_will_gives_way_to_the_days_story():
    day = _sentencing_day_of("Dorrit Vantongerloo, who admitted skimming parking fees, will learn her sentence Tuesday in "
                             "Marlow County Court.", "A judge on Tuesday sentenced Dorrit Vantongerloo to nine years in "
                             "prison for skimming parking fees.")
    assert any("sentenced Dorrit Vantongerloo to nine years" in d for d in day), day
    assert not any("will learn" in d for d in day), day


def test_a_dated_noun_phrase_before_the_main_verb_dates_only_itself():
    events = _events("The owner of a Tucson kennel where 14 dogs died during a June 2023 power outage was sentenced "
                     "Friday to two years in prison.", published="2024-10-26")
    assert (dt.date(2023, 6, 1), "a June 2023 power outage") in events, events
    assert any(value == dt.date(2024, 10, 25) and "two years in prison" in description for value, description in events)


def test_the_day_a_quotation_was_given_to_an_outlet_is_no_event():
    events = _events("\u201cHe sent money home. He called me every Sunday,\u201d she told Channel 9 News Tucson in June. "
                     "Dorrit Vantongerloo was convicted in June of manslaughter.", published="2024-08-06")
    assert [description for _, description in events] == ["Dorrit Vantongerloo was convicted in June of manslaughter."]


def test_a_quotation_given_on_a_named_day_is_no_event_either():
    events = _events("\u201cWe are relieved,\u201d the family told the Marlow Gazette on Monday. Dorrit Vantongerloo "
                     "was sentenced on Monday to nine years in prison.", published="2024-08-06")
    assert all("relieved" not in description for _, description in events), events


def test_a_quoted_title_before_said_leaves_the_event():
    events = _events("Harbor Network, which aired \u201cSalt and Smoke,\u201d said in November that it had paused the show.",
                     published="2024-12-06")
    assert len(events) == 1, events


def test_an_aside_between_dashes_is_left_out_of_the_days_line():
    for body in ("A Lakeport tax preparer who took $2 million from his clients \u2014 some of whom lost their homes "
                 "\u2014 was sentenced Thursday to eight years in federal prison.",
                 "The former treasurer of a youth soccer league \u2014 a post she held for a decade, according to "
                 "court records \u2014 was sentenced Thursday to two years of probation and restitution."):
        facts = dated_facts(body, "2024-10-25")
        event = next(e for e in facts.events if e.date.value == dt.date(2024, 10, 24))
        head, tail = event.description.split(" \u2026 ")
        assert head.startswith(("A Lakeport tax preparer", "The former treasurer")) and "\u2014" not in event.description
        assert tail.startswith("was sentenced Thursday to")
        text = facts.source.text
        assert [text[c.start:c.end] for c in event.citations] == [head, tail]  # each part cites its own words


def test_a_line_cut_between_a_noun_and_its_appositive_ends_before_the_unfinished_clause():
    events = _events("The fraud came to light in March 2023 when the son of one investor, a retired pilot in "
                     "Elgin, asked the bank for a statement and learned that the account did not exist.")
    assert ("The fraud came to light in March 2023" in [d for _, d in events]), events
    events = _events("The thefts stopped in the fall of 2022 after a new treasurer, a retired accountant named in "
                     "the complaint, noticed that two checks had been cashed twice at the same branch.")
    assert any(d == "The thefts stopped in the fall of 2022" for _, d in events), events


def test_the_preview_naming_its_judge_and_the_days_story_are_one_hearing():
    preview = "She is scheduled to be sentenced Oct. 22 by U.S. District Judge Anneke Holloway."
    day = "A Marlow accountant who stole from a church was sentenced Tuesday to four years in federal prison."
    lines = _sentencing_day_of(preview, day)
    assert len(lines) == 1 and "four years in federal prison" in lines[0], lines


def test_a_quotation_given_in_an_interview_or_statement_on_a_day_is_no_event():
    for told in ("said in an interview Thursday", "said in a statement on Thursday", "wrote in a brief email Thursday"):
        events = _events(f"\u201cThe jury has spoken, and we respect that,\u201d defense attorney Lyle Brenner {told}.",
                         published="2024-10-25")
        assert not events, (told, events)
