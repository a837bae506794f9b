"""Round 80, terms and charges: a per-count part told with its count and the count's offence ("three years on one count
of X", "20 years for each of two counts of X", "a year for each count", "two years apiece on the gun counts"); a
mandatory consecutive part named as a term; a forfeited sum joined by "along with" and held "in cash and securities";
"may not" conditions that list several acts or name a distant place; a graded theft named by its value band; a label of
counts naming conduct but no offence ("federal animal fighting charges"); a revoked bond is no release; a plea's
avoided penalty and an abandoned ask. All texts invented."""
from __future__ import annotations

from tests.helpers import wire_charges, wire_sentencing, wire_terms


def _statuses(body: str) -> dict[str, str]:
    return {t.text: t.status for t in wire_sentencing(body).terms}


def test_a_per_count_part_keeps_its_count_and_offence():
    terms = wire_terms("Judge Ana Ruel sentenced Dorian Fenwick to life in prison for the murder of two guards. She added 20 "
                   "years for each of two counts of attempted murder, to run concurrently.")
    assert "20 years for each of two counts of attempted murder" in terms
    terms = wire_terms("Judge Ana Ruel ordered Dorian Fenwick to serve six years on the burglary count and three years on one "
                   "count of felonious assault, consecutively.")
    assert "three years on one count of felonious assault" in terms and "six years on the burglary count" in terms
    assert "four years for each of three counts of arson" in wire_terms(
        "Judge Ana Ruel sentenced Dorian Fenwick to 12 years in prison, four years for each of three counts of arson.")
    terms = wire_terms("Judge Ana Ruel sentenced Dorian Fenwick to 15 years in prison, including five years on each of the "
                   "three counts of armed robbery.")
    # near miss: "on each of" locates counts already named, and ends at them (as rounds 72 and earlier read it)
    assert "five years on each of the three counts" in terms
    assert "a year for each count" in wire_terms("Dorian Fenwick was convicted of three counts of arson. Judge Ana Ruel gave "
                                             "him a year for each count, to be served consecutively.")
    assert any(t.startswith("two years apiece on the gun counts") for t in wire_terms(
        "Judge Ana Ruel sentenced Dorian Fenwick to 12 years in prison: eight years for the robbery and two years apiece "
        "on the gun counts."))
    # near miss: a count with no offence after it stays as told
    assert "20 years for each of two counts" in wire_terms("Judge Ana Ruel sentenced Dorian Fenwick to life in prison. She "
                                                       "added 20 years for each of two counts.")


def test_a_mandatory_consecutive_part_is_a_term():
    terms = wire_terms("Judge Lena Marsh imposed 120 months on the fraud counts and a mandatory two-year consecutive term for "
                   "aggravated identity theft.")
    assert any(t.startswith("mandatory two-year consecutive term") for t in terms)
    assert "a five-year concurrent term for the gun charge" in wire_terms(
        "Judge Lena Marsh sentenced Cal Dreyer to nine years in prison, including a five-year concurrent term for the gun "
        "charge.")
    statuses = _statuses("Judge Lena Marsh sentenced Cal Dreyer to 12 years in prison. Two years of his sentence are a "
                         "mandatory consecutive term for the identity theft conviction.")
    assert statuses.get("Two years of his sentence are a mandatory consecutive term") == "imposed"
    statuses = _statuses("Judge Lena Marsh sentenced Cal Dreyer to eight years in prison. Dreyer was convicted of robbery. "
                         "Eighteen months of the sentence is a mandatory minimum term for the firearm count.")
    assert statuses.get("Eighteen months of the sentence is a mandatory minimum term") == "imposed"
    # near miss: a share of an ask told as what it would be is no term of its own
    assert wire_terms("Prosecutors asked that Cal Dreyer get eight years in prison. Two years of the sentence would be a "
                  "mandatory term.") == ["eight years in prison"]


def test_a_forfeited_sum_joined_by_along_with():
    assert "forfeit the Malibu condo, along with about $3.4 million in cash and securities" in wire_terms(
        "Judge Lena Marsh sentenced Cal Dreyer to 12 years in prison and ordered him to forfeit the Malibu condo, along "
        "with about $3.4 million in cash and securities that agents seized when he was arrested.")
    assert "forfeit his sailboat as well as $80,000 in cash" in wire_terms(
        "Judge Lena Marsh sentenced Cal Dreyer to 12 years in prison and ordered him to forfeit his sailboat as well as "
        "$80,000 in cash.")
    # near miss: a fine after "along with" is a term of its own, not forfeited property
    terms = wire_terms("Judge Lena Marsh sentenced Cal Dreyer to 12 years in prison and ordered him to forfeit the truck, along "
                   "with a fine of $5,000.")
    assert "forfeit the truck" in terms and "fine of $5,000" in terms


