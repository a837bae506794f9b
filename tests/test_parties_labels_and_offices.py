"""A capitalised word opening a caption is a label when the story writes it in lower case before the same name
("[Photo caption: Chef Dominic Roe ...]" beside "celebrity chef Dominic Roe"); a county's elected offices that AP
style capitalises before a name ("Lake County Assessor Bo Lee") are titles, not given names. All texts invented."""
from __future__ import annotations

from tests.helpers import party_roles

_CHEF = ("Federal prosecutors want celebrity chef Dominic Ferrante to spend four years in prison for tax evasion.\n\n"
         "Ferrante, 52, pleaded guilty in May.\n\n"
         "[Photo caption: Chef Dominic Ferrante leaves the Dirksen Federal Courthouse.]\n")


def test_a_caption_label_is_not_a_given_name():
    roles = party_roles(_CHEF)
    assert "Dominic Ferrante" in roles
    assert not any(name.startswith("Chef ") for name in roles)


def test_a_name_that_is_also_a_word_keeps_it():
    # "Rose" is written in lower case elsewhere ("prices rose"), but never before her name: it stays her given name
    roles = party_roles("Rose Callan, 44, was sentenced to two years in prison on Friday.\n\n"
                        "Prosecutors said the prices rose after Callan took over the firm.\n")
    assert "Rose Callan" in roles


def test_an_elected_county_office_is_a_title():
    roles = party_roles("Former Pell County Assessor Dennis Marlow was sentenced Tuesday to five years in prison.\n\n"
                        "Marlow, 63, was convicted of bribery in February.\n")
    assert "Dennis Marlow" in roles
    assert not any(name.startswith("Assessor") for name in roles)


def test_a_programme_named_in_capitals_is_no_party():
    roles = party_roles("Vell and two others filed 140 applications under the Economic Injury Disaster Loan program and "
                        "the Small Business Relief Grant scheme in 2021, prosecutors said.\n\n"
                        "Tobin Vell, 41, was sentenced to five years in prison.\n")
    assert "Tobin Vell" in roles
    assert not any("Loan" in name or "Grant" in name for name in roles)
    # near miss: a trial named for its defendant still names a person
    assert "Tobin Vell" in party_roles("The Tobin Vell trial lasted two weeks.\n\nVell, 41, was sentenced to five years.\n")


def test_pro_tem_is_part_of_the_title():
    roles = party_roles("South Pell Mayor Pro Tem Elena Ruvalca said the city would recover.\n\n"
                        "Tobin Vell, 41, was sentenced to five years in prison.\n")
    assert "Elena Ruvalca" in roles


def _kinds(paragraph: str) -> dict[str, str]:
    from tests.helpers import party_kinds

    return party_kinds("Tobin Vell, 41, was sentenced to five years in prison.\n\n" + paragraph + "\n")


def test_an_adjective_opening_a_sentence_is_no_business():
    assert "Longtime" not in _kinds("Longtime clients said they were stunned when the charges were announced.")
    assert "Angry" not in _kinds("Angry customers said they had lost their savings.")
    # near miss: a one-word business named mid-sentence too
    assert _kinds("Coinvale customers lost $4 million. Many Coinvale customers were retirees.").get("Coinvale") == "organization"


def test_the_owner_in_a_clause_after_a_firm_is_no_firm():
    kinds = _kinds("The money went to Halyard Research, a trading firm Rennick also controlled.")
    assert kinds.get("Halyard Research") == "organization"
    assert kinds.get("Rennick") != "organization"
    kinds = _kinds("Bellwether Strategic Advisors, a company Ashworth secretly controlled, billed the fund.")
    assert kinds.get("Bellwether Strategic Advisors") == "organization"
    assert kinds.get("Ashworth") != "organization"
    # near miss: the firm's own name after its kind
    assert _kinds("He worked for the group Climate Action Now for a year.").get("Climate Action Now") == "organization"


def test_a_saint_opens_a_payee_and_a_plural_possessive_stays_in_a_body():
    kinds = _kinds("Vell was ordered to pay $38,400 in restitution to St. Brendan Medical Center, where she worked.")
    assert kinds.get("St. Brendan Medical Center") == "organization" and "St" not in kinds
    kinds = _kinds("The report was never passed to the state Department of Children\u2019s Services.")
    assert kinds.get("Department of Children\u2019s Services") == "organization" and "Department of Children" not in kinds
    assert "HVAC" not in _kinds("Wade Pritchett, a 52-year-old HVAC technician from Sparks, was charged.")


def test_his_is_no_womans():
    roles = party_roles("Lachlan Pryde, 27, was jailed for 18 months.\n\nJudge Catherine Elphin sentenced him and ordered him "
                        "to pay $6,500 in compensation to his victim, Declan Morrow.\n")
    assert roles["Declan Morrow"] == ["Pryde\u2019s victim"]


def test_an_abbreviations_period_does_not_end_a_bodys_description():
    roles = party_roles("Gerry Achterman, 62, pleaded guilty to fraud.\n\nAccording to the facts, Lakeshore Dividend Holdings, "
                        "a company Mr. Achterman controlled, raised about $6.1 million.\n\nLakeshore Dividend Holdings "
                        "collapsed in 2022.\n")
    assert roles["Lakeshore Dividend Holdings"] == ["a company Mr. Achterman controlled"]


def test_a_suburb_after_a_street_is_no_party():
    assert "Deer Park" not in _kinds("Brodie Kershey, 23, pleaded guilty over the crash on Ballarat Rd, Deer Park, on the "
                                     "night of March 4.")
    # near miss: a judge named after a court and a comma
    assert _kinds("Tom Reid, 23, was sentenced at Leeds Crown Court, Judge Ann Lee said.").get("Ann Lee") == "person"
