"""Speakers named by a second reference: the everyday ways reporters point back at someone or something they named
earlier ("the prosecutor", "the group", "the company's statement", "the victim's mother"), a clause after a
semicolon with its own subject, a titled name after "according to", and a one-word answer handed over by a colon.
Each convention has paraphrases and a near miss. Short texts written for these tests, with invented names."""
from __future__ import annotations

from tests.helpers import quotes_of as _quotes_of, speaker_in

LEDE = "A former payroll clerk, Odile Brancato, was sentenced Tuesday to four years in prison for theft.\n\n"


def quotes_of(body: str) -> list[tuple[str, str | None]]:
    return _quotes_of(LEDE + body, "Clerk sentenced for theft")


def speaker_of(body: str, words: str) -> str | None:
    return speaker_in(LEDE + body, words, "Clerk sentenced for theft")


def test_the_prosecutor_is_the_one_person_given_a_prosecuting_title():
    deputy = ("Deputy District Attorney Wren Aldous tried the case.\n\n"
              "\"The clerk stole from people who trusted her,\" the prosecutor said.\n")
    assert speaker_of(deputy, "stole from people") == "Wren Aldous"
    federal = ("Assistant U.S. Attorney Wren Aldous handled the plea.\n\n"
               "The prosecutor told the judge: \"Four years is the least this deserves.\"\n")
    assert speaker_of(federal, "least this deserves") == "Wren Aldous"
    state = ("The case was brought by State's Attorney Wren Aldous.\n\n"
             "\"We are satisfied,\" the prosecutor added.\n")
    assert speaker_of(state, "We are satisfied") == "Wren Aldous"
    # near miss: the only lawyer named defends her, so "the prosecutor" is nobody the article names
    defence = ("Defense attorney Wren Aldous asked for probation.\n\n"
               "\"We are satisfied,\" the prosecutor said.\n")
    assert speaker_of(defence, "We are satisfied") != "Wren Aldous"


def test_a_generic_body_noun_is_the_body_the_article_just_named():
    group = ("The sentence was welcomed by the Vermont NAACP.\n\n"
             "\"Accountability matters,\" the group said in a statement.\n")
    assert speaker_of(group, "Accountability matters") == "Vermont NAACP"
    team = ("Brancato once played for the Halifax Herons.\n\n"
            "\"We wish her well,\" the team said.\n")
    assert speaker_of(team, "We wish her well") == "Halifax Herons"
    campaign = ("Brancato kept the books for the Lise Montagu for Mayor campaign.\n\n"
                "\"We had no idea,\" the campaign said.\n")
    assert "Lise Montagu for Mayor" in speaker_of(campaign, "We had no idea")
    coalition = ("The Maine Coalition for Fair Pay had called for a long sentence.\n\n"
                 "The coalition said: \"This is a start.\"\n")
    assert speaker_of(coalition, "This is a start") == "Maine Coalition for Fair Pay"
    # near miss: the noun's own earlier mention is no name, so no body named nearby is meant
    defence = ("Brancato, who once worked at Corwin Freight, hired a defense team.\n\n"
               "\"We will appeal,\" the team said.\n")
    assert speaker_of(defence, "We will appeal") != "Corwin Freight"


def test_words_owned_by_a_body_or_person_are_their_owner_s():
    company = ("The money came from Corwin Freight, a shipping firm.\n\n"
               "The company's statement read: \"We are grateful to investigators.\"\n")
    assert speaker_of(company, "grateful to investigators") == "Corwin Freight"
    doctor = ("Dr. Ines Falkenrath treated the victims.\n\n"
              "Dr. Falkenrath's letter said: \"The harm was lasting.\"\n")
    assert speaker_of(doctor, "harm was lasting") == "Ines Falkenrath"
    admins = ("Members of Parents for Honest Payroll followed the case online.\n\n"
              "\"Justice at last,\" the group's administrators wrote in a pinned post.\n")
    assert speaker_of(admins, "Justice at last") == "Parents for Honest Payroll"
    # near miss: a person's own representatives are not a body's voice
    person = ("Brancato's representatives declined to comment at first.\n\n"
              "\"She is sorry,\" the defendant's representatives said later.\n")
    assert speaker_of(person, "She is sorry") != "Parents for Honest Payroll"


