"""Charges and parties from short articles written for these tests: a weapon statute's long gerund name ("employing a
firearm during the commission of a dangerous felony"), drug schedules named together ("Schedule I or II"), a release's
boilerplate about any federal offense, the harm told victim by victim ("wounding another"), and a city's police force
named in lower case while it acts in the case ("Brixton police arrested him")."""
from __future__ import annotations

from builder.extract.parties import find_parties
from builder.sources import source_from_text
from tests.test_charges import _charges


def test_a_weapon_statutes_long_gerund_name_is_an_offence():
    assert _charges("Marlon Vesey, 41, was also convicted of employing a firearm during the commission of a dangerous "
                    "felony and two counts of reckless endangerment after a short deliberation.") == {
        "employing a firearm during the commission of a dangerous felony": "convicted", "reckless endangerment": "convicted"}
    assert _charges("Tobin Ash pleaded guilty to possessing a firearm in furtherance of a drug trafficking crime.") == {
        "possessing a firearm in furtherance of a drug trafficking crime": "pleaded guilty"}


def test_drug_schedules_named_together_grade_one_offence():
    assert _charges("Orrin Blake pleaded guilty in March to involuntary manslaughter and distribution of a Schedule I or II "
                    "controlled substance.") == {
        "involuntary manslaughter": "pleaded guilty", "distribution of a Schedule I or II controlled substance": "pleaded guilty"}
    assert _charges("Pellowe Garvey was convicted of distribution of a Schedule II, III or IV substance and obstruction of "
                    "justice.") == {
        "distribution of a Schedule II, III or IV substance": "convicted", "obstruction of justice": "convicted"}


def test_a_class_of_offence_with_its_jurisdiction_names_no_charge():
    assert _charges("Sentencing of a defendant convicted of a federal offense is set by a judge after weighing the "
                    "guidelines.") == {}
    # a named offence beside it stays
    assert _charges("Lark Penrose pleaded guilty to felony theft and a state crime.") == {"felony theft": "pleaded guilty"}


def test_the_harm_told_victim_by_victim_is_no_offence():
    assert _charges("Corvin Alder was sentenced to 30 years in prison for shooting one man and wounding another outside a "
                    "tavern in 2021.") == {}
    # the UK offences keep their names
    assert _charges("Corvin Alder was convicted of wounding with intent and affray.") == {
        "wounding with intent": "convicted", "affray": "convicted"}


def _party_names(body: str) -> set[str]:
    source = source_from_text("case.txt", "Date: 2023-04-02\n\nHarlan Voss, 33, was charged with robbery on Monday.\n\n" + body)
    parties = find_parties(source)
    for party in parties:
        for citation in party.citations[:1]:
            if party.kind == "organization":
                assert source.text[citation.start:citation.end] == party.name
    return {p.name for p in parties}


def test_a_city_police_force_at_work_is_a_party():
    assert "Brockton police" in _party_names("Brockton police arrested Voss on Saturday at a motel in Avon.")
    assert "Glen Hollow police" in _party_names("On Saturday Glen Hollow police said Voss had fled.")
    assert "Marlow police" in _party_names("Voss told Marlow police officers he was innocent.")
    # police after an opener, or one officer described, is no city's force
    assert not any(n.endswith("police") for n in _party_names("When police arrived, Voss had fled. State police said so."))
    assert not any(n.endswith("police") for n in _party_names("A Marlow police officer who shot a man was fired."))
    # a force named in full elsewhere is read from its full name
    assert "Brockton police" not in _party_names("Brockton police arrested Voss. He was held by the Brockton Police Department.")
