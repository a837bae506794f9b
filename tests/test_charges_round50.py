"""Charges and parties from short articles written for these tests: a statute's purpose, program or holder told after
the offence ("for financial gain", "in connection with a federal health care program", "as a public official"), Texas's
"accident involving death", a rights charge naming its victim, a motive after the offence ("to hide ..."), terms joined
by "plus", a plea "without going to trial"; and bodies named as an investigation's modifier ("An FBI and Coast Guard
Investigative Service investigation"), a body's kind appositive before ", and", a company "called" by its name, fields
joined by "and" after "of", and a network's local affiliate by its call letters."""
from __future__ import annotations

from builder.extract.parties import find_parties
from builder.sources import source_from_text
from tests.test_charges import _charges


def test_a_smuggling_statutes_purpose_stays_with_the_offence():
    assert _charges("A jury convicted Lorcan Pike of conspiracy to transport undocumented immigrants for financial gain, "
                    "transporting undocumented immigrants and bribery.") == {
        "conspiracy to transport undocumented immigrants for financial gain": "convicted",
        "transporting undocumented immigrants": "convicted", "bribery": "convicted"}
    assert _charges("Ines Farrowby pleaded guilty to harboring aliens for private financial gain.") == {
        "harboring aliens for private financial gain": "pleaded guilty"}


def test_the_program_a_kickback_law_guards_stays_with_the_offence():
    assert _charges("Odilette Brandvik was found guilty of health care fraud and paying kickbacks in connection with a "
                    "federal health care program.") == {
        "health care fraud": "convicted",
        "paying kickbacks in connection with a federal health care program": "convicted"}
    # near-miss: the event a killing was tied to is no part of its name
    assert _charges("Odilette Brandvik was charged with murder in connection with the death of her landlord.") == {
        "murder": "charged"}


def test_the_office_a_bribery_statute_names_stays_with_the_offence():
    assert _charges("Wes Tolland pleaded guilty to receiving a bribe as a public official.") == {
        "receiving a bribe as a public official": "pleaded guilty"}
    assert _charges("Wes Tolland was convicted of accepting a gratuity as a federal employee.") == {
        "accepting a gratuity as a federal employee": "convicted"}


def test_accident_involving_death_is_an_offence_after_its_term():
    assert _charges("Jurors gave Rhodri Callow 12 years in prison for accident involving death and six years in prison "
                    "for tampering with physical evidence.") == {
        "accident involving death": "convicted", "tampering with physical evidence": "convicted"}
    assert _charges("Rhodri Callow got nine years for accident involving serious bodily injury.") == {
        "accident involving serious bodily injury": "convicted"}


def test_a_rights_charge_names_its_victim_and_a_motive_ends_the_offence():
    assert _charges("Dorrin Welk was found guilty of violating the civil rights of inmate Abel Ostrow and of falsifying "
                    "an official report to hide what he had done.") == {
        "violating the civil rights of inmate Abel Ostrow": "convicted", "falsifying an official report": "convicted"}
    # named formally further down, the plain wording gives way to the statute's name
    assert _charges("Dorrin Welk was found guilty of violating the civil rights of Abel Ostrow, a man he struck. Welk "
                    "was convicted of deprivation of rights under color of law.") == {
        "deprivation of rights under color of law": "convicted"}
    assert _charges("Dorrin Welk was convicted of altering a log to conceal the beating.") == {
        "altering a log": "convicted"}


def test_plus_joins_two_terms_each_with_its_offence():
    assert _charges("Nadia Perrow got 40 months for wire fraud plus a mandatory two years for aggravated identity "
                    "theft.") == {"wire fraud": "convicted", "aggravated identity theft": "convicted"}


def test_a_plea_without_going_to_trial_names_no_offence():
    assert _charges("Nadia Perrow pleaded guilty to wire fraud in March. Her lawyer noted she pleaded guilty in March "
                    "without going to trial.") == {"wire fraud": "pleaded guilty"}


def _parties(body: str) -> dict[str, list[str]]:
    source = source_from_text("case.txt", "Date: 2024-05-06\n\nCalder Brisk, 45, was sentenced to five years in prison "
                                          "on Monday.\n\n" + body)
    parties = find_parties(source)
    for party in parties:
        for citation in party.citations[:1]:
            if party.kind == "organization":
                assert source.text[citation.start:citation.end] == party.name
    return {p.name: p.roles for p in parties}


def test_bodies_named_as_the_investigations_modifier_investigated():
    found = _parties("An F.B.I. and Coast Guard Investigative Service investigation began after a crewmate reported him.")
    assert found.get("F.B.I.") == ["investigating agency"]
    assert found.get("Coast Guard Investigative Service") == ["investigating agency"]
    assert _parties("A Marlow Police Department probe found that he lied.").get("Marlow Police Department") == [
        "investigating agency"]
    # near-misses: a person's or a newsroom's investigation credits no agency
    assert not any("investigating agency" in roles for roles in _parties(
        "The Brisk investigation lasted two years. A CNN investigation found the leak. A Times Union probe "
        "followed.").values())


def test_a_bodys_kind_appositive_describes_it_before_and():
    found = _parties("Brisk steered grants to Fernhill Youth Horizons, a nonprofit he founded, and kept a share.")
    assert found.get("Fernhill Youth Horizons") == ["a nonprofit"]
    found = _parties("Brisk moved money through Quorran Lane Holdings, a shell company he ran, and then abroad.")
    assert found.get("Quorran Lane Holdings") == ["a shell company"]


def test_a_company_called_by_its_name_is_a_party():
    assert "Saltmarsh Touring" in _parties("He routed fees through a shell company called \u201cSaltmarsh Touring\u201d "
                                           "and failed to file returns.")
    assert "Saltmarsh Touring" in _parties("He routed fees through a firm named Saltmarsh Touring and hid them.")
    # near-miss: a slogan in quotation marks is no body
    assert "Remember Caleb" not in _parties("Marchers carried a banner reading \u201cRemember Caleb\u201d past the court.")


def test_fields_joined_by_and_after_of_stay_in_a_bodys_name():
    found = _parties("Tova Imre, special agent in charge for the Department of Health and Human Services Office of "
                     "Inspector General in Denver, said the case mattered.")
    assert "Department of Health and Human Services Office of Inspector General" in found
    assert not any(name.startswith("Human Services") for name in found)


def test_a_networks_local_affiliate_is_named_by_its_call_letters():
    found = _parties("\u201cIt was wrong,\u201d Mira Dell told ABC affiliate KQRT. A juror spoke to NBC affiliate WDLN.")
    assert found.get("KQRT") == ["ABC affiliate"]
    assert found.get("WDLN") == ["NBC affiliate"]
    assert not any(name.startswith(("ABC", "NBC")) for name in _parties("The station is an affiliate of NBC."))
