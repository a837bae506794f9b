"""Speakers and parties, round 79: an owned description set off before a body's name ("Her union, the Elm Guild,
said") is that body; a role whose holder follows with a lower-case title ("Roe's attorney, assistant public
defender Ann Lee,") is that holder; "made remarks" is a noun, so the witness who testified speaks; a paper signed
by a named lawyer speaks for the signer even when owned ("The government's memo, signed by …"); a plural "they"
after a group whose verb an aside delays ("Prosecutors, in a reply filed Monday, said") is that group; a work's
title after "his album" is no person; and a surname alone means its bearer, not the relative introduced as "his
mother". All texts invented."""
from tests.helpers import C, O, facts_of, party_names, speaker_in

LEDE = "Tobin Marsh, a former warehouse supervisor, was sentenced Friday to three years in prison for assault.\n\n"


def test_an_owned_description_before_a_body_name_is_that_body():
    text = LEDE + (f"Rhoda Kessel, a guard, was hurt. Her union, the Coastal Security Officers Guild, said in a statement "
                   f"that the sentence {O}sends a clear signal.{C}\n")
    assert speaker_in(text, "sends a clear signal") == "Coastal Security Officers Guild"
    text = LEDE + (f"Marsh’s employer, Redwater Freight Lines, said in a statement that it {O}does not comment on "
                   f"personnel matters.{C}\n")
    assert speaker_in(text, "personnel matters") == "Redwater Freight Lines"
    text = LEDE + f"His union, Teamsters Local 88, said it would {O}fight this to the end.{C}\n"
    assert speaker_in(text, "fight this to the end") == "Teamsters Local 88"
    text = LEDE + f"Its parent company, Redwater Holdings, said the firm {O}will cooperate fully.{C}\n"
    assert speaker_in(text, "cooperate fully") == "Redwater Holdings"


def test_a_role_holder_named_after_a_lower_case_title_speaks():
    text = LEDE + (f"Prosecutors sought five years. Marsh’s attorney, assistant public defender Dana Whitby, asked for "
                   f"probation, writing that his client had {O}no memory of the night.{C}\n")
    assert speaker_in(text, "no memory of the night") == "Dana Whitby"
    text = LEDE + (f"His lawyer, longtime defense attorney Dana Whitby, asked for leniency, arguing that Marsh was "
                   f"{O}a changed man.{C}\n")
    assert speaker_in(text, "a changed man") == "Dana Whitby"
    text = LEDE + (f"The victim’s mother, retired teacher Carla Ostrow, asked for the maximum, saying her son "
                   f"{O}still cannot sleep.{C}\n")
    assert speaker_in(text, "still cannot sleep") == "Carla Ostrow"
    # (near miss: no name after the role, the role as written stays)
    text = LEDE + f"Marsh’s attorney asked for probation, writing that his client had {O}no memory of the night.{C}\n"
    assert speaker_in(text, "no memory of the night") != "Dana Whitby"


def test_made_remarks_is_a_noun_so_the_witness_speaks():
    lede = "Warren Pike, a shift supervisor, was convicted of harassment on Monday.\n\n"
    text = lede + (f"Nadia Orr worked under him for two years. She testified Tuesday that Pike had made remarks "
                   f"{O}almost every day I walked past his desk.{C}\n")
    assert speaker_in(text, "walked past his desk") == "Nadia Orr"
    text = lede + f"Nadia Orr testified that Pike made crude comments {O}nearly every time I came into the office.{C}\n"
    assert speaker_in(text, "came into the office") == "Nadia Orr"
    text = lede + f"Nadia Orr told jurors that Pike kept making remarks {O}whenever I bent down to file something.{C}\n"
    assert speaker_in(text, "file something") == "Nadia Orr"
    # (near miss: "remarks" as the verb of its own subject)
    text = lede + f"Pike remarks in the interview that he {O}never meant any harm.{C}\n"
    assert speaker_in(text, "never meant any harm") == "Warren Pike"


