"""Parties that news prose names but that are no people (events, districts' nicknames, a firm named for its
partners, a business named for its trade in money), and a role a pronoun owns in an appositive after a name.
Short texts written for these tests."""
from __future__ import annotations

from builder.extract.parties import find_parties
from builder.sources import source_from_text

LEDE = "Headline\n\nA jury convicted Owen Brackett of fraud on Tuesday.\n\n"


def parties(body: str) -> dict[str, tuple[str, list[str]]]:
    source = source_from_text("story.txt", LEDE + body.replace("|", "\n\n") + "\n")
    return {p.name: (p.kind, p.roles) for p in find_parties(source)}


# --- an event or a district's nickname is never a person -------------------------------------------------------

def test_events_and_place_nicknames_are_not_people():
    found = parties("Brackett, who skated at the 2018 Winter Olympics, sold fake bonds.|"
                    "The former Olympian was arrested outside the Super Bowl in 2022.|"
                    "He rented a studio on Music Row, prosecutors said, and ran the Boston Marathon twice.|"
                    "Agents said he laundered cash through a casino on the Las Vegas Strip during the World Cup.")
    for thing in ("Winter Olympics", "Olympian", "Super Bowl", "Music Row", "Boston Marathon", "Las Vegas Strip",
                  "World Cup"):
        assert thing not in found
    assert "Owen Brackett" in found


def test_a_person_described_by_an_event_is_still_a_person():
    found = parties("Former Olympic skier Dana Vogt, 34, testified that Brackett sold her the bonds.")  # near miss
    assert found["Dana Vogt"][0] == "person"


# --- "the law firm Reed and Lutz": one firm, no person called Lutz -----------------------------------------------

def test_a_firm_named_for_its_partners_is_one_organisation():
    found = parties("Ivo Danner of the law firm Pryce and Holloway said the verdict was fair. \"It was,\" Danner said.|"
                    "Brackett had hired the accounting firm Sorrel, Fenn and Carraway in 2019.|"
                    "Tilda Ng, a lawyer at the firm Abbot and Quayle, said she would appeal.")
    assert found["Pryce and Holloway"][0] == "organization"
    assert found["Sorrel, Fenn and Carraway"][0] == "organization"
    assert found["Abbot and Quayle"][0] == "organization"
    for surname in ("Holloway", "Carraway", "Quayle", "Pryce"):
        assert surname not in found
    assert "Ivo Danner" in found and "Tilda Ng" in found


def test_a_firm_and_then_a_person_are_not_run_together():
    found = parties("The suit names the firm Gable and Judge Ann Pike, who approved the fees.")
    assert "Ann Pike" in found
    assert not any(" and " in name and "Pike" in name for name in found)


# --- "NAME, his co-defendant, said": the role the appositive gives, owned by the one named before ---------------

def test_a_pronoun_owned_role_after_a_name_is_that_persons_role():
    found = parties("Mara Quell, his co-defendant, said she was innocent.|"
                    "Tomas Brisk, her lawyer, told reporters she would appeal.|"
                    "Wendy Osler, their attorney, asked for a new trial.")
    assert any("co-defendant" in role for role in found["Mara Quell"][1])
    assert any("lawyer" in role for role in found["Tomas Brisk"][1])
    assert any("attorney" in role for role in found["Wendy Osler"][1])


def test_a_pronoun_phrase_that_is_no_role_gives_none():
    found = parties("Brackett looked at Lena Moss, his voice shaking, and said nothing.")
    assert not any("voice" in role for _, roles in found.values() for role in roles)


# --- a business named for its trade in money or property ---------------------------------------------------------

def test_a_business_named_for_lending_or_investing_is_an_organisation():
    found = parties("Kinsale Lending said it had lost $4 million.|"
                    "\"We were misled,\" Bramble Securities said in a statement.|"
                    "Marlow Finance declined to comment, and Oakhurst Properties sued Brackett in May.")
    for body in ("Kinsale Lending", "Bramble Securities", "Marlow Finance", "Oakhurst Properties"):
        assert found[body][0] == "organization", body


def test_a_person_is_not_made_a_business_by_a_neighbouring_word():
    found = parties("Nina Credo, a lending officer, testified that Brackett lied.")  # near miss
    assert found["Nina Credo"][0] == "person"


# --- a small business named for its trade, a public body named for two fields, a legislature ----------------------

