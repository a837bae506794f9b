"""Speakers in five common layouts: a broadcast interview printed as bare "Q:" lines and quoted answers, a description
fronted before a pronoun ("A retired nurse, she …"), "what they called" inside a sentence with its own subject, a
second "and that" clause after a that-clause naming someone else, and a body referred to as "the agency" or "the
office" after its full name. Also which one-word quotes are words someone said. All texts are written for these tests."""
from __future__ import annotations

import pytest

from tests.helpers import quotes_of

LEDE = "A former payroll clerk, Odile Strand, was sentenced Monday to four years in prison for theft.\n\n"


def _speaker(text: str, start: str) -> str | None:
    return next(s for q, s in quotes_of(LEDE + text) if q.startswith(start))


# An interview printed as unquoted questions and quoted answers: the answers are the interviewee's, the one the
# sentence before the first question says spoke to the outlet (its subject, when no one is named after the verb).
@pytest.mark.parametrize("intro", [
    "Mabel Quaid did not speak in court, but talked to KXRT 8 News afterward.",
    "Mabel Quaid sat down with Channel 12 the next morning.",
    "After the hearing, Mabel Quaid answered a few questions from reporters.",
    "In an interview with News 5, Mabel Quaid described the years since the theft.",
    "Mabel Quaid watched from the back row. She did not address the court but spoke with WKMT afterward.",
])
def test_answers_after_q_lines_belong_to_the_interviewee(intro):
    text = (f"Strand's victims included Mabel Quaid, who lost her savings.\n\n{intro}\n\n"
            "Q: Was the sentence enough?\n\n\"No. Nothing would be.\"\n\n"
            "Q: What comes next?\n\n\"I go back to work on Monday.\"\n")
    assert _speaker(text, "No. Nothing") == "Mabel Quaid"
    assert _speaker(text, "I go back") == "Mabel Quaid"


def test_a_q_line_after_a_sentence_naming_no_interviewee_gives_no_speaker():
    text = ("Strand's victims included Mabel Quaid, who lost her savings.\n\n"
            "The station spoke to several neighbors outside the courthouse.\n\n"
            "Q: Was the sentence enough?\n\n\"No. Nothing would be.\"\n")
    assert _speaker(text, "No. Nothing") != "Odile Strand"


# "A retired teacher, she …": the fronted description is the pronoun's person, not someone new who speaks later.
@pytest.mark.parametrize("fronted", ["A retired teacher", "A mother of four", "A former Army medic",
                                     "A lifelong resident of the county"])
def test_a_fronted_description_does_not_replace_the_named_person(fronted):
    text = (f"Greta Vollmer, 68, was one of three victims who spoke. {fronted}, she lost her home in 2022.\n\n"
            "\"I trusted her with everything,\" she told the judge.\n")
    assert _speaker(text, "I trusted her") == "Greta Vollmer"


def test_a_description_set_off_by_she_said_is_someone_else():
    text = ("Greta Vollmer, 68, spoke after the hearing. A neighbor, she said, had warned her about Strand.\n\n"
            "\"I trusted her with everything,\" Vollmer said.\n")
    assert _speaker(text, "I trusted her") == "Greta Vollmer"


# "what they called" belongs to the subject of its own sentence, not the previous sentence's.
@pytest.mark.parametrize("clause", ["what they described as", "what they termed", "what they call",
                                    "what they characterized as"])
def test_what_they_called_takes_its_own_sentences_subject(clause):
    text = ("Prosecutors asked Judge Ivo Penrose for eight years. Strand's attorneys argued for two, citing her age "
            f"and {clause} her \"deep and lasting\" remorse.\n")
    assert _speaker(text, "deep and lasting") == "Strand's attorneys"


def test_what_they_called_without_a_plural_subject_is_not_forced_onto_it():
    text = ("Prosecutors asked Judge Ivo Penrose for eight years. Strand argued for two, citing her age and what "
            "they described as her \"deep and lasting\" remorse.\n")
    assert _speaker(text, "deep and lasting") != "Odile Strand"


# "She added that Roe had …, and that "…"": the second that-clause is reported by the verb of the first.
@pytest.mark.parametrize("verb", ["added", "wrote", "noted", "stressed"])
def test_a_second_that_clause_keeps_the_reporting_subject(verb):
    text = ("Judge Ivo Penrose presided at the trial.\n\nJudge Hedda Marsh wrote for the appeals panel. "
            "\"The record is clear,\" Marsh wrote.\n\n"
            f"She {verb} that Penrose had told jurors to ignore the remark, and that \"we assume jurors follow such "
            "instructions.\"\n")
    assert _speaker(text, "we assume") == "Hedda Marsh"


def test_a_quote_inside_the_first_that_clause_is_still_its_own_verbs():
    text = ("Judge Ivo Penrose presided at the trial.\n\nJudge Hedda Marsh wrote for the appeals panel.\n\n"
            "She noted that Penrose had told jurors, \"Ignore the last remark.\"\n")
    assert _speaker(text, "Ignore the last") == "Ivo Penrose"


# "the agency" / "the office": the body the sentence or paragraph named, with the whole of its name.
@pytest.mark.parametrize("body, noun", [
    ("the U.S. Food and Drug Administration", "the agency"),
    ("the Coastal Water Authority", "the authority"),
    ("the Ohio Department of Health", "the department"),
])
def test_a_definite_description_resolves_to_the_body_named(body, noun):
    text = f"An inspection by {body} found what {noun} called \"persistent mold growth\" in the lab.\n"
    speaker = _speaker(text, "persistent mold")
    assert speaker and speaker != noun and body.replace("the ", "", 1).replace("U.S. ", "") in speaker


def test_an_office_name_keeps_its_place_tail():
    text = ("A spokesperson for the U.S. Attorney's Office for the Western District of Kentucky declined to comment."
            "\n\n\"Justice was served here,\" the office said in a statement.\n")
    assert _speaker(text, "Justice was served") == "U.S. Attorney's Office for the Western District of Kentucky"


# A one-word quote as the predicate of a clause a named speaker reports is that speaker's word.
@pytest.mark.parametrize("clause, word", [
    ("said the family was \"devastated\" by the verdict", "devastated"),
    ("said her client remained \"hopeful\" about an appeal", "hopeful"),
    ("told reporters the staff felt \"betrayed\" by her", "betrayed"),
])
def test_a_quoted_one_word_predicate_is_a_partial_quote(clause, word):
    text = f"Strand's lawyer, Tobias Wren, spoke after the hearing. Wren {clause}.\n"
    assert (word, "Tobias Wren") in quotes_of(LEDE + text)


@pytest.mark.parametrize("sentence", [
    "Strand kept a ledger of \"loans\" that were never repaid.\n",
    "As the Ledger&Post first reported, Strand recruited \"money mules\" online.\n",
])
def test_a_scare_quote_with_no_speaker_is_not_a_quote(sentence):
    assert quotes_of(LEDE + sentence) == []
