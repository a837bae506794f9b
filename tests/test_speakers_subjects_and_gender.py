"""Speakers when a paragraph names two people: a later "he"/"she" means the subject of the sentence before (not a
name in its subordinate clause, its scene-setting opening or the paragraph before), the article's own he/she
evidence breaks ties, "the statement" is its issuer's even when the body is named only once, and a quote without a
verb after a question-opened action sentence is that sentence's subject's. All texts are written for these tests."""
from __future__ import annotations

import pytest

from tests.helpers import facts_of, speaker_of


# A name inside a subordinate clause ("before Judge Roe ruled") is not whom the next "he said" means.
@pytest.mark.parametrize("text", [
    "Defense witness Piet Varga testified for Orla Fenn. Judge Edda Rusk presided.\n\n"
    "Varga, 40, faced the family before Rusk announced the sentence.\n\n\"I replay that night every day,\" he said.\n",
    "Piet Varga, a neighbor, took the stand. Judge Edda Rusk presided.\n\n"
    "Varga wiped his eyes while Rusk read the verdict. \"I replay that night every day,\" he said quietly.\n",
    "Piet Varga spoke for the family. Judge Edda Rusk presided.\n\n"
    "Varga stood up after Judge Rusk finished reading.\n\n\"I replay that night every day,\" he told the court.\n",
])
def test_the_subject_outranks_a_name_in_a_subordinate_clause(text):
    assert speaker_of(facts_of(text), "I replay") == "Piet Varga"


def test_the_articles_own_she_outranks_an_unmarked_subject():
    text = ("Lawyer Piet Varga spoke for Orla Fenn. Judge Edda Rusk heard the case. She said she would rule soon.\n\n"
            "Varga nodded before Rusk read the sentence aloud.\n\n\"This is the hardest part of my job,\" she said.\n")
    assert speaker_of(facts_of(text), "This is the hardest") == "Edda Rusk"


# A body named in a scene-setting opening ("Speaking outside the courthouse,") is where the subject stands.
@pytest.mark.parametrize("text", [
    "The prosecutor, Calder Brune, said the law was clear.\n\nSpeaking to reporters outside the Tollan County "
    "Courthouse, the victim's mother, Wren Ashby, said she had prayed daily.\n\n\"I heard his name and I wept,\" she said.\n",
    "The prosecutor, Calder Brune, said the law was clear.\n\nAt a vigil at Lakeside Park, Wren Ashby said she had "
    "prayed daily. \"I heard his name and I wept,\" she said.\n",
    "The prosecutor, Calder Brune, said the law was clear.\n\nOutside Tollan County Courthouse, the victim's mother, "
    "Wren Ashby, said she had prayed daily.\n\n\"I heard his name and I wept,\" she told reporters.\n",
])
def test_a_scene_opening_does_not_hide_the_subject(text):
    assert speaker_of(facts_of(text), "I heard his name") == "Wren Ashby"


# "The president of the union, Sgt. Ann Roe, said …. He said …": the described subject goes on speaking.
@pytest.mark.parametrize("text", [
    "\"He was a good man,\" said Bram Kettle, a cousin.\n\nThe head of the Tollan Police Union, Sgt. Ivo Marsh, "
    "said members were upset. He said officers were now \"afraid to make any stop.\"\n",
    "\"He was a good man,\" said Bram Kettle, a cousin.\n\nThe president of the deputies' association, Lt. Ivo Marsh, "
    "said the verdict hurt morale.\n\n\"Officers are afraid to make any stop,\" he said.\n",
    "\"He was a good man,\" Bram Kettle said.\n\nThe spokesman for the union, Ivo Marsh, said it would appeal. "
    "\"Officers are afraid to make any stop,\" he said.\n",
])
def test_a_described_subject_continues_in_the_next_he_said(text):
    assert speaker_of(facts_of(text), "afraid to make" if "\"afraid" in text else "Officers are") == "Ivo Marsh"


def test_a_victim_named_in_apposition_does_not_take_the_officers_words():
    text = ("Orla Fenn was charged in May.\n\nThe victim, Bram Kettle, was shot twice. Officer Ivo Marsh said he fired "
            "in self-defense.\n\n\"I was afraid for my life,\" he said.\n")
    assert speaker_of(facts_of(text), "I was afraid") == "Ivo Marsh"


# "<Body> said in a statement that … / "…," the statement said.": the body, even one named only there.
@pytest.mark.parametrize("text, speaker", [
    ("Orla Fenn was charged in May.\n\nThe Varnholt Consulate General in Dayton said in a statement that it was "
     "helping families.\n\n\"No family should learn this way,\" the statement said.\n", "Varnholt Consulate General"),
    ("Orla Fenn was charged in May.\n\nIn a statement, the Tollan Unified School District said it was cooperating "
     "with investigators.\n\n\"Student safety comes first,\" the statement said.\n", "Tollan Unified School District"),
    ("Orla Fenn was charged in May.\n\nTollan Unified School District officials said in a statement Monday that "
     "they were cooperating.\n\n\"Student safety comes first,\" the statement read.\n", "Tollan Unified School District"),
])
def test_the_statement_is_its_issuers(text, speaker):
    assert speaker_of(facts_of(text), text[text.rindex("\n\n\"") + 3:][:6]) == speaker


def test_a_named_person_issuing_a_statement_keeps_it():
    text = ("Orla Fenn was charged in May.\n\nIn a statement, Police Chief Edda Rusk said the department was "
            "cooperating.\n\n\"We owe the public answers,\" the statement said.\n")
    assert speaker_of(facts_of(text), "We owe") == "Edda Rusk"


# "Asked whether he would run again, he laughed. "…"": a question-opened beat stages its subject's answer.
@pytest.mark.parametrize("text", [
    "Mayor Ivo Marsh spoke to reporters.\n\nAsked whether he would run again, he laughed. \"Not a chance, not now.\"\n",
    "Lawyer Ivo Marsh spoke for Orla Fenn.\n\nPressed on the delay, he shrugged. \"Not a chance, not now.\"\n",
    "Lawyer Ivo Marsh spoke for Orla Fenn.\n\nAsked about the appeal, Marsh smiled. \"Not a chance, not now.\"\n",
])
def test_a_question_opened_beat_gives_its_subject(text):
    assert speaker_of(facts_of(text), "Not a chance") == "Ivo Marsh"


def test_a_question_about_someone_is_no_beat_of_theirs():
    text = ("Judge Edda Rusk heard the case. She said she would rule soon.\n\n"
            "Asked about Ivo Marsh, she laughed. \"Not today, not here.\"\n")
    assert speaker_of(facts_of(text), "Not today") != "Ivo Marsh"
