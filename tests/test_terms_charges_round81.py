"""Round 81, terms and charges: a statute's name that ends on the harm it caused ("... resulting in serious bodily
injury or death") is not cut for length; a grade set off after the name by a comma ("X, second degree") is the
offence's own; the federal gun statute's "during and in relation to" shares its crime; a payee-only sum keeps a
title's full stop ("to Sgt. X") and what it repays ("for medical costs"). All texts invented."""
from __future__ import annotations

from tests.helpers import wire_charges, wire_terms


def test_a_long_statute_ending_on_its_harm_is_kept_whole():
    assert wire_charges("Marla Quince, 41, was convicted of unlicensed practice of a health care profession resulting in "
                    "serious bodily injury or death.") == [
        "unlicensed practice of a health care profession resulting in serious bodily injury or death"]
    charges = wire_charges("A jury convicted Marla Quince of manslaughter and unlicensed practice of a health care profession "
                       "resulting in serious bodily injury or death.")
    assert charges == ["manslaughter", "unlicensed practice of a health care profession resulting in serious bodily injury or death"]
    assert wire_charges("Bert Olafsen, 52, pleaded guilty to operating a commercial motor vehicle without a valid license "
                    "causing serious bodily injury.") == [
        "operating a commercial motor vehicle without a valid license causing serious bodily injury"]
    # near miss: a short offence with its harm was kept before and still is
    assert wire_charges("Bert Olafsen, 52, was convicted of cyberstalking resulting in death and making interstate threats.") == [
        "cyberstalking resulting in death", "making interstate threats"]


def test_a_grade_after_a_comma_belongs_to_the_offence():
    assert wire_charges("Owen Tasker, 34, pleaded guilty to one count of criminal sexual conduct with a minor, second degree, "
                    "and one count of lewd act upon a child.") == [
        "criminal sexual conduct with a minor, second degree", "lewd act upon a child"]
    assert wire_charges("Jessa Morrow, 29, was convicted of assault, third degree, and burglary.") == ["assault, third degree", "burglary"]
    assert wire_charges("Jessa Morrow, 29, pleaded guilty to robbery, first degree.") == ["robbery, first degree"]
    # near miss: the grade written with "in the" was one offence already, and a list of offences still splits
    assert wire_charges("Jessa Morrow, 29, was convicted of burglary in the second degree, criminal mischief and petit larceny.") == [
        "burglary in the second degree", "criminal mischief", "petit larceny"]


def test_during_and_in_relation_to_shares_its_crime():
    assert wire_charges("Lyle Brandt, 27, pleaded guilty to one count of brandishing a firearm during and in relation to a "
                    "crime of violence.") == ["brandishing a firearm during and in relation to a crime of violence"]
    assert wire_charges("Lyle Brandt, 27, pleaded guilty to carrying a firearm during and in relation to a drug trafficking "
                    "crime and bank robbery.") == [
        "carrying a firearm during and in relation to a drug trafficking crime", "bank robbery"]
    assert wire_charges("Lyle Brandt, 27, was convicted of bank robbery and using a firearm during and in relation to a crime "
                    "of violence.") == ["bank robbery", "using a firearm during and in relation to a crime of violence"]
    # near miss: an occasion after "during" is no part of the offence
    assert wire_charges("Lyle Brandt, 27, was convicted of bank robbery and assault during a riot.") == ["bank robbery", "assault"]


def test_a_payee_only_sum_keeps_a_title_and_what_it_repays():
    terms = wire_terms("Dorian Keefe, 30, was sentenced to five years in prison. He was also ordered to pay $4,100 in "
                   "restitution to the city, and $1,900 to Sgt. Lena Marsh for medical costs not covered by insurance.")
    assert "$1,900 to Sgt. Lena Marsh for medical costs" in terms
    terms = wire_terms("Dorian Keefe, 30, was sentenced to five years in prison and must pay $4,100 in restitution to the "
                   "church and $1,900 to Dr. Ames for lost wages.")
    assert "$1,900 to Dr. Ames for lost wages" in terms
    terms = wire_terms("Dorian Keefe, 30, was sentenced to five years in prison and must pay $4,100 in restitution to the "
                   "church and $1,900 to Officer Lena Marsh for funeral expenses.")
    assert "$1,900 to Officer Lena Marsh for funeral expenses" in terms
    # near miss: a payee with no purpose ends at the payee, as before
    terms = wire_terms("Dorian Keefe, 30, was sentenced to five years in prison and must pay $4,100 in restitution to the "
                   "church and $800 to the county.")
    assert "$800 to the county" in terms


def test_a_make_owned_is_no_person_sentenced():
    from builder.extract.sentencing import _A_THING_BEFORE
    for before in ("when he slammed his modified Nissan ", "after she crashed her silver ", "drove a stolen Jeep ",
                   "wrecked their borrowed "):
        assert _A_THING_BEFORE.search(before), before
    # near misses: a person after a kin noun or a comma is still a person
    for before in ("testified against his brother ", "his wife, ", "sentenced his co-defendant, ", "when his friend Tom ",
                   "against his co-defendant Tom ", "his late father Ed "):
        assert not _A_THING_BEFORE.search(before), before
