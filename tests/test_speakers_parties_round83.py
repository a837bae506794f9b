"""Speakers, parties and the story's defendant, round 83: a lede that describes a young courier, dealer or runner and
names them next keeps them as the defendant when the one "who ran the line" is named in apposition after; British
custody verbs ("has been locked up", "sent to a young offender institution") are the case's; "jointly with two
co-defendants, and ordered Roe to pay" names no co-defendant; a role never ends on a reporting verb or an auxiliary
("the court heard", "van struck nurse"); an order's that-clause ("ordered that he serve") marks no gender of the judge;
"he told officers" after an officer's evidence is the one the evidence was about; "Ann Roe of the Pell School District
said" is a person. All texts invented."""
from tests.helpers import C, O, facts_of, party_roles


def _defendant(text: str) -> str:
    return facts_of(text).defendant or ""


def test_the_lede_described_one_stays_the_defendant_beside_the_one_who_ran_the_line():
    for text, who in (
            ("A teenage cannabis dealer who was found with a hunting knife has been locked up.\n\n"
             "Kellan Brisbourne, 18, of Nechells, was one of the couriers for a drugs line run from the city.\n\n"
             "The man who ran the line, Osian Pettifer, 31, of Aston, was jailed for seven years.\n\n"
             "Brisbourne was sentenced to 20 months in a young offender institution.\n", "Brisbourne"),
            ("A young drug runner caught carrying a knuckleduster has been sent to a youth jail.\n\n"
             "Darragh Quillinan, 17, of Finglas, worked as a courier for a gang, the court heard.\n\n"
             "The man who controlled the gang, Fintan Rowsome, 40, was jailed for nine years.\n", "Quillinan"),
            ("A teenager who was caught with a machete in his waistband has been detained.\n\n"
             "Tamati Wihongi, 19, of Otara, had been running drugs for an older man.\n\n"
             "The older man, Brodie Kettlewell, 33, was jailed for six years and four months.\n", "Wihongi"),
            ("A 20-year-old who was caught selling crack cocaine has been jailed.\n\n"
             "Lachlan Ferriby, 20, of Moss Side, admitted possession with intent to supply.\n\n"
             "The boss of the operation, Cormac Tillotson, 29, was jailed for eight years.\n", "Ferriby"),
            # (near miss: the lede describes the boss, named next; the runner comes after)
            ("A drug boss who ran a county lines network has been jailed for eight years.\n\n"
             "Hamish Dunleavy, 34, of Salford, ran the line with the help of teenagers.\n\n"
             "One of his runners, Alfie Pennock, 17, was given a youth rehabilitation order.\n", "Dunleavy")):
        assert who in _defendant(text), (text, _defendant(text))


def test_a_new_clause_after_co_defendants_names_the_subject_again():
    assert "Tansley" in _defendant(
        "Maeve Tansley, 29, was jailed for two years at Leeds Crown Court on Friday.\n\n"
        "She must pay compensation with her co-accused, and ordered Tansley to pay costs.\n\n"
        "Fionn Abercrombie, who organised the fraud, was jailed for four years in March. Abercrombie admitted fraud. "
        "Abercrombie ran it.\n")
    assert "Ellery" in _defendant(
        "A former bank teller was sentenced Tuesday to 30 months in prison for selling customer data.\n\n"
        "Judge Ann Whitcombe sentenced Corwin Ellery, 41, and ordered restitution of $90,000, to be paid jointly with "
        "three co-defendants, and required Ellery to forfeit $12,000.\n\n"
        "Ellery pleaded guilty in May. The ring was led by Bastian Greer, who was sentenced last month to six years. "
        "Greer recruited others.\n")
    # (near miss: the co-defendant named straight after the phrase stays one)
    assert "Quarrie" in _defendant(
        "Rosalind Quarrie, 50, was sentenced to five years for fraud.\n\n"
        "Her co-defendant, Idris Mallender, was given three years. Mallender was sentenced on the same day. "
        "Mallender pleaded guilty. Mallender said sorry.\n")


LEDE = "Orrin Halvey, 27, was jailed for six years at Wolverhampton Crown Court on Friday.\n\n"


def test_a_reporting_clause_or_a_cut_verb_is_no_role():
    for line in ("The phone was topped up and run from Walsall by Halvey, the court heard.\n",
                 "The drugs belonged to Halvey, the jury was told.\n",
                 "He was driving at 70mph, according to Halvey, the court has heard.\n",
                 "The cash was found at a flat rented by Halvey, the inquest learned.\n"):
        assert party_roles(LEDE + line).get("Orrin Halvey") == [], line
    for line, who, role in (("He was over the limit when his van struck nurse Orla Binchy on the coast road.\n",
                             "Orla Binchy", ["nurse"]),
                            ("His lorry hit cyclist Maren Tuohig near the junction.\n", "Maren Tuohig", None),
                            # (near misses: true roles before and after a name stay)
                            ("The court heard from retired teacher Agnes Pomfrey, who saw the crash.\n", "Agnes Pomfrey",
                             ["retired teacher"]),
                            ("The line was run by Tobiah Wrenfield, a cousin of Halvey.\n", "Tobiah Wrenfield",
                             ["a cousin of Halvey"])):
        roles = party_roles(LEDE + line).get(who)
        assert not any(" struck " in r or " hit " in r for r in roles or []), (line, roles)
        if role is not None:
            assert roles == role, (line, roles)


JAILED = "Bram Oakhurst, 40, was jailed for eight years on Friday.\n\n"


