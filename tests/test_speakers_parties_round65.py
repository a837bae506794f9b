"""Round 65, quote speakers and parties: a role-only speaker ("Frane's lawyer") is the one person the article later
names in that role; a relative's own noun is the one before "of" ("the sister of the boy's father" is a woman); an
unnamed role judging the case ("in a case a prosecutor called "…"") speaks as written; "a judge" in a lede is the
story's one judge even where a prosecutor works "in the Justice Department"; a nickname in quotation marks inside a
name is the same person. All texts are invented for these tests."""
from __future__ import annotations

from tests.helpers import facts_of, speaker_in


def test_a_role_only_speaker_is_the_person_later_named_in_that_role():
    text = ("Former mayor Gordon Frane was sentenced Monday to two years in prison for stealing city funds.\n\n"
            "Frane\u2019s lawyer argued in a filing that the 60-year-old has \u201csuffered enough already\u201d and "
            "should be spared prison.\n\n"
            "Prosecutors said Frane stole $40,000.\n\n"
            "His lawyer, Marcus Tenney, asked the judge for probation.\n")
    assert speaker_in(text, "suffered enough") == "Marcus Tenney"


def test_a_role_two_people_hold_stays_as_written():
    text = ("Former mayor Gordon Frane was sentenced Monday to two years in prison for stealing city funds.\n\n"
            "Frane\u2019s lawyer argued in a filing that the 60-year-old has \u201csuffered enough already\u201d and "
            "should be spared prison.\n\n"
            "His lawyer, Marcus Tenney, asked the judge for probation. Another of Frane\u2019s lawyers, Ida Roop, "
            "said he would appeal.\n")
    assert speaker_in(text, "suffered enough") != "Ida Roop"


def test_the_relation_before_of_gives_the_gender_not_the_relative_after_it():
    text = ("Tobin Marsh, 30, was sentenced Friday to life in prison in the death of Ezra Quint, 2.\n\n"
            "Ezra Quint\u2019s aunt says nothing will bring him back.\n\n"
            "Delphine Quint, the sister of the boy\u2019s father, read a statement at the hearing Friday. She held up "
            "a drawing the boy made.\n\n"
            "\u201cHe loved trucks more than anything,\u201d she said.\n")
    assert speaker_in(text, "loved trucks") == "Delphine Quint"


def test_an_unnamed_role_calling_the_case_something_speaks_as_written():
    text = ("RIVERTON, Ohio (AP) \u2014 An Ohio man was sentenced to life in prison Monday for the death of his "
            "nephew, 3, in a case a prosecutor called \u201ca campaign of cruelty.\u201d\n\n"
            "Tobin Marsh, 30, was convicted in May.\n")
    assert speaker_in(text, "campaign of cruelty") == "a prosecutor"


def test_a_judge_in_the_lede_is_the_one_judge_not_a_justice_department_lawyer():
    text = ("DAYTON, May 2 (Reuters) - An Ohio man who burned a mosque was sentenced on Tuesday to 20 years in prison, "
            "after a judge said he had tried to \u201cfrighten an entire neighborhood\u201d because of its faith.\n\n"
            "Tobin Marsh, 30, pleaded guilty in January.\n\n"
            "U.S. District Judge Ramona Felzner imposed the sentence.\n\n"
            "\u201cHate has a price,\u201d said Wilma Ostrand, a deputy assistant attorney general in the Justice "
            "Department\u2019s Civil Rights Division.\n")
    assert speaker_in(text, "frighten an entire") == "Ramona Felzner"


def test_a_nickname_in_quotation_marks_is_the_same_person():
    facts = facts_of("Title: Sheriff sentenced\n\n"
                     "A judge on Monday sentenced former Elk County Sheriff Bernard \u201cBernie\u201d Coyle to three "
                     "years in prison for embezzlement.\n\n"
                     "Bernie Coyle resigned from office in 2022 after an audit.\n")
    people = [p for p in facts.parties if p.kind == "person"]
    assert [p.name for p in people if "Coyle" in p.name] == ["Bernard Coyle"]
    assert "Bernie Coyle" in next(p for p in people if p.name == "Bernard Coyle").aliases


def test_a_plural_role_stays_a_group():
    text = ("Dale Roper, 22, was sentenced Friday to 12 years in prison for selling secrets.\n\n"
            "Roper\u2019s lawyers, public defenders Ines Vukov and Otto Brann, paint a kinder picture in their filing "
            "of a young man \u201cpreyed on because he was lonely.\u201d\n")
    assert speaker_in(text, "preyed on") != "Ines Vukov"

