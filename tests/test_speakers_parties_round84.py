"""Round 84: court copy from Britain, Ireland, Scotland, Canada, Australia and New Zealand.

Bodies whose names hold a title word ("General", "Garda", "Solicitor", "Director") stay whole; a councillor's
"Coun"/"Cllr" and an Irish barrister's "BL" are no part of a name; Scotland's procurator fiscal is the prosecutor,
and a solicitor "defending" never is; a body's short form in brackets, or a name joining two fields with "and",
does not hide who speaks; "a group of N victims" speaks as described; a near-miss spelling changes a letter or two.
Each test has a near miss where one is meaningful."""
from __future__ import annotations

from tests.helpers import O, C, party_kinds, party_roles, quotes_of


def _speaker(text: str) -> str | None:
    found = quotes_of(text)
    assert len(found) == 1, found
    return found[0][1]


# 1. bodies whose names hold a title word stay whole

def test_a_british_hospital_or_tribunal_is_one_body_not_a_titled_person():
    kinds = party_kinds("Vanna Queale was struck off by the Solicitors Disciplinary Tribunal. Queale appealed.")
    assert kinds.get("Solicitors Disciplinary Tribunal") == "organization"
    assert not any(n.startswith("Disciplinary") for n in kinds)
    kinds = party_kinds("Orrin Blythe, 40, was jailed. Fenmouth Royal Infirmary said it treated the victim. Blythe wept.")
    assert kinds.get("Fenmouth Royal Infirmary") == "organization"
    kinds = party_kinds("Orrin Blythe, 40, was jailed. The victim was taken to Fenmouth General Infirmary. Blythe wept.")
    assert "Infirmary" not in kinds


def test_a_garda_station_is_a_place_not_a_person_called_station():
    for body in ("Tarn Oxley was taken to Kelby Garda Station, where he was charged. Oxley denied it.",
                 "Nessa Crane was brought to Dunmore Garda Station and questioned. Crane later admitted the theft."):
        assert "Station" not in party_kinds(body)
    # (near miss: a surname that is a place word after a rank stays a name)
    assert "Ann Court" in party_kinds("Tarn Oxley was jailed. Sgt Ann Court said he was calm.")


def test_the_director_of_public_prosecutions_and_the_garda_are_bodies():
    kinds = party_kinds("Tarn Oxley was arrested by An Garda Síochána. Oxley denied it. "
                        "The Director of Public Prosecutions said it would not appeal.")
    assert kinds.get("Director of Public Prosecutions") == "organization"
    assert kinds.get("Garda Síochána") == "organization"
    assert "Prosecutions" not in kinds and "Síochána" not in kinds
    kinds = party_kinds("Lio Fenn was charged. The Director of Criminal and Penal Prosecutions said it was satisfied. Fenn wept.")
    assert kinds.get("Director of Criminal and Penal Prosecutions") == "organization"


# 2. "Coun", "Cllr" and "BL" are no part of a name

def test_a_councillors_short_title_is_not_part_of_her_name():
    roles = party_roles(f"Tarn Oxley was jailed. Coun Ettie Marchbank said: {O}Residents deserve better.{C}")
    assert "Ettie Marchbank" in roles and "Coun Ettie Marchbank" not in roles
    roles = party_roles(f"Tarn Oxley was jailed. Cllr Bram Tolley said: {O}It was a shocking crime.{C}")
    assert "Bram Tolley" in roles and "Cllr Bram Tolley" not in roles


def test_an_irish_barristers_letters_are_not_part_of_the_name():
    roles = party_roles("Tarn Oxley was jailed. Seanan Duignan BL, prosecuting, said it was grave.")
    assert roles.get("Seanan Duignan") == ["prosecuting counsel"]
    roles = party_roles("Tarn Oxley was jailed. Counsel for the State, Meave Corran BL, said it was grave.")
    assert "Meave Corran" in roles and "Meave Corran BL" not in roles


# 3. Scotland's fiscal prosecutes; a solicitor defending does not

_SHERIFF_COURT = ("Kerran Vell, 30, was jailed for two years at Kilbrae Sheriff Court. Procurator fiscal depute Isla Gowrie "
                  "said the victim needed stitches. Solicitor Fergus Abernethy, defending, said his client was sorry. ")


