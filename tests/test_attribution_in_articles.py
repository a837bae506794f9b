"""Speakers across a whole story: replies that take the other side, a paraphrase between two quotes, a paper
quoting someone, pull quotes signed with a dash, and web placeholders inside a quotation. Short texts written for
these tests."""
from __future__ import annotations

from tests.helpers import quotes_of as _quotes_of, speaker_in

LEDE = "Omar Petit, a former county treasurer, was sentenced Monday to eight years in prison for fraud.\n\n"


def quotes_of(body: str) -> list[tuple[str, str | None]]:
    return _quotes_of(LEDE + body, "Treasurer sentenced in county fraud")


def speaker_of(body: str, words: str) -> str | None:
    return speaker_in(LEDE + body, words, "Treasurer sentenced in county fraud")


# --- a reply that takes the other side introduces its own speaker ---------------------------------------------
def test_countered_after_a_colon_is_the_second_speaker():
    body = "\"The sentence is far too harsh,\" Vera Lundgard said, but Ian Crowther countered: \"He stole from retirees.\"\n"
    assert speaker_of(body, "retirees") == "Ian Crowther"


def test_disagreed_before_a_colon_is_the_second_speaker():
    body = "\"We will appeal the sentence,\" Vera Lundgard said. Ian Crowther disagreed: \"The jury got this right.\"\n"
    assert speaker_of(body, "jury got this right") == "Ian Crowther"


def test_shot_back_with_a_comma_is_the_second_speaker():
    body = "\"We will appeal the sentence,\" Vera Lundgard said. Ian Crowther shot back, \"Let them try.\"\n"
    assert speaker_of(body, "Let them try") == "Ian Crowther"


def test_pointed_out_after_an_appositive_attributes_a_short_quote():
    body = "\"Nobody checked anything,\" Ian Crowther, a state auditor, pointed out.\n"
    assert quotes_of(body) == [("Nobody checked anything,", "Ian Crowther")]


def test_disagreeing_in_another_sentence_does_not_take_a_quote_its_verb_does_not_introduce():
    body = "Ian Crowther disagreed with the ruling. \"We will appeal the sentence,\" Vera Lundgard said.\n"
    assert speaker_of(body, "appeal") == "Vera Lundgard"


# --- a paraphrase between two quotes of one paragraph hands the next quote on ------------------------------------
def test_a_named_paraphrase_takes_the_quote_after_it():
    body = ("\"We will appeal the sentence,\" Vera Lundgard said. But Ian Crowther said the term was within the guidelines. "
            "\"The judge was careful.\"\n")
    assert speaker_of(body, "The judge was careful") == "Ian Crowther"


def test_a_paraphrase_with_told_and_that_takes_the_quote_after_it():
    body = ("\"We will appeal the sentence,\" Vera Lundgard said. Ian Crowther told reporters that the term was fair. "
            "\"The judge was careful.\"\n")
    assert speaker_of(body, "The judge was careful") == "Ian Crowther"


def test_a_paraphrase_by_the_same_speaker_keeps_the_quote():
    body = ("Ian Crowther, the prosecutor, spoke after the hearing. \"We will not appeal,\" Vera Lundgard said. "
            "She noted that the family had waited years. \"They deserve rest.\"\n")
    assert speaker_of(body, "They deserve rest") == "Vera Lundgard"


def test_a_narrative_sentence_between_quotes_is_no_paraphrase():
    body = "\"We will appeal the sentence,\" Vera Lundgard said. Petit pleaded guilty in March. \"He was misled.\"\n"
    assert speaker_of(body, "He was misled") == "Vera Lundgard"


# --- "quoted X as saying": the one quoted speaks, not the paper ------------------------------------------------
def test_a_paper_quoting_a_named_person():
    body = "\"He robbed the pension fund blind,\" the Harbor Ledger quoted Ian Crowther as saying.\n"
    assert quotes_of(body) == [("He robbed the pension fund blind,", "Ian Crowther")]


def test_a_paper_quoting_a_person_named_before():
    body = ("Vera Lundgard, a retiree, testified at trial.\n\n"
            "\"I trusted him with everything,\" the Harbor Ledger quoted Lundgard as saying.\n")
    assert speaker_of(body, "trusted him") == "Vera Lundgard"


def test_a_station_quoting_a_person_with_an_appositive():
    body = ("Ian Crowther, the prosecutor, asked for ten years.\n\n"
            "\"He robbed the pension fund blind,\" WKRX-TV quoted Crowther, who led the case, as saying.\n")
    assert speaker_of(body, "pension fund") == "Ian Crowther"


def test_a_wire_quoting_a_relative():
    body = "\"My mother lost her savings,\" The Associated Press quoted Vera Lundgard, a retiree's daughter, as saying.\n"
    assert speaker_of(body, "savings") == "Vera Lundgard"


