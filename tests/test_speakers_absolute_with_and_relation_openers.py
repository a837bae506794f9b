"""A quote inside an absolute "with" clause ("…, with a judge telling him "…"") and a bare quote paragraph after a
relation set before a name ("Her father, Ivo Renk, addressed the court."). Each convention has paraphrases and a
near miss. Short texts written for these tests, with invented names."""
from __future__ import annotations

from tests.helpers import speaker_in

TITLE = "Former coach sentenced in admissions fraud"


def speaker_of(text: str, words: str) -> str | None:
    return speaker_in(text, words, TITLE)


def test_the_noun_after_with_speaks_not_the_sentences_subject():
    delayed = ("A former Marrow Valley College coach was sentenced Thursday to 18 months in federal prison, with a judge "
               "telling him he had \"robbed honest applicants of their places.\"\n\n"
               "Dex Harlan, 51, pleaded guilty in May before U.S. District Judge Oriana Selby.\n")
    assert speaker_of(delayed, "robbed honest applicants") == "Oriana Selby"
    group = ("Wynn Ostrow, a former county treasurer, was sentenced Friday to four years, with prosecutors calling the "
             "scheme \"a raid on the public purse.\"\n")
    assert speaker_of(group, "raid on the public purse") == "prosecutors"
    named = ("Wynn Ostrow was ordered Monday to serve 30 months \u2014 with his lawyer, Petra Lisle, saying he had "
             "\"paid back every cent.\"\n")
    assert speaker_of(named, "paid back every cent") == "Petra Lisle"
    the_judge = ("Wynn Ostrow, a former county treasurer, was sentenced Friday to four years, with the judge describing "
                 "it as \"a betrayal of the voters.\"\n\nOstrow appeared before Judge Hal Brenning in March.\n")
    assert speaker_of(the_judge, "betrayal of the voters") == "Hal Brenning"


def test_a_with_phrase_that_is_not_the_verbs_subject_leaves_the_subject_speaking():
    # the noun after "with" is the verb's object here, closed off by a comma: the sentence's subject still speaks
    text = ("Wynn Ostrow, a former county treasurer, left the courthouse with his lawyer, telling reporters "
            "\"I will be back.\"\n")
    assert speaker_of(text, "I will be back") == "Wynn Ostrow"


def test_a_bare_quote_after_a_relation_set_before_a_name_is_that_persons():
    lede = "Dex Harlan was sentenced Thursday to 12 years in the crash that killed Lina Renk, 20.\n\n"
    interpreter = (lede + "Her father, Ivo Renk, spoke through a Croatian interpreter, holding a photograph of his "
                   "daughter.\n\n\"I set the table for four every night.\n\n\"She wanted to teach,\" he said.\n")
    assert speaker_of(interpreter, "set the table for four") == "Ivo Renk"
    assert speaker_of(interpreter, "She wanted to teach") == "Ivo Renk"
    addressed = lede + "The victim's older sister, Mara Renk, addressed the court.\n\n\"You never once looked at us.\"\n"
    assert speaker_of(addressed, "never once looked") == "Mara Renk"
    stand = lede + "Their grandmother, Zora Renk, took the stand.\n\n\"I buried my husband and then my granddaughter.\"\n"
    assert speaker_of(stand, "buried my husband") == "Zora Renk"


def test_a_relation_early_in_the_paragraph_does_not_take_a_quote_after_someone_else_spoke():
    text = ("Dex Harlan was sentenced Thursday to 12 years in the crash that killed Lina Renk, 20.\n\n"
            "Her father, Ivo Renk, wept. Prosecutor Adela Voss then rose.\n\n\"This was no accident.\"\n")
    assert speaker_of(text, "no accident") == "Adela Voss"
