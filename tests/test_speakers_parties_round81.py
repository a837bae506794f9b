"""Speakers and parties, round 81: a plural role before a list of names is each one's role; a generational suffix
stays with a name that carries a nickname; a company's legal suffix ends its name before "of" and a town; an unnamed
relative of a person the article describes ("the boy's father"); "by a judge who said" is the judge named later.
All texts invented."""
from tests.helpers import C, O, facts_of, party_names, party_roles, speaker_in

DASH = "\u2014"
LEDE = "Wendell Crane, 44, a former nurse, was sentenced Tuesday to 12 years in prison for manslaughter.\n\n"


def test_a_plural_role_before_two_names_is_each_ones_role():
    roles = party_roles(LEDE + "His lawyers, Tobias Renk and Maribel Ostrow, asked for a lighter term.\n")
    assert roles.get("Maribel Ostrow") == roles.get("Tobias Renk") and "lawyers" in roles["Maribel Ostrow"][0]
    assert "Crane" in roles["Maribel Ostrow"][0]  # (his lawyers, not Renk's)
    roles = party_roles(LEDE + "Crane's attorneys Dmitri Hale, Basil Orme and Sonia Brack filed an appeal.\n")
    assert all("attorneys" in " ".join(roles.get(n, [])) for n in ("Dmitri Hale", "Basil Orme", "Sonia Brack"))
    roles = party_roles(LEDE + "The prosecutors, Ilse Varga and Corwin Abate, asked for the maximum.\n")
    assert "prosecutors" in " ".join(roles.get("Corwin Abate", []))
    # (near miss: a singular role is the first name's alone)
    roles = party_roles(LEDE + "His lawyer, Tobias Renk, and Maribel Ostrow left together.\n")
    assert "lawyer" not in " ".join(roles.get("Maribel Ostrow", []))


def test_a_shared_role_joins_the_second_speaker_to_the_side():
    text = LEDE + f"His lawyers, Tobias Renk and Maribel Ostrow, asked for eight years. {O}He is sorry,{C} Ostrow said.\n"
    facts = facts_of(text)
    quote = next(q for q in facts.quotes if q.text.startswith("He is sorry"))
    assert quote.speaker == "Maribel Ostrow" and "lawyers" in (quote.speaker_role or "")


def test_a_suffix_after_a_nickname_stays_with_the_name():
    text = (f"Dorian {O}Dory{C} Pask Jr., 61, the owner of a roofing firm, was sentenced Monday to two years in "
            f"prison.\n\n{O}I failed him,{C} Pask said.\n")
    assert speaker_in(text, "I failed him") == "Dorian Pask Jr."
    text = (f"Halvard {O}Hal{C} Tennant III was sentenced Monday to two years in prison for fraud.\n\n"
            f"{O}I regret it,{C} Tennant said.\n")
    assert speaker_in(text, "I regret it") == "Halvard Tennant III"


def test_a_company_suffix_ends_the_name_before_its_town():
    names = party_names(facts_of(LEDE + "Crane ran Ostler Paving & Grading LLC of Brantford until 2022.\n"))
    assert "Ostler Paving & Grading LLC" in names
    names = party_names(facts_of(LEDE + "He co-owned Vell & Marrow Inc. of Danbury with his cousin.\n"))
    assert any(n.startswith("Vell & Marrow Inc") for n in names) and not any("Danbury" in n for n in names)
    # (near miss: without a legal suffix, no town is cut off and none joins the name)
    names = party_names(facts_of(LEDE + "Crane once worked for Tesk & Orr of Dayton, a paving firm.\n"))
    assert not any("Dayton" in n for n in names)


def test_an_unnamed_relative_of_a_described_victim():
    text = ("Orrin Vask, 52, a former coach, was sentenced Friday to nine years in prison for abusing a player.\n\n"
            "The boy, now 15, was not in court. His father read a statement to the judge.\n\n"
            f"{O}You took his childhood,{C} he said. {O}We will not forget,{C} the father added.\n")
    assert speaker_in(text, "You took his childhood") == "the boy\u2019s father"
    assert speaker_in(text, "We will not forget") == "the boy\u2019s father"
    text = ("Orrin Vask, 52, a former coach, was sentenced Friday to nine years in prison for abusing a player.\n\n"
            "The victim did not attend. Her sister spoke instead. "
            f"{O}She is still afraid,{C} the sister said.\n")
    assert speaker_in(text, "She is still afraid") == "the victim\u2019s sister"
    # (near miss: the pronoun's gender does not fit the described person, who is then not the owner)
    text = ("Orrin Vask, 52, a former coach, was sentenced Friday to nine years in prison for abusing a player.\n\n"
            "The girl was not in court. His mother read a statement.\n\n"
            f"{O}He is sorry,{C} she said.\n")
    assert speaker_in(text, "He is sorry") != "the girl\u2019s mother"


