"""Quotes from court papers and letters, and clauses whose subject is not the nearest name: short texts written
for these tests."""
from __future__ import annotations

from tests.helpers import quotes_of as _quotes_of


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    return _quotes_of(text, "Pastor faces sentencing in charity fraud")


def test_the_memo_reads_is_the_side_that_filed_it_not_the_person_it_describes():
    text = ("Bishop Tobias Wrenfield was convicted of fraud in May.\n\n"
            "The government\u2019s memo is blunt. Prosecutors write that Wrenfield \u201csold salvation by the minute\u201d "
            "and that his callers were \u201cnot givers but marks.\u201d\n\n"
            "\u201cThe defendant has never apologized,\u201d the memo reads.\n\n"
            "The defense filing, signed by Ruth Abernethy, cites 200 letters. \u201cNo donor has asked for money back,\u201d "
            "the filing says.\n")
    assert quotes_of(text) == [("sold salvation by the minute", "prosecutors"),
                               ("not givers but marks.", "prosecutors"),
                               ("The defendant has never apologized,", "prosecutors"),
                               ("No donor has asked for money back,", "the defense")]


def test_a_letter_read_aloud_is_its_writers_and_she_wrote_is_the_letter_writer():
    text = ("Prosecutor Dale Mertz asked for eight years. \u201cShe chose her victims,\u201d Mertz said.\n\n"
            "The oldest victim, 88-year-old Lionel Sparrow, sent a letter that Mertz read aloud.\n\n"
            "\u201cI saved for 40 years,\u201d the letter said.\n\n"
            "The defense attached letters of support, including one from her longtime friend and fellow "
            "choir director Hattie Ormsby.\n\n"
            "\u201cShe fed half the town,\u201d she wrote.\n")
    assert quotes_of(text) == [("She chose her victims,", "Dale Mertz"),
                               ("I saved for 40 years,", "Lionel Sparrow"),
                               ("She fed half the town,", "Hattie Ormsby")]


def test_a_participle_hangs_from_the_nearest_clause_and_never_from_an_object_name():
    text = ("(CNN) \u2014 Federal prosecutors want chef Amos Quell to serve five years, arguing that anything less would "
            "tell the public that \u201cfame buys mercy.\u201d\n\n"
            "Prosecutors asked Judge Nora Fenwright for ten years, while his lawyers asked for probation, arguing that "
            "prison would be \u201ca slow death.\u201d\n\n"
            "Prosecutors called the letters beside the point. In a footnote, they noted that Quell continued to appear on television and \u201cfound remorse late.\u201d\n")
    assert quotes_of(text) == [("fame buys mercy.", "prosecutors"),
                               ("a slow death.", "Quell\u2019s lawyers"),
                               ("found remorse late.", "prosecutors")]


def test_the_defense_memo_says_is_the_lawyers_the_article_named_even_after_a_company_came_up():
    for verb in ("says", "argues", "contends"):
        text = ("Tobias Reyne, the former chief executive of Corvane Therapeutics, was convicted of fraud.\n\n"
                "The government\u2019s memo says Reyne hid Corvane\u2019s losses from investors.\n\n"
                "Reyne\u2019s attorneys, led by Lina Osk, argue that the guidelines overstate the losses.\n\n"
                f"\u201cMr. Reyne has been cast as a villain,\u201d the defense memo {verb}. "
                "\u201cBut he was not convicted of raising prices.\u201d\n")
        assert quotes_of(text) == [("Mr. Reyne has been cast as a villain,", "Reyne\u2019s attorneys"),
                                   ("But he was not convicted of raising prices.", "Reyne\u2019s attorneys")], verb
    # the prosecution's own paper speaks for prosecutors, whoever the article named last
    text = ("Reyne\u2019s attorneys asked for probation.\n\n"
            "\u201cHe has shown no remorse,\u201d the government\u2019s filing says.\n")
    assert quotes_of(text) == [("He has shown no remorse,", "prosecutors")]
