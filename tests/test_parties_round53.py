"""Parties from round 53: a body's name introduced by its kind, founder or "the", a place after "in", one agency's
name joined by "and", a name once shown to be a body's, stage names ("known to fans as", a lede by stage name), and a
child whose two parents carry two surnames."""
from __future__ import annotations

from builder.extract.parties import find_parties
from tests.helpers import dated_source, party_kinds


def _party(body: str, name: str):
    return next((p for p in find_parties(dated_source(body)) if p.name == name), None)


_CASE = "Mirela Vost, 31, was sentenced to four years in prison for fraud. "


def test_a_body_introduced_by_its_kind_is_no_person():
    parties = party_kinds(_CASE + "Her sponsors, including the sportswear brand Tallow Peak, dropped her.\n\n"
                               "Tallow Peak said in a statement it would not comment.")
    assert parties.get("Tallow Peak") == "organization"


def test_whose_founder_a_person_is_names_a_body():
    parties = party_kinds("Osric Ardsley, the founder of Trevenna Yard, was sentenced to nine years for fraud.\n\n"
                       "Trevenna Yard collapsed in 2022.")
    assert parties.get("Trevenna Yard") == "organization"
    assert parties.get("Osric Ardsley") == "person"


def test_a_group_called_by_name_after_where_it_is():
    parties = party_kinds(_CASE + "Tamsin Rook, who leads a watchdog group in Arlow called Fair Ledger, said the term was fair.")
    assert parties.get("Fair Ledger") == "organization"


def test_a_team_called_by_its_plural_name_after_the():
    parties = party_kinds(_CASE + "The Harbor Gulls said in a statement that the club was saddened.")
    assert parties.get("Harbor Gulls") == "organization"
    parties = party_kinds(_CASE + "The Gulls, who cut her in May, said in a statement that the club was saddened.")
    assert parties.get("Gulls") == "organization"
    assert "Hamptons" not in party_kinds(_CASE + "The Hamptons were quiet that summer.")


def test_a_place_after_in_or_inside_a_district_is_no_person():
    parties = party_kinds(_CASE + "A federal jury in Plaice Crossing convicted her.\n\n"
                               "Rep. Otto Brace, whose district includes part of Gaddesby Bend, said he was not satisfied.")
    assert "Plaice Crossing" not in parties and "Gaddesby Bend" not in parties
    assert parties.get("Otto Brace") == "person"


def test_an_agency_named_with_and_and_institutes_of_stays_whole():
    parties = party_kinds(_CASE + "She must repay $2 million to the National Institutes of Health.\n\n"
                               "In a statement, U.S. Customs and Border Protection said it was pleased.")
    assert parties.get("National Institutes of Health") == "organization"
    assert parties.get("U.S. Customs and Border Protection") == "organization"
    assert "Border Protection" not in parties and "National Institutes" not in parties


def test_a_stage_name_known_to_fans_is_an_alias():
    party = _party('Rapper Dario Penn, known to fans as "Lil Harbor," was sentenced to five years in prison.', "Dario Penn")
    assert party is not None and "Lil Harbor" in party.aliases
    assert "Lil Harbor" not in party_kinds('Rapper Dario Penn, known to fans as "Lil Harbor," was sentenced to five years.')


def test_a_lede_by_stage_name_and_the_legal_name_taken_up_next_are_one_person():
    body = ("Eastport rapper Saint Quill got six years in prison on Monday for a robbery.\n\n"
            "Dee Roe, the 26-year-old behind the hit \u201cLow Tide,\u201d was sentenced by Judge Ann Vallance.\n\n"
            "Roe said he was sorry.")
    party = _party(body, "Dee Roe")
    assert party is not None and "Saint Quill" in party.aliases
    assert "Saint Quill" not in party_kinds(body)


def test_a_child_with_two_named_parents_of_two_surnames_keeps_her_first_name_alone():
    party = _party("Ada Wren, 27, pleaded guilty to murder in the death of her daughter, Linnet. Linnet died in March.\n\n"
                   "Linnet\u2019s father, Cal Venn, wept in court.", "Linnet")
    assert party is not None and party.roles == ["Wren\u2019s daughter"]