def test_may_not_conditions_list_acts_and_name_far_places():
    assert "may not come within 300 feet of the Lakeview Elementary School playground on Birch Road" in wire_terms(
        "Judge Lena Marsh sentenced Cal Dreyer to two years in prison. As a condition of his release, Dreyer may not come "
        "within 300 feet of the Lakeview Elementary School playground on Birch Road.")
    assert "may not own, breed or sell any cats" in wire_terms(
        "Judge Lena Marsh also imposed two years of probation, during which Cal Dreyer may not own, breed or sell any cats.")
    assert "cannot enter, visit or work at any casino in the state" in wire_terms(
        "Judge Lena Marsh sentenced Cal Dreyer to probation. Under the terms of his probation, he cannot enter, visit or "
        "work at any casino in the state.")
    assert any("possess, buy or use any firearm" in t for t in wire_terms(
        "Judge Lena Marsh sentenced Cal Dreyer to 10 years in prison. While on supervised release, he must not possess, "
        "buy or use any firearm."))
    # near miss: "may not" outside the court's conditions is plain news
    assert wire_terms("Judge Lena Marsh sentenced Cal Dreyer to five years of probation. Dreyer said he may not return to his "
                  "job at the bakery.") == ["five years of probation"]


def test_a_graded_theft_keeps_its_value_band():
    assert wire_charges("Rena Oakes, 44, of Elmhurst, admitted to one count of theft of more than $10,000 but less than "
                    "$100,000, a Class 2 felony, in Cook County court.") == ["theft of more than $10,000 but less than $100,000"]
    assert wire_charges("Rena Oakes pleaded guilty to retail theft of over $300 but not more than $10,000.") == [
        "retail theft of over $300 but not more than $10,000"]
    assert wire_charges("Rena Oakes pleaded guilty to theft of property worth at least $1,500 but less than $20,000 and "
                    "forgery.") == ["theft of property worth at least $1,500 but less than $20,000", "forgery"]
    # near miss: "but" that opens the next clause is no upper bound
    assert wire_charges("Rena Oakes was convicted of theft of more than $500, but jurors acquitted her of fraud.")[0] == \
        "theft of more than $500"


def test_a_label_of_counts_naming_conduct_only_is_kept_as_written():
    assert wire_charges("Ross Pell pleaded guilty to federal animal fighting charges.") == ["federal animal fighting charges"]
    assert wire_charges("Ross Pell pleaded guilty to state cockfighting charges in March.") == ["state cockfighting charges"]
    # near misses: an offence's own name, a contraband area and a field of law keep round 79's readings
    assert wire_charges("Ross Pell pleaded guilty to federal drug trafficking charges.") == ["drug trafficking"]
    assert wire_charges("Ross Pell pleaded guilty to federal firearms charges.") == ["firearms"]
    assert wire_charges("Jurors acquitted Ross Pell of tax charges.") == []


def test_a_revoked_bond_is_no_release():
    assert "five years of supervised release" in wire_terms(
        "Judge Lena Marsh sentenced Cal Dreyer to 12 years in prison. Dreyer, who has been in custody since his bond was "
        "revoked after the verdict, will also serve five years of supervised release.")
    assert "$5,000 fine" in wire_terms("Judge Lena Marsh sentenced Cal Dreyer to 12 years in prison. Dreyer, jailed since the "
                                   "judge revoked his bail in May, must also pay a $5,000 fine.")
    # near miss: a release on bond before trial still keeps its conditions out
    assert wire_terms("Cal Dreyer was released on bond and must wear an ankle monitor until trial.") == []


def test_a_penalty_the_plea_avoided_and_an_abandoned_ask():
    statuses = _statuses("Judge Lena Marsh sentenced Cal Dreyer to life in prison. Dreyer pleaded guilty in May under an "
                         "agreement that spared him a possible death sentence.")
    assert statuses.get("death sentence") == "maximum" and statuses.get("life in prison") == "imposed"
    for body in ("Judge Lena Marsh sentenced Cal Dreyer to life in prison. District Attorney Owen Platt, whose office had "
                 "sought the death penalty before agreeing to the plea, said the family approved.",
                 "Judge Lena Marsh sentenced Cal Dreyer to life in prison. Prosecutors had sought the death penalty but "
                 "dropped it last year."):
        assert all(status != "sought" for status in _statuses(body).values())
    # near miss: a live ask stays an ask
    assert _statuses("Prosecutors sought 20 years in prison. Judge Lena Marsh sentenced Cal Dreyer to 12 years in "
                     "prison.")["20 years in prison"] == "sought"
