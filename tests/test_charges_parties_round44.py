"""Charges from short articles written for these tests: a verdict told with the verb "murdering", a role holder's
conspiracy plea in the defendant's scheme (not a cooperator's), a relative sentenced in the same story, the
Commonwealth "found guilty after a trial of", a split plea ("not guilty to A but guilty to B") and a Scots assault
with its aggravations."""
from __future__ import annotations

from builder.extract.parties import find_parties
from builder.extract.sentencing import find_sentencing
from builder.sources import source_from_text
from tests.test_charges import _charges


def _charge_subjects(body: str) -> dict[str, object]:
    source = source_from_text("story.txt", "date: 2025-03-04\n\n" + body)
    return {c.text: c.subject for c in find_sentencing(source, find_parties(source)).charges}


def test_found_guilty_of_murdering_gives_the_murder_charge():
    assert _charges("Tobin Varrick, 37, was found guilty in June of murdering his flatmate Elsmere Dunne at their home "
                    "in Wexcombe. He is being sentenced in the High Court today.") == {"murder": "convicted"}


def test_the_verb_gives_way_to_a_fuller_murder_charge():
    assert _charges("Tobin Varrick was convicted of second-degree murder. Jurors found him guilty of murdering his "
                    "flatmate.") == {"second-degree murder": "convicted"}


def test_a_role_holders_conspiracy_plea_in_the_defendants_scheme_is_a_co_conspirators_count():
    body = ("Dr. Mireille Sandoval, 58, was sentenced to six years in prison on her conviction of wire fraud. "
            "Sandoval's billing manager, Corvallo Eastwyn, 41, of Pelham, pleaded guilty in March 2024 to one count of "
            "conspiracy to commit wire fraud. He is scheduled to be sentenced on May 2.")
    assert _charge_subjects(body) == {"wire fraud": None, "conspiracy to commit wire fraud": "Corvallo Eastwyn"}


def test_a_cooperating_role_holders_plea_stays_their_own_case():
    body = ("Dr. Mireille Sandoval, 58, was sentenced to six years in prison on her conviction of wire fraud. "
            "Sandoval's billing manager, Corvallo Eastwyn, 41, pleaded guilty in March to conspiracy to commit wire "
            "fraud and is cooperating with prosecutors.")
    assert _charge_subjects(body) == {"wire fraud": None}


def test_a_relative_sentenced_in_the_same_story_keeps_his_plea():
    body = ("Odile Marzolini, 52, pleaded guilty to fraud over $5,000 and was given a conditional sentence. "
            "Her husband, Anselm Marzolini, 55, pleaded guilty to possession of stolen property after the court heard "
            "he spent part of the money. He received a conditional discharge.")
    assert _charge_subjects(body) == {"fraud over $5,000": None, "possession of stolen property": "Anselm Marzolini"}


def test_found_guilty_after_a_trial_of():
    assert _charges("Wynn Halloway, 33, was found guilty after a trial of controlling or coercive behaviour.") == {
        "controlling or coercive behaviour": "convicted"}
    assert _charges("Halloway was convicted following a four-day trial of burglary.") == {"burglary": "convicted"}


def test_a_split_plea_gives_both_offences():
    assert _charges("Brisk Tamworth pleaded not guilty to murder but guilty to manslaughter.") == {
        "murder": "charged", "manslaughter": "pleaded guilty"}


def test_a_scots_assault_keeps_its_aggravations():
    assert _charges("Fergus Lochan, 27, pleaded guilty to assault to severe injury, permanent disfigurement and "
                    "danger of life and to breach of the peace.") == {
        "assault to severe injury, permanent disfigurement and danger of life": "pleaded guilty",
        "breach of the peace": "pleaded guilty"}