def test_a_paper_writing_its_own_editorial_is_the_speaker():
    body = "\"The county failed its retirees,\" the Harbor Ledger wrote in an editorial.\n"
    assert speaker_of(body, "failed its retirees") == "Harbor Ledger"


# --- a pull quote signed with a dash ---------------------------------------------------------------------------
def test_a_quote_signed_with_a_dash_and_a_name():
    assert quotes_of("\"We lost everything we had saved\" \u2014 Vera Lundgard\n") == [
        ("We lost everything we had saved", "Vera Lundgard")]


def test_a_quote_signed_with_a_dash_a_name_and_a_role():
    body = "\"We lost everything we had saved.\" \u2014 Vera Lundgard, a retired teacher\n"
    assert speaker_of(body, "saved") == "Vera Lundgard"


def test_an_embedded_post_signed_with_a_handle_and_date():
    body = "\"Justice for every retiree in this county\" \u2014 Ian Crowther (@iancrowe) May 14, 2024\n"
    assert speaker_of(body, "Justice for every retiree") == "Ian Crowther"


def test_a_dash_and_an_aside_is_no_signature():
    body = ("\"We will appeal the sentence,\" Vera Lundgard said. \"The jury was misled\" \u2014 a claim Ian Crowther "
            "rejected.\n")
    assert speaker_of(body, "jury was misled") != "Ian Crowther"


# --- a web placeholder inside a quotation that runs over paragraphs ---------------------------------------------
def test_a_quotation_continues_past_an_embedded_content_placeholder():
    body = "Vera Lundgard, a retiree, said: \"We trusted him.\n\n[Embedded content]\n\n\"He took it all anyway.\"\n"
    assert speaker_of(body, "He took it all anyway") == "Vera Lundgard"


def test_a_quotation_continues_past_a_video_placeholder():
    body = "\"We trusted him,\" said Vera Lundgard, a retiree.\n\n[Video]\n\n\"He took it all anyway.\"\n"
    assert speaker_of(body, "He took it all anyway") == "Vera Lundgard"


def test_a_quotation_continues_past_an_image_placeholder():
    body = "\"We trusted him,\" said Vera Lundgard, a retiree.\n\n[Image: the county courthouse]\n\n\"He took it all anyway.\"\n"
    assert speaker_of(body, "He took it all anyway") == "Vera Lundgard"


def test_a_paragraph_by_another_speaker_still_interrupts():
    body = ("\"We trusted him,\" said Vera Lundgard, a retiree.\n\n[Video]\n\n"
            "Ian Crowther, the prosecutor, said the losses topped $4 million.\n\n\"He took it all anyway.\"\n")
    assert speaker_of(body, "He took it all anyway") == "Ian Crowther"


# --- a relative quoted before the article names them ------------------------------------------------------------
def test_a_mother_quoted_before_she_is_named():
    body = ("\"He never said sorry once,\" the victim's mother said outside the courthouse.\n\n"
            "Jurors deliberated for two days.\n\nVera Lundgard, the victim's mother, attended every hearing.\n")
    assert speaker_of(body, "never said sorry") == "Vera Lundgard"


def test_a_widow_quoted_before_she_is_named():
    body = ("\"He never said sorry once,\" the victim's widow told reporters.\n\n"
            "Vera Lundgard, the victim's widow, wore his jacket to court.\n")
    assert speaker_of(body, "never said sorry") == "Vera Lundgard"


def test_a_brother_quoted_before_he_is_named():
    body = ("The victim's brother said: \"We waited four years for this.\"\n\n"
            "Ian Lundgard, the victim's brother, read a statement at the hearing.\n")
    assert speaker_of(body, "four years") == "Ian Lundgard"


def test_a_later_person_with_another_relation_is_not_the_relative():
    body = ("\"He never said sorry once,\" the victim's mother said outside the courthouse.\n\n"
            "Vera Lundgard, the victim's sister, attended every hearing.\n")
    assert speaker_of(body, "never said sorry") != "Vera Lundgard"


# --- a go-between in commas carries the words of the subject before it --------------------------------------------
def test_a_family_speaking_through_its_attorney():
    body = "The Lundgard family, through their attorney Ian Crowther, said: \"We are grateful to the jury.\"\n"
    assert speaker_of(body, "grateful") == "Lundgard family"


def test_a_company_speaking_through_a_spokeswoman():
    body = "Harbor Freightways, through spokeswoman Vera Lundgard, said it had \"cooperated fully with investigators.\"\n"
    assert speaker_of(body, "cooperated fully") == "Harbor Freightways"


def test_a_mother_speaking_through_an_advocate():
    body = "Vera Lundgard, the victim's mother, through a victim advocate, told the court: \"We are grateful to the jury.\"\n"
    assert speaker_of(body, "grateful") == "Vera Lundgard"


def test_a_relative_clause_about_a_lawyer_is_no_go_between():
    body = "Ian Crowther, who represents the Lundgard family, said: \"We are grateful to the jury.\"\n"
    assert speaker_of(body, "grateful") == "Ian Crowther"
