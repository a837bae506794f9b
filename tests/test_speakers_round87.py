"""Round 87: a capitalised word that is no speaker at all (a modifier, a dateline, a possessive, a word of another
clause, a bare title) is never given as the quote's speaker."""
from __future__ import annotations

import pytest

from tests.helpers import C, O, quotes_of, speaker_in

# A story naming its defendant twice, so a lede that only describes him ("A Tacoma man …") resolves to him.
TACOMA_LEDE = ("A Tacoma man who robbed three banks was sentenced Monday to 10 years in prison.\n\n"
               "Dale Cotter, 34, pleaded guilty in March. Cotter has been in jail since 2023.\n\n")
ONE_JUDGE = "Dale Cotter, 40, was sentenced on Monday by Judge Mary Ortiz to five years for the fire. Cotter wept.\n\n"
NO_JUDGE = "Dale Cotter, 40, a roofer from Erie, was sentenced on Monday to five years in prison for the fire.\n\n"
KAYLEE = ("Kaylee Brandt, 16, was killed in 2021 on her way home from school. Dale Cotter, 40, was jailed for "
          "life on Monday.\n\n")


# 1. A capitalised modifier of a lower-case head noun: the noun heads the phrase; a record written by no one named
# speaks for nobody, a person speaks as the article describes them.
@pytest.mark.parametrize("text, words", [
    (f"Marketing materials described the device's results as {O}lab-grade.{C}", "lab-grade"),
    (f"Sales brochures called the filters {O}hospital quality.{C}", "hospital quality"),
    (f"Facebook posts described the puppies as {O}purebred.{C}", "purebred"),
    (f"Text messages recovered from his phone described the dogs as {O}cur{C} and worse.", "cur"),
])
def test_a_record_a_name_only_modifies_has_no_speaker(text, words):
    assert speaker_in(text, words) is None


@pytest.mark.parametrize("text, words, speaker", [
    (f"The Tacoma man, who pointed a gun at tellers, told the judge he had been {O}lost{C} to meth.", "lost",
     "the Tacoma man"),
    (f"The Spokane woman told the court she was {O}deeply ashamed.{C}", "deeply ashamed", "the Spokane woman"),
    (TACOMA_LEDE + f"The Tacoma man, who pointed a gun at tellers, told the judge he had been {O}lost{C} to meth.",
     "lost", "Dale Cotter"),
])
def test_a_person_a_place_name_modifies_is_the_person(text, words, speaker):
    assert speaker_in(text, words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    (f"Microsoft said in a statement that it was {O}cooperating fully.{C}", "cooperating", "Microsoft"),
    (f"Acme Corp said in a statement that it was {O}cooperating fully.{C}", "cooperating", "Acme Corp"),
    (f"Walgreens spokesperson Ann Lee said the firm was {O}cooperating fully.{C}", "cooperating", "Ann Lee"),
    (f"Prosecutors wrote that Roe was {O}a danger to the public.{C}", "a danger", "prosecutors"),
    (f"Police said the car was {O}a total wreck.{C}", "a total wreck", "police"),
    (f"Delia Marsh told the court she was {O}deeply ashamed.{C}", "deeply ashamed", "Delia Marsh"),
    (f"The Harbor Valley Bank said it was {O}reviewing its procedures.{C}", "reviewing", "Harbor Valley Bank"),
])
def test_a_one_word_body_a_group_and_a_named_person_still_speak(text, words, speaker):
    assert speaker_in(text, words) == speaker


# 2. A dateline is never a speaker; "described by police as" names who described.
@pytest.mark.parametrize("text, words, speaker", [
    (f"HAMILTON - A man described by police as the {O}top of the tree{C} in a drug ring has been jailed.",
     "top of the tree", "police"),
    (f"DUNMORE \u2014 A woman described by prosecutors as a {O}serial fraudster{C} was jailed on Tuesday.",
     "serial fraudster", "prosecutors"),
    (f"PORT ELLEN, Scotland \u2014 A fisherman called by neighbours {O}the quiet one{C} has admitted the killing.",
     "the quiet one", "neighbours"),
    (f"CASTLEFORD - A driver who told police he was {O}only going fast{C} has been banned.", "only going fast",
     "a driver"),
    (f"TACOMA \u2014 Prosecutors said the robber was {O}a menace.{C}", "a menace", "prosecutors"),
])
def test_a_dateline_is_never_the_speaker(text, words, speaker):
    assert speaker_in(text, words) == speaker


