"""Pronoun continuations after speakers the article does not name in full, statements read for someone else, and
offices named by their owner: short texts written for these tests."""
from __future__ import annotations

from tests.helpers import quotes_of as _quotes_of


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    return _quotes_of(text, "Burglar faces sentencing")


def test_he_said_after_a_first_name_only_speaker_stays_with_him_not_the_defendant():
    text = ("Prosecutors want Colin Marsh, 24, to serve six years for the break-ins.\n\n"
            "The homeowner, who asked to be identified only by his first name, Tobias, because he still fears "
            "retaliation, said six years would be \u201ctoo little.\u201d\n\n"
            "\u201cMy son hid under the bed for an hour,\u201d he said. \u201cHe still sleeps with the light on.\u201d\n\n"
            "Marsh\u2019s lawyer, Ivy Dunn, said her client was sorry.\n")
    assert quotes_of(text) == [("too little.", "Tobias"), ("My son hid under the bed for an hour,", "Tobias"),
                               ("He still sleeps with the light on.", "Tobias")]


def test_he_said_after_an_unnamed_relative_is_never_the_defendant_named_in_the_description():
    text = ("A judge sentenced Colin Marsh, 24, to six years for the break-ins.\n\n"
            "The father of one of the children Marsh frightened spoke at the hearing. He asked not to be identified.\n\n"
            "\u201cYou will not scare my family again,\u201d he said, looking at Marsh.\n\n"
            "Marsh\u2019s lawyer, Ivy Dunn, said her client was sorry.\n")
    [(_, speaker)] = quotes_of(text)
    assert speaker is None or speaker.startswith("the father of")


def test_a_statement_read_on_his_behalf_is_his_not_the_readers():
    text = ("Judge Ann Coyle sentenced Milo Vance to five years in prison.\n\n"
            "The victim, Rafael Ortiz, 28, sat in the front row and did not speak. His lawyer, Dana Pruitt, read a brief "
            "statement on his behalf after the hearing.\n\n"
            "\u201cI waited a long time for someone to believe me,\u201d the statement said. \u201cToday they did.\u201d\n\n"
            "Vance\u2019s lawyer, Hal Greer, said he would appeal.\n")
    assert quotes_of(text) == [("I waited a long time for someone to believe me,", "Rafael Ortiz"),
                               ("Today they did.", "Rafael Ortiz")]


def test_an_office_named_by_its_owner_keeps_its_head_noun():
    text = ("A jury convicted Lena Ostrow, 52, of patient neglect on Tuesday.\n\n"
            "\u201cResidents deserve better care,\u201d the Vermont Attorney General\u2019s office said in a statement. "
            "\u201cWe will act.\u201d\n")
    assert quotes_of(text) == [("Residents deserve better care,", "Vermont Attorney General\u2019s office"),
                               ("We will act.", "Vermont Attorney General\u2019s office")]


def test_a_family_known_by_its_county_speaks_through_its_statement_not_the_defendant():
    text = ("Colin Marsh, 24, pleaded guilty to the break-ins on Monday. Marsh said in a statement that he was sorry.\n\n"
            "The Kent County family, who asked not to be named, said in a statement released by their lawyer that "
            "their son no longer sleeps alone.\n\n"
            "\u201cWe hid in a closet while he emptied our home,\u201d the statement said.\n")
    # the family as the article describes it, never cut to "County family" as if County were a surname
    assert quotes_of(text) == [("We hid in a closet while he emptied our home,", "the Kent County family")]
