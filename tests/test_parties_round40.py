"""Agencies a release credits with the investigation, and the office that issues the release, from short texts
written for these tests."""
from __future__ import annotations

from builder.extract.parties import find_parties
from builder.sources import source_from_text


def _parties(body: str, outlet: str = "Valley Courier"):
    source = source_from_text("case.txt", f"Date: 2024-03-02\nOutlet: {outlet}\n\n" + body)
    parties = find_parties(source)
    return source, {p.name: p for p in parties}


def test_agencies_listed_after_investigated_by_are_parties():
    body = ("Ronan Pelt, 52, of Dorrin, was sentenced to six years in prison for tax evasion.\n\n"
            "The case was investigated by the FBI and IRS Criminal Investigation, with assistance from the Dorrin "
            "County Sheriff's Office and U.S. Customs and Border Protection.\n")
    _, by_name = _parties(body)
    assert by_name["FBI"].roles == ["investigating agency"]
    assert by_name["IRS Criminal Investigation"].roles == ["investigating agency"]
    assert "assisted the investigation" in by_name["Dorrin County Sheriff's Office"].roles
    # "and" inside a body's own name does not split it
    assert "U.S. Customs and Border Protection" in by_name and "Border Protection" not in by_name


def test_agencies_as_the_subject_of_investigated_and_assisted():
    body = ("Tess Ambrin, 38, was sentenced to 40 months in prison for wire fraud.\n\n"
            "Homeland Security Investigations and the Lakeport Police Department investigated the case with the "
            "assistance of the Bureau of Alcohol, Tobacco, Firearms and Explosives, the Ohio Department of Public "
            "Safety and Lakeport Fire & Rescue.\n")
    _, by_name = _parties(body)
    assert by_name["Homeland Security Investigations"].roles == ["investigating agency"]
    assert by_name["Lakeport Police Department"].roles == ["investigating agency"]
    for body_name in ("Bureau of Alcohol, Tobacco, Firearms and Explosives", "Ohio Department of Public Safety",
                      "Lakeport Fire & Rescue"):
        assert by_name[body_name].roles == ["assisted the investigation"]


def test_thanks_for_the_investigation_credit_a_body_but_a_person_is_no_body():
    body = ("Mira Volk, 44, was sentenced to two years in prison.\n\n"
            "U.S. Attorney Gil Harte commended the Federal Bureau of Investigation and the Ohio Department of Banking "
            "and Securities for the investigation. Special Agent Tomas Reyl of the Lakeport Police Department "
            "assisted. The judge thanked the Lakeport Rotary Club for its letters.\n")
    _, by_name = _parties(body)
    assert "Ohio Department of Banking and Securities" in by_name
    assert by_name["Federal Bureau of Investigation"].roles == ["investigating agency"]
    assert not any(name.startswith(("Special Agent", "Tomas")) and p.kind == "organization" for name, p in by_name.items())
    assert "Lakeport Rotary Club" not in by_name or not by_name["Lakeport Rotary Club"].roles


def test_a_body_in_lower_case_is_not_read_into_a_list():
    body = ("Ivo Stange, 29, was sentenced to five years in prison for fraud.\n\n"
            "The FBI's Dorrin field office led the investigation, with help from Europol and police in the "
            "Netherlands.\n")
    _, by_name = _parties(body)
    assert by_name["FBI's Dorrin field office"].roles == ["investigating agency"]
    assert not any("police" in name for name in by_name)


def test_the_office_that_issues_a_release_is_a_party():
    body = ("U.S. Attorney's Office, District of Wexford\n\n"
            "Lena Dorsch, 33, of Plainview, was sentenced today to 70 months in federal prison for bank fraud.\n")
    source, by_name = _parties(body, outlet="U.S. Attorney's Office, District of Wexford")
    party = by_name["U.S. Attorney's Office, District of Wexford"]
    assert party.roles == ["issued the release"]
    cite = party.citations[0]
    assert source.text[cite.start:cite.end] == "U.S. Attorney's Office, District of Wexford"


def test_a_newspaper_is_still_not_a_party_of_its_own_story():
    body = ("Lena Dorsch, 33, was sentenced to 70 months in prison, the Plainview Gazette reported. The Plainview "
            "Gazette said she declined to comment.\n")
    _, by_name = _parties(body, outlet="Plainview Gazette")
    assert "Plainview Gazette" not in by_name


def test_a_title_of_several_capitalised_words_is_not_read_into_the_name():
    body = ("Cal Brenner, 30, was sentenced to four years in prison.\n\n"
            "Victim Witness Advocate Lorna Pike sat with the family. Judge Mary Baker Hale presided.\n")
    _, by_name = _parties(body)
    assert by_name["Lorna Pike"].roles == ["Victim Witness Advocate"]
    assert "Mary Baker Hale" in by_name  # (a role noun inside a name, with only a surname after it, stays a name)


def test_a_jail_named_as_where_a_sentence_is_served_is_no_party():
    body = ("Cal Brenner, 30, was sentenced to 18 months in the House of Correction. He is held at the Dorrin "
            "County Detention Center. The Dorrin County Jail said he was calm.\n")
    _, by_name = _parties(body)
    assert "House of Correction" not in by_name and "Dorrin County Detention Center" not in by_name
    assert "Dorrin County Jail" in by_name  # (it speaks)


