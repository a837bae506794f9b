"""Speakers and parties, round 77: words quoted in a delayed lede's relative clause are the described person's; a
surname that is also a title word ("Bishop", "Judge", "Marshal", "Major"); "that patient, Ann Roe," after a quote;
"Roe's public defender" as the one defence lawyer the article names under another word; "the union" as the one
labour body named; a body qualifying its head's or spokesperson's title, a command named for its theatre, a
hospital owed restitution, a firm's "Management" head word and a public programme the fraud billed. All texts
invented."""
from tests.helpers import C, O, party_roles, speaker_in

LEDE = "A former clerk was sentenced on Tuesday after pleading guilty in federal court.\n\n"


def test_quote_in_the_lede_subjects_relative_clause_is_the_defendants():
    text = (f"A former Lakemont City Council member who told a contractor that {O}nothing gets built here without my "
            f"blessing{C} was sentenced Monday to four years in federal prison.\n\n"
            "Bertram Ellingwood, 58, pleaded guilty in October to one count of bribery.\n\n"
            "Ellingwood's lawyer, Osric Pennywhistle, asked for leniency.\n")
    assert speaker_in(text, "without my blessing") == "Bertram Ellingwood"
    other = (f"A Millbrook man who posted online that {O}traitors deserve the noose{C} will spend 30 months in "
             "prison for threatening a federal judge.\n\n"
             "Prosecutors said Lucius Farraday, 41, sent the messages over several weeks.\n\n"
             "Farraday pleaded guilty in May.\n")
    assert speaker_in(other, "deserve the noose") == "Lucius Farraday"
    third = (f"DAYTON \u2014 A former school board president who repeatedly bragged that she {O}ran this district{C} "
             "was convicted Friday of wire fraud.\n\n"
             "Prosecutors said Verity Oakenshaw, 51, steered contracts to a friend.\n\n"
             "Oakenshaw will be sentenced in June.\n")
    assert speaker_in(third, "ran this district") == "Verity Oakenshaw"


def _family_story(surname: str) -> str:
    return ("A man was sentenced Thursday to life in prison for the 2020 killing of 17-year-old Tyrell Marcus "
            f"{surname}.\n\nProsecutors said Dorian Fleck, 30, had {surname} killed because he believed the teen was "
            "talking to police.\n\n"
            f"{surname}'s mother, Yolanda {surname}, spoke in court before the sentence was handed down.\n\n"
            f"{O}He was my only child,{C} she said.\n\n"
            f"Outside the courthouse, {surname}'s uncle, Lamont {surname}, said the family would hold a vigil.\n")


def test_a_surname_that_is_also_a_title_word():
    for surname in ("Bishop", "Judge", "Marshal", "Major"):
        text = _family_story(surname)
        assert speaker_in(text, "my only child") == f"Yolanda {surname}", surname
        roles = party_roles(text)
        assert f"Lamont {surname}" in roles and f"Tyrell Marcus {surname}" in roles, surname


def test_title_word_before_a_name_is_still_a_title():
    text = LEDE + f"Judge Ormsby Kettle said the clerk {O}betrayed the court{C} and imposed the sentence.\n"
    assert "Ormsby Kettle" in party_roles(text)
    assert "Judge Ormsby Kettle" not in party_roles(text)


def test_demonstrative_description_then_appositive_name():
    text = LEDE + ("Investigators said the scheme came to light after a customer noticed a charge on her statement.\n\n"
                   f"{O}I never ordered a new roof,{C} that customer, Wilhelmina Ostrander of Brightwater, told "
                   f"reporters. {O}Then I called the bank.{C}\n")
    assert speaker_in(text, "new roof") == "Wilhelmina Ostrander"
    assert speaker_in(text, "called the bank") == "Wilhelmina Ostrander"
    other = LEDE + ("One juror stayed behind after the verdict.\n\n"
                    f"{O}It was a hard week,{C} this juror, Ottilie Fairbairn, said.\n")
    assert speaker_in(other, "hard week") == "Ottilie Fairbairn"


