"""Quote speakers, round 59: a person an outlet interviewed and never named ("spoke with the sister of one former
swimmer"), a team's or club's member described and kept anonymous ("Another former player, …, who asked not to be
named"), "his attorney" after a prosecutor spoke, a short quote in a sentence holding a title's stop ("after Dr. …"),
a body called by its name without its kind words ("St. Aldric’s said"), and two people who wrote words together.
Short texts written for these tests, with invented names."""
from __future__ import annotations

from tests.helpers import quotes_of, speaker_in

TITLE = "Former swim coach to be sentenced for abusing athletes"


def test_an_unnamed_person_the_outlet_spoke_with_is_the_she_of_the_words_that_follow():
    text = ("Orrin Vasquell, 52, pleaded guilty in May to four counts of criminal sexual conduct.\n\n"
            "\u201cHe used the pool as his hunting ground,\u201d Assistant County Attorney Delphine Marrow wrote.\n\n"
            "Channel 9 spoke with the sister of one former swimmer after the hearing. She asked us not to use her "
            "name.\n\n"
            "\u201cWe trusted him with her every morning,\u201d she said. \u201cI still can\u2019t forgive that.\u201d\n")
    assert speaker_in(text, "We trusted him", TITLE) == "the sister of one former swimmer"
    assert speaker_in(text, "forgive that", TITLE) == "the sister of one former swimmer"


def test_a_former_player_kept_anonymous_who_reads_a_statement_speaks_its_paragraphs():
    text = ("Orrin Vasquell, 52, was sentenced Tuesday to 15 years in prison.\n\n"
            "Another former player, a 22-year-old who asked not to be named, read a statement addressed to "
            "Vasquell.\n\n"
            "\u201cI stopped going to practice and never said why. I was 12.\n\n"
            "\u201cI am done being quiet about it.\u201d\n")
    assert speaker_in(text, "I stopped going", TITLE) == "another former player"
    assert speaker_in(text, "done being quiet", TITLE) == "another former player"


def test_his_attorney_after_a_prosecutor_wrote_is_the_defendants_lawyer():
    text = ("Dr. Tobiah Renwick, 49, admitted stealing painkillers meant for patients.\n\n"
            "\u201cPatients paid for his habit in pain,\u201d Assistant U.S. Attorney Marisol Quennell wrote in the "
            "government\u2019s memo.\n\n"
            "Renwick\u2019s defense is asking for five years in prison.\n\n"
            "\u201cHis addiction went untreated for a decade,\u201d his attorney wrote in a filing last week.\n")
    assert speaker_in(text, "went untreated", TITLE) == "Renwick\u2019s attorney"


def test_a_short_quote_in_a_sentence_holding_a_titles_stop_keeps_its_verb_of_speech():
    text = ("Dr. Tobiah Renwick, 49, was sentenced Monday to eight years in prison.\n\n"
            "Larchmont Clinic said in a statement after Dr. Tobiah Renwick\u2019s sentencing that it is "
            "\u201cprofoundly sorry\u201d to the families.\n")
    assert ("profoundly sorry", "Larchmont Clinic") in quotes_of(text, TITLE)


def test_a_body_called_by_its_name_without_its_kind_words_speaks_by_its_full_name():
    text = ("Wilda Ostrane, a former nurse at St. Aldric\u2019s Regional Medical Center, was convicted Friday of "
            "stealing fentanyl.\n\n"
            "St. Aldric\u2019s said in a statement that it had \u201ccooperated fully\u201d with investigators.\n")
    assert speaker_in(text, "cooperated fully", TITLE) == "St. Aldric\u2019s Regional Medical Center"


def test_two_people_named_together_as_the_subject_are_both_the_speaker():
    text = ("Corwin Dallamore, 58, was convicted of wire fraud in March.\n\n"
            "\u201cHe lied to every investor, every month, for six years,\u201d Assistant U.S. Attorneys Priya "
            "Calloway and Benedikt Marr wrote.\n")
    assert speaker_in(text, "lied to every investor", TITLE) == "Priya Calloway and Benedikt Marr"