# 3. "…, a phrase prosecutors said …": those who said what the term meant; "called X" is the caller's.
@pytest.mark.parametrize("text, words, speaker", [
    (f"Witnesses said Tillman often mentioned {O}the favor,{C} a phrase prosecutors said was meant to confuse "
     "listeners.", "the favor", "prosecutors"),
    (f"The texts referred to {O}the package,{C} a term police say was code for the cash.", "the package", "police"),
    (f"Jurors heard recordings in which the men discussed {O}the errand,{C} a word investigators said meant the "
     "shooting.", "the errand", "investigators"),
    (f"Fears testified that Tillman called the killing {O}the favor,{C} a phrase prosecutors said was meant to "
     "confuse listeners.", "the favor", "Tillman"),
])
def test_a_term_and_who_spoke_of_it(text, words, speaker):
    assert speaker_in(text, words) == speaker


# 4. A name inside the clause describing the subject is only someone the clause mentions.
@pytest.mark.parametrize("text, words, speaker", [
    (KAYLEE + f"A family friend who helped organise a scholarship in Kaylee's name said the family had been "
     f"{O}holding its breath.{C}", "holding its breath", "a family friend"),
    (KAYLEE + f"A family friend, who helped organise a scholarship in Kaylee's name and asked not to be named, said "
     f"the family had been {O}holding its breath{C} for months.", "holding its breath", "a family friend"),
    (KAYLEE + f"One friend who helped organise a scholarship in Kaylee's name described the family as "
     f"{O}shattered.{C}", "shattered", "one friend"),
    (KAYLEE + f"{O}We have been holding our breath for months,{C} said a family friend, who helped organise a "
     "scholarship in Kaylee's name and asked not to be named.", "holding our breath", "a family friend"),
])
def test_a_possessive_inside_the_subjects_clause_is_no_speaker(text, words, speaker):
    assert speaker_in(text, words) == speaker


def test_a_named_persons_relative_still_speaks():
    assert speaker_in(ONE_JUDGE + f"Kaylee's mother said the sentence was {O}a joke.{C}", "a joke") == "Kaylee's mother"


# 5. A word from another clause: those told something are no speakers, and whoever told them goes unsaid.
@pytest.mark.parametrize("text, words", [
    (f"He spent the money on holidays, a classic Jaguar and a new kitchen while grieving families were told their "
     f"inheritances were {O}held up{C} by paperwork.", "held up"),
    (f"She bought a Rolex and a boat while her clients were told the funds were {O}tied up{C} in probate.", "tied up"),
    (f"Tenants were told the repairs were {O}on the way.{C}", "on the way"),
])
def test_those_told_are_no_speakers(text, words):
    assert speaker_in(text, words) is None


def test_the_agent_of_a_passive_told_still_speaks():
    text = f"Tenants were told by the landlord that the repairs were {O}on the way.{C}"
    assert speaker_in(text, "on the way") == "landlord"


def test_a_reported_passive_keeps_the_reporter():
    text = f"Ann Lee said she was told to {O}keep quiet{C} about the audit."
    assert speaker_in(text, "keep quiet") == "Ann Lee"


# 6. A bare title: the one judge the story names, else the role in lower case.
@pytest.mark.parametrize("title", [
    f"Judge tells roofer the building {O}belongs to every Pennsylvanian{C}",
    f"judge says gambling addiction {O}explains but does not excuse{C}",
    f"Judge says fire was {O}an act of pure selfishness{C}",
])
def test_a_bare_judge_in_a_headline_is_the_one_judge_named(title):
    assert quotes_of(ONE_JUDGE, title)[0][1] == "Mary Ortiz"


