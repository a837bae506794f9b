"""Speakers and parties for conventions of mainstream coverage: a body's unnamed spokesperson, a body named
again by its kind ("the bureau"), a pronoun that "put it this way:", an appeals panel, a person's firm before
their appositive, an elected title with its county after the name, and a titled office as a subject.
All texts are written for these tests."""
from __future__ import annotations

import pytest

from tests.helpers import facts_of, speaker_of, party_names


# "a spokesperson for <body> said": the body speaks through its unnamed voice.
@pytest.mark.parametrize("text, speaker", [
    ("A spokesperson for the Peruvian consulate in Miami said Lima \"rejects every claim made here.\"\n",
     "Peruvian consulate"),
    ("Tessa Grund chairs Orchard Valley Bank. \"We have cooperated from the first day,\" a spokeswoman for the bank "
     "said on Friday.\n", "Orchard Valley Bank"),
    ("\"The record speaks for itself,\" said a representative of the state's parole agency.\n",
     "state's parole agency"),
])
def test_an_unnamed_spokesperson_gives_the_body(text, speaker):
    assert speaker_of(facts_of(text), text[text.index("\"") + 1:][:6]) == speaker


def test_a_bare_spokesperson_gives_no_invented_body():
    facts = facts_of("Milo Pell was charged in May. A spokesman declined to say whether the case was \"closed for good.\"\n")
    assert speaker_of(facts, "closed") != "Milo Pell"


# "The FBI …. The bureau said": a body named again by the noun its acronym stands for.
@pytest.mark.parametrize("text", [
    "The FBI arrested Colm Rudd in March. The bureau said in a statement that it \"will not comment further.\"\n",
    "Agents from the FBI searched the house in Dayton. \"Nobody is above the law,\" the bureau said later.\n",
    "Colm Rudd was arrested by the FBI in June after a long inquiry.\n\nIn a brief statement, the bureau called the "
    "ruling \"a fair outcome.\"\n",
])
def test_the_bureau_is_the_acronym_named_before(text):
    facts = facts_of(text)
    assert facts.quotes[0].speaker == "FBI"


def test_a_body_of_another_kind_is_not_the_acronym():
    facts = facts_of("The FBI arrested Colm Rudd in March. \"We are reviewing it,\" the company said.\n")
    assert facts.quotes[0].speaker != "FBI"


# A pronoun with an idiom of speech before a colon: "she put it this way:", "as he summed it up:".
@pytest.mark.parametrize("text, speaker", [
    ("Singer Ada Morrow, 34, said she lost $2 million. Speaking at a gala last month, she put it this way: "
     "\"I never wanted an apology.\"\n", "Ada Morrow"),
    ("Defense lawyer Omar Reyes said little in court. Afterward he put it bluntly: \"The jury got it wrong.\"\n",
     "Omar Reyes"),
    ("Mara Quist testified on Monday. As she summed it up: \"Nobody ever checked the books.\"\n", "Mara Quist"),
])
def test_a_pronoun_that_put_it_speaks(text, speaker):
    assert facts_of(text).quotes[0].speaker == speaker


def test_putting_a_thing_somewhere_is_no_quote():
    assert not facts_of("Rudd put it in a box marked \"fragile\" and left.\n").quotes


# "the panel said" in an appeal story: the appeals court the article names, never an agency that spoke last.
@pytest.mark.parametrize("text, speaker", [
    ("The Idaho Court of Appeals upheld the verdict. The Idaho Department of Correction said she is in custody. "
     "The defense argued error, but the panel said that was \"a question for the jurors.\"\n", "the Idaho Court of Appeals"),
    ("A three-judge panel of the 4th U.S. Circuit Court of Appeals heard the case. Officials at the Bureau of Prisons "
     "said he was moved. \"The evidence was ample,\" the panel wrote.\n", "4th U.S. Circuit Court of Appeals"),
])
def test_the_panel_is_the_appeals_court(text, speaker):
    assert facts_of(text).quotes[0].speaker == speaker


def test_a_panel_with_no_court_named_borrows_no_agency():
    facts = facts_of("The Nevada Department of Corrections said he was moved. \"The evidence was ample,\" the panel wrote.\n")
    assert facts.quotes[0].speaker != "Nevada Department of Corrections"


# "NAME of FIRM, an appositive, said": the appositive and the verb belong to the person, not the firm.
@pytest.mark.parametrize("text, speaker", [
    ("Lisa Ortega of Hale & Moss LLP, his lawyer, said he \"accepts the outcome.\" Ortega filed no appeal.\n",
     "Lisa Ortega"),
    ("Priya Nair of the University of Utah, a criminologist, said the term was \"typical for such cases.\"\n",
     "Priya Nair"),
    ("Omar Diaz of Northfield Analytics, a consultant, said the audit was \"sloppy beyond belief.\"\n", "Omar Diaz"),
])
def test_a_person_of_a_firm_speaks_not_the_firm(text, speaker):
    assert facts_of(text).quotes[0].speaker == speaker


def test_a_firm_opening_the_sentence_speaks_itself():
    facts = facts_of("Hale & Moss LLP, his law firm, said he \"accepts the outcome.\"\n")
    assert facts.quotes[0].speaker == "Hale & Moss LLP"


# "District Attorney NAME of <County>": a title holding a place word before the name, the county after it.
@pytest.mark.parametrize("text, name", [
    ("Ivy Lund was convicted Tuesday. District Attorney Hal Brenner of Eagle County said the verdict "
     "\"brings some peace.\"\n", "Hal Brenner"),
    ("Ivy Lund was convicted Tuesday. County Attorney Rosa Elling of Hamlin County told reporters the jury "
     "\"saw through it all.\"\n", "Rosa Elling"),
    ("Ivy Lund was convicted Tuesday. Chief Deputy District Attorney Sam Oyelaran of Marin County called it "
     "\"a fair result.\"\n", "Sam Oyelaran"),
])
def test_a_titled_person_of_a_county_is_a_person(text, name):
    facts = facts_of(text)
    assert name in party_names(facts)
    assert facts.quotes[0].speaker == name


def test_a_court_of_a_county_is_no_person():
    facts = facts_of("Ivy Lund was convicted Tuesday. The District Court of Eagle County set sentencing for May.\n")
    assert not any(p.kind == "person" and "Eagle" in p.name for p in facts.parties)


# "<State> Attorney General's office" as a subject: an organisation, named without the sentence before it.
@pytest.mark.parametrize("text, name", [
    ("Ivy Lund lost her appeal Tuesday. The Colorado Attorney General's office, which handles appeals, said it was "
     "\"pleased with the ruling.\"\n", "the Colorado Attorney General's office"),
    ("Ivy Lund lost her appeal Tuesday. The Ohio Attorney General's Office said it was \"pleased with the ruling.\"\n",
     "the Ohio Attorney General's Office"),
    ("Ivy Lund was sentenced Friday. The St. Clair County Prosecutor's Office said it was \"satisfied with it.\"\n",
     "the St. Clair County Prosecutor's Office"),
])
def test_a_titled_office_is_an_organisation(text, name):
    facts = facts_of(text)
    assert name in party_names(facts)
    assert facts.quotes[0].speaker == name
