"""Speakers and parties, round 78: a company's unnamed spokesperson speaks as the company the article named, "the
airline" (or "the carrier") is the body whose own name says it is one, a relative described by whose they are
("the victim's widow") is the one person the article names in that role, a work's title in marks after "titled"
is no quote, and businesses named for their trade ("Airways", "Generics") are parties. All texts invented."""
from tests.helpers import C, O, facts_of, quotes_of, speaker_in

LEDE = "A former airline captain, Torvald Pekkanen, was sentenced Tuesday to eight months in prison for flying drunk.\n\n"


def test_a_company_spokesperson_speaks_as_the_company():
    text = LEDE + ("Pekkanen ran the finances of Quellbrook Biologics until 2020. The firm paid $4 million to settle.\n\n"
                   f"{O}Quellbrook has rebuilt its controls from the ground up,{C} a company spokesperson said.\n")
    assert speaker_in(text, "rebuilt its controls") == "Quellbrook Biologics"
    text = LEDE + ("Pekkanen was treasurer of Harrowgate Mills Inc. until 2020.\n\n"
                   f"{O}We cooperated with investigators,{C} a company spokesman said on Monday.\n")
    assert speaker_in(text, "cooperated with investigators") == "Harrowgate Mills Inc."


def test_the_airline_is_the_body_named_as_one_not_the_regulator_named_after_it():
    text = LEDE + ("Skyrill Airlines, which is based in Denver, fired Pekkanen in May. The Federal Aviation "
                   "Administration revoked his license in June, according to agency records.\n\n"
                   f"{O}We hold our pilots to the highest standard,{C} the airline said in a statement.\n")
    assert speaker_in(text, "highest standard") == "Skyrill Airlines"
    text = LEDE + ("Pekkanen flew for Halvard Air Lines for 11 years. The FAA suspended him in June.\n\n"
                   f"{O}Our passengers deserve better,{C} the carrier said.\n")
    assert speaker_in(text, "deserve better") == "Halvard Air Lines"
    text = LEDE + ("Pekkanen flew for Ostrava Airways for 11 years. The FAA suspended him in June.\n\n"
                   f"{O}Our passengers deserve better,{C} the airline said.\n")
    assert speaker_in(text, "deserve better") == "Ostrava Airways"


def test_a_relative_described_by_whose_they_are_is_the_one_named_in_that_role():
    text = (f"A former jail guard was sentenced Friday to 12 years in prison, after a hearing in which the dead man's "
            f"mother told the judge she still sets a place for him {O}every night at supper.{C}\n\n"
            "The guard, Brannock Esselby, 41, was convicted in March of killing Odell Frayne.\n\n"
            "His mother, Winnifred Frayne, 68, read her statement slowly.\n")
    assert speaker_in(text, "every night at supper") == "Winnifred Frayne"
    text = (f"A driver was sentenced to nine years on Monday. The victim's widow told the court she had lost "
            f"{O}the only man I ever loved.{C}\n\nThe driver, Brannock Esselby, struck Odell Frayne in 2022.\n\n"
            "Frayne's wife, Winnifred Frayne, wept as the sentence was read.\n")
    assert speaker_in(text, "only man I ever loved") == "Winnifred Frayne"
    text = (f"A driver was sentenced to nine years on Monday. The girl's father said the sentence was "
            f"{O}a start, not an ending.{C}\n\nThe driver, Brannock Esselby, struck Lacey Frayne, 9, in 2022.\n\n"
            "Her father, Odell Frayne, spoke outside court.\n")
    assert speaker_in(text, "a start, not an ending") == "Odell Frayne"


def test_a_works_title_after_titled_is_no_quote():
    text = LEDE + (f"The inspector general's findings were published in a report titled {O}Clear Skies: An Audit of "
                   f"Pilot Screening.{C}\n\n{O}We missed the signs,{C} Pekkanen said.\n")
    assert [q for q, _ in quotes_of(text)] == ["We missed the signs,"]
    text = LEDE + (f"The agency released a study, entitled {O}Flying Blind: Alcohol and the Cockpit,{C} in 2021.\n\n"
                   f"{O}We missed the signs,{C} Pekkanen said.\n")
    assert [q for q, _ in quotes_of(text)] == ["We missed the signs,"]