def test_an_owned_paper_signed_by_a_lawyer_speaks_for_the_signer():
    lede = "Reed Calloway was convicted of wire fraud in June.\n\n"
    text = lede + (f"The government’s memo, signed by Assistant U.S. Attorney Lena Varga, argues that his testimony "
                   f"amounted to {O}a second round of lies.{C}\n")
    assert speaker_in(text, "second round of lies") == "Lena Varga"
    text = lede + (f"Prosecutors’ sentencing memorandum, signed by Assistant U.S. Attorney Lena Varga, calls the scheme "
                   f"{O}brazen and sustained.{C}\n")
    assert speaker_in(text, "brazen and sustained") == "Lena Varga"
    text = lede + f"The defense filing, signed by attorney Omar Quist, contends Calloway is {O}a broken man.{C}\n"
    assert speaker_in(text, "a broken man") == "Omar Quist"


def test_they_after_a_group_whose_verb_an_aside_delays():
    lede = "Capt. Orson Hale was convicted of bribery. The Navy relieved him of command.\n\n"
    text = lede + ("Prosecutors, in a reply filed Monday, said the letters did not change anything.\n\n"
                   f"{O}A good reputation is what made the scheme possible,{C} they wrote.\n")
    assert speaker_in(text, "made the scheme possible") == "prosecutors"
    text = lede + (f"Defense lawyers, citing his age, asked for probation.\n\n{O}He has lost everything already,{C} "
                   "they wrote.\n")
    assert speaker_in(text, "lost everything already").lower() == "defense lawyers"
    text = lede + (f"Federal prosecutors, in their sentencing memo, argued for five years. {O}The harm was enormous,{C} "
                   "they wrote.\n")
    assert speaker_in(text, "harm was enormous") == "prosecutors"


def test_a_work_title_is_no_person_and_a_surname_means_its_bearer_not_his_mother():
    text = ("Marcus Lyle was sentenced Friday to six years for racketeering.\n\n"
            "Lyle’s first mixtape, Copper Street Hymns, came out in 2013. His mother, Delphine Lyle, raised him alone.\n\n"
            f"Lyle has always said the crew was a slogan. {O}It was just a brand,{C} he told this magazine in 2020, the "
            "year his album Rivers Gone Dry debuted.\n")
    assert speaker_in(text, "just a brand") == "Marcus Lyle"
    names = party_names(facts_of(text))
    assert "Rivers Gone Dry" not in names and "Copper Street Hymns" not in names
    text = ("Marcus Lyle, an author, was sentenced Friday.\n\n"
            f"{O}I wrote what I saw,{C} Lyle said of his memoir Nobody Came Home.\n")
    assert "Nobody Came Home" not in party_names(facts_of(text))
    # the surname alone is the one named in full first, not the relative the article ties to him
    text = ("Prosecutors said Jalen Okafor’s lyrics were confessions. His mother, Renata Okafor, wept in court.\n\n"
            f"Okafor has always said the songs were fiction. {O}We were telling stories,{C} he said in 2021.\n")
    assert speaker_in(text, "telling stories") == "Jalen Okafor"


def test_a_victim_described_by_role_is_the_she_even_with_her_employer_named():
    text = (f"The flight attendant had worked for Skyrill Air for two decades, and she told the judge that she had never "
            f"been afraid on a plane.\n\n{O}He grabbed my arm and would not let go,{C} she said, her voice steady.\n")
    assert speaker_in(text, "would not let go") == "the flight attendant"
    text = (f"The cashier had worked at Brightwell Market for nine years, and he told the court he still flinches at the "
            f"door chime.\n\n{O}I thought I was going to die behind that counter,{C} he said.\n")
    assert speaker_in(text, "behind that counter") == "the cashier"


def test_a_lawyer_named_second_after_represented_by_is_a_party():
    text = LEDE + ("His lawyer, Dana Whitby, spoke briefly.\n\n"
                   "Marsh was represented at trial by Whitby and Carla Ostrow.\n")
    assert "Carla Ostrow" in party_names(facts_of(text))
    text = LEDE + "Marsh was defended in court by Elias Brandt.\n"
    assert "Elias Brandt" in party_names(facts_of(text))
