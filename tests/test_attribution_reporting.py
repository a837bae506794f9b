"""Speaker attribution in mainstream wire and local reporting: bodies, their spokespeople, question frames and
pronouns that point past a newer mention. Short texts written for these tests."""
from __future__ import annotations

from tests.helpers import quotes_of


def test_a_lodge_keeps_its_number_when_the_lodge_speaks():
    text = ("Officer Wade Corrigan was convicted of manslaughter in May.\n\n"
            "The Brotherhood of Harbor Pilots Lodge 12 has asked the court for mercy. In a statement, the lodge said:\n\n"
            "\u201cOfficer Corrigan gave this city twenty years of service.\u201d\n")
    assert quotes_of(text) == [("Officer Corrigan gave this city twenty years of service.",
                                "Brotherhood of Harbor Pilots Lodge 12")]


def test_a_family_named_with_a_possessive_keeps_the_articles_form():
    text = ("Dorian Vey, 31, died after the crash on Route 9.\n\n"
            "Vey\u2019s family said in a statement that the verdict \u201cgives us back his good name.\u201d\n")
    assert quotes_of(text) == [("gives us back his good name.", "Vey\u2019s family")]


def test_a_spokesperson_named_after_the_body_speaks_not_the_body():
    text = ("Private Ana Ruelas collapsed during a training run in July.\n\n"
            "\u201cWe are reviewing every part of that exercise,\u201d 5th Signal Brigade spokesperson "
            "Capt. Mirela Hoss said in a statement.\n")
    assert quotes_of(text) == [("We are reviewing every part of that exercise,", "Mirela Hoss")]


def test_prosecutors_working_in_an_office_speak_not_the_office():
    text = ("Deputy Omar Tillis is due to be sentenced in March.\n\n"
            "In their memo, prosecutors in District Attorney Greta Lind's office wrote that Tillis "
            "\u201cturned a parking dispute into a beating.\u201d\n")
    assert quotes_of(text) == [("turned a parking dispute into a beating.", "prosecutors")]


def test_the_person_a_question_is_about_does_not_answer_it():
    text = ("Defense lawyer Hugo Ferrante spoke after the hearing.\n\n"
            "\u201cWe expected more from the jury,\u201d Ferrante said. Asked whether Nils Ostrander would testify "
            "at a retrial, he said, \u201cThat is his call to make.\u201d\n")
    assert quotes_of(text) == [("We expected more from the jury,", "Hugo Ferrante"),
                               ("That is his call to make.", "Hugo Ferrante")]


def test_a_plural_they_means_the_group_after_an_opening_phrase():
    text = ("A jury convicted Mayor Irene Kobalt of bribery on Tuesday. Jurors deliberated for two days.\n\n"
            "By Wednesday morning, City Council leaders had asked her to resign. In a letter, they wrote: "
            "\u201cThe mayor cannot lead from a courtroom.\u201d\n")
    assert quotes_of(text) == [("The mayor cannot lead from a courtroom.", "City Council leaders")]


def test_he_after_a_sentence_opening_on_someones_own_words_is_that_person():
    text = ("Sgt. Tomas Reyl pleaded guilty to hazing a recruit.\n\n"
            "\u201cThis culture has to end,\u201d Rep. Avery Quon said in a statement.\n\n"
            "Reyl's testimony on Friday was the quietest part of the week. He faced the recruit's father. "
            "\u201cI was wrong, and I know it,\u201d he said.\n")
    assert quotes_of(text) == [("This culture has to end,", "Avery Quon"),
                               ("I was wrong, and I know it,", "Tomas Reyl")]


def test_a_reporters_first_person_frame_names_the_one_who_answers():
    text = ("Was the sentence harsh? I asked Lena Sorvik, a former public defender who teaches at a law school.\n\n"
            "Not by federal standards, she told me. \u201cJudges here rarely go below the guidelines.\u201d\n")
    assert quotes_of(text) == [("Judges here rarely go below the guidelines.", "Lena Sorvik")]


def test_a_role_opening_a_datelined_lede_is_the_holder_named_later():
    text = ("BRACKENFORD \u2014 A Tolland County judge on Monday sent a bookkeeper back to jail, saying she had "
            "treated her repayment plan \u201clike an invitation.\u201d\n\n"
            "Nora Pell, 52, admitted stealing from a church fund in 2020.\n\n"
            "Judge Oskar P. Thelwell had given her probation at the time.\n")
    assert quotes_of(text) == [("like an invitation.", "Oskar P. Thelwell")]


def test_a_datelined_lede_about_someone_unnamed_keeps_no_borrowed_name():
    text = ("BRACKENFORD \u2014 A Tolland County neighbor on Monday told reporters the bookkeeper seemed "
            "\u201ctoo honest to steal.\u201d\n\n"
            "The bookkeeper, Nora Pell, 52, admitted stealing from a church fund in 2020.\n")
    assert quotes_of(text) == [("too honest to steal.", "a Tolland County neighbor")]


def test_the_division_is_the_unit_named_before_with_its_ordinal():
    text = ("Cpl. Ivo Brandt was confined for eight months.\n\n"
            "The 41st Engineer Division, Brandt's unit, issued a statement on Friday.\n\n"
            "\u201cWe have changed how every march is supervised,\u201d the division said.\n")
    assert quotes_of(text) == [("We have changed how every march is supervised,", "41st Engineer Division")]


def test_words_shouted_on_video_are_a_quote_of_the_one_shouting():
    text = ("Garrick Welle was convicted of rioting at the statehouse.\n\n"
            "Jurors watched footage of Welle shouting \u201cUp! Up! Up!\u201d as the crowd climbed the steps.\n")
    assert quotes_of(text) == [("Up! Up! Up!", "Garrick Welle")]


def test_a_relative_named_right_after_her_role_shouts_not_the_one_she_is_related_to():
    text = ("Trent Aske, 30, was jailed for killing Mara Lund, 19, while drunk at the wheel.\n\n"
            "Mara's mother Irene Lund wept as she spoke, at one point facing Aske and shouting: "
            "\u2018You stole her future!\u2019\n")
    assert quotes_of(text) == [("You stole her future!", "Irene Lund")]


def test_they_means_the_lower_case_group_that_opened_the_sentence_before():
    text = ("Mayor Irene Kobalt was convicted on Tuesday. Jurors deliberated for two days.\n\n"
            "On Wednesday, several state lawmakers demanded her resignation. "
            "\u201cShe must go now,\u201d they wrote.\n\n"
            "The couple who run the diner next to city hall were less sure. \u201cWe liked her,\u201d they said.\n")
    assert quotes_of(text) == [("She must go now,", "state lawmakers"), ("We liked her,", "couple")]