def test_a_participle_after_a_semicolon_hangs_from_that_clause_s_subject():
    owned = ("Prosecutors had sought ten years; Brancato's lawyers asked for two, citing her "
             "\"decades of quiet service.\"\n")
    assert speaker_of(owned, "decades of quiet service") == "Brancato's lawyers"
    named = ("Prosecutor Wren Aldous asked for ten years; defense attorney Piet Lorrimer asked for two, "
             "noting her \"spotless record.\"\n")
    assert speaker_of(named, "spotless record") == "Piet Lorrimer"
    group = ("The defense asked for probation; prosecutors wanted ten years, calling the theft "
             "\"a slow betrayal.\"\n")
    assert speaker_of(group, "a slow betrayal") == "prosecutors"
    # near miss: with no semicolon the participle keeps the sentence's subject
    plain = ("Prosecutors sought ten years, citing the clerk's \"total lack of remorse.\"\n")
    assert speaker_of(plain, "lack of remorse") == "prosecutors"


def test_a_short_answer_after_a_colon_is_the_answerer_s_words():
    paused = "Asked whether she understood the plea, Brancato paused before answering: \"Yes.\"\n"
    assert quotes_of(paused) == [("Yes.", "Odile Brancato")]
    replied = "The judge asked if she had anything to add. Brancato replied: \"Nothing.\"\n"
    assert quotes_of(replied) == [("Nothing.", "Odile Brancato")]
    said = "Brancato said only one word to reporters: \"Sorry.\"\n"
    assert quotes_of(said) == [("Sorry.", "Odile Brancato")]
    # near miss: a colon with no verb of speech before it hands over a label, not an answer
    ballot = "The form had one box left blank: \"Signature.\"\n"
    assert quotes_of(ballot) == []


def test_a_relative_described_again_is_the_relative_named_before():
    mother = ("The victim's mother, Carys Penhallow, sat in the front row.\n\n"
              "The victim's mother said, \"I will never get that money back.\"\n")
    assert speaker_of(mother, "never get that money back") == "Carys Penhallow"
    father = ("Bram Penhallow, the victim's father, wore a photograph of his son.\n\n"
              "\"It is not enough,\" the victim's father told reporters.\n")
    assert speaker_of(father, "not enough") == "Bram Penhallow"
    son = ("The victim's son, Tove Penhallow, read a statement.\n\n"
           "According to the victim's son, \"Mum trusted her completely.\"\n")
    assert speaker_of(son, "trusted her completely") == "Tove Penhallow"
    # near miss: the defendant's mother is not the victim's mother named earlier
    other = ("The victim's mother, Carys Penhallow, sat in the front row.\n\n"
             "\"My daughter is not a thief,\" the defendant's father said.\n")
    assert speaker_of(other, "not a thief") == "the defendant's father"


def test_according_to_a_titled_name_is_that_person():
    lieutenant = ("Lt. Marek Oseki led the inquiry.\n\n"
                  "According to Lt. Oseki, \"The records told the whole story.\"\n")
    assert speaker_of(lieutenant, "whole story") == "Marek Oseki"
    sergeant = ("Sgt. Alva Brixton found the second ledger.\n\n"
                "According to Sgt. Brixton, \"It was hidden in a cookbook.\"\n")
    assert speaker_of(sergeant, "hidden in a cookbook") == "Alva Brixton"
    doctor = ("Dr. Hesper Quayle reviewed the accounts.\n\n"
              "According to Dr. Quayle, \"Nobody checked her work for years.\"\n")
    assert speaker_of(doctor, "Nobody checked") == "Hesper Quayle"
    # near miss: "according to" a document is no person
    records = ("Lt. Marek Oseki led the inquiry.\n\n"
               "According to court records, \"the clerk altered 412 entries.\"\n")
    assert speaker_of(records, "altered 412 entries") != "Marek Oseki"


def test_a_body_named_with_of_or_for_and_a_plural_possessive_keeps_its_whole_name():
    bureau = ("The Maine Bureau of Workers' Compensation found the losses.\n\n"
              "\"The audit was routine,\" the bureau said.\n")
    assert speaker_of(bureau, "audit was routine") == "Maine Bureau of Workers' Compensation"
    foundation = ("The Foundation for Honest Books paid for her tuition.\n\n"
                  "\"We are shocked,\" the foundation said.\n")
    assert speaker_of(foundation, "We are shocked") == "Foundation for Honest Books"
    office = ("The Office of Employee Benefits flagged the payments.\n\n"
              "\"We acted quickly,\" the office said.\n")
    assert speaker_of(office, "acted quickly") == "Office of Employee Benefits"