def test_a_judge_who_said_is_the_judge_named_later():
    text = ("Corbin Lusk, 29, was sentenced to six years in prison on Monday by a judge who called his conduct "
            f"{O}a betrayal of the badge.{C}\n\n{O}You swore an oath,{C} U.S. District Judge Anneliese Varga told him.\n")
    assert speaker_in(text, "a betrayal of the badge") == "Anneliese Varga"
    text = ("Perrin Holt was sentenced Thursday by a judge who said he had shown "
            f"{O}no remorse at all.{C}\n\nJudge Milo Tasker also ordered restitution.\n")
    assert speaker_in(text, "no remorse at all") == "Milo Tasker"
    # (near miss: an unnamed letter writer stays described)
    text = ("Corbin Lusk, 29, was sentenced to six years in prison.\n\n"
            f"A former coworker who wrote to the court said Lusk was {O}kind to everyone.{C}\n\n"
            "Lusk's co-worker, Dara Finch, did not comment.\n")
    assert speaker_in(text, "kind to everyone") == "a former coworker"


def _quoted(text: str) -> list[str]:
    from tests.helpers import quotes_of
    return [q for q, _ in quotes_of(text)]


def test_a_name_a_closed_community_gives_a_place_or_event_is_no_quote():
    text = LEDE + (f"Guards took two men into a storage room that staff called {O}the box,{C} shut the door and "
                   f"waited, according to testimony.\n")
    assert not any("the box" in q for q in _quoted(text))
    text = LEDE + f"The inmates called it {O}yard day.{C} The guards called it a break.\n"
    assert not any("yard day" in q for q in _quoted(text))
    # (near miss: a side in the case calling something a thing is its words)
    text = LEDE + f"Prosecutors called it {O}a cruel and calculated betrayal.{C}\n"
    assert any("calculated betrayal" in q for q in _quoted(text))


def test_a_term_the_writer_introduces_as_a_name_is_no_quote():
    text = LEDE + f"Researchers have a name for deaths like this one {DASH} {O}custodial neglect{C} {DASH} and say they are rare.\n"
    assert not any("custodial neglect" in q for q in _quoted(text))
    text = LEDE + f"Nurses have a term for the lapse: {O}alarm fatigue.{C}\n"
    assert not any("alarm fatigue" in q for q in _quoted(text))


def test_a_slogan_before_the_noun_it_names_is_no_quote():
    text = LEDE + (f"Hospital leaders have urged staff to follow the {O}if unsure, speak up{C} approach and report "
                   f"errors at once.\n")
    assert not any("speak up" in q for q in _quoted(text))
    text = LEDE + f"The ward adopted a {O}two sets of eyes{C} protocol for every injection after the deaths.\n"
    assert not any("two sets of eyes" in q for q in _quoted(text))


def test_a_person_and_a_company_joined_by_and_are_two_parties():
    names = party_names(facts_of(LEDE + "A lawsuit against Crane and Northgate Holdings LLC is pending.\n"))
    assert "Northgate Holdings LLC" in names
    names = party_names(facts_of(LEDE + "Relatives sued Crane and Pellbrook Care Inc. in March.\n"))
    assert any(n.startswith("Pellbrook Care Inc") for n in names)
    # (near miss: a firm named for two partners stays one name)
    names = party_names(facts_of(LEDE + "Relatives sued Pike and Lowry Partners LLC in March.\n"))
    assert "Lowry Partners LLC" not in names


def test_an_agencys_city_office_that_speaks_is_a_party():
    names = party_names(facts_of(LEDE + "The FBI's Tulsa field office said in a statement that it was grateful.\n"))
    assert "FBI's Tulsa field office" in names
    names = party_names(facts_of(LEDE + "The DEA's Omaha Division, which led the case, said it would keep watch.\n"))
    assert "the DEA's Omaha Division" in names


def test_city_police_listed_as_where_investigators_came_from():
    names = party_names(facts_of(LEDE + "Investigators from Harlow police, Brixby police and the FBI arrested him.\n"))
    assert "Harlow police" in names and "Brixby police" in names
    names = party_names(facts_of(LEDE + "Detectives with Orland police searched his car.\n"))
    assert "Orland police" in names
    # (near miss: a building of the force is no list of forces)
    names = party_names(facts_of(LEDE + "The family drove to Carver police headquarters.\n"))
    assert "Carver police" not in names


