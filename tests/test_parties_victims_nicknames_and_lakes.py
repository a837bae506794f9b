"""Who the Key parties table says people are: the accused is never the person who died, the lede's description is
the accused's role without the story that follows it, the one killed or hurt reads "victim", one person under a
nickname is one row, and a lake is a place. The articles are written for these tests."""
from __future__ import annotations

import pytest

from builder.extract import extract
from builder.sources import source_from_text


def _facts(*paragraphs: str):
    text = "title: t\noutlet: Test Wire\ndate: 2025-07-10\n\n" + "\n\n".join(paragraphs) + "\n"
    return extract(source_from_text("story.txt", text))


def _party(facts, name: str):
    return next((p for p in facts.parties if p.name == name or name in p.aliases), None)


LEDE_BOAT = ("A county grand jury has indicted a Harlow man on two counts of intoxication manslaughter in a June boat "
             "crash that killed a retired welder and his grandson.")


@pytest.mark.parametrize("victim, accused", [
    ("Orrin Pask and his grandson, Teddy Pask, died at the scene.",
     "Dale Voorhees, 44, turned himself in at the county jail on Wednesday and was released on bond."),
    ("Orrin Pask, 66, was pronounced dead at a hospital.", "Dale Voorhees, 44, surrendered to deputies on Monday."),
    ("Orrin Pask, 66, of nearby Elm Fork, died from his injuries.", "Dale Voorhees, 44, was booked into the county jail."),
])
def test_the_one_who_died_named_first_is_not_the_accused(victim: str, accused: str) -> None:
    facts = _facts(LEDE_BOAT, victim, accused, "Voorhees's attorney did not return a call.")
    assert facts.defendant == "Dale Voorhees"
    assert not any(c.subject == "Orrin Pask" for c in facts.sentencing.charges)
    assert "Harlow man" in _party(facts, "Dale Voorhees").roles
    assert _party(facts, "Orrin Pask").roles == ["victim"]


def test_a_named_person_arrested_after_the_lede_is_still_the_accused() -> None:
    # near-miss: nobody died in the paragraph that names the first person; the first person named stays the accused
    facts = _facts("A Harlow man has been charged with stealing $40,000 from a youth baseball league.",
                   "Dale Voorhees, 44, was the league's treasurer for six years.",
                   "Orrin Pask, the league's president, said the board found the losses in March.")
    assert facts.defendant == "Dale Voorhees"


@pytest.mark.parametrize("lede, role", [
    ("A former Idaho county records clerk who sold blank birth certificates was sentenced Tuesday to two years.",
     "former Idaho county records clerk"),
    ("A Marlow man accused of running down a jogger was ordered held without bail on Monday.", "Marlow man"),
    ("A retired school bus driver who shot his neighbor during a fence dispute was convicted of manslaughter Friday.",
     "retired school bus driver"),
])
def test_the_lede_role_stops_before_the_clause_that_tells_the_story(lede: str, role: str) -> None:
    facts = _facts(lede, "Jo Anne Tritt, 51, did not speak during the hearing.")
    assert _party(facts, facts.defendant).roles == [role]


def test_a_bare_noun_keeps_the_clause_that_tells_who_it_is() -> None:
    # near-miss: "man" alone is no role; the clause is the only description the story gives
    facts = _facts("A man who stabbed a cook during a robbery was sentenced Monday to 30 years in prison.",
                   "Ty Brannock, 27, showed no emotion.")
    assert _party(facts, "Ty Brannock").roles == ["man who stabbed a cook during a robbery"]


@pytest.mark.parametrize("sentence", [
    "Prosecutors said Brannock stabbed Lisa Orme three times during the argument.",
    "Brannock was charged in the death of Lisa Orme, whose body was found in a ditch.",
    "Lisa Orme, 31, was found dead in her apartment two days later.",
    "Brannock admitted beating Lisa Orme with a bat.",
])
def test_a_person_killed_or_hurt_reads_victim(sentence: str) -> None:
    facts = _facts("Ty Brannock, a 27-year-old Marlow roofer, was convicted Tuesday.", sentence)
    assert facts.defendant == "Ty Brannock"
    assert _party(facts, "Lisa Orme").roles == ["victim"]


def test_the_widow_whose_husband_was_killed_is_not_the_victim() -> None:
    facts = _facts("Ty Brannock, a 27-year-old Marlow roofer, was convicted Tuesday of murder.",
                   "\u201cHe took everything from us,\u201d said Lisa Orme, whose husband, Cal, was killed in the attack.")
    orme = _party(facts, "Lisa Orme")
    assert orme is not None and "victim" not in orme.roles


@pytest.mark.parametrize("full, short", [("Ronald", "Ronnie"), ("William", "Bill"), ("Katherine", "Katie"),
                                         ("Jonathan", "Jon")])
def test_a_nickname_and_the_full_given_name_are_one_person(full: str, short: str) -> None:
    facts = _facts(f"Ty Brannock, a 27-year-old Marlow man, was charged Monday with manslaughter in the death of {full} Pask.",
                   f"{short} Pask, 62, was a retired welder, his family said.")
    names = [p.name for p in facts.parties]
    assert f"{full} Pask" in names and f"{short} Pask" not in names
    assert f"{short} Pask" in _party(facts, f"{full} Pask").aliases


def test_two_relatives_with_different_given_names_stay_two_people() -> None:
    facts = _facts("Ty Brannock, a 27-year-old Marlow man, was charged Monday with manslaughter in the death of Ronald Pask.",
                   "Donald Pask, his brother, said the family wanted justice.")
    names = [p.name for p in facts.parties]
    assert "Ronald Pask" in names and "Donald Pask" in names


@pytest.mark.parametrize("sentence", [
    "The crash on Willow Bend Lake killed two people.",
    "The two were fishing at Lake Quenton when the boat hit them.",
    "Brannock was piloting a bass boat on Tern Hollow Reservoir, investigators said.",
])
def test_a_lake_or_reservoir_is_no_party(sentence: str) -> None:
    facts = _facts("Ty Brannock, a 27-year-old Marlow man, was charged Monday with boating while intoxicated.", sentence)
    assert [p.name for p in facts.parties] == ["Ty Brannock"]


def test_a_person_named_lake_is_still_a_person() -> None:
    # near-miss: a surname that is a water word, with no "on" or "at" before it
    facts = _facts("Ty Brannock, a 27-year-old Marlow man, was charged Monday with boating while intoxicated.",
                   "Marla Lake, 40, a passenger, testified that Brannock had been drinking.")
    assert "Marla Lake" in [p.name for p in facts.parties]