def test_according_to_prosecutors_is_no_role_of_the_name_after_it():
    body = ("Prosecutors want Tara Quell sentenced to eight years. According to prosecutors, Quell and her partner, "
            "Ned Rusk, ran the scheme. According to her lawyer, Bea Stott, she is sorry.\n")
    _, by_name = _parties(body)
    assert by_name["Tara Quell"].roles == []
    assert by_name["Bea Stott"].roles == ["Quell\u2019s lawyer"]


def test_an_appositive_naming_another_person_is_no_role():
    body = ("Ross Harl was sentenced to 10 years Tuesday. Two executives who testified against Harl, chief credit "
            "officer Wendy Saxby and senior loan officer Tia Vogt, pleaded guilty.\n")
    _, by_name = _parties(body)
    assert not any("Saxby" in role for role in by_name["Ross Harl"].roles)
    assert by_name["Wendy Saxby"].roles == ["chief credit officer"]


def test_people_listed_one_per_line_after_a_colon_are_parties():
    from builder.extract._defendant import find_defendant
    body = ("Three Dorrin residents were indicted on gun charges.\n\n"
            "The defendants are:\n\n"
            "Perry Anson Colt, 27, of Glenview\n\n"
            "Maya Lin Ortt, 24, of Mesaville\n\n"
            "Colt is accused of recruiting the other two. \"Guns flowed south,\" said Special Agent in Charge Rui "
            "Danz. Colt faces up to 15 years in prison.\n")
    source = source_from_text("case.txt", "Date: 2024-03-02\n\n" + body)
    parties = find_parties(source)
    names = [p.name for p in parties]
    assert "Perry Anson Colt" in names and "Maya Lin Ortt" in names
    assert find_defendant(source, parties).name == "Perry Anson Colt"


def test_a_regulator_whose_name_joins_two_fields_with_and_is_one_body():
    body = ("Rob Asher was sentenced to 10 years. The U.S. Securities and Exchange Commission has filed a parallel "
            "civil lawsuit against Asher.\n")
    _, by_name = _parties(body)
    assert "U.S. Securities and Exchange Commission" in by_name
    assert "Exchange Commission" not in by_name


def test_the_body_restitution_is_paid_to_is_a_party():
    body = ("Rob Asher was sentenced to 10 years and ordered to pay $2.9 million in restitution to Medicare. "
            "Of the restitution, $31,000 will go to Keystone Mutual Insurance Co. and the rest to Ann Bell.\n")
    _, by_name = _parties(body)
    assert by_name["Medicare"].roles == ["restitution payee"]
    assert by_name["Keystone Mutual Insurance Co."].roles == ["restitution payee"]
    assert "Ann Bell" not in by_name or by_name["Ann Bell"].kind == "person"
    _, by_name = _parties("Ivo Rusk was sentenced to five years and ordered to pay restitution to Quarrytech\u2019s investors.\n")
    assert not any("restitution payee" in p.roles for p in by_name.values())


def test_an_enforcement_agency_named_once_is_a_party_but_not_as_a_job():
    body = ("Rob Asher was sentenced to 10 years for making false statements to the FBI. Tom Hale, a retired IRS "
            "clerk, spoke for him.\n")
    _, by_name = _parties(body)
    assert "FBI" in by_name
    assert "IRS" not in by_name


def test_an_acronym_of_a_bureaus_fields_is_that_bureau():
    body = ("Ivo Rusk was indicted on gun charges. The case was investigated by the Bureau of Alcohol, Tobacco, "
            "Firearms and Explosives. \"These guns went south,\" said Ann Vey, an ATF spokeswoman. ATF agents "
            "arrested Rusk.\n")
    _, by_name = _parties(body)
    assert "ATF" not in by_name
    assert "ATF" in by_name["Bureau of Alcohol, Tobacco, Firearms and Explosives"].aliases


def test_a_subject_list_keeps_its_named_bodies_and_drops_the_rest():
    body = ("Rob Asher was sentenced to 10 years. The sheriff's department, Homeland Security Investigations and the "
            "Dorrin Internet Crimes Against Children Task Force investigated. Prosecutors said the Lakeport Police "
            "Department investigated.\n")
    _, by_name = _parties(body)
    assert by_name["Homeland Security Investigations"].roles == ["investigating agency"]
    assert by_name["Dorrin Internet Crimes Against Children Task Force"].roles == ["investigating agency"]
    assert not any(name.startswith("Prosecutors") for name in by_name)


def test_a_surname_that_is_an_outlets_word_still_names_a_person():
    # a role or title before the name, or a common given name, makes "Fox", "Sun" or "Post" a surname
    names = {p.name: p for p in find_parties(source_from_text("a.txt",
             "Declan Wardle, 29, was jailed. Crown prosecutor Lena Fox said the term was fair. Judge Ivo Post agreed. "
             "Kevin Sun, a neighbour, said nothing."))}
    assert {"Lena Fox", "Ivo Post", "Kevin Sun"} <= set(names)
    # the outlets themselves are still no parties
    names = {p.name for p in find_parties(source_from_text("a.txt",
             "Declan Wardle was jailed, the Boston Globe reported. Fox News said so. The Sun ran the story."))}
    assert not names & {"Boston Globe", "Fox News", "Sun", "Fox"}


def test_his_honour_is_how_a_judge_is_addressed_not_her_role():
    names = {p.name: p.roles for p in find_parties(source_from_text("a.txt",
             "Declan Wardle, 29, was jailed on Friday. His Honour Judge Ruth Abney said the offending was serious."))}
    assert names["Ruth Abney"] == ["Judge"]
