"""Which day is the sentencing, and whose plea is the case's, in stories that tell several defendants or open on a
courtroom scene. The articles are written for these tests."""
from __future__ import annotations

import datetime as dt

from builder.extract import extract
from builder.sources import source_from_text
from tests.helpers import sentencing_of

# 2021-06-12 is a Saturday.
FEATURE = """title: Two men, one fire, two sentences
outlet: The Linfield Ledger
date: 2021-06-12

Greta Moll's son gripped the edge of the lectern in Courtroom 4B of the Linfield County Courthouse on Thursday and \
read from a folded sheet of paper. He never looked at the defense table.

"My mother built that bakery with her hands," Piet Moll said.

Minutes later, Curt Hasse, 31, who a jury found set the fire that killed the 74-year-old baker, was sentenced to \
25 years in prison. Judge Vera Lind also ordered him to pay $40,000 in restitution.

Otto Ruhl, 22, who drove Hasse to the bakery and later testified against Hasse, received eight years in prison \
after pleading guilty to third-degree murder.

A third defendant, Lia Brandt, 20, who prosecutors said bought the gasoline, pleaded guilty to conspiracy and was \
sentenced in March to three years in prison.

Brandt, who is serving her sentence at a state prison, wrote a letter to the family that was read at her own \
hearing in March.
"""


def _facts(text: str):
    return extract(source_from_text("story.txt", text))


def test_a_feature_lede_in_the_courtroom_dates_an_undated_sentence():
    s = _facts(FEATURE).sentencing
    assert s.sentencing_date is not None
    assert (s.sentencing_date.text, s.sentencing_date.value) == ("Thursday", dt.date(2021, 6, 10))


def test_a_co_defendants_sentencing_month_is_not_the_cases_day():
    # without the courtroom lede, nothing dates the main sentencing: no date beats another defendant's
    body = FEATURE.split("Minutes later, ", 1)[1]
    s = _facts("title: Fire sentences\noutlet: Ledger\ndate: 2021-06-12\n\n" + body).sentencing
    assert s.sentencing_date is None


def test_a_courtroom_day_long_before_the_story_or_of_another_event_is_not_the_sentencing():
    old = FEATURE.replace("date: 2021-06-12", "date: 2021-07-30").replace("on Thursday", "on Thursday, June 10,")  # a week before is the limit
    s = _facts(old).sentencing
    assert s.sentencing_date is None or s.sentencing_date.value != dt.date(2021, 6, 10)
    verdict = FEATURE.replace("Greta Moll's son gripped the edge of the lectern",
                              "A jury convicted Curt Hasse after the son of Greta Moll stood at the lectern")
    s = _facts(verdict).sentencing
    assert s.sentencing_date is None or s.sentencing_date.text != "Thursday"


def test_a_plea_by_an_accomplice_who_testified_against_the_defendant_is_printed_with_his_name():
    s = _facts(FEATURE).sentencing
    own = [c.text for c in s.charges if c.subject is None]
    assert "third-degree murder" not in own and "conspiracy" not in own
    assert [(c.text, c.status) for c in s.charges if c.subject == "Otto Ruhl"] == [("third-degree murder", "pleaded guilty")]
    assert [t.text for t in s.terms if t.status == "imposed"] == ["25 years in prison", "$40,000 in restitution"]


def test_a_co_accused_or_co_offender_in_commonwealth_reports_is_not_the_defendant():
    # (one word list for someone charged in the same case, shared by the sentencing, charges and defendant stages)
    s = sentencing_of("Darren Molloy, 34, was jailed for six years at Leeds Crown Court. A co-accused was given "
                      "18 months in prison.")
    assert [t.text for t in s.terms] == ["jailed for six years"]
    assert [t.text for t in s.others] == ["18 months in prison"]
    s = sentencing_of("Darren Molloy, 34, was jailed for six years. His co-offender was jailed for 18 months.")
    assert [t.text for t in s.terms] == ["jailed for six years"]
    s = sentencing_of("Darren Molloy, 34, was jailed for six years. The co-accused pleaded guilty to affray.")
    assert [c.text for c in s.charges] == []


def _sentencing_day(body: str):
    date = extract(source_from_text("a.txt", f"title: Sentenced\ndate: 2024-05-17\n\n{body}\n")).sentencing.sentencing_date
    return date and date.value


def test_the_day_custody_begins_is_not_the_sentencing_day():
    assert _sentencing_day("A federal judge on Thursday sentenced Curt Wend to 42 months in prison.\n\nShe imposed a "
                           "$25,000 fine and allowed him to report to prison on July 15.") == dt.date(2024, 5, 16)
    assert _sentencing_day("Curt Wend was sentenced to 42 months in prison and must report to prison on July 15.") is None
    # near miss: a report that is a noun, beside the hearing's own day
    assert _sentencing_day("Curt Wend pleaded guilty. The judge will review a presentence report and scheduled "
                           "sentencing for Aug. 18.") == dt.date(2024, 8, 18)
