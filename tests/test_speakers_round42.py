"""Relatives who speak in turn ("Her sister, Ann Roe, said … Her mother added"), a relative opening a sentence
whose "he" follows, a statement printed after a web-copy pointer ("Read the full statement below:"), a letter read
out with its writer named, and a relative's given name before a surname another party holds. All texts are written
for these tests."""
from __future__ import annotations

from tests.helpers import quotes_of, speaker_in


def _plain(speaker: str | None) -> str | None:
    return speaker.replace("\u2019", "'") if speaker else speaker


LEDE = "Corwin Tallow, 33, was sentenced Friday to 18 years in prison for the 2022 stabbing death of Mireille Ostrava.\n\n"


# "Her mother added" after "Her sister, Ann Roe, said": both relatives are the victim's, not the sister's own mother.
def test_relatives_speaking_in_turn_are_the_same_persons():
    text = LEDE + ("Her sister, Priya Lindqvist, said, \"We think of her at every meal.\"\n\n"
                   "Her mother added, \"I will not forgive him.\"")
    assert _plain(speaker_in(text, "I will not forgive")) == "Ostrava's mother"


# "His mother wept. "…," she told reporters": an unnamed relative is the named person's relative, never a bare "mother".
def test_an_unnamed_relative_is_named_by_whose_relative_they_are():
    text = LEDE + "His mother wept in the gallery.\n\n\"He was not raised this way,\" she told reporters."
    assert _plain(speaker_in(text, "He was not raised")) == "Tallow's mother"
    text = LEDE + "\"Eighteen years is not enough,\" said Bram Ostrava.\n\nHis wife agreed.\n\n\"He should stay there,\" she said."
    assert _plain(speaker_in(text, "He should stay")) == "Ostrava's wife"


# "Her father, Carl Roe, testified. … Her brother followed. "…," he said": the brother, not the father named before.
def test_a_relative_opening_a_sentence_is_who_the_next_pronoun_means():
    text = LEDE + ("Her father, Walter Ostrava, testified first.\n\n\"I heard her scream,\" he said.\n\n"
                   "Her brother followed.\n\n\"I ran to the car,\" he said.")
    assert speaker_in(text, "I heard her scream") == "Walter Ostrava"
    assert _plain(speaker_in(text, "I ran to the car")) == "Ostrava's brother"


# An unnamed relative opening a sentence speaks as that relative: "His mother told the judge. "…," she said".
def test_an_unnamed_relative_opening_a_sentence_speaks_as_a_relative():
    text = ("Margaret Tallow, 33, was sentenced Friday for beating a courier outside a warehouse.\n\n"
            "The courier, who was 16 at the time, suffered a broken wrist.\n\n"
            "In a statement read in court by a victim advocate, the courier said he no longer works nights.\n\n"
            "\"I loved that route,\" the statement said.\n\n"
            "His mother told the judge the family had moved. \"He was only doing his job,\" she said.")
    # (the courier, never the woman sentenced, whose "his" it cannot be)
    assert "mother" in speaker_in(text, "He was only doing")


# "Read the full statement below:" then the statement: its issuer in the sentence before the pointer.
def test_a_statement_after_a_pointer_is_its_issuers():
    text = LEDE + ("The Ostrava family released a statement after the hearing. Read the full statement below:\n\n"
                   "\"We are grateful to the jurors. Mireille can rest.\"")
    assert speaker_in(text, "We are grateful") == "Ostrava family"
    text = LEDE + ("Tallow's attorney, Quincy Marlowe, issued a statement Friday evening.\n\n"
                   "Read the full statement below.\n\n\"My client intends to appeal.\"")
    assert speaker_in(text, "My client intends") == "Quincy Marlowe"


# "The prosecutor read a letter from the victim's father: "…"": the writer's words, never the reader's.
def test_a_letter_read_out_is_its_writers():
    text = LEDE + "Prosecutor Delia Vance read a letter from Ostrava's father: \"My daughter had plans.\""
    assert _plain(speaker_in(text, "My daughter had plans")) == "Ostrava's father"
    text = LEDE + "Prosecutor Delia Vance read aloud a statement written by Walter Ostrava, \"My daughter had plans.\""
    assert speaker_in(text, "My daughter had plans") == "Walter Ostrava"


# "a letter from Carl Roe" in a story about Nadia Roe: another given name before the surname is another person.
def test_another_given_name_before_a_known_surname_is_another_person():
    text = LEDE + "Prosecutors read a letter from Walter Ostrava. \"My daughter had plans,\" he wrote."
    assert speaker_in(text, "My daughter had plans") == "Walter Ostrava"
    text = LEDE + "\"She loved the sea,\" Mireille Ostrava's uncle said."
    assert speaker_in(text, "She loved the sea") != "Walter Ostrava"