def test_owned_defence_lawyer_by_another_word():
    text = LEDE + ("Prosecutors asked for five years. Lenning's public defender argued for probation, saying "
                   f"Lenning was a frightened man who {O}never meant any harm{C} to anyone.\n\n"
                   "Caspar Lenning, 44, did not speak.\n\n"
                   "His attorney, Assistant Federal Public Defender Maude Orrinsby, said an appeal is likely.\n")
    assert speaker_in(text, "never meant any harm") == "Maude Orrinsby"
    other = LEDE + ("Quist's defense lawyer told the judge that Quist had been "
                    f"{O}a model inmate{C} for two years.\n\n"
                    "Martin Quist, 29, said he was sorry.\n\n"
                    "His lawyer, Fenella Drummock, declined to comment afterward.\n")
    assert speaker_in(other, "model inmate") == "Fenella Drummock"


def test_the_union_is_the_one_labour_body_named():
    text = LEDE + ("Prosecutors said Fenwick Arbuthnot, 52, took $3 million from clients.\n\n"
                   "The Hockey Players Association suspended Arbuthnot in 2022. The union said in a statement that "
                   f"it {O}will keep strengthening safeguards for members.{C}\n")
    assert speaker_in(text, "strengthening safeguards") == "Hockey Players Association"
    other = LEDE + ("Prosecutors said Ivo Prangle, 40, stole dues.\n\n"
                    "The Ridgefield Firefighters Association expelled Prangle last year. The union said it "
                    f"{O}is rebuilding trust with every member.{C}\n")
    assert speaker_in(other, "rebuilding trust") == "Ridgefield Firefighters Association"


def test_bodies_named_before_a_title_or_as_a_theatre_command():
    roles = party_roles(LEDE + "Prosecutors said Hollis Pemberton, 49, took cash from parolees.\n\n"
                        "In a statement, Ohio Parole Commission Chairwoman Margit Ellery said Pemberton was fired.\n\n"
                        "Submarine Force Pacific spokeswoman Cmdr. Rosalind Teague said the sailor was discharged.\n")
    assert "Ohio Parole Commission" in roles
    assert "Submarine Force Pacific" in roles
    speaks = LEDE + ("Petty Officer Jordan Quillfeather, 24, pleaded guilty in January.\n\n"
                     f"Naval Air Force Atlantic said in a statement that it {O}will not tolerate careless disclosures.{C}\n")
    assert speaker_in(speaks, "careless disclosures") == "Naval Air Force Atlantic"


def test_restitution_to_a_hospital_and_a_management_firm():
    roles = party_roles(LEDE + "Wren Castellane, 27, was also ordered to pay $86,400 in restitution to Marrowfield "
                        "Valley Regional Hospital, the amount the hospital paid her.\n\n"
                        "Castellane founded Copperline Talent Management in 2015.\n")
    assert "Marrowfield Valley Regional Hospital" in roles
    assert "Copperline Talent Management" in roles


def test_a_public_programme_the_fraud_billed():
    roles = party_roles("A clinic owner pleaded guilty Tuesday to billing Medicaid for therapy sessions that never "
                        "took place.\n\nProsecutors said Ingram Solvay, 55, submitted the claims from 2018 to 2022.\n\n"
                        "Solvay also billed TennCare for visits by children enrolled in the program.\n")
    assert "Medicaid" in roles and "TennCare" in roles
    passing = party_roles(LEDE + "Prosecutors said Ingram Solvay, 55, stole from a church.\n\n"
                          "Solvay once worked as a Medicare outreach volunteer.\n")
    assert "Medicare" not in passing


def test_a_label_after_an_indefinite_article_and_modifier_is_no_quote():
    from tests.helpers import quotes_of
    text = LEDE + ("Agents who searched the home found a hand-drawn \"eviction notice\" with the judge's name on it.\n\n"
                   "Detectives also seized a homemade \u201cpress badge\u201d from the car, Sgt. Orla Fenwright said.\n")
    said = [q for q, _ in quotes_of(text)]
    assert not any("eviction notice" in q or "press badge" in q for q in said)