def test_a_short_paragraph_inside_a_statement_over_several_paragraphs():
    text = LEDE + ("Mirela Haskins, the clinic's office manager for 15 years, read a statement to the court.\n\n"
                   f"{O}I covered for you. When people asked why the bills went unpaid, I told them it was a slow year.\n\n"
                   f"{O}I trusted you.\n\n"
                   f"{O}I will never work in a clinic again without wondering what I missed.{C}\n")
    quotes = dict(__import__("tests.helpers", fromlist=["quotes_of"]).quotes_of(text))
    assert quotes.get("I trusted you.") == "Mirela Haskins"
    assert quotes.get("I will never work in a clinic again without wondering what I missed.") == "Mirela Haskins"
    text = LEDE + ("His sister, Odile Brandt, spoke last.\n\n"
                   f"{O}He was the one who taught me to drive.\n\n{O}Never again.\n\n{O}I forgive nothing.{C}\n")
    quotes = dict(__import__("tests.helpers", fromlist=["quotes_of"]).quotes_of(text))
    assert quotes.get("Never again.") == "Odile Brandt"


def test_the_named_subject_of_a_described_opening_is_the_next_pronoun():
    text = LEDE + ("Crane's lawyer, public defender Mirela Haskins, is asking for eight years. In her filing, she "
                   f"described a man who had {O}lost his footing after his wife died.{C}\n")
    assert speaker_in(text, "lost his footing") == "Mirela Haskins"
    text = LEDE + ("The lead prosecutor, Assistant District Attorney Odile Brandt, filed a reply on Monday. In it, she "
                   f"called the defense account {O}a fiction from start to finish.{C}\n")
    assert speaker_in(text, "a fiction from start to finish") == "Odile Brandt"


def test_a_bare_role_appositive_before_who_wrote():
    text = LEDE + ("The defense filed 40 letters. One came from the Rev. Amos Tidwell, pastor of a church in Dayton, "
                   f"who wrote that Crane {O}gave more than he ever took.{C}\n")
    assert speaker_in(text, "gave more than he ever took") == "Amos Tidwell"
    text = LEDE + ("Another was from Mirela Haskins, director of a food bank in Elm Falls, who wrote that Crane "
                   f"{O}fed half the block.{C}\n")
    assert speaker_in(text, "fed half the block") == "Mirela Haskins"


POST_LEDE = ('A former college student who threatened in an anonymous post to attack a dormitory was sentenced Friday to a year in federal prison.\n\nMarek Ostby, 19, of Elm Falls, pleaded guilty in May to making a threat. U.S. District Judge Anneliese Varga also ordered two years of supervised release.\n\nOstby\'s lawyer, Dara Finch, asked Varga for probation, citing a report describing his anxiety in the weeks before the post.\n\nThe post, which appeared on a campus app late at night, said "Friday at nine" and that its author would be "ready for all of you."\n')
POST_NAMED = ('Marek Ostby, 19, was sentenced Friday to a year in federal prison for a threat he posted on a campus app.\n\nU.S. District Judge Anneliese Varga said the harm was real. Ostby\'s lawyer, Dara Finch, said he had been depressed for months before the post.\n\nThe post said "Friday at nine" and warned students to "stay home."\n')


def test_a_post_is_its_posters_not_whoever_last_mentioned_it():
    assert speaker_in(POST_LEDE, "Friday at nine") == "Marek Ostby"
    assert speaker_in(POST_LEDE, "ready for all of you") == "Marek Ostby"
    assert speaker_in(POST_NAMED, "stay home") == "Marek Ostby"


def test_a_count_of_people_before_their_names_makes_each_a_party():
    names = party_names(facts_of(LEDE + "Crane injected Harold Pym, 81, with insulin. Two other patients, Agnes "
                                        "Tolliver and Ruben Sall, survived similar injections.\n"))
    assert "Agnes Tolliver" in names and "Ruben Sall" in names
    roles = party_roles(LEDE + "Three residents, Mara Quill, Dov Kestrel and Ines Paloma, testified at trial.\n")
    assert roles.get("Ines Paloma") == ["resident"] and roles.get("Dov Kestrel") == ["resident"]


def test_a_named_team_writing_together_speaks_as_the_team():
    text = LEDE + ("His lawyers, Tobias Renk and Maribel Ostrow, asked for eight years, writing that Crane had "
                   f"{O}never had a fair start{C} in life.\n")
    assert speaker_in(text, "never had a fair start") == "Crane\u2019s lawyers"
    text = LEDE + f"Crane's attorneys, Dmitri Hale and Sonia Brack, said he {O}will appeal.{C}\n"
    assert speaker_in(text, "will appeal") in ("Crane's attorneys", "Crane\u2019s attorneys")
    # (near miss: one of them speaking alone is that lawyer)
    text = LEDE + f"His lawyers, Tobias Renk and Maribel Ostrow, asked for eight years. {O}He is sorry,{C} Ostrow said.\n"
    assert speaker_in(text, "He is sorry") == "Maribel Ostrow"
