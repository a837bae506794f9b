"""Speakers that are bodies, documents, roles and people inside descriptions: short texts written for these tests."""
from __future__ import annotations

from tests.helpers import quotes_of as _quotes_of


def quotes_of(text: str, title: str = "Treasurer sentenced in county fraud") -> list[tuple[str, str | None]]:
    return _quotes_of(text, title)


def test_the_government_speaks_through_its_memo_and_a_participle():
    text = ("Omar Petit, 44, faces sentencing in June.\n\n"
            "The government asked for 50 months, arguing in its sentencing memo that Petit \"looted the fund for a decade.\"\n\n"
            "The government also filed a reply brief, which said Petit \"never showed remorse.\"\n")
    assert quotes_of(text) == [("looted the fund for a decade.", "the government"),
                               ("never showed remorse.", "the government")]


def test_a_document_owned_by_its_body_speaks_for_that_body():
    text = ("Omar Petit, 44, faces sentencing in June.\n\n"
            "The government sought 50 months in its sentencing memorandum, which said Petit \"lied to everyone.\"\n")
    assert quotes_of(text) == [("lied to everyone.", "the government")]


def test_the_company_is_the_company_named_before():
    text = ("Omar Petit was finance chief at Silver Creek Hauling Co until 2021.\n\n"
            "The inquiry began with an audit. The company has not been charged and said in a statement that it "
            "\"helped investigators at every step\" and had changed its controls.\n")
    assert quotes_of(text) == [("helped investigators at every step", "Silver Creek Hauling Co")]


def test_an_owned_board_speaks_as_written():
    text = ("Omar Petit stole from a youth rowing club.\n\n"
            "The Rowers' board issued a statement thanking prosecutors, saying, \"We can now move on.\"\n")
    assert quotes_of(text) == [("We can now move on.", "Rowers' board")]


def test_the_statement_said_is_the_body_that_issued_it_not_the_last_speaker():
    text = ("Omar Petit, a former deputy, was sentenced on Monday.\n\n"
            "\"I let everyone down,\" Petit said.\n\n"
            "In a statement, the Lake County Sheriff's Office said it had worked with the FBI.\n\n"
            "\"He dishonoured the badge,\" the statement said.\n")
    assert quotes_of(text)[1] == ("He dishonoured the badge,", "Lake County Sheriff's Office")


def test_a_name_inside_the_speakers_description_is_not_the_speaker():
    text = ("Omar Petit was convicted on Tuesday.\n\n"
            "State Sen. Ruth Amadi, a Democrat who served with Mr. Petit on the finance panel, called the verdict "
            "\"a hard day for the Capitol.\"\n")
    assert quotes_of(text) == [("a hard day for the Capitol.", "Ruth Amadi")]


def test_a_person_of_a_body_speaks_not_the_body():
    text = ("Omar Petit hid income abroad.\n\n"
            "Assistant Attorney General Lena Sorrell of the Justice Department's Fraud Section said the case showed "
            "\"no account is out of reach.\"\n")
    assert quotes_of(text) == [("no account is out of reach.", "Lena Sorrell")]


def test_a_trailing_clause_about_the_quote_does_not_take_it():
    text = ("Omar Petit and Ida Crane were both convicted.\n\n"
            "Before she was sentenced, Ida Crane told the judge she regretted \"any harm I caused,\" a remark Omar Petit "
            "said fell short.\n")
    assert quotes_of(text) == [("any harm I caused,", "Ida Crane")]


def test_the_one_who_answers_the_judge_speaks_not_the_judge():
    text = ("Judge Vera Holm took the plea on Thursday.\n\n"
            "Omar Petit answered \"yes, your honor\" to each of the judge's questions and said nothing more.\n")
    assert quotes_of(text) == [("yes, your honor", "Omar Petit")]


def test_a_role_opening_the_lede_is_the_person_named_later_with_that_role():
    text = ("A Marion County judge on Monday revoked the probation of a former treasurer, saying she had treated her "
            "repayment order \"like a suggestion.\"\n\n"
            "Ida Crane, 52, was ordered to jail.\n\n"
            "Judge Walter Fenn said the county had waited long enough.\n")
    assert quotes_of(text) == [("like a suggestion.", "Walter Fenn")]


def test_an_owned_role_opening_the_sentence_is_that_role_not_its_owner():
    text = ("Omar Petit got nine years. Petit's lawyer asked for four, saying his client had been \"led astray\" by a partner.\n")
    assert quotes_of(text) == [("led astray", "Petit\u2019s lawyer")]


def test_a_described_unnamed_person_is_not_the_next_person_named():
    text = ("A neighbor on Birch Lane called police, saying she heard \"a terrible crash\" at dawn.\n\n"
            "Ida Crane, 52, was arrested later that day.\n")
    assert quotes_of(text) == [("a terrible crash", None)]


