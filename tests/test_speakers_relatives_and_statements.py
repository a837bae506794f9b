"""Speakers and parties for conventions of crime coverage: a victim and the relative who speaks for the family
share a surname, and a surname alone refers back to whoever the article has already named in full.
All texts are written for these tests."""
from __future__ import annotations

import pytest

from tests.helpers import facts_of, speaker_of


def party(facts, name: str):
    return next(p for p in facts.parties if p.name == name)


# A victim named in full, then by surname, then a relative with the same surname who speaks for the family.
_FAMILY_STORIES = [
    ("Police said the truck struck Walter Brenner on Elm Street. Brenner, a retired bus driver, died at the scene.\n\n"
     "\"Mr. Brenner was crossing with the light,\" Sgt. Omar Flint said.\n\n"
     "Judge Nina Castell set bail at $50,000.\n\n"
     "Brenner's daughter, Paula Brenner, told reporters after the hearing that her father walked there every "
     "morning.\n\n"
     "\"My father never missed his morning walk,\" she said. \"He deserved to grow old.\"\n\n"
     "\"We just want answers,\" Paula Brenner added.\n",
     "Walter Brenner", "a retired bus driver", "Paula Brenner", "My father"),
    ("Ruth Okafor, 81, was hit by the van in a parking lot. Okafor, a former nurse, died two days later.\n\n"
     "\"Mrs. Okafor had every right to be there,\" Prosecutor Dale Hume said.\n\n"
     "Judge Victor Lamm presided over the hearing.\n\n"
     "Outside court, Okafor's grandson, Tobias Okafor, said his grandmother had raised him.\n\n"
     "\"Grandma raised four of us in that house,\" he said.\n\n"
     "\"We are not angry anymore,\" Tobias Okafor said.\n",
     "Ruth Okafor", "a former nurse", "Tobias Okafor", "Grandma raised"),
    ("The cyclist, Henry Vance, was killed on Route 9. Vance, a high school coach, was 58.\n\n"
     "\"Mr. Vance was a fixture in this town,\" Mayor Alan Reyes said.\n\n"
     "Judge Simon Kerr will hear the case.\n\n"
     "Vance's widow, Marisol Vance, said in an interview on Tuesday that the family wants a trial.\n\n"
     "\"I lost my husband, and my kids lost their dad,\" she said.\n\n"
     "\"Every day,\" Marisol Vance said.\n",
     "Henry Vance", "a high school coach", "Marisol Vance", "I lost my husband"),
]


@pytest.mark.parametrize("text, victim, victim_role, relative, relatives_quote", _FAMILY_STORIES)
def test_a_surname_alone_stays_with_the_relative_named_before_it(text, victim, victim_role, relative,
                                                                  relatives_quote):
    facts = facts_of(text)
    assert victim_role in party(facts, victim).roles
    assert victim_role not in party(facts, relative).roles
    assert speaker_of(facts, relatives_quote) == relative


def test_a_surname_alone_after_both_are_named_still_means_the_main_person():
    # near miss: once both are introduced, the surname alone is the one the story is about, not the latest named
    facts = facts_of(
        "Dorian Kell, 52, was convicted of arson on Monday. Kell, a former fire inspector, set the blaze in 2021.\n\n"
        "Kell's brother, Rufus Kell, watched from the gallery.\n\n"
        "Kell, who did not testify, showed no reaction. \"I am innocent,\" Kell said as deputies led him out.\n")
    assert speaker_of(facts, "I am innocent") == "Dorian Kell"


# "In a statement, the <body> said …" then ""…," the statement said": the body the article named earlier issued it,
# not the last person named (who may even be said not to have spoken).
@pytest.mark.parametrize("text, body", [
    ("Oren Pike ran the Harlow Art Museum's gift shop for a decade.\n\n"
     "The museum's director, Lyle Barr, sat in the front row but declined to comment. In a statement, the museum said "
     "it had changed its accounting rules.\n\n"
     "\"Our visitors deserve to know every dollar is safe,\" the statement said.\n",
     "Harlow Art Museum"),
    ("Prosecutors said Cyrus Dale skimmed grants from the Quennell Family Foundation for six years.\n\n"
     "Its board chair, Nadia Oakes, attended the sentencing and did not speak. The foundation, in a statement released "
     "Friday, said it was grateful to investigators.\n\n"
     "\"We have rebuilt our controls from the ground up,\" the statement read.\n",
     "the Quennell Family Foundation"),
    ("Mara Quist, a former Wyoming Lottery auditor, admitted altering the results.\n\n"
     "Lottery commissioner Ben Toller was in court. In a written statement, the lottery said no winners would lose "
     "their prizes.\n\n"
     "\"Every ticket sold was honored,\" the statement added.\n",
     "Wyoming Lottery"),
])
def test_a_statement_is_the_bodys_that_issued_it(text, body):
    assert speaker_of(facts_of(text), text[text.rindex("\n\n\"") + 3:][:8]) == body


def test_a_statement_a_person_issued_stays_theirs():
    # near miss: a named person is the subject of "said in a statement"
    text = ("Oren Pike ran the Harlow Art Museum's gift shop.\n\n"
            "Lyle Barr, the museum's director, said in a statement that the losses were covered.\n\n"
            "\"No donor lost a cent,\" the statement said.\n")
    assert speaker_of(facts_of(text), "No donor") == "Lyle Barr"


# An advocacy group named for its cause ("<people> Against <cause>") is a body of the story when it speaks.
@pytest.mark.parametrize("text, group", [
    ("Lena Ruiz was sentenced Monday. Mothers Against Reckless Racing said in a statement that the term was fair.\n",
     "Mothers Against Reckless Racing"),
    ("Lena Ruiz was sentenced Monday. Parents Against Impaired Boating, a group founded after a 2019 crash, called "
     "the sentence a start.\n", "Parents Against Impaired Boating"),
    ("Lena Ruiz was sentenced Monday. \"It is not enough,\" said Neighbors United For Safe Crossings, which packed "
     "the gallery.\n", "Neighbors United For Safe Crossings"),
])
def test_a_group_named_for_its_cause_is_a_party(text, group):
    facts = facts_of(text)
    assert group in [p.name for p in facts.parties if p.kind == "organization"]


def test_a_cause_in_lower_case_names_no_group():
    # near miss: "parents against the plan" is a description, no body
    facts = facts_of("Lena Ruiz was sentenced Monday. Some parents against the plan for a new jail spoke.\n")
    assert not [p for p in facts.parties if p.kind == "organization"]