def test_an_order_that_clause_marks_no_gender_of_the_judge():
    for text, judge in (
            ("Justice Marisol Thackeray ordered that he serve a minimum of five years.\n\n"
             "Defence counsel Ruairi Penhallow said the term was too long.\n\n"
             f"Justice Thackeray said his upbringing mattered. {O}You knew what you were doing,{C} she said.\n",
             "Marisol Thackeray"),
            ("Judge Ines Corrigan directed that he be remanded in custody.\n\n"
             "His barrister, Tadhg Mulvenna, asked for leniency.\n\n"
             f"Judge Corrigan was unmoved. {O}This was planned,{C} she said.\n", "Ines Corrigan"),
            ("Sheriff Alison Drummore ruled that he must also pay compensation.\n\n"
             "Solicitor Fergus Tallant told the court his client was remorseful.\n\n"
             f"The sheriff disagreed. {O}I see little remorse here,{C} she said.\n", "Alison Drummore"),
            ("Judge Keturah Osei recommended that he serve the term in a unit close to his family.\n\n"
             "Prosecutor Calum Brightwell said the victims had suffered greatly.\n\n"
             f"Judge Osei then addressed the defendant. {O}You have a chance to change,{C} she said.\n", "Keturah Osei")):
        assert [q.speaker for q in facts_of(JAILED + text).quotes] == [judge], text
    # (near miss: what one says "that" is still one's own)
    text = f"Rowena Latchford said after the hearing that she would appeal.\n\n{O}I did nothing wrong,{C} she said.\n"
    assert [q.speaker for q in facts_of(JAILED + text).quotes] == ["Rowena Latchford"]


DRIVER = "Ewan Strathdee, 33, was jailed for four years on Tuesday for dangerous driving.\n\n"


def test_who_told_the_police_is_the_one_the_officers_evidence_is_about():
    for line in (f"Sergeant Hollis Varga said Strathdee stopped and waited at the scene. He told officers: {O}I did not see her.{C}\n",
                 f"Detective Constable Ruth Amberley said Strathdee was calm when arrested. He later told police: {O}It was an accident.{C}\n",
                 f"Garda Ciar\u00e1n Mulhern said Strathdee rang for an ambulance. He told garda\u00ed at the scene: {O}She came out of nowhere.{C}\n",
                 f"Constable Tane Whaanga told the court Strathdee had been drinking. He told officers: {O}I only had two.{C}\n"):
        assert [q.speaker for q in facts_of(DRIVER + line).quotes] == ["Ewan Strathdee"], line
    # (near miss: the officer's own words stay his)
    line = f"Sergeant Hollis Varga said Strathdee stopped at the scene. {O}He was shaking,{C} he told the court.\n"
    assert [q.speaker for q in facts_of(DRIVER + line).quotes] == ["Hollis Varga"]


EXTORTION = "Vasil Dragomirov, 39, was sentenced Tuesday to 12 years in prison for extortion.\n\n"


def test_a_person_speaking_from_a_body_named_after_them_is_a_party():
    for line, who in (
            (f"A principal from an Ohio school that was hacked in 2021, Jolene Marchbanks of the Brightwater Local School "
             f"District, said in a letter that staff lost months of work.\n\n{O}We are still rebuilding,{C} she wrote.\n",
             "Jolene Marchbanks"),
            (f"A nurse at a clinic that was attacked, Tobias Wennerstrom of Lakeview Family Health, told the court the outage "
             f"put patients at risk.\n\n{O}We worked by candlelight,{C} he said.\n", "Tobias Wennerstrom"),
            (f"Hugo Castellane of Redfern Health told the court the firm nearly folded.\n\n{O}We nearly went under,{C} he said.\n",
             "Hugo Castellane"),
            (f"Imelda Sorensby from the Harrowgate Tenants Association said the flats were unsafe.\n\n"
             f"{O}He never fixed a thing,{C} she said.\n", "Imelda Sorensby")):
        facts = facts_of(EXTORTION + line)
        assert who in [p.name for p in facts.parties], (line, [p.name for p in facts.parties])
        assert [q.speaker for q in facts.quotes] == [who], line


def test_a_lede_described_speaker_named_next_as_speaking_in_the_progressive():
    for text, who in (
            (f"The mother of a teenager killed by a speeding driver has told a court that her life {O}stopped the day he "
             f"died{C}.\n\nMairead Cullinane was speaking at Cork Circuit Criminal Court, where Eoin Brophy, 24, was jailed "
             "for four years.\n", "Mairead Cullinane"),
            (f"The father of a boy hit by a van has said the family were {O}broken by the crash{C}.\n\nTerence Hallworth "
             "was speaking after Keiran Voss, 30, was jailed at Bristol Crown Court.\n", "Terence Hallworth"),
            (f"The sister of a cyclist killed by a drink-driver said the family had been left {O}in pieces{C}.\n\n"
             "Niamh Garrihy was speaking outside Galway courthouse after Seamus Keogh, 51, was jailed.\n", "Niamh Garrihy"),
            (f"The widow of a man killed in a pub attack told a court her family was {O}torn apart{C}.\n\nRhiannon Teague "
             "spoke at Cardiff Crown Court as Gethin Rowe, 27, was jailed for life.\n", "Rhiannon Teague"),
            # (near miss: the one named next is the defendant; the described speaker stays described)
            (f"The mother of a woman killed in a crash said her family {O}died that night{C}.\n\nOwen Blatchford, 29, was "
             "jailed for six years at Exeter Crown Court.\n", "the mother of a woman killed")):
        assert [q.speaker for q in facts_of(text).quotes] == [who], text
