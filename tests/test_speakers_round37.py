"""Speakers and parties for more conventions of crime coverage: a military rank's abbreviation before a name, an
expert described by a compound job ("a child abuse pediatrician"), an unnamed writer in a restrictive who-clause,
a court record set off in commas between a verb and its that-clause, a "she" meaning a woman described (never
named) the sentence before, a letter's unnamed author, a spokesperson's body, "his attorney" who is no prosecutor,
"the family" of relatives sharing a surname, and bodies that act in the case (an appeals court, a county's police
in lower case, FBI agents, a marshals' task force, a sheriff's department, a lower-case district attorney's office).
All texts are written for these tests."""
from __future__ import annotations

import pytest

from tests.helpers import facts_of, party_names, speaker_of


# "said Maj. Ann Roe": a military rank's stop is no sentence end, so the name after it speaks.
@pytest.mark.parametrize("rank", ["Maj.", "Cpl.", "Adm.", "Pvt."])
def test_an_abbreviated_rank_before_the_name(rank):
    facts = facts_of("Deputies arrested Owen Faro in May.\n\n\"Those are not toys. They are weapons,\" said "
                     f"{rank} Ruth Kessel, the prosecutor, in her closing argument.\n")
    assert speaker_of(facts, "Those are not toys") == "Ruth Kessel"


# "a child abuse pediatrician testified": the head is the last noun before the verb, and a trade's suffix says person.
@pytest.mark.parametrize("described", ["a child abuse pediatrician", "a crime scene investigator", "a toxicologist"])
def test_a_compound_or_suffixed_expert_keeps_the_whole_description(described):
    facts = facts_of("Lyle Hanner told police the boy had tripped.\n\n"
                     f"At trial, {described} testified that the marks were \"not consistent with any fall from a bed.\"\n")
    assert speaker_of(facts, "not consistent") == described


def test_a_verb_between_nouns_is_no_compound():
    facts = facts_of("At the hearing, a mother told officers that her son was \"never the same again after that night.\"\n")
    assert speaker_of(facts, "never the same") == "a mother"


# "one from a former coach at the school who wrote that": the unnamed writer, by the article's description.
def test_an_unnamed_writer_in_a_restrictive_who_clause():
    facts = facts_of("Tomas Wendt was convicted of fraud in May.\n\nThe defense filed 20 letters of support, among them one "
                     "from a former coach at the school who wrote that Wendt \"never gave up on anyone.\"\n")
    assert speaker_of(facts, "never gave up") == "a former coach at the school"


# "Morrow warned him, according to a transcript, that …": the record vouches for the words; the judge spoke them.
def test_a_record_in_commas_does_not_take_the_verbs_words():
    facts = facts_of("Judge Ada Morrow sentenced Kel Voss to four years.\n\nMorrow warned him at the time, according to a "
                     "transcript read in court Tuesday, that if he failed to appear, \"the deal is gone and you could get "
                     "up to nine years.\"\n")
    assert speaker_of(facts, "the deal is gone") == "Ada Morrow"


# "Officers found the 31-year-old woman … She told officers": with no named woman, the described one.
def test_she_is_the_woman_described_the_sentence_before():
    facts = facts_of("Kel Voss was arrested in May. He pleaded guilty in June.\n\nOfficers found the 31-year-old woman with "
                     "a broken jaw, according to a police report. She told officers Voss had held her down for "
                     "\"what felt like an hour\" and left.\n")
    assert speaker_of(facts, "what felt like") == "the 31-year-old woman"


# "Wrenfield read a letter written by the couple's 9-year-old son. In it, he wrote": the letter's author.
def test_the_unnamed_author_of_a_letter_read_aloud_wrote_it():
    facts = facts_of("Prosecutor Dale Wrenfield asked for the maximum. \"He came anyway,\" Wrenfield said.\n\n"
                     "Wrenfield read a letter written by the couple's 9-year-old son. In it, he wrote that he still waits "
                     "by the window \"every night at six.\"\n")
    assert speaker_of(facts, "every night") == "the couple's 9-year-old son"


