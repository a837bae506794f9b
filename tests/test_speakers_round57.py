"""Quote speakers: an unnamed body described by a restrictive "that" clause, a defendant's words a witness retells
("he replied … and told her to "…""), a body named by its name without its kind word, and a regulatory term in
quotation marks after a modifier. Short texts written for these tests, with invented names."""
from __future__ import annotations

from tests.helpers import quotes_of, speaker_in

TITLE = "Fund manager sentenced in trading case"


def speaker_of(text: str, words: str) -> str | None:
    return speaker_in(text, words, TITLE)


def test_an_unnamed_body_with_a_restrictive_clause_speaks_not_the_name_inside_the_clause():
    text = ("Dana Roeburn ran Brightwater Capital until 2023.\n\n"
            "A retirement fund for Ohio firefighters that had $40 million with Brightwater Capital said in a letter "
            "that it had lost \u201cmore than $1 million to a manager who lied to us.\u201d\n")
    who = speaker_of(text, "more than $1 million")
    assert who is not None and "retirement fund for Ohio firefighters" in who
    # (a comma-free subject opened by a name keeps its name)
    named = ("Dana Roeburn ran Brightwater Capital until 2023.\n\n"
             "Brightwater Capital said in a letter that it had \u201cfully cooperated with every inquiry.\u201d\n")
    assert speaker_of(named, "fully cooperated") == "Brightwater Capital"


def test_a_second_verb_after_a_retold_reply_is_the_one_retold_not_the_witness():
    text = ("Kyle Brannick owned the Elm Street care home.\n\n"
            "Staff members testified that they called Brannick again and again. One aide told jurors he replied that a "
            "plumber\u2019s $9,000 quote was \u201cpure greed\u201d and told her to \u201copen the windows.\u201d\n")
    assert speaker_of(text, "open the windows") == "Kyle Brannick"


def test_a_body_called_by_its_name_without_its_kind_word_goes_by_its_full_name():
    text = ("Orrin Vell founded Maple Hollow Church in a school gym in 2001.\n\n"
            "Vell was sentenced Monday to six years in federal prison.\n\n"
            "Maple Hollow, now led by a board of elders, said in a statement that it was \u201cshaken by the conduct of "
            "our founder.\u201d\n")
    assert speaker_of(text, "shaken by the conduct") == "Maple Hollow Church"


def test_a_regulatory_term_after_a_modifier_is_no_quote():
    text = ("Prosecutors said that for three years, Tamsin Hollard signed reports certifying that the plant stayed "
            "below the federal \u201csafety threshold\u201d of 10 parts per million.\n\n"
            "\u201cShe knew the numbers were false,\u201d prosecutor Ada Quell said.\n")
    quotes = [q for q, _ in quotes_of(text, TITLE)]
    assert not any("safety threshold" in q for q in quotes)
    assert any("numbers were false" in q for q in quotes)


def test_a_second_past_perfect_verb_in_a_retold_clause_is_that_clauses_subject():
    text = ("Nadia Perrow was killed in March. Assistant District Attorney Colm Dray asked for life in prison.\n\n"
            "He told the judge Nadia Perrow had sought a protective order weeks before her death and had told a friend, "
            "in a text message shown at trial, that she was \u201cafraid to go home.\u201d\n")
    assert speaker_of(text, "afraid to go home") == "Nadia Perrow"
    # (a verb joined without "had" goes back to the one reporting: the judge adds her own words)
    added = "Judge Ola Brisk said Tom Vane had shown no remorse and added, \u201cThis court is done with excuses.\u201d\n"
    assert speaker_of(added, "done with excuses") == "Ola Brisk"


def test_a_statute_known_by_a_slogan_is_no_quote():
    law = ("Before trial, a judge denied Venn\u2019s motion for immunity under Ohio\u2019s \u201cyield no ground\u201d law.\n\n"
           "\u201cHe was defending his home,\u201d his lawyer, Ivy Marsh, said.\n")
    quotes = [q for q, _ in quotes_of(law, TITLE)]
    assert not any("yield no ground" in q for q in quotes) and any("defending his home" in q for q in quotes)
