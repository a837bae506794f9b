"""Speakers named with a church, civil or police title ("the Rev.", "Msgr.", "Hon.", "Tpr."): the title's period ends
no sentence; a letter "from"/"written by"/"signed by" someone is its writer's words, the name in an appositive after
a role is the writer, and a place or body after "of"/"in" is never the writer; "the family of the victim" speaks as
the victim's family over the quote paragraphs its statement lead-in hands over. All texts are written for these tests."""
from __future__ import annotations

import pytest

from builder.extract.text import split_sentences
from tests.helpers import facts_of, speaker_of

LEDE = "Orrin Tesch, 41, was sentenced Friday to nine years for the crash that killed a cyclist.\n\n"


@pytest.mark.parametrize("sentence", [
    "The senior pastor, the Rev. Ilse Marrow, sat in the gallery.",
    "Msgr. Pell Dorran of St. Brigid Parish led the prayer.",
    "The Hon. Wynn Saltash presided over the hearing.",
    "Asst. U.S. Atty. Bao Treml argued for the maximum.",
    "Tpr. Cade Omsk of the highway patrol testified first.",
])
def test_a_title_before_a_name_ends_no_sentence(sentence):
    assert split_sentences(sentence, 0, len(sentence)) == [(0, len(sentence))]


def test_a_sentence_still_ends_after_an_ordinary_word():
    text = "He went to church. Rev. Ilse Marrow spoke."
    assert len(split_sentences(text, 0, len(text))) == 2


@pytest.mark.parametrize("sentence", [
    "One, from his pastor, the Rev. Ilse Marrow, described him as \u201ca man who kept every promise.\u201d",
    "A letter from the Rev. Ilse Marrow of Grace Chapel in Port Halvey described him as \u201ca man who kept every promise.\u201d",
    "Another, written by Msgr. Ilse Marrow of St. Brigid Parish, called him \u201ca man who kept every promise.\u201d",
    "One letter, signed by the Hon. Ilse Marrow, a retired judge, said he was \u201ca man who kept every promise.\u201d",
    "The longest, from Fr. Ilse Marrow of Holy Name Church, described him as \u201ca man who kept every promise.\u201d",
    "Another letter, this one from the Rev. Ilse Marrow, said he was \u201ca man who kept every promise.\u201d",
])
def test_a_letter_from_a_titled_writer_is_the_writers(sentence):
    facts = facts_of(LEDE + "The judge received 30 letters. " + sentence + "\n\nTesch did not speak.\n")
    assert speaker_of(facts, "a man who kept") == "Ilse Marrow"


@pytest.mark.parametrize("sentence", [
    "One, from a church in Port Halvey, described him as \u201ca man who kept every promise.\u201d",
    "Another, from a neighbor in Port Halvey, called him \u201ca man who kept every promise.\u201d",
])
def test_a_place_after_the_writer_never_wrote_the_letter(sentence):
    facts = facts_of(LEDE + "The judge received 30 letters. " + sentence + "\n")
    assert speaker_of(facts, "a man who kept") != "Port Halvey"


@pytest.mark.parametrize("tag", [
    "\u201cWe pray for both families,\u201d said Msgr. Ilse Marrow, who leads St. Brigid Parish.",
    "\u201cWe pray for both families,\u201d Ofc. Ilse Marrow of the Port Halvey Police Dept. said.",
    "The Hon. Ilse Marrow presided. \u201cWe pray for both families,\u201d she said.",
])
def test_a_titled_speaker_in_a_tag(tag):
    facts = facts_of(LEDE + tag + "\n\nTesch did not speak.\n")
    assert speaker_of(facts, "We pray") == "Ilse Marrow"


@pytest.mark.parametrize("lead_in", [
    "The family of the victim released this statement:",
    "In a statement, the family of the victim said:",
    "The victim\u2019s family shared this statement with a local station:",
    "Relatives of the victim provided the following statement:",
])
def test_a_family_statement_lead_in_hands_its_quotes_to_the_family(lead_in):
    facts = facts_of(LEDE + "Defense attorney Sten Vogel said Tesch would appeal.\n\n" + lead_in + "\n\n"
                     "\u201cAnnika was the heart of our home.\n\n\u201cWe thank the jurors for their care.\u201d\n")
    for start in ("Annika was", "We thank"):
        assert "family" in (speaker_of(facts, start) or "") or "Relatives" in (speaker_of(facts, start) or "")
        assert speaker_of(facts, start) not in ("Orrin Tesch", "Sten Vogel")


def test_a_statement_about_the_family_is_not_theirs():
    facts = facts_of(LEDE + "Defense attorney Sten Vogel released this statement about the family of the victim:\n\n"
                     "\u201cMy client grieves with them.\u201d\n")
    assert speaker_of(facts, "My client") == "Sten Vogel"


@pytest.mark.parametrize("intro", [
    "Tesch spoke briefly, reading from a folded sheet of paper.",
    "Tesch, wearing a gray jail uniform, addressed the court.",
    "Tesch stood, turning to the cyclist\u2019s parents.",
    "Before Judge Mira Lund imposed the sentence, Tesch spoke, reading from a folded sheet of paper.",
])
def test_a_surname_intro_claims_the_next_he_said_after_the_lawyers_quote(intro):
    text = ("Orrin Bale Tesch, 41, was sentenced Friday to nine years for the crash that killed a cyclist.\n\n"
            "Circuit Judge Mira Lund imposed the sentence.\n\n"
            "His lawyer, Sten Vogel, asked for four years. \u201cWe ask for mercy,\u201d Vogel said.\n\n" + intro + "\n\n"
            "\u201cI am sorry for every day I took from them,\u201d he said. \u201cI ask for nothing.\u201d\n")
    facts = facts_of(text)
    assert speaker_of(facts, "I am sorry") == "Orrin Bale Tesch"
    assert speaker_of(facts, "I ask for nothing") == "Orrin Bale Tesch"
    assert speaker_of(facts, "We ask for mercy") == "Sten Vogel"
