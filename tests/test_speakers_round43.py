"""Short police titles a later epithet spells out ("Det Sgt Ann Roe … the detective said"), a described name with a
lowercase title of its own ("Roe's attorney, public defender Lee Park, said"), a client's unnamed lawyer opening a
sentence whose "he" follows, and a possessive description placed where the person works ("Roe's manager at the Elm
Street bakery said"). All texts are written for these tests."""
from __future__ import annotations

from tests.helpers import quotes_of


def _plain(speaker: str | None) -> str | None:
    return speaker.replace("\u2019", "'") if speaker else speaker


LEDE = "Osric Vantree, 44, was sentenced on Thursday for a string of burglaries in Kilcarra.\n\n"


# "Det Sgt" (British and Irish papers print no period) is a detective sergeant: "the detective" is that person.
def test_short_title_without_period_is_the_later_epithet():
    text = LEDE + "Det Sgt Fionnuala Brett gave evidence. \"He said he needed the money,\" the detective told the court."
    assert quotes_of(text) == [("He said he needed the money,", "Fionnuala Brett")]


# The name in commas after a description carries a lowercase title: it is still the sentence's subject, the "he".
def test_described_name_with_lowercase_title_is_the_next_he():
    text = LEDE + ("\"He never showed remorse,\" prosecutor Delphine Arkwright said.\n\n"
                   "Vantree's attorney, public defender Matthias Oyedepo, said he would appeal.\n\n"
                   "\"The evidence simply was not there,\" he said.")
    assert quotes_of(text)[1] == ("The evidence simply was not there,", "Matthias Oyedepo")


# "Roe's defence lawyer asked …. Outside court, he said": the unnamed lawyer, never the client.
def test_unnamed_client_lawyer_opening_a_sentence_is_the_next_he():
    text = LEDE + ("Vantree's defence lawyer had sought a suspended sentence. Outside court, he said his client "
                   "\"wants to make amends.\"")
    assert [(q, _plain(s)) for q, s in quotes_of(text)] == [("wants to make amends.", "Vantree's defence lawyer")]


def test_client_lawyer_named_in_commas_keeps_the_name():
    text = LEDE + "Vantree's lawyer, Ines Dalgaard, said she would appeal. \"He is not the man they describe,\" she said."
    assert quotes_of(text) == [("He is not the man they describe,", "Ines Dalgaard")]


# "Roe's manager at the Elm Street bakery said": the described person, placed as the article places them.
def test_possessive_description_placed_at_work_speaks_as_written():
    text = ("Quelland Marsh, 17, died in the crash on Route 9.\n\n"
            "Quelland's manager at the Harbor Lane pharmacy said in a statement that the teenager was "
            "\"always the first to offer help.\"")
    assert [(q, _plain(s)) for q, s in quotes_of(text)] == [
        ("always the first to offer help.", "Quelland's manager at the Harbor Lane pharmacy")]


# "Roe's attorney said …. His family said": the unnamed lawyer is a later "he", but "his family" is the client's.
def test_family_owned_by_his_after_unnamed_lawyer_is_the_clients():
    text = LEDE + ("Vantree's attorney said after the hearing that his client \"accepts the sentence\".\n\n"
                   "His family said in a statement: \"We will stand by Osric.\"")
    assert quotes_of(text)[1] == ("We will stand by Osric.", "Vantree family")


# "Ann Roe, 15, sat …. In it, the teen wrote": the minor just named with an age is "the teen".
def test_the_teen_is_the_minor_named_with_an_age():
    text = LEDE + ("Perpetua Ilsley, now 14, sat beside her aunt. In a letter read by an advocate, the teen wrote that "
                   "she still hears \"the glass breaking.\"")
    assert quotes_of(text) == [("the glass breaking.", "Perpetua Ilsley")]


def test_the_teen_stays_described_when_the_named_person_is_an_adult():
    text = LEDE + ("Perpetua Ilsley, 39, sat beside her aunt. In a letter read by an advocate, the teen wrote that "
                   "she still hears \"the glass breaking.\"")
    assert quotes_of(text) == [("the glass breaking.", "the teen")]
