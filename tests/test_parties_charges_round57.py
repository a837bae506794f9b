"""Parties, defendant and charges from round 57: a name with a generational suffix ("Jr.") keeps its surname for the
defendant and for a wife named by first name; a person introduced by their part in the crime ("A third survivor,
NAME,"); a place told by a direction from it; a school's short form; Colorado-style statute names with "position of
trust" and "pattern of abuse"; the federal "conspiring to defraud the United States"."""
from __future__ import annotations

from builder.extract import extract
from builder.extract._defendant import find_defendant
from builder.extract.parties import find_parties
from builder.sources import source_from_text


def _source(body: str):
    return source_from_text("case.txt", "Date: 2024-03-02\n\n" + body)


def _parties(body: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in find_parties(_source(body))}


def _charges(body: str) -> list[str]:
    return [c.text for c in extract(_source(body)).sentencing.charges]


_SUFFIXED = ("Federal prosecutors say Osvaldo Trevino Jr. took bribes at the port.\n\n"
             "On Monday, Trevino, 51, is scheduled to be sentenced for bribery of a public official.\n\n"
             "In a letter to the judge, Trevino's wife, Adelina, described a devoted father.\n\n"
             "Trevino was arrested after the courier, Basilio Roque, was caught and agreed to cooperate. "
             "Roque pleaded guilty and testified that Trevino took the money. He is scheduled to be sentenced in May.")


def test_a_suffixed_name_keeps_its_surname_for_the_defendant():
    source = _source(_SUFFIXED)
    defendant = find_defendant(source, find_parties(source))
    assert defendant.surname == "Trevino"
    assert defendant.name == "Osvaldo Trevino Jr."


def test_a_wife_named_by_first_name_takes_a_suffixed_husbands_surname():
    assert "Adelina Trevino" in _parties(_SUFFIXED)


def test_a_person_introduced_by_their_part_in_the_crime_is_a_party():
    parties = _parties("Corwin Blale was convicted of arson on Monday. A third survivor, Nadira Quesk, spoke at the "
                       "hearing. The gunman, Teodor Vanck, fired first.")
    assert parties.get("Nadira Quesk") == ["third survivor"]
    assert parties.get("Teodor Vanck") == ["gunman"]


def test_a_place_told_by_a_direction_from_it_is_no_person():
    parties = _parties("Corwin Blale was convicted of arson in the fire at a warehouse in Ellory, a suburb north of "
                       "Varden Moss.")
    assert "Varden Moss" not in parties


def test_a_schools_short_form_is_no_person():
    parties = _parties("Corwin Blale was convicted of murder in the shooting at Tarrow Glen High School.\n\n"
                       "Ivo Dask, whose wife had taught at Tarrow Glen for 14 years, said she was brave. "
                       "The Tarrow Glen shooting was one of many that year.")
    assert "Tarrow Glen" not in parties


def test_a_state_codes_position_of_trust_and_pattern_of_abuse_stay_in_the_name():
    charges = _charges("A jury found Corwin Blale guilty of two counts of sexual assault on a child by one in a "
                       "position of trust as part of a pattern of abuse and one count of theft.")
    assert "sexual assault on a child by one in a position of trust as part of a pattern of abuse" in charges


def test_a_long_position_of_trust_offence_is_read_whole():
    charges = _charges("A jury convicted Corwin Blale of sexual assault on a child by a person in a position of trust "
                       "and one count of theft.")
    assert "sexual assault on a child by a person in a position of trust" in charges


def test_conspiring_to_defraud_the_united_states_is_an_offence():
    charges = _charges("Corwin Blale was convicted of conspiring to defraud the United States, making false "
                       "statements and obstruction of justice.")
    assert "conspiring to defraud the United States" in charges