def test_a_statement_announced_in_the_paragraph_before_keeps_its_speaker():
    text = ("Omar Petit was acquitted of fraud on Friday.\n\n"
            "His lawyer, Nadia Brook, issued a statement that ran to two paragraphs.\n\n"
            "\"We thank the jurors for their patience.\n\n"
            "\"We will appeal the one count on which they convicted.\"\n\n"
            "Sentencing is set for May.\n")
    assert quotes_of(text) == [("We thank the jurors for their patience.", "Nadia Brook"),
                               ("We will appeal the one count on which they convicted.", "Nadia Brook")]


def test_a_mood_verb_attributes_and_he_is_the_man_not_a_woman_quoted_long_before():
    text = ("\"She stole from the town,\" Assistant U.S. Attorney Nora Kell wrote.\n\n"
            "Ida Crane's attorney, Paul Brandt, filed his own memo asking for probation.\n\n"
            "\"She is an addict in recovery,\" Brandt wrote.\n\n"
            "Tom Vail, 70, lost his savings.\n\n"
            "\"Ten years? She should get one for every victim,\" Vail fumed.\n\n"
            "Asked whether his client would speak at the hearing, Brandt said she would.\n\n"
            "\"She wants to apologise in person,\" he said.\n")
    quotes = quotes_of(text)
    assert quotes[2] == ("Ten years? She should get one for every victim,", "Tom Vail")
    assert quotes[3] == ("She wants to apologise in person,", "Paul Brandt")


def test_scare_quoted_labels_modifying_a_noun_are_not_quotes():
    text = ("The state has been installing flashing \"exit only\" signs on ramps, according to the transport agency.\n\n"
            "Prosecutors say she booked the payments as \"freight\" and \"cold storage\" expenses and hid the rest.\n\n"
            "Ida Crane called the deal \"a disgrace\" and left.\n")
    assert quotes_of(text) == [("a disgrace", "Ida Crane")]


def test_answers_after_the_writers_questions_belong_to_the_one_interviewed():
    text = ("Omar Petit ran the food bank for a decade.\n\n"
            "The bank's treasurer, Ruth Amadi, joined the board in 2019. Amadi has spoken openly about the losses. "
            "In a phone interview on Tuesday, "
            "she answered questions about the board's failures.\n\n"
            "Did the board ever see the invoices? \"No. We saw totals and nothing else.\"\n\n"
            "Who signed off on the spending? \"Nobody did. He approved his own claims.\"\n")
    assert [speaker for _, speaker in quotes_of(text)] == ["Ruth Amadi", "Ruth Amadi"]


def test_the_family_goes_back_to_the_relatives_named_before_it():
    text = ("Four students were charged Monday in the death of Owen Pratt, 19.\n\n"
            "Pratt's parents, Glen and Irma Pratt, said they were shattered. \"He was our only child,\" the family said.\n")
    assert quotes_of(text) == [("He was our only child,", "Pratt family")]


def test_a_body_speaking_from_a_city_is_the_body_not_the_city():
    text = ("Four students were charged Monday in the death of Owen Pratt, 19.\n\n"
            "Kappa Tau Nu's national headquarters in Denver said it had closed the chapter. "
            "\"We are helping investigators,\" the national organization said.\n")
    assert quotes_of(text) == [("We are helping investigators,", "Kappa Tau Nu")]


def test_the_district_attorneys_office_is_the_office_the_article_named():
    text = ("Omar Petit, 44, was charged with arson, the Bexar County District Attorney's Office said Tuesday.\n\n"
            "\"Nobody was hurt by luck alone,\" the district attorney's office said in a statement.\n")
    assert quotes_of(text) == [("Nobody was hurt by luck alone,", "Bexar County District Attorney's Office")]


def test_she_after_an_unnamed_mother_is_the_mother_not_a_woman_named_earlier():
    text = ("Judge Carla Ames sentenced Omar Petit, 44, to four years.\n\n"
            "Before the sentence, the victim's mother read a letter aloud. \"My son is still afraid of the dark,\" she read.\n")
    assert quotes_of(text) == [("My son is still afraid of the dark,", "victim's mother")]


def test_an_operations_name_a_place_with_a_possessive_and_a_whanau():
    from tests.helpers import facts_of
    facts = facts_of("title: Killer jailed\noutlet: Test Wire\ndate: 2025-03-12\n\n"
                     "Rawiri Tane was jailed for life on Friday for the murder of Aperahama Kiri.\n\n"
                     "Outside court, Detective Sergeant Ana Kell, who led the inquiry, known as Operation Kea, said the "
                     "family had shown \"great dignity\" throughout.\n\n"
                     "Hawke's Bay Police said in a statement it respected the decision. \"Family harm is never "
                     "acceptable,\" the statement said.\n\n"
                     "In a statement released through police, the Kiri whānau thanked detectives.\n\n"
                     "\"He was a son, a brother and a dad,\" the whānau said.\n")
    speakers = {q.text.rstrip(","): q.speaker for q in facts.quotes}
    assert speakers["great dignity"] == "Ana Kell"
    assert speakers["Family harm is never acceptable"] == "Hawke's Bay Police"
    assert speakers["He was a son, a brother and a dad"] == "Kiri whānau"
    names = {p.name for p in facts.parties}
    assert "Operation Kea" not in names and "Bay Police" not in names
