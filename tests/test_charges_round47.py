"""Charges and parties from short articles written for these tests: a verdict's time, jury and city (or a court-martial
and the dateline's "here") between "found guilty" and "of"; the main clause's verb after a relative clause's offence
list; the means told after an offence ("by hiding the gun"); military ranks before a name
("Senior Airman", "Pfc.", "Airman 1st Class"); a stage name and a legal name as one party."""
from __future__ import annotations

from builder.extract._defendant import find_defendant
from builder.extract.parties import find_parties
from builder.sources import source_from_text
from tests.test_charges import _charges


def _source(body: str):
    return source_from_text("story.txt", "date: 2025-03-04\n\n" + body)


def _parties(body: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in find_parties(_source(body))}


# -- what stands between "found guilty" and its offences --

def test_a_day_a_jury_and_a_city_stand_between_the_verdict_and_its_offences():
    assert _charges("Mayor Dale Pruden, 58, was found guilty Tuesday by a federal jury in Toledo of bribery, wire "
                    "fraud and lying to federal agents.") == {
        "bribery": "convicted", "wire fraud": "convicted", "lying to federal agents": "convicted"}


def test_a_city_with_its_state_stands_between_the_verdict_and_its_offences():
    assert _charges("Ned Vole was found guilty Friday in Reno, Nevada, of theft and forgery.") == {
        "theft": "convicted", "forgery": "convicted"}


def test_an_acquittal_by_a_jury_in_a_city():
    assert _charges("Ned Vole was found not guilty Wednesday by a jury in Salem of murder.") == {"murder": "acquitted"}


def test_a_court_martial_and_the_datelines_here_stand_between_the_verdict_and_its_offences():
    assert _charges("Capt. Rob Tarn was found guilty last month at a court-martial here of negligent homicide, "
                    "dereliction of duty and making a false official statement.") == {
        "negligent homicide": "convicted", "dereliction of duty": "convicted",
        "making a false official statement": "convicted"}


def test_a_victims_death_before_of_is_no_place():
    assert _charges("Ned Vole was found guilty in Lee's death of manslaughter.") == {}


# -- where a relative clause's offence list ends --

def test_the_main_clauses_irregular_verb_ends_the_relative_clauses_list():
    assert _charges("Vance Orrin, who was convicted in May of arson and insurance fraud, set fire to the warehouse "
                    "twice.") == {"arson": "convicted", "insurance fraud": "convicted"}
    assert _charges("Vance Orrin, who was convicted of arson and burglary, shot a guard in the leg.") == {
        "arson": "convicted", "burglary": "convicted"}


def test_a_past_tense_with_its_count_of_rounds_ends_the_list():
    assert _charges("Vance Orrin, who was convicted of arson and burglary, fired four rounds at a guard.") == {
        "arson": "convicted", "burglary": "convicted"}


# -- the means told after an offence --

def test_the_means_after_an_offences_whole_name_is_no_part_of_it():
    assert _charges("Ewan Tay admitted perverting the course of justice by hiding the gun.") == {
        "perverting the course of justice": "pleaded guilty"}
    assert _charges("Ewan Tay was convicted of obstruction of justice by destroying the records.") == {
        "obstruction of justice": "convicted"}


def test_an_offence_named_for_its_means_keeps_them():
    assert _charges("Ewan Tay was charged with theft by taking and receiving stolen property.") == {
        "theft by taking": "charged", "receiving stolen property": "charged"}


# -- military ranks --

def test_enlisted_ranks_are_titles_not_names():
    parties = _parties("The crash killed Senior Airman Ty Roe and Capt. Bo Lindqvale. Among the dead were Airman Kim "
                       "Varsh, 20, and Seaman Abe Tollin, 23.")
    assert parties["Ty Roe"] == ["Senior Airman"]
    assert parties["Kim Varsh"] == ["Airman"] and parties["Abe Tollin"] == ["Seaman"]
    assert not any("Airman" in name or "Seaman" in name for name in parties)


def test_a_private_first_class_abbreviated():
    assert _parties("Witnesses said Pfc. Omar Delt was wounded.") == {"Omar Delt": ["Private First Class"]}


def test_an_ordinal_class_completes_the_rank():
    assert _parties("Witnesses said Airman 1st Class Lou Fennick was hurt.") == {"Lou Fennick": ["Airman 1st Class"]}
    assert _parties("Witnesses said Petty Officer 2nd Class Nia Brask was hurt.") == {
        "Nia Brask": ["Petty Officer 2nd Class"]}


# -- a stage name and a legal name --

def test_a_performer_named_with_his_stage_name_is_one_party():
    source = _source("Rapper Dee Roe, who performs as Saint Quillan, was sentenced Friday. Prosecutors said the rapper "
                     "Saint Quillan fired the gun. Saint Quillan showed no emotion.")
    parties = find_parties(source)
    assert [p.name for p in parties if p.kind == "person"] == ["Dee Roe"]
    assert "Saint Quillan" in parties[0].aliases
    assert find_defendant(source, parties).name == "Dee Roe"


def test_a_stage_name_told_first_with_the_legal_name_after_it():
    parties = find_parties(_source("Saint Quillan, whose legal name is Dee Roe, was sentenced Friday. The rapper Saint "
                                   "Quillan did not speak."))
    assert [p.name for p in parties] == ["Dee Roe"] and "Saint Quillan" in parties[0].aliases


def test_better_known_as_joins_the_names():
    parties = find_parties(_source("Dee Roe, better known as Saint Quillan, was sentenced Friday. The rapper Saint "
                                   "Quillan did not speak."))
    assert [p.name for p in parties] == ["Dee Roe"] and "Saint Quillan" in parties[0].aliases


# -- a city before "on" and a date after it --

def test_an_arraignment_in_a_city_on_a_date_names_no_offence():
    assert _charges("Ned Vole is due to be arraigned in Tulsa on Feb. 20 before a magistrate.") == {}
    assert _charges("Ned Vole was arraigned in Boise on charges of arson.") == {"arson": "charged"}


def test_an_indictment_dated_names_no_offence():
    assert _charges("Ned Vole was indicted on Feb. 20, a year after the fire.") == {}
    assert _charges("Ned Vole was indicted in Tulsa on Thursday on arson charges.") == {"arson": "charged"}


# -- a higher court that will decide, or the passive's agent --

def test_a_court_of_appeals_that_will_review_the_sentence_is_a_party():
    assert _parties("The Navy Court of Criminal Appeals will review the sentence.") == {
        "Navy Court of Criminal Appeals": []}


def test_a_court_of_appeals_as_the_passives_agent_is_a_party():
    assert _parties("Any such sentence is automatically reviewed by the Navy Court of Criminal Appeals.") == {
        "Navy Court of Criminal Appeals": []}
    assert _parties("The sentence was vacated by the Utah Court of Appeals in May.") == {"Utah Court of Appeals": []}


def test_a_court_of_appeals_only_named_is_no_party():
    assert _parties("An appeal would go to the Utah Court of Appeals.") == {}


def test_the_tally_and_the_day_stand_between_the_verdict_and_its_offences():
    assert _charges("Lyle Farn was found guilty on all four counts Friday by a jury in Dayton of fraud and theft.") == {
        "fraud": "convicted", "theft": "convicted"}
