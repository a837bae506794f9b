"""Cross-story disagreements the briefing must not miss: a first name spelt with another first letter that sounds
the same ("Gillian"/"Jillian"), the age of one of two people who share a surname, and an age told in a verdict
("found the 59-year-old guilty")."""
from __future__ import annotations

from tests.helpers import case_of, conflicts_of


def test_a_first_name_spelt_with_a_letter_that_sounds_the_same_is_one_person_spelt_two_ways():
    a = ("a.txt", "Date: 2024-08-01\n\nOrrin Bask was sentenced Thursday to two years in prison for bank fraud. "
                  "His attorney, Catherine Wellow, said he would appeal.\n")
    b = ("b.txt", "Date: 2024-08-02\n\nOrrin Bask was sentenced Thursday to two years in prison for bank fraud. "
                  "His attorney, Katherine Wellow, said he would appeal.\n")
    briefing = case_of(a, b)
    assert [p.name for p in briefing.parties if "Wellow" in p.name] in (["Catherine Wellow"], ["Katherine Wellow"])
    assert ["Catherine", "Katherine"] in conflicts_of(a, b).values()


def test_first_names_that_only_share_a_sound_at_the_start_stay_two_people():
    a = ("a.txt", "Date: 2024-08-01\n\nOrrin Bask was sentenced Thursday to two years in prison for bank fraud. "
                  "His brother Gene Bask testified for him.\n")
    b = ("b.txt", "Date: 2024-08-02\n\nOrrin Bask was sentenced Thursday to two years in prison for bank fraud. "
                  "His sister Jean Bask testified for him.\n")
    names = [p.name for p in case_of(a, b).parties if p.kind == "person"]
    assert "Gene Bask" in names and "Jean Bask" in names


def test_a_shared_surname_alone_is_the_person_the_story_named_last():
    before = ("a.txt", "Date: 2024-08-01\n\nTobiah Wrenley, 41, will be sentenced Friday for shooting Dario Quell, 26, "
                       "during a traffic stop. Prosecutors want 12 years in prison.\n")
    after = ("b.txt", "Date: 2024-08-03\n\nFor an hour, Mina Quell spoke to the man who killed her son. She talked about "
                      "her son, Dario Quell, a carpenter, and his two daughters.\n\nHours later, a judge sentenced Tobiah Wrenley, 41, "
                      "to six years in prison for the killing of Quell, 27, who was unarmed.\n")
    found = conflicts_of(before, after)
    assert found.get("Dario Quell") == ["26", "27"]
    assert "Mina Quell" not in found


def test_an_age_told_in_the_verdict_is_the_defendants():
    before = ("a.txt", "Date: 2024-08-01\n\nJurors found Corliss Amberfield, a 58-year-old state senator from Dayton, "
                       "guilty of bribery on Tuesday. She will be sentenced in November.\n")
    after = ("b.txt", "Date: 2024-08-02\n\nMeet state Sen. Corliss Amberfield. On Tuesday a federal jury found the "
                      "59-year-old Republican guilty of bribery. She will be sentenced in November.\n")
    assert conflicts_of(before, after).get("Corliss Amberfield") == ["58", "59"]


def test_a_surname_before_a_generational_suffix_is_the_persons():
    a = ("a.txt", "Date: 2024-08-01\n\nFormer deputy Alvaro Quintanar Jr. will be sentenced Tuesday for taking bribes. "
                  "Quintanar, 44, faces up to 20 years in prison.\n")
    b = ("b.txt", "Date: 2024-08-02\n\nFormer deputy Alvaro Quintanar Jr. was sentenced Tuesday to 12 years in prison "
                  "for taking bribes. The judge also ordered the 45-year-old to forfeit $40,000.\n")
    assert conflicts_of(a, b).get("Alvaro Quintanar Jr.") == ["44", "45"]


def test_a_short_surname_one_letter_apart_beside_the_same_given_names_is_one_person():
    a = ("a.txt", "Date: 2024-08-01\n\nOrrin Bask was sentenced Thursday to two years in prison for bank fraud. "
                  "Ana Maria Tzul, a teller, testified against him.\n")
    b = ("b.txt", "Date: 2024-08-02\n\nOrrin Bask was sentenced Thursday to two years in prison for bank fraud. "
                  "Ana Maria Tzull, a teller, testified against him.\n")
    assert ["Tzul", "Tzull"] in conflicts_of(a, b).values()
    other = ("c.txt", "Date: 2024-08-02\n\nOrrin Bask was sentenced Thursday to two years in prison for bank fraud. "
                      "Rita Tzull, a teller, testified against him.\n")
    names = [p.name for p in case_of(a, other).parties if p.kind == "person"]
    assert "Ana Maria Tzul" in names and "Rita Tzull" in names
