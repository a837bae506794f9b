"""Speakers and parties for news conventions met in mainstream coverage: surnames that are also rank words,
business names with "&", offices named with the district they serve, kinds of bodies ("the grand jury"),
a relation opening its sentence after a sourcing phrase, and quoted terms that nobody said.
All texts are written for these tests."""
from __future__ import annotations

import pytest

from tests.helpers import facts_of, speaker_of, party_names


# A surname that is also a rank qualifier ("Petty Officer", "Staff Sgt.", "Master Chief") is a surname when no
# title follows it.
@pytest.mark.parametrize("text, name", [
    ("U.S. District Judge Owen Petty sentenced Tom Vale, 52, on Friday.\n\n"
     "\"You knew exactly what you were doing,\" Petty told Vale.\n", "Owen Petty"),
    ("Circuit Judge Carla Staff denied the motion on Monday.\n\n"
     "\"The record does not support it,\" Staff wrote in her order.\n", "Carla Staff"),
    ("Detective Luis Master testified that the safe was empty.\n\n"
     "\"Nothing was left,\" Master told jurors.\n", "Luis Master"),
])
def test_a_surname_that_is_also_a_rank_word_speaks_and_is_a_party(text, name):
    facts = facts_of(text)
    assert name in party_names(facts)
    assert speaker_of(facts, text.split("\"")[1][:10]) == name


def test_a_rank_qualifier_before_its_rank_stays_part_of_the_title():
    facts = facts_of("Navy Petty Officer Dana Roe testified at the trial on Tuesday.\n\n"
                     "\"I saw him leave,\" Roe said.\n")
    assert "Dana Roe" in party_names(facts)
    assert not any("Petty" in n for n in party_names(facts))


# An ampersand joins the words of one business's name; news prose never joins two parties with it.
@pytest.mark.parametrize("text, name", [
    ("Dr. Amy Cole ran Ridge Spine & Rehab, a clinic in Dover, until 2023.\n", "Ridge Spine & Rehab"),
    ("The law firm Barton & Hale represents the family, which sued in May.\n", "Barton & Hale"),
    ("Investigators said the pills were shipped by Ostrander & Sons Pharmacy in March.\n", "Ostrander & Sons Pharmacy"),
])
def test_a_business_name_with_an_ampersand_is_one_party(text, name):
    names = party_names(facts_of(text))
    assert name in names
    assert not any(n != name and name.startswith(n) for n in names)


@pytest.mark.parametrize("text", [
    "Tomas Brandt was sentenced Monday. His attorney, Lena Ortiz of Hale & Moss, said he \"accepts the sentence.\"\n",
    "Tomas Brandt was sentenced Monday. \"He accepts the sentence,\" said Lena Ortiz of Hale & Moss.\n",
    "Tomas Brandt was sentenced Monday. Lena Ortiz, of Hale & Moss, said he \"accepts the sentence.\"\n",
])
def test_a_lawyer_named_with_her_ampersand_firm_is_still_the_person(text):
    facts = facts_of(text)
    assert "Lena Ortiz" in party_names(facts)
    assert [q.speaker for q in facts.quotes] == ["Lena Ortiz"]


def test_two_people_joined_by_and_stay_two_parties():
    names = party_names(facts_of("Ann Roe and Tom Vale were charged on Monday.\n"))
    assert "Ann Roe" in names and "Tom Vale" in names


# An office named by its holder's title goes on through the district it serves ("… Office for the X District").
@pytest.mark.parametrize("text, name", [
    ("The State Attorney’s Office for the Ninth Judicial Circuit said in a statement that \"justice was served.\"\n",
     "the State Attorney’s Office for the Ninth Judicial Circuit"),
    ("The U.S. Attorney’s Office for the Western District of Ohio said the plea \"ends a long chapter.\"\n",
     "U.S. Attorney’s Office for the Western District of Ohio"),
    ("A spokeswoman for the Inspector General’s Office of the Department of Labor said \"the review continues.\"\n",
     "Inspector General’s Office of the Department of Labor"),
])
def test_an_office_keeps_the_district_it_serves(text, name):
    facts = facts_of(text)
    assert name in party_names(facts)
    assert facts.quotes and facts.quotes[0].speaker == name


