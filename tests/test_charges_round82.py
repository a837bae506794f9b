"""Charges from round 82: Commonwealth and Irish offence names (a graded drug quantity after "attempting to", the
weapons statutes' dispute or public place, "without due care and attention", "drunk and disorderly"); a label of
offences under an Act with its examples after "including"; a local code's violations and the keeping offences named by
a conviction noun; a guilty plea dated between the noun and its "to"."""
from __future__ import annotations

from tests.helpers import facts_of


def _charges(body: str) -> list[tuple[str, str]]:
    return [(c.text, c.status) for c in facts_of(f"title: Court case\noutlet: Test Wire\ndate: 2025-03-12\n\n{body}\n").sentencing.charges]


def test_a_graded_commonwealth_quantity_after_an_attempt():
    assert _charges("Dorian Vell was found guilty by a jury of importing a commercial quantity of a border controlled drug and "
                    "attempting to possess a commercial quantity of an unlawfully imported border controlled drug.") == [
        ("importing a commercial quantity of a border controlled drug", "convicted"),
        ("attempting to possess a commercial quantity of an unlawfully imported border controlled drug", "convicted")]
    assert _charges("Dorian Vell was convicted of two Commonwealth offences: importing a marketable quantity of a border controlled "
                    "precursor, and conspiring to import a commercial quantity of an unlawfully imported border controlled drug.") == [
        ("importing a marketable quantity of a border controlled precursor", "convicted"),
        ("conspiring to import a commercial quantity of an unlawfully imported border controlled drug", "convicted")]
    assert _charges("Dorian Vell pleaded guilty to trafficking in a large commercial quantity of methylamphetamine.") == [
        ("trafficking in a large commercial quantity of methylamphetamine", "pleaded guilty")]


def test_the_weapons_statutes_dispute_and_public_place_are_part_of_the_name():
    assert _charges("Ciaran Doull pleaded guilty to producing a knife in the course of a dispute.") == [
        ("producing a knife in the course of a dispute", "pleaded guilty")]
    assert _charges("Ciaran Doull pleaded guilty to producing an article capable of inflicting serious injury during the course "
                    "of a dispute.") == [("producing an article capable of inflicting serious injury during the course of a dispute", "pleaded guilty")]
    assert _charges("Ciaran Doull pleaded guilty to producing a knife during the course of a dispute and to assault causing harm.") == [
        ("producing a knife during the course of a dispute", "pleaded guilty"), ("assault causing harm", "pleaded guilty")]
    assert _charges("Ciaran Doull admitted having a bladed article in a public place.") == [
        ("having a bladed article in a public place", "pleaded guilty")]
    assert _charges("Ciaran Doull admitted possessing a knife on school premises and criminal damage.") == [
        ("possessing a knife on school premises", "pleaded guilty"), ("criminal damage", "pleaded guilty")]
    # (a stabbing during a dispute is the occasion, not an offence named)
    assert _charges("Ciaran Doull was stabbed during the course of a dispute and later pleaded guilty to affray.") == [
        ("affray", "pleaded guilty")]


def test_fixed_pairs_of_the_british_codes_stay_one_offence():
    assert _charges("Ciaran Doull admitted driving without due care and attention and failing to stop after an accident.") == [
        ("driving without due care and attention", "pleaded guilty"), ("failing to stop after an accident", "pleaded guilty")]
    assert _charges("Ciaran Doull was convicted of careless driving, driving without due care and attention and drink-driving.") == [
        ("careless driving", "convicted"), ("driving without due care and attention", "convicted"), ("drink-driving", "convicted")]
    assert _charges("Ciaran Doull pleaded guilty to drunk and disorderly behaviour and careless driving.") == [
        ("drunk and disorderly behaviour", "pleaded guilty"), ("careless driving", "pleaded guilty")]


def test_offences_under_an_act_including_examples():
    assert _charges("Hal Brenner pleaded guilty to offences under the Fisheries Act, including fishing without a licence and "
                    "obstruction.") == [("fishing without a licence", "pleaded guilty"), ("obstruction", "pleaded guilty")]
    assert _charges("Hal Brenner pleaded guilty to several offences, including hunting out of season and hunting with a light.") == [
        ("hunting out of season", "pleaded guilty"), ("hunting with a light", "pleaded guilty")]
    assert _charges("Hal Brenner pleaded guilty to three charges under the Migratory Birds Convention Act, including hunting "
                    "without a permit.") == [("hunting without a permit", "pleaded guilty")]
    # (a label with no examples names no offence)
    assert _charges("Hal Brenner admitted offences under the Misuse of Drugs Act.") == []


def test_code_violations_and_keeping_offences_after_a_conviction_noun():
    assert _charges("The judge placed Harlan Voss's six convictions for building code violations on file.") == [
        ("building code violations", "convicted")]
    assert _charges("The fine was imposed on the conviction for keeping an unlicensed lodging house.") == [
        ("keeping an unlicensed lodging house", "convicted")]
    assert _charges("The fine was imposed on Harlan Voss's conviction for keeping a disorderly house.") == [
        ("keeping a disorderly house", "convicted")]


def test_a_guilty_plea_dated_before_its_to():
    assert _charges("Harlan Voss's guilty plea in January to second-degree vehicular manslaughter and driving while intoxicated "
                    "was vacated.") == [("second-degree vehicular manslaughter", "pleaded guilty"), ("driving while intoxicated", "pleaded guilty")]
    assert _charges("Harlan Voss's guilty plea last week to burglary was vacated.") == [("burglary", "pleaded guilty")]
    assert _charges("Harlan Voss's plea in federal court to wire fraud was accepted.") == [("wire fraud", "pleaded guilty")]


def test_what_a_plea_bound_the_defendant_to_do_is_no_offence():
    from tests.helpers import charge_texts

    assert charge_texts("Mara Pell had already agreed, as part of her guilty plea in May, to forfeit $88,000.\n") == []
    assert charge_texts("Under his plea last week to pay back the county, Dov Riel will also resign.\n") == []