def test_a_business_named_for_its_trade_is_an_organisation_with_what_the_article_calls_it():
    found = parties("The dogs were seized from Briar Run Kennels near Oakvale in May.|"
                    "His partner's child had attended Sparrow Nest Family Daycare, which Brackett ran from his home.|"
                    "He drank at the Tin Lantern Tavern, the riverside bar where he met investors.|"
                    "Meadowlark Mutual Health Plan said in a statement that it had repaid members.")
    assert found["Briar Run Kennels"][0] == "organization"
    assert found["Sparrow Nest Family Daycare"][0] == "organization"
    assert found["Tin Lantern Tavern"] == ("organization", ["the riverside bar"])
    assert found["Meadowlark Mutual Health Plan"][0] == "organization"


def test_a_trade_word_alone_is_no_organisation():
    found = parties("Towing reform advocates said the case explained a lot.|Kennel owners in the county were shocked.")
    assert "Towing" not in found and "Kennel" not in found  # near miss: the plain noun opening a sentence


def test_a_body_named_for_two_fields_joined_by_and_keeps_its_whole_name():
    found = parties("The Dunstable County Adult Probation and Parole Department said Brackett missed two check-ins.|"
                    "The Westvale Parks and Recreation Department fired him in 2021.")
    assert found["Dunstable County Adult Probation and Parole Department"][0] == "organization"
    assert found["Westvale Parks and Recreation Department"][0] == "organization"
    assert "Parole Department" not in found and "Recreation Department" not in found


def test_a_legislature_in_the_background_is_no_party():
    found = parties("The General Assembly tightened the rules in 2023.|The state Senate passed the bill 31-2.")
    assert not any(name.endswith(("Assembly", "Senate")) for name in found)


def test_the_places_of_a_series_are_no_people_but_a_person_after_one_place_is():
    found = parties("The FBI office in Trenton, which worked with police in Alder Bay, Quarry Point, Linwood and "
                    "Manchester, said in a statement that Brackett had been caught.|"
                    "Three years later, in Newark, Dara Pughsley, a recruiter, was sentenced.")  # near miss
    assert "Quarry Point" not in found and "Manchester" not in found
    assert found["Dara Pughsley"][0] == "person"


def test_two_bodies_joined_by_and_the_are_two_organisations():
    found = parties("The case was investigated by the U.S. Fish and Wildlife Service and the Florida Fish and "
                    "Wildlife Conservation Commission.|He paid $9,000 to the Coastal Fish and Wildlife Foundation.")
    for body in ("U.S. Fish and Wildlife Service", "Florida Fish and Wildlife Conservation Commission",
                 "Coastal Fish and Wildlife Foundation"):
        assert found[body][0] == "organization"


def test_a_long_office_title_before_a_name_makes_a_person_with_that_role():
    found = parties('"We will not stop," said Acting United States Attorney for the Eastern District of Ohio '
                    'Dana Ogunbiyi-Rhodes.|"It is over," said Acting U.S. Attorney for the Northern District of Kansas '
                    "Samantha R. Voss.")
    assert found["Dana Ogunbiyi-Rhodes"] == ("person", ["Acting United States Attorney for the Eastern District of Ohio"])
    assert found["Samantha R. Voss"] == ("person", ["Acting U.S. Attorney for the Northern District of Kansas"])


def test_a_club_named_for_its_county_is_an_organisation_and_a_station_unit_no_party():
    found = parties("The Marlby County Rovers said in a statement that Brackett had been removed.|"
                    "He coached with the Dane County Strikers club until May.|"
                    "13 Investigates asked his lawyer whether he would appeal.|"
                    "Protesters gathered outside the Oregon State Capitol in June.")  # near miss: a place
    assert found["Marlby County Rovers"][0] == "organization"
    assert found["Dane County Strikers"][0] == "organization"
    assert "Rovers" not in found and "Investigates" not in found and "Oregon State Capitol" not in found


def test_a_place_before_an_agent_noun_and_a_name_is_no_person():
    found = parties("Brackett's co-defendant, Hong Kong buyer Lau Ka-ming, remains a fugitive.|"
                    "Prosecutors asked U.S. District Judge Ida Marsh to order Brackett to pay.")  # near miss: a verb
    assert "Hong Kong" not in found and found["Lau Ka-ming"][0] == "person"
    assert found["Ida Marsh"][0] == "person"


def test_a_role_runs_on_through_and_inside_a_bodys_name():
    found = parties("Eli Tran, a resident of Maple Bend Health and Rehabilitation Center, testified.")
    assert found["Eli Tran"][1] == ["a resident of Maple Bend Health and Rehabilitation Center"]