@pytest.mark.parametrize("title", [
    f"Judge tells roofer the building {O}belongs to every Pennsylvanian{C}",
    f"judge says gambling addiction {O}explains but does not excuse{C}",
])
def test_a_bare_judge_with_no_judge_named_is_the_judge(title):
    assert quotes_of(NO_JUDGE, title)[0][1] == "the judge"


def test_the_judge_in_the_body_is_the_one_judge_or_the_judge():
    assert speaker_in(ONE_JUDGE + f"The judge said the fire was {O}a disaster.{C}", "a disaster") == "Mary Ortiz"
    assert speaker_in(NO_JUDGE + f"The judge said the fire was {O}a disaster.{C}", "a disaster") == "the judge"


# The final guard: one capitalised word that is no name, party or group of the story is no speaker.
@pytest.mark.parametrize("text, words", [
    (ONE_JUDGE + f"Marketing said the figures were {O}accurate.{C} The marketing team was later disbanded.", "accurate"),
    (ONE_JUDGE + f"Monday's hearing was told the fire was {O}deliberate.{C}", "deliberate"),
])
def test_a_common_word_or_a_possessive_is_no_speaker(text, words):
    assert speaker_in(text, words) is None


@pytest.mark.parametrize("text, words, speaker", [
    # (a surname that is also a common word, written in capitals where no sentence opens)
    (f"{O}It was chaos,{C} said Young, who runs a young offenders charity.", "It was chaos", "Young"),
    (f"{O}We will fight this,{C} Marlowe said.", "We will fight", "Marlowe"),
    (f"NASA said the launch was {O}a success.{C}", "a success", "NASA"),
    (f"Greenpeace called the ruling {O}a disgrace.{C}", "a disgrace", "Greenpeace"),
    # (a body's name before people: the people speak, as written)
    (f"Google engineers described the bug as {O}critical.{C}", "critical", "Google engineers"),
])
def test_a_one_word_name_the_guard_keeps(text, words, speaker):
    assert speaker_in(text, words) == speaker


# Review of round 87 over 160 two-story cases: a verb or an adverb after the capitalised word is no head noun, a
# title's "in Charge" opens no clause, and a record written by a body of the story speaks for that body.
_BASE = "Tobin Vell, 41, was sentenced to five years in prison on Friday by Judge Ann Roe.\n\n"


def test_a_verb_or_adverb_after_the_capitalised_word_is_no_head():
    assert speaker_in(_BASE + "Members carried him to a couch and joked in a group chat about \u201cbabysitting duty.\u201d\n",
                      "babysitting") == "Members"
    assert speaker_in(_BASE + "Marketing materials nonetheless described the results as \u201clab-grade.\u201d\n",
                      "lab-grade") is None


def test_agent_in_charge_is_a_title():
    assert speaker_in(_BASE + "FBI Special Agent in Charge Renata Osei of the bureau's Newark office said in a statement "
                      "that the case showed \u201cthat we will follow these actors wherever they go.\u201d\n",
                      "that we will") == "Renata Osei"


def test_a_record_of_a_body_of_the_story_speaks_for_it():
    assert speaker_in(_BASE + "In 2024, a U.S. Justice Department report described the jail as dangerous, with contraband "
                      "\u201cpouring in\u201d through staff.\n\nThe U.S. Justice Department said it would monitor the jail.\n",
                      "pouring") == "U.S. Justice Department"


def test_the_nearest_name_wins_over_a_body_opening_a_long_title():
    # the body is a party of the story too, so reading the whole phrase would give the body
    assert speaker_in(_BASE + "The FBI's Newark field office led the investigation.\n\n"
                      "FBI Special Agent in Charge Renata Osei of the bureau's Newark office said in a statement that the "
                      "case showed \u201cthat we will follow these actors wherever they go.\u201d\n",
                      "that we will") == "Renata Osei"
