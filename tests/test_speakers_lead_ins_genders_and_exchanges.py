"""Speakers set by what the article says around bare quotes: a relation placed in time ("his wife of 31 years, Ann
Roe,") still introduces the sentence's subject, a "she said" never goes to a man the article marks as one (no speaker
beats a wrong one), a fronted clause in which a named person questions "he" leaves the main clause's "he" to the one
questioned, a lead-in ending in a colon hands the quote paragraphs below it to its subject (a body by the full name
the article gave it), and a cross-examination alternates its turns. All texts are written for these tests."""
from __future__ import annotations

import pytest

from tests.helpers import facts_of, speaker_of

LEDE = "Lyle Brannock, 58, was sentenced Friday to 14 years for the shooting death of a neighbor.\n\n"
LAWYER = "Defense attorney Nell Quist asked for the minimum, citing Brannock's age.\n\n"


# A relation owned by a name and placed in time, then the name: the name is the sentence's subject, whom the next
# "she said" means (not the lawyer named before).
@pytest.mark.parametrize("intro", [
    "Brannock's wife of 31 years, Odessa Pell, spoke for about five minutes.",
    "Brannock's partner of a decade, Odessa Pell, addressed the court.",
    "Brannock's fiancee of two years, Odessa Pell, read a letter to the judge.",
])
def test_a_relation_placed_in_time_introduces_the_next_she(intro):
    facts = facts_of(LEDE + LAWYER + intro + "\n\nShe described a man who fixed bicycles for the neighborhood kids.\n\n"
                     "\"I don't know the man in that video,\" she said.\n\nOdessa Pell, 57, left before the hearing ended.\n")
    assert speaker_of(facts, "I don't know the man") == "Odessa Pell"


def test_a_quote_tagged_to_the_lawyer_after_the_relation_stays_hers():
    facts = facts_of(LEDE + "Brannock's wife of 31 years, Odessa Pell, sat behind him.\n\n"
                     "\"He is a gentle man,\" said defense attorney Nell Quist.\n\nOdessa Pell, 57, declined to comment.\n")
    assert speaker_of(facts, "He is a gentle man") == "Nell Quist"


# "she said" with only men before it: no speaker rather than a man the article marks by title, pronoun or given name.
@pytest.mark.parametrize("before", [
    "Defense attorney Gordon Pike asked for leniency.",
    "Mr. Pike told the court his client was remorseful.",
    "Prosecutor Gordon Pike said he would not oppose probation.",
])
def test_she_said_never_goes_to_a_marked_man(before):
    facts = facts_of(LEDE + before + "\n\n\"This family will carry it forever,\" she said.\n")
    assert speaker_of(facts, "This family will carry") not in ("Gordon Pike", "Pike")


def test_she_said_still_goes_to_the_woman_before_it():
    facts = facts_of(LEDE + "Prosecutor Wanda Pike asked for the maximum.\n\n\"This family will carry it forever,\" she said.\n")
    assert speaker_of(facts, "This family will carry") == "Wanda Pike"


# A fronted clause in which the named judge questions "he": the main clause's "he" and the next "he said" are the
# one questioned.
@pytest.mark.parametrize("clause", [
    "When Tovar asked whether he had been drinking, he shook his head.",
    "Once Tovar asked if he wanted to speak, he stood.",
    "As Tovar asked whether he accepted responsibility, he looked down at the table.",
])
def test_a_fronted_question_leaves_he_to_the_one_questioned(clause):
    facts = facts_of(LEDE + "Circuit Judge R. Tovar accepted the plea after a long hearing.\n\n" + clause +
                     "\n\n\"I am sorry,\" he said quietly.\n")
    assert speaker_of(facts, "I am sorry") == "Lyle Brannock"


def test_the_one_asked_in_a_fronted_clause_is_still_the_next_she():
    facts = facts_of("Mara Voss, 44, was acquitted Friday of arson.\n\nThe prosecutor, Hal Dorn, declined to comment.\n\n"
                     "When I asked Voss whether she would sue the county, she was quiet for a moment.\n\n"
                     "\"Maybe,\" she said.\n")
    assert speaker_of(facts, "Maybe") == "Mara Voss"


# A lead-in ending in a colon hands the quote paragraphs below it to its subject, a body by its full name.
@pytest.mark.parametrize("lead", [
    "In a statement released Friday, the Sheriff's Office gave this account:",
    "The release from the Sheriff's Office reads:",
    "Here is how the Sheriff's Office described the arrest:",
    "According to the Sheriff's Office, the arrest unfolded like this:",
])
def test_a_colon_lead_in_hands_the_quotes_to_the_full_body(lead):
    facts = facts_of(LEDE + "Brannock was arrested by the Tullis County Sheriff's Office after a brief chase.\n\n"
                     "Detective Amos Reyes said the case is closed.\n\n" + lead + "\n\n"
                     "\"Deputies found the suspect hiding in a shed behind the home.\"\n\n"
                     "\"He was taken into custody without further incident.\"\n")
    assert speaker_of(facts, "Deputies found the suspect") == "the Tullis County Sheriff's Office"
    assert speaker_of(facts, "He was taken into custody") == "the Tullis County Sheriff's Office"


def test_the_patrol_is_the_patrol_the_article_named():
    facts = facts_of(LEDE + "Brannock was stopped by the Ohio State Highway Patrol on Route 9.\n\n"
                     "The patrol described the stop this way:\n\n\"The driver refused to exit the vehicle.\"\n")
    assert speaker_of(facts, "The driver refused") == "the Ohio State Highway Patrol"


def test_a_quote_with_its_own_tag_after_a_lead_in_keeps_it():
    facts = facts_of(LEDE + "Brannock was arrested by the Tullis County Sheriff's Office.\n\n"
                     "The Sheriff's Office gave this account:\n\n"
                     "\"Deputies found the car abandoned,\" Sgt. Amos Reyes said.\n")
    assert speaker_of(facts, "Deputies found the car") == "Amos Reyes"


# A cross-examination: a statement put to the witness ("You don't know …") is the examiner's turn, and the bare
# answer after it the witness's.
EXAM = ("Brannock's trial resumed Tuesday.\n\nProsecutor Gordon Pike cross-examined Irma Delacroix, a bartender.\n\n"
        "\"Did you see who swung first?\" Pike asked.\n\n\"It was dark,\" Delacroix said.\n\n")


@pytest.mark.parametrize("challenge", ["You don't know that.", "And you never told police.", "Your statement says otherwise."])
def test_a_challenge_in_an_exchange_is_the_examiners(challenge):
    facts = facts_of(LEDE + EXAM + f"\"{challenge}\"\n\n\"No, sir.\"\n")
    assert speaker_of(facts, challenge[:12]) == "Gordon Pike"
    assert speaker_of(facts, "No, sir") == "Irma Delacroix"


def test_a_witness_going_on_with_her_answer_keeps_it():
    facts = facts_of(LEDE + EXAM + "\"I heard a glass break and ran over.\"\n")
    assert speaker_of(facts, "I heard a glass break") == "Irma Delacroix"