# "A spokesperson for the DEA's Denver Division, which worked with the sheriff's department, said": the body the
# spokesperson is for, not the one inside its which-clause.
def test_the_spokesperson_speaks_for_the_body_introduced_with_them():
    facts = facts_of("Two men were charged in March.\n\nA spokesperson for the Drug Enforcement Administration's Denver "
                     "Division, which investigated the case with the Adams County Sheriff's Department, said deaths have "
                     "nearly doubled.\n\n\"Fake pills are everywhere. We will keep saying it,\" the spokesperson said.\n")
    assert speaker_of(facts, "Fake pills") == "Denver Division"


# "I asked the district attorney's office why. A spokeswoman sent a statement.": the office named in full earlier.
def test_a_spokeswoman_of_an_office_named_in_lower_case():
    facts = facts_of("Ray Dunn pleaded guilty. Prosecutors in the Marlow County District Attorney's Office agreed to "
                     "probation.\n\nDunn's victim spoke for ten minutes.\n\nHe will carry it.\n\n"
                     "I asked the district attorney's office why it made the deal. A spokeswoman sent a statement.\n\n"
                     "\"This resolution holds the defendant accountable,\" the statement said.\n")
    assert speaker_of(facts, "This resolution") == "the Marlow County District Attorney's Office"


# "Assistant State Attorney Ann Marsh … "…," his attorney said": his lawyer is no prosecutor.
def test_his_attorney_is_never_the_prosecutor():
    facts = facts_of("Officer Dale Voss pleaded guilty to fraud. \"The public has every right to expect honesty,\" "
                     "Assistant State Attorney Ann Marsh said in a statement.\n\nVoss's attorney said his client has "
                     "already repaid about $18,000.\n\n\"Dale made serious mistakes during a very hard period in his "
                     "life,\" his attorney said.\n")
    assert speaker_of(facts, "Dale made") == "Voss's attorney"


# "Paul Corso, the victim's brother, … the family said": the relatives the article names by one surname.
def test_the_family_of_relatives_sharing_a_surname():
    facts = facts_of("Ray Dunn was convicted of killing Vince Corso in 1994.\n\nPaul Corso, the victim's brother, told "
                     "reporters he would keep coming back. In a brief statement, the family said it was \"disappointed "
                     "but not surprised\" by the ruling.\n")
    assert speaker_of(facts, "disappointed") == "the Corso family"


# Bodies that act in the case are its parties.
@pytest.mark.parametrize("sentence, body", [
    ("Last year, the Michigan Court of Appeals vacated that sentence and ordered a new hearing.", "the Michigan Court of Appeals"),
    ("The 2nd U.S. Circuit Court of Appeals in New York last August upheld the conviction.",
     "2nd U.S. Circuit Court of Appeals"),
    ("In May, the US Court of Appeals for the 8th Circuit threw out his sentence.", "US Court of Appeals for the 8th Circuit"),
    ("The state Superior Court vacated that sentence last year.", "state Superior Court"),
    ("Lower Paxton Township police arrested Dunn nine days later.", "Lower Paxton Township police"),
    ("In its first account, the Dayton division of police said the shooting was justified.", "Dayton division of police"),
    ("Dunn sold the house after FBI agents searched it in 2021.", "FBI"),
    ("Dunn was arrested in Dover by a U.S. Marshals Service fugitive task force.", "U.S. Marshals Service"),
    ("The case was investigated by the Pima County Sheriff's Department.", "the Pima County Sheriff's Department"),
    ("Graves was appointed after the Davidson County district attorney's office recused itself.",
     "Davidson County district attorney's office"),
])
def test_a_body_acting_in_the_case_is_a_party(sentence, body):
    assert body in party_names(facts_of(f"Ray Dunn was convicted of fraud in 2019.\n\n{sentence}\n"))


def test_a_trial_court_named_as_the_venue_is_no_party():
    names = party_names(facts_of("Ray Dunn was convicted in Kern County Superior Court in 2019.\n"))
    assert not any("Court" in n for n in names)


def test_a_job_at_an_agency_makes_it_no_party():
    names = party_names(facts_of("Ray Dunn, a former FBI agent, was charged with fraud in 2019.\n"))
    assert "FBI" not in names