def test_an_office_that_ends_its_sentence_leaves_the_period_out():
    names = party_names(facts_of("Ann Lee was indicted Monday, according to the U.S. Attorney’s Office for the "
                                 "Northern District of Iowa. Her lawyer declined to comment.\n"))
    assert "U.S. Attorney’s Office for the Northern District of Iowa" in names


def test_an_office_stops_before_a_lower_case_phrase():
    facts = facts_of("The Attorney General’s Office for the first time said it would \"review every case.\"\n")
    assert "the Attorney General’s Office" in party_names(facts)
    assert not any("first time" in n for n in party_names(facts))


# A modifier that names another kind of body stays with the body that speaks.
@pytest.mark.parametrize("text, speaker", [
    ("Chief Tom Vale, 58, was charged Monday.\n\nIn its report, the grand jury said Vale used the vault "
     "\"like a piggy bank.\"\n", "the grand jury"),
    ("Chief Tom Vale, 58, was charged Monday.\n\n\"He betrayed the town,\" the grand jury wrote.\n", "the grand jury"),
    ("Chief Tom Vale, 58, was charged Monday.\n\nA grand jury found that he had \"no regard for the law.\"\n",
     "grand jury"),
    ("Tom Vale, 58, was denied release Monday.\n\n\"We will review the case again,\" the parole board said.\n",
     "the parole board"),
])
def test_a_kind_of_body_keeps_its_modifier(text, speaker):
    assert facts_of(text).quotes[0].speaker == speaker


def test_a_describing_modifier_is_dropped_from_the_body():
    facts = facts_of("Tom Vale, 58, was charged Monday.\n\n\"We are disappointed,\" the small company said.\n")
    assert facts.quotes[0].speaker == "the company"


# A relation opening its sentence after a sourcing or time phrase is the subject a later participle hangs from,
# not a name inside the clause.
@pytest.mark.parametrize("text, speaker", [
    ("Tom Vale, 34, was charged Monday. His son, Ben Vale, was unhurt.\n\n"
     "According to court records, Vale’s mother had warned him twice after finding Ben alone in the truck, "
     "once writing, \"This has to stop.\"\n", "Vale’s mother"),
    ("Tom Vale, 34, was charged Monday. His son, Ben Vale, was unhurt.\n\n"
     "In a letter to the court, Vale’s sister described years of chaos at the house where Ben lived, "
     "writing, \"He never listened to anyone.\"\n", "Vale’s sister"),
    ("Tom Vale, 34, was charged Monday. His son, Ben Vale, was unhurt.\n\n"
     "Last spring, Vale’s brother drove to the house after hearing Ben crying, later saying, \"It was chaos.\"\n",
     "Vale’s brother"),
])
def test_a_relation_after_an_opening_phrase_speaks_through_the_participle(text, speaker):
    facts = facts_of(text)
    assert facts.quotes[0].speaker == speaker


def test_a_named_person_in_a_who_clause_still_speaks():
    facts = facts_of("Tom Vale, 34, was charged Monday.\n\n"
                     "According to court records, Vale’s lawyer met with Ann Roe, who later wrote, \"It was a mistake.\"\n")
    assert facts.quotes[0].speaker == "Ann Roe"


# A short quoted noun phrase that works as a noun in the writer's own sentence is a term, not speech, however near
# a verb of speech.
@pytest.mark.parametrize("text", [
    "An expert, Dr. Ann Roe, testified about \"task fixation,\" a condition in which people lose track of time.\n",
    "Prosecutors pointed to the \"pain contracts\" that patients signed without reading them, Roe said.\n",
    "The court has questioned the practice of \"relevant conduct\" sentencing, Vale argued.\n",
    "A defense witness spoke about \"inattentional blindness,\" the term psychologists use for missing the obvious.\n",
])
def test_a_quoted_term_is_no_quote(text):
    assert facts_of("Tom Vale, 52, was sentenced Friday.\n\n" + text).quotes == []


def test_words_someone_used_about_a_thing_are_still_a_quote():
    facts = facts_of("Tom Vale, 52, was sentenced Friday.\n\n"
                     "Prosecutor Ann Roe said there was \"a real risk\" that he would reoffend, and called the plea "
                     "\"a travesty\" that shamed the county.\n")
    assert [q.text for q in facts.quotes] == ["a real risk", "a travesty"]
    assert {q.speaker for q in facts.quotes} == {"Ann Roe"}
