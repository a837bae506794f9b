"""Disagreements between two stories of one case: ages told by a lede's description or with the surname alone,
counts of one thing, a given name spelt two ways, and a surname's particle that one story drops only because it
never uses the surname alone."""
from __future__ import annotations

from tests.helpers import case_of, conflicts_of


def test_a_ledes_unnamed_defendant_by_age_is_the_defendant():
    a = ("a.txt", "Date: 2024-03-08\n\nA Dallas jury on Thursday sentenced a 47-year-old man to 30 years in prison for "
                  "killing a driver. Orrin Tallis was convicted of murder.\n")
    b = ("b.txt", "Date: 2024-03-09\n\nJurors sentenced Orrin Tallis, 48, to 30 years in prison for murder.\n")
    assert conflicts_of(a, b) == {"Orrin Tallis": ["47", "48"]}


def test_a_victim_by_age_in_a_lede_is_not_the_defendant():
    a = ("a.txt", "Date: 2024-03-08\n\nOrrin Tallis, 48, was sentenced Thursday to 30 years in prison. He had ordered "
                  "a 19-year-old victim to kneel.\n")
    b = ("b.txt", "Date: 2024-03-09\n\nJurors sentenced Orrin Tallis, 48, to 30 years in prison for murder.\n")
    assert conflicts_of(a, b) == {}


def test_an_age_before_the_surname_alone_is_that_persons():
    a = ("a.txt", "Date: 2024-03-08\n\nJudge Ann Roe sentenced Orrin Tallis on Thursday. She sentenced the 62-year-old "
                  "Tallis to five years in prison.\n")
    b = ("b.txt", "Date: 2024-03-09\n\nOrrin Tallis, 61, was sentenced to five years in prison.\n")
    assert conflicts_of(a, b) == {"Orrin Tallis": ["61", "62"]}


def test_an_age_before_a_word_that_is_no_partys_surname_names_nobody():
    a = ("a.txt", "Date: 2024-03-08\n\nOrrin Tallis, 61, was sentenced Thursday. The 62-year-old Democrat had served "
                  "three terms.\n")
    b = ("b.txt", "Date: 2024-03-09\n\nOrrin Tallis, 61, was sentenced to five years in prison.\n")
    assert conflicts_of(a, b) == {}


def test_a_given_name_that_sounds_the_same_spelt_two_ways_is_one_person_and_a_disagreement():
    a = ("a.txt", "Date: 2024-03-08\n\nOrrin Tallis was sentenced to five years in prison. The victim's husband, "
                  "Derek Vossler, spoke in court.\n")
    b = ("b.txt", "Date: 2024-03-09\n\nOrrin Tallis was sentenced to five years in prison. Derrick Vossler, the "
                  "victim's husband, spoke in court.\n")
    found = conflicts_of(a, b)
    assert list(found.values()) == [["Derek", "Derrick"]]


def test_two_given_names_that_only_begin_alike_stay_two_people():
    a = ("a.txt", "Date: 2024-03-08\n\nOrrin Tallis was sentenced to five years in prison. Dana Vossler spoke in court.\n")
    b = ("b.txt", "Date: 2024-03-09\n\nOrrin Tallis was sentenced to five years in prison. Daniel Vossler spoke "
                  "in court.\n")
    assert conflicts_of(a, b) == {}


def test_a_surname_with_its_particle_and_without_is_no_disagreement_when_both_stories_give_the_full_name():
    a = ("a.txt", "Date: 2024-03-08\n\nOrrin Tallis was sentenced to five years in prison. Prosecutor Petra Van Roost "
                  "asked for more. Van Roost said he showed no remorse.\n")
    b = ("b.txt", "Date: 2024-03-09\n\nOrrin Tallis was sentenced to five years in prison, Petra Van Roost, the "
                  "prosecutor, said.\n")
    assert conflicts_of(a, b) == {}


def test_someone_sentenced_by_age_after_the_lede_may_be_anyone():
    a = ("a.txt", "Date: 2024-03-08\n\nOrrin Tallis, 48, was sentenced Thursday to 30 years in prison.\n\n"
                  "In a separate case, the judge sentenced a 19-year-old driver to two years of probation.\n")
    b = ("b.txt", "Date: 2024-03-09\n\nJurors sentenced Orrin Tallis, 48, to 30 years in prison for murder.\n")
    assert conflicts_of(a, b) == {}


def test_a_count_two_stories_give_a_little_differently_is_a_disagreement():
    a = ("a.txt", "Date: 2024-03-08\n\nOrrin Tallis was sentenced to five years in prison. He sent 14 threatening "
                  "letters to the mayor.\n")
    b = ("b.txt", "Date: 2024-03-09\n\nOrrin Tallis was sentenced to five years in prison for sending 15 threatening "
                  "letters to the mayor.\n")
    assert conflicts_of(a, b) == {"number of letters": ["14", "15"]}
    c = ("c.txt", "Date: 2024-03-09\n\nOrrin Tallis was sentenced to five years in prison for sending at least 15 "
                  "threatening letters to the mayor.\n")
    briefing = case_of(a, c)
    texts = {s.id: s.text for s in briefing.sources}
    values = [v for conflict in briefing.conflicts for v in conflict.values]
    assert sorted(v.text for v in values) == ["14 threatening letters", "at least 15 threatening letters"]
    assert all(texts[cite.source][cite.start:cite.end] == v.text for v in values for cite in v.citations)


def test_counts_far_apart_a_qualified_count_the_other_fits_and_a_quoted_count_are_no_disagreement():
    a = ("a.txt", "Date: 2024-03-08\n\nOrrin Tallis was sentenced to five years in prison. He stole 130 laptops; "
                  "more than 300 pages of records were lost. \u201cHe lost two houses,\u201d his lawyer said.\n")
    b = ("b.txt", "Date: 2024-03-09\n\nOrrin Tallis was sentenced to five years in prison. About 90 laptops are still "
                  "missing, and 340 pages of records were lost. He once owned five houses.\n")
    assert conflicts_of(a, b) == {}


def test_a_story_that_counts_one_thing_twice_differently_sets_neither_against_another_story():
    a = ("a.txt", "Date: 2024-03-08\n\nOrrin Tallis was sentenced to five years in prison. Two victims died and "
                  "three victims were hurt.\n")
    b = ("b.txt", "Date: 2024-03-09\n\nOrrin Tallis was sentenced to five years in prison for a crash in which four "
                  "victims were hurt.\n")
    assert conflicts_of(a, b) == {}
