"""A name quoted after "sham" or "bogus" (a scare quote, not speech), words a sentence says someone wrote in a
that-clause before a closing "police said", "one of them" after a sentence naming a group of people, and a body
placed by its city ("the U.S. Attorney's Office in Denver said"). Short texts written for these tests, with invented
names."""
from __future__ import annotations

from tests.helpers import quotes_of, speaker_in

TITLE = "Clinic owner sentenced for billing scheme"


def speaker_of(text: str, words: str) -> str | None:
    return speaker_in(text, words, TITLE)


def test_a_name_after_sham_or_bogus_is_a_scare_quote_even_near_a_verb_of_speech():
    text = ("A clinic owner who investigators say billed insurers for sham \"wellness checks\" to hide kickbacks was "
            "sentenced Friday to five years in prison.\n\n"
            "Dorian Fells, 58, also ran bogus \"patient seminars\" in two counties, prosecutors said.\n\n"
            "\"This was theft from the sick,\" Judge Amelia Corrow said.\n")
    quoted = [words for words, _ in quotes_of(text, TITLE)]
    assert not any("wellness checks" in words or "patient seminars" in words for words in quoted)
    assert any("theft from the sick" in words for words in quoted)


def test_the_writer_of_a_that_clause_speaks_before_a_closing_police_said():
    text = ("Dorian Fells, a clinic owner, was sentenced Friday to five years in prison.\n\n"
            "Fells later wrote in a letter to an insurer that the patients had \"consented\" and that the visits were "
            "\"routine and fully documented,\" "
            "prosecutors said.\n\n"
            "He was \"a danger to every patient he saw,\" prosecutors said.\n")
    assert speaker_of(text, "routine and fully documented") == "Dorian Fells"
    assert speaker_of(text, "a danger to every patient") == "prosecutors"


def test_one_of_them_is_one_of_the_group_the_sentence_before_named():
    text = ("Dorian Fells, a clinic owner, was sentenced Friday to five years in prison.\n\n"
            "Several nurses who had worked at the clinic were never paid, prosecutors said. One of them, now 40, "
            "wrote to the court that she \"lost a home over those missing paychecks.\"\n")
    assert speaker_of(text, "lost a home") == "one of the nurses"


def test_a_body_placed_by_its_city_keeps_the_place():
    text = ("Dorian Fells, a clinic owner, was sentenced Friday to five years in prison.\n\n"
            "The U.S. Attorney's Office in Denver said the sentence \"should warn anyone who bills for care never given.\"\n")
    assert speaker_of(text, "should warn anyone") == "U.S. Attorney's Office in Denver"
