"""Two stories of one case: a name told with its generation ("Fitzpatrick Jr.") is no second spelling, and a feature
that opens on the victim does not make the victim the case's defendant."""
from __future__ import annotations

from tests.helpers import case_of


def test_a_generation_suffix_is_no_other_spelling():
    first = ("a.txt", "Date: 2024-05-17\n\nGerald \u201cGerry\u201d Voss Jr., 59, the owner of Voss Site Works, was "
                      "sentenced Thursday to two years for the trench collapse that killed a worker. Voss apologized.\n")
    second = ("b.txt", "Date: 2024-05-16\n\nGerald Voss Jr., 59, and his company, Voss Site Works, each pleaded guilty "
                       "Wednesday to manslaughter in the trench collapse that killed a worker. Voss said nothing.\n")
    briefing = case_of(first, second)
    assert not [c for c in briefing.conflicts if c.kind == "name"], briefing.conflicts


FEATURE = ("a.txt", "Date: 2025-02-28\n\nA Tennessee man pleaded guilty to a string of fake emergency calls. One of "
                    "them ended with Walt Ember dead in his driveway.\n\n"
                    "Walt Ember had been asleep for about three hours when the floodlights hit his house.\n\n"
                    "The call was placed by a 21-year-old named Dane Kessick, who was angry at Ember's grandson.\n\n"
                    "On Tuesday, Kessick is scheduled to be sentenced in federal court, where he pleaded guilty in October "
                    "to cyberstalking resulting in death. Prosecutors asked for 25 years.\n")
SENTENCING = ("b.txt", "Date: 2025-03-04\n\nDane Kessick, 21, was sentenced Tuesday to 20 years in federal prison for a "
                       "fake emergency call that sent deputies to the home of Walt Ember, who collapsed and died.\n\n"
                       "Kessick pleaded guilty in October to cyberstalking resulting in death.\n")


def test_a_feature_that_opens_on_the_victim_is_still_about_the_accused():
    briefing = case_of(FEATURE, SENTENCING)
    assert briefing.title.startswith("Dane Kessick")
    assert not any((t.subject or "").endswith("Ember") for t in briefing.sentencing.terms), briefing.sentencing.terms
