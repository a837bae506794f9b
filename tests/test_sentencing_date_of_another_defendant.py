"""A sentencing date told of someone else is never the defendant's: a partner who pleaded guilty, referred to by a
pronoun in the next sentence, and a story of the same case whose own subject is the other defendant."""
from __future__ import annotations

from tests.helpers import case_of, dated_facts


def test_a_pronoun_after_another_persons_plea_dates_that_persons_hearing():
    facts = dated_facts("Fund manager Orrin Tallis was sentenced on Thursday to 12 years in prison for fraud.\n\n"
                        "Tallis's former partner, Petra Vale, pleaded guilty and testified against him at trial. She is "
                        "scheduled to be sentenced on May 20.\n", "2025-02-27")
    assert facts.sentencing.sentencing_date.text == "Thursday"


def test_a_pronoun_after_the_defendants_own_plea_still_dates_the_defendants_hearing():
    facts = dated_facts("Fund manager Orrin Tallis admitted fraud in a deal with prosecutors.\n\n"
                        "Tallis pleaded guilty in January. He is scheduled to be sentenced on May 20.\n", "2025-02-27")
    assert facts.sentencing.sentencing_date.text == "May 20"


def test_a_story_about_the_other_defendant_gives_the_case_no_sentencing_date():
    main = ("a.txt", "Date: 2025-01-14\n\nArt dealer Ysolde Oskarvik was sentenced on Tuesday to eight years in prison for "
                     "selling forged paintings.\n")
    other = ("b.txt", "Date: 2025-01-24\n\nArt dealer Oswin Trelawny, who testified against his partner, was sentenced "
                      "on Thursday to a year and a day in prison.\n")
    follow_up = ("c.txt", main[1].replace("2025-01-14", "2025-01-15"))
    briefing = case_of(main, follow_up, other)
    assert briefing.sentencing.sentencing_date.text == "Tuesday"
    assert not [c for c in briefing.conflicts if c.kind == "date"]