def test_a_role_too_long_to_read_keeps_its_head_rather_than_ending_on_a_letter():
    found = parties("Eli Tran, the special agent in charge of the U.S. Fish and Wildlife Service's Office of Law "
                    "Enforcement in the Southeast region, said the trade was cruel.")
    assert found["Eli Tran"][1] == ["the special agent in charge"]


def test_a_name_written_family_name_first_is_one_person_with_its_honorific_form():
    found = parties("A buyer in Hong Kong, identified in court papers as Lau Ka-ming, paid Brackett $20,000. "
                    "Mr. Lau was charged in the same indictment.")
    assert "Lau Ka-ming" in found and "Lau" not in found


def test_a_two_word_surname_alone_is_the_person_named_in_full():
    found = parties('Police Chief Joel Vander Sluys said the case was hard. "We worked it," Vander Sluys said.|'
                    "Tomas de la Cruz testified. De la Cruz said he saw the car.")
    assert "Vander Sluys" not in found and found["Joel Vander Sluys"][0] == "person"
    assert "De la Cruz" not in found and "Tomas de la Cruz" in found


def test_a_body_of_several_fields_keeps_its_whole_name():
    found = parties("Agents from the Bureau of Alcohol, Tobacco, Firearms and Explosives searched his home.|"
                    "The Department of Health and Human Services said it had barred him.|"
                    "The Department of Children and Family Services removed the boy.")
    for body in ("Bureau of Alcohol, Tobacco, Firearms and Explosives", "Department of Health and Human Services",
                 "Department of Children and Family Services"):
        assert found[body][0] == "organization"
    assert "Human Services" not in found


def test_a_name_that_owns_the_next_noun_takes_no_role_from_before_it():
    found = parties("Milo Pell, 2, died in June. In a statement released through their lawyer, Milo's parents, "
                    "Ismay and Aldo Pell, said they were heartbroken.|"
                    "The family lawyer, Ivo Marsh, said Brackett would appeal.")  # near miss: no possessive
    assert found["Milo Pell"][1] == []
    assert found["Ivo Marsh"][1] == ["family lawyer"]


def test_a_state_a_city_with_el_and_a_clause_after_a_judge_are_no_parties_or_roles():
    found = parties("The mother of a private who drowned at Fort Hood, Texas, says the sergeant lied.|"
                    "Pvt. Eli Sandor of El Paso drowned. His mother drove from El Paso for the hearing.|"
                    "A military judge, Col. Lorna Beck, found Staff Sgt. Marcus Tell guilty on Monday.")
    assert "Texas" not in found and "El Paso" not in found
    assert found["Lorna Beck"][1] == ["military judge", "Colonel"]


def test_the_storys_own_outlet_is_no_party():
    source = source_from_text("story.txt", "Outlet: HealthLaw Docket\n\nA jury convicted Owen Brackett of fraud. "
                              "Brackett's lawyer told HealthLaw Docket that he would appeal.\n")
    assert "HealthLaw Docket" not in {p.name for p in find_parties(source)}


def test_a_service_worker_named_in_apposition_is_a_person_with_that_role():
    found = parties("The bartender, Leo Marsh, called police.|A cashier, Ada Ruiz, said Brackett paid in cash.")
    assert found["Leo Marsh"] == ("person", ["bartender"])
    assert found["Ada Ruiz"] == ("person", ["cashier"])


def test_a_family_described_by_its_place_is_no_party_and_whose_son_shares_the_surname():
    found = parties("In one case, a Bay Area family paid $85,000. The Lee family declined to comment.|"
                    "Petra Lovatt, whose son Rowan died of an overdose in 2022, addressed the court.")
    assert "Area family" not in found and "Lee family" in found
    assert "Rowan Lovatt" in found and "Rowan" not in found


def test_a_body_speaking_by_its_first_words_is_the_body_named_in_full():
    from builder.extract import extract

    facts = extract(source_from_text("story.txt", LEDE + "Brackett coached at Carrick Hill University until May.\n\n"
                                     "Carrick Hill said in a statement that it had \"cooperated fully\" with agents.\n"))
    names = {p.name: p.aliases for p in facts.parties}
    assert names["Carrick Hill University"] == ["Carrick Hill"] and "Carrick Hill" not in names
    assert [q.speaker for q in facts.quotes] == ["Carrick Hill University"]


def test_a_role_whose_field_ends_in_ing_keeps_the_field():
    found = parties("Quillfeather's former marketing chief, Evan Stradling, was sentenced in June.|"
                    "The firm's chief operating officer, Priya Nand, testified.")
    assert found["Evan Stradling"][1] == ["Quillfeather's former marketing chief"]
    assert found["Priya Nand"][1] == ["chief operating officer"]
