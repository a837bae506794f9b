"""Speakers and parties, round 75: a colon lead-in whose subject the article keeps to initials, a relative named after
a fronted phrase (with an age before the noun), a headline's "Defense" and a deck's "The judge" before the story
names them, a county's state's attorney's office in lower case, a local government owed restitution, the dotted form
of an agency's acronym, "investigators with" an agency, and the writer's marks round a title or a thing's name.
All texts invented."""
from tests.helpers import C, O, party_kinds, party_roles, quotes_of, speaker_in

LEDE = "A former bookkeeper was sentenced on Tuesday after pleading guilty in federal court.\n\n"


def test_colon_lead_in_by_someone_known_only_by_initials():
    text = LEDE + ("Dozens of investors wrote to the court. One, identified in the filing only by the initials K.W., "
                   "described losing the savings the couple had set aside for retirement:\n\n"
                   f"{O}I lost everything we had saved for thirty years.\n\n"
                   f"{O}When I asked for my money back, they told me to wait.{C}\n\n"
                   "Judge Harriet Quill said the losses were staggering.\n")
    assert speaker_in(text, "thirty years") == "K.W."
    assert speaker_in(text, "told me to wait") == "K.W."
    other = LEDE + ("Several tenants filed letters. Another, identified in court papers only by her initials, M.D., "
                    "wrote about the winter without heat:\n\n"
                    f"{O}My children slept in their coats for a month.{C}\n\n"
                    "Judge Otto Fenn imposed the sentence.\n")
    assert speaker_in(other, "slept in their coats") == "M.D."


def test_relative_named_after_a_fronted_phrase_with_an_age():
    text = LEDE + ("Officer Lyle Varga beat a driver, Ray Denholm, during a traffic stop. Judge Harriet Quill imposed "
                   "the sentence.\n\n"
                   "In a victim impact statement read aloud by Assistant State's Attorney Pavel Orlov, Denholm's "
                   "12-year-old son wrote that he no longer sleeps through the night.\n\n"
                   f"{O}I hear the sirens and wake up,{C} he wrote.\n")
    assert speaker_in(text, "sirens") == "Denholm\u2019s son"
    other = LEDE + ("Ada Pruitt took money from Tomas Brel, a retired welder. Judge Otto Fenn presided.\n\n"
                    "At the hearing, Brel's 16-year-old granddaughter said she had watched him count coins for rent.\n\n"
                    f"{O}He skipped meals so I could eat,{C} she said.\n")
    assert speaker_in(other, "skipped meals") == "Brel\u2019s granddaughter"


def test_a_headline_defense_is_the_one_defence_lawyer():
    text = ("Defense asks for probation, saying Lyle Varga \u201cwill live with this forever\u201d\n\n"
            "Prosecutors asked Judge Otto Fenn to sentence contractor Lyle Varga to 20 years in prison.\n\n"
            "Varga\u2019s attorney, Miriam Castell, is asking for probation.\n\n"
            f"{O}Prison would serve no purpose,{C} she wrote.\n")
    assert speaker_in(text, "live with this forever") == "Miriam Castell"
    other = ("The defense says Ada Pruitt \u201cnever meant to hurt anyone\u201d\n\n"
             "Ada Pruitt was convicted of theft. Judge Harriet Quill will sentence her next month.\n\n"
             "Pruitt\u2019s lawyer, Gideon Marsh, asked for home confinement.\n")
    assert speaker_in(other, "never meant") == "Gideon Marsh"


def test_a_deck_the_judge_is_the_one_judge_named_later():
    text = ("The judge went beyond the 12 years prosecutors sought, saying the fire was aimed at \u201cthe heart of "
            "the town\u201d\n\n"
            "A man who set fire to a library was sentenced Friday to 25 years in prison.\n\n"
            f"{O}You chose the one place everyone shared,{C} U.S. District Judge Petra Lindahl said.\n")
    assert speaker_in(text, "heart of the town") == "Petra Lindahl"
    other = ("The judge rejected probation, calling the scheme \u201ccold and patient\u201d\n\n"
             "A former treasurer was sentenced Monday to six years in prison.\n\n"
             f"{O}This was no lapse,{C} Circuit Judge Anselm Roy said.\n")
    assert speaker_in(other, "cold and patient") == "Anselm Roy"


