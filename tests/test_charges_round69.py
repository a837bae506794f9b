"""Charges from round 69: an indefinite pronoun ("convicted of anything") names no offence; a charge denied ("has not
been charged with", "had never been convicted of") is none of the case's; a pronoun after "The inmate, Ann Roe, ..."
goes on with the named role holder, not the defendant; a murder count that only stood charged gives way to the
manslaughter or culpable homicide a plea or verdict settled on; an acronym printed right after the offence it
abbreviates ("..., or OVI") is no count of its own."""
from __future__ import annotations

from tests.helpers import facts_of


def _charges(body: str) -> list[tuple[str, str]]:
    return [(c.text, c.status) for c in facts_of(f"title: Court case\noutlet: Test Wire\ndate: 2025-03-12\n\n{body}\n").sentencing.charges]


def _standing(body: str) -> list[str]:
    return [text for text, status in _charges(body) if status not in ("dismissed", "acquitted")]


def test_an_indefinite_pronoun_names_no_offence():
    found = _standing("Ravi Tull was convicted of arson. Most of the farmhands had never been found guilty of something serious.")
    assert found == ["arson"]
    found = _standing("Nell Harcourt pleaded guilty to theft. Her neighbours said she was never accused of anything before.")
    assert found == ["theft"]


def test_a_charge_denied_is_none_of_the_cases():
    found = _standing("Ravi Tull was sentenced to four years for arson. He has not been charged with drunken driving.")
    assert found == ["arson"]
    found = _standing("Police said Moira Lenz, who pleaded guilty to fraud, had not yet been indicted on tax evasion.")
    assert found == ["fraud"]


def test_a_pronoun_goes_on_with_a_role_holder_named_in_apposition():
    found = _standing("Guard Tobin Marsh was convicted of excessive force. The inmate, Reuben Castle, then 33, lost two "
                      "teeth in the attack. He had been jailed on a charge of public intoxication.")
    assert found == ["excessive force"]
    found = _standing("Deputy Ivo Strand was convicted of assault. A passenger, Mira Kell, was hurt in the crash. She had "
                      "been arrested on a charge of shoplifting.")
    assert found == ["assault"]


def test_a_murder_count_gives_way_to_the_lesser_homicide_settled_on():
    body = ("Ona Fitch, 31, was first charged with murder. Prosecutors later dropped it when she pleaded guilty to "
            "manslaughter.")
    assert _standing(body) == ["manslaughter"]
    body = ("Brody Vance denied the murder of his cousin, Tam Vance, but admitted culpable homicide at the High Court. "
            "The Crown withdrew the murder charge.")
    assert _standing(body) == ["culpable homicide"]
    body = "A jury acquitted Lorna Pike of murder and found her guilty of manslaughter, and she was jailed."
    assert _standing(body) == ["manslaughter"]
    # a plea at arraignment the prosecution has not taken leaves the murder count standing
    body = "Brisk Tamworth pleaded not guilty to murder but guilty to manslaughter. His trial opens in June."
    assert _standing(body) == ["murder", "manslaughter"]
    # an attempt on another victim is a count of its own
    body = "Cal Dorn pleaded guilty to voluntary manslaughter. He was charged with attempted murder of a second man."
    assert _standing(body) == ["voluntary manslaughter", "attempted murder of a second man"]


def test_an_acronym_after_the_offence_it_abbreviates_is_no_count():
    body = "Rhea Moss was convicted of vehicular homicide and operating a vehicle under the influence, or OVI, after a trial."
    assert _standing(body) == ["vehicular homicide", "operating a vehicle under the influence"]
    body = "Sam Ode was charged with driving under the influence, or DUI, and later with theft."
    assert _standing(body) == ["driving under the influence"]
    # the acronym alone is the count's name
    assert _standing("Rhea Moss was convicted of vehicular homicide and of OVI.") == ["vehicular homicide", "OVI"]
