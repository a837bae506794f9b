"""Whose voice a quote carries when the sentence's subject and its object are different people: a group or a
document speaks, not the person it talks about; a later verb shares the first verb's subject; and a quote after
reported speech, a transcript answer, or a body named in an appositive. Short texts written for these tests."""
from __future__ import annotations

from tests.helpers import quotes_of as _quotes_of


def quotes_of(text: str, title: str = "Adviser sentenced in fraud case") -> list[tuple[str, str | None]]:
    return _quotes_of(text, title)


def test_they_in_a_clause_is_the_group_not_the_person_named_before_it():
    text = ("Ray Tolland, 61, was sentenced Friday.\n\n"
            "Prosecutors said Tolland took $4 million, a number they called \"only what we could trace.\"\n")
    assert quotes_of(text) == [("only what we could trace.", "prosecutors")]


def test_a_memo_speaks_for_whoever_signed_it_never_for_the_one_it_describes():
    signed = ("Ray Tolland, 61, was sentenced Friday by Judge Ada Corbin.\n\n"
              "The defense memo, signed by attorney Nina Vasko, described Tolland as \"a man who lost his way.\"\n")
    assert quotes_of(signed) == [("a man who lost his way.", "Nina Vasko")]
    unsigned = ("Ray Tolland, 61, was sentenced Friday by Judge Ada Corbin.\n\n"
                "The defense memo described Tolland as \"a man who lost his way.\"\n")
    # unsigned, the paper speaks for the side that filed it
    assert quotes_of(unsigned) == [("a man who lost his way.", "the defense")]


def test_but_added_shares_the_subject_of_the_first_verb_not_a_name_inside_its_clause():
    text = ("Ray Tolland, 61, was sentenced Friday by U.S. District Judge Ada Corbin.\n\n"
            "The judge said she gave Tolland some credit for pleading guilty, but added that \"a plea does not "
            "erase the harm.\"\n")
    assert quotes_of(text) == [("a plea does not erase the harm.", "Ada Corbin")]


def test_a_name_with_a_who_said_clause_speaks():
    text = ("Lena Marsh, 39, was sentenced Tuesday.\n\n"
            "The release also quoted the director of the state licensing office's western region, Colin Draper, "
            "who said theft by staff \"undermines the trust every patient brings.\"\n")
    assert quotes_of(text) == [("undermines the trust every patient brings.", "Colin Draper")]


def test_a_group_owned_by_the_client_speaks_not_the_firm_it_works_at():
    text = ("Ray Tolland, 61, pleaded guilty in March.\n\n"
            "Tolland's lawyers at Vasko Brandt LLP argued in a filing that a long term would be "
            "\"cruel by any measure\" for a sick man.\n")
    assert quotes_of(text) == [("cruel by any measure", "Tolland's lawyers")]


def test_the_company_means_the_name_given_in_its_appositive():
    text = ("Lena Marsh, 39, a pharmacist, was sentenced Tuesday.\n\n"
            "The pharmacy company, Brightwell Drug Stores, fired Marsh in 2021.\n\n"
            "\"We owe our customers better,\" the company said.\n")
    assert quotes_of(text) == [("We owe our customers better,", "Brightwell Drug Stores")]


def test_a_club_spokesman_speaks_for_the_club_that_just_made_a_statement():
    text = ("Owen Hale, 47, coached at Millbrook Rovers FC for a decade.\n\n"
            "In a statement, Millbrook Rovers FC said it had changed its procedures.\n\n"
            "\"We are thinking of every family affected,\" a club spokeswoman said.\n")
    assert quotes_of(text) == [("We are thinking of every family affected,", "Millbrook Rovers FC")]


def test_a_quote_after_reported_speech_goes_on_in_that_voice():
    text = ("Lena Marsh, 39, was sentenced Tuesday.\n\n"
            "\"I never thought it would come to this,\" her mother, Agnes Marsh, said outside court.\n\n"
            "She said she would visit every week. \"Every single Sunday, I will be there.\"\n")
    assert quotes_of(text)[1] == ("Every single Sunday, I will be there.", "Agnes Marsh")


def test_a_pronoun_and_a_plain_verb_after_reported_speech_keep_the_speaker():
    text = ("Lena Marsh, 39, was freed Tuesday.\n\n"
            "\"I kept telling myself the truth would win,\" Marsh said.\n\n"
            "She said her first stop would be the beach. Then she wanted \"a proper cup of coffee.\"\n")
    assert quotes_of(text)[1] == ("a proper cup of coffee.", "Lena Marsh")


def test_a_quote_after_someone_turns_to_address_a_person_is_theirs():
    text = ("Lena Marsh, 39, was sentenced Tuesday before Judge Ada Corbin.\n\n"
            "Marsh spoke for several minutes. She paused, then addressed the victim's son directly. "
            "\"I am sorry for what I took from you.\"\n")
    assert quotes_of(text) == [("I am sorry for what I took from you.", "Lena Marsh")]


def test_a_quote_after_a_sentence_with_no_speaker_stays_unattributed():
    text = ("Lena Marsh, 39, was sentenced Tuesday before Judge Ada Corbin.\n\n"
            "Marsh was led away in handcuffs. \"This is not over.\"\n")
    assert quotes_of(text) == [("This is not over.", None)]


def test_a_transcript_answer_is_the_person_quoted_before_the_question():
    text = ("Lena Marsh, 39, was sentenced Tuesday.\n\n"
            "Maud Fenwick, whose brother lost his savings, came to watch the hearing.\n\n"
            "\"It has been three long years,\" she said.\n\n"
            "Q: Is the sentence enough?\n\n"
            "A: \"Nothing is enough. But it is a start.\"\n")
    assert quotes_of(text) == [("It has been three long years,", "Maud Fenwick"),
                               ("Nothing is enough. But it is a start.", "Maud Fenwick")]


def test_added_after_a_statement_posted_online_is_the_body_that_posted_it():
    text = ("Marc Quennell, the former treasurer of Open Pantry, was sentenced Monday. U.S. Attorney Dana Kile "
            "announced the sentence.\n\n"
            "In a statement posted to its website, Open Pantry said it was \"angry and hurt\" and added: "
            "\"No family will go without a meal because of this.\"\n")
    assert quotes_of(text)[-1] == ("No family will go without a meal because of this.", "Open Pantry")


def test_a_passive_verb_before_said_is_no_speaker_of_its_own():
    text = ("Anders Vik, 58, was sentenced Friday. Redmark Pumping Co. employed him for a decade.\n\n"
            "The company has not been charged and said in a statement that it \"cooperated fully with the "
            "government.\"\n")
    assert quotes_of(text) == [("cooperated fully with the government.", "Redmark Pumping Co.")]


def test_a_participle_after_reported_speech_belongs_to_the_nearest_clause():
    text = ("Sgt. Dale Hoyt, 34, was sentenced Friday.\n\n"
            "The agreed statement said Hoyt refused to let the recruit rest, telling him to \"keep moving.\"\n")
    assert quotes_of(text) == [("keep moving.", "Dale Hoyt")]