def test_a_county_state_attorneys_office_in_lower_case_speaks_and_is_a_party():
    text = LEDE + ("The Larch County state's attorney's office said in a statement that the sentence \u201cshows the "
                   "law applies to everyone.\u201d\n")
    assert speaker_in(text, "applies to everyone") == "Larch County state's attorney's office"
    assert "Larch County state's attorney's office" in party_kinds(text)
    other = LEDE + ("The Dorran County district attorney's office said the plea \u201cspares the victims a trial.\u201d\n")
    assert speaker_in(other, "spares the victims") == "Dorran County district attorney's office"


def test_a_local_government_owed_restitution_is_a_party():
    text = ("Former Pell County Treasurer Ivo Brandt was sentenced Thursday to four years in prison. Judge Mara Velt "
            "also ordered Brandt to pay $1,200,000 in restitution to Pell County and $50,000 to the Internal Revenue "
            "Service.\n")
    assert "restitution payee" in party_roles(text)["Pell County"]
    other = ("A former clerk was sentenced to two years. She must pay $80,000 in restitution to Elm Township.\n")
    assert "Elm Township" in party_kinds(other)


def test_dotted_agency_acronym_is_a_party():
    text = ("Wade Orlin was sentenced to 12 years. His lawyers said the plot was the F.B.I.'s idea, and that the "
            "help he found turned out to be the F.B.I. itself.\n")
    assert "F.B.I." in party_kinds(text)
    other = "Nell Varsi admitted hiding income. The I.R.S. audited her returns for three years before charges.\n"
    assert "I.R.S." in party_kinds(other)


def test_investigators_with_an_agency_credit_it():
    text = ("Ada Pruitt was sentenced Monday to three years in prison.\n\n"
            "Agents with the Postal Inspection Service and the Dunmore Township Police Department traced the checks "
            "to an account Pruitt controlled.\n")
    kinds = party_kinds(text)
    assert "Postal Inspection Service" in kinds and "Dunmore Township Police Department" in kinds
    other = ("Tomas Brel was sentenced to five years.\n\n"
             "Investigators with the Harlow County Sheriff's Office found the ledgers in a storage unit.\n")
    assert "investigating agency" in party_roles(other)["Harlow County Sheriff's Office"]


def test_marks_round_a_title_or_a_things_name_are_no_quote():
    text = LEDE + ("The fund's \u201cchief risk officer,\u201d Dalia Moreau, pleaded guilty last year.\n\n"
                   "The firm's \u201cdirector of client happiness,\u201d Ivo Brandt, was never charged.\n\n"
                   "Members met for weekend \u201cfield drills\u201d on a farm in the county.\n\n"
                   "Recruits were each paired with their assigned \u201cstudy buddy\u201d and expected to keep up.\n\n"
                   f"{O}We trusted them,{C} said Nell Varsi, an investor.\n")
    found = [q for q, _ in quotes_of(text)]
    assert found == ["We trusted them,"]


def test_a_second_child_of_a_list_by_first_name_and_age_is_a_party():
    text = ("A landlord was sentenced Monday to 20 years in prison for a fire that killed four people.\n\n"
            "Killed were Renata Voss, 31; her children, Emil, 7, and Greta, 4; and Ansel Brody, 68.\n")
    kinds = party_kinds(text)
    assert "Emil" in kinds and "Greta" in kinds
    other = ("A driver was sentenced to eight years for a crash that killed a family.\n\n"
             "The dead were Odile Farr, 40, and her sons, Bastien, 10, and Remy, 6.\n")
    kinds = party_kinds(other)
    assert "Remy" in kinds and "Bastien" in kinds


def test_her_name_is_names_a_person():
    text = ("A man was sentenced to life in prison for killing a deputy. The deputy left a daughter. Her name is "
            "Ottilie, and she turned three in May.\n")
    assert "Ottilie" in party_kinds(text)