def test_the_fiscal_is_the_procurator_fiscal_named_before():
    assert party_roles(_SHERIFF_COURT)["Isla Gowrie"] == ["Procurator fiscal depute"]
    assert _speaker(_SHERIFF_COURT + f"{O}It was a shocking case,{C} the fiscal told the court.") == "Isla Gowrie"
    assert _speaker(_SHERIFF_COURT + f"{O}It was a shocking case,{C} the prosecutor said.") == "Isla Gowrie"


def test_a_solicitor_defending_is_never_the_prosecutor():
    text = ("Kerran Vell, 30, was jailed. Solicitor Fergus Abernethy, defending, said his client was sorry. "
            f"{O}It was a shocking case,{C} the prosecutor said.")
    assert _speaker(text) != "Fergus Abernethy"
    text = ("Aldo Rusk, 52, was fined. Solicitor Wenna Pike, in mitigation, said he had repaid the money. "
            f"{O}He lied for years,{C} the fiscal said.")
    assert _speaker(text) != "Wenna Pike"


# 4. who speaks for a body

def test_a_body_named_with_its_short_form_in_brackets_speaks():
    assert _speaker(f"Tarn Oxley was jailed. A spokesperson for the Kelby Police Service (KPS) said: {O}We are satisfied.{C}") \
        == "Kelby Police Service"
    assert _speaker("Tarn Oxley was jailed. In an email, a spokesperson for Kelby's Director of Criminal and Penal "
                    f"Prosecutions (DPCP) said the office was {O}satisfied with it.{C}") \
        == "Director of Criminal and Penal Prosecutions"


def test_a_body_whose_name_joins_two_fields_speaks_whole():
    assert _speaker(f"Tarn Oxley was jailed. The Food and Drug Administration said it was {O}satisfied with it.{C}") \
        == "Food and Drug Administration"
    assert _speaker(f"Tarn Oxley was jailed. The Crown Office and Procurator Fiscal Service said it was {O}pleased.{C}") \
        == "Crown Office and Procurator Fiscal Service"


def test_a_group_of_victims_speaks_as_described():
    assert _speaker("Kerran Vell was jailed. In a statement issued through their lawyer, a group of 14 victims said they "
                    f"were {O}relieved it is over{C} and would seek compensation.") == "a group of 14 victims"
    assert _speaker(f"Kerran Vell was jailed. A group of former investors said they were {O}relieved it is over.{C}") \
        == "a group of former investors"


# 5. a near-miss spelling changes a letter or two, not three

def test_a_shorter_surname_is_another_person_not_a_misspelling():
    roles = party_roles("Tarn Oxley was jailed. The court heard the victim, Mr Pellow, spent a week in hospital. "
                        f"Sentencing, Judge Aldous Penhallow KC said: {O}This was cowardly.{C}")
    assert roles.get("Aldous Penhallow") == ["Judge"]
    roles = party_roles("Judge Marta Kessington presided. Kesington said the case was grave.")
    assert list(roles) == ["Marta Kessington"]


# 6. a border or defence force whose officers act, or which speaks, is in the case

def test_a_force_whose_officers_act_is_a_party():
    assert party_kinds("Tarn Oxley was jailed. Three days later, Kelby Border Force officers arrested Oxley at the port.") \
        .get("Kelby Border Force") == "organization"
    assert party_kinds("Tarn Oxley was jailed. Kelby Border Force said it seized the boat.").get("Kelby Border Force") \
        == "organization"
    # (near miss: a force only served in is no party)
    assert "Kelby Defence Force" not in party_kinds("Tarn Oxley was jailed. He served in the Kelby Defence Force before.")


def test_a_body_s_head_word_left_by_a_possessive_is_no_party():
    from tests.helpers import party_kinds

    for line in ("The Alzheimer's Association says more than 11 million Americans give unpaid care.",
                 "A director with the Elm Valley Anglers' Association called the sentence fair."):
        kinds = party_kinds("Dana Roe, 50, was sentenced Tuesday to probation for neglecting her father.\n\n" + line + "\n")
        assert "Association" not in kinds, kinds