def test_businesses_named_for_their_trade_are_parties():
    text = LEDE + ("Prosecutors say Pekkanen's employer coordinated fares with two rivals, Tamsin Generics and "
                   "Brightwater Airways, between 2015 and 2019.\n")
    names = {p.name for p in facts_of(text).parties}
    assert {"Tamsin Generics", "Brightwater Airways"} <= names


def test_a_service_member_kept_to_initials_is_a_party_under_rank_and_initials_and_speaks():
    lede = ("Senior Airman Brannock Esselby, 24, was sentenced Friday to 30 months of confinement for selling pills "
            "to other airmen.\n\n")
    text = lede + ("One airman who bought pills from Esselby nearly died. That airman, identified in court records only "
                   f"as Airman K.L., did not attend.\n\n{O}I trusted him because he outranked me.\n\n"
                   f"{O}I still have nightmares,{C} the airman wrote.\n")
    assert speaker_in(text, "outranked me") == "Airman K.L."
    assert speaker_in(text, "nightmares") == "Airman K.L."
    text = lede + ("Esselby apologized in court.\n\nA second airman, identified only as Airman 1st Class T.W., "
                   f"testified that Esselby sold him the pills.\n\n{O}He told me they were safe,{C} the airman said.\n")
    assert speaker_in(text, "they were safe") == "Airman 1st Class T.W."
    text = ("An Army sergeant, Brannock Esselby, was sentenced Friday to 30 months for selling pills.\n\n"
            "A sailor named in the charge sheet only as Seaman 2nd Class T.W. testified against him.\n")
    assert "Seaman 2nd Class T.W." in {p.name for p in facts_of(text).parties}


def test_words_a_defendant_wrote_in_a_paper_a_witness_describes_are_the_defendants():
    lede = "A former county treasurer, Brannock Esselby, was sentenced Friday to six years in prison for theft.\n\n"
    text = lede + ("Prosecutor Wilma Strand said Esselby had lied to auditors. She pointed to an email, read to jurors, "
                   f"in which Esselby assured a vendor that the ledger was {O}clean as a whistle.{C}\n")
    assert speaker_in(text, "clean as a whistle") == "Brannock Esselby"
    text = lede + ("Auditor Wilma Strand described a letter in which Esselby reassured the board that the accounts "
                   f"were {O}in perfect order.{C}\n")
    assert speaker_in(text, "in perfect order") == "Brannock Esselby"


def _party_names(text: str) -> set[str]:
    return {p.name for p in facts_of(text).parties}


def test_a_state_department_of_public_safety_is_one_body():
    lede = "A driver, Brannock Esselby, was sentenced Friday to 22 years in prison for a wrong-way crash.\n\n"
    assert "the Oregon Department of Public Safety" in _party_names(
        lede + "According to the Oregon Department of Public Safety, Esselby drove the wrong way for six miles.\n")
    assert "the Utah Department of Public Health" in _party_names(
        lede + "Troopers and the Utah Department of Public Health said Esselby had been drinking.\n")


def test_a_prosecuting_office_named_in_lower_case_is_a_party():
    lede = "A former jail guard, Brannock Esselby, was sentenced Friday to 12 years in prison.\n\n"
    assert "Ohio attorney general's office" in _party_names(
        lede + "The Ohio attorney general's office had asked for the maximum of 20 years.\n")
    assert "Queens district attorney\u2019s office" in _party_names(
        lede + "The Queens district attorney\u2019s office, which brought the case, sought 15 years.\n")


def test_a_bodys_chair_named_after_the_word_is_a_party():
    lede = "A former treasurer, Brannock Esselby, was sentenced Friday to six years in prison for theft.\n\n"
    assert "Wilma Strand" in _party_names(lede + "The charity\u2019s chair, Wilma Strand, declined to comment.\n")
    assert "Odell Frayne" in _party_names(lede + "The board's chairperson, Odell Frayne, said the losses were large.\n")


def test_a_unit_named_by_its_number_and_kind_is_a_party():
    assert "412th Wing" in _party_names(
        "Senior Airman Ty Brack, a 23-year-old mechanic with the 412th Wing, was sentenced Friday to 30 months.\n")
    assert "3rd Battalion" in _party_names("Sgt. Ty Brack, of the 3rd Battalion, was sentenced Friday to 30 months.\n")
