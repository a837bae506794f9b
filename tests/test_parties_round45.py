"""Parties and charges from round 45: a tie's length before a relative's name, plural ranks opening a sentence,
Commonwealth words for a co-defendant, and "murdering" with the victim named after a possessive."""
from __future__ import annotations

from builder.extract._defendant import find_defendant
from builder.extract.parties import find_parties
from builder.extract.sentencing import find_sentencing
from builder.sources import source_from_text


def _source(body: str):
    return source_from_text("case.txt", "Date: 2024-03-02\n\n" + body)


def _roles(body: str) -> dict[str, list[str]]:
    return {p.name: list(p.roles) for p in find_parties(_source(body))}


def _charges(body: str) -> set[str]:
    source = _source(body)
    return {c.text for c in find_sentencing(source, find_parties(source)).charges}


def test_how_long_a_marriage_has_lasted_is_no_part_of_the_role_and_the_wife_takes_the_surname():
    roles = _roles("Garrow Pill, 61, was jailed for three years.\n\nMr Pill's wife of 30 years, Maude, sat in court.")
    assert roles.get("Maude Pill") == ["Pill's wife"]
    roles = _roles("Garrow Pill, 61, was jailed.\n\nPill's husband of a decade, Teo, declined to comment.")
    assert roles.get("Teo Pill") == ["Pill's husband"]


def test_a_partner_of_some_years_with_a_full_name_keeps_the_role():
    roles = _roles("Garrow Pill, 61, was jailed.\n\nPill's partner of six years, Wenna Docke, gave evidence.")
    assert roles.get("Wenna Docke") == ["Pill's partner"]


def test_a_plural_rank_opening_the_sentence_is_each_listed_persons_role():
    roles = _roles("Garrow Pill, 61, was charged.\n\nDetectives Ysolde Marrowby and Cato Fennick searched his flat.")
    assert roles["Ysolde Marrowby"] == ["Detective"] and roles["Cato Fennick"] == ["Detective"]
    roles = _roles("Garrow Pill, 61, was charged.\n\nSergeants Ysolde Marrowby and Cato Fennick gave evidence.")
    assert roles["Ysolde Marrowby"] == ["Sergeant"] and roles["Cato Fennick"] == ["Sergeant"]


def test_officers_in_the_plural_each_hold_the_singular_rank():
    roles = _roles("Garrow Pill, 61, was charged.\n\nHe was stopped by Officers Ysolde Marrowby and Cato Fennick.")
    assert roles["Ysolde Marrowby"] == ["Officer"] and roles["Cato Fennick"] == ["Officer"]


def test_co_accused_and_co_offender_are_roles_and_no_part_of_the_name():
    roles = _roles("Garrow Pill, 61, was jailed for four years.\n\nHis co-accused, Tamsin Orley, 29, who admitted "
                   "handling stolen goods, was given a community order.")
    assert roles["Tamsin Orley"] == ["Pill\u2019s co-accused"]
    roles = _roles("Garrow Pill, 61, was jailed for four years.\n\nCo-accused Tamsin Orley, 29, received a suspended sentence.")
    assert roles.get("Tamsin Orley") == ["Co-accused"]
    roles = _roles("Garrow Pill, 21, was sentenced to 18 months.\n\nHis co-offender, Tamsin Orley, was placed on a "
                   "community corrections order.")
    assert roles["Tamsin Orley"] == ["Pill\u2019s co-offender"]


def test_the_defendant_stays_the_one_the_lede_names_when_a_co_accused_is_sentenced_in_a_relative_clause():
    source = _source("Garrow Pill, 61, was jailed for four years after admitting burglary.\n\nHis co-accused, Tamsin "
                     "Orley, 29, who admitted handling stolen goods, was given a community order.")
    assert find_defendant(source, find_parties(source)).name == "Garrow Pill"


def test_murdering_names_murder_whoever_the_victim_is_and_however_they_are_described():
    assert _charges("Edda Voll, 41, was found guilty last month of murdering her neighbour Piran Stow.") == {"murder"}
    assert _charges("Edda Voll, 41, was found guilty of murdering her lodger.") == {"murder"}
    assert _charges("Edda Voll, 41, was convicted of murdering him in 2019.") == {"murder"}


def test_a_charge_paper_accusing_her_of_an_offence_still_names_only_the_offence():
    assert _charges("Edda Voll faces charges accusing her of fraud.") == {"fraud"}


def test_every_name_of_a_list_after_a_plural_rank_holds_the_rank():
    roles = _roles("Garrow Pill, 61, was charged.\n\nConstables Ysolde Marrowby, Cato Fennick and Iver Holtby gave evidence.")
    assert [roles[n] for n in ("Ysolde Marrowby", "Cato Fennick", "Iver Holtby")] == [["Constable"]] * 3
    roles = _roles("Garrow Pill, 61, was charged.\n\nDetectives Ysolde Marrowby, Cato Fennick, Ruth Oake and Iver Holtby searched it.")
    assert [roles[n] for n in ("Ysolde Marrowby", "Cato Fennick", "Ruth Oake", "Iver Holtby")] == [["Detective"]] * 4


def test_a_list_of_names_after_a_place_takes_no_rank():
    roles = _roles("Garrow Pill, 61, was charged.\n\nVisitors from Ames, Cato Fennick and Iver Holtby, gave evidence.")
    assert not roles.get("Cato Fennick") and not roles.get("Iver Holtby")
